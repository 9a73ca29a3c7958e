"""The ``briefing`` command line: the argument parser and :func:`main`.

The commands live in :mod:`briefing.cli_commands`, what they share in
:mod:`briefing.cli_common`; the names tests and scripts use are re-exported here.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from briefing import __version__
from briefing.clean import clean_line
from briefing.cli_commands import (
    cmd_cache,
    cmd_check,
    cmd_export,
    cmd_read,
    cmd_review,
    cmd_show,
    cmd_state,
)
from briefing.cli_common import (
    EXIT_EMPTY,
    EXIT_ERROR,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_PIPE,
    EXIT_WARN,
    UsageError,
    config_for,
    default_jobs,
    emit,
    review_extra,
    set_verbosity,
    warn,
)
from briefing.cli_common import config_for as _config
from briefing.cli_common import pipeline_for as _loader
from briefing.config import FORMATS, HEADER_FIELDS, ConfigError

__all__ = [
    "COMMANDS",
    "EXIT_EMPTY",
    "EXIT_ERROR",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_PIPE",
    "EXIT_WARN",
    "UsageError",
    "_config",
    "_loader",
    "build_parser",
    "cmd_cache",
    "cmd_check",
    "cmd_export",
    "cmd_read",
    "cmd_review",
    "cmd_show",
    "cmd_state",
    "default_jobs",
    "emit",
    "main",
    "review_extra",
    "warn",
]


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
    set_verbosity(
        0 if getattr(args, "quiet", False) else 2 if getattr(args, "verbose", False) else 1
    )
    try:
        config = config_for(args)
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
