"""Gatherings: an accord reached, signed or announced at a city is where its parties met.

Idea: the venue map shows where the parties met and when. "Putin and Erdogan agreed in Sochi on Monday", "signed
in Jeddah late on Thursday a declaration", "announced the deal on Wednesday in Doha after weeks of talks" say both,
though no meeting word is placed. Approach: (1) a meeting noun right after "<an outcome verb> ... in PLACE [DATE]
after/following [days of]" is where that outcome came out (``outcome_place``: the talks were in Doha); (2) after an
article's drafts are assembled, an accord that happened, whose place is a locative phrase of its own verb (only a
date, an adverb or the accord noun itself in between), places the unplaced talks of its sentence, else becomes a
gathering of its own: a meeting on the accord's day, unless a placed meeting of the article already stands there
on that day (``accord_gatherings``). A place after the accord's object is its scope ("agreed to a ceasefire in
Gaza", "agreed on joint patrols in Idlib"); a call, a plan, a refusal and one side's announcement of something
else are no gathering.

Example:
    >>> from lib.extract import extract_document
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Russian and Turkish leaders agreed in Sochi on Monday to set up a buffer zone.",
    ...                          published="2024-03-05")
    >>> [(e.event_type, e.location, e.date) for e in extract_document(doc).events if e.event_type == "meeting"]
    [('meeting', 'Sochi', '2024-03-04')]
"""
from __future__ import annotations

import re
from dataclasses import replace

from lib.extract.events.text import VENUE_TYPES, _mask, _Spans
from lib.extract.events.triggers import _Draft, _Hit
from lib.models import Document, Mention, Sentence

# the nouns of an accord as a thing one reaches, signs or announces
ACCORD_NOUNS = (r"(?:agreement|agreements|deal|accord|accords|declaration|memorandum|treaty|pact|protocol|"
                r"understanding|communiqu[eé]|statement|roadmap|road\s+map)")

# a verb that puts out the outcome of talks: "announced the deal", "a joint statement issued", "signed"
OUTCOME_VERBS = (r"(?:announced|announces|unveiled|issued|released|published|signed|reached|agreed|adopted|"
                 r"concluded|struck|initialled|initialed|sealed)")

# "<outcome verb> [the deal] [DATE] in PLACE [DATE][,] after|following [weeks|four days|two rounds of] [indirect]"
# right before a meeting noun: the talks were at PLACE ("announced the deal on Friday in Beijing after four days of
# talks", "A joint statement issued in Beijing following five days of talks")
_OUTCOME_AFTER = re.compile(
    rf"\b{OUTCOME_VERBS}\s+(?:(?:the|an?|its|their|a\s+joint)\s+(?:[\w-]+\s+){{0,2}}?{ACCORD_NOUNS}\s+)?"
    rf"(?:(?:DATE|late|early|on|in|the|evening|morning|night|afternoon|this|last|yesterday|today|,)\s*)*"
    rf"(?:in|at)\s+(?:the\s+)?(?:(?:[\w’'-]+|PLACE)\s+){{0,3}}?(?:of\s+)?PLACE\s*"
    rf"(?:(?:DATE|late|early|on|in|the|evening|morning|night|afternoon|this|last|yesterday|today)\s*)*,?\s*"
    rf"(?:after|following)\s+(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+)?"
    rf"(?:(?:days?|nights?|hours?|weeks?|months?|rounds?|sessions?)\s+of\s+)?(?:[\w-]+\s+){{0,2}}$", re.I)


def outcome_place(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans) -> list[Mention]:
    """The place where an outcome came out right before the meeting noun at ``hit``: its venue ("announced the deal
    on Wednesday in Doha after weeks of talks"); [] otherwise.

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.events.triggers import find_triggers
    >>> d = document_from_text("a", "A joint statement issued in Beijing following five days of talks said so.")
    >>> bj = Mention.make("a", kind="place", text="Beijing", start=28, end=35, value="Beijing",
    ...                   place_type="settlement", country_code="CN")
    >>> hit = [h for h in find_triggers(d, d.sentences[0]) if h.text == "talks"][0]
    >>> [p.value for p in outcome_place(d, d.sentences[0], hit, _Spans([], [bj], []))]
    ['Beijing']
    """
    before = [p for p in spans.places if p.end <= hit.start and p.start >= sent.start]
    if not before:
        return []
    place = before[-1]
    lo = max(sent.start, place.start - 90)
    masked = _mask(doc.text, lo, hit.start, spans.mask_spans())
    if not _OUTCOME_AFTER.search(masked) or "PLACE" in masked[masked.rfind("PLACE") + 5:]:
        return []
    return [place] if place.place_type in ("settlement", "other") and place.country_code else []


# an accord's verb: "agreed", "reached a deal", "signed an agreement", "struck a deal" (the agreement trigger's words)
_ACCORD_VERB = re.compile(r"(?:agreed|agrees|reached|signed|struck)\b", re.I)
# an announcement of an accord: "announced the deal", "the accord was announced"
_ANNOUNCE = re.compile(r"(?:announced|announces|unveiled)\b", re.I)
_OBJECT = re.compile(rf"\s*(?:the|an?|its|their)\s+(?:[\w-]+\s+){{0,2}}?{ACCORD_NOUNS}\b", re.I)
_SUBJECT_BEFORE = re.compile(rf"\b(?:the|an?|this|that)\s+(?:[\w-]+\s+){{0,2}}?{ACCORD_NOUNS}\s+"
                             rf"(?:was|were|has\s+been|had\s+been|is|are)\s+$", re.I)
# between the verb (or its accord object) and the place: dates and adverbs only, then the locative phrase
_VERB_GAP = re.compile(r"\s*(?:(?:DATE|late|early|on|in|the|evening|morning|night|afternoon|this|last|yesterday|"
                       r"today|formally|finally|officially)\s*,?\s*)*(?:in|at)\s+(?:the\s+)?"
                       r"(?:(?:[\w’'-]+|PLACE)\s+){0,3}?(?:of\s+)?", re.I)
ACCORD_STATUSES = ("happened", "reported-claim")
# an announcement is one side's act unless talks lead to it: "The accord was announced on Tuesday in Vienna after
# negotiators missed three deadlines" (not "Biden announced the deal on Tuesday at the White House")
_AFTER_TALKS = re.compile(r"\s*(?:DATE\s*)?,?\s*(?:after|following)\b[^.;:]{0,80}?\b(?:talks|negotiat\w*|consultations|"
                          r"meetings?|rounds?|mediat\w*|summit|conference)\b", re.I)
# a time clause holds a recalled accord, dated by its main clause: "killed since the deal was announced in Doha"
_TIME_CLAUSE = re.compile(r"\b(?:since|after|before|until|till|when|once|as\s+soon\s+as)\s+(?:[\w’'-]+\s+){0,5}$", re.I)


def _accord_place(doc: Document, d: _Draft, spans: _Spans) -> bool:
    """Is the accord draft's place a locative phrase of its own verb ("agreed in Sochi on Monday", "reached a deal
    in Paris", "announced the deal on Friday in Beijing", "The accord was announced on Tuesday in Vienna")?"""
    text, hit, place = doc.text, d.hit, d.location
    if place is None or place.start < hit.end:
        return False
    gap_start = hit.end
    if d.type == "agreement":
        if not _ACCORD_VERB.match(hit.text):
            return False  # "pledged": a donor's promise, not a meeting
    elif d.type == "decision":
        if not _ANNOUNCE.match(hit.text):
            return False
        obj = _OBJECT.match(text, hit.end, place.start)
        if obj is not None:
            gap_start = obj.end()
        elif not _SUBJECT_BEFORE.search(text, max(hit.sent.start, hit.start - 60), hit.start):
            return False  # "The ministry announced in Cairo that ...": one side's announcement at home
    else:
        return False
    if _TIME_CLAUSE.search(text, max(hit.sent.start, hit.start - 60), hit.start):
        return False
    if d.type == "decision" and not _AFTER_TALKS.match(_mask(text, place.end, hit.sent.end, spans.mask_spans())):
        return False
    gap = _mask(text, gap_start, place.start, spans.mask_spans())
    return bool(_VERB_GAP.fullmatch(gap))


def accord_gatherings(doc: Document, drafts: list[_Draft], dates, places) -> list[_Draft]:
    """``drafts`` where each accord that happened at a city places its sentence's unplaced talks, else adds a
    meeting there on its day (see the module's docstring); no meeting is added where a placed meeting of the article
    stands at that place on that day."""
    from lib.extract.events.venues import compatible

    out = list(drafts)
    for d in drafts:
        if d.type not in ("agreement", "decision") or d.status not in ACCORD_STATUSES or d.remote:
            continue
        place = d.location
        if place is None or place.place_type not in ("settlement", "other") or not place.country_code \
                or place.lat is None:
            continue
        sent = d.hit.sent
        spans = _Spans([m for m in dates if sent.start <= m.start and m.end <= sent.end],
                       [p for p in places if sent.start <= p.start and p.end <= sent.end], [])
        if not _accord_place(doc, d, spans):
            continue
        mates = [m for m in out if m.type in VENUE_TYPES and m.hit.sent is sent and not m.remote]
        if any(m.venue is not None and compatible(m.venue, place) for m in mates):
            continue  # the talks of the sentence are placed there already
        unplaced = [m for m in mates if m.venue is None and m.type == "meeting" and m.status in ACCORD_STATUSES]
        if unplaced:
            for m in unplaced:  # "announced the deal in Doha after weeks of talks": the talks were there
                m.venue, m.loc_basis = place, "sentence"
            continue
        if any(m.type in VENUE_TYPES and m.venue is not None and m.venue.value == place.value
               and getattr(m.date, "value", None) == getattr(d.date, "value", None) for m in out):
            continue  # the article reports that meeting already
        out.append(replace(d, type="meeting", cameo="057", venue=place, location=None, loc_basis="attached",
                           extra_id="gathering", noun=False))
    return out
