"""Round 19 (branch stance19): cue families judged by held-out sets (``bench/stance_loso.py``), each with sentences
of its own that it must read and neighbours that it must not."""
from __future__ import annotations

import pytest

from lib.extract.statements.stance import stance_of


@pytest.mark.parametrize("quote, stance", [
    # a necessity of what another does is a demand: "<needadj> that" (vital, essential, crucial, necessary ...);
    # "important that" stays out of the class: it also states facts ("important that both delegations attended")
    ("it was crucial that aid reach the north of Gaza without delay", "demand"),
    ("It is critical that the council act before the offensive begins", "demand"),
    ("it is necessary that both sides return to the table", "demand"),
    ("it remains essential that the crossings stay open", "demand"),
    # ... not a fact that has happened ("important that the talks had resumed"), nor a negated necessity
    ("it was crucial that the talks had resumed in Cairo", "neutral"),
    ("it is not necessary that the meeting take place in Doha", "neutral"),
    ("the crucial meeting will take place on Sunday", "neutral"),
    # the speaker's side does not want a party, a role or a presence: a rejection
    ("Washington did not want to see Hamas play any role in a future government", "reject"),
    ("we don't want to see a role for a terrorist organisation in Gaza", "reject"),
    ("Hamas does not want to see any foreign force in the Strip", "reject"),
    # ... not wishing away a harm ("we do not want to see any confrontation": no rejection of a party)
    ("We do not want to see any confrontation with Israel in Syria", "neutral"),
    ("the United States did not want to see the conflict widen", "neutral"),
    ("we want to see the hostages home", "demand"),
    # staying out of an arrangement is a rejection of it
    ("Israel would not be part of any arrangement that left Hamas in power", "reject"),
    ("UNRWA will not be part of the day after", "reject"),
    ("a government that does not accept the principles will not be a partner", "reject"),
    ("Egypt will be part of the monitoring mechanism", "neutral"),
    # an act that will not go unanswered is a threat, under "would" too (reported speech); under "must" it is
    # a demand or a condemnation, not the speaker's intent
    ("the assassination would not go unpunished", "threat"),
    ("this crime won't go unanswered", "threat"),
    ("the attack will not go unpunished", "threat"),
    ("the attack went unpunished for years", "neutral"),
    ("It was a war crime that must not go unpunished", "condemn"),
    # pride in an outcome is a welcome, when nothing stronger is said
    ("Washington was proud to have supported the negotiations", "welcome"),
    ("we are proud of what our negotiators achieved", "welcome"),
    ("we are proud of the agreement but we reject any attempt to reinterpret it", "reject"),
])
def test_round19_families(quote, stance):
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # verbs of criticism, repudiation and rebuttal in any form are acts (some were reporting verbs only, so the
    # words of a statement that held them read neutral); "ratify" is not among them: it is as often the object of
    # another act ("to stop it being ratified") as the speaker's agreement
    ("we slammed the decision as illegal", "condemn"),
    ("Tehran decries the sanctions as economic terrorism", "condemn"),
    ("the opposition lambasted the government over the deal", "condemn"),
    ("the new government repudiated the deal signed by its predecessor", "reject"),
    ("Iran slammed the door on direct talks", "reject"),
    ("the ministry rebutted the claims point by point", "deny"),
    # ... not a door, nor a noun
    ("the door slammed shut behind the delegates", "neutral"),
    ("the ratification vote is scheduled for Tuesday", "neutral"),
    ("we will act with all means to try and stop it being ratified", "neutral"),
])
def test_round19_verbs_of_stance_as_acts(quote, stance):
    assert stance_of("said", quote)[0] == stance
