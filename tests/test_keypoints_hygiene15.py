"""Key-point hygiene rules of stop 15, on text written for the tests."""

from __future__ import annotations

from briefing.analyse.keypoint_furniture import after_about_heading
from briefing.analyse.keypoint_rules import junk_reason, run_on_start
from briefing.analyse.keypoints import candidate, rank_key_points
from briefing.analyse.sentences import split_sentences
from briefing.model import Paragraph


def _rest(text: str) -> str:
    return text[run_on_start(text) :]


def test_caption_ending_in_a_weekday_before_a_determiner_and_a_capital():
    glued = (
        "The harbour master walks the quay before the regatta on Tuesday The Danish "
        "skipper said his crew had trained for the race all winter."
    )
    assert _rest(glued).startswith("The Danish skipper said")
    month = (
        "Ana Ruiz pictured at the harbour after the storm in February This Norwegian "
        "ferry line has cancelled every crossing until the quay is repaired."
    )
    assert _rest(month).startswith("This Norwegian ferry")


def test_caption_ending_in_a_time_before_an_opening_quote():
    glued = (
        "Ana Ruiz inspects the flooded ferry terminal on Monday 'We will reopen the "
        "quay as soon as the engineers say it is safe,' she said."
    )
    assert _rest(glued).startswith("'We will reopen")
    lower = (
        "Crowds gathered on the quay to watch the lifeboat crew at work 'It was the "
        "worst storm I have seen in forty years here,' said one fisherman."
    )
    assert _rest(lower).startswith("'It was the worst")


def test_titles_names_and_scare_quotes_do_not_start_a_sentence():
    for text in (
        "The harbour council met the mayor of The Hague to talk about the new ferry "
        "terminal and the quay.",
        "Diners queued at the new In-N-Out restaurant on the harbour front for most of "
        "the afternoon.",
        "Fans at the harbour festival on Saturday A Tribe Called Quest played their "
        "best-known songs to a full quay.",
        "Lawyers at the so-called 'Magic Circle' firms advised the harbour council on "
        "the sale of the quay.",
        'The director of the documentary "Harbour," on the life of a ferry captain, '
        "spoke to the council about the quay.",
        "The crowd sang the track 'Harbour Lights Tonight' as the ferry left the quay "
        "for the last crossing of the year.",
    ):
        assert run_on_start(text) == 0, text


def test_quotation_after_its_lead_in_stays_whole():
    said = (
        "The harbour master warned that 'The quay will stay shut until the engineers "
        "have checked every pile,' and left."
    )
    assert run_on_start(said) == 0


def test_stats_row_with_figures_side_by_side_is_no_key_point():
    assert junk_reason("CB Ana Ruiz 1 1% No stats listed.") == "score"
    assert junk_reason("DL Tomas Lind 28 38% Two tackles.") == "score"
    # Scores side by side in a sentence with a verb are results told as news.
    assert junk_reason("Ruiz, meanwhile, upset fourth seed Tomas Lind 2-6 6-3 6-2.") is None
    assert junk_reason("Harbour fares rose 2% to $1.50 in the spring, 10 years on.") is None


def test_below_comma_is_a_signpost_below_a_place_is_not():
    assert junk_reason("Below, we look at the ferry times and fares for the summer season.") == (
        "signpost"
    )
    assert junk_reason("Below the bridge, the water rose by a metre overnight.") is None


def test_the_page_talking_to_the_browser_is_a_signpost_news_about_browsers_is_not():
    assert junk_reason("JavaScript is currently disabled in this browser.") == "signpost"
    assert junk_reason("Reactivate it to view this content.") == "signpost"
    assert junk_reason("Your browser does not support the video tag.") == "signpost"
    news = "The harbour board said its new booking site works in every browser from May."
    assert junk_reason(news) is None


def _article(blocks: list[str]) -> tuple[str, list]:
    text = "\n\n".join(blocks)
    paragraphs, pos = [], 0
    for block in blocks:
        paragraphs.append(Paragraph(pos, pos + len(block)))
        pos += len(block) + 2
    return text, list(split_sentences(text, paragraphs))


def test_about_heading_boilerplate_is_no_key_point():
    text, sentences = _article(
        [
            "Acme Boats named Ana Ruiz its first harbour director on Monday, the firm said.",
            "Ruiz ran the port of Vigo for ten years before she joined the company.",
            "About Acme Boats\nAcme Boats builds ferries for harbours in twelve countries. "
            "The company employs 400 people in three yards.",
            "About Acme",
            "Acme makes the quietest electric ferry engines on the market today.",
            "Ruiz starts her new job at the harbour in the spring of next year.",
        ]
    )
    reasons = [candidate(text, s, i, False).junk for i, s in enumerate(sentences)]
    assert reasons == [None, None, "boilerplate", "boilerplate", "fragment", "boilerplate", None]
    points = rank_key_points(text, sentences, (), 5)
    assert not any("Acme Boats builds" in p.text or "quietest" in p.text for p in points)


def test_about_as_a_word_of_quantity_is_news():
    assert not after_about_heading("About 200 boats sank in the storm on Monday.", 0)
    text = "The storm hit the coast.\n\nAbout a dozen boats were saved, the coastguard said."
    assert not after_about_heading(text, text.index("About"))


def test_calls_to_the_reader_after_a_label_or_a_marker():
    for text in (
        "Find out more reasons why the harbour town is worth a visit here.",
        "Learn more about how the ferry timetable works for commuters.",
        "Pro tip: Learn more about how the harbour ferries can save you time.",
        "Step 1: Like us on Facebook!",
        "Step 2: Join Our Newsletter for the harbour news every week.",
        "» Click here to search for this story within the archive.",
        "Click through to see the ferries we chose for the summer timetable.",
        "Share this with all of your friends by clicking the button.",
        "Add your own in the comments.",
        "The pictures below show the storm as it hit the harbour wall.",
    ):
        assert junk_reason(text) == "signpost", text
    for text in (
        "Like on Earth, the harbour of Titan is filled with a cold liquid sea.",
        "Readers of the harbour paper learned more about the ferry than the council.",
        "The painting of the harbour hangs in the hall above the council chamber.",
    ):
        assert junk_reason(text) is None, text


def test_agency_caption_formulas():
    assert (
        junk_reason(
            "People queue for the ferry in front of a screen, in this picture illustration "
            "taken in Vigo on October 29, 2014."
        )
        == "caption"
    )
    assert (
        junk_reason("Dec 27, 2014; Vigo, Spain; Harbour FC forward Ana Ruiz runs at the defence.")
        == "caption"
    )
    assert (
        junk_reason(
            "Harbour's Ana Ruiz (22) tackles Port quarterback Eva Lind (4) during the final."
        )
        == "caption"
    )
    assert junk_reason("Ana Ruiz (45) runs the harbour cafe with her brother.") is None


def test_code_and_title_case_lines_are_no_key_points():
    code = "$app->get('/ferry/{id}', function ($id) { return $app['db']->find($id); });"
    assert junk_reason(code) == "code"
    assert junk_reason("She Was Tired Of The Ferry, So Here Is What She Did.") == "fragment"
    assert junk_reason("A Ruiz (capt); T Lind, E Berg, J Moe, K Holm, P Sand.") == "fragment"
    news = "Ana Ruiz, Tomas Lind, Eva Berg and Jon Moe were elected to the harbour board."
    assert junk_reason(news) is None


def test_a_label_and_its_value_is_no_key_point():
    assert junk_reason("Ferry Cups: 1 tsp.") == "score"
    assert junk_reason("Harbour fees: $20 per boat.") == "score"
    assert junk_reason("Ruiz warned: 20 boats sank overnight near Vigo harbour.") is None
    assert junk_reason("Ruiz said: 20 boats sank in the storm on Monday.") is None
