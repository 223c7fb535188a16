"""The cluster path: extraction on Dask distributed, written as a partitioned Parquet dataset.

Idea: extraction is a pure function per article, so an archive too big for one machine runs on an existing
distributed engine rather than a home-made one. ``extract_dataset`` splits the article files into chunks, each Dask task
loads and extracts one chunk and writes its rows as Parquet files partitioned by ``year`` (the publication year,
``unknown`` if none) and ``outlet`` (hive layout: ``OUT/events/year=2023/outlet=AFP/part-00007-0.parquet``). The
driver then links the events of every chunk (``lib.store.linking.link_events``, the same global rule as the
single-process ``lib extract``) and writes the cluster ids into the events files. DuckDB reads the dataset directly
(``read_parquet('OUT/events/**/*.parquet', hive_partitioning = true)``), as would Spark or Trino.

Approach: ``--dask local`` starts a ``LocalCluster`` (one single-threaded worker process per core); ``--scheduler
tcp://HOST:8786`` joins a running cluster, whose workers must see the article files and ``OUT`` (a shared folder; an
``s3://`` or other fsspec path needs the matching filesystem package). Linking needs every event once, on the driver
(about 300 bytes per event in memory).

Example (from the repository root):
    python -m lib extract seeds --manifest seeds/manifest.csv --out /tmp/ds --dask local --workers 2
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from lib.models import TABLES

CHUNK = int(os.environ.get("DIPLO_DASK_CHUNK") or 64)  # articles per task
LINK_FIELDS = ("event_id", "article_id", "event_type", "date", "date_start", "date_end", "date_precision",
               "date_basis", "lat", "lon", "location", "actors", "actor1", "actor2", "factions")


def _part(value: str) -> str:
    """A partition value safe in a path (hive layout)."""
    return re.sub(r"[^\w.+-]+", "_", value or "").strip("_") or "unknown"


def partition_of(article) -> tuple[str, str]:
    """(year, outlet) of an article.

    >>> from lib.models import Article
    >>> partition_of(Article("a", outlet="Al Jazeera", published="2023-03-19")), partition_of(Article("b"))
    (('2023', 'Al_Jazeera'), ('unknown', 'unknown'))
    """
    year = article.published[:4] if re.match(r"\d{4}", article.published or "") else "unknown"
    return year, _part(article.outlet)


def extract_chunk(files: list[str], manifest, out: str, chunk: int) -> list[dict]:
    """Load and extract ``files``, write every table as Parquet under ``out`` (partitioned by year and outlet);
    return the slim events (``LINK_FIELDS``) for linking. Runs on a Dask worker."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    from lib.store.loader import iter_paths
    from lib.store.pipeline import extract_loaded
    from lib.store.schema import arrow_table

    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    slim = []
    for loaded in iter_paths(files, manifest):
        ex = extract_loaded(loaded)
        year, outlet = partition_of(ex.article)
        for t in TABLES:
            rows[t].extend({**r.as_dict(), "year": year, "outlet_part": outlet} for r in ex.rows(t))
        slim.extend({f: getattr(e, f) for f in LINK_FIELDS} for e in ex.events)
    for t, rs in rows.items():
        if not rs:
            continue
        tbl = arrow_table(t, rs)
        tbl = tbl.append_column("year", pa.array([r["year"] for r in rs], pa.string()))
        tbl = tbl.append_column("outlet_part", pa.array([r["outlet_part"] for r in rs], pa.string()))
        ds.write_dataset(tbl, f"{out}/{t}", format="parquet", partitioning=["year", "outlet_part"],
                         partitioning_flavor="hive", basename_template=f"part-{chunk:05d}-{{i}}.parquet",
                         existing_data_behavior="overwrite_or_ignore")
    return slim


def _tasks(paths: list[str], man, chunk: int) -> list[tuple[list[str], object]]:
    """(files, the manifest rows of those files) per task, and a last task for manifest rows with no file (they are
    reported as errors, as ``lib extract`` does)."""
    from lib.store.loader import Manifest, discover

    files = [str(f) for f in discover(paths)]
    stems = {Path(f).stem for f in files}
    tasks = []
    for i in range(0, len(files), chunk):
        part = files[i:i + chunk]
        tasks.append((part, Manifest(rows={Path(f).stem: man.rows[Path(f).stem] for f in part
                                           if Path(f).stem in man.rows})))
    orphans = {a: r for a, r in man.rows.items() if a not in stems}
    if orphans:
        tasks.append(([], Manifest(rows=orphans)))
    return tasks


def extract_dataset(paths: list[str], out: str | Path, manifest_path: str | None = None, *,
                    scheduler: str | None = None, workers: int = 2, chunk: int = CHUNK) -> dict[str, int]:
    """Extract ``paths`` on Dask (``scheduler`` address, or a LocalCluster of ``workers`` processes) into a Parquet
    dataset under ``out``; link the events; return rows per table."""
    import shutil

    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq
    from distributed import Client, LocalCluster

    from lib.store.linking import events_from_records, link_events
    from lib.store.loader import read_manifest

    out = Path(out)
    for t in TABLES:
        shutil.rmtree(out / t, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    man = read_manifest(manifest_path)
    tasks = _tasks(paths, man, chunk)
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            futures = client.map(extract_chunk, [f for f, _ in tasks], [m for _, m in tasks],
                                 [str(out)] * len(tasks), range(len(tasks)), pure=False)
            slim = [e for part in client.gather(futures) for e in part]
    finally:
        if cluster is not None:
            cluster.close()
    cluster_of = {e.event_id: e.event_cluster_id for e in link_events(events_from_records(slim))}
    for f in sorted((out / "events").rglob("*.parquet")):
        tbl = pq.read_table(f, partitioning=None)
        ids = [cluster_of.get(i, "") for i in tbl.column("event_id").to_pylist()]
        tbl = tbl.set_column(tbl.schema.get_field_index("event_cluster_id"), "event_cluster_id",
                             pa.array(ids, pa.string()))
        pq.write_table(tbl, f)
    counts = {}
    for t in TABLES:
        counts[t] = ds.dataset(out / t, format="parquet").count_rows() if (out / t).exists() else 0
    return counts


def read_dataset(out: str | Path, table: str):
    """A table of the dataset as a DataFrame with the declared columns (DuckDB over the Parquet files)."""
    import duckdb

    from lib.store.tables import columns, frame

    files = Path(out) / table
    if not any(files.rglob("*.parquet")):
        return frame(table)
    cols = ", ".join(f'"{c}"' for c in columns(table))
    return duckdb.sql(f"SELECT {cols} FROM read_parquet('{files}/**/*.parquet', hive_partitioning = true)").df()
