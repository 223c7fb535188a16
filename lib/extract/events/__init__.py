"""Events: typed, coded, dated happenings, one per real happening in an article.

Idea: a trigger word ("met", "the talks", "visited", "signed") names an event of the documented vocabulary; its
arguments come from the mentions the other stages found in its clause, and repeated mentions of one meeting or
visit fold into one row.

Approach: for each body sentence, ``triggers`` finds the trigger words; ``when`` dates each, ``modality`` says
whether it happened, ``participants`` gives who acted and who was acted on, and for meetings and visits
``attach`` and ``venues`` find the place it happened (``location_basis`` says how); ``happenings`` folds
definite mentions and repeats into the event they refer to; ``assemble`` runs the pass and adds statement and
casualty-report events. The catalogue of cases is in ``docs/extraction-events.md``.

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

from lib.extract.events.assemble import SPEECH_TYPES, STANCE_TYPE, extract
from lib.extract.events.attach import attached_places
from lib.extract.events.modality import modality
from lib.extract.events.other_times import _attributive
from lib.extract.events.text import (
    BREAK_WORDS,
    CUES_CSV,
    NON_DIPLOMATIC,
    PLACE_RANK,
    STATUSES,
    TRIGGERS_CSV,
    TYPES_CSV,
    VENUE_TYPES,
    VERB_FORMS,
)
from lib.extract.events.triggers import EventType, Trigger, cues, event_types, find_triggers, triggers
from lib.extract.events.venues import compatible, dateline_place, landmark_places, venue_groups
from lib.models import Mention

__all__ = ["BREAK_WORDS", "CUES_CSV", "NON_DIPLOMATIC", "PLACE_RANK", "SPEECH_TYPES", "STANCE_TYPE", "STATUSES",
           "TRIGGERS_CSV", "TYPES_CSV", "VENUE_TYPES", "VERB_FORMS", "EventType", "Mention", "Trigger",
           "_attributive", "attached_places", "compatible", "cues", "dateline_place", "event_types", "extract",
           "find_triggers", "landmark_places", "modality", "triggers", "venue_groups"]
