"""Capitals that name no firm: stock symbols ("Qualcomm (NASDAQ: QCOM)" lists the firm,
QCOM is no actor) and ordinary words set in capitals ("the FANS were loud")."""

from __future__ import annotations

import re

from briefing.analyse.actors.context import appears_lower
from briefing.analyse.actors.words import NOT_ORGS, STOCK_EXCHANGES

_TICKER_RE = re.compile(r"\(\s*([A-Za-z]+)\s*:\s*$")  # "(NASDAQ: " before a symbol


def is_ticker(text: str, start: int) -> bool:
    """True for a stock symbol after its exchange in brackets: "(NYSE: IBM)"."""
    if text.rfind(":", max(0, start - 3), start) < 0:
        return False
    m = _TICKER_RE.search(text, max(0, start - 16), start)
    return m is not None and m.group(1) in STOCK_EXCHANGES


def caps_word(t: str, text: str) -> bool:
    """True if the capitals ``t`` are an ordinary word set in capitals ("the FANS" beside
    "the fans"): spoken as a word (a vowel in its first two letters or two
    vowels; not "TBWA") and written in lower case elsewhere."""
    if len(t) < 4 or not t.isalpha():
        return False
    vowels = sum(c in "AEIOU" for c in t)
    if vowels < 2 and not (t[0] in "AEIOU" or t[1] in "AEIOU"):
        return False
    return appears_lower(t.lower(), text)


def acronym_firm(t: str, text: str, start: int) -> bool:
    """True if the acronym ``t`` at ``start`` names a firm: not an abbreviation of a thing
    (``words.NOT_ORGS``), a stock symbol or an ordinary word set in capitals."""
    return t.replace(".", "") not in NOT_ORGS and not (is_ticker(text, start) or caps_word(t, text))
