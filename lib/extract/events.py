"""Events: typed, coded, dated happenings, one per real happening in an article.

Rules, in order:

1. **Triggers** (``lib/data/event_triggers.csv``): a word or pattern -> an event type of the documented
   vocabulary (``lib/data/event_types.csv``: CAMEO root code, QuadClass). Sentences in boilerplate, credits,
   related links, foreign text and headlines are skipped; a repeated sentence (``duplicate_of``) is read once.
2. **Arguments** of each trigger, from the mentions of the other stages: the date from ``dates.governing_date`` at
   the trigger, or at the trigger's own time expression when one is attached to it in its clause ("who visited
   Cairo, Jerusalem and Ramallah last month ..., said on Monday": last month); places *attached* to the trigger (a
   locative phrase after it with no clause break in between, "talks in Egypt", "met in the Russian Embassy in
   Cairo", "visited Ramallah", or a place just before it, "the Sharm al-Sheikh conference", "to Cairo for talks",
   "Ramallah, where he met"; who convened it is no break, "met under U.N. auspices in X"; a sentence-opening
   locative phrase reaches the main clause across relative clauses but not across a time relation, a topic or a
   report, "At a U.N. post in the border town of X, each side handed ... in a ceremony"; another meeting or visit
   word in between takes the place itself, "attended summits with Gulf leaders, and Y's visit to Beijing"; "in X
   during a visit"; "there" is the venue of the placed meeting before it; a seat building after a preposition names
   its city, "at the White House", ``lib/data/places_landmarks.csv``; each place of a trip takes the date written
   after it, "travel on to Rabat on Tuesday and to Algiers on Wednesday"); actor1 (the nearest actor before the
   trigger), actor2 (the first after it), every actor and faction of the sentence, the host ("hosted", "received
   his counterpart", "hosted by X").
3. **Modality** (``lib/data/modality_cues.csv``): negated ("did not vote", "have not ruled out"), planned
   ("is scheduled to arrive", "would", a date after publication), reported-claim ("reportedly",
   "according to"), else happened.
4. **One event per happening** for meetings and visits: a definite mention ("the meeting", "the talks", "Haniyeh's
   visit", "the Sharm al-Sheikh conference") refers back to the latest compatible event of its kind and may refine
   its venue (a city inside the country named first); a mention with a contrast word ("similar talks", "another
   meeting") is a new event that later definite mentions skip. A venue is the most specific attached place; a
   country venue is narrowed to the dateline city when that city lies in it. Phone calls and video conferences are
   meetings without a venue. Triggers flagged ``placed`` (a signing, a signing ceremony, a session, an onward leg)
   are events only where a place is found; a signing of an agreement ("the accords were signed at X") is a
   gathering of the parties, a meeting coded CAMEO 057. A conference, summit or gathering the article never places
   is in the dateline city (when no gathering of the article is placed elsewhere); such a noun refers back only to
   a gathering or a hosted meeting. A list of places ("sent officials to Ramallah, Gaza and Tel Aviv") gives one
   event per place. A repeated, undated report of a placed meeting is that meeting; an undated meeting shares the
   date of the visit or meeting it is tied to ("visited Ramallah, where he met Abbas"; "In Gaza, Kamel met ..."
   after a dated visit to Gaza; "X also held talks" right after a dated meeting). Movers that are not diplomats
   ("troops arrived in Jenin") make no visit. A building before the city does not block it ("at Tahrir Palace in
   downtown Cairo"); a meeting in a building with no city named ("received X at the Qubba Palace") is placed in the
   dateline city when the sentence names no place outside that city's country. A meeting without a venue takes the
   place of an agreement, ceasefire or located meeting of its sentence with the same status ("agreed in Aqaba on
   Sunday ..., according to a communiqué issued at the end of the meeting"). How the place was found is kept as
   ``location_basis`` (attached | dateline | sentence | article) when ``lib.models.Event`` has that column.
   A meeting noun that is its clause's subject takes the place and time of its predicate ("Talks to revive the
   2015 deal resumed in Vienna on Monday", "are expected to resume in Jeddah next week", "The visit, the first
   since 2015, began on Thursday"); a date modifying another noun ("the 2015 deal") is never a trigger's; the date
   right after a venue is the trigger's own ("the visit of X, Y, to Sana'a in April"); a relative clause dates a
   scheduled meeting ("the next session in Geneva, which would convene early next year"). A place that is the
   subject of "host" is the venue ("when Algiers hosts the summit"); "received in X yesterday the delegation";
   "is expected in X" is a planned visit; "the previous round was held in X"; a diplomat's post ("Lebanon's
   ambassador to Germany") is never a destination; a meeting noun in the dateline's own sentence with no place is
   in the dateline city. "here" and "at this (Red Sea) resort/city" after a trigger are the dateline city; leaders who
   "gathered" somewhere met there (a crowd did not); "summoned X to Y" convenes a gathering at Y; "on the White House
   lawn" is at that building; a relative clause after a meeting noun gives its place and date ("The negotiations,
   which Kerry relaunched in Washington on July 29, ..."); a new clause with its own subject after a comma ends the
   reach (", and Barak's government survived a vote in the Knesset"), and so does an absolute ", with" phrase; "flew
   on to see X at ... outside Y" goes where X is; an elided leg at the sentence end is a second place (", and in Amman
   later in the week"); a date in a "since" aside before the trigger ("Kerry, on his tenth trip since taking office
   last February, met") is a period's start, not the trigger's date; "the next day", "the following day" and "the
   day before" count one day from the latest meeting or visit dated to a single day, when no other date is named
   between (else they are left to the other rules). A participle's date ("land occupied in 1967", "the accord signed
   in Oslo in 1993") dates no other trigger; "the agreement signed in X" after a dated main clause ("Syria on Saturday
   voiced reservations about ...") is undated there and takes the date of a later report of that signing; a site of
   a country ("the Wye River Plantation in Maryland") is the venue over its region and is no repeat of a city far
   from it; the parties of talks ("between Israeli and Palestinian delegations") do not end the locative reach;
   "hosted talks" is one meeting; "workshop" is a gathering where it is placed; a planned, placed meeting with no
   date takes the one future date of the next sentence when that sentence reports no meeting ("is expected in X
   within weeks. Officials spoke of mid-September."); in an undated article (date inferred) a placed meeting with
   no date is at the previous sentence's first day (narrative time); a date that talks "date back to" is their
   origin, not a meeting's; a placed plan in a sentence that refers back to a past meeting ("told the gathering
   that Cairo would host a conference") is a meeting of its own, and one that waits on a condition ("once a
   ceasefire was reached") with no date of its own is no event yet; "received today at the presidential
   headquarters in X a delegation" is a hosted meeting in X.
5. Statements become statement/rejection/condemnation/demand events (unless a trigger already gave one in
   the sentence); casualty claims become one casualty_report event per sentence.

Example:
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract import Context
    >>> doc = document_from_text("a", "Abbas met Sisi in Cairo. The talks were held in a positive mood.",
    ...                          published="2023-03-19")
    >>> cairo = Mention.make("a", kind="place", text="Cairo", start=18, end=23, value="Cairo",
    ...                      lat=30.06, lon=31.25, place_type="settlement", country_code="EG")
    >>> evs = extract(Context(doc=doc, places=(cairo,)), [], [])
    >>> [(e.event_type, e.location, e.date, e.status) for e in evs]
    [('meeting', 'Cairo', '2023-03-19', 'happened')]
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lib.extract import dateline as _dateline
from lib.models import EVENT_COLUMNS, CasualtyClaim, Document, Event, Mention, Sentence, Statement, stable_id

DATA = Path(__file__).resolve().parent.parent / "data"
TYPES_CSV = DATA / "event_types.csv"
TRIGGERS_CSV = DATA / "event_triggers.csv"
CUES_CSV = DATA / "modality_cues.csv"

STATUSES = ("happened", "planned", "reported-claim", "negated")
VERB_FORMS = frozenset({"met", "meet", "sent", "send", "flew", "spoke", "held", "hold", "holds", "arrive",
                        "agree", "reject", "condemn", "urge", "threaten"})
# Who is not a diplomat: a meeting or visit word next to these is not a diplomatic meeting or visit
# ("Israeli troops arrived in Jenin", "the arrival of aid trucks in Gaza").
NON_DIPLOMATIC = frozenset("""troops soldiers forces army tanks police policemen settlers gunmen militants fighters
aid trucks truck supplies fuel goods shipments shipment convoy convoys vaccines weapons rockets missiles refugees
migrants tourists pilgrims worshippers protesters demonstrators""".split())
QUOTE_SKIP = frozenset({"attack", "arrest", "protest", "ceasefire"})
SKIP_REGIONS = frozenset({"boilerplate", "credit", "foreign", "related", "headline"})
VENUE_TYPES = ("meeting", "visit")
# place_type -> specificity (lower is more specific)
PLACE_RANK = {"settlement": 0, "other": 1, "region": 2, "country": 3}

# Words that end the phrase attached to a trigger: a new clause, a topic, a purpose or a time relation.
BREAK_WORDS = frozenset("""
on about over regarding concerning after amid amidst following because since as which that who whom whose
while but said says say told tells between against aimed aiming aim when where before until despite although
though if whether to for than via through during under over without within
""".split())
# verbs whose object is a topic: a place after them is what was discussed, not where ("met X and discussed the
# situation in Gaza")
TOPIC_VERBS = frozenset("""discussed discuss discusses discussing reviewed review reviews reviewing addressed
tackled examined exchanged stressed emphasised emphasized affirmed underlined""".split())
QUOTE_CHARS = "“”\"«»„"
LOC_PREP = r"(?:in|at|to|inside|into|near|outside)"
# the end of a gap that opens a locative phrase: "in the Red Sea resort of ", "to ", "at the Russian Embassy in "
# words allowed between the preposition and the place: names and place nouns ("the Red Sea resort of")
PLACE_NOUNS = ("resort|city|town|capital|village|camp|refugee|coastal|border|southern|northern|eastern|western|"
               "central|occupied|embassy|headquarters|port|crossing|palace|hotel|seaside|area|region|province|"
               "governorate|district|neighbourhood|neighborhood|outskirts|suburb|compound|office|offices|residence|"
               "building|presidential|royal|holy|old|ancient|desert|island|kingdom|emirate|state|strip|enclave|downtown|"
               "heart|centre|center|north|south|east|west|northeast|northwest|southeast|southwest|suburbs|"
               "industrial|upscale|historic|rural|frontier")
_LOC_TAIL = re.compile(rf"(?:^|\s)(?P<prep>(?i:{LOC_PREP}))\s+(?:(?i:the)\s+)?"
                       rf"(?:(?:[A-Z][\w’'-]*|(?i:{PLACE_NOUNS}))\s+){{0,4}}?(?:(?i:of)\s+)?$")
_WORD = re.compile(r"[\w’'-]+")
_CONTRAST = re.compile(r"\b(?:similar|previous|earlier|prior|another|other|separate|next|last|upcoming|future|"
                       r"new|second|third|fourth|further|subsequent|follow-up|several|many|regular|weekly|monthly)\b",
                       re.I)
# a word inside a noun phrase between its determiner and the trigger: not a preposition, an auxiliary or a past
# form ("The king also held talks" is not "the talks")
_NP_WORD = (r"(?:(?!(?:for|to|in|on|at|with|by|from|and|or|of|DATE|PLACE|also|had|has|have|was|were|is|are|be|been|"
            r"will|would|can|could|should|may|might|must|hold|holds|holding|attend|attends|attending|join|joins|"
            r"joining|lead|leads|leading|led|began|begin|begins|chair|chairs|said|says)\b)(?![\w’'-]+ed\b)[\w’'-]+\s+)")
# "such a gathering" names a kind, not an earlier event: no anaphor
_ANAPHOR = re.compile(rf"(?:\b(?:the|this|that|these|those|its|their|his|her|such(?!\s+an?\b)|said)\s+{_NP_WORD}{{0,3}}|"
                      rf"[\w-]+(?:['’]s|s['’])\s+{_NP_WORD}{{0,2}})$", re.I)
_GENERIC_PLURAL = re.compile(r"^(?:meetings|conferences|summits|talks|negotiations|visits|consultations)$", re.I)


@dataclass(frozen=True)
class EventType:
    """One row of the vocabulary."""

    type: str
    cameo: str
    quad_class: int | None
    family: str
    description: str


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger table, compiled."""

    pattern: re.Pattern
    event_type: str
    pos: str
    cameo: str
    flags: frozenset
    note: str


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern
    status: str
    scope: str  # adjacent | window | sentence


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    """The event vocabulary by type.

    >>> event_types()["meeting"].cameo, event_types()["attack"].quad_class
    ('040', 4)
    """
    with open(TYPES_CSV, newline="", encoding="utf-8") as fh:
        return {r["type"]: EventType(r["type"], r["cameo"], int(r["quad_class"]) if r["quad_class"] else None,
                                     r["family"], r["description"]) for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def triggers() -> tuple[Trigger, ...]:
    """The trigger table, each pattern compiled with word boundaries, case-insensitive."""
    with open(TRIGGERS_CSV, newline="", encoding="utf-8") as fh:
        return tuple(Trigger(re.compile(rf"(?<![\w-])(?:{r['pattern']})(?![\w-])", re.I), r["event_type"],
                             r["pos"], r["cameo"], frozenset(f for f in r["flags"].split("|") if f), r["note"])
                     for r in csv.DictReader(fh))


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    """Modality cues (negated, planned, reported-claim)."""
    out = []
    with open(CUES_CSV, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            p = r["pattern"]
            if r["scope"] == "adjacent":
                rx = re.compile(rf"(?<![\w-])(?:{p})\s+$", re.I)
            else:
                rx = re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.I)
            out.append(Cue(rx, r["status"], r["scope"]))
    return tuple(out)


# ----------------------------------------------------------------------------- text helpers

def _mask(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> str:
    """text[start:end] with the given (start, end, label) spans replaced by their label."""
    out, pos = [], start
    for s, e, label in sorted(spans):
        if e <= start or s >= end or s < pos:
            continue
        out.append(text[pos:s])
        out.append(f" {label} ")
        pos = e
    out.append(text[pos:end])
    s = "".join(out)
    s = re.sub(r"\((?:[A-Z][A-Za-z.]{1,7}|ACTOR|PLACE)\)", " ", s)  # "(PIJ)", "(PLO)"
    return s


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s)]


def _has_break(s: str, allow: tuple[str, ...] = ()) -> bool:
    if any(c in s for c in QUOTE_CHARS) or re.search(r"[;:()\[\]]|\s[-–—]\s", s):
        return True
    return any(w in BREAK_WORDS and w not in allow for w in _words(s))


def _n_words(s: str) -> int:
    return len([w for w in _words(s) if w not in ("date", "actor", "place")])


def _in_quote(text: str, sent: Sentence, pos: int) -> bool:
    """Is ``pos`` inside a quotation in its sentence (an odd number of quote marks before it)?"""
    before = text[sent.start:pos]
    curly = before.count("“") - before.count("”")
    if curly > 0:
        return True
    return before.count('"') % 2 == 1


# ----------------------------------------------------------------------------- attachment

@dataclass
class _Spans:
    dates: list[Mention]
    places: list[Mention]
    actors: list[Mention]

    def mask_spans(self) -> list[tuple[int, int, str]]:
        spans = [(m.start, m.end, "DATE") for m in self.dates]
        spans += [(m.start, m.end, "PLACE") for m in self.places]
        taken = [(s, e) for s, e, _ in spans]
        spans += [(m.start, m.end, "ACTOR") for m in self.actors
                  if not any(s < m.end and m.start < e for s, e in taken)]
        return spans


# a party to talks: names, optionally with a group noun ("Israeli and Palestinian delegations", "Hamas officials")
_PARTY = r"(?:the\s+)?(?:(?:ACTOR|PLACE|[A-Z][\w’'-]*)\s*){1,3}" \
         r"(?:(?:delegations?|delegates|officials|negotiators|sides?|leaders|representatives|factions?|governments?|" \
         r"envoys|teams?|ministers|mediators|groups?|military|security)\b\s*)?"


_BETWEEN_GROUP = re.compile(r"\bbetween\s+(?:the\s+)?(?:two|three|four|both|them|us)(?:\s+(?:sides|parties|countries|"
                            r"delegations|governments|leaders|rivals|foes|men|states|nations|factions|movements))?\b",
                            re.I)
# a coordinated predicate after a comma ("..., and will return to X", "..., then flew home to X"): its own place
_NEW_PREDICATE = re.compile(r",\s*(?:and|or|but|then)\s+(?:(?:then|also|later|afterwards)\s+)?"
                            r"(?:(?:will|would|shall|can|could|may|might|must|should|is|are|was|were|has|have|had)\b|"
                            r"[a-z]+ed\b)", re.I)
# a new clause with its own subject after a comma ("..., and Barak's government survived a vote in the Knesset"): the
# place after it is that clause's
_NEW_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:ACTOR|PLACE|[\w’'-]+)"
                         r"(?:\s*['’]s?)?(?:\s+[\w’'-]+){0,2}?\s+(?:(?<![\w-])[a-z]{3,}ed|said|says|was|were|is|are|has|"
                         r"have|had|will|would|lost|won|took|made|gave|kept|left|went|came|began|sent|struck|fell|rose|"
                         r"broke|brought|saw|told|ran|stood|held|met|drew|found|got|put|set|cut|hit|shot|led)\b")
_AUSPICES = re.compile(r"\b(?i:under)\s+(?:(?i:the)\s+)?(?:(?:[\w’'.-]+|ACTOR|PLACE)\s+){0,5}?"
                       r"(?i:auspices|aegis|sponsorship|patronage|mediation|chairmanship)"
                       r"(?:\s+(?i:of)\s+(?:(?i:the)\s+)?(?:(?:ACTOR|PLACE|[A-Z][\w’'.-]*)\s*(?:(?i:and)\s+)?){1,4})?")
# A sentence opening with a locative phrase ("At a U.N. post in the border town of X, ...") places the main
# clause's happenings there. Words that end that reach: a time relation, a contrast, a topic or a report.
_FRONTED = re.compile(r"\s*(?:DATE\s*,?\s*)?(?:In|At|Inside|Near|Outside)\s+(?:(?:[\w’'.-]+|ACTOR)\s+){0,11}?$")
FRONTED_BREAKS = frozenset("""on about over regarding concerning after amid amidst following because since as when where
before until despite although though if whether but while said says say told tells according against for during
than""".split())


# a diplomat's post ("Lebanon's ambassador to Germany", "the former envoy to Cairo", ", ambassador to Rome,"): the place
# after it is part of a job title, never the venue of a meeting or visit
_TITLES = (r"(?:ambassador|ambassadors|envoy|envoys|consul|consul-general|emissary|representative|"
           r"charg[ée]\s+d['’]affaires|attach[ée]|high\s+commissioner)")
_JOB_TITLE = re.compile(rf"(?:['’]s?|\b(?:former|then|ex-|new|newly\s+appointed)|,)\s+(?:[\w-]+\s+){{0,2}}?"
                        rf"{_TITLES}\s+(?:to|in)\s+(?:the\s+)?$", re.I)
# inside a visitor's description, a post is part of the noun phrase ("the visit of the king's ambassador to Jordan,
# Mr. X, to Amman"): no clause break
_TITLE_PLACE = re.compile(rf"\b({_TITLES})\s+(?:to|in)\s+(?:the\s+)?PLACE\b", re.I)


# an infinitive of purpose after a travel trigger ending in "to" ("flew on to see the king at ...")
_PURPOSE = re.compile(r"\s*(?:see|meet|visit|attend|join|brief|consult|greet|sign|address)\s+", re.I)


def _forward_ok(text: str, te: int, place: Mention, spans: _Spans, direct: bool, max_head: int = 14,
                blockers: tuple[tuple[int, int], ...] = (), strict: bool = False) -> bool:
    """Is ``place`` (after the trigger ending at ``te``) in a locative phrase attached to the trigger? Not when
    another meeting or visit word (``blockers``) stands in between: the place is that one's ("attended summits
    with Gulf leaders, and X's visit to Beijing")."""
    if any(te <= b0 and b1 <= place.start for b0, b1 in blockers):
        return False
    if _JOB_TITLE.search(text[max(0, place.start - 60):place.start]):
        return False  # "Lebanon's ambassador to Germany": a job title, not a destination
    gap = _mask(text, te, place.start, spans.mask_spans())
    purpose = _PURPOSE.match(gap)
    if purpose and re.search(r"\s(?:to)$", text[max(0, te - 6):te]):
        gap = gap[purpose.end():]  # "flew on to see X at his retreat outside Y": the visit goes where X is
    elif re.search(r"\s(?:to|into)$", text[max(0, te - 6):te]):
        gap = " to" + gap  # a trigger ending in its preposition ("travel to"): its object is the destination
    gap = re.sub(r"(?:\b(?:on|in|at|during|by|earlier|later)\s+)?DATE", " ", gap, flags=re.I)
    gap = re.sub(r"\bon the (?:sidelines|margins?) of\b", " ", gap, flags=re.I)
    gap = re.sub(r"\bon the (?:outskirts|edge|edges|fringes|shores?|banks?) of\b", " in the outskirts of", gap, flags=re.I)
    if re.search(r"\bon\s+the\s+$", gap, re.I) and re.match(_GROUNDS, text[place.end:]):
        gap = re.sub(r"\bon\s+the\s+$", " at the ", gap, flags=re.I)  # "signed on the White House lawn"
    # who convened the meeting is no clause break: "met under U.N. and U.S. auspices in X", "under the aegis of Y"
    gap = _AUSPICES.sub(" ", gap)
    if direct and re.fullmatch(r"\s*(?:to\s+)?(?:the\s+)?", gap, re.I):
        return True  # "visited Ramallah"
    m = _LOC_TAIL.search(gap)
    if not m:
        return False
    head, tail = gap[:m.start("prep")], gap[m.end("prep"):]
    head = re.sub(r"^\s*to\s+(?:the\s+)?PLACE\b", " ", head)  # an earlier leg: "to Amman on Monday and to Doha"
    # participants are no clause break: "talks between Israel and Hamas in Cairo"
    head = re.sub(rf"\bbetween\s+{_PARTY}\s+and\s+{_PARTY}", " ", head)
    head = re.sub(rf"\bbetween\s+{_PARTY}$", " ", head)  # one coordinated actor: "Israeli and Palestinian delegations"
    head = _BETWEEN_GROUP.sub(" ", head)  # "talks between the two sides in Cairo"
    head = _TITLE_PLACE.sub(r"\1", head)  # "the visit of the king's ambassador to Jordan, Mr. X, to Amman"
    if _NEW_PREDICATE.search(head):
        return False  # "will meet business leaders, and will return to Jerusalem": a new predicate's place
    if re.search(r"PLACE[^,;]*,\s*with\b", head):
        return False  # "expected in Cairo next month, with mediators in Doha": an absolute phrase's place
    if _NEW_CLAUSE.search(head):
        return False  # "met in Stockholm, and Barak's government survived a vote in the Knesset": another clause
    # "The meeting, which was held in Amman," / "talks, which took place at"
    head = re.sub(r",\s*(?:which|that)\s+(?:(?:was|were|is|are|will be|would be|had been|has been)\s+)?"
                  r"(?:held|hosted|convened|organised|organized|took place|takes place|will take place)\s*$", " ", head, flags=re.I)
    if strict and "," in _LIST.sub(" LIST ", head):
        return False  # "signed an agreement in June, the ship docked at X": a comma ends a signing's reach
    if _has_break(head, allow=("of",)) or _n_words(head) > max_head or head.count(",") > 4 or \
            TOPIC_VERBS & set(_words(head)) or \
            any(w.endswith("ing") and w not in ("including", "during") and len(w) > 5 for w in _words(head)):
        # a gerund starts an object clause: "discussed with X maintaining the ceasefire ... in Gaza"
        return False
    return not (_has_break(tail, allow=("of",)) or re.search(r"[,;]", tail))


# what a place hosts when it is a venue: a gathering or visitors
_HOSTED_EVENT = re.compile(r"\s+(?:[\w’'-]+\s+){0,5}?(?:summit|summits|talks|meeting|meetings|conference|negotiations|"
                           r"round|session|gathering|forum|delegation|delegations|visit|ceremony|leaders|ministers|"
                           r"envoys|counterparts?|consultations|dialogue|games|cup)\b", re.I)
# the subject of "is expected in X" is a person or a delegation, not a verdict or a storm
_PERSON_SUBJECT = re.compile(r"(?:\b(?:he|she|they|delegation|delegations|envoy|envoys|minister|ministers|president|"
                             r"officials|leaders|mediators|negotiators|team|secretary|chief|king|prince|emir)|"
                             r"\b[A-Z][\w’'-]*|,)\s+(?:also\s+)?(?:is|are|was|were|will\s+be|would\s+be)\s+(?:also\s+)?$")


# a meeting noun that is expected somewhere ("a follow-up round was expected in Cairo")
_EXPECTED_AFTER = re.compile(r"\s+(?:is|are|was|were|will\s+be|would\s+be)\s+(?:also\s+)?expected\s+(?:in|at)\b", re.I)
# the subject of "gathered" that makes it a meeting of leaders, not a crowd ("European leaders ... gathered with X")
_LEADER_SUBJECT = re.compile(r"\b(?:leaders|ministers|heads\s+of\s+(?:state|government)|envoys|diplomats|delegations|"
                             r"delegates|mediators|negotiators|presidents|monarchs|kings|premiers)\b", re.I)


def _leaders_subject(text: str, sent: Sentence, hit: _Hit) -> bool:
    """Is the clause before the trigger about leaders, ministers or envoys (not a crowd)?

    >>> t = "The truce came as European leaders, among them X and Y, gathered with Z at W."
    >>> s = Sentence(0, 0, len(t), t)
    >>> _leaders_subject(t, s, _Hit(s, t.index("gathered"), t.index("gathered") + 8, "gathered", None))
    True
    >>> t = "Thousands of protesters gathered at the square."
    >>> s = Sentence(0, 0, len(t), t)
    >>> _leaders_subject(t, s, _Hit(s, t.index("gathered"), t.index("gathered") + 8, "gathered", None))
    False
    """
    clause = re.split(rf"[;:{QUOTE_CHARS}]|\b(?:but|which|who|while|whereas|after|before|when|although|though|said|"
                      r"says)\b", text[sent.start:hit.start])[-1]
    return bool(_LEADER_SUBJECT.search(clause)) and not set(_words(clause)) & NON_DIPLOMATIC


def _host_subject(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans) -> list[Mention]:
    """A city or country right before a hosting verb is its subject and the venue ("when Algiers hosts the summit",
    "Doha will host the talks"); a person's country before the verb ("Qatar's emir hosted") is not."""
    if not _HOSTED_EVENT.match(doc.text, hit.end, sent.end):
        return []  # "Qatar hosts Hamas's political office": no gathering is hosted
    for p in spans.places:
        if p.end <= hit.start and p.place_type in ("settlement", "country", "region") and re.fullmatch(
                r"\s*(?:(?:will|would|is|are|was|were|has|had|have|also|again|to|set|due|expected|scheduled|"
                r"poised|ready|which|that)\s+)*", doc.text[p.end:hit.start], re.I):
            return [p]
    return []


def _backward_ok(text: str, sent: Sentence, place: Mention, ts: int, spans: _Spans, noun: bool) -> bool:
    """Is ``place`` (before the trigger starting at ``ts``) attached to it?"""
    ms = spans.mask_spans()
    gap = _mask(text, place.end, ts, ms)
    gap_nodate = re.sub(r"(?:\b(?:on|in|at|during|by)\s+)?DATE", " ", gap, flags=re.I)
    before = _mask(text, sent.start, place.start, ms)
    if noun and place.place_type != "country" and \
            re.fullmatch(r"\s*(?:['’]s?)?\s*(?:-\s*(?:hosted|sponsored|brokered)\s+)?", gap):
        return True  # "the Sharm al-Sheikh conference", "Cairo talks"; "Israel talks" names a participant
    if re.fullmatch(r"\s*for\s+(?:[\w-]+\s+){0,2}", gap_nodate, re.I) and re.search(rf"\b(?:{LOC_PREP}|visit|visits|visited|visiting|tour|toured)\s+(?:the\s+)?$", before, re.I):
        return True  # "invited ... to Cairo for talks"
    m = re.fullmatch(r"\s*,?\s*where\s+(.*)", gap_nodate, re.I | re.S)
    if m and not _has_break(m.group(1)) and _n_words(m.group(1)) <= 8:
        return True  # "visited Ramallah, where he met"
    if re.fullmatch(r"\s*(?:DATE\s*,?\s*)?(?:In|At)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?", before) and \
            re.match(r"\s*,", gap_nodate) and not _has_break(gap_nodate) and _n_words(gap_nodate) <= 14:
        return True  # "In Cairo, Abbas met ..."
    cgap = _mask(text, place.end, ts, [(a, b, "COUNTRY" if lab == "PLACE" and any(
        p.start == a and p.place_type == "country" for p in spans.places) else lab) for a, b, lab in ms])
    if _fronted(before, re.sub(r"(?:\b(?:on|in|at|during|by)\s+)?DATE", " ", cgap, flags=re.I)):
        return True  # "At a U.N. post in the border town of X, each side handed ... in a ceremony"
    if noun and re.search(rf"\b{LOC_PREP}\s+(?:the\s+)?$", before, re.I) and re.fullmatch(
            r"\s*,?\s*(?:during|on|in the course of)\s+(?:an?|the|his|her|their|its|ACTOR\s*['’]s?)\s+"
            r"(?:[\w-]+\s+){0,2}?", gap_nodate, re.I):
        return True  # "told reporters in Ankara during a visit by X", "in Cairo on a two-day visit"
    return False


_NOT_LOCATIVE = frozenset("""least all total addition response turn fact particular short contrast return
statement was were is are be been has have had said says""".split())
_DATELINE_LEAD = _dateline.MASKED_LEAD  # a dateline over masked text: "PLACE, DATE (AP) — "


def _fronted(before: str, gap: str) -> bool:
    """Does the sentence open with a locative phrase (``before``: the masked text up to the place) whose reach
    covers the trigger after ``gap`` (no time relation, contrast, topic, report, quotation or other place)?

    >>> _fronted("At a U.N. post in the border town of ", ", each side handed letters to ACTOR in a ")
    True
    >>> _fronted("In ", ", ACTOR approved the text hours before the ")
    False
    """
    lead = _DATELINE_LEAD.sub("", before)
    if not _FRONTED.fullmatch(lead) or re.search(r"[,;:“”\"]", lead) or set(_words(lead)) & _NOT_LOCATIVE:
        return False  # "At least 10 people were killed in X, ...", "In response to X, ..." are no locative phrase
    if not re.match(r"\s*,", gap) or re.search(rf"[;:()\[\]{QUOTE_CHARS}]|\s[-–—]\s", gap) or "PLACE" in gap:
        return False
    words = set(_words(gap))
    return not (words & FRONTED_BREAKS or words & TOPIC_VERBS) and _n_words(gap) <= 28


def _list_extension(text: str, attached: list[Mention], places: list[Mention]) -> list[Mention]:
    """Places coordinated with an attached one: "to Ramallah, Gaza, and Tel Aviv"."""
    out = list(attached)
    changed = True
    while changed:
        changed = False
        for p in places:
            if p in out:
                continue
            for a in out:
                if a.end <= p.start and re.fullmatch(r"\s*,?\s*(?:and|or|as well as)?\s*", text[a.end:p.start]) \
                        and text[a.end:p.start].strip():
                    out.append(p)
                    changed = True
                    break
    return sorted(out, key=lambda m: m.start)


def attached_places(doc: Document, sent: Sentence, ts: int, te: int, spans: _Spans, *,
                    noun: bool = True, direct: bool = False, max_head: int = 14,
                    blockers: tuple[tuple[int, int], ...] = (), strict: bool = False) -> list[Mention]:
    """Place mentions of ``sent`` attached to the trigger at [ts, te) (see the module doc).

    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Talks were held in Cairo after clashes in Gaza.")
    >>> cairo = Mention.make("a", kind="place", text="Cairo", start=19, end=24, value="Cairo")
    >>> gaza = Mention.make("a", kind="place", text="Gaza", start=42, end=46, value="Gaza")
    >>> [p.value for p in attached_places(doc, doc.sentences[0], 0, 5, _Spans([], [cairo, gaza], []))]
    ['Cairo']
    """
    text = doc.text
    got = []
    for p in spans.places:
        if p.start >= te:
            if _forward_ok(text, te, p, spans, direct, max_head, blockers, strict):
                got.append(p)
        elif p.end <= ts:
            if _backward_ok(text, sent, p, ts, spans, noun):
                got.append(p)
    if not got:
        return []
    return _list_extension(text, got, [p for p in spans.places if p.start >= min(g.start for g in got)])


# a date that modifies a noun after it ("the 2015 nuclear deal", "its 2006 election victory") names that thing, not
# the time of a trigger elsewhere in the clause
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|whose)\s+$", re.I)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|by|of|for|with|from|was|were|is|are|has|have|had|"
                                r"when|which|that|as|after|before|until)\b)[A-Za-z][\w’'-]*", re.I)


def _attributive(text: str, d: Mention, sent: Sentence) -> bool:
    """Is the date a modifier inside a noun phrase ("the 2015 Iran nuclear deal")?

    >>> t = "Talks to revive the 2015 nuclear deal resumed."
    >>> d = Mention.make("a", kind="date", text="2015", start=20, end=24, value="2015")
    >>> _attributive(t, d, Sentence(0, 0, len(t), t))
    True
    """
    return bool(_ATTRIBUTIVE_BEFORE.search(text[max(sent.start, d.start - 8):d.start])) and \
        bool(_ATTRIBUTIVE_AFTER.match(text, d.end, sent.end))


# the predicate of a meeting or visit noun that is the subject of its clause ("Talks ... resumed in Vienna on
# Monday", "Talks ... are expected to resume in Jeddah next week", "The visit, the first since 2015, began on
# Thursday"): its place and time are the meeting's
_HAPPEN = re.compile(
    r"(?:\s|^)(?:(?:will|would|could|may|might|shall|should|is|are|was|were|has|have|had)\s+(?:also\s+|not\s+)?"
    r"(?:been\s+)?(?:(?:expected|scheduled|due|set|likely|slated|planned)\s+to\s+)?|"
    r"(?:expected|scheduled|due|set|slated)\s+to\s+)?"
    r"(?:resumed|resume|resumes|reopened|reopen|reopens|opened|open|opens|began|begin|begins|started|start|starts|"
    r"ended|end|ends|concluded|conclude|concludes|closed|wrapped\s+up|wrap\s+up|took\s+place|take\s+place|"
    r"takes\s+place|held|be\s+held|continued|continue|continues|reconvened|reconvene|convened|convene|kicked\s+off|"
    r"kick\s+off|lasted|got\s+under\s*way)\b", re.I)
_SUBJECT_BREAKS = frozenset("""said says told tells which who whom whose where when while but because after before
although though if whether according""".split())


def _subject_predicate(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans) -> int | None:
    """Where the predicate of a subject meeting/visit noun ends, or None (see ``_HAPPEN``)."""
    text = doc.text
    ms = spans.mask_spans()
    before = _DATELINE_LEAD.sub("", _mask(text, sent.start, hit.start, ms))
    if "," in before or re.search(rf"[;:{QUOTE_CHARS}]", before) or len(_words(before)) > 6 or \
            set(_words(before)) & _SUBJECT_BREAKS:
        return None  # the noun is not the clause's subject
    for m in _HAPPEN.finditer(text, hit.end, sent.end):
        gap = _mask(text, hit.end, m.start(), ms)
        if re.search(r"\b(?:the|a|an|its|their|his|her|this|that)\s*$", gap, re.I) or gap.count(",") == 1:
            continue  # a noun ("the start of the war"), or inside an appositive
        if re.search(rf"[;:{QUOTE_CHARS}()]|\s[-–—]\s", gap) or set(_words(gap)) & _SUBJECT_BREAKS or \
                _n_words(gap) > 25 or gap.count(",") not in (0, 2):
            return None
        if gap.count(",") == 2 and not re.match(r"\s*,", gap):
            return None  # a comma pair is an appositive right after the noun ("The visit, the first ..., began")
        return m.end()
    return None


# a relative clause after a meeting noun that says where and when it happens ("the next session in Geneva, which he
# hoped would convene early next year", "The negotiations, which Kerry relaunched in Washington on July 29, ...")
_RELATIVE_VERB = re.compile(r"\b(?:be\s+held|held|hosted|convene|convened|reconvene|reconvened|take\s+place|took\s+place|"
                            r"meet|open|opened|start|started|begin|began|resume|resumed|launch|launched|relaunch|"
                            r"relaunched|restart|restarted)\b", re.I)
_RELATIVE_HEAD = re.compile(r"^[^;:“”\"()]*?,\s*(?:which|that)\s+(?:[\w’'-]+\s+){0,4}?$", re.I)


def _relative_predicate(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans) -> tuple[int, int] | None:
    """(end of the verb, end of the clause) of a relative clause that says where and when the meeting noun at ``hit``
    happens, or None.

    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "The talks, which Kerry relaunched in Washington, are due to end soon.")
    >>> hit = find_triggers(d, d.sentences[0])[0]
    >>> end, stop = _relative_predicate(d, d.sentences[0], hit, _Spans([], [], []))
    >>> d.text[hit.end:end], d.text[end:stop]
    (', which Kerry relaunched', ' in Washington')
    """
    ms = spans.mask_spans()
    for m in _RELATIVE_VERB.finditer(doc.text, hit.end, sent.end):
        gap = _mask(doc.text, hit.end, m.start(), ms)
        if _RELATIVE_HEAD.match(gap) and _n_words(gap[:gap.index(",")]) <= 12 and \
                not set(_words(gap.rsplit(",", 1)[-1])[1:]) & _SUBJECT_BREAKS:  # "which Egypt said resumed": a report
            stop = re.search(r"[,;:“”\"()]|\s[-–—]\s", doc.text[m.end():sent.end])
            return m.end(), m.end() + stop.start() if stop else sent.end
        if "," in gap:
            return None  # the first relative clause is another kind
    return None


# a date that a process "dates back to" is its origin, not a meeting's date ("The talks date back to 2022")
_ORIGIN_BEFORE = re.compile(r"\b(?:(?:dat(?:e|es|ed|ing)|go(?:es)?|went|gone|trac(?:e|es|ed|ing))\s+back\s+to|"
                            r"as\s+(?:far\s+back|early)\s+as)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$", re.I)
# a condition after a planned act ("would host a conference once a ceasefire was reached"): no date, no event yet
_CONDITION_AFTER = re.compile(r"[^.;:“”\"]*?\b(?:once|if|unless|as\s+soon\s+as|provided(?:\s+that)?)\s+"
                              r"(?:a|an|the|there|it|they|both|all|[A-Z])", re.I)


def _since_aside(doc: Document, sent: Sentence, mention_id: str, ts: int, spans: _Spans) -> bool:
    """Is the date ``mention_id`` inside a comma-delimited aside before the trigger at ``ts`` that opens with or holds
    "since" ("Kerry, on his tenth trip since taking office last February, met ...")? It dates a period's start,
    not the trigger."""
    d = next((m for m in spans.dates if m.mention_id == mention_id), None)
    if d is None or d.end > ts or not re.match(r"\s*,", doc.text[d.end:ts]):
        return False
    opening = doc.text.rfind(",", sent.start, d.start)
    if opening < 0:
        return False
    return bool(re.search(r"\bsince\b", doc.text[opening:d.start], re.I)) and \
        not re.search(rf"[;:{QUOTE_CHARS}]", doc.text[opening:d.start])


# a day counted from the narrative's last date ("received them at X the next day"); the dates stage leaves these untagged
_DAY_SHIFT = re.compile(r"\b(?:the\s+(?P<next>next|following)\s+day|a\s+day\s+(?P<later>later)|"
                        r"the\s+day\s+(?P<after>after)(?!\s+(?:the|a|an|his|her|its|their|that|this)\b)|"
                        r"the\s+(?P<prev>previous)\s+day|a\s+day\s+(?P<earlier>earlier)|"
                        r"the\s+day\s+(?P<before>before)(?!\s+(?:the|a|an|his|her|its|their|that|this)\b))\b", re.I)


def _day_shift(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans, dates: Iterable[Mention],
               drafts: list[_Draft]):
    """The DateRef of "the next day"/"the following day"/"the day before" bound to the trigger (after it in its
    clause, or opening the clause before it): one day from the latest meeting or visit dated to a single day, when
    no other date is named between that one's date and the phrase (else the narrative's day is unclear: None).

    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Abbas met Sisi on July 30. Sisi received Abbas the next day.")
    >>> jul30 = Mention.make("a", kind="date", text="July 30", start=18, end=25, value="2023-07-30",
    ...                      date_start="2023-07-30", date_end="2023-07-30", precision="day")
    >>> from lib.extract.dates import DateRef
    >>> s0, s1 = d.sentences
    >>> met = _Draft(find_triggers(d, s0)[0], "meeting", "040", None, DateRef("2023-07-30", basis="explicit",
    ...              mention_id=jul30.mention_id), True, "happened")
    >>> _day_shift(d, s1, find_triggers(d, s1)[0], _Spans([], [], []), [jul30], [met]).value
    '2023-07-31'
    """
    from datetime import date, timedelta

    from lib.extract import dates as dates_mod

    ms = spans.mask_spans()
    for m in _DAY_SHIFT.finditer(doc.text, sent.start, sent.end):
        if m.start() >= hit.end:
            gap = _mask(doc.text, hit.end, m.start(), ms)
            ok = not _has_break(gap, allow=("of", "to", "with")) and _n_words(gap) <= 10
        else:
            gap = _mask(doc.text, m.end(), hit.start, ms)
            ok = m.end() <= hit.start and not _has_break(gap, allow=("of", "with")) and _n_words(gap) <= 8 and \
                not re.search(r"[,;:]", _mask(doc.text, sent.start, m.start(), ms))
        if not ok or _in_quote(doc.text, sent, m.start()):
            continue
        anchor = next((d for d in reversed(drafts) if d.type in VENUE_TYPES and d.date_explicit and not d.side
                       and d.hit.start < m.start()), None)
        if anchor is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", anchor.date.value or ""):
            return None  # no meeting or visit dated to a day before it
        mention = next((d for d in dates if d.mention_id and d.mention_id == anchor.date.mention_id), None)
        since = mention.end if mention is not None else anchor.hit.end
        if any(d.kind == "date" and since <= d.start and d.end <= m.start() and _is_body(doc, d) for d in dates):
            return None  # another date is named in between: the narrative's day is unclear
        shift = 1 if (m.group("next") or m.group("later") or m.group("after")) else -1
        day = (date.fromisoformat(anchor.date.value) + timedelta(days=shift)).isoformat()
        return dates_mod.DateRef(day, day, day, "day", "relative", "")
    return None


def _is_body(doc: Document, m: Mention) -> bool:
    """Is the mention in a body sentence, outside quotations?"""
    s = doc.sentence_at(m.start)
    return s is not None and s.region == "body" and not _in_quote(doc.text, s, m.start)


# a date after a participle that modifies a noun ("land occupied in 1967", "the accord signed in 1993"): the time of
# that participle, not of a trigger elsewhere in the sentence (the noun's own: "talks held in 2010")
_PARTICIPLE_DATE = re.compile(r"\b(?P<head>[a-z][\w’'-]*)\s+(?P<part>[a-z]+ed|taken|won|seized|built|drawn|"
                              r"begun|held|born|signed|fought|lost|struck|made)\s+(?:in|since|on|during)\s+(?:the\s+)?$")
_NOT_HEAD = frozenset("""was were is are be been being has have had which that who whom it they he she we you i also
later then first jointly finally eventually subsequently previously already formally officially reportedly initially
originally last and or but not never once twice again recently since just only""".split())


def _participle_date(text: str, d: Mention, sent: Sentence, trigger: tuple[int, int] = (0, 0)) -> bool:
    """Is the date the time of a participle modifying a noun (not the trigger at ``trigger`` itself)?

    >>> t = "Leaders meeting in Beirut endorsed a withdrawal from land occupied in 1967."
    >>> d = Mention.make("a", kind="date", text="1967", start=t.index("1967"), end=t.index("1967") + 4, value="1967")
    >>> _participle_date(t, d, Sentence(0, 0, len(t), t))
    True
    """
    m = _PARTICIPLE_DATE.search(text, max(sent.start, d.start - 60), d.start)
    if m is None or m.end() != d.start or m.group("head") in _NOT_HEAD:
        return False
    return not (trigger[0] <= m.start("part") < trigger[1] or trigger[0] <= m.start("head") < trigger[1])


def _attached_dates(doc: Document, sent: Sentence, ts: int, te: int, spans: _Spans) -> list[Mention]:
    """Date mentions bound to the trigger: right before it in its clause, or after it with no clause break. A date
    modifying another noun ("the 2015 nuclear deal") is not bound to a trigger after that noun, nor is the date of a
    participle modifying a noun ("land occupied in 1967")."""
    out = []
    ms = spans.mask_spans()
    for d in spans.dates:
        if _attributive(doc.text, d, sent) and not (d.end <= ts and _n_words(doc.text[d.end:ts]) <= 2):
            continue
        if _participle_date(doc.text, d, sent, (ts, te)):
            continue
        if d.start >= te:
            gap = _AUSPICES.sub(" ", _mask(doc.text, te, d.start, [s for s in ms if s[0] != d.start]))
            if not _has_break(re.sub(r"\b(?:on|in|at|during|since|until)\s*$", "", gap), allow=("of", "to", "with")) \
                    and _n_words(gap) <= 10:
                out.append(d)
        elif d.end <= ts:
            gap = _mask(doc.text, d.end, ts, [s for s in ms if s[0] != d.start])
            if not _has_break(gap, allow=("of", "with")) and _n_words(gap) <= 8:
                out.append(d)
    return out


_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|tells|added|adds|stated|announced|reported|wrote)\b"
                              r"(?:\s+[\w’'-]+){0,2}?\s+(?:(?:on|in|at|during)\s+)?$", re.I)
_LIST = re.compile(r"\b(?:PLACE|ACTOR)(?:\s*,\s*(?:PLACE|ACTOR))*\s*,?\s*(?:and|or)\s+(?:PLACE|ACTOR)\b")


def _clause_dates(doc: Document, hit: _Hit, own: list[Mention], spans: _Spans) -> list[Mention]:
    """The attached dates (``_attached_dates``) in the trigger's own clause, nearest first: no comma between
    them and the trigger except inside a list of names ("visited Cairo, Jerusalem and Ramallah last month"),
    so "Hamas, which won elections in 2006, has rejected" keeps its own date. A date right after a reporting
    verb is that verb's ("said on Monday he had met Sisi in Cairo last week": last week)."""
    ms = spans.mask_spans()
    out = []
    for d in own:
        if d.end <= hit.start and _REPORTED_BEFORE.search(doc.text[max(hit.sent.start, d.start - 40):d.start]):
            continue
        a, b = (hit.end, d.start) if d.start >= hit.end else (d.end, hit.start)
        gap = _LIST.sub(" LIST ", _mask(doc.text, a, b, [m for m in ms if m[0] != d.start]))
        if "," not in gap:
            out.append((len(gap), d))
    return [d for _, d in sorted(out, key=lambda x: x[0])]


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


# ----------------------------------------------------------------------------- modality

def modality(doc: Document, sent: Sentence, ts: int, date_start: str = "", basis: str = "none",
             dates: list[Mention] | tuple[Mention, ...] = ()) -> str:
    """happened | planned | reported-claim | negated for the trigger starting at ``ts``.

    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Israel did not vote on the text.")
    >>> modality(d, d.sentences[0], d.text.index("vote"))
    'negated'
    >>> d = document_from_text("a", "Haniyeh is scheduled to arrive in Cairo.")
    >>> modality(d, d.sentences[0], d.text.index("arrive"))
    'planned'
    """
    text = doc.text
    # dates are masked: "GAZA CITY, May 10" is no modal "may"
    before = _mask(text, sent.start, ts, [(m.start, m.end, "DATE") for m in dates])
    # drop relative clauses between the subject and the verb: "Haniyeh, who is based in Qatar, is ..."
    before = re.sub(r",\s*(?:which|who|whose|where)\b[^,;“”\"]*,", ",", before)
    for c in cues():
        if c.status == "negated" and c.scope == "adjacent" and c.pattern.search(before):
            return "negated"
    # the clause before the trigger: up to 14 words, cut at a strong boundary
    clause = re.split(r"[;:“”\"]|\b(?:but|which|who|while|whereas|after|before|when|although|though|said|says)\b"
                      r"|,\s+(?=and\b)", before)[-1]
    words = list(re.finditer(r"\S+", clause))
    if len(words) > 14:
        clause = clause[words[-14].start():]
    for c in cues():
        if c.status == "planned" and c.pattern.search(clause):
            return "planned"
    if _after_publication(doc, date_start, basis):
        return "planned"
    for c in cues():
        if c.status == "reported-claim" and c.pattern.search(
                _mask(text, sent.start, sent.end, [(m.start, m.end, "DATE") for m in dates])):
            return "reported-claim"
    return "happened"


def _after_publication(doc: Document, value: str, basis: str) -> bool:
    """Does the date ``value`` begin after the publication period ends (a future event)?"""
    from lib.extract.intervals import interval

    if basis not in ("explicit", "relative") or not value or not doc.published:
        return False
    iv, pub = interval(value), interval(doc.published)
    return iv is not None and pub is not None and iv[0] > pub[1]


# ----------------------------------------------------------------------------- detection

@dataclass
class _Hit:
    """A trigger occurrence in a sentence."""

    sent: Sentence
    start: int
    end: int
    text: str
    trig: Trigger

    @property
    def type(self) -> str:
        return self.trig.event_type


def find_triggers(doc: Document, sent: Sentence) -> list[_Hit]:
    """Trigger occurrences in one sentence, longest first where they overlap, in text order."""
    hits = []
    for t in triggers():
        for m in t.pattern.finditer(doc.text, sent.start, sent.end):
            hits.append(_Hit(sent, m.start(), m.end(), m.group(0), t))
    chosen: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        # an "overlay" trigger (a signing) may share words with a trigger of another kind ("signed an agreement")
        if all(h.end <= c.start or c.end <= h.start or ("overlay" in h.trig.flags) != ("overlay" in c.trig.flags)
               for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


@dataclass
class _Draft:
    """An event being assembled (a meeting may gather several mentions)."""

    hit: _Hit
    type: str
    cameo: str
    venue: Mention | None
    date: object  # DateRef
    date_explicit: bool
    status: str
    remote: bool = False
    side: bool = False
    actors: list[Mention] = field(default_factory=list)
    actor1: str = ""
    actor2: str = ""
    host: str = ""
    location: Mention | None = None  # a non-venue event's place
    n_mentions: int = 1
    extra_id: str = ""
    # how the venue/location was found: attached | dateline | sentence | article | '' (see LOCATION_BASES)
    loc_basis: str = ""
    own_dated: bool = False  # the trigger has a time expression of its own
    places_in: list[Mention] = field(default_factory=list)  # the place mentions of the trigger's sentence
    noun: bool = False  # the trigger is a noun ("the meeting", "talks")
    undated: bool = False  # a participle after its agreement ("the accord signed in X"): a later dated report is it


def _actors_for(doc: Document, sent: Sentence, hit: _Hit, actors: list[Mention]) -> tuple[str, str, str]:
    """(actor1, actor2, host) around a trigger."""
    text = doc.text
    a1 = a2 = host = ""
    before = [a for a in actors if a.end <= hit.start and not re.search(rf"[;{QUOTE_CHARS}]", text[a.end:hit.start])]
    if before:
        a1 = before[-1].value
    after = [a for a in actors if a.start >= hit.end and not re.search(
        rf"[;{QUOTE_CHARS}]|\b(?:said|says|told|according)\b", text[hit.end:a.start])]
    if after:
        a2 = after[0].value
    if after and re.fullmatch(r"\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?", text[hit.end:after[0].start]) \
            and "host" not in hit.trig.flags:
        a1, a2 = after[0].value, (before[-1].value if before else "")  # passive: "were rejected by Hamas"
    if "host" in hit.trig.flags:
        host = a1
    m = re.match(r"\s*(?:by|at the invitation of)\s+", text[hit.end:sent.end])
    if m and after and after[0].start <= hit.end + m.end() + 4 and re.search(r"host|invit", hit.text + text[hit.end:hit.end + m.end()], re.I):
        host = after[0].value
    hb = re.search(r"(?:hosted|sponsored|mediated|brokered)\s+by\s+$", text[sent.start:after[0].start] if after else "")
    if hb and after:
        host = after[0].value
    return a1, a2, host


def _is_anaphoric(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans | None = None) -> bool:
    """Is the trigger a definite noun phrase ("the meeting", "Haniyeh's visit") that can refer back?"""
    lo = max(sent.start, hit.start - 60)
    before = _mask(doc.text, lo, hit.start, [(m.start, m.end, "DATE") for m in spans.dates]) if spans else doc.text[lo:hit.start]
    return bool(_ANAPHOR.search(before)) and not _CONTRAST.search(before[-40:])


def _is_contrast(doc: Document, sent: Sentence, hit: _Hit) -> bool:
    return bool(_CONTRAST.search(doc.text[max(sent.start, hit.start - 25):hit.start]))


_DETERMINER = re.compile(r"(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|such|any|no|another|"
                         r"similar|previous|first|latest|last|next|official|secret|direct|new|further)|['’]s?)"
                         r"\s+(?:[\w’'-]+\s+){0,2}$", re.I)


def _noun_trigger(doc: Document, sent: Sentence, hit: _Hit) -> bool:
    """Is the trigger used as a noun ("the visit", "a meeting", "talks") rather than a verb ("visited")?"""
    if hit.trig.pos == "noun":
        return True
    first = hit.text.split()[0].lower()
    if first.endswith("ed") or first in VERB_FORMS:
        return False
    before = doc.text[max(sent.start, hit.start - 40):hit.start]
    if re.search(r"\b(?:to|will|would|shall|can|could|may|might|must|should|did|does|do)\s+$", before, re.I):
        return False  # an infinitive or a modal's verb: "the first leader to visit Jordan"
    return bool(_DETERMINER.search(before))


def _dates_overlap(a, b) -> bool:
    from lib.extract.intervals import interval

    ia, ib = interval(a.value, a.date_start, a.date_end), interval(b.value, b.date_start, b.date_end)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


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

    seen_tokens: list[set[str]] = []
    for sent in doc.sentences:
        if sent.region in SKIP_REGIONS or sent.duplicate_of is not None:
            continue
        toks = set(_words(sent.text))
        if _near_duplicate(toks, seen_tokens):
            continue  # a lede repeated with a few words changed ("They agreed" / "It added that the two sides agreed")
        seen_tokens.append(toks)
        places_in = [m for m in ctx.places if sent.start <= m.start and m.end <= sent.end]
        places_in = sorted(places_in + landmark_places(doc, sent, places_in), key=lambda m: m.start)
        spans = _Spans(dates=[m for m in ctx.dates if m.kind == "date" and sent.start <= m.start and m.end <= sent.end],
                       places=places_in,
                       # an actor inside a place name ("al-Sheikh" in "Sharm al-Sheikh") is not an actor
                       actors=[m for m in ctx.actors if sent.start <= m.start and m.end <= sent.end
                               and not any(p.start <= m.start and m.end <= p.end and (p.start, p.end) != (m.start, m.end)
                                           for p in places_in)])
        per_type: dict[str, _Draft] = {}
        resolved: dict[str, _Draft] = {}  # meeting/visit type -> the event this sentence's mentions refer to
        hits = find_triggers(doc, sent)
        # a word that is no event here blocks nothing: "a follow-up round was expected in X" (not a person's visit)
        venue_spans = tuple((h.start, h.end) for h in hits if h.type in VENUE_TYPES and not (
            "person" in h.trig.flags and not _PERSON_SUBJECT.search(text, sent.start, h.start)))
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
            if status == "happened" and ("person" in hit.trig.flags or _EXPECTED_AFTER.match(text, hit.end, sent.end)):
                status = "planned"  # "X is expected in Cairo", "a round was expected in Cairo": an expectation
            a1, a2, host = _actors_for(doc, sent, hit, spans.actors)
            remote = "remote" in hit.trig.flags
            if venue_kind:
                noun = _noun_trigger(doc, sent, hit)
                direct = hit.type == "visit" and not noun
                if "signing" in hit.trig.flags and not _signing_context(text, sent, noun):
                    continue  # "signed" a decree, a ceremony of another kind
                blockers = tuple(b for b in venue_spans if b[1] <= hit.start or b[0] >= hit.end)
                signing = "signing" in hit.trig.flags
                places = [] if remote else attached_places(doc, sent, hit.start, hit.end, spans, noun=noun,
                                                           direct=direct, blockers=blockers, strict=signing,
                                                           max_head=8 if signing else 14)
                if not places and not remote and pred_end is not None:
                    places = attached_places(doc, sent, hit.start, pred_end, spans, noun=noun, blockers=blockers)
                if not places and not remote and "host" in hit.trig.flags:
                    places = _host_subject(doc, sent, hit, spans)  # "when Algiers hosts the summit"
                venues = venue_groups(places)
                if venues:  # "expected in Cairo on Wednesday, aides said, and in Amman later in the week"
                    venues += _elided_leg(doc, sent, hit, venues, spans, venue_spans)
                basis = "attached" if venues else ""
                if len(venues) == 1 and not own_dates:
                    after_venue = _leg_dates(doc, venues, spans).get(venues[0].start)
                    if after_venue is not None:  # "the visit of X, Y, to Sana'a in April": the visit's own date
                        own_dates = clause_dates = [after_venue]
                        dref = _date_of(doc, ctx.dates, sent, after_venue)
                if not venues and not remote:
                    there = _there(doc, sent, hit, drafts)
                    if there is not None:
                        venues, basis = [there[0]], there[1]  # "will host both leaders there again"
                if not venues and not remote and _deictic(doc, sent, hit, spans, dl_place):
                    venues, basis = [dl_place], "dateline"  # "talks here", "at this Red Sea resort"
                if not venues and not remote and _dateline_fallback(doc, sent, hit, spans, dl_place):
                    venues, basis = [dl_place], "dateline"  # "received X at the presidential palace"
                if "placed" in hit.trig.flags and not venues:
                    continue  # "a session", "signed in 2001": only a placed gathering is an event here
                anaphoric = noun and _is_anaphoric(doc, sent, hit, spans)
                contrast = noun and _is_contrast(doc, sent, hit)
                generic = _GENERIC_PLURAL.match(hit.text) and \
                    re.match(r"\s+(?:\S+\s+){0,2}?(?:that|which)\b", text[hit.end:sent.end])
                if quoted and not anaphoric:
                    continue  # a meeting named inside a quotation is talk about it, not a report of it
                if "object_actor" in hit.trig.flags and not _actor_object(text, hit, spans.actors, spans):
                    continue  # "received" a visitor, not "received reports"
                if "person" in hit.trig.flags and not _PERSON_SUBJECT.search(text, sent.start, hit.start):
                    continue  # "a verdict is expected in Cairo": no visitor
                if "leaders" in hit.trig.flags and not _leaders_subject(text, sent, hit):
                    continue  # "thousands gathered in the square": a crowd, no meeting
                if _non_diplomatic(text, sent, hit):
                    continue
                if anaphoric:
                    own = own_dates[0] if own_dates else None
                    ante = _antecedent(drafts, hit.type, venues[0] if venues else None, own, sent,
                                       gathering=hit.trig.pos == "noun" and hit.trig.cameo == "043")
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
                    re.fullmatch(r"\s+(?:(?:a|an|the|new|two-day|three-day|direct|indirect)\s+)?", text[same.hit.end:hit.start])
                if same is not None and not contrast and not same.side and (not own_dates or adjacent) \
                        and len(venues) <= 1 and (same.status == status or not venues or (
                            same.hit.start < hit.end and hit.start < same.hit.end)) \
                        and (not venues or same.venue is None or compatible(same.venue, venues[0])):
                    _merge(same, venues[0] if venues else None, None, host)
                    continue
                if len(venues) == 1:
                    # a mention with a contrast word ("several rounds of talks", "another meeting") is no repeat
                    prior = None if contrast else _same_happening(drafts, hit.type, venues[0], dref,
                                                                  bool(own_dates) or shifted is not None,
                                                                  status)
                    if prior is not None:
                        _merge(prior, venues[0], dref if own_dates else None, host)
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
                    elif venues and status == "happened" and doc.published_basis != "manifest":
                        # an undated article (its date inferred from the latest it names): a placed meeting with no
                        # date of its own happened at the narrative time, the previous sentence's first day
                        # ("X returned on September 1 ... At the Y Residence in Z, X met the leaders")
                        day = _narrative_day(doc, ctx.dates, sent)
                        if day is not None:
                            dref = day
                leg_dates = _leg_dates(doc, venues, spans) if len(venues) > 1 else {}
                for v in venues or [None]:
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

    _inherit_sentence_places(drafts)
    _dateline_gatherings(drafts, dl_place)
    _dateline_lede(doc, drafts, dl_place)
    _narrow_country_venues(drafts, dl_place)
    _planned_next_date(doc, ctx.dates, drafts)

    events = [_to_event(doc, d, types) for d in drafts]
    events = _statement_events(ctx, statements, events, types)
    events += _casualty_events(ctx, casualties, types)
    return _unique_ids(sorted(events, key=lambda e: (e.start, e.event_type, e.location)))


@dataclass
class _When:
    """The time of a trigger: the governing date and the dates bound to it."""

    dref: object  # DateRef
    own_dates: list[Mention]
    clause_dates: list[Mention]
    pred_end: int | None  # the end of the predicate of a subject meeting noun or of its relative clause
    shifted: object = None  # the DateRef of "the next day" etc., when that phrase dates the trigger


def _trigger_time(doc: Document, dates, sent: Sentence, hit: _Hit, spans: _Spans, drafts: list[_Draft]) -> _When:
    """The date of a trigger (see the module doc, rules 2 and 4): the governing date, or the trigger's own time
    expression in its clause, its subject predicate's or its relative clause's; "the next day" after a dated
    meeting; never a date in a "since" aside before it."""
    from lib.extract.dates import governing_date

    # a participle's date ("land occupied in 1967") governs no trigger outside that participle
    dates = [d for d in dates if not (sent.start <= d.start < sent.end
                                      and _participle_date(doc.text, d, sent, (hit.start, hit.end)))]
    dref = governing_date(doc, dates, sent, hit.start)
    own_dates = [d for d in _attached_dates(doc, sent, hit.start, hit.end, spans)
                 if not _since_aside(doc, sent, d.mention_id, hit.start, spans)
                 and not _ORIGIN_BEFORE.search(doc.text, max(sent.start, d.start - 30), d.start)]
    clause_dates = _clause_dates(doc, hit, own_dates, spans)
    pred_end = _subject_predicate(doc, sent, hit, spans) \
        if hit.type in VENUE_TYPES and (_noun_trigger(doc, sent, hit) or re.fullmatch(
            r"[A-Za-z]+(?:ions|ings)", hit.text)) else None
    if pred_end is not None:
        pred_dates = [d for d in _attached_dates(doc, sent, hit.start, pred_end, spans) if d.start >= pred_end]
        if pred_dates:
            own_dates = clause_dates = pred_dates
    elif hit.type in VENUE_TYPES and _noun_trigger(doc, sent, hit):
        rel = _relative_predicate(doc, sent, hit, spans)
        if rel is not None:  # "the next session in Geneva, which would convene early next year"
            pred_end = rel[0]
            rel_dates = [d for d in spans.dates if rel[0] <= d.start and d.end <= rel[1]]
            if rel_dates:
                own_dates = clause_dates = rel_dates[:1]
    shifted = _day_shift(doc, sent, hit, spans, dates, drafts) \
        if hit.type in VENUE_TYPES and not clause_dates else None
    if shifted is not None:
        dref = shifted  # "received Abbas at El-Alamein the next day"
    if not clause_dates and _since_aside(doc, sent, dref.mention_id, hit.start, spans):
        # "Kerry, on his tenth trip since taking office last February, met X": the start of a period
        dref = governing_date(doc, (), sent, hit.start)
    if clause_dates and dref.mention_id not in {m.mention_id for m in clause_dates}:
        # the time expression of the trigger's own clause ("who visited Cairo, Jerusalem and Ramallah last
        # month ..., said on Monday"): the date governing the clause at that expression
        dref = _date_of(doc, dates, sent, clause_dates[0])
    return _When(dref, own_dates, clause_dates, pred_end, shifted)


def _date_of(doc: Document, dates, sent: Sentence, m: Mention):
    """The DateRef of a date mention bound to a trigger: the mention itself, even where ``governing_date`` would
    prefer another date of the clause over it (a date inside a 'since' phrase that is the trigger's own)."""
    from lib.extract import dates as dates_mod

    ref = dates_mod.governing_date(doc, dates, sent, m.start)
    if ref.mention_id == m.mention_id:
        return ref
    relative = getattr(dates_mod, "_is_relative", lambda _m: False)(m)
    return dates_mod.DateRef(m.value, m.date_start, m.date_end, m.precision, "relative" if relative else "explicit",
                             m.mention_id)


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


def _non_diplomatic(text: str, sent: Sentence, hit: _Hit) -> bool:
    """Is the mover of a visit/meeting word a non-diplomatic noun (troops, aid trucks) just before it or in its
    "of" phrase?"""
    before = _words(text[max(sent.start, hit.start - 50):hit.start])[-4:]
    after = re.match(r"\s+of\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", text[hit.end:sent.end])
    words = set(before) | (set(_words(after.group(1))) if after else set())
    return bool(words & NON_DIPLOMATIC)


def _actor_object(text: str, hit: _Hit, actors: list[Mention], spans: _Spans | None = None) -> bool:
    """Is an actor the object right after the trigger ("received Kamel", "welcomed his Israeli counterpart X")?
    A date and a locative phrase may come between: "received on Monday at the palace Secretary X". A personal
    pronoun refers back to a person ("Erdogan received him at the palace")."""
    if re.match(r"\s+(?:him|her)\b(?=\s*(?:[,.;]|$|(?:at|in|on|inside|for|with|during|upon|after|and)\b))",
                text[hit.end:hit.sent.end]):
        return True
    ms = spans.mask_spans() if spans is not None else []
    for a in actors:
        gap = _mask(text, hit.end, a.start, [m for m in ms if m[2] != "ACTOR"]) if a.start >= hit.end else ""
        gap = re.sub(r"^\s*(?:(?:on|in|at|during)\s+)?DATE\s*,?", " ", gap, flags=re.I)
        gap = re.sub(r"^\s*(?:at|in|inside)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|PLACE)\s+){1,4}"
                     r"(?:(?:on|in)\s+DATE\s*)?,?", " ", gap)
        if a.start >= hit.end and re.fullmatch(r"\s*(?:(?:his|her|their|the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?", gap) \
                and not re.search(r"\b(?:from|with|by|to|of|about|on|call|calls|letter|message|reports?)\b", gap, re.I):
            return True
    return False


SIGN_WORDS = re.compile(r"\bsign(?:ed|ing|s|ature|atures)?\b", re.I)
# what is signed at a gathering of parties (a decree, a law or a letter is signed alone)
AGREEMENT_NOUNS = re.compile(r"\b(?:agreements?|accords?|treaty|treaties|deals?|pacts?|memorand(?:um|a)|protocols?|"
                             r"declarations?|charter|conventions?|armistice|truce|ceasefire|cease-fire|"
                             r"understandings?|communiqu[ée]s?)\b", re.I)


_REDUCED_SIGNING = re.compile(AGREEMENT_NOUNS.pattern + r",?\s+$", re.I)


def _signing_context(text: str, sent: Sentence, noun: bool) -> bool:
    """Is a signing trigger about signing an agreement? A ceremony needs a signing word in its sentence
    ("handed its signed letter ... in a ceremony"); the verb needs an agreement noun ("the accords were signed
    at X", not "signed the decree in X").

    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "The accords were signed at the palace.")
    >>> _signing_context(d.text, d.sentences[0], False)
    True
    >>> d = document_from_text("a", "Abbas signed the decree in Ramallah.")
    >>> _signing_context(d.text, d.sentences[0], False)
    False
    """
    s = text[sent.start:sent.end]
    return bool(SIGN_WORDS.search(s)) if noun else bool(AGREEMENT_NOUNS.search(s))


# the end of a sentence that repeats the trigger's locative phrase for a second place, with no verb of its own: ", and
# in Amman later in the week."
_ELIDED_LEG = re.compile(r",\s*(?:and|as\s+well\s+as)\s+(?:(?:then|later|also|afterwards)\s+)?(?i:in|to|at)\s+(?:the\s+)?"
                         r"PLACE(?P<rest>(?:\s*(?:DATE|later|earlier|next|this|that|the|in|on|at|by|week|month|weekend|"
                         r"day|days|year|afterwards|too|as\s+well))*)\s*[.!?\"”]*\s*$", re.I)


def _elided_leg(doc: Document, sent: Sentence, hit: _Hit, venues: list[Mention], spans: _Spans,
                venue_spans: tuple[tuple[int, int], ...]) -> list[Mention]:
    """The place of an elided second leg at the end of the sentence ("Arafat was expected in Cairo on Wednesday ...,
    and in Amman later in the week"), for the last placed trigger before it; [] when there is none.

    >>> from lib.extract.document import document_from_text
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


def _leg_dates(doc: Document, venues: list[Mention], spans: _Spans) -> dict[int, Mention]:
    """For a trigger with several venues, each venue's own date: the date right after it, before the next venue
    ("travel on to Rabat on Tuesday and to Algiers on Wednesday"). Keyed by the venue's start."""
    out = {}
    ordered = sorted(venues, key=lambda m: m.start)
    for i, v in enumerate(ordered):
        nxt = ordered[i + 1].start if i + 1 < len(ordered) else None
        for d in sorted(spans.dates, key=lambda m: m.start):
            if d.start >= v.end and (nxt is None or d.end <= nxt) and \
                    re.fullmatch(r"\s*,?\s*(?:on|in|at|during|by)?\s*", doc.text[v.end:d.start], re.I):
                out[v.start] = d
                break
    return out


# the grounds of a building after its name: "on the White House lawn", "on the Kremlin steps"
_GROUNDS = r"\s+(?:(?i:south|north|east|west|front|back)\s+)?(?i:lawn|lawns|grounds|steps|balcony|terrace|tarmac)\b"


@lru_cache(maxsize=1)
def _landmark_table():
    from lib.extract import gazetteer

    lm = gazetteer.landmarks()
    names = sorted(lm, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    # "at the White House", or "on the White House lawn" (the grounds of the building)
    rx = re.compile(rf"(?<![\w-])(?:(?i:at|in|inside|outside|to|into|near|from)\s+(?:(?i:the)\s+)?(?P<a>{alt})(?![\w-])|"
                    rf"(?i:on)\s+(?i:the)\s+(?P<b>{alt}){_GROUNDS})") if names else None
    return rx, lm


def landmark_places(doc: Document, sent: Sentence, places: list[Mention]) -> list[Mention]:
    """Seat buildings after a locative preposition ("met X at the White House", "talks in the Kremlin") as place
    mentions of their city (``gazetteer.landmarks``), for this stage only; none where a place is already tagged.

    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Biden met Abbas at the White House.")
    >>> [(m.text, m.value) for m in landmark_places(doc, doc.sentences[0], [])]
    [('White House', 'Washington')]
    """
    rx, lm = _landmark_table()
    out: list[Mention] = []
    if rx is None:
        return out
    for m in rx.finditer(doc.text, sent.start, sent.end):
        g = "a" if m.group("a") else "b"
        s, e = m.span(g)
        if any(p.start < e and s < p.end for p in places):
            continue
        city = lm[m.group(g)]
        out.append(Mention.make(doc.article_id, kind="place", text=m.group(g), start=s, end=e, value=city.name,
                                lat=round(city.lat, 5), lon=round(city.lon, 5), place_type="settlement",
                                country_code=city.country_code, geo_precision=1,
                                evidence=f"landmark {m.group(1)!r} in {city.name}", sentence=sent.text,
                                sentence_start=sent.start, sentence_end=sent.end, region=sent.region))
    return out


_THERE = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?there\b(?!\s+(?:is|are|was|were|will|would|has|have|had|be|been)\b)", re.I)


def _there(doc: Document, sent: Sentence, hit: _Hit, drafts: list[_Draft]) -> tuple[Mention, str] | None:
    """The venue that "there" right after a trigger refers to ("will host both leaders there again"): the latest
    placed meeting or visit of the same sentence, else of the body sentence before. None without one."""
    m = _THERE.match(doc.text, hit.end, hit.sent.end)
    if m is None or _has_break(m.group(0)[:-5]):
        return None
    prev = _prev_body(doc, sent)
    for target, basis in ((sent, "sentence"), (prev, "article")):
        d = next((d for d in reversed(drafts) if d.hit.sent is target and d.type in VENUE_TYPES
                  and d.venue is not None and not d.remote and d.hit.start < hit.start), None)
        if d is not None:
            return d.venue, basis
    return None


def _prev_body(doc: Document, sent: Sentence) -> Sentence | None:
    """The body sentence just before ``sent`` (repeats skipped), if any."""
    return next((s for s in reversed(doc.sentences[:sent.index]) if s.region == "body" and s.duplicate_of is None),
                None)


def _narrative_day(doc: Document, dates, sent: Sentence):
    """The DateRef of the first day-precision date of the body sentence before ``sent`` (not a participle's), or
    None."""
    prev = _prev_body(doc, sent)
    if prev is None:
        return None
    for m in sorted((m for m in dates if m.kind == "date" and prev.start <= m.start and m.end <= prev.end),
                    key=lambda m: m.start):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.value or "") and not _participle_date(doc.text, m, prev):
            return _date_of(doc, dates, prev, m)
    return None


def _planned_next_date(doc: Document, dates, drafts: list[_Draft]) -> None:
    """A planned meeting or visit with a venue and no date of its own ("A signing ceremony is expected in X within
    weeks.") takes the one future date of the next body sentence when that sentence reports no meeting or visit
    ("Officials spoke of mid-September."): a plan is never on the publication day by default."""
    for d in drafts:
        if d.type not in VENUE_TYPES or d.status != "planned" or d.venue is None or d.date_explicit \
                or getattr(d.date, "basis", "") != "article":
            continue
        sent = d.hit.sent
        nxt = next((s for s in doc.sentences[sent.index + 1:] if s.region == "body" and s.duplicate_of is None), None)
        if nxt is None or any(o.hit.sent is nxt and o.type in VENUE_TYPES for o in drafts):
            continue
        future = [m for m in dates if m.kind == "date" and nxt.start <= m.start and m.end <= nxt.end
                  and _after_publication(doc, m.value, "explicit")]
        if len(future) == 1:
            d.date, d.date_explicit = _date_of(doc, dates, nxt, future[0]), True


def _previous_dated(drafts: list[_Draft], doc: Document, sent: Sentence) -> _Draft | None:
    """The meeting/visit with an explicit date in the body sentence just before ``sent``, if any."""
    prev = [s for s in doc.sentences if s.index < sent.index and s.region == "body" and s.duplicate_of is None]
    if not prev:
        return None
    last = prev[-1]
    return next((d for d in reversed(drafts) if d.hit.sent is last and d.type in VENUE_TYPES and d.date_explicit
                 and not d.remote), None)


# a building that hosts meetings; named ("Tahrir Palace") or not ("the presidential palace")
FACILITY = (r"(?:palace|palaces|hotel|hall|centre|center|building|headquarters|office|offices|residence|ministry|"
            r"embassy|consulate|complex|compound|secretariat|house|airport|airbase|base|chancellery|mansion|"
            r"guesthouse|parliament|castle|villa|auditorium|diwan|court|club|resort)")
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
            if place is None:
                continue
            if d.date_explicit and not _dates_overlap(o.date, d.date):
                continue
            if not d.date_explicit and o.type in VENUE_TYPES and not d.noun:
                continue  # "X, who visited Cairo in May, met Y": an undated verb does not share the visit's place
            d.venue, d.loc_basis = place, "sentence"
            if not d.own_dated and o.date_explicit:
                d.date, d.date_explicit = o.date, True
            break


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
    return None


def _near_duplicate(toks: set[str], seen: list[set[str]]) -> bool:
    """Is a sentence (as a token set) nearly contained in an earlier one, or the reverse (>= 90% of the shorter)?"""
    for other in seen:
        small, big = (toks, other) if len(toks) <= len(other) else (other, toks)
        if len(small) >= 8 and len(small & big) >= 0.9 * len(small):
            return True
    return False


def _antecedent(drafts: list[_Draft], etype: str, venue: Mention | None, own_date, sent: Sentence,
                gathering: bool = False) -> _Draft | None:
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
            fallback = fallback or d
            continue
        return d
    return fallback


@dataclass(frozen=True)
class _DateLike:
    m: Mention

    @property
    def value(self):
        return self.m.value

    @property
    def date_start(self):
        return self.m.date_start

    @property
    def date_end(self):
        return self.m.date_end


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
    s = d.hit.sent
    ev = Event.make(doc.article_id, event_type=d.type, start=s.start, end=s.end, trigger=d.hit.text,
                    cameo=d.cameo, quad_class=et.quad_class, date=d.date.value, date_start=d.date.date_start,
                    date_end=d.date.date_end, date_precision=d.date.precision, date_basis=d.date.basis,
                    location=place.value if place else "", lat=place.lat if place else None,
                    lon=place.lon if place else None, country_code=place.country_code if place else "",
                    actor1=d.actor1, actor2=d.actor2, actors=_joined(a.value for a in d.actors),
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
                              actor1=first.reported_by, actors=first.reported_by,
                              status="reported-claim", sentence=sent.text, region=sent.region))
    return out


def _unique_ids(events: list[Event]) -> list[Event]:
    seen: set[str] = set()
    out = []
    for e in events:
        if e.event_id in seen:
            e = e.replace(event_id=stable_id(e.event_id, e.location, e.date, len(out)))
        seen.add(e.event_id)
        out.append(e)
    return out
