"""Collective and joint speakers (lib/extract/statements/collectives.py): a counted plural subject opening a
sentence ("The two ministers stressed", "The three mediating countries said") is the parties named before it, one
row per faction sharing a statement group. Negatives: fewer parties named than counted, an uncounted plural."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def rows(text: str, published: str = "2024-03-01"):
    doc = document_from_text("t", text, published=published)
    return S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))


@pytest.mark.parametrize("text, factions", [
    ("Safadi met Abdelatty in Amman on Sunday. The two ministers stressed the need for an immediate ceasefire in "
     "Gaza.", ["Jordan", "Egypt"]),
    ("Egypt, Qatar and the United States have mediated for months. The three mediating countries said they would "
     "keep pressing both sides for a deal.", ["Egypt", "Qatar", "United States"]),
    ("Blinken held talks with Safadi in Amman. The two ministers said a ceasefire must come before any talks on "
     "reconstruction.", ["United States", "Jordan"]),
])
def test_counted_plural_subject_is_the_parties_named_before(text, factions):
    out = rows(text)
    assert [r.faction for r in out] == factions
    assert len({r.statement_group for r in out}) == 1 and out[0].statement_group


@pytest.mark.parametrize("text", [
    # one minister named: "the two ministers" has no two parties
    "Safadi arrived in Cairo on Sunday. The two ministers stressed the need for an immediate ceasefire in Gaza.",
    # two countries named for "the three countries"
    "Egypt and Qatar have mediated for months. The three countries said they would keep pressing both sides for "
    "a deal.",
    # no number, nobody named
    "Both leaders stressed the need for an immediate ceasefire in Gaza and the entry of aid.",
])
def test_counted_plural_without_its_parties_gives_no_row(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, speaker, factions", [
    # "the leaders / foreign ministers of X and Y": the parties after 'of', one row each, one group
    ("The leaders of Egypt and Jordan stressed the need for an immediate ceasefire in Gaza.", "Egypt and Jordan",
     ["Egypt", "Jordan"]),
    ("The foreign ministers of Egypt and Jordan said the displacement of Palestinians would never be accepted.",
     "Egypt and Jordan", ["Egypt", "Jordan"]),
])
def test_office_holders_of_named_parties(text, speaker, factions):
    out = rows(text)
    assert [(r.speaker, r.faction) for r in out] == [(speaker, f) for f in factions]
    assert len({r.statement_group for r in out}) == 1


@pytest.mark.parametrize("text, factions, name", [
    # an adverb after the plural subject ("The two ministers also stressed"): still the parties, named without it
    ("Safadi met Abdelatty in Amman on Sunday. The two ministers also stressed \"the need for an immediate ceasefire "
     "in Gaza\".", ["Jordan", "Egypt"], "The two ministers of Jordan and Egypt"),
    ("Egypt, Qatar and the United States have mediated for months. The three countries again urged both sides \"to "
     "show flexibility and close the remaining gaps\".", ["Egypt", "Qatar", "United States"], "The three countries"),
])
def test_counted_plural_subject_with_an_adverb(text, factions, name):
    out = [r for r in rows(text) if r.kind == "partial"]
    assert [r.faction for r in out] == factions, [(r.speaker, r.faction) for r in out]
    assert all(r.speaker.startswith(name) and " again" not in r.speaker and " also" not in r.speaker for r in out)
