"""The summary pane: headline, dek, meta line and the key points as a selectable list."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.model import Article
from briefing.tui.markdown_view import one_line
from briefing.tui.text import clean_line
from briefing.tui.widgets.keys import move_bindings

VERDICT_MARKS = {"accepted": "✓ ", "rejected": "✗ ", "flagged": "⚑ "}
# Key points the ranker is unsure of (``KeyPoint.confidence`` below this) are dimmed.
LOW_CONFIDENCE = 0.5
LOW_CONFIDENCE_STYLE = "$text-muted"

MOVE_BINDINGS: list[BindingType] = move_bindings(
    down="cursor_down",
    up="cursor_up",
    top="first",
    bottom="last",
    page_down="page_down",
    page_up="page_up",
)


def meta_line(article: Article) -> Content:
    """Return category · date · source · words · reading time for ``article``."""
    parts = article.meta_parts()
    return Content(" · ".join(clean_line(p) for p in parts)).stylize("$text-muted")


def warnings_line(article: Article) -> Content:
    """The article's warnings (``analysis tuned for English``...) on one line, or nothing."""
    if not article.warnings:
        return Content("")
    text = "⚠ " + " · ".join(clean_line(w) for w in article.warnings)
    return Content(text).stylize("$text-warning")


def heading(article: Article) -> tuple[Content, Content, Content]:
    """Return the headline, dek and meta line of ``article`` as plain content."""
    title = Content(one_line(article, article.heading or article.path)).stylize("bold")
    dek = Content(clean_line(article.dek)).stylize("italic") if article.dek else Content("")
    return title, dek, meta_line(article)


class KeyPointList(OptionList):
    """Key points in document order; the rank is shown before each."""

    BINDINGS = [*MOVE_BINDINGS, Binding("enter", "select", "Show in source")]

    def show(
        self,
        article: Article,
        keypoint_style: str = "bold $accent",
        verdicts: dict[int, str] | None = None,
    ) -> None:
        """List the key points of ``article`` in document order.

        ``verdicts`` maps sentence index -> review verdict, shown as a mark. Key
        points with a confidence below :data:`LOW_CONFIDENCE` are dimmed.
        """
        ranked = list(enumerate(article.key_points, 1))
        ranked.sort(key=lambda item: item[1].start)
        options = []
        for rank, kp in ranked:
            body = kp.text or article.text[kp.start : kp.end]
            verdict = (verdicts or {}).get(kp.sentence)
            mark = VERDICT_MARKS.get(verdict, "") if verdict else ""
            line = Content(one_line(article, body))
            if kp.confidence < LOW_CONFIDENCE:
                line = line.stylize(LOW_CONFIDENCE_STYLE)
            prompt = Content.assemble((f"#{rank} ", keypoint_style), (mark, "bold"), line)
            options.append(Option(prompt, id=str(rank - 1)))
        self.set_options(options)
        if options:
            self.highlighted = 0

    @property
    def selected_index(self) -> int | None:
        """Index into ``Article.key_points`` of the highlighted option."""
        if self.highlighted is None or not self.option_count:
            return None
        return int(self.get_option_at_index(self.highlighted).id or 0)


class SummaryPane(Vertical):
    """Headline block plus the key point list."""

    ALLOW_MAXIMIZE = True
    DEFAULT_CSS = """
    SummaryPane > #warnings { height: auto; max-height: 3; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="headline")
        yield Static(id="dek")
        warnings = Static(id="warnings")
        warnings.display = False  # shown only for an article with warnings
        yield warnings
        yield Static(id="meta")
        yield Static(Content("Key points").stylize("bold $text-muted"), id="kp-label")
        yield KeyPointList(id="keypoints")
        yield Static(id="orphans")

    def show(
        self, article: Article, verdicts: dict[int, str] | None = None, orphans: list | None = None
    ) -> None:
        """Fill the pane from ``article``, with review verdicts and orphaned review items."""
        title, dek, meta = heading(article)
        self.query_one("#headline", Static).update(title)
        self.query_one("#dek", Static).update(dek)
        self.query_one("#dek").display = bool(dek)
        self.query_one("#meta", Static).update(meta)
        box = self.query_one("#warnings", Static)
        box.update(warnings_line(article))
        box.display = bool(article.warnings)
        count = len(article.key_points)
        label = f"Key points ({count}) · #rank" if count else "No key points"
        self.query_one("#kp-label", Static).update(Content(label).stylize("bold $text-muted"))
        self.query_one(KeyPointList).show(article, verdicts=verdicts)
        box = self.query_one("#orphans", Static)
        box.display = bool(orphans)
        if orphans:
            lines = [
                Content(
                    f"Orphaned review notes ({len(orphans)}): sentence no longer in the article"
                ).stylize("bold $warning")
            ]
            for item in orphans:
                quote = clean_line(" ".join((item.anchor.quote or item.anchor.text).split()))
                note = f" — {clean_line(item.note)}" if item.note else ""
                lines.append(Content(f"{item.verdict or 'no verdict'}: “{quote}”{note}"))
            box.update(Content("\n").join(lines))
