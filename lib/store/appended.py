"""Linking the reports of appended articles without reading the whole store: the first read after an ingest.

Idea: ``clusters.relink`` takes every event of the store as a frame, so the first read after adding 100 articles to a
20k store paid for the whole events table as pandas (read, then turned back into Arrow to compact it) plus a few
passes over every row, on top of linking the ~1,700 new reports. When the store only appended articles since its
clusters were saved (the case after an ingest), the saved state says everything linking needs: the ingest sequence
and its hash, the key index (``link_index``) and the cluster summaries (``link_clusters``). So the new reports alone
are read (their ``LINK_COLUMNS``), the clusters they could join are looked up in DuckDB (index rows joined to the
events' saved cluster ids: no whole-store pass in Python), linked exactly as ``relink`` links them, and saved; the
read then goes on as a later read does (column by column, ids from the store).

Approach: ``link_appended`` checks what ``relink`` checks before its incremental path (the saved state's scheme,
index layout and prefix hash, every report of the linked prefix with its id, the index tables present), returns False
when any fails (the caller then runs ``relink`` on the whole frame), and otherwise runs ``_link_new``'s indexed path on
the new reports: the same ``wanted_keys``, the same touched clusters (ids of saved reports filed under them), the
same window cut and ``clusters._link`` with the restored summaries; it writes what ``Store._link`` writes (the new
reports' ids, their index rows, the changed summaries, the state) in one transaction, and returns False without
writing when the store changed meanwhile or is busy.

Example (the store's first read after an ingest; ids equal a full relink's, ``tests/store/test_appended.py``):
    >>> from lib.store.appended import link_appended  # doctest: +SKIP
    >>> link_appended(store, store.version())  # doctest: +SKIP
    True
"""
from __future__ import annotations

import json

from lib.store.clusters import (
    INDEX,
    LINK_COLUMNS,
    SCHEME,
    SUMMARY_COLUMNS,
    _in_window,
    _link,
    _Linker,
    _periods,
    _prefix_hash,
    index_rows,
    wanted_keys,
)


def _meta(con, key: str, default: str = "") -> str:
    """A value of the store's ``meta`` table (read to the end: the connection runs more queries after it)."""
    rows = con.execute("SELECT value FROM meta WHERE key=?", [key]).fetchall()
    return rows[0][0] if rows else default


def _state(store, con) -> tuple[list[str], int] | None:
    """(the ingest sequence, the number of its articles already linked) when the saved state allows an incremental
    link through the index (as ``relink``'s ``indexed``), else None."""
    order = [r[0] for r in con.execute("SELECT article_id FROM sources ORDER BY rowid").fetchall()]
    try:
        st = json.loads(_meta(con, "clusters_state") or "{}")
    except ValueError:
        return None
    n = int(st.get("n", -1)) if st.get("scheme") == SCHEME else -1
    if not (0 <= n <= len(order) and st.get("hash") == _prefix_hash(order[:n]) and st.get("index") == INDEX):
        return None
    tables = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name IN ('link_index', 'link_clusters') "
                         "AND database_name = current_database()").fetchall()[0][0]
    return (order, n) if tables == 2 else None


def new_reports(store, version: str):
    """(ingest sequence, new reports' ``LINK_COLUMNS`` frame, ids of the saved clusters they may join, the summaries
    of those) or None when the saved state needs a full ``relink``."""
    import numpy as np
    import pandas as pd

    from lib.store.schema import _q

    with store.connect() as con:
        if _meta(con, "version", "0") != version:
            return None
        got = _state(store, con)
        if got is None:
            return None
        order, n = got
        con.register("link_seq", pd.DataFrame({"article_id": pd.Series(order, dtype=object),
                                               "seq": np.arange(len(order), dtype=np.int64)}))
        # every report of the linked prefix has its id (else: a full relink, as ``relink``'s ``append_only``)
        if con.execute("SELECT count(*) FROM events e JOIN link_seq s ON s.article_id = e.article_id "
                       "WHERE s.seq < ? AND coalesce(e.event_cluster_id, '') = ''", [n]).fetchall()[0][0]:
            return None
        cols = ", ".join("e." + _q(c) for c in LINK_COLUMNS)
        new = con.sql(f"SELECT {cols} FROM events e LEFT JOIN link_seq s ON s.article_id = e.article_id "
                      f"WHERE s.seq IS NULL OR s.seq >= {int(n)}").to_arrow_table().to_pandas()
        new = new.assign(event_cluster_id="")  # linked afresh (``relink``'s ``start``)
        if not len(new):
            return order, new, [], None
        con.register("wanted_keys", wanted_keys(new))
        # the clusters of the saved reports filed under a wanted key (``_link_new``: ``lookup``, then their ids)
        touched = sorted({r[0] for r in con.execute(
            "SELECT DISTINCT e.event_cluster_id FROM link_index i JOIN wanted_keys w ON i.event_type = w.event_type "
            "AND i.bucket = w.bucket AND i.key = w.key JOIN events e ON e.event_id = i.event_id "
            "JOIN link_seq s ON s.article_id = e.article_id WHERE s.seq < ?", [n]).fetchall()})
        con.register("wanted_clusters", pd.DataFrame({"cluster_id": pd.Series(touched, dtype=object)}))
        rows = con.execute(f"SELECT {', '.join('c.' + x for x in SUMMARY_COLUMNS)} FROM link_clusters c "
                           "JOIN wanted_clusters w ON c.cluster_id = w.cluster_id").fetchall()
    saved = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    return order, new, touched, saved


def link_appended(store, version: str) -> bool:
    """Link and save the reports of the articles appended since the saved clusters (see the module); False when
    nothing was saved (a full relink is needed, or the store changed or is busy): the caller relinks as before."""
    import numpy as np
    import pandas as pd

    got = new_reports(store, version)
    if got is None:
        return False
    order, new, _touched, saved = got
    if len(new):
        span = (saved["lo"].to_numpy(np.int64), saved["hi"].to_numpy(np.int64))
        saved = saved[_in_window(saved, span, new, _periods(new))]
        ids, linker = _link(None, new, order, saved=saved)
        summary = linker.summaries(sorted(linker.touched))
    else:
        ids, summary = pd.Series([], dtype=object), _Linker().summaries(())
    linked = pd.DataFrame({"event_id": new["event_id"].astype(str).to_numpy(), "event_cluster_id": ids.to_numpy()})
    state = json.dumps({"scheme": SCHEME, "n": len(order), "hash": _prefix_hash(order), "index": INDEX})
    return store._save_links(version, linked, index_rows(new), summary, state, full=False)
