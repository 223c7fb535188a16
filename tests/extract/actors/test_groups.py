"""Groups named in the text are sides of their own (lib/extract/actors/groups.py): parties, advocacy groups, NGOs,
civic and diaspora organisations, named by a descriptor, a head word, a lower-case head or an abbreviation with a
member's title; their members; never a state's body, a dictionary name or an outlet, and never a group the text
does not name. Sentences written for these tests."""
from __future__ import annotations

import csv
import re

import pytest

from lib.extract.actors import find
from lib.extract.actors.groups import GROUP_KINDS, GROUP_WORDS, group_words
from lib.extract.document import document_from_text


def sides(text: str, outlet: str = "Reuters") -> dict[str, str]:
    doc = document_from_text("a", text, published="2020-08-13", outlet=outlet)
    return {m.text: m.faction for m in find(doc)}


def test_group_words_integrity():
    with open(GROUP_WORDS, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and list(rows[0]) == ["word", "kind", "note"]
    assert len({(r["word"], r["kind"]) for r in rows}) == len(rows)
    for r in rows:
        assert r["kind"] in GROUP_KINDS and r["note"].strip(), r
        if r["kind"] == "after":  # a lower-case head after a name
            assert re.fullmatch(r"[a-z]+", r["word"]), r
        if r["kind"] == "state":  # a capitalised word of a state body's name
            assert r["word"][0].isupper(), r
    assert {"Security", "Shura", "Affairs"} <= set(group_words()["state"])


@pytest.mark.parametrize("text, mention, faction", [
    # a descriptor before the name (with its abbreviation, which names it later)
    ("The advocacy group Americans for Peace Now said the plan was a mistake.", "Americans for Peace Now",
     "Americans for Peace Now"),
    ("The Israeli rights group B'Tselem said the homes were demolished.", "B'Tselem", "B'Tselem"),
    ("The war monitor Syrian Observatory for Human Rights (SOHR) said 12 died. SOHR said more.", "SOHR",
     "Syrian Observatory for Human Rights"),
    # a proper name ending in a head word: diaspora and civic organisations are not their country's government
    ("The Iranian Canadian Congress said the sanctions hurt ordinary Iranians.", "Iranian Canadian Congress",
     "Iranian Canadian Congress"),
    ("The Arab American Institute said the administration ignored it.", "Arab American Institute",
     "Arab American Institute"),
    ("The Settlers Council said the plan was a betrayal.", "Settlers Council", "Settlers Council"),
    # a lower-case head after the name
    ("Peace Now movement said the new settlement would doom the talks.", "Peace Now", "Peace Now"),
    ("The Move Forward party said Thailand should act.", "Move Forward", "Move Forward"),
    # an unknown abbreviation with a member's title after it
    ("The NDP's foreign affairs critic Heather McPherson said Canada must act.", "NDP", "NDP"),
    ("SNP MP Alyn Smith said Britain must act.", "SNP", "SNP"),
    # ... spelled out elsewhere in the text: the long name
    ("The Lebanese Forces said the talks lacked transparency. LF MP Ghayath Yazbeck told MTV it was no victory.",
     "LF", "Lebanese Forces"),
])
def test_named_groups_are_their_own_side(text, mention, faction):
    assert sides(text).get(mention) == faction


@pytest.mark.parametrize("text", [
    # state bodies, bare head words, nationalities, dictionary names, outlets: no group of their own
    "The National Security Council met on Monday.",
    "The Foreign Affairs Committee said the deal was flawed.",
    "The Senate Foreign Relations Committee said Congress must have a say.",
    "The Council said the plan would go ahead.",
    "The Israeli party said the vote would be held.",
    "A Hamas-affiliated organization claimed the attack.",
    "CIA Director Bill Burns met the Qatari prime minister.",
    "Hamas, the Islamist movement that runs Gaza, claimed victory.",
    "The signing ceremony on the South Lawn of the White House was brief.",
    "The Iran-backed movement said it fired rockets.",
    "The Shura Council approved the budget.",
    "The Washington Post said the talks had stalled.",
    "BBC correspondent Jeremy Bowen said the city was quiet.",
    "US President Donald Trump said the deal was historic.",
    "In Gaza City, residents said the strikes went on.",
    "The leaders met at the King Abdulaziz International Conference Center in Riyadh.",
    "The Soroka Medical Center said three wounded were brought in.",
    # a group in a person's appositive is left to the statements stage (statements.appositions)
    "Richard Roe, an analyst at the Policy Center, said the plan would fail.",
    '"He deceived us," David Elhayani, the head of the Yesha Council, said.',
    "RUSSIA Deputy Foreign Minister Mikhail Bogdanov told reporters it was murder.",
    # no group named at all: nothing is invented
    "A spokesman said the decision was dangerous.",
    "Critics said the plan would fail.",
])
def test_no_group_where_the_text_names_none(text):
    doc = document_from_text("a", text, published="2020-08-13", outlet="Reuters")
    assert [m.text for m in find(doc) if m.evidence.startswith("group")] == []


@pytest.mark.parametrize("text, person, faction", [
    ("Move Forward Party MP Rangsiman Rome said Thailand should act.", "Rangsiman Rome", "Move Forward Party"),
    ("The ADL's chief executive Jonathan Greenblatt said the decision was dangerous.", "Jonathan Greenblatt", "ADL"),
    ("The NDP's foreign affairs critic Heather McPherson said Canada must act.", "Heather McPherson", "NDP"),
    # negatives: no member's title between the group and the name; a dictionary person keeps the dictionary's side
    ("The ADL's offices in Jerusalem Post building were closed.", "Jerusalem Post", None),
    ("The Iranian Canadian Congress praised Justin Trudeau on Monday.", "Justin Trudeau", "Canada"),
    ("Dan Levi, a professor of law at the Peace Institute, said so.", "Dan Levi", None),
])
def test_members_of_a_named_group(text, person, faction):
    assert sides(text).get(person) == faction


def test_no_group_invented_for_the_state_it_is_in():
    # the diaspora group speaks for itself; the country's name in it is not the country's government
    got = sides("The Iranian Canadian Congress said Iran must free the prisoners.")
    assert got.get("Iranian Canadian Congress") == "Iranian Canadian Congress" and got.get("Iran") == "Iran"


# A person in apposition to a group named after a state, a people or a cause: the group's side, not the state's (the
# actors stage leaves "X, <role> of the <group>" to the statements stage, which gives the group)
@pytest.mark.parametrize("text, person, faction", [
    ('"It is a good day," said Reza Tabrizi, president of the Iranian American Council.', "Reza Tabrizi",
     "Iranian American Council"),
    ("Mark Levin, executive director of the American Jewish Committee, said the plan was old.", "Mark Levin",
     "American Jewish Committee"),
    ('"We heard promises," said Omar Nasser, director of the Palestinian Human Rights Network in Gaza.', "Omar Nasser",
     "Palestinian Human Rights Network"),
    # a rebel movement after another movement: its own name, not an anaphor of the last one
    ("Minni Minnawi, the leader of the Sudan Liberation Movement, arrived. Khalil Osman, the head of the Justice and "
     "Equality Movement, told reporters it was a good deal.", "Khalil Osman", "JEM"),  # (the dictionary's short name)
    ("The president of the Canadian Arab Federation, Samir Haddad, said it was a photo opportunity.", "Samir Haddad",
     "Canadian Arab Federation"),
    ("Adam Musa, a spokesman for the Sudan Revolutionary Front, said it was a good deal.", "Adam Musa",
     "Sudan Revolutionary Front"),
])
def test_apposed_group_is_the_side(text, person, faction):
    from lib.extract import extract_document
    doc = document_from_text("a", text, published="2020-08-13", outlet="Reuters")
    said = [(s.speaker, s.faction) for s in extract_document(doc).statements]
    assert (person, faction) in said
    assert sides(text).get(person) in (faction, None)  # never the state the group is named after


@pytest.mark.parametrize("text, person, faction", [
    # a state's body, a body the dictionary knows, an office of a state: the state or the body, as before
    ("Ali Karimi, the speaker of the Iranian Parliament, said it was wrong.", "Ali Karimi", "Iran"),
    ("Omar Saleh, secretary-general of the Arab League, said it was wrong.", "Omar Saleh", "Arab League"),
    ("Yossi Cohen, chairman of the Knesset Foreign Affairs and Defense Committee, said it was wrong.", "Yossi Cohen",
     "Israel"),
    ("Hassan Ali, a professor at the Iranian Studies Center, said it was wrong.", "Hassan Ali", ""),
])
def test_apposed_state_bodies_keep_their_side(text, person, faction):
    assert sides(text).get(person, "") == faction


@pytest.mark.parametrize("title, group", [
    ("president of the Iranian Canadian Congress", "Iranian Canadian Congress"),
    ("a spokesman for the Syrian Democratic Council", "Syrian Democratic Council"),
    ("chairman of the Senate Foreign Relations Committee", ""),  # a legislature's committee
    ("the head of the Palestinian Legislative Council", ""),
    ("the Iranian foreign minister", ""),
    ("a fellow at the Washington Institute", ""),  # a place of work, not a member's role
    ("head of the Council", ""),  # a bare head word names no group
])
def test_apposed_group_title(title, group):
    from lib.extract.actors.groups import apposed_group
    assert apposed_group(title) == group


# A member's title after a party the dictionary does not know: the party's side, as written
@pytest.mark.parametrize("text, person, faction", [
    ('Labour leader Ivana Bacik said: "Recognition is overdue."', "Ivana Bacik", "Labour"),
    ('"Recognition must be followed by action," said Sinn Féin leader Mary Lou McDonald.', "Mary Lou McDonald",
     "Sinn Féin"),
    ('Congress general secretary Jairam Ramesh said: "India has been reduced to a spectator."', "Jairam Ramesh",
     "Congress"),
    ('Fine Gael TD Neale Richmond said: "We welcome it."', "Neale Richmond", "Fine Gael"),
])
def test_party_members(text, person, faction):
    from lib.extract import extract_document
    doc = document_from_text("a", text, published="2024-05-22", outlet="Irish Examiner")
    assert (person, faction) in [(s.speaker, s.faction) for s in extract_document(doc).statements]


@pytest.mark.parametrize("text, person", [
    ("Opposition leader Ali Hassan said it was wrong.", "Ali Hassan"),  # a role in parliament, no party
    ("Kurdish leader Ali Hassan said it was wrong.", "Ali Hassan"),  # a people
    ("Shiite leader Ali Hassan said it was wrong.", "Ali Hassan"),  # a community
    ("Police spokesman Ali Hassan said it was wrong.", "Ali Hassan"),  # an institution's spokesman
    ("Gaza health ministry spokesman Ali Hassan said it was wrong.", "Ali Hassan"),
    ("European Commission president Ali Hassan said it was wrong.", "Ali Hassan"),
    ("Republican senator Ali Hassan said it was wrong.", "Ali Hassan"),
])
def test_no_party_where_the_text_names_none(text, person):
    from lib.extract.actors.groups import party_members
    assert [c.value for c in party_members(text, [], "2024-05-22")] == []
