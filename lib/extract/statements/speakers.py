"""Speakers: the Speaker record, the phrases that name one (pronouns, anaphors, collectives, documents) and the
private people of no faction a text introduces.

Example: "Omar Saleh, 52, waits." introduces Omar Saleh, a person of no faction who owns the 'he' after him.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lib.extract.actors import HEAD_TITLES, NAME, NAME_STOP, TITLE_WORDS, actor_type
from lib.extract.spanindex import Overlaps
from lib.models import Document, Mention

PRONOUNS = {"he": "person", "she": "person", "it": "group", "they": "group"}
# Definite noun phrases that point back to the last speaker of their kind ("the group added").
ANAPHORS = re.compile(
    r"(?i)\s*(?:(?P<address>(?:(?:his|her)\s+(?:royal\s+)?(?:highness|excellency|majesty|eminence)|(?-i:HE|H\.E\.))"
    r"(?:\s+the\s+[a-z-]+(?:\s+(?:of\s+the\s+)?[a-z-]+){0,3})?)|"
    r"(?:the|both)\s+(?:(?:two|three|four|several)\s+)?(?:(?P<group>groups?|movements?|organi[sz]ations?|"
    r"factions?|(?:foreign\s+|interior\s+|defen[cs]e\s+)?ministry|army|military|militant\s+group|party|government|"
    r"participants|parties|sides|signatories|mediators|"
    r"office|agency|council|assembly|bloc|administration|kingdom|country)|(?P<person>"
    # (a person described by age or by an office, perhaps with a modifier: "the 58-year-old", "the top diplomat",
    # "the veteran negotiator", "the foreign minister", "the 71-year-old monarch")
    # (or by a nationality: "the Saudi monarch", "the Egyptian president"; "the head of state")
    r"(?:\d{1,3}-year-old\s+)?(?-i:(?P<demonym>(?!(?:Top|Senior|Veteran|Chief|Lead|Deputy|Foreign|Defen[cs]e|Interior|"
    r"Finance|Crown|Prime|Head|Former|New)\b)[A-Z][a-z]+)\s+)?"
    r"(?:(?:top|senior|veteran|chief|lead|deputy)\s+)?(?:(?P<mod>foreign|defen[cs]e|interior|"
    r"finance|crown)\s+)?(?P<office>official|minister|spokesman|spokeswoman|spokesperson|diplomat|leader|president|"
    r"envoy|premier|prime\s+minister|secretary-general|ambassador|negotiator|commander|general|king|emir|sultan|"
    r"monarch|prince|sheikh|cleric|secretary\s+of\s+state|foreign\s+secretary|head\s+of\s+(?:state|government))|"
    r"\d{1,3}-year-old)))\s*")
# The words of a title an office anaphor points back to ("the top diplomat": a foreign minister or an envoy named
# before; "the monarch": a king, an emir or a sultan; patterns); any other office names itself ("the envoy": an envoy)
OFFICE_TITLES = {"diplomat": ("foreign minister", "foreign secretary", "secretary of state", "ambassador", "envoy",
                              "diplomat", "foreign affairs"),
                 "premier": ("prime minister", "premier"), "monarch": ("king", "emir", "amir", "sultan", "monarch"),
                 "leader": ("leader", "president", "king", "emir", "amir", "sultan", "prime minister", "chief", "head"),
                 "commander": ("commander", "general", "chief of staff"), "general": ("general", "commander"),
                 "emir": ("emir", "amir"), "prince": ("prince",), "sheikh": ("sheikh",),
                 "minister": (r"(?<!prime )minister",),
                 "head of state": ("president", "king", "emir", "amir", "sultan", "head of state"),
                 "head of government": ("prime minister", "premier", "head of government")}  # (a prime minister is "the premier", not "the minister")
# Anaphors whose antecedent must be of their own kind: (name words, actor types)
# (singular nouns only: "the two groups" is a collective of several parties)
TYPED_ANAPHORS = {"army": ("army", "military"), "ministry": ("ministry",), "movement": ("group", "movement",
                  "faction", "organisation", "organization", "party"), "state": ("kingdom", "country"),
                  "assembly": ("assembly",), "council": ("council",)}
ANAPHOR_KINDS = {"army": (("army", "military", "armed forces", "defen[cs]e forces", "idf"), ()), "ministry": (("ministry",), ()),
                 "movement": ((), ("org",)), "state": (("kingdom",), ("state",)),
                 "assembly": (("assembly",), ()), "council": (("council",), ())}
DOCUMENT_NOUNS_DATA = Path(__file__).resolve().parent.parent.parent / "data" / "document_nouns.csv"


def _document_nouns() -> str:
    """The nouns of texts a speaker issues (``lib/data/document_nouns.csv``) as one alternation, longest first
    ("press release" before "release"); read by the speaker phrases here and by ``unmarked``'s statement intros.

    >>> re.fullmatch(_document_nouns(), "press  release") is not None, re.fullmatch(_document_nouns(), "readout") is not None
    (True, True)
    """
    with open(DOCUMENT_NOUNS_DATA, newline="", encoding="utf-8") as fh:
        nouns = sorted({r["noun"].strip().lower() for r in csv.DictReader(fh)}, key=lambda n: (-len(n), n))
    return "(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in nouns) + ")"


# Texts a speaker issues: "statement", "communiqué", "readout", "tweet" ... (one list for every module)
DOCUMENT_NOUNS: str = _document_nouns()
DOC_NOUNS = rf"(?:joint\s+)?{DOCUMENT_NOUNS}"


def in_document(determiners: str, nouns: str, *, modifiers: int = 2, modifier: str = r"[a-z-]+",
                modifiers_named: bool = False, lead: str = r"\s*", tail: str = r"\b", flags: str = "") -> re.Pattern:
    r"""The one builder of "In <a/the> <document>" phrases: a preposition 'In', a determiner, up to ``modifiers``
    words and a document noun of ``nouns`` (group ``doc``, with its modifiers when ``modifiers_named``), between
    ``lead`` and ``tail``. Used for a document opening a sentence ("In a joint statement, the two sides said",
    ``statements.DOCUMENT_OPENING``), speech inside a document ("in its statement, Hamas said",
    ``resolver.IN_DOCUMENT``) and a sentence opening with the document its quote is in ("In the declaration, the
    factions committed “…”", ``direct.IN_THE_DOCUMENT``).

    >>> in_document("a|the", "statement|letter").match("In a joint statement, Egypt said")["doc"]
    'statement'
    >>> in_document("a|the", "statement", modifiers_named=True, flags="(?i)").match("in A joint statement")["doc"]
    'joint statement'
    """
    mods = rf"(?:{modifier}\s+){{0,{modifiers}}}?"
    doc = rf"(?P<doc>{mods}{nouns})" if modifiers_named else rf"{mods}(?P<doc>{nouns})"
    return re.compile(rf"{flags}{lead}In\s+(?:{determiners})\s+{doc}{tail}")


# Texts issued by several parties at once: with no named issuer they speak for the parties named nearby
JOINT_DOCS = r"(?:document|understanding|agreement|accord|joint\s+(?:statement|communiqu[ée]|declaration)|communiqu[ée]|" \
             r"final\s+(?:statement|communiqu[ée]|declaration)|trilateral\s+statement)"
# A document and who issued it, as a subject ("A joint statement issued by Egypt and Qatar said", "The statement,
# released by the Saudi foreign ministry, said", "A statement from Jordan's foreign ministry said", "The final
# communique of the summit of the Arab League and the OIC called")
ISSUED_BY = re.compile(rf"(?i)\s*(?:the|a|an|this|that|their)\s+(?P<doc>(?:[a-z-]+\s+){{0,2}}?{DOC_NOUNS})(?:\s*,)?\s+"
                       r"(?:(?:issued|released|signed|published|put\s+out|read\s+out)\s+(?:jointly\s+)?by|(?P<via>from|of))\s+"
                       r"(?P<by>[^;:“”\"«»]{2,120}?)\s*")
# Plural subjects that stand for several parties ("the three countries said", "the six ministers")
COLLECTIVE = re.compile(
    r"(?i)\s*(?:(?:\w+ly|afterwards|later|earlier|then|meanwhile|also|together),?\s+)?(?:the|both|all)\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:(?:foreign|defen[cs]e|finance|arab|gulf|regional|visiting|mediating)\s+)?"
    r"(?P<noun>countries|nations|states|governments|ministers|leaders|delegations|presidents|heads\s+of\s+state|"
    r"kingdoms|capitals|allies|mediators|parties|signatories|sides)\s*(?:(?:also|again|then|later|jointly)\s+)?")
# Abbreviated honorifics whose full stop ends no phrase ("…,” said Mr. Shoukry.)
ABBREV = r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Amb|St)\."
# Plural person nouns of a collective subject, and the role words of the people they count
COLLECTIVE_ROLES = {"ministers": ("minister", "secretary"), "presidents": ("president",),
                    "heads of state": ("president", "king", "emir", "sultan", "prime minister", "chancellor")}
# ... and of an uncounted one ("The leaders stressed ...": the leaders named before, of several sides)
SIGNATORY_ROLES = {**COLLECTIVE_ROLES, "leaders": ("president", "king", "emir", "sultan", "prime minister",
                                                   "chancellor", "crown prince", "chairman")}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
ADVERBIAL = re.compile(
    r"^\s*(?:(?:also|has|have|had|again|later|earlier|previously|recently|repeatedly|\w+ly|on\s+\w+|last\s+\w+|"
    r"this\s+\w+|in\s+a\s+(?:joint\s+)?statement|on\s+(?:Twitter|X|Facebook|Telegram)|,)\s*)*$")



@dataclass(frozen=True)
class Speaker:
    name: str
    title: str
    faction: str
    type: str  # person | group
    pos: int  # where the speaker was named (for "last speaker")
    text: str = ""  # the speaker as the text names them ("Mussa Abu Marzouk"; the antecedent's words for "he")


def _type(m: Mention) -> str:
    return "person" if actor_type(m) == "person" else "group"


def _titled(phrase: str) -> bool:
    """Does a phrase hold a lower-case head title ("Sharon's spokesman"), i.e. is it a description, not a name?"""
    return any(w in HEAD_TITLES for w in re.findall(r"\b[a-z][a-z-]+\b", phrase))


def relayer(sp: Speaker) -> str:
    """Who relays words (``relayed_by``): the text's words for the speaker, or a person's name when the text calls
    them by a description only ("the spokesman" after "presidential spokesman Ahmed Fahmy").

    >>> relayer(Speaker("Ahmed Fahmy", "spokesman", "Egypt", "person", 0, "The spokesman"))
    'Ahmed Fahmy'
    """
    return sp.name if sp.type == "person" and sp.name and re.match(r"(?i)the\s", sp.text or "") else sp.text or sp.name


def _person_name(m: Mention) -> str:
    """The resolved name, with the spelling of the text when it differs ("Ismail Haniyeh (Ismail Haniya)").

    >>> _person_name(Mention.make("a", kind="actor", text="Ismail Haniya", start=0, end=13, value="Ismail Haniyeh",
    ...                           evidence="person: dictionary: Ismail Haniya"))
    'Ismail Haniyeh (Ismail Haniya)'
    """
    surface = re.sub(r"\s+", " ", m.text)
    spelled = re.search(r" \(as (?P<surface>[^()]+)\)$", m.evidence) if m.evidence.startswith("title ") else None
    if spelled:  # "the Prime Minister" for a person the text spells otherwise than the dictionary
        return f"{m.value} ({spelled['surface']})"
    if not _spells_name(m) or not surface.split():
        return m.value
    return _with_spelling(m.value, surface) or m.value


def _spells_name(m: Mention) -> bool:
    """Does a mention write a name (not a description, a title, an office or an unnamed source)?"""
    return not ("description" in m.evidence or "office holder" in m.evidence or "unnamed" in m.evidence
                or m.evidence.startswith(("title ", "office:")))


def _with_spelling(value: str, surface: str) -> str:
    """``value`` with the text's spelling in brackets when its last word differs, else ''."""
    return "" if surface.split()[-1].lower() in value.lower() else f"{value} ({surface})"


def article_spelling(text: str, ms: list[Mention]) -> str:
    """The name of a person as the article spells it in full, for the mentions ``ms`` of one resolved person (one
    dictionary name): '' when the article's fullest spelling agrees with the resolved name (the speaker column then
    follows ``_person_name``); else the resolved name with that spelling ("Abdel Fattah al-Sisi (Abdel Fattah
    el-Sisi)", also for a later "Sisi said" or "he said"). A suffix the text writes with its dot ("Ferdinand Marcos
    Jr.") keeps it. Descriptions, titles and unnamed mentions spell no name.

    >>> mk = lambda t, a, b: Mention.make("a", kind="actor", text=t[a:b], start=a, end=b,
    ...                                   value="Abdel Fattah al-Sisi", evidence="person: dictionary")
    >>> t = "Abdel Fattah el-Sisi spoke. Sisi said."
    >>> article_spelling(t, [mk(t, 0, 20), mk(t, 28, 32)])
    'Abdel Fattah al-Sisi (Abdel Fattah el-Sisi)'
    >>> t = "Abdel Fattah al-Sisi spoke. Sisi said."
    >>> article_spelling(t, [mk(t, 0, 20), mk(t, 28, 32)])  # (the same spelling: nothing to add)
    ''
    >>> t = "President Ferdinand Marcos Jr. spoke."
    >>> article_spelling(t, [Mention.make("a", kind="actor", text="Ferdinand Marcos Jr", start=10, end=29,
    ...                                   value="Ferdinand Marcos Jr", evidence="person: dictionary")])
    'Ferdinand Marcos Jr.'
    """
    named = [m for m in ms if m.value and actor_type(m) == "person" and _spells_name(m) and len(m.text.split()) >= 2]
    if not named:
        return ""
    full = max(named, key=lambda m: (len(m.text.split()), -m.start))  # (the longest, the first of equals)
    value, surface = full.value, re.sub(r"\s+", " ", full.text)
    if re.search(r"\s(?:Jr|Sr)$", surface) and text[full.end:full.end + 1] == "." and value.endswith(surface[-2:]):
        return value + "."  # ("Jr." written with its dot)
    return _with_spelling(value, surface)


OBJECT_VERBS = ("met", "told", "thanked", "urged", "praised", "called", "asked", "welcomed", "accused",
                "criticised", "criticized", "blamed", "warned", "invited", "hosted", "visited", "received", "briefed",
                "congratulated", "condemned", "informed", "rejected", "phoned", "pressed")


# Capitalised words right before a name (its title: "Crown Prince", "Foreign Minister") and a participle's agent
TITLE_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[A-Z][\w.'’-]*\s+){1,4}$")
PARTICIPLE_AGENT = re.compile(r",\s*(?:[a-z]+ly\s+)?[a-z]+ed\s+by\s+(?:the\s+)?$")


def _is_object(text: str, floor: int, m: Mention) -> bool:
    """Is the actor mention the object of a verb ("He thanked Egypt", "... met Abbas") or the agent of a participle
    between commas (", attended by Crown Prince X,")? Then it is no subject.

    >>> t = "He thanked Egypt and praised"
    >>> _is_object(t, 0, Mention.make("a", kind="actor", text="Egypt", start=11, end=16))
    True
    >>> _is_object("Egypt thanked him", 0, Mention.make("a", kind="actor", text="Egypt", start=0, end=5))
    False
    >>> _is_object("the US-backed PA", 0, Mention.make("a", kind="actor", text="PA", start=14, end=16))
    False
    >>> t = "During the talks, attended by Crown Prince Hussein, the King warned"
    >>> _is_object(t, 0, Mention.make("a", kind="actor", text="Hussein", start=t.index("Hussein"), end=t.index(",", 20)))
    True
    >>> _is_object("Egypt, backed by Qatar", 0, Mention.make("a", kind="actor", text="Egypt", start=0, end=5))
    False
    """
    before = text[floor:m.start]
    title = TITLE_BEFORE.search(before)  # "attended by Crown Prince X": the words before the title
    if title and any(t.lower() in HEAD_TITLES for t in title.group(0).split()):  # ("Egyptian Foreign Minister")
        before = before[:title.start()]
    if PARTICIPLE_AGENT.search(before):
        return True  # the agent of a participle ("attended by Crown Prince X, His Majesty warned"): no subject
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


def _office_after(doc: Document, actors, start: int) -> Mention | None:
    """A person the text introduces as a sentence's opening subject and describes in the next sentence by an office
    with no name of its own ("Maya Haddad has barely slept. Jordan's minister of state for media affairs has spent
    ..."): that office's mention (its faction and title are the person's); None when the next sentence names the
    holder, reports speech ("Egypt's foreign minister said ...": someone else speaking) or opens otherwise.

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.actors import find
    >>> d = document_from_text("a", "Maya Haddad has barely slept. Jordan's minister of state has spent weeks in Doha.",
    ...                        published="2023-11-01")
    >>> _office_after(d, find(d), 0).faction
    'Jordan'
    """
    sent = doc.sentence_at(start)
    if sent is None or sent.index + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[sent.index + 1]
    if nxt.paragraph != sent.paragraph:
        return None
    first = [m for m in actors if nxt.start <= m.start <= nxt.start + 4 and m.end <= nxt.end]
    if len(first) != 1 or not first[0].faction or actor_type(first[0]) != "person":
        return None
    m = first[0]
    # a description (the nationality's or country's title, no name after it) followed by a verb that reports no speech
    rest = doc.text[m.end:nxt.end]
    if not re.match(r"(?i)(?:the\s+)?[A-Z][\w'’ -]*?\b(?:minister|envoy|ambassador|spokes\w+|adviser|advisor|"
                    r"negotiator|official|secretary|director|chief|head)\b", doc.text[m.start:m.end]) \
            or re.match(r"[^,.;]{0,60}?\b(?:said|says|told|tells|added|stated|announced|warned)\b", rest) \
            or re.match(r"\s+(?:[A-Z][a-z]+\s*){1,3}", rest) is not None and not re.match(r"\s+of\b", rest) \
            or not re.match(r"\s+(?:[\w'’-]+\s+){0,4}?(?:[a-z]+s|[a-z]+ed|has|had|was|is|does|did)\b", rest):
        return None  # (the office must open a clause with its verb: "Ariel Sharon's spokesman, " holds no office)
    return m


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
    overlaps = Overlaps((m.start, m.end) for m in (*actors, *places)).any

    intros = [(m.start("name"), m.end("name"), m["name"], m["app"] or "", m.start(), False)
              for m in CIVILIAN.finditer(text)]
    for sent in doc.sentences:
        if sent.region != "body":
            continue
        m = re.match(rf"(?P<name>{NAME})\s+(?:(?:also|still|now|later|then|never)\s+)?(?:[a-z]+s|[a-z]+ed|was|had|has|does|did|is)\b",
                     sent.text)
        if m and "'" not in m["name"] and "’" not in m["name"]:
            intros.append((sent.start, sent.start + m.end("name"), m["name"], "", sent.start, True))
    out: list[tuple[int, Speaker]] = []
    for start, end, name, app, lead, opening in sorted(intros):
        toks = name.split()
        # (a name after an article is a place or a thing: "the Middle East, a change ...", "a new Middle East, ...")
        if overlaps(start, end) or re.search(r"(?i)\b(?:in|at|from|to|near|of|into|outside|inside|the)\s+$",
                                             text[max(0, lead - 12):lead]) or re.search(
                r"\b(?:[Tt]he|an?)\s+(?:[a-z]+\s+)?$", text[max(0, lead - 20):lead]) or any(
                t in NAME_STOP or t.lower() in TITLE_WORDS or t.lower() in HEAD_TITLES for t in toks):
            continue
        head = re.split(r"\b(?:who|whose|which|that)\b", app)[0]  # "a teacher who has lived here for years"
        if app and any(w in HEAD_TITLES for w in re.findall(r"[a-z-]+", head)):
            continue  # "X, a senior Hamas official,": an office holder, not a private person
        sp = Speaker(name, "", "", "person", start, name)
        # only a sentence-opening subject may hold the office named next; an age or appositive marks a private person
        office = _office_after(doc, actors, start) if opening and lead == start else None
        if office is not None:  # "X does not look like ... . Qatar's minister of state has spent ...": the office's
            sp = Speaker(name, office.role, office.faction, "person", start, name)
        out.append((start, sp))
        keys = [re.escape(name)] + ([re.escape(toks[-1])] if len(toks) > 1 and len(toks[-1]) > 3 else [])
        bare = re.sub(r"^(?:al|el|Al|El)-", "", toks[-1])  # "Khater" for "Lolwah al-Khater"
        if len(toks) > 1 and bare != toks[-1] and len(bare) > 3:
            keys.append(re.escape(bare))
        for o in re.finditer(rf"(?<![\w-])(?:{'|'.join(keys)})(?![\w-])", text[end:]):
            a = end + o.start()
            if not overlaps(a, a + len(o.group(0))):
                out.append((a, Speaker(name, sp.title, sp.faction, "person", a, o.group(0))))
    return sorted(dict(out).items())



# Words of number, rank and domain an unnamed source may carry ("two senior Palestinian security sources")
UNNAMED_QUALIFIERS = frozenset(("a", "an", "the", "some", "two", "three", "four", "several", "senior", "top", "informed",
                                "high-ranking", "security", "diplomatic", "official", "government", "intelligence",
                                "military", "political"))


@lru_cache(maxsize=1)
def person_nouns() -> str:
    """An alternation of the nouns of private people ("student", "resident", "mother") from
    ``lib/data/person_nouns.csv``: the head of a subject no actor names ("A 28-year-old engineering student").

    >>> re.fullmatch(person_nouns(), "student") is not None, re.fullmatch(person_nouns(), "agreement") is not None
    (True, False)
    """
    path = Path(__file__).resolve().parent.parent.parent / "data" / "person_nouns.csv"
    with open(path, newline="", encoding="utf-8") as fh:
        words = sorted({r["word"].strip().lower() for r in csv.DictReader(fh)}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


@lru_cache(maxsize=1)
def _unnamed_words() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns of unnamed sources, nationalities that name no single faction) from ``lib/data/unnamed_sources.csv``."""
    path = Path(__file__).resolve().parent.parent.parent / "data" / "unnamed_sources.csv"
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return (frozenset(r["word"].lower() for r in rows if r["kind"] == "noun"),
            frozenset(r["word"].lower() for r in rows if r["kind"] == "nationality"))


def unnamed_without_faction(phrase: str) -> bool:
    """Is ``phrase`` an unnamed source whose only side is a nationality that names no single faction
    ("Palestinian sources", "Arab diplomats")? It keeps its words, not an invented faction.

    >>> unnamed_without_faction("Palestinian sources"), unnamed_without_faction("senior Arab diplomats")
    (True, True)
    >>> unnamed_without_faction("two Palestinian security sources")
    True
    >>> unnamed_without_faction("Israeli sources"), unnamed_without_faction("a senior Hamas official")
    (False, False)
    """
    nouns, nationalities = _unnamed_words()
    # qualifiers of number, rank and domain, before or after the nationality ("Palestinian security sources")
    words = [w for w in re.findall(r"[\w-]+", phrase.lower()) if w not in UNNAMED_QUALIFIERS]
    return len(words) == 2 and words[0] in nationalities and words[1] in nouns


@lru_cache(maxsize=1)
def _gender_cues() -> tuple[dict[str, str], dict[str, str]]:
    """(title and honorific words -> gender, given names -> gender) from ``lib/data/gender_cues.csv``."""
    path = Path(__file__).resolve().parent.parent.parent / "data" / "gender_cues.csv"
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return ({r["word"]: r["gender"] for r in rows if r["kind"] == "title"},
            {r["word"]: r["gender"] for r in rows if r["kind"] == "given"})


def gender_of(sp: Speaker | None) -> str:
    """'female', 'male' or '' (unknown) for a person speaker: a gendered title or honorific in their title or
    words ("spokeswoman", "Queen", "Mr"), else their given name (``lib/data/gender_cues.csv``).

    >>> gender_of(Speaker("Annalena Baerbock", "German foreign minister", "Germany", "person", 0))
    'female'
    >>> gender_of(Speaker("Ahmed Fahmy", "Egyptian presidential spokesman", "Egypt", "person", 0))
    'male'
    >>> gender_of(Speaker("Ayman Safadi", "Jordanian foreign minister", "Jordan", "person", 0))
    ''
    """
    if sp is None or sp.type != "person":
        return ""
    titles, given = _gender_cues()
    for w in re.findall(r"[a-z]+", f"{sp.title} {sp.text}".lower()):
        if w in titles:
            return titles[w]
    for phrase in (sp.name, sp.text):
        toks = [t for t in re.findall(r"[A-Za-z]+", phrase.lower()) if t not in titles]
        if toks and toks[0] in given:
            return given[toks[0]]
    return ""
