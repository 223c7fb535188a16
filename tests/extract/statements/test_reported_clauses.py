"""Statements: which reported clauses are a speaker's (subject phrases, verbs that need 'that', a document as the
clause's subject, a second 'and that' clause, speech reported through an office holder), and which are not."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def reported(text: str, published: str = "2023-09-12", **kw):
    doc = document_from_text("t", text, published=published, **kw)
    return [(r.speaker, r.faction, r.quote, r.relayed_by) for r in
            S.extract(Context(doc=doc, actors=tuple(actors.find(doc)))) if r.kind == "indirect"]


@pytest.mark.parametrize("text, speaker, faction, quote", [
    # a subject with a relative clause between commas, which names a place of its own
    ("King Abdullah met the envoy. The King, who had returned from a visit to France, stressed that Jordan would "
     "keep the crossing open.", "King Abdullah II", "Jordan", "Jordan would keep the crossing open"),
    # a generic head noun after the name
    ("The Palestinian Islamic Jihad group says it will respect the truce as long as the raids stop.",
     "Palestinian Islamic Jihad", "Palestinian Islamic Jihad", "it will respect the truce as long as the raids stop"),
    # named places after a preposition
    ("Iran's mission to the United Nations in Geneva says in a statement that the strike was a response to "
     "the attack.", "Iran's mission to the United Nations (statement)", "Iran", "the strike was a response to the attack"),
    # liveblog present tense of 'tell'
    ("Qatari spokesman Majed al-Ansari tells reporters that the talks will resume in Doha on Sunday.",
     "Majed al-Ansari", "Qatar", "the talks will resume in Doha on Sunday"),
    # a verb of position with its 'that'
    ("Hamas claimed that the proposal ignored every demand of the Palestinian factions.",
     "Hamas", "Hamas", "the proposal ignored every demand of the Palestinian factions"),
    # the speaker's document as the subject of the clause
    ("Jordanian Foreign Ministry spokesman Sufian Qudah said the letter demanded an immediate end to the raids on "
     "the mosque.", "Sufian Qudah", "Jordan", "the letter demanded an immediate end to the raids on the mosque"),
    # 'told' with its listener and a clause without 'that'
    ("A senior Hamas official told Reuters the movement would respond to the offer within days.",
     "senior Hamas official", "Hamas", "the movement would respond to the offer within days"),
    ("Egypt told Israel it would keep the crossing open.", "Egypt", "Egypt", "it would keep the crossing open"),
    ("Jordanian Foreign Minister Ayman Safadi told reporters Amman would not accept any transfer of Palestinians.",
     "Ayman Safadi", "Jordan", "Amman would not accept any transfer of Palestinians"),
    # 'made (it) clear that' reports a position, in any tense
    ("Egypt had made clear that it would not open the crossing for an exodus of refugees.",
     "Egypt", "Egypt", "it would not open the crossing for an exodus of refugees"),
    ("Jordanian Foreign Minister Ayman Safadi has made it clear that Amman opposes any transfer of Palestinians.",
     "Ayman Safadi", "Jordan", "Amman opposes any transfer of Palestinians"),
    # the first clause reports a fact, the second one, after 'and that', a position: the statement is both
    ("Israeli Prime Minister Benjamin Netanyahu said the army had reached its goals and that Israel would answer "
     "any new attack with force.", "Benjamin Netanyahu", "Israel",
     "the army had reached its goals and that Israel would answer any new attack with force"),
])
def test_reported_clause_and_its_speaker(text, speaker, faction, quote):
    assert (speaker, faction, quote) in [r[:3] for r in reported(text)]


def test_words_reported_through_a_spokesman_are_the_titled_persons():
    got = reported("Presidential spokesman Nabil Abu Rudeineh said President Mahmoud Abbas stressed that the "
                   "raids would push the region towards more tension.")
    assert got == [("Mahmoud Abbas", "Palestinian Authority", "the raids would push the region towards more tension",
                    "Nabil Abu Rudeineh")]


def test_trailing_attribution_is_no_part_of_the_clause():
    got = reported("Egyptian Foreign Minister Sameh Shoukry stressed the need to respect the status quo in "
                   "Jerusalem, he added.")
    assert [q for _, _, q, _ in got] == ["the need to respect the status quo in Jerusalem"]


@pytest.mark.parametrize("text", [
    # announcing, recalling: decisions and facts, not positions
    "Egypt's cabinet announced that the crossing would open for trucks on Monday.",
    "The Jordanian foreign minister recalled that the talks had begun in Aqaba two years earlier.",
    # both clauses report facts
    "The Israeli military said militants had fired 300 rockets and that air defences had intercepted most of them.",
    # a pronoun subject is not clearly attributed
    "It added that the two sides agreed to continue contact.",
    # 'told' with a listener but no clause of a position
    "Jordanian Foreign Minister Ayman Safadi told reporters about his visit to the crossing on Monday.",
    # 'made clear' with a subject that is no speaker
    "The latest clashes made clear that the truce would not hold for long.",
])
def test_no_reported_clause(text):
    assert reported(text) == []


def test_outlet_country_for_an_unowned_ministry_when_the_headline_opens_with_it():
    text = ("AMMAN — The Ministry of Foreign Affairs summoned the Israeli envoy on Saturday.\n\n"
            "Ministry spokesman Sufian Qudah said the protest note demanded an end to the raids on the mosque.")
    got = reported(text, "2022-04-16", outlet="Jordan Times", title="Jordan summons Israeli envoy over raids")
    assert [(sp, f) for sp, f, _, _ in got] == [("Sufian Qudah", "Jordan")]


@pytest.mark.parametrize("text, speaker, quote", [
    # a participle after a comma shares its clause's subject
    ("Egyptian Foreign Minister Sameh Shoukry addressed the summit in Cairo, saying Egypt would keep the crossing "
     "open for aid.", "Sameh Shoukry", "Egypt would keep the crossing open for aid"),
    # a verb after a quote and 'and' shares the sentence's subject
    ('Jordanian Foreign Minister Ayman Safadi called the move "a grave mistake" and said Jordan would raise it at '
     'the Security Council.', "Ayman Safadi", "Jordan would raise it at the Security Council"),
    # 'He' opening a sentence: the person named in the sentence before, in the same paragraph
    ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met the envoys in Doha. He said the talks would "
     "resume next week in Cairo.", "Mohammed bin Abdulrahman Al Thani", "the talks would resume next week in Cairo"),
])
def test_subject_of_a_participle_a_coordinated_verb_or_he(text, speaker, quote):
    assert speaker in [sp for sp, _, q, _ in reported(text) if q == quote]


@pytest.mark.parametrize("text", [
    # 'He' with nobody named in the sentence before
    "The talks went on late into the night in Doha.\n\nHe said the talks would resume next week in Cairo.",
    # 'It' is not read as a subject of reported speech
    "Hamas met the mediators. It said the talks would resume next week in Cairo.",
    # a call reported as an event
    "Jordanian Foreign Minister Ayman Safadi held a phone call with his Egyptian counterpart to coordinate the "
    "efforts to stop the escalation, the ministry said.",
])
def test_no_subject_guessed(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, speaker, faction, quote", [
    # a verb of saying with a position as its object
    ("The Omani foreign minister Badr Albusaidi stressed the importance of reopening the crossings for relief "
     "convoys.", "Badr Albusaidi", "Oman", "the importance of reopening the crossings for relief convoys"),
    ("Morocco reiterated its rejection of any plan to move Palestinians out of their land.",
     "Morocco", "Morocco", "its rejection of any plan to move Palestinians out of their land"),
    ("Jordanian Foreign Minister Ayman Safadi insisted on the need to open every crossing to aid at once.",
     "Ayman Safadi", "Jordan", "on the need to open every crossing to aid at once"),
    # 'proposed that' is a position with its clause
    ("Egyptian President Abdel Fattah al-Sisi proposed that a regional conference be held in Cairo next month.",
     "Abdel Fattah al-Sisi", "Egypt", "a regional conference be held in Cairo next month"),
    # a state in the negative, a decision of the speaker reported as done
    ("Jordanian Foreign Minister Ayman Safadi said the new rules do not apply to Jordanian trucks at the bridge.",
     "Ayman Safadi", "Jordan", "the new rules do not apply to Jordanian trucks at the bridge"),
    ("Israeli Defence Minister Yoav Gallant said Israel's aims had not changed since the start of the war.",
     "Yoav Gallant", "Israel", "Israel's aims had not changed since the start of the war"),
    ("Egyptian Foreign Minister Sameh Shoukry said he had instructed the embassy to follow the case closely.",
     "Sameh Shoukry", "Egypt", "he had instructed the embassy to follow the case closely"),
    # delegation form: the speaker's delegation or country as the clause's subject, with any verb
    ("The representative of Kuwait said his delegation voted for the text because it demanded a halt to the war.",
     "Kuwait", "Kuwait", "his delegation voted for the text because it demanded a halt to the war"),
    ("The Saudi envoy said her country had serious doubts about the sincerity of the offer.",
     "Saudi envoy", "Saudi Arabia", "her country had serious doubts about the sincerity of the offer"),
])
def test_positions_without_that(text, speaker, faction, quote):
    assert (speaker, faction, quote) in [r[:3] for r in reported(text)]


@pytest.mark.parametrize("text", [
    # objects that are no position, a background commitment
    "Jordan's King Abdullah stressed the point twice during the visit to Washington on Monday.",
    "Egypt renewed its strikes on militants in northern Sinai on Monday.",
    "Morocco reaffirmed its support for the peace process launched in Madrid decades ago.",
    # a past act in the affirmative is a fact report; a proposal as an adjective is no verb
    "The Israeli military said troops had demolished the house of the attacker in Jenin.",
    "The proposed deal would see the release of hostages in three stages over several weeks.",
    # delegation form after a speaker of no side, and a country's past act as a fact
    "The mayor said his country was a beautiful place to visit in the spring.",
    "Jordanian Foreign Minister Ayman Safadi said rockets were fired from Gaza overnight.",
])
def test_no_position_without_that(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, speaker, quote", [
    ("AMMAN — King Abdullah II received the Lebanese prime minister on Monday.\n\n"
     "His Majesty stressed that Jordan would keep supporting the Lebanese army.",
     "King Abdullah II", "Jordan would keep supporting the Lebanese army"),
    ("DOHA — Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani received the envoy on Sunday.\n\n"
     "HE the Prime Minister affirmed that Qatar would continue its mediation until the war ends.",
     "Mohammed bin Abdulrahman Al Thani", "Qatar would continue its mediation until the war ends"),
])
def test_form_of_address_opening_a_sentence(text, speaker, quote):
    assert speaker in [sp for sp, _, q, _ in reported(text, "2024-03-10") if q == quote]


@pytest.mark.parametrize("text", [
    # a form of address with no dignitary named before
    "The talks went on late into the night.\n\nHis Excellency stressed that the crossing would stay open.",
    # 'he' in capitals is no address when it is not the subject of a reporting verb
    "HE ARRIVED IN DOHA ON SUNDAY AND THE TALKS WILL RESUME NEXT WEEK.",
])
def test_no_dignitary_guessed(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, speaker, faction, quote", [
    # a trailing attribution followed by what went on meanwhile
    ("The talks in Doha ended without a deal on the hostages, two Qatari officials said, as the fighting went on in "
     "the south.", "Qatari officials", "Qatar", "The talks in Doha ended without a deal on the hostages"),
    # a verb of attitude and its object, then 'and said'
    ("Jordanian Foreign Minister Ayman Safadi praised the vote and said Amman would keep pressing for a ceasefire.",
     "Ayman Safadi", "Jordan", "Amman would keep pressing for a ceasefire"),
    # 'according to' a speaker or the speaker's statement, before or after a clause of a position
    ("Egypt's foreign ministry issued a statement on Sunday.\n\nAccording to the statement, Cairo will not accept "
     "any transfer of Palestinians into Sinai.", "Egypt's foreign ministry (statement)", "Egypt",
     "Cairo will not accept any transfer of Palestinians into Sinai"),
    ("Jordan would not allow its airspace to be used for any attack, according to Jordanian Foreign Minister Ayman "
     "Safadi.", "Ayman Safadi", "Jordan", "Jordan would not allow its airspace to be used for any attack"),
    # 'He' opening a paragraph after the person's own paragraph (one sentence a paragraph, as agencies write)
    ("Egyptian Foreign Minister Sameh Shoukry met the envoy in Cairo on Sunday.\n\nHe said Egypt would keep the "
     "crossing open for aid convoys.", "Sameh Shoukry", "Egypt", "Egypt would keep the crossing open for aid convoys"),
])
def test_trailing_coordinated_and_according_to(text, speaker, faction, quote):
    assert (speaker, faction, quote) in [r[:3] for r in reported(text)]


@pytest.mark.parametrize("text", [
    # a trailing attribution of events before it: a report of what happened
    "The summit collapsed without an agreement, the Egyptian foreign minister said, after ten days of talks.",
    # 'according to' the media, a tally, the terms of an agreement or a communiqué, or a past act
    "According to Israeli media, Israel would send a delegation to Cairo next week.",
    "At least 30 people were killed in the strikes, according to the Gaza health ministry.",
    "According to the agreement, the two sides are to resume indirect negotiations in Cairo within a month.",
    "The leaders will reconvene in Riyadh next year, according to the final communique.",
    "According to Hamas, Israeli forces stormed the hospital at dawn.",
    # a question is no position
    "Would Egypt open the crossing for the wounded, according to Hamas?",
    # an act that is no attitude before 'and said'
    "Israeli jets struck targets in Gaza and said the raids would continue.",
    # 'He' two paragraphs away from the person
    "Egyptian Foreign Minister Sameh Shoukry met the envoy in Cairo on Sunday.\n\nThe talks lasted two hours.\n\n"
    "He said Egypt would keep the crossing open for aid convoys.",
])
def test_no_trailing_coordinated_or_according_to(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, speaker, faction, quote", [
    # a document or a typed description opening the sentence: its issuer, the last actor of its kind
    ("Egypt's foreign ministry issued a statement on Sunday. The statement added that Cairo would not accept any "
     "transfer of Palestinians into Sinai.", "Egypt's foreign ministry (statement)", "Egypt",
     "Cairo would not accept any transfer of Palestinians into Sinai"),
    ("Jordan's foreign ministry condemned the raid. The Ministry noted that the raid violated the status quo at the "
     "holy sites.", "Jordan's foreign ministry", "Jordan", "the raid violated the status quo at the holy sites"),
    # a saved page with its markup: the paragraph tags are no part of the subject or of the words
    ("<p>Egyptian Foreign Minister Sameh Shoukry met the envoy in Cairo on Sunday.</p>\n<p>He said Egypt would "
     "keep the crossing open for aid convoys.</p>", "Sameh Shoukry", "Egypt",
     "Egypt would keep the crossing open for aid convoys"),
])
def test_document_description_and_markup_openings(text, speaker, faction, quote):
    assert (speaker, faction, quote) in [r[:3] for r in reported(text)]


def test_joint_statement_opening_speaks_for_its_issuers():
    got = reported("Egypt and Qatar issued a joint statement on Sunday. The joint statement added that the mediators "
                   "would remain in contact with the parties.")
    assert {f for _, f, q, _ in got if q == "the mediators would remain in contact with the parties"} == {
        "Egypt", "Qatar"}


@pytest.mark.parametrize("text", [
    # a statement with no issuer named before, a ministry of no known country
    "The talks went on. The statement added that the mediators would remain in contact with the parties.",
    "The talks went on late. The ministry noted that the crossing would stay closed until further notice.",
    # a statement's facts: a toll
    "Egypt's health ministry issued a statement. The statement added that 12 people were killed in the strike.",
])
def test_no_document_speaker_guessed(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, speaker, faction, quote", [
    # a meeting record: the delegate in capitals speaks for the country in parentheses
    ("NICOLE DUPRE (France) said her delegation abstained because the text ignored the humanitarian situation.",
     "Nicole Dupre", "France", "her delegation abstained because the text ignored the humanitarian situation"),
    # a speech act of the speaker's side reported as done
    ("Jordanian Foreign Minister Ayman Safadi said the Arab ministers had insisted on an immediate end to the war.",
     "Ayman Safadi", "Jordan", "the Arab ministers had insisted on an immediate end to the war"),
])
def test_meeting_records_and_speech_acts_reported_as_done(text, speaker, faction, quote):
    assert (speaker, faction, quote) in [r[:3] for r in reported(text)]


@pytest.mark.parametrize("text", [
    # an acronym in parentheses: a fact report stays one
    "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said up to 3,000 people had left the camp, "
    "and that much of it was without water.",
    # a body in parentheses that is no meeting record's delegate
    "The Palestinian Red Crescent (PRCS) said its teams were evacuating the wounded from the hospital.",
])
def test_no_record_speaker_in_parentheses(text):
    assert reported(text) == []


# (a readout: the spokesman named in the sentence before)
READOUT = "Egyptian presidential spokesman Ahmed Fahmy said Sisi received Blinken in Cairo on Sunday. "


@pytest.mark.parametrize("text, expected", [
    # the acts of the president are his statement, relayed by the spokesman
    (READOUT + "The spokesman said that President Abdel Fattah el-Sisi affirmed Egypt's firm position on rejecting "
     "the displacement of Palestinians and stressed the need to deliver aid without obstacles.",
     [("Abdel Fattah al-Sisi (Abdel Fattah el-Sisi)", "Egypt",
       "Egypt's firm position on rejecting the displacement of Palestinians and stressed the need to deliver aid "
       "without obstacles", "Ahmed Fahmy")]),
    # a second act with a clause of its own (of unlike length: ``clauses._runs_on``): a second row, his too,
    # relayed too
    (READOUT + "The spokesman said that President Abdel Fattah el-Sisi affirmed Egypt's firm position on rejecting "
     "the displacement of Palestinians, and stressed that aid must enter Gaza without obstacles through all the crossi"
     "ngs, by land, sea and air, under the supervision of the United Nations and in the quantities that the people of the Strip need.",
     [("Abdel Fattah al-Sisi (Abdel Fattah el-Sisi)", "Egypt",
       "Egypt's firm position on rejecting the displacement of Palestinians", "Ahmed Fahmy"),
      ("Abdel Fattah al-Sisi (Abdel Fattah el-Sisi)", "Egypt", "aid must enter Gaza without obstacles through all the crossi"
       "ngs, by land, sea and air, under the supervision of the United Nations and in the quantities that the people of the Strip need", "Ahmed Fahmy")]),
])
def test_readout_acts_are_the_relayed_persons(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    # what the spokesman reports of the meeting itself: no statement
    READOUT + "The spokesman said the meeting lasted two hours and took place at the Ittihadiya palace.",
    READOUT + "The spokesman said that Blinken arrived in Cairo on Sunday and met Sisi at the palace.",
    # no spokesman named before: nobody relays
    "Blinken met Sisi in Cairo. The spokesman said that President Abdel Fattah el-Sisi affirmed Egypt's firm "
    "position on the need for a ceasefire.",
])
def test_no_readout_without_a_relayed_act(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, expected", [
    # an act of another party reported as done is the source's report, not that party's words
    ("Qatari sources said Egypt had proposed a two-week truce to both sides in the talks.",
     [("Qatari sources", "Qatar", "Egypt had proposed a two-week truce to both sides in the talks", "")]),
    # a speech act of the day, reported through: that party's, relayed
    ("Egypt's spokesman Ahmed Hafez said Sameh Shoukry stressed the need for calm in Jerusalem.",
     [("Sameh Shoukry", "Egypt", "the need for calm in Jerusalem", "Ahmed Hafez")]),
])
def test_acts_reported_as_done_stay_with_the_source(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'according to' a spokesman, an act of the person he speaks for: that person's, relayed
    (READOUT + "According to the spokesman, Sisi also underlined the need for a two-state solution.",
     [("Abdel Fattah al-Sisi", "Egypt", "the need for a two-state solution", "Ahmed Fahmy")]),
    # a fact reported by the spokesman: no row
    (READOUT + "According to the spokesman, Sisi arrived at the palace at noon with his delegation.", []),
])
def test_according_to_a_spokesman_relays(text, expected):
    assert [r for r in reported(text) if "received" not in r[2]] == expected


# round 18: a 'that' after a complement clause that already has its subject and verb is a relative pronoun inside
# it, not the complementiser of the reporting verb; a 'that' after where, when or to whom stays the complementiser
@pytest.mark.parametrize("text, quote", [
    ("Talks ended in Cairo.\n\nMark Regev, a spokesman for Prime Minister Benjamin Netanyahu, said Israel had "
     "accepted the same terms that Egypt proposed in July.",
     "Israel had accepted the same terms that Egypt proposed in July"),
    ("Talks ended in Cairo.\n\nQatari spokesman Majed al-Ansari said Hamas would not accept any deal that left "
     "troops in Gaza.", "Hamas would not accept any deal that left troops in Gaza"),
    ("Talks ended in Cairo.\n\nQatari spokesman Majed al-Ansari said on Monday in Doha that the talks would resume.",
     "the talks would resume"),
])
def test_relative_that_inside_a_bare_clause(text, quote):
    assert [q for _, _, q, _ in reported(text)] == [quote]


# round 20: blame is an accusation; a position held against doubt takes a clause without 'that'
@pytest.mark.parametrize("text, speaker, quote", [
    ("US President George W. Bush blamed Syria and Iran for arming the group in Lebanon.", "George W. Bush",
     "blamed Syria and Iran for arming the group in Lebanon"),
    ("The White House insisted it was not blindsided by the deal between Riyadh and Tehran.", "White House",
     "it was not blindsided by the deal between Riyadh and Tehran"),
    ("Israeli Prime Minister Benjamin Netanyahu argued the deal would pave Iran's path to the bomb.",
     "Benjamin Netanyahu", "the deal would pave Iran's path to the bomb"),
])
def test_blame_and_positions_held(text, speaker, quote):
    assert (speaker, quote) in [(sp, q) for sp, _, q, _ in reported(text)]


@pytest.mark.parametrize("text", [
    "The attack was blamed on Hamas by Israeli officials on Sunday.",       # a passive: no speaker
    "Israel insisted on the release of all hostages before any ceasefire.",  # no clause ('insisted on' an object)
    "Hamas argued for hours with the mediators in Cairo.",                   # no clause
])
def test_no_blame_or_position_without_a_speaker_or_clause(text):
    assert reported(text) == []


@pytest.mark.parametrize("text", [
    # speech inside the reporter's 'after'/'since' clause: what was said before, the cause of what is told
    "Relations deteriorated further after Riyadh blamed Iran for a September 2019 missile and drone attack on "
    "Aramco oil facilities.",
    # a standing position in the present is background
    "Iran denies arming the Houthis, and Tehran insists it does not direct the group.",
])
def test_background_speech_is_no_statement(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, quote", [
    # an opening 'After ...,' has its comma: the main clause's speech is the day's
    ("After meeting Blinken, Jordanian Foreign Minister Ayman Safadi said Jordan would send more aid to Gaza.",
     "Jordan would send more aid to Gaza"),
    ("Jordanian Foreign Minister Ayman Safadi said after the meeting that Jordan would send more aid to Gaza.",
     "Jordan would send more aid to Gaza"),
    # what a speaker SAID inside the reporter's 'after' clause stays a statement (only acts there are background)
    ("The Palestinian Authority agreed to hold off on the resolution after Israel said it would not seek to start new "
     "construction.", "it would not seek to start new construction"),
    # 'when' clauses stay (a statement recalled with its moment)
    ("The talks stalled in October, when Ethiopian Prime Minister Abiy Ahmed told parliament that no force could "
     "stop Ethiopia from building the dam.", "no force could stop Ethiopia from building the dam"),
])
def test_speech_outside_a_background_clause(text, quote):
    assert quote in [q for _, _, q, _ in reported(text)]


def test_a_quoted_act_of_speech_in_a_perfect_is_no_clause_of_the_reporter():
    # 'had “reaffirmed …”' is the other party's act of speech, relayed: not the reporter's clause
    got = reported('US Secretary of State Antony Blinken said Israeli Prime Minister Benjamin Netanyahu had '
                   '"reaffirmed his commitment" to the proposal.')
    assert not any(sp == "Antony Blinken" for sp, _, _, _ in got), got
