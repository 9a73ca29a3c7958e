"""Read marks and review mode for the reader (mixed into the app)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from briefing.model import Article, LoadError
from briefing.tui.state import StateLink

if TYPE_CHECKING:
    from textual.screen import Screen

# App actions that act on the reader's own panes: off while reviewing.
READER_ONLY = {
    "next_article",
    "previous_article",
    "articles",
    "search",
    "next_mention",
    "previous_mention",
    "resize",
    "toggle_read",
    "review",
    "next_pane",
    "previous_pane",
}


class ReviewMixin:
    """Mixed into :class:`~briefing.tui.app.BriefingApp` (``state``, ``items``, ``main``...)."""

    state: StateLink
    items: list[Article | LoadError | None]
    index: int
    main: Screen

    # ------------------------------------------------------------------ read marks

    def article_id(self, index: int) -> str | None:
        """The article id of item ``index``, if known (None for load errors)."""
        item = self.items[index]
        if isinstance(item, Article):
            return item.id
        if item is None:
            # Pipeline ids are known before parsing.
            ids = getattr(self.loader, "ids", None)
            return ids[index] if ids is not None else None
        return None

    def is_read(self, index: int) -> bool:
        """Whether item ``index`` is marked read (load errors count as read)."""
        if isinstance(self.items[index], LoadError):
            return True
        article_id = self.article_id(index)
        return article_id is not None and self.state.is_read(article_id)

    def set_read(self, index: int, read: bool = True) -> None:
        """Mark item ``index`` read or unread (saved through the store at once)."""
        article_id = self.article_id(index)
        if article_id is not None and not isinstance(self.items[index], LoadError):
            self.state.mark_read(article_id, read)

    def toggle_read(self, index: int) -> bool:
        """Flip the read mark of item ``index``; return the new state."""
        read = not self.is_read(index)
        self.set_read(index, read)
        return self.is_read(index)

    def action_toggle_read(self) -> None:
        """Mark the current article read or unread (shown in the article list)."""
        if self.index < 0 or isinstance(self.items[self.index], LoadError):
            return
        read = self.toggle_read(self.index)
        self.notify("Marked read" if read else "Marked unread", timeout=1.5)

    def _state_problem(self, message: str) -> None:
        self.notify(message, severity="error", timeout=8, markup=False)

    # ----------------------------------------------------------------- review mode

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Reader-only actions are off while the review screen is open."""
        if action in READER_ONLY and self.reviewing:
            return False
        return True

    @property
    def reviewing(self) -> bool:
        """True while the review screen is on the stack."""
        return any(screen.id == "review" for screen in self.screen_stack)  # ReviewScreen

    def action_review(self) -> None:
        """Open review mode over every article (parsing the rest first if needed)."""
        if self.reviewing:
            return
        if self.state.get(create=True) is None:
            self.notify(
                f"Review needs the state file {self.config.state}: "
                f"{self.state.error or 'unavailable'}",
                severity="error",
                timeout=8,
                markup=False,
            )
            return
        if any(item is None for item in self.items):
            self.notify("Parsing every article before the review…", timeout=3)
            self._parse_for_review()
        else:
            self.open_review()

    @work(thread=True, exclusive=True, group="review")
    def _parse_for_review(self) -> None:
        for index in range(len(self.items)):
            self.get_item(index)
        self.call_from_thread(self.open_review)

    def open_review(self) -> None:
        """Build the session (resuming where the reviewer stopped) and show it."""
        store = self.state.get(create=True)
        if store is None or self.reviewing:
            return
        from briefing.state import StateError
        from briefing.tui.screens.review import ReviewScreen
        from briefing.tui.session import ReviewSession

        articles = {i: item for i, item in enumerate(self.items) if isinstance(item, Article)}
        try:
            session = ReviewSession(store, articles)
            session.resume()
        except StateError as exc:
            self._state_problem(f"Cannot review: {exc}")
            return
        self.push_screen(ReviewScreen(session, self.leave_review))

    def leave_review(self, index: int | None) -> None:
        """Close review mode and show article ``index`` in the reader."""
        while self.reviewing:
            self.pop_screen()
        if index is not None:
            self.show_index(index)
        else:
            self.show_index(max(0, self.index))
