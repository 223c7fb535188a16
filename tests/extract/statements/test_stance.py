"""Stance: a cue plus its target -- the speech verb, cues in the words with their negation and intent, the verb that
governs a participle, precedence when cues conflict, the evidence span, and the integrity of the cue list."""
from __future__ import annotations

import csv

import pytest

from lib.extract import Context
from lib.extract import actors as actors_mod
from lib.extract.document import document_from_text
from lib.extract.statements import extract
from lib.extract.statements.stance import (
    FORMS,
    SLOT,
    STANCES,
    judgement,
    stance_cues,
    stance_of,
    stance_span,
    word_classes,
)
from lib.extract.statements.verbs import DATA


@pytest.mark.parametrize("verb, quote, stance", [
    # (a) the speech verb of the frame decides
    ("condemned", "the attack on the convoy", "condemn"),
    ("welcomed", "the truce but rejected any role for the militias", "welcome"),   # the verb over a later cue
    ("denied", "threatening the crossing", "deny"),                               # a denial of a threat
    ("rejected", "reports that the talks had collapsed", "deny"),                 # rejecting claims: a denial
    ("rejected", "the plan", "reject"),
    ("threatened", "to withdraw its ambassador", "threat"),
    ("urged", "both sides to show restraint", "demand"),
    # (b) cues in the words: threats, first person or future plus harm
    ("said", "we will respond forcefully to any aggression", "threat"),
    ("said", "the enemy will pay dearly for this", "threat"),
    ("said", "our answer will be swift; we'll hit back", "threat"),
    ("said", "the movement vowed to avenge the killing", "threat"),
    ("said", "Our choice is to escalate the confrontation", "threat"),
    ("said", "all options remain open and on the table", "threat"),
    ("said", "the army will not stand idly by", "threat"),
    ("said", "any attack will be met with a crushing response", "threat"),
    ("said", "we will not hesitate to act", "threat"),
    ("said", "the government holds the occupation fully responsible", "condemn"),
    ("said", "the bombing was a heinous crime against civilians", "condemn"),
    ("said", "it was appalled by the killing of aid workers", "condemn"),
    ("said", "the report was baseless and fabricated", "deny"),
    ("said", "the story had nothing to do with reality", "deny"),
    ("said", "we will never accept a plan that ignores our rights", "reject"),
    ("said", "Jordan would not allow its airspace to be used", "reject"),
    ("said", "the proposal was dead on arrival", "reject"),
    ("said", "we will abide by the ceasefire", "agree"),
    ("said", "the movement has accepted the offer if the siege is lifted", "agree"),  # conditional acceptance
    ("said", "we are pleased with the outcome of the talks", "welcome"),
    ("said", "the agreement is a step in the right direction", "welcome"),
    ("said", "Egypt put forward a plan for a phased truce", "propose"),
    ("said", "We are asking for a full withdrawal", "demand"),
    ("said", "the international community must act now", "demand"),
    # (c) precedence: a threat over a condemnation, a rejection over a demand noun, an act over a weak word
    ("said", "the occupation will pay the price for this massacre", "threat"),
    ("said", "we reject the demands of the occupation", "reject"),
    ("said", "the violations threaten to drag the region into war", "condemn"),   # first weak cue, not a threat
    ("said", "these allegations are completely false", "deny"),
    ("said", "the group had no involvement in the attack", "deny"),
    ("said", "our forces didn't fire at the convoy", "deny"),
    ("said", "we will hit them hard wherever they are", "threat"),
    ("said", "the movement pledged to keep attacking until the siege ends", "threat"),
    ("said", "we thank Oman for its mediation", "welcome"),
    ("said", "the movement gave a positive response to the mediators", "agree"),
    ("said", "Norway is ready to host the next round", "propose"),
    ("said", "the offer falls short of our demands", "reject"),
    ("said", "the settlers must leave the village", "demand"),
    ("said", "Hamas must accept the offer", "demand"),                              # an act under 'must'
    ("said", "we do not support any plan that displaces people", "reject"),         # negated support
    ("said", "a military solution is ruled out", "reject"),
    ("said", "the right of return is not negotiable", "reject"),
    ("said", "we have given the green light to the deal", "agree"),
    ("said", "the ministry refuted the account of the shooting", "deny"),
    ("said", "we warn the occupation against any attack on the city", "threat"),
    ("said", "the raid was a cowardly act", "condemn"),
    # NEGATIVES: negation, past harm, nouns as topic, cues of other forms
    ("said", "we have not ruled out a new round", "neutral"),
    ("said", "the two sides hope to strike a deal soon", "neutral"),                # 'strike a deal' is no threat
    ("said", "Hamas will respond to the Egyptian proposal within days", "neutral"),  # a reply, not a threat
    ("said", "the delegation will pay a visit to Amman", "neutral"),
    ("said", "the answer lies in dialogue", "neutral"),
    ("said", "the two ministers held a phone call on Monday about the truce", "neutral"),  # a call is no 'call on'
    ("said", "we call on both sides to hold their fire", "demand"),                # ... while 'call on X' demands
    ("said", "the plan is not accepted by the refugees", "neutral"),                # a passive, no act
    ("said", "the allies will not agree on everything", "neutral"),
    ("said", "we did not condemn anyone", "neutral"),
    ("said", "we will not respond to provocations", "neutral"),
    ("said", "we won't retaliate", "neutral"),
    ("said", "our people have paid a heavy price", "neutral"),                   # past harm is no threat
    ("said", "they responded to the letter on Monday", "neutral"),
    ("said", "the proposal was studied overnight", "neutral"),
    ("said", "we will not go back on this decision", "reject"),   # a refusal to reverse: a rejection
    ("said", "the delegation arrived in Cairo", "neutral"),
    ("said", "the so-called \"historic breakthrough\" changed nothing", "neutral"),  # scare quotes are a topic
    ("said", "a ceasefire would simply leave the militants in place", "neutral"),   # 'ceasefire' is no agreement
    ("said", "we will not agree to any deal without a withdrawal", "reject"),   # a negated acceptance
    ("said", "we did not reject the offer", "neutral"),
])
def test_stance(verb, quote, stance):
    assert stance_of(verb, quote)[0] == stance


@pytest.mark.parametrize("verb, quote, frame, lead, stance", [
    ("saying", "not up for negotiation", "the city was", "The president rejected the plan, ", "reject"),
    ("saying", "a good day for the region", "it was", "The minister welcomed the deal, ", "welcome"),
    ("saying", "the occupation's latest step", "", "The ministry condemned the raid, ", "condemn"),
    ("saying", "a lie", "the story was", "The spokesman denied the report, ", "deny"),
    # NEGATIVES: a lead verb counts only for a participle; a negated lead verb is no act
    ("said", "still under discussion", "the city was", "The president, who rejected the plan, ", "neutral"),
    ("saying", "a long process", "it was", "The minister did not welcome the deal, ", "neutral"),
    ("saying", "the talks went on", "", "The minister arrived in Doha, ", "neutral"),
])
def test_stance_from_the_verb_that_governs_a_participle(verb, quote, frame, lead, stance):
    assert stance_of(verb, quote, frame, lead)[0] == stance


@pytest.mark.parametrize("verb, quote, frame, stance", [
    ("said", "an immediate and lasting ceasefire", "the two countries called for", "demand"),
    ("said", "any attack", "the army would respond to", "threat"),
    ("said", "the city", "Egypt would not allow the crossing to be used to empty", "reject"),
    ("said", "the talks", "Qatar hosted", "neutral"),
    ("vowed", "until the strikes stop", "to keep attacking shipping", "threat"),       # the verb's intent
    ("vowed", "to avenge the killing", "", "threat"),
    ("vowed", "to rebuild every house", "", "neutral"),
])
def test_stance_from_the_frame(verb, quote, frame, stance):
    assert stance_of(verb, quote, frame)[0] == stance


@pytest.mark.parametrize("text, evidence", [
    ("“We will respond at a time of our choosing,” the Israeli army said on Sunday.", "We will respond"),
    ("“These reports are baseless and untrue,” Hamas said in a statement.", "baseless"),
    ("Jordan’s foreign ministry condemned the raid on the mosque.", "condemned"),
    ("Hamas rejected the proposal, saying the city was “not for sale to anyone at any price”.", "rejected"),
])
def test_evidence_span_is_the_cue_in_the_text(text, evidence):
    doc = document_from_text("t", text, published="2023-05-01")
    rows = extract(Context(doc=doc, actors=tuple(actors_mod.find(doc))))
    assert rows, text
    s = rows[0]
    assert s.stance != "neutral"
    assert doc.text[s.stance_start:s.stance_end] == evidence


def test_stance_span_of_no_evidence():
    assert stance_span("Hamas said it", 0, 5, "said", 6, "") == (0, 0)


def test_stance_cues_integrity():
    with open(DATA / "stance_cues.csv", newline="", encoding="utf-8") as fh:
        cues = list(csv.DictReader(fh))
    assert list(cues[0]) == ["cue", "stance", "form"]
    assert {c["stance"] for c in cues} <= set(STANCES)
    assert {c["form"] for c in cues} <= set(FORMS)
    assert len({c["cue"] for c in cues}) == len(cues), "a cue is listed twice"
    for c in cues:
        words = c["cue"].split()
        assert c["cue"] == c["cue"].strip().lower() and 1 <= len(words) <= 5, c  # general cues, not sentences
        assert all(w == "*" or w.replace("'", "").isalnum() or SLOT.match(w) for w in words), c
        assert all(SLOT.match(w).group(1) in word_classes() for w in words if SLOT.match(w)), c  # a known class
        assert c["form"] != "target" or c["stance"] in ("deny", "condemn"), c
        assert (c["form"] == "block") == (c["stance"] == "neutral"), c  # only a block names no stance
    assert len(stance_cues()) == len(cues)


def test_stance_classes_integrity():
    with open(DATA / "stance_classes.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["class", "word"]
    assert len({(r["class"], r["word"]) for r in rows}) == len(rows), "a word is listed twice in its class"
    for r in rows:
        assert r["class"].isidentifier() and r["word"] == r["word"].strip().lower(), r
        assert all(w.isalpha() for w in r["word"].split()) and len(r["word"].split()) <= 3, r
    used = {SLOT.match(w).group(1) for c, _s, _f in stance_cues() for w in c.split() if SLOT.match(w)}
    assert used <= set(word_classes())


@pytest.mark.parametrize("verb, quote, stance", [
    # a refusal in the future: the speaker's side will not do something
    ("said", "the government will not send its troops across the border", "reject"),
    ("said", "There will be no elections while the occupation continues", "reject"),
    ("said", "No normalisation without an end to the occupation", "reject"),
    ("said", "the decisions of the summit are not binding on our movement", "reject"),
    ("said", "the Quartet does not represent the will of the region", "reject"),
    # ... unless the negated verb is a cue whose own negation says nothing ("will not respond"), or it is no act
    ("said", "we will not respond to provocations from the militias", "neutral"),
    ("said", "we won't strike first", "neutral"),
    ("said", "the ministry will not comment on the details of the talks", "neutral"),
    ("said", "I would not say the talks have failed", "neutral"),
    ("said", "it would not seek new construction for four months", "neutral"),     # restraint, not a refusal
    ("said", "Tehran does not seek a wider war", "neutral"),
    # a refusal until a condition is met is a demand
    ("said", "the army will not stop the operation until every hostage is home", "demand"),
    # a negation stays in its own clause
    ("said", "the talks were not easy and we welcomed the outcome", "welcome"),
    ("said", "the offer was not new, but we accused the mediators of bias", "condemn"),
    # threats: consequences, the resistance continuing, "the response will come"
    ("said", "any incursion would bring serious consequences for the aggressor", "threat"),
    ("said", "the response will come at a time we choose", "threat"),
    ("said", "the resistance will continue until the last settler leaves", "threat"),
    ("said", "the militants will be crushed", "threat"),
    # a consequence in a relative clause is no intent
    ("said", "both sides should avoid any step that would escalate tension", "demand"),
    ("said", "the minister described measures which would target smugglers", "neutral"),
    # demands without a demand verb
    ("said", "it is incumbent on the council to act", "demand"),
    ("said", "the ball is now in the court of the occupation", "demand"),
    ("said", "no one should use this moment to settle scores", "demand"),
    ("said", "the group needed to accept the offer quickly", "demand"),
    # praise and cooperation
    ("said", "Oman has played an important role in bringing the sides together", "welcome"),
    ("said", "the talks were very useful", "welcome"),
    ("said", "the army would cooperate with the monitors", "agree"),
    # a statement that opens with its act keeps it over the criticism after it
    ("said", "We welcome the agreement, although it falls short of our demands", "welcome"),
    ("said", "Jordan welcomes the truce but condemns the raids that preceded it", "welcome"),
    ("said", "the truce falls short, and we welcome none of it", "reject"),          # no opening act
    # a denial of a role or of a change
    ("said", "the kingdom had no role in the operation", "deny"),
    ("said", "our policy on the settlements has not changed", "deny"),
    # a rejection by distance; a pledge of effort or of protection is no refusal
    ("said", "the offer was far from what our people deserve", "reject"),
    ("said", "Oman would spare no effort to end the war", "neutral"),
    ("said", "the kingdom would not spare any effort to protect the holy sites", "neutral"),
    # an inverted condition ("Should the enemy ...") is no obligation; no obligation is no refusal
    ("said", "Should the enemy attack again, the reply will be far more painful", "neutral"),
    ("said", "as long as we stand together you will never, ever have to face them alone", "neutral"),
    # a step toward something is weak praise; a demand said with it wins
    ("said", "the president would demand a full withdrawal as a first step toward talks", "demand"),
    ("said", "the visit was a step towards normal relations", "welcome"),
    # inflections of acts; an offer to work together or to take over is a proposal, readiness to implement agreement
    ("said", "the government was accepting the plan with reservations", "agree"),
    ("said", "we are ready to work with all parties to rebuild the city", "propose"),
    ("said", "the authority is ready to assume its duties at the crossing", "propose"),
    ("said", "we are ready to implement the deal at once", "agree"),
    # an order; a threat against the other side's behaviour; the name of a court case is no cue
    ("said", "residents are prohibited for now from returning to the border villages", "demand"),
    ("said", "the army will not tolerate any breach of the truce", "threat"),
    ("said", "the country would join the genocide case at the court", "neutral"),
    # held-out lexicon (own3): outrage, punishment, consequences with a qualifier, inaccuracy, offers, respecting
    ("said", "the raid on the camp was an outrage", "condemn"),
    ("said", "those responsible will face a harsh punishment", "threat"),
    ("said", "the enemy will bear the heavy consequences of its folly", "threat"),
    ("said", "civilians bear the consequences of the siege", "neutral"),            # no intent, no threat
    ("said", "the figures were not accurate", "deny"),
    ("said", "we will respect the truce as long as the other side does", "agree"),
    ("said", "we did not vote against it because we want the fighting to stop", "neutral"),
    # keeping up pressure is a threat
    ("said", "the army would keep up military pressure on the militants", "threat"),
    # a prediction by a third party with "would" is no refusal when nothing is refused ("would attack": harm only
    # after the speaker's intent; the subject rule is in the statement extractor)
    ("said", "the talks would take many more weeks", "neutral"),
])
def test_stance_second_round(verb, quote, stance):
    assert stance_of(verb, quote)[0] == stance


@pytest.mark.parametrize("text, stance", [
    # the speaker's own side refuses: a rejection
    ("Egyptian Foreign Minister Sameh Shoukry said Egypt would not open the Rafah crossing to mass displacement.",
     "reject"),
    ("“We will not send a delegation to Cairo this week,” Hamas official Osama Hamdan said.", "reject"),
    # NEGATIVES: a third party's refusal or restraint, predicted or reported, is not the speaker's
    ("U.S. Secretary of State Antony Blinken said Iran would not attack Israel before the talks in Oman ended.",
     "neutral"),
    ("Egyptian Foreign Minister Sameh Shoukry said Israel would not withdraw its forces from the corridor.",
     "neutral"),
    # a judgement about another party is the speaker's own ...
    ("“Oman is playing a very important role in bringing the two sides together,” Iranian Foreign Minister Abbas "
     "Araghchi said.", "welcome"),
    ("Palestinian Foreign Minister Riyad al-Maliki said Israel's offer of work permits was no substitute for a "
     "political settlement.", "reject"),
    # ... but an act of that party is only reported
    ("Egyptian Foreign Minister Sameh Shoukry said Israel had accepted the proposal for a pause.", "neutral"),
])
def test_refusal_is_the_speakers_own(text, stance):
    doc = document_from_text("t", text, published="2024-01-10")
    rows = extract(Context(doc=doc, actors=tuple(actors_mod.find(doc))))
    assert rows, text
    assert rows[0].stance == stance


@pytest.mark.parametrize("verb, quote, frame, stance", [
    # an act verb between the speech verb and the quote governs the quote
    ("condemned", "its breaches of the truce", "the shelling and said the government rejected", "reject"),
    ("welcomed", "a provocation", "the talks but denounced the raid as", "condemn"),
    # NEGATIVES: a noun after a determiner, a negated act, or the same act leave the speech verb
    ("welcomed", "a bold step", "the offer as", "welcome"),
    ("condemned", "a crime", "the decision, which it did not accept, as", "condemn"),
    ("condemned", "barbaric", "the attack and condemned the silence as", "condemn"),
])
def test_stance_nearer_act_in_the_frame(verb, quote, frame, stance):
    assert stance_of(verb, quote, frame)[0] == stance


@pytest.mark.parametrize("verb, quote, frame, stance", [
    # a speech act followed by "and said": the quote is the second verb's, and says what its words do
    ("welcomed", "The choice is now theirs. We call for the killing to stop.", "the decision and said: ", "demand"),
    ("condemned", "we will answer this at a time of our choosing", "the raid and added that ", "threat"),
    ("welcomed", "to take this chance", "the vote and said Paris would continue to press both sides ", "demand"),
    # NEGATIVES: words with no cue keep the speech act; "and called it" is no second verb of saying
    ("welcomed", "a good start", "the deal and said it was ", "welcome"),
    ("welcomed", "a historic step", "the resolution and called it ", "welcome"),
    ("condemned", "an outrage", "the raid and the arrests as ", "condemn"),
])
def test_stance_of_a_quote_after_and_said(verb, quote, frame, stance):
    assert stance_of(verb, quote, frame)[0] == stance


@pytest.mark.parametrize("cue, judged", [
    ("baseless", True), ("an important role", False), ("important role", True), ("No substitute for", True),
    ("accepted", False), ("will not", False), ("pay the price", False), ("committed to", False),
])
def test_judgement(cue, judged):
    assert judgement(cue) is judged


# round 5: broad cue families and the frame-verb convention, each with negative cases (own sentences)
@pytest.mark.parametrize("verb, quote, stance", [
    # threats without "will" + a listed verb: conditional responses, inflected harm verbs, launches, prices
    ("said", "any incursion would be met with overwhelming force", "threat"),
    ("said", "the militia vowed to keep striking vessels in the Red Sea", "threat"),
    ("said", "every option is on the table if the talks fail", "threat"),
    ("said", "the group will launch a new offensive in the north", "threat"),
    ("said", "we will fight to the last man", "threat"),
    ("said", "the aggressors should know that this blood has a price", "threat"),
    ("said", "the regime will be responsible for the consequences", "threat"),
    # NEGATIVES: a harm word as a noun after a determiner, a report of fighting, a schedule
    ("said", "we want the fighting to end this week", "neutral"),
    ("said", "the fighting in the north continued overnight", "neutral"),
    ("said", "talks on the truce will resume on Monday", "neutral"),
    # welcomes by evaluation
    ("said", "the accord was an important first step", "welcome"),
    ("said", "this is a historic day for both peoples", "welcome"),
    ("said", "We salute the mediators for their patience", "welcome"),
    ("said", "the exchange of prisoners was a positive development", "welcome"),
    ("said", "the kingdom values the efforts of the mediators", "welcome"),
    # NEGATIVES: an assessment of a meeting, an act word after a preposition, a conference "in support of"
    ("said", "the atmosphere of the talks was positive", "neutral"),
    ("said", "nobody in the capital is doing this for praise", "neutral"),
    ("said", "Paris would host a conference in support of the displaced", "neutral"),
    # condemnations without "condemn": evaluative words; a rejecting judgement of violence
    ("said", "the raid was absurd and one-sided", "condemn"),
    ("said", "the killing of the journalists is unacceptable", "condemn"),
    ("said", "the shelling of the camp was reckless and illegal", "condemn"),
    ("said", "shame on those who stay silent", "condemn"),
    ("said", "this proposal is unacceptable", "reject"),                  # NEGATIVE: judging a plan is a rejection
    # demands
    ("said", "it is time for the council to act", "demand"),
    ("said", "we need guarantees before any deal", "demand"),
    ("said", "maybe it is time to think again about the talks", "neutral"),   # NEGATIVE: a hedge
    # proposals: the speaker's proposal, presenting a plan, the only path
    ("said", "our proposal is a six-week pause in return for prisoners", "propose"),
    ("said", "Cairo presented to the two sides a revised proposal", "propose"),
    ("said", "the only path to stability is a political settlement", "propose"),
    ("said", "Washington is working on a new deal for the north", "propose"),
    ("said", "we are offering to host the next round", "propose"),
    ("said", "Hamas is studying the latest Israeli offer", "neutral"),     # NEGATIVE: the offer is a noun
    # agreement and denial phrases; a passive act is the agent's
    ("said", "we have no objection to an international force", "agree"),
    ("said", "the cabinet signed off on the framework", "agree"),
    ("said", "the resolution was endorsed by the Security Council", "neutral"),   # NEGATIVE: a passive
    ("said", "we had no prior knowledge of the operation", "deny"),
    ("said", "the ministry was not aware of any such plan", "deny"),
    ("said", "Hamas dismissed the accusations as lies", "deny"),
    ("said", "Hamas dismissed the offer out of hand", "reject"),
    ("said", "the right of return is a red line", "reject"),
])
def test_stance_round5(verb, quote, stance):
    assert stance_of(verb, quote)[0] == stance


@pytest.mark.parametrize("verb, quote, frame, lead, stance", [
    # the frame's act governs the participle: a reporting verb of stance, a fixed phrase, over a weak word
    ("saying", "one of several options", "the closure was", "Iran threatened to close the strait, ", "threat"),
    ("saying", "the matter was closed", "", "Jordan ruled out sending troops, ", "reject"),
    ("saying", "it ignored the demands of the people", "", "Hamas rejected the plan, ", "reject"),
    ("saying", "the claims were invented", "", "The army disputed the account, ", "deny"),
    # NEGATIVES: a negated reporting verb of stance; a neutral lead leaves the weak word
    ("saying", "the talks would go on", "", "The minister did not threaten anyone, ", "neutral"),
    ("saying", "the demands of the people must be met", "", "The minister arrived in Doha, ", "demand"),
])
def test_stance_frame_verb_governs_round5(verb, quote, frame, lead, stance):
    assert stance_of(verb, quote, frame, lead)[0] == stance


@pytest.mark.parametrize("text, stance", [
    # the speaker's own cue after another party's act is read ("lead Hamas to accept" is not Israel's acceptance)
    ("Netanyahu's office said Israel appreciated the efforts of the mediators and hoped they would lead Hamas to "
     "accept the deal.", "welcome"),
    # NEGATIVE: an assessment of another party's talks is no welcome of the speaker's (a readout, not an act)
    ("Russia's deputy foreign minister said the Quartet mediators' talks were helpful.", "neutral"),
    # NEGATIVE: another party's act alone is reported, not the speaker's stance
    ("Egypt's foreign ministry said Israel had accepted the proposal.", "neutral"),
])
def test_stance_of_the_speaker_not_the_subject_round5(text, stance):
    doc = document_from_text("t", text, published="2024-05-01")
    rows = extract(Context(doc=doc, actors=tuple(actors_mod.find(doc))))
    assert rows, text
    assert rows[0].stance == stance, (text, rows[0].stance, rows[0].stance_evidence)


@pytest.mark.parametrize("quote, stance", [
    # being committed is an agreement when the object is one (an accord, a truce, implementing a resolution; the
    # noun "commitment to" stays a weak agreement: joint undertakings) ...
    ("Lebanon remains committed to implementing the resolution", "agree"),
    ("the movement reaffirmed its commitment to the truce agreement", "agree"),
    ("we are committed to the Paris understanding", "agree"),
    # ... NEGATIVES: a commitment to a goal or to working with someone is an assertion
    ("we are committed to bringing every hostage home", "neutral"),
    ("Washington is committed to working with both governments", "neutral"),
])
def test_commitment_is_agreement_only_to_an_accord(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("verb, quote, frame, lead, stance", [
    # phrasal frame verbs of an act govern the participle after them, as single act verbs do
    ("saying", "the timing was wrong", "", "Israel turned down the request, ", "reject"),
    ("saying", "it had run its course", "", "The council brushed aside the complaint, ", "reject"),
    ("saying", "the text was balanced", "", "Ankara embraced the initiative, ", "welcome"),
    ("saying", "the settlers had crossed every line", "", "Paris castigated the government, ", "condemn"),
    ("saying", "the two sides were close", "", "Cairo pressed for a second round, ", "demand"),
    ("saying", "a phased approach could work", "", "The envoy laid out a three-stage plan, ", "propose"),
    ("saying", "there was no alternative", "", "The cabinet signed up to the framework, ", "agree"),
    # NEGATIVES: a neutral lead; the same verb negated
    ("saying", "the timing was wrong", "", "Israel studied the request, ", "neutral"),
    ("saying", "the timing was wrong", "", "Israel has not turned down the request, ", "neutral"),
])
def test_phrasal_frame_verbs_govern_a_participle(verb, quote, frame, lead, stance):
    assert stance_of(verb, quote, frame, lead)[0] == stance


@pytest.mark.parametrize("verb, quote, frame, stance", [
    # a verb of an act that is no reporting verb frames a quoted fragment like a speech act
    ("lauded", "long overdue", "the decision as", "welcome"),
    ("blamed", "the collapse of the talks", "Washington for", "condemn"),
    ("dismissed", "pure fiction", "the reports as", "deny"),
    ("dismissed", "a waste of time", "the plan as", "reject"),
    ("floated", "a regional force", "the idea of", "propose"),
    # NEGATIVES: a neutral verb leaves the words to decide; a verb that is no act gives nothing
    ("said", "a matter for the courts", "the decision was", "neutral"),  # "long overdue" is a welcome of its own (round 9)
    ("visited", "the border crossing", "", "neutral"),
])
def test_stance_from_an_act_verb_framing_a_fragment(verb, quote, frame, stance):
    assert stance_of(verb, quote, frame)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # the speaker's own response named by a noun is a threat; a response to a proposal is none
    ("our response to this aggression will come at the right moment", "threat"),
    ("our reply will be heard across the region", "threat"),
    ("our response to the mediators' proposal will be delivered on Monday", "neutral"),
    ("we are preparing our reply to the American offer", "neutral"),
    # no part, no hand: denials of involvement, like "no role"
    ("Tehran played no part in the attack on the tanker", "deny"),
    ("the movement had no hand in the kidnapping", "deny"),
])
def test_response_nouns_and_denials_of_involvement(quote, stance):
    assert stance_of("said", quote)[0] == stance


# round 6: cue families with word classes (lib/data/stance_classes.csv), each with negative cases (own sentences)
@pytest.mark.parametrize("verb, quote, stance", [
    # welcome by a positive assessment of progress: <posadj> <goodnoun>
    ("said", "the prisoner release was a significant achievement for both sides", "welcome"),
    ("said", "this is a good first step and we will build on it", "welcome"),
    ("said", "the truce gives us a genuine opportunity to rebuild", "welcome"),
    ("said", "the deal opens a new chapter between the two countries", "welcome"),
    ("said", "the vote was a landmark moment for the region", "welcome"),
    ("said", "the kingdom expressed its satisfaction with the outcome", "welcome"),
    # NEGATIVES: negated, a harm noun between, a schedule, an assessment of a meeting
    ("said", "it is not a good step and not a real opportunity", "neutral"),
    ("said", "the major attack on the day of the holiday killed 20 people", "neutral"),
    ("said", "the talks will continue on Sunday", "neutral"),
    # condemnations by judgement; a condemning judgement of a text or a decision is a rejection
    ("said", "the shelling of the hospital is a despicable act", "condemn"),
    ("said", "what the settlers did is a disgrace", "condemn"),
    ("said", "this is a total failure of the government's policy", "condemn"),
    ("said", "this absurd resolution rewards the aggressor", "reject"),
    ("said", "a deeply disappointing decision by the council", "reject"),
    ("said", "the talks ended in failure", "neutral"),                    # NEGATIVE: failure without a judge
    # rejections by judgement or exclusion
    ("said", "there is no place for militias in the new government", "reject"),
    ("said", "annexation is off the table for this government", "reject"),
    ("said", "the plan is a pipe dream and has no value", "reject"),
    ("said", "a ceasefire now would be a serious mistake", "reject"),
    # threats by consequence without "will" + a harm verb
    ("said", "their bases are within range of our drones", "threat"),
    ("said", "every ship that serves the enemy is a legitimate target", "threat"),
    ("said", "the aggressors should expect a harsh answer", "threat"),
    ("said", "our revenge is coming, sooner than they think", "threat"),
    ("said", "the operations will go on until the last hostage is home", "threat"),
    ("said", "no one is immune from our reach", "threat"),
    # NEGATIVES: a harm noun of the past, an ongoing process that is no operation
    ("said", "the negotiations will go on next week", "neutral"),
    ("said", "the answer from the movement has not arrived yet", "neutral"),
    # demands: obligation, need, importance with a present or modal verb, an imperative opening a sentence
    ("said", "the hostages have to be released now", "demand"),
    ("said", "it is important that the crossings are opened", "demand"),
    ("said", "Lift the siege. Open the crossings now.", "demand"),
    ("said", "we have to make sure the region stays calm", "neutral"),    # NEGATIVE: the speaker's own obligation
    ("said", "it is important that both delegations attended", "neutral"),  # NEGATIVE: a past fact
    ("said", "I have to say the talks were long", "neutral"),
    ("said", "the army will use every means it has to defend the border", "neutral"),
    ("said", "the crossing will open the day after", "neutral"),       # NEGATIVE: lower case, no imperative
    # keeping an accord; readiness to help
    ("said", "we will respect the truce as long as the other side does", "agree"),
    ("said", "if they comply, we will comply", "agree"),
    ("said", "the government will honour all its commitments", "agree"),
    ("said", "Berlin is prepared to contribute engineers to the mission", "propose"),
    ("said", "Cairo is willing to host the next round of talks", "propose"),
    ("said", "we respect the treaty and the talks continue", "neutral"),  # NEGATIVE: respect of no promise
    # a pause that is no end of the war (threat), a reward or surrender (reject), a first step (welcome)
    ("said", "the truce is a pause, not the end of the war", "threat"),
    ("said", "Cairo does not see an end to the war soon", "neutral"),        # NEGATIVE: a prediction
    ("said", "the summit is a reward for the occupation", "reject"),
    ("said", "the vote was a first step toward justice", "welcome"),
    ("said", "the president would demand a withdrawal as a first step", "demand"),  # NEGATIVE: a procedure
    ("said", "those who incite violence bear responsibility", "condemn"),
    ("said", "the army is in a high state of readiness on the border", "threat"),
    # an act asked of a party is demanded, not done
    ("said", "the minister urged both sides to accept the proposal", "demand"),
    ("said", "he called on Hamas to agree to the terms", "demand"),
])
def test_stance_round6_families(verb, quote, stance):
    assert stance_of(verb, quote)[0] == stance


@pytest.mark.parametrize("verb, quote, frame, stance", [
    # a warning addressed to a named party is a threat; a warning of consequences is not
    ("warned", "what happened in the south can happen in the north", "Hezbollah that ", "threat"),
    ("warned", "not to test our patience", "Tehran ", "threat"),
    ("warned", "the war could spread to the whole region", "on Monday that ", "neutral"),
    ("warned", "the war could spread to the whole region", "that ", "neutral"),
])
def test_warning_to_a_party_is_a_threat(verb, quote, frame, stance):
    assert stance_of(verb, quote, frame)[0] == stance


def test_word_class_cue_is_a_family():
    # one cue, many phrasings: each word of the class
    for noun in ("step", "achievement", "breakthrough", "milestone"):
        assert stance_of("said", f"this is a historic {noun}")[0] == "welcome"


# round 7 (own sentences, varied outlets): an act verb right before a quote whose reporting verb stands after it
@pytest.mark.parametrize("text, stance", [
    ("Jordan thanked Egypt “for its tireless work on the truce,” Jordanian Foreign Minister Ayman Safadi said.", "welcome"),
    ("Biden thanked Emir Tamim and “the Qatari team that made this possible,” according to a White House readout.",
     "welcome"),
    ("Iran condemned the strike as “a blatant act of piracy,” foreign ministry spokesman Nasser Kanaani said.", "condemn"),
    ("Hamas rejected the proposal as “a recipe for surrender,” a senior official, Osama Hamdan, said on Sunday.",
     "reject"),
    ("Turkish President Recep Tayyip Erdogan praised Qatar for “patient and honest mediation,” according to Anadolu.",
     "welcome"),
    # NEGATIVES: an act of another clause, a relative clause, an act named by a noun
    ("Hamas accepted the terms on Monday and Israel's army chief Herzi Halevi said “the operation goes on”.",
     "neutral"),
    ("Qatar, which welcomed the plan last month, said “the next round will be held in Doha,” Majed al-Ansari said.",
     "neutral"),
    ("The offer came as “the delegations returned home,” Egyptian Foreign Minister Sameh Shoukry said.", "neutral"),
])
def test_act_verb_before_a_quote_frames_it(text, stance):
    doc = document_from_text("t", text, published="2024-05-01")
    rows = extract(Context(doc=doc, actors=tuple(actors_mod.find(doc))))
    assert rows, text
    assert rows[0].stance == stance, (text, rows[0].stance, rows[0].stance_evidence)


@pytest.mark.parametrize("quote, stance", [
    # a harm noun after "this"/"such"/"every" is the object of another act, no threat of the speaker's
    ("we condemn this attack and urge all parties to show restraint", "condemn"),
    ("we reject such attacks on civilians", "reject"),
    ("we will respond to every attack", "threat"),     # the harm verb after intent still counts
])
def test_harm_noun_after_a_determiner_is_no_threat(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # threats: action or force promised against a party, targets declared fair, a war declared unfinished, alert
    ("Washington would take whatever action is necessary to protect its troops", "threat"),
    ("we will take all necessary action against those who attacked our ships", "threat"),
    ("Israel would act against any attempt to smuggle weapons to the group", "threat"),
    ("their bases in the region are a fair target", "threat"),
    ("every ship heading to the port is a legal target for our forces", "threat"),
    ("the battle is not over", "threat"),
    ("the war is far from over and our fighters know it", "threat"),
    ("this truce is a pause, not the end of the battle", "threat"),
    ("our units will remain on high alert along the border", "threat"),
    ("the fighters will stay on alert until the enemy leaves", "threat"),
    # NEGATIVES: action of aid, a target of a plan, a past war, hospitals on alert, the end of a meeting
    ("the council took action on the aid resolution last week", "neutral"),
    ("the target date for the elections is June", "neutral"),
    ("the last war was over in eleven days", "neutral"),
    ("hospitals in the north are on high alert for more casualties", "neutral"),
    ("the meeting is not over yet, the talks go on", "neutral"),
    # welcome / condemnation by a day or a page of history
    ("today is a pivot of history", "welcome"),
    ("this accord is a turning point in the history of the region", "welcome"),
    ("the signing opens a new chapter in the history of our peoples", "welcome"),
    ("it is a black day in the history of the nation", "condemn"),
    ("this is a dark day for international law", "condemn"),
    ("the raid marks a sad day for the Palestinian people", "condemn"),
    # NEGATIVES: history as a topic, a dark night as weather
    ("the ministry published a history of the talks", "neutral"),
    ("the convoy crossed on a dark night in January", "neutral"),
])
def test_stance_round7_families(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # refusing the moment ("not the right time", "too early to discuss") is a rejection
    ("this is not the right time to talk about disarmament", "reject"),
    ("it is too early to discuss handing over our weapons", "reject"),
    ("it is too early to say whether the truce will hold", "neutral"),           # NEGATIVE: a prediction
    ("now is the right time to sign", "neutral"),                               # NEGATIVE: no refusal
    # a party expected to act is asked to act
    ("Cairo expects Israel to reopen the crossing without delay", "demand"),
    ("Washington expected Hamas to release the hostages within days", "demand"),
    ("Egypt expected Israel to honour its commitments under the deal", "demand"),
    ("we expect the negotiations to take several more days", "neutral"),         # NEGATIVE: a forecast
    ("we expect Hezbollah to fire more rockets tonight", "neutral"),             # NEGATIVE: a hostile act forecast
    ("the army expects Iran to retaliate within days", "neutral"),
    ("the talks are expected to resume on Sunday", "neutral"),
    # a ceasefire declared imperative, a dire need: demands
    ("a ceasefire remains imperative", "demand"),
    ("we are in dire need of medical supplies and fuel", "demand"),
    # resolve and operations promised in the future are threats
    ("the killing will increase the determination of our fighters", "threat"),
    ("these crimes will only strengthen our resolve", "threat"),
    ("the talks increased our determination to reach a deal", "neutral"),       # NEGATIVE: a past effect
    ("the army will continue its operations in the north", "threat"),
    ("we will continue our fight until the occupation ends", "threat"),
    ("the talks will continue after the war", "neutral"),                        # NEGATIVE: ops as a time
    ("we will continue our efforts with the mediators", "neutral"),
    # a warning that danger awaits anyone who approaches
    ("anyone who approaches the forces puts himself in danger", "threat"),
    ("residents who return to the area endanger themselves", "threat"),
    # a party judged as not wanting peace, piracy: condemnations
    ("this government has no interest in peace", "condemn"),
    ("their action shows they are not interested in peace", "condemn"),
    ("seizing a ship in international waters is piracy", "condemn"),
    ("we are not interested in a temporary truce", "neutral"),                   # NEGATIVE: not peace
    # a decision judged brave or wise is welcomed
    ("it was a brave and wise decision", "welcome"),
    ("the cabinet made the right decision", "welcome"),
    ("a final decision will be taken on Sunday", "neutral"),                     # NEGATIVE: a schedule
    ("a prize for terrorism", "reject"),
])
def test_stance_round7_more_families(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("verb, quote, frame, lead, stance", [
    # a participle that states a position of its own ("stressing the need for") keeps its own cue over the lead's
    ("stressing", "the need for it to lead to a permanent ceasefire", "", "Qatar welcomed the truce, ", "demand"),
    ("emphasising", "that aid must reach the north", "", "Jordan welcomed the deal, ", "demand"),
    ("saying", "it was long overdue", "", "Egypt welcomed the deal, ", "welcome"),
    ("stressing", "its commitment to the talks", "", "Hamas rejected the plan, ", "reject"),  # no cue: the lead
])
def test_position_participle_keeps_its_own_cue(verb, quote, frame, lead, stance):
    assert stance_of(verb, quote, frame, lead)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # a punishment promised in the passive; nothing ruled out; a triumph
    ("the Zionist regime will be punished", "threat"),
    ("those behind this crime will be held accountable", "threat"),
    ("the aggressors will be crushed", "threat"),
    ("nothing is off the table", "threat"),
    ("a ground invasion is off the table for now", "reject"),             # the family it was: a rejection
    ("the agreement is a triumph of diplomacy", "welcome"),
    # NEGATIVES: a punishment of the past, a triumph denied
    ("three soldiers were punished for the looting", "neutral"),
    ("nobody was held accountable for the delays", "neutral"),
])
def test_stance_round7_passive_threats_and_triumphs(quote, stance):
    assert stance_of("said", quote)[0] == stance
