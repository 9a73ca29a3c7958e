"""Reporting cues: one trie-shaped regex over the article, cues per sentence unit."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analyse.attribution_words import (
    AUXILIARIES,
    CUE_MEDIA,
    CUE_TAILS,
    SPEECH_FORMS,
    STATE_FORMS,
    WEAK_BARE,
)
from briefing.analyse.statements_text import _Unit

# Bare weak lemmas ("state", "report", "plan") are far more often nouns: left out.
_FORMS = sorted(
    {
        f
        for f, lemma in (SPEECH_FORMS | STATE_FORMS).items()
        if f != lemma or lemma not in WEAK_BARE
    },
    key=len,
    reverse=True,
)


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation shaped as a trie (the regex engine tries far fewer branches)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        parts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


# "(?<!\w)" rather than "\b": the same here (every cue starts with a letter), and faster.
_CUE_RE = re.compile(r"(?<!\w)(?:[Aa]ccording to|" + _trie_pattern(_FORMS) + r")\b(?![-’'])")
_TAIL_RE = re.compile(
    r"\s+(?:in\s+(?:an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(re.escape(t) for t in CUE_MEDIA)
    + r")|"
    + "|".join(re.escape(t) for t in CUE_TAILS)
    + r")\b(?![’'])",
    re.I,
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+(?:[’']t)?) $")


@dataclass
class _Cue:
    start: int
    end: int
    lemma: str
    form: str
    state: bool


def _all_cues(text: str) -> list[tuple[int, int, str]]:
    """Every cue word of the text, once."""
    return [(*m.span(), m.group()) for m in _CUE_RE.finditer(text)]


def _cues(found: list[tuple[int, int, str]], unit: _Unit) -> list[_Cue]:
    """Reporting cues of a unit (from ``found``, in order) outside its quotations."""
    out: list[_Cue] = []
    quotes = unit.quotes
    for s, e, form in found:
        inside = False
        for a, b in quotes:
            if a <= s < b:
                inside = True
                break
        if inside:
            continue
        if form[0] in "Aa" and form.lower() == "according to":
            out.append(_Cue(s, e, "according to", "according to", False))
            continue
        lemma = SPEECH_FORMS.get(form) or STATE_FORMS[form]
        out.append(_Cue(s, e, lemma, form, form not in SPEECH_FORMS))
    return out


def _extend_aux(text: str, lo: int, cue: _Cue) -> int:
    """Pull auxiliaries and adverbs before the cue into it ("has also said")."""
    start = cue.start
    while True:
        low = max(lo, start - 20)
        before = text[start - 1] if start > low else ""
        if before == " ":  # the usual case, without the regex: a plain word and a space
            k = text.rfind(" ", low, start - 1) + 1
            word = text[k or low : start - 1]
            if word.isascii() and word.isalpha():
                if word.lower() not in AUXILIARIES:
                    return start
                start = k or low
                continue
        elif before != "\n":
            return start
        m = _WORD_BEFORE.search(text, low, start)
        if m is None or m.group(1).lower() not in AUXILIARIES:
            return start
        start = m.start(1)
