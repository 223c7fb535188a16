"""Extract the fourth, blind set (tests/blind2) and score it with ../shared/eval/score.py when present.

    .venv/bin/python bench/eval_blind2.py [-v] [--out DIR] [--json]

Always exits 0: this is a measuring tool, not a gate. The set was written blind (without reading the extractors or
the other three sets) for an honest end-of-project measure of generalisation; do not tune extractors against its
articles or its error list.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "blind2"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="run directory (default: a fresh temporary folder)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and spurious row")
    ap.add_argument("--json", action="store_true", help="scores as JSON")
    a = ap.parse_args(argv)
    out = a.out or tempfile.mkdtemp(prefix="blind2_run_")
    cmd = [sys.executable, "-m", "lib", "extract", str(BLIND / "articles"), "--manifest",
           str(BLIND / "manifest.csv"), "--out", out, "--quiet"]
    try:
        r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    except OSError as exc:
        print(f"extraction could not start: {exc}")
        return 0
    if r.returncode != 0:
        print(f"extraction failed ({r.returncode}):\n{r.stderr[-2000:]}")
        return 0
    print(f"extracted to {out}")
    if not SCORER.exists():
        print(f"scorer not found at {SCORER}; tables are in {out}")
        return 0
    cmd = [sys.executable, str(SCORER), "--gold", str(BLIND / "gold.json"), "--articles",
           str(BLIND / "articles"), "--out", out]
    cmd += ["-v"] * a.verbose + ["--json"] * a.json
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode != 0:
        print(r.stderr[-2000:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
