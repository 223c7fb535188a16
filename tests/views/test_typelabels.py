"""lib/views/typelabels.py: event type codes -> labels shown in legends and hovers; the table's integrity."""
from __future__ import annotations

import csv

import pytest

from lib.views import typelabels
from lib.views.typelabels import type_label


@pytest.mark.parametrize("code, label", [
    ("meeting", "Meeting or call"),
    ("reduce_relations", "Relations cut or suspended"),
    ("casualty_report", "Casualty report"),
    ("ceasefire", "Ceasefire or truce"),
    ("new_kind_of_event", "New kind of event"),  # outside the table: humanised, never blank
    ("(other types)", "(other types)"),          # the chart's bucket keeps its name
    ("", "?"),
    (None, "?"),
    ("?", "?"),
])
def test_type_label(code, label):
    assert type_label(code) == label


def _vocabulary() -> list[str]:
    from lib.extract.events import TYPES_CSV

    with open(TYPES_CSV, encoding="utf-8", newline="") as fh:
        return [r["type"] for r in csv.DictReader(fh) if r.get("type")]


def test_every_type_of_the_vocabulary_has_one_label_and_labels_are_distinct():
    with open(typelabels.LABELS_CSV, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    codes = [r["type"] for r in rows]
    assert len(codes) == len(set(codes)), "a type listed twice"
    assert set(_vocabulary()) <= set(codes), f"types without a label: {set(_vocabulary()) - set(codes)}"
    assert set(codes) <= set(_vocabulary()), f"labels of unknown types: {set(codes) - set(_vocabulary())}"
    labels = [r["label"].strip() for r in rows]
    assert all(labels) and len(labels) == len(set(labels))
    assert all(lb != c for lb, c in zip(labels, codes, strict=True)), "a label that is its code"
