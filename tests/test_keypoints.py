"""Key point ranking: API contract on the seed, each scoring feature, properties."""

from __future__ import annotations

from dataclasses import replace
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analyse.keypoints import Weights, rank_key_points, score_sentences
from briefing.analyse.sentences import split_sentences
from briefing.analyse.text_stats import TERM, SentenceTerms, sentence_terms
from briefing.model import Actor, Mention, Paragraph, Sentence

from .conftest import SEED, lines_to_text


def seed() -> tuple[str, str, list[Paragraph]]:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    text, paragraphs = lines_to_text(lines[3:])
    return lines[1], text, paragraphs


def rank(lines: list[str], count: int = 3, title: str = "", actors=()):
    text, paragraphs = lines_to_text(lines)
    sentences = split_sentences(text, paragraphs)
    return text, sentences, rank_key_points(text, sentences, actors, count, title)


def test_seed_key_points_follow_the_contract():
    title, text, paragraphs = seed()
    sentences = split_sentences(text, paragraphs)
    points = rank_key_points(text, sentences, (), 3, title)
    assert len(points) == 3
    assert [p.score for p in points] == sorted((p.score for p in points), reverse=True)
    assert len({p.sentence for p in points}) == 3
    for p in points:
        s = sentences[p.sentence]
        assert s.start <= p.start < p.end <= s.end  # A sentence, or its main clause.
        assert p.text == text[p.start : p.end]
        assert p.actors == ()
    # The alliance's condemnation of China is what the piece is about.
    assert any("China" in p.text and "NATO" in p.text for p in points)


def test_count_edge_cases():
    title, text, paragraphs = seed()
    sentences = split_sentences(text, paragraphs)
    assert rank_key_points(text, sentences, (), 0, title) == ()
    assert rank_key_points("", (), (), 3) == ()
    everything = rank_key_points(text, sentences, (), 1000, title)
    # Every sentence of the seed is a clean, distinct statement: all can be key points.
    assert sorted(p.sentence for p in everything) == list(range(len(sentences)))
    assert all(0 < p.confidence <= 1 for p in everything)
    assert everything[0].confidence == 1.0


def test_key_points_list_actors_mentioned_inside_them():
    lines = [
        "The council approved the harbour budget on Monday.",
        "Mayor Ana Ruiz said the harbour budget would fund new cranes.",
    ]
    text = "\n".join(lines)
    start = text.index("Ana Ruiz")
    ruiz = Actor(
        "ana-ruiz", "Ana Ruiz", "person", mentions=(Mention(start, start + 8, "Ana Ruiz", "name"),)
    )
    unseen = Actor("nobody", "Nobody", "person")
    _, sentences, points = rank(lines, count=2, actors=(ruiz, unseen))
    by_sentence = {p.sentence: p.actors for p in points}
    assert by_sentence == {0: (), 1: ("ana-ruiz",)}


def test_main_actor_bonus_is_optional_and_off_by_default():
    body = (
        "Rain fell hard in the north. Storms hit roads in the south. "
        "Snow closed a pass in the west."
    )
    text, paragraphs = lines_to_text([body])
    sentences = split_sentences(text, paragraphs)
    south = text.index("south")
    west = text.index("west")
    main = Actor(
        "south", "South", "place", salience=2.0, mentions=(Mention(south, south + 5, "south"),)
    )
    minor = Actor(
        "west", "West", "place", salience=1.0, mentions=(Mention(west, west + 4, "west"),)
    )
    plain = score_sentences(text, sentences)
    assert Weights().actor == 0
    assert score_sentences(text, sentences, actors=(main, minor)) == plain
    bonus = Weights(actor=0.06)
    scores = score_sentences(text, sentences, weights=bonus, actors=(main, minor))
    assert scores[1] - plain[1] == pytest.approx(0.06)
    assert scores[0] == plain[0] and scores[2] == plain[2]
    _, _, points = rank([body], count=3, actors=(main, minor))
    assert dict((p.sentence, p.actors) for p in points)[1] == ("south",)


def test_central_sentence_beats_off_topic_one():
    lines = [
        "Flooding closed the river road and the river bridge near the old mill.",
        "A bakery in the next village sells excellent croissants to tourists. "
        "Engineers said the river bridge would stay shut until the flooding eased. "
        "Residents near the river road were told to avoid the flooded bridge.",
    ]
    text, sentences, points = rank(lines, count=4)
    order = [text[p.start : p.end] for p in points]
    assert order[-1].startswith("A bakery")


def test_lead_paragraph_wins_when_vocabulary_is_even():
    lines = ["Alpha beta gamma delta.", "Alpha beta gamma delta.", "Alpha beta gamma delta."]
    text, sentences, points = rank(lines, count=3)
    assert [p.sentence for p in points] == [0]  # The others repeat it word for word.
    scores = score_sentences(text, sentences)
    assert scores[0] > scores[1] > scores[2]
    flat = score_sentences(text, sentences, weights=Weights(lead=0.0))
    assert flat[0] == flat[1] == flat[2]


def test_fragments_and_quotes_are_demoted():
    body = (
        "Storm winds cut power to the coast. Storm winds cut power to the town. "
        '"Storm winds cut power to the farm." Storm winds cut power to the port'
    )
    text, paragraphs = lines_to_text([body])
    sentences = split_sentences(text, paragraphs)
    assert len(sentences) == 4
    # One block of four sentences gets the glued (sentence-counting) prior: off here.
    flat = Weights(sentence_step=0.0, glued_lead=0.0)
    scores = score_sentences(text, sentences, weights=flat)
    assert scores[0] == scores[1] == scores[3] > scores[2]
    plain = score_sentences(text, sentences, weights=replace(flat, quote=0.0))
    assert plain[0] == plain[1] == plain[2] == plain[3]
    points = rank_key_points(text, sentences, (), 4, weights=Weights(duplicate=2.0))
    assert 3 not in {p.sentence for p in points}  # No final stop: never a key point.


def test_scare_quotes_are_not_speech():
    body = (
        "Storm winds cut power to the coast. "
        "Storm winds cut power to the “old” town. "
        "Storm winds cut power, “we have never seen this before,” she said. "
        "Storm winds cut power to the ‘sleepy’ port. "
        "Storm winds cut power to the “whole” farm “last night and again today”."
    )
    text, paragraphs = lines_to_text([body])
    sentences = split_sentences(text, paragraphs)
    assert len(sentences) == 5
    flat = Weights(sentence_step=0.0)
    plain = score_sentences(text, sentences, weights=replace(flat, quote=0.0))
    scores = score_sentences(text, sentences, weights=flat)
    lowered = [round(p - s, 6) for p, s in zip(plain, scores, strict=True)]
    quote = flat.quote
    # One- and two-word quotations are scare quotes; speech and long quotations count.
    assert lowered[:2] == [0.0, 0.0] and lowered[3] == 0.0
    assert lowered[2] == lowered[4] == round(quote, 6)
    every = score_sentences(text, sentences, weights=replace(flat, scare_words=0))
    assert all(e < p for e, p in zip(every[1:], plain[1:], strict=True))


def test_title_words_and_attribution_raise_a_sentence():
    body = "Prices rose in March. Exports fell in March. Officials said exports fell in March."
    text, paragraphs = lines_to_text([body])
    sentences = split_sentences(text, paragraphs)
    base = score_sentences(text, sentences, weights=Weights(attribution=0.0))
    titled = score_sentences(text, sentences, "Exports slump", weights=Weights(attribution=0.0))
    assert titled[1] - base[1] > 0 and titled[0] == base[0]
    said = score_sentences(text, sentences, weights=Weights(title=0.0))
    unsaid = score_sentences(text, sentences, weights=Weights(title=0.0, attribution=0.0))
    assert said[2] > unsaid[2] and said[1] == unsaid[1]


WORDS = st.sampled_from("the river bridge council budget rain storm said mayor port a of".split())
SENTENCE = st.lists(WORDS, min_size=1, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=8), st.integers(0, 6), st.text(max_size=20))
def test_ranking_properties(paragraph_texts, count, title):
    text, sentences, points = rank(paragraph_texts, count=count, title=title)
    assert len(points) <= min(count, len(sentences))
    assert len({p.sentence for p in points}) == len(points)
    scores = [p.score for p in points]
    assert scores == sorted(scores, reverse=True)
    all_scores = score_sentences(text, sentences, title)
    for p in points:
        assert p.text == text[p.start : p.end]
        s = sentences[p.sentence]
        assert s.start <= p.start < p.end == s.end
        assert p.score <= all_scores[p.sentence]  # MMR only ever lowers a score.
        assert 0 < p.confidence <= 1
    if points:
        assert points[0].score == max(all_scores[p.sentence] for p in points)


TRICKY = st.sampled_from(
    [
        "well-known",
        "rock'n'roll",
        "China's",
        "don’t",
        "a_b",
        "x-said",
        "said",
        "told",
        "Mr",
        "rivers",
        "Été",
        "naïve",
        "3-2",
        "U.S.",
        "-",
        "'",
        "__",
        "the",
        "river",
        "bridge",
        "£5",
    ]
)
TRICKY_LINE = st.lists(TRICKY, min_size=1, max_size=10).map(lambda ws: " ".join(ws) + ".")


@settings(max_examples=80, deadline=None)
@given(st.lists(TRICKY_LINE, min_size=1, max_size=6), st.sampled_from(["", "Rock'n'roll river"]))
def test_shared_sentence_terms_score_like_sentence_words(lines, title):
    """Scores from the shared term scan equal scores from a word scan of each sentence."""
    text, paragraphs = lines_to_text(lines)
    sentences = split_sentences(text, paragraphs)
    shared = score_sentences(text, sentences, title)
    with patch("briefing.analyse.keypoints.sentence_terms") as scan:
        scan.side_effect = lambda t, ss: SentenceTerms(
            None, [TERM.findall(t[s.start : s.end].lower()) for s in ss]
        )
        alone = score_sentences(text, sentences, title)
    assert shared == alone


def test_sentence_terms_scan_each_sentence():
    text = "Well-known rivers rose. The bridge shut."
    sentences = split_sentences(text, [Paragraph(0, len(text))])
    shared = sentence_terms(text, sentences)
    assert shared.low == text.lower()
    assert shared.terms == [["well-known", "rivers", "rose"], ["the", "bridge", "shut"]]
    odd = sentence_terms("İzmir rose.", (Sentence(0, 11),))  # "İ" lower-cases to 2.
    assert odd.low is None and odd.terms[0][-1] == "rose"
