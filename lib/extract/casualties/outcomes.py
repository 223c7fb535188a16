"""Outcomes: the word that says what happened to the people a figure counts (killed, wounded, ...).

Idea: a figure is a casualty only when an outcome word governs it in the same clause: an active verb before it
("killed 18", "claimed the lives of 86"), a passive or adjectival one after it ("13 Israelis have been killed",
"5 dead"), an outcome noun as its head ("505 deaths"), a toll phrase ("the death toll rose to 1,200") or medical
care ("12 were treated for wounds").

Approach: ``left_outcome`` looks back from the figure, ``right_outcome`` forward over auxiliaries, hedges and
asides; the toll readers (``inverted_toll``, ``estimated_toll``) handle figures placed after their noun; a second
verb of the same subject (``conjunct_outcome``) passes its outcome on. ``Draft`` is a figure linked to its
outcome and group before it becomes a claim.

Example:
    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("13 Israelis have been killed")
    >>> right_outcome(toks, 2)[:2]
    ('killed', 4)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lib.extract.casualties.counts import Quant, quantity
from lib.extract.casualties.groups import NAMING_OUTCOME_NOUNS, Group, appositive_end, group_at, nominal_at
from lib.extract.casualties.lexicon import (
    AUX,
    DETERMINERS,
    PRONOUN_SOURCES,
    RELATIVE,
    TREAT_VERBS,
    Tok,
    lexicon,
    match_phrase,
    phrase_ending,
)

# Words opening a prepositional or temporal phrase between a subject and its verb ("86 Palestinians in the
# West Bank this year have been killed"), and the words such a phrase may contain.
PREPS = frozenset("in on at near from across inside during since over throughout this last so of".split())
FILLER = frozenset(
    """the a an of this last past same year years month months week weeks weekend day days night morning
    evening afternoon period strip bank city camp area region village town southern northern eastern western
    central occupied so far date two separate israeli palestinian attack strike strikes raid raids shelling
    clashes violence fighting war conflict incident incidents attacks airstrike airstrikes bombing one single
    family families household""".split()
)
# Appositive-ending tokens after a partitive parenthetical (", including ..., ").
PARENTHETICAL = ("including", "among", "mostly", "most", "many", "all", "both", "some", "the majority",
                 "half", "nearly all", "almost all", "mainly")
HOSPITAL_VERBS = frozenset({"hospitalised", "hospitalized"})  # medical by themselves
TOLL_NOUNS = frozenset({"toll", "tally"})
TOLL_VERBS = frozenset("""rose risen rising climbed climbing jumped increased reached reaching hit hits stands stood
    stand is was at to of passed exceeded exceeds surpassed topped tops now has had rises climbs jumps increases
    reaches passes passing surpasses surpassing exceeding topping nears neared nearing approaches approached
    approaching crosses crossed crossing soared soars mounted mounts grew grows""".split())
OBJECT_STARTS = frozenset("a an the his her their its two three four five six seven eight nine ten".split())


def left_outcome(toks: list[Tok], i: int) -> tuple[str, int, bool]:
    """Outcome of an active verb, 'noun of' or toll phrase just before token ``i`` ->
    (outcome, index of the trigger word, is a toll). ('', i, False) when there is none."""
    lex = lexicon()
    m = phrase_ending(toks, i, lex.before)
    if m:
        return lex.before[m[0]], m[1], False
    if i > 1 and toks[i - 1].low in DETERMINERS:  # "wounded his two sisters", "killed the three men"
        m = phrase_ending(toks, i - 1, lex.before)
        if m:
            return lex.before[m[0]], m[1], False
    # "the death toll rose to", "the Palestinian death toll has climbed to", "the number of dead reached"
    k = i
    steps = 0
    while k > 0 and toks[k - 1].low in TOLL_VERBS and steps < 4:
        k -= 1
        steps += 1
    if not steps:
        return "", i, False
    # the toll noun may sit a short phrase away: "the death toll since Oct. 7 had risen to"
    for back in range(k - 1, max(k - 9, -1), -1):
        if toks[back].low in (",", ";"):
            break
        prev = toks[back - 1].low if back > 0 else ""
        if toks[back].low in TOLL_NOUNS:
            return ("wounded" if prev in ("injury", "injuries", "wounded") else "killed"), back, True
        noun = lex.nouns.get((toks[back].low,)) or lex.after.get((toks[back].low,))
        if noun and back > 1 and (toks[back - 2].low, prev) == ("number", "of"):
            return noun, back - 2, True
    far = far_toll(toks, k)
    return far if far is not None else ("", i, False)


# A toll's subject may stand a long modifier away from its verb in one clause ("the death toll of the massacre
# committed by warplanes in the market of Maarat al-Numan ... has risen to 39"); these words end the clause.
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", ".", "but", "while", "whereas", "said", "says"})
FAR_TOLL_SPAN = 30


def far_toll(toks: list[Tok], k: int) -> tuple[str, int, bool] | None:
    """A toll noun phrase opening with "the" in the clause before the toll verb at token ``k``, however long its
    modifiers ("the number of Palestinians killed since October 7 has risen to", "the death toll among
    Palestinians in the Strip had risen to") -> (outcome, index of the toll noun or "number", True), else None.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("the total number of Palestinians killed since October 7 had risen to 3,300")
    >>> far_toll(toks, 9)
    ('killed', 2, True)
    >>> far_toll(tokenize("the death toll is unclear, but the fighting has risen to 30"), 9) is None
    True
    """
    for j in range(k - 1, max(k - FAR_TOLL_SPAN, -1), -1):
        if toks[j].low in CLAUSE_BREAKS:
            return None
        if toks[j].low != "the":
            continue
        phrase = _toll_phrase(toks, j)
        if phrase is not None and phrase[2] <= k:
            noun = next(x for x in range(j + 1, k) if toks[x].low in TOLL_NOUNS or toks[x].low == "number")
            return phrase[0], noun, True
    return None


# Outcome nouns after "the number of" that name the people themselves, so they are the toll's group ("the number
# of martyrs has risen to 900": martyrs); "the number of dead" or "of deaths" names no group.
TOLL_PERSON_NOUNS = NAMING_OUTCOME_NOUNS


def toll_group(toks: list[Tok], trigger: int) -> Group | None:
    """The group a toll phrase names, from its trigger word (the toll noun or "number"): a nationality adjective
    before the toll noun ("the Israeli death toll" -> Israelis) or a people noun after "the number of" ("the number
    of martyrs" -> martyrs); None when the phrase names none ("the death toll in the enclave").

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("The Lebanese death toll has passed 2,000")
    >>> toll_group(toks, 3).nationality
    'Lebanese'
    >>> toll_group(tokenize("the number of martyrs has risen to 900"), 1).words
    'martyrs'
    >>> toll_group(tokenize("the death toll in the city rose to 12"), 2) is None
    True
    """
    lex = lexicon()
    if trigger + 2 < len(toks) and toks[trigger].low == "number":
        noun = toks[trigger + 2]
        if noun.low in TOLL_PERSON_NOUNS:
            return Group(trigger + 2, trigger + 3, words=noun.text, norm=noun.low, generic=True)
        # "the (total) number of Palestinians killed": Palestinians
        the = next((x for x in range(trigger - 1, max(trigger - 5, -1), -1) if toks[x].low == "the"), None)
        phrase = _toll_phrase(toks, the) if the is not None else None
        return phrase[1] if phrase is not None else None
    if trigger + 2 < len(toks) and toks[trigger + 1].low == "among":  # "the death toll among Palestinians"
        g = group_at(toks, trigger + 2)
        if g is not None and g.words and not g.partitive and not g.outcome:
            return g
    k = trigger - 1
    while k >= 0 and toks[k].text.isalpha() and toks[k].low not in ("the", "a", "an") and trigger - k <= 4:
        m = match_phrase(toks, k, lex.nationalities)
        if m:
            people = lex.nationalities[m[0]]
            return Group(k, m[1], norm=people, nationality=people, generic=True)
        k -= 1
    if k >= 0 and toks[k].low.endswith(("'s", "’s")) and toks[k].low[:-2] in FORCE_POSSESSORS:
        return Group(k, k + 1, words="soldiers", norm="soldiers", generic=False)  # "the army's toll": soldiers
    return None


FORCE_POSSESSORS = frozenset({"army", "military", "idf"})  # a toll they own counts soldiers

def _toll_phrase(toks: list[Tok], j: int) -> tuple[str, Group | None, int] | None:
    """A toll noun phrase opening with "the" at token ``j`` -> (outcome, group or None, end index), else None:
    "the death toll", "the number of dead", "the number of Palestinians killed".

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("the number of Israelis killed in the same period")
    >>> outcome, group, end = _toll_phrase(toks, 0)
    >>> outcome, group.words, toks[end].text
    ('killed', 'Israelis', 'in')
    >>> _toll_phrase(tokenize("the number of visitors"), 0) is None
    True
    """
    lex = lexicon()
    if j >= len(toks) or toks[j].low != "the":
        return None
    k = j + 1
    while k < len(toks) and k - j <= 4 and toks[k].low not in TOLL_NOUNS and toks[k].low != "number":
        if not toks[k].text.isalpha():
            return None
        k += 1
    if k >= len(toks):
        return None
    if toks[k].low in TOLL_NOUNS:  # "the death toll", "the overall injury toll", "the Palestinian death toll"
        wounded = any(t.low in ("injury", "injuries", "wounded") for t in toks[j + 1:k])
        return ("wounded" if wounded else "killed"), toll_group(toks, k), k + 1
    if k + 1 >= len(toks) or toks[k + 1].low != "of":
        return None
    m = match_phrase(toks, k + 2, lex.nouns)  # "the number of dead"
    if m and nominal_at(toks, k + 2) is not None and nominal_at(toks, k + 2)[5]:
        return lex.nouns[m[0]], None, m[1]
    g = group_at(toks, k + 2)
    if g is None or g.partitive or g.outcome:
        return None
    m = match_phrase(toks, g.j, lex.after)  # "the number of Palestinians killed"
    if not m or lex.after[m[0]] not in ("killed", "wounded"):
        return None
    return lex.after[m[0]], g, m[1]


def inverted_toll(toks: list[Tok], q: Quant) -> tuple[str, Group | None, int] | None:
    """A toll whose figure comes before its noun: "bringing to 110 the number of Palestinians killed", "raising to
    62 the death toll", "taking to 300 the number of dead" -> (outcome, group or None, end index), else None.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("bringing to at least 110 the number of Palestinians killed since March")
    >>> outcome, group, end = inverted_toll(toks, quantity(toks, 2))
    >>> outcome, group.words, toks[end].text
    ('killed', 'Palestinians', 'since')
    >>> inverted_toll(tokenize("rose to 110 the day after"), quantity(tokenize("rose to 110 the day after"), 2))
    """
    if q.i == 0 or toks[q.i - 1].low != "to" or q.j >= len(toks) or toks[q.j].low != "the":
        return None
    return _toll_phrase(toks, q.j)


# Verbs of estimating that take a toll and its figure after "at": "put the death toll at 60".
ESTIMATE_VERBS = frozenset("put puts putting placed places placing set sets setting estimated estimates estimating "
                           "pegged pegs".split())


def estimated_toll(toks: list[Tok], q: Quant) -> tuple[str, Group | None, int] | None:
    """A toll estimated at a figure after it: "put the number of Israelis killed in the same period at about 60",
    "officials placed the death toll at 30" -> (outcome, group or None, index of the verb), else None. The phrase
    between the toll and "at" stays in one clause (no comma) and is short.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("Army figures put the number of Israelis killed since 1987 at about 60.")
    >>> outcome, group, verb = estimated_toll(toks, quantity(toks, 11))
    >>> outcome, group.words, toks[verb].text
    ('killed', 'Israelis', 'put')
    >>> toks = tokenize("They put the number of visitors at 60.")
    >>> estimated_toll(toks, quantity(toks, 7)) is None
    True
    """
    at = q.i - 1
    if at < 2 or toks[at].low != "at":
        return None
    for v in range(at - 2, max(at - 16, -1), -1):
        if toks[v].low in (",", ";", ":", ".", "(", ")"):
            return None
        if toks[v].low in ESTIMATE_VERBS and toks[v + 1].low == "the":
            phrase = _toll_phrase(toks, v + 1)
            if phrase is None or phrase[2] > at or at - phrase[2] > 8:
                return None
            return phrase[0], phrase[1], v
    return None


# "Israel has lost 64 soldiers": 'lost' counts the dead only with a side as its subject and people as its object.
LOSS_VERBS = frozenset("lost lose loses losing".split())
LOSS_SUBJECTS = frozenset("""army military forces side country state regime militia movement group brigade brigades
    battalion unit coalition alliance faction government""".split())
LOSS_FILLERS = frozenset("has have had so far already reportedly now also".split())


def loss_outcome(toks: list[Tok], i: int, group: Group | None) -> int | None:
    """Index of a verb 'lost' meaning killed just before the figure at token ``i``, else None: its object is a
    group of people and its subject a side, a proper name or a word like army or forces ("Israel has lost 64
    soldiers", "the army lost three officers"), never a party losing seats or a firm losing staff to layoffs.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("Israel has lost 64 soldiers and four civilians")
    >>> loss_outcome(toks, 3, group_at(toks, 4))
    2
    >>> toks = tokenize("the company lost 64 workers")
    >>> loss_outcome(toks, 3, group_at(toks, 4)) is None
    True
    """
    v = i - 1
    if v >= 0 and toks[v].low in DETERMINERS:
        v -= 1
    if v < 1 or toks[v].low not in LOSS_VERBS or group is None or not group.words or group.partitive or \
            group.outcome:
        return None
    s = v - 1
    while s > 0 and toks[s].low in LOSS_FILLERS:
        s -= 1
    subj = toks[s]
    proper = subj.text[:1].isupper() and subj.text.isalpha() and subj.low not in PRONOUN_SOURCES | DETERMINERS
    return v if subj.low in LOSS_SUBJECTS or proper else None


def right_outcome(toks: list[Tok], j: int) -> tuple[str, int, bool] | None:
    """Scan from ``j`` (after the subject) for its outcome participle -> (outcome, token index, aux seen)."""
    lex = lexicon()
    k, aux = j, False
    for _ in range(40):
        if k >= len(toks):
            return None
        t = toks[k]
        m = match_phrase(toks, k, lex.after)
        if m:
            rest = m[1]
            if not aux and lex.after[m[0]] in ("killed", "wounded") and m[0][-1] in ("killed", "wounded", "injured",
                                                                                    "hurt", "dead"):
                # "two soldiers killed a gunman": an active verb with an object, not a passive
                if rest < len(toks) and (toks[rest].low in OBJECT_STARTS or quantity(toks, rest)
                                         or nominal_at(toks, rest)):
                    return None
            return lex.after[m[0]], k, aux
        if t.low in SUFFER_VERBS and _suffered_injury(toks, k + 1):  # "two people sustained moderate injuries"
            return "wounded", k, aux
        if t.low == "among" and k + 2 < len(toks):
            # "12 Britons are among the 1,200 killed", "two soldiers among 5 killed": a part of a figure of its outcome
            q = quantity(toks, k + 2 if toks[k + 1].low in ("the", "those") else k + 1)
            m = match_phrase(toks, q.j, lex.after) if q is not None and q.kind == "num" else None
            if m and lex.after[m[0]] in ("killed", "wounded"):
                return lex.after[m[0]], q.j, aux
        if (t.low in TREAT_VERBS or t.low in HOSPITAL_VERBS) and aux and \
                treated_injured(toks, k + 1, t.low in HOSPITAL_VERBS):  # "40 were treated for wounds"
            return "wounded", k, aux
        if t.low in AUX:
            aux = True
            k += 1
            continue
        if t.low in RELATIVE and k == j or (t.low in RELATIVE and toks[k - 1].low == ","):
            k += 1
            continue
        if t.low == "," and k + 1 < len(toks):
            nxt = toks[k + 1].low
            if any(nxt == p.split()[0] for p in PARENTHETICAL):
                close = next((x for x in range(k + 1, len(toks)) if toks[x].low in (",", ";")), None)
                if close is None or toks[close].low == ";":
                    return None
                k = close + 1
                continue
            if nxt in RELATIVE:
                k += 1
                continue
            close = appositive_end(toks, k)
            if close is not None:  # "two officers, Yazan Falah and Shirel Aboukrat, both aged 19, were killed"
                while (further := appositive_end(toks, close)) is not None:
                    close = further
                k = close + 1
                continue
            if nxt in ("and", "plus"):
                k += 1
                continue
        if t.low in ("(", "—", "–"):
            closing = {"(": ")", "—": "—", "–": "–"}[t.low]
            close = next((x for x in range(k + 1, len(toks)) if toks[x].low == closing), None)
            if close is None:
                return None
            k = close + 1
            continue
        if t.low in ("and", "plus") or (t.low == "as" and k + 2 < len(toks) and toks[k + 1].low == "well"):
            k2 = k + (3 if t.low == "as" else 1)
            q = quantity(toks, k2)
            if q:
                g = group_at(toks, q.j)
                if g:
                    k = g.j
                    continue
            if k2 < len(toks) and toks[k2].low in ("his", "her", "their") and nominal_at(toks, k2 + 1):
                k = nominal_at(toks, k2 + 1)[0]  # "a girl and her grandmother were killed"
                continue
            return None
        if k == j and t.text.islower() and t.low.endswith("ing") and not match_phrase(toks, k, lex.before):
            # "20 people waiting for aid were killed", "40 journalists covering the war have been killed": a
            # participle phrase after the subject, ending at its verb
            end = _participle_end(toks, k)
            if end is None:
                return None
            k = end
            continue
        if t.low in PREPS:
            k += 1
            n = 0
            loose = False  # a lower-case word outside FILLER read into the phrase
            while k < len(toks) and n < 8 and (toks[k].low in FILLER or toks[k].text[:1].isupper()
                                               or toks[k].text[:1].isdigit() or toks[k].low == "."
                                               and toks[k - 1].text[:1].isupper() or _phrase_word(toks[k])):
                if match_phrase(toks, k, lex.after) or toks[k].low in AUX:
                    break
                loose = loose or not (toks[k].low in FILLER or toks[k].low in DETERMINERS | OBJECT_PRONOUNS
                                      or toks[k].text[:1].isupper() or toks[k].text[:1].isdigit()
                                      or toks[k - 1].text[:1].isdigit())  # "in her 80s"
                k += 1
                n += 1
            if loose and not (k < len(toks) and (toks[k].low in AUX or match_phrase(toks, k, lex.after))):
                return None  # such a phrase must end at the subject's verb ("15 members of the Council voted, ...")
            continue
        return None
    return None


# Words that end a prepositional phrase after a subject: a relative or a new clause opens ("23 fighters from the
# groups who fled were ..."), the phrase's words are lower-case nouns and adjectives otherwise.
PHRASE_ENDS = frozenset("""and or but nor who whom whose which that where when while after before as because if
    said says say told reported according than then""".split())


def _phrase_word(t: Tok) -> bool:
    """May token ``t`` stand in a prepositional phrase between a subject and its verb ("23 fighters from pro-Iranian
    groups were killed")? A lower-case word (hyphens allowed) that opens no clause.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> [_phrase_word(t) for t in tokenize("pro-Iranian groups who")]
    [True, True, False]
    """
    return t.text.replace("-", "").isalpha() and t.text[:1].islower() and t.low not in PHRASE_ENDS \
        and t.low not in RELATIVE


SUFFER_VERBS = frozenset("sustained suffered sustaining suffering sustain suffer".split())
INJURY_NOUNS = frozenset("injuries injury wounds wound burns fractures".split())


def _suffered_injury(toks: list[Tok], k: int) -> bool:
    """An injury noun at token ``k`` after up to three lower-case words ("moderate", "light shrapnel")?

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> _suffered_injury(tokenize("moderate shrapnel injuries"), 0), _suffered_injury(tokenize("heavy losses"), 0)
    (True, False)
    """
    for x in range(k, min(len(toks), k + 4)):
        if toks[x].low in INJURY_NOUNS:
            return True
        if not (toks[x].text.isalpha() and toks[x].text.islower()) or toks[x].low in ("and", "or", "no"):
            return False
    return False


ACTIVE_FORMS = frozenset({"killed", "wounded", "injured", "hurt"})  # past forms that are passive or active


def _participle_end(toks: list[Tok], k: int) -> int | None:
    """The token after a participle phrase opening at ``k`` when the phrase reaches an auxiliary or an outcome word
    within eight tokens without opening a clause ("waiting for aid were killed" -> index of "were"), else None.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> _participle_end(tokenize("waiting for aid were killed"), 0)
    3
    >>> _participle_end(tokenize("waiting for aid, who were killed"), 0) is None
    True
    >>> _participle_end(tokenize("shelling of a residential area killed nobody"), 0) is None
    True
    """
    lex = lexicon()
    for x in range(k + 1, min(len(toks), k + 9)):
        t = toks[x]
        if t.low in AUX:
            return x
        m = match_phrase(toks, x, lex.after)
        if m:  # "... died"; a bare "killed" may be the active verb of a noun ("an Israeli shelling ... killed")
            return None if m[0][-1] in ACTIVE_FORMS else x
        if not (t.text.replace("-", "").replace("'", "").isalnum() or t.low in ("'s", "’s")) \
                or t.low in PHRASE_ENDS or t.low in RELATIVE:
            return None
    return None


def injury_tail(toks: list[Tok], j: int) -> str:
    """A 'with' phrase naming an injury at token ``j`` ("with gunshot wounds"), else ''.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> injury_tail(tokenize("with gunshot wounds, medics said"), 0)
    'with gunshot wounds'
    >>> injury_tail(tokenize("with their families"), 0)
    ''
    """
    if j >= len(toks) or toks[j].low != "with":
        return ""
    k = j + 1
    while k < len(toks) and k - j <= 4 and toks[k].text[:1].isalpha():
        k += 1
    return " ".join(t.text for t in toks[j:k]) if "injury" in medical_kinds(toks, j + 1, k) else ""


def medical_kinds(toks: list[Tok], lo: int, hi: int) -> set[str]:
    """Kinds of medical words (carer | injury | not) in ``toks[lo:hi]``."""
    lex = lexicon()
    kinds = set()
    for k in range(max(lo, 0), min(hi, len(toks))):
        m = match_phrase(toks, k, lex.medical)
        if m:
            kinds.add(lex.medical[m[0]])
    return kinds


def treated_injured(toks: list[Tok], after: int, carer: bool = False) -> bool:
    """Is medical treatment ("treated about 100 people", "40 were treated") a count of the wounded? Yes when it
    is for an injury ("treated for gunshot wounds") or the sentence names a carer (medics, a hospital), but not
    when it is for shock, anxiety or smoke inhalation. ``after`` is the token after the treated people or verb;
    ``carer`` says the verb is medical itself ("hospitalised").

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("Medics treated 40 people for shock.")
    >>> treated_injured(toks, 4)
    False
    >>> treated_injured(tokenize("Medics treated 40 people."), 4)
    True
    """
    if after < len(toks) and toks[after].low in ("for", "from"):
        reason = medical_kinds(toks, after + 1, after + 4)
        if "injury" in reason:
            return True
        if "not" in reason:
            return False
    if carer or tuple(t.low for t in toks[after:after + 2]) in (("and", "released"), ("and", "discharged")):
        return True
    clause_end = next((x for x in range(after, len(toks)) if toks[x].low in (";", ".")), len(toks))
    if "injury" in medical_kinds(toks, after, clause_end):
        return True
    return "carer" in medical_kinds(toks, 0, len(toks))


@dataclass
class Draft:
    quant: Quant
    group: Group | None
    outcome: str
    pos: int  # token index of the figure
    parent: int | None = None  # index in the article's draft list
    inherit_group: bool = False
    aux_perfect: bool = False
    extra: dict = field(default_factory=dict)


OBJECT_PRONOUNS = frozenset({"him", "her", "them", "himself", "herself"})
# Words a first object without a figure may hold ("killed the commander and two bodyguards").
OBJECT_WORDS = frozenset("the a an his her their its our two-year-old".split()) | OBJECT_PRONOUNS


def conjunct_outcome(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """The outcome of an active verb whose first object has no figure, for a figure coordinated after it ("killed
    him and three other fighters", "wounded the driver and two passengers", "killed Ali Hassan and his two sons")
    -> (outcome, index of the verb), else None.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("A strike killed him and three other fighters")
    >>> conjunct_outcome(toks, 5)
    ('killed', 2)
    >>> conjunct_outcome(tokenize("The wounded man and three medics were taken away"), 4) is None
    True
    >>> conjunct_outcome(tokenize("Troops killed him, arrested his brother and three cousins"), 8) is None
    True
    """
    lex = lexicon()
    k = i - 1
    if k > 0 and toks[k].low in ("his", "her", "their"):  # "killed Ali Hassan and his two sons"
        k -= 1
    joiner = next((n for n in (("and",), ("along", "with"), ("together", "with"), ("as", "well", "as"))
                   if k - len(n) + 1 >= 1 and tuple(t.low for t in toks[k - len(n) + 1:k + 1]) == n), None)
    if joiner is None:
        return None
    k -= len(joiner) - 1
    first = k
    while first > 0 and k - first < 6:
        t = toks[first - 1]
        if phrase_ending(toks, first, lex.before):
            break
        word = t.text.replace("-", "").replace("'", "").replace("’", "")
        if not (t.low in OBJECT_WORDS or t.text[:1].isupper() and t.text[:1].isalpha()
                or word.isalpha() and t.low.islower() and t.low not in AUX and t.low not in ("and", "or")):
            return None
        first -= 1
    if first == k or not (m := phrase_ending(toks, first, lex.before)):
        return None
    if m[1] > 0 and toks[m[1] - 1].low in DETERMINERS | {"a", "an"}:
        return None  # "the wounded man and three medics": an adjective, not a verb
    obj = toks[first:k]
    if len(obj) > 1 and obj[0].low in OBJECT_PRONOUNS:
        return None
    return lex.before[m[0]], m[1]


def perfect_before(toks: list[Tok], i: int) -> bool:
    """'has killed' / 'have claimed the lives of': a present perfect active verb before the figure."""
    window = [t.low for t in toks[max(0, i - 7):i]]
    return "has" in window or "have" in window
