"""Reported clauses (``lib/extract/statements/clauses.py``): the shapes of a complement clause without 'that', of
feelings expressed, of pledges and directives with an infinitive, and of fact reports."""
from __future__ import annotations

import pytest

from lib.extract.statements.clauses import (
    BARE_CLAUSE,
    CLAUSE_CUT,
    DIRECTIVE,
    EXPRESSED_OBJECT,
    INFINITIVE_ACT,
    LISTENER,
    NAMED,
    NAMING_PARTICIPLE,
    PLACE_TIME_GAP,
    _fact_report,
)


@pytest.mark.parametrize("words, clause", [
    (" it would not seek new construction", "it would"),
    (" Israel expected Egypt to carry out an inquiry", "Israel expected Egypt to"),
    (" technical failures were to blame", "technical failures were"),
    # a past act in the negative is a position (a denial), like "do not" and "had not"
    (" the draft did not even name the group", "the draft did not"),
    (" its troops did not enter the village", "its troops did not"),
])
def test_bare_clause(words, clause):
    m = BARE_CLAUSE.match(words)
    assert m is not None and m["clause"] == clause


@pytest.mark.parametrize("words", [" rockets were fired at Sderot", " Britain offered naval help", " on Sunday.",
                                   " the troops entered the village", " the envoy did visit Gaza"])
def test_no_bare_clause(words):
    assert BARE_CLAUSE.match(words) is None


@pytest.mark.parametrize("rx, words, hit", [
    (EXPRESSED_OBJECT, " hope that the talks resume", True),
    (EXPRESSED_OBJECT, " deep concern over the raids", True),
    (EXPRESSED_OBJECT, " its full support for the Palestinians", False),   # background
    (EXPRESSED_OBJECT, " Oman's readiness to host the talks", True),        # an offer, the state's own
    (EXPRESSED_OBJECT, " its willingness to mediate", True),
    (EXPRESSED_OBJECT, " Oman's solidarity with the victims", False),       # background
    (INFINITIVE_ACT, " to retaliate against Israel", True),
    (INFINITIVE_ACT, " that it would retaliate", False),
    (DIRECTIVE, " residents not to return", True),
    (DIRECTIVE, " reporters to expect an answer", False),                   # the press is told no directive
    (PLACE_TIME_GAP, " at a press conference in Beirut on Monday", True),
    (PLACE_TIME_GAP, " on Monday Israel had bombed schools", False),          # a clause of its own
])
def test_clause_shapes(rx, words, hit):
    assert ((rx.fullmatch(words) if rx is PLACE_TIME_GAP else rx.match(words)) is not None) == hit


@pytest.mark.parametrize("content, fact", [
    ("no soldiers were hurt in the raid", True),
    # "No," as an answer is no determiner: a denial that the truce is dead is no casualty report
    ("No, the truce is not dead and the talks go on", False),
    ("The meeting was the first such gathering since the war began", True),
    ("Officials from Jordan were attending the meeting in the resort", True),
    ("The coalition held its first meeting in Riyadh", True),
    ("Israel must stop the raids that killed seven people", False),
    ("the talks would resume next week in Doha", False),
])
def test_fact_reports(content, fact):
    assert _fact_report(content, "said") == fact


# ---------------------------------------------------------------- round 20: the reporter's circumstance, naming acts

@pytest.mark.parametrize("words, cut", [
    # the reporter's circumstance after a comma ends the reported words
    ("an end to settlement building, after the United States declined to use its veto", ", after"),
    ("there is a real opportunity to end the war, after a day of talks in Beirut", ", after"),
    ("it would release three hostages on Sunday, days after the truce took effect", ", days after"),
    ("the crossing would stay shut, amid fears of a wider war", ", amid"),
    ("the talks had failed, following a night of strikes", ", following"),
])
def test_circumstance_cuts_the_clause(words, cut):
    m = CLAUSE_CUT.search(words)
    assert m is not None and m.group(0) == cut


@pytest.mark.parametrize("words", [
    "the crossing would open on Monday, after which aid trucks would enter",   # the speaker's sequence
    "the talks would resume after the holiday in Doha",                        # no comma: the speaker's words
    "it would keep fighting, even after a ceasefire is agreed",                # the speaker's condition
])
def test_no_circumstance_cut(words):
    assert CLAUSE_CUT.search(words) is None


@pytest.mark.parametrize("words, name", [
    (' the visit "a historic day"', "a historic day"),
    (" Israel's deadly raid on a Gaza-bound aid flotilla as “state terrorism”", "state terrorism"),
    (' it a "landmark development"', "landmark development"),
    (" the deal on Tuesday as “a historic achievement”", "a historic achievement"),
    (' on Sunday the agreement "a national achievement"', "a national achievement"),
])
def test_named(words, name):
    m = NAMED.match(words)
    assert m is not None and m["name"] == name


@pytest.mark.parametrize("words", [
    ' the "Lions\' Den" in Nablus',                                 # a group named so: no object but an article
    ' Israeli Prime Minister Benjamin Netanyahu to discuss the "next steps"',   # a call to act, then a quote
    ' for "maximum restraint"',                                         # a demand ('called for')
    ' "a crime"',                                                        # no object
])
def test_not_named(words):
    assert NAMED.match(words) is None


def test_naming_participle():
    t = 'condemned the strikes, calling them "a flagrant violation"'
    assert NAMING_PARTICIPLE.search(t)["verb"] == "calling"
    assert NAMING_PARTICIPLE.search("condemned the strikes, calling for restraint") is None


@pytest.mark.parametrize("words, listener", [
    # the body or the gathering a speaker addresses (lowercase), besides the press and capitalised names
    (" the council the vote was a victory for terror", " the council"),
    (" the Security Council the occupation must end", " the Security Council"),
    (" lawmakers the deal would be signed", " lawmakers"),
    (" a news conference the talks had failed", " a news conference"),
    (" reporters the group was studying the offer", " reporters"),
])
def test_listener(words, listener):
    m = LISTENER.match(words)
    assert m is not None and m.group(0) == listener


@pytest.mark.parametrize("words", [" the vote was a victory", " that the talks had failed"])
def test_no_listener(words):
    assert LISTENER.match(words) is None


@pytest.mark.parametrize("words, clause", [
    # a perfect whose predicate is quoted: the speaker's judgement ("had “rewarded terror”")
    (' the Government had "rewarded terror."', "the Government had \"rewarded"),
    (" the talks had been “clear, transparent and constructive”", "the talks had been “clear"),
])
def test_bare_clause_with_a_quoted_perfect(words, clause):
    m = BARE_CLAUSE.match(words)
    assert m is not None and m["clause"] == clause


@pytest.mark.parametrize("words", [" it had struck 50 targets in Gaza", " the army had been deployed"])
def test_a_perfect_in_the_reporters_words_stays_no_clause(words):
    assert BARE_CLAUSE.match(words) is None
