"""The timeline figure, pure: events -> plotly Figure with swimlanes, colour by type and symbol by date basis.

Events known to the day are markers; events known only to the week, month or year are drawn as a bar over
that whole period (never as a false exact day). Above ``MAX_POINTS`` events, points are aggregated into
counts per lane, type and period (marker size = count): the finest of day, week, month, quarter and year that fits
the budget, with the busiest ``MAX_LANES`` lanes (the rest as one lane), then fewer lanes and types if still too
many. The budget holds at any corpus size, so the chart payload stays small (< 1 MB) and the page draws quickly;
narrowing the filters brings back finer periods and then individual marks.
The counting within the budget is ``lib.views.timeline_counts``; this module makes the points and draws them.

Example:
    >>> import pandas as pd
    >>> ev = pd.DataFrame({"event_id": ["e1", "e2"], "article_id": ["a", "a"], "event_type": ["meeting", "attack"],
    ...     "date": ["2023-03-19", "2023-02"], "date_start": ["2023-03-19", "2023-02-01"],
    ...     "date_end": ["2023-03-19", "2023-02-28"], "date_precision": ["day", "month"],
    ...     "date_basis": ["explicit", "article"], "factions": ["Israel; Egypt", "Hamas"], "sentence": ["x", "y"]})
    >>> pts = timeline_points(ev, lane="faction")
    >>> sorted(pts["lane"]), list(pts["is_span"])
    (['Egypt', 'Hamas', 'Israel'], [False, True, False])
    >>> len(build_figure(pts).data) > 0
    True
"""
from __future__ import annotations

import datetime as dt

from lib.views import palette
from lib.views.columns import split_multi, timex_bounds
from lib.views.timeline_counts import MAX_POINTS, POINT_COLUMNS, _coded_counts, aggregate
from lib.views.typelabels import type_label

LANES = {"faction": "Faction", "event_type": "Event type"}
NO_LANE = "(no faction)"
SYMBOLS = {"explicit": "circle", "relative": "diamond", "article": "square", "none": "x-thin-open"}
BASIS_LABEL = {"explicit": "date written in full", "relative": "relative to publication",
               "article": "article's date", "none": "no date"}
LOCATION_BASIS_LABEL = {"attached": "named with the event", "dateline": "dateline city",
                        "sentence": "from its sentence", "article": "from the article",
                        "previous sentence": "from the previous sentence"}


def type_colours(types) -> dict[str, str]:
    """Colour per event type, from the one palette (``lib.views.palette``): the same whatever the filter.

    >>> type_colours(["visit", "meeting"])
    {'meeting': '#1f77b4', 'visit': '#d62728'}
    """
    return palette.type_colours(types)


def _cell(r, name, default=""):
    v = r.get(name, default)
    return default if v is None or (isinstance(v, float) and v != v) else v


def timeline_points(events, lane: str = "faction", articles=None):
    """One row per (event, lane) that can be placed in time: x = first day, x_end = day after the last day.

    An event with several factions appears in each of their lanes; undated events are left out.
    """
    import pandas as pd

    outlets = {}
    if articles is not None and len(articles):
        outlets = dict(zip(articles["article_id"], articles["outlet"], strict=False))
    rows = []
    if events is not None and len(events):
        for r in events.to_dict("records"):
            lo, hi = timex_bounds(_cell(r, "date_start")) if _cell(r, "date_start") else ("", "")
            hi = timex_bounds(_cell(r, "date_end"))[1] or hi if _cell(r, "date_end") else hi
            if not lo:
                lo, hi = timex_bounds(_cell(r, "date"))
            if not lo:
                continue
            hi = max(hi or lo, lo)
            precision = _cell(r, "date_precision") or ("day" if lo == hi else "")
            is_span = lo != hi
            lanes = split_multi(_cell(r, "factions")) if lane == "faction" else [_cell(r, "event_type") or "?"]
            for ln in lanes or [NO_LANE]:
                rows.append({
                    "event_id": _cell(r, "event_id"), "article_id": _cell(r, "article_id"), "lane": ln,
                    "event_type": _cell(r, "event_type") or "?", "date": _as_written(r), "x": lo,
                    "x_end": (dt.date.fromisoformat(hi) + dt.timedelta(days=1)).isoformat(), "is_span": is_span,
                    "precision": precision, "date_basis": _cell(r, "date_basis") or "none",
                    "actors": _cell(r, "actors"), "location": _cell(r, "location"),
                    "sentence": str(_cell(r, "sentence")), "outlet": outlets.get(_cell(r, "article_id"), ""),
                    "start": int(_cell(r, "start", 0) or 0), "count": 1,
                    "location_basis": _cell(r, "location_basis")})
    pts = pd.DataFrame(rows, columns=list(POINT_COLUMNS))
    return pts.sort_values(["lane", "x", "event_id"], kind="stable").reset_index(drop=True)


def timeline_view(events, lane: str = "faction", articles=None, max_points: int = MAX_POINTS):
    """What the Timeline page draws: ``aggregate(timeline_points(events, lane, articles), max_points)``.

    When there are more than ``max_points`` points, the counts are computed on integer codes of the distinct
    (lane cell, type, day) values instead of one Python record per event (325k events: ~0.2 s instead of minutes);
    the result is the same frame.

    >>> import pandas as pd
    >>> ev = pd.DataFrame({"event_type": ["m"] * 3, "date_start": ["2023-01-02", "2023-01-02", "2023-01"],
    ...                    "factions": ["A; B", "A", ""]})
    >>> v = timeline_view(ev, max_points=3)
    >>> list(zip(v["lane"], v["x"], v["count"]))
    [('(no faction)', '2023-01-01', 1), ('A', '2023-01-02', 2), ('B', '2023-01-02', 1)]
    >>> v.equals(aggregate(timeline_points(ev), max_points=3))
    True
    """
    import numpy as np
    import pandas as pd

    from lib.views.columns import _factorize, _unique
    from lib.views.daycodes import day_index, grain

    if events is None or not len(events):
        return aggregate(timeline_points(events, lane, articles), max_points)
    day, days = day_index(events, _first_day_key)  # per row: its first day (date_start, else date) as an index into ``days``
    dated = day >= 0

    def clean(v):
        return "" if v is None or (isinstance(v, float) and v != v) else v

    types = events["event_type"] if "event_type" in events.columns else pd.Series("", index=events.index)
    if lane == "faction":
        cells = events["factions"] if "factions" in events.columns else pd.Series("", index=events.index)
        lanes_of = lambda v: split_multi(clean(v)) or [NO_LANE]  # noqa: E731
    else:
        cells = types
        lanes_of = lambda v: [clean(v) or "?"]  # noqa: E731
    cell_codes, cell_values = _factorize(cells)
    cell_lanes = [lanes_of(v) for v in cell_values]
    n_lanes = np.asarray([len(x) for x in cell_lanes], dtype=np.int64)
    if int(n_lanes[cell_codes[dated]].sum()) <= max_points:
        return aggregate(timeline_points(events, lane, articles), max_points)
    type_codes, type_values = _factorize(types)
    type_names = [clean(v) or "?" for v in type_values]
    type_id, type_names = pd.factorize(pd.Series(type_names, dtype=object))  # '' and None both read '?'
    # periods finer than the first that can fit are skipped; months nest in every coarser period (``daycodes``)
    first, g, g_days = grain(day, days, max_points)
    # one row per distinct (cell, type, period) with its event count, then one per lane of the cell
    c, t, d = cell_codes[dated].astype(np.int64), type_id[type_codes[dated]].astype(np.int64), g[dated]
    n_t, n_d = len(type_names), max(len(g_days), 1)
    ct = c * n_t + t  # the (cell, type) pairs present, renumbered: a small key space
    pairs = np.flatnonzero(np.bincount(ct, minlength=len(cell_values) * n_t))
    renum = np.zeros(len(cell_values) * n_t, dtype=np.int64)
    renum[pairs] = np.arange(len(pairs))
    key = renum[ct] * n_d + d
    if len(pairs) * n_d <= 4_000_000:  # a dense count (no hashing of the rows)
        hits = np.bincount(key, minlength=len(pairs) * n_d)
        uniq = np.flatnonzero(hits)
        counts = hits[uniq]
    else:
        uniq, counts = _unique(key, counts=True)
    gct, gd = pairs[uniq // n_d], uniq % n_d
    gc, gt = gct // n_t, gct % n_t
    lane_id, lane_names = pd.factorize(pd.Series([ln for lns in cell_lanes for ln in lns], dtype=object))
    offsets = np.concatenate([[0], np.cumsum(n_lanes)[:-1]])
    reps = n_lanes[gc]
    within = np.arange(int(reps.sum())) - np.repeat(np.cumsum(reps) - reps, reps)
    lanes = lane_id[np.repeat(offsets[gc], reps) + within]
    used = np.flatnonzero(np.bincount(lanes, minlength=len(lane_names)))  # lanes with events (a category: maybe not)
    renum = np.zeros(len(lane_names), dtype=np.int64)
    renum[used] = np.arange(len(used))
    return _coded_counts(renum[lanes], [lane_names[i] for i in used], np.repeat(gt, reps), list(type_names), np.repeat(gd, reps), g_days,
                         np.repeat(counts, reps), max_points, first)


_MONTH_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _first_day_key(v) -> int:
    """``_key(timex_bounds(v)[0])``, with a fast path for a plain YYYY-MM-DD (most values of a large corpus).

    >>> [_first_day_key(v) for v in ("2023-03-19", "2023-02-29", "2024-02-29", "2023-W11", "", None)]
    [20230319, -1, 20240229, 20230313, -1, -1]
    """
    if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-" and v[:4].isdigit() \
            and v[5:7].isdigit() and v[8:].isdigit():
        y, m, d = int(v[:4]), int(v[5:7]), int(v[8:])
        if y >= 1 and 1 <= m <= 12 and 1 <= d <= _MONTH_DAYS[m] and (m, d) != (2, 29):
            return y * 10000 + m * 100 + d
    return _key(timex_bounds(v)[0])


def _as_written(r) -> str:
    """The event's date for the tooltip: the words of the article beside the resolved value when known.

    >>> _as_written({"date": "2023-03-18", "date_text": "Saturday"}), _as_written({"date": "2023-03"})
    ('Saturday → 2023-03-18', '2023-03')
    """
    value, text = _cell(r, "date"), _cell(r, "date_text")
    return f"{text} → {value}" if text and value and str(text) != str(value) else str(value or "")


WRITTEN_DATE_COLUMNS = ("article_id", "kind", "sentence_start", "value", "text")  # what ``written_dates`` reads


def written_dates(events, mentions):
    """``events`` plus ``date_text``: the date as written in the event's sentence (a date mention of that
    sentence whose value is the event's date), '' when none.

    >>> import pandas as pd
    >>> ev = pd.DataFrame({"article_id": ["a"], "start": [0], "date": ["2023-03-18"]})
    >>> m = pd.DataFrame({"article_id": ["a"], "kind": ["date"], "sentence_start": [0], "value": ["2023-03-18"],
    ...                   "text": ["Saturday"]})
    >>> list(written_dates(ev, m)["date_text"])
    ['Saturday']
    """
    if events is None or not len(events) or mentions is None or not len(mentions) or "date" not in events.columns:
        return events
    d = mentions[mentions["kind"] == "date"]
    text = {(a, int(s), str(v)): str(t) for a, s, v, t in zip(d["article_id"], d["sentence_start"], d["value"],
                                                                d["text"], strict=True)}
    keys = zip(events["article_id"], events["start"].astype(int), events["date"].astype(str), strict=True)
    return events.assign(date_text=[text.get(k, "") for k in keys])


def _key(day: str) -> int:
    return int(day[:4] + day[5:7] + day[8:10]) if day else -1


def _hover(r, lane_is_type: bool = False) -> str:
    from html import escape

    def e(v, n=160):
        s = str(v or "")
        return escape(s if len(s) <= n else s[: n - 1] + "…")

    when = f"{r['x']} – {r['x_end']} (excl.)" if r["is_span"] else r["x"]
    written = str(r["date"] or "")
    date = written if written.endswith(str(when)) else f"{written} → {when}" if written else str(when)
    lane = type_label(r["lane"]) if lane_is_type else r["lane"]
    return (f"<b>{e(type_label(r['event_type']))}</b> · {e(lane)}<br>date: {e(date)} "
            f"({e(r['precision'])}, {e(BASIS_LABEL.get(r['date_basis'], r['date_basis']))})<br>"
            f"actors: {e(r['actors'])}<br>place: {e(r['location']) or '–'}"
            f"{' (' + e(LOCATION_BASIS_LABEL.get(r.get('location_basis') or '', r.get('location_basis'))) + ')' if r.get('location_basis') else ''}<br>"
            f"<i>{e(r['sentence'], 200)}</i><br>{e(r['outlet'])}")


def lane_positions(points) -> tuple[dict, list]:
    """({lane: y}, [(y, lane)]) with lanes top to bottom in alphabetical order, y = 0 for the bottom lane."""
    lanes = sorted({str(x) for x in points["lane"]}, key=str.casefold, reverse=True)
    return {ln: i for i, ln in enumerate(lanes)}, list(enumerate(lanes))


def jitter(points, pos: dict, spread: float = 0.6):
    """y per day point: its lane's position, spread within the lane when several share the lane and the day, so
    none hides another.

    >>> import pandas as pd
    >>> p = pd.DataFrame({"lane": ["A", "A", "B"], "x": ["2023-03-18"] * 3})
    >>> jitter(p, {"A": 1, "B": 0}).tolist()
    [0.85, 1.15, 0.0]
    """
    import numpy as np

    if not len(points):
        return np.zeros(0)
    key = points["lane"].astype(str) + "|" + points["x"].astype(str)
    n = key.map(key.value_counts()).to_numpy()
    k = key.groupby(key).cumcount().to_numpy()
    step = np.where(n > 1, np.minimum(spread / np.maximum(n, 1), 0.3), 0.0)
    base = points["lane"].astype(str).map(pos).to_numpy(dtype=float)
    return np.round(base + (k - (n - 1) / 2) * step, 3)


# Date axis labels by zoom: never hours on a month (a day is the finest date an article gives).
TICK_FORMATS = [dict(dtickrange=[None, 86_400_000], value="%Y-%m-%d"),
                dict(dtickrange=[86_400_000, 604_800_000], value="%d %b\n%Y"),
                dict(dtickrange=[604_800_000, "M1"], value="%d %b\n%Y"),
                dict(dtickrange=["M1", "M12"], value="%b\n%Y"),
                dict(dtickrange=["M12", None], value="%Y")]
MIN_SPAN_DAYS = 14  # a shorter range is widened, so the automatic ticks are days or longer


def _x_range(points) -> list[str] | None:
    xs = [dt.date.fromisoformat(x) for x in points["x"]] + \
         [dt.date.fromisoformat(x) for x in points.loc[points["is_span"], "x_end"]]
    if not xs:
        return None
    lo, hi = min(xs), max(xs)
    pad = max(dt.timedelta(days=1), (hi - lo) * 0.03)
    if (hi - lo).days < MIN_SPAN_DAYS:
        pad = dt.timedelta(days=(MIN_SPAN_DAYS - (hi - lo).days) / 2 + 1)
    return [(lo - pad).isoformat(), (hi + pad).isoformat()]


def build_figure(points, lane_title: str = "Faction"):
    """Plotly figure: one trace per (event type, date basis) for day events, one bar trace per type for spans.

    Lanes are rows; events of one lane and day are spread within it (``jitter``). Two small legends: event type
    by colour (click to hide a type), date basis by symbol. Types are named by their labels (``typelabels``) in
    the legend, the hovers and, when the lanes are types, the lane names. ``customdata`` of every point is
    [event_id, article_id, start] so a click can open the source.
    """
    import plotly.graph_objects as go

    fig = go.Figure()
    if points is None or len(points) == 0:
        fig.update_layout(height=240, annotations=[dict(text="No dated events match the filters", showarrow=False,
                                                        xref="paper", yref="paper", x=0.5, y=0.5)])
        return fig
    colours = type_colours(points["event_type"])
    by_type = lane_title == LANES["event_type"]
    aggregated = (points["date_basis"] == "aggregated").any()
    pos, ticks = lane_positions(points)
    spans = points[points["is_span"]]
    for etype, g in spans.groupby("event_type", sort=True):
        starts = [dt.date.fromisoformat(x) for x in g["x"]]
        widths = [(dt.date.fromisoformat(b) - a).days * 86_400_000 for a, b in zip(starts, g["x_end"], strict=True)]
        fig.add_trace(go.Bar(
            x=widths, base=list(g["x"]), y=[pos[str(ln)] for ln in g["lane"]], orientation="h",
            name=f"{etype} (week/month/year)", legendgroup=etype, showlegend=False,
            marker=dict(color=colours[etype], opacity=0.35, line=dict(color=colours[etype], width=1)),
            customdata=g[["event_id", "article_id", "start"]].to_numpy().tolist(),
            hovertext=[_hover(r, by_type) for r in g.to_dict("records")], hoverinfo="text", width=0.5))
    days = points[~points["is_span"]]
    ys = dict(zip(days.index, jitter(days, pos), strict=True))
    for (etype, basis), g in days.groupby(["event_type", "date_basis"], sort=True):
        size = (8 + 4 * g["count"].astype(float) ** 0.5).tolist() if aggregated else 11
        fig.add_trace(go.Scatter(
            x=list(g["x"]), y=[ys[i] for i in g.index], mode="markers", name=f"{etype} · {basis}",
            legendgroup=etype, showlegend=False,
            marker=dict(color=colours[etype], symbol=SYMBOLS.get(basis, "circle"), size=size,
                        line=dict(color="white", width=1)),
            customdata=g[["event_id", "article_id", "start"]].to_numpy().tolist(),
            hovertext=[_hover(r, by_type) for r in g.to_dict("records")] if not aggregated else
            [f"{c} × {type_label(t)} · {type_label(ln) if by_type else ln} · {x}" for c, t, ln, x in zip(g["count"].tolist(), g["event_type"].tolist(),
                                                              g["lane"].tolist(), g["x"].tolist(), strict=True)],
            hoverinfo="text"))
    # The two legends are keys only: one entry per type (toggles that type) and one per date basis.
    for etype, colour in colours.items():
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=type_label(etype), legendgroup=etype,
                                 marker=dict(color=colour, symbol="square", size=10), legend="legend",
                                 hoverinfo="skip"))
    for basis in [b for b in SYMBOLS if b in set(points["date_basis"])] + (["span"] if len(spans) else []):
        label = "week/month/year (bar)" if basis == "span" else BASIS_LABEL.get(basis, basis)
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=label, legend="legend2",
                                 marker=dict(color="#666", symbol="line-ew-open" if basis == "span"
                                             else SYMBOLS.get(basis, "circle"), size=10, line=dict(width=2)),
                                 hoverinfo="skip"))
    n_lanes = len(ticks)
    height = max(280, 60 + 34 * n_lanes)
    fig.update_layout(
        barmode="overlay", height=height, margin=dict(l=10, r=10, t=30, b=10),
        xaxis=dict(type="date", title=None, range=_x_range(points), tickformatstops=TICK_FORMATS),
        yaxis=dict(title=lane_title, tickmode="array", tickvals=[y for y, _ in ticks],
                   ticktext=[type_label(ln) if by_type else ln for _, ln in ticks], range=[-0.6, n_lanes - 0.4], zeroline=False),
        legend=dict(title="type", font=dict(size=11), y=1, yanchor="top", tracegroupgap=0),
        legend2=dict(title="date", font=dict(size=11), y=0, yanchor="bottom", itemclick=False,
                     itemdoubleclick=False),
        hoverlabel=dict(align="left"), clickmode="event+select")
    return fig


def table_rows(events, articles=None, f=None):
    """Rows for the table beneath the chart: dates, type, actors, place, outlet, sentence and a viewer link."""
    import pandas as pd

    from lib.views.querystate import viewer_links

    cols = ["date", "source", "event_type", "sentence", "factions", "actors", "location", "outlet", "date_start",
            "date_end", "date_precision", "date_basis", "event_id", "article_id"]
    if events is None or len(events) == 0:
        return pd.DataFrame(columns=cols)
    out = events.copy()
    outlets = {} if articles is None else dict(zip(articles["article_id"], articles["outlet"], strict=False))
    out["outlet"] = out["article_id"].map(outlets).fillna("")
    out["source"] = viewer_links(out["article_id"].tolist(), out["start"].tolist(), f)
    return out[[c for c in cols if c in out.columns]].reset_index(drop=True)


def by_date(events):
    """Events in date order (first day, then last day; undated last), ties in article order: the table and the
    export show the same order.

    >>> import pandas as pd
    >>> ev = pd.DataFrame({"date_start": ["2023-03", "", "2023-01-02"], "date_end": ["2023-03", "", "2023-01-02"],
    ...                    "article_id": ["a", "a", "b"], "start": [5, 1, 0]})
    >>> list(by_date(ev)["date_start"])
    ['2023-01-02', '2023-03', '']
    """
    if events is None or len(events) == 0:
        return events
    return events.iloc[date_order(events)]


def date_order(events):
    """The positions that put ``events`` in ``by_date`` order: a page takes only the rows it shows in that order
    (1.7M events at 100k articles: reordering every column costs ~1 s CPU; the counts of the chart need no order).

    >>> import pandas as pd
    >>> ev = pd.DataFrame({"date_start": ["2023-03", "", "2023-01-02"], "date_end": ["2023-03", "", "2023-01-02"],
    ...                    "article_id": ["a", "a", "b"], "start": [5, 1, 0]})
    >>> date_order(ev).tolist()
    [2, 0, 1]
    """
    import numpy as np
    import pandas as pd

    from lib.views.columns import _intervals

    if events is None or len(events) == 0:
        return np.zeros(0, dtype=np.int64)

    # integer day keys (YYYYMMDD; the string order) instead of sorting strings: 1.7M events in well under a second
    _, _, lo_k, hi_k = _intervals(events, strings=False)
    keys = [np.where(lo_k >= 0, lo_k, 99990000), hi_k]  # undated ('9999') last; an empty last day sorts first
    if "article_id" in events.columns:
        art = events["article_id"]
        keys.append(art.cat.codes.to_numpy() if isinstance(art.dtype, pd.CategoricalDtype)
                    else pd.factorize(art, sort=True)[0])
    if "start" in events.columns:
        keys.append(events["start"].to_numpy())
    return np.lexsort(keys[::-1])


def view_in_date_order(events, order, lane: str = "faction", articles=None, max_points: int = MAX_POINTS):
    """``timeline_view(events.iloc[order], ...)`` without reordering every row when the view is counts (their
    result does not depend on the order); marks (at most ``max_points``) are drawn from the rows in order.

    >>> import pandas as pd
    >>> ev = pd.DataFrame({"event_type": ["m"] * 3, "date_start": ["2023-01-03", "2023-01-02", "2023-01-02"],
    ...                    "factions": ["A", "A", "B"]})
    >>> order = date_order(ev)
    >>> all(view_in_date_order(ev, order, max_points=m).equals(timeline_view(ev.iloc[order], max_points=m))
    ...     for m in (1, 2, 3))
    True
    """
    if events is None or len(events) <= max_points:
        return timeline_view(None if events is None else events.iloc[order], lane, articles, max_points)
    points = timeline_view(events, lane, articles, max_points)
    if len(points) and (points["date_basis"] == "aggregated").all():
        return points
    return timeline_view(events.iloc[order], lane, articles, max_points)  # marks: in date order


VIEWS = {"reports": "Every report", "events": "Real-world events (reports linked across articles)"}


def one_per_cluster(events):
    """One row per real-world event: the reports sharing an ``event_cluster_id`` collapse into their most
    precise report (day before week/month/year, then the earliest), with ``n_reports`` and ``n_articles``.
    Reports without a cluster id stay as they are (``n_reports`` 1).

    >>> import pandas as pd
    >>> ev = pd.DataFrame({"event_id": ["e1", "e2", "e3"], "article_id": ["a", "b", "b"],
    ...                    "event_cluster_id": ["c1", "c1", "c2"], "date": ["2023-03", "2023-03-19", "2023-03-20"],
    ...                    "date_precision": ["month", "day", "day"]})
    >>> out = one_per_cluster(ev)
    >>> list(out["event_id"]), list(out["n_reports"]), list(out["n_articles"])
    (['e2', 'e3'], [2, 1], [2, 1])
    """
    import pandas as pd

    if events is None or len(events) == 0 or "event_cluster_id" not in events.columns:
        return events
    df = events.copy()
    key = df["event_cluster_id"].fillna("").astype(str)
    key = key.where(key != "", "row:" + df.index.astype(str))
    rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    prec = df["date_precision"].map(rank).fillna(4) if "date_precision" in df.columns else pd.Series(0, index=df.index)
    date = df["date"].fillna("").astype(str) if "date" in df.columns else pd.Series("", index=df.index)
    order = pd.DataFrame({"key": key, "prec": prec, "date": date.where(date != "", "9999")}, index=df.index)
    best = order.sort_values(["key", "prec", "date"], kind="stable").groupby("key", sort=False).head(1).index
    stats = pd.DataFrame({"key": key, "article_id": df["article_id"]}).groupby("key")
    out = df.loc[sorted(best)].copy()
    out_key = key.loc[out.index]
    out["n_reports"] = out_key.map(stats.size()).astype(int).to_numpy()
    out["n_articles"] = out_key.map(stats["article_id"].nunique()).astype(int).to_numpy()
    return out
