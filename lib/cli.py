"""Command line.

    python -m lib extract PATH... [--manifest FILE] --out DIR [--workers N]   # files -> CSV tables
    python -m lib extract PATH... --out DIR --dask local | --scheduler ADDR   # on Dask -> Parquet dataset
    python -m lib ingest PATH... [--manifest FILE] [--workers N]              # files -> the store
    python -m lib export --format csv|parquet --out DIR [filters]             # the store -> files
    python -m lib stats                                                       # what the store holds
    python -m lib check                                                       # doubles, orphans, damage
    python -m lib repair                                                      # fix what check finds

The store is ``$DIPLO_DATA/diplo.duckdb`` (default ``data/``); the seeds are ingested on first start.

Example:
    python -m lib extract seeds --manifest seeds/manifest.csv --out /tmp/run
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lib.models import EXTRACTOR_VERSION, TABLES


def _extract_streamed(loaded, out: Path, *, workers: int = 1, progress: bool = False, total: int | None = None,
                      safe: bool = True, timeml: bool = False):
    """Extract ``loaded`` into CSV tables in ``out``, streaming rows to disk as articles are done (memory does not
    grow with the corpus, except a slim copy of each event for linking). Events are written unlinked to a side file,
    then rewritten with ``event_cluster_id`` once every event is known. Returns ({table: rows}, non-ok articles)."""
    import csv
    import os

    from lib.models import Event
    from lib.store.linking import events_from_records, link_events
    from lib.store.pipeline import run
    from lib.store.tables import CsvAppender

    link_fields = ("event_id", "article_id", "event_type", "date", "date_start", "date_end", "date_precision",
                   "date_basis", "lat", "lon", "location", "actors", "actor1", "actor2", "factions")
    partial = out / "events.csv.partial"
    writers = {name: CsvAppender(partial if name == "events" else out / f"{name}.csv", name,
                                 safe=safe and name != "events") for name in TABLES}  # events: once, when linked
    docs: dict = {}  # --format timeml: the documents in flight, until their extraction comes back

    def remember(items):
        for x in items:
            if timeml:
                docs[x.article.article_id] = x.doc
            yield x

    slim: list[Event] = []
    problems = []
    try:
        for ex in run(remember(loaded), workers=workers, progress=progress, total=total):
            for name in TABLES:
                writers[name].write(ex.rows(name))
            if timeml:
                from lib.extract.timeml import write_timeml

                write_timeml(out, docs.pop(ex.article.article_id, None), ex.mentions, ex.article.published)
            slim.extend(Event(**{f: getattr(e, f) for f in link_fields}) for e in ex.events)
            if ex.article.status != "ok":
                problems.append(ex.article)
    finally:
        for w in writers.values():
            w.close()
    # reports of one real-world event in different articles share an event_cluster_id
    cluster = {e.event_id: e.event_cluster_id for e in link_events(slim)}
    del slim
    with open(partial, newline="", encoding="utf-8") as fh, CsvAppender(out / "events.csv", "events", safe=safe) as w:
        for r in csv.DictReader(fh):  # typed again, so numbers stay numbers under the CSV rule (-77.03 is no formula)
            (e,) = events_from_records([{k: (None if v == "" else v) for k, v in r.items()}])
            w.write([e.replace(event_cluster_id=cluster.get(e.event_id, e.event_cluster_id))])
    os.remove(partial)
    return {name: w.n for name, w in writers.items()}, problems


def cmd_extract(args: argparse.Namespace) -> int:
    import itertools

    if args.dask or args.scheduler:
        return _extract_on_dask(args)

    from lib.models import Article
    from lib.store.loader import Loaded, discover, iter_paths, read_manifest

    missing = [p for p in args.paths if not Path(p).exists()]
    present = [p for p in args.paths if Path(p).exists()]
    man = read_manifest(args.manifest)
    messages = list(man.errors)
    total = len(discover(present)) + len(missing)
    loaded = itertools.chain(iter_paths(present, man),  # one article at a time: memory does not grow with the corpus
                             (Loaded(Article(article_id=Path(p).stem, path=str(p), status="error",
                                             error="path does not exist")) for p in missing))
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
    counts, problems = _extract_streamed(loaded, out, workers=args.workers, progress=total > 5 and not args.quiet,
                                         total=total, safe=not args.raw, timeml=args.format == "timeml")
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(f"wrote {summary} to {out} (extractor {EXTRACTOR_VERSION})", file=sys.stderr)
    for a in problems:
        print(f"{a.status}: {a.article_id}: {a.error}", file=sys.stderr)
    n_err = sum(1 for a in problems if a.status == "error")
    if n_err:
        print(f"{n_err} article(s) could not be extracted; see status/error in articles.csv", file=sys.stderr)
    return 0


def _extract_on_dask(args: argparse.Namespace) -> int:
    """``lib extract --dask local | --scheduler ADDR``: a partitioned Parquet dataset (``lib.store.distributed``)."""
    from lib.store.distributed import extract_dataset

    try:
        counts = extract_dataset(args.paths, args.out, args.manifest, scheduler=args.scheduler,
                                 workers=max(1, args.workers))
    except ImportError as exc:
        print(f"error: the cluster path needs dask[distributed] (requirements.txt): {exc}", file=sys.stderr)
        return 2
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(f"wrote {summary} as Parquet datasets (partitioned by year and outlet) to {args.out} "
          f"(extractor {EXTRACTOR_VERSION})", file=sys.stderr)
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from lib.store import db, opening, sources
    from lib.store.pipeline import Progress

    try:
        store = opening.open_store(seed_if_new=not args.no_seeds, refresh=True, workers=args.workers,
                                   on_wait=_on_wait)
        if args.no_seeds and not store.meta("seeded"):
            store.set_meta("seeded", "skipped")  # later starts do not add them either
        srcs, messages, rejected = sources.sources_from_paths(args.paths, args.manifest)
        for m in messages:
            print(f"warning: {m}", file=sys.stderr)
        bar = Progress(None, "ingesting") if not args.quiet else None

        def progress(done: int, _total: int | None) -> None:
            if bar:
                bar.n = done - 1
                bar.step()

        report = store.ingest(srcs, workers=args.workers, progress=progress)
        if bar:
            bar.close()
    except db.StoreBusy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    for r in rejected:
        print(f"rejected: {r.name}: {r.error}", file=sys.stderr)
    for r in report.results:
        if r.outcome == "duplicate":
            print(f"already stored: {r.name or r.article_id} (as {r.duplicate_of})", file=sys.stderr)
        elif r.outcome == "renamed":
            print(f"id taken by other content: {r.name} stored as {r.article_id}", file=sys.stderr)
        if r.status in ("error", "warning"):
            print(f"{r.status}: {r.article_id}: {r.error}", file=sys.stderr)
    print(f"{report.summary()}; {len(rejected)} rejected; store {store.path}", file=sys.stderr)
    return 0


def filters_from_args(args: argparse.Namespace):
    """The app's filters from export options."""
    from lib.views.filters import Filters

    return Filters(date_from=args.date_from or "", date_to=args.date_to or "", factions=tuple(args.faction or ()),
                   actors=tuple(args.actor or ()), event_types=tuple(args.event_type or ()),
                   places=tuple(args.place or ()), articles=tuple(args.article or ()),
                   outlets=tuple(args.outlet or ()), text=args.text or "",
                   hide_non_body=not args.include_non_body, hide_coarse_dates=args.hide_coarse_dates)


def cmd_export(args: argparse.Namespace) -> int:
    from lib.store import db, opening
    from lib.views.export import export as export_tables

    try:
        store = opening.open_store(on_wait=_on_wait)
        counts = export_tables(store, args.out, args.format, filters_from_args(args), safe=not args.raw)
    except db.StoreBusy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except OSError as exc:
        print(f"error: cannot write to {args.out}: {exc}", file=sys.stderr)
        return 2
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(f"wrote {summary} to {args.out} ({args.format})", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    import json

    from lib.store import db, opening

    try:
        st = opening.open_store(refresh=False).stats()
    except db.StoreBusy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    if args.json:
        print(json.dumps(st, indent=2))
        return 0
    print(f"store: {st['path']} ({st['bytes'] / 1e6:.1f} MB)")
    print(f"extractor version: {st['extractor_version']}")
    print("articles by status: " + (", ".join(f"{k} {v}" for k, v in st["articles_by_status"].items()) or "none"))
    print("extracted by version: " + (", ".join(f"{k or '(none)'} {v}" for k, v in st["extractor_versions"].items())
                                      or "none"))
    if st["stale"]:
        print(f"to re-extract: {st['stale']} (done automatically by the app, ingest and export)")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in st["rows"].items()))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    """Remove articles (and every row taken from them) from the store; unknown ids are reported, not fatal."""
    from lib.store import db

    try:
        store = db.Store()
        known = set(store.article_ids())
        ids = list(dict.fromkeys(args.ids))
        missing = [a for a in ids if a not in known]
        found = [a for a in ids if a in known]
        if found:
            store.delete(found)
    except db.StoreBusy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    for a in missing:
        print(f"not in the store: {a}", file=sys.stderr)
    print(f"removed {len(found)} article(s)", file=sys.stderr)
    return 0 if found or not ids else 1


def cmd_check(args: argparse.Namespace) -> int:
    from lib.store import db
    from lib.store.check import check

    rep = check(db.default_path())
    for n in rep.notes:
        print(f"note: {n}", file=sys.stderr)
    for p in rep.problems:
        print(f"problem: {p}", file=sys.stderr)
    if rep.counts:
        print("rows: " + ", ".join(f"{k} {v}" for k, v in rep.counts.items() if k != "meta"), file=sys.stderr)
    print(f"{len(rep.problems)} problem(s) in {rep.path}" + ("; 'python -m lib repair' fixes them"
                                                            if rep.problems and not rep.damaged else ""),
          file=sys.stderr)
    return 1 if rep.problems else 0


def cmd_repair(args: argparse.Namespace) -> int:
    from lib.store import db
    from lib.store.check import repair

    done, rep = repair(db.default_path(), workers=args.workers, on_wait=_on_wait)
    for d in done:
        print(f"repaired: {d}", file=sys.stderr)
    for p in rep.problems:
        print(f"problem: {p}", file=sys.stderr)
    print(("nothing to repair" if not done else f"{len(done)} repair(s)") + f"; {len(rep.problems)} problem(s) "
          f"left in {rep.path}", file=sys.stderr)
    return 1 if rep.problems else 0


def _on_wait(message: str) -> None:
    print(f"{message} …", file=sys.stderr)


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
    ex.add_argument("--format", choices=("csv", "timeml"), default="csv",
                    help="timeml: also write each article as TimeML with TIMEX3 tags to OUT/timeml/<article_id>.tml")
    ex.add_argument("--raw", action="store_true",
                    help="write cells exactly, without neutralising those a spreadsheet would run as formulas "
                         "(a leading ' on a cell or a line that starts with =, +, -, @)")
    ex.add_argument("--dask", choices=("local",), help="run on a Dask LocalCluster of --workers processes and write "
                                                      "a Parquet dataset partitioned by year and outlet")
    ex.add_argument("--scheduler", help="run on the Dask cluster at this address (tcp://HOST:8786); workers must see "
                                        "the article files and --out")
    ex.set_defaults(func=cmd_extract)

    ing = sub.add_parser("ingest", help="add articles to the store (idempotent)",
                         description="Store and extract articles (.txt, .md, .html; folders are walked) in the "
                                     "store $DIPLO_DATA/diplo.duckdb (default data/). The same content is never "
                                     "stored twice; an article whose extraction fails is kept with status error.")
    ing.add_argument("paths", nargs="+", help="article files or folders")
    ing.add_argument("--manifest", help="CSV with article_id, outlet, title, url, published[, language]")
    ing.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    ing.add_argument("--no-seeds", action="store_true", help="do not ingest the seed articles into a new store")
    ing.add_argument("--quiet", action="store_true", help="no progress bar")
    ing.set_defaults(func=cmd_ingest)

    exp = sub.add_parser("export", help="write the store's tables, filtered like the app",
                         description="Write articles, mentions, events, statements, casualties and regions "
                                     "from the store, with the dashboard's filters, as CSV or Parquet files.")
    exp.add_argument("--format", choices=("csv", "parquet"), default="csv")
    exp.add_argument("--out", required=True, help="output folder")
    exp.add_argument("--date-from", help="YYYY[-MM[-DD]]: rows whose date range ends on or after it")
    exp.add_argument("--date-to", help="YYYY[-MM[-DD]]: rows whose date range starts on or before it")
    for flag, what in (("--faction", "faction"), ("--actor", "actor"), ("--event-type", "event type"),
                       ("--place", "place"), ("--article", "article id"), ("--outlet", "outlet")):
        exp.add_argument(flag, action="append", help=f"keep rows with this {what} (repeatable)")
    exp.add_argument("--text", help="keep rows whose sentence contains this text (case-insensitive)")
    exp.add_argument("--include-non-body", action="store_true",
                     help="keep rows from captions, boilerplate and other non-body regions (hidden by default)")
    exp.add_argument("--hide-coarse-dates", action="store_true", help="drop rows dated only to a month or year")
    exp.add_argument("--raw", action="store_true",
                     help="CSV without neutralising cells a spreadsheet would run as formulas")
    exp.set_defaults(func=cmd_export)

    dele = sub.add_parser("delete", help="remove articles and all their rows from the store",
                          description="Remove articles by id (see `stats` or the Articles page) and every row "
                                      "taken from them. Exit status 1 when none of the ids is in the store.")
    dele.add_argument("ids", nargs="+", help="article ids")
    dele.set_defaults(func=cmd_delete)

    sts = sub.add_parser("stats", help="articles by status, rows per table, extractor version",
                         description="What the store holds.")
    sts.add_argument("--json", action="store_true", help="machine-readable output")
    sts.set_defaults(func=cmd_stats)

    chk = sub.add_parser("check", help="report doubled rows, orphans, pending articles, a damaged store",
                         description="Read the whole store and report what must not be there: a damaged or "
                                     "truncated file, rows stored twice, rows whose article is gone, articles "
                                     "left pending by an interrupted run. Exit status 1 when there is a problem.")
    chk.set_defaults(func=cmd_check)
    rpr = sub.add_parser("repair", help="fix what check reports (except a damaged file)",
                         description="Drop doubled and orphan rows and re-extract broken or pending articles "
                                     "from their stored bytes. Exit status 1 when problems remain.")
    rpr.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    rpr.set_defaults(func=cmd_repair)
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run a command; a store or disk problem is one clear line on stderr and a non-zero exit, not a
    traceback."""
    from lib.store.errors import explain

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        from lib.store.db import data_dir

        known = explain(exc, data_dir())
        if known is None:
            raise
        message, code = known
        print(f"error: {message}", file=sys.stderr)
        return code
