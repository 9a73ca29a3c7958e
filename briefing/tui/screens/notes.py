"""Review dialogs: the note editor and the end-of-review summary."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static, TextArea

from briefing.model import Article
from briefing.state.review import PointReview
from briefing.state.store import ReviewItem
from briefing.tui.text import clean_line

VERDICT_LABELS = {
    "accepted": "✓ accepted",
    "rejected": "✗ rejected",
    "flagged": "⚑ flagged",
    None: "· unreviewed",
}
VERDICT_STYLES = {
    "accepted": "bold $success",
    "rejected": "bold $error",
    "flagged": "bold $warning",
    None: "$text-muted",
}


def verdict_label(verdict: str | None) -> Content:
    """The verdict as a short coloured label."""
    return Content(VERDICT_LABELS.get(verdict, str(verdict))).stylize(
        VERDICT_STYLES.get(verdict, "")
    )


def sentence_text(article: Article, sentence: int) -> str:
    """One line of the text of sentence ``sentence`` of ``article``."""
    span = article.sentences[sentence]
    return clean_line(" ".join(span.text_of(article.text).split()))


def orphan_lines(items: list[tuple[Article | None, ReviewItem]]) -> list[Content]:
    """Lines listing orphaned review items (their sentence is gone from the article)."""
    out = []
    for article, item in items:
        where = f"{clean_line(article.heading)}: " if article is not None else ""
        quote = clean_line(" ".join((item.anchor.quote or item.anchor.text).split()))
        note = f" — note: {clean_line(item.note)}" if item.note else ""
        out.append(Content.assemble("  ", verdict_label(item.verdict), f" {where}“{quote}”{note}"))
    return out


class NoteScreen(ModalScreen[str | None]):
    """A multi-line note editor; ctrl+s saves (dismisses with the text), escape cancels."""

    DEFAULT_CSS = """
    NoteScreen { align: center middle; }
    #note-box { width: 70%; max-width: 90; height: 60%; border: round $accent; padding: 0 1;
                background: $surface; }
    #note-about { height: auto; max-height: 3; margin-bottom: 1; }
    #note-text { height: 1fr; }
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", priority=True),
        Binding("escape", "cancel", "Cancel", priority=True),
    ]

    def __init__(self, note: str, about: str) -> None:
        super().__init__()
        self.note = note
        self.about = about

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            yield Static(Content(self.about).stylize("italic"), id="note-about")
            yield TextArea(self.note, id="note-text", soft_wrap=True, show_line_numbers=False)
            yield Static(Content("ctrl+s saves · escape cancels").stylize("$text-muted"))
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#note-box").border_title = "Note"
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class ReviewSummaryScreen(ModalScreen[str | None]):
    """Counts per verdict, the flagged points and orphans; ``e`` exports.

    Dismisses with ``"reader"`` to leave review mode, None to go back to reviewing.
    """

    DEFAULT_CSS = """
    ReviewSummaryScreen { align: center middle; }
    #summary-body { width: 80%; max-width: 100; height: auto; max-height: 80%;
                    border: round $accent; padding: 0 1; background: $surface; }
    """

    BINDINGS = [
        Binding("e", "export", "Export reviewed Markdown"),
        Binding("escape", "dismiss(None)", "Back to review"),
        Binding("r", "dismiss('reader')", "Back to the reader"),
        Binding("j,down", "scroll('down')", show=False),
        Binding("k,up", "scroll('up')", show=False),
    ]

    def __init__(
        self,
        counts: dict[str, int],
        flagged: list[tuple[Article, PointReview]],
        orphans: list[tuple[Article, ReviewItem]],
        finished: bool,
        export: Callable[[], None],
    ) -> None:
        """``export`` writes the reviewed Markdown (the ``e`` key)."""
        super().__init__()
        self.export = export
        self.counts = counts
        self.flagged = flagged
        self.orphans = orphans
        self.finished = finished

    def compose(self) -> ComposeResult:
        total = sum(self.counts.values())
        done = total - self.counts.get("unreviewed", 0)
        head = "Every key point is reviewed." if self.finished else "Review so far."
        lines = [Content(head).stylize("bold"), Content(f"{done}/{total} reviewed"), Content("")]
        for verdict in ("accepted", "rejected", "flagged", None):
            key = verdict or "unreviewed"
            lines.append(Content.assemble(verdict_label(verdict), f"  {self.counts.get(key, 0)}"))
        lines += [Content(""), Content(f"Flagged ({len(self.flagged)})").stylize("bold")]
        for article, point in self.flagged:
            note = point.item.note if point.item else ""
            lines.append(
                Content(
                    f"  ⚑ {clean_line(article.heading)}: “{sentence_text(article, point.sentence)}”"
                )
            )
            if note:
                lines.append(Content(f"      note: {clean_line(note)}").stylize("$text-muted"))
        if not self.flagged:
            lines.append(Content("  none").stylize("$text-muted"))
        if self.orphans:
            lines += [
                Content(""),
                Content(
                    f"Orphaned ({len(self.orphans)}): their sentence is no longer in the article"
                ).stylize("bold $warning"),
            ]
            lines += orphan_lines(list(self.orphans))
        lines += [
            Content(""),
            Content(
                "e exports the reviewed Markdown · escape returns to "
                "the review · r returns to the reader"
            ).stylize("$text-muted"),
        ]
        with VerticalScroll(id="summary-body"):
            yield Static(Content("\n").join(lines), id="summary-text")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#summary-body").border_title = "Review summary"

    def action_export(self) -> None:
        self.export()

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#summary-body", VerticalScroll)
        body.scroll_down() if direction == "down" else body.scroll_up()
