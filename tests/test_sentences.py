"""Tests for the sentence splitter (briefing.analyse.sentences)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.analyse.sentences import sentence_spans, split_sentences
from briefing.model import Paragraph, Sentence

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_bcd797a559c6a1d3.txt"


def split(text: str) -> list[str]:
    """Split ``text`` and return the sentence strings."""
    return [text[s:e] for s, e in sentence_spans(text)]


# Each case: the sentences, in order; the text is them joined with one space.
CASES = {
    # Titles before capitals.
    "mr": ["Mr. Smith went to Washington.", "He stayed."],
    "ms_mrs": ["Ms. Jones met Mrs. Brown at noon.", "They talked."],
    "dr": ["Dr. Adams examined the patient.", "Nothing was wrong."],
    "sen_gov_gen": ["Sen. Warren, Gov. Newsom and Gen. Milley spoke.", "Reporters listened."],
    "st_ft": ["They drove from St. Louis to Ft. Worth.", "It took a day."],
    "title_initial": ["Lt. Col. Jean Marc arrived.", "So did Maj. Gen. Ann Ray."],
    # Abbreviations before digits.
    "no_digit": ["The band reached No. 2 in the charts.", "It was their best."],
    "month_digit": ["Trading resumed on Jan. 15 in London.", "Prices fell."],
    "month_year": ["The plant closed in Nov. 2023 after losses.", "Staff were moved."],
    "no_word": ["She simply said No.", "Then she left."],
    # Company and name abbreviations.
    "inc_mid": ["Apple Inc. said sales rose.", "Shares gained."],
    "inc_end": ["He works for Acme Inc.", "The firm is small."],
    "jp_morgan": ["J.P. Morgan cut its forecast.", "Rivals did too."],
    "initial": ["George W. Bush spoke first.", "Others followed."],
    "us_mid": ["The U.S. Treasury and the U.N. Security Council met in D.C. on Friday."],
    "us_end_the": ["He moved to the U.S.", "The move was a success."],
    "us_end_he": ["They flew to Washington, D.C.", "He was tired."],
    "us_end_but": ["Talks were held at the U.N.", "But nothing changed."],
    "us_before_name": ["Officials in the U.S. Congress disagreed."],
    "us_before_title": ["He met U.S. Sen. Rand Paul in private."],
    # Lower-case continuations.
    "am_pm": ["The vote opens at 9 a.m. and closes at 5 p.m. on Friday.", "Turnout is high."],
    "pm_end": ["The meeting began at 5 p.m.", "The mayor spoke first."],
    "ie_eg": ["Some costs, i.e. fuel, rose, e.g. by 5%.", "Others fell."],
    "eg_capital": ["Big firms, e.g. Google, lobbied hard.", "They won."],
    "etc_end": ["They sold apples, pears, etc.", "The market closed early."],
    "et_al": ["Smith et al. found a link.", "It was weak."],
    # Decimals and currency.
    "decimals": ["Profits rose 4.5% to $3.2bn.", "Sales were £1.13bn, up 0.5 points."],
    "decimal_end": ["He won in 7.35.", "Olympic champion Ray was second."],
    "time_end": ["The winner ran 3:49.78.", "It was a record."],
    # Quotes after the stop.
    "quote_after_stop": ['He said "no."', "Then he left."],
    "curly_double": ["She said “it is over.”", "Nobody argued."],
    "curly_single": ["He called it ‘a disgrace.’", "The club apologised."],
    "single_straight": ["He called it 'a disgrace.'", "The club apologised."],
    "quote_question": ['"Why not?" he asked.', "Nobody answered."],
    "quote_exclaim_attrib": ['"We won!" Tony Blair said.', "The crowd cheered."],
    "quote_ellipsis_attrib": ['"I was rusty..." Hailey later recalled.', "He flew anyway."],
    "two_quotes": ['"Just spoke to him."', '"think we should wait."'],
    "quote_opens_next": ["The minister was blunt.", '"This is wrong," she said.'],
    "curly_opens_next": ["The minister was blunt.", "“This is wrong,” she said."],
    "quote_after_initial": ['He loved "Cell Block H."', "Labour disagreed."],
    "stop_quote_then_name_said": ['He said "no."', "Brown said later that he agreed."],
    "quote_initial": ['"A star presenter like Mr P."', '"Never known such a fuss."'],
    # Ellipses.
    "ellipsis_mid": ["He paused... and then carried on talking.", "It worked."],
    "ellipsis_end": ["He waited...", "Nothing happened."],
    "ellipsis_char": ["He waited…", "Nothing happened."],
    "ellipsis_char_mid": ["He waited… and waited.", "Nothing happened."],
    # Question and exclamation marks.
    "question": ["Is it over?", "Nobody knows."],
    "exclaim": ["What a game!", "The fans sang."],
    "interrobang": ["Really?!", "Yes."],
    "question_lower": ["Would he stay? perhaps not, they said."],
    "yahoo": ["Yahoo! said profits rose.", "Google was silent."],
    # Brackets and parenthesised abbreviations.
    "bracket_after_stop": ["Sales rose (as expected.)", "Costs fell."],
    "paren_sentence": ["Costs fell.", "(Sales rose too.)", "Profits jumped."],
    "ret_lower": ["Gen. John Allen (ret.) said the war was lost.", "Others agreed."],
    "ret_capital": ["Adm. Mike Mullen (ret.) Chairman emeritus, spoke.", "He was brief."],
    "ret_end": ["The speaker was Gen. Allen (ret.)", "The audience clapped."],
    # State abbreviations.
    "state_mid": ["Kevin Swanson of Morro Bay, Calif., was hurt.", "He recovered."],
    "state_end": ["He lives in Morro Bay, Calif.", "He was airlifted."],
    "senor": ["The letter came from Sr. Garcia in Madrid.", "He was ill."],
    "senior_end": ["The father is John Smith Sr.", "He is 80."],
    "initial_end": ["He admired Malcolm X.", "Besides, he read widely."],
    "mass_word": ["It reached critical mass.", "Scientists cheered."],
    # Digits and numbers starting sentences.
    "digit_next": ["Sales rose in 2004.", "2005 was worse."],
    "list_number": ["1. Combine the flour and sugar.", "Stir well."],
    "currency_next": ["It was a bargain.", "$300m changed hands."],
    # Plain cases.
    "single": ["Just one sentence."],
    "no_stop": ["A title without a stop"],
    "trailing_text": ["First sentence.", "Then an unfinished one"],
}


@pytest.mark.parametrize("sentences", CASES.values(), ids=CASES.keys())
def test_hard_cases(sentences: list[str]) -> None:
    assert split(" ".join(sentences)) == sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Leading space. And trailing.  ", ["Leading space.", "And trailing."]),
        (
            "Hard-wrapped\nline one. Line\ntwo ends\nhere.",
            ["Hard-wrapped\nline one.", "Line\ntwo ends\nhere."],
        ),
        ("Tab\tseparated.\tNext one.", ["Tab\tseparated.", "Next one."]),
        ("Wrapped at the stop.\nNext line.", ["Wrapped at the stop.", "Next line."]),
        ("Mr.\u00a0Smith came. He left.", ["Mr.\u00a0Smith came.", "He left."]),
        ("...", ["..."]),
        ("?", ["?"]),
        ("   ", []),
        ("", []),
    ],
)
def test_whitespace_and_edges(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_range_offsets_index_full_text() -> None:
    text = "IGNORED. First one. Second one.\n\nAlso ignored."
    start = text.index("First")
    end = text.index("\n\n")
    spans = sentence_spans(text, start, end)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]
    assert spans[0][0] == start
    assert spans[-1][1] == end


def test_range_end_cuts_mid_sentence() -> None:
    text = "One. Two words here. Three."
    assert [text[s:e] for s, e in sentence_spans(text, 0, 9)] == ["One.", "Two"]


def test_split_sentences_paragraph_indices() -> None:
    text = "Title line\n\nDr. Ray came. He left.\n\n   \n\n“Bye.” The end"
    paras = [Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    sentences = split_sentences(text, paras)
    assert all(isinstance(s, Sentence) for s in sentences)
    got = [(s.text_of(text), s.paragraph) for s in sentences]
    assert got == [
        ("Title line", 0),
        ("Dr. Ray came.", 1),
        ("He left.", 1),
        ("“Bye.”", 3),
        ("The end", 3),
    ]


def check_invariants(text: str, start: int, end: int) -> None:
    """Assert the span invariants for ``text[start:end]``."""
    spans = sentence_spans(text, start, end)
    prev = start
    for s, e in spans:
        assert prev <= s < e <= end
        assert not text[s].isspace() and not text[e - 1].isspace()
        prev = e
    if text[start:end].strip():
        assert spans
    else:
        assert spans == []
    # Every non-space character is covered by exactly one span.
    covered = sum(e - s for s, e in spans)
    gaps = "".join(
        text[a:b]
        for a, b in zip([start] + [e for _, e in spans], [s for s, _ in spans] + [end], strict=True)
    )
    assert covered + len(gaps) == end - start
    assert not gaps.strip()


_ALPHABET = st.sampled_from(
    list("aAbZ .?!…\"'“”‘’()[]\n\t\u00a0\u2009\x1c5$%")
    + ["Mr. ", "U.S. ", "The ", "e.g. ", "(ret.) ", "... "]
)


@given(st.lists(_ALPHABET, max_size=60).map("".join), st.integers(0, 80), st.integers(0, 80))
def test_invariants_random_text(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    check_invariants(text, start, end)
    check_invariants(text, 0, len(text))


def test_seed_article_invariants() -> None:
    text = SEED.read_text(encoding="utf-8")
    paras = [Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    sentences = split_sentences(text, paras)
    assert len(sentences) > len(paras)
    for para_index, para in enumerate(paras):
        mine = [s for s in sentences if s.paragraph == para_index]
        assert mine, para
        assert mine[0].start == para.start + len(para.text_of(text)) - len(
            para.text_of(text).lstrip()
        )
        for s in mine:
            assert para.start <= s.start < s.end <= para.end
    assert [s.start for s in sentences] == sorted(s.start for s in sentences)


@pytest.mark.parametrize(
    "text",
    [
        "." * 50_000 + "x",
        "Ab. " * 20_000,
        "B.\nC.\n" * 20_000,
        "x." + ")" * 50_000 + " y",
        "x. " + "(" * 50_000,
    ],
    ids=["dot_run", "many_sentences", "rejected_initials", "closer_run", "opener_run"],
)
def test_pathological_input_is_linear(text: str) -> None:
    # Linear work is a few milliseconds here; a quadratic scan takes many seconds.
    t0 = time.perf_counter()
    check_invariants(text, 0, len(text))
    assert time.perf_counter() - t0 < 2.0
