"""A PDF's document information: title, byline and date for the article's header."""

from __future__ import annotations

import re
from typing import Any

# What a word processor puts in the title field: "Microsoft Word - Notice.doc", "Untitled-1".
_APP_TITLE = re.compile(
    r"^Microsoft\s+(?:Word|PowerPoint|Excel)\s+-\s+|\.(?:docx?|pptx?|xlsx?|rtf|odt|wpd)$", re.I
)
_NO_TITLE = re.compile(r"(?:untitled(?:-\d+)?|document\d*)$", re.I)


def doc_meta(info: dict[str, str]) -> dict[str, Any]:
    """Title, byline and date (``D:YYYYMMDD...``) from the PDF's document information."""
    out: dict[str, Any] = {}
    for key, name in (("title", "Title"), ("byline", "Author")):
        value = " ".join((info.get(name) or "").split())
        if key == "title":
            value = _APP_TITLE.sub("", value)
            value = "" if _NO_TITLE.match(value) else value
        if value:
            out[key] = value
    stamp = re.match(r"D:(\d{4})(\d{2})(\d{2})", info.get("CreationDate") or "")
    if stamp and 1 <= int(stamp.group(2)) <= 12 and 1 <= int(stamp.group(3)) <= 31:
        out["date"] = "-".join(stamp.groups())
    return out
