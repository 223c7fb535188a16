"""Stance accuracy of an extraction run against a set's gold statements.

    .venv/bin/python bench/stance_eval.py blind6 --run /tmp/blind6_run      # score an existing run directory
    .venv/bin/python bench/stance_eval.py blind6 -v                         # extract into a temp dir first
    .venv/bin/python bench/stance_eval.py                                   # every set whose gold has stances
    .venv/bin/python bench/stance_eval.py --table bench/data/stance_own.csv -v   # a table of labelled sentences

Reads ``tests/<set>/gold.json`` statements that carry a ``stance`` (written by ``tests/goldkit.py``'s ``S(...,
stance=...)``) and the run's ``statements.csv`` (columns article_id, speaker, faction, quote, stance). A gold
statement is matched by a found row of the same article whose quote contains at least 60% of the gold quote's
words (the row with the best coverage wins, then the shortest); over the matched ones it reports the fraction
whose stance equals the gold stance, for all stance-bearing gold statements and for the required (non-opt) ones.
With ``--table``, each row of a CSV (id, text, quote, stance) is a one-paragraph article run through the whole
extraction (``extract_document``) and matched the same way; ``bench/data/stance_own.csv`` holds 40 sentences
written and labelled before the classifier was run on them (a blind check that the stance rules generalise);
``bench/data/stance_own2.csv`` holds 70 more, written the same way in round 4 (first blind run 0.853),
``bench/data/stance_own3.csv`` 45 written after that round's rules (first run 0.689), ``stance_own4.csv`` 71
written before round 5 (first run 0.537) ``stance_own5.csv`` 40 written after round 5's rules (first run 0.464) and ``stance_own6.csv`` 92
written before round 6 (first run 0.739), ``stance_own7.csv`` 104 written before round 7 (first run 0.901),
``stance_own8.csv`` 114 written before round 8 (first run 0.832), ``stance_own9.csv`` 113 written before round 9
(first run 0.722), ``stance_own10.csv`` 114 written before round 10 (first run 0.795), ``stance_own11.csv`` 119 written before
round 11 (first run 0.618, 76 of them matched), ``stance_own12.csv`` 32 written before round 19 (first run 0.679,
28 matched). Leave-one-set-out and baselines per set: ``bench/stance_loso.py`` (results in ``bench/stance_loso.md``).
A measuring tool: always exits 0 unless the inputs are missing.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[\w']+")
# the shared gold of the seeds sits beside the repository (or beside the worktrees' folder)
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()), ROOT.parent / "shared")


def sets_with_stances() -> dict[str, tuple[Path, Path, Path]]:
    """name -> (articles, manifest, gold) for every evaluation set whose gold labels at least one stance."""
    cands = {"seeds": (ROOT / "seeds", ROOT / "seeds" / "manifest.csv", SHARED / "eval" / "gold" / "seeds.json")}
    for g in sorted((ROOT / "tests").glob("*/gold.json")):
        cands[g.parent.name] = (g.parent / "articles", g.parent / "manifest.csv", g)
    return {n: t for n, t in cands.items() if t[2].exists() and '"stance"' in t[2].read_text(encoding="utf-8")}


def words(s: str) -> list[str]:
    return [w.lower() for w in WORD.findall(s or "")]


def coverage(gold_quote: str, row_quote: str) -> float:
    g = words(gold_quote)
    if not g:
        return 0.0
    have = Counter(words(row_quote))
    hit = 0
    for w in g:
        if have[w] > 0:
            have[w] -= 1
            hit += 1
    return hit / len(g)


def match(gold: dict, rows: list[dict]) -> list[tuple[str, dict, dict | None]]:
    """(article_id, gold statement, best matching row or None) for every gold statement with a stance."""
    by_article: dict[str, list[dict]] = {}
    for r in rows:
        by_article.setdefault(r["article_id"], []).append(r)
    out = []
    for aid, g in gold.items():
        for s in g.get("statements", []):
            if not s.get("stance"):
                continue
            best, key = None, None
            for r in by_article.get(aid, []):
                c = coverage(s["quote"], r.get("quote", ""))
                if c >= 0.6:
                    k = (c, -len(r.get("quote", "")))
                    if key is None or k > key:
                        best, key = r, k
            out.append((aid, s, best))
    return out


def report(pairs, verbose: bool = False) -> str:
    lines = []
    for label, sel in (("all", lambda s: True), ("required", lambda s: not s.get("opt"))):
        m = [(a, s, r) for a, s, r in pairs if sel(s) and r is not None]
        n = sum(1 for _, s, _ in pairs if sel(s))
        ok = sum(1 for _, s, r in m if (r.get("stance") or "").strip().lower() == s["stance"])
        acc = ok / len(m) if m else 0.0
        lines.append(f"{label:<9} gold with stance {n:>4}  matched {len(m):>4}  stance correct {ok:>4}  "
                     f"accuracy {acc:.3f}")
    conf = Counter((s["stance"], (r.get("stance") or "").strip().lower() or "-") for _, s, r in pairs if r)
    lines.append("confusion (gold -> found: count): " + ", ".join(f"{g}->{f}: {c}" for (g, f), c in
                                                                  sorted(conf.items(), key=lambda x: -x[1])))
    if verbose:
        for a, s, r in pairs:
            if r is not None and (r.get("stance") or "").strip().lower() != s["stance"]:
                lines.append(f"  {a}: gold {s['stance']} found {r.get('stance') or '-'}: {s['quote'][:70]!r}")
    return "\n".join(lines)


def run_set(articles: Path, manifest: Path, gold_path: Path, run: Path | None, verbose: bool) -> str:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if run is None:
        run = Path(tempfile.mkdtemp(prefix="stance_"))
        r = subprocess.run([sys.executable, "-m", "lib", "extract", str(articles), "--manifest", str(manifest),
                            "--out", str(run), "--quiet"], cwd=ROOT, capture_output=True, text=True)
        if r.returncode != 0:
            return f"extraction failed ({r.returncode}):\n{r.stderr[-2000:]}"
    with open(run / "statements.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return report(match(gold, rows), verbose)


def run_table(path: Path, verbose: bool) -> str:
    """Stance accuracy over a CSV of labelled sentences (id, text, quote, stance), each extracted on its own."""
    sys.path.insert(0, str(ROOT))
    from lib.extract import extract_document
    from lib.extract.document import document_from_text

    gold: dict[str, dict] = {}
    rows: list[dict] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            gold[r["id"]] = {"statements": [{"quote": r["quote"], "stance": r["stance"]}]}
            doc = document_from_text(r["id"], r["text"], published=r.get("published") or "2024-01-10")
            rows += [{"article_id": r["id"], "quote": s.quote, "stance": s.stance}
                     for s in extract_document(doc).statements]
    return report(match(gold, rows), verbose)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", nargs="?", help="a set under tests/ with gold.json, articles/ and manifest.csv, or "
                                           "'seeds' (default: every set whose gold has stances)")
    ap.add_argument("--run", type=Path, help="an existing run directory (default: extract into a temp dir)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every stance mismatch")
    ap.add_argument("--table", type=Path, help="a CSV of labelled sentences (id, text, quote, stance) instead of sets")
    a = ap.parse_args(argv)
    if a.table:
        print(run_table(a.table, a.verbose))
        return 0
    sets = sets_with_stances()
    if a.set:
        here = ROOT / "tests" / a.set
        sets = {a.set: sets.get(a.set) or (here / "articles", here / "manifest.csv", here / "gold.json")}
    for name, (articles, manifest, gold) in sets.items():
        if len(sets) > 1:
            print(f"== {name}")
        print(run_set(articles, manifest, gold, a.run if a.set else None, a.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
