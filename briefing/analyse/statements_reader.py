"""Helpers of the statement reader: the subject of a sentence, the listener after
"told", a quotation introduced by a colon or followed by an aside, and where a clause
ends before the next statement of the same speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analyse.attribution_words import ROLE_ORG, ROLE_PERSON
from briefing.analyse.statements_base import _OPEN_END, _Base
from briefing.analyse.statements_cues import _Cue, ends_in
from briefing.analyse.statements_phrases import _tokens
from briefing.analyse.statements_quotes import adjunct
from briefing.analyse.statements_reading import _lead_start
from briefing.analyse.statements_text import _has_quote, _title, _Unit, connector_start
from briefing.model import Span

# `` and kept going until 2 a.m.``: another clause of the speaker, no quotation in it.
_AND_CLAUSE = re.compile(r"\s+(?:and|but)\s+[^“”\"«»]*$")
_LEAD_INS = (":", "-", "—", "–", "(")
_PRONOUN_START = re.compile(
    r"[\s“\"']*(?:(?:And|But|Then|So|Yet|Still|Later|Meanwhile|Instead)\b,?\s+(?:then\s+)?)?"
    r"(He|She|They|We|I)\b(?![’'])"
)
_TO_LISTENER = re.compile(r"\s*(?:[^,:“\"]{0,60}?)(?=\s+that\b|\s*[,:]?\s*[“\"])")
_TO_LISTENER_END = re.compile('that|“|"')
_QUOTED_LISTENER = re.compile(
    r"\s+(?:[A-Z][\w.-]*(?:[’']s)?\s+){0,3}(?:“[^”“]{1,50}”|\"[^\"]{1,50}\")"
    r"(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?(?=\s+that\b)"
)
_OWN_GAP = 4
_LEAD_BREAKS = (
    ":",
    ",",
    ".",
    ";",
    "-",
    "—",
    "–",
    "",
)  # words between a quotation and the cue attributing it
_QUOTED_TITLE = re.compile(r"\s+[“\"]([^”“\"]{1,50}?),?[”\"]")
_LISTENERS = frozenset(
    "them him her me us you reporters journalists supporters voters lawmakers members "
    "viewers listeners students the a an".split()
)


class _Helpers(_Base):
    """Sentence-level helpers for :class:`briefing.analyse.statements._Reader`."""

    def _introduced_quote(
        self, unit: _Unit, start: int, end: int, contents: list[Span]
    ) -> tuple[list[Span], str]:
        """The last quotation of ``[start, end)`` alone when a colon or dash leads into it
        and only punctuation follows it."""
        text = self.text
        inner = [q for q in unit.quotes if q[0] >= start and q[1] <= end + 1]
        if inner:
            a, b = inner[-1]
            if not text[b:end].strip(" ,") and text[start:a].rstrip()[-1:] in _LEAD_INS:
                return [Span(a, min(b, max(end, b)))], "direct"
        return contents, "mixed"

    def _quote_then_aside(
        self, unit: _Unit, start: int, clause: int, contents: list[Span]
    ) -> tuple[list[Span], str]:
        """``chanted, “…” as they had before``: the quotation alone when an aside follows."""
        text = self.text
        for a, b in unit.quotes:
            if a >= start:
                if not text[start:a].strip(" ,:") and (
                    adjunct(text, b, clause) or _AND_CLAUSE.match(text, b, clause)
                ):
                    return [Span(a, b)], "direct"
                break
        return contents, "mixed"

    def _pronoun_subject(self, unit: _Unit, before: int) -> Span | None:
        """A subject pronoun opening the unit (after "And", "But", "Then" …)."""
        m = _PRONOUN_START.match(self.text, unit.start, before)
        return Span(*m.span(1)) if m is not None else None

    def _subject(self, unit: _Unit, before: int) -> str | None:
        """The actor named at the very start of the unit (the sentence's subject), after
        any dateline ("NEW JERSEY (WABC) -- A consumer investigation …")."""
        start = unit.start + _lead_start(self.text, unit.start, before)
        head = self.speakers.inside(start, min(before, start + 60))
        if not head:
            return None
        lead = self.text[start : head[0][0]].split()
        if len(lead) > 2 or any(
            not w[:1].isupper() and w.lower() not in ("the", "a") for w in lead
        ):
            return None
        i = 0  # "England flanker James Haskell …", "Lib Dem leader X …": the person
        while i + 1 < len(head) and self.speakers.kind.get(head[i + 1][2]) == "person":
            between = self.text[head[i][1] : head[i + 1][0]].split()
            if not 0 < len(between) <= 3 or not self._role_of(between[-1], head[i + 1][2]):
                break
            i += 1
        return head[i][2]

    def _role_of(self, word: str, actor: str) -> bool:
        """True if ``word`` is a role: a role word, or the last word of one of the actor's."""
        low = word.lower()
        if low in ROLE_PERSON or low in ROLE_ORG:
            return True
        roles = self.speakers.actors[actor].roles
        return any(r.lower().rsplit(None, 1)[-1] == low for r in roles)

    def _skip_listener(self, after: int, clause: int) -> int:
        """Skip an object pronoun or a capitalised listener ("told CNN", "told them",
        'told "Fox and Friends,"')."""
        m = _QUOTED_TITLE.match(self.text, after, clause)
        if m is not None and _title(self.text, m.start(1), m.end(1)):
            return m.end()
        toks = _tokens(self.text, after, min(clause, after + 80))
        i = 0
        if toks and (toks[0][2].rstrip(".").lower() in _LISTENERS or toks[0][2][0].isupper()):
            i = 1
            while (
                i < len(toks)
                and toks[i][2][:1].isupper()
                and not toks[i - 1][2].endswith(".")
                and not self.text[toks[i - 1][1] : toks[i][0]].strip()
            ):
                i += 1
            s, _e, word = toks[i - 1]
            return s + len(word.rstrip("."))
        return after

    def _skip_recipient(self, after: int, clause: int) -> int:
        """After "told"/"asked": skip the listener up to "that", a quotation or a comma."""
        text = self.text
        m = _QUOTED_LISTENER.match(text, after, clause)
        if m is not None:  # told ABC's “This Week” that …
            return m.end()
        # _TO_LISTENER looks ahead for "that" or a quotation mark: none, no match
        m = (
            _TO_LISTENER.match(text, after, clause)
            if _TO_LISTENER_END.search(text, after, clause)
            else None
        )
        if m is not None and m.end() > after:
            return m.end()
        toks = _tokens(text, after, min(clause, after + 60))
        if (
            toks
            and toks[0][2][0].isupper()
            or (toks and toks[0][2].lower() in ("reporters", "me", "us", "him", "her", "them"))
        ):
            i = 0
            while i + 1 < len(toks) and toks[i + 1][2][0].isupper():
                i += 1
            if i + 1 < len(toks) and toks[i + 1][2] == "to":
                return after  # "urged them to …": the one urged belongs to the content
            return toks[i][1]
        return after

    def _leads_into_next(self, start: int, end: int) -> bool:
        """True if ``[start, end)`` ends its paragraph with a colon and quotes nothing
        (``told his audience, to applause:``): it introduces the next paragraph."""
        text = self.text
        return (
            text[end : end + 1] in ("\n", "")
            and ends_in(text, max(start, end - 4), end, ":")
            and not _has_quote(text, start, end)
        )

    def _own_quote(self, unit: _Unit, after: int, cue_start: int) -> int:
        """Start of a quotation after ``after`` that a later cue at ``cue_start``
        attributes (``“…,” he wrote``: open-ended, a few words before the cue), or -1."""
        text = self.text
        for a, b in unit.quotes:
            if a <= after or b > cue_start:
                continue
            words = text[b:cue_start].split()
            if (
                words
                and len(words) <= _OWN_GAP
                and (words[0][0].isupper() or words[0] in ("he", "she", "they"))
                and _OPEN_END.search(text, a, b)
                and text[after:a].rstrip()[-1:] in _LEAD_BREAKS
            ):
                return a
        return -1

    def _title_before(self, unit: _Unit, cue_start: int) -> bool:
        """True if a quoted title ends right before the cue (``host of “The Five,”
        refused``): every word capitalised, two words at least."""
        text = self.text
        for a, b in unit.quotes:
            if b <= cue_start and not text[b:cue_start].strip():
                mark = 2 if text[b - 2 : b] == "''" else 1
                return _title(text, a + mark, b - mark)
        return False

    def _next_clause(
        self, unit: _Unit, cue: _Cue, after: int, clause: int, later: Sequence[_Cue]
    ) -> int:
        """Where a clause ending at ``clause`` ends before the next statement of the same
        speaker ("… and called X …"), cued by one of ``later``."""
        text = self.text
        for nxt in later:
            if nxt.start >= clause:
                break
            if unit.quotes and not nxt.form.endswith("ing"):
                own = self._own_quote(unit, after, nxt.start)
                if own >= 0:  # "… too busy: “…,” he wrote": that quotation is the next one's
                    return own
            if nxt.start > after:
                link = connector_start(text, after, nxt.start, cue.form)
                if link > after and not any(a < link < b for a, b in unit.quotes):
                    return link
        return clause
