"""Sessions: a deliberative body that meets at its seat met there when the article names no other place.

Idea: "The UN Security Council met on Thursday", "The Human Rights Council held an emergency meeting on Friday"
report a meeting of a body that sits in one city (New York, Geneva, Vienna, Cairo; ``lib/data/body_seats.csv``);
the venue map shows it where the body sits. Approach: after an article's drafts are assembled, an unplaced meeting
whose subject is such a body (its name right before the verb, with only dates, adverbs and auxiliaries between, or
before "held a meeting") and that happened within a month of publication takes the body's seat. A vote or a
resolution alone is the body's decision, no meeting row (the seed gold does not place "The UN Human Rights Council
passed a resolution Wednesday"). A summit or a conference of a body moves from city to city and is never placed by
its seat; a possessive ("the Arab League's secretary-general met"), a plan and a recalled meeting are no session.

Example:
    >>> from lib.extract import extract_document
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "The UN Security Council met on Thursday to discuss the dam.", published="2024-03-08")
    >>> [(e.event_type, e.location, e.date) for e in extract_document(doc).events if e.event_type == "meeting"]
    [('meeting', 'New York', '2024-03-07')]
"""
from __future__ import annotations

import csv
import re
from datetime import date
from functools import lru_cache

from lib.extract.events.text import DATA, _mask
from lib.extract.events.triggers import _Draft
from lib.models import Document, Mention

SEATS_CSV = DATA / "body_seats.csv"
# how recent a session must be to be placed at the seat (a vote of 1947 recalled in passing is no news of a session)
RECENT_DAYS = 31
# between the body and its verb: dates, adverbs and auxiliaries only ("on the evening of August 11 unanimously")
_SUBJECT_GAP = re.compile(r"\s*(?:(?:DATE|on|in|at|the|of|evening|morning|afternoon|night|late|early|also|again|has|"
                          r"have|had|was|were|is|finally|yesterday|today|overwhelmingly|[a-z]+ly|,)\s*)*", re.I)
_MEETING_VERB = re.compile(r"(?:met|meets|convened|convenes|gathered)\b", re.I)
_MEETING_NOUN = re.compile(r"(?:meeting|session|consultations)\b", re.I)
# "... held an emergency meeting": the body holds the meeting noun
_HELD = re.compile(r"(?:held|holds|convened|called)\s+(?:an?|its|the)\s+(?:[\w-]+\s+){0,2}$", re.I)


@lru_cache(maxsize=1)
def seats() -> tuple[re.Pattern, dict[str, tuple[str, object]]] | None:
    """The bodies of ``lib/data/body_seats.csv``: a pattern of their written forms (longest first, as capitalised
    in text) and each form -> (body, the seat city's gazetteer ``Place``).

    >>> rx, table = seats(); table["Security Council"][1].name, table["Arab League"][1].name
    ('New York', 'Cairo')
    """
    from lib.extract import gazetteer

    table: dict[str, tuple[str, object]] = {}
    with open(SEATS_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            city = gazetteer.lookup(row["city"], countries=(row["country_code"],))
            if city is None or city.country_code != row["country_code"]:
                continue  # the integrity test reports it
            for form in row["names"].split("|"):
                if form.strip():
                    table[form.strip()] = (row["body"], city)
    if not table:
        return None
    alt = "|".join(re.escape(f) for f in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:{alt})(?![\w-])(?!\s*['’]s?\b)"), table


def _recent(doc: Document, value: str) -> bool:
    """Is a draft's date within ``RECENT_DAYS`` before publication (or its month the publication's)?"""
    pub = doc.published or ""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or ""):
        gap = (date.fromisoformat(pub) - date.fromisoformat(value)).days
        return 0 <= gap <= RECENT_DAYS
    return bool(value) and re.fullmatch(r"\d{4}-\d{2}", value) is not None and value == pub[:7]


def _seat_of_subject(doc: Document, d: _Draft, dates) -> Mention | None:
    """The seat of the body that is the subject of the draft's verb, as a place mention on the body's name."""
    table = seats()
    if table is None:
        return None
    rx, forms = table
    sent, hit = d.hit.sent, d.hit
    found = [m for m in rx.finditer(doc.text, sent.start, hit.start)]
    if not found:
        return None
    m = found[-1]
    spans = [(x.start, x.end, "DATE") for x in dates if sent.start <= x.start and x.end <= sent.end]
    gap = _mask(doc.text, m.end(), hit.start, spans)
    if d.noun:
        held = _HELD.search(gap)
        if held is None:
            return None
        gap = gap[:held.start()]
    if not _SUBJECT_GAP.fullmatch(gap):
        return None
    body, city = forms[m.group(0)]
    return Mention.make(doc.article_id, kind="place", text=m.group(0), start=m.start(), end=m.end(), value=city.name,
                        lat=round(city.lat, 5), lon=round(city.lon, 5), place_type="settlement",
                        country_code=city.country_code, geo_precision=1, evidence=f"seat of the {body}",
                        sentence=sent.text, sentence_start=sent.start, sentence_end=sent.end, region=sent.region)


def body_sessions(doc: Document, drafts: list[_Draft], dates) -> list[_Draft]:
    """``drafts`` where each recent meeting of a body with a seat (see the module's docstring) is placed there."""
    for d in drafts:
        if d.type != "meeting" or d.venue is not None or d.status not in ("happened", "reported-claim") \
                or d.remote or d.side:
            continue
        if not (_MEETING_NOUN if d.noun else _MEETING_VERB).match(d.hit.text):
            continue  # a summit or a conference moves from city to city
        if not _recent(doc, getattr(d.date, "value", "")):
            continue
        seat = _seat_of_subject(doc, d, dates)
        if seat is not None:
            d.venue, d.loc_basis = seat, "sentence"
    return drafts
