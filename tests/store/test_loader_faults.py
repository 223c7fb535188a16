"""Loader under bad input found by ``bench/fault_inject.py``: encodings a disk or an editor produces, pages that
trafilatura cannot read, a web page saved as .txt, a manifest's hostile url. Own sentences in several outlets'
styles; each fault is read correctly or refused with one plain line, never mojibake, never a script's words."""
from __future__ import annotations

import codecs

import pytest

from lib.store.loader import LoadError, decode, load_bytes, read_manifest
from lib.views.uploads import is_binary

ARABIC_QUOTES = [
    # an English wire story quoting an Arabic statement, saved by a Gulf outlet's system in Windows-1256
    ("RIYADH, May 4 (SPA) - The kingdom welcomed the agreement.\nوقال الوزير إن المملكة ترحب بالاتفاق وتدعو إلى "
     "وقف فوري لإطلاق النار في غزة.\n", "cp1256"),
    ("Al-Ahram reported the minister's words:\n«إن مصر لن تقبل بأي تهجير للفلسطينيين من قطاع غزة إلى سيناء»، "
     "قال شكري للصحفيين.\nThe talks resume on Sunday.\n", "cp1256"),
    ("KUWAIT CITY (KUNA) -- أكد سمو الأمير دعم الكويت الكامل للجهود العربية الرامية إلى إنهاء الأزمة اليمنية، "
     "وشدد على أهمية الحوار.\n", "cp1256"),
    ("Tehran Times, 12 Farvardin: وقال المتحدث باسم وزارة الخارجية إن طهران مستعدة للمفاوضات.\nHe spoke in "
     "Arabic to reporters.\n", "cp1256"),
    # Israeli outlets: a Hebrew quote in an English story, old Windows-1255 files
    ("JERUSALEM (Ynet) - The prime minister said: \"אנחנו נמשיך לפעול נגד הטרור בכל מקום, ולא נעצור עד "
     "שהחטופים יחזרו הביתה\".\n", "cp1255"),
    ("Haaretz, 1998: שר החוץ אמר כי ישראל מוכנה לחדש את המשא ומתן עם סוריה ללא תנאים מוקדמים.\n", "cp1255"),
    # a long English story with one short quote in Arabic: most letters are ASCII, the few others are Arabic
    ("BEIRUT (Reuters) - Lebanese officials said on Monday that talks on the maritime border would resume. " * 6
     + "\nوقال المسؤول إن المحادثات ستستأنف.\n", "cp1256"),
    ("TEL AVIV (Times of Israel) - The cabinet met late on Saturday to discuss the proposal. " * 6
     + "\nהממשלה תדון בהצעה.\n", "cp1255"),
    ("מקור מדיני בכיר אמר הערב כי הפגישה בקהיר הייתה חיובית וכי המגעים יימשכו בשבוע הבא.\n", "cp1255"),
]

WESTERN = [  # legacy Western text with accents: stays Windows-1252, never read as Arabic or Hebrew
    "PARIS (AFP) - Le ministre Jean-Yves Le Drian a déclaré jeudi que la France « soutient » la médiation.\n",
    "Qatar’s emir met the envoy in Doha — “a useful meeting,” an aide said.\n",
    "BERLIN (dpa) - Außenministerin Baerbock äußerte sich am Montag zur Lage in Gaza.\n",
    "Ankara’da görüşme: Dışişleri Bakanı Çavuşoğlu açıklama yaptı, café naïve résumé.\n".replace("ğ", "g")
    .replace("ş", "s").replace("ı", "i").replace("Ç", "C"),
]


@pytest.mark.parametrize("text, enc", ARABIC_QUOTES)
def test_arabic_and_hebrew_legacy_files_are_read_as_written(text, enc):
    got, how = decode(text.encode(enc))
    assert got == text
    assert how.replace("_", "").replace("-", "").lower() in {enc, "windows" + enc[2:], "iso88596", "iso88598"}


@pytest.mark.parametrize("text", WESTERN)
def test_western_legacy_files_stay_windows_latin(text):
    got, how = decode(text.encode("cp1252"))
    assert got == text and how == "cp1252"


STORIES = [
    "WASHINGTON (AP) — Secretary of State Antony Blinken said Tuesday the talks were “constructive.”\n",
    "Gulf News: The UAE “welcomes” the truce, its foreign ministry said on Monday.\n",
    "TEHRAN (IRNA) - Spokesman Nasser Kanaani told reporters: 'Iran will respond firmly.'\n",
]


@pytest.mark.parametrize("text", STORIES)
@pytest.mark.parametrize("codec, name", [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
                                         ("utf-32", "utf-32"), ("utf-16", "utf-16")])
def test_utf16_without_a_bom_and_utf32_are_text(text, codec, name):
    raw = text.encode(codec)
    assert decode(raw) == (text, name)
    assert not is_binary(raw)  # the upload page does not refuse what the loader reads


def test_a_utf8_bom_is_reported_as_the_utf8_that_keeps_it():
    """The BOM stays in the text (U+FEFF) so offsets are a plain UTF-8 reader's: the encoding says so."""
    raw = codecs.BOM_UTF8 + STORIES[0].encode()
    text, enc = decode(raw)
    assert enc == "utf-8" and raw.decode(enc) == text


@pytest.mark.parametrize("raw", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + bytes(range(256)) * 4,
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4,
    b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + bytes(range(256)) * 4,
    b"\x00\x00\x00\x01" * 300,
])
def test_binary_files_are_still_refused(raw):
    with pytest.raises(LoadError, match="binary"):
        decode(raw)
    assert is_binary(raw)


BODY = ("<p>CAIRO, March 3 (Reuters) - Egypt hosted Israeli and Palestinian officials on Sunday.</p>"
        "<p>“We want calm,” Egyptian Foreign Minister Sameh Shoukry said after the meeting.</p>")
HOSTILE = ("<script>var q = '“We reject the truce,” said Zorbak Quillon, a Hamas spokesman.';</script>"
           "<style>/* “We reject it,” said Zorbak Quillon */</style><!-- Zorbak Quillon said so -->")


@pytest.mark.parametrize("page", [
    "<html><body>" + "<div>" * 5000 + BODY + "</div>" * 5000 + "</body></html>",  # nesting deeper than parsers go
    "<html><head><title>Talks<body><article><p>" + BODY.replace("</p>", "") + "<div><span>",  # nothing closed
    "<html><body><table><tr><td>" + BODY + "</td></tr></table></body></html>",  # an old layout table
    "<HTML><BODY BGCOLOR=white><FONT FACE=Arial>" + BODY.upper().replace("<P>", "<P>").lower() + "</FONT></BODY>",
])
def test_pages_trafilatura_cannot_read_still_give_their_text(page):
    loaded = load_bytes("p", page.encode(), fmt="html")
    assert loaded.article.status in ("ok", "warning"), loaded.article.error
    assert "hosted israeli" in loaded.doc.text.lower()
    assert "<" not in loaded.doc.text


@pytest.mark.parametrize("page", [
    "<html><head><title>x</title></head><body><script>alert(1)</script></body></html>",
    "<html><body>" + HOSTILE + "<a href='javascript:void(0)'>share</a></body></html>",
    "<html><body><div><div></div></div></body></html>",
])
def test_pages_with_no_text_are_refused(page):
    loaded = load_bytes("p", page.encode(), fmt="html")
    assert loaded.article.status == "error" and "no main text" in loaded.article.error


@pytest.mark.parametrize("text", [
    "Use <html> tags sparingly, the style guide said.\nEgypt hosted talks.",  # prose about HTML
    "<p>Egypt hosted talks.</p><p>Qatar said so.</p>",  # a fragment: the markup view reads it (offsets kept)
    "Hamas said: &ldquo;We reject it.&rdquo;",
])
def test_text_with_markup_keeps_its_offsets(text):
    loaded = load_bytes("p", text.encode(), fmt="txt")
    assert loaded.article.source_format == "txt" and loaded.doc.text == text


@pytest.mark.parametrize("url, kept", [
    ("javascript:alert(1)", False), (" JaVaScRiPt:alert(2) ", False), ("data:text/html;base64,PHA+", False),
    ("vbscript:msgbox", False), ("file:///etc/passwd", False), ("java\tscript:alert(3)", False),
    ("www.example.org:8080/a", True),
    ("https://www.aljazeera.com/news/2023/3/19/talks", True), ("http://www.irna.ir/en/News/1", True),
    ("www.ynetnews.com/articles/0,7340,L-1.html", True), ("", True),
])
def test_a_manifest_url_that_is_not_a_web_address_is_dropped_and_said(tmp_path, url, kept):
    m = tmp_path / "m.csv"
    m.write_text(f'article_id,url\na,"{url}"\n', encoding="utf-8")
    man = read_manifest(m)
    assert (man.rows["a"]["url"] == url.strip()) is kept
    assert any("url" in e and "not a web address" in e for e in man.errors) is not kept


@pytest.mark.parametrize("text", [
    "The <script> tag and the <style> tag were discussed by the web desk.\nEgypt hosted the talks.\n",
    "Reporters wrote `<script>` in the chat.\nQatar said so.\n",
])
def test_prose_that_names_a_script_tag_stays_text(text):
    loaded = load_bytes("p", text.encode(), fmt="txt")
    assert loaded.article.source_format == "txt" and loaded.doc.text == text
