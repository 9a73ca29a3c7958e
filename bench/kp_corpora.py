"""Key-point bench corpora: BBC News Summary, CNN-20 and CNN/DailyMail, split dev/test.

Split: a file is **dev** when ``int(sha1(name).hexdigest(), 16) % 2 == 0`` for its name
relative to the corpus' article folder (``business/001.txt`` for BBC, ``<id>.txt`` for
CNN and cnndm, the file name for newspaper), else **test**. Weights were tuned looking
at dev only; test is only scored.

Every document is analysed as the reader does (:class:`briefing.analyse.Analyser`):
paragraphs are blank-line-separated blocks (cnndm has none: one paragraph per story),
BBC's first line is the title, CNN and cnndm have none.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from common import CORPORA, read_text

from briefing.model import Document, Paragraph

BBC_ARTICLES = CORPORA / "bbc" / "News Articles"
BBC_SUMMARIES = CORPORA / "bbc" / "Summaries"
CNN_DIR = CORPORA / "cnn"
CNNDM_DIR = CORPORA / "cnndm"
NEWSPAPER_DIR = CORPORA / "newspaper" / "text"


def half(name: str) -> str:
    """``"dev"`` or ``"test"`` for a file name (see the module docstring)."""
    return "dev" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "test"


def blocks(text: str) -> list[Paragraph]:
    """Blank-line-separated blocks of ``text`` as paragraphs (whitespace trimmed)."""
    out: list[Paragraph] = []
    pos = 0
    for chunk in text.split("\n\n"):
        stripped = chunk.strip()
        if stripped:
            start = pos + chunk.index(stripped[0])
            out.append(Paragraph(start, start + len(stripped)))
        pos += len(chunk) + 2
    return out


def squash(text: str) -> str:
    """``text`` with all whitespace removed."""
    return "".join(text.split())


def document(body: str) -> Document:
    """A Document with blank-line paragraphs."""
    return Document(body, paragraphs=blocks(body))


def load_bbc() -> list[dict]:
    """BBC articles: name, half, title, body, document and the summary (squashed)."""
    docs = []
    for path in sorted(BBC_ARTICLES.glob("*/*.txt")):
        name = f"{path.parent.name}/{path.name}"
        title, _, body = read_text(path).partition("\n")
        summary = squash(read_text(BBC_SUMMARIES / path.parent.name / path.name))
        docs.append(
            {
                "name": name,
                "half": half(name),
                "title": title.strip(),
                "body": body,
                "doc": document(body),
                "summary": summary,
            }
        )
    return docs


def load_highlights(folder: Path) -> list[dict]:
    """CNN or cnndm stories: name, half, body, document and joined highlights."""
    docs = []
    for path in sorted((folder / "articles").glob("*.txt")):
        body = read_text(path)
        lines = read_text(folder / "highlights" / path.name).splitlines()
        docs.append(
            {
                "name": path.name,
                "half": half(path.name),
                "title": "",
                "body": body,
                "doc": document(body),
                "reference": "\n".join(line.strip() for line in lines if line.strip()),
            }
        )
    return docs
