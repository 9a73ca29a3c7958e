"""The reader's import rules, read from the real imports (ast, lazy ones included)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TUI = ROOT / "briefing" / "tui"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth of the file (TYPE_CHECKING too)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.add(node.module)
            out.update(f"{node.module}.{alias.name}" for alias in node.names)
    return out


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in (ROOT / "briefing").rglob("*.py")}
    return {name: {m for m in imports(path) if m in modules} for name, path in modules.items()}


def reachable(start: str, edges: dict[str, set[str]]) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_widgets_never_import_screens_or_the_app():
    for path in (TUI / "widgets").glob("*.py"):
        bad = {
            m
            for m in imports(path)
            if m.startswith(("briefing.tui.screens", "briefing.tui.app", "briefing.tui.commands"))
        }
        assert not bad, f"{path.name} imports {sorted(bad)}"


def test_library_and_highlights_never_reach_textual():
    edges = graph()
    for name in ("briefing.tui.library", "briefing.tui.highlights"):
        for module in {name} | reachable(name, edges):
            path = ROOT / (module.replace(".", "/") + ".py")
            if not path.exists():
                path = ROOT / module.replace(".", "/") / "__init__.py"
            bad = {m for m in imports(path) if m.split(".")[0] == "textual"}
            assert not bad, f"{name} reaches textual through {module}: {sorted(bad)}"


def test_no_import_cycles_in_the_reader():
    edges = graph()
    for name in edges:
        if name.startswith("briefing.tui"):
            assert name not in reachable(name, edges), f"{name} imports itself through a cycle"


def test_no_module_over_400_lines():
    for path in TUI.rglob("*.py"):
        assert len(path.read_text("utf-8").splitlines()) <= 400, path.name
