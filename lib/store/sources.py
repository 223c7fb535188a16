"""Where articles come from before they are stored: files and folders, browser uploads (files or a .zip),
pasted text and the shipped seeds, each turned into a ``Source`` (bytes plus metadata) without opening the store.

Limits are checked here, before anything is stored: file types, size per article, files per upload, total size.
A file that cannot be taken is reported with its reason, never dropped silently.

Example:
    >>> paste_source("Egypt hosted talks.").article_id.startswith("pasted-")
    True
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT / "seeds"


def content_hash(raw: bytes) -> str:
    """The id of a content: SHA-256 of the bytes (hex, 64 chars).

    >>> content_hash(b"x") == content_hash(b"x") != content_hash(b"y")
    True
    """
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class Source:
    """One article to ingest: bytes plus what is known about it. ``name`` is shown, never opened."""

    article_id: str
    raw: bytes
    fmt: str = "txt"  # txt | md | html
    name: str = ""  # the file name as given (display only)
    meta: dict = field(default_factory=dict)  # outlet, title, url, published, language
    origin: str = ""  # cli | upload | paste | seed | bench


@dataclass(frozen=True)
class IngestResult:
    """What happened to one Source: ``added`` | ``duplicate`` | ``renamed`` (added under a new id)."""

    article_id: str
    name: str
    outcome: str
    status: str = ""  # the article's status after extraction
    error: str = ""
    duplicate_of: str = ""


@dataclass
class IngestReport:
    results: list[IngestResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def added(self) -> list[str]:
        return [r.article_id for r in self.results if r.outcome in ("added", "renamed")]

    def summary(self) -> str:
        n = {k: sum(1 for r in self.results if r.outcome == k) for k in ("added", "renamed", "duplicate")}
        err = sum(1 for r in self.results if r.status == "error")
        return (f"{n['added'] + n['renamed']} added ({n['renamed']} under a new id), {n['duplicate']} already in "
                f"the store, {err} with errors, in {self.seconds:.1f} s")


def default_sources() -> tuple[list[str], str | None]:
    """Article paths and manifest the app loads: $DIPLO_ARTICLES (folder) or the shipped seeds."""
    folder = Path(os.environ.get("DIPLO_ARTICLES", SEEDS))
    manifest = folder / "manifest.csv"
    return [str(folder)], (str(manifest) if manifest.exists() else None)


def sources_from_paths(paths: list[str | Path], manifest: str | Path | None = None,
                       origin: str = "cli") -> tuple[Iterator[Source], list[str], list[IngestResult]]:
    """Sources for every article file under ``paths`` (read lazily), manifest problems, and rejected files.

    Rejected: unsupported type, too large, unreadable, missing path. They are reported, not stored.
    """
    from lib.store.loader import MAX_BYTES, SUFFIXES, discover_all, read_manifest

    man = read_manifest(manifest)
    messages = list(man.errors)
    if manifest and not Path(manifest).exists():
        messages.append(f"manifest {manifest}: file does not exist; continuing without it")
    rejected: list[IngestResult] = []
    files = []
    for p in paths:
        if not Path(p).exists():
            why = "broken link: its target does not exist" if Path(p).is_symlink() else "path does not exist"
            rejected.append(IngestResult(Path(p).stem, str(p), "rejected", "error", why))
    found, skipped = discover_all([p for p in paths if Path(p).exists()])
    for f, why in skipped:
        rejected.append(IngestResult(f.stem, str(f), "rejected", "error", why))
    for f in found:
        fmt = SUFFIXES.get(f.suffix.lower())
        if fmt is None:
            rejected.append(IngestResult(f.stem, str(f), "rejected", "error",
                                         f"unsupported file type {f.suffix or '(none)'}; use .txt, .md or .html"))
            continue
        try:
            size = f.stat().st_size
        except OSError as exc:
            rejected.append(IngestResult(f.stem, str(f), "rejected", "error", f"cannot read file: {exc}"))
            continue
        if size > MAX_BYTES:
            rejected.append(IngestResult(f.stem, str(f), "rejected", "error",
                                         f"file is {size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB"))
            continue
        files.append((f, fmt))
    stems = {f.stem for f, _ in files}
    for aid in man.rows:
        if aid not in stems:
            messages.append(f"manifest {Path(str(manifest)).name}: row {aid!r} has no matching article file "
                            f"among the paths given; its metadata is not used")

    def gen() -> Iterator[Source]:
        for f, fmt in files:
            try:
                raw = f.read_bytes()
            except OSError as exc:
                rejected.append(IngestResult(f.stem, str(f), "rejected", "error", f"cannot read file: {exc}"))
                continue
            yield Source(f.stem, raw, fmt=fmt, name=str(f), meta=man.rows.get(f.stem, {}), origin=origin)

    return gen(), messages, rejected


# ---------------------------------------------------------------------------------------------- uploads

MAX_FILES = 200  # articles per upload, counting the files inside .zip archives
MAX_ZIP_BYTES = 50 * 1024 * 1024  # one .zip archive
MAX_TOTAL_BYTES = 100 * 1024 * 1024  # everything in one upload, after unzipping
ARTICLE_TYPES = ("txt", "md", "html", "htm")
UPLOAD_TYPES = (*ARTICLE_TYPES, "zip")


@dataclass(frozen=True)
class Upload:
    """One article from an upload: its display name, bytes, format and metadata read from it (HTML)."""

    name: str
    raw: bytes
    fmt: str
    meta: dict = field(default_factory=dict)


def safe_id(name: str) -> str:
    """An article id from a file name as given by a browser: the base name's stem with anything but
    letters, digits, '.', '_' and '-' replaced. The name is never used as a path.

    >>> safe_id("../../etc/passwd.txt"), safe_id("C:\\\\Users\\\\me\\\\Talks in Cairo (2).html"), safe_id("...")
    ('passwd', 'Talks-in-Cairo-2', 'article')
    """
    import re

    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base.strip(".") else base
    out = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip(".-_")[:80]
    return out or "article"


def html_metadata(raw: bytes) -> dict[str, str]:
    """outlet, title, url, published read from an HTML page's metadata ({} when there is none).

    >>> html_metadata(b"<html><head><title>Talks resume</title></head><body><p>x</p></body></html>")["title"]
    'Talks resume'
    """
    try:
        import trafilatura

        from lib.store.loader import decode

        m = trafilatura.extract_metadata(decode(raw)[0])
    except Exception:  # metadata is a convenience; the article still goes in
        return {}
    if m is None:
        return {}
    def get(k):
        return (getattr(m, k, None) or "")
    return {k: str(v) for k, v in {"outlet": get("sitename"), "title": get("title"), "url": get("url"),
                                   "published": get("date")}.items() if v}


def expand_uploads(files: list[tuple[str, bytes]]) -> tuple[list[Upload], list[tuple[str, str]]]:
    """Uploaded (name, bytes) -> articles to add and (name, problem) for files refused, with the limits:
    type, size per file, count and total size; ``.zip`` archives are opened (one level).

    >>> ok, bad = expand_uploads([("a.txt", b"Talks."), ("b.pdf", b"%PDF"), ("c.md", b"")])
    >>> [u.name for u in ok], bad
    (['a.txt', 'c.md'], [('b.pdf', 'unsupported file type .pdf; use .txt, .md, .html or a .zip of them')])
    """
    from lib.store.loader import MAX_BYTES, SUFFIXES

    out: list[Upload] = []
    bad: list[tuple[str, str]] = []
    total = 0

    def add(name: str, raw: bytes) -> None:
        nonlocal total
        suffix = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
        fmt = SUFFIXES.get(suffix)
        if fmt is None:
            bad.append((name, f"unsupported file type {suffix or '(none)'}; use .txt, .md, .html or a .zip of them"))
        elif len(raw) > MAX_BYTES:
            bad.append((name, f"file is {len(raw) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB per article"))
        elif len(out) >= MAX_FILES:
            bad.append((name, f"more than {MAX_FILES} articles in one upload; add the rest in another upload"))
        elif total + len(raw) > MAX_TOTAL_BYTES:
            bad.append((name, f"the upload is over {MAX_TOTAL_BYTES / 1e6:.0f} MB in all; add the rest separately"))
        else:
            total += len(raw)
            out.append(Upload(name, raw, fmt, html_metadata(raw) if fmt == "html" else {}))

    for name, raw in files:
        if name.lower().endswith(".zip"):
            _expand_zip(name, raw, add, bad)
        else:
            add(name, raw)
    return out, bad


def _expand_zip(name: str, raw: bytes, add: Callable[[str, bytes], None], bad: list) -> None:
    import io
    import zipfile

    from lib.store.loader import MAX_BYTES

    if len(raw) > MAX_ZIP_BYTES:
        bad.append((name, f"archive is {len(raw) / 1e6:.1f} MB; the limit is {MAX_ZIP_BYTES / 1e6:.0f} MB"))
        return
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        bad.append((name, f"not a readable .zip archive ({exc})"))
        return
    for info in infos:
        member = f"{name}/{info.filename}"
        base = info.filename.replace("\\", "/").rsplit("/", 1)[-1]
        if info.filename.startswith("__MACOSX/"):
            continue  # macOS resource forks: not articles
        if base.startswith("."):
            bad.append((member, "hidden file in the archive; not read"))
            continue
        if _unsafe_member(info.filename) or _unsafe_member(getattr(info, "orig_filename", "") or ""):
            bad.append((member, "path in the archive leaves it (starts with '/', a drive or '..'); not read"))
            continue
        if info.file_size > MAX_BYTES:  # the header's word, checked first; the read below does not trust it
            bad.append((member, f"file is {info.file_size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB "
                                f"per article"))
            continue
        if base.lower().endswith(".zip"):
            bad.append((member, "archives inside archives are not opened; upload it on its own"))
            continue
        try:
            data = _read_bounded(zf, info, MAX_BYTES)
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError, ValueError) as exc:
            bad.append((member, f"cannot be read from the archive ({exc})"))
            continue
        if data is None:
            bad.append((member, f"inflates to more than {MAX_BYTES / 1e6:.0f} MB (the limit per article), "
                                f"whatever its header says; not read further"))
            continue
        add(member, data)


def _unsafe_member(filename: str) -> bool:
    """A member path that would leave the archive: absolute, a drive, or with a '..' part (either slash).

    >>> [_unsafe_member(n) for n in ("a/b.txt", "../x.txt", "..\\\\x.txt", "/etc/x.txt", "C:x.txt", "a..b.txt")]
    [False, True, True, True, True, False]
    """
    import re

    n = filename.replace("\\", "/")
    return n.startswith("/") or bool(re.match(r"^[A-Za-z]:", n)) or ".." in n.split("/")


def _read_bounded(zf, info, limit: int, chunk: int = 1 << 16) -> bytes | None:
    """The member's bytes, read (and inflated) in small chunks; None as soon as it passes ``limit``."""
    parts, n = [], 0
    with zf.open(info) as fh:
        while True:
            block = fh.read(chunk)
            if not block:
                return b"".join(parts)
            n += len(block)
            if n > limit:
                return None
            parts.append(block)


def upload_sources(uploads: list[Upload], meta: list[dict] | None = None, origin: str = "upload") -> list[Source]:
    """Sources for uploads, with the metadata the analyst confirmed (one dict per upload; blank -> read
    from the file). Ids come from ``safe_id``; the ingest renames on a clash."""
    meta = meta or [{} for _ in uploads]
    out = []
    for u, m in zip(uploads, meta, strict=True):
        merged = {**u.meta, **{k: str(v).strip() for k, v in (m or {}).items() if v is not None and str(v).strip()}}
        out.append(Source(safe_id(u.name), u.raw, fmt=u.fmt, name=u.name, meta=merged, origin=origin))
    return out


def paste_source(text: str, meta: dict | None = None) -> Source:
    """A Source for pasted text; its id is 'pasted-' plus the first 8 hex digits of its content hash.

    >>> paste_source("Egypt hosted talks.").article_id == paste_source("Egypt hosted talks.").article_id
    True
    """
    raw = text.encode("utf-8")
    m = {k: str(v).strip() for k, v in (meta or {}).items() if v is not None and str(v).strip()}
    return Source(f"pasted-{content_hash(raw)[:8]}", raw, fmt="txt", name="pasted text", meta=m, origin="paste")
