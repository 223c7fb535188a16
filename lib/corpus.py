"""A corpus as pandas tables: extract a set of paths into one DataFrame per table.

Pure: no streamlit. ``lib.ui`` caches what this returns.

Example:
    >>> tables = extract_paths(["seeds"], "seeds/manifest.csv")
    >>> sorted(tables) == sorted(["articles", "mentions", "events", "statements", "casualties", "regions"])
    True
"""
from __future__ import annotations

import os
from pathlib import Path

from lib.models import TABLES

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def default_sources() -> tuple[list[str], str | None]:
    """Article paths and manifest the app loads: $DIPLO_ARTICLES (folder) or the shipped seeds."""
    folder = Path(os.environ.get("DIPLO_ARTICLES", SEEDS))
    manifest = folder / "manifest.csv"
    return [str(folder)], (str(manifest) if manifest.exists() else None)


def data_version() -> str:
    """A cheap key that changes whenever the corpus changes (the UI caches tables per key)."""
    paths, manifest = default_sources()
    parts = []
    for p in paths + ([manifest] if manifest else []):
        for f in sorted(Path(p).rglob("*")) if Path(p).is_dir() else [Path(p)]:
            if f.is_file():
                st = f.stat()
                parts.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
    return str(hash(tuple(parts)))


def load_tables(version: str = "") -> dict:
    """{table: DataFrame} of the current corpus. ``version`` is only a cache key for callers."""
    paths, manifest = default_sources()
    return extract_paths(paths, manifest)


def tables_from_extractions(extractions) -> dict:
    """Extractions -> {table: DataFrame} with declared columns, plus a 'regions' table."""
    import pandas as pd

    from lib.tables import frame

    rows: dict[str, list] = {name: [] for name in TABLES}
    regions = []
    for ex in extractions:
        for name in TABLES:
            rows[name].extend(ex.rows(name))
        for r in ex.regions:
            regions.append({"article_id": ex.article.article_id, "start": r.start, "end": r.end,
                            "kind": r.kind, "reason": r.reason})
    out = {name: frame(name, rs) for name, rs in rows.items()}
    out["regions"] = pd.DataFrame(regions, columns=["article_id", "start", "end", "kind", "reason"])
    return out


def extract_paths(paths: list[str], manifest: str | None = None) -> dict:
    """Load and extract ``paths``; returns {table: DataFrame} (see ``tables_from_extractions``)."""
    from lib.loader import load_paths
    from lib.pipeline import run

    loaded, _messages = load_paths(paths, manifest)
    return tables_from_extractions(run(loaded))


def article_text(path: str) -> str:
    """The decoded text of an article file, as extraction saw it (offsets index this)."""
    from lib.loader import SUFFIXES, _html_to_text, decode

    raw = Path(path).read_bytes()
    text = decode(raw)[0]
    if SUFFIXES.get(Path(path).suffix.lower()) == "html":
        text = _html_to_text(text)[0]
    return text
