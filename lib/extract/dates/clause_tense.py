"""Clauses and tense: which clause a date belongs to, and whether that clause speaks of the future or the past.

The idea: a date without its year or week (a weekday, a month-day) is placed by the tense of the verb that
governs it. A sentence is cut into clauses (';', dashes, relative clauses), and the tense markers of the
date's own clause decide, ranked by kind and distance (``lib/data/dates_lexicon.csv`` future_marker,
past_marker, scheduled_present, announce_verb/planned_event ...).

Example:
    >>> tense("He will arrive on Sunday.", 18, 24)
    ('future', 'arrive')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lib.extract.timex_grammar import lexicon

# ----------------------------------------------------------------------------- clauses and tense

_CLAUSE_BREAK = re.compile(r";|\s[—–-]\s|\s[—–]|[—–]\s")
_REL_CLAUSE = re.compile(r",\s+(?:which|who|whom|whose|where)\b")


# a comma inside a relative clause that only separates items of a list ("who visited Cairo, Jerusalem and
# Ramallah last month, said ..."): one to four words, then another list comma or the closing "and/or"
# (an item may not open with a verb: "Abbas, who met Blinken, said he and Sisi agreed" ends at "Blinken")
_LIST_ITEM = (r"(?!(?:and|or|but|said|says|told|tells|added|adds|is|are|was|were|has|have|had|will|would|can|could|"
              r"should|may|might|must|did|does|met|went|came|made|took|gave)\b)(?![a-z]+ed\b)"
              r"[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3}")
_LIST_COMMA = re.compile(rf",\s*{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*\s*,?\s+(?:and|or)\s+\S")


def _rel_clause_end(text: str, start: int, limit: int) -> int:
    """Where a relative clause opened at ``start`` ends: the first comma that is not a list comma, else ``limit``."""
    pos = start
    while True:
        stop = text.find(",", pos, limit)
        if stop < 0:
            return limit
        m = _LIST_COMMA.match(text, stop, limit)
        if not m:
            return stop
        pos = m.end() - 1


def clauses(text: str) -> list[tuple[int, int, int]]:
    """(start, end, clause id) segments of a sentence: ';' and dashes start a new clause; a relative clause
    (", which ...", ", who ...") is its own clause up to the next comma.

    >>> [(text[a:b], k) for text in ["Haniyeh, who is in Qatar, arrives soon; talks end."]
    ...  for a, b, k in clauses(text)]
    [('Haniyeh', 0), (', who is in Qatar', 1), (', arrives soon', 0), ('; talks end.', 2)]
    """
    out: list[tuple[int, int, int]] = []
    next_id = 0
    pos = 0
    bounds = [m.start() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    for b in bounds:
        main = next_id
        next_id += 1
        seg_start = pos
        cur = pos
        for rm in _REL_CLAUSE.finditer(text, pos, b):
            stop = _rel_clause_end(text, rm.end(), b)
            if rm.start() > cur:
                out.append((cur, rm.start(), main))
            out.append((rm.start(), stop, next_id))
            next_id += 1
            cur = stop
        if b > cur or cur == seg_start:
            out.append((cur, b, main))
        pos = b
    return [(a, b, k) for a, b, k in out if b > a] or [(0, len(text), 0)]


def _clause_id(segs: list[tuple[int, int, int]], pos: int) -> int:
    for a, b, k in segs:
        if a <= pos < b:
            return k
    return segs[-1][2] if segs else 0


@dataclass(frozen=True)
class _Markers:
    future: tuple[tuple[int, int, str], ...]
    past: tuple[tuple[int, int, str], ...]


def _marker_regex(words: tuple[str, ...]) -> re.Pattern:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w'’])(?:{alts})(?![\w'’])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _tense_markers() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    lx = lexicon()
    return _marker_regex(lx.future_markers), _marker_regex(lx.past_markers), _marker_regex(lx.scheduled_present)


@lru_cache(maxsize=1)
def _planned_event_rx() -> tuple[re.Pattern, re.Pattern]:
    """(announcement verb, planned-event noun) patterns; "march" the noun only in lower case (March is a month)."""
    lx = lexicon()
    nouns = "|".join("(?-i:march)" if w == "march" else re.escape(w).replace(r"\ ", r"\s+")
                     for w in lx.planned_events)
    return _marker_regex(lx.announce_verbs), re.compile(rf"(?<![\w'’-])(?:{nouns})(?![\w'’-])", re.IGNORECASE)


# a form of "be" (with an adverb or two) right before a participle: the passive ("was announced", "has been called")
_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|not\s+|also\s+|just\s+){0,2}$")
# a preposition that makes the noun after it an adjunct of the verb, not its object ("at a press conference")
_PREP_BEFORE_NOUN = re.compile(r"(?i)\b(?:at|in|during|after|before|following|from|since|by|with|amid|"
                               r"of|into)\s+(?:(?:a|an)\s+)?(?:(?!(?:a|an)\s)[\w-]+\s+){0,2}$")


def _announced_event(text: str, start: int, inside) -> str:
    """The "<verb> ... <event>" that makes the date at ``start`` the day of an announced, planned event, or ''.

    The date must follow the event noun (the verb's object) with no verb in between: "declared a general strike
    across the north on Thursday", "called for a rally on Friday"; not "announced on Monday a strike" (the
    announcement's day) nor "called a strike after troops stormed the camp on Monday" (the storming's day).
    """
    verb_rx, noun_rx = _planned_event_rx()
    verbs = [m for m in verb_rx.finditer(text, 0, start) if inside(m.start())]
    if not verbs:
        return ""
    v = verbs[-1]
    if _PASSIVE_BEFORE.search(text, 0, v.start()):
        return ""  # "the truce was announced ... on Wednesday": the passive names no new event as its object
    # a noun after a preposition is an adjunct of the verb, not its object ("announced at a press conference")
    nouns = [m for m in noun_rx.finditer(text, v.end(), start)
             if inside(m.start()) and not _PREP_BEFORE_NOUN.search(text, v.end(), m.start())]
    if not nouns or nouns[0].start() - v.end() > 40:
        return ""
    if re.search(r"(?i)\b(?:the|this|that|its|their|his|her|our)\b", text[v.end():nouns[0].start()]):
        return ""  # a known event ("announced the summit on Monday"): the date is the announcement's
    gap = text[nouns[-1].end():start]
    fut_rx, past_rx, _ = _tense_markers()
    if len(gap) > 80 or _ED.search(gap) or past_rx.search(gap) or fut_rx.search(gap) or verb_rx.search(gap):
        return ""
    return f"{v.group(0).lower()} {nouns[-1].group(0).lower()}"


@lru_cache(maxsize=1)
def _intent_rx() -> re.Pattern:
    return _marker_regex(lexicon().future_intent)


# what may stand between a verb and its own date ("issued late on Sunday", "pledged on Monday")
_ADJACENT = re.compile(r"\s+(?:(?:late|early|on|in|at|last|this|since|by|earlier|later|the|again)\s+)*")


@lru_cache(maxsize=1)
def _term_rx() -> re.Pattern:
    return _marker_regex(lexicon().term_verbs)


@lru_cache(maxsize=1)
def _prospect_rx() -> re.Pattern:
    return _marker_regex(lexicon().prospect_markers)


# the end of a term right before its date ("until Friday", "through March 31", "to Sunday"); not the end of a
# range ("from Monday to Friday")
_TERM_END = re.compile(r"(?i)\b(?:until|till|through|to)\s+$")
_RANGE_TO = re.compile(r"(?i)\b(?:from|between)\s+[\w.,’' -]{1,30}\s+to\s+$")


# "before the Jan. 20 inauguration": a month-day naming a planned event (planned_event, with an adjective or not)
_BEFORE_THE = re.compile(r"(?i)\bbefore\s+(?:the\s+|a\s+)?$")
_EVENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?")


def _ahead(text: str, start: int, end: int, inside) -> list[tuple[int, int, str, bool]]:
    """Markers that put the date at [start, end) ahead of its clause's own time: a verb setting a term before
    "until/to" right before the date ("extended the truce until Friday", "gave Hamas until Saturday"), a coming
    event's cue before it ("ahead of talks on Thursday"), with no comma between, or "before" a month-day naming a
    planned event ("before the October 10 elections"; a past one keeps the nearest year: ``values._pick_year``)."""
    out = []
    if _BEFORE_THE.search(text, max(0, start - 12), start) and re.search(r"\d", text[start:end]) and \
            re.search(r"[A-Za-z]", text[start:end]):
        gap = _EVENT_AFTER.match(text, end)
        nouns = _planned_event_rx()[1]
        if any(nouns.match(text, p) for p in {end + len(gap.group(0)) if gap else end,
                                               end + len(re.match(r"\s*", text[end:]).group(0))}):
            b = text.rindex("before", 0, start)
            out.append((b, b + 6, "before", True))
    if _TERM_END.search(text, max(0, start - 8), start) and not _RANGE_TO.search(text, max(0, start - 45), start):
        out += [(m.start(), m.end(), m.group(0), True) for m in _term_rx().finditer(text, 0, start)
                if inside(m.start()) and not re.search(r"[,;:]", text[m.end():start])]
    out += [(m.start(), m.end(), m.group(0), True) for m in _prospect_rx().finditer(text, 0, start)
            if inside(m.start()) and not re.search(r"[,;:]", text[m.end():start])
            and len(text[m.end():start].split()) <= 8]
    return out


@lru_cache(maxsize=1)
def _onset_rx() -> re.Pattern:
    """A participle of onset right before its date ("starting Monday", "effective from 1 July")."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon().future_onset)
    return re.compile(rf"(?i)(?<![\w'’])({alts})\s+(?:(?:on|from|at|as\s+of|in)\s+)?(?:the\s+)?$")


_REL_PRESENT = re.compile(r",\s+(?:who|which)\s+(?:(?:also|still|now|again|then|formally|jointly|officially)\s+)?"
                          r"([a-z]{3,}(?<![su]s)s)\b")


@lru_cache(maxsize=1)
def _topic_rx() -> re.Pattern:
    """A verb of saying or thinking and 'of/about' right before a date ("officials spoke of mid-September")."""
    alts = "|".join(re.escape(w) for w in lexicon().topic_verbs)
    return re.compile(rf"(?i)(?<![\w'’])({alts})\s+(?:of|about)\s+(?:(?:the|a|an)\s+)?$")


def _topic(text: str, start: int) -> str:
    """The verb when the month at ``start`` is the topic of a verb of saying ("spoke of mid-September"): what
    was said is not placed by the tense of the saying (a plan is spoken of in the past), so the month is the
    one nearest the anchor; '' otherwise.

    >>> t = "Officials spoke of mid-September."
    >>> _topic(t, t.index("mid")), _topic("Talks ended in mid-September.", 15)
    ('spoke', '')
    """
    m = _topic_rx().search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def _rel_clause_present(text: str, spans: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """(start, end, verb) of a present simple verb (third person) opening the relative clause among ``spans``."""
    for a, _ in spans:
        m = _REL_PRESENT.match(text, a)
        if m and m.group(1) not in lexicon().present_not_scheduled and m.group(1) not in _tense_markers_words():
            return m.start(1), m.end(1), m.group(1)
    return None


@lru_cache(maxsize=1)
def _tense_markers_words() -> frozenset[str]:
    lx = lexicon()
    return frozenset(lx.past_markers) | frozenset(lx.future_markers)


_TO_VERB = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|be|this|that|these|those|and|or|date|"
                      r"power|office|work|court|war|death|life|jail|prison|hospital|"
                      # a number or an amount is no verb: "the death toll has risen to eight"
                      r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                      r"sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|billion|dozens?|"
                      r"about|around|nearly|almost|roughly|some|more|less|over|under|at|least|zero)\b)[a-z]{2,}\b"
                      r"(?!\s+(?:than|and)\b)")
# an infinitive after a verb of hoping or planning names what is to come ("told reporters late Wednesday that he
# hoped to bring the delegations together on Friday"): strong, unlike a bare "to <verb>" ("vowed to retaliate for the
# attack on Friday" is no plan for Friday)
_PLAN_TO = re.compile(r"\b(?:hopes?|hoped|hoping|plans?|planned|planning|expects?|expected|expecting|intends?|"
                      r"intended|intending|aims?|aimed|aiming)\s+to\s+(?!be\b)[a-z]{2,}\b")
# the present perfect names what has happened ("the toll from strikes on Friday has risen"); weak, like '-ed'
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:not|already|also|now|since)\s+|[a-z]+ly\s+)?"
                      r"(?!(?:been|to|until|till|yet|no|a|an|the)\b)[a-z]{3,}(?:ed|en|wn|ne|ht|un|ung|ost|eft|et|id|"
                      r"ot|ad|uck|it|ut)\b")
_ED = re.compile(r"(?<![-’'])\b[a-z]{2,}ed\b")
_HEADLINE_TO = re.compile(r"\b[Tt]o\s+([A-Z][a-z]+)\b")
# a passive infinitive names a plan: "the hostages to be freed on Saturday", "a draft to be put to a vote on Thursday"
_TO_BE = re.compile(r"\bto\s+be\s+(?:[a-z]+ly\s+)?(?!(?:a|an|the|no|in|at|on|of|held\s+responsible)\b)[a-z]{2,}\b")


def tense(text: str, start: int, end: int, region: str = "body") -> tuple[str, str]:
    """('future'|'past'|'', marker) for the date at [start, end) of a sentence, from the tense markers of
    its clause (``lib/data/dates_lexicon.csv`` future_marker / past_marker, plus '-ed' verbs and "to <verb>").

    In body text the present simple of a scheduled event is future ("the council, which holds a session on
    Monday"; scheduled_present), and so, weakly, is any present simple opening a relative clause ("Netanyahu,
    who faces Lapid in elections on Tuesday"; not present_not_scheduled: "which says", "which controls");
    headlines and captions use the present for the past, so there it is no cue. A date after the object of
    an active announcement verb that names a planned event is that event's day, so future ("declared a
    general strike on Thursday"; announce_verb, planned_event); not a passive ("was announced ... on
    Wednesday") nor a noun after a preposition ("announced at a press conference on Wednesday").

    >>> tense("Ramadan, which begins on March 22, is near.", 25, 33)
    ('future', 'begins')
    >>> tense("He said Saturday that they would go.", 8, 16)
    ('past', 'said')
    >>> tense("Factions declared a general strike on Thursday.", 38, 46)
    ('future', 'declared general strike')
    """
    fut_rx, past_rx, sched_rx = _tense_markers()
    segs = clauses(text)
    cid = _clause_id(segs, start)
    spans = [(a, b) for a, b, k in segs if k == cid]

    def inside(p: int) -> bool:
        return any(a <= p < b for a, b in spans)

    fut = [(m.start(), m.end(), m.group(0), True) for m in fut_rx.finditer(text) if inside(m.start())
           and not (m.group(0).lower() == "would" and re.match(r"\s+have\b", text[m.end():]))]
    if region == "body":
        fut += [(m.start(), m.end(), m.group(0), True) for m in sched_rx.finditer(text) if inside(m.start())
                and not re.search(r"(?i)\b(?:not|n[’']t|never|did|does|do)\s+$", text[max(0, m.start() - 8):m.start()])
                # an infinitive after the date is a purpose of its clause, no present simple ("signed an agreement
                # on Friday to resume relations"); before it, a plan ("were to meet in Cairo on Tuesday")
                and not (m.start() >= end and re.search(r"(?i)\bto\s+$", text[max(0, m.start() - 4):m.start()]))]
    # a verb of intent before a deadline ("hoped for a breakthrough by the end of January", "pledged elections by
    # June") projects it forward; not a date right after the verb ("pledged by Monday"), nor one without 'by'
    # ("vowed revenge for the strike on Monday": the strike's day)
    if re.search(r"(?i)\bby\s+$", text[max(0, start - 4):start]):
        fut += [(m.start(), m.end(), m.group(0), True) for m in _intent_rx().finditer(text, 0, start)
                if inside(m.start()) and not _ADJACENT.fullmatch(text, m.end(), start)]
    fut += _ahead(text, start, end, inside)
    taken = [(f[0], f[1]) for f in fut]
    past = [(m.start(), m.end(), m.group(0), rx is past_rx) for rx in (past_rx, _ED, _PERFECT)
            for m in rx.finditer(text)
            if inside(m.start()) and not any(a <= m.start() < b for a, b in taken)
            and not (start <= m.start() < end)
            and not re.search(r"\b(?:be|being)\s+$", text[max(0, m.start() - 7):m.start()], re.IGNORECASE)
            # "as planned", "as expected", "as agreed": an idiom, not the clause's verb ("would begin as planned in July")
            and not re.search(r"(?i)\bas\s+$", text[max(0, m.start() - 4):m.start()])
            # a "since ..." phrase names a past reference point, not the main verb's tense
            and not re.search(r"(?i)\bsince(?:\s+[\w'’-]+){1,4}\s+$", text[max(0, m.start() - 50):m.start()])]
    # a headline in title case writes its passive infinitive capitalised ("Suleiman to Be Elected Sunday"); a
    # capitalised "to X" is no infinitive there ("Talks Return to Doha")
    infinitives = text.lower() if region == "headline" else text
    fut += [(m.start(), m.end(), m.group(0), True) for m in _TO_BE.finditer(infinitives) if inside(m.start())]
    if region == "headline":
        # "Parliament to Elect Suleiman on Sunday": a title-case infinitive of a plan's verb (not "Return to Doha")
        fut += [(m.start(), m.end(), m.group(0), True) for m in _HEADLINE_TO.finditer(text) if inside(m.start())
                and m.group(1).lower() in lexicon().headline_infinitives]
    fut += [(m.start(), m.end(), m.group(0), True) for m in _PLAN_TO.finditer(text) if inside(m.start())
            and not re.search(r"(?i)\bhad\s+(?:[a-z]+ly\s+)?$", text[max(0, m.start() - 14):m.start()])]
    # journalese future without an auxiliary: "Haniyeh to visit Cairo on Sunday" (weak, like '-ed')
    fut += [(m.start(), m.end(), m.group(0), False) for m in _TO_VERB.finditer(text) if inside(m.start())]
    if region == "body":
        # the present simple right after ", who/which" is a scheduled event ("Netanyahu, who faces Lapid in
        # elections on Tuesday"): weak, so a nearer past verb still owns the date ("who faces charges filed on Monday")
        rel = _rel_clause_present(text, spans)
        if rel is not None:
            fut.append((*rel, False))
    fut = [f for f in fut if not (start <= f[0] < end)]
    if re.search(r"(?i)\bsince\s+(?:the\s+)?$", text[max(0, start - 12):start]):
        return "past", "since"
    onset = _onset_rx().search(text, max(0, start - 40), start)
    if onset and not _PASSIVE_BEFORE.search(text, 0, onset.start()):
        # "a week-long ceasefire starting Monday evening", "sanctions effective from Sunday": the start of a plan
        return "future", onset.group(1).lower()
    # the governing verb usually precedes its date ("will arrive on Sunday", "said Thursday"). Ranking:
    # a listed marker before the date in its clause; a listed marker just after it ("and on Sunday said");
    # a weak cue before it ('-ed' words, often adjectives as in "the occupied West Bank"; "to visit");
    # else the nearest marker after it ("On Feb. 12, the cabinet announced that it would ...")
    best: tuple[int, int, str, str] | None = None
    for kind, items in (("future", fut), ("past", past)):
        for a, b, w, lexical in items:
            before = b <= start
            dist = start - b if before else a - end
            if before:
                # an '-ed' verb right before its date is its verb ("issued late on Sunday", "killed on Monday")
                strong = lexical or _ADJACENT.fullmatch(text, b, start)
                key = (0 if strong else 2, dist)
            else:
                close = lexical and dist <= 20 and not re.search(r"[,;]|\b(?:and|but|or|while|then|that)\b", text[end:a])
                key = (1 if close else 3, max(dist, 0))
            if best is None or key < best[:2]:
                best = (*key, kind, w.lower())
    if best is None or best[2] != "future":
        announced = _announced_event(text, start, inside)
        if announced:
            return "future", announced
    return (best[2], best[3]) if best else ("", "")
