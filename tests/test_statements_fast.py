"""The statement reader's shortcuts find what the plain forms find, on text written for the
tests: sentences left out of the unit loop, tokens placed without match objects, cues
built once per article, the mention index built on first use."""

from __future__ import annotations

import re

import pytest

import briefing.analyse.statements as statements
from briefing.analyse.attribution_words import SPEECH_FORMS, STATE_FORMS
from briefing.analyse.statements_cues import _all_cues, _cues, ends_in
from briefing.analyse.statements_speakers import Speakers
from briefing.analyse.statements_text import (
    _TOKEN_RE,
    _tokens,
    _units,
    marked_sentences,
    quotations,
)
from tests.statement_rows import analyse, rows

# Plain sentences between statements of every kind: a paragraph led by "Name:", one
# ending "Smith boomed:" before a quoted paragraph, a pending "told the crowd:" followed
# by a plain paragraph, a continued quote after plain sentences, a signed quotation, a
# short cued sentence after a question, times with colons and a colon in mid-line.
BODIES = [
    "The plan was new. It had three parts. Ana Ruiz said it would work. Nobody else "
    "spoke. The vote was at 10:30.\n\nThe room was full. “We will win,” she said. "
    "The crowd cheered. “It is our time.”",
    "Mayor Lee: We have done our part. Others must act.\n\nThe council met. It voted. "
    "Then Smith boomed:\n\n“This is a disgrace.”\n\nThe meeting ended. Doors closed.",
    "The minister told the crowd, to applause:\n\nThe hall was quiet. Nobody moved.\n\n"
    "“We stand together,” the minister added. The rain fell. It fell again.\n\n"
    "Then Ana Ruiz told the crowd:\n\nThe hall was quiet.\n\n“We stand together.”",
    "Prices rose. Wages did not.\n\n“Can we win?” Ana Ruiz asked. The polls closed.\n\n"
    "“Is it over?” The room went quiet. Tom Baker asked.\n\n"
    "“Change is coming” ― Carlos Ruiz\n\nThe speech ended. People left: some fast, "
    "some slow. According to the police, ten people were hurt.",
    "It rained. It rained more. His claim that it was dry was false. The talks: a "
    "failure. Officials said the talks failed. They met again.\n\n“No deal,” said one "
    "diplomat, who asked not to be named. Time passed.",
    "",
]


def _every_sentence(text, sentences, quotes, cue_starts):
    return list(range(len(sentences)))


@pytest.mark.parametrize("body", BODIES)
def test_leaving_out_unmarked_sentences_finds_what_reading_every_sentence_finds(
    analyser, body, monkeypatch
):
    fast = analyse(analyser, body)
    monkeypatch.setattr(statements, "marked_sentences", _every_sentence)
    slow = analyse(analyser, body)
    assert fast.statements == slow.statements
    assert rows(fast) == rows(slow)


def test_the_bodies_hold_statements_and_plain_sentences(analyser):
    found = [len(analyse(analyser, body).statements) for body in BODIES]
    assert all(found[:-1]) and not found[-1]


@pytest.mark.parametrize("body", BODIES)
def test_unmarked_sentences_hold_no_cue_quotation_or_colon(analyser, body):
    article = analyse(analyser, body)
    text, sentences = article.text, article.sentences
    quotes = quotations(text, article.paragraphs)
    cues = [c[0] for c in _all_cues(text, quotes)]
    marked = marked_sentences(text, sentences, quotes, cues)
    assert marked == sorted(set(marked)) and len(marked) < len(sentences) or not body
    for i, s in enumerate(sentences):
        if i in marked:
            continue
        assert not any(s.start <= c < s.end for c in cues)
        assert not any(a < s.end and s.start < b for a, b, _ in quotes)
        line_end = text.find("\n", s.start)
        assert ":" not in text[s.start : s.end]
        if s.start == 0 or text[s.start - 1] == "\n":
            assert ":" not in text[s.start : len(text) if line_end < 0 else line_end]


@pytest.mark.parametrize("body", BODIES)
def test_units_of_marked_sentences_are_the_units_holding_them(analyser, body):
    article = analyse(analyser, body)
    text, sentences = article.text, article.sentences
    quotes = quotations(text, article.paragraphs)
    marked = marked_sentences(text, sentences, quotes, [c[0] for c in _all_cues(text, quotes)])
    every = _units(sentences, quotes)
    some = _units(sentences, quotes, marked)
    # each unit of the marked sentences is a unit of all sentences, whole
    assert all(u in every for u in some)
    covered = {i for u in some for i in range(u.first, u.last + 1)}
    assert set(marked) <= covered
    # and every unit left out is a lone sentence without quotation
    for u in every:
        if u not in some:
            assert u.first == u.last and not u.quotes and u.first not in marked


TOKEN_SAMPLES = [
    "Mr. J. R. Smith-Jones, the U.S. envoy’s aide, said: it's 3.5/4 -- ok",
    "a  a aa a. .a a.a 'a' ’ ’’ x-x- -x",
    "",
    "   ",
]


@pytest.mark.parametrize("text", TOKEN_SAMPLES)
def test_tokens_placed_by_find_are_the_regex_matches(text):
    for start in range(len(text) + 1):
        for end in (start, start + 1, start + 6, len(text)):
            end = min(end, len(text))
            plain = [(*m.span(), m.group()) for m in _TOKEN_RE.finditer(text, start, end)]
            assert _tokens(text, start, end) == plain, (start, end)


def test_cues_built_once_keep_lemma_form_and_class():
    text = "According to aides, she said, thinks and argued; according to him, he adds"
    got = [(c.start, c.end, c.lemma, c.form, c.state) for c in _cues(_all_cues(text))]
    expected = []
    for s, e, form in _all_cues(text):
        if form.lower() == "according to":
            expected.append((s, e, "according to", "according to", False))
        else:
            lemma = SPEECH_FORMS.get(form) or STATE_FORMS[form]
            expected.append((s, e, lemma, form, form not in SPEECH_FORMS))
    assert got == expected and len(got) == 6
    assert [c[4] for c in got] == [False, False, True, False, False, False]


@pytest.mark.parametrize(
    "text",
    ["he was  ", "is\t", "to\xa0", "x be\u2003\n", "", " ", "said", "going on to ", "so"],
)
def test_inline_last_letter_tests_are_ends_in(text):
    for low in range(len(text) + 1):
        for end in range(low, len(text) + 1):
            for letters in ("o", "eosd", ":"):
                last = text[low:end].rstrip()[-1:]
                assert bool(last and last in letters) == ends_in(text, low, end, letters)
                assert (last == letters) == ends_in(text, low, end, letters) or len(letters) > 1


def test_mention_index_built_on_first_use_is_the_sorted_mentions(analyser):
    article = analyse(
        analyser,
        "Ana Ruiz met Tom Baker in Paris. Ruiz said Baker agreed. Baker said Paris was calm.",
    )
    speakers = Speakers(article.text, article.actors)
    assert "rows" not in vars(speakers)  # nothing built yet
    eager = sorted((m.start, m.end, a.id) for a in article.actors for m in a.mentions)
    assert speakers.rows == eager and len(eager) >= 5
    assert speakers.starts == [r[0] for r in eager]
    assert speakers.kind == {a.id: a.kind for a in article.actors}
    assert re.search("Ruiz", article.text) and speakers.inside(0, 8)


def test_a_sentence_opening_a_line_with_a_colon_later_on_it_is_marked():
    from briefing.model import Sentence

    text = "Gov. Bo Lee: We won. It rained.\nNo colon here. Or here."
    spans = [(0, 4), (5, 20), (21, 31), (32, 46), (47, 55)]  # "Gov." split from its line
    sentences = [Sentence(a, b) for a, b in spans]
    assert marked_sentences(text, sentences, [], []) == [0, 1]
