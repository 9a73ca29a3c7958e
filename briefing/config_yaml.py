"""YAML positions and typed reads for the config validator.

:func:`key_marks` maps key paths of a composed YAML tree to ``line:column``;
:class:`Checker` reads scalars, lists and mappings and raises a one-line
:class:`ConfigError` naming the file, position and key path.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from briefing.clean import clean_line


class ConfigError(Exception):
    """A configuration problem, already formatted as one line."""


def key_marks(root: yaml.Node | None) -> dict[tuple, tuple[int, int]]:
    """Map key paths to (line, column), 1-based, from a composed YAML node tree.

    Iterative, and never follows an alias: a node already visited is not walked again.
    """
    out: dict[tuple, tuple[int, int]] = {}
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, tuple]] = [(root, ())] if root is not None else []
    while stack:
        node, prefix = stack.pop()
        out.setdefault(prefix, (node.start_mark.line + 1, node.start_mark.column + 1))
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                sub = prefix + (key.value if isinstance(key, yaml.ScalarNode) else "?",)
                out[sub + ("<key>",)] = (key.start_mark.line + 1, key.start_mark.column + 1)
                stack.append((value, sub))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, prefix + (i,)) for i, item in enumerate(node.value))
    return out


def path_str(path: tuple) -> str:
    """``("sources", 0, "path")`` -> ``sources[0].path``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


class Checker:
    """Typed reads of composed YAML; each failure is a positioned :class:`ConfigError`."""

    def __init__(self, name: str, marks: dict, base: Path) -> None:
        self.name, self.marks, self.base = name, marks, base

    def fail(self, path: tuple, message: str, *, key: bool = False) -> ConfigError:
        mark = self.marks.get(path + ("<key>",)) if key else None
        mark = mark or self.marks.get(path)
        where = f":{mark[0]}:{mark[1]}" if mark else ""
        return ConfigError(clean_line(f"{self.name}{where}: {path_str(path)}: {message}"))

    @staticmethod
    def suggest(word: str, choices: tuple[str, ...]) -> str:
        """`` (did you mean 'x'?)`` for the closest choice, or an empty string."""
        import difflib

        hint = difflib.get_close_matches(word, choices, n=1)
        return f" (did you mean '{hint[0]}'?)" if hint else ""

    def mapping(self, value: Any, path: tuple, allowed: tuple[str, ...]) -> dict:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(path, f"expected a mapping, got {type_name(value)}")
        for key in value:
            if not isinstance(key, str) or key not in allowed:
                extra = self.suggest(str(key), allowed)
                choices = ", ".join(allowed)
                raise self.fail(
                    path + (key,), f"unknown key{extra}; expected one of: {choices}", key=True
                )
        return value

    def string(self, value: Any, path: tuple) -> str:
        if isinstance(value, (date, datetime)):
            return value.isoformat()
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise self.fail(path, f"expected a string, got {type_name(value)}")
        return str(value)

    def line(self, value: Any, path: tuple) -> str:
        """A string shown to users: one line, control characters made visible."""
        return " ".join(clean_line(self.string(value, path)).split())

    def strings(self, value: Any, path: tuple) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list):
            raise self.fail(path, f"expected a list of strings, got {type_name(value)}")
        return tuple(self.string(v, path + (i,)) for i, v in enumerate(value))

    def choice(self, value: Any, path: tuple, choices: tuple[str, ...]) -> str:
        text = self.string(value, path)
        if text not in choices:
            extra = self.suggest(text, choices)
            raise self.fail(path, f"'{text}' is not one of {', '.join(choices)}{extra}")
        return text

    def integer(self, value: Any, path: tuple, low: int, high: int) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(path, f"expected an integer, got {type_name(value)}")
        if not low <= value <= high:
            raise self.fail(path, f"must be between {low} and {high}, got {value}")
        return value


def type_name(value: Any) -> str:
    """What a YAML value is, in words: "a mapping", "a list", ..."""
    return {
        dict: "a mapping",
        list: "a list",
        type(None): "nothing",
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
    }.get(type(value), type(value).__name__)
