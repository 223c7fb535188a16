"""Venues of real-world phrasings: a host receiving several visitors, a schedule's place ("set for Cairo"), a
judging or naming verb after a fronted place, a traveller's return after a visit. Invented sentences, positives
and negatives (published on Monday 2024-03-04)."""
from __future__ import annotations

import pytest


def places(rows):
    return {loc for _, loc, _, _ in rows if loc}


@pytest.mark.parametrize("text, want", [
    # a host receiving visitors named by a plural group noun
    ("President Donald Trump received the three delegations at the White House on Thursday.", "Washington"),
    ("The king received the visiting ministers in Amman on Sunday.", "Amman"),
    ("The emir received the envoys at the Amiri Diwan in Doha on Sunday.", "Doha"),
    # the singular as before
    ("Sisi received the Qatari delegation in Cairo on Sunday.", "Cairo"),
])
def test_a_host_receiving_visitors_meets_them_there(venues_of, text, want):
    assert want in places(venues_of(text))


@pytest.mark.parametrize("text", [
    # what is received is no visitor
    "The ministry received the reports of the envoys in Cairo on Sunday.",
    "Egypt received the letters of the delegations in Cairo on Sunday.",
])
def test_receiving_things_of_visitors_is_no_meeting(venues_of, text):
    assert not [r for r in venues_of(text) if r[2] == "2024-03-03"]


@pytest.mark.parametrize("text, want", [
    # a schedule's place after "set for" / "scheduled for": the meeting is planned there
    ("The next round of talks is set for Cairo on Sunday.", ("Cairo", "2024-03-10")),
    ("A summit of Arab leaders is scheduled for Riyadh next month.", ("Riyadh", "2024-04")),
    ("The meeting is set for Sunday in Cairo.", ("Cairo", "2024-03-10")),
])
def test_a_schedules_place_is_the_planned_venue(venues_of, text, want):
    assert want in {(loc, d) for _, loc, d, _ in venues_of(text)}


@pytest.mark.parametrize("text", [
    "The aid ship set for Gaza was stopped before the talks.",  # a ship's destination, no meeting's place
    "Talks are set for next week, with a delegation from Egypt.",  # a delegation's origin
])
def test_set_for_names_no_other_place(venues_of, text):
    assert places(venues_of(text)) == set()


@pytest.mark.parametrize("text, absent", [
    # a fronted place is where the speaker named or judged the meeting, not the meeting's place
    ('In Gaza, a Hamas spokesman, Hazem Qassem, called the signing of the agreement "a black day".', "Gaza"),
    ("In Tehran, the foreign ministry described the talks as a failure.", "Tehran"),
    ("In Ramallah, officials dubbed the conference a show.", "Ramallah"),
])
def test_a_fronted_place_of_a_naming_verb_is_no_venue(venues_of, text, absent):
    assert absent not in places(venues_of(text))


@pytest.mark.parametrize("text, want", [
    # the fronted place of the meeting itself stays its venue
    ("In Doha, the two sides held talks on Monday.", "Doha"),
    ("In Cairo, the envoys met on Monday and called the talks useful.", "Cairo"),
])
def test_a_fronted_place_of_the_meeting_stays(venues_of, text, want):
    assert want in places(venues_of(text))


@pytest.mark.parametrize("text, want, absent", [
    # a return or a flight home after "and" is the traveller's next move: not the visit's place
    ("Abbas, who cut short his visit to Amman and returned to Ramallah, declared three days of mourning.",
     "Amman", "Ramallah"),
    ("The envoy visited Cairo and returned to Doha on Monday.", "Cairo", "Doha"),
    ("He visited Amman and then flew home to Washington.", "Amman", "Washington"),
])
def test_a_return_after_a_visit_is_no_venue(venues_of, text, want, absent):
    got = places(venues_of(text))
    assert want in got and absent not in got


@pytest.mark.parametrize("text, want", [
    # coordinated places of one meeting stay (no return verb)
    ("The envoy held talks in Cairo and Doha on Monday.", {"Cairo", "Doha"}),
    ("He visited Amman and Riyadh on Sunday.", {"Amman", "Riyadh"}),
])
def test_coordinated_venues_without_a_return_stay(venues_of, text, want):
    assert want <= places(venues_of(text))


@pytest.mark.parametrize("text, want", [
    # a UN body's vote at a place: its members gathered there
    ("The Security Council unanimously adopted Resolution 1701 on Friday night in New York.", ("New York", "2024-03-01")),
    ("The General Assembly overwhelmingly adopted the text in New York on Thursday.", ("New York", "2024-02-29")),
])
def test_a_bodys_vote_at_a_place_is_a_session_there(venues_of, text, want):
    assert want in {(loc, d) for _, loc, d, _ in venues_of(text)}


@pytest.mark.parametrize("text", [
    "The Security Council adopted the resolution on Friday.",  # no place: no venue
    "Israel voted against the resolution in the General Assembly in New York.",  # a member's vote: dated apart
    "Residents voted in the council elections in Gaza.",  # an election, no body's session
    "The council voted to expand settlements in the West Bank.",  # the place of what was voted
    "The cabinet adopted a plan for reconstruction in Gaza on Sunday.",
])
def test_votes_without_a_sessions_place_have_no_venue(venues_of, text):
    assert places(venues_of(text)) == set()


@pytest.mark.parametrize("text, want", [
    # the topic of talks, then their place: the place is the venue when the talks' own verb follows it
    ("Two days of talks on Syria in the Kazakh capital Astana ended on Tuesday.", "Astana"),
    ("Two days of talks on Syria in Astana ended on Tuesday.", "Astana"),
    ("Talks on Syria in Astana were held on Tuesday.", "Astana"),
])
def test_talks_on_a_topic_in_a_city_are_held_there(venues_of, text, want):
    assert want in places(venues_of(text))


@pytest.mark.parametrize("text", [
    "Talks on a ceasefire in Gaza ended on Tuesday.",  # a topic that happens somewhere
    "Talks on the situation in Gaza continued.",
    "Talks on Syria in Astana reflect Russian influence.",  # no verb of the talks' course: undecided
])
def test_a_topics_place_is_no_venue(venues_of, text):
    assert places(venues_of(text)) == set()


@pytest.mark.parametrize("text, want", [
    # a speaker placed right before or after a meeting of theirs: the meeting was there too
    ("Speaking in Jerusalem before a meeting with Dutch Foreign Minister Bert Koenders, Netanyahu said Israel was not "
     "bound by the deal.", "Jerusalem"),
    ("Speaking in Amman ahead of talks with King Abdullah, Blinken said the truce must hold.", "Amman"),
    ("Blinken, speaking in Tel Aviv after meeting Netanyahu, said the deal was close.", "Tel Aviv"),
])
def test_a_speaker_placed_next_to_their_meeting_places_it(venues_of, text, want):
    assert want in places(venues_of(text))


@pytest.mark.parametrize("text, absent", [
    ("Speaking in Ankara before the talks collapsed, Fidan said the truce would hold.", "Ankara"),  # a clause of its own
    ("Speaking in Ankara ahead of talks in Doha, Fidan said the truce would hold.", "Ankara"),  # the talks' own place
    ("Fidan told reporters in Ankara on Monday that talks would resume.", "Ankara"),  # where it was said only
])
def test_where_a_statement_was_made_is_no_venue(venues_of, text, absent):
    assert absent not in places(venues_of(text))


@pytest.mark.parametrize("text, want", [
    # a visitor of the country they visit, named by its demonym: a trip home, no diplomatic venue
    ("Pakistan said the Iranian envoy, who was visiting Iran at the time, may not return.", set()),
    ("We have informed the Iranian side that its Ambassador, who is currently visiting Iran, may not return.", set()),
    # a foreign visitor's visit stays
    ("The Qatari emir, who was visiting Iran on Monday, met Raisi.", {"Iran"}),
    ("The Iranian foreign minister, who was visiting Oman on Monday, met the sultan.", {"Oman"}),
])
def test_a_visit_home_is_no_venue(venues_of, text, want):
    assert places(venues_of(text)) == want
