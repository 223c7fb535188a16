"""Speaker resolution within one article: the subject of a reporting verb, pronouns, definite descriptions,
collective subjects and documents resolved to earlier speakers and issuers.

Approach: pass 1 (``listen``) records every reporting verb's subject in text order (the speaker history) and
who issued which statement; later lookups ("he", "the ministry", "the statement") resolve against them.
``_Resolver`` holds the article's actor index and history and turns actor mentions into speakers; its mixins read
subject phrases (``verb_subjects``), antecedents of pronouns and descriptions (``antecedents``) and joint or
plural subjects (``collectives``); the phrase shapes are in ``phrases``.
Example: in "Hamas said X. It added Y." 'It' is Hamas.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from lib.extract.actors import NAME, NAME_STOP, TITLE_WORDS, home_country
from lib.extract.spanindex import Covers, Paragraphs
from lib.extract.statements.antecedents import _Antecedents
from lib.extract.statements.appositions import BARE_ROLE, member_subject, organisation_side
from lib.extract.statements.collectives import _Collectives
from lib.extract.statements.offices import serving, side_office
from lib.extract.statements.phrases import (
    ABOUT_SIDE,
    APPOSITION_GAP,
    COMPANION,
    IN_DOCUMENT,
    POSSESSOR,
    READING_FROM,
    TOPIC,
    _documented,
)
from lib.extract.statements.speakers import (
    ABBREV,
    DOC_NOUNS,
    ISSUED_BY,
    Speaker,
    _civilians,
    _locative,
    _person_name,
    _titled,
    _type,
    article_spelling,
    person_nouns,
    unnamed_without_faction,
)
from lib.extract.statements.verb_subjects import _VerbSubjects
from lib.extract.statements.verbs import _verb_re
from lib.models import Document, Mention

# Between a reader and the person they serve ("X, a spokesman for President Y", "X, an aide to Y")
SERVES_PERSON = re.compile(r"\s*,\s*(?:a|an|the|his|her)\s+(?:(?:senior|chief|presidential|official)\s+)?"
                           r"(?:spokes(?:man|woman|person)|aide|adviser|advisor)\s+(?:for|to|of)\s+"
                           r"(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,3}")
# The principal's statement read out by the reader, up to the verb of the quote ("..., read a statement outside the
# Muqata in Ramallah calling the deal")
READS_STATEMENT = re.compile(r"\s*,\s*(?:then\s+)?read\s+(?:out\s+|aloud\s+)?(?:a|the|his|her)\s+(?:\w+\s+)?"
                             r"(?P<doc>statement|message|letter|speech|declaration)\b[^,;:“”\"«»]{0,80}?\s*$")

# Someone no actor names, as the subject opening a sentence: a private person by a noun of ``person_nouns`` ("A
# 28-year-old engineering student, Reza,", "One resident", "An elderly woman in Khan Younis")
SOMEONE = re.compile(rf"\s*(?:An?|One)\s+(?:[a-z0-9][\w'’-]*\s+){{0,4}}{person_nouns()}(?:\s+(?:in|from)\s+[A-Z][\w'’-]+"
                     r"(?:\s+[A-Z][\w'’-]+)?)?(?:\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,)?\s*(?:\w+ly\s+)?")

# An unnamed office holder before the side they serve, as a subject ("A spokesman for the Iranian foreign ministry")
UNNAMED_OFFICE = re.compile(r"[\s,”\"»]*(?:[Aa]n?|[Oo]ne)\s+(?:(?:senior|top|chief|deputy|military|government)\s+)?"
                            r"(?P<office>spokes(?:man|woman|person)|official|aide|adviser|advisor|diplomat|source|"
                            r"negotiator|envoy)\s+(?:for|of|from|with)\s+(?:the\s+)?")

__all__ = ["_Resolver", "_documented", "listen", "member_subject"]  # (other modules import these from here)


class _Resolver(_VerbSubjects, _Antecedents, _Collectives):
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
        self._spellings: dict[str, str] = {}  # (``spelled``)
        self.quoted = Covers(())  # the article's quotes, set by ``listen`` (a name inside a quote is no antecedent)

    def spelled(self, p: Mention) -> str:
        """A person's name as the article spells it (``speakers.article_spelling``: "Sisi said" after "Abdel Fattah
        el-Sisi" -> 'Abdel Fattah al-Sisi (Abdel Fattah el-Sisi)'); cached per resolved name."""
        if p.value not in self._spellings:
            self._spellings[p.value] = article_spelling(self.text, [m for m in self.actors if m.value == p.value])
        return self._spellings[p.value] or _person_name(p)

    def unnamed_since(self, p: Mention) -> Mention:
        """For a description the actors resolved to a named person ("the Hamas spokesman" -> Hazem Qassem): someone
        of that side and head noun introduced unnamed since that person was last named ("A Hamas spokesman in
        Beirut told AFP ...") is the one described; else ``p``."""
        if not p.evidence.startswith("description") or not p.text.split():
            return p
        head = p.text.split()[-1].lower()
        named = [m.start for m in self.actors[:bisect_left(self._starts, p.start)] if m.value == p.value
                 and not m.evidence.startswith("description") and "unnamed" not in m.evidence]
        since = named[-1] if named else -1
        unnamed = [m for m in self.actors[bisect_right(self._starts, since):bisect_left(self._starts, p.start)]
                   if "unnamed" in m.evidence and m.faction == p.faction and _type(m) == "person"
                   and m.text.split()[-1].lower() == head]
        return unnamed[-1] if unnamed else p

    def read_for(self, p: Mention, people: list[Mention], b: int) -> Speaker | None:
        """A spokesman or aide who reads out a statement of the person they serve ("Nabil Abu Rudeineh, a spokesman
        for President Mahmoud Abbas, read a statement ... calling the deal “…”"): the words are the principal's,
        named with the statement and its reader (as ``read_from`` names a document read out); None otherwise (the
        spokesman who speaks himself: "X, a spokesman for Y, said")."""
        after = [q for q in people if q.start > p.end]
        if not b or not after or not SERVES_PERSON.fullmatch(self.text, p.end, after[0].start):
            return None
        q = after[0]
        done = READS_STATEMENT.match(self.text, q.end, b)
        if done is None or self.in_span(done.end(), b) or not q.faction:
            return None
        principal = self.from_mentions([q], 0, 0)
        noun = re.sub(r"\s+", " ", done["doc"].lower())
        return replace(principal, name=f"{principal.name} ({noun} read by {_person_name(p)})")

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
            read = self.read_for(p, people, b)
            if read is not None:  # "X, a spokesman for President Y, read a statement ...": Y's, read by X
                return read
            # (a body the person is posted to is where, not whose: "Its ambassador to the UN, X")
            # (nor a side the subject phrase talks about, after the person: "X defended the border deal with
            # Lebanon and dismissed ...": Lebanon is the topic, not X's side)
            p = self.unnamed_since(p)  # "A Hamas spokesman told AFP ... the Hamas spokesman said": that one
            fac = p.faction or next((m.faction for m in ms if m.faction and not _locative(self.text, m)
                                     and not (m.start > p.end and ABOUT_SIDE.search(self.text, p.end, m.start))), "")
            fac = fac or organisation_side(p.role or "")  # "The head of the Settlers Council, X" (``appositions``)
            return Speaker(self.spelled(p), p.role, fac, "person", p.start, re.sub(r"\s+", " ", p.text))
        # "the Wiper Party leader", "the US envoy": the person of that side and office named before (``offices``)
        if b and (holder := side_office(self, ms, a, b)) is not None:
            return holder
        # "A spokesman for the Iranian foreign ministry said": an unnamed person of that side (``offices.serving``)
        lead = UNNAMED_OFFICE.fullmatch(self.text, a, ms[0].start) if b and len(ms) == 1 else None
        if lead and (holder := serving(self, lead.start("office"), lead.end("office"), lead["office"].lower())):
            return holder
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


def listen(R: _Resolver, doc: Document, quote_spans: list[tuple[int, int]]) -> None:
    """Pass 1: every reporting verb outside quotes, with its subject -> R's speaker history and statement issuers."""
    text = doc.text
    vre = _verb_re()
    quoted = Covers(quote_spans)  # (bisected: a long article has hundreds of quotes and verbs)
    R.quoted = quoted

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
            elif floor == s.start and SOMEONE.fullmatch(text, s.start, v.start()) and not R.in_span(s.start, v.start()):
                # "A 28-year-old engineering student, Reza, said he hoped ...": the same, before the verb
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
