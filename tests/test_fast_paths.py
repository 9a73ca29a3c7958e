"""Fast paths of the analysis give what the plain forms they replace give, on written text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analyse.actors import tokens
from briefing.analyse.keypoint_scores import content_bags
from briefing.analyse.sections import (
    MIN_PARAGRAPHS,
    _boundaries,
    _paragraph_words,
    _sizes,
    _tiling,
    _topic_word,
    topical_sections,
)
from briefing.analyse.sentences import split_sentences
from briefing.analyse.text_stats import (
    ATTRIBUTION_WORDS,
    STOP_WORDS,
    TERM,
    WORD,
    lower_aligned,
    sentence_terms,
)
from briefing.clean import clean_text
from briefing.load.decode import decode, utf16_encoding
from briefing.model import Paragraph, Sentence

from .conftest import lines_to_text

LINES = [
    "The mayor's office said on Monday that the Indo-Pacific plan was “on track”.",
    "Officials told reporters: don't expect a deal before the 2024 vote, she said.",
    "Rock'n'roll fans, self-styled “road_warriors” and ex-ministers met in São Paulo.",
    "It is what it is.",
    "Über-rich donors (and their well-paid lawyers) wouldn't comment; they'd 'no view'.",
]
WORDS = st.sampled_from(
    "the mayor's Indo-Pacific said told don't São über-rich road_warriors 2024 a_b-c "
    "it's O'Neill-Smith ex-minister's well-paid 3.5% ’s x-y-z".split()
)


def _content_bags_plain(terms: list[list[str]]) -> tuple[list[list[str]], list[bool]]:
    """content_bags as first written: every term tested, stop words dropped one by one."""
    tokens = [
        t
        if all(term.isalnum() for term in t)
        else [w for term in t for w in ((term,) if term.isalnum() else WORD.findall(term))]
        for t in terms
    ]
    return (
        [[w for w in t if w not in STOP_WORDS] for t in tokens],
        [not ATTRIBUTION_WORDS.isdisjoint(t) for t in tokens],
    )


def _terms(lines: list[str]):
    text, paragraphs = lines_to_text(lines)
    return sentence_terms(text, split_sentences(text, paragraphs))


def test_content_bags_match_the_plain_form_on_written_text() -> None:
    terms = _terms(LINES)
    assert any(not all(t.isalnum() for t in s) for s in terms.terms)  # both paths taken
    assert content_bags(terms) == _content_bags_plain(terms.terms)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=12), min_size=1, max_size=5))
def test_content_bags_match_the_plain_form(sentences: list[list[str]]) -> None:
    terms = _terms([" ".join(words) + "." for words in sentences])
    assert content_bags(terms) == _content_bags_plain(terms.terms)


SECTION_LINES = [
    "The Mayor's office said NATO's Indo-Pacific plan was “on track” for 2024.",
    "Über-rich donors in São Paulo and Zürich gave £3m; the ÉLYSÉE said ΣΟΦΙΑ's ΟΔΟΣ.",
    "",
    "İstanbul fans, self-styled road_warriors, and ex-ministers met the ﬁnance chief.",
    "It is what it is. An ox ran. Straße und Maße, ǅemal and ᾈ wrote.",
    "",
    "Labour's well-paid MPs don't agree; they'd 'no view' on the A1-road plan.",
]
TOPIC_WORDS = st.sampled_from(
    "The Mayor's Indo-Pacific NATO's road_warriors 2024 a_b-c über-rich São Zürich İstanbul "
    "Straße ΣΟΦΙΑ's ΟΔΟΣ ﬁnance ǅemal ᾈ ox it's O'Neill-Smith well-paid x-y-z fans plan"
    " said chief".split()
)


def _topic_words_plain(text: str, paragraphs) -> list[list[str]]:
    """Each paragraph's tokens, each through _topic_word: what the bags must hold."""
    low = lower_aligned(text) or text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    bags = []
    for p in paragraphs:
        words = (_topic_word(t) for t in TERM.findall(low, p.start, p.end))
        bags.append([w for w in words if w])
    return bags


def _check_paragraph_words(lines: list[str]) -> None:
    text, paragraphs = lines_to_text(lines)
    sentences = split_sentences(text, paragraphs)
    terms = sentence_terms(text, sentences)
    bags, _ = _paragraph_words(text, paragraphs, sentences, terms)
    assert bags == _topic_words_plain(text, paragraphs)


def test_paragraph_words_match_the_plain_form_on_written_text() -> None:
    _check_paragraph_words(SECTION_LINES)
    _check_paragraph_words([line.lower() for line in SECTION_LINES])
    _check_paragraph_words(["Plain ascii words only, said the chief.", "", "Another plan here."])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(TOPIC_WORDS, min_size=1, max_size=10), min_size=1, max_size=6))
def test_paragraph_words_match_the_plain_form(paragraphs: list[list[str]]) -> None:
    _check_paragraph_words([" ".join(words) + "." for words in paragraphs])


def test_sections_skip_the_tiling_for_short_articles_with_the_same_result() -> None:
    lines = ["NATO met in Brussels. Allies spoke.", "", "China's trade grew. Exports rose fast."]
    text, paragraphs = lines_to_text(lines)
    sentences = split_sentences(text, paragraphs)
    shared = sentence_terms(text, sentences)
    bags, _ = _paragraph_words(text, paragraphs, sentences, shared)
    assert len(paragraphs) < 2 * MIN_PARAGRAPHS
    assert _boundaries(_tiling(bags, [{} for _ in bags]), _sizes(paragraphs, sentences)) == []
    (only,) = topical_sections(text, paragraphs, sentences, ())
    assert (only.start, only.end) == (0, len(text))


def test_sizes_count_sentences_per_paragraph_as_the_loop_did() -> None:
    paragraphs = [Paragraph(0, 5), Paragraph(6, 9), Paragraph(10, 20)]
    sentences = [Sentence(0, 2, 0), Sentence(3, 5, 0), Sentence(10, 20, 2), Sentence(21, 22, 7)]
    sizes = [0] * len(paragraphs)
    for s in sentences:
        if 0 <= s.paragraph < len(sizes):
            sizes[s.paragraph] += 1
    assert _sizes(paragraphs, sentences) == sizes == [2, 0, 1]


RAW_FILES = [
    b"Title\r\n\r\nPlain ASCII body.\tTabbed.\r\nNext line.\rOld Mac line.\n",
    b"Bell \x07 and DEL \x7f and NUL-free controls \x01\x1f removed.\n",
    b"An escape \x1b[31mred\x1b[0m and an OSC \x1b]0;title\x07 gone.\n",
    b"Non-ASCII: caf\xc3\xa9, a soft\xc2\xadhyphen, a zero\xe2\x80\x8bwidth, \xc2\x9b31m.\n",
    b"\xef\xbb\xbfBOM then text\r\n",
    b"Latin-1 bytes \xe9\xe8 are cp1252\r\n",
    b"",
]


@pytest.mark.parametrize("data", RAW_FILES)
def test_decode_fast_path_matches_clean_text(data: bytes) -> None:
    try:
        plain = clean_text(data.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except UnicodeDecodeError:
        plain = clean_text(data.decode("cp1252", errors="replace"))
    assert decode(data)[0] == plain


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=60).filter(bytes.isascii))
def test_decode_fast_path_matches_clean_text_on_any_ascii(data: bytes) -> None:
    if utf16_encoding(data) is None:
        assert decode(data)[0] == clean_text(data.decode("ascii"))


def _after_first_plain(alternatives: list[str]) -> str:
    """tokens._after_first as first written: one alternative per word, none shared."""
    groups: dict[str, list[str]] = {}
    for word in alternatives:
        groups.setdefault(word[0], []).append(word[1:])
    out = []
    for first, rests in groups.items():
        for rest in sorted(rests, key=lambda r: not r):
            if not rest:
                out.append(f"(?<={first})")
            elif re.fullmatch(r"\w+", rest):
                out.append(f"{rest}(?<={first}{rest})")
            else:
                out.append(f"(?<={first})(?:{rest})")
    return "|".join(out)


def _candidate_re_plain() -> re.Pattern[str]:
    # Later words as the plain _WORD (each abbreviation tried whole), then every
    # alternation shared by first letter as the plain one.
    pattern = tokens.CANDIDATE_RE.pattern
    assert pattern.count(tokens._LATER) == 3
    pattern = pattern.replace(tokens._LATER, tokens._WORD)
    for words in (tokens._SKIP, tokens._ABBR):
        shared = tokens._after_first(words)
        assert pattern.count(shared) == 1
        pattern = pattern.replace(shared, _after_first_plain(words))
    return re.compile(pattern)


CANDIDATE_TEXT = (
    "The Mr. Smith and Mrs. Jones met Dr. Who. They said Corp. and Co. Inc. deals, "
    "as Gov. Brown (St. Louis) told Lt. Col. Ford. I'm sure I've seen It, said Ms. Ann "
    "Lee of the Bank of England. Thursday's When-Then? Prof. Bros. Capt. Sgt. Supt. Det. "
    "Messrs. Cmdr. Adm. Hon. Insp. Ft. Fr. Jr. Sr. Mt. Rev. Rep. Sen. Gen. Maj. Ltd. "
    "A. B. Charles, J.P. Morgan, U.S. President; An Other; So Such; Monday May June. "
    "Quai d'Orsay, Dr. d’Aubigny d'i."
)
CAPITAL_WORDS = st.sampled_from(
    "The They Mr. Mrs. Mr Mrs Ms. Dr. Co. Corp. Corp Inc. Gov. St. Lt. Col. I I'm I’ve "
    "It Its It's A An And Monday May Thursday's Smith Bank of the England J.P. U.S. "
    "Prof. Profs Bros. Mt. Mtg. Sgt Capt. Capt Hon. Honda Det. Detroit Sen. Senate , . ; "
    "d'Orsay d’Arc d'".split()
)


def test_candidate_regex_matches_the_plain_alternation_on_written_text() -> None:
    plain = _candidate_re_plain()
    assert plain.pattern != tokens.CANDIDATE_RE.pattern
    found = [m.span() for m in tokens.CANDIDATE_RE.finditer(CANDIDATE_TEXT)]
    assert found == [m.span() for m in plain.finditer(CANDIDATE_TEXT)]
    assert len(found) > 10


@settings(max_examples=300, deadline=None)
@given(st.lists(CAPITAL_WORDS, min_size=1, max_size=12), st.sampled_from([" ", "\n", "  "]))
def test_candidate_regex_matches_the_plain_alternation(words: list[str], sep: str) -> None:
    text = sep.join(words)
    plain = _candidate_re_plain()
    assert [m.span() for m in tokens.CANDIDATE_RE.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(CAPITAL_WORDS, min_size=1, max_size=12), st.sampled_from([" ", "\n", "  "]))
def test_ascii_candidate_regex_matches_the_full_one_on_ascii_text(
    words: list[str], sep: str
) -> None:
    text = sep.join(w for w in words if w.isascii())
    assert [m.span() for m in tokens.CANDIDATE_ASCII_RE.finditer(text)] == [
        m.span() for m in tokens.CANDIDATE_RE.finditer(text)
    ]


def test_ascii_candidate_regex_on_written_text() -> None:
    text = CANDIDATE_TEXT.replace("’", "'")
    found = [m.span() for m in tokens.CANDIDATE_ASCII_RE.finditer(text)]
    assert found == [m.span() for m in tokens.CANDIDATE_RE.finditer(text)]
    assert len(found) > 10


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab9_-' .,\n'x-", max_size=40))
def test_ascii_sentence_terms_match_the_term_regex(body: str) -> None:
    # The ASCII fast path (spaces for non-word characters, loose joiners removed by one
    # regex, then a split) gives the terms TERM finds, joiners at every position included.
    text = "A" + body
    sentence = Sentence(0, len(text))
    assert sentence_terms(text, (sentence,)).terms == [TERM.findall(text.lower())]
