"""The built-in gazetteer: countries, places, organizations, titles and name lists.

The packaged ``data/gazetteer.yaml`` is compiled once into dictionaries keyed by surface
form, so actor extraction only does dict lookups; config ``actors.extra`` entries extend
or override built-in ones. :mod:`~briefing.analyse.actors.gazetteer_cache` caches it.

Besides the keys of the schema (countries, places, organizations, titles, given_names,
org_suffixes, org_prefixes) it reads ``capital_aliases`` of a country, ``kind: nation``
of a place (England, Scotland, Wales count as countries), ``ambiguous_given_names``
(first names that are also words or places, trusted only before a surname) and
``surname_first`` (family names written first, as in "Xi Jinping").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple, cast

from briefing.analyse.actors.gazetteer_index import (
    RANK,
    _fold,
    _phrases,
    _spans,
    _title_sets,
    _variants,
)
from briefing.analyse.actors.tokens import is_acronym
from briefing.analyse.english import RANK_TITLES
from briefing.config import ActorSpec
from briefing.model import ActorKind, MentionReason

# Acronyms in the gazetteer may be longer than those the text rules trust ("UNESCO").
_ACRONYM_LETTERS = 8

_RANK = RANK


class Entry(NamedTuple):
    """What one surface form refers to.

    ``reason`` is the mention reason the form carries (name, alias, acronym, capital).
    ``capital_of`` names the country a capital or seat of government stands for.
    A named tuple, not a dataclass: thousands of them unpickle from the compiled cache
    at start-up, and tuples unpickle fastest (figures in ``bench/actors.py``).
    """

    name: str
    kind: ActorKind
    reason: MentionReason = "name"
    capital_of: str = ""
    ambiguous: bool = False
    roles: tuple[str, ...] = ()


class WordInfo(NamedTuple):
    """Context-free facts about one word (as written), memoised in :attr:`Gazetteer.memo`.

    Computed by :func:`briefing.analyse.actors.lookup.word_info`.

    ``plain`` means nothing in the gazetteer, titles or word lists starts with the word,
    so a run of plain words is one unknown chunk.
    """

    entry: Entry | None  # the entry ``lookup.gaz_match`` finds for the word alone
    stop: bool  # a function or calendar word, a title or an honorific
    demonym: bool
    common: bool  # an ordinary word opening a sentence, by its form alone (see ``lookup``)
    plain: bool
    hyphen_lower: bool  # ends in a hyphenated lower-case part ("London-based")
    lower: str
    acronym: bool
    org_head: bool  # marks an organization ("Bank", "Inc", "Ministries")
    closed: bool  # a function word or a frequent news word
    alone: int  # the length ``gaz_match`` gives the word alone (-1: "Corp." for Corp)
    span: int  # the longest entry or title it may start, in words


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Compiled lookup structures; treat as immutable once built.

    Attributes:
        entries: exact surface form -> entry ("NATO", "Beijing", "United States").
        folded: case-folded surface form -> entry, for ALL-CAPS lines.
        demonyms: demonym ("Chinese") -> country name.
        references: lower-case phrase ("the alliance") -> names it may refer to.
        titles: title ("President", "Prime Minister") -> category.
        lower_titles: lower-cased titles, for roles written in lower case.
        title_tails: lower-cased last words of titles, to test cheaply for a title.
        title_firsts: first words of titles, as written and capitalised.
        honorifics: "Mr", "Dr", ... (without a full stop).
        given_names: common first names that are not also ordinary words or places.
        given_any: those plus ambiguous ones ("Bill", "Chelsea"), trusted before a surname.
        surname_first: family names written first ("Xi" of "Xi Jinping").
        org_suffixes: last words that mark an organization ("Inc", "Party").
        org_prefixes: opening words that mark one ("Bank of", "University of").
        max_words: the longest entry or title, in words.
        spans: first word of a multi-word entry or title -> its longest length in words.
        phrases: name -> the lower-case reference phrases that may stand for it.
        shared: a form two or more organizations claim ("Treasury") -> their names.
        homes: organization name -> its country, for choosing among shared forms.
        clubs: a city's name -> the football club it stands for in a football report.
        memo: a cache of per-word facts that actor extraction fills (not part of the value).
    """

    entries: Mapping[str, Entry] = field(default_factory=dict)
    folded: Mapping[str, Entry] = field(default_factory=dict)
    demonyms: Mapping[str, str] = field(default_factory=dict)
    references: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    titles: Mapping[str, str] = field(default_factory=dict)
    lower_titles: frozenset[str] = frozenset()
    title_tails: frozenset[str] = frozenset()
    title_firsts: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    given_any: frozenset[str] = frozenset()
    surname_first: frozenset[str] = frozenset()
    org_suffixes: frozenset[str] = frozenset()
    org_prefixes: frozenset[str] = frozenset()
    max_words: int = 1
    spans: Mapping[str, int] = field(default_factory=dict)
    phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    shared: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    homes: Mapping[str, str] = field(default_factory=dict)
    clubs: Mapping[str, str] = field(default_factory=dict)
    memo: dict[str, WordInfo] = field(default_factory=dict, compare=False, repr=False)

    def lookup(self, form: str) -> Entry | None:
        """Return the entry for an exact surface form, if any."""
        return self.entries.get(form)


def _strings(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v).strip() for v in value if v is not None and str(v).strip()]


# Words spelled two ways in names (British, American): a name of several words is also
# found in the other spellings ("Organisation for Security and Cooperation in Europe").
_SPELLINGS = {
    "Organization": "Organisation",
    "Organizations": "Organisations",
    "Co-operation": "Cooperation",
    "Co-operative": "Cooperative",
    "Defence": "Defense",
    "Centre": "Center",
    "Programme": "Program",
}
_SPELLINGS.update({b: a for a, b in list(_SPELLINGS.items())})


def spellings(forms: Sequence[str]) -> list[str]:
    """The other spellings of the names of several words in ``forms`` (see
    :data:`_SPELLINGS`; every mix of them, the forms themselves left out)."""
    out: dict[str, None] = {}
    for form in forms:
        words = form.split(" ")
        if len(words) < 2 or not any(w in _SPELLINGS for w in words):
            continue
        variants = [""]
        for w in words:
            ways = (w, _SPELLINGS[w]) if w in _SPELLINGS else (w,)
            variants = [f"{v} {x}" if v else x for v in variants for x in ways]
        out.update(dict.fromkeys(v for v in variants if v not in forms))
    return list(out)


class _Builder:
    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.demonyms: dict[str, str] = {}
        self.references: dict[str, list[str]] = {}
        self.titles: dict[str, str] = {}
        self.claims: dict[str, list[str]] = {}  # form -> organizations that claim it
        self.homes: dict[str, str] = {}
        self.clubs: dict[str, str] = {}

    def add(self, form: str, entry: Entry, *, override: bool = False) -> None:
        # "People's Bank of China" also as web pages write it: "People’s Bank of China"
        for f in (form, form.replace("'", "’")) if "'" in form else (form,):
            old = self.entries.get(f)
            if (
                old is None
                or override
                or _RANK.get(entry.kind, 3) < _RANK.get(old.kind, 3)
                or (old.reason != "name" and entry.reason == "name" and old.kind == entry.kind)
            ):
                if old is not None and old.capital_of and not entry.capital_of and not override:
                    self.entries[f] = entry._replace(capital_of=old.capital_of)
                else:
                    self.entries[f] = entry

    def add_names(
        self,
        name: str,
        aliases: Sequence[str],
        kind: ActorKind,
        *,
        ambiguous: bool = False,
        roles: tuple[str, ...] = (),
        override: bool = False,
    ) -> None:
        self.add(name, Entry(name, kind, "name", "", ambiguous, roles), override=override)
        for alias in aliases:
            if alias == name:
                continue
            reason: MentionReason = "acronym" if is_acronym(alias, _ACRONYM_LETTERS) else "alias"
            self.add(alias, Entry(name, kind, reason, "", ambiguous, roles), override=override)

    def countries(self, items: Sequence[Mapping[str, Any]]) -> None:
        for item in items:
            name = str(item.get("name", "")).strip()
            if not name:
                continue
            aliases = _strings(item.get("aliases")) + _strings(item.get("official"))
            self.add_names(name, aliases, "country", ambiguous=bool(item.get("ambiguous")))
            capitals = _strings(item.get("capital"))
            for capital in capitals:
                self.add(capital, Entry(capital, "place", "name", name))
            for alias in _strings(item.get("capital_aliases")):
                main = capitals[0] if capitals else alias
                self.add(alias, Entry(main, "place", "alias", name))
            for seat in _strings(item.get("seats")):
                self.add(seat, Entry(name, "country", "capital", name))
            for demonym in _strings(item.get("demonyms")):
                self.demonyms.setdefault(demonym, name)

    def places(self, items: Sequence[Mapping[str, Any]]) -> None:
        for item in items:
            name = str(item.get("name", "")).strip()
            if name:
                # England, Scotland, Wales: nations, treated as countries.
                kind: ActorKind = "country" if item.get("kind") == "nation" else "place"
                self.add_names(
                    name, _strings(item.get("aliases")), kind, ambiguous=bool(item.get("ambiguous"))
                )

    def organizations(self, items: Sequence[Mapping[str, Any]]) -> None:
        for item in items:
            name = str(item.get("name", "")).strip()
            if not name:
                continue
            kind: ActorKind = "group" if item.get("kind") == "group" else "organization"
            aliases = _strings(item.get("aliases")) + _strings(item.get("full"))
            self.add_names(name, aliases, kind, ambiguous=bool(item.get("ambiguous")))
            for variant in spellings([name, *aliases]):
                if variant not in self.entries:  # never another entry's form
                    self.add(variant, Entry(name, kind, "alias", "", bool(item.get("ambiguous"))))
            for demonym in _strings(item.get("demonyms")):
                if " " in demonym:  # "Liberal Democrat": one word ("Democrat") is a noun too
                    self.add(demonym, Entry(name, kind, "demonym", "", True))
            if item.get("country"):
                self.homes[name] = str(item["country"])
            for city in _strings(item.get("city_forms")):
                self.clubs.setdefault(city, name)
            for form in dict.fromkeys([name, *aliases]):
                self.claims.setdefault(form, []).append(name)
            for phrase in _strings(item.get("references")):
                names = self.references.setdefault(phrase.lower(), [])
                if name not in names:
                    names.append(name)

    def extra(self, specs: Sequence[ActorSpec]) -> set[str]:
        """Add config extras over the entries; return every form removed or (re)set."""
        touched: set[str] = set()
        for spec in specs:
            forms = [spec.name, *spec.aliases]
            # An extra naming a built-in entry replaces that entry everywhere.
            replaced = {self.entries[f].name for f in forms if f in self.entries}
            if replaced:
                gone = [
                    form
                    for form, entry in self.entries.items()
                    if entry.name in replaced and not entry.capital_of
                ]
                for form in gone:
                    del self.entries[form]
                touched.update(gone)
            self.add_names(
                spec.name,
                spec.aliases,
                cast(ActorKind, spec.kind),
                roles=tuple(spec.roles),
                override=True,
            )
            touched.update([*forms, *(f.replace("'", "’") for f in forms if "'" in f)])
        return touched


def build_gazetteer(data: Mapping[str, Any], extra: Sequence[ActorSpec] = ()) -> Gazetteer:
    """Compile parsed gazetteer YAML (see the packaged file for the schema) plus extras."""
    b = _Builder()
    b.countries(data.get("countries") or [])
    b.places(data.get("places") or [])
    b.organizations(data.get("organizations") or [])
    titles = data.get("titles") or {}
    # One-letter honorifics ("M.") would swallow initials ("M. Atherton").
    honorifics = frozenset(
        t.rstrip(".") for t in _strings(titles.get("honorifics")) if len(t.rstrip(".")) > 1
    )
    for category, values in titles.items():
        if category == "honorifics":
            continue
        for title in _strings(values):
            b.titles.setdefault(title, category)
            if title.endswith("."):
                b.titles.setdefault(title[:-1], category)
    for title in RANK_TITLES:
        b.titles.setdefault(title, "rank")
    lists = Gazetteer(
        honorifics=honorifics,
        given_names=frozenset(_strings(data.get("given_names"))),
        given_any=frozenset(
            _strings(data.get("given_names")) + _strings(data.get("ambiguous_given_names"))
        ),
        surname_first=frozenset(_strings(data.get("surname_first"))),
        org_suffixes=frozenset(s.rstrip(".") for s in _strings(data.get("org_suffixes"))),
        org_prefixes=frozenset(_strings(data.get("org_prefixes"))),
    )
    return _compile(b, extra, lists)


def extend_gazetteer(base: Gazetteer, extra: Sequence[ActorSpec]) -> Gazetteer:
    """``base`` (built with no extras) plus config extras: equal to building both at once.

    Only the lookups of the forms the extras remove or set are recomputed; everything
    else is shared with ``base`` (a gazetteer is never changed once built).
    """
    b = _Builder()
    b.entries = dict(base.entries)
    touched = b.extra(extra)
    titles = dict(base.titles)
    added = []  # roles of extras that are not titles yet
    for spec in extra:
        for role in spec.roles:
            if role not in titles:
                titles[role] = "extra"
                added.append(role)
    folded = dict(base.folded)
    keys = {form.casefold() for form in touched}
    for key in keys:
        folded.pop(key, None)
    folded.update(_fold(b.entries, keys))
    spans = dict(base.spans)
    keys = {
        v for form in [*touched, *added] if " " in form for v in _variants(form.partition(" ")[0])
    }
    for key in keys:
        spans.pop(key, None)
    spans.update(_spans([*b.entries, *titles], keys))
    lower, tails, firsts = _title_sets(added)
    return replace(  # demonyms, references, phrases and the name lists are unchanged
        base,
        entries=b.entries,
        folded=folded,
        titles=titles,
        spans=spans,
        lower_titles=base.lower_titles | lower,
        title_tails=base.title_tails | tails,
        title_firsts=base.title_firsts | firsts,
        max_words=min(max(spans.values(), default=1), 8),
        memo={},
    )


def _compile(b: _Builder, extra: Sequence[ActorSpec], lists: Gazetteer) -> Gazetteer:
    """Apply ``extra`` to the built entries and derive every lookup structure.

    ``lists`` supplies the name lists that come from the YAML alone (honorifics,
    given names, surname-first names, organization suffixes and prefixes).
    """
    b.extra(extra)
    for spec in extra:
        for role in spec.roles:
            b.titles.setdefault(role, "extra")
    spans = _spans([*b.entries, *b.titles])
    lower, tails, firsts = _title_sets(b.titles)
    return replace(
        lists,
        entries=b.entries,
        folded=_fold(b.entries),
        demonyms=b.demonyms,
        references={k: tuple(v) for k, v in b.references.items()},
        titles=b.titles,
        lower_titles=lower,
        title_tails=tails,
        title_firsts=firsts,
        # The longest form has the largest span (one-word forms have none).
        max_words=min(max(spans.values(), default=1), 8),
        spans=spans,
        phrases=_phrases(b.references),
        shared={f: tuple(names) for f, names in b.claims.items() if len(names) > 1},
        homes=b.homes,
        clubs=b.clubs,
        memo={},
    )
