"""Page furniture that reads like a sentence: calls to the reader, pointers to the page's
media, press-release boilerplate, agencies' caption formulas and program code.

:func:`furniture_reason` is one of :func:`keypoint_rules.junk_reason`'s checks; every
rule reads the sentence's own words (the boilerplate rule also the heading before it);
none knows a corpus, a site or a name.

* **Call to the reader**, perhaps after a short label or a "»": "Find out more …",
  "Learn more about …", "Share this with …", "Like us on Facebook", "Join our
  newsletter", "Pro tip: Learn more …", "Step 1: Like us!", "» Click here to …", any
  "Click …"; and a
  short line pointing to the comments ("Add your own in the comments.").
* **Pointer to the page's media**: "The pictures below capture …", "the video above
  shows …" in a short sentence; the page talking to the reader's browser ("JavaScript is
  currently disabled in this browser", "Reactivate it to view this content").
* **Caption formulas**: an agency's ", in this picture illustration taken in …" anywhere
  in the sentence; a sports agency's "Dec 27, 2014; Louisville, KY, USA; …"; a player
  and his shirt number before a present-tense verb, with a second number ("Ana Ruiz (24)
  posts up against Eva Lind (2) …").
* **Boilerplate**: a block under an "About <name>" heading (:func:`after_about_heading`,
  asked by :mod:`keypoints` only of texts holding "About" or "ABOUT").
* **Headline or list of names**: six or more words, all but one capitalised, with a
  capitalised function word ("She Was Tired Of Being Photoshopped, So Here's What She Did
  About It.") or three commas or semicolons (a team sheet "A Ruiz (capt); T Lind, E
  Berg, J Moe."): a heading or a list, a fragment.
* **Code**: brackets, a brace and three or more of ``{ } -> => /* */ (); //`` and
  `` = ``.
"""

from __future__ import annotations

import re

from briefing.analyse.english import MONTHS

_LABEL = r"(?:[»›>]\s*|(?:[A-Z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*(?:\s+\d{1,2})?:\s+)?"
# What a label leaves of a line: "Pro tip: Learn more …" -> "Learn more …" (always matches).
LABEL = re.compile(_LABEL)
_CALL = re.compile(
    _LABEL + r"(?:(?:find\s+out|learn|read|discover)\s+more\b|share\s+this\b|"
    r"(?:like|join|follow)\s+(?:us|our)\b|(?:like|follow)\s+(?:us\s+)?on\s+(?:facebook|twitter|"
    r"instagram)\b|click\b|let\s+us\s+know\b|"
    r"tell\s+us\b|sign\s+up\b|subscribe\b)",
    re.IGNORECASE,
)
_CALL_WORDS = frozenset(
    "find learn read discover share like join follow click let tell sign subscribe".split()
)
_COMMENTS = re.compile(r"\b(?:in|to)\s+the\s+comments\b|\bcomments?\s+(?:below|section)\b", re.I)
_MEDIA = re.compile(
    r"\b(?:pictures?|photos?|photographs?|images?|videos?|clips?|gallery|slideshow|charts?|"
    r"graphics?|footage)\s+(?:below|above)\b",
    re.IGNORECASE,
)
# The page talking to the reader's browser: "JavaScript is currently disabled in this
# browser", "Reactivate it to view this content", "Your browser does not support …".
_PAGE = re.compile(
    r"\bjavascript\s+(?:is\s+)?(?:currently\s+)?(?:disabled|turned\s+off|required|not\s+enabled)"
    r"|\b(?:enable|activate|turn\s+on)\s+javascript\b|\b(?:your|this)\s+browser\b"
    r"|\bto\s+view\s+this\s+(?:content|video|page|media)\b",
    re.IGNORECASE,
)
_MONTH = rf"(?:{'|'.join(m[:3] for m in MONTHS)})[a-z]*\.?"  # "Dec", "Dec.", "Sept.", "May"
_AGENCY_CAPTION = re.compile(
    r",\s+in\s+(?:this|a)\s+(?:file\s+)?(?:picture|photo|photograph|image)"
    r"(?:\s+illustration)?\s+(?:taken|made|shot)\b",
    re.IGNORECASE,
)
_DATED_CAPTION = re.compile(rf"{_MONTH}\s+\d{{1,2}},\s+\d{{4}};")
_SHIRT_CAPTION = re.compile(
    r"(?:\([^()]{1,60}\)\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}\(\d{1,2}\)\s+(?!says|is|has|does|was)[a-z]{3,}s\b"
    r".*\(\d{1,2}\)"
)
# A heading "About <name>" on its own line: "About Acme", "About the Author", "ABOUT US".
_ABOUT_HEADING = re.compile(r"(?:About|ABOUT)\s+[^\n.!?:]{1,60}(?<![,;])\s*\n")
_ABOUT_WORDS = 7


def after_about_heading(text: str, start: int) -> bool:
    """True when the sentence at ``start`` is in a block that opens with an "About <name>"
    heading line, or in the block after one: a press release's boilerplate about the
    company ("About Acme\nAcme makes …"), not news."""
    block = text.rfind("\n\n", 0, start) + 2 if start else 0
    if block == 1:  # No blank line before: the text's first block.
        block = 0
    if _about_heading_end(text, block) >= 0:
        return True
    if block < 2:
        return False
    before = text.rfind("\n\n", 0, block - 2) + 2
    return _about_heading_end(text, 0 if before == 1 else before) >= block - 1


def _about_heading_end(text: str, at: int) -> int:
    """Where an "About <name>" heading line at ``at`` ends, or -1."""
    if text[at : at + 5] not in ("About", "ABOUT"):
        return -1
    m = _ABOUT_HEADING.match(text, at)
    if m is None or len(m.group().split()) > _ABOUT_WORDS:
        return -1
    return m.end()


# First words of the calls (in any case) and of the dated captions ("Dec", "Dec.", "Sept.").
_FIRST_WORDS = frozenset(
    [w for c in _CALL_WORDS for w in (c, c.capitalize(), c.upper())]
    + ["»", "›", ">", "Sept", "Sept."]
    + [w for m in MONTHS for w in (m, m[:3], m[:3] + ".")]
)
_SHIRT_NUMBER = re.compile(r"\(\d{1,2}\) [a-z]")  # A literal first: a fast scan.
_CODE_MARKS = ("{", "}", "->", "=>", "/*", "*/", "();", " = ", "//")
_SHORT = 15
_HEADING_WORDS = 6
_LIST_SEPARATORS = 3
_TITLE_FUNCTION_WORDS = frozenset(
    "Of The A An And Or To In On At For With From By Is Was Are Were Be Been Has Have".split()
)
_MEDIA_WORDS = 20


def furniture_reason(text: str, words: list[str]) -> str | None:
    """Why the sentence ``text`` (split into ``words``) is page furniture, or None.

    Most sentences are news: a cheap test guards every rule (the first word, the length,
    a character the rule needs)."""
    n = len(words)
    if n < 2:
        return None
    head = words[0]
    if head in _FIRST_WORDS:
        if _CALL.match(text):
            return "signpost"
        if _DATED_CAPTION.match(text):
            return "caption"
    elif (words[1] in _FIRST_WORDS or n > 2 and words[2] in _FIRST_WORDS) and _CALL.match(text):
        return "signpost"  # After a label: "Pro tip: Learn more …", "Step 1: Like us!"
    if n >= _HEADING_WORDS and not (words[1][0].islower() or words[2][0].islower()):
        if _is_title_case(words):
            return "fragment"
    if n <= _MEDIA_WORDS:
        if n <= _SHORT and "omment" in text and _COMMENTS.search(text):
            return "signpost"
        if ("elow" in text or "bove" in text) and _MEDIA.search(text):
            return "signpost"
        if ("rowser" in text or "cript" in text or "view this" in text) and _PAGE.search(text):
            return "signpost"
    if "in this" in text and _AGENCY_CAPTION.search(text):
        return "caption"
    if "(" in text:
        if _SHIRT_NUMBER.search(text) and _SHIRT_CAPTION.match(text):
            return "caption"
        if "{" in text and _is_code(text):
            return "code"
    return None


def _is_title_case(words: list[str]) -> bool:
    """A headline in title case or a list of names: every word but one capitalised, and a
    function word capitalised after the first ("She Was Tired Of Being Photoshopped, So
    Here's What She Did") or three commas or semicolons ("A Ruiz (capt); T Lind, E Berg,
    J Moe.")."""
    lower = 0
    capital_function = False
    for i, w in enumerate(words):
        if w[:1].islower():
            lower += 1
            if lower > 1:
                return False
        elif i and w.strip(",.:;!?'’\"“”") in _TITLE_FUNCTION_WORDS:
            capital_function = True
    return capital_function or sum(w[-1:] in ",;" for w in words) >= _LIST_SEPARATORS


def _is_code(text: str) -> bool:
    """Three or more marks of program code."""
    return sum(1 for mark in _CODE_MARKS if mark in text) >= 3
