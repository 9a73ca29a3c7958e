"""What actor extraction remembers across articles (plans of candidates, chunks and
gazetteer matches) is decided by the words alone: the context is read at each occurrence,
and a different gazetteer never reuses another's plans."""

from __future__ import annotations

import pytest

from briefing.analyse.actors import classify, lookup, segment
from briefing.analyse.actors.extract import extract_actors
from briefing.analyse.actors.gazetteer_cache import load_gazetteer
from briefing.config import ActorSpec
from briefing.model import Sentence

# Made-up names the gazetteer does not know, each in two contexts that type it differently.
AS_ORG = "Yesterday the Qarvex Dulon opened a plant near the river."
AS_PERSON = "Qarvex Dulon said the plant would open near the river."
TITLED = "Shares rose after Acme chief executive Tovan Reddle said so."
UNTITLED = "Shares rose after the Tovan Reddle group said so."


def _forget() -> None:
    """Drop every remembered plan and match, as a fresh process has none."""
    segment._PLANS[0] = (None, {})
    classify._PLANS[0] = (None, {})
    lookup._MATCHES[0] = (None, {})


def _kinds(text: str, gaz) -> dict[str, str]:
    actors = extract_actors(text, (Sentence(0, len(text), 0),), gaz)
    return {a.name: a.kind for a in actors}


@pytest.mark.parametrize(("first", "second"), [(AS_ORG, AS_PERSON), (TITLED, UNTITLED)])
def test_a_remembered_plan_still_reads_each_context(first: str, second: str) -> None:
    gaz = load_gazetteer()
    _forget()
    alone = _kinds(second, gaz)
    _forget()
    _kinds(first, gaz)  # plans the candidate in the other context first
    assert _kinds(second, gaz) == alone
    _forget()
    assert _kinds(first, gaz) == _kinds(first, gaz)


def test_the_same_name_is_typed_by_its_context() -> None:
    gaz = load_gazetteer()
    assert _kinds(AS_ORG, gaz)["Qarvex Dulon"] == "organization"
    assert _kinds(AS_PERSON, gaz)["Qarvex Dulon"] == "person"
    assert _kinds(AS_ORG, gaz)["Qarvex Dulon"] == "organization"


def test_plans_are_kept_per_gazetteer() -> None:
    plain = load_gazetteer()
    assert _kinds(AS_PERSON, plain)["Qarvex Dulon"] == "person"
    known = load_gazetteer((ActorSpec("Qarvex Dulon", "group", (), ()),))
    assert _kinds(AS_PERSON, known)["Qarvex Dulon"] == "group"
    assert _kinds(AS_PERSON, plain)["Qarvex Dulon"] == "person"


# One candidate mid-sentence and opening a sentence, where its first word may be dropped.
MID_SENTENCE = "Shares rose as the Reportedly Qarvex Dulon list said."
OPENING = "Reportedly Qarvex Dulon said the plant would open near the river."


def test_how_the_opening_word_goes_is_planned_when_first_needed() -> None:
    gaz = load_gazetteer()
    _forget()
    alone = _kinds(OPENING, gaz)  # planned at the sentence start, as every plan was
    assert "Qarvex Dulon" in alone
    _forget()
    _kinds(MID_SENTENCE, gaz)  # the plan exists without its opening rule
    assert _kinds(OPENING, gaz) == alone
    _forget()
    assert _kinds(MID_SENTENCE, gaz) == _kinds(MID_SENTENCE, gaz)
