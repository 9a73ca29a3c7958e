"""A Markdown article written for the reader's tests (no corpus text)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefing.config import load_config
from briefing.model import Article
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
