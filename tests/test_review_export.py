"""Reviewed exports: verdicts, notes, added key points, orphans, filters, determinism."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from markdown_it import MarkdownIt

from briefing.config import load_config
from briefing.pipeline import Pipeline
from briefing.state import ReviewStore

from .conftest import ROOT, SEED

SCHEMA = json.loads((ROOT / "briefing/export/briefing-2.schema.json").read_text("utf-8"))


def cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def reviewed(tmp_path: Path) -> Path:
    """A copy of the seed briefing with a review session stored."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds")
    shutil.copy(ROOT / "config.yaml", tmp_path)
    config = load_config(tmp_path / "config.yaml")
    [article] = list(Pipeline(config))
    first, second, third = (kp.sentence for kp in article.key_points[:3])
    added = next(
        i
        for i in range(len(article.sentences))
        if i not in {kp.sentence for kp in article.key_points}
    )
    with ReviewStore.open(config.state, "ana") as store:
        store.set_verdict(article, first, "accepted")
        store.set_note(article, first, "Matches the communiqué.\nSecond line | [x](y)")
        store.set_verdict(article, second, "flagged")
        store.set_verdict(article, third, "rejected")
        store.add_key_point(article, added)
        store.set_note(article, added, "Worth adding.")
    return tmp_path


def test_reviewed_json_export(reviewed):
    result = cli(reviewed, "export", "-f", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    points = data["articles"][0]["key_points"]
    verdicts = [p["review"]["verdict"] for p in points]
    assert verdicts[:3] == ["accepted", "flagged", "rejected"]
    assert points[0]["review"]["reviewer"] == "ana" and points[0]["review"]["at"]
    assert points[0]["review"]["note"].startswith("Matches the communiqué.")
    added = [p for p in points if p.get("added")]
    assert len(added) == 1 and added[0]["review"]["note"] == "Worth adding."
    assert points[3]["review"]["verdict"] is None


def test_filters(reviewed):
    flagged = json.loads(cli(reviewed, "export", "-f", "json", "--flagged").stdout)
    assert [p["review"]["verdict"] for p in flagged["articles"][0]["key_points"]] == ["flagged"]
    done = json.loads(cli(reviewed, "export", "-f", "json", "--reviewed-only").stdout)
    points = done["articles"][0]["key_points"]
    # --reviewed-only: accepted, flagged and noted points; rejected ones are left out.
    assert [p["review"]["verdict"] for p in points] == ["accepted", "flagged", None]
    assert points[2]["review"]["note"]
    plain = json.loads(cli(reviewed, "export", "-f", "json", "--no-review").stdout)
    assert "review" not in plain["articles"][0]["key_points"][0]


def test_reviewed_markdown_is_deterministic_and_well_formed(reviewed):
    first = cli(reviewed, "export", "-o", "out.md")
    text = (reviewed / "out.md").read_text("utf-8")
    second = cli(reviewed, "export", "-o", "out.md", "--force")
    assert first.returncode == second.returncode == 0
    assert (reviewed / "out.md").read_text("utf-8") == text
    assert "**accepted**" in text and "**flagged**" in text and "*(added by reviewer)*" in text
    assert "   > Second line | \\[x\\](y) — ana" in text  # only what CommonMark needs
    html = MarkdownIt("commonmark").render(text)
    assert "<blockquote>" in html and "<a " not in html


def test_orphaned_notes_are_listed_after_an_edit(reviewed):
    seed = reviewed / "seeds" / SEED.name
    config = load_config(reviewed / "config.yaml")
    [article] = list(Pipeline(config))
    first = article.key_points[0]
    seed.write_text(
        seed.read_text("utf-8").replace(first.text, "Entirely different words."), encoding="utf-8"
    )
    data = json.loads(cli(reviewed, "export", "-f", "json").stdout)
    orphans = data["articles"][0]["orphans"]
    sentence = article.sentences[first.sentence]  # Notes are kept by sentence.
    assert [o["text"] for o in orphans] == [article.text[sentence.start : sentence.end]]
    assert orphans[0]["verdict"] == "accepted"
    md = cli(reviewed, "export").stdout
    assert "### Orphaned review notes" in md


def test_state_export_import_round_trip(reviewed, tmp_path):
    out = reviewed / "state.yaml"
    assert cli(reviewed, "state", "export", str(out)).returncode == 0
    other = tmp_path / "other"
    (other / "seeds").mkdir(parents=True)
    shutil.copy(SEED, other / "seeds")
    shutil.copy(ROOT / "config.yaml", other)
    result = cli(other, "state", "import", str(out))
    assert result.returncode == 0, result.stderr
    a = json.loads(cli(reviewed, "export", "-f", "json").stdout)
    b = json.loads(cli(other, "export", "-f", "json").stdout)
    assert a["articles"][0]["key_points"] == b["articles"][0]["key_points"]


def test_state_import_of_a_foreign_file_fails_cleanly(reviewed):
    bad = reviewed / "bad.yaml"
    bad.write_text("just: [some, yaml]\n")
    result = cli(reviewed, "state", "import", str(bad))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
