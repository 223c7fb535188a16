"""Other times: dates in a trigger's sentence that are not the trigger's time.

Idea: a date can belong to something else than the trigger near it: a noun it modifies ("the 2015 deal"), a
participle ("land occupied in 1967"), an event related in time ("after the raid on January 26"), a deadline or a
time-relation aside of an earlier clause ("by the end of 2008, Bush announced"), a period's start ("since 2017"),
an origin ("date back to 2022"). Approach: one predicate per kind, each a pattern around the date; ``when`` drops
such dates before choosing the trigger's own.

Example:
    >>> t = "Talks to revive the 2015 nuclear deal resumed."
    >>> d = Mention.make("a", kind="date", text="2015", start=20, end=24, value="2015")
    >>> _attributive(t, d, Sentence(0, 0, len(t), t))
    True
"""
from __future__ import annotations

import re

from lib.extract.events.text import (
    QUOTE_CHARS,
    _n_words,
    _Spans,
)
from lib.extract.events.triggers import _Hit
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


_SINCE_BEFORE = re.compile(r"\b(?:since|ever\s+since)\s+(?:the\s+)?$", re.I)
# a period's start that no trigger's time can be, whatever the trigger: the date of a "since" clause ("since the two
# countries restored ties in March", "since taking office last February") or of a "since" after a count of its
# kind ("his sixth trip to the region since October 7", "the first time since 2017")
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:(?!since\b)[\w’'-]+\s+){0,6}?(?:(?-i:[a-z][\w’'-]*(?:ed|ing))|began|begun|took|"
                           r"came|broke|won|went|fell|struck|erupted)\s+(?:(?!since\b)[\w’'-]+\s+){0,5}?$", re.I)
_SINCE_COUNT = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                          r"\d+(?:st|nd|rd|th)|latest|only)\s+(?:[\w’'-]+\s+){0,5}?since\s+(?:the\s+)?$", re.I)


def _since_period(text: str, d: Mention, sent: Sentence) -> bool:
    """Is the date the start of a period named by a "since" clause or a counted "since" (``_SINCE_CLAUSE``,
    ``_SINCE_COUNT``), so never a trigger's time?

    >>> t = "Raisi, on his first visit since the two countries restored ties in March, spoke."
    >>> _since_period(t, Mention.make("a", kind="date", text="March", start=t.index("March"), end=t.index(", spoke")),
    ...               Sentence(0, 0, len(t), t))
    True
    >>> t = "They have met in Cairo since last month."
    >>> _since_period(t, Mention.make("a", kind="date", text="last month", start=t.index("last"), end=len(t) - 1),
    ...               Sentence(0, 0, len(t), t))
    False
    """
    before = text[max(sent.start, d.start - 80):d.start]
    if re.search(rf"[,;:{QUOTE_CHARS}]", before[before.lower().rfind("since"):] if "since" in before.lower() else ","):
        return False
    return bool(_SINCE_CLAUSE.search(before) or _SINCE_COUNT.search(before))


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
    if noun and _SINCE_BEFORE.search(text, max(sent.start, d.start - 12), d.start) or _since_period(text, d, sent):
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
