"""One happening, one row: which mentions of meetings and visits are the same event, and article-level placing.

Idea: a definite mention ("the meeting", "Haniyeh's visit") refers back to the latest compatible event of its
kind and may refine its venue; an undated repeat of a placed meeting is that meeting. After all sentences,
unplaced meetings take the place of their sentence's agreement or placed meeting, unplaced gatherings and lede
meetings the dateline city, and a country venue the one city of the same days inside it.

Example:
    >>> _near_duplicate(set("a b c d e f g h".split()), [set("a b c d e f g h i".split())])
    True
"""
from __future__ import annotations

import math
import re

from lib.extract.events.periods import _DateLike, _dates_overlap
from lib.extract.events.text import VENUE_TYPES
from lib.extract.events.triggers import _Draft
from lib.extract.events.venues import _most_specific, compatible
from lib.models import Document, Mention, Sentence


def _merge(d: _Draft, venue: Mention | None, date, host: str) -> None:
    """Fold another mention into an event: a more specific compatible venue, a first explicit date, a host."""
    d.n_mentions += 1
    if venue is not None and not d.remote and compatible(d.venue, venue):
        best = _most_specific(d.venue, venue)
        if best is not d.venue:
            d.venue, d.loc_basis = best, "attached"
    if date is not None and not d.date_explicit:
        d.date, d.date_explicit = date, True
    if host and not d.host:
        d.host = host


def _topic_place(text: str, at: int) -> bool:
    """Is the place at ``at`` the place of a topic noun right before it ("a ceasefire in Hodeidah", "the fighting
    in Gaza"; ``attach.LOCATED_TOPICS``)?

    >>> t = "the two sides agreed to a ceasefire in Hodeidah"
    >>> _topic_place(t, t.index("Hodeidah")), _topic_place("they agreed in Aqaba", 15)
    (True, False)
    """
    from lib.extract.events.attach import LOCATED_TOPICS

    m = re.search(r"([A-Za-z-]+)\s+(?:in|for|across|around|along|on)\s+(?:the\s+)?$", text[max(0, at - 40):at])
    return bool(m) and m.group(1).lower() in LOCATED_TOPICS


def _inherit_sentence_places(drafts: list[_Draft]) -> None:
    """A meeting or visit with no venue takes the place of an agreement, ceasefire or located meeting in its sentence
    with the same status and overlapping dates ("officials agreed in Aqaba on Sunday ..., according to a communiqué
    issued at the end of the meeting"), and that event's date when it has none of its own."""
    for d in drafts:
        if d.type != "meeting" or d.venue is not None or d.remote or d.side:
            continue  # a visit's place is its destination, never the place it came from ("arrived from X, where")
        for o in drafts:
            if o is d or o.hit.sent is not d.hit.sent or o.status != d.status or o.remote:
                continue
            place = o.location if o.type in ("agreement", "ceasefire") else o.venue if o.type in VENUE_TYPES else None
            if place is None or o.type == "ceasefire" and _topic_place(o.hit.sent.text, place.start - o.hit.sent.start):
                continue  # "agreed to a ceasefire in Hodeidah": where the truce holds, not where the talks were
            if d.date_explicit and not _dates_overlap(o.date, d.date):
                continue
            if not d.date_explicit and o.type in VENUE_TYPES and not d.noun:
                continue  # "X, who visited Cairo in May, met Y": an undated verb does not share the visit's place
            lo, hi = sorted((o.hit.start, d.hit.start))
            if re.search(r"[,;]\s*(?:and|but|while|whereas)\s", o.hit.sent.text[lo - o.hit.sent.start:hi - o.hit.sent.start]):
                continue  # "The talks were useful, and Abbas flew to Ramallah": another clause's place
            d.venue, d.loc_basis = place, "sentence"
            if not d.own_dated and o.date_explicit:
                d.date, d.date_explicit = o.date, True
            break


# a visit named as the frame of a meeting ("met X during his visit to Cairo", "on a two-day trip to Y")
_FRAME_BEFORE = re.compile(r"\b(?:during|on|while\s+on|in\s+the\s+course\s+of|at\s+the\s+end\s+of|amid)\s+"
                           r"(?:(?:his|her|their|its|a|an|the|this|that)\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)


def _fold_visit_frames(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """One happening, one row: a visit that frames a meeting of its sentence ("Abbas met Sisi during his visit to
    Cairo") is that meeting's context, not an event of its own. The meeting takes the visit's place and date when it
    has none; the visit row goes. A visit to a place the meeting is not in ("met X in Amman during a tour of the
    Gulf") stays.

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.events.triggers import find_triggers
    >>> from lib.extract.dates import DateRef
    >>> d = document_from_text("a", "Abbas met Sisi during his visit to Cairo.")
    >>> met, visit = find_triggers(d, d.sentences[0])
    >>> r = DateRef("2023-03-19", basis="article")
    >>> m, v = _Draft(met, "meeting", "040", None, r, False, "happened"), _Draft(visit, "visit", "042", None, r, False,
    ...                                                                          "happened", noun=True)
    >>> [x.type for x in _fold_visit_frames(d, [m, v])]
    ['meeting']
    """
    drop = set()
    for v in drafts:
        if v.type != "visit" or not v.noun or v.remote or \
                not _FRAME_BEFORE.search(doc.text, max(v.hit.sent.start, v.hit.start - 60), v.hit.start):
            continue
        m = next((m for m in drafts if m.type == "meeting" and m.hit.sent is v.hit.sent and not m.side and not m.remote
                  and m.status == v.status and not re.search(r"[;:]", doc.text[min(m.hit.end, v.hit.end):
                                                                                 max(m.hit.start, v.hit.start)])
                  and (m.venue is None or v.venue is None or compatible(m.venue, v.venue))), None)
        if m is None:
            continue
        if m.venue is None and v.venue is not None:
            m.venue, m.loc_basis = v.venue, "sentence"
        if not m.date_explicit and v.date_explicit:
            m.date, m.date_explicit = v.date, True
        m.n_mentions += v.n_mentions
        drop.add(id(v))
    return [d for d in drafts if id(d) not in drop]




def _gathering(d: _Draft) -> bool:
    """Is the draft a multilateral gathering named by a noun (conference, summit, gathering: CAMEO 043)?"""
    return d.type == "meeting" and d.noun and d.hit.trig.pos == "noun" and d.hit.trig.cameo == "043"


def _dateline_gatherings(drafts: list[_Draft], dl_place: Mention | None) -> None:
    """A conference, summit or gathering the article never places is held in its dateline city ("ANNAPOLIS —
    ... the first time the kingdom joined such a gathering"), when no other gathering of the article (not a
    "next" or planned one) is placed elsewhere and no city outside the dateline's country comes before it in its
    sentence (a later one is a topic: "a summit with a call for a ceasefire in Gaza"). Planned and negated
    ones stay unplaced."""
    if dl_place is None or dl_place.place_type != "settlement" or dl_place.lat is None:
        return
    if any(_gathering(o) and o.venue is not None and not compatible(o.venue, dl_place) and not o.side
           and o.status in ("happened", "reported-claim") for o in drafts):
        return  # the article places its gatherings elsewhere: an unplaced one could be any of them
    for d in drafts:
        if not _gathering(d) or d.venue is not None or d.remote or d.side or d.status not in ("happened",
                                                                                              "reported-claim"):
            continue
        if any(p.place_type != "country" and p.country_code != dl_place.country_code and p.end <= d.hit.start
               and p.start >= dl_place.end for p in d.places_in):
            continue  # "In Gaza, thousands rallied against the conference": the sentence is elsewhere
        d.venue, d.loc_basis = dl_place, "dateline"


def _dateline_lede(doc: Document, drafts: list[_Draft], dl_place: Mention | None) -> None:
    """A meeting noun reported in the dateline's own sentence ("NUR-SULTAN, Dec. 22 (Xinhua) -- The guarantors wrapped up
    two days of talks on Wednesday") that has no venue happened in the dateline city, unless that sentence names a
    city or region outside the dateline's country before the meeting."""
    if dl_place is None or dl_place.place_type != "settlement" or dl_place.lat is None:
        return
    lede = {s.index for r in doc.regions if r.kind == "dateline" for s in doc.sentences
            if s.start <= r.start < s.end}
    for d in drafts:
        if d.type != "meeting" or not d.noun or d.venue is not None or d.remote or d.side or d.hit.sent.index not in lede \
                or d.status not in ("happened", "reported-claim"):
            continue
        if any(p.place_type != "country" and p.country_code != dl_place.country_code and p.end <= d.hit.start
               and p.start >= dl_place.end for p in d.places_in):
            continue
        d.venue, d.loc_basis = dl_place, "dateline"


def _narrow_country_venues(drafts: list[_Draft], dl_place: Mention | None) -> None:
    """A country venue becomes the city where the article places a meeting or visit of the same days inside
    that country ("visited Israel ... met Netanyahu in Jerusalem"), else the dateline city inside it."""
    located = [d for d in drafts if d.type in VENUE_TYPES and d.venue is not None and d.venue.place_type == "settlement"]
    for d in drafts:
        if d.type not in VENUE_TYPES or d.venue is None or d.venue.place_type != "country" or not d.venue.country_code:
            continue
        same = [o for o in located if o.venue.country_code == d.venue.country_code and _dates_overlap(o.date, d.date)
                and _article_or_overlap(o, d)]
        cities = {o.venue.value for o in same}
        if len(cities) == 1:
            d.venue, d.loc_basis = same[0].venue, "article"
        elif not cities and dl_place is not None and dl_place.place_type == "settlement" \
                and dl_place.country_code == d.venue.country_code:
            d.venue, d.loc_basis = dl_place, "dateline"
        elif not cities and d.type == "visit" and not d.date_explicit and d.status == "happened":
            # an undated trip to a country in the news of a dated gathering there in the days before: that
            # gathering's city and day ("Trump, who flew to Egypt after ..." after "the summit in Sharm el-Sheikh on
            # Monday")
            recent = [o for o in located if o.venue.country_code == d.venue.country_code and o.date_explicit
                      and o.status == "happened" and _days_before(o.date, d.date) is not None]
            if len({o.venue.value for o in recent}) == 1:
                d.venue, d.loc_basis = recent[0].venue, "article"
                d.date, d.date_explicit = recent[0].date, True


def _days_before(a, b, most: int = 3) -> int | None:
    """How many days the day ``a`` lies before (or on) the day ``b``, when at most ``most``; None otherwise.

    >>> from lib.extract.dates import DateRef
    >>> _days_before(DateRef("2025-10-13"), DateRef("2025-10-14")), _days_before(DateRef("2025-10-01"), DateRef("2025-10-14"))
    (1, None)
    """
    from datetime import date

    if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.value or "") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", b.value or "")):
        return None
    n = (date.fromisoformat(b.value) - date.fromisoformat(a.value)).days
    return n if 0 <= n <= most else None


_ARRIVAL = re.compile(r"(?:arrive|arrives|arrived|arriving|arrival|landed\s+in|lands\s+in|touched\s+down\s+in)$", re.I)


def fold_arrivals(drafts: list[_Draft]) -> list[_Draft]:
    """One trip, one row: an arrival in a city on the eve of the meeting it came for, there one to three days later
    ("arrived in Riyadh on Thursday night. ... the summit in Riyadh on Saturday", "who arrived in Tehran on Sunday
    evening, held talks in Tehran"), is that meeting's journey, not a happening of its own: the arrival row goes.
    An arrival with no later meeting in its city stays (it is the visit).

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.events.triggers import find_triggers
    >>> from lib.extract.dates import DateRef
    >>> d = document_from_text("a", "He arrived in Riyadh on Thursday. The summit opened in Riyadh on Saturday.")
    >>> ry = Mention.make("a", kind="place", text="Riyadh", start=14, end=20, value="Riyadh", place_type="settlement")
    >>> a = _Draft(find_triggers(d, d.sentences[0])[0], "visit", "042", ry, DateRef("2024-03-07"), True, "happened")
    >>> m = _Draft(find_triggers(d, d.sentences[1])[0], "meeting", "043", ry, DateRef("2024-03-09"), True, "happened")
    >>> [x.type for x in fold_arrivals([a, m])]
    ['meeting']
    """
    drop = set()
    for a in drafts:
        if a.type != "visit" or a.venue is None or a.venue.place_type != "settlement" or not a.date_explicit \
                or a.remote or a.status != "happened" or not _ARRIVAL.search(a.hit.text):
            continue
        for o in drafts:
            if o is a or o.type != "meeting" or o.venue is None or o.venue.value != a.venue.value or o.remote \
                    or o.status not in ("happened", "reported-claim"):
                continue
            n = _days_before(a.date, o.date)
            if n is not None and n >= 1:
                drop.add(id(a))
                break
    return [d for d in drafts if id(d) not in drop]


def _article_or_overlap(a: _Draft, b: _Draft) -> bool:
    """Two drafts could share a date: both explicitly dated and overlapping, or one dated by publication only."""
    return not (a.date_explicit and b.date_explicit) or _dates_overlap(a.date, b.date)


def _same_happening(drafts: list[_Draft], etype: str, venue: Mention, dref, explicit: bool, status: str) -> _Draft | None:
    """An earlier event this new, non-definite mention repeats: same type and venue (or a venue inside the other),
    and either no date of its own (a repeat: "Blinken met Netanyahu in Jerusalem") or the same status and
    overlapping dates."""
    for d in reversed(drafts):
        if d.type != etype or d.side or d.remote or d.venue is None or not compatible(d.venue, venue):
            continue
        if d.venue.place_type == "country" and venue.place_type == "country" and d.venue.value != venue.value:
            continue
        if not explicit and d.status == status:
            return d
        if explicit and d.status == status and d.date_explicit and _dates_overlap(d.date, dref):
            return d
        if explicit and d.status == status and d.undated and not d.date_explicit:
            return d  # "the accord signed in X" ... "the accord was signed at Y on Friday"
        if explicit and d.status == status and not d.date_explicit and d.venue.value == venue.value \
                and _days_before(dref, d.date) is not None:
            return d  # a caption "The signing ceremony on the South Lawn" ... "signed yesterday at a ceremony there"
    return None


def _near_duplicate(toks: set[str], seen: list[set[str]]) -> bool:
    """Is a sentence (as a token set) nearly contained in an earlier one, or the reverse (>= 90% of the shorter)?

    ``seen`` as a ``SeenSentences`` compares only the sentences that can qualify (the same answer, without
    comparing every pair of sentences of a long article)."""
    if isinstance(seen, SeenSentences) and len(seen) > SeenSentences.INDEX_FROM:
        seen = [seen[k] for k in seen.candidates(toks)]
    for other in seen:
        small, big = (toks, other) if len(toks) <= len(other) else (other, toks)
        if len(small) >= 8 and len(small & big) >= 0.9 * len(small):
            return True
    return False


class SeenSentences(list):
    """The token sets of the sentences read so far (a list), indexed so that ``_near_duplicate`` compares a new
    sentence only with those that can be near duplicates of it.

    A near duplicate shares >= 90% of the smaller set, so the smaller set has at most ``_slack`` words outside the
    other: any ``_slack + 1`` of its words include one of the other's. Candidates are the sets that contain one of
    the new set's ``_slack + 1`` rarest words (the new set is the smaller) and the sets one of whose own
    ``_slack + 1`` key words is in the new set (the earlier set is the smaller). Sets of fewer than 8 words never
    qualify. The index is built only once an article has more than ``INDEX_FROM`` sentences (below that,
    comparing every pair is cheaper).

    >>> seen = SeenSentences()
    >>> seen.append(set("a b c d e f g h i".split()))
    >>> _near_duplicate(set("a b c d e f g h".split()), seen), _near_duplicate(set("a b c d e f x y".split()), seen)
    (True, False)
    >>> seen.candidates(set("a b c d e f g h".split())), seen.candidates(set("p q r s t u v w".split()))
    ([0], [])
    """

    INDEX_FROM = 64

    def __init__(self) -> None:
        super().__init__()
        self._with: dict[str, list[int]] = {}  # word -> indices of the sets containing it
        self._keyed: dict[str, list[int]] = {}  # word -> indices of the sets that chose it as a key word
        self._indexed = 0  # sets [0, _indexed) are in the index

    def _keys(self, toks: set[str]) -> list[str]:
        """The set's ``_slack + 1`` rarest words (so far); sorted for a deterministic choice."""
        return sorted(toks, key=lambda w: (len(self._with.get(w, ())), w))[:_slack(len(toks)) + 1]

    def _index(self) -> None:
        for k in range(self._indexed, len(self)):
            toks = self[k]
            if len(toks) < 8:
                continue
            for w in self._keys(toks):
                self._keyed.setdefault(w, []).append(k)
            for w in toks:
                self._with.setdefault(w, []).append(k)
        self._indexed = len(self)

    def candidates(self, toks: set[str]) -> list[int]:
        """Indices of the sets that can be near duplicates of ``toks`` (every other one cannot)."""
        if len(toks) < 8:
            return []
        self._index()
        found = {k for w in self._keys(toks) for k in self._with.get(w, ())}
        found.update(k for w in toks for k in self._keyed.get(w, ()))
        return sorted(found)


def _slack(n: int) -> int:
    """How many of a set of ``n`` words may be missing from the other set for a near duplicate."""
    return n - math.ceil(0.9 * n)


def _antecedent(drafts: list[_Draft], etype: str, venue: Mention | None, own_date, sent: Sentence,
                gathering: bool = False, status: str = "") -> _Draft | None:
    """The latest earlier event of the same kind that a definite mention can refer to.

    A mention that names a venue prefers an event already placed there (or inside it) to one without a venue.
    A multilateral gathering ("the conference", "such a gathering") refers back only to a gathering or a hosted,
    convened meeting (CAMEO 043), not to a two-party meeting ("Bush met Olmert").
    """
    fallback = None
    for d in reversed(drafts):
        if d.type != etype or d.side or gathering and d.hit.trig.cameo != "043":
            continue
        if venue is not None and not d.remote and not compatible(d.venue, venue):
            continue
        if own_date is not None and d.date_explicit and not _dates_overlap(d.date, _DateLike(own_date)):
            continue
        if venue is not None and d.venue is None:
            # a phone call is no meeting a placed mention refers back to ("received a call from X ... ahead of the
            # meetings of the delegations in Cairo"), nor is a past meeting a planned one ("We negotiated with X" ...
            # "the signing ceremony, which is expected to take place at the UN post in Naqoura")
            if not d.remote and not (status == "planned" and d.status == "happened"):
                fallback = fallback or d
            continue
        return d
    return fallback
