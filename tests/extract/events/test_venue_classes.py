"""Venues of ordinary world news: an envoy's recall "for consultations" (no venue), a building on a shore ("the
convention centre on the Dead Sea"), a topic phrase before a venue that the gathering's convener follows ("a
conference on Gaza at the Dead Sea co-hosted by Jordan"), a body's members voting in a place. Invented sentences,
positives and negatives (published on Monday 2024-03-04)."""
from __future__ import annotations

import pytest


def places(rows):
    return {loc for _, loc, _, _ in rows if loc}


@pytest.mark.parametrize("text, absent", [
    ("Sudan's ambassador in Nairobi, Ali Ahmed, was summoned to Port Sudan for consultations, the ministry said.",
     "Port Sudan"),
    ("Israel's ambassador to Sweden was called back to Jerusalem for consultations, the ministry said.", "Jerusalem"),
    ("Jordan recalled its envoy to Amman for urgent consultations on Sunday.", "Amman"),
    ("The charge d'affaires was ordered home to Ankara for consultations.", "Ankara"),
])
def test_an_envoys_recall_for_consultations_is_no_venue(venues_of, text, absent):
    assert absent not in places(venues_of(text))


@pytest.mark.parametrize("text, want", [
    # a gathering summoned to a place is one (no envoy recalled "for consultations")
    ("Egypt summoned the leaders of the Palestinian factions to El Alamein on Sunday.", "El Alamein"),
    # consultations held somewhere are a meeting there
    ("The envoy held consultations in Doha with Hamas leaders on Sunday.", "Doha"),
    # "recalled that" is remembering, not a recall
    ("The ambassador recalled that the envoys had met in Doha on Sunday for consultations.", "Doha"),
])
def test_other_summons_and_consultations_keep_their_venue(venues_of, text, want):
    assert want in places(venues_of(text))


@pytest.mark.parametrize("text, want", [
    ("King Abdullah addressed the conference at the King Hussein Bin Talal Convention Centre on the Dead Sea on "
     "Sunday.", "Dead Sea"),
    ("The ministers met at a hotel on the Dead Sea on Sunday.", "Dead Sea"),
])
def test_a_building_on_a_shore_is_at_that_place(venues_of, text, want):
    assert want in places(venues_of(text))


@pytest.mark.parametrize("text", [
    # a conference about a place: its topic, no building on its shore
    "The ministers discussed a conference on the Dead Sea on Sunday.",
    "Ministers met at the palace on the Dead Sea's shrinking shore.",
])
def test_a_topic_on_a_place_is_no_building_there(venues_of, text):
    assert "Dead Sea" not in places(venues_of(text))


@pytest.mark.parametrize("text, want", [
    ("Blinken will attend an emergency conference on Gaza at the Dead Sea co-hosted by Jordan and Egypt on Tuesday.",
     ("Dead Sea", "2024-03-05")),
    ("Envoys held talks on Sudan in Jeddah hosted by Saudi Arabia on Sunday.", ("Jeddah", "2024-03-03")),
    ("A summit on Libya in Berlin organised by Germany opened on Sunday.", ("Berlin", "2024-03-03")),
])
def test_a_topic_then_a_venue_its_convener_follows(venues_of, text, want):
    assert want in {(loc, d) for _, loc, d, _ in venues_of(text)}


@pytest.mark.parametrize("text, absent", [
    # a topic that happens somewhere stays the topic, whoever convened the talks
    ("Envoys held talks on the ceasefire in Gaza brokered by Qatar on Sunday.", "Gaza"),
])
def test_a_located_topic_stays_a_topic(venues_of, text, absent):
    assert absent not in places(venues_of(text))


@pytest.mark.parametrize("text, want", [
    ("Security Council members vote on the resolution in New York on Friday.", ("New York", "2024-03-01")),
    ("General Assembly members voted on the text in New York on Friday.", ("New York", "2024-03-01")),
])
def test_a_bodys_members_voting_somewhere_met_there(venues_of, text, want):
    assert want in {(loc, d) for _, loc, d, _ in venues_of(text)}


@pytest.mark.parametrize("text", [
    "Council members voted on Friday to back the plan.",  # no place: the seat is not guessed from a vote
    "Union members voted in Cairo on Friday.",  # no body of states
])
def test_a_vote_with_no_place_or_body_is_no_session(venues_of, text):
    assert places(venues_of(text)) == set()


@pytest.mark.parametrize("text, want", [
    ("The conference on the shores of the Dead Sea drew 75 delegations on Sunday.", "Dead Sea"),
    ("Ministers gathered on the shores of the Dead Sea on Sunday for the forum.", "Dead Sea"),
    ("Talks were held on the outskirts of Amman on Sunday.", "Amman"),
])
def test_on_the_shores_of_a_place_is_at_it(venues_of, text, want):
    assert want in places(venues_of(text))


@pytest.mark.parametrize("text, absent", [
    ("The agreement was signed by officers from the Government of National Accord (GNA) in Tripoli and from the LNA.",
     "Tripoli"),
    ("The ceasefire was signed in Geneva on Friday by officers from the government in Tripoli.", "Tripoli"),
    ("Talks were held in Doha on Sunday with envoys from the authorities in Kabul.", "Kabul"),
])
def test_the_seat_of_a_government_the_participants_come_from_is_no_venue(venues_of, text, absent):
    assert absent not in places(venues_of(text))


@pytest.mark.parametrize("text, want", [
    ("The ceasefire was signed in Geneva on Friday by officers from the government in Tripoli.", "Geneva"),
    ("Egyptian officials met delegates from Hamas in Cairo on Sunday.", "Cairo"),  # no government's seat
    ("Envoys from the government met in Tripoli on Sunday.", "Tripoli"),
])
def test_a_venue_beside_participants_origin_stays(venues_of, text, want):
    assert want in places(venues_of(text))


_SUMMIT = "World leaders met at the summit in Sharm el-Sheikh on {day}, the presidency said. Prices rose. "
_TRIP = "Back home, critics said the president, who flew to Egypt after the vote, had given too much away."


def test_an_undated_trip_to_a_country_is_the_recent_gathering_there(venues_of):
    # an undated trip to a country, reported with a dated gathering there the day before: that gathering's city and day
    rows = venues_of(_SUMMIT.format(day="Sunday") + _TRIP)
    assert ("Sharm el-Sheikh", "2024-03-03") in {(loc, d) for t, loc, d, _ in rows if t == "visit"}
    assert "Egypt" not in places(rows)


@pytest.mark.parametrize("text", [
    _SUMMIT.format(day="February 2") + _TRIP,  # the gathering was weeks ago: the trip is not it
    # two cities of the country in those days: neither
    "Envoys met in Cairo on Saturday, aides said. " + _SUMMIT.format(day="Sunday") + _TRIP,
    _SUMMIT.format(day="Sunday") + _TRIP.replace("flew", "will fly"),  # a plan
])
def test_a_trip_to_a_country_keeps_it_without_one_recent_city(venues_of, text):
    assert {loc for t, loc, _, _ in venues_of(text) if t == "visit"} == {"Egypt"}


@pytest.mark.parametrize("text, gone", [
    # an arrival on the eve of the meeting it came for, in the same city: the meeting's journey, no row of its own
    ("Tinubu arrived in Riyadh on Thursday night. Leaders ended a summit in Riyadh on Saturday.", "2024-02-29"),
    ("Jaishankar, who arrived in Tehran on Saturday evening, held talks in Tehran on Sunday.", "2024-03-02"),
])
def test_an_arrival_on_the_eve_of_a_meeting_there_is_its_journey(venues_of, text, gone):
    rows = venues_of(text)
    assert gone not in {d for _, _, d, _ in rows}
    assert any(t == "meeting" for t, _, _, _ in rows)


@pytest.mark.parametrize("text, kept", [
    ("He arrived in Cairo on Monday. He will meet Sisi in Cairo next month.", ("Cairo", "2024-03-04")),  # weeks apart
    ("Kerry arrived in Jerusalem on Thursday. He met Netanyahu in Amman on Friday.", ("Jerusalem", "2024-02-29")),
    ("The envoy arrived in Doha on Sunday for talks with Hamas.", ("Doha", "2024-03-03")),  # no later meeting
])
def test_an_arrival_with_no_later_meeting_there_stays(venues_of, text, kept):
    assert kept in {(loc, d) for t, loc, d, _ in venues_of(text) if t == "visit"}


@pytest.mark.parametrize("text, want", [
    # a passive signing of "the agreement" right after a dated accord: that accord's day
    ("Argentina and Iran yesterday signed a memorandum on the bombing. The agreement was signed in Addis Ababa, on the "
     "sidelines of the summit, by the two ministers.", ("Addis Ababa", "2024-03-03")),
    ("Sudan's rivals on Saturday signed a ceasefire deal. The deal was signed in Jeddah by envoys of both sides.",
     ("Jeddah", "2024-03-02")),
])
def test_a_passive_signing_after_a_dated_accord_takes_its_day(venues_of, text, want):
    assert want in {(loc, d) for _, loc, d, _ in venues_of(text)}


@pytest.mark.parametrize("text, absent", [
    # no definite accord as subject: another signing
    ("Argentina and Iran yesterday signed a memorandum. A new trade deal is to be signed in Addis Ababa next month.",
     "2024-03-03"),
    # the accord before is no signing of this sentence's time (a plan)
    ("The two sides will sign a memorandum on Friday. The agreement was signed in Addis Ababa, officials said.",
     "2024-03-08"),
])
def test_other_signings_keep_their_own_day(venues_of, text, absent):
    assert absent not in {d for _, loc, d, _ in venues_of(text) if loc == "Addis Ababa"}


@pytest.mark.parametrize("text, want", [
    # a description, then the name in apposition
    ("Sudan's government and the rebels on Saturday signed a peace agreement in the South Sudanese capital, Juba, "
     "ending a year of negotiations.", ("Juba", "2024-03-02")),
    ("Talks were held in the Jordanian capital, Amman, on Saturday.", ("Amman", "2024-03-02")),
    # initialling an agreement is a signing
    ("The agreement, initialled in Juba on February 28, provides for a council.", ("Juba", "2024-02-28")),
    # "the ceremony" after an agreement signed earlier in the article: that signing's ceremony
    ("Aoun signed the letter in Baabda on Sunday. The agreement ends the dispute. Wronecka, who attended the ceremony "
     "in Naqoura, called for reform.", ("En Naqoura", "2024-03-04")),
])
def test_signings_in_apposition_initialled_or_referred_back(venues_of, text, want):
    assert want in {(loc, d) for _, loc, d, _ in venues_of(text)}


@pytest.mark.parametrize("text", [
    "Wronecka, who attended the ceremony in Naqoura, called for reform.",  # no signing in the article
    "Aoun signed the letter in Baabda. The agreement ends the dispute. Wronecka attended a memorial ceremony in "
    "Naqoura.",  # a ceremony of another kind
    "The minister initialled the decree in Juba on Sunday.",  # a decree is signed alone
])
def test_other_ceremonies_and_initials_are_no_signing(venues_of, text):
    assert not {loc for _, loc, _, _ in venues_of(text)} & {"En Naqoura", "Juba"}


def _sited(text):
    from lib.extract import extract_document
    from lib.extract.document import document_from_text

    doc = document_from_text("t", text, published="2024-03-04")
    return {(e.location, e.lat is not None) for e in extract_document(doc).events if e.event_type in ("meeting", "visit")}


@pytest.mark.parametrize("text, want", [
    # a country named like its capital: a planned trip there is a trip to the city, sited
    ("He said he would travel to Luxembourg on Monday for the next meeting of EU foreign ministers.",
     ("Luxembourg", True)),
    ("The minister will visit Singapore next week.", ("Singapore", True)),
])
def test_a_planned_trip_to_a_country_named_like_its_capital_is_sited(text, want):
    assert want in _sited(text)


@pytest.mark.parametrize("text, want", [
    ("He will travel to Kuwait on Monday for talks.", ("Kuwait", False)),  # Kuwait City: another name
    ("He will travel to Turkey on Tuesday.", ("Turkey", False)),
])
def test_a_planned_trip_to_another_country_has_no_site_yet(text, want):
    assert want in _sited(text)


@pytest.mark.parametrize("text, want", [
    # an office named with "for" is part of a participant's title, not a purpose phrase
    ("He said he would meet Qatar's minister of state for foreign affairs, Mohammed Al-Khulaifi, in Doha on Sunday.",
     ("Doha", "2024-03-10")),
    ("He met the Vatican's secretary for relations with states in Rome on Sunday.", ("Rome", "2024-03-03")),
])
def test_an_office_named_with_for_does_not_end_the_reach(venues_of, text, want):
    assert want in {(loc, d) for _, loc, d, _ in venues_of(text)}


@pytest.mark.parametrize("text", [
    "He met the minister for talks on the fighting in Gaza on Sunday.",  # a purpose, and a located topic
    "He met the envoy for an hour before flying to Amman on Sunday.",  # a duration, then another trip's place
])
def test_a_purpose_for_still_ends_the_reach(venues_of, text):
    assert not [r for r in venues_of(text) if r[0] == "meeting" and r[1] in ("Gaza", "Amman")]


@pytest.mark.parametrize("text, want", [
    # a seat named "... Hill" takes "on"
    ("Netanyahu is scheduled to meet lawmakers on Capitol Hill on Wednesday before returning to Israel.",
     "Capitol Hill"),
    ("The ministers met on Parliament Hill on Sunday.", "Ottawa"),
])
def test_a_seat_on_a_hill(venues_of, text, want):
    assert want in places(venues_of(text))


@pytest.mark.parametrize("text", [
    "Lawmakers on Capitol Hill criticised the visit on Wednesday.",  # the visit's place is not theirs
    "The talks on Capitol Hill's budget ended on Sunday.",  # a topic
])
def test_a_hill_that_is_no_venue(venues_of, text):
    assert "Capitol Hill" not in places(venues_of(text))


@pytest.mark.parametrize("text, want", [
    # the grounds of a building before its name
    ("Netanyahu yesterday signed normalization agreements with the UAE and Bahrain at a ceremony on the South Lawn of "
     "the White House in Washington, hosted by US President Donald Trump.", ("Washington", "2024-03-03")),
    ("Trump presided over the signing of the accords on the South Lawn of the White House on Tuesday.",
     ("Washington", "2024-02-27")),
    ("Trump met Netanyahu on the South Lawn of the White House on Tuesday.", ("Washington", "2024-02-27")),
])
def test_the_grounds_of_a_building_are_at_it(venues_of, text, want):
    assert want in {(loc, d) for _, loc, d, _ in venues_of(text)}


@pytest.mark.parametrize("text", [
    "Protesters gathered on the steps of the Capitol on Tuesday.",  # a crowd, no meeting
    "Trump met Netanyahu on Tuesday, and reporters waited on the lawn of the White House.",  # another clause
])
def test_grounds_that_are_no_meetings_venue(venues_of, text):
    assert "Washington" not in places(venues_of(text))


def test_an_undated_first_mention_takes_the_day_of_the_dated_report_after_it(venues_of):
    # a caption above the story ("The signing ceremony in Washington.") and the lede that dates it
    rows = venues_of("The signing ceremony at the White House in Washington. Netanyahu yesterday signed the accords "
                     "with the UAE at a ceremony at the White House in Washington.")
    assert {(loc, d) for _, loc, d, _ in rows if loc} == {("Washington", "2024-03-03")}


@pytest.mark.parametrize("text, kept", [
    # the dated mention is weeks old: another meeting, today's undated one stays
    ("Abbas met Sisi in Cairo, officials said. The two men had met in Cairo on February 2 as well.",
     ("Cairo", "2024-03-04")),
    # a plan after a past meeting is no repeat
    ("Abbas met Sisi in Cairo, officials said. They will meet in Cairo again on Thursday.", ("Cairo", "2024-03-04")),
])
def test_an_undated_meeting_keeps_its_day_against_other_meetings(venues_of, text, kept):
    assert kept in {(loc, d) for _, loc, d, _ in venues_of(text)}


@pytest.mark.parametrize("text, want", [
    # a relative clause on the trip's own course: its first leg
    ("The meeting at the palace in Cairo came as Blinken wrapped up a six-country tour of the region that began in "
     "Tel Aviv on Thursday.", ("Tel Aviv", "2024-02-29")),
    # a described place with adjectives of its own
    ("GCC leaders signed the declaration at their 41st summit in the Saudi heritage city of Al Ula on Tuesday.",
     ("AlUla", "2024-02-27")),
    ("Leaders met in the ancient desert town of Palmyra on Tuesday.", ("Tadmur", "2024-02-27")),
])
def test_a_trips_first_leg_and_a_described_city(venues_of, text, want):
    assert want in {(loc, d) for _, loc, d, _ in venues_of(text)}


@pytest.mark.parametrize("text", [
    "He met the man who was born in Gaza on Tuesday.",  # a person's life, no course of the meeting
    "He met the envoy that began work in Gaza on Tuesday.",  # the clause has an object of its own
])
def test_other_relative_clauses_keep_their_place(venues_of, text):
    assert "Gaza" not in places(venues_of(text))


@pytest.mark.parametrize("text, want", [
    # a memorial on the itinerary of state visits, named with its kind after it
    ("The Turkish minister later visited the Yad Vashem Holocaust memorial and the Al-Aqsa Mosque compound.",
     "Yad Vashem"),
    ("The chancellor laid a wreath at Yad Vashem on Monday.", None),  # no visit or meeting word: no venue row
])
def test_a_visit_to_a_memorial(venues_of, text, want):
    got = places(venues_of(text))
    assert want in got if want else got == set()


@pytest.mark.parametrize("text, want, absent", [
    # a place that only locates the one before it is no second venue
    ("The first meeting was held at the Dumayr military airport near Damascus on February 28.", "Ad Dumayr", "Damascus"),
    ("Delegations have been meeting at a hotel in Sweimeh, west of Amman, since February 28.", "Sweimeh", "Amman"),
])
def test_a_place_locating_the_venue_is_no_second_venue(venues_of, text, want, absent):
    got = places(venues_of(text))
    assert want in got and absent not in got


def test_two_legs_stay_two_venues(venues_of):
    assert {"Amman", "Cairo"} <= places(venues_of("They met in Amman and in Cairo on Thursday."))
