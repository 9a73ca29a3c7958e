"""Statements whose speaker the sentence does not name: a forecast in the passive ("The
vote is expected to pass") and a question put to someone ("Asked about the deal, …");
and a finding the sentence opens with ("In a poll released Monday, Smith led …")."""

from __future__ import annotations

import re

from briefing.analyse.attribution_words import BARRIERS, IN_EVIDENCE
from briefing.analyse.statements_base import _Base
from briefing.analyse.statements_cues import _Cue
from briefing.analyse.statements_text import _clause_end, _contents, _trim, _Unit
from briefing.model import Span, Statement

# "is expected", "could be expected", "are widely expected" right before "to".
_EXPECTED = re.compile(
    r"(?:(?:is|are|was|were|could|would|will|may|might)\s+(?:be\s+)?|\bbe\s+"
    r"|(?:(?:has|have|had)\s+)?been\s+)"
    r"(?:(?:widely|also|now|still|not|generally|largely)\s+)?$"
)
_TO = re.compile(r"\s+to\s+[a-z]")
# Where the subject of the passive starts: after the last comma, colon or dash before it,
# or "that", "if", "when" (a clause of its own).
_SUBJECT_BREAK = re.compile(
    r".*(?:[,;:—–(]\s*|\s-\s+|\b(?:that|if|when|while|because|but|and|which|who)\s+)", re.S
)


# After "Asked": "by Jane Smith", "on Fox News" or "later", then "about" (part of the cue).
_ASKED_BY = re.compile(r"\s+by\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)")
_ASKED_WHERE = re.compile(
    r"\s+(?:(?:on|in|at|during)\s+[^,;“”\"]{1,40}?|later|again|repeatedly|specifically)"
    r"(?=\s+(?:about|if|whether|what|who|why|how|when|where|to)\b)"
)
_ABOUT = re.compile(r"\s+about\b")
# "In a poll …, ": the phrase up to its comma.
_IN_PHRASE = re.compile(r"(In)\s+([^,;:.!?“”\"()]{3,120}?),\s+")
# "…, conducted in May, " / "…, released Monday, ": a participle aside of the phrase.
_ASIDE = re.compile(r"(?:[a-z]+ed|out|taken)\b[^,;:.!?“”\"]{0,60}?,\s+")
_QUOTE_MARK = re.compile("[“”\"«»]|''")
_IN_BARRIERS = BARRIERS - {"this", "these", "those", "that"}  # "In this poll, …"
_IN_WORDS = 16  # words the phrase after "In" holds at most


class _Unsourced(_Base):
    """Reading the statements that name no speaker."""

    def expected(self, unit: _Unit, cue: _Cue, lo: int) -> Statement | None:
        """``The vote is expected to pass``: the subject and the infinitive are the two
        parts of the content, the passive its cue, nobody its speaker."""
        text = self.text
        low = max(lo, cue.start - 40)
        aux = _EXPECTED.search(text, low, cue.start)
        if aux is None or _TO.match(text, cue.end, unit.end) is None:
            return None
        brk = _SUBJECT_BREAK.match(text, max(lo, aux.start() - 200), aux.start())
        subject = _trim(
            text, brk.end() if brk is not None else max(lo, aux.start() - 200), aux.start()
        )
        if subject is None or not subject.text_of(text)[:1].isalnum():
            return None
        to = cue.end
        while text[to].isspace():  # _TO matched: "to" follows the spaces
            to += 1
        clause = _clause_end(text, to, unit.end, unit.quotes)
        comma = text.find(",", to, clause)
        rest, _ = _contents(text, to, comma if comma >= 0 else clause, unit.quotes)
        if not rest:
            return None
        cue_span = Span(aux.start(), cue.end)
        return self.make(None, None, cue_span, [subject, *rest], "indirect", True)

    def asked(self, unit: _Unit, cue: _Cue) -> Statement | None:
        """``Asked (by X) about Y, Z said …`` / ``… when asked about Y``: the question is
        the content up to the comma before the main clause (or the clause's end), the
        one asking (if named) the speaker."""
        text = self.text
        at = cue.end
        speaker_span = None
        by = _ASKED_BY.match(text, at, unit.end)
        if by is not None:
            speaker_span = Span(*by.span(1))
            at = by.end()
        where = _ASKED_WHERE.match(text, at, unit.end)
        if where is not None:
            at = where.end()
        cue_end = cue.end
        about = _ABOUT.match(text, at, unit.end)
        if about is not None:
            at = about.end()
            if where is None and by is None:
                cue_end = at  # "Asked about": the preposition is cued
        clause = _clause_end(text, at, unit.end, unit.quotes)
        comma = text.find(",", at, clause)
        if comma < 0 and cue.form == "Asked":
            return None  # "Asked …, X said": the main clause follows a comma
        contents, kind = _contents(text, at, comma if comma >= 0 else clause, unit.quotes)
        if not contents or kind == "direct" or len(contents[0].text_of(text).split()) < 2:
            return None  # "Asked twice, he …": no question
        speaker = None
        if speaker_span is not None:
            speaker = self.speakers.resolve(speaker_span, speaker_span.text_of(text).split())
        return self.make(speaker, speaker_span, Span(cue.start, cue_end), contents, kind, False)

    def in_evidence(self, start: int, end: int) -> Statement | None:
        """``In a poll released Monday, Smith led by 5 points``: a sentence (``[start,
        end)``, with no cue or quotation) opening with a poll or a study after "In"
        reports what it found; the phrase is the speaker, "In" the cue, the clause after
        its comma the content."""
        text = self.text
        m = _IN_PHRASE.match(text, start, end)
        if m is None:
            return None
        words = m.group(2).split()
        if (
            len(words) > _IN_WORDS
            or not any(w.lower() in IN_EVIDENCE for w in words)
            or any(w.lower() in _IN_BARRIERS for w in words)
        ):
            return None
        src_end = m.end(2)
        at = m.end()
        aside = _ASIDE.match(text, at, end)
        if aside is not None:  # "In the poll, conducted in May, …"
            src_end = text.rindex(",", at, aside.end())
            at = aside.end()
        if _QUOTE_MARK.search(text, at, end) is not None:
            return None
        contents, kind = _contents(text, at, end, [])
        if not contents or len(contents[0].text_of(text).split()) < 3:
            return None
        span = Span(m.start(2), src_end)
        speaker = self.speakers.resolve(span, span.text_of(text).split())
        return self.make(speaker, span, Span(*m.span(1)), contents, kind, False)
