"""Actors and factions (stub: issue 5 fills it)."""
from __future__ import annotations

from lib.models import Document, Mention


def find(doc: Document) -> list[Mention]:
    """Actor mentions with resolved name and faction."""
    return []
