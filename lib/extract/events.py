"""Events (stub: issues 4 and 7 fill it)."""
from __future__ import annotations

from lib.models import Event


def extract(ctx, statements, casualties) -> list[Event]:
    """Typed, dated events."""
    return []
