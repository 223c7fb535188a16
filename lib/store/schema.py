"""The store's tables in SQL: column types derived from the records in ``lib.models`` (one declaration for CSV,
the dashboard and DuckDB), the CREATE statements with their keys, additive migrations, and small helpers for
bulk inserts through Arrow and for queries over a list of ids.

Example:
    >>> table_columns("regions")[:2]
    [('article_id', 'VARCHAR'), ('start', 'BIGINT')]
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from lib.models import TABLES
from lib.store import keys


def _sql_type(annotation: str) -> str:
    a = str(annotation).replace(" ", "")
    if a.startswith("int"):
        return "BIGINT"
    if a.startswith("float"):
        return "DOUBLE"
    return "VARCHAR"


def _arrow_type(sql: str):
    import pyarrow as pa

    return {"BIGINT": pa.int64(), "DOUBLE": pa.float64(), "VARCHAR": pa.string(), "BLOB": pa.binary()}[sql]


def table_columns(table: str) -> list[tuple[str, str]]:
    """(column, SQL type) of a store table, in declared order.

    >>> table_columns("regions")[:2]
    [('article_id', 'VARCHAR'), ('start', 'BIGINT')]
    """
    from dataclasses import fields

    if table == "regions":
        return [("article_id", "VARCHAR"), ("start", "BIGINT"), ("end", "BIGINT"), ("kind", "VARCHAR"),
                ("reason", "VARCHAR")]
    if table == "sources":
        return [("article_id", "VARCHAR"), ("content_hash", "VARCHAR"), ("raw", "BLOB"), ("fmt", "VARCHAR"),
                ("name", "VARCHAR"), ("meta", "VARCHAR"), ("origin", "VARCHAR"), ("added_at", "DOUBLE")]
    if table == "texts":
        return [("article_id", "VARCHAR"), ("text", "VARCHAR")]
    if table == "meta":
        return [("key", "VARCHAR"), ("value", "VARCHAR")]
    cls = TABLES[table][0]
    return [(f.name, _sql_type(f.type)) for f in fields(cls)]


STORE_TABLES = ("sources", "texts", *TABLES, "regions")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'




def _migrate(con) -> list[str]:
    """Add columns the models declare but an older store lacks (new rows fill them; old rows get NULL until
    re-extracted, which a new extractor version triggers anyway). Returns the columns added."""
    added = []
    for t in STORE_TABLES:
        have = {r[1] for r in con.execute(f"PRAGMA table_info('{t}')").fetchall()}
        for c, typ in table_columns(t):
            if c not in have:
                con.execute(f"ALTER TABLE {t} ADD COLUMN {_q(c)} {typ}")
                added.append(f"{t}.{c}")
    return added


def _create_sql() -> list[str]:
    return [keys.create_sql(t, table_columns(t)) for t in ("meta", *STORE_TABLES)]


def arrow_table(table: str, rows: list[dict]):
    """A pyarrow Table with the store's column types (fast bulk insert)."""
    import pyarrow as pa

    cols = table_columns(table)
    return pa.table({c: pa.array([r.get(c) for r in rows], type=_arrow_type(t)) for c, t in cols})


def _record_dicts(records) -> list[dict]:
    return [r.as_dict() for r in records]



def _chunks(items: Iterable, n: int) -> Iterator[list]:
    buf: list = []
    for x in items:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


def _rollback(con) -> None:
    """Roll back if a transaction is still open (a failed COMMIT, e.g. on a full disk, has already ended it): the
    error that matters is the one being raised, not "cannot rollback"."""
    try:
        con.execute("ROLLBACK")
    except Exception:  # noqa: BLE001
        pass


def _in_query(con, sql: str, values: list, fetch: bool = True) -> list:
    """Run ``sql (…values…)`` with the list bound as a parameter (no string building of values)."""
    if not values:
        return []
    cur = con.execute(f"{sql} (SELECT unnest(?::VARCHAR[]))", [list(values)])
    return cur.fetchall() if fetch else []


def _insert(con, table: str, rows: list[dict]) -> None:
    tbl = arrow_table(table, rows)  # noqa: F841 (read by DuckDB's replacement scan)
    cols = ", ".join(_q(c) for c, _ in table_columns(table))
    con.register("_batch", tbl)
    try:
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _batch")
    finally:
        con.unregister("_batch")
