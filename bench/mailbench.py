"""E-mail: every message loads with subject, sender, date and body; MIME samples' decoded
bodies vs mail-parser's parts (.json); newsletters give paragraphs with no HTML residue.

Body check for mime-samples: the difflib ratio (whitespace-normalised) of our article
text with the sample's ``text_body`` part (else the ``html_body`` part with tags
stripped); quoted replies and signatures we remove count against us.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path

# Keep bench/ off sys.path so no bench module can shadow the standard library.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))
from bench.common import corpus, emit  # noqa: E402
from briefing.config import load_config  # noqa: E402
from briefing.load import Loader  # noqa: E402
from briefing.model import LoadError  # noqa: E402

_TAGS = re.compile(
    r"</?(?:p|div|span|a|br|table|td|tr|img|b|i|strong|em|font|html|body|head|style|script"
    r"|ul|li|h[1-6])\b[^>]*>|&(?:nbsp|amp|lt|gt|quot|#\d+);",
    re.I,
)


def norm(text: str) -> str:
    return " ".join(text.split())


def _part_text(part: dict) -> str:
    body = part.get("body") or {}
    for key in ("Text", "Html"):
        if isinstance(body.get(key), str):
            return re.sub(r"<[^>]+>", " ", body[key]) if key == "Html" else body[key]
    return ""


def main() -> None:
    root = corpus("email")
    loader = Loader(load_config(None, require_sources=False), [str(root)])
    rows, missing, residue, errors = [], [], [], []
    for i in range(len(loader)):
        shown = loader.display_path(i)
        if loader.format_of(i) != "email":
            continue
        result = loader.read(i)
        if isinstance(result, LoadError):
            errors.append(f"{shown}: {result.reason}")
            continue
        doc, meta = result
        is_message = "#" not in shown or loader.entries[i].part > 0
        absent = [k for k in ("title", "byline", "date") if not meta.get(k)]
        if absent and is_message:
            missing.append(f"{shown}: {','.join(absent)}")
        if _TAGS.search(doc.text):
            residue.append(shown)
        rows.append((shown, doc, meta))
    samples = []
    for shown, doc, _ in rows:
        name = Path(shown.split("#")[0])
        if "mime-samples" not in shown or "#" in shown or name.suffix != ".eml":
            continue
        gt = json.loads((root / "mime-samples" / f"{name.stem}.json").read_text("utf-8"))
        parts = gt.get("parts") or []
        index = (gt.get("text_body") or gt.get("html_body") or [None])[0]
        if index is None:
            continue
        gold = norm(_part_text(parts[index]))
        if not gold:  # an empty note carrying an attachment: the attachment is the article
            continue
        ratio = difflib.SequenceMatcher(None, norm(doc.text), gold).ratio()
        samples.append({"file": name.name, "ratio": round(ratio, 3)})
    letters = [
        {"file": s, "paragraphs": len(d.paragraphs), "words": len(d.text.split())}
        for s, d, _ in rows
        if "newsletters" in s
    ]
    mean = round(sum(s["ratio"] for s in samples) / max(1, len(samples)), 3)
    emit({
        "articles": sum(1 for i in range(len(loader)) if loader.format_of(i) == "email"),
        "loaded": len(rows), "errors": errors,
        "missing_subject_sender_date": missing, "html_residue": residue,
        "mime_samples": {"compared": len(samples),
                         "mean_ratio": mean,
                         "below_0.9": [s for s in samples if s["ratio"] < 0.9]},
        "newsletters": letters,
    })  # fmt: skip


if __name__ == "__main__":
    main()
