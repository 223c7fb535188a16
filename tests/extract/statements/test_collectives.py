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


G7 = ["United States", "United Kingdom", "France", "Germany", "Italy", "Japan", "Canada"]
E3 = ["France", "Germany", "United Kingdom"]


@pytest.mark.parametrize("text, published, factions", [
    # a group of states with no secretariat of its own speaks as its member states: a row each, one group id
    ('"We unequivocally condemn the attack on Israel," G7 leaders said in a statement on Sunday.', "2024-04-14", G7),
    ("The Group of Seven foreign ministers said they were \"deeply concerned\" by the attacks on shipping in the "
     "Red Sea.", "2024-01-03", G7),
    ("In a statement, the leaders of the G7 said Tehran \"must immediately stop\" its transfers of drones.",
     "2024-03-20", G7),
    ("The E3 said in a joint statement that Iran's uranium enrichment \"has no credible civilian "
     "justification\".", "2023-06-01", E3),
    ("France, Britain and Germany, known as the E3, said they would trigger the snapback mechanism within "
     "30 days.", "2025-08-28", E3),
    ("\"Iran's continued nuclear escalation is unacceptable,\" the E3 foreign ministers said.", "2024-06-05", E3),
    ("G8 foreign ministers said Iran must \"comply fully\" with the Security Council resolutions on its "
     "programme.", "2008-06-13", [*G7, "Russia"]),
    ("The P5+1 said in a statement that Iran must \"engage seriously\" in the talks in Geneva.", "2013-10-16",
     ["United States", "United Kingdom", "France", "Russia", "China", "Germany"]),
    ("BRICS leaders said in their declaration that the occupation \"must come to an end\" without delay.",
     "2015-07-09", ["Brazil", "Russia", "India", "China", "South Africa"]),
])
def test_a_group_of_states_speaks_as_its_members(text, published, factions):
    out = rows(text, published)
    assert out
    by_group: dict[str, list[str]] = {}
    for r in out:
        by_group.setdefault(r.statement_group, []).append(r.faction)
    assert all(g for g in by_group) and all(f == factions for f in by_group.values())


@pytest.mark.parametrize("text, published, faction", [
    # organisations speak for themselves, not as their members
    ("The Arab League said the Israeli decision was \"null and void\" and had no legal effect.", "2019-03-25",
     "Arab League"),
    ("The GCC said in a statement it \"strongly condemns\" the attack on the tanker off Fujairah.", "2019-05-13",
     "Gulf Cooperation Council"),
    ("\"The parties must refrain from unilateral actions,\" the Quartet said in its report.", "2016-07-01",
     "Quartet"),
    ("EU foreign ministers said the bloc would not recognise the annexation of any occupied territory.",
     "2020-07-13", "European Union"),
    ("\"We call on all parties to exercise restraint,\" the G20 said in its communique.", "2023-09-10", "G20"),
    # a group out of its years is itself (the G8 after Russia's suspension)
    ("\"We call on all parties to exercise restraint,\" the G8 said in its communique.", "2019-08-26", "G8"),
])
def test_an_organisation_speaks_as_itself(text, published, faction):
    out = rows(text, published)
    assert out and {r.faction for r in out} == {faction}


@pytest.mark.parametrize("text, speaker, factions", [
    # the members of a group or of a state's leadership as a subject ("<faction> leaders / ministers / negotiators")
    ("Hamas leaders said the movement would not disarm under any circumstances.", "Hamas leaders", ["Hamas"]),
    ("\"We will not disarm under any circumstances,\" Hamas leaders said.", "Hamas leaders", ["Hamas"]),
    ("GCC foreign ministers said the council would stand by Qatar against any threat to its security.",
     "GCC foreign ministers", ["Gulf Cooperation Council"]),
    ("Hamas negotiators said the delegation would not return to Cairo until Israel answered the proposal.",
     "Hamas negotiators", ["Hamas"]),
    # a list of three states or more as one subject of reported speech (not only its last state)
    ("Britain, France and Germany said they would trigger the snapback mechanism within 30 days.",
     "Britain, France and Germany", ["United Kingdom", "France", "Germany"]),
    ("Egypt, Jordan and France said in a joint statement that they would not accept the displacement of "
     "Palestinians.", "Egypt, Jordan and France (joint statement)", ["Egypt", "Jordan", "France"]),
    ("The United States, Qatar and Egypt said they would keep pressing both sides for a deal.",
     "United States, Qatar and Egypt", ["United States", "Qatar", "Egypt"]),
])
def test_members_and_lists_as_subjects(text, speaker, factions):
    out = rows(text)
    assert [(r.speaker, r.faction) for r in out] == [(speaker, f) for f in factions]


@pytest.mark.parametrize("text", [
    # negatives: leaders or ministers as objects or after a preposition speak for nobody
    "Blinken met Arab foreign ministers in Amman on Saturday and the talks lasted four hours.",
    "Qatar hosted Hamas leaders in Doha, where the talks on the truce resumed on Monday.",
    # members named by a nationality adjective are no body ("Some Israeli ministers have called for ...")
    "Some Israeli ministers have called for settlements in Gaza after the war.",
    # a clause of its own between the states: the subject is the one right before the verb
    "Egypt hosted the talks, Qatar sent a delegation and Israel said it would not attend any further rounds.",
])
def test_group_members_as_objects_are_no_subject(text):
    out = rows(text)
    assert all(r.faction not in ("Egypt", "Qatar") or "said" not in r.reporting_verb for r in out)
    assert not any(r.statement_group for r in out)
