"""Derived lookups of a compiled gazetteer: folded forms, spans, title sets, phrases."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Entry = Any  # briefing.analyse.actors.gazetteer.Entry (that module imports this one)

# Preference when two entries claim one surface form: the earlier kind wins.
RANK = {"country": 0, "organization": 1, "group": 1, "person": 1, "place": 2}


def _fold(entries: Mapping[str, Entry], keys: set[str] | None = None) -> dict[str, Entry]:
    """Case-folded form -> entry (the first of the best-ranked), for ``keys`` or all."""
    folded: dict[str, Entry] = {}
    for form, entry in entries.items():
        key = form.casefold()
        if keys is not None and key not in keys:
            continue
        old = folded.get(key)
        if old is None or RANK.get(entry.kind, 3) < RANK.get(old.kind, 3):
            folded[key] = entry
    return folded


def _variants(first: str) -> set[str]:
    """The keys a first word of a multi-word form is found under in ``spans``."""
    return {first, first.casefold(), first[:1].upper() + first[1:]}


def _spans(forms: Sequence[str], keys: set[str] | None = None) -> dict[str, int]:
    """First word -> longest multi-word form it starts, in words, for ``keys`` or all."""
    # Every variant of an ASCII word folds to the word's own fold: a cheap filter.
    folds = None if keys is None else {k.casefold() for k in keys}
    spans: dict[str, int] = {}
    for form in forms:
        if " " not in form:
            continue
        first, _, rest = form.partition(" ")
        if not rest or (folds is not None and first.isascii() and first.casefold() not in folds):
            continue
        size = rest.count(" ") + 2
        for key in _variants(first):
            if keys is None or key in keys:
                spans[key] = max(spans.get(key, 1), size)
    return spans


def _title_sets(titles: Iterable[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Lower-cased titles, their lower-cased last words, their first words (as written
    and capitalised)."""
    titles = list(titles)
    return (
        frozenset(t.lower() for t in titles),
        frozenset(t.rsplit(" ", 1)[-1].lower() for t in titles),
        frozenset(
            v for t in titles for f in [t.split(" ", 1)[0]] for v in (f, f[:1].upper() + f[1:])
        ),
    )


def _phrases(references: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """Invert phrase -> names into name -> phrases."""
    out: dict[str, list[str]] = {}
    for phrase, names in references.items():
        for name in names:
            out.setdefault(name, []).append(phrase)
    return {name: tuple(p) for name, p in out.items()}
