"""``briefing state export FILE`` / ``briefing state import FILE``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from briefing.clean import clean_line
from briefing.config import Config
from briefing.fileio import UnsafePathError
from briefing.state.store import ReviewStore, StateError
from briefing.state.transfer import export_state, import_state


def add_parser(
    subparsers: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None] | None = None,
) -> argparse.ArgumentParser:
    """Register ``state export FILE`` and ``state import FILE``; return the ``state`` parser.

    ``common`` adds the options every command shares (``--config``) to both subcommands.
    """
    parser = subparsers.add_parser(
        "state",
        help="export or import review state (YAML)",
        description="Carry review state (verdicts, notes, read marks) between machines.",
    )
    sub = parser.add_subparsers(dest="state_command", metavar="{export,import}")
    sub.required = True
    exp = sub.add_parser("export", help="write the review state to FILE")
    exp.add_argument("file", metavar="FILE")
    imp = sub.add_parser("import", help="merge review state from FILE (newer changes win)")
    imp.add_argument("file", metavar="FILE")
    for child in (exp, imp):
        if common is not None:
            common(child)
    return parser


def run(args: argparse.Namespace, config: Config) -> int:
    """Run a ``state`` command against ``config.state``; 0 on success, 2 on a StateError."""
    name = clean_line(args.file)
    try:
        if args.state_command == "export":
            from briefing.fileio import check_target

            check_target(args.file)  # refuse a FIFO, device or symlink before anything else
            existing = os.path.lexists(config.state)
            with ReviewStore.open(config.state, config.reviewer, readonly=existing) as store:
                count = export_state(store, args.file)
            print(f"exported {count} review items to {name}")
        else:
            with ReviewStore.open(config.state, config.reviewer) as store:
                report = import_state(store, args.file)
            print(f"imported {name}: {report}")
    except StateError as exc:
        print(f"briefing: {clean_line(exc)}", file=sys.stderr)
        return 2
    except UnsafePathError as exc:
        print(f"briefing: {clean_line(exc)}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"briefing: {name}: {clean_line(exc.strerror or exc)}", file=sys.stderr)
        return 2
    return 0
