"""YAML configuration: load with ``yaml.safe_load``, validate, report errors with positions.

Every error is a :class:`ConfigError` whose message is one line naming the file,
``line:column`` where known, and the key path, e.g.
``config.yaml:4:5: sources[0].fromat: unknown key (did you mean 'format'?)``.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from briefing import yamlsafe
from briefing.clean import clean_line
from briefing.config_yaml import Checker, ConfigError, key_marks, type_name
from briefing.fileio import TooLargeError, UnsafePathError, read_text
from briefing.model import ACTOR_KINDS
from briefing.regexsafe import problem as regex_problem

#: Caps on the config file (a hand-written config is a few kilobytes).
CONFIG_LIMITS = yamlsafe.Limits(max_bytes=1_000_000, max_nodes=100_000, max_depth=32)
HEADER_FIELDS = ("category", "title", "dek", "byline", "date", "source", "skip")
FORMATS = ("text", "markdown", "html", "email", "pdf")
HIGHLIGHT_KEYS = (
    "person",
    "organization",
    "country",
    "place",
    "group",
    "keypoint",
    "statement",
    "cue",
    "speaker",
    "current",
    "selected",
    "match",
    "rules",
)
DEFAULT_HIGHLIGHT = {
    "person": "bold $accent",
    "organization": "bold $secondary",
    "country": "bold $success",
    "place": "$success",
    "group": "bold $warning",
    "keypoint": "underline",
    "statement": "italic",
    "cue": "bold $warning",
    "speaker": "bold underline",
    "current": "reverse",
    "selected": "bold reverse $accent",
    "match": "black on yellow",
}
MARK_READ = ("end", "open", "never")


@dataclass(frozen=True)
class SourceSpec:
    """One ``sources:`` entry, with ``path`` resolved against the config folder."""

    path: str
    format: str | None = None
    header: tuple[str, ...] | None = None
    date: str | None = None


@dataclass(frozen=True)
class ActorSpec:
    """An actor added to (or overriding) the built-in gazetteer."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class HighlightRule:
    """A regex highlight rule, in the manner of newsboat's ``highlight``."""

    pattern: str
    style: str


@dataclass(frozen=True)
class Config:
    """A validated configuration."""

    path: Path | None
    base: Path
    title: str | None = None
    sources: tuple[SourceSpec, ...] = ()
    keypoints: int = 5
    actors: tuple[ActorSpec, ...] = ()
    state: Path = field(default_factory=lambda: default_state())
    reviewer: str = ""
    mark_read: str = "end"
    export_path: Path = Path("briefing.md")
    keys: dict[str, str] = field(default_factory=dict)
    highlight: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_HIGHLIGHT))
    highlight_rules: tuple[HighlightRule, ...] = ()


def default_state() -> Path:
    """The per-user review state: ``$XDG_STATE_HOME/briefing/state.db``.

    ``XDG_STATE_HOME`` defaults to ``~/.local/state`` (a relative value is ignored, as
    the XDG spec asks).
    """
    base = os.environ.get("XDG_STATE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "briefing" / "state.db"


def packaged_default() -> str:
    """Return the text of the packaged default configuration."""
    return resources.files("briefing").joinpath("default_config.yaml").read_text("utf-8")


def find_config(explicit: str | None) -> Path | None:
    """Return the config to use: ``explicit``, else ``./config.yaml``, else None (packaged)."""
    if explicit:
        return Path(explicit)
    here = Path("config.yaml")
    return here if here.is_file() else None


def load_config(path: str | Path | None, *, require_sources: bool = True) -> Config:
    """Read and validate a config file (``None`` means the packaged default).

    Raises:
        ConfigError: with a one-line message naming file, line:column and key path.
    """
    if path is None:
        name, text, base = "<default config>", packaged_default(), Path.cwd()
    else:
        p = Path(path)
        name = clean_line(path)
        try:
            text = read_text(p, CONFIG_LIMITS.max_bytes)
        except FileNotFoundError:
            raise ConfigError(f"{name}: config file not found") from None
        except TooLargeError:
            limit = CONFIG_LIMITS.max_bytes
            raise ConfigError(f"{name}: config too large (limit {limit:,} bytes)") from None
        except UnsafePathError as exc:
            raise ConfigError(f"{name}: cannot read config: {exc}") from None
        except OSError as exc:
            raise ConfigError(f"{name}: cannot read config: {exc.strerror or exc}") from None
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{name}: cannot read config: not UTF-8 (byte {exc.start})") from None
        base = p.resolve().parent
    try:
        node = yamlsafe.compose(text, CONFIG_LIMITS)
        data = yamlsafe.construct(node)
    except yamlsafe.YAMLLimitError as exc:
        raise ConfigError(clean_line(exc.located(name))) from None
    return _Validator(name, key_marks(node), base).config(data, path, require_sources)


class _Validator(Checker):
    """Reads each part of the config into its dataclass."""

    def config(self, data: Any, path: str | Path | None, require_sources: bool) -> Config:
        top = self.mapping(
            data,
            (),
            (
                "title",
                "sources",
                "keypoints",
                "actors",
                "state",
                "reviewer",
                "read",
                "export",
                "keys",
                "highlight",
            ),
        )
        title = self.line(top["title"], ("title",)) if top.get("title") is not None else None
        sources = self.sources(top.get("sources"), require_sources)
        kp = self.mapping(top.get("keypoints"), ("keypoints",), ("count",))
        count = self.integer(kp.get("count", 5), ("keypoints", "count"), 0, 100)
        actors = self.actors(top.get("actors"))
        state = (
            Path(self.string(top["state"], ("state",))).expanduser()
            if top.get("state") is not None
            else default_state()
        )
        read = self.mapping(top.get("read"), ("read",), ("mark",))
        mark = self.choice(read.get("mark", "end"), ("read", "mark"), MARK_READ)
        export = self.mapping(top.get("export"), ("export",), ("path",))
        export_path = Path(self.string(export.get("path", "briefing.md"), ("export", "path")))
        reviewer = top.get("reviewer")
        reviewer = (
            self.line(reviewer, ("reviewer",)) if reviewer is not None else clean_line(_user())
        )
        keys = self.keys(top.get("keys"))
        highlight, rules = self.highlight(top.get("highlight"))
        return Config(
            path=Path(path) if path is not None else None,
            base=self.base,
            title=title,
            sources=sources,
            keypoints=count,
            actors=actors,
            state=state if state.is_absolute() else self.base / state,
            reviewer=reviewer,
            mark_read=mark,
            export_path=export_path if export_path.is_absolute() else self.base / export_path,
            keys=keys,
            highlight=highlight,
            highlight_rules=rules,
        )

    def sources(self, value: Any, require: bool) -> tuple[SourceSpec, ...]:
        if value is None:
            if require:
                raise self.fail(("sources",), "missing: list at least one source")
            return ()
        if not isinstance(value, list) or not value:
            raise self.fail(("sources",), "expected a non-empty list of sources")
        out = []
        for i, item in enumerate(value):
            p = ("sources", i)
            if isinstance(item, str):
                item = {"path": item}
            entry = self.mapping(item, p, ("path", "format", "header", "date"))
            if "path" not in entry:
                raise self.fail(p, "missing key 'path'")
            raw = self.string(entry["path"], p + ("path",))
            full = raw if os.path.isabs(raw) else str(self.base / raw)
            if require and not _matches(full):
                raise self.fail(p + ("path",), f"'{raw}' matches no file")
            fmt = entry.get("format")
            fmt = self.choice(fmt, p + ("format",), FORMATS) if fmt is not None else None
            header = None
            if "header" in entry:
                header = tuple(
                    self.choice(h, p + ("header", j), HEADER_FIELDS)
                    for j, h in enumerate(self.strings(entry["header"], p + ("header",)))
                )
            when = entry.get("date")
            when = self.string(when, p + ("date",)) if when is not None else None
            out.append(SourceSpec(full, fmt, header, when))
        return tuple(out)

    def actors(self, value: Any) -> tuple[ActorSpec, ...]:
        section = self.mapping(value, ("actors",), ("extra",))
        extra = section.get("extra") or []
        if not isinstance(extra, list):
            raise self.fail(("actors", "extra"), f"expected a list, got {type_name(extra)}")
        out = []
        for i, item in enumerate(extra):
            p = ("actors", "extra", i)
            entry = self.mapping(item, p, ("name", "kind", "aliases", "roles"))
            if "name" not in entry:
                raise self.fail(p, "missing key 'name'")
            out.append(
                ActorSpec(
                    name=self.line(entry["name"], p + ("name",)),
                    kind=self.choice(entry.get("kind", "organization"), p + ("kind",), ACTOR_KINDS),
                    aliases=self.strings(entry.get("aliases"), p + ("aliases",)),
                    roles=self.strings(entry.get("roles"), p + ("roles",)),
                )
            )
        return tuple(out)

    def keys(self, value: Any) -> dict[str, str]:
        from briefing.keys import ACTIONS, SCOPES, key_problem  # core list of bindable actions

        section = self.mapping(value, ("keys",), tuple(ACTIONS))
        out = {}
        for action, key in section.items():
            keys = self.strings(key, ("keys", action))
            if not keys:
                raise self.fail(("keys", action), "no key given (every action needs one)")
            for i, k in enumerate(keys):
                why = key_problem(k)
                if why:
                    where = ("keys", action, i) if isinstance(key, list) else ("keys", action)
                    raise self.fail(where, f"not a key name: {clean_line(repr(k))}: {why}")
            out[action] = ",".join(keys)
        for scope in SCOPES:
            self.no_double_keys(out, scope)
        return out

    def no_double_keys(self, out: dict[str, str], scope: tuple[str, ...]) -> None:
        """A rebinding may not give one key two actions live on the same screen."""
        from briefing.keys import ACTIONS

        taken: dict[str, str] = {}
        for action in scope:
            for k in out.get(action, ACTIONS[action][0]).split(","):
                if k in taken and (action in out or taken[k] in out):
                    other = taken[k]
                    rebound = action if action in out else other
                    raise self.fail(
                        ("keys", rebound), f"key '{k}' is bound to both {other} and {action}"
                    )
                taken[k] = action

    def highlight(self, value: Any) -> tuple[dict[str, str], tuple[HighlightRule, ...]]:
        section = self.mapping(value, ("highlight",), HIGHLIGHT_KEYS)
        styles = dict(DEFAULT_HIGHLIGHT)
        for key, style in section.items():
            if key != "rules":
                styles[key] = self.line(style, ("highlight", key))
        rules = []
        raw_rules = section.get("rules") or []
        if not isinstance(raw_rules, list):
            raise self.fail(("highlight", "rules"), f"expected a list, got {type_name(raw_rules)}")
        for i, item in enumerate(raw_rules):
            p = ("highlight", "rules", i)
            entry = self.mapping(item, p, ("pattern", "style"))
            if "pattern" not in entry:
                raise self.fail(p, "missing key 'pattern'")
            pattern = self.string(entry["pattern"], p + ("pattern",))
            why = regex_problem(pattern)
            if why:
                if not why.startswith("invalid"):
                    why = f"refused regular expression: {why}"
                raise self.fail(p + ("pattern",), why)
            rules.append(
                HighlightRule(pattern, self.line(entry.get("style", "reverse"), p + ("style",)))
            )
        return styles, tuple(rules)


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user database in some containers
        return os.environ.get("USER", "")


def _matches(pattern: str) -> bool:
    if os.path.exists(pattern):
        return True
    return any(True for _ in glob.iglob(pattern, recursive=True))
