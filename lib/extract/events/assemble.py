"""Assembly: one pass over an article's sentences turning trigger hits into events.

Idea: for each body sentence, find triggers, date them (``when``), set their modality, participants and (for
meetings and visits) venue; fold repeats into one event (``happenings``); then add statement and casualty-report
events and give every row a unique id.

Example:
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract import Context
    >>> doc = document_from_text("a", "Israel and the US did not vote on the resolution.", published="2006-11-16")
    >>> [(e.event_type, e.status) for e in extract(Context(doc=doc), [], [])]
    [('decision', 'negated')]
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from lib.extract.events.attach import attached_places, coordinated_place
from lib.extract.events.coordinated import coordinated_years
from lib.extract.events.gatherings import accord_gatherings, outcome_place
from lib.extract.events.happenings import (
    SeenSentences,
    _antecedent,
    _dateline_gatherings,
    _dateline_lede,
    _fold_visit_frames,
    _gathering,
    _inherit_sentence_places,
    _merge,
    _narrow_country_venues,
    _near_duplicate,
    _same_happening,
    fold_arrivals,
)
from lib.extract.events.modality import _EXPECTED_AFTER, modality, planned_predicate
from lib.extract.events.narrative import (
    _narrative_day,
    _planned_next_date,
    _prev_body,
    _previous_dated,
    previous_signing,
)
from lib.extract.events.other_times import _CONDITION_AFTER
from lib.extract.events.participants import (
    _actor_object,
    _actors_for,
    _leaders_subject,
    _non_diplomatic,
    non_participant,
    person_subject,
    recalled_envoy,
)
from lib.extract.events.periods import _date_of
from lib.extract.events.references import _offset_date, _where_date
from lib.extract.events.sessions import body_sessions
from lib.extract.events.stays import dateline_local, previous_sentence_venue, stay_venues
from lib.extract.events.text import _GENERIC_PLURAL, QUOTE_SKIP, SKIP_REGIONS, VENUE_TYPES, _in_quote, _Spans, _words
from lib.extract.events.triggers import (
    _REDUCED_SIGNING,
    EventType,
    _Draft,
    _is_anaphoric,
    _is_contrast,
    _noun_trigger,
    _signing_context,
    event_types,
    find_triggers,
)
from lib.extract.events.venues import (
    _SPAN_CLAUSE,
    _dateline_fallback,
    _deictic,
    _elided_leg,
    _host_subject,
    _left_after,
    _leg_dates,
    _there,
    compatible,
    dateline_place,
    landmark_places,
    repeated_legs,
    same_name_capital,
    sidelines_place,
    venue_groups,
)
from lib.extract.events.when import _trigger_time
from lib.extract.spanindex import SpanIndex
from lib.models import EVENT_COLUMNS, CasualtyClaim, Document, Event, Sentence, Statement, stable_id

_SINCE = re.compile(r"\b(?:ever\s+)?since\s+(?:the\s+)?(?:start\s+of\s+|beginning\s+of\s+|end\s+of\s+)?$", re.I)
_PERFECT = re.compile(r"\b(?:has|have|had)\b", re.I)
# the object of a meeting verb that names that meeting ("hosted talks", "convened a meeting", "will host a new round
# of talks"): one happening, even with a contrast word ("a new round")
_VERB_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:new|fresh|further|next|first|second|third|fourth|fifth|"
                          r"latest|final|two-day|three-day|direct|indirect|high-level)\s+)?(?:(?:round|session)\s+of\s+)?",
                          re.I)
SERIES_DAYS = 365  # a "since" date this long before publication starts a series of years, not one happening


def _series_spans(doc: Document, sent: Sentence, spans: _Spans) -> list[tuple[int, int]]:
    """(start, end) of each clause reporting years of meetings: a perfect verb before a "since" year, or a "since"
    date more than ``SERIES_DAYS`` before publication, no comma between ("has hosted rounds of talks since 2007", "has met at X
    since 2006"). Its triggers are no one happening; a recent "since" still dates one ("have met in Cairo since
    last month": ``when``), and so does a noun's aside ("his first visit since 2017").

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract import extract_document
    >>> def venues(t):
    ...     return [(e.event_type, e.location, e.date) for e in extract_document(document_from_text(
    ...         "a", t, published="2023-03-19")).events if e.location]
    >>> venues("The committee has met in Naqoura since 2006."), venues("They have met in Cairo since last month.")
    ([], [('meeting', 'Cairo', '2023-02')])
    """
    from datetime import timedelta

    from lib.extract.intervals import interval

    out = []
    pub = interval(doc.published or "")
    for m in spans.dates:
        since = _SINCE.search(doc.text, max(sent.start, m.start - 30), m.start)
        iv = interval(m.value or "", m.date_start or "", m.date_end or "")
        if since is None or iv is None or not (re.fullmatch(r"\d{4}", m.value or "") or pub is not None
                                                and iv[1] < pub[0] - timedelta(SERIES_DAYS)):
            continue
        aux = [a for a in _PERFECT.finditer(doc.text, sent.start, since.start())
               if not re.search(r"[,;:]", doc.text[a.end():since.start()])]
        if aux:
            out.append((aux[-1].start(), since.start()))
    return out


def extract(ctx, statements, casualties) -> list[Event]:
    """Typed, dated events of one article (see the module doc).

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract import Context
    >>> doc = document_from_text("a", "Israel and the US did not vote on the resolution.", published="2006-11-16")
    >>> [(e.event_type, e.status, e.cameo, e.quad_class) for e in extract(Context(doc=doc), [], [])]
    [('decision', 'negated', '010', 1)]
    """
    doc: Document = ctx.doc
    text = doc.text
    types = event_types()
    drafts: list[_Draft] = []
    dl_place = dateline_place(ctx)

    seen_tokens: list[set[str]] = SeenSentences()  # indexed: a long article compares few pairs
    # each sentence's mentions by bisection, not a pass over the article's mentions per sentence
    place_ix, date_ix, actor_ix = SpanIndex(ctx.places), SpanIndex(ctx.dates), SpanIndex(ctx.actors)
    for sent in doc.sentences:
        if sent.region in SKIP_REGIONS or sent.duplicate_of is not None:
            continue
        toks = set(_words(sent.text))
        if _near_duplicate(toks, seen_tokens):
            continue  # a lede repeated with a few words changed ("They agreed" / "It added that the two sides agreed")
        seen_tokens.append(toks)
        places_in = place_ix.inside(sent.start, sent.end)
        places_in = sorted(places_in + landmark_places(doc, sent, places_in), key=lambda m: m.start)
        spans = _Spans(dates=[m for m in date_ix.inside(sent.start, sent.end) if m.kind == "date"],
                       places=places_in,
                       # an actor inside a place name ("al-Sheikh" in "Sharm al-Sheikh") is not an actor
                       actors=[m for m in actor_ix.inside(sent.start, sent.end)
                               if not any(p.start <= m.start and m.end <= p.end and (p.start, p.end) != (m.start, m.end)
                                           for p in places_in)])
        series = _series_spans(doc, sent, spans)
        per_type: dict[str, _Draft] = {}
        resolved: dict[str, _Draft] = {}  # meeting/visit type -> the event this sentence's mentions refer to
        hits = find_triggers(doc, sent)
        # a word that is no event here blocks nothing: "a follow-up round was expected in X" (not a person's visit)
        # and an attack takes its own place: "The summit was overshadowed by an attack in X" (X is no venue)
        venue_spans = tuple((h.start, h.end) for h in hits if h.type in VENUE_TYPES and not (
            "person" in h.trig.flags and not person_subject(text, sent, h.start))
            or h.type == "attack")
        for hit in hits:
            et = types.get(hit.type)
            if et is None:
                continue
            if any(a.start <= hit.start < a.end for a in spans.actors + spans.places):
                continue  # a trigger word inside a name ("the Popular Front", "Deal" in a title)
            venue_kind = hit.type in VENUE_TYPES
            quoted = _in_quote(text, sent, hit.start)
            when = _trigger_time(doc, ctx.dates, sent, hit, spans, drafts)
            dref, own_dates, clause_dates, pred_end, shifted = \
                when.dref, when.own_dates, when.clause_dates, when.pred_end, when.shifted
            if hit.type in VENUE_TYPES and any(a <= hit.start < b for a, b in series):
                continue  # "Egypt has hosted rounds of talks since 2007": years of meetings, no one happening
            if not own_dates and shifted is None:
                offset = _offset_date(doc, ctx.dates, sent, hit, drafts)
                if offset is not None:  # "two weeks after the envoys met in Muscat": its own date, before the round
                    dref = shifted = offset
                elif venue_kind and dref.basis == "article":
                    where = _where_date(doc, ctx.dates, sent, hit, spans.places, drafts)
                    if where is not None:  # "travel on Wednesday to Doha, where he will meet X": that leg's day
                        dref = shifted = where
            # "voiced on Saturday reservations about the agreement signed in Washington": a signing named by a
            # participle after its agreement is undated here (a later dated report of it gives its date)
            reduced = venue_kind and "signing" in hit.trig.flags and shifted is None and \
                not any(d.start >= hit.end for d in clause_dates) and \
                bool(_REDUCED_SIGNING.search(text, max(sent.start, hit.start - 40), hit.start)) and \
                any(m.mention_id == dref.mention_id and m.end <= hit.start for m in spans.dates)
            if reduced:  # the main clause's date before the agreement noun is not the signing's
                from lib.extract.dates import governing_date
                dref = governing_date(doc, (), sent, hit.start)
                own_dates = [d for d in own_dates if d.start >= hit.end]
                clause_dates = []
            # a day counted from the narrative is no future by itself (the publication date may be inferred from it)
            status = modality(doc, sent, hit.start, dref.value, "narrative" if shifted else dref.basis, spans.dates)
            if status == "happened" and ("person" in hit.trig.flags or _EXPECTED_AFTER.match(text, hit.end, sent.end)
                                         or pred_end is not None and planned_predicate(text, hit.end, pred_end)):
                status = "planned"  # "X is expected in Cairo", "a round was expected in Cairo", "Talks are due to
                # resume in Doha": an expectation
            a1, a2, host = _actors_for(doc, sent, hit, spans.actors)
            remote = "remote" in hit.trig.flags
            if venue_kind:
                noun = _noun_trigger(doc, sent, hit)
                direct = hit.type == "visit" and not noun
                if "signing" in hit.trig.flags and not _signing_context(text, sent, noun, hit.start,
                                                                        _body_before(doc, sent) if noun else ""):
                    continue  # "signed" a decree, a ceremony of another kind
                if recalled_envoy(text, sent, hit):
                    continue  # "the ambassador was called back to Jerusalem for consultations": a protest, no venue
                blockers = tuple(b for b in venue_spans if b[1] <= hit.start or b[0] >= hit.end)
                signing = "signing" in hit.trig.flags
                places = [] if remote else attached_places(doc, sent, hit.start, hit.end, spans, noun=noun,
                                                           direct=direct, blockers=blockers, strict=signing,
                                                           max_head=8 if signing else 14)
                if not places and not remote and pred_end is not None:
                    places = attached_places(doc, sent, hit.start, pred_end, spans, noun=noun, blockers=blockers)
                if not places and not remote and "host" in hit.trig.flags:
                    places = _host_subject(doc, sent, hit, spans)  # "when Algiers hosts the summit"
                if not places and not remote and noun:
                    places = _left_after(doc, sent, hit, spans)  # "flew home from Doha after two days of talks"
                if not places and not remote:  # "announced the deal in Doha after weeks of talks"
                    places = outcome_place(doc, sent, hit, spans)
                if not places and not remote and noun:  # "said in Riyadh, speaking on the sidelines of a meeting"
                    places = sidelines_place(doc, sent, hit, spans.places)
                venues = repeated_legs(doc, places, venue_groups(places), spans)  # "and again in Cairo on D"
                if venues:  # "expected in Cairo on Wednesday, aides said, and in Amman later in the week"
                    venues += _elided_leg(doc, sent, hit, venues, spans, venue_spans)
                basis = "attached" if venues else ""
                # (a meeting noun's date before it is another predicate's: "His visit this week follows a meeting
                # in Cairo last month")
                # (or a date right after the venue that the clause filter set aside for the publication day: "who met
                # X and the leader ..., Y, in Damascus on Friday, said")
                if len(venues) == 1 and (not own_dates or noun and any(d.end <= hit.start for d in own_dates)
                                         or dref.basis in ("article", "none", "") and shifted is None):
                    after_venue = _leg_dates(doc, venues, spans).get(venues[0].start)
                    if after_venue is not None:  # "the visit of X, Y, to Sana'a in April": the visit's own date
                        own_dates = clause_dates = [after_venue]
                        dref = _date_of(doc, ctx.dates, sent, after_venue)
                if not venues and not remote:
                    there = _there(doc, sent, hit, drafts, ctx.places)
                    if there is not None:
                        venues, basis = [there[0]], there[1]  # "will host both leaders there again"
                if not venues and not remote and not noun:
                    coord = coordinated_place(doc, sent, hit.start, spans)
                    if coord is not None:
                        venues, basis = [coord], "sentence"  # "addressed the Knesset in Jerusalem and met X"
                if not venues and not remote and _deictic(doc, sent, hit, spans, dl_place):
                    venues, basis = [dl_place], "dateline"  # "talks here", "at this Red Sea resort"
                if not venues and not remote and _dateline_fallback(doc, sent, hit, spans, dl_place):
                    venues, basis = [dl_place], "dateline"  # "received X at the presidential palace"
                if not venues and not remote and not quoted:  # venues.py: the sentence before, the dateline
                    before = previous_sentence_venue(doc, sent, hit, spans, drafts, dref)
                    if before is not None:
                        venues, basis = [before], "previous sentence"
                    elif dateline_local(doc, sent, hit, spans, dl_place, dref):
                        venues, basis = [dl_place], "dateline"
                if "placed" in hit.trig.flags and not venues:
                    continue  # "a session", "signed in 2001": only a placed gathering is an event here
                if "dated" in hit.trig.flags and not any(d.start >= hit.end for d in own_dates):
                    continue  # "welcomed the agreement reached in Vienna": an accord named, not when its parties met
                anaphoric = noun and _is_anaphoric(doc, sent, hit, spans)
                contrast = noun and _is_contrast(doc, sent, hit)
                rel = re.match(r"\s+(?:\S+\s+){0,2}?(?:that|which)\b", text[hit.end:sent.end])
                # (", which began on Tuesday": the course of one gathering, no kind of talks)
                generic = _GENERIC_PLURAL.match(hit.text) and rel and not (
                    "," in rel.group(0) and _SPAN_CLAUSE.match(text, hit.end + rel.group(0).rindex(",")))
                if quoted and not anaphoric:
                    continue  # a meeting named inside a quotation is talk about it, not a report of it
                if "object_actor" in hit.trig.flags and not _actor_object(text, hit, spans.actors, spans):
                    continue  # "received" a visitor, not "received reports"
                if "person" in hit.trig.flags and not person_subject(text, sent, hit.start):
                    continue  # "a verdict is expected in Cairo": no visitor
                if "leaders" in hit.trig.flags and not _leaders_subject(text, sent, hit):
                    continue  # "thousands gathered in the square": a crowd, no meeting
                if "signing" not in hit.trig.flags and _non_diplomatic(text, sent, hit):  # warring armies sign
                    continue
                if anaphoric:
                    own = own_dates[0] if own_dates else None
                    ante = _antecedent(drafts, hit.type, venues[0] if venues else None, own, sent,
                                       gathering=hit.trig.pos == "noun" and hit.trig.cameo == "043", status=status)
                    if ante is not None:
                        _merge(ante, venues[0] if venues else None,
                               _date_of(doc, ctx.dates, sent, own) if own is not None else None, host)
                        resolved[hit.type] = ante
                        continue
                    if quoted:
                        continue
                if generic and hit.type == "meeting":
                    continue
                if status == "planned" and not own_dates and shifted is None and dref.basis in ("article", "none", "") \
                        and _CONDITION_AFTER.match(text, hit.end, sent.end):
                    continue  # "Cairo would host a conference once a ceasefire was reached": not yet, no date
                # a second mention of the same kind in the same sentence, with nothing new, is the same event (not
                # a placed plan after a past one: "told the gathering that Cairo would host a conference")
                same = resolved.get(hit.type)
                # "hosted talks", "convened a meeting": the object of a meeting verb is that meeting, dates and all
                adjacent = same is not None and same.hit.sent is sent and same.hit.end <= hit.start and \
                    bool(_VERB_OBJECT.fullmatch(text, same.hit.end, hit.start))
                # a gathering noun is no repeat of talks of another kind ("agreed to launch negotiations ...,
                # Bush announced at the opening of the conference": the conference is a happening of its own)
                if same is not None and noun and hit.trig.pos == "noun" and hit.trig.cameo == "043" and not _gathering(same) \
                        and not adjacent:
                    same = None
                if same is not None and (not contrast or adjacent) and not same.side and (not own_dates or adjacent) \
                        and len(venues) <= 1 and (same.status == status or not venues or (
                            same.hit.start < hit.end and hit.start < same.hit.end)) \
                        and (not venues or same.venue is None or compatible(same.venue, venues[0])):
                    # (an adjacent verb's own date is the meeting's when it has none: "consultations hosted by the
                    # GCC in Riyadh, which began on Tuesday")
                    _merge(same, venues[0] if venues else None, dref if adjacent and own_dates else None, host)
                    continue
                if len(venues) == 1:
                    # a mention with a contrast word ("several rounds of talks", "another meeting") is no repeat
                    # (a date the sentence gives through a clause is the mention's own: "last met on August 14, when
                    # X visited Beirut" is no repeat of this week's visit to Beirut)
                    dated = bool(own_dates) or shifted is not None or dref.basis in ("explicit", "relative")
                    prior = None if contrast else _same_happening(drafts, hit.type, venues[0], dref, dated, status)
                    if prior is not None:
                        # (an undated earlier mention, a caption, takes this one's day: ``_same_happening``)
                        _merge(prior, venues[0], dref if own_dates or dated and not prior.date_explicit else None, host)
                        resolved[hit.type] = prior
                        continue
                    if not clause_dates and shifted is None:
                        # "visited Ramallah, where he met Abbas": the visit's date, in the sentence
                        other = next((d for d in reversed(drafts) if d.hit.sent is sent and d.type in VENUE_TYPES
                                      and d.venue is not None and compatible(d.venue, venues[0]) and d.date_explicit
                                      and not d.remote), None)
                        if other is None and dref.basis in ("article", "none", ""):
                            # "In Gaza, Kamel met Sinwar" after "he visited Gaza on Monday": the visit's date; in the
                            # next sentence a city of the visited country ("visited Turkey on March 9. Erdogan
                            # received him in Ankara")
                            # (the sentence before first, its main clause first: "X became the first to visit
                            # Turkey since Y addressed parliament in Ankara in 2007. Erdogan received him in Ankara")
                            prev = _prev_body(doc, sent)
                            placed = [d for d in drafts if d.type in VENUE_TYPES and d.venue is not None
                                      and d.date_explicit and not d.remote]
                            other = next((d for d in sorted(placed, key=lambda d: d.hit.start) if d.hit.sent is prev
                                          and compatible(d.venue, venues[0])), None) or \
                                next((d for d in reversed(placed) if d.venue.value == venues[0].value), None)
                        if other is not None:
                            dref = other.date
                if not own_dates and dref.basis == "article":
                    # narrative time: "X met Y on Friday. X also held talks with Z in Washington."
                    prev = _previous_dated(drafts, doc, sent)
                    if prev is not None and re.search(r"\b(?:also|later|then|afterwards|subsequently)\b",
                                                      text[sent.start:hit.start], re.I):
                        dref = prev.date
                    elif (signed := previous_signing(drafts, doc, sent, hit)) is not None:
                        dref = signed.date  # "X and Y yesterday signed a memorandum. The agreement was signed in Z"
                    elif venues and status == "happened" and doc.published_basis != "manifest":
                        # an undated article (its date inferred from the latest it names): a placed meeting with no
                        # date of its own happened at the narrative time, the previous sentence's first day
                        # ("X returned on September 1 ... At the Y Residence in Z, X met the leaders")
                        day = _narrative_day(doc, ctx.dates, sent)
                        if day is not None:
                            dref = day
                leg_dates = _leg_dates(doc, venues, spans) if len(venues) > 1 else {}
                for v in venues or [None]:
                    if v is not None and v.start not in leg_dates and len({m.value for m in leg_dates.values()}) > 1:
                        continue  # a list of legs dated one by one: an undated leg has no day of the others ("met
                        # in Geneva in January, in Montreux in early March and nearly every day in Lausanne")
                    vref = _date_of(doc, ctx.dates, sent, leg_dates[v.start]) if v is not None \
                        and v.start in leg_dates else dref
                    drafts.append(_Draft(hit, hit.type, hit.trig.cameo or et.cameo, v, vref,
                                         bool(own_dates) or dref.basis in ("explicit", "relative"), status, remote,
                                         side=contrast, actors=spans.actors, actor1=a1, actor2=a2, host=host,
                                         extra_id=(v.value if v is not None and len(venues) > 1 else ""),
                                         loc_basis=basis if v is not None else "", own_dated=bool(own_dates),
                                         noun=noun, places_in=spans.places, undated=reduced))
                    resolved[hit.type] = drafts[-1]
                continue
            # other types: one event per type and sentence
            if hit.type in per_type:
                continue
            if quoted and hit.type in QUOTE_SKIP:
                continue  # violence named inside a quotation is the speaker's account, not a report
            if _noun_trigger(doc, sent, hit) and _is_anaphoric(doc, sent, hit, spans) and \
                    any(d.type == hit.type and d.hit.sent is not sent for d in drafts):
                continue  # "the invitation", "the decision": an event already reported
            places = attached_places(doc, sent, hit.start, hit.end, spans, noun=_noun_trigger(doc, sent, hit),
                                     max_head=6)
            loc = venue_groups(places)
            loc_basis = "attached"
            if dref.basis == "article" and not own_dates:
                # "held a meeting in Aqaba last month, where they pledged ...": the meeting's date and place
                mate = next((d for d in reversed(drafts) if d.hit.sent is sent and d.type in VENUE_TYPES
                             and d.date_explicit and not d.remote), None)
                if mate is not None:
                    dref = mate.date
                    if mate.venue is not None and (not loc or compatible(mate.venue, loc[0])):
                        loc, loc_basis = [mate.venue], "sentence"
            d = _Draft(hit, hit.type, hit.trig.cameo or et.cameo, None, dref, dref.basis in ("explicit", "relative"),
                       status, actors=spans.actors, actor1=a1, actor2=a2, host=host,
                       location=loc[0] if loc else None, loc_basis=loc_basis if loc else "")
            per_type[hit.type] = d
            drafts.append(d)

    drafts = _fold_visit_frames(doc, drafts)
    _inherit_sentence_places(drafts)
    _dateline_gatherings(drafts, dl_place)
    _dateline_lede(doc, drafts, dl_place)
    _narrow_country_venues(drafts, dl_place)
    stay_venues(drafts)
    drafts = fold_arrivals(drafts)  # "arrived in Riyadh on Thursday night" for the summit there on Saturday
    drafts = accord_gatherings(doc, drafts, ctx.dates, ctx.places)  # "agreed in Sochi on Monday"
    drafts = body_sessions(doc, drafts, ctx.dates)  # "The UN Security Council met on Thursday": New York
    _planned_next_date(doc, ctx.dates, drafts)
    drafts = coordinated_years(doc, ctx.dates, drafts)  # "in Baghdad in 2021 and 2022": one round a year

    events = [_to_event(doc, d, types) for d in drafts]
    events = _statement_events(ctx, statements, events, types)
    events += _casualty_events(ctx, casualties, types)
    return _unique_ids(sorted(events, key=lambda e: (e.start, e.event_type, e.location)))


def _body_before(doc: Document, sent: Sentence) -> str:
    """The body sentences before ``sent``, joined (what a definite "the ceremony" may refer back to)."""
    return " ".join(s.text for s in doc.sentences[:sent.index] if s.region == "body")


def _joined(values) -> str:
    out: list[str] = []
    for v in values:
        for part in (v or "").split(";"):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return "; ".join(out)


def _to_event(doc: Document, d: _Draft, types: dict[str, EventType]) -> Event:
    et = types[d.type]
    place = d.venue if d.type in VENUE_TYPES else d.location
    if d.remote:
        place = None
    # A planned trip or meeting whose venue is only a country ("is due to travel to Turkey on Tuesday", "will meet
    # in Tunisia") has no site yet: it keeps the country's name and code but no point on the map.
    unsited = place is not None and d.type in VENUE_TYPES and d.status == "planned" and place.place_type == "country"
    if place is not None and d.type in VENUE_TYPES and place.place_type == "country":
        city = same_name_capital(place)  # "travel to Luxembourg", "talks in Singapore": the city of that name
        if city is not None:
            place, unsited = replace(place, lat=round(city.lat, 5), lon=round(city.lon, 5)), False
    s = d.hit.sent
    ev = Event.make(doc.article_id, event_type=d.type, start=s.start, end=s.end, trigger=d.hit.text,
                    cameo=d.cameo, quad_class=et.quad_class, date=d.date.value, date_start=d.date.date_start,
                    date_end=d.date.date_end, date_precision=d.date.precision, date_basis=d.date.basis,
                    location=place.value if place else "", lat=place.lat if place and not unsited else None,
                    lon=place.lon if place and not unsited else None, country_code=place.country_code if place else "",
                    actor1=d.actor1, actor2=d.actor2,
                    actors=_joined(a.value for a in d.actors if not non_participant(a)),  # no agencies, embassies
                    factions=_joined(a.faction for a in d.actors), host=d.host, status=d.status,
                    sentence=s.text, region=s.region)
    if d.extra_id:
        ev = ev.replace(event_id=stable_id(ev.event_id, d.extra_id))
    if "location_basis" in EVENT_COLUMNS:  # the column is optional in lib.models
        ev = ev.replace(location_basis=d.loc_basis if place else "")
    return ev


STANCE_TYPE = {"reject": "rejection", "condemn": "condemnation", "demand": "demand", "threat": "threat",
               "neutral": "statement"}


SPEECH_TYPES = ("rejection", "condemnation", "demand", "appeal", "threat", "statement")


def _statement_events(ctx, statements: Iterable[Statement], events: list[Event], types) -> list[Event]:
    """``events`` plus one event per statement, typed by its stance. When a trigger already gave a speech act
    (rejection, condemnation, demand, appeal, threat) in the statement's sentence, that event gets the speaker
    instead of a second event."""
    from lib.extract.dates import governing_date

    doc = ctx.doc
    out = list(events)
    seen = set()
    for st in statements or ():
        sent = doc.sentence_at(st.start)
        if sent is None or sent.region in SKIP_REGIONS or sent.duplicate_of is not None:
            continue
        etype = STANCE_TYPE.get(st.stance, "statement")
        speech = [i for i, e in enumerate(out) if e.start == sent.start and e.event_type in SPEECH_TYPES]
        if speech:
            i = next((i for i in speech if out[i].event_type == etype), speech[0])
            if not out[i].actor1 and st.speaker:
                out[i] = out[i].replace(actor1=st.speaker, factions=_joined([st.faction, out[i].factions]))
            elif st.statement_group and out[i].actor1 == st.speaker:  # a joint statement: one row per faction
                out[i] = out[i].replace(factions=_joined([out[i].factions, st.faction]))
            continue
        if (sent.index, etype) in seen:
            continue
        seen.add((sent.index, etype))
        et = types[etype]
        dref = governing_date(doc, ctx.dates, sent, st.quote_start or st.start)
        if st.date and st.date_basis in ("explicit", "relative"):
            date, basis, ds, de, prec = st.date, st.date_basis, dref.date_start, dref.date_end, dref.precision
            if st.date != dref.value:
                ds = de = prec = ""
        else:
            date, basis, ds, de, prec = dref.value, dref.basis, dref.date_start, dref.date_end, dref.precision
        out.append(Event.make(doc.article_id, event_type=etype, start=sent.start, end=sent.end,
                              trigger=st.reporting_verb or st.stance, cameo=et.cameo, quad_class=et.quad_class,
                              date=date, date_start=ds, date_end=de, date_precision=prec, date_basis=basis,
                              actor1=st.speaker, actors=st.speaker, factions=_joined([st.faction]),
                              status="happened", sentence=sent.text, region=sent.region))
    return out


def _casualty_events(ctx, casualties: Iterable[CasualtyClaim], types) -> list[Event]:
    """One casualty_report event per sentence with top-level casualty claims."""
    from lib.extract.dates import governing_date

    doc = ctx.doc
    by_sent: dict[int, list[CasualtyClaim]] = {}
    for c in casualties or ():
        if c.parent_id:
            continue
        sent = doc.sentence_at(c.start)
        if sent is None or sent.region in SKIP_REGIONS or sent.duplicate_of is not None:
            continue
        by_sent.setdefault(sent.index, []).append(c)
    et = types["casualty_report"]
    out = []
    for idx, claims in by_sent.items():
        sent = doc.sentences[idx]
        first = claims[0]
        dref = governing_date(doc, ctx.dates, sent, first.text_start)
        place = next((p for p in ctx.places if sent.start <= p.start and p.end <= sent.end
                      and first.location and p.value == first.location), None)
        trig = "; ".join(f"{c.count if c.count is not None else ''} {c.outcome} {c.group}".strip() for c in claims)
        out.append(Event.make(doc.article_id, event_type="casualty_report", start=sent.start, end=sent.end,
                              trigger=trig, cameo=et.cameo, quad_class=et.quad_class,
                              date=first.date or dref.value, date_start=dref.date_start if not first.date else "",
                              date_end=dref.date_end if not first.date else "", date_precision=dref.precision if not first.date else "",
                              date_basis=first.date_basis if first.date else dref.basis,
                              location=first.location, lat=place.lat if place else None,
                              lon=place.lon if place else None, country_code=place.country_code if place else "",
                              # who reports a toll only tells of it (no side of it); an agency or "sources" is
                              # no participant at all
                              actor1="", actors="" if _teller_only(ctx, sent, first.reported_by) else first.reported_by,
                              status="reported-claim", sentence=sent.text, region=sent.region))
    return out


def _teller_only(ctx, sent, name: str) -> bool:
    """Is the reporter of a figure a news agency, an embassy or "sources" (by its actor mention in the sentence,
    else by its name)?"""
    from lib.models import Mention

    m = next((a for a in ctx.actors if sent.start <= a.start and a.end <= sent.end and a.value == name), None)
    return non_participant(m or Mention.make(ctx.doc.article_id, kind="actor", text=name, start=0, end=0, value=name))


def _unique_ids(events: list[Event]) -> list[Event]:
    seen: set[str] = set()
    out = []
    for e in events:
        if e.event_id in seen:
            e = e.replace(event_id=stable_id(e.event_id, e.location, e.date, len(out)))
        seen.add(e.event_id)
        out.append(e)
    return out
