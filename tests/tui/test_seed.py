"""The reader on the real seed with the real loader and analysis."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from briefing.config import load_config
from briefing.pipeline import Pipeline
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.actors import ActorPane
from briefing.tui.widgets.summary import KeyPointList
from tests.tui.helpers import is_visible, source, styles_at

ROOT = Path(__file__).resolve().parents[2]


async def test_seed_every_key_point_and_mention_reachable_at_80x24(tmp_path):
    config = replace(load_config(ROOT / "config.yaml"), state=tmp_path / "state.db")
    app = BriefingApp(config, Pipeline(config))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        article = app.reader.article
        assert article is not None and article.key_points and article.actors
        assert app.sub_title.startswith("1/1")
        view = source(app)
        keypoints = app.screen.query_one(KeyPointList)
        for position in range(keypoints.option_count):
            keypoints.highlighted = position
            await pilot.press("enter")
            kp = article.key_points[keypoints.selected_index]
            assert view.hl.current == (kp.start, kp.end)
            assert is_visible(view, kp.start) or view.line_of(kp.start) == int(view.scroll_y)
            assert "current" in styles_at(view, kp.start)
        await pilot.press("tab", "enter")  # the most salient actor
        actor = app.screen.query_one(ActorPane).highlighted_actor
        mentions = sorted(actor.mentions, key=lambda m: m.start)
        for i, mention in enumerate(mentions):
            assert view.counter == f"mention {i + 1}/{len(mentions)}"
            assert is_visible(view, mention.start)
            assert {"selected", "focus", actor.kind} <= styles_at(view, mention.start)
            await pilot.press("n")
        assert view.counter == f"mention 1/{len(mentions)}"
        await pilot.press("tab", "slash", *"nato", "enter")  # from the source pane
        assert len(view.hl.matches) == len(re.findall("nato", article.text, re.IGNORECASE))
        assert view.counter == f"match 1/{len(view.hl.matches)}"
