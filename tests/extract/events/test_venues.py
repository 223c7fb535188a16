"""Venues: descriptions of a known city, seas, the previous sentence, wire datelines and relative-clause dates
(own sentences, whole pipeline), and the integrity of ``lib/data/places_periphrases.csv``."""
from __future__ import annotations

import csv
from collections import Counter

import pytest

from lib.extract import gazetteer as gz
from lib.extract.events.text import DATA

# ----------------------------------------------------------------------------- descriptions of a city

# hard-wrapped copy: the name after "resort of" is on the next line
WRAPPED = ("The ministers and senior aid officials of many countries and agencies\n"
           "met on Sunday at the Dead Sea resort of\n"
           "Sweimeh, in a conference convened by Jordan and the United Nations to\n"
           "raise money for aid to the people of the Gaza Strip, whose needs grow\n"
           "by the day, and to coordinate deliveries through the crossings of the\n"
           "south, officials said.\n")

@pytest.mark.parametrize("text, want", [
    ("The talks were held in the Jordanian port city on Sunday.", "Aqaba"),
    ("Putin and Erdogan met in the Black Sea resort on Sunday.", "Sochi"),
    ("The ministers met in the Qatari capital on Sunday.", "Doha"),  # a capital, from the country data
    ("The ministers met in the Omani capital on Sunday.", "Muscat"),
    # the city the article named last before the description
    ("Leaders gathered in Hurghada on Sunday for a summit. Abbas later travelled to the resort for talks.",
     "Hurghada"),
    ("The envoys flew into Eilat on Sunday. Talks were held in the Red Sea resort the same day.", "Eilat"),
    # the name written after the description wins, across a line break too
    ("Officials met at the Red Sea resort of Taba on Sunday.", "Taba"),
    (WRAPPED, "Sweimeh"),
])
def test_description_names_the_city(venues_of, text, want):
    assert want in {loc for _, loc, _, _ in venues_of(text)}


@pytest.mark.parametrize("text", [
    # an ambiguous description with no city named before it, and a sea, are no venue
    "Officials met in the Red Sea resort on Sunday.",
    "The leaders met at the Mediterranean resort on Sunday.",
    "Officials met in the Middle East on Sunday.",
    "The ministers met in the Egyptian port city on Sunday.",
])
def test_no_city_from_a_vague_description(venues_of, text):
    assert [r for r in venues_of(text) if r[1]] == []


def test_periphrases_file():
    rows = list(csv.DictReader(open(DATA / "places_periphrases.csv", encoding="utf-8")))
    assert rows and set(rows[0]) == {"city", "country_code", "descriptions", "names", "note"}
    assert not [k for k, n in Counter((r["city"], r["country_code"]) for r in rows).items() if n > 1]
    for r in rows:
        city = gz.lookup(r["city"], countries=(r["country_code"],))
        assert city is not None and city.name == r["city"] and city.country_code == r["country_code"], r["city"]
        assert city.place_type == "settlement", r["city"]
        descs = r["descriptions"].split("|")
        assert all(d.strip() == d and d for d in descs) and len(set(descs)) == len(descs), r["city"]
        assert all(n.strip() for n in r["names"].split("|")), r["city"]


# ----------------------------------------------------------------------------- the sentence before, the dateline

@pytest.mark.parametrize("text, want", [
    ("The envoy arrived in Cairo on Sunday for a two-day visit. He is due to meet the foreign minister on "
     "Monday.", ("meeting", "Cairo", "2024-03-04", "previous sentence")),
    ("The envoy arrived in Cairo on Sunday for a two-day visit. The talks focused on the hostages.",
     ("meeting", "Cairo", "2024-03-03", "previous sentence")),
    ("The envoy visited Amman on Monday. He met the king this week.",
     ("meeting", "Amman", "2024-W10", "previous sentence")),
])
def test_previous_sentence(venues_of, text, want):
    assert want in venues_of(text)


@pytest.mark.parametrize("text", [
    # another time, perhaps another place
    "The envoy visited Cairo on Monday. He had met the king last month.",
    "The envoy visited Cairo on Monday. He had met the king on February 12.",
    # another paragraph
    "The envoy visited Cairo on Monday.\n\nHe met the king on Monday.",
    # a country visit: the next host may be elsewhere in it
    "The envoy arrived in Israel on Monday. He met Abbas on Monday.",
    # a city of its own
    "The envoy visited Cairo on Monday. He will meet Abbas in Ramallah on Tuesday.",
])
def test_no_previous_sentence(venues_of, text):
    assert not [r for r in venues_of(text) if r[3] == "previous sentence"]


WIRE = ("DOHA, March 4 (Reuters) - Negotiators resumed work on a draft deal on Monday, officials said, as "
        "mediators pressed both sides to close the remaining gaps.\n")


@pytest.mark.parametrize("text, want", [
    (WIRE + "The Mossad chief, who arrived overnight, will meet Qatar's prime minister today, officials said.",
     ("meeting", "Doha", "2024-03-04", "dateline")),
    (WIRE + "A Qatari official said the delegations would meet again today at noon to review the text.",
     ("meeting", "Doha", "2024-03-04", "dateline")),
])
def test_dateline_of_a_local_event(venues_of, text, want):
    assert want in venues_of(text)


@pytest.mark.parametrize("text", [
    # no local cue, another day, a place of its own
    WIRE + "Biden will meet Netanyahu today, the White House said in a statement late on Sunday night.",
    WIRE + "The Mossad chief will meet Qatar's prime minister on Friday, officials said after the session.",
    WIRE + "The Mossad chief will meet Qatar's prime minister in Cairo today, officials said after the session.",
])
def test_no_dateline_for_another_event(venues_of, text):
    assert ("meeting", "Doha") not in {r[:2] for r in venues_of(text)}


# ----------------------------------------------------------------------------- a clause's date

@pytest.mark.parametrize("text, want", [
    ("He will travel on Wednesday to Doha, where he will meet the emir.", ("meeting", "Doha", "2024-03-06")),
    ("He arrived on Sunday in Cairo, where he met the president.", ("meeting", "Cairo", "2024-03-03")),
    # the date right after a meeting noun's place is its own, not that of the predicate before it
    ("His tour this week follows a meeting in Amman last month with the king.", ("meeting", "Amman", "2024-02")),
    ("The league called for a meeting, which was set for Thursday in Cairo, to discuss the raids.",
     ("meeting", "Cairo", "2024-03-07")),
])
def test_where_clause_takes_its_antecedent_date(venues_of, text, want):
    assert want in {r[:3] for r in venues_of(text)}


# ----------------------------------------------------------------------------- "there", a later predicate, "due in"

@pytest.mark.parametrize("text, want, absent", [
    # "there" after a trigger: the one locative place of the sentence before, when no meeting was placed there
    ("The minister spoke in Ankara on Tuesday about the war. He was holding talks there with the Turkish president.",
     ("meeting", "Ankara", "2024-03-04", "article"), None),
    ("The foreign minister told reporters in Muscat that Tehran would not bow. She met officials there on Monday.",
     ("meeting", "Muscat", "2024-03-04", "article"), None),
    # two locative places: "there" is unclear
    ("The minister, who lives in London, spoke in Ankara on Tuesday. He was holding talks there with the president.",
     ("meeting", "", "2024-03-04", ""), None),
    # "and is due in X on Wednesday" is the subject's next predicate: its place and date are a planned visit's, not
    # the talks'
    ("He held talks with the emir and is due in Riyadh on Wednesday.", ("visit", "Riyadh", "2024-03-06", "attached"),
     ("meeting", "Riyadh", "2024-03-06", "attached")),
    ("The envoys met the king on Sunday and will be in Cairo on Friday.", ("meeting", "", "2024-03-03", ""),
     ("meeting", "Cairo", "2024-03-08", "attached")),
    # "is due in X": a person's planned visit; a thing due somewhere is none
    ("The Lebanese prime minister is due in Paris on Thursday.", ("visit", "Paris", "2024-03-07", "attached"), None),
    ("The next payment is due in Cairo on Friday.", None, ("visit", "Cairo", "2024-03-08", "attached")),
    ("The ship left port and is due in Haifa on Monday.", None, ("visit", "Haifa", "2024-03-04", "attached")),
])
def test_there_and_later_predicates(venues_of, text, want, absent):
    got = venues_of(text)
    if want is not None:
        assert want in got
    if absent is not None:
        assert absent not in got


# ----------------------------------------------------------------------------- seats of government of the region

@pytest.mark.parametrize("text, want", [
    ("The US envoy met Speaker Nabih Berri in Ain el-Tineh for two hours on Tuesday.", "Beirut"),
    ("Berri received the French envoy at Ain al-Tineh on Monday, his office said.", "Beirut"),
    ("Prime Minister Najib Mikati received the delegation at the Grand Serail on Wednesday.", "Beirut"),
    ("The emir received the visiting foreign minister at Bayan Palace on Sunday, KUNA reported.", "Kuwait City"),
    ("Sultan Haitham received the Iranian president at Al Alam Palace on Monday.", "Muscat"),
    ("The UAE president hosted the Israeli premier at Qasr Al Watan on Tuesday.", "Abu Dhabi"),
    ("King Abdullah received the envoy at Basman Palace on Sunday, the royal court said.", "Amman"),
    ("Erdogan met the Hamas delegation at the Vahdettin Pavilion on Saturday.", "Istanbul"),
    ("Tebboune received President Abbas at El Mouradia Palace on Thursday.", "Algiers"),
    ("Ministers met in the Green Zone on Monday to discuss the security pact.", "Baghdad"),
    ("Arab foreign ministers gathered at the Arab League headquarters on Sunday.", "Cairo"),
])
def test_seat_building_names_its_city(venues_of, text, want):
    assert want in {loc for _, loc, _, _ in venues_of(text)}


@pytest.mark.parametrize("text", [
    # a seat building as a subject or an object is the office, not a venue
    "Ain el-Tineh said on Monday the talks would resume.",
    "The Grand Serail welcomed the agreement on Sunday, officials said.",
    "Officials met on Monday and briefed Bayan Palace on the outcome.",
])
def test_seat_building_not_a_venue(venues_of, text):
    assert [r for r in venues_of(text) if r[1]] == []


# ----------------------------------------------------------------------------- a later clause's date

@pytest.mark.parametrize("text, want", [
    # a date in a later clause with its own subject ("..., and the two sides agreed to continue next Saturday")
    # dates that clause, not the meeting before it (published on Monday 2024-03-04)
    ("The minister said the talks between the two countries in Muscat were held in a calm atmosphere, and the two "
     "sides agreed to continue the negotiations next Saturday.", ("Muscat", "2024-03-04")),
    ("Delegations met in Geneva on Sunday, and the mediators hoped to bring them together again in April.",
     ("Geneva", "2024-03-03")),
    ("The envoys met in Cairo, and their governments will decide on the plan next week.", ("Cairo", "2024-03-04")),
    ("Lavrov held talks with his Turkish counterpart in Ankara, while the defence ministers will meet in March.",
     ("Ankara", "2024-03-04")),
    # negatives: the meeting's own date, and a clause that only reports it
    ("The ministers met in Amman on Sunday, and the two sides agreed to continue next week.",
     ("Amman", "2024-03-03")),
    ("The talks in Riyadh will resume next week, and officials said progress was likely.", ("Riyadh", "2024-W11")),
])
def test_later_clause_date_is_not_the_meetings(venues_of, text, want):
    assert want in {(loc, date) for _, loc, date, _ in venues_of(text)}


# ----------------------------------------------------------------------------- planned trips to a country

def _sited(text: str) -> list[tuple[str, str, bool]]:
    from lib.extract import extract_document
    from lib.extract.document import document_from_text
    doc = document_from_text("t", text, published="2024-03-04")
    return sorted({(e.event_type, e.location, e.lat is not None) for e in extract_document(doc).events
                   if e.event_type in ("meeting", "visit")})


@pytest.mark.parametrize("text, country", [
    # a planned trip or meeting placed only in a country keeps the country's name, but no point on the map
    ("Blinken is due to travel to Turkey on Tuesday, the State Department said.", "Turkey"),
    ("The minister is expected to visit Israel next month, officials said.", "Israel"),
    ("The envoy will travel to Jordan later this week to meet King Abdullah.", "Jordan"),
    ("Erdogan is scheduled to fly to Qatar on Wednesday for talks with the emir.", "Qatar"),
    ("Hochstein is expected to arrive in Israel on Thursday.", "Israel"),
    ("The forum will convene in Tunisia next month, the UN mission said.", "Tunisia"),
])
def test_planned_trip_to_a_country_is_unsited(text, country):
    rows = _sited(text)
    assert rows and all(loc == country and not sited for _, loc, sited in rows)


@pytest.mark.parametrize("text, place", [
    # negatives: a planned trip to a city, and a trip to a country that happened, keep their point (the seed gold
    # places "talks last month in Jordan" in Jordan, with a country's radius)
    ("Blinken is due to travel to Ankara on Tuesday, the State Department said.", "Ankara"),
    ("The talks will be held in Doha next week.", "Doha"),
    ("The ministers will meet in Egypt's Sharm el-Sheikh on Thursday.", "Sharm el-Sheikh"),
    ("Blinken travelled to Turkey on Monday and met Erdogan.", "Turkey"),
    ("Netanyahu returned on Friday from a two-day visit to Oman.", "Oman"),
    ("A donors conference was held in Egypt on Sunday.", "Egypt"),
])
def test_sited_trips_keep_their_point(text, place):
    assert (place, True) in {(loc, sited) for _, loc, sited in _sited(text)}


@pytest.mark.parametrize("text", [
    # a country that is to host a gathering names no site yet
    "The foreign ministry welcomed the decision of Egypt to host a conference of civilian forces.",
    "Qatar is ready to host the talks.",
    "Egypt will host a reconstruction conference next month.",
])
def test_country_to_host_is_no_site(text):
    assert not [loc for _, loc, sited in _sited(text) if sited]


@pytest.mark.parametrize("text, place", [
    # negatives: a country that hosted, and a city that will host, are sites
    ("Egypt hosted a reconstruction conference on Sunday.", "Egypt"),
    ("Doha will host the talks next week.", "Doha"),
    ("Officials said Amman is to host the summit next week.", "Amman"),
])
def test_host_subject_sited(text, place):
    assert (place, True) in {(loc, sited) for _, loc, sited in _sited(text)}


# ----------------------------------------------------------------------------- rounds and legs

@pytest.mark.parametrize("text, want", [
    # a round that "took place" somewhere
    ("The first round took place in Baghdad on February 12.", {("Baghdad", "2024-02-12")}),
    ("The second round took place at the Omani embassy in Rome on April 19.", {("Rome", "2023-04-19")}),
    ("Previous rounds took place in Cairo and Amman last year.", {("Cairo", "2023"), ("Amman", "2023")}),
    # a list of legs that returns to a city: each dated leg is a round
    ("Previous rounds were held in Cairo on 27-28 August, in Addis Abeba on 23-24 September and again in Cairo on "
     "23-24 October.", {("Cairo", "2023-08-27"), ("Addis Ababa", "2023-09-23"), ("Cairo", "2023-10-23")}),
    ("Rounds were held in Amman on February 1 and in Amman again on February 20.",
     {("Amman", "2024-02-01"), ("Amman", "2024-02-20")}),
    # the date right after the venue, past a long list of partners
    ("Tajani, who met al-Shaibani and the leader of the new administration, Ahmed al-Sharaa, in Damascus on Friday, "
     "said the government would propose a suspension.", {("Damascus", "2024-03-01")}),
    # a gathering on a topic, placed before a relative clause about it
    ("Haftar arrived in Athens on Thursday, two days before a summit on Libya in Berlin from which Greece has been "
     "excluded.", {("Athens", "2024-02-29"), ("Berlin", "2024-03-02")}),
    # a visit dated through a clause is its own, not a repeat of this week's
    ("Hochstein visited Beirut on Monday. Berri last met the envoy on February 14, when Hochstein visited Beirut.",
     {("Beirut", "2024-03-04"), ("Beirut", "2024-02-14")}),
])
def test_rounds_and_legs(venues_of, text, want):
    assert want <= {(loc, date) for _, loc, date, _ in venues_of(text)}


@pytest.mark.parametrize("text, want", [
    # negatives: a round of voting is no meeting; one city named twice on one day, and a repeat, are one event
    ("The first round of voting took place in Tunis on Sunday.", set()),
    ("The ministers held talks on a truce in Gaza which collapsed.", set()),
    ("The envoys met in Cairo and Amman on Monday and returned to Cairo on Monday.", {"Cairo", "Amman"}),
    ("Blinken met Netanyahu in Jerusalem on Monday. Blinken met Netanyahu in Jerusalem for three hours.",
     {"Jerusalem"}),
])
def test_no_extra_round(venues_of, text, want):
    rows = [r for r in venues_of(text) if r[1]]
    assert {loc for _, loc, _, _ in rows} == want and len({(r[1], r[2]) for r in rows}) == len(want)


@pytest.mark.parametrize("text, place", [
    # a sentence adverb before a fronted locative phrase keeps its reach over the main clause
    ("Meanwhile, in Paris on Sunday, CIA director William Burns met Israeli, Egyptian and Qatari officials.", "Paris"),
    ("Separately, in Baghdad on Monday, the Iranian foreign minister met the Iraqi prime minister.", "Baghdad"),
    ("Later, in Geneva, the envoys held a second round of talks.", "Geneva"),
    ("Meanwhile in Amman, the foreign ministers met on Sunday.", "Amman"),
    ("Elsewhere, at the UN headquarters in New York, diplomats met behind closed doors.", "New York"),
    # a host who is to receive a named visitor somewhere
    ("On Tuesday, Safadi is scheduled to receive UN envoy Geir Pedersen in Amman, the ministry said.", "Amman"),
    ("The king will receive Iraqi Prime Minister Mohammed Shia al-Sudani in Amman on Sunday.", "Amman"),
])
def test_adverb_before_fronted_place_and_receive(venues_of, text, place):
    assert place in {loc for _, loc, _, _ in venues_of(text)}


@pytest.mark.parametrize("text", [
    # negatives: a fronted phrase that is no locative, a time relation, and "receive" with no visitor
    "Meanwhile, in response to the strikes, the ministers met on Sunday.",
    "Later, in a statement, the ministry said the envoys had met.",
    "Egypt will receive the first shipment of aid in Cairo next week.",
    "The families will receive compensation from the government.",
])
def test_no_venue_from_non_locatives_or_goods(venues_of, text):
    assert all(loc in ("", "Cairo") and not (loc == "Cairo" and et == "meeting")
               for et, loc, _, _ in venues_of(text))


# ----------------------------------------------------------------------------- a speaker on a meeting's sidelines

@pytest.mark.parametrize("text, want", [
    ("Tajani said on Sunday in Riyadh that the EU should ease sanctions, speaking on the sidelines of a meeting of "
     "Arab and European ministers.", ("Riyadh", "2024-03-03")),
    ("The minister, speaking in Cairo on the sidelines of an Arab League meeting, said the plan was dead.",
     ("Cairo", "2024-03-04")),
    ("Lavrov told reporters in Antalya on Friday, on the margins of a conference of foreign ministers, that the "
     "grain deal was dead.", ("Antalya", "2024-03-01")),
    ("Speaking to CNN in Davos on the sidelines of the summit, the prince said a deal was close.",
     ("Davos", "2024-03-04")),
])
def test_meeting_on_whose_sidelines_a_speaker_stands(venues_of, text, want):
    assert want in {(loc, d) for _, loc, d, _ in venues_of(text)}


@pytest.mark.parametrize("text, absent", [
    # two places in locative phrases: which one is unclear
    ("Speaking in Paris after talks in Doha, on the sidelines of a meeting, he said so.", "Paris"),
    # a place that is the topic, not where the speaker is
    ("The envoy spoke about Gaza on the sidelines of a meeting on Sunday.", "Gaza"),
    # no sidelines: a meeting the speaker only mentions
    ("He said in Ankara on Tuesday that a meeting of the guarantors was overdue.", "Ankara"),
])
def test_no_sidelines_place(venues_of, text, absent):
    assert absent not in {loc for _, loc, _, _ in venues_of(text)}


# ----------------------------------------------------------------------------- the traveller's next leg

@pytest.mark.parametrize("text, want", [
    # the next leg's destination is no place of the meeting: the traveller is still where he arrived
    ("Choi arrived in Tehran on Monday for talks. He is scheduled to meet Foreign Minister Zarif and the central bank "
     "governor on Tuesday before leaving for Qatar.", ("Tehran", "2024-03-05")),
    ("Choi arrived in Tehran on Monday for talks. He is to meet Foreign Minister Zarif on Tuesday and then travel to "
     "Doha.", ("Tehran", "2024-03-05")),
    # the sentence before names a later gathering elsewhere: the traveller is where he arrived on the day
    ("Haftar arrived in Athens on Thursday for talks, two days before a summit on Libya in Berlin from which Greece "
     "has been excluded. Haftar met Foreign Minister Nikos Dendias on Friday morning.", ("Athens", "2024-03-01")),
])
def test_next_leg_destination_is_not_the_meetings(venues_of, text, want):
    assert want in {(loc, date) for _, loc, date, _ in venues_of(text)}


@pytest.mark.parametrize("text, unwanted", [
    # negatives: a place of the meeting itself, or where the traveller went first, still refuses the previous city
    ("Choi arrived in Tehran on Monday for talks. He is to meet the emir on Tuesday in Doha.", ("Tehran", "2024-03-05")),
    ("Choi arrived in Tehran on Monday for talks. He met the emir on Tuesday after flying to Qatar.",
     ("Tehran", "2024-03-05")),
    ("Haftar arrived in Athens on Thursday, two days before a summit on Libya in Berlin from which Greece has been "
     "excluded. Haftar met Foreign Minister Nikos Dendias last year.", ("Athens", "2023")),
])
def test_meeting_with_a_place_of_its_own(venues_of, text, unwanted):
    assert unwanted not in {(loc, date) for _, loc, date, _ in venues_of(text)}


# ----------------------------------------------------------------------------- discussing a topic with a partner

@pytest.mark.parametrize("text, want", [
    ("Shoukry had also discussed the situation with Jordanian Foreign Minister Ayman Safadi in Amman on Sunday.",
     ("Amman", "2024-03-03")),
    ("The king discussed bilateral relations with his Egyptian counterpart in Cairo on Monday.", ("Cairo", "2024-03-04")),
])
def test_discussed_a_topic_with_a_partner_somewhere(venues_of, text, want):
    assert want in {(loc, date) for _, loc, date, _ in venues_of(text)}


@pytest.mark.parametrize("text", [
    # negatives: a place inside the topic, a partner that is a country, a call, no place at all
    "The king discussed the situation in Gaza with his Egyptian counterpart on Monday.",
    "The ministers discussed the war with Iran in a closed session.",
    "Shoukry discussed the offensive with Blinken by phone from Cairo.",
    "The king discussed the situation with Blinken in a phone call on Monday.",
])
def test_discussed_without_a_venue(venues_of, text):
    assert [r for r in venues_of(text) if r[1]] == []


# ----------------------------------------------------------------------------- the same traveller across a paragraph

def test_same_traveller_across_a_paragraph(venues_of):
    text = ("Haftar arrived in Athens on Thursday for talks with the Greek government.\n\n"
            "Haftar, whose army controls much of the country's east, met Foreign Minister Nikos Dendias on Friday.")
    assert ("Athens", "2024-03-01") in {(loc, date) for _, loc, date, _ in venues_of(text)}


@pytest.mark.parametrize("text", [
    # negatives: another subject, or no subject opening the sentence, after a paragraph break
    "Haftar arrived in Athens on Thursday for talks.\n\nSarraj met the German envoy on Friday.",
    "Haftar arrived in Athens on Thursday for talks.\n\nThe foreign minister met the German envoy on Friday.",
    "Haftar arrived in Athens on Thursday for talks.\n\nOn Friday, Haftar met the German envoy.",
])
def test_no_carry_across_a_paragraph(venues_of, text):
    assert ("Athens", "2024-03-01") not in {(loc, date) for _, loc, date, _ in venues_of(text)}


# ----------------------------------------------------------------------------- a phone call is no antecedent

def test_placed_meetings_after_a_call_keep_their_place(venues_of):
    text = ("Foreign Minister Sameh Shoukry received a phone call today from U.S. Secretary of State Antony Blinken. "
            "The two ministers agreed to continue coordination ahead of the meetings of the Egyptian, Qatari and "
            "American delegations in Cairo this week.")
    assert ("Cairo", "2024-W10") in {(loc, date) for _, loc, date, _ in venues_of(text)}


def test_placed_meeting_still_refers_back_to_a_meeting(venues_of):
    # negative: after a meeting in person, the definite mention is that meeting (one row, its date)
    text = "Shoukry met Blinken on Sunday. The meeting in Cairo lasted three hours."
    assert {(loc, date) for _, loc, date, _ in venues_of(text) if loc} == {("Cairo", "2024-03-03")}


# ----------------------------------------------------------------------------- where a truce holds is no venue

@pytest.mark.parametrize("text", [
    "At the end of a week of talks at a castle north of the capital, the two sides agreed to a ceasefire in Hodeidah.",
    "After a week of talks, the two sides agreed to a truce in Gaza.",
])
def test_truce_place_is_not_the_talks(venues_of, text):
    assert [r for r in venues_of(text) if r[1]] == []


@pytest.mark.parametrize("text, place", [
    # negatives: where the sides agreed is the talks' place
    ("After talks on Sunday, the two sides agreed in Aqaba to a ceasefire.", "Aqaba"),
    ("Officials agreed in Aqaba on Sunday to a truce, according to a communique issued at the end of the meeting.",
     "Aqaba"),
])
def test_place_of_agreeing_is_the_talks(venues_of, text, place):
    assert place in {loc for _, loc, _, _ in venues_of(text)}


def test_planned_ceremony_is_no_past_meeting(venues_of):
    text = ("Hochstein negotiated with the two sides for months. The signing ceremony is expected to take place at "
            "the UN post in Naqoura next week.")
    rows = {(loc, date) for _, loc, date, _ in venues_of(text) if loc}
    assert rows == {("En Naqoura", "2024-W11")}


# ----------------------------------------------------------------------------- round 18: dates and legs of venues

@pytest.mark.parametrize("text, want", [
    # an accord named with the participle of its making, dated after its place: its parties gathered there
    ("Japan on Tuesday welcomed the agreement reached in Vienna on Sunday between Iran and six powers.",
     ("meeting", "Vienna", "2024-03-03")),
    ("They followed the framework agreement reached in Lausanne on April 2, 2015.",
     ("meeting", "Lausanne", "2015-04-02")),
    ("Israel criticised the deal struck in Doha on Friday.", ("meeting", "Doha", "2024-03-01")),
    # how often is no clause break
    ("The committees are expected to meet for the first time in Damascus next week.", ("meeting", "Damascus", "2024-W11")),
    ("The envoys met for the second time in Doha on Saturday.", ("meeting", "Doha", "2024-03-02")),
    # "expected back in X": a planned visit, and the meeting it is for is there
    ("Hochstein is expected back in Beirut next week to meet army commander Joseph Aoun.",
     ("visit", "Beirut", "2024-W11")),
    ("Hochstein is expected back in Beirut next week to meet army commander Joseph Aoun.",
     ("meeting", "Beirut", "2024-W11")),
    # a relative clause on the gathering's course dates it; ", which" makes no generic plural
    ("The truce coincides with Yemeni consultations hosted by the Gulf Cooperation Council in Riyadh, which began on "
     "Tuesday and run until April 7.", ("meeting", "Riyadh", "2024-02-27")),
    ("Officials held talks in Doha, which ended on Saturday.", ("meeting", "Doha", "2024-03-02")),
    # a second leg after a "when" clause keeps its own date
    ("Erdogan and Putin last met in Istanbul on January 8, when they inaugurated a pipeline, and in Sochi in "
     "September 2018, when they signed the memorandum.", ("meeting", "Sochi", "2018-09")),
])
def test_round18_dated_venues(venues_of, text, want):
    assert want in {(t, loc, d) for t, loc, d, _ in venues_of(text)}


@pytest.mark.parametrize("text, absent", [
    # an accord named without a date of its own: no gathering on the article's day
    ("Japan on Monday welcomed the agreement reached in Vienna between Iran and six powers.", "Vienna"),
    ("He praised the agreement reached in principle with Hamas on Sunday.", None),
    # a verdict is expected back, no visitor
    ("The verdict is expected back in Cairo next week.", "Cairo"),
    # in a list of legs dated one by one, an undated leg takes no other leg's day
    ("The two met in Geneva in January, in Montreux in early March and nearly every day in Lausanne.", "Lausanne"),
    # a relative clause about the city, not the talks
    ("Officials held talks in Doha, which has hosted Hamas leaders since 2012.", "2012"),
])
def test_round18_no_venue(venues_of, text, absent):
    rows = venues_of(text)
    if absent is None:
        assert not [r for r in rows if r[1]]
    else:
        assert not [r for r in rows if absent in (r[1], r[2][:4])]


@pytest.mark.parametrize("text, want", [
    # the dated legs keep theirs; legs dated together share the date
    ("The two met in Geneva in January, in Montreux in early March and nearly every day in Lausanne.",
     {("Geneva", "2024-01"), ("Montreux", "2024-03")}),
    ("He visited Ramallah and Jerusalem on Saturday.", {("Ramallah", "2024-03-02"), ("Jerusalem", "2024-03-02")}),
])
def test_round18_legs(venues_of, text, want):
    assert {(loc, d) for _, loc, d, _ in venues_of(text) if loc} == want


@pytest.mark.parametrize("text, want", [
    # days, weeks or rounds of talks before a dated outcome ended on its day
    ("Opposition factions agreed on Friday to hand over their heavy weapons, following four rounds of talks with "
     "Russian officers in the town of Busra al-Sham.", ("meeting", "Busra ash Sham", "2024-03-01")),
    ("The powers reached an agreement on Saturday after 18 days of talks in Vienna.", ("meeting", "Vienna", "2024-03-02")),
    ("The accord signed on Thursday came after six hours of talks in Cairo.", ("meeting", "Cairo", "2024-02-29")),
])
def test_round18_talks_end_on_the_outcomes_day(venues_of, text, want):
    assert want in {(t, loc, d) for t, loc, d, _ in venues_of(text)}


def test_round18_undated_outcome_dates_no_talks(venues_of):
    # no dated outcome before the phrase: the talks keep the article's day
    assert ("meeting", "Doha", "2024-03-04") in {(t, loc, d) for t, loc, d, _ in venues_of(
        "Officials said progress came after weeks of talks in Doha.")}
