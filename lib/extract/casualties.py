"""Casualty claims (stub: issue 6 fills it)."""
from __future__ import annotations

from lib.models import CasualtyClaim


def extract(ctx) -> list[CasualtyClaim]:
    """Casualty figures with outcome, group, period and source."""
    return []
