"""Incremental linking before/after a change: the same linking work, timed in CPU seconds, with the cluster ids kept
for a row-by-row comparison.

Idea: ``bench_store.py`` measures "the first read after adding 100 articles" once per freshly built store, which
mixes the build and the machine's load into one number. Here the store state just before that read is saved once
(``prepare``); every ``read`` copies it and repeats exactly the same incremental linking, so two versions of the
code (two worktrees) can be timed back to back on it and their cluster ids compared (``compare``).

Approach: ``prepare SRC OUT`` copies a scale store (``bench/scale.py store N DIR``), reads it once (links
everything and saves the ids), ingests ``--add`` more scale-corpus articles and checkpoints: OUT holds saved clusters
plus unlinked new reports. ``read OUT --ids CSV`` times ``frames.app_tables`` (what the app reads) on a copy of OUT,
then a later read, and writes (event_id, event_cluster_id) sorted by event id. ``compare A B`` says whether two such
files are identical.

Example (from the repository root):
    .venv/bin/python bench/scale.py store 20000 /tmp/s20k
    .venv/bin/python bench/relink_check.py prepare /tmp/s20k/diplo.duckdb /tmp/s20k_added.duckdb
    .venv/bin/python bench/relink_check.py read /tmp/s20k_added.duckdb --ids /tmp/after.csv
    ../base/.venv/bin/python ../base/bench/relink_check.py read /tmp/s20k_added.duckdb --ids /tmp/before.csv
    .venv/bin/python bench/relink_check.py compare /tmp/before.csv /tmp/after.csv
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (str(ROOT), str(ROOT / "bench")):
    if p not in sys.path:
        sys.path.insert(0, p)
os.environ.setdefault("DIPLO_REFRESH", "0")


def prepare(src: Path, out: Path, add: int) -> None:
    import scale

    from lib.store import db
    from lib.store.frames import app_tables

    shutil.copy(src, out)
    store = db.Store(out)
    t = time.process_time()
    app_tables(store)
    print(f"full link on the first read: {time.process_time() - t:.1f} s CPU")
    srcs = [x for x in scale.sources(scale.N_REAL + add) if x.article_id >= f"gen{scale.N_REAL:06d}"]
    store.ingest(srcs)
    with store.connect() as con:
        con.execute("CHECKPOINT")
    print(f"added {len(srcs)} articles -> {out}")


def read(state: Path, ids: Path | None) -> dict:
    from lib.store import db
    from lib.store.frames import app_tables

    with tempfile.TemporaryDirectory(prefix="relink_") as tmp:
        copy = Path(tmp) / "diplo.duckdb"
        shutil.copy(state, copy)
        store = db.Store(copy)
        t = time.process_time()
        events = app_tables(store)["events"]
        res = {"first_read_after_adding_cpu_s": round(time.process_time() - t, 2)}
        t = time.process_time()
        app_tables(store)
        res["later_read_cpu_s"] = round(time.process_time() - t, 2)
        res["events"] = len(events)
    if ids is not None:
        frame = events[["event_id", "event_cluster_id"]].astype(str).sort_values("event_id")
        frame.to_csv(ids, index=False)
    print(json.dumps(res))
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="mode", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("src", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--add", type=int, default=100)
    r = sub.add_parser("read")
    r.add_argument("state", type=Path)
    r.add_argument("--ids", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    a = ap.parse_args(argv)
    if a.mode == "prepare":
        prepare(a.src, a.out, a.add)
    elif a.mode == "read":
        read(a.state, a.ids)
    else:
        same = a.a.read_bytes() == b.read_bytes() if (b := a.b).exists() else False
        print("identical cluster ids" if same else "DIFFERENT cluster ids")
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
