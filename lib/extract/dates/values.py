"""The value of one date candidate: a TimeML value with its first and last day, resolved against the
publication anchor, the narrative's last explicit date and the tense of its clause.

Example:
    >>> c = candidates("Ramadan begins on March 22.")[0]
    >>> resolve(c, Anchor.of("2023-03-19"), "Ramadan begins on March 22.").value
    '2023-03-22'
"""
from __future__ import annotations

import datetime as dt
import re

from lib.extract.dates.clause_tense import _clause_id, _topic, clauses, tense
from lib.extract.dates.periods import Anchor, Resolved, _coarse, _day, _month, _month_end, _shift_month, _week, _year
from lib.extract.timex_grammar import Candidate, candidates, compound_number, lexicon  # noqa: F401  (candidates: the doctests)

# ----------------------------------------------------------------------------- resolution



def _year_of_month(mon, sentence, c, region, narrative, anchor):
    """(year, explanation) or None for a month written without a year, and the tense marker used."""
    tns, marker = tense(sentence, c.start, c.end, region)
    topic = _topic(sentence, c.start)
    if topic:
        tns, marker = "", f"topic of '{topic}'"
    elif tns == "future" and narrative is not None and _TIMELINE_ENTRY.match(sentence):
        tns, marker = "", "timeline entry"  # the historical present of a timeline (see ``resolve``)
    py = (_narrative_year(mon, None, narrative, anchor, tns) if narrative else None) or \
        _pick_year(mon, None, anchor, tns, soon=_reported(sentence, c, marker))
    return py, marker

# a month-day as the end of a term: "extended to Nov. 16", "payable Jan. 2", "expires on Dec. 15"
_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:(?:extended|postponed|delayed|moved|adjourned|put\s+off)\s+(?:un)?t(?:il|o)|"
                              # "suspended the Geneva peace talks until February 25"
                              r"(?:suspended|paused|halted|postponed|delayed|adjourned|deferred|extended)\s+"
                              r"(?:[\w'’-]+\s+){1,5}?(?:until|till)|"
                              r"payable|expires?|expiring|deadline\s+(?:of|is|was))\s+(?:on\s+)?$")


# the date opening a timeline's entry: "Nov. 24, 2023:", "12 June 2014 -", "2021-05-10:", "2019:"
_TIMELINE_ENTRY = re.compile(r"\s*(?:[-*•]\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|"
                             r"\d{4}-\d\d-\d\d|(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4})\s*(?::|\s[-–—])\s")
# "since Oct. 7", "since early May": the date is behind the time of writing
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:(?:early|mid|late)[-\s]+)?$")
# "by Oct. 15", "no later than Nov. 1": a deadline, which a past clause sets ahead of itself
_BY_BEFORE = re.compile(r"(?i)\b(?:by|no\s+later\s+than)\s+(?:(?:early|mid|late)[-\s]+)?$")
_ATTRIBUTIVE = re.compile(r"\s+(?!(?:and|or|but|as|at|in|on|to|for|with|from|after|before|under|amid|if|when|while|"
                          r"that|which|the|a|an|this|its|their|his|her)\b)[a-z]{3,}\b")


def _reported(sentence: str, c: Candidate, marker: str) -> bool:
    """May a date just ahead of publication be the coming one though its clause is in the past tense? Yes when
    the past tense is the report's ("said the bid would expire Dec. 7") or the date is a deadline the past clause
    set ("agreed to create a buffer zone by Oct. 15"); not after "since" ("killed since Oct. 7")."""
    if _SINCE_BEFORE.search(sentence, 0, c.start):
        return False
    if marker.lower() in lexicon().report_markers:
        return True
    # a date modifying the noun after it is no deadline ("hit by Oct. 2 strikes": the agent's date)
    return bool(_BY_BEFORE.search(sentence, max(0, c.start - 20), c.start)) and not _ATTRIBUTIVE.match(sentence, c.end)


# how far ahead of publication a month-day (days) or a month (months) told in the past tense is still the coming one
_SOON_DAYS = 45
_SOON_MONTHS = 1


def _pick_year(month: int, day: int | None, anchor: Anchor, tns: str, soon: bool = True) -> tuple[int, str] | None:
    """The year of a month(-day) without a year: the one nearest the anchor that fits the tense; ``soon``: a
    date just ahead of publication may be the coming one in a past-tense sentence (not after "since")."""
    if anchor.precision == "year":
        return anchor.year, f"year of publication {anchor.value}"
    if anchor.precision not in ("day", "month"):
        return None
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if anchor.precision == "day" and day is not None:
            try:
                d = dt.date(y, month, day)
            except ValueError:
                continue
            key = (d - anchor.day).days
        else:
            key = (y * 12 + month) - (anchor.year * 12 + anchor.month)
        cands.append((key, y))
    if not cands:
        return None
    slack = 1 if anchor.precision == "day" and day is not None else 0
    if tns == "past" and anchor.lower_bound:
        # the publication date is only known not to be earlier: the nearest, a later date counting triple
        pick = min(cands, key=lambda c: (abs(c[0]) * (3 if c[0] > 0 else 1), c[0] > 0))
    elif tns == "past":
        ok = [c for c in cands if c[0] <= slack]
        # a date just ahead of publication is the coming one even in a past-tense sentence: the tense is the
        # report's ("said the offer would expire Dec. 7", "the deadline was extended to mid-November"); a past
        # day nearly a year back would carry its year
        ahead = [c for c in cands if soon and anchor.precision == "day" and slack < c[0] <= (
            _SOON_DAYS if day is not None else _SOON_MONTHS)]
        pick = min(ahead) if ahead else max(ok) if ok else min(cands, key=lambda c: abs(c[0]))
    elif tns == "future":
        # a future date more than about six months ahead is written with its year ("next May")
        limit = 183 if anchor.precision == "day" and day is not None else 6
        ok = [c for c in cands if -slack <= c[0] <= limit]
        pick = min(ok) if ok else min(cands, key=lambda c: (abs(c[0]) * (3 if c[0] > 0 else 1), c[0] > 0))
    else:
        # no tense cue: the nearest, but news mostly reports the past, so a later date counts triple
        pick = min(cands, key=lambda c: (abs(c[0]) * (3 if c[0] > 0 else 1), c[0] > 0))
    why = {"past": "past tense", "future": "future tense", "": "nearest"}[tns]
    if tns == "past" and anchor.lower_bound:
        why = "past tense, the inferred date a lower bound: nearest"
    return pick[1], f"year {pick[1]} from published {anchor.value} ({why})"


def _rel_year(g: dict, anchor: Anchor, prior_year: int | None = None) -> tuple[int, str] | None:
    """The year named by "last/this/next year" after a month(-day), or by "the same year" / "that year" (the
    year the text last named, ``prior_year``); None without one."""
    rel = re.sub(r"\s+", " ", (g.get("relyear") or "").lower())
    if rel in _ANAPHORIC_YEAR:
        if prior_year is None:
            return None
        y = prior_year + _ANAPHORIC_YEAR[rel]
        return y, f"year {y} from '{rel} year' and {prior_year}, the year the text last named"
    if not rel or not anchor.precision:
        return None
    y = anchor.year + {"last": -1, "this": 0, "next": 1}[rel]
    return y, f"year {y} from '{g['relyear']} year' and published {anchor.value}"


_ANAPHORIC_YEAR = {"the same": 0, "that": 0, "the following": 1, "the previous": -1, "the preceding": -1}


def _anaphoric_year(g: dict) -> bool:
    """Does the expression name its year by reference to the text ("October of the same year")?"""
    return re.sub(r"\s+", " ", (g.get("relyear") or "").lower()) in _ANAPHORIC_YEAR


def _num(word: str | None) -> str:
    if not word:
        return "1"
    w = re.sub(r"\s+", " ", word.lower())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):  # "3,000 years"
        return w.replace(",", "")
    return w if w.isdigit() else lexicon().numbers.get(w) or compound_number(w) or "X"


def _unit(word: str) -> str:
    w = word.lower()
    return "century" if w.startswith("centur") else w[:-1] if w.endswith("s") else w


# half of a unit in the next smaller one ("and a half": year -> 6M, hour -> 30M); a half week has none (P2.5W)
_HALF = {"year": ("6M", ""), "month": ("15D", ""), "day": ("", "12H"), "hour": ("", "30M"), "minute": ("", "30S"),
         "decade": ("5Y", "")}


def _duration_value(c: Candidate) -> str:
    """The TimeML value of a duration: "three hours" PT3H, "two decades" P20Y, "a few weeks" PXW; a half in the next
    smaller unit ("two and a half hours" PT2H30M, "half an hour" PT30M, "1.5 years" P1Y6M; other decimals as
    written: "1.2 years" P1.2Y)."""
    g = c.groups
    n = _num(g.get("n")) if g.get("n") else ("X" if (g.get("unit") or "").lower().endswith("s") else "1")
    unit = _unit(g["unit"])
    code = lexicon().units[unit]
    half = bool(g.get("half") or g.get("half2") or g.get("dec") == ".5")
    if g.get("halfof"):
        n, half = "0", True
    elif g.get("dec") and not half and n.isdigit():
        n = f"{n}{g['dec']}"
    time = unit in ("hour", "minute")
    if code in ("10Y", "100Y"):  # decades and centuries in years ("two decades" P20Y, "a century" P100Y)
        years = int(code[:-1])
        if n == "X":
            return "PXDE" if years == 10 else "PXCE"
        if half and n.isdigit() and unit == "century":
            return f"P{int(n) * 100 + 50}Y"
        code, n = "Y", str(int(n) * years) if n.isdigit() else n
    if half and n.isdigit() and unit in _HALF:
        big, small = _HALF[unit]
        head = f"{n}{code}" if n != "0" else ""
        if code == "Y" and unit == "decade":
            return f"P{int(n) + 5}Y"
        return ("PT" if time else "P") + head + big + (("T" if not time else "") + small if small else "")
    if half and n.isdigit():
        n = f"{n}.5"
    return f"PT{n}{code}" if time else f"P{n}{code}"


# a plan told in the past perfect: "had proposed a truce starting Thursday", "had been due to expire on Friday"
_PAST_PERFECT = re.compile(r"(?i)\bhad\s+(?:(?:already|not|never|been|originally|initially|earlier|previously)\s+){0,2}"
                           r"(?!to\b)[a-z]{3,}\b")


def _planned_in_past(sentence: str, c: Candidate) -> bool:
    """Is the date at ``c`` the day of a plan its own clause tells in the past perfect ("The vote, which had been
    scheduled for Sunday, ...")? Such a day may have come or not by publication: the nearest one is meant.

    >>> t = "The vote, which had been scheduled for Sunday, was postponed."
    >>> _planned_in_past(t, candidates(t)[0]), _planned_in_past("Hamas, which had vowed revenge, will meet on Sunday.",
    ...                                                          candidates("Hamas, which had vowed revenge, will meet on Sunday.")[0])
    (True, False)
    """
    segs = clauses(sentence)
    cid = _clause_id(segs, c.start)
    return any(_PAST_PERFECT.search(sentence, a, min(b, c.start)) for a, b, k in segs if k == cid and a < c.start)


def _weekday(c: Candidate, anchor: Anchor, tns: str, marker: str, nearest: bool = False) -> Resolved | None:
    """The day of a weekday: before publication in the past tense, on or after it in the future; ``nearest``: a
    plan told in the past perfect (``_planned_in_past``), the occurrence nearest publication."""
    g = c.groups
    wd = lexicon().weekdays[g["wd"].lower()]
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    if anchor.precision != "day":
        return _coarse(anchor, f"weekday {g['wd']}")
    aw = anchor.day.weekday()
    week = (g.get("wkrel") or "").lower()
    if week and not rel:  # "Thursday last week": the day of the week named, counted from publication
        k = {"last": -1, "this": 0, "next": 1}[week]
        d = anchor.day + dt.timedelta(days=7 * k + wd - aw)
        return _day(d, "relative", f"weekday of '{week} week' from published {anchor.value}")
    if rel in ("last", "previous"):
        delta, why = -(((aw - wd) % 7) or 7), f"'{rel}': the {g['wd']} before"
        if delta == -1:  # yesterday is told "on Thursday"; "last Thursday" on a Friday is the week before
            delta, why = -8, f"'{rel}': the {g['wd']} of the week before (not yesterday)"
    elif rel in ("next", "coming", "this coming"):
        delta, why = ((wd - aw) % 7) or 7, f"'{rel}': the {g['wd']} after"
    elif tns == "future" and nearest:
        delta = (wd - aw + 3) % 7 - 3
        why = f"a plan told in the past perfect ('{marker}' after 'had'): nearest"
    elif tns == "future":
        delta, why = (wd - aw) % 7, f"future tense ('{marker}'): on or after"
    elif anchor.lower_bound:
        # an inferred date is the latest day the story gives, not the publication day: the nearest occurrence
        delta = (wd - aw + 3) % 7 - 3
        why = f"{'past tense' if tns == 'past' else 'no tense cue'}: nearest the inferred (lower-bound)"
    else:
        delta = -((aw - wd) % 7)
        why = f"past tense ('{marker}'): on or before" if tns == "past" else "no tense cue: on or before"
    d = anchor.day + dt.timedelta(days=delta)
    return _day(d, "relative", f"weekday, {why} published {anchor.value}")


def _relunit(c: Candidate, anchor: Anchor) -> Resolved | None:
    g = c.groups
    rel = (g.get("rel") or "this").lower()  # "the end of the year": the current one
    unit = g["unit"].lower()
    k = {"last": -1, "next": 1, "coming": 1, "this": 0, "current": 0}[rel]
    what = f"'{c.text}'"
    if not anchor.precision:
        return None
    if unit == "year":
        return _year(anchor.year + k, "relative", f"{what}: year {k:+d} from published {anchor.value}")
    if unit == "month":
        if anchor.precision == "year":
            return _coarse(anchor, what)
        y, m = _shift_month(anchor.year, anchor.month, k)
        return _month(y, m, "relative", f"{what}: month {k:+d} from published {anchor.value}")
    if anchor.precision != "day":
        return _coarse(anchor, what)
    # ISO weeks run Monday to Sunday: written on a Sunday, "this week" is the week that Sunday ends and
    # "next week" (like "the coming week") the one starting the next day, as wire copy and the scorer's
    # gold read them; the Sunday-first working week of the region is not the calendar's week
    return _week(anchor.day + dt.timedelta(days=7 * k), "relative",
                 f"{what}: ISO week {k:+d} from published {anchor.value}")


_RELDAY = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
           "earlier today": 0, "later today": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
           "day before yesterday": -2, "the day before yesterday": -2, "day after tomorrow": 2,
           "the day after tomorrow": 2}


def _month_name(g: dict) -> int:
    return lexicon().months[g["mon"].lower().rstrip(".")]


def _narrative_year(mon: int, day: int | None, ref: Resolved, anchor: Anchor, tns: str) -> tuple[int, str] | None:
    """The year of a month(-day) without a year told in a narrative after the explicit date ``ref``.

    The year that puts it nearest the reference date, a step back counting double (a narrative moves
    forward: "Hamas seized Gaza in June 2007 and on June 14 ..." -> 2007; "on December 30, 2022 ...
    on January 2" -> 2023). Not for the future tense when the publication date is known (a plan is
    placed from the publication date), nor when a past event would land after the publication period.
    """
    if tns == "future" and anchor.precision:
        return None
    best: tuple[int, int] | None = None
    for y in (ref.start.year - 1, ref.start.year, ref.start.year + 1):
        if day is not None:
            try:
                diff = (dt.date(y, mon, day) - ref.start).days
            except ValueError:
                continue
        else:
            diff = (y * 12 + mon) - (ref.start.year * 12 + ref.start.month)
        cost = diff if diff >= 0 else -2 * diff
        if best is None or cost < best[0]:
            best = (cost, y)
    if best is None:
        return None
    y = best[1]
    if anchor.precision and tns != "future":
        first = dt.date(y, mon, day or 1)
        if first > _period(anchor)[1]:
            return None
    return y, f"year {y} from the preceding explicit date {ref.value} (narrative)"


def _period(anchor: Anchor) -> tuple[dt.date, dt.date]:
    """First and last day of the publication period."""
    if anchor.precision == "day":
        return anchor.day, anchor.day
    if anchor.precision == "month":
        return dt.date(anchor.year, anchor.month, 1), _month_end(anchor.year, anchor.month)
    return dt.date(anchor.year, 1, 1), dt.date(anchor.year, 12, 31)


def resolve(c: Candidate, anchor: Anchor, sentence: str, region: str = "body",
            narrative: Resolved | None = None, prior_year: int | None = None) -> Resolved | None:
    """The value of one date candidate (offsets relative to ``sentence``), or None.

    ``narrative`` is the explicit date the story last gave (see ``tag``): a month(-day) without a year
    takes its year from it instead of from the publication date. ``prior_year`` is the year the text last
    named explicitly: "in October of the same year" / "on May 3 that year" take it, "of the following/previous
    year" the one after/before it (without one, None).

    >>> c = candidates("He will arrive on Sunday.")[0]
    >>> resolve(c, Anchor.of("2023-03-18"), "He will arrive on Sunday.").value
    '2023-03-19'
    >>> text = "Hamas took Gaza in June 2007 and on June 14 sacked the cabinet."
    >>> ref, c = [resolve(c, Anchor.of("2024-02"), text) for c in candidates(text)][0], candidates(text)[1]
    >>> resolve(c, Anchor.of("2024-02"), text, narrative=ref).value
    '2007-06-14'
    """
    g = c.groups
    r = c.rule
    try:
        if r == "iso":
            return _day(dt.date(int(g["year"]), int(g["m"]), int(g["day"])), "explicit", "ISO date")
        if r == "numeric":
            a, b, y = int(g["a"]), int(g["b"]), int(g["year"])
            if len(g["year"]) == 2:  # "02.20.05": 1970-2069
                y += 2000 if y < 70 else 1900
            if a > 12:
                return _day(dt.date(y, b, a), "explicit", "numeric date, day first (first number > 12)")
            if b > 12:
                return _day(dt.date(y, a, b), "explicit", "numeric date, month first (second number > 12)")
            if g.get("order") == "mdy":
                return _day(dt.date(y, a, b), "explicit", f"numeric date, ambiguous order: {g['order_why']}")
            if g.get("order") == "dmy":
                return _day(dt.date(y, b, a), "explicit", f"numeric date, ambiguous order: {g['order_why']}")
            return _day(dt.date(y, b, a), "explicit", "numeric date, ambiguous order: read day first")
        if r in ("mdy", "dmy"):
            mon, day = _month_name(g), int(g["day"])
            if g.get("day2"):
                r0 = resolve(Candidate(c.rule, c.start, c.end, c.text, {**g, "day2": None}), anchor, sentence,
                             region, narrative, prior_year)
                d2 = int(g["day2"])
                if r0 is None or d2 <= day:
                    return r0
                last = dt.date(r0.start.year, mon, d2)
                return Resolved(r0.value, r0.precision, r0.start, last, r0.basis,
                                f"range of days to {last.isoformat()}, valued by its first day; {r0.evidence}")
            if g.get("year"):
                return _day(dt.date(int(g["year"]), mon, day), "explicit", "explicit full date")
            tns, marker = tense(sentence, c.start, c.end, region)
            if tns == "future" and narrative is not None and _TIMELINE_ENTRY.match(sentence):
                # a timeline's entry tells its day in the historical present ("Nov. 24, 2023: A truce begins; fighting
                # resumes on Dec. 1"): the present is no future there, the entry's date is the narrative's
                tns, marker = "", "timeline entry"
            if tns == "past" and _DEADLINE_BEFORE.search(sentence, max(0, c.start - 64), c.start):
                # a deadline is told in the past tense of its setting ("the offer was extended to Nov. 16", "the
                # dividend, which was cut, is payable Jan. 2"): the tense does not place it; the nearest does
                tns, marker = "", f"deadline after '{marker}'"
            ry = _rel_year(g, anchor, prior_year)
            if ry is not None:
                return _day(dt.date(ry[0], mon, day), "relative", f"month-day; {ry[1]}")
            if _anaphoric_year(g):
                return None
            ny = _narrative_year(mon, day, narrative, anchor, tns) if narrative else None
            if ny is not None:
                return _day(dt.date(ny[0], mon, day), "relative", f"month-day without year; {ny[1]}")
            if anchor.precision == "month" or anchor.precision == "day":
                py = _pick_year(mon, day, anchor, tns, soon=_reported(sentence, c, marker))
                if py is None:
                    return None
                d = dt.date(py[0], mon, day)
                return _day(d, "relative", f"month-day without year; {py[1]}"
                            + (f" ('{marker}')" if marker else ""))
            if anchor.precision == "year":
                return _day(dt.date(anchor.year, mon, day), "relative",
                            f"month-day without year; year of publication {anchor.value}")
            return None
        if r == "my":
            return _month(int(g["year"]), _month_name(g), "explicit", "explicit month and year")
        if r == "mod":
            mod = re.sub(r"\s+", " ", g["mod"].lower())
            if g.get("year2"):
                return _year(int(g["year2"]), "explicit", f"'{mod}' part of an explicit year")
            mon = _month_name(g)
            if g.get("year"):
                return _month(int(g["year"]), mon, "explicit", f"'{mod}' part of an explicit month")
            ry = _rel_year(g, anchor, prior_year)
            if ry is not None:
                return _month(ry[0], mon, "relative", f"'{mod}' part of a month; {ry[1]}")
            if _anaphoric_year(g):
                return None
            py, _marker = _year_of_month(mon, sentence, c, region, narrative, anchor)
            if py is None:
                return None
            return _month(py[0], mon, "relative", f"'{mod}' part of a month without year; {py[1]}")
        if r == "month_bare":
            mon = _month_name(g)
            intro = g["intro"].lower()
            ry = _rel_year(g, anchor, prior_year)
            if ry is not None:
                return _month(ry[0], mon, "relative", f"month; {ry[1]}")
            if g.get("year"):  # "in January and February 2014": the year of the month it is joined to
                return _month(int(g["year"]), mon, "explicit", "month joined to a month with its year")
            if _anaphoric_year(g):
                return None
            if intro in ("last", "next", "this") and anchor.precision in ("day", "month"):
                cands = [(y, _shift_month(y, mon, 0)) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
                cur = anchor.year * 12 + anchor.month
                diffs = [(y * 12 + mon - cur, y) for y, _ in cands]
                if intro == "last":
                    pick = max(d for d in diffs if d[0] < 0)
                elif intro == "next":
                    pick = min(d for d in diffs if d[0] > 0)
                else:  # "this September": the one of the current year
                    pick = next(d for d in diffs if d[1] == anchor.year)
                return _month(pick[1], mon, "relative", f"'{intro} {g['mon']}' from published {anchor.value}")
            py, marker = _year_of_month(mon, sentence, c, region, narrative, anchor)
            if py is None:
                return None
            return _month(py[0], mon, "relative", f"month without year; {py[1]}"
                          + (f" ('{marker}')" if marker else ""))
        if r == "year":
            return _year(int(g["year"]), "explicit", "explicit year")
        if r == "weekday":
            tns, marker = tense(sentence, c.start, c.end, region)
            return _weekday(c, anchor, tns, marker, nearest=tns == "future" and _planned_in_past(sentence, c))
        if r == "relunit":
            return _relunit(c, anchor)
        if r == "relday":
            key = re.sub(r"\s+", " ", g["rd"].lower())
            k = _RELDAY[key]
            if anchor.precision != "day":
                return _coarse(anchor, f"'{c.text}'") if anchor.precision else None
            return _day(anchor.day + dt.timedelta(days=k), "relative",
                        f"'{c.text}': {k:+d} day(s) from published {anchor.value}")
        if r == "ago":
            n = _num(g["n"])
            unit = _unit(g["unit"])
            if not n.isdigit() or not anchor.precision:
                return None
            n_i = int(n)
            what = f"'{c.text}'"
            if unit == "year":
                return _year(anchor.year - n_i, "relative", f"{what}: from published {anchor.value}")
            if unit == "decade":
                return _year(anchor.year - 10 * n_i, "relative", f"{what}: from published {anchor.value}")
            if unit == "month":
                if anchor.precision == "year":
                    return _coarse(anchor, what)
                y, m = _shift_month(anchor.year, anchor.month, -n_i)
                return _month(y, m, "relative", f"{what}: from published {anchor.value}")
            if anchor.precision != "day":
                return _coarse(anchor, what)
            if unit == "week":
                return _week(anchor.day - dt.timedelta(days=7 * n_i), "relative",
                             f"{what}: from published {anchor.value}")
            if unit == "day":
                return _day(anchor.day - dt.timedelta(days=n_i), "relative", f"{what}: from published {anchor.value}")
            return None
    except (ValueError, KeyError, OverflowError):
        return None
    return None
