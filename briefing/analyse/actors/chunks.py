"""Making segments: a gazetteer match, a demonym, a lone title, an unknown chunk.

An unknown chunk is typed by :func:`briefing.analyse.actors.classify.plan_chunk`
and split at "of"/"and" when it holds two names.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analyse.actors.bounds import Bounds
from briefing.analyse.actors.classify import plan_chunk, type_chunk
from briefing.analyse.actors.context import (
    institution_after,
    next_word,
    place_of,
    prev_word,
    title_before,
)
from briefing.analyse.actors.gazetteer import Entry, Gazetteer
from briefing.analyse.actors.tokens import CANDIDATE_RE, Seg, SegKind, Word, is_acronym
from briefing.analyse.actors.words import (
    DOTTED_SUFFIXES,
    JOINTS,
    LEGAL_FORMS,
    NAMED_BODIES,
    PLACE_AFTER,
    PLACE_FIRST,
    PRODUCT_WORDS,
    REGNAL,
    SAINTS,
)


def entry_seg(words: list[Word], i: int, k: int, e: Entry, text: str) -> Seg:
    """A segment for a gazetteer match of ``k`` words at ``i``."""
    start, end = words[i].start, words[i + k - 1].end
    last = words[i + k - 1].text
    if (
        text[end - 1] == "."
        and not e.name.endswith(".")
        and not is_acronym(text[start:end])
        and (last not in LEGAL_FORMS and last not in DOTTED_SUFFIXES)
    ):
        end -= 1  # the full stop ends the sentence, not the name
    return Seg(
        start,
        end,
        text[start:end],
        entry_kind(e),
        e.name,
        e.reason,
        list(e.roles),
        capital_of=e.capital_of,
        words=k,
    )


def entry_kind(e: Entry) -> SegKind:
    """The segment kind of a gazetteer entry: a capital city may stand for its country."""
    return "capital" if e.capital_of and e.kind == "place" else e.kind


def demonym_seg(w: Word, text: str, gaz: Gazetteer) -> Seg:
    """A demonym, or an institution named by one ("Chinese embassy in Washington")."""
    noun = institution_after(text, w.end)
    if not noun:
        return Seg(w.start, w.end, w.text, "demonym", gaz.demonyms[w.text], "demonym")
    end = w.end + 1 + len(noun)
    tail = text[end : end + 40]
    if tail.startswith(" in "):
        m = CANDIDATE_RE.match(text, end + 4)
        if m and gaz.entries.get(m.group()) is not None:
            end = m.end()
    name = text[w.start : end]
    seg = Seg(w.start, end, name, "organization", name, "name")
    seg.cue = noun.rsplit(" ", 1)[-1]
    return seg


def title_ref(start: int, end: int, text: str) -> Seg | None:
    """A title standing alone after "the" ("the President said"): may name one person."""
    if prev_word(text, start).lower() != "the":
        return None
    return Seg(start, end, text[start:end], "title_ref")


# What a chunk's words alone make of it (see :func:`chunk_leaves`), as plain tuples with
# offsets in the coordinates of the words planned: a finished segment, (FIXED, start,
# end, text, kind, name, reason, roles, honorific, capital_of, words), or a name whose
# kind its context decides (a person may have a title before him), (UNKNOWN, start, end,
# text, roles, honorific, words, kind, rest), where ``kind, rest`` is the plan of
# :func:`briefing.analyse.actors.classify.plan_chunk`.
FIXED, UNKNOWN = 0, 1


def chunk_leaves(
    chunk: list[Word],
    text: str,
    gaz: Gazetteer,
    out: list[tuple],
    roles: Sequence[str],
    honorific: str,
) -> None:
    """The leaves of a chunk (see :data:`FIXED`), decided by its words alone.

    ``text`` is read only within the chunk, so a plan made on one occurrence holds for all.
    """
    last = chunk[-1]
    if len(last.text) == 2 and last.text[1] == "." and len(chunk) > 1:
        last = Word(last.start, last.end - 1, last.text[:-1])  # "John F." ends the sentence
        chunk = [*chunk[:-1], last]
    start, end = chunk[0].start, last.end
    form = text[start:end]
    entry = gaz.entries.get(form)
    if entry is not None:
        out.append(fixed_leaf(entry_seg(chunk, 0, len(chunk), entry, text)))
        return
    if len(chunk) == 2 and chunk[1].text in PRODUCT_WORDS:
        firm = gaz.entries.get(chunk[0].text)
        if firm is not None and firm.kind == "organization":  # "Apple Pay": the firm's product
            out.append(fixed_leaf(entry_seg(chunk, 0, 1, firm, text)))
            return
    if form in gaz.demonyms:
        out.append(
            (FIXED, start, end, form, "demonym", gaz.demonyms[form], "demonym", (), "", "", 1)
        )
        return
    if len(chunk) > 2 and any(w.text in REGNAL for w in chunk[1:-1]):
        if chunk[-1].text not in REGNAL and all(w.text[0].isupper() for w in chunk):
            # "Willem II Tilburg", "King Edward VII Hospital": named after the monarch
            out.append(
                (FIXED, start, end, form, "organization", "", "name", (), "", "", len(chunk))
            )
            return
    if len(chunk) > 2 and chunk[-1].text in REGNAL and chunk[0].text in SAINTS:
        if all(w.text[0].isupper() for w in chunk[1:]):  # "St. John Paul II": a person
            chunk_leaves(chunk[1:], text, gaz, out, (*roles, "Saint"), honorific)
            return
    j = _inner_given_name(chunk, gaz) if len(chunk) > 2 and not honorific else 0
    if j:  # "Former Oriole Jamie Moyer": the name starts at a given name inside the run
        chunk_leaves(chunk[:j], text, gaz, out, (), "")
        chunk_leaves(chunk[j:], text, gaz, out, roles, honorific)
        return
    kind, rest = plan_chunk(chunk, form, gaz, bool(honorific or roles))
    if kind == "split":
        _split_leaves(chunk, text, gaz, out, roles, honorific)
    elif kind is None or kind == "person":
        out.append((UNKNOWN, start, end, form, tuple(roles), honorific, len(chunk), kind, rest))
    else:  # its words decide, and no title is looked for: typed once for all
        out.append(
            (FIXED, start, end, form, kind, "", "name", tuple(roles), honorific, "", len(chunk))
        )


def fixed_leaf(seg: Seg) -> tuple:
    """A finished segment as a :data:`FIXED` leaf (its roles as a tuple)."""
    return (
        FIXED,
        seg.start,
        seg.end,
        seg.text,
        seg.kind,
        seg.name,
        seg.reason,
        tuple(seg.roles),
        seg.honorific,
        seg.capital_of,
        seg.words,
    )


def leaf_seg(leaf: tuple, shift: int, text: str, gaz: Gazetteer, bounds: Bounds) -> Seg:
    """The segment of one leaf, its offsets moved by ``shift``; an unknown name is typed
    by its context in ``text`` (``bounds``: its sentences)."""
    if leaf[0] == FIXED:
        _, start, end, form, kind, name, reason, roles, honorific, capital_of, words = leaf
        return Seg(
            start + shift,
            end + shift,
            form,
            kind,
            name,
            reason,
            list(roles),
            honorific,
            capital_of,
            "",
            words,
        )
    _, start, end, form, roles, honorific, words, kind, rest = leaf
    start += shift
    seg = Seg(
        start, end + shift, form, "unknown", "", "name", list(roles), honorific, "", "", words
    )
    if kind is not None:
        seg.kind = kind
        if kind == "person" and not roles and not honorific:
            if text[seg.end + 1 : seg.end + 2].islower():
                seg.kind = named_after(text, seg.end)  # "Ben Gurion airport"
            if text.startswith(" of ", start - 4) and place_of(text, start):
                seg.kind = "place"  # "the village of Karin Gornji"
    else:
        type_chunk(seg, rest, text, gaz, bounds)
    if seg.kind == "person" and not seg.roles and prev_word(text, start).lower() in gaz.title_tails:
        role = title_before(text, start, gaz)
        if role:
            seg.roles.append(role)
    return seg


def named_after(text: str, end: int) -> SegKind:
    """What a person's name ending at ``end`` names by the lower-case noun after it: a
    place ("Ben Gurion airport", "the Juan Santamaria airport"; words.PLACE_AFTER), a body
    ("the Victor Babes hospital"; words.NAMED_BODIES), else the person."""
    after = next_word(text, end)
    if after in PLACE_AFTER:
        return "place"
    return "organization" if after in NAMED_BODIES else "person"


def _inner_given_name(chunk: list[Word], gaz: Gazetteer) -> int:
    """Where a name starts at a given name inside a run of capitalised words, else 0; never
    after a place's first word ("St. Louis Cardinals", "San Jose Sharks") nor inside a
    known name ("North Carolina NAACP")."""
    first = chunk[0].text
    if first in gaz.given_names or first in PLACE_FIRST:
        return 0
    for j in range(1, len(chunk) - 1):
        if (
            chunk[j].text in gaz.given_names
            and chunk[j + 1].text[0].isupper()
            and all(x.text[0].isupper() for x in chunk[: j + 2])
            and f"{chunk[j - 1].text} {chunk[j].text}" not in gaz.entries
        ):
            return j
    return 0


def _split_leaves(
    chunk: list[Word],
    text: str,
    gaz: Gazetteer,
    out: list[tuple],
    roles: Sequence[str],
    honorific: str,
) -> None:
    """The leaves of the parts of a chunk between its joints; the title goes with the first."""
    part: list[Word] = []
    for w in [*chunk, None]:
        if w is None or w.text in JOINTS:
            while part and not part[-1].text[0].isupper():
                part.pop()
            while part and not part[0].text[0].isupper():
                part.pop(0)
            if part:
                chunk_leaves(part, text, gaz, out, roles, honorific)
            part = []
            roles, honorific = (), ""
        else:
            part.append(w)
