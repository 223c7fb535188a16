"""Events (issue 13): referenced events with their own dates, dates that are no event's, venues found by
periphrasis, by the dateline or by the previous sentence, and one row per happening. Tables with negatives."""
from __future__ import annotations

import pytest

from lib.extract import Context
from lib.extract import events as ev
from lib.extract.document import document_from_text
from tests.extract.test_events import DATES, _find, context, venues

EXTRA_DATES = {"1967": "1967", "2005": "2005", "2017": "2017", "October 7": "2022-10-07", "in 2010": "2010",
               "since last month": "2023-02", "on Friday": "2023-03-17", "at the start of last month": "2023-02",
               "on Wednesday": "2023-03-15", "Jan. 9": "2023-01-09", "on March 10": "2023-03-10",
               "on Feb. 4": "2023-02-04", "at the end of last month": "2023-02"}


def run(text: str, published: str = "2023-03-19", doc=None):
    doc = doc or document_from_text("t", text, published=published)
    base = context(text, published, doc)
    table = {k: v for k, v in EXTRA_DATES.items() if k not in DATES}
    extra = _find(doc.text, table, doc.article_id, "date", lambda v: dict(value=v, precision="day" if len(v) == 10 else ""))
    taken = [(m.start, m.end) for m in extra]
    kept = tuple(m for m in base.dates if not any(s < m.end and m.start < e for s, e in taken))
    ctx = Context(doc=doc, dates=tuple(sorted(kept + extra, key=lambda m: m.start)), places=base.places,
                  actors=base.actors)
    return ev.extract(ctx, [], [])


def dated(events, types=("meeting", "visit")) -> list[tuple]:
    return sorted({(e.event_type, e.date) for e in events if e.event_type in types})


# ----------------------------------------------------------------------------- a year of a noun is no event's date

@pytest.mark.parametrize("text, expected", [
    # a year or date modifying another noun, or a period's start after a noun trigger, dates no event
    ("He urged efforts to re-launch negotiations towards a state on the 1967 borders.", [("meeting", "2023-03-19")]),
    ("Officials met to discuss the 2005 disengagement.", [("meeting", "2023-03-19")]),
    ("It will be his ninth trip to the region since October 7.", [("visit", "2023-03-19")]),
    ("Leaders agreed, in the first such visit since 2017, to disarm the camps.", [("visit", "2023-03-19")]),
    # negatives: the trigger's own year before it; a verb's series since a date; a date after the trigger
    ("The 2005 talks failed.", [("meeting", "2005")]),
    ("Fatah and Hamas have met in Cairo since last month.", [("meeting", "2023-02")]),
    # a verb's "since" date years back starts a series of meetings, no one happening
    ("Egypt has hosted several rounds of talks in Cairo since 2005, when the split began.", []),
    ("The joint committee has met in Amman since 2017.", []),
    # the date of a time-relation aside closed by a comma dates no trigger after it
    ("Sisi recalled the envoys, withdrawn after the war began in 2005, and praised the talks in Cairo.",
     [("meeting", "2023-03-19")]),
    ("Ministers met in Amman in 2010 to discuss the 1967 borders.", [("meeting", "2010")]),
])
def test_a_year_of_a_noun_dates_no_event(text, expected):
    assert dated(run(text)) == expected


def test_the_date_basis_says_article_when_only_the_publication_date_is_left():
    evs = [e for e in run("He urged efforts to re-launch negotiations towards a state on the 1967 borders.")
           if e.event_type == "meeting"]
    assert [(e.date, e.date_basis) for e in evs] == [("2023-03-19", "article")]


# ----------------------------------------------------------------------------- referenced events: their own date

@pytest.mark.parametrize("text, expected", [
    # an offset phrase after the main clause's event dates the referenced event from it
    ("Envoys held a third round of talks in Doha on Sunday, two weeks after the envoys met in Rome.",
     [("meeting", "Doha", "2023-03-19"), ("meeting", "Rome", "2023-03-05")]),
    ("Envoys held talks in Doha on Sunday, two weeks after they met in Rome and a week after a second round in "
     "Cairo.", [("meeting", "Cairo", "2023-03-12"), ("meeting", "Doha", "2023-03-19"), ("meeting", "Rome", "2023-03-05")]),
    ("Abbas met Sisi in Cairo on Sunday, two days after his first trip abroad took him to Riyadh.",
     [("meeting", "Cairo", "2023-03-19"), ("visit", "Riyadh", "2023-03-17")]),
    # a round named with its place and a date of its own
    ("The talks follow the earlier round in Doha last month.", [("meeting", "Doha", "2023-02")]),
    # negatives: no offset phrase (the sentence's date); an offset with no anchor before it; a round not placed
    ("Envoys held talks in Doha on Sunday, after the envoys met in Rome.",
     [("meeting", "Doha", "2023-03-19"), ("meeting", "Rome", "2023-03-19")]),
    ("Two weeks after the envoys met in Rome, nothing had changed.", [("meeting", "Rome", "2023-03-19")]),
    ("The second round ended without agreement.", []),
])
def test_referenced_events_get_their_own_date(text, expected):
    assert sorted(venues(run(text))) == expected


@pytest.mark.parametrize("text, expected", [
    # travellers who left a place after talks had the talks there
    ("The team flew home from Doha after two days of talks on Sunday.", [("meeting", "Doha", "2023-03-19")]),
    ("The envoys returned from Cairo after talks with Hamas.", [("meeting", "Cairo", "2023-03-19")]),
    # negatives: talks named after another place later; a place that is not left
    ("The team flew home from Doha after talks in Cairo.", [("meeting", "Cairo", "2023-03-19")]),
    ("Protests in Doha came after two days of talks.", []),
])
def test_left_after_talks(text, expected):
    assert venues(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a place after the comma that closes a fronted subordinate clause is the main clause's, not the meeting's
    ("Hours after the meeting ended on Sunday, a gunman shot two men near the town of Nablus.", []),
    ("When the talks ended, protesters marched in Gaza.", []),
    # negatives: the place inside the subordinate clause; no subordinate clause
    ("Hours after the meeting in Aqaba ended, a gunman shot two men.", [("meeting", "Aqaba", "2023-03-19")]),
    ("Officials met on Sunday, and later travelled with aides to Amman.", []),
    ("Abbas met Sisi on Sunday, a day of rain, in Cairo.", [("meeting", "Cairo", "2023-03-19")]),
])
def test_a_fronted_subordinate_clause_keeps_its_place(text, expected):
    assert venues(run(text)) == expected


# ----------------------------------------------------------------------------- a related event's date is its own

@pytest.mark.parametrize("text, expected", [
    # a date after a time relation word (follows, after, ahead of) names the related event, not the trigger
    ("Her trip this week follows a meeting in Cairo last month.", [("meeting", "Cairo", "2023-02")]),
    ("The visit to Amman follows talks in Doha last month.",
     [("meeting", "Doha", "2023-02"), ("visit", "Amman", "2023-03-19")]),
    ("Blinken visited Amman after the summit in Riyadh on Thursday.",
     [("meeting", "Riyadh", "2023-03-16"), ("visit", "Amman", "2023-03-19")]),
    ("Blinken flew to Jeddah ahead of the vote on Thursday.", [("visit", "Jeddah", "2023-03-19")]),
    # negatives: the trigger's own date before the relation word; no relation word
    ("Blinken visited Amman on Thursday after the vote.", [("visit", "Amman", "2023-03-16")]),
    ("Blinken visited Amman last month.", [("visit", "Amman", "2023-02")]),
    ("Her trip this week brought her to Cairo.", [("visit", "Cairo", "2023-W11")]),
])
def test_a_date_after_a_time_relation_is_the_related_events(text, expected):
    assert sorted(venues(run(text))) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle's date, with its place between, dates no other trigger
    ("The accord signed in Cairo on Thursday was welcomed by envoys who met in Doha.",
     [("meeting", "Cairo", "2023-03-16"), ("meeting", "Doha", "2023-03-19")]),
    # hours of talks before a dated event end on its day
    ("The accord signed on Thursday came after more than six hours of talks in Moscow.",
     [("meeting", "Moscow", "2023-03-16")]),
    ("The deal on Monday came after hours of talks in Cairo.", [("meeting", "Cairo", "2023-03-13")]),
    # a meeting in a "where" clause after a dated leg is on that leg's day
    ("Blinken is due to travel on Tuesday to Doha, where he will meet the emir.", [("meeting", "Doha", "2023-03-14")]),
    # negatives: a subject's finite verb keeps its date for the next verb; no date before the hours; no "where"
    ("The envoys arrived in Cairo on Monday and met Sisi.",
     [("meeting", "Cairo", "2023-03-13"), ("visit", "Cairo", "2023-03-13")]),
    ("The accord came after hours of talks in Cairo.", [("meeting", "Cairo", "2023-03-19")]),
    ("Blinken is due to travel on Tuesday to Doha. He will meet the emir in Amman.",
     [("meeting", "Amman", "2023-03-19")]),
])
def test_a_referenced_event_is_dated_from_its_anchor(text, expected):
    assert sorted(venues(run(text))) == expected


@pytest.mark.parametrize("text, expected", [
    # a received visitor after an aside of place and date ("received, in X at the end of last month, Y")
    ("Abbas had received, in Ramallah at the end of last month, Blinken.", [("meeting", "Ramallah", "2023-02")]),
    ("Abbas received, in Amman on Monday, Blinken and Shoukry.", [("meeting", "Amman", "2023-03-13")]),
    # negative: no actor received
    ("Abbas had received, in Ramallah at the end of last month, reports of a raid.", []),
])
def test_received_after_an_aside(text, expected):
    assert sorted(venues(run(text))) == expected


@pytest.mark.parametrize("text, published, span", [
    # a part of a month or year keeps its value and narrows its interval to that third
    ("Abbas met Sisi in Cairo at the end of last month.", "2023-05-21", ("2023-04", "2023-04-21", "2023-04-30")),
    ("Abbas met Sisi in Cairo at the start of last month.", "2023-05-21", ("2023-04", "2023-04-01", "2023-04-10")),
    ("Abbas met Sisi in Cairo in early March.", "2023-05-21", ("2023-03", "2023-03-01", "2023-03-10")),
    # negative: a whole month
    ("Abbas met Sisi in Cairo last month.", "2023-05-21", ("2023-04", "2023-04-01", "2023-04-30")),
])
def test_a_part_of_a_month_narrows_the_interval(text, published, span):
    from lib.extract import extract_document

    evs = [e for e in extract_document(document_from_text("t", text, published=published)).events
           if e.event_type == "meeting"]
    assert [(e.date, e.date_start, e.date_end) for e in evs] == [span]


@pytest.mark.parametrize("text, expected", [
    # a relative clause that sets a meeting's day and place ("which was set for Thursday in X"): a future day there
    ("The League called for an urgent meeting, which was set for Thursday in Amman, to discuss the raids.",
     [("meeting", "Amman", "2022-04-21", "planned")]),
    ("The council called a session, which is scheduled for Monday in Geneva, on the crisis.",
     [("meeting", "Geneva", "2022-04-18", "planned")]),
    # negative: a relative clause of another kind keeps the meeting unplaced and undated
    ("The League called for an urgent meeting, which Jordan requested in Amman.", []),
])
def test_a_relative_clause_sets_the_meeting(text, expected):
    from lib.extract import extract_document

    evs = extract_document(document_from_text("t", text, published="2022-04-16")).events
    assert [(e.event_type, e.location, e.date, e.status) for e in evs
            if e.event_type == "meeting" and e.location] == expected


# ----------------------------------------------------------------------------- one happening, one row

@pytest.mark.parametrize("text, expected", [
    # a visit that frames a meeting is its context: one meeting, placed and dated by the visit when it has neither
    ("Abbas met Sisi during his visit to Cairo.", [("meeting", "Cairo", "2023-03-19")]),
    ("During his visit to Cairo on Monday, Abbas met Sisi.", [("meeting", "Cairo", "2023-03-13")]),
    ("Blinken met Netanyahu in Jerusalem on Monday on his fourth trip to the region since last month.",
     [("meeting", "Jerusalem", "2023-03-13")]),
    ("Abbas met Sisi on the sidelines of his visit to Cairo.", [("meeting", "Cairo", "2023-03-19")]),
    # negatives: a visit to another place stays; a visit that frames no meeting; a visit verb is its own event
    ("Abbas met Sisi in Amman during a visit to Riyadh.", [("meeting", "Amman", "2023-03-19"),
                                                           ("visit", "Riyadh", "2023-03-19")]),
    ("Protests broke out during his visit to Cairo.", [("visit", "Cairo", "2023-03-19")]),
    ("Abbas visited Cairo on Monday and met Sisi.", [("meeting", "Cairo", "2023-03-13"), ("visit", "Cairo", "2023-03-13")]),
])
def test_a_visit_that_frames_a_meeting_is_one_row(text, expected):
    assert sorted(venues(run(text))) == expected


@pytest.mark.parametrize("text, expected", [
    # a state that asked for a meeting is not where it is
    ("The council will meet on Monday at Israel's request.", []),
    ("Ministers will meet in Amman at Egypt's invitation.", [("meeting", "Amman", "2023-03-19")]),
    # negatives: a place after "at" with no request is the venue
    ("Ministers met at Amman on Monday.", [("meeting", "Amman", "2023-03-13")]),
])
def test_who_asked_is_not_where(text, expected):
    assert venues(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an unplaced meeting on a day of a stay in a city, in a later sentence, is in that city
    ("Blinken arrived in Amman on Monday for a three-day visit. He will meet Safadi on Tuesday.",
     [("meeting", "Amman", "2023-03-14"), ("visit", "Amman", "2023-03-13")]),
    # a stay of no stated length: the sentence before places a meeting up to three days later (basis 'previous
    # sentence', lib/extract/events/venues.py)
    ("Blinken arrived in Amman on Monday. He will meet Safadi on Tuesday.",
     [("meeting", "Amman", "2023-03-14"), ("visit", "Amman", "2023-03-13")]),
    # negatives: a day after the stated stay; a meeting before the stay is named
    ("Blinken arrived in Amman on Monday for a two-day visit. He will meet Safadi on Thursday.",
     [("visit", "Amman", "2023-03-13")]),
    ("He will meet Safadi on Tuesday. Blinken arrived in Amman on Monday for a three-day visit.",
     [("visit", "Amman", "2023-03-13")]),
])
def test_a_meeting_during_a_stay(text, expected):
    assert sorted(venues(run(text))) == expected


@pytest.mark.parametrize("text, expected", [
    # a deadline ahead is a plan's own time; a past date after "before" is another event's
    ("Officials will meet again in Cairo before next week.", [("meeting", "Cairo", "2023-W12")]),
    ("Officials met in Cairo before the vote on Thursday.", [("meeting", "Cairo", "2023-03-19")]),
    # a "where" clause after a visit placed there takes the visit's day, not the main clause's
    ("Abbas met Sisi in Cairo on Sunday, two days after his first trip took him to Riyadh, where he held talks.",
     [("meeting", "Cairo", "2023-03-19"), ("meeting", "Riyadh", "2023-03-17"), ("visit", "Riyadh", "2023-03-17")]),
])
def test_deadlines_and_where_clauses(text, expected):
    assert sorted(venues(run(text))) == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting verb coordinated with a predicate placed just before it is in that place
    ("He spoke to reporters in Jerusalem and met the families of hostages.", [("meeting", "Jerusalem", "2023-03-19")]),
    ("Blinken spoke at a forum in Doha and then met Hamas officials.", [("meeting", "Doha", "2023-03-19")]),
    # negatives: a new subject after a comma; a place not in a locative phrase; a country
    ("He spoke to reporters in Jerusalem, and aides later met the families.", []),
    ("He spoke of Jerusalem and met the families.", []),
    ("He spoke about the war in Israel and met the families.", []),
])
def test_a_coordinated_predicate_places_the_meeting(text, expected):
    assert sorted(venues(run(text))) == expected


@pytest.mark.parametrize("text, expected", [
    # the date of the agreement a signing is of is the signing's date
    ("The Jan. 9 framework accord was signed in Cairo.", [("meeting", "Cairo", "2023-01-09")]),
    ("Envoys met in Doha on Monday, and the Jan. 9 accord was signed in Cairo.",
     [("meeting", "Cairo", "2023-01-09"), ("meeting", "Doha", "2023-03-13")]),
    # negatives: another act on that agreement; the agreement named as a topic of a meeting
    ("Envoys met in Doha to review the Jan. 9 framework accord.", [("meeting", "Doha", "2023-03-19")]),
])
def test_the_date_of_a_signed_agreement(text, expected):
    assert sorted(venues(run(text))) == expected
