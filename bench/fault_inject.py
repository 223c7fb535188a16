"""Fault injection end to end: real articles, each damaged 30+ ways, through the CLI and the dashboard's upload path.

Idea: a user's folder holds whatever a disk, a browser or a colleague produced: truncated files, UTF-16 or
Windows-1256, lone CRs, NUL bytes, a PDF renamed .txt, a page with 10,000 nested divs or a script full of quotes,
a manifest with a BOM, doubled ids and a ``javascript:`` url. Every such file must get one per-article line that
names it and says what is wrong in plain words (or be read correctly), every good article's rows must be present
exactly once, every row's span must index the text decoded from the ORIGINAL bytes with the encoding reported, no
row may come from a page's script or style, and the run must go on.

Approach: ``mutations`` maps a clean article to (file name, bytes, expectation); expectations are ``same`` (read
as the clean copy: the same sentences in every table), ``rows`` (read, some statements), ``error`` (refused with
a clear line, no rows) or ``any`` (either, with a clear line when refused). The mixed batch (plus a manifest with
its own faults, and small runs of broken manifests) goes through ``python -m lib extract`` (a subprocess),
``python -m lib ingest`` into a fresh store (a subprocess) and the upload page's functions
(``sources.expand_uploads`` -> ``views.uploads.check`` -> ``sources.upload_sources`` -> ``Store.ingest``, in this
process). Each check that fails is a line of the table, with the path and the file.

Run: ``.venv/bin/python bench/fault_inject.py`` (``--bases N``: articles mutated, default 3; ``--paths cli,ingest,
upload``; ``--keep DIR``). Exit status 1 when a check fails. Not a test: it takes a few minutes on 2 cores.

Example (one mutation of a text):
    >>> ms = {m[0]: m[1:] for m in mutations("x", "Talks “went well,” he said.\\n")}
    >>> raw, expect, want = ms["x__utf16le_nobom.txt"]
    >>> raw[:4], expect, want
    (b'T\\x00a\\x00', 'same', 'Talks “went well,” he said.\\n')
"""
from __future__ import annotations

import argparse
import codecs
import csv
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASES = [ROOT / "seeds" / "000_1c5834763d2353bb.txt", ROOT / "seeds" / "002_b00420d5211d1e04.txt",
         ROOT / "tests" / "blind20" / "articles" / "h02_fars_lausanne_statement.txt",
         ROOT / "seeds" / "003_256842945a981619.txt", ROOT / "tests" / "blind19" / "articles" /
         "h01_wsj_iran_deal_vienna.txt"]

# words that must never reach a row: they are only ever inside a script, a style, an iframe, a data URI, a comment
HOSTILE = "Zephyrine Oddlock"
HOSTILE_QUOTE = f"“We will never accept this truce,” said {HOSTILE}, a Hamas spokesman, on Sunday."
ARABIC = ("قال وزير الخارجية المصري إن المحادثات بين الجانبين ستستأنف في القاهرة يوم الأحد المقبل، "
          "وأكد أن مصر ستواصل جهودها للتهدئة في قطاع غزة والضفة الغربية.")
HEBREW = ("שר החוץ אמר כי השיחות בין הצדדים יתחדשו בקהיר ביום ראשון הבא, והוסיף כי ישראל "
          "תמשיך במאמצים להרגעת המצב ברצועת עזה ובגדה המערבית.")


def _html(body: str, head: str = "", title: str = "Talks resume") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<article>{body}</article></body></html>")


def _paras(text: str) -> str:
    import html

    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in text.split("\n") if p.strip())


def _hostile_bits() -> str:
    q = HOSTILE_QUOTE.replace('"', "&quot;")
    return (f"<script>var s = \"{q}\"; document.write(s);</script>"
            f"<style>/* {HOSTILE_QUOTE} */ p {{ color: red }}</style>"
            f"<noscript>{HOSTILE_QUOTE}</noscript>"
            f"<iframe srcdoc=\"{q}\">{HOSTILE_QUOTE}</iframe>"
            f"<!-- {HOSTILE_QUOTE} -->"
            f"<img src=\"data:text/html;base64,{'QUJD' * 200}\" alt=\"\">"
            f"<a href=\"javascript:alert('{HOSTILE}')\">share</a>")


def mutations(stem: str, text: str) -> list[tuple[str, bytes, str]]:
    """(file name, bytes, expectation) for every mutation of the clean article ``text``."""
    u8 = text.encode("utf-8")
    lines = text.split("\n")
    cut = u8.rfind("’".encode()) if "’" in text else u8.rfind("“".encode())
    cut = cut + 1 if cut > 0 else len(u8) - 1
    arabic_text = text + "\n" + ARABIC + "\n"
    hebrew_text = text + "\n" + HEBREW + "\n"
    plain = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("—", "-")
    plain = plain.replace("–", "-").replace("…", "...")
    body = _paras(text)
    mixed = "".join(ln + ("\r\n", "\n", "\r")[i % 3] for i, ln in enumerate(lines))
    nested = "<div>" * 10000 + body + "</div>" * 10000
    out = [
        (f"{stem}.txt", u8, "rows"),  # with a manifest row: its metadata must be used (so its dates may differ)
        (f"{stem}__ref.txt", u8 + b"\n\n\n\n", "same"),  # the reference every "same" copy is compared with
        (f"{stem}__trunc_mid_utf8.txt", u8[:cut], "rows"),
        (f"{stem}__utf16_bom.txt", text.encode("utf-16"), "same"),
        (f"{stem}__utf16le_nobom.txt", text.encode("utf-16-le"), "same"),
        (f"{stem}__utf16be_nobom.txt", text.encode("utf-16-be"), "same"),
        (f"{stem}__utf8_bom.txt", codecs.BOM_UTF8 + u8, "same"),
        (f"{stem}__cp1256_arabic.txt", arabic_text.encode("cp1256", "replace"), "same"),
        (f"{stem}__cp1255_hebrew.txt", hebrew_text.encode("cp1255", "replace"), "same"),
        (f"{stem}__cp1252.txt", text.encode("cp1252", "replace"), "same"),
        (f"{stem}__latin1_plain.txt", plain.encode("latin-1", "replace"), "rows"),
        (f"{stem}__mixed_eol.txt", mixed.encode(), "same"),
        (f"{stem}__lone_cr.txt", "\r".join(lines).encode(), "same"),
        (f"{stem}__nul_inside.txt", u8[:len(u8) // 2] + b"\x00" + u8[len(u8) // 2:], "any"),
        (f"{stem}__nul_every_line.txt", "\x00\n".join(lines).encode(), "any"),
        (f"{stem}__empty.txt", b"", "error"),
        (f"{stem}__blank.txt", b" \n\r\n\t \n", "error"),
        (f"{stem}__50mb_one_line.txt", (plain.replace("\n", " ") + " ").encode() * (50 * 2**20 // len(u8) + 1),
         "error"),
        (f"{stem}__pdf.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 8,
         "error"),
        (f"{stem}__png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "error"),
        (f"{stem}__zip.txt", _zip_bytes({"a.txt": u8}), "error"),
        (f"{stem}__gzip.txt", __import__("gzip").compress(u8), "error"),
        (f"{stem}__html_nested10k.html", _html(nested).encode(), "rows"),
        (f"{stem}__html_unclosed.html", ("<html><head><title>Talks<body><article><div><p>" +
                                         "<p>".join(p for p in lines if p.strip()) + "<div><span><b>").encode(),
         "rows"),
        (f"{stem}__html_hostile.html", _html(_hostile_bits() + body + _hostile_bits()).encode(), "rows"),
        (f"{stem}__html_entity_bomb.html", (
            "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
            + "".join(f"<!ENTITY lol{i} '{'&lol%s;' % (i - 1 if i else '') * 10}'>" for i in range(1, 10))
            + "]>" + _html(body + "<p>&lol9;</p>" + "&amp;" * 20000)).encode(), "rows"),
        (f"{stem}__html_base_refresh.html", _html(body, head="<base href='https://evil.example/'>"
                                                  "<meta http-equiv='refresh' content='0;url=javascript:alert(1)'>"
                                                  ).encode(), "rows"),
        (f"{stem}__html_only_script.html", _html(_hostile_bits()).encode(), "error"),
        (f"{stem}__html_as_txt.txt", _html(_hostile_bits() + body).encode(), "rows"),
        (f"{stem}__md_with_script.md", ("# Talks\n\n" + _hostile_bits() + "\n\n" + text).encode(), "rows"),
        (f"{stem}__ansi_controls.txt", ("\x1b[1m" + text.replace("\n", "\n\x1b[0m\x07", 3)).encode(), "rows"),
        (f"{stem}__utf8_surrogates.txt", u8 + b"\n\xed\xa0\x80 stray \xc0\xaf overlong\n", "rows"),
        (f"{stem}__utf32.txt", text.encode("utf-32"), "same"),
        (f"{stem} with spaces and ünïcödé.txt", u8 + b"\n", "same"),
        (f"-{stem}__leading_dash.txt", u8 + b"\n\n", "same"),
        (f"{stem}__double.md", u8 + b"\n\n\n", "same"),
        (f"{stem}__double.txt", u8 + b" \n", "any"),  # the same id as the .md: refused, said so
    ]
    want = {"utf16_bom": text, "utf16le_nobom": text, "utf16be_nobom": text, "utf8_bom": "\ufeff" + text,
            "cp1256_arabic": arabic_text.encode("cp1256", "replace").decode("cp1256"),  # what could be written
            "cp1255_hebrew": hebrew_text.encode("cp1255", "replace").decode("cp1255"),
            "cp1252": text.encode("cp1252", "replace").decode("cp1252"), "mixed_eol": mixed,
            "lone_cr": text, "utf32": text}
    return [(n, r, e, want.get(n[len(stem) + 2:].rsplit(".", 1)[0]) if n.startswith(stem + "__") else None)
            for n, r, e in out]


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, b in members.items():
            zf.writestr(n, b)
    return buf.getvalue()


def manifest_text(stems: list[str]) -> str:
    """A manifest with its own faults: a BOM, an extra column, a short row, a quoted newline, a doubled id, bad
    dates, a ``javascript:`` url, a row for a missing file and an id written with its extension."""
    rows = ["\ufeffarticle_id,outlet,title,url,published,notes"]
    s0, s1, s2 = stems[0], stems[1 % len(stems)], stems[2 % len(stems)]
    rows.append(f'{s0},AFP,"Talks, in Cairo","https://example.com/a",2023-03-19,fine')
    rows.append(f'{s0}__utf8_surrogates,AFP,"Title with a\nnewline",javascript:alert(1),2023-13-45,bad date')
    rows.append(f"{s0}__latin1_plain.txt,Reuters,Id with extension,https://example.com/b,2023-03-20,x")
    rows.append(f"{s1},AP,Short row")
    rows.append(f"{s1},AP,Doubled id,https://example.com/c,2023-01-01,second row")
    rows.append(f"{s1}__ansi_controls,AP,Extra cells,https://example.com/d,2023-01-02,x,y,z")
    rows.append(f"{s2}__trunc_mid_utf8,=HYPERLINK(\"http://x\"),Formula outlet, JaVaScRiPt:alert(2) ,"
                f"yesterday-ish,x")
    rows.append("no_such_file,AFP,Missing file,https://example.com/e,2023-01-03,x")
    rows.append(",AFP,Empty id,,2023-01-03,x")
    return "\r\n".join(rows) + "\r\n"


BROKEN_MANIFESTS = {
    "no_id_column": "id,outlet,title\na,AFP,T\n",
    "duplicated_columns": "article_id,title,title,published,published\nX,One,Two,2023-01-01,2024-01-01\n",
    "binary": "\x00\x01\x02PK\x03\x04",
    "empty": "",
    "unclosed_quote": 'article_id,title\nX,"never closed\n',
    "semicolons": "article_id;outlet;title\nX;AFP;T\n",
}


# --------------------------------------------------------------------------------------------- checks

wanted: dict[str, str] = {}  # file name -> the text it was written from (the decoded text must be it)

TRACEBACKISH = re.compile(r"Traceback|\b[A-Z][a-zA-Z]+(Error|Exception)\b|\bat 0x[0-9a-f]+|\\x[0-9a-f]{2}")
SPANS = {"statements": [("sentence", "start", "end"), ("quote", "quote_start", "quote_end")],
         "events": [("sentence", "start", "end")],
         "mentions": [("text", "start", "end"), ("sentence", "sentence_start", "sentence_end")],
         "casualties": [("text", "text_start", "text_end"), ("sentence", "start", "end")]}


def reference_text(raw: bytes, fmt: str, encoding: str) -> str | None:
    """The text the offsets must index, decoded from the ORIGINAL bytes with the encoding the run reported (and,
    for HTML, the page's main text as the loader takes it)."""
    from lib.store import loader

    if not encoding:
        return None
    try:
        if encoding == loader.MIXED:
            text = raw.decode("utf-8", errors="diplo_cp1252")
        else:
            text = raw.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if fmt == "html":
        try:
            text = loader._html_to_text(text)[0]
        except loader.LoadError:
            return None
    return text


def check_rows(path: str, tables: dict[str, list[dict]], texts: dict[str, str | None], fail) -> None:
    """Spans index their article's text; no row carries hostile words; no row id twice."""
    for t, spans in SPANS.items():
        ids = Counter(r[next(iter(r))] for r in tables.get(t, []))
        for rid, n in ids.items():
            if n > 1:
                fail(path, "?", f"{t} row id {rid} stored {n} times")
        for r in tables.get(t, []):
            aid = r["article_id"]
            if any(HOSTILE.split()[1] in str(v) for k, v in r.items() if k != "sentence"):  # its own words
                fail(path, aid, f"{t} row from a script/style/iframe/comment: {str(r.get('sentence'))[:80]!r}")
            text = texts.get(aid)
            if text is None:
                fail(path, aid, f"{t} row for an article with no readable text")
                continue
            for col, a, b in spans:
                s, e = r.get(a), r.get(b)
                if s in ("", None) or e in ("", None) or not r.get(col):
                    continue
                s, e = int(float(s)), int(float(e))
                if text[s:e] != r[col]:
                    fail(path, aid, f"{t}.{col} [{s}:{e}] is not the text there: {text[s:e][:40]!r} != "
                                    f"{str(r[col])[:40]!r}")
                    break


def signature(tables: dict[str, list[dict]], aid: str) -> dict[str, Counter]:
    """The sentences of one article's rows, table by table (what 'read as the clean copy' compares)."""
    return {t: Counter(" ".join(str(r["sentence"]).split()) for r in rows if r["article_id"] == aid)
            for t, rows in tables.items() if t in SPANS}


def evaluate(path: str, files: list[tuple[str, bytes, str, str]], arts: dict[str, dict], tables, lines: str,
             outcomes: dict, fail) -> None:
    """Per mutation: the expected outcome, a clear line naming the file when refused, same rows as the clean copy."""
    texts = {}
    for name, raw, _exp, _mut in files:
        aid = Path(name).stem
        a = arts.get(aid)
        if a and a.get("status") != "error":
            fmt = a.get("source_format") or ("html" if name.endswith(".html") else "md" if name.endswith(".md") else "txt")
            texts.setdefault(aid, reference_text(raw, fmt, a.get("encoding", "")))
    check_rows(path, tables, texts, fail)
    for name, _raw, _exp, _mut in files:
        got = texts.get(Path(name).stem)
        if name in wanted and got is not None and got != wanted[name]:
            fail(path, name, f"decoded as {arts[Path(name).stem].get('encoding')}: not the text written "
                             f"({_first_diff(got, wanted[name])})")
    clean = {Path(n).stem.split("__")[0]: Path(n).stem for n, _r, _e, m in files if m == "ref"}
    for name, _raw, exp, mut in files:
        aid = Path(name).stem
        a = arts.get(aid)
        ok = a is not None and a.get("status") in ("ok", "warning")
        n_rows = sum(1 for r in tables.get("statements", []) if r["article_id"] == aid)
        err_line = next((ln for ln in lines.splitlines() if (aid in ln or name in ln or
                                                              Path(name).name in ln)), "")
        why = (a or {}).get("error", "") or err_line
        outcome = ("read" if ok else "refused") + (f" ({why[:70]})" if why else "")
        outcomes[(path, mut)].append(outcome)
        if not ok:
            if not err_line and not (a and a.get("error")):
                fail(path, name, "refused with no per-article line naming it")
            elif TRACEBACKISH.search(why):
                fail(path, name, f"message is not plain words: {why[:120]!r}")
            if exp in ("same", "rows"):
                fail(path, name, f"expected to be read, refused: {why[:120]}")
            if n_rows:
                fail(path, name, f"refused but has {n_rows} statement rows")
            continue
        if exp == "error":
            fail(path, name, f"expected a clear refusal, was read (status {a.get('status')}, {n_rows} statements)")
        if exp == "rows" and not n_rows:
            fail(path, name, "read but no statement found (the clean copy has some)")
        if exp == "same":
            base = clean.get(aid.split("__")[0].lstrip("-").split(" ")[0])
            if base and base != aid and signature(tables, aid) != signature(tables, base):
                mine, theirs = signature(tables, aid), signature(tables, base)
                diff = {t: sum((mine[t] - theirs[t]).values()) + sum((theirs[t] - mine[t]).values()) for t in mine}
                fail(path, name, f"rows differ from the clean copy: {diff}")


def _first_diff(a: str, b: str) -> str:
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"at {i}: {a[i:i + 12]!r} for {b[i:i + 12]!r}"


def read_csvs(out: Path) -> tuple[dict[str, dict], dict[str, list[dict]]]:
    csv.field_size_limit(2**31 - 1)
    tables = {}
    for t in ("articles", *SPANS):
        p = out / f"{t}.csv"
        tables[t] = list(csv.DictReader(p.open(encoding="utf-8", newline=""))) if p.exists() else []
    arts: dict[str, dict] = {}
    for a in tables["articles"]:  # a second file of the same id is an error row: the first one's stays
        if a["article_id"] not in arts or arts[a["article_id"]].get("status") == "error":
            arts[a["article_id"]] = a
    return arts, tables


def run_cli(cmd: list[str], data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DIPLO_DATA": str(data), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "lib", *cmd], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=1800)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bases", type=int, default=3)
    ap.add_argument("--paths", default="cli,ingest,upload")
    ap.add_argument("--keep", default="")
    args = ap.parse_args(argv)
    work = Path(args.keep or tempfile.mkdtemp(prefix="faults-"))
    folder = work / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    files: list[tuple[str, bytes, str, str]] = []  # (file name, bytes, expectation, mutation)
    wanted.clear()
    stems = []
    for src in BASES[:args.bases]:
        stem = src.stem[:12].rstrip("_")
        stems.append(stem)
        for name, raw, exp, want in mutations(stem, src.read_text(encoding="utf-8")):
            mut = (name[len(stem):].split("__", 1)[-1].rsplit(".", 1)[0] if "__" in name else
                   "clean" if name == f"{stem}.txt" else "odd file name")
            files.append((name, raw, exp, mut))
            if want is not None:
                wanted[name] = want.replace("\r\n", "\n").replace("\r", "\n")
    for name, raw, _e, _m in files:
        (folder / name).write_bytes(raw)
    manifest = work / "manifest.csv"
    manifest.write_text(manifest_text(stems), encoding="utf-8", newline="")
    failures: list[tuple[str, str, str]] = []
    outcomes: dict[tuple[str, str], list[str]] = defaultdict(list)

    def fail(path, name, what):
        failures.append((path, name, what))

    paths = args.paths.split(",")
    if "cli" in paths:
        out = work / "cli_out"
        r = run_cli(["extract", str(folder), "--manifest", str(manifest), "--out", str(out), "--raw"], work / "d1")
        if r.returncode != 0 or "Traceback" in r.stderr:
            fail("cli", "(run)", f"exit {r.returncode}: {r.stderr[-400:]}")
        arts, tables = read_csvs(out)
        evaluate("cli", files, arts, tables, r.stderr, outcomes, fail)
        manifest_checks("cli", arts, r.stderr, stems, fail)
        for label, body in BROKEN_MANIFESTS.items():
            m = work / f"manifest_{label}.csv"
            m.write_text(body, encoding="utf-8")
            r = run_cli(["extract", str(folder / f"{stems[0]}.txt"), "--manifest", str(m), "--out",
                         str(work / f"cli_{label}")], work / "d1")
            a, _t = read_csvs(work / f"cli_{label}")
            line = next((ln for ln in r.stderr.splitlines() if "manifest" in ln), "")
            ok = r.returncode == 0 and a.get(stems[0], {}).get("status") in ("ok", "warning")
            outcomes[("cli", f"manifest: {label}")].append(("read; " if ok else "FAILED; ") + line[:90])
            if not ok:
                fail("cli", f"manifest_{label}.csv", f"the article was lost: exit {r.returncode} {r.stderr[-200:]}")
            elif label not in ("empty",) and not line:
                fail("cli", f"manifest_{label}.csv", "no line about the broken manifest")
            elif TRACEBACKISH.search(line):
                fail("cli", f"manifest_{label}.csv", f"message is not plain words: {line[:120]!r}")
    if "ingest" in paths:
        r = run_cli(["ingest", str(folder), "--manifest", str(manifest), "--no-seeds"], work / "d2")
        if r.returncode != 0 or "Traceback" in r.stderr:
            fail("ingest", "(run)", f"exit {r.returncode}: {r.stderr[-400:]}")
        arts, tables, texts = store_tables(work / "d2" / "diplo.duckdb")
        evaluate_store("ingest", files, arts, tables, texts, r.stderr, outcomes, fail)
        manifest_checks("ingest", arts, r.stderr, stems, fail)
    if "upload" in paths:
        lines = run_upload(files, work / "d3")
        arts, tables, texts = store_tables(work / "d3" / "diplo.duckdb")
        evaluate_store("upload", files, arts, tables, texts, lines, outcomes, fail)
    print_table(outcomes, failures, paths)
    print(f"\nwork folder: {work}", file=sys.stderr)
    return 1 if failures else 0


def manifest_checks(path: str, arts: dict[str, dict], lines: str, stems: list[str], fail) -> None:
    """The manifest's faults: each named on a line, no ``javascript:`` url kept, no metadata lost or invented."""
    for a in arts.values():
        if re.match(r"\s*javascript:", str(a.get("url", "")), re.I):
            fail(path, a["article_id"], f"javascript: url kept: {a['url']!r}")
    for needle, what in (("duplicate article_id", "doubled id"), ("no matching article file", "row for a missing file"),
                         ("empty article_id", "empty id"), ("13-45", "bad date")):
        if needle not in lines and not any(needle in str(a.get("error", "")) for a in arts.values()):
            fail(path, "manifest.csv", f"{what}: no line says so")
    s0 = stems[0]
    if s0 in arts and arts[s0].get("title") != "Talks, in Cairo":
        fail(path, "manifest.csv", f"a good row's metadata not used: title {arts[s0].get('title')!r}")
    if f"{s0}__latin1_plain" in arts and arts[f"{s0}__latin1_plain"].get("outlet") != "Reuters":
        fail(path, "manifest.csv", "a row whose id has the file's extension is not used")


def store_tables(path: Path):
    from lib.store.db import Store

    store = Store(path)
    t = store.tables()
    tables = {k: v.to_dict("records") for k, v in t.items() if k in SPANS}
    arts = {a["article_id"]: a for a in t["articles"].to_dict("records")}
    texts = {aid: store.text(aid) for aid in arts}
    raws = {aid: store.raw(aid) for aid in arts}
    return arts, tables, (texts, raws)


def evaluate_store(path, files, arts, tables, texts_raws, lines, outcomes, fail) -> None:
    """As ``evaluate``, with the store's ids (uploads: ``safe_id`` of the name) and the stored raw bytes."""
    from lib.store.sources import safe_id

    texts, raws = texts_raws
    by_hash = {}
    import hashlib

    for aid, raw in raws.items():
        if raw is not None:
            by_hash[hashlib.sha256(raw).hexdigest()] = aid
    mapped = []
    for name, raw, exp, mut in files:
        aid = by_hash.get(hashlib.sha256(raw).hexdigest())
        mapped.append((name, raw, exp, mut, aid))
    # provenance on the stored ORIGINAL bytes, decoded with the reported encoding
    ref = {}
    for aid, a in arts.items():
        if a.get("status") != "error" and raws.get(aid) is not None:
            ref[aid] = reference_text(raws[aid], a.get("source_format", "txt"), a.get("encoding", ""))
            if texts.get(aid) is not None and ref[aid] != texts[aid]:
                fail(path, aid, "stored text is not the original bytes decoded with the reported encoding")
    check_rows(path, tables, ref, fail)
    for name, _raw, _exp, _mut, aid in mapped:
        got = ref.get(aid) if aid else None
        if name in wanted and got is not None and got != wanted[name]:
            fail(path, name, f"decoded as {arts[aid].get('encoding')}: not the text written "
                             f"({_first_diff(got, wanted[name])})")
    seen = Counter(aid for *_x, aid in mapped if aid)
    clean = {}
    for name, _raw, _exp, mut, aid in mapped:
        if mut == "ref" and aid:
            clean[Path(name).stem.split("__")[0]] = aid
    for name, _raw, exp, mut, aid in mapped:
        a = arts.get(aid) if aid else None
        ok = a is not None and a.get("status") in ("ok", "warning")
        n_rows = sum(1 for r in tables.get("statements", []) if r["article_id"] == aid) if aid else 0
        keys = {name, Path(name).name, Path(name).stem, safe_id(name)}
        err_line = next((ln for ln in lines.splitlines() if any(k and k in ln for k in keys)), "")
        why = (a or {}).get("error", "") or err_line
        outcomes[(path, mut)].append(("read" if ok else "refused") + (f" ({why[:70]})" if why else ""))
        if not ok:
            if not err_line and not (a and a.get("error")):
                fail(path, name, "refused with no per-article line naming it")
            elif TRACEBACKISH.search(why):
                fail(path, name, f"message is not plain words: {why[:120]!r}")
            if exp in ("same", "rows"):
                fail(path, name, f"expected to be read, refused: {why[:120]}")
            continue
        if exp == "error":
            fail(path, name, f"expected a clear refusal, was read (status {a.get('status')}, {n_rows} statements)")
        if exp == "rows" and not n_rows:
            fail(path, name, "read but no statement found (the clean copy has some)")
        if exp == "same":
            base = clean.get(Path(name).stem.split("__")[0].lstrip("-").split(" ")[0])
            if base and base != aid and signature(tables, aid) != signature(tables, base):
                fail(path, name, "rows differ from the clean copy")
    del seen


def run_upload(files, data: Path) -> str:
    """The Add articles page's path, as its code calls it; the lines it would show (refusals and results)."""
    os.environ["DIPLO_DATA"] = str(data)
    from lib.store import sources
    from lib.store.db import Store
    from lib.views import uploads as uploads_view

    given = [(n, r) for n, r, _e, _m in files if not n.endswith("__zip.txt")]
    zipped = {n: r for n, r, _e, m in files if m in ("html_hostile", "utf16_bom", "cp1256_arabic")}
    given.append(("bundle.zip", _zip_bytes({f"inner/{n}": r for n, r in zipped.items()})))
    given += [(n, r) for n, r, _e, _m in files if n.endswith("__zip.txt")]
    ups, refused = sources.expand_uploads(given)
    ups, unfit = uploads_view.check(ups)
    lines = [f"refused: {n}: {why}" for n, why in refused + unfit]
    meta = [{"title": uploads_view.default_title(u.raw, u.fmt, u.meta.get("title", ""))} for u in ups]
    try:
        report = Store(data / "diplo.duckdb").ingest(sources.upload_sources(ups, meta), batch=8)
    except Exception:  # noqa: BLE001 - the upload page would have crashed: record it
        import traceback

        return "\n".join(lines + ["CRASH " + traceback.format_exc()])
    for r in report.results:
        lines.append(f"{r.outcome}: {r.name} as {r.article_id}: {r.status} {r.error}")
    return "\n".join(lines)


def print_table(outcomes, failures, paths) -> None:
    muts = sorted({m for _p, m in outcomes}, key=lambda m: (m.startswith("manifest"), m))
    bad = defaultdict(list)
    for p, name, what in failures:
        stem = Path(name).stem
        mut = stem.split("__", 1)[1] if "__" in stem else ("clean" if re.fullmatch(r"[\w]+", stem) else name)
        bad[(p, mut)].append(what)
    print("| mutation | " + " | ".join(paths) + " |")
    print("| --- | " + " | ".join("---" for _ in paths) + " |")
    for m in muts:
        cells = []
        for p in paths:
            got = outcomes.get((p, m), [])
            kinds = sorted({g.split(" ")[0].rstrip(";") for g in got})
            fails = bad.get((p, m), [])
            cells.append(("FAIL: " + fails[0][:80] if fails else "ok: " + "/".join(kinds)) if got or fails else "-")
        print(f"| {m} | " + " | ".join(cells) + " |")
    other = [(p, n, w) for p, n, w in failures if not any(
        (p, (Path(n).stem.split("__", 1)[1] if "__" in Path(n).stem else "")) == k for k in outcomes)]
    print(f"\n{len(failures)} failed checks", file=sys.stderr)
    for p, n, w in failures:
        print(f"  {p}: {n}: {w}", file=sys.stderr)
    del other


if __name__ == "__main__":
    sys.exit(main())
