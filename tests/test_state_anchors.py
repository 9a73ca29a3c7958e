"""Anchors: fingerprints, exact/moved/fuzzy/orphaned resolution, notes surviving article edits."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import KeyPoint
from briefing.state.anchors import (
    THRESHOLD,
    anchor_for,
    fingerprint,
    normalise,
    resolve,
    resolve_all,
)
from briefing.state.review import (
    counts,
    export_extra,
    key_point_reviews,
    orphans,
    progress,
    queue,
    review_json,
    review_of,
)
from briefing.state.store import ReviewStore
from tests.test_state_store import make_article

ROOT = Path(__file__).resolve().parents[1]

ORIGINAL = (
    "The council met on Monday. It approved the budget after a long debate.\n\n"
    "Critics said the plan would cut library services across the city. "
    "The mayor rejected that claim in a statement. "
    "Officials will publish the figures next week.\n\n"
    "Residents can comment until the end of March."
)
EDITED = (
    "The council met on Monday. It approved the budget after a long debate.\n\n"
    "A new paragraph was added here by the editor. It has two sentences.\n\n"
    "Critics said the plan would cut library and park services across the city. "
    "Officials will publish the figures next week.\n\n"
    "Residents can comment until the end of March."
)


def test_normalise_ignores_case_quotes_punctuation_and_spacing() -> None:
    assert normalise("  \u201cHello,\u201d  she\n said\u2026 ") == "hello she said"
    assert fingerprint("\u201cHello,\u201d she said.") == fingerprint('"hello" SHE   said')
    assert fingerprint("Hello, she said.") != fingerprint("Hello, he said.")
    assert len(fingerprint("x")) == 16
    assert normalise("\uff21\uff22\uff23 ﬁne") == "abc fine"  # NFKC


def test_every_seed_sentence_resolves_to_itself() -> None:
    text = (ROOT / "seeds" / "000_bcd797a559c6a1d3.txt").read_text("utf-8")
    art = make_article(text, "seed")
    assert len(art.sentences) > 10
    anchors = [anchor_for(art, i) for i in range(len(art.sentences))]
    found = resolve_all(anchors, art)
    assert [(r.sentence, r.status) for r in found] == [
        (i, "exact") for i in range(len(art.sentences))
    ]


def test_edit_lands_each_anchor() -> None:
    old, new = make_article(ORIGINAL), make_article(EDITED)
    anchors = [anchor_for(old, i) for i in range(len(old.sentences))]
    got = [(r.sentence, r.status) for r in resolve_all(anchors, new)]
    assert got == [
        (0, "exact"),  # unchanged, same place
        (1, "exact"),
        (4, "fuzzy"),  # reworded, after the inserted paragraph
        (None, "orphaned"),  # deleted
        (5, "moved"),  # unchanged, shifted by the insert
        (6, "moved"),
    ]
    fuzzy = resolve(anchors[2], new)
    assert THRESHOLD <= fuzzy.similarity < 1


def test_rewording_beyond_the_threshold_orphans() -> None:
    old = make_article("Alpha beta gamma delta. The river flooded the valley overnight.")
    new = make_article("Alpha beta gamma delta. Markets closed higher on strong earnings.")
    assert resolve(anchor_for(old, 1), new).status == "orphaned"
    assert resolve(anchor_for(old, 1), new, threshold=0.0).status == "fuzzy"


def test_one_sentence_takes_one_anchor() -> None:
    old = make_article("Prices rose sharply in May. Prices rose sharply in June. Then calm.")
    new = make_article("Prices rose sharply in June. Then calm.")
    found = resolve_all([anchor_for(old, 0), anchor_for(old, 1)], new)
    assert [(r.sentence, r.status) for r in found] == [(None, "orphaned"), (0, "moved")]


def test_repeated_sentence_keeps_its_occurrence() -> None:
    old = make_article("No comment. The minister left. No comment. The aide stayed.")
    new = make_article(
        "Reporters waited. No comment. The minister left. No comment. The aide stayed."
    )
    second = anchor_for(old, 2)
    assert second.occurrence == 1 and second.fingerprint == anchor_for(old, 0).fingerprint
    assert second.key.endswith(".1")
    assert resolve(second, new).sentence == 3
    assert resolve(anchor_for(old, 0), new).sentence == 1


def test_other_article_is_orphaned() -> None:
    art = make_article(ORIGINAL)
    other = dataclasses.replace(art, id="desk/other")
    assert resolve(anchor_for(art, 0), other).status == "orphaned"


def test_notes_follow_their_sentences_through_an_edit(tmp_path: Path) -> None:
    old, new = make_article(ORIGINAL), make_article(EDITED)
    with ReviewStore.open(tmp_path / "s.db", "ana") as store:
        for i in range(len(old.sentences)):
            store.set_note(old, i, f"note on {i}")
        store.set_verdict(old, 2, "flagged")
        mapping = review_of(store, new)
        assert {k: v.note for k, v in mapping.items()} == {
            0: "note on 0",
            1: "note on 1",
            4: "note on 2",
            5: "note on 4",
            6: "note on 5",
        }
        assert mapping[4].verdict == "flagged"
        assert mapping[4].resolution.status == "fuzzy"
        lost = orphans(store, new)
        assert [(i.note, i.resolution.status) for i in lost] == [("note on 3", "orphaned")]
        # acting on a fuzzy-matched sentence updates the same item, no duplicate
        store.set_verdict(new, 4, "accepted")
        assert len(store.items(new.id)) == len(old.sentences)
        assert review_of(store, new)[4].note == "note on 2"
        # the inserted sentences are new items; the orphan stays listed
        store.set_note(new, 2, "fresh")
        assert [i.note for i in orphans(store, new)] == ["note on 3"]
        # against the original text the old items resolve exactly, the new one is orphaned
        back = {i.note: i.sentence for i in store.reviews_for(old)}
        assert back == {**{f"note on {i}": i for i in range(6)}, "fresh": None}


def test_reranking_does_not_move_reviews(tmp_path: Path) -> None:
    art = make_article(ORIGINAL)
    first = dataclasses.replace(
        art, key_points=(KeyPoint(0, 1, sentence=2), KeyPoint(0, 1, sentence=4))
    )
    second = dataclasses.replace(
        art,
        key_points=(
            KeyPoint(0, 1, sentence=4),
            KeyPoint(0, 1, sentence=0),
            KeyPoint(0, 1, sentence=2),
        ),
    )
    with ReviewStore.open(tmp_path / "s.db", "ana") as store:
        store.set_verdict(first, 2, "rejected")
        store.add_key_point(first, 5)
        points = key_point_reviews(store, second)
        assert [(p.sentence, p.verdict, p.added) for p in points] == [
            (4, None, False),
            (0, None, False),
            (2, "rejected", False),
            (5, None, True),
        ]
        assert counts(points) == {"accepted": 0, "rejected": 1, "flagged": 0, "unreviewed": 3}
        assert review_json(points[0].item) == {
            "verdict": None,
            "note": "",
            "reviewer": None,
            "at": None,
        }
        got = review_json(points[2].item)
        assert got["verdict"] == "rejected" and got["reviewer"] == "ana" and got["note"] == ""
        other = dataclasses.replace(second, id="desk/other")
        assert progress(store, [second, other]) == (1, 7)
        order = [(a.id, p.sentence) for a, p in queue(store, [second, other])]
        assert order == [
            ("desk/story", 4),
            ("desk/story", 0),
            ("desk/story", 5),
            ("desk/other", 4),
            ("desk/other", 0),
            ("desk/other", 2),
            ("desk/story", 2),
        ]
        store.remove_added(second, 5)
        assert [p.sentence for p in key_point_reviews(store, second)] == [4, 0, 2]


WORDS = ("the", "vote", "council", "budget", "mayor", "said", "cut", "rose", "fell", "plan")
sentence_text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=7).map(
    lambda ws: " ".join(ws).capitalize() + "."
)


@settings(max_examples=150, deadline=None)
@given(st.lists(sentence_text, min_size=1, max_size=12), st.data())
def test_resolution_invariants(before: list[str], data: st.DataObject) -> None:
    after = list(before)
    for _ in range(data.draw(st.integers(0, 4))):
        op = data.draw(st.sampled_from(("delete", "insert", "reword", "swap")))
        if op == "insert" or not after:
            after.insert(data.draw(st.integers(0, len(after))), data.draw(sentence_text))
        elif op == "delete":
            after.pop(data.draw(st.integers(0, len(after) - 1)))
        elif op == "reword":
            i = data.draw(st.integers(0, len(after) - 1))
            after[i] = after[i][:-1] + " " + data.draw(st.sampled_from(WORDS)) + "."
        else:
            i, j = (data.draw(st.integers(0, len(after) - 1)) for _ in range(2))
            after[i], after[j] = after[j], after[i]
    old, new = make_article(" ".join(before)), make_article(" ".join(after))
    anchors = [anchor_for(old, i) for i in range(len(old.sentences))]
    found = resolve_all(anchors, new)
    landed = [r.sentence for r in found if r.sentence is not None]
    assert len(landed) == len(set(landed))  # one anchor per sentence
    new_prints = [anchor_for(new, i).fingerprint for i in range(len(new.sentences))]
    for a, r in zip(anchors, found, strict=True):
        if r.status in ("exact", "moved"):
            assert new_prints[r.sentence] == a.fingerprint
            assert (r.status == "exact") == (r.sentence == a.index)
        elif r.status == "fuzzy":
            assert r.similarity >= THRESHOLD and new_prints[r.sentence] != a.fingerprint
    for fp in set(a.fingerprint for a in anchors):
        kept = sum(
            r.status in ("exact", "moved")
            for a, r in zip(anchors, found, strict=True)
            if a.fingerprint == fp
        )
        assert kept == min(sum(a.fingerprint == fp for a in anchors), new_prints.count(fp))


def test_export_extra_shape(tmp_path: Path) -> None:
    old = dataclasses.replace(
        make_article(ORIGINAL), key_points=(KeyPoint(0, 1, sentence=0), KeyPoint(0, 1, sentence=3))
    )
    new = dataclasses.replace(make_article(EDITED), key_points=(KeyPoint(0, 1, sentence=0),))
    with ReviewStore.open(tmp_path / "s.db", "ana") as store:
        store.set_verdict(old, 0, "accepted")
        store.set_note(old, 3, "gone soon")
        store.set_verdict(old, 3, "flagged")
        store.add_key_point(old, 5)
        extra = export_extra(store, [new])
        assert export_extra(store, [new]) == extra
    [(article_id, data)] = extra.items()
    assert article_id == "desk/story"
    reviews = data["reviews"]
    assert sorted(reviews) == [0, 6]
    assert reviews[0]["review"]["verdict"] == "accepted" and "added" not in reviews[0]
    assert reviews[6]["added"] is True and reviews[6]["review"]["verdict"] is None
    [orphan] = data["orphans"]
    assert orphan["text"] == "The mayor rejected that claim in a statement."
    assert (orphan["sentence"], orphan["verdict"], orphan["note"]) == (3, "flagged", "gone soon")
    assert orphan["reviewer"] == "ana" and orphan["added"] is False
