"""What a cue's form decides before its words are read, worked out once per form: which
of the statement reader's tests apply to it and the particle that may follow it."""

from __future__ import annotations

import re

from briefing.analyse.attribution_words import WEAK_BARE

_CUE_PREP = re.compile(r"\s+(?:about|of|for|against)\b")
_PREPS = {
    "agree": re.compile(r"\s+with\b"),
    "respond": re.compile(r"\s+to\b"),
    "reply": re.compile(r"\s+to\b"),
    "decline": re.compile(r"\s+to\s+comment(?:\s+on\b)?"),
}
_NO_PREP = re.compile(r"(?!)")
_PLAIN_SAY = frozenset("say tell write add ask".split())


def _cue_prep(lemma: str) -> re.Pattern[str]:
    """The words after a cue that belong to it ("warned of", "agreed with")."""
    if lemma in _PREPS:
        return _PREPS[lemma]
    return _NO_PREP if lemma in _PLAIN_SAY else _CUE_PREP


# The first letters of what each preposition pattern matches after its spaces: a cheap
# test of the character after a cue's space before the regex.
_PREP_FIRST = {_CUE_PREP: "aof", _PREPS["agree"]: "w", _PREPS["respond"]: "t"}
_PREP_FIRST[_PREPS["reply"]] = _PREP_FIRST[_PREPS["decline"]] = "t"

_NEEDS_QUOTE = frozenset(("call",))
# Lemmas that are cues only before "that" (their object otherwise is rarely reported).
_NEEDS_THAT = frozenset(
    "find show indicate estimate signal know see understand realize suspect assume decide "
    "doubt".split()
)
_CHECKED_LEMMAS = _NEEDS_QUOTE | _NEEDS_THAT | {"according to"}
_OBJECT_CHECKED = frozenset(("charge", "threaten", "continue", "add", "point to"))
# Forms the reader tests by name before anything else ("asked", "think").
_NAMED_FORMS = frozenset(("asked", "think"))


class _Form:
    """The tests a form needs, for :meth:`briefing.analyse.statements._Reader.statement`
    and :func:`briefing.analyse.statements_cues.cue_bounds`."""

    __slots__ = (
        "special",
        "expected",
        "plural",
        "gerund",
        "weak_plural",
        "object_checked",
        "participle",
        "clitic",
        "ing",
        "saying",
        "prep",
        "prep_first",
    )

    def __init__(self, form: str, lemma: str) -> None:
        final = form[-1:]
        # a lemma with a test of its own, a capitalised form, "asked", "think"
        self.special = lemma in _CHECKED_LEMMAS or form[:1].isupper() or form in _NAMED_FORMS
        self.expected = form == "expected"
        self.plural = final == "s"  # after "his", "the": a plural noun ("his plans")
        self.gerund = final == "g"  # after a determiner: a noun ("the warning")
        self.weak_plural = final == "s" and lemma in WEAK_BARE and form == lemma + "s"
        self.object_checked = lemma in _OBJECT_CHECKED
        # a past participle, which "by" and an agent may follow (_passive_by's form test)
        self.participle = form != lemma and not form.endswith(("s", "ing"))
        self.clitic = final != "s"  # "he’s said": a clitic auxiliary may precede it
        self.ing = form.endswith("ing")
        self.saying = form == "saying"
        prep = _cue_prep(lemma) if lemma in _PREPS or lemma not in _PLAIN_SAY else None
        self.prep = prep  # the particle's pattern, None if it takes none
        self.prep_first = _PREP_FIRST[prep] if prep is not None else ""
