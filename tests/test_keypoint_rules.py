"""Key points never rank captions, credits, score lines, duplicates or list markers."""

from __future__ import annotations

from briefing.analyse.keypoint_rules import (
    after_gallery_counter,
    content_start,
    junk_reason,
    run_on_start,
)
from briefing.analyse.keypoints import Weights, lede_strength, rank_key_points, score_sentences
from briefing.analyse.sentences import split_sentences
from briefing.analyse.text_stats import sentence_terms

from .conftest import lines_to_text


def points(lines: list[str], count: int = 5, title: str = ""):
    text, paragraphs = lines_to_text(lines)
    sentences = split_sentences(text, paragraphs)
    return rank_key_points(text, sentences, (), count, title)


def test_captions_and_credits_are_never_key_points():
    lines = [
        "The harbour council approved a new budget for the river port on Monday.",
        "Image: The harbour council meeting in the river port town hall.",
        "Harbour workers cheer the river port budget vote (Getty Images)",
        "Photo: Harbour council members vote on the budget. Credit: Lena Fox.",
        "Mayor Ana Ruiz pauses Tuesday during a harbour council meeting.",
        "The budget pays for two cranes and a new harbour wall at the river port.",
    ]
    texts = [p.text for p in points(lines)]
    assert texts[0].startswith("The harbour council approved")
    assert not any(t.startswith(("Image", "Photo", "Credit", "Mayor")) for t in texts)
    assert not any("Getty" in t for t in texts)
    assert junk_reason("Mayor Ana Ruiz pauses Tuesday during a harbour council meeting.")


def test_score_lines_bylines_and_datelines_are_never_key_points():
    lines = [
        "By Lena Fox",
        "Harbour United 1-1 Port Athletic.",
        "Harbour United drew with Port Athletic in a tense derby at the river ground.",
        "Monday, 12 March 2007",
        "The draw leaves Harbour United two points clear at the top of the league.",
    ]
    texts = [p.text for p in points(lines)]
    assert texts and all(t.startswith("Harbour United drew") or "draw" in t for t in texts)
    assert junk_reason("West Ham 1-1 Manchester United.") == "score"
    assert junk_reason("Harbour won 2-1 after a late goal from the captain.") is None
    assert junk_reason("WASHINGTON (Reuters) -") == "dateline"


def test_near_duplicates_are_never_ranked_twice():
    lines = [
        "Floods closed the river bridge and the harbour road on Monday night.",
        "Engineers said the bridge needs a month of repairs before it can reopen.",
        "Floods closed the river bridge and the harbour road on Monday night.",
        "Floods closed the river bridge and the harbour road on Monday evening.",
        "Shops near the harbour stayed open despite the closures.",
    ]
    ranked = [p.sentence for p in points(lines)]
    assert ranked.count(0) + ranked.count(2) + ranked.count(3) == 1
    assert len(ranked) == 3


def test_list_markers_are_stripped_from_key_points():
    lines = [
        "The council listed its three harbour projects for the coming year.",
        "1. A new harbour wall to protect the river port from winter storms.",
        "- Two cranes for the container quay of the river port.",
        "2.",
    ]
    found = points(lines)
    texts = [p.text for p in found]
    assert "A new harbour wall to protect the river port from winter storms." in texts
    assert "Two cranes for the container quay of the river port." in texts
    assert not any(t[:1] in "-12" for t in texts)
    text, _ = lines_to_text(lines)
    for p in found:
        assert text[p.start : p.end] == p.text
    assert content_start("1. A new wall.") == 3


def test_quote_fragments_and_run_on_captions():
    assert junk_reason('The whole bridge is down."', starts_inside_quote=True) == "fragment"
    assert junk_reason('The whole bridge is down."') == "fragment"  # Closes a quotation.
    # Single and typewriter quotation marks, told from apostrophes.
    assert junk_reason("We are ready to open the bridge on May 9.'") == "fragment"
    assert junk_reason("But it would be great to see the bridge open by June.''") == "fragment"
    assert junk_reason("It said: 'The bridge is safe,' and reopened the port's quay.") is None
    assert junk_reason("The mayor called the repairs 'a triumph,' and thanked the crews.") is None
    assert junk_reason("''We gave the bridge a chance,'' said the mayor, Ana Ruiz.") is None
    assert junk_reason("The engineers' report is due on Friday, the workers' union said.") is None
    glued = (
        "Ana Ruiz will lead the harbour council from Friday on a three-year deal "
        "The council confirmed the appointment after a vote on Thursday night."
    )
    cut = run_on_start(glued)
    assert glued[cut:].startswith("The council confirmed")
    assert run_on_start("The council said The Times had reported the vote early.") == 0


def test_lede_first_article_keeps_its_lede_first():
    lede = [
        "Floods closed the harbour bridge on Monday, cutting the port off from the city.",
        "A bakery on the quay sold out of bread by noon as customers stocked up.",
        "Engineers said the harbour bridge would stay closed until the floods eased.",
        "The port authority said ferries would carry commuters while the bridge is shut.",
        "Residents were told to avoid the flooded harbour roads near the bridge.",
    ]
    text, paragraphs = lines_to_text(lede)
    sentences = split_sentences(text, paragraphs)
    terms = sentence_terms(text, sentences)
    found = rank_key_points(text, sentences, (), 3, terms=terms)
    assert found[0].sentence == 0


def test_wire_style_lede_on_the_topic_stays_first_though_less_central():
    # One-sentence paragraphs (wire style). The lede is long and dense with words used
    # once (under half as central as the best sentence) but shares "terminal" with the
    # rest: it is the lede, not an anecdote, and keeps the inverted-pyramid prior.
    lines = [
        "Harbour officials in Portsmouth closed the Gunwharf terminal on Monday after a "
        "40-tonne crane built in 1987 toppled onto its northern quay, injuring two dockers "
        "and a cyclist.",
        "Ferries will sail from Southampton while the terminal is shut.",
        "The ferry company said ferries from Southampton would run hourly while the terminal "
        "is shut.",
        "Engineers said the terminal could stay shut while ferries sail from Southampton.",
        "Passengers were told to check ferry times before travelling to Southampton while "
        "the terminal is shut.",
    ]
    text, paragraphs = lines_to_text(lines)
    sentences = split_sentences(text, paragraphs)
    plain = Weights(lead=0.0, title=0.0, attribution=0.0, quote=0.0)
    assert lede_strength(score_sentences(text, sentences, weights=plain), 1.0) < 0.5
    found = rank_key_points(text, sentences, (), 3)
    assert found[0].sentence == 0


def test_centrality_article_skips_an_anecdotal_opening():
    anecdote = [
        "Nobody expected much from a grey Tuesday morning in March.",
        "Floods closed the harbour bridge, cutting the port off from the city.",
        "Engineers said the harbour bridge would stay closed until the floods eased.",
        "The port authority said ferries would carry commuters while the harbour bridge is shut.",
        "Residents were told to avoid the flooded harbour roads near the bridge.",
    ]
    text, paragraphs = lines_to_text(anecdote)
    sentences = split_sentences(text, paragraphs)
    found = rank_key_points(text, sentences, (), 3)
    assert 0 not in [p.sentence for p in found]
    opening = score_sentences(text, sentences, weights=Weights(lead=0.0))
    assert lede_strength(opening, 1.0) < 0.8  # Not as central as the best sentence.
    assert lede_strength([1.0, 0.5], 1.0) == 1.0
    assert lede_strength([0.5, 1.0], 1.0) == 0.5


def test_text_without_paragraph_breaks_trims_run_on_captions_and_keeps_its_lead():
    story = (
        "Ana Ruiz will lead the harbour council from Friday after a unanimous vote. "
        "The vote followed a month of talks between the parties on the council. "
        "Ana Ruiz smiles after the vote in the council chamber on Thursday night "
        "She said the harbour budget would be her first concern as council leader. "
        "Council members praised the talks and the calm mood in the chamber. "
        "The harbour budget pays for two cranes and a new wall at the river port. "
        "Ferries will run more often once the new harbour wall is finished. "
        "Residents can comment on the harbour plans until the end of next month. "
        "The council meets again on Monday to discuss the harbour budget in detail."
    )
    text, paragraphs = lines_to_text([story])
    sentences = split_sentences(text, paragraphs)
    assert len(sentences) == 8  # The caption ran into the sentence after it.
    found = rank_key_points(text, sentences, (), 8)
    assert found[0].sentence == 0
    glued = next(p for p in found if p.sentence == 2)
    assert glued.text.startswith("She said the harbour budget")
    assert all(not p.text.startswith("Ana Ruiz smiles") for p in found)


WIRE_STORY = [
    "The city council voted on Monday to close the old harbour bridge for repairs.",
    "Engineers found cracks in the harbour bridge piers during a routine inspection.",
    "The harbour bridge carries ferry traffic and commuters between the harbour piers.",
    "Harbour bridge repairs will cost the city and the harbour authority two million.",
    "Commuters will use the harbour ferries while the bridge piers are repaired.",
    "A public meeting on the harbour bridge repairs is planned for next month.",
]


def _top(lines: list[str]) -> list[int]:
    return [p.sentence for p in points(lines, 3)]


def test_one_sentence_paragraphs_keep_the_lead_and_long_paragraphs_go_by_centrality():
    # Wire style (every paragraph one sentence): the inverted-pyramid lead decides.
    assert _top(WIRE_STORY) == [0, 1, 2]
    # The same sentences in multi-sentence paragraphs: centrality decides.
    assert _top([" ".join(WIRE_STORY[:3]), " ".join(WIRE_STORY[3:])]) == [2, 3, 4]
    text, paragraphs = lines_to_text(WIRE_STORY)
    opening = score_sentences(text, split_sentences(text, paragraphs), weights=Weights(lead=0.0))
    assert 0.5 <= lede_strength(opening, 1.0) < 1.0  # Central enough, not the most central.
    # Without the wire-style prior the one-sentence layout goes by centrality too.
    text, paragraphs = lines_to_text(WIRE_STORY)
    sentences = split_sentences(text, paragraphs)
    found = rank_key_points(text, sentences, (), 3, weights=Weights(wire_from=1.0))
    assert [p.sentence for p in found] == [2, 3, 4]


def test_a_short_story_in_one_block_keeps_its_lead():
    # Five sentences without a paragraph break: the line breaks were lost, as in glued
    # text, so the lede leads although a later sentence is more central.
    block = " ".join(WIRE_STORY[:5])
    assert _top([block])[0] == 0
    text, paragraphs = lines_to_text([block])
    sentences = split_sentences(text, paragraphs)
    found = rank_key_points(text, sentences, (), 3, weights=Weights(glued_lead=0.0))
    assert found[0].sentence != 0  # Without the glued prior centrality decides.


GALLERY_PAGE = [
    "1 of 6. Harbour workers survey the flooded quay during a search at the river port "
    "December 30, 2014.",
    "RIVERTON, Northland/PORTBY (Reuters) - Floods closed the harbour bridge on Monday, "
    "cutting the river port off from the city and stranding ferries.",
    "Engineers said the harbour bridge would stay closed until the floods eased at the port.",
    "The port authority said ferries at the river port would carry commuters while the "
    "harbour bridge is shut.",
    "Residents were told to avoid the flooded harbour roads near the bridge and the port.",
    "The harbour bridge carries most of the river port's traffic to the city, engineers said.",
]


def test_the_sentence_after_a_gallery_counter_is_a_caption():
    texts = [p.text for p in points(GALLERY_PAGE)]
    assert not any("survey" in t for t in texts)
    assert after_gallery_counter("1 of 18. A caption.", 9)
    assert after_gallery_counter("Photo 2 of 5\nA caption.", 13)
    assert not after_gallery_counter("He scored 2 of 5. Then he left.", 18)  # not on its own


def test_the_lead_counts_from_the_first_sentence_that_may_be_a_key_point():
    # The caption before the lede is no part of the lead: the lede, behind a dateline
    # whose places a slash joins, is the first key point.
    found = points(GALLERY_PAGE)
    assert found[0].text.startswith("Floods closed the harbour bridge on Monday")
    assert content_start("LONDON, England/PARIS (Reuters) - Talks opened.") == 34


def test_calls_to_the_reader_are_never_key_points():
    for call in (
        "Please share your videos, pictures and stories with us.",
        "Follow us on Twitter for the latest harbour news.",
        "Sign up for our newsletter to get the port report.",
        "Click here for more on the river port.",
    ):
        assert junk_reason(call) == "signpost", call
    assert junk_reason("Share prices in the port operator fell by a third on Monday.") is None
    assert junk_reason("Please note that the harbour bridge reopened on Monday.") is None


def test_a_sign_up_form_is_never_a_key_point():
    """The words of a sign-up box anywhere in a short line: addressed to the reader."""
    for line in (
        "Your Email Address Sign Up Now!",
        "The harbour news, from our editors to your inbox.",
        "Get the port report: subscribe to our weekly bulletin.",
        "Your email address will not be published.",
    ):
        assert junk_reason(line) == "signpost", line
    for news in (
        "Voters have until Friday to sign up for the harbour ballot.",
        "Millions subscribe to the river port's ferry pass every year.",
        "The harbour council emailed every ferry passenger on Monday.",
    ):
        assert junk_reason(news) is None, news


def test_an_instruction_ending_at_a_link_is_never_a_key_point():
    """A base-form verb first (after a label) and "here" last: the words of a link."""
    for line in (
        "Pro tip: Get more ferry timetable ideas here!",
        "Read the full harbour report here.",
        "Step 2: Download the port app here.",
    ):
        assert junk_reason(line) == "signpost", line
    for news in (
        "The full harbour report is here.",
        "Ferry passengers will be able to buy tickets here from May.",
        "Harbour officials gathered here on Monday to open the new quay.",
    ):
        assert junk_reason(news) is None, news


def test_a_sentence_opening_with_punctuation_is_a_fragment():
    for line in (", , the hearing runs from 5:30 p.m. to 7 p.m.", "; and the quay reopens in May."):
        assert junk_reason(line) == "fragment", line


def test_a_row_of_figures_is_never_a_key_point():
    for row in (
        "DL Ana Ruiz 63 85% 1 tackle (1 combined).",
        "Harbour mix: 1 cup, 2 tsp, 3 eggs.",
    ):
        assert junk_reason(row) == "score", row
    for news in (
        "Harbour fees rose 12% to £1.2bn ($2.3bn) in 2024.",
        "Exports grew 2.3%, imports fell 0.2%.",
    ):
        assert junk_reason(news) is None, news


def test_citations_and_web_addresses_are_never_key_points():
    for line in (
        "See, e.g., Ruiz v. Harbour Ltd., 496 U.S. 384 (1990); Cole v. Port Co., 965 F.2d 597.",
        "Id. at 12.",
        "No. 9302, Opinion of the Harbour Board (Aug. 2, 2006), available at https://example.org/a.",
    ):
        assert junk_reason(line) == "note", line
    for news in (
        "In Ruiz v. Harbour Ltd., 496 U.S. 384 (1990), the court held that the port was liable.",
        "See the harbour from the new bridge, the council told visitors on Monday.",
    ):
        assert junk_reason(news) is None, news


def test_agency_photo_captions_are_never_key_points():
    for caption in (
        "In this image released by Harbour Films, Ana Ruiz, left, appears in a scene.",
        "This undated photo provided by the port shows the old harbour crane.",
        "In this Dec. 3, 2014 file photo, harbour workers repair the quay.",
    ):
        assert junk_reason(caption) == "caption", caption
    assert junk_reason("In this town the harbour is everything, the mayor said.") is None
    assert junk_reason("This photo exhibition opened at the harbour museum on Monday.") is None


def test_a_live_blog_time_stamp_is_left_out_of_the_span():
    assert content_start("14.07 An official said the harbour bridge would reopen.") == 6
    assert content_start("9:30 Ferries resumed.") == 5
    assert content_start("3.5 million people use the bridge.") == 0  # no capital after
    assert content_start("25.10 Ferries resumed.") == 0  # no time of day
