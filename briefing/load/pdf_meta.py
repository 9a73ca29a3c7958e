"""A PDF's document information: title, byline and date for the article's header."""

from __future__ import annotations

import re
from typing import Any

# What a word processor puts in the title field: "Microsoft Word - Notice.doc", "Poem.pages",
# "Untitled-1".
_EXTENSIONS = r"\.(?:docx?|pptx?|xlsx?|rtf|odt|wpd|pages|indd|tex|txt|pdf|ps|dvi|qxd)$"
_APP_TITLE = re.compile(rf"^Microsoft\s+(?:Word|PowerPoint|Excel)\s+-\s+|{_EXTENSIONS}", re.I)
_NO_TITLE = re.compile(r"(?:untitled(?:-\d+)?|document\d*|[\W\d_]*)$", re.I)
# The program that printed the file ("10811.exe", "job.tmp"): no title at all.
_PROGRAM = re.compile(r"\.(?:exe|com|bat|cmd|dll|tmp|spl)$", re.I)
_FILE_EXTENSION = re.compile(_EXTENSIONS, re.I)
# A file name's copy or version mark: "Notice_1", "Notice (2)", "Notice-final".
_COPY_MARK = re.compile(r"(?:[_ -]+(?:\d{1,2}|v\d+|final|copy)|\s*\(\d{1,2}\))$", re.I)


def _title(value: str) -> str:
    """The title field less what the word processor added; a file name ("NOTICE OF
    HEARING_1.doc") loses its extension and copy mark, and underscores become spaces; a
    program's name ("10811.exe") or one without a letter is none."""
    value = " ".join(value.replace("\x00", " ").split())  # NUL-terminated fields
    if _PROGRAM.search(value):
        return ""
    file_name = _FILE_EXTENSION.search(value) is not None
    value = _APP_TITLE.sub("", value)
    if file_name:
        value = " ".join(_COPY_MARK.sub("", value).replace("_", " ").split())
    return "" if _NO_TITLE.match(value) else value


def doc_meta(info: dict[str, str]) -> dict[str, Any]:
    """Title, byline and date (``D:YYYYMMDD...``) from the PDF's document information."""
    out: dict[str, Any] = {}
    for key, name in (("title", "Title"), ("byline", "Author")):
        value = " ".join((info.get(name) or "").split())
        if key == "title":
            value = _title(value)
        if value:
            out[key] = value
    stamp = re.match(r"D:(\d{4})(\d{2})(\d{2})", info.get("CreationDate") or "")
    if stamp and 1 <= int(stamp.group(2)) <= 12 and 1 <= int(stamp.group(3)) <= 31:
        out["date"] = "-".join(stamp.groups())
    return out
