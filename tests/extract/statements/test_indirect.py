"""Reported speech without quotation marks (``lib/extract/statements/indirect.py``), round 6: trailing pronoun
attributions, coordinated speech acts without a comma, participles and verbs of a reported position; each with
the negative cases that must stay out (fact reports, meetings as events, questions, scare quotes)."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def reported(text: str, published: str = "2024-03-01"):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
            if r.kind in ("indirect", "unmarked")]


# ---------------------------------------------------------------- "<clause>, he added." after the speaker spoke

@pytest.mark.parametrize("text, expected", [
    ("Qatar said it was ready to host a new round of talks. The pause must hold beyond the weekend, it added.",
     ("Qatar", "Qatar", "The pause must hold beyond the weekend")),
    ("Hamas official Osama Hamdan spoke in Beirut on Monday. \"We will not yield,\" he said. Israel would not agree "
     "to a lasting truce while the group held captives, he added.",
     ("Osama Hamdan", "Hamas", "Israel would not agree to a lasting truce while the group held captives")),
])
def test_trailing_pronoun_is_the_speaker_who_just_spoke(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # nobody spoke before the pronoun: no guess
    "Israeli officials met in Cairo. The pause must hold beyond the weekend, he added.",
    # the clause has a speaker of its own (the counterpart's words, not the ministry's)
    "Jordan's foreign ministry said Ayman Safadi called Sameh Shoukry.\n\nHis Egyptian counterpart stressed the need "
    "to respect the status quo in Jerusalem, it added.",
    # a meeting reported as held or attended is an event, not a statement
    "Egypt's foreign ministry said talks were under way. Officials from Jordan and the United States were attending "
    "the meeting in the resort, it added.",
    "Saudi Arabia said it had formed a coalition. The coalition held its first meeting in Riyadh last month, it said.",
])
def test_no_trailing_pronoun_statement(text):
    got = reported(text)
    assert not any("Jerusalem" in q and f == "Jordan" for _, f, q in got)
    assert not any(q.startswith(("The pause", "Officials from", "The coalition held")) for _, _, q in got)


# ---------------------------------------------------------------- subjects and gaps before the reported clause

@pytest.mark.parametrize("text, expected", [
    # a meeting, then 'and' and the speech act: the sentence's opening subject speaks, not the person met
    ("Jordan's King Abdullah II met the Palestinian president in Ramallah on Monday and stressed that there could "
     "be no peace in the region without a Palestinian state.",
     ("King Abdullah II", "Jordan", "there could be no peace in the region without a Palestinian state")),
    ("Antony Blinken met Benjamin Netanyahu and said the United States would keep working for a deal.",
     ("Antony Blinken", "United States", "the United States would keep working for a deal")),
    # where and when it was said, between the verb and its 'that'
    ("Hamas spokesman Hazem Qassem said at a press conference in Beirut on Monday that the movement would not "
     "discuss any exchange before the war ends.",
     ("Hazem Qassem", "Hamas", "the movement would not discuss any exchange before the war ends")),
    # written speech with its 'that'
    ("Israeli Finance Minister Bezalel Smotrich wrote on X that the government would never accept a Palestinian "
     "state.", ("Bezalel Smotrich", "Israel", "the government would never accept a Palestinian state")),
])
def test_subject_and_gap_before_the_clause(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, wrong", [
    # two clauses: the verb's subject is the one right before it
    ("Egypt hosted the talks and Hamas said it would study the offer.", "Egypt"),
    # a person met by the speaker after a relative pronoun is not the speaker of the opening sentence
    ("Antony Blinken met Benjamin Netanyahu, who later said Israel would keep fighting in Rafah.", "United States"),
])
def test_no_subject_across_clauses(text, wrong):
    assert not any(f == wrong for _, f, _ in reported(text))


@pytest.mark.parametrize("text", [
    # a clause of its own between the verb and 'that': 'that' is a relative pronoun there
    "Hamas spokesman Hazem Qassem said at a press conference in Beirut on Monday Israel had bombed schools that "
    "sheltered families.",
    # a question is no statement
    "Did Israeli Finance Minister Bezalel Smotrich write on X that the government would never accept it?",
])
def test_no_clause_after_a_long_gap(text):
    assert not any("families" in q or "never accept" in q for _, _, q in reported(text))


# ---------------------------------------------------------------- 'It said' and 'The movement said' opening a sentence

@pytest.mark.parametrize("text, expected", [
    ("Hamas said it would study the proposal. It said that its delegation would return to Cairo on Sunday.",
     ("Hamas", "Hamas", "its delegation would return to Cairo on Sunday")),
    # a typed description is the last actor of its kind; 'while' without a comma stays inside the clause
    ("Islamic Jihad boycotted the meeting. The movement said in a statement that it would not attend while its "
     "members remained in custody.",
     ("Islamic Jihad (statement)", "Palestinian Islamic Jihad",
      "it would not attend while its members remained in custody")),
])
def test_it_and_descriptions_opening_a_sentence(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # 'It' after a sentence in which the group did not speak: no guess
    "Israel struck the camp on Monday. It said the strikes would continue until all hostages were freed.",
    # a description with no actor of its kind before it
    "Talks resumed in Doha. The ministry said that Israel bears full responsibility for the escalation.",
    # a fact report of the speaker's own losses
    "Israel's army said its troops came under fire in Jenin. It said no soldiers were hurt in the raid.",
])
def test_no_it_or_description_guessed(text):
    got = reported(text)
    assert not any(q.startswith(("the strikes", "Israel bears", "no soldiers")) for _, _, q in got)


# ---------------------------------------------------------------- trailing attribution with where, when and to whom

@pytest.mark.parametrize("text, expected", [
    ("Israel will not send a delegation to Cairo until Hamas provides a list of living hostages, an Israeli official "
     "told the Jerusalem Post.",
     ("Israeli official", "Israel", "Israel will not send a delegation to Cairo until Hamas provides a list of "
                                    "living hostages")),
    ("The crossing will remain open for the wounded, Egypt's foreign ministry said in a statement on Sunday.",
     ("Egypt's foreign ministry (statement)", "Egypt", "The crossing will remain open for the wounded")),
])
def test_trailing_attribution_with_place_time_or_outlet(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # a meeting or a call described as an event
    "The meeting was the first such gathering since the war began in October, a Jordanian official told the Jordan "
    "Times.",
    "The group's leader informed the emir of the decision in phone calls with the mediators, Hamas said in a short "
    "statement.",
])
def test_no_trailing_statement_for_events(text):
    assert reported(text) == []


# ---------------------------------------------------------------- verbs: infinitives, directives, feelings expressed

@pytest.mark.parametrize("text, expected", [
    ("Iran has vowed to retaliate against Israel for the killing of its commander.",
     ("Iran", "Iran", "vowed to retaliate against Israel for the killing of its commander")),
    ("Israeli army spokesman Avichay Adraee warned residents not to return to the north of the Strip.",
     ("Avichay Adraee", "Israel", "warned residents not to return to the north of the Strip")),
    ("The State Department asked Egypt to keep the crossing open for the wounded.",
     ("State Department", "United States", "asked Egypt to keep the crossing open for the wounded")),
    ("Prime Minister Benjamin Netanyahu said Israel expected Egypt to carry out a full investigation.",
     ("Benjamin Netanyahu", "Israel", "Israel expected Egypt to carry out a full investigation")),
    ("Israel's foreign ministry expressed hope that the mediators' efforts would lead to a deal.",
     ("Israel's foreign ministry", "Israel", "hope that the mediators' efforts would lead to a deal")),
    ("Benny Gantz quit the war cabinet on Sunday, accusing Netanyahu of having no plan for the day after the war.",
     ("Benny Gantz", "Israel", "accusing Netanyahu of having no plan for the day after the war")),
])
def test_infinitives_directives_and_feelings(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # a threat made before, in the pluperfect: background
    "Israel began pumping gas at the field after Hezbollah leader Hassan Nasrallah had threatened to attack it.",
    # a pledge as a participle after a signing: the document's terms
    "Fatah and Hamas signed a declaration in Algiers on Thursday, pledging to hold elections within a year.",
    # telling reporters what to expect is no directive
    "Hamas spokesman Hazem Qassem told reporters to expect an answer within days.",
    # support or solidarity expressed is background, not the day's words
    "Egypt's foreign ministry expressed its full support for the Palestinian people and their cause.",
])
def test_no_infinitive_or_feeling_statement(text):
    assert reported(text) == []


# ---------------------------------------------------------------- an attribution between commas inside the words

@pytest.mark.parametrize("text, expected", [
    ("From there, Egyptian officials said, the hostages would be taken to the Kerem Shalom crossing.",
     ("Egyptian officials", "Egypt",
      "From there, Egyptian officials said, the hostages would be taken to the Kerem Shalom crossing")),
    ("Israel, the Israeli official said, would not agree to a permanent truce while Hamas held hostages.",
     ("Israeli official", "Israel",
      "Israel, the Israeli official said, would not agree to a permanent truce while Hamas held hostages")),
])
def test_medial_attribution(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    "The talks, Egyptian officials said, were postponed.",          # a fact, no position
    "Yesterday, Hamas said, Israel struck the camp in Rafah twice.",  # a past act of another party
    "Israel, he said, would not agree to a permanent truce while Hamas held hostages.",  # 'he' with nobody before
])
def test_no_medial_attribution(text):
    assert reported(text) == []


# ---------------------------------------------------------------- a rejection of a bare noun phrase (round 12)

@pytest.mark.parametrize("text", [
    # an act toward another party's words or plan, with no words of the speaker's: no statement
    "Israel's foreign minister Yair Lapid rejected the Egyptian criticism on Sunday.",
    "The Turkish government rejected suggestions of a secret deal with Damascus.",
    "Hamas rejected the Israeli proposal outright.",
])
def test_a_rejected_noun_phrase_is_no_statement(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, quote", [
    # a rejection with a clause, a description or a pledge of the speaker's own stays
    ("Iran's foreign ministry rejected claims that Tehran armed the group.", "rejected claims that Tehran armed the group"),
    ("Israel rejected calls to halt the offensive in Rafah.", "rejected calls to halt the offensive in Rafah"),
    ("Jordan rejected any attempt to displace Palestinians from their land.",
     "rejected any attempt to displace Palestinians from their land"),
])
def test_a_rejection_with_words_of_its_own_stays(text, quote):
    assert [q for _sp, _f, q in reported(text)] == [quote]


# ---------------------------------------------------------------- round 12: after a quote's own attribution

@pytest.mark.parametrize("text, expected", [
    # "“…,” he said, adding that ...": the participle shares the subject of the verb of saying before it
    ('Jordanian Foreign Minister Ayman Safadi spoke in Amman. "There is no way but diplomacy," he said, adding that '
     'Arab states should cut trade ties with any party that blocks aid.',
     ("Ayman Safadi", "Jordan", "Arab states should cut trade ties with any party that blocks aid")),
    ('"The door is still open," Qatar\'s foreign ministry spokesman Majed al-Ansari said, adding that the mediators '
     'would meet again in Doha next week.',
     ("Majed al-Ansari", "Qatar", "the mediators would meet again in Doha next week")),
])
def test_participle_after_a_quote_attribution(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, unwanted", [
    # 'that' after a noun and right before a verb opens a relative clause, not the reported words
    ('"We have to move faster," EU envoy Enrique Mora told reporters after a session of the commission that lasted '
     'three hours.', "lasted"),
    ('Egyptian Foreign Minister Sameh Shoukry told a news conference on the plan that was adopted in March.',
     "was adopted"),
])
def test_relative_that_is_no_reported_clause(text, unwanted):
    assert not any(unwanted in q for _, _, q in reported(text))


@pytest.mark.parametrize("text, expected", [
    # a trailing attribution followed by ", adding that ...": both clauses are the speaker's (relayed alike)
    ("Israel would not agree to a permanent truce while the group held hostages, Israeli Prime Minister Benjamin "
     "Netanyahu said on Monday, adding that the army would press on in the south.",
     [("Benjamin Netanyahu", "Israel", "Israel would not agree to a permanent truce while the group held hostages"),
      ("Benjamin Netanyahu", "Israel", "the army would press on in the south")]),
    # words before a quote make a clause even when the quote closes it; the spokesman relays his principal
    ('UN Secretary-General Antonio Guterres believed the shelling marked "a grave escalation", his spokesman '
     'Stephane Dujarric told reporters, adding that all sides must show restraint.',
     [("Antonio Guterres", "United Nations", 'UN Secretary-General Antonio Guterres believed the shelling marked "a '
       'grave escalation"'),
      ("Antonio Guterres", "United Nations", "all sides must show restraint")]),
])
def test_trailing_attribution_adding_that(text, expected):
    got = reported(text)
    assert all(e in got for e in expected)


@pytest.mark.parametrize("text", [
    # a quote with its attribution, then 'adding that' and a fact: the quote is no reported clause, the fact no row
    '"We will not stop," Hamas spokesman Hazem Qassem said, adding that 12 people were killed in the strike.',
    # a report of an act closed by a short quote stays unread
    'Egypt\'s foreign ministry condemned the raid. The ministry described the raid as "a crime," the spokesman said.',
])
def test_no_trailing_adding_clause(text):
    got = reported(text)
    assert not any(q.startswith(("12 people", "The ministry described", "We will not stop")) for _, _, q in got)


# ---------------------------------------------------------------- trailing attribution: the audience told, the outlet
# that carried the statement

@pytest.mark.parametrize("text, published, expected", [
    ("Turkey will never allow a terror corridor on its southern border, Erdogan told lawmakers from his party on "
     "Wednesday.", "2024-03-01",
     ("Recep Tayyip Erdogan", "Turkey", "Turkey will never allow a terror corridor on its southern border")),
    ("Turkey will never allow a terror corridor on its southern border, Erdogan told a rally in Gaziantep.",
     "2024-03-01",
     ("Recep Tayyip Erdogan", "Turkey", "Turkey will never allow a terror corridor on its southern border")),
    ("Iran would respond decisively to any Israeli attack, Foreign Minister Abbas Araghchi told state television.",
     "2024-10-02",
     ("Abbas Araghchi", "Iran", "Iran would respond decisively to any Israeli attack")),
    ("The resistance will not stop its operations until the aggression ends, Nasrallah told supporters in a "
     "televised address.", "2023-11-11",
     ("Hassan Nasrallah", "Hezbollah", "The resistance will not stop its operations until the aggression ends")),
    ("The kingdom rejects any attempt to displace the Palestinian people, the Saudi foreign ministry said in a "
     "statement carried by SPA.", "2024-03-01",
     ("Saudi foreign ministry (statement)", "Saudi Arabia",
      "The kingdom rejects any attempt to displace the Palestinian people")),
    ("Egypt will not allow the liquidation of the Palestinian cause, Egypt's presidency said in a statement "
     "published by the state news agency MENA.", "2024-03-01",
     ("Egyptian presidency (statement)", "Egypt", "Egypt will not allow the liquidation of the Palestinian cause")),
])
def test_trailing_attribution_to_an_audience_or_carried_by_an_outlet(text, published, expected):
    got = reported(text, published)
    assert [g[1:] for g in got] == [expected[1:]]
    assert got[0][0].split()[-1] == expected[0].split()[-1] or expected[0] in got[0][0]


@pytest.mark.parametrize("text", [
    # facts told to an audience or carried by an outlet stay facts
    "Five soldiers were killed in the attack, the army told reporters in a briefing on Sunday.",
    "The delegation arrived in Cairo on Monday evening, an Egyptian official told state television.",
    # the outcome of a meeting, agreed by its parties, told to a press conference
    "The parties agreed to hold the next round in Astana in the spring, the Kazakh deputy foreign minister told a "
    "press conference.",
    "Both sides agreed to keep the channel open, Egypt's foreign minister told reporters after the talks.",
    # an attribution followed by what went on is no medial attribution of the whole sentence
    "Egypt will keep the crossing open, the foreign minister has said, after several convoys were turned back at "
    "the border.",
    # a report carried by a paper with no speaker named
    "Israel will not withdraw from the corridor, according to a report carried by the Wall Street Journal.",
])
def test_no_trailing_statement_to_an_audience(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, words", [
    # a clause coordinated by 'and'/'but' after the comma is no attribution of the words before it
    ("The strikes went on through the night, and Washington told Israel to hold off.", "The strikes went on"),
    ("The crossing stayed shut for a third day, but Cairo said it was ready to reopen it.", "The crossing stayed"),
])
def test_a_coordinated_clause_attributes_nothing_before_it(text, words):
    assert not any(q.startswith(words) for _, _, q in reported(text))


# ---------------------------------------------------------------- round 15: a reported clause that runs on
# The same speaker's reported words after ", but that ...", ", but warned that ...", ", but “...”" or ", adding that
# ..." run on in one row while the row stays balanced (``turns.BALANCE``: at most three times its shorter part plus
# eight words), as an answer's sentences do; a short clause beside a long one, or another speaker after the 'but',
# keeps two rows. Sentences written for these tests in the styles of agency copy, a Gulf paper, a Turkish daily, a
# Lebanese paper of 2006, an Iranian agency and a Russian agency.
@pytest.mark.parametrize("text, expected", [
    # AP style: ", but warned that"
    ("Jordanian Foreign Minister Ayman Safadi said Amman would keep the crossing open for aid, but warned that the "
     "kingdom could not take in more refugees.",
     ("Ayman Safadi", "Jordan", "Amman would keep the crossing open for aid, but warned that the kingdom could not "
      "take in more refugees")),
    # a Gulf paper: ", but that ..." (a second complement of the same verb)
    ("Qatar's foreign ministry spokesman Majed al-Ansari said the talks had moved forward, but that several points "
     "were still open.",
     ("Majed al-Ansari", "Qatar", "the talks had moved forward, but that several points were still open")),
    # a Turkish daily: ", adding that ..."
    ("Turkish Foreign Minister Hakan Fidan said Ankara backed the new talks in Astana, adding that Turkey would not "
     "accept the YPG at the table.",
     ("Hakan Fidan", "Turkey", "Ankara backed the new talks in Astana, adding that Turkey would not accept the YPG "
      "at the table")),
    # a Lebanese paper in 2006: ", but added that ..."
    ("Hezbollah said its fighters would respect the truce in the south, but added that they would resist any "
     "Israeli advance.",
     ("Hezbollah", "Hezbollah", "its fighters would respect the truce in the south, but added that they would "
      "resist any Israeli advance")),
    # an Iranian agency: ", but stressed that ..."
    ("Iran's foreign ministry said Tehran did not seek a wider war in the region, but stressed that it would answer "
     "any aggression.",
     ("Iran's foreign ministry", "Iran", "Tehran did not seek a wider war in the region, but stressed that it would "
      "answer any aggression")),
])
def test_a_reported_clause_runs_on_while_balanced(text, expected):
    assert expected in reported(text, "2024-03-01")


@pytest.mark.parametrize("text, expected", [
    # a short clause beside a long one: two rows (a Russian agency)
    ("Kremlin spokesman Dmitry Peskov said Moscow was ready to help, but added that any settlement in the Middle "
     "East must rest on the resolutions of the Security Council, the two-state formula and the borders of 1967 with "
     "East Jerusalem as the capital of a Palestinian state.",
     [("Dmitry Peskov", "Russia", "Moscow was ready to help")]),
    # another speaker after the 'but' (agency copy)
    ("Israel said it had accepted the proposal, but Hamas said the plan was far from its demands.",
     [("Israel", "Israel", "it had accepted the proposal"),
      ("Hamas", "Hamas", "the plan was far from its demands")]),
    # where and when it was said is no first clause (a Beirut daily's trailing attribution)
    ('"We will not let anyone name our ministers for us," Hezbollah leader Hassan Nasrallah said in a televised '
     'speech, adding that his party had welcomed the French plan.',
     [("Hassan Nasrallah", "Hezbollah", "his party had welcomed the French plan")]),
    # a contrast with 'while' stays cut (another party's position follows)
    ("Egypt said the crossing would open on Sunday, while Israel said no decision had been taken yet.",
     [("Egypt", "Egypt", "the crossing would open on Sunday")]),
])
def test_a_reported_clause_stays_cut(text, expected):
    got = reported(text, "2024-03-01")
    for row in expected:
        assert row in got, got
    assert not any(", but" in q or ", while" in q for _s, _f, q in got), got


# ---------------------------------------------------------------- a directive's listener is a noun phrase

@pytest.mark.parametrize("text, published, words", [
    ("Jordanian Foreign Minister Ayman Safadi warned Israel not to test the patience of the region.", "2023-11-02",
     "warned Israel not to test the patience of the region"),
    ("Egyptian Foreign Minister Sameh Shoukry asked the mediators to present a new proposal within days.",
     "2023-11-02", "asked the mediators to present a new proposal within days"),
    ("Egyptian Foreign Minister Sameh Shoukry told the two delegations to return to Cairo next week with answers.",
     "2023-11-02", "told the two delegations to return to Cairo next week with answers"),
    # a subordinate clause after the listener: the complement after it is the statement
    ("Egyptian Foreign Minister Sameh Shoukry told Blinken after being asked to extend the pause that Cairo had done "
     "its part.", "2023-11-02", "Cairo had done its part"),
])
def test_a_directive_names_its_listener(text, published, words):
    assert [r[2] for r in reported(text, published)] == [words]


@pytest.mark.parametrize("text, published", [
    # the quote's own attribution, then a subordinate clause: no directive, no reported clause
    ("\"You live in Damascus, I live in New York,\" Syrian Foreign Minister Walid al-Moallem told Ban when asked to "
     "wrap up, after speaking for nearly an hour.", "2014-01-22"),
    ("\"We will not move,\" Jordanian Foreign Minister Ayman Safadi told the Council as members prepared to vote on "
     "the text.", "2023-11-02"),
    ("'Enough,' Egyptian Foreign Minister Sameh Shoukry told the delegates while they waited to sign the accord.",
     "2023-11-02"),
])
def test_directive_negatives_a_subordinate_clause_after_the_listener(text, published):
    assert reported(text, published) == []


# ---------------------------------------------------------------- "<clause>, X said, and <clause>."

@pytest.mark.parametrize("text, published, expected", [
    ("All options on the northern front are open, Hezbollah leader Hassan Nasrallah said, and the battle will be "
     "long.", "2023-11-03", ["All options on the northern front are open", "the battle will be long"]),
    ("A deal is within reach, Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani said, but both sides must "
     "show flexibility.", "2024-06-10", ["A deal is within reach", "both sides must show flexibility"]),
    # a continuation with no subject of its own: the head only
    ("The crossing will stay open for the wounded, Egypt's foreign ministry said, and for as long as needed.", "2024-06-10",
     ["The crossing will stay open for the wounded"]),
])
def test_an_attribution_inside_the_sentence_before_a_coordinated_clause(text, published, expected):
    assert [r[2] for r in reported(text, published)] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a clause with a reporting verb of its own after the attribution: its own speaker
    ("The strike killed 12 people, the Gaza health ministry said, and Israel vowed to retaliate against anyone who "
     "fired rockets.", "2024-06-10", [("Israel", "vowed to retaliate against anyone who fired rockets")]),
    # narration before the attribution (no word of a position): no statement, neither clause
    ("Militants fired more than 2,000 rockets during the war, the Israeli military said, and about 400 were "
     "intercepted by air defences.", "2024-06-10", []),
    # a fact report before the attribution is no statement
    ("The talks were held in Doha, Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani said, and will resume "
     "next week.", "2024-06-10", []),
])
def test_inserted_attribution_negatives(text, published, expected):
    assert [(r[1], r[2]) for r in reported(text, published)] == expected


# ---------------------------------------------------------------- round 18: 'He added that' after "“…,” he said";
# a verb of attitude with a phrase between commas or 'but' before the reporting verb

@pytest.mark.parametrize("text, expected", [
    # the person spoke in the sentence before as a pronoun resolved to them
    ("Omani Foreign Minister Badr Albusaidi spoke in Muscat on Monday. \"The channel stays open,\" he said. He added "
     "that Oman had never been asked to end its mediation.",
     ("Badr Albusaidi", "Oman", "Oman had never been asked to end its mediation")),
    # an attitude and 'but' before the verb of saying
    ("Jordanian Foreign Minister Ayman Safadi welcomed the truce but told reporters that Jordan had no plans to send "
     "troops to the border.",
     ("Ayman Safadi", "Jordan", "Jordan had no plans to send troops to the border")),
    # the attitude's object holds a phrase between commas
    ("The Egyptian Foreign Ministry welcomed the agreement, reached after weeks of talks, and expressed hope that it "
     "would end the suffering of the people of Gaza.",
     ("Egyptian Foreign Ministry", "Egypt", "hope that it would end the suffering of the people of Gaza")),
])
def test_pronoun_after_a_spoken_sentence_and_attitude_before_the_verb(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text, wrong", [
    # 'He' whose person neither spoke nor was named in the sentence before: no guess
    ("Omani Foreign Minister Badr Albusaidi spoke in Muscat on Monday. The talks ended late.\n\nHe added that the "
     "channel stays open for any party.", "the channel stays open for any party"),
    # the verb after 'but' has another subject of its own: not the one who welcomed
    ("Jordan welcomed the truce, but Egypt told reporters that the crossing would stay closed for trucks.",
     ("Jordan", "the crossing would stay closed for trucks")),
])
def test_no_pronoun_or_attitude_guess(text, wrong):
    got = reported(text)
    if isinstance(wrong, tuple):
        assert not any((f, q) == wrong for _, f, q in got)
    else:
        assert not any(q == wrong for _, _, q in got)
