"""The cluster path: extraction on a 2-worker Dask LocalCluster equals the single-process run."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from lib.cli import main
from lib.models import TABLES

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent.parent


def test_dask_local_cluster_output_equals_the_single_process_run(tmp_path):
    from lib.store.distributed import read_dataset

    paths = [str(ROOT / "seeds"), str(ROOT / "tests" / "devset" / "articles")]
    manifest = str(ROOT / "seeds" / "manifest.csv")
    assert main(["extract", *paths, "--manifest", manifest, "--out", str(tmp_path / "csv"), "--quiet"]) == 0
    # the cluster run in its own process, as a user runs it (worker processes start from a clean interpreter, not
    # from this test process with whatever earlier tests imported); 3 articles a task: several tasks on two workers
    env = {**os.environ, "DIPLO_DASK_CHUNK": "3"}
    run = subprocess.run([sys.executable, "-m", "lib", "extract", *paths, "--manifest", manifest, "--out",
                          str(tmp_path / "pq"), "--dask", "local", "--workers", "2", "--quiet"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert any((tmp_path / "pq" / "events").glob("year=*/outlet_part=*/part-*.parquet"))
    for name in TABLES:
        single = pd.read_csv(tmp_path / "csv" / f"{name}.csv", dtype=str, keep_default_na=False)
        dask = read_dataset(tmp_path / "pq", name)
        dask = dask.astype(object).where(dask.notna(), "").astype(str)
        single = single.astype(str)
        key = list(single.columns[:1]) + (["article_id"] if name != "articles" else [])
        a = single.sort_values(key).reset_index(drop=True)
        b = dask[list(single.columns)].sort_values(key).reset_index(drop=True)
        num = [c for c in a.columns if c in ("lat", "lon", "confidence")]
        for c in num:  # floats: the same value, maybe printed differently
            a[c] = pd.to_numeric(a[c], errors="coerce").round(6)
            b[c] = pd.to_numeric(b[c], errors="coerce").round(6)
        pd.testing.assert_frame_equal(a, b, check_dtype=False, obj=name)
        assert len(a) > 0
