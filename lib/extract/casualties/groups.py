"""Groups: the people a figure counts ("18 Palestinians", "two Yemeni children", "Hamas and Islamic Jihad fighters").

Idea: the group is the noun phrase after the count, normalised to a people when a nationality qualifies a
generic person noun ("86 Palestinian adults and children" -> Palestinians); the text's own words stay as written.

Approach: ``group_at`` reads modifiers, nationalities and a person head noun (``nominal_at``) from the lexicon;
partitives ("40 of them") and outcome adjectives ("5 dead") are flagged for the later stages. ``appositive_end``
skips an aside between a subject and its verb (names and ages, a source, a partitive).

Example:
    >>> from lib.extract.casualties.lexicon import tokenize
    >>> g = group_at(tokenize("86 Palestinian adults and children"), 1)
    >>> (g.words, g.norm)
    ('Palestinian adults and children', 'Palestinians')
"""
from __future__ import annotations

from dataclasses import dataclass

from lib.extract.casualties.counts import number_at, quantity
from lib.extract.casualties.lexicon import Tok, lexicon, match_phrase


@dataclass(frozen=True)
class Group:
    """A group phrase at tokens [i, j): text words, normalised name, nationality, outcome noun."""

    i: int
    j: int
    words: str = ""
    norm: str = ""
    nationality: str = ""
    generic: bool = True
    singular: bool = False
    outcome: str = ""  # set when the head is an outcome noun ("505 deaths")
    partitive: bool = False  # "two of them": the group comes from the previous claim


def nominal_at(toks: list[Tok], i: int) -> tuple[int, str, str, bool, bool, str] | None:
    """MOD* HEAD at ``i`` -> (end, nationality, norm, generic, singular, outcome-noun)."""
    lex = lexicon()
    k = i
    nationality = ""
    mixed = False
    while k < len(toks):
        t = toks[k]
        m = match_phrase(toks, k, lex.nationalities) or match_phrase(toks, k, lex.modifiers) or (
            ((t.low,), k + 1) if _proper_modifier(toks, k) else None)
        if m and m[1] + 1 < len(toks) and toks[m[1]].low in ("and", "or", "/") and \
                (match_phrase(toks, m[1] + 1, lex.nationalities) or match_phrase(toks, m[1] + 1, lex.modifiers)
                 or _proper_modifier(toks, m[1] + 1)) and nominal_at(toks, m[1] + 1):
            # coordinated modifiers of one head: "Hamas and Islamic Jihad fighters", "Israeli and Thai workers"
            mixed = mixed or m[0] in lex.nationalities
            k = m[1] + 1
            continue
        m = match_phrase(toks, k, lex.nationalities)
        if m:
            # a nationality word is a head itself when no noun follows ("an Israeli was killed")
            head = match_phrase(toks, m[1], lex.heads) or match_phrase(toks, m[1], lex.nouns)
            if head or match_phrase(toks, m[1], lex.nationalities) or match_phrase(toks, m[1], lex.modifiers):
                nationality = "" if mixed else lex.nationalities[m[0]]
                k = m[1]
                continue
            break
        m = match_phrase(toks, k, lex.modifiers)
        if m and k > 0 and toks[k - 1].low == "the" and match_phrase(toks, k, lex.nouns) and not any(match_phrase(toks, m[1], table) for table in (
                lex.heads, lex.peoples, lex.nationalities, lex.modifiers)):
            break  # "one of the wounded was": the outcome noun is the head
        if m:
            as_head = match_phrase(toks, k, lex.heads)
            if as_head and (as_head[1] > m[1] or not (match_phrase(toks, m[1], lex.heads) or match_phrase(
                    toks, m[1], lex.peoples) or match_phrase(toks, m[1], lex.nouns) or nominal_at(toks, m[1]))):
                break  # "two others": a head; "three other Hezbollah fighters": a modifier
            k = m[1]
            continue
        if k == i and _noun_modifier(toks, k):  # "two resistance fighters", "three rescue workers"
            k += 1
            continue
        if t.low.endswith("-year-old") or (t.text[:1].isupper() and t.low not in lex.numbers
                                           and not match_phrase(toks, k, lex.heads)
                                           and not match_phrase(toks, k, lex.peoples)):
            if t.low.endswith("-year-old") or (k + 1 < len(toks) and toks[k + 1].text[:1].isalpha()):
                k += 1
                continue
        break
    m = match_phrase(toks, k, lex.nouns)
    if m and k > i:  # "Palestinian deaths": the modifiers name the group
        return m[1], nationality, nationality, True, False, lex.nouns[m[0]]
    m = match_phrase(toks, k, lex.heads)
    if m:
        nxt = match_phrase(toks, m[1], lex.heads)
        if nxt and m[0] in lex.plurals and nxt[0] != ("others",):
            m = nxt  # a singular person noun modifying another: "a police official", "two child soldiers"
        norm, generic, singular = lex.heads[m[0]]
        return m[1], nationality, norm, generic, singular, ""
    m = match_phrase(toks, k, lex.peoples)
    if m:
        people = lex.peoples[m[0]]
        singular = m[0] in lex.nationalities and people.lower() != " ".join(m[0])
        return m[1], people, people, True, singular, ""
    if k > i and toks[k - 1].low.endswith("-year-old"):  # "a 16-year-old was killed"
        return k, nationality, "people", True, True, ""
    m = match_phrase(toks, k, lex.nouns)
    if m:
        return m[1], nationality, nationality, True, False, lex.nouns[m[0]]
    return None


# Words that never modify a person noun: they open a phrase or a clause ("killed 12 while soldiers ...").
FUNCTION_WORDS = frozenset("""in on at of and or nor but while when as after before since by with from to for than
    that which who whom whose where the a an his her their its our my your this these those were was are is be been
    being have has had said says say told also including among then not no so if because until near over under
    into onto during without within across against""".split())


def side_people(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """(people, end) of "on the <nationality> side" at token ``k`` ("on the Israeli side" -> Israelis), else None.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> side_people(tokenize("on the Israeli side"), 0), side_people(tokenize("on the other side"), 0)
    (('Israelis', 4), None)
    """
    lex = lexicon()
    if k + 3 >= len(toks) or (toks[k].low, toks[k + 1].low) != ("on", "the"):
        return None
    m = match_phrase(toks, k + 2, lex.nationalities)
    if m is None or m[1] >= len(toks) or toks[m[1]].low != "side":
        return None
    return lex.nationalities[m[0]], m[1] + 1


VERB_ENDINGS = ("ed", "en", "ing")


def _noun_modifier(toks: list[Tok], k: int) -> bool:
    """Is token ``k`` an unlisted lower-case noun modifying the person noun right after it ("resistance" in
    "two resistance fighters")? Never a function word, a number, an outcome word or a listed word.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> _noun_modifier(tokenize("resistance fighters"), 0), _noun_modifier(tokenize("while soldiers"), 0)
    (True, False)
    >>> _noun_modifier(tokenize("taken hostage"), 0)
    False
    """
    lex = lexicon()
    t = toks[k]
    if k + 1 >= len(toks) or not t.text.isalpha() or not t.text.islower() or t.low in FUNCTION_WORDS \
            or t.low in lex.numbers or t.low.endswith(VERB_ENDINGS):
        return False  # a verb's form is no modifier: "250 taken hostage", "12 killed soldiers"
    if any(match_phrase(toks, k, table) for table in (lex.heads, lex.peoples, lex.nouns, lex.after, lex.before,
                                                       lex.nationalities, lex.modifiers)):
        return False
    return match_phrase(toks, k + 1, lex.heads) is not None


def _proper_modifier(toks: list[Tok], k: int) -> bool:
    """Is token ``k`` a capitalised name that may modify a person noun ("Amal" in "Amal fighters")?"""
    lex = lexicon()
    t = toks[k] if k < len(toks) else None
    return t is not None and t.text[:1].isupper() and t.text.isalpha() and t.low not in lex.numbers and not any(
        match_phrase(toks, k, table) for table in (lex.heads, lex.peoples, lex.nouns))


def _words_before_noun(toks: list[Tok], i: int, end: int) -> str:
    """The group words of ``toks[i:end]`` without a closing outcome noun ("Palestinian deaths" -> "Palestinian")."""
    lex = lexicon()
    for k in range(i, end):
        m = match_phrase(toks, k, lex.nouns)
        if m and m[1] == end:
            return " ".join(t.text for t in toks[i:k])
    return " ".join(t.text for t in toks[i:end])


# Outcome nouns that name the people themselves: a figure's group when the text gives no other ("10 martyrs").
NAMING_OUTCOME_NOUNS = frozenset({"martyrs", "victims"})
# Outcome words that may modify a person noun after a count ("three dead soldiers", "15 injured children"). "wounded"
# is a plain modifier (casualty_modifiers.csv: "two wounded soldiers later died" takes the verb's outcome).
OUTCOME_ADJECTIVES = frozenset({"dead", "injured"})


def group_at(toks: list[Tok], i: int) -> Group | None:
    """The group phrase after a count, or None when no person noun follows.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> g = group_at(tokenize("Palestinian adults and children this year"), 0)
    >>> (g.words, g.norm, g.nationality)
    ('Palestinian adults and children', 'Palestinians', 'Palestinians')
    """
    k = i
    partitive = False
    if k < len(toks) and toks[k].low == "of":
        if k + 2 < len(toks) and toks[k + 1].low in ("the", "those") and nominal_at(toks, k + 2) is None and \
                lexicon().after.get((toks[k + 2].low,)) in ("killed", "wounded"):
            # "24 of those killed were militants": the participle names the subset's outcome
            return Group(i, k + 3, outcome=lexicon().after[(toks[k + 2].low,)], partitive=True)
        if k + 1 < len(toks) and toks[k + 1].low in ("them", "those", "whom"):
            return Group(i, k + 2, partitive=True)
        if k + 1 < len(toks) and toks[k + 1].low in ("the", "those", "these", "its", "their", "our", "his", "her"):
            k += 2
            partitive = True
            if k + 1 < len(toks) and toks[k].low.endswith(("'s", "’s")) and nominal_at(toks, k + 1):
                k += 1  # "five of the group's fighters": the possessor is no part of the group
        elif nominal_at(toks, k + 1):  # "dozens of people"
            k += 1
        else:
            return None
    first = nominal_at(toks, k)
    if first is None:
        side = side_people(toks, k)
        if side is not None and not partitive:  # "claimed 2,100 Palestinian lives and 70 on the Israeli side"
            return Group(i, side[1], side[0], side[0], side[0], True)
        return None
    end, nationality, norm, generic, singular, outcome = first
    if outcome and end == k + 1 and toks[k].low in OUTCOME_ADJECTIVES:
        rest = nominal_at(toks, k + 1)
        if rest is not None and not rest[5]:  # "three dead soldiers": the outcome word modifies a person noun
            end, nationality, norm, generic, singular, _ = rest
            k += 1
    if not outcome and end + 1 < len(toks) and toks[end].low in ("and", "or"):
        nxt = nominal_at(toks, end + 1)
        if nxt and not nxt[5] and number_at(toks, end + 1) is None:
            end = nxt[0]
            if nationality and nxt[1] and nxt[1] != nationality:  # "Israelis and Palestinians": no one people
                nationality, generic = "", False
            else:
                nationality = nationality or nxt[1]
            generic = generic or nxt[3]
            singular = False
            if norm != nxt[2]:
                norm = "people"
    words = _words_before_noun(toks, k, end) if outcome else " ".join(t.text for t in toks[k:end])
    if outcome and nationality:
        words = nationality
    elif outcome and not partitive and toks[end - 1].low in NAMING_OUTCOME_NOUNS:
        words, norm = toks[end - 1].text, toks[end - 1].low  # "among them 10 martyrs": the text's name for them
    elif outcome and end - 1 > k and all(match_phrase(toks, x, lexicon().modifiers) for x in range(k, end - 1)):
        words = ""  # "300 more injured": a modifier names no one
    if nationality:
        norm = nationality
    return Group(i, end, words, norm, nationality, generic, singular, outcome, partitive)


# Words an appositive of names, ages or descriptions may hold besides capitalised names, numbers and person nouns.
APPOSITIVE_WORDS = frozenset("""and both all each aged age ages respectively of from bin ibn al el abu de a an the
    in their his her s""".split())
# Verbs closing a source aside between a subject and its verb ("12 Palestinians, Hamas said, were killed").
ASIDE_VERBS = frozenset("said says say reported reports added claimed told stated confirmed".split())


def appositive_end(toks: list[Tok], k: int) -> int | None:
    """The closing comma of an aside opening at the comma ``k`` between a subject and its verb, else None: names
    and ages (", Yazan Falah and Shirel Aboukrat,", ", both aged 19,", ", a man and a woman in their 60s,"), a
    partitive (", 40 of them women,") or a source (", Hamas said,", ", according to medics,").

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("two officers, Ali Hassan and Dan Levi, both aged 19, were killed")
    >>> appositive_end(toks, 2), appositive_end(toks, 8)
    (8, 12)
    >>> appositive_end(tokenize("two soldiers, the army said, were killed"), 2)
    6
    >>> appositive_end(tokenize("two soldiers, then fled, were killed"), 2) is None
    True
    """
    close = None
    for x in range(k + 1, min(len(toks), k + 14)):
        low = toks[x].low
        if low == "." and toks[x - 1].text[:1].isupper() and len(toks[x - 1].text) <= 4:
            continue  # "Sgt. David Cohen"
        if low in (",", ";", ".", ":", "(", ")", "–", "—"):
            close = x
            break
    if close is None or toks[close].low != "," or close == k + 1:
        return None
    seg = toks[k + 1:close]
    lex = lexicon()
    if seg[0].low == "according" or seg[-1].low in ASIDE_VERBS and not any(quantity(toks, x) for x in range(k + 1, close)):
        return close  # a source aside
    q = quantity(toks, k + 1)
    if q is not None and q.j < close and toks[q.j].low == "of" and q.j + 1 < close and \
            toks[q.j + 1].low in ("them", "whom", "those"):
        return close  # ", 40 of them women,"
    if any(match_phrase(toks, x, lex.after) or match_phrase(toks, x, lex.before) or toks[x].low in lex.source_cues
           for x in range(k + 1, close)):
        return None  # "12 people, Israel Police," : a source or a verb, not a description
    if not all(t.text[:1].isupper() or t.text[:1].isdigit() or t.low in APPOSITIVE_WORDS or t.low in ("-", "'s", ".")
               or t.low.endswith("-year-old") or match_phrase(toks, x, lex.heads) or match_phrase(toks, x, lex.modifiers)
               for x, t in enumerate(seg, start=k + 1)):
        return None
    return close
