"""Events: types and codes, venues and coreference, modality, captions/duplicates, data integrity.

The contexts are built by hand (places, dates and actors as the other stages would tag them), so these tests
check the event logic alone; ``test_seed_venues`` runs the whole pipeline on the seeds.
"""
from __future__ import annotations

import csv
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract import Context
from lib.extract import events as ev
from lib.extract.document import document_from_text
from lib.models import CasualtyClaim, Document, Mention, Region, Sentence, Statement

# surface -> (canonical name, lat, lon, place_type, country_code), as the places stage would tag them
PLACES = {
    "Sharm el-Sheikh": ("Sharm el-Sheikh", 27.9158, 34.33, "settlement", "EG"),
    "Egypt": ("Egypt", 26.8, 30.8, "country", "EG"),
    "Jordan": ("Jordan", 31.0, 36.0, "country", "JO"),
    "Aqaba": ("Aqaba", 29.53, 35.0, "settlement", "JO"),
    "Red Sea": ("Red Sea", 20.0, 38.0, "other", ""),
    "Cairo": ("Cairo", 30.0626, 31.2497, "settlement", "EG"),
    "Ramallah": ("Ramallah", 31.8996, 35.2042, "settlement", "PS"),
    "Gaza": ("Gaza", 31.5016, 34.4667, "settlement", "PS"),
    "Tel Aviv": ("Tel Aviv", 32.0809, 34.7806, "settlement", "IL"),
    "Jenin": ("Jenin", 32.46, 35.3, "settlement", "PS"),
    "Hebron": ("Hebron", 31.53, 35.09, "settlement", "PS"),
    "Nablus": ("Nablus", 32.22, 35.25, "settlement", "PS"),
    "Doha": ("Doha", 25.29, 51.53, "settlement", "QA"),
    "Ottawa": ("Ottawa", 45.42, -75.7, "settlement", "CA"),
    "Jerusalem": ("Jerusalem", 31.77, 35.21, "settlement", "IL"),
    "Israel": ("Israel", 31.5, 34.9, "country", "IL"),
    "Pakistan": ("Pakistan", 30.0, 70.0, "country", "PK"),
    "ISLAMABAD": ("Islamabad", 33.72, 73.04, "settlement", "PK"),
    "Moscow": ("Moscow", 55.75, 37.62, "settlement", "RU"),
    "Amman": ("Amman", 31.9552, 35.945, "settlement", "JO"),
    "Vienna": ("Vienna", 48.21, 16.37, "settlement", "AT"),
    "Jeddah": ("Jeddah", 21.49, 39.19, "settlement", "SA"),
    "Geneva": ("Geneva", 46.2, 6.15, "settlement", "CH"),
    "Rome": ("Rome", 41.89, 12.51, "settlement", "IT"),
    "Madrid": ("Madrid", 40.42, -3.7, "settlement", "ES"),
    "Riyadh": ("Riyadh", 24.69, 46.72, "settlement", "SA"),
    "Algiers": ("Algiers", 36.73, 3.09, "settlement", "DZ"),
    "Germany": ("Germany", 51.2, 10.4, "country", "DE"),
    "Italy": ("Italy", 42.8, 12.8, "country", "IT"),
}
# surface -> TimeML value (published 2023-03-19, a Sunday)
DATES = {
    "on Sunday": "2023-03-19", "Sunday": "2023-03-19", "on Saturday": "2023-03-18", "last month": "2023-02",
    "last week": "2023-W10", "Last month": "2023-02", "this week": "2023-W11", "next week": "2023-W12", "on March 25": "2023-03-25",
    "on March 12": "2023-03-12", "Wednesday": "2023-03-15", "on Monday": "2023-03-13", "May 10": "2023-05-10",
    "on Thursday": "2023-03-16", "on Tuesday": "2023-03-14", "next month": "2023-04", "yesterday": "2023-03-18",
    "early next year": "2024", "2015": "2015", "2014": "2014",
}
# surface -> (name, faction)
ACTORS = {
    "Abbas Kamel": ("Abbas Kamel", "Egypt"), "Kamel": ("Abbas Kamel", "Egypt"),
    "Mahmoud Abbas": ("Mahmoud Abbas", "Palestinian Authority"), "Abbas": ("Mahmoud Abbas", "Palestinian Authority"),
    "Sisi": ("Abdel Fattah al-Sisi", "Egypt"), "Hamas": ("Hamas", "Hamas"), "Haniyeh": ("Ismail Haniyeh", "Hamas"),
    "Blinken": ("Antony Blinken", "United States"), "Netanyahu": ("Benjamin Netanyahu", "Israel"),
    "Shoukry": ("Sameh Shoukry", "Egypt"), "Lavrov": ("Sergei Lavrov", "Russia"),
}


def _find(text: str, table: dict, aid: str, kind: str, make) -> tuple[Mention, ...]:
    out, taken = [], []
    for surface in sorted(table, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append(Mention.make(aid, kind=kind, text=surface, start=m.start(), end=m.end(), **make(table[surface])))
    return tuple(sorted(out, key=lambda m: m.start))


def context(text: str, published: str = "2023-03-19", doc: Document | None = None) -> Context:
    """A hand-built context: the document plus place, date and actor mentions from the tables above."""
    doc = doc or document_from_text("t", text, published=published)
    places = _find(doc.text, PLACES, doc.article_id, "place",
                   lambda v: dict(value=v[0], lat=v[1], lon=v[2], place_type=v[3], country_code=v[4]))
    dates = _find(doc.text, DATES, doc.article_id, "date",
                  lambda v: dict(value=v, precision="day" if len(v) == 10 else ""))
    actors = _find(doc.text, ACTORS, doc.article_id, "actor", lambda v: dict(value=v[0], faction=v[1]))
    return Context(doc=doc, dates=dates, places=places, actors=actors)


def run(text: str, published: str = "2023-03-19", statements=(), casualties=()):
    ctx = context(text, published)
    return ev.extract(ctx, list(statements), list(casualties))


def venues(events) -> list[tuple]:
    """The rows the venue scorer counts: meeting/visit with coordinates, distinct (place, date)."""
    keys = []
    for e in events:
        if e.event_type in ev.VENUE_TYPES and e.lat is not None:
            k = (e.event_type, e.location, e.date)
            if k not in keys:
                keys.append(k)
    return keys


# ----------------------------------------------------------------------------- venues and coreference

@pytest.mark.parametrize("text, expected", [
    # the venue is the most specific place of the happening, refined by a later definite mention
    ("Israeli and Palestinian officials held talks in Egypt on Sunday to restore calm. "
     "Officials from Jordan attended the meeting in the Red Sea resort of Sharm el-Sheikh.",
     [("meeting", "Sharm el-Sheikh", "2023-03-19")]),
    # a contrast word makes a second meeting, which later definite mentions skip
    ("Officials held talks in Egypt on Sunday. The meeting, which follows similar talks last month in Jordan, "
     "was tense. The meeting ended late.",
     [("meeting", "Egypt", "2023-03-19"), ("meeting", "Jordan", "2023-02")]),
    # a visit and a meeting sharing place and date
    ("Kamel last week visited Ramallah, where he met with Abbas.",
     [("meeting", "Ramallah", "2023-W10"), ("visit", "Ramallah", "2023-W10")]),
    # one visit per place of a list
    ("Egypt has sent prominent officials, chaired by Kamel, to Ramallah, Gaza, and Tel Aviv.",
     [("visit", "Gaza", "2023-03-19"), ("visit", "Ramallah", "2023-03-19"), ("visit", "Tel Aviv", "2023-03-19")]),
    # a locative phrase after a purpose clause is not the venue
    ("Delegations met in the Russian Embassy in Cairo on Sunday in a bid to resume the Israel talks.",
     [("meeting", "Cairo", "2023-03-19")]),
    # "In Cairo, X met Y" and "to Cairo for talks"
    ("In Cairo, Abbas met Sisi on Saturday.", [("meeting", "Cairo", "2023-03-18")]),
    ("Egypt invited Hamas leaders to Cairo for talks.", [("meeting", "Cairo", "2023-03-19")]),
    # the place before a meeting noun
    ("Hamas rejected the Aqaba meeting on Sunday.", [("meeting", "Aqaba", "2023-03-19")]),
    # a relative clause that places the meeting
    ("The summit, which was held in Aqaba on Sunday, ended late.", [("meeting", "Aqaba", "2023-03-19")]),
    # "The king also held talks": the determiner belongs to the subject, these are new talks
    ("Abbas met Sisi in Cairo on Sunday. The king also held talks in Aqaba on Saturday.",
     [("meeting", "Cairo", "2023-03-19"), ("meeting", "Aqaba", "2023-03-18")]),
    # participants between the trigger and the venue
    ("Indirect talks between Israel and Hamas in Cairo resumed on Sunday.", [("meeting", "Cairo", "2023-03-19")]),
    ("Arab leaders convened in Aqaba on Sunday.", [("meeting", "Aqaba", "2023-03-19")]),
    # narrative time carries over to "also"
    ("Abbas met Sisi on Saturday. Abbas also held talks with Blinken in Cairo.", [("meeting", "Cairo", "2023-03-18")]),
    ("Abbas met Sisi on Saturday. Abbas held talks with Blinken in Cairo.", [("meeting", "Cairo", "2023-03-19")]),
    # travel verbs
    ("Blinken landed in Tel Aviv on Sunday.", [("visit", "Tel Aviv", "2023-03-19")]),
    ("A Hamas delegation will head to Cairo next week.", [("visit", "Cairo", "2023-W12")]),
    # a country venue narrowed to the city of a same-week meeting inside it
    ("Blinken will travel to Israel next week, where he will meet Netanyahu in Jerusalem.",
     [("meeting", "Jerusalem", "2023-W12"), ("visit", "Jerusalem", "2023-W12")]),
    # a repeated, undated report of a meeting is the same meeting
    ("Abbas met Sisi in Cairo on Sunday. Officials said Abbas met Sisi in Cairo to discuss the truce.",
     [("meeting", "Cairo", "2023-03-19")]),
    # two meetings in the same city on different dates stay two
    ("Abbas met Sisi in Cairo on Sunday. He had also met Sisi in Cairo on March 12.",
     [("meeting", "Cairo", "2023-03-19"), ("meeting", "Cairo", "2023-03-12")]),
    # a meeting in a place the article already placed a dated visit in shares that visit's date
    ("Kamel visited Gaza on Saturday. In Gaza, Kamel met Hamas leaders.",
     [("visit", "Gaza", "2023-03-18"), ("meeting", "Gaza", "2023-03-18")]),
])
def test_venues(text, expected):
    assert sorted(venues(run(text))) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # bringing named sides or diplomats together somewhere is a meeting there, on the date after it
    ("The king last brought Abbas and Sisi together in Amman on March 12.", [("meeting", "Amman", "2023-03-12")]),
    ("The emir brought together the rival delegations in Doha on Sunday.", [("meeting", "Doha", "2023-03-19")]),
    ("Egypt brought the two sides together in Cairo.", [("meeting", "Cairo", "2023-03-19")]),
    # negatives: people who are no sides of talks, and no place
    ("The war brought the families together in Amman.", []),
    ("The tragedy brought together families in Jenin.", []),
    ("Mediators hope to bring Abbas and Sisi together soon.", []),
])
def test_brought_together(text, expected):
    assert venues(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a deadline of an earlier clause does not date a trigger after the comma
    ("Abbas and Sisi agreed on Sunday to seek a deal by the end of 2024, officials said at a meeting in Cairo.",
     [("meeting", "Cairo", "2023-03-19")]),
])
def test_deadline_of_an_earlier_clause(text, expected):
    assert venues(run(text)) == expected


@pytest.mark.parametrize("text, date, trigger, expected", [
    ("They agreed on a deal by the end of 2024, he said at the summit.", "the end of 2024", "summit", True),
    # negatives: a sentence opening with the deadline frames it; no clause break; a date after the trigger
    ("By March 12, the envoys had met twice.", "March 12", "met", False),
    ("They agreed by March 12 to meet again.", "March 12", "meet", False),
    ("The envoys met to agree on a deal by March 12.", "March 12", "met", False),
])
def test_earlier_deadline_rule(text, date, trigger, expected):
    from lib.extract.events.other_times import _earlier_deadline
    from lib.extract.events.triggers import _Hit
    from lib.models import Mention, Sentence

    s = Sentence(0, 0, len(text), text)
    d = Mention.make("a", kind="date", text=date, start=text.index(date), end=text.index(date) + len(date))
    hit = _Hit(s, text.index(trigger), text.index(trigger) + len(trigger), trigger, None)
    assert _earlier_deadline(text, d, hit) is expected


@pytest.mark.parametrize("text, expected", [
    # a meeting named after its city is held there, on the date after the rest of its name; a predicate after a
    # relation word ("follows") is the other meeting's
    ("The talks follow the Cairo Summit for Peace on March 12 and the summit held in Amman on March 25.",
     [("meeting", "Cairo", "2023-03-12"), ("meeting", "Amman", "2023-03-25")]),
    # negative: a meeting noun that is its clause's subject keeps its predicate's place and date
    ("The summit was held in Amman on March 25.", [("meeting", "Amman", "2023-03-25")]),
])
def test_named_meetings_and_predicates(text, expected):
    assert sorted(v for v in venues(run(text)) if v[1] in ("Cairo", "Amman")) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a reduced relative clause after a meeting noun gives its place and date, past an acronym in brackets
    ("Ministers attended the third session of the Arab League (AL), held in Amman on Monday.",
     [("meeting", "Amman", "2023-03-13")]),
    ("The king opened the session of the council, hosted in Cairo on Sunday.", [("meeting", "Cairo", "2023-03-19")]),
    # negatives: a reduced clause with no place; a subject's finite verb after an aside ending in a meeting noun
    ("Ministers attended the session of the council, held in secret.", []),
    ("The envoy, who flew in to prepare the session, hosted the delegations at a dinner.", []),
])
def test_reduced_relative_places_a_meeting(text, expected):
    assert venues(run(text)) == expected


def test_a_conference_is_no_repeat_of_other_talks_in_its_sentence():
    # "negotiations" and "the conference" are two happenings: the conference keeps its own place
    text = ("Abbas and Sisi agreed on Sunday to launch negotiations, the king said at the opening of the summit "
            "in Amman.")
    assert ("meeting", "Amman", "2023-03-19") in venues(run(text))


@pytest.mark.parametrize("text", [
    "Talks on the situation in Jenin continued on Sunday.",  # a topic, not a venue
    "Abbas and Sisi discussed the violence in Gaza.",  # no meeting trigger
    "Officials met to discuss the raids in Nablus.",  # purpose clause
    "Shoukry received a phone call from his counterpart in Ottawa.",  # calls have no venue
    "Later, Shoukry held a video conference with his counterpart in Doha.",
    "The minister told a press conference in Ramallah that talks would resume.",  # a press conference
    "Hamas said it “rejects the conferences in Cairo that aim for calm”.",  # a quoted, generic mention
    "Talks aimed at ending the fighting in Gaza have stalled.",
    "Shoukry discussed with Abbas maintaining the ceasefire between Israel and Hamas in Gaza.",  # an object clause
    "Sisi met Abbas on Sunday and discussed the situation in Gaza.",  # a place after a topic verb
    "Kamel held talks with Hamas leaders, reviewing the truce in Gaza.",
    "Israeli troops arrived in Jenin on Sunday.",  # not a diplomatic visit
    "The arrival of aid trucks in Gaza was delayed.",
    "Buses carrying the freed detainees arrived in Ramallah on Sunday.",  # freed people and buses are no envoys
    "Released hostages arrive in Amman.",
    "The summit was overshadowed by an attack in Hebron on Sunday.",  # the attack takes its own place
    "Crowds cheered as buses carrying the detainees' wives and children arrived in Ramallah on Sunday.",
])
def test_no_venue(text):
    assert venues(run(text)) == []


@pytest.mark.parametrize("text, expected", [
    # negatives of the movers' list: envoys and a freed leader's trip are visits
    ("The envoys arrived in Ramallah on Sunday.", [("visit", "Ramallah", "2023-03-19")]),
    ("Kamel arrived in Amman on Sunday after the hostages were released.", [("visit", "Amman", "2023-03-19")]),
    ("A plane carrying the envoys arrived in Amman on Sunday.", [("visit", "Amman", "2023-03-19")]),
])
def test_envoys_still_visit(text, expected):
    assert venues(run(text)) == expected


def test_phone_call_is_a_meeting_without_venue():
    evs = [e for e in run("Shoukry received a phone call from Blinken on Sunday.") if e.event_type == "meeting"]
    assert len(evs) == 1 and evs[0].lat is None and evs[0].location == "" and evs[0].trigger == "phone call"


def test_planned_meeting_kept_with_status():
    evs = run("Haniyeh is scheduled to arrive in Cairo this week for talks with Kamel.")
    assert {(e.event_type, e.location, e.status) for e in evs if e.event_type in ev.VENUE_TYPES} == {
        ("visit", "Cairo", "planned"), ("meeting", "Cairo", "planned")}


def test_host_and_participants():
    evs = run("Sisi hosted Abbas in Cairo on Sunday.")
    (m,) = [e for e in evs if e.event_type == "meeting"]
    assert (m.host, m.actor1, m.actor2, m.location) == ("Abdel Fattah al-Sisi", "Abdel Fattah al-Sisi", "Mahmoud Abbas", "Cairo")
    assert m.factions == "Egypt; Palestinian Authority" and m.cameo == "043" and m.quad_class == 1


def test_hosted_by_in_a_definite_mention():
    evs = run("Abbas met Netanyahu in Aqaba on Sunday. The meeting, hosted by Jordan, lasted hours.")
    (m,) = [e for e in evs if e.event_type == "meeting"]
    assert m.location == "Aqaba"


def test_received_needs_a_visitor():
    assert [e.event_type for e in run("Sisi received Abbas in Cairo on Sunday.")] == ["meeting"]
    assert [e for e in run("The ministry received reports of clashes.") if e.event_type == "meeting"] == []


# ----------------------------------------------------------------------------- captions, datelines, duplicates

def _doc(parts: list[tuple[str, str, int | None]], regions=()) -> Document:
    """A document from (text, region, duplicate_of) parts, one sentence each, joined by newlines."""
    text, sents, pos = "", [], 0
    for i, (t, region, dup) in enumerate(parts):
        sents.append(Sentence(i, pos, pos + len(t), t, region, i, dup))
        text += t + "\n"
        pos = len(text)
    return Document("t", text, tuple(sents), tuple(regions), published="2023-03-19", published_precision="day")


def test_duplicate_caption_and_repeated_lede_give_one_event():
    cap = "Abbas met Sisi in Cairo on Sunday (photo)"
    lede = "Israeli officials held talks in Aqaba on Sunday."
    doc = _doc([(lede, "body", None), (cap, "caption", None), (cap, "caption", 1), (lede, "body", 0)])
    evs = ev.extract(context("", doc=doc), [], [])
    assert sorted((e.location, e.region) for e in evs) == [("Aqaba", "body"), ("Cairo", "caption")]


def test_near_duplicate_lede_reads_once():
    doc = _doc([("They agreed to continue contacts and consultations on all issues in the region.", "body", None),
                ("It added that the two sides agreed to continue contacts and consultations on all issues in the region.",
                 "body", None)])
    evs = ev.extract(context("", doc=doc), [], [])
    assert [e.event_type for e in evs].count("agreement") == 1


def test_headline_and_boilerplate_skipped():
    doc = _doc([("Haniyeh to arrive in Cairo this week", "headline", None),
                ("Subscribe to meet our editors in Cairo", "boilerplate", None)])
    assert ev.extract(context("", doc=doc), [], []) == []


def test_dateline_narrows_a_country_visit():
    line = "ISLAMABAD, Nov 16 (RIA) - Lavrov, on an official visit to Pakistan, spoke to reporters."
    doc = _doc([(line, "body", None)], regions=[Region(0, 26, "dateline", "dateline")])
    evs = ev.extract(context("", doc=doc), [], [])
    assert [(e.event_type, e.location) for e in evs if e.lat is not None] == [("visit", "Islamabad")]


def test_country_venue_kept_when_no_city_is_named():
    assert venues(run("Officials held talks last month in Jordan.")) == [("meeting", "Jordan", "2023-02")]


# ----------------------------------------------------------------------------- types, codes, multi-event sentences

@pytest.mark.parametrize("text, etype, cameo, quad", [
    ("Hamas condemned the decision on Sunday.", "condemnation", "111", 3),
    ("Hamas rejected the Egyptian proposal.", "rejection", "120", 3),
    ("The PLO demanded that Israel withdraw.", "demand", "100", 3),
    ("Abbas called on the UN to act.", "appeal", "020", 1),
    ("Israel and Hamas agreed to a ceasefire on Sunday.", "ceasefire", "0871", 2),
    ("The two sides agreed to continue contacts.", "agreement", "057", 1),
    ("The leadership announced it would end security coordination with Israel.", "reduce_relations", "161", 4),
    ("The cabinet announced the construction of 1,000 homes.", "decision", "010", 1),
    ("Hamas threatened to escalate.", "threat", "130", 3),
    ("Thousands protested in Hebron on Sunday.", "protest", "140", 3),
    ("Israeli forces arrested 12 Palestinians in Nablus.", "arrest", "173", 4),
    ("Israel has been shelling Gaza this week.", "attack", "194", 4),
    ("Egypt invited Hamas leaders to Cairo.", "invitation", "036", 1),
    ("Blinken met Netanyahu in Jerusalem on Sunday.", "meeting", "040", 1),
    ("Blinken visited Ramallah on Sunday.", "visit", "042", 1),
])
def test_types(text, etype, cameo, quad):
    evs = [e for e in run(text) if e.event_type == etype]
    assert len(evs) == 1
    assert (evs[0].cameo, evs[0].quad_class) == (cameo, quad)


@pytest.mark.parametrize("text", [
    "The weather in Gaza was fine on Sunday.",
    "Ramadan begins on March 25.",
    "The efforts of the Popular Front are well known.",
])
def test_no_events(text):
    assert run(text) == []


def test_multi_event_sentence():
    evs = run("Abbas met Sisi in Cairo on Saturday and agreed to continue contacts.")
    assert sorted((e.event_type, e.date) for e in evs) == [("agreement", "2023-03-18"), ("meeting", "2023-03-18")]


def test_where_clause_shares_the_meeting_date_and_place():
    evs = run("Last month, officials held a rare meeting in Aqaba, Jordan, where they pledged to reduce tensions.")
    assert sorted((e.event_type, e.location) for e in evs) == [("agreement", "Aqaba"), ("meeting", "Aqaba")]
    assert {e.date for e in evs} == {"2023-02"}


def test_topic_nouns_are_not_events():
    evs = run("Kamel also discussed a prisoner exchange deal and maintaining the ceasefire.")
    assert [e.event_type for e in evs] == []


def test_quoted_violence_is_not_an_attack_report():
    evs = run("Hamas said the visit will focus on “ongoing Israeli attacks against holy sites”.")
    assert "attack" not in [e.event_type for e in evs]


def test_actor_inside_place_name_is_ignored():
    text = "Hamas rejects the Sharm el-Sheikh conference."
    ctx = context(text)
    fake = Mention.make("t", kind="actor", text="el-Sheikh", start=text.index("el-Sheikh"),
                        end=text.index("el-Sheikh") + 9, value="Hussein al-Sheikh", faction="PLO")
    evs = ev.extract(Context(ctx.doc, ctx.dates, ctx.places, ctx.actors + (fake,)), [], [])
    assert all("Hussein al-Sheikh" not in e.actors for e in evs)


# ----------------------------------------------------------------------------- modality

@pytest.mark.parametrize("text, etype, status", [
    ("Israel and the United States did not vote on the document.", "decision", "negated"),
    ("The United States has not ruled out negotiating with Hamas.", "rejection", "negated"),
    ("The United States has not ruled out negotiating with Hamas.", "meeting", "planned"),
    ("Haniyeh is expected to visit Cairo.", "visit", "planned"),
    ("The Quartet would meet again soon.", "meeting", "planned"),
    ("Abbas meets Sisi in Cairo on March 25.", "meeting", "planned"),  # a date after publication
    ("Officials reportedly met in Doha on Sunday.", "meeting", "reported-claim"),
    ("Abbas met Sisi in Cairo on Sunday.", "meeting", "happened"),
    ("Egypt, which is seeking to ensure calm, has sent officials to Gaza.", "visit", "happened"),
    ("Haniyeh, who is based in Doha, is scheduled to arrive in Cairo.", "visit", "planned"),
    ("No talks were held on Sunday.", "meeting", "negated"),
    ("CAIRO, May 10 - Haniyeh arrived in Cairo on Sunday.", "visit", "happened"),  # the month is no modal
])
def test_modality(text, etype, status):
    evs = [e for e in run(text) if e.event_type == etype]
    assert evs and evs[0].status == status


# ----------------------------------------------------------------------------- statements and casualties

def test_statement_events_typed_by_stance():
    text = "Hamas said it rejects the Cairo talks. Abbas said he was hopeful."
    s1 = Statement.make("t", start=0, end=37, speaker="Hamas", faction="Hamas", stance="reject", reporting_verb="said")
    s2 = Statement.make("t", start=text.index("Abbas"), end=len(text), speaker="Mahmoud Abbas", faction="Palestinian Authority",
                        stance="neutral", reporting_verb="said")
    evs = run(text, statements=[s1, s2])
    kinds = sorted((e.event_type, e.actor1) for e in evs if e.event_type in ev.SPEECH_TYPES)
    # the trigger "rejects" already gave the rejection; the second statement becomes a statement event
    assert kinds == [("rejection", "Hamas"), ("statement", "Mahmoud Abbas")]
    st_ev = [e for e in evs if e.event_type == "statement"][0]
    assert (st_ev.cameo, st_ev.quad_class, st_ev.factions) == ("010", 1, "Palestinian Authority")


def test_statement_fills_the_speaker_of_a_trigger_event():
    text = "The talks were rejected outright, the group said."
    st_ = Statement.make("t", start=0, end=len(text), speaker="Hazem Qassem", faction="Hamas", stance="reject")
    evs = run(text, statements=[st_])
    assert [(e.event_type, e.actor1, e.factions) for e in evs if e.event_type in ev.SPEECH_TYPES] == [
        ("rejection", "Hazem Qassem", "Hamas")]


def test_passive_agent_is_actor1():
    (e,) = [e for e in run("The talks were rejected by Hamas.") if e.event_type == "rejection"]
    assert e.actor1 == "Hamas"


def test_casualty_report_event():
    text = "The shelling killed 18 Palestinians and wounded 40 in Gaza on Sunday."
    k = CasualtyClaim.make("t", start=0, end=len(text), text_start=20, text_end=35, outcome="killed", count=18,
                           group="Palestinians", reported_by="health ministry", location="Gaza")
    w = CasualtyClaim.make("t", start=0, end=len(text), text_start=48, text_end=50, outcome="wounded", count=40,
                           group="", location="Gaza")
    sub = CasualtyClaim.make("t", start=0, end=len(text), text_start=20, text_end=22, outcome="killed", count=5,
                             group="children", parent_id="x")
    evs = [e for e in run(text, casualties=[k, w, sub]) if e.event_type == "casualty_report"]
    assert len(evs) == 1
    assert evs[0].trigger == "18 killed Palestinians; 40 wounded" and evs[0].status == "reported-claim"
    assert evs[0].location == "Gaza" and evs[0].lat is not None and evs[0].quad_class == 4


# ----------------------------------------------------------------------------- rows and properties

def test_rows_carry_the_sentence_span_and_the_date_basis():
    text = "Something else happened. Abbas met Sisi in Cairo on Sunday."
    (e,) = run(text)
    assert text[e.start:e.end] == e.sentence == "Abbas met Sisi in Cairo on Sunday."
    assert (e.date, e.date_basis, e.country_code, e.region) == ("2023-03-19", "explicit", "EG", "body")
    (u,) = run("Abbas met Sisi in Cairo.")
    assert (u.date, u.date_basis) == ("2023-03-19", "article")


def test_ids_unique_and_stable():
    text = "Egypt has sent officials to Ramallah, Gaza, and Tel Aviv."
    a, b = run(text), run(text)
    assert [e.event_id for e in a] == [e.event_id for e in b]
    assert len({e.event_id for e in a}) == len(a) == 3


WORDS = ["met", "talks", "in", "Cairo", "on Sunday", "the meeting", "visited", "Gaza", ",", "where", "he", "did not",
         "vote", "“", "”", "Abbas", "will", "arrive", "to", "Jordan", "and", "Hamas", "rejected", ".", "phone call",
         "Red Sea", "resort of", "Sharm el-Sheikh", "similar", "the", "sent officials"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
def test_property_never_raises_and_spans_round_trip(words):
    text = " ".join(words)
    evs = run(text)
    for e in evs:
        assert text[e.start:e.end] == e.sentence
        assert e.status in ev.STATUSES
        assert e.event_type in ev.event_types()
        assert (e.lat is None) == (e.lon is None)


# ----------------------------------------------------------------------------- data integrity

def test_event_types_file():
    with open(ev.TYPES_CSV, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    names = [r["type"] for r in rows]
    assert len(names) == len(set(names))
    for r in rows:
        assert re.fullmatch(r"\d{3,4}|", r["cameo"]), r
        assert r["quad_class"] in {"1", "2", "3", "4"}, r
        assert r["description"].strip()
    # CAMEO root -> QuadClass (GDELT): 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict,
    # 15-20 material conflict
    for r in rows:
        if r["cameo"]:
            root = int(r["cameo"][:2])
            assert int(r["quad_class"]) == (1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4), r


def test_trigger_file():
    types = ev.event_types()
    with open(ev.TRIGGERS_CSV, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len({r["pattern"] for r in rows}) == len(rows)
    for r in rows:
        assert r["event_type"] in types, r
        re.compile(r["pattern"])
        assert r["pos"] in ("", "noun", "verb")
        flags = set(f for f in r["flags"].split("|") if f)
        assert flags <= {"host", "remote", "object_actor", "placed", "signing", "overlay", "person", "leaders", "dated"}
        assert "signing" not in flags or {"placed"} <= flags  # a signing is an event here only where it is placed
        # a signing gathering is a meeting coded as the signing (CAMEO 057); every other row keeps its type's root
        root = "05" if "signing" in flags else types[r["event_type"]].cameo[:2]
        assert re.fullmatch(r"\d{3,4}", r["cameo"]) and r["cameo"][:2] == root, r
    covered = {r["event_type"] for r in rows}
    assert set(types) - covered == {"statement", "casualty_report"}  # these two come from other stages


def test_modality_file():
    with open(ev.CUES_CSV, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        re.compile(r["pattern"])
        assert r["status"] in ev.STATUSES and r["status"] != "happened"
        assert r["scope"] in ("adjacent", "window", "sentence")


# ----------------------------------------------------------------------------- the seeds, whole pipeline

def test_seed_venues(seed_loaded):
    """The whole pipeline on the seeds: each gold happening once, at its most specific venue."""
    from lib.extract import extract_document

    def rows(aid):
        return {(e.event_type, e.location, e.date) for e in extract_document(seed_loaded[aid].doc).events
                if e.event_type in ev.VENUE_TYPES and e.lat is not None}

    assert {(loc, d) for _, loc, d in rows("000_1c5834763d2353bb")} == {("Sharm el-Sheikh", "2023-03-19"), ("Jordan", "2023-02")}
    assert {loc for _, loc, _ in rows("004_93749568b9c8297a")} == {"Ramallah", "Gaza", "Tel Aviv"}
    assert ("meeting", "Cairo", "2006-11-15") in rows("003_256842945a981619")
    assert "Israel" not in {loc for _, loc, _ in rows("003_256842945a981619")}


def test_word_constants():
    for words in (ev.NON_DIPLOMATIC, ev.BREAK_WORDS, ev.VERB_FORMS):
        assert words and all(w == w.lower() and re.fullmatch(r"[a-z-]+", w) for w in words)
    assert not ev.NON_DIPLOMATIC & {"officials", "delegation", "minister", "envoy"}
    assert set(ev.PLACE_RANK) == {"settlement", "other", "region", "country"}


# ----------------------------------------------------------------------------- buildings, datelines, clause dates

@pytest.mark.parametrize("text, expected", [
    # a named or unnamed building before the city does not block the city
    ("Shoukry held talks with Blinken at Tahrir Palace in downtown Cairo on Sunday.",
     [("meeting", "Cairo", "2023-03-19")]),
    ("Abbas met Sisi at the Al-Masa Hotel in the heart of Cairo on Saturday.", [("meeting", "Cairo", "2023-03-18")]),
    ("Blinken met Netanyahu at the prime minister's office in Jerusalem on Monday.",
     [("meeting", "Jerusalem", "2023-03-13")]),
    ("Abbas met Sisi on the outskirts of Cairo on Sunday.", [("meeting", "Cairo", "2023-03-19")]),
    # an agreement's place is the place of the meeting that produced it
    ("Israeli and Palestinian officials agreed in Aqaba on Sunday to curb violence, according to a statement "
     "issued at the end of the meeting.", [("meeting", "Aqaba", "2023-03-19")]),
    ("Egypt and Jordan agreed in Cairo on Saturday to coordinate aid, a statement issued after the talks said.",
     [("meeting", "Cairo", "2023-03-18")]),
    # ... but not a planned meeting of another time (negative: next week's meeting has no place; the accord reached
    # in Aqaba on Sunday is a gathering there that day, events/gatherings.py)
    ("Officials agreed in Aqaba on Sunday to meet again next week.", [("meeting", "Aqaba", "2023-03-19")]),
    # a visit is not placed where its mover came from (negative for the visit)
    ("Blinken arrived on Sunday from Jordan, where he met Abbas.", [("meeting", "Jordan", "2023-03-19")]),
    # the visit's own clause gives its date, not the main clause's
    ("Blinken, who visited Cairo, Ramallah and Jerusalem last month to push for calm, said on Monday that "
     "talks would resume.",
     [("visit", "Cairo", "2023-02"), ("visit", "Ramallah", "2023-02"), ("visit", "Jerusalem", "2023-02")]),
    ("Kamel, who met Abbas in Ramallah last week, said on Monday that Egypt would help.",
     [("meeting", "Ramallah", "2023-W10")]),
    # a date right after a reporting verb is the verb's, not the reported meeting's
    ("Abbas said on Monday he had met Sisi in Cairo last week.", [("meeting", "Cairo", "2023-W10")]),
    ("Abbas on Monday met Sisi in Cairo.", [("meeting", "Cairo", "2023-03-13")]),
])
def test_venue_rules(text, expected):
    assert sorted(venues(run(text))) == sorted(expected)


@pytest.mark.parametrize("text, etype, date", [
    # a date in a relative clause closed by a comma is not the main verb's (negative)
    ("Hamas, which met Kamel in Cairo last week, rejected the offer on Monday.", "rejection", "2023-03-13"),
    ("Abbas, who visited Gaza last month, condemned the raid on Monday.", "condemnation", "2023-03-13"),
    # a list of places between the trigger and its date is no clause break
    ("Hamas rejected the plans for Gaza, Jenin and Nablus last week.", "rejection", "2023-W10"),
])
def test_event_date_from_its_own_clause(text, etype, date):
    assert [e.date for e in run(text) if e.event_type == etype] == [date]


def _dateline_doc(body: str) -> Document:
    line = "CAIRO, March 19 (AFP) - " + body
    return _doc([(line, "body", None)], regions=[Region(0, 23, "dateline", "dateline")])


@pytest.mark.parametrize("body, expected", [
    # a meeting in a building the gazetteer does not know, with no city named: the dateline city
    ("Sisi received Abbas at the Qubba Palace on Sunday.", [("meeting", "Cairo", "2023-03-19")]),
    ("Sisi received on Sunday at Al-Qubba Palace President Mahmoud Abbas.", [("meeting", "Cairo", "2023-03-19")]),
    ("At the presidential palace, Sisi met Abbas on Saturday.", [("meeting", "Cairo", "2023-03-18")]),
    ("Shoukry held talks with Blinken at the foreign ministry headquarters on Sunday.",
     [("meeting", "Cairo", "2023-03-19")]),
    # negatives: no building; a building with a city; a place outside the dateline's country in the sentence
    ("Sisi received Abbas at the Qubba Palace on Sunday and the two discussed the calm in Gaza.",
     [("meeting", "Cairo", "2023-03-19")]),  # a place in a later clause is a topic, not a rival venue
    ("Sisi met Abbas on Sunday.", []),
    ("Sisi met Abbas at the Qubba Palace in Ramallah on Sunday.", [("meeting", "Ramallah", "2023-03-19")]),
    ("Abbas, who flew in from Moscow, met Sisi at the Qubba Palace on Sunday.", []),
    ("Sisi met Abbas on Sunday to discuss the hospital in Gaza.", []),
    # the visitors' origin is no rival venue
    ("Sisi received at his office on Sunday the delegation of Jordan.", [("meeting", "Cairo", "2023-03-19")]),
])
def test_unlisted_building_falls_back_to_the_dateline_city(body, expected):
    evs = ev.extract(context("", doc=_dateline_doc(body)), [], [])
    assert sorted(venues(evs)) == sorted(expected)


@pytest.mark.parametrize("body, basis", [
    ("Sisi received Abbas at the Qubba Palace on Sunday.", "dateline"),
    ("Sisi met Abbas in Ramallah on Sunday.", "attached"),
    ("Officials agreed in Aqaba on Sunday to curb violence, according to a statement issued at the end of the "
     "meeting.", "sentence"),
    ("Sisi met Abbas on Sunday.", ""),
])
def test_location_basis(body, basis):
    from lib.models import EVENT_COLUMNS

    assert "location_basis" in EVENT_COLUMNS
    evs = ev.extract(context("", doc=_dateline_doc(body)), [], [])
    assert [e.location_basis for e in evs if e.event_type == "meeting"] == [basis]


# ----------------------------------------------------------------------------- longer-range attachment, more triggers

@pytest.mark.parametrize("text, expected", [
    # a sentence opening with a locative phrase places its main clause, across a relative clause
    ("At a U.N. liaison office in the southern port city of Aqaba, both delegations handed their signed copies to "
     "the mediator, who stood between them in a ceremony on Sunday.", [("meeting", "Aqaba", "2023-03-19")]),
    ("In Amman, the two envoys, who had flown in overnight, held talks with Sisi on Sunday.",
     [("meeting", "Amman", "2023-03-19")]),
    # ... but not across a time relation or a topic preposition, nor into the relative clause (negatives)
    ("In Aqaba, the cabinet approved the signed text hours before the ceremony.", []),
    ("In Amman, Blinken, who had met Sisi on Sunday, welcomed the accord.", []),
    ("In Gaza, thousands of people protested against the talks.", []),
    ("At least ten people were killed in Jenin, and mediators convened talks with Abbas.", []),
    # who convened a meeting is no clause break
    ("Negotiators first met under U.N. auspices in Aqaba last month, but those talks stalled.",
     [("meeting", "Aqaba", "2023-02")]),
    ("Israeli and Palestinian officials met under the auspices of Egypt in Cairo on Sunday.",
     [("meeting", "Cairo", "2023-03-19")]),
    ("Officials met on Sunday under pressure from Egypt to end the strikes in Gaza.", []),
    # another meeting or visit word in between takes the place; a "where" clause takes the visit's date
    ("The deal follows Sisi's visit to Amman last month, where he attended summits with Gulf leaders, and "
     "Abbas's visit to Doha last week.",
     [("visit", "Amman", "2023-02"), ("meeting", "Amman", "2023-02"), ("visit", "Doha", "2023-W10")]),
    # each leg of a trip takes the date written after it; a shared date stays shared
    ("Blinken will travel on to Amman on Monday and to Doha Wednesday.",
     [("visit", "Amman", "2023-03-13"), ("visit", "Doha", "2023-03-15")]),
    ("Blinken flew to Amman and Doha on Sunday.", [("visit", "Amman", "2023-03-19"), ("visit", "Doha", "2023-03-19")]),
    ("Blinken then moved on to Doha on Sunday.", [("visit", "Doha", "2023-03-19")]),
    ("The debate moved on to the question of prisoners in Gaza.", []),
    # "in X during a visit", and a visitor received as "him" right after a dated visit to the country
    ("Shoukry told reporters in Amman during a visit by Blinken last month.", [("visit", "Amman", "2023-02")]),
    ("Blinken visited Jordan on Sunday. The king received him at the palace in Amman.",
     [("visit", "Amman", "2023-03-19"), ("meeting", "Amman", "2023-03-19")]),
    ("Abbas received her letter in Ramallah on Sunday.", []),  # a possessive is no visitor (negative)
])
def test_long_range_attachment(text, expected):
    assert sorted(venues(run(text))) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a signing at a venue is a gathering of the parties (a meeting coded 057), with the signing's date
    ("The accords were signed at the royal palace in Amman on Sunday by Jordan and Egypt.",
     [("meeting", "Amman", "2023-03-19")]),
    ("Both sides will sign the agreement in Cairo next week.", [("meeting", "Cairo", "2023-W12")]),
    # negatives: a decree is signed alone; a comma ends the signing's reach; no place, no venue
    ("Abbas signed the decree in Ramallah on Sunday.", []),
    ("After the two sides signed an agreement last month, a ship docked at Aqaba.", []),
    ("A pact signed last month remains in force.", []),
    # a session is a meeting only where it is placed
    ("Negotiating teams led by Foreign Minister Shoukry and his deputy will hold their first session in Doha "
     "on March 25.", [("meeting", "Doha", "2023-03-25")]),
    ("The ministers held a series of sessions on Sunday.", []),
])
def test_signings_and_sessions(text, expected):
    assert sorted(venues(run(text))) == sorted(expected)


def test_signing_event_codes():
    evs = [e for e in run("The accords were signed at the royal palace in Amman on Sunday.") if e.event_type == "meeting"]
    assert [(e.cameo, e.location_basis) for e in evs] == [("057", "attached")]


@pytest.mark.parametrize("body, expected", [
    # a gathering the article never places is in the dateline city; "such a gathering" is this one
    ("Jordan's foreign minister attended, the first time the kingdom joined such a gathering.",
     [("meeting", "Cairo", "2023-03-19")]),
    # a gathering noun does not refer back to a two-party meeting
    ("Sisi met Abbas on Sunday, and the summit opened on Monday.", [("meeting", "Cairo", "2023-03-13")]),
    # negatives: the sentence is elsewhere; the article places its gatherings elsewhere; a planned one
    ("In Gaza, thousands rallied against the conference.", []),
    ("The summit in Aqaba ended on Sunday, and officials said the conference was useful.",
     [("meeting", "Aqaba", "2023-03-19")]),
    ("Jordan will attend the conference next week.", []),
    # a place after the gathering is its topic; a "next" gathering elsewhere does not make it ambiguous
    ("Arab leaders ended a summit on Sunday with a call for a ceasefire in Gaza.", [("meeting", "Cairo", "2023-03-19")]),
    ("Leaders ended the summit on Sunday, and the next summit will be held in Doha.",
     [("meeting", "Cairo", "2023-03-19"), ("meeting", "Doha", "2023-03-19")]),
])
def test_unplaced_gathering_takes_the_dateline(body, expected):
    evs = ev.extract(context("", doc=_dateline_doc(body)), [], [])
    assert sorted(venues(evs)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a seat building after a locative preposition places the meeting in its city
    ("Biden met Abbas at the White House on Sunday.", [("meeting", "Washington", "2023-03-19")]),
    ("Putin received Abbas in the Kremlin on Sunday.", [("meeting", "Moscow", "2023-03-19")]),
    # ... but a building as a subject or object is a government (negatives)
    ("The White House said on Sunday that talks would resume.", []),
    ("Abbas met Sisi on Sunday and briefed the White House.", []),
    # "there" after a trigger is the venue of the sentence's (or the previous sentence's) placed meeting
    ("Abbas met Sisi in Cairo on Sunday and will host him there again next week.",
     [("meeting", "Cairo", "2023-03-19"), ("meeting", "Cairo", "2023-W12")]),
    ("Abbas met Sisi in Cairo on Sunday. Blinken will visit there next week.",
     [("meeting", "Cairo", "2023-03-19"), ("visit", "Cairo", "2023-W12")]),
    # negatives: an existential "there", and no placed meeting to refer to
    ("Abbas held talks in Cairo on Sunday, and there were no results.", [("meeting", "Cairo", "2023-03-19")]),
    ("Blinken will visit there next week.", []),
])
def test_landmarks_and_there(text, expected):
    assert sorted(venues(run(text))) == sorted(expected)


def test_a_contrast_mention_is_no_repeat_of_an_earlier_meeting():
    text = "Abbas met Sisi in Cairo on Sunday. Fatah and Hamas have held several rounds of talks in Cairo."
    assert len([e for e in run(text) if e.event_type == "meeting"]) == 2
    # negative: a plain repeat of the placed meeting is the same meeting
    text = "Abbas met Sisi in Cairo on Sunday. Officials said the two held talks in Cairo."
    assert len([e for e in run(text) if e.event_type == "meeting"]) == 1


def test_a_since_date_is_the_triggers_own():
    text = "Abbas met Sisi in Cairo on Sunday. Fatah and Hamas have met in Cairo since last month."
    assert sorted(venues(run(text))) == [("meeting", "Cairo", "2023-02"), ("meeting", "Cairo", "2023-03-19")]


@pytest.mark.parametrize("text, expected", [
    # speaking to a parliament or conference in a place: the speaker went there
    ("Sisi addressed the Jordanian parliament in Amman last month.", [("visit", "Amman", "2023-02")]),
    ("Blinken will address a conference of donors in Cairo next week.", [("meeting", "Cairo", "2023-W12")]),
    # negatives: no place; an address that is not to an assembly
    ("Netanyahu addressed the Knesset on Monday.", []),
    ("Abbas addressed the letter to Sisi in Cairo on Sunday.", []),
    # an undated "received him" takes the main visit of the sentence before, not a visit in its subordinate clause
    ("Sisi became the first leader to visit Jordan on Sunday since Abbas addressed the parliament in Amman last "
     "month. The king received him in Amman.",
     [("visit", "Amman", "2023-03-19"), ("visit", "Amman", "2023-02"), ("meeting", "Amman", "2023-03-19")]),
])
def test_addresses_and_the_visit_a_pronoun_follows(text, expected):
    assert sorted(venues(run(text))) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a group between the parties is no clause break
    ("Indirect talks between the two sides in Doha collapsed last month.", [("meeting", "Doha", "2023-02")]),
    # a coordinated predicate after a comma has its own place (negative for the first verb)
    ("Blinken will meet Abbas next week, and will return to Jerusalem on Monday.", []),
    ("Blinken met Abbas, then travelled to Amman.", [("visit", "Amman", "2023-03-19")]),
    # a past hope is still a plan
    ("Egypt said it hoped to host talks in Cairo.", [("meeting", "Cairo", "2023-03-19")]),
])
def test_groups_predicates_and_hopes(text, expected):
    assert sorted(venues(run(text))) == sorted(expected)


def test_a_past_hope_is_planned():
    assert [e.status for e in run("Egypt said it hoped to host talks in Cairo.") if e.event_type == "meeting"] == \
        ["planned"]


# ----------------------------------------------------------------------------- subject predicates, hosts, posts

@pytest.mark.parametrize("text, expected", [
    # a meeting noun that is its clause's subject takes the place and time of its predicate; a date inside a noun
    # phrase ("the 2015 accord") is not the meeting's
    ("Talks to rescue the 2015 accord resumed in Vienna on Monday.", [("meeting", "Vienna", "2023-03-13")]),
    ("Negotiations on a lasting truce are expected to resume in Jeddah next week.",
     [("meeting", "Jeddah", "2023-W12")]),
    ("The visit, the first by a rebel team to the kingdom since the start of the war in 2014, began on Thursday "
     "in Riyadh.", [("visit", "Riyadh", "2023-03-16")]),
    # negatives: the noun is no subject (a reported object, a relative clause), or the place is another clause's
    ("Abbas said talks with Hamas resumed in Vienna on Monday.", [("meeting", "Vienna", "2023-03-13")]),
    ("Hamas rejected the talks, which Egypt said resumed in Cairo on Monday.", []),
    ("The talks on the 2015 accord were useful, and Abbas flew to Ramallah on Monday.",
     [("visit", "Ramallah", "2023-03-13")]),
    # a place that is the subject of "host" is the venue (negative: a country's leader hosts)
    ("Kamel will brief Arab leaders when Algiers hosts the summit next month.", [("meeting", "Algiers", "2023-04")]),
    ("Jordan's king hosted Abbas on Sunday.", []),
    ("Doha will host the next round of talks on Monday.", [("meeting", "Doha", "2023-03-13")]),
    ("Qatar has hosted the political office of Hamas since 2012.", []),
    # a host receiving a delegation, with the place and day before the object
    ("The prince received in Riyadh yesterday the delegation of the rebels.", [("meeting", "Riyadh", "2023-03-18")]),
    # "is expected in X" is a planned visit (negative: expected in a month's time, no place)
    ("Blinken is expected in Rome and Madrid next month.", [("visit", "Rome", "2023-04"), ("visit", "Madrid", "2023-04")]),
    ("A decision is expected in the coming days.", []),
    ("A verdict is expected in Cairo next month.", []),
    ("Kamel, who met Abbas on Sunday, is expected in Rome next month.", [("visit", "Rome", "2023-04")]),
    # a diplomat's post is never a destination
    ("The blocs named Kamel, Egypt's ambassador to Germany, on the day before his arrival in 2015.", []),
    ("Sisi sent his former envoy to Italy on a new mission.", []),
    ("Egypt sent an envoy to Rome on Monday.", [("visit", "Rome", "2023-03-13")]),
    # a relative clause says when a scheduled meeting happens
    ("Abbas discussed the next session of the committee in Geneva, which he hoped would convene early next year.",
     [("meeting", "Geneva", "2024")]),
    # a round of talks that was held somewhere (negatives: a round of shelling; a round without a place)
    ("The previous round was held in Doha on Monday.", [("meeting", "Doha", "2023-03-13")]),
    ("A round of shelling hit Gaza on Monday.", []),
    ("The next round will be held soon.", []),
    # a visitor's post inside the visit's noun phrase is no clause break
    ("It follows the visit of the king's ambassador to Jordan, Mr. Kamel, to Amman last month.",
     [("visit", "Amman", "2023-02")]),
    # the date right after a visit's place is its own: a definite "the visit of X to Y <date>" after another dated
    # visit is a new visit (negative: an undated "the visit" still refers back)
    ("The visit, the first by a rebel team since 2015, began on Thursday in Riyadh. It follows the visit of the "
     "king's envoy, Mr. Kamel, to Amman last month.", [("visit", "Riyadh", "2023-03-16"), ("visit", "Amman", "2023-02")]),
    ("Kamel visited Amman on Thursday. The visit of the envoy to Amman was useful.", [("visit", "Amman", "2023-03-16")]),
])
def test_subject_predicates_hosts_and_posts(text, expected):
    assert sorted(venues(run(text))) == sorted(expected)


@pytest.mark.parametrize("body, expected", [
    # a meeting noun in the dateline sentence with no place is in the dateline city
    ("Envoys on Sunday wrapped up two days of talks, pledging to meet again.", [("meeting", "Cairo", "2023-03-19")]),
    # negatives: a verb (not a noun), and a sentence placed elsewhere before the talks
    ("Sisi met Abbas on Sunday.", []),
    ("In Gaza, officials on Sunday criticised the talks.", []),
])
def test_dateline_sentence_places_its_talks(body, expected):
    evs = ev.extract(context("", doc=_dateline_doc(body)), [], [])
    assert sorted(venues(evs)) == sorted(expected)


@pytest.mark.parametrize("text, index, attributive", [
    ("Talks to revive the 2015 nuclear deal resumed.", 0, True),
    ("Its 2006 election victory shocked many.", 0, True),
    ("The talks resumed in 2015 and stalled.", 0, False),
    ("Talks resumed on Monday, officials said.", 0, False),
])
def test_attributive_dates(text, index, attributive):
    m = re.search(r"\b(?:\d{4}|Monday)\b", text)
    d = Mention.make("a", kind="date", text=m.group(), start=m.start(), end=m.end(), value=m.group())
    assert ev._attributive(text, d, Sentence(0, 0, len(text), text)) is attributive


@pytest.mark.parametrize("body, expected", [
    # "here" or "this resort/city" after a trigger is the dateline city
    ("Envoys ended a marathon round of talks at this Red Sea resort on Sunday.", [("meeting", "Cairo", "2023-03-19")]),
    ("Abbas met Sisi here on Sunday.", [("meeting", "Cairo", "2023-03-19")]),
    # negatives: "here" after a clause break, "this city" in another clause
    ("Abbas met Sisi on Sunday and said he was here to help.", []),
    ("Abbas met Sisi on Sunday; in this city, protesters rallied.", []),
])
def test_here_and_this_resort_are_the_dateline_city(body, expected):
    evs = ev.extract(context("", doc=_dateline_doc(body)), [], [])
    assert sorted(venues(evs)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # leaders who gathered somewhere met there (negatives: a crowd; no place)
    ("Arab leaders, among them Abbas and Sisi, gathered with Blinken at Sharm el-Sheikh on Sunday.",
     [("meeting", "Sharm el-Sheikh", "2023-03-19")]),
    ("Thousands of protesters gathered in Amman on Sunday.", []),
    ("Thousands gathered in Amman on Sunday.", []),
    ("Foreign ministers gathered on Sunday to discuss the truce.", []),
    # summoning leaders to a place convenes a gathering there; "the meeting" then refers to it
    ("Egypt summoned the leaders of the factions to Cairo, and the meeting opened on Sunday.",
     [("meeting", "Cairo", "2023-03-19")]),
    ("Egypt summoned the Israeli ambassador on Sunday.", []),
    # a building's grounds: "on the White House lawn" (negative: "pressure on the White House")
    ("The accord builds on the declaration signed on the White House lawn on March 12.",
     [("meeting", "Washington", "2023-03-12")]),
    ("Protesters put pressure on the White House on Sunday.", []),
    # a relative clause after a meeting noun gives its place and date (negatives: a reported or other clause)
    ("The negotiations, which Kerry relaunched in Cairo on March 12, are due to end by May 10.",
     [("meeting", "Cairo", "2023-03-12")]),
    ("The summit, which Sisi opened in Amman on Sunday, ended.", [("meeting", "Amman", "2023-03-19")]),
    ("Hamas rejected the talks, which Egypt said resumed in Cairo on Monday.", []),
    ("The talks, which Hamas rejected in Gaza on Sunday, failed.", []),
])
def test_gatherings_summons_grounds_and_relative_clauses(text, expected):
    assert sorted(venues(run(text))) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a new clause with its own subject after a comma takes its own place
    ("Abbas and Netanyahu met secretly in Doha on Monday, and Sisi's government survived a vote in Cairo last week.",
     [("meeting", "Doha", "2023-03-13")]),
    ("Blinken met Abbas, and officials from Egypt, in Cairo on Sunday.", [("meeting", "Cairo", "2023-03-19")]),
    ("Blinken flew on to meet Abbas in Ramallah, and Netanyahu's coalition lost its majority in the Knesset.",
     [("meeting", "Ramallah", "2023-03-19")]),
    # an infinitive of purpose after "flew on to": the visit goes where its object is
    ("Kamel went to see Abbas in Ramallah on Sunday.", [("visit", "Ramallah", "2023-03-19")]),
    ("Kamel went to see the damage on Sunday.", []),
    # a date in a "since" aside before the trigger is a period's start: the visit of the sentence before dates it
    ("Kamel flew to Jordan on Sunday. Kamel, on his tenth trip since taking office last month, met Abbas in Amman.",
     [("visit", "Amman", "2023-03-19"), ("meeting", "Amman", "2023-03-19")]),
    ("Kamel, speaking on Monday, met Abbas in Amman.", [("meeting", "Amman", "2023-03-13")]),
    # an elided second leg at the end of the sentence (negatives: a new clause, a bare list after a comma)
    ("Kamel was expected in Cairo on Monday to brief Sisi, aides said, and in Amman later in the week.",
     [("visit", "Cairo", "2023-03-13"), ("visit", "Amman", "2023-03-13")]),
    ("Blinken met Abbas in Cairo on Monday, and in Amman on Tuesday.",
     [("meeting", "Cairo", "2023-03-13"), ("meeting", "Amman", "2023-03-14")]),
    ("Blinken met Abbas in Cairo on Monday, and Hamas rejected the plan in Doha.", [("meeting", "Cairo", "2023-03-13")]),
    # a round of talks expected somewhere (negatives: shelling; an absolute "with" phrase's place)
    ("An official said a follow-up round was expected in Cairo next month, with mediators in Doha.",
     [("meeting", "Cairo", "2023-04")]),
    ("A round of shelling was expected in Gaza next month.", []),
    ("A second round was expected in Cairo later, with Gulf donors in Doha pledging support.",
     [("meeting", "Cairo", "2023-03-19")]),
])
def test_clauses_purposes_asides_legs_and_rounds(text, expected):
    assert sorted(venues(run(text))) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # "the next day"/"the day before" count from the last day the article names
    ("Abbas met Sisi in Cairo on Sunday. Sisi received Abbas in Cairo the next day.",
     [("meeting", "Cairo", "2023-03-19"), ("meeting", "Cairo", "2023-03-20")]),
    ("Abbas met Sisi in Cairo on Sunday. The following day, Kamel met Haniyeh in Cairo.",
     [("meeting", "Cairo", "2023-03-19"), ("meeting", "Cairo", "2023-03-20")]),
    ("Abbas met Sisi in Cairo on Sunday. Kamel met Haniyeh in Doha the day before.",
     [("meeting", "Cairo", "2023-03-19"), ("meeting", "Doha", "2023-03-18")]),
    # negatives: the last date is a month (unknown day); "the day after the summit" names another anchor
    ("Abbas met Sisi in Doha last month. Sisi received Abbas in Cairo the next day.",
     [("meeting", "Doha", "2023-02"), ("meeting", "Cairo", "2023-03-19")]),
    ("Abbas met Sisi in Cairo on Sunday. Kamel said he would meet Haniyeh in Doha the day after the summit.",
     [("meeting", "Cairo", "2023-03-19"), ("meeting", "Doha", "2023-03-19")]),
    # negative: another date named in between (the protest's) leaves the narrative's day unclear
    ("Abbas met Sisi in Cairo on Sunday. Thousands protested in Gaza on Monday. The following day, Kamel met Haniyeh "
     "in Doha.", [("meeting", "Cairo", "2023-03-19"), ("meeting", "Doha", "2023-03-19")]),
])
def test_next_day_counts_from_the_last_day_named(text, expected):
    assert sorted(venues(run(text))) == sorted(expected)


def test_expected_in_is_planned():
    evs = run("Kamel is expected in Rome and Madrid, officials said on Sunday.")
    assert {(e.location, e.status) for e in evs if e.event_type == "visit"} == {("Rome", "planned"), ("Madrid", "planned")}
    evs = run("A follow-up round was expected in Cairo, officials said on Sunday.")
    assert [(e.location, e.status) for e in evs if e.event_type == "meeting"] == [("Cairo", "planned")]


def test_next_day_is_no_future_by_itself():
    evs = run("Abbas met Sisi in Cairo on Sunday. Sisi received Abbas in Cairo the next day.")
    assert [(e.date, e.status, e.date_basis) for e in evs if e.date == "2023-03-20"] == [
        ("2023-03-20", "happened", "relative")]


# ----------------------------------------------------------------------------- participles, signings, sites, plans

MORE_PLACES = {
    "Wye River Plantation": ("Wye River Plantation", 38.9, -76.13, "other", "US"),
    "Maryland": ("Maryland", 39.05, -76.64, "region", "US"),
    "Washington": ("Washington", 38.9, -77.04, "settlement", "US"),
    "Manama": ("Manama", 26.22, 50.58, "settlement", "BH"),
}
MORE_DATES = {"1967": "1967", "on Friday": "2023-03-17", "mid-April": "2023-04", "in 1993": "1993"}


def run_more(text: str, published: str = "2023-03-19"):
    doc = document_from_text("t", text, published=published)
    base = context(text, published, doc)
    places = _find(doc.text, MORE_PLACES, doc.article_id, "place",
                   lambda v: dict(value=v[0], lat=v[1], lon=v[2], place_type=v[3], country_code=v[4]))
    dates = _find(doc.text, MORE_DATES, doc.article_id, "date",
                  lambda v: dict(value=v, precision="day" if len(v) == 10 else ""))
    ctx = Context(doc=doc, dates=tuple(sorted(base.dates + dates, key=lambda m: m.start)),
                  places=tuple(sorted(base.places + places, key=lambda m: m.start)), actors=base.actors)
    return ev.extract(ctx, [], [])


@pytest.mark.parametrize("text, expected", [
    # a participle's date modifies its noun, not the meeting ("land occupied in 1967")
    ("Arab ministers meeting in Amman have backed a full withdrawal from land occupied in 1967.",
     [("meeting", "Amman", "2023-03-19")]),
    ("Leaders met in Cairo on Sunday to revive the accord signed in Oslo in 1993.", [("meeting", "Cairo", "2023-03-19")]),
    # negatives: the trigger's own participle, a date of the meeting itself
    ("The talks held in Amman in 1993 failed.", [("meeting", "Amman", "1993")]),
    ("Ministers met in Amman in 1967.", [("meeting", "Amman", "1967")]),
    # a signing named by a participle after its agreement, in a dated main clause, takes a later report's date
    ("Hamas on Saturday condemned the accord signed in Washington. The accord was signed at the White House on Friday.",
     [("meeting", "Washington", "2023-03-17")]),
    # negatives: the participle's own date; no later report (the publication day, as before)
    ("The accord signed in Washington on Friday was hailed.", [("meeting", "Washington", "2023-03-17")]),
    # a workshop of delegations is a gathering where it is placed (negative: no place, no event)
    ("The regional workshop opened in Manama on Tuesday.", [("meeting", "Manama", "2023-03-14")]),
    ("Officials attended a workshop on water policy.", []),
    # a site of a country is the venue over its region, and is not the capital 70 km away
    ("Nine days of talks at the Wye River Plantation in Maryland ended on Friday.",
     [("meeting", "Wye River Plantation", "2023-03-17")]),
    # the parties of talks, one coordinated actor or names with a group noun, do not end the locative reach
    ("Egyptian officials hosted talks between Israeli and Palestinian delegations in Cairo on Sunday.",
     [("meeting", "Cairo", "2023-03-19")]),
    ("Qatar held talks between Hamas officials and Israeli negotiators in Doha on Monday.",
     [("meeting", "Doha", "2023-03-13")]),
    # negative: 'between' two common words is a topic
    ("He spoke of the gap between rich and poor in Gaza at the meeting on Monday.", []),
    # a planned, placed meeting with no date of its own takes the next sentence's one future date
    ("A signing ceremony is expected in Washington within weeks. Officials spoke of mid-April.",
     [("meeting", "Washington", "2023-04")]),
    # negative: the next sentence reports a meeting of its own
    ("A signing ceremony is expected in Washington within weeks. Aides will meet in Amman in mid-April.",
     [("meeting", "Washington", "2023-03-19"), ("meeting", "Amman", "2023-04")]),
])
def test_participles_signings_sites_and_plans(text, expected):
    assert sorted(venues(run_more(text))) == sorted(expected)


@pytest.mark.parametrize("text, n", [
    ("Egyptian officials hosted talks with Hamas in Cairo on Sunday.", 1),  # the hosted talks are one meeting
    ("Jordan hosted a meeting in Aqaba on Sunday, and talks in Sharm el-Sheikh on Monday.", 2),  # two meetings
])
def test_hosted_talks_are_one_meeting(text, n):
    assert len([e for e in run_more(text) if e.event_type == "meeting"]) == n


def test_a_site_is_not_the_capital_far_from_it():
    # the undated Wye talks are no repeat of the Washington signing (a site holds no city 70 km away)
    evs = run_more("Hamas condemned the accord signed in Washington. Talks at the Wye River Plantation had dragged on.")
    assert sorted({e.location for e in evs if e.event_type == "meeting"}) == ["Washington", "Wye River Plantation"]


@pytest.mark.parametrize("text, basis, expected", [
    # an undated article: a placed meeting with no date of its own is at the previous sentence's first day
    ("Blinken returned on March 12 to push the plan. In Amman, Blinken met Sisi.", "inferred",
     [("meeting", "Amman", "2023-03-12")]),
    # negatives: a dated article keeps its publication day; no day in the sentence before
    ("Blinken returned on March 12 to push the plan. In Amman, Blinken met Sisi.", "manifest",
     [("meeting", "Amman", "2023-03-19")]),
    ("Blinken returned last month to push the plan. In Amman, Blinken met Sisi.", "inferred",
     [("meeting", "Amman", "2023-03-19")]),
])
def test_undated_article_narrative_day(text, basis, expected):
    import dataclasses
    doc = dataclasses.replace(document_from_text("t", text, published="2023-03-19"), published_basis=basis)
    assert venues(ev.extract(context(text, "2023-03-19", doc), [], [])) == expected


@pytest.mark.parametrize("text, expected", [
    # a date that a process "dates back to" is its origin: the earlier meeting keeps its own (publication) date
    ("Blinken met Sisi in Cairo. The talks date back to 2015, when the idea arose.",
     [("meeting", "Cairo", "2023-03-19")]),
    ("Abbas met Kamel in Ramallah. The talks dated back to 2014.", [("meeting", "Ramallah", "2023-03-19")]),
    # negatives: a date of the talks themselves still refines an undated meeting
    ("Abbas met Kamel in Ramallah. The talks were held on Monday.", [("meeting", "Ramallah", "2023-03-13")]),
    ("Ministers met in Amman in 2015.", [("meeting", "Amman", "2015")]),
])
def test_origin_dates_date_no_meeting(text, expected):
    assert venues(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a planned meeting in the same sentence as a reference to a past one is a meeting of its own ...
    # ... and one that waits on a condition ("once a ceasefire was reached") has no date yet: no venue row
    ("Leaders met in Riyadh on Sunday. Sisi told the gathering that Cairo would host a conference once a truce "
     "was reached.", [("meeting", "Riyadh", "2023-03-19")]),
    ("Leaders met in Riyadh on Sunday. Sisi told the summit that Egypt would host talks in Cairo if the sides "
     "agreed.", [("meeting", "Riyadh", "2023-03-19")]),
    # negatives: a dated plan stays (planned, with its date); an unconditional plan with no date stays as before
    ("Leaders met in Riyadh on Sunday. Sisi told the gathering that Cairo would host a conference next month.",
     [("meeting", "Riyadh", "2023-03-19"), ("meeting", "Cairo", "2023-04")]),
    ("Leaders met in Riyadh on Sunday. Sisi told the gathering that Cairo would host a conference.",
     [("meeting", "Riyadh", "2023-03-19"), ("meeting", "Cairo", "2023-03-19")]),
])
def test_conditional_plans_and_same_sentence_status(text, expected):
    evs = run(text)
    assert venues(evs) == expected
    assert all(e.status == "planned" for e in evs if e.event_type == "meeting" and e.location == "Cairo")


@pytest.mark.parametrize("text, expected", [
    # the news-agency formula: a time word, then the place (a building of up to five words), then the visitor
    ("Abbas received today at the presidential headquarters in Ramallah a delegation of US senators.",
     [("meeting", "Ramallah", "2023-03-19")]),
    ("Sisi received yesterday in Cairo the Jordanian foreign minister.", [("meeting", "Cairo", "2023-03-18")]),
    ("Sisi received in Cairo yesterday the delegation of Hamas.", [("meeting", "Cairo", "2023-03-18")]),
    # negatives: no visitor after the place; a thing received
    ("Abbas received today at the presidential headquarters in Ramallah a letter from Sisi.", []),
    ("The hospital received today in Gaza the bodies of 12 people.", []),
])
def test_received_time_place_then_visitor(text, expected):
    assert venues(run(text)) == expected


def test_indexed_near_duplicates_answer_like_the_pairwise_test():
    """``SeenSentences`` (a word index) gives the same answer as comparing every earlier sentence."""
    import random

    from lib.extract.events.happenings import SeenSentences, _near_duplicate

    rng = random.Random(7)
    assert SeenSentences.INDEX_FROM < 100
    vocab = [f"w{i}" for i in range(40)]
    plain: list[set[str]] = []
    indexed = SeenSentences()
    for _ in range(400):
        if plain and rng.random() < 0.4:  # a variant of an earlier sentence: a few words dropped or added
            toks = set(rng.choice(plain))
            for w in rng.sample(sorted(toks), min(len(toks), rng.randint(0, 3))):
                toks.discard(w)
            toks.update(rng.sample(vocab, rng.randint(0, 3)))
        else:
            toks = set(rng.sample(vocab, rng.randint(3, 25)))
        assert _near_duplicate(toks, indexed) == _near_duplicate(toks, plain)
        plain.append(toks)
        indexed.append(toks)
