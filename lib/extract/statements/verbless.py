"""Attributions without a verb of saying: who a quote is when no reporting verb names them -- "as X put it, “…”",
"“…” was how X described it", "Qatar's message was clear: “…”", "For X, the answer is obvious: “…”", and a
sentence that is only a quote after one that gives its speaker's manner ("X was blunt. “…”"). Read by direct.py.

Example: in 'The UN chief was blunt. “Nothing justifies collective punishment.”' the quote is the UN chief's.
"""
from __future__ import annotations

import re

from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import Speaker
from lib.models import Document, Sentence

# Words owned by a speaker, before a colon: "Qatar's message was clear", "The ministry's response was blunt", or a
# speaker as the topic: "For Safadi, the answer is obvious"
OWNED_WORDS = re.compile(r"\s*(?:(?P<poss>His|Her|Their|Its)\s+|(?P<who>[^,;:“”\"«»]{2,80}?)['’]s?\s+|"
                         r"For\s+(?P<topic>[^;:“”\"«»]{2,120}?),\s+the\s+)"
                         r"(?:\w+\s+)?(?:message|position|response|answer|reply|warning|view|verdict|reaction|words|"
                         r"priority|conclusion)(?:,\s*(?:however|though|meanwhile|for\s+its\s+part),)?\s+(?:was|is|were|are|remains|remained)\b[^“”\"«»:]{0,40}")
# A speaker's label with where or how it spoke set off by a comma, and a colon (a round-up of reactions): "Hezbollah, in
# a Telegram statement:", "Israel's Heritage Minister X, in a post he later deleted:", "The Kremlin, via its spokesman:"
ASIDE_LABEL = re.compile(r"\s*(?P<who>[^,;:“”\"«»]{2,100}?)\s*,\s*(?:in|on|via|through|during|at|speaking|writing)\b"
                         r"[^,;:“”\"«»]{1,80}?,?\s*")
# the words of such a label outside its actors: a name's or a title's words only (no verb: "Israel struck Gaza, in the
# night:" is no label)
LABEL_WORD = re.compile(r"[A-Z][\w'’.-]*|(?:the|of|for|and|al|el|bin|ibn|de|van|von|da|di|du|le|la)(?:-[\w'’-]+)?|[\w-]+['’]s?"
                        r"(?<=['’]s)|[\w-]+['’]|['’]s?")
# "as X put it", "as X memorably phrased it": X's words, before or after them
AS_PUT_IT = re.compile(r"[\s,]*\b[Aa]s\s+(?P<who>[^,;:“”\"«»]{2,100}?)\s+(?:(?:has|had|once|later|\w+ly)\s+)?"
                       r"(?:put|puts|phrased|phrases)\s+it\b")
# "“…” was how X described the strike", "“…” is how X sums it up": after the quote
HOW_X = re.compile(r"[\s,]*(?:was|is|were|are)\s+how\s+(?P<who>[^,;:“”\"«»]{2,100}?)\s+(?:\w+ly\s+)?(?:described|describes|"
                   r"put|puts|summed\s+up|sums\s+up|characteri[sz]ed|characteri[sz]es|explained|explains)\b")
# A sentence that gives a speaker's manner and nothing else: "X was blunt.", "X sounded defiant.", "X had a message
# for Israel."
MANNER = re.compile(r"\s*(?P<who>[^,;:“”\"«»]{2,100}?)\s+(?:(?:was|is|were|are|sounded|sounds|seemed|seems|remained|remains)"
                    r"\s+(?:\w+ly\s+|more\s+|even\s+)?(?:blunt|clear|defiant|emphatic|direct|firm|adamant|unequivocal|"
                    r"categorical|frank|candid|explicit|unapologetic|upbeat|scathing|succinct|terse)(?:\s+(?:too|again))?|"
                    r"had\s+(?:a|one|this)\s+(?:\w+\s+)?(?:message|warning|answer)\s+for\s+[^.;:“”\"«»]{1,60})\s*[.:]\s*")


def around(R: _Resolver, text: str, s1: Sentence, open_mark: int, after_start: int, stop: int):
    r"""(speaker, verb, offset) when a quote's speaker is named with no verb of saying right around it: "as X put it,
    “…”" (before it, in its sentence), "“…,” as X put it" or "“…” was how X described it" (after it); else None.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = "T\n\n“This is a war crime” was how Jordan's foreign minister described the strike."
    >>> d = document_from_text("a", t, published="2024-01-20")
    >>> sp, verb, _ = around(_Resolver(d, tuple(find(d))), t, d.sentences[-1], t.index("“"), t.index("”") + 1, len(t))
    >>> (sp.faction, verb)
    ('Jordan', 'described')
    """
    tail = text[after_start:stop]
    how = HOW_X.match(tail)
    if how is not None:
        sp = R.noun_phrase(after_start + how.start("who"), after_start + how.end("who"))
        if sp is not None:
            return sp, re.sub(r"\s+", " ", tail[how.end("who"):how.end()].strip()).split()[-1], after_start + how.start("who")
    put = AS_PUT_IT.match(tail) or AS_PUT_IT.search(text, s1.start, open_mark)
    if put is not None and (put.string is not text or re.fullmatch(r"[^“”\"«»]{0,40}", text[put.end():open_mark])):
        base = after_start if put.string is not text else 0
        sp = R.noun_phrase(base + put.start("who"), base + put.end("who"))
        if sp is not None:
            return sp, "put it", base + put.start("who")
    return None


def owner_before_colon(R: _Resolver, text: str, a: int, colon: int) -> Speaker | None:
    r"""The owner of the words a colon introduces ("Qatar's message was clear:", "For Safadi, the answer is obvious:",
    "His reply was short:" -- who 'he' points back to), text[a:colon] being the words before the colon; else None.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = "T\n\nQatar's message was clear: “Stop the war.”"
    >>> d = document_from_text("a", t, published="2024-01-20")
    >>> owner_before_colon(_Resolver(d, tuple(find(d))), t, 3, t.index(":")).faction
    'Qatar'
    >>> t = "T\n\nJordan's King Abdullah met Blinken in Amman. His message was clear: “Stop the war.”"
    >>> d = document_from_text("a", t, published="2024-01-20")
    >>> owner_before_colon(_Resolver(d, tuple(find(d))), t, t.index("His"), t.rindex(":")).faction
    'Jordan'
    """
    owned = OWNED_WORDS.fullmatch(text, a, colon)
    if owned is None:
        return aside_label(R, text, a, colon)
    if owned["poss"]:  # "His message was blunt:": the speaker the pronoun points back to
        word = {"his": "he", "her": "she", "their": "they", "its": "it"}[owned["poss"].lower()]
        return R.pronoun(word, owned.start("poss"), colon)
    g = "who" if owned["who"] else "topic"
    return R.noun_phrase(owned.start(g), owned.end(g))


def manner_before(R: _Resolver, doc: Document, s1: Sentence, open_mark: int, close: int):
    r"""(speaker, '', offset) for a sentence that is only a quote right after one that gives its speaker's manner and
    nothing else, in its paragraph or as the paragraph before ("The UN chief was blunt. “…”"); else None.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = "T\n\nJordan's foreign minister was blunt. “Nothing justifies the siege of Gaza.”"
    >>> d = document_from_text("a", t, published="2024-01-20")
    >>> manner_before(_Resolver(d, tuple(find(d))), d, d.sentences[-1], t.index("“"), t.index("”"))[0].faction
    'Jordan'
    """
    text = doc.text
    if text[s1.start:open_mark].strip() or not re.fullmatch(r"[\s.,!?…”\"»’']*", text[close + 1:s1.end]) \
            or s1.index == 0:
        return None
    prev = doc.sentences[s1.index - 1]
    if prev.region != "body" or prev.paragraph not in (s1.paragraph, s1.paragraph - 1):
        return None
    m = MANNER.fullmatch(text, prev.start, prev.end)
    if m is None or not R.in_span(m.start("who"), m.end("who")):
        return None
    sp = R.noun_phrase(m.start("who"), m.end("who"))
    return (sp, "", m.start("who")) if sp is not None else None


def aside_label(R: _Resolver, text: str, a: int, colon: int) -> Speaker | None:
    r"""The speaker a label names before a comma, where or how it spoke, and a colon ("Hezbollah, in a Telegram
    statement:", "X, in a post he later deleted:"), text[a:colon] being the words before the colon; else None. The
    label is an actor's name or title only: a clause ("Israel struck Gaza, at night:") or a place names no speaker.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = "T\n\nHezbollah, in a Telegram statement: “The blood of the martyrs will not be wasted.”"
    >>> d = document_from_text("a", t, published="2024-07-31")
    >>> aside_label(_Resolver(d, tuple(find(d))), t, 3, t.index(":")).faction
    'Hezbollah'
    >>> t = "T\n\nIsrael struck Gaza, in the early hours: “The building collapsed on us.”"
    >>> d = document_from_text("a", t, published="2024-07-31")
    >>> aside_label(_Resolver(d, tuple(find(d))), t, 3, t.index(":")) is None
    True
    """
    m = ASIDE_LABEL.fullmatch(text, a, colon)
    if m is None:
        return None
    ms = R.in_span(m.start("who"), m.end("who"))
    if not ms or ms[-1].end < m.end("who") - 1:  # (the label ends with its actor: "X" or "Egypt's foreign ministry")
        return None
    rest, pos = [], m.start("who")
    for x in ms:
        rest.append(text[pos:x.start])
        pos = max(pos, x.end)
    rest.append(text[pos:m.end("who")])
    if not all(LABEL_WORD.fullmatch(w) for w in " ".join(rest).split()):
        return None
    sp = R.noun_phrase(m.start("who"), m.end("who"))
    return sp if sp is not None and sp.faction else None
