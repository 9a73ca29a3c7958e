"""Review state through the real loader: a changed config and an edited seed keep notes in place."""

from __future__ import annotations

import re
from pathlib import Path

from briefing.config import load_config
from briefing.model import Article
from briefing.pipeline import Pipeline
from briefing.state.review import key_point_reviews, orphans, review_of
from briefing.state.store import ReviewStore

from .conftest import SEED


def _load(config: Path) -> Article:
    [article] = list(Pipeline(load_config(config)))
    assert isinstance(article, Article)
    return article


def _sentence(article: Article, index: int) -> str:
    return article.sentences[index].text_of(article.text)


def test_notes_survive_reranking_and_edits(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    source = pack / "seed.txt"
    source.write_text(SEED.read_text("utf-8"), "utf-8")
    config = tmp_path / "config.yaml"
    config.write_text("sources: ['pack/*.txt']\nkeypoints: {count: 5}\n", "utf-8")
    article = _load(config)
    assert len(article.key_points) >= 3
    noted = {}
    with ReviewStore.open(tmp_path / "state.db", "ana") as store:
        for rank, kp in enumerate(article.key_points):
            store.set_verdict(article, kp.sentence, ("accepted", "rejected", "flagged")[rank % 3])
            store.set_note(article, kp.sentence, f"note {rank}")
            noted[f"note {rank}"] = _sentence(article, kp.sentence)

        # another ranking (a changed config): every note stays on its sentence
        config.write_text("sources: ['pack/*.txt']\nkeypoints: {count: 2}\n", "utf-8")
        fewer = _load(config)
        assert len(fewer.key_points) == 2
        mapping = review_of(store, fewer)
        assert {i.note: _sentence(fewer, s) for s, i in mapping.items()} == noted
        assert [p.item.note for p in key_point_reviews(store, fewer)] == ["note 0", "note 1"]

        # edit the file: reword note 0's sentence, delete note 1's, insert a paragraph on top
        text = source.read_text("utf-8")
        reworded = noted["note 0"]
        word = max(re.findall(r"[A-Za-z]{5,}", reworded), key=len)
        new_sentence = reworded.replace(word, "notably", 1)
        text = text.replace(reworded, new_sentence, 1)
        text = text.replace(noted["note 1"], "", 1)
        lines = text.split("\n")
        lines.insert(3, "An editor added this opening paragraph. It has two sentences.")
        source.write_text("\n".join(lines), "utf-8")
        edited = _load(config)
        items = {i.note: i for i in store.reviews_for(edited)}
        assert items["note 0"].resolution.status == "fuzzy"
        assert _sentence(edited, items["note 0"].sentence) == new_sentence
        assert items["note 1"].orphaned
        assert [i.note for i in orphans(store, edited)] == ["note 1"]
        for name, item in items.items():
            if name not in ("note 0", "note 1"):
                assert item.resolution.status == "moved"
                assert _sentence(edited, item.sentence) == noted[name]
                assert item.verdict in ("accepted", "rejected", "flagged")
