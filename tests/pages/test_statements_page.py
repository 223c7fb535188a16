"""Statements page (AppTest, from app.py): two factions side by side, the stance matrix, and an export that
holds exactly the statements shown."""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib import ui
from lib.ui import widgets
from lib.views import compare

ROOT = Path(__file__).resolve().parents[2]
PAGE = "app_pages/4_Statements.py"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    """A fresh store for this module, seeded with the current extractor."""
    old = os.environ.get("DIPLO_DATA")
    os.environ["DIPLO_DATA"] = str(tmp_path_factory.mktemp("store"))
    yield
    if old is None:
        os.environ.pop("DIPLO_DATA", None)
    else:
        os.environ["DIPLO_DATA"] = old


@pytest.fixture
def exported(monkeypatch):
    """Capture the bytes every export button would download."""
    got: list[bytes] = []
    real = widgets.export_csv_bytes

    def spy(*a, **kw):
        data = real(*a, **kw)
        got.append(data)
        return data

    monkeypatch.setattr(widgets, "export_csv_bytes", spy)
    return got


def open_page():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180).run()
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    return at


def unescape(md: str) -> str:
    """Markdown made inert by ``ui.md`` (character references, word joiners) back to its text."""
    import html

    return html.unescape(md).replace("\u2060", "")


def shown_columns(at) -> dict[str, list[str]]:
    """{faction: [quote, ...]} as rendered in the side-by-side columns."""
    out = {}
    for col in at.columns:
        heads = [m.value for m in col.markdown if m.value.startswith("#### ")]
        if heads:
            # quotes are plain st.text elements: “quote”
            out[unescape(heads[0][5:])] = [t.value[1:-1] for t in col.text
                                           if t.value.startswith("“") and t.value.endswith("”")]
    return out


def test_two_factions_side_by_side_and_export_matches(store_dir, exported):
    at = open_page()
    ms = at.multiselect(key="compare")
    assert {"Hamas", "Egypt"} <= set(ms.options)
    exported.clear()
    ms.set_value(["Hamas", "Egypt"]).run()
    assert not at.exception, at.exception

    cols = shown_columns(at)
    assert list(cols) == ["Hamas", "Egypt"]
    assert cols["Hamas"] and cols["Egypt"]
    # each column holds exactly that faction's statements
    stm = ui.load_tables()["statements"]
    stm = stm[stm["region"] == "body"]
    for faction, quotes in cols.items():
        want = compare.by_faction(stm, [faction])[faction]
        assert sorted(quotes) == sorted(want["quote"]), faction
    assert any("rejects the Sharm al-Sheikh conference" in q for q in cols["Hamas"])
    assert not any("rejects the Sharm" in q for q in cols["Egypt"])

    # the export holds exactly the rows shown, in the order shown, with their column and sentence link
    assert exported, "no export button rendered"
    rows = list(csv.DictReader(io.StringIO(exported[-1].decode("utf-8-sig"))))
    assert [(r["column"], r["quote"]) for r in rows] == [(f, q) for f, qs in cols.items() for q in qs]
    assert all(r["link"].startswith("Articles?doc=") and r["sentence"] for r in rows)


def test_stance_matrix_counts_statements(store_dir):
    at = open_page()
    (table,) = at.dataframe  # the only table on the page: the faction x stance matrix
    df = table.value
    assert {"threat", "reject", "condemn", "welcome", "demand", "agree", "deny", "neutral", "total"} <= set(df.columns)
    assert df.loc["Hamas", "reject"] >= 1
    assert (df[list(compare.STANCES)].sum(axis=1) == df["total"]).all()


def test_sidebar_faction_filter_presets_the_columns(store_dir):
    at = open_page()
    at.multiselect(key="faction").set_value(["Russia", "Israel"]).run()
    assert not at.exception, at.exception
    cols = shown_columns(at)
    assert sorted(cols) == ["Israel", "Russia"]
    assert cols["Russia"] and any("Quartet" in q for q in cols["Russia"])
    # only the filtered factions are offered
    assert set(at.multiselect(key="compare").options) <= {"Russia", "Israel", "United States"}


def test_no_factions_chosen_shows_a_hint_and_empty_export(store_dir, exported):
    at = open_page()
    exported.clear()
    at.multiselect(key="compare").set_value([]).run()
    assert not at.exception
    assert shown_columns(at) == {}
    assert any("Choose factions" in i.value for i in at.info)
    rows = list(csv.DictReader(io.StringIO(exported[-1].decode("utf-8-sig"))))
    assert rows == []


def test_picking_an_event_keeps_the_statements_reported_with_it(store_dir):
    at = open_page()
    tables = ui.load_tables()
    events, stm = tables["events"], tables["statements"]
    choices = compare.event_choices(events)
    # a meeting reported by exactly one article, in Sharm al-Sheikh
    eid = next(e for e, label in choices.items() if "meeting" in label and "Sharm" in label)
    article = events.loc[events["event_id"] == eid, "article_id"].iloc[0]
    at.selectbox(key="stmt_event").set_value(eid).run()
    assert not at.exception, at.exception
    offered = at.multiselect(key="compare").options
    want = compare.factions_of(compare.statements_for_event(stm[stm["region"] == "body"], events, eid))
    assert offered == want and "Hamas" in offered and "Russia" not in offered
    at.multiselect(key="compare").set_value(["Hamas", "Egypt"]).run()
    cols = shown_columns(at)
    others = set(stm.loc[stm["article_id"] != article, "quote"])
    assert cols["Hamas"] and not any(q in others for qs in cols.values() for q in qs)


def test_israel_column_holds_the_states_indirect_speech(store_dir):
    """Issue #14: a state as the speaker of indirect speech, a joint speaker, and speech reported through a
    spokesman, each with its sentence."""
    at = open_page()
    at.multiselect(key="compare").set_value(["Israel", "Egypt"]).run()
    assert not at.exception, at.exception
    cols = shown_columns(at)
    stm = ui.load_tables()["statements"]
    want = {"it would not seek to start new construction": "Israel said it would not seek to start new construction",
            "technical failures were to blame for the deaths": "Israel said technical failures were to blame",
            "they will only negotiate with Hamas": "The U.S. and Israel have said they will only negotiate with Hamas"}
    for quote, sentence in want.items():
        assert any(q.startswith(quote) for q in cols["Israel"]), quote
        row = stm[(stm["faction"] == "Israel") & stm["quote"].str.startswith(quote)]
        assert len(row) == 1 and sentence in row["sentence"].iloc[0], quote
    # the joint statement is the United States' too, linked to Israel's row by a shared id
    joint = stm[stm["quote"].str.startswith("they will only negotiate with Hamas")]
    assert sorted(joint["faction"]) == ["Israel", "United States"] and joint["statement_group"].nunique() == 1
    # reported through the spokesman: Shoukry's words, relayed by Hafez, in Egypt's column
    assert any(q.startswith("the need to consolidate the ceasefire") for q in cols["Egypt"])
    relayed = stm[stm["quote"].str.startswith("the need to consolidate the ceasefire")]
    assert list(relayed["speaker"]) == ["Sameh Shoukry"] and list(relayed["relayed_by"]) == ["Ahmed Hafez"]
    assert "Ambassador Ahmed Hafez, said Shoukry stressed" in relayed["sentence"].iloc[0]
