"""Extract the evaluation sets and score them with ../shared/eval/score.py (when present).

    .venv/bin/python bench/eval_sets.py                 # every set: one summary table
    .venv/bin/python bench/eval_sets.py blind2 -v       # one set, every miss and spurious row
    .venv/bin/python bench/eval_sets.py --indirect-optional   # the seed gold's convention (see below)

Conventions: our sets require clear reported speech ("Israel said it would ...") as statements; the seed gold
(../shared/eval/gold/seeds.json, written by the hidden set's annotators) marks every reported statement `opt`.
`--indirect-optional` scores a copy of each gold with that convention, so both estimates can be reported.

Sets: seeds (the shipped articles, gold in ../shared/eval/gold/seeds.json) and the hand-annotated sets under
tests/ (devset, holdout, blind, blind2; see their READMEs). Always exits 0: a measuring tool, not a gate.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the shared scorer sits beside the repository (or beside the folder of worktrees)
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()), ROOT.parent / "shared")
SCORER = SHARED / "eval" / "score.py"
SETS = {
    "seeds": (ROOT / "seeds", ROOT / "seeds" / "manifest.csv", SHARED / "eval" / "gold" / "seeds.json"),
    **{n: (ROOT / "tests" / n / "articles", ROOT / "tests" / n / "manifest.csv", ROOT / "tests" / n / "gold.json")
       for n in sorted((g.parent.name for g in (ROOT / "tests").glob("*/gold.json")
                        if (g.parent / "articles").is_dir()),
                       key=lambda n: (re.sub(r"\d+$", "", n), int(re.sub(r"^\D+", "", n) or 0)))},
}
DIMS = ("dates", "places", "venues", "statements", "casualties")


def indirect_optional(gold: Path, out: str) -> Path:
    """A copy of `gold` in `out` whose reported (kind "indirect") statements are optional, as in the seed gold."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    for article in data.values():
        for st in article.get("statements", []):
            if st.get("kind") == "indirect":
                st["opt"] = True
    path = Path(out) / "gold_indirect_optional.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def run_set(name: str, verbose: bool = False, optional: bool = False) -> tuple[dict | None, str]:
    """(scores as JSON or None, printable text) for one set."""
    articles, manifest, gold = SETS[name]
    out = tempfile.mkdtemp(prefix=f"eval_{name}_")
    r = subprocess.run([sys.executable, "-m", "lib", "extract", str(articles), "--manifest", str(manifest),
                        "--out", out, "--quiet"], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        return None, f"{name}: extraction failed ({r.returncode}):\n{r.stderr[-2000:]}"
    if not SCORER.exists() or not gold.exists():
        return None, f"{name}: scorer or gold not found; tables are in {out}"
    if optional:
        gold = indirect_optional(gold, out)
    base = [sys.executable, str(SCORER), "--gold", str(gold), "--articles", str(articles), "--out", out]
    scores = json.loads(subprocess.run(base + ["--json"], capture_output=True, text=True).stdout or "null")
    text = subprocess.run(base + ["-v"], capture_output=True, text=True).stdout if verbose else ""
    return scores, text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", metavar="SET", help=f"sets to run: {', '.join(SETS)} (default: all)")
    ap.add_argument("-v", "--verbose", action="store_true", help="the scorer's full report for each set")
    ap.add_argument("--indirect-optional", action="store_true",
                    help="score with the seed gold's convention: reported statements optional")
    a = ap.parse_args(argv)
    unknown = [n for n in a.sets if n not in SETS]
    if unknown:
        ap.error(f"unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}")
    rows = []
    for name in a.sets or list(SETS):
        scores, text = run_set(name, a.verbose, a.indirect_optional)
        if text:
            print(f"== {name}\n{text}")
        if scores:
            rows.append((name, scores))
    if rows:
        print(f"{'set':<9}" + "".join(f"{d:>11}" for d in DIMS) + f"{'speaker':>9}{'overall':>9}{'stmt P':>8}{'stmt R':>8}")
        for name, s in rows:
            print(f"{name:<9}" + "".join(f"{s[d]['f1']:>11.3f}" for d in DIMS)
                  + f"{s['speaker_accuracy'] or 0:>9.3f}{s['overall_f1']:>9.3f}"
                  + f"{s['statements']['precision']:>8.3f}{s['statements']['recall']:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
