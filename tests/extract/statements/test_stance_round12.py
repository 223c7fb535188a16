"""Stance, round 12 (branch stance18): a cue read with its target.

- A hope about an accord that stands is a welcome ("the kingdom hoped the truce would lead to ...", "We hope this
  agreement will ..."); a hope about an accord still to come ("the final agreement", "a lasting deal") stays a hope
  (neutral), as does a hope about talks, a pause or a schedule.
- A wrong named as what is to end is demanded to end: "the aggression must end", "a complete cessation of the
  aggression" -- a demand, not a condemnation (the weak condemning noun is the subject or object of the demand).
- "should have" (a past that did not happen) and "should neither ... nor" are no demand.
- "there will be no peace without X" makes X the condition of a good: a demand; "no Palestinian state without"
  (no good named) stays the speaker's refusal.
- An accord judged as the fruit of effort ("the agreement is the culmination / fruit / result of ...") is a welcome;
  operations or freedom of action kept under the speaker's intent ("would keep up their operations") a threat.
- A denial of an aim or of a character ("was not directed against anyone", "does not constitute normalisation",
  "did not give up a single metre") is a denial.

Sentences written for these tests in the styles of agency copy and ministries' readouts, never taken from an
evaluation set; each family has negative cases sharing its words."""
from __future__ import annotations

import pytest

from lib.extract.statements.stance import stance_of


@pytest.mark.parametrize("quote, stance", [
    # a hope about an accord that stands
    ("the ministry hoped the truce would lead to the return of the displaced", "welcome"),
    ("We hope this agreement will open a new page between the two countries", "welcome"),
    ("Ankara is hopeful that the ceasefire will hold", "welcome"),
    ("the kingdom hoped that the new truce would bring calm to the south", "welcome"),
    ("The Sultanate hopes it will lead to a permanent settlement of the conflict", "welcome"),
    # a hope about an accord still to come, about talks, a pause or a schedule: neutral
    ("We hope the final agreement will strengthen security and stability in the region", "neutral"),
    ("the ministry hoped a lasting deal would be reached before the holidays", "neutral"),
    ("Japan hopes the pause will lead to the release of all hostages", "neutral"),
    ("he hoped the next round of talks would take place in Geneva", "neutral"),
    ("Qatar hopes that the negotiations will culminate in an agreement", "neutral"),
    # a doubt stays no welcome
    ("It is not clear whether the truce will hold", "neutral"),
])
def test_hope_about_an_accord(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # the wrong is what is to end: a demand
    ("We are in favour of any steps towards peace, but the aggression must end completely", "demand"),
    ("The Israeli aggression on Gaza must stop now", "demand"),
    ("the movement stressed a complete cessation of the aggression", "demand"),
    ("Hamas insisted on the cessation of all attacks on civilians", "demand"),
    # negative: the wrong judged, a demand in another clause, a cessation that is no wrong's
    ("The aggression continues and we must resist it", "condemn"),
    ("This is a crime and must be punished", "condemn"),
    ("It was a war crime that must not go unpunished", "condemn"),
    ("the aggression against our people is a crime", "condemn"),
    ("This is designed to be a permanent cessation of hostilities", "neutral"),
])
def test_a_wrong_to_end_is_demanded(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # a past that did not happen, neither ... nor: no demand
    ("the delegation should have been invited to the table", "neutral"),
    ("the events should neither be exaggerated nor downplayed", "neutral"),
    # negative: an obligation of a party
    ("Israel should not launch an operation in Rafah", "demand"),
    ("All parties should respect the truce", "demand"),
])
def test_should_have_is_no_demand(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # a good made conditional on something: that thing is demanded
    ("There will be no peace without a Palestinian state", "demand"),
    ("there can be no lasting stability without the withdrawal of foreign forces", "demand"),
    ("There will be no ceasefire without the release of the hostages", "demand"),
    # negative: no good named -- the speaker's refusal
    ("There will be no Palestinian state without a settlement that ensures our security", "reject"),
    ("There is no economic peace without a political horizon", "reject"),
])
def test_no_good_without_a_condition(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # a denial of an aim or a character
    ("the exercise was not directed against any country", "deny"),
    ("The measures are not aimed at the civilian population", "deny"),
    ("This technical agreement does not constitute normalisation with the enemy", "deny"),
    ("the new rules do not target the refugees", "deny"),
    ("We did not give up a single metre of our land", "deny"),
    ("We didn't concede anything on security", "deny"),
    ("The forum does not aim to replace the negotiations", "deny"),
    # negative: an aim stated, a refusal promised, an act done
    ("The strikes were aimed at military targets", "neutral"),
    ("the campaign is directed against the smugglers", "neutral"),
    ("The army targeted the launch sites overnight", "neutral"),
    ("The negotiators did not give up and talks resumed", "neutral"),
    ("We will not give up a single inch of our land", "reject"),
])
def test_denial_of_an_aim(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # an accord judged as the fruit of effort: a welcome
    ("This agreement is the fruit of years of patient diplomacy", "welcome"),
    ("the truce was the result of intensive Egyptian and Qatari mediation", "welcome"),
    ("The accord is the culmination of months of negotiations", "welcome"),
    ("These agreements are the product of a shared vision", "welcome"),
    # negative: the same nouns of something else, or an accord's terms
    ("The war is the result of the occupation", "neutral"),
    ("the minister will brief the envoys on the outcome of the meeting", "neutral"),
    ("the crisis is the product of years of neglect", "neutral"),
])
def test_accord_as_the_fruit_of_effort(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # operations or freedom of action kept, under the speaker's intent: a threat
    ("the brigades would keep up their operations until the siege is lifted", "threat"),
    ("Israel will keep full freedom of action in Lebanon", "threat"),
    # negative: a past report, pressure kept in talks, no intent
    ("the fighters kept up their attacks overnight", "neutral"),
    ("We kept up the contacts with all parties", "neutral"),
])
def test_operations_kept_up(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance
