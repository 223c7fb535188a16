"""Loader: decoding, manifest, bad input never crashes a run or drops another article."""
from __future__ import annotations

import codecs

import pytest

from lib.extract.document import PublishedDateError, parse_published
from lib.store.loader import MAX_BYTES, LoadError, decode, load_paths, read_manifest

GOOD = "Egypt hosted talks in Cairo on Sunday, the foreign ministry said.\n"


@pytest.mark.parametrize("raw, encoding, text", [
    (GOOD.encode("utf-8"), "utf-8", GOOD),
    (codecs.BOM_UTF8 + GOOD.encode("utf-8"), "utf-8", "\ufeff" + GOOD),
    (GOOD.encode("utf-16"), "utf-16", GOOD),
    (GOOD.encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]), "utf-16", GOOD),
    (b"Hamas said \r\nCairo\r", "utf-8", "Hamas said \nCairo\n"),
])
def test_decode(raw, encoding, text):
    assert decode(raw) == (text, encoding)


def test_decode_legacy_encoding_is_detected_and_recorded():
    raw = ("Le ministre égyptien a reçu la délégation à Charm el-Cheikh, déclaré mercredi. " * 5).encode("cp1252")
    text, enc = decode(raw)
    assert "égyptien" in text
    assert enc.lower().replace("_", "-") in {"cp1252", "windows-1252", "latin-1", "iso-8859-1", "iso8859-1",
                                             "iso-8859-15", "cp1250", "iso-8859-9", "cp1254", "latin1"}


@pytest.mark.parametrize("raw, message", [
    (b"", "empty"),
    (b"   \n\t  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (b"\xff\xfe\x00\xd8", "UTF-16"),
])
def test_decode_rejects_bad_bytes(raw, message):
    with pytest.raises(LoadError, match=message):
        decode(raw)


@pytest.mark.parametrize("value, expected", [
    ("2023-03-19", ("2023-03-19", "day")),
    ("2021-06", ("2021-06", "month")),
    ("2006", ("2006", "year")),
    ("2023-02-20T10:00:00Z", ("2023-02-20", "day")),
    ("", ("", "")),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2023-13-01", "2023-02-30", "next Tuesday-ish", "sometime"])
def test_parse_published_rejects(value):
    with pytest.raises(PublishedDateError):
        parse_published(value)


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def test_bad_inputs_each_get_a_row_and_the_rest_go_on(tmp_path):
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "binary.txt", b"\x00\x01\x02\x03" * 100)
    write(tmp_path, "big.txt", b"a" * (MAX_BYTES + 1))
    write(tmp_path, "bad16.txt", b"\xff\xfe\x00\xd8")
    write(tmp_path, "good.md", GOOD)  # duplicate id
    write(tmp_path, "page.html", "<html><body><script>alert(1)</script></body></html>")
    write(tmp_path, "manifest.csv", "article_id,outlet,published\ngood,AFP,2023-03-19\nmissing,AFP,2023-03-01\n"
                                    "binary,X,not a date\n")
    loaded, messages = load_paths([tmp_path], tmp_path / "manifest.csv")
    by = {}
    for x in loaded:
        by.setdefault(x.article.article_id, []).append(x.article)
    assert by["good"][0].status == "ok" and by["good"][0].published == "2023-03-19"
    assert by["good"][1].status == "error" and "duplicate article id" in by["good"][1].error
    assert "empty" in by["empty"][0].error
    assert "binary" in by["binary"][0].error
    assert "limit is 5 MB" in by["big"][0].error
    assert "UTF-16" in by["bad16"][0].error
    assert by["page"][0].status == "error" and "main text" in by["page"][0].error
    assert "no matching article file" in by["missing"][0].error
    assert messages == []
    # one row per input file plus one per manifest row without a file
    assert len(loaded) == 8


def test_unparseable_manifest_date_keeps_the_article(tmp_path):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "m.csv", "article_id,published\na,32 Smarch\n")
    loaded, _ = load_paths([tmp_path / "a.txt"], tmp_path / "m.csv")
    art = loaded[0].article
    assert art.status == "warning" and "32 Smarch" in art.error and art.published == ""
    assert loaded[0].doc is not None


@pytest.mark.parametrize("content, fragment", [
    ("outlet,title\nAFP,x\n", "no 'article_id' column"),
    ("article_id,outlet\n,AFP\n", "empty article_id"),
    ("article_id,outlet\na,AFP\na,Reuters\n", "duplicate article_id"),
])
def test_malformed_manifest_is_reported(tmp_path, content, fragment):
    m = write(tmp_path, "m.csv", content)
    man = read_manifest(m)
    assert any(fragment in e for e in man.errors)


def test_unreadable_manifest_is_reported(tmp_path):
    m = write(tmp_path, "m.csv", b"\x00\x01\x02" * 50)
    assert read_manifest(m).errors


def test_html_main_text_and_metadata(tmp_path):
    html = """<html><head><title>Talks in Cairo</title><meta property="og:site_name" content="Wire">
    <meta name="date" content="2023-03-19"></head><body><nav>Home | World | Subscribe</nav>
    <article><h1>Talks in Cairo</h1><p>Israeli and Palestinian officials met in Cairo on Sunday to restore calm,
    Egypt's foreign ministry said in a statement that was carried by state media.</p>
    <p>The meeting followed similar talks last month in Aqaba, Jordan, where both sides pledged to prevent
    more violence in the occupied West Bank.</p></article><script>alert('x')</script></body></html>"""
    write(tmp_path, "p.html", html)
    loaded, _ = load_paths([tmp_path / "p.html"])
    art, doc = loaded[0].article, loaded[0].doc
    assert art.status == "ok", art.error
    assert "Cairo on Sunday" in doc.text and "alert" not in doc.text
    assert art.title == "Talks in Cairo"
    assert art.published == "2023-03-19"


def test_seed_sentences_round_trip(seed_loaded):
    assert len(seed_loaded) == 5
    for x in seed_loaded.values():
        assert x.article.status == "ok"
        for s in x.doc.sentences:
            assert x.doc.text[s.start:s.end] == s.text
            assert s.text == s.text.strip()


def test_seed_texts_equal_plain_utf8_reading(seed_loaded):
    for aid, x in seed_loaded.items():
        with open(f"seeds/{aid}.txt", encoding="utf-8") as fh:
            assert fh.read() == x.doc.text
