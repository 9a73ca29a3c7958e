"""The briefing's title when the config names none."""

from __future__ import annotations

from pathlib import Path

from briefing.config import load_config
from briefing.pipeline import Pipeline

from . import formats_data as data

BODY = "The harbour council voted on Tuesday to approve the ferry link.\n"


def _title(tmp_path: Path, config: str, *targets: Path) -> str:
    (tmp_path / "config.yaml").write_text(config)
    cfg = load_config(tmp_path / "config.yaml", require_sources=False)
    pipeline = Pipeline(cfg, [str(t) for t in targets], cache=False)
    return pipeline.briefing().title


def test_one_article_is_titled_by_its_heading(tmp_path):
    pack = tmp_path / "harbour-pack"
    pack.mkdir()
    (pack / "a.txt").write_text("Ferry link approved\n\n" + BODY)
    assert _title(tmp_path, "", pack) == "Ferry link approved"


def test_several_articles_are_titled_by_their_folder(tmp_path):
    pack = tmp_path / "harbour-pack"
    (pack / "day2").mkdir(parents=True)
    (pack / "a.txt").write_text("Ferry link approved\n\n" + BODY)
    (pack / "day2" / "b.txt").write_text("Bridge stays shut\n\n" + BODY)
    assert _title(tmp_path, "", pack) == "harbour-pack"


def test_a_mailbox_of_several_messages_is_titled_by_its_file(tmp_path):
    (tmp_path / "council-list.mbox").write_bytes(data.mbox_of_three())
    assert _title(tmp_path, "", tmp_path / "council-list.mbox") == "council-list"


def test_the_config_title_wins(tmp_path):
    pack = tmp_path / "harbour-pack"
    pack.mkdir()
    (pack / "a.txt").write_text("Ferry link approved\n\n" + BODY)
    (pack / "b.txt").write_text("Bridge stays shut\n\n" + BODY)
    assert _title(tmp_path, "title: Harbour week\n", pack) == "Harbour week"


def test_a_pack_opened_as_dot_is_titled_by_its_folder(tmp_path, monkeypatch):
    pack = tmp_path / "harbour-pack"
    pack.mkdir()
    (pack / "a.txt").write_text("Ferry link approved\n\n" + BODY)
    (pack / "b.txt").write_text("Bridge stays shut\n\n" + BODY)
    monkeypatch.chdir(pack)
    assert _title(tmp_path, "", Path(".")) == "harbour-pack"


def test_a_pack_through_a_folder_link_is_titled_by_the_folder(tmp_path):
    pack = tmp_path / "harbour-pack"
    pack.mkdir()
    (pack / "a.txt").write_text("Ferry link approved\n\n" + BODY)
    (pack / "b.txt").write_text("Bridge stays shut\n\n" + BODY)
    (tmp_path / "latest").symlink_to(pack)
    assert _title(tmp_path, "", tmp_path / "latest") == "harbour-pack"
