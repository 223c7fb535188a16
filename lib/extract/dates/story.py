"""Reading an article in order: ``tag`` finds its dates and resolves each as part of the story told so far.

A month(-day) without a year follows the explicit date the narrative just gave; under a coarse publication
date a weekday is placed from the nearest explicit day of the period; days counted from the narrative ("the
next day") are dated from the single day named before them. The TimeML types beyond calendar dates are merged
in last (``lib.extract.dates.timex``).

Example:
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Abbas met Sisi on July 30. They met again the next day.", published="2023-08-02")
    >>> [(m.text, m.value) for m in tag(doc)]
    [('July 30', '2023-07-30'), ('the next day', '2023-07-31')]
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from lib.extract.dates.clause_tense import tense
from lib.extract.dates.numeric_order import article_order
from lib.extract.dates.periods import Anchor, DateRef, Resolved, _day, _week
from lib.extract.dates.timex_words import words
from lib.extract.dates.values import _anaphoric_year, _duration_value, _period, resolve
from lib.extract.timex_grammar import Candidate, candidates, lexicon
from lib.models import Document, Mention, Sentence, stable_id

# ----------------------------------------------------------------------------- public API

_JOIN_WEEKDAY = re.compile(r",?\s+(?:the\s+)?")


def _anchor(doc: Document) -> Anchor:
    """The publication anchor; one the pipeline inferred from the text (``published_basis``) is a lower bound."""
    a = Anchor.of(doc.published)
    if doc.published_precision and a.precision and doc.published_precision != a.precision:
        # trust the value's own shape, but never claim more precision than the manifest gave
        if doc.published_precision == "year":
            a = Anchor.of(str(a.year))
        elif doc.published_precision == "month" and a.precision == "day":
            a = Anchor.of(f"{a.year:04d}-{a.month:02d}")
    if a.precision and getattr(doc, "published_basis", "") == "inferred":
        a = dataclasses.replace(a, lower_bound=True)
    return a


@dataclass
class _Story:
    """What the tagger remembers while reading an article in order."""

    anchor: Anchor
    # the last explicit date with a year, at day or month precision: (paragraph, region, value)
    last: tuple[int, str, Resolved] | None = None
    # with a month- or year-precision anchor: explicit days inside the publication period, (offset, day, text)
    day_refs: tuple[tuple[int, dt.date, str], ...] = ()
    # the year the text last named explicitly, at any precision: (region, year), for "the same year"
    last_year: tuple[str, int] | None = None
    # the order of the article's ambiguous numeric dates and why (``numeric_order.article_order``)
    numeric_order: tuple[str, str] = ("", "")
    # the day of the section being read, when a date line heads it ("JUNE 10, 2024" over the second readout of a
    # page published on June 12): relative expressions there count from it (``_tag_pass``)
    section: Anchor | None = None
    # the day each weekday name was last placed at in body text, for "the Thursday accord" (``_attributive_day``)
    weekdays: dict[str, Resolved] = dataclasses.field(default_factory=dict)
    # the days body text placed so far outside quotations, in reading order (``_quoted_today``)
    body_days: list[dt.date] = dataclasses.field(default_factory=list)


def _narrative_ref(story: _Story, s: Sentence, local: Resolved | None) -> Resolved | None:
    """The explicit date a year-less date in ``s`` is told after: one earlier in the sentence; with a
    publication date known only to the month or year, one earlier in the paragraph; and under a
    publication date inferred from the text (only the latest date the text gives, a lower bound) the last
    one before it anywhere in the text if it names a day: an undated feature tells its story in order across
    paragraphs ("on August 6, 2020 ... [next paragraph] The blast of August 4" -> 2020, though the text ends
    in August 2021), but a month named in passing in an earlier paragraph ("hosted talks in April 2023") is
    background: a year-less date after it is placed from the inferred publication date. With no anchor at all (the inference pass) the paragraph limit stays: a stray month there would
    move the inferred date."""
    if local is not None:
        return local
    if story.last is None or (story.anchor.precision == "day" and not story.anchor.lower_bound):
        return None
    para, region, ref = story.last
    if region != s.region:
        return None
    if para == s.paragraph:
        return ref
    if story.anchor.lower_bound and ref.precision == "day":
        # a story told in order across paragraphs is dated by days; a month and year named in passing in an
        # earlier paragraph ("previously hosted talks in April 2023") is background, not the narrative's time
        return ref
    return None


# a date inside a "since ..." phrase or clause ("since it began in March 2011") is the start of a span reaching
# the present: the narrative is not told at that time, so a later year-less date does not take its year
_SINCE_BEFORE = re.compile(r"(?i)\bsince(?:\s+[\w'’-]+){0,4}\s+$")


# an attribution to a source ("according to a UN count released in September"): the source's date is the
# reporting time, near publication, not the time of the story it is attached to
_ATTRIBUTION_BEFORE = re.compile(r"(?i)\baccording\s+to\b[^,;.!?]{0,80}$")


def _in_attribution(text: str, start: int) -> bool:
    """Is the date at ``start`` inside an 'according to ...' attribution?

    >>> t = "The war, which began in March 2011, killed 350,000, according to a UN count released in September."
    >>> _in_attribution(t, t.index("September")), _in_attribution(t, t.index("March"))
    (True, False)
    """
    return bool(_ATTRIBUTION_BEFORE.search(text, max(0, start - 100), start))


def _starts_span(text: str, start: int) -> bool:
    """Is the date at ``start`` the start of a span after 'since' ("has killed 350,000 since it began in March
    2011, according to a UN count released in September": September is not 2011)?"""
    return bool(_SINCE_BEFORE.search(text, max(0, start - 50), start))


def _weekday_on_day_ref(c: Candidate, story: _Story, s: Sentence, region: str) -> Resolved | None:
    """A weekday under a coarse publication date, placed from the nearest explicit day of the publication
    period in the text (the one before it, else the one after); None when there is none or the result
    leaves the period."""
    pos = s.start + c.start
    before = [r for r in story.day_refs if r[0] < pos]
    after = [r for r in story.day_refs if r[0] > pos]
    ref = before[-1] if before else (after[0] if after else None)
    if ref is None:
        return None
    res = resolve(c, Anchor.of(ref[1].isoformat()), s.text, region)
    if res is not None and not c.groups.get("rel") and tense(s.text, c.start, c.end, region)[0] != "future":
        # the explicit day is an event of the story, not the publication day (which is on or after it):
        # a past weekday is the occurrence nearest that day ("on Sunday, March 15 ... on Saturday" -> the
        # 14th; "on Tuesday, April 28 ... said on Wednesday" -> the 29th)
        wd = lexicon().weekdays[c.groups["wd"].lower()]
        delta = (wd - ref[1].weekday() + 3) % 7 - 3
        d = ref[1] + dt.timedelta(days=delta)
        res = _day(d, "relative", f"weekday, the {c.groups['wd']} nearest published {ref[1].isoformat()}")
    lo, hi = _period(story.anchor)
    if res is None or not (lo <= res.start and res.end <= hi):
        return None
    why = res.evidence.replace(f"published {ref[1].isoformat()}",
                               f"'{ref[2]}' ({ref[1].isoformat()}), the nearest explicit day of the "
                               f"publication {story.anchor.precision} {story.anchor.value}")
    return Resolved(res.value, res.precision, res.start, res.end, res.basis, why)


def _sentence_mentions(doc: Document, s: Sentence, story: _Story) -> list[Mention]:
    anchor = story.section or story.anchor
    out: list[Mention] = []
    cands = candidates(s.text)
    if story.numeric_order[0]:
        cands = [dataclasses.replace(c, groups={**c.groups, "order": story.numeric_order[0],
                                                "order_why": story.numeric_order[1]}) if c.rule == "numeric" else c
                 for c in cands]
    local: Resolved | None = None  # the last explicit date of this sentence so far
    # the first year-less month(-day) of the sentence placed from the publication date: the sentence's frame,
    # which a later year-less date of the sentence shares ("between 15 March and ... on April 28") rather than
    # taking the year of an explicit date told sentences before
    frame: Resolved | None = None
    i = 0
    while i < len(cands):
        c = cands[i]
        start, end = c.start, c.end
        if c.rule == "duration":
            res_kind, value, prec, ds, de = "duration", _duration_value(c), "duration", "", ""
            ev = "duration: a length of time, not a date"
        else:
            res = None
            if c.rule == "weekday" and story.day_refs and not c.groups.get("wkrel"):
                res = _weekday_on_day_ref(c, story, s, s.region)
            prior = story.last_year[1] if story.last_year and story.last_year[0] == s.region else None
            if res is None:
                ref = None if _in_attribution(s.text, c.start) else _narrative_ref(story, s, local or frame)
                res = resolve(c, anchor, s.text, s.region, ref, prior)
                if (res is not None and frame is None and local is None and ref is None and res.basis == "relative"
                        and c.rule in _YEARLESS_RULES and not c.groups.get("relyear")
                        and res.precision in ("day", "month")):
                    frame = res
            # "Saturday, 4 February 2023": one expression, valued by the explicit date
            if (c.rule == "weekday" and i + 1 < len(cands) and cands[i + 1].rule in ("mdy", "dmy", "iso")
                    and _JOIN_WEEKDAY.fullmatch(s.text[c.end:cands[i + 1].start])):
                nxt = cands[i + 1]
                res2 = resolve(nxt, anchor, s.text, s.region, _narrative_ref(story, s, local), prior)
                res2 = _weekday_year(res2, c.groups["wd"], nxt)
                if res2 is not None:
                    res = Resolved(res2.value, res2.precision, res2.start, res2.end, res2.basis,
                                   "weekday with date; " + res2.evidence)
                    end = nxt.end
                    i += 1
            if c.rule == "weekday" and not (c.groups.get("rel") or c.groups.get("wkrel") or c.groups.get("part")):
                res = _attributive_day(s.text, c, story, s.region, res)
            if c.rule == "relday":
                res = _quoted_today(s.text, c, story, s.region, res)
            if res is not None and s.region == "body" and res.precision == "day" and not _quoted(s.text, c.start):
                story.body_days.append(res.start)
            if res is None:
                i += 1
                continue
            if res.basis == "explicit" and res.precision in ("day", "month") and not _starts_span(s.text, start):
                local = res
                story.last = (s.paragraph, s.region, res)
            if res.basis == "explicit" or _anaphoric_year(c.groups):
                story.last_year = (s.region, res.start.year)
            res_kind, value, prec = "date", res.value, res.precision
            ds, de = res.start.isoformat(), res.end.isoformat()
            ev = f"{res.basis}: {res.evidence}"
        a, b = s.start + start, s.start + end
        out.append(Mention.make(doc.article_id, kind=res_kind, text=doc.text[a:b], start=a, end=b, value=value,
                                precision=prec, date_start=ds, date_end=de, evidence=ev, sentence=s.text,
                                sentence_start=s.start, sentence_end=s.end, region=s.region))
        i += 1
    return out


_YEARLESS_RULES = frozenset({"mdy", "dmy", "mod", "month_bare"})

def _quoted(sentence: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation opened in its sentence (an odd number of straight quotes before it, or a
    curly opening quote not yet closed)?"""
    before = sentence[:pos]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def _quoted_today(sentence: str, c: Candidate, story: _Story, region: str, res: Resolved | None) -> Resolved | None:
    """"Today" inside a quotation is the day it was said. In an article published the day after its story (all
    the days its body placed so far are before publication, the last one the day before), the speaker said it on
    that day: '"Today, in my meeting with Chairman Abbas, we agreed ...," Sharon said' in the morning paper after
    the summit "yesterday". Otherwise (a story of the publication day, a quote with no story day before it) the
    publication day stands.

    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", 'The leaders met yesterday. "Today we agreed," he said.', published="2005-02-09")
    >>> [(m.text, m.value) for m in tag(doc)]
    [('yesterday', '2005-02-08'), ('Today', '2005-02-08')]
    """
    if res is None or region != "body" or story.anchor.day is None or not story.body_days:
        return res
    if re.sub(r"\s+", " ", c.groups["rd"].lower()) not in ("today", "tonight") or not _quoted(sentence, c.start):
        return res
    last = story.body_days[-1]
    if any(d >= story.anchor.day for d in story.body_days) or (story.anchor.day - last).days != 1:
        return res
    value = last.isoformat() + res.value[10:]  # "tonight" keeps its part of day
    return Resolved(value, res.precision, last, last, "relative",
                    f"'{c.text}' in a quotation: the day it was said, {last.isoformat()}, the story's day before "
                    f"publication {story.anchor.value}")


# a weekday between "the" and its noun names an event ("the Thursday accord", "the Sunday vote"), not a time of
# its clause; not before a preposition or a clause ("the Friday before", "the Sunday that ...")
_ATTRIBUTIVE = re.compile(r"(?<![\w'’-])[Tt]he\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|before|after|when|that|which|and|or|in|at|on|to|for|with|by|is|was|will|"
                         r"would|had|has|have)\b)[a-z][a-z-]+\b")


def _attributive_day(sentence: str, c: Candidate, story: _Story, region: str, res: Resolved | None) -> Resolved | None:
    """A bare weekday of body text, remembered; one used as an attributive of an event noun after "the" ("The
    Thursday accord is the latest attempt to salvage a deal") is the day the story already placed that weekday
    at, whatever the tense of its clause: the noun refers back to that day's event.

    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "The accord was signed on Thursday. The Thursday accord is the latest attempt "
    ...                          "to salvage a deal.", published="2020-03-06")
    >>> [(m.text, m.value) for m in tag(doc)]
    [('Thursday', '2020-03-05'), ('Thursday', '2020-03-05')]
    """
    wd = c.groups["wd"].lower()
    if region != "body":
        return res
    prior = story.weekdays.get(wd)
    if prior is not None and _ATTRIBUTIVE.search(sentence, max(0, c.start - 6), c.start) \
            and _NOUN_AFTER.match(sentence, c.end):
        why = f"weekday naming an event ('the {c.groups['wd']} ...'): the {c.groups['wd']} the story placed"
        return Resolved(prior.value, prior.precision, prior.start, prior.end, "relative", why)
    if res is not None and res.precision == "day":
        story.weekdays[wd] = res
    return res


def _weekday_year(res: Resolved | None, weekday: str, c: Candidate) -> Resolved | None:
    """A year-less month-day written with its weekday ("next Saturday, April 19") takes the year, next to the one
    chosen, in which that day falls on that weekday; a day that matches in neither stays as resolved."""
    if res is None or c.groups.get("year") or res.precision != "day":
        return res
    wd = lexicon().weekdays[weekday.lower()]
    if res.start.weekday() == wd:
        return res
    for dy in (1, -1):
        try:
            d = res.start.replace(year=res.start.year + dy)
        except ValueError:
            continue
        if d.weekday() == wd:
            return _day(d, res.basis, f"{res.evidence}; year {d.year}, in which {d:%B} {d.day} is a {weekday}")
    return res


def _day_refs(doc: Document, mentions: list[Mention], anchor: Anchor) -> tuple[tuple[int, dt.date, str], ...]:
    """Days inside the publication period that the text writes out, not future: in body text any month-day;
    in a photo caption or credit ("..., Tuesday, Nov. 27, 2007. (Photo: Pool)") a full date with its year.
    Not from headline-like lines, related-article links or site boilerplate, which may date other stories."""
    lo, hi = _period(anchor)
    out = []
    for m in mentions:
        if m.kind != "date" or m.precision != "day" or "weekday, " in m.evidence:
            continue
        if m.region != "body" and (m.region not in _PHOTO_REGIONS or not _FULL_DATE.search(m.text)):
            continue
        d = dt.date.fromisoformat(m.date_start)
        rel = m.start - m.sentence_start
        if lo <= d <= hi and tense(m.sentence, rel, rel + len(m.text), m.region)[0] != "future":
            out.append((m.start, d, m.text))
    return tuple(out)


_PHOTO_REGIONS = frozenset({"caption", "credit"})
_FULL_DATE = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")  # the mention writes its year


def tag(doc: Document) -> list[Mention]:
    """Date expressions in ``doc`` as kind='date' mentions (value, precision, date_start, date_end).

    Durations are kind='duration' mentions (value like 'PT24H'), never kind='date'. Every region is tagged
    (captions and repeated ledes too); ``doc.text[m.start:m.end] == m.text``. The evidence starts with the
    basis ('explicit:' or 'relative:') and says how the value was resolved.

    The article is read in order as a story: a month(-day) without a year that follows an explicit date
    in its sentence (or, without a day-precision publication date, in its paragraph) takes its year from
    that date ("In June 2007 ... on June 14" -> 2007-06-14). With a publication date known only to the
    month or year, a weekday is placed from the nearest explicit day of that period in the text
    ("on Sunday March 15 ... on Saturday" -> the 14th) instead of being coarsened.

    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Hamas said Saturday it met last week, for 24 hours.", published="2023-02-04")
    >>> [(m.kind, m.text, m.value) for m in tag(doc)]
    [('date', 'Saturday', '2023-02-04'), ('date', 'last week', '2023-W04'), ('duration', '24 hours', 'PT24H')]
    """
    anchor = _anchor(doc)
    order = article_order(doc, anchor)
    out = _tag_pass(doc, _Story(anchor, numeric_order=order))
    if anchor.precision in ("month", "year") and any("coarsened" in m.evidence and "weekday" in m.evidence
                                                     for m in out):
        refs = _day_refs(doc, out, anchor)
        if refs:
            out = _tag_pass(doc, _Story(anchor, day_refs=refs, numeric_order=order))
    from lib.extract.dates.timex import extend

    return extend(doc, _with_anchored(doc, out))


# ----------------------------------------------------------------------------- days counted from the narrative

# "the next day", "the following day", "a day later", "the previous day", "a day earlier", "later in the week",
# and "the day before/after" standing alone ("The day before, the PFLP had ..."), not before the event it counts
# from ("the day before his arrival", "a day after Hamas' attack": that event's day is not the narrative's)
_STANDALONE = r"(?=\s*[,.;:!?)\]]|\s*$|\s+(?:and|but|in|at|on|to|with|from|for)\b)"
_ANCHORED = re.compile(
    r"(?i)(?<![\w'’-])(?:the\s+(?P<next>next|following)\s+day(?![\w'’-])(?!\s+of\b)"
    r"|a\s+day\s+(?P<later>later)\b" + r"|the\s+day\s+(?P<after>after)" + _STANDALONE
    + r"|the\s+(?P<prev>previous|preceding)\s+day\b(?!\s+of\b)|a\s+day\s+(?P<earlier>earlier)\b"
    + r"|the\s+day\s+(?P<before>before)" + _STANDALONE + r"|later\s+in\s+the\s+(?P<week>week)\b)")


# "the following Monday", "the previous Friday", "the preceding Sunday night": a weekday counted from the day in
# focus, strictly after or before it (not from the publication day, as "next Monday" / "last Friday" are)
WEEKDAY_BACK = 4  # how many sentences back (same region) the day it counts from may lie


@lru_cache(maxsize=1)
def anaphoric_weekday() -> re.Pattern:
    """The pattern of a weekday counted from the day in focus ("the following Monday", "the previous Friday").

    >>> anaphoric_weekday().match("the previous Friday night").group("wd", "wpart")
    ('Friday', 'night')
    """
    lx = lexicon()
    wds = "|".join(w.capitalize() for w in lx.weekdays)
    parts = "|".join(sorted(words().day_parts, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])[Tt]he\s+(?:(?P<wnext>next|following)|(?P<wprev>previous|preceding))\s+"
                      rf"(?P<wd>{wds})\b(?:['’]s\b)?(?:\s+(?P<wpart>{parts})\b)?(?!-\w)")


def _weekday_value(phrase: re.Match, d: dt.date, why: str) -> Resolved:
    """The weekday of ``phrase`` strictly after ("following") or before ("previous") the day ``d``."""
    wi = lexicon().weekdays[phrase.group("wd").lower()]
    k = (wi - d.weekday() - 1) % 7 + 1 if phrase.group("wnext") else -((d.weekday() - wi - 1) % 7 + 1)
    res = _day(d + dt.timedelta(days=k), "relative", f"'{phrase.group(0)}': {k:+d} days {why}")
    part = phrase.group("wpart")
    return dataclasses.replace(res, value=f"{res.value}T{words().day_parts[part.lower()]}") if part else res


def _anchored_value(phrase: re.Match, ref: Mention) -> Resolved | None:
    """The value of an anchored phrase counted from the day ``ref`` names; None when unclear."""
    d = dt.date.fromisoformat(ref.date_start)
    why = f"from '{ref.text}' ({ref.value}), the date named just before it"
    if "wd" in phrase.re.groupindex:
        return _weekday_value(phrase, d, why)
    if phrase.group("week"):
        # after a Friday to Sunday the rest of "the week" may be the next one (weeks start on Sunday in the region)
        if d.weekday() >= 4:
            return None
        return _week(d, "relative", f"'{phrase.group(0)}': the ISO week {why}")
    k = 1 if (phrase.group("next") or phrase.group("later") or phrase.group("after")) else -1
    return _day(d + dt.timedelta(days=k), "relative", f"'{phrase.group(0)}': {k:+d} day {why}")


def _anchor_ref(doc: Document, dates: list[Mention], sentence: Sentence, pos: int, back: int = 1) -> Mention | None:
    """The date an anchored phrase at ``pos`` counts from: the last date named before it in its sentence, else
    the last one of the ``back`` previous sentences (same region); None when there is none, when that one is not a
    single day (a week, month or year: the narrative's day is unclear), when it is coarsened or starts a 'since'
    span."""
    idx = next((i for i, t in enumerate(doc.sentences) if t.start == sentence.start), None)
    if idx is None:
        return None
    spans = [(sentence.start, pos)]
    for j in range(idx - 1, max(-1, idx - 1 - back), -1):
        if doc.sentences[j].region != sentence.region:
            break
        spans.insert(0, (doc.sentences[j].start, doc.sentences[j].end))
    before = [m for m in dates if m.kind == "date" and any(a <= m.start and m.end <= b for a, b in spans)]
    if not before:
        return None
    ref = max(before, key=lambda m: m.start)
    if ref.precision != "day" or not ref.date_start or "coarsened" in ref.evidence:
        return None
    if _starts_span(ref.sentence, ref.start - ref.sentence_start):
        return None
    return ref


def resolve_anchored(doc: Document, dates: list[Mention] | tuple[Mention, ...], sentence: Sentence,
                     start: int) -> DateRef | None:
    """The DateRef of the anchored phrase ("the next day", "the following day", "the day before", "a day later",
    "later in the week" ...) that starts at document offset ``start`` in ``sentence``: counted from the last date
    named before it in its sentence or the previous one, when that date is a single day; else None.

    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Abbas met Sisi on July 30. Sisi received Haniyeh the next day.",
    ...                        published="2023-08-02")
    >>> ms = tag(d)
    >>> resolve_anchored(d, ms, d.sentences[1], d.text.index("the next day")).value
    '2023-07-31'
    """
    phrase = _ANCHORED.match(doc.text, start, sentence.end) or anaphoric_weekday().match(doc.text, start, sentence.end)
    if phrase is None:
        return None
    back = WEEKDAY_BACK if "wd" in phrase.re.groupindex else 1
    ref = _anchor_ref(doc, [m for m in dates if m.start < start], sentence, start, back)
    res = _anchored_value(phrase, ref) if ref is not None else None
    if res is None:
        return None
    return DateRef(res.value, res.start.isoformat(), res.end.isoformat(), res.precision, "relative")


def _with_anchored(doc: Document, out: list[Mention]) -> list[Mention]:
    """``out`` plus the anchored phrases of each sentence that ``resolve_anchored`` places (in text order, each
    counting from the dates before it, its own predecessors included: "The next day ... The following day");
    a duration inside one ("a day" of "a day later") gives way to it."""
    added: list[Mention] = []
    replaced: set[int] = set()  # ids of the weekday mentions an anaphoric weekday replaces
    for s in doc.sentences:
        phrases = sorted([*_ANCHORED.finditer(doc.text, s.start, s.end),
                          *anaphoric_weekday().finditer(doc.text, s.start, s.end)], key=lambda p: p.start())
        for phrase in phrases:
            a, b = phrase.start(), phrase.end()
            weekday = "wd" in phrase.re.groupindex
            inside = [m for m in out if m.kind == "date" and m.start < b and a < m.end]
            if inside and not (weekday and all(a <= m.start and m.end <= b for m in inside)):
                continue
            ref = _anchor_ref(doc, [m for m in out + added if m.start < a and id(m) not in replaced], s, a,
                              WEEKDAY_BACK if weekday else 1)
            if ref is None and weekday and len(inside) == 1 and inside[0].date_start == doc.published:
                ref = inside[0]  # no day in focus: the weekday read as the publication day is strictly after/before it
            res = _anchored_value(phrase, ref) if ref is not None else None
            if res is None and weekday and len(inside) == 1:  # no day to count from: its value, the phrase's extent
                replaced.add(id(inside[0]))
                m = inside[0]
                added.append(dataclasses.replace(m, mention_id=stable_id(doc.article_id, a, b, m.kind),
                                                 text=doc.text[a:b], start=a, end=b))
                continue
            if res is None:
                continue
            replaced.update(id(m) for m in inside)
            added.append(Mention.make(doc.article_id, kind="date", text=doc.text[a:b], start=a, end=b,
                                      value=res.value, precision=res.precision, date_start=res.start.isoformat(),
                                      date_end=res.end.isoformat(), evidence=f"relative: {res.evidence}",
                                      sentence=s.text, sentence_start=s.start, sentence_end=s.end,
                                      region=s.region))
    if not added:
        return out
    keep = [m for m in out if id(m) not in replaced
            and not (m.kind == "duration" and any(m.start < x.end and x.start < m.end for x in added))]
    return sorted(keep + added, key=lambda m: (m.start, m.end))


# A line that is only a full date, perhaps with its weekday and a clock time ("JUNE 10, 2024", "Monday 10 June 2024
# 14:05 GMT"): it dates the section below it.
_DATE_LINE_REST = re.compile(r"[\s,.:|–—-]*(?:(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?)?[\s.]*")
# A heading: a short line without a sentence's final punctuation.
_HEADING = re.compile(r"[^.!?:;\"”]{1,60}(?<![.!?:;\"”])")
# How far before the publication day a section's date may lie (a page of readouts or a live page of a few days).
SECTION_MAX_DAYS = 14


def _date_line_day(s: Sentence, found: list[Mention]) -> dt.date | None:
    """The day a line that is only a full date names ("JUNE 10, 2024", "Monday 10 June 2024 14:05 GMT"), else None."""
    dated = [m for m in found if m.kind == "date" and m.evidence.startswith("explicit") and m.date_start]
    if len(dated) != 1 or dated[0].date_start != dated[0].date_end:
        return None
    m = dated[0]
    if not _DATE_LINE_REST.fullmatch(s.text[:m.start - s.start] + " " + s.text[m.end - s.start:]):
        return None
    return dt.date.fromisoformat(m.date_start)


def _tag_pass(doc: Document, story: _Story) -> list[Mention]:
    """The mentions of every sentence in order; a date line a few days before the publication day opens a section
    dated by it (a page of readouts, a live page), a heading or a date line naming the publication day closes it."""
    out: list[Mention] = []
    for s in doc.sentences:
        found = _sentence_mentions(doc, s, story)
        out.extend(found)
        day = _date_line_day(s, found)
        if day is None and _HEADING.fullmatch(s.text.strip()):
            story.section = None  # a heading ("Remarks to the Press") closes the dated section
        if day is None or story.anchor.day is None or story.anchor.lower_bound:
            continue
        if story.anchor.day - dt.timedelta(days=SECTION_MAX_DAYS) <= day < story.anchor.day:
            story.section = Anchor.of(day.isoformat())
        elif day == story.anchor.day:
            story.section = None
    return out
