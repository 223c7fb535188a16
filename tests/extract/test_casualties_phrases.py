"""Casualty claims, round 17 cases: a toll's subject far from its verb, a date's year before a figure, one person
named as an example, a possessor in a partitive, a prepositional phrase between a subject and its verb, lists of the
dead as an object, a part among a whole, figures naming no one, and groups from the word lists."""
from __future__ import annotations

import pytest

from lib.extract import Context
from lib.extract import casualties as cas
from lib.extract.document import document_from_text


def triples(text: str) -> list[tuple]:
    doc = document_from_text("t", text, published="2024-01-15")
    return [(c.count, c.outcome, c.group) for c in cas.extract(Context(doc=doc))]


@pytest.mark.parametrize("text, expected", [
    # the toll noun stands a long modifier away from its verb, in one clause
    ("The death toll of the massacre committed by warplanes in the crowded market of the old city in the southern "
     "countryside has risen to 39 civilians, including eight children.",
     [(39, "killed", "civilians"), (8, "killed", "children")]),
    ("The number of Palestinians killed since October 7 has risen to 5,791, including 2,360 children.",
     [(5791, "killed", "Palestinians"), (2360, "killed", "children")]),
    ("The ministry said the total number of Lebanese killed since the war began had risen to 3,300.",
     [(3300, "killed", "Lebanese")]),
    ("The ministry said the death toll among Sudanese in the capital had risen to 1,800.",
     [(1800, "killed", "Sudanese")]),
    ("The bombardment killed 35 people on Sunday, bringing the death toll in the camp to 210 over the past week.",
     [(35, "killed", "people"), (210, "killed", "people")]),
    # present and other forms of the toll verb (headline style)
    ("Death toll in Gaza surpasses 10,000", [(10000, "killed", "people")]),
    ("The death toll nears 500 as rescuers search the rubble.", [(500, "killed", "people")]),
    # negatives: a toll noun in another clause; a number of things
    ("Prices have soared to 1,000 pounds.", []),
    ("The number of visitors approaches 5,000.", []),
    ("The death toll is unclear, but prices in the market have risen to 30 pounds.", []),
    ("The number of trucks entering the crossing since Sunday has risen to 120.", []),
])
def test_far_toll_subjects(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a date's year before "to <figure>" is no range of counts
    ("Strikes killed 21 people, bringing the toll since October 8, 2023 to 2,483 killed and 11,628 wounded.",
     [(21, "killed", "people"), (2483, "killed", "people"), (11628, "wounded", "people")]),
    ("The toll since March 2011 to 500,000 dead makes it the deadliest war of the century.",
     [(500000, "killed", "people")]),
    # negatives: a range of counts stays a range (its low end is the figure)
    ("From 200 to 300 people were killed.", [(200, "killed", "people")]),
    ("Between 2,000 and 3,000 people were wounded.", [(2000, "wounded", "people")]),
    # an approximate range keeps its low end ("some 20-25", "about 30 to 40")
    ("Some 20-25 people were killed.", [(20, "killed", "people")]),
    ("About 30 to 40 people were wounded.", [(30, "wounded", "people")]),
])
def test_a_dates_year_is_no_low_end_of_a_range(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one person named with an article after "including" / "among them" is an example of the figure
    ("The group said 16 of its members, among them a medic, were killed in the strikes.", [(16, "killed", "members")]),
    ("Eleven others were wounded, among them a woman and a child.", [(11, "wounded", "others")]),
    ("Rockets killed 12 people, including a child, a teenager and a soldier.", [(12, "killed", "people")]),
    # the list's next item with a number is still a count
    ("Twelve people were killed, including a soldier and two children.",
     [(12, "killed", "people"), (2, "killed", "children")]),
    # negatives: a number word "one" counts; a breakdown after a colon counts every item
    ("Israeli forces wounded four Palestinians, including one child.",
     [(4, "wounded", "Palestinians"), (1, "wounded", "child")]),
    ("The raid killed 14 people: nine militants, four civilians and a paramedic.",
     [(14, "killed", "people"), (9, "killed", "militants"), (4, "killed", "civilians"), (1, "killed", "paramedic")]),
])
def test_one_person_named_as_an_example_is_no_count(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a possessor inside a partitive is no part of the group
    ("The strikes had killed five of the group's fighters and wounded six others.",
     [(5, "killed", "fighters"), (6, "wounded", "other fighters")]),
    ("Two of the army's reservists were wounded.", [(2, "wounded", "reservists")]),
    # negative: a partitive of the possessor's things is no group
    ("Two of the army's tanks were hit.", []),
])
def test_possessor_in_a_partitive(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a prepositional phrase of lower-case words between a subject and its passive verb
    ("At least 23 fighters from pro-Iranian groups were killed in the strikes.", [(23, "killed", "fighters")]),
    ("Five children from poor families were wounded.", [(5, "wounded", "children")]),
    # negatives: a relative clause or a new clause in the phrase; a verb that is no outcome
    ("Ten soldiers from the unit who survived were decorated.", []),
    ("Two people in a car that soldiers stopped were arrested.", []),
    ("Four workers from the local council said they were wounded last year.", []),
    # a phrase with lower-case words must end at the subject's verb; a possessive and an age stay in it
    ("The 15 members of the Security Council voted, and two diplomats were hurt in a crash.",
     [(2, "wounded", "diplomats")]),
    ("A woman in her 80s and her grandson, 7, were killed by shrapnel.", [(1, "killed", "woman")]),
])
def test_prepositional_phrase_between_subject_and_verb(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the dead (or wounded) as the subject of "included" / "were", the figure as its object
    ("Those killed included 40 Sudanese migrants and nine guards.",
     [(40, "killed", "Sudanese migrants"), (9, "killed", "guards")]),
    ("The dead included three children.", [(3, "killed", "children")]),
    ("Among the injured were two paramedics.", [(2, "wounded", "paramedics")]),
    # a part among a whole of its outcome: the whole names no people of the part
    ("Twelve Britons are among the 1,200 killed, the Foreign Office said.",
     [(12, "killed", "Britons"), (1200, "killed", "people")]),
    ("Two Thai workers were among the 30 wounded.", [(2, "wounded", "Thai workers"), (30, "wounded", "people")]),
    ("Two soldiers among 5 killed in border clash", [(2, "killed", "soldiers"), (5, "killed", "people")]),
    # negatives: other subjects of "included"; a whole that is no casualty figure
    ("The delegation included 40 officials.", []),
    ("Two Thai workers were among the 30 hostages.", []),
])
def test_lists_of_the_dead_and_parts_of_a_whole(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure whose text names no one counts people (the evaluation's word for it)
    ("The ministry put the death toll at 604 people, with 5,127 injured.",
     [(604, "killed", "people"), (5127, "wounded", "people")]),
    ("The death toll rose to 62, with 300 more injured, officials said.",
     [(62, "killed", "people"), (300, "wounded", "people")]),
    ("The attack left 11 dead and 40 injured.", [(11, "killed", "people"), (40, "wounded", "people")]),
    # negatives: a vague plural keeps no group; an antecedent's group is still taken
    ("Hundreds were killed in the fighting.", [(None, "killed", "")]),
    ("The strike killed 68 Africans and wounded 47.", [(68, "killed", "Africans"), (47, "wounded", "Africans")]),
])
def test_figures_naming_no_one_count_people(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # peoples and roles of the word lists (casualty_nationalities.csv, casualty_groups.csv)
    ("Border guards killed three smugglers and wounded two others.",
     [(3, "killed", "smugglers"), (2, "wounded", "other smugglers")]),
    ("The strike killed two South Sudanese and four Europeans.",
     [(2, "killed", "South Sudanese"), (4, "killed", "Europeans")]),
    ("Troops killed an Egyptian smuggler.", [(1, "killed", "Egyptians")]),
    ("IRGC said 7 of its advisers were martyred in the strike.", [(7, "killed", "advisers")]),
    ("Two correspondents and a cameraman were killed.", [(2, "killed", "correspondents"), (1, "killed", "cameraman")]),
    # an army's words for killing
    ("Israel said it had eliminated 20 terrorists.", [(20, "killed", "terrorists")]),
    ("The army said troops neutralized three gunmen.", [(3, "killed", "gunmen")]),
    ("The reform eliminated 300 jobs.", []),
    # negative: a role word that is no person
    ("Customs seized three smuggling boats.", []),
])
def test_word_list_groups(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an outcome noun naming the people themselves is the figure's group
    ("The army killed 35 citizens this year, among them 10 martyrs who fell in the raid.",
     [(35, "killed", "citizens"), (10, "killed", "martyrs")]),
    ("The raid left 10 martyrs and 40 wounded.", [(10, "killed", "martyrs"), (40, "wounded", "people")]),
    # a definite figure ("the 11 martyrs") names an earlier figure of its outcome again: no new claim
    ("In Nablus 11 citizens were killed. The ministry said that the 11 martyrs were buried on Thursday.",
     [(11, "killed", "citizens")]),
    # negatives: a partitive of the dead takes the noun after the copula; an indefinite figure is a new claim;
    # a definite figure of another outcome is new
    ("Of the martyrs, 50 were fighters.", [(50, "killed", "fighters")]),
    ("In Nablus 11 citizens were killed. In Jenin 11 martyrs fell.", [(11, "killed", "citizens"), (11, "killed", "martyrs")]),
    ("Troops killed 5 Palestinians. The 5 soldiers were wounded.", [(5, "killed", "Palestinians"), (5, "wounded", "soldiers")]),
])
def test_naming_outcome_nouns_and_definite_repeats(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an unlisted lower-case noun modifying a person noun
    ("Two resistance fighters were killed on Friday.", [(2, "killed", "resistance fighters")]),
    ("Three rescue workers were wounded.", [(3, "wounded", "rescue workers")]),
    ("Two resistance fighters ascended to martyrdom on Friday, it said.", [(2, "killed", "resistance fighters")]),
    # the people of "on the <nationality> side" when no noun is given; a noun given stays the group
    ("The fighting has claimed more than 2,100 Palestinian lives and 70 on the Israeli side.",
     [(2100, "killed", "Palestinians"), (70, "killed", "Israelis")]),
    ("The war killed 2,200 Palestinians and 73 people on the Israeli side.",
     [(2200, "killed", "Palestinians"), (73, "killed", "people")]),
    # negatives: a function word before a person noun is no modifier; "the other side" names no people; a second
    # object of "claimed" that is a thing
    ("Troops killed 12 while soldiers watched.", [(12, "killed", "people")]),
    ("Some 1,200 people were killed in Israel and about 250 taken hostage.", [(1200, "killed", "people")]),
    ("Troops killed 12 on the other side.", [(12, "killed", "people")]),
    ("The war claimed 500 lives and destroyed 20 homes.", [(500, "killed", "people")]),
])
def test_noun_modifiers_sides_and_claimed_lives(text, expected):
    assert triples(text) == expected


def kinds(text: str) -> list[tuple]:
    doc = document_from_text("t", text, published="2024-01-15")
    return [(c.count, c.outcome, c.kind) for c in cas.extract(Context(doc=doc))]


@pytest.mark.parametrize("text, expected", [
    # a figure joined to a running toll by "with" / "in addition to" belongs to the same tally
    ("Gaza's health ministry said the death toll had climbed to 35,000, with more than 78,000 wounded.",
     [(35000, "killed", "cumulative"), (78000, "wounded", "cumulative")]),
    ("The death toll has risen to 900, in addition to 2,000 injured.",
     [(900, "killed", "cumulative"), (2000, "wounded", "cumulative")]),
    # negatives: a companion of a daily figure stays daily; a new clause with its own verb is its own incident
    ("A strike on Monday killed 12, with 40 wounded.", [(12, "killed", "incident"), (40, "wounded", "incident")]),
    ("The toll since October has reached 500, and a strike today wounded 30.",
     [(500, "killed", "cumulative"), (30, "wounded", "incident")]),
])
def test_a_tolls_companion_figure_shares_its_tally(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second object of one verb after "and" and a possessive
    ("The strike killed a mother and her four children.", [(1, "killed", "mother"), (4, "killed", "children")]),
    ("Troops shot dead a farmer and his two sons.", [(1, "killed", "farmer"), (2, "killed", "sons")]),
    # negatives: a new clause with its own verb keeps its own outcome; a comma alone joins no object
    ("A man was killed and his three sons were wounded.", [(1, "killed", "man"), (3, "wounded", "sons")]),
    ("The strike killed a mother, her four children survived.", [(1, "killed", "mother")]),
])
def test_possessive_second_object(text, expected):
    assert triples(text) == expected


def headline_rows(text: str) -> list[tuple]:
    doc = document_from_text("t", text, published="2024-01-15", title=text.split("\n")[0])
    return [(c.count, c.group, c.region) for c in cas.extract(Context(doc=doc))]


@pytest.mark.parametrize("text, expected", [
    # a headline figure summing the lede's figures of several groups counts people
    ("Turkish drone strikes kill eight in northeast Syria\nIt said six of its members and two civilians were killed.",
     [(6, "members", "body"), (2, "civilians", "body"), (8, "people", "headline")]),
    ("Strikes kill nine in Gaza\nIsraeli strikes killed six Palestinians and three Egyptians on Monday.",
     [(6, "Palestinians", "body"), (3, "Egyptians", "body"), (9, "people", "headline")]),
    # negatives: a headline figure that is no such sum takes the lede's first group (a grown toll)
    ("Strikes kill ten in Gaza\nIsraeli strikes killed six Palestinians and three Egyptians on Monday.",
     [(6, "Palestinians", "body"), (3, "Egyptians", "body"), (10, "Palestinians", "headline")]),
    ("Gaza toll rises to 30\nIsraeli strikes killed 25 Palestinians on Monday, medics said.",
     [(25, "Palestinians", "body"), (30, "Palestinians", "headline")]),
])
def test_headline_sum_of_several_groups_counts_people(text, expected):
    assert headline_rows(text) == expected


def reporters(text: str) -> list[tuple]:
    doc = document_from_text("t", text, published="2024-01-15")
    return [(c.count, c.reported_by) for c in cas.extract(Context(doc=doc))]


@pytest.mark.parametrize("text, expected", [
    # tolls from two sources in one sentence: each figure takes the source of its own part
    ("Palestinian officials said the raid killed 9; Israel said 4 militants were killed.",
     [(9, "Palestinian officials"), (4, "Israel")]),
    ("Hamas said 30 people were killed; the Israeli army said it had killed 12 militants.",
     [(30, "Hamas"), (12, "Israeli army")]),
    ("Palestinian health officials said 10 people were killed, while the Israeli military said it killed 8 gunmen.",
     [(10, "Palestinian health officials"), (8, "Israeli military")]),
    # negative: a part naming no source takes the nearest one
    ("At least 12 people were killed, medics said, while 30 were wounded.", [(12, "medics"), (30, "medics")]),
    ("The raid killed 9, officials said; 20 were wounded.", [(9, "officials"), (20, "officials")]),
])
def test_tolls_from_two_sources(text, expected):
    assert reporters(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle phrase between a subject and its verb
    ("About 40 journalists covering the war have been killed since October.", [(40, "killed", "journalists")]),
    ("Twenty people waiting for aid in Gaza City were killed.", [(20, "killed", "people")]),
    ("Six people sheltering in the school died.", [(6, "killed", "people")]),
    # negatives: a gerund subject's active verb; a relative clause in the phrase; a figure that is a participle's
    # object is no subject of the passive after it
    ("An Israeli shelling of a residential area killed nobody.", []),
    ("Ten protesters demanding reforms, who were arrested, were later released.", []),
    ("Hamas fighters holding 240 hostages were killed.", []),
    ("A bus carrying 30 passengers was hit; 12 passengers were wounded.", [(12, "wounded", "passengers")]),
    ("The blast ripped through the market, leaving 5 people dead.", [(5, "killed", "people")]),
])
def test_participle_phrases_and_objects(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure added after a passive's phrase by "as well as" or "and" shares its verb
    ("Israel says 17 soldiers were killed in Lebanon in October, as well as 40 civilians in northern Israel.",
     [(17, "killed", "soldiers"), (40, "killed", "civilians")]),
    ("Two soldiers were killed on Monday and three civilians on Tuesday.",
     [(2, "killed", "soldiers"), (3, "killed", "civilians")]),
    # negatives: a verb of its own follows; an auxiliary stands between (a clause of its own)
    ("17 soldiers were killed and 40 civilians fled.", [(17, "killed", "soldiers")]),
    ("Five soldiers were killed, and the army said that 40 civilians had fled.", [(5, "killed", "soldiers")]),
])
def test_figure_sharing_a_passive_verb(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rate is no count
    ("The war has killed one in every 100 Gazans.", []),
    ("One out of five victims was a child.", []),
    # negatives: a place or a year after "in"
    ("Five in Gaza were killed.", [(5, "killed", "people")]),
    ("Three in 2023 were killed.", [(3, "killed", "people")]),
])
def test_rates_are_no_counts(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "along with" / "alongside" after a passive outcome: the figure shares it (a single target stays out)
    ("A Hezbollah commander was killed along with 2 others.", [(2, "killed", "others")]),
    ("The commander was killed alongside three of his guards.", [(3, "killed", "guards")]),
    # negatives: no outcome before the joiner
    ("He met the minister along with two aides.", []),
    ("The commander arrived alongside three of his guards and was killed.", []),
])
def test_along_with_a_passive_outcome(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second object of one verb after a place phrase; roles and peoples of the word lists
    ("The 2021 fighting killed 256 Palestinians in Gaza and 13 people in Israel.",
     [(256, "killed", "Palestinians"), (13, "killed", "people")]),
    ("An Israeli drone targeted a motorcycle in Bint Jbeil, killing its two riders.", [(2, "killed", "riders")]),
    ("Two Peshmerga were killed and three were wounded when an IED exploded.",
     [(2, "killed", "Peshmerga"), (3, "wounded", "Peshmerga")]),
    # negatives: a clause with its own verb after the place; a phrase that is no place
    ("Troops killed 2 men in Jenin and 3 people were wounded in Nablus.",
     [(2, "killed", "men"), (3, "wounded", "people")]),
    ("Troops killed 2 men in clashes and 3 people fled.", [(2, "killed", "men")]),
])
def test_second_object_after_a_place(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence opening "Of the <figure> ... killed," makes the figure after it a part of that figure
    ("Of the 1,139 people killed on 7 October, 695 were Israeli civilians, including 36 children.",
     [(1139, "killed", "people"), (695, "killed", "Israelis"), (36, "killed", "children")]),
    ("Of the 40 wounded, 12 are children.", [(40, "wounded", "people"), (12, "wounded", "children")]),
    # negatives: a figure of things; a part naming no people
    ("Of the 300 trucks sent on Monday, 20 were looted.", []),
    ("Of the 40 wounded, 12 are in critical condition.", [(40, "wounded", "people")]),
])
def test_fronted_figure_cue(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a toll naming its own people keeps them over the figure before it in the sentence
    ("The strike killed two Israelis, raising the Palestinian death toll to 40.",
     [(2, "killed", "Israelis"), (40, "killed", "Palestinians")]),
    ("The IDF announced the deaths of two reservists, raising the army's toll in the ground offensive to 315.",
     [(2, "killed", "reservists"), (315, "killed", "soldiers")]),
    ("The military's death toll has risen to 700.", [(700, "killed", "soldiers")]),
    # negatives: a toll naming no people takes the figure's before it; a possessor that is no force
    ("The strike killed four Palestinians, bringing the death toll to 110.",
     [(4, "killed", "Palestinians"), (110, "killed", "Palestinians")]),
    ("The country's death toll has risen to 700.", [(700, "killed", "people")]),
])
def test_a_toll_naming_its_people_keeps_them(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a family of six": the figure counts the family's members
    ("Medics said an Israeli airstrike killed a family of six in Rafah.", [(6, "killed", "family members")]),
    ("A family of six was killed in the strike.", [(6, "killed", "family members")]),
    # negatives: no outcome; a family counted by its number of households
    ("A family of five fled the strike.", []),
    ("The strike destroyed the homes of six families.", []),
])
def test_a_family_of_n(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a toll after one person counts that person's people, not more of that person
    ("A 3-year-old child died of his wounds on Sunday, raising the death toll from the attack to 12.",
     [(1, "killed", "3-year-old child"), (12, "killed", "people")]),
    ("A Palestinian man died of his wounds, raising the death toll to 12.",
     [(1, "killed", "Palestinians"), (12, "killed", "Palestinians")]),
    # negative: a toll after a figure of several takes its group
    ("Two soldiers were killed, bringing the toll to 300.", [(2, "killed", "soldiers"), (300, "killed", "soldiers")]),
])
def test_a_toll_after_one_person(text, expected):
    assert triples(text) == expected


def periods_of(text: str) -> list[tuple]:
    doc = document_from_text("t", text, published="2024-09-15")
    return [(c.count, c.kind, c.period) for c in cas.extract(Context(doc=doc))]


@pytest.mark.parametrize("text, expected", [
    # "since the start of the war" right before the figure, with no comma
    ("The ministry said that since the start of the war 41,118 people had been killed.",
     [(41118, "cumulative", "since the start of the war")]),
    # negative: a daily figure with no period
    ("A strike on Monday killed 12 people.", [(12, "incident", "")]),
])
def test_period_right_before_the_figure(text, expected):
    assert periods_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "sustained/suffered <words> injuries/wounds"
    ("Two people sustained moderate injuries in the attack.", [(2, "wounded", "people")]),
    ("Five soldiers suffered light shrapnel wounds.", [(5, "wounded", "soldiers")]),
    # negatives: losses and shock are no injuries
    ("Two battalions suffered heavy losses.", []),
    ("Two people suffered shock.", []),
])
def test_suffered_injuries(text, expected):
    assert triples(text) == expected
