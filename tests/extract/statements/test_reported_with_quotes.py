"""Statements: reported speech in a sentence that also holds quotes (the clause is read besides the quoted
fragments), and what stays no statement (a clause that is only a quote, a meeting reported as an event)."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def rows(text: str, published: str = "2022-03-14"):
    doc = document_from_text("t", text, published=published)
    return S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))


def reported(text: str):
    return [(r.faction, r.quote) for r in rows(text) if r.kind == "indirect"]


@pytest.mark.parametrize("text, expected", [
    # a coordinated clause after a quoted fragment; the first clause frames the fragment (up to its closing mark);
    # (the second clause much longer than the first: two rows; of like length they are one, ``clauses._runs_on``)
    ('Qatar said the offer was "a step forward," but added that the talks would resume in Doha next week with delegations from both sides, the mediators and observers from the United Nations.',
     [("Qatar", 'the offer was "a step forward'), ("Qatar", "the talks would resume in Doha next week with delegations from both sides, the mediators and observers from the United Nations")]),
    ('Qatar said the offer was "a step forward," but added that the talks would resume in Doha next week.',
     [("Qatar", 'the offer was "a step forward," but added that the talks would resume in Doha next week')]),
    # a reported clause with quoted fragments inside it
    ('Jordan\'s foreign ministry said in a statement that Amman warned against "any unilateral step" in the city '
     'and called for restraint.',
     [("Jordan", 'Amman warned against "any unilateral step" in the city and called for restraint')]),
    # a bare clause (no 'that') whose predicate holds a quote
    ('Hamas said it would not "stand idly by" if the raids on the camp continued.',
     [("Hamas", 'it would not "stand idly by" if the raids on the camp continued')]),
])
def test_reported_clause_in_a_sentence_with_quotes(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    # the clause is only the quote: the quote's own row says it
    'Egypt said that "the crossing will stay open for the wounded."',
    # a direct quote with its attribution after it
    '"We will not accept any deal that keeps the siege," Hamas spokesman Hazem Qassem said.',
    # a meeting reported as an event, with a short quote of its aim
    'Egyptian and Qatari officials were holding talks in Cairo on Monday "to restore calm," Egypt\'s foreign '
    'ministry said.',
])
def test_no_reported_clause_from_quotes_alone_or_meetings(text):
    assert reported(text) == []


def test_quoted_fragment_keeps_its_own_row_beside_the_clause():
    out = [(r.kind, r.quote) for r in rows('Qatar said the offer was "a real step forward," but added that the '
                                           'talks would resume in Doha next week.')]
    assert ("partial", "a real step forward") in out
    assert ("indirect", 'the offer was "a real step forward," but added that the talks would resume in Doha next '
                        'week') in out


def test_clause_stops_where_a_quote_opens_a_new_sentence():
    out = reported('Jordan condemned the raid on the refugee camp. « This is a grave violation of the law », '
                   'spokesman Omar Nasser said.')
    assert out == [("Jordan", "condemned the raid on the refugee camp")]


@pytest.mark.parametrize("text, expected", [
    # a state of mind is no passive act
    ("UN Secretary-General Antonio Guterres says he is deeply alarmed by the shelling and urges all sides to stop.",
     [("United Nations", "he is deeply alarmed by the shelling and urges all sides to stop")]),
    # an attitude in the past
    ("Qatar said it appreciated the efforts of the mediators in Cairo.",
     [("Qatar", "it appreciated the efforts of the mediators in Cairo")]),
    # a short quote opening the predicate
    ('The State Department said the United States "strongly supports" the truce and urged all sides to respect it.',
     [("United States", 'the United States "strongly supports" the truce and urged all sides to respect it')]),
    # the quote's own attribution after it is no part of the clause
    ('Hamas said it "rejects the conference and every plan that aims at calm," senior member Mousa Abu Marzouk '
     'said in a statement.', []),
])
def test_predicates_of_a_reported_clause(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    "Israel said it was attacked from the north overnight.",       # a passive: a fact report
    "The army said the soldiers were wounded near the fence.",     # a passive
])
def test_passives_stay_fact_reports(text):
    assert reported(text) == []


def test_the_statement_after_a_coordinated_verb_is_the_subjects():
    text = ('Netanyahu\'s office said the offer was "far from our demands," but added that a delegation would go to '
            'Cairo.\n\n"The cabinet decided that the operation in the city will continue," the statement said.')
    assert [(r.speaker, r.faction) for r in rows(text, "2024-05-06") if r.kind == "direct"] == [
        ("Netanyahu's office (statement)", "Israel")]


# ---------------------------------------------------------------- round 12: a clause framing a quoted predicate

@pytest.mark.parametrize("text, expected", [
    # a subject and its verb of the speaker's own, then the quoted predicate: the clause is a row besides the fragment
    ('Jordan\'s foreign minister Ayman Safadi said the raid was "a flagrant breach of every norm".',
     ("Jordan", 'the raid was "a flagrant breach of every norm"')),
    ('Qatar\'s foreign ministry said the proposal remained "the only realistic path" to a lasting truce.',
     ("Qatar", 'the proposal remained "the only realistic path" to a lasting truce')),
    # a speech act with its object counts its verb: four words are enough
    ('Jordanian Foreign Minister Ayman Safadi called the strikes "a crime against civilians" and urged Europe to '
     'act.', ("Jordan", "urged Europe to act")),
])
def test_clause_framing_a_quoted_predicate(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # the frame is only a pronoun and a verb: the quote's own row says it
    'Hamas said it was "ready to discuss any serious offer from the mediators".',
    # an act's frame around a longer quote ("calling it “…”") is no clause
    'Egyptian Foreign Minister Sameh Shoukry denounced the raid, calling it "a crime that the region will long '
    'remember and never forgive".',
    # a clause cut at a comma inside its quote is no row
    'Israel\'s prime minister\'s office said the talks were "constructive, but there are still gaps to close".',
    # a passive act reported in the frame stays a fact report
    'The Israeli military said troops had "returned fire at armed suspects near the fence".',
    # a four-word clause of no quote in a sentence with quotes
    '"We stand with Gaza," Jordanian Foreign Minister Ayman Safadi said. He said he would return.',
])
def test_no_clause_framing_a_quote(text):
    got = reported(text)
    assert not any(q.startswith(("it was", "denounced", "the talks were", "troops had", "he would")) for _, q in got)


# ---------------------------------------------------------------- a reported clause, then a quote interrupted by "he said"

def _rows(text: str, published: str = "2024-06-10"):
    doc = document_from_text("t", "Talks go on\n\n" + text, published=published)
    return [(r.speaker, r.faction, r.kind, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))]


@pytest.mark.parametrize("text, speaker, tail", [
    # agency copy, curly quotes
    ("Hamas official Basem Naim told Al Jazeera the movement had accepted the proposal, but Israel, he said, "
     "“keeps moving the goalposts every time we get close.”", "Basem Naim", "get close.”"),
    # a UK paper, straight quotes, 'and'
    ("Jordanian Foreign Minister Ayman Safadi said Amman would send more aid convoys this week, and the crossings, he "
     "added, \"must open day and night without conditions.\"", "Ayman Safadi", "without conditions.\""),
    # a Gulf outlet, 'while'
    ("Egyptian Foreign Minister Sameh Shoukry told reporters Cairo would keep mediating between the two sides, while the occupation, he "
     "insisted, \"bears full responsibility for the collapse of the truce.\"", "Sameh Shoukry",
     "collapse of the truce.\""),
])
def test_an_interrupted_quote_joins_its_reported_clause(text, speaker, tail):
    got = _rows(text)
    assert len(got) == 1 and got[0][0] == speaker and got[0][2] == "indirect" and got[0][3].endswith(tail), got


@pytest.mark.parametrize("text", [
    # another speaker interrupts: two statements of two sides
    "Hamas official Basem Naim said the movement had accepted the proposal, but Israel, Netanyahu said, \"will never "
    "agree to a deal that leaves Hamas in power.\"",
    # a pronoun of another kind than the speaker ('it' after a person)
    "Hamas official Basem Naim said the movement had accepted the proposal, but the plan, it said, \"was drafted "
    "without consulting the movement at all.\"",
])
def test_interrupted_quote_negatives(text):
    got = _rows(text)
    assert not any(k == "indirect" and "“" not in q and "\"" in q for _, _, k, q in got), got
    assert not any(k == "indirect" and q.endswith(("power.\"", "all.\"")) for _, _, k, q in got), got


# round 18: a reported clause that opens with a quote and goes on in the reporter's words is one row, the opening
# mark with it (the quote alone stays a partial row); a quote followed by a comma and a clause of its own is not
@pytest.mark.parametrize("text, expected", [
    ('Egyptian Foreign Minister Sameh Shoukry told the delegations that "the time is right" for a Palestinian state.',
     ("Egypt", '"the time is right" for a Palestinian state')),
    ('Qatar\'s foreign ministry said that "the window is closing" for a deal on the captives.',
     ("Qatar", '"the window is closing" for a deal on the captives')),
])
def test_clause_opening_with_a_quote(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # the quote is the whole clause: a partial row only
    'Egyptian Foreign Minister Sameh Shoukry said that "the time is right for a Palestinian state."',
    # words after the quote's comma are a clause of their own (a participle), not the quote's
    'Egyptian Foreign Minister Sameh Shoukry said that "the time is right," stressing the need for a state.',
])
def test_no_clause_row_for_a_whole_quote(text):
    assert not any(q.startswith('"the time') for _, q in reported(text))


# round 20: a body addressed before the clause ("told the council the vote was ..."), a quoted perfect
@pytest.mark.parametrize("text, expected", [
    ('Israel\'s ambassador Danny Danon told the council the vote was "a victory for terror and a day of shame".',
     ("Israel", 'the vote was "a victory for terror and a day of shame"')),
    ("Irish Foreign Minister Micheal Martin told lawmakers the embassy would open in Ramallah next month.",
     ("Ireland", "the embassy would open in Ramallah next month")),
    ('Israeli ambassador Dana Erlich said the Irish government had "rewarded terror."',
     ("Israel", 'the Irish government had "rewarded terror."')),
])
def test_listening_body_and_quoted_perfect(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # a past act in the reporter's words stays a fact report
    "The Israeli military said it had struck 50 targets in northern Gaza overnight.",
    # a body told of a fact with no clause of a position
    "Jordan's foreign minister told the council about the raid on the camp.",
])
def test_no_clause_from_a_reported_fact_or_a_topic(text):
    assert reported(text) == []
