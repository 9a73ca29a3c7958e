"""Nothing skipped silently: files and folders the loader left out are shown in the reader.

Files left out while scanning (unsupported formats, unreadable folders) are listed under
the articles and announced once; files that fail to load (a FIFO) are rows of their own.
"""

from __future__ import annotations

import os
import shutil

from briefing.config import load_config
from briefing.pipeline import Pipeline
from briefing.tui.app import BriefingApp
from briefing.tui.highlights import Highlights
from briefing.tui.screens.articles import ArticleListScreen
from tests.test_review_durability import SEED
from tests.tui.helpers import SIZE


async def test_fifo_and_unsupported_file_listed_in_a_notice_and_the_article_list(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    shutil.copy(SEED, news / "story.txt")
    os.mkfifo(news / "pipe.txt")
    (news / "logo.gif").write_bytes(b"GIF89a")
    (tmp_path / "config.yaml").write_text(
        "sources: [news]\nstate: state.db\nreviewer: t\n", "utf-8"
    )
    config = load_config(tmp_path / "config.yaml")
    pipeline = Pipeline(config)
    app = BriefingApp(config, pipeline)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        notices = [n.message for n in app._notifications if n.message.startswith("Skipped")]
        assert notices and "logo.gif: unsupported format" in notices[0]
        await pilot.press("l")
        assert isinstance(app.screen, ArticleListScreen)
        lines = app.screen.skipped
        assert any("logo.gif" in line for line in lines), lines
        titles = [title for title, _, _ in app.screen.rows]  # the FIFO: a file that failed
        assert any("pipe.txt" in t and "FIFO" in t for t in titles), titles
        box = app.screen.query_one("#article-options")
        assert box.option_count == len(app.screen.rows) + len(lines)
        assert box.border_title.startswith(f"Articles ({len(app.screen.rows)} ")


def test_a_catastrophic_rule_is_never_run():
    hl = Highlights([("(a+)+$", "bold"), ("Marsh", "bold")])
    assert [p.pattern for p, _ in hl.rules] == ["Marsh"]
