"""Periods: the time span a figure covers ("since October 7", "in the past week", "so far this year").

Idea: a figure counts what happened in a period; the phrase nearest the figure names it, resolved against the
article's publication date.

Approach: ``periods`` finds period phrases in a sentence (a regex over since/in the past/last/this) and resolves
them to ISO dates; ``period_for`` picks the nearest one for a figure, leaving out one inside another figure's
toll phrase.

Example:
    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Since October 7, 1,200 people were killed.", published="2023-10-20")
    >>> [(p.text, p.period_start, p.period_end) for p in periods(d, d.sentences[0])]
    [('Since October 7', '2023-10-07', '2023-10-20')]
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lib.extract.casualties.lexicon import MONTHS, Tok, lexicon
from lib.extract.casualties.outcomes import Draft
from lib.models import Document, Sentence

# "the deadliest day since 2014": a comparison, not the start of a tally
SUPERLATIVES = frozenset("""deadliest bloodiest worst highest largest biggest heaviest fiercest greatest most first
    lowest longest""".split())
UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}


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
    r"|the (?:start|beginning|outbreak) of the [a-z ]{2,30}?(?=[,.;]|$| according| the| \d)"
    r"|the war (?:began|started|erupted)"
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


def period_for(d: Draft, rel: int, pers: list[Period], drafts: list[Draft], toks: list[Tok]) -> Period | None:
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


def _appended(toks: list[Tok], first: Draft, then: Draft) -> bool:
    """Is ``then`` attached to ``first`` ("the toll ... to 23,968, with 60,582 people wounded")?"""
    a, b = first.extra.get("end", first.quant.j), then.quant.i
    return a <= b and all(t.low in (",", "and", "with", "plus", "while") for t in toks[a:b])
