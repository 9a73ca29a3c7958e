"""Legal citations stay in their sentence (text written for the tests)."""

from __future__ import annotations

from briefing.analyse.sentences import sentence_spans


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_docket_and_circuit_abbreviations_do_not_end_a_sentence():
    assert _split("See Harbour Ltd., FTC Dkt. No. 4410, Opinion of the Board. It held.") == [
        "See Harbour Ltd., FTC Dkt. No. 4410, Opinion of the Board.",
        "It held.",
    ]
    assert _split("Ruiz v. Port Ltd., 812 F.2d 77 (9th Cir. 1988). Then the court ruled.") == [
        "Ruiz v. Port Ltd., 812 F.2d 77 (9th Cir. 1988).",
        "Then the court ruled.",
    ]
    assert _split("The motion is at Dkt. 12. It was filed late.") == [
        "The motion is at Dkt. 12.",
        "It was filed late.",
    ]


def test_case_number_with_letters_after_no():
    assert _split("Plaintiff, No. CV 08-1234-AR vs. ORDER ON COSTS. The court ruled.") == [
        "Plaintiff, No. CV 08-1234-AR vs. ORDER ON COSTS.",
        "The court ruled.",
    ]


def test_no_and_legal_words_still_end_a_sentence_before_a_new_one():
    assert _split("The harbour board voted No. The ferry plan failed.") == [
        "The harbour board voted No.",
        "The ferry plan failed.",
    ]
    assert _split("Ana Ruiz said No. C is the wrong berth for the ferry.") == [
        "Ana Ruiz said No.",
        "C is the wrong berth for the ferry.",
    ]
