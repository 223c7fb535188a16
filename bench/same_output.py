"""Check that a change leaves extraction output unchanged: record the CSVs once, then compare after every change.

Idea: speedups must not change what is extracted. This script runs ``python -m lib extract`` on every evaluation
set, the seeds, a few hundred scale-corpus articles (``bench/scale.py``) and a few long articles (scale-corpus texts
joined to ~20K-120K characters, where quadratic scans would show), and compares every CSV byte for byte except the
``extractor_version`` column (which changes with any code change) and the folder part of ``path``.

Approach: ``record DIR`` writes the tables of each set under ``DIR/<set>/``; ``check DIR`` extracts again into a
temporary folder and prints the first differing lines of any table that differs. Exit status 1 when anything
differs, 0 when identical.

Example (from the repository root):
    .venv/bin/python bench/same_output.py record /tmp/same_base      # before the change
    .venv/bin/python bench/same_output.py check /tmp/same_base       # after it: "identical" or the differences
"""
from __future__ import annotations

import argparse
import csv
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# the sets checked (and the texts the scale corpus here is made from); blind sets still being written are left out
EVAL_SETS = ("devset", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6")
# development sets checked too (their texts stay out of the scale corpus, so its cached copies remain valid)
DEV_SETS = ("blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16",
            "blind17", "blind18", "blind19", "blind20", "blind21", "blind22")
LONG_SIZES = (20_000, 60_000, 120_000)  # characters of the joined long articles


def corpus(n: int) -> Path:
    """``n`` scale-corpus articles (``scale_corpus.py``) made from the seeds and ``EVAL_SETS`` only, generated once
    into the benchmark cache (``bench/scale.py``'s corpus also takes every newer set under tests/)."""
    import subprocess

    from bench.scale import cache_dir

    srcs = [ROOT / "seeds", *sorted(ROOT / "tests" / s / "articles" for s in EVAL_SETS)]
    n_texts = sum(len(list(p.glob("*.txt"))) for p in srcs)
    out = cache_dir() / f"evalsets_scale_{n}_from_{n_texts}"
    if not (out / "manifest.csv").exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "scale_corpus.py"), str(n), str(out),
                        *map(str, srcs)], check=True)
    return out


def _long_set(n_scale: int) -> Path:
    """A folder of long articles: scale-corpus texts joined (deterministically) to each of ``LONG_SIZES``."""
    from bench.scale import cache_dir

    src = corpus(n_scale)
    out = cache_dir() / f"long_{src.name}"
    if (out / "manifest.csv").exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted(src.glob("*.txt"))]
    rows = ["article_id,outlet,title,published"]
    for i, size in enumerate(LONG_SIZES):
        parts, n, k = [], 0, i * 37
        while n < size:
            t = texts[k % len(texts)]
            parts.append(t)
            n += len(t) + 2
            k += 1
        name = f"long_{size}"
        (out / f"{name}.txt").write_text("\n\n".join(parts), encoding="utf-8")
        rows.append(f"{name},Bench,Long article {size},2023-03-20")
    (out / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return out


def sets(n_scale: int) -> dict[str, tuple[Path, Path]]:
    """{set name: (articles folder, manifest)}."""
    out = {"seeds": (ROOT / "seeds", ROOT / "seeds" / "manifest.csv")}
    for n in (*EVAL_SETS, *DEV_SETS):
        if (ROOT / "tests" / n / "articles").is_dir():
            out[n] = (ROOT / "tests" / n / "articles", ROOT / "tests" / n / "manifest.csv")
    sc = corpus(n_scale)
    out["scale"] = (sc, sc / "manifest.csv")
    lg = _long_set(n_scale)
    out["long"] = (lg, lg / "manifest.csv")
    return out


def extract(name: str, articles: Path, manifest: Path, out: Path, workers: int) -> None:
    r = subprocess.run([sys.executable, "-m", "lib", "extract", str(articles), "--manifest", str(manifest),
                        "--out", str(out), "--quiet", "--workers", str(workers)], cwd=ROOT, capture_output=True,
                       text=True)
    if r.returncode != 0:
        raise SystemExit(f"{name}: extraction failed ({r.returncode}):\n{r.stderr[-2000:]}")


def normalized(path: Path) -> list[str]:
    """The CSV's lines without the ``extractor_version`` column, and the ``path`` column (articles.csv) as the file
    name alone (a baseline recorded from another copy of the repository has other absolute paths)."""
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        return []
    drop = rows[0].index("extractor_version") if "extractor_version" in rows[0] else None
    path = rows[0].index("path") if "path" in rows[0] else None
    lines = []
    for n, r in enumerate(rows):
        if n and path is not None and path < len(r):
            r = [*r[:path], Path(r[path]).name, *r[path + 1:]]
        if drop is not None and drop < len(r):
            r = r[:drop] + r[drop + 1:]
        buf = io.StringIO()
        csv.writer(buf, lineterminator="").writerow(r)
        lines.append(buf.getvalue())
    return lines


def compare(base: Path, new: Path) -> list[str]:
    """Differences between two folders of tables (empty when identical)."""
    problems = []
    names = sorted({p.name for p in base.glob("*.csv")} | {p.name for p in new.glob("*.csv")})
    for n in names:
        a, b = base / n, new / n
        if not a.exists() or not b.exists():
            problems.append(f"{n}: only in {'new' if b.exists() else 'baseline'}")
            continue
        la, lb = normalized(a), normalized(b)
        if la == lb:
            continue
        diff = [i for i in range(max(len(la), len(lb))) if i >= len(la) or i >= len(lb) or la[i] != lb[i]]
        problems.append(f"{n}: {len(la)} vs {len(lb)} lines, {len(diff)} differ; first at line {diff[0] + 1}:\n"
                        f"  - {la[diff[0]] if diff[0] < len(la) else '(none)'}\n"
                        f"  + {lb[diff[0]] if diff[0] < len(lb) else '(none)'}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("record", "check"))
    ap.add_argument("dir", help="the baseline folder (written by record, read by check)")
    ap.add_argument("--scale-n", type=int, default=300, help="scale-corpus articles (default 300)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--only", nargs="*", default=None, help="only these sets")
    a = ap.parse_args(argv)
    base = Path(a.dir)
    todo = {k: v for k, v in sets(a.scale_n).items() if a.only is None or k in a.only}
    if a.mode == "record":
        for name, (arts, man) in todo.items():
            if (base / name).exists():
                shutil.rmtree(base / name)
            extract(name, arts, man, base / name, a.workers)
            print(f"recorded {name}")
        return 0
    bad = 0
    with tempfile.TemporaryDirectory(prefix="same_output_") as tmp:
        for name, (arts, man) in todo.items():
            if not (base / name).is_dir():
                print(f"{name}: no baseline in {base / name} (run record first)")
                bad += 1
                continue
            extract(name, arts, man, Path(tmp) / name, a.workers)
            problems = compare(base / name, Path(tmp) / name)
            print(f"{name}: " + ("identical" if not problems else "DIFFERENT\n" + "\n".join(problems)))
            bad += bool(problems)
    print("identical" if not bad else f"{bad} set(s) differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
