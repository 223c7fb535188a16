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
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.dates import tag
    >>> doc = document_from_text("a", "Profit rose in the third quarter from a year earlier. It is now weekly.",
    ...                          published="1989-11-02")
    >>> [(m.kind, m.text, m.value) for m in tag(doc)]
    [('date', 'the third quarter', '1989-Q3'), ('date', 'a year earlier', '1988-Q3'), ('duration', 'now', 'PRESENT_REF'), ('duration', 'weekly', 'P1W')]

"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from lib.extract.dates.calendar_units import (
    _Ctx,
    _dct,
    _decades_centuries,
    _holidays,
    _quarters,
    _report_years,
    _seasons,
    _weekends,
)
from lib.extract.dates.timex_words import _DIR, _NUM_WORDS, _SET_ADVERB_OK, _alt, _rx, words
from lib.extract.dates.units import Period, _at_unit, _months, _of, containing, shift
from lib.extract.timex_grammar import lexicon
from lib.models import Document, Mention, Sentence


def _anchored(ctx: _Ctx, s: Sentence):
    """Points counted from the time in focus: "a year earlier", "two weeks later", "the year before"."""
    for m in _rx()["anchored"].finditer(ctx.doc.text, s.start, s.end):
        g = m.groupdict()
        if g.get("ya") or g.get("ya2"):
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
        why = f"{k * n:+d} {unit}(s) counted from {focus.value if focus else ''}, the time in focus"
        last_q = ctx.last_quarter(m.start()) if unit == "year" and focus is None else None
        if last_q is not None:
            # a report about a quarter compares it with the same quarter a year before ("up from $3 million a year
            # earlier", "the year-ago period")
            p, why = shift(last_q, unit, k * n), f"{k * n:+d} {unit}(s) counted from {last_q.value}, the time in focus"
        elif focus is None and ctx.dct is not None:
            # nothing named before it: counted from publication, at the unit's precision ("a year earlier" -> 1988)
            p = _at_unit(shift(ctx.dct, unit, k * n), unit)
            why = f"{k * n:+d} {unit}(s) counted from published {ctx.dct.value}, the time in focus"
        if p is None:
            continue
        yield m.start(), m.end(), "date", p, p.precision, f"relative: {why}", False


def _vague(ctx: _Ctx, s: Sentence):
    """Lengths of time without a count: "for years", "within days", "for several months"."""
    for m in _rx()["vague"].finditer(ctx.doc.text, s.start, s.end):
        yield m.start("body"), m.end(), "duration", words().vague_units[m.group("u").lower()], "duration", \
            "duration: a length of time, not a date (no count)", False


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
    for m in _rx()["vague_ago"].finditer(text, s.start, s.end):
        yield m.start(), m.end(), "duration", words().vague_ago[m.group("u").lower()], "ref", \
            "reference: a past time without a count", False


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
    for m in rx["set_weekday"].finditer(text, s.start, s.end):
        part = (m.group("p") or m.group("p2") or "").lower()
        v = f"XXXX-WXX-{lexicon().weekdays[m.group('wd').lower()] + 1}" + (f"T{w.day_parts[part]}" if part else "")
        yield m.start(), m.end(), "duration", v, "set", "set: a weekday that recurs", True
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
        # (in the clock's own sentence: a day heading the paragraph above is no part of it, "Sunday\n\n10 p.m.")
        days = [x for x in ctx.mentions if x.kind == "date" and x.precision == "day" and "T" not in x.value
                and s.start <= x.start and x.end <= s.end]
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
        # a clock time alone (a liveblog's "2:30 am", "at 1600 GMT") is a TIME of the day in focus, kept for TimeML
        # but not a date row: it names no day of its own, so it neither dates an event nor counts as a date
        yield a, b, "duration", focus.value + hhmm, "time", \
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
        # a part of day in the middle before its day: "mid-afternoon yesterday", "midmorning on Tuesday"
        mid = _MID_BEFORE.search(text, max(m.sentence_start, m.start - 24), m.start)
        if mid and end == m.end and "T" not in m.value:
            code = parts[mid.group("mp").lower()]
            out.append(Mention.make(m.article_id, kind="date", text=text[mid.start():end], start=mid.start(), end=end,
                                    value=f"{m.value}T{code}", precision="day", date_start=m.date_start,
                                    date_end=m.date_end, evidence=f"{m.evidence}; part of day T{code}",
                                    sentence=m.sentence, sentence_start=m.sentence_start,
                                    sentence_end=m.sentence_end, region=m.region))
            continue
        # (its week may follow: "Friday morning last week")
        tail = re.search(rf"(?i)\b({_alt(parts)})(?:\s+(?:of\s+)?(?:last|next|this)\s+week)?$", text[m.start:end])
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


# a part of day in the middle ("mid-afternoon", "midmorning", "mid afternoon"); "midnight" is a clock time
_MID = r"[Mm]id[- ]?(?P<mp>morning|afternoon|evening)"
# a part of day naming no day: "in the morning", "during the night", "mid-afternoon", "overnight" (an adverb:
# then a pause, a closed-class word or the end; not "an overnight stay", "the night of June 4", "morning talk show",
# "good evening", "$55 a night")
_FOLLOW = (r"(?=\s*[,.;:!?)\"”]|\s*$|\s+(?:in|on|at|to|and|or|but|when|while|as|after|before|until|with|from|for|"
           r"by|near|into|across|outside|inside|there|he|she|they|we|it|i|the|a|an|his|her|their|its|local|"
           r"time|hours)\b)")
_BARE_PART = re.compile(
    r"(?<![\w'’-])(?:(?:[Ii]n|[Dd]uring|[Tt]hrough|[Tt]hroughout|[Bb]y|[Uu]ntil|[Ee]arly\s+in|[Ll]ate\s+in|"
    r"[Ll]ater\s+in)\s+(?P<the>the\s+(?P<p>morning|afternoon|evening|night))"
    rf"|(?:(?<=[Ii]n\s)|(?<=[Bb]y\s)|(?<=[Aa]t\s)|(?<=[Uu]ntil\s)|(?<![\w'’-])){_MID}"
    r"|(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)(?<![\w'’-])(?P<on>[Oo]vernight))\b(?![-'’])" + _FOLLOW)


_MID_BEFORE = re.compile(rf"(?<![\w'’-]){_MID}\s+(?:on\s+)?$")


def _bare_parts(ctx: _Ctx, s: Sentence):
    """A part of day naming no day ("in the morning", "mid-afternoon", "overnight"): a TIME of the day in focus
    (else the publication day), kept for TimeML but, like a clock time alone, no date row."""
    for m in _BARE_PART.finditer(ctx.doc.text, s.start, s.end):
        if m.group("the"):
            a, p = m.start("the"), m.group("p")
        elif m.group("mp"):
            a, p = m.start(), m.group("mp")
        else:
            a, p = m.start(), "overnight"
        focus = ctx.focus(s, a, want="day") or (ctx.dct if ctx.dct and ctx.dct.precision == "day" else None)
        if focus is None:
            continue
        code = words().day_parts[p.lower()]
        yield a, m.end(), "duration", f"{focus.value.split('T')[0]}T{code}", "time", \
            f"relative: part of day T{code} on {focus.value}, the day in focus", False


def _that_part(ctx: _Ctx, s: Sentence):
    for m in _rx()["that_part"].finditer(ctx.doc.text, s.start, s.end):
        focus = ctx.focus(s, m.start(), want="day")
        if focus is not None:
            code = words().day_parts[m.group("p").lower()]
            yield m.start(), m.end(), "date", Period(f"{focus.value}T{code}", "day", focus.start, focus.end), "day", \
                f"relative: part of day T{code} of {focus.value}, the day in focus", False


def _that_unit(ctx: _Ctx, s: Sentence):
    """The period the text is talking about, or the one after or before it: "later that year", "that same day",
    "the following month" (from the date in focus, at the unit's precision; not "the next day", which
    ``story`` counts from a day named just before)."""
    order = ["day", "week", "month", "quarter", "year"]
    for m in _rx()["that_unit"].finditer(ctx.doc.text, s.start, s.end):
        unit = m.group("u").lower()
        rel = (m.group("rel") or "").lower()
        in_the = re.search(r"(?i)\bin\s+the\b", m.group(0))
        if unit == "day" and rel in ("following", "next", "previous", "preceding") or unit == "week" and in_the:
            continue  # "the next day", "later in the week": ``story`` decides (from a single day named before)
        focus = ctx.focus(s, m.start())
        if unit == "day" and in_the:
            # "later in the day": the day in focus, or the day of publication when the story has named none; like
            # "at the time" a reference to the time in focus, never an event's own date (kind='duration')
            day = focus if focus is not None and focus.precision == "day" else \
                ctx.dct if focus is None and ctx.dct is not None and ctx.dct.precision == "day" else None
            if day is not None:
                yield m.start(), m.end(), "duration", day.value, "ref", \
                    f"reference: the day in focus ({day.value}){'' if focus else ', the day of publication'}", False
            continue
        if focus is None or focus.precision not in order or order.index(unit) < order.index(focus.precision):
            continue  # "that day" needs a day in focus; "that year" any date
        k = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(rel, 0)
        p = shift(containing(focus.start, unit), unit, k)
        if p is not None:
            yield m.start(), m.end(), "date", p, p.precision, \
                f"relative: the {unit} {k:+d} from {focus.value}, the time in focus", False


def _next_part(ctx: _Ctx, s: Sentence):
    for m in _rx()["next_part"].finditer(ctx.doc.text, s.start, s.end):
        focus = ctx.focus(s, m.start(), want="day")
        if focus is not None:
            d = focus.start + dt.timedelta(days=1)
            code = words().day_parts[m.group("p").lower()]
            yield m.start(), m.end(), "date", Period(f"{d.isoformat()}T{code}", "day", d, d), "day", \
                f"relative: part of day T{code} of the day after {focus.value}, the day in focus", False


def _spelled_years(ctx: _Ctx, s: Sentence):
    """Years spelled out, as transcripts write them: "nineteen ninety-six", "January nineteen ninety-seven", "the
    year two thousand" ("two thousand" alone is a count)."""
    yw = words().year_words
    for m in _rx()["spelled_year"].finditer(ctx.doc.text, s.start, s.end):
        g = m.groupdict()
        if g.get("k"):
            if not (g.get("mon") or m.group(0).lower().startswith("the year")):
                continue
            y = 2000 + (yw[g["o2"].lower()] if g.get("o2") else 0)
        else:
            tens = yw[g["t"].lower()]
            if g.get("o") and (tens < 20 or tens % 10):
                continue  # "nineteen eleven-two" is no year
            y = yw[g["c"].lower()] * 100 + tens + (yw[g["o"].lower()] if g.get("o") else 0)
        if g.get("mon"):
            mon = lexicon().months[g["mon"].lower()]
            p = Period(f"{y:04d}-{mon:02d}", "month", *_months(y, mon, mon))
        else:
            p = Period(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31))
        yield m.start(), m.end(), "date", p, p.precision, "explicit: year spelled out", False


def _at_the_time(ctx: _Ctx, s: Sentence):
    """"at the time" is the time being talked about: the date in focus, else the past (kind='duration' either way:
    a back-reference adds no date of its own to the timeline)."""
    for m in _rx()["at_the_time"].finditer(ctx.doc.text, s.start, s.end):
        a = m.start() + 3  # "the time": TimeML leaves the preposition out
        focus = ctx.focus(s, m.start())
        if focus is not None:
            yield a, m.end(), "duration", focus.value, "ref", f"reference: the time in focus ({focus.value})", False
        else:
            yield a, m.end(), "duration", "PAST_REF", "ref", "reference: 'at the time', nothing in focus", False


def _year_ranges(ctx: _Ctx, s: Sentence):
    """"1957-58": one expression valued by its first year, its period running to the end of the second."""
    for m in _rx()["year_range"].finditer(ctx.doc.text, s.start, s.end):
        y = int(m.group("y"))
        y2 = y // 100 * 100 + int(m.group("y2"))
        if y2 == y + 1:
            p = Period(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y2, 12, 31))
            yield m.start("y"), m.end(), "date", p, "year", f"explicit: range of years to {y2}, valued by its first", \
                True


_FINDERS = (_quarters, _seasons, _weekends, _decades_centuries, _clocks, _that_part, _anchored, _refs, _sets,
            _vague, _holidays, _at_the_time, _year_ranges, _that_unit, _next_part, _spelled_years,
            _report_years, _bare_parts)


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, ...], ...]:
    """Per finder, the strings one of which a sentence must contain for its patterns to be tried (a cheap test
    that keeps the tagger faster than dateparser)."""
    w = words()
    return (("quarter", "half", "period"), tuple(w.seasons), ("weekend",), ("0s", "0's", "0’s", "century", *w.decade_words),
            (":", "m.", "am", "pm", "noon", "midnight", "midday", *w.zones), ("that ", "same "),
            ("earlier", "later", "before", "after", "ago"), (*w.refs, " ago"),
            ("every", "each", "times", "once", "twice", "thrice", *w.set_adverbs, *(f"{d}s" for d in lexicon().weekdays),
             *(f"{p}s" for p in w.day_parts)), tuple(w.vague_units),
            ("christmas", "new year", "thanksgiving", "easter"), (" time",), ("-", "–"),
            ("year", "month", "week", "day"), ("next", "following"), ("nineteen", "twenty", "thousand"),
            ("the year", "the full year", "the fiscal year", "the current year"),
            ("morning", "afternoon", "evening", "night"))


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


def _safe(found):
    """A finder's expressions, lazily (each sees those merged before it), until one would build a period beyond
    the calendar (year 0 or 10000): nothing more to place then."""
    try:
        yield from found
    except (ValueError, OverflowError):
        return


def extend(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (the calendar dates and durations of ``tag``) with the expressions of this module merged in,
    in text order."""
    ctx = _Ctx(doc, _dct(doc), sorted(mentions, key=lambda m: (m.start, m.end)))
    # drop rates that read as durations ("four flights a week", "$1.76 a year", "24 hours a day")
    ctx.mentions[:] = [m for m in ctx.mentions if not (
        m.kind == "duration" and _rx()["rate"].match(m.text)
        and re.search(r"(?:\d|[a-z]s)\s+$", doc.text[max(0, m.start - 12):m.start]))]
    _day_parts(ctx)
    for s in doc.sentences:
        low = s.text.lower()
        for finder, cues in zip(_FINDERS, _cues(), strict=True):
            if not any(c in low for c in cues):
                continue
            for a, b, kind, val, prec, ev, swallow in _safe(finder(ctx, s)):
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
    return [_trimmed(doc, m) for m in ctx.mentions]


_LEAD_PREP = re.compile(r"(?i)(?:in|over|for|within|during|throughout)\s+(?=\S)")
_POSSESSIVE = re.compile(r"['’]s$")
# a hyphenated unit is an adjective of the noun after it ("the third-quarter profit", "the fiscal first-quarter")
_ADJECTIVE_THE = re.compile(r"(?i)the\s+(?=(?:fiscal\s+)?\w+-quarter$)")
# an approximation right before a counted length of time belongs to it ("nearly two years", "more than four
# decades ago", "up to 180 days")
_APPROX_BEFORE = re.compile(r"(?i)(?<![\w-])(?:about|around|nearly|almost|roughly|approximately|some|over|"
                            r"(?:more|less|fewer)\s+than|up\s+to|at\s+least|at\s+most)\s+$")


@lru_cache(maxsize=1)
def _extent_classes() -> dict[str, tuple[tuple[str, ...], re.Pattern, re.Pattern]]:
    """Per class of mention (``extent_before`` rows of ``lib/data/timex_lexicon.csv``): the kinds it applies to,
    the shape of the mention's text, and the words before it that TimeML counts in its extent."""
    lx = lexicon()
    shapes = {
        "counted": (("duration",), rf"(?i)(?:\d+|{_alt(lx.numbers)})\s+(?:hours|days|weeks|months|years|decades)"),
        "vague_count": (("duration",), r"(?i)(?:few|couple\s+of)\s+\w+"),
        "year": (("date",), r"\d{4}"),
        "day": (("date",), rf"(?:{_alt(w.capitalize() for w in lx.weekdays)}|[Yy]esterday|[Tt]oday|[Tt]omorrow)\b.*"),
        "point": (("date", "duration"), rf"(?:\d|(?:{_alt(w.capitalize() for w in lx.months)})\b).*"),
    }
    return {cls: (kinds, re.compile(shape), re.compile(rf"(?i)(?<![\w'’-])(?:{_alt(ws)})\s+$"))
            for cls, ws in words().extent_before.items() for kinds, shape in [shapes[cls]]}


def _extent_start(doc: Document, m: Mention, a: int, b: int) -> int:
    """Where the TimeML extent of the mention at ``a``..``b`` starts: at a word before it that TimeML counts in
    it ("the nine months", "a few days", "fiscal 1989", "early Tuesday", "around Nov. 1"), else at ``a``.

    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Sales rose in fiscal 1989.", published="1989-11-02")
    >>> m = Mention.make("a", kind="date", text="1989", start=21, end=25, value="1989", precision="year")
    >>> doc.text[_extent_start(doc, m, 21, 25):25]
    'fiscal 1989'
    """
    text = doc.text[a:b]
    for kinds, shape, before in _extent_classes().values():
        if m.kind in kinds and shape.fullmatch(text) and (m.kind != "duration" or m.precision in ("duration", "time")):
            hit = before.search(doc.text, max(m.sentence_start, a - 12), a)
            if hit:
                return hit.start()
    return a


def _trimmed(doc: Document, m: Mention) -> Mention:
    """The TimeML extent of a mention: without a leading preposition of a duration or reference ("over the past
    year" -> "the past year"), without a possessive ("last year's" -> "last year"), with the approximation of a
    count ("nearly two years", "more than four decades ago")."""
    a, b = m.start, m.end
    lead = _LEAD_PREP.match(m.text) if m.kind == "duration" else None
    if lead:
        a += lead.end()
    counted = m.kind == "duration" and m.precision == "duration" and re.match(r"\d|[a-z]", m.text[a - m.start:]) \
        or m.text.lower().endswith(" ago")
    approx = _APPROX_BEFORE.search(doc.text, max(m.sentence_start, a - 24), a) if counted and not lead else None
    if approx:
        a = approx.start()
    elif not lead:
        a = _extent_start(doc, m, a, b)
    adjective = _ADJECTIVE_THE.match(doc.text, a, b)
    if adjective:  # "the third-quarter results": the article is the noun's, the adjective the expression
        a = adjective.end()
    if _POSSESSIVE.search(m.text) and b - 2 > a:
        b -= 2
    if (a, b) == (m.start, m.end):
        return m
    return Mention.make(m.article_id, kind=m.kind, text=doc.text[a:b], start=a, end=b, value=m.value,
                        precision=m.precision, date_start=m.date_start, date_end=m.date_end, evidence=m.evidence,
                        sentence=m.sentence, sentence_start=m.sentence_start, sentence_end=m.sentence_end,
                        region=m.region)
