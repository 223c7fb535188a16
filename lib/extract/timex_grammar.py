"""Candidate finding for the temporal tagger: a small grammar of English date and duration expressions.

Each rule is a regular expression over one sentence's text; ``candidates`` returns the non-overlapping
matches (earliest, then longest, wins) with the rule that found them, after the false-friend filters
(We, may, "March on", "Sunday Times", counts that look like years, years inside names such as "Expo
2020"). Word lists live in ``lib/data/dates_lexicon.csv``. Values are resolved in ``lib.extract.dates``.

Example:
    >>> [(c.rule, c.text) for c in candidates("We met on Feb. 12, 2023 and may meet in March.")]
    [('mdy', 'Feb. 12, 2023'), ('month_bare', 'March')]
    >>> [(c.rule, c.text) for c in candidates("Troops March on the city within 24 hours.")]
    [('duration', '24 hours')]
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]  # full names and abbreviations, lower case
    full_months: tuple[str, ...]
    abbr_months: tuple[str, ...]
    weekdays: dict[str, int]  # monday=0
    numbers: dict[str, str]  # word -> digits or 'X' (vague)
    units: dict[str, str]
    bare_month_intro: frozenset[str]
    year_blocker_before: frozenset[str]
    year_count_after: frozenset[str]
    name_collocations: frozenset[str]  # collocations in which a date word is a name ("Sunday Times", "USA Today")
    future_markers: tuple[str, ...]
    past_markers: tuple[str, ...]
    scheduled_present: tuple[str, ...] = ()  # "holds", "begins": future in body text, not in headlines/captions
    announce_verbs: tuple[str, ...] = ()  # "declared", "called": a planned event's day follows its object
    planned_events: tuple[str, ...] = ()  # "general strike", "day of mourning", "summit"
    present_not_scheduled: frozenset[str] = frozenset()  # "says", "controls": present simple, no scheduled event
    future_onset: tuple[str, ...] = ()  # "starting", "effective": right before a date, the start of a plan
    year_name_head: frozenset[str] = frozenset()  # "Expo", "Vision": a year after these is part of a name
    year_time_word: frozenset[str] = frozenset()  # "Since", "The": a capitalised word that keeps a year a date
    future_intent: tuple[str, ...] = ()  # "hoped", "pledged": a date after the verb's object is ahead of it
    topic_verbs: tuple[str, ...] = ()  # "spoke", "talked": before 'of/about <date>' the date is what was said
    ordinal_days: dict[str, int] = field(default_factory=dict)  # "seventh" -> 7: "the seventh of October"
    report_markers: frozenset[str] = frozenset()  # "said": a past tense of the report, not of the event
    term_verbs: tuple[str, ...] = ()  # "extended", "gave": a date right after until/to is the end of a term set
    prospect_markers: tuple[str, ...] = ()  # "ahead of": a date after it is a coming event's day
    headline_infinitives: frozenset[str] = frozenset()  # "elect": "to Elect" in a title-case headline is a plan
    duration_modifiers: tuple[str, ...] = ()  # "more", "trading": between a count and its unit ("20 more years")


def word_rows(name: str) -> dict[str, list[tuple[str, str]]]:
    """A ``kind,word,value`` word list of ``lib/data`` as {kind: [(word lower-cased, value)]}, in file order."""
    rows: dict[str, list[tuple[str, str]]] = {}
    with open(DATA / name, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows.setdefault(row["kind"], []).append((row["word"].strip().lower(), row["value"].strip()))
    return rows


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists of ``lib/data/dates_lexicon.csv``."""
    rows = word_rows("dates_lexicon.csv")
    full = {w: int(v) for w, v in rows["month"]}
    abbr = {w: int(v) for w, v in rows["month_abbr"]}
    return Lexicon(
        months={**full, **abbr},
        full_months=tuple(full),
        abbr_months=tuple(sorted(abbr, key=len, reverse=True)),
        weekdays={w: int(v) for w, v in rows["weekday"]},
        numbers={w: v for w, v in rows["number"]},
        units={w: v for w, v in rows["unit"]},
        bare_month_intro=frozenset(w for w, _ in rows["bare_month_intro"]),
        year_blocker_before=frozenset(w for w, _ in rows["year_blocker_before"]),
        year_count_after=frozenset(w for w, _ in rows["year_count_after"]),
        name_collocations=frozenset(w for w, _ in rows["name_collocation"]),
        future_markers=tuple(sorted((w for w, _ in rows["future_marker"]), key=len, reverse=True)),
        past_markers=tuple(sorted((w for w, _ in rows["past_marker"]), key=len, reverse=True)),
        scheduled_present=tuple(sorted((w for w, _ in rows["scheduled_present"]), key=len, reverse=True)),
        announce_verbs=tuple(sorted((w for w, _ in rows["announce_verb"]), key=len, reverse=True)),
        planned_events=tuple(sorted((w for w, _ in rows["planned_event"]), key=len, reverse=True)),
        present_not_scheduled=frozenset(w for w, _ in rows["present_not_scheduled"]),
        future_onset=tuple(sorted((w for w, _ in rows.get("future_onset", [])), key=len, reverse=True)),
        year_name_head=frozenset(w for w, _ in rows.get("year_name_head", [])),
        year_time_word=frozenset(w for w, _ in rows.get("year_time_word", [])),
        future_intent=tuple(sorted((w for w, _ in rows.get("future_intent", [])), key=len, reverse=True)),
        topic_verbs=tuple(sorted((w for w, _ in rows.get("topic_verb", [])), key=len, reverse=True)),
        ordinal_days={w: int(v) for w, v in rows.get("ordinal_day", [])},
        report_markers=frozenset(w for w, _ in rows.get("report_marker", [])),
        term_verbs=tuple(sorted((w for w, _ in rows.get("term_verb", [])), key=len, reverse=True)),
        prospect_markers=tuple(sorted((w for w, _ in rows.get("prospect_marker", [])), key=len, reverse=True)),
        headline_infinitives=frozenset(w for w, _ in rows.get("headline_infinitive", [])),
        duration_modifiers=tuple(sorted((w for w, _ in rows.get("duration_modifier", [])), key=len, reverse=True)),
    )


def compound_number(word: str) -> str | None:
    """The digits of a number written as a tens word and a unit word, or None.

    >>> compound_number("twenty-four"), compound_number("Thirty one"), compound_number("four")
    ('24', '31', None)
    """
    parts = re.split(r"[\s-]+", word.strip().lower())
    nums = lexicon().numbers
    if len(parts) != 2 or not all(nums.get(p, "").isdigit() for p in parts):
        return None
    tens, one = int(nums[parts[0]]), int(nums[parts[1]])
    return str(tens + one) if tens % 10 == 0 and tens >= 20 and 1 <= one <= 9 else None


def _cap(words) -> str:
    """Alternation of Title-case and UPPER-case forms (month and weekday names must be capitalised)."""
    forms = []
    for w in sorted(words, key=len, reverse=True):
        forms += [w.capitalize(), w.upper()]
    return "|".join(re.escape(f) for f in forms)


def _anycase_first(words) -> str:
    forms = []
    for w in sorted(words, key=len, reverse=True):
        forms += [w, w[:1].upper() + w[1:]]
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@dataclass(frozen=True)
class Rules:
    patterns: tuple[tuple[str, re.Pattern], ...]


@lru_cache(maxsize=1)
def rules() -> Rules:
    lx = lexicon()
    full = _cap(lx.full_months)
    abbr = _cap(lx.abbr_months)
    mon = rf"(?P<mon>(?:{full})\b|(?:{abbr})(?:\.|\b))"
    monfull = rf"(?P<mon>(?:{full})\b)"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    # "Aug. 7 last year"; "in October of the same year", "on May 3 that year", "in January of the following year"
    # (from the year the text last named)
    relyear = r"(?:,?\s+(?:of\s+)?(?P<relyear>last|this|next|the\s+same|that|the\s+following|the\s+previous|the\s+preceding)\s+year\b(?!-))"
    # a range of days: "Nov. 16-17", "12 to 14 March"; "March 3 and 4" is two days (``_coordinated_days``); not
    # "March 3 and 4 soldiers": a word connector is followed by no lower-case word but a preposition's
    day2 = (r"(?:(?:\s*[-–]\s*|\s+(?P<conn>to|and|until|till|through)\s+)(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?![,.]\d)"
            r"(?(conn)(?!\s+(?!(?:in|at|on|and|or|when|to|for|with|after|before|between|during|under|as|the|this|"
            r"that|last|next|of|from|in|amid|while|but)\b)[a-z])))?")
    # "from"/"between" opening a range of days is part of it ("Between 7 and 13 May"); dropped when no range follows
    span = r"(?:(?P<span>[Ff]rom|[Bb]etween)\s+)?"
    year = r"(?P<year>1[6-9]\d\d|20\d\d)\b(?![-/.]\d)"
    wd = _cap(lx.weekdays)
    # "twenty-four", "twenty four": a tens word and a unit word (read together by ``compound_number``)
    tens = _anycase_first(w for w, v in lx.numbers.items() if v.isdigit() and 20 <= int(v) <= 90 and int(v) % 10 == 0)
    ones = "|".join(w for w, v in lx.numbers.items() if v.isdigit() and 1 <= int(v) <= 9 and len(w) > 2)
    num = rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d+|(?:{tens})[\s-](?:{ones})\b|{_anycase_first(lx.numbers)})"
    unit = r"(?P<unit>hours?|minutes?|days?|weeks?|months?|years?|decades?)"
    # a length of time may also count centuries (not "a century ago": a point)
    unit_counted = (r"(?P<unit>hours?|minutes?|days?|weeks?|months?|years?|decades?|"
                    r"centur(?:y|ies)(?!\s+(?:ago|earlier|later|before|after)\b))")
    # a word between a count and its unit belongs to the length of time ("20 more years", "an additional year",
    # "eight trading days", "three straight months"): the value is the count's
    mod = rf"(?:(?:{'|'.join(re.escape(w) for w in lx.duration_modifiers)})\s+)?" if lx.duration_modifiers else ""
    # the lower end of a range of counts belongs to the length of time ("two to three weeks", "12 to 18 months",
    # "three or four days", "2-3 years"); the value is the upper count's
    lo = rf"(?:{num.replace('(?P<n>', '(?P<nlo>')}\s+(?:to|or)\s+(?=\w)|\d+\s*[-–]\s*(?=\d))?"
    pats = [
        ("iso", r"\b(?P<year>(?:1[6-9]|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b(?!-\d)"),
        # "15/09/2020", "15.09.2020", "13-08-2020" (one separator throughout)
        ("numeric", r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:1[6-9]|20)\d\d)\b"
                    r"(?![-/.]\d)"),
        # "02.20.05", "09/15/20": a two-digit year (kept only as a timestamp whose order is known: ``_keep``)
        ("numeric", r"(?<![\d./])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<year>\d\d)\b(?![-/.,]\d)"),
        # "23-Jul-2024": a day, the month's abbreviation and the year joined by hyphens
        ("dmy", rf"\b{day}-(?P<mon>{full}|{abbr})-{year}"),
        ("dmy", rf"\b{span}(?:the\s+)?{day}{day2}(?:\s+of)?\s+{mon}(?:,?\s+{year}|{relyear})?"),
        # a day of the month in words, only in the 'the <ordinal> of <Month>' frame ("the seventh of October";
        # "the first October talks" is no date): the ordinal is read into the 'day' group by ``candidates``
        ("dmy", rf"\b[Tt]he\s+(?P<dayw>{_anycase_first(lx.ordinal_days)})\s+of\s+{mon}(?:,?\s+{year}|{relyear})?"),
        ("mdy", rf"\b{span}{mon}\s+{day}{day2}(?![:.]\d)(?:(?:,\s*|\s+){year}|{relyear})?"),
        ("my", rf"\b{mon}(?:\s+of)?,?\s+{year}"),
        ("mod", rf"\b(?P<mod>[Ee]arly|[Mm]id|[Ll]ate|(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of)"
                rf"(?:\s+|-)(?:{monfull}(?:,?\s+{year}|{relyear})?|{year.replace('<year>', '<year2>')})"),
        ("month_bare", rf"(?<![\w-])(?P<intro>{_anycase_first(lx.bare_month_intro)})(?:\s+|-){monfull}(?!\s+\d){relyear}?"),
        ("ago", rf"\b{num}\s+{unit}(?:\s+or\s+so)?\s+ago\b"),
        ("duration", rf"\b(?:(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or|[Ww]ithin|[Tt]hroughout)\s+)?(?:[Tt]he\s+)"
                     rf"(?P<rel>past|last|next|previous|recent|coming|following|first)\s+(?:{lo}{num}\s+{mod})?{unit}\b"),
        # quarters counted back or ahead ("the past two quarters", "the next three quarters"); a bare count of
        # quarters may be a city's ("the Old City's four quarters")
        ("duration", rf"\b(?:(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or|[Ww]ithin|[Tt]hroughout)\s+)?(?:[Tt]he\s+)"
                     rf"(?P<rel>past|last|next|previous|coming|following)\s+{num}\s+{mod}(?P<unit>quarters)\b"),
        ("duration", r"\b(?:[Ii]n\s+|[Oo]ver\s+|[Ff]or\s+)?(?P<rel>[Rr]ecent|[Cc]oming|[Pp]ast)\s+"
                     r"(?P<unit>hours|days|weeks|months|quarters|years|decades)\b"),
        # "in the days ahead", "the weeks to come": a length of time ahead of unknown count
        ("duration", r"\b(?:[Tt]he\s+)(?P<unit>days|weeks|months|years)\s+(?:ahead|to\s+come)\b"),
        # with a half: "two and a half hours", "2 1/2 years", "1.5 years", "an hour and a half", "half an hour"
        ("duration", rf"(?:\b(?P<halfof>[Hh]alf)\s+(?=an?\s)|\b)(?<![\d.,]){lo}(?<![\d.,]){num}(?P<dec>\.\d(?!\d))?"
                     rf"(?P<half>\s+and\s+a\s+half|\s+1/2|\s*½)?(?:\s+|-){mod}{unit_counted}(?:-long)?\b"
                     rf"(?P<half2>\s+and\s+a\s+half\b)?(?![-\s]+old)(?!-(?:earlier|ago)\b)"),
        ("relday", r"\b(?P<rd>(?:[Tt]he\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)|[Tt]oday|[Yy]esterday|"
                   r"[Tt]omorrow|[Tt]onight|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening)|"
                   r"(?:[Ee]arlier|[Ll]ater)\s+today)\b"),
        ("relunit", r"\b(?:(?P<pre>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Mm]id|(?:[Tt]he\s+)?(?:end|beginning|start|"
                    r"middle)\s+of)(?:\s+|-))?(?:(?P<the>[Tt]he)\s+)?(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|"
                    r"[Cc]urrent)\s+(?:fiscal\s+(?=year))?(?P<unit>week|month|year)\b(?!-old|\s+old)(?:['’]s\b)?"),
        ("relunit", r"\b(?P<pre>(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of)\s+the\s+(?P<unit>week|month|year)\b"),
        # the end of the current year in one word: "by year-end", "at year end", "before the year's end"
        ("relunit", r"(?<![\w'’-])(?:[Tt]he\s+(?=year['’]s))?(?P<unit>[Yy]ear)(?P<pre>[- ]end|['’]s\s+end)\b(?![-'’])"),
        ("weekday", rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+coming|[Tt]his|[Cc]oming|[Pp]revious)\s+)?"
                    rf"(?P<wd>{wd})\b(?:['’]s\b)?(?:\s+(?P<part>morning|afternoon|evening|night)\b)?"
                    # "on Thursday last week", "Tuesday of last week": that week's day
                    rf"(?:\s+(?:of\s+)?(?P<wkrel>[Ll]ast|[Nn]ext|[Tt]his)\s+week\b(?![-'’]))?"),
        ("year", r"(?<![\d$€£#.,/:])(?P<year>19\d\d|20\d\d)\b(?!/\d|\.\d|-\d{1,3}\b)(?!-[A-Za-z])(?!['’]?s\b)"
                 r"(?![.,]\d)(?!\s*%)"),
    ]
    return Rules(tuple((name, re.compile(p)) for name, p in pats))


@dataclass(frozen=True)
class Candidate:
    """A matched expression: offsets are relative to the text searched."""

    rule: str
    start: int
    end: int
    text: str
    groups: dict


_WORD_BEFORE = re.compile(r"([\w©]+\.?)[^\w©]*$")
_WORD_AFTER = re.compile(r"^\W*?(\w+)")


def _word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def _word_after(text: str, pos: int) -> str:
    m = _WORD_AFTER.match(text[pos:pos + 30])
    return m.group(1).lower() if m else ""


# a year is the time of a clause after these words ("a war in 2006 killed ..."), never a count
_TIME_PREP = frozenset({"in", "since", "during", "until", "till", "before", "after"})
# what follows an active verb's object: a number or a quantifier ("killed about 1,200", "wounded dozens")
_OBJECT_AFTER = re.compile(r"\s+(?:\d|about\b|some\b|nearly\b|almost\b|around\b|more\b|over\b|at\s+least\b|"
                           r"dozens\b|scores\b|hundreds\b|thousands\b|several\b|many\b|the\b|a\b|an\b|two\b|three\b|"
                           r"four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b)", re.IGNORECASE)


def _counts(text: str, m: re.Match, before: str) -> bool:
    """Is the four-digit number at ``m`` a count of the noun or participle right after it ("1500 people",
    "2000 killed")? Only with nothing but spaces in between ("in 2006, killed about 1,200" is a year), not after
    a sentence-opening time preposition ("In 1967 troops ..."), and a participle after a time preposition or
    before its own object is the clause's verb ("the war in 2006 killed 1,200", "... 2006 killed about").

    >>> [c.text for c in candidates("A war in 2006, killed 1,200. In 1967 troops came. 1500 killed in all.")]
    ['2006', '1967']
    """
    nxt = re.match(r"[ \t]+(\w+)", text[m.end():m.end() + 30])
    if not nxt or nxt.group(1).lower() not in lexicon().year_count_after:
        return False
    if re.search(r"(?:^|[.!?][\"”’]?\s+)[\"“‘(]?(?:In|Since|During|Until|By|Before|After|From)\s+$", text[:m.start()]):
        return False  # a sentence that opens with a time phrase: "In 1967 troops captured ..."
    if nxt.group(1).lower().endswith("ed") and (
            before in _TIME_PREP or _OBJECT_AFTER.match(text, m.end() + nxt.end())):
        return False
    return True


_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][A-Za-z]*)[ \t]$")
_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


# words a title-case headline leaves in lower case: articles, conjunctions, short prepositions
_TITLE_LOWER = frozenset("a an the and but or nor for so yet as at by in of off on per to up via from with into over "
                         "amid than vs".split())


# a navigation bar ("Politics | Iran Today | Photos"): its items are names, whatever their capitals
_MENU_SEP = re.compile(r"\s[|•]\s")


def _title_case(text: str) -> bool:
    """Is ``text`` written in title case (a headline): every word but articles, conjunctions and short
    prepositions capitalised?

    >>> _title_case("Egypt Hosts 2024 Talks on Gaza Truce"), _title_case("Officials of the Paris 2024 Committee met.")
    (True, False)
    """
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 3 and all(w[0].isupper() or w.lower() in _TITLE_LOWER for w in words)


def _names_year(text: str, m: re.Match) -> bool:
    """Is the year at ``m`` part of a name: after a name head ("Expo 2020", "Vision 2030", "Euro 2024";
    year_name_head), or between two capitalised words ("the Qatar 2022 World Cup", "Paris 2024 Olympics")
    outside a title-case headline, the first not a time or function word (year_time_word: "Since 2007
    Palestinians", "The 2023 Gaza war")? A capitalised word alone before a year is no name ("the Hamas 2017
    charter").

    >>> [c.text for c in candidates("At the Expo 2020 site, Vision 2030 was hailed. In 2020 the Hamas 2017 charter.")]
    ['2020', '2017']
    >>> [c.text for c in candidates("Fans came to the Qatar 2022 World Cup in numbers not seen since 2014.")]
    ['2014']
    """
    w = _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if not w:
        return False
    if w.group(1).lower() in lexicon().year_name_head:
        return True
    lx = lexicon()
    if w.group(1).lower() in lx.year_time_word or w.group(1).lower() in lx.months or w.group(1).lower() in lx.weekdays:
        return False  # "Since 2007 Palestinians ...", "The 2023 Gaza war"
    return bool(_NAME_WORD_AFTER.match(text, m.end())) and not _title_case(text)


# Directly before a capitalised "Today"/"Yesterday"/"Tonight" in running text, a capitalised word (no sentence's
# opener) or "the": the date word is part of a name ("USA Today", "L'Orient Today", "the Today programme").
_NAME_BEFORE = re.compile(r"(?:(?<![.!?:;\"“] )(?<!^)\b(?!(?:And|But|Or|Even|Only|Until|Till|Since|From|As|Before|After|"
                          r"Than|Like|Unlike|Until|Of|For|By|So|Yet|Then|Not|Just|Also)\b)[A-Z][\w'’.-]*|\b[Tt]he) $")


_OPENING_NAME = re.compile(r"^\W*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+$")


def _place_named_before(text: str, pos: int) -> bool:
    """Does the line open with a place's name right before ``pos`` ("Egypt Today", "Baghdad Today - Baghdad")? A
    capitalised date word after a country or a city that opens its line names an outlet; after a verb or a
    preposition it is a date ("Talks Resume Today", "In Cairo Today").

    >>> _place_named_before("Egypt Today", 6), _place_named_before("Talks Resume Today", 13)
    (True, False)
    """
    w = _OPENING_NAME.match(text, 0, pos)
    if not w:
        return False
    from lib.extract.gazetteer import lookup

    return lookup(w.group(1)) is not None


# A two-digit-year numeric date ("02.20.05") only as a timestamp: after a label or a line's start, or before a
# clock time ("Published: 02.20.05, 19:12"); "version 10.20.30" is none.
_STAMP_BEFORE = re.compile(r"(?:^|\n|\b(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Dd]ate[d]?|[Mm]odified|[Ll]ast\s+updated)"
                           r"\s*:?\s*)$")
_CLOCK_AFTER = re.compile(r",?\s+\d{1,2}:\d\d\b")


def _keep(rule: str, m: re.Match, text: str) -> bool:
    """False-friend filters that a regular expression cannot express well."""
    lx = lexicon()
    g = m.groupdict()
    if rule == "year":
        if re.search(r"\d[-–]$", text[:m.start()]) and not re.search(r"(?<!\d)(?:19|20)\d\d[-–]$", text[:m.start()]):
            return False  # "12-2023" is not a year; "2014-2016" gives two
        if re.search(r"\d[^\w\s–-]{1,3}$", text[max(0, m.start() - 4):m.start()]):
            return False  # "9417**2091", "12;2023": a number joined to another by symbols (a code, a phone number)
        before = _word_before(text, m.start())
        if before in lx.year_blocker_before:
            if before == "to" and _word_before(text, m.start() - len(before) - 1) != "up":
                return True
            return False
        if _counts(text, m, before):
            return False
        if _names_year(text, m):
            return False
        return not re.search(r"[$€£]\s*$", text[max(0, m.start() - 3):m.start()])
    if rule in ("weekday", "relday"):
        key = "wd" if rule == "weekday" else "rd"
        w = re.sub(r"\s+", " ", g[key].lower())
        before, after = _word_before(text, m.start(key)), _word_after(text, m.end(key))
        if rule == "relday" and g[key][0].isupper() and _NAME_BEFORE.search(text, 0, m.start(key)) \
                and not (_title_case(text) and len(_MENU_SEP.findall(text)) < 2):
            return False  # "told L'Orient Today", "the Today programme": a capitalised date word inside a name
        if rule == "relday" and g[key][0].isupper() and _place_named_before(text, m.start(key)):
            return False  # "Egypt Today", "Baghdad Today - Baghdad": an outlet's name line
        return f"{before} {w}" not in lx.name_collocations and f"{w} {after}" not in lx.name_collocations
    if rule == "numeric" and len(g["year"]) == 2:
        a, b = int(g["a"]), int(g["b"])
        stamp = _STAMP_BEFORE.search(text[max(0, m.start() - 20):m.start()]) or _CLOCK_AFTER.match(text, m.end())
        return bool(stamp) and 1 <= min(a, b) and max(a, b) <= 31 and (a > 12 or b > 12) and min(a, b) <= 12
    if rule in ("mdy", "dmy"):
        d = int(g["day"]) if g.get("day") else lx.ordinal_days[g["dayw"].lower()]
        if not 1 <= d <= 31:
            return False
        if (rule == "mdy" and not g.get("year") and g["mon"].lower() == "may"
                and _word_after(text, m.end()) in lx.year_count_after):
            return False  # "May 15 people" is not a date
        return True
    if rule == "duration":
        rel = (g.get("rel") or "").lower()
        unit = g["unit"].lower()
        if rel in ("coming", "next", "following") and not g.get("n") and not unit.endswith("s"):
            return False  # "the coming week" is a date (next week), not a duration
        if rel == "last" and unit == "minute" and not g.get("n") and re.search(r"(?i)\b(?:at|to|until)\s+$",
                                                                               text[max(0, m.start() - 8):m.start()]):
            return False  # "at the last minute": an idiom, no length of time
        nxt = re.match(r"\s+of\s+([\w-]+(?:\s+[\w-]+)?)", text[m.end():m.end() + 40])
        if unit == "day" and nxt and any(f"day of {w}" in lx.planned_events
                                         for w in (nxt.group(1).lower(), nxt.group(1).split()[0].lower())):
            return False  # "a day of mourning", "a day of rage": a named day, no length of time
        return True
    if rule == "month_bare":
        # "April Glaspie", "the March of Return" are names; "in March of last year" is a date, also before a
        # capitalised word ("in March last year Syria withdrew")
        name_after = re.match(r"\s+(?:of\s+(?!\d|last\b|this\b|next\b|that\b)|[A-Z][a-z])", text[m.end():])
        if not g.get("relyear") and name_after and not re.match(
                rf"\s+(?:{'|'.join(w.capitalize() for w in (*lx.full_months, *lx.weekdays))})\b", text[m.end():]):
            return False
        if g["intro"].lower() == "the":  # "the July proposal": a month before its event noun
            return g["mon"].lower() != "may" and not g.get("relyear") and bool(re.match(r"\s+[a-z]{3,}", text[m.end():]))
        if g["intro"].lower() in ("to", "and"):  # "from May to June", not "plan to March on"
            return bool(re.search(rf"\b(?:{'|'.join(lx.full_months)}|\d{{4}})\b\W*\S*\W*$",
                                  text[max(0, m.start() - 25):m.start()], re.IGNORECASE))
        return True
    return True


# the words before a bare month that belong to its TimeML extent ("last May", "this September")
_MONTH_MODIFIERS = frozenset({"last", "this", "next"})


@lru_cache(maxsize=1)
def _gates() -> tuple:
    """A ``prefixkeys.Gate`` per pattern of ``rules()``: a sentence skips the patterns that cannot match in it."""
    from lib.extract.prefixkeys import Gate

    return tuple(Gate(pat) for _name, pat in rules().patterns)


def candidates(text: str) -> list[Candidate]:
    """Non-overlapping date and duration candidates in ``text`` (earliest first, longest at a tie).

    >>> [c.text for c in candidates("Talks resumed Sunday, a day after the 1967 border row.")]
    ['Sunday', 'a day', '1967']
    """
    found: list[Candidate] = []
    for (name, pat), gate in zip(rules().patterns, _gates(), strict=True):
        if not gate.may_match(text):
            continue  # a digit or every literal string its matches need is missing (``prefixkeys.Gate``)
        for m in pat.finditer(text):
            if m.end() <= m.start() or not _keep(name, m, text):
                continue
            s, e = m.span()
            if name == "month_bare" and m.group("intro").lower() not in _MONTH_MODIFIERS:
                s = m.start("mon")  # "in March": the preposition is no part of the date; "last March" is
            g = m.groupdict()
            if g.get("span") and not g.get("day2"):
                s = m.end("span") + len(text[m.end("span"):e]) - len(text[m.end("span"):e].lstrip())
            if g.get("dayw"):
                g["day"] = str(lexicon().ordinal_days[re.sub(r"\s+", " ", g["dayw"].lower())])
            if g.get("conn") == "and" and not g.get("span"):
                found.extend(_coordinated_days(name, m, s, e, text, g))
                continue
            found.append(Candidate(name, s, e, text[s:e], g))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Candidate] = []
    last_end = -1
    for c in found:
        if c.start >= last_end:
            out.append(c)
            last_end = c.end
    return _range_years(out, text)


def _coordinated_days(name: str, m: re.Match, s: int, e: int, text: str, g: dict) -> list[Candidate]:
    """Two days joined by "and" ("1 and 2 November", "January 11 and 12") are two dates, each its own mention; a
    range ("from 3 to 5 June", "between 7 and 13 May", "Nov. 16-17") stays one.

    >>> [(c.text, c.groups["day"]) for c in candidates("The summit is on 1 and 2 November.")]
    [('1', '1'), ('2 November', '2')]
    """
    e1 = len(text[:m.start("conn")].rstrip())
    first = Candidate(name, s, e1, text[s:e1], {**g, "day2": None, "conn": None})
    s2 = m.start("day2")
    second = Candidate(name, s2, e, text[s2:e], {**g, "day": g["day2"], "day2": None, "conn": None})
    return [first, second]


_RANGE_JOIN = re.compile(r"\s*(?:[-–]|to|and|until|till|through)\s*")


def _range_years(found: list[Candidate], text: str) -> list[Candidate]:
    """The first end of a range across months takes the year written with its last end ("from 3 March to 5 April
    2023": both 2023), and so does a bare month joined to a month with its year ("in January and February 2014").

    >>> [c.groups["year"] for c in candidates("from 3 March to 5 April 2023")]
    ['2023', '2023']
    >>> [c.groups.get("year") for c in candidates("in January and February 2014")]
    ['2014', '2014']
    """
    out = list(found)
    for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
        months = a.rule == "month_bare" and b.rule in ("my", "dmy", "mdy")
        if (a.rule in ("dmy", "mdy") and b.rule in ("dmy", "mdy") and a.groups.get("span") or months) and \
                not a.groups.get("year") and b.groups.get("year") and _RANGE_JOIN.fullmatch(text, a.end, b.start):
            out[i] = Candidate(a.rule, a.start, a.end, a.text, {**a.groups, "year": b.groups["year"]})
    return out
