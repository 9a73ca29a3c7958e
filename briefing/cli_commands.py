"""The ``briefing`` subcommands: each ``cmd_*`` takes the parsed arguments and config."""

from __future__ import annotations

import argparse
import sys

from briefing.clean import clean_line, visible
from briefing.cli_common import (
    EXIT_EMPTY,
    EXIT_OK,
    EXIT_WARN,
    UsageError,
    counted,
    default_jobs,
    emit,
    header_of,
    open_output,
    pipeline_for,
    report_errors,
    review_extra,
    verbosity,
    warn,
    write_export,
)
from briefing.config import Config
from briefing.fileio import UnsafePathError
from briefing.load.formats import extractor
from briefing.pipeline import Pipeline


def cmd_export(args: argparse.Namespace, config: Config) -> int:
    """``briefing export``: JSON is streamed article by article; Markdown written at the end."""
    from briefing.export import stream

    if args.output:
        try:  # refuse a bad target before the work, not after
            from briefing.fileio import check_target

            check_target(args.output, force=args.force)
        except UnsafePathError as exc:
            raise UsageError(f"-o {exc}") from None
    pipeline = pipeline_for(args, config)
    jobs = args.jobs or default_jobs(len(pipeline))
    only = "reviewed" if args.reviewed_only else "flagged" if args.flagged else None
    state, problem = (None, None) if args.no_review else stream.usable_state(config)
    if problem:
        warn(problem)
    if only and state is None and not problem:
        warn(f"no review state at {config.state}; nothing is reviewed yet")
    if args.format == "json":
        try:
            with open_output(args.output, args.force) as out:
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
    write_export(export_markdown(briefing, extra, only), args.output, args.force)
    if args.output:
        warn(f"wrote {args.output} ({len(briefing.articles)} article(s))", level=2)
    code = report_errors(briefing)
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
    return _show(pipeline_for(args, config))


def _show(pipeline: Pipeline) -> int:
    """Print the briefing: rich on a terminal, plain text otherwise."""
    from briefing.export.terminal import render_plain, render_rich

    briefing = pipeline.briefing()
    if sys.stdout.isatty():
        from rich.console import Console

        render_rich(briefing, Console())
    else:
        emit(visible(render_plain(briefing)))
    return report_errors(briefing)


def cmd_check(args: argparse.Namespace, config: Config) -> int:
    """``briefing check``."""
    where = config.path or "<packaged default>"
    say = print if verbosity() else (lambda *_: None)
    say(clean_line(f"config: {where}: ok"))
    loader = pipeline_for(args, config)
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
                f"ok: {item.path}: {counted(len(item.paragraphs), 'paragraph')}, "
                f"{counted(len(item.sentences), 'sentence')}, "
                f"{counted(len(item.key_points), 'key point')}, "
                f"{counted(len(item.actors), 'actor')}"
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
    pipeline = pipeline_for(args, config)  # validates paths and sources before the screen opens
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return _show(pipeline)
    from briefing.tui.app import run

    layout = getattr(args, "layout", None)
    return (
        run(config, args.paths or None, header_of(args), layout=layout, pipeline=pipeline)
        or EXIT_OK
    )


def cmd_review(args: argparse.Namespace, config: Config) -> int:
    """``briefing review``: the reader in review mode (needs a terminal)."""
    pipeline = pipeline_for(args, config)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("review needs a terminal; use `briefing export` for scripts")
    from briefing.tui.app import run

    layout = getattr(args, "layout", None)
    return (
        run(
            config,
            args.paths or None,
            header_of(args),
            review=True,
            layout=layout,
            pipeline=pipeline,
        )
        or EXIT_OK
    )


def cmd_state(args: argparse.Namespace, config: Config) -> int:
    """``briefing state export|import FILE``."""
    from briefing.state import cli as state_cli

    return state_cli.run(args, config)
