"""Toponyms (stub: issue 4 fills it)."""
from __future__ import annotations

from lib.models import Document, Mention


def find(doc: Document) -> list[Mention]:
    """Place mentions with canonical name, coordinates and place_type."""
    return []
