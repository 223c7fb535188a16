"""Metonymy: a seat of government that stands for its government is no place mention; the city stays a place."""
from __future__ import annotations

import pytest

from lib.extract import gazetteer as gz
from lib.extract.document import document_from_text
from lib.extract.places import find
from lib.extract.places_metonymy import is_metonym


def places(text: str) -> list[str]:
    return [m.text for m in find(document_from_text("t", text, published="2023-03-19"))]


@pytest.mark.parametrize("text, expected", [
    # the subject of a clause reported by a verb of saying
    ("The spokesman said Moscow would respond to any provocation.", []),
    ('The envoy said Ankara "fully backs" the plan.', []),
    ("A minister said Cairo had delivered the proposal to both sides.", []),
    ("The official said Paris was not aware of the raid in advance.", []),
    ("The aide added that Amman was ready to mediate.", []),
    # ... unless the clause describes the city
    ("The minister said Jerusalem would remain the capital.", ["Jerusalem"]),
    ("Residents said Baghdad was calm on Friday.", ["Baghdad"]),
    ("Witnesses said Damascus fell without a fight.", ["Damascus"]),
    ("He said Beirut on Monday had power for two hours.", ["Beirut"]),
    # the possessor of a policy noun; the city's own things stay the city's
    ("Amman's position has not changed since the war began.", []),
    ("Tehran's decision surprised diplomats.", []),
    ("Western capitals praised Ankara's diplomatic efforts.", []),
    ("Cairo's streets were quiet on Friday.", ["Cairo"]),
    ("Smoke rose over Beirut's southern suburbs.", ["Beirut"]),
    # the partner of a diplomatic relation, the agent of an infinitive
    ("Baghdad restored ties with Damascus last year.", []),
    ("The rift with Ankara deepened after the vote.", []),
    ("Officials stressed the need for Ankara to use its leverage.", []),
    ("Talks in Tehran resumed on Monday.", ["Tehran"]),
    ("The delegation flew from Riyadh to Cairo.", ["Riyadh", "Cairo"]),
    # a modal and a verb: the government acts; hosting and becoming are the city's
    ("London would continue to press all sides.", []),
    ("Doha will host the next round of talks.", ["Doha"]),
    ("Amman could become a regional hub.", ["Amman"]),
    ("Beirut could face more strikes, he warned.", ["Beirut"]),
    ("Officials said Beirut had been hit by strikes.", ["Beirut"]),
    ("He said Tehran's airport was closed.", ["Tehran"]),
    ("He said Riyadh would be the venue.", ["Riyadh"]),
    ("Blinken said Cairo would host the talks.", ["Cairo"]),
    # not a seat: never a metonym
    ("The mayor said Aleppo would rebuild its old souk.", ["Aleppo"]),
])
def test_metonyms(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("Officials said Washington would act.", "Washington", True),
    ("Officials in Washington said no.", "Washington", False),
    ("Moscow's support was decisive.", "Moscow", True),
])
def test_is_metonym(text, word, expected):
    start = text.index(word)
    assert is_metonym(text, start, start + len(word), 0, len(text), gz.lookup(word)) is expected


@pytest.mark.parametrize("text, expected", [
    ("A spokesman told reporters in Amman that talks would resume.", ["Amman"]),
    ("He told reporters Amman would not take part.", []),
    ("The summit was a sign of warming ties between Baghdad and Ankara.", ["Baghdad", "Ankara"]),
])
def test_reported_and_relations(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of capitals decides as one: the verb after the whole list, the preposition before its first item
    ("Moscow, Tehran and Ankara agreed on Tuesday to guarantee the truce.", []),
    ("Ankara, Moscow and Tehran signed a memorandum on de-escalation zones.", []),
    ("Riyadh and Tehran agreed to restore diplomatic ties after seven years.", []),
    ("Washington and Moscow have clashed over the plan for weeks.", []),
    ("Cairo and Doha have mediated between the two sides since October.", []),
    ("Riyadh, Abu Dhabi and Cairo announced a boycott of Qatar.", ["Qatar"]),
    # negatives: a locative list stays places, whatever verb follows it
    ("Officials in Moscow, Tehran and Ankara said the talks would go on.", ["Moscow", "Tehran", "Ankara"]),
    ("Flights from Amman and Cairo resumed on Monday.", ["Amman", "Cairo"]),
    ("The envoy visited Riyadh, Doha and Cairo and said progress was made.", ["Riyadh", "Doha", "Cairo"]),
    ("Protests were held in Baghdad and Beirut, and Tehran warned of unrest.", ["Baghdad", "Beirut"]),
    ("Doha and Cairo hosted rounds of talks last year.", ["Doha", "Cairo"]),
])
def test_lists_of_capitals(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a stance of the government, quoted or not, after a copula
    ('The official said Washington was "not naive" about the talks.', []),
    ("Analysts say Moscow is likely to push for a delay.", []),
    ("Diplomats said Ankara was unlikely to accept the terms.", []),
    ("Observers believe Tehran is serious about a deal.", []),
    # negatives: a description of the city
    ("Forecasters said Beirut was likely to see heavy rain.", ["Beirut"]),
    ('Residents said Baghdad was "calm" on Friday.', ["Baghdad"]),
])
def test_stance_after_a_copula(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a message, warning or pressure from or to a capital is its government's
    ("The interview dealt with the warnings from Ankara and Tehran.", []),
    ("What is your message to Baghdad?", []),
    ("The plan drew sharp criticism from Washington on Monday.", []),
    ("The cabinet has come under mounting pressure from Riyadh to act.", []),
    ("The minister handed over an invitation from Cairo to attend the summit.", []),
    ("Diplomats awaited a formal response from Moscow.", []),
    ("The envoy carried a letter to Damascus from the Arab League chief.", []),
    # a cooperation or relationship with a capital
    ("Does that not damage the relationship with Washington?", []),
    ("Sedat Onal said Turkey would continue to work with Moscow and Tehran on the truce.", ["Turkey"]),
    ("Ankara's partnership with Moscow has grown since 2016.", []),
    ("Israel will coordinate with Cairo on the crossing, an aide said.", ["Israel"]),
    # the agent of a diplomatic act in the passive
    ("The ceasefire brokered by Ankara and Moscow came into force on Dec. 30.", []),
    ("The truce, mediated by Doha and Cairo, held overnight.", []),
    ("The resolution was drafted by Paris and vetoed by Moscow.", []),
    # verbs of a government's stance
    ("Ankara has dismissed the offer.", []),
    ("Tehran swiftly criticised the decision.", []),
    # a reported clause with an adverb before its verb, and quotes written as HTML entities
    ('Miller said that Washington had "temporarily paused additional funding" for the agency.', []),
    ("Baghaei said Tehran had &ldquo;no direct contact&rdquo; with the new administration.", []),
    ("Observers say Ankara&#39;s influence is likely to grow.", []),
    ("Observers say Ankara&rsquo;s influence is likely to grow.", []),
    # negatives: movement, location and the city's own life stay places
    ("Flights from Ankara to Tehran resumed on Monday.", ["Ankara", "Tehran"]),
    ("A convoy from Damascus reached the border.", ["Damascus"]),
    ("Our correspondent reported from Cairo that the streets were calm.", ["Cairo"]),
    ("He worked in Moscow for a decade before joining the ministry.", ["Moscow"]),
    ("The talks hosted by Doha ended without a deal.", ["Doha"]),
    ("The strikes were felt by Beirut residents overnight.", ["Beirut"]),
    ("Trains to Baghdad were cancelled.", ["Baghdad"]),
    ("Ankara&#39;s streets were quiet on Friday.", ["Ankara"]),
    ("Residents said Beirut was &ldquo;calm&rdquo; on Friday.", ["Beirut"]),
    ("The minister said Damascus had recently been hit by strikes.", ["Damascus"]),
])
def test_government_nouns_partners_and_agents(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the subject of a progressive verb of acting; what the city undergoes or hosts keeps the place
    ("He added that Washington was working with the Lebanese government.", []),
    ("Ankara is pushing for a buffer zone along the border.", []),
    ("Beirut was burning after the strikes.", ["Beirut"]),
    ("Doha is hosting the talks this week.", ["Doha"]),
    # the subject of a passive verb of asking or pressing; a city hit or reached stays a place
    ("His ministry declined to say whether Bern had been asked to extend the arrangements.", []),
    ("Cairo was urged to open the crossing.", []),
    ("Damascus was shelled overnight.", ["Damascus"]),
    # the agent of telling in the passive; the host in the passive stays a place
    ("He said the delegation had been told by Riyadh and Ankara to walk out.", []),
    ("The forum was hosted by Doha.", ["Doha"]),
    # the object of a verb of judging at the end of its clause
    ("Salem al-Meslet, an HNC spokesman, blamed Moscow.", []),
    ("The opposition condemned Damascus, saying the raids broke the truce.", []),
    ("The delegation flew to Moscow.", ["Moscow"]),
    # a time adverb between the subject and its verb of saying; a copula of promptness
    ("Cairo later said in a statement that it welcomed the efforts.", []),
    ("Ankara was quick to respond.", []),
    ('A senior official said Washington was "encouraged" by the outcome.', []),
    ("Cairo later became the venue of the talks.", ["Cairo"]),
    # the possessor of a government title, whatever its case; a city official stays the city's
    ("Tokyo's Chief Cabinet Secretary Katsunobu Kato said his government hoped for a resolution.", []),
    ("Cairo's foreign ministry summoned the envoy.", []),
    ("Baghdad's governor said the streets were calm.", ["Baghdad"]),
    # the subject of a reported clause with words between the verb and "that"; a clause describing the city stays
    ('An official told JNS on condition of anonymity that Jerusalem "welcomes any action" against the militia.', []),
    ("Residents told the agency on Monday that Baghdad was calm.", ["Baghdad"]),
    # a capital that has yet to answer; a city that has yet to recover stays a place
    ("Tehran has yet to respond to the proposal.", []),
    ("Gaza has yet to recover from the war.", ["Gaza"]),
    # a stance phrase after a copula; a state of the city stays a place
    ("Washington and Tehran are at odds over sanctions relief.", []),
    ("Riyadh is on board with the plan.", []),
    ("Beirut was in darkness after the strike.", ["Beirut"]),
    # the partner of negotiating with
    ('Kayhan wrote that negotiating with Washington was "a waste of time."', []),
    ("The talks with Washington resumed in Muscat.", ["Muscat"]),
])
def test_metonyms_round17(text, expected):
    assert places(text) == expected
