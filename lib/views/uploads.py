"""What the Add articles page says about an upload before anything is stored, as pure functions.

Idea: an upload of 2,000 files must produce one summary and a few grouped lists, not 2,000 boxes, and every file
that will not become an article (empty, binary, a zip entry whose path leaves the archive) is refused *before*
the Add button, with its reason. Uploaded articles get a findable title: the form's, else the HTML title, else
the first line of the text.

Approach: ``check`` splits the uploads the store layer accepted into articles and refusals; ``group`` turns all
refusals into (reason, names) groups by the kind of problem; ``summary`` writes the headline.

Example:
    >>> from lib.store.sources import Upload
    >>> ok, bad = check([Upload("a.txt", b"Talks in Cairo.", "txt"), Upload("b.txt", b"  \\n", "txt"),
    ...                  Upload("x.zip/../evil.txt", b"Hi", "txt"), Upload("c.txt", b"\\x00\\x01\\x02PK", "txt")])
    >>> [u.name for u in ok], [r for _, r in bad]
    (['a.txt'], ['empty: no text', "path leaves the archive ('..' or absolute)", 'binary: not text'])
    >>> summary(len(ok), bad, limit=200)
    '1 of 4 files will be added; 3 skipped (see why below).'
"""
from __future__ import annotations

import re

KINDS = (  # (pattern on a problem, group heading)
    (re.compile(r"^unsupported file type"), "Unsupported file type (use .txt, .md, .html or a .zip of them)"),
    (re.compile(r"^more than \d+ articles"), "Over the limit of articles per upload"),
    (re.compile(r"^the upload is over"), "Over the total size of one upload"),
    (re.compile(r"^(file|archive) is [\d.]+ MB"), "Too large"),
    (re.compile(r"^empty"), "Empty: no text"),
    (re.compile(r"^binary"), "Binary: not text"),
    (re.compile(r"^path (in the archive )?leaves"), "Path leaves the archive ('..' or absolute): refused, not renamed"),
    (re.compile(r"^not a readable"), "Unreadable archive"),
)
OTHER = "Other problems"


def _unsafe_member(name: str) -> bool:
    """True for a zip member (``archive.zip/member``) whose path is absolute or climbs out with ``..``.

    >>> _unsafe_member("a.zip/x/../../etc/passwd"), _unsafe_member("a.zip//abs.txt"), _unsafe_member("a.zip/b.txt")
    (True, True, False)
    >>> _unsafe_member("a.zip/..\\\\evil.txt"), _unsafe_member("C:/x.txt"), _unsafe_member("notes..txt")
    (True, False, False)
    """
    if ".zip/" not in name.lower():
        return False
    member = name[name.lower().index(".zip/") + 5:].replace("\\", "/")
    parts = member.split("/")
    return member.startswith("/") or bool(re.match(r"^[A-Za-z]:", member)) or ".." in parts


def is_binary(raw: bytes) -> bool:
    """Bytes that are not text: NUL bytes, or many control characters, in the first 4 KB; UTF-16 and UTF-32
    (whose NULs are half of each character) are text.

    >>> is_binary(b"Talks resumed."), is_binary(b"%PDF-1.4\\x00\\x00"), is_binary("é à".encode("latin-1"))
    (False, True, False)
    >>> is_binary("Talks resumed.".encode("utf-16")), is_binary("Talks resumed.".encode("utf-16-le"))
    (False, False)
    """
    from lib.store.loader import utf16_without_bom

    head = raw[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or utf16_without_bom(head):
        return False  # UTF-16 or UTF-32 text (with or without a BOM): its NULs are half of each character
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and control / len(head) > 0.1


def check(uploads) -> tuple[list, list[tuple[str, str]]]:
    """(articles to add, [(name, problem)]) for uploads the store layer accepted: empty, binary and unsafe zip
    paths are refused here, before anything is stored."""
    ok, bad = [], []
    for u in uploads:
        if _unsafe_member(u.name):
            bad.append((u.name, "path leaves the archive ('..' or absolute)"))
        elif not u.raw.strip():
            bad.append((u.name, "empty: no text"))
        elif is_binary(u.raw):
            bad.append((u.name, "binary: not text"))
        else:
            ok.append(u)
    return ok, bad


def kind(problem: str) -> str:
    """The group heading of a problem.

    >>> kind("file is 6.1 MB; the limit is 5 MB per article"), kind("?")
    ('Too large', 'Other problems')
    >>> kind("path in the archive leaves it (starts with '/', a drive or '..'); not read")
    "Path leaves the archive ('..' or absolute): refused, not renamed"
    """
    for pattern, heading in KINDS:
        if pattern.search(problem):
            return heading
    return OTHER


def group(problems: list[tuple[str, str]]) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(heading, [(name, problem)])], biggest group first; each file appears once.

    >>> group([("a.pdf", "unsupported file type .pdf"), ("b", "empty: no text"), ("c.pdf", "unsupported file type")])
    [('Unsupported file type (use .txt, .md, .html or a .zip of them)', [('a.pdf', 'unsupported file type .pdf'), \
('c.pdf', 'unsupported file type')]), ('Empty: no text', [('b', 'empty: no text')])]
    """
    groups: dict[str, list[tuple[str, str]]] = {}
    seen = set()
    for name, problem in problems:
        if (name, problem) in seen:
            continue
        seen.add((name, problem))
        groups.setdefault(kind(problem), []).append((name, problem))
    return sorted(groups.items(), key=lambda kv: -len(kv[1]))


def summary(n_ok: int, problems: list[tuple[str, str]], limit: int) -> str:
    """One headline for an upload.

    >>> summary(200, [("f", "more than 200 articles in one upload")] * 1800, limit=200)
    '200 of 2,000 files will be added (limit 200 per upload); 1,800 skipped (see why below).'
    """
    total = n_ok + len(problems)
    over = any(kind(p) == "Over the limit of articles per upload" for _, p in problems)
    text = f"{n_ok:,} of {total:,} files will be added" + (f" (limit {limit:,} per upload)" if over else "")
    if problems:
        text += f"; {len(problems):,} skipped (see why below)."
    else:
        text += "."
    return text


def first_line_title(text: str, limit: int = 120) -> str:
    """A title from the first non-blank line of a text (markdown heading marks dropped), cut at ``limit``.

    >>> first_line_title("\\n  # Talks resume in Cairo\\nBody...")
    'Talks resume in Cairo'
    >>> len(first_line_title("word " * 100)) <= 120
    True
    """
    for line in text.splitlines():
        line = re.sub(r"^\s*#+\s*", "", line).strip()
        if line:
            return line[:limit].rstrip()
    return ""


def default_title(raw: bytes, fmt: str, given: str = "") -> str:
    """The title to store: the one given, else the HTML title, else the first line of the text.

    >>> default_title(b"<html><head><title>Gaza truce</title></head><body>x</body></html>", "html")
    'Gaza truce'
    >>> default_title(b"Envoys meet\\nThey met.", "txt"), default_title(b"x", "txt", "Mine")
    ('Envoys meet', 'Mine')
    """
    if given and given.strip():
        return given.strip()
    if fmt == "html":
        m = re.search(rb"<title[^>]*>(.*?)</title>", raw[:65536], re.I | re.S)
        if m:
            import html

            t = html.unescape(m.group(1).decode("utf-8", "replace")).strip()
            if t:
                return re.sub(r"\s+", " ", t)[:120]
        from lib.store.loader import _html_to_text

        return first_line_title(_html_to_text(raw.decode("utf-8", "replace"))[0] or "")
    return first_line_title(raw[:65536].decode("utf-8", "replace"))
