"""Score the casualty stage on a hand-written table (``bench/data/casualty_own*.csv``), the scorer's way.

    .venv/bin/python bench/casualty_own.py                  # every own table, P/R/F1
    .venv/bin/python bench/casualty_own.py own17 -v         # one table, every miss and spurious row

Each row is one made-up article (``text``) and its expected claims (``expected``: "27 killed Palestinians; 8 killed
children", empty for none; a closing "?" marks a claim optional). A claim matches as in ../shared/eval/score.py: same count, outcome and a group one of
whose normalised words-strings contains the other. Vague rows without a count (``hundreds``) are a designed feature
(lower bounds in the tally) and are counted apart, neither matched nor spurious.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lib.extract import Context, casualties  # noqa: E402
from lib.extract.document import document_from_text  # noqa: E402

DATA = ROOT / "bench" / "data"


def group_key(s: str) -> str:
    """The scorer's normalised group: lower case letters, plural -s dropped on long words."""
    s = re.sub(r"[^a-z ]", "", (s or "").strip().lower())
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 4 else w for w in s.split())


def group_match(sys_group: str, gold_group: str) -> bool:
    a, b = group_key(sys_group), group_key(gold_group)
    return bool(a) and (a in b or b in a)


def expected(cell: str) -> list[tuple[int, str, str, bool]]:
    """'27 killed Palestinians; 8 killed children?' -> [(27, 'killed', 'Palestinians', False), (8, 'killed',
    'children', True)]: a closing '?' marks a claim optional (as the gold's "opt": no miss when absent, no spurious
    row when found)."""
    out = []
    for part in filter(None, (p.strip() for p in cell.split(";"))):
        n, outcome, group = part.split(" ", 2)
        out.append((int(n), outcome, group.rstrip("?"), group.endswith("?")))
    return out


def score(table: Path, verbose: bool = False) -> tuple[int, int, int, int]:
    """(tp, fp, fn, vague rows) of the casualty stage on one table; prints misses when verbose."""
    tp = fp = fn = vague = 0
    with table.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            doc = document_from_text(f"own{row['id']}", row["text"], published="2024-01-15")
            got = casualties.extract(Context(doc=doc))
            vague += sum(c.count is None for c in got)
            rest = [c for c in got if c.count is not None]
            used: set[int] = set()
            for n, outcome, group, optional in expected(row["expected"]):
                hit = next((i for i, c in enumerate(rest) if i not in used and c.count == n
                            and c.outcome == outcome and group_match(c.group, group)), None)
                if optional:
                    used.update({hit} if hit is not None else set())
                elif hit is None:
                    fn += 1
                    if verbose:
                        print(f"{row['id']:>3} miss     {n} {outcome} {group}")
                else:
                    tp += 1
                    used.add(hit)
            for i, c in enumerate(rest):
                if i not in used:
                    fp += 1
                    if verbose:
                        print(f"{row['id']:>3} spurious {c.count} {c.outcome} {c.group!r}")
    return tp, fp, fn, vague


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tables", nargs="*", help="own17 ... (default: every casualty_own*.csv)")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    paths = [DATA / f"casualty_{t}.csv" for t in a.tables] or sorted(DATA.glob("casualty_own*.csv"))
    for path in paths:
        tp, fp, fn, vague = score(path, a.verbose)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{path.stem}: P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn}; vague rows {vague})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
