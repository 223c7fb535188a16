"""The words around a quote, read by ``direct`` and ``attribution``: is an actor no subject (after a preposition,
an object), does a new speaker stand between two quotes, is a short quote the object of a speech act ("called it
“aggressive”"), and speech relayed through another speaker ("spokesman X said Sisi had stressed “…”").

Example: '"A," Trump said, with Netanyahu at his side.' -- Netanyahu is after a preposition, no speaker (``_no_subject``).
"""
from __future__ import annotations

import re

from lib.extract.statements.indirect import _relayed
from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import Speaker, _is_object
from lib.extract.statements.verbs import _verb_re, reporting_verbs

# A preposition before an actor: what follows it is no subject ("with Netanyahu at his side", "next to the king")
PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:with|beside|alongside|next\s+to|to|at|in|from|for|of|by|on\s+behalf\s+of|"
                                r"about|against|toward|towards|after|before|near)\s+(?:the\s+|his\s+|her\s+)?$")
# A place in apposition to the place named after a locative preposition: "told reporters in Davos, Switzerland,"
PLACE_APPOSITION = re.compile(r"(?<![\w-])(?:in|at|from|near|outside)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}?"
                              r"[A-Z][\w'’.-]*(?:[\s-]+(?:el|al|ash|es|ad)-?[A-Z]?[\w'’-]*)*,\s+$")


def _no_subject(text: str, floor: int, m) -> bool:
    """Is the actor mention after a preposition or the object of a verb, hence no speaker of a new quote?

    >>> from lib.models import Mention
    >>> t = '“A,” Trump said, with Netanyahu at his side. “B.”'
    >>> _no_subject(t, 4, Mention.make("a", kind="actor", text="Netanyahu", start=t.index("Net"), end=t.index(" at")))
    True
    >>> t = '“A,” Trump said. Netanyahu nodded. “B.”'
    >>> _no_subject(t, 4, Mention.make("a", kind="actor", text="Netanyahu", start=t.index("Net"), end=t.index(" nod")))
    False
    """
    return PREPOSITION_BEFORE.search(text[max(floor, m.start - 30):m.start]) is not None or _is_object(text, floor, m) \
        or PLACE_APPOSITION.search(text, max(floor, m.start - 60), m.start) is not None


def _new_speaker(R: _Resolver, text: str, prev: tuple[int, Speaker, str, int], open_mark: int) -> bool:
    """Does an actor of another side stand as a subject between the last quote and this one ("Hamas called the offer
    “a trap” and Egypt's Foreign Minister X said: “…”")? Then the words after the colon are not the last speaker's,
    as they are in "“We will not accept,” said X, “any deal …”".

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = 'Hamas called it “a trap” and Egypt said: “Talks go on.”'
    >>> d = document_from_text("a", t, published="2024-05-02")
    >>> _new_speaker(_Resolver(d, tuple(find(d))), t, (t.index("” and"), Speaker("Hamas", "", "Hamas", "group", 0)),
    ...              t.index(": “") + 2)
    True
    """
    sp = prev[1]
    return any(m.faction and m.value != sp.name and m.faction not in sp.faction.split("; ")
               and not _no_subject(text, prev[0] + 1, m) for m in R.in_span(prev[0] + 1, open_mark))


# A sentence that opens with a participle of speech and its object before the quote: "Calling the raid “…”"
LEADING_PARTICIPLE = re.compile(r"[\s“\"]*(?P<verb>[A-Z][a-z]+ing)\b[^,;:.!?“”\"«»]{0,60}")
# What may stand between a speech act and the short quote it governs: an object, then 'as' / 'a' / 'for' ...
GOVERNED_GAP = re.compile(r"(?:\s+(?:it|them|this|that|the\s+\w+|Israel|[A-Z][\w'’-]+|his|her|its|their\s+\w+))?"
                          r"\s+(?:as|a|an|for|it|them|of|what\s+it\s+called|what\s+he\s+called)?\s*$")


def _governed(text: str, floor: int, open_mark: int, vre) -> bool:
    """Is a short quote (one or two words) the object of a speech act just before it ("called the plan
    “aggressive”", "described it as “a betrayal”", "rejected what it called “pure aggression”")? Then its words
    are speech; a short quote after any other word is a scare quote ("respect the “status quo”").

    >>> from lib.extract.statements.verbs import _verb_re
    >>> t = 'Hamas described the plan as "aggressive" on Tuesday.'
    >>> _governed(t, 0, t.index('"'), _verb_re())
    True
    >>> t = 'Jordan urged Israel to respect the "status quo" there.'
    >>> _governed(t, 0, t.index('"'), _verb_re())
    False
    >>> t = "Biden welcomes 'extraordinary' agreement"
    >>> _governed(t, 0, t.index("'"), _verb_re())
    False
    """
    close = min((i for i in (text.find(c, open_mark + 1) for c in "”\"»’'") if i != -1), default=-1)
    if close != -1 and re.match(r"[’'”\"»]?\s+(?!(?:on|in|at|to|for|and|but|by|with|after|before|during|from|as|"
                                r"of|when|while|if|over|against)\b)[a-z]", text[close:close + 30]):
        return False  # a qualifier of the noun after it ("welcomes 'extraordinary' agreement")
    for v in vre.finditer(text, floor, open_mark):
        vk = reporting_verbs().get(re.sub(r"\s+", " ", v.group(0)).lower())
        if vk is not None and vk.kind in ("act", "attitude") and GOVERNED_GAP.fullmatch(text, v.end(), open_mark):
            return True
    lead = LEADING_PARTICIPLE.fullmatch(text, floor, open_mark)  # "Calling the raid “a crime”, ..."
    vk = _participle(lead["verb"]) if lead else None
    return vk is not None and vk.kind in ("act", "attitude") and \
        GOVERNED_GAP.fullmatch(text, floor + lead.end("verb") - lead.start(), open_mark) is not None


def _participle(word: str):
    """The reporting verb of a participle opening a sentence ("Calling", "Terming" -> termed), or None.

    >>> _participle("Calling").kind, _participle("Denouncing").kind, _participle("Ignoring")
    ('attitude', 'act', None)
    """
    w, verbs = word.lower(), reporting_verbs()
    for form in (w, w[:-3] + "ed", w[:-3] + "d" if w[:-3].endswith("e") else "", w[:-4] + "ed"):
        if form and form in verbs:
            return verbs[form]
    return None


def _said_through(R: _Resolver, text: str, a: int, b: int):
    """A verb of saying before a quote whose complement opens with a named actor and a verb of saying ("X said
    Sisi had stressed ... “…”"): (that actor, the inner verb, its offset, ...), or None. A speech act of the inner
    actor ("said Israel had rejected “…”") leaves the quoted words to the outer speaker. The inner verb may open the
    quote ("A statement from his office said al-Sudani “affirmed that …”"): the words are still the inner actor's.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = 'A statement from the office said Abbas "affirmed that the authority is ready to govern Gaza".'
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> sp, verb, *_ = _said_through(_Resolver(d, tuple(find(d))), t, 0, t.index('"'))
    >>> sp.name, sp.faction, verb
    ('Mahmoud Abbas', 'Palestinian Authority', 'affirmed')
    >>> t = 'Hamas said Israel "rejected every proposal the mediators put on the table".'
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> _said_through(_Resolver(d, tuple(find(d))), t, 0, t.index('"')) is None
    True
    """
    verbs = reporting_verbs()
    opened = text[:b] + " " + text[b + 1:] if 0 <= b < len(text) and text[b] in "“\"«" else None
    for v in _verb_re().finditer(text, a, b):
        vk = verbs.get(re.sub(r"\s+", " ", v.group(0)).lower())
        if vk is None or vk.kind != "say":
            continue
        through = _relayed(R, text, v.end() + 1, b, verbs)
        if through is not None and verbs[through[1]].kind == "say" and through[2] < b:
            return through
        # (the quote opens with the inner verb: read past its opening mark, the verb right after it)
        through = _relayed(R, opened, v.end() + 1, min(len(text), b + 40), verbs) if opened else None
        if through is not None and verbs[through[1]].kind == "say" and b < through[2] <= b + 3:
            return through
    return None
