"""Command line: ``python -m lib extract PATH... [--manifest FILE] --out DIR``.

Example:
    python -m lib extract seeds --manifest seeds/manifest.csv --out /tmp/run
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lib.models import EXTRACTOR_VERSION, TABLES


def cmd_extract(args: argparse.Namespace) -> int:
    from lib.loader import load_paths
    from lib.pipeline import run
    from lib.tables import write_csv

    missing = [p for p in args.paths if not Path(p).exists()]
    loaded, messages = load_paths([p for p in args.paths if Path(p).exists()], args.manifest)
    for p in missing:
        from lib.loader import Loaded
        from lib.models import Article

        loaded.append(Loaded(Article(article_id=Path(p).stem, path=str(p), status="error",
                                     error="path does not exist")))
    if args.manifest and not Path(args.manifest).exists():
        messages.append(f"manifest {args.manifest}: file does not exist; continuing without it")
    for m in messages:
        print(f"warning: {m}", file=sys.stderr)
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"error: cannot create output folder {out}: {exc}", file=sys.stderr)
        return 2
    tables: dict[str, list] = {name: [] for name in TABLES}
    show = len(loaded) > 5 and not args.quiet
    for ex in run(loaded, workers=args.workers, progress=show, total=len(loaded)):
        for name in TABLES:
            tables[name].extend(ex.rows(name))
    for name, rows in tables.items():
        write_csv(out / f"{name}.csv", name, rows)
    n_err = sum(1 for a in tables["articles"] if a.status == "error")
    summary = ", ".join(f"{len(rows)} {name}" for name, rows in tables.items())
    print(f"wrote {summary} to {out} (extractor {EXTRACTOR_VERSION})", file=sys.stderr)
    for a in tables["articles"]:
        if a.status != "ok":
            print(f"{a.status}: {a.article_id}: {a.error}", file=sys.stderr)
    if n_err:
        print(f"{n_err} article(s) could not be extracted; see status/error in articles.csv", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m lib", description="Diplomacy Timeline: news articles -> sourced tables.")
    ap.add_argument("--version", action="version", version=f"extractor {EXTRACTOR_VERSION}")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract tables from articles into CSV files",
                        description="Read articles (.txt, .md, .html; folders are walked) and write articles.csv, "
                                    "mentions.csv, events.csv, statements.csv and casualties.csv to --out. "
                                    "Bad files are reported per article in articles.csv (status, error); "
                                    "the run goes on. Exit status is 0 unless the run itself could not happen.")
    ex.add_argument("paths", nargs="+", help="article files or folders")
    ex.add_argument("--manifest", help="CSV with article_id, outlet, title, url, published[, language]")
    ex.add_argument("--out", required=True, help="output folder for the CSV tables")
    ex.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    ex.add_argument("--quiet", action="store_true", help="no progress bar")
    ex.set_defaults(func=cmd_extract)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
