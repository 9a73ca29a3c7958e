"""Stock symbols: "Qualcomm (NASDAQ: QCOM)" lists the firm, QCOM is no actor."""

from __future__ import annotations

import re

from briefing.analyse.actors.words import STOCK_EXCHANGES

_TICKER_RE = re.compile(r"\(\s*([A-Za-z]+)\s*:\s*$")  # "(NASDAQ: " before a symbol


def is_ticker(text: str, start: int) -> bool:
    """True for a stock symbol after its exchange in brackets: "(NYSE: IBM)"."""
    if text.rfind(":", max(0, start - 3), start) < 0:
        return False
    m = _TICKER_RE.search(text, max(0, start - 16), start)
    return m is not None and m.group(1) in STOCK_EXCHANGES
