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


def check(text: str, limits: Limits) -> None:
    """Stream the events of ``text`` and refuse it when over a cap.

    Raises:
        YAMLLimitError: too large, too many nodes (aliases count as the nodes they
            expand to), nested too deeply, an unknown alias, or invalid YAML.
    """
    if len(text) > limits.max_bytes:
        raise YAMLLimitError(
            f"too large ({len(text):,} characters; the limit is {limits.max_bytes:,})"
        )
    nodes = depth = 0
    sizes: dict[str, int] = {}
    open_anchors: list[tuple[str | None, int]] = []
    try:
        for event in yaml.parse(text, Loader=Loader):
            if isinstance(event, yaml.AliasEvent):
                if event.anchor not in sizes:
                    raise _fail(f"unknown or recursive alias *{event.anchor}", event.start_mark)
                nodes += sizes[event.anchor]
            elif isinstance(event, yaml.ScalarEvent):
                nodes += 1
                if event.anchor:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.CollectionStartEvent):
                nodes += 1
                depth += 1
                if depth > limits.max_depth:
                    raise _fail(f"nested too deeply (limit {limits.max_depth})", event.start_mark)
                open_anchors.append((event.anchor, nodes))
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
                anchor, start = open_anchors.pop()
                if anchor:
                    sizes[anchor] = nodes - start + 1
            else:
                continue
            if nodes > limits.max_nodes:
                what = "aliases expand to" if sizes else "holds"
                raise _fail(
                    f"too many values ({what} over {limits.max_nodes:,})",
                    getattr(event, "start_mark", None),
                )
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "nesting depth" in str(problem):  # libyaml's own cap, hit while scanning ahead
            raise _fail(f"nested too deeply (limit {limits.max_depth})", mark) from None
        raise _fail(f"invalid YAML: {' '.join(str(problem).split())}", mark) from None


def compose(text: str, limits: Limits) -> yaml.Node | None:
    """:func:`check`, then compose the node tree (aliases stay shared nodes)."""
    check(text, limits)
    loader = Loader(text)
    try:
        return loader.get_single_node()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise _fail(f"invalid YAML: {' '.join(str(problem).split())}", mark) from None
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
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise _fail(f"invalid YAML: {' '.join(str(problem).split())}", mark) from None
    finally:
        loader.dispose()


def load(text: str, limits: Limits) -> Any:
    """``yaml.safe_load`` within ``limits`` (see :func:`check`)."""
    return construct(compose(text, limits))
