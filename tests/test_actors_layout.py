"""The shape of the actor-extraction package: no import cycles, short functions and modules,
and a gazetteer cache key that covers every source the compiler depends on."""

from __future__ import annotations

import ast
from pathlib import Path

from briefing.analyse.actors import gazetteer_cache

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "briefing" / "analyse" / "actors"


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def _imports(path: Path) -> set[str]:
    """Modules of ``briefing`` that ``path`` imports anywhere (lazy and type-only ones too)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("briefing"):
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("briefing"))
    return out


def test_no_import_cycles_inside_the_actors_package() -> None:
    modules = {_module(p): p for p in PACKAGE.glob("*.py")}
    graph = {m: {d for d in _imports(p) if d in modules and d != m} for m, p in modules.items()}
    done: set[str] = set()

    def visit(m: str, path: tuple[str, ...]) -> None:
        assert m not in path, " -> ".join((*path, m))
        if m not in done:
            for d in graph[m]:
                visit(d, (*path, m))
            done.add(m)

    for m in graph:
        visit(m, ())


def test_actor_functions_and_modules_stay_short() -> None:
    for path in PACKAGE.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert source.count("\n") <= 400, path.name
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                assert size <= 60, f"{path.name}: {node.name} has {size} lines"


def test_gazetteer_cache_key_hashes_every_analyse_source_the_compiler_uses() -> None:
    hashed = {p.resolve() for p in gazetteer_cache.SOURCES}
    assert all(p.is_file() for p in gazetteer_cache.SOURCES)
    compiler = PACKAGE / "gazetteer.py"
    assert compiler.resolve() in hashed
    for module in _imports(compiler):
        path = ROOT / (module.replace(".", "/") + ".py")
        if module.startswith("briefing.analyse") and path.is_file():
            assert path.resolve() in hashed, module
