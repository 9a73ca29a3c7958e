"""Resolving typed segments into actors: names, surnames, capitals, acronyms.

A lone surname or "Mr X" joins the one person of that surname named before it (a wrong
merge is worse than a missed one, so two candidates leave it unattached); a capital that
acts ("Beijing's ...", "Washington said") joins its country; an acronym joins the
organization whose initials it spells. "The alliance"-style references are resolved
afterwards, by :mod:`~briefing.analyse.actors.references`.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.analyse.actors.cast import Cast
from briefing.analyse.actors.context import acts_after
from briefing.analyse.actors.defined import spells
from briefing.analyse.actors.namesakes import one_person
from briefing.analyse.actors.register import register_person
from briefing.analyse.actors.runon import run_on_surname
from briefing.analyse.actors.tokens import Seg, SegKind, acronym_of, is_acronym
from briefing.analyse.actors.words import ADJECTIVE_ENDINGS
from briefing.analyse.english import FUNCTION_WORDS
from briefing.model import Mention, MentionReason


def persons_first(cast: Cast, segs: list[Seg]) -> dict[str, SegKind]:
    """Register multi-word person names so lone surnames can find them.

    Also note the first word of multi-word organizations ("Cairn" of "Cairn Energy"), not
    an adjective ("European" of European Union).
    Returns the cues :func:`resolve` needs (see :func:`_cues`), found in the same pass.
    """
    orgs: dict[str, set[str]] = {}
    owned: dict[str, set[str]] = {}  # surname -> keys already in cast.surnames[surname]
    titled: list[Seg] = []
    cues: dict[str, SegKind] = {}
    text = cast.text
    prev: Seg | None = None
    full: list[Seg] = []  # multi-word person names, registered once their tails are known
    for seg in segs:
        _note_cue(seg, prev, text, cues)
        prev = seg
        kind = seg.kind
        if kind == "organization":
            if seg.words == 1:
                cast.firm_words.add(seg.text)
            elif seg.words > 1:
                first = seg.text.split(" ", 1)[0]
                if (
                    first[0].isupper()
                    and first.lower() not in FUNCTION_WORDS
                    and not first.endswith(ADJECTIVE_ENDINGS)  # "European" of European Union
                ):
                    orgs.setdefault(first, set()).add(seg.name or seg.text)
            continue
        if kind != "person":
            continue
        if seg.words == 1:
            if seg.roles or seg.honorific:
                titled.append(seg)
        else:
            full.append(seg)
    cast.note_tails(full)
    for seg in full:
        register_person(cast, seg, owned)
    for seg in titled:
        # "President Bush" with no full name anywhere: "Bush" owns the surname itself;
        # beside only "Laura Bush (first lady)" he is another owner, so "Bush" alone is
        # nobody's.
        owners = cast.surnames.setdefault(seg.text, [(seg.start, seg.text)])
        if not any(k == seg.text or cast.compatible(k, seg) for _, k in owners):
            owners.append((seg.start, seg.text))
            owners.sort()
    for first, names in orgs.items():
        if len(names) == 1:
            cast.org_words[first] = next(iter(names))
    return cues


_NAMED_KINDS = frozenset(("country", "organization", "group", "place", "person"))
_ORG_KINDS = frozenset(("organization", "group"))
# Last words of a body a place runs ("Yantai Police", "Llanelli Grammar School"): "in
# Yantai" is the place, not the body (while "shares in Lycos" are in Lycos Europe).
LOCAL_BODY_HEADS = frozenset(
    "Police Constabulary Government Council Bureau Department Court Courts Tribunal"
    " University College School Academy Polytechnic Hospital Prison Library Museum"
    " Cathedral Church Assembly Parliament County District Borough Reserve Water".split()
)
_PLACE_KINDS = frozenset(("place", "capital", "country"))


def resolve(cast: Cast, segs: list[Seg], cues: dict[str, SegKind] | None = None) -> None:
    """Turn typed segments into actor mentions (see the module docstring).

    ``cues``: what :func:`persons_first` returned for ``segs``, if it saw them.
    """
    if cues is None:
        cues = _cues(segs, cast.text)
    prev: Seg | None = None
    for seg in segs:
        kind = seg.kind
        one_place = seg.words == 1 and kind in _PLACE_KINDS
        if seg.name and kind in _NAMED_KINDS and not one_place:
            _add_named(cast, seg)  # the common case: a gazetteer name (not a one-word place)
        elif not (one_place and (_firm_word(cast, seg) or _place_as_surname(cast, seg))):
            if seg.name and kind in _NAMED_KINDS:
                _add_named(cast, seg)
            else:
                rule = _BY_KIND.get(kind)
                if rule is not None:
                    rule(cast, seg, prev, cues)
        prev = seg


def _cues(segs: list[Seg], text: str) -> dict[str, SegKind]:
    """The single words a verb of speech marked as a person somewhere ("Campese said"),
    with their kinds.

    In the same pass, an unknown word joined by "and"/"or" to a known organization
    becomes one too (:func:`_coordinate`): kinds are noted before that.
    """
    kinds: dict[str, SegKind] = {}
    prev: Seg | None = None
    for seg in segs:
        _note_cue(seg, prev, text, kinds)
        prev = seg
    return kinds


def _note_cue(seg: Seg, prev: Seg | None, text: str, cues: dict[str, SegKind]) -> None:
    """One step of :func:`_cues`: note ``seg``'s kind if a verb of speech marked it, and
    join it to ``prev`` when "and"/"or" is all that stands between them."""
    if seg.cue == "speech" and seg.words == 1 and not seg.name:
        cues.setdefault(seg.text, seg.kind)
    if prev is not None:
        gap = seg.start - prev.end
        if (gap == 5 or gap == 4) and text[prev.end : seg.start] in (" and ", " or "):
            _coordinate(prev, seg)


def _coordinate(a: Seg, b: Seg) -> None:
    """Two segments joined by "and"/"or": an unknown word beside a known organization is
    one too ("between Hachette and Amazon")."""
    for x, y in ((a, b), (b, a)):
        if x.kind == "unknown" and x.words == 1 and y.name and y.kind in _ORG_KINDS:
            x.kind = "organization"


def _add_named(cast: Cast, seg: Seg) -> None:
    """A gazetteer name joins its actor."""
    name = seg.name
    d = cast.drafts.get(name)
    if d is None or d.kind == "place":  # new, or a place that may become a country
        d = cast.get(name, seg.kind)  # type: ignore[arg-type]  # a named kind (see resolve)
    d.known = True
    if seg.roles:
        cast.add_roles(d, seg.roles)
    d.mentions.append(Mention(seg.start, seg.end, seg.text, seg.reason))
    if seg.cue:
        cast.heads.setdefault(seg.cue, []).append((seg.start, name))


def _firm_word(cast: Cast, seg: Seg) -> bool:
    """ "Baikal" alone where "Baikal Finance Group" is named: the firm, not the lake."""
    if (
        seg.words == 1
        and seg.kind in ("place", "capital")
        and seg.reason == "alias"
        and (seg.text in cast.org_words and seg.text not in cast.surnames)
    ):
        firm = cast.get(cast.org_words[seg.text], "organization")
        firm.add(seg.start, seg.end, seg.text, "alias")
        return True
    return False


def _place_as_surname(cast: Cast, seg: Seg) -> bool:
    """ "Washington" where MaliVai Washington is named: his surname, else nobody's."""
    kind = seg.kind
    if (
        seg.words == 1
        and kind in ("place", "capital", "country")
        and (kind != "country" or _ambiguous(cast, seg.text))
        and seg.text in cast.surnames
    ):
        owner = cast.surname_owner(seg.text, seg.start)
        if owner:
            cast.get(owner, "person").add(seg.start, seg.end, seg.text, "surname")
        return True
    return False


def _capital(cast: Cast, seg: Seg, prev: Seg | None, cues: dict[str, SegKind]) -> None:
    """A capital that acts ("Beijing said") stands for its country; else it is a place."""
    if acts_after(cast.text, seg.end):
        cast.get(seg.capital_of, "country").add(seg.start, seg.end, seg.text, "capital")
    else:
        cast.get(seg.name, "place").add(seg.start, seg.end, seg.text, seg.reason)


def _demonym(cast: Cast, seg: Seg, prev: Seg | None, cues: dict[str, SegKind]) -> None:
    """A demonym joins its country, unless it is the surname of the one person of that
    surname in the article, named with a known given name ("Chamorro" after "Violeta
    Chamorro")."""
    owner = cast.surname_owner(seg.text, seg.start) if seg.text in cast.surnames else None
    if owner and owner.split(" ", 1)[0] in cast.gaz.given_any:
        cast.get(owner, "person").add(seg.start, seg.end, seg.text, "surname")
    else:
        cast.get(seg.name, "country").add(seg.start, seg.end, seg.text, "demonym")


def _person(cast: Cast, seg: Seg, prev: Seg | None, cues: dict[str, SegKind]) -> None:
    """A full name joins the person of that name (or of its short form); "Gen Z", "Gen
    X" are generations ("Nurse B" is someone)."""
    if seg.words == 1:
        if len(seg.text) > 1 or seg.roles != ["Gen"]:
            _single(cast, seg, prev, cues)
        return
    key = cast.person_key(seg.text)
    numbered = cast.regnal.get(key) if cast.regnal else None
    if numbered and len(numbered) == 1:
        key = next(iter(numbered))  # "John Paul" of "John Paul II"
    fresh = key not in cast.drafts or not cast.drafts[key].mentions
    d = cast.get(key, "person")
    d.guess = (fresh or d.guess) and seg.cue == "guess" and not seg.roles
    if seg.roles:
        cast.add_roles(d, seg.roles)
    d.add(seg.start, seg.end, seg.text, "name")


def _organization(cast: Cast, seg: Seg, prev: Seg | None, cues: dict[str, SegKind]) -> None:
    """An acronym joins the organization it spells; the surname of a person named in the
    article is that person ("his win vs Nadal" after "Rafael Nadal": a player, not a
    team), unless the gazetteer knows the word or it is an acronym ("DS"); another name
    is a new one."""
    owner = _acronym_owner(cast, seg, prev)
    if owner:
        cast.drafts[owner].add(seg.start, seg.end, seg.text, "acronym")
        return
    if seg.words > 2 and not seg.name and run_on_surname(cast, seg):
        return
    surname = seg.words == 1 and not seg.name and not seg.text.isupper()
    person = cast.surname_owner(seg.text, seg.start) if surname else None
    if person:
        cast.get(person, "person").add(seg.start, seg.end, seg.text, "surname")
    else:
        cast.get(seg.text, "organization").add(seg.start, seg.end, seg.text, "name")


def _place(cast: Cast, seg: Seg, prev: Seg | None, cues: dict[str, SegKind]) -> None:
    """An unknown place: a person's surname, else a place. One typed by its preposition
    alone ("shares in Wexbury") is the organization the article names by that word
    elsewhere ("Wexbury Ltd", "Wexbury chief executive"), unless that is a body the
    place runs ("in Yantai" beside "Yantai Police")."""
    owner = cast.surname_owner(seg.text, seg.start)
    if owner:
        cast.get(owner, "person").add(seg.start, seg.end, seg.text, "surname")
        return
    word = seg.text
    if seg.cue == "prep":
        org = cast.org_words.get(word)
        if org and org.rsplit(" ", 1)[-1] not in LOCAL_BODY_HEADS and cast.short_form(word):
            cast.get(org, "organization").add(seg.start, seg.end, word, "alias")
            return
        if word in cast.firm_words:
            cast.get(word, "organization").add(seg.start, seg.end, word, "name")
            return
    cast.get(word, "place").add(seg.start, seg.end, word, "name")


def _title(cast: Cast, seg: Seg, prev: Seg | None, cues: dict[str, SegKind]) -> None:
    """ "the President" joins the one person named earlier with that role, if exactly one."""
    named = dict.fromkeys(cast.role_owners.get(seg.text.lower(), ()))
    owners = [
        d
        for d in map(cast.drafts.__getitem__, named)
        if d.kind == "person" and d.mentions and min(m.start for m in d.mentions) < seg.start
    ]
    if len(owners) == 1:
        owners[0].add(seg.start, seg.end, seg.text, "title")


def _ambiguous(cast: Cast, form: str) -> bool:
    """True if the gazetteer marks ``form`` as also an ordinary word or name."""
    entry = cast.gaz.entries.get(form)
    return entry is not None and entry.ambiguous


def _single(cast: Cast, seg: Seg, prev: Seg | None, cues: dict[str, SegKind]) -> None:
    """A single word: an organization's first word, a known surname, or a new name.

    A word a verb of speech marked as a person elsewhere in the article is one here too.
    """
    kind = cues.get(seg.text, seg.kind)
    org = cast.org_words.get(seg.text)
    if org and not (seg.honorific or seg.roles) and cast.short_form(seg.text):
        cast.get(org, "organization").add(seg.start, seg.end, seg.text, "alias")
        return
    owners = cast.surnames.get(seg.text)
    if owners:
        owner = cast.surname_owner(seg.text, seg.start)
        if (seg.roles or seg.honorific) and (owner is None or not cast.compatible(owner, seg)):
            fits = {k for _, k in owners if cast.compatible(k, seg)}
            owner = next(iter(fits)) if len(fits) == 1 else None
        if owner is None:
            owner = one_person(
                [k for _, k in owners if cast.compatible(k, seg)], cast.gaz, cast.text
            )
        if owner:
            d = cast.get(owner, "person")
            if seg.roles:
                cast.add_roles(d, seg.roles)
            reason: MentionReason = "surname" if owner != seg.text else "name"
            d.add(seg.start, seg.end, seg.text, "title" if seg.honorific else reason)
        return  # ambiguous: attach to neither
    found = cast.drafts.get(seg.text)
    if found is not None and found.mentions and found.kind in _ORG_KINDS and not seg.honorific:
        found.add(seg.start, seg.end, seg.text, "name")  # "Macmillan" again, at a sentence start
        return
    named = cast.givens.get(seg.text)
    if named and len(named) == 1 and not seg.honorific and cast.given_name(seg.text, kind):
        # "Banharn" after "Banharn Silpa-archa": the one person of that given name
        d = cast.get(next(iter(named)), "person")
        if seg.roles:
            cast.add_roles(d, seg.roles)
        d.add(seg.start, seg.end, seg.text, "name")
        return
    if kind == "person" or seg.honorific:
        d = cast.get(seg.text, "person")
        if seg.roles:
            cast.add_roles(d, seg.roles)
        d.add(seg.start, seg.end, seg.text, "title" if seg.honorific else "name")
    elif kind == "place":
        cast.get(seg.text, "place").add(seg.start, seg.end, seg.text, "name")
    elif kind == "unknown":
        cast.lone_words.setdefault(seg.text, []).append((seg.start, seg.end))


def _acronym_owner(cast: Cast, seg: Seg, prev: Seg | None) -> str | None:
    """The organization an acronym stands for, if its initials match one named earlier."""
    if seg.words != 1 or not is_acronym(seg.text):
        return None
    letters = seg.text.replace(".", "")
    if prev is not None and prev.kind == "organization" and prev.words > 1:
        between = cast.text[prev.end : seg.start].strip()
        initials = acronym_of(prev.text).upper()
        if between == "(" and (initials.startswith(letters[:2]) or spells(letters, initials)):
            owner = prev.name or prev.text
            cast.initials.setdefault(letters, []).insert(0, owner)  # defined here: it is
            return owner
    names = cast.initials.get(letters)
    return names[0] if names else None


_Rule = Callable[[Cast, Seg, Seg | None, dict[str, SegKind]], None]
# How a segment with no gazetteer name joins an actor, by its kind (others join none).
_BY_KIND: dict[str, _Rule] = {
    "capital": _capital,
    "title_ref": _title,
    "demonym": _demonym,
    "person": _person,
    "unknown": _single,
    "organization": _organization,
    "place": _place,
}
