"""Venues: from attached places to the one place a meeting or visit happened, and how it was found.

Idea: the most specific attached place of each compatible chain is a venue (a city over its country, a site over
its region, a settlement over the sea that frames it); with none attached, other evidence places the event, and
``location_basis`` says which: "there" (the placed meeting before it), "here"/"at this resort" and a building
with no city (the dateline city), a hosting city ("when Algiers hosts the summit"), an elided second leg
(", and in Amman later in the week"), a seat building ("at the White House", ``lib/data/places_landmarks.csv``).

Example:
    >>> eg = Mention.make("a", kind="place", text="Egypt", start=0, end=5, value="Egypt", place_type="country", country_code="EG")
    >>> ca = Mention.make("a", kind="place", text="Cairo", start=9, end=14, value="Cairo", place_type="settlement", country_code="EG")
    >>> [p.value for p in venue_groups([eg, ca])]
    ['Cairo']
"""
from __future__ import annotations

import re
from functools import lru_cache

from lib.extract.events.attach import _GROUNDS
from lib.extract.events.narrative import _prev_body
from lib.extract.events.text import (
    FACILITY,
    PLACE_RANK,
    TOPIC_VERBS,
    VENUE_TYPES,
    _has_break,
    _mask,
    _n_words,
    _Spans,
    _words,
)
from lib.extract.events.triggers import _Draft, _Hit
from lib.extract.places_landmarks import landmark_mention
from lib.models import Document, Mention, Sentence

# what a place hosts when it is a venue: a gathering or visitors
_HOSTED_EVENT = re.compile(r"\s+(?:[\w’'-]+\s+){0,5}?(?:summit|summits|talks|meeting|meetings|conference|negotiations|"
                           r"round|session|gathering|forum|delegation|delegations|visit|ceremony|leaders|ministers|"
                           r"envoys|counterparts?|consultations|dialogue|games|cup)\b", re.I)


def _host_subject(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans) -> list[Mention]:
    """A city or country right before a hosting verb is its subject and the venue ("when Algiers hosts the summit",
    "Doha will host the talks"); a person's country before the verb ("Qatar's emir hosted") is not."""
    if not _HOSTED_EVENT.match(doc.text, hit.end, sent.end):
        return []  # "Qatar hosts Hamas's political office": no gathering is hosted
    for p in spans.places:
        if p.end <= hit.start and p.place_type in ("settlement", "country", "region") and re.fullmatch(
                r"\s*(?:(?:will|would|is|are|was|were|has|had|have|also|again|to|set|due|expected|scheduled|"
                r"poised|ready|which|that)\s+)*", doc.text[p.end:hit.start], re.I):
            if p.place_type == "country" and re.search(r"\b(?:to|will|would)\s+$", doc.text[p.end:hit.start], re.I):
                return []  # "the decision of Egypt to host a conference": a country that will host names no site yet
            return [p]
    return []


# ----------------------------------------------------------------------------- places: venue choice

def _rank(p: Mention) -> int:
    return PLACE_RANK.get(p.place_type, 1)


def _contains(big: Mention, small: Mention) -> bool:
    """Is ``small`` inside ``big`` (same country, less specific big)? A place without a country is neutral."""
    if big.value == small.value:
        return True
    if _rank(big) <= _rank(small):
        return False
    if not big.country_code or not small.country_code:
        return big.place_type == "other" or small.place_type == "other"
    if big.place_type == "other" and None not in (big.lat, big.lon, small.lat, small.lon):
        # a site of a country (a retreat, a crossing) holds only what lies at it: not the capital 70 km away
        from lib.extract.gazetteer import km
        return big.country_code == small.country_code and km(big.lat, big.lon, small.lat, small.lon) <= 25
    return big.country_code == small.country_code


def compatible(a: Mention | None, b: Mention | None) -> bool:
    """Can two venues be the same place (equal, or one inside the other)?

    >>> eg = Mention.make("a", kind="place", text="Egypt", start=0, end=5, value="Egypt", place_type="country", country_code="EG")
    >>> sh = Mention.make("a", kind="place", text="Sharm", start=9, end=14, value="Sharm el-Sheikh", place_type="settlement", country_code="EG")
    >>> jo = Mention.make("a", kind="place", text="Jordan", start=20, end=26, value="Jordan", place_type="country", country_code="JO")
    >>> compatible(eg, sh), compatible(sh, jo), compatible(None, jo)
    (True, False, True)
    >>> wye = Mention.make("a", kind="place", text="Wye", start=0, end=3, value="Wye River Plantation", place_type="other", country_code="US", lat=38.9, lon=-76.13)
    >>> dc = Mention.make("a", kind="place", text="Washington", start=5, end=15, value="Washington", place_type="settlement", country_code="US", lat=38.9, lon=-77.04)
    >>> compatible(wye, dc)
    False
    """
    if a is None or b is None:
        return True
    return _contains(a, b) or _contains(b, a)


def _most_specific(a: Mention | None, b: Mention | None) -> Mention | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if _rank(b) < _rank(a) else a


def venue_groups(places: list[Mention]) -> list[Mention]:
    """Attached places -> one venue per distinct place (the most specific of each compatible chain).

    >>> eg = Mention.make("a", kind="place", text="Egypt", start=0, end=5, value="Egypt", place_type="country", country_code="EG")
    >>> ca = Mention.make("a", kind="place", text="Cairo", start=9, end=14, value="Cairo", place_type="settlement", country_code="EG")
    >>> [p.value for p in venue_groups([eg, ca])]
    ['Cairo']
    >>> wye = Mention.make("a", kind="place", text="Wye", start=0, end=3, value="Wye River Plantation", place_type="other", country_code="US")
    >>> md = Mention.make("a", kind="place", text="Maryland", start=7, end=15, value="Maryland", place_type="region", country_code="US")
    >>> [p.value for p in venue_groups([wye, md])]
    ['Wye River Plantation']
    """
    # a sea, a strait or a macro-region of no country ("at the Mediterranean resort", "the Middle East") is no venue
    places = [p for p in places if p.place_type != "other" or p.country_code]
    usable = [p for p in places if p.lat is not None and p.lon is not None] or list(places)
    if any(p.place_type != "other" for p in usable):
        # a sea or macro-region frames a city or country ("the Red Sea resort of Sharm"); a site of a country (a
        # retreat, a crossing) is itself the venue unless a city is named ("the Wye River Plantation in Maryland")
        city = any(p.place_type == "settlement" for p in usable)
        usable = [p for p in usable if p.place_type != "other" or p.country_code and not city]
    groups: list[Mention] = []
    for p in sorted(usable, key=_rank):
        for i, g in enumerate(groups):
            if compatible(g, p):
                groups[i] = _most_specific(g, p)
                break
        else:
            groups.append(p)
    return sorted(groups, key=lambda m: m.start)


def same_name_capital(country: Mention):
    """The capital of a country that bears the country's own name (Luxembourg, Singapore, Monaco, Djibouti: GeoNames'
    capital of that name), as a gazetteer ``Place``; None for any other country (a trip "to Kuwait" or "to Mexico"
    names the country, whose capital has another name).

    >>> lu = Mention.make("a", kind="place", text="Luxembourg", start=0, end=10, value="Luxembourg", place_type="country", country_code="LU")
    >>> kw = Mention.make("a", kind="place", text="Kuwait", start=0, end=6, value="Kuwait", place_type="country", country_code="KW")
    >>> same_name_capital(lu).name, same_name_capital(kw)
    ('Luxembourg', None)
    """
    from lib.extract import gazetteer

    # (GeoNames' country table, read once by the gazetteer; ``gazetteer.capital`` resolves such a name to the country)
    info = gazetteer._geonames_countries().get(country.country_code) or {} if country.country_code else {}
    if not info.get("capital") or info["capital"] != country.value:
        return None
    return next((p for p, _ in gazetteer.candidates(country.value)
                 if p.place_type == "settlement" and p.country_code == country.country_code), None)


def dateline_place(ctx) -> Mention | None:
    """The place named in the article's dateline ("ISLAMABAD, November 16 (RIA Novosti) -"), if any: the places
    stage's mention inside the dateline, else the dateline's city as the gazetteer resolves it."""
    from lib.extract import dateline, gazetteer

    doc = ctx.doc
    for r in doc.regions:
        if r.kind != "dateline":
            continue
        inside = [p for p in ctx.places if r.start <= p.start and p.end <= r.end and p.lat is not None]
        if inside:
            return min(inside, key=lambda p: p.start)
        dl = dateline.parse(doc.text, r.start)
        place = gazetteer.lookup(dl.city.title()) if dl is not None else None
        if place is not None:
            return Mention.make(doc.article_id, kind="place", text=dl.city, start=dl.city_start, end=dl.city_end,
                                value=place.name, lat=float(place.lat), lon=float(place.lon),
                                place_type=place.place_type or "settlement", country_code=place.country_code)
    return None


# the end of a sentence that repeats the trigger's locative phrase for a second place, with no verb of its own: ", and
# in Amman later in the week."; a "when"/"where" clause may close either leg ("met in Istanbul on January 8, when
# they ..., and in Sochi in September 2018, when they signed the memorandum")
_ELIDED_LEG = re.compile(r",\s*(?:and|as\s+well\s+as)\s+(?:(?:then|later|also|afterwards)\s+)?(?i:in|to|at)\s+(?:the\s+)?"
                         r"PLACE(?P<rest>(?:\s*(?:DATE|later|earlier|next|this|that|the|in|on|at|by|week|month|weekend|"
                         r"day|days|year|afterwards|too|as\s+well))*)(?:\s*,\s*(?:when|where)\s+[^,;:]*)?\s*[.!?\"”]*\s*$", re.I)


def _elided_leg(doc: Document, sent: Sentence, hit: _Hit, venues: list[Mention], spans: _Spans,
                venue_spans: tuple[tuple[int, int], ...]) -> list[Mention]:
    """The place of an elided second leg at the end of the sentence ("Arafat was expected in Cairo on Wednesday ...,
    and in Amman later in the week"), for the last placed trigger before it; [] when there is none.

    >>> from lib.extract.document import document_from_text

    >>> from lib.extract.events.triggers import find_triggers
    >>> d = document_from_text("a", "He was expected in Cairo, aides said, and in Amman later in the week.")
    >>> cairo = Mention.make("a", kind="place", text="Cairo", start=19, end=24, value="Cairo")
    >>> amman = Mention.make("a", kind="place", text="Amman", start=45, end=50, value="Amman")
    >>> hit = find_triggers(d, d.sentences[0])[0]
    >>> [p.value for p in _elided_leg(d, d.sentences[0], hit, [cairo], _Spans([], [cairo, amman], []), ())]
    ['Amman']
    """
    last = max(v.end for v in venues)
    later = [p for p in spans.places if p.start >= last]
    if not later:
        return []
    place = later[-1]
    if any(hit.end <= b0 and b1 <= place.start for b0, b1 in venue_spans):
        return []  # another meeting or visit word in between takes it
    tail = _mask(doc.text, last, sent.end, spans.mask_spans())
    m = _ELIDED_LEG.search(tail)
    if m is None or tail.count("PLACE") != 1 or tail[:m.start()].count(",") > 3:
        return []
    return [place]


# a relative clause on the gathering's own course right after its place: "consultations hosted by the GCC in Riyadh,
# which began on Tuesday and run until April 7" (its start is its day)
_SPAN_CLAUSE = re.compile(r"\s*,\s*(?:which|that)\s+(?:(?:was|were|had|has|have)\s+)?(?:began|begun|started|opened|"
                          r"kicked\s+off|got\s+under\s+way|convened|held|took\s+place|ended|concluded|closed|wrapped\s+up)"
                          r"\s+(?:(?:on|in|at|late|early|earlier|last)\s+)?", re.I)


def _leg_dates(doc: Document, venues: list[Mention], spans: _Spans) -> dict[int, Mention]:
    """For a trigger with several venues, each venue's own date: the date right after it, before the next venue
    ("travel on to Rabat on Tuesday and to Algiers on Wednesday"). Keyed by the venue's start."""
    out = {}
    ordered = sorted(venues, key=lambda m: m.start)
    for i, v in enumerate(ordered):
        nxt = ordered[i + 1].start if i + 1 < len(ordered) else None
        for d in sorted(spans.dates, key=lambda m: m.start):
            if d.start >= v.end and (nxt is None or d.end <= nxt) and (
                    re.fullmatch(r"\s*,?\s*(?:again\s+)?(?:on|in|at|during|by)?\s*", doc.text[v.end:d.start], re.I)
                    or _SPAN_CLAUSE.fullmatch(doc.text, v.end, d.start)):
                out[v.start] = d
                break
        else:
            # the antecedent of a relative clause, dated before its preposition: "travel on Wednesday to Doha,
            # where he will meet the emir" (the meeting in the clause is on Wednesday); a schedule's own clause
            # ("a meeting, which was set for Thursday in Amman") is dated by ``predicates._relative_predicate``
            if not re.match(r"\s*,\s*where\b", doc.text[v.end:v.end + 12], re.I):
                continue
            for d in spans.dates:
                if d.end <= v.start and re.fullmatch(r"\s*,?\s*(?:to|in|at|into|for)\s+(?:the\s+)?",
                                                     doc.text[d.end:v.start], re.I):
                    out[v.start] = d
                    break
    return out


def repeated_legs(doc: Document, places: list[Mention], venues: list[Mention], spans: _Spans) -> list[Mention]:
    """``venues`` with each later leg of a list that returns to a city already named, when both legs carry their own
    date ("in Cairo on 27-28 August, in Addis Ababa on 23-24 September and again in Cairo on 23-24 October": two
    rounds in Cairo); one leg with no date of its own repeats the first ("in Cairo and again in Cairo").

    >>> from lib.extract.document import document_from_text
    >>> t = "Rounds were held in Cairo on May 2, in Amman on May 9 and in Cairo on May 16."
    >>> d = document_from_text("a", t)
    >>> pl = [Mention.make("a", kind="place", text=n, start=i, end=i + len(n), value=n, place_type="settlement")
    ...       for n, i in (("Cairo", t.index("Cairo")), ("Amman", t.index("Amman")), ("Cairo", t.rindex("Cairo")))]
    >>> dt = [Mention.make("a", kind="date", text=n, start=t.index(n), end=t.index(n) + len(n), value=n)
    ...       for n in ("May 2", "May 9", "May 16")]
    >>> [(v.value, v.start) for v in repeated_legs(d, pl, pl[:2], _Spans(dt, pl, []))]
    [('Cairo', 20), ('Amman', 39), ('Cairo', 61)]
    """
    if len(places) < 2:
        return venues
    kept = {v.start for v in venues}
    extra = [p for p in places if p.start not in kept and p.place_type == "settlement"
             and any(v.value == p.value and v.start < p.start for v in venues)]
    if not extra:
        return venues
    legs = _leg_dates(doc, sorted(venues + extra, key=lambda m: m.start), spans)
    out = list(venues)
    for p in extra:
        first = next(v for v in venues if v.value == p.value)
        if p.start in legs and first.start in legs and legs[p.start].value != legs[first.start].value:
            out.append(p)
    return sorted(out, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _landmark_table():
    from lib.extract import gazetteer

    lm = gazetteer.landmarks()
    names = sorted(lm, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    hills = "|".join(re.escape(n) for n in names if n.endswith(" Hill")) or "(?!)"
    grounds = _GROUNDS.removeprefix(r"\s+")
    # "at the White House", or "on the White House lawn" (the grounds of the building), or "on Capitol Hill"
    rx = re.compile(rf"(?<![\w-])(?:(?i:at|in|inside|outside|to|into|near|from)\s+(?:(?i:the)\s+)?(?P<a>{alt})(?![\w-])|"
                    rf"(?i:on)\s+(?i:the)\s+(?P<b>{alt}){_GROUNDS}|(?i:on)\s+(?P<c>{hills})(?![\w-])|"
                    # "on the South Lawn of the White House"
                    rf"(?i:on)\s+(?i:the)\s+{grounds}\s+(?i:of)\s+(?i:the)\s+(?P<d>{alt})(?![\w-]))") \
        if names else None
    return rx, lm


@lru_cache(maxsize=1)
def _periphrasis_rx() -> re.Pattern | None:
    from lib.extract import gazetteer

    descs = sorted(gazetteer.periphrases(), key=len, reverse=True)
    if not descs:
        return None
    dems = sorted(gazetteer.demonyms(), key=len, reverse=True)
    desc_alt = "|".join(r"\s+".join(re.escape(w) for w in d.split()) for d in descs)
    # "the Jordanian port city", "the Red Sea resort"; not "the Red Sea resort of Sharm" or "the resort, Sharm" (the
    # name is written) nor "the port's director" (another noun)
    return re.compile(rf"\b(?i:the)\s+(?:(?P<dem>{'|'.join(re.escape(d) for d in dems)})\s+)?(?P<desc>(?i:{desc_alt}))"
                      rf"(?![\w’'-])(?!\s*['’]s?\b)(?!\s*,?\s*(?:(?i:of)\s+)?[A-Z])(?!\s+(?i:city|town|resort|port|of)\b)")


def _dateline_country(doc: Document) -> str:
    from lib.extract import dateline, gazetteer

    for r in doc.regions:
        if r.kind == "dateline":
            dl = dateline.parse(doc.text, r.start)
            place = gazetteer.lookup(dl.city.title()) if dl is not None else None
            return place.country_code if place is not None else ""
    return ""


def described_places(doc: Document, sent: Sentence, places: list[Mention]) -> list[Mention]:
    """Descriptions of a known venue city ("the Jordanian port city", "the Red Sea resort", "the Black Sea resort";
    ``gazetteer.periphrases``) as place mentions of that city, for this stage only. Of the cities a description may
    stand for, the one the article named last before it wins ("Leaders gathered in Sharm el-Sheikh ... Abbas did
    travel to the resort"); else the only one (in the country of its nationality adjective, or of the dateline).

    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "The talks were held in the Jordanian port city on Sunday.")
    >>> [(m.text, m.value) for m in described_places(doc, doc.sentences[0], [])]
    [('Jordanian port city', 'Aqaba')]
    """
    from lib.extract import gazetteer

    rx = _periphrasis_rx()
    out: list[Mention] = []
    if rx is None:
        return out
    for m in rx.finditer(doc.text, sent.start, sent.end):
        s, e = m.start("dem") if m.group("dem") else m.start("desc"), m.end()
        if any(p.start < e and s < p.end and p.place_type == "settlement" for p in places):
            continue  # a city is already named there
        cands = gazetteer.periphrases()[" ".join(m.group("desc").lower().split())]
        if m.group("dem"):
            cands = [c for c in cands if c[0].country_code == gazetteer.demonyms()[m.group("dem")]]
        last, city = -1, None
        for c, names in cands:  # the candidate the article named last before the description
            for n in names:
                for hit in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", doc.text[:s]):
                    if hit.start() > last:
                        last, city = hit.start(), c
        if city is None:
            if len(cands) > 1 and not m.group("dem"):
                cc = _dateline_country(doc)
                cands = [c for c in cands if c[0].country_code == cc] if cc else cands
            city = cands[0][0] if len(cands) == 1 else None
        if city is None:
            continue
        out.append(Mention.make(doc.article_id, kind="place", text=doc.text[s:e], start=s, end=e, value=city.name,
                                lat=round(city.lat, 5), lon=round(city.lon, 5), place_type="settlement",
                                country_code=city.country_code, geo_precision=1,
                                evidence=f"description {doc.text[s:e]!r} of {city.name}", sentence=sent.text,
                                sentence_start=sent.start, sentence_end=sent.end, region=sent.region))
    return out


def landmark_places(doc: Document, sent: Sentence, places: list[Mention]) -> list[Mention]:
    """Seat buildings after a locative preposition ("met X at the White House", "talks in the Kremlin") as place
    mentions of their city (``gazetteer.landmarks``), for this stage only; none where a place is already tagged.
    Descriptions of a known venue city follow (``described_places``: "the Jordanian port city").

    >>> from lib.extract.document import document_from_text

    >>> from lib.extract.events.triggers import find_triggers
    >>> doc = document_from_text("a", "Biden met Abbas at the White House.")
    >>> [(m.text, m.value) for m in landmark_places(doc, doc.sentences[0], [])]
    [('White House', 'Washington')]
    """
    rx, lm = _landmark_table()
    out: list[Mention] = []
    if rx is None:
        return described_places(doc, sent, places)
    for m in rx.finditer(doc.text, sent.start, sent.end):
        g = next(k for k in "abcd" if m.group(k))
        s, e = m.span(g)
        if any(p.start < e and s < p.end for p in places):
            continue
        out.append(landmark_mention(doc, sent, lm[m.group(g)], m.group(g), s, e))
    return out + described_places(doc, sent, places)


_THERE = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?there\b(?!\s+(?:is|are|was|were|will|would|has|have|had|be|been)\b)", re.I)


def _there(doc: Document, sent: Sentence, hit: _Hit, drafts: list[_Draft],
           places: list[Mention] | tuple[Mention, ...] = ()) -> tuple[Mention, str] | None:
    """The venue that "there" right after a trigger refers to ("will host both leaders there again"): the latest
    placed meeting or visit of the same sentence, else of the body sentence before; with none, the one place of a
    locative phrase of those sentences ("He spoke in Ankara on Tuesday. He was holding talks there with X": Ankara;
    ``_locative_place``). None without one.

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.events.triggers import find_triggers
    >>> d = document_from_text("a", "He spoke in Ankara on Tuesday. He was holding talks there.")
    >>> ank = Mention.make("a", kind="place", text="Ankara", start=12, end=18, value="Ankara", place_type="settlement")
    >>> s1 = d.sentences[1]
    >>> _there(d, s1, find_triggers(d, s1)[0], [], [ank])[0].value
    'Ankara'
    """
    m = _THERE.match(doc.text, hit.end, hit.sent.end)
    if m is None or _has_break(m.group(0)[:-5]):
        return None
    prev = _prev_body(doc, sent)
    for target, basis in ((sent, "sentence"), (prev, "article")):
        d = next((d for d in reversed(drafts) if d.hit.sent is target and d.type in VENUE_TYPES
                  and d.venue is not None and not d.remote and d.hit.start < hit.start), None)
        if d is not None:
            return d.venue, basis
    for target, end, basis in ((sent, hit.start, "sentence"), (prev, prev.end if prev else 0, "article")):
        place = _locative_place(doc, target, end, places) if target is not None else None
        if place is not None:
            return place, basis
    return None


# a locative phrase: "in X", "at X", "spoke in X on Tuesday"
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)


def _locative_place(doc: Document, sent: Sentence, end: int, places) -> Mention | None:
    """The one place of the sentence (before ``end``) that stands in a locative phrase ("said in Ankara on Tuesday
    that Kyiv would ..."), when no other place of the sentence does; None otherwise."""
    named = [p for p in places if sent.start <= p.start and p.end <= end and p.place_type in ("settlement", "country")
             and _LOCATIVE_BEFORE.search(doc.text, max(sent.start, p.start - 8), p.start)]
    return named[-1] if len({p.value for p in named}) == 1 else None


# the meeting whose sidelines a speaker stands on: "speaking on the sidelines of a meeting of Arab ministers"
_SIDELINES_BEFORE = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins?|fringes?)\s+of\s+(?:(?:an?|the|this|that|its|"
                               r"their)\s+)?(?:[\w’'-]+\s+){0,5}?$", re.I)


def sidelines_place(doc: Document, sent: Sentence, hit: _Hit, places) -> list[Mention]:
    """The place of a meeting noun on whose sidelines a speaker stands: the one place of a locative phrase of the
    sentence before it ("said on Sunday in Riyadh ..., speaking on the sidelines of a meeting of Arab and European
    ministers": Riyadh); [] otherwise.

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.events.triggers import find_triggers
    >>> d = document_from_text("a", "He said in Riyadh that the plan was dead, speaking on the sidelines of a meeting.")
    >>> rh = Mention.make("a", kind="place", text="Riyadh", start=11, end=17, value="Riyadh", place_type="settlement")
    >>> [p.value for p in sidelines_place(d, d.sentences[0], find_triggers(d, d.sentences[0])[-1], [rh])]
    ['Riyadh']
    """
    if not _SIDELINES_BEFORE.search(doc.text, max(sent.start, hit.start - 90), hit.start):
        return []
    place = _locative_place(doc, sent, hit.start, places)
    return [place] if place is not None else []


_FACILITY_AFTER = re.compile(rf"(?:^|\s)(?:at|in|inside)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?{FACILITY}\b", re.I)
_FACILITY_BEFORE = re.compile(rf"^\s*(?:DATE\s*,?\s*)?(?:At|In|Inside)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?"
                              rf"{FACILITY}\b[^,;:]*,", re.I)


def _topic_or_break(gap: str) -> bool:
    """Does a gap after a trigger end its locative reach (a clause break, or a topic verb: "and discussed")?"""
    return _has_break(gap, allow=("of",)) or bool(TOPIC_VERBS & set(_words(gap)))


# a visitor's origin: "the delegation of Iran", "a minister from Qatar"
_ORIGIN = re.compile(r"\b(?:delegation|delegations|delegates|envoy|envoys|minister|ministers|president|officials|"
                     r"counterpart|team|representatives?)\s+(?:of|from)\s+(?:the\s+)?$", re.I)


# "here" or "this resort" after a trigger: the place the article is written from ("talks at this Red Sea resort")
DEICTIC_NOUNS = r"(?:resort|city|town|capital|village|port|oasis|island|enclave|kingdom|emirate)"
_DEICTIC = re.compile(rf"(?P<head>(?:\s+[\w’'-]+){{0,8}}?)\s+(?:here\b(?!\s*[’'-])|(?i:at|in|to)\s+this\s+"
                      rf"(?:(?:PLACE|[\w’'-]+)\s+){{0,2}}?(?i:{DEICTIC_NOUNS})\b)")


def _deictic(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans, dl_place: Mention | None) -> bool:
    """Is the trigger placed by "here" or "at this resort/city" in its clause, i.e. in the dateline city?

    >>> from lib.extract.document import document_from_text

    >>> from lib.extract.events.triggers import find_triggers
    >>> d = document_from_text("a", "Talks ended at this Red Sea resort on Sunday.")
    >>> taba = Mention.make("a", kind="place", text="TABA", start=0, end=4, value="Taba", lat=29.5, lon=34.9,
    ...                     place_type="settlement", country_code="EG")
    >>> hit = find_triggers(d, d.sentences[0])[0]
    >>> _deictic(d, d.sentences[0], hit, _Spans([], [], []), taba)
    True
    """
    if dl_place is None or dl_place.place_type != "settlement" or dl_place.lat is None:
        return False
    gap = _mask(doc.text, hit.end, sent.end, spans.mask_spans())
    gap = re.sub(r"(?:\b(?:on|in|at|during|by|earlier|later)\s+)?DATE", " ", gap, flags=re.I)
    m = _DEICTIC.match(gap)
    return bool(m) and not _topic_or_break(m.group("head")) and "PLACE" not in m.group("head")


def _dateline_fallback(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans, dl_place: Mention | None) -> bool:
    """Does a meeting/visit with no attached place happen in a building the gazetteer does not know ("received
    X at Al-Qasr Palace", "At the presidential palace, Y met Z"), in a sentence that names no place outside the
    dateline's country? Then its venue is the dateline city."""
    if dl_place is None or dl_place.place_type != "settlement" or dl_place.lat is None:
        return False
    text = doc.text
    ms = spans.mask_spans()
    for p in spans.places:
        if _ORIGIN.search(text[max(sent.start, p.start - 40):p.start]):
            continue  # "received the delegation of Iran": where the visitors come from
        if p.country_code and p.country_code != dl_place.country_code and (
                p.end <= hit.start or not _topic_or_break(_mask(text, hit.end, p.start, ms))):
            return False  # "X, on a visit to France, met Y at the palace": not the dateline city
    gap = _mask(text, hit.end, sent.end, ms)
    gap = re.sub(r"(?:\b(?:on|in|at|during|by|earlier|later)\s+)?DATE", " ", gap, flags=re.I)
    m = _FACILITY_AFTER.search(gap)
    if m:
        head = gap[:m.start()]
        head = re.sub(r"^\s*,", " ", head)
        if not (_has_break(head, allow=("of",)) or _n_words(head) > 14 or "PLACE" in head):
            return True
    lo = max([sent.start] + [r.end for r in doc.regions if r.kind == "dateline" and sent.start <= r.end <= hit.start])
    before = _mask(text, lo, hit.start, ms)
    return bool(_FACILITY_BEFORE.match(re.sub(r"^\s*[-–—]+", "", before))) and "PLACE" not in before


# "flew home from the Qatari capital after two days of talks": the talks were where the travellers left from
_LEFT_AFTER = re.compile(r"\b(?:flew|flown|flying|returned|returning|left|leaving|departed|departing|headed|heading|"
                         r"came|coming)\s+(?:(?:home|back)\s+)?(?:from\s+)?(?:the\s+)?PLACE\s+(?:DATE\s+)?after\s+"
                         r"(?:(?:a|an|the|two|three|four|five|several|\d+)\s+)?(?:(?:days?|hours?|weeks?|rounds?)\s+of\s+)?"
                         r"(?:[\w-]+\s+){0,2}$", re.I)


def _left_after(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans) -> list[Mention]:
    """The place travellers left "after" the meeting noun at ``hit``: its venue ("flew home from Doha after two
    days of talks").

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.events.triggers import find_triggers
    >>> d = document_from_text("a", "The team flew home from Doha after two days of talks.")
    >>> doha = Mention.make("a", kind="place", text="Doha", start=24, end=28, value="Doha")
    >>> hit = find_triggers(d, d.sentences[0])[-1]
    >>> [p.value for p in _left_after(d, d.sentences[0], hit, _Spans([], [doha], []))]
    ['Doha']
    """
    before = [p for p in spans.places if p.end <= hit.start]
    if not before:
        return []
    place = before[-1]
    lo = max(sent.start, place.start - 60)
    masked = _mask(doc.text, lo, hit.start, spans.mask_spans())
    return [place] if _LEFT_AFTER.search(masked) and masked.count("PLACE") >= 1 and \
        "PLACE" not in masked[masked.rfind("PLACE") + 5:] else []
