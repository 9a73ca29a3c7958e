"""Key-point hygiene: captions, credits, bylines, score lines, list markers, mid-sentence
starts, quotation ends and duplicates among the top 5 key points of every article of BBC,
CNN, cnndm, newspaper, the saved HTML pages (``html/pages``, ``html/wcxb/pages``), the
PDFs and the e-mail newsletters.

Every corpus is read through the real pipeline (``briefing.pipeline.Pipeline`` with a
config per corpus: BBC's first line is the title; the others use the default text
layout), ``keypoints.count`` 5. The patterns below are written for this check, apart
from the ranker's own rules (``analyse/keypoint_rules.py``), so they test it rather
than repeat it:

* ``caption``: starts with "Image", "Photo", "Picture", "Credit", "Caption" (or their
  plurals) and a ":" within 25 characters; holds "Getty Images", "AP Photo", "AFP
  Photo", "Reuters/", "Image copyright", "Image caption", "Photo by", "©"; or ends with a
  bracketed credit "(Getty)", "(AP)", "(Reuters)", "(PA)", "(EPA)", "(AFP)".
* ``byline``: "By Jane Doe" (up to four capitalised words, nothing else), "PUBLISHED:",
  "UPDATED:".
* ``dateline``: a dateline with nothing after it, at most 60 characters:
  "WASHINGTON (CNN) --".
* ``score``: names, a score and names, nothing else: "West Ham 1-1 Manchester United."
* ``list_marker``: the key point's text starts with "1. ", "2) ", "- ", "* ", "• ".
* ``mid_sentence``: the key point starts with a lower-case letter, a comma, a semicolon
  or a colon (a sentence cut after its first words).
* ``call``: a call to the reader: starts (perhaps after "»" or a label of up to 20
  characters and a colon) with "Find out more", "Learn more", "Read more", "Click here",
  "Share this", "Like us", "Join our", or ends with "in the comments".
* ``code``: program code: a brace and "->", "=>", "/*" or ");".
* ``quote_end``: the key point ends a quotation it does not open: it ends with a stop or
  comma and a closing mark (``"``, ``”``, ``'``, ``’``, ``''``), and no opening mark
  (``“``, ``‘``, ``"``, ``''``, or ``'`` after a space) comes before ("That leaves us as the
  suspects.'").
* ``duplicate``: a key point whose normalised text (lower case, words only) equals,
  contains or is contained in a higher one's, or is at least 0.85 similar to it
  (``difflib.SequenceMatcher.ratio``).

The target is 0 of each. Usage: ``python bench/keypoint_hygiene.py [--examples N]``.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

# bench/ last: its email.py must not shadow the standard library's email (mail loading).
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE] + [str(HERE)]
from common import CORPORA, emit  # noqa: E402

from briefing.config import load_config  # noqa: E402
from briefing.pipeline import Pipeline  # noqa: E402

CORPUS_SOURCES = {
    "bbc": ("bbc/News Articles/*/*.txt", "[title]"),
    "cnn": ("cnn/articles/*.txt", None),
    "cnndm": ("cnndm/articles/*.txt", None),
    "newspaper": ("newspaper/text/*", None),
    "html": ("html/pages/*.html", None),
    "wcxb": ("html/wcxb/pages/*.html", None),
    "pdf": ("pdf/*.pdf", None),
    "email": ("email/newsletters/*.eml", None),
}
CHECKS = {
    "caption": re.compile(
        r"^\W*(?:image|photo|picture|credit|caption)s?\b.{0,25}:"
        r"|getty images|ap photo|afp photo|reuters/|image copyright|image caption|photo by|©"
        r"|\((?:getty|ap|reuters|pa|epa|afp)\b[^)]*\)\W*$",
        re.IGNORECASE,
    ),
    "byline": re.compile(
        r"^\W*by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\W*$|^\W*(?:published|updated):",
        re.IGNORECASE,
    ),
    "dateline": re.compile(
        r"^(?=.{0,60}$)[A-Z][A-Za-z .,'’-]*\([A-Za-z .]+\)\s*(?:-{1,2}|—|–)?\s*$"
    ),
    "score": re.compile(
        r"^[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)* \d{1,3}\s?[-–]\s?\d{1,3}"
        r" [A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*\.?$"
    ),
    "list_marker": re.compile(r"^\s*(?:\d{1,3}[.)]|[-*•–—])\s"),
    # Cut mid-sentence: a lower-case word or a comma, semicolon or colon first.
    "mid_sentence": re.compile(r"^[a-z,;:]"),
    # Addressed to the reader: "Find out more …", "Click here …", "Share this …", "… in
    # the comments.", perhaps after a short label ("Pro tip: Learn more …").
    "call": re.compile(
        r"^(?:\W*|[\w ]{1,20}:\s+)(?:find out more|learn more|read more|click here|share this|"
        r"like us|join our)\b|\bin the comments\W*$",
        re.IGNORECASE,
    ),
    # Program code: a brace and an arrow, a comment mark or a statement end.
    "code": re.compile(r"[{}].*(?:->|=>|/\*|\);)|(?:->|=>|/\*|\);).*[{}]"),
}
WORDS = re.compile(r"\w+")
QUOTE_END = re.compile(r"[.?!,](?:''|[\"”'’])\s*$")
QUOTE_OPEN = re.compile(r"[“‘\"]|''|(?:^|\s)'")


def ends_unopened_quote(text: str) -> bool:
    """True if ``text`` closes a quotation that opened before it."""
    m = QUOTE_END.search(text)
    return m is not None and QUOTE_OPEN.search(text, 0, m.start()) is None


def normalise(text: str) -> str:
    """Lower-case words joined by single spaces."""
    return " ".join(WORDS.findall(text.lower()))


def is_duplicate(text: str, higher: list[str]) -> bool:
    """Equal, inside, around or >= 0.85 similar to a higher key point."""
    for h in higher:
        if text == h or (text and (text in h or h in text)):
            return True
        if difflib.SequenceMatcher(None, text, h).ratio() >= 0.85:
            return True
    return False


def problems(points: list[str]) -> list[tuple[str, str]]:
    """(kind, text) for every key point failing a check."""
    found = []
    higher: list[str] = []
    for text in points:
        flat = " ".join(text.split())
        for kind, pattern in CHECKS.items():
            if pattern.search(flat):
                found.append((kind, flat))
        if ends_unopened_quote(flat):
            found.append(("quote_end", flat))
        norm = normalise(flat)
        if is_duplicate(norm, higher):
            found.append(("duplicate", flat))
        higher.append(norm)
    return found


def check(name: str, glob: str, header: str | None, examples: int) -> dict:
    """Counts per kind over one corpus."""
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "config.yaml"
        lines = ["sources:", f"  - path: '{CORPORA}/{glob}'"]
        if header:
            lines.append(f"    header: {header}")
        lines.append("keypoints: {count: 5}")
        cfg.write_text("\n".join(lines) + "\n")
        briefing = Pipeline(load_config(cfg)).briefing()
    counts: Counter[str] = Counter()
    shown: list[str] = []
    for article in briefing.articles:
        for kind, text in problems([kp.text for kp in article.key_points]):
            counts[kind] += 1
            if len(shown) < examples:
                shown.append(f"{kind}: {article.path}: {text[:120]}")
    return {
        "articles": len(briefing.articles),
        "key_points": sum(len(a.key_points) for a in briefing.articles),
        **{kind: counts[kind] for kind in (*CHECKS, "quote_end", "duplicate")},
        "total": sum(counts.values()),
        "examples": shown,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10)
    args = parser.parse_args()
    result = {}
    for name, (glob, header) in CORPUS_SOURCES.items():
        if not (CORPORA / glob.split("/")[0]).is_dir():
            result[name] = {"skipped": f"corpus not found under {CORPORA}"}
            continue
        result[name] = check(name, glob, header, args.examples)
    result["total"] = sum(r.get("total", 0) for r in result.values())
    emit(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
