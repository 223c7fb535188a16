"""The TimeML types beyond calendar dates: times of day, sets, references to the present, past and future,
business and calendar units (quarters, halves, seasons, weekends, decades, centuries) and points counted
from the time in focus ("a year earlier").

``lib.extract.dates.tag`` finds the calendar dates; ``extend`` then reads each sentence again with the
patterns here and merges what they find into its mentions. A new expression never overlaps a calendar date
the tagger already placed, except where it is the longer expression that contains it ("the third quarter of
1989", "10 p.m. Wednesday"); a duration inside one gives way ("a year" of "a year earlier").
Kinds keep the timeline clean: an expression with a concrete date part is kind='date' with date_start /
date_end (a TIME "Sunday night" is the day with the part of day appended: 2023-03-19TNI), an expression
without one (SET, PRESENT_REF / PAST_REF / FUTURE_REF) is kind='duration' with precision 'set' or 'ref', so
it is never an event's date. Word lists live in ``lib/data/timex_lexicon.csv``.

Example:
    >>> from lib.loader import document_from_text
    >>> from lib.extract.dates import tag
    >>> doc = document_from_text("a", "Profit rose in the third quarter from a year earlier. It is now weekly.",
    ...                          published="1989-11-02")
    >>> [(m.kind, m.text, m.value) for m in tag(doc)]
    [('date', 'the third quarter', '1989-Q3'), ('date', 'a year earlier', '1988-Q3'), ('duration', 'now', 'PRESENT_REF'), ('duration', 'weekly', 'P1W')]
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from lib.extract.timex_grammar import DATA, lexicon
from lib.models import Document, Mention, Sentence


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


@lru_cache(maxsize=1)
def words() -> Words:
    """The word lists of ``lib/data/timex_lexicon.csv``."""
    rows: dict[str, list[tuple[str, str]]] = {}
    with open(DATA / "timex_lexicon.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows.setdefault(row["kind"], []).append((row["word"].strip().lower(), row["value"].strip()))
    return Words(refs=dict(rows["ref"]), set_adverbs=dict(rows["set_adverb"]), set_units=dict(rows["set_unit"]),
                 day_parts=dict(rows["day_part"]), seasons=dict(rows["season"]),
                 ordinals={w: int(v) for w, v in rows["ordinal"]}, zones=tuple(w for w, _ in rows["clock_zone"]),
                 quarter_context=frozenset(w for w, _ in rows["quarter_context"]),
                 vague_units=dict(rows["vague_unit"]), holidays=dict(rows["holiday"]))


def _alt(items) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


def _cap_alt(items) -> str:
    """Alternation of the words with each word capitalised ("new year's day" -> "New Year's Day")."""
    return _alt(" ".join(x[:1].upper() + x[1:] for x in w.split()) for w in items).replace("'", "['’]")


# ----------------------------------------------------------------------------- periods

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter: December to February


@dataclass(frozen=True)
class Period:
    value: str
    precision: str
    start: dt.date
    end: dt.date


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


def _months(y: int, m1: int, m2: int) -> tuple[dt.date, dt.date]:
    """First day of month m1 and last day of month m2 of year y (m2 > 12 runs into the next year)."""
    return dt.date(y, m1, 1), _month_end(y + (m2 - 1) // 12, (m2 - 1) % 12 + 1)


def quarter(y: int, q: int) -> Period:
    return Period(f"{y:04d}-Q{q}", "quarter", *_months(y, 3 * q - 2, 3 * q))


def half(y: int, h: int) -> Period:
    return Period(f"{y:04d}-H{h}", "half", *_months(y, 6 * h - 5, 6 * h))


def season(y: int, code: str) -> Period:
    return Period(f"{y:04d}-{code}", "season", *_months(y, *_SEASON_MONTHS[code]))


def decade(d: int) -> Period:
    return Period(f"{d:03d}", "decade", dt.date(d * 10, 1, 1), dt.date(d * 10 + 9, 12, 31))


def century(c: int) -> Period:
    return Period(f"{c:02d}", "century", dt.date(max(c * 100, 1), 1, 1), dt.date(c * 100 + 99, 12, 31))


def _of(m: Mention) -> Period | None:
    """The period of a calendar date mention, or None."""
    if m.kind != "date" or not m.date_start or not m.date_end:
        return None
    try:
        return Period(m.value.split("T")[0], m.precision, dt.date.fromisoformat(m.date_start),
                      dt.date.fromisoformat(m.date_end))
    except ValueError:
        return None


def _current_season(d: dt.date) -> tuple[int, str]:
    for code, (a, b) in _SEASON_MONTHS.items():
        if a <= d.month <= b:
            return d.year, code
    return d.year - 1, "WI"  # January, February: the winter that began in December


def shift(p: Period, unit: str, k: int) -> Period | None:
    """``p`` moved by ``k`` units (day|week|month|quarter|year|decade), kept at its own precision; None when the
    unit is finer than the period ("a day earlier" than a month is unclear).

    >>> shift(quarter(1989, 3), "year", -1).value, shift(Period("1989-11-02", "day", dt.date(1989, 11, 2),
    ...     dt.date(1989, 11, 2)), "week", 2).value
    ('1988-Q3', '1989-11-16')
    """
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit)
    days = {"day": 1, "week": 7}.get(unit)
    try:
        if p.precision == "day":
            if days:
                d = p.start + dt.timedelta(days=days * k)
            else:
                i = p.start.year * 12 + p.start.month - 1 + months * k
                y, m = i // 12, i % 12 + 1
                d = dt.date(y, m, min(p.start.day, _month_end(y, m).day))
            return Period(d.isoformat(), "day", d, d)
        if p.precision == "week" and days:
            d = p.start + dt.timedelta(days=days * k)
            y, w, _ = d.isocalendar()
            s = dt.date.fromisocalendar(y, w, 1)
            return Period(f"{y:04d}-W{w:02d}", "week", s, s + dt.timedelta(days=6))
        if not months:
            return None
        if p.precision == "month":
            i = p.start.year * 12 + p.start.month - 1 + months * k
            y, m = i // 12, i % 12 + 1
            return Period(f"{y:04d}-{m:02d}", "month", dt.date(y, m, 1), _month_end(y, m))
        if p.precision == "quarter" and months % 3 == 0:
            i = p.start.year * 4 + (p.start.month - 1) // 3 + months // 3 * k
            return quarter(i // 4, i % 4 + 1)
        if p.precision == "half" and months % 6 == 0:
            i = p.start.year * 2 + (p.start.month - 1) // 6 + months // 6 * k
            return half(i // 2, i % 2 + 1)
        if p.precision == "season" and months % 12 == 0:
            return season(p.start.year + months // 12 * k, p.value[-2:])
        if p.precision == "year" and months % 12 == 0:
            y = p.start.year + months // 12 * k
            return Period(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31))
    except (ValueError, OverflowError):
        return None
    return None


def _at_unit(p: Period | None, unit: str) -> Period | None:
    """A day-precision period cut to the precision of a counting unit (year, month, week)."""
    if p is None or p.precision != "day" or unit in ("day",):
        return p
    d = p.start
    if unit in ("year", "decade"):
        return Period(f"{d.year:04d}", "year", dt.date(d.year, 1, 1), dt.date(d.year, 12, 31))
    if unit == "month":
        return Period(f"{d.year:04d}-{d.month:02d}", "month", *_months(d.year, d.month, d.month))
    if unit == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    y, w, _ = d.isocalendar()
    s = dt.date.fromisocalendar(y, w, 1)
    return Period(f"{y:04d}-W{w:02d}", "week", s, s + dt.timedelta(days=6))


# ----------------------------------------------------------------------------- context


@dataclass
class _Ctx:
    doc: Document
    dct: Period | None  # the publication date as a period (any precision), None when unknown
    mentions: list[Mention]

    def focus(self, s: Sentence, pos: int, want: str = "", back: int = 2) -> Period | None:
        """The time in focus at ``pos``: the last calendar date named before it in its sentence or the ``back``
        before (same region), of precision ``want`` if given; else None."""
        idx = s.index
        lo = s.start
        for t in reversed(self.doc.sentences[max(0, idx - back):idx]):
            if t.region != s.region:
                break
            lo = t.start
        best = None
        for m in self.mentions:
            if lo <= m.start and m.end <= pos and m.kind == "date" and not m.evidence.startswith("relative: clock time") \
                    and "in focus" not in m.evidence:
                p = _of(m)
                if p is not None and (not want or p.precision == want):
                    best = p
        return best

    def last_quarter(self, pos: int) -> Period | None:
        """The last quarter named before ``pos`` anywhere in the text."""
        qs = [_of(m) for m in self.mentions if m.end <= pos and m.precision == "quarter"]
        return qs[-1] if qs and qs[-1] is not None else None


def _dct(doc: Document) -> Period | None:
    from lib.extract.dates import _anchor

    a = _anchor(doc)
    if a.precision == "day":
        return Period(a.value, "day", a.day, a.day)
    if a.precision == "month":
        return Period(a.value, "month", *_months(a.year, a.month, a.month))
    if a.precision == "year":
        return Period(a.value, "year", dt.date(a.year, 1, 1), dt.date(a.year, 12, 31))
    return None


def _tense(s: Sentence, a: int, b: int) -> str:
    from lib.extract.dates import tense

    return tense(s.text, a - s.start, b - s.start, s.region)[0]


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
            rf"(?i)(?<![\w-])(?:the\s+)?(?:(?P<y1>{_YEAR})\s+)?(?:(?:fiscal|calendar)[- ])?(?P<q>{_QORD})"
            rf"(?:[- ]|\s+fiscal\s+)quarters?\b(?!-(?:century|mile))"
            rf"(?:,?\s+(?:of\s+|in\s+)?(?:fiscal\s+)?(?:(?P<y2>{_YEAR})\b|{rel_year}))?"),
        "quarter_ref": re.compile(
            r"(?i)(?<![\w-])(?:the|this|that|its)\s+(?:(?P<which>latest|last|recent|most\s+recent|current|same|"
            r"previous|prior|past|comparable|year-ago|year-earlier|fiscal)\s+)?(?P<unit>quarter|period)\b"
            r"(?![-'’]|\s+of\b|\s+century)"),
        "vague": re.compile(rf"(?i)\b(?:for|over|within|after|took|lasted|spent)\s+(?P<body>(?:(?:the\s+)?(?:many|"
                            rf"several|a\s+few|few|some)\s+)?(?P<u>{_alt(w.vague_units)}))\b(?![-'’])"),
        "holiday": re.compile(rf"(?<![\w-])(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<h>{_cap_alt(w.holidays)})"
                              rf"(?![\w-])(?:,?\s+(?P<y>{_YEAR})\b)?"),
        "half": re.compile(
            rf"(?i)(?<![\w-])(?:(?P<the>the)\s+)?(?P<h>first|second|last|latter)\s+half\b"
            rf"(?:\s+of\s+(?:(?P<y>{_YEAR})\b|the\s+year\b|{rel_year}))?"),
        "season": re.compile(
            rf"(?<![\w-])(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+|(?P<det>[Tt]he|[Tt]hat)\s+"
            rf"(?:(?:early|late)\s+)?|(?P<y0>{_YEAR})\s+)?(?P<s>spring|summer|fall|autumn|winter)\b(?!-)"
            rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR})\b)?"),
        "weekend": re.compile(r"(?i)(?<![\w-])(?P<rel>this|last|next|the\s+past|the\s+coming|the)\s+weekend\b(?!['’]?s\b)"),
        "decade": re.compile(r"(?i)(?<![\w'’-])(?:the\s+)?(?:(?:early|mid|late)[- ])?(?P<d>1[0-9]\d|20\d)0['’]?s\b"),
        "century": re.compile(
            rf"(?i)(?<![\w-])(?:the\s+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{_alt(k for k, v in w.ordinals.items() if v > 4)})"
            rf"|(?P<rel>this|last|the\s+last|the\s+previous|next))[- ]century\b"),
        "anchored": re.compile(
            rf"(?i)(?<![\w'’-])(?P<n>{_NUM_WORDS})\s+(?P<u>{units})\s+(?:(?P<dir>earlier|later)\b|(?P<dir2>before|after){_STANDALONE})"
            rf"|(?<![\w'’-])the\s+(?P<u2>week|month|year)\s+(?:(?P<dir3>earlier)\b|(?P<dir4>before|after){_STANDALONE})"
            r"|(?<![\w'’-])(?:the\s+)?year[- ](?P<ya>earlier|ago)(?:\s+(?:quarter|period|level|figures?|results?)\b)?"),
        "ago_year": re.compile(r"(?i)^(?:a|one)\s+year\s+ago$"),
        "last_year": re.compile(r"(?i)^last\s+year(?:['’]s)?$"),
        "ref": re.compile(rf"(?i)(?<![\w'’-])(?P<r>{_alt(w.refs)})(?![\w'’-])"),
        "ref_units": re.compile(r"(?i)^(?:(?:in|over|for|during)\s+)?(?:the\s+)?(?P<rel>recent|past|coming|last\s+few)\s+"
                                r"(?P<u>days|weeks|months|years|decades)$"),
        "set_every": re.compile(
            rf"(?i)(?<![\w-])(?:every|each)\s+(?:(?:other|single)\s+)?(?:(?P<n>{_NUM_WORDS})\s+)?"
            rf"(?P<u>{_alt(w.set_units)}|{wd}|{mon}|{_alt(w.seasons)})s?\b(?!-)"),
        "set_times": re.compile(
            rf"(?i)(?<![\w-])(?:once|twice|thrice|(?:{_NUM_WORDS}|several|many)\s+times)\s+(?:a|an|per|each|every)\s+"
            rf"(?P<u>{_alt(w.set_units)})\b"),
        "set_adverb": re.compile(rf"(?i)(?<![\w-])(?P<a>{_alt(w.set_adverbs)})(?![\w-])"),
        "rate": re.compile(r"(?i)^(?:a|an|per)\s+(?:day|week|month|year|hour)$"),
        "day_part": re.compile(rf"(?i)(?:\s+|-)(?P<p>{_alt(w.day_parts)})\b"),
        "that_part": re.compile(rf"(?i)(?<![\w-])(?:that|the\s+same)\s+(?P<p>{_alt(w.day_parts)})\b"),
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


# ----------------------------------------------------------------------------- finders
# each yields (start, end, kind, Period | str value, precision, evidence, may_swallow_dates)


def _year_of(ctx: _Ctx, s: Sentence, g: dict, a: int, b: int, start_month: int) -> tuple[int, str] | None:
    """The year of a quarter, half or season: written out, relative ("of last year"), else the publication year
    (the one before when the period would start after publication in a past-tense clause)."""
    for k in ("y", "y0", "y1", "y2", "y3"):
        if g.get(k):
            return int(g[k]), "explicit"
    rel = re.sub(r"\s+", " ", (g.get("rely") or "").lower())
    if ctx.dct is None:
        return None
    y = ctx.dct.start.year
    if rel:
        return y + {"last": -1, "next": 1}.get(rel, 0), "relative"
    if dt.date(y, start_month, 1) > ctx.dct.end and _tense(s, a, b) != "future":
        y -= 1
    return y, "relative"


def _accounts(text: str) -> bool:
    """Does the sentence speak of accounts (profit, sales, $, %), so that "the quarter" is a period?"""
    return any(t in words().quarter_context for t in re.findall(r"[a-z]+|[%$]", text.lower()))


def _quarters(ctx: _Ctx, s: Sentence):
    rx = _rx()
    ords = words().ordinals
    for m in rx["quarter"].finditer(ctx.doc.text, s.start, s.end):
        if m.group(0).lower().endswith("quarters"):
            continue
        q = ords[m.group("q").lower()]
        y = _year_of(ctx, s, m.groupdict(), m.start(), m.end(), 3 * q - 2)
        if y:
            yield m.start(), m.end(), "date", quarter(y[0], q), "quarter", f"{y[1]}: quarter {q} of {y[0]}", True
    for m in rx["quarter_ref"].finditer(ctx.doc.text, s.start, s.end):
        which = re.sub(r"\s+", " ", (m.group("which") or "").lower())
        focus = ctx.last_quarter(m.start())
        if focus is None and (m.group("unit").lower() == "period" or not _accounts(s.text)):
            continue  # "the strike had levelled the quarter": a neighbourhood; "the period" names no quarter
        cur = None
        if ctx.dct is not None and ctx.dct.precision in ("day", "month"):
            cur = quarter(ctx.dct.start.year, (ctx.dct.start.month - 1) // 3 + 1)
        if which in ("current",) or m.group(0).lower().startswith("this"):
            p, why = cur, "the quarter of publication"
        elif which in ("previous", "prior"):
            p, why = (shift(focus, "quarter", -1) if focus else None), "the quarter before the one in focus"
        elif which in ("year-ago", "year-earlier", "comparable"):
            p, why = (shift(focus, "year", -1) if focus else None), "the quarter in focus a year before"
        elif focus is not None:
            p, why = focus, "the quarter the text last named"
        else:
            p, why = (shift(cur, "quarter", -1) if cur else None), "the last complete quarter before publication"
        if p is not None:
            yield m.start(), m.end(), "date", p, "quarter", f"relative: {why}", False
    for m in rx["half"].finditer(ctx.doc.text, s.start, s.end):
        g = m.groupdict()
        if not (g.get("y") or g.get("rely") or m.group(0).lower().endswith("the year") or g.get("the")):
            continue
        if not g.get("y") and not g.get("rely") and re.match(r"\s+of\b", ctx.doc.text[m.end():m.end() + 4]):
            continue  # "the first half of the match"
        h = 1 if g["h"].lower() == "first" else 2
        y = _year_of(ctx, s, g, m.start(), m.end(), 6 * h - 5)
        if y:
            yield m.start(), m.end(), "date", half(y[0], h), "half", f"{y[1]}: half {h} of {y[0]}", True


def _seasons(ctx: _Ctx, s: Sentence):
    for m in _rx()["season"].finditer(ctx.doc.text, s.start, s.end):
        g = m.groupdict()
        code = words().seasons[g["s"].lower()]
        if not (g.get("rel") or g.get("det") or g.get("y") or g.get("y0")):
            continue
        if not (g.get("y") or g.get("y0")) and re.match(r"\s+of\s+(?!\d)", ctx.doc.text[m.end():m.end() + 8]):
            continue  # "the fall of Saigon"
        if g.get("y") or g.get("y0"):
            yield m.start(), m.end(), "date", season(int(g.get("y") or g["y0"]), code), "season", \
                f"explicit: season {code} of the year written", True
            continue
        focus = ctx.focus(s, m.start()) if (g.get("det") or "").lower() == "that" else None
        if focus is not None:
            yield m.start(), m.end(), "date", season(focus.start.year, code), "season", \
                f"relative: season {code} of {focus.start.year}, the year in focus", False
            continue
        if ctx.dct is None or ctx.dct.precision not in ("day", "month"):
            continue
        cy, ccode = _current_season(ctx.dct.start)
        order = list(_SEASON_MONTHS)
        # the occurrences of this season around publication, in order
        occ = [(y, code) for y in (cy - 1, cy, cy + 1)]
        cur_i = (cy, order.index(ccode))
        past = [o for o in occ if (o[0], order.index(o[1])) < cur_i]
        future = [o for o in occ if (o[0], order.index(o[1])) > cur_i]
        now = [o for o in occ if (o[0], order.index(o[1])) == cur_i]
        rel = (g.get("rel") or "").lower()
        tns = _tense(s, m.start(), m.end())
        if rel in ("last", "past"):
            pick = past[-1]
        elif rel in ("next", "coming"):
            pick = future[0]
        elif now:
            pick = now[0]
        else:
            pick = future[0] if tns == "future" else past[-1]
        yield m.start(), m.end(), "date", season(*pick), "season", \
            f"relative: season {code} nearest publication {ctx.dct.value} ({rel or tns or 'no tense cue'})", False


def _weekends(ctx: _Ctx, s: Sentence):
    if ctx.dct is None or ctx.dct.precision != "day":
        return
    d = ctx.dct.start
    for m in _rx()["weekend"].finditer(ctx.doc.text, s.start, s.end):
        rel = re.sub(r"\s+", " ", m.group("rel").lower())
        sat_this = d + dt.timedelta(days=5 - d.weekday())  # the Saturday of publication's ISO week
        if rel in ("next", "the coming") or (rel in ("this", "the") and _tense(s, m.start(), m.end()) == "future"):
            sat = sat_this if d.weekday() < 5 else sat_this + dt.timedelta(days=7)
        else:
            sat = sat_this if d.weekday() >= 5 else sat_this - dt.timedelta(days=7)
        y, w, _ = sat.isocalendar()
        yield m.start(), m.end(), "date", Period(f"{y:04d}-W{w:02d}-WE", "weekend", sat, sat + dt.timedelta(days=1)), \
            "weekend", f"relative: '{rel} weekend' from published {ctx.dct.value}", False


def _decades_centuries(ctx: _Ctx, s: Sentence):
    for m in _rx()["decade"].finditer(ctx.doc.text, s.start, s.end):
        yield m.start(), m.end(), "date", decade(int(m.group("d"))), "decade", "explicit: decade", False
    for m in _rx()["century"].finditer(ctx.doc.text, s.start, s.end):
        g = m.groupdict()
        if g.get("n") or g.get("w"):
            n = int(g["n"]) if g.get("n") else words().ordinals[g["w"].lower()]
            if 1 <= n <= 22:
                yield m.start(), m.end(), "date", century(n - 1), "century", "explicit: century", False
        elif ctx.dct is not None:
            k = {"next": 1, "this": 0}.get(g["rel"].lower(), -1)
            yield m.start(), m.end(), "date", century(ctx.dct.start.year // 100 + k), "century", \
                f"relative: century {k:+d} from published {ctx.dct.value}", False


def _anchored(ctx: _Ctx, s: Sentence):
    """Points counted from the time in focus: "a year earlier", "two weeks later", "the year before"."""
    for m in _rx()["anchored"].finditer(ctx.doc.text, s.start, s.end):
        g = m.groupdict()
        if g.get("ya"):
            n, unit, k = 1, "year", -1
        else:
            unit = (g.get("u") or g.get("u2")).lower().rstrip("s")
            word = (g.get("n") or "a").lower()
            num = lexicon().numbers.get(word, word) if g.get("u") else "1"
            if not num.isdigit():
                continue
            n = int(num)
            k = _DIR[(g.get("dir") or g.get("dir2") or g.get("dir3") or g.get("dir4")).lower()]
        focus = ctx.focus(s, m.start())
        p = shift(focus, unit, k * n) if focus is not None else None
        why = f"{k * n:+d} {unit}(s) from {focus.value if focus else ''}, the time in focus"
        if focus is None and ctx.dct is not None:
            # nothing named before it: counted from publication, at the unit's precision ("a year earlier" -> 1988)
            p = _at_unit(shift(ctx.dct, unit, k * n), unit)
            why = f"{k * n:+d} {unit}(s) from published {ctx.dct.value}, the time in focus"
        if p is None:
            continue
        yield m.start(), m.end(), "date", p, p.precision, f"relative: {why}", False


def _vague(ctx: _Ctx, s: Sentence):
    """Lengths of time without a count: "for years", "within days", "for several months"."""
    for m in _rx()["vague"].finditer(ctx.doc.text, s.start, s.end):
        yield m.start("body"), m.end(), "duration", words().vague_units[m.group("u").lower()], "duration", \
            "duration: a length of time, not a date (no count)", False


def _easter(y: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def _holiday_day(code: str, y: int) -> dt.date:
    if code == "EASTER":
        return _easter(y)
    mon, rest = code.split("-")
    if rest.startswith("TH"):  # the n-th Thursday of the month
        first = dt.date(y, int(mon), 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7 * (int(rest[2:]) - 1))
    return dt.date(y, int(mon), int(rest))


def _holidays(ctx: _Ctx, s: Sentence):
    """Holidays as days: "Christmas", "last Thanksgiving", "Easter 1998"; the year like a month-day's."""
    for m in _rx()["holiday"].finditer(ctx.doc.text, s.start, s.end):
        code = words().holidays[re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")]
        if m.group("y"):
            d = _holiday_day(code, int(m.group("y")))
            yield m.start(), m.end(), "date", Period(d.isoformat(), "day", d, d), "day", "explicit: holiday", True
            continue
        if ctx.dct is None or ctx.dct.precision != "day":
            continue
        rel = (m.group("rel") or "").lower()
        tns = "past" if rel == "last" else "future" if rel == "next" else _tense(s, m.start(), m.end())
        days = sorted(_holiday_day(code, y) for y in range(ctx.dct.start.year - 1, ctx.dct.start.year + 2))
        dct = ctx.dct.start
        if tns == "past":
            d = max((x for x in days if x <= dct), default=days[0])
        elif tns == "future":
            d = min((x for x in days if x >= dct), default=days[-1])
        else:  # no cue: the nearest, a later one counting triple (news reports mostly the past)
            d = min(days, key=lambda x: abs((x - dct).days) * (3 if x > dct else 1))
        yield m.start(), m.end(), "date", Period(d.isoformat(), "day", d, d), "day", \
            f"relative: holiday nearest published {ctx.dct.value} ({rel or tns or 'no tense cue'})", False


def _refs(ctx: _Ctx, s: Sentence):
    text = ctx.doc.text
    for m in _rx()["ref"].finditer(text, s.start, s.end):
        r = re.sub(r"\s+", " ", m.group("r").lower())
        after = text[m.end():m.end() + 30]
        if r in ("the past", "in the past", "recent", "current") and re.match(
                rf"(?i)\s+(?:{_NUM_WORDS}|few|several|couple|many|\d|days?|weeks?|months?|years?|decades?|hours?"
                r"|centur)", after):
            continue  # "the past three years", "recent weeks": a duration or its own reference below
        yield m.start(), m.end(), "duration", words().refs[r], "ref", f"reference: '{r}'", False


def _sets(ctx: _Ctx, s: Sentence):
    w = words()
    text = ctx.doc.text
    rx = _rx()
    for m in rx["set_every"].finditer(text, s.start, s.end):
        u = m.group("u").lower()
        n = m.group("n")
        if u in w.set_units:
            v = w.set_units[u]
            if v.startswith("T"):
                v = f"XXXX-XX-XX{v}"
            elif n:
                num = lexicon().numbers.get(n.lower(), n)
                v = v.replace("1", num, 1) if num.isdigit() else v
        elif u in lexicon().weekdays:
            v = f"XXXX-WXX-{lexicon().weekdays[u] + 1}"
        elif u in lexicon().months:
            v = f"XXXX-{lexicon().months[u]:02d}"
        else:
            v = f"XXXX-{w.seasons[u]}"
        yield m.start(), m.end(), "duration", v, "set", "set: a recurring time", True
    for m in rx["set_times"].finditer(text, s.start, s.end):
        v = w.set_units[m.group("u").lower()]
        yield m.start(), m.end(), "duration", v if not v.startswith("T") else f"XXXX-XX-XX{v}", "set", \
            "set: a frequency", False
    for m in rx["set_adverb"].finditer(text, s.start, s.end):
        a = m.group("a").lower()
        before = text[max(s.start, m.start() - 12):m.start()].lower()
        if a in ("annually", "yearly", "hourly", "nightly") and re.match(r"\s+[a-z]", text[m.end():m.end() + 2]) \
                and a != "annually":
            continue  # "hourly wages", "yearly report": an adjective
        if a not in ("annually",) and not _SET_ADVERB_OK.match(text, m.end()) and \
                not re.search(r"\b(?:almost|nearly|twice|once|held|published|updated|meet|meets)\s+$", before):
            continue  # "the party daily Granma", "daily flights": an adjective or a noun
        yield m.start(), m.end(), "duration", w.set_adverbs[a], "set", "set: a recurring time", False


def _clocks(ctx: _Ctx, s: Sentence):
    """Clock times: joined to a day named right before or after them, else on the day in focus."""
    text = ctx.doc.text
    for m in _rx()["clock"].finditer(text, s.start, s.end):
        g = m.groupdict()
        if g.get("word"):
            w = g["word"].lower()
            hh, mm = (24 if w == "midnight" else 12), 0
        elif g.get("ap"):
            hh, mm = int(g["h"]) % 12 + (12 if g["ap"].lower() == "p" else 0), int(g.get("mi") or 0)
        elif g.get("h2"):
            hh, mm = int(g["h2"]), int(g["mi2"])
        else:
            hh, mm = int(g["h3"]), int(g["mi3"])
        a, b = m.start(), m.end()
        lead = re.match(r"(?i)(?:about|around|at|after|before|by|until|from)\s+", m.group(0))
        if lead:
            a += lead.end()
        hhmm = f"T{hh:02d}:{mm:02d}"
        # a day right after ("10 p.m. Wednesday", "5 p.m. EST Nov. 9") or right before ("Wednesday at 3 p.m.")
        days = [x for x in ctx.mentions if x.kind == "date" and x.precision == "day" and "T" not in x.value]
        day = next((x for x in days if 0 <= x.start - b <= 12 and re.fullmatch(
            r"(?i),?\s+(?:on\s+)?(?:the\s+)?", text[b:x.start])), None) or \
            next((x for x in days if 0 <= a - x.end <= 12 and re.fullmatch(
                r"(?i),?\s+(?:at\s+|from\s+|by\s+)?", text[x.end:a])), None)
        if day is not None:
            lo, hi = min(a, day.start), max(b, day.end)
            p = Period(day.value + hhmm, "day", *(_of(day).start, _of(day).end))
            yield lo, hi, "date", p, "day", f"{day.evidence}; clock time {hhmm[1:]} of that day", True
            continue
        focus = ctx.focus(s, a, want="day") or (ctx.dct if ctx.dct and ctx.dct.precision == "day" else None)
        if focus is None or g.get("word"):
            continue  # "midnight" alone is often a deadline's hour or a figure of speech, not a time of the story
        yield a, b, "date", Period(focus.value + hhmm, "day", focus.start, focus.end), "day", \
            f"relative: clock time on {focus.value}, the day in focus", True


# ----------------------------------------------------------------------------- merging


def _make(doc: Document, s: Sentence, a: int, b: int, kind: str, val, prec: str, ev: str) -> Mention:
    if isinstance(val, Period):
        value, ds, de = val.value, val.start.isoformat(), val.end.isoformat()
    else:
        value, ds, de = val, "", ""
    return Mention.make(doc.article_id, kind=kind, text=doc.text[a:b], start=a, end=b, value=value, precision=prec,
                        date_start=ds, date_end=de, evidence=ev, sentence=s.text, sentence_start=s.start,
                        sentence_end=s.end, region=s.region)


def _day_parts(ctx: _Ctx) -> None:
    """A day and its part of day ("Friday morning", "this evening", "yesterday afternoon", "last night") become a
    TIME value: the day with TMO/TAF/TEV/TNI appended; "that evening" takes the day in focus."""
    text = ctx.doc.text
    parts = words().day_parts
    out = []
    for m in ctx.mentions:
        if m.kind != "date" or m.precision != "day" or "T" in m.value:
            out.append(m)
            continue
        end = m.end
        ext = _rx()["day_part"].match(text, m.end)
        if ext and ext.end() <= m.sentence_end:
            end = ext.end()
        tail = re.search(rf"(?i)\b({_alt(parts)})$", text[m.start:end])
        if tail is None or (end == m.end and re.fullmatch(r"(?i)today|yesterday|tomorrow", m.text)):
            out.append(m)
            continue
        code = parts[tail.group(1).lower()]
        out.append(Mention.make(m.article_id, kind="date", text=text[m.start:end], start=m.start, end=end,
                                value=f"{m.value}T{code}", precision="day", date_start=m.date_start,
                                date_end=m.date_end, evidence=f"{m.evidence}; part of day T{code}",
                                sentence=m.sentence, sentence_start=m.sentence_start, sentence_end=m.sentence_end,
                                region=m.region))
    ctx.mentions[:] = out


def _that_part(ctx: _Ctx, s: Sentence):
    for m in _rx()["that_part"].finditer(ctx.doc.text, s.start, s.end):
        focus = ctx.focus(s, m.start(), want="day")
        if focus is not None:
            code = words().day_parts[m.group("p").lower()]
            yield m.start(), m.end(), "date", Period(f"{focus.value}T{code}", "day", focus.start, focus.end), "day", \
                f"relative: part of day T{code} of {focus.value}, the day in focus", False


_FINDERS = (_quarters, _seasons, _weekends, _decades_centuries, _clocks, _that_part, _anchored, _refs, _sets,
            _vague, _holidays)


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, ...], ...]:
    """Per finder, the strings one of which a sentence must contain for its patterns to be tried (a cheap test
    that keeps the tagger faster than dateparser)."""
    w = words()
    return (("quarter", "half"), tuple(w.seasons), ("weekend",), ("0s", "0's", "0’s", "century"),
            (":", "m.", "am", "pm", "noon", "midnight", "midday", *w.zones), ("that ", "same "),
            ("earlier", "later", "before", "after", "ago"), tuple(w.refs),
            ("every", "each", "times", "once", "twice", "thrice", *w.set_adverbs), tuple(w.vague_units),
            ("christmas", "new year", "thanksgiving", "easter"))


def _ago_quarters(ctx: _Ctx) -> None:
    """"a year ago" in a report about a quarter is that quarter a year before ("up from $10 million a year ago");
    so is "last year" after a quarter in its sentence ("third-quarter profit fell from last year")."""
    out = []
    for m in ctx.mentions:
        if m.kind == "date" and (_rx()["ago_year"].match(m.text) or _rx()["last_year"].match(m.text)):
            s = next((t for t in ctx.doc.sentences if t.start <= m.start < t.end), None)
            focus = ctx.focus(s, m.start, want="quarter") if s is not None else None
            if focus is not None and _rx()["last_year"].match(m.text) and \
                    ctx.focus(s, m.start, want="quarter", back=0) is None:
                focus = None  # "last year" reads as the quarter a year before only after a quarter in its sentence
            if focus is not None:
                p = shift(focus, "year", -1)
                m = _make(ctx.doc, s, m.start, m.end, "date", p, "quarter",
                          f"relative: the quarter in focus ({focus.value}) a year before")
        out.append(m)
    ctx.mentions[:] = out


def _refs_of_durations(ctx: _Ctx) -> None:
    """"in recent years", "in coming months": references to the past or future, not lengths of time."""
    out = []
    for m in ctx.mentions:
        g = _rx()["ref_units"].match(m.text) if m.kind == "duration" else None
        if g:
            v = "FUTURE_REF" if g.group("rel").lower() == "coming" else "PAST_REF"
            m = dataclass_replace(m, value=v, precision="ref", evidence=f"reference: '{m.text}'")
        out.append(m)
    ctx.mentions[:] = out


def dataclass_replace(m: Mention, **kw) -> Mention:
    import dataclasses

    return dataclasses.replace(m, **kw)


def extend(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (the calendar dates and durations of ``tag``) with the expressions of this module merged in,
    in text order."""
    ctx = _Ctx(doc, _dct(doc), sorted(mentions, key=lambda m: (m.start, m.end)))
    # drop rates that read as durations ("four flights a week", "$1.76 a year", "24 hours a day")
    ctx.mentions[:] = [m for m in ctx.mentions if not (
        m.kind == "duration" and _rx()["rate"].match(m.text)
        and re.search(r"(?:\d|[a-z]s)\s+$", doc.text[max(0, m.start - 12):m.start]))]
    _day_parts(ctx)
    _refs_of_durations(ctx)
    for s in doc.sentences:
        low = s.text.lower()
        for finder, cues in zip(_FINDERS, _cues(), strict=True):
            if not any(c in low for c in cues):
                continue
            for a, b, kind, val, prec, ev, swallow in finder(ctx, s):
                inside = [m for m in ctx.mentions if m.start < b and a < m.end]
                if any(not (a <= m.start and m.end <= b) for m in inside):
                    continue  # partly overlaps what is already there: keep that
                if any((m.kind == "date" and not swallow) or
                       (m.kind == "duration" and m.precision in ("set", "ref")) for m in inside):
                    continue
                ctx.mentions = [m for m in ctx.mentions if m not in inside]
                ctx.mentions.append(_make(doc, s, a, b, kind, val, prec, ev))
                ctx.mentions.sort(key=lambda m: (m.start, m.end))
    _ago_quarters(ctx)
    return ctx.mentions
