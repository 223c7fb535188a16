"""The mediator map as pure functions: venues from the events table, and the Plotly figure.

No streamlit here: ``app_pages/2_Mediator_map.py`` calls these. The base map is drawn offline from the topojson
files shipped in ``static/topojson/`` (``TOPOJSON_CONFIG`` points plotly.js at them).

Example:
    >>> import pandas as pd
    >>> ev = pd.DataFrame({"event_type": ["meeting", "visit", "attack"], "location": ["Cairo", "Cairo", "Gaza"],
    ...     "lat": [30.06, 30.06, 31.5], "lon": [31.25, 31.25, 34.47], "date": ["2023-02-04", "2023-W06", "2023-02"],
    ...     "actors": ["Egypt; Hamas", "Hamas", ""], "host": ["Egypt", "", ""], "factions": ["Egypt; Hamas", "Hamas", ""],
    ...     "status": ["happened", "planned", "happened"], "sentence": ["They met in Cairo.", "He will visit.", "x"],
    ...     "article_id": ["a", "a", "a"], "event_id": ["e1", "e2", "e3"]})
    >>> v = venues(venue_events(ev))
    >>> list(v["location"]), list(v["n"]), v.loc[0, "participants"]
    (['Cairo'], [2], 'Egypt; Hamas')
    >>> fig = map_figure(v)
    >>> fig.data[0].type, fig.layout.geo.resolution
    ('scattergeo', 50)
"""
from __future__ import annotations

import html
import math
import textwrap

import numpy as np
import pandas as pd

from lib.views.palette import PALETTE  # the one palette of the dashboard

MEETING_TYPES = ("meeting", "visit")
# plotly.js fetches <topojsonURL><scope>_<resolution>m.json; Streamlit serves ./static/ at app/static/.
# The URL is relative so that it also works behind a proxy with a base URL path.
TOPOJSON_URL = "app/static/topojson/"
TOPOJSON_CONFIG = {"topojsonURL": TOPOJSON_URL, "displaylogo": False, "scrollZoom": True}
NO_HOST = "host not stated"
NO_FACTION = "no faction"
MAX_LABELS = 8  # name at most the busiest venues on the map, where a label has room (all are named on hover)
MAX_VENUES = 1000  # venues drawn on the map, the busiest first (each carries ~1 KB of hover text); tables list all
VENUE_COLUMNS = ("venue", "location", "lat", "lon", "country_code", "n", "n_planned", "first_date", "last_date",
                 "dates", "participants", "hosts", "host", "faction", "event_ids", "hover")


def _col(df: pd.DataFrame, name: str) -> pd.Series:
    if name in df.columns:
        return df[name].fillna("").astype(str)
    return pd.Series([""] * len(df), index=df.index, dtype=str)


def _strings(df: pd.DataFrame, name: str) -> list[str]:
    """``_col(df, name).tolist()`` without a new string per row: a category column's rows share its categories'
    strings (a 20k-article store's 51k meetings: ~40 MB less at the peak)."""
    if name in df.columns and isinstance(df[name].dtype, pd.CategoricalDtype):
        cats = [str(c) for c in _col(pd.DataFrame({name: df[name].cat.categories}), name)]
        return [cats[c] if c >= 0 else "" for c in df[name].cat.codes.tolist()]
    return _col(df, name).tolist()


def _split(cells) -> list[str]:
    seen: dict[str, None] = {}
    for cell in cells:
        for part in str(cell or "").split(";"):
            part = part.strip()
            if part and part.lower() != "nan":
                seen.setdefault(part, None)
    return list(seen)


def venue_events(events: pd.DataFrame | None) -> pd.DataFrame:
    """Meeting and visit rows that have coordinates, sorted by date (phone calls have no venue).

    >>> venue_events(pd.DataFrame()).empty
    True
    """
    if events is None or events.empty or not {"event_type", "lat", "lon"} <= set(events.columns):
        return pd.DataFrame(columns=list(events.columns) if events is not None else [])
    ev = events[_per_value(events["event_type"], lambda t: str(t).lower() in MEETING_TYPES, bool)].copy()
    ev["lat"] = pd.to_numeric(ev["lat"], errors="coerce")
    ev["lon"] = pd.to_numeric(ev["lon"], errors="coerce")
    ev = ev.dropna(subset=["lat", "lon"])
    ev = ev[(ev["lat"].abs() <= 90) & (ev["lon"].abs() <= 180)]
    # sorted by (first day, article, sentence start), stable: integer ranks of each key, one lexsort (at 100k
    # articles: 241k meetings; sorting their strings with pandas took most of this function)
    days = _per_value(ev["date"], lambda d: date_key("" if pd.isna(d) else str(d)), object) if "date" in ev.columns \
        else np.full(len(ev), "", dtype=object)
    keys = [_rank(days)] + [_rank(ev[c].to_numpy()) for c in ("article_id", "start") if c in ev.columns]
    return ev.take(np.lexsort(keys[::-1]))


def _per_value(col: pd.Series, fn, dtype) -> np.ndarray:
    """``[fn(v) for v in col]`` as an array, computed once per category of a category column (missing: ``fn(nan)``).

    >>> _per_value(pd.Series(["a", "b", "a"], dtype="category"), lambda v: str(v).upper(), object).tolist()
    ['A', 'B', 'A']
    """
    if isinstance(col.dtype, pd.CategoricalDtype):
        per = np.array([fn(v) for v in col.cat.categories.tolist()] + [fn(np.nan)], dtype=dtype)
        return per[col.cat.codes.to_numpy()]  # code -1 (missing) reads the last entry
    return np.array([fn(v) for v in col.tolist()], dtype=dtype)


def _rank(values) -> np.ndarray:
    """Integer ranks giving the order of a stable ``sort_values`` on ``values`` (missing last).

    >>> _rank(np.array(["b", None, "a", "b"], dtype=object)).tolist()
    [1, 2, 0, 1]
    """
    codes, _ = pd.factorize(values, sort=True)
    codes = np.asarray(codes, dtype=np.int64)
    codes[codes < 0] = codes.max() + 1 if len(codes) else 0
    return codes


def date_key(value: str) -> str:
    """A sortable first day for a TimeML value ('' sorts first).

    >>> date_key("2023-W05"), date_key("2023-02"), date_key("2023"), date_key("2023-03-19")
    ('2023-01-30', '2023-02-01', '2023-01-01', '2023-03-19')
    """
    import datetime as dt

    d = (value or "").strip().upper()
    try:
        if len(d) >= 8 and d[4:6] == "-W":
            return dt.date.fromisocalendar(int(d[:4]), int(d[6:8]), 1).isoformat()
    except ValueError:
        return ""
    if len(d) == 7:
        return d + "-01"
    if len(d) == 4 and d.isdigit():
        return d + "-01-01"
    return d[:10]


def venue_key(location: str, lat: float, lon: float) -> str:
    """A venue id: the place name and its point rounded to about a kilometre.

    >>> venue_key("Cairo", 30.06263, 31.24967)
    'Cairo@30.06,31.25'
    """
    return f"{location or '?'}@{lat:.2f},{lon:.2f}"


def _wrap(text: str, width: int = 70, lines: int = 3) -> str:
    parts = textwrap.wrap(text, width=width)
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] += " …"
    return "<br>".join(html.escape(p) for p in parts)


def distinct_events(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per happening: rows of one sentence of one article with the same date are one event (two triggers
    in "X met Y during his visit to Cairo" are one happening at the venue).

    >>> r = pd.DataFrame({"article_id": ["a", "a", "a"], "start": [0, 0, 50], "date": ["2023-02-12"] * 3,
    ...                   "event_type": ["meeting", "visit", "meeting"]})
    >>> len(distinct_events(r))
    2
    """
    keys = [c for c in ("article_id", "start", "date") if c in rows.columns]
    if len(keys) < 3:
        return rows
    return rows.drop_duplicates(subset=keys, keep="first")


def _hover(location: str, country: str, n: int, first: list[dict], participants: list[str], hosts: list[str]) -> str:
    """The hover text of a venue: ``n`` distinct events, the first three of them (``first``: their raw
    status/date/date_basis/location_basis/sentence values) quoted."""
    head = f"<b>{html.escape(location)}</b>" + (f" ({html.escape(country)})" if country else "")
    lines = [head, f"{n} meeting{'s' if n != 1 else ''}/visit{'s' if n != 1 else ''}"]
    if hosts:
        lines.append("Host: " + html.escape(", ".join(hosts[:3])))
    if participants:
        lines.append("Participants: " + _wrap(", ".join(participants[:8]), 70, 2))
    for r in first[:3]:
        status = r["status"] or ""
        tag = f" [{status}]" if status and status != "happened" else ""
        date = r["date"] or "undated"
        how = "; ".join(x for x in (f"date: {r['date_basis'] or ''}".rstrip(": "),
                                    f"place: {r['location_basis'] or ''}".rstrip(": ")) if ":" in x)
        how = f" ({how})" if how else ""
        lines.append(f"<i>{html.escape(str(date))}{html.escape(tag)}{html.escape(how)}</i>: "
                     f"{_wrap(str(r['sentence']))}")
    if n > 3:
        lines.append(f"… and {n - 3} more (select the point to list them)")
    return "<br>".join(lines)


_HOVER_FIELDS = ("status", "date", "date_basis", "location_basis", "sentence")


def _mode(counts: dict[str, int], default: str) -> str:
    """The most frequent value, the smallest of the ties (``pandas.Series.mode().iloc[0]``)."""
    if not counts:
        return default
    top = max(counts.values())
    return min(k for k, c in counts.items() if c == top)


_CHUNK = 32768  # rows turned into Python lists at a time by ``venues``


def _accumulate(acc: dict, lo: int, keys: list[int], distinct: list[bool], cols: dict[str, list[str]], split,
                groups) -> None:
    """``venues``' pass over one chunk of rows (``lo``: its first row's position)."""
    actors, hosts_c, factions_c, dates_c = cols["actors"], cols["host"], cols["factions"], cols["date"]
    ids, status = cols["event_id"], cols["status"]
    for j, key in enumerate(keys):
        i = lo + j
        a = acc.get(key)
        if a is None:
            a = acc[key] = {"i": i, "n": 0, "planned": 0, "participants": {}, "hosts": {}, "host_n": {},
                            "faction_n": {}, "dates": [], "ids": [], "first": [], "country": cols["country_code"][j],
                            "group": None if groups is None else groups[i]}
        if distinct[j]:
            a["n"] += 1
            a["planned"] += status[j] == "planned"
            if len(a["first"]) < 3:
                a["first"].append(i)  # the row's raw values are read at the end, for these rows only
        for p in split(actors[j]):
            a["participants"].setdefault(p, None)
        for h in split(hosts_c[j]):
            a["hosts"].setdefault(h, None)
            a["host_n"][h] = a["host_n"].get(h, 0) + 1
        for f in split(factions_c[j]):
            a["faction_n"][f] = a["faction_n"].get(f, 0) + 1
        if dates_c[j]:
            a["dates"].append(dates_c[j])
        a["ids"].append(ids[j])


def venues(ev: pd.DataFrame, groups: list[str] | None = None) -> pd.DataFrame:
    """One row per venue (name and point): number of meetings, dates, participants, hosts, hover text.

    ``host`` is the most frequent stated host and ``faction`` the most frequent faction, for colouring.
    ``groups`` (one label per row, e.g. its month): one row per group and venue instead, with a ``group`` column,
    sorted by group; each group's rows are what ``venues`` of that group's rows alone gives.
    Approach: one pass over the rows' values in Python, accumulating per venue key (venues in order of first
    appearance, rows in table order); the ``;``-lists of a cell are split once per distinct cell. A groupby with a
    few pandas calls per venue cost ~9 ms per venue (13 s for the 1,400 venues of a 20k-article store).
    """
    if ev is None or ev.empty:
        return pd.DataFrame(columns=list(VENUE_COLUMNS))
    loc = _strings(ev, "location")
    lats, lons = ev["lat"].to_numpy(dtype=float), ev["lon"].to_numpy(dtype=float)
    # venue keys made once per distinct (place, lat, lon), then numbered: an integer per row, no string per row
    trip = pd.DataFrame({"l": pd.factorize(pd.Series(loc, dtype=object))[0], "a": lats, "o": lons})
    point = trip.groupby(["l", "a", "o"], sort=False, dropna=False).ngroup().to_numpy()
    firsts = (~trip.duplicated()).to_numpy().nonzero()[0]  # first row of each point, in ngroup's order
    point_keys = pd.Series([venue_key(loc[i], lats[i], lons[i]) for i in firsts], dtype=object)
    codes, vkeys = pd.factorize(point_keys)
    venue = codes[point]
    gcodes = None if groups is None else pd.factorize(pd.Series(groups, dtype=object))[0]
    acc_keys = venue if gcodes is None else \
        pd.DataFrame({"g": gcodes, "v": venue}).groupby(["g", "v"], sort=False).ngroup().to_numpy()
    dkeys = [c for c in ("article_id", "start", "date") if c in ev.columns]
    if len(dkeys) == 3:  # distinct_events within each venue: first of each (venue, article, sentence, date)
        # on integer codes (missing values share one code, as in drop_duplicates): no Python string per row
        k = pd.DataFrame({c: pd.factorize(ev[c])[0] for c in dkeys})
        k["_venue"] = venue
        if gcodes is not None:
            k["_group"] = gcodes
        distinct = (~k.duplicated(keep="first")).to_numpy()
        del k
    else:
        distinct = np.ones(len(ev), dtype=bool)
    parts: dict[str, list[str]] = {}

    def split(cell: str) -> list[str]:
        got = parts.get(cell)
        if got is None:
            got = parts[cell] = _split([cell])
        return got

    acc: dict[int, dict] = {}
    for lo in range(0, len(ev), _CHUNK):  # the rows' values as Python lists a chunk at a time (bounded memory)
        part = ev.iloc[lo:lo + _CHUNK]
        _accumulate(acc, lo, acc_keys[lo:lo + _CHUNK].tolist(), distinct[lo:lo + _CHUNK].tolist(),
                    {c: _strings(part, c) for c in ("actors", "host", "factions", "date", "event_id", "status",
                                                     "country_code")}, split, groups)
    day: dict[str, str] = {}

    def first_day(d: str) -> str:
        got = day.get(d)
        if got is None:
            got = day[d] = date_key(d)
        return got

    rows = [i for a in acc.values() for i in a["first"]]
    raw = {c: dict(zip(rows, ev[c].take(rows).tolist() if c in ev.columns else [""] * len(rows), strict=True))
           for c in _HOVER_FIELDS}
    out = []
    for a in acc.values():
        i, dates = a["i"], a["dates"]
        location, country = loc[i] or "?", a["country"]
        participants, hosts = list(a["participants"]), list(a["hosts"])
        out.append({
            "venue": vkeys[venue[i]], "location": location, "lat": float(lats[i]), "lon": float(lons[i]),
            "country_code": country, "n": a["n"], "n_planned": int(a["planned"]),
            "first_date": min(dates, key=first_day) if dates else "",
            "last_date": max(dates, key=first_day) if dates else "",
            "dates": "; ".join(dict.fromkeys(dates)), "participants": "; ".join(participants),
            "hosts": "; ".join(hosts), "host": _mode(a["host_n"], NO_HOST),
            "faction": _mode(a["faction_n"], NO_FACTION), "event_ids": "; ".join(a["ids"]),
            "hover": _hover(location, country, a["n"], [{c: raw[c][j] for c in _HOVER_FIELDS} for j in a["first"]],
                            participants, hosts),
        })
    if groups is None:
        v = pd.DataFrame(out, columns=list(VENUE_COLUMNS))
        return v.sort_values(["n", "location"], ascending=[False, True], kind="stable").reset_index(drop=True)
    v = pd.DataFrame(out, columns=list(VENUE_COLUMNS)).assign(group=[a["group"] for a in acc.values()])
    return v.sort_values(["group", "n", "location"], ascending=[True, False, True],
                         kind="stable").reset_index(drop=True)


def place_venues(mentions: pd.DataFrame | None) -> pd.DataFrame:
    """Fallback points when no meeting has a venue: the places the articles name (not countries).

    >>> m = pd.DataFrame({"kind": ["place", "place", "place"], "value": ["Cairo", "Cairo", "Egypt"],
    ...     "lat": [30.06, 30.06, 26.8], "lon": [31.25, 31.25, 30.8], "place_type": ["settlement"] * 2 + ["country"],
    ...     "country_code": ["EG"] * 3, "sentence": ["In Cairo.", "Cairo again.", "Egypt."], "article_id": ["a"] * 3})
    >>> list(place_venues(m)["n"])
    [2]
    """
    return venues(venue_events(place_rows(mentions)))


def place_rows(mentions: pd.DataFrame | None) -> pd.DataFrame:
    """The place mentions (not countries) as undated meeting rows at their place (``place_venues``' input)."""
    if mentions is None or mentions.empty or "kind" not in mentions.columns:
        return pd.DataFrame(columns=list(VENUE_COLUMNS))
    m = mentions[(mentions["kind"] == "place") & (_col(mentions, "place_type") != "country")].copy()
    m = m.rename(columns={"value": "location"})
    m["event_type"] = "meeting"
    m["date"] = ""
    return m


def color_groups(v: pd.DataFrame, by: str = "host") -> list[str]:
    """Legend groups in display order: by 'host' or 'faction', biggest first, the 'not stated' group last."""
    col = "host" if by == "host" else "faction"
    if v.empty:
        return []
    sizes = v.groupby(col)["n"].sum().sort_values(ascending=False, kind="stable")
    groups = [g for g in sizes.index if g not in (NO_HOST, NO_FACTION)]
    return groups + [g for g in sizes.index if g in (NO_HOST, NO_FACTION)]


def marker_size(n) -> float:
    """Marker diameter in pixels, growing with the square root of the number of meetings.

    >>> marker_size(1), marker_size(4)
    (14.0, 22.0)
    """
    return 6.0 + 8.0 * math.sqrt(max(int(n), 1))


def geo_ranges(lats, lons, pad: float = 4.0, min_span: float = 14.0,
               aspect: float = 1.8) -> tuple[list[float], list[float]]:
    """(lon range, lat range) framing the points with a margin, widened to about ``aspect`` (width/height)
    so the map fills the chart; the whole world when there are no points.

    >>> geo_ranges([30.0, 32.0], [31.0, 35.0])
    ([20.4, 45.6], [24.0, 38.0])
    """
    lats, lons = [float(x) for x in lats], [float(x) for x in lons]
    if not lats:
        return [-180.0, 180.0], [-60.0, 85.0]

    def rng(lo: float, hi: float, span: float, lo_lim: float, hi_lim: float) -> list[float]:
        lo, hi = lo - pad, hi + pad
        if hi - lo < span:
            mid = (lo + hi) / 2
            lo, hi = mid - span / 2, mid + span / 2
        return [max(lo_lim, round(lo, 2)), min(hi_lim, round(hi, 2))]

    lon_span = max(max(lons) - min(lons) + 2 * pad, min_span)
    lat_span = max(max(lats) - min(lats) + 2 * pad, min_span)
    lon_span, lat_span = max(lon_span, lat_span * aspect), max(lat_span, lon_span / aspect)
    return (rng(min(lons), max(lons), lon_span, -180, 180), rng(min(lats), max(lats), lat_span, -89, 89))


def labels_of(v: pd.DataFrame, geo: dict) -> dict[str, str]:
    """{venue key: label side} for the busiest ``MAX_LABELS`` venues whose label has room on the map drawn with
    ``geo`` (``lib.views.maplabels``: no label over another label or another venue's marker); the rest are named
    on hover only."""
    from lib.views.maplabels import label_sides

    if not len(v):
        return {}
    top = v.sort_values("n", ascending=False, kind="stable").head(MAX_LABELS)
    sides = label_sides(top["location"].tolist(), top["lat"].tolist(), top["lon"].tolist(),
                        [marker_size(n) for n in top["n"]], geo["lonaxis"]["range"], geo["lataxis"]["range"])
    return {str(k): side for k, side in zip(top["venue"], sides, strict=True) if side}


def _geo_layout(v: pd.DataFrame) -> dict:
    lon_range, lat_range = geo_ranges(v["lat"], v["lon"]) if len(v) else geo_ranges([], [])
    return dict(scope="world", resolution=50, projection={"type": "equirectangular"},
                lonaxis={"range": lon_range}, lataxis={"range": lat_range},
                showland=True, landcolor="#f3efe6", showocean=True, oceancolor="#dcebf5",
                showlakes=True, lakecolor="#dcebf5", showcountries=True, countrycolor="#8a8a8a",
                countrywidth=0.6, showcoastlines=True, coastlinecolor="#9a9a9a", showframe=False,
                bgcolor="rgba(0,0,0,0)")


def map_figure(v: pd.DataFrame, by: str = "host", title: str = ""):
    """A scatter_geo of venues: one trace per colour group, marker size by number of meetings,
    ``customdata`` = venue key (for selections)."""
    import plotly.graph_objects as go

    fig = go.Figure()
    geo = _geo_layout(v)
    sides = labels_of(v, geo)
    for i, group in enumerate(color_groups(v, by)):
        rows = v[v["host" if by == "host" else "faction"] == group]
        fig.add_trace(go.Scattergeo(
            lat=rows["lat"], lon=rows["lon"], mode="markers+text",
            text=[loc if venue in sides else "" for loc, venue in zip(rows["location"], rows["venue"], strict=True)],
            textposition=[sides.get(venue, "top center") for venue in rows["venue"]],
            textfont={"size": 11, "color": "#333"},
            name=f"{group} ({int(rows['n'].sum())})", customdata=rows["venue"], hovertext=rows["hover"],
            hovertemplate="%{hovertext}<extra></extra>",
            marker={"size": [marker_size(n) for n in rows["n"]], "color": PALETTE[i % len(PALETTE)],
                    "opacity": 0.8, "line": {"width": 1, "color": "white"}, "sizemode": "diameter"},
        ))
    if not fig.data:  # an empty base map still renders
        fig.add_trace(go.Scattergeo(lat=[], lon=[], mode="markers", name="no venues", showlegend=False))
    fig.update_layout(geo=geo, height=560, margin={"l": 0, "r": 0, "t": 30 if title else 0, "b": 0},
                      title=title or None, legend={"title": {"text": "Host" if by == "host" else "Faction"},
                                                  "orientation": "h", "y": -0.02},
                      clickmode="event+select", dragmode="pan")
    return fig


def month_of(date: str) -> str:
    """The YYYY-MM a TimeML value falls in ('' when there is none).

    >>> month_of("2023-02-04"), month_of("2023-W05"), month_of("2023-02"), month_of("2023"), month_of("")
    ('2023-02', '2023-01', '2023-02', '', '')
    """
    import datetime as dt

    d = (date or "").strip().upper()
    if len(d) >= 7 and d[4] == "-" and d[5:7].isdigit():
        return d[:7]
    if len(d) >= 8 and d[5] == "W" and d[6:8].isdigit():
        try:
            return dt.date.fromisocalendar(int(d[:4]), int(d[6:8]), 1).strftime("%Y-%m")
        except ValueError:
            return ""
    return ""


MAX_MONTHS = 120  # frames of the month-by-month map: each carries its venues' hover texts (~50 KB a month)


def _months(ev: pd.DataFrame) -> pd.Series:
    cache: dict[str, str] = {}
    for d in _col(ev, "date").unique():
        cache[d] = month_of(d)
    return pd.Series([cache[d] for d in _col(ev, "date")], index=ev.index, dtype=object)


def month_count(ev: pd.DataFrame) -> int:
    """How many months have meetings or visits (the frames ``animated_figure`` would draw without its cap)."""
    if ev is None or ev.empty:
        return 0
    m = _months(ev)
    return int(m[m != ""].nunique())


def animated_figure(ev: pd.DataFrame, by: str = "host", max_months: int | None = None):
    """Venues month by month: a slider/play button steps through the months with meetings (the latest
    ``max_months`` of them: a page says so when there are more, see ``month_count``)."""
    import plotly.graph_objects as go

    ev = ev.copy()
    ev["_month"] = _months(ev)
    ev = ev[ev["_month"] != ""]
    kept = sorted(ev["_month"].unique())[-(max_months or MAX_MONTHS):]
    if len(kept) < ev["_month"].nunique():
        ev = ev[ev["_month"].isin(kept)]
    all_v = venues(ev)
    base = map_figure(all_v, by)
    months = sorted(ev["_month"].unique())
    if not months:
        return base
    frames = []
    by_month = venues(ev, groups=ev["_month"].tolist())  # every month's venues in one pass
    geo = base.layout.geo.to_plotly_json()
    for mo, v in by_month.groupby("group", sort=True):
        sides = labels_of(v, geo)  # each month names its busiest venues where there is room
        frames.append(go.Frame(name=mo, data=[go.Scattergeo(
            lat=v["lat"], lon=v["lon"], customdata=v["venue"], hovertext=v["hover"],
            text=[loc if k in sides else "" for loc, k in zip(v["location"], v["venue"], strict=True)],
            textposition=[sides.get(k, "top center") for k in v["venue"]],
            mode="markers+text", hovertemplate="%{hovertext}<extra></extra>",
            marker={"size": [marker_size(n) for n in v["n"]], "color": PALETTE[0], "opacity": 0.85})]))
    fig = go.Figure(data=[frames[0].data[0]], frames=frames)
    fig.update_layout(base.layout)
    fig.update_layout(
        showlegend=False,
        updatemenus=[{"type": "buttons", "x": 0.02, "y": 0.02, "xanchor": "left", "yanchor": "bottom",
                      "buttons": [{"label": "▶ Play", "method": "animate",
                                   "args": [None, {"frame": {"duration": 900, "redraw": True},
                                                   "fromcurrent": True, "transition": {"duration": 0}}]}]}],
        sliders=[{"active": 0, "currentvalue": {"prefix": "Month: "}, "pad": {"t": 10},
                  "steps": [{"label": mo, "method": "animate",
                             "args": [[mo], {"mode": "immediate", "frame": {"duration": 0, "redraw": True}}]}
                            for mo in months]}])
    return fig


def selected_venues(selection) -> list[str]:
    """Venue keys from a Streamlit plotly selection state (points carry ``customdata``).

    >>> selected_venues({"selection": {"points": [{"customdata": "Cairo@30.06,31.25"}, {"lat": 1}]}})
    ['Cairo@30.06,31.25']
    """
    try:
        points = selection["selection"]["points"]
    except (KeyError, TypeError):
        return []
    keys = []
    for p in points or []:
        c = p.get("customdata") if isinstance(p, dict) else None
        if isinstance(c, (list, tuple)):
            c = c[0] if c else None
        if c and c not in keys:
            keys.append(str(c))
    return keys


def events_at(ev: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """The meeting/visit rows held at the given venues (all rows when ``keys`` is empty)."""
    if ev is None or ev.empty or not keys:
        return ev
    k = [venue_key(loc, la, lo) for loc, la, lo in zip(_col(ev, "location"), ev["lat"], ev["lon"], strict=True)]
    return ev[pd.Series(k, index=ev.index).isin(keys)]
