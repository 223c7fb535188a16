"""Helpers for the events tests that run the whole extraction on a short text of their own."""
from __future__ import annotations

import pytest

from lib.extract import extract_document
from lib.extract.document import document_from_text


def venue_rows(text: str, published: str = "2024-03-04") -> list[tuple[str, str, str, str]]:
    """(event_type, location, date, location_basis) of each meeting or visit of ``text`` (published on a Monday)."""
    doc = document_from_text("t", text, published=published)
    return sorted((e.event_type, e.location, e.date, e.location_basis) for e in extract_document(doc).events
                  if e.event_type in ("meeting", "visit"))


@pytest.fixture
def venues_of():
    return venue_rows
