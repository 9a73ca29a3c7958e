"""Property test: every part's offsets index exactly the text the source pane shows."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.config import load_config
from briefing.model import Article
from briefing.pipeline import Pipeline

WORDS = st.sampled_from(
    "the NATO alliance China Russia Ukraine said Mr. Smith U.S. officials $3.2bn 4.5% "
    "on Jan. 15 e.g. summit “decisive enabler” (ret.) Dr. Jones Beijing's talks ... ! ? "
    "Washington Jens Stoltenberg President Joe Biden Ms Hewitt # * [x](y) | \t "
    '“We will win,” he told reporters: “Not” according to, that "quote" believes'.split(" ")
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=14).map(lambda ws: " ".join(ws).strip() + ".")
# Each paragraph starts with a plain word so Markdown never reads it as a heading or list.
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(lambda ss: "Now " + " ".join(ss))


def check_invariants(article: Article) -> None:
    """The offset invariants the whole model relies on."""
    text = article.text
    n = len(text)
    for para in article.paragraphs:
        assert 0 <= para.start < para.end <= n
        assert para.text_of(text).strip() == para.text_of(text)
    for a, b in zip(article.paragraphs, article.paragraphs[1:], strict=False):
        assert a.end <= b.start
    for sentence in article.sentences:
        para = article.paragraphs[sentence.paragraph]
        assert para.start <= sentence.start < sentence.end <= para.end
        assert sentence.text_of(text).strip() == sentence.text_of(text)
    for a, b in zip(article.sentences, article.sentences[1:], strict=False):
        assert a.end <= b.start
    if text:
        assert article.sections, "a non-empty body has sections"
        assert article.sections[0].start == 0 and article.sections[-1].end == n
        for a, b in zip(article.sections, article.sections[1:], strict=False):
            assert a.end == b.start and a.start < a.end
        if all(section.generated for section in article.sections):
            assert len(article.sections) <= max(1, len(article.paragraphs))
    for kp in article.key_points:
        sentence = article.sentences[kp.sentence]
        # A key point is its sentence, or part of it: after a list marker, dateline or
        # run-on caption, before an attribution tail (", police said.").
        assert sentence.start <= kp.start < kp.end <= sentence.end
        assert kp.text == text[kp.start : kp.end]
        assert set(kp.actors) <= {a.id for a in article.actors}
    ids = [a.id for a in article.actors]
    assert len(ids) == len(set(ids))
    for actor in article.actors:
        assert actor.mentions
        for mention in actor.mentions:
            assert 0 <= mention.start < mention.end <= n
            assert text[mention.start : mention.end] == mention.text
    for statement in article.statements:
        assert 0 <= statement.start < statement.end <= n
        assert statement.speaker is None or statement.speaker in ids
        parts = [statement.cue, *statement.contents]
        if statement.speaker_span is not None:
            parts.append(statement.speaker_span)
        assert statement.contents and statement.kind in ("direct", "mixed", "indirect")
        assert statement.cue_class in ("speech", "state")
        assert text[statement.cue.start : statement.cue.end] == statement.cue_text
        for part in parts:
            assert statement.start <= part.start < part.end <= statement.end
            assert part.text_of(text).strip() == part.text_of(text)
        for a, b in zip(statement.contents, statement.contents[1:], strict=False):
            assert a.end <= b.start


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    paragraphs=st.lists(PARAGRAPH, min_size=1, max_size=6),
    markdown=st.booleans(),
    headings=st.lists(st.booleans(), min_size=6, max_size=6),
    crlf=st.booleans(),
)
def test_generated_articles_keep_offsets(paragraphs, markdown, headings, crlf):
    lines = ["Headline of the day", ""]
    for i, para in enumerate(paragraphs):
        if markdown and headings[i]:
            lines += [f"## Part {i}", ""]
        lines += [para, ""]
    body = "\n".join(lines)
    if crlf:
        body = body.replace("\n", "\r\n")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        name = "a.md" if markdown else "a.txt"
        (folder / name).write_text(body, encoding="utf-8", newline="")
        (folder / "config.yaml").write_text(f"sources: ['{name}']\n", encoding="utf-8")
        [article] = list(Pipeline(load_config(folder / "config.yaml")))
    assert isinstance(article, Article)
    check_invariants(article)
    # Markdown keeps the unmarked headline as a paragraph; plain text takes it as the title.
    assert len(article.paragraphs) == len(paragraphs) + (1 if markdown else 0)
    assert article.title == ("" if markdown else "Headline of the day")


def test_seed_invariants(root):
    [article] = list(Pipeline(load_config(root / "config.yaml")))
    check_invariants(article)


def test_line_of_long_texts_counts_the_newlines_before_the_offset():
    text = "".join(f"Line {i} has words.\n" if i % 3 else f"Para {i}.\n\n" for i in range(9000))
    article = Article(id="a", path="a.txt", title="T", text=text, first_line=3)
    for offset in (0, 5, 19_999, 20_000, 20_001, 77_777, len(text) - 1, len(text)):
        assert article.line_of(offset) == 3 + text.count("\n", 0, offset)
    other = Article(id="b", path="b.txt", title="T", text=text.replace("\n\n", "\n"))
    assert other.line_of(len(other.text)) == other.first_line + other.text.count("\n")
