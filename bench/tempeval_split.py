"""TempEval-3 TBAQ-cleaned split into a development part (TimeBank) and a held-out part (AQUAINT).

The idea: tuning the tagger on every TBAQ document would over-fit it to that corpus; developing on TimeBank's
error lists and scoring AQUAINT only at the start and end of a piece of work keeps an honest estimate of how
it generalises. The approach: the shared scorer (``../shared/eval/tempeval.py``) is imported and its own
``load_set``/``score``/``instructive`` run on one folder's documents, with the project's extractor and without
the dateparser baseline (which the split does not need).

Example:
    .venv/bin/python bench/tempeval_split.py timebank --errors 30
    .venv/bin/python bench/tempeval_split.py aquaint        # held-out: once at the start, once at the end
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent.parent / "shared" / "eval" / "tempeval.py"
PARTS = {"timebank": ("TimeBank",), "aquaint": ("AQUAINT",), "all": ("TimeBank", "AQUAINT")}


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("tempeval", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["tempeval"] = mod
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("part", choices=sorted(PARTS))
    ap.add_argument("--scorer", default=str(SCORER if SCORER.exists() else Path("/work/shared/eval/tempeval.py")))
    ap.add_argument("--errors", type=int, default=0, help="instructive errors to print")
    ap.add_argument("--work", help="working folder (default: a new temporary folder)")
    args = ap.parse_args(argv)
    te = _scorer(Path(args.scorer))
    data = te.DEFAULT_DATA / te.SETS["tbaq"]
    docs = [d for sub in PARTS[args.part] for d in te.load_set(data / sub)]
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="tempeval-split-"))
    arts, manifest = te.write_articles(docs, work)
    te.run_project(sys.executable, ROOT, arts, manifest, work / "project")
    project, _ = te.read_project_mentions(work / "project", {d.doc_id: d for d in docs})
    results, errors = {}, None
    for view, vtypes in te.VIEWS.items():
        sp, ep = te.score(docs, [m for m in project if m.kind in te.PROJECT_KINDS[view]], vtypes)
        results[view] = {"project": sp}
        errors = ep if view == "ALL" else errors
    te.write_errors(work / "project_errors.csv", errors)
    print(f"TBAQ {args.part}: {len(docs)} docs, {sum(len(d.timexes) for d in docs)} TIMEX3; work {work}")
    for row in te.table_rows(results):
        print(row)
    pt = te.per_type(docs, [m for m in project if m.kind in te.PROJECT_KINDS["ALL"]])
    print("  by gold type (found / value right of gold): "
          + ", ".join(f"{t} {f}/{v} of {g}" for t, (g, f, v) in pt.items() if g))
    print(f"  errors: {len(errors.missed)} missed, {len(errors.wrong_value)} wrong value, "
          f"{len(errors.spurious)} spurious")
    for i, (kind, k, desc) in enumerate(te.instructive(errors, args.errors), 1):
        print(f"  {i:>2}. [{kind}{f' x {k}' if k > 1 else ''}] {desc}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
