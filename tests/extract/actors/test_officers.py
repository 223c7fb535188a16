"""Officers named by rank alone (lib/extract/actors/officers.py) take the side of the one army the text names
before them; with none, or armies of several sides, they stay without a side. Also a capital that ends a person's
name is not the capital speaking (lib/extract/actors/bodies.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from lib.extract.actors import find
from lib.extract.document import document_from_text


def person_sides(text: str) -> dict[str, str]:
    doc = document_from_text("a", text, published="2020-08-13", outlet="Reuters")
    return {m.text: m.faction for m in find(doc) if m.actor_type == "person"}


@pytest.mark.parametrize("text, person, faction", [
    ("The Israeli army said it struck targets. Brig. Gen. Hidai Zilberman told Army Radio it would go on.",
     "Hidai Zilberman", "Israel"),
    ("The Egyptian army said it had destroyed tunnels. Brigadier General Tamer Rifai said the operation succeeded.",
     "Tamer Rifai", "Egypt"),
    ("The Sudanese army said it had retaken the bridge. Lt. Col. Nabil Abdallah said the city was calm.",
     "Nabil Abdallah", "Sudan"),
    # negatives: no army named before; armies of two sides named before; the army named only after the officer
    ("Brig. Gen. Hidai Zilberman told Army Radio the operation would continue.", "Hidai Zilberman", ""),
    ("The Israeli army and the Lebanese army exchanged fire. Col. Daniel Rosen said the border was calm.",
     "Daniel Rosen", ""),
    ("Col. Daniel Rosen said the border was calm. The Israeli army said it had fired.", "Daniel Rosen", ""),
])
def test_officer_takes_the_one_army_named_before(text, person, faction):
    assert person_sides(text).get(person, "") == faction


@pytest.mark.parametrize("text, capital_speaks", [
    ("Move Forward MP Rangsiman Rome said Thailand should press Israel.", False),
    ("Lord Jerusalem said the vote would be held.", False),
    ("But Cairo said the talks would resume.", True),
    ("Cairo said the talks would resume.", True),
    ("On Monday Washington said it would send aid.", True),
])
def test_a_capital_that_ends_a_name_does_not_speak(text, capital_speaks):
    doc = document_from_text("a", text, published="2020-08-13", outlet="Reuters")
    assert any(m.evidence.startswith("capital as speaker") for m in find(doc)) == capital_speaks


def test_a_known_person_after_a_rank_keeps_the_dictionary():
    text = "The Sudanese army said it had retaken the bridge. Lieutenant General Abdel Fattah al-Burhan said so."
    doc = document_from_text("a", text, published="2023-06-01", outlet="Reuters")
    got = [(m.value, m.evidence) for m in find(doc) if m.text.endswith("al-Burhan")]
    assert got and got[0][0] == "Abdel Fattah al-Burhan" and not got[0][1].startswith("officer")
