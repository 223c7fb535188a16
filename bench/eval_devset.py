"""Extract the held-out dev set (tests/devset) and score it with ../shared/eval/score.py when present.

    .venv/bin/python bench/eval_devset.py [-v] [--out DIR] [--json]

Always exits 0: this is a measuring tool, not a gate (tests/test_devset.py holds the floor).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "devset"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="run directory (default: a fresh temporary folder)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and spurious row")
    ap.add_argument("--json", action="store_true", help="scores as JSON")
    a = ap.parse_args(argv)
    out = a.out or tempfile.mkdtemp(prefix="devset_run_")
    cmd = [sys.executable, "-m", "lib", "extract", str(DEVSET / "articles"), "--manifest",
           str(DEVSET / "manifest.csv"), "--out", out, "--quiet"]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        print(f"extraction failed ({r.returncode}):\n{r.stderr[-2000:]}")
        return 0
    print(f"extracted to {out}")
    if not SCORER.exists():
        print(f"scorer not found at {SCORER}; tables are in {out}")
        return 0
    cmd = [sys.executable, str(SCORER), "--gold", str(DEVSET / "gold.json"), "--articles",
           str(DEVSET / "articles"), "--out", out]
    cmd += ["-v"] * a.verbose + ["--json"] * a.json
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode != 0:
        print(r.stderr[-2000:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
