"""Statements without quotation marks (lib/extract/statements/unmarked.py): posts whose handle names a person
mentioned before them, liveblog entry labels, and their negatives. Sentences are our own."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def rows(text: str, published: str = "2023-11-01"):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction, r.kind, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))]


LIVE = ("Live: talks on the crossing\n\n"
        "10:05\nEgypt's foreign minister posts on X\n"
        "Egypt's foreign minister Sameh Shoukry has written on X about the crossing.\n\n"
        "{handle}: The Rafah crossing remains open from the Egyptian side and we will keep it open.\n")


@pytest.mark.parametrize("handle, expected", [
    ("@SamehShoukry", [("Sameh Shoukry", "Egypt", "post",
                        "The Rafah crossing remains open from the Egyptian side and we will keep it open.")]),
    ("@sameh_shoukry", [("Sameh Shoukry", "Egypt", "post",
                         "The Rafah crossing remains open from the Egyptian side and we will keep it open.")]),
    # negatives: a handle that names nobody mentioned, a handle too short to be a name
    ("@cairo_watcher", []),
    ("@SS", []),
])
def test_a_post_by_a_person_named_before_it(handle, expected):
    got = [r for r in rows(LIVE.format(handle=handle)) if r[2] == "post"]
    assert got == expected


def test_a_handle_of_someone_named_only_after_the_post_is_nobody():
    text = ("Live: talks\n\n@SamehShoukry: The crossing remains open from our side and will stay open.\n\n"
            "Egypt's foreign minister Sameh Shoukry arrived in Amman later on Monday.\n")
    assert [r for r in rows(text) if r[2] == "post"] == []


@pytest.mark.parametrize("text, expected", [
    ("We will not accept a deal that leaves our people under siege, Haniyeh said in a televised speech on Sunday.",
     [("Ismail Haniyeh", "Hamas", "unmarked", "We will not accept a deal that leaves our people under siege")]),
    ("I condemn the attack on the aid convoy without reservation, Biden says in a statement released by the White "
     "House.",
     [("Joe Biden", "United States", "unmarked", "I condemn the attack on the aid convoy without reservation")]),
    # negatives: a speaker of no faction; a second clause after the verb is no place of saying
    ("I was at home when the shelling started, a resident said in an interview.", []),
    ("We will respond to the attack, Hamas says the army told its fighters in a call.", []),
])
def test_first_person_attributed_after_a_comma(text, expected):
    assert rows("Headline\n\n" + text, "2023-11-01") == expected


# ---------------------------------------------------------------- embedded posts: words, then "— Name (@handle) date"

EMBED = ("Israel vows response\n\nJERUSALEM - The prime minister posted a message on Sunday after the attack.\n\n"
         "{words}\n\n— {who} (@{handle}) October 7, 2023\n\nThe army said it had hit targets across Gaza overnight.\n")
EMBED_HTML = ("<html><head><title>x</title></head><body>\n<h1>Israel vows response</h1>\n"
              "<p>JERUSALEM - The prime minister posted a message on Sunday after the attack.</p>\n"
              "<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">{words} <a href=\"https://t.co/x\">"
              "pic.twitter.com/x</a></p>&mdash; {who} (@{handle}) <a href=\"https://twitter.com/s/1\">October 7, "
              "2023</a></blockquote>\n<p>The army said it had hit targets across Gaza overnight.</p>\n</body></html>\n")
WORDS = "Israel will answer this attack with full force and the enemy will pay a heavy price."


@pytest.mark.parametrize("page", [EMBED, EMBED_HTML])
def test_an_embedded_post_is_its_author_s(page):
    got = [r for r in rows(page.format(words=WORDS, who="Benjamin Netanyahu", handle="netanyahu"), "2023-10-08")
           if r[2] == "post"]
    assert [(sp, f) for sp, f, _, q in got] == [("Benjamin Netanyahu", "Israel")]
    assert got[0][3].startswith("Israel will answer this attack with full force")


@pytest.mark.parametrize("page, who, handle", [
    # negatives: an author of no faction; a handle and name that name nobody known
    (EMBED, "Some Reporter", "reporter123"),
    (EMBED_HTML, "Gaza Watcher", "gazawatch"),
])
def test_an_embedded_post_by_nobody_known_is_no_statement(page, who, handle):
    assert [r for r in rows(page.format(words=WORDS, who=who, handle=handle), "2023-10-08") if r[2] == "post"] == []


# ---------------------------------------------------------------- interviews in Q&A form

QA_INTRO = ("Minister interview\n\n"
            "In an interview with the Evening Ledger, Egypt's Foreign Minister Sameh Shoukry spoke about the talks. "
            "The conversation took place in Cairo.\n\n")


@pytest.mark.parametrize("body, expected", [
    # questions in bold, unlabelled answers: the interviewee's, sentence by sentence, without housekeeping
    ("**How do you see the truce talks now?**\n\nEgypt will keep mediating until the guns fall silent in Gaza. "
     "Thank you.\n\n**Will the crossing open?**\n\nThe crossing has never been closed from our side of the border.\n",
     [("Sameh Shoukry", "Egypt", "unmarked", "Egypt will keep mediating until the guns fall silent in Gaza."),
      ("Sameh Shoukry", "Egypt", "unmarked", "The crossing has never been closed from our side of the border.")]),
    # "Q:" and "A:" labels
    ("Q: Is a regional war coming?\n\nA: We warned everyone that the occupation of Gaza would inflame the region.\n",
     [("Sameh Shoukry", "Egypt", "label",
       "We warned everyone that the occupation of Gaza would inflame the region.")]),
    # the outlet's name labels the question, the interviewee's surname the answer
    ("Evening Ledger: What would you say to the Israeli government?\n\n"
     "Shoukry: Any attack on Rafah will have grave consequences for the whole region.\n\n"
     "Evening Ledger: And to Hamas?\n\nShoukry: The movement must release the hostages without delay.\n",
     [("Sameh Shoukry", "Egypt", "label", "Any attack on Rafah will have grave consequences for the whole region."),
      ("Sameh Shoukry", "Egypt", "label", "The movement must release the hostages without delay.")]),
    # "Question:" and the interviewee's full name in capitals; the intro says "spoke to"
    ("Question: Has Egypt received a new proposal?\n\nSAMEH SHOUKRY: We received it yesterday and we are "
     "studying it with our partners in Doha.\n", [("Sameh Shoukry", "Egypt", "label",
                                                 "We received it yesterday and we are studying it with our partners "
                                                 "in Doha.")]),
    # an answer that reports another speaker's words is read as reported speech, not as the interviewee's
    ("Q: What did Washington tell you?\n\nA: Secretary Blinken told me that the United States opposes any "
     "operation in Rafah.\n", "no Shoukry row"),
    # an editor's note is no answer
    ("Q: How long will the war last?\n\nA: Nobody can tell how long this war will go on for our region.\n\n"
     "This interview has been edited for length and clarity.\n",
     [("Sameh Shoukry", "Egypt", "label", "Nobody can tell how long this war will go on for our region.")]),
])
def test_an_interview_s_answers_are_the_interviewee_s(body, expected):
    got = [r for r in rows(QA_INTRO + body, "2023-11-01") if r[2] in ("label", "unmarked")]
    if expected == "no Shoukry row":
        assert not [r for r in got if r[0] == "Sameh Shoukry"]
    else:
        assert got == expected


@pytest.mark.parametrize("text", [
    # negatives: questions in a news report that is no interview (nobody interviewed)
    ("Crossing talks\n\nEgypt's Foreign Minister Sameh Shoukry met aid agencies in Cairo on Monday.\n\n"
     "Will the crossing open this week?\n\nAid agencies say trucks have waited at the border for ten days.\n\n"
     "What happens next?\n\nThe talks resume in Doha on Tuesday with mediators from three countries.\n"),
    # one unlabelled question after an interview intro is a rhetorical question, not a Q&A
    (QA_INTRO + "Who will rebuild Gaza?\n\nThe bill for the rebuilding of Gaza is estimated at 40 billion dollars.\n"),
    # an explainer: question headings before the paragraph that mentions an interview, answers in the third person
    ("Truce explained\n\nWhat is on the table?\n\nThe plan has three phases and starts with a six-week truce.\n\n"
     "Who proposed it?\n\nEgypt's Foreign Minister Sameh Shoukry said in an interview last month that a truce was "
     "near.\n\nWhat comes next?\n\nThe mediators meet again in Cairo on Sunday to discuss the second phase.\n"),
    # an interview whose answers are all in the third person is the outlet's summary, not a Q&A
    (QA_INTRO + "Q: What was discussed?\n\nThe talks covered the crossing, the hostages and the aid convoys.\n"),
    # a news report after an interview: subheadings that ask, third-person paragraphs, first person only in quotes
    ("Minister warns\n\nEgypt's Foreign Minister Sameh Shoukry said in an interview on Sunday that talks had "
     "stalled.\n\nWhat happens now?\n\nThe mediators will meet again in Doha on Tuesday with both delegations.\n\n"
     "Will aid get in?\n\n“We are doing everything we can,” an aid official said of the trucks at the border.\n"),
    # an interviewee of no known faction (an analyst) gives no statement
    ("Analyst interview\n\nIn an interview, the analyst Maya Rosen spoke about the war.\n\n"
     "Q: Is a truce near?\n\nA: A truce is nearer than at any time since the war began last year.\n"),
])
def test_no_interview(text):
    assert [r for r in rows(text, "2023-11-01") if r[2] in ("label", "unmarked")] == []


@pytest.mark.parametrize("body, expected", [
    # an answer whose first sentence holds a colon is no label line of another speaker: the answer goes on
    ("**Is a truce near?**\n\nA truce is nearer today than at any time since the war began.\n\n"
     "**Will the border stay closed?**\n\nWe have told every visitor the same thing since October: Egypt refuses "
     "any transfer of people into Sinai. Any attempt to move them across the border would end the peace treaty.\n",
     [("Sameh Shoukry", "Egypt", "unmarked", "A truce is nearer today than at any time since the war began."),
      # (two sentences of like length: one row)
      ("Sameh Shoukry", "Egypt", "unmarked", "We have told every visitor the same thing since October: Egypt refuses "
       "any transfer of people into Sinai. Any attempt to move them across the border would end the peace treaty.")]),
    # a short sentence before a long one is a row of its own; two short ones stay together
    ("**What would an assault on the city mean?**\n\nIt would be a disaster. More than a million people live in "
     "tents along the coast there, many of them moved three or four times already since the war began.\n\n"
     "**Is the truce dead?**\n\nNo, it is not dead. We are still talking.\n",
     [("Sameh Shoukry", "Egypt", "unmarked", "It would be a disaster."),
      ("Sameh Shoukry", "Egypt", "unmarked", "More than a million people live in tents along the coast there, many of "
       "them moved three or four times already since the war began."),
      ("Sameh Shoukry", "Egypt", "unmarked", "No, it is not dead. We are still talking.")]),
])
def test_interview_answers_colons_and_short_sentences(body, expected):
    assert [r for r in rows(QA_INTRO + body, "2023-11-01") if r[2] in ("label", "unmarked")] == expected


def test_a_label_of_another_speaker_still_interrupts_an_interview():
    # negative: "A reader in Giza: ..." names someone else; the paragraphs after it are not the interviewee's
    body = ("Q: Will the crossing open?\n\nA: The crossing will open when the shelling stops.\n\n"
            "A reader in Giza: Nobody believes the crossing will ever open again under these conditions.\n\n"
            "Our correspondent adds that the trucks have waited for a week at the gate.\n")
    got = [r[3] for r in rows(QA_INTRO + body, "2023-11-01") if r[2] in ("label", "unmarked")]
    assert got == ["The crossing will open when the shelling stops."]


# ---------------------------------------------------------------- the text of a statement after its intro

STATEMENT_PAGE = ("Ministry statement on the shelling of the camp\n\n"
                  "Egypt's foreign ministry issued the following statement on Tuesday:\n\n"
                  "1. The Arab Republic of Egypt condemns the shelling of the Jabalia camp in the strongest terms.\n\n"
                  "2. Egypt affirms that the forced displacement of Palestinians is a red line for its national "
                  "security.\n\n"
                  "3. The Republic calls on the Security Council to act at once to stop the attacks on civilians.\n\n"
                  "Spokesman Ahmed Abu Zeid said the minister had called his counterparts in the region.\n\n"
                  "Israel's army struck dozens of targets overnight in the north of the Strip.\n")


def test_the_text_of_a_statement_is_the_issuer_s():
    got = [r for r in rows(STATEMENT_PAGE, "2023-11-01") if r[2] == "unmarked"]
    assert [(r[1], r[3]) for r in got] == [
        ("Egypt", "The Arab Republic of Egypt condemns the shelling of the Jabalia camp in the strongest terms."),
        ("Egypt", "Egypt affirms that the forced displacement of Palestinians is a red line for its national security."),
        ("Egypt", "The Republic calls on the Security Council to act at once to stop the attacks on civilians.")]
    # the reported clause inside a sentence of the statement is no second row
    assert not [r for r in rows(STATEMENT_PAGE, "2023-11-01") if r[2] == "indirect" and r[3].startswith("condemns")]


@pytest.mark.parametrize("text", [
    # a statement quoted in quotation marks is read by ``direct``, not as unmarked text
    ("Hamas statement\n\nHamas said in a statement on Sunday:\n\n"
     "\u201cThe movement rejects any plan that keeps the occupation in Gaza.\u201d\n"),
    # an intro by nobody of known faction gives nothing
    ("Aid groups\n\nA coalition of relief groups issued the following statement on Monday:\n\n"
     "The siege must end now and the crossings must open to all aid trucks.\n"),
    # no intro ending in a colon: a news report in the present tense is no statement text
    ("Ceasefire talks\n\nEgypt's foreign ministry issued a statement on Tuesday about the talks.\n\n"
     "The talks resume in Cairo on Sunday with delegations from both sides.\n"),
])
def test_no_statement_text(text):
    assert [r for r in rows(text, "2023-11-01") if r[2] == "unmarked"] == []


def test_narration_after_the_statement_ends_it():
    text = ("Jordan statement\n\nJordan's foreign ministry issued the following statement:\n\n"
            "The Kingdom rejects the decision to expand the settlements in the occupied West Bank.\n\n"
            "The statement added that Amman had informed its partners in Europe.\n\n"
            "The settlers want the land for new homes and roads in the hills.\n")
    got = [r[3] for r in rows(text, "2023-11-01") if r[2] == "unmarked"]
    assert got == ["The Kingdom rejects the decision to expand the settlements in the occupied West Bank."]


def test_a_clock_line_ends_a_labelled_turn():
    # a liveblog entry whose headline is a label in capitals, then the next entry's time: the time is nobody's words
    page = ("Live: the night of the attack\n\n"
            "7:20 am\nIDF: MOST OF THE DRONES WERE STOPPED\n\n"
            "The army says its air defences worked through the night.\n\n"
            "6:45 am\nJORDAN CALLS FOR CALM\n\n"
            "Jordan's foreign ministry urges restraint from all sides.\n")
    got = rows(page, "2024-04-14")
    assert not [q for _, _, _, q in got if "6:45" in q or "CALLS FOR CALM" in q]


@pytest.mark.parametrize("intro", [
    # the speaker announces its own points after a colon, in the last sentence of the lead paragraph
    "Jordan condemns the storming of the mosque by the police. In this regard, the Kingdom affirms the following:",
    "Jordan's foreign ministry stressed the following points on Sunday:",
    "Jordan's foreign ministry declared as follows:",
])
def test_points_announced_after_a_colon_are_the_speakers(intro):
    text = ("Amman statement\n\n" + intro + "\n\n"
            "1. The Kingdom holds the occupation fully responsible for the safety of the worshippers.\n\n"
            "2. The Kingdom calls on the international community to act at once to stop the raids.\n\n"
            "Israel's police said the officers had entered the compound before dawn.\n")
    got = [(r[1], r[3]) for r in rows(text, "2023-04-06") if r[2] == "unmarked"]
    assert got == [("Jordan", "The Kingdom holds the occupation fully responsible for the safety of the worshippers."),
                   ("Jordan", "The Kingdom calls on the international community to act at once to stop the raids.")]


@pytest.mark.parametrize("intro", [
    # a report that an actor listed points (no colon): the paragraphs after it are narration
    "Jordan's foreign ministry stressed the following points on Sunday.",
    # the points of an agreement announced by nobody of known faction
    "The agreement states the following:",
    # 'the following' as an object of another verb: what happened next, not the speaker's points
    "Jordan's foreign ministry reported the following incidents on Sunday:",
])
def test_points_negatives(intro):
    text = ("Amman statement\n\n" + intro + "\n\n"
            "1. Settlers entered the village of Burqa and burned two cars near the school.\n\n"
            "2. Police closed the gates of the compound to worshippers under the age of fifty.\n")
    assert [r for r in rows(text, "2023-04-06") if r[2] == "unmarked"] == []


FIRST_ANSWER = "We will keep mediating until the guns fall silent in every part of Gaza."
TWO_QUESTIONS = f"**Is a truce near?**\n\n{FIRST_ANSWER}\n\n**What do you expect from the talks?**\n\n"


@pytest.mark.parametrize("answer, expected", [
    # a verb of saying after a modal or 'to' reports nobody's words: the sentence stays the interviewee's
    ("The crossing will open the day the shelling stops, and Israel must say so in writing to the mediators.",
     ["The crossing will open the day the shelling stops, and Israel must say so in writing to the mediators."]),
    ("We are waiting for the Americans to tell us what the other side has accepted in the new draft.",
     ["We are waiting for the Americans to tell us what the other side has accepted in the new draft."]),
    # an elliptical sentence goes on from the one before it
    ("We are ready to talk tomorrow, in Cairo or in Doha, on the basis of the resolutions of the Security Council. "
     "Not under the terms of one party alone.",
     ["We are ready to talk tomorrow, in Cairo or in Doha, on the basis of the resolutions of the Security Council. "
      "Not under the terms of one party alone."]),
])
def test_interview_modal_say_and_elliptical_sentences(answer, expected):
    got = [r[3] for r in rows(QA_INTRO + TWO_QUESTIONS + answer + "\n", "2023-11-01") if r[2] in ("label", "unmarked")]
    assert got == [FIRST_ANSWER] + expected


@pytest.mark.parametrize("answer", [
    # negative: another speaker's words reported in an answer are not the interviewee's row
    "Netanyahu said on Sunday that the army would enter the city whatever the mediators decide.",
    "The Israeli prime minister told the Knesset that the operation would go on for months.",
])
def test_interview_reported_words_of_another_stay_out(answer):
    got = [r[3] for r in rows(QA_INTRO + TWO_QUESTIONS + answer + "\n", "2023-11-01") if r[2] in ("label", "unmarked")]
    assert got == [FIRST_ANSWER]


# ---------------------------------------------------------------- a document's text after an address line

COMMUNIQUE = ("Cairo talks\n\nThe foreign ministers of Egypt and Jordan met in Cairo on Saturday and issued a joint "
              "communique after the talks.\n\n{address}\n\n"
              "Recalling the Arab Peace Initiative adopted in Beirut in 2002,\n\n"
              "1. Condemn the bombardment of the camps in the north of the Strip and the killing of civilians.\n\n"
              "2. Demand that the Security Council take a binding decision to stop the war at once.\n\n"
              "Israel's army said it had struck dozens of targets overnight.\n")


def test_an_address_line_after_a_document_names_its_issuer():
    got = [(r[1], r[3]) for r in rows(COMMUNIQUE.format(address="The two countries:"), "2024-03-10")
           if r[2] == "unmarked"]
    # one row per faction of the joint issuer; the preamble ("Recalling ...") is no statement
    assert got == [("Egypt", "Condemn the bombardment of the camps in the north of the Strip and the killing of "
                             "civilians."),
                   ("Jordan", "Condemn the bombardment of the camps in the north of the Strip and the killing of "
                              "civilians."),
                   ("Egypt", "Demand that the Security Council take a binding decision to stop the war at once."),
                   ("Jordan", "Demand that the Security Council take a binding decision to stop the war at once.")]


@pytest.mark.parametrize("text", [
    # an address naming nobody of known faction, after a document of nobody of known faction
    COMMUNIQUE.replace("foreign ministers of Egypt and Jordan", "aid groups").format(address="The participants:"),
    # a heading after narration that names no document
    ("Cairo talks\n\nThe foreign ministers of Egypt and Jordan met in Cairo on Saturday.\n\nEgypt:\n\n"
     "Aid trucks waited for a week at the gate before the crossing opened on Friday.\n"),
    # a line with a verb is no address
    COMMUNIQUE.format(address="The two countries said on Saturday,"),
    # a dateline or a heading naming a seat of government is no address
    COMMUNIQUE.format(address="JERUSALEM:"),
    COMMUNIQUE.format(address="Egypt:"),
])
def test_address_negatives(text):
    assert [r for r in rows(text, "2024-03-10") if r[2] == "unmarked"] == []


# ---------------------------------------------------------------- a news conference: the opening statement in full

OPENING = ("Amman news conference\n\nJordan's foreign minister Ayman Safadi met the press in Amman on Sunday. {intro}\n\n"
           "We meet as the war enters its sixth month, and the suffering of the people of Gaza grows every day.\n\n"
           "We call on the Security Council to act now to stop this catastrophe before it spreads.\n\n"
           "Question: Will Jordan recall its ambassador?\n\n"
           "Safadi: All options are on the table, and we will protect our national security.\n")


@pytest.mark.parametrize("intro", [
    "He opened with the following statement:",
    "Safadi told a news conference in Amman:",
    "Safadi said at a joint press conference with his Egyptian counterpart:",
    "Following is the text of the opening remarks by Foreign Minister Ayman Safadi at the news conference:",
])
def test_an_opening_statement_then_questions_and_answers(intro):
    got = [(r[1], r[2], r[3]) for r in rows(OPENING.format(intro=intro), "2024-03-10") if r[2] in ("unmarked", "label")]
    assert got == [
        ("Jordan", "unmarked", "We meet as the war enters its sixth month, and the suffering of the people of Gaza "
                               "grows every day."),
        ("Jordan", "unmarked", "We call on the Security Council to act now to stop this catastrophe before it spreads."),
        ("Jordan", "label", "All options are on the table, and we will protect our national security.")]


@pytest.mark.parametrize("intro", [
    "He spoke to reporters on Sunday.",  # no colon: no text follows
    "Following is the text of the agreement:",  # a text with no author of known faction
    "Reporters asked about the visit at the news conference:",  # the press is no speaker
])
def test_opening_statement_negatives(intro):
    got = [r for r in rows(OPENING.format(intro=intro), "2024-03-10") if r[2] == "unmarked"]
    assert got == []


# The time stamps of liveblog entries in the styles of many outlets' CMSs (our own): a line that is only a stamp
STAMPS = ["7:30 AM EDT", "11:40 a.m. ET", "12:41 GMT", "14:32 BST", "09:15 (GMT+3)", "1:05pm IST", "21.05 CEST",
          "Updated 3 min ago", "2 hours ago", "Updated 19 mins ago", "Posted at 14:05", "Last updated: 13:05 GMT",
          "Sun 14 Apr 2024 07.30 EDT", "April 14, 2024, 7:30 AM EDT", "Oct 7, 2023 11:20 AM", "16:05 Tehran time",
          "15:22 Mecca time", "10:02 (local time)", "08:45 GMT+3", "14/04/2024 - 07:30", "Just now", "23:10 MSK",
          "12:41 IDT", "Updated at 9:12 a.m. ET"]


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_liveblog_stamp_is_a_clock_line(stamp):
    from lib.extract.statements.unmarked import CLOCK_LINE
    assert CLOCK_LINE.fullmatch(stamp)


@pytest.mark.parametrize("line", [
    # negatives: sentences and labels that hold a time are no stamp
    "At 7:30 AM EDT the sirens sounded in Jerusalem.", "7:30 AM EDT Hamas calls the attack a natural right",
    "The council meets at 4 p.m. Eastern on Sunday.", "14:32 GMT — Qatar's spokesman: The mediation goes on.",
    "Iran says 2 hours ago it fired the last drones", "Netanyahu: We will respond at a time of our choosing",
])
def test_no_liveblog_stamp(line):
    from lib.extract.statements.unmarked import CLOCK_LINE
    assert not CLOCK_LINE.fullmatch(line)


@pytest.mark.parametrize("stamp", STAMPS)
def test_an_entry_stamp_ends_a_turn_and_an_entry_headline_opens_none(stamp):
    # an entry headline in capitals is no transcript turn: the body paragraphs under it are not its label's words,
    # and the next entry's stamp and the text after it never are
    page = ("Live updates: the night of the attack\n\n"
            f"{stamp}\nIDF: 99% OF THE DRONES WERE STOPPED\n\n"
            "The army said its air defences had worked through the night.\n\n"
            f"{stamp}\nSecurity Council to meet\n\n"
            "The Security Council will hold an emergency meeting at 4 p.m. on Sunday at the request of Israel.\n")
    got = rows(page, "2024-04-14")
    assert not [q for _, _, _, q in got if stamp in q or "Security Council will hold" in q]


@pytest.mark.parametrize("stamp", ["14:32 GMT", "7:30 AM EDT", "21.05 CEST", "11:40 a.m. ET"])
def test_a_stamp_before_a_label_line_keeps_the_label(stamp):
    page = ("Live: talks on the crossing\n\n"
            f"{stamp} — Qatar's foreign ministry spokesman: The mediation will continue until a truce is reached.\n\n"
            "Talks resumed in Doha on Monday.\n")
    got = [(f, q) for _, f, k, q in rows(page) if k == "label"]
    assert got == [("Qatar", "The mediation will continue until a truce is reached.")]


@pytest.mark.parametrize("stamp", ["7:30 AM EDT", "12:41 GMT", "Updated 3 min ago", "Sun 14 Apr 2024 07.30 EDT"])
def test_the_body_under_an_entry_headline_is_not_the_label_s(stamp):
    page = ("Live updates: the night of the attack\n\n"
            f"{stamp}\nIDF: 99% OF THE DRONES WERE STOPPED\n\n"
            "Air defences worked through the night and crews cleared the debris near the border.\n")
    got = rows(page, "2024-04-14")
    assert not [q for _, _, _, q in got if "crews cleared" in q]


def test_a_transcript_turn_in_capitals_still_runs_on():
    # negative: without a stamp above it, a label in capitals is a turn that runs on into the next paragraph
    page = ("Press briefing by the spokesperson\n\n"
            "SPOKESPERSON MILLER: We have been clear that we want the fighting to stop.\n\n"
            "We will continue to press Israel to let more aid into Gaza every day.\n")
    got = [q for _, f, _, q in rows(page, "2023-11-20") if f == "United States"]
    assert any("press Israel" in q for q in got)


@pytest.mark.parametrize("stamp", ["1:14 p.m. EDT", "11:02 GMT", "Updated at 9:12 a.m. ET"])
def test_a_briefing_s_first_turn_under_its_time_is_a_turn(stamp):
    # negative: a transcript's time line, then its first turn in capitals: the turn runs on as before
    page = ("Department Press Briefing\n\nWashington, D.C.\n" + stamp + "\n\n"
            "SPOKESPERSON MILLER: Good afternoon, everyone. We have been clear that we want the fighting to stop.\n\n"
            "We will continue to press Israel to let more aid into Gaza every day.\n")
    got = [q for _, f, _, q in rows(page, "2023-11-20") if f == "United States"]
    assert any("press Israel" in q for q in got)



# ---------------------------------------------------------------- a liveblog's or story's topic before a colon

@pytest.mark.parametrize("line", [
    # negatives: the topic of a page or an entry before its headline is no speaker's label (CBS, Guardian, Al
    # Jazeera, Times of Israel, Anadolu styles)
    "Iran attack on Israel: Biden condemns the barrage as Israel says most drones were intercepted",
    "Israel-Hamas war: Qatar says the talks on a truce have reached a critical stage",
    "Gaza ceasefire talks: Egypt hosts delegations as mediators push for a deal this week",
    "Hezbollah pager blasts: Lebanon says thousands were wounded across the country",
    "Iran strikes on Pakistan: Islamabad recalls its ambassador from Tehran after the attack",
    "Israel's war on Gaza live: Hamas says it will study the new proposal from the mediators",
])
def test_a_topic_before_a_colon_is_no_label(line):
    page = "LIVE UPDATES\n\n" + line + "\n\nBy Staff Reporters\n\nLeaders reacted through the night.\n"
    assert [r for r in rows(page, "2024-04-14") if r[2] == "label"] == []


@pytest.mark.parametrize("line, faction", [
    # positives: a speaker's label before its words stays one
    ("Jordan's foreign ministry: The kingdom rejects any attack on its airspace and will not allow it.", "Jordan"),
    ("Israeli military: Most of the drones and missiles were intercepted outside Israeli territory.", "Israel"),
    ("Hamas official in Doha: We have not received any new proposal from the mediators.", "Hamas"),
    ("Qatar's prime minister: The talks are at a very delicate stage and we remain hopeful.", "Qatar"),
])
def test_a_speaker_label_stays(line, faction):
    page = "Live: reactions\n\n" + line + "\n\nLeaders reacted through the night.\n"
    assert [f for _, f, k, _ in rows(page, "2024-04-14") if k == "label"] == [faction]


# round 18: a label line that asks (an outlet's question, bold or not) is no statement of the label's faction; the
# answer after it stays the interviewee's
@pytest.mark.parametrize("question", [
    "**Syria Direct: What happened in the talks on Friday?**",
    "Syria Direct: What happened in the talks on Friday?",
])
def test_a_labelled_question_is_no_statement(question):
    body = ("Syria Direct spoke by phone on Sunday with Hadi al-Bahra, head of the Syrian opposition's negotiating "
            f"committee.\n\n{question}\n\nHadi al-Bahra: We sat in a room with the Russian officers for five hours "
            "and they dictated the terms.")
    got = rows(body, "2018-07-09")
    assert not any("What happened" in q for _, _, _, q in got)
    assert ("Hadi al-Bahra", "Syrian opposition", "label",
            "We sat in a room with the Russian officers for five hours and they dictated the terms.") in got
