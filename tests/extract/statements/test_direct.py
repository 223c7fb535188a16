"""Partial quotes inside reported-through speech (lib/extract/statements/direct.py): "spokesman X said <Person>
had stressed ... “…”" gives the quoted words to that person, relayed by X; a speech act or a fact of a third party
("said Israel had rejected “…”", "said Hamas had fired “…”") leaves them to the outer speaker."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def rows(text: str, published: str = "2024-06-10"):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction, r.relayed_by, r.quote)
            for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc)))) if r.kind == "partial"]


@pytest.mark.parametrize("text, speaker, faction, relay", [
    ("Egyptian presidential spokesman Ahmed Fahmy said Sisi had stressed Egypt's support for \"all efforts to "
     "reach a just and lasting peace\".", "Abdel Fattah al-Sisi", "Egypt", "Ahmed Fahmy"),
    ("Blinken said Netanyahu had told him that Israel \"remains committed to the framework agreed in Paris\".",
     "Benjamin Netanyahu", "Israel", "Blinken"),
    # the inner verb opens the quote
    ("Egyptian presidential spokesman Ahmed Fahmy said Sisi \"stressed Egypt's support for all efforts to reach a "
     "just and lasting peace\".", "Abdel Fattah al-Sisi", "Egypt", "Ahmed Fahmy"),
    ("Jordan's foreign ministry said Foreign Minister Ayman Safadi “affirmed the kingdom's rejection of any "
     "displacement of Palestinians”.", "Ayman Safadi", "Jordan", "foreign ministry"),
])
def test_quote_said_through_is_the_inner_speakers(text, speaker, faction, relay):
    got = rows(text)
    assert len(got) == 1 and got[0][:2] == (speaker, faction) and relay in got[0][2], got


@pytest.mark.parametrize("text, speaker, faction", [
    # a speech act or a fact of a third party: the quoted words are the outer speaker's
    ("Hamas spokesman Hazem Qassem said Israel had rejected \"every proposal the mediators put on the table\".",
     "Hazem Qassem", "Hamas"),
    ("The Israeli military said Hamas had fired \"dozens of rockets at southern towns overnight\".",
     "Israeli military", "Israel"),
    ("Hamas said Israel had described the offer as \"a final chance for the movement to accept\".", "Hamas", "Hamas"),
    # a speech act opening the quote stays the outer speaker's words ("rejected" is an act, not a verb of saying)
    ("Hamas spokesman Hazem Qassem said Israel \"rejected every proposal the mediators put on the table\".",
     "Hazem Qassem", "Hamas"),
    # the second quote, after the outer speaker speaks again, is his own
    ("Egyptian presidential spokesman Ahmed Fahmy said Sisi had stressed Egypt's support for \"all efforts to "
     "reach a just and lasting peace\". Fahmy said the president \"was briefed on the latest talks in Doha\".",
     "Ahmed Fahmy", "Egypt"),
])
def test_quote_stays_with_the_outer_speaker(text, speaker, faction):
    got = rows(text)
    assert got and got[-1][:3] == (speaker, faction, ""), got


# ---------------------------------------------------------------- speech placed before its speaker

def all_rows(text: str, published: str = "2024-06-10"):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction, r.kind, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))]


@pytest.mark.parametrize("text, expected", [
    # a leading participle of speech governs the quote; its subject comes after, whatever follows the main verb
    ("Headline\n\nTerming the settlement plan “a flagrant violation of international law”, Jordan's foreign "
     "ministry said it would raise the matter at the Security Council.",
     ("Jordan's foreign ministry", "Jordan", "partial", "a flagrant violation of international law")),
    ("Headline\n\nCalling the shelling “a crime”, Egypt's foreign ministry said it held Israel responsible.",
     ("Egypt's foreign ministry", "Egypt", "partial", "a crime")),
    # a quote-only paragraph, then "That was the message of X, who ...": X's, not the last speaker's
    ("Headline\n\nHamas said on Monday it had received the proposal.\n\n“The war must end before any exchange can "
     "take place. Our people will not accept less than that.”\n\nThat was the message of Jordan's Foreign Minister "
     "Ayman Safadi, who spoke to reporters in Amman on Monday.",
     ("Ayman Safadi", "Jordan", "direct",
      "The war must end before any exchange can take place. Our people will not accept less than that.")),
])
def test_speech_before_its_speaker(text, expected):
    assert expected in all_rows(text)


@pytest.mark.parametrize("text, absent", [
    # negatives: a participle that is no speech act ("Citing", "Ignoring") gives the quote to nobody
    ("Headline\n\nIgnoring the “strong warnings of the international community”, the army said it had entered the "
     "town.", "strong warnings of the international community"),
    # a short scare quote after a participle, with a speaker of no faction
    ("Headline\n\nCalling it “terrible”, a resident said the strike hit the school at dawn.", "terrible"),
])
def test_no_speech_before_a_speaker(text, absent):
    assert not [r for r in all_rows(text) if r[3] == absent]


def test_a_quote_only_paragraph_before_a_paragraph_naming_nobody_is_the_last_speaker_s():
    text = ("Headline\n\nHamas official Osama Hamdan said on Monday the group had received the proposal.\n\n"
            "“We will study it carefully and answer the mediators within days.”\n\n"
            "That was the message of the day in Beirut, where talks went on.")
    assert ("Osama Hamdan", "Hamas", "direct", "We will study it carefully and answer the mediators within days.") \
        in all_rows(text)


@pytest.mark.parametrize("follow, expected", [
    # a quote of sentences, then a sentence that is only its attribution: that speaker's, not the last speaker's
    ("Jordanian Foreign Minister Ayman Safadi said at a news conference.", "Ayman Safadi"),
    ("Jordan's foreign ministry added on Monday.", "Jordan's foreign ministry"),
    # negatives: a sentence with a clause of its own is no attribution; the quote stays the last speaker's
    ("Jordanian Foreign Minister Ayman Safadi said the talks would resume in Amman.", "Sameh Shoukry"),
    ("It did not say where the talks would take place.", "Sameh Shoukry"),
])
def test_an_attribution_sentence_after_a_quote(follow, expected):
    text = ("Headline\n\nEgypt's Foreign Minister Sameh Shoukry said on Sunday the crossing was open.\n\n"
            "“There will be no displacement of Palestinians. This is a red line for everyone in the region.” " + follow)
    got = [r for r in all_rows(text) if r[3].startswith("There will be no displacement")]
    assert [r[0] for r in got] == [expected]


def quoted(text: str, published: str = "2024-06-10"):
    return [(sp, fac, q) for sp, fac, _kind, q in all_rows(text, published)]


@pytest.mark.parametrize("text, expected", [
    # a later quote of the paragraph: the actor between is after a preposition ("with X at his side"), not a speaker
    ('"We will rebuild the crossing within a year," Blinken said in Cairo, with Shoukry at his side. "The United '
     'States will pay for the first phase of the work."',
     [("Antony Blinken", "United States", "We will rebuild the crossing within a year"),
      ("Antony Blinken", "United States", "The United States will pay for the first phase of the work.")]),
    ('"The talks were long and hard," Blinken told reporters after talks with Shoukry. "We are closer than we '
     'have been in weeks."',
     [("Antony Blinken", "United States", "The talks were long and hard"),
      ("Antony Blinken", "United States", "We are closer than we have been in weeks.")]),
])
def test_a_later_quote_of_the_paragraph_keeps_its_speaker(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text", [
    # negative: another person is the subject of a sentence between the quotes: the second quote is not given on
    '"We will rebuild the crossing within a year," Blinken said in Cairo. Shoukry nodded. "The bill is ours to '
    'share with the donors."',
])
def test_a_later_quote_after_another_subject_is_not_given_on(text):
    assert [r for r in quoted(text) if r[2].startswith("The bill")] == []


READ_LEAD = ("Israeli Prime Minister Benjamin Netanyahu and Egyptian President Abdel Fattah al-Sisi agreed on Monday to "
             "reopen the crossing, Secretary of State Antony Blinken announced in Cairo.\n\n")


@pytest.mark.parametrize("reading, expected", [
    # a joint text read out by the host: the parties' words, a row per party; "the statement continued" too
    ("Reading from a joint declaration drafted by the two sides overnight, Blinken said: \"We agree to reopen the "
     "crossing within seven days and to keep it open.\"\n\n\"We shall meet again before the end of the month,\" the "
     "statement continued.",
     {("Israel", "We agree to reopen the crossing within seven days and to keep it open."),
      ("Egypt", "We agree to reopen the crossing within seven days and to keep it open."),
      ("Israel", "We shall meet again before the end of the month"),
      ("Egypt", "We shall meet again before the end of the month")}),
    # negatives: the reader's own notes, and a count of parties the text does not name, leave the words to the reader
    ("Reading from his notes, Blinken said: \"We agree that the crossing must reopen within seven days.\"",
     {("United States", "We agree that the crossing must reopen within seven days.")}),
    ("Reading from a text agreed by the three countries, Blinken said: \"We agree to reopen the crossing within "
     "seven days.\"",
     {("United States", "We agree to reopen the crossing within seven days.")}),
])
def test_a_joint_text_read_out_is_its_parties(reading, expected):
    got = {(fac, q) for _sp, fac, q in quoted(READ_LEAD + reading, "2024-06-10")}
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # ", his office said" after words about a person opening the sentence: that person's words
    ('Palestinian President Mahmoud Abbas denounced the raid on the camp, calling it "a crime against our '
     'people that will not pass", his office said.',
     [("Mahmoud Abbas", "Palestinian Authority", "a crime against our people that will not pass")]),
    # negative: no person opens the sentence (a place is no speaker): no row
    ('In Jenin, the raid was called "a crime against our people that will not pass", his office said.', []),
])
def test_his_office_said_gives_the_words_to_the_person(text, expected):
    assert quoted(text, "2023-07-04") == expected


@pytest.mark.parametrize("text, speaker", [
    # the speaker's own side relayed by a named person of that side: the person's words
    ("Hamas official Basem Naim said the Hamas delegation had insisted on \"a full withdrawal from Gaza\".",
     "Basem Naim"),
    # negative: another party relayed stays that party's
    ("Qatari spokesman Majed al-Ansari said Hamas had stressed \"a full withdrawal from Gaza\".", "Hamas"),
])
def test_own_side_relayed_by_a_person_is_the_persons(text, speaker):
    assert [sp for sp, _f, _r, _q in rows(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a quote before ', while Y said': the verb before the quote, not Y's
    ("In Beirut, Hezbollah official Mahmoud Qmati declared \"a great victory for Lebanon,\" while Lebanese Prime "
     "Minister Najib Mikati said the army would deploy.", "Mahmoud Qmati"),
    # negative: '“…,” X said, while Y ...' stays X's
    ("\"We reject this plan,\" Hamas official Basem Naim said, while Egypt said talks would go on.", "Basem Naim"),
])
def test_a_new_clause_after_a_quote_does_not_attribute_it(text, speaker):
    doc = document_from_text("t", text, published="2024-06-10")
    got = [r.speaker for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc)))) if r.kind in ("partial", "direct")]
    assert got[:1] == [speaker]

# ---------------------------------------------------------------- a roundup of reactions under party headings

ROUNDUP = ("World reacts to the strike\n\nHere are some reactions:\n\n{heading}\n\n"
           "Heritage Minister Ami Levi wrote on X: \"This is the right way to answer those who murder our "
           "children.\"\n")


@pytest.mark.parametrize("heading, faction", [
    ("ISRAEL", "Israel"),
    ("PALESTINIAN AUTHORITY", "Palestinian Authority"),
    ("Egypt", "Egypt"),
])
def test_a_party_heading_gives_its_faction_to_an_office_holder(heading, faction):
    assert [(r[0], r[1]) for r in quoted(ROUNDUP.format(heading=heading), "2024-07-31")] == [("Ami Levi", faction)]


@pytest.mark.parametrize("text", [
    ROUNDUP.format(heading="OTHER REACTIONS"),  # a heading naming no party
    ROUNDUP.format(heading="NETANYAHU"),  # a person's name is no party's section
    # the heading too far above (a new section of the article without its own heading)
    ROUNDUP.format(heading="ISRAEL\n\n" + "\n\n".join(["The strike came after weeks of talks in Doha and Cairo."] * 7)),
])
def test_party_heading_negatives(text):
    assert quoted(text, "2024-07-31") == []


# ---------------------------------------------------------------- a short quote attributed after it

@pytest.mark.parametrize("text, expected", [
    # a one-word quote with its attribution names the speaker of the quote after it in the paragraph
    ("Headline\n\nQatar hosted the talks on Monday.\n\n\"Enough,\" the Emir of Qatar said. \"It is not permissible "
     "for Israel to be given a free licence to kill.\"", ("Qatar", "It is not permissible for Israel to be given a "
                                                          "free licence to kill.")),
    ("Headline\n\n“Never,” said Hamas official Osama Hamdan. “We will not disarm while the occupation continues on "
     "our land.”", ("Hamas", "We will not disarm while the occupation continues on our land.")),
    ("Headline\n\n\"No!\" Egypt's foreign minister Sameh Shoukry told reporters. \"There will be no displacement of "
     "the people of Gaza into Sinai.\"", ("Egypt", "There will be no displacement of the people of Gaza into Sinai.")),
])
def test_a_short_quote_names_the_speaker_of_the_next(text, expected):
    assert expected in [(f, q) for _sp, f, q in quoted(text)]


@pytest.mark.parametrize("text", [
    # negatives: a scare quote inside a sentence names no one; the next quote, with no speaker, is no row (a sentence
    # before it whose verb names a speaker does: test_quotes_round20)
    "Headline\n\nThe army entered the \"buffer zone,\" witnesses said. \"We will not accept any "
    "more delays in the delivery of aid.\"",
    # the short quote is no row of its own
    "Headline\n\n\"Enough,\" Egypt's foreign minister Sameh Shoukry said.",
])
def test_a_short_quote_negatives(text):
    assert [q for _sp, _f, q in quoted(text)] == []


# ---------------------------------------------------------------- an inverted subject with a modifier after its head

@pytest.mark.parametrize("who, expected", [
    # the participle after the head names whom the speaker is with, not who speaks
    ("a senior State Department official traveling with Kerry", ("senior State Department official", "United States")),
    ("an Egyptian official accompanying Blinken", ("Egyptian official", "Egypt")),
    ("a Hamas official familiar with the talks", ("Hamas official", "Hamas")),
    # negative: a name in apposition after the title is still the speaker
    ("Egyptian Foreign Minister Sameh Shoukry", ("Sameh Shoukry", "Egypt")),
])
def test_an_inverted_subject_ends_at_its_head(who, expected):
    text = f"Headline\n\nKerry met Zarif in Lausanne on Monday.\n\n\"We are close to a deal on the hostages,\" said {who}."
    assert [(sp, f) for sp, f, _q in quoted(text)] == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # an inverted subject whose name has a middle initial: the initial's dot ends no sentence
    ("Headline\n\n“We will not negotiate with terrorists,” said George W. Bush.", "2006-08-15",
     [("George W. Bush", "United States")]),
    ("Headline\n\n“We will keep working for a ceasefire,” said Secretary of State Antony J. Blinken.", "2022-06-10",
     [("Antony Blinken", "United States")]),
    # negatives: a sentence's real end after an initial-free name; an unknown initialled name has no side
    ("Headline\n\n“We will keep working for a ceasefire,” said Ehud Barak. He left.", "2000-01-10",
     [("Ehud Barak", "Israel")]),
    ("Headline\n\n“We will keep working for a ceasefire,” said John Q. Smithers.", "2022-06-10", []),
])
def test_inverted_subject_with_a_middle_initial(text, published, expected):
    assert [(sp, f) for sp, f, _k, _q in all_rows(text, published)] == expected


@pytest.mark.parametrize("text, expected", [
    # a nickname in quotation marks inside the speaker's name is part of the name, not the next quote
    ("Biden spoke first.\n\n\"Indonesia will continue to stand with the Palestinian people,\" President Joko "
     "\"Jokowi\" Widodo wrote on Twitter.", [("Joko Widodo", "Indonesia")]),
    ("Biden spoke first.\n\n“We will not leave Gaza to its fate,” Prime Minister Benjamin “Bibi” Netanyahu told "
     "reporters.", [("Benjamin Netanyahu", "Israel")]),
])
def test_a_nickname_inside_the_name_after_a_quote(text, expected):
    doc = document_from_text("t", text, published="2021-05-21")
    got = [(r.speaker, r.faction) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))]
    assert got == expected


@pytest.mark.parametrize("text, quoted", [
    ('President Joko "Jokowi" Widodo wrote.', []),  # a nickname between two parts of a name
    ('He called the plan "Unacceptable" and left.', ["Unacceptable"]),  # lower-case word after: a quoted word
    ('The "Deal of the Century" Trump unveiled.', ["Deal of the Century"]),  # several words: not a nickname
])
def test_find_quotes_skips_nicknames(text, quoted):
    from lib.extract.statements.quotes import find_quotes
    assert [text[a + 1:b] for a, b in find_quotes(text, 0, len(text))] == quoted
