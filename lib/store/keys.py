"""Row keys: every stored row has a key, and the store refuses a second row with the same key.

Idea: a doubled row (the same mention, event, statement, casualty or region stored twice, e.g. by two writers
extracting one article) must be impossible to store, not just unlikely. Each table gets a PRIMARY KEY on its id
column (regions, which have no id, on article, span and kind); an insert that would double a row fails and rolls
its transaction back.

Approach: ``create_sql`` writes the key into ``CREATE TABLE``. A store made before keys existed is migrated once
by ``add_keys``: each table without its key is copied into a keyed table, keeping the first of any doubled rows,
and swapped in, all in one transaction. ``dedupe_rows`` drops rows with a key already seen in a batch (identical
by construction: ids hash the article, span and kind).

Example:
    >>> KEYS["mentions"], KEYS["regions"]
    (('mention_id',), ('article_id', 'start', 'end', 'kind'))
    >>> [r["i"] for r in dedupe_rows("meta", [{"key": "a", "i": 1}, {"key": "a", "i": 2}, {"key": "b", "i": 3}])]
    [1, 3]
"""
from __future__ import annotations

from collections.abc import Callable

KEYS: dict[str, tuple[str, ...]] = {
    "meta": ("key",),
    "sources": ("article_id",),
    "texts": ("article_id",),
    "articles": ("article_id",),
    "mentions": ("mention_id",),
    "events": ("event_id",),
    "statements": ("statement_id",),
    "casualties": ("claim_id",),
    "regions": ("article_id", "start", "end", "kind"),
}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_sql(table: str, cols: list[tuple[str, str]], name: str | None = None) -> str:
    """``CREATE TABLE IF NOT EXISTS`` with the table's key."""
    body = ", ".join(f"{_q(c)} {typ}" for c, typ in cols)
    key = KEYS.get(table)
    if key:
        body += f", PRIMARY KEY ({', '.join(_q(c) for c in key)})"
    return f"CREATE TABLE IF NOT EXISTS {_q(name or table)} ({body})"


def keyed_tables(con) -> set[str]:
    """Tables of the open store that already have their primary key."""
    rows = con.execute("SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' "
                       "AND database_name = current_database()").fetchall()
    return {r[0] for r in rows}


def missing_keys(con) -> list[str]:
    have_tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() "
                                             "WHERE database_name = current_database()").fetchall()}
    keyed = keyed_tables(con)
    return [t for t in KEYS if t in have_tables and t not in keyed]


def doubles(con, table: str) -> int:
    """How many rows of ``table`` repeat an earlier row's key (0 in a keyed store)."""
    key = ", ".join(_q(c) for c in KEYS[table])
    return con.execute(f"SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM {_q(table)} "
                       f"GROUP BY {key} HAVING count(*) > 1)").fetchone()[0]


def add_keys(con, columns_of: Callable[[str], list[tuple[str, str]]]) -> dict[str, int]:
    """Give every table of an older store its key, dropping doubled rows (the first stored is kept) and rows
    with no key. One transaction. Returns {table: rows dropped} for the tables migrated."""
    todo = missing_keys(con)
    if not todo:
        return {}
    dropped: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for t in todo:
            cols = columns_of(t)
            names = ", ".join(_q(c) for c, _ in cols)
            key = ", ".join(_q(c) for c in KEYS[t])
            not_null = " AND ".join(f"{_q(c)} IS NOT NULL" for c in KEYS[t])
            before = con.execute(f"SELECT count(*) FROM {_q(t)}").fetchone()[0]
            con.execute(create_sql(t, cols, name=f"{t}__keyed"))
            con.execute(f"INSERT INTO {_q(t + '__keyed')} ({names}) SELECT {names} FROM {_q(t)} WHERE {not_null} "
                        f"QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY rowid) = 1")
            after = con.execute(f"SELECT count(*) FROM {_q(t + '__keyed')}").fetchone()[0]
            con.execute(f"DROP TABLE {_q(t)}")
            con.execute(f"ALTER TABLE {_q(t + '__keyed')} RENAME TO {_q(t)}")
            dropped[t] = before - after
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 - a failed COMMIT already ended it; keep the first error
            pass
        raise
    return dropped


def dedupe_rows(table: str, rows: list[dict]) -> list[dict]:
    """``rows`` without those whose key an earlier row of the list already has."""
    key = KEYS.get(table)
    if not key:
        return rows
    seen: set = set()
    out = []
    for r in rows:
        k = tuple(r.get(c) for c in key)
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out
