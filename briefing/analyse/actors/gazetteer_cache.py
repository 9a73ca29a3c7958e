"""Loading the packaged gazetteer through a compiled cache on disk.

The compiled default gazetteer is pickled under ``$XDG_CACHE_HOME/briefing/`` and
reused while the YAML, the package version and the gazetteer code are unchanged. A
gazetteer extended by config ``actors.extra`` is cached too, keyed by the extras as well
(the newest few sets of extras are kept).

The compiler lives in :mod:`briefing.analyse.actors.gazetteer`; this module imports
it, never the other way round.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import os
import pickle
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from briefing import __version__
from briefing.analyse.actors import gazetteer
from briefing.analyse.actors.gazetteer import Gazetteer, build_gazetteer
from briefing.analyse.english import RANK_TITLES
from briefing.config import ActorSpec

_FORMAT = 5  # bump when the pickled structures or the meaning of the cache key change
_MAGIC = "briefing-gazetteer"
_KEEP_EXTENDED = 8  # caches of the default plus different config extras kept at once
_HERE = Path(__file__).parent
# The sources hashed into the cache key: the compiler, the modules it takes rules and
# words from (the acronym rule in tokens, the rank titles in english) and this loader.
SOURCES = (
    _HERE / "gazetteer.py",
    _HERE / "gazetteer_index.py",
    _HERE / "tokens.py",
    _HERE.parent / "english.py",
    Path(__file__),
)


def _yaml_bytes() -> bytes:
    """The packaged gazetteer YAML, or ``b""`` when it cannot be found."""
    try:  # a plain file next to this module: importlib.resources is slow to set up
        return (_HERE / "data" / "gazetteer.yaml").read_bytes()
    except OSError:  # installed in a zip, say
        from importlib import resources

        res = resources.files("briefing").joinpath("analyse/actors/data/gazetteer.yaml")
        try:
            return res.read_bytes()
        except FileNotFoundError:
            return b""


def _parse(raw: bytes) -> Mapping[str, Any]:
    """Parse gazetteer YAML bytes into a mapping (empty if it is not one)."""
    import yaml  # only when the compiled cache is missing or stale

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when it is there
    data = yaml.load(raw.decode("utf-8"), Loader=loader) or {}
    return data if isinstance(data, dict) else {}


def cache_path(raw: bytes) -> Path:
    """Where the compiled default gazetteer for the YAML bytes ``raw`` is cached.

    Under ``$XDG_CACHE_HOME/briefing/`` (default ``~/.cache/briefing/``), named by a hash
    of the YAML, the package version, the cache format, the sources of the compiler
    (``gazetteer.py``), of the modules it draws on (``tokens.py``, ``english.py``) and of
    this loader, and the rank titles, so editing any code that shapes the compiled data
    invalidates the cache.
    """
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    h = hashlib.sha256(raw)
    h.update(f"\0{__version__}\0{_FORMAT}\0".encode())
    for source in SOURCES:
        try:
            h.update(source.read_bytes())
        except OSError:
            pass
        h.update(b"\0")
    h.update(repr(sorted(RANK_TITLES)).encode())
    return Path(base) / "briefing" / f"gazetteer-{h.hexdigest()[:24]}.pickle"


def _extended_path(path: Path, extra: tuple[ActorSpec, ...]) -> Path:
    """The cache file of the default at ``path`` plus ``extra``."""
    digest = hashlib.sha256(repr(extra).encode()).hexdigest()[:16]
    return path.with_name(f"{path.stem}+{digest}.pickle")


def _read_cache(path: Path) -> Gazetteer | None:
    """The gazetteer pickled at ``path``, or None if it is missing, foreign or stale."""
    collect = gc.isenabled()
    gc.disable()  # thousands of new objects would trigger collections that find no garbage
    try:
        with path.open("rb") as fh:
            magic, fmt, gaz = pickle.load(fh)
    except Exception:  # missing, unreadable, truncated or foreign: rebuild
        return None
    finally:
        if collect:
            gc.enable()
    if magic != _MAGIC or fmt != _FORMAT or type(gaz) is not Gazetteer:
        return None
    return gaz


def _write_cache(path: Path, gaz: Gazetteer) -> None:
    """Pickle ``gaz`` to ``path`` atomically, then prune stale and surplus caches."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            pickle.dump((_MAGIC, _FORMAT, gaz), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # readers never see a half-written file
    except Exception:  # read-only or full cache dir, unpicklable: run without a cache
        with contextlib.suppress(OSError):
            tmp.unlink()
        return
    # Remove caches of older YAML or code, and all but the newest few with other extras.
    key = path.name.split("+")[0].removesuffix(".pickle")
    extended = []
    for old in path.parent.glob("gazetteer-*.pickle"):
        if old != path and old.name.split("+")[0].removesuffix(".pickle") != key:
            with contextlib.suppress(OSError):
                old.unlink()
        elif old != path and "+" in old.name:
            with contextlib.suppress(OSError):
                extended.append((old.stat().st_mtime, old))
    for _, old in sorted(extended, reverse=True)[_KEEP_EXTENDED - 1 :]:
        with contextlib.suppress(OSError):
            old.unlink()


@functools.lru_cache(maxsize=1)
def _default() -> Gazetteer:
    """The packaged gazetteer without extras, from the compiled cache when it is valid."""
    raw = _yaml_bytes()
    path = cache_path(raw)
    gaz = _read_cache(path)
    if gaz is None:
        gaz = build_gazetteer(_parse(raw))
        _write_cache(path, gaz)
    return gaz


@functools.lru_cache(maxsize=16)
def _cached(extra: tuple[ActorSpec, ...]) -> Gazetteer:
    """The packaged gazetteer plus ``extra``; extended ones are cached on disk too."""
    if not extra:
        return _default()
    path = _extended_path(cache_path(_yaml_bytes()), extra)
    gaz = _read_cache(path)
    if gaz is None:
        gaz = gazetteer.extend_gazetteer(_default(), extra)  # through the module: tests stub it
        _write_cache(path, gaz)
    return gaz


def load_gazetteer(extra: Sequence[ActorSpec] = ()) -> Gazetteer:
    """The packaged gazetteer (compiled once, cached on disk) plus config extras.

    An extra whose name or alias matches a built-in entry overrides that entry.
    """
    extra = tuple(extra)
    try:
        return _cached(extra)
    except TypeError:  # an ActorSpec built by hand with list fields is unhashable
        return gazetteer.extend_gazetteer(_default(), extra)
