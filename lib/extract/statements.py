"""Statements: who said what, for which faction, with what stance.

Direct quotes in any quote style (“ ”, " ", ‘ ’, « », multi-sentence and multi-paragraph — a quote running over
several paragraphs gives one row per paragraph, all with its speaker), partial quotes inside reported speech,
and clearly attributed indirect speech ("X said that ...", "X called for ...",
"X demanded ..."). The speaker is found, in order, right after the quote ("…,” he added"), at the end of
the sentence (", Egypt's foreign ministry said."), before the quote in the same sentence
("Hamas said it “rejects …”"), or, for a paragraph that is only a quote, as the last speaker of the
article so far. Pronouns ("he", "it"), surnames, "the Egyptian official" and "the statement" resolve to
earlier speakers and statement issuers; "he" is the previous sentence's subject, never a verb's object ("He
thanked Egypt and praised X, but added: …" is his). Collective subjects ("the three countries said", "the six
ministers “condemned …”") and joint documents with no named issuer ("the document said") speak for the parties
named in the sentence, paragraph, previous paragraph or lede, '; '-joined; "the joint statement" takes the
parties of the sentence that issued it (not observers named in between), and a list in apposition ("-- Russia,
Turkey and Iran --") is one joint subject. A participle after a comma (", pledging in a joint statement to")
shares its clause's subject. A typed description ("the army", "the ministry", "the group") resolves only to an
earlier actor of its kind; with none it is a speaker of no faction, never the previous speaker. Forms of address
("His Royal Highness affirmed") point back to the person named. No indirect statement is read from a relative
clause ("a demand that Fatah rejected"). A quote may open with its own reporting verb. A verb coordinated after a
quote ("called it “…” and said") shares the subject before the quote; a relative clause may stand between subject
and verb ("X, the UN chief, who is due in Gaza, said at Y:"); "a statement issued by <issuers> said" speaks for
the issuers. A negated verb ("It did not say where") attributes nothing. Reporting verbs and stance cues are data
(``lib/data/reporting_verbs.csv``, ``lib/data/stance_cues.csv``).

Indirect speech that only reports facts (casualty figures, a count of people as the subject, arrivals, travel
plans) with no stance cue is a source attribution, not a statement ("… killed seven people, the ministry said").

Scare quotes (fewer than three words, unless a two-word predicate after a copula in reported speech: "said that
the talks were “highly productive”"), titles in quotes, headlines, captions and repeated ledes give no
statement. A named speaker of no faction (a resident, an analyst) keeps the quote with an empty faction; an
office holder whose faction was not found, or a speaker with no name, gives no statement. A private person the
text introduces (with an age, a lower-case appositive, or as a sentence's opening subject) and every later
mention of their name own the pronouns that follow: their quotes are never handed to an earlier factional speaker.
An office holder of unknown faction takes the faction of a group in the subject of the quote's own sentence
(not an object, not one in an 'after'/'when' clause), else of the last group that spoke in the paragraph
before ("UNIFIL said … . “…,” spokesman X said"); a group only named nearby never gives its faction.

Example:
    >>> from lib.extract import Context
    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "“We reject the plan outright,” Hamas said on Sunday.", published="2023-03-20")
    >>> [(s.speaker, s.faction, s.quote, s.kind, s.stance) for s in extract(Context(doc, actors=tuple(find(doc))))]
    [('Hamas', 'Hamas', 'We reject the plan outright', 'direct', 'reject')]
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lib.extract.actors import HEAD_TITLES, NAME, NAME_STOP, TITLE_WORDS, actor_type
from lib.extract.dates import governing_date
from lib.models import Document, Mention, Sentence, Statement

DATA = Path(__file__).resolve().parent.parent / "data"
STANCES = ("support", "reject", "condemn", "demand", "neutral")
STANCE_ORDER = ("condemn", "reject", "demand", "support")  # the first cue found in this order wins

OPEN_DOUBLE = "“«„"
CLOSE_DOUBLE = "”»"
MIN_QUOTE_WORDS = 3
# A shorter quote is speech only as the quoted predicate of reported speech: "X said that Y was “nearly complete.”"
MIN_PREDICATE_WORDS = 2
COPULA_BEFORE = re.compile(r"(?i)\b(?:is|was|are|were|remains?|remained|be|been|being|seemed|appeared)"
                           r"(?:\s+(?:still|now|not|already|very|\w+ly))?\s*$")
PRONOUNS = {"he": "person", "she": "person", "it": "group", "they": "group"}
# Definite noun phrases that point back to the last speaker of their kind ("the group added").
ANAPHORS = re.compile(
    r"(?i)\s*(?:(?P<address>(?:his|her)\s+(?:royal\s+)?(?:highness|excellency|majesty|eminence)"
    r"(?:\s+the\s+[a-z-]+(?:\s+(?:of\s+the\s+)?[a-z-]+){0,3})?)|"
    r"(?:the|both)\s+(?:(?:two|three|four|several)\s+)?(?:(?P<group>groups?|movements?|organi[sz]ations?|"
    r"factions?|(?:foreign\s+|interior\s+|defen[cs]e\s+)?ministry|army|military|militant\s+group|party|government|"
    r"participants|parties|sides|signatories|mediators|"
    r"office|agency|council|bloc|administration|kingdom|country)|(?P<person>official|minister|spokesman|"
    r"spokeswoman|spokesperson|diplomat|leader|president|envoy|premier|prime\s+minister|secretary-general)))\s*")
# Anaphors whose antecedent must be of their own kind: (name words, actor types)
# (singular nouns only: "the two groups" is a collective of several parties)
TYPED_ANAPHORS = {"army": ("army", "military"), "ministry": ("ministry",), "movement": ("group", "movement",
                  "faction", "organisation", "organization", "party"), "state": ("kingdom", "country")}
ANAPHOR_KINDS = {"army": (("army", "military", "armed forces", "defen[cs]e forces", "idf"), ()), "ministry": (("ministry",), ()),
                 "movement": ((), ("org",)), "state": (("kingdom",), ("state",))}
DOC_NOUNS = r"(?:joint\s+)?(?:statement|statements|press\s+release|release|communiqu[ée]|declaration|letter|post|tweet)"
# Texts issued by several parties at once: with no named issuer they speak for the parties named nearby
JOINT_DOCS = r"(?:document|understanding|agreement|accord|joint\s+(?:statement|communiqu[ée]|declaration)|communiqu[ée]|" \
             r"final\s+(?:statement|communiqu[ée]|declaration)|trilateral\s+statement)"
# A document and who issued it, as a subject ("A joint statement issued by Egypt and Qatar said")
ISSUED_BY = re.compile(rf"(?i)\s*(?:the|a|an|this|that|their)\s+(?P<doc>(?:[a-z-]+\s+){{0,2}}?{DOC_NOUNS})\s+"
                       r"(?:issued|released|signed|published|put\s+out|read\s+out)\s+(?:jointly\s+)?by\s+"
                       r"(?P<by>[^;:“”\"«»]{2,120}?)\s*")
# Plural subjects that stand for several parties ("the three countries said", "the six ministers")
COLLECTIVE = re.compile(
    r"(?i)\s*(?:(?:\w+ly|afterwards|later|earlier|then|meanwhile|also|together),?\s+)?(?:the|both|all)\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:(?:foreign|defen[cs]e|finance|arab|gulf|regional|visiting)\s+)?"
    r"(?P<noun>countries|nations|states|governments|ministers|leaders|delegations|presidents|heads\s+of\s+state|"
    r"kingdoms|capitals|allies|mediators|parties|signatories)\s*")
# Abbreviated honorifics whose full stop ends no phrase ("…,” said Mr. Shoukry.)
ABBREV = r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Amb|St)\."
# Plural person nouns of a collective subject, and the role words of the people they count
COLLECTIVE_ROLES = {"ministers": ("minister", "secretary"), "presidents": ("president",),
                    "heads of state": ("president", "king", "emir", "sultan", "prime minister", "chancellor")}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
TITLE_CUES = re.compile(r"(?i)\b(?:book|novel|film|movie|song|album|titled|entitled|headlined|dubbed|so-called|"
                        r"called|named|known as|slogan|hashtag)\s*$")
# Nouns a quoted name follows ("operation “Protective Edge”"), but which may also be the object of speech
# ("condemned the operation “in the strongest terms”"): a title only when the quote opens with a capital
NAME_CUES = re.compile(r"(?i)\b(?:operation|campaign|program|programme|plan|initiative)\s*$")
# What joins a second verb to the clause before a quote ("called it “…” and said"): its subject is that clause's
COORDINATED = re.compile(r"(?i)[\s,]*(?:and|but|then|and\s+then|and\s+later|and\s+also|but\s+also)\s+")
# A prepositional phrase after a quote: a reporting verb's form inside it is a noun ("…,” in public remarks.)
PREP_PHRASE = re.compile(r"(?i)[\s,]*(?:in|during|at|on|after|before|with|for|of|from|amid|despite)\s+[^\s,]")
# A verb that is denied or left undone says nothing ("It did not say where", "declined to say")
NEGATED = re.compile(r"(?i)\b(?:not|n't|never|declined\s+to|refused\s+to|would\s+not|did\s+not)\s+$")
ADVERBIAL = re.compile(
    r"^\s*(?:(?:also|has|have|had|again|later|earlier|previously|recently|repeatedly|\w+ly|on\s+\w+|last\s+\w+|"
    r"this\s+\w+|in\s+a\s+(?:joint\s+)?statement|on\s+(?:Twitter|X|Facebook|Telegram)|,)\s*)*$")


@dataclass(frozen=True)
class Verb:
    """A reporting verb form with its kind (say | act | attitude | read | according), stance and CAMEO code.

    ``act`` verbs are speech acts that make an indirect statement on their own ("demanded ..."); ``attitude``
    verbs ("opposed") attribute a quote but are too often actions to stand alone."""

    form: str
    verb: str
    kind: str
    stance: str
    cameo: str


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, Verb]:
    """Reporting verb forms -> Verb, from ``lib/data/reporting_verbs.csv``.

    >>> reporting_verbs()["condemned"].cameo, reporting_verbs()["said"].kind
    ('111', 'say')
    """
    out: dict[str, Verb] = {}
    with open(DATA / "reporting_verbs.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            for f in r["forms"].split("|"):
                out.setdefault(f.strip(), Verb(f.strip(), r["verb"], r["kind"], r["stance"], r["cameo"]))
    return out


@lru_cache(maxsize=1)
def stance_cues() -> tuple[tuple[str, str], ...]:
    """(cue, stance) pairs from ``lib/data/stance_cues.csv``."""
    with open(DATA / "stance_cues.csv", newline="", encoding="utf-8") as fh:
        return tuple((r["cue"].strip().lower(), r["stance"].strip()) for r in csv.DictReader(fh))


@lru_cache(maxsize=1)
def _verb_re() -> re.Pattern:
    forms = sorted(reporting_verbs(), key=len, reverse=True)
    alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(r"(?<![\w-])(?:" + alts + r"|According\s+to)(?![\w-])")


def stance_of(verb: str, quote: str) -> tuple[str, str]:
    """(stance, evidence) from the reporting verb, else from cue words in the quote.

    >>> stance_of("said", "We strongly oppose these unilateral actions")
    ('reject', 'cue: oppose')
    >>> stance_of("condemned", "the decision")
    ('condemn', 'verb: condemned')
    >>> stance_of("said", "talks went well")
    ('neutral', '')
    """
    v = reporting_verbs().get(re.sub(r"\s+", " ", verb))
    if v is not None and v.stance != "neutral":
        return v.stance, f"verb: {verb}"
    q = " " + re.sub(r"[^\w\s]", " ", quote.lower()) + " "
    q = re.sub(r"\s+", " ", q)
    found = {st: cue for cue, st in reversed(stance_cues()) if f" {cue} " in q}
    for st in STANCE_ORDER:
        if st in found:
            return st, f"cue: {found[st]}"
    return "neutral", ""


def cameo_code(verb: str, stance: str = "neutral") -> str:
    """CAMEO code of a reporting act: 010 statement, 020 appeal, 100 demand, 111 criticize, 120 reject...

    >>> cameo_code("demanded"), cameo_code("said", "reject"), cameo_code("said")
    ('100', '120', '010')
    """
    v = reporting_verbs().get(re.sub(r"\s+", " ", verb))
    if v is not None and v.cameo != "010":
        return v.cameo
    return {"reject": "120", "condemn": "111", "demand": "100", "support": "051"}.get(stance, "010")


# ------------------------------------------------------------------ speakers


@dataclass(frozen=True)
class Speaker:
    name: str
    title: str
    faction: str
    type: str  # person | group
    pos: int  # where the speaker was named (for "last speaker")


def _type(m: Mention) -> str:
    return "person" if actor_type(m) == "person" else "group"


def _titled(phrase: str) -> bool:
    """Does a phrase hold a lower-case head title ("Sharon's spokesman"), i.e. is it a description, not a name?"""
    return any(w in HEAD_TITLES for w in re.findall(r"\b[a-z][a-z-]+\b", phrase))


def _person_name(m: Mention) -> str:
    """The resolved name, with the spelling of the text when it differs ("Ismail Haniyeh (Ismail Haniya)").

    >>> _person_name(Mention.make("a", kind="actor", text="Ismail Haniya", start=0, end=13, value="Ismail Haniyeh",
    ...                           evidence="person: dictionary: Ismail Haniya"))
    'Ismail Haniyeh (Ismail Haniya)'
    """
    surface = re.sub(r"\s+", " ", m.text)
    if ("description" in m.evidence or "office holder" in m.evidence or "unnamed" in m.evidence
            or m.evidence.startswith("title ")
            or not surface.split()):
        return m.value
    last = surface.split()[-1].lower()
    return m.value if last in m.value.lower() else f"{m.value} ({surface})"


OBJECT_VERBS = ("met", "told", "thanked", "urged", "praised", "called", "asked", "welcomed", "accused",
                "criticised", "criticized", "blamed", "warned", "invited", "hosted", "visited", "received", "briefed",
                "congratulated", "condemned", "informed", "rejected", "phoned", "pressed")


def _is_object(text: str, floor: int, m: Mention) -> bool:
    """Is the actor mention the object of a verb ("He thanked Egypt", "... met Abbas")? Then it is no subject.

    >>> t = "He thanked Egypt and praised"
    >>> _is_object(t, 0, Mention.make("a", kind="actor", text="Egypt", start=11, end=16))
    True
    >>> _is_object("Egypt thanked him", 0, Mention.make("a", kind="actor", text="Egypt", start=0, end=5))
    False
    >>> _is_object("the US-backed PA", 0, Mention.make("a", kind="actor", text="PA", start=14, end=16))
    False
    """
    before = text[floor:m.start]
    w = re.search(r"(?:(?<=\s)|^)(?P<prev>[A-Za-z]+\s+)?(?P<w>[A-Za-z]+)\s+(?:(?:the|its|his|her|their|a|an)\s+)?$",
                  before)
    if not w:
        return False  # nothing before, or a hyphenated modifier ("the US-backed Authority")
    word, prev = w["w"], (w["prev"] or "").strip().lower()
    if prev in ("the", "a", "an", "its", "his", "her", "their") or prev.endswith("ly"):
        return False  # "the newly elected president": a participle, not a verb
    return word in OBJECT_VERBS or (word.endswith("ed") and word.islower() and len(word) > 4
                                    and not re.search(r"\b(?:by|of|with|from)\s+$", before))


def _locative(text: str, m: Mention) -> bool:
    """Is the actor named as a place, after a locative preposition ("the U.N. force in Lebanon")?

    >>> t = "The U.N. force in Lebanon said"
    >>> _locative(t, Mention.make("a", kind="actor", text="Lebanon", start=18, end=25))
    True
    >>> _locative(t, Mention.make("a", kind="actor", text="U.N.", start=4, end=8))
    False
    """
    return re.search(r"(?<![\w-])(?:in|to|at|across|from|into|near|against|over|inside|throughout)\s+(?:the\s+)?"
                     r"(?:(?:southern|northern|eastern|western|central)\s+)?$", text[max(0, m.start - 30):m.start]) is not None


def _keep_without_faction(sp: Speaker) -> bool:
    """Keep a quote whose named speaker has no faction (a resident, an analyst: analysts want every quote),
    but not one by an office holder whose faction was not found (a likely error better left out than
    filed under no faction).

    >>> _keep_without_faction(Speaker("Umm Ahmad", "", "", "person", 0))
    True
    >>> _keep_without_faction(Speaker("Ali Rahimi", "deputy minister", "", "person", 0))
    False
    >>> _keep_without_faction(Speaker("", "", "", "person", 0))
    False
    """
    if not sp.name:
        return False
    return not any(w in HEAD_TITLES for w in re.findall(r"[a-z-]+", sp.title.lower()))


CIVILIAN = re.compile(r"\b(?P<name>(?:[A-Z][a-z]+(?:[- ](?:al|el|Abu|abu|bin|Umm)?[- ]?)?){1,3}[A-Z][a-z]+),\s+"
                      r"(?:\d{1,3},|(?:an?)\s+(?P<app>[a-z][^,;:.“”\"]{2,60}),)")


def _civilians(doc: Document, actors, places=()) -> list[tuple[int, Speaker]]:
    """People of no faction the text introduces by name and age or a lower-case appositive ("Umm Mohammad, 54,",
    "Rachel Levi, a mother of four,") or as a sentence's opening subject ("Yossi Cohen waited ..."), and every
    later mention of their full name or surname: a pronoun after one of them is theirs, never that of a
    factional speaker named earlier. Actors and places are no civilians.

    >>> from lib.extract.document import document_from_text
    >>> [(p, sp.name) for p, sp in _civilians(document_from_text("a", "Omar Saleh, 52, waits. Hamas spoke. Saleh said no."), [])]
    [(0, 'Omar Saleh'), (36, 'Omar Saleh')]
    >>> _civilians(document_from_text("a", "Hamas official Basem Naim, a senior member, said."), [Mention.make("a",
    ...            kind="actor", text="Basem Naim", start=15, end=25)])
    []
    """
    text = doc.text
    blocked = [(m.start, m.end) for m in (*actors, *places)]

    def overlaps(a: int, b: int) -> bool:
        return any(x < b and a < y for x, y in blocked)

    intros = [(m.start("name"), m.end("name"), m["name"], m["app"] or "", m.start()) for m in CIVILIAN.finditer(text)]
    for sent in doc.sentences:
        if sent.region != "body":
            continue
        m = re.match(rf"(?P<name>{NAME})\s+(?:(?:also|still|now|later|then|never)\s+)?(?:[a-z]+s|[a-z]+ed|was|had|has|does|did|is)\b",
                     sent.text)
        if m and "'" not in m["name"] and "’" not in m["name"]:
            intros.append((sent.start, sent.start + m.end("name"), m["name"], "", sent.start))
    out: list[tuple[int, Speaker]] = []
    for start, end, name, app, lead in sorted(intros):
        toks = name.split()
        if overlaps(start, end) or re.search(r"(?i)\b(?:in|at|from|to|near|of|into|outside|inside)\s+$",
                                             text[max(0, lead - 12):lead]) or any(
                t in NAME_STOP or t.lower() in TITLE_WORDS or t.lower() in HEAD_TITLES for t in toks):
            continue
        head = re.split(r"\b(?:who|whose|which|that)\b", app)[0]  # "a teacher who has lived here for years"
        if app and any(w in HEAD_TITLES for w in re.findall(r"[a-z-]+", head)):
            continue  # "X, a senior Hamas official,": an office holder, not a private person
        sp = Speaker(name, "", "", "person", start)
        out.append((start, sp))
        keys = [re.escape(name)] + ([re.escape(toks[-1])] if len(toks) > 1 and len(toks[-1]) > 3 else [])
        for o in re.finditer(rf"(?<![\w-])(?:{'|'.join(keys)})(?![\w-])", text[end:]):
            a = end + o.start()
            if not overlaps(a, a + len(o.group(0))):
                out.append((a, Speaker(name, "", "", "person", a)))
    return sorted(dict(out).items())


class _Resolver:
    """Subjects of reporting verbs, pronouns and "the statement", within one article."""

    def __init__(self, doc: Document, actors: tuple[Mention, ...], places: tuple[Mention, ...] = ()):
        self.doc = doc
        self.text = doc.text
        self.actors = sorted(actors, key=lambda m: m.start)
        self.history: list[Speaker] = []  # every attributed speaker, in text order
        self.issuers: list[Speaker] = []  # who issued a statement / press release
        # people of no faction the text introduces ("Umm Mohammad, 54,"): they can be 'he' or 'she' too
        self.civilians: list[tuple[int, Speaker]] = _civilians(doc, self.actors, places)
        self.history.extend(sp for _, sp in self.civilians)  # known before any pronoun is resolved

    def in_span(self, a: int, b: int) -> list[Mention]:
        return [m for m in self.actors if a <= m.start and m.end <= b]

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
            described = {id(x) for x, y in zip(people, people[1:], strict=False) if re.fullmatch(r"\s*,\s*", self.text[x.end:y.start])
                         and _titled(self.text[x.start:x.end]) and not _titled(self.text[y.start:y.end])}
            people = [m for m in people if id(m) not in described] or people
            named = [m for m in people if "unnamed" not in m.evidence and not m.evidence.startswith("description")]
            named = named or [m for m in people if "unnamed" not in m.evidence]
            p = (named or people)[0]  # "Israel’s envoy to the UN, Gilad Erdan": the name
            fac = p.faction or next((m.faction for m in ms if m.faction), "")
            return Speaker(_person_name(p), p.role, fac, "person", p.start)
        first = ms[0]
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
        return Speaker(re.sub(r"\s+", " ", name), "", "; ".join(facs), "group", first.start)

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
        inner = re.search(r",\s*(?:who\s+|which\s+|[a-z]+ing\s+)[^,;:“”\"«»]{1,120},\s*(?:(?:also|later|then|\w+ly)\s+)?$", seg)
        if inner and self.in_span(floor, floor + inner.start()):
            return self.subject(floor + inner.start(), floor)
        issued = ISSUED_BY.fullmatch(seg)
        by = self.issued_by(issued, floor) if issued else None
        if by is not None:  # "A trilateral statement issued by the three leaders said"
            return by
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
            return self.last(a, issuers=True) or self.parties(jdoc.group(0).strip(), a, None) or self.last(a)
        docref = re.match(rf"\s*(?:the|a|an|The|A|An)\s+{DOC_NOUNS}\b", self.text[a:verb_start])
        if docref:
            return self.last(a, issuers=True) or self.last(a)
        ms = [m for m in self.in_span(a, verb_start) if not _is_object(self.text, a, m)]
        if not ms:
            lead = re.match(r"\s*(he|she|it|they|He|She|It|They)\s+[a-z]", self.text[a:verb_start])
            if lead and self.in_span(a, verb_start):  # "He thanked Egypt and praised": not Egypt
                return self.pronoun(lead.group(1).lower(), a, verb_start)
            coll = COLLECTIVE.fullmatch(self.text[a:verb_start])
            if coll:
                return self.collective(coll, a)
            plain = self.plain_person(a, verb_start)
            if plain is not None:
                return plain
            ana = ANAPHORS.fullmatch(self.text[a:verb_start])
            if ana:
                return self.anaphor(ana, a, verb_start)
            return None
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
        if sp and not owned and (ADVERBIAL.match(tail) or re.match(r"^\s*(?:\([^)]*\)\s*)?,[^,]{1,120},\s*$", tail)
                   or re.match(r"^[^,]{0,40}\s*$", tail) and len(tail.split()) <= 3):
            return sp
        first_tail = self.text[ms[0].end:verb_start]
        if sp and re.match(r"^\s*(?:\([^)]*\)\s*)?,[^,]{1,120},\s*$", first_tail):
            return sp
        # "Abbas was quoted as saying": a short tail with no comma after the last actor
        return sp if sp and not owned and "," not in tail and len(tail.split()) <= 4 else None

    def issued_by(self, m: re.Match, floor: int) -> Speaker | None:
        """The issuers of a document named with its issuers ("a joint statement issued by Egypt and Qatar",
        "a statement released by the three leaders"), the document noun in the name."""
        a, b = floor + m.start("by"), floor + m.end("by")
        noun = re.sub(r"\s+", " ", m["doc"].lower())
        ms = [x for x in self.in_span(a, b)]
        if ms:
            sp = self.from_mentions(ms, a, b)
            if sp is not None and sp.type == "group":  # "the Israeli military", "Egypt, Qatar and the US" (not "on Sunday")
                sp = Speaker(re.sub(r"\s+", " ", self.text[a:ms[-1].end]), "", sp.faction, "group", sp.pos)
        else:
            coll = COLLECTIVE.fullmatch(self.text[a:b])
            ana = ANAPHORS.fullmatch(self.text[a:b])
            sp = self.collective(coll, a) if coll else self.anaphor(ana, a, b) if ana else None
        if sp is None or not (sp.name or sp.faction):
            return None
        name = sp.name if sp.name.endswith(")") else f"{sp.name} ({noun})"  # a collective names it already
        return Speaker(name, sp.title, sp.faction, sp.type, sp.pos)

    def collective(self, m: re.Match, pos: int) -> Speaker | None:
        """A plural subject ("the three countries") as the parties named nearby, '; '-joined."""
        n = m["n"].lower() if m["n"] else ""
        want = NUMBERS.get(n) or (int(n) if n.isdigit() else None)
        name = re.sub(r"\s+", " ", m.group(0).strip())
        name = re.sub(r"^(?i:\w+ly|afterwards|later|earlier|then|meanwhile|also|together),?\s+", "", name)
        sent = self.doc.sentence_at(pos)
        issued = re.search(rf"\b(?:{JOINT_DOCS}|{DOC_NOUNS})\b", self.text[sent.start:pos]) if sent else None
        if issued:  # "In a joint statement, the six ministers …"
            noun = re.sub(r"\s+", " ", issued.group(0))
            name = f"{name} ({noun})"
            # "In the joint statement, the three countries …": the parties of the sentence that issued it
            if re.search(rf"\b(?:the|this|that|their)\s+{re.escape(issued.group(0))}", self.text[sent.start:pos], re.I):
                origin = next((x for x in self.doc.sentences if x.end <= sent.start and x.region == "body"
                               and x.duplicate_of is None and re.search(rf"\b{re.escape(noun)}\b", x.text, re.I)), None)
                by = [sp for sp in self.history if origin is not None and origin.start <= sp.pos < origin.end
                      and sp.type == "group" and len(sp.faction.split("; ")) >= (want or 2)]
                if by:
                    return Speaker(name, "", by[0].faction, "group", pos)
        if m["noun"].lower() in ("parties", "signatories") and not issued:
            # "the two parties" with no joint document: often the sides a mediator brought together, not the
            # first factions named; left to the last group speaker as before
            return self.pronoun("it", pos, pos)
        roles = COLLECTIVE_ROLES.get(re.sub(r"\s+", " ", m["noun"].lower()))
        if want and roles:  # "the two ministers": the last two ministers named, of different factions
            facs: list[str] = []
            for x in sorted((x for x in self.actors if x.end <= pos and _type(x) == "person" and x.faction
                             and any(r in x.role.lower() for r in roles)), key=lambda x: -x.start):
                if x.faction not in facs:
                    facs.append(x.faction)
                if len(facs) == want:
                    return Speaker(name, "", "; ".join(reversed(facs)), "group", pos)
        return self.parties(name, pos, want)

    def parties(self, name: str, pos: int, want: int | None) -> Speaker | None:
        """The factions named in the sentence at ``pos``, else earlier in its paragraph, else the previous
        paragraph, else the article's opening paragraphs or headline: the first of these that names ``want``
        parties (at least two when no number is given)."""
        sent = self.doc.sentence_at(pos)
        if sent is None:
            return None
        body = [x for x in self.doc.sentences if x.region == "body" and x.duplicate_of is None]
        same = [x for x in body if x.paragraph == sent.paragraph and x.index < sent.index]
        earlier = sorted({x.paragraph for x in body if x.paragraph < sent.paragraph})
        spans = [(sent.start, sent.end)]
        if same:
            spans.append((same[0].start, same[-1].end))
        if earlier:
            prev = [x for x in body if x.paragraph == earlier[-1]]
            spans.append((prev[0].start, prev[-1].end))
        for p in earlier[:3]:
            para = [x for x in body if x.paragraph == p]
            spans.append((para[0].start, para[-1].end))
        spans += [(r.start, r.end) for r in self.doc.regions if r.kind == "headline"]
        need = want or 2
        for a, b in spans:
            facs: list[str] = []
            for m in self.in_span(a, b):
                for f in m.faction.split("; "):
                    if f and f not in facs:
                        facs.append(f)
            if len(facs) >= need:
                return Speaker(name, "", "; ".join(facs[:want] if want else facs), "group", pos)
        return None

    def clause_subject(self, a: int, b: int) -> Speaker | None:
        """The subject opening the clause text[a:b]: a leading pronoun, else the first actors that are no object."""
        lead = re.match(r"\s*(he|she|it|they|He|She|It|They)\b", self.text[a:b])
        if lead:
            return self.pronoun(lead.group(1).lower(), a, b)
        head = a + re.match(r"\s*(?:\S+\s+){0,8}", self.text[a:b]).end()
        ms = [m for m in self.in_span(a, b) if m.start <= head and not _is_object(self.text, a, m)]
        return self.from_mentions(ms, a, b) if ms else None

    def sentence_subject(self, sent: Sentence) -> Speaker | None:
        """The actor(s) opening a sentence (within its first few words), as its subject."""
        head = re.match(r"(?:\S+\s+){0,3}", sent.text).end()
        ms = [m for m in self.in_span(sent.start, sent.end) if m.start <= sent.start + head]
        return self.from_mentions(ms, 0, 0) if ms else None

    def anaphor(self, ana: re.Match, pos: int, verb_start: int) -> Speaker | None:
        """A definite description ("the army", "the ministry", "the group"): the last speaker or actor of the
        same kind. A typed noun with no such antecedent is someone the text names without a faction (an army
        or ministry of no known country): it blocks the fall-back to the previous speaker, never takes it."""
        if not ana["group"]:
            return self.pronoun("he", pos, verb_start)
        noun = re.sub(r"\s+", " ", ana["group"].lower())
        kind = next((k for k, nouns in TYPED_ANAPHORS.items() if noun.split()[-1] in nouns), None)
        if kind is None or re.match(r"(?i)\s*both|\s*the\s+(?:two|three|four|several)\b", ana.group(0)):
            return self.pronoun("it", pos, verb_start)
        words, types = ANAPHOR_KINDS[kind]

        def fits(name: str, typ: str) -> bool:
            return typ in types or any(re.search(rf"(?<![\w-]){w}", name.lower()) for w in words)

        sp = self.pronoun("it", pos, verb_start)  # the last group speaker, if it is of that kind
        at = [m for m in self.actors if sp is not None and m.start == sp.pos]
        if sp is not None and sp.faction and any(fits(sp.name + " " + self.text[m.start:m.end], m.actor_type)
                                                 for m in at):
            return sp
        # else the last actor of that kind named before (in the text, not only as a speaker)
        prior = [m for m in self.actors if m.end <= pos and m.faction and _type(m) == "group"
                 and fits(self.text[m.start:m.end] + " " + m.value, m.actor_type)]
        if prior:
            return self.from_mentions(prior[-1:], 0, 0)
        return Speaker("", "", "", "group", pos)

    def pronoun(self, word: str, pos: int, verb_start: int) -> Speaker | None:
        kind = PRONOUNS[word]
        sent = self.doc.sentence_at(pos)
        if sent is not None:
            # an earlier reporting verb in the same sentence ("When X announced ..., it said")
            same = [s for s in self.history if sent.start <= s.pos < pos and s.type == kind]
            if same:
                return same[-1]
            if kind == "person":
                # the subject of the closest earlier sentence of the same paragraph that names a person
                for prior in reversed([x for x in self.doc.sentences
                                       if x.paragraph == sent.paragraph and x.start < pos]):
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
                        two = len(cand) > 1 and re.fullmatch(r"\s*,\s*", self.text[cand[0].end:cand[1].start])
                        return self.from_mentions(cand[:2] if two else cand[:1], 0, 0)
                # a person introduced in the previous paragraph, after the last speaker, is the likelier 'he'
                # ("Mohammed Abu Shaar, 37, waited ...\n“…,” he said")
                last = self.last(pos, "person")
                prev = [x for x in self.doc.sentences if x.paragraph < sent.paragraph and x.region == "body"]
                if prev:
                    para = [x for x in prev if x.paragraph == prev[-1].paragraph]
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
        earlier = [m for m in self.in_span(lo, ms[0].start) if _type(m) == "group"]
        while earlier and re.fullmatch(r"\s*,\s+(?:the\s+)?", self.text[earlier[-1].end:ms[0].start]):
            ms = [earlier.pop(), *ms]
        return ms

    def plain_person(self, a: int, b: int, appositive_after: bool = False) -> Speaker | None:
        """Someone of no faction introduced by name and an appositive or age ("Fatima Nasser, a Yemeni analyst,"
        / "Omar Saleh, 52,"): kept as a speaker with no faction, so that their quote is theirs."""
        seg = self.text[a:b]
        m = re.fullmatch(rf"\s*(?P<name>{NAME})\s*(?:,\s*(?P<app>(?:an?|the)\s+[^,;:“”\"]{{2,80}}|\d{{1,3}}),?)?\s*", seg)
        if m is None or self.in_span(a, b):
            return None
        toks = m["name"].split()
        if any(t in NAME_STOP or t.lower() in TITLE_WORDS for t in toks):
            return None
        app = m["app"] or ""
        if not app and appositive_after:  # "…,” said Fatima Nasser, a Yemeni analyst in Sanaa.
            after = re.match(r",\s*(?P<app>(?:an?|the)\s+[^,;:.“”\"]{2,80}|\d{1,3})", self.text[b:b + 90])
            app = after["app"] if after else ""
        if not app:
            return None
        title = "" if app.isdigit() else re.sub(r"^(?:an?|the)\s+", "", app.strip())
        return Speaker(m["name"], title, "", "person", a + m.start("name"))

    def noun_phrase(self, a: int, b: int) -> Speaker | None:
        """A speaker named in text[a:b] after a quote ("…,” senior member X said")."""
        np = self.text[a:b].strip(" ,")
        low = np.lower()
        if low in PRONOUNS:
            return self.pronoun(low, a, b)
        ms = self.in_span(a, b)
        if not ms:
            plain = self.plain_person(a, b, appositive_after=True)
            if plain is not None:
                return plain
        if not ms and re.fullmatch(rf"(?:the|this|that)\s+{JOINT_DOCS}(?:\s+\w+ly)?", low):
            return self.last(a, issuers=True) or self.parties(np, a, None) or self.last(a)
        if not ms and re.match(rf"(?:the|a|an|its|his|her|their)\s+(?:\w+\s+)?{DOC_NOUNS}\b", low):
            return self.last(a, issuers=True) or self.last(a)
        if not ms and COLLECTIVE.fullmatch(np):
            return self.collective(COLLECTIVE.fullmatch(np), a)
        if not ms:
            ana = ANAPHORS.fullmatch(np)
            if ana:
                return self.anaphor(ana, a, b)
        return self.from_mentions(ms, a, b) if ms else None


# ------------------------------------------------------------------ quotes


def find_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of the quote marks in text[start:end], doubles first, then singles outside them.

    >>> t = 'He said “yes, we will” and ‘no more’ then "fine by us".'
    >>> [t[a + 1:b] for a, b in find_quotes(t, 0, len(t))]
    ['yes, we will', 'fine by us', 'no more']
    """
    out: list[tuple[int, int]] = []
    opened = None
    for i in range(start, end):
        c = text[i]
        if c in OPEN_DOUBLE and opened is None:
            opened = i
        elif c in CLOSE_DOUBLE and opened is not None:
            out.append((opened, i))
            opened = None
        elif c == '"':
            before = text[i - 1] if i > start else " "
            if opened is None and (before.isspace() or before in "([—–-") and i + 1 < end and not text[i + 1].isspace():
                opened = i
            elif opened is not None:
                out.append((opened, i))
                opened = None
    if opened is not None:
        out.append((opened, -1))  # still open at the end of the paragraph
    doubles = [(a, b) for a, b in out]
    inside = lambda p: any(a <= p and (b == -1 or p <= b) for a, b in doubles)  # noqa: E731
    opened = None
    for i in range(start, end):
        c = text[i]
        if inside(i) or c not in "‘’'":
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if opened is None and c in "‘'" and (before.isspace() or before in "([—–") and after.isalnum():
            opened = i
        elif opened is not None and c in "’'" and not after.isalnum() and not before.isspace():
            out.append((opened, i))
            opened = None
    return out


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s)


def _is_title(q: str, before: str) -> bool:
    """A quoted title or name rather than speech ("the book “The Case for Israel”")."""
    if TITLE_CUES.search(before) or (NAME_CUES.search(before) and re.match(r"\W*[A-Z]", q)):
        return True
    ws = _words(q)
    caps = sum(1 for w in ws if w[0].isupper())
    return len(ws) <= 10 and caps >= max(2, len(ws) - 2) and not re.search(r"[.!?,]\s*$", q) and \
        not any(w.lower() in ("we", "i", "our", "is", "are", "will") for w in ws)


@dataclass
class _Quote:
    q_start: int  # first character inside the marks
    q_end: int
    close: int  # offset of the closing mark (or q_end)
    para_start: int
    para_end: int


def _paragraphs(doc: Document) -> list[list[Sentence]]:
    paras: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        paras.setdefault(s.paragraph, []).append(s)
    return [paras[k] for k in sorted(paras)]


def _quotes(doc: Document) -> list[_Quote]:
    """Quotes in body paragraphs; a quote left open at a paragraph end continues into the next paragraph
    when that one opens with a quote mark (the usual multi-paragraph convention)."""
    text = doc.text
    out: list[_Quote] = []
    carry: _Quote | None = None
    for para in _paragraphs(doc):
        ps, pe = para[0].start, para[-1].end
        marks = find_quotes(text, ps, pe)
        if carry is not None:
            if marks and marks[0][0] == ps and text[ps] in OPEN_DOUBLE + '"':
                a, b = marks.pop(0)
                if b == -1:
                    carry.para_end = pe
                    continue
                out.append(_Quote(carry.q_start, b, b, carry.para_start, pe))
            carry = None
        for a, b in marks:
            if b == -1:
                carry = _Quote(a + 1, pe, pe, ps, pe)
            else:
                out.append(_Quote(a + 1, b, b, ps, pe))
    return out


# ------------------------------------------------------------------ extraction


def _sentence(doc: Document, pos: int) -> Sentence | None:
    s = doc.sentence_at(pos)
    if s is None:  # between sentences: the next one
        s = next((x for x in doc.sentences if x.start >= pos), None)
    return s


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while b > a and text[b - 1] in " ,;:\n":
        b -= 1
    while a < b and text[a] in " \n“”\"«»":
        a += 1
    return a, b


def _is_body(s: Sentence | None) -> bool:
    return s is not None and s.region == "body" and s.duplicate_of is None


def extract(ctx) -> list[Statement]:
    """Who said what, for which faction: one row per quote or attributed indirect statement.

    >>> from lib.extract import Context
    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Jordan’s foreign ministry called for an end to the attacks.", published="2023")
    >>> [(s.speaker, s.faction, s.kind, s.stance) for s in extract(Context(doc, actors=tuple(find(doc))))]
    [('Jordan’s foreign ministry', 'Jordan', 'indirect', 'demand')]
    """
    doc: Document = ctx.doc
    text = doc.text
    R = _Resolver(doc, tuple(ctx.actors), tuple(getattr(ctx, "places", ()) or ()))
    vre = _verb_re()
    verbs = reporting_verbs()
    quotes = _quotes(doc)
    quote_spans = [(q.q_start - 1, q.close + 1) for q in quotes]

    def in_quote(p: int) -> bool:
        return any(a <= p < b for a, b in quote_spans)

    # pass 1: every reporting verb outside quotes, with its subject -> speaker history and statement issuers
    for s in doc.sentences:
        if s.region not in ("body", "dateline"):
            continue
        for v in vre.finditer(text, s.start, s.end):
            if in_quote(v.start()):
                continue
            floor = max([s.start] + [b for a, b in quote_spans if b <= v.start()])
            if v.group(0).lower().startswith("according"):
                np = re.match(r"\s*([^,.;:“”\"«»]{2,100})", text[v.end():s.end])
                if np and not R.in_span(v.end(), v.end() + np.end()) and re.search(DOC_NOUNS, np.group(1)):
                    # "X agreed ..., according to a joint communiqué": X issued it
                    sp = R.sentence_subject(s)
                    if sp is not None:
                        doc_noun = re.search(rf"\b{DOC_NOUNS}\b", np.group(1)).group(0)
                        named = Speaker(f"{sp.name} ({doc_noun})", sp.title, sp.faction, sp.type, v.start())
                        R.issuers.append(named)
                        R.history.append(named)
                    continue
                sp = R.noun_phrase(v.end(), v.end() + np.end()) if np else None
                if sp is not None:
                    R.history.append(Speaker(sp.name, sp.title, sp.faction, sp.type, v.start()))
                continue
            sp = R.subject(v.start(), floor)
            if sp is None:
                after = re.match(rf"\s+((?:{ABBREV}\s+)?[^,.;“”\"]{{2,80}})", text[v.end():s.end])
                if after and floor > s.start:  # "…,” said Hamas spokesman X."
                    sp = R.noun_phrase(v.end(), v.end() + after.end())
            if sp is not None:
                R.history.append(Speaker(sp.name, sp.title, sp.faction, sp.type, v.start()))
            elif floor > s.start and len(text[floor:v.start()].split()) <= 8:
                # “…,” said a resident: someone speaks who is no actor; later pronouns must not skip them
                R.history.append(Speaker("", "", "", "person", v.start()))
        for m in re.finditer(rf"(?<![\w-])(?:released|issued|published|put\s+out|said\s+in)\s+(?:an?\s+|the\s+)?{DOC_NOUNS}\b",
                             text[s.start:s.end]):
            vs = s.start + m.start()
            seg_start = s.start
            for b in re.finditer(r"[,;]", text[s.start:vs]):
                if R.in_span(s.start + b.end(), vs):
                    seg_start = s.start + b.end()
            seg_start = max([seg_start] + [b for a, b in quote_spans if b <= vs])
            ms = R.extend_list(R.in_span(seg_start, vs), s.start)
            if ms:
                seg_start = min(seg_start, ms[0].start)
                np = text[seg_start:vs].strip(" ,”\"»’")
                sp = R.from_mentions(ms, seg_start, vs)
                name = np if ms[0].start - seg_start <= 5 and _type(ms[0]) != "person" else sp.name
                doc_noun = re.search(rf"\b{DOC_NOUNS}\b", m.group(0)).group(0)
                R.issuers.append(Speaker(f"{re.sub(r'[ ]+', ' ', name)} ({doc_noun})", sp.title, sp.faction,
                                         sp.type, vs))
    R.history.sort(key=lambda s: s.pos)
    R.issuers.sort(key=lambda s: s.pos)

    rows: list[Statement] = []
    prev: tuple[int, Speaker, str, int] | None = None  # (closing mark, speaker, verb, verb offset) of the last quote
    seen: set[tuple[str, str]] = set()
    quoted_sentences: set[int] = set()

    def emit(q_start, q_end, sp: Speaker, kind: str, verb: str, vpos: int):
        s1, s2 = _sentence(doc, q_start), _sentence(doc, max(q_start, q_end - 1))
        if s1 is None or s2 is None or not (sp.faction or _keep_without_faction(sp)):
            return
        quote = text[q_start:q_end]
        key = (re.sub(r"\W+", " ", quote.lower()).strip(), sp.faction)
        if key in seen:
            return
        seen.add(key)
        start, end = s1.start, max(s2.end, s1.end)
        stance, evidence = stance_of(verb, quote)
        anchor = doc.sentence_at(vpos) or s1
        d = governing_date(doc, ctx.dates, anchor, vpos)
        rows.append(Statement.make(doc.article_id, start=start, end=end, quote_start=q_start, quote_end=q_end,
                                   speaker=sp.name, speaker_title=sp.title, faction=sp.faction, quote=quote,
                                   kind=kind, reporting_verb=re.sub(r"\s+", " ", verb), stance=stance,
                                   stance_evidence=evidence, date=d.value, date_basis=d.basis,
                                   sentence=text[start:end], region=s1.region))

    # pass 2: direct and partial quotes
    for q in quotes:
        s1 = _sentence(doc, q.q_start)
        s2 = _sentence(doc, max(q.q_start, q.q_end - 1))
        if not _is_body(s1) or s2 is None:
            continue
        inner = text[q.q_start:q.q_end]
        qa, qb = _trim(text, q.q_start, q.q_end)
        short = len(_words(inner)) < MIN_QUOTE_WORDS
        if _is_title(inner, text[s1.start:q.q_start - 1]) or (short and not _reported_predicate(
                text, s1.start, q.q_start - 1, inner, vre)):
            continue
        for s in doc.sentences:
            if s.start < q.close + 1 and q.q_start - 1 < s.end:
                quoted_sentences.add(s.index)
        sp, verb, vpos = None, "", 0
        if prev is not None and prev[0] >= q.para_start and re.fullmatch(r"[\s,]*[^.!?“”\"«»]{0,100}[,:]\s*", text[prev[0] + 1:q.q_start - 1]) \
                and vre.search(text, prev[0] + 1, q.q_start - 1):
            sp, verb, vpos = prev[1], prev[2], prev[3]  # “We will not accept,” said X, “any deal …”
        if sp is None:
            sp, verb, vpos = _attribute(R, doc, q, s1, s2, vre)
        if short and (sp is None or not sp.faction or not (s1.start <= vpos < q.q_start)):
            continue  # a short predicate is the words of the reporting clause before it in its sentence only
        if sp is None and verb != "?" and prev is not None and prev[0] >= q.para_start:
            # “A,” he said. “B.” — a later quote in the same paragraph with no other speaker in between
            between = text[prev[0] + 1:q.q_start - 1]
            after_verb = max(prev[0] + 1, prev[3] + 1)  # the previous quote's own attribution does not count
            # (a group of the speaker's own faction in their title is no other speaker: "head of Hamas' bureau")
            # another reporting verb with a subject of its own ("Amir Peretz said it “…”") is someone else speaking
            # (an actor before the verb is checked below: it must be the same speaker)
            other = [v for v in vre.finditer(text, after_verb, q.q_start - 1) if v.start() > prev[3]
                     and re.search(r"(?<![\w-])[A-Z][\w'’-]+\s+$", text[max(after_verb, v.start() - 30):v.start()])
                     and not any(m.end <= v.start() <= m.end + 2 for m in R.actors)]
            if not other and all(m.value == prev[1].name or (_type(m) == "group" and m.faction
                                                             and m.faction == prev[1].faction)
                                 for m in R.in_span(after_verb, q.q_start - 1)):
                if len(between) < 200:
                    sp, verb, vpos = prev[1], prev[2], prev[3]
        if sp is None:
            continue
        if not sp.faction and not _keep_without_faction(sp):
            # "senior member X": the faction of the group named before the quote (not inside a quote; a resident
            # or an analyst keeps no faction)
            # (a place named after a preposition is where, not whose: "the EU mission in Libya")
            # (an object or a group in a subordinate clause is not whose: "After Israel struck Gaza, official X")
            before = [m for m in R.in_span(s1.start, q.q_start) if m.faction and not in_quote(m.start)
                      and not _locative(text, m) and not _is_object(text, s1.start, m)
                      and not re.search(r"(?i)\b(?:after|when|while|as|since|before|because|although|if)\b[^,;:]*$",
                                        text[s1.start:m.start])]
            fac = before[0].faction if before else ""
            if not before:
                # else the last group that SPOKE in the paragraph before the quote ("UNIFIL said it was … .
                # “…,” spokesman X said"); a group only named there (the subject of an attack) is not his
                spoke = [x for x in R.history if q.para_start <= x.pos < q.q_start and x.type == "group" and x.faction
                         and not in_quote(x.pos)]
                fac = spoke[-1].faction if spoke else ""
            if fac:
                sp = Speaker(sp.name, sp.title, fac, sp.type, sp.pos)
        prev = (q.close, sp, verb, vpos)
        whole = text[s1.start:q.q_start - 1].strip() == "" and re.fullmatch(
            r"[\s,.!?…]*", text[q.close + 1:s2.end] if q.close < s2.end else "") is not None
        kind = "direct" if (re.match(r"[\s“\"«‘]*[A-Z0-9]", inner) or whole) else "partial"
        if "\n" not in text[qa:qb]:
            emit(qa, qb, sp, kind, verb, vpos)
            continue
        for part in re.finditer(r"[^\n]+", text[qa:qb]):  # a multi-paragraph quote: one row per paragraph
            pa, pb = _trim(text, qa + part.start(), qa + part.end())
            if len(_words(text[pa:pb])) >= MIN_QUOTE_WORDS:
                emit(pa, pb, sp, "direct", verb, vpos)

    # pass 3: indirect speech in sentences without quotes
    for s in doc.sentences:
        if not _is_body(s) or s.index in quoted_sentences:
            continue
        _indirect(R, doc, s, vre, verbs, emit)
    rows.sort(key=lambda r: (r.start, r.quote_start))
    return rows


def _attribute(R: _Resolver, doc: Document, q: _Quote, s1: Sentence, s2: Sentence, vre):
    """(speaker, verb, verb offset) for a quote, or (None, '', 0)."""
    text = doc.text
    after_start = q.close + 1
    limit = max(s2.end, after_start)
    if text[after_start:s2.end].strip() == "" and s2.index + 1 < len(doc.sentences) \
            and re.search(r"[?!]\W*$", text[q.q_start:q.q_end]):
        # “Who will rebuild Gaza?” Hamas official Basem Naim asked. — the splitter ends the sentence at ?”
        # (after “… meetings.” a new sentence begins: "It did not say where." is no attribution)
        follow = doc.sentences[s2.index + 1]
        if follow.paragraph == s2.paragraph and len(follow.text.split()) <= 12 and not re.match(r"[“\"«‘]", follow.text):
            limit = follow.end
    nxt = text.find("“", after_start, limit)
    for other in ('"', "«"):
        j = text.find(other, after_start, limit)
        if j != -1 and (nxt == -1 or j < nxt):
            nxt = j
    stop = nxt if nxt != -1 else limit
    # 1. right after the quote: “…,” he added / “…,” said Hamas / “…,” according to the statement
    tail = text[after_start:stop]
    acc = re.match(r"[\s,.]*according\s+to\s+([^,.;]+)", tail)
    if acc:
        sp = R.noun_phrase(after_start + acc.start(1), after_start + acc.end(1))
        if sp:
            return sp, "according to", after_start + acc.start()
    dash = re.match(r"[\s,.]*[—–]\s*([^,.;:“”\"«»]{2,100})", tail)
    if dash:  # “…” — Hamas official Osama Hamdan, speaking in Beirut
        sp = R.noun_phrase(after_start + dash.start(1), after_start + dash.end(1))
        if sp:
            return sp, "", after_start + dash.start(1)
    for v in vre.finditer(text, after_start, stop):
        vk = reporting_verbs().get(re.sub(r"\s+", " ", v.group(0)).lower())
        if vk is None or vk.kind not in ("say", "read"):
            continue  # “…”, a statement Egypt described as a threat: not the quote's attribution
        between = text[after_start:v.start()]
        words = between.split()
        if len(words) > 12 and "," not in between:
            break
        if COORDINATED.fullmatch(between):
            break  # “…,” and said …: a second verb of the subject before the quote (step 2)
        if PREP_PHRASE.match(between) and "," not in between.strip(" ,"):
            continue  # “…,” in rare public remarks / during his remarks: the verb's form is a noun here
        sp = None
        np_start = after_start + (between.rfind(",") + 1 if "," in between.strip(" ,") else 0)
        if between.strip(" ,"):
            sp = R.subject(v.start(), after_start) if R.in_span(after_start, v.start()) else None
            if sp is None and text[np_start:v.start()].strip(" ,"):
                sp = R.noun_phrase(np_start, v.start())
        else:
            after = re.match(rf"\s+((?:{ABBREV}\s+)?[^,.;“”\"]{{2,80}})", text[v.end():stop])
            if after:
                sp = R.noun_phrase(v.end(), v.end() + after.end())
        if vk.kind == "read" and not re.search(DOC_NOUNS, text[np_start:v.start()]):
            sp = None
        # the verb must end the clause: no new clause ("said that ...") after it
        rest = text[v.end():stop]
        if sp is not None and not re.match(r"\s+(?:that|it|he|she|they)\b", rest):
            return sp, v.group(0), v.start()
        if sp is not None:
            break
        if vk and vk.kind == "say" and len(words) <= 8 and not re.search(r"[.!?]\s", between) \
                and not re.match(r"\s+(?:that|it|he|she|they)\b", rest) and not NEGATED.search(between):
            return None, "?", 0  # “…,” said Umm Mohammed, a resident: said by someone of no known faction
    # 2. before the quote in its sentence: Hamas said it “rejects …”
    floor = s1.start
    before = list(vre.finditer(text, floor, q.q_start - 1))
    kinds = [reporting_verbs().get(re.sub(r"\s+", " ", v.group(0)).lower()) for v in before]
    first_say = next((v.start() for v, k in zip(before, kinds, strict=True) if k and k.kind == "say"), None)
    for v, vk in reversed(list(zip(before, kinds, strict=True))):
        if vk is None or vk.kind in ("read",):
            continue
        if (vk.kind in ("act", "attitude") and first_say is not None and v.start() > first_say
                and not re.search(r",\s+(?:while|but|whereas|as)\b|;", text[first_say:v.start()])):
            continue  # "Lavrov said Russia supported … and would host … “…”": the quote is Lavrov's
        if vk.kind == "according":  # According to Hamas, “…”
            np = re.match(r"\s*([^,;:“”\"«»]{2,100})", text[v.end():q.q_start - 1])
            sp = R.noun_phrase(v.end(), v.end() + np.end()) if np else None
            if sp is not None:
                return sp, "according to", v.start()
            continue
        prev_close = max([floor] + [m.end() for m in re.finditer(r"[”»]", text[floor:v.start()])])
        sp = R.subject(v.start(), prev_close if prev_close == floor else floor + prev_close)
        if sp is not None:
            return sp, v.group(0), v.start()
    # 2b. a colon before the quote: Abbas was clear: “…”
    colon = re.search(r":\s*$", text[s1.start:q.q_start - 1])
    if colon and s1.start < q.q_start - 1:
        cpos = s1.start + colon.start()
        sp = R.subject(cpos, s1.start) if R.in_span(s1.start, cpos) else None
        if sp is not None:
            return sp, "", cpos
    # 2c. a quote that opens with the reporting verb: the six ministers “condemned in the strongest terms …”
    first = re.match(r"\s*([a-z]+(?:\s+(?:for|on|upon|out))?)\b", text[q.q_start:q.q_end])
    fv = reporting_verbs().get(re.sub(r"\s+", " ", first.group(1))) if first else None
    if fv is not None and fv.kind not in ("read", "according") and s1.start < q.q_start - 1:
        sp = R.subject(q.q_start - 1, s1.start)
        if sp is not None:
            return sp, first.group(1), q.q_start
    # 3. a paragraph that opens with the quote and names no speaker: the last speaker so far
    if q.q_start - 1 == q.para_start or text[q.para_start:q.q_start - 1].strip() == "":
        sp = R.last(q.para_start)
        if sp is not None:
            v = vre.match(text, sp.pos)
            return sp, v.group(0) if v else "", q.q_start
    return None, "", 0


# Indirect speech that only reports facts (a toll, a journey or a schedule) is a source, not a statement of position
COUNT = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)"
FACT_REPORT = re.compile(
    rf"(?i)\b{COUNT}\b[^.;]{{0,80}}\b(?:killed|wounded|injured|dead|died|martyred)\b|"
    rf"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?{COUNT}\b|"
    r"\bdeath\s+toll\b|"
    rf"^\W*(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|about\s+|nearly\s+|around\s+|some\s+|over\s+|almost\s+|"
    rf"up\s+to\s+|an\s+estimated\s+)?{COUNT}(?:\s+(?:million|billion|thousand|hundred))?\s+(?:people|persons|civilians|"
    r"residents|Palestinians|Israelis|Lebanese|Syrians|children|women|refugees|families|trucks)\b|"
    r"\b(?:arrived|arrives|landed|departed|flew|travell?ed)\s+(?:in|at|to|from|for|on|back)\b|"
    r"\b(?:is|was|are|were)\s+(?:scheduled|due|set|expected)\s+to\s+(?:travel|visit|arrive|fly|leave|head|return)\b|"
    r"\bwill\s+(?:travel|fly|arrive|head)\s+to\b")


def _fact_report(content: str, verb: str) -> bool:
    """Does indirect speech only report facts (casualty figures, arrivals, travel plans), with no stance cue?

    >>> _fact_report("A raid on the camp killed at least seven people on Monday", "said")
    True
    >>> _fact_report("The envoy arrived in Doha on Sunday and was scheduled to travel to Cairo", "said")
    True
    >>> _fact_report("more than 2.1 million people had fled to the south by March", "said")
    True
    >>> _fact_report("Israel must stop the raids that killed seven people", "said")
    False
    >>> _fact_report("The talks would resume next week in Doha", "said")
    False
    """
    return FACT_REPORT.search(content) is not None and stance_of(verb, content)[0] == "neutral"


def _reported_predicate(text: str, floor: int, open_mark: int, inner: str, vre) -> bool:
    """Is a short quote (two words) the quoted predicate of reported speech: right after a copula, in a sentence
    whose reporting verb of saying comes before it ("said … that Washington was “intensely focused”")? A short
    quote in narrative ("the so-called “buffer zone”") or after a noun is a scare quote.

    >>> t = 'Rivera said that the talks were "highly productive" on Monday.'
    >>> _reported_predicate(t, 0, t.index('"'), "highly productive", _verb_re())
    True
    >>> t = 'The army entered the so-called "buffer zone" on Monday.'
    >>> _reported_predicate(t, 0, t.index('"'), "buffer zone", _verb_re())
    False
    """
    if len(_words(inner)) < MIN_PREDICATE_WORDS or not COPULA_BEFORE.search(text[floor:open_mark]):
        return False
    for v in vre.finditer(text, floor, open_mark):
        vk = reporting_verbs().get(re.sub(r"\s+", " ", v.group(0)).lower())
        if vk is not None and vk.kind == "say" and not re.search(r"[“”\"«»]", text[v.end():open_mark]):
            return True
    return False


def _relative_clause(text: str, floor: int, pos: int, ms: list[Mention]) -> bool:
    """Is the subject at ``pos`` inside a relative clause ("the demand that Fatah rejected", "a plan which Egypt
    condemned")? 'that' after a reporting verb ("Abbas said that Egypt rejected") is no relative pronoun.

    >>> t = "It ignores a key demand of Hamas that Fatah rejected."
    >>> _relative_clause(t, 0, t.index("Fatah"), [])
    True
    >>> t = "Abbas said that Fatah rejected it."
    >>> _relative_clause(t, 0, t.index("Fatah"), [])
    False
    """
    first = pos
    for m in sorted(ms, key=lambda m: -m.start):  # a list subject ("that Egypt and Qatar rejected")
        if m.end <= first and re.fullmatch(r"\s*(?:,|and|, and)\s+(?:the\s+)?", text[m.end:first]):
            first = m.start
    m = re.search(r"(?:(?<=\s)|^)(?P<w>[\w'’-]+),?\s+(?:that|which|whom)\s+(?:the\s+)?$", text[floor:first])
    if m is None:
        return False
    w = m["w"].lower()
    return w not in reporting_verbs() and w not in ("so", "now", "such", "given", "except", "said", "says")


def _indirect(R: _Resolver, doc: Document, s: Sentence, vre, verbs, emit) -> None:
    """Clearly attributed indirect speech in one sentence: a named subject right before the verb."""
    text = doc.text
    # "<content>, <named speaker> said [Thursday]."
    m = re.search(r",\s+([^,]{3,80}?)\s+(said|added|told\s+reporters)(?:\s+[\w-]+){0,3}\.?\s*$", s.text)
    if m:
        a = s.start + m.start(1)
        b = s.start + m.end(1)
        ms = R.in_span(a, b)
        if ms and not re.fullmatch(r"(?i)\s*(?:he|she|it|they)\s*", m.group(1)):
            sp = R.from_mentions(ms, a, b)
            # a dateline opening the first sentence ("SDEROT, Israel -- ", "GAZA CITY (AP) — ") is not said
            dl = re.match(r"[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w .'’-]*)?\s*(?:\([^)]{1,40}\)\s*)*(?:--|—|–)\s*", s.text)
            ca, cb = _trim(text, s.start + (dl.end() if dl else 0), s.start + m.start())
            if sp and len(_words(text[ca:cb])) >= 5 and not _fact_report(text[ca:cb], m.group(2)):
                emit(ca, cb, sp, "indirect", m.group(2), s.start + m.start(2))
                return
    for v in vre.finditer(text, s.start, s.end):
        form = re.sub(r"\s+", " ", v.group(0))
        vk = verbs.get(form)
        if vk is None or vk.kind not in ("say", "act"):
            continue
        sp = R.subject(v.start(), s.start)
        if sp is None or not sp.faction:
            continue
        # the subject must be named right before the verb (not a pronoun, not far away)
        ms = [x for x in R.in_span(s.start, v.start())]
        if not ms:
            continue
        gap = text[ms[-1].end:v.start()]
        if _relative_clause(text, s.start, ms[-1].start, ms):
            continue  # "a key demand of Hamas that Fatah rejected": the verb's object is the noun before 'that'
        rel = re.fullmatch(r"\s*,\s*who\s+(?:also\s+)?", gap)
        appos = re.fullmatch(r"\s*,[^,]{1,100},\s*", gap)
        if not (ADVERBIAL.match(gap) or rel or appos):
            continue
        if vk.kind == "say":
            if form not in ("said", "says", "told", "stated", "added", "stressed", "emphasized", "emphasised",
                            "affirmed", "noted"):
                continue
            that = re.match(r"((?:\s+[^.;“”\"]{0,80}?)?)\s+that\s+", text[v.end():s.end])
            gap_words = len(that.group(1).split()) if that else 0
            if not that or gap_words > (12 if form == "told" else 6) or ("," in that.group(1) and form != "told"):
                continue
            qa, qb = _trim(text, v.end() + that.end(), s.end)
        else:
            qa, qb = _trim(text, v.start(), s.end)
        cut = re.search(r",\s+but\b|;|\s+while\s|,\s+whereas\b|,\s+adding\b", text[qa:qb])
        if cut:
            qa, qb = _trim(text, qa, qa + cut.start())
        qb = qb - 1 if text[qb - 1:qb] == "." else qb
        if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], form):
            emit(qa, qb, sp, "indirect", form, v.start())
            return
