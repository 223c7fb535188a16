"""Sub-counts and breakdowns: figures that are parts of another figure.

Idea: "including 111 children", "Of the dead, 50 were fighters", "Six Israelis – four civilians and two
soldiers – were killed" give rows that point to their parent claim (``parent_id``) instead of new totals.

Approach: a cue before the figure (``subcount_cue``: "including", "among them", "of the <outcome noun>,") marks a
sub-count; ``subcount_parent`` picks its parent in the sentence (the listed figure, else the last with the outcome
the cue names) or in the sentence before (only as a continuation). Breakdowns after a dash, bracket or colon and
coordinated lists become one sub-count per item; sub-counts under hostages or prisoners are no casualties
(``in_custody``).

Example:
    >>> from lib.extract.casualties.lexicon import tokenize
    >>> subcount_cue(tokenize("killed 18, including 5 children"), 4)
    ('including',)
"""
from __future__ import annotations

from lib.extract.casualties.counts import Quant, quantity
from lib.extract.casualties.groups import Group, group_at
from lib.extract.casualties.lexicon import CONTINUATION_OPENERS, RELATIVE, Tok, lexicon, match_phrase
from lib.extract.casualties.outcomes import Draft, medical_kinds, right_outcome
from lib.models import CasualtyClaim

SUBCOUNT_CUES = (("including",), ("among", "them"), ("among", "whom"), ("of", "whom"), ("among", "those"),
                 ("among", "the", "dead"), ("among", "the", "victims"), ("among", "the", "killed"),
                 ("among", "the", "wounded"), ("among", "the", "injured"), ("among", "the", "fatalities"),
                 ("among", "the", "dead", "were"), ("among", "the", "dead", "are"), ("among", "them", "were"),
                 ("among", "them", "are"), ("among", "the", "victims", "were"), ("among", "the", "victims", "are"),
                 ("among", "the", "wounded", "were"), ("among", "the", "wounded", "are"),
                 ("among", "the", "injured", "were"), ("among", "the", "injured", "are"),
                 ("among", "those", "killed"), ("among", "those", "killed", "were"), ("among", "those", "wounded"),
                 ("among", "those", "wounded", "were"), ("among", "those", "injured"),
                 ("among", "those", "injured", "were"), ("among", "the", "killed", "were"),
                 ("among", "the", "fatalities", "were"),
                 ("of", "those", ","), ("of", "these", ","), ("of", "them", ","), ("among", "them", ","),
                 ("among", "those", ","), ("of", "the", "dead", ","), ("of", "the", "wounded", ","),
                 ("of", "the", "injured", ","), ("including", "the", "bodies", "of"))
# Words that put the figure before a sub-count in custody rather than among the casualties ("the release of four
# hostages, including two women", "freed 33 prisoners, including 12 women"): such a sub-count gives no claim.
CUSTODY = frozenset("""hostage hostages captive captives prisoner prisoners detainee detainees abductee abductees
    freed released release releasing freeing free frees releases abducted kidnapped arrested arrest arrests
    detained""".split())
# "most of them Hezbollah fighters but also more than 20 civilians": a partitive appositive listing parts of a
# figure, then another part after a joiner.
LIST_OPENERS = (("most", "of", "them"), ("mostly",), ("mainly",), ("many", "of", "them"), ("largely",),
                ("the", "majority", "of", "them"), ("the", "majority"), ("nearly", "all", "of", "them"),
                ("almost", "all", "of", "them"), ("all", "of", "them"), ("predominantly",), ("most",),
                ("some", "of", "them"), ("half", "of", "them"))
LIST_JOINERS = (("but", "also"), ("as", "well", "as"), ("and", "also"), ("along", "with"), ("and",), ("but",),
                ("plus",))
COPULAS = frozenset({"were", "are", "was", "is"})


def subcount_cue(toks: list[Tok], i: int) -> tuple[str, ...] | None:
    """The sub-count cue ending just before token ``i`` ("including", "among them", "of the dead,"), or None."""
    for n in range(4, 0, -1):
        if i - n >= 0 and tuple(t.low for t in toks[i - n:i]) in SUBCOUNT_CUES:
            return tuple(t.low for t in toks[i - n:i])
    return _outcome_noun_cue(toks, i) or _fronted_figure_cue(toks, i)


def _fronted_figure_cue(toks: list[Tok], i: int) -> tuple[str, ...] | None:
    """A sentence-opening "Of the <figure> <people> killed ...," before token ``i``, followed by a copula: the
    figure after it is a part of that figure ("Of the 1,139 people killed on 7 October, 695 were Israeli civilians").

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("Of the 1,139 people killed on 7 October, 695 were Israeli civilians")
    >>> _fronted_figure_cue(toks, 9)[:3]
    ('of', 'the', '1,139')
    >>> _fronted_figure_cue(tokenize("Of the 300 trucks sent on Monday, 20 were looted"), 8) is None
    True
    """
    lex = lexicon()
    if i < 5 or tuple(t.low for t in toks[:2]) != ("of", "the") or toks[i - 1].low != "," or \
            i + 1 >= len(toks) or toks[i + 1].low not in COPULAS or group_at(toks, i + 2) is None:
        return None  # the part names its people after the copula ("..., 12 are in critical condition": no part)
    q = quantity(toks, 2)
    if q is None or any(t.low in (",", ";") for t in toks[2:i - 1]):
        return None
    if not any(match_phrase(toks, x, lex.after) or match_phrase(toks, x, lex.nouns) for x in range(q.j, i - 1)):
        return None
    return tuple(t.low for t in toks[:i])


# Participles that may restrict an outcome noun in a sub-count cue ("Of the fatalities identified, ...").
CUE_RESTRICTORS = frozenset("""identified recorded registered confirmed documented verified counted named reported
    so far to date""".split())


def _outcome_noun_cue(toks: list[Tok], i: int) -> tuple[str, ...] | None:
    """A cue naming the dead or wounded by any outcome noun just before token ``i``: "of the <noun>," or "among
    the <noun> [were|are]" ("Of the martyrs, 50 were fighters", "Among the fatalities were ..."). Up to three
    restricting words may follow the noun before the comma ("Of the fatalities identified,", "Of the dead so far,").

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> _outcome_noun_cue(tokenize("Of the martyrs, 50 were fighters"), 4)
    ('of', 'the', 'martyrs', ',')
    >>> _outcome_noun_cue(tokenize("Of the fatalities identified, 50 were women"), 5)
    ('of', 'the', 'fatalities', 'identified', ',')
    >>> _outcome_noun_cue(tokenize("Of the rockets, 50 were intercepted"), 4) is None
    True
    """
    lex = lexicon()
    for n in (7, 6, 5, 4, 3):
        if i - n < 0:
            continue
        words = tuple(t.low for t in toks[i - n:i])
        if n > 4 and (words[-1] != "," or not all(w in CUE_RESTRICTORS for w in words[3:-1])):
            continue
        closer = words[-1] if n >= 4 else ""
        if words[0] not in ("of", "among") or words[1] not in ("the", "those") or \
                not ((words[2],) in lex.nouns or lex.after.get((words[2],)) in ("killed", "wounded")):
            continue
        if closer == "," or words[0] == "among" and closer in ("", "were", "are") and n <= 4:
            return words
    return None


def cue_outcome(cue: tuple[str, ...]) -> str:
    """The outcome a sub-count cue names itself ("among the dead" -> killed, "of the martyrs," -> killed), or ''."""
    if any(w in cue for w in ("dead", "victims", "killed", "fatalities")):
        return "killed"
    if any(w in cue for w in ("wounded", "injured")):
        return "wounded"
    lex = lexicon()
    named = {lex.nouns.get((w,)) for w in cue} - {None}
    return named.pop() if len(named) == 1 else ""


def partitive_subset(toks: list[Tok], j: int) -> Group | None:
    """The group named after "N of the dead": "1,354 of the dead were civilians" -> civilians.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> partitive_subset(tokenize("of the dead were civilians"), 3).words
    'civilians'
    >>> partitive_subset(tokenize("of the wounded was in serious condition"), 3) is None
    True
    """
    k = j
    if k >= len(toks) or toks[k].low not in COPULAS:
        return None
    k += 1
    while k < len(toks) and toks[k].low in ("also", "all", "mostly", "mainly", "a", "an"):
        k += 1
    g = group_at(toks, k)
    if g is None or g.partitive or g.outcome or not g.words:
        return None
    return g


def antecedent_group(toks: list[Tok], i: int, drafts: list[Draft]) -> Group | None:
    """The group a partitive at token ``i`` ("eight of whom", "two of them") points back to when the noun just
    before its comma is no figure's group: "freed 33 hostages, eight of whom were dead" -> hostages, else None.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("freed 33 Israeli hostages, eight of whom were dead")
    >>> antecedent_group(toks, 5, []).words
    'Israeli hostages'
    >>> antecedent_group(tokenize("were wounded, eight of whom"), 3, []) is None
    True
    """
    comma = i - 1
    if comma < 1 or toks[comma].low != ",":
        return None
    if drafts and drafts[-1].extra.get("end", drafts[-1].quant.j) >= comma:
        return None  # the noun is a figure's group: the claim before is the antecedent
    best = None
    for k in range(comma - 1, max(comma - 7, -1), -1):
        q = quantity(toks, k)
        g = group_at(toks, q.j) if q is not None else group_at(toks, k)
        if g is not None and g.j == comma and g.words and not g.partitive and not g.outcome:
            best = g
        if q is not None or toks[k].low in (",", ";", ":", "(", ")", "and", "or"):
            break
    return best


# Prepositions opening a manner, cause or place after a partitive part (", 1,360 of them by live fire").
PARTITIVE_TAILS = frozenset("by from with in at on during near inside".split())


def partitive_part(toks: list[Tok], q: Quant, group: Group, drafts: list[Draft]) -> Group | None:
    """The part a partitive figure ("N of them", "N of whom") names of the figure before it, or None.

    "Five of them were children" and ", 40 of them women," give the group named ("children", "women"); ", 1,360 of
    them by live fire" right after a figure of the same clause gives the partitive itself (its group is the
    figure's). A partitive with a verb of its own ("one of them died") or a bare degree (", one of them
    seriously") is no part.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("2,700 people were hurt, 1,360 of them by live fire")
    >>> d = Draft(quantity(toks, 0), group_at(toks, 1), "wounded", 0, extra={"end": 2})
    >>> partitive_part(toks, quantity(toks, 5), group_at(toks, 6), [d]) is not None
    True
    >>> toks = tokenize("2,700 people were hurt, one of them seriously")
    >>> partitive_part(toks, quantity(toks, 5), group_at(toks, 6), [d]) is None
    True
    """
    subset = partitive_subset(toks, group.j)
    if subset is not None or not drafts or q.i == 0 or toks[q.i - 1].low != ",":
        return subset
    g2 = group_at(toks, group.j)
    if g2 is not None and g2.words and not g2.partitive and not g2.outcome and (
            g2.j >= len(toks) or toks[g2.j].low in (",", ";", ".", ")", "–", "—")):
        return g2  # "62 people, 40 of them women, were treated"
    last = drafts[-1]
    same_clause = all(t.low not in (",", ";", ":", "(", ")", "–", "—", ".") for t in
                      toks[last.extra.get("end", last.quant.j):q.i - 1])
    if group.j < len(toks) and toks[group.j].low in PARTITIVE_TAILS and same_clause and \
            last.outcome not in ("", "?") and not right_outcome(toks, group.j):
        return group  # "more than 2,700 people had been injured, 1,360 of them by live fire"
    return None


def copula_sibling(toks: list[Tok], q: Quant, group: Group | None, drafts: list[Draft]) -> Group | None:
    """The group of a further item in a list of sub-counts with copulas, else None: after "Of those, 60 were
    children", the figure in "and 20 were women" is a part of the same figure (group "women").

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("of them, 60 were children and 20 were women")
    >>> d = Draft(quantity(toks, 3), group_at(toks, 5), "?", 3, extra={"subcount": ("of", "them", ","), "end": 6})
    >>> copula_sibling(toks, quantity(toks, 7), None, [d]).words
    'women'
    >>> copula_sibling(toks, quantity(toks, 7), None, []) is None
    True
    """
    if group is not None or not drafts or "subcount" not in drafts[-1].extra or q.j + 1 >= len(toks) or \
            toks[q.j].low not in COPULAS:
        return None
    last = drafts[-1]
    a = last.extra.get("end", last.quant.j)
    tail = a  # "three were members of armed groups and one was ...": an of-phrase closes the item before
    if a < len(toks) and toks[a].low == "of":
        tail = next((x for x in range(a + 1, min(a + 6, q.i)) if toks[x].low in LIST_SEPARATORS), a)
        if not all(t.text[:1].isalpha() for t in toks[a + 1:tail]):
            tail = a
    if not list_separated(toks, tail, q.i):
        return None
    k = q.j + 1
    while k < len(toks) and toks[k].low in ("also", "all", "a", "an"):  # "and one was a teenager"
        k += 1
    g = group_at(toks, k)
    if g is None or not g.words or g.partitive or g.outcome or right_outcome(toks, g.j):
        return None
    return g


def list_parent(toks: list[Tok], i: int, drafts: list[Draft]) -> tuple[int, int] | None:
    """A figure continuing a partitive list after an earlier figure ("killed 190 people, most of them fighters
    but also 20 civilians") -> (index of the earlier draft, start of the joiner); None otherwise."""
    if not drafts:
        return None
    joined = None
    for joiner in LIST_JOINERS:
        n = len(joiner)
        if i - n >= 0 and tuple(t.low for t in toks[i - n:i]) == joiner:
            joined = i - n
            break
    if joined is None:
        return None
    lex = lexicon()
    k = joined = joined - 1 if joined > 0 and toks[joined - 1].low == "," else joined
    for _ in range(8):  # the nominal listed first ("Hezbollah fighters")
        if k <= 0 or toks[k - 1].low in (",", ";", ":", "(", ")") or match_phrase(toks, k - 1, lex.after) or \
                match_phrase(toks, k - 1, lex.before) or quantity(toks, k - 1):
            break
        k -= 1
    for opener in LIST_OPENERS:
        n = len(opener)
        start = joined - 1
        while start >= k:
            if tuple(t.low for t in toks[start:start + n]) == opener and start > 0 and toks[start - 1].low == "," \
                    and start + n < joined:
                comma = start - 1
                for idx in range(len(drafts) - 1, -1, -1):
                    if drafts[idx].extra.get("end", drafts[idx].quant.j) <= comma and drafts[idx].outcome != "?":
                        return idx, joined
                return None
            start -= 1
    return None


BREAKDOWN_OPENERS = {"–": "–", "—": "—", "(": ")", ":": ""}
LIST_SEPARATORS = frozenset({",", "and", "or", "plus", "his", "her", "their"})  # "a father and his two sons"


def list_separated(toks: list[Tok], a: int, b: int) -> bool:
    """Only list separators (',', 'and', 'or', 'plus', a possessive) between tokens ``a`` and ``b`` (at least one)."""
    return a < b and all(t.low in LIST_SEPARATORS for t in toks[a:b])


def breakdown_items(toks: list[Tok], i: int, end: int, group: Group, drafts: list[Draft]
               ) -> tuple[tuple[str, ...], dict] | None:
    """A figure breaking down the figure before it -> (cue, draft extras), else None.

    Two shapes: the first item of a dash, bracket or colon breakdown right after a figure ("Six Israelis – four
    civilians and two soldiers – were killed", "killed 12 people: two children, ..."), and a further item of a
    sub-count list ("including 65 children and 39 women", "two children, one soldier and three workers"). An
    item with a verb of its own opens a new clause; an item naming another nationality than the listed figure
    is not one of its parts ("killed 30 Palestinians, including five children, and two Israelis").
    """
    if not drafts or i == 0:
        return None
    last = drafts[-1]
    last_end = last.extra.get("end", last.quant.j)
    if right_outcome(toks, end):
        return None
    opener = toks[i - 1].low
    if opener in BREAKDOWN_OPENERS and "subcount" not in last.extra and last.outcome and last.outcome != "?":
        gap = toks[last_end:i - 1]
        tail = bool(gap) and gap[0].low in ("of", "from", "in") and len(gap) <= 4  # "Three members of one family –"
        if not gap or (opener == ":" or tail) and len(gap) <= 6 and not any(
                t.low in (",", ";", "(", "–", "—") or (not tail and quantity(toks, last_end + n))
                for n, t in enumerate(gap)):
            return (opener,), {"cue_at": i - 1, "parent_draft": len(drafts) - 1}
        return None
    if "subcount" in last.extra and list_separated(toks, last_end, i):
        main = last.extra.get("parent_draft")
        if main is None:
            main = next((k for k in range(len(drafts) - 1, -1, -1) if "subcount" not in drafts[k].extra), None)
        main_nat = drafts[main].group.nationality if main is not None and drafts[main].group else ""
        if group.nationality and main_nat and group.nationality != main_nat:
            return None
        return last.extra["subcount"], {"cue_at": i, "sibling_sub": len(drafts) - 1}
    return None


def only_joiners(toks: list[Tok], a: int, b: int) -> bool:
    """Only ',', 'and', 'as well as', 'plus' between tokens ``a`` and ``b`` (at least one), and a possessive
    before the second figure ("a mother and her four children").

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("a mother and her four children")
    >>> only_joiners(toks, 2, 4), only_joiners(toks, 2, 3), only_joiners(tokenize("a mother, her four"), 2, 3)
    (True, True, False)
    """
    between = [t.low for t in toks[a:b]]
    if len(between) > 1 and between[-1] in ("his", "her", "their", "its"):
        between = between[:-1]
    return bool(between) and all(w in (",", "and", "as", "well", "plus") for w in between) and (
        "and" in between or "plus" in between or "well" in between)


def subcount_parent(d: Draft, outcome: str, toks: list[Tok], drafts: list[Draft],
                     by_draft: dict[int, CasualtyClaim], claims: list[CasualtyClaim],
                     before: list[CasualtyClaim]) -> tuple[CasualtyClaim | None, int]:
    """The claim a sub-count belongs to, and the token where the text between the two starts.

    In the sentence: the listed figure, else the last figure with the outcome the cue names, else the last
    figure. Across sentences, only when the cue names the outcome ("Among the dead were 11 children") or the
    sentence opens with the cue and the sentence before gave a figure ("Among them were two children.").
    """
    cue = d.extra["subcount"]
    named = cue_outcome(cue) if outcome == "?" else outcome
    if "parent_draft" in d.extra and d.extra["parent_draft"] in by_draft:
        k = d.extra["parent_draft"]
        return by_draft[k], drafts[k].extra.get("end", drafts[k].quant.j)
    if by_draft:
        same = [k for k, c in by_draft.items() if c.outcome == named] if named else []
        k = same[-1] if same else max(by_draft)
        return by_draft[k], drafts[k].extra.get("end", drafts[k].quant.j)
    if named:  # the last tally with that outcome, not one of its parts
        same = [c for c in claims if c.outcome == named]
        return next((c for c in reversed(same) if not c.parent_id), same[-1] if same else None), 0
    cue_at = d.extra.get("cue_at", d.quant.i)
    if before and all(t.low in CONTINUATION_OPENERS for t in toks[:cue_at]):
        return before[-1], 0
    return None, 0


def cue_host(toks: list[Tok], d: Draft) -> Group | None:
    """The people a sub-count cue hangs on when the sub-count names only its outcome: the nearest person noun
    before the cue in its clause ("60 aid workers, including 5 wounded" -> aid workers), else None.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> toks = tokenize("The convoy carried 60 aid workers, including 5 wounded")
    >>> cue_host(toks, Draft(quantity(toks, 8), None, "wounded", 8, extra={"cue_at": 7})).words
    'aid workers'
    >>> toks = tokenize("Rockets hit Haifa on Monday, including 5 wounded")
    >>> cue_host(toks, Draft(quantity(toks, 7), None, "wounded", 7, extra={"cue_at": 6})) is None
    True
    """
    cue_at = d.extra.get("cue_at", d.quant.i)
    for k in range(cue_at - 1, -1, -1):
        if toks[k].low in (";", ":", "(", ")", "—", "–"):
            return None
        g = group_at(toks, k)
        if g is not None and g.words and not g.partitive and not g.outcome and g.j <= cue_at:
            for m in range(k - 1, max(k - 5, -1), -1):  # the whole noun phrase: "aid workers", not "workers"
                wider = group_at(toks, m)
                if wider is not None and wider.j == g.j and wider.words and not wider.partitive:
                    g = wider
            return g
    return None


def in_custody(toks: list[Tok], lo: int, d: Draft, parent: CasualtyClaim | None) -> bool:
    """Is a sub-count nested under a figure of hostages, prisoners or people freed rather than a casualty
    figure? True when a custody word stands between the parent figure and the cue ("killed four and freed 33
    prisoners, including 12 women") or in a relative clause after the sub-count ("two women, who were freed")."""
    if parent is not None and parent.outcome == "detained":
        return False
    hi = d.extra.get("cue_at", d.quant.i)
    if any(t.low in CUSTODY for t in toks[lo:hi]):
        return True
    end = d.extra.get("end", d.quant.j)
    stop = next((x for x in range(end, len(toks)) if toks[x].low in (";", ".")), len(toks))
    for x in range(end, min(stop, end + 12)):
        if toks[x].low in RELATIVE and any(t.low in CUSTODY for t in toks[x + 1:min(x + 4, stop)]) and \
                "carer" not in medical_kinds(toks, x + 1, min(x + 7, stop)):  # not "released from hospital"
            return True
    return False
