"""Fast paths of the statement finder's cue, phrase, speaker and text helpers find what
the plain forms they replace find, on text written for the tests."""

from __future__ import annotations

import re

import pytest

from briefing.analyse.attribution_words import FEMALE_TITLES, MALE_TITLES
from briefing.analyse.statements_phrases import _phrase, _speaker_tail
from briefing.analyse.statements_speakers import _TITLE_BEFORE, Speakers, _gender
from briefing.analyse.statements_text import (
    _SINGLE_MARKS,
    _TOKEN_RE,
    _marks,
    _paragraph_marks,
    _tokens,
)
from briefing.model import Actor, Mention, Paragraph
from tests.statement_rows import analyse

# Speaker phrases of every shape before a cue: names after prepositions, determiners and
# barriers, lone pronouns, bare nouns, more than eight words, titles and punctuation.
BODIES = [
    "On Monday Ana Ruiz of the Leeds council said it was over. But in the end the "
    "spokesman for Tom Baker said no. The minister of health in Paris, Ana Ruiz, said so.",
    "That is what he said, and what the company and its many loyal long-time staff "
    "members from all over the wide world believed. Officials at the embassy in Paris "
    "said. A lawyer for Tom Baker told them. “Yes,” said another. Someone at the firm "
    "of Ruiz & Baker Ltd. said it. Mr. T. Baker (R) said. 42 said. The dog said.",
    "According to Dr Ana Ruiz's aide, to whom it was sent, it is not so. Not said; "
    "the 'Paris-based' ‘group’ of 1,000 said, ''it was.'' Nobody said. The workers said.",
]


@pytest.mark.parametrize("body", BODIES)
def test_speaker_tail_is_the_phrase_of_the_window_tokens(analyser, body):
    article = analyse(analyser, body)
    text = article.text
    speakers = Speakers(text, article.actors)
    assert article.actors and speakers.rows
    bounds = sorted({0, len(text)} | {b for m in _TOKEN_RE.finditer(text) for b in m.span()})
    found = 0
    for i, start in enumerate(bounds):
        for end in bounds[i:]:
            plain = _phrase(text, _tokens(text, start, end), speakers)
            assert _speaker_tail(text, start, end, speakers) == plain
            found += plain is not None
    assert found > len(bounds)  # the windows hold speaker phrases, not only rejects


def _plain_head(speakers, start, end):
    found = speakers.inside(start, end)
    for row in reversed(found):
        before = speakers.text[max(start, row[0] - 5) : row[0]].lower()
        if not re.search(r"\b(?:of|for|in|at|from|to|with|on)\s+(?:the\s+)?$", before):
            return row
    return found[-1] if found else None


@pytest.mark.parametrize("body", BODIES)
def test_head_without_inside_is_the_plain_head(analyser, body):
    article = analyse(analyser, body)
    text = article.text
    speakers = Speakers(text, article.actors)
    bounds = sorted({0, len(text)} | {b for m in _TOKEN_RE.finditer(text) for b in m.span()})
    heads = 0
    for i, start in enumerate(bounds):
        for end in bounds[i:]:
            plain = _plain_head(speakers, start, end)
            assert speakers.head(start, end) == plain
            heads += plain is not None
    assert heads


TITLED = (
    "Mrs Ana Ruiz met mr. Tom Baker, MS Lee, businesswoman Jo Kay, the spokeswoman Bo "
    "and Sir  Ian with Lady-Jane, Mrsé Ana, XMr Ian, (Madame) Eve, Mr 12 Ian, QUEEN Ana, "
    "kingdom Ian, Mr\u212a Ian, Miſs Ana."
)


def _plain_title(text, at):
    before = re.findall(r"[A-Za-z]+", text[max(0, at - 12) : at])
    word = before[-1].lower() if before else ""
    return "female" if word in FEMALE_TITLES else "male" if word in MALE_TITLES else None


def test_title_before_a_mention_is_the_last_word_of_the_plain_scan():
    found = []
    for at in range(len(TITLED) + 1):
        title = _TITLE_BEFORE.search(TITLED[max(0, at - 12) : at])
        fast = None
        if title is not None:
            fast = "female" if title.group(1).lower() in FEMALE_TITLES else "male"
        assert fast == _plain_title(TITLED, at)
        found.append(fast)
    assert "female" in found and "male" in found and None in found


def test_gender_reads_the_title_before_each_mention_in_turn():
    at = TITLED.index("Ian")
    actor = Actor("a", "Ian", "person", mentions=(Mention(at, at + 3, "Ian"),))
    assert _gender(TITLED, actor) == _plain_title(TITLED, at) == "male"
    at = TITLED.index("Jo Kay")
    actor = Actor("b", "Jo Kay", "person", mentions=(Mention(at, at + 6, "Jo Kay"),))
    assert _plain_title(TITLED, at) is None  # "sinesswoman": the word is cut


# Paragraph edges inside and between typewriter quotes ('' and '''), curly and straight
# marks, paragraphs back to back and with gaps.
MARKED = [
    "''a'' ''' b'''c\"d\" “e” «f» ''",
    "x'''y''z\n''''\n“a”\"b\"''",
    "no marks at all",
]


@pytest.mark.parametrize("text", MARKED)
def test_paragraph_marks_cut_from_the_whole_text_are_the_marks_of_each_paragraph(text):
    singles = [c for c in _SINGLE_MARKS if c in text]
    doubled = "''" in text
    cuts = range(len(text) + 1)
    for a in cuts:
        for b in cuts[a:]:
            for paragraphs in ([Paragraph(0, a), Paragraph(a, b)], [Paragraph(a, b)]):
                plain = [_marks(text, p.start, p.end, singles, doubled) for p in paragraphs]
                fast = dict(_paragraph_marks(text, paragraphs, singles, doubled))
                assert [fast.get(i, []) for i in range(len(paragraphs))] == plain
