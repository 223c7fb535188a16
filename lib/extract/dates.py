"""Temporal tagger (stub: issue 3 fills it). The public API below is the contract other stages use."""
from __future__ import annotations

from dataclasses import dataclass

from lib.models import Document, Mention, Sentence


@dataclass(frozen=True)
class DateRef:
    """The date that governs a clause, and how it was found."""

    value: str = ""  # TimeML value
    date_start: str = ""
    date_end: str = ""
    precision: str = ""  # day | week | month | year
    basis: str = "none"  # explicit | relative | article | none
    mention_id: str = ""


def tag(doc: Document) -> list[Mention]:
    """Date expressions in ``doc`` as kind='date' mentions (value, precision, date_start, date_end).

    Durations are kind='duration' mentions (value like 'PT24H'), never kind='date'.
    """
    return []


def infer_published(doc: Document) -> tuple[str, str] | None:
    """(value, precision) of the publication date inferred from the text, or None."""
    return None


def governing_date(doc: Document, dates: tuple[Mention, ...] | list[Mention], sentence: Sentence,
                   pos: int | None = None) -> DateRef:
    """The date governing the clause at ``pos`` in ``sentence``: the nearest kind='date' mention in the
    sentence attached to that clause, else the article's publication date (basis 'article'), else none."""
    inside = [m for m in dates if m.kind == "date" and sentence.start <= m.start and m.end <= sentence.end]
    if inside:
        p = sentence.start if pos is None else pos
        m = min(inside, key=lambda m: abs(m.start - p))
        return DateRef(m.value, m.date_start, m.date_end, m.precision, "explicit", m.mention_id)
    if doc.published:
        return DateRef(doc.published, "", "", doc.published_precision, "article")
    return DateRef()
