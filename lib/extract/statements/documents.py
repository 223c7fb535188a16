"""Quoted documents: who issued the text a quote is read from or is in ("“…,” the statement said", "the text
reads", "The resolution asks ...", "In the declaration, the factions committed “to …”", "X issued the following
statement:" then the text): the issuers named with the document, those who adopted or signed it, or the parties
named near it.

Example: after "Hamas and Fatah signed a joint declaration in Cairo.", '“We will unite,” the text reads.' is the
words of Hamas and Fatah (a joint speaker, named with the text).
"""
from __future__ import annotations

import re
from dataclasses import replace

from lib.extract.statements.quotes import _is_body
from lib.extract.statements.resolver import _documented, _Resolver
from lib.extract.statements.speakers import DOC_NOUNS, JOINT_DOCS, Speaker, _type, in_document
from lib.extract.statements.unmarked import STATEMENT_INTRO, _issuer
from lib.models import Document, Sentence


def _intro_before(R: _Resolver, doc: Document, s1: Sentence) -> Speaker | None:
    r"""The issuer of a document whose text, in quotation marks, opens the paragraph after the one that introduces
    it ("The two leaders issued a joint statement, the text of which follows:", "The ministry issued the following
    statement:"; ``unmarked.STATEMENT_INTRO``); else None.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = "Jordan's foreign ministry issued the following statement:\n\n“The Kingdom rejects the decision.”"
    >>> d = document_from_text("a", t, published="2023-11-02")
    >>> _intro_before(_Resolver(d, tuple(find(d))), d, d.sentences[-1]).faction
    'Jordan'
    """
    prev = doc.sentences[s1.index - 1] if s1.index > 0 else None
    if prev is None or prev.paragraph != s1.paragraph - 1 or prev.region != "body":
        return None
    m = STATEMENT_INTRO.search(prev.text)
    sp = _issuer(R, doc, prev, m) if m is not None else None
    if sp is None or not sp.faction:
        return None
    noun = re.search(rf"(?i)\b{DOC_NOUNS}\b", m.group(0))
    if noun is None or sp.name.endswith(")"):
        return sp
    # named with its document, as issuers speaking in one are ("the two leaders (joint statement)")
    named = re.sub(r"\s+", " ", noun.group(0).lower())
    return replace(sp, name=f"{sp.name} ({named})", text=sp.text or sp.name)


# A text that is read out or read from ("the declaration reads", "reads the final communique", "the text reads"):
# a document noun, or the words naming a text whose issuers were named before it ("the text", "the document"), or
# a message sent by one party to another ("the message read", ``SENT_DOCS``)
READ_DOCUMENT = re.compile(rf"(?i)\s*(?:the|this|its|their|a|an)\s+(?:[\w-]+\s+){{0,3}}?"
                           rf"(?:{DOC_NOUNS}|{JOINT_DOCS}|text|document|resolution|draft|message|cable)\b")


def _document_speaker(R: _Resolver, text: str, a: int, b: int) -> Speaker | None:
    r"""The issuers of the document named in text[a:b] that a quote is read from: who the phrase names ("the
    statement issued by Egypt"), else the document's last issuers, else the parties named in its sentence, the
    paragraph or the one before (the signatories of a declaration: "... was signed by X and Y. ¶ “…,” the text
    reads"), else the last speaker (named with the document); None when text[a:b] names no document ("read the
    banners").

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = "Hamas and Fatah signed a joint declaration in Cairo.\n\n“We will unite,” the text reads."
    >>> d = document_from_text("a", t, published="2017-10-12")
    >>> _document_speaker(_Resolver(d, tuple(find(d))), t, t.index("the text"), t.index(" reads")).faction
    'Hamas; Fatah'
    """
    m = READ_DOCUMENT.match(text, a, b)
    if m is None:
        return None
    sp = R.noun_phrase(a, b) if R.in_span(a, b) else None
    if sp is not None and sp.faction:
        return sp
    noun = text[a:m.end()].strip(" ,")
    head = re.search(r"(\w+)\W*$", noun).group(1).lower()
    sender = _sent_by(R, head, a)
    if sender is not None:  # "X received a letter from Y. “…,” the letter read.": Y's words, not X's and Y's
        return sender
    introduced = _introduced_by(R, text, head, a)
    if introduced is not None or head in ("resolution", "draft"):  # (one body's text: who adopted it, or none)
        return introduced
    issuers = R.last(a, issuers=True)
    if issuers is not None:
        return issuers
    parties = R.parties(noun, a, None)
    if parties is not None:  # named by its parties and the document: "Sudan and Rapid Support Forces (text)"
        facs = parties.faction.split("; ")
        who = facs[0] if len(facs) == 1 else ", ".join(facs[:-1]) + " and " + facs[-1]
        bare = re.sub(r"^(?i:the|this|its|their|a|an)\s+", "", noun).lower()
        return replace(parties, name=f"{who} ({bare})")
    return _documented(R.last(a), noun)


# Documents that go from one party to another: a sender writes them, whoever receives them
SENT_DOCS = ("letter", "message", "cable")
# "a letter from Y", "a handwritten message from Y to X": the sender after "from" (up to a clause's end, the
# addressee or a time); "Y sent a letter to X", "Y wrote a message": the subject of the sending verb
SENT_FROM = re.compile(r"(?i)\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<doc>letter|message|cable)s?\s+(?:[\w-]+\s+){0,2}?from\s+"
                       r"(?P<from>[^,.;:“”\"«»]{2,120}?)(?=\s+(?:to|on|in|at|addressed|which|that|dated|calling|urging|"
                       r"asking|expressing|and\s+(?:a|an|the)\s)\b|\s*[,.;:]|\s*$)")
SENT_BY = re.compile(r"(?i)(?P<subj>^[^,;:“”\"«»]{2,160}?)\s+(?:(?:has|have|had|also|\w+ly)\s+)*(?:sent|wrote|addressed|"
                     r"dispatched|delivered)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<doc>letter|message|cable)\b")


def _sent_by(R: _Resolver, head: str, pos: int) -> Speaker | None:
    r"""The sender of the letter (message, cable) a quote is read from: the party after "a letter from" or the
    subject of "sent / wrote a letter" in the last sentence before ``pos`` (within six) that introduces one; the
    addressee is no speaker. None for other documents, or when that sentence names no sender of known faction.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = "Letters\n\nAbbas received a letter from Chinese President Xi Jinping. “…,” the letter read."
    >>> d = document_from_text("a", t, published="2024-01-14")
    >>> _sent_by(_Resolver(d, tuple(find(d))), "letter", t.index("the letter")).name
    'Xi Jinping'
    >>> t = "Letters\n\nEgypt's foreign ministry sent a letter to the UN chief. “…,” the letter read."
    >>> d = document_from_text("a", t, published="2024-01-14")
    >>> _sent_by(_Resolver(d, tuple(find(d))), "letter", t.index("the letter")).name
    "Egypt's foreign ministry (letter)"
    >>> _sent_by(_Resolver(d, tuple(find(d))), "statement", t.index("the letter")) is None
    True
    """
    if head not in SENT_DOCS:
        return None
    for s in reversed([x for x in R.doc.sentences if x.start < pos and _is_body(x)][-6:]):
        said = R.text[s.start:min(s.end, pos)]  # (the words before the quote's attribution)
        for m in SENT_FROM.finditer(said):
            if m["doc"].lower() != head:
                continue
            ms = [x for x in R.in_span(s.start + m.start("from"), s.start + m.end("from")) if x.faction]
            if ms:
                sp = R.from_mentions(ms[:1] if _type(ms[0]) == "person" else ms, s.start + m.start("from"),
                                     s.start + m.end("from"))
                return sp if sp is None or sp.type == "person" else _documented(sp, head)
        by = SENT_BY.match(said)
        if by is not None and by["doc"].lower() == head:
            ms = [x for x in R.in_span(s.start, s.start + by.end("subj")) if x.faction]
            if ms:
                sp = R.subject(s.start + by.end("subj"), s.start) or R.from_mentions(ms, s.start, s.start + by.end("subj"))
                return sp if sp is None or sp.type == "person" else _documented(sp, head)
    return None


# A sentence that introduces a document with those who made it: "Iraq's parliament voted in favour of a resolution",
# "the two sides signed a declaration", "The declaration was signed by X and Y", "a text adopted by the Council"
# (a meeting that ends with its text: "The Arab League summit ended on Saturday with a final communiqué")
INTRODUCING_VERB = r"(?:adopted|approved|passed|signed|issued|released|announced|drafted|tabled|agreed\s+(?:on|to)|" \
                   r"(?:ended|concluded|closed|wrapped\s+up)\s+(?:[\w-]+\s+){0,4}?with|" \
                   r"voted(?:\s+[\w-]+){0,3}?\s+(?:for|on|in\s+favou?r\s+of|to\s+adopt|to\s+approve))"
INTRODUCED_BY = re.compile(rf"(?i)\bwas\s+(?:\w+\s+){{0,2}}?{INTRODUCING_VERB}\b[^.;“”\"«»]{{0,80}}?\bby\s+(?P<by>(?:[^,.;:“”\"«»]|,\s+(?=[A-Z]|and\s))"
                           rf"{{3,200}}?)(?=\s*[.;:]|,\s+(?![A-Z]|and\s)|\s+(?:in|at|on|during|after|before|with|under|amid|following|"
                           r"late|early|last|this)\s|$)")
DATELINE = re.compile(r"(?:[A-Z][A-Z.' -]+(?:,\s*[A-Z][\w.]+(?:\s+[\w.]+){0,3})?\s*(?:\([^()]{1,30}\)\s*)?[—–-]+\s*)?")
INTRODUCING = re.compile(rf"(?i)(?P<subj>^[^,;:“”\"«»]{{2,160}}?(?:,\s*including\s+[^,;:“”\"«»]{{2,120}},)?)\s+(?:(?:has|have|had|\w+ly|jointly|also|unanimously)\s+)*"
                         rf"{INTRODUCING_VERB}\b")


def _introduced_by(R: _Resolver, text: str, head: str, pos: int) -> Speaker | None:
    """Those who made the document named by ``head`` ("declaration", "resolution"; any document for "text" and
    "document"), from the last sentence before ``pos`` that introduces one with its makers: the subject of
    "adopted / passed / signed / voted for", or the agents after "was signed ... by"; one faction or several
    (a joint speaker). None when no such sentence names a party.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = "Iraq's parliament voted on Sunday in favour of a resolution. “…” The resolution asks the government to act."
    >>> d = document_from_text("a", t, published="2020-01-05")
    >>> _introduced_by(_Resolver(d, tuple(find(d))), t, "resolution", t.index("The resolution")).faction
    'Iraq'
    """
    nouns = rf"(?:{DOC_NOUNS}|{JOINT_DOCS}|resolution|draft)" if head in ("text", "document") else re.escape(head)
    for s in reversed([x for x in R.doc.sentences if x.end <= pos and _is_body(x)][-12:]):
        named = re.search(rf"(?i)\b{nouns}\b", s.text)
        if not named:
            continue
        by = INTRODUCED_BY.search(s.text)
        m = INTRODUCING.match(s.text) if by is None else None
        if by is None and m is None:
            continue
        a, b = (s.start + by.start("by"), s.start + by.end("by")) if by else (s.start, s.start + m.end("subj"))
        ms = [x for x in R.in_span(a, b) if x.faction]
        if not ms:
            continue
        facs = list(dict.fromkeys(f for x in ms for f in x.faction.split("; ")))
        if by is None:  # (no dateline: "BAGHDAD — Iraq's parliament")
            a += len(DATELINE.match(text, a, b).group(0))
        # (a long list is named by its members: "Donald Trump, Mohamed bin Zayed and Benjamin Netanyahu")
        # (people signing for their sides are named by the sides: "by representatives of army chief X and ...")
        proxy = re.match(r"(?i)\s*(?:the\s+)?(?:representatives|delegates|delegations|envoys|negotiators)\s+of\b|"
                         r"\s*on\s+behalf\s+of\b", text[a:b])
        people = [] if proxy else [x.value for x in R.in_span(a, b) if _type(x) == "person"]
        people = people or ([] if not proxy else facs)
        who = list(dict.fromkeys(people or [x.value for x in ms]))
        name = re.sub(r"\s+", " ", text[a:b].strip(" ,")) if len(text[a:b].split()) <= 8 else \
            (", ".join(who[:-1]) + " and " + who[-1] if len(who) > 1 else who[0])
        # ("the text" of what they signed is named by its noun: "X and Y (agreement)")
        noun = re.sub(r"\s+", " ", named.group(0).lower()) if head in ("text", "document") else head
        return Speaker(f"{name} ({noun})", "", "; ".join(facs), "group", a, name)
    return None


# A document as the subject of a verb before the quote, an aside perhaps between them ("The resolution, backed
# mostly by Shiite lawmakers, asks ...", "The final text also calls for ...")
DOCUMENT_SUBJECT = re.compile(rf"(?P<doc>\s*(?:The|This|Its|Their)\s+(?:[\w-]+\s+){{0,3}}?(?:{DOC_NOUNS}|{JOINT_DOCS}|text|"
                              r"document|resolution|draft))(?:\s*,[^,;:“”\"«»]{1,120},)?\s+(?:(?:also|further|\w+ly)\s+)?")


IN_THE_DOCUMENT = in_document("the|its|their", rf"{DOC_NOUNS}|{JOINT_DOCS}|text|resolution", modifier=r"[\w-]+",
                              tail=r"\s*,[^“”\"«»]*$")
# the same with 'Under': "Under the text, the parties agreed “to …”", "Under the terms of the deal, Israel will “…”"
UNDER_THE_DOCUMENT = re.compile(rf"\s*Under\s+(?:the\s+terms\s+of\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
                                rf"(?P<doc>{DOC_NOUNS}|{JOINT_DOCS}|text|deal|resolution)\s*,[^“”\"«»]*$")


# A subject that issues or reads out a document, then a participle of speech with no comma before it ("Hamas
# issued a statement on Sunday calling the raid “…”", "X read a statement outside the headquarters describing ...")
ISSUED_DOCUMENT = re.compile(rf"(?P<subj>[^;:“”\"«»]{{2,160}}?)\s+(?:issued|released|read|read\s+out|put\s+out|published)\s+"
                             rf"(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:{DOC_NOUNS})\b[^,;:“”\"«»]{{0,80}}\s+$")
