"""Speakers named outside a quote's own sentence: a label paragraph before it ("Prime Minister X:"), a sentence
after a quote-only one ("That was the message of X", "X was speaking at ...", "So said X"), the one who posted a
post read out ("X posted on X ... “…,” the post read"), and an office in apposition after a dash signature.

Approach: each reader looks at one neighbour of the quote (the paragraph before, the sentence after, the last
speaker, the words after the name) and returns a speaker of known faction or None; ``attribution._attribute`` tries
them after the quote's own sentence names no one.

Example: in '“We will not accept less.” Egypt's foreign minister was speaking in Cairo.' the quote is Egypt's.
"""
from __future__ import annotations

import re

from lib.extract.statements.quotes import _Quote
from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import PRONOUNS, Speaker, _keep_without_faction, _type
from lib.extract.statements.verbs import _verb_re, reporting_verbs
from lib.models import Document, Sentence

# A post named as what a quote is read from ("the post read", "his tweet said", "the message on X said")
POST_NOUN = re.compile(r"\s*(?:the|this|that|his|her|its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:post|tweet|message)"
                       r"(?:\s+on\s+(?:X|Twitter|Facebook|Telegram|Instagram|Truth\s+Social))?\s*,?\s*")
# The verb of the one who posted it: "X posted a message on X", "X tweeted", "X wrote on X"
POSTED = re.compile(r"(?:posted|tweeted|wrote\b[^.;“”\"«»]{0,40}?\b(?:on|in)\s+(?:X|Twitter|Facebook|Telegram|"
                    r"Instagram|Truth\s+Social|a\s+post))\b")


def _poster(R: _Resolver, text: str, a: int, b: int) -> Speaker | None:
    """Who posted the post that text[a:b] names ("the post read"): the last speaker before it, when that speaker
    posted (tweeted, wrote on X) within the five sentences before; else None (the document rules apply: "“…,” the
    statement said" after "X posted ..." is no post).

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.statements.resolver import listen
    >>> t = ("Talks\\n\\nBiden said in a statement: “We condemn it.”\\n\\nNetanyahu posted a short message on X "
    ...      "after the attack.\\n\\n“We intercepted. We blocked,” the post read.")
    >>> d = document_from_text("a", t, published="2024-04-14")
    >>> R = _Resolver(d, tuple(find(d)))
    >>> listen(R, d, [(t.index("“We c"), t.index("it.”") + 4), (t.index("“We i"), t.index("d,”") + 3)])
    >>> _poster(R, t, t.index(" the post"), t.index(" read")).faction
    'Israel'
    >>> _poster(R, t, t.index("“We c") - 14, t.index("“We c") - 2) is None  # (no post named)
    True
    """
    if not POST_NOUN.fullmatch(text, a, b):
        return None
    last = R.last(a)
    if last is None or not last.faction or not POSTED.match(text, last.pos):
        return None
    between = [s for s in R.doc.sentences if last.pos < s.end and s.start < a]
    return last if len(between) <= 6 else None



# A person's name, then an office in apposition: ", a senior Houthi official", ", the Iranian foreign ministry spokesman"
OFFICE_APPOSITION = re.compile(r"\s*,\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?)?")


def _office_in_apposition(R: _Resolver, text: str, sp: Speaker):
    """The mention of an office of a faction in apposition right after a person's name when the person is known only
    by it ("Hussein Al-Ezzi, a senior Houthi official", "X, an Egyptian foreign ministry official"), else None. A
    private person keeps no faction ("X, a Yemeni analyst", "X, a resident of Rafah": no office in the title).

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = "“We will respond.” — Hussein Al-Ezzi, a senior Houthi official"
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> sp = Speaker("Hussein Al-Ezzi", "senior Houthi official", "", "person", t.index("Hus"), "Hussein Al-Ezzi")
    >>> _office_in_apposition(_Resolver(d, tuple(find(d))), t, sp).faction
    'Houthis'
    """
    if sp.type != "person" or not sp.title or not sp.text or _keep_without_faction(sp):
        return None
    end = sp.pos + len(sp.text)
    if text[sp.pos:end] != sp.text:
        return None
    return next((m for m in R.in_span(end, end + 20 + len(sp.title)) if m.faction
                 and OFFICE_APPOSITION.fullmatch(text, end, m.start)), None)



# A paragraph that names the speaker of the quote-only paragraph before it: "That was the message of X, who ..."
MESSAGE_OF = re.compile(r"(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:\w+\s+)?"
                        r"(?:message|words|warning|view|verdict|assessment|position|answer|reply|response|argument|"
                        r"promise|pledge)\s+(?:of|from)\s+(?P<who>[^,.;:“”\"]{2,100}?)(?=\s*(?:[,.;:]|$|\s+who\b))"
                        # "The remarks came from X", "The comments were made by X", "Those words were X's"
                        r"|(?:The|Those|These|That|This|Such)\s+(?:\w+\s+)?(?:remarks?|comments?|words|warning|message|"
                        r"assessment|plea|appeal|threat|vow|pledge)\s+(?:(?:came|come|were|was)\s+from|(?:were|was)\s+"
                        r"(?:made|delivered|uttered|voiced|those|that)\s+(?:by|of)|belonged\s+to)\s+"
                        r"(?P<by>[^,.;:“”\"]{2,100}?)(?=\s*(?:[,.;:]|$|\s+(?:who|in|at|on|during)\b))")
# A sentence after a quote-only one that names its speaker as the subject of speaking, in the same paragraph:
# "X was speaking at a rally in Gaza City.", "X made the remarks in Amman.", "So said X on Monday."
SPOKE_AFTER = re.compile(r"(?P<who>[A-Z][^,.;:“”\"«»]{1,100}?)(?:,\s+[^,;:“”\"«»]{2,80},)?\s+(?:(?:was|were)\s+speaking|"
                         r"spoke(?=\s+(?:to|before)\s+(?:reporters|journalists|the\s+(?:press|media|\w+\s+(?:conference|summit|assembly|"
                         r"council|parliament|crowd|rally)))|\s+(?:at|in|during|after|on|outside|from|late|earlier|later)\b|\s*[.,])|"
                         r"(?:was|were)\s+addressing|made\s+(?:the|those|these|his|her)\s+(?:remarks|comments))\b"
                         r"|(?:So|Thus)\s+(?:said|spoke)\s+(?P<inv>[^,.;:“”\"«»]{2,100}?)(?=\s*[,.;]|\s+(?:on|in|at|during)\s)")


def _named_after(R: _Resolver, doc: Document, q: _Quote, s2: Sentence):
    """(speaker, '', offset) named in the sentence after a quote-only sentence: "That was the message of X" (in
    that paragraph or the next), "X was speaking at ...", "X made the remarks ...", "So said X" (in the same
    paragraph); else None. A pronoun there names no one new (the last speaker's rule applies).

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.statements.quotes import _quotes, _sentence
    >>> t = "Talks\\n\\n“We will not accept less than a full withdrawal.” Egypt's foreign minister was speaking in Cairo."
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> q = _quotes(d)[0]
    >>> _named_after(_Resolver(d, tuple(find(d))), d, q, _sentence(d, q.q_end - 1))[0].faction
    'Egypt'
    """
    text = doc.text
    if s2.index + 1 >= len(doc.sentences) or not re.fullmatch(r"[\s.,!?…”\"»’']*", text[q.close + 1:s2.end]):
        return None
    follow = doc.sentences[s2.index + 1]
    m = MESSAGE_OF.match(follow.text) if follow.paragraph in (s2.paragraph, s2.paragraph + 1) else None
    who = "by" if m is not None and m["by"] else "who"
    if m is None and follow.paragraph == s2.paragraph:
        m = SPOKE_AFTER.match(follow.text)
        who = "inv" if m is not None and m["inv"] else "who"
    if m is None or m[who].strip().lower() in PRONOUNS:
        return None
    sp = R.noun_phrase(follow.start + m.start(who), follow.start + m.end(who))
    if sp is None or (m.re is SPOKE_AFTER and not sp.faction):
        return None
    return sp, "", follow.start + m.start(who)


# A paragraph that is only a speaker's name or title and a colon, introducing the words after it ("Prime Minister
# X:", "Foreign Minister X (opening statement):"): no verb, no sentence of its own
NAME_LABEL = re.compile(r"\s*(?P<who>[A-Z][^:.!?;“”\"«»\n]{1,80}?)\s*(?:\([^()]{1,40}\))?\s*:\s*")


def _label_before(R: _Resolver, doc: Document, s1: Sentence) -> Speaker | None:
    r"""The speaker a label paragraph names right before the paragraph of a quote ("Prime Minister X:" on a line of
    its own, then “Good evening ...”), when it names an actor of known faction and holds no verb of saying (a
    narrated intro ending in a colon is step 2b's); else None.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = "Talks\n\nThe minister spoke on Monday in Cairo to the press.\n\nForeign Minister Sameh Shoukry:\n\n“We will not accept any displacement of the people of Gaza.”"
    >>> d = document_from_text("a", t, published="2023-11-02")
    >>> _label_before(_Resolver(d, tuple(find(d))), d, d.sentences[-1]).faction
    'Egypt'
    """
    i = s1.index - 1
    if i < 0:
        return None
    prev = doc.sentences[i]
    if prev.paragraph != s1.paragraph - 1 or any(x.paragraph == prev.paragraph and x.index != i
                                                  for x in doc.sentences[max(0, i - 1):i]):
        return None
    m = NAME_LABEL.fullmatch(prev.text)
    if m is None or _verb_re().search(m["who"]) or len(m["who"].split()) > 8:
        return None
    sp = R.noun_phrase(prev.start + m.start("who"), prev.start + m.end("who"))
    return sp if sp is not None and sp.faction else None




# A paragraph that is a turn of an interview or a transcript: a speaker's label and a colon, then the answer
# ("Abu Shaima: We sat ...", "**Falah Mustafa:** They proposed ...")
TURN_LABEL = re.compile(r"\s*(?:\*\*)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s*(?:\*\*)?\s*:(?:\*\*)?\s+[^\s“\"«]")
PRONOUN_SUBJECT = re.compile(r"(?i)(?<![\w-])(?:they|it|he|she)\s+(?:\w+ly\s+)?$")


def _antecedent_outside_turn(text: str, para_start: int, sent_start: int, vpos: int, sp: Speaker) -> bool:
    """Is a quote inside an interview's answer attributed by a pronoun ("They told us: “…”") to a speaker named
    before that answer? The pronoun of someone answering points into the answer (the people the answer is about),
    not to the story's last speaker: no speaker then.

    >>> t = "Intro\\n\\nAbu Omar: We met a general. They told us: “Sign today.”"
    >>> sp = Speaker("UN agency", "", "United Nations", "group", 2)
    >>> _antecedent_outside_turn(t, t.index("Abu"), t.index("They"), t.index("told"), sp)
    True
    >>> t = "Intro\\n\\nThe agency met the envoy. They told us: “Sign today.”"
    >>> _antecedent_outside_turn(t, t.index("The agency"), t.index("They"), t.index("told"), sp)
    False
    """
    return sp.pos < para_start <= sent_start <= vpos and TURN_LABEL.match(text, para_start) is not None \
        and PRONOUN_SUBJECT.search(text, sent_start, vpos) is not None


# The subject of a sentence that is a pronoun ("He smiled.", "Asked whether X would agree, she paused."): a person
# the quote-only sentence after it goes on with
PRONOUN_OPENING = re.compile(r"(?:[^,;:“”\"«»]{0,100},\s+)?(?P<p>[Hh]e|[Ss]he)\s+(?:\w+ly\s+)?[a-z]+\b[^;:“”\"«»]{0,80}$")
# at most this many words in such a sentence (a short narrative beat, not a clause that starts a new story)
PRONOUN_SENTENCE_WORDS = 16


def _said_before(R: _Resolver, doc: Document, q: _Quote, s1: Sentence, s2: Sentence):
    """(speaker, verb, offset) for a sentence that is only a quote inside a paragraph (not opening it), right after a
    sentence of that paragraph whose reporting verbs name one speaker ("Safadi said the kingdom would not open its
    border. “Jordan has reached its capacity.”"), or whose subject is 'he' or 'she' ("Asked whether Hezbollah would
    agree, he smiled thinly. “They are part of this government.”"); else None. A sentence before that names two
    speakers, or none, names no one; words after the quote in its sentence are its own attribution (``_attribute``).

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.statements.quotes import _quotes, _sentence
    >>> from lib.extract.statements.resolver import listen
    >>> t = ("Talks\\n\\nJordan's foreign minister said the kingdom would not open its border. "
    ...      "“Jordan has reached its capacity.”")
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> R = _Resolver(d, tuple(find(d)))
    >>> q = _quotes(d)[0]
    >>> listen(R, d, [(q.q_start - 1, q.close + 1)])
    >>> s = _sentence(d, q.q_start)
    >>> _said_before(R, d, q, s, s)[0].faction
    'Jordan'
    >>> t = "Talks\\n\\nJordan's foreign minister said the kingdom was ready. Crowds gathered. “We have nowhere to go.”"
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> R = _Resolver(d, tuple(find(d)))
    >>> q = _quotes(d)[0]
    >>> listen(R, d, [(q.q_start - 1, q.close + 1)])
    >>> s = _sentence(d, q.q_start)
    >>> _said_before(R, d, q, s, s) is None
    True
    """
    text = doc.text
    if s1.index == 0 or text[s1.start:q.q_start - 1].strip() or not text[q.para_start:q.q_start - 1].strip() \
            or not re.fullmatch(r"[\s.,!?…”\"»’']*", text[q.close + 1:s2.end] if q.close < s2.end else ""):
        return None
    prev = doc.sentences[s1.index - 1]
    if prev.paragraph != s1.paragraph or prev.region != "body" or prev.duplicate_of is not None:
        return None
    said = [h for h in R.history if prev.start <= h.pos < prev.end and (h.name or h.faction)]
    if said:
        vre = _verb_re()
        verbs = reporting_verbs()
        who = {(h.name, h.faction) for h in said}
        if len(who) > 1:  # "After Israel rejected the plan, Hamas said ...": the one whose verb is of saying
            said = [h for h in said if (v := vre.match(text, h.pos)) is not None
                    and getattr(verbs.get(re.sub(r"\s+", " ", v.group(0)).lower()), "kind", "") == "say"]
            who = {(h.name, h.faction) for h in said}
        if len(who) != 1 or any(_type(m) == "person" and m.faction and m.faction not in said[0].faction.split("; ")
                                for m in R.in_span(said[0].pos, prev.end)):
            return None  # (a person of another side named after the verb: "… said X after meeting Egypt's Y.")
        v = vre.match(text, said[0].pos)
        return said[0], v.group(0) if v else "", said[0].pos
    m = PRONOUN_OPENING.fullmatch(prev.text.rstrip(" .!"))
    if m is None or len(prev.text.split()) > PRONOUN_SENTENCE_WORDS or _verb_re().search(prev.text):
        return None
    sp = R.pronoun(m["p"].lower(), prev.start + m.start("p"), prev.start + m.end("p"))
    return (sp, "", prev.start + m.start("p")) if sp is not None and sp.name else None


# A pull quote signed with a hyphen at the end of its line: '> "…" - Sally Abi Khalil', '"…" -- X, Oxfam's director'
HYPHEN_SIGNATURE = re.compile(r"[”\"»’']?[ \t]+-{1,2}[ \t]+(?P<who>[A-Z][^,.;:“”\"«»\n]{1,80}?)[ \t]*"
                              r"(?:,[^\n“”\"«»]{0,100})?[ \t]*(?=\n|$)")


def _signed(R: _Resolver, text: str, q: _Quote) -> Speaker | None:
    """The speaker who signs a quote with a hyphen after it at the end of its line, when the signature names an
    actor ('"Every hour of delay is measured in lives." - Sally Abi Khalil'); else None. A hyphen inside a sentence
    ('"…" - a phrase the UN uses - is ...') or a signature that names no actor gives none.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.statements.quotes import _quotes
    >>> t = 'Vote\\n\\n> "Every hour of delay is measured in lives." - Antonio Guterres\\n\\nMore.'
    >>> d = document_from_text("a", t, published="2024-03-26")
    >>> _signed(_Resolver(d, tuple(find(d))), t, _quotes(d)[0]).faction
    'United Nations'
    >>> t = 'Vote\\n\\nThe phrase "every hour counts" - used by Antonio Guterres - is everywhere.'
    >>> d = document_from_text("a", t, published="2024-03-26")
    >>> _signed(_Resolver(d, tuple(find(d))), t, _quotes(d)[0]) is None
    True
    """
    m = HYPHEN_SIGNATURE.match(text, q.close)  # (from the closing mark)
    if m is None or not R.in_span(m.start("who"), m.end("who")):
        return None
    return R.noun_phrase(m.start("who"), m.end("who"))


# A paragraph that is only a speaker's label, the words in the paragraph after it (a liveblog entry's or a transcript's
# layout): "— Qatar's spokesman, Dr Majed Al Ansari, adviser to the Prime Minister:", "Foreign Minister X:"
LABEL_PARAGRAPH = re.compile(r"\s*(?:[—–•*-]\s+)?(?P<who>[A-Z][^:!?;“”\"«»\n]{1,200}?)\s*:\s*")
# at most this many words in such a label (a name with its offices, not a sentence)
LABEL_PARAGRAPH_WORDS = 24


def label_paragraph(R: _Resolver, text: str, a: int, b: int) -> Speaker | None:
    """The speaker of known faction a paragraph text[a:b] that is only a label names (no verb, its actor first, after
    title words perhaps), else None: "Reaction from Qatar:" (a heading), "The ministry said in a statement:" (a
    sentence) and "Key points:" name none.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = "Live\\n\\n— Qatar's spokesman, Dr Majed Al Ansari, adviser to the Prime Minister:\\n\\nWe expect a deal."
    >>> d = document_from_text("a", t, published="2025-01-15")
    >>> label_paragraph(_Resolver(d, tuple(find(d))), t, t.index("—"), t.index(":") + 1).faction
    'Qatar'
    >>> t = "Live\\n\\nReaction from Qatar:\\n\\nThe talks go on."
    >>> d = document_from_text("a", t, published="2025-01-15")
    >>> label_paragraph(_Resolver(d, tuple(find(d))), t, t.index("Re"), t.index(":") + 1) is None
    True
    """
    m = LABEL_PARAGRAPH.fullmatch(text, a, b)
    if m is None or len(m["who"].split()) > LABEL_PARAGRAPH_WORDS or _verb_re().search(m["who"]):
        return None
    ms = R.in_span(m.start("who"), m.end("who"))
    if not ms or not re.fullmatch(r"(?:(?:[A-Z][\w'’.-]*|the)\s+)*", text[m.start("who"):ms[0].start]):
        return None
    sp = R.noun_phrase(m.start("who"), m.end("who"))
    return sp if sp is not None and sp.faction else None
