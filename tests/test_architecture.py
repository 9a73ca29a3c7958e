"""The layering rules, read from the real imports (ast), lazy ones included.

Layers, one way: model -> config -> load | analyse | state -> pipeline -> export | tui -> cli.
Imports under ``if TYPE_CHECKING:`` are annotations only and are ignored.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "briefing"

# Layer of each top-level part of the package; a module may import only its own layer or lower.
LAYERS = {
    "briefing": 0,  # the package's __init__ only (see _layer)
    "briefing.clean": 0,  # the one cleaning gate, used by every layer
    "briefing.fileio": 0,  # the one safe reader/writer
    "briefing.yamlsafe": 0,  # bounded YAML for config, front matter and state files
    "briefing.regexsafe": 0,  # user patterns restricted to a safe subset
    "briefing.model": 0,
    "briefing.identity": 0,  # an article's file and digest, shared by pipeline and state
    "briefing.workers": 0,  # worker processes for Pipeline.map (imports nothing of briefing)
    "briefing.cache": 0,  # the parse cache: pickled model objects (hashes code, imports none)
    "briefing.keys": 1,
    "briefing.config": 1,
    "briefing.config_yaml": 1,  # YAML positions and typed reads for config validation
    "briefing.load": 2,
    "briefing.analyse": 2,
    "briefing.state": 2,
    "briefing.pipeline": 3,
    "briefing.export": 4,
    "briefing.tui": 4,
    "briefing.cli": 5,
    "briefing.cli_common": 5,  # exit codes, warnings, pipeline and output shared by commands
    "briefing.cli_commands": 5,  # the subcommands main dispatches to
    "briefing.__main__": 6,
}

# (importer prefix, forbidden prefix, reason)
RULES = [
    ("briefing", "textual", "the core never imports textual (only briefing.tui may)"),
    ("briefing.load", "briefing.analyse", "loading yields Documents; the pipeline runs analysis"),
    ("briefing.analyse", "briefing.load", "analysis works on Documents, whatever layout made them"),
    ("briefing.state", "briefing.load", "review state is about articles, not how files are read"),
    ("briefing.state", "briefing.analyse", "review state does not run analysis"),
    ("briefing.tui.widgets", "briefing.tui.screens", "widgets are reusable; screens compose them"),
    ("briefing.tui.widgets", "briefing.tui.app", "widgets never reach up to the app"),
    ("briefing.tui.library", "textual", "loaded items and read marks are testable without Pilot"),
    (
        "briefing.tui.highlights",
        "textual",
        "highlight layers are plain data, testable without Pilot",
    ),
    (
        "briefing.tui.who_said",
        "textual",
        "statement grouping is plain data, testable without Pilot",
    ),
]


def module_name(path: Path, root: Path = ROOT) -> str:
    """``briefing/tui/app.py`` -> ``briefing.tui.app``; packages drop ``__init__``."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve(name: str, known: set[str]) -> str:
    """The imported module itself: ``from a.b import c`` is ``a.b.c`` when that is a module."""
    return name if name in known else name.rpartition(".")[0] or name


def imports_of(path: Path, known: set[str], root: Path = ROOT) -> set[str]:
    """Every module ``path`` imports, at any depth of the file, minus TYPE_CHECKING blocks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    this = module_name(path, root)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                found.add(_resolve(f"{base}.{alias.name}", known))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _graph() -> dict[str, set[str]]:
    files = sorted(PACKAGE.rglob("*.py"))
    known = {module_name(f) for f in files}
    return {module_name(f): imports_of(f, known) for f in files}


GRAPH = _graph()


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _layer(name: str) -> int | None:
    parts = [p for p in LAYERS if p != "briefing" and _within(name, p)]
    if name == "briefing":
        parts = ["briefing"]
    best = max(parts, key=len, default=None)
    return LAYERS[best] if best else None


@pytest.mark.parametrize(("importer", "forbidden", "reason"), RULES)
def test_import_rule(importer: str, forbidden: str, reason: str) -> None:
    exempt = "briefing.tui" if forbidden == "textual" and importer == "briefing" else None
    broken = sorted(
        f"{mod} imports {dep}"
        for mod, deps in GRAPH.items()
        if _within(mod, importer) and not (exempt and _within(mod, exempt))
        for dep in deps
        if _within(dep, forbidden)
    )
    assert not broken, f"{reason}: {broken}"


def test_every_module_has_a_layer() -> None:
    assert [m for m in GRAPH if _layer(m) is None] == []


def test_no_import_runs_to_a_higher_layer() -> None:
    upward = sorted(
        f"{mod} ({_layer(mod)}) imports {dep} ({_layer(dep)})"
        for mod, deps in GRAPH.items()
        for dep in deps
        if dep in GRAPH and (_layer(dep) or 0) > (_layer(mod) or 0)
    )
    assert upward == []


def test_no_import_cycles() -> None:
    local = {m: {d for d in deps if d in GRAPH and d != m} for m, deps in GRAPH.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def walk(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(local[node]):
            if state.get(dep) == 1:
                cycles.append(stack[stack.index(dep) :] + [dep])
            elif dep not in state:
                walk(dep, stack)
        stack.pop()
        state[node] = 2

    for module in sorted(local):
        if module not in state:
            walk(module, [])
    assert cycles == []


def test_rules_see_lazy_imports(tmp_path: Path) -> None:
    """The reader finds imports inside functions and skips TYPE_CHECKING blocks."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import textual\n"
        "def f():\n    from textual.app import App\n    import rich\n"
    )
    source += "from . import sibling\nfrom .sub import thing\n"
    fake = tmp_path / "briefing" / "part" / "probe.py"
    fake.parent.mkdir(parents=True)
    fake.write_text(source, encoding="utf-8")
    found = imports_of(fake, {"briefing.part.sibling"}, root=tmp_path)
    assert found == {
        "typing",
        "textual.app",
        "rich",
        "briefing.part.sibling",
        "briefing.part.sub",
    }
