"""The architecture as a test: which layer may import which, and no import cycles inside ``lib``.

Layers, bottom up: ``lib.models`` <- ``lib.extract`` <- ``lib.store`` <- ``lib.views`` <- ``lib.ui`` / ``lib.cli``
<- ``app.py`` and ``app_pages/``. Every import statement counts, including those inside functions.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIB = ROOT / "lib"

# (importing layer, forbidden import prefixes)
RULES = {
    "lib.models": ("lib.extract", "lib.store", "lib.views", "lib.ui", "lib.cli", "streamlit", "app_pages"),
    "lib.extract": ("lib.store", "lib.views", "lib.ui", "lib.cli", "streamlit", "argparse", "app_pages"),
    "lib.store": ("lib.views", "lib.ui", "lib.cli", "streamlit", "argparse", "app_pages"),
    "lib.views": ("lib.ui", "lib.cli", "streamlit", "argparse", "app_pages"),
    "lib.ui": ("lib.cli", "argparse", "app_pages"),
    "lib.cli": ("lib.ui", "streamlit", "app_pages"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(source: str, name: str, is_package: bool = False) -> set[str]:
    """Every module a source file imports (absolute names; relative imports resolved against ``name``).

    >>> sorted(imports("import os\\nfrom lib.store import db\\ndef f():\\n    import streamlit as st", "lib.x"))
    ['lib.store', 'lib.store.db', 'os', 'streamlit']
    """
    out: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = name.split(".") if is_package else name.split(".")[:-1]
                pkg = pkg[: len(pkg) - node.level + 1]
                base = ".".join(pkg + ([node.module] if node.module else []))
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names)
    return out


def lib_modules() -> dict[str, set[str]]:
    return {module_name(p): imports(p.read_text(encoding="utf-8"), module_name(p), p.name == "__init__.py")
            for p in sorted(LIB.rglob("*.py"))}


def layer_of(module: str) -> str | None:
    return next((layer for layer in sorted(RULES, key=len, reverse=True)
                 if module == layer or module.startswith(layer + ".")), None)


def violations(graph: dict[str, set[str]]) -> list[str]:
    """'importer -> imported' for every import a layer may not make."""
    bad = []
    for mod, deps in graph.items():
        layer = layer_of(mod)
        for dep in deps:
            if layer and any(dep == f or dep.startswith(f + ".") for f in RULES[layer]):
                bad.append(f"{mod} -> {dep}")
    return sorted(bad)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Import cycles between ``lib`` modules (a package importing its own submodules is not a cycle)."""
    nodes = set(graph)
    edges = {m: {d for d in deps if d in nodes and d != m and not d.startswith(m + ".")} for m, deps in graph.items()}
    found, state, stack = [], {}, []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for d in sorted(edges[m]):
            if state.get(d) == 1:
                found.append(stack[stack.index(d):] + [d])
            elif d not in state:
                visit(d)
        stack.pop()
        state[m] = 2

    for m in sorted(nodes):
        if m not in state:
            visit(m)
    return found


def test_no_layer_imports_what_it_may_not():
    assert violations(lib_modules()) == []


def test_no_import_cycles_in_lib():
    assert cycles(lib_modules()) == []


def test_pages_never_import_streamlit_through_views():
    # pages lay out widgets; streamlit itself is imported only by the lib.ui package inside lib
    users = [m for m, deps in lib_modules().items() if any(d == "streamlit" or d.startswith("streamlit.") for d in deps)]
    assert users and all(m.startswith("lib.ui.") for m in users), users
    assert not [m for m in lib_modules() if (m == "lib.ui" or m.startswith("lib.ui.")) and layer_of(m) != "lib.ui"]


@pytest.mark.parametrize("module, source, expected", [
    ("lib.extract.x", "from lib.store import db", ["lib.extract.x -> lib.store", "lib.extract.x -> lib.store.db"]),
    ("lib.extract.x", "def f():\n    from lib.views.filters import Filters", ["lib.extract.x -> lib.views.filters",
                                                                               "lib.extract.x -> lib.views.filters.Filters"]),
    ("lib.views.x", "import streamlit as st", ["lib.views.x -> streamlit"]),
    ("lib.store.x", "from lib.views import timeline", ["lib.store.x -> lib.views", "lib.store.x -> lib.views.timeline"]),
    ("lib.store.x", "from lib.extract import dates", []),
    ("lib.views.x", "from lib.store.db import Store", []),
    ("lib.extract.x", "from lib.models import Document", []),
])
def test_the_rule_catches_a_forbidden_import(module, source, expected):
    assert violations({module: imports(source, module)}) == expected


def test_cycle_finder_finds_a_cycle():
    graph = {"lib.a": {"lib.b"}, "lib.b": {"lib.c"}, "lib.c": {"lib.a"}, "lib.d": {"lib.a"}}
    assert cycles(graph) == [["lib.a", "lib.b", "lib.c", "lib.a"]]
    assert cycles({"lib.extract": {"lib.extract.dates"}, "lib.extract.dates": {"lib.extract"}}) == []


# ----------------------------------------------------------------------------- module sizes

MAX_LINES = 600  # a module a reader can hold in mind; data tables belong in lib/data as CSV, not in modules
# Today's oversize modules, each split by an open issue; remove an entry when its split lands.
OVERSIZE = {
}


def oversize(root: Path = LIB, limit: int = MAX_LINES) -> dict[str, int]:
    """Modules under ``root`` longer than ``limit`` lines, as paths from ``root``'s parent -> line count."""
    out = {}
    for p in sorted(root.rglob("*.py")):
        n = len(p.read_text(encoding="utf-8").splitlines())
        if n > limit:
            out[p.relative_to(root.parent).as_posix()] = n
    return out


def test_module_sizes():
    new = {path: n for path, n in oversize().items() if path not in OVERSIZE}
    assert new == {}, f"modules over {MAX_LINES} lines: split them into modules of one idea"


def test_oversize_list_is_current():
    # an entry whose module was split (or removed) must leave the list, so the list only shrinks
    assert sorted(set(OVERSIZE) - set(oversize())) == []


def test_module_sizes_finds_a_new_long_module(tmp_path):
    pkg = tmp_path / "lib"
    (pkg / "extract").mkdir(parents=True)
    (pkg / "short.py").write_text("x = 1\n", encoding="utf-8")
    (pkg / "extract" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    assert oversize(pkg) == {"lib/extract/long.py": MAX_LINES + 1}
