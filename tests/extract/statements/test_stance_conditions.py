"""Stance, round 11: a sanction promised on a condition is a threat (form ``conditional`` of
``lib/data/stance_cues.csv``), harm promised in the passive, commitments, position nouns of
condemnation and readiness, hedged replies -- each family with negative cases. Sentences are made up, not taken from
any evaluation set."""
from __future__ import annotations

import pytest

from lib.extract.statements.cues import CONDITION, FORMS, cues_in, stance_cues
from lib.extract.statements.stance import stance_of


@pytest.mark.parametrize("quote, stance", [
    # a sanction under the speaker's intent, with a condition in the words: a threat
    ("Iran would close its border crossings with the region if the vote went ahead", "threat"),
    ("we would close the embassy unless the decision is reversed", "threat"),
    ("we will shut the Strait of Hormuz if attacked", "threat"),
    ("the movement would seek to capture more soldiers if the prisoners remained in jail", "threat"),
    ("If there is no deal by the holiday, we will go into the city", "threat"),
    ("if there is no agreement, there will be war", "threat"),
    ("Athens would veto any decision on the matter if the memorandum was not scrapped", "threat"),
    ("Israel would cut off the banks if the Authority went ahead with its case", "threat"),
    ("Tehran would reconsider its nuclear doctrine if its existence were threatened", "threat"),
    ("the ambassador would be expelled if the insults continued", "threat"),
    ("we would impose sanctions as long as enrichment continues", "threat"),
    ("he would veto any legislation that blocked the deal", "threat"),            # a relative clause's condition
    ("we will freeze the assets of anyone who funds the militias", "threat"),
    # NEGATIVES: no condition, a concession on a condition, a negated sanction, no sanction verb, no party's act
    ("Israel would close the crossings on Saturday for the holiday", "neutral"),
    ("we would veto the resolution in its current form", "neutral"),
    ("the border would be closed for the holiday", "neutral"),
    ("the crossings would be opened gradually if the quiet holds", "neutral"),
    ("Israel would withdraw from the corridor if the deal holds", "neutral"),
    ("the ministry would not close its embassy even if relations worsened", "neutral"),
    ("We will wait and see if the bombing stops", "neutral"),
    ("we will go into the details later, if needed", "neutral"),
    ("the war would be over if the group surrendered", "neutral"),
    ("We are close to a basis for talks. If we finish it next week, we can meet", "neutral"),
    ("the vote closed the chapter, and if all goes well the talks resume", "neutral"),
])
def test_a_sanction_on_a_condition_is_a_threat(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # harm promised in the passive
    ("the buildings would be struck within the hour", "threat"),
    ("any ship heading to the port will be targeted", "threat"),
    ("the bases would be bombed without warning", "threat"),
    # NEGATIVES: harm suffered in the past, harm in a relative clause (a consequence)
    ("the buildings were struck overnight", "neutral"),
    ("the army said the sites that would be struck were chosen last year", "neutral"),
    ("we would not hesitate to act", "threat"),       # the conditional form of "will not hesitate"
    ("we did not hesitate to call the minister", "neutral"),
])
def test_harm_promised_in_the_passive(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # a commitment made: an agreement
    ("the warring parties commit to allow safe passage for civilians", "agree"),
    ("Cairo committed itself to guaranteeing the implementation of the agreement", "agree"),
    ("the movement abides by the truce as long as the other side does", "agree"),
    ("We have given our consent to the proposal", "agree"),
    ("Lebanon had given a positive answer to the proposal", "agree"),
    ("Kuwait's readiness to take part in the conference", "agree"),
    ("the world body was ready to support the implementation of the declaration", "agree"),
    ("we support the plan", "welcome"),                # NEGATIVE: support given, not offered
    # ... asked of another party: a demand; refused: a rejection
    ("Hamas must commit to the ceasefire", "demand"),
    ("we do not commit to anything", "reject"),
    # NEGATIVES: a crime committed, a goal one is committed to, a consent not given by a party
    ("the army committed crimes in the camp", "condemn"),
    ("We are committed to returning all our hostages", "neutral"),
    ("the truce may be renewed with the consent of both parties", "neutral"),
])
def test_commitments(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("verb, quote, stance", [
    # position nouns: condemnation, readiness
    ("expressed", "its strong condemnation of the raid on the camp", "condemn"),
    ("expressed", "its readiness to host the talks", "propose"),
    ("said", "the text did not contain a condemnation of the attack", "neutral"),   # NEGATIVE: negated
    # relief, a ray of light; a made-up story
    ("said", "a ray of light after months of darkness", "welcome"),
    ("said", "he was relieved that the ceasefire had held", "welcome"),
    ("said", "the commander was relieved of his duties", "neutral"),
    ("said", "the story was completely made up", "deny"),
    ("said", "the committee is made up of five ministers", "neutral"),
    # a need
    ("said", "the parties needed to return to the negotiating table", "demand"),
    # a reply promised is no retaliation
    ("said", "it was studying the proposal and would respond in due course", "neutral"),
    ("said", "we will respond at the time and place of our choosing", "threat"),
    # an imperative "let": a demand, not a wish
    ("said", "Let the aid in. Children are starving", "demand"),
    ("said", "Let us hope the truce holds", "neutral"),
])
def test_round11_families(verb, quote, stance):
    assert stance_of(verb, quote)[0] == stance


def test_conditional_cues_need_a_condition():
    assert {f for _c, _s, f in stance_cues()} >= {"conditional"} and "conditional" in FORMS
    assert {s for _c, s, f in stance_cues() if f == "conditional"} == {"threat", "propose"}
    assert CONDITION.search(" if it ") and not CONDITION.search(" iffy ")
    with_if = cues_in("we would veto the decision if it passed")
    assert [(st, form) for _a, st, form, _w in with_if] == [("threat", "future")]  # read as a future cue
    assert cues_in("we would veto the decision") == ()


@pytest.mark.parametrize("quote, stance", [
    # an accusation of a scheme: another party trying to do harm to a process
    ("Greece was trying to sabotage the peace process", "condemn"),
    ("the occupation aimed to drag the region into a wider war", "condemn"),
    ("they are seeking to undermine the truce", "condemn"),
    ("The only one standing in the way of a ceasefire is Hamas", "condemn"),
    # NEGATIVES: an effort of one's own, a restraint, a trade
    ("we are trying to de-escalate the situation", "neutral"),
    ("the mediators are trying to bridge the gaps", "neutral"),
    ("Iraq is trying to export more oil through Turkey", "neutral"),
    ("we will not stand in the way of a deal", "neutral"),
])
def test_an_accused_scheme_is_a_condemnation(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # a position declared beyond negotiation is a rejection (the family of "not negotiable")
    ("uranium enrichment on our soil is not up for negotiation", "reject"),
    ("the right of return cannot be negotiated away", "reject"),
    ("the borders are not open to negotiation", "reject"),
    ("the core issues would be negotiated in the capital", "neutral"),       # NEGATIVE: a schedule
    ("every issue is up for negotiation", "neutral"),                        # NEGATIVE: openness
    # willingness to help, an outstretched hand: offers
    ("Egypt showed its willingness to help rebuild the city", "propose"),
    ("We extend our hand to everyone who wants peace", "propose"),
    ("we extend our condolences to the families", "neutral"),               # NEGATIVE: no hand
    ("the truce was extended by two days", "neutral"),
    # a role one promises to keep playing is no welcome; a role another plays, praised, is
    ("China will continue to play a constructive role in the region", "neutral"),
    ("Egypt is playing an important role in the talks", "welcome"),
])
def test_negotiation_limits_offers_and_own_roles(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # a participation promised is an agreement; refused, a rejection
    ("Tehran would take part in the next round of talks", "agree"),
    ("the movement will participate in the elections in July", "agree"),
    ("we will not take part in the conference", "reject"),
    # NEGATIVES: a participation in the past, in a relative clause; a refused retaliation stays no stance
    ("twelve states took part in the meeting", "neutral"),
    ("the countries that would take part in the force were not named", "neutral"),
    ("we will not respond to provocations", "neutral"),
])
def test_participation_promised(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # a harmful act said not to have been done: a denial (the family of "did not target")
    ("our aviation did not carry out any combat missions in the area", "deny"),
    ("the army has never violated the truce", "deny"),
    ("we did not use chemical weapons", "deny"),
    ("the militia never shelled the hospital", "deny"),
    # NEGATIVES: a harm refused in the future, a delegation not sent, a harm done
    ("we will never use force against our people", "neutral"),
    ("Israel did not send a delegation to Cairo", "neutral"),
    ("the army did not launch the offensive until dawn", "neutral"),
    ("the army shelled the hospital", "neutral"),
])
def test_a_harm_not_done_is_a_denial(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # force that can reach the other side, with no harm verb: a threat
    ("Our missiles can reach every corner of their territory", "threat"),
    ("our hand will reach them wherever they hide", "threat"),
    # NEGATIVES: aid or people that reach somewhere
    ("humanitarian aid could reach those in need", "neutral"),
    ("the delegation will reach Cairo tomorrow", "neutral"),
])
def test_force_that_can_reach_is_a_threat(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # a refusal to break an accord is a commitment to it
    ("we will not allow anyone to violate it", "agree"),
    ("the group would not obstruct a deal that gives the country its rights", "agree"),
    ("Hamas will not break the ceasefire", "agree"),
    # NEGATIVES: a violation denied in the past, a refusal of something else, an attempt refused
    ("we did not violate the truce", "deny"),
    ("Israel will not allow Iran to undermine the region", "reject"),
    ("we will not accept any attempt to undermine the truce", "reject"),
    # a release from one's commitments on a condition is a threat
    ("If the occupation violates it, we will be free from any commitment.", "threat"),
    ("the prisoners will be free of any charges", "neutral"),
])
def test_a_refusal_to_break_an_accord_is_an_agreement(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # a forecast of failure is no refusal of the speaker's side
    ("the conference will not succeed without Iran", "neutral"),
    ("the killing will not achieve its goals", "neutral"),
    # NEGATIVES: a refusal stays one; a change denied to an act judges it useless (the older family)
    ("we will not accept the plan", "reject"),
    ("the agreement will not change the facts on the ground", "reject"),
])
def test_a_forecast_of_failure_is_no_refusal(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # operations announced to resume or go on (the family of "<ops> will continue")
    ("the war would resume after the pause", "threat"),
    ("the strikes will resume once the deadline passes", "threat"),
    ("the war would continue after the pause", "threat"),
    # NEGATIVES: talks resume; a war resumed in the past
    ("talks would resume next week", "neutral"),
    ("the war has resumed", "neutral"),
])
def test_operations_announced_to_resume(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # threats without a harm verb: countermeasures, force, an attack that will be answered
    ("the country would take strong countermeasures against the drills", "threat"),
    ("the army would act with force against anyone who harms its troops", "threat"),
    ("Any attack on our territory will be answered immediately", "threat"),
    # a resounding no, a refused recognition; a time come; a disturbing act
    ("Our answer to this plan is a resounding no", "reject"),
    ("the movement does not recognise the new government", "reject"),
    ("it is high time the council acted", "demand"),
    ("the images were deeply disturbing", "condemn"),
    # NEGATIVES: countermeasures of the past, questions answered, a recognition given
    ("the countermeasures taken last year failed", "neutral"),
    ("the questions will be answered tomorrow", "neutral"),
    ("we recognise the efforts of Egypt", "neutral"),
])
def test_threats_without_harm_verbs_and_plain_refusals(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # an offer on a condition: a proposal (the mirror of a sanction on a condition)
    ("Baghdad could host a meeting between the two sides if both countries agreed", "propose"),
    ("Australia would contribute troops to a multinational force, if asked", "propose"),
    ("the bloc could start lifting sanctions if the new authorities took tangible steps", "propose"),
    # NEGATIVES: no condition; an offer made in the past
    ("France will host the conference in June", "neutral"),
    ("Germany would not fund new structures of the group", "reject"),              # a refused offer: a refusal
    ("Qatar hosted the talks if only for a day", "neutral"),
])
def test_an_offer_on_a_condition_is_a_proposal(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # the act named in a condition is another party's, not the speaker's promise before it
    ("we would close the embassy if the parliament approved the move", "threat"),
    ("Muscat could host the talks if both sides accepted", "propose"),
    # NEGATIVES: an acceptance before its condition stays the speaker's; a condition alone keeps its cue
    ("the movement has accepted the offer if the siege is lifted", "agree"),
    ("if Hamas accepted the offer, talks would resume", "agree"),
])
def test_an_act_named_in_a_condition_is_not_the_speakers(quote, stance):
    assert stance_of("said", quote)[0] == stance
