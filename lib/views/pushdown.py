"""The sidebar filters as SQL over a store table: ``apply_filters`` pushed down to DuckDB.

Idea: the mentions (6.6M rows at 100k articles) stay in the store; a page asks for the rows (or the count) that
pass the filters, and only those come back. The SQL must select exactly the rows ``lib.views.filters.apply_filters``
selects from the same table read whole (a parametrized test compares them), so each rule is written the same way:

- multi-valued cells (factions, actors, places, event types: '; '-joined) are tested **once per distinct value in
  Python** with the same predicate as ``apply_filters`` (``split_multi``), and the matching values go to SQL as a
  list: ``faction IN (...)``;
- date ranges use ``timex_bounds`` of each distinct date value (a small frame registered next to the query), with the
  same fallbacks (the first dated column pair, then the article's publication date) and the same rule that a date
  range only applies when some row of the table is dated;
- text search is a case-insensitive substring test (``contains(lower(...))``), outlets come from the articles frame.

Example:
    >>> sql, params, reg = filtered_sql(_Fake(), "mentions", Filters(factions=("Hamas",), text="truce"))
    >>> "list_contains" in sql and "contains(lower(" in sql, params[0]
    (True, ['Hamas; Israel'])
"""
from __future__ import annotations

import re

from lib.views.columns import DATE_COLUMNS, _day_key, split_multi, timex_bounds
from lib.views.filters import (
    ACTOR_COLUMNS,
    COARSE_PRECISIONS,
    FACTION_COLUMNS,
    PLACE_COLUMNS,
    PRECISION_COLUMNS,
    TEXT_COLUMNS,
    Filters,
)

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class _Fake:
    """A stand-in query for the example: one table of mentions with two faction values."""

    def columns(self, table):
        return ("mention_id", "article_id", "kind", "value", "faction", "sentence", "region")

    def distinct(self, table, column):
        return ["Hamas; Israel", "Egypt"]


def _bounds_frame(values):
    """(v, lo, hi, lo_k, hi_k) per distinct date value, from ``timex_bounds``."""
    import pandas as pd

    vals = sorted({v for v in values if isinstance(v, str)})
    b = [timex_bounds(v) for v in vals]
    return pd.DataFrame({"v": pd.Series(vals, dtype=object), "lo": [x[0] for x in b], "hi": [x[1] for x in b],
                         "lo_k": [_day_key(x[0]) for x in b], "hi_k": [_day_key(x[1]) for x in b]})


def _articles_frame(articles):
    """(article_id, outlet, lo, hi, lo_k, hi_k): each article's publication bounds, one row per article id."""
    import pandas as pd

    arts = articles.drop_duplicates("article_id")
    pub = arts["published"] if "published" in arts.columns else pd.Series([None] * len(arts), index=arts.index)
    memo = {v: timex_bounds(v) for v in set(pub.astype(object))}
    b = [memo[v] for v in pub.astype(object)]
    outlet = arts["outlet"].astype(object) if "outlet" in arts.columns else [None] * len(arts)
    return pd.DataFrame({"article_id": arts["article_id"].astype(object).to_numpy(), "outlet": list(outlet),
                         "lo": [x[0] for x in b], "hi": [x[1] for x in b], "lo_k": [_day_key(x[0]) for x in b],
                         "hi_k": [_day_key(x[1]) for x in b]})


def filtered_sql(query, table: str, f: Filters, articles=None, select: str = "t.*"):
    """(sql, params, frames to register): the rows of ``table`` passing ``f``, in table order, as ``select``
    (columns of ``t``, the table). ``query`` gives the table's columns and the distinct values of a column."""
    cols = set(query.columns(table))
    conds: list[str] = []
    params: list = []
    register: dict = {}
    is_mention = "kind" in cols and "mention_id" in cols
    has_articles = articles is not None and len(articles) > 0

    def values_where(column, pred):
        conds_ = [v for v in query.distinct(table, column) if pred(v)]
        params.append(conds_)
        return f"coalesce(list_contains(?::VARCHAR[], t.{_q(column)}), false)"

    if f.hide_non_body and "region" in cols:
        conds.append("coalesce(t.region, 'body') = 'body'")
    if f.articles and "article_id" in cols:
        params.append(list(f.articles))
        conds.append("coalesce(list_contains(?::VARCHAR[], t.article_id), false)")
    if f.outlets:
        if "outlet" in cols:
            params.append(list(f.outlets))
            conds.append("coalesce(list_contains(?::VARCHAR[], t.outlet), false)")
        elif has_articles and "article_id" in cols:
            ids = sorted(set(articles.loc[articles["outlet"].isin(f.outlets), "article_id"].astype(object)))
            params.append(ids)
            conds.append("coalesce(list_contains(?::VARCHAR[], t.article_id), false)")
    if f.event_types and "event_type" in cols:
        want = set(f.event_types)
        conds.append(values_where("event_type", lambda v: bool(want.intersection(split_multi(v)))))
    if f.factions:
        present = [c for c in FACTION_COLUMNS if c in cols]
        if present:
            want = set(f.factions)
            conds.append("(" + " OR ".join(values_where(c, lambda v: bool(want.intersection(split_multi(v))))
                                           for c in present) + ")")
    for wanted, kind, columns in ((f.actors, "actor", ACTOR_COLUMNS), (f.places, "place", PLACE_COLUMNS)):
        if not wanted:
            continue
        if is_mention:
            params.extend([kind, list(wanted)])
            conds.append("(t.kind = ? AND coalesce(list_contains(?::VARCHAR[], t.value), false))")
        else:
            present = [c for c in columns if c in cols]
            if present:
                want = set(wanted)
                conds.append("(" + " OR ".join(values_where(c, lambda v, w=want: bool(w.intersection(split_multi(v))))
                                               for c in present) + ")")
    if f.text:
        present = [c for c in TEXT_COLUMNS if c in cols]
        if present:
            tests = []
            for c in present:
                params.append(f.text)
                tests.append(f"contains(lower(coalesce(t.{_q(c)}, '')), lower(?))")
            conds.append("(" + " OR ".join(tests) + ")")
    if f.hide_coarse_dates:
        for c in PRECISION_COLUMNS:
            if c in cols:
                params.append(list(COARSE_PRECISIONS))
                conds.append(f"NOT coalesce(list_contains(?::VARCHAR[], t.{_q(c)}), false)")
                break
    joins = ""
    dated_sql = ""
    if f.date_from or f.date_to:
        joins, lo_k, hi_k, lo_s, hi_s = _date_sql(query, table, cols, articles, register)
        iso = all(_ISO_DAY.fullmatch(d) for d in (f.date_from, f.date_to) if d)
        ok = [f"{lo_k} >= 0"]
        if f.date_from:
            ok.append(f"{hi_k} >= {_day_key(f.date_from)}" if iso else f"{hi_s} >= ?")
        if f.date_to:
            ok.append(f"{lo_k} <= {_day_key(f.date_to)}" if iso else f"{lo_s} <= ?")
        ok_params = [d for d in (f.date_from, f.date_to) if d and not iso]
        if "published" in cols:
            conds.append("(" + " AND ".join(ok) + ")")
            params.extend(ok_params)
        else:  # a date range applies only when some row of the table is dated (as in apply_filters)
            dated_sql = f"(SELECT bool_or({lo_k} >= 0) FROM {table} t {joins})"
            conds.append("(" + " AND ".join(ok) + f" OR NOT coalesce({dated_sql}, false))")
            params.extend(ok_params)
    where = " AND ".join(conds) or "true"
    sql = f"SELECT {select} FROM {table} t {joins} WHERE {where} ORDER BY t.rowid"
    return sql, params, register


def _date_sql(query, table, cols, articles, register):
    """(joins, lo_k, hi_k, lo, hi) SQL for a row's date interval, as ``columns._intervals`` defines it."""
    pairs = [(a, b if b in cols else a) for a, b in DATE_COLUMNS if a in cols]
    values = set()
    for a, b in pairs:
        values.update(query.distinct(table, a))
        values.update(query.distinct(table, b))
    register["_date_bounds"] = _bounds_frame(values)
    joins = []
    lo_k, hi_k, lo_s, hi_s = [], [], [], []
    for i, (a, b) in enumerate(pairs):
        joins.append(f"LEFT JOIN _date_bounds a{i} ON a{i}.v = t.{_q(a)} LEFT JOIN _date_bounds b{i} ON b{i}.v = t.{_q(b)}")
        has = f"coalesce(a{i}.lo_k, -1) >= 0"
        lo_k.append(f"WHEN {has} THEN a{i}.lo_k")
        hi_k.append(f"WHEN {has} THEN CASE WHEN coalesce(b{i}.hi_k, -1) >= 0 THEN b{i}.hi_k ELSE a{i}.hi_k END")
        lo_s.append(f"WHEN {has} THEN a{i}.lo")
        hi_s.append(f"WHEN {has} THEN CASE WHEN coalesce(b{i}.hi_k, -1) >= 0 THEN b{i}.hi ELSE a{i}.hi END")
    fallback = ("-1", "-1", "''", "''")
    if articles is not None and len(articles) and "article_id" in cols and "published" in articles.columns:
        register["_article_bounds"] = _articles_frame(articles)
        joins.append("LEFT JOIN _article_bounds p ON p.article_id = t.article_id")
        fallback = ("coalesce(p.lo_k, -1)", "coalesce(p.hi_k, -1)", "coalesce(p.lo, '')", "coalesce(p.hi, '')")

    def case(whens, other):
        return f"(CASE {' '.join(whens)} ELSE {other} END)" if whens else f"({other})"

    return (" ".join(joins), case(lo_k, fallback[0]), case(hi_k, fallback[1]), case(lo_s, fallback[2]),
            case(hi_s, fallback[3]))


def count(query, table: str, f: Filters, articles=None) -> int:
    """How many rows of ``table`` pass ``f`` (``len(apply_filters(whole table, f, articles))``)."""
    sql, params, register = filtered_sql(query, table, f, articles, select="count(*)")
    return int(query.scalar(sql.replace(" ORDER BY t.rowid", ""), params, register))


def rows(query, table: str, f: Filters, articles=None, columns=None, where: str = "", where_params=()):
    """The rows of ``table`` passing ``f`` (and the extra SQL condition ``where`` on ``t``), as a frame of
    ``columns`` (default: all declared), in table order."""
    cols = list(columns or query.columns(table))
    sql, params, register = filtered_sql(query, table, f, articles, select=", ".join(f"t.{_q(c)}" for c in cols))
    if where:
        sql = sql.replace(" ORDER BY t.rowid", f" AND ({where}) ORDER BY t.rowid")
        params = params + list(where_params)
    return query.frame(sql, params, register)


OPTION_COLUMNS = (*FACTION_COLUMNS, *ACTOR_COLUMNS, *PLACE_COLUMNS, "event_type")


def choices(query, articles, tables=("events", "statements", "casualties", "mentions")) -> tuple[dict, dict]:
    """(frames for ``filters.filter_options``, frames for ``filters.date_extent``) read as distinct values from the
    store: the same choices and extent as those functions give on the whole tables, without reading them whole
    (a column's distinct values for the choices, the distinct date combinations of a table for the extent).

    >>> class Q(_Fake):
    ...     def frame(self, sql):
    ...         import pandas as pd
    ...         return pd.DataFrame({"faction": ["Hamas; Israel"]}) if "faction" in sql else pd.DataFrame()
    >>> names, _dates = choices(Q(), None, ("mentions",))
    >>> sorted(names)
    ['mentions']
    """
    names, dates = {}, {}
    if articles is not None:
        names["articles"] = dates["articles"] = articles
    for t in tables:
        cols = query.columns(t)
        if "kind" in cols and "mention_id" in cols:
            names[t] = query.frame(f"SELECT DISTINCT kind, value, faction, '' AS mention_id FROM {t}")
        else:
            for c in (c for c in OPTION_COLUMNS if c in cols):
                names[f"{t}.{c}"] = query.frame(f"SELECT DISTINCT {_q(c)} FROM {t}")
        dated = list(dict.fromkeys(c for pair in DATE_COLUMNS for c in pair if c in cols))
        if dated:
            dates[t] = query.frame(f"SELECT DISTINCT {', '.join(_q(c) for c in dated)} FROM {t}")
    return names, dates
