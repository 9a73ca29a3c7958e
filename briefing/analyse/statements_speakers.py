"""Speakers of statements: the words naming them, and the actor they stand for.

A speaker phrase links to an actor through the mentions actor extraction already
located (``Actor.mentions``); "he"/"she" go to the nearest earlier person of that
gender, role words ("the spokesperson", "the embassy", "officials") to the nearest
earlier organisation or country, titles ("the president") to the nearest person
holding that role. Anything less certain stays unresolved (None).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from briefing.analyse.attribution_words import (
    ABOUT_WORDS,
    EVIDENCE,
    EVIDENCE_HEADS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    MALE_NAMES,
    MALE_TITLES,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_GOVERNMENT,
    ROLE_ORG,
    ROLE_ORG_ONLY,
    ROLE_PERSON,
)
from briefing.analyse.statements_fast_regex import words_at_start
from briefing.model import Actor, Span

_WORD_RE = re.compile(r"[A-Za-z]+")
_HE_RE = re.compile(words_at_start("he him his He His".split()) + r"\b")
_SHE_RE = re.compile(words_at_start("she her hers She Her".split()) + r"\b")
_PREP_BEFORE = re.compile(
    words_at_start("of for in at from to with on".split()) + r"\s+(?:the\s+)?$"
)
_ORGISH = frozenset(("organization", "country", "group"))
_PLACES = frozenset(("place", "country"))
# Role words (singular) whose holders in a country speak for it: "officials in China".
_STATE_ROLES = frozenset(w.rstrip("s") for w in ROLE_ORG | ROLE_GOVERNMENT) - {"campaign"}
# A place after one of these inside a speaker phrase says where the speaker is, not who:
# "the appeals court in Washington", "officials at Heathrow".
_WHERE_BEFORE = re.compile(r"\s(?:in|at|from|near|outside|inside|across)\s+(?:the\s+)?$")
_UNSEEN = (-1, -1, "")  # not looked up yet (head() caches None too)
# A place named after a preposition of place: "in England", "across England and Wales".
_LOCATIVE = re.compile(r"\b(?:in|across|throughout|around)\s+(?:[A-Z][\w.-]*\s+and\s+)?$")
_SAME_CLAUSE = 60  # characters: a place named this close to "the government" is its country
_LAST_REACH = 300  # characters after the last statement where "he"/"she" is its speaker
_REACH = 2500  # characters back a pronoun or role word may look for its actor


if TYPE_CHECKING:
    from functools import cached_property as _built_on_first_use
else:

    class _built_on_first_use:
        """What ``functools.cached_property`` does, without the lock it takes on each first
        use in Python 3.11 (a cost paid per article here, as each builds its own index)."""

        def __init__(self, func: Callable[[Any], Any]) -> None:
            self.func = func
            self.__doc__ = func.__doc__

        def __set_name__(self, owner: type, name: str) -> None:
            self.name = name

        def __get__(self, obj: Any, owner: type | None = None) -> Any:
            if obj is None:
                return self
            value = obj.__dict__[self.name] = self.func(obj)
            return value


class Speakers:
    """Mention index of one article, for linking speaker phrases to actors."""

    def __init__(
        self, text: str, actors: Sequence[Actor], quotes: Sequence[tuple[int, int, int]] = ()
    ) -> None:
        self.text = text
        self._actors = actors
        #: The speaker of the last statement made and where it ends: "X said …. He added"
        self.last: tuple[str, int] | None = None
        self._quote_starts = [q[0] for q in quotes]
        self._quotes = quotes
        self._gender: dict[str, str | None] = {}
        self._heads: dict[tuple[int, int], tuple[int, int, str] | None] = {}

    @_built_on_first_use
    def rows(self) -> list[tuple[int, int, str]]:
        """``(start, end, actor id)`` of every mention, sorted; built on first use."""
        rows = [(m.start, m.end, a.id) for a in self._actors for m in a.mentions]
        rows.sort()
        return rows

    @_built_on_first_use
    def starts(self) -> list[int]:
        """The start of each of :attr:`rows`."""
        return list(map(itemgetter(0), self.rows))

    @_built_on_first_use
    def kind(self) -> dict[str, str]:
        """Actor id -> kind."""
        return {a.id: a.kind for a in self._actors}

    @_built_on_first_use
    def actors(self) -> dict[str, Actor]:
        """Actor id -> actor."""
        return {a.id: a for a in self._actors}

    def gender(self, actor_id: str) -> str | None:
        """The person's gender, worked out on first use."""
        if actor_id not in self._gender:
            self._gender[actor_id] = _gender(self.text, self.actors[actor_id])
        return self._gender[actor_id]

    def inside(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions lying within ``[start, end)``, in order."""
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end, i)
        if i == j:
            return []
        return [r for r in self.rows[i:j] if r[1] <= end]

    def head(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The mention heading a phrase: the last one not after "of", "for", "in"…"""
        starts = self.starts  # what inside() finds, without the call when nothing is there
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if i == j:
            return None
        if j == i + 1:  # one mention: the head whatever comes before it
            row = self.rows[i]
            return row if row[1] <= end else None
        key = (start, end)  # several: worked out once per phrase
        found = self._heads.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = self._heads[key] = self._head(start, end, i, j)
        return found

    def _head(self, start: int, end: int, i: int, j: int) -> tuple[int, int, str] | None:
        """:meth:`head` of a phrase holding the starts of mentions ``i`` to ``j`` (two at
        least)."""
        found = [r for r in self.rows[i:j] if r[1] <= end]
        if len(found) < 2:
            return found[0] if found else None
        text = self.text
        for row in reversed(found):
            at = row[0]
            if not _PREP_BEFORE.search(text[max(start, at - 5) : at].lower()):
                return row
        return found[-1]

    def located(self, head: tuple[int, int, str], start: int, end: int) -> int:
        """Where the preposition before ``head`` starts when ``head`` is a place ending
        the phrase ``[start, end)`` and saying where the speaker is ("officials in
        Kabul"), else -1."""
        if head[1] != end or self.kind.get(head[2]) not in _PLACES:
            return -1
        where = _WHERE_BEFORE.search(self.text, max(start, head[0] - 12), head[0])
        return -1 if where is None else where.start() + 1

    def resolve(self, span: Span, words: Sequence[str]) -> str | None:
        """The actor id the speaker phrase ``span`` (its ``words``) stands for, or None."""
        head = self.head(span.start, span.end)
        last = words[-1].lower() if words else ""
        if head is not None:
            end = span.end  # located() is -1 for a head not ending the phrase
            where = self.located(head, span.start, end) if head[1] == end else -1
            if where > span.start:  # "the court in Washington": the court's words, not the city's
                before = self.text[span.start : where].split()
                word = before[-1].lower().rstrip("s") if before else ""
                if self.kind.get(head[2]) == "country" and word in _STATE_ROLES:
                    return head[2]  # "officials in China": China's
                return None
            actor = head[2]
            if _ABOUT.search(self.text, span.start, head[0]):
                return None  # "sources close to the White House": not its words
            if last in ROLE_ORG and self.kind.get(actor) == "person":
                return None  # "Smith's spokesman": not Smith's own words
            if head[1] < end and words[-1][:1].islower():
                return self._before_noun(span, head, last)
            return actor
        if len(words) == 1 and last in PRONOUNS:
            return self._pronoun(span.start, PRONOUNS[last])
        if last in ROLE_GOVERNMENT or last.rstrip("s") in ROLE_GOVERNMENT:
            return self._nearest_government(span.start)  # never a firm: "the government"
        if last in ROLE_ORG_ONLY or last.rstrip("s") in ROLE_ORG_ONLY:
            return self._nearest(span.start, lambda a, _: self.kind[a] == "organization")
        if last == "source" or last == "sources":
            return None  # "the source, who asked not to be named": nobody named
        if last in ROLE_ORG or last.rstrip("s") in ROLE_ORG:
            return self._nearest(span.start, lambda a, _: self.kind[a] in _ORGISH)
        if last in ROLE_PERSON:
            return self._holder(span.start, last)
        return None

    def _before_noun(self, span: Span, head: tuple[int, int, str], last: str) -> str | None:
        """The actor of a phrase whose mention ``head`` is followed by lower-case words
        ending in ``last``: the mention's, unless it modifies a noun for someone else
        ("a British tourist", "Cosby's lawyer", "Clinton supporters"); a role's holder
        when the article names one ("the French president")."""
        actor = head[2]
        first = self.inside(span.start, span.end)[0]
        if first[0] == span.start and self.text[first[1] : first[1] + 1] == ",":
            return first[2]  # "Jeb Bush, the former Florida governor, …": the name first
        if last in _HEAD_ROLES:
            return self._holder(span.start, last) or self._titled(span, head) or actor
        if last in _FOR_ACTOR or (last in _ORG_TYPES and self.kind.get(actor) == "organization"):
            return actor  # "a BoA spokesman", "Le Figaro newspaper"
        text = self.text
        possessive = text[head[1] : head[1] + 1] in ("'", "’")
        led = _LED.match(text, span.start, head[0]) is not None
        if possessive or led or last in PERSON_NOUNS:
            return None
        return actor  # "Trump isn't", "Blair constantly": words the phrase took

    def _holder(self, pos: int, role: str) -> str | None:
        """The nearest person named before ``pos`` holding ``role`` ("the president")."""
        return self._nearest(pos, lambda a, _: role in _lowered(self.actors[a].roles), persons=True)

    def _titled(self, span: Span, head: tuple[int, int, str]) -> str | None:
        """The one person the article gives the title that follows ``head`` in ``span``
        ("Austria's interior minister": "Interior Minister Wolfgang Peschorn"), or None."""
        title = _POSSESSIVE_START.sub("", self.text[head[1] : span.end]).strip().lower()
        if " " not in title:
            return None  # "the minister" alone: any of them
        found = [a for a, actor in self.actors.items() if title in _lowered(actor.roles)]
        return found[0] if len(found) == 1 else None

    def _governs(self, actor_id: str) -> bool:
        """True for a country, or an organisation named as a government."""
        if self.kind[actor_id] == "country":
            return True
        name = self.actors[actor_id].name.lower()
        return self.kind[actor_id] == "organization" and any(w in name for w in ROLE_GOVERNMENT)

    def _pronoun(self, pos: int, kind: str) -> str | None:
        if kind not in ("male", "female"):
            return None
        # The nearest person before, outside quotations; confident only if of this gender
        # or of unknown gender. The speaker of a statement just made wins over persons
        # named before it ("X said …, praising Y. He added …" is X).
        found, where = None, -1
        i = bisect_right(self.starts, pos) - 1
        own = self._quote_at(pos)
        while i >= 0 and pos - self.rows[i][0] <= _REACH:
            at, _, actor = self.rows[i]
            if self.kind.get(actor) == "person" and self._quote_at(at) in (-1, own):
                if self.gender(actor) in (kind, None):
                    found, where = actor, at
                    break
            i -= 1
        last = self.last
        if last is not None and where < last[1] and 0 <= pos - last[1] <= _LAST_REACH:
            if self.kind.get(last[0]) == "person" and self.gender(last[0]) in (kind, None):
                return last[0]
        return found

    def _quote_at(self, pos: int) -> int:
        """The index of the quotation holding ``pos``, or -1: a person named inside a
        quotation is who the speaker talks about, not who "he" after it is."""
        i = bisect_right(self._quote_starts, pos) - 1
        return i if i >= 0 and pos < self._quotes[i][1] else -1

    def _nearest_government(self, pos: int) -> str | None:
        """The nearest country or government body named before ``pos`` other than as a
        place ("schools in England", "across Wales") further back than the clause of
        ``pos`` ("houses throughout Cuba, and the government promised …" is Cuba's)."""

        def governs_here(actor: str, at: int) -> bool:
            if not self._governs(actor):
                return False
            return (
                pos - at < _SAME_CLAUSE or _LOCATIVE.search(self.text, max(0, at - 24), at) is None
            )

        return self._nearest(pos, governs_here)

    def _nearest(
        self, pos: int, fits: Callable[[str, int], bool], persons: bool = False
    ) -> str | None:
        """The nearest actor named before ``pos`` (within ``_REACH``), a person or not as
        ``persons`` says, for which ``fits(actor, mention_start)`` holds."""
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and pos - self.rows[i][0] <= _REACH:
            at, _, actor = self.rows[i]
            if (self.kind.get(actor) == "person") == persons and fits(actor, at):
                return actor
            i -= 1
        return None


# After a name in a speaker phrase, nouns that leave the name's actor the speaker:
# whoever speaks for it ("a BoA spokesman", "Chinese officials", "Israeli leaders"), its
# own words or evidence ("the Johns Hopkins statement", "Treasury analysis"), "himself".
_FOR_ACTOR = (
    ROLE_ORG
    | EVIDENCE
    | EVIDENCE_HEADS
    | {f"{r}s" for r in ROLE_PERSON}
    | frozenset(
        "himself herself itself themselves members management bosses board coalition "
        "team unit division executive executives".split()
    )
)
# Roles whose holder speaks for the actor named before them ("the England coach"): the
# holder when the article names one, else that actor.
_HEAD_ROLES = ROLE_PERSON | frozenset("coach manager boss captain".split())
# Nouns naming what a firm is ("Le Figaro newspaper"), after its name.
_ORG_TYPES = frozenset(
    "newspaper magazine paper website channel network broadcaster club association "
    "institute bank jury".split()
)
_ABOUT = re.compile(rf"\b(?:{'|'.join(sorted(ABOUT_WORDS))})\s+(?:with|to|on|in|of)\s")
# Words before a name that make it a modifier ("a Trump supporter", "some Clinton allies").
_LED = re.compile(
    r"(?:(?:a|an|one|some|many|several|another|other|two|three|top|senior|former)\s+)+$",
    re.I,
)


def _gender(text: str, actor: Actor) -> str | None:
    """``male``/``female`` from an honorific or title, the given name, or the pronouns
    of the sentences that name the person; None when unsure."""
    for mention in actor.mentions:
        before = _WORD_RE.findall(text[max(0, mention.start - 12) : mention.start])
        word = before[-1].lower() if before else ""
        if word in FEMALE_TITLES:
            return "female"
        if word in MALE_TITLES:
            return "male"
    first = actor.name.split()[0] if actor.name else ""
    if first in FEMALE_NAMES:
        return "female"
    if first in MALE_NAMES:
        return "male"
    he = she = 0
    for mention in actor.mentions[:4]:
        window = text[mention.end : mention.end + 200]
        he += len(_HE_RE.findall(window))
        she += len(_SHE_RE.findall(window))
    if he >= 2 * she + 1:
        return "male"
    if she >= 2 * he + 1:
        return "female"
    return None


_POSSESSIVE_START = re.compile(r"^['’]s?\s")  # "'s " or "' " before a title


def _lowered(roles: Sequence[str]) -> set[str]:
    return {r.lower() for r in roles}
