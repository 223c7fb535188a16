"""Shared vocabulary of the events stage: the data files, the word lists, and text helpers.

Idea: every rule of the stage reads the same masked sentence ("met ACTOR in PLACE on DATE"), so the masks,
word lists and clause-break tests live here once.

Example:
    >>> _mask("Abbas met Sisi in Cairo.", 0, 24, [(18, 23, "PLACE")])
    'Abbas met Sisi in  PLACE .'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lib.models import Mention, Sentence

DATA = Path(__file__).resolve().parent.parent.parent / "data"
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
migrants tourists pilgrims worshippers protesters demonstrators crowd crowds bus buses prisoners detainees captives
hostages freed released evacuees patients displaced""".split())
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
# a building that hosts meetings; named ("Tahrir Palace") or not ("the presidential palace")
FACILITY = (r"(?:palace|palaces|hotel|hall|centre|center|building|headquarters|office|offices|residence|ministry|"
            r"embassy|consulate|complex|compound|secretariat|house|airport|airbase|base|chancellery|mansion|"
            r"guesthouse|parliament|castle|villa|auditorium|diwan|court|club|resort)")
_LOC_TAIL = re.compile(rf"(?:^|\s)(?P<prep>(?i:{LOC_PREP}))\s+(?:(?i:the)\s+)?"
                       rf"(?:(?:(?:[A-Z][\w’'-]*|(?i:{PLACE_NOUNS}))(?:\s*['’]s?)?\s+){{0,4}}?(?:(?i:of)\s+)?|"
                       # a described place with its own adjectives: "in the Saudi heritage city of", "in the ancient
                       # desert town of"
                       rf"(?:[A-Z][\w’'-]*\s+){{0,2}}(?:[a-z][\w’'-]*\s+){{1,2}}(?i:city|town|village|port|resort|oasis|"
                       rf"capital|island|region|province|district)\s+(?i:of)\s+)$")
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


# the length of a stay ("for a three-day visit", "a two-day trip"): the days the visitor is there
_STAY = re.compile(r"\b(?P<n>two|three|four|five|six|seven|[2-7])[-\s]day\s+(?:official\s+|state\s+|working\s+)?"
                   r"(?:visit|trip|tour|stay)\b", re.I)
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def stay_length(text: str) -> int | None:
    """The days of a stay a text states ("for a three-day visit"), else None.

    >>> stay_length("arrived on Monday for a two-day trip"), stay_length("arrived on Monday")
    (2, None)
    """
    m = _STAY.search(text)
    if m is None:
        return None
    return int(m.group("n")) if m.group("n").isdigit() else _DAYS[m.group("n").lower()]
