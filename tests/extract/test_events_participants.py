"""Events (issue 13): participants from the syntax. actor1 is the side that acts, actor2 the side acted on; news
agencies, embassies and "sources" are never participants, and a body that only comments on an act is not its actor.
Sentences written for these tables; parametrized, with negatives."""
from __future__ import annotations

import csv
import re

import pytest

from lib.extract import Context
from lib.extract import events as ev
from lib.extract.document import document_from_text
from lib.extract.events.participants import (
    COMMENT_VERBS,
    NONPARTICIPANT_KINDS,
    NONPARTICIPANTS_CSV,
    non_participant,
)
from lib.models import CasualtyClaim, Mention
from tests.extract.test_events import ACTORS, _find, context

# surface -> (name, faction): the actors of these sentences beside the shared table
MORE_ACTORS = {**ACTORS, "Israel": ("Israel", "Israel"), "Egypt": ("Egypt", "Egypt"), "the UN": ("United Nations", "United Nations"),
               "UN": ("United Nations", "United Nations"), "Jordan": ("Jordan", "Jordan"), "AFP": ("AFP", ""),
               "Reuters": ("Reuters", ""), "WAFA": ("WAFA", ""), "Palestinian sources": ("Palestinian sources", "Palestinian Authority"),
               "a military source": ("military source", ""), "Russian Embassy": ("Kremlin", "Russia"),
               "Israeli embassy": ("Israeli embassy", "Israel"), "medics": ("medics", ""), "Qatar": ("Qatar", "Qatar"),
               "Iran": ("Iran", "Iran")}


def run(text: str, casualties=()):
    doc = document_from_text("t", text, published="2023-03-19")
    base = context(text, "2023-03-19", doc)
    actors = _find(doc.text, MORE_ACTORS, doc.article_id, "actor", lambda v: dict(value=v[0], faction=v[1]))
    return ev.extract(Context(doc=doc, dates=base.dates, places=base.places, actors=actors), [], list(casualties))


def sides(text: str, etype: str) -> list[tuple[str, str]]:
    return [(e.actor1, e.actor2) for e in run(text) if e.event_type == etype]


@pytest.mark.parametrize("text, etype, expected", [
    # the side that acts before the trigger, the side acted on after it
    ("Hamas fired rockets at Israel on Sunday.", "attack", [("Hamas", "Israel")]),
    ("Abbas met Sisi in Cairo.", "meeting", [("Mahmoud Abbas", "Abdel Fattah al-Sisi")]),
    ("The talks were rejected by Hamas.", "rejection", [("Hamas", "")]),
    # the side named at the act: a nationality before it, or its agent after "by"
    ("Egypt denounced the Israeli raid on Jenin.", "arrest", [("Israel", "")]),
    ("Israeli troops raided Jenin on Monday.", "arrest", [("Israel", "")]),
    ("The UN condemned the shelling of a school in Gaza by Israeli forces.", "attack", [("Israel", "")]),
    ("Netanyahu said that most of the missiles launched by Iran were intercepted.", "attack", [("Iran", "")]),
    ("The Hamas-led attack killed hundreds of people.", "attack", [("Hamas", "")]),
    # a body that only comments on an act is not its actor
    ("The UN condemned the shelling of a school in Gaza.", "attack", [("", "")]),
    ("Jordan condemned the air strike on Gaza.", "attack", [("", "")]),
    ("Israeli forces shelled a school in Gaza, the UN said.", "attack", [("Israel", "")]),
    ("Egypt said Israeli forces shelled a school in Gaza.", "attack", [("Israel", "")]),
    # negatives: a speaker who says he acted acts; a performative verb's subject acts; a bare "Palestinian" names
    # no faction; a passive subject is acted on
    ("Hamas said it fired rockets at Israel.", "attack", [("Hamas", "Israel")]),
    ("Hamas told Qatar that the movement had agreed to the deal.", "agreement", [("Hamas", "")]),
    ("Egypt announced a ceasefire in Gaza on Sunday.", "ceasefire", [("Egypt", "")]),
    ("Palestinian attacks on settlers rose this year.", "attack", [("", "")]),
    ("Israelis were detained in Gaza.", "arrest", [("", "")]),
])
def test_actor1_and_actor2_from_the_syntax(text, etype, expected):
    assert sides(text, etype) == expected


@pytest.mark.parametrize("text, etype, expected", [
    # agencies, embassies and sources are never participants (nor in the actors column)
    ("Hamas fired rockets at Israel, AFP reported.", "attack", [("Hamas", "Israel")]),
    ("Delegations met in the Russian Embassy in Cairo.", "meeting", [("", "")]),
    ("Israeli troops raided Jenin, Palestinian sources told WAFA.", "arrest", [("Israel", "")]),
    ("Abbas met Sisi in Cairo, Reuters said.", "meeting", [("Mahmoud Abbas", "Abdel Fattah al-Sisi")]),
    ("Jordan summoned the Israeli embassy envoy to protest the raid.", "protest", [("Jordan", "")]),
    # negatives: a state or a body named beside them stays
    ("Egypt met Qatar in Cairo, a military source said.", "meeting", [("Egypt", "Qatar")]),
])
def test_tellers_are_no_participants(text, etype, expected):
    evs = [e for e in run(text) if e.event_type == etype]
    assert [(e.actor1, e.actor2) for e in evs] == expected
    tellers = {"AFP", "Reuters", "WAFA", "Palestinian sources", "Kremlin", "Israeli embassy", "military source"}
    assert not any(set(e.actors.split("; ")) & tellers for e in evs)


@pytest.mark.parametrize("reporter, actors", [
    # who reports a toll only tells of it: never actor1; an agency or "sources" not even among the actors
    ("AFP", ""), ("medics", ""), ("Palestinian sources", ""), ("health ministry", "health ministry"),
])
def test_a_casualty_reporter_is_not_the_attacker(reporter, actors):
    text = f"Three people were killed in Gaza on Sunday, according to {reporter}."
    c = CasualtyClaim.make("t", start=0, end=len(text), text_start=0, text_end=12, outcome="killed", count=3,
                           group="people", reported_by=reporter)
    (e,) = [e for e in run(text, casualties=[c]) if e.event_type == "casualty_report"]
    assert (e.actor1, e.actors) == ("", actors)


@pytest.mark.parametrize("text, value, expected", [
    ("AFP", "AFP", True), ("The Associated Press", "Associated Press", True), ("Saudi Press Agency", "", True),
    ("Russian Embassy", "Kremlin", True), ("Palestinian medical sources", "", True), ("local medics", "", True),
    # negatives
    ("Hamas", "Hamas", False), ("UN agency", "United Nations", False), ("Israeli army", "Israeli military", False),
    ("Apple", "", False),
])
def test_non_participant(text, value, expected):
    assert non_participant(Mention.make("a", kind="actor", text=text, start=0, end=len(text), value=value or text)) is expected


def test_nonparticipants_file_integrity():
    with open(NONPARTICIPANTS_CSV, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and list(rows[0]) == ["pattern", "kind", "note"]
    patterns = [r["pattern"] for r in rows]
    assert len(patterns) == len(set(patterns))
    for r in rows:
        assert r["kind"] in NONPARTICIPANT_KINDS, r
        re.compile(r["pattern"])
    with open(NONPARTICIPANTS_CSV.parent / "reporting_verbs.csv", newline="", encoding="utf-8") as fh:
        verbs = {r["verb"] for r in csv.DictReader(fh)}
    assert COMMENT_VERBS <= verbs  # every comment verb is a verb of the reporting-verb file
