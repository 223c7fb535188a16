"""Statements (stub: issue 5 fills it)."""
from __future__ import annotations

from lib.models import Statement


def extract(ctx) -> list[Statement]:
    """Who said what, for which faction."""
    return []
