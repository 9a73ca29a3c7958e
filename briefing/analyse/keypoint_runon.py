"""Run-on captions: a photo caption without a full stop glued to the sentence after it.

Text whose line breaks were lost keeps a page's photo captions inside its paragraphs,
glued without a stop to the sentence that follows them: "… manager on Friday ‘I’d be
over the moon …", "… in charge of the club He has impressed …", "… for $20 He was …".
:func:`run_on_start` finds where the sentence proper starts; the key point's span starts
there. The rules read only the sentence's own words; none knows a corpus, a site or a
name.

* A lower-case word or a number followed by a sentence opener ("He", "The" + a
  lower-case word or a number) or an opening quote and a capital.
* A name followed by a pronoun or an article ("… his dog Sam The retired …"; not
  "… West Yorkshire Police could …").

Only looked for in paragraphs of many sentences (:data:`GLUED_SENTENCES`): text whose
line breaks were lost, where captions land inside paragraphs.
"""

from __future__ import annotations

import re

GLUED_SENTENCES = 8
_MIN_CAPTION_WORDS = 4
_MIN_REST_WORDS = 8
_STARTER = (
    r"(?:He|She|They|We|It|His|Her|Their|Its|But|The|A|An|This|These|Those|In|On|At|After|"
    r"When|While|There|Some|Many|Police|Officials|Now)"
)
# A sentence opener followed by a lower-case word, or an opening quote and a capital;
# glued to a caption when the word before it is lower-case and has no stop.
_OPENER = re.compile(rf" (?:{_STARTER})(?=\s+[a-z0-9])| [‘“](?=[A-Z])")
# A caption may end in a name ("… with his dog Sam The retired worker said …") when a
# pronoun or an article follows it; "… West Yorkshire Police could …" stays whole.
_NAME_END = re.compile(r"[A-Z][a-z]+[’']?")
_AFTER_NAME = re.compile(
    r"(?:He|She|They|We|His|Her|Their|Its|The|An|This|These|Those|There|But|After|When|"
    r"While)\s+[a-z0-9]"
)
# A number ending a caption: "… for $20", "… on Saturday, May 2", "… by 2060".
_NUMBER = re.compile(r"[$£€]?\d[\d,.]*%?")
# Words after which a capital or a quotation is expected: not a caption's end.
_LEAD_IN = frozenset(
    """said says added told asked wrote explained insisted dubbed called named titled
    entitled labelled labeled branded known as the a an of in on at for and or by with
    from to is was are were be read reads""".split()
)


def run_on_start(text: str) -> int:
    """Offset in ``text`` after the last run-on caption glued before the sentence, or 0."""
    cut = 0
    for m in _OPENER.finditer(text):
        i = m.start() + 1
        before = text[: i - 1].rstrip()
        word = before[before.rfind(" ") + 1 :]
        if not (word[:1].islower() and word[-1:].isalnum() or _NUMBER.fullmatch(word)):
            if not (_NAME_END.fullmatch(word) and _AFTER_NAME.match(text, i)):
                continue
        if word in _LEAD_IN or len(text[cut:i].split()) < _MIN_CAPTION_WORDS:
            continue
        if len(text[i:].split()) < _MIN_REST_WORDS:
            break
        cut = i
    return cut
