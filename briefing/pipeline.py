"""The pipeline: the one place that runs load, then analysis, and builds the Briefing."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.clean import clean_line
from briefing.config import Config, SourceSpec
from briefing.load import Loader
from briefing.model import Article, Briefing, LoadError

if TYPE_CHECKING:
    from briefing.analyse import Analyser


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


class Pipeline:
    """A briefing's files, each read by :mod:`briefing.load` and analysed on demand.

    ``files`` and ``ids`` are known before anything is parsed.

    Args:
        config: the validated config.
        paths: files, folders or globs replacing the config's sources.
        header: header fields for ``paths`` (default: automatic title detection).
        layout: format of ``paths`` (default: by extension or content).
    """

    def __init__(
        self,
        config: Config,
        paths: Sequence[str] | None = None,
        header: Sequence[str] | None = None,
        layout: str | None = None,
    ) -> None:
        self.config = config
        self.loader = Loader(config, paths, header, layout)
        self._analyser: Analyser | None = None

    @property
    def files(self) -> list[tuple[Path, SourceSpec]]:
        """Every file of the briefing, with the source that named it."""
        return self.loader.files

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
            read = self.loader.read(index)
            if isinstance(read, LoadError):
                return read
            doc, meta = read
            return self.analyser.article(
                doc, id=self.ids[index], path=self.display_path(index), **meta
            )
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

    def __iter__(self) -> Iterator[Article | LoadError]:
        for index in range(len(self)):
            yield self.load(index)

    def title(self, first: Article | None) -> str:
        """The briefing title: the config's, else the first article's."""
        if self.config.title:
            return self.config.title
        if first is not None:
            return first.heading
        return "Briefing"

    def briefing(self) -> Briefing:
        """Load every file into a Briefing."""
        articles: list[Article] = []
        errors: list[LoadError] = list(self.problems)
        with bulk_allocation():
            for item in self:
                if isinstance(item, LoadError):
                    errors.append(item)
                else:
                    articles.append(item)
        return Briefing(
            self.title(articles[0] if articles else None), tuple(articles), tuple(errors)
        )
