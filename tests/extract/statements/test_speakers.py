"""Speaker phrases (lib/extract/statements/speakers.py): one list of document nouns (lib/data/document_nouns.csv)
read by the speaker phrases and by unmarked's statement intros; documents named with their issuers ("The
statement, released by X, said", "A statement from X said", "The final communique of the summit of X and Y")
speak for those issuers, and "the statement" after them is theirs. Negatives: a document of a topic ("a statement
of support for the plan") names no issuer."""
from __future__ import annotations

import csv
import re

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text
from lib.extract.statements import unmarked
from lib.extract.statements.speakers import DOC_NOUNS, DOCUMENT_NOUNS, DOCUMENT_NOUNS_DATA


def rows(text: str, published: str = "2024-03-01"):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))]


def test_document_nouns_integrity():
    with open(DOCUMENT_NOUNS_DATA, newline="", encoding="utf-8") as fh:
        nouns = list(csv.DictReader(fh))
    assert nouns and list(nouns[0]) == ["noun", "note"]
    assert len({r["noun"] for r in nouns}) == len(nouns)
    for r in nouns:
        assert r["noun"] == r["noun"].strip().lower() and re.fullmatch(r"[a-zé ]+", r["noun"]), r
        assert r["note"].strip(), r


@pytest.mark.parametrize("noun", ["statement", "press release", "communiqué", "readout", "announcement", "tweet"])
def test_one_list_of_document_nouns(noun):
    # the speaker phrases and the statement intros read the same list
    assert re.fullmatch(DOCUMENT_NOUNS, noun) and re.fullmatch(DOC_NOUNS, f"joint {noun}")
    assert re.fullmatch(unmarked.DOCS, noun)  # unmarked reads the same list (plus 'resolution', for texts)
    assert re.fullmatch(unmarked.DOCS, "resolution") and not re.fullmatch(DOCUMENT_NOUNS, "resolution")


@pytest.mark.parametrize("text, faction", [
    ("The statement, released by the Saudi foreign ministry, said the kingdom \"rejects any annexation of the "
     "West Bank\".", "Saudi Arabia"),
    ("A statement from the Jordanian foreign ministry said Amman \"condemns the storming of the compound\".", "Jordan"),
    ("The closing communique of the summit of the Arab League and the OIC, held in Manama, called for \"an end to "
     "the siege\".", "Arab League"),
])
def test_a_document_named_with_its_issuer_speaks_for_it(text, faction):
    assert faction in {f for _sp, f, _q in rows(text)}


@pytest.mark.parametrize("text, faction, quote", [
    # the document the subject speaks in: "the statement" later is theirs, not the party named in between
    ("In a joint statement after a call hosted by Rishi Sunak, the leaders of the G7 said they \"condemn the "
     "attack\". Iran said it \"will respond\". \"This must stop,\" the statement said.",
     # (the G7 speaks as its member states: ``members_of``)
     ("United States", "United Kingdom", "France", "Germany", "Italy", "Japan", "Canada"), "This must stop"),
    ("The final communique of the emergency summit of the Arab League, held in Cairo, urged \"restraint\". Saudi "
     "Arabia said it \"will host the next meeting\". The statement also called for \"an immediate end to the "
     "siege\".", "Arab League", "an immediate end to the siege"),
])
def test_the_statement_is_its_issuers(text, faction, quote):
    want = set(faction) if isinstance(faction, tuple) else {faction}
    assert {f for _sp, f, q in rows(text) if q.startswith(quote)} == want


@pytest.mark.parametrize("text", [
    "A statement of support for the plan said it \"is a step forward\".",  # a topic, no issuer
    "The letter, written by a group of residents, said the camp \"has had no water for a week\".",  # no faction
])
def test_a_document_without_a_factional_issuer_has_no_faction(text):
    assert all(not f for _sp, f, _q in rows(text))


@pytest.mark.parametrize("text", [
    # the agent of a participle between commas, a title before its name, is no subject of the clause's verbs
    "During the meeting, attended by Egyptian Foreign Minister Sameh Shoukry, His Majesty warned against the "
    "repercussions of the war, stressing the need to ensure the flow of aid through all possible crossings.",
    "At the talks, chaired by Crown Prince Mohammed bin Salman, the envoys warned against escalation, stressing "
    "the need to reopen the crossings at once.",
])
def test_the_agent_of_a_participle_is_no_subject(text):
    assert [sp for sp, _, _ in rows(text, published="2023-05-10")] == []


@pytest.mark.parametrize("text, speaker", [
    # negatives: the subject before the participle speaks; an agent named as the subject's own is no agent
    ("Egypt, backed by Qatar, said the crossing would reopen on Monday.", "Egypt"),
    ("Egyptian Foreign Minister Sameh Shoukry, speaking after talks chaired by Qatar, stressed the need to reopen "
     "the crossings at once.", "Sameh Shoukry"),
])
def test_a_subject_before_a_participle_still_speaks(text, speaker):
    got = [sp for sp, _, _ in rows(text, published="2023-05-10")]
    assert got and all(speaker in sp for sp in got), got
