"""Durable identity: review state lives per user and follows moved, renamed and edited files."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from pathlib import Path

import pytest

from briefing import cli
from briefing.config import default_state, load_config
from briefing.model import Article, Sentence
from briefing.pipeline import Pipeline
from briefing.state import ReviewStore, export_state, import_state
from briefing.state.review import export_extra

from .conftest import SEED

HEADER = ["category", "title", "dek"]
OTHER = (
    "Local\nHarbour works\nA wall for the port.\n\n"
    "The city council approved a new harbour wall on Monday. "
    "Builders will start in spring, the mayor said.\n\nThe project costs 40 million euros.\n"
)


def _load(*paths: Path) -> list[Article]:
    pipeline = Pipeline(load_config(None, require_sources=False), [str(p) for p in paths], HEADER)
    items = [pipeline.load(i) for i in range(len(pipeline))]
    assert all(isinstance(a, Article) for a in items)
    return items  # type: ignore[return-value]


def _review(article: Article, verdict: str = "accepted", note: str = "checked") -> int:
    sentence = article.key_points[0].sentence
    with ReviewStore.open(default_state(), "ana") as store:
        store.set_verdict(article, sentence, verdict)
        store.set_note(article, sentence, note)
        store.mark_read(article.id)  # as the reader does: by id
    return sentence


def _verdicts(article: Article) -> dict[int, str]:
    with ReviewStore.open(default_state(), "ana") as store:
        extra = export_extra(store, [article])[article.id]
        return {
            s: e["review"]["verdict"] for s, e in extra["reviews"].items() if e["review"]["verdict"]
        }


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "work" / "news"
    folder.mkdir(parents=True)
    shutil.copy(SEED, folder / "nato.txt")
    (folder / "harbour.txt").write_text(OTHER, "utf-8")
    return folder


def test_state_lives_per_user_not_in_the_working_directory(tmp_path, monkeypatch, news) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(None, require_sources=False)
    assert config.state == default_state()
    assert config.state == Path(os.environ["XDG_STATE_HOME"]) / "briefing" / "state.db"
    _review(_load(news / "nato.txt")[0])
    assert default_state().is_file()
    assert not (tmp_path / ".briefing").exists()


def test_default_state_without_xdg(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_state() == tmp_path / ".local" / "state" / "briefing" / "state.db"
    monkeypatch.setenv("XDG_STATE_HOME", "relative/ignored")
    assert default_state() == tmp_path / ".local" / "state" / "briefing" / "state.db"


def test_config_state_overrides_relative_to_the_config(tmp_path: Path) -> None:
    (tmp_path / "cfg").mkdir()
    path = tmp_path / "cfg" / "config.yaml"
    path.write_text("state: here/state.db\n")
    assert load_config(path, require_sources=False).state == tmp_path / "cfg" / "here" / "state.db"


def test_moved_folder_exported_from_elsewhere_keeps_verdicts(tmp_path, monkeypatch, news) -> None:
    monkeypatch.chdir(news)
    article = _load(Path("nato.txt"))[0]  # a relative PATH, as a user types it
    sentence = _review(article)
    moved = tmp_path / "archive" / "2026" / "news"
    moved.parent.mkdir(parents=True)
    shutil.move(str(news), moved)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    out = elsewhere / "out.json"
    assert (
        cli.main(
            ["export", "-f", "json", "--header", "category,title,dek", "-o", str(out), str(moved)]
        )
        == 0
    )
    data = json.loads(out.read_text("utf-8"))
    nato = next(a for a in data["articles"] if a["path"].endswith("nato.txt"))
    point = next(p for p in nato["key_points"] if p["sentence"] == sentence)
    assert point["review"]["verdict"] == "accepted" and point["review"]["note"] == "checked"
    assert nato["read"] is True
    harbour = next(a for a in data["articles"] if a["path"].endswith("harbour.txt"))
    assert all(p["review"]["verdict"] is None for p in harbour["key_points"])
    assert harbour["read"] is False


def test_renamed_file_reattaches(news: Path) -> None:
    sentence = _review(_load(news / "nato.txt")[0], "flagged")
    (news / "nato.txt").rename(news / "summit-2024.txt")
    renamed = _load(news / "summit-2024.txt")[0]
    assert _verdicts(renamed) == {sentence: "flagged"}
    with ReviewStore.open(default_state(), "ana") as store:
        assert store.is_read(renamed) and renamed.id in store.read_ids()


def test_edited_in_place_reattaches_its_sentences(news: Path) -> None:
    sentence = _review(_load(news / "nato.txt")[0])
    text = (news / "nato.txt").read_text("utf-8")
    (news / "nato.txt").write_text(text + "\nA later paragraph was added by the editor.\n", "utf-8")
    assert _verdicts(_load(news / "nato.txt")[0]) == {sentence: "accepted"}


def test_moved_and_edited_reattaches_by_similarity(tmp_path: Path, news: Path) -> None:
    sentence = _review(_load(news / "nato.txt")[0])
    text = (news / "nato.txt").read_text("utf-8")
    (news / "nato.txt").unlink()
    target = tmp_path / "other" / "nato-final.txt"
    target.parent.mkdir()
    target.write_text(
        text.replace("Ukraine", "Ukraine's people", 1) + "\nOne more line.\n", "utf-8"
    )
    assert _verdicts(_load(target)[0]) == {sentence: "accepted"}


def test_unrelated_file_in_place_of_a_gone_one_does_not_attach(tmp_path, news) -> None:
    _review(_load(news / "nato.txt")[0])
    (news / "nato.txt").unlink()
    stranger = tmp_path / "x" / "nato.txt"  # same name, other text
    stranger.parent.mkdir()
    stranger.write_text(OTHER, "utf-8")
    assert _verdicts(_load(stranger)[0]) == {}


def test_unattached_reviews_are_kept_and_exported(tmp_path, news) -> None:
    _review(_load(news / "nato.txt")[0])
    (news / "nato.txt").unlink()
    with ReviewStore.open(default_state(), "ana") as store:
        assert export_state(store, tmp_path / "state.yaml") == 1
        assert len(store.items()) == 1


def test_state_transfer_reattaches_on_another_machine(tmp_path, monkeypatch, news) -> None:
    sentence = _review(_load(news / "nato.txt")[0])
    with ReviewStore.open(default_state(), "ana") as store:
        export_state(store, tmp_path / "state.yaml")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "other-machine"))
    copy = tmp_path / "machine2" / "inbox" / "nato.txt"
    copy.parent.mkdir(parents=True)
    shutil.move(str(news / "nato.txt"), copy)
    with ReviewStore.open(default_state(), "bo") as store:
        import_state(store, tmp_path / "state.yaml")
    assert _verdicts(_load(copy)[0]) == {sentence: "accepted"}


def test_legacy_items_under_an_article_id_still_match(tmp_path: Path) -> None:
    with ReviewStore.open(tmp_path / "old.db", "ana") as store:
        bare = Article(
            id="seeds/x",
            path="seeds/x.txt",
            text="One sentence here. Another one.",
            sentences=(Sentence(0, 18, 0), Sentence(19, 31, 0)),
        )
        store.set_verdict(bare, 1, "rejected")  # no file or digest: stored under the id
        assert store.items()[0].anchor.article_id == "seeds/x"
        later = dataclasses.replace(bare, file="/a/x.txt", digest="d" * 32)
        assert {i.sentence: i.verdict for i in store.reviews_for(later)} == {1: "rejected"}


def test_worker_processes_export_the_same_reviews(tmp_path: Path, news: Path) -> None:
    _review(_load(news / "nato.txt")[0], "flagged", "two lines\nof note")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.json"
        args = ["export", "-f", "json", "-j", jobs, "--header", "category,title,dek"]
        assert cli.main([*args, "-o", str(out), str(news)]) == 0
        outputs.append(out.read_text("utf-8"))
    assert outputs[0] == outputs[1]
    flagged = [
        p["review"]["note"]
        for a in json.loads(outputs[1])["articles"]
        for p in a["key_points"]
        if p["review"]["verdict"] == "flagged"
    ]
    assert flagged == ["two lines\nof note"]
