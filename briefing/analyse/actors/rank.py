"""Ranking the drafts of an article into actors: salience and stable ids."""

from __future__ import annotations

import re
import unicodedata
from operator import attrgetter

from briefing.analyse.actors.cast import Cast, Draft
from briefing.model import MENTION_WEIGHT, Actor, Mention

_KIND_WEIGHT = {"place": 0.6}  # a place is more often a setting than an actor
_GUESS_WEIGHT = 0.5  # a guessed person with no second sign (see rank_actors)
_ORDER = attrgetter("start", "end", "text", "reason")  # mentions sort as their values
_SLUG_RE = re.compile(r"[^a-z0-9]+")
_SLUGS: dict[str, str] = {}  # name -> slug: a pure function's answers, shared by articles
_SLUGS_LIMIT = 50_000
_SCORES: dict[tuple[float, int], float] = {}  # (base, mentions) -> confidence, likewise


def rank_actors(cast: Cast) -> tuple[Actor, ...]:
    """The drafts of ``cast`` as actors, most salient first.

    Salience sums, over mentions, ``2 - start / len(text)`` (an early mention counts up
    to twice a late one) times the mention's weight (:data:`briefing.model.MENTION_WEIGHT`),
    then times the kind's weight. A guessed person (capitalised words, no given name)
    with no second sign (a role or a mention that is not a plain name) keeps half its
    salience: foreign names are often unknown, so such actors are kept but ranked lower.
    Ids are the slug of the canonical name, de-duplicated with a suffix ("-2"); the name
    shown is :func:`display_name`.
    """
    seen: set[str] = set()
    out = []
    for _, _, d, mentions, salience, plain in _ranked(cast):
        name = d.name
        base = _SLUGS.get(name) or _slug(name)  # the canonical name: stable across articles
        ident = base
        if ident in seen:
            k = 2
            while ident in seen:
                ident, k = f"{base}-{k}", k + 1
        seen.add(ident)
        forms = [m.text for m in mentions if m.text != name]
        if forms:  # else the name is in the text: shown as it is
            name = display_name(d, mentions, cast.text)
            if name != d.name:  # the canonical name first: "also known as"
                forms = [d.name] + [m.text for m in mentions if m.text != name]
            aliases = tuple(dict.fromkeys(forms))
        else:
            aliases = ()
        out.append(
            Actor(
                ident,
                name,
                d.kind,
                tuple(d.roles),
                aliases,
                tuple(mentions),
                round(salience, 3),
                confidence(d, mentions, plain),
            )
        )
    return tuple(out)


def _ranked(cast: Cast) -> list[tuple[float, int, Draft, list[Mention], float, bool]]:
    """The drafts with mentions as (-salience, first start, draft, mentions one per span,
    salience, every mention a plain name), most salient first (see :func:`rank_actors`)."""
    n = max(len(cast.text), 1)
    kind_weight = _KIND_WEIGHT.get
    ranked = []
    for d in cast.drafts.values():
        mentions = d.mentions
        if not mentions:
            continue
        salience, plain = _salience(mentions, n)
        if salience < 0.0:  # out of order or two at one start: sort, then sum again
            mentions = _one_per_span(mentions)
            salience = _salience(mentions, n)[0]
            plain = all(m.reason == "name" for m in d.mentions)
        if d.guess and plain and not d.roles:
            salience *= _GUESS_WEIGHT  # no second sign
        factor = kind_weight(d.kind)
        if factor is not None:
            salience *= factor
        ranked.append((-salience, mentions[0].start, d, mentions, salience, plain))
    ranked.sort(key=_rank_key)
    return ranked


def _salience(mentions: list[Mention], n: int) -> tuple[float, bool]:
    """The summed salience of ``mentions`` in a text of ``n`` characters, and whether all
    are plain names; a salience of -1 if they are not in order, one per start."""
    salience = 0.0
    plain = True
    last = -1
    for m in mentions:
        start = m.start
        if start <= last:
            return -1.0, plain
        last = start
        if m.reason == "name":  # weight 1: the product would be the same float
            salience += 2.0 - start / n
        else:
            plain = False
            salience += MENTION_WEIGHT.get(m.reason, 1.0) * (2.0 - start / n)
    return salience, plain


def display_name(d: Draft, mentions: list[Mention], text: str) -> str:
    """The name to show: the gazetteer's canonical name if the article uses it, else the
    fullest form the article names the entity by ("Britain" for United Kingdom, "Tories"
    for Conservative Party, "GlaxoSmithKline" for GSK). A form that is the canonical name
    up to case and accents, or a run of its words ("BOSTON", "Labour" of Labour Party),
    keeps the canonical name.

    Only name and alias mentions count as forms (a surname, title, demonym or reference
    is not a name); the fullest is the one with most words, then most characters, then
    most mentions. The canonical name stays the actor's id and first alias, so one entity
    keeps one id across articles.
    """
    canonical = d.name
    if canonical in text:
        return canonical
    counts: dict[str, int] = {}
    for m in mentions:
        if m.reason == "name" or m.reason == "alias":
            counts[m.text] = counts.get(m.text, 0) + 1
    if not counts:
        return canonical
    words = _fold(canonical)
    for form in counts:
        f = _fold(form)
        if any(words[i : i + len(f)] == f for i in range(len(words) - len(f) + 1)):
            return canonical  # its own name up to case or accents, or a short form of it
    return max(counts, key=lambda f: (f.count(" ") + 1, len(f), counts[f], f))


def _fold(name: str) -> list[str]:
    """The words of ``name`` up to case, accents, hyphens and dots ("Nestle" = "Nestlé")."""
    plain = name
    if not name.isascii():  # ASCII has no accents to take off
        plain = unicodedata.normalize("NFKD", name)
        plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain.casefold().replace("-", " ").replace(".", "").split()


def confidence(d: Draft, mentions: list[Mention], plain: bool) -> float:
    """How sure the actor is, 0-1, from the evidence that made it.

    A gazetteer name starts at 0.9, a person with a known given name or a role, or a name
    found by its shape with a second sign (an honorific, an organization suffix) at 0.7,
    a guessed person with no second sign at 0.4 and a lone capitalised word at 0.35;
    each further mention adds 0.03, up to 1. ``plain``: every mention of ``d`` is a plain
    name.
    """
    if d.known:
        base = 0.9
    elif d.roles or not plain:
        base = 0.7
    elif d.guess:
        base = 0.4
    elif " " not in d.name:
        base = 0.35
    else:
        base = 0.7
    key = (base, len(mentions))
    score = _SCORES.get(key)
    if score is None:
        if len(_SCORES) > _SLUGS_LIMIT:
            _SCORES.clear()
        score = _SCORES[key] = round(min(1.0, base + 0.03 * (key[1] - 1)), 2)
    return score


def _one_per_span(mentions: list[Mention]) -> list[Mention]:
    """The mentions in order, one per ``[start, end)``."""
    last = -1
    for m in mentions:
        if m.start <= last:
            break
        last = m.start
    else:
        return mentions  # found in order, no two at one start: the common case
    mentions = sorted(mentions, key=_ORDER)
    kept = [mentions[0]]
    for i in range(1, len(mentions)):
        m, before = mentions[i], mentions[i - 1]
        if m.start != before.start or m.end != before.end:
            kept.append(m)
    return kept


def _rank_key(r: tuple[float, int, Draft, list[Mention], float, bool]) -> tuple[float, int]:
    return r[0], r[1]


def _slug(name: str) -> str:
    slug = _SLUGS.get(name)
    if slug is None:
        if len(_SLUGS) > _SLUGS_LIMIT:
            _SLUGS.clear()
        plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
        slug = _SLUGS[name] = _SLUG_RE.sub("-", plain).strip("-") or "actor"
    return slug
