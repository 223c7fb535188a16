"""Not a benchmark run by ``make bench``: the app's page tour on one store, with the RSS after each page.

Usage: ``DIPLO_DATA=/path/to/store_folder DIPLO_REFRESH=0 /usr/bin/time -v .venv/bin/python bench/app_tour.py
[page ...]`` (pages by file stem, default: every page but Add articles, after the Overview). Prints, per page, the
wall seconds, the resident and peak RSS (``/proc/self/status``, ``ru_maxrss``: the peak is the running maximum) and
the process CPU seconds. BENCHMARKS.md gives the 100k figures.
"""
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


def main(pages: list[str]) -> None:
    from streamlit.testing.v1 import AppTest

    print("import", rss(), flush=True)
    t = time.perf_counter()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=1800).run()
    assert not at.exception, at.exception
    print("overview", round(time.perf_counter() - t, 1), "s", rss(), flush=True)
    for page in pages or ("1_Timeline", "2_Mediator_map", "3_Casualties", "4_Statements", "5_Articles"):
        t = time.perf_counter()
        at.switch_page(str(ROOT / "app_pages" / f"{page}.py")).run()
        assert not at.exception, (page, at.exception)
        print(page, round(time.perf_counter() - t, 1), "s", rss(), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
