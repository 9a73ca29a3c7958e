"""What the source pane highlights, as offsets: layers, search matches, mention targets.

No textual here: the source widget renders these spans and scrolls to the spans
this state picks, so the rules are testable without a terminal.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from briefing.model import Article, Mention, Statement
from briefing.regexsafe import problem

HEADING_STYLE = "bold $primary"
MAX_MATCHES = 10_000

# Layers, lowest first: later layers win where styles overlap.
LAYERS = (
    "rule",
    "heading",
    "keypoint",
    "statement",
    "cue",
    "speaker",
    "mention",
    "current",
    "cursor",
    "selected",
    "match",
    "focus",
)
# Layers that belong to one view of an article (cleared when an article is shown).
TRANSIENT = ("current", "cursor", "selected", "match", "focus")

Span = tuple[int, int, str]


class Layer:
    """Styled spans of one kind, sorted by start, queried by line range."""

    __slots__ = ("spans", "starts", "longest")

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _, _ in self.spans]
        self.longest = max((e - s for s, e, _ in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans that overlap ``[start, end)``, by start."""
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_left(self.starts, end)
        return [span for span in self.spans[first:last] if span[1] > start]


def pattern_spans(pattern: re.Pattern[str], text: str, style: str) -> list[Span]:
    """Non-empty matches of ``pattern`` in ``text`` (at most :data:`MAX_MATCHES`)."""
    out = []
    for n, match in enumerate(pattern.finditer(text)):
        if n >= MAX_MATCHES:
            break
        if match.end() > match.start():
            out.append((match.start(), match.end(), style))
    return out


def statement_layers(statements: Iterable[Statement]) -> dict[str, Layer]:
    """The ``statement`` (contents), ``cue`` and ``speaker`` layers of ``statements``."""
    contents: list[Span] = []
    cues: list[Span] = []
    speakers: list[Span] = []
    for st in statements:
        contents.extend((c.start, c.end, "statement") for c in st.contents if c.end > c.start)
        if st.cue.end > st.cue.start:
            cues.append((st.cue.start, st.cue.end, "cue"))
        span = st.speaker_span
        if span is not None and span.end > span.start:
            speakers.append((span.start, span.end, "speaker"))
    return {"statement": Layer(contents), "cue": Layer(cues), "speaker": Layer(speakers)}


class Highlights:
    """The highlight state of one shown article.

    ``rules`` are ``(pattern, style)`` pairs from the config. Targets are what
    ``n``/``N`` walk: the search matches if there is a query, else the selected
    actor's mentions.
    """

    def __init__(self, rules: Iterable[tuple[str, str]] = ()) -> None:
        # The config refuses unsafe rules already; a rule given some other way that could
        # backtrack catastrophically (briefing.regexsafe) is never run on the UI thread.
        self.rules = [(re.compile(p), style) for p, style in rules if problem(p) is None]
        self.layers: dict[str, Layer] = {name: Layer([]) for name in LAYERS}
        self.owners = Layer([])  # (start, end, actor id) of every mention
        self.kp_rank: dict[int, int] = {}
        self.text = ""
        self.query_text = ""
        self.matches: list[tuple[int, int]] = []
        self.mentions: tuple[Mention, ...] = ()
        self.targets: list[tuple[int, int]] = []
        self.target_kind = ""
        self.target_index = -1
        self.current: tuple[int, int] | None = None
        self.visible: tuple[str, list[int]] | None = None

    def load(self, article: Article, text: str) -> None:
        """Build the layers of ``article`` (shown as ``text``) and clear the rest."""
        self.text = text
        self.visible = None
        self.matches, self.query_text, self.mentions, self.current = [], "", (), None
        self.kp_rank = {kp.start: rank for rank, kp in enumerate(article.key_points, 1)}
        rule_spans = [
            s for pattern, style in self.rules for s in pattern_spans(pattern, text, style)
        ]
        headings = []
        for section in article.sections:
            if not section.generated:
                line_end = text.find("\n", section.start)
                end = len(text) if line_end < 0 else line_end
                headings.append((section.start, end, HEADING_STYLE))
        mentions = [(m.start, m.end, actor) for actor in article.actors for m in actor.mentions]
        self.layers["rule"] = Layer(rule_spans)
        self.layers["heading"] = Layer(headings)
        self.layers["keypoint"] = Layer((kp.start, kp.end, "keypoint") for kp in article.key_points)
        self.layers.update(statement_layers(article.statements))
        self.layers["mention"] = Layer((s, e, actor.kind) for s, e, actor in mentions)
        self.owners = Layer((s, e, actor.id) for s, e, actor in mentions)
        for name in TRANSIENT:
            self.layers[name] = Layer([])
        self.set_targets()

    def set_visible(self, text: str, offsets: list[int]) -> None:
        """Search the drawn ``text`` (Markdown without its markup) instead of the source.

        ``offsets[i]`` is the source offset of ``text[i]``; matches map back through it.
        """
        self.visible = (text, offsets)

    def spans(self, start: int, end: int) -> list[Span]:
        """``(start, end, style)`` of every layer over ``[start, end)``, lowest layer first."""
        out = []
        for name in LAYERS:
            for s, e, style in self.layers[name].overlapping(start, end):
                out.append((max(s, start), min(e, end), style))
        return out

    def owner_at(self, offset: int) -> str | None:
        """The id of the actor whose mention holds ``offset``, if any."""
        for start, end, actor_id in self.owners.overlapping(offset, offset + 1):
            if start <= offset < end:
                return actor_id
        return None

    # ------------------------------------------------------------ selections

    def select_mentions(self, mentions: tuple[Mention, ...]) -> None:
        """Emphasise ``mentions`` (a selected actor's); they become the targets."""
        self.mentions = mentions
        self.layers["selected"] = Layer((m.start, m.end, "selected") for m in mentions)
        self.set_targets()

    def set_current(self, span: tuple[int, int] | None) -> None:
        """Mark ``span`` as the current key point (None drops it)."""
        self.current = span
        self.layers["current"] = Layer([(*span, "current")] if span else [])

    def search(self, query: str, top: int = 0) -> int | None:
        """Match ``query`` case-insensitively; return the first target at or after ``top``.

        None when nothing matches (or the query is empty).
        """
        self.query_text = query
        self.matches = []
        if query:
            pattern = re.compile(re.escape(query), re.IGNORECASE)
            if self.visible is None:
                self.matches = [(s, e) for s, e, _ in pattern_spans(pattern, self.text, "")]
            else:
                drawn, offsets = self.visible
                found = pattern_spans(pattern, drawn, "")
                self.matches = sorted({(offsets[s], offsets[e - 1] + 1) for s, e, _ in found})
        self.layers["match"] = Layer((s, e, "match") for s, e in self.matches)
        self.set_targets()
        if not self.matches:
            return None
        first = bisect_left(self.matches, (top, 0))
        return first if first < len(self.matches) else 0

    def set_targets(self) -> None:
        """Make the matches (else the selected mentions) what ``n``/``N`` walk."""
        if self.matches:
            self.targets, self.target_kind = list(self.matches), "match"
        elif self.mentions:
            self.targets = [(m.start, m.end) for m in self.mentions]
            self.target_kind = "mention"
        else:
            self.targets, self.target_kind = [], ""
        self.target_index = -1
        self.layers["focus"] = Layer([])

    def goto(self, index: int) -> tuple[int, int] | None:
        """Focus target ``index`` (wrapping); return its span, None without targets."""
        if not self.targets:
            return None
        self.target_index = index % len(self.targets)
        start, end = self.targets[self.target_index]
        self.layers["focus"] = Layer([(start, end, "focus")])
        return start, end

    def step(self, step: int) -> int | None:
        """The target index ``step`` away from the focused one (None without targets)."""
        if not self.targets:
            return None
        if self.target_index < 0:
            return 0 if step > 0 else -1
        return self.target_index + step

    @property
    def counter(self) -> str:
        """``3 matches``, ``mention 2/5``... for the pane's border."""
        total = len(self.targets)
        if not total:
            return "no matches" if self.query_text else ""
        label = self.target_kind
        if self.target_index >= 0:
            return f"{label} {self.target_index + 1}/{total}"
        plural = total > 1 and label in ("match", "mention")
        return f"{total} {label}{('es' if label == 'match' else 's') if plural else ''}"
