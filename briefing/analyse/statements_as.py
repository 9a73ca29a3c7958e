"""``As X said (last week), …``: the words after the comma are the statement; and the
date before a reply's ``X wrote:``, which is none."""

from __future__ import annotations

import re

from briefing.analyse.attribution_words import PREPOSITIONS
from briefing.analyse.statements_base import _Base
from briefing.analyse.statements_cues import _Cue
from briefing.analyse.statements_reading import _unquoted
from briefing.analyse.statements_speaker_of import _Found
from briefing.analyse.statements_text import _clause_end, _contents, _has_quote, _Unit
from briefing.model import Span, Statement

_AS_ADJUNCT_WORDS = 4  # "last week in Tel Aviv"
_AS_ADJUNCT_STARTS = PREPOSITIONS | frozenset(
    "last this earlier recently yesterday today once before so".split()
)
# The words before the speaker that make it this form: "As", "But as".
_AS_LEAD = re.compile(r"\s*(?:(?:and|but|just|so)\s+)?as\s*", re.I)


class _AsSaid(_Base):
    """Reading ``As X said, …``."""

    def _as_said(
        self, unit: _Unit, cue: _Cue, bounds: tuple[int, int], found: _Found, after: int
    ) -> Statement | None:
        """``As X said (last week), …``: the words after the comma, to the clause's end
        (None if no comma ends a short adjunct after the cue)."""
        text = self.text
        comma = text.find(",", after, min(unit.end, after + 40))
        if comma < 0 or _has_quote(text, after, comma):
            return None
        between = text[after:comma].split()
        if len(between) > _AS_ADJUNCT_WORDS or "that" in between:
            return None  # "as she said in April while promoting a film …"
        if between and between[0].lower() not in _AS_ADJUNCT_STARTS:
            return None  # an object: "As Ana Lee attacked the plan, …" says nothing
        start = comma + 1
        clause = _clause_end(text, start, unit.end, unit.quotes)
        contents, kind = (
            _contents(text, start, clause, unit.quotes)
            if unit.quotes
            else _unquoted(text, start, clause)
        )
        if not contents:
            return None
        return self.make(found[0], found[1], Span(*bounds), contents, kind, cue.state)


_DATE_WORDS = frozenset("at on am pm a.m. p.m. the of yesterday today".split())


def dated_only(words: str) -> bool:
    """True if ``words`` only tell when: "Yesterday at 15:02", "On Tue, 3 Dec 2007 at
    10:02" (a figure or "yesterday"/"today", and no lower-case word but "at", "on" …),
    "A week ago"."""
    parts = words.replace(",", " ").split()
    if not parts or len(parts) > _DATE_MAX_WORDS:
        return False
    if len(parts) <= 4 and parts[-1].lower() == "ago":
        return True  # "A week ago, I asked …"
    if not any(p[0].isdigit() or p.lower() in ("yesterday", "today") for p in parts):
        return False
    return all(p[0].isdigit() or p[0].isupper() or p.lower() in _DATE_WORDS for p in parts)


_DATE_MAX_WORDS = 10
