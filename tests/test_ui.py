"""lib/ui/ without running the app: what a newcomer sees while cached steps run."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[1] / "lib" / "ui"


def _cached_functions() -> list[tuple[str, ast.Call]]:
    out = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                for dec in node.decorator_list:
                    if isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") in ("cache_resource", "cache_data"):
                        out.append((f"{path.stem}.{node.name}", dec))
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


def test_first_start_says_what_it_waits_for(tmp_data, monkeypatch):
    """A fresh store: the wait is named step by step (the extractor's preparation, then each article), in order,
    and the Overview then shows the seeds; a later run on the same store shows no first-start message."""
    from streamlit.elements.progress import ProgressMixin
    from streamlit.testing.v1 import AppTest

    from lib.store import pipeline

    texts: list[str] = []
    real_progress, real_warm = ProgressMixin.progress, pipeline.warm_up

    def progress(self, value, text=None):
        texts.append(str(text))
        return real_progress(self, value, text=text)

    monkeypatch.setattr(ProgressMixin, "progress", progress)
    monkeypatch.setattr(pipeline, "warm_up", lambda: (texts.append("<warm-up>"), real_warm())[1])
    at = AppTest.from_file(str(UI.parents[1] / "app.py"), default_timeout=300).run()
    assert not at.exception, at.exception
    # the bar's first text ("Preparing the extractor…", drawn with it) stands during the warm-up, then the articles
    assert texts[0] == "<warm-up>" and texts[1].startswith("Extracting the example articles")
    assert texts[-1] == "Extracted 5 of 5 article(s)…"
    assert {m.label: m.value for m in at.metric}["Articles"] == "5"
    texts.clear()
    at.run()
    assert texts == [] and all("First start" not in e.value for e in at.info)
