"""Quotes governed by a document or a body (lib/extract/statements/documents.py, read by direct.py): the text named after or before its
verb ("…,” reads the declaration", "“…,” the text reads"), a body whose quoted words open with their own verb
("The Council, in a statement issued after talks, “deeply regrets …” and called for “…”"), a quoted name after
"what X called" (speech, not a title). Sentences written for these tests, in the styles of several outlets."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def rows(text: str, published: str = "2019-03-12"):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction, r.quote)
            for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc)))) if r.kind in ("direct", "partial")]


def factions(got, words: str) -> set[str]:
    return {f for _, f, q in got if words in q}


# a document read out: the words are its issuers' (one row per faction of a joint text)
@pytest.mark.parametrize("text, words, expected", [
    ("Talks in Moscow\n\nThe foreign ministers of Russia, Iran and Turkey said in a joint statement after talks on "
     "Tuesday that they would act as guarantors.\n\n\"The three states will respect the ceasefire and call on all "
     "parties to join it,\" reads the declaration, read out by Lavrov at a news conference.",
     "will respect the ceasefire", {"Russia", "Iran", "Turkey"}),
    ("Accord in Jeddah\n\nEgypt and Qatar issued a joint statement on Sunday after the meeting.\n\n"
     "\"Both countries will continue their efforts to reach a lasting truce in Gaza,\" the text reads.",
     "continue their efforts", {"Egypt", "Qatar"}),
    ("Summit ends\n\nHamas and Fatah signed a joint declaration in Cairo on Thursday.\n\n"
     "\"The two movements reject any attempt to divide the Palestinian people,\" the declaration reads, "
     "\"and will form a government of national unity.\"",
     "reject any attempt to divide", {"Hamas", "Fatah"}),
    ("Gulf talks\n\nSaudi Arabia said in a statement on Monday that it welcomed the talks.\n\n"
     "\"The Kingdom stands with the brotherly people of Yemen in their quest for peace,\" read the statement.",
     "stands with the brotherly people", {"Saudi Arabia"}),
])
def test_a_document_read_is_its_issuers(text, words, expected):
    assert factions(rows(text), words) == expected, rows(text)


# 'read' without a document as its subject, or a reader named: no document speaks
@pytest.mark.parametrize("text, words", [
    ("Protest in Ramallah\n\nThousands marched in the city on Friday.\n\n\"Free Palestine, end the siege of "
     "Gaza now,\" read the banners carried by the crowd.", "end the siege"),
    ("Report\n\nA sign on the door of the closed bakery in Gaza City said it all.\n\n\"No bread today, "
     "no flour since last week,\" reads the handwritten note.", "No bread today"),
])
def test_a_text_that_is_no_document_speaks_for_nobody(text, words):
    assert not factions(rows(text), words), rows(text)


# a body whose quoted words open with their verb (an adverb before it), then a coordinated verb and a second quote
@pytest.mark.parametrize("text, words, expected", [
    ("Council statement\n\nThe U.N. Security Council, in a statement agreed after hours of talks, \"deeply "
     "regrets the loss of life in the strikes\" and called for \"an immediate and impartial investigation\".",
     "deeply regrets the loss", {"United Nations"}),
    ("Council statement\n\nThe U.N. Security Council, in a statement agreed after hours of talks, \"deeply "
     "regrets the loss of life in the strikes\" and called for \"an immediate and impartial investigation\".",
     "an immediate and impartial investigation", {"United Nations"}),
    ("Arab League meets\n\nThe Arab League \"strongly condemns the storming of the mosque\" and urged \"the "
     "international community to act without delay\", it said in Cairo.",
     "strongly condemns the storming", {"Arab League"}),
    ("Tehran reacts\n\nIran's foreign ministry \"firmly rejects the baseless accusations of the Western states\" "
     "and demanded \"an end to this hostile campaign\".", "an end to this hostile campaign", {"Iran"}),
])
def test_a_body_whose_quote_opens_with_its_verb(text, words, expected):
    assert factions(rows(text), words) == expected, rows(text)


# an adverb before a word that is no verb of speech, or quoted words after a narrative verb: nobody's
@pytest.mark.parametrize("text, words", [
    ("Aid convoy\n\nThe convoy \"finally reached the northern towns\" on Tuesday after a week of delays, aid "
     "workers in the city noted.", "finally reached"),
    ("Border\n\nThe army entered the area and \"quickly secured the crossing\" before dawn, a local resident "
     "recalled.", "quickly secured the crossing"),
])
def test_an_adverb_before_a_narrative_verb_is_no_attribution(text, words):
    assert not factions(rows(text), words), rows(text)


# "what X called “…”": speech of X (lower-case words); a quoted name after 'called' stays a title
@pytest.mark.parametrize("text, words, expected", [
    ("Ceasefire holds\n\nIsrael's security cabinet voted to accept what Prime Minister Benjamin Netanyahu's office "
     "called \"a mutual and unconditional ceasefire proposed by Egypt.\"", "a mutual and unconditional ceasefire",
     {"Israel"}),
    ("Gaza\n\nHamas welcomed what it called \"a victory for the steadfastness of our people\" on Friday.",
     "a victory for the steadfastness", {"Hamas"}),
    ("Iran\n\nTehran rejected what Iran's foreign ministry called \"an illegal and provocative act by the United "
     "States\" in a statement on Monday.", "an illegal and provocative act", {"Iran"}),
])
def test_what_x_called_is_speech(text, words, expected):
    assert factions(rows(text), words) == expected, rows(text)


@pytest.mark.parametrize("text, words", [
    ("Gaza\n\nThe fighting began with an attack Hamas called \"Al-Aqsa Flood Operation\" on October 7.",
     "Al-Aqsa Flood"),
    ("Film\n\nThe Egyptian director showed a documentary called \"The Road to Rafah and Back Again\" in Cairo.",
     "The Road to Rafah"),
    ("Beirut\n\nThe fighters regrouped in what residents called \"the old security zone near the river\" on "
     "Monday.", "the old security zone"),
])
def test_a_name_after_called_is_no_speech(text, words):
    assert not factions(rows(text), words), rows(text)


# a document named by its makers in an earlier sentence: who adopted, passed, voted for or signed it
@pytest.mark.parametrize("text, words, expected", [
    ("Vote in Baghdad\n\nIraq's parliament on Sunday voted overwhelmingly in favour of a resolution on foreign "
     "forces.\n\nThe resolution, drafted by Shiite blocs, asks the government to \"end the presence of all foreign "
     "troops on Iraqi soil\".", "end the presence of all foreign troops", {"Iraq"}),
    ("Knesset\n\nThe Knesset passed a resolution on Wednesday by a wide margin.\n\nThe resolution calls on the "
     "government to \"reject any unilateral recognition of a Palestinian state\".", "reject any unilateral",
     {"Israel"}),
    ("Cairo talks\n\nThe declaration was signed on Thursday evening by Hamas and Fatah in the presence of Egyptian "
     "intelligence officials.\n\n\"The two movements will hold elections within a year,\" the text reads.",
     "will hold elections within a year", {"Hamas", "Fatah"}),
])
def test_a_document_is_its_makers(text, words, expected):
    assert factions(rows(text), words) == expected, rows(text)


@pytest.mark.parametrize("text, words", [
    # a resolution whose makers are not named: the parties named near it did not write it
    ("Gaza\n\nIsrael and Hamas traded fire again on Monday as talks stalled.\n\nThe resolution calls for \"an "
     "immediate and durable humanitarian truce in Gaza\".", "an immediate and durable"),
    # a text that is a message or a placard, not a document of the parties
    ("Gaza\n\nIsrael and Hamas traded fire again on Monday.\n\nThe text message, sent to residents at dawn, reads "
     "\"evacuate your homes immediately and move south\".", "evacuate your homes"),
])
def test_a_document_without_makers_speaks_for_nobody(text, words):
    assert not factions(rows(text), words), rows(text)


# "the statement said" after the sentence that announced it with its issuers (a list with commas)
@pytest.mark.parametrize("text, words, expected", [
    ("Accord\n\nThe deal was announced in a joint statement by Egyptian President Abdel Fattah al-Sisi, Qatar's "
     "emir and Jordan's King Abdullah II, following a video call.\n\n\"The three leaders will meet again in Cairo "
     "next month,\" the statement said.", "will meet again in Cairo", {"Egypt", "Jordan"}),
    ("Truce\n\nThe truce was announced in a statement issued by Egypt and Qatar, the mediators, late on Tuesday."
     "\n\n\"Both mediators will monitor the truce around the clock,\" the statement said.",
     "will monitor the truce", {"Egypt", "Qatar"}),
])
def test_the_statement_is_its_announcers(text, words, expected):
    assert expected <= factions(rows(text), words), rows(text)


# a split quote whose attribution holds an abbreviation: the second part is the same speaker's
@pytest.mark.parametrize("text", [
    "Doha\n\n\"The details were negotiated line by line,\" Dr. Majed al-Ansari said, \"and every side has made "
    "concessions.\"",
    "Doha\n\n\"The talks were difficult,\" Qatar's spokesman, Dr. Majed al-Ansari, told reporters, \"but nobody left "
    "the room.\"",
])
def test_a_split_quote_after_an_abbreviation(text):
    got = rows(text, "2023-11-22")
    assert len(got) == 2 and {f for _, f, _ in got} == {"Qatar"}, got


# a noun that is a verb form after a coordinated verb ("called on Arab states"): no attribution of the quote
@pytest.mark.parametrize("text, words, expected", [
    ("Riyadh\n\nHamas welcomed the speech as \"a clear answer to the occupation's illusions\" and called on Arab "
     "states to freeze normalization.", "a clear answer", {"Hamas"}),
    ("Cairo\n\nEgypt described the raid as \"a flagrant violation of international law\" and urged member states "
     "of the council to act.", "a flagrant violation", {"Egypt"}),
])
def test_a_coordinated_verb_keeps_the_quote_with_its_subject(text, words, expected):
    assert factions(rows(text), words) == expected, rows(text)


# "In the declaration, <subject> <any verb> “…”": the words of the document's makers
@pytest.mark.parametrize("text, words, expected", [
    ("Beijing talks\n\nTwelve groups, including Hamas and Fatah, signed the declaration on Tuesday in Beijing.\n\n"
     "In the declaration, the groups committed \"to ending the division within one year\".",
     "to ending the division", {"Hamas", "Fatah"}),
    ("Summit\n\nThe Arab League adopted a final communique at the close of the summit in Riyadh.\n\n"
     "In the communique, the leaders pledged \"to rebuild Gaza without displacing its people\".",
     "to rebuild Gaza", {"Arab League"}),
])
def test_words_in_the_document_are_its_makers(text, words, expected):
    assert factions(rows(text), words) == expected, rows(text)


@pytest.mark.parametrize("text, words", [
    # a document whose makers are nowhere named: nobody's
    ("Leak\n\nIsrael and Hamas exchanged fire on Sunday.\n\nIn the document, the negotiators are told \"to keep the "
     "talks secret until the end\".", "to keep the talks secret"),
])
def test_words_in_a_document_without_makers(text, words):
    assert not factions(rows(text), words), rows(text)


# a subject that issues or reads out a document, then a participle with no comma: the issuer's words
@pytest.mark.parametrize("text, words, expected", [
    ("Reactions\n\nPalestinian Prime Minister Mohammad Shtayyeh read out a statement to reporters in Ramallah "
     "describing the plan as \"a betrayal of Jerusalem and our cause\".", "a betrayal of Jerusalem",
     {"Palestinian Authority"}),
    ("Raid\n\nHamas issued a statement on Sunday calling the raid \"a cowardly crime that will not go unpunished\".",
     "a cowardly crime", {"Hamas"}),
    ("Cairo\n\nEgypt's foreign ministry released a statement late on Monday urging \"all parties to exercise maximum "
     "restraint\".", "all parties to exercise", {"Egypt"}),
])
def test_a_participle_after_an_issued_document(text, words, expected):
    assert factions(rows(text, "2020-08-14"), words) == expected, rows(text, "2020-08-14")


# ---------------------------------------------------------------- a letter read: its sender's words (round 17)

@pytest.mark.parametrize("text, published, words, expected", [
    # the receiver is the subject, the sender after "from"
    ("Letters\n\nPalestinian President Mahmoud Abbas received a letter from Chinese President Xi Jinping on Sunday. "
     "“China stands firmly with the just cause of the Palestinian people,” the letter read.", "2024-01-14",
     "stands firmly", {"China"}),
    # the sender is the subject of 'sent', the addressee after 'to'
    ("Letters\n\nJordan's foreign ministry sent a letter to the UN Secretary-General on Monday.\n\n"
     "“The Kingdom demands an immediate halt to the settlement expansion,” the letter said.", "2024-01-14",
     "demands an immediate halt", {"Jordan"}),
    # a message carried by an envoy, read in the next paragraph
    ("Envoys\n\nQatar's emir received a written message from Iranian President Ebrahim Raisi, delivered by his envoy.\n\n"
     "“Tehran is ready to work with its neighbours for a ceasefire,” the message read.", "2023-11-02",
     "ready to work with its neighbours", {"Iran"}),
])
def test_a_letter_read_is_its_senders(text, published, words, expected):
    got = rows(text, published)
    assert factions(got, words) == expected, got


@pytest.mark.parametrize("text, published, words, expected", [
    # no sender named: the document's issuers as before (a statement is not sent)
    ("Gulf talks\n\nSaudi Arabia said in a statement on Monday that it welcomed the talks, and a letter arrived from "
     "Iran.\n\n\"The Kingdom stands with the brotherly people of Yemen,\" read the statement.", "2023-11-02",
     "stands with the brotherly", {"Saudi Arabia"}),
    # the letter was written by the speaker, who is named as the subject of 'said': not the recipient
    ("Letters\n\nEgypt sent a letter to Israel on Monday.\n\n“Egypt will not accept any displacement into Sinai,” "
     "Egyptian Foreign Minister Sameh Shoukry said.", "2023-11-02", "will not accept any displacement", {"Egypt"}),
])
def test_a_letter_sender_negatives(text, published, words, expected):
    got = rows(text, published)
    assert factions(got, words) == expected, got


# ---------------------------------------------------------------- an agreement's text quoted on (round 17)

AGREEMENT = ("Deal in Cairo\n\nHamas and Fatah signed an agreement in Cairo on Thursday after two days of talks.\n\n"
             "The accord was read out by Egypt's intelligence chief at a ceremony at the Egyptian capital.\n\n")


@pytest.mark.parametrize("text, words, expected", [
    # 'Under the text,' before the parties' quoted words: those who signed it
    (AGREEMENT + "Under the text, the parties agreed “to hold elections within a year” and to form a unity "
     "government.", "to hold elections", {"Hamas", "Fatah"}),
    ("Deal in Cairo\n\nHamas and Fatah signed an agreement in Cairo on Thursday.\n\nUnder the terms of the agreement, "
     "the two movements will “reject any attempt to divide the Palestinian people.”", "reject any attempt",
     {"Hamas", "Fatah"}),
    # a blockquote paragraph right after the text's quote goes on with it
    (AGREEMENT + "Under the text, the parties agreed “to hold elections within a year.”\n\n"
     "> “The parties pledge to renounce violence in settling their political differences.”",
     "renounce violence", {"Hamas", "Fatah"}),
    # the parties as the subject of a commitment in the next paragraph
    (AGREEMENT + "Under the text, the parties agreed “to hold elections within a year.”\n\n"
     "The leaders also committed to “launch a national dialogue on the security services”.",
     "launch a national dialogue", {"Hamas", "Fatah"}),
])
def test_an_agreements_text_is_its_parties(text, words, expected):
    got = rows(text, "2017-10-12")
    assert factions(got, words) == expected, got


@pytest.mark.parametrize("text, words, expected", [
    # a blockquote with its own attribution: that speaker
    (AGREEMENT + "Under the text, the parties agreed “to hold elections within a year.”\n\n"
     "> “We will hold the elections on time,” Hamas leader Ismail Haniyeh said.", "hold the elections on time",
     {"Hamas"}),
    # no document quoted in the paragraph before: the commitment's subject is no party of it
    ("Talks in Doha\n\nQatar's foreign ministry said on Monday that talks would resume.\n\n"
     "The leaders also committed to “launch a national dialogue on the security services”.",
     "launch a national dialogue", set()),
    # 'Under' with no document: no document's parties
    ("Talks in Cairo\n\nHamas and Fatah signed an agreement in Cairo on Thursday.\n\nUnder the circumstances, "
     "Israel's foreign ministry said it would “study the proposal carefully.”", "study the proposal", {"Israel"}),
    ("Talks in Cairo\n\nHamas and Fatah signed an agreement in Cairo on Thursday.\n\nUnder the new president, "
     "the two movements “have a chance to rebuild trust,” Egyptian Foreign Minister Sameh Shoukry said.",
     "chance to rebuild trust", {"Egypt"}),
])
def test_an_agreements_text_negatives(text, words, expected):
    got = rows(text, "2017-10-12")
    assert factions(got, words) == expected, got


# ---------------------------------------------------------------- a meeting that ends with its text (round 17)

@pytest.mark.parametrize("text, words, expected", [
    ("Summit\n\nThe Arab League summit ended on Saturday with a final communiqué.\n\n“We reject any forced "
     "displacement of the Palestinian people,” the communiqué said.", "reject any forced", {"Arab League"}),
    ("Summit\n\nThe meeting of Egypt, Jordan and the Palestinian Authority concluded in Cairo with a joint statement."
     "\n\n“The three parties reject any attempt to liquidate the Palestinian cause,” the statement said.",
     "reject any attempt", {"Egypt", "Jordan", "Palestinian Authority"}),
])
def test_a_meeting_that_ends_with_its_text(text, words, expected):
    got = rows(text, "2024-01-20")
    assert factions(got, words) == expected, got


@pytest.mark.parametrize("text, words, expected", [
    # no party of the meeting named: no speaker
    ("Summit\n\nThe talks in the capital ended on Sunday with a joint statement.\n\n“The two sides will meet again "
     "next week,” the statement said.", "meet again next week", set()),
    # 'ended' with no document after 'with': the speaker of the statement named later
    ("Summit\n\nThe Arab League summit ended with a walkout by Syria's delegation.\n\nQatar said in a statement: "
     "“The summit failed to agree on a common position.”", "failed to agree", {"Qatar"}),
])
def test_a_meeting_that_ends_negatives(text, words, expected):
    got = rows(text, "2024-01-20")
    assert factions(got, words) == expected, got
