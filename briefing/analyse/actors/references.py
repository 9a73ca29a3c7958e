"""References: "the alliance" or "the embassy" standing for an organization named earlier.

Only the phrases of organizations already found (and the institution nouns of those
found by a demonym, "the embassy") are searched, with ``str.find``; a phrase joins the
one organization named before it that it may stand for, never one of two.
"""

from __future__ import annotations

import bisect

from briefing.analyse.actors.cast import Cast, Draft


def references(cast: Cast) -> None:
    """Add "the alliance"-style mentions for organizations named in the article.

    Only the phrases of organizations already found (and "the embassy"-style nouns of
    institutions found) are searched, with ``str.find``.
    """
    gaz, text = cast.gaz, cast.text
    phrases = {p for name in cast.drafts for p in gaz.phrases.get(name, ())}
    phrases.update(f"the {head}" for head in cast.heads)
    if not phrases:
        return
    hits = _hits(text, phrases)
    if not hits:
        return  # most articles: no phrase stands alone in the text
    taken = sorted((m.start, m.end) for d in cast.drafts.values() for m in d.mentions)
    starts = [t[0] for t in taken]
    covered = -1
    for pos, neg_end, phrase in hits:
        k = bisect.bisect_right(starts, pos)
        if (
            pos < covered
            or (k and taken[k - 1][1] > pos)
            or (k < len(taken) and taken[k][0] < -neg_end)
        ):
            continue  # overlaps a name already found ("Metropolitan Police")
        covered = -neg_end
        last: dict[str, int] = {}
        for name, d in _referred(cast, phrase):
            seen = [x.start for x in d.mentions if x.start < pos and x.reason != "reference"]
            if seen:
                last[name] = max(seen)
        if phrase[:4] == "the ":
            for p, name in cast.heads.get(phrase.rsplit(" ", 1)[-1], ()):
                if p < pos:
                    last[name] = max(p, last.get(name, -1))
        if len(last) == 1:  # two candidates: a wrong merge is worse than none
            cast.drafts[next(iter(last))].add(pos, covered, text[pos:covered], "reference")


def _hits(text: str, phrases: set[str]) -> list[tuple[int, int, str]]:
    """Where the phrases stand as words in ``text`` (also capitalised), as (start, -end,
    phrase), sorted."""
    hits = []
    size = len(text)
    for phrase in phrases:
        for form in {phrase, phrase[:1].upper() + phrase[1:]}:
            i = text.find(form) if form in text else -1  # "in" is the cheaper call
            while i >= 0:
                j = i + len(form)
                if (i == 0 or not text[i - 1].isalnum()) and (j == size or not text[j].isalnum()):
                    hits.append((i, -j, phrase))
                i = text.find(form, j)
    hits.sort()
    return hits


def _referred(cast: Cast, phrase: str) -> list[tuple[str, Draft]]:
    """The drafts (with their names) the gazetteer says ``phrase`` may refer to."""
    memo = _REFERS[0]
    if memo[0] is not cast.gaz:
        memo = _REFERS[0] = (cast.gaz, {})
    names = memo[1].get(phrase)
    if names is None:
        names = memo[1][phrase] = frozenset(cast.gaz.references.get(phrase, ()))
    return [(name, d) for name, d in cast.drafts.items() if name in names]


# (gazetteer, phrase -> the names it may refer to as a set): swapped whole with the
# gazetteer; "the party" may stand for a hundred parties, an article names a few drafts.
_REFERS: list = [(None, {})]
