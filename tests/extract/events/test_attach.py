"""Attach: which places of a sentence belong to a meeting or visit word (own sentences, whole pipeline)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    # a place after the possessive is the venue when a place noun or another place follows it
    ("The ministers met in Egypt's capital on Sunday.", {("meeting", "Cairo")}),
    ("Leaders met at Egypt's Sharm el-Sheikh resort on Sunday.", {("meeting", "Sharm el-Sheikh")}),
    # a post after a sending verb is a destination
    ("The king sent his envoy to Cairo on Sunday.", {("visit", "Cairo")}),
    # a trigger in a "PLACE, where ..." clause: the place, or a city inside it named in the clause
    ("The president flew on from Israel, where earlier in the day he addressed the Knesset in Jerusalem and met "
     "the families of hostages.", {("meeting", "Jerusalem")}),
    ("The envoy arrived in Lebanon, where officials from both sides met him.", {("meeting", "Lebanon"),
                                                                                ("visit", "Lebanon")}),
    # a scheduled relative clause or participle places its meeting
    ("The league called for an emergency session, which was set for Thursday in Amman, to discuss the raids.",
     {("meeting", "Amman")}),
    ("The talks, scheduled for March 9 in Cairo, were postponed.", {("meeting", "Cairo")}),
    # a speaker's place before "after <meeting>" is the meeting's, unless the meeting names its own
    ("The envoy, speaking in Amman after meeting the king on Monday, said aid must increase.", {("meeting", "Amman")}),
    ("The minister told reporters in Doha following talks with the emir that a deal was close.",
     {("meeting", "Doha")}),
    ("The envoy, speaking in Amman after talks in Cairo on Monday, said aid must increase.", {("meeting", "Cairo")}),
    # "discussed with X in Y the situation in Z": the place after the partner is the venue, the second object a topic
    ("King Abdullah discussed with the envoy in Amman on Sunday the latest developments in Gaza.",
     {("meeting", "Amman")}),
    # a short topic before the venue, when nothing of the topic happens somewhere
    ("Negotiators opened talks on a prisoner exchange in Doha on Monday.", {("meeting", "Doha")}),
    ("The envoy held talks on a prisoner swap in Doha, officials said.", {("meeting", "Doha")}),
    # "reconvene" is a meeting word
    ("Negotiators will reconvene in Doha next week.", {("meeting", "Doha")}),
    # a host's visitor after a parenthetical place and time ("received, in X last month, Y")
    ("The king received, in Amman on Sunday, the visiting Egyptian foreign minister.", {("meeting", "Amman")}),
    ("The president had received, in Ramallah at the end of last month, the Jordanian foreign minister, "
     "officials said.", {("meeting", "Ramallah")}),
])
def test_attached(venues_of, text, want):
    assert {(t, loc) for t, loc, _, _ in venues_of(text) if loc} == want


@pytest.mark.parametrize("text, want", [
    # a place denied is no venue: the other one is
    ("Talks would be held in Doha and not in Cairo, officials said.", {("meeting", "Doha")}),
    ("Ministers met in Doha, not in Cairo.", {("meeting", "Doha")}),
    ("The talks will take place in Doha rather than in Cairo.", {("meeting", "Doha")}),
    # a fronted place before a verb that judges the meeting is where the judging was done
    ("In Gaza, Hamas rejected the conference on Tuesday.", set()),
    ("In Gaza, Hamas welcomed the talks in Cairo.", {("meeting", "Cairo")}),
    # ... but before a verb of taking part it is the meeting's place
    ("In Gaza, Hamas attended the conference on Tuesday.", {("meeting", "Gaza")}),
])
def test_denied_and_judged_places(venues_of, text, want):
    assert {(t, loc) for t, loc, _, _ in venues_of(text) if loc} == want


@pytest.mark.parametrize("text", [
    # a place that belongs to another noun is no venue
    "The Security Council will meet on Monday at Israel's request.",
    "The committee will convene on Tuesday at Jordan's invitation.",
    "The envoys met in the afternoon at Qatar's formal request.",
    "Delegates gathered on Monday at Egypt's behest.",
    "The talks were convened at Turkey's own initiative.",
    "The minister met the ambassador to Egypt on Sunday.",
    "The minister met the UN envoy for Syria on Sunday.",
    "The minister met an envoy from Cairo on Sunday.",
    "The minister met Egypt's foreign minister on Sunday.",
    # the place is the topic
    "The ministers met on Sunday to discuss the situation in Gaza.",
    "The minister discussed with the king the situation in Gaza during a meeting on Sunday.",
    "The ministers held talks on the hostages in Gaza on Sunday.",
    "The delegation held talks on a ceasefire in Gaza with Egyptian officials.",
    # a place after a topic verb in a where clause is no refinement, and a foreign place ends the clause
    "The delegates gathered in the hall, where they discussed the war in Gaza and met the press.",
])
def test_not_attached(venues_of, text):
    assert [r for r in venues_of(text) if r[1]] == []


@pytest.mark.parametrize("text, want", [
    # a diplomat's post written as a title before a name (capitalised, or after a nationality or an agency's
    # country) is part of the name: the talks keep their own place, or none
    ("The talks in Moscow opened with a tribute to Russian Ambassador to Turkey Andrei Karlov.", {"Moscow"}),
    ("Officials met on Sunday with Saudi Ambassador to Lebanon Walid Bukhari in Beirut.", {"Beirut"}),
    ("The talks began on Monday with a speech by French Ambassador to Egypt Marc Lenoir.", set()),
    ("Qatari envoy to Gaza Mohammed al-Emadi held talks with Hamas leaders on Sunday.", set()),
    ("Foreign Minister Ayman Safadi met U.S. Ambassador to Jordan Henry Wooster in Amman on Tuesday.", {"Amman"}),
    ("The premier received on Monday the outgoing Ambassador to Iraq, officials said.", set()),
    ("Talks were attended by UN Special Envoy to Yemen Hans Grundberg, the agency reported.", set()),
    ("The sultan met the new Indian Ambassador to Oman at the palace on Sunday.", set()),
    # negative: a trip to a place, after a sending verb or with no title, stays a destination
    ("The king sent his envoy to Cairo on Sunday.", {"Cairo"}),
    ("Washington dispatched its Middle East envoy to Doha on Monday for talks.", {"Doha"}),
    ("The Ambassador travelled to Amman on Sunday for talks with officials.", {"Amman"}),
    ("Russian envoys travelled to Damascus on Monday.", {"Damascus"}),
])
def test_title_post_is_no_venue(venues_of, text, want):
    assert {loc for _, loc, _, _ in venues_of(text) if loc} == want


@pytest.mark.parametrize("text, want", [
    # a signed declaration, memorandum or treaty is an agreement: the talks before it took place where it was signed
    ("The army and the militia signed a declaration in Jeddah late on Thursday, after a week of talks brokered by "
     "Riyadh and Washington.", {("meeting", "Jeddah")}),
    ("The two ministries signed a memorandum of understanding in Amman on Monday following talks between the "
     "ministers.", {("meeting", "Amman")}),
    ("After three rounds of talks, the rebels and the government signed a peace treaty in Doha on Saturday.",
     {("meeting", "Doha")}),
    ("The rival groups signed a unity pact in Cairo on Sunday after talks hosted by Egyptian intelligence.",
     {("meeting", "Cairo")}),
    # negatives: a declaration that is only read or issued, and a signed document with no talks or place
    ("The ministers issued a declaration in Riyadh on Monday.", set()),
    ("The president signed a decree on Monday after talks with his advisers.", set()),
])
def test_talks_before_a_signed_document(venues_of, text, want):
    assert {(t, loc) for t, loc, _, _ in venues_of(text) if loc} == want


# A country named right before a person or body it qualifies ("to US mediator X", "to UAE troops") is whose, not
# where: the venue is the place of the locative phrase, if any.
@pytest.mark.parametrize("text, want", [
    ("Lebanon and Israel on Thursday completed the deal, with delegations handing their signed letters to US mediator "
     "Amos Hochstein at the UN base in Naqoura.", set()),
    ("The envoy travelled to Iran negotiators' hotel in Vienna on Monday.", {("visit", "Vienna")}),
    ("The minister paid a visit to UAE troops in Yemen on Monday.", {("visit", "Yemen")}),
    ("The minister held talks on Sunday and then went to US forces at a base in Erbil.",
     {("meeting", "Erbil"), ("visit", "Erbil")}),
    ("The Hamas delegation met on Tuesday with Egyptian officials and Qatar mediators in Doha.", {("meeting", "Doha")}),
    # negatives: a country that is the destination or the venue stays one
    ("The president flew to Egypt on Sunday for talks.", {("meeting", "Egypt"), ("visit", "Egypt")}),
    ("Ministers met in Jordan to discuss the crisis.", {("meeting", "Jordan")}),
    ("The prime minister travelled to Qatar on Monday.", {("visit", "Qatar")}),
    ("The king arrived in Egypt late on Sunday.", {("visit", "Egypt")}),
])
def test_country_before_a_person_noun_is_whose(venues_of, text, want):
    assert {(t, loc) for t, loc, _, _ in venues_of(text) if loc} == want


@pytest.mark.parametrize("text, want", [
    # a proper name's small words ("for", "on", "to") and a quoted title are no clause break before the place
    ("Sudani chaired an emergency meeting of the Ministerial Council for National Security on Saturday afternoon "
     "in Baghdad.", {("meeting", "Baghdad")}),
    ("The envoys met the Council on Foreign Relations in New York on Friday.", {("meeting", "New York")}),
    ("Ministers attended a session of the Higher Committee for Human Fraternity on Tuesday in Abu Dhabi.",
     {("meeting", "Abu Dhabi")}),
    ('The army and the RSF signed a "Declaration of Commitment to Protect the Civilians of Sudan" in Jeddah on '
     'Thursday.', {("meeting", "Jeddah")}),
    ('The two parties signed a "Memorandum of Understanding on Water Sharing" in Amman on Sunday.',
     {("meeting", "Amman")}),
])
def test_names_and_titles_are_no_break(venues_of, text, want):
    assert want <= {(t, loc) for t, loc, _, _ in venues_of(text)}


@pytest.mark.parametrize("text", [
    # negatives: a quotation in lower case, a purpose clause and a topic still end the trigger's reach
    'The envoys met on Sunday and said "the war in Gaza must end" in a statement.',
    "Blinken met Sisi on Sunday to discuss the war in Gaza.",
    "The leaders met on Monday for talks on the crisis in Gaza.",
    'The ministers met on Sunday, saying "peace in Lebanon is near".',
])
def test_quotes_and_topics_still_break(venues_of, text):
    assert [r for r in venues_of(text) if r[1]] == []


@pytest.mark.parametrize("gap, want", [
    ("a meeting of the Ministerial Council for National Security ", "a meeting of the Ministerial Council National Security "),
    (' a "Declaration of Principles" ', " a  NAME  "),
    # negatives: masked tokens, lower-case words and quoted speech are left alone
    (" with ACTOR on DATE ", " with ACTOR on DATE "),
    (" for talks on the crisis ", " for talks on the crisis "),
    (' and said "we will meet" ', ' and said "we will meet" '),
])
def test_proper_names(gap, want):
    from lib.extract.events.attach import proper_names
    assert proper_names(gap) == want


@pytest.mark.parametrize("text, want", [
    # a place after a bare comma joins the list only when the list goes on or the clause ends there
    ("After 18 days of talks in Vienna, Iran and the six world powers reached an agreement.", {"Vienna"}),
    ("He travelled to Ramallah, Gaza, and Tel Aviv on Monday.", {"Ramallah", "Gaza", "Tel Aviv"}),
    ("He travelled to Ramallah, Gaza and Tel Aviv on Monday.", {"Ramallah", "Gaza", "Tel Aviv"}),
    ("He toured Cairo, Amman, Riyadh.", {"Cairo", "Amman", "Riyadh"}),
])
def test_list_of_places(venues_of, text, want):
    assert {loc for _, loc, _, _ in venues_of(text) if loc} == want
