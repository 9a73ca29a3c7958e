"""Key-point spans: attribution tails, datelines, page controls, questions, notes, asides."""

from __future__ import annotations

from briefing.analyse.keypoint_rules import content_start, junk_reason, run_on_start
from briefing.analyse.keypoint_trim import claim_end, shorter_end
from briefing.analyse.keypoints import rank_key_points
from briefing.analyse.sentences import split_sentences

from .conftest import lines_to_text


def claim(sentence: str) -> str:
    """The sentence up to its key point's end: before its attribution tails, then as
    :func:`shorter_end` ends it (what ``keypoints.candidate`` and ``shortened`` do)."""
    head = sentence[: claim_end(sentence)]
    return head[: shorter_end(head)]


def test_attribution_tails_are_left_out_of_the_key_point():
    assert claim("Floods closed the harbour bridge on Monday night, police said.") == (
        "Floods closed the harbour bridge on Monday night"
    )
    assert claim("Two cranes will be bought for the river port, the council said on Tuesday.") == (
        "Two cranes will be bought for the river port"
    )
    assert claim(
        "The ferry company will add three boats to the route, a spokesman told reporters."
    ) == ("The ferry company will add three boats to the route")
    assert claim("Harbour traffic fell by a third last year, according to port figures.") == (
        "Harbour traffic fell by a third last year"
    )
    assert claim("Repairs to the quay will cost £2m, the Harbour Trust has announced.") == (
        "Repairs to the quay will cost £2m"
    )


def test_tails_that_are_more_than_a_source_stay():
    kept = [
        "The bridge stays shut, he said.",  # Too little left.
        "The bridge stays shut until the floods ease, he said he would resign.",  # An object.
        "The bridge stays shut until the floods ease, police told him to leave.",
        "The new ferry has room for bikes, with better seats and a cafe added.",  # Not a source.
        "The new ferry is quick and cheap to run, as the council had reported.",
        "The new ferry is quick and cheap, and bigger engines can be added.",  # An auxiliary.
        '"The bridge will stay shut until the floods ease," the mayor said.',
        "The bridge will stay shut until “the floods ease”, the mayor said.",  # Quoted words.
        "Ana Ruiz, who leads the harbour council, said.",
        "The bridge (closed since March, engineers said.",
    ]
    for sentence in kept:
        assert claim(sentence) == sentence, sentence


def test_key_points_end_before_their_attribution_and_keep_their_offsets():
    lines = [
        "Floods closed the harbour bridge and the river road on Monday night, police said.",
        "Engineers expect a month of repairs before the harbour bridge can reopen.",
        "Ferries will carry commuters across the river while the bridge is shut.",
    ]
    text, paragraphs = lines_to_text(lines)
    found = rank_key_points(text, split_sentences(text, paragraphs), (), 3)
    texts = [p.text for p in found]
    assert "Floods closed the harbour bridge and the river road on Monday night" in texts
    for p in found:
        assert text[p.start : p.end] == p.text


def test_outlet_datelines_and_page_controls_are_left_out_of_the_span():
    cases = {
        "(HLNtv)Actress Ana Ruiz tweeted about the harbour bridge.": "Actress Ana",
        "Moscow (CNN)Ana Ruiz took her first class of the day.": "Ana Ruiz",
        "LONDON (ITN) -- The harbour bridge reopened on Monday.": "The harbour",
        "Scroll down for video The harbour bridge reopened on Monday.": "The harbour",
    }
    for text, start in cases.items():
        assert text[content_start(text) :].startswith(start), text
    for text in ("Mr Lee (MP) said the bridge would reopen.", "The BBC (PA) said so."):
        assert content_start(text) == 0


def test_questions_notes_and_asides_are_not_key_points():
    assert junk_reason("Are we alone in the harbour tonight?") == "question"
    assert junk_reason('"Who will pay for the new harbour bridge?"') == "question"
    assert junk_reason("Editor's note: Ana Ruiz is a harbour engineer in Lisbon.") == "note"
    assert junk_reason("(The ferry company is owned by the harbour trust.)") == "aside"
    assert junk_reason("Ana Ruiz asked who would pay for the new bridge.") is None
    lines = [
        "Who pays when a harbour bridge falls down in a storm?",
        "Floods closed the harbour bridge on Monday night after a week of rain.",
        "(The harbour trust owns the bridge and the ferry company.)",
        "Engineers expect a month of repairs before the harbour bridge reopens.",
        "Ferries will carry commuters across the river while the harbour bridge is shut.",
    ]
    text, paragraphs = lines_to_text(lines)
    ranked = [p.sentence for p in rank_key_points(text, split_sentences(text, paragraphs), (), 3)]
    assert ranked and 0 not in ranked and 2 not in ranked
    only = "Who pays for the harbour bridge now?"
    text, paragraphs = lines_to_text([only])
    found = rank_key_points(text, split_sentences(text, paragraphs), (), 3)
    assert [p.text for p in found] == [only]  # Nothing else: the question, doubtful.
    assert found[0].confidence < 0.5


def test_run_on_captions_ending_in_a_number():
    glued = (
        "The harbour bridge reopened to traffic on Saturday, May 2 "
        "The council said the repairs had cost less than expected this spring."
    )
    assert glued[run_on_start(glued) :].startswith("The council said")
    priced = "Ferry tickets now cost $20 He said the fare would stay the same for a year or more."
    assert priced[run_on_start(priced) :].startswith("He said the fare")


def test_run_on_captions_ending_in_a_name():
    glued = (
        "Ana Ruiz walks along the quay with her dog Sam The retired harbour engineer said "
        "the new bridge had changed the town."
    )
    assert glued[run_on_start(glued) :].startswith("The retired harbour engineer")
    vitamin = (
        "Harbour fish are rich in Vitamin A and the council said the catch would be sold "
        "at the market on the quay."
    )
    assert run_on_start(vitamin) == 0
    police = (
        "Officers from the harbour town said that West Yorkshire Police could not "
        "manage the crowds at the river bridge on the day of the match."
    )
    assert run_on_start(police) == 0


def test_two_attribution_tails_are_both_left_out():
    sentence = (
        "More than 500 boats were stranded in the harbour after the storm, "
        "a port official said Saturday, according to the state news agency."
    )
    assert claim(sentence) == "More than 500 boats were stranded in the harbour after the storm"


def test_a_sentence_repeating_a_caption_cut_from_a_key_point_is_no_duplicate():
    story = (
        "Ana Ruiz laid bare the cost of the harbour bridge repairs in a radio interview "
        "The harbour council leader has warned that the river port faces a year of closures. "
        "Ana Ruiz laid bare the cost of the harbour bridge repairs in a radio interview. "
        "She was asked about the ferries that will carry commuters across the river. "
        "Council members praised the talks and the calm mood in the chamber. "
        "The harbour budget pays for two cranes and a new wall at the river port. "
        "Ferries will run more often once the new harbour wall is finished. "
        "Residents can comment on the harbour plans until the end of next month. "
        "The council meets again on Monday to discuss the harbour budget in detail."
    )
    text, paragraphs = lines_to_text([story])
    sentences = split_sentences(text, paragraphs)
    found = rank_key_points(text, sentences, (), 3)
    assert found[0].text.startswith("The harbour council leader has warned")
    assert 1 in [p.sentence for p in found]  # The caption's words are not in key point 0.


def test_signposts_to_the_rest_of_the_page_are_not_key_points():
    assert junk_reason("Here's why the harbour bridge matters to the river port.") == "signpost"
    assert junk_reason("Here are the five things the harbour council decided.") == "signpost"
    assert junk_reason("Take a look at the video above to see the bridge fall.") == "signpost"
    assert junk_reason("Here, inmates wait for their trial in the harbour jail.") is None
    assert junk_reason("Heresy trials were held in the harbour town in 1600.") is None


def test_tails_with_findings_and_rulings_are_left_out():
    assert claim("The harbour wall must be rebuilt before the winter, a judge ruled Monday.") == (
        "The harbour wall must be rebuilt before the winter"
    )
    assert claim("The ferry captain had ignored two storm warnings, the inquest heard.") == (
        "The ferry captain had ignored two storm warnings"
    )
    assert claim("Harbour fees rose faster than wages for a decade, a new survey suggests.") == (
        "Harbour fees rose faster than wages for a decade"
    )
    kept = "The harbour wall must be rebuilt before winter, engineers found the cracks."
    assert claim(kept) == kept  # A verb with an object.


def test_sources_named_after_the_verb_or_with_their_role_are_left_out():
    assert (
        claim(
            "Two divers were rescued from the flooded harbour tunnel on Tuesday, said Ana Ruiz, "
            "a spokeswoman for the port authority."
        )
        == "Two divers were rescued from the flooded harbour tunnel on Tuesday"
    )
    assert (
        claim(
            "The former harbour master was also fined $8,000, Ana Ruiz, a spokeswoman for the "
            "port authority, told reporters."
        )
        == "The former harbour master was also fined $8,000"
    )
    assert claim(
        "The ferry company will close three routes this winter, said the harbour master."
    ) == ("The ferry company will close three routes this winter")
    kept = [
        "The ferry company, which employs 500 people on the quay, said it would close.",
        "The ferry company will close three routes this winter, says Ana Ruiz, who runs the port.",
    ]
    for sentence in kept:
        assert claim(sentence) == sentence, sentence


def test_an_attribution_between_two_claims_ends_the_first():
    assert (
        claim(
            "Relatives have said the harbour master was sacked last year, the local paper "
            "reported, and investigators are looking into the case."
        )
        == "Relatives have said the harbour master was sacked last year"
    )
    kept = "Harbour officials were talking up the new ferry, they said, but failing to pay for it."
    assert claim(kept) == kept  # "but": the contrast may be the point.
    glued = (
        "The ferry captain had ignored two storm warnings on the crossing, the inquest "
        "heard.Shocking details of the crossing were read out in court on Wednesday."
    )
    assert claim(glued) == "The ferry captain had ignored two storm warnings on the crossing"
