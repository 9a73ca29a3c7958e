"""Who said what in articles that quote in single marks (British style), on text written
for the tests: the same statements as in double marks, and no apostrophe is a quote."""

from __future__ import annotations

import pytest

from briefing.analyse.quote_style import quote_view, single_quote_style
from briefing.model import Paragraph
from tests.statement_rows import analyse, rows

BRITISH = (
    "Residents of the harbour town packed the hall on Tuesday. 'We won't let the pier "
    "close,' said Maria Lopez, who chairs the residents' group. 'It is the heart of the "
    "town.'\n\n"
    "The council's leader, Tom Baker, said the budget was 'simply not there'. 'I "
    "understand people are angry,' he told reporters. 'But we believe the plan is fair.'"
)


def _view(text: str) -> str:
    return quote_view(text, [Paragraph(0, len(text))])


def _double(text: str) -> str:
    """``text`` written in double marks: each single quotation mark as a double one."""
    return _view(text).replace("“", '"').replace("”", '"')


def test_the_style_is_decided_from_the_text():
    assert single_quote_style(BRITISH)
    assert not single_quote_style(_double(BRITISH))
    # one quote inside a quote, in a double-mark article: left as it is
    nested = '"He told me \'no,\' and left," she said. "We waited," he said.'
    assert not single_quote_style(nested)
    # typewriter doubles ('') are double marks
    assert not single_quote_style("''We won,'' she said. ''It's 'great,' '' he said. 'Yes,' x")
    assert not single_quote_style("No quotations here, only the players' union and don't.")


def test_the_view_keeps_offsets_and_apostrophes():
    view = _view(BRITISH)
    assert len(view) == len(BRITISH)
    assert view.count("“") == view.count("”") == 5
    for word in ("won't", "residents'", "council's"):
        at = BRITISH.index(word)
        assert view[at : at + len(word)] == word
    assert "“simply not there”" in view


def test_elisions_and_an_unclosed_mark_are_no_quotations():
    text = "'We loved the '90s,' she said. 'Rock 'n' roll,' he said. 'Tis the season, 'em all"
    view = _view(text)
    assert "'90s" in view and "'n'" in view
    assert view.startswith("“We loved the '90s,”")
    assert view.endswith("'Tis the season, 'em all")


def test_a_plural_possessive_closes_only_when_nothing_else_can():
    text = "'The players' union will meet,' she said. 'It is the fans' club,' he added."
    view = _view(text)
    assert view.startswith("“The players' union will meet,”")
    assert "“It is the fans' club,”" in view


def test_a_quote_inside_a_quote_is_not_a_quotation():
    text = "'He shouted \"get out\" at us,' Maria Lopez said. 'We left,' she said."
    view = _view(text)
    assert "‘get out’" in view and view.startswith("“He shouted")


@pytest.mark.parametrize("body", [BRITISH])
def test_statements_match_the_double_mark_text(analyser, body):
    british = rows(analyse(analyser, body))
    double = rows(analyse(analyser, _double(body)))
    swap = str.maketrans({'"': "'"})
    assert british == [
        (speaker, cue, [c.translate(swap) for c in contents], kind)
        for speaker, cue, contents, kind in double
    ]
    assert [r[3] for r in british] == ["direct", "mixed", "direct"]


def test_a_cue_inside_a_single_mark_quotation_makes_no_statement(analyser):
    article = analyse(
        analyser,
        "'I was told the tenants antagonised him but I didn't think it would be a "
        "problem,' Emma Jackson said. 'Then the noise began,' she said.",
    )
    assert rows(article) == [
        (
            "Emma Jackson",
            "said",
            ["'I was told the tenants antagonised him but I didn't think it would be a problem,'"],
            "direct",
        ),
        ("she", "said", ["'Then the noise began,'"], "direct"),
    ]
    assert article.statements[1].speaker == article.statements[0].speaker


def test_curly_single_marks(analyser):
    article = analyse(
        analyser,
        "‘We are delighted,’ said Anna Berg. ‘It has been a long season,’ she added. "
        "‘The club’s fans deserve it.’",
    )
    got = rows(article)
    assert got[0] == ("Anna Berg", "said", ["‘We are delighted,’"], "direct")
    assert got[1][:2] == ("she", "added") and got[1][3] == "direct"
    assert all(s.cue_text == s.cue.text_of(article.text) for s in article.statements)


def test_a_quoted_word_ending_in_s_closes_before_the_next_quotation():
    text = "'Yes,' she said. He called the fees 'outrageous' and the bonuses 'obscene,' she said."
    view = _view(text)
    assert "“outrageous”" in view and "“obscene,”" in view


def test_a_closing_mark_opening_a_paragraph_is_a_typo_for_an_opening_one():
    text = "’We will go on,’ she said. 'And on,' he said."
    assert _view(text).startswith("“We will go on,”")


def test_key_points_read_single_mark_quotations_as_quotations(analyser):
    """The key-point rules see the same quotations in both styles: the same picks, and
    no sentence from inside a quotation."""
    body = (
        "Flood waters cut the harbour town off from the coast road on Tuesday night. "
        "'The water came in fast over the harbour wall. The whole harbour bridge is down "
        "now and the coast road is shut. Nobody can get out of the town,' said Maria "
        "Lopez, who runs the harbour cafe. Engineers said the harbour bridge would take "
        "months to repair. 'It is the worst flood we have seen,' said Tom Baker. The "
        "council will open a ferry link to the coast on Friday."
    )
    british = analyse(analyser, body)
    double = analyse(analyser, _double(body))
    assert [(k.start, k.end) for k in british.key_points] == [
        (k.start, k.end) for k in double.key_points
    ]
    assert all(k.text == k.text_of(british.text) for k in british.key_points)
    texts = " ".join(k.text for k in british.key_points)
    assert "The whole harbour bridge" not in texts and "'The water came" not in texts
