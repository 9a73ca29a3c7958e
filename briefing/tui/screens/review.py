"""Review mode: walk every key point, give verdicts and notes, each stored in key order.

The left pane shows the current key point (and the article's other points with
their verdicts, and any orphaned notes); the source pane shows the article with
the key point's sentence highlighted and a sentence cursor (``J``/``K`` or the
arrow keys) for ``m`` (make the sentence a key point) and ``M`` (remove one you
added).
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, ProgressBar, Static

from briefing.config import Config
from briefing.state import StateError
from briefing.state.session import ReviewSession
from briefing.tui.screens.changes import QueuedChanges
from briefing.tui.screens.notes import (
    NoteScreen,
    ReviewSummaryScreen,
    orphan_lines,
    sentence_text,
    verdict_label,
)
from briefing.tui.text import clean_line
from briefing.tui.widgets.cursor import ReviewSource
from briefing.tui.widgets.keys import action_binding
from briefing.tui.widgets.source import SourceView
from briefing.tui.widgets.status import SaveStatus
from briefing.tui.widgets.summary import heading

# Help rows of review mode: (label with the default keys, description, actions).
# The label is hand-written for the defaults; rebound keys are shown as configured.
REVIEW_HELP = [
    ("a", "Accept the key point", ("review_accept",)),
    ("x", "Reject the key point", ("review_reject",)),
    ("f", "Flag the key point for follow-up", ("review_flag",)),
    ("c", "Add or edit the note (ctrl+s saves, escape cancels)", ("review_note",)),
    ("u", "Undo the last change of this session", ("review_undo",)),
    ("s", "Skip to the next unreviewed key point", ("review_skip",)),
    ("j / k", "Next / previous key point", ("review_next", "review_previous")),
    (
        "J / K, down / up",
        "Move the sentence cursor in the source",
        ("review_cursor_down", "review_cursor_up"),
    ),
    ("m", "Make the cursor's sentence a key point", ("review_mark",)),
    ("M", "Remove a key point you added (at the cursor)", ("review_unmark",)),
    ("space / b", "Page the source down / up", ("review_page_down", "review_page_up")),
    ("S", "Review summary (counts, flagged, export)", ("review_summary",)),
    ("e", "Export Markdown (with verdicts and notes)", ("export",)),
    ("escape / r", "Back to the reader", ("review_leave",)),
]

MARKS = {"accepted": "✓", "rejected": "✗", "flagged": "⚑", None: "·"}


class ReviewScreen(QueuedChanges, Screen[None]):
    """The review walk over a :class:`ReviewSession`."""

    CSS_PATH = "review.tcss"

    BINDINGS = [
        action_binding("review_accept", "verdict('accepted')"),
        action_binding("review_reject", "verdict('rejected')"),
        action_binding("review_flag", "verdict('flagged')"),
        action_binding("review_note", "note"),
        action_binding("review_undo", "undo"),
        action_binding("review_skip", "skip"),
        action_binding("review_next", "move(1)"),
        action_binding("review_previous", "move(-1)"),
        action_binding("review_cursor_down", "cursor(1)", show=False),
        action_binding("review_cursor_up", "cursor(-1)", show=False),
        action_binding("review_mark", "mark"),
        action_binding("review_unmark", "unmark"),
        action_binding("review_page_down", "page(1)", show=False),
        action_binding("review_page_up", "page(-1)", show=False),
        action_binding("review_summary", "summary"),
        action_binding("review_leave", "leave"),
    ]

    def __init__(
        self,
        session: ReviewSession,
        config: Config,
        total: int,
        leave: Callable[[int | None], None],
        export: Callable[[], None],
    ) -> None:
        """``total`` is how many files the reader has; ``export`` writes the Markdown."""
        super().__init__(id="review")
        self.session = session
        self.config = config
        self.total = total
        self._leave = leave
        self._export = export
        self.shown: int | None = None  # reader index of the article in the source pane

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="review-main"):
            with Vertical(id="review-left"):
                yield Static(id="rv-progress")
                yield ProgressBar(id="rv-bar", show_eta=False, show_percentage=True)
                with VerticalScroll(id="rv-body"):
                    yield Static(id="rv-point")
                    yield Static(id="rv-note")
                    yield Static(id="rv-article")
                    yield Static(id="rv-points")
                    yield Static(id="rv-orphans")
            yield ReviewSource(self.config.highlight, self.config.highlight_rules, id="rv-source")
        yield SaveStatus(id="save-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#review-left").border_title = "Review"
        self.query_one("#rv-source").border_title = "Source"
        self.show_current(remember=False)
        self.call_after_refresh(self.on_resize)  # the list fits the laid-out width

    def on_resize(self) -> None:
        if self.session.current is not None:
            _, _, point = self.session.current
            self._show_points(self.session.current[0], point.sentence)

    @property
    def source(self) -> ReviewSource:
        return self.query_one("#rv-source", ReviewSource)

    @on(SourceView.AtEnd)
    def _at_end(self, event: SourceView.AtEnd) -> None:
        event.stop()  # reading marks come from the reader's own source pane

    # ---------------------------------------------------------------- showing

    def show_current(self, remember: bool = True) -> None:
        """Show the current key point in both panes (and remember it as the resume point)."""
        session = self.session
        done, total = session.progress()
        self.query_one("#rv-progress", Static).update(Content(f"{done}/{total} reviewed"))
        self.query_one("#rv-bar", ProgressBar).update(total=max(total, 1), progress=done)
        current = session.current
        view = self.source
        if current is None:
            self.query_one("#rv-point", Static).update(
                Content(
                    "No key points to review. J/K move the sentence cursor; m makes the "
                    "sentence a key point."
                )
            )
            if session.articles and view.article is None:
                self.shown = next(iter(session.articles))
                view.show_article(session.articles[self.shown])
                view.set_cursor(0)
            return
        index, article, point = current
        self.shown = index
        if view.article is not article:
            view.show_article(article)
        view.set_added(tuple(session.added_sentences(index)))
        span = article.sentences[point.sentence]
        view.show_span(span.start, span.end)
        view.set_cursor(point.sentence)
        self.app.sub_title = clean_line(
            f"review · article {index + 1}/{self.total} · "
            f"key point {session.position + 1}/{len(session.order)}"
        )
        title, dek, meta = heading(article)
        self.query_one("#rv-article", Static).update(
            Content("\n").join([c for c in (title, dek, meta) if c.plain])
        )
        if point.added:
            label = Content("Key point you added").stylize("bold $accent")
        else:
            rank = article.key_points.index(point.key_point) + 1 if point.key_point else 0
            label = Content(f"Key point #{rank}").stylize("bold $accent")
        self.query_one("#rv-point", Static).update(
            Content.assemble(
                label,
                "  ",
                verdict_label(point.verdict),
                "\n",
                Content(sentence_text(article, point.sentence)).stylize("bold"),
            )
        )
        note = point.item.note if point.item else ""
        self.query_one("#rv-note", Static).update(
            Content.assemble(
                ("Note: ", "bold"), "\n".join(clean_line(line) for line in note.split("\n"))
            )
            if note
            else Content("No note (c adds one)").stylize("$text-muted")
        )
        self._show_points(index, point.sentence)
        self._show_orphans(index)
        self.query_one("#rv-body", VerticalScroll).scroll_home(animate=False)
        if remember:
            self._run(session.remember, render=False)

    def _show_points(self, index: int, current: int) -> None:
        article = self.session.articles[index]
        box = self.query_one("#rv-points", Static)
        width = max(12, (box.content_size.width or 40) - 4)
        lines = [Content("This article's key points").stylize("bold $text-muted")]
        for sentence, point in sorted(self.session.points[index].items()):
            pointer = "▶ " if sentence == current else "  "
            text = sentence_text(article, sentence)
            text = text if len(text) <= width else text[: width - 1] + "…"
            lines.append(
                Content.assemble(pointer, (MARKS.get(point.verdict, "?"), "bold"), f" {text}")
            )
        self.query_one("#rv-points", Static).update(Content("\n").join(lines))

    def _show_orphans(self, index: int) -> None:
        box = self.query_one("#rv-orphans", Static)
        try:
            found = self.session.orphans(index)
        except StateError as exc:
            self.app.notify(str(exc), severity="error", markup=False)
            found = []
        box.display = bool(found)
        if found:
            head = Content(f"Orphaned ({len(found)}): sentence no longer in the article").stylize(
                "bold $warning"
            )
            box.update(Content("\n").join([head, *orphan_lines([(None, item) for item in found])]))

    # ---------------------------------------------------------------- writing
    # Every change to the session runs on the writer thread, in key order (QueuedChanges).

    def action_verdict(self, verdict: str) -> None:
        def change() -> bool:
            self.session.set_verdict(verdict)
            return self.session.next_unreviewed()

        def shown(moved: object) -> None:
            if not moved and self.idle:
                self.show_current()
                self.action_summary(finished=True)

        self._run(change, shown)

    def action_note(self) -> None:
        def open_editor() -> None:
            current = self.session.current
            if current is None:
                return
            _, article, point = current
            note = point.item.note if point.item else ""
            self.app.push_screen(NoteScreen(note, sentence_text(article, point.sentence)), saved)

        def saved(text: str | None) -> None:
            if text is None:
                return

            def stored(_: object) -> None:
                self.app.notify("Note saved" if text else "Note removed", timeout=1.5)

            self._run(lambda: self.session.set_note(text), stored)

        self._after_queued(open_editor)

    def action_undo(self) -> None:
        def done(undone: object) -> None:
            if undone:
                self.app.notify("Undone", timeout=1.5)
            else:
                self.app.notify("Nothing to undo in this session", timeout=2)

        self._run(self.session.undo, done)

    def action_skip(self) -> None:
        session = self.session

        def change() -> bool:
            before = session.position
            if session.next_unreviewed() and session.position != before:
                return True
            return session.move(1)

        def shown(moved: object) -> None:
            if not moved:
                self.action_summary(finished=session.counts()["unreviewed"] == 0)

        self._run(change, shown)

    def action_move(self, step: int) -> None:
        def shown(moved: object) -> None:
            if moved:
                return
            if step > 0:
                self.action_summary(finished=self.session.counts()["unreviewed"] == 0)
            else:
                self.app.notify("First key point", timeout=1.5)

        self._run(lambda: self.session.move(step), shown)

    def action_cursor(self, step: int) -> None:
        self.source.move_cursor(step)

    def action_page(self, step: int) -> None:
        view = self.source
        height = max(1, view.scrollable_content_region.height - 1)
        view.scroll_to(y=view.scroll_y + step * height, animate=False, immediate=True)

    def action_mark(self) -> None:
        index, sentence = self.shown, self.source.cursor
        if index is None or sentence is None:
            return

        def done(added: object) -> None:
            if added:
                self.app.notify("Sentence added as a key point", timeout=1.5)
            else:
                self.app.notify("That sentence is already a key point", timeout=2)

        self._run(lambda: self.session.add(index, sentence), done)

    def action_unmark(self) -> None:
        index, sentence = self.shown, self.source.cursor
        if index is None or sentence is None:
            return

        def done(removed: object) -> None:
            if removed:
                self.app.notify("Added key point removed", timeout=1.5)
            else:
                self.app.notify("Only a key point you added (m) can be removed", timeout=2)

        self._run(lambda: self.session.remove(index, sentence), done)

    def action_summary(self, finished: bool = False) -> None:
        if not self.idle:  # show the counts once the queued changes are in
            self._after_queued(lambda: self.action_summary(finished))
            return
        try:
            orphans = self.session.all_orphans()
        except StateError as exc:
            self.app.notify(str(exc), severity="error", markup=False)
            orphans = []

        def closed(choice: str | None) -> None:
            if choice == "reader":
                self.action_leave()

        screen = ReviewSummaryScreen(
            dict(self.session.counts()), self.session.flagged(), orphans, finished, self._export
        )
        self.app.push_screen(screen, closed)

    def action_leave(self) -> None:
        def leave() -> None:
            current = self.session.current
            self._leave(current[0] if current else None)

        self._after_queued(leave)
