"""How event types are shown to people: the label of a type code (``lib/data/type_labels.csv``).

Idea: filters, URLs and exports keep the type codes (``meeting``, ``reduce_relations``: stable ids that make
stable links); legends, hovers and swimlane names show a label a newcomer reads without the vocabulary
("Relations cut or suspended"). Approach: one table, type -> label, beside the vocabulary
(``lib/data/event_types.csv``); a code outside the table is shown with its underscores as spaces and a capital
letter, so a new type is never shown blank.

Example:
    >>> type_label("reduce_relations"), type_label("new_kind"), type_label("")
    ('Relations cut or suspended', 'New kind', '?')
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

LABELS_CSV = Path(__file__).resolve().parent.parent / "data" / "type_labels.csv"


@lru_cache(maxsize=1)
def labels() -> dict[str, str]:
    """{type code: label} as the table gives them."""
    with open(LABELS_CSV, encoding="utf-8", newline="") as fh:
        return {r["type"].strip(): r["label"].strip() for r in csv.DictReader(fh) if r.get("type")}


def type_label(code) -> str:
    """The label of one event type code; unknown codes humanised, an empty one as '?'.

    >>> type_label("meeting"), type_label("(other types)")
    ('Meeting or call', '(other types)')
    """
    code = "" if code is None else str(code)
    if not code.strip() or code == "?":
        return "?"
    hit = labels().get(code)
    if hit:
        return hit
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]
