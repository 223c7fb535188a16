"""Not a benchmark run by ``make bench``: the app's page tour on one store, with the RSS after each page.

Usage: ``DIPLO_DATA=/path/to/store_folder DIPLO_REFRESH=0 /usr/bin/time -v .venv/bin/python bench/app_tour.py
[page ...]`` (pages by file stem, default: every page but Add articles, after the Overview). Prints, per page, the
wall seconds, the resident and peak RSS (``/proc/self/status``, ``ru_maxrss``: the peak is the running maximum) and
the process CPU seconds; then, per page, a rerun after a filter change (``BENCH_TOUR_QUERY``, default "talks", typed
into the sidebar's sentence search) and a plain rerun (a click), each with its wall and CPU seconds (``dcpu``).
BENCHMARKS.md gives the 100k figures; bench/README.md the per-page figures at 20k.
"""
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss() -> str:
    cur = int(next(line for line in open("/proc/self/status") if line.startswith("VmRSS")).split()[1]) // 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return f"rss {cur} MB, peak {peak} MB, cpu {time.process_time():.1f}s"


def read_tables() -> str:
    """The app tables read so far (``AppTables.loaded``; every table on a store read whole at start)."""
    try:
        from lib.store import corpus
        from lib.ui import data

        tables = data._load(corpus.data_version())
        return "read: " + ",".join(t for t in tables if tables.loaded(t))
    except Exception:  # noqa: BLE001 - an older app (one module lib/ui.py, every table read at start)
        return "read: all"


def main(pages: list[str]) -> None:
    from streamlit.testing.v1 import AppTest

    print("import", rss(), flush=True)
    t = time.perf_counter()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=1800).run()
    assert not at.exception, at.exception
    print("overview", round(time.perf_counter() - t, 1), "s", rss(), read_tables(), flush=True)
    pages = pages or ["1_Timeline", "2_Mediator_map", "3_Casualties", "4_Statements", "5_Articles"]
    for page in pages:
        t, c = time.perf_counter(), time.process_time()
        at.switch_page(str(ROOT / "app_pages" / f"{page}.py")).run()
        assert not at.exception, (page, at.exception)
        print(page, round(time.perf_counter() - t, 1), "s", f"dcpu {time.process_time() - c:.2f}s", rss(), read_tables(),
              flush=True)
    query = os.environ.get("BENCH_TOUR_QUERY", "talks")
    for page in pages:
        at.switch_page(str(ROOT / "app_pages" / f"{page}.py")).run()
        for what in ("filter", "rerun"):
            t, c = time.perf_counter(), time.process_time()
            if what == "filter":
                at.text_input(key="q").set_value(query if at.text_input(key="q").value != query else "").run()
            else:
                at.run()
            assert not at.exception, (page, what, at.exception)
            print(page, what, round(time.perf_counter() - t, 1), "s", f"dcpu {time.process_time() - c:.2f}s",
                  flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
