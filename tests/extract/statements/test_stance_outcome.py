"""Stance, round 10: an accord judged by what it brings -- "the agreement would bring stability", "the truce has
prevented a humanitarian disaster" -- is a welcome, whatever verb reports it (the class of welcomes found as neutral
on every set: a positive consequence of the deal, not a word of praise). The accord is the subject (a noun of the
class ``accord``, then at most two auxiliaries), its verb brings a good (``goodverb`` + ``goodthing``) or keeps off
a harm (``preventverb`` + ``badthing``). Sentences written for these tests in the styles of many outlets (agency
copy, Gulf, Asian and Australian papers, ministries' readouts, Telegram posts, older wire copy), never taken from an
evaluation set; negative cases share the words: a negated or doubted outcome, an accord still to come hoped for
("hoped the final agreement would"; a hope about an accord that stands is a welcome since round 12, see
``test_stance_round12.py``), a harm brought, a term of the accord described ("under the deal, Israel would end ..."), "provide
for", a harm's object that is no harm. Also progress judged by its direction ("moving in the right direction")."""
from __future__ import annotations

import pytest

from lib.extract import extract_document
from lib.extract.document import document_from_text
from lib.extract.statements.stance import stance_of


@pytest.mark.parametrize("quote", [
    # a good brought: stability, security, peace, calm, relief, rights ...
    "the agreement would bring stability to the whole region",
    "the deal will provide security for both peoples",
    "This agreement will ensure the security of our northern border",
    "the truce has brought relief to hundreds of thousands of families",
    "the accord would restore calm along the Blue Line",
    "The ceasefire guarantees the safe return of the displaced to their homes",
    "the understanding would strengthen peace and stability in the Horn of Africa",
    "the deal secured the rights of Lebanon in its waters",
    "the agreement opens the door to the reconstruction of the Strip",
    "the resolution paves the way for a lasting peace",
    "the calm has saved lives on both sides",
    # a harm kept off: war, bloodshed, escalation, disaster ...
    "the deal would prevent a humanitarian disaster in Idlib",
    "the agreement has averted a wider war",
    "The truce will stop the bloodshed and the suffering of civilians",
    "the ceasefire would put an end to the killing",
    "the accord could end the war that has torn the country apart",
    "the understanding would help avoid an escalation on the border",
])
def test_accord_judged_by_what_it_brings_is_a_welcome(quote: str) -> None:
    assert stance_of("said", quote)[0] == "welcome"


@pytest.mark.parametrize("quote, stance", [
    # negated or doubted outcomes are no welcome (a refusal of the speaker's side stays a weak rejection)
    ("the agreement would not bring stability to the region", "reject"),
    ("the deal will never provide security for Israel", "reject"),
    ("It is not clear whether the truce will bring calm", "neutral"),
    ("We hope the final agreement will strengthen security and stability in the region", "neutral"),
    ("the kingdom hoped that a final truce would bring calm to the south", "neutral"),
    ("the deal would reduce the risk of a wider conflict", "neutral"),
    # a harm brought, or a term of the accord described, is no welcome
    ("the deal would bring Iran closer to a nuclear bomb", "neutral"),
    ("Under the deal, Israel would end its operations in the south within sixty days", "neutral"),
    ("the agreement would provide for a sixty-day period of calm", "neutral"),
    ("the agreement would provide for the release of prisoners in three stages", "neutral"),
    ("the truce ended on Friday morning", "neutral"),
    ("the deal ended talks that had lasted two years", "neutral"),
    # the outcome words without an accord as subject
    ("the army would restore calm by force", "neutral"),
    ("Israel would prevent the smuggling of weapons", "neutral"),
    # the speaker's stronger act stays
    ("We reject this agreement even if it brings calm for a few weeks", "reject"),
])
def test_outcome_negatives(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("text, stance", [
    ("TOKYO (Kyodo) -- Japan's Foreign Ministry said the agreement would bring stability to the region and expressed "
     "hope for its full implementation.", "welcome"),
    ("MANAMA, May 3 (BNA) -- Bahrain's foreign minister said the truce would prevent further bloodshed in Sudan.",
     "welcome"),
    ("CAIRO (MENA) - Egypt's foreign ministry said the truce would put an end to the fighting and allow aid into "
     "the Strip.", "welcome"),
    ("Egypt's foreign ministry said the truce would come into force at 7 a.m. on Friday.", "neutral"),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani said under the agreement the coalition would end its mission by "
     "September 2025.", "neutral"),
])
def test_outcome_through_the_whole_extraction(text: str, stance: str) -> None:
    rows = extract_document(document_from_text("t", text, published="2024-05-03")).statements
    assert rows and rows[0].stance == stance


@pytest.mark.parametrize("quote, stance", [
    # progress judged by its direction, whatever moves: a step, a move, talks, a policy
    ("the talks are moving in the right direction", "welcome"),
    ("This is a move in the right direction and we hope more will follow", "welcome"),
    ("relations between Riyadh and Tehran are heading firmly in the right direction", "welcome"),
    ("the decision is a step in the right direction", "welcome"),
    # negated: no welcome
    ("the negotiations are not moving in the right direction", "neutral"),
    ("the last round of talks did not go in the right direction", "neutral"),
])
def test_progress_by_its_direction(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # an accord in its hyphenated spelling (US and older wire copy) is an accord: kept, judged, welcomed
    ("his fighters would respect the cease-fire", "agree"),
    ("the movement will honor the cease-fire as long as Israel does", "agree"),
    ("the cease-fire would save lives in the south", "welcome"),
    ("We would respect any truce agreed by the parties", "agree"),
    # negatives: a cease-fire asked of others, negated, or only scheduled
    ("the cease-fire would take effect at dawn", "neutral"),
    ("Israel must respect the cease-fire", "demand"),
    ("the militia would not respect the cease-fire", "reject"),
])
def test_accord_spelled_with_a_hyphen(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # the speaker's side announcing an accord it reached is its agreement (a negotiator's first person)
    ("We have reached an agreement on the main points and the drafting starts tomorrow", "agree"),
    ("I believe we have reached the best deal possible under the circumstances", "agree"),
    ("we reached a full understanding with our Egyptian brothers on the crossing", "agree"),
    ("We have reached solutions on the key issues of the framework", "agree"),
    # negatives: not reached, a dead end, another party's accord reported
    ("We have not reached an agreement yet", "neutral"),
    ("we have reached a dead end in the talks", "neutral"),
    ("the two parties have reached an agreement on the exchange of prisoners", "neutral"),
])
def test_accord_reached_in_the_first_person(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance


@pytest.mark.parametrize("quote, stance", [
    # an offer of talks: an invitation the speaker's side will issue, readiness or openness for talks
    ("Cairo would invite both delegations back within two weeks", "propose"),
    ("the kingdom will invite the Sudanese parties to a new round in Jeddah", "propose"),
    ("After the vote we are ready for serious dialogue with Baghdad", "propose"),
    ("Washington remains available for direct engagement with Tehran", "propose"),
    ("We are open to negotiations without preconditions", "propose"),
    ("Moscow is prepared for talks at any level", "propose"),
    # negatives: an invitation received or issued in the past, a question, readiness for war
    ("Hamas said it had been invited to Cairo", "neutral"),
    ("Egypt invited the two delegations last week", "neutral"),
    ("we are ready for any scenario on the battlefield", "neutral"),
    ("the delegation was not available for comment", "neutral"),
])
def test_offer_of_talks(quote: str, stance: str) -> None:
    assert stance_of("said", quote)[0] == stance
