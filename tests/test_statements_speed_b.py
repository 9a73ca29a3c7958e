"""Fast paths of the statement finder's cue, phrase and speaker helpers find what the
plain forms they replace find, on text written for the tests (the regexes and text
helpers are in test_statements_speed_b_text.py)."""

from __future__ import annotations

import re

import pytest

from briefing.analyse.attribution_words import (
    AUXILIARIES,
    BARRIERS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
)
from briefing.analyse.statements_cues import (
    _CLITIC,
    _GO_ON_TO,
    _MEDIUM_SAYING,
    _PROGRESSIVE,
    _TAIL_RE,
    _all_cues,
    _Cue,
    _cues,
    _extend_aux,
    cue_bounds,
    ends_in,
)
from briefing.analyse.statements_forms import _cue_prep
from briefing.analyse.statements_phrases import (
    _BEFORE_ARTICLE,
    _LONE_SPEAKERS,
    _WEEKDAYS,
    _phrase,
    _speaker_right,
    _speaker_tail,
    _without_time,
)
from briefing.analyse.statements_speakers import Speakers
from briefing.analyse.statements_text import (
    _TOKEN_RE,
    _tokens,
)
from briefing.model import Span
from tests.statement_rows import analyse

# Speaker phrases of every shape before a cue: names after prepositions, determiners and
# barriers, lone pronouns, bare nouns, more than eight words, titles and punctuation.
BODIES = [
    "On Monday Ana Ruiz of the Leeds council said it was over. But in the end the "
    "spokesman for Tom Baker said no. The minister of health in Paris, Ana Ruiz, said so.",
    "Ana Ruiz yesterday said no. The Leeds council last night said so. Tom Baker on "
    "Friday said it was. The Mail on Sunday said yes. A poll released Monday said so.",
    "That is what he said, and what the company and its many loyal long-time staff "
    "members from all over the wide world believed. Officials at the embassy in Paris "
    "said. A lawyer for Tom Baker told them. “Yes,” said another. Someone at the firm "
    "of Ruiz & Baker Ltd. said it. Mr. T. Baker (R) said. 42 said. The dog said.",
    "According to Dr Ana Ruiz's aide, to whom it was sent, it is not so. Not said; "
    "the 'Paris-based' ‘group’ of 1,000 said, ''it was.'' Nobody said. The workers said.",
]


def _plain_phrase(text, toks, speakers):
    """_phrase as it was written before its fast paths (the reference)."""
    if toks and toks[-1][2].lower() == "it":  # "It says …"
        return Span(toks[-1][0], toks[-1][1]), [toks[-1][2]]
    keep = []
    for tok in reversed(toks):
        if tok[2].lower() in BARRIERS or len(keep) >= 8:
            break
        keep.append(tok)
    keep.reverse()
    while keep and keep[0][2].lower() in PREPOSITIONS:
        keep = keep[1:]
    if not keep:
        return None
    last = keep[-1][2]
    low = last.lower()
    if low in PREPOSITIONS or low in DETERMINERS or low in AUXILIARIES or low == "not":
        return None
    if not last[0].isalpha():
        return None
    if len(keep) > 1:  # "Ann Lee yesterday said" (the time phrase's reading is shared)
        keep = _without_time(keep)
        last = keep[-1][2]
        low = last.lower()
    if len(keep) > 1 and low in PRONOUNS:
        keep = keep[-1:]
    elif len(keep) > 1:
        head = speakers.head(keep[0][0], keep[-1][1])
        where = -1 if head is None else speakers.located(head, keep[0][0], keep[-1][1])
        if where >= 0:  # a place after "in": the words before it, from a determiner
            at = [i for i, t in enumerate(keep) if t[0] >= where][0]
            while at > 0 and keep[at - 1][2].lower() not in PREPOSITIONS - {"of"}:
                at -= 1
                if keep[at][2].lower() in DETERMINERS:
                    break
            keep = keep[at:]
        elif head is not None:
            at = 0
            for i, tok in enumerate(keep):
                if tok[1] > head[0]:
                    at = i
                    break
            while at > 0 and (
                keep[at - 1][2][0].isupper() or keep[at - 1][2].lower() in DETERMINERS
            ):
                at -= 1
            keep = keep[at:]
        else:
            preps = [
                i
                for i, t in enumerate(keep[:-1])
                if t[2].lower() in PREPOSITIONS and keep[i + 1][2] not in _WEEKDAYS
            ]
            last_prep = max(preps, default=-1)
            keep = keep[last_prep + 1 :] if 0 <= last_prep < len(keep) - 1 else keep
    if len(keep) > 2 and keep[1][2] in ("the", "The"):  # "In October the firm said"
        first = keep[0][2]
        if (
            first[-1].isalpha()
            and first.lower() not in _BEFORE_ARTICLE | set(PRONOUNS)
            and not first.endswith("ed")
            and not speakers.inside(keep[0][0], keep[1][0])
        ):
            keep = keep[1:]
    said = {"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks"}
    while len(keep) > 1 and (keep[0][2] in said or not re.search(r"[^\W_]", keep[0][2])):
        keep = keep[1:]  # a lone quotation mark, an inflected speech verb
    if len(keep) == 1 and low not in PRONOUNS and last[0].islower():
        if not low.endswith("s") and low not in _LONE_SPEAKERS:
            return None
    return Span(keep[0][0], keep[-1][1]), [t[2] for t in keep]


@pytest.mark.parametrize("body", BODIES)
def test_speaker_tail_is_the_phrase_of_the_window_tokens(analyser, body):
    article = analyse(analyser, body)
    text = article.text
    speakers = Speakers(text, article.actors)
    assert article.actors and speakers.rows
    bounds = sorted({0, len(text)} | {b for m in _TOKEN_RE.finditer(text) for b in m.span()})
    found = 0
    for i, start in enumerate(bounds):
        for end in bounds[i:]:
            toks = _tokens(text, start, end)
            plain = _plain_phrase(text, toks, speakers)
            assert _phrase(text, toks, speakers) == plain
            assert _speaker_tail(text, start, end, speakers) == plain
            found += plain is not None
    assert found > len(bounds)  # the windows hold speaker phrases, not only rejects


def _plain_head(speakers, start, end):
    found = speakers.inside(start, end)
    for row in reversed(found):
        before = speakers.text[max(start, row[0] - 5) : row[0]].lower()
        if not re.search(r"\b(?:of|for|in|at|from|to|with|on)\s+(?:the\s+)?$", before):
            return row
    return found[-1] if found else None


@pytest.mark.parametrize("body", BODIES)
def test_head_without_inside_is_the_plain_head(analyser, body):
    article = analyse(analyser, body)
    text = article.text
    speakers = Speakers(text, article.actors)
    bounds = sorted({0, len(text)} | {b for m in _TOKEN_RE.finditer(text) for b in m.span()})
    heads = 0
    for i, start in enumerate(bounds):
        for end in bounds[i:]:
            plain = _plain_head(speakers, start, end)
            assert speakers.head(start, end) == plain
            heads += plain is not None
    assert heads


def _plain_cue_bounds(text, lo, cue, hi):
    """cue_bounds as it was written before its cheap tests (the reference)."""
    cue_start = _extend_aux(text, lo, cue)
    near = text[max(lo, cue_start - 5) : cue_start]
    if cue.form[-1] != "s" and near[-1:] == " " and ("’" in near or "'" in near):
        clitic = _CLITIC.search(text, max(lo, cue_start - 5), cue_start)
        if clitic is not None:
            cue_start = clitic.start()
    if (
        ends_in(text, max(lo, cue_start - 20), cue_start, "o")
        and text[cue_start - 1 : cue_start].isspace()
    ):
        went = _GO_ON_TO.search(text, max(lo, cue_start - 20), cue_start)
        if went is not None:
            cue_start = _extend_aux(text, lo, _Cue(went.start(), 0, "", "", False))
    if cue.form.endswith("ing"):
        prog = _PROGRESSIVE.search(text, max(lo, cue_start - 8), cue_start)
        if prog is not None:
            cue_start = _extend_aux(text, lo, _Cue(prog.start(), 0, "", "", False))
    cue_end = cue.end
    tail = _TAIL_RE.match(text, cue_end, hi)
    if tail is not None:
        cue_end = tail.end()
    else:
        prep = _cue_prep(cue.lemma).match(text, cue_end, hi)
        if prep is not None:
            cue_end = prep.end()
    if cue.form == "saying":
        medium = _MEDIUM_SAYING.search(text, max(lo, cue_start - 40), cue_start)
        if medium is not None:
            cue_start = medium.start()
    return cue_start, cue_end


# Cues with auxiliaries, clitics, "went on to", progressives, a medium before "saying",
# tails and prepositions after them, odd spacing, line breaks and cues at the edges.
CUED = [
    "He has also said in a statement that it's over; they've long argued about it.",
    "She went on to say, and goes  on to\nclaim; he is calling for calm, was telling them.",
    "They issued a statement saying no. It put out an e-mail saying yes; agreed with "
    "her, responded to him, declined to comment on it, replied  to them, warned\nof it.",
    "Ana’s said Monday night. He’d warned against it. said with a smile; told Friday; "
    "in a report said; says: in an interview said in a news release; said inside",
    "he'll have repeatedly denied\tabout; we’re  thinking about it; I'd noted",
]


@pytest.mark.parametrize("text", CUED)
def test_cue_bounds_with_cheap_tests_are_the_plain_bounds(text):
    cues = _cues(_all_cues(text))
    assert len(cues) >= 2
    changed = 0
    for cue in cues:
        for lo in {
            0,
            max(0, cue.start - 1),
            max(0, cue.start - 3),
            max(0, cue.start - 12),
            cue.start,
        }:
            for hi in {len(text), cue.end, cue.end + 1, cue.end + 4, cue.end + 12}:
                plain = _plain_cue_bounds(text, lo, cue, hi)
                assert cue_bounds(text, lo, cue, hi) == plain, (cue, lo, hi)
                changed += plain != (cue.start, cue.end)
    assert changed


def test_index_built_on_first_use_is_built_once(analyser):
    article = analyse(analyser, "Ana Ruiz met Tom Baker. Ruiz said Baker agreed.")
    speakers = Speakers(article.text, article.actors)
    assert "rows" not in vars(speakers) and "kind" not in vars(speakers)
    rows = speakers.rows
    assert speakers.rows is rows and vars(speakers)["rows"] is rows and rows
    assert speakers.kind == {a.id: a.kind for a in article.actors}


def _plain_speaker_right(text, cue_end, hi, speakers):
    """_speaker_right as it was written before its fast paths (the reference)."""
    toks = []
    for m in _TOKEN_RE.finditer(text, cue_end, min(hi, cue_end + 400)):
        tok = (*m.span(), m.group())
        if text[toks[-1][1] if toks else cue_end : tok[0]].strip() or len(toks) >= 8:
            break
        if tok[2].lower() in BARRIERS or (toks and tok[2].lower() in PREPOSITIONS):
            break
        toks.append(tok)
        if tok[2].endswith(".") and not re.match(r"^(?:[A-Z][a-z]{0,3}|[A-Z])\.$", tok[2]):
            break
    while toks and toks[-1][2].endswith("."):
        s, e, w = toks[-1]
        if len(w) > 2 and not w[:-1].isupper():
            toks[-1] = (s, e - 1, w[:-1])
        break
    if not toks:
        return None
    return _plain_phrase(text, toks, speakers)


RIGHT = (
    "“Yes,” said Ana Ruiz of the Leeds council. “No,” said Mr. T. Baker, who left. “So,” "
    "said the spokesman for the firm in Paris on Monday night at the time, “ok.” said "
    "U.S. officials that. said\u00a0Tom\u2003Baker  and said one two three four five six "
    "seven eight nine. said Dr. Ruiz. said FBI. said it."
)


def test_speaker_right_is_the_plain_scan_from_every_position(analyser):
    article = analyse(analyser, RIGHT)
    text = article.text
    speakers = Speakers(text, article.actors)
    found = 0
    for cue_end in range(len(text) + 1):
        for hi in {len(text), cue_end + 5, cue_end + 20}:
            plain = _plain_speaker_right(text, cue_end, hi, speakers)
            assert _speaker_right(text, cue_end, hi, speakers) == plain, cue_end
            found += plain is not None
    assert found > 20
