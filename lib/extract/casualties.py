"""Casualty claims: every figure with its outcome, group, period and who reported it.

A claim is a count linked to an outcome word in the same clause: an active verb before it ("killed 18
Palestinians", "claimed the lives of 86"), a passive or adjectival one after it ("13 Israelis have been
killed", "dozens were hurt", "5 dead"), or an outcome noun as its head ("505 deaths", "the death toll rose
to 1,200"). Counts are digits ("1,200"), number words ("Thirteen", "a hundred", "dozens") or an article
before a singular person noun ("an Israeli woman" -> 1). Qualifiers become ``count_min``/``count_max``.
A nationality adjective with a generic person noun is normalised to the people's plural ("86 Palestinian
adults and children" -> group "Palestinians"); the text's own words stay in ``text``. Sub-counts
("including 111 children") point to their parent claim; a count without a group after a claim inherits the
main claim's group, never a sub-count's ("killed 18 Palestinians, including 5 children, and wounded over 40").
A figure naming its own group keeps it: a second object of one verb ("killed 2,200 Palestinians and 73 people
on the Israeli side") or a clause with a subject of its own ("..., and 35 people were wounded", which also
takes its own verb's outcome). Only a second verb of the same subject passes a nationality on to a generic noun
("the rocket killed an Israeli woman and injured two men" -> group "Israeli men", group_norm "Israelis"): the
text's noun stays in ``group``, the inferred people goes to ``group_norm``. "Others" works the same way: "killed
five civilians and wounded 11 others" gives group "other civilians" (group_norm "civilians"); with nothing to point
back to it stays "others", and after an age or sex within a people it points to the people ("two Yemeni children
... 14 others" -> "other Yemenis"). A figure coordinated after a first object that has no figure is the verb's
second object ("killed him and three other Hezbollah fighters", "wounded the driver and two passengers").

Vague plurals carry no count. "Killed hundreds", "dozens of protesters were hurt", "several hundred", "tens of
thousands" give a claim with ``count`` empty, ``qualifier`` 'vague' and ``count_min`` the floor the words
guarantee (dozens 12, scores 20, hundreds 100, several hundred 300, hundreds of thousands 100,000). ACLED codes such
reports with a fixed number (dozens -> 12, hundreds -> 100); here that number would be a count the text never gives,
and it would enter totals and count comparisons as if exact. As an open lower bound it still reaches the tally
("at least 100", ``lib.views.tally.bounds``), the words stay in ``text``, and exact scale words are exact ("two dozen" 24,
"three hundred" 300). Vague words with no scale ("many", "a few", "several") give no claim.

Breakdowns give one row per item, each a sub-count of the listed figure: coordinated sub-counts ("including 65
children and 39 women", "two children, one soldier and three workers") and dash, bracket or colon breakdowns
right after a figure ("Six Israelis – four civilians and two soldiers – were killed", "killed 14 people: nine
militants, ..."). Between a subject and its verb, asides are skipped: names and ages (", Ali Hassan and Dan
Levi, both aged 19,"), sources (", Hamas said,") and partitives (", 40 of them women,", itself a sub-count).
Coordinated modifiers make one group ("Hamas and Islamic Jihad fighters").

Sub-counts: "1,354 of the dead were civilians", "24 of those killed were militants", "Of the martyrs, 50 were
fighters" and "five of them were children" are parts of the figure with that outcome, and so is a further item
with a copula ("... and 12 were civilians"); "..., most of them fighters but also 20 civilians" lists another
part, and ", 1,360 of them by live fire" a part named by its manner or place (a 'with' injury joins the group:
"people with gunshot wounds"). A sub-count's own outcome word wins over its parent's ("65,087 wounded ...,
including 165 killed"). "33 hostages, eight of whom were dead" takes the noun before the comma as its group when
that noun is no figure's group. A toll may put its figure first ("bringing to 110 the number of Palestinians
killed", "raising to 62 the death toll"), or an estimate may put its figure after "at" ("put the number of
Israelis killed in the same period at about 60"). A cue's outcome noun may carry a participle of record ("Of the
fatalities identified, 7,800 were children"). "Lost" counts the dead only with a side as subject and people as
object ("Israel has lost 64 soldiers", not "the company lost 64 workers"). A sub-count takes its outcome from a figure in its own sentence,
or from the sentence before only as a continuation ("Among them were two children.", "Of those, 60 were
children.") or when its cue names the outcome ("Among the dead were ..."). A sub-count under hostages, prisoners or people freed gives no claim, unless it names
only its own outcome and no claim comes before it in its sentence: then it is a part of the people its cue hangs on
("94 hostages remain in Gaza, including the bodies of at least 34 dead" -> 34 killed hostages; "60 aid workers,
including 5 wounded"). A day after a month name opens no range ("the toll since Oct. 7 to 28,473"), and an outcome
noun with "of" is an active trigger ("resulted in the martyrdom of 300 citizens ... and the injury of 900 others"). "Two others were hurt." and a
sentence-initial bare figure take the group of the sentence just before. Medical care counts the wounded
("medics treated 100 people", "12 were treated for wounds", "hospitalised"), but not care for shock.

Numbers that are not linked to an outcome word, or that count strikes, rockets, years, nations and the
like (``lib/data/casualty_noncasualty.csv``), give no claim. Claims come from body sentences; a sentence
repeating an earlier one gives none, and a headline or caption claim that restates a body claim is dropped. A
figure naming no group ("Israeli forces killed 18 in Jenin") is kept (in a headline or caption it takes the
group of the lede's figure with its outcome: "Gaza toll rises to 62"), as an analyst can still read it, unless
another claim gives the same count and outcome with a group (a subtitle's "bus bomb wounded 28").

Word lists live in ``lib/data/casualty_*.csv``.

Example:
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract import Context
    >>> doc = document_from_text("a1", "The shelling killed 18 Palestinians and wounded over 40.",
    ...                          published="2006-11-16")
    >>> [(c.count, c.outcome, c.group, c.qualifier) for c in extract(Context(doc=doc))]
    [(18, 'killed', 'Palestinians', ''), (40, 'wounded', 'Palestinians', 'more than')]
    >>> doc = document_from_text("a2", "The war has killed hundreds and wounded 20 others.", published="2023-05-21")
    >>> [(c.count, c.count_min, c.qualifier, c.group) for c in extract(Context(doc=doc))]
    [(None, 100, 'vague', ''), (20, 20, '', 'others')]
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from lib.models import CasualtyClaim, Document, Sentence

DATA = Path(__file__).resolve().parent.parent / "data"

# Regions whose sentences never carry claims; headline and caption claims are kept only when new.
SKIP_REGIONS = frozenset({"boilerplate", "credit", "related", "foreign", "dateline"})

# Words that may follow a bare count ("killed 18 in Jenin", "18 were killed") without naming a group.
BARE_FOLLOWERS = frozenset(
    """in on at near during and or were was have had has are is when after while as including since across
    inside overnight so others more people , . ; : — – - ) ( " ” ’ 's later yesterday today""".split()
)
# Auxiliaries and hedges between a subject and its outcome participle ("are believed to have been killed").
AUX = frozenset(
    """have has had were was are is been be being will would may might could reportedly also now all both
    allegedly believed thought said feared confirmed known estimated presumed reported understood to later
    subsequently already since then either apparently possibly likely more seriously critically severely lightly
    moderately slightly badly fatally mortally gravely""".split()
)
RELATIVE = frozenset({"who", "that", "which"})
FINITE_AUX = frozenset("were was are is have has had will would".split())  # a subject's own verb follows
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
# Sub-count cues that open a sentence continuing the previous one's tally ("Among them were two children.").
CONTINUATION_OPENERS = frozenset({"and", "but", ",", "“", '"', "‘"})
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
TREAT_VERBS = frozenset({"treated", "treating", "treats", "treat"})
HOSPITAL_VERBS = frozenset({"hospitalised", "hospitalized"})  # medical by themselves
COPULAS = frozenset({"were", "are", "was", "is"})
TOLL_NOUNS = frozenset({"toll", "tally"})
TOLL_VERBS = frozenset("""rose risen rising climbed climbing jumped increased reached reaching hit hits stands stood
    stand is was at to of passed exceeded exceeds surpassed topped tops now has had""".split())
INCIDENT_CUES = frozenset("""strike airstrike raid attack shelling bombing explosion blast shooting clash clashes
    ambush incident operation when after crash stabbing""".split())
CUMULATIVE_CUES = ("so far", "to date", "overall", "in all", "altogether", "in total", "cumulative")
# "the deadliest day since 2014": a comparison, not the start of a tally
SUPERLATIVES = frozenset("""deadliest bloodiest worst highest largest biggest heaviest fiercest greatest most first
    lowest longest""".split())
DETERMINERS = frozenset("the his her their its all".split())
NEGATIONS = frozenset("no not none nobody without zero".split())
OBJECT_STARTS = frozenset("a an the his her their its two three four five six seven eight nine ten".split())
PRONOUN_SOURCES = frozenset("he she it they we i you who which that this".split())
SOURCE_VERBS = ("said", "says", "reported", "reports", "announced", "stated", "confirmed", "added", "told",
                "estimated", "estimates", "counted", "recorded", "put", "puts")
SOURCE_TRAILERS = frozenset({"tally", "count", "figures", "figure", "data", "statistics", "report", "records",
                             "toll", "numbers"})

MONTHS = {m: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], start=1) for m in names}
UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}

# A place is the incident's location only after a locative preposition ("in Jenin", "an area of Gaza"),
# not as a modifier ("Wednesday's Gaza offensive") or an origin ("rockets from Gaza").
LOCATIVE = re.compile(r"\b(?:in|near|at|on|outside|inside|across|into|of|around|throughout)\s+(?:the\s+)?"
                      r"(?:[\w'’-]+\s+){0,2}$", re.I)
TOKEN = re.compile(r"\d+-year-old|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:[-'’][A-Za-z]+)*|\S")


# ---------------------------------------------------------------- lexicon


def _read(name: str) -> list[dict[str, str]]:
    with open(DATA / name, newline="", encoding="utf-8") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in TOKEN.findall(phrase))


@dataclass(frozen=True)
class Lexicon:
    """The casualty word lists, read once from ``lib/data/casualty_*.csv``."""

    numbers: dict[str, tuple[int, str]]
    qualifiers: dict[tuple[str, ...], tuple[str, str]]
    before: dict[tuple[str, ...], str]
    after: dict[tuple[str, ...], str]
    nouns: dict[tuple[str, ...], str]
    heads: dict[tuple[str, ...], tuple[str, bool, bool]]  # words -> (norm, generic, singular)
    nationalities: dict[tuple[str, ...], str]  # adjective words -> people plural
    peoples: dict[tuple[str, ...], str]  # "israelis" / "palestinian" as a noun -> people plural
    modifiers: dict[tuple[str, ...], str]
    noncasualty: frozenset[tuple[str, ...]]
    source_cues: frozenset[str]
    plurals: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    medical: dict[tuple[str, ...], str] = field(default_factory=dict)  # words -> carer | injury | not


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists (cached).

    >>> lexicon().numbers["thirteen"], lexicon().nationalities[("palestinian",)]
    ((13, 'unit'), 'Palestinians')
    """
    numbers = {r["word"].lower(): (int(r["value"]), r["kind"]) for r in _read("casualty_numbers.csv")}
    quals = {_words(r["phrase"]): (r["qualifier"], r["bound"]) for r in _read("casualty_qualifiers.csv")}
    before, after, nouns = {}, {}, {}
    for r in _read("casualty_outcomes.csv"):
        {"before": before, "after": after, "noun": nouns}[r["position"]][_words(r["phrase"])] = r["outcome"]
    heads: dict[tuple[str, ...], tuple[str, bool, bool]] = {}
    plurals: dict[tuple[str, ...], tuple[str, ...]] = {}
    for r in _read("casualty_groups.csv"):
        plurals.setdefault(_words(r["singular"]), tuple(r["plural"].split()))
        generic = r["generic"] == "1"
        heads.setdefault(_words(r["plural"]), (r["norm"], generic, False))
        heads.setdefault(_words(r["singular"]), (r["norm"], generic, True))
    nats, peoples = {}, {}
    for r in _read("casualty_nationalities.csv"):
        nats[_words(r["adjective"])] = r["people"]
        peoples[_words(r["people"])] = r["people"]
        peoples.setdefault(_words(r["adjective"]), r["people"])
    mods = {_words(r["word"]): r["word"] for r in _read("casualty_modifiers.csv")}
    non = frozenset(_words(r["noun"]) for r in _read("casualty_noncasualty.csv"))
    cues = frozenset(r["cue"].lower() for r in _read("casualty_sources.csv"))
    medical = {_words(r["phrase"]): r["kind"] for r in _read("casualty_medical.csv")}
    return Lexicon(numbers, quals, before, after, nouns, heads, nats, peoples, mods, non, cues, plurals, medical)


# ---------------------------------------------------------------- tokens


@dataclass(frozen=True)
class Tok:
    text: str
    low: str
    start: int  # offset in the sentence
    end: int


def tokenize(text: str) -> list[Tok]:
    """Word, number and punctuation tokens with offsets.

    >>> [t.text for t in tokenize("killed 1,200 Israelis, a 16-year-old.")]
    ['killed', '1,200', 'Israelis', ',', 'a', '16-year-old', '.']
    """
    return [Tok(m.group(), m.group().lower().replace("’", "'"), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _match(toks: list[Tok], i: int, table) -> tuple[tuple[str, ...], int] | None:
    """Longest phrase of ``table`` (word tuples) starting at token ``i`` -> (phrase, end index)."""
    best = None
    for n in range(1, 6):
        if i + n > len(toks):
            break
        key = tuple(t.low for t in toks[i:i + n])
        if key in table:
            best = (key, i + n)
    return best


def _ends_with(toks: list[Tok], i: int, table) -> tuple[tuple[str, ...], int] | None:
    """Longest phrase of ``table`` ending just before token ``i`` -> (phrase, start index)."""
    best = None
    for n in range(1, 6):
        if i - n < 0:
            break
        key = tuple(t.low for t in toks[i - n:i])
        if key in table:
            best = (key, i - n)
    return best


# ---------------------------------------------------------------- numbers


@dataclass(frozen=True)
class Quant:
    """A count at tokens [i, j): value, bounds, qualifier, kind (num | article | vague)."""

    i: int
    j: int
    count: int
    count_min: int | None
    count_max: int | None
    qualifier: str
    kind: str
    year_like: bool = False


def _number(toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """A number at token ``i`` -> (value, end index, kind), kind num | article | vague."""
    lex = lexicon()
    if i >= len(toks):
        return None
    t = toks[i]
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", t.text) and t.text[0].isdigit():
        value = float(t.text.replace(",", ""))
        j = i + 1
        if j < len(toks) and lex.numbers.get(toks[j].low, (0, ""))[1] == "scale" and toks[j].low != "dozen":
            value *= lex.numbers[toks[j].low][0]
            j += 1
        return int(value), j, "num"
    total = current = 0
    j = i
    seen = False
    while j < len(toks):
        parts = toks[j].low.split("-")
        entries = [lex.numbers.get(p) for p in parts]
        if not all(entries):
            if seen and toks[j].low == "and" and j + 1 < len(toks) and \
                    lex.numbers.get(toks[j + 1].low.split("-")[0], (0, ""))[1] in ("unit", "ten") and current >= 100:
                j += 1
                continue
            break
        kinds = [e[1] for e in entries]
        if kinds[0] == "vague":
            if seen:
                break
            return _vague_chain(toks, j, entries[0][0])
        if kinds[0] == "multiplier" or kinds[0] == "article" and j + 1 < len(toks) and \
                lex.numbers.get(toks[j + 1].low, (0, ""))[1] == "multiplier":
            # "several hundred", "a few thousand": a vague figure with a lower bound, never an exact count
            m = j + (1 if kinds[0] == "article" else 0)
            scale = lex.numbers.get(toks[m + 1].low) if m + 1 < len(toks) else None
            if seen or len(parts) > 1 or scale is None or scale[1] != "scale":
                break
            return lex.numbers[toks[m].low][0] * scale[0], m + 2, "vague"
        if kinds[0] == "article":
            if seen:
                break
            nxt = toks[j + 1].low if j + 1 < len(toks) else ""
            if nxt in ("hundred", "thousand", "dozen", "million"):
                current = 1
                seen = True
                j += 1
                continue
            if len(parts) == 1:
                return 1, j + 1, "article"
            break
        for (v, k) in entries:
            if k in ("unit", "ten"):
                current += v
            elif v == 100:
                current = max(current, 1) * 100
            elif k == "scale":
                if v == 12:
                    current = max(current, 1) * 12
                else:
                    total += max(current, 1) * v
                    current = 0
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j, "num"


def _vague_chain(toks: list[Tok], j: int, value: int) -> tuple[int, int, str]:
    """A vague plural at ``j`` with its lower bound, through "of" chains ("hundreds of thousands" -> 100,000)."""
    lex = lexicon()
    end = j + 1
    while end + 1 < len(toks) and toks[end].low == "of" and lex.numbers.get(toks[end + 1].low, (0, ""))[1] == "vague" \
            and lex.numbers[toks[end + 1].low][0] >= 1000:
        value *= lex.numbers[toks[end + 1].low][0]
        end += 2
    return value, end, "vague"


def _day_of_month(toks: list[Tok], k: int) -> bool:
    """True when the number at token ``k`` is a day after a month name ("Oct. 7", "October 7").

    >>> _day_of_month(tokenize("since Oct. 7 to 300"), 3), _day_of_month(tokenize("from 7 to 300"), 1)
    (True, False)
    """
    m = k - 1
    if m > 0 and toks[m].low == "." and toks[m - 1].low in MONTHS:
        m -= 1
    return m >= 0 and toks[m].low in MONTHS and toks[m].low != "may" and toks[k].text.isdigit() \
        and 1 <= int(toks[k].text) <= 31


def quantity(toks: list[Tok], i: int) -> Quant | None:
    """A count with its qualifier or range at token ``i``.

    >>> q = quantity(tokenize("more than 40 people"), 0)
    >>> (q.count, q.count_min, q.count_max, q.qualifier)
    (40, 41, None, 'more than')
    >>> q = quantity(tokenize("between 10 and 15"), 0)
    >>> (q.count, q.count_min, q.count_max)
    (10, 10, 15)
    """
    lex = lexicon()
    qual, bound, k = "", "exact", i
    m = _match(toks, i, lex.qualifiers)
    if m:
        (qual, bound), k = lex.qualifiers[m[0]], m[1]
    if k < len(toks) and toks[k].low == "between" and not qual:
        a = _number(toks, k + 1)
        if a and a[2] == "num" and a[1] < len(toks) and toks[a[1]].low == "and":
            b = _number(toks, a[1] + 1)
            if b and b[2] == "num" and b[0] >= a[0]:
                return Quant(i, b[1], a[0], a[0], b[0], "between", "num")
        return None
    n = _number(toks, k)
    if n is None:
        return None
    value, j, kind = n
    if kind == "article" and qual:
        return None
    if kind == "num" and j + 1 < len(toks) and toks[j].low in ("to", "-", "–", "or") and not qual and \
            not _day_of_month(toks, k):  # "the toll since Oct. 7 to 28,473": a date, then the figure
        b = _number(toks, j + 1)
        if b and b[2] == "num" and b[0] > value:
            return Quant(i, b[1], value, value, b[0], "between", "num")
    text = toks[k].text
    year_like = kind == "num" and bool(re.fullmatch(r"(1[89]|20)\d\d", text)) and not qual
    if kind == "vague":
        return Quant(i, j, value, value, None, "vague", kind)  # "at least dozens": still vague
    cmin = cmax = value
    if bound == "min":
        cmax = None
    elif bound == "above":
        cmin, cmax = value + 1, None
    elif bound == "max":
        cmin = None
    elif bound == "below":
        cmin, cmax = None, value - 1
    elif bound == "approx":
        cmin = cmax = None
    return Quant(i, j, value, cmin, cmax, qual, kind, year_like)


# ---------------------------------------------------------------- groups


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


def _nominal(toks: list[Tok], i: int) -> tuple[int, str, str, bool, bool, str] | None:
    """MOD* HEAD at ``i`` -> (end, nationality, norm, generic, singular, outcome-noun)."""
    lex = lexicon()
    k = i
    nationality = ""
    mixed = False
    while k < len(toks):
        t = toks[k]
        m = _match(toks, k, lex.nationalities) or _match(toks, k, lex.modifiers) or (
            ((t.low,), k + 1) if _proper_modifier(toks, k) else None)
        if m and m[1] + 1 < len(toks) and toks[m[1]].low in ("and", "or", "/") and \
                (_match(toks, m[1] + 1, lex.nationalities) or _match(toks, m[1] + 1, lex.modifiers)
                 or _proper_modifier(toks, m[1] + 1)) and _nominal(toks, m[1] + 1):
            # coordinated modifiers of one head: "Hamas and Islamic Jihad fighters", "Israeli and Thai workers"
            mixed = mixed or m[0] in lex.nationalities
            k = m[1] + 1
            continue
        m = _match(toks, k, lex.nationalities)
        if m:
            # a nationality word is a head itself when no noun follows ("an Israeli was killed")
            head = _match(toks, m[1], lex.heads) or _match(toks, m[1], lex.nouns)
            if head or _match(toks, m[1], lex.nationalities) or _match(toks, m[1], lex.modifiers):
                nationality = "" if mixed else lex.nationalities[m[0]]
                k = m[1]
                continue
            break
        m = _match(toks, k, lex.modifiers)
        if m and k > 0 and toks[k - 1].low == "the" and _match(toks, k, lex.nouns) and not any(_match(toks, m[1], table) for table in (
                lex.heads, lex.peoples, lex.nationalities, lex.modifiers)):
            break  # "one of the wounded was": the outcome noun is the head
        if m:
            as_head = _match(toks, k, lex.heads)
            if as_head and (as_head[1] > m[1] or not (_match(toks, m[1], lex.heads) or _match(
                    toks, m[1], lex.peoples) or _match(toks, m[1], lex.nouns) or _nominal(toks, m[1]))):
                break  # "two others": a head; "three other Hezbollah fighters": a modifier
            k = m[1]
            continue
        if t.low.endswith("-year-old") or (t.text[:1].isupper() and t.low not in lex.numbers
                                           and not _match(toks, k, lex.heads)
                                           and not _match(toks, k, lex.peoples)):
            if t.low.endswith("-year-old") or (k + 1 < len(toks) and toks[k + 1].text[:1].isalpha()):
                k += 1
                continue
        break
    m = _match(toks, k, lex.nouns)
    if m and k > i:  # "Palestinian deaths": the modifiers name the group
        return m[1], nationality, nationality, True, False, lex.nouns[m[0]]
    m = _match(toks, k, lex.heads)
    if m:
        nxt = _match(toks, m[1], lex.heads)
        if nxt and m[0] in lex.plurals and nxt[0] != ("others",):
            m = nxt  # a singular person noun modifying another: "a police official", "two child soldiers"
        norm, generic, singular = lex.heads[m[0]]
        return m[1], nationality, norm, generic, singular, ""
    m = _match(toks, k, lex.peoples)
    if m:
        people = lex.peoples[m[0]]
        singular = m[0] in lex.nationalities and people.lower() != " ".join(m[0])
        return m[1], people, people, True, singular, ""
    if k > i and toks[k - 1].low.endswith("-year-old"):  # "a 16-year-old was killed"
        return k, nationality, "people", True, True, ""
    m = _match(toks, k, lex.nouns)
    if m:
        return m[1], nationality, nationality, True, False, lex.nouns[m[0]]
    return None


def _proper_modifier(toks: list[Tok], k: int) -> bool:
    """Is token ``k`` a capitalised name that may modify a person noun ("Amal" in "Amal fighters")?"""
    lex = lexicon()
    t = toks[k] if k < len(toks) else None
    return t is not None and t.text[:1].isupper() and t.text.isalpha() and t.low not in lex.numbers and not any(
        _match(toks, k, table) for table in (lex.heads, lex.peoples, lex.nouns))


def _words_before_noun(toks: list[Tok], i: int, end: int) -> str:
    """The group words of ``toks[i:end]`` without a closing outcome noun ("Palestinian deaths" -> "Palestinian")."""
    lex = lexicon()
    for k in range(i, end):
        m = _match(toks, k, lex.nouns)
        if m and m[1] == end:
            return " ".join(t.text for t in toks[i:k])
    return " ".join(t.text for t in toks[i:end])


# Outcome words that may modify a person noun after a count ("three dead soldiers", "15 injured children"). "wounded"
# is a plain modifier (casualty_modifiers.csv: "two wounded soldiers later died" takes the verb's outcome).
OUTCOME_ADJECTIVES = frozenset({"dead", "injured"})


def group_at(toks: list[Tok], i: int) -> Group | None:
    """The group phrase after a count, or None when no person noun follows.

    >>> g = group_at(tokenize("Palestinian adults and children this year"), 0)
    >>> (g.words, g.norm, g.nationality)
    ('Palestinian adults and children', 'Palestinians', 'Palestinians')
    """
    k = i
    partitive = False
    if k < len(toks) and toks[k].low == "of":
        if k + 2 < len(toks) and toks[k + 1].low in ("the", "those") and _nominal(toks, k + 2) is None and \
                lexicon().after.get((toks[k + 2].low,)) in ("killed", "wounded"):
            # "24 of those killed were militants": the participle names the subset's outcome
            return Group(i, k + 3, outcome=lexicon().after[(toks[k + 2].low,)], partitive=True)
        if k + 1 < len(toks) and toks[k + 1].low in ("them", "those", "whom"):
            return Group(i, k + 2, partitive=True)
        if k + 1 < len(toks) and toks[k + 1].low in ("the", "those", "these", "its", "their", "our", "his", "her"):
            k += 2
            partitive = True
        elif _nominal(toks, k + 1):  # "dozens of people"
            k += 1
        else:
            return None
    first = _nominal(toks, k)
    if first is None:
        return None
    end, nationality, norm, generic, singular, outcome = first
    if outcome and end == k + 1 and toks[k].low in OUTCOME_ADJECTIVES:
        rest = _nominal(toks, k + 1)
        if rest is not None and not rest[5]:  # "three dead soldiers": the outcome word modifies a person noun
            end, nationality, norm, generic, singular, _ = rest
            k += 1
    if not outcome and end + 1 < len(toks) and toks[end].low in ("and", "or"):
        nxt = _nominal(toks, end + 1)
        if nxt and not nxt[5] and _number(toks, end + 1) is None:
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
    if nationality:
        norm = nationality
    return Group(i, end, words, norm, nationality, generic, singular, outcome, partitive)


# ---------------------------------------------------------------- outcome links


def _left_outcome(toks: list[Tok], i: int) -> tuple[str, int, bool]:
    """Outcome of an active verb, 'noun of' or toll phrase just before token ``i`` ->
    (outcome, index of the trigger word, is a toll). ('', i, False) when there is none."""
    lex = lexicon()
    m = _ends_with(toks, i, lex.before)
    if m:
        return lex.before[m[0]], m[1], False
    if i > 1 and toks[i - 1].low in DETERMINERS:  # "wounded his two sisters", "killed the three men"
        m = _ends_with(toks, i - 1, lex.before)
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
    return "", i, False


def _toll_phrase(toks: list[Tok], j: int) -> tuple[str, Group | None, int] | None:
    """A toll noun phrase opening with "the" at token ``j`` -> (outcome, group or None, end index), else None:
    "the death toll", "the number of dead", "the number of Palestinians killed".

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
    if toks[k].low in TOLL_NOUNS:  # "the death toll", "the overall injury toll"
        wounded = any(t.low in ("injury", "injuries", "wounded") for t in toks[j + 1:k])
        return ("wounded" if wounded else "killed"), None, k + 1
    if k + 1 >= len(toks) or toks[k + 1].low != "of":
        return None
    m = _match(toks, k + 2, lex.nouns)  # "the number of dead"
    if m and _nominal(toks, k + 2) is not None and _nominal(toks, k + 2)[5]:
        return lex.nouns[m[0]], None, m[1]
    g = group_at(toks, k + 2)
    if g is None or g.partitive or g.outcome:
        return None
    m = _match(toks, g.j, lex.after)  # "the number of Palestinians killed"
    if not m or lex.after[m[0]] not in ("killed", "wounded"):
        return None
    return lex.after[m[0]], g, m[1]


def _inverted_toll(toks: list[Tok], q: Quant) -> tuple[str, Group | None, int] | None:
    """A toll whose figure comes before its noun: "bringing to 110 the number of Palestinians killed", "raising to
    62 the death toll", "taking to 300 the number of dead" -> (outcome, group or None, end index), else None.

    >>> toks = tokenize("bringing to at least 110 the number of Palestinians killed since March")
    >>> outcome, group, end = _inverted_toll(toks, quantity(toks, 2))
    >>> outcome, group.words, toks[end].text
    ('killed', 'Palestinians', 'since')
    >>> _inverted_toll(tokenize("rose to 110 the day after"), quantity(tokenize("rose to 110 the day after"), 2))
    """
    if q.i == 0 or toks[q.i - 1].low != "to" or q.j >= len(toks) or toks[q.j].low != "the":
        return None
    return _toll_phrase(toks, q.j)


# Verbs of estimating that take a toll and its figure after "at": "put the death toll at 60".
ESTIMATE_VERBS = frozenset("put puts putting placed places placing set sets setting estimated estimates estimating "
                           "pegged pegs".split())


def _estimated_toll(toks: list[Tok], q: Quant) -> tuple[str, Group | None, int] | None:
    """A toll estimated at a figure after it: "put the number of Israelis killed in the same period at about 60",
    "officials placed the death toll at 30" -> (outcome, group or None, index of the verb), else None. The phrase
    between the toll and "at" stays in one clause (no comma) and is short.

    >>> toks = tokenize("Army figures put the number of Israelis killed since 1987 at about 60.")
    >>> outcome, group, verb = _estimated_toll(toks, quantity(toks, 11))
    >>> outcome, group.words, toks[verb].text
    ('killed', 'Israelis', 'put')
    >>> toks = tokenize("They put the number of visitors at 60.")
    >>> _estimated_toll(toks, quantity(toks, 7)) is None
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


def _loss_outcome(toks: list[Tok], i: int, group: Group | None) -> int | None:
    """Index of a verb 'lost' meaning killed just before the figure at token ``i``, else None: its object is a
    group of people and its subject a side, a proper name or a word like army or forces ("Israel has lost 64
    soldiers", "the army lost three officers"), never a party losing seats or a firm losing staff to layoffs.

    >>> toks = tokenize("Israel has lost 64 soldiers and four civilians")
    >>> _loss_outcome(toks, 3, group_at(toks, 4))
    2
    >>> toks = tokenize("the company lost 64 workers")
    >>> _loss_outcome(toks, 3, group_at(toks, 4)) is None
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


def _right_outcome(toks: list[Tok], j: int) -> tuple[str, int, bool] | None:
    """Scan from ``j`` (after the subject) for its outcome participle -> (outcome, token index, aux seen)."""
    lex = lexicon()
    k, aux = j, False
    for _ in range(40):
        if k >= len(toks):
            return None
        t = toks[k]
        m = _match(toks, k, lex.after)
        if m:
            rest = m[1]
            if not aux and lex.after[m[0]] in ("killed", "wounded") and m[0][-1] in ("killed", "wounded", "injured",
                                                                                    "hurt", "dead"):
                # "two soldiers killed a gunman": an active verb with an object, not a passive
                if rest < len(toks) and (toks[rest].low in OBJECT_STARTS or quantity(toks, rest)
                                         or _nominal(toks, rest)):
                    return None
            return lex.after[m[0]], k, aux
        if (t.low in TREAT_VERBS or t.low in HOSPITAL_VERBS) and aux and \
                _treated_injured(toks, k + 1, t.low in HOSPITAL_VERBS):  # "40 were treated for wounds"
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
            close = _appositive_end(toks, k)
            if close is not None:  # "two officers, Yazan Falah and Shirel Aboukrat, both aged 19, were killed"
                while (further := _appositive_end(toks, close)) is not None:
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
            if k2 < len(toks) and toks[k2].low in ("his", "her", "their") and _nominal(toks, k2 + 1):
                k = _nominal(toks, k2 + 1)[0]  # "a girl and her grandmother were killed"
                continue
            return None
        if t.low in PREPS:
            k += 1
            n = 0
            while k < len(toks) and n < 8 and (toks[k].low in FILLER or toks[k].text[:1].isupper()
                                               or toks[k].text[:1].isdigit() or toks[k].low == "."
                                               and toks[k - 1].text[:1].isupper()):
                if _match(toks, k, lex.after) or toks[k].low in AUX:
                    break
                k += 1
                n += 1
            continue
        return None
    return None


# Words an appositive of names, ages or descriptions may hold besides capitalised names, numbers and person nouns.
APPOSITIVE_WORDS = frozenset("""and both all each aged age ages respectively of from bin ibn al el abu de a an the
    in their his her s""".split())
# Verbs closing a source aside between a subject and its verb ("12 Palestinians, Hamas said, were killed").
ASIDE_VERBS = frozenset("said says say reported reports added claimed told stated confirmed".split())


def _appositive_end(toks: list[Tok], k: int) -> int | None:
    """The closing comma of an aside opening at the comma ``k`` between a subject and its verb, else None: names
    and ages (", Yazan Falah and Shirel Aboukrat,", ", both aged 19,", ", a man and a woman in their 60s,"), a
    partitive (", 40 of them women,") or a source (", Hamas said,", ", according to medics,").

    >>> toks = tokenize("two officers, Ali Hassan and Dan Levi, both aged 19, were killed")
    >>> _appositive_end(toks, 2), _appositive_end(toks, 8)
    (8, 12)
    >>> _appositive_end(tokenize("two soldiers, the army said, were killed"), 2)
    6
    >>> _appositive_end(tokenize("two soldiers, then fled, were killed"), 2) is None
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
    if any(_match(toks, x, lex.after) or _match(toks, x, lex.before) or toks[x].low in lex.source_cues
           for x in range(k + 1, close)):
        return None  # "12 people, Israel Police," : a source or a verb, not a description
    if not all(t.text[:1].isupper() or t.text[:1].isdigit() or t.low in APPOSITIVE_WORDS or t.low in ("-", "'s", ".")
               or t.low.endswith("-year-old") or _match(toks, x, lex.heads) or _match(toks, x, lex.modifiers)
               for x, t in enumerate(seg, start=k + 1)):
        return None
    return close


def _subcount_cue(toks: list[Tok], i: int) -> tuple[str, ...] | None:
    """The sub-count cue ending just before token ``i`` ("including", "among them", "of the dead,"), or None."""
    for n in range(4, 0, -1):
        if i - n >= 0 and tuple(t.low for t in toks[i - n:i]) in SUBCOUNT_CUES:
            return tuple(t.low for t in toks[i - n:i])
    return _outcome_noun_cue(toks, i)


# Participles that may restrict an outcome noun in a sub-count cue ("Of the fatalities identified, ...").
CUE_RESTRICTORS = frozenset("""identified recorded registered confirmed documented verified counted named reported
    so far to date""".split())


def _outcome_noun_cue(toks: list[Tok], i: int) -> tuple[str, ...] | None:
    """A cue naming the dead or wounded by any outcome noun just before token ``i``: "of the <noun>," or "among
    the <noun> [were|are]" ("Of the martyrs, 50 were fighters", "Among the fatalities were ..."). Up to three
    restricting words may follow the noun before the comma ("Of the fatalities identified,", "Of the dead so far,").

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


def _cue_outcome(cue: tuple[str, ...]) -> str:
    """The outcome a sub-count cue names itself ("among the dead" -> killed, "of the martyrs," -> killed), or ''."""
    if any(w in cue for w in ("dead", "victims", "killed", "fatalities")):
        return "killed"
    if any(w in cue for w in ("wounded", "injured")):
        return "wounded"
    lex = lexicon()
    named = {lex.nouns.get((w,)) for w in cue} - {None}
    return named.pop() if len(named) == 1 else ""


def _partitive_subset(toks: list[Tok], j: int) -> Group | None:
    """The group named after "N of the dead": "1,354 of the dead were civilians" -> civilians.

    >>> _partitive_subset(tokenize("of the dead were civilians"), 3).words
    'civilians'
    >>> _partitive_subset(tokenize("of the wounded was in serious condition"), 3) is None
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


def _antecedent(toks: list[Tok], i: int, drafts: list[_Draft]) -> Group | None:
    """The group a partitive at token ``i`` ("eight of whom", "two of them") points back to when the noun just
    before its comma is no figure's group: "freed 33 hostages, eight of whom were dead" -> hostages, else None.

    >>> toks = tokenize("freed 33 Israeli hostages, eight of whom were dead")
    >>> _antecedent(toks, 5, []).words
    'Israeli hostages'
    >>> _antecedent(tokenize("were wounded, eight of whom"), 3, []) is None
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


def _partitive_part(toks: list[Tok], q: Quant, group: Group, drafts: list[_Draft]) -> Group | None:
    """The part a partitive figure ("N of them", "N of whom") names of the figure before it, or None.

    "Five of them were children" and ", 40 of them women," give the group named ("children", "women"); ", 1,360 of
    them by live fire" right after a figure of the same clause gives the partitive itself (its group is the
    figure's). A partitive with a verb of its own ("one of them died") or a bare degree (", one of them
    seriously") is no part.

    >>> toks = tokenize("2,700 people were hurt, 1,360 of them by live fire")
    >>> d = _Draft(quantity(toks, 0), group_at(toks, 1), "wounded", 0, extra={"end": 2})
    >>> _partitive_part(toks, quantity(toks, 5), group_at(toks, 6), [d]) is not None
    True
    >>> toks = tokenize("2,700 people were hurt, one of them seriously")
    >>> _partitive_part(toks, quantity(toks, 5), group_at(toks, 6), [d]) is None
    True
    """
    subset = _partitive_subset(toks, group.j)
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
            last.outcome not in ("", "?") and not _right_outcome(toks, group.j):
        return group  # "more than 2,700 people had been injured, 1,360 of them by live fire"
    return None


def _copula_sibling(toks: list[Tok], q: Quant, group: Group | None, drafts: list[_Draft]) -> Group | None:
    """The group of a further item in a list of sub-counts with copulas, else None: after "Of those, 60 were
    children", the figure in "and 20 were women" is a part of the same figure (group "women").

    >>> toks = tokenize("of them, 60 were children and 20 were women")
    >>> d = _Draft(quantity(toks, 3), group_at(toks, 5), "?", 3, extra={"subcount": ("of", "them", ","), "end": 6})
    >>> _copula_sibling(toks, quantity(toks, 7), None, [d]).words
    'women'
    >>> _copula_sibling(toks, quantity(toks, 7), None, []) is None
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
    if not _list_separated(toks, tail, q.i):
        return None
    k = q.j + 1
    while k < len(toks) and toks[k].low in ("also", "all", "a", "an"):  # "and one was a teenager"
        k += 1
    g = group_at(toks, k)
    if g is None or not g.words or g.partitive or g.outcome or _right_outcome(toks, g.j):
        return None
    return g


def _injury_tail(toks: list[Tok], j: int) -> str:
    """A 'with' phrase naming an injury at token ``j`` ("with gunshot wounds"), else ''.

    >>> _injury_tail(tokenize("with gunshot wounds, medics said"), 0)
    'with gunshot wounds'
    >>> _injury_tail(tokenize("with their families"), 0)
    ''
    """
    if j >= len(toks) or toks[j].low != "with":
        return ""
    k = j + 1
    while k < len(toks) and k - j <= 4 and toks[k].text[:1].isalpha():
        k += 1
    return " ".join(t.text for t in toks[j:k]) if "injury" in _medical_kinds(toks, j + 1, k) else ""


def _list_parent(toks: list[Tok], i: int, drafts: list[_Draft]) -> tuple[int, int] | None:
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
        if k <= 0 or toks[k - 1].low in (",", ";", ":", "(", ")") or _match(toks, k - 1, lex.after) or \
                _match(toks, k - 1, lex.before) or quantity(toks, k - 1):
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


def _medical_kinds(toks: list[Tok], lo: int, hi: int) -> set[str]:
    """Kinds of medical words (carer | injury | not) in ``toks[lo:hi]``."""
    lex = lexicon()
    kinds = set()
    for k in range(max(lo, 0), min(hi, len(toks))):
        m = _match(toks, k, lex.medical)
        if m:
            kinds.add(lex.medical[m[0]])
    return kinds


def _treated_injured(toks: list[Tok], after: int, carer: bool = False) -> bool:
    """Is medical treatment ("treated about 100 people", "40 were treated") a count of the wounded? Yes when it
    is for an injury ("treated for gunshot wounds") or the sentence names a carer (medics, a hospital), but not
    when it is for shock, anxiety or smoke inhalation. ``after`` is the token after the treated people or verb;
    ``carer`` says the verb is medical itself ("hospitalised").

    >>> toks = tokenize("Medics treated 40 people for shock.")
    >>> _treated_injured(toks, 4)
    False
    >>> _treated_injured(tokenize("Medics treated 40 people."), 4)
    True
    """
    if after < len(toks) and toks[after].low in ("for", "from"):
        reason = _medical_kinds(toks, after + 1, after + 4)
        if "injury" in reason:
            return True
        if "not" in reason:
            return False
    if carer or tuple(t.low for t in toks[after:after + 2]) in (("and", "released"), ("and", "discharged")):
        return True
    clause_end = next((x for x in range(after, len(toks)) if toks[x].low in (";", ".")), len(toks))
    if "injury" in _medical_kinds(toks, after, clause_end):
        return True
    return "carer" in _medical_kinds(toks, 0, len(toks))


# ---------------------------------------------------------------- periods and sources


@dataclass(frozen=True)
class Period:
    text: str
    start: int  # offsets in the sentence
    end: int
    period_start: str = ""
    period_end: str = ""
    same: bool = False  # "over the same period": inherits the previous claim's period


def _pub(doc: Document) -> dt.date | None:
    v = doc.published or ""
    try:
        if len(v) == 10:
            return dt.date.fromisoformat(v)
        if len(v) == 7:
            return dt.date(int(v[:4]), int(v[5:7]), 1)
        if len(v) == 4:
            return dt.date(int(v), 12, 31)
    except ValueError:
        return None
    return None


PERIOD = re.compile(
    r"\b(?:(?P<same>(?:over|during|in|for) the same (?:period|time(?:frame)?))"
    r"|(?P<year>(?:so far |since the (?:start|beginning) of )?this year|since the (?:start|beginning) of the year)"
    r"|(?P<month>(?:so far )?this month)"
    r"|(?P<past>(?:in|over|during|within) the (?:past|last|previous) (?:(?P<n>\d+|[a-z]+) )?(?P<unit>hour|day|week|month|year)s?)"
    r"|since (?P<since>(?:(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? ?(?P<d1>\d{1,2})?"
    r"|(?P<d2>\d{1,2}) (?P<m2>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*)(?:,? (?P<y>\d{4}))?"
    r"|the (?:start|beginning|outbreak) of the [a-z ]{2,30}?(?=[,.;]|$| according| the)|the war (?:began|started|erupted)"
    r"|(?P<sy>\d{4})))",
    re.I,
)


def periods(doc: Document, sentence: Sentence) -> list[Period]:
    """Period phrases in ``sentence`` with their start and end (TimeML days).

    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "86 were killed this year.", published="2023-03-19")
    >>> [(p.text, p.period_start, p.period_end) for p in periods(d, d.sentences[0])]
    [('this year', '2023-01-01', '2023-03-19')]
    """
    pub = _pub(doc)
    end = doc.published if pub else ""  # the publication day, or its month or year when that is all we know
    out = []
    for m in PERIOD.finditer(sentence.text):
        start = ""
        before = sentence.text[max(0, m.start() - 40):m.start()].lower().split()[-4:]
        if m.group().lower().startswith("since") and any(w.strip(",") in SUPERLATIVES for w in before):
            continue
        if m["same"]:
            out.append(Period(m.group(), m.start(), m.end(), same=True))
            continue
        if pub and m["year"]:
            start = dt.date(pub.year, 1, 1).isoformat()
        elif pub and m["month"]:
            start = dt.date(pub.year, pub.month, 1).isoformat()
        elif pub and m["past"]:
            n = (m["n"] or "").lower()
            num = int(n) if n.isdigit() else 3 if n in ("few", "several") else lexicon().numbers.get(n, (1, ""))[0]
            days = num * UNIT_DAYS[m["unit"].lower()]
            start = (pub - dt.timedelta(days=max(days, 1))).isoformat()
        elif pub and (m["m1"] or m["m2"]):
            month = MONTHS[(m["m1"] or m["m2"]).lower()[:3]]
            day = int(m["d1"] or m["d2"] or 1)
            year = int(m["y"]) if m["y"] else pub.year
            try:
                d = dt.date(year, month, day)
                if not m["y"] and d > pub:
                    d = dt.date(year - 1, month, day)
                start = d.isoformat()
            except ValueError:
                start = ""
        elif m["sy"]:
            start = f"{m['sy']}-01-01"
        text = m.group().rstrip(" .")
        out.append(Period(text, m.start(), m.start() + len(text), start, end))
    return out


@dataclass(frozen=True)
class Source:
    name: str
    start: int
    end: int


def _clean_source(np: str) -> str:
    words = np.strip(" ,;:\"“”'").split()
    while words and words[0].lower() in ("the", "a", "an", "an", "and", "but", "while", "as"):
        words = words[1:]
    while len(words) > 1 and words[-1].lower().strip(".") in SOURCE_TRAILERS:
        words = words[:-1]
    return " ".join(words).strip(" ,;:")


def _is_source(np: str) -> bool:
    lex = lexicon()
    words = np.split()
    if not words or words[0].lower() in PRONOUN_SOURCES or len(words) > 8:
        return False
    low = np.lower()
    if any(re.search(r"(?<![\w.])" + re.escape(c) + r"(?![\w])", low) for c in lex.source_cues):
        return True
    return all(w[:1].isupper() for w in words)


def sources(sentence: str) -> list[Source]:
    """Who reports the figures in a sentence ("according to an AFP tally", "the Health Ministry said").

    >>> [s.name for s in sources("At least 505 people have been killed, the Health Ministry said.")]
    ['Health Ministry']
    >>> [s.name for s in sources("One was killed, according to an AFP tally based on official sources.")]
    ['AFP']
    """
    out: list[Source] = []
    for m in re.finditer(r"\baccording to (?P<np>.+?)(?=\s*(?:[,;()]|\.(?:\s|$)|$|\s(?:based on|which|who|that|"
                         r"citing|cited|and the|on|in|as of)\b))", sentence):
        name = _clean_source(m["np"])
        if name and _is_source(name):
            out.append(Source(name, m.start("np"), m.end("np")))
    verbs = "|".join(SOURCE_VERBS)
    for m in re.finditer(rf"\b(?:{verbs})\b", sentence):
        head = sentence[:m.start()].rstrip()
        clause = re.split(r"[,;:“”\"()]|\b(?:and|but|while|as|that)\s", head)[-1].strip()
        words = clause.split()
        if words and len(words) <= 8:
            name = _clean_source(clause)
            if name and _is_source(name):
                s = head.rfind(clause)
                out.append(Source(name, s, s + len(clause)))
                continue
        tail = re.match(r"\s+(?P<np>(?:the |an? )?[^,;.()“”\"]+?)(?=\s*(?:[,;()“”\"]|\.(?:\s|$)|$|\s(?:on|in|that)\b))",
                        sentence[m.end():])
        if tail and sentence[:m.start()].rstrip().endswith((",", "“", "”", "\"")):
            name = _clean_source(tail["np"])
            if name and _is_source(name):
                s = m.end() + tail.start("np")
                out.append(Source(name, s, s + len(tail["np"])))
    return out


# ---------------------------------------------------------------- extraction


@dataclass
class _Draft:
    quant: Quant
    group: Group | None
    outcome: str
    pos: int  # token index of the figure
    parent: int | None = None  # index in the article's draft list
    inherit_group: bool = False
    aux_perfect: bool = False
    extra: dict = field(default_factory=dict)


def _sentence_drafts(toks: list[Tok]) -> list[_Draft]:
    """Counts linked to an outcome in one sentence, in order."""
    lex = lexicon()
    drafts: list[_Draft] = []
    i = 0
    covered = -1
    while i < len(toks):
        if i < covered:
            i += 1
            continue
        q = quantity(toks, i)
        if q is None:
            i += 1
            continue
        num_at = q.i if not q.qualifier or q.qualifier in ("vague", "between") else \
            _match(toks, q.i, lex.qualifiers)[1]
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
        inverted = _inverted_toll(toks, q)
        if inverted is not None:  # "bringing to 110 the number of Palestinians killed"
            outcome, group, end = inverted
            d = _Draft(q, group, outcome, num_at, inherit_group=group is None, aux_perfect=_perfect_before(toks, q.i))
            d.extra.update(trigger=toks[q.i - 1].start, toll=True, end=end)
            drafts.append(d)
            covered = i = end
            continue
        estimated = _estimated_toll(toks, q)
        if estimated is not None:  # "put the number of Israelis killed at about 60": the toll's figure is after it
            outcome, group, verb = estimated
            if group is not None:  # the group's words stay; the figure's text is the figure alone
                group = replace(group, i=q.j, j=q.j)
            d = _Draft(q, group, outcome, num_at, inherit_group=group is None,
                       aux_perfect=_perfect_before(toks, verb))
            d.extra.update(trigger=toks[verb].start, toll=True, end=q.j)
            drafts.append(d)
            covered = i = q.j
            continue
        group = group_at(toks, q.j)
        sibling = _copula_sibling(toks, q, group, drafts)
        if sibling is not None:  # "Of those, 60 were children and 20 were women"
            d = _Draft(q, sibling, "?", num_at)
            d.extra.update(subcount=drafts[-1].extra["subcount"], cue_at=q.i, sibling_sub=len(drafts) - 1,
                           end=sibling.j)
            drafts.append(d)
            covered = i = sibling.j
            continue
        non = _match(toks, q.j, {k: 1 for k in lex.noncasualty})
        if non and not (group and group.j > q.j):
            i = q.j
            continue
        if group is None:
            if q.kind == "article" or q.year_like:
                i += 1 if q.kind == "article" else q.j - i
                continue
            if nxt and nxt not in BARE_FOLLOWERS and nxt not in AUX and nxt not in {w[0] for w in lex.after} and \
                    not _match(toks, q.j, lex.after):
                i = q.j
                continue
        if group is not None and group.partitive and group.outcome:  # "one of the wounded": a subset
            subset = _partitive_subset(toks, group.j)
            if subset is None:
                i = group.j
                continue
            # "1,354 of the dead were civilians": a sub-count of the dead, with the group after the copula
            d = _Draft(q, subset, group.outcome, num_at)
            d.extra.update(subcount=tuple(t.low for t in toks[q.j:group.j]), cue_at=q.i, end=subset.j)
            drafts.append(d)
            covered = i = subset.j
            continue
        if q.kind == "article" and group is not None and not group.singular:
            i += 1
            continue
        end = group.j if group else q.j
        outcome = group.outcome if group and group.outcome else ""
        cue = _subcount_cue(toks, q.i)
        d = _Draft(q, group, outcome, num_at)
        if cue:
            d.extra["cue_at"] = q.i - len(cue)
        elif not outcome and group is not None and not group.partitive:
            part = _breakdown(toks, q.i, end, group, drafts)
            if part is not None:  # "Six Israelis – four civilians and two soldiers –", "65 children and 39 women"
                cue = part[0]
                d.extra.update(part[1])
            elif drafts and "subcount" in drafts[-1].extra and _list_separated(toks, drafts[-1].extra["end"], q.i):
                main = next((x for x in reversed(drafts) if "subcount" not in x.extra), None)
                if main is not None and main.extra.get("active") and not _right_outcome(toks, end):
                    # "killed 30 Palestinians, including five children, and two Israelis": the verb's next object
                    outcome = main.outcome
                    d.extra["sibling"] = True
                    d.aux_perfect = main.aux_perfect
        if outcome:  # "has claimed more than 500 lives"
            d.aux_perfect = _perfect_before(toks, q.i)
        if not outcome:
            outcome, trigger, toll = _left_outcome(toks, q.i)
            if outcome:
                d.aux_perfect = _perfect_before(toks, q.i)
                d.extra["trigger"] = toks[trigger].start
                d.extra["toll"] = toll
        if not outcome and not cue:
            loss = _loss_outcome(toks, q.i, group)
            if loss is not None:  # "Israel has lost 64 soldiers"
                outcome = "killed"
                d.aux_perfect = _perfect_before(toks, loss)
                d.extra["trigger"] = toks[loss].start
                d.extra["toll"] = False
        if not outcome and not cue:
            conj = _conjunct_outcome(toks, q.i)
            if conj is not None and (not drafts or drafts[-1].extra.get("end", drafts[-1].quant.j) <= conj[1]) \
                    and not _right_outcome(toks, end) and not (
                    end < len(toks) and toks[end].low in FINITE_AUX):
                # "killed him and three other fighters": the figure is the verb's second object
                outcome, trigger = conj
                d.aux_perfect = _perfect_before(toks, trigger)
                d.extra["trigger"] = toks[trigger].start
                d.extra["toll"] = False
        if not outcome and not cue:  # "the Red Crescent said it treated about 100 people"
            verb = q.i - 1 if q.i > 0 and toks[q.i - 1].low not in DETERMINERS else q.i - 2
            if verb >= 0 and toks[verb].low in TREAT_VERBS and _treated_injured(toks, end):
                outcome = "wounded"
                d.extra["trigger"] = toks[verb].start
                d.extra["toll"] = False
        if not outcome and not cue:
            listed = _list_parent(toks, q.i, drafts)
            if listed and end < len(toks) and (toks[end].low in AUX or _match(toks, end, lex.after)):
                listed = None  # "..., and 240 people were taken hostage": a clause of its own
            if listed:  # "..., most of them fighters but also 20 civilians": another part of the same figure
                cue = tuple(t.low for t in toks[listed[1]:q.i])
                d.extra.update(cue_at=listed[1], parent_draft=listed[0])
                outcome = drafts[listed[0]].outcome
                d.aux_perfect = drafts[listed[0]].aux_perfect
        if not outcome and drafts and drafts[-1].extra.get("active") and \
                _only_joiners(toks, drafts[-1].extra["end"], q.i) and not _right_outcome(toks, end) and \
                not (end < len(toks) and toks[end].low in FINITE_AUX):
            # a figure with a verb of its own opens a new clause ("killing a man, and 35 people were wounded",
            # "killed 1,200 people, and 240 were taken hostage")
            # "killed 13 Israeli soldiers and 31 Palestinians": objects of one verb
            outcome = drafts[-1].outcome
            d.extra["sibling"] = True
            d.aux_perfect = drafts[-1].aux_perfect
        if outcome and not (group and group.outcome) and not cue:
            d.extra["active"] = True
        if not outcome and not cue and group is not None and group.partitive and not group.words:
            subset = _partitive_part(toks, q, group, drafts)
            if subset is not None:  # "Five of them were children": a part of the figure before
                cue = tuple(t.low for t in toks[q.j:group.j])
                d.extra["cue_at"] = q.i
                if subset is group and _injury_tail(toks, group.j):  # ", four of them with gunshot wounds"
                    d.extra["tail"] = _injury_tail(toks, group.j)
                group = d.group = subset
                end = subset.j
        if not outcome and cue:
            d.extra["subcount"] = cue
            if group is None and q.j + 1 < len(toks) and toks[q.j].low in ("were", "are", "was"):
                group = group_at(toks, q.j + 1)
                d.group = group
                end = group.j if group else end
            # a sub-count's own outcome word wins over its parent's ("65,087 wounded ..., including 165 killed")
            own = None if group is not None and group.partitive else _right_outcome(toks, end)
            outcome = own[0] if own and all(t.low in AUX for t in toks[end:own[1]]) else "?"
        if not outcome:
            r = _right_outcome(toks, end)
            if r:
                outcome = r[0]
                d.aux_perfect = any(t.low in ("have", "has") for t in toks[end:r[1]])
                if not r[2] and drafts and drafts[-1].aux_perfect and q.i > 0 and toks[q.i - 1].low == "and":
                    d.aux_perfect = True  # "have been killed and 9,500 wounded": the auxiliary is shared
        if not outcome:
            i = q.j if q.kind != "article" else i + 1
            continue
        d.outcome = outcome
        if cue and outcome != "?":
            d.extra["subcount"] = cue
        if group is not None and group.partitive and not group.words and not cue:
            ante = _antecedent(toks, q.i, drafts)
            if ante is not None:  # "freed 33 hostages, eight of whom were dead": the group is the noun before
                group = d.group = replace(ante, i=group.i, j=group.j, partitive=False)
        if group is None or (group.partitive or group.outcome) and not group.words:
            # "killed 1,200 people and 5,431 injured": an outcome noun alone names no group
            d.inherit_group = True
        d.extra["end"] = end
        drafts.append(d)
        covered = end
        i = end
    return drafts


def _period_for(d: _Draft, rel: int, pers: list[Period], drafts: list[_Draft], toks: list[Tok]) -> Period | None:
    """The period phrase nearest the figure, leaving out one inside another figure's toll phrase
    ("..., bringing the toll since January to 62": 'since January' belongs to the 62 only)."""
    own = [p for p in pers if d.extra.get("trigger", rel) <= p.start < rel]
    if own:
        return own[-1]
    taken = [(o.extra["trigger"], toks[o.quant.i].start) for o in drafts
             if o is not d and o.extra.get("toll") and "trigger" in o.extra
             and not _appended(toks, o, d)]
    free = [p for p in pers if not any(a <= p.start < b for a, b in taken)]
    return min(free, key=lambda p: abs(p.start - rel)) if free else None


def _appended(toks: list[Tok], first: _Draft, then: _Draft) -> bool:
    """Is ``then`` attached to ``first`` ("the toll ... to 23,968, with 60,582 people wounded")?"""
    a, b = first.extra.get("end", first.quant.j), then.quant.i
    return a <= b and all(t.low in (",", "and", "with", "plus", "while") for t in toks[a:b])


BREAKDOWN_OPENERS = {"–": "–", "—": "—", "(": ")", ":": ""}
LIST_SEPARATORS = frozenset({",", "and", "or", "plus", "his", "her", "their"})  # "a father and his two sons"


def _list_separated(toks: list[Tok], a: int, b: int) -> bool:
    """Only list separators (',', 'and', 'or', 'plus', a possessive) between tokens ``a`` and ``b`` (at least one)."""
    return a < b and all(t.low in LIST_SEPARATORS for t in toks[a:b])


def _breakdown(toks: list[Tok], i: int, end: int, group: Group, drafts: list[_Draft]
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
    if _right_outcome(toks, end):
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
    if "subcount" in last.extra and _list_separated(toks, last_end, i):
        main = last.extra.get("parent_draft")
        if main is None:
            main = next((k for k in range(len(drafts) - 1, -1, -1) if "subcount" not in drafts[k].extra), None)
        main_nat = drafts[main].group.nationality if main is not None and drafts[main].group else ""
        if group.nationality and main_nat and group.nationality != main_nat:
            return None
        return last.extra["subcount"], {"cue_at": i, "sibling_sub": len(drafts) - 1}
    return None


def _only_joiners(toks: list[Tok], a: int, b: int) -> bool:
    """Only ',', 'and', 'as well as', 'plus' between tokens ``a`` and ``b`` (at least one)."""
    between = [t.low for t in toks[a:b]]
    return bool(between) and all(w in (",", "and", "as", "well", "plus") for w in between) and (
        "and" in between or "plus" in between or "well" in between)


OBJECT_PRONOUNS = frozenset({"him", "her", "them", "himself", "herself"})
# Words a first object without a figure may hold ("killed the commander and two bodyguards").
OBJECT_WORDS = frozenset("the a an his her their its our two-year-old".split()) | OBJECT_PRONOUNS


def _conjunct_outcome(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """The outcome of an active verb whose first object has no figure, for a figure coordinated after it ("killed
    him and three other fighters", "wounded the driver and two passengers", "killed Ali Hassan and his two sons")
    -> (outcome, index of the verb), else None.

    >>> toks = tokenize("A strike killed him and three other fighters")
    >>> _conjunct_outcome(toks, 5)
    ('killed', 2)
    >>> _conjunct_outcome(tokenize("The wounded man and three medics were taken away"), 4) is None
    True
    >>> _conjunct_outcome(tokenize("Troops killed him, arrested his brother and three cousins"), 8) is None
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
        if _ends_with(toks, first, lex.before):
            break
        word = t.text.replace("-", "").replace("'", "").replace("’", "")
        if not (t.low in OBJECT_WORDS or t.text[:1].isupper() and t.text[:1].isalpha()
                or word.isalpha() and t.low.islower() and t.low not in AUX and t.low not in ("and", "or")):
            return None
        first -= 1
    if first == k or not (m := _ends_with(toks, first, lex.before)):
        return None
    if m[1] > 0 and toks[m[1] - 1].low in DETERMINERS | {"a", "an"}:
        return None  # "the wounded man and three medics": an adjective, not a verb
    obj = toks[first:k]
    if len(obj) > 1 and obj[0].low in OBJECT_PRONOUNS:
        return None
    return lex.before[m[0]], m[1]


def _perfect_before(toks: list[Tok], i: int) -> bool:
    """'has killed' / 'have claimed the lives of': a present perfect active verb before the figure."""
    window = [t.low for t in toks[max(0, i - 7):i]]
    return "has" in window or "have" in window


def _mentions_place(ctx, sentence: Sentence, pos: int, exclude: list[tuple[int, int]]) -> str:
    places = ctx.in_sentence(ctx.places, sentence) if ctx.places else []
    places = [p for p in places if not any(a <= p.start - sentence.start < b for a, b in exclude)
              and LOCATIVE.search(ctx.doc.text[max(sentence.start, p.start - 40):p.start])]
    if not places:
        return ""
    best = min(places, key=lambda p: abs(p.start - pos))
    return best.value or best.text


def extract(ctx) -> list[CasualtyClaim]:
    """Casualty figures with outcome, group, period and source.

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract import Context
    >>> doc = document_from_text("a1", "Nearly 1,200 Israelis are believed to have been killed.", published="2023-10-20")
    >>> [(c.count, c.count_max, c.qualifier, c.outcome, c.group) for c in extract(Context(doc=doc))]
    [(1200, 1200, 'nearly', 'killed', 'Israelis')]
    """
    from lib.extract.dates import governing_date

    doc: Document = ctx.doc
    claims: list[CasualtyClaim] = []
    last_period: tuple[str, str, str] | None = None
    chain: list[int] = []  # indices of claims sharing a period through "over the same period"
    body_keys: set[tuple] = set()
    held: list[CasualtyClaim] = []  # headline/caption claims, kept when they add something
    previous: list[CasualtyClaim] = []  # the claims of the sentence just read, for continuations
    for sentence in doc.sentences:
        if sentence.duplicate_of is not None or sentence.region in SKIP_REGIONS:
            continue
        toks = tokenize(sentence.text)
        drafts = _sentence_drafts(toks)
        before, previous = previous, []
        if not drafts:
            continue
        pers = periods(doc, sentence)
        srcs = sources(sentence.text)
        lowered = sentence.text.lower()
        incident_cue = any(re.search(rf"\b{w}", lowered) for w in INCIDENT_CUES)
        made: list[CasualtyClaim] = []
        by_draft: dict[int, CasualtyClaim] = {}
        for n, d in enumerate(drafts):
            q, g = d.quant, d.group
            tok = toks[d.quant.i]
            rel = tok.start
            text_end_rel = toks[(g.j if g and (g.words or g.outcome) else q.j) - 1].end
            outcome = d.outcome
            parent_id = ""
            if "sibling_sub" in d.extra:  # "including 65 children and 39 women": the list shares its parent
                sib = by_draft.get(d.extra["sibling_sub"])
                if sib is None:
                    continue  # the list's first item gave no claim (custody, no outcome)
                parent = next((c for c in [*by_draft.values(), *reversed(claims), *before]
                               if sib.parent_id and c.claim_id == sib.parent_id), None)
                parent_id = sib.parent_id
                if parent is not None:
                    d.extra["parent"] = parent
                if outcome == "?":
                    outcome = sib.outcome
            elif "subcount" in d.extra and outcome != "?" and not by_draft and \
                    (g is None or g.outcome and not g.words) and _cue_host(toks, d) is not None:
                # "94 hostages remain in Gaza, including at least 34 dead": the figure names only its outcome and
                # no figure before it in the sentence is a claim, so it is a part of the noun the cue hangs on
                g = _cue_host(toks, d)
            elif "subcount" in d.extra:
                parent, lo = _subcount_parent(d, outcome, toks, drafts, by_draft, claims, before)
                if _in_custody(toks, lo, d, parent):
                    continue  # "the release of four hostages, including two women"
                if parent is not None:
                    parent_id = parent.claim_id
                    d.extra["parent"] = parent
                    if outcome == "?":
                        outcome = parent.outcome
                if outcome == "?":
                    outcome = _cue_outcome(d.extra["subcount"]) or "?"
            if outcome == "?":
                continue
            group_words = g.words if g else ""
            norm = g.norm if g else ""
            nationality = g.nationality if g else ""
            generic = g.generic if g else True
            # a figure without a group of its own takes the main claim's group, never a sub-count's
            # ("killed 140 Palestinians, including 33 children, and wounded about 1,000")
            prev = _main_claim(made)
            if prev is None and before and not parent_id and _anaphoric(d, toks):
                prev = _main_claim(before)  # "Two others were hurt." after "... killed three Palestinians."
            if prev is not None and g and norm == "others" and not parent_id:
                # "wounded 11 others" after "killed five civilians": the text's word stays, the group it points
                # back to is the normalised group ("other civilians", group_norm "civilians")
                back = _others_antecedent(made or before)
                if back:
                    group_words, norm = _others(back[0]), back[1]
            elif prev is not None and d.inherit_group:
                group_words, norm = _plural(prev.group), prev.group_norm
            elif made and g and generic and not nationality and not parent_id and d.extra.get("active") and \
                    not d.extra.get("sibling") and prev is not None and prev.group_norm[:1].isupper():
                # a second verb of the same subject: "the rocket killed an Israeli woman and injured two men" (the
                # men share the nationality). A new clause with a subject of its own ("..., and 1,900 people were
                # wounded") or a second object of one verb ("killed 2,200 Palestinians and 73 people on the Israeli
                # side") names its own group. The text's noun stays in the group ("Israeli men"), the people
                # plural is the normalised group.
                adjective = _adjective(prev.group_norm)
                if adjective and group_words:
                    group_words, norm = f"{adjective} {group_words}", prev.group_norm
                else:
                    nationality = norm = prev.group_norm
            if nationality and generic:
                group = nationality
            else:
                group = group_words
            if d.extra.get("tail") and group:  # "four of them with gunshot wounds": people with gunshot wounds
                group = f"{group} {d.extra['tail']}"
            # period and kind
            near = _period_for(d, rel, pers, drafts, toks)
            period, pstart, pend = "", "", ""
            if near is not None:
                period = near.text
                if near.same and last_period:
                    pstart, pend = last_period[1], last_period[2]
                else:
                    pstart, pend = near.period_start, near.period_end
            cumulative = bool(near) or d.extra.get("toll") or any(c in lowered for c in CUMULATIVE_CUES) or (
                d.aux_perfect and not incident_cue)
            kind = "cumulative" if cumulative else "incident"
            if "parent" in d.extra:  # a sub-count shares its parent's tally
                par = d.extra["parent"]
                kind, period, pstart, pend = par.kind, par.period, par.period_start, par.period_end
            src = min(srcs, key=lambda s: abs(s.start - rel)) if srcs else None
            ref = governing_date(doc, ctx.dates, sentence, sentence.start + rel)
            date = ref.value
            if kind == "cumulative" and pend:
                date = pend
            location = _mentions_place(ctx, sentence, sentence.start + rel,
                                       [(s.start, s.end) for s in srcs])
            claim = CasualtyClaim.make(
                doc.article_id, start=sentence.start, end=sentence.end,
                text_start=sentence.start + rel, text_end=sentence.start + text_end_rel, outcome=outcome,
                count=None if q.kind == "vague" else q.count, count_min=q.count_min, count_max=q.count_max,
                qualifier=q.qualifier,
                group=group, group_norm=norm, parent_id=parent_id, kind=kind, period=period,
                period_start=pstart, period_end=pend, reported_by=src.name if src else "",
                location=location, date=date, date_basis=ref.basis,
                text=sentence.text[rel:text_end_rel], sentence=sentence.text, region=sentence.region)
            made.append(claim)
            by_draft[n] = claim
        if sentence.region == "body":
            previous = made
        for claim in made:
            key = (_figure(claim), claim.outcome, claim.group_norm.lower())
            if sentence.region != "body":
                held.append(claim)
                continue
            if key in body_keys and not claim.parent_id:
                continue
            body_keys.add(key)
            # "over the same period": one tally shared by both sentences, sources filled both ways
            if claim.period and any(p.same and p.text == claim.period for p in pers):
                chain.append(len(claims))
            elif claim.period:
                chain = [len(claims)]
            claims.append(claim)
            if claim.period:
                last_period = (claim.period, claim.period_start, claim.period_end)
        if chain:
            named = [claims[k].reported_by for k in chain if claims[k].reported_by]
            if named:
                for k in chain:
                    if not claims[k].reported_by:
                        claims[k] = claims[k].replace(reported_by=named[-1])
    for claim in held:  # a headline's "Dozens killed" restates the body's figures too
        if not any(c.outcome == claim.outcome and (_figure(c) == _figure(claim) or claim.qualifier == "vague")
                   for c in claims):
            claims.append(_with_lede_group(claim, claims))
    # A figure naming no group ("bus bomb wounded 28", a subtitle the region finder took for body) is kept only
    # when no other claim gives the same figure with a group: a groupless row still tells an analyst that a
    # figure was claimed, but next to the full row it is a duplicate.
    named = {(_figure(c), c.outcome) for c in claims if c.group}
    parents = {c.parent_id for c in claims}
    return [c for c in claims if c.group or c.claim_id in parents or (_figure(c), c.outcome) not in named]


def _with_lede_group(claim: CasualtyClaim, body: list[CasualtyClaim]) -> CasualtyClaim:
    """A headline or caption figure naming no group ("Gaza toll rises to 62") takes the group of the body's first
    main claim with its outcome (the lede's "60 Palestinians were killed"); a figure with a group is unchanged."""
    if claim.group:
        return claim
    lede = next((c for c in body if c.outcome == claim.outcome and c.group and not c.parent_id), None)
    return claim.replace(group=_plural(lede.group), group_norm=lede.group_norm) if lede else claim


def _figure(c: CasualtyClaim) -> tuple:
    """What a claim's figure says: its count, or for a vague plural ("hundreds") its lower bound."""
    return (c.count, None) if c.count is not None else (None, c.count_min)


AGE_SEX = frozenset({"children", "women"})  # head norms naming an age or sex within a people, not a role


def _others_antecedent(made: list[CasualtyClaim]) -> tuple[str, str] | None:
    """(group, group_norm) that 'others' points back to among the main claims ``made`` just before, or None.

    The main claims must name one group ("killed a senior official and four of his guards, and wounded 12 others"
    names two: the others stay 'others'). A role stays ("an Israeli soldier was killed. Three others ..." ->
    Israeli soldiers); an age or sex points to its people, or to people ("killed two Yemeni children and injured
    14 others" -> Yemenis; "five children were killed, while 30 others ..." -> people).
    """
    mains = [c for c in made if not c.parent_id and c.group]
    if not mains or len({c.group_norm.lower() for c in mains}) > 1:
        return None
    prev = mains[-1]
    words = tuple(w.lower() for w in prev.group.split())
    heads = lexicon().heads
    head = next((heads[words[n:]] for n in range(len(words)) if words[n:] in heads), None)
    if head is not None and head[0] in AGE_SEX:
        return (prev.group_norm, prev.group_norm) if _adjective(prev.group_norm) else ("people", "people")
    return prev.group, prev.group_norm


def _others(group: str) -> str:
    """'others' pointing back to a group: 'civilians' -> 'other civilians', '' -> 'others'.

    >>> _others("Israeli woman"), _others(""), _others("other civilians")
    ('other Israeli women', 'others', 'other civilians')
    """
    if not group:
        return "others"
    plural = _plural(group)
    return plural if plural.lower().startswith("other ") else f"other {plural}"


def _subcount_parent(d: _Draft, outcome: str, toks: list[Tok], drafts: list[_Draft],
                     by_draft: dict[int, CasualtyClaim], claims: list[CasualtyClaim],
                     before: list[CasualtyClaim]) -> tuple[CasualtyClaim | None, int]:
    """The claim a sub-count belongs to, and the token where the text between the two starts.

    In the sentence: the listed figure, else the last figure with the outcome the cue names, else the last
    figure. Across sentences, only when the cue names the outcome ("Among the dead were 11 children") or the
    sentence opens with the cue and the sentence before gave a figure ("Among them were two children.").
    """
    cue = d.extra["subcount"]
    named = _cue_outcome(cue) if outcome == "?" else outcome
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


def _cue_host(toks: list[Tok], d: _Draft) -> Group | None:
    """The people a sub-count cue hangs on when the sub-count names only its outcome: the nearest person noun
    before the cue in its clause ("60 aid workers, including 5 wounded" -> aid workers), else None.

    >>> toks = tokenize("The convoy carried 60 aid workers, including 5 wounded")
    >>> _cue_host(toks, _Draft(quantity(toks, 8), None, "wounded", 8, extra={"cue_at": 7})).words
    'aid workers'
    >>> toks = tokenize("Rockets hit Haifa on Monday, including 5 wounded")
    >>> _cue_host(toks, _Draft(quantity(toks, 7), None, "wounded", 7, extra={"cue_at": 6})) is None
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


def _in_custody(toks: list[Tok], lo: int, d: _Draft, parent: CasualtyClaim | None) -> bool:
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
                "carer" not in _medical_kinds(toks, x + 1, min(x + 7, stop)):  # not "released from hospital"
            return True
    return False


def _main_claim(made: list[CasualtyClaim]) -> CasualtyClaim | None:
    """The last claim that is not a sub-count (else the last claim), or None."""
    return next((c for c in reversed(made) if not c.parent_id), made[-1] if made else None)


def _anaphoric(d: _Draft, toks: list[Tok]) -> bool:
    """Does a figure point back to the previous sentence's group: "two others", "two of them", "dozens more"?"""
    g = d.group
    if g is not None:
        return g.norm == "others" or (g.partitive and not g.words)
    # "dozens more were hurt"; a bare figure opening the sentence ("Four were wounded.")
    return d.quant.j < len(toks) and toks[d.quant.j].low == "more" or all(
        t.low in CONTINUATION_OPENERS for t in toks[:d.quant.i])


def _plural(words: str) -> str:
    """'person' -> 'people', 'Israeli woman' -> 'Israeli women'; other words unchanged."""
    parts = words.split()
    if parts:
        for (sing, plur) in lexicon().plurals.items():
            n = len(sing)
            if tuple(p.lower() for p in parts[-n:]) == sing:
                return " ".join(parts[:-n] + list(plur))
    return words


def _adjective(people: str) -> str:
    """The adjective of a people plural ('Israelis' -> 'Israeli'), or '' when there is none.

    >>> _adjective("Israelis"), _adjective("Lebanese"), _adjective("militants")
    ('Israeli', 'Lebanese', '')
    """
    for adj, plural in lexicon().nationalities.items():
        if plural == people:
            return " ".join(w.capitalize() for w in adj)
    return ""
