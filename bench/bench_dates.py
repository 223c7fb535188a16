"""Benchmark: the temporal tagger vs ``dateparser.search_dates`` alone, per seed article, in one run.

    python bench/bench_dates.py [--repeat N]

Both get the same decoded texts; the tagger timing includes resolution and Mention building (sentences
are split once beforehand, as the pipeline does). Each figure is the best of N runs (default 3), in ms.
Warm-up runs first so one-off imports and regex compilation are not counted for either side.
"""
from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lib.extract import dates  # noqa: E402
from lib.store.loader import load_paths  # noqa: E402


def best_ms(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seeds", default=str(ROOT / "seeds"))
    a = ap.parse_args(argv)

    warnings.filterwarnings("ignore")
    from dateparser.search import search_dates

    loaded, _ = load_paths([a.seeds], Path(a.seeds) / "manifest.csv")
    docs = [x.doc for x in loaded if x.doc is not None]
    if not docs:
        print("no seed articles found")
        return 1
    # warm-up: imports, language data, compiled patterns
    dates.tag(docs[0])
    search_dates(docs[0].text[:200], languages=["en"])

    print(f"{'article':28} {'chars':>6} {'tagger ms':>10} {'dates':>6} {'search_dates ms':>16} {'found':>6}")
    tot_t = tot_d = 0.0
    for doc in docs:
        n = len([m for m in dates.tag(doc) if m.kind == "date"])
        found = search_dates(doc.text, languages=["en"]) or []
        t = best_ms(lambda doc=doc: dates.tag(doc), a.repeat)
        d = best_ms(lambda doc=doc: search_dates(doc.text, languages=["en"]), a.repeat)
        tot_t += t
        tot_d += d
        print(f"{doc.article_id:28} {len(doc.text):6d} {t:10.2f} {n:6d} {d:16.2f} {len(found):6d}")
    k = len(docs)
    print(f"{'mean per article':28} {'':6} {tot_t / k:10.2f} {'':6} {tot_d / k:16.2f}")
    verdict = "not slower" if tot_t <= tot_d else "SLOWER"
    print(f"tagger is {verdict} than search_dates alone ({tot_d / max(tot_t, 1e-9):.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
