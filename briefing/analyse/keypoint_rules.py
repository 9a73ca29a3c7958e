"""What may be a key point: sentences that are not captions, credits, bylines or fragments.

Every rule looks at the sentence's own text (and, for quotations, at the quote marks
before it in its paragraph); none knows a corpus, a site or a name.

* **Caption or credit**: "Image: …", "Photo: …", "Picture: …", "Credit: …", "Getty
  Images", "(AP Photo/…)", "Image copyright …", "Image caption …", a line that ends
  with a credit in brackets "(Getty)", "(Reuters)", and the sentence after a gallery
  counter on its line ("1 of 18. Rescuers search the waters …": the first photo's caption).
* **Note**: "Editor's note: …" says what the piece is, not what happened.
* **Signpost**: a pointer to the rest of the page ("Here's why …", "Here are the five
  takeaways:", "Take a look at the video above.") or a call to the reader ("Please share
  your videos …", "Follow us on Twitter", "Sign up for our newsletter") says nothing itself.
* **Boilerplate**: a press release's paragraph about the company under an "About
  <name>" heading ("About Acme\nAcme makes …"), and the heading itself, says what the
  company is, not what happened.
* **Page control**: "Scroll down for video" before a sentence (a page's own text, whose
  line break was lost) is left out of the key point's span, like a dateline.
* **Byline**: "By Jane Doe", "By . Staff Reporter", "PUBLISHED: …", "UPDATED: …",
  "Last updated at …".
* **Dateline only**: "WASHINGTON (Reuters) -", "LONDON, England (CNN) --" with nothing
  after it, or a bare date ("Monday, 12 March 2007"). A dateline before a sentence is
  left out of the key point's span; besides the agencies, an outlet written with two
  capitals counts where the text opens with it or a dash or the sentence follows without
  a space ("(HLNtv)Actress …"), never inside a sentence ("Mr Lee (MP) said"). The
  places may be joined by a slash ("SURABAYA, Indonesia/JAKARTA (Reuters) - ").
* **Aside**: a sentence wholly in brackets ("(HBO is owned by the same group.)"), a
  disclosure or an aside; used only when an article has nothing else.
* **Present-tense caption**: names, a present-tense verb and a weekday ("President Bush
  pauses Tuesday during a news conference"); news reports in the past tense. Also an
  agency's caption formula: "In this image released by …", "This undated photo provided
  by … shows …".
* **Score line**: a short line of capitalised names around a result "2-1"
  ("West Ham 1-1 Manchester United.").
* **Question**: a sentence ending in "?" ("Are we alone in the cosmos?"): a key point
  states what happened; a question is a teaser or a quotation. Used only when an
  article has nothing else, like fragments.
* **Fragment**: no final stop (headings and captions run into the text, "Watch the
  video »"), under four words, starting in lower case, or a piece of a quotation that
  opened in an earlier sentence (`The whole bridge is down."`) or goes on in the next.
* **Time stamp**: a live blog's "14.07 " before an entry is left out of the span.
* **List marker**: "1. ", "2) ", "- ", "• " before the item; the key point's span starts
  after it (:func:`content_start`). A marker with nothing after it is a fragment.
* **Run-on caption**: a photo caption glued to the sentence after it is left out of
  the key point's span (:mod:`keypoint_runon`).
"""

from __future__ import annotations

import re

from briefing.analyse.actors.words import IMPERATIVES
from briefing.analyse.keypoint_furniture import LABEL, furniture_reason

# Re-exported: the ranker reads every span rule from this module.
from briefing.analyse.keypoint_runon import GLUED_SENTENCES as GLUED_SENTENCES
from briefing.analyse.keypoint_runon import run_on_start as run_on_start

CAPTION_START = re.compile(
    r"\W*(?:image|photo|photograph|picture|pictured|credit|video|watch|gallery|source|"
    r"illustration|graphic|file photo|caption)s?\s*(?:credit|copyright|caption)?\s*[:|»]"
    r"|\W*image (?:copyright|caption)\b",
    re.IGNORECASE,
)
# An agency's photo caption: "In this image released by A24 Films, …", "This undated
# photo provided by the family shows …", "In this Dec. 3 file photo, …".
_PHOTO_CAPTION = re.compile(
    r"(?:In\s+)?(?:this|these)\s+(?:[\w.,'’-]+\s+){0,4}?(?:file\s+)?(?:image|photo|photograph|"
    r"picture|video|frame\s+grab|handout(?:\s+photo)?)s?\s*(?:,|(?:released|provided|taken|"
    r"made|obtained|shot|posted|distributed|from|by|of|shows?)\b)",
    re.IGNORECASE,
)
_PHOTO_CAPTION_STARTS = ("In this", "In these", "This ", "These ")
# A live blog's time stamp before the entry: "14.07 An official said …".
_TIMESTAMP = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d\s+(?=[A-Z“\"‘])")
# Credits anywhere in the line (checked as lower-case substrings).
_CREDITS = (
    "getty images",
    "ap photo",
    "afp photo",
    "reuters/",
    "epa/",
    "photo by",
    "photograph by",
    "photo credit",
    "image credit",
    "picture: ",
    "pictures: ",
    "photo: ",
    "photos: ",
    "©",
)
# A line ending in a bracketed credit or stage direction: "(Getty)", "(pictured left)".
_CREDIT_END = re.compile(
    r"\((?:getty|ap|afp|reuters|epa|pa|file|pictured|above|below|left|right|centre|center)"
    r"\b[^)]*\)\W*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^\W*(?:by\s+(?:\.\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*\.?\s*$"
    r"|by\s+\.\s|published:|updated:|last updated\b|posted:|written by\b)",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DATE_ONLY = re.compile(
    rf"^\W*(?:{_DAY},?\s*)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s*\d{{4}})?"
    r"(?:[\s,]+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|bst|e[sd]t|utc)?)?\W*$",
    re.IGNORECASE,
)
_DATELINE_ONLY = re.compile(
    r"^[A-Z][A-Za-z .,'’-]{1,60}\((?:[A-Z][\w .&-]{1,30})\)\s*(?:-{1,2}|—|–)?\s*$"
)
# "WASHINGTON (CNN) -- ", "(CNN)", "LONDON, England (Reuters) - " before the sentence.
# Also any outlet written with two capitals ("(HLNtv)", "(EW.com)") where the text starts
# with it, or a dash or the sentence (without a space) follows it: "Mr Lee (MP) said" stays.
_DATELINE_PREFIX = re.compile(
    r"(?:[A-Z][A-Za-z.'’-]*(?:[ ,/]+[A-Z][A-Za-z.'’-]*){0,4}\s*)?\((?:CNN|AP|AFP|Reuters|"
    r"[A-Z][A-Za-z]{1,15} News)\)\s*(?:-{1,2}|—|–)?\s*"
    r"|(?:(?=\()|[A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,4}\s*)"
    r"\([A-Z][a-z.]*[A-Z][A-Za-z.]{0,13}\)(?:\s*(?:-{1,2}|—|–)\s*|(?=[A-Z\"“‘]))"
)
# A photo caption in the present tense with a weekday: "President Bush pauses Tuesday
# during a news conference" (reporting is in the past tense: "Bush said Tuesday").
_PRESENT_CAPTION = re.compile(
    rf"^(?:[A-Z][\w.'’-]*\s+){{1,5}}(?!says|is|has|does|was)[a-z]{{3,}}s\s+(?:on\s+)?(?i:{_DAY})\b"
)
# A web page's control text left before a sentence: "Scroll down for video The …".
_PAGE_CONTROL = re.compile(r"scroll down for (?:the )?(?:videos?|more)\b\W*", re.IGNORECASE)
# A signpost to the rest of the page, which says nothing itself: "Here's why …", "Here
# are the five takeaways:", "Take a look at the video above." ("Here, inmates are held
# …" is a scene, not a signpost.)
_SIGNPOST = re.compile(
    r"(?:Here(?:['’]s|\s+(?:are|is))|Below\s+(?:are|is)|Read on|See below|"
    r"Take a look)\b|Below,"
)
_SIGNPOST_WORDS = ("Here", "Below", "Read on", "See below", "Take a look")
# A call to the reader, which reports nothing: "Please share your videos …", "Follow us on
# Twitter", "Click here for more", "Sign up for our newsletter".
_CALL = re.compile(
    r"(?:Please\s+)?(?:(?:share|send|submit)\s+(?:us\s+)?your|(?:tell|email|e-mail|follow|"
    r"contact|join|like)\s+us|click\s+(?:here|on)|sign\s+up|subscribe)\b",
    re.IGNORECASE,
)
# A sign-up form's words anywhere in a short line ("Your Email Address Sign Up Now!",
# "From our editors to your inbox."): addressed to the reader, not news.
_SUBSCRIBE = re.compile(
    r"\b(?:Sign\s+[Uu]p|SIGN\s+UP|SUBSCRIBE|Subscribe|(?:[Ss]ign\s+up|subscribe)\s+(?:now|"
    r"today|here|free|to\s+our)|(?:to|in)\s+your\s+inbox|[Yy]our\s+e-?mail(?:\s+address)?|"
    r"our\s+newsletters?)\b"
)
_CALL_WORDS = tuple(
    "Please Share Send Submit Tell Email E-mail Follow Contact Join Like Click Sign "
    "Subscribe".split()
)
# A note about the piece, not news: "Editor's note: …".
_NOTE = re.compile(r"\W*editor['’]?s[’']? note\b", re.IGNORECASE)
_SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")
_LIST_MARKER = re.compile(r"\s*(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[-*•–—▪●◦·])\s+")
_TERMINATORS = frozenset(".!?…。！？")
_CLOSERS = frozenset("\"'”’»)]」』）")
_CLOSING = "".join(_CLOSERS) + " \t\n"


def is_terminated(text: str) -> bool:
    """True when ``text`` ends with a stop, perhaps before closing quotes or brackets."""
    i = len(text) - 1
    while i >= 0 and (text[i] in _CLOSERS or text[i].isspace()):
        i -= 1
    return i >= 0 and text[i] in _TERMINATORS


def is_question(text: str) -> bool:
    """True when ``text`` ends with a question mark, perhaps before closing quotes."""
    return ("?" in text[-4:] or "？" in text[-4:]) and text.rstrip(_CLOSING)[-1:] in "?？"


def content_start(text: str) -> int:
    """Offset in ``text`` where the sentence proper starts: after a dateline, a page
    control ("Scroll down for video"), a live blog's time stamp or a list marker, if any."""
    cut = 0
    if text[:6].lower() == "scroll" and (m := _PAGE_CONTROL.match(text)) and m.end() < len(text):
        cut = m.end()
    if "(" in text[cut : cut + 60]:
        m = _DATELINE_PREFIX.match(text, cut)
        if m and m.end() < len(text):
            cut = m.end()
    head = text[cut : cut + 2]
    if head[:1].isdigit() and (m := _TIMESTAMP.match(text, cut)) and m.end() < len(text):
        cut = m.end()
        head = text[cut : cut + 2]
    if head and (not head[0].isalpha() or head[1:] in ".)"):
        m = _LIST_MARKER.match(text, cut)
        if m and m.end() < len(text):
            cut = m.end()
    return cut


def quote_state(text: str, inside: bool) -> tuple[bool, bool]:
    """Whether the sentence ``text`` continues a quotation, and whether one is open after it.

    Straight double quotes toggle; curly ``“`` opens and ``”`` closes.
    """
    opened, closed = text.rfind("“"), text.rfind("”")
    straight = text.rfind('"')
    after = inside
    if opened >= 0 or closed >= 0:
        after = opened > closed  # The last curly mark decides.
        edge = max(opened, closed)
        if straight > edge:
            after = not after if text.count('"', edge) % 2 else after
    elif straight >= 0 and text.count('"') % 2:
        after = not inside
    return inside, after


# Single quotation marks, told from apostrophes: one opens before a letter after a space,
# "(" or ":" (or "‘" anywhere); one closes after a stop or comma, before no letter.
_SINGLE_OPEN = re.compile(r"(?:(?<![^\s(:])'(?=\w)|‘)")
_SINGLE_CLOSE = re.compile(r"[.?!,]['’](?!\w)")


def is_quote_fragment(text: str, starts_inside: bool) -> bool:
    """True for a sentence that is part of a quotation opened before it or going on after it."""
    if starts_inside:
        return True
    if "''" in text:
        text = text.replace("''", '"')  # a typewriter double quote
    if ("'" in text or "’" in text or "‘" in text) and _single_fragment(text):
        return True
    if '"' not in text and "“" not in text and "”" not in text:
        return False
    return quote_state(text, False)[1] or _closes_earlier_quote(text)


def _single_fragment(text: str) -> bool:
    """A single-quoted quotation closes with no opening before it ("…pay on April 9.'")."""
    close = _SINGLE_CLOSE.search(text)
    return close is not None and _SINGLE_OPEN.search(text, 0, close.start()) is None


def _closes_earlier_quote(text: str) -> bool:
    """A closing mark in the second half with no opening one before it."""
    first_open = min((i for i in (text.find('"'), text.find("“")) if i >= 0), default=-1)
    close = max(text.rfind('"'), text.rfind("”"))
    return close >= 0 and (first_open < 0 or first_open == close) and close > len(text) // 2


def is_caption(text: str) -> bool:
    """A photo caption or credit line (see the module docstring)."""
    head = text[:40]
    if (":" in head or "|" in head or "»" in head or head[:6].lower() == "image ") and (
        CAPTION_START.match(text)
    ):
        return True
    if "day" in text and _PRESENT_CAPTION.match(text):
        return True
    if text.startswith(_PHOTO_CAPTION_STARTS) and _PHOTO_CAPTION.match(text):
        return True
    low = text.lower()
    if (
        "photo" in low or "getty" in low or "image" in low or "picture" in low or "/" in low
    ) or "©" in low:
        if any(c in low for c in _CREDITS):
            return True
    tail = text.rstrip()[-60:]
    return ")" in tail[-3:] and _CREDIT_END.search(tail) is not None


# A gallery's counter alone on its line, or opening the sentence's: "1 of 18. ", "Photo 2 of 5".
_GALLERY_COUNTER = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:photo|image|picture|slide)\s+)?\d{1,3}\s+of\s+\d{1,3}\.?\s*$",
    re.IGNORECASE,
)


def after_gallery_counter(text: str, start: int) -> bool:
    """True when the sentence at ``start`` follows a gallery counter on its line (a
    caption)."""
    if text[max(0, start - 4) : start].rstrip(" \t\n.")[-1:].isdigit():
        return _GALLERY_COUNTER.search(text, max(0, start - 24), start) is not None
    return False


_DIGIT = re.compile(r"\d")
_LABEL_WORDS = 6
_FIGURE = re.compile(r"[$£€]?\d[\d,.]*%?")  # a table cell: "28", "38%", "$1.5"
# Words nearly every English sentence holds; a row of a table or a stats box has none.
_FUNCTION_WORDS = frozenset(
    """the a an of to in on at for with by from and or but is are was were be has have had
    will would that this it its as than after before over""".split()
)


# A legal citation sentence ("See, e.g., Ana v. Port Ltd., 496 U.S. 384 (1990).", "Id. at
# 12.") or a reference to a web address ("…, available at https://…"): sources, not points.
_CITATION = re.compile(
    r"(?:See|Cf\.|But\s+see|See\s+also)(?:,?\s+e\.g\.,)?\s.*\bv\.\s|(?:Id|Ibid)\."
)
_WEB_ADDRESS = re.compile(r"https?://|\bwww\.\w")
_CITATION_STARTS = ("See", "Cf.", "But see", "Id.", "Ibid")


def is_citation(text: str) -> bool:
    """True for a citation sentence or one pointing to a web address."""
    if text.startswith(_CITATION_STARTS) and _CITATION.match(text) is not None:
        return True
    return ("//" in text or "www." in text) and _WEB_ADDRESS.search(text) is not None


def is_table_row(text: str, words: list[str]) -> bool:
    """A row of figures with no function word: three or more numbers making over a third
    of the words ("DL Ana Ruiz 63 85% 1 tackle (1 combined).", "1 cup, 2 tsp, 3 eggs."),
    or two figures side by side, a table's columns ("CB Ana Ruiz 1 1% No stats listed.";
    not scores: "… beat Ana Ruiz 2-6 6-3 6-2."), or a short label and its value ("Sugar
    Cups: 1 tsp.").

    The cheap tests first: most sentences hold no figure, or a function word early on."""
    if _DIGIT.search(text) is None:
        return False
    for w in words:
        if w.strip(",.;:()").lower() in _FUNCTION_WORDS:
            return False
    colon = text.find(":")
    if 0 < colon and len(words) <= _LABEL_WORDS and _DIGIT.search(text, colon):
        return True  # A label and its value: "Portion Cups: 1 tsp."
    numeric = [_DIGIT.search(w) is not None for w in words]
    numbers = sum(numeric)
    if numbers >= 3 and 3 * numbers >= len(words):
        return True
    if numbers < 2:
        return False
    figures = [_FIGURE.fullmatch(w.strip(",.;:()")) is not None for w in words]
    return any(a and b for a, b in zip(figures, figures[1:], strict=False))


def is_score_line(text: str, words: list[str] | None = None) -> bool:
    """A short results line: capitalised names around a score ("West Ham 1-1 Man Utd.")."""
    words = text.split() if words is None else words
    if len(words) > 12 or not _SCORE.search(text):
        return False
    lower = sum(1 for w in words if w[:1].islower())
    return lower <= 1


def _may_subscribe(text: str) -> bool:
    """Letters every _SUBSCRIBE match holds, looked for in C before the regex runs."""
    return any(part in text for part in _SUBSCRIBE_PARTS)


_SUBSCRIBE_PARTS = ("ign", "IGN", "ubscri", "UBSCRI", "nbox", "mail", "ewsletter")


def _points_to_link(text: str) -> bool:
    """An instruction ending at "here", a link's words: "Get more meal ideas here!",
    "Pro tip: Read the full report here." (a base-form verb first, after a label)."""
    if not text.rstrip(_CLOSING).endswith(_HERE):
        return False
    label = LABEL.match(text)
    rest = text[label.end() if label else 0 :].split(None, 1)
    return bool(rest) and rest[0] in IMPERATIVES


_HERE = ("here!", "here.", "here")


def junk_reason(text: str, starts_inside_quote: bool = False) -> str | None:
    """Why the sentence ``text`` must not be a key point, or None if it may be one."""
    words = text.split()
    short = len(words) <= 12
    if short and (_DATELINE_ONLY.match(text) or _DATE_ONLY.match(text)):
        return "dateline"
    if is_caption(text):
        return "caption"
    if "ditor" in text[:12] and _NOTE.match(text):
        return "note"
    if text.startswith(_SIGNPOST_WORDS) and _SIGNPOST.match(text):
        return "signpost"
    if text.startswith(_CALL_WORDS) and _CALL.match(text):
        return "signpost"
    if short and _may_subscribe(text) and _SUBSCRIBE.search(text):
        return "signpost"
    if short and _points_to_link(text):
        return "signpost"
    if (reason := furniture_reason(text, words)) is not None:
        return reason
    first = text[:1]
    if first in ",;:.!?":  # the rest of a sentence cut off before it: ", , from 5 p.m."
        return "fragment"
    if (first in "BbWwLl" or not first.isalnum() or ":" in text[:40]) and _BYLINE.match(text):
        return "byline"
    if short and is_score_line(text, words):
        return "score"
    if is_citation(text):
        return "note"
    if len(words) <= 24 and is_table_row(text, words):
        return "score"
    if not is_terminated(text):
        return "fragment"
    if is_question(text):
        return "question"
    if text[:1] in "([" and text.rstrip(" .")[-1:] in ")]":
        return "aside"
    if len(words) < 4 or text[:1].islower():
        return "fragment"
    if is_quote_fragment(text, starts_inside_quote):
        return "fragment"
    return None
