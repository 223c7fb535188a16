"""Golden tables: the whole pipeline on the seed articles gives exactly the committed CSVs.

A change in any extractor shows here as a readable diff of rows. When the change is intended, regenerate:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py

and review ``git diff tests/golden`` before committing.
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from lib.cli import main
from lib.models import TABLES

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
# columns that change with the environment or the code version, not with what was extracted
VOLATILE = {"path", "extractor_version"}


def normalised(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [{k: v for k, v in row.items() if k not in VOLATILE} for row in csv.DictReader(fh)]


def to_csv(rows: list[dict]) -> str:
    if not rows:
        return ""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("golden_run")
    assert main(["extract", str(ROOT / "seeds"), "--manifest", str(ROOT / "seeds" / "manifest.csv"),
                 "--out", str(out), "--quiet"]) == 0
    return out


@pytest.mark.parametrize("table", list(TABLES))
def test_table_matches_golden(run, table):
    got = to_csv(normalised(run / f"{table}.csv"))
    golden = GOLDEN / f"{table}.csv"
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    want = golden.read_text(encoding="utf-8")
    if got != want:
        g, w = got.splitlines(), want.splitlines()
        extra = [r for r in g if r not in w][:5]
        missing = [r for r in w if r not in g][:5]
        pytest.fail(f"{table}.csv differs from tests/golden (UPDATE_GOLDEN=1 to accept):\n"
                    f"new rows: {extra}\nmissing rows: {missing}")
