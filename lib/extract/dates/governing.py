"""The date that governs a clause, for events, statements and casualty claims.

The nearest date mention of the clause that no other finite verb owns, else the publication date. A TIME
governs with its day; a clock time standing alone, a SET and a reference to the present never govern (they
are not calendar dates of the clause).

Example:
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "He said on Monday that talks will resume on Sunday night.", published="2023-03-20")
    >>> s = doc.sentences[0]
    >>> governing_date(doc, tag(doc), s, doc.text.index("resume")).value
    '2023-03-26'
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from itertools import accumulate

from lib.extract.dates.clause_tense import _clause_id, clauses
from lib.extract.dates.periods import DateRef, _day, _month, _year
from lib.extract.dates.story import _anchor, tag  # noqa: F401  (tag: the doctests)
from lib.extract.spanindex import index_of
from lib.models import Document, Mention, Sentence

# finite verbs that head a clause of their own: auxiliaries and reporting verbs (participles such as "held" in
# "a summit held in Cairo on Saturday" are not among them: the date is still the noun's)
_FINITE = re.compile(r"(?i)(?<![\w'’])(?:will|would|shall|is|are|was|were|has|have|had|did|does|said|says|told|"
                     r"tells|added|adds)(?![\w'’])|[’']ll\b")
_THAT = re.compile(r"(?i)\bthat\b")  # "said on Monday that the talks ...": the date is the saying's
_COORD_FINITE = re.compile(r"(?i)(?:,\s*|\s)(?:and|but)\s+(?:then\s+|also\s+)?(?:will|would|shall)\b")


# a year between a determiner or possessive and its noun ("the 2015 nuclear deal", "Israel's 2005 pullout")
_ATTRIBUTIVE_BEFORE = re.compile(r"(?i)(?:\b(?:the|a|an|its|their|his|her|our|this|that)|[’']s?)\s+$")


def _background(text: str, m: Mention) -> bool:
    """Does the date mention ``m`` date something other than its clause's event: a year modifying a noun
    ("Talks to revive the 2015 nuclear deal resumed on Monday") or the start of a span after 'since' ("the
    first visit since the outbreak of the war in 2015, began on Thursday")? Such a date governs only when
    its clause has no other.

    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Talks on the 2015 deal resumed on Monday.", published="2021-12-27")
    >>> s = doc.sentences[0]
    >>> governing_date(doc, tag(doc), s, s.start).value
    '2021-12-27'
    """
    if m.precision == "year" and re.fullmatch(r"\d{4}", m.text) and _ATTRIBUTIVE_BEFORE.search(
            text, max(0, m.start - 12), m.start) and re.match(r"\s+[A-Za-z]", text[m.end:m.end + 2]):
        return True
    # the whole 'since' phrase up to the date, without a comma ("since the outbreak of the war in 2015"): a date
    # that only gives way to another date of its clause may be read further than a narrative reference
    return bool(_SINCE_PHRASE.search(text, max(0, m.start - 80), m.start))


_SINCE_PHRASE = re.compile(r"(?i)\bsince(?:\s+[\w'’-]+){0,7}\s+$")


def _is_relative(m: Mention) -> bool:
    """Was the mention's value resolved against the anchor? (its evidence starts with the basis)"""
    return m.evidence.startswith("relative")


FILED_DAYS_BEFORE = 3  # a dateline's day this many days before the publication day at most is the story's own day


_FILED_LAST: tuple = (None, None, None, None)  # (dates tuple, regions, anchor, day) of the last call on a tuple


def _dateline_day(doc: Document, dates, anchor) -> DateRef | None:
    """The day a dated dateline gives ("MECCA, Saudi Arabia, Feb. 8 —") when it lies one to three days before the
    publication day (a print edition of the next morning): what the story reports without a date happened then.
    (Asked again about the same tuple of an article's dates, the answer of the last call is reused.)"""
    global _FILED_LAST
    if anchor.precision != "day":
        return None
    last = _FILED_LAST
    if isinstance(dates, tuple) and last[0] is dates and last[1] is doc.regions and last[2] == anchor:
        return last[3]
    day = _filed_day(doc, dates, anchor)
    if isinstance(dates, tuple):
        _FILED_LAST = (dates, doc.regions, anchor, day)
    return day


def _filed_day(doc: Document, dates, anchor) -> DateRef | None:
    spans = sorted((r.start, r.end) for r in doc.regions if r.kind == "dateline")
    if not spans:  # (no dateline: no date inside one; not a pass over every date for each undated clause)
        return None
    # a date lies inside a dateline when one starting at or before it ends at or after it: the datelines by start,
    # with the running maximum of their ends, bisected (an article of many datelines: no pass over them per date)
    starts, reach = [a for a, _ in spans], list(accumulate((b for _, b in spans), max))
    for m in dates:
        if m.kind == "date" and m.precision == "day" and (k := bisect_right(starts, m.start)) and reach[k - 1] >= m.end:
            try:
                lag = (anchor.day - dt.date.fromisoformat(m.value[:10])).days
            except ValueError:
                continue
            if 1 <= lag <= FILED_DAYS_BEFORE:
                return DateRef(m.value[:10], m.date_start, m.date_end, "day", "article")
    return None


def governing_date(doc: Document, dates: tuple[Mention, ...] | list[Mention], sentence: Sentence,
                   pos: int | None = None) -> DateRef:
    """The date governing the clause at ``pos`` in ``sentence``: the nearest kind='date' mention in the
    sentence attached to that clause, else the article's publication date (basis 'article'), else none.

    Only dates in the same clause as ``pos`` attach to it (a ';', a spaced dash or a relative clause
    ", which/who/where ..." separates clauses): a date in a neighbouring clause describes something
    else ("The meeting, which follows talks last month, comes ..." -> the article date for "comes"), and a
    later date across a coordinated future ("met him the same day, and will host them on Wednesday") is
    that clause's. Within the clause a date with no other finite verb (an auxiliary, a reporting verb, or
    'that') between it and ``pos`` wins over one attached to another verb ("said on Monday he was appalled
    by the shelling of the school on Sunday" -> Sunday for "shelling"), then the nearest.
    Without ``pos``, the date nearest the sentence start. basis is 'explicit' for an absolute date,
    'relative' for a resolved relative expression, 'article' for the publication date.

    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "He will arrive this week, ahead of Ramadan, which begins on March 22.",
    ...                          published="2023-02-04")
    >>> ms = tag(doc)
    >>> s = doc.sentences[0]
    >>> ref = governing_date(doc, ms, s, s.text.index("arrive"))
    >>> ref.value, ref.basis
    ('2023-W05', 'relative')
    >>> governing_date(doc, ms, s, s.text.index("begins")).value
    '2023-03-22'
    >>> doc = document_from_text("a", "The meeting, which follows talks last month, comes amid concerns.",
    ...                          published="2023-03-19")
    >>> ref = governing_date(doc, tag(doc), doc.sentences[0], doc.text.index("comes"))
    >>> ref.value, ref.basis
    ('2023-03-19', 'article')
    """
    # a clock time alone is dated by the day in focus, not a date of its own clause
    near = index_of(dates).inside(sentence.start, sentence.end) if isinstance(dates, tuple) else \
        [m for m in dates if sentence.start <= m.start and m.end <= sentence.end]  # (an article's mentions: indexed)
    inside = [m for m in near if m.kind == "date" and not m.evidence.startswith("relative: clock time")]
    p = sentence.start if pos is None else pos
    pool = inside
    if inside and pos is not None:
        rel_p = min(max(p - sentence.start, 0), max(len(sentence.text) - 1, 0))
        segs = clauses(sentence.text)
        cid = _clause_id(segs, rel_p)
        pool = [m for m in inside if _clause_id(segs, m.start - sentence.start) == cid]
    if pool and pos is not None:
        # a date after the trigger across a coordinated clause of its own ("met him the same day, and will host
        # them on Wednesday") is that clause's date
        pool = [m for m in pool if not (m.start >= p and _COORD_FINITE.search(doc.text, p, m.start))]
    if pool:
        def dist(m: Mention) -> int:
            return 0 if m.start <= p < m.end else min(abs(m.start - p), abs(m.end - p))

        def other_verb(m: Mention) -> bool:
            """Is another finite verb between the date and ``pos`` ("said on Monday he was appalled by the
            shelling ...": Monday is the saying's), so that the date belongs to it?"""
            if pos is None or m.start <= p < m.end:
                return False
            if m.end <= p:
                return bool(_FINITE.search(doc.text, m.end, p) or _THAT.search(doc.text, m.end, p))
            after = re.match(r"[\w'’-]*", doc.text[p:m.start]).end()  # skip the trigger word itself
            return bool(_FINITE.search(doc.text, p + after, m.start))

        m = min(pool, key=lambda m: (other_verb(m), _background(doc.text, m), dist(m), m.start))
        # a TIME value ("2023-03-19TNI") governs with its day
        return DateRef(m.value.split("T")[0], m.date_start, m.date_end, m.precision,
                       "relative" if _is_relative(m) else "explicit", m.mention_id)
    if doc.published:
        a = _anchor(doc)
        filed = _dateline_day(doc, dates, a)
        if filed is not None:  # "MECCA, Feb. 8 —" over a page of Feb. 9: the story's own day
            return filed
        if a.precision == "day":
            r = _day(a.day, "article", "")
        elif a.precision == "month":
            r = _month(a.year, a.month, "article", "")
        elif a.precision == "year":
            r = _year(a.year, "article", "")
        else:
            return DateRef()
        return DateRef(r.value, r.start.isoformat(), r.end.isoformat(), r.precision, "article")
    return DateRef()
