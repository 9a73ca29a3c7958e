"""The pipeline: the one place that runs load, then analysis, and builds the Briefing.

Analysed articles are kept in the parse cache (:mod:`briefing.cache`), keyed by the
file's bytes and the settings that shape the analysis; :meth:`Pipeline.map` runs a
function over every file in worker processes, results in file order.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import os
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from briefing.clean import clean_line
from briefing.config import Config, SourceSpec
from briefing.identity import content_digest, remember
from briefing.load import Loader
from briefing.model import Article, Briefing, LoadError
from briefing.workers import ordered_map

if TYPE_CHECKING:
    from briefing.analyse import Analyser
    from briefing.cache import ParseCache

T = TypeVar("T")
_WORKER: Pipeline | None = None  # the pipeline of a worker process (see Pipeline.map)
_INHERITED: list[Any] = []  # a forked worker keeps (never uses) the parent's cache handle


@contextmanager
def bulk_allocation(threshold: int = 20_000) -> Iterator[None]:
    """Collect garbage less often while many long-lived objects are being built.

    Analysis allocates thousands of small objects per article and keeps most of them;
    with the default threshold (700) the collector re-scans the growing briefing over
    and over.
    """
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], threshold), old[1], old[2])
    try:
        yield
    finally:
        gc.set_threshold(*old)


FREEZE_EVERY = 50  # articles between gc.freeze() calls while a briefing is built


def keep_loaded(index: int) -> None:
    """Every ``FREEZE_EVERY`` articles, move what is alive out of the collector's reach.

    Loaded articles live until the briefing goes and hold no reference cycles (none are
    found over the 2,225 BBC articles), so collections of them find nothing; frozen,
    they are still freed when the briefing is, and young collections stay short.
    """
    if index % FREEZE_EVERY == 0:
        gc.freeze()


class Pipeline:
    """A briefing's files, each read by :mod:`briefing.load` and analysed on demand.

    ``files`` and ``ids`` are known before anything is parsed.

    Args:
        config: the validated config.
        paths: files, folders or globs replacing the config's sources.
        header: header fields for ``paths`` (default: automatic title detection).
        layout: format of ``paths`` (default: by extension or content).
        cache: use the parse cache (default: unless ``BRIEFING_NO_CACHE`` is set).
    """

    def __init__(
        self,
        config: Config,
        paths: Sequence[str] | None = None,
        header: Sequence[str] | None = None,
        layout: str | None = None,
        *,
        cache: bool | None = None,
    ) -> None:
        self.config = config
        self.loader = Loader(config, paths, header, layout)
        self._analyser: Analyser | None = None
        if cache is None:
            cache = os.environ.get("BRIEFING_NO_CACHE", "") in ("", "0")
        self.use_cache = cache
        self._cache: ParseCache | None = None
        self._settings = _settings(config)

    def __getstate__(self) -> dict[str, Any]:
        """What a worker process needs: config, files and ids (no analyser, no cache)."""
        return {"config": self.config, "loader": self.loader, "use_cache": self.use_cache}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.config, self.loader = state["config"], state["loader"]
        self.use_cache = state["use_cache"]
        self._analyser, self._cache = None, None
        self._settings = _settings(self.config)

    @property
    def unmatched(self) -> list[str]:
        """PATH arguments (or configured sources) that matched no file."""
        return self.loader.unmatched

    @property
    def cache(self) -> ParseCache | None:
        """The parse cache, opened on first use (None when disabled)."""
        if self._cache is None and self.use_cache:
            from briefing.cache import shared

            self._cache = shared()
        return self._cache

    @property
    def files(self) -> list[tuple[Path, SourceSpec]]:
        """Every file of the briefing, with the source that named it."""
        return self.loader.files

    @files.setter
    def files(self, files: list[tuple[Path, SourceSpec]]) -> None:
        self.loader.files = files

    @property
    def ids(self) -> list[str]:
        """Article ids, one per article (a mail file can hold several)."""
        return self.loader.ids

    @property
    def skipped(self) -> list[tuple[str, str]]:
        """Files of scanned folders that no layout reads, with the reason."""
        return self.loader.skipped

    def __len__(self) -> int:
        return len(self.loader)

    @property
    def analyser(self) -> Analyser:
        """The analysis, built on first use (it loads the gazetteer)."""
        if self._analyser is None:
            from briefing.analyse import Analyser

            self._analyser = Analyser(self.config)
        return self._analyser

    def display_path(self, index: int) -> str:
        """The file's path relative to the config folder when inside it."""
        return self.loader.display_path(index)

    @property
    def problems(self) -> list[LoadError]:
        """Folders that could not be listed (reported like files that did not load)."""
        return self.loader.problems

    def load(self, index: int) -> Article | LoadError:
        """Read and analyse the ``index``-th file; failures of any kind become a LoadError.

        A RecursionError, MemoryError or a bug in one file's analysis is that file's
        error (set ``BRIEFING_DEBUG=1`` to raise it instead).
        """
        try:
            return self._load(index)
        except (RecursionError, MemoryError) as exc:
            return LoadError(
                self.display_path(index), f"too complex to load ({type(exc).__name__})"
            )
        except Exception as exc:  # noqa: BLE001 - one file's failure must not stop the rest
            if os.environ.get("BRIEFING_DEBUG"):
                raise
            return LoadError(
                self.display_path(index), clean_line(f"internal error: {type(exc).__name__}: {exc}")
            )

    def _load(self, index: int) -> Article | LoadError:
        """Read and analyse the ``index``-th file, or take it from the parse cache."""
        data = self.loader.read_bytes(index)
        if isinstance(data, LoadError):
            return data
        digest = content_digest(data)
        ident, shown = self.ids[index], self.display_path(index)
        part = self.loader.entries[index].part
        # Item n > 1 of a mail file is an article of its own: ``file#n``.
        file = os.path.abspath(self.files[index][0]) + (f"#{part + 1}" if part else "")
        cache = self.cache
        key = ""
        if cache is not None:
            from briefing.cache import entry_key

            key = entry_key(digest, self._file_settings(index))
            hit = cache.get(key)
            if hit is not None:
                remember(ident, file, digest)
                return dataclasses.replace(hit, id=ident, path=shown, file=file, digest=digest)
        read = self.loader.parse(index, data)
        if isinstance(read, LoadError):
            return read
        doc, meta = read
        article = self.analyser.article(doc, id=ident, path=shown, file=file, digest=digest, **meta)
        remember(ident, file, digest)
        if cache is not None:
            cache.put(key, article)
        return article

    def _file_settings(self, index: int) -> str:
        """The per-article settings that shape the analysis: layout, item, header, date."""
        entry = self.loader.entries[index]
        spec = entry.spec
        return f"{entry.format}\0{entry.part}\0{spec.header!r}\0{spec.date!r}\0{self._settings}"

    def close(self) -> None:
        """Write pending cache entries (also done at exit)."""
        if self._cache is not None:
            self._cache.close()

    def map(
        self, fn: Callable[[Pipeline, int], T], jobs: int = 1, window: int = 8
    ) -> Generator[T, None, None]:
        """``fn(pipeline, index)`` for every file, in file order, in ``jobs`` processes
        (:func:`briefing.workers.ordered_map`, ``window`` files in flight per worker).

        ``fn`` must be picklable where processes are spawned rather than forked; with one
        job (or one file) it runs here.
        """
        if jobs <= 1 or len(self) <= 1:
            with bulk_allocation():
                for index in range(len(self)):
                    yield fn(self, index)
                    keep_loaded(index)
            return
        start = functools.partial(_start_worker, self)
        yield from ordered_map(functools.partial(_call, fn), len(self), jobs, start, window)

    def __iter__(self) -> Iterator[Article | LoadError]:
        for index in range(len(self)):
            yield self.load(index)

    def title(self, first: Article | None) -> str:
        """The briefing title: the config's; else for one article its title, for several
        the name of their file (a mailbox) or of the folder that holds their files."""
        return self.title_from(first.heading if first is not None else "")

    def title_from(self, heading: str) -> str:
        """:meth:`title`, given the first article's heading ("" when none loaded)."""
        if self.config.title:
            return self.config.title
        if len(self) > 1:
            name = pack_name([path for path, _ in self.files])
            if name:
                return name
        return heading or "Briefing"

    def briefing(self) -> Briefing:
        """Load every file into a Briefing."""
        articles: list[Article] = []
        errors: list[LoadError] = list(self.problems)
        with bulk_allocation():
            for index, item in enumerate(self):
                keep_loaded(index)
                if isinstance(item, LoadError):
                    errors.append(item)
                else:
                    articles.append(item)
        return Briefing(
            self.title(articles[0] if articles else None), tuple(articles), tuple(errors)
        )


def _settings(config: Config) -> str:
    """The config settings that shape every article's analysis."""
    return f"{config.keypoints}\0{config.actors!r}"


def _start_worker(pipeline: Pipeline) -> None:
    """Worker process start: keep the pipeline, ignore Ctrl-C (the parent handles it)."""
    import signal
    from multiprocessing.util import Finalize

    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.set_threshold(20_000, 10, 10)
    from briefing.cache import forget_shared

    _INHERITED.extend(forget_shared())  # forked: the parent's connections are not ours to use
    pipeline._cache = None
    _WORKER = pipeline
    Finalize(pipeline, pipeline.close, exitpriority=10)


def _call(fn: Callable[[Pipeline, int], T], index: int) -> T:
    """Run one task in a worker."""
    assert _WORKER is not None
    return fn(_WORKER, index)


def load_item(pipeline: Pipeline, index: int) -> Article | LoadError:
    """:meth:`Pipeline.load` as a :meth:`Pipeline.map` function."""
    return pipeline.load(index)


def pack_name(paths: Sequence[Path]) -> str:
    """The name of the one file, or of the deepest folder holding all ``paths``.

    The folders are compared as absolute paths and only the common one is resolved
    (one file-system walk, not one per file: a pack may hold thousands)."""
    if len({os.fspath(p) for p in paths}) == 1:  # a mailbox's messages
        return paths[0].stem
    try:
        common = os.path.commonpath([os.path.dirname(os.path.abspath(p)) for p in paths])
    except ValueError:  # paths on different drives
        return ""
    return Path(common).resolve().name
