"""No lost keys: bursts of keys sent with no pause in between (typeahead, paste, slow links).

``burst`` posts every key event to the app at once, as a terminal read of several
bytes does, without waiting for the app between keys (``pilot.press`` waits for
the app to go idle after each key, which hides the problem).
"""

from __future__ import annotations

import time
import unicodedata

from textual import events
from textual.app import _character_to_key, _get_unicode_name_from_key  # type: ignore[attr-defined]
from textual.keys import REPLACED_KEYS
from textual.widgets import Input, TextArea

from briefing.state import ReviewStore
from briefing.tui.screens.notes import NoteScreen
from briefing.tui.screens.review import ReviewScreen
from briefing.tui.widgets.search import SearchBox
from tests.tui.helpers import SIZE, long_article, summit_article


def key_event(key: str) -> events.Key:
    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    original = REPLACED_KEYS.get(key, key)
    try:
        char = unicodedata.lookup(_get_unicode_name_from_key(original))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


async def settle(pilot, timeout: float = 10.0) -> None:
    """Wait until every held key has been handled (generous: never flakes on a slow CI)."""
    app = pilot.app
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        await pilot.pause(0.02)
        if not getattr(app, "keys_held", 0) and not getattr(app, "_busy", 0):
            await pilot.pause()
            return
    raise AssertionError(f"{app.keys_held} keys still held after {timeout} s")


async def burst(pilot, *keys: str) -> None:
    """Send ``keys`` to the app in one go, then wait until they are all handled."""
    driver = pilot.app._driver
    for key in keys:
        event = key_event(key)
        event.set_sender(pilot.app)
        driver.send_message(event)
    await settle(pilot)


def articles():
    return [summit_article(), long_article()]


def note_of(config, sentence: int) -> str:
    with ReviewStore.open(config.state, "someone-else") as store:
        item = store.item_at(summit_article(), sentence)
        return item.note if item else ""


async def test_note_editor_keeps_text_typed_with_its_key(make_app):
    app = make_app(articles())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ReviewScreen)
        await burst(pilot, "c", *"Hello there")
        assert isinstance(app.screen, NoteScreen)
        assert app.screen.query_one(TextArea).text == "Hello there"


async def test_text_then_ctrl_s_stores_the_text_before_saying_saved(make_app, config):
    app = make_app(articles())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        sentence = app.screen.session.current[2].sentence
        notes = []
        real = app.notify
        app.notify = lambda message, *a, **k: (notes.append(message), real(message, *a, **k))
        await burst(pilot, "c", *"Check the figures", "ctrl+s")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert note_of(config, sentence) == "Check the figures"
        assert "Note saved" in notes


async def test_burst_verdicts_after_opening_review_all_land(make_app, config):
    app = make_app(articles())
    async with app.run_test(size=SIZE) as pilot:
        await burst(pilot, "r", "a", "x")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        with ReviewStore.open(config.state, "someone-else") as store:
            verdicts = sorted(i.verdict for i in store.items() if i.verdict)
        assert verdicts == ["accepted", "rejected"]


async def test_search_keeps_every_letter(make_app):
    app = make_app(articles())
    async with app.run_test(size=SIZE) as pilot:
        await burst(pilot, "slash", *"Marsh said")
        box = app.screen.query_one(SearchBox)
        assert box.value == "Marsh said"
        assert app.screen.query_one("#source").hl.query_text == "Marsh said"


async def test_actor_filter_gets_the_whole_word(make_app):
    app = make_app(articles())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")  # the actor list
        await burst(pilot, *"valdora")
        assert app.screen.query_one("#actor-filter", Input).value == "valdora"
        pane = app.screen.query_one("#actor-pane")
        assert [a.name for a in pane.shown] == ["Valdora"]


async def test_export_prompt_typed_in_one_go(make_app, tmp_path):
    app = make_app(articles())
    target = tmp_path / "typed.md"
    async with app.run_test(size=SIZE) as pilot:
        await burst(pilot, "e", "ctrl+u", *str(target), "enter")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert target.exists()


async def test_actor_filter_takes_bound_letters_after_the_first(make_app):
    """ "iraq": r (review) and q (quit) are reader keys, but they follow the filter's focus."""
    app = make_app(articles())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")
        await burst(pilot, *"iraq")
        assert app.is_running
        assert not isinstance(app.screen, ReviewScreen)
        assert app.screen.query_one("#actor-filter", Input).value == "iraq"


def test_split_escape_only_splits_unbound_alt_letters():
    from textual import events

    from briefing.tui.keygate import split_escape

    keys = [(k.key, k.character) for k in split_escape(events.Key("alt+j", "j"), {})]
    assert keys == [("escape", "\x1b"), ("j", "j")]
    bound = split_escape(events.Key("alt+j", "j"), {"alt+j": object()})
    assert [k.key for k in bound] == ["alt+j"]
    assert [k.key for k in split_escape(events.Key("alt+left", None), {})] == ["alt+left"]
