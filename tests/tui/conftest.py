"""Fixtures for the reader's tests."""

from __future__ import annotations

import pytest

from briefing.config import load_config
from briefing.model import LoadError
from tests.tui.helpers import FakeLoader, long_article, markup_article, summit_article


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(
        "keypoints: {count: 3}\nexport: {path: out/briefing.md}\n"
        "state: state/review.db\nreviewer: tester\n",
        "utf-8",
    )
    return load_config(path, require_sources=False)


@pytest.fixture
def items():
    return [
        summit_article(),
        long_article(),
        markup_article(),
        LoadError("broken.txt", "binary file (contains NUL bytes)"),
    ]


@pytest.fixture
def make_app(config, items):
    from briefing.tui.app import BriefingApp

    def make(articles=None, cfg=None, **kwargs):
        return BriefingApp(cfg or config, FakeLoader(articles or items), **kwargs)

    return make
