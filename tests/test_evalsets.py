"""The hand-annotated evaluation sets (tests/devset, holdout, blind, blind2): gold integrity, a clean
extraction run, and an overall-F1 floor per set as a regression guard (scored with ../shared/eval/score.py
when it is present).

Floors sit below the measured scores (see ``bench/eval_sets.py``); never edit an article or its gold to pass.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# the shared scorer sits beside the repository (or beside the folder of worktrees)
SCORER = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()),
              ROOT.parent / "shared") / "eval" / "score.py"
# set -> overall F1 floor (measured 2026-11-22: 1.000, 1.000, 0.990, 0.998, 1.000, 0.940; the sets' first,
# blind runs scored 0.877, 0.869, 0.791, 0.907, 0.848, 0.791 — see README.md)
# blind5 (meetings and venues, measured 2026-12-06 after issue #13: 0.927; first blind run 0.876)
# blind6 (statements, measured 2026-12-06 after issue #14: 0.846; first blind run 0.806)
# third round of #13/#14 (measured 2026-12-06): blind5 0.960, blind6 0.914; blind7/blind8 (first blind runs 0.867 and
# 0.847, now 0.887 and 0.894) stay measures without a floor
# fourth round (measured 2026-12-06): blind7 0.929 and blind8 0.937, now development sets, get floors; blind9 and
# blind10 (first blind runs 0.837 and 0.887, now 0.855 and 0.908) stay measures without a floor
# fifth round (measured 2026-12-06): blind9 0.923 and blind10 0.958, now development sets, get floors; blind11 and
# blind12 (first blind runs 0.854 and 0.905, now 0.858 and 0.908) stay measures without a floor
# sixth round (measured 2026-12-07): blind11 0.909 and blind12 0.930, now development sets, get floors; blind13 and
# blind14 (first blind runs 0.897 and 0.825, now 0.904 and 0.833) stay measures without a floor
# seventh round (measured 2026-12-07): blind13 0.924 and blind14 0.896, now development sets, get floors; blind15 and
# blind16 (first blind runs 0.868 and 0.858, now 0.875 and 0.861) stay measures without a floor
# eighth round (measured 2026-12-07): blind15 0.920 and blind16 0.921, now development sets, get floors; blind17 and
# blind18 (first blind runs 0.884 and 0.894, now 0.890 and 0.905) stay measures without a floor
# ninth round (measured 2026-12-07): blind17 0.906 and blind18 0.910, now development sets, get floors; blind19 and
# blind20 (first blind runs 0.817 and 0.861, now 0.819 and 0.870) stay measures without a floor
# tenth round (measured 2026-12-07): blind19 0.916 and blind20 0.891, now development sets, get floors (blind17 0.945
# and blind18 0.917 raised); blind21 and blind22 (first blind runs 0.802 and 0.837, now 0.802 and 0.841) stay measures
# without a floor
# eleventh round (measured 2026-12-07): blind21 0.912 and blind22 0.937, now development sets, get floors (blind11
# 0.945, blind14 0.928 and blind20 0.914 raised); blind23 and blind24 (first blind runs 0.859 and 0.881, now 0.871
# and 0.886) stay measures without a floor
# twelfth round (measured 2026-12-07): blind23 0.905 and blind24 0.934, now development sets, get floors (blind22
# 0.958 raised); blind25 and blind26 (first blind runs 0.853 and 0.899, now 0.887 and 0.910) stay measures without a
# floor
# thirteenth round (measured 2026-12-07): blind25 0.905 and blind26 0.920, now development sets, get floors;
# blind27 and blind28 (first blind runs 0.868 and 0.787, end of round unread 0.857 and 0.824) stay measures without
# a floor
# fourteenth round (measured 2026-12-08): blind27 0.911 and blind28 0.871, now development sets, get floors; blind29
# and blind30 (first blind runs 0.793 and 0.867 after their writers' date corrections, end of round 0.812 and 0.879)
# stay measures without a floor
SETS = {"devset": 0.97, "holdout": 0.97, "blind": 0.96, "blind2": 0.97, "blind3": 0.97, "blind4": 0.9, "blind5": 0.93,
        "blind6": 0.88, "blind7": 0.91, "blind8": 0.92, "blind9": 0.9, "blind10": 0.93,
        "blind11": 0.92, "blind12": 0.91, "blind13": 0.91, "blind14": 0.9,
        "blind15": 0.9, "blind16": 0.9, "blind17": 0.92, "blind18": 0.9, "blind19": 0.89,
        "blind20": 0.89, "blind21": 0.89, "blind22": 0.93, "blind23": 0.88, "blind24": 0.91,
        "blind25": 0.88, "blind26": 0.9, "blind27": 0.89, "blind28": 0.85}
DIMENSIONS = ("timex", "places", "venues", "statements", "casualties")


@cache
def load(name: str):
    here = ROOT / "tests" / name
    gold = json.loads((here / "gold.json").read_text(encoding="utf-8"))
    with open(here / "manifest.csv", encoding="utf-8", newline="") as fh:
        manifest = {r["article_id"]: r for r in csv.DictReader(fh)}
    texts = {}
    for p in (here / "articles").glob("*.txt"):
        with open(p, encoding="utf-8") as fh:  # as score.py reads it
            texts[p.stem] = fh.read()
    return here, gold, manifest, texts


def make_gold_module(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_make_gold", ROOT / "tests" / name / "make_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name", SETS)
def test_articles_manifest_and_gold_cover_the_same_ids(name):
    _, gold, manifest, texts = load(name)
    assert set(texts) == set(manifest) == set(gold) and len(texts) >= 8


@pytest.mark.parametrize("name", SETS)
def test_gold_json_is_what_make_gold_builds(name):
    assert make_gold_module(name).build() == load(name)[1]


@pytest.mark.parametrize("name", SETS)
def test_spans_round_trip_and_values_are_sane(name):
    _, gold, _, texts = load(name)
    for aid, g in gold.items():
        for kind in ("timex", "places"):
            for item in g[kind]:
                assert texts[aid][item["start"]:item["end"]] == item["text"], (aid, item)
                if kind == "timex":
                    assert item["value"]
                else:
                    assert -90 <= item["lat"] <= 90 and -180 <= item["lon"] <= 180 and item["name"]


@pytest.mark.parametrize("name", SETS)
def test_gold_records_have_the_scorer_keys(name):
    _, gold, _, texts = load(name)
    for aid, g in gold.items():
        for v in g["venues"]:
            assert {"place", "lat", "lon", "date"} <= set(v)
            assert -90 <= v["lat"] <= 90 and -180 <= v["lon"] <= 180
        for s in g["statements"]:
            assert {"factions", "speaker", "quote"} <= set(s) and s["factions"]
            if s.get("kind") != "indirect":
                assert s["quote"] in texts[aid], s["quote"]
        for c in g["casualties"]:
            assert isinstance(c["count"], int) and c["count"] > 0
            assert c["outcome"] in ("killed", "wounded") and c["group"]


def test_a_broken_span_or_quote_is_caught():
    """The checks can fail: a shifted span no longer matches, and find() rejects an absent string."""
    _, gold, _, texts = load("blind")
    aid, item = next((a, t) for a, g in gold.items() for t in g["timex"])
    assert texts[aid][item["start"] + 1:item["end"] + 1] != item["text"]
    kit = make_gold_module("blind")
    with pytest.raises(ValueError):
        kit.find(texts[aid], "this string is not in any article")
    with pytest.raises(AssertionError):
        kit.find(texts[aid], item["text"], ctx="no such context")


def test_blind2_keeps_its_encoding_quirks():
    """One article starts with a UTF-8 BOM (offset 0 is U+FEFF), one has CRLF line ends on disk (read as \\n)."""
    here, _, _, texts = load("blind2")
    raw = {p.stem: p.read_bytes() for p in (here / "articles").glob("*.txt")}
    bom = [a for a, b in raw.items() if b.startswith(b"\xef\xbb\xbf")]
    crlf = [a for a, b in raw.items() if b"\r\n" in b]
    assert len(bom) == 1 and texts[bom[0]][0] == "\ufeff"
    assert len(crlf) == 1 and "\r" not in texts[crlf[0]]


def test_gold_dates_parse_with_the_scorer():
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py not present")
    sys.path.insert(0, str(SCORER.parent))
    try:
        import score
    finally:
        sys.path.pop(0)
    for name in SETS:
        for aid, g in load(name)[1].items():
            for item in g["timex"]:
                if not item.get("opt"):
                    assert score.interval(item["value"]) is not None, (name, aid, item)
            for v in g["venues"]:
                assert v["date"] is None or score.interval(v["date"]) is not None, (name, aid, v)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    out = {}
    for name in SETS:
        here = load(name)[0]
        d = tmp_path_factory.mktemp(f"{name}_run")
        r = subprocess.run([sys.executable, "-m", "lib", "extract", str(here / "articles"), "--manifest",
                            str(here / "manifest.csv"), "--out", str(d), "--quiet"],
                           cwd=ROOT, capture_output=True, text=True, timeout=180)
        assert r.returncode == 0, r.stderr[-2000:]
        out[name] = d
    return out


@pytest.mark.parametrize("name", SETS)
def test_extraction_runs_with_status_ok_on_every_article(runs, name):
    with open(runs[name] / "articles.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["article_id"] for r in rows} == set(load(name)[3])
    assert [(r["article_id"], r["error"]) for r in rows if r["status"] != "ok"] == []


@pytest.mark.parametrize("name, floor", SETS.items())
def test_overall_f1_floor(runs, name, floor):
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py not present")
    here = load(name)[0]
    r = subprocess.run([sys.executable, str(SCORER), "--gold", str(here / "gold.json"), "--articles",
                        str(here / "articles"), "--out", str(runs[name]), "--json"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["overall_f1"] >= floor, result
