"""Rows that look like statements but are not speech: a quote with no words (a page's time stamp read as a label
line, a figure), a 'call on' that is a visit ("the prime minister called on the Supreme Leader"), the question a
speaker was asked ("Asked whether Israel would attend, the spokesman said ...").

Example: ``has_words("11-06-2024 08:30 PM")`` is False; ``has_words("We reject the plan")`` is True;
``asked_question("Asked whether she had spoken to him")`` is True.
"""
from __future__ import annotations

import re

# a word of letters; the words of a page's time stamp ("Last updated: 11-06-2024 08:30 PM", "Published 14:05 GMT",
# "9 p.m.") are not words of speech
WORD = re.compile(r"[^\W\d_]+")
CLOCK = re.compile(r"(?i)\b[ap]\.\s?m\b\.?")
STAMP = frozenset("am pm gmt utc est edt cet cest ast local time last updated update published posted modified "
                  "edited".split())


def has_words(quote: str) -> bool:
    """Does ``quote`` hold a word of letters, not one of a time stamp? A time stamp, a date or a figure is no
    statement.

    >>> has_words("11-06-2024 08:30 PM"), has_words("Updated 12:45 GMT"), has_words("a crime"), has_words("No.")
    (False, False, True, True)
    """
    return any(w.lower() not in STAMP for w in WORD.findall(CLOCK.sub(" ", quote)))


# 'call on/upon' is a demand with its infinitive ("called on Israel to halt"), or for something ("called on all sides
# for restraint"); with a name and nothing asked of them it is a visit ("called on Supreme Leader Ayatollah Ali
# Khamenei", "called upon Grand Ayatollah Ali al-Sistani in Najaf")
CALL_ON = re.compile(r"(?:call(?:ed|s|ing)?)\s+(?:on|upon)")
ASKED = re.compile(r"(?i)\b(?:to|for|not|that)\b|[:“”\"«»]")
CLAUSE_END = re.compile(r"\s*(?:,\s+(?:and|but|where|while|as|after)\s|;)")
NAME_WORD = r"(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|bint|ibn|of|the|and)"
VISITED = re.compile(rf"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*)(?:\s+{NAME_WORD})*"
                     r"(?:\s+(?:in|at|on|during|before|after|inside)\s+[^,;]*)?[.,]?\s*")


def courtesy_call(form: str, obj: str) -> bool:
    """Is the act ``form`` with its object ``obj`` a visit paid to someone named ("called on Supreme Leader Ayatollah
    Ali Khamenei"), not a demand made of them ("called on President Abbas to resign")?

    >>> courtesy_call("called on", " Supreme Leader Ayatollah Ali Khamenei")
    True
    >>> courtesy_call("called upon", " Grand Ayatollah Ali al-Sistani in Najaf")
    True
    >>> courtesy_call("called on", " President Sisi in Cairo, and the two leaders stressed the need for calm")
    True
    >>> courtesy_call("called on", " President Abbas to resign"), courtesy_call("called on", " world leaders")
    (False, False)
    >>> courtesy_call("called for", " an end to the war")
    False
    """
    if CALL_ON.fullmatch(form) is None:
        return False
    obj = CLAUSE_END.split(obj, 1)[0]  # (what follows another clause is not asked of them: ", and the two leaders")
    return ASKED.search(obj) is None and VISITED.fullmatch(obj) is not None


# The question put to a speaker, opening the sentence that gives the answer ("Asked whether Ireland would expel the
# ambassador, Mr Martin said ...", "When asked about the proposal, ...", "Questioned on the timing, ...", "In response
# to a question about ..."): the reporter's words, never the speaker's. (Capitalised: a sentence's opening, not a
# directive inside a clause, "asked Egypt to mediate".)
QUESTION_PUT = re.compile(r"\W*(?:Asked|Questioned)\b|"
                          r"\W*(?:When|Once|If|After\s+being|On\s+being)\s+(?:asked|questioned|pressed|quizzed)\b|"
                          r"\W*(?:Pressed|Quizzed)\s+(?:by\s+(?:reporters|journalists)\s+)?(?:on|about|over|whether|if|why|"
                          r"how|what)\b|"
                          r"\W*(?:In\s+(?:response|reply|answer)\s+to|Responding\s+to|Answering)\s+(?:(?:a|the|an|one)\s+)?"
                          r"(?:[\w'’-]+\s+){0,2}?questions?\b")


def asked_question(quote: str) -> bool:
    """Does ``quote`` open with the question a speaker was asked ("Asked on Thursday whether she had spoken with her
    Israeli counterpart")? Such words are the reporter's, not a statement; the answer after the verb may be one.

    >>> asked_question("Asked on Thursday whether she had spoken with her Israeli counterpart")
    True
    >>> asked_question("When asked about the 13 demands made in 2017"), asked_question("In response to a question")
    (True, True)
    >>> asked_question("asked Egypt to mediate between the two sides"), asked_question("the talks would resume")
    (False, False)
    """
    return QUESTION_PUT.match(quote) is not None
