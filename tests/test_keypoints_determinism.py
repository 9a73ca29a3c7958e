"""Key points are the same in every process: no set or dict order decides a rank."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import ROOT

# Glued (one paragraph, so the sentence-position prior applies) and laid out in
# paragraphs, with ties: two pairs of sentences of the same words in another order.
SCRIPT = r"""
from briefing.analyse import Analyser
from briefing.config import load_config
from briefing.model import Document, Paragraph

GLUED = (
    "Harbour officials in Portsmouth closed the ferry terminal on Monday after a crane "
    "collapsed onto the quay. Nobody was hurt when the crane fell, officials said. "
    "The ferry company Seaways moved its sailings to Southampton for the week. "
    "Seaways said passengers would be bussed to Southampton at no cost. "
    "Passengers would be bussed at no cost to Southampton, Seaways said. "
    "Engineers from the harbour board began to inspect the quay on Tuesday. "
    "The harbour board began to inspect the quay with engineers on Tuesday. "
    "Mayor Ann Pryce said the terminal should reopen next Monday. "
    "The crane was built in 1987 and last inspected in March."
)
found = []
analyser = Analyser(load_config(None, require_sources=False))
analyser.count = 5
for layout in ("glued", "paragraphs"):
    text = GLUED if layout == "glued" else GLUED.replace(". ", ".\n\n")
    spans, pos = [], 0
    for chunk in text.split("\n\n"):
        start = text.index(chunk, pos)
        spans.append(Paragraph(start, start + len(chunk)))
        pos = start + len(chunk)
    article = analyser.article(
        Document(text, paragraphs=spans), id=layout, path=layout, title="Ferry terminal shut"
    )
    for p in article.key_points:
        found.append((layout, p.start, p.end, repr(p.score), p.confidence, p.actors))
print(found)
"""


def run_with_seed(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        stdin=subprocess.DEVNULL,
    )
    return done.stdout


def test_key_points_do_not_depend_on_the_hash_seed():
    first = run_with_seed("0")
    assert first.count("'glued'") == 5 and first.count("'paragraphs'") == 5
    assert run_with_seed("1") == first
    assert run_with_seed("4242") == first
