"""Transcripts with a header that names the briefer (lib/extract/statements/turns.py): the briefer's opening
statement and answers ("Spokesperson: ...", "A: ...", "Mao Ning: ...") are statements of the briefer; the
reporters' questions ("Question: ...", "Q: ...", "Reuters: ...") never are. Texts written for these tests in the
styles of several ministries' and organisations' briefing pages."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text
from lib.extract.statements.turns import answer_rows


def rows(text: str, published: str, outlet: str = ""):
    doc = document_from_text("t", text, published=published, outlet=outlet)
    return [(r.speaker, r.faction, r.kind, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))]


# a South Asian ministry's weekly briefing: a header naming the briefer, an opening statement, "Question:" and
# "Spokesperson:" turns
SOUTH_ASIAN = ("Ministry of Foreign Affairs\n\n"
               "Transcript of the Weekly Press Briefing by the Spokesperson, Ambassador Farida Qureshi\n"
               "Friday, 8 March 2024\n\n"
               "Bismillah ir Rahman ir Rahim. Assalam o Alaikum.\n\n"
               "Pakistan strongly condemns the attack on the convoy of the World Food Programme in Gaza.\n\n"
               "We have conveyed our deep concern to the Afghan interim authorities over the cross-border raids.\n\n"
               "I am now ready to take your questions.\n\n"
               "Question: India has said that the talks are off. Is Pakistan still ready to meet?\n\n"
               "Spokesperson: Pakistan has always favoured dialogue with all its neighbours. We will not accept any "
               "preconditions for the talks.\n\n"
               "Question: Will the Foreign Minister visit Kabul next week?\n\n"
               "Spokesperson: I have no announcement to make on travel at this stage.\n\n"
               "Thank you.\n\n"
               "(The briefing ended at 1610 hrs)\n")

# a UN-style noon briefing: the header line and a sentence naming the spokesman, "Question:"/"Spokesman:" turns
NOON = ("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Stephane Dujarric, Spokesman for "
        "the Secretary-General.\n\n"
        "The Secretary-General is appalled by the killing of aid workers in Rafah and calls for a full "
        "investigation.\n\n"
        "Question: Stéphane, has the Secretary-General spoken to the Israeli Prime Minister?\n\n"
        "Spokesman: He has not spoken to him this week. We continue to demand unimpeded access for aid convoys "
        "into the whole of the Gaza Strip.\n")

# a Chinese-style regular press conference: the spokeswoman's name as the label, outlets' names as questioners
CHINESE = ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on April 2, 2024\n\n"
           "CCTV: The Israeli strike on the Iranian consulate in Damascus has drawn wide attention. What is China's "
           "comment?\n\n"
           "Mao Ning: China condemns the attack on the Iranian embassy compound in Syria. The security of diplomatic "
           "institutions must not be violated.\n\n"
           "Reuters: Will China send an envoy to the region?\n\n"
           "Mao Ning: We will stay in close communication with all parties concerned.\n")

# a Gulf ministry's weekly briefing with "Q:"/"A:" turns and a named spokesman in the header
GULF = ("Transcript of the weekly media briefing by Dr. Majed Al-Ansari, Official Spokesperson of the Ministry "
        "of Foreign Affairs\n\n"
        "Q: Are the negotiations on the hostages stalled?\n\n"
        "A: The negotiations are continuing and we remain optimistic about reaching an agreement soon.\n\n"
        "Q: What about the crossings?\n\n"
        "A: Qatar calls on Israel to open all the crossings without delay.\n")


@pytest.mark.parametrize("text, day, outlet, speaker, faction, quotes", [
    (SOUTH_ASIAN, "2024-03-08", "Ministry of Foreign Affairs of Pakistan", "Farida Qureshi", "Pakistan", [
        "Pakistan strongly condemns the attack on the convoy of the World Food Programme in Gaza.",
        "We have conveyed our deep concern to the Afghan interim authorities over the cross-border raids.",
        # (two sentences of like length in one answer: one row)
        "Pakistan has always favoured dialogue with all its neighbours. We will not accept any preconditions for the "
        "talks.",
        "I have no announcement to make on travel at this stage."]),
    (NOON, "2024-04-02", "United Nations", "Stephane Dujarric", "United Nations", [
        "The Secretary-General is appalled by the killing of aid workers in Rafah and calls for a full investigation.",
        "He has not spoken to him this week. We continue to demand unimpeded access for aid convoys into the whole of "
        "the Gaza Strip."]),
    (CHINESE, "2024-04-02", "Ministry of Foreign Affairs of the People's Republic of China", "Mao Ning", "China", [
        "China condemns the attack on the Iranian embassy compound in Syria. The security of diplomatic institutions "
        "must not be violated.",
        "We will stay in close communication with all parties concerned."]),
    (GULF, "2024-02-20", "Ministry of Foreign Affairs of Qatar", "Majed al-Ansari", "Qatar", [
        "The negotiations are continuing and we remain optimistic about reaching an agreement soon.",
        "Qatar calls on Israel to open all the crossings without delay."]),
])
def test_briefer_speaks_the_answers_and_the_opening(text, day, outlet, speaker, faction, quotes):
    got = [r for r in rows(text, day, outlet) if r[2] in ("label", "unmarked")]
    assert [q for _sp, _f, _k, q in got] == quotes
    assert all(speaker.split()[-1].lower() in sp.lower() and f == faction for sp, f, _k, _q in got)


@pytest.mark.parametrize("text, day, outlet, never", [
    # questions, greetings, the agenda, thanks and stage notes are no statements
    (SOUTH_ASIAN, "2024-03-08", "Ministry of Foreign Affairs of Pakistan",
     ["Is Pakistan still ready", "Bismillah", "ready to take your questions", "Thank you", "briefing ended",
      "Will the Foreign Minister"]),
    (NOON, "2024-04-02", "United Nations", ["has the Secretary-General spoken", "near-verbatim"]),
    (CHINESE, "2024-04-02", "Ministry of Foreign Affairs of the People's Republic of China",
     ["What is China's comment", "Will China send", "has drawn wide attention"]),
    (GULF, "2024-02-20", "Ministry of Foreign Affairs of Qatar", ["Are the negotiations", "What about"]),
])
def test_questions_and_housekeeping_are_not_statements(text, day, outlet, never):
    quotes = [q for *_r, q in rows(text, day, outlet)]
    assert not [q for q in quotes for w in never if w in q]


# negatives: no turns, so no transcript -- a news report about a briefing, and an article with a header-like line
NEWS_ABOUT_A_BRIEFING = ("Pakistan recalls envoy\n\n"
                         "At the weekly press briefing by the Spokesperson on Thursday, reporters asked about the "
                         "strikes.\n\n"
                         "The two sides met for three hours in Islamabad.\n")
EXPLAINER = ("Transcript of the press conference: what we learned\n\n"
             "Analysts say the ceasefire is fragile.\n\n"
             "Question: what comes next?\n\n"
             "Nobody knows for sure.\n")


@pytest.mark.parametrize("text, day, outlet", [
    (NEWS_ABOUT_A_BRIEFING, "2024-01-18", "Dawn"),
    (EXPLAINER, "2024-01-18", "The Courier"),
])
def test_no_transcript_without_a_briefer_and_turns(text, day, outlet):
    assert [r for r in rows(text, day, outlet) if r[2] in ("label", "unmarked")] == []


# ---------------------------------------------------------------- a document's text in quotation marks after its intro
# (lib/extract/statements/direct.py: a quote opening the paragraph after "issued a joint statement, the text of which
# follows:" is the issuer's; texts written for these tests in agency and ministry styles)
JOINT_TEXT = ("AMMAN, March 3 (Agency) -- King Abdullah II and Egyptian President Abdel Fattah al-Sisi held talks in "
              "Amman on Sunday.\n\n"
              "The two leaders issued a joint statement at the end of the talks, the text of which follows:\n\n"
              "\u201cThe two leaders affirmed that the two-state solution is the only path to a just and lasting "
              "peace in the region.\n\n"
              "The two leaders called on the international community to ensure the flow of aid into Gaza without "
              "any obstacles.\u201d\n\n"
              "The talks were attended by senior officials of both countries.\n")
MINISTRY_TEXT = ("RIYADH, May 5 (Agency) -- The Saudi Ministry of Foreign Affairs issued the following statement:\n\n"
                 "\"The Kingdom of Saudi Arabia condemns in the strongest terms the storming of the Al-Aqsa Mosque "
                 "by settlers under the protection of the occupation forces.\"\n")
COMMUNIQUE_READS = ("The foreign ministers of Qatar and Egypt met in Doha on Tuesday and issued a communique.\n\n"
                    "The communique reads:\n\n"
                    "\u201cThe ministers stressed the need for an immediate and permanent ceasefire in Gaza and the "
                    "release of all hostages.\u201d\n")


@pytest.mark.parametrize("text, day, factions, start", [
    (JOINT_TEXT, "2024-03-03", {"Jordan", "Egypt"}, ["The two leaders affirmed", "The two leaders called on"]),
    (MINISTRY_TEXT, "2024-05-05", {"Saudi Arabia"}, ["The Kingdom of Saudi Arabia condemns"]),
    (COMMUNIQUE_READS, "2024-06-04", {"Qatar", "Egypt"}, ["The ministers stressed"]),
])
def test_a_documents_text_after_its_intro_is_the_issuers(text, day, factions, start):
    got = rows(text, day)
    for opening in start:
        mine = [(sp, f) for sp, f, _k, q in got if q.startswith(opening)]
        assert {f for _sp, f in mine} == factions, (opening, got)


# negatives: a quote after a colon that introduces no document keeps the old rules; a narrative sentence about the
# talks is no statement
WITNESS = ("Residents described the night at the crossing:\n\n"
           "\u201cWe heard the explosions all night and nobody could sleep at all.\u201d\n")


def test_a_colon_that_introduces_no_document_gives_no_issuer():
    assert [r for r in rows(WITNESS, "2024-03-03") if r[1]] == []


def test_narrative_about_the_talks_is_no_statement():
    assert not [q for *_r, q in rows(JOINT_TEXT, "2024-03-03") if q.startswith("The talks were attended")]


# ---------------------------------------------------------------- communiqués: the signatories as an uncounted subject
# "The leaders stressed ...", "The ministers called on ...", "The presidents warned ..." after a sentence naming the
# leaders or ministers of several sides: one row per side (lib/extract/statements/collectives.py, a gate in
# indirect.py). Texts written for these tests in the styles of Gulf, Jordanian, Turkish, Russian and US outlets and
# of an older era.
SIGNATORIES = [
    ("ABU DHABI, 6th May, 2024 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan and King Abdullah "
     "II held talks in Abu Dhabi on Monday.\n\nThe leaders stressed the importance of an immediate ceasefire in Gaza.",
     "2024-05-06", "The leaders stressed", {"United Arab Emirates", "Jordan"}),
    ("JEDDAH (SPA) -- Crown Prince Mohammed bin Salman received Egyptian President Abdel Fattah al-Sisi in Jeddah on "
     "Sunday.\n\nThe leaders affirmed their rejection of any forced displacement of the Palestinian people.",
     "2024-02-11", "The leaders affirmed", {"Saudi Arabia", "Egypt"}),
    ("Secretary of State Antony Blinken met Jordanian Foreign Minister Ayman Safadi in Amman on Thursday.\n\n"
     "The ministers called on Hamas to accept the proposal on the table without delay.",
     "2024-06-13", "The ministers called on", {"United States", "Jordan"}),
    ("ANKARA -- Turkish Foreign Minister Hakan Fidan and his Iranian counterpart Abbas Araghchi held a joint press "
     "conference in Ankara.\n\nThe ministers warned that the war in Lebanon could drag the whole region into chaos.",
     "2024-10-07", "The ministers warned", {"Turkey", "Iran"}),
    ("SOCHI -- Vladimir Putin and Recep Tayyip Erdogan met for four hours in Sochi on Friday.\n\n"
     "The presidents stressed the need to preserve the ceasefire in Idlib province.",
     "2021-09-29", "The presidents stressed", {"Russia", "Turkey"}),
    ("CAMP DAVID -- President Clinton, Prime Minister Ehud Barak and Chairman Yasser Arafat ended their summit on "
     "Tuesday.\n\nThe leaders pledged to continue their efforts to conclude an agreement on all permanent status "
     "issues as soon as possible.", "2000-07-25", "The leaders pledged", {"United States", "Israel", "PLO"}),
]


@pytest.mark.parametrize("text, day, opening, factions", SIGNATORIES)
def test_uncounted_signatories_are_the_leaders_named_before(text, day, opening, factions):
    got = {f for _sp, f, _k, q in rows(text, day) if text.find(q) >= text.find(opening) >= 0}
    assert got == factions


NOT_SIGNATORIES = [
    # the leaders of one side only: no joint row
    ("DOHA -- Hamas leaders Ismail Haniyeh and Khaled Meshaal met in Doha on Sunday.\n\n"
     "The leaders stressed that any deal must end the war.", "2023-11-05", "The leaders"),
    # leaders of no known side
    ("BEIRUT -- Leaders of the opposition parties gathered in Beirut on Sunday.\n\n"
     "The leaders demanded early elections and a new electoral law.", "2008-05-04", "The leaders"),
    # a narrative sentence about the meeting is no statement
    ("AMMAN -- King Abdullah II and Egyptian President Abdel Fattah al-Sisi met in Amman on Sunday.\n\n"
     "The leaders met for three hours at the Royal Palace.", "2024-03-03", "The leaders"),
    # ministers named with no role of a minister: the ministers are not those people
    ("Egyptian President Abdel Fattah al-Sisi received Jordan's King Abdullah II in Cairo.\n\n"
     "The ministers stressed the need to reopen the crossings.", "2024-03-03", "The ministers"),
]


@pytest.mark.parametrize("text, day, opening", NOT_SIGNATORIES)
def test_no_joint_row_without_signatories_of_several_sides(text, day, opening):
    got = [(f, q) for _sp, f, _k, q in rows(text, day) if text.find(q) >= text.find(opening)]
    assert len({f for f, _q in got}) <= 1 and not [f for f, _q in got if f not in ("Hamas", "")]


# ---------------------------------------------------------------- a rebuttal in an answer is the speaker's
# "Baghdad says X, but it has never offered us Y": a sentence that reports another party only to answer it in the
# first person is the interviewee's statement (unmarked._turn); a sentence that only reports another party is not
INTERVIEW = ("Sara Haddad interview\n\n"
             "In an interview with the Courier, Jordanian Foreign Minister Ayman Safadi spoke about the war.\n\n"
             "Q: What do you make of the Israeli position?\n\n"
             "A: {}\n\n"
             "Q: And the Americans?\n\n"
             "A: We will keep working with everyone who wants to end this war now.\n")


@pytest.mark.parametrize("answer, kept", [
    ("Israel says it wants calm, but it has never stopped building settlements on our land.", True),
    ("The Israelis claim they are ready for talks, yet they have ignored every proposal we made.", True),
    ("Washington says it supports a ceasefire, but we have seen nothing of it on the ground.", True),
    # negatives: another party's words only, with no rebuttal of the speaker's own
    ("Israel says it wants calm and that it will open the crossings next week.", False),
    ("Hamas said it would study the proposal, but it has not replied yet to the mediators.", False),
])
def test_a_rebuttal_in_an_answer_is_the_speakers(answer, kept):
    got = [q for sp, f, k, q in rows(INTERVIEW.format(answer), "2024-03-01") if f == "Jordan" and k == "label"]
    assert (answer in got) is kept, got


# a joint press conference: each principal's label is that principal's turn, never the first one's
JOINT_PRESSER = ("Transcript of the joint press conference by Foreign Minister Ayman Safadi and Secretary of State "
                 "Antony Blinken in Amman\n\n"
                 "Safadi: Jordan rejects any forced displacement of the Palestinians from Gaza.\n\n"
                 "Blinken: The United States will keep working for a ceasefire that brings the hostages home.\n\n"
                 "Question: Will you meet again soon?\n\n"
                 "Safadi: We will meet again next week in Amman to continue these talks.\n")


def test_each_principal_of_a_joint_press_conference_speaks_for_their_side():
    got = [(f, q[:20]) for _sp, f, k, q in rows(JOINT_PRESSER, "2024-01-07") if k in ("label", "unmarked")]
    assert got == [("Jordan", "Jordan rejects any f"), ("United States", "The United States wi"),
                   ("Jordan", "We will meet again n")]


# turns labelled with full names in mixed case run on over the unlabelled paragraphs after them (a presidency's
# "press statements following talks", a foreign ministry's briefing page); texts written for these tests
PRESS_STATEMENTS = ("Press statements following Russian-Turkish talks\n\n"
                    "Vladimir Putin: Mr President, friends, our talks were substantive and frank.\n\n"
                    "We agreed to continue coordinating our efforts in Syria. Russia will keep supplying gas to "
                    "Turkey through the TurkStream pipeline without interruption.\n\n"
                    "Recep Tayyip Erdogan (retranslated): Thank you, Mr President. Turkey will continue to work for a "
                    "lasting ceasefire in Idlib province.\n\n"
                    "We will not allow new waves of refugees to reach our southern borders.\n")
MINISTRY_BRIEFING = ("Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 6, 2024\n\n"
                     "Question: How does Moscow assess the latest strikes on Rafah?\n\n"
                     "Maria Zakharova: We consider the strikes on Rafah absolutely unacceptable. Russia calls for an "
                     "immediate and lasting ceasefire in the Gaza Strip.\n\n"
                     "We have repeatedly raised this at the UN Security Council and will continue to do so.\n")


@pytest.mark.parametrize("text, day, expected", [
    (PRESS_STATEMENTS, "2021-09-29", [
        ("Russia", "We agreed to continue"),
        ("Turkey", "Turkey will continue "), ("Turkey", "We will not allow new")]),
    (MINISTRY_BRIEFING, "2024-03-06", [
        ("Russia", "We consider the strik"), ("Russia", "We have repeatedly ra")]),
])
def test_named_turns_run_on_over_their_paragraphs(text, day, expected):
    got = [(f, q[:21]) for _sp, f, k, q in rows(text, day) if k in ("label", "unmarked")]
    for row in expected:
        assert row in got, got
    assert not [q for f, q in got if q.startswith("How does")]


# ---------------------------------------------------------------- round 15: an answer's sentences as balanced rows
# (``turns.answer_rows``): sentences of like length in one paragraph of one speaker are one row, as a quoted paragraph
# is; a short sentence beside a long one, a question, or a paragraph break keeps rows apart. Texts written for these
# tests in the styles of a German weekly's interview, a Gulf ministry's briefing, a Russian ministry's page, an
# Israeli paper's Q&A, a Turkish presidency's press statements and a UN noon briefing.
INTERVIEW_INTRO = ("Foreign Minister on the talks\n\n"
                   "In an interview with the Weekly Courier, Jordanian Foreign Minister Ayman Safadi spoke about the "
                   "war in Gaza.\n\n")


@pytest.mark.parametrize("text, day, outlet, expected", [
    # a weekly's interview: "Name:" answers of two sentences of like length
    ("Courier interview\n\nIn an interview with the Weekly Courier, Palestinian Prime Minister Mohammad Shtayyeh "
     "spoke about the Manama workshop.\n\n"
     "COURIER: Why are you staying away?\n\n"
     "Shtayyeh: This plan is not about peace at all. It is about buying our silence with money.\n",
     "2019-06-21", "Weekly Courier",
     ["This plan is not about peace at all. It is about buying our silence with money."]),
    # an unlabelled Q&A (bold questions): three sentences of like length
    (INTERVIEW_INTRO + "**What do you ask of Europe?**\n\nEurope must act now. Words are no longer enough. "
     "Recognition would send a clear message.\n\n**And Washington?**\n\nWe talk to Washington every day.\n",
     "2024-03-01", "Weekly Courier",
     ["Europe must act now. Words are no longer enough. Recognition would send a clear message.",
      "We talk to Washington every day."]),
    # a Gulf ministry's briefing: the spokesman's answer of two sentences
    ("Weekly press briefing by the Foreign Ministry Spokesman, Dr. Majed al-Ansari\n\n"
     "Question: Has Hamas answered the proposal?\n\n"
     "Spokesperson: We received a response this morning. We are studying it with our Egyptian partners.\n",
     "2024-02-20", "Ministry of Foreign Affairs of Qatar",
     ["We received a response this morning. We are studying it with our Egyptian partners."]),
    # a Russian ministry's page: a named spokeswoman's turn
    ("Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, June 5, 2024\n\n"
     "Question: What is Moscow's view of the new truce plan?\n\n"
     "Maria Zakharova: We support every step toward a ceasefire. The plan must be approved by the Security Council.\n",
     "2024-06-05", "Ministry of Foreign Affairs of the Russian Federation",
     ["We support every step toward a ceasefire. The plan must be approved by the Security Council."]),
    # a UN noon briefing: the spokesman's two short sentences and a third of like length
    ("Near-verbatim transcript of today's noon briefing by Stephane Dujarric, Spokesman for the Secretary-General\n\n"
     "Question: Has the Secretary-General spoken to the parties?\n\n"
     "Spokesman: He has spoken to both sides. He urged restraint. He will keep working the phones.\n",
     "2024-04-14", "United Nations",
     ["He has spoken to both sides. He urged restraint. He will keep working the phones."]),
])
def test_an_answer_of_like_sentences_is_one_row(text, day, outlet, expected):
    assert [q for _sp, _f, k, q in rows(text, day, outlet) if k in ("label", "unmarked")] == expected


@pytest.mark.parametrize("text, day, outlet, expected", [
    # a short sentence before a long one is a row of its own (an Israeli paper's Q&A)
    (INTERVIEW_INTRO + "**What would an attack on Rafah mean?**\n\nIt would be a catastrophe. More than a million "
     "people are crowded into the city, most of them displaced two or three times already, and they have nowhere "
     "left to go.\n\n**Is there hope?**\n\nWe still have hope.\n",
     "2024-03-01", "Weekly Courier",
     ["It would be a catastrophe.", "More than a million people are crowded into the city, most of them displaced two or three times already, and "
      "they have nowhere left to go.", "We still have hope."]),
    # a question inside an answer cuts it: the sentences around it are rows of their own
    ("Press statements following Turkish-Qatari talks\n\n"
     "Recep Tayyip Erdogan: We discussed the situation in Gaza in detail. Who will stop this massacre? The "
     "international community has failed the people of Gaza completely.\n\n"
     "Tamim bin Hamad Al Thani: Qatar will continue its mediation until the war ends.\n",
     "2023-12-04", "Presidency of the Republic of Turkey",
     ["We discussed the situation in Gaza in detail.",
      "The international community has failed the people of Gaza completely.",
      "Qatar will continue its mediation until the war ends."]),
    # two paragraphs of one turn stay two rows
    ("Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, June 5, 2024\n\n"
     "Question: And the sanctions?\n\n"
     "Maria Zakharova: Sanctions have never solved anything in this region.\n\n"
     "Dialogue is the only way forward for all the parties.\n",
     "2024-06-05", "Ministry of Foreign Affairs of the Russian Federation",
     ["Sanctions have never solved anything in this region.", "Dialogue is the only way forward for all the parties."]),
])
def test_rows_stay_apart(text, day, outlet, expected):
    assert [q for _sp, _f, k, q in rows(text, day, outlet) if k in ("label", "unmarked")] == expected


@pytest.mark.parametrize("sizes, expected", [
    ([6, 6, 6], [[0, 1, 2]]),            # like lengths: one row
    ([2, 20], [[0], [1]]),               # a short sentence beside a long one: apart
    ([10, 12, 30], [[0, 1], [2]]),       # the row would outgrow its shortest sentence: a new row
    ([12, 3, 12], [[0, 1], [2]]),        # a short aside joins the row before it while that stays balanced
])
def test_answer_rows_balance(sizes, expected):
    words = ["w" * 3] * 40
    spans, text = [], ""
    for n in sizes:
        sent = " ".join(words[:n]) + "."
        spans.append((len(text), len(text) + len(sent)))
        text += sent + " "
    got = answer_rows(text, spans)
    assert got == [(spans[g[0]][0], spans[g[-1]][1]) for g in expected]
