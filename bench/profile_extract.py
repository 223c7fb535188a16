"""Where extraction spends its time: articles per CPU-second, a cProfile of the hot spots, and cost per character
as articles grow.

Idea: the throughput target (BENCHMARKS.md, Issue 17) is about CPU time on the realistic scale corpus, and the
machine is shared, so everything here is measured in CPU seconds of this process (``time.process_time``), in one
process, after a warm-up (gazetteer and patterns loaded).

Approach: ``rate N`` loads the first ``N`` scale-corpus articles (``bench/scale.py``), then times reading them into
documents (regions, sentences) and extracting them; ``stages N`` times each stage of ``extract_document`` apart; ``profile N`` runs the same under cProfile and prints the
functions with the most cumulative and own time; ``sample N`` samples the running stack instead (no inflation of
Python loops); ``length`` joins scale-corpus texts into articles of 10K to 200K
characters and prints CPU microseconds per character for each (flat = linear).

Example (from the repository root):
    .venv/bin/python bench/profile_extract.py rate 300
    .venv/bin/python bench/profile_extract.py stages 300
    .venv/bin/python bench/profile_extract.py profile 150 --top 40
    .venv/bin/python bench/profile_extract.py sample 300 --top 40
    .venv/bin/python bench/profile_extract.py length
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _published(n: int) -> dict[str, str]:
    import csv

    with open(_folder(n) / "manifest.csv", newline="", encoding="utf-8") as fh:
        return {r["article_id"]: r for r in csv.DictReader(fh)}


def load(n: int):
    """(raw articles, CPU seconds to read them into documents, the loaded articles)."""
    from lib.store.loader import load_bytes
    from lib.store.pipeline import warm_up

    warm_up()
    rows = _published(n)
    raw = [(p.stem, p.read_bytes()) for p in sorted(_folder(n).glob("*.txt"))[:n]]
    t0 = time.process_time()
    loaded = [load_bytes(aid, b, meta=rows.get(aid, {})) for aid, b in raw]
    return raw, time.process_time() - t0, loaded


def _folder(n: int) -> Path:
    """The scale corpus of max(n, 300) articles (the first ``n`` of the 300 that ``same_output.py`` checks)."""
    from bench.same_output import corpus

    return corpus(max(n, 300))


def rate(n: int) -> None:
    from lib.store.pipeline import extract_loaded

    _raw, t_load, loaded = load(n)
    t0 = time.process_time()
    for x in loaded:
        extract_loaded(x)
    t_ex = time.process_time() - t0
    chars = sum(len(x.doc.text) for x in loaded if x.doc)
    total = t_load + t_ex
    print(f"{len(loaded)} scale-corpus articles ({chars / len(loaded):,.0f} chars each on average); "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"  read into documents: {t_load:.2f} CPU s; extraction: {t_ex:.2f} CPU s")
    print(f"  {len(loaded) / total:.1f} articles per CPU-second ({1000 * total / len(loaded):.1f} CPU ms each)")


def stages(n: int) -> None:
    """CPU ms per article in each stage (``time.process_time`` around each, as ``extract_document`` runs them)."""
    from lib.extract import Context, _dates, actors, casualties, events, places, statements

    _raw, t_load, loaded = load(n)
    docs = [x.doc for x in loaded if x.doc]
    acc = dict.fromkeys(("dates", "places", "actors", "statements", "casualties", "events"), 0.0)
    for doc in docs:
        t = time.process_time()
        d = _dates(doc)
        t1 = time.process_time()
        p = tuple(places.find(doc))
        t2 = time.process_time()
        a = tuple(actors.find(doc))
        t3 = time.process_time()
        ctx = Context(doc=doc, dates=d, places=p, actors=a)
        said = tuple(statements.extract(ctx))
        t4 = time.process_time()
        cas = tuple(casualties.extract(ctx))
        t5 = time.process_time()
        tuple(events.extract(ctx, tuple(s for s in said if s.faction), cas))
        t6 = time.process_time()
        for k, v in zip(acc, (t1 - t, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5), strict=True):
            acc[k] += v
    total = sum(acc.values()) + t_load
    print(f"{len(docs)} scale-corpus articles; load average {os.getloadavg()[0]:.1f}; CPU ms per article: "
          f"documents {1000 * t_load / len(docs):.2f}, " + ", ".join(f"{k} {1000 * v / len(docs):.2f}"
                                                               for k, v in acc.items())
          + f"; total {1000 * total / len(docs):.2f} ({len(docs) / total:.1f} articles per CPU-second)")


def profile(n: int, top: int) -> None:
    import cProfile
    import pstats

    from lib.store.pipeline import extract_loaded

    _raw_, _t, loaded = load(n)
    pr = cProfile.Profile(time.process_time)
    pr.enable()
    for x in loaded:
        extract_loaded(x)
    pr.disable()
    st = pstats.Stats(pr)
    st.sort_stats("cumulative").print_stats(top)
    st.sort_stats("tottime").print_stats(top)


def sample(n: int, top: int, every: float = 0.0005) -> None:
    """Where the extraction's time goes, by sampling: a thread reads the main thread's stack every ``every`` seconds
    and counts each ``lib/extract`` function once per sample (inclusive share) and the line of the innermost one
    (own share). Unlike cProfile it does not inflate Python-level loops (time inside a C call such as a regex
    match is counted on the line that made the call)."""
    import collections
    import threading

    from lib.store.pipeline import extract_loaded

    _raw_, _t, loaded = load(n)
    main, stop = threading.get_ident(), threading.Event()
    incl: collections.Counter = collections.Counter()
    own: collections.Counter = collections.Counter()
    taken = [0]

    def sampler() -> None:
        while not stop.wait(every):
            f = sys._current_frames().get(main)
            taken[0] += 1
            seen: set[str] = set()
            first = True
            while f is not None:
                fn = f.f_code.co_filename
                if "/lib/extract/" in fn:
                    key = f"{fn.split('/lib/extract/')[-1]}:{f.f_code.co_name}"
                    if first:
                        own[f"{key}:{f.f_lineno}"] += 1
                        first = False
                    if key not in seen:
                        incl[key] += 1
                        seen.add(key)
                f = f.f_back

    th = threading.Thread(target=sampler, daemon=True)
    th.start()
    for x in loaded:
        extract_loaded(x)
    stop.set()
    th.join()
    total = max(taken[0], 1)
    print(f"{taken[0]} samples; load average {os.getloadavg()[0]:.1f}\n== inclusive share")
    for k, v in incl.most_common(top):
        print(f"{100 * v / total:5.1f}% {k}")
    print("== own share (innermost lib/extract line)")
    for k, v in own.most_common(top):
        print(f"{100 * v / total:5.1f}% {k}")


def length(sizes: tuple[int, ...]) -> None:
    from lib.store.loader import load_bytes
    from lib.store.pipeline import extract_loaded, warm_up

    warm_up()
    texts = [p.read_text(encoding="utf-8") for p in sorted(_folder(300).glob("*.txt"))]
    print(f"load average {os.getloadavg()[0]:.1f}")
    for size in sizes:
        parts, k, m = [], 0, 0
        while m < size:
            parts.append(texts[k % len(texts)])
            m += len(parts[-1]) + 2
            k += 1
        text = "\n\n".join(parts)[:size]
        t0 = time.process_time()
        x = load_bytes(f"long{size}", text.encode(), meta={"published": "2023-03-20"})
        t1 = time.process_time()
        ex = extract_loaded(x)
        t2 = time.process_time()
        print(f"  {size:>7,} chars: {t2 - t0:6.2f} CPU s ({1e6 * (t2 - t0) / size:5.1f} us/char; documents "
              f"{t1 - t0:.2f} s) status={ex.article.status}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("rate", "stages", "profile", "sample", "length"))
    ap.add_argument("n", type=int, nargs="?", default=150, help="scale-corpus articles (rate, profile)")
    ap.add_argument("--top", type=int, default=35)
    ap.add_argument("--sizes", default="10000,50000,200000", help="article sizes for length (characters)")
    a = ap.parse_args(argv)
    if a.mode == "rate":
        rate(a.n)
    elif a.mode == "stages":
        stages(a.n)
    elif a.mode == "profile":
        profile(a.n, a.top)
    elif a.mode == "sample":
        sample(a.n, a.top)
    else:
        length(tuple(int(s) for s in a.sizes.split(",")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
