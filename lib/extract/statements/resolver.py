"""Speaker resolution within one article: the subject of a reporting verb, pronouns, definite descriptions,
collective subjects and documents resolved to earlier speakers and issuers.

Approach: pass 1 (``listen``) records every reporting verb's subject in text order (the speaker history) and
who issued which statement; later lookups ("he", "the ministry", "the statement") resolve against them.
Example: in "Hamas said X. It added Y." 'It' is Hamas.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from lib.extract.actors import NAME, NAME_STOP, TITLE_WORDS, home_country
from lib.extract.actors.references import section_faction
from lib.extract.spanindex import Covers, Paragraphs
from lib.extract.statements.appositions import BARE_ROLE, INTERPOSED, member_subject, organisation_side, owned_member
from lib.extract.statements.collectives import _Collectives
from lib.extract.statements.offices import associate, office_antecedent, titled_surname
from lib.extract.statements.speakers import (
    ABBREV,
    ADVERBIAL,
    ANAPHOR_KINDS,
    ANAPHORS,
    COLLECTIVE,
    DOC_NOUNS,
    ISSUED_BY,
    JOINT_DOCS,
    PRONOUNS,
    TYPED_ANAPHORS,
    Speaker,
    _civilians,
    _is_object,
    _locative,
    _person_name,
    _titled,
    _type,
    gender_of,
    in_document,
    unnamed_without_faction,
)
from lib.extract.statements.verbs import _verb_re
from lib.models import Document, Mention, Sentence

# A joint document named with when it was issued, as a subject ("A joint statement issued after the talks said")
ISSUED_WHEN = re.compile(rf"\s*(?:the|a|an|The|A|An)\s+(?P<doc>{JOINT_DOCS})\s+(?:issued|released|published|adopted)"
                         r"\s+(?:after|at|on|following|during|at\s+the\s+end\s+of)\s+[^,;:“”\"]{1,60}?\s*")


# A preposition before an actor in a clause's opening phrase: an agent or a circumstance, not the subject
AGENT = re.compile(r"(?<![\w-])(?:by|with|to|from|for|of|on|in|at)\s+(?:the\s+)?$")
# A clause opened by a pronoun subject and its verb ("He hailed ..."): actors after it are no subject
LEADING_PRONOUN = re.compile(r"\s*(?P<p>he|she|it|they|He|She|It|They)\s+(?:(?:also|then|later|again|has|have|had)\s+)*"
                             r"(?!and\b|or\b|of\b)[a-z]{3,}\b")
# A sentence that opens with the document its subject speaks in ("In a joint statement after the call, the leaders said")
IN_DOCUMENT = in_document("a|an|the|its|their|his|her", DOC_NOUNS, modifiers_named=True, flags="(?i)")
# A document read out by the subject of the clause after it ("Reading from a joint understanding hammered out by the
# two sides, Bush said:"; "Reading aloud the joint statement, the minister said")
READING_FROM = re.compile(rf"\s*(?:Reading|Quoting)\s+(?:aloud\s+|out\s+)?(?:from\s+)?(?:a|an|the)\s+"
                          rf"(?P<doc>(?:\w+\s+)?(?:{JOINT_DOCS}|{DOC_NOUNS}))\b(?P<rest>[^,;:“”\"«»]{{0,160}}),\s*")
# Between a description and the name in apposition to it ("Hamas's spokesman in Beirut, Osama Hamdan")
# (a rank or form of address may stand before the name: "An SAF spokesperson, Brig Nabil Abdallah,")
APPOSITION_GAP = (r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s*,\s*(?:(?:Lt|Lieut|Col|Gen|Maj|Capt|Brig|Sgt|Adm|"
                  r"Cmdr|Cdr|Brigadier|General|Colonel|Major|Lieutenant|Admiral|Dr|Mr|Ms|Mrs)\.?\s+){0,3}")
# a side named after a person as what the person acts on or talks about ("... the deal with Lebanon", "... talks
# over Gaza"), not whose the person is
ABOUT_SIDE = re.compile(r"(?i)(?<![\w-])(?:with|on|over|about|against|towards?|regarding)\s+(?:the\s+)?$")
# Words before a person who accompanies the speaker ("an official traveling with Kerry", "a diplomat accompanying X")
COMPANION = re.compile(r"(?i)(?<![\w-])(?:(?:travell?ing|flying|speaking|standing)\s+)?(?:with|alongside|accompanying)\s+"
                       r"(?:the\s+)?(?:[A-Za-z.-]+\s+){0,3}$")
# A preposition that makes the actor after it a topic, not a subject
TOPIC = re.compile(r"(?i)(?<![\w-])(?:on|about|regarding|concerning|as\s+for|asked\s+about)\s+(?:the\s+)?$")
# Between a state and a group it owns ("Lebanon's Hezbollah", "Yemen's Iran-backed Houthis")
POSSESSOR = re.compile(r"['’]s?\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+-backed)\s+){0,3}")


# a pronoun in a relative clause about a message ("..., in which he praised", "..., during which she said"): the
# subject of the clause before the comma, not the last person named (the message's addressee)
IN_WHICH_PRONOUN = re.compile(r"\s*(?:in|during|through|by|at)\s+which\s+(?:he|she|it|they)\s+"
                              r"(?:(?:also|has|have|had|later|again)\s+)*")


class _Resolver(_Collectives):
    """Subjects of reporting verbs, pronouns and "the statement", within one article."""

    def __init__(self, doc: Document, actors: tuple[Mention, ...], places: tuple[Mention, ...] = ()):
        self.doc = doc
        self.text = doc.text
        self.actors = sorted(actors, key=lambda m: m.start)
        self._starts = [m.start for m in self.actors]  # for bisection (in_span, anaphor)
        self.paras = Paragraphs(doc.sentences)  # the sentences of a paragraph, without a pass over every one
        self.history: list[Speaker] = []  # every attributed speaker, in text order
        self.issuers: list[Speaker] = []  # who issued a statement / press release
        # people of no faction the text introduces ("Umm Mohammad, 54,"): they can be 'he' or 'she' too
        self.civilians: list[tuple[int, Speaker]] = _civilians(doc, self.actors, places)
        self.history.extend(sp for _, sp in self.civilians)  # known before any pronoun is resolved
        # a ministry's own release ("Jordan Ministry of Foreign Affairs"): its state speaking ("Jordan condemns",
        # "The Kingdom affirms") is the ministry
        outlet = re.sub(r"\s+", " ", doc.outlet or "").strip(" -")
        self.ministry = (outlet, home_country(doc)) if re.search(r"\bMinistry\b", outlet) else ("", "")

    def in_span(self, a: int, b: int) -> list[Mention]:
        lo, hi = bisect_left(self._starts, a), bisect_right(self._starts, b)
        return [m for m in self.actors[lo:hi] if m.end <= b]  # the actors starting in [a, b], in order

    def last(self, pos: int, kind: str | None = None, issuers: bool = False) -> Speaker | None:
        pool = self.issuers if issuers else self.history
        c = [s for s in pool if s.pos < pos and (kind is None or s.type == kind)]
        return max(c, key=lambda s: s.pos) if c else None  # (pass 1 appends after the civilians it was seeded with)

    def from_mentions(self, ms: list[Mention], a: int, b: int) -> Speaker | None:
        """The speaker among actor mentions of a subject phrase text[a:b]: a person first, else the
        organisations joined by 'and' (a joint statement)."""
        if not ms:
            return None
        people = [m for m in ms if _type(m) == "person"]
        if people:
            # "Erdogan's spokesman Ibrahim Kalin": the owner is not the speaker
            owned = [m for m in people if not re.match(r"['’]s?\s", self.text[m.end:m.end + 3])]
            people = owned or people
            # "Ariel Sharon's spokesman, Raanan Gissin,": a description before the name in apposition is that name
            described = {id(x) for x, y in zip(people, people[1:], strict=False) if re.fullmatch(APPOSITION_GAP, self.text[x.end:y.start])
                         and _titled(self.text[x.start:x.end]) and not _titled(self.text[y.start:y.end])}
            people = [m for m in people if id(m) not in described] or people
            # "said a senior State Department official traveling with Kerry": a companion named after an unnamed
            # speaker of a side is no speaker (a person the speaker serves, "a spokesman for X", still may be)
            people = [m for m in people if m is people[0] or not ("unnamed" in people[0].evidence and people[0].faction
                                                                  and COMPANION.search(self.text, max(0, m.start - 30), m.start))]
            named = [m for m in people if "unnamed" not in m.evidence and not m.evidence.startswith("description")]
            named = named or [m for m in people if "unnamed" not in m.evidence]
            joint = self.joint_people(named)
            if joint is not None:
                return joint
            p = (named or people)[0]  # "Israel’s envoy to the UN, Gilad Erdan": the name
            # (a body the person is posted to is where, not whose: "Its ambassador to the UN, X")
            # (nor a side the subject phrase talks about, after the person: "X defended the border deal with
            # Lebanon and dismissed ...": Lebanon is the topic, not X's side)
            fac = p.faction or next((m.faction for m in ms if m.faction and not _locative(self.text, m)
                                     and not (m.start > p.end and ABOUT_SIDE.search(self.text, p.end, m.start))), "")
            fac = fac or organisation_side(p.role or "")  # "The head of the Settlers Council, X" (``appositions``)
            return Speaker(_person_name(p), p.role, fac, "person", p.start, re.sub(r"\s+", " ", p.text))
        # "Lebanon's Hezbollah (resistance movement)", "Yemen's Houthis": the owner is not the speaker
        ms = [m for m, n in zip(ms, [*ms[1:], None], strict=True)
              if n is None or not POSSESSOR.fullmatch(self.text[m.end:n.start])] or ms
        first = ms[0]
        if len(ms) == 1 and unnamed_without_faction(first.text):  # "Palestinian sources": no invented faction
            words = re.sub(r"\s+", " ", first.text)
            return Speaker("", words, "", "group", first.start, words)
        group = [first]
        end = first.end
        for m in ms[1:]:
            gap = self.text[end:m.start]
            if len(group) == 1 and re.fullmatch(r"\s*(?:--|—|–|\(|,\s+namely)\s*(?:the\s+)?", gap) and \
                    re.match(r"\s*(?:,|and)\s", self.text[m.end:m.end + 6]):
                # "The guarantor states of the talks on Syria -- Russia, Turkey and Iran --": the list in apposition
                group, first, end = [m], m, m.end
                continue
            if m.faction == group[-1].faction and re.fullmatch(r"\s*\(\s*", gap):
                end = m.end + (1 if self.text[m.end:m.end + 1] == ")" else 0)
                continue  # "Popular Front for the Liberation of Palestine (PFLP)"
            if re.fullmatch(r"\s*(?:,|and|, and)\s+(?:the\s+)?", gap):
                group.append(m)
                end = m.end
            else:
                break
        facs = list(dict.fromkeys(m.faction for m in group if m.faction))
        name = self.text[group[0].start:end] if len(group) > 1 else first.text
        if len(group) == 1 and _type(first) == "group" and first.actor_type == "state" and self.ministry[1] \
                and first.faction == self.ministry[1]:
            return Speaker(self.ministry[0], "", first.faction, "group", first.start, re.sub(r"\s+", " ", name))
        return Speaker(re.sub(r"\s+", " ", name), "", "; ".join(facs), "group", first.start, re.sub(r"\s+", " ", name))

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

    def anaphor(self, ana: re.Match, pos: int, verb_start: int) -> Speaker | None:
        """A definite description ("the army", "the ministry", "the group"): the last speaker or actor of the
        same kind. A typed noun with no such antecedent is someone the text names without a faction (an army
        or ministry of no known country): it blocks the fall-back to the previous speaker, never takes it."""
        if ana["person"]:
            return office_antecedent(self, ana, pos, verb_start)
        if not ana["group"]:
            return self.pronoun("he", pos, verb_start)
        noun = re.sub(r"\s+", " ", ana["group"].lower())
        kind = next((k for k, nouns in TYPED_ANAPHORS.items() if noun.split()[-1] in nouns), None)
        if kind is None or re.match(r"(?i)\s*both|\s*the\s+(?:two|three|four|several)\b", ana.group(0)):
            return self.pronoun("it", pos, verb_start)
        words, types = ANAPHOR_KINDS[kind]

        def fits(name: str, typ: str) -> bool:
            return typ in types or any(re.search(rf"(?<![\w-]){w}", name.lower()) for w in words)

        # a section opened by a heading that names a faction ("JORDAN" in a factbox of reactions): its body
        section, opens = section_faction(self.doc, pos)
        sp = self.pronoun("it", pos, verb_start)  # the last group speaker, if it is of that kind
        at = [] if sp is None else self.actors[bisect_left(self._starts, sp.pos):bisect_right(self._starts, sp.pos)]
        if sp is not None and sp.faction and sp.pos > opens and any(
                fits(sp.name + " " + self.text[m.start:m.end], m.actor_type) for m in at):
            return sp
        # else the last actor of that kind named before (in the text, not only as a speaker)
        prior = next((m for m in reversed(self.actors[bisect_right(self._starts, opens):bisect_right(self._starts, pos)])
                      if m.end <= pos and m.faction and _type(m) == "group"
                      and fits(self.text[m.start:m.end] + " " + m.value, m.actor_type)), None)  # (the last one)
        if prior is not None:
            return self.from_mentions([prior], 0, 0)
        if section:
            words = re.sub(r"\s+", " ", ana.group(0).strip())
            return Speaker(f"{section} ({words.lower().removeprefix('the ')})", "", section, "group", pos, words)
        return Speaker("", "", "", "group", pos)

    def sources(self, pos: int) -> Speaker:
        """"The sources said" as a subject: the sources named last, when they are an actor of a faction
        ("Egyptian sources"); none for "two sources briefed on the talks" (no side), whatever spoke in between."""
        prior = [m.start() for m in re.finditer(r"(?i)\bsources\b", self.text[:pos])]
        ms = [m for m in self.actors if prior and m.start <= prior[-1] < m.end and m.faction]
        sp = self.from_mentions(ms[:1], 0, 0) if ms else None
        return sp if sp is not None else Speaker("", "", "", "group", pos)

    def pronoun(self, word: str, pos: int, verb_start: int) -> Speaker | None:
        """What a pronoun points back to; 'he' and 'she' agree in gender with it (``speakers.gender_of``): a
        person of the other gender gives way to the nearest one who fits ('she': a known woman; 'he': anyone not
        known to be one) named in this paragraph or the one before, else to nobody; for 'she', a person of unknown
        gender is kept unless a known woman is named there."""
        sp = self._pronoun(word, pos, verb_start)
        want = {"he": "male", "she": "female"}.get(word)
        have = gender_of(sp)
        if want is None or sp is None or have == want or (have == "" and want == "male"):
            return sp
        sent = self.doc.sentence_at(pos)
        first = None if sent is None else self.paras.first(sent.paragraph - 1, sent.paragraph)
        lo = first.start if first is not None else pos
        cands = [s for s in self.history if lo <= s.pos < pos and s.type == "person"]
        cands += [self.from_mentions([m], 0, 0) for m in self.in_span(lo, pos) if _type(m) == "person" and m.end <= pos]
        fit = [c for c in cands if c is not None and (gender_of(c) == want or want == "male" and not gender_of(c))]
        return max(fit, key=lambda c: c.pos) if fit else (sp if have == "" else None)

    def _pronoun(self, word: str, pos: int, verb_start: int) -> Speaker | None:
        kind = PRONOUNS[word]
        sent = self.doc.sentence_at(pos)
        if sent is not None:
            # an earlier reporting verb in the same sentence ("When X announced ..., it said")
            same = [s for s in self.history if sent.start <= s.pos < pos and s.type == kind]
            if same:
                return same[-1]
            if kind == "person":
                # the subject of the closest earlier sentence of the same paragraph that names a person
                for prior in reversed([x for x in self.paras.of(sent.paragraph) if x.start < pos]):
                    ms = [m for m in self.in_span(prior.start, min(prior.end, pos)) if _type(m) == "person"]
                    # its subject, not an object ("After meeting Abbas, Blinken said", "Egypt hosted X")
                    subj = [m for m in ms if not _is_object(self.text, prior.start, m) and not re.search(
                        r"\b(?:with|by|to|from|for|of|meeting|visiting|receiving|hosting)\s+(?:the\s+)?$",
                        self.text[max(prior.start, m.start - 20):m.start])]
                    civ = [sp for p, sp in self.civilians if prior.start <= p < min(prior.end, pos)
                           and (not ms or p < ms[0].start)]
                    if civ and prior.index != sent.index:  # "Rachel Levi does not know …": a private person
                        return civ[0]
                    if ms and prior.index != sent.index:
                        cand = subj or ms
                        # "Russia's envoy, Mikhail Ulyanov,": the description and its name are one person
                        # ("Netanyahu's spokesman Mark Regev": the owner and the aide, of whom from_mentions keeps the aide)
                        two = len(cand) > 1 and re.fullmatch(rf"{APPOSITION_GAP}|['’]s?\s+(?:[A-Za-z-]+\s+){{0,3}}",
                                                             self.text[cand[0].end:cand[1].start])
                        return self.from_mentions(cand[:2] if two else cand[:1], 0, 0)
                # a person introduced in the previous paragraph, after the last speaker, is the likelier 'he'
                # ("Mohammed Abu Shaar, 37, waited ...\n“…,” he said")
                last = self.last(pos, "person")
                if (q := self.paras.body_before(sent.paragraph)) is not None:
                    para = [x for x in self.paras.of(q) if x.region == "body"]
                    a, b = para[0].start, para[-1].end
                    people = sorted([(m.start, self.from_mentions([m], 0, 0)) for m in self.in_span(a, b)
                                     if _type(m) == "person"] + [(p, sp) for p, sp in self.civilians if a <= p < b],
                                    key=lambda x: x[0])
                    if people and (last is None or last.pos < a):
                        return people[0][1]
            if kind == "group":
                for v in _verb_re().finditer(self.text, sent.start, pos):
                    sp = self.subject(v.start(), sent.start)
                    if sp and sp.type == "group":
                        return sp
        found = self.last(pos, kind) or (self.last(pos, issuers=True) if kind == "group" else None)
        if found is None and sent is not None:
            # nobody has spoken yet: the first actor of that kind in this or the previous sentence (its subject)
            for cand in (sent, self.doc.sentences[sent.index - 1] if sent.index else None):
                if cand is None:
                    continue
                ms = [m for m in self.in_span(cand.start, min(cand.end, pos)) if _type(m) == kind]
                if ms:  # a group subject may be joint ("Hamas and Islamic Jihad")
                    return self.from_mentions(ms if kind == "group" else ms[:1], 0, 0)
        return found

    def extend_list(self, ms: list[Mention], lo: int) -> list[Mention]:
        """Groups before a comma that continue a list ending in ``ms`` ("Egypt, Qatar and the United States")."""
        if not ms or _type(ms[0]) != "group":
            return ms
        earlier = [m for m in self.in_span(lo, ms[0].start) if _type(m) == "group"
                   and not TOPIC.search(self.text, max(lo, m.start - 20), m.start)]  # ("Regarding Hamas, Qatar said")
        while earlier and re.fullmatch(r"\s*,\s+(?:the\s+)?", self.text[earlier[-1].end:ms[0].start]):
            ms = [earlier.pop(), *ms]
        return ms

    def plain_person(self, a: int, b: int, appositive_after: bool = False) -> Speaker | None:
        """Someone of no faction introduced by name and an appositive or age ("Fatima Nasser, a Yemeni analyst,"
        / "Omar Saleh, 52,"): kept as a speaker with no faction, so that their quote is theirs."""
        seg = self.text[a:b]
        m = re.fullmatch(rf"\s*(?P<name>{NAME})\s*(?:,\s*(?P<app>(?:an?|the|who|{BARE_ROLE})\s*[^,;:“”\"]{{2,80}}|\d{{1,3}}),?)?\s*", seg)
        if m is None or self.in_span(a, b):
            return None
        toks = m["name"].split()
        if any(t in NAME_STOP or t.lower() in TITLE_WORDS for t in toks):
            return None
        app = m["app"] or ""
        if not app and appositive_after:  # "…,” said Fatima Nasser, a Yemeni analyst in Sanaa.
            after = re.match(rf",\s*(?P<app>(?:an?|the|{BARE_ROLE})\s*[^,;:.“”\"]{{2,80}}|\d{{1,3}})", self.text[b:b + 90])
            app = after["app"] if after else ""
        if not app:
            return None
        title = "" if app.isdigit() or app.startswith("who") else re.sub(r"^(?:an?|the)\s+", "", app.strip())
        # "X, the head of the Settlers Council," (an organisation the dictionary lacks): its side (``appositions``)
        side = organisation_side(app)
        if not side and not re.match(r"(?:an?|the|who)\s|\d", app):
            return None  # (an appositive with no article is a person's only with an organisation)
        return Speaker(m["name"], title, side, "person", a + m.start("name"), m["name"])

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



def _documented(sp: Speaker | None, phrase: str) -> Speaker | None:
    """The last speaker as the issuer of the document a quote is read from ("the statement said" after "Egypt
    and Qatar said"): named with the document noun, as issuers are.

    >>> _documented(Speaker("Egypt and Qatar", "", "Egypt; Qatar", "group", 0), "the joint statement").name
    'Egypt and Qatar (joint statement)'
    """
    if sp is None or not sp.name or sp.name.endswith(")"):
        return sp
    noun = re.sub(r"\s+", " ", re.sub(r"^(?i:the|this|that|a|an|its|his|her|their)\s+", "", phrase.strip()))
    return replace(sp, name=f"{sp.name} ({noun.lower()})")


def listen(R: _Resolver, doc: Document, quote_spans: list[tuple[int, int]]) -> None:
    """Pass 1: every reporting verb outside quotes, with its subject -> R's speaker history and statement issuers."""
    text = doc.text
    vre = _verb_re()
    quoted = Covers(quote_spans)  # (bisected: a long article has hundreds of quotes and verbs)

    # pass 1: every reporting verb outside quotes, with its subject -> speaker history and statement issuers
    for s in doc.sentences:
        if s.region not in ("body", "dateline"):
            continue
        for v in vre.finditer(text, s.start, s.end):
            if quoted.covers(v.start()):
                continue
            floor = quoted.floor(v.start(), s.start)
            if v.group(0).lower().startswith("according"):
                np = re.match(r"\s*([^,.;:“”\"«»]{2,100})", text[v.end():s.end])
                if np and not R.in_span(v.end(), v.end() + np.end()) and re.search(DOC_NOUNS, np.group(1)):
                    # "X agreed ..., according to a joint communiqué": X issued it
                    sp = R.sentence_subject(s)
                    if sp is not None:
                        doc_noun = re.search(rf"\b{DOC_NOUNS}\b", np.group(1)).group(0)
                        named = replace(sp, name=f"{sp.name} ({doc_noun})", pos=v.start())
                        R.issuers.append(named)
                        R.history.append(named)
                    continue
                sp = R.noun_phrase(v.end(), v.end() + np.end()) if np else None
                if sp is not None:
                    R.history.append(replace(sp, pos=v.start()))
                continue
            sp = R.subject(v.start(), floor)
            coordinated = False
            if sp is None and floor > s.start and re.fullmatch(r"[\s,]*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?",
                                                                text[floor:v.start()]):
                sp = R.clause_subject(s.start, v.start())  # “…,” but added: the subject before the quote
                if sp is None:  # (a subject after an opening phrase: the speaker of the verb before the quote)
                    sp = next((h for h in reversed(R.history) if s.start <= h.pos < floor and h.name), None)
                    coordinated = True
            if sp is None:
                after = re.match(rf"\s+((?:{ABBREV}\s+)?[^,.;“”\"]{{2,80}})", text[v.end():s.end])
                if after and floor > s.start:  # "…,” said Hamas spokesman X."
                    sp = R.noun_phrase(v.end(), v.end() + after.end())
            if sp is not None:
                R.history.append(replace(sp, pos=v.start()))
                if READING_FROM.match(text, floor, v.start()) or ISSUED_BY.fullmatch(text, floor, v.start()):
                    # the document read out or named with its issuers: "the statement continued" is theirs
                    R.issuers.append(replace(sp, pos=v.start()))
                elif (within := IN_DOCUMENT.match(text, s.start, v.start())) is not None:
                    # the one the subject speaks in ("In a joint statement, the G7 leaders said"), named with it
                    doc_noun = re.search(DOC_NOUNS, within["doc"]).group(0)
                    R.issuers.append(replace(_documented(sp, doc_noun), pos=v.start()))
            elif floor > s.start and len(text[floor:v.start()].split()) <= 8 and not coordinated \
                    and not vre.search(text, floor, v.start()):
                # “…,” said a resident: someone speaks who is no actor; later pronouns must not skip them
                # (not a verb inside a clause after the quote: "“…” and said the Kingdom rejected")
                R.history.append(Speaker("", "", "", "person", v.start()))
        for m in re.finditer(rf"(?<![\w-])(?:released|issued|published|put\s+out|said\s+in)\s+(?:an?\s+|the\s+)?{DOC_NOUNS}\b",
                             text[s.start:s.end]):
            vs = s.start + m.start()
            seg_start = s.start
            for b in re.finditer(r"[,;]", text[s.start:vs]):
                if R.in_span(s.start + b.end(), vs):
                    seg_start = s.start + b.end()
            seg_start = quoted.floor(vs, seg_start)
            ms = R.extend_list(R.in_span(seg_start, vs), s.start)
            if ms:
                seg_start = min(seg_start, ms[0].start)
                np = text[seg_start:vs].strip(" ,”\"»’")
                sp = R.from_mentions(ms, seg_start, vs)
                name = np if ms[0].start - seg_start <= 5 and _type(ms[0]) != "person" else sp.name
                doc_noun = re.search(rf"\b{DOC_NOUNS}\b", m.group(0)).group(0)
                R.issuers.append(replace(sp, name=f"{re.sub(r'[ ]+', ' ', name)} ({doc_noun})", pos=vs,
                                         text=sp.text or re.sub(r"\s+", " ", name)))
    R.history.sort(key=lambda s: s.pos)
    R.issuers.sort(key=lambda s: s.pos)
