"""Fourth, blind set (tests/blind2): gold integrity and a clean extraction run.

No score floor on purpose: the set measures generalisation at the end (bench/eval_blind2.py). Never edit the
articles or the gold to make the system score better.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(120)

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "blind2"
ARTICLES = BLIND / "articles"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

GOLD = json.loads((BLIND / "gold.json").read_text(encoding="utf-8"))
MANIFEST = {r["article_id"]: r for r in csv.DictReader((BLIND / "manifest.csv").open(encoding="utf-8"))}
TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in ARTICLES.glob("*.txt")}
FACTIONS = {"Hamas", "Palestinian Islamic Jihad", "PFLP", "DFLP", "Fatah", "PLO", "Palestinian Authority", "Israel",
            "Egypt", "Jordan", "Qatar", "United States", "Russia", "United Nations", "European Union", "Quartet"}
# a country's name or a named armed group (accepted by the scorer as written)
OTHER_FACTIONS = {"United Kingdom", "Saudi Arabia"}
OPT_ONLY_FACTIONS = {"analyst"}  # an optional analyst quote (not scored)
GOLD_KEYS = {"published", "outlet", "timex", "places", "venues", "statements", "casualties"}
DIMENSIONS = ("timex", "places", "venues", "statements", "casualties")


def _load_make_gold():
    spec = importlib.util.spec_from_file_location("blind2_make_gold", BLIND / "make_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_articles_manifest_and_gold_cover_the_same_ids():
    assert set(TEXTS) == set(MANIFEST) == set(GOLD)
    assert len(TEXTS) == 10


def test_manifest_dates_mostly_days_one_month_one_missing():
    kinds = [len(r["published"]) for r in MANIFEST.values()]
    assert kinds.count(0) == 1 and kinds.count(7) == 1 and kinds.count(10) == len(kinds) - 2


def test_gold_json_is_what_make_gold_builds():
    """gold.json was regenerated after the last edit of make_gold.py (and every span round-trips there)."""
    assert _load_make_gold().build() == GOLD


@pytest.mark.parametrize("aid", sorted(TEXTS))
def test_article_shape(aid):
    words = len(TEXTS[aid].split())
    assert 300 <= words <= 700, words
    assert set(GOLD[aid]) == GOLD_KEYS
    assert GOLD[aid]["published"] == (MANIFEST[aid]["published"] or None)


def _spans():
    for aid, g in GOLD.items():
        for kind in ("timex", "places"):
            for i, item in enumerate(g[kind]):
                yield pytest.param(aid, kind, item, id=f"{aid}-{kind}-{i}")


@pytest.mark.parametrize("aid,kind,item", list(_spans()))
def test_spans_round_trip(aid, kind, item):
    assert {"text", "start", "end"} <= set(item)
    assert TEXTS[aid][item["start"]:item["end"]] == item["text"]
    if kind == "timex":
        assert item["value"]
    else:
        assert item["name"]
        assert -90 <= item["lat"] <= 90 and -180 <= item["lon"] <= 180
        assert 0 < item.get("radius_km", 40) <= 1500


@pytest.mark.parametrize("aid", sorted(GOLD))
def test_gold_records_have_the_scorer_keys(aid):
    g = GOLD[aid]
    for v in g["venues"]:
        assert {"place", "lat", "lon", "date"} <= set(v)
        assert -90 <= v["lat"] <= 90 and -180 <= v["lon"] <= 180
    for s in g["statements"]:
        assert {"factions", "speaker", "quote"} <= set(s) and s["factions"] and s["speaker"]
        allowed = FACTIONS | OTHER_FACTIONS | (OPT_ONLY_FACTIONS if s.get("opt") else set())
        assert set(s["factions"]) <= allowed, s["factions"]
        if s.get("kind") == "indirect":
            assert s.get("opt"), "indirect speech is optional"
        else:
            assert s["quote"] in TEXTS[aid], s["quote"]  # direct quotes are verbatim
    for c in g["casualties"]:
        assert isinstance(c["count"], int) and c["count"] > 0
        assert c["outcome"] in ("killed", "wounded") and c["group"]


def test_required_items_in_every_dimension():
    """Every article has required dates, places, venues, statements and casualties."""
    for aid, g in GOLD.items():
        for kind in DIMENSIONS:
            assert any(not x.get("opt") for x in g[kind]), (aid, kind)


def test_files_keep_their_encoding_quirks():
    """c03 starts with a UTF-8 BOM (offset 0 is U+FEFF), c05 has CRLF line endings on disk (read as \\n)."""
    raw = {p.stem: p.read_bytes() for p in ARTICLES.glob("*.txt")}
    assert raw["c03_afp_sharm_ceasefire"].startswith(b"\xef\xbb\xbf")
    assert TEXTS["c03_afp_sharm_ceasefire"][0] == "\ufeff"
    assert b"\r\n" in raw["c05_guardian_gaza_truce"] and "\r" not in TEXTS["c05_guardian_gaza_truce"]
    assert sum(b"\r\n" in b for b in raw.values()) == 1


def test_a_place_is_required_once_per_article():
    for aid, g in GOLD.items():
        names = [p["name"] for p in g["places"] if not p.get("opt")]
        assert len(names) == len(set(names)), aid


def test_gold_dates_parse_with_the_scorer():
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py not present")
    sys.path.insert(0, str(SCORER.parent))
    try:
        import score
    finally:
        sys.path.pop(0)
    for aid, g in GOLD.items():
        for item in g["timex"]:
            if not item.get("opt"):
                assert score.interval(item["value"]) is not None, (aid, item)
        for v in g["venues"]:
            assert v["date"] is None or score.interval(v["date"]) is not None, (aid, v)


def test_a_broken_span_or_quote_is_caught():
    """The checks can fail: a shifted span no longer matches, and find() rejects an absent string."""
    aid, item = next((a, t) for a, g in GOLD.items() for t in g["timex"])
    assert TEXTS[aid][item["start"] + 1:item["end"] + 1] != item["text"]
    mg = _load_make_gold()
    with pytest.raises(ValueError):
        mg.find(TEXTS[aid], "this string is not in any article")
    with pytest.raises(AssertionError):
        mg.find(TEXTS[aid], item["text"], ctx="no such context")


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("blind2_run")
    r = subprocess.run([sys.executable, "-m", "lib", "extract", str(ARTICLES), "--manifest",
                        str(BLIND / "manifest.csv"), "--out", str(out), "--quiet"],
                       cwd=ROOT, capture_output=True, text=True, timeout=90)
    assert r.returncode == 0, r.stderr[-2000:]
    return out


def test_extraction_runs_with_status_ok_on_every_article(run_dir):
    rows = list(csv.DictReader((run_dir / "articles.csv").open(encoding="utf-8")))
    assert {r["article_id"] for r in rows} == set(TEXTS)
    bad = [(r["article_id"], r.get("error")) for r in rows if r.get("status") not in (None, "", "ok")]
    assert bad == []
    for name in ("mentions.csv", "events.csv", "statements.csv", "casualties.csv"):
        assert (run_dir / name).exists()
