"""Bounded YAML: size, node, nesting-depth and alias-expansion caps before anything is built.

Every YAML input (config, front matter, state import) is first streamed as parser
events (libyaml when available), which costs little and never recurses; only a
document within the caps is composed and constructed. Aliases are counted by the
number of nodes they expand to, so a "billion laughs" document is refused after a
few thousand events.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Limits:
    """Caps for one kind of YAML input."""

    max_bytes: int
    max_nodes: int
    max_depth: int = 64


class YAMLLimitError(ValueError):
    """A YAML document over a cap or invalid; ``str()`` is one line with ``line:col``."""

    def __init__(self, problem: str, line: int | None = None, column: int | None = None):
        self.problem, self.line, self.column = problem, line, column
        where = f"{line}:{column}: " if line is not None else ""
        super().__init__(where + problem)

    def located(self, name: str) -> str:
        """``name:line:col: problem`` (or ``name: problem``)."""
        where = f":{self.line}:{self.column}" if self.line is not None else ""
        return f"{name}{where}: {self.problem}"


def _fail(problem: str, mark: Any) -> YAMLLimitError:
    if mark is None:
        return YAMLLimitError(problem)
    return YAMLLimitError(problem, mark.line + 1, mark.column + 1)


class _Counter:
    """Counts nodes (aliases as what they expand to) and depth of a streamed document."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.nodes = self.depth = 0
        self.sizes: dict[str, int] = {}
        self.open: list[tuple[str | None, int]] = []

    def see(self, event: Any) -> None:
        """Account for one event; raise YAMLLimitError when a cap is passed."""
        limits = self.limits
        if isinstance(event, yaml.ScalarEvent):
            self.nodes += 1
            if event.anchor:
                self.sizes[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in self.sizes:
                raise _fail(f"unknown or recursive alias *{event.anchor}", event.start_mark)
            self.nodes += self.sizes[event.anchor]
        elif isinstance(event, yaml.CollectionStartEvent):
            self.nodes += 1
            self.depth += 1
            if self.depth > limits.max_depth:
                raise _fail(f"nested too deeply (limit {limits.max_depth})", event.start_mark)
            self.open.append((event.anchor, self.nodes))
        elif isinstance(event, yaml.CollectionEndEvent):
            self.depth -= 1
            anchor, start = self.open.pop()
            if anchor:
                self.sizes[anchor] = self.nodes - start + 1
            return
        else:
            return
        if self.nodes > limits.max_nodes:
            what = "aliases expand to" if self.sizes else "holds"
            raise _fail(
                f"too many values ({what} over {limits.max_nodes:,})",
                getattr(event, "start_mark", None),
            )


def _too_large(text: str, limits: Limits) -> None:
    if len(text) > limits.max_bytes:
        raise YAMLLimitError(
            f"too large ({len(text):,} characters; the limit is {limits.max_bytes:,})"
        )


def _invalid(exc: yaml.YAMLError, limits: Limits) -> YAMLLimitError:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if "nesting depth" in str(problem):  # libyaml's own cap, hit while scanning ahead
        return _fail(f"nested too deeply (limit {limits.max_depth})", mark)
    return _fail(f"invalid YAML: {' '.join(str(problem).split())}", mark)


def check(text: str, limits: Limits) -> None:
    """Stream the events of ``text`` and refuse it when over a cap.

    Raises:
        YAMLLimitError: too large, too many nodes (aliases count as the nodes they
            expand to), nested too deeply, an unknown alias, or invalid YAML.
    """
    _too_large(text, limits)
    counter = _Counter(limits)
    try:
        for event in yaml.parse(text, Loader=Loader):
            counter.see(event)
    except yaml.YAMLError as exc:
        raise _invalid(exc, limits) from None


def compose(text: str, limits: Limits) -> yaml.Node | None:
    """:func:`check`, then compose the node tree (aliases stay shared nodes)."""
    check(text, limits)
    loader = Loader(text)
    try:
        return loader.get_single_node()
    except yaml.YAMLError as exc:
        raise _invalid(exc, limits) from None
    finally:
        loader.dispose()


def construct(node: yaml.Node | None) -> Any:
    """Plain data from a node composed by :func:`compose`."""
    if node is None:
        return None
    loader = Loader("")
    try:
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise _invalid(exc, Limits(0, 0)) from None
    finally:
        loader.dispose()


def load(text: str, limits: Limits) -> Any:
    """``yaml.safe_load`` within ``limits`` (see :func:`check`), built straight from events.

    One pass over libyaml's events: the caps are checked as they stream and plain data
    is built without composing a node tree (several times faster on large state files).
    Scalars are resolved and constructed as ``yaml.safe_load`` does; merge keys and
    non-standard tags are refused.
    """
    _too_large(text, limits)
    helper = Loader("")
    try:
        return _build(yaml.parse(text, Loader=Loader), helper, _Counter(limits))
    except yaml.YAMLError as exc:
        raise _invalid(exc, limits) from None
    finally:
        helper.dispose()


_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


_STR = "tag:yaml.org,2002:str"


def _build(events: Any, helper: Any, counter: _Counter) -> Any:
    """Plain data from an event stream (first document only), counted as it goes."""
    constructors = helper.yaml_constructors
    anchors: dict[str, Any] = {}
    stack: list[tuple[Any, list[Any]]] = []  # (container, [pending key]) per open collection
    root: list[Any] = []

    def put(value: Any) -> None:
        if not stack:
            root.append(value)
            return
        container, pending = stack[-1]
        if isinstance(container, list):
            container.append(value)
        elif pending:
            key = pending.pop()
            if isinstance(key, (list, dict)):
                raise yaml.constructor.ConstructorError(None, None, "unhashable key", None)
            container[key] = value
        else:
            pending.append(value)

    for event in events:
        counter.see(event)
        if isinstance(event, yaml.ScalarEvent):
            tag = event.tag
            if tag is None or tag == "!":
                implicit = event.implicit
                plain = implicit[0] if isinstance(implicit, tuple) else implicit
                tag = (
                    helper.resolve(yaml.ScalarNode, event.value, (plain, False)) if plain else _STR
                )
            if tag == _STR:
                value = event.value
            elif tag in constructors:
                node = yaml.ScalarNode(tag, event.value)
                value = constructors[tag](helper, node)
            else:
                raise _fail(f"unsupported tag {tag}", getattr(event, "start_mark", None))
            if event.anchor:
                anchors[event.anchor] = value
            put(value)
        elif isinstance(event, yaml.AliasEvent):
            put(anchors[str(event.anchor)])
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            seq = isinstance(event, yaml.SequenceStartEvent)
            if event.tag not in (None, "!", _SEQ if seq else _MAP):
                raise _fail(f"unsupported tag {event.tag}", getattr(event, "start_mark", None))
            container: Any = [] if seq else {}
            if event.anchor:
                anchors[event.anchor] = container
            put(container)
            stack.append((container, []))
        elif isinstance(event, yaml.CollectionEndEvent):
            stack.pop()
        elif isinstance(event, yaml.DocumentEndEvent):
            break
    return root[0] if root else None
