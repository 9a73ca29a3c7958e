"""Topical sections: tiling, counts, boundaries on topic shifts, titles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analyse.actors.extract import extract_actors
from briefing.analyse.actors.gazetteer_cache import load_gazetteer
from briefing.analyse.keypoints import rank_key_points
from briefing.analyse.sections import topical_sections
from briefing.analyse.sentences import split_sentences
from briefing.analyse.text_stats import SentenceTerms, sentence_terms
from briefing.model import Actor, Mention, Paragraph, Sentence

from .conftest import SEED, lines_to_text


def sections_of(lines: list[str], actors=()):
    text, paragraphs = lines_to_text(lines)
    sentences = split_sentences(text, paragraphs)
    return text, paragraphs, topical_sections(text, paragraphs, sentences, actors)


def assert_tiles(text, paragraphs, sections):
    assert sections
    assert sections[0].start == 0
    assert sections[-1].end == len(text)
    for a, b in zip(sections, sections[1:], strict=False):
        assert a.end == b.start
        assert a.start < a.end
    assert len(sections) <= max(1, len(paragraphs))
    starts = {p.start for p in paragraphs}
    assert all(s.start in starts for s in sections[1:])
    for s in sections:
        assert s.generated and s.level == 2 and s.title


def seed_body() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")[3:]


def test_seed_gives_two_to_four_titled_sections():
    lines = seed_body()
    text, paragraphs = lines_to_text(lines)
    sentences = split_sentences(text, paragraphs)
    actors = extract_actors(text, sentences, load_gazetteer())
    for cast in (actors, ()):
        sections = topical_sections(text, paragraphs, sentences, cast)
        assert 2 <= len(sections) <= 4
        assert_tiles(text, paragraphs, sections)
        # Titles are short and drawn from the section's own words.
        for s in sections:
            assert len(s.title) <= 60
            head = s.title.split(":")[0].split()[0]
            assert head.lower() in text[s.start : s.end].lower()
    with_actors = topical_sections(text, paragraphs, sentences, actors)
    assert with_actors[0].title.startswith(("China", "NATO"))


def test_one_paragraph_one_section():
    text, paragraphs, sections = sections_of(
        ["Rain fell on the harbour. The ferries stopped. Fishermen stayed ashore."]
    )
    assert len(sections) == 1
    assert_tiles(text, paragraphs, sections)


def test_no_paragraphs_one_section():
    text = "   \n  "
    sections = topical_sections(text, [], [], [])
    assert [(s.start, s.end) for s in sections] == [(0, len(text))]
    assert topical_sections("", [], [], [])[0].end == 0


FOOTBALL = [
    "striker",
    "goal",
    "league",
    "coach",
    "match",
    "stadium",
    "fans",
    "season",
    "penalty",
    "midfield",
    "referee",
    "trophy",
]
BANKING = [
    "bank",
    "interest",
    "rates",
    "inflation",
    "lender",
    "mortgage",
    "bond",
    "markets",
    "currency",
    "savings",
    "deposit",
    "loans",
]


def topic_paragraph(words: list[str], i: int) -> str:
    w = [words[(i * 5 + j) % len(words)] for j in range(9)]
    return (
        f"The {w[0]} and the {w[1]} dominated talk of the {w[2]}. "
        f"Reporters asked about the {w[3]}, the {w[4]} and the {w[5]}. "
        f"Nobody expected the {w[6]} to change the {w[7]} or the {w[8]}."
    )


def test_two_topics_get_a_boundary_between_them():
    lines = [topic_paragraph(FOOTBALL, i) for i in range(15)]
    lines += [topic_paragraph(BANKING, i) for i in range(15)]
    text, paragraphs, sections = sections_of(lines)
    assert_tiles(text, paragraphs, sections)
    assert paragraphs[15].start in {s.start for s in sections}
    before = [s for s in sections if s.start < paragraphs[15].start]
    after = [s for s in sections if s.start >= paragraphs[15].start]
    assert any(w in before[0].title.lower() for w in FOOTBALL)
    assert any(w in after[0].title.lower() for w in BANKING)


def test_salient_actor_heads_the_title():
    lines = [f"UEFA fined the club. {topic_paragraph(FOOTBALL, i)}" for i in range(4)]
    text, paragraphs = lines_to_text(lines)
    uefa = Actor(
        "uefa",
        "UEFA",
        "organization",
        mentions=tuple(Mention(p.start, p.start + 4, "UEFA") for p in paragraphs),
    )
    sentences = split_sentences(text, paragraphs)
    sections = topical_sections(text, paragraphs, sentences, (uefa,))
    assert all(s.title.startswith("UEFA: ") for s in sections)
    assert all("uefa" not in s.title.lower()[5:] for s in sections)


LINE = st.lists(
    st.sampled_from("rain port city bank goal vote tax the a of".split()), min_size=0, max_size=15
).map(lambda ws: (" ".join(ws) + ".").capitalize())


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.one_of(LINE, st.just("")), min_size=0, max_size=25),
    st.sampled_from(["", "\n", "  "]),
)
def test_sections_tile_and_never_outnumber_paragraphs(lines, tail):
    text, paragraphs = lines_to_text(lines)
    text += tail
    sentences = split_sentences(text, paragraphs)
    sections = topical_sections(text, paragraphs, sentences, ())
    assert sections[0].start == 0 and sections[-1].end == len(text)
    for a, b in zip(sections, sections[1:], strict=False):
        assert a.end == b.start and a.start < a.end
    assert len(sections) <= max(1, len(paragraphs))
    assert all(s.generated and s.level == 2 and s.title for s in sections)


TRICKY_LINE = st.lists(
    st.sampled_from("rain port well-known China's rock'n'roll a_b bank goal the of".split()),
    min_size=0,
    max_size=12,
).map(lambda ws: (" ".join(ws) + ".").capitalize())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(TRICKY_LINE, st.just("")), min_size=0, max_size=20))
def test_sections_from_shared_sentence_terms_match_a_paragraph_scan(lines):
    """Sections from the shared sentence terms equal sections from a paragraph scan."""
    text, paragraphs = lines_to_text(lines)
    sentences = split_sentences(text, paragraphs)
    alone = topical_sections(text, paragraphs, sentences, (), SentenceTerms(None, []))
    shared = sentence_terms(text, sentences)
    assert topical_sections(text, paragraphs, sentences, (), shared) == alone
    assert topical_sections(text, paragraphs, sentences, ()) == alone


def test_sections_do_not_depend_on_key_points_running_first():
    """No memo: the same sections whether or not key points ran on the same tuple."""
    lines = SEED.read_text(encoding="utf-8").split("\n")[3:]
    text, paragraphs = lines_to_text(lines)
    sentences = split_sentences(text, paragraphs)
    before = topical_sections(text, paragraphs, sentences, ())
    rank_key_points(text, sentences, (), 5)
    after = topical_sections(text, paragraphs, sentences, ())
    fresh = split_sentences(text, paragraphs)
    assert before == after == topical_sections(text, paragraphs, fresh, ())
    shared = sentence_terms(text, sentences)
    assert topical_sections(text, paragraphs, sentences, (), shared) == before


def test_sentences_that_split_a_word_do_not_split_its_term():
    text = "Harbourmaster harbourmaster harbourmaster. Ferries ferries."
    paragraphs = [Paragraph(0, len(text))]
    # Not what the splitter gives: adjacent sentences cutting a word in two.
    sentences = (Sentence(0, 6, 0), Sentence(6, 43, 0), Sentence(44, len(text), 0))
    shared = topical_sections(text, paragraphs, sentences, (), sentence_terms(text, sentences))
    assert shared[0].title == "Harbourmaster: ferries"
    scanned = SentenceTerms(None, [])  # No shared scan: every paragraph scanned alone.
    assert topical_sections(text, paragraphs, sentences, (), scanned) == shared
