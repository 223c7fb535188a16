"""Figures of one sentence: each count linked to an outcome and a group (a ``Draft``).

Idea: walk the counts of a sentence left to right and decide for each whether it is a casualty figure, what
outcome governs it, whom it counts, and whether it is a part of an earlier figure.

Approach: ``sentence_drafts`` reads a ``quantity`` at each token, skips ages and non-casualty nouns, reads the
group after it (``group_at``), looks for an outcome on either side (``outcomes``), then for sub-count cues,
partitives, breakdowns and coordinated objects (``subcounts``). The drafts carry token positions; ``claims``
turns them into records.

Example:
    >>> from lib.extract.casualties.lexicon import tokenize
    >>> [(d.quant.count, d.outcome, d.group.words) for d in sentence_drafts(tokenize("killed 18 Palestinians"))]
    [(18, 'killed', 'Palestinians')]
"""
from __future__ import annotations

from dataclasses import replace

from lib.extract.casualties.counts import quantity, quantity_starts
from lib.extract.casualties.groups import Group, group_at
from lib.extract.casualties.lexicon import AUX, DETERMINERS, TREAT_VERBS, Tok, lexicon, match_phrase
from lib.extract.casualties.outcomes import (
    Draft,
    conjunct_outcome,
    estimated_toll,
    injury_tail,
    inverted_toll,
    left_outcome,
    loss_outcome,
    perfect_before,
    right_outcome,
    toll_group,
    treated_injured,
)
from lib.extract.casualties.subcounts import (
    antecedent_group,
    breakdown_items,
    copula_sibling,
    list_parent,
    list_separated,
    only_joiners,
    partitive_part,
    partitive_subset,
    subcount_cue,
)

# Words that may follow a bare count ("killed 18 in Jenin", "18 were killed") without naming a group.
BARE_FOLLOWERS = frozenset(
    """in on at near during and or were was have had has are is when after while as including since across
    inside overnight so others more people , . ; : — – - ) ( " ” ’ 's later yesterday today over by within
    according with this last""".split()
)
FINITE_AUX = frozenset("were was are is have has had will would".split())  # a subject's own verb follows
NEGATIONS = frozenset("no not none nobody without zero".split())
# Cues after which one person named with an article is an example of the figure ("including a child"), whereas a
# breakdown after a colon or a dash counts them ("14 people: nine militants, four civilians and a paramedic").
EXAMPLE_CUES = frozenset("including among".split())
CLAIM_VERBS = frozenset("claimed claiming claims claim took taking takes cost costing".split())  # "... 500 lives"


def sentence_drafts(toks: list[Tok]) -> list[Draft]:
    """Counts linked to an outcome in one sentence, in order."""
    lex = lexicon()
    drafts: list[Draft] = []
    i = 0
    covered = -1
    starts = quantity_starts(toks)  # no count can begin at any other token
    while i < len(toks):
        if i < covered or i not in starts:
            i += 1
            continue
        q = quantity(toks, i)
        if q is None:
            i += 1
            continue
        num_at = q.i if not q.qualifier or q.qualifier in ("vague", "between") else \
            match_phrase(toks, q.i, lex.qualifiers)[1]
        prev = toks[q.i - 1].low if q.i > 0 else ""
        nxt = toks[q.j].low if q.j < len(toks) else ""
        # ages ("Ali, 16, was killed", "aged 16"), ordinals, sentence-internal years
        if q.kind == "num" and (prev in ("aged", "age", "ages") or (prev == "," and nxt == ",")):
            i = q.j
            continue
        if prev in NEGATIONS:  # "no one was killed"
            i = q.j
            continue
        if q.kind == "num" and nxt in ("%", "percent", "per"):
            i = q.j
            continue
        if _ratio(toks, q.j):  # "one in every 100 Gazans", "one out of five": a rate, not a count
            i = q.j
            continue
        inverted = inverted_toll(toks, q)
        if inverted is not None:  # "bringing to 110 the number of Palestinians killed"
            outcome, group, end = inverted
            d = Draft(q, group, outcome, num_at, inherit_group=group is None, aux_perfect=perfect_before(toks, q.i))
            d.extra.update(trigger=toks[q.i - 1].start, toll=True, end=end)
            drafts.append(d)
            covered = i = end
            continue
        estimated = estimated_toll(toks, q)
        if estimated is not None:  # "put the number of Israelis killed at about 60": the toll's figure is after it
            outcome, group, verb = estimated
            if group is not None:  # the group's words stay; the figure's text is the figure alone
                group = replace(group, i=q.j, j=q.j)
            d = Draft(q, group, outcome, num_at, inherit_group=group is None,
                       aux_perfect=perfect_before(toks, verb))
            d.extra.update(trigger=toks[verb].start, toll=True, end=q.j)
            drafts.append(d)
            covered = i = q.j
            continue
        group = group_at(toks, q.j) or _family_of(toks, q)
        sibling = copula_sibling(toks, q, group, drafts)
        if sibling is not None:  # "Of those, 60 were children and 20 were women"
            d = Draft(q, sibling, "?", num_at)
            d.extra.update(subcount=drafts[-1].extra["subcount"], cue_at=q.i, sibling_sub=len(drafts) - 1,
                           end=sibling.j)
            drafts.append(d)
            covered = i = sibling.j
            continue
        non = match_phrase(toks, q.j, lex.noncasualty_table)
        if non and not (group and group.j > q.j):
            i = q.j
            continue
        if group is None:
            if q.kind == "article" or q.year_like:
                i += 1 if q.kind == "article" else q.j - i
                continue
            if nxt and nxt not in BARE_FOLLOWERS and nxt not in AUX and nxt not in {w[0] for w in lex.after} and \
                    not match_phrase(toks, q.j, lex.after):
                i = q.j
                continue
        if group is not None and group.partitive and group.outcome:  # "one of the wounded": a subset
            subset = partitive_subset(toks, group.j)
            if subset is None:
                i = group.j
                continue
            # "1,354 of the dead were civilians": a sub-count of the dead, with the group after the copula
            d = Draft(q, subset, group.outcome, num_at)
            d.extra.update(subcount=tuple(t.low for t in toks[q.j:group.j]), cue_at=q.i, end=subset.j)
            drafts.append(d)
            covered = i = subset.j
            continue
        if q.kind == "article" and group is not None and (
                not group.singular or toks[group.j - 1].low in lex.single_targets):
            i += 1  # "a commander of the militia was killed": one figure's killing, not a count of victims
            continue
        end = group.j if group else q.j
        outcome = group.outcome if group and group.outcome else ""
        cue = subcount_cue(toks, q.i)
        d = Draft(q, group, outcome, num_at)
        if cue:
            d.extra["cue_at"] = q.i - len(cue)
        elif not outcome and group is not None and not group.partitive:
            part = breakdown_items(toks, q.i, end, group, drafts)
            if part is not None:  # "Six Israelis – four civilians and two soldiers –", "65 children and 39 women"
                cue = part[0]
                d.extra.update(part[1])
            elif drafts and "subcount" in drafts[-1].extra and list_separated(toks, drafts[-1].extra["end"], q.i):
                main = next((x for x in reversed(drafts) if "subcount" not in x.extra), None)
                if main is not None and main.extra.get("active") and not right_outcome(toks, end):
                    # "killed 30 Palestinians, including five children, and two Israelis": the verb's next object
                    outcome = main.outcome
                    d.extra["sibling"] = True
                    d.aux_perfect = main.aux_perfect
        if outcome:  # "has claimed more than 500 lives"
            d.aux_perfect = perfect_before(toks, q.i)
        if not outcome and group is not None and group.i < q.i:  # "killed a family of six": the verb is before
            outcome, trigger, toll = left_outcome(toks, group.i)
            if outcome and not toll:
                _active_trigger(d, toks, trigger, perfect_at=group.i)
            else:
                outcome = ""
        if not outcome:
            outcome, trigger, toll = left_outcome(toks, q.i)
            if outcome:
                _active_trigger(d, toks, trigger, perfect_at=q.i, toll=toll)
                if toll and group is None:  # "the Israeli death toll has passed 1,300": Israelis
                    group = d.group = toll_group(toks, trigger)
        if not outcome and not cue:
            loss = loss_outcome(toks, q.i, group)
            if loss is not None:  # "Israel has lost 64 soldiers"
                outcome = "killed"
                _active_trigger(d, toks, loss, perfect_at=loss)
        if not outcome and not cue:
            conj = conjunct_outcome(toks, q.i)
            if conj is not None and (not drafts or drafts[-1].extra.get("end", drafts[-1].quant.j) <= conj[1]) \
                    and not right_outcome(toks, end) and not (
                    end < len(toks) and toks[end].low in FINITE_AUX):
                # "killed him and three other fighters": the figure is the verb's second object
                outcome, trigger = conj
                _active_trigger(d, toks, trigger, perfect_at=trigger)
        if not outcome and not cue:  # "the Red Crescent said it treated about 100 people"
            verb = q.i - 1 if q.i > 0 and toks[q.i - 1].low not in DETERMINERS else q.i - 2
            if verb >= 0 and toks[verb].low in TREAT_VERBS and treated_injured(toks, end):
                outcome = "wounded"
                _active_trigger(d, toks, verb, perfect_at=None)
        if not outcome and not cue:
            listed = list_parent(toks, q.i, drafts)
            if listed and end < len(toks) and (toks[end].low in AUX or match_phrase(toks, end, lex.after)):
                listed = None  # "..., and 240 people were taken hostage": a clause of its own
            if listed:  # "..., most of them fighters but also 20 civilians": another part of the same figure
                cue = tuple(t.low for t in toks[listed[1]:q.i])
                d.extra.update(cue_at=listed[1], parent_draft=listed[0])
                outcome = drafts[listed[0]].outcome
                d.aux_perfect = drafts[listed[0]].aux_perfect
        if not outcome and drafts and drafts[-1].extra.get("active") and \
                (only_joiners(toks, drafts[-1].extra["end"], q.i) or group is not None and group.words
                 and _place_then_joiner(toks, drafts[-1].extra["end"], q.i)) and not right_outcome(toks, end) and \
                not (end < len(toks) and toks[end].low in FINITE_AUX):
            # a figure with a verb of its own opens a new clause ("killing a man, and 35 people were wounded",
            # "killed 1,200 people, and 240 were taken hostage")
            # "killed 13 Israeli soldiers and 31 Palestinians": objects of one verb
            outcome = drafts[-1].outcome
            d.extra["sibling"] = True
            d.aux_perfect = drafts[-1].aux_perfect
        if not outcome and not cue and group is not None and _along_with(toks, num_at if q.qualifier else q.i):
            # "A Hezbollah commander was killed along with two others": they share the outcome just before
            outcome = _along_with(toks, num_at if q.qualifier else q.i)
        if not outcome and not cue and group is not None and group.words and drafts and \
                _shares_passive(toks, drafts[-1], q.i, end):
            # "17 soldiers were killed in Lebanon, as well as 40 civilians in northern Israel"
            outcome = drafts[-1].outcome
            d.extra["sibling"] = True
            d.aux_perfect = drafts[-1].aux_perfect
        if outcome and not cue and (not (group and group.outcome) or q.i > 0 and toks[q.i - 1].low in CLAIM_VERBS
                                    or num_at > 0 and toks[num_at - 1].low in CLAIM_VERBS):
            d.extra["active"] = True  # "killed 18", "has claimed 2,100 lives": a verb whose next object may follow
        if not outcome and not cue and group is not None and group.partitive and not group.words:
            subset = partitive_part(toks, q, group, drafts)
            if subset is not None:  # "Five of them were children": a part of the figure before
                cue = tuple(t.low for t in toks[q.j:group.j])
                d.extra["cue_at"] = q.i
                if subset is group and injury_tail(toks, group.j):  # ", four of them with gunshot wounds"
                    d.extra["tail"] = injury_tail(toks, group.j)
                group = d.group = subset
                end = subset.j
        if not outcome and cue:
            d.extra["subcount"] = cue
            if group is None and q.j + 1 < len(toks) and toks[q.j].low in ("were", "are", "was"):
                group = group_at(toks, q.j + 1)
                d.group = group
                end = group.j if group else end
            # a sub-count's own outcome word wins over its parent's ("65,087 wounded ..., including 165 killed")
            own = None if group is not None and group.partitive else right_outcome(toks, end)
            outcome = own[0] if own and all(t.low in AUX for t in toks[end:own[1]]) else "?"
        if not outcome:
            r = right_outcome(toks, end)
            if r and r[2] and _participle_object(toks, q.i):
                r = None  # "fighters holding 240 hostages were killed": the passive's subject is the fighters
            if r:
                outcome = r[0]
                d.extra["passive_at"] = r[1]
                d.aux_perfect = any(t.low in ("have", "has") for t in toks[end:r[1]])
                if not r[2] and drafts and drafts[-1].aux_perfect and q.i > 0 and toks[q.i - 1].low == "and":
                    d.aux_perfect = True  # "have been killed and 9,500 wounded": the auxiliary is shared
        if not outcome and q.kind == "article" and group is not None and _opens_sentence(toks, q.i):
            r = _pronoun_outcome(toks, end)
            if r is not None:  # "An Egyptian policeman crossed the border ... before he was killed"
                outcome = r
                d.extra["pronoun"] = True
        if not outcome:
            i = q.j if q.kind != "article" else i + 1
            continue
        d.outcome = outcome
        if cue and outcome != "?":
            d.extra["subcount"] = cue
        if group is not None and group.partitive and not group.words and not cue:
            ante = antecedent_group(toks, q.i, drafts)
            if ante is not None:  # "freed 33 hostages, eight of whom were dead": the group is the noun before
                group = d.group = replace(ante, i=group.i, j=group.j, partitive=False)
        if (group is None or (group.partitive or group.outcome) and not group.words) and not _whole_of_part(toks, q.i):
            # "killed 1,200 people and 5,431 injured": an outcome noun alone names no group
            d.inherit_group = True
        d.extra["end"] = end
        if q.kind == "article" and EXAMPLE_CUES & set(d.extra.get("subcount", ())):
            # "16 of its members, among them a medic, were killed": one person named in a breakdown is an example
            # of the figure, not a count of its own (kept as a draft so that the list's next item finds its parent)
            d.extra["example"] = True
        drafts.append(d)
        covered = end
        i = end
    return drafts


PLACE_PREPS = frozenset("in on at near inside outside across".split())


def _place_then_joiner(toks: list[Tok], a: int, b: int) -> bool:
    """A place phrase and then only joiners between tokens ``a`` and ``b`` ("killed 256 Palestinians in Gaza and 13
    people in Israel": "in Gaza and"): a preposition, "the" and capitalised names.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("killed 256 Palestinians in Gaza and 13 people")
    >>> _place_then_joiner(toks, 3, 6), _place_then_joiner(tokenize("killed 2 men in clashes and 3 people"), 3, 6)
    (True, False)
    """
    if a >= b or toks[a].low not in PLACE_PREPS:
        return False
    k = a + 1
    if k < b and toks[k].low == "the":
        k += 1
    start = k
    while k < b and k - start < 4 and toks[k].text[:1].isupper() and toks[k].text.replace("-", "").isalpha():
        k += 1
    return k > start and only_joiners(toks, k, b)


def _family_of(toks: list[Tok], q) -> Group | None:
    """The family a figure counts in "a family of six" (its words before the figure), else None.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("killed a family of six")
    >>> _family_of(toks, quantity(toks, 4)).words
    'family members'
    """
    k = q.i - 2
    if k < 1 or (toks[k].low, toks[k + 1].low) != ("family", "of") or toks[k - 1].low not in ("a", "an", "the", "one"):
        return None
    return Group(k - 1, q.j, words="family members", norm="family members", generic=False)


ALONG = (("along", "with"), ("together", "with"), ("alongside",))


def _along_with(toks: list[Tok], i: int) -> str:
    """The outcome of a passive or adjectival outcome word right before "along with" / "together with" /
    "alongside" that opens the figure at token ``i`` ("was killed along with two others" -> killed), else ''.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("A commander was killed along with two others")
    >>> _along_with(toks, 6), _along_with(tokenize("He met along with two others"), 4)
    ('killed', '')
    """
    lex = lexicon()
    for words in ALONG:
        k = i - len(words)
        if k > 0 and tuple(t.low for t in toks[k:i]) == words:
            if toks[k - 1].low == ",":
                k -= 1
            for x in range(max(0, k - 4), k):
                m = match_phrase(toks, x, lex.after)
                if m and m[1] == k and lex.after[m[0]] in ("killed", "wounded"):
                    return lex.after[m[0]]
    return ""


def _ratio(toks: list[Tok], j: int) -> bool:
    """Does a rate's second term start at token ``j`` ("in every 100", "in 50", "out of every five")?

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> _ratio(tokenize("one in every 100 Gazans"), 1), _ratio(tokenize("one in Gaza"), 1)
    (True, False)
    """
    k = j
    if k + 1 < len(toks) and (toks[k].low, toks[k + 1].low) == ("out", "of"):
        k += 2
    elif k < len(toks) and toks[k].low == "in":
        k += 1
    else:
        return False
    if k < len(toks) and toks[k].low in ("every", "each"):
        k += 1
    second = quantity(toks, k) if k < len(toks) else None
    return second is not None and second.kind == "num" and not second.year_like  # "three in 2023" is a date


CLAUSE_END = frozenset({".", ",", ";", ":", "in", "on", "at", "near", "since", "during", "across", "inside"})


def _shares_passive(toks: list[Tok], prev: Draft, i: int, end: int) -> bool:
    """Does the figure at token ``i`` (its group ending at ``end``) share the passive verb of the figure before it,
    added after the verb's phrase by "as well as" or "and" and ending its clause ("17 soldiers were killed in
    Lebanon, as well as 40 civilians in northern Israel")? Not when another figure, an auxiliary or a clause break
    stands between, or a verb of its own follows ("and 40 civilians fled").

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("17 soldiers were killed in Lebanon, as well as 40 civilians in Israel")
    >>> d = Draft(quantity(toks, 0), None, "killed", 0, extra={"passive_at": 3})
    >>> _shares_passive(toks, d, 10, 12), _shares_passive(tokenize("17 soldiers were killed and 40 civilians fled"), d, 5, 7)
    (True, False)
    """
    at = prev.extra.get("passive_at")
    if at is None or at >= i:
        return False
    words = [t.low for t in toks[at + 1:i]]
    if words[-3:] == ["as", "well", "as"]:
        words = words[:-3]
    elif words[-1:] == ["and"]:
        words = words[:-1]
    else:
        return False
    if words and words[-1] == ",":
        words = words[:-1]
    if any(w in AUX or w in (",", ";", ":", "and", "but", "while") or w[:1].isdigit() for w in words):
        return False
    return end >= len(toks) or toks[end].low in CLAUSE_END


def _participle_object(toks: list[Tok], i: int) -> bool:
    """Is the figure at token ``i`` the object of a present participle ("holding 240 hostages", "carrying 30
    passengers"), which no outcome word governs? Outcome verbs ("killing 5") and cues ("including 5") are not.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> _participle_object(tokenize("fighters holding 240 hostages were killed"), 2)
    True
    >>> _participle_object(tokenize("including 5 children were killed"), 1)
    False
    """
    lex = lexicon()
    k = i - 1
    if k >= 0 and toks[k].low in DETERMINERS:
        k -= 1
    return k >= 0 and toks[k].text.islower() and toks[k].low.endswith("ing") and toks[k].low not in PARTICIPLE_CUES \
        and not any(match_phrase(toks, x, lex.before) for x in range(max(0, k - 3), k + 1))


PARTICIPLE_CUES = frozenset({"including", "excluding", "among", "bringing", "raising", "taking", "pushing"})


def _whole_of_part(toks: list[Tok], i: int) -> bool:
    """Is the figure at token ``i`` the whole a part was counted among ("12 Britons are among the 1,200 killed")? Its
    people are not the part's.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> _whole_of_part(tokenize("12 Britons are among the 1,200 killed"), 5), _whole_of_part(tokenize("and 1,200 killed"), 1)
    (True, False)
    """
    return i >= 1 and toks[i - 1].low == "among" or i >= 2 and toks[i - 2].low == "among" and \
        toks[i - 1].low in ("the", "those")


SUBJECT_PRONOUNS = frozenset({"he", "she"})
DASHES = frozenset({"—", "–", "-", "--"})


def _opens_sentence(toks: list[Tok], i: int) -> bool:
    """Is token ``i`` the sentence's first word, or the first after a dateline's dash?"""
    return i == 0 or toks[i - 1].low in DASHES


def _pronoun_outcome(toks: list[Tok], j: int) -> str | None:
    """The passive outcome of "he"/"she" later in the sentence, pointing back to the singular subject that opens it
    ("An Egyptian policeman crossed into Israel and shot three soldiers before he was killed": killed); None when
    the pronoun acts ("he fled", "he killed") or is no passive of an outcome ("he was arrested").

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("A gunman opened fire on a bus before he was shot dead by police")
    >>> _pronoun_outcome(toks, 2)
    'killed'
    >>> _pronoun_outcome(tokenize("A gunman opened fire before he fled"), 2) is None
    True
    """
    for k in range(j, len(toks) - 2):
        if toks[k].low in SUBJECT_PRONOUNS:
            if toks[k + 1].low not in ("was", "had", "has"):
                return None
            r = right_outcome(toks, k + 1)
            return r[0] if r is not None and r[2] and all(t.low in AUX for t in toks[k + 1:r[1]]) else None
    return None


def _active_trigger(d: Draft, toks: list[Tok], k: int, perfect_at: int | None, toll: bool = False) -> None:
    """Record the outcome word before a figure at token ``k`` ("killed 18", "has lost 64", "treated 100"): where it
    is, whether it opens a toll phrase, and (when ``perfect_at`` is given) whether a present perfect ("has killed")
    stands before token ``perfect_at``."""
    if perfect_at is not None:
        d.aux_perfect = perfect_before(toks, perfect_at)
    d.extra["trigger"] = toks[k].start
    d.extra["toll"] = toll
