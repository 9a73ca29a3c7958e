"""Making segments: a gazetteer match, a demonym, a lone title, an unknown chunk.

An unknown chunk is typed by :func:`briefing.analyse.actors.classify.classify_chunk`
and split at "of"/"and" when it holds two names.
"""

from __future__ import annotations

from briefing.analyse.actors.classify import classify_chunk
from briefing.analyse.actors.context import institution_after, prev_word, title_before
from briefing.analyse.actors.gazetteer import Entry, Gazetteer
from briefing.analyse.actors.tokens import CANDIDATE_RE, Seg, SegKind, Word, is_acronym
from briefing.analyse.actors.words import DOTTED_SUFFIXES, JOINTS, LEGAL_FORMS


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


def emit_chunk(
    chunk: list[Word], text: str, gaz: Gazetteer, out: list[Seg], roles: list[str], honorific: str
) -> None:
    """Classify an unknown chunk into ``out``; split it at "of"/"and" unless it is one name."""
    last = chunk[-1]
    if len(last.text) == 2 and last.text[1] == "." and len(chunk) > 1:
        last = Word(last.start, last.end - 1, last.text[:-1])  # "John F." ends the sentence
        chunk[-1] = last
    start, end = chunk[0].start, last.end
    form = text[start:end]
    entry = gaz.entries.get(form)
    if entry is not None:
        out.append(entry_seg(chunk, 0, len(chunk), entry, text))
        return
    if form in gaz.demonyms:
        out.append(Seg(start, end, form, "demonym", gaz.demonyms[form], "demonym"))
        return
    j = _inner_given_name(chunk, gaz) if len(chunk) > 2 and not honorific else 0
    if j:  # "Former Oriole Jamie Moyer": the name starts at a given name inside the run
        emit_chunk(chunk[:j], text, gaz, out, [], "")
        emit_chunk(chunk[j:], text, gaz, out, roles, honorific)
        return
    seg = Seg(start, end, form, "unknown", "", "name", list(roles), honorific, "", "", len(chunk))
    classify_chunk(chunk, text, gaz, seg)
    if seg.kind == "person" and not seg.roles and prev_word(text, start).lower() in gaz.title_tails:
        role = title_before(text, start, gaz)
        if role:
            seg.roles.append(role)
    if seg.kind == "split":
        _emit_parts(chunk, text, gaz, out, roles, honorific)
    else:
        out.append(seg)


def _inner_given_name(chunk: list[Word], gaz: Gazetteer) -> int:
    """Where a name starts at a given name inside a run of capitalised words, else 0."""
    if chunk[0].text in gaz.given_names:
        return 0
    for j in range(1, len(chunk) - 1):
        if (
            chunk[j].text in gaz.given_names
            and chunk[j + 1].text[0].isupper()
            and all(x.text[0].isupper() for x in chunk[: j + 2])
        ):
            return j
    return 0


def _emit_parts(
    chunk: list[Word], text: str, gaz: Gazetteer, out: list[Seg], roles: list[str], honorific: str
) -> None:
    """Emit the parts of a chunk between its joints; the title goes with the first part."""
    part: list[Word] = []
    for w in [*chunk, None]:
        if w is None or w.text in JOINTS:
            while part and not part[-1].text[0].isupper():
                part.pop()
            while part and not part[0].text[0].isupper():
                part.pop(0)
            if part:
                emit_chunk(part, text, gaz, out, roles, honorific)
            part = []
            roles, honorific = [], ""
        else:
            part.append(w)
