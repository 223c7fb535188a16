"""Stance, round 8: the reported clause as a whole -- a partial quote takes the stance of the words of its own clause
around it (the frame before it and the words after it up to the clause's end), and a refusal of an act ("refused
to condemn", "declined to endorse", "stopped short of condemning") negates that act. Sentences written for these
tests in the styles of many outlets (agency copy, ministries' pages, papers of several countries and eras), never
taken from an evaluation set."""
from __future__ import annotations

import pytest

from lib.extract import Context
from lib.extract import actors as actors_mod
from lib.extract.document import document_from_text
from lib.extract.statements import extract
from lib.extract.statements.stance import cues_in, stance_of


def _row(text: str, quote_words: str = ""):
    doc = document_from_text("t", text, published="2024-05-01")
    rows = extract(Context(doc=doc, actors=tuple(actors_mod.find(doc))))
    assert rows, text
    if quote_words:
        rows = sorted((r for r in rows if quote_words in r.quote), key=lambda r: len(r.quote)) or rows
    return rows[0]


@pytest.mark.parametrize("text, quote_words, stance", [
    # the cue stands after the quoted fragment, in the same clause
    ("Iraq's oil minister Hayan Abdul-Ghani said Baghdad would “take every step needed” to implement the agreement "
     "with Erbil.", "take every step needed", "agree"),
    ("UN human rights chief Volker Türk said the “deliberate targeting of aid convoys” violated international "
     "humanitarian law.", "deliberate targeting", "condemn"),
    ("Saudi Arabia's foreign ministry said the “unilateral measures taken by the occupation authorities” were a "
     "flagrant violation of international resolutions, the Saudi Press Agency reported.", "unilateral measures",
     "condemn"),
    ("Iran's Foreign Minister Abbas Araghchi said Tehran reserved the right “to respond at a time of its choosing” "
     "and would pay no attention to Western warnings.", "to respond at a time", "threat"),
    ("Turkish Defence Minister Yasar Guler said the militants would be “neutralised wherever they are” if they "
     "stayed in the border area, Anadolu reported.", "neutralised wherever", "threat"),
    ("Lebanese Prime Minister Najib Mikati said the government would “spare nothing” to put the ceasefire "
     "agreement into effect.", "spare nothing", "agree"),
    ("Kuwait's foreign ministry said the “declaration signed at Al-Ula” was a historic achievement for the "
     "Gulf Cooperation Council, KUNA reported.", "declaration signed at Al-Ula", "welcome"),
    ("Russia's deputy foreign minister Sergei Ryabkov said the Western draft on “Iran's nuclear programme” was "
     "unacceptable and counterproductive, TASS reported.", "nuclear programme", "reject"),
    ("Hamas official Basem Naim said the movement had put forward “a comprehensive vision” to end the war and "
     "would hand it to the mediators.", "a comprehensive vision", "propose"),
    ("Egypt's foreign ministry said the Israeli strikes on “residential areas in Rafah” amounted to a war crime.",
     "residential areas in Rafah", "condemn"),
    # NEGATIVES: words after the clause's end belong to another clause or to the attribution
    ("Jordan's foreign minister Ayman Safadi said the talks on the “corridor for aid convoys” had been long, and "
     "Israel rejected the draft on Sunday.", "corridor for aid convoys", "neutral"),
    ("Qatar's Majed al-Ansari said the delegations would meet “at the technical level”, while Hamas condemned the "
     "latest raid.", "at the technical level", "neutral"),
    ("The Israeli army said its forces had “completed the first phase” of the operation in Khan Younis, the "
     "Times of Israel reported.", "completed the first phase", "neutral"),
    ("Iran's UN mission said the letter on “the situation in the region” would be sent to the Security Council on Monday.",
     "the situation in the region", "neutral"),
    # a quote whose own words carry a cue keeps it over the words after it
    ("Houthi spokesman Mohammed Abdulsalam said the movement “will respond to any aggression” that violates the truce.",
     "will respond to any aggression", "threat"),
])
def test_partial_quote_takes_the_stance_of_its_clause(text, quote_words, stance):
    r = _row(text, quote_words)
    assert r.stance == stance, (text, r.quote, r.stance, r.stance_evidence)
    if r.stance != "neutral":
        assert r.stance_start < r.stance_end


@pytest.mark.parametrize("text, quote_words, stance", [
    # a refused act is no act; a refused acceptance is a rejection
    ("The US envoy to the UN refused to condemn the strike, saying Washington was “still looking at the details”.",
     "still looking at the details", "neutral"),
    ("German Chancellor Olaf Scholz declined to condemn the operation, saying only that Berlin was “following "
     "events closely”.", "following events closely", "neutral"),
    ("China's foreign ministry stopped short of condemning the seizure of the tanker, saying Beijing “hopes all "
     "parties keep calm”.", "hopes all parties keep calm", "neutral"),
    ("The Palestinian Authority refused to accept the American paper, saying it “ignores the rights of our "
     "people”.", "ignores the rights", "reject"),
    ("Israel's Prime Minister Benjamin Netanyahu declined to endorse the French initiative, saying it “does not "
     "serve peace”.", "does not serve peace", "reject"),
    # NEGATIVES: a refusal of a non-act is the refusal; an act not governed by the refusal stands
    ("Hamas refused the Israeli proposal, saying it “offers nothing new”.", "offers nothing new", "reject"),
    ("Iran's Foreign Ministry refused to allow the inspectors in and condemned the IAEA report as “politically "
     "motivated”.", "politically motivated", "condemn"),
])
def test_a_refused_act_is_no_act(text, quote_words, stance):
    r = _row(text, quote_words)
    assert r.stance == stance, (text, r.quote, r.stance, r.stance_evidence)


@pytest.mark.parametrize("words, expected", [
    ("the minister refused to condemn the attack", []),
    ("Beijing declined to condemn the raid", []),
    ("the president stopped short of condemning the move", []),
    ("Hamas refused to accept the offer", ["reject"]),
    ("we condemn the attack", ["condemn"]),
    ("they refused the plan", ["reject"]),
    # a withheld welcome is no welcome (and no rejection either: test_stance's "did not welcome the deal")
    ("Ramallah did not welcome the American paper", []),
    ("the plan was not welcomed by the Arab states", []),
    ("we did not expect this, but we welcome the move", ["welcome"]),
])
def test_refusal_cues(words, expected):
    assert [st for _a, st, _f, _w in cues_in(words)] == expected


def test_tail_is_read_only_after_the_quote_and_frame():
    # the quote's and the frame's strong cues come first; the tail is read last among strong cues
    assert stance_of("said", "take all necessary steps", "Baghdad would ", tail=" to implement the agreement")[0] \
        == "agree"
    assert stance_of("said", "we reject the plan", "", tail=" and welcomed the talks")[0] == "reject"
    assert stance_of("said", "the meeting", "", tail="")[0] == "neutral"


@pytest.mark.parametrize("text, stance", [
    # a family of adjectives of harm done to a process: a condemnation of an act, a rejection of a text or decision
    ("China's foreign ministry spokesman Wang Wenbin said the drills were “destabilising and provocative”.", "condemn"),
    ("Britain's Foreign Office called it “a provocative and unhelpful decision”.", "reject"),
    ("Russia's Foreign Ministry spokeswoman Maria Zakharova said the sanctions were “counterproductive and "
     "unconstructive”.", "condemn"),
    # NEGATIVES: the positive words, a negated judgement
    ("China's foreign ministry spokesman Wang Wenbin said the exercises were “routine and planned long ago”.",
     "neutral"),
    ("Turkish Foreign Minister Hakan Fidan said the new sanctions were “not unhelpful in themselves”.", "neutral"),
])
def test_judgements_of_harm_to_a_process(text, stance):
    r = _row(text)
    assert r.stance == stance, (text, r.quote, r.stance, r.stance_evidence)


@pytest.mark.parametrize("quote, stance", [
    # implementing an accord is an agreement when it is the speaker's purpose ("to implement the truce")
    ("we will take every measure to implement the agreement", "agree"),
    ("Cairo is working day and night to implement this ceasefire deal", "agree"),
    ("we urged Israel to implement the agreement", "demand"),
    # NEGATIVES: another party's implementation, a hedged or refused one
    ("we will work to ensure that the parties fully implement the agreement", "neutral"),
    ("we will not be able to implement any agreement while the shelling goes on", "reject"),  # a refusal
])
def test_implementing_an_accord(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # an outcome judged a success, a time or a message of hope: a welcome
    ("the summit was a resounding success for Arab diplomacy", "welcome"),
    ("this accord is a Gulf and Arab success", "welcome"),
    ("today's exchange is a success of patient mediation", "welcome"),
    ("the treaty opens an era of hope for the peoples of the region", "welcome"),
    ("the release sends a message of hope to every family waiting", "welcome"),
    # NEGATIVES: a negated success, success as a condition, hope lost
    ("the conference was not a success", "neutral"),
    ("the success of the talks depends on Israel", "neutral"),
    ("we will work with both sides to make the handover a success", "neutral"),   # an aim, no judgement
    ("everyone wants the conference to be a success", "neutral"),
])
def test_success_and_hope_families(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # the head noun judges, not its adjective: a "historic" surrender or blunder is a rejection
    ("this deal is a historic capitulation to Tehran", "reject"),
    ("the accord is a major blunder that endangers us all", "reject"),
    ("it is a terrible mistake of historic proportions", "reject"),
    ("the agreement is a real betrayal of the Palestinian cause", "reject"),
    # NEGATIVES: the praise keeps its nouns
    ("this is a historic agreement", "welcome"),
    ("today is a historic opportunity for the region", "welcome"),
    ("the flood was a natural disaster for the whole valley", "neutral"),
])
def test_the_head_noun_judges_not_its_adjective(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("text, quote_words, stance", [
    # a second fragment introduced by an act of its own after an earlier quote: that act governs it, not the
    # earlier fragment's words
    ("The Kuwaiti foreign ministry said the truce was “a welcome development” and urged both sides “to respect "
     "every clause of it”.", "to respect every clause", "demand"),
    ("Britain's Foreign Secretary David Lammy called the agreement “a significant step forward” and called on Israel to “lift "
     "all restrictions on aid deliveries”.", "lift all restrictions", "demand"),
    ("Iran's foreign ministry spokesman said the resolution was “a positive move” but rejected “any linkage to "
     "the nuclear file”.", "any linkage to", "reject"),
    # NEGATIVES: a chain of fragments with no act between keeps the earlier words' stance
    ("Jordan's foreign minister Ayman Safadi said the accord was “a historic achievement”, “a model for the "
     "whole region”.", "a model for the", "welcome"),
    ("Egypt's foreign ministry said the raid was “a flagrant violation” and “an attack on every Palestinian "
     "family”.", "an attack on every", "condemn"),
    ("Oman's foreign ministry said the accord was “a good first step” and that it was now necessary for all to work "
     "toward “a lasting and just settlement”.", "a lasting and just settlement", "welcome"),
])
def test_a_later_fragment_takes_its_own_act(text, quote_words, stance):
    r = _row(text, quote_words)
    assert r.stance == stance, (text, r.quote, r.stance, r.stance_evidence)


@pytest.mark.parametrize("quote, frame, stance", [
    # punishment promised to a party, also across the quote mark ("will receive its “just punishment”")
    ("the occupier will receive its due punishment", "", "threat"),
    ("just punishment", "the enemy will receive its ", "threat"),
    ("a swift retaliation", "Tel Aviv will surely receive ", "threat"),
    # NEGATIVES: punishment asked for, or received in the past
    ("the killers must receive just punishment", "", "demand"),
    ("he received punishment from the court years ago", "", "neutral"),
])
def test_punishment_promised(quote, frame, stance):
    assert stance_of("said", quote, frame)[0] == stance
