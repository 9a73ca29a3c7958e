"""Hand-built articles and a small loader for the reader's tests (no analysis needed)."""

from __future__ import annotations

import re
from pathlib import Path

from briefing.model import (
    Actor,
    Article,
    KeyPoint,
    Mention,
    Paragraph,
    Section,
    Sentence,
)
from briefing.tui.widgets.source import SourceView

SUMMIT = [
    "Harbour ministers met in Valdora on Tuesday to agree a shared plan for the northern ports. "
    "The Port Authority said the talks ran late into the night.",
    "Minister Elena Marsh told reporters that the plan would cut waiting times by half. "
    "Marsh said funding would come from the Coastal Fund over five years.",
    "Officials from Norland joined the talks for the first time. "
    "The Norlandic delegation asked for a seat on the steering board.",
    "Critics in Valdora warned that smaller harbours could lose trade. "
    "The Fishers Union called the plan rushed and said it would protest.",
    "The Port Authority will publish the full text next week. "
    "Marsh is expected to present it to parliament in the spring.",
]

ACTORS = {
    "Elena Marsh": ("person", ("minister",), [("Elena Marsh", "name"), ("Marsh", "surname")]),
    "Port Authority": ("organization", (), [("Port Authority", "name")]),
    "Valdora": ("place", (), [("Valdora", "name")]),
    "Norland": ("country", (), [("Norland", "name"), ("Norlandic", "demonym")]),
    "Fishers Union": ("group", ("critic",), [("Fishers Union", "name")]),
}

KEYPOINTS = [
    "Minister Elena Marsh told reporters that the plan would cut waiting times by half.",
    "Harbour ministers met in Valdora on Tuesday to agree a shared plan for the northern ports.",
    "The Fishers Union called the plan rushed and said it would protest.",
]

MARKUP = [
    "This line has [bold]not bold[/] text and [@click=quit]a fake link[/] inside.",
    "Escape here: \x1b[31mred?\x1b[0m and a bell \x07 and [$accent]var[/].",
    "Marsh said nothing about [red]colour[/red].",
]


def build_article(
    ident: str,
    title: str,
    paragraphs: list[str],
    *,
    actors=None,
    keypoints=(),
    sections=(),
    dek: str = "",
    blank_lines: bool = True,
    date: str | None = "2024-07-10",
) -> Article:
    """Build an Article with real offsets from written paragraphs.

    ``sections`` is ``[(title, first paragraph index), ...]`` (generated sections).
    """
    sep = "\n\n" if blank_lines else "\n"
    text = sep.join(paragraphs) + "\n"
    paras, sentences = [], []
    pos = 0
    for i, para in enumerate(paragraphs):
        paras.append(Paragraph(pos, pos + len(para)))
        for match in re.finditer(r"[^.!?]+[.!?]+\s*", para):
            body = match.group().rstrip()
            sentences.append(Sentence(pos + match.start(), pos + match.start() + len(body), i))
        pos += len(para) + len(sep)
    kps = []
    for sentence_text in keypoints:
        start = text.index(sentence_text)
        index = next(i for i, s in enumerate(sentences) if s.start == start)
        kps.append(
            KeyPoint(start, start + len(sentence_text), index, sentence_text, 1.0 - 0.1 * len(kps))
        )
    actor_list = []
    for n, (name, (kind, roles, forms)) in enumerate((actors or {}).items()):
        mentions = []
        for surface, reason in forms:
            for match in re.finditer(re.escape(surface) + r"\b", text):
                if any(m.start <= match.start() < m.end for m in mentions):
                    continue
                mentions.append(Mention(match.start(), match.end(), surface, reason))
        mentions.sort(key=lambda m: m.start)
        actor_list.append(
            Actor(
                f"a{n}",
                name,
                kind,
                roles,
                tuple(f for f, _ in forms),
                tuple(mentions),
                salience=len(mentions) + 0.01 * (10 - n),
            )
        )
    secs = []
    bounds = [paras[i].start for _, i in sections] + [len(text)]
    for (stitle, _), start, end in zip(sections, bounds, bounds[1:], strict=False):
        secs.append(Section(start, end, stitle, 1, True))
    if not secs:
        secs = [Section(0, len(text), "", 1, True)]
    return Article(
        id=ident,
        path=f"{ident}.txt",
        text=text,
        title=title,
        dek=dek,
        category="World",
        date=date,
        source="Test Wire",
        first_line=3,
        paragraphs=tuple(paras),
        sentences=tuple(sentences),
        sections=tuple(secs),
        key_points=tuple(kps),
        actors=tuple(actor_list),
    )


def summit_article() -> Article:
    return build_article(
        "summit",
        "Ports plan agreed in Valdora",
        SUMMIT,
        actors=ACTORS,
        keypoints=KEYPOINTS,
        dek="Ministers back a five-year harbour plan.",
        sections=[("The talks", 0), ("Reactions", 2)],
    )


def long_article(paragraph_count: int = 80) -> Article:
    paragraphs = [
        f"Paragraph {i} begins here. " + SUMMIT[i % len(SUMMIT)] for i in range(paragraph_count)
    ]
    kp = f"Paragraph {paragraph_count - 1} begins here."
    return build_article(
        "long",
        "A long report on the ports",
        paragraphs,
        actors=ACTORS,
        keypoints=[kp],
        blank_lines=False,
        sections=[("Opening", 0), ("Later", paragraph_count // 2)],
    )


def markup_article() -> Article:
    return build_article(
        "markup",
        "[bold]Not a title tag[/] \x1b[2J",
        MARKUP,
        actors={"Elena Marsh": ACTORS["Elena Marsh"]},
    )


class FakeLoader:
    """The loader interface over prepared items (Articles or LoadErrors)."""

    def __init__(self, items: list, title: str | None = "Test briefing") -> None:
        self.items = items
        self.files = [(Path(getattr(item, "path", "x.txt")), None) for item in items]
        self.ids = [getattr(item, "id", None) for item in items]
        self._title = title
        self.loaded: list[int] = []

    def load(self, index: int):
        self.loaded.append(index)
        return self.items[index]

    def title(self, first):
        return self._title or (first.heading if first else "Briefing")


SIZE = (120, 40)


def source(app) -> SourceView:
    return app.screen.query_one(SourceView)


def is_visible(view: SourceView, offset: int) -> bool:
    return view.line_of(offset) in view.visible_lines()


def styles_at(view: SourceView, offset: int) -> set[str]:
    """Layer styles covering ``offset`` on its display line."""
    line = view.line_of(offset)
    return {style for start, end, style in view.line_spans(line) if start <= offset < end}


def flush(link, timeout: float = 10.0) -> None:
    """Wait until the state link's writer thread has stored every queued change."""
    import time

    deadline = time.monotonic() + timeout
    while not link.writer.idle:
        if time.monotonic() > deadline:
            raise AssertionError(f"{link.writer.pending} writes still pending after {timeout} s")
        time.sleep(0.01)


def stored_read(link, article_id: str) -> bool:
    """Whether the state file (read afresh, after the writer is done) marks ``article_id`` read."""
    from briefing.state import ReviewStore

    flush(link)
    if not link.config.state.exists():
        return False
    with ReviewStore.open(link.config.state, "checker", readonly=True) as store:
        return store.is_read(article_id)


async def until(pilot, condition, timeout: float = 10.0) -> None:
    """Pause until ``condition()`` holds (the app opens review mode after a refresh, which
    a loaded machine can delay past one pause); fail after ``timeout`` seconds."""
    import time

    deadline = time.monotonic() + timeout
    await pilot.pause()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition still false after {timeout} s")
        await pilot.pause(0.02)
