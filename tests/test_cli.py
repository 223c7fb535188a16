"""`python -m lib extract` writes the five tables with fixed headers, and reports bad files per article."""
from __future__ import annotations

import csv
import subprocess
import sys

from lib.cli import main
from lib.models import TABLES


def read(path):
    with open(path, newline="", encoding="utf-8") as fh:
        r = csv.DictReader(fh)
        return r.fieldnames, list(r)


def test_extract_seeds_writes_every_table(tmp_path):
    assert main(["extract", "seeds", "--manifest", "seeds/manifest.csv", "--out", str(tmp_path), "--quiet"]) == 0
    for name, (_cls, cols) in TABLES.items():
        header, rows = read(tmp_path / f"{name}.csv")
        assert tuple(header) == cols
    _, arts = read(tmp_path / "articles.csv")
    assert [a["status"] for a in arts] == ["ok"] * 5
    assert {a["published_basis"] for a in arts} == {"manifest"}


def test_every_row_round_trips_to_its_sentence(tmp_path):
    main(["extract", "seeds", "--manifest", "seeds/manifest.csv", "--out", str(tmp_path), "--quiet"])
    texts = {}
    for name in ("mentions", "events", "statements", "casualties"):
        _, rows = read(tmp_path / f"{name}.csv")
        for r in rows:
            aid = r["article_id"]
            if aid not in texts:
                texts[aid] = open(f"seeds/{aid}.txt", encoding="utf-8").read()
            t = texts[aid]
            if name == "mentions":
                assert t[int(r["start"]):int(r["end"])] == r["text"]
                assert t[int(r["sentence_start"]):int(r["sentence_end"])] == r["sentence"]
            else:
                assert t[int(r["start"]):int(r["end"])] == r["sentence"], (name, r)


def test_bad_files_do_not_stop_the_run(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text("Egypt hosted talks in Cairo on Sunday, officials said.", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "bin.txt").write_bytes(b"\x00" * 64)
    out = tmp_path / "out"
    assert main(["extract", str(src), str(tmp_path / "nope.txt"), "--manifest", str(tmp_path / "none.csv"),
                 "--out", str(out), "--quiet"]) == 0
    _, arts = read(out / "articles.csv")
    status = {a["article_id"]: a["status"] for a in arts}
    assert status == {"bin": "error", "empty": "error", "ok": "ok", "nope": "error"}


def test_help_documents_the_command():
    out = subprocess.run([sys.executable, "-m", "lib", "extract", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "--manifest" in out.stdout and "--out" in out.stdout


def test_stable_ids_across_runs(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        main(["extract", "seeds", "--manifest", "seeds/manifest.csv", "--out", str(d), "--quiet"])
    for name in TABLES:
        assert (a / f"{name}.csv").read_bytes() == (b / f"{name}.csv").read_bytes()


def test_reports_of_one_meeting_in_two_articles_share_a_cluster(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("CAIRO, March 19 (AFP) - Israeli and Palestinian officials met in Cairo on Sunday, "
                               "Egypt's foreign ministry said.", encoding="utf-8")
    (src / "b.txt").write_text("Israeli and Palestinian delegations held talks in Cairo on Sunday, state media "
                               "reported.", encoding="utf-8")
    (src / "m.csv").write_text("article_id,outlet,published\na,AFP,2023-03-19\nb,Ahram,2023-03-20\n", encoding="utf-8")
    main(["extract", str(src), "--manifest", str(src / "m.csv"), "--out", str(tmp_path / "o"), "--quiet"])
    _, events = read(tmp_path / "o" / "events.csv")
    meetings = [e for e in events if e["event_type"] == "meeting" and e["location"]]
    assert {e["article_id"] for e in meetings} == {"a", "b"}
    assert len({e["event_cluster_id"] for e in meetings}) == 1 and meetings[0]["event_cluster_id"]
