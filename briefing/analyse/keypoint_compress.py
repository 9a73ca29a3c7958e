"""Shorter key points: the main clause of a long sentence, without its add-ons.

A key point stays one contiguous span of its sentence; these rules move its edges
inwards past words a summary leaves out, and keep a readable clause. The add-on and
leading-adverbial rules shorten the selected key points (``keypoints.shortened``); the
glued-sentence rule is part of every candidate's span (``keypoint_trim.claim_end``).
Every rule reads only the sentence's own words; none knows a corpus, a site or a name.

* **Participial add-on** of a long sentence (``LONG_SENTENCE`` words or more): ", sending
  smoke over the town.", ", leaving three dead.", ", adding: …" after a main clause of at
  least ``MIN_MAIN_WORDS`` words. Not an -ing noun (", something …"), a list item
  (", policing and immigration"), an aside the main clause goes on after ("A lorry,
  driving on the wrong side, hit …"), nor where the words before end unfinished ("… and,")
  or a quotation or bracket is open.
* **Dash add-on** of a long sentence: " - something the council failed to do in 2008."
  after the main clause, where the sentence has one dash only (two make an aside) and it
  is not inside a name or title ("Jerry Springer - The Opera").
* **Leading adverbial**: a sentence adverb ("However, ", "Last week, ", "For example, "),
  a speech or news frame ("In a statement on Tuesday, ", "In a surprise move, ",
  "Speaking to reporters, ", "According to the police, ") or a phrase of circumstance
  ("During the investigation, ", "After the vote, ", "Despite the rain, ";
  ``MAX_LEADING_WORDS`` words at most) before the subject is left out when a clause of
  at least ``MIN_REST_WORDS`` words follows that starts with a capital ("However, Acme
  said …" -> "Acme said …"; "However, the firm said …" keeps its adverb: a key point
  reads as a sentence). A phrase that limits where, when or of whom the claim holds
  stays ("Since 2008, …", "In Europe, …", "In adults over 26, …", "On Titan, …":
  without it the claim is false). Not a phrase with a verb in it ("After Acme agreed to
  …, "), nor when what follows is a relative clause ("After the images, which …"), the
  rest of a place ("At an event in Anaheim, California, …"), an aside ("During 2010,
  however, …") or a phrase ("…, compared with …").
* **Relative clause at the end**: a non-restrictive ", which …" or ", where …" clause
  that ends the sentence ("… 45 workers were injured in the blaze, which began early
  Wednesday.") is left out after a head of at least ``MIN_HEAD_WORDS`` words; not when
  the clause holds a comma (a list or a second aside) or a figure (", which values the
  club at £800m.": a fact, not an aside), is under ``MIN_RELATIVE_WORDS`` words, or the
  head ends unfinished or leaves a quotation or bracket open.
* **Glued sentence**: a full stop with no space after it and a capitalised word
  ("… a court heard.Shocking details were …", text that lost a line break) ends the key
  point, as the sentence splitter did not.
* A main clause that starts with a subordinator and has no comma ("While the storm hit
  the coast") is not cut from its add-on.
"""

from __future__ import annotations

import re

LONG_SENTENCE = 25
MIN_MAIN_WORDS = 12
MIN_REST_WORDS = 8
_PARTICIPLE = re.compile(r",\s+([a-z]{2,}ing)\b")
_ING_NOUNS = frozenset(
    """thing something nothing anything everything morning evening king spring string
    ring wing building meeting wedding ceiling during ending setting feeling clothing
    sibling darling pudding sterling offspring funding housing training""".split()
)
# "…, gaming, and broadband", "…, policing and immigration": an item of a list.
_LIST_ITEM = re.compile(r"\s*(?:,|\s(?:and|or)\b)")
_AFTER_COMMA = re.compile(r",\s+([\w'’-]+)")
# Words that may start a phrase after a comma inside the add-on, not the main clause's verb.
_GOES_ON = frozenset(
    """and but or nor while as with which who whom whose where when including after before
    because although though until since from to in on at for by of into than the a an his
    her its their this that these those some many most all both each""".split()
)
# A head ending in one of these is unfinished ("… is now 10 and, according to …").
_FUNCTION_WORDS = frozenset(
    """and or but nor the a an of to in on at for by with from that which who as than
    is are was were be been has have had""".split()
)
_SUBORDINATORS = frozenset(
    "while although though if when as because since unless whereas whether until".split()
)
# ", which began on Tuesday.", ", where they rented a villa.": a non-restrictive clause.
_RELATIVE = re.compile(r", (?:which|where) ")
MIN_RELATIVE_WORDS = 3
_DIGIT = re.compile(r"\d")  # A figure makes the clause a fact: ", which values it at £8m."
MIN_HEAD_WORDS = 8
# A full stop with no space before the next sentence: "heard.Shocking details".
_GLUED_STOP = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z]+\s)")
MIN_GLUED_WORDS = 4
_DASH = re.compile(r"(?:--?|–|—)\s+")  # After a space: " - ", " -- ", " – ".
_OPEN_SINGLE = re.compile(r"(?:^|\s)['‘]")
_CLOSE_SINGLE = re.compile(r"['’](?=\s|$|[,.;:!?])")
# Speech and news frames ("In a statement on Tuesday, ", "In a significant move, ",
# "Speaking to reporters, ", "According to the police, "), phrases of circumstance
# ("During the investigation, ", "Despite the rain, ") and sentence adverbs ("However, ",
# "Last week, "); not a phrase of place, time or scope ("In Europe, ", "Since 2008, ").
_LEADING = re.compile(
    r"(?:(?:After|During|Before|Following|Despite|Amid|In\s+addition\s+to|According\s+to|"
    r"(?:Speaking|Writing|Talking)\s+(?:to|at|on|in|from|after|before|during)|"
    r"Asked\s+(?:about|if|whether|why|how))\s(?!least\b|most\b|all\b)[^,;:()\"“”‘’]{2,70}"
    r"|In\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:statement|interview|letter|post|"
    r"tweet|speech|report|blog|e-?mail|message|video|op-ed|press\s+release|news\s+conference|"
    r"move|step|twist|development|sign|blow|turn|shift|bid|effort|attempt|decision|ruling|vote)\b"
    r"[^,;:()\"“”‘’]{0,70}"
    r"|However|Meanwhile|Instead|Still|Indeed|Now|Today|Yesterday|Earlier|Later|Overall|"
    r"Finally|Separately|Elsewhere|In fact|In addition|For example|For instance|"
    r"(?:Last|This|Earlier this)\s+(?:week|month|year|weekend)|Last night),\s+(?=[A-Z])"
)
# The first words of a leading phrase, for a quick test before the regex.
LEADING_WORDS = frozenset(
    """In After During Before Following Despite Amid For According Speaking Writing Talking
    Asked However Meanwhile Instead Still Indeed Now Today Yesterday Earlier Later Overall
    Finally Separately Elsewhere Last This""".split()
)
_VERB_WORDS = frozenset(
    """is are was were be been has have had will would can could may might must should
    said says""".split()
)
# After the leading phrase: a relative clause, or the rest of a place ("California, …").
# or an aside or a phrase ("however, …", "compared with …", "including …").
_NOT_A_CLAUSE = re.compile(
    r"(?:which|who|whom|whose|where|when|and|but|or)\b|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,"
    r"|[\w'’-]+,|[a-z]+(?:ed|ing)\b"
)
MAX_LEADING_WORDS = 12
# A name and a past-tense verb make a clause: "In 2002 Acme and Bolt agreed to …, ".
_NAME_VERB = re.compile(r"\b[A-Z][\w&.-]*(?:['’](?!s\b)\w*)?\s+[a-z]+ed\b")


def glued_end(text: str) -> int:
    """Where a sentence ends that lost the space after its full stop ("… a court
    heard.Shocking details …"): after that stop, or ``len(text)``."""
    last = len(text) - 2
    i = text.find(".", 2, last)
    while i > 0:
        if text[i + 1].isupper() and (m := _GLUED_STOP.match(text, i)):
            if len(text[:i].split()) >= MIN_GLUED_WORDS:
                if len(text[m.end() :].split()) >= MIN_GLUED_WORDS:
                    return m.end()
                break
        i = text.find(".", i + 1, last)
    return len(text)


def addon_start(text: str) -> int:
    """Where a long sentence's participial or dash add-on starts, or ``len(text)``."""
    if len(text.split()) < LONG_SENTENCE:
        return len(text)
    return long_addon_start(text)


def long_addon_start(text: str) -> int:
    """:func:`addon_start` for a sentence known to be long."""
    cut = _participle_start(text) if "ing" in text else len(text)
    if cut == len(text) and (" -" in text or " –" in text or " —" in text):
        cut = _dash_start(text)
    return cut


def _participle_start(text: str) -> int:
    """Where the first participial add-on after the main clause starts, or ``len(text)``."""
    for m in _PARTICIPLE.finditer(text):
        if m.group(1) in _ING_NOUNS or _LIST_ITEM.match(text, m.end()):
            continue
        if text.count(" ", 0, m.start()) < MIN_MAIN_WORDS - 1:  # Words before it, near enough.
            continue
        if not _main_clause(text[: m.start()]) or _resumes(text, m.end()):
            return len(text)
        return m.start()
    return len(text)


def relative_start(text: str) -> int:
    """Where a non-restrictive relative clause ending ``text`` starts (", which …",
    ", where …"; see the module docstring), or ``len(text)``."""
    found = list(_RELATIVE.finditer(text))
    if not found:
        return len(text)
    last = found[-1]
    tail = text[last.end() :]
    if "," in tail or len(tail.split()) < MIN_RELATIVE_WORDS or _DIGIT.search(tail):
        return len(text)
    head = text[: last.start()]
    if head.count(" ") < MIN_HEAD_WORDS - 1 or not _main_clause(head):
        return len(text)
    return last.start()


def _dash_start(text: str) -> int:
    """Where the one dash add-on after the main clause starts, or ``len(text)``."""
    dashes = [m for m in _DASH.finditer(text) if text[m.start() - 1 : m.start()].isspace()]
    if len(dashes) != 1:
        return len(text)
    start = len(text[: dashes[0].start()].rstrip())
    head = text[:start]
    if head.count(" ") < MIN_MAIN_WORDS - 1 or not _main_clause(head):
        return len(text)
    if head.rsplit(None, 1)[-1][:1].isupper() and text[dashes[0].end() :][:1].isupper():
        return len(text)  # A name or title with a dash in it: "Jerry Springer - The Opera".
    return start


def _main_clause(head: str) -> bool:
    """The words before an add-on end finished, open no quotation or bracket and are not
    a lone subordinate clause."""
    if head.rsplit(None, 1)[-1].lower() in _FUNCTION_WORDS:
        return False
    if "," not in head and head.split(None, 1)[0].lower() in _SUBORDINATORS:
        return False
    return _closed(head)


def _resumes(text: str, start: int) -> bool:
    """True when the main clause goes on after a later comma: the -ing phrase was an
    aside ("A lorry, driving on the wrong side, hit the car.")."""
    for m in _AFTER_COMMA.finditer(text, start):
        word = m.group(1)
        if word[:1].islower() and word not in _GOES_ON and not word.endswith("ing"):
            return True
    return False


def _closed(text: str) -> bool:
    """No quotation or bracket left open at the end of ``text``."""
    if text.count('"') % 2 or text.count("“") > text.count("”"):
        return False
    if text.count("(") > text.count(")"):
        return False
    return len(_OPEN_SINGLE.findall(text)) <= len(_CLOSE_SINGLE.findall(text))


def leading_end(text: str) -> int:
    """Where the clause after a leading adverbial starts in ``text`` (see the module
    docstring), or 0."""
    space = text.find(" ", 0, 12)
    if space < 0 or text[:space].rstrip(",") not in LEADING_WORDS or text.find(",", 0, 80) < 0:
        return 0
    m = _LEADING.match(text)
    if m is None:
        return 0
    phrase = text[: m.end()].lower().split()
    if (
        len(phrase) > MAX_LEADING_WORDS
        or any(w.strip(",") in _VERB_WORDS for w in phrase)
        or _NOT_A_CLAUSE.match(text, m.end())
    ):
        return 0
    if len(text[m.end() :].split()) < MIN_REST_WORDS or _NAME_VERB.search(text, 0, m.end()):
        return 0
    return m.end()
