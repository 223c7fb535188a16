"""Extraction speed and correctness: articles/second on one core and with 2 workers, on the seeds and on
generated seed-length articles; per-stage time; peak memory. Standalone: ``python bench/bench_pipeline.py``.

Environment:
    BENCH_PIPELINE_N   generated articles to extract (default 400)
    BENCH_SEEDS_REPEAT copies of the 5 seed articles (default 20 -> 100 articles)
    BENCH_JSON         write the results to this JSON file as well

Targets (issue 9): >= 50 articles/s per core on seed-length articles; >= 1.7x with 2 workers.
"""
from __future__ import annotations

import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import corpus_gen  # noqa: E402

from lib.models import EXTRACTOR_VERSION  # noqa: E402
from lib.store import sources  # noqa: E402
from lib.store.workers import Runner  # noqa: E402


def peak_mb() -> dict[str, float]:
    """Peak resident memory (MB) of this process and of its (finished) worker processes."""
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"self": round(self_kb / 1024, 1), "largest_child": round(child_kb / 1024, 1)}


def machine() -> str:
    cpu = ""
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = os.getloadavg()[0]
    return (f"{cpu or platform.processor()}, {os.cpu_count()} cores, {mem:.0f} GB RAM, Python "
            f"{platform.python_version()}, load average {load:.1f} at start")


def seed_jobs(repeat: int) -> list[tuple]:
    srcs, _m, _r = sources.sources_from_paths([ROOT / "seeds"], ROOT / "seeds" / "manifest.csv")
    base = list(srcs)
    return [(f"{s.article_id}_{k}", s.raw, s.fmt, s.name, s.meta) for k in range(repeat) for s in base]


def gen_jobs(n: int) -> tuple[list, list[tuple]]:
    arts = list(corpus_gen.generate(n, seed=11))
    return arts, [(a.article_id, a.text.encode("utf-8"), "txt", "", a.meta) for a in arts]


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(jobs: list[tuple], workers: int) -> tuple[float, float, list]:
    """Wall seconds and CPU seconds (this process and its workers) to load and extract ``jobs``
    (bytes -> decoded document -> every table), and the outputs."""
    t0, c0 = time.perf_counter(), _cpu()
    with Runner(workers, None) as runner:
        outs = runner.map(jobs)
    return time.perf_counter() - t0, _cpu() - c0, outs


def stage_times(jobs: list[tuple]) -> dict[str, float]:
    """Mean milliseconds per article in each stage (one core)."""
    from lib.extract import Context, actors, casualties, dates, events, places, statements
    from lib.store.loader import load_bytes

    acc = {k: 0.0 for k in ("load+sentences", "dates", "places", "actors", "statements", "casualties", "events")}
    for aid, raw, fmt, _name, meta in jobs:
        t = time.perf_counter()
        doc = load_bytes(aid, raw, fmt=fmt, meta=meta).doc
        acc["load+sentences"] += time.perf_counter() - t
        res = {}
        for key, fn in (("dates", dates.tag), ("places", places.find), ("actors", actors.find)):
            t = time.perf_counter()
            res[key] = tuple(fn(doc))
            acc[key] += time.perf_counter() - t
        ctx = Context(doc=doc, dates=res["dates"], places=res["places"], actors=res["actors"])
        t = time.perf_counter()
        stmts = tuple(statements.extract(ctx))
        acc["statements"] += time.perf_counter() - t
        t = time.perf_counter()
        cas = tuple(casualties.extract(ctx))
        acc["casualties"] += time.perf_counter() - t
        t = time.perf_counter()
        tuple(events.extract(ctx, stmts, cas))
        acc["events"] += time.perf_counter() - t
    return {k: round(1000 * v / len(jobs), 2) for k, v in acc.items()}


def tables_of(outs) -> dict:
    from lib.store.corpus import tables_from_extractions

    return tables_from_extractions([ex for _text, ex in outs])


def main() -> int:
    n = int(os.environ.get("BENCH_PIPELINE_N", 400))
    repeat = int(os.environ.get("BENCH_SEEDS_REPEAT", 20))
    print(f"machine: {machine()}")
    print(f"extractor {EXTRACTOR_VERSION}; generated articles: {n}; seed copies: {5 * repeat}")
    sj = seed_jobs(repeat)
    arts, gj = gen_jobs(n)
    timed(sj[:5], 1)  # warm up: imports, dictionaries, compiled patterns (inherited by forked workers)
    res: dict = {"machine": machine(), "extractor_version": EXTRACTOR_VERSION, "n_generated": n,
                 "n_seed_copies": len(sj)}
    for label, jobs in (("seeds", sj), ("generated", gj)):
        chars = sum(len(j[1]) for j in jobs) / len(jobs)
        t1, c1, outs = timed(jobs, 1)
        t2, c2, outs2 = timed(jobs, 2)
        same = [ex.article.article_id for _t, ex in outs] == [ex.article.article_id for _t, ex in outs2]
        r1, r2, rc = len(jobs) / t1, len(jobs) / t2, len(jobs) / c1
        res[label] = {"articles": len(jobs), "mean_bytes": round(chars), "per_core_articles_s": round(r1, 1),
                      "per_cpu_second": round(rc, 1), "workers2_articles_s": round(r2, 1),
                      "speedup": round(r2 / r1, 2), "workers2_cpu_s": round(c2, 2), "workers1_cpu_s": round(c1, 2),
                      "ms_per_article": round(1000 * t1 / len(jobs), 1), "same_output_order": same}
        print(f"{label:10s} {len(jobs):5d} articles of {chars:,.0f} bytes: {r1:6.1f} articles/s on one core "
              f"({rc:.1f} per CPU-second), {r2:6.1f}/s with 2 workers ({r2 / r1:.2f}x; CPU {c1:.1f} s -> "
              f"{c2:.1f} s)   target >= 50/s per core, >= 1.7x")
        if label == "generated":
            score = corpus_gen.check(arts, tables_of(outs))
            res["generated"]["check"] = score
            print("           correctness on generated articles (P, R, F1): "
                  + ", ".join(f"{k} {v[0]:.2f}/{v[1]:.2f}/{v[2]:.2f}" for k, v in score.items()))
    st = stage_times(gj[: min(len(gj), 150)])
    res["stage_ms_per_article"] = st
    print("stage ms/article (generated, one core): " + ", ".join(f"{k} {v}" for k, v in st.items()))
    res["peak_mb"] = peak_mb()
    print(f"peak memory: {res['peak_mb']['self']} MB (this process), {res['peak_mb']['largest_child']} MB "
          f"(largest worker)")
    if os.environ.get("BENCH_JSON"):
        Path(os.environ["BENCH_JSON"]).write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
