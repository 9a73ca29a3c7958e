"""Dates: parse free-form dates and news datelines into ISO strings."""

from __future__ import annotations

import re
from datetime import date, datetime

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "WASHINGTON, July 10 (Reuters) -", "LONDON, Jan. 5, 2024 (AP) —", "PARIS (AFP) --"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}?(?:, [A-Z][A-Za-z.]+)?)"
    r"(?:,\s+(?P<date>" + _MONTH + r"\s+\d{1,2}(?:,?\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&]{1,30})\))?\s*(?:-{1,2}|—|–)\s"
)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(value: object, default_year: int | None = None) -> str | None:
    """Return ``value`` as an ISO date (``YYYY-MM-DD``), or None if it is empty.

    Raises:
        ValueError: if the value cannot be read as a date, or has no year and no
            ``default_year`` is given.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if _ISO.match(text):
        return date.fromisoformat(text).isoformat()
    if not re.search(r"\d", text):
        raise ValueError(f"no day or year in {text!r}")
    from dateutil import parser as dateparser  # imported on first use: keeps start-up fast

    try:
        marker = datetime(1, 1, 1)
        parsed = dateparser.parse(text, default=marker, fuzzy=False)
    except (ValueError, OverflowError, TypeError) as exc:
        raise ValueError(f"cannot read {text!r} as a date") from exc
    if parsed.year == 1 and not re.search(r"\b0*1\b", text):
        if default_year is None:
            raise ValueError(f"{text!r} has no year")
        parsed = parsed.replace(year=default_year)
    return parsed.date().isoformat()


def find_dateline(paragraph: str) -> tuple[str | None, str | None]:
    """Return (date text, agency) from a dateline at the start of ``paragraph``."""
    match = DATELINE.match(paragraph)
    if not match:
        return None, None
    return match.group("date"), match.group("agency")
