"""Who said what: statements found with patterns over sentences and quotations.

No parser. One regex finds reporting cues (said, told, according to, believes…) and
quotations are paired per paragraph; each sentence (merged with its neighbours when a
quotation spans them) is read with a few patterns:

* ``"…," X said`` / ``"…," said X`` / ``X said: "…"`` / ``"…," X said, "…"`` (two parts);
* ``X said (that) …`` / ``X, who …, said …`` / ``X said in a statement …``;
* ``…, X said.`` at the end and ``according to X, …`` / ``…, according to X``;
* a fully quoted sentence or paragraph after a quotation continues it (same speaker)
  until another cue appears.

Speakers come from the words next to the cue and link to actors through their mentions
(:mod:`briefing.analyse.statements_speakers`). Content spans follow PolNeAR's
conventions: a quotation includes its marks, reported speech includes "that" and
drops the final full stop.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.analyse.attribution_words import (
    AUXILIARIES,
    BARRIERS,
    CUE_TAILS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    SPEECH_FORMS,
    STATE_FORMS,
    WEAK_BARE,
)
from briefing.analyse.statements_speakers import Speakers
from briefing.model import Actor, Paragraph, Sentence, Span, Statement

_FORMS = sorted(set(SPEECH_FORMS) | set(STATE_FORMS), key=len, reverse=True)
_CUE_RE = re.compile(
    r"\b(?:[Aa]ccording to|" + "|".join(re.escape(f) for f in _FORMS) + r")\b(?![-’'])"
)
_TAIL_RE = re.compile(r"\s+(?:" + "|".join(re.escape(t) for t in CUE_TAILS) + r")\b", re.I)
_TOKEN_RE = re.compile(r"[\w’'.\-]+")
_OPEN = "“\"«"
_CLOSE = "”\"»"
_STOP_PUNCT = ",;:()“”\"«»—–"
_CLAUSE_END = re.compile(
    r",\s+(?:and\s+)?(?=(?:adding|saying|noting|stating|arguing|warning|insisting|explaining|"
    r"according to|but|while|although)\b)|;|\s[—–]\s"
)
_LEAD = re.compile(r"^[\s,:]+")
_TRAIL = re.compile(r"[\s,;:.]+$")
_NEEDS_THAT = frozenset(
    "find show indicate reveal estimate signal know see feel understand realize suspect "
    "assume mention decide doubt".split()
)
_RECIPIENT_CUES = frozenset("tell ask inform advise urge warn".split())
_LISTENERS = frozenset(
    "them him her me us you reporters journalists supporters the a an".split()
)
_NUMBER_TAIL = re.compile(r"^[\s,]*$")
_ABBREV_RE = re.compile(r"^(?:[A-Z][a-z]{0,3}|[A-Z])\.$")


@dataclass
class _Unit:
    start: int
    end: int
    paragraph: int
    quotes: list[tuple[int, int]] = field(default_factory=list)


def quotations(text: str, paragraphs: Sequence[Paragraph]) -> list[tuple[int, int, int]]:
    """Quoted stretches ``(start, end, paragraph)`` including their marks.

    Curly quotes pair by direction, straight ones alternate; a quotation still open at
    the end of a paragraph ends there (news style reopens it in the next paragraph).
    """
    out: list[tuple[int, int, int]] = []
    for index, para in enumerate(paragraphs):
        pos, end = para.start, para.end
        opened = -1
        while pos < end:
            i = _next_mark(text, pos, end)
            if i < 0:
                break
            ch = text[i]
            if opened < 0:
                if ch in "“«\"":
                    opened = i
            elif ch in "”»\"":
                if i - opened > 1:
                    out.append((opened, i + 1, index))
                opened = -1
            elif ch == "“":
                opened = i
            pos = i + 1
        if opened >= 0 and end - opened > 2:
            out.append((opened, end, index))
    return out


def _next_mark(text: str, pos: int, end: int) -> int:
    best = -1
    for mark in "“”\"«»":
        i = text.find(mark, pos, end)
        if i >= 0 and (best < 0 or i < best):
            best = i
    return best


def _units(sentences: Sequence[Sentence], quotes: list[tuple[int, int, int]]) -> list[_Unit]:
    """Sentences merged where a quotation runs across them."""
    units: list[_Unit] = []
    qi = 0
    for sentence in sentences:
        last = units[-1] if units else None
        if last is not None and last.paragraph == sentence.paragraph and last.quotes:
            if last.quotes[-1][1] > sentence.start:
                last.end = sentence.end
                unit = last
            else:
                unit = _Unit(sentence.start, sentence.end, sentence.paragraph)
                units.append(unit)
        else:
            unit = _Unit(sentence.start, sentence.end, sentence.paragraph)
            units.append(unit)
        while qi < len(quotes) and quotes[qi][0] < sentence.end:
            if quotes[qi][1] > unit.start:
                unit.quotes.append(quotes[qi][:2])
                unit.end = max(unit.end, min(quotes[qi][1], _para_end(quotes[qi], sentence)))
            qi += 1
    return units


def _para_end(quote: tuple[int, int, int], sentence: Sentence) -> int:
    return quote[1] if quote[2] == sentence.paragraph else sentence.end


@dataclass
class _Cue:
    start: int
    end: int
    lemma: str
    form: str
    state: bool


def _cues(text: str, unit: _Unit) -> list[_Cue]:
    """Reporting cues of a unit outside its quotations."""
    out: list[_Cue] = []
    for m in _CUE_RE.finditer(text, unit.start, unit.end):
        s, e = m.span()
        if any(a <= s < b for a, b in unit.quotes):
            continue
        form = m.group()
        if form[0] in "Aa" and form.lower() == "according to":
            out.append(_Cue(s, e, "according to", "according to", False))
            continue
        lemma = SPEECH_FORMS.get(form) or STATE_FORMS[form]
        if form == lemma and lemma in WEAK_BARE:
            continue
        out.append(_Cue(s, e, lemma, form, form not in SPEECH_FORMS))
    return out


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, start, end)]


def _left_region(text: str, lo: int, cue: int) -> int:
    """Start of the words just before ``cue`` up to punctuation that ends a phrase."""
    i = cue
    while i > lo and text[i - 1] not in _STOP_PUNCT and text[i - 1] not in ".!?":
        i -= 1
    return i


def _extend_aux(text: str, lo: int, cue: _Cue) -> int:
    """Pull auxiliaries and adverbs before the cue into it ("has also said")."""
    start = cue.start
    for s, e, word in reversed(_tokens(text, max(lo, start - 40), start)):
        if word.lower() not in AUXILIARIES or text[e:start].strip():
            break
        start = s
    return start


def _speaker_left(
    text: str, lo: int, cue_start: int, speakers: Speakers
) -> tuple[Span, list[str]] | None:
    """The speaker phrase ending right before the cue, if it looks like one."""
    region = _left_region(text, lo, cue_start)
    if not text[region:cue_start].strip() and region > lo and text[region - 1] == ",":
        region = _appositive(text, lo, region - 1)
        if region < 0:
            return None
        end = text.find(",", region, cue_start)
        return _phrase(text, _tokens(text, region, end), speakers)
    return _phrase(text, _tokens(text, region, cue_start), speakers)


def _appositive(text: str, lo: int, comma: int) -> int:
    """For ``X, who …, said``: the start of the words before the first comma, or -1."""
    first = text.rfind(",", lo, comma)
    if first < 0:
        return -1
    inner = text[first + 1 : comma].split()
    if not inner or inner[0].lower() not in ("who", "which", "whose", "a", "an", "the", "himself"):
        if not (inner and inner[0].isdigit()):
            return -1
    start = _left_region(text, lo, first)
    return start if text[start:first].strip() else -1


def _phrase(
    text: str, toks: list[tuple[int, int, str]], speakers: Speakers
) -> tuple[Span, list[str]] | None:
    """Cut a speaker phrase from the tokens before a cue (scanning right to left)."""
    keep: list[tuple[int, int, str]] = []
    for tok in reversed(toks):
        low = tok[2].lower()
        if low in BARRIERS or len(keep) >= 8:
            break
        keep.append(tok)
    keep.reverse()
    while keep and keep[0][2].lower() in PREPOSITIONS:
        keep = keep[1:]
    if not keep:
        return None
    last = keep[-1][2]
    low = last.lower()
    if low in PREPOSITIONS or low in DETERMINERS or low in AUXILIARIES or low == "not":
        return None
    if not last[0].isalpha():
        return None
    if len(keep) > 1:
        head = speakers.head(keep[0][0], keep[-1][1])
        if head is not None:  # drop leading words before a named head ("On Monday Smith")
            at = next((i for i, t in enumerate(keep) if t[1] > head[0]), 0)
            while at > 0 and (keep[at - 1][2][0].isupper() or keep[at - 1][2].lower() in DETERMINERS):
                at -= 1
            keep = keep[at:]
        else:
            last_prep = max((i for i, t in enumerate(keep) if t[2].lower() in PREPOSITIONS), default=-1)
            keep = keep[last_prep + 1 :] if last_prep >= 0 and last_prep < len(keep) - 1 else keep
    if len(keep) == 1 and low not in PRONOUNS and last[0].islower():
        if not low.endswith("s") and low not in ("everyone", "nobody", "someone"):
            return None  # a bare singular common noun is rarely a speaker
    return Span(keep[0][0], keep[-1][1]), [t[2] for t in keep]


def _speaker_right(
    text: str, cue_end: int, hi: int, speakers: Speakers
) -> tuple[Span, list[str]] | None:
    """The speaker after an inverted cue (``"…," said X``)."""
    toks: list[tuple[int, int, str]] = []
    for tok in _tokens(text, cue_end, hi):
        if text[toks[-1][1] if toks else cue_end : tok[0]].strip() or len(toks) >= 8:
            break
        if tok[2].lower() in BARRIERS or (toks and tok[2].lower() in PREPOSITIONS):
            break
        toks.append(tok)
        if tok[2].endswith(".") and not _ABBREV_RE.match(tok[2]):
            break
    while toks and toks[-1][2].endswith("."):
        s, e, w = toks[-1]
        if len(w) > 2 and not w[:-1].isupper():
            toks[-1] = (s, e - 1, w[:-1])
        break
    if not toks:
        return None
    return _phrase(text, toks, speakers)


def _trim(text: str, start: int, end: int, quoted: bool = False) -> Span | None:
    """Strip leading/trailing spaces and punctuation (keeping a quotation's own)."""
    seg = text[start:end]
    lead = len(seg) - len(_LEAD.sub("", seg))
    start += lead
    seg = seg[lead:]
    if not quoted:
        tail = _TRAIL.search(seg)
        if tail is not None:
            end = start + tail.start()
    else:
        end = start + len(seg.rstrip())
    return Span(start, end) if end > start else None


def _contents(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[list[Span], str]:
    """Contents of ``[start, end)``: its quotations when nothing else is said, else the
    whole stretch; with the kind."""
    inner = [(a, b) for a, b in quotes if a >= start and b <= end + 1]
    if inner:
        rest = text[start:end]
        for a, b in reversed(inner):
            rest = rest[: a - start] + rest[b - start :]
        if not re.search(r"[^\W_]", rest):
            return [Span(a, min(b, max(end, b))) for a, b in inner], "direct"
    span = _trim(text, start, end)
    if span is None:
        return [], "indirect"
    if any(a < span.end and b > span.start for a, b in quotes):
        last = text[span.end : span.end + 1]
        if last in _CLOSE:
            span = Span(span.start, span.end + 1)
        return [span], "mixed"
    return [span], "indirect"


def _has_quote(text: str, start: int, end: int) -> bool:
    return any(q in text[start:end] for q in _OPEN + _CLOSE)


def _clause_end(text: str, start: int, end: int) -> int:
    m = _CLAUSE_END.search(text, start, end)
    return m.start() if m is not None else end


def _trivial(text: str, start: int, end: int) -> bool:
    """True if ``[start, end)`` holds no reported words (only time, place, punctuation)."""
    rest = text[start:end]
    if any(q in rest for q in _OPEN + _CLOSE):
        return False
    words = [w for w in rest.split() if any(c.isalnum() for c in w)]
    if len(words) > 9:
        return False
    if not words or _NUMBER_TAIL.match(rest):
        return True
    first = words[0].strip(",").lower()
    return rest.lstrip()[:1] == "," or first in PREPOSITIONS or first in (
        "last", "this", "yesterday", "today", "tonight", "earlier", "later", "recently",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    )  # fmt: skip


class _Reader:
    """Statement finding over one article."""

    def __init__(self, text: str, speakers: Speakers) -> None:
        self.text = text
        self.speakers = speakers
        self.out: list[Statement] = []

    def unit(self, unit: _Unit, cues: list[_Cue]) -> bool:
        """Find the statements of a unit; True if any."""
        lo = unit.start
        found = False
        prev: Statement | None = None
        for cue in cues:
            if cue.start < lo:
                continue
            made = self.statement(unit, cue, lo, prev)
            if made is not None:
                self.out.append(made)
                prev = made
                found = True
                lo = max(made.end, cue.end)
        return found

    def statement(self, unit: _Unit, cue: _Cue, lo: int, prev: Statement | None) -> Statement | None:
        text = self.text
        if cue.lemma == "according to":
            return self.according(unit, cue, lo)
        cue_start = _extend_aux(text, lo, cue)
        cue_end = cue.end
        tail = _TAIL_RE.match(text, cue_end, unit.end)
        if tail is not None:
            cue_end = tail.end()
        before = text[max(lo, cue_start - 3) : cue_start]
        if re.search(r"\b(?:to|be|been|being|was|were|is|are)\s*$", text[max(lo, cue_start - 8) : cue_start]):
            return None  # infinitive or passive
        found = _speaker_left(text, lo, cue_start, self.speakers)
        inverted = False
        if found is None and (not before.strip() or before.rstrip()[-1:] in ",”\"" ):
            if cue.form.endswith("ing") and prev is not None and before.rstrip().endswith(","):
                found = None
            else:
                found = _speaker_right(text, cue_end, unit.end, self.speakers)
                inverted = found is not None
        speaker_span: Span | None = None
        speaker: str | None = None
        if found is not None:
            speaker_span = found[0]
            speaker = self.speakers.resolve(found[0], found[1])
        elif cue.form.endswith("ing") and prev is not None:
            speaker_span, speaker = None, prev.speaker
        else:
            return None
        after = speaker_span.end if inverted and speaker_span is not None else cue_end
        if text[after : after + 1] == ":":
            if not inverted:
                cue_end = after = after + 1
        clause = _clause_end(text, after, unit.end)
        left_end = speaker_span.start if speaker_span is not None and not inverted else cue_start
        if inverted:
            left_end = cue_start
        left_start = lo
        contents: list[Span] = []
        kind = "indirect"
        if inverted and not _has_quote(text, after, clause):
            clause = after  # "…," said X, a spokesman for Y, …
        if cue.lemma in _RECIPIENT_CUES or inverted:
            after_words = self._skip_listener(after, clause)
        else:
            after_words = after
        has_left = left_end > left_start and re.search(r"\w", text[left_start:left_end])
        if has_left and _trivial(text, after_words, clause):
            contents, kind = _contents(text, left_start, left_end, unit.quotes)
            right = self._second_part(unit, clause)
            if right is not None and kind == "direct":
                contents.append(right)
        else:
            start = after
            if cue.lemma in _RECIPIENT_CUES:
                start = self._skip_recipient(after, clause)
            if cue.lemma in _NEEDS_THAT and not re.match(r"\s*that\b", text[start:clause]):
                return None
            contents, kind = _contents(text, start, clause, unit.quotes)
            if kind == "direct" and has_left:
                first, first_kind = _contents(text, left_start, left_end, unit.quotes)
                if first_kind == "direct":  # "…," he said, "…"
                    contents = first + contents
        if not contents:
            return None
        return self.make(speaker, speaker_span, Span(cue_start, cue_end), contents, kind, cue.state)

    def _second_part(self, unit: _Unit, after: int) -> Span | None:
        """The quotation resuming a quote after ``"…," X said,``."""
        for a, b in unit.quotes:
            if a >= after - 2 and not self.text[after:a].strip(" ,"):
                return Span(a, b)
        return None

    def _skip_listener(self, after: int, clause: int) -> int:
        """Skip an object pronoun or a capitalised listener ("told CNN", "told them")."""
        toks = _tokens(self.text, after, min(clause, after + 80))
        i = 0
        if toks and (toks[0][2].rstrip(".").lower() in _LISTENERS or toks[0][2][0].isupper()):
            i = 1
            while (
                i < len(toks)
                and toks[i][2][:1].isupper()
                and not toks[i - 1][2].endswith(".")
                and not self.text[toks[i - 1][1] : toks[i][0]].strip()
            ):
                i += 1
            s, _e, word = toks[i - 1]
            return s + len(word.rstrip("."))
        return after

    def _skip_recipient(self, after: int, clause: int) -> int:
        """After "told"/"asked": skip the listener up to "that", a quotation or a comma."""
        text = self.text
        m = re.compile(r"\s*(?:[^,:“\"]{0,60}?)(?=\s+that\b|\s*[,:]?\s*[“\"])").match(text, after, clause)
        if m is not None and m.end() > after:
            return m.end()
        toks = _tokens(text, after, min(clause, after + 60))
        if toks and toks[0][2][0].isupper() or (toks and toks[0][2].lower() in ("reporters", "me", "us", "him", "her", "them")):
            i = 0
            while i + 1 < len(toks) and toks[i + 1][2][0].isupper():
                i += 1
            return toks[i][1]
        return after

    def according(self, unit: _Unit, cue: _Cue, lo: int) -> Statement | None:
        """``according to X, …`` and ``…, according to X``."""
        text = self.text
        clause = _clause_end(text, cue.end, unit.end)
        comma = text.find(",", cue.end, clause)
        src_end = comma if comma >= 0 else clause
        trimmed = _trim(text, cue.end, src_end)
        if trimmed is None:
            return None
        src_end = trimmed.end
        toks = _tokens(text, cue.end, src_end)
        found = _phrase(text, toks, self.speakers) if toks else None
        if found is None:
            return None
        span, words = found
        span = Span(toks[0][0], span.end)
        speaker = self.speakers.resolve(span, words)
        if comma >= 0 and re.search(r"\w", text[comma:clause]):
            if _trivial(text, lo, cue.start):
                contents, kind = _contents(text, comma + 1, clause, unit.quotes)
            else:
                contents, kind = _contents(text, lo, cue.start, unit.quotes)
        else:
            contents, kind = _contents(text, lo, cue.start, unit.quotes)
        if not contents:
            return None
        return self.make(speaker, span, Span(cue.start, cue.end), contents, kind, False)

    def make(
        self,
        speaker: str | None,
        speaker_span: Span | None,
        cue: Span,
        contents: list[Span],
        kind: str,
        state: bool,
    ) -> Statement:
        parts = [cue, *contents] + ([speaker_span] if speaker_span is not None else [])
        return Statement(
            min(p.start for p in parts),
            max(p.end for p in parts),
            speaker=speaker,
            speaker_span=speaker_span,
            cue=cue,
            cue_text=self.text[cue.start : cue.end],
            cue_class="state" if state else "speech",
            contents=tuple(contents),
            kind=kind,  # type: ignore[arg-type]
        )

    def continue_quote(self, unit: _Unit) -> bool:
        """Add a fully quoted unit to the last statement if that was a quotation."""
        if not self.out or not unit.quotes:
            return False
        last = self.out[-1]
        body = self.text[unit.start : unit.end].strip()
        a, b = unit.quotes[0][0], unit.quotes[-1][1]
        if len(unit.quotes) != 1 or a > unit.start + 1 or b < unit.end - 1 or body[:1] not in _OPEN:
            return False
        if last.kind == "indirect" and not self.text[last.cue.end : last.cue.end + 1] == ":":
            return False
        if not self.text[last.end : unit.start].strip() == "" and unit.start - last.end > 1200:
            return False
        self.out[-1] = Statement(
            last.start,
            max(last.end, b),
            speaker=last.speaker,
            speaker_span=last.speaker_span,
            cue=last.cue,
            cue_text=last.cue_text,
            cue_class=last.cue_class,
            contents=(*last.contents, Span(a, b)),
            kind="direct" if last.kind == "direct" else "mixed",
        )
        return True


def find_statements(
    text: str,
    paragraphs: Sequence[Paragraph],
    sentences: Sequence[Sentence],
    actors: Sequence[Actor],
) -> tuple[Statement, ...]:
    """Every statement of an article, in text order."""
    if not text or not sentences:
        return ()
    quotes = quotations(text, paragraphs)
    reader = _Reader(text, Speakers(text, actors))
    chain = False  # the last unit ended a quotation or a cue with ":"
    for unit in _units(sentences, quotes):
        cues = _cues(text, unit)
        if cues:
            chain = reader.unit(unit, cues)
        elif chain and unit.quotes:
            chain = reader.continue_quote(unit)
        else:
            chain = False
    return tuple(sorted(reader.out, key=lambda s: (s.start, s.end)))
