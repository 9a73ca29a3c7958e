"""Where a key point ends: a sentence less its trailing attribution.

A key point is the span of its sentence, or a sub-span of it (``[start, end)`` inside
the sentence). :mod:`keypoint_rules` decides where it starts (after a dateline, a list
marker, a run-on caption); this module decides where it ends. Every rule reads only the
sentence's own words; none knows a corpus, a site or a name.

* **Attribution tail**: a reported statement's source after a final comma, with nothing
  but the source, its verb and a time or medium: "…, police said.", "…, the ministry
  said on Tuesday.", "…, a spokesman told reporters.", "…, according to court
  documents." The claim before it is the key point; the source stays in the text (and in
  the article's statements). Left alone when the part before it is short (under
  ``MIN_CLAIM_WORDS`` words), when it holds quotation marks or a comma (", who …, said":
  more than a source), when a quotation or a bracket stays open before it, and for
  a verb with an object ("…, he said he would resign.").
"""

from __future__ import annotations

import re

MIN_CLAIM_WORDS = 6
_LONGEST_TAIL = 160  # Characters: eight words, a verb and two times, or "according to …".
# When or where it was said: "on Tuesday", "last week", "in a statement", "on Twitter".
_WHEN = (
    r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:yesterday|today|tonight|earlier|recently|previously|later)"
    r"|\s+(?:last|this|earlier this|late last|early this)\s+(?:week|weekend|month|year|"
    r"morning|afternoon|evening|night)"
    r"|\s+in\s+(?:a|an|his|her|its|their)\s+(?:\w+\s+)?(?:statement|interview|"
    r"report|release|letter|email|e-mail|post|tweet|speech|briefing)"
    r"|\s+on\s+(?:Twitter|Facebook|Instagram|television|TV|radio|(?:its|his|her|their)\s+"
    r"(?:website|blog|\w+\s+account))"
    r"|\s+at\s+(?:a|the)\s+(?:news|press)\s+conference)"
)
_NAME = r"[A-Z][\w.'’&-]*(?:\s+(?:of\s+)?[A-Z][\w.'’&-]*){0,4}"
# Told whom: a name ("CNN", "the Associated Press"), reporters or the press.
_TOLD = (
    rf"told\s+(?:(?:the|a|an)\s+)?(?:{_NAME}|reporters|journalists|the\s+(?:media|press|"
    r"court|jury|committee|inquest|hearing|newspaper|paper|magazine|station|channel))"
)
_SAID = (
    rf"(?:said|says|say|{_TOLD}|reported|reports|announced|confirmed|added|explained|"
    r"claimed|revealed|warned|insisted|stated|wrote)"
)
# Words that start a clause or a phrase, not a source: ", with sugar added.", ", as reported."
_NOT_SOURCE = (
    r"(?:[Ww]ith|[Aa]nd|[Bb]ut|[Oo]r|nor|[Aa]s|[Ww]hile|which|who|whom|whose|what|that|"
    r"when|where|after|before|if|because|for|to|in|on|at|by|from|than|so|yet|though|"
    r"although|unless|once)\b"
)
# A source is a noun phrase: no auxiliary ("…, better graphics cards can be added.").
_WORD = (
    r"(?!(?:be|been|being|is|are|was|were|can|could|will|would|may|might|must|should|shall|not)\s)"
)
# ", <source up to eight words> <verb> <when>*." or ", according to <source>."
_TAIL = re.compile(
    r",\s+(?:according\s+to\s+[^,;:()\"“”‘’]{2,90}?"
    rf"|(?!{_NOT_SOURCE})(?:{_WORD}[^\s,;:()\"“”‘’]+\s+){{1,8}}?{_SAID}(?:{_WHEN})*)"
    r"\s*[.!]?\s*$"
)
# A quotation in the claim: without its speaker it would read as the reporter's words.
_QUOTE = re.compile(r"[\"“”‘]|(?:^|\s)'|'(?:\s|$)")


def content_end(text: str) -> int:
    """Offset in the sentence ``text`` where its key point ends: before its attribution
    tails (see the module docstring; two at most: "…, an official said Saturday,
    according to the state news agency."), else ``len(text)``."""
    end = len(text)
    for _ in range(2):
        cut = _tail_start(text[:end])
        if cut == end:
            break
        end = cut
    return end


def _tail_start(text: str) -> int:
    """Where one attribution tail at the end of ``text`` starts, or ``len(text)``."""
    comma = text.rfind(",")  # A tail holds no comma: it starts at the last one.
    if comma < 0 or len(text) - comma > _LONGEST_TAIL:
        return len(text)
    m = _TAIL.match(text, comma)
    if m is None or len(text[: m.start()].split()) < MIN_CLAIM_WORDS:
        return len(text)
    claim = text[: m.start()]
    if _QUOTE.search(claim) or claim.count("(") > claim.count(")"):
        return len(text)
    return m.start()
