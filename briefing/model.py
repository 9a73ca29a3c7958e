"""The article model: every part carries ``[start, end)`` offsets into ``Article.text``.

``Article.text`` is exactly the text the source pane shows (the article body after
its header lines or front matter, decoded and cleaned). Highlighting, jump-to-source,
citations, review anchors and exports all point into it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Literal, TypeVar, get_args

WORDS_PER_MINUTE = 230
# Ideographs, kana and Hangul: scripts written without spaces, one word per character.
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def count_words(text: str) -> int:
    """Words in ``text``: whitespace-separated tokens, each CJK character counting as one."""
    if text.isascii():
        return len(text.split())
    cjk = len(_CJK_CHAR.findall(text))
    if not cjk:
        return len(text.split())
    return cjk + len(_CJK_CHAR.sub(" ", text).split())


_T = TypeVar("_T")
#: The ``__init__`` that :func:`dataclass` wrote for each class :func:`_quick_init` sped up.
GENERATED_INITS: dict[type, Callable[..., None]] = {}


def _quick_init(cls: type[_T]) -> type[_T]:
    """Give a frozen, slotted dataclass an ``__init__`` that stores each field through its
    slot's descriptor: the same object as the generated one, which goes through
    ``object.__setattr__`` per field and costs twice as much (the model builds hundreds of
    thousands of spans, mentions and actors per briefing)."""
    params, lines = [], []
    env: dict[str, Any] = {}
    for i, f in enumerate(fields(cls)):  # type: ignore[arg-type]
        if f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: default factories are not supported")
        params.append(f.name if f.default is MISSING else f"{f.name}=_d{i}")
        env[f"_d{i}"] = f.default
        env[f"_s{i}"] = getattr(cls, f.name).__set__
        lines.append(f"    _s{i}(self, {f.name})\n")
    src = f"def __init__(self, {', '.join(params)}) -> None:\n{''.join(lines) or '    pass'}"
    exec(src, env)  # noqa: S102 - code built from the field names above, as dataclass does
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    GENERATED_INITS[cls] = vars(cls)["__init__"]
    setattr(cls, "__init__", init)  # noqa: B010 - mypy refuses assigning to a method
    return cls


ActorKind = Literal["person", "organization", "country", "place", "group"]
ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)
# Why a mention joined its actor (see :class:`Mention`).
MentionReason = Literal[
    "name", "alias", "acronym", "surname", "title", "capital", "demonym", "reference"
]
# How much a mention counts towards salience by its reason (others count 1): a demonym
# or a reference names its actor less directly than a name does.
MENTION_WEIGHT: dict[str, float] = {"demonym": 0.5, "reference": 0.5}
StatementKind = Literal["direct", "mixed", "indirect"]
CueClass = Literal["speech", "state"]


@_quick_init
@dataclass(frozen=True, slots=True)
class Span:
    """A ``[start, end)`` range of character offsets into ``Article.text``."""

    start: int
    end: int

    def text_of(self, text: str) -> str:
        """Return the slice of ``text`` this span covers."""
        return text[self.start : self.end]


@_quick_init
@dataclass(frozen=True, slots=True)
class Paragraph(Span):
    """A paragraph of the body."""


@_quick_init
@dataclass(frozen=True, slots=True)
class Sentence(Span):
    """A sentence; ``paragraph`` is the index of the paragraph holding it."""

    paragraph: int = 0


@_quick_init
@dataclass(frozen=True, slots=True)
class Section(Span):
    """A run of paragraphs; sections tile ``[0, len(text))`` in order.

    ``generated`` is true for topical sections built by analysis (their title is
    not part of the text) and false for Markdown headings.
    """

    title: str = ""
    level: int = 1
    generated: bool = False


@_quick_init
@dataclass(frozen=True, slots=True)
class KeyPoint(Span):
    """A ranked sentence: ``sentence`` indexes ``Article.sentences``.

    The span is the sentence's, or a part of it: a list marker, dateline or run-on photo
    caption before the sentence proper and an attribution tail after the claim (",
    police said.") are left out. ``confidence`` (0-1) says how sure the
    ranker is that this is a key point, for de-emphasising doubtful ones.
    """

    sentence: int = 0
    text: str = ""
    score: float = 0.0
    actors: tuple[str, ...] = ()
    confidence: float = 1.0


@_quick_init
@dataclass(frozen=True, slots=True)
class Mention(Span):
    """One place an actor is named; ``reason`` says why it joined the actor.

    Reasons: ``name`` (the full name), ``alias`` (a gazetteer or config alias),
    ``acronym``, ``surname``, ``title`` (e.g. "Mr Howard"), ``capital`` ("Beijing"
    acting for China), ``demonym`` ("Chinese"), ``reference`` ("the alliance").
    """

    text: str = ""
    reason: MentionReason = "name"


@_quick_init
@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organization, country, place or group named in an article."""

    id: str
    name: str
    kind: ActorKind
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    salience: float = 0.0
    confidence: float = 1.0  # 0-1: how sure the name, kind and merges are


@_quick_init
@dataclass(frozen=True, slots=True)
class Statement(Span):
    """Who said (or thinks, wants, fears) what: one attribution in the article.

    The statement's own ``[start, end)`` covers its speaker mention, cue and contents.
    ``speaker`` is an actor id, or None when the speaker could not be resolved with
    confidence; ``speaker_span`` is the words naming the speaker here ("he", "the
    embassy", "Stoltenberg"), if any. ``cue`` is the reporting expression ("said",
    "according to", "told reporters", ":"), ``cue_class`` ``speech`` or ``state``
    (believes, wants, fears). ``contents`` are the reported words, in order: a quote
    interrupted by ``"…," he said, "…"`` or continued over paragraphs has several.
    ``kind`` is ``direct`` (all contents inside quotation marks), ``mixed`` (reported
    speech holding a quoted fragment) or ``indirect``.
    """

    speaker: str | None = None
    speaker_span: Span | None = None
    cue: Span = Span(0, 0)
    cue_text: str = ""
    cue_class: CueClass = "speech"
    contents: tuple[Span, ...] = ()
    kind: StatementKind = "indirect"

    def content_text(self, text: str, sep: str = " … ") -> str:
        """The contents' text joined with ``sep``."""
        return sep.join(c.text_of(text) for c in self.contents)


@dataclass
class Document:
    """A file split into its body ``text`` (what the source pane shows) and metadata.

    ``headings`` holds Markdown sections (tiling the text); empty for plain text.
    """

    text: str
    first_line: int = 1
    paragraphs: list[Paragraph] = field(default_factory=list)
    headings: list[Section] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@_quick_init
@dataclass(frozen=True, slots=True)
class LoadError:
    """A file that could not be loaded."""

    path: str
    reason: str


_SHORT = 20_000  # below this offset, counting newlines is as quick as a lookup
_NEWLINES: dict[int, tuple[str, list[int]]] = {}  # id(text) -> (text, newline offsets)


def _newlines(text: str) -> list[int]:
    """The offsets of ``text``'s newlines, remembered for the last few long texts (so
    citing every statement of a long article stays linear)."""
    hit = _NEWLINES.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    if len(_NEWLINES) >= 4:
        _NEWLINES.clear()
    found = []
    at = text.find("\n")
    while at >= 0:
        found.append(at)
        at = text.find("\n", at + 1)
    _NEWLINES[id(text)] = (text, found)
    return found


@_quick_init
@dataclass(frozen=True, slots=True)
class Article:
    """One analysed article. All spans index ``text``.

    ``first_line`` is the 1-based line of the source file on which ``text`` begins,
    so a span's file line is ``first_line + text.count("\\n", 0, span.start)``.
    ``cite`` says how citations point into the source: ``line`` (text, Markdown),
    ``page`` (PDF; ``pages`` holds the start offset of each page), ``paragraph``
    (HTML: the URL, else the file, plus ``#p<n>``) or ``message`` (e-mail).
    ``layout`` is how the file was read (``text``, ``markdown``, ``html``, ``email``,
    ``pdf``); for ``markdown`` the text is the Markdown source and the reader hides
    its markup when drawing it.
    ``file`` is the absolute path read and ``digest`` a hash of its bytes: together the
    article's identity for review state (``id`` and ``path`` are for display).
    """

    id: str
    path: str
    text: str
    title: str = ""
    dek: str = ""
    category: str = ""
    date: str | None = None
    source: str = ""
    url: str = ""
    byline: str = ""
    tags: tuple[str, ...] = ()
    first_line: int = 1
    cite: str = "line"
    layout: str = "text"
    pages: tuple[int, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    sections: tuple[Section, ...] = ()
    key_points: tuple[KeyPoint, ...] = ()
    actors: tuple[Actor, ...] = ()
    statements: tuple[Statement, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str = "en"
    file: str = ""
    digest: str = ""

    def line_of(self, offset: int) -> int:
        """Return the 1-based source-file line holding ``offset``."""
        if offset < _SHORT:
            return self.first_line + self.text.count("\n", 0, offset)
        return self.first_line + bisect.bisect_left(_newlines(self.text), offset)

    def page_of(self, offset: int) -> int:
        """Return the 1-based page holding ``offset`` (1 without page offsets)."""
        return max(1, bisect.bisect_right(self.pages, offset))

    def paragraph_of(self, offset: int) -> int:
        """Return the 1-based paragraph holding (or preceding) ``offset``."""
        starts = [p.start for p in self.paragraphs]
        return max(1, bisect.bisect_right(starts, offset))

    def locator(self, offset: int) -> str:
        """Where ``offset`` is in the source: ``path:L4``, ``path:p3``, ``url#p2``, ``path``."""
        if self.cite == "page":
            return f"{self.path}:p{self.page_of(offset)}"
        if self.cite == "paragraph":
            return f"{self.url or self.path}#p{self.paragraph_of(offset)}"
        if self.cite == "message":
            return self.path
        return f"{self.path}:L{self.line_of(offset)}"

    def short_locator(self, offset: int) -> str:
        """The locator without the path: ``L4``, ``p3``, ``¶2`` or ``msg``."""
        if self.cite == "page":
            return f"p{self.page_of(offset)}"
        if self.cite == "paragraph":
            return f"¶{self.paragraph_of(offset)}"
        if self.cite == "message":
            return "msg"
        return f"L{self.line_of(offset)}"

    @property
    def heading(self) -> str:
        """The title, else the first sentence (shortened), else the id."""
        if self.title:
            return self.title
        if self.sentences:
            first = " ".join(self.sentences[0].text_of(self.text).split())
            return first if len(first) <= 90 else first[:89].rstrip() + "…"
        return self.id

    @property
    def word_count(self) -> int:
        """Words in the body (whitespace-separated; a CJK character counts as one)."""
        return count_words(self.text)

    @property
    def reading_minutes(self) -> int:
        """Reading time in whole minutes (at least one)."""
        return max(1, round(self.word_count / WORDS_PER_MINUTE))

    def meta_parts(self) -> list[str]:
        """The non-empty parts of the meta line: category, date, source, words, reading time."""
        parts = [
            self.category,
            self.date or "",
            self.source,
            f"{self.word_count:,} word{'' if self.word_count == 1 else 's'}",
            f"{self.reading_minutes} min read",
        ]
        return [p for p in parts if p]

    def actor(self, actor_id: str) -> Actor | None:
        """Return the actor with ``actor_id``, if any."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def statements_of(self, actor_id: str | None) -> tuple[Statement, ...]:
        """The statements attributed to ``actor_id`` (None: the unresolved ones), in order."""
        return tuple(s for s in self.statements if s.speaker == actor_id)


@_quick_init
@dataclass(frozen=True, slots=True)
class Briefing:
    """A loaded briefing: the articles in source order and files that failed."""

    title: str
    articles: tuple[Article, ...] = ()
    errors: tuple[LoadError, ...] = ()
