"""The order an article writes its all-numeric dates in: day first ("05/08/2024" = 5 August) or month first (8 May).

Idea: "05/08/2024" is ambiguous; the article itself usually says which convention it follows. An unambiguous
numeric date of the same article ("20/05/2024": day first; "05/20/2024": month first) fixes the order; failing that,
a numeric date whose month-first reading is the publication day (a US page's "05/08/2024 01:27 PM EDT" under a
manifest date of 2024-05-08) or one followed by a US time zone ("EDT", "EST", "PT") says month first. With no
evidence the reading stays day first, as most of the region's outlets write it.

Approach: one pass over the article's numeric candidates (``timex_grammar.candidates``, only in sentences that hold
digits separated like a numeric date) before the tagger reads it;
``values.resolve`` takes the order through the candidate's ``order`` group and says so in the value's evidence.

Example:
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Updated 05/08/2024 01:27 PM EDT. Talks went on.", published="2024-05-08")
    >>> article_order(doc, Anchor.of("2024-05-08"))
    ('mdy', 'month first: 05/08/2024 is the publication day read month first')
"""
from __future__ import annotations

import datetime as dt
import re

from lib.extract.dates.periods import Anchor
from lib.extract.timex_grammar import candidates
from lib.models import Document

# A US time zone after a clock time: the page writes dates the US way.
_US_ZONE_AFTER = re.compile(r"\s*(?:\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*)?\(?(?:E[DS]T|C[DS]T|M[DS]T|P[DS]T|ET|PT)\b")


# What every numeric candidate holds (``timex_grammar``'s two numeric rules): sentences without it are not parsed.
_NUMERIC_HINT = re.compile(r"\d[/.-][0-3]?\d[/.-]\d\d")


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def article_order(doc: Document, anchor: Anchor) -> tuple[str, str]:
    """("dmy" | "mdy" | "", evidence) for the article's ambiguous numeric dates."""
    votes: dict[str, str] = {}
    for s in doc.sentences:
        if not _NUMERIC_HINT.search(s.text):
            continue
        for c in candidates(s.text):
            if c.rule != "numeric":
                continue
            a, b, y = int(c.groups["a"]), int(c.groups["b"]), c.groups["year"]
            if a > 12 >= b:
                votes.setdefault("dmy", f"day first, as {c.text} in the same article")
            elif b > 12 >= a:
                votes.setdefault("mdy", f"month first, as {c.text} in the same article")
            elif len(y) == 4 and anchor.day is not None and a != b:
                if _date(int(y), a, b) == anchor.day:
                    votes.setdefault("mdy", f"month first: {c.text} is the publication day read month first")
                elif _date(int(y), b, a) == anchor.day:
                    votes.setdefault("dmy", f"day first: {c.text} is the publication day read day first")
            if _US_ZONE_AFTER.match(s.text, c.end):
                votes.setdefault("mdy", f"month first: {c.text} is followed by a US time zone")
    if len(votes) != 1:
        return "", ""
    return next(iter(votes.items()))
