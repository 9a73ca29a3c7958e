"""Where a key point ends: a sentence less its trailing attribution and add-ons.

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
  a verb with an object ("…, he said he would resign."). Verbs of saying and of
  findings: "…, a judge ruled Monday.", "…, the inquest heard.", "…, a survey suggests."
* **Source with its role, or after its verb**: "…, said Ana Ruiz, a spokeswoman for the
  port.", "…, said the harbour master.", "…, Ana Ruiz, a spokeswoman for the port, told
  reporters." Not a pronoun after "said" ("…, said it would close.") nor a source with
  a relative clause ("…, says Ana Ruiz, who runs the port.").
* **Attribution between two claims**: "…, police said, and investigators are …" ends
  at the attribution, which then goes as a tail.
* The claim of a long sentence also ends before a participial or dash add-on
  (:mod:`keypoint_compress`); an attribution tail before the add-on goes too.
"""

from __future__ import annotations

import re

from briefing.analyse.keypoint_compress import LONG_SENTENCE, glued_end, long_addon_start

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
    r"claimed|revealed|warned|insisted|stated|wrote|ruled|found|finds|heard|decided|concluded|"
    r"alleged|admitted|acknowledged|noted|argued|suggested|suggests|showed|shows|tweeted|"
    r"estimated|estimates|disclosed)"
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
# A source named before or after its verb, with its role: ", said Ana Ruiz, a port
# spokeswoman.", ", Ana Ruiz, a spokeswoman for the port, told reporters."
_TOKEN = r"[^\s,;:()\"“”‘’]+"
_NOT_NAMED = r"(?!(?:it|he|she|they|we|I|you|that|this|there)\s)"  # "…, said it would …"
_SOURCE_WORDS = rf"{_NOT_NAMED}(?:{_WORD}{_TOKEN}\s+){{0,5}}?{_WORD}{_TOKEN}"
_ROLE = r"(?:a|an|the)\s+[^,;:()\"“”‘’]{2,80}?"
_SOURCE_TAIL = re.compile(
    rf",\s+(?:(?:said|says)\s+{_SOURCE_WORDS}(?:,\s+{_ROLE})?"
    rf"|(?!{_NOT_SOURCE}){_SOURCE_WORDS},\s+{_ROLE},\s+{_SAID})(?:{_WHEN})*"
    r"\s*[.!]?\s*$"
)
_LONGEST_SOURCE_TAIL = 220
# The first four letters of the verbs of _SAID, to test a tail's first word before the regex.
_SAYING = frozenset(
    (w + " ")[:4]
    for w in """said says say told reported reports announced confirmed added explained claimed
    revealed warned insisted stated wrote ruled found finds heard decided concluded alleged
    admitted acknowledged noted argued suggested suggests showed shows tweeted estimated
    estimates disclosed""".split()
)
_NEXT_CLAIM = re.compile(r",\s+and\s")  # Not "but": the contrast may be the point.
# A quotation in the claim: without its speaker it would read as the reporter's words.
_QUOTE = re.compile(r"[\"“”‘]|(?:^|\s)'|'(?:\s|$)")


def claim_end(text: str) -> int:
    """Where the claim of the sentence ``text`` ends: before its attribution tails."""
    return _tails_start(text, len(text))


def shorter_end(claim: str) -> int:
    """Where a :func:`claim_end` ``claim`` ends at a glued sentence's stop, before an
    attribution between two claims, or before a long sentence's add-on (and any
    attribution tail before those), or ``len(claim)``."""
    n = len(claim)
    end = glued_end(claim) if claim.find(".", 2, n - 2) > 0 else n
    if ", and " in claim and (" said" in claim or " report" in claim or " told" in claim):
        end = _before_next_claim(claim, end)
    if end < n:
        end = _tails_start(claim, end)
    if end < 4 * LONG_SENTENCE or claim.count(" ", 0, end) < LONG_SENTENCE - 1:
        return end  # Too short for an add-on.
    cut = long_addon_start(claim[:end])
    return end if cut == end else _tails_start(claim, cut)


def _before_next_claim(text: str, end: int) -> int:
    """``end``, or the end of the claim before an attribution that a second claim follows:
    "…, police said, and investigators are …" ends at "police said"."""
    for m in _NEXT_CLAIM.finditer(text, 0, end):
        if _tail_start(text[: m.start()]) < m.start():
            return m.start()
    return end


def _tails_start(text: str, end: int) -> int:
    """Where the attribution tails (two at most) of ``text[:end]`` start, or ``end``."""
    for _ in range(2):
        cut = _tail_start(text[:end])
        if cut == end:
            break
        end = cut
    return end


def _tail_start(text: str) -> int:
    """Where one attribution tail at the end of ``text`` starts, or ``len(text)``."""
    m = _tail_match(text)
    if m is None or len(text[: m.start()].split()) < MIN_CLAIM_WORDS:
        return len(text)
    claim = text[: m.start()]
    if _QUOTE.search(claim) or claim.count("(") > claim.count(")"):
        return len(text)
    return m.start()


def _tail_match(text: str) -> re.Match[str] | None:
    """The attribution tail at the end of ``text``: a source and its verb after the last
    comma, or a source with its role (:data:`_SOURCE_TAIL`): after ", said" / ", says",
    or two commas before a verb of saying after the last one (", Ana Ruiz, a
    spokeswoman, told CNN.")."""
    comma = text.rfind(",")
    if comma < 0:
        return None
    n = len(text)
    if n - comma <= _LONGEST_TAIL and (m := _TAIL.match(text, comma)):
        return m
    said = max(text.rfind(", said "), text.rfind(", says "))
    if said >= 0 and n - said <= _LONGEST_SOURCE_TAIL and (m := _SOURCE_TAIL.match(text, said)):
        return m
    if text[comma + 2 : comma + 6] in _SAYING:
        role = text.rfind(",", 0, comma)
        source = text.rfind(",", 0, role) if role > 0 else -1
        if source >= 0 and n - source <= _LONGEST_SOURCE_TAIL:
            return _SOURCE_TAIL.match(text, source)
    return None
