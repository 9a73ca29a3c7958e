"""Key-point compression: participial and dash add-ons, relative clauses, leading adverbials."""

from __future__ import annotations

from briefing.analyse.keypoint_compress import (
    addon_start,
    glued_end,
    leading_end,
    relative_start,
)
from briefing.analyse.keypoints import rank_key_points
from briefing.analyse.sentences import split_sentences

from .conftest import lines_to_text


def main(sentence: str) -> str:
    """The sentence up to its add-on."""
    return sentence[: addon_start(sentence)]


def rest(sentence: str) -> str:
    """The sentence after its leading adverbial."""
    return sentence[leading_end(sentence) :]


def test_a_long_sentence_ends_before_its_participial_add_on():
    sentence = (
        "A large fire broke out on Friday morning in the warehouses along the old harbour "
        "quay, sending plumes of thick smoke over the town as crews worked to contain it."
    )
    assert main(sentence) == (
        "A large fire broke out on Friday morning in the warehouses along the old harbour quay"
    )
    adding = (
        "The harbour council leader accused the ferry company of neglecting the old quay and "
        "the ferry terminal for years, adding: 'Nobody here will forget it.'"
    )
    assert main(adding).endswith("the ferry terminal for years")


def test_participles_that_are_no_add_on_stay():
    kept = [
        # Short: the whole sentence is the point.
        "A fire broke out in the harbour warehouses, sending smoke over the town.",
        # An aside: the main clause goes on after it.
        "The harbour master said that a lorry on the quay, driving on the wrong side of the "
        "road at night, had hit the old crane and pushed it into the water.",
        # A list item and an -ing noun.
        "The harbour council will spend its budget on the new ferry terminal, the quay wall, "
        "the cranes, parking, and lighting for the walkways along the water.",
        "The harbour council met for four hours to discuss the new ferry terminal and the quay "
        "wall, something residents had asked for since the storm of last winter.",
        # Unfinished before the comma, and a quotation open there.
        "The old ferry that carried commuters across the river for forty years is now 10 and, "
        "according to its captain, still running every single day of the week.",
        "The harbour master called the storm 'the worst in living memory of the town and the "
        "port, leaving us nothing' and asked the council for help with the repairs.",
    ]
    for sentence in kept:
        assert main(sentence) == sentence, sentence


def test_a_long_sentence_ends_before_its_one_dash_add_on():
    sentence = (
        "The harbour council distributed a plan at the meeting that set out what the new "
        "ferry terminal will cost and who will pay -- something the council failed to do in 2008."
    )
    assert main(sentence).endswith("and who will pay")
    kept = [
        # Two dashes make an aside; a dash inside a title.
        "The harbour council -- which met for four hours on Monday -- distributed a plan "
        "that set out what the new ferry terminal will cost and who will pay for it.",
        "The classic film about the old harbour town is to be turned into a musical by the "
        "producer of the controversial hit show Harbour Nights - The Opera.",
        # A subordinate clause alone before the dash.
        "While the storm that hit the harbour this week closed the quay and the ferry "
        "terminal for three days - on the other side of the river the port stayed open.",
    ]
    for sentence in kept:
        assert main(sentence) == sentence, sentence


def test_a_leading_adverbial_is_left_out_of_the_key_point():
    cases = {
        "In a statement on Tuesday, Ana Ruiz said the quay would reopen in May.": "Ana Ruiz said",
        "During the investigation, Northport detectives found the ferry had left early.": (
            "Northport detectives"
        ),
        "However, Ferrylink will keep all three routes to the islands open this winter.": (
            "Ferrylink will"
        ),
        "Last week, Acme engineers found cracks in the old quay wall near the ferry terminal.": (
            "Acme engineers"
        ),
        "According to the port figures, Northport handled a third less traffic last year.": (
            "Northport handled"
        ),
        "Speaking to reporters, Ana Ruiz said the ferry terminal would reopen next spring.": (
            "Ana Ruiz said"
        ),
        "In a surprise move, Acme sold its two ferries to a rival firm from the islands.": (
            "Acme sold"
        ),
        "Despite the storm, Ferrylink ran every crossing to the islands on time on Monday.": (
            "Ferrylink ran"
        ),
    }
    for sentence, start in cases.items():
        assert rest(sentence).startswith(start), sentence
    kept = [
        "At least 12 people were hurt on Sunday, and more are missing after the harbour storm.",
        "After the images, which were taken on the quay, Acme said the harbour was calm.",
        "During a visit to Anaheim, California, the ferry company showed its new boat.",
        "During 2010, however, the harbour reforms should help cut the number of ferry delays.",
        "After Acme and Bolt agreed to build the terminal, Northport raised its ferry fares.",
        "After the vote, Acme quit.",  # Too little left.
    ]
    for sentence in kept:
        assert leading_end(sentence) == 0, sentence


def test_a_leading_adverbial_stays_before_a_lower_case_word():
    """Left out, the key point would start mid-sentence: "the ferry company will …"."""
    for sentence in (
        "However, the ferry company will keep all three routes to the islands open this winter.",
        "In a statement on Tuesday, the harbour council said the quay would reopen in May.",
    ):
        assert leading_end(sentence) == 0, sentence


def test_a_phrase_of_place_time_or_scope_stays():
    """Without it the claim is false: the limit is part of what is claimed."""
    for sentence in (
        "Since 2008, Northport has not had a single year of growth in its ferry traffic.",
        "In Europe, Acme will sell two versions of the new ferry engine from next year.",
        "In adults aged 26 or older, Northport doctors found twice as many cases as before.",
        "On the island, Ferrylink is the only company that runs a daily crossing in winter.",
        "Within a few years, Acme sold more engines online than it ever had in its shops.",
    ):
        assert leading_end(sentence) == 0, sentence


def test_compressed_key_points_keep_their_offsets():
    lines = [
        "In a statement on Monday, Harbour Council said the old quay wall would be "
        "rebuilt before the winter storms, leaving the ferry terminal closed for three months.",
        "Engineers expect a month of repairs before the harbour bridge can reopen.",
        "Ferries will carry commuters across the river while the bridge is shut.",
    ]
    text, paragraphs = lines_to_text(lines)
    found = rank_key_points(text, split_sentences(text, paragraphs), (), 3)
    first = next(p for p in found if p.sentence == 0)
    assert first.text == (
        "Harbour Council said the old quay wall would be rebuilt before the winter storms"
    )
    for p in found:
        assert text[p.start : p.end] == p.text


def test_a_sentence_glued_to_the_next_ends_at_its_stop():
    glued = (
        "The ferry captain had ignored two storm warnings, the inquest heard.Shocking details "
        "of the crossing were read out in court on Wednesday."
    )
    assert glued[: glued_end(glued)] == (
        "The ferry captain had ignored two storm warnings, the inquest heard."
    )
    for kept in (
        "The ferry sailed from the U.S. to Canada in May with two hundred people aboard.",
        "The ferry to St.Ives leaves the harbour at noon on every day of the week.",
    ):
        assert glued_end(kept) == len(kept), kept


def test_a_relative_clause_that_ends_the_sentence_is_left_out():
    cases = {
        "The port company said 45 workers were injured in the blaze, which began early "
        "Wednesday morning.": "The port company said 45 workers were injured in the blaze",
        "The three sailors were last seen on Saturday at the harbour inn in Porth Ruan, where "
        "the crew had gathered before the race.": (
            "The three sailors were last seen on Saturday at the harbour inn in Porth Ruan"
        ),
        # The last relative clause goes, an earlier one stays.
        "The ferry, which is forty years old, will be replaced by a new boat next spring, "
        "which the council ordered in May.": (
            "The ferry, which is forty years old, will be replaced by a new boat next spring"
        ),
    }
    for sentence, head in cases.items():
        assert sentence[: relative_start(sentence)] == head, sentence
    kept = [
        # A short head; a short clause; a comma inside the clause (a list or an aside).
        "The quay reopened, which pleased residents of the town.",
        "The harbour council finally approved the plan for the new terminal, which helps.",
        "The council approved a plan for the new ferry terminal, which will have shops, a cafe "
        "and a car park.",
        # A figure in the clause: a fact, not an aside.
        "The harbour council is expected to discuss the latest offer for the quay, which "
        "values the site at £8m.",
        # Restrictive (no comma); a quotation or a bracket open before the comma.
        "The council approved the plan for the new ferry terminal which residents asked for.",
        'The harbour master called it "the worst storm the town has seen, which says a lot '
        'about this coast."',
        "The council approved the new ferry terminal (a plan for the old quay, which residents "
        "opposed for years).",
    ]
    for sentence in kept:
        assert relative_start(sentence) == len(sentence), sentence


def test_a_selected_key_point_loses_its_final_relative_clause():
    lines = [
        "Harbour engineers found deep cracks in the old quay wall on Monday, which forced the "
        "council to close the ferry terminal.",
        "Engineers expect a month of repairs before the harbour bridge can reopen.",
        "Ferries will carry commuters across the river while the bridge is shut.",
    ]
    text, paragraphs = lines_to_text(lines)
    found = rank_key_points(text, split_sentences(text, paragraphs), (), 3)
    first = next(p for p in found if p.sentence == 0)
    assert first.text == "Harbour engineers found deep cracks in the old quay wall on Monday"
    assert text[first.start : first.end] == first.text
