"""The subject of a reporting verb: the phrase before the verb ("Egypt, Qatar and the US said", "He added", "The
ministry said", "Reading from the joint statement, Bush said") or the noun phrase after a quote ("…,” said Hamas
spokesman X): a mixin of ``resolver._Resolver`` (it uses its actor index, pronouns, anaphors and collectives).

Example: in "On Iran, Qatar said" the subject is Qatar (Iran is a topic, ``phrases.TOPIC``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from lib.extract.statements.appositions import INTERPOSED, member_subject, owned_member
from lib.extract.statements.offices import associate, titled_surname
from lib.extract.statements.phrases import (
    AGENT,
    IN_WHICH_PRONOUN,
    ISSUED_WHEN,
    LEADING_PRONOUN,
    READING_FROM,
    TOPIC,
    _documented,
)
from lib.extract.statements.speakers import (
    ADVERBIAL,
    ANAPHORS,
    COLLECTIVE,
    DOC_NOUNS,
    ISSUED_BY,
    JOINT_DOCS,
    PRONOUNS,
    Speaker,
    _is_object,
)
from lib.models import Sentence

# Envoys named by where they meet ("Diplomats at the UN", "Western delegates at the summit"): the body is not their
# side (a state's own embassy, ministry, mission, government or office is: "diplomats at the Israeli embassy")
PEOPLE_AT = re.compile(r"\s*(?P<who>(?:(?:[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree|[Ss]enior|Western|Arab|"
                       r"European|Asian|African)\s+)*(?:[Dd]iplomats|[Dd]elegates|[Oo]bservers|[Ee]nvoys))\s+"
                       r"(?:at|inside|around)\s+(?P<body>(?:the\s+)?(?![^,;:“”\"«»]*\b(?:[Ee]mbassy|[Mm]inistry|"
                       r"[Mm]ission|[Gg]overnment|[Oo]ffice)\b)[^,;:“”\"«»]{2,60}?)\s*,?\s*(?:(?:also|have|has|had|"
                       r"\w+ly)\s+)*")


class _VerbSubjects:
    """Subjects of reporting verbs and noun phrases after quotes (mixed into ``_Resolver``)."""

    def subject(self, verb_start: int, floor: int) -> Speaker | None:
        """The subject of a reporting verb at ``verb_start``, looking back no further than ``floor``."""
        seg = self.text[floor:verb_start]
        # a relative clause: "..., Gabi Ashkenazi, who called for"
        rel = re.search(r",?\s*\b(?:who|which)\s+(?:also\s+|has\s+|have\s+|had\s+)*$", seg)
        if rel:
            ms = self.in_span(floor, floor + rel.start())
            return self.from_mentions(ms[-1:], 0, 0) if ms else None
        # a whole relative clause between subject and verb: "Ban, the UN chief, who is due in Gaza, said at …"
        # (or a participle phrase: "Safadi, speaking after talks in Brussels, said")
        inner = INTERPOSED.search(seg)  # (or one about the subject's possession: "Sissi, whose country ..., wrote")
        if inner and self.in_span(floor, floor + inner.start()):
            return self.subject(floor + inner.start(), floor)
        read = self.read_from(seg, floor)
        if read is not None:  # "Reading from a joint understanding ... by the two sides, Bush said:": its parties
            return read
        issued = ISSUED_BY.fullmatch(seg)
        by = self.issued_by(issued, floor) if issued else None
        if by is not None:  # "A trilateral statement issued by the three leaders said"
            return by
        when = ISSUED_WHEN.fullmatch(seg)
        if when:  # "A joint statement issued after the talks said": its issuers, else the parties named nearby
            jname = re.sub(r"\s+", " ", when["doc"]).lower()
            return self.last(floor, issuers=True) or self.parties(f"the {jname}", floor + when.start("doc"), None)
        # clause boundaries
        cut, cut_start, cut_word = 0, 0, ""
        for b in re.finditer(r"(?:;|\bthat\b|\bwhen\b|\bWhen\b|\bafter\b|\bAfter\b|\bwhile\b|\bbut\b|\bas\b|\bif\b|, and\b|[”\"»])", seg):
            cut, cut_start, cut_word = b.end(), b.start(), b.group(0)
        a = floor + cut
        if cut_word in ("but", ", and") and not self.text[a:verb_start].strip():
            # "He thanked Egypt ..., but added:": a coordinated verb shares the first clause's subject
            return self.clause_subject(floor, floor + cut_start)
        tail_start = seg.rfind(",")
        if tail_start >= cut:
            tail = seg[tail_start + 1:]
            if IN_WHICH_PRONOUN.fullmatch(tail):  # "X sent a cable to Y, in which he praised “…”": the clause's subject
                sender = re.search(r"\bfrom\s+(?!.*\bfrom\s)", seg[:tail_start])  # "a letter from Y, in which he": Y
                ms = self.in_span(floor + sender.end(), floor + tail_start) if sender else []
                return self.from_mentions(ms[:1], 0, 0) if ms else self.clause_subject(floor, floor + tail_start)
            pm = re.fullmatch(r"\s*(he|she|it|they|He|She|It|They)\s+(?:(?:also|has|have|had|later|again)\s+)*", tail)
            if pm:
                return self.pronoun(pm.group(1).lower(), floor + tail_start, verb_start)
            coll = COLLECTIVE.fullmatch(tail)
            if coll and not self.in_span(floor + tail_start, verb_start):
                return self.collective(coll, floor + tail_start)
            ana = ANAPHORS.fullmatch(tail)
            if ana and not self.in_span(floor + tail_start, verb_start):
                return self.anaphor(ana, floor + tail_start, verb_start)
            ms = self.in_span(floor + tail_start, verb_start)
            if ms and ADVERBIAL.match(self.text[ms[-1].end:verb_start]):
                # the comma may be a list's ("Egypt, Qatar and the United States said"): take the whole list
                ms = self.extend_list(ms, a)
                return self.from_mentions(ms, ms[0].start, verb_start)
        pm = re.match(r"\s*(he|she|it|they|He|She|It|They)\s+(?:(?:also|has|have|had|later|again)\s+)*$", self.text[a:verb_start])
        if pm:
            return self.pronoun(pm.group(1).lower(), a, verb_start)
        jdoc = re.match(rf"\s*(?:the|this|that|The|This|That)\s+{JOINT_DOCS}\s*$", self.text[a:verb_start])
        if jdoc:
            return self.last(a, issuers=True) or self.parties(jdoc.group(0).strip(), a, None) or \
                _documented(self.last(a), jdoc.group(0))
        docref = re.match(rf"\s*(?:the|a|an|The|A|An)\s+{DOC_NOUNS}\b", self.text[a:verb_start])
        if docref:
            return self.last(a, issuers=True) or _documented(self.last(a), docref.group(0))
        ms = [m for m in self.in_span(a, verb_start) if not _is_object(self.text, a, m)]
        # a topic before the subject ("On Iran - Iranian officials said", "Regarding Hamas, Qatar said"): not it
        ms = [m for m in ms if not TOPIC.search(self.text, max(a, m.start - 20), m.start)] or ms
        at = PEOPLE_AT.fullmatch(self.text, a, verb_start) if ms else None
        if at and ms[0].start >= at.start("body") and ms[0].actor_type != "state":
            # people at a body, not of it ("Diplomats at the UN said"): no side (a state is where they come from)
            words = re.sub(r"\s+", " ", at["who"])
            return Speaker("", words, "", "group", at.start("who"), words)
        if not ms:
            lead = re.match(r"\s*(he|she|it|they|He|She|It|They)\s+[a-z]", self.text[a:verb_start])
            if lead and self.in_span(a, verb_start):  # "He thanked Egypt and praised": not Egypt
                return self.pronoun(lead.group(1).lower(), a, verb_start)
            coll = COLLECTIVE.fullmatch(self.text[a:verb_start])
            if coll:
                return self.collective(coll, a)
            plain = self.plain_person(a, verb_start) or member_subject(self, a, verb_start) or \
                titled_surname(self, a, verb_start) or associate(self, a, verb_start)  # "Senator Wong", "an aide to him"
            if plain is not None:  # (``member_subject``: "X, the head of the Y Council, which ..., said")
                return plain
            ana = ANAPHORS.fullmatch(self.text[a:verb_start])
            if ana:
                return self.anaphor(ana, a, verb_start)
            if re.fullmatch(r"\s*(?:The|the)\s+sources\s+(?:also\s+)?", self.text[a:verb_start]):
                return self.sources(a)
            return None
        lead = LEADING_PRONOUN.match(self.text, a, verb_start)
        if lead and ms[0].start >= lead.end():  # "He praised Yemen and Iraq, saying": the actors are objects
            return self.pronoun(lead["p"].lower(), a, verb_start)
        sp = self.from_mentions(ms, a, verb_start)
        if re.search(r",\s+$", self.text[a:verb_start]) and re.match(r"[a-z]+ing\b", self.text[verb_start:verb_start + 20]):
            # ", pledging in a joint statement to": a participle shares the subject of its clause, however far
            subj = [m for m in ms if not re.search(r"(?i)\b(?:with|by|to|from|for|of|on|in|at|into|against|meeting|"
                                                   r"visiting|receiving|hosting|after|before|when|while|as|since|until|"
                                                   r"once)\s+(?:the\s+)?$",
                                                   self.text[max(0, m.start - 20):m.start])]
            if subj:
                return self.from_mentions(subj, a, verb_start)
        # a subject must be near its verb: after the mention only an appositive or adverbials
        tail = self.text[ms[-1].end:verb_start]
        owned = re.match(r"['’]s?\s", tail)  # "Israel's Channel 12 said": the subject is what the actor owns
        if owned and (member := owned_member(self, ms[-1], verb_start)) is not None:
            return member  # (a person it owns is a member: "Islamic Jihad's Khaled al-Batsh said")
        if sp and not owned and (ADVERBIAL.match(tail) or re.match(r"^\s*(?:\([^)]*\)\s*)?,[^,]{1,120},\s*$", tail)
                   or re.match(r"^[^,]{0,40}\s*$", tail) and len(tail.split()) <= 3):
            return sp
        first_tail = self.text[ms[0].end:verb_start]
        if sp and re.match(r"^\s*(?:\([^)]*\)\s*)?,[^,]{1,120},\s*$", first_tail):
            return sp
        # "Abbas was quoted as saying": a short tail with no comma after the last actor
        return sp if sp and not owned and "," not in tail and len(tail.split()) <= 4 else None

    def read_from(self, seg: str, floor: int) -> Speaker | None:
        """The parties of a document someone reads out ("Reading from a joint understanding hammered out by the two
        sides, Bush said:"): the words are theirs, not the reader's. Its issuers when the phrase names them ("by
        Egypt and Qatar", "by the two sides"), else the document's last issuers or the parties named nearby."""
        m = READING_FROM.match(seg)
        if m is None or not self.in_span(floor + m.end(), floor + len(seg)):
            return None
        noun = re.sub(r"\s+", " ", m["doc"].lower())
        by = re.search(r"\bby\s+", m["rest"])
        sp = None
        if by:
            a, b = floor + m.start("rest") + by.end(), floor + m.end("rest")
            ms = self.in_span(a, b)
            coll = COLLECTIVE.match(self.text, a, b)
            sp = self.from_mentions(ms, a, b) if ms else self.collective(coll, a) if coll else None
        if sp is None:
            sp = self.last(floor, issuers=True) or self.parties(f"the {noun}", floor + m.start("doc"), None)
        if sp is None or not sp.faction:
            return None
        reader = self.from_mentions(self.in_span(floor + m.end(), floor + len(seg)), 0, 0)
        read_by = f" read by {reader.name}" if reader is not None and reader.name and reader.type == "person" else ""
        base = re.sub(r"\s*\([^()]*\)$", "", sp.name)  # (a collective or an issuer names its document already)
        return replace(sp, name=f"{base} ({noun}{read_by})")

    def clause_subject(self, a: int, b: int) -> Speaker | None:
        """The subject opening the clause text[a:b]: a leading pronoun, else the first actors that are no object."""
        lead = re.match(r"\s*(he|she|it|they|He|She|It|They)\b", self.text[a:b])
        if lead:
            return self.pronoun(lead.group(1).lower(), a, b)
        head = a + re.match(r"\s*(?:\S+\s+){0,8}", self.text[a:b]).end()
        ms, agent = [], None
        for m in self.in_span(a, b):
            if agent is not None and re.fullmatch(r"\s*(?:,|and|, and)\s+(?:the\s+)?", self.text[agent.end:m.start]):
                agent = m  # ("issued by Egypt and Qatar": both agents)
            elif AGENT.search(self.text, max(a, m.start - 12), m.start):
                agent = m  # ("By the text, tabled by Jordan, the Assembly called ... and demanded")
            elif m.start <= head and not _is_object(self.text, a, m):
                ms.append(m)
        if ms:
            return self.from_mentions(ms, a, b)
        # else the speaker of an act verb before it in the clause ("the Assembly called for X and demanded Y"); not of
        # a verb of saying, whose reported clause owns the coordinated verb ("said the two sides agreed “…” and pledged")
        return next((h for h in reversed(self.history) if a <= h.pos < b and h.faction
                     and not re.match(r"(?:said|says|told|tells|added|stated)\b", self.text[h.pos:h.pos + 8])
                     and not re.search(r"[“”\"«»]", self.text[h.pos:b])), None)

    def sentence_subject(self, sent: Sentence) -> Speaker | None:
        """The actor(s) opening a sentence (within its first few words), as its subject."""
        head = re.match(r"(?:\S+\s+){0,3}", sent.text).end()
        ms = [m for m in self.in_span(sent.start, sent.end) if m.start <= sent.start + head]
        return self.from_mentions(ms, 0, 0) if ms else None

    def noun_phrase(self, a: int, b: int) -> Speaker | None:
        """A speaker named in text[a:b] after a quote ("…,” senior member X said")."""
        np = self.text[a:b].strip(" ,")
        low = np.lower()
        if low in PRONOUNS:
            return self.pronoun(low, a, b)
        issued = ISSUED_BY.fullmatch(self.text[a:b].rstrip(" ,"))
        by = self.issued_by(issued, a) if issued else None
        if by is not None:  # “…,” said a joint communique issued by Jordan's foreign ministry
            return by
        ms = self.in_span(a, b)
        if not ms:
            plain = self.plain_person(a, b, appositive_after=True) or titled_surname(self, a, b) or associate(self, a, b)
            if plain is not None:
                return plain
        if not ms and re.fullmatch(rf"(?:the|this|that)\s+{JOINT_DOCS}(?:\s+\w+ly)?", low):
            return self.last(a, issuers=True) or self.parties(np, a, None) or _documented(self.last(a), np)
        if not ms and re.match(rf"(?:the|a|an|its|his|her|their)\s+(?:\w+\s+)?{DOC_NOUNS}\b", low):
            return self.last(a, issuers=True) or _documented(self.last(a), np)
        if not ms and COLLECTIVE.fullmatch(np):
            return self.collective(COLLECTIVE.fullmatch(np), a)
        if not ms:
            ana = ANAPHORS.fullmatch(np)
            if ana:
                return self.anaphor(ana, a, b)
        return self.from_mentions(ms, a, b) if ms else None
