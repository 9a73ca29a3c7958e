"""Run-on captions: a photo caption without a full stop glued to the sentence after it.

Text whose line breaks were lost keeps a page's photo captions inside its paragraphs,
glued without a stop to the sentence that follows them: "… manager on Friday ‘I’d be
over the moon …", "… in charge of the club He has impressed …", "… for $20 He was …".
:func:`run_on_start` finds where the sentence proper starts; the key point's span starts
there. The rules read only the sentence's own words; none knows a corpus, a site or a
name.

* A lower-case word or a number followed by a sentence opener ("He", "The" + a
  lower-case word or a number) or an opening quote and a capital.
* A time ending the caption (a weekday, a month, a year, "night") followed by any of
  those, or by a determiner, a capitalised word and a lower-case one ("… training on
  Tuesday The Italian boss oversees …"): a time closes a caption's phrase and no
  sentence goes on from it without a stop or a comma.
* An opening quote (curly or straight) counts only when it opens speech: its second
  word is in lower case or its first ends at a comma, and it does not close within
  ``_MIN_QUOTE_WORDS`` words nor close on a letter ("the ‘Magic Circle’ firms", "the
  track "Country Grammar," has …" and "a band called 'Matthew 24 Now'" are names).
  Nor after a word that leads into a quotation ("said", "that", "adding", "called").
* A name followed by a pronoun or an article ("… his dog Sam The retired …"; not
  "… West Yorkshire Police could …").

Only looked for in paragraphs of many sentences (:data:`GLUED_SENTENCES`): text whose
line breaks were lost, where captions land inside paragraphs.
"""

from __future__ import annotations

import re

from briefing.analyse.english import DAYS, MONTHS

GLUED_SENTENCES = 8
_MIN_CAPTION_WORDS = 4
_MIN_REST_WORDS = 8
_MIN_QUOTE_WORDS = 4
_STARTER = (
    r"(?:He|She|They|We|It|His|Her|Their|Its|But|The|A|An|This|These|Those|In|On|At|After|"
    r"When|While|There|Some|Many|Police|Officials|Now)"
)
# A sentence opener followed by a lower-case word (group "low"), a determiner followed by
# a capitalised word and a lower-case one ("The Italian boss …", checked after a time
# word only), or an opening quote and a capital (group "quote"); glued to a caption when
# the word before it has no stop.
_OPENER = re.compile(
    rf" (?:(?:{_STARTER})(?=\s+(?P<low>[a-z0-9]))"
    r"|(?:The|A|An|His|Her|Their|Its|This|These)(?=\s+[A-Z][a-z]+\s+[a-z])"
    r"|(?P<quote>[‘“'\"])(?=[A-Z]))"
)
# A caption may end in a name ("… with his dog Sam The retired worker said …") when a
# pronoun or an article follows it; "… West Yorkshire Police could …" stays whole.
_NAME_END = re.compile(r"[A-Z][a-z]+[’']?")
_AFTER_NAME = re.compile(
    r"(?:He|She|They|We|His|Her|Their|Its|The|An|This|These|Those|There|But|After|When|"
    r"While)\s+[a-z0-9]"
)
# A number ending a caption: "… for $20", "… on Saturday, May 2", "… by 2060".
_NUMBER = re.compile(r"[$£€]?\d[\d,.]*%?")
# A time ending a caption: "… on Tuesday", "… in February", "… in 2013", "… last night".
_TIME_WORDS = frozenset(DAYS + MONTHS + "morning afternoon evening night weekend".split())
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words after which a capital or a quotation is expected: not a caption's end.
_LEAD_IN = frozenset(
    """said says added told asked wrote explained insisted dubbed called named titled
    entitled labelled labeled branded known as the a an of in on at for and or by with
    from to is was are were be read reads that adding saying stating writing reading
    captioned chanted chanting shouted shouting declared declaring""".split()
)
# The mark that closes a quotation opened by each mark: a straight single one after a
# letter and before no letter ("I'll" and "Tiger's" are apostrophes).
_CLOSE = {
    "‘": re.compile(r"’(?![A-Za-z])"),
    "“": re.compile(r"”"),
    "'": re.compile(r"(?<=\S)'(?![A-Za-z])"),
    '"': re.compile(r'"'),
}


def run_on_start(text: str) -> int:
    """Offset in ``text`` after the last run-on caption glued before the sentence, or 0."""
    cut = 0
    for m in _OPENER.finditer(text):
        i = m.start() + 1
        before = text[: i - 1].rstrip()
        word = before[before.rfind(" ") + 1 :]
        if not _caption_end(text, m, word):
            continue
        if word in _LEAD_IN or len(text[cut:i].split()) < _MIN_CAPTION_WORDS:
            continue
        if len(text[i:].split()) < _MIN_REST_WORDS:
            break
        cut = i
    return cut


def _caption_end(text: str, m: re.Match[str], word: str) -> bool:
    """Whether ``word`` may end a caption before the opener ``m``: a lower-case word or a
    number before any opener; a time before any opener; a name before a pronoun or an
    article. An opening quote must open a quotation, not a title or a scare quote."""
    time = word in _TIME_WORDS or _YEAR.fullmatch(word) is not None
    plain = word[:1].islower() and word[-1:].isalnum() or _NUMBER.fullmatch(word) is not None
    if m["quote"]:
        return (plain or time) and _opens_quotation(text, m.end() - 1)
    if m["low"] is None:
        return time
    if time or plain:
        return True
    name = _NAME_END.fullmatch(word) is not None
    return name and _AFTER_NAME.match(text, m.start() + 1) is not None


def _opens_quotation(text: str, at: int) -> bool:
    """The quote mark at ``at`` opens speech: its second word is in lower case ("‘I’d be
    over the moon …") or its first ends at a comma ("'Hopefully, …"), and it does not
    close in the sentence or closes after a stop or a comma and ``_MIN_QUOTE_WORDS`` words;
    not a title or a scare quote ("the track “Country Grammar,” has …", "a band called
    'Matthew 24 Now'", "the film "Senna," on …")."""
    words = text[at + 1 : at + 80].split(None, 2)
    if len(words) < 2 or not (words[1][:1].islower() or words[0][-1:] == ","):
        return False
    close = _CLOSE[text[at]].search(text, at + 1)
    if close is None:
        return True
    speech = text.count(" ", at, close.start()) >= _MIN_QUOTE_WORDS - 1
    return speech and text[close.start() - 1] in ".,!?…"
