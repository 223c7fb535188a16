"""The benchmark corpus: real texts perturbed (``scale_corpus.py``), and stores of 10k-100k articles built from them.

Idea: the generated corpus (``corpus_gen``) is too uniform (few dates, few lanes, short texts) to show what real
extraction output costs. The benchmarks use real articles instead (the seeds and the evaluation sets), perturbed by
``scale_corpus.py`` (numbers, weekdays, years, mediator cities, paragraph order), generated into a cache folder
(``$BENCH_CACHE``, default ``~/.cache/diplo-bench``; never committed).

Approach for big stores: extracting 100k articles takes hours, so ``real_store`` extracts ``n_real`` (default 300)
scale-corpus articles for real once per extractor version (cached), and ``build_store`` replicates their rows under
new ids, each copy with its own date shift (day dates by a number of days, coarser dates by whole years) and place
jitter (up to ~0.5 degree), so the rows are as varied as real extraction output and copies do not all report the
same event on the same day in the same place.

Example (from the repository root):
    .venv/bin/python bench/scale.py corpus 2000          # prints the folder of 2,000 perturbed real articles
    .venv/bin/python bench/scale.py store 20000 /tmp/s20k  # a 20k-article store in /tmp/s20k/diplo.duckdb
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# the seeds and the evaluation sets; the newest blind sets are kept out (no one reads them before their blind run)
BLIND_UNREAD = ("blind7", "blind8", "blind15", "blind16", "blind17", "blind18")
SOURCES = ("seeds", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("*/articles")
                            if p.parent.name not in BLIND_UNREAD))
N_REAL = int(os.environ.get("BENCH_REAL_N", 300))


def cache_dir() -> Path:
    d = Path(os.environ.get("BENCH_CACHE") or Path.home() / ".cache" / "diplo-bench")
    d.mkdir(parents=True, exist_ok=True)
    return d


def corpus(n: int) -> Path:
    """The folder of ``n`` scale-corpus articles (with ``manifest.csv``), generated once into the cache."""
    n_texts = sum(len(list((ROOT / s).glob("*.txt"))) for s in SOURCES)
    out = cache_dir() / f"scale_{n}_from_{n_texts}"  # new evaluation sets make a new corpus
    if not (out / "manifest.csv").exists():
        srcs = [str(ROOT / s) for s in SOURCES]
        subprocess.run([sys.executable, str(ROOT / "bench" / "scale_corpus.py"), str(n), str(out), *srcs], check=True)
    return out


def sources(n: int):
    """``Source`` objects for the first ``n`` scale-corpus articles (with their manifest metadata)."""
    from lib.store.sources import sources_from_paths

    folder = corpus(n)
    srcs, _msgs, _rej = sources_from_paths([str(folder)], str(folder / "manifest.csv"), origin="bench")
    return srcs


def real_store(n_real: int = N_REAL, workers: int = 2) -> Path:
    """A store of ``n_real`` scale-corpus articles extracted for real (cached per extractor version)."""
    from lib.models import EXTRACTOR_VERSION
    from lib.store import db

    path = cache_dir() / f"real_{corpus(n_real).name}_{EXTRACTOR_VERSION.replace('+', '_')}" / db.FILENAME
    if not path.exists():
        tmp = path.with_suffix(f".{os.getpid()}.tmp")  # two benchmarks may build it at once
        tmp.unlink(missing_ok=True)
        store = db.Store(tmp)
        store.set_meta("seeded", "skipped")
        t0 = time.perf_counter()
        store.ingest(sources(n_real), workers=workers)
        print(f"extracted {n_real} scale-corpus articles for real in {time.perf_counter() - t0:.0f} s -> {path}",
              file=sys.stderr)
        with store.connect() as con:
            con.execute("CHECKPOINT")
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.rename(path)
    return path


DATE_COLUMNS = {"articles": ("published",), "mentions": ("date_start", "date_end"),
                "events": ("date", "date_start", "date_end"), "statements": ("date",), "casualties": ("date",)}
ID_COLUMNS = {"mentions": "mention_id", "events": "event_id", "statements": "statement_id", "casualties": "claim_id"}


def _shifted(col: str) -> str:
    """SQL: a TimeML value shifted by the copy's ``d`` days (day values) or ``d // 365`` years (coarser values)."""
    c = f'"{col}"'
    return (f"CASE WHEN regexp_full_match({c}, '\\d{{4}}-\\d{{2}}-\\d{{2}}') AND try_cast({c} AS DATE) IS NOT NULL "
            f"THEN strftime(CAST({c} AS DATE) + CAST(m.d AS INTEGER), '%Y-%m-%d') "
            f"WHEN regexp_matches({c}, '^\\d{{4}}') AND NOT regexp_matches({c}, '-02-29') "
            f"THEN lpad(CAST(CAST(substr({c}, 1, 4) AS INTEGER) + m.d // 365 AS VARCHAR), 4, '0') || substr({c}, 5) "
            f"ELSE {c} END")


def build_store(path: Path, n_articles: int, n_real: int = N_REAL) -> dict:
    """A store of ``n_articles``: the ``n_real`` really extracted articles, then perturbed copies of them."""
    from lib.store import db, schema

    t0 = time.perf_counter()
    src = real_store(n_real)
    path.parent.mkdir(parents=True, exist_ok=True)
    store = db.Store(path)
    store.set_meta("seeded", "skipped")
    copies = -(-n_articles // n_real)
    with store.connect() as con:
        con.execute(f"ATTACH '{src}' AS real (READ_ONLY)")
        con.execute("BEGIN TRANSACTION")
        # one row per (copy k, real article): the new id, the day shift d and the place jitter j (degrees)
        con.execute(f"""CREATE TEMP TABLE m AS
            SELECT article_id AS old, k, CASE WHEN k = 0 THEN article_id ELSE article_id || '~' || k END AS new,
                   CASE WHEN k = 0 THEN 0 ELSE (k * 7919) % 2921 - 1460 END AS d,
                   CASE WHEN k = 0 THEN 0 ELSE ((k * 37) % 21 - 10) * 0.05 END AS j
            FROM (SELECT article_id, row_number() OVER (ORDER BY article_id) - 1 AS i FROM real.sources) a,
                 range({copies}) t(k)
            WHERE k * {n_real} + i < {n_articles}""")
        for t in schema.STORE_TABLES:
            cols = [c for c, _ in schema.table_columns(t)]
            sel = []
            for c in cols:
                if c == "article_id":
                    sel.append("m.new")
                elif c == ID_COLUMNS.get(t):
                    sel.append(f"CASE WHEN m.k = 0 THEN x.\"{c}\" ELSE x.\"{c}\" || '~' || m.k END")
                elif c == "content_hash" and t == "sources":
                    sel.append("CASE WHEN m.k = 0 THEN x.content_hash ELSE md5(x.content_hash || m.new) END")
                elif c in DATE_COLUMNS.get(t, ()):
                    sel.append(_shifted(c).replace('"' + c + '"', 'x."' + c + '"'))
                elif c == "value" and t == "mentions":
                    sel.append(f"CASE WHEN x.kind = 'date' THEN {_shifted(c)} ELSE x.value END"
                               .replace('"value"', 'x."value"'))
                elif c in ("lat", "lon"):
                    sel.append(f"x.\"{c}\" + m.j")
                else:
                    sel.append(f'x."{c}"')
            col_sql = ", ".join(f'"{c}"' for c in cols)
            con.execute(f"INSERT INTO {t} ({col_sql}) SELECT {', '.join(sel)} FROM real.{t} x "
                        f"JOIN m ON x.article_id = m.old")
        store._bump(con)
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    counts = store.counts()
    return {"articles": counts["articles"], "events": counts["events"], "mentions": counts["mentions"],
            "build_s": round(time.perf_counter() - t0, 1), "store_mb": round(path.stat().st_size / 2**20, 1)}


if __name__ == "__main__":
    what, n = sys.argv[1], int(sys.argv[2])
    if what == "corpus":
        print(corpus(n))
    else:
        from lib.store import db

        print(build_store(Path(sys.argv[3]) / db.FILENAME, n))
