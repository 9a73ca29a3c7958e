"""Pilot tests of review mode: a whole session, stored state, export, resume, errors."""

from __future__ import annotations

from textual.widgets import ProgressBar, Static, TextArea

from briefing.state import ReviewStore
from briefing.tui.screens.notes import NoteScreen, ReviewSummaryScreen
from briefing.tui.screens.review import ReviewScreen
from tests.tui.helpers import (
    KEYPOINTS,
    SIZE,
    SUMMIT,
    build_article,
    long_article,
    stored_read,
    summit_article,
    until,
)

LONG_KP = long_article().key_points[0].sentence


def articles():
    return [summit_article(), long_article()]


def current(app) -> tuple[str, int]:
    """(article id, sentence) of the review screen's current point."""
    _, article, point = app.screen.session.current
    return article.id, point.sentence


def progress_text(app) -> str:
    return str(app.screen.query_one("#rv-progress", Static).render())


def stored(config) -> dict[tuple[str, int], object]:
    """Items in the state file, resolved against the test articles: (id, sentence) -> item."""
    out = {}
    with ReviewStore.open(config.state, "someone-else") as store:
        for article in articles():
            for item in store.reviews_for(article):
                out[(article.id, item.sentence)] = item
    return out


async def review_session(app, pilot) -> None:
    """Accept, skip, reject, flag, note, undo, note again, add (m) and remove (M)."""
    await pilot.press("r")
    assert isinstance(app.screen, ReviewScreen)
    assert current(app) == ("summit", 2)  # rank 1 first
    assert progress_text(app) == "0/4 reviewed"
    view = app.screen.source
    assert view.hl.current == (view.article.sentences[2].start, view.article.sentences[2].end)
    await pilot.press("a")
    assert current(app) == ("summit", 0)
    assert progress_text(app) == "1/4 reviewed"
    assert app.screen.query_one("#rv-bar", ProgressBar).progress == 1
    await pilot.press("s")  # skip: stays unreviewed
    assert current(app) == ("summit", 7)
    await pilot.press("x")
    assert current(app)[0] == "long"
    await pilot.press("f")
    assert current(app) == ("summit", 0)  # wraps to the skipped one
    await pilot.press("c")
    assert isinstance(app.screen, NoteScreen)
    await pilot.press(*"First try")
    await pilot.press("ctrl+s")
    assert isinstance(app.screen, ReviewScreen)
    assert app.screen.session.current[2].item.note == "First try"
    await pilot.press("u")  # undo the note
    assert current(app) == ("summit", 0)
    assert app.screen.session.current[2].item is None
    await pilot.press("c", *"Needs a source", "enter", *"second line", "ctrl+s")
    await pilot.press("c", *" ignored", "escape")  # escape cancels
    await pilot.press("J")  # sentence cursor to sentence 1
    assert view.cursor == 1
    await pilot.press("m")
    assert current(app) == ("summit", 1)
    assert progress_text(app) == "3/5 reviewed"
    await pilot.press("f")
    assert current(app) == ("summit", 0)
    await pilot.press(*"J" * 9)
    assert view.cursor == 9
    await pilot.press("m")
    assert current(app) == ("summit", 9)
    assert progress_text(app) == "4/6 reviewed"
    await pilot.press("M")
    assert progress_text(app) == "4/5 reviewed"
    assert ("summit", 9) not in app.screen.session.order


async def test_whole_review_session_stored_and_exported(make_app, config):
    app = make_app(articles(), background=False)
    async with app.run_test(size=SIZE) as pilot:
        await review_session(app, pilot)
        items = stored(config)
        assert items[("summit", 2)].verdict == "accepted"
        assert items[("summit", 7)].verdict == "rejected"
        assert items[("long", LONG_KP)].verdict == "flagged"
        assert items[("summit", 1)].verdict == "flagged" and items[("summit", 1)].added
        assert items[("summit", 0)].verdict is None
        assert items[("summit", 0)].note == "Needs a source\nsecond line"
        assert items[("summit", 9)].removed and not items[("summit", 9)].added
        assert all(i.reviewer == "tester" for i in items.values())
        await pilot.press("S")
        assert isinstance(app.screen, ReviewSummaryScreen)
        text = str(app.screen.query_one("#summary-text", Static).render())
        assert "2/5 reviewed" not in text and "4/5 reviewed" in text
        assert "⚑ flagged  2" in text and "✓ accepted  1" in text and "✗ rejected  1" in text
        assert "The Port Authority said the talks ran late into the night." in text
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        exported = config.export_path.read_text("utf-8")
        assert "**accepted**" in exported and "**rejected**" in exported
        assert exported.count("**flagged**") == 2
        assert "Needs a source" in exported and "second line — tester" in exported
        assert "*(added by reviewer)*" in exported
        assert any(str(config.export_path) in n.message for n in app._notifications)
        await pilot.press("r")  # back to the reader, on the article last reviewed
        assert not app.reviewing and app.reader.index == 0
        keypoints = app.screen.query_one("#keypoints")
        prompts = [str(keypoints.get_option_at_index(i).prompt) for i in range(3)]
        assert any("✓" in p for p in prompts) and any("✗" in p for p in prompts)


async def test_reader_export_includes_reviews(make_app, config):
    app = make_app(articles(), background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r", "a", "escape", "e", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "**accepted**" in config.export_path.read_text("utf-8")


async def test_resume_after_quit(make_app, config):
    app = make_app(articles(), background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r", "a", "s", "x")
        assert current(app) == ("long", LONG_KP)
        await pilot.press("q")
    again = make_app(articles(), background=False, review=True)
    async with again.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ReviewScreen))
        assert current(again) == ("long", LONG_KP)  # where the reviewer stopped
        assert progress_text(again) == "2/4 reviewed"
        session = again.screen.session
        assert session.points[0][2].verdict == "accepted"
        assert session.points[0][7].verdict == "rejected"
        assert session.points[0][0].verdict is None
        assert session.order[:2] == [(0, 0), (1, LONG_KP)]  # unreviewed first
        await pilot.press("k")
        assert current(again) == ("summit", 0)
        text = str(again.screen.query_one("#rv-points", Static).render())
        assert "✓" in text and "✗" in text


async def test_finishing_opens_the_summary(make_app, config):
    app = make_app([summit_article()], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r", "a", "a", "f")
        assert isinstance(app.screen, ReviewSummaryScreen)
        text = str(app.screen.query_one("#summary-text", Static).render())
        assert "Every key point is reviewed." in text and "3/3 reviewed" in text
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_note_editor_is_multiline_text_area(make_app):
    app = make_app(articles(), background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r", "c")
        area = app.screen.query_one(TextArea)
        assert app.focused is area
        await pilot.press(*"one", "enter", *"two")
        assert area.text == "one\ntwo"
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.session.current[2].item is None


async def test_orphans_listed_in_reader_and_review(make_app, config):
    app = make_app(articles(), background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r", "c", *"keep me", "ctrl+s", "a", "q")
    # The article is edited: the sentence of key point #1 (sentence 2) is gone.
    paragraphs = list(SUMMIT)
    paragraphs[1] = "Marsh said funding would come from the Coastal Fund over five years."
    edited = build_article(
        "summit", "Ports plan agreed in Valdora", paragraphs, keypoints=[KEYPOINTS[1]]
    )
    app = make_app([edited, long_article()], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        box = app.screen.query_one("#orphans", Static)
        assert box.display
        text = str(box.render())
        assert "Orphaned" in text and "Minister Elena Marsh told reporters" in text
        assert "keep me" in text
        await pilot.press("r")
        text = str(app.screen.query_one("#rv-orphans", Static).render())
        assert "Minister Elena Marsh told reporters" in text and "keep me" in text
        await pilot.press("S")
        text = str(app.screen.query_one("#summary-text", Static).render())
        assert "Orphaned (1)" in text and "keep me" in text


async def test_broken_state_file_keeps_reader_usable(make_app, config):
    config.state.parent.mkdir(parents=True, exist_ok=True)
    config.state.write_bytes(b"not a database at all\n")
    app = make_app(articles(), background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert not app.reviewing
        assert any("not a briefing state file" in n.message for n in app._notifications)
        assert app.library.is_read(0)  # shown whole: read, kept in memory
        await pilot.press("R", "right_square_bracket")  # reading still works
        assert not app.library.is_read(0) and app.reader.index == 1
    assert config.state.read_bytes() == b"not a database at all\n"


async def test_read_when_scrolled_to_end_and_toggled_in_list(make_app, config):
    app = make_app(articles(), background=False)
    async with app.run_test(size=(120, 20)) as pilot:
        await pilot.press("right_square_bracket")  # the long article: not read on opening
        await pilot.pause()
        assert not app.library.is_read(1)
        assert not stored_read(app.library.state, "long")
        await pilot.press("shift+tab", "G")  # the source, to its end
        await pilot.pause()
        assert app.library.is_read(1) and stored_read(app.library.state, "long")
        await pilot.press("l")
        box = app.screen.query_one("#article-options")
        assert box.border_title == "Articles (2 · 1 unread)"  # the summit: not scrolled
        assert str(box.get_option_at_index(0).prompt).startswith("● ")
        assert box.highlighted == 1
        await pilot.press("N")  # toggle in the list
        assert not stored_read(app.library.state, "long")
        assert box.border_title == "Articles (2 · 2 unread)"
        assert str(box.get_option_at_index(1).prompt).startswith("● ")
        await pilot.press("N")
        assert stored_read(app.library.state, "long")
        assert str(box.get_option_at_index(1).prompt).startswith("  ")
    again = make_app(articles(), background=False)  # read marks persist
    async with again.run_test(size=(120, 20)) as pilot:
        await pilot.press("l")
        assert again.screen.query_one("#article-options").border_title == "Articles (2 · 1 unread)"


async def test_mark_read_open_and_never(tmp_path):
    from briefing.config import load_config
    from briefing.tui.app import BriefingApp
    from tests.tui.helpers import FakeLoader

    for mode, expected in (("open", True), ("never", False)):
        path = tmp_path / f"{mode}.yaml"
        path.write_text(f"read: {{mark: {mode}}}\nstate: {mode}.db\n", "utf-8")
        cfg = load_config(path, require_sources=False)
        app = BriefingApp(cfg, FakeLoader(articles()), background=False)
        async with app.run_test(size=(120, 20)) as pilot:
            await pilot.press("right_square_bracket", "shift+tab", "G")
            await pilot.pause()
            assert app.library.is_read(1) is expected
            assert (tmp_path / f"{mode}.db").exists() is expected  # never: no file written


async def test_help_and_footer_list_review_bindings(make_app):
    from textual.widgets import Footer

    from briefing.tui.screens.help import HelpScreen

    app = make_app(articles(), background=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text", Static).render())
        for needle in (
            "Review mode",
            "Accept the key point",
            "Reject",
            "Flag",
            "ctrl+s saves",
            "Undo",
            "Skip",
            "sentence cursor",
            "Make the cursor's sentence a key point",
            "Remove a key point you added",
            "toggle read",
        ):
            assert needle in text
        await pilot.press("escape", "r")
        assert isinstance(app.screen, ReviewScreen)
        footer = app.screen.query_one(Footer)
        await pilot.pause()
        shown = {key.description for key in footer.query("FooterKey")}
        assert {
            "Accept",
            "Reject",
            "Flag",
            "Note",
            "Undo",
            "Skip",
            "Next",
            "Prev",
            "Mark",
            "Unmark",
            "Summary",
        } <= shown
        assert "Next article" not in shown and "Search" not in shown  # reader keys are off
        await pilot.press("right_square_bracket", "slash")  # do nothing while reviewing
        assert isinstance(app.screen, ReviewScreen) and app.reader.index == 0


async def test_article_without_key_points_gets_one_with_m(make_app, config):
    from tests.tui.helpers import markup_article

    app = make_app([markup_article()], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert app.screen.session.current is None
        assert "No key points to review" in str(app.screen.query_one("#rv-point").render())
        await pilot.press("J", "m")
        assert current(app) == ("markup", 1)
        await pilot.press("a")  # the last one: the summary opens
        assert isinstance(app.screen, ReviewSummaryScreen)
        await pilot.press("escape")
        assert progress_text(app) == "1/1 reviewed"
    with ReviewStore.open(config.state, "x") as store:
        item = store.item_at(markup_article(), 1)
        assert item.added and item.verdict == "accepted"


async def test_click_puts_the_cursor_on_a_sentence(make_app):
    app = make_app(articles(), background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        view = app.screen.source
        sentence = view.article.sentences[4]
        line = view.line_of(sentence.start + 2)
        column = sentence.start + 2 - view.lines[line].start
        y = line - int(view.scroll_y)
        await pilot.click(view, offset=(column + 3 + 1, y + 1))  # gutter and border
        assert view.cursor == 4
        assert view.sentence_at(sentence.end) in (None, 5)


async def test_failed_write_is_not_shown_as_saved(make_app, config, monkeypatch):
    from briefing.state import StateError

    app = make_app(articles(), background=False, review=True)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        store = app.screen.session.store

        def locked(*args, **kwargs):
            raise StateError(f"{config.state}: cannot write state: database is locked")

        monkeypatch.setattr(store, "set_verdict", locked)
        await pilot.press("a")
        # A loaded machine may deliver the notification after one pause: wait for it.
        await until(
            pilot, lambda: any(n.message.startswith("Not saved:") for n in app._notifications)
        )
        assert current(app) == ("summit", 2) and progress_text(app) == "0/4 reviewed"
        assert app.screen.session.current[2].verdict is None
        monkeypatch.undo()
        await pilot.press("a")
        await until(pilot, lambda: progress_text(app) == "1/4 reviewed")


async def test_review_command_with_broken_state_opens_the_reader(make_app, config):
    config.state.parent.mkdir(parents=True, exist_ok=True)
    config.state.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    app = make_app(articles(), background=False, review=True)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: any("Review needs" in n.message for n in app._notifications))
        assert not app.reviewing and app.reader.article is not None
        assert any("Review needs the state file" in n.message for n in app._notifications)
    assert config.state.read_bytes() == b"SQLite format 3\x00" + b"\x00" * 200


async def test_review_keys_rebind_from_config(tmp_path):
    from briefing.config import load_config
    from briefing.tui.app import BriefingApp
    from briefing.tui.screens.help import review_rows
    from tests.tui.helpers import FakeLoader

    path = tmp_path / "config.yaml"
    path.write_text(
        f"state: {tmp_path / 'review.db'}\nreviewer: tester\n"
        "keys: {review_accept: y, review_leave: [escape, backspace]}\n",
        "utf-8",
    )
    cfg = load_config(path, require_sources=False)
    assert cfg.keys == {"review_accept": "y", "review_leave": "escape,backspace"}
    app = BriefingApp(cfg, FakeLoader(articles()), background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("a")  # no longer accept
        assert app.screen.session.counts()["accepted"] == 0
        await pilot.press("y")
        assert app.screen.session.counts()["accepted"] == 1
        await pilot.press("backspace")
        assert not app.reviewing
    rows = dict((text, keys) for keys, text in review_rows(app.keymap))
    assert rows["Accept the key point"] == "y" and rows["Reject the key point"] == "x"
    assert rows["Back to the reader"] == "escape, backspace"
    assert rows["Next / previous key point"] == "j / k"  # defaults keep their label
