"""Finding quarters, halves, seasons, weekends, decades, centuries and holidays in a sentence, and the
time in focus they and the points counted from it are read against.

A quarter without its year is the publication year's (the one before when it would start after publication
in a past-tense clause); "the quarter" is the one the text last named, else the last complete one, and only
near words of accounts (else it may be a neighbourhood). A season is the occurrence nearest publication that
fits "last/next" or the tense.

Example:
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.dates import tag
    >>> [m.value for m in tag(document_from_text("a", "Sales rose last summer and in the fourth quarter.",
    ...                                          published="1998-02-06"))]
    ['1997-SU', '1997-Q4']
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lib.extract.dates.timex_words import _rx, words
from lib.extract.dates.units import (
    _SEASON_MONTHS,
    Period,
    _current_season,
    _holiday_day,
    _months,
    _of,
    century,
    decade,
    half,
    quarter,
    season,
    shift,
)
from lib.models import Document, Mention, Sentence

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
                    and "counted from" not in m.evidence and "a year before" not in m.evidence:
                p = _of(m)
                if p is not None and (not want or p.precision == want):
                    best = p
        return best

    def last_quarter(self, pos: int) -> Period | None:
        """The last quarter named before ``pos`` anywhere in the text (not one counted back from another: "the
        year-ago quarter" is a comparison, not the quarter the report is about)."""
        qs = [_of(m) for m in self.mentions if m.end <= pos and m.precision == "quarter"
              and "in focus" not in m.evidence and "a year before" not in m.evidence]
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


# ----------------------------------------------------------------------------- finders
# each yields (start, end, kind, Period | str value, precision, evidence, may_swallow_dates)


def _year_of(ctx: _Ctx, s: Sentence, g: dict, a: int, b: int, start_month: int) -> tuple[int, str] | None:
    """The year of a quarter, half or season: written out, relative ("of last year"), else the publication year
    (the one before when the period would start after publication in a past-tense clause)."""
    for k in ("y", "y0", "y1", "y2", "y3"):
        if g.get(k):
            return int(g[k]), "explicit"
    rel = re.sub(r"\s+", " ", (g.get("rely") or g.get("rely2") or "").lower())
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
        latest = which in ("latest", "most recent")
        if focus is None and not (latest and m.group("unit").lower() == "quarter") and (
                m.group("unit").lower() == "period" and not latest or not _accounts(s.text)):
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
        elif focus is not None and which not in ("latest", "most recent", "last", "past", "recent"):
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
        if g.get("ry"):  # "the spring of last year" (from publication), "the summer of that year" (from the focus)
            ry = " ".join(g["ry"].lower().split())
            k = {"last": -1, "next": 1, "the following": 1, "the previous": -1}.get(ry, 0)
            base = ctx.dct if ry in ("last", "this", "next") else ctx.focus(s, m.start())
            if base is not None and base.precision in ("day", "month", "year", "season", "quarter", "week"):
                yield m.start(), m.end(), "date", season(base.start.year + k, code), "season", \
                    f"relative: season {code} of '{ry} year' from {base.value}", True
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
        g = m.groupdict()
        d = int(g["d"]) if g.get("d") else 190 + int(g["d2"]) if g.get("d2") else words().decade_words[g["dw"].lower()]
        yield m.start(), m.end(), "date", decade(d), "decade", "explicit: decade", False
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


def _report_years(ctx: _Ctx, s: Sentence):
    """"the full year", "the current year", "for the year" in a report of accounts: the publication year; "the
    (fiscal) year ended March 31" is a span of a year (P1Y), not a calendar year."""
    for m in _rx()["report_year"].finditer(ctx.doc.text, s.start, s.end):
        a = m.start() + len(m.group("pre") or "")
        b = m.end() - len(m.group("span") or "")
        kind = (m.group("kind") or "").strip().lower()
        if m.group("span"):
            if kind or _accounts(s.text):
                yield a, b, "duration", "P1Y", "duration", "duration: a year of account ending on a date", False
            continue
        if ctx.dct is None or not (kind or ((m.group("pre") or "").strip().lower() == "for" and _accounts(s.text))):
            continue
        y = ctx.dct.start.year
        yield a, b, "date", Period(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31)), "year", \
            f"relative: the year of account, the publication year {y}", False
