"""The word lists and patterns of the TimeML types beyond calendar dates (``lib/data/timex_lexicon.csv``).

Example:
    >>> words().refs["currently"], bool(_rx()["quarter"].search("the third quarter"))
    ('PRESENT_REF', True)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lib.extract.timex_grammar import lexicon, word_rows


@dataclass(frozen=True)
class Words:
    refs: dict[str, str]  # phrase -> PRESENT_REF | PAST_REF | FUTURE_REF
    set_adverbs: dict[str, str]  # daily -> P1D
    set_units: dict[str, str]  # day -> P1D, morning -> TMO
    day_parts: dict[str, str]  # morning -> MO
    seasons: dict[str, str]  # summer -> SU
    ordinals: dict[str, int]  # third -> 3
    zones: tuple[str, ...]  # GMT, local time
    quarter_context: frozenset[str]  # profit, sales: "the quarter" near them is a period of account
    vague_units: dict[str, str]  # years -> PXY
    holidays: dict[str, str]  # christmas -> 12-25, thanksgiving -> 11-TH4, easter -> EASTER
    year_words: dict[str, int]  # ninety -> 90: spelled-out years
    extent_before: dict[str, tuple[str, ...]]  # class of mention -> words before it inside its TimeML extent
    decade_words: dict[str, int]  # nineties -> 199: "the nineties" (after "the" only: "in his nineties")
    vague_ago: dict[str, str]  # years -> PAST_REF: "a few years ago", "months ago" (no count to place)


@lru_cache(maxsize=1)
def words() -> Words:
    """The word lists of ``lib/data/timex_lexicon.csv``."""
    rows = word_rows("timex_lexicon.csv")
    return Words(refs=dict(rows["ref"]), set_adverbs=dict(rows["set_adverb"]), set_units=dict(rows["set_unit"]),
                 day_parts=dict(rows["day_part"]), seasons=dict(rows["season"]),
                 ordinals={w: int(v) for w, v in rows["ordinal"]}, zones=tuple(w for w, _ in rows["clock_zone"]),
                 quarter_context=frozenset(w for w, _ in rows["quarter_context"]),
                 vague_units=dict(rows["vague_unit"]), holidays=dict(rows["holiday"]),
                 year_words={k: int(v) for k, v in rows["year_word"]},
                 extent_before=_by_value(rows.get("extent_before", [])),
                 decade_words={k: int(v) for k, v in rows.get("decade_word", [])},
                 vague_ago=dict(rows.get("vague_ago", [])))


def _by_value(rows: list[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for word, value in rows:
        out[value] = (*out.get(value, ()), word)
    return out


def _alt(items) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


def _cap_alt(items) -> str:
    """Alternation of the words with each word capitalised ("new year's day" -> "New Year's Day")."""
    return _alt(" ".join(x[:1].upper() + x[1:] for x in w.split()) for w in items).replace("'", "['’]")


# ----------------------------------------------------------------------------- patterns

_QORD = r"first|second|third|fourth|1st|2nd|3rd|4th"
_YEAR = r"(?:19|20)\d\d"
_NUM_WORDS = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
# what may follow "before/after" for it to stand alone ("a week before, ..."), not count from an event
_STANDALONE = r"(?=\s*[,.;:!?)\]\"'”’]|\s*$|\s+(?:and|but|in|at|on|to|with|from|for|when|as|than|that)\b)"


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    w = words()
    units = "days?|weeks?|months?|quarters?|years?|decades?"
    wd = _alt(lexicon().weekdays)
    mon = _alt(lexicon().full_months)
    rel_year = r"(?P<rely>this|last|next|the\s+same|that)\s+year"
    return {
        "quarter": re.compile(
            rf"(?i)(?<![\w-])(?:the\s+|(?P<rely>last|this|next)\s+year['’]s\s+)?(?:(?P<y1>{_YEAR})\s+)?"
            rf"(?:(?:fiscal|calendar)[- ])?(?P<q>{_QORD})"
            rf"(?:[- ]|\s+fiscal\s+)quarters?\b(?!-(?:century|mile))"
            rf"(?:,?\s+(?:of\s+|in\s+)?(?:fiscal\s+)?(?:(?P<y2>{_YEAR})\b|{rel_year.replace('rely', 'rely2')}))?"),
        "quarter_ref": re.compile(
            r"(?i)(?<![\w-])(?:the|this|that|its)\s+(?:(?P<which>latest|last|recent|most\s+recent|current|same|"
            r"previous|prior|past|comparable|year-ago|year-earlier|fiscal)\s+)?(?P<unit>quarter|period)\b"
            r"(?![-]|['’](?!s\b)|\s+of\b|\s+century)"),
        "vague": re.compile(rf"(?i)\b(?:for|over|within|after|took|lasted|spent|in)\s+(?P<body>(?:(?:the\s+)?(?:many|"
                            rf"several|a\s+few|few|some)\s+)?(?P<u>{_alt(w.vague_units)}))\b(?![-'’])"),
        "holiday": re.compile(rf"(?<![\w-])(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<h>{_cap_alt(w.holidays)})"
                              rf"(?![\w-])(?:,?\s+(?P<y>{_YEAR})\b)?"),
        "half": re.compile(
            rf"(?i)(?<![\w-])(?:(?P<the>the)\s+)?(?P<h>first|second|last|latter)\s+half\b"
            rf"(?:\s+of\s+(?:(?P<y>{_YEAR})\b|the\s+year\b|{rel_year}))?"),
        "season": re.compile(
            rf"(?<![\w-])(?:(?:[Tt]his\s+)?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+|(?P<det>[Tt]he|[Tt]hat)\s+"
            rf"(?:(?:early|late)\s+)?|(?P<y0>{_YEAR})\s+)?(?P<s>spring|summer|fall|autumn|winter)\b(?!-)"
            rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR})\b|\s+of\s+(?P<ry>last|this|next|that|the\s+same|the\s+following|"
            rf"the\s+previous)\s+year\b(?![-'’]))?"),
        "weekend": re.compile(r"(?i)(?<![\w-])(?P<rel>this|last|next|the\s+past|the\s+coming|the)\s+weekend\b(?!['’]?s\b)"),
        "decade": re.compile(r"(?i)(?<![\w'’-])(?:the\s+)?(?:(?:early|mid|late)[- ])?(?P<d>1[0-9]\d|20\d)0['’]?s\b"
                             # "the '80s", "the mid-'60s", "the nineties": after "the" only ("in his nineties")
                             rf"|(?<![\w'’-])the\s+(?:(?:early|mid|late)[- ]?)?(?:['’](?P<d2>[3-9])0s\b|"
                             rf"(?P<dw>{_alt(w.decade_words)})\b)(?![-'’])"),
        "century": re.compile(
            rf"(?i)(?<![\w-])(?:the\s+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{_alt(k for k, v in w.ordinals.items() if v > 4)})"
            rf"|(?P<rel>this|last|the\s+last|the\s+previous|next))[- ]century\b"),
        "anchored": re.compile(
            rf"(?i)(?<![\w'’-])(?P<n>{_NUM_WORDS})\s+(?P<u>{units})\s+(?:(?P<dir>earlier|later)\b|(?P<dir2>before|after){_STANDALONE})"
            rf"|(?<![\w'’-])the\s+(?P<u2>week|month|year)\s+(?:(?P<dir3>earlier)\b|(?P<dir4>before|after){_STANDALONE})"
            # "the year-ago period" with its time noun; before any other noun ("the year-ago results", "a
            # year-earlier loss") the adjective alone is the expression
            r"|(?<![\w'’-])(?:(?:the\s+)?year[- ](?P<ya>earlier|ago)\s+(?:quarter|period)\b|year[- ](?P<ya2>earlier|ago)\b)"),
        "ago_year": re.compile(r"(?i)^(?:a|one)\s+year\s+ago$"),
        "last_year": re.compile(r"(?i)^last\s+year(?:['’]s)?$"),
        # a time ago without a count: "a few years ago", "several months ago", "years ago"
        "vague_ago": re.compile(rf"(?i)(?<![\w'’-])(?:(?:a\s+few|a\s+couple\s+of|several|some|many|few)\s+)?"
                                rf"(?P<u>{_alt(w.vague_ago)})\s+ago\b"),
        "ref": re.compile(rf"(?i)(?<![\w'’-])(?P<r>{_alt(w.refs)})(?![\w'’-])"),
        "set_every": re.compile(
            rf"(?i)(?<![\w-])(?:every|each)\s+(?:(?:other|single)\s+)?(?:(?P<n>{_NUM_WORDS})\s+)?"
            rf"(?P<u>{_alt(w.set_units)}|{wd}|{mon}|{_alt(w.seasons)})s?\b(?!-)"),
        "set_times": re.compile(
            rf"(?i)(?<![\w-])(?:once|twice|thrice|(?:{_NUM_WORDS}|several|many)\s+times)\s+(?:a|an|per|each|every)\s+"
            rf"(?P<u>{_alt(w.set_units)})\b"),
        # a weekday in the plural, or its part of day in the plural: "on Fridays", "Tuesday nights"
        "set_weekday": re.compile(
            rf"(?<![\w-])(?P<wd>{_cap_alt(lexicon().weekdays)})(?:s\b(?:\s+(?P<p>{_alt(w.day_parts)})s\b)?|"
            rf"\s+(?P<p2>{_alt(w.day_parts)})s\b)(?![-'’])"),
        "set_adverb": re.compile(rf"(?i)(?<![\w-])(?P<a>{_alt(w.set_adverbs)})(?![\w-])"),
        "rate": re.compile(r"(?i)^(?:a|an|per)\s+(?:day|week|month|year|hour)$"),
        "day_part": re.compile(rf"(?i)(?:\s+|-)(?P<p>{_alt(w.day_parts)})\b"),
        "that_part": re.compile(rf"(?i)(?<![\w-])(?:that|the\s+same)\s+(?P<p>{_alt(w.day_parts)})\b"),
        # the year, month, week or day the text is talking about: "later that year", "the following month"
        "that_unit": re.compile(r"(?i)(?<![\w-])(?:(?:later|earlier)\s+(?:that|in\s+the)\s+|(?:that|the)\s+same\s+|"
                                r"that\s+|the\s+(?P<rel>following|next|previous|preceding)\s+)"
                                r"(?P<u>year|month|week|day)\b(?![-'’])(?!\s+(?:of|before|after|when|that)\b)"),
        "next_part": re.compile(rf"(?i)(?<![\w-])the\s+(?:next|following)\s+(?P<p>{_alt(w.day_parts)})\b"),
        "spelled_year": re.compile(
            rf"(?i)(?<![\w-])(?:(?P<mon>{_alt(lexicon().full_months)})\s+|the\s+year\s+)?(?:(?P<c>nineteen|twenty)[\s-]+"
            rf"(?P<t>{_alt(k for k, v in w.year_words.items() if v >= 10)})(?:[\s-]+(?P<o>{_alt(k for k, v in w.year_words.items() if v < 10)}))?"
            rf"|(?P<k>two\s+thousand)(?:\s+(?:and\s+)?(?P<o2>{_alt(w.year_words)}))?)(?![\w-])"),
        # the year of a financial report: "sales for the full year", "the fiscal year ended March 31"
        "report_year": re.compile(r"(?i)(?<![\w-])(?P<pre>for\s+|in\s+|during\s+|throughout\s+)?the\s+"
                                  r"(?P<kind>full\s+|fiscal\s+|current\s+)?year\b(?![-'’])"
                                  r"(?!\s+(?:before|after|earlier|later|ago|two\s+thousand)\b)"
                                  r"(?P<span>\s+(?:ended|ending|to)\b)?"),
        "at_the_time": re.compile(r"(?i)(?<![\w-])at\s+(?P<t>the|that)\s+time\b(?!\s+(?:of|when|being)\b)"),
        # only after a time preposition ("in 1957-58"): "the 2023-24 budget" names a budget, not a time
        "year_range": re.compile(r"(?i)\b(?:in|during|from|since|until|between|of|for)\s+(?:the\s+)?"
                                 r"(?P<y>(?:19|20)\d\d)[-–](?P<y2>\d\d)(?![\d%-])"),
        "clock": re.compile(
            r"(?i)(?<![\w:.$£€])(?:(?:about|around|at|after|before|by|until|from)\s+)?"
            r"(?:(?P<h>1[0-2]|0?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
            r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![:\d])|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s+(?:GMT|UTC))"
            r"|(?P<word>noon|midnight|midday))"
            rf"(?:\s+(?P<z>{_alt(w.zones)})\b)?"),
    }


_SET_ADVERB_OK = re.compile(r"(?i)\s*(?:[,.;:!?)\"'”’]|$|(?:and|or|but|in|at|on|to|for|since|until|from|by|with|"
                            r"basis|during|throughout|except|until|across|as)\b)")
_DIR = {"earlier": -1, "before": -1, "ago": -1, "later": 1, "after": 1}
