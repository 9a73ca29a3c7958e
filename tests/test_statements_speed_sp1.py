"""Fast paths of the statement finder's cue scan and per-cue tests give what the plain
forms they replace give, on text written for the tests and strings built from its pieces."""

from __future__ import annotations

import random
import re

import pytest

from briefing.analyse.statements_cues import _CUE_BODY, _all_cues

# Pieces of news text around cues: every kind of character that may precede or follow a
# cue (spaces, ASCII and other punctuation, non-ASCII letters and spaces, digits).
CUE_PIECES = [
    "said", "says", "told", "according to", "According to", "called for", "call", "Said",
    "added", "add", "thinks", "pointed out", "point", "the", "Ana", "café", "résumé",
    " ", " ", "  ", "\n", "\t", "\xa0", "\u2003", "-", "—", "–", "’", "'", "''", "‘", "“",
    "”", '"', "«", "»", ",", ".", ";", ":", "?", "!", "(", ")", "[", "/", "_", "5", "é",
    "\u0301", "中", "\x01", "?said", "x",
]  # fmt: skip


def _built(seed: int, count: int = 300, most: int = 10) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(CUE_PIECES, k=rng.randint(1, most))) for _ in range(count)]


def _plain_cues(text: str) -> list[tuple[int, int, str]]:
    return [(*m.span(), m.group()) for m in re.finditer(r"(?<!\w)" + _CUE_BODY, text)]


WRITTEN_CUES = [
    "“Go,”said he—said she–said they’said (said) [said] /said/ ‘said’ «said» 5said _said",
    "café said; caféSaid; é\u0301said; 中said; \xa0said\u2003said\x01said?said",
    "he said-so, called-for, according-to them, according to-day; said’s said'",
    "''said'' said''; ?According to him. -According to her",
]


@pytest.mark.parametrize("text", WRITTEN_CUES + _built(1) + _built(2, most=25))
def test_cue_scan_through_marks_is_the_lookbehind_scan(text):
    assert _all_cues(text) == _plain_cues(text)


def _plain_between(text: str, quotes: list[tuple[int, int, int]]) -> list[tuple[int, int, str]]:
    """The plain scan at the text's start and of each stretch between ``quotes``, from the
    last character of the quotation before it to the first of the one after it."""
    plain = re.compile(r"(?<!\w)" + _CUE_BODY)
    first = plain.match(text)
    found = [(0, first.end(), first.group())] if first is not None else []
    low = 0
    for a, b in [(a + 1, b - 1) for a, b, _ in quotes] + [(len(text), 0)]:
        found += [(*m.span(), m.group()) for m in plain.finditer(text, low + 1, a)]
        low = b
    return sorted(found)


@pytest.mark.parametrize("seed", [3, 4])
def test_cue_scan_through_marks_between_quotations(seed):
    rng = random.Random(seed)
    for text in _built(seed, most=25):
        bounds = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, 4)))
        quotes = [(a, b, 0) for a, b in zip(bounds[::2], bounds[1::2], strict=False) if b - a > 1]
        assert _all_cues(text, quotes) == _plain_between(text, quotes), (text, quotes)


def test_form_reading_is_the_plain_tests_of_each_form():
    from briefing.analyse.attribution_words import WEAK_BARE
    from briefing.analyse.statements_cues import _FORM_READ
    from briefing.analyse.statements_forms import (
        _CHECKED_LEMMAS,
        _OBJECT_CHECKED,
        _PLAIN_SAY,
        _PREP_FIRST,
        _PREPS,
        _cue_prep,
    )

    assert len(_FORM_READ) > 500
    for lemma, form, _state, read in _FORM_READ.values():
        final = form[-1]
        special = lemma in _CHECKED_LEMMAS or form[0].isupper() or form in ("asked", "think")
        assert read.special == special, form
        assert read.expected == (form == "expected")
        assert (read.plural, read.gerund, read.clitic) == (final == "s", final == "g", final != "s")
        assert read.weak_plural == (final == "s" and lemma in WEAK_BARE and form == lemma + "s")
        assert read.object_checked == (lemma in _OBJECT_CHECKED)
        assert read.participle == (form != lemma and not form.endswith(("s", "ing")))
        assert (read.ing, read.saying) == (form.endswith("ing"), form == "saying")
        if lemma in _PREPS or lemma not in _PLAIN_SAY:
            prep = _cue_prep(lemma)
            assert (read.prep, read.prep_first) == (prep, _PREP_FIRST[prep]), form
        else:
            assert read.prep is None and read.prep_first == "", form


# Auxiliaries, -ly words after them or not, clitics, passives with "by", line breaks.
AUX_TEXTS = [
    "He has consistently said so; she would only say it. They have also really argued.",
    "The plan proposed by Ana, the claims denied by them, he responded by saying, rally said",
    "It was widely reported by the BBC. Holly said. Sally told him. Early said, daily says",
    "He has\nsaid; she’d only\nsaid it; we will probably say; weekly said by 3%",
]


def _extend_aux_before(text: str, lo: int, cue) -> int:
    """_extend_aux as it was, calling _adverb_after_aux for every plain word (the plain form)."""
    from briefing.analyse.attribution_words import AUXILIARIES
    from briefing.analyse.statements_cues import _WORD_BEFORE, _adverb_after_aux

    start = cue.start
    while True:
        low = lo if lo > start - 20 else start - 20
        before = text[start - 1] if start > low else ""
        if before == " ":
            k = text.rfind(" ", low, start - 1) + 1
            word = text[k or low : start - 1]
            if word.isascii() and word.isalpha():
                if word.lower() not in AUXILIARIES:
                    if not _adverb_after_aux(text, low, k, word):
                        return start
                start = k or low
                continue
            last = word[-1:]
            if not (last.isascii() and last.isalpha()):
                return start
        elif before != "\n":
            return start
        m = _WORD_BEFORE.search(text, low, start)
        if m is None or m.group(1).lower() not in AUXILIARIES:
            return start
        start = m.start(1)


@pytest.mark.parametrize("text", AUX_TEXTS)
def test_cue_tests_before_their_calls_are_the_plain_tests(text):
    from briefing.analyse.statements_cues import _Cue, _cues, _extend_aux
    from briefing.analyse.statements_reading import _passive_by

    cues = _cues(_all_cues(text))
    assert len(cues) >= 3
    for cue in cues:
        plain = text[cue.end : cue.end + 1] == " " and _passive_by(text, cue)
        gated = cue.read.participle and text.startswith(" by", cue.end) and _passive_by(text, cue)
        assert gated == plain, cue
    assert any(_passive_by(text, c) for c in cues) == ("by" in text.split())
    for start in range(1, len(text)):
        for lo in (0, max(0, start - 9)):
            cue = _Cue(start, start, "", "", False)
            assert _extend_aux(text, lo, cue) == _extend_aux_before(text, lo, cue), (start, lo)


@pytest.mark.parametrize("text", WRITTEN_CUES + AUX_TEXTS)
def test_cues_stored_field_by_field_are_the_dataclass_cues(text):
    from briefing.analyse.statements_cues import _FORM_READ, _Cue, _cues

    found = _all_cues(text)
    assert _cues(found) == [_Cue(s, e, *_FORM_READ[f]) for s, e, f in found]
    assert found or "said-so" in text  # the one text whose cue words are no cues


def test_no_role_before_an_empty_stretch():
    # _said calls _before_role only when words stand before the speaker
    from briefing.analyse.statements_reading import _before_role

    text = "Well, White House spokesman Tony Snow, said, it; , a b said"
    for end in range(len(text) + 1):
        for start in range(end, len(text) + 1):
            assert _before_role(text, start, end) == end


THAT_PIECES = [
    "that", "thathat", "thatthat", "that_", "thatch", "that's", "claim", "claims", "his",
    "Ana's", "warning", "vows", "statement", "belief", " ", "  ", "\n", "\xa0", ",", ".", "x",
]  # fmt: skip


def _nominal_ends_before(text: str) -> list[int]:
    """_nominal_ends as it was, over the regex engine's matches of "that" (the plain form)."""
    from briefing.analyse.statements_nominal import _NOUN_END, _NOUN_FINALS, _THAT_WORD

    out = []
    for m in _THAT_WORD.finditer(text):
        at = end = m.start()
        while end and text[end - 1].isspace():
            end -= 1
        if (
            end < at
            and text[end - 1] in _NOUN_FINALS
            and _NOUN_END.search(text, max(0, end - 14), end)
        ):
            out.append(at)
    return out


@pytest.mark.parametrize("seed", [5, 6])
def test_nominal_ends_found_by_find_are_the_regex_matches(seed):
    from briefing.analyse.statements_nominal import _nominal_ends

    rng = random.Random(seed)
    texts = ["His claim that, her warning  that thathat; vows\nthat that_ claims thatthat"]
    for _ in range(400):
        words = rng.choices(THAT_PIECES, k=rng.randint(1, 14))
        texts.append("".join(w + rng.choice(("", " ", " ", "\n")) for w in words))
    hits = 0
    for text in texts:
        assert _nominal_ends(text) == _nominal_ends_before(text), text
        hits += bool(_nominal_ends(text))
    assert hits > 20
