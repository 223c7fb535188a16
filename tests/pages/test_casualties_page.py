"""The Casualties panel: the seeds' tallies appear with their sources, and no total adds two tallies."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    """A fresh store for this module, seeded with the current extractor."""
    old = os.environ.get("DIPLO_DATA")
    os.environ["DIPLO_DATA"] = str(tmp_path_factory.mktemp("cas_store"))
    yield
    if old is None:
        os.environ.pop("DIPLO_DATA", None)
    else:
        os.environ["DIPLO_DATA"] = old


@pytest.fixture(scope="module")
def page(store_dir):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page("app_pages/3_Casualties.py").run()
    assert not at.exception, at.exception
    return at


def test_title_and_three_tables(page):
    assert page.title[0].value == "Casualties"
    assert len(page.dataframe) == 3  # cumulative totals, incident totals, claims


def test_seed_tallies_appear_with_their_sources(page):
    cum = page.dataframe[0].value
    got = {(r["group"], r["outcome"]): (r["total"], r["sources"]) for r in cum.to_dict("records")}
    assert got[("Palestinians", "killed")] == ("86", "AFP")
    assert got[("Israelis", "killed")] == ("13", "AFP")
    assert got[("Ukrainians", "killed")] == ("1", "AFP")


def test_incidents_are_shown_apart(page):
    inc = page.dataframe[1].value
    got = {(r["group"], r["outcome"]): r["total"] for r in inc.to_dict("records")}
    assert got[("Palestinians", "killed")] == "18"
    assert got[("Palestinians", "wounded")] == "more than 40"  # reads as in the claims table (item 8)
    assert got[("Israelis", "wounded")] == "2"


def test_no_total_adds_two_cumulative_tallies(page):
    claims = page.dataframe[2].value
    cum_counts = {}
    for r in claims[claims["kind"] == "cumulative"].to_dict("records"):
        cum_counts.setdefault((r["group"], r["outcome"]), []).append(int(r["figure"].split()[-1].replace(",", "")))
    totals = page.dataframe[0].value.to_dict("records")
    assert totals
    for r in totals:
        biggest = max(cum_counts[(r["group"], r["outcome"])])
        assert r["low"] <= biggest and (r["high"] != r["high"] or r["high"] <= biggest)  # NaN: open-ended


def test_claims_table_lists_each_claim_with_source_and_link(page):
    claims = page.dataframe[2].value
    assert len(claims) == 7
    afp = claims[claims["reported by"] == "AFP"]
    assert sorted(afp["figure"]) == ["1", "13", "86"]
    assert all(link.startswith("Articles?doc=") for link in claims["link"])
    assert "over 40" not in set(claims["figure"]) and "more than 40" in set(claims["figure"])


def test_series_selector_offers_each_group(page):
    options = page.selectbox(key="cas_series").options
    assert "Palestinians killed" in options and "Israelis killed" in options


def test_claims_without_a_period_or_place_show_empty_cells(page):
    claims = page.dataframe[2].value
    text = ["period", "period from", "period to", "outlet", "date", "location", "sub-count of"]
    assert not claims[text].isna().any().any(), claims[text]
    incident = claims[claims["kind"] == "incident"]
    assert len(incident) and (incident["period from"] == "").all()  # the seeds' incidents have no period
    assert (claims[claims["kind"] == "cumulative"]["period from"] != "").all()  # a tally keeps its period
