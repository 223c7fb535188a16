"""Temporal tagger (stub: issue 3 fills it)."""
from __future__ import annotations

from lib.models import Document, Mention


def tag(doc: Document) -> list[Mention]:
    """Date expressions in ``doc`` as kind='date' mentions (value, precision, date_start, date_end)."""
    return []


def infer_published(doc: Document) -> tuple[str, str] | None:
    """(value, precision) of the publication date inferred from the text, or None."""
    return None
