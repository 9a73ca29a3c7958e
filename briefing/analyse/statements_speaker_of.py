"""The speaker of a cue: the words naming them before or after it, a pronoun or the
subject of the sentence for a coordinated or participle cue, the antecedent of "who"."""

from __future__ import annotations

import re

from briefing.analyse.attribution_words import OBJECT_AFTER, PRONOUNS
from briefing.analyse.statements_cues import _Cue
from briefing.analyse.statements_phrases import (
    _speaker_left,
    _speaker_right,
    _speaker_right_loose,
)
from briefing.analyse.statements_quotes import speaker_after_quote
from briefing.analyse.statements_reader import _Helpers
from briefing.analyse.statements_text import _Unit
from briefing.model import Span, Statement

# A quotation ending in a comma, "?" or "!" right before the cue (``"…," said``).
_OPEN_ENDED = re.compile(r"[,?!]\s*(?:[”“\"»]|'')\s*$")
_COORDINATED = re.compile(r"(?:,|\band|\bbut|\bthen)\s+(?:then\s+|also\s+|later\s+)?$")
_AND_ONLY = re.compile(r"\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+)?")
_LISTENER_AFTER = OBJECT_AFTER | {"tell"}
_NOT_NAMING = frozenset(("who", "which", "that", *PRONOUNS))  # words that name nobody
_WHO = re.compile(r"(?:,\s*|\s)(who)\s+(?:[a-z]+ly\s+)?$")
_WHO_ASIDE = re.compile(r",\s*who\s[^,;:“”\"]{1,80},\s*$")  # a relative clause before the cue
_BY = re.compile(r"\b(?:by|in)\s+$")
_PHRASE_END = re.compile(r"\s*(?:[,.;:(—–]|$)")


def _ends_phrase(text: str, end: int) -> bool:
    """True if punctuation or the text's end follows ``end``: after reported words with
    no quotation (``…, said X.``) the inverted speaker is a phrase of its own, not the
    subject of a clause (``The guidance, said the police had a duty …``)."""
    return _PHRASE_END.match(text, end) is not None


# A cue's speaker, the words naming them, True if they follow the cue, and where the
# statement's words before the cue may start.
_Found = tuple[str | None, Span | None, bool, int]


class _SpeakerOf(_Helpers):
    """Finding the speaker of each cue."""

    def _speaker(
        self, unit: _Unit, cue: _Cue, lo: int, bounds: tuple[int, int], prev: Statement | None
    ) -> _Found | None:
        """(speaker, the words naming them, True if after the cue, where the statement's
        words before the cue may start) of a cue spanning ``bounds``, or None if it has
        none."""
        cue_start, cue_end = bounds
        text = self.text
        speakers = self.speakers
        quotes = unit.quotes  # none ending before the cue: no words between one and it
        between = (
            speaker_after_quote(text, unit, lo, cue_start)
            if quotes and quotes[0][1] <= cue_start
            else None
        )
        found: tuple[Span, list[str]] | None
        if between is not None:  # "…," X, a …, said
            found = (between, text[between.start : between.end].split())
        else:
            found = _speaker_left(text, lo, cue_start, speakers)
        if found is not None:
            return speakers.resolve(found[0], found[1]), found[0], False, lo
        if unit.quotes and self._title_before(unit, cue_start):
            # "Trump, the star of “The Apprentice,” said …": a subject, no quote
            subject = self._subject(unit, cue_start)
            return None if subject is None else (subject, None, False, cue_start)
        ing = cue.form.partition(" ")[0].endswith("ing")  # "saying", "referring to"
        before = text[max(lo, cue_start - 3) : cue_start].rstrip()
        # after "told" stands the listener ("…, told the newspaper:"), never the speaker
        if (not before or before[-1] in ",”“\"'") and cue.lemma not in _LISTENER_AFTER:
            if not (ing and prev is not None and before[-1:] == ","):
                found = _speaker_right(text, cue_end, unit.end, speakers)
                if found is None and _OPEN_ENDED.search(text, max(lo, cue_start - 5), cue_start):
                    found = _speaker_right_loose(text, cue_end, unit.end)
                if found is not None and (before[-1:] != "," or _ends_phrase(text, found[0].end)):
                    return speakers.resolve(found[0], found[1]), found[0], True, lo
        if ing and prev is not None:
            return prev.speaker, None, False, lo
        # "One donor, who declined to be named, told …": the donor (the aside may hold a
        # statement of its own, after which ``lo`` starts)
        aside = _WHO_ASIDE.search(text, max(unit.start, cue_start - 100), cue_start)
        if aside is not None and aside.start() > unit.start:
            found = _speaker_left(text, unit.start, aside.start(), speakers)
            if found is not None:
                return speakers.resolve(found[0], found[1]), found[0], False, lo
        who = _WHO.search(text, max(lo, cue_start - 30), cue_start)
        # "Mike Pence, who called him …"; "an architect who said …" (speech cues only)
        if who is not None and (text[who.start()] == "," or not cue.state):
            antecedent = _speaker_left(text, lo, who.start(), speakers)
            speaker = None if antecedent is None else speakers.resolve(*antecedent)
            return speaker, Span(*who.span(1)), False, who.start(1)
        if _COORDINATED.search(text, max(lo, cue_start - 12), cue_start) or (
            ing and _BY.search(text, max(lo, cue_start - 4), cue_start)
        ):
            pronoun = self._pronoun_subject(unit, cue_start)  # "He apologized, saying …"
            if pronoun is not None:
                words = [text[pronoun.start : pronoun.end]]
                return speakers.resolve(pronoun, words), pronoun, False, lo
            if prev is not None and prev.speaker is not None:
                return prev.speaker, None, False, lo  # "Lib Dem leader X said … and said …"
            if prev is not None and self._shares_subject(prev, cue_start):
                return None, None, False, lo  # "… while the city's police deny … and say …"
            subject = self._subject(unit, cue_start)  # "Trump blasted her, then tweeted"
            if subject is None:
                if prev is None and not ing:
                    return None
                # "The president noted …, and added: …" / "…, saying …": unresolved
                return None, None, False, cue_start  # nothing before the cue is its own
            return subject, None, False, lo
        return None

    def _shares_subject(self, prev: Statement, cue_start: int) -> bool:
        """True if a cue after "and"/"but" shares the unresolved, named subject of the
        statement before it, not the sentence's ("China said …, while the city's police
        deny … and say …"); not after "who" or a comma, nor when that subject holds an
        actor's name."""
        span = prev.speaker_span
        if span is None or prev.end > cue_start:
            return False
        if self.text[span.start : span.end].lower() in _NOT_NAMING:
            return False  # "who", "he": the sentence's subject says more
        if self.speakers.inside(span.start, span.end):
            return False  # "Ivana Trump's brief said … and dismissed": her words
        gap = self.text[prev.end : cue_start]
        return _AND_ONLY.fullmatch(gap) is not None
