"""Typing unknown chunks: :func:`plan_chunk` asks named rules in turn, from the surest: an event
or a place by its last or first word, a person by a title or honorific, an organization by its
head word, a split where "of"/"and" join two names, then the shape of a name;
:func:`classify_word` types one word by its context.
"""

from __future__ import annotations

import re

from briefing.analyse.actors.bounds import Bounds
from briefing.analyse.actors.context import (
    BODY_AFTER,
    appears_lower,
    body_noun_follows,
    firm_title_before,
    next_word,
    noun_after,
    place_before_noun,
    place_of,
    prev_word,
    site_name,
    title_before,
    title_follows,
)
from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.lookup import word_info
from briefing.analyse.actors.person_cues import kin_before, person_after
from briefing.analyse.actors.plurals import plural_name
from briefing.analyse.actors.ticker import acronym_firm
from briefing.analyse.actors.tokens import Seg, SegKind, Word, camel_case, is_acronym
from briefing.analyse.actors.words import (
    EVENT_HEADS,
    GIVEN_PARTICLES,
    JOB_ENDINGS,
    JOINTS,
    NOT_PLACE_ENDINGS,
    NOUN_ENDINGS,
    ORG_HEADS,
    PLACE_AFTER,
    PLACE_FIRST,
    PLACE_LAST,
    PLACE_PREPS,
    PRESS_NOUNS,
    SPEECH,
    TEAM_WORDS,
    WORD_ENDINGS,
)
from briefing.analyse.english import FUNCTION_WORDS, NEWS_WORDS, ORG_NOUNS

_ORG_WORDS = ORG_NOUNS | PRESS_NOUNS  # nouns typing the name beside them an organization

# ", the (French) publisher," after a word: group 1 is the noun describing it.
_APPOSITION_RE = re.compile(
    r", (?:the|a|an) (?:[\w'-]+ ){0,2}?([a-z][a-z-]+)"
    r"(?=[,.;]| (?:of|that|which|and|behind|based|in|at|from|for|with)\b)"
)
_LONGEST_NAME = 7  # capitalised words in a name with no "of", "and" … between them
_SHAPE = frozenset(("place", "person"))  # kinds a camel-case word's shape overrules
_MINUTE_RE = re.compile(r" \d{1,3}(?:st|nd|rd|th)\b(?! (?:century|anniversary|birthday|time))")


def _facts(words: list[Word], gaz: Gazetteer) -> tuple[int, bool, list[bool], bool, bool]:
    """What the rules need about a chunk, in one pass: how many words start with a capital,
    whether a joint ("of", "and") is inside, which words are organization heads, whether
    a word is a gazetteer entry, whether one is an acronym."""
    capitals = 0
    joint = has_gaz = has_acronym = False
    heads = []
    entries, memo = gaz.entries, gaz.memo
    for w in words:
        t = w.text
        if t[0].isupper():
            capitals += 1
        elif t in JOINTS:
            joint = True
        info = memo.get(t)
        if info is None:
            info = word_info(t, gaz)
        heads.append(info.org_head)
        if not has_gaz and t in entries:
            has_gaz = True
        if info.acronym:
            has_acronym = True
    return capitals, joint, heads, has_gaz, has_acronym


# What a chunk's words alone decide, by (its text, titled): (kind, None) when they decide; (None,
# common) for one capitalised word, typed by classify_word; (None, (capitals > 3, ordinary, lower-
# case words)) for a name's shape its context types. Per gazetteer (swapped whole), bounded.
_Plan = tuple[SegKind | None, bool | tuple[bool, bool, tuple[str, ...]] | None]
_PLANS: list = [(None, {})]
_PLAN_LIMIT = 100_000


def plan_chunk(words: list[Word], form: str, gaz: Gazetteer, titled: bool) -> _Plan:
    """What the words of the unknown chunk ``form`` decide about its kind, without its
    context (see :data:`_PLANS`); ``titled``: a title or honorific precedes it.

    Planned once per chunk text and remembered across articles; :func:`type_chunk`
    reads the context at each occurrence.
    """
    memo = _PLANS[0]
    if memo[0] is not gaz:
        memo = _PLANS[0] = (gaz, {})
    plans = memo[1]
    key = (form, titled)
    plan = plans.get(key)
    if plan is None:
        if len(plans) > _PLAN_LIMIT:
            plans.clear()
        plan = plans[key] = _plan(words, gaz, titled)
    return plan


def type_chunk(seg: Seg, rest: bool | tuple | None, text: str, gaz: Gazetteer, b: Bounds) -> None:
    """Type an unknown chunk its words left open from its context (sets ``seg.kind``),
    by ``rest``, the second half of its :func:`plan_chunk` plan (``b``: the sentences)."""
    if isinstance(rest, bool):
        classify_word(seg, text, gaz, b, rest)
    elif rest is not None:
        _shape_in_context(rest, text, gaz, seg)


def _plan(words: list[Word], gaz: Gazetteer, titled: bool) -> _Plan:
    """What the words of a chunk decide without its context (see :data:`_PLANS`)."""
    capitals, joint, heads, has_gaz, has_acronym = _facts(words, gaz)
    if capitals > _LONGEST_NAME and not joint:
        return "unknown", None  # a table row or a list of terms, no one name
    if capitals > 1 and 0 < _ampersand(words) < len(words) - 1:
        return "organization", None  # "Simon & Schuster", "Marks & Spencer": a firm
    kind: SegKind | None = None
    last = words[-1].text
    if (
        capitals > 1
        and not titled
        and (last in EVENT_HEADS or last in PLACE_LAST or words[0].text in PLACE_FIRST)
    ):
        kind = _event_or_place(words, joint, gaz)
    if kind is None and titled and not joint and not (heads[-1] and capitals > 1):
        # a title before an organization's name is no holder's ("Official UK Charts Company")
        kind = _titled_kind(words[0].text, capitals, gaz)
    if kind is None:
        kind = _by_head_or_joint(words, capitals, joint, heads, gaz)
    if kind is not None:
        return kind, None
    if capitals > 1:
        return _name_shape(words, capitals, has_gaz, has_acronym, gaz)
    low = words[0].text.lower()
    return None, low in NEWS_WORDS or low in FUNCTION_WORDS


def _ampersand(words: list[Word]) -> int:
    """Index of a "&" between the chunk's words (0 if none)."""
    for i in range(1, len(words) - 1):
        if words[i].text == "&":
            return i
    return 0


def _event_or_place(words: list[Word], joint: bool, gaz: Gazetteer) -> SegKind | None:
    """ "Australian Open" is an event; "Mount Kenya", "Abbey Road" are places."""
    first, last = words[0].text, words[-1].text
    suffixes = gaz.org_suffixes
    if last in EVENT_HEADS:
        return "event"
    placeish = last in PLACE_LAST and last not in suffixes or first in PLACE_FIRST
    if (
        placeish
        and not joint
        and first not in gaz.given_any
        and not any(w.text in ORG_HEADS or w.text in suffixes for w in words)
    ):
        return "place"
    return None


def _titled_kind(first: str, capitals: int, gaz: Gazetteer) -> SegKind:
    """A name after a title or honorific is a person, unless it is one ordinary word."""
    if capitals == 1 and (
        first in gaz.org_suffixes
        or first in ORG_HEADS
        or first.lower() in NEWS_WORDS
        or first in gaz.titles
    ):
        return "unknown"  # "Commodore International", "Queen Mother": not a name
    return "person"


def _by_head_or_joint(
    words: list[Word], capitals: int, joint: bool, heads: list[bool], gaz: Gazetteer
) -> SegKind | None:
    """An organization by its opening words or head word; a split at "of"/"and"."""
    first = words[0].text
    many = capitals > 1
    if many and (f"{first} {words[1].text}" in gaz.org_prefixes or first in gaz.org_prefixes):
        return "organization"
    if True in heads and (many or first in TEAM_WORDS):  # not "the Office", "Transport"
        return _joint_kind(words, heads, gaz) if joint else "organization"
    if joint:
        return "split"
    return None


def _name_shape(
    words: list[Word], capitals: int, has_gaz: bool, has_acronym: bool, gaz: Gazetteer
) -> _Plan:
    """Type a multi-word chunk by the shape of a name: given name, initials, articles.

    The shape alone decides a person or an organization; else :func:`_shape_in_context`.
    """
    first, last = words[0].text, words[-1].text
    if (
        first in gaz.given_any
        or first in gaz.surname_first
        or (words[1].text in GIVEN_PARTICLES)
        or (
            first[-1] == "."
            and first[0].isupper()
            and len(first) <= 4
            and getattr(gaz.entries.get(last), "kind", "") != "country"  # "N. Ireland"
        )
    ):
        return "person", None
    if has_gaz or (has_acronym and not all(w.text.isupper() for w in words)):
        return "organization", None
    lows = tuple(w.text.lower() for w in words)
    ordinary = lows[0].endswith(WORD_ENDINGS) or lows[-1].endswith(NOUN_ENDINGS)
    ordinary = ordinary or any(low in NEWS_WORDS for low in lows)  # "Workout Supplement"
    return None, (capitals > 3, ordinary, lows)


def _shape_in_context(
    plan: tuple[bool, bool, tuple[str, ...]], text: str, gaz: Gazetteer, seg: Seg
) -> None:
    """The shape of a name its words leave open, typed by what surrounds it."""
    many, ordinary, lows = plan
    before = prev_word(text, seg.start)
    if before == "of" and place_of(text, seg.start):
        seg.kind = "place"  # "the village of Alkhan Yurt"
    elif (
        many
        or before.lower() in ("the", "a", "an")
        or (before in _ORG_WORDS and before not in gaz.lower_titles)
    ):
        seg.kind = "organization"  # "the daily La Voie", "newspaper Banglabazar Patrika"
    elif before.islower() and before.endswith(JOB_ENDINGS):
        seg.kind = "person"  # "planetary geologist Rosaly Lopes": a role before a name
    elif ordinary or any(appears_lower(low, text) for low in lows):
        seg.kind = "unknown"  # "Spirited Away", "Finding Neverland": ordinary words
    elif title_follows(text, seg.end, gaz) or firm_title_before(text, seg.start):
        seg.kind = "organization"  # "Liberal Democrat leader Charles Kennedy", "CEO of …"
    else:
        after = next_word(text, seg.end)
        if after in _ORG_WORDS and text[seg.end + 1 : seg.end + 2].islower():
            seg.kind = "organization"  # "Les Echos newspaper", "Zycie Warszawy daily"
        elif noun_after(text, seg.end):
            seg.kind = "unknown"  # "Gmail Web addresses were": a thing's name, not a person
        else:
            seg.kind = "person"
            if after not in SPEECH:
                seg.cue = "guess"  # kept only if the article confirms it (see rank)


def classify_word(
    seg: Seg, text: str, gaz: Gazetteer, bounds: Bounds, common: bool, acronym: bool | None = None
) -> None:
    """Type a one-word unknown from its context (``bounds``: the sentences; ``common``: an
    ordinary English word; ``acronym``: whether it is one, if the caller knows)."""
    t, start, end = seg.text, seg.start, seg.end
    if acronym is None:
        info = gaz.memo.get(t)
        acronym = info.acronym if info is not None else is_acronym(t)
    if acronym:
        if acronym_firm(t, text, start):
            seg.kind = "organization"
        return
    after = next_word(text, end)
    low = prev_word(text, start).lower()
    noun = apposition(text, low, end, gaz) if low in _ORG_WORDS or after == "," else ""
    if noun == "organization" or title_follows(text, end, gaz, after):
        seg.kind = "organization"  # "Vodafone chief executive Arun Sarin"
        return
    if after in BODY_AFTER and not (noun or common) and _names_a_body(seg, text, after, gaz):
        seg.kind = "organization"  # "Zorbo news agency said", "the Gazeta newspaper"
        return
    if noun:  # "Smith, a local farmer, said"
        seg.kind = "person"
        seg.roles.append(noun)
    if not common and (after in SPEECH or kin_before(low, t) or person_after(text, end, after)):
        seg.kind, seg.cue = "person", "speech"  # not "Officials said"; "Chamorro, 66, had"
    elif after.isdigit() and _MINUTE_RE.match(
        text, end
    ):  # a scorer: "( Smicer 52nd )", "Becanovic 79th pen"
        seg.kind, seg.cue = "person", "speech"
    if low in gaz.title_tails:
        role = title_before(text, start, gaz)
        if role:
            seg.kind = "person"
            seg.roles.append(role)
    elif seg.kind == "unknown" and low in PLACE_PREPS and _place_after_prep(t, text):
        seg.kind, seg.cue = "place", "prep"
    elif seg.kind == "unknown" and (
        (low == "of" and place_of(text, start))
        or (after in PLACE_AFTER and not common and place_before_noun(t, low))
    ):
        seg.kind, seg.cue = "place", "prep"  # "the border town of Gisenyi", "Salang tunnel"
    if (
        seg.kind == "unknown"
        and low in ("of", "at")
        and t not in gaz.given_any
        and not (after[:1].islower() and after not in SPEECH)  # "of Jewish human rights …"
        and firm_title_before(text, start)
    ):
        seg.kind = "organization"  # "the founder of Picador"
    elif (
        low == "the"
        and t[-1] == "s"
        and seg.kind == "unknown"
        and plural_name(t, common, text, start, end, gaz, bounds)
    ):
        seg.kind = "organization"  # "the Orioles", "the Tories": a team, band or party
    if seg.kind in _SHAPE and camel_case(t) or after == "." and site_name(text, start, end, common):
        seg.kind, seg.cue = "organization", ""  # "at QuickSprout", "GrowMap.com": a firm, a site


def _names_a_body(seg: Seg, text: str, after: str, gaz: Gazetteer) -> bool:
    """True if the word ``seg`` names the body of the press or firm noun after it, not a
    demonym or an adjective ("the Bengali newspaper", "a European bank")."""
    return (
        body_noun_follows(text, seg.start, seg.end, after)
        and not seg.text.endswith(NOT_PLACE_ENDINGS)
        and seg.text not in gaz.demonyms
    )


def apposition(text: str, before: str, end: int, gaz: Gazetteer) -> str:
    """What a noun describing the word that ends at ``end`` makes it: ``organization``
    for "Macmillan, the publisher," or "agency Reuters" (``before``: the lower-case word
    before it); the role for "Smith, a local farmer,"; else ""."""
    if before in _ORG_WORDS and before not in gaz.lower_titles:  # not "publisher Murdoch"
        return "organization"
    if text[end : end + 1] != ",":
        return ""
    m = _APPOSITION_RE.match(text, end)
    if m is None:
        return ""
    noun = m.group(1).lower()
    if noun in ORG_NOUNS:
        return "organization"
    return noun if noun in gaz.lower_titles else ""


def _place_after_prep(t: str, text: str) -> bool:
    """True if ``t`` after "in", "near" ... reads as a place, not a language or a word."""
    return (
        "-" not in t
        and not t.endswith(NOT_PLACE_ENDINGS)
        and not t.lower().endswith(WORD_ENDINGS)
        and not appears_lower(t.lower(), text)
    )


def _two_bodies(left: list[Word], right: list[Word], gaz: Gazetteer) -> bool:
    """True if both sides of an "and" name a body of their own, though the right ends in an
    organization's head: the right opens with a known name or an acronym, or shares the
    left's first word ("Ana Ruiz and BBC Radio", "AZ Fly and AZ Services"; not "Texas Parks
    and Wildlife Department")."""
    first = right[0].text
    return first in gaz.entries or is_acronym(first) or first == left[0].text


def _joint_kind(words: list[Word], heads: list[bool], gaz: Gazetteer) -> SegKind:
    """``organization`` if "of"/"and" join one name, ``split`` if they join two."""
    size = len(words)
    for j, w in enumerate(words):
        if w.text not in JOINTS or not 0 < j < size - 1:
            continue
        left = [x for x in words[:j] if x.text[0].isupper()]
        right = [x for x in words[j + 1 :] if x.text[0].isupper()]
        if w.text in ("of", "of the", "for", "for the"):
            # "Jeremy Philpott of the UK Patent Office": a person of an organization.
            if (
                not any(heads[:j])
                and left
                and left[0].text not in gaz.org_prefixes
                and (f"{left[0].text} {w.text}" not in gaz.org_prefixes)
            ):
                return "split"
        elif (heads[j - 1] or gaz.entries.get(words[j - 1].text) is not None) and (
            not heads[-1] or len(right) > 1
        ):
            return "split"  # "Walt Disney Corporation and Saudi Arabian ..."
        elif len(left) > 1 and len(right) > 1 and (not heads[-1] or _two_bodies(left, right, gaz)):
            return "split"
    return "organization"
