"""Casualty scores of the evaluation sets, fast: only the casualty stage runs (no events, statements, places).

    .venv/bin/python bench/casualty_sets.py                    # every set: P/R/F1 of casualties
    .venv/bin/python bench/casualty_sets.py blind22 -v         # one set, every miss and spurious row

Counts, outcomes and groups do not depend on the other stages, so the scores equal the casualties column of
``bench/eval_sets.py`` (which runs everything) in a fraction of its time; use it while working on the casualty
rules and ``eval_sets.py`` for the tables of record. Needs ../shared/eval/score.py.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_sets import SCORER, SETS  # noqa: E402

from lib.extract import Context, casualties  # noqa: E402
from lib.store.loader import iter_paths, read_manifest  # noqa: E402


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score_set(name: str, score) -> tuple[float, float, float, int, int, int, list[str]]:
    """(P, R, F1, tp, fp, fn, notes) of the casualty stage on one set."""
    articles, manifest, gold_path = SETS[name]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    rows: dict[str, list[dict]] = {}
    for item in iter_paths([articles], read_manifest(manifest)):
        if item.doc is None:
            continue
        for c in casualties.extract(Context(doc=item.doc)):
            rows.setdefault(c.article_id, []).append(
                {"article_id": c.article_id, "count": "" if c.count is None else str(c.count), "outcome": c.outcome,
                 "group": c.group})
    t = score.Tally()
    score.score_casualties(gold, rows, t)
    p, r, f = t.prf()
    return p, r, f, t.tp, t.fp, t.fn, t.notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", metavar="SET")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    score = _scorer()
    for name in a.sets or list(SETS):
        p, r, f, tp, fp, fn, notes = score_set(name, score)
        print(f"{name:<10} P {p:.3f} R {r:.3f} F1 {f:.3f}  tp {tp:3d} fp {fp:3d} fn {fn:3d}")
        if a.verbose:
            for n in notes:
                print(f"    {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
