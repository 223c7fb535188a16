"""Casualty claims: counts, qualifiers, outcomes, groups, sub-counts, periods, sources and negatives."""
from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract import Context
from lib.extract import casualties as cas
from lib.extract.document import document_from_text

DATA = cas.DATA


def claims(text: str, published: str = "2023-10-20", title: str = ""):
    doc = document_from_text("t", text, published=published, title=title)
    return cas.extract(Context(doc=doc))


def triples(text: str, published: str = "2023-10-20"):
    return [(c.count, c.outcome, c.group) for c in claims(text, published)]


# ---------------------------------------------------------------- counts, outcomes and groups

@pytest.mark.parametrize("sentence, expected", [
    ("At least 505 people have been killed, the Health Ministry said.", [(505, "killed", "people")]),
    ("Nearly 1,200 Israelis are believed to have been killed.", [(1200, "killed", "Israelis")]),
    ("Israeli forces killed 18 and wounded over 40 in the raid.", [(18, "killed", "people"), (40, "wounded", "people")]),
    ("Between 10 and 15 were injured when the building collapsed.", [(10, "wounded", "people")]),
    ("Dozens were hurt in clashes near the mosque.", [(None, "wounded", "")]),
    ("Thirteen soldiers were wounded.", [(13, "wounded", "soldiers")]),
    ("A hundred people died in the fire.", [(100, "killed", "people")]),
    ("Twenty-three civilians were killed overnight.", [(23, "killed", "civilians")]),
    ("One hundred and five Palestinians have died.", [(105, "killed", "Palestinians")]),
    ("Two dozen protesters were injured.", [(24, "wounded", "protesters")]),
    ("The strike left five dead and a dozen injured.", [(5, "killed", "people"), (12, "wounded", "people")]),
    ("The ministry recorded 505 deaths.", [(505, "killed", "people")]),
    ("The conflict has claimed the lives of 86 Palestinian adults and children this year.",
     [(86, "killed", "Palestinians")]),
    ("The rocket killed an Israeli woman and injured two men.", [(1, "killed", "Israelis"), (2, "wounded", "Israeli men")]),
    ("Shelling killed 18 Palestinians, including children, and wounded over 40.",
     [(18, "killed", "Palestinians"), (40, "wounded", "Palestinians")]),
    ("Thirteen Israeli adults and children, including members of the security forces and civilians, and one "
     "Ukrainian civilian have been killed over the same period.", [(13, "killed", "Israelis"), (1, "killed", "Ukrainians")]),
    ("A 16-year-old Palestinian was shot dead by Israeli troops near Nablus.", [(1, "killed", "Palestinians")]),
    ("Two Israeli soldiers killed a Palestinian gunman at a checkpoint.", [(1, "killed", "Palestinian gunman")]),
    ("Three people died and 12 others were wounded, medics said.",
     [(3, "killed", "people"), (12, "wounded", "other people")]),
    ("An Israeli was killed and three were injured in a stabbing attack.",
     [(1, "killed", "Israelis"), (3, "wounded", "Israelis")]),
    ("Four Israeli soldiers were wounded, one of them seriously.", [(4, "wounded", "Israeli soldiers")]),
    ("The death toll rose to 1,400, according to Israeli officials.", [(1400, "killed", "people")]),
    ("The blast killed a child and wounded his two sisters.", [(1, "killed", "child"), (2, "wounded", "sisters")]),
    ("Israeli strike kills 5 Palestinians in Gaza", [(5, "killed", "Palestinians")]),
    ("Three Lebanese were reported missing after the strike.", [(3, "missing", "Lebanese")]),
    ("Medics said 14 people died in Rafah, and dozens more were wounded.",
     [(14, "killed", "people"), (None, "wounded", "people")]),
    ("The ministry said the death toll since Oct. 7 had risen to 23,968.", [(23968, "killed", "people")]),
    ("The gunman opened fire, killing three Israelis and wounding six others.",
     [(3, "killed", "Israelis"), (6, "wounded", "other Israelis")]),
    ("Since the beginning of the year, 35 Israelis and 212 Palestinians have been killed.",
     [(35, "killed", "Israelis"), (212, "killed", "Palestinians")]),
    ("The fighting, which killed 13 Israeli soldiers and 31 Palestinians, ended.",
     [(13, "killed", "Israeli soldiers"), (31, "killed", "Palestinians")]),
    ("The army said three soldiers were seriously wounded and two lightly hurt.",
     [(3, "wounded", "soldiers"), (2, "wounded", "soldiers")]),
    ("One person was killed and six others injured.", [(1, "killed", "person"), (6, "wounded", "other people")]),
    ("The 2014 war left more than 2,100 Palestinians dead.", [(2100, "killed", "Palestinians")]),
    ("Israel says 1,139 people, most of them civilians, were killed.", [(1139, "killed", "people")]),
    ("The ministry put the death toll at 27,000, mostly women and children.", [(27000, "killed", "people")]),
])
def test_counts_outcomes_groups(sentence, expected):
    assert triples(sentence) == expected


# ---------------------------------------------------------------- qualifiers and ranges

@pytest.mark.parametrize("sentence, count, cmin, cmax, qualifier", [
    ("At least 505 people have been killed.", 505, 505, None, "at least"),
    ("More than 40 people were wounded.", 40, 41, None, "more than"),
    ("Over 40 people were wounded.", 40, 41, None, "more than"),
    ("Nearly 1,200 people were killed.", 1200, None, 1200, "nearly"),
    ("About 30 people were killed.", 30, None, None, "about"),
    ("Some 150 people were injured.", 150, None, None, "about"),
    ("Up to 20 people were killed.", 20, None, 20, "up to"),
    ("Fewer than 10 people were hurt.", 10, None, 9, "up to"),
    ("Between 10 and 15 people were injured.", 10, 10, 15, "between"),
    ("Ten to 15 people were injured.", 10, 10, 15, "between"),
    ("Seven people were killed.", 7, 7, 7, ""),
    ("Dozens of people were hurt.", None, 12, None, "vague"),
])
def test_qualifiers(sentence, count, cmin, cmax, qualifier):
    (c,) = claims(sentence)
    assert (c.count, c.count_min, c.count_max, c.qualifier) == (count, cmin, cmax, qualifier)


# ---------------------------------------------------------------- articles as counts

@pytest.mark.parametrize("sentence, expected", [
    ("An Israeli woman was killed.", [(1, "killed", "Israelis")]),
    ("A Palestinian teenager was wounded.", [(1, "wounded", "Palestinian teenager")]),
    ("Another soldier died of his wounds.", [(1, "killed", "soldier")]),
    ("Militants killed a police officer.", [(1, "killed", "police officer")]),
    ("A member of the security forces stood guard.", []),
    ("A Hamas-affiliated organization claimed responsibility.", []),
    ("An Israeli shelling of a residential area killed nobody.", []),
    ("A number of people were hurt.", []),
])
def test_articles_as_counts(sentence, expected):
    assert triples(sentence) == expected


# ---------------------------------------------------------------- sub-counts

def test_subcount_links_to_parent():
    cs = claims("The Gaza Health Ministry says 18,800 Palestinians have been killed since Oct. 7, "
                "including 7,700 children.")
    parent, child = cs
    assert (child.count, child.outcome, child.group, child.parent_id) == (7700, "killed", "children", parent.claim_id)
    assert parent.parent_id == ""


@pytest.mark.parametrize("sentence, expected", [
    ("Seven Palestinians, among them two teenagers, were killed.", [(7, ""), (2, "p")]),
    ("18 people were killed, of whom 5 were children.", [(18, ""), (5, "p")]),
    ("86 Palestinians were killed this year, including militants and civilians.", [(86, "")]),
])
def test_subcounts(sentence, expected):
    cs = claims(sentence)
    assert [(c.count, "p" if c.parent_id else "") for c in cs] == expected


def test_subcount_in_next_sentence():
    cs = claims("At least 30 people were killed in the strike. Among the dead were 11 children.")
    assert [(c.count, c.outcome, c.group) for c in cs] == [(30, "killed", "people"), (11, "killed", "children")]
    assert cs[1].parent_id == cs[0].claim_id


def pairs(text: str):
    """(count, outcome, group, 'p' when it has a parent claim) for every claim."""
    return [(c.count, c.outcome, c.group, "p" if c.parent_id else "") for c in claims(text)]


@pytest.mark.parametrize("text, expected", [
    # "N of the dead/injured were X": a sub-count of the figure with that outcome
    ("Health officials said 64 people were killed and 300 wounded. At least 40 of the dead were women.",
     [(64, "killed", "people", ""), (300, "wounded", "people", ""), (40, "killed", "women", "p")]),
    ("At least 12 people were killed in the strike. Three of the injured were journalists.",
     [(12, "killed", "people", ""), (3, "wounded", "journalists", "")]),
    ("Two of the dead were children, the ministry said.", [(2, "killed", "children", "")]),
    ("The shelling killed 30 people, and one of the wounded was a Red Cross medic.",
     [(30, "killed", "people", ""), (1, "wounded", "Red Cross medic", "p")]),
    # a partitive without a group after the copula is no claim
    ("Police said one of the wounded was in serious condition.", []),
    ("Two of the dead were identified by their families.", []),
])
def test_partitive_outcome_subsets(text, expected):
    assert pairs(text) == expected


def test_partitive_subset_links_to_the_figure_with_its_outcome():
    cs = claims("The ministry said 1,200 people have been killed and more than 5,000 wounded. The UN says at least "
                "800 of the dead were civilians, including 300 children.")
    assert [(c.count, c.outcome, c.group) for c in cs] == [
        (1200, "killed", "people"), (5000, "wounded", "people"), (800, "killed", "civilians"),
        (300, "killed", "children")]
    assert cs[2].parent_id == cs[0].claim_id and cs[3].parent_id == cs[2].claim_id


@pytest.mark.parametrize("text, expected", [
    # continuations: the sentence opens with the cue, or the cue names the outcome
    ("Three Israelis were killed. Among them were two children.",
     [(3, "killed", "Israelis", ""), (2, "killed", "children", "p")]),
    ("Twenty people were killed. Five of them were children.",
     [(20, "killed", "people", ""), (5, "killed", "children", "p")]),
    ("Eight people were hurt and two died. Hospital staff said among the wounded were three nurses.",
     [(8, "wounded", "people", ""), (2, "killed", "people", ""), (3, "wounded", "nurses", "p")]),
    ("Israeli raids killed 20 people; five of them were children.",
     [(20, "killed", "people", ""), (5, "killed", "children", "p")]),
    ("Some 250 Palestinians have been killed this year. Of those, 60 were children.",
     [(250, "killed", "Palestinians", ""), (60, "killed", "children", "p")]),
    ("Officials said 90 people were hurt. Of the injured, 12 were police officers.",
     [(90, "wounded", "people", ""), (12, "wounded", "police officers", "p")]),
    ("The army said it arrested 40 suspects. Of those, 6 were minors.", []),
    # no continuation: the outcome of the sentence before is not inherited
    ("Officials said 4,000 people were injured. The UN said 40 schools were damaged, including two children's "
     "hospitals.", [(4000, "wounded", "people", "")]),
    ("Five soldiers were killed on Monday. Hamas said 12 of its fighters were wounded, including two commanders.",
     [(5, "killed", "soldiers", ""), (12, "wounded", "fighters", ""), (2, "wounded", "commanders", "p")]),
    ("Some 9,000 people have been wounded. The army said it had evacuated 300 residents, including 40 children.",
     [(9000, "wounded", "people", "")]),
    ("Hamas holds 240 hostages. Ten of them are children.", []),
    ("Three people were killed. The group said it had recruited hundreds of fighters, including 50 teenagers.",
     [(3, "killed", "people", "")]),
])
def test_subcounts_across_sentences(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Qatar helped negotiate the release of three hostages in May, including an elderly man, who was freed at "
     "the Rafah crossing.", []),
    ("The deal would see the release of 50 hostages, including 30 children.", []),
    ("Hamas released four hostages on Friday, including two elderly women.", []),
    ("Four Palestinians were killed. Israel freed 33 prisoners, including 12 women.",
     [(4, "killed", "Palestinians", "")]),
    ("Four Palestinians were killed and Israel freed 33 prisoners, including 12 women.",
     [(4, "killed", "Palestinians", "")]),
    ("Two soldiers died and troops arrested 15 suspects, including three teenagers.",
     [(2, "killed", "soldiers", "")]),
    ("Israel says about 240 people were taken hostage, including 30 children.", []),
    # a casualty parent keeps its sub-counts
    ("A strike killed 14 people, including 6 children, and Israel arrested 20 others.",
     [(14, "killed", "people", ""), (6, "killed", "children", "p")]),
    ("The explosion wounded 25 people, including two women who were later released from hospital.",
     [(25, "wounded", "people", ""), (2, "wounded", "women", "p")]),
])
def test_subcount_under_custody_gives_no_row(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Israeli strikes killed 45 people, mostly women and children, as well as 6 paramedics.",
     [(45, "killed", "people", ""), (6, "killed", "paramedics", "p")]),
    ("Over 300 people have died, most of them civilians, and 12 soldiers, the army said.",
     [(300, "killed", "people", ""), (12, "killed", "soldiers", "p")]),
    ("At least 70 people have been killed in the south since March, many of them militants but also 15 "
     "farmers, including two boys, a monitor said.",
     [(70, "killed", "people", ""), (15, "killed", "farmers", "p"), (2, "killed", "boys", "p")]),
    # a figure with its own verb is no continuation
    ("The raid killed 9 militants, many of them Hamas commanders, and wounded 20 civilians.",
     [(9, "killed", "militants", ""), (20, "wounded", "civilians", "")]),
    ("More than 50 people were killed, most of them militants, and officials counted 30 rockets.",
     [(50, "killed", "people", "")]),
    ("Eleven people were killed, most of them in Khan Younis, and 3 mosques were hit.",
     [(11, "killed", "people", "")]),
    ("About 900 people were killed in the raid, most of them civilians, and around 130 people were abducted.",
     [(900, "killed", "people", "")]),
])
def test_list_continuations(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Medics treated 35 people for gunshot wounds.", [(35, "wounded", "people")]),
    # a partitive part with a manner ("a dozen of them with ...") is a sub-count of the treated
    ("The Red Crescent said it treated about 60 people, a dozen of them with rubber-bullet injuries.",
     [(60, "wounded", "people"), (12, "wounded", "people with rubber-bullet injuries")]),
    ("Doctors at the main hospital said they had treated more than 200 patients overnight.",
     [(200, "wounded", "patients")]),
    ("Twelve people were treated in hospital after the stabbing.", [(12, "wounded", "people")]),
    ("Nine soldiers were treated for shrapnel wounds, the army said.", [(9, "wounded", "soldiers")]),
    ("Seven people were treated and released after the blast.", [(7, "wounded", "people")]),
    ("Five settlers were hospitalised after the stabbing.", [(5, "wounded", "settlers")]),
    ("Three children were hospitalized for anxiety after the sirens.", []),
    # no medical context, or care for shock or smoke
    ("Magen David Adom said 14 people were treated for shock.", []),
    ("Paramedics treated 20 residents for smoke inhalation.", []),
    ("Israel treated 50 prisoners as unlawful combatants.", []),
    ("The agency said 30 people were treated as suspects.", []),
    ("The court treated 12 defendants leniently.", []),
])
def test_medical_treatment_counts_the_wounded(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Israeli troops killed three Palestinians in Jenin. Two others were hurt.",
     [(3, "killed", "Palestinians"), (2, "wounded", "other Palestinians")]),
    ("Israeli troops killed five Palestinians on Monday. Four were wounded, including a child.",
     [(5, "killed", "Palestinians"), (4, "wounded", "Palestinians")]),  # "a child": an example, no count
    ("A rocket killed two Israelis in Sderot. Dozens more were treated in hospital.",
     [(2, "killed", "Israelis"), (None, "wounded", "Israelis")]),
    # not anaphoric, or no figure in the sentence just before
    ("Israeli troops killed five Palestinians on Monday. In Tel Aviv, 3 were wounded.",
     [(5, "killed", "Palestinians"), (3, "wounded", "people")]),
    ("Israeli troops killed five Palestinians on Monday. The army denied it. Two others were hurt.",
     [(5, "killed", "Palestinians"), (2, "wounded", "others")]),
])
def test_anaphoric_groups_across_sentences(text, expected):
    assert triples(text) == expected


def test_elliptical_figure_shares_the_perfect_auxiliary():
    cs = claims("Officials say 1,867 Palestinians have been killed and more than 9,500 wounded since the war began.")
    assert [(c.count, c.outcome, c.kind) for c in cs] == [(1867, "killed", "cumulative"),
                                                          (9500, "wounded", "cumulative")]


# ---------------------------------------------------------------- periods and kind

@pytest.mark.parametrize("text, published, period, start, end, kind", [
    ("86 Palestinians have been killed this year.", "2023-03-19", "this year", "2023-01-01", "2023-03-19", "cumulative"),
    ("18,800 Palestinians have been killed since Oct. 7.", "2023-12-20", "since Oct. 7", "2023-10-07",
     "2023-12-20", "cumulative"),
    ("30 people were killed in the past 24 hours.", "2023-10-20", "in the past 24 hours", "2023-10-19",
     "2023-10-20", "cumulative"),
    ("12 people have died since January, officials said.", "2023-03-19", "since January", "2023-01-01",
     "2023-03-19", "cumulative"),
    ("The strike killed five Palestinians.", "2023-03-19", "", "", "", "incident"),
    ("The death toll rose to 1,400.", "2023-10-20", "", "", "", "cumulative"),
    ("The war has killed more than 40,000 Palestinians.", "2024-08-15", "", "", "", "cumulative"),
    ("It was the deadliest attack since 2008, when 39 people died.", "2023-10-20", "", "", "", "incident"),
    ("The number of dead rose to 100 on Sunday.", "2023-10-20", "", "", "", "cumulative"),
    ("The conflict, which has claimed more than 500 lives, goes on.", "2023-10-20", "", "", "", "cumulative"),
    ("More than 330 Palestinians have been killed in the West Bank since the start of the war.", "2024-01-14",
     "since the start of the war", "", "2024-01-14", "cumulative"),
])

def test_periods(text, published, period, start, end, kind):
    (c,) = claims(text, published)
    assert (c.period, c.period_start, c.period_end, c.kind) == (period, start, end, kind)


def test_toll_period_belongs_to_the_toll_only():
    cs = claims("Two Palestinians were killed by Israeli fire, the ministry said, bringing the toll since January "
                "to 62.", "2023-03-19")
    assert [(c.count, c.group, c.kind, c.period, c.period_start) for c in cs] == [
        (2, "Palestinians", "incident", "", ""), (62, "Palestinians", "cumulative", "since January", "2023-01-01")]


def test_figure_appended_to_a_toll_shares_its_period():
    cs = claims("The ministry said the death toll since Oct. 7 had risen to 23,968, with 60,582 people wounded.",
                "2024-01-14")
    assert [(c.count, c.outcome, c.period) for c in cs] == [(23968, "killed", "since Oct. 7"),
                                                            (60582, "wounded", "since Oct. 7")]


def test_subcount_shares_its_parents_tally():
    cs = claims("The ministry says more than 10,000 people, including 4,000 children, have been killed since Oct. 7.")
    assert [(c.count, c.kind, c.period) for c in cs] == [(10000, "cumulative", "since Oct. 7"),
                                                         (4000, "cumulative", "since Oct. 7")]


def test_same_period_inherits_and_shares_source():
    cs = claims("The conflict has claimed the lives of 86 Palestinians this year. Thirteen Israelis have been "
                "killed over the same period, according to an AFP tally.", "2023-03-19")
    assert [(c.count, c.period_start, c.period_end, c.reported_by) for c in cs] == [
        (86, "2023-01-01", "2023-03-19", "AFP"), (13, "2023-01-01", "2023-03-19", "AFP")]


def test_incident_date_uses_publication_when_no_date():
    (c,) = claims("The strike killed five Palestinians.", "2023-03-19")
    assert (c.date, c.date_basis) == ("2023-03-19", "article")


# ---------------------------------------------------------------- sources

@pytest.mark.parametrize("sentence, source", [
    ("At least 505 people have been killed, the Health Ministry said.", "Health Ministry"),
    ("Thirteen Israelis have been killed, according to an AFP tally based on official sources.", "AFP"),
    ("Israeli officials said 1,200 people were killed.", "Israeli officials"),
    ("Five people were killed, said the Palestinian Red Crescent.", "Palestinian Red Crescent"),
    ("The Gaza Health Ministry says 18,800 Palestinians have been killed.", "Gaza Health Ministry"),
    ("The strike killed five Palestinians.", ""),
    ("Five Palestinians were killed, he said.", ""),
])
def test_reported_by(sentence, source):
    (c,) = claims(sentence)
    assert c.reported_by == source


# ---------------------------------------------------------------- negatives

@pytest.mark.parametrize("sentence", [
    "Palestinian militants have carried out around 20 strikes on Israel in the past 24 hours.",
    "Militants fired 150 rockets at Israeli towns.",
    "Hamas took 240 hostages and Israel released 50 prisoners.",
    "Israel captured the West Bank in 1967.",
    "Borders are based on the 1967 lines with East Jerusalem as its capital.",
    "The U.S. along with foreign ministers from four other nations released statements.",
    "The talks will last three to six months, officials said.",
    "Mohammed Ali, 16, was killed in the raid.",
    "The boy, aged 12, was wounded.",
    "No one was killed in the attack.",
    "The two sides agreed to continue contact.",
    "They met for 45 minutes on Sunday.",
    "Killed in 2014, he was buried in Gaza.",
    "The 50-day war ended in 2014.",
    "Support for the ceasefire rose to 60 percent.",
    "Police said one of the wounded was in serious condition.",
    "Israel says about 240 people were taken hostage.",
    "Abbas, 87, condemned the attack.",
    "They called for the release of 33 hostages in the first phase.",
    "Israel freed 90 Palestinian prisoners.",
    "Two rockets were fired but caused no injuries.",
    "The blockade has hurt 2 million Gazans.",
])
def test_not_casualties(sentence):
    assert triples(sentence) == []


# ---------------------------------------------------------------- regions and duplicates

def test_repeated_lede_gives_one_claim():
    text = ("Five Palestinians were killed in Jenin on Monday, medics said.\n"
            "JENIN, Oct 9 (AFP) - Five Palestinians were killed in Jenin on Monday, medics said.\n")
    assert triples(text) == [(5, "killed", "Palestinians")]


def test_restated_figure_counts_once():
    text = "Five Palestinians were killed in Jenin. Officials said five Palestinians were killed in the raid."
    assert triples(text) == [(5, "killed", "Palestinians")]


def test_headline_claim_restating_body_is_dropped():
    text = "Israeli raid kills 5 Palestinians in Jenin\nFive Palestinians were killed in Jenin on Monday, medics said."
    cs = claims(text, title="Israeli raid kills 5 Palestinians in Jenin")
    assert [(c.count, c.region) for c in cs] == [(5, "body")]


def test_vague_headline_restating_body_is_dropped():
    text = "Dozens killed in Israeli strikes on Gaza\nIsraeli strikes killed at least 27 Palestinians, medics said."
    cs = claims(text, title="Dozens killed in Israeli strikes on Gaza")
    assert [(c.count, c.region) for c in cs] == [(27, "body")]


def test_headline_only_claim_is_kept_and_marked():
    text = "Two soldiers killed in Gaza\nThe army said the fighting went on."
    cs = claims(text, title="Two soldiers killed in Gaza")
    assert [(c.count, c.group, c.region) for c in cs] == [(2, "soldiers", "headline")]


def test_boilerplate_never_gives_claims():
    assert triples("Subscribe\n3 comments") == []


# ---------------------------------------------------------------- offsets and invariants

def test_spans_round_trip_on_seeds(seed_loaded):
    total = 0
    for loaded in seed_loaded.values():
        doc = loaded.doc
        for c in cas.extract(Context(doc=doc)):
            assert doc.text[c.start:c.end] == c.sentence
            assert doc.text[c.text_start:c.text_end] == c.text
            assert c.start <= c.text_start < c.text_end <= c.end
            assert c.outcome in ("killed", "wounded", "missing", "detained")
            total += 1
    assert total == 7


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(["killed", "at least", "12", "1,200", "an", "Israeli", "woman", "and", "wounded",
                                 "over", "40", ",", "including", "children", "were", "dozens", "people", "the",
                                 "said", "ministry", "since", "Oct.", "7", "this year", "between", "to", ".",
                                 "of", "dead", "them", "most", "but also", "treated", "medics", "hostages", "freed",
                                 "Among", "others", "for wounds", "who", "him", "other", "Hezbollah", "fighters",
                                 "left", "hundreds", "of thousands", "several", "hundred", "a few", "along with",
                                 "government", "soldiers", "police", "al-Masri", "bringing to", "the number of",
                                 "death toll", "those", "whom", "martyrs", "by", "with gunshot wounds",
                                 "put", "at", "about", "identified", "Israel", "has", "lost", "army",
                                 "resulted in", "martyrdom of", "injury of", "Nov.", "3", "to 900",
                                 "the bodies of", "remain", "passengers", "injured"]),
                max_size=25))
def test_never_raises_and_spans_round_trip(words):
    text = " ".join(words)
    doc = document_from_text("h", text, published="2023-10-20")
    for c in cas.extract(Context(doc=doc)):
        assert doc.text[c.start:c.end] == c.sentence
        assert doc.text[c.text_start:c.text_end] == c.text
        assert (c.count if c.count is not None else c.count_min) >= 0
        assert c.count is not None or c.qualifier == "vague"


# ---------------------------------------------------------------- word lists

@pytest.mark.parametrize("name, columns", [
    ("casualty_numbers.csv", ["word", "value", "kind", "note"]),
    ("casualty_qualifiers.csv", ["phrase", "qualifier", "bound"]),
    ("casualty_outcomes.csv", ["phrase", "outcome", "position", "note"]),
    ("casualty_groups.csv", ["singular", "plural", "norm", "generic"]),
    ("casualty_nationalities.csv", ["adjective", "people"]),
    ("casualty_modifiers.csv", ["word", "note"]),
    ("casualty_noncasualty.csv", ["noun", "note"]),
    ("casualty_sources.csv", ["cue", "note"]),
    ("casualty_medical.csv", ["phrase", "kind", "note"]),
    ("casualty_single_targets.csv", ["noun", "note"]),
])
def test_word_lists_integrity(name, columns):
    with open(DATA / name, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == columns
        rows = list(reader)
    assert rows
    first = columns[0]
    keys = [(r[first].lower(), r.get("position", ""), r.get("plural", "")) for r in rows]
    assert len(keys) == len(set(keys)), f"duplicate rows in {name}"
    assert all(r[first].strip() for r in rows)
    if name == "casualty_outcomes.csv":
        assert {r["outcome"] for r in rows} <= {"killed", "wounded", "missing", "detained"}
        assert {r["position"] for r in rows} <= {"before", "after", "noun"}
    if name == "casualty_qualifiers.csv":
        assert {r["bound"] for r in rows} <= {"min", "above", "max", "below", "approx", "exact"}
    if name == "casualty_numbers.csv":
        assert all(int(r["value"]) >= 0 for r in rows)
        assert {r["kind"] for r in rows} <= {"unit", "ten", "scale", "article", "vague", "multiplier"}
    if name == "casualty_groups.csv":
        assert {r["generic"] for r in rows} <= {"0", "1"}
    if name == "casualty_medical.csv":
        assert {r["kind"] for r in rows} == {"carer", "injury", "not"}


# one figure named with an article ("a commander", "a Hamas leader") is a targeted killing, not a toll of one;
# a soldier, a man or a woman named that way is a victim counted as 1, and plurals of the same nouns are counts
SINGLE_TARGETS = [
    ("A U.S. drone strike in Baghdad killed a commander of the Iran-backed militia on Thursday.", []),
    ("An Israeli strike on a car near Tyre killed a senior Hezbollah commander, the army said.", []),
    ("A Houthi field commander was killed in a coalition air raid near Saada, state media reported.", []),
    ("A Hamas leader died in an explosion in Beirut's southern suburbs late on Tuesday.", []),
    ("A senior Iranian military leader was assassinated in Damascus, IRNA reported.", []),
    ("A Turkish diplomat was killed in an attack on the consulate in Erbil.", []),
    ("An opposition lawmaker was shot dead outside his home in Basra.", []),
    # negatives: a victim counted as one; plurals; a number before the noun
    ("An Israeli soldier was killed in clashes near Jenin.", [(1, "killed", "Israeli soldier")]),
    ("A Palestinian man was shot dead at a checkpoint near Hebron.", [(1, "killed", "Palestinians")]),
    ("A woman was wounded by shrapnel in Ashkelon, medics said.", [(1, "wounded", "woman")]),
    ("Two commanders and five fighters were killed in the strike.", [(2, "killed", "commanders")]),
    ("Three Hamas leaders were killed in the raid.", [(3, "killed", "Hamas leaders")]),
    ("The blast killed four officials of the local council.", [(4, "killed", "officials")]),
    ("Gunmen shot dead a police official in Deir ez-Zor province, activists said.", [(1, "killed", "police official")]),
]


@pytest.mark.parametrize("sentence, expected", SINGLE_TARGETS)
def test_one_figure_named_with_an_article_is_no_toll(sentence, expected):
    assert [(c.count, c.outcome, c.group) for c in claims(sentence)][:len(expected) or None] == expected


def test_person_nouns_are_never_non_casualty_nouns():
    lex = cas.lexicon()
    assert not ({k for k in lex.heads} & set(lex.noncasualty))


# ---------------------------------------------------------------- location

def _place(doc, word):
    from lib.models import Mention

    start = doc.text.index(word)
    return Mention.make(doc.article_id, kind="place", text=word, start=start, end=start + len(word), value=word)


@pytest.mark.parametrize("text, expected", [
    ("After Wednesday's Gaza offensive, a rocket killed two Israelis in Sderot.", "Sderot"),
    ("Rockets from Gaza killed two Israelis.", ""),
    ("The shelling of a residential area of Gaza killed 18 Palestinians.", "Gaza"),
])
def test_location_needs_a_locative_preposition(text, expected):
    doc = document_from_text("t", text, published="2006-11-16")
    places = tuple(_place(doc, w) for w in ("Gaza", "Sderot") if w in text)
    (c,) = cas.extract(Context(doc=doc, places=places))
    assert c.location == expected


# ---------------------------------------------------------------- whole articles of our own

WIRE = """Israeli strikes kill 27 in Gaza as truce talks stall in Cairo

GAZA CITY, Jan 14 (Reuters) - Israeli air strikes killed at least 27 Palestinians across the Gaza Strip overnight, \
including nine children, health officials said on Sunday, as negotiators met in Cairo.
Medics said 14 people died when a strike hit a house in Rafah, and dozens more were wounded.
The Gaza health ministry said the overall death toll since Oct. 7 had risen to 23,968, with 60,582 people wounded.
Israel says around 1,200 people were killed in the Hamas-led attack on southern Israel, and about 240 were taken hostage.
The Israeli military said two soldiers were killed in fighting in southern Gaza.
Egypt and Qatar have hosted several rounds of talks, and officials said a deal could free 35 hostages in the first phase.
More than 330 Palestinians have been killed in the West Bank since the start of the war, according to the UN \
humanitarian office OCHA.
The talks began in 2023 and are expected to last two weeks.
"""

AP = """JERUSALEM (AP) — A Palestinian gunman opened fire at a bus stop on Thursday, killing three Israelis and \
wounding six others before he was shot dead by police.
Police said one of the wounded was in serious condition.
Since the beginning of the year, 35 Israelis and 212 Palestinians have been killed, according to an Associated Press count.
Hamas praised the attack but did not claim responsibility. Abbas, 87, condemned it.
"""


def test_wire_story():
    cs = claims(WIRE, "2024-01-14", title="Israeli strikes kill 27 in Gaza as truce talks stall in Cairo")
    assert [(c.count, c.outcome, c.group, c.kind) for c in cs] == [
        (27, "killed", "Palestinians", "incident"), (9, "killed", "children", "incident"),
        (14, "killed", "people", "incident"), (None, "wounded", "people", "incident"),
        (23968, "killed", "people", "cumulative"), (60582, "wounded", "people", "cumulative"),
        (1200, "killed", "people", "incident"), (2, "killed", "soldiers", "incident"),
        (330, "killed", "Palestinians", "cumulative")]
    assert [c.reported_by for c in cs] == ["health officials", "health officials", "Medics", "Medics",
                                           "Gaza health ministry", "Gaza health ministry", "Israel",
                                           "Israeli military", "UN humanitarian office OCHA"]


def test_ap_story():
    cs = claims(AP, "2023-05-04")
    assert [(c.count, c.outcome, c.group, c.kind, c.reported_by) for c in cs] == [
        (1, "killed", "Palestinian gunman", "incident", ""),  # "before he was shot dead": the gunman
        (3, "killed", "Israelis", "incident", ""), (6, "wounded", "other Israelis", "incident", ""),
        (35, "killed", "Israelis", "cumulative", "Associated Press"),
        (212, "killed", "Palestinians", "cumulative", "Associated Press")]
    assert {c.period_start for c in cs if c.kind == "cumulative"} == {"2023-01-01"}


# sub-counts, custody parents, list continuations, medical care and anaphora in one story each
SOUTH = """KHAN YOUNIS, Gaza Strip (AP) — Israeli airstrikes overnight killed at least 31 people across southern Gaza, including 12 children, hospital officials said Tuesday, as mediators in Cairo pressed for a new truce.
The Nasser Hospital morgue said 18 of the dead were from a single family. Doctors there said they had treated more than 70 people, many of them with shrapnel wounds.
Hamas said it had released two hostages, including an 85-year-old woman, as a goodwill gesture. Israel freed 39 prisoners, including 24 women.
The Health Ministry says more than 18,000 Palestinians have been killed since the war began, most of them women and children but also at least 130 aid workers, including 40 doctors. Among the dead are 70 journalists.
An Israeli soldier was killed in northern Gaza. Three others were seriously wounded, the army said.
Magen David Adom said 11 people were treated for shock after a rocket hit a house in Ashkelon.
"""

RAIDS = """RAMALLAH (Reuters) - Israeli forces detained 25 Palestinians in overnight raids across the occupied West Bank, including a local journalist, the Palestinian Prisoners' Society said on Wednesday.
In Jenin, troops shot dead four gunmen, two of them members of Islamic Jihad, the army said. The Palestinian Red Crescent said its crews had treated 19 people, four of whom were hit by live fire.
Some 250 Palestinians have been killed in the West Bank this year, according to the Palestinian health ministry. Of those, 60 were children.
Under the deal, Hamas is to free 10 hostages a day, including foreign nationals, in return for 30 Palestinian prisoners, including minors.
A car-ramming attack at a junction near Hebron wounded three Israelis, one of them seriously. Two of the wounded were soldiers.
"""


def test_south_gaza_story():
    cs = claims(SOUTH, "2023-12-12")
    assert [(c.count, c.outcome, c.group, "p" if c.parent_id else "") for c in cs] == [
        (31, "killed", "people", ""), (12, "killed", "children", "p"), (70, "wounded", "people", ""),
        (18000, "killed", "Palestinians", ""), (130, "killed", "aid workers", "p"), (40, "killed", "doctors", "p"),
        (70, "killed", "journalists", "p"), (1, "killed", "Israeli soldier", ""),
        (3, "wounded", "other Israeli soldiers", "")]
    ids = {(c.count, c.outcome): c.claim_id for c in cs}
    parents = {(c.count, c.outcome): c.parent_id for c in cs}
    assert parents[(40, "killed")] == ids[(130, "killed")]
    assert parents[(130, "killed")] == parents[(70, "killed")] == ids[(18000, "killed")]


def test_west_bank_raids_story():
    cs = claims(RAIDS, "2023-12-12")
    assert [(c.count, c.outcome, c.group, "p" if c.parent_id else "") for c in cs] == [
        (4, "killed", "gunmen", ""), (19, "wounded", "people", ""), (250, "killed", "Palestinians", ""),
        (60, "killed", "children", "p"), (3, "wounded", "Israelis", ""), (2, "wounded", "soldiers", "p")]


# ---------------------------------------------------------------- carry-over: main group, clause reset

@pytest.mark.parametrize("sentence, expected", [
    # a figure without a group takes the main claim's group, not the sub-count's
    ("The airstrike killed 27 Palestinians, including eight children, and injured 60.",
     [(27, "killed", "Palestinians"), (8, "killed", "children"), (60, "wounded", "Palestinians")]),
    ("Officials said 15 Syrians had been killed, including three women, and that dozens more had been hurt.",
     [(15, "killed", "Syrians"), (3, "killed", "women"), (None, "wounded", "Syrians")]),
    # a second object of the same verb keeps its own group
    ("The 2014 war killed 2,251 Palestinians and 73 people on the Israeli side.",
     [(2251, "killed", "Palestinians"), (73, "killed", "people")]),
    ("Rockets killed three Israelis and two soldiers near the border.",
     [(3, "killed", "Israelis"), (2, "killed", "soldiers")]),
    # a clause with a subject and verb of its own resets the outcome and the group
    ("The army shot dead a Palestinian teenager, and 12 protesters were injured in clashes.",
     [(1, "killed", "Palestinian teenager"), (12, "wounded", "protesters")]),
    ("Troops killed an Egyptian smuggler, and at least nine people were wounded in the clashes.",
     [(1, "killed", "Egyptians"), (9, "wounded", "people")]),
    ("Gunmen killed 40 villagers, and 12 were taken hostage.", [(40, "killed", "villagers")]),
    ("The ministry said 104 Lebanese were killed, and that more than 800 people were wounded.",
     [(104, "killed", "Lebanese"), (800, "wounded", "people")]),
    # an elliptical outcome noun names no group: it takes the main claim's
    ("Officials said 900 Yemenis had been killed and 2,310 injured, 400 of them children.",
     [(900, "killed", "Yemenis"), (2310, "wounded", "Yemenis"), (400, "wounded", "children")]),
    ("A 9-year-old boy and his 80-year-old grandfather were wounded when a shell hit their home.",
     [(1, "wounded", "9-year-old boy")]),
    # a second verb of the same subject: the generic noun shares the nationality
    ("The drone killed a Syrian woman and wounded three men.", [(1, "killed", "Syrians"), (3, "wounded", "Syrian men")]),
    ("The blast killed five people, wounded 20 others and damaged three buildings.",
     [(5, "killed", "people"), (20, "wounded", "other people")]),
])
def test_carry_over_takes_the_main_group_and_resets_at_a_new_clause(sentence, expected):
    assert triples(sentence) == expected


# ---------------------------------------------------------------- breakdowns: one row per item

@pytest.mark.parametrize("sentence, expected", [
    ("The strike killed 40 people, among them 12 children and nine women, the ministry said.",
     [(40, "killed", "people", ""), (12, "killed", "children", "p"), (9, "killed", "women", "p")]),
    ("Gunmen killed five Israelis, including a police officer, two teenagers and an elderly man.",
     [(5, "killed", "Israelis", ""), (2, "killed", "teenagers", "p")]),  # one person named with an article: an example
    ("Eight soldiers – five reservists and three conscripts – were wounded in the blast.",
     [(8, "wounded", "soldiers", ""), (5, "wounded", "reservists", "p"), (3, "wounded", "conscripts", "p")]),
    ("Nine people (six children and three women) were killed when the house collapsed.",
     [(9, "killed", "people", ""), (6, "killed", "children", "p"), (3, "killed", "women", "p")]),
    ("The raid killed 14 people: nine militants, four civilians and a paramedic.",
     [(14, "killed", "people", ""), (9, "killed", "militants", "p"), (4, "killed", "civilians", "p"),
      (1, "killed", "paramedic", "p")]),
    ("The ministry said 104 Palestinians were killed, including 15 minors and 8 women, while 800 were wounded.",
     [(104, "killed", "Palestinians", ""), (15, "killed", "minors", "p"), (8, "killed", "women", "p"),
      (800, "wounded", "Palestinians", "")]),
    ("A total of 62 people, 40 of them women, were treated in hospital for injuries.",
     [(62, "wounded", "people", ""), (40, "wounded", "women", "p")]),
    # another nationality after a sub-count list is the verb's next object, not a part
    ("The shelling killed 30 Palestinians, including five children, and two Israelis.",
     [(30, "killed", "Palestinians", ""), (5, "killed", "children", "p"), (2, "killed", "Israelis", "")]),
    # an item with a verb of its own is not a part of the list
    ("The strike killed 11 people, including four children, and 30 people were wounded.",
     [(11, "killed", "people", ""), (4, "killed", "children", "p"), (30, "wounded", "people", "")]),
    ("Four members of a single family – a mother and her three daughters – died in the fire.",
     [(4, "killed", "members", ""), (1, "killed", "mother", "p"), (3, "killed", "daughters", "p")]),
    # breakdowns of custody or of non-casualty figures give nothing
    ("Israel freed 30 prisoners – 20 women and 10 minors – under the deal.", []),
    ("Hamas released 13 hostages, including four children and two women.", []),
    ("Six Israelis – a record for a single month – visited the site.", []),
    ("The summit drew 300 delegates: 120 diplomats, 80 officials and 100 journalists.", []),
    ("Negotiators, 40 of them diplomats, gathered in Doha.", []),
])
def test_breakdowns_give_one_row_per_item(sentence, expected):
    assert [(c.count, c.outcome, c.group, "p" if c.parent_id else "") for c in claims(sentence)] == expected


def test_breakdown_items_point_to_the_listed_figure():
    parent, a, b = claims("Seven Jordanians – four guards and three drivers – died in the ambush.")
    assert (parent.count, parent.group, a.group, b.group) == (7, "Jordanians", "guards", "drivers")
    assert a.parent_id == b.parent_id == parent.claim_id


def test_list_after_a_cue_in_the_next_sentence_shares_the_parent():
    cs = claims("At least 40 people were killed in the strike. Among those killed were 10 aid workers and three "
                "journalists.")
    assert [(c.count, c.outcome, c.group) for c in cs] == [(40, "killed", "people"), (10, "killed", "aid workers"),
                                                          (3, "killed", "journalists")]
    assert cs[1].parent_id == cs[2].parent_id == cs[0].claim_id


# ---------------------------------------------------------------- wording: verbs, asides, group nouns

@pytest.mark.parametrize("sentence, expected", [
    ("Three settlers were murdered in the attack near the outpost.", [(3, "killed", "settlers")]),
    ("Militants murdered two farmers at dawn.", [(2, "killed", "farmers")]),
    ("Two paramedics were slain while evacuating the wounded.", [(2, "killed", "paramedics")]),
    ("Four aid workers lost their lives when their convoy was hit.", [(4, "killed", "aid workers")]),
    ("Five fishermen were martyred off the coast, the agency said.", [(5, "killed", "fishermen")]),
    ("Two policemen succumbed to their wounds overnight.", [(2, "killed", "policemen")]),
    ("Six demonstrators were shot and wounded near the fence.", [(6, "wounded", "demonstrators")]),
    ("At least 11 worshippers were among those killed in the mosque attack.", [(11, "killed", "worshippers")]),
    ("Two journalists were among the dead, the union said.", [(2, "killed", "journalists")]),
    ("Three Marines were killed and five were wounded in the bombing.",
     [(3, "killed", "Marines"), (5, "wounded", "Marines")]),
    ("Nine Turkish activists were killed, the Turkish government said.", [(9, "killed", "Turkish activists")]),
    ("At least 30 Hezbollah and Amal fighters were among those killed.", [(30, "killed", "Hezbollah and Amal fighters")]),
    ("Eleven Israeli and Thai workers were wounded in the rocket attack.",
     [(11, "wounded", "Israeli and Thai workers")]),
    # appositives and asides between the subject and its verb
    ("Two students, Omar Khalil and Rami Saad, both 17, were shot dead near the school.", [(2, "killed", "students")]),
    ("Two Jordanian guards, Ali Hassan and Sami Odeh, both aged 24, were killed.",
     [(2, "killed", "Jordanian guards")]),
    ("At least 12 Palestinians, Hamas said, were killed in the strike.", [(12, "killed", "Palestinians")]),
    ("Four residents, according to the civil defence, were injured.", [(4, "wounded", "residents")]),
    # negatives: the new verbs and nouns do not make claims of other numbers
    ("The army executed 40 missions over the weekend.", []),
    ("Israel assassinated the Hamas leader in 2004, officials said.", []),
    ("Three officials said the deal would be signed on Tuesday.", []),
    ("Two leaders met in Cairo, and 15 ministers attended.", []),
    ("Two soldiers, who were on leave, attended the funeral.", []),
    ("Five activists, the organisers said, joined the march.", []),
    ("Two students, then in their teens, later founded the group.", []),
])
def test_wider_wording(sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    # a groupless figure repeating a named one (a subtitle, a lede) gives no second row
    ("The market bomb wounded 31. Police said 31 people were wounded in the blast.", [(31, "wounded", "people")]),
    ("A car bomb killed 9 in Mosul. Medics said nine civilians died.", [(9, "killed", "civilians")]),
    # a groupless figure with no named twin stays: it is still a claim an analyst can read
    ("Israeli forces killed 18 in Jenin.", [(18, "killed", "people")]),
    ("The bomb wounded 31. Police said 12 people were wounded in a second blast.",
     [(31, "wounded", "people"), (12, "wounded", "people")]),
])
def test_groupless_figures(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("sentence, close", [
    ("two officers, Ali Hassan and Dan Levi, were killed", 8),
    ("two brothers, 19 and 21, were killed", 6),
    ("two civilians, a man and a woman in their 60s, were killed", 12),
    ("two soldiers, the army said, were killed", 6),
    ("12 people, according to medics, were hurt", 6),
    ("62 people, 40 of them women, were treated", 7),
    ("two soldiers, then fled, were killed", None),
    ("two soldiers, who were on leave, came", None),
    ("two soldiers, Israel Police were told", None),
    ("three people, killed", None),
])
def test_appositive_end(sentence, close):
    toks = cas.tokenize(sentence)
    assert cas.appositive_end(toks, 2) == close


# ---------------------------------------------------------------- 'others', inferred groups and the text's noun

@pytest.mark.parametrize("text, expected", [
    # 'others' keeps the text's word and names the group it points back to; group_norm is that group
    ("A drone strike on a market killed four farmers and wounded nine others.",
     [(4, "killed", "farmers", "civilians"), (9, "wounded", "other farmers", "civilians")]),
    ("Shelling killed two Yemeni children and injured 14 others, the ministry said.",
     [(2, "killed", "Yemeni children", "Yemenis"), (14, "wounded", "other Yemenis", "Yemenis")]),
    ("Police said one person was stabbed to death. Three others were hurt.",
     [(1, "killed", "person", "people"), (3, "wounded", "other people", "people")]),
    ("The convoy was hit near Marib, leaving two soldiers dead and five others wounded.",
     [(2, "killed", "soldiers", "soldiers"), (5, "wounded", "other soldiers", "soldiers")]),
    # an age or sex points to its people, or to people; a role stays
    ("Five children were among those killed, while 30 others were wounded.",
     [(5, "killed", "children", "children"), (30, "wounded", "other people", "people")]),
    ("An Israeli soldier was killed in Jenin. Two others were lightly hurt.",
     [(1, "killed", "Israeli soldier", "Israelis"), (2, "wounded", "other Israeli soldiers", "Israelis")]),
    # two groups before 'others': no single antecedent, the word stays
    ("A car bomb killed a senior police official and four of his guards, and wounded 12 others.",
     [(1, "killed", "senior police official", "officials"), (4, "killed", "guards", "security forces"),
      (12, "wounded", "others", "others")]),
    # nothing to point back to: 'others' stays as written
    ("Five others were wounded when the roof collapsed.", [(5, "wounded", "others", "others")]),
    ("Gunmen killed 18 near the border and wounded six others.",
     [(18, "killed", "people", "people"), (6, "wounded", "others", "others")]),
    # a nationality passed to a second verb's generic noun keeps that noun
    ("The shell killed a Lebanese man and wounded four civilians.",
     [(1, "killed", "Lebanese", "Lebanese"), (4, "wounded", "Lebanese civilians", "Lebanese")]),
    # a clause of its own keeps its own words, no nationality carried
    ("The shell killed a Lebanese man, and four civilians were wounded in a second strike.",
     [(1, "killed", "Lebanese", "Lebanese"), (4, "wounded", "civilians", "civilians")]),
])
def test_others_and_inferred_groups_keep_the_text_noun(text, expected):
    assert [(c.count, c.outcome, c.group, c.group_norm) for c in claims(text)] == expected


# ---------------------------------------------------------------- second objects and compound modifiers

@pytest.mark.parametrize("sentence, expected", [
    ("A missile strike on a car killed him and two other Hamas commanders.",
     [(2, "killed", "other Hamas commanders")]),
    ("The blast wounded the driver and three passengers.", [(3, "wounded", "passengers")]),
    ("Assailants shot dead Omar Saleh and his two brothers on Friday.", [(2, "killed", "brothers")]),
    ("An air raid killed her and four of her children.", [(4, "killed", "children")]),
    ("The strike killed the commander along with three bodyguards.", [(3, "killed", "bodyguards")]),
    ("A drone killed him together with two other Houthi fighters.", [(2, "killed", "other Houthi fighters")]),
    ("An air strike killed Saleh al-Masri and six other Hamas members.", [(6, "killed", "other Hamas members")]),
    ("The raid killed three soldiers and wounded the commander and two of his guards.",
     [(3, "killed", "soldiers"), (2, "wounded", "guards")]),
    ("Fighting in Hodeidah left four pro-government fighters dead.", [(4, "killed", "pro-government fighters")]),
    ("Two army officers and three militia members were killed in the ambush.",
     [(2, "killed", "army officers"), (3, "killed", "militia members")]),
    ("Five rescue workers were injured when the second strike hit.", [(5, "wounded", "rescue workers")]),
    ("The attack killed three security personnel at the checkpoint.", [(3, "killed", "security personnel")]),
    ("A roadside bomb killed a police official in Deraa.", [(1, "killed", "police official")]),
    ("Two child soldiers were among the dead.", [(2, "killed", "child soldiers")]),
    # negatives: no verb reaches the figure, or it has a verb of its own
    ("The wounded man and three medics were taken to hospital.", []),
    ("Troops killed the gunman and arrested three suspects.", []),
    ("The strike killed him and destroyed two houses.", []),
    ("Police shot the attacker, and three people were later wounded.", [(3, "wounded", "people")]),
    ("The raid damaged three government buildings.", []),
    ("Four army vehicles were destroyed.", []),
])
def test_second_objects_and_compound_modifiers(sentence, expected):
    assert triples(sentence) == expected


# ---------------------------------------------------------------- vague plurals: no count, a lower bound

@pytest.mark.parametrize("sentence, cmin, outcome, group", [
    ("A year of fighting has killed hundreds and displaced thousands.", 100, "killed", ""),
    ("Dozens of protesters were hurt in the clashes.", 12, "wounded", "protesters"),
    ("Scores of villagers were killed.", 20, "killed", "villagers"),
    ("Several hundred people were killed in the siege.", 300, "killed", "people"),
    ("A few thousand Sudanese have been wounded.", 2000, "wounded", "Sudanese"),
    ("Hundreds of thousands of Syrians have been killed since 2011.", 100000, "killed", "Syrians"),
    ("Tens of thousands of people have been killed in the war.", 10000, "killed", "people"),
])
def test_vague_plurals_carry_no_count(sentence, cmin, outcome, group):
    (c,) = claims(sentence)
    assert (c.count, c.count_min, c.count_max, c.qualifier, c.outcome, c.group) == (
        None, cmin, None, "vague", outcome, group)


@pytest.mark.parametrize("sentence, expected", [
    # exact figures stay exact
    ("Two dozen protesters were injured.", [(24, "wounded", "protesters")]),
    ("A dozen soldiers were wounded.", [(12, "wounded", "soldiers")]),
    ("Three hundred people were killed.", [(300, "killed", "people")]),
    # vague words with no figure, or not casualties
    ("Many people were killed.", []),
    ("A few were wounded in the clashes.", []),
    ("Tens of thousands were displaced by the fighting.", []),
    ("Several hundred rockets were fired.", []),
    ("Thousands of families have fled.", []),
])
def test_vague_negatives_and_exact_scales(sentence, expected):
    assert triples(sentence) == expected


def test_vague_claims_do_not_swallow_each_other():
    cs = claims("Dozens of Palestinians were killed on Monday. Hundreds were wounded, medics said.")
    assert [(c.count, c.count_min, c.outcome) for c in cs] == [(None, 12, "killed"), (None, 100, "wounded")]


# a wire story of our own: 'left ... dead', second objects, 'others', vague plurals
TAIZ = """TAIZ, Yemen (Reuters) - Shelling on a market in the besieged city left four government soldiers dead and nine \
others wounded on Saturday, a military official said, as Omani mediators shuttled between Muscat and Sanaa.
A drone strike on a car near Marib killed him and two other Houthi commanders, the group's Al-Masirah TV said.
The war has killed hundreds of thousands of people, directly or through hunger and disease, according to U.N. \
estimates, and dozens of aid workers have been killed since 2015.
Officials said 210 detainees, including 12 women, would be freed next week.
"""


def test_taiz_story():
    cs = claims(TAIZ, "2023-09-17")
    assert [(c.count, c.count_min, c.outcome, c.group, c.group_norm) for c in cs] == [
        (4, 4, "killed", "government soldiers", "soldiers"),
        (9, 9, "wounded", "other government soldiers", "soldiers"),
        (2, 2, "killed", "other Houthi commanders", "militants"),
        (None, 100000, "killed", "people", "people"),
        (None, 12, "killed", "aid workers", "aid workers")]
    assert all(c.qualifier == "vague" for c in cs if c.count is None)


# ---------------------------------------------------------------- inverted tolls, partitive parts, own outcomes

@pytest.mark.parametrize("sentence, expected", [
    ("An air strike on Monday raised to 47 the number of civilians killed in the town this month.",
     [(47, "killed", "civilians")]),
    ("The blast took to 25 the number of people injured in the market.", [(25, "wounded", "people")]),
    ("The shelling pushed to 300 the death toll in the province.", [(300, "killed", "people")]),
    ("Medics said the raid brought to 19 the number of dead.", [(19, "killed", "people")]),
    ("Two more were killed on Friday, bringing to at least 90 the number of Kurds killed since May.",
     [(2, "killed", "people"), (90, "killed", "Kurds")]),
    # negatives: a number of things, or no toll noun after the figure
    ("The vote brought to 12 the number of countries backing the plan.", []),
    ("Prices rose to 40 the next day.", []),
    ("The visit raised to 3 the number of envoys received this month.", []),
])
def test_inverted_tolls(sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police said nine of those killed were foreign workers.", [(9, "killed", "foreign workers")]),
    ("Officials said six of those wounded were police officers.", [(6, "wounded", "police officers")]),
    ("Of the martyrs, 7 were fighters.", [(7, "killed", "fighters")]),
    ("“Of the martyrs, 31 were from our brigades,” the spokesman said.", [(31, "killed", "people")]),  # no group named
    # negatives: a partitive of people not counted as casualties, or of things
    ("Ten of those arrested were released.", []),
    ("Of the rockets, 30 were intercepted.", []),
    ("Of the delegates, 40 were women.", []),
])
def test_partitives_of_the_dead_and_wounded(text, expected):
    assert triples(text) == expected


def test_a_later_partitive_of_those_killed_is_a_part_of_the_toll():
    cs = claims("Israeli fire killed 40 Palestinians on Friday. The army said 24 of those killed were militants.")
    assert [(c.count, c.outcome, c.group) for c in cs] == [(40, "killed", "Palestinians"), (24, "killed", "militants")]
    assert cs[1].parent_id == cs[0].claim_id


@pytest.mark.parametrize("sentence, expected", [
    ("Gaza officials said 1,000 people have been wounded and 200 killed this week, including 40 killed on Sunday.",
     [(1000, "wounded", "people"), (200, "killed", "people"), (40, "killed", "people")]),
    ("Medics said 9 people were killed and 60 wounded, including 12 seriously wounded.",
     [(9, "killed", "people"), (60, "wounded", "people"), (12, "wounded", "people")]),
    # negatives: the outcome of a later clause is not the sub-count's own; a bare sub-count takes its parent's
    ("The strike killed 11 people, including four children, and 30 people were wounded.",
     [(11, "killed", "people"), (4, "killed", "children"), (30, "wounded", "people")]),
    ("The attacks killed 20 people and wounded 70, including 15 children.",
     [(20, "killed", "people"), (70, "wounded", "people"), (15, "wounded", "children")]),
])
def test_a_subcount_keeps_its_own_outcome(sentence, expected):
    assert triples(sentence) == expected


def test_own_outcome_subcount_points_to_the_figure_with_that_outcome():
    cs = claims("Officials said 1,000 people have been wounded and 200 killed, including 40 killed on Sunday.")
    assert cs[2].parent_id == cs[1].claim_id


@pytest.mark.parametrize("sentence, expected", [
    ("Medics said 80 people were hurt, 25 of them by rubber bullets.",
     [(80, "wounded", "people"), (25, "wounded", "people")]),
    ("At least 14 Palestinians were killed on Friday, 9 of them in Jenin.",
     [(14, "killed", "Palestinians"), (9, "killed", "Palestinians")]),
    ("Doctors said they treated 70 people, 20 of them with shrapnel wounds.",
     [(70, "wounded", "people"), (20, "wounded", "people with shrapnel wounds")]),
    # negatives: a bare degree, a figure that is no casualty, a later clause
    ("Four Israeli soldiers were wounded, one of them seriously.", [(4, "wounded", "Israeli soldiers")]),
    ("The army detained 30 people, 12 of them in Jenin.", []),
    ("Two soldiers were wounded in the raid, and police held 40 people, 10 of them in Hebron.",
     [(2, "wounded", "soldiers")]),
])
def test_partitive_parts_with_a_manner_or_place(sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The missile struck a bus carrying 40 pilgrims, 15 of whom were killed.", [(15, "killed", "pilgrims")]),
    ("The group freed 20 hostages, three of whom were dead.", [(3, "killed", "hostages")]),
    ("Israeli strikes killed 30 people, 12 of whom were children.", [(30, "killed", "people"), (12, "killed", "children")]),
    # negatives: no noun before the comma, or no outcome for the partitive
    ("Troops raided the camp, two of whom were killed.", [(2, "killed", "people")]),
    ("The army arrested 12 men, three of whom were later released.", []),
])
def test_of_whom_takes_the_noun_before(sentence, expected):
    assert triples(sentence) == expected


def test_groupless_headline_figure_takes_the_ledes_group():
    text = "Gaza toll rises to 30\nIsraeli strikes killed 25 Palestinians on Monday, medics said."
    cs = claims(text, title="Gaza toll rises to 30")
    assert [(c.count, c.group, c.region) for c in cs] == [(25, "Palestinians", "body"), (30, "Palestinians", "headline")]


def test_headline_figure_with_a_group_keeps_it():
    text = "Two soldiers killed in Gaza\nIsraeli strikes killed 25 Palestinians on Monday, medics said."
    cs = claims(text, title="Two soldiers killed in Gaza")
    assert [(c.count, c.group, c.region) for c in cs] == [(25, "Palestinians", "body"), (2, "soldiers", "headline")]


@pytest.mark.parametrize("text, expected", [
    ("Israeli fire killed 100 Palestinians. Of those, 60 were children and 20 were women.",
     [(100, "killed", "Palestinians"), (60, "killed", "children"), (20, "killed", "women")]),
    ("Of the dead, 50 were soldiers and 12 were civilians.", [(50, "killed", "soldiers"), (12, "killed", "civilians")]),
    ("Of the dead, three were fighters and one was a teenager.", [(3, "killed", "fighters"), (1, "killed", "teenager")]),
    ("Of the dead, 20 were members of armed groups and 4 were women.",
     [(20, "killed", "members"), (4, "killed", "women")]),
    # negatives: a later figure with a verb of its own, or no list of sub-counts before it
    ("Officials said 40 of the dead were fighters and 30 were arrested.", [(40, "killed", "fighters")]),
    ("The ministry said 30 were killed and 20 were children.", [(30, "killed", "people")]),
])
def test_copula_sub_count_lists(text, expected):
    assert triples(text) == expected


def test_copula_sub_count_list_shares_the_parent():
    cs = claims("Israeli fire killed 100 Palestinians. Of those, 60 were children and 20 were women.")
    assert cs[1].parent_id == cs[2].parent_id == cs[0].claim_id


# A West Bank wire story of our own: an inverted toll, partitive parts by manner and injury, a copula sub-count
# list after "Of the dead,", custody partitives and an outcome-noun cue inside a quote.
NABLUS = """West Bank death toll climbs to 19 after night of raids

NABLUS, West Bank (AP) — Israeli troops killed four Palestinians in overnight raids on Nablus, the Palestinian Health Ministry said Thursday, bringing to 19 the number of Palestinians killed in the northern West Bank this month.

The ministry said 37 people were wounded, 11 of them by live ammunition. Of the dead, three were members of armed groups and one was a teenager, according to local officials.

The Red Crescent said its medics treated 52 people, nine of them with shrapnel injuries, and took 14 to hospital.

In a separate incident, settlers attacked a village near Ramallah, setting fire to 12 homes and three cars. The army later detained 20 people, six of whom were released overnight.

"Of the martyrs, two were students," a spokesman for the Al-Aqsa Martyrs' Brigades told reporters."""


def test_nablus_story():
    cs = claims(NABLUS, "2024-06-13", title="West Bank death toll climbs to 19 after night of raids")
    assert [(c.count, c.outcome, c.group, bool(c.parent_id), c.region) for c in cs] == [
        (4, "killed", "Palestinians", False, "body"), (19, "killed", "Palestinians", False, "body"),
        (37, "wounded", "people", False, "body"), (11, "wounded", "people", True, "body"),
        (3, "killed", "members", True, "body"), (1, "killed", "teenager", True, "body"),
        (52, "wounded", "people", False, "body"), (9, "wounded", "people with shrapnel injuries", True, "body"),
        (2, "killed", "students", True, "body")]
    assert cs[3].parent_id == cs[2].claim_id and cs[7].parent_id == cs[6].claim_id


# ---------------------------------------------------------------- estimated tolls, restricted cues, 'lost'

@pytest.mark.parametrize("sentence, expected", [
    ("Army figures put the number of Israelis killed in the same period at about 60.", [(60, "killed", "Israelis")]),
    ("Local officials placed the number of Palestinians wounded at more than 300.",
     [(300, "wounded", "Palestinians")]),
    ("The ministry estimated the number of dead at 1,200 on Sunday.", [(1200, "killed", "people")]),
    ("Rescuers put the overall death toll at 45.", [(45, "killed", "people")]),
    # negatives: no toll noun, a toll phrase broken by a comma, an 'at' that is not the figure's
    ("Police put the number of protesters at 5,000.", []),
    ("They put the number of dead, including children, at 40.", []),
    ("The number of Palestinians killed in the raid rose sharply at 3 pm.", []),
])
def test_estimated_tolls(sentence, expected):
    assert triples(sentence) == expected


def test_estimated_toll_text_is_the_figure_and_source_is_the_estimator():
    text = "Army figures put the number of Israelis killed since 1987 at about 60."
    c = claims(text)[0]
    assert (c.text, c.qualifier, c.reported_by) == ("about 60", "about", "Army")


@pytest.mark.parametrize("text, expected", [
    ("At least 900 people were killed. Of the fatalities identified, about 500 were men and 200 were women.",
     [(900, "killed", "people"), (500, "killed", "men"), (200, "killed", "women")]),
    ("Some 300 people were wounded. Of the injured so far, 40 were children.",
     [(300, "wounded", "people"), (40, "wounded", "children")]),
    ("At least 80 people died. Of the dead recorded to date, 12 were medics.",
     [(80, "killed", "people"), (12, "killed", "medics")]),
    # negatives: no outcome noun in the cue, a restriction that is no participle of record
    ("At least 300 people were killed. Of the rockets identified, 40 were intercepted.",
     [(300, "killed", "people")]),
    ("At least 300 people were killed. Of the dead identified by name, 40 were children.",
     [(300, "killed", "people")]),
])
def test_subcount_cues_with_a_restricting_participle(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Israel has lost 64 soldiers and four civilians.", [(64, "killed", "soldiers"), (4, "killed", "civilians")]),
    ("The army lost three officers in the ambush.", [(3, "killed", "officers")]),
    ("Hezbollah has so far lost more than 400 fighters.", [(400, "killed", "fighters")]),
    ("Government forces lost 12 men near the border.", [(12, "killed", "men")]),
    # negatives: a firm or a person as subject, no people as object, a pronoun subject
    ("The company lost 64 workers last year.", []),
    ("Labour lost 64 seats in the election.", []),
    ("It lost 20 soldiers.", []),
    ("Israel has lost 64 percent of its exports.", []),
])
def test_a_side_losing_people_counts_the_dead(sentence, expected):
    assert triples(sentence) == expected


# A front-line round-up of our own: an estimated toll, a 'lost' toll with a sub-count, a restricted cue.
ROUNDUP = """BEIRUT (AFP) - Lebanon's health ministry said at least 1,100 people had been killed since the escalation began, \
and UN agencies put the number of people displaced at about 900,000.

Hezbollah has lost more than 300 fighters, including two commanders killed on Tuesday, according to a count \
of its own death notices. Israeli officials put the number of soldiers wounded on the northern front at about 400.

Of the fatalities recorded, 180 were women and 70 were children, the ministry said."""


def test_roundup_story():
    cs = claims(ROUNDUP, "2024-10-02")
    assert [(c.count, c.outcome, c.group, bool(c.parent_id)) for c in cs] == [
        (1100, "killed", "people", False), (300, "killed", "fighters", False),
        (2, "killed", "commanders", True), (400, "wounded", "soldiers", False),
        (180, "killed", "women", True), (70, "killed", "children", True)]
    assert cs[2].parent_id == cs[1].claim_id and cs[4].parent_id == cs[5].parent_id != ""


@pytest.mark.parametrize("sentence, expected", [
    # a day after a month name is a date, not the start of a range: the toll's figure comes after 'to'
    ("Shelling killed 40 Lebanese on Monday, bringing the total death toll since Sept. 23 to 2,950.",
     [(40, "killed", "Lebanese"), (2950, "killed", "Lebanese")]),
    ("Strikes killed 12 people, raising the overall toll since October 7 to 9,061, officials said.",
     [(12, "killed", "people"), (9061, "killed", "people")]),
    ("The toll since Jan 3 to 118 was confirmed by medics.", [(118, "killed", "people")]),
    # negatives: ranges with no month before them stay ranges; a month's day alone counts nobody
    ("Between 7 to 12 people were wounded in the blast.", [(7, "wounded", "people")]),
    ("The talks from Oct. 7 to 12 failed.", []),
])
def test_a_day_after_a_month_opens_no_range(sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # outcome nouns with 'of': "resulted in the martyrdom of N", "the injury of N", "the wounding of N"
    ("The bombardment resulted in the martyrdom of more than 2,100 citizens, including 600 children, and the "
     "injury of more than 9,000 others.",
     [(2100, "killed", "citizens"), (600, "killed", "children"), (9000, "wounded", "other citizens")]),
    ("The shelling led to the wounding of 14 villagers and the killing of two.",
     [(14, "wounded", "villagers"), (2, "killed", "villagers")]),
    ("Witnesses described the injuring of 30 worshippers at the gate.", [(30, "wounded", "worshippers")]),
    # negatives: 'injury of' before no figure, a martyrdom anniversary counts nobody
    ("The injury of the captain kept him out of the match.", []),
    ("They marked the martyrdom of Imam Hussein 1,300 years ago.", []),
])
def test_outcome_nouns_with_of(sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a sub-count naming only its outcome, with no claim before it in the sentence, is a part of the people the
    # cue hangs on (custody nouns included: dead hostages are dead)
    ("About 120 captives are still held in Gaza, including the bodies of at least 30 declared dead by the army.",
     [(30, "killed", "captives")]),
    ("The ferry carried 300 passengers, among them 12 injured.", [(12, "wounded", "passengers")]),
    ("The convoy was carrying 60 aid workers, including 5 wounded.", [(5, "wounded", "aid workers")]),
    # negatives: no person noun before the cue; a claim before it in the sentence stays the parent; a sub-count
    # with a group of its own under hostages stays out
    ("Rockets struck Haifa and Acre on Monday, including 5 wounded.", [(5, "wounded", "people")]),
    ("A strike killed 14 people, including 6 children.", [(14, "killed", "people"), (6, "killed", "children")]),
    ("Hamas released four hostages on Friday, including two elderly women.", []),
    ("About 120 captives are still held in Gaza, including the bodies of 30.", []),
])
def test_subcount_naming_only_its_outcome_takes_the_cue_host(sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Five people were pronounced dead at the scene.", [(5, "killed", "people")]),
    ("At least 30 were declared dead by the army.", [(30, "killed", "people")]),
    # negative: a declaration that is no death
    ("Five candidates were declared winners.", []),
])
def test_pronounced_or_declared_dead(sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an outcome word modifying a person noun after a count names the group: "three dead soldiers"
    ("Rescuers pulled three dead firefighters from the building.", [(3, "killed", "firefighters")]),
    ("The clinic took in 15 injured children overnight.", [(15, "wounded", "children")]),
    ("A strike killed 20 people, including 4 dead paramedics.",
     [(20, "killed", "people"), (4, "killed", "paramedics")]),
    # negatives: the outcome word alone is still the head; a partitive of the dead stays a subset
    ("Rescuers counted five dead after the blast.", [(5, "killed", "people")]),
    ("At least 90 of the dead were civilians.", [(90, "killed", "civilians")]),
])
def test_outcome_word_before_a_person_noun(sentence, expected):
    assert triples(sentence) == expected


def test_qualified_vague_plural_stays_vague():
    c = claims("Shelling killed at least dozens in the camp.")[0]
    assert (c.count, c.count_min, c.qualifier) == (None, 12, "vague")


# ---------------------------------------------------------------- the catalogue (formerly the module docstring)

@pytest.mark.parametrize("text, expected", [
    # a passive outcome after the figure
    ('13 Israelis have been killed in the attack.',
     [(13, 13, '', 'killed', 'Israelis', 'Israelis', None)]),
    # an adjectival outcome
    ('Five dead after the shelling of the camp.',
     [(5, 5, '', 'killed', 'people', 'people', None)]),
    # a toll phrase
    ('The death toll rose to 1,200 on Monday.',
     [(1200, 1200, '', 'killed', 'people', 'people', None)]),
    # a sub-count points to its parent
    ('The strikes killed 300 people, including 111 children.',
     [(300, 300, '', 'killed', 'people', 'people', None), (111, 111, '', 'killed', 'children', 'children', 0)]),
    # a later figure inherits the main claim's group, never a sub-count's
    ('The shelling killed 18 Palestinians, including 5 children, and wounded over 40.',
     [(18, 18, '', 'killed', 'Palestinians', 'Palestinians', None), (5, 5, '', 'killed', 'children', 'children', 0), (40, 41, 'more than', 'wounded', 'Palestinians', 'Palestinians', None)]),
    # a second object of one verb keeps its own group
    ('The war killed 2,200 Palestinians and 73 people on the Israeli side.',
     [(2200, 2200, '', 'killed', 'Palestinians', 'Palestinians', None), (73, 73, '', 'killed', 'people', 'people', None)]),
    # a clause with its own subject keeps its group and verb
    ('Israeli troops killed four militants, and 35 people were wounded.',
     [(4, 4, '', 'killed', 'militants', 'militants', None), (35, 35, '', 'wounded', 'people', 'people', None)]),
    # 'others' points back to the group
    ('The raid killed five civilians and wounded 11 others.',
     [(5, 5, '', 'killed', 'civilians', 'civilians', None), (11, 11, '', 'wounded', 'other civilians', 'civilians', None)]),
    # a figure coordinated after an object with no figure
    ('The strike killed him and three other Hezbollah fighters.',
     [(3, 3, '', 'killed', 'other Hezbollah fighters', 'militants', None)]),
    # the same, after a definite object
    ('The bomb wounded the driver and two passengers.',
     [(2, 2, '', 'wounded', 'passengers', 'civilians', None)]),
    # vague plurals: no count, a floor
    ('Dozens of protesters were hurt in the clashes.',
     [(None, 12, 'vague', 'wounded', 'protesters', 'protesters', None)]),
    ('Several hundred people were killed in the fighting.',
     [(None, 300, 'vague', 'killed', 'people', 'people', None)]),
    ('Tens of thousands have been killed in the war.',
     [(None, 10000, 'vague', 'killed', '', '', None)]),
    # exact scale words are exact
    ('Three hundred people were killed in the quake.',
     [(300, 300, '', 'killed', 'people', 'people', None)]),
    # vague words with no scale give no claim
    ('Many people were killed in the raid.',
     []),
    # coordinated sub-counts
    ('The strikes killed 104 people, including 65 children and 39 women.',
     [(104, 104, '', 'killed', 'people', 'people', None), (65, 65, '', 'killed', 'children', 'children', 0), (39, 39, '', 'killed', 'women', 'women', 0)]),
    # a colon breakdown
    ('The attack killed six people: two children, one soldier and three workers.',
     [(6, 6, '', 'killed', 'people', 'people', None), (2, 2, '', 'killed', 'children', 'children', 0), (1, 1, '', 'killed', 'soldier', 'soldiers', 0), (3, 3, '', 'killed', 'workers', 'workers', 0)]),
    # a dash breakdown
    ('Six Israelis – four civilians and two soldiers – were killed.',
     [(6, 6, '', 'killed', 'Israelis', 'Israelis', None), (4, 4, '', 'killed', 'civilians', 'civilians', 0), (2, 2, '', 'killed', 'soldiers', 'soldiers', 0)]),
    # an aside of names and ages between subject and verb
    ('Two officers, Ali Hassan and Dan Levi, both aged 19, were killed.',
     [(2, 2, '', 'killed', 'officers', 'security forces', None)]),
    # coordinated modifiers make one group
    ('The strikes killed 24 Hamas and Islamic Jihad fighters.',
     [(24, 24, '', 'killed', 'Hamas and Islamic Jihad fighters', 'militants', None)]),
    # a partitive sub-count in the next sentence
    ('The war has killed 7,000 people. 1,354 of the dead were civilians.',
     [(7000, 7000, '', 'killed', 'people', 'people', None), (1354, 1354, '', 'killed', 'civilians', 'civilians', 0)]),
    # an outcome-noun cue
    ('Some 120 people were killed. Of the martyrs, 50 were fighters.',
     [(120, None, 'about', 'killed', 'people', 'people', None), (50, 50, '', 'killed', 'fighters', 'militants', 0)]),
    # a listing appositive, then another part
    ('The strikes killed 300 people, most of them fighters but also 20 civilians.',
     [(300, 300, '', 'killed', 'people', 'people', None), (20, 20, '', 'killed', 'civilians', 'civilians', 0)]),
    # a part named by its manner
    ('Israeli forces have wounded 8,000 Palestinians, 1,360 of them by live fire.',
     [(8000, 8000, '', 'wounded', 'Palestinians', 'Palestinians', None), (1360, 1360, '', 'wounded', 'Palestinians', 'Palestinians', 0)]),
    # a sub-count's own outcome wins
    ('The raids wounded 65,087 people, including 165 killed.',
     [(65087, 65087, '', 'wounded', 'people', 'people', None), (165, 165, '', 'killed', 'people', 'people', 0)]),
    # the noun before the comma is the group
    ('Hamas freed 33 hostages, eight of whom were dead.',
     [(8, 8, '', 'killed', 'hostages', 'hostages', None)]),
    # a toll with its figure first
    ('The strike killed four, bringing to 110 the number of Palestinians killed this year.',
     [(4, 4, '', 'killed', 'people', 'people', None), (110, 110, '', 'killed', 'Palestinians', 'Palestinians', None)]),
    ('Two more died, raising to 62 the death toll.',
     [(2, 2, '', 'killed', 'people', 'people', None), (62, 62, '', 'killed', 'people', 'people', None)]),
    # a cue's outcome noun with a participle of record
    ('The ministry says 15,000 people were killed. Of the fatalities identified, 7,800 were children.',
     [(15000, 15000, '', 'killed', 'people', 'people', None), (7800, 7800, '', 'killed', 'children', 'children', 0)]),
    # 'lost' counts the dead only with a side as subject
    ('The company lost 64 workers in the crash.',
     []),
    # a sub-count under hostages names its own outcome
    ('94 hostages remain in Gaza, including the bodies of at least 34 dead.',
     [(34, 34, 'at least', 'killed', 'hostages', 'hostages', None)]),
    # a day after a month name opens no range
    ('The ministry raised the toll since Oct. 7 to 28,473.',
     [(28473, 28473, '', 'killed', 'people', 'people', None)]),
    # an outcome noun with 'of' is an active trigger
    ('The raid resulted in the martyrdom of 300 citizens and the injury of 900 others.',
     [(300, 300, '', 'killed', 'citizens', 'people', None), (900, 900, '', 'wounded', 'other citizens', 'people', None)]),
    # medical care counts the wounded
    ('Medics treated 100 people after the attack.',
     [(100, 100, '', 'wounded', 'people', 'people', None)]),
    ('12 were treated for wounds after the blast.',
     [(12, 12, '', 'wounded', 'people', 'people', None)]),
    # but not care for shock
    ('Twenty people were treated for shock after the blast.',
     []),
    # 'others' in the next sentence
    ('Rockets killed 12 people. Two others were hurt.',
     [(12, 12, '', 'killed', 'people', 'people', None), (2, 2, '', 'wounded', 'other people', 'people', None)]),
])
def test_catalogue(text, expected):
    # (count, count_min, qualifier, outcome, group, group_norm, index of the parent claim or None)
    got = claims(text)
    index = {c.claim_id: k for k, c in enumerate(got)}
    assert [(c.count, c.count_min, c.qualifier, c.outcome, c.group, c.group_norm, index.get(c.parent_id))
            for c in got] == expected


# ---------------------------------------------------------------- the group a toll names
@pytest.mark.parametrize("text, expected", [
    # a nationality adjective before the toll noun names the people
    ("The Jordanian death toll from the floods has passed 40, officials said.", [(40, "killed", "Jordanians")]),
    ("The Syrian death toll in the province climbed to 210.", [(210, "killed", "Syrians")]),
    ("Rescuers put the Egyptian death toll at 17.", [(17, "killed", "Egyptians")]),
    # "the number of" a noun naming the dead themselves
    ("The number of martyrs in the city has risen to 812.", [(812, "killed", "martyrs")]),
    # ... whom a wounded figure of the same sentence does not inherit
    ("The number of martyrs in the camp has risen to 95, in addition to 300 injured.",
     [(95, "killed", "martyrs"), (300, "wounded", "people")]),
    # a toll naming no group counts people
    ("According to the ministry, the death toll in the province has passed 5,000.", [(5000, "killed", "people")]),
    ("The number of dead reached 44 on Friday.", [(44, "killed", "people")]),
    # negatives: a group the sentence names stays, and a figure that is no toll gets no default
    ("Shelling killed 12 Yemenis on Monday, and the death toll has risen to 600.",
     [(12, "killed", "Yemenis"), (600, "killed", "Yemenis")]),
    ("The blast killed hundreds.", [(None, "killed", "")]),
    ("The number of visitors has passed 5,000.", []),
    # a toll restating another figure's running tally (within 5%) takes its group, before or after it, and a
    # figure of its sentence naming no group takes it too
    ("Over 21,000 Sudanese have been killed since April, aid groups said. The toll reached 21,340 on Sunday, "
     "the ministry said, with 33,000 injured.",
     [(21000, "killed", "Sudanese"), (21340, "killed", "Sudanese"), (33000, "wounded", "Sudanese")]),
    ("The health office said the toll had passed 7,000. It said 7,024 Yemenis had died in all.",
     [(7000, "killed", "Yemenis"), (7024, "killed", "Yemenis")]),
    # negatives: a far figure, or one of another outcome, is another tally
    ("Raids killed 14 Syrians on Monday. The death toll in the province rose to 1,200.",
     [(14, "killed", "Syrians"), (1200, "killed", "people")]),
    ("The death toll in the province rose to 5,000. Separately 4,990 Iraqis were wounded.",
     [(5000, "killed", "people"), (4990, "wounded", "Iraqis")]),
])
def test_toll_groups(text, expected):
    assert triples(text) == expected


# ---------------------------------------------------------------- ordinals and unit modifiers before a person noun
@pytest.mark.parametrize("text, expected", [
    ("A third fisherman was slightly wounded, the coastguard said.", [(1, "wounded", "third fisherman")]),
    ("A second Jordanian guard was killed later.", [(1, "killed", "second Jordanian guard")]),
    ("One Turkish special forces officer was killed in the ambush.",
     [(1, "killed", "Turkish special forces officer")]),
    ("A Syrian border guard was wounded by the blast.", [(1, "wounded", "Syrian border guard")]),
    # negatives: a fraction, an ordinal of no person, an ordinal with no count
    ("A third of the injured were women, the clinic said.", []),
    ("Nine were killed on the fourth day of the siege.", [(9, "killed", "people")]),
    ("The second guard killed in the raid was 19.", []),
    # an ordinal's person already counted in an earlier figure of its outcome is no new figure
    ("Gunmen shot dead three guards on Monday. A third guard was killed in the chase that followed.",
     [(3, "killed", "guards")]),
    ("Gunmen killed two guards at dawn. Hours later a third guard was killed.",
     [(2, "killed", "guards"), (1, "killed", "third guard")]),
    ("The raid killed three fishermen, and a fourth fisherman was wounded.",
     [(3, "killed", "fishermen"), (1, "wounded", "fourth fisherman")]),
])
def test_ordinal_and_unit_modifiers(text, expected):
    assert triples(text) == expected


# ---------------------------------------------------------------- a pronoun's passive outcome, for the opening subject
@pytest.mark.parametrize("text, expected", [
    ("A Jordanian guard fired at the patrol before he was shot dead.", [(1, "killed", "Jordanian guard")]),
    ("AMMAN (AP) — A Syrian smuggler crossed the border and fired at troops before he was wounded.",
     [(1, "wounded", "Syrians")]),
    # negatives: the pronoun acts, or its passive is no outcome; a subject that does not open the sentence
    ("A Jordanian guard fired at the patrol before he fled.", []),
    ("A Syrian smuggler crossed the border before he was arrested.", []),
    ("Officials said a guard fired before he was killed.", []),
])
def test_pronoun_outcomes(text, expected):
    assert triples(text) == expected


# ---------------------------------------------------------------- the reading view: wrapped lines, words cut at a line's end

def _column(*paragraphs: str) -> str:
    """A text pasted from a PDF or a wire printout: paragraphs already cut into lines, filler paragraphs around."""
    filler = ("Mediators from Egypt and Qatar met the negotiators again on Monday in a\n"
              "bid to narrow the gaps between the two sides before the talks resume in\n"
              "the Egyptian capital later this week, officials familiar with them said.")
    return "\n\n".join([filler, *paragraphs, filler])


@pytest.mark.parametrize("paragraph, expected", [
    # a people cut by a hyphen at a line's end (agency copy printed from a PDF)
    ("The health ministry said the toll had risen to more than 7,300 Palestini-\n"
     "ans since the war began on October 7, the ministry's spokesman told reporters.", [(7300, "killed", "Palestinians")]),
    ("Air raids on the northern districts overnight killed 23 civi-\n"
     "lians, among them a family of six, the civil defence agency reported.", [(23, "killed", "civilians")]),
    ("The army said 14 sol-\ndiers were wounded in the ambush near the border crossing on Sunday\n"
     "evening, two of them seriously, and that the attackers had fled.", [(14, "wounded", "soldiers")]),
    # the outcome word itself cut ("kil-\nled", "wound-\ned")
    ("A roadside bomb in the south of the province on Thursday kil-\n"
     "led five policemen who were escorting a convoy of fuel tankers.", [(5, "killed", "policemen")]),
    ("Witnesses said at least 30 protesters were wound-\ned when security forces fired at the crowd outside the\n"
     "governor's office in the old city.", [(30, "wounded", "protesters")]),
    # a figure and its noun on two lines, nothing cut (already read as one sentence; must stay)
    ("Israeli strikes on the southern part of the Strip overnight killed\n"
     "12 people, including four children, the ministry said on Tuesday.",
     [(12, "killed", "people"), (4, "killed", "children")]),
    # negatives: a cut word that is no people, numbers that count no casualties
    ("The militants fired more than 300 rock-\nets at towns in the south over the weekend, the army said,\n"
     "and most of them were intercepted.", []),
    ("The ministry said it had registered 1,400 com-\nplaints from residents of the camp since the start of the\n"
     "year about the water supply.", []),
    ("Talks on the release of the 40 deten-\ntion centre inmates held since the spring will resume on\n"
     "Thursday, the foreign ministry said in a statement.", []),
])
def test_reading_view_claims(paragraph, expected):
    text = _column(paragraph)
    doc = document_from_text("t", text, published="2023-10-24")
    found = cas.extract(Context(doc=doc))
    assert [(c.count, c.outcome, c.group) for c in found] == expected
    for c in found:  # provenance: the raw text's words at the raw text's offsets
        assert text[c.text_start:c.text_end] == c.text and text[c.start:c.end] == c.sentence


def test_reading_view_sub_count_keeps_its_parent():
    text = _column("Shelling of the market killed 40 Palesti-\nnians, including 11 chil-\n"
                   "dren, and wounded dozens of others, medics at the main hospital said.")
    found = cas.extract(Context(doc=document_from_text("t", text, published="2023-10-24")))
    by_id = {c.claim_id: c for c in found}
    kids = [c for c in found if c.count == 11]
    assert kids and by_id[kids[0].parent_id].count == 40 and by_id[kids[0].parent_id].group == "Palestinians"
