"""The sentences of an article as the rules look them up: by position, in order.

Built once per article from the sentences the model located, so no rule searches the
text again for where a sentence starts or ends.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from briefing.model import Sentence


class Bounds:
    """The ``[start, end)`` of an article's sentences, in order.

    An article without sentences reads as one sentence over the whole text (``located``
    is False: no start was found).
    """

    __slots__ = ("starts", "ends", "size", "located")

    def __init__(self, sentences: Sequence[Sentence], size: int) -> None:
        if sentences:
            self.starts = [s.start for s in sentences]
            self.ends = [s.end for s in sentences]
        else:
            self.starts, self.ends = [0], [size]
        self.size = size
        self.located = bool(sentences)

    def around(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos``; between two sentences, the gap between them."""
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.ends[i]:
            return self.starts[i], self.ends[i]
        lo = self.ends[i] if i >= 0 else 0
        hi = self.starts[i + 1] if i + 1 < len(self.starts) else self.size
        return lo, hi
