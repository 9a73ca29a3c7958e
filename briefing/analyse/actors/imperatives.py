"""Imperatives opening a sentence: "Display Trust Signals such as …", "Improve Site
Search" name nobody. A verb in the base form (:data:`~briefing.analyse.actors.words.
IMPERATIVES`) before capitalised words makes the run an instruction or a how-to
heading, unless the article writes the run mid-sentence ("according to Email Systems"):
the verb is no name, and the words after it are one only if they hold a given name,
title, honorific or gazetteer name ("Ask Mary Lee", "Visit Paris") or the article
writes them elsewhere, not after such a verb ("Watch Bush" in a story about Bush), or
the verb mostly takes someone ("Follow Tia Ghose on Twitter"; :data:`~briefing.analyse.
actors.words.IMPERATIVES_OF_NAMES`).
"""

from __future__ import annotations

from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.lookup import gaz_match, title_match
from briefing.analyse.actors.tokens import Word
from briefing.analyse.actors.words import IMPERATIVES, IMPERATIVES_OF_NAMES

NOT_IMPERATIVE, NO_NAME = -2, -1


def imperative_cut(s: int, form: str, text: str, gaz: Gazetteer) -> int:
    """For the candidate ``form`` of several words at ``text[s:]``, opening a sentence
    with a verb of :data:`IMPERATIVES`: :data:`NOT_IMPERATIVE` (read it as usual),
    :data:`NO_NAME` (no name in it) or where in ``form`` the name after the verb starts
    (see the module docstring)."""
    words = []
    pos = 0
    for part in form.replace("\u00a0", " ").split(" "):
        words.append(Word(pos, pos + len(part), part))
        pos += len(part) + 1
    if len(words) < 2:
        return NOT_IMPERATIVE  # one word: nothing after the verb
    if gaz_match(words, 0, gaz, gaz.max_words)[0] or _mid_sentence(form, s, text):
        return NOT_IMPERATIVE  # "Save the Children"; "according to Email Systems"
    rest = words[1].start
    if words[0].text in IMPERATIVES_OF_NAMES:
        return rest  # "Follow Tia Ghose on Twitter"
    for i in range(1, len(words)):
        w = words[i].text
        if (
            w in gaz.given_any
            or w.rstrip(".") in gaz.honorifics
            or gaz_match(words, i, gaz, gaz.max_words)[0]
            or title_match(words, i, gaz)
        ):
            return rest
    return rest if _named_elsewhere(form[rest:], text) else NO_NAME


def _mid_sentence(form: str, s: int, text: str) -> bool:
    """True if ``form`` is written somewhere other than ``s`` after a word or comma."""
    at = text.find(form)
    while at >= 0:
        if (
            at != s
            and at > 1
            and text[at - 1] == " "
            and (text[at - 2].isalnum() or text[at - 2] in ",;")
        ):
            return True
        at = text.find(form, at + 1)
    return False


def _named_elsewhere(rest: str, text: str) -> bool:
    """True if ``rest`` is written somewhere not right after an imperative verb."""
    at = text.find(rest)
    while at >= 0:
        before = text[max(0, at - 20) : at].split()
        if not before or before[-1] not in IMPERATIVES:
            return True
        at = text.find(rest, at + 1)
    return False
