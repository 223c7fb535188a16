"""`python -m lib ingest | export | stats` on a temporary store ($DIPLO_DATA)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from lib.cli import main
from lib.store import db

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


pytestmark = pytest.mark.usefixtures("tmp_data")


@pytest.fixture
def inbox(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "qatar.txt").write_text("DOHA, May 2 (Reuters) - Qatar said on Monday it would keep mediating between "
                                 "Hamas and Israel, officials said.", encoding="utf-8")
    (d / "same.txt").write_bytes((d / "qatar.txt").read_bytes())
    (d / "empty.md").write_bytes(b"")
    (d / "page.html").write_text("<html><head><title>Talks in Cairo</title></head><body><article><p>Egypt hosted "
                                 "talks in Cairo on Sunday between Israeli and Palestinian officials, the foreign "
                                 "ministry said in a statement.</p></article></body></html>", encoding="utf-8")
    return d


def stats_json(capsys) -> dict:
    capsys.readouterr()
    assert main(["stats", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_ingest_stats_and_idempotence(inbox, tmp_data, capsys):
    assert main(["ingest", str(inbox), "--quiet", "--no-seeds"]) == 0
    err = capsys.readouterr().err
    assert "already stored" in err and "error: empty" in err
    assert (tmp_data / db.FILENAME).exists()
    st = stats_json(capsys)
    assert st["articles_by_status"] == {"error": 1, "ok": 2}
    assert st["extractor_version"] == db.EXTRACTOR_VERSION and st["stale"] == 0
    rows = st["rows"]
    assert main(["ingest", str(inbox), "--quiet"]) == 0
    assert stats_json(capsys)["rows"] == rows


def test_ingest_seeds_the_store_on_first_start(inbox, capsys):
    assert main(["ingest", str(inbox / "qatar.txt"), "--quiet"]) == 0
    assert stats_json(capsys)["articles_by_status"] == {"ok": 6}


def test_ingest_with_manifest_and_missing_paths(tmp_path, capsys):
    assert main(["ingest", str(SEEDS), str(tmp_path / "nope.txt"), "--manifest", str(SEEDS / "manifest.csv"),
                 "--quiet", "--no-seeds", "--workers", "2"]) == 0
    err = capsys.readouterr().err
    assert "rejected: " in err and "path does not exist" in err
    arts = db.Store().tables()["articles"].set_index("article_id")
    assert len(arts) == 5 and arts.loc["003_256842945a981619", "published"] == "2006-11-16"


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_with_the_app_filters(tmp_path, fmt, capsys):
    out = tmp_path / "out"
    assert main(["export", "--format", fmt, "--out", str(out), "--article", "001_eef54388a8cce2a5"]) == 0
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    arts = read(out / f"articles.{fmt}")
    assert list(arts["article_id"]) == ["001_eef54388a8cce2a5"]
    mentions = read(out / f"mentions.{fmt}")
    assert len(mentions) and set(mentions["article_id"]) == {"001_eef54388a8cce2a5"}
    assert set(mentions["region"]) == {"body"}  # non-body rows are hidden, as in the app
    full = tmp_path / "full"
    assert main(["export", "--format", fmt, "--out", str(full), "--include-non-body"]) == 0
    assert len(read(full / f"mentions.{fmt}")) >= len(mentions)
    assert len(read(full / f"articles.{fmt}")) == 5


def test_export_text_filter_keeps_only_matching_sentences(tmp_path):
    out = tmp_path / "out"
    assert main(["export", "--out", str(out), "--text", "cairo"]) == 0
    mentions = pd.read_csv(out / "mentions.csv")
    assert len(mentions) and mentions["sentence"].str.lower().str.contains("cairo").all()


def test_commands_are_documented():
    for cmd, flag in (("ingest", "--manifest"), ("export", "--format"), ("stats", "--json")):
        out = subprocess.run([sys.executable, "-m", "lib", cmd, "--help"], capture_output=True, text=True, cwd=ROOT)
        assert out.returncode == 0 and flag in out.stdout


def test_export_rejects_an_unknown_format(tmp_path):
    with pytest.raises(SystemExit):
        main(["export", "--format", "xlsx", "--out", str(tmp_path)])


def test_store_export_matches_the_extract_command(tmp_path):
    """The store keeps exactly what `extract` writes: same ids, same rows."""
    assert main(["ingest", str(SEEDS), "--manifest", str(SEEDS / "manifest.csv"), "--quiet", "--no-seeds"]) == 0
    exported, extracted = tmp_path / "exp", tmp_path / "ext"
    assert main(["export", "--out", str(exported), "--include-non-body", "--raw"]) == 0
    assert main(["extract", str(SEEDS), "--manifest", str(SEEDS / "manifest.csv"), "--out", str(extracted),
                 "--quiet"]) == 0
    for name, key in (("mentions", "mention_id"), ("events", "event_id"), ("statements", "statement_id"),
                      ("casualties", "claim_id")):
        a = pd.read_csv(exported / f"{name}.csv", dtype=str, keep_default_na=False).sort_values(key)
        b = pd.read_csv(extracted / f"{name}.csv", dtype=str, keep_default_na=False).sort_values(key)
        assert list(a[key]) == list(b[key]), name
        assert list(a["sentence"]) == list(b["sentence"]), name


def test_delete_removes_articles_and_their_rows(inbox, capsys):
    assert main(["ingest", str(inbox), "--quiet", "--no-seeds"]) == 0
    store = db.Store()
    ids = sorted(store.article_ids())
    assert "qatar" in ids and store.counts()["mentions"] > 0
    capsys.readouterr()
    assert main(["delete", "qatar", "nope"]) == 0
    err = capsys.readouterr().err
    assert "not in the store: nope" in err and "removed 1 article(s)" in err
    assert sorted(db.Store().article_ids()) == [a for a in ids if a != "qatar"]
    tables = db.Store().tables()
    assert all(not (t["article_id"] == "qatar").any() for name, t in tables.items() if "article_id" in t)
    assert main(["delete", "nope"]) == 1
