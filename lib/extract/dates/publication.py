"""The publication date when the manifest gives none: inferred from the text, never from today's date.

Evidence in order: a 'Published:' label, a saved page's publication meta tag, a line (or a ' · '-separated part
of a header line) that is only a date, a dateline, then the latest date the
body gives (a lower bound). Plans (future-tense clauses) are no evidence.

Example:
    >>> from lib.extract.document import document_from_text
    >>> infer_published(document_from_text("a", "CAIRO, March 3 (AFP) - Talks began. It met on March 1, 2023."))
    ('2023-03-03', 'day')
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from lib.extract.dates.clause_tense import tense
from lib.extract.dates.periods import Anchor
from lib.extract.dates.story import _SINCE_BEFORE, _Story, _tag_pass
from lib.extract.dates.values import resolve
from lib.extract.timex_grammar import candidates, lexicon
from lib.models import Document, Sentence

# "Published: Sunday, March 19, 2023", "Posted on 19 March 2023", "Last updated - 2023-03-19"
_LABEL = re.compile(r"(?i)\b(?:published|posted|updated|date)(?:\s+on)?\s*[:\-–—|]?\s*(?:[A-Za-z]+day,?\s+)?$")
# what may surround a date on a line of its own: a weekday, a clock time, a time zone, separators
# a saved page's own publication date: <meta name="date" content="2013-01-28"> and its usual spellings
_META_DATE = re.compile(
    r"""(?is)<meta\b[^>]*?\b(?:name|property|itemprop)\s*=\s*["']?(?:date|pubdate|publishdate|publish-date|"""
    r"""article:published_time|og:published_time|datePublished|dc\.date(?:\.issued)?|dcterms\.date|"""
    r"""sailthru\.date|parsely-pub-date)["']?[^>]*?\bcontent\s*=\s*["']?(\d{4})-(\d{2})-(\d{2})""")
# the parts of a header line ("Buenos Aires Herald · Monday, January 28, 2013 · Print edition")
_LINE_PARTS = re.compile(r"\s[·•|]\s|\s&middot;\s")
_DATE_LINE_NOISE = re.compile(r"(?i)\b(?:[a-z]+day|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|gmt|utc|[a-z]{2,4}t|"
                              r"at|on)\b|[\W\d_]")


def _explicit_days(doc: Document, s: Sentence) -> list[tuple[int, dt.date]]:
    """(offset in sentence, day) of the explicit full dates in a sentence."""
    out = []
    for c in candidates(s.text):
        if c.rule in ("iso", "numeric") or (c.rule in ("mdy", "dmy") and c.groups.get("year")):
            r = resolve(c, Anchor(), s.text)
            if r is not None:
                out.append((c.start, r.start))
    return out


def _story_dates(doc: Document) -> tuple[list[dt.date], list[tuple[int, int]]]:
    """Days and (year, month)s the body text itself dates, read without a publication date: explicit dates
    with a year, and month-days placed by the narrative after one ("on December 28, 2008 ... withdrew on
    January 21" -> 2009-01-21); none from future-tense clauses (plans bound nothing) and none that opens a
    'since' span ("have been killed since October 2023": the present it reaches may be years later)."""
    days: list[dt.date] = []
    months: list[tuple[int, int]] = []
    bare = dataclasses.replace(doc, published="", published_precision="")
    for m in _tag_pass(bare, _Story(Anchor())):
        if m.kind != "date" or m.region != "body" or m.precision not in ("day", "month"):
            continue
        if not (m.evidence.startswith("explicit") or "(narrative)" in m.evidence):
            continue
        rel = m.start - m.sentence_start
        if tense(m.sentence, rel, rel + len(m.text))[0] == "future":
            continue
        if _SINCE_BEFORE.search(m.sentence, max(0, rel - 60), rel):
            # "killed since October 2023": the start of a span reaching the present, which may be years
            # later; it bounds the publication date too loosely to anchor weekdays or year-less dates on
            continue
        d = dt.date.fromisoformat(m.date_start)
        if m.precision == "day":
            days.append(d)
        else:
            months.append((d.year, d.month))
    return days, months


def _meta_date(text: str) -> str | None:
    """The date of a saved page's publication meta tag (in its head), or None.

    >>> _meta_date('<head><meta name="date" content="2013-01-28" /></head>')
    '2013-01-28'
    >>> _meta_date('<meta property="article:modified_time" content="2013-01-29">') is None
    True
    """
    m = _META_DATE.search(text[:30000])
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _date_part_alone(text: str, off: int, day: dt.date) -> bool:
    """Is the date at ``off`` the whole of its line, or of one part of a header line split by ' · ' or ' | '
    (a weekday, a clock time and separators allowed)?

    >>> _date_part_alone("Herald · Monday, January 28, 2013 · Print edition", 9, dt.date(2013, 1, 28))
    True
    >>> _date_part_alone("Talks resumed on January 28, 2013 in Cairo", 17, dt.date(2013, 1, 28))
    False
    """
    start = 0
    for part in _LINE_PARTS.split(text):
        at = text.find(part, start)
        start = at + len(part)
        if not at <= off < start or len(part) >= 60:
            continue
        rest = part[:off - at] + part[off - at:].split(day.strftime("%Y"), 1)[-1]
        return not _DATE_LINE_NOISE.sub("", rest).strip()
    return False


def infer_published(doc: Document) -> tuple[str, str] | None:
    """(value, precision) of the publication date inferred from the text, or None.

    Evidence in order: a 'Published/Updated: <date>' label; a saved page's publication meta tag (``<meta
    name="date" content="2013-01-28">``); a line, or a part of a header line between ' · ' or ' | ', that is only
    a full date ("Sunday
    19 March 2023 10:32 GMT"); a dateline with a full date (a dateline with
    month and day only takes its year from the latest explicit full date in the text, captions included);
    the latest date the body text gives, a lower bound: an explicit full date or a month-day the
    narrative places after one (a caption date up to 31 days later may move it forward), or the month
    of a later explicit month-year ("by February 2024") at month precision; else the
    latest caption date (weak: a photo is never later than its article). Dates in future-tense clauses
    are plans, not evidence. Returns None rather than guessing; never uses today's date.

    >>> from lib.extract.document import document_from_text
    >>> infer_published(document_from_text("a", "CAIRO, March 3 (AFP) - Talks began. It met on March 1, 2023."))
    ('2023-03-03', 'day')
    >>> infer_published(document_from_text("a", "Talks began on Sunday.")) is None
    True
    >>> infer_published(document_from_text("a", "It began on October 7, 2023. By February 2024 it had spread."))
    ('2024-02', 'month')
    """
    meta = _meta_date(doc.text)
    body: list[dt.date] = []
    caption: list[dt.date] = []
    alone: list[dt.date] = []
    for s in doc.sentences:
        days = _explicit_days(doc, s)
        for off, d in days:
            if _LABEL.search(s.text[max(0, off - 40):off]):
                return d.isoformat(), "day"
        if len(days) == 1 and _date_part_alone(s.text, *days[0]):
            alone.append(days[0][1])  # a line (or a part of a header line) that is only a date
        if s.region == "body":
            body.extend(d for _, d in days)
        elif s.region == "caption" or s.region == "credit":
            caption.extend(d for _, d in days)
    if meta:
        return meta, "day"
    if alone:
        return alone[0].isoformat(), "day"
    for r in doc.regions:
        if r.kind != "dateline":
            continue
        text = doc.text[r.start:r.end]
        for c in candidates(text):
            if c.rule in ("mdy", "dmy", "iso", "numeric"):
                res = resolve(c, Anchor(), text)
                if res is not None:
                    return res.value, "day"
                if c.rule in ("mdy", "dmy"):
                    evidence = body + caption
                    if not evidence:
                        return None
                    latest = max(evidence)
                    mon, day = lexicon().months[c.groups["mon"].lower().rstrip(".")], int(c.groups["day"])
                    for y in (latest.year, latest.year + 1):
                        try:
                            d = dt.date(y, mon, day)
                        except ValueError:
                            continue
                        if d >= latest:
                            return d.isoformat(), "day"
                    return None
        break
    body, months = _story_dates(doc)
    if body:
        latest = max(body)
        later = [d for d in caption if latest < d <= latest + dt.timedelta(days=31)]
        latest = max(later) if later else latest
        if months and max(months) > (latest.year, latest.month):
            # "by February 2024" after the last full date "October 7, 2023": at least that month
            return "{:04d}-{:02d}".format(*max(months)), "month"
        return latest.isoformat(), "day"
    if months and not caption:
        return "{:04d}-{:02d}".format(*max(months)), "month"
    if caption:
        return max(caption).isoformat(), "day"  # weak: a photo is never later than its article
    return None
