"""Read articles (.txt, .md, .html) and an optional manifest into ``Article`` rows and ``Document``s.

Bad input never stops a run: each problem becomes an ``Article`` with ``status='error'`` and a clear
message, and the other files go on. Text is decoded as UTF-8 (a UTF-8 BOM is kept as U+FEFF so offsets
match a plain UTF-8 reader), UTF-16 with a BOM, UTF-8 with stray non-UTF-8 bytes read one by one as cp1252 (the
article gets a warning saying how many), or a detected legacy encoding; line ends are read the way
Python's text mode reads them (CRLF and CR become LF). Offsets index that decoded text. For HTML, the
text is the main text trafilatura extracts, and offsets index it.

Example:
    >>> decode("Talks in Cairo".encode("utf-16"))
    ('Talks in Cairo', 'utf-16')
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from lib.extract.document import PublishedDateError, build_document, parse_published
from lib.models import Article, Document

MAX_BYTES = 5 * 1024 * 1024  # 5 MB per article
SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
MANIFEST_FIELDS = ("article_id", "outlet", "title", "url", "published", "language")


class LoadError(Exception):
    """A problem with one input, reported on its article row."""


@dataclass(frozen=True)
class Loaded:
    """An article row and, when it could be read, its document."""

    article: Article
    doc: Document | None = None
    raw: bytes = b""


@dataclass
class Manifest:
    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def read_manifest(path: str | Path | None) -> Manifest:
    """Rows keyed by article_id. A malformed manifest gives errors, never an exception."""
    man = Manifest()
    if not path:
        return man
    p = Path(path)
    try:
        raw = p.read_bytes()
        text = decode(raw)[0]
    except (OSError, LoadError, PublishedDateError) as exc:
        man.errors.append(f"manifest {p.name}: cannot be read ({exc})")
        return man
    try:
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        names = [n.strip().lower() for n in (reader.fieldnames or [])]
        if "article_id" not in names:
            man.errors.append(f"manifest {p.name}: no 'article_id' column (columns: {', '.join(names) or 'none'})")
            return man
        width = len(reader.fieldnames or [])
        for row in reader:
            lineno = reader.line_num
            if None in row:  # more cells than the header has
                man.errors.append(f"manifest {p.name} line {lineno}: {width + len(row[None])} fields, the header has "
                                  f"{width}; the extra ones are ignored")
            elif any(v is None for v in row.values()):
                have = sum(1 for v in row.values() if v is not None)
                man.errors.append(f"manifest {p.name} line {lineno}: {have} fields, the header has {width}; the "
                                  f"missing ones are left blank")
            row = {(k or "").strip().lower(): (v or "").strip() if isinstance(v, str) else "" for k, v in row.items()
                   if k is not None}
            aid = row.get("article_id", "")
            if not aid:
                man.errors.append(f"manifest {p.name} line {lineno}: empty article_id")
                continue
            aid = Path(aid).stem if Path(aid).suffix.lower() in SUFFIXES else aid
            if row.get("url") and not web_url(row["url"]):
                man.errors.append(f"manifest {p.name} line {lineno}: url {row['url'][:60]!r} is not a web address "
                                  f"(http or https); left blank")
                row["url"] = ""
            if aid in man.rows:
                man.errors.append(f"manifest {p.name} line {lineno}: duplicate article_id {aid!r}; first row kept")
                continue
            man.rows[aid] = row
    except csv.Error as exc:
        man.errors.append(f"manifest {p.name}: not valid CSV ({exc})")
    return man


def decode(raw: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding). Raises LoadError for empty, binary or undecodable input.

    >>> decode("héllo".encode("utf-8"))
    ('héllo', 'utf-8')
    >>> decode("héllo".encode("utf-16"))[1]
    'utf-16'
    """
    if not raw.strip():
        raise LoadError("empty file")
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        try:
            return _newlines(raw.decode("utf-32")), "utf-32"
        except UnicodeDecodeError as exc:
            raise LoadError(f"invalid UTF-32 ({exc.reason} at byte {exc.start})") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _newlines(raw.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as exc:
            raise LoadError(f"invalid UTF-16 ({exc.reason} at byte {exc.start})") from None
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return _newlines(raw.decode("utf-8")), "utf-8"  # the BOM kept as U+FEFF: what a UTF-8 reader sees
        except UnicodeDecodeError as exc:
            raise LoadError(f"invalid UTF-8 after a UTF-8 BOM ({exc.reason} at byte {exc.start})") from None
    head = raw[:8192]
    wide = utf16_without_bom(head)
    if wide:
        try:
            text = raw.decode(wide)
        except UnicodeDecodeError as exc:
            raise LoadError(f"invalid {wide.upper()} ({exc.reason} at byte {exc.start})") from None
        if _control_share(text[:4096].encode("utf-8", "ignore")) <= 0.1:
            return _newlines(text), wide
    if b"\x00" in head or _control_share(head) > 0.1:
        raise LoadError("binary file (NUL or control bytes); expected text, Markdown or HTML")
    try:
        return _newlines(raw.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _mixed_utf8(raw)
    if mixed is not None:
        return mixed
    # Western legacy text (the common case for English news) decodes as cp1252 with few accented letters;
    # text in another script decoded that way is mostly accented letters, so ask the detector instead.
    try:
        latin = raw.decode("cp1252")
        letters = [c for c in latin if c.isalpha()]
        if (letters and sum(1 for c in letters if "\u00c0" <= c <= "\u00ff") / len(letters) < 0.3
                and not _other_script(latin)):
            return _newlines(latin), "cp1252"
    except UnicodeDecodeError:
        pass
    script = _script_codepage(raw)
    if script:
        return _newlines(raw.decode(script)), script
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise LoadError("cannot detect the text encoding (not UTF-8, UTF-16 or a known legacy encoding)")
    try:
        text = raw.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise LoadError(f"cannot decode as detected encoding {best.encoding}") from None
    if _control_share(text[:8192].encode("utf-8", "ignore")) > 0.1:
        raise LoadError("binary file (control characters after decoding)")
    return _newlines(text), best.encoding


def utf16_without_bom(head: bytes) -> str:
    """'utf-16-le' or 'utf-16-be' for text written in UTF-16 with no BOM (an export from a Windows tool): most
    characters of such a text are ASCII, so one byte of each pair is NUL, always the same one; '' otherwise (binary
    files have NULs too, but not one in every other byte).

    >>> utf16_without_bom("Talks in Cairo".encode("utf-16-le")), utf16_without_bom(b"\\x89PNG\\x00\\x00\\x00\\x0dIHDR")
    ('utf-16-le', '')
    """
    n = len(head) // 2
    if n < 4:
        return ""
    even, odd = head[0:2 * n:2].count(0), head[1:2 * n:2].count(0)
    if odd >= 0.7 * n and even <= 0.02 * n:
        return "utf-16-le"
    if even >= 0.7 * n and odd <= 0.02 * n:
        return "utf-16-be"
    return ""


def _other_script(latin: str) -> bool:
    """Whether a text decoded as cp1252 is really in another script (Arabic, Hebrew, Cyrillic... read byte by
    byte): its words with accented letters are mostly made of nothing else ("ÞÇá ÇáæÒíÑ"), where a Western text's
    accents sit inside ASCII words ("déclaré", "Außenministerin").

    >>> _other_script("Le ministre a déclaré à Paris"), _other_script("Talks. ÞÇá ÇáæÒíÑ Åä ÇáãÍÇÏËÇÊ")
    (False, True)
    """
    words = [w for w in re.findall(r"[^\W\d_]{2,}", latin) if any(ord(c) > 0x7F for c in w)]
    whole = sum(1 for w in words if all(ord(c) > 0x7F for c in w))
    return bool(words) and whole >= 3 and whole > 0.5 * len(words)


# Windows code pages of the region's other scripts, and the script their letters above ASCII must all be in
CODEPAGES = (("cp1256", "ARABIC"), ("cp1255", "HEBREW"), ("cp1251", "CYRILLIC"), ("cp1253", "GREEK"))


def _script_codepage(raw: bytes) -> str:
    """The Windows code page under which every letter above ASCII is of one script (Arabic, Hebrew, Cyrillic or
    Greek), else ''. A statistical detector guesses badly on a long English story with one short Arabic or Hebrew
    quote; this asks only whether the letters make sense.

    >>> _script_codepage(("Talks resumed on Monday. " * 20 + "وقال المسؤول").encode("cp1256"))
    'cp1256'
    >>> _script_codepage("Le ministre a déclaré".encode("cp1252"))
    ''
    """
    import unicodedata

    for enc, script in CODEPAGES:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        high = [c for c in text if ord(c) > 0x7F and c.isalpha()]
        if len(high) >= 4 and all(unicodedata.name(c, "").startswith(script) for c in high):
            return enc
    return ""


MIXED = "utf-8+cp1252"  # the encoding recorded for UTF-8 text with some bytes read as cp1252


def _per_byte_cp1252(exc: UnicodeDecodeError):
    bad = exc.object[exc.start:exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), exc.end


codecs.register_error("diplo_cp1252", _per_byte_cp1252)


def _mixed_utf8(raw: bytes) -> tuple[str, str] | None:
    """UTF-8 text with some bytes that are not UTF-8 (e.g. latin-1 pasted into UTF-8): the valid sequences as
    UTF-8, each other byte as cp1252, so no letter becomes mojibake. None unless the file has at least as many
    valid multi-byte UTF-8 letters as stray bytes (then it is a legacy file: decoded whole as before).

    >>> _mixed_utf8("café ".encode() + "naïve".encode("latin-1"))
    ('café naïve', 'utf-8+cp1252')
    >>> _mixed_utf8("naïve".encode("latin-1")) is None
    True
    """
    text = raw.decode("utf-8", errors="surrogateescape")
    stray = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    multibyte = sum(1 for c in text if ord(c) > 0x7F and not "\udc80" <= c <= "\udcff")
    if not multibyte or stray > multibyte:
        return None
    return _newlines(raw.decode("utf-8", errors="diplo_cp1252")), MIXED


def _control_share(b: bytes) -> float:
    if not b:
        return 0.0
    bad = sum(1 for c in b if c < 32 and c not in (9, 10, 12, 13, 27))
    return bad / len(b)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+-]*):")


def web_url(url: str) -> str:
    """``url`` stripped when it is a web address (http, https, or no scheme: "www.x.com/a"); '' for any other
    scheme (``javascript:``, ``data:``, ``file:``...), which a dashboard link would run or open.

    >>> web_url(" https://www.aljazeera.com/news "), web_url("JavaScript:alert(1)"), web_url("www.irna.ir/en")
    ('https://www.aljazeera.com/news', '', 'www.irna.ir/en')
    """
    m = SCHEME.match(re.sub(r"[\x00-\x20]", "", url or ""))  # a browser drops tabs and breaks in a scheme
    if m and m[1].lower() not in ("http", "https"):
        return ""
    return (url or "").strip()


NO_TEXT = "HTML page has no main text that could be extracted"


def _html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The page's main text (trafilatura's; where it finds none, as with nesting deeper than its parser goes or
    tags never closed, the page's own text by ``page_text``) and its metadata. LoadError when neither has words."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except (RecursionError, ValueError, TypeError, AttributeError):  # a page its parser cannot take: read below
        doc = None
    get = (doc.get if isinstance(doc, dict) else (lambda k, d=None: getattr(doc, k, d))) if doc is not None else (
        lambda k, d=None: d)
    text = get("text") or ""
    if len(WORD.findall(text)) < MIN_WORDS:
        text = page_text(html)
        if len(WORD.findall(text)) < MIN_WORDS:
            raise LoadError(NO_TEXT)
    meta = {k: (get(k) or "") for k in ("title", "url", "date", "sitename", "language")}
    if not meta["title"]:
        m = TITLE.search(html[:65536])
        meta["title"] = " ".join(_unescape(m[1]).split())[:200] if m else ""
    return text, {k: v if isinstance(v, str) else str(v) for k, v in meta.items()}


WORD = re.compile(r"[^\W\d_]{2,}")
MIN_WORDS = 3  # fewer words than this ("share", a title alone) is no article text
TITLE = re.compile(r"<title[^>]*>([^<]{1,500})", re.I)
# elements whose content a reader never sees; an element left open ends at the first of its ``until`` tags
_UNSEEN = {"script": "</script", "style": "</style", "noscript": "</noscript", "template": "</template",
           "svg": "</svg", "iframe": "</iframe", "object": "</object", "textarea": "</textarea",
           "head": "</head|<body", "title": "</title|<", "nav": "</nav", "footer": "</footer", "form": "</form",
           "button": "</button", "select": "</select"}
_OPEN = re.compile(r"<(" + "|".join(_UNSEEN) + r")\b[^>]*>", re.I)
_BLOCK = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|section|article|main|header|"
                    r"aside|figure|figcaption|hr|dd|dt|dl|pre)\b[^>]*>", re.I)


def page_text(html: str) -> str:
    """A page's visible text, one block a line, without trafilatura: comments and the content of scripts,
    styles, the head, frames, forms and navigation dropped (an element never closed ends where a browser ends
    it), block tags as line breaks, other tags dropped, entities read, blank lines and runs of spaces squeezed.
    Offsets index this text, as they index trafilatura's.

    >>> page_text("<html><head><title>T<body><script>x = '“Lies,” he said';</script><p>Egypt &amp; Qatar<div>met")
    'Egypt & Qatar\\nmet'
    """
    html = re.sub(r"<!--.*?(?:-->|\Z)", " ", html, flags=re.S)
    parts, pos = [], 0
    for m in _OPEN.finditer(html):
        if m.start() < pos:
            continue
        parts.append(html[pos:m.start()])
        end = re.compile(_UNSEEN[m[1].lower()], re.I).search(html, m.end())
        pos = end.start() if end else len(html)
        if end and html.startswith("</", end.start()):
            close = html.find(">", end.start())
            pos = close + 1 if close >= 0 else len(html)
    parts.append(html[pos:])
    text = _BLOCK.sub("\n", " ".join(parts))
    text = re.sub(r"<[!/?]?[a-zA-Z][^<>]*>?", " ", text)
    lines = (" ".join(_unescape(line).split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _unescape(s: str) -> str:
    import html as _html

    return _html.unescape(s)


def load_bytes(article_id: str, raw: bytes, *, fmt: str = "txt", path: str = "",
               meta: dict[str, str] | None = None) -> Loaded:
    """One article from bytes and its manifest row. Never raises for bad content."""
    meta = meta or {}
    base = Article(article_id=article_id, path=path, source_format=fmt, outlet=meta.get("outlet", ""),
                   title=meta.get("title", ""), url=meta.get("url", ""), language=meta.get("language", ""),
                   content_hash=hashlib.sha256(raw).hexdigest()[:32])
    try:
        if len(raw) > MAX_BYTES:
            raise LoadError(f"file is {len(raw) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB")
        text, encoding = decode(raw)
        if fmt == "html":
            text, hmeta = _html_to_text(text)
            base = base.replace(title=base.title or hmeta["title"], url=base.url or web_url(hmeta["url"]),
                                outlet=base.outlet or hmeta["sitename"],
                                language=base.language or hmeta["language"])
            if not meta.get("published") and hmeta.get("date"):
                meta = {**meta, "published": hmeta["date"]}
    except LoadError as exc:
        return Loaded(base.replace(status="error", error=str(exc)), None, raw)
    warnings = []
    if base.url and not web_url(base.url):
        warnings.append(f"url {base.url[:60]!r} is not a web address (http or https); left blank")
        base = base.replace(url="")
    if encoding == MIXED:
        stray = sum(1 for c in raw.decode("utf-8", errors="surrogateescape") if "\udc80" <= c <= "\udcff")
        warnings.append(f"mixed encoding: {stray} byte(s) are not UTF-8 and were read as cp1252 (Windows Latin)")
    value = precision = ""
    try:
        value, precision = parse_published(meta.get("published", ""))
    except PublishedDateError as exc:
        warnings.append(f"{exc}; the date is inferred from the text instead")
    art = base.replace(encoding=encoding, n_chars=len(text), published=value, published_precision=precision,
                       published_basis="manifest" if value else "unknown")
    doc = build_document(art, text)
    art = art.replace(n_sentences=len(doc.sentences),
                      n_body_sentences=sum(1 for s in doc.sentences if s.region == "body"))
    if warnings:
        art = art.replace(status="warning", error="; ".join(warnings))
    return Loaded(art, doc, raw)


def discover(paths: list[str | Path]) -> list[Path]:
    """Files under ``paths`` (folders are walked), in a stable order. Manifests are skipped."""
    return discover_all(paths)[0]


def discover_all(paths: list[str | Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Article files under ``paths`` and (path, reason) for everything in a walked folder that is not taken:
    unsupported types, broken links, link loops, folders that cannot be read. Links to folders are followed
    once; hidden files and ``.csv`` files (manifests) are passed over without a word.
    """
    out: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for p in map(Path, paths):
        if p.is_dir():
            found: list[Path] = []
            _walk(p, {os.path.realpath(p)}, found, skipped)
            out.extend(sorted(found))
        else:
            out.append(p)
    return out, skipped


def _walk(folder: Path, seen: set[str], found: list[Path], skipped: list[tuple[Path, str]]) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        skipped.append((folder, f"folder cannot be read ({exc.strerror or exc}); its files are not taken"))
        return
    for e in entries:
        path = Path(e.path)
        if e.name.startswith("."):
            continue
        try:
            if e.is_symlink():
                path.resolve(strict=True)
            is_dir, is_file = e.is_dir(), e.is_file()
        except FileNotFoundError:
            skipped.append((path, "broken link: its target does not exist"))
            continue
        except (RuntimeError, OSError) as exc:  # ELOOP: a link to itself
            skipped.append((path, f"link loop ({getattr(exc, 'strerror', None) or exc}); not followed"))
            continue
        if is_dir:
            real = os.path.realpath(path)
            if real in seen:
                skipped.append((path, "link loop: this folder is already being read; not followed"))
                continue
            seen.add(real)
            _walk(path, seen, found, skipped)
        elif is_file:
            suffix = path.suffix.lower()
            if suffix in SUFFIXES:
                found.append(path)
            elif suffix != ".csv":
                skipped.append((path, f"unsupported file type {suffix or '(none)'}; use .txt, .md or .html"))
        else:
            skipped.append((path, "not a regular file (a device, socket or pipe)"))


def load_paths(paths: list[str | Path], manifest: str | Path | None = None) -> tuple[list[Loaded], list[str]]:
    """Load every file under ``paths``: one ``Loaded`` per file (and per manifest row with no file).

    Returns the loaded articles and run-level messages (manifest problems).
    """
    man = read_manifest(manifest)
    return list(iter_paths(paths, man)), man.errors


def iter_paths(paths: list[str | Path], man: Manifest):
    """``load_paths`` one article at a time (``man = read_manifest(path)``): memory does not grow with the corpus."""
    seen: set[str] = set()
    files, skipped = discover_all(paths)
    man.errors.extend(f"{f}: {why}" for f, why in skipped)
    for f in files:
        aid = f.stem
        fmt = SUFFIXES.get(f.suffix.lower())
        meta = man.rows.get(aid, {})
        if fmt is None:
            yield (Loaded(Article(article_id=aid, path=str(f), status="error",
                                          error=f"unsupported file type {f.suffix or '(none)'}; "
                                                f"use .txt, .md or .html")))
            continue
        if aid in seen:
            yield (Loaded(Article(article_id=aid, path=str(f), source_format=fmt, status="error",
                                          error=f"duplicate article id {aid!r} (another file has the same name)")))
            continue
        seen.add(aid)
        err = ""
        try:
            size = f.stat().st_size
            if size > MAX_BYTES:
                err = f"file is {size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB"
            else:
                raw = f.read_bytes()
        except OSError as exc:
            err = f"cannot read file: {exc.strerror or exc}"
        if err:
            yield (Loaded(Article(article_id=aid, path=str(f), source_format=fmt, outlet=meta.get("outlet", ""),
                                          title=meta.get("title", ""), url=meta.get("url", ""),
                                          status="error", error=err)))
            continue
        yield (load_bytes(aid, raw, fmt=fmt, path=str(f), meta=meta))
    for aid, row in man.rows.items():
        if aid not in seen:
            yield (Loaded(Article(article_id=aid, outlet=row.get("outlet", ""), title=row.get("title", ""),
                                          url=row.get("url", ""), status="error",
                                          error="manifest row has no matching article file")))
