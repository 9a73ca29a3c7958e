"""A Markdown article written for the reader's tests (no corpus text)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from briefing.config import load_config
from briefing.load.layout import split_markdown
from briefing.model import Actor, Article, KeyPoint, Mention, Sentence
from briefing.pipeline import Pipeline

HARBOUR_MD = """\
---
title: Harbour ministers agree a ports plan
date: 2024-07-10
source: Test Wire
---

# Harbour plan agreed

Harbour ministers met in **Valdora** on Tuesday to agree a *shared plan* for the northern ports. \
The [Port Authority](https://example.org/pa) said the talks ran late into the night.

## Positions

- Minister Elena Marsh said the plan would cut waiting times by half.
- The Fishers Union called the plan **rushed** and said it would protest.
  - Smaller harbours fear they could lose trade to `Valdora`.
  - Norland asked for a seat on the steering board.
1. The Port Authority will publish the full text next week.
2. Marsh is expected to present it to parliament in the spring.

> "We have waited long enough," said Elena Marsh, the harbour minister.
> Critics called the speech _premature_.

### The numbers

```python
ports = ["Valdora", "Kestrel"]
print(len(ports))
```

Officials said the plan would cost __$2.4bn__ over five years, according to ~~early~~ revised \
estimates.

---

See the [full statement][1] and <https://example.org/plan>.

[1]: https://example.org/statement
"""

#: Markup that must never be drawn.
RAW = ("**", "##", "](", "```", "~~", "`", "<https", "[1]", "> ", "- ", "__")


def harbour_article(tmp_path: Path) -> Article:
    """The Markdown article above, read and analysed by the real pipeline."""
    path = tmp_path / "harbour.md"
    path.write_text(HARBOUR_MD, "utf-8")
    config = load_config(None, require_sources=False)
    article = Pipeline(config, [str(path)]).load(0)
    assert isinstance(article, Article) and article.layout == "markdown"
    return replace(article, path="harbour.md")


def harbour_fixed() -> Article:
    """The Markdown article above with hand-picked sentences, key points and actors.

    Read by the real Markdown layout but not analysed, so the snapshot does not
    move when the analysis changes.
    """
    doc = split_markdown(HARBOUR_MD)
    text = doc.text
    sentences = []
    for n, para in enumerate(doc.paragraphs):
        body = text[para.start : para.end]
        for match in re.finditer(r"\s*(?:[-*+>] |\d+\. )?([^\n]+?[.!?])(?=\s|$)", body):
            sentences.append(Sentence(para.start + match.start(1), para.start + match.end(1), n))
    picks = ("Minister Elena Marsh said", "The [Port Authority]", "Officials said the plan")
    key_points = []
    for rank, phrase in enumerate(picks):
        index = next(i for i, s in enumerate(sentences) if s.text_of(text).startswith(phrase))
        s = sentences[index]
        key_points.append(KeyPoint(s.start, s.end, index, s.text_of(text), 1.0 - rank / 10))
    actors = []
    for n, (name, kind) in enumerate(
        (("Elena Marsh", "person"), ("Port Authority", "organization"))
    ):
        mentions = tuple(
            Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)
        )
        actors.append(Actor(f"a{n}", name, kind, mentions=mentions, salience=len(mentions)))  # type: ignore[arg-type]
    return Article(
        id="harbour",
        path="harbour.md",
        text=text,
        title=str(doc.meta["title"]),
        date="2024-07-10",
        source="Test Wire",
        first_line=doc.first_line,
        layout="markdown",
        paragraphs=tuple(doc.paragraphs),
        sentences=tuple(sentences),
        sections=tuple(doc.headings),
        key_points=tuple(key_points),
        actors=tuple(actors),
    )
