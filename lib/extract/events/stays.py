"""Stays: a meeting or visit its own sentence does not place, placed from around it (the sentence before, a stay a
visit states, the wire dateline's city), and how long a placed traveller is taken to stay.

Idea: a traveller placed in one sentence is still there for the next sentence's meeting within a few days, or for
any later meeting on a day of a stay the article states; wire copy's "today" meeting naming only the dateline's
country is in the dateline city. Approach: compare the day of the unplaced meeting with the placed one's stay
(``stay``), refusing whenever the sentence names a place of its own.

Example:
    >>> _days_between("2024-03-05", "2024-03-07")
    2
"""
from __future__ import annotations

import re

from lib.extract.events.narrative import _prev_body
from lib.extract.events.text import VENUE_TYPES, _Spans, stay_length
from lib.extract.events.triggers import _Draft, _Hit, _is_anaphoric, _noun_trigger
from lib.models import Document, Mention, Sentence


def _day(ref) -> str:
    """The day of a DateRef ('' unless it names one day)."""
    v = getattr(ref, "value", "") or ""
    return v if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) else ""


def _days_between(a: str, b: str) -> int | None:
    from datetime import date

    if not a or not b:
        return None
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


# how many days a traveller placed in one sentence is taken to stay for the next sentence's meeting
STAY_DAYS = 3


# the destination of the traveller's next leg, after the meeting: "before leaving for Qatar", "and then flies to Amman"
_ONWARD = re.compile(r"\b(?:(?:before|ahead\s+of)\s+(?:leaving|heading|flying|travell?ing|departing|going|moving)|"
                     r"(?:and\s+)?then\s+(?:(?:will|is\s+to|is\s+due\s+to)\s+)?(?:leave|leaves|head|heads|fly|flies|"
                     r"travel|travels|go|goes|move|moves))\s+(?:on\s+)?(?:for|to)\s+(?:the\s+)?$", re.I)


def previous_sentence_venue(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans, drafts: list[_Draft],
                            dref) -> Mention | None:
    """The venue of a meeting or visit its own sentence does not place, from the sentence before it in the same
    paragraph: the latest placed meeting or visit there, when the sentence names no other city or country and
    the date is that day or up to ``STAY_DAYS`` after, or within a stay the sentence before states ("X arrived in Beirut on Tuesday for a three-day visit. He
    is due to meet the prime minister on Thursday": Beirut). None otherwise.
    """
    if "placed" in hit.trig.flags:
        return None
    prev = _prev_body(doc, sent)
    if prev is None or prev.region != sent.region:
        return None
    cands = [d for d in drafts if d.hit.sent is prev and d.type in VENUE_TYPES and d.venue is not None
             and not d.remote and d.status != "negated"]
    if prev.paragraph != sent.paragraph:
        # across a paragraph break only the same traveller, the subject of both ("Haftar arrived in Athens on
        # Thursday. ¶ Haftar, whose army ..., met Dendias on Friday")
        subject = _subject_actor(doc, sent, hit, spans)
        cands = [d for d in cands if subject and subject in {a.value for a in d.actors
                                                             if d.hit.sent.start <= a.start < d.hit.start}]
    if not cands:
        return None
    # the latest of them whose days hold this one's ("arrived in Athens on Thursday, two days before a summit in
    # Berlin. He met X on Friday": Athens, not the later summit's city)
    for d in sorted(cands, key=lambda d: d.hit.start, reverse=True):
        if _holds(doc, sent, hit, spans, drafts, dref, d):
            return d.venue
    return None


def _subject_actor(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans) -> str:
    """The actor that opens the sentence and is the subject of the trigger ("Haftar, whose army ..., met"), or ''."""
    first = min((a for a in spans.actors if sent.start <= a.start < hit.start), key=lambda a: a.start, default=None)
    if first is None or doc.text[sent.start:first.start].strip():
        return ""
    return first.value


def _holds(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans, drafts: list[_Draft], dref, d: _Draft) -> bool:
    """Does the placed meeting or visit ``d`` of the sentence before place this trigger (see
    ``previous_sentence_venue``)?"""
    if d.venue.place_type != "settlement":
        return False  # a visitor "in Israel" may meet his next host in Ramallah: a city only
    if _noun_trigger(doc, sent, hit) and _is_anaphoric(doc, sent, hit, spans) and \
            any(e.type == hit.type and e is not d for e in drafts):
        return False  # "the meeting" may refer back to an earlier meeting, with its own place
    if any((p.place_type == "settlement" or p.country_code != d.venue.country_code)
           and not _ONWARD.search(doc.text, max(sent.start, p.start - 60), p.start) for p in spans.places):
        return False  # the sentence names a place of its own ("He met X, who lives in Cairo"); not the next leg's
        # destination ("He is to meet X on Tuesday before leaving for Qatar")
    if getattr(dref, "basis", "") in ("explicit", "relative"):
        gap = _days_between(_day(d.date), _day(dref))
        if gap is None:  # a week, a month: the visit's day must lie in it
            start, end, day = getattr(dref, "date_start", ""), getattr(dref, "date_end", ""), _day(d.date)
            if not (day and start and end and start <= day <= end):
                return False
        elif not (days := stay(d))[0] <= _day(dref) <= days[1]:
            return False  # "He visited Cairo on Monday. He met Y last month": another time, perhaps another place;
            # a stated stay ("for a two-day visit") bounds the days instead
    return True


def stay(d: _Draft, default: int | None = STAY_DAYS) -> tuple[str, str] | None:
    """The first and last day (ISO) a placed visit or meeting keeps its traveller in its city: the stay its sentence
    states ("for a three-day visit": its day and the two after), else ``default`` days after its day; None when it is
    dated to no single day, or states no stay and ``default`` is None.

    >>> from lib.extract.dates import DateRef
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.events.triggers import find_triggers
    >>> doc = document_from_text("a", "He arrived in Beirut on Tuesday for a three-day visit.")
    >>> v = _Draft(find_triggers(doc, doc.sentences[0])[0], "visit", "042", None, DateRef("2024-03-05"), True, "happened")
    >>> stay(v), stay(v, None)
    (('2024-03-05', '2024-03-07'), ('2024-03-05', '2024-03-07'))
    """
    from datetime import date, timedelta

    day, n = _day(d.date), stay_length(d.hit.sent.text)
    if not day or n is None and default is None:
        return None
    return day, (date.fromisoformat(day) + timedelta(days=default if n is None else n - 1)).isoformat()


def stay_venues(drafts: list[_Draft]) -> None:
    """A meeting with no place of its own, in any later sentence, on a day of a stay a visit to a city states
    ("arrived in Beirut on Tuesday for a three-day visit. ... He is due to meet the prime minister on Thursday") is
    in that city (the sentence right after is ``previous_sentence_venue``'s, with a default stay)."""
    from datetime import date

    from lib.extract.intervals import interval

    stays = []
    for v in drafts:
        days = stay(v, None) if v.type == "visit" and v.venue is not None else None
        if days is None or v.venue.place_type != "settlement" or not v.date_explicit or v.side or v.remote:
            continue
        stays.append((v, date.fromisoformat(days[0]), date.fromisoformat(days[1])))
    for d in drafts:
        if d.type != "meeting" or d.venue is not None or d.remote or d.side or not d.date_explicit:
            continue
        iv = interval(d.date.value, d.date.date_start, d.date.date_end)
        inside = [v for v, lo, hi in stays if iv is not None and v.hit.sent.index < d.hit.sent.index
                  and lo <= iv[0] and iv[1] <= hi]
        if len({v.venue.value for v in inside}) == 1:
            d.venue, d.loc_basis = inside[0].venue, "article"


def dateline_local(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans, dl_place: Mention | None, dref) -> bool:
    """Is a meeting or visit with no place of its own local to wire copy's dateline city: on the dateline's day
    ("today"), in a sentence that names no place outside the dateline's country but names that country or its
    people ("DOHA, Jan 13 - ... Barnea will meet Qatar's prime minister today")?
    """
    from lib.extract import gazetteer

    if dl_place is None or dl_place.place_type != "settlement" or dl_place.lat is None or "placed" in hit.trig.flags:
        return False
    if not doc.published or _day(dref) != doc.published or getattr(dref, "basis", "") not in ("explicit", "relative"):
        return False  # dated to the dateline's day by the sentence itself ("today"), not by default
    if _noun_trigger(doc, sent, hit) and _is_anaphoric(doc, sent, hit, spans):
        return False  # "the meeting" refers back to a meeting reported before, with its place
    cc = dl_place.country_code
    named = [p for p in spans.places if (p.start, p.end) != (dl_place.start, dl_place.end)]
    if not cc or any(p.country_code != cc or p.place_type != "country" for p in named):
        return False  # the sentence names a place of its own (its other rules decide)
    if named:
        return True
    dems = [d for d, c in gazetteer.demonyms().items() if c == cc]
    return bool(dems) and re.search(rf"(?<![\w-])(?:{'|'.join(re.escape(d) for d in dems)})(?![\w-])", sent.text) is not None
