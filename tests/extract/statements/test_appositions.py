"""Appositions (lib/extract/statements/appositions.py): a person the dictionary lacks, introduced by an appositive
naming an organisation the dictionary lacks ("David Levi, the head of the Settlers Council,"), speaks for that
organisation as written; a relative or appositive clause between a speaker and the verb ("Sissi, whose country
made peace with Israel in 1979, wrote") is skipped. Negatives: a university, a newspaper, an analyst's
institute, a bare head word ("the council"), a known actor (the dictionary's side is kept)."""
from __future__ import annotations

import csv
import re

import pytest

from lib.extract import extract_document
from lib.extract.document import document_from_text
from lib.extract.statements.appositions import DATA, INTERPOSED, organisation_side, roles, words


def statements(sentence: str):
    text = "Officials met in Cairo on Monday.\n\n" + sentence + "\n"
    doc = document_from_text("t", text, published="2023-05-01", outlet="Reuters")
    out = extract_document(doc).statements
    for r in out:  # provenance: the row's sentence and quote are the text's
        assert text[r.start:r.end] == r.sentence and text[r.quote_start:r.quote_end] == r.quote
    return [(r.speaker, r.faction, r.kind) for r in out]


def test_organisation_words_integrity():
    with open(DATA, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and list(rows[0]) == ["word", "kind", "note"]
    assert len({r["word"] for r in rows}) == len(rows)
    for r in rows:
        assert r["kind"] in ("head", "role") and r["note"].strip(), r
        if r["kind"] == "head":  # a head word is part of a proper name
            assert re.fullmatch(r"[A-Z][a-z]+", r["word"]), r
        else:
            assert re.fullmatch(r"[a-z-]+", r["word"]), r
    assert {"Council", "Committee", "League", "Party", "Institute", "Centre"} <= words()["head"]
    assert {"head", "chairman", "spokesman", "ceo", "founder"} <= roles()
    assert not {"professor", "fellow", "analyst", "editor", "researcher"} & roles()


@pytest.mark.parametrize("appositive, side", [
    ("the head of the Settlers Council", "Settlers Council"),
    ("the CEO of the Civil Liberties League", "Civil Liberties League"),
    ("chairman of the Settlers Committee", "Settlers Committee"),
    ("a spokesman for the Popular Resistance Front", "Popular Resistance Front"),
    ("the former head of the Farmers Union", "Farmers Union"),
    ("director of the Middle East Institute", "Middle East Institute"),
    ("a Families Forum leader", "Families Forum"),
    ("the Families Forum's spokesman", "Families Forum"),
    ("secretary-general of the Association for Civil Rights", "Association for Civil Rights"),
    # negatives: no organisation head word, no role, a bare head word, lower case
    ("a professor at Tel Aviv University", ""),
    ("an editor at the Jerusalem Post", ""),
    ("a senior fellow at the Middle East Institute", ""),
    ("an analyst at the Policy Center", ""),
    ("the head of the council", ""),
    ("the head of the Council", ""),
    ("a resident of Gaza City", ""),
    ("a father of five", ""),
])
def test_organisation_side(appositive, side):
    assert organisation_side(appositive) == side


@pytest.mark.parametrize("seg, interposed", [
    (" Sissi, whose country made peace with Israel in 1979, ", True),
    (" Ban, the UN chief, who is due in Gaza, ", True),
    (" Safadi, speaking after talks in Brussels, ", True),
    (" Hamas, which rules Gaza, later ", True),
    (" Roe, which represents 500,000 settlers, ", True),
    (" Sissi, whose country said: “no”, ", False),  # a quote inside is no clause to skip
    (" Sissi, whose country made peace with Israel in 1979, and ", False),
])
def test_interposed(seg, interposed):
    assert (INTERPOSED.search(seg) is not None) == interposed


@pytest.mark.parametrize("sentence, expected", [
    # 1. a person and an organisation the dictionary lacks: the organisation as written is the side
    ('"We will not accept this plan," David Levi, the head of the Settlers Council, said in a statement.',
     [("David Levi", "Settlers Council", "direct")]),
    ('"We will not accept this plan," said Jane Roe, the CEO of the Civil Liberties League.',
     [("Jane Roe", "Civil Liberties League", "direct")]),
    ('David Levi, chairman of the Settlers Committee, told reporters that the plan would fail.',
     [("David Levi", "Settlers Committee", "indirect")]),
    ('David Levi, the head of the Settlers Council, said: "We will not accept this plan at all."',
     [("David Levi", "Settlers Council", "direct")]),
    # a description before the name in apposition, after and before a quote and for reported speech
    ('"We will not accept this plan," said the head of the Settlers Council, David Levi.',
     [("David Levi", "Settlers Council", "direct")]),
    ('The head of the Settlers Council, David Levi, said the plan would fail.',
     [("David Levi", "Settlers Council", "indirect")]),
    ('The head of the Settlers Council, David Levi, said: "We will not accept this plan at all."',
     [("David Levi", "Settlers Council", "direct")]),
    # a state body keeps the state; a known organisation keeps the dictionary's side
    ('"We will not accept this plan," Ahmed Hassan, the head of Egypt\'s General Intelligence Service, said.',
     [("Ahmed Hassan", "Egypt", "direct")]),
    ('"We will not accept this plan," Jane Roe, a spokeswoman for Hamas, said.', [("Jane Roe", "Hamas", "direct")]),
    # 2. a relative clause between the speaker and the verb, after and before a quote and for reported speech
    ('"This is a historic day," Egypt\'s President Abdel-Fattah el-Sissi, whose country made peace with Israel in '
     '1979, wrote on Twitter.', [("Abdel Fattah al-Sisi (Abdel-Fattah el-Sissi)", "Egypt", "direct")]),
    ('Egypt\'s President Abdel-Fattah el-Sissi, whose country made peace with Israel in 1979, said: "This deal '
     'brings peace to us all."', [("Abdel Fattah al-Sisi (Abdel-Fattah el-Sissi)", "Egypt", "direct")]),
    ('Abdel-Fattah el-Sissi, whose country made peace with Israel in 1979, wrote on Twitter that the deal was '
     'historic.', [("Abdel Fattah al-Sisi (Abdel-Fattah el-Sissi)", "Egypt", "indirect")]),
    # an appositive and a relative clause after it, a number's comma inside
    ('Jane Roe, the head of the Settlers Council, which represents 500,000 settlers, said the plan would fail.',
     [("Jane Roe", "Settlers Council", "indirect")]),
    ('Jane Roe, the head of the Settlers Council, which represents 500,000 settlers, said: "We will not accept '
     'this plan at all."', [("Jane Roe", "Settlers Council", "direct")]),
    ('"We will not accept this plan," Jane Roe, the head of the Settlers Council, which represents 500,000 '
     'settlers, said.', [("Jane Roe", "Settlers Council", "direct")]),
    # negatives: a university, a newspaper, an analyst's institute, a bare council: no side, no row
    ('"We will not accept this plan," Moshe Cohen, a professor at Tel Aviv University, said.', []),
    ('"We will not accept this plan," said John Smith, an editor at the Jerusalem Post.', []),
    ('"We will not accept this plan," said Richard Roe, a senior fellow at the Middle East Institute.', []),
    ('Richard Roe, an analyst at the Policy Center, said the plan would fail.', []),
    ('"We will not accept this plan," David Levi, the head of the local council, said.', []),
    ('"We will not accept this plan," said the professor at Tel Aviv University, Moshe Cohen.', []),
])
def test_apposed_speakers(sentence, expected):
    assert statements(sentence) == expected
