"""lib/ui.py without running the app: what a newcomer sees while cached steps run."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[1] / "lib" / "ui.py"


def _cached_functions() -> list[tuple[str, ast.Call]]:
    out = []
    for node in ast.walk(ast.parse(UI.read_text())):
        if isinstance(node, ast.FunctionDef):
            for dec in node.decorator_list:
                if isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") in ("cache_resource", "cache_data"):
                    out.append((node.name, dec))
    return out


def test_ui_has_cached_steps():
    assert len(_cached_functions()) >= 5  # the scan below finds them (negative: an empty scan would pass vacuously)


@pytest.mark.parametrize("name, dec", _cached_functions(), ids=lambda x: x if isinstance(x, str) else "")
def test_cached_steps_say_what_they_do(name, dec):
    """Streamlit's default spinner reads "Running _options(...)." on a first visit to a large store: every cached
    function states its own message in words, or shows none (fast, or shown in the page's own words)."""
    spinner = {k.arg: k.value for k in dec.keywords}.get("show_spinner")
    assert isinstance(spinner, ast.Constant), f"{name}: show_spinner must be a message or False"
    assert spinner.value is False or (isinstance(spinner.value, str) and spinner.value.endswith("…")
                                      and "_" not in spinner.value), name
