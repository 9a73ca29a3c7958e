"""What every ``briefing`` command shares: exit codes, warnings, the pipeline, output."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from typing import IO

from briefing.clean import clean_data, clean_line, visible
from briefing.config import HEADER_FIELDS, Config, find_config, load_config
from briefing.fileio import UnsafePathError, write_text
from briefing.model import Briefing
from briefing.pipeline import Pipeline

EXIT_OK, EXIT_WARN, EXIT_ERROR, EXIT_EMPTY, EXIT_INTERNAL = 0, 1, 2, 3, 70
EXIT_PIPE = 141  # the output pipe closed (128 + SIGPIPE, as shells report it)
#: --quiet / --verbose, set by :func:`set_verbosity` (0 quiet, 1 normal, 2 verbose).
VERBOSITY = 1


def set_verbosity(level: int) -> None:
    """Set how much :func:`warn` says: 0 quiet, 1 normal, 2 verbose."""
    global VERBOSITY
    VERBOSITY = level


def verbosity() -> int:
    """The level :func:`set_verbosity` set."""
    return VERBOSITY


def warn(message: str, level: int = 1) -> None:
    """Print one cleaned line on stderr unless ``--quiet`` (or below ``level``)."""
    if VERBOSITY >= level:
        print(f"briefing: {clean_line(message)}", file=sys.stderr)


class UsageError(Exception):
    """A bad argument or input, reported as one line with exit code 2."""


def default_jobs(files: int) -> int:
    """All usable cores, but one per 32 files at most (a process costs more than it saves)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, files // 32))


def config_for(args: argparse.Namespace) -> Config:
    """The config named by ``--config`` (or found); sources optional when PATHs are given."""
    path = find_config(args.config)
    require = path is not None and not getattr(args, "paths", None)
    return load_config(path, require_sources=require)


def header_of(args: argparse.Namespace) -> list[str] | None:
    """The ``--header`` fields, checked, or None when not given."""
    header = None
    if getattr(args, "header", None) is not None:
        header = [h.strip() for h in args.header.split(",") if h.strip()]
        bad = [h for h in header if h not in HEADER_FIELDS]
        if bad:
            raise UsageError(
                f"--header: unknown field '{bad[0]}'; expected: " + ", ".join(HEADER_FIELDS)
            )
    return header


def pipeline_for(args: argparse.Namespace, config: Config) -> Pipeline:
    """The briefing's pipeline: the folders are scanned once, here."""
    header = header_of(args)
    paths = getattr(args, "paths", None) or None
    if not paths and not config.sources:
        raise UsageError("no sources: give PATH arguments or list sources in config.yaml")
    loader = Pipeline(config, paths, header, getattr(args, "layout", None))
    if paths and loader.unmatched:
        raise UsageError(f"{loader.unmatched[0]}: matches no file")
    if not loader.files:
        raise UsageError("the configured sources match no file")
    return loader


def counted(n: int, noun: str) -> str:
    """``n`` and ``noun``, plural unless ``n`` is 1 ("1 key point", "3 actors")."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def emit(text: str) -> None:
    """Write ``text`` (UTF-8) to stdout completely, or raise ``BrokenPipeError``.

    Goes to the file descriptor in a loop: with ``PYTHONUNBUFFERED`` a plain
    ``sys.stdout.write`` drops the rest of a partial write to a closing pipe silently.
    """
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # replaced stdout (tests, embedding)
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    sys.stdout.flush()
    view = memoryview(text.encode("utf-8"))
    while view:
        view = view[os.write(fd, view) :]


def write_export(text: str, output: str | None, force: bool = False) -> None:
    """Write an export to stdout or ``output`` through the safe writer.

    ``output`` must be missing, or a regular file and ``force`` given; FIFOs, devices,
    sockets and symlinks are refused (:class:`UsageError`).
    """
    text = visible(text)  # the last gate: nothing reaches a terminal as a control sequence
    if not output:
        emit(text)
        return
    try:
        write_text(output, text, force=force)
    except UnsafePathError as exc:
        raise UsageError(f"-o {exc}") from None
    except OSError as exc:
        raise UsageError(f"-o {output}: cannot write: {exc.strerror or exc}") from None


@contextlib.contextmanager
def open_output(output: str | None, force: bool = False) -> Iterator[Visible]:
    """Stdout, or ``output`` through the safe writer; every chunk passes :func:`visible`."""
    if not output:
        yield Visible(None)
        return
    from briefing.fileio import atomic_writer

    with atomic_writer(output, force=force) as handle:
        yield Visible(handle)


class Visible:
    """A text sink writing through :func:`visible` to a file, or to stdout by :func:`emit`."""

    def __init__(self, handle: IO[str] | None) -> None:
        self.handle = handle

    def write(self, text: str) -> int:
        text = visible(text)
        if self.handle is None:
            emit(text)
        else:
            self.handle.write(text)
        return len(text)


def report_errors(briefing: Briefing) -> int:
    """Warn about each file that did not load; the exit code for the result."""
    for error in briefing.errors:
        warn(f"{error.path}: {error.reason}")
    if not briefing.articles:
        warn("no article loaded")
        return EXIT_EMPTY
    return EXIT_WARN if briefing.errors else EXIT_OK


def review_extra(config: Config, briefing: Briefing) -> tuple[dict | None, str | None]:
    """Review state for the exports, or None when there is no state file (or it is unusable).

    The state file is opened read-only and never blocks an export: a corrupt,
    foreign, newer, locked or special file gives ``(None, one-line warning)``.
    """
    if not os.path.lexists(config.state):
        return None, None
    from briefing.state import ReviewStore, StateError
    from briefing.state.review import export_reviews

    try:
        with ReviewStore.open(config.state, config.reviewer, readonly=True) as store:
            extra = export_reviews(store, briefing.articles)
    except StateError as exc:
        return None, f"{exc}; exported without review state"
    return clean_data(extra), None  # type: ignore[return-value]
