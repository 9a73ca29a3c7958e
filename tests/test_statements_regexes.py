"""The statement regexes written for speed find exactly what their plain forms find."""

from __future__ import annotations

import re

import pytest

from briefing.analyse.statements_cues import _CUE_BODY, _CUE_START, _FORMS, _all_cues
from briefing.analyse.statements_text import _QUOTE_CHAR, _clause_end

# Text written for the tests: cues at the start, after punctuation, inside words, before
# hyphens and apostrophes, multi-word cues, typewriter quotes, dashes and clause breaks.
SAMPLES = [
    "Said Smith, who was there, “We will go.”",
    "said the minister; he added — again — that it was over",
    "said the guards – two of them - 'were new' – but not the rest — x – Yes – and — so",
    "The aforesaid plan, well-said, was said-to-be final; she’said nothing.",
    "According to the police, officers “said” it; according to X, they pointed out flaws",
    "He called for calm, called on voters and called-for nothing. ''It works,'' he said.",
    "_said said_ 5said café said cafe\u0301said add address added",
    '«Non», a-t-il dit. He says: "Yes" — and warned, adding that it was late, but left.',
    "\nsaid\nsaid  said,said",
    "é said\xa0said\u2003said—said\tsaid (said) /said/ ‘said’ [said]",
    ", adding that; — – x —y , saying  but , and according to them",
    "he said it was “odd,” adding that ''it is,'' noting “so,\" saying so",
    "“Go”said he; said“now” and ''yes''said, “said” said, said''no'' “x” said",
    '“said it” said\n"said"said "said',
    "",
]


def _plain_cues(text: str) -> list[tuple[int, int, str]]:
    return [(*m.span(), m.group()) for m in re.finditer(r"(?<!\w)" + _CUE_BODY, text)]


@pytest.mark.parametrize("text", SAMPLES)
def test_cue_scan_matches_the_lookbehind_form(text):
    assert _all_cues(text) == _plain_cues(text)


def test_no_cue_starts_inside_a_multi_word_cue():
    # _all_cues relies on it to merge its three scans
    for form in [*_FORMS, "according to", "According to"]:
        for i in range(1, len(form)):
            if not (form[i - 1].isalnum() or form[i - 1] == "_"):
                assert _CUE_START.match(form + " x", i) is None, form


_PLAIN_CLAUSE_END = re.compile(
    r",(?P<mark>[”\"]|'')?\s+(?:and\s+)?(?=(?:adding|saying|noting|stating|arguing|warning|"
    r"insisting|explaining|according to|but|while|although)\b)|;|\s[—–]\s"
)


# A dash opening an aside that a second dash closes, lower case going on after it.
_PLAIN_ASIDE = re.compile(r"[^.;:!?“”\"]{3,120}? [—–-] (?=['‘\"“]?[a-z])")


def _plain_clause_end(text: str, start: int, end: int, quotes) -> int:
    past = start
    for m in _PLAIN_CLAUSE_END.finditer(text, start, end):
        if m.start() < past:
            continue
        if re.search(r"(?<![^\W_])that\Z", text[: m.start()]) and m.start() - 4 >= start:
            continue  # "that" opens a clause: a break right after it is not the clause's end
        dashed = "\u2013" in m.group() or "\u2014" in m.group()
        aside = _PLAIN_ASIDE.match(text[:end], m.start() + 2) if dashed else None
        if aside is not None:
            past = aside.end()
            continue
        at = m.end("mark") if m.group("mark") else m.start()  # after a closing mark
        if not any(a < at < b for a, b in quotes):
            return at
    return end


@pytest.mark.parametrize("text", SAMPLES)
def test_clause_end_matches_the_plain_form_from_every_start(text):
    quotes = [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text)]
    for start in range(len(text) + 1):
        for end in (start, start + 1, start + 7, len(text)):
            end = min(end, len(text))
            got = _clause_end(text, start, end, quotes)
            assert got == _plain_clause_end(text, start, end, quotes), (start, end)


@pytest.mark.parametrize("text", SAMPLES)
def test_quote_marks_match_the_character_class_form(text):
    plain = re.compile("[“”\"«»]|''")
    assert [m.span() for m in _QUOTE_CHAR.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@pytest.mark.parametrize("text", SAMPLES)
def test_cue_scan_between_quotations_drops_exactly_the_quoted_cues(text):
    from briefing.analyse.statements_text import quotations
    from briefing.model import Paragraph

    paragraphs, start = [], 0
    for line in text.split("\n"):
        paragraphs.append(Paragraph(start, start + len(line)))
        start += len(line) + 1
    quotes = quotations(text, paragraphs)
    outside = [c for c in _all_cues(text) if not any(a <= c[0] < b for a, b, _ in quotes)]
    assert _all_cues(text, quotes) == outside


NOMINAL_SAMPLES = [
    "His claim that it works, and J. R. Smith's false assertion that it did not.",
    "Mr. Lee's statement that, her warning  that, their new promises\nthat; its vows that",
    "Ana's claims thatch; his claim that\u00a0that; “Bo's boasts that” x's claim that",
    "the claim that his claim that Ms. O’Neil’s recent warnings that Dr. A-B's pledges that",
    "",
]


@pytest.mark.parametrize("text", NOMINAL_SAMPLES + SAMPLES)
def test_nominal_search_near_each_that_matches_the_full_scan(text):
    from briefing.analyse.statements_nominal import _NOMINAL, _nominal_ends, _nominal_matches

    full = [m.span() for m in _NOMINAL.finditer(text)]
    assert [m.span() for m in _nominal_matches(text, _nominal_ends(text))] == full
    assert full or text not in NOMINAL_SAMPLES[:-1]


def test_tail_pretest_never_rejects_a_tail():
    from briefing.analyse.statements_cues import _TAIL_RE, _may_tail

    words = ["in a statement", "In  remarks", "in\tan op-ed", "with a laugh", "WITH A GRIN"]
    words += ["monday", "Friday night", "SUNDAY", "thursday", "the", "that", "in", "inside"]
    words += ["ſunday", "İn a statement", "\xa0monday", " monday", "wit", "", "x", "“in”"]
    for word in words:
        for text in (" " + word, " " + word + " x", "  " + word):
            if _TAIL_RE.match(text, 0) is not None:
                assert _may_tail(text, 1), text
    assert not _may_tail(" the end", 1) and not _may_tail(" inside", 1)


@pytest.mark.parametrize("text", [*SAMPLES, "''' '''' “''”«»\"'' x'' ''", "a ''b'' c"])
def test_marks_found_by_find_are_the_regex_marks(text):
    from briefing.analyse.statements_text import _SINGLE_MARKS, _marks

    for start in range(len(text) + 1):
        for end in (start, start + 1, start + 5, len(text)):
            end = min(end, len(text))
            got = _marks(text, start, end, list(_SINGLE_MARKS), True)
            assert got == [(m.start(), m.group()) for m in _QUOTE_CHAR.finditer(text, start, end)]


@pytest.mark.parametrize("text", SAMPLES)
def test_cue_trie_matches_a_plain_longest_first_alternation(text):
    words = sorted([*_FORMS, "according to", "According to"], key=len, reverse=True)
    plain = r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")\b(?![-’'])"
    assert _plain_cues(text) == [(*m.span(), m.group()) for m in re.finditer(plain, text)]
