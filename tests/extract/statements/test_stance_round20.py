"""Round 20 (branch stance20): cue families read from the misses of blind27 and blind28 (development sets since
round 14) and checked on every other stance-labelled set (``bench/stance_loso.py``): what is said about what --
an outcome named as a beginning or a fulfilment, the support of a party against the support of an act, a refusal
to disclose, a schedule or an offer to host. Each family with sentences it must read and neighbours it must not."""
from __future__ import annotations

import pytest

from lib.extract.statements.stance import stance_of


@pytest.mark.parametrize("quote, stance", [
    # an outcome named as a beginning: a turning point, a new era, new horizons, a milestone, a page turned
    ("the deal was a turning point for the region", "welcome"),
    ("Today we open a new era in relations between our countries", "welcome"),
    ("This accord will open new horizons for peace", "welcome"),
    ("We have reached a milestone, but we are not done", "welcome"),
    ("Today we have turned a page in the history of our country", "welcome"),
    # ... not a turn for the worse, and under an obligation the obligation decides
    ("the war has reached a dangerous turning point", "neutral"),
    ("We must now open the door to a new era of peace", "demand"),
    ("the era of the old alliances is over", "neutral"),
    # a fulfilment: prayers answered, a day long awaited
    ("our prayers have been answered", "welcome"),
    ("Families have waited years for this", "welcome"),
    ("This is the day that people across the region have been waiting for", "welcome"),
    # ... not waiting for something still missing
    ("we have been waiting for an answer from Israel for weeks", "neutral"),
    ("we are still waiting for the bodies of our sons", "neutral"),
    # a day or a moment named by its feeling: joy, hope, relief, significance (welcome); shame, infamy (condemn)
    ("a day of hope for a people under occupation", "welcome"),
    ("This is a moment of huge significance", "welcome"),
    ("the release was a moment of profound relief for her family", "welcome"),
    ("A day of shame for the United Nations", "condemn"),
    # ... not a day of another feeling, nor a time of a fact
    ("Hamas declared Friday a day of rage", "neutral"),
    ("the talks lasted a day of intense negotiations", "neutral"),
    # "very positive" alone is a welcome
    ("the outcome of the meeting was very positive", "welcome"),
    ("the test results were positive", "neutral"),
    # a step judged premature is rejected
    ("international recognition of a Palestinian state is premature", "reject"),
    ("the United States believed recognition was premature", "reject"),
    ("the maturity of the bonds is in 2030", "neutral"),
    # a victory for terror is a condemnation (of a text or decision, a rejection, as every condemning judgement of
    # one); a victory for peace a welcome
    ("what happened in New York today is a victory for terror", "condemn"),
    ("this decision is a victory for terror", "reject"),
    ("This is a victory for dialogue and a victory for peace", "welcome"),
])
def test_outcome_families(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # support of a party, a people or a standing position is no welcome of an act
    ("India supports a negotiated two-state solution", "neutral"),
    ("it will support the Lebanese army in the south", "neutral"),
    ("China supports the Palestinian people in realizing statehood", "neutral"),
    ("Washington supports an inclusive government that reflects the election results", "neutral"),
    # ... support of an act, a decision or efforts is; its refusal a rejection
    ("we support the agreement reached in Cairo", "welcome"),
    ("The Kingdom supports all efforts for a political solution", "welcome"),
    ("the United States would not support a military operation in Rafah", "reject"),
    ("his country had come to support the Palestinian position and would not normalize relations", "reject"),
    # supporting a meeting to be held is proposing it
    ("China supports holding a larger international peace conference", "propose"),
    ("we support convening an emergency summit", "propose"),
    # hosting a new meeting (indefinite) is an offer; a meeting already set ("the conference in June") is a
    # schedule, and a conference in support of a party is solidarity
    ("Egypt will host a conference on the reconstruction of Gaza very soon", "propose"),
    ("We will host a meeting of the donor group early next year", "propose"),
    ("Cairo would host a follow-up meeting of the factions in April", "propose"),
    # ... a meeting hosted is a fact
    ("Egypt hosted the talks last year", "neutral"),
    ("France will host the conference in June", "neutral"),
    ("Paris would host an international conference in support of Lebanon on Thursday", "neutral"),
    ("the hosts of the conference arrived on Monday", "neutral"),
    # expecting an explanation, an apology or answers is demanding them
    ("we expect a full explanation from the government", "demand"),
    ("Israel awaits an apology from the organisation", "demand"),
    ("Egypt has shown flexibility and we expect the same from our partners", "demand"),
    # ... not one expected to give them, nor a forecast
    ("the minister is expected to give an explanation to parliament", "neutral"),
    ("we expect the negotiators to meet later this week", "neutral"),
])
def test_support_host_expect(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # declining to comment, to speculate or to give details is no rejection
    ("I would not like to comment on speculation", "neutral"),
    ("I will not speculate", "neutral"),
    ("their condition was stable but he would not give further details", "neutral"),
    ("he would not go into the details of the talks", "neutral"),
    ("he would not get into private diplomatic conversations", "neutral"),
    # ... a refusal of an act still is
    ("Hamas would not discuss any prisoner exchange before a ceasefire", "reject"),
    ("we will not give up our weapons", "reject"),
    ("we will not accept any deal that leaves the occupation in place", "reject"),
])
def test_declining_to_disclose(quote, stance):
    assert stance_of("said", quote)[0] == stance


def test_evidence_is_the_cue():
    assert stance_of("said", "a moment of profound relief") == ("welcome", "cue: moment of profound relief")
    assert stance_of("said", "recognition was premature") == ("reject", "cue: premature")


@pytest.mark.parametrize("verb, quote, stance", [
    # a warning on a condition is a threat: what the speaker's side will do if the other acts
    ("warned", "Iran faced military action if it refused to negotiate", "threat"),
    ("warned", "the sites would be hit very fast and very hard if Iran attacked Americans", "threat"),
    ("warned", "no one would be able to extract gas anywhere if Lebanon were prevented from doing so", "threat"),
    ("warned", "the front would remain open as long as the occupation continues", "threat"),
    # ... not a warning of an impersonal doom on a condition, nor a warning with no condition
    ("warned", "the region would slide into chaos if the war went on", "neutral"),
    ("warned", "an offensive on Rafah would lead to a humanitarian catastrophe if civilians were not evacuated",
     "neutral"),
    ("warned", "the escalation risked dragging the region into an all-out war", "neutral"),
    ("said", "the meeting will take place on Sunday if the weather allows", "neutral"),  # no warning
    # a dangerous act, a fatal blow: a condemnation
    ("said", "a dangerous measure", "condemn"),
    ("called", "a serious and dangerous development", "condemn"),
    ("said", "the resolution was a fatal blow", "reject"),  # of a text: a rejection, as every condemning judgement
    ("called", "a fatal blow", "condemn"),
    # ... not developments that are dangerous, discussed as a topic
    ("said", "the summit discussed the dangerous developments in Gaza", "neutral"),
])
def test_conditional_warnings_and_dangerous_acts(verb, quote, stance):
    assert stance_of(verb, quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # threats with no harm verb: a declaration of war, no way but to fight, freedom of action kept, knowing how to act
    ("Any attempt to push Palestinians out would be a declaration of war on Jordan", "threat"),
    ("There is no other way but to resist the occupation", "threat"),
    ("we have no choice but to respond", "threat"),
    ("Israel would keep full military freedom of action in Lebanon", "threat"),
    ("If the violence does not stop, we will know how to act", "threat"),
    # ... not a war declared denied, no choice but to accept or to negotiate, freedom of action given to others
    ("this is not a declaration of war", "neutral"),
    ("there is no alternative but to negotiate", "neutral"),
    ("the plan would give aid agencies freedom of movement", "neutral"),
    # blame and disgrace: responsible for a harm, a responsibility that lies with a party, a day in infamy, an
    # opportunity missed, the inconceivable
    ("The Turkish side is responsible for the bloodshed", "condemn"),
    ("Responsibility for this crisis lies with Hezbollah", "condemn"),
    ("Today is a day that will go down in infamy", "condemn"),
    ("the Palestinians are always missing opportunities", "condemn"),
    ("the government lost an opportunity", "condemn"),
    ("it was inconceivable that Greece was not invited", "condemn"),
    # ... not a duty, nor an opportunity one does not want to miss
    ("the army is responsible for the security of the crossing", "neutral"),
    ("We do not want to miss this opportunity, because it may not be repeated", "neutral"),
    # rhetorical questions of reproach
    ("How can mediation succeed when one party assassinates the negotiator?", "condemn"),
    ("Until when will the world treat Israel as if it were above the law?", "condemn"),
    ("how much longer will the world stay silent?", "condemn"),
    # ... not a question asked for an answer
    ("When will the talks resume?", "neutral"),
    ("How can the aid reach the north?", "neutral"),
])
def test_threats_blame_and_questions(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # a part promised in what was agreed: doing everything to make it hold, contributing fully, playing one's part,
    # concessions made or to be made, a signature with reservations, an implementation to the letter
    ("the UK would do everything to make sure the ceasefire holds", "agree"),
    ("France would contribute fully to the monitoring mechanism", "agree"),
    ("Belgium will play its full part in the European efforts", "agree"),
    ("Japan will make active contributions so that the agreement is implemented", "agree"),
    ("Israel was prepared to make painful concessions", "agree"),
    ("We made concessions for the sake of our people", "agree"),
    ("the group had signed with reservations", "agree"),
    ("We have signed this agreement, and we will implement it to the letter", "agree"),
    ("Lebanon would honour it", "agree"),
    # ... concessions refused or demanded, a letter answered
    ("we will not make concessions on Jerusalem", "reject"),
    ("Israel refuses to make concessions", "reject"),
    ("Israel must make concessions", "demand"),
    ("they responded to the letter on Monday", "neutral"),
    ("the army followed the orders to the letter of the law", "neutral"),
    # a course judged futile is rejected
    ("the plan is doomed to failure", "reject"),
    ("negotiating with Washington was a waste of time", "reject"),
    # a claim shrugged off is denied; an accusation rejected too
    ("the ministry shrugged off the accusations", "deny"),
    ("Hamas rejected the accusation", "deny"),
    ("Iran brushed off the charges as lies", "deny"),
    ("the minister brushed off the proposal", "reject"),
])
def test_parts_promised_and_futility(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # how an issue is to be handled ("should be discussed", "should be solved", "should be held inside the Cabinet")
    # is a procedural view, no demand
    ("the issue should be discussed in a calm atmosphere", "neutral"),
    ("any problem with Turkey should be solved reasonably", "neutral"),
    ("the debate over the weapons should be held inside the Cabinet", "neutral"),
    # ... an act asked of a party still is
    ("the hostages should be released immediately", "demand"),
    ("Israel should stop the bombing", "demand"),
    ("the talks should be held in Cairo and Israel must attend", "demand"),
])
def test_procedural_should(quote, stance):
    assert stance_of("said", quote)[0] == stance
