"""Stance, round 9: the speech act that opens a statement governs it, and the vocabulary of state media and armed
groups (threats by a promised reply or continued operations, condemnation by charged judgement) as word families.
Sentences written for these tests in the styles of many outlets (state agencies' readouts, Iranian, Turkish,
Russian, Chinese and Gulf state media, militia statements, UN briefings, older eras), never taken from an
evaluation set; each family has negative cases sharing its words."""
from __future__ import annotations

import pytest

from lib.extract.statements.stance import stance_of


@pytest.mark.parametrize("quote, stance", [
    # the act that opens the statement governs the words after it, whatever cue they hold
    ("The Kingdom welcomes the positive response of the Palestinian factions to the initiative", "welcome"),
    ("Ankara welcomes the positive response given by Damascus to the call for talks", "welcome"),
    ("The Ministry categorically rejects the continuation of the siege imposed on the city", "reject"),
    ("Moscow categorically rejects any attempt to impose a solution from outside", "reject"),
    ("We strongly reject the plan, which is a crime against the Palestinian people", "reject"),
    ("The State of Qatar condemns the storming of the mosque and holds the occupation fully responsible", "condemn"),
    ("China firmly supports the mediation efforts and is ready to offer assistance", "welcome"),
    # negative: no act opens the statement, or the act is negated
    ("Reports that the Kingdom rejects the proposal are categorically false", "deny"),
    ("The movement has not rejected the proposal and will give a positive response soon", "agree"),
    ("We categorically deny these fabricated claims", "deny"),
])
def test_opening_act_governs(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("frame, quote, stance", [
    # threats of state media and armed groups: a reply promised, a right reserved, operations to go on
    ("", "Iran reserves its legitimate and legal right to respond to this aggression", "threat"),
    ("", "The Islamic Republic reserves its full and inherent right to take countermeasures", "threat"),
    ("the army", "will continue to carry out its operations against the enemy until the aggression stops", "threat"),
    ("", "Our forces will continue to conduct military operations against American bases", "threat"),
    ("", "The armed forces would continue striking enemy positions in the coming days", "threat"),
    ("", "Israel will always defend itself against any threat", "threat"),
    ("", "We do not seek war, but we will defend our sovereignty with all our strength", "threat"),
    ("", "The resistance will defend its land and its people", "threat"),
    ("", "The enemy will receive an appropriate response at the right time", "threat"),
    ("Tehran would give “", "a decisive and appropriate answer", "threat"),
    ("", "This is only the beginning, and what is coming is greater", "threat"),
    ("", "What happened today is just the beginning", "threat"),
    # negative: the same words as a readout, a forecast, a process or another party's action
    ("", "The minister defended the agreement in parliament on Tuesday", "neutral"),
    ("", "The lawyers will defend the case before the court next month", "neutral"),
    ("", "The government will give its response to the mediators' proposal on Sunday", "neutral"),
    ("", "The talks are only the beginning of a long process of reconciliation", "neutral"),
    ("", "The agency will continue its humanitarian work in the camps", "neutral"),
    ("", "The committee reserved its decision until the next session", "neutral"),
    ("", "UN agencies will continue to carry out operations to deliver aid", "neutral"),
])
def test_threats_of_state_media(frame: str, quote: str, stance: str) -> None:
    assert stance_of("said", quote, frame)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # condemnation by charged judgement: terrorism named as the act, treachery, dragging the region to war
    ("The seizure of the tanker is another act of state terrorism by the Israeli regime", "condemn"),
    ("The bombing of the market was an act of Zionist terrorism", "condemn"),
    ("The attack is an act of cowardly terrorism that targets innocent worshippers", "condemn"),
    ("The martyr fell in a treacherous raid on his residence", "condemn"),
    ("This treacherous assassination will not break the will of our people", "condemn"),
    ("The occupation is dragging the whole region into an abyss", "condemn"),
    ("Washington's policies are dragging the region towards a wider war", "condemn"),
    # negative: the words as a topic, a question or another clause's fact
    ("The mountain road to the border crossing is treacherous in winter", "neutral"),
    ("Officials said a wider war could drag the region into chaos", "neutral"),
    ("The ministry said the fire at the depot was not an act of terrorism", "neutral"),
])
def test_condemnation_by_judgement(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # welcome by a positive assessment of the accord or of the outcome: a good deal, long overdue, relief, joy
    ("This is a good deal for our country and for the whole region", "welcome"),
    ("It is a balanced agreement that protects the interests of both peoples", "welcome"),
    ("We believe this is a solid agreement that can last", "welcome"),
    ("The exchange was long overdue and should have happened years ago", "welcome"),
    ("The whole region breathed a sigh of relief when the guns fell silent", "welcome"),
    ("Our people received the news with great relief", "welcome"),
    ("Today is a day of joy for every family in the camps", "welcome"),
    ("It was a moment of real joy for the Lebanese", "welcome"),
    ("Both leaders have shown great courage in reaching this understanding", "welcome"),
    ("The President has shown real political courage", "welcome"),
    ("The first meeting in Geneva went well, given the circumstances", "welcome"),
    # negative: quantity, aid, a negated or questioned assessment, a lack of courage
    ("A good deal of work remains before the agreement can be signed", "neutral"),
    ("A great deal of aid is still waiting at the border", "neutral"),
    ("The convoy brought relief supplies to the northern districts", "neutral"),
    ("The payments to the contractors were overdue by three months", "neutral"),
    ("There is no cause for joy while the occupation continues", "neutral"),
    ("Not everything went well during the last round of talks", "neutral"),
])
def test_welcome_by_assessment(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # condemnation by a broken limit, lost standing or a record of bad faith
    ("The occupation has crossed all red lines in Jenin", "condemn"),
    ("With this crime the regime has crossed every red line", "condemn"),
    ("The Zionist entity respects no red lines and no international law", "condemn"),
    ("The United States is no longer an honest broker in this conflict", "condemn"),
    ("Washington can no longer be considered an honest broker", "condemn"),
    ("The Council has lost all legitimacy in the eyes of our people", "condemn"),
    ("They have a long record of breaking promises", "condemn"),
    ("The prisoners are held in inhumane conditions", "condemn"),
    ("This is a dangerous Israeli escalation that threatens the region", "condemn"),
    # negative: the words as the speaker's own limit, an honest broker named, legitimacy sought
    ("The return of the refugees is a red line for us", "reject"),
    ("Egypt has always been an honest broker between the parties", "neutral"),
    ("The new government is seeking legitimacy through elections", "neutral"),
    ("The president promised to keep his promises to the families", "neutral"),
])
def test_condemnation_by_limit_and_standing(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # threats by every means promised, or a capability denied for ever
    ("Israel will use every means at its disposal to bring the hostages home and destroy Hamas", "threat"),
    ("The Kingdom will use all available means to protect its borders", "threat"),
    ("We will pursue the killers everywhere and at any time", "threat"),
    ("Iran will never be allowed to obtain a nuclear weapon", "threat"),
    ("The regime will never get a nuclear bomb, whatever it takes", "threat"),
    # a rejection of a characterisation: "X is not a <text noun>, it is ..."
    ("This is not a peace plan, it is a plan to liquidate our cause", "reject"),
    ("What they call a proposal is not a serious proposal at all", "reject"),
    ("Hamas is not a terrorist organisation, it is a liberation movement", "reject"),
    # negative: means of transport or aid, a fact about a plan, a question
    ("The agency will use every means of transport to deliver the aid", "neutral"),
    ("The plan is not a secret and will be published next week", "neutral"),
    ("The group was designated a terrorist organisation in 2019", "neutral"),
    ("Iran has never sought a nuclear weapon and never will", "neutral"),
])
def test_threat_by_means_and_rejected_characterisation(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # pursuit promised to wherever the enemy is
    ("Our forces will hunt them down wherever they hide", "threat"),
    ("The army will strike the terrorists wherever they are", "threat"),
    ("We will reach the planners of this crime anywhere in the world", "threat"),
    # negative: protection or aid wherever people are; an accord to stop violence wherever it is
    ("We must protect civilians wherever they are", "demand"),
    ("The agency will deliver aid to families wherever they are", "neutral"),
    ("We have agreed to stop all acts of violence against civilians, wherever they are", "agree"),
])
def test_threat_by_pursuit(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # denial by setting a report against the truth, or by the speaker's forces' absence
    ("These reports do not reflect the truth and are part of a media campaign", "deny"),
    ("What was published does not reflect reality on the ground", "deny"),
    ("Such claims are far from the truth", "deny"),
    ("Our forces are not inside any hospital or school", "deny"),
    ("Iranian advisers are not present in the area at all", "deny"),
    # negative: the truth as a goal, a presence reported, a hospital named
    ("The commission will establish the truth about what happened", "neutral"),
    ("The troops are present in the area under the agreement", "neutral"),
    ("The wounded are inside the hospital and need fuel", "neutral"),
])
def test_denial_by_truth_and_absence(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance
