"""Timeline page (AppTest): filters from the URL, lanes, empty results, export, notices."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib.views.filters import Filters, apply_filters

ROOT = Path(__file__).resolve().parents[2]
PAGE = "app_pages/1_Timeline.py"


def run(params: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / PAGE), default_timeout=120)  # a URL opened straight on this page
    for k, v in (params or {}).items():
        at.query_params[k] = v
    return at.run()


def table_len(at) -> int:
    return len(at.dataframe[0].value)


def test_default_view_lists_body_events(seed_tables):
    at = run()
    assert not at.exception
    expected = len(apply_filters(seed_tables["events"], Filters(), seed_tables["articles"]))
    assert expected > 0
    assert table_len(at) == expected
    assert at.get("plotly_chart")
    assert "Articles?doc=" in str(at.dataframe[0].value["source"].iloc[0])


@pytest.mark.parametrize("params, f", [
    ({"q": "talks"}, Filters(text="talks")),
    ({"faction": "Hamas"}, Filters(factions=("Hamas",))),
    ({"dates": ["2023-03-01", "2023-03-31"]}, Filters(date_from="2023-03-01", date_to="2023-03-31")),
    ({"body_only": "false", "exact_dates": "true"}, Filters(hide_non_body=False, hide_coarse_dates=True)),
])
def test_url_restores_the_view(seed_tables, params, f):
    at = run(params)
    assert not at.exception
    expected = len(apply_filters(seed_tables["events"], f, seed_tables["articles"]))
    if expected == 0:
        assert any("No events match" in i.value for i in at.info)
    else:
        assert table_len(at) == expected
    if "q" in params:
        assert at.sidebar.text_input(key="q").value == params["q"]


def test_lane_choice_from_url():
    at = run({"lane": "Event type"})
    assert not at.exception
    spec = at.get("plotly_chart")[0].proto.spec
    assert '"Event type"' in spec and '"Faction"' not in spec
    assert '"Faction"' in run().get("plotly_chart")[0].proto.spec


def test_invalid_params_give_notices_not_exceptions():
    at = run({"faction": ["Hamas", "Atlantis"], "dates": "2023-99-01", "body_only": "maybe", "lane": "nope"})
    assert not at.exception
    import html

    text = html.unescape(" ".join(w.value for w in at.warning))  # link values are shown inert (ui.md)
    assert "Atlantis" in text and "2023-99-01" in text and "maybe" in text and "nope" in text


def test_no_rows_is_a_message_and_export_still_works():
    at = run({"q": "zzzz-no-such-words"})
    assert not at.exception
    assert any("No events match" in i.value for i in at.info)
    assert not at.dataframe
    assert at.get("download_button")


def test_changing_a_widget_filters_the_table(seed_tables):
    at = run()
    before = table_len(at)
    at.sidebar.text_input(key="q").input("talks").run()
    assert not at.exception
    assert table_len(at) == len(apply_filters(seed_tables["events"], Filters(text="talks"), seed_tables["articles"]))
    assert table_len(at) < before


def test_real_world_event_view_counts_each_linked_event_once(tmp_data):
    """Two wire copies of one meeting are two reports but one real-world event with two sources."""
    from lib.store import opening, sources

    store = opening.open_store(refresh="auto")
    store.ingest([
        sources.Source("w1", b"CAIRO, March 19 (AFP) - Israeli and Palestinian officials held talks in Cairo on Sunday, "
                        b"Egypt's foreign ministry said.", meta={"published": "2023-03-19", "outlet": "AFP"}),
        sources.Source("w2", b"Israeli and Palestinian delegations held talks in Cairo on Sunday, state media reported.",
                  meta={"published": "2023-03-20", "outlet": "Ahram"})])
    at = run({"event_type": "meeting", "article": ["w1", "w2"]})
    assert not at.exception
    reports = table_len(at)
    at.radio(key="view").set_value("Real-world events (reports linked across articles)").run()
    assert not at.exception
    assert table_len(at) == reports - 1


def test_table_is_in_date_order(seed_tables):
    from lib.views import timeline

    at = run()
    assert not at.exception
    want = timeline.by_date(apply_filters(seed_tables["events"], Filters(), seed_tables["articles"]))
    shown = at.dataframe[0].value
    assert shown["sentence"].tolist() == want["sentence"].tolist()
