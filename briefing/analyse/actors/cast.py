"""The actors of one article while they are assembled: drafts and their indexes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import takewhile

from briefing.analyse.actors.context import used_as_modifier
from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.roles import one_holder, role_core
from briefing.analyse.actors.tokens import Seg, acronym_of
from briefing.analyse.actors.words import REGNAL
from briefing.analyse.attribution_words import EITHER_SEX_NAMES, FEMALE_NAMES, MALE_NAMES
from briefing.model import ActorKind, Mention, MentionReason

_FEMALE = frozenset(("mrs", "ms", "miss", "madam", "dame", "lady", "first lady", "queen"))
_MALE = frozenset(("mr", "sir", "lord", "king", "prince", "first gentleman"))


@dataclass(slots=True)
class Draft:
    """An actor being assembled; ``guess`` marks a person guessed from capitals alone."""

    name: str
    kind: ActorKind
    guess: bool = False
    known: bool = False  # named by a gazetteer entry
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # as found, in any order

    def add(self, start: int, end: int, text: str, reason: MentionReason) -> None:
        """Record one mention."""
        self.mentions.append(Mention(start, end, text, reason))


class Cast:
    """The drafts of one article by name, with the indexes resolution looks up.

    ``surnames``: surname -> (first position, full name) of the persons who have it;
    ``heads``: institution noun ("embassy") -> (position, name) of those found;
    ``org_words``: first word of exactly one multi-word organization -> its name (a lone
    word joins it unless :meth:`thing_word`);
    ``initials``: acronym -> organizations it spells; ``role_owners``: lower-case
    role -> names of the drafts that hold it; ``givens``: given name -> full names;
    ``regnal``: a name without its regnal number -> the names with it;
    ``lone_words``: a capitalised word found alone that joined no actor -> where (see
    :func:`briefing.analyse.actors.resolve.lone_words`); ``firm_words``: one-word names
    that some occurrence types an organization ("Wexbury chief executive").
    """

    def __init__(self, text: str, gaz: Gazetteer) -> None:
        self.text = text
        self.gaz = gaz
        self.drafts: dict[str, Draft] = {}
        self.surnames: dict[str, list[tuple[int, str]]] = {}
        self.heads: dict[str, list[tuple[int, str]]] = {}
        self.org_words: dict[str, str] = {}
        self.initials: dict[str, list[str]] = {}
        self.role_owners: dict[str, list[str]] = {}
        self.givens: dict[str, set[str]] = {}  # first word of a full name -> the names
        self.regnal: dict[str, set[str]] = {}  # "John Paul" -> {"John Paul II"}
        self.tails: dict[str, str] = {}  # "Maria Lopez" -> "Ana Maria Lopez" (one owner)
        self.lone_words: dict[str, list[tuple[int, int]]] = {}  # word alone -> spans
        self.firm_words: set[str] = set()  # one-word names typed an organization somewhere
        self._things: dict[str, bool] = {}  # word -> used as a modifier somewhere

    def get(self, name: str, kind: ActorKind) -> Draft:
        """The draft for ``name``, created on first use (a place may become a country)."""
        d = self.drafts.get(name)
        if d is None:
            d = self.drafts[name] = Draft(name, kind)
            if kind in ("organization", "group") and " " in name:
                self.initials.setdefault(acronym_of(name), []).append(name)
        elif d.kind == "place" and kind == "country":
            d.kind = kind
        return d

    def add_roles(self, d: Draft, roles: Sequence[str]) -> None:
        """Give ``d`` the roles, indexed for "the President"-style references."""
        for r in roles:
            r = one_holder(r)
            if r not in d.roles:
                d.roles.append(r)
                self.role_owners.setdefault(r.lower(), []).append(d.name)

    def thing_word(self, word: str) -> bool:
        """True if the article writes ``word`` alone before a noun it modifies ("the
        CRISPR system"; :func:`~briefing.analyse.actors.context.used_as_modifier`): a
        thing's name, neither a firm's short form nor a person's given name."""
        hit = self._things.get(word)
        if hit is None:
            hit = self._things[word] = used_as_modifier(word, self.text)
        return hit

    def short_form(self, word: str) -> bool:
        """True if ``word``, the first word of the one organization in ``org_words``,
        stands for it here: not a surname, nor a word the article uses for a thing
        ("the CRISPR system")."""
        return word not in self.surnames and not self.thing_word(word)

    def given_name(self, word: str, kind: str) -> bool:
        """True if ``word``, the given name of one full name in ``givens``, may be that
        person here: an unknown or a person, not a word the article uses for a thing
        ("the Mac mini", "a Mac user")."""
        return (kind == "person" or kind == "unknown") and not self.thing_word(word)

    def compatible(self, owner: str, seg: Seg) -> bool:
        """True if a titled surname ("President Bush") may be the person ``owner``.

        Not when the title and the owner's roles are both known and share nothing
        ("President" and "first lady"), nor when they mark different sexes ("Mr"/"Mrs"),
        nor when the title's sex is not that of the owner's given name ("Mrs" and James).
        """
        d = self.drafts.get(owner)
        if d is None or owner == seg.text:
            return True
        if not seg.roles and not seg.honorific:
            return True
        offices = {role_core(r) for r in seg.roles}
        said = {*offices, role_core(seg.honorific)} if seg.honorific else offices
        held = {role_core(r) for r in d.roles}
        if (said & _FEMALE and held & _MALE) or (said & _MALE and held & _FEMALE):
            return False
        given = owner.split(" ", 1)[0] if " " in owner else ""
        if given in EITHER_SEX_NAMES:
            given = ""
        if (said & _FEMALE and given in MALE_NAMES) or (said & _MALE and given in FEMALE_NAMES):
            return False  # "Mrs Creag" is not James Creag
        return not (offices and held and not offices & held)

    def person_key(self, name: str) -> str:
        """Merge "George W. Bush" with "George Bush" (same first and last word), and
        "Maria Lopez" with the one "Ana Maria Lopez" it ends."""
        parts = name.split()
        if len(parts) == 2 and self.tails:
            full = self.tails.get(name)
            return name if full is None else self.person_key(full)
        if len(parts) > 2:
            short = f"{parts[0]} {parts[-1]}"
            if short in self.drafts and self.drafts[short].kind == "person":
                return short
        return name

    def note_tails(self, persons: list[Seg]) -> None:
        """Index the persons of three words or more by their last two ("Maria Lopez" of "Ana
        Maria Lopez"; not "F. Kennedy") and by their first two when both are given names
        ("Mary Kay" of "Mary Kay Letourneau") where only one name ends or opens so, leaving
        out a tail whose first word is a given name and the name's first is not ("Corkman
        Mark Carroll": "Mark Carroll" is the name). ``persons``: the multi-word names."""
        owners: dict[str, set[str]] = {}
        given = self.gaz.given_any
        for seg in persons:
            if seg.words > 2 and not seg.name:
                parts = seg.text.split()
                middle = parts[-2]
                if parts[0] in given and parts[1] in given and parts[-1] not in REGNAL:
                    owners.setdefault(f"{parts[0]} {parts[1]}", set()).add(seg.text)  # "Mary Kay"
                if middle[0].isupper() and middle[-1] != "." and parts[-1] not in REGNAL:
                    if middle in given and parts[0] not in given:
                        continue  # "Corkman Mark Carroll": "Mark Carroll" is the name
                    owners.setdefault(f"{middle} {parts[-1]}", set()).add(seg.text)
        self.tails = {tail: next(iter(keys)) for tail, keys in owners.items() if len(keys) == 1}

    def surname_owner(self, surname: str, pos: int) -> str | None:
        """The one person whose surname this is (preferring names seen before ``pos``)."""
        owners = self.surnames.get(surname)
        if not owners:
            return None
        # Owners are distinct keys in order of first mention: two are enough to decide
        # (linear in the owners consulted, not in all of them: "Smith" x 10,000).
        before = _two_keys(key for first, key in takewhile(lambda o: o[0] < pos, owners))
        pool = before or _two_keys(key for _, key in owners)
        return next(iter(pool)) if len(pool) == 1 else None


def _two_keys(keys: Iterable[str]) -> set[str]:
    """The first two distinct keys (or fewer)."""
    out: set[str] = set()
    for key in keys:
        out.add(key)
        if len(out) == 2:
            break
    return out
