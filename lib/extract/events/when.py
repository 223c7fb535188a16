"""When: the date of a trigger.

Idea: the governing date of the sentence (``dates.governing_date``) unless the trigger has a time expression of
its own in its clause (after it with no break, right before it, in its subject predicate "Talks ... resumed in
Vienna on Monday", or in a relative clause "which would convene early next year"). A date that modifies another
noun ("the 2015 deal"), a participle's date ("land occupied in 1967"), a "since" aside and an origin ("date back
to") date no trigger; "the next day" counts from the latest meeting dated to a day.

Example:
    >>> t = "Talks to revive the 2015 nuclear deal resumed."
    >>> d = Mention.make("a", kind="date", text="2015", start=20, end=24, value="2015")
    >>> _attributive(t, d, Sentence(0, 0, len(t), t))
    True
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from lib.extract.events.attach import _AUSPICES, _DATELINE_LEAD, _LIST
from lib.extract.events.text import (
    QUOTE_CHARS,
    VENUE_TYPES,
    _has_break,
    _in_quote,
    _mask,
    _n_words,
    _Spans,
    _words,
)
from lib.extract.events.triggers import _Draft, _Hit, _noun_trigger
from lib.extract.intervals import interval
from lib.models import Document, Mention, Sentence

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
            set(_words(before)) & (_SUBJECT_BREAKS | _RELATION_WORDS):
        return None  # the noun is not the clause's subject ("The summit follows the Cairo Summit ...": an object)
    for m in _HAPPEN.finditer(text, hit.end, sent.end):
        gap = _mask(text, hit.end, m.start(), ms)
        if re.search(r"\b(?:the|a|an|its|their|his|her|this|that)\s*$", gap, re.I) or gap.count(",") == 1:
            continue  # a noun ("the start of the war"), or inside an appositive
        if re.search(rf"[;:{QUOTE_CHARS}()]|\s[-–—]\s", gap) or set(_words(gap)) & (_SUBJECT_BREAKS | _RELATION_WORDS) or \
                _n_words(gap) > 25 or gap.count(",") not in (0, 2):
            return None
        if gap.count(",") == 2 and not re.match(r"\s*,", gap):
            return None  # a comma pair is an appositive right after the noun ("The visit, the first ..., began")
        return m.end()
    return None


# a relative clause after a meeting noun that says where and when it happens ("the next session in Geneva, which he
# hoped would convene early next year", "The negotiations, which Kerry relaunched in Washington on July 29, ...",
# "an emergency meeting, which was set for Thursday in Amman")
_RELATIVE_VERB = re.compile(r"\b(?:be\s+held|held|hosted|convene|convened|reconvene|reconvened|take\s+place|took\s+place|"
                            r"meet|open|opened|start|started|begin|began|resume|resumed|launch|launched|relaunch|"
                            r"relaunched|restart|restarted|(?:set|scheduled|planned|slated|fixed)\s+for)\b", re.I)
_RELATIVE_HEAD = re.compile(r"^[^;:“”\"()]*?,\s*(?:(?:which|that)\s+(?:[\w’'-]+\s+){0,4}?)?$", re.I)
# a reduced relative clause opens with a participle ("the 41st session of the council (GCC), held in X")
_PARTICIPLES = frozenset("held hosted convened reconvened launched relaunched".split())
# ... and a preposition after it: "the meeting, hosted the delegations" is a subject's finite verb, not a clause
_PARTICIPLE_PREP = re.compile(r"\s+(?:in|at|by|on|near|inside|outside|under)\b", re.I)
_ACRONYM = re.compile(r"\s*\(\s*[A-Z]{2,8}\s*\)")  # "(GCC)", or its actor placeholder


def _relative_predicate(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans) -> tuple[int, int] | None:
    """(end of the verb, end of the clause) of a relative clause that says where and when the meeting noun at ``hit``
    happens, or None.

    >>> from lib.extract.document import document_from_text

    >>> from lib.extract.events.triggers import find_triggers
    >>> d = document_from_text("a", "The talks, which Kerry relaunched in Washington, are due to end soon.")
    >>> hit = find_triggers(d, d.sentences[0])[0]
    >>> end, stop = _relative_predicate(d, d.sentences[0], hit, _Spans([], [], []))
    >>> d.text[hit.end:end], d.text[end:stop]
    (', which Kerry relaunched', ' in Washington')
    """
    ms = spans.mask_spans()
    for m in _RELATIVE_VERB.finditer(doc.text, hit.end, sent.end):
        gap = _ACRONYM.sub("", _mask(doc.text, hit.end, m.start(), ms))
        reduced = not re.search(r"\b(?:which|that)\b", gap.rsplit(",", 1)[-1], re.I)
        if _RELATIVE_HEAD.match(gap) and (not reduced or m.group(0).lower() in _PARTICIPLES and _PARTICIPLE_PREP.match(
                doc.text, m.end(), sent.end)) and \
                _n_words(gap[:gap.index(",")]) <= 12 and \
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

    >>> from lib.extract.events.triggers import find_triggers
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


# a date after a participle that modifies a noun ("land occupied in 1967", "the accord signed in Cairo on Thursday"):
# the time of that participle, not of a trigger elsewhere in the sentence (the noun's own: "talks held in 2010")
_PARTICIPLE_DATE = re.compile(r"\b(?P<head>[a-z][\w’'-]*)\s+(?P<part>[a-z]+ed|taken|won|seized|built|drawn|"
                              r"begun|held|born|signed|fought|lost|struck|made)\s+"
                              r"(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3})?(?:(?:in|since|on|during)\s+(?:the\s+)?)?$")
_NOT_HEAD = frozenset("""was were is are be been being has have had which that who whom it they he she we you i also
later then first jointly finally eventually subsequently previously already formally officially reportedly initially
originally last and or but not never once twice again recently since just only""".split())

# the head noun opens its clause ("The envoys arrived ..."): the -ed word is its finite verb unless another finite verb
# follows the date ("The accord signed in Cairo on Thursday was welcomed")
_SUBJECT_HEAD = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:(?:the|a|an|two|both|all|its|their|his|her|"
                           r"[A-Z][\w’'-]*)\s+){0,3}$")
_LATER_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|could|came|comes|come|remains?|remained|"
                         r"collapsed|failed|ended|expired|broke)\b")


def _participle_date(text: str, d: Mention, sent: Sentence, trigger: tuple[int, int] = (0, 0)) -> bool:
    """Is the date the time of a participle modifying a noun (not the trigger at ``trigger`` itself)?

    >>> t = "Leaders meeting in Beirut endorsed a withdrawal from land occupied in 1967."
    >>> d = Mention.make("a", kind="date", text="1967", start=t.index("1967"), end=t.index("1967") + 4, value="1967")
    >>> _participle_date(t, d, Sentence(0, 0, len(t), t))
    True
    >>> t = "The envoys arrived in Cairo on Monday and met Sisi."
    >>> d = Mention.make("a", kind="date", text="Monday", start=t.index("Monday"), end=t.index("Monday") + 6)
    >>> _participle_date(t, d, Sentence(0, 0, len(t), t))
    False
    """
    m = _PARTICIPLE_DATE.search(text, max(sent.start, d.start - 60), d.start)
    if m is None or m.end() != d.start or m.group("head") in _NOT_HEAD:
        return False
    if _SUBJECT_HEAD.search(text, max(sent.start, m.start("head") - 40), m.start("head")) and \
            not _LATER_VERB.search(text, d.end, sent.end):
        return False  # "The envoys arrived in Cairo on Monday and met X": the subject's finite verb, no participle
    return not (trigger[0] <= m.start("part") < trigger[1] or trigger[0] <= m.start("head") < trigger[1])


# words that relate another event in time to the trigger: a date after them is that event's ("His visit this week
# follows a meeting in Cairo last month", "visited the region after the raid on January 26", "ahead of the holidays")
_RELATION_WORDS = frozenset("""after before following ahead prior preceding follows followed follow precedes preceded
precede succeeds succeeded predates predated""".split())
_RELATED = re.compile(r"\b(?:after|before|following|ahead\s+of|prior\s+to|preceding|follows|followed|follow|"
                      r"precedes|preceded|precede|succeeds|succeeded|predates|predated)\b", re.I)


def _related_date(text: str, hit: _Hit, d: Mention, published: str = "") -> bool:
    """Is the date after the trigger the time of another event related to it ("visited the region after the raid on
    January 26", "follows a meeting in Cairo last month")? A time relation word between them, in one clause. A
    deadline after the publication date ("would meet again before the end of next week") is the plan's own time.

    >>> t = "Blinken visited the region after the raid on Jenin on January 26."
    >>> s = Sentence(0, 0, len(t), t)
    >>> d = Mention.make("a", kind="date", text="January 26", start=t.index("Jan"), end=t.index("Jan") + 10)
    >>> _related_date(t, _Hit(s, 8, 15, "visited", None), d)
    True
    >>> t = "Blinken visited the region on January 26 after the raid."
    >>> d = Mention.make("a", kind="date", text="January 26", start=t.index("Jan"), end=t.index("Jan") + 10)
    >>> _related_date(t, _Hit(s, 8, 15, "visited", None), d)
    False
    """
    if d.start < hit.end:
        return False
    m = _RELATED.search(text, hit.end, d.start)
    if m is not None and published and re.match(r"before|ahead|prior", m.group(0), re.I) and \
            _after_publication_value(published, d.value):
        return False  # a deadline ahead ("would meet again in Cairo before the end of next week"): the plan's time
    return m is not None and not re.search(rf"[;{QUOTE_CHARS}]", text[m.end():d.start])


_DEADLINE_BEFORE = re.compile(r"\bby\s+$", re.I)


def _earlier_deadline(text: str, d: Mention, hit: _Hit) -> bool:
    """Is the date a deadline of an earlier clause ("agreed to launch talks aimed at a treaty by the end of 2008,
    Bush announced at the opening of the conference")? A date after "by" with a comma before the trigger is the
    time its own clause's goal is due, not the time of a trigger after it; a sentence opening with it ("By March,
    the envoys had met twice") frames the whole sentence.

    >>> t = "They agreed on a treaty by the end of 2008, he said at the conference."
    >>> s = Sentence(0, 0, len(t), t)
    >>> d = Mention.make("a", kind="date", text="the end of 2008", start=t.index("the end"), end=t.index(", he"))
    >>> _earlier_deadline(t, d, _Hit(s, t.index("conference"), len(t) - 1, "conference", None))
    True
    >>> t = "He recalled envoys, withdrawn after the war began in 2000, and praised the summit."
    >>> d = Mention.make("a", kind="date", text="2000", start=t.index("2000"), end=t.index("2000") + 4)
    >>> _earlier_deadline(t, d, _Hit(Sentence(0, 0, len(t), t), t.index("summit"), len(t) - 1, "summit", None))
    True
    """
    if d.end > hit.start or "," not in text[d.end:hit.start] or _n_words(text[hit.sent.start:d.start]) <= 1:
        return False  # not "By March, X met"
    # ... and so is the date of a time-relation aside ("would return their envoys, withdrawn after the uprising
    # began in September 2000, and called the summit a first step")
    return bool(_DEADLINE_BEFORE.search(text, max(0, d.start - 4), d.start)
                or _RELATION_ASIDE.search(text, max(hit.sent.start, d.start - 80), d.start))


_RELATION_ASIDE = re.compile(r",\s*[^,;]*?\b(?:after|before|since|until)\s+(?:the\s+)?[\w’'-]+\s+[^,;]*$", re.I)


def _after_publication_value(published: str, value: str) -> bool:
    iv, pub = interval(value or ""), interval(published or "")
    return iv is not None and pub is not None and iv[1] > pub[1]


_NAME_REST = re.compile(r"^\s*(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*(?=\s)")


def _attached_dates(doc: Document, sent: Sentence, ts: int, te: int, spans: _Spans) -> list[Mention]:
    """Date mentions bound to the trigger: right before it in its clause, or after it with no clause break. A date
    modifying another noun ("the 2015 nuclear deal") is not bound to a trigger after that noun, nor is the date of a
    participle modifying a noun ("land occupied in 1967")."""
    out = []
    ms = spans.mask_spans()
    for d in spans.dates:
        if _attributive(doc.text, d, sent) and not (d.end <= ts and _n_words(doc.text[d.end:ts]) <= 2) and \
                not _signing_of(doc.text, d, ts, te):
            continue
        if _participle_date(doc.text, d, sent, (ts, te)):
            continue
        if d.start >= te:
            gap = _AUSPICES.sub(" ", _mask(doc.text, te, d.start, [s for s in ms if s[0] != d.start]))
            if doc.text[ts:ts + 1].isupper():  # the rest of a meeting's name: "the Cairo Summit for Peace on X"
                gap = _NAME_REST.sub(" ", gap)
            if not _has_break(re.sub(r"\b(?:on|in|at|during|since|until)\s*$", "", gap), allow=("of", "to", "with")) \
                    and _n_words(gap) <= 10 and not set(_words(gap)) & _RELATION_WORDS:
                out.append(d)
        elif d.end <= ts:
            gap = _mask(doc.text, d.end, ts, [s for s in ms if s[0] != d.start])
            if not _has_break(gap, allow=("of", "with")) and _n_words(gap) <= 8 and not set(_words(gap)) & _RELATION_WORDS:
                out.append(d)
    return out


_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|tells|added|adds|stated|announced|reported|wrote)\b"
                              r"(?:\s+[\w’'-]+){0,2}?\s+(?:(?:on|in|at|during)\s+)?$", re.I)


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


def _after_publication(doc: Document, value: str, basis: str) -> bool:
    """Does the date ``value`` begin after the publication period ends (a future event)?"""

    if basis not in ("explicit", "relative") or not value or not doc.published:
        return False
    iv, pub = interval(value), interval(doc.published)
    return iv is not None and pub is not None and iv[0] > pub[1]


def _dates_overlap(a, b) -> bool:

    ia, ib = interval(a.value, a.date_start, a.date_end), interval(b.value, b.date_start, b.date_end)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


@dataclass
class _When:
    """The time of a trigger: the governing date and the dates bound to it."""

    dref: object  # DateRef
    own_dates: list[Mention]
    clause_dates: list[Mention]
    pred_end: int | None  # the end of the predicate of a subject meeting noun or of its relative clause
    shifted: object = None  # the DateRef of "the next day" etc., when that phrase dates the trigger


_SINCE_BEFORE = re.compile(r"\b(?:since|ever\s+since)\s+(?:the\s+)?$", re.I)


def _not_a_time_of(text: str, d: Mention, sent: Sentence, hit: _Hit, noun: bool = True) -> bool:
    """Is the date a modifier of another noun ("the 1967 borders", "the 2014 war"; not the trigger's own "the 2015
    talks") or the start of a period ("the first visit since 2017"), so never the time of the trigger at ``hit``?

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.events.triggers import find_triggers
    >>> def f(t, y):
    ...     d = document_from_text("a", t)
    ...     m = Mention.make("a", kind="date", text=y, start=t.index(y), end=t.index(y) + len(y), value=y)
    ...     return _not_a_time_of(t, m, d.sentences[0], find_triggers(d, d.sentences[0])[0])
    >>> f("He urged negotiations towards a state on the 1967 borders.", "1967"), f("The 2015 talks failed.", "2015")
    (True, False)
    >>> f("It is his ninth trip to the region since 2023.", "2023"), f("The talks began in 2023.", "2023")
    (True, False)

    A verb's "since" date starts the series it reports ("have met in Cairo since last month"): ``noun=False``.
    """
    if noun and _SINCE_BEFORE.search(text, max(sent.start, d.start - 12), d.start):
        return True
    if not _attributive(text, d, sent) or _signing_of(text, d, hit.start, hit.end):
        return False
    return not (d.end <= hit.start and _n_words(text[d.end:hit.start]) <= 2)


# the agreement a signing is of, named with its date before it ("The Jan. 9 framework accord was signed in Cairo")
_SIGNED_THING = re.compile(r"\s*(?:[\w’'-]+\s+){0,2}?(?:accords?|agreements?|deals?|treat(?:y|ies)|declarations?|"
                           r"memorand(?:um|a)|protocols?|charters?)\s+(?:(?:was|were|is|are|has\s+been|had\s+been|being|"
                           r"to\s+be|will\s+be|would\s+be)\s+)?$", re.I)


def _signing_of(text: str, d: Mention, ts: int, te: int) -> bool:
    """Is the date that of the agreement whose signing is the trigger at ``ts:te`` ("The Jan. 9 framework accord was
    signed": Jan. 9), so the signing's own date?

    >>> t = "The Jan. 9 framework accord was signed in Cairo."
    >>> _signing_of(t, Mention.make("a", kind="date", text="Jan. 9", start=4, end=10), 32, 38)
    True
    >>> t = "The Jan. 9 framework accord was rejected in Cairo."
    >>> _signing_of(t, Mention.make("a", kind="date", text="Jan. 9", start=4, end=10), 32, 40)
    False
    """
    return d.end <= ts and bool(re.match(r"sign", text[ts:te], re.I)) and bool(_SIGNED_THING.fullmatch(text, d.end, ts))


def _trigger_time(doc: Document, dates, sent: Sentence, hit: _Hit, spans: _Spans, drafts: list[_Draft]) -> _When:
    """The date of a trigger (see the module doc, rules 2 and 4): the governing date, or the trigger's own time
    expression in its clause, its subject predicate's or its relative clause's; "the next day" after a dated
    meeting; never a date in a "since" aside before it."""
    from lib.extract.dates import governing_date

    # a participle's date ("land occupied in 1967"), a noun's ("the 1967 borders") and a period's start ("the first
    # visit since 2017") govern no trigger outside that participle or noun
    noun = _noun_trigger(doc, sent, hit)
    dates = [d for d in dates if not (sent.start <= d.start < sent.end
                                      and (_participle_date(doc.text, d, sent, (hit.start, hit.end))
                                           or _earlier_deadline(doc.text, d, hit)
                                           or _not_a_time_of(doc.text, d, sent, hit, noun)
                                           or _related_date(doc.text, hit, d, doc.published)))]
    dref = governing_date(doc, dates, sent, hit.start)
    own_dates = [d for d in _attached_dates(doc, sent, hit.start, hit.end, spans)
                 if not _since_aside(doc, sent, d.mention_id, hit.start, spans) and not _earlier_deadline(doc.text, d, hit)
                 and not (noun and _SINCE_BEFORE.search(doc.text, max(sent.start, d.start - 12), d.start))
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
    return _When(_narrowed(dref, dates), own_dates, clause_dates, pred_end, shifted)


# a part of a month or year ("at the end of last month", "early March", "mid-2022"): its third of the period
_PART = re.compile(r"^(?:the\s+)?(?:(?P<early>early|start|beginning)|(?P<mid>mid|middle)|(?P<late>late|end))\b", re.I)


def _narrowed(ref, dates):
    """The DateRef with its interval narrowed to the third of the month or year its expression names ("the end of
    last month": the month's last third); the TimeML value and precision stay.

    >>> from lib.extract.dates import DateRef
    >>> m = Mention.make("a", kind="date", text="the start of last month", start=0, end=23, value="2023-04")
    >>> r = _narrowed(DateRef("2023-04", "2023-04-01", "2023-04-30", "month", "relative", m.mention_id), [m])
    >>> r.value, r.date_start, r.date_end
    ('2023-04', '2023-04-01', '2023-04-10')
    """
    from dataclasses import replace
    from datetime import timedelta

    m = next((d for d in dates if ref.mention_id and d.mention_id == ref.mention_id), None)
    part = _PART.match(m.text) if m is not None and ref.precision in ("month", "year") else None
    iv = interval(ref.value, ref.date_start, ref.date_end) if part else None
    if iv is None:
        return ref
    third = ((iv[1] - iv[0]).days + 1) // 3
    lo = iv[0] + timedelta(days=0 if part.group("early") else third if part.group("mid") else 2 * third)
    hi = iv[1] if part.group("late") else lo + timedelta(days=third - 1)
    return replace(ref, date_start=lo.isoformat(), date_end=hi.isoformat())


def _date_of(doc: Document, dates, sent: Sentence, m: Mention):
    """The DateRef of a date mention bound to a trigger: the mention itself, even where ``governing_date`` would
    prefer another date of the clause over it (a date inside a 'since' phrase that is the trigger's own)."""
    from lib.extract import dates as dates_mod

    ref = dates_mod.governing_date(doc, dates, sent, m.start)
    if ref.mention_id == m.mention_id:
        return _narrowed(ref, [m])
    relative = getattr(dates_mod, "_is_relative", lambda _m: False)(m)
    return _narrowed(dates_mod.DateRef(m.value, m.date_start, m.date_end, m.precision,
                                       "relative" if relative else "explicit", m.mention_id), [m])


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
