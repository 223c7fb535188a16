"""Triggers: which words in a sentence name an event, and of which type.

Idea: a trigger table (``lib/data/event_triggers.csv``) maps words or patterns to the documented vocabulary
(``lib/data/event_types.csv``: CAMEO root, QuadClass); overlapping hits keep the longest. Helpers decide how a
trigger is used: as a noun ("the visit") or a verb ("visited"), definite ("the talks": may refer back) or
contrastive ("another meeting": a new one).

Example:
    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Abbas met Sisi in Cairo.")
    >>> [(h.text, h.type) for h in find_triggers(d, d.sentences[0])]
    [('met', 'meeting')]
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache

from lib.extract.events.text import _ANAPHOR, _CONTRAST, CUES_CSV, TRIGGERS_CSV, TYPES_CSV, VERB_FORMS, _mask, _Spans
from lib.extract.prefixkeys import PrefixIndex
from lib.models import Document, Mention, Sentence


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


@lru_cache(maxsize=1)
def _trigger_index() -> PrefixIndex:
    """The trigger patterns by the first letters their matches begin with: a sentence runs only the triggers
    whose first letters start one of its words (the same hits as running all of them, at a fraction of the cost)."""
    return PrefixIndex([t.pattern.pattern for t in triggers()], re.I)


def find_triggers(doc: Document, sent: Sentence) -> list[_Hit]:
    """Trigger occurrences in one sentence, longest first where they overlap, in text order."""
    hits = []
    table = triggers()
    for i in _trigger_index().candidates(doc.text, sent.start, sent.end):
        t = table[i]
        for m in t.pattern.finditer(doc.text, sent.start, sent.end):
            hits.append(_Hit(sent, m.start(), m.end(), m.group(0), t))
    if not hits:
        return []
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
    # how the venue/location was found: attached | dateline | sentence | article | previous sentence | ''
    loc_basis: str = ""
    own_dated: bool = False  # the trigger has a time expression of its own
    places_in: list[Mention] = field(default_factory=list)  # the place mentions of the trigger's sentence
    noun: bool = False  # the trigger is a noun ("the meeting", "talks")
    undated: bool = False  # a participle after its agreement ("the accord signed in X"): a later dated report is it


# "agreed to continue the negotiations next Saturday", "will resume the talks": a later session, no repeat
_CONTINUATION = re.compile(r"\b(?:continu(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|reconven(?:e|es|ed|ing))\s+"
                           r"(?:the|their|its|these|those)\s+(?:[\w-]+\s+)?$", re.I)


def _is_anaphoric(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans | None = None) -> bool:
    """Is the trigger a definite noun phrase ("the meeting", "Haniyeh's visit") that can refer back?"""
    lo = max(sent.start, hit.start - 60)
    before = _mask(doc.text, lo, hit.start, [(m.start, m.end, "DATE") for m in spans.dates]) if spans else doc.text[lo:hit.start]
    later = _CONTINUATION.search(before) and spans and any(0 <= d.start - hit.end <= 40 for d in spans.dates)
    return bool(_ANAPHOR.search(before)) and not _CONTRAST.search(before[-40:]) and not later


def _is_contrast(doc: Document, sent: Sentence, hit: _Hit) -> bool:
    return bool(_CONTRAST.search(doc.text[max(sent.start, hit.start - 25):hit.start]))


_DETERMINER = re.compile(r"(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|such|any|no|another|"
                         r"similar|previous|first|latest|last|next|official|secret|direct|new|further)|['’]s?)"
                         r"\s+(?:[\w’'-]+\s+){0,2}$", re.I)


def _noun_trigger(doc: Document, sent: Sentence, hit: _Hit) -> bool:
    """Is the trigger used as a noun ("the visit", "a meeting", "talks") rather than a verb ("visited")?"""
    if hit.trig.pos in ("noun", "verb"):
        return hit.trig.pos == "noun"  # (a participle after its noun is a verb: "the deal struck in Doha")
    first = hit.text.split()[0].lower()
    if first.endswith("ed") or first in VERB_FORMS:
        return False
    before = doc.text[max(sent.start, hit.start - 40):hit.start]
    if re.search(r"\b(?:to|will|would|shall|can|could|may|might|must|should|did|does|do)\s+$", before, re.I):
        return False  # an infinitive or a modal's verb: "the first leader to visit Jordan"
    return bool(_DETERMINER.search(before))


SIGN_WORDS = re.compile(r"\b(?:sign(?:ed|ing|s|ature|atures)?|initiall?(?:ed|ing))\b", re.I)
# what is signed at a gathering of parties (a decree, a law or a letter is signed alone)
AGREEMENT_NOUNS = re.compile(r"\b(?:agreements?|accords?|treaty|treaties|deals?|pacts?|memorand(?:um|a)|protocols?|"
                             r"declarations?|charter|conventions?|armistice|truce|ceasefire|cease-fire|"
                             r"understandings?|communiqu[ée]s?)\b", re.I)


_REDUCED_SIGNING = re.compile(AGREEMENT_NOUNS.pattern + r",?\s+$", re.I)


def _signing_context(text: str, sent: Sentence, noun: bool, hit_start: int = -1, earlier: str = "") -> bool:
    """Is a signing trigger about signing an agreement? A ceremony needs a signing word in its sentence
    ("handed its signed letter ... in a ceremony"), or, named as "the ceremony", an agreement signed in the
    article's body before it (``earlier``: "Aoun signed the letter ... the agreement ... Wronecka, who attended the
    ceremony in Naqoura"); the verb needs an agreement noun ("the accords were signed at X", not "signed the decree
    in X").

    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "The accords were signed at the palace.")
    >>> _signing_context(d.text, d.sentences[0], False)
    True
    >>> d = document_from_text("a", "Abbas signed the decree in Ramallah.")
    >>> _signing_context(d.text, d.sentences[0], False)
    False
    """
    s = text[sent.start:sent.end]
    if not noun:
        return bool(AGREEMENT_NOUNS.search(s))
    if SIGN_WORDS.search(s):
        return True
    return hit_start >= 0 and bool(_DEFINITE_BEFORE.search(text, max(sent.start, hit_start - 30), hit_start)) and \
        bool(SIGN_WORDS.search(earlier)) and bool(AGREEMENT_NOUNS.search(earlier))


_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+)?$", re.I)
