"""The ``briefing`` command line."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO

from briefing import __version__
from briefing.clean import clean_data, clean_line, visible
from briefing.config import FORMATS, HEADER_FIELDS, Config, ConfigError, find_config, load_config
from briefing.fileio import UnsafePathError, write_text
from briefing.load.formats import extractor
from briefing.model import Briefing
from briefing.pipeline import Pipeline

EXIT_OK, EXIT_WARN, EXIT_ERROR, EXIT_EMPTY, EXIT_INTERNAL = 0, 1, 2, 3, 70
EXIT_PIPE = 141  # the output pipe closed (128 + SIGPIPE, as shells report it)
#: --quiet / --verbose, set by :func:`main` (0 quiet, 1 normal, 2 verbose).
VERBOSITY = 1


def warn(message: str, level: int = 1) -> None:
    """Print one cleaned line on stderr unless ``--quiet`` (or below ``level``)."""
    if VERBOSITY >= level:
        print(f"briefing: {clean_line(message)}", file=sys.stderr)


class UsageError(Exception):
    """A bad argument or input, reported as one line with exit code 2."""


def _common(parser: argparse.ArgumentParser, paths: bool = True) -> None:
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="config file (default: ./config.yaml, else the packaged default)",
    )
    talk = parser.add_mutually_exclusive_group()
    talk.add_argument(
        "-q", "--quiet", action="store_true", help="no warning lines on stderr (exit codes stay)"
    )
    talk.add_argument(
        "-v", "--verbose", action="store_true", help="also say what was loaded and from where"
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
    export.add_argument(
        "--force",
        action="store_true",
        help="overwrite FILE if it exists (never a non-regular file)",
    )
    export.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        metavar="N",
        help="analyse in N worker processes (default: all cores; small briefings use one)",
    )
    export.add_argument(
        "--pretty", action="store_true", help="indented JSON (default: compact, one line)"
    )
    which = export.add_mutually_exclusive_group()
    which.add_argument(
        "--reviewed-only",
        action="store_true",
        help="only reviewed key points: accepted, flagged or with a note (not rejected)",
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
        description="Validate the config, list sources, articles and warnings. Exit 0 ok, "
        "1 a file did not load or carried warnings, 2 a bad config, 3 no article loaded.",
    )
    _common(check)
    from briefing.state import cli as state_cli

    state_cli.add_parser(sub, lambda child: _common(child, paths=False))
    cache = sub.add_parser(
        "cache",
        help="show or clear the parse cache",
        description="The parse cache of analysed articles (under $XDG_CACHE_HOME/briefing).",
    )
    cache.add_argument("action", choices=("info", "clear"), help="info: where and how big; clear")
    _common(cache, paths=False)
    return parser


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def default_jobs(files: int) -> int:
    """All usable cores, but one per 32 files at most (a process costs more than it saves)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, files // 32))


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
    """The briefing's pipeline: the folders are scanned once, here."""
    header = _header(args)
    paths = getattr(args, "paths", None) or None
    if not paths and not config.sources:
        raise UsageError("no sources: give PATH arguments or list sources in config.yaml")
    loader = Pipeline(config, paths, header, getattr(args, "layout", None))
    if paths and loader.unmatched:
        raise UsageError(f"{loader.unmatched[0]}: matches no file")
    if not loader.files:
        raise UsageError("the configured sources match no file")
    return loader


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


def _write(text: str, output: str | None, force: bool = False) -> None:
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
def _output(output: str | None, force: bool = False) -> Iterator[_Visible]:
    """Stdout, or ``output`` through the safe writer; every chunk passes :func:`visible`."""
    if not output:
        yield _Visible(None)
        return
    from briefing.fileio import atomic_writer

    with atomic_writer(output, force=force) as handle:
        yield _Visible(handle)


class _Visible:
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


def _report_errors(briefing: Briefing) -> int:
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


def cmd_export(args: argparse.Namespace, config: Config) -> int:
    """``briefing export``: JSON is streamed article by article; Markdown written at the end."""
    from briefing.export import stream

    if args.output:
        try:  # refuse a bad target before the work, not after
            from briefing.fileio import check_target

            check_target(args.output, force=args.force)
        except UnsafePathError as exc:
            raise UsageError(f"-o {exc}") from None
    pipeline = _loader(args, config)
    jobs = args.jobs or default_jobs(len(pipeline))
    only = "reviewed" if args.reviewed_only else "flagged" if args.flagged else None
    state, problem = (None, None) if args.no_review else stream.usable_state(config)
    if problem:
        warn(problem)
    if only and state is None and not problem:
        warn(f"no review state at {config.state}; nothing is reviewed yet")
    if args.format == "json":
        try:
            with _output(args.output, args.force) as out:
                errors = stream.write_json(
                    pipeline, out, jobs=jobs, state=state, only=only, pretty=args.pretty
                )
        except UnsafePathError as exc:
            raise UsageError(f"-o {exc}") from None
        except OSError as exc:
            if isinstance(exc, BrokenPipeError):
                raise
            raise UsageError(f"-o {args.output}: cannot write: {exc.strerror or exc}") from None
        pipeline.close()
        if args.output:
            warn(f"wrote {args.output}", level=2)
        for error in errors:
            warn(f"{error.path}: {error.reason}")
        if len(errors) - len(pipeline.problems) == len(pipeline):
            warn("no article loaded")
            return EXIT_EMPTY
        code = EXIT_WARN if errors else EXIT_OK
        return EXIT_WARN if problem and code == EXIT_OK else code
    from briefing.export.markdown import export_markdown

    briefing = stream.load_briefing(pipeline, jobs)
    pipeline.close()
    extra, more = review_extra(config, briefing) if state is not None else (None, None)
    if more:
        warn(more)
    if only and extra is None:
        extra = {}
    _write(export_markdown(briefing, extra, only), args.output, args.force)
    if args.output:
        warn(f"wrote {args.output} ({len(briefing.articles)} article(s))", level=2)
    code = _report_errors(briefing)
    return EXIT_WARN if (problem or more) and code == EXIT_OK else code


def cmd_cache(args: argparse.Namespace, config: Config) -> int:
    """``briefing cache info|clear``."""
    from briefing import cache

    if args.action == "clear":
        removed = cache.clear()
        print(f"removed {len(removed)} cache file(s) from {cache.cache_dir()}")
        return EXIT_OK
    data = cache.info()
    print(f"path: {data['path']}")
    print(f"entries: {data['entries']}")
    print(f"size: {data['bytes'] / 1e6:.1f} MB of {data['limit'] / 1e6:.0f} MB")
    if data.get("error"):
        print(f"error: {data['error']}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, config: Config) -> int:
    """``briefing show``."""
    return _show(_loader(args, config))


def _show(pipeline: Pipeline) -> int:
    from briefing.export.terminal import render_plain, render_rich

    briefing = pipeline.briefing()
    if sys.stdout.isatty():
        from rich.console import Console

        render_rich(briefing, Console())
    else:
        emit(visible(render_plain(briefing)))
    return _report_errors(briefing)


def cmd_check(args: argparse.Namespace, config: Config) -> int:
    """``briefing check``."""
    where = config.path or "<packaged default>"
    say = print if VERBOSITY else (lambda *_: None)
    say(clean_line(f"config: {where}: ok"))
    loader = _loader(args, config)
    for spec in config.sources if not args.paths else ():
        count = sum(1 for _, s in loader.files if s is spec)
        say(clean_line(f"source: {spec.path} ({spec.format or 'by extension'}): {count} file(s)"))
    for path, reason in loader.skipped:
        say(clean_line(f"skipped: {path}: {reason}"))
    counts: dict[str, int] = {}
    for index in range(len(loader)):
        fmt = loader.loader.format_of(index)
        counts[fmt] = counts.get(fmt, 0) + 1
    for fmt, count in counts.items():
        say(f"format: {fmt}: {count} article(s), read with {extractor(fmt)}")
    warnings = errors = ok = 0
    for problem in loader.problems:
        errors += 1
        print(clean_line(f"error: {problem.path}: {problem.reason}"))
    for item in loader:
        if hasattr(item, "reason"):
            errors += 1
            print(clean_line(f"error: {item.path}: {item.reason}"))
            continue
        ok += 1
        say(
            clean_line(
                f"ok: {item.path}: {len(item.paragraphs)} paragraphs, {len(item.sentences)} "
                f"sentences, {len(item.key_points)} key points, {len(item.actors)} actors"
            )
        )
        for warning in item.warnings:
            warnings += 1
            say(clean_line(f"warning: {item.path}: {warning}"))
    print(
        f"{len(loader)} article(s), {errors} error(s), {warnings} warning(s), "
        f"{len(loader.skipped)} skipped"
    )
    if not ok:
        return EXIT_EMPTY
    return EXIT_WARN if errors or warnings else EXIT_OK


def cmd_read(args: argparse.Namespace, config: Config) -> int:
    """``briefing`` / ``briefing read``: the Textual reader (``show`` when not a terminal)."""
    pipeline = _loader(args, config)  # validates paths and sources before the screen opens
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return _show(pipeline)
    from briefing.tui.app import run

    layout = getattr(args, "layout", None)
    return (
        run(config, args.paths or None, _header(args), layout=layout, pipeline=pipeline) or EXIT_OK
    )


def cmd_review(args: argparse.Namespace, config: Config) -> int:
    """``briefing review``: the reader in review mode (needs a terminal)."""
    pipeline = _loader(args, config)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("review needs a terminal; use `briefing export` for scripts")
    from briefing.tui.app import run

    layout = getattr(args, "layout", None)
    return (
        run(
            config, args.paths or None, _header(args), review=True, layout=layout, pipeline=pipeline
        )
        or EXIT_OK
    )


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
    "cache": cmd_cache,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "read")
    args = parser.parse_args(argv)
    global VERBOSITY
    VERBOSITY = 0 if getattr(args, "quiet", False) else 2 if getattr(args, "verbose", False) else 1
    try:
        config = _config(args)
        return COMMANDS[args.command](args, config)
    except (ConfigError, UsageError) as exc:
        print(f"briefing: error: {clean_line(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away: say nothing more, never exit 0.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PIPE
    except Exception as exc:  # noqa: BLE001 - never show a traceback to users
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        print(
            clean_line(
                f"briefing: internal error: {type(exc).__name__}: {exc} "
                "(set BRIEFING_DEBUG=1 for details)"
            ),
            file=sys.stderr,
        )
        return EXIT_INTERNAL
