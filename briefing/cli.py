"""The ``briefing`` command line."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from briefing import __version__
from briefing.config import FORMATS, HEADER_FIELDS, Config, ConfigError, find_config, load_config
from briefing.load.formats import extractor
from briefing.model import Briefing
from briefing.pipeline import Pipeline

EXIT_OK, EXIT_WARN, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A bad argument or input, reported as one line with exit code 2."""


def _common(parser: argparse.ArgumentParser, paths: bool = True) -> None:
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="config file (default: ./config.yaml, else the packaged default)",
    )
    if paths:
        parser.add_argument(
            "paths",
            nargs="*",
            metavar="PATH",
            help="files, folders or globs replacing the config's sources",
        )
        parser.add_argument(
            "--header",
            metavar="FIELDS",
            help="header lines of PATH files, comma-separated, from: "
            + ", ".join(HEADER_FIELDS)
            + " (default: a short first line is the title)",
        )
        parser.add_argument(
            "--layout",
            choices=FORMATS,
            help="format of PATH files (default: by extension, else by content)",
        )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="A terminal briefing reader.",
        epilog="With no command, opens the reader on the config's sources.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    read = sub.add_parser(
        "read",
        help="open the reader (the default command)",
        description="Open the briefing in the terminal reader.",
    )
    _common(read)
    export = sub.add_parser(
        "export",
        help="export the briefing as Markdown or JSON",
        description="Export the briefing to stdout or a file.",
    )
    _common(export)
    export.add_argument(
        "--format", "-f", choices=("md", "json"), default="md", help="output format (default: md)"
    )
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    which = export.add_mutually_exclusive_group()
    which.add_argument(
        "--reviewed-only",
        action="store_true",
        help="only key points with a verdict (accepted, rejected or flagged)",
    )
    which.add_argument(
        "--flagged", action="store_true", help="only key points flagged for follow-up"
    )
    export.add_argument(
        "--no-review",
        action="store_true",
        help="leave out review state (verdicts, notes) even if it exists",
    )
    review = sub.add_parser(
        "review",
        help="review key points from the keyboard",
        description="Walk every key point, unreviewed first: accept, reject, "
        "flag, note. State is saved to `state:` from the config.",
    )
    _common(review)
    show = sub.add_parser(
        "show",
        help="print the briefing (rich, or plain text when piped)",
        description="Print title, key points and actors of every article.",
    )
    _common(show)
    check = sub.add_parser(
        "check",
        help="validate the config and report what loads",
        description="Validate the config, list sources, articles and "
        "warnings. Exit 0 ok, 1 warnings, 2 errors.",
    )
    _common(check)
    from briefing.state import cli as state_cli

    state_cli.add_parser(sub, lambda child: _common(child, paths=False))
    return parser


def _config(args: argparse.Namespace) -> Config:
    path = find_config(args.config)
    require = path is not None and not getattr(args, "paths", None)
    return load_config(path, require_sources=require)


def _header(args: argparse.Namespace) -> list[str] | None:
    header = None
    if getattr(args, "header", None) is not None:
        header = [h.strip() for h in args.header.split(",") if h.strip()]
        bad = [h for h in header if h not in HEADER_FIELDS]
        if bad:
            raise UsageError(
                f"--header: unknown field '{bad[0]}'; expected: " + ", ".join(HEADER_FIELDS)
            )
    return header


def _loader(args: argparse.Namespace, config: Config) -> Pipeline:
    header = _header(args)
    paths = getattr(args, "paths", None) or None
    if paths:
        for path in paths:
            if not Pipeline(config, [path]).files:
                raise UsageError(f"{path}: matches no file")
    elif not config.sources:
        raise UsageError("no sources: give PATH arguments or list sources in config.yaml")
    loader = Pipeline(config, paths, header, getattr(args, "layout", None))
    if not loader.files:
        raise UsageError("the configured sources match no file")
    return loader


def _write(text: str, output: str | None) -> None:
    if not output:
        sys.stdout.write(text)
        return
    target = Path(output)
    if target.exists() and not target.is_file():
        # A device, FIFO or /dev/stdout: write through it, never replace it.
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    os.replace(tmp, target)


def _report_errors(briefing: Briefing) -> int:
    for error in briefing.errors:
        print(f"briefing: {error.path}: {error.reason}", file=sys.stderr)
    return EXIT_WARN if briefing.errors else EXIT_OK


def review_extra(config: Config, briefing: Briefing) -> dict | None:
    """Review state for the exports, or None when there is no state file yet."""
    if not config.state.exists():
        return None
    from briefing.state import ReviewStore
    from briefing.state.review import export_reviews

    with ReviewStore.open(config.state, config.reviewer) as store:
        return export_reviews(store, briefing.articles)


def cmd_export(args: argparse.Namespace, config: Config) -> int:
    """``briefing export``."""
    briefing = _loader(args, config).briefing()
    only = "reviewed" if args.reviewed_only else "flagged" if args.flagged else None
    extra = None if args.no_review else review_extra(config, briefing)
    if only and extra is None:
        print(
            f"briefing: no review state at {config.state}; nothing is reviewed yet", file=sys.stderr
        )
        extra = {}
    if args.format == "json":
        from briefing.export.json import export_json

        text = export_json(briefing, extra, only)
    else:
        from briefing.export.markdown import export_markdown

        text = export_markdown(briefing, extra, only)
    _write(text, args.output)
    return _report_errors(briefing)


def cmd_show(args: argparse.Namespace, config: Config) -> int:
    """``briefing show``."""
    from briefing.export.terminal import render_plain, render_rich

    briefing = _loader(args, config).briefing()
    if sys.stdout.isatty():
        from rich.console import Console

        render_rich(briefing, Console())
    else:
        sys.stdout.write(render_plain(briefing))
    return _report_errors(briefing)


def cmd_check(args: argparse.Namespace, config: Config) -> int:
    """``briefing check``."""
    where = config.path or "<packaged default>"
    print(f"config: {where}: ok")
    loader = _loader(args, config)
    for spec in config.sources if not args.paths else ():
        count = sum(1 for _, s in loader.files if s is spec)
        print(f"source: {spec.path} ({spec.format or 'by extension'}): {count} file(s)")
    for path, reason in loader.skipped:
        print(f"skipped: {path}: {reason}")
    counts: dict[str, int] = {}
    for index in range(len(loader)):
        fmt = loader.loader.format_of(index)
        counts[fmt] = counts.get(fmt, 0) + 1
    for fmt, count in counts.items():
        print(f"format: {fmt}: {count} article(s), read with {extractor(fmt)}")
    warnings = errors = 0
    for item in loader:
        if hasattr(item, "reason"):
            errors += 1
            print(f"error: {item.path}: {item.reason}")
            continue
        print(
            f"ok: {item.path}: {len(item.paragraphs)} paragraphs, {len(item.sentences)} "
            f"sentences, {len(item.key_points)} key points, {len(item.actors)} actors"
        )
        for warning in item.warnings:
            warnings += 1
            print(f"warning: {item.path}: {warning}")
    print(
        f"{len(loader)} article(s), {errors} error(s), {warnings} warning(s), "
        f"{len(loader.skipped)} skipped"
    )
    return EXIT_ERROR if errors else EXIT_WARN if warnings else EXIT_OK


def cmd_read(args: argparse.Namespace, config: Config) -> int:
    """``briefing`` / ``briefing read``: the Textual reader (``show`` when not a terminal)."""
    _loader(args, config)  # validates paths and sources before the screen opens
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return cmd_show(args, config)
    from briefing.tui.app import run

    return (
        run(config, args.paths or None, _header(args), layout=getattr(args, "layout", None))
        or EXIT_OK
    )


def cmd_review(args: argparse.Namespace, config: Config) -> int:
    """``briefing review``: the reader in review mode (needs a terminal)."""
    _loader(args, config)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("review needs a terminal; use `briefing export` for scripts")
    from briefing.tui.app import run

    layout = getattr(args, "layout", None)
    return run(config, args.paths or None, _header(args), review=True, layout=layout) or EXIT_OK


def cmd_state(args: argparse.Namespace, config: Config) -> int:
    """``briefing state export|import FILE``."""
    from briefing.state import cli as state_cli

    return state_cli.run(args, config)


COMMANDS = {
    "read": cmd_read,
    "export": cmd_export,
    "show": cmd_show,
    "check": cmd_check,
    "review": cmd_review,
    "state": cmd_state,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "read")
    args = parser.parse_args(argv)
    try:
        config = _config(args)
        return COMMANDS[args.command](args, config)
    except (ConfigError, UsageError) as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - never show a traceback to users
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        print(
            f"briefing: internal error: {type(exc).__name__}: {exc} "
            "(set BRIEFING_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 70
