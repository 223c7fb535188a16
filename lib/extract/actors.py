"""Actors and factions: who is named in an article, resolved to a name, a faction and a date-bounded role.

Three sources, in order of trust:

1. the actor dictionary ``lib/data/actors.csv`` (people with aliases and roles valid between two dates,
   organisations, states and nationality adjectives), PETRARCH-style: a person's role and faction are the
   ones valid on the article's publication date;
2. titled names in the text, for people the dictionary does not know: "<faction> <title> <Name>"
   ("Hamas spokesman Hazem Qassem"), "<adjective> <title> <Name>" ("Russian Deputy Foreign Minister
   Alexander Saltanov"), "<Name>, <title> of <org>," ("Hussein al-Sheikh, PLO secretary general,") and
   "<title>, <Name>" ("his Israeli counterpart, Gabi Ashkenazi"); abbreviated ranks may stand before the name
   ("IDF spokesman Lt. Col. X"), and "<Name>, a spokesman for <Person>" serves a known person's faction;
3. within-article coreference: a later surname ("Qassem"), another token of the name after an honorific or
   before a verb ("Mr Ban", "Wang said": family name first), a leading part of a long name ("Sheikh Abdullah
   bin Zayed"), a definite description ("the Egyptian official") or a bare title ("the Secretary") resolves to
   the last compatible person; "his spokesman X" / "Erdogan's spokesman X" take the faction of whom "his" or
   the owner names. Pronouns are left to the statements stage.

Each mention's ``actor_type`` is person | org | state | group (a joint "Jordanian and Egyptian officials").

Formal register: forms of address ("His Royal Highness", "His Excellency Mr.") are never names and may stand
before a title or a name; "Minister of <portfolio>" and posted titles ("Special Envoy for Syria <Name>") are
titles. A named armed group the dictionary lacks ("the paramilitary X (ABBR)") is its own faction. Bodies and
office holders with no country named ("The Ministry of Foreign Affairs", "Minister of Energy X") take the
article's own country (``home_country``: an official outlet's, else the dateline city's when the headline
agrees); an unowned army takes the one faction the headline names; when ambiguous they get none.

Example:
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Hamas spokesman Hazem Qassem said talks failed. Qassem added more.",
    ...                          published="2023-02-04")
    >>> [(m.text, m.value, m.faction) for m in find(doc) if m.value == "Hazem Qassem"]
    [('Hazem Qassem', 'Hazem Qassem', 'Hamas'), ('Qassem', 'Hazem Qassem', 'Hamas')]
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lib.models import Document, Mention

DATA = Path(__file__).resolve().parent.parent / "data" / "actors.csv"
ACTOR_TYPES = ("person", "org", "state", "adjective")  # dictionary types
MENTION_TYPES = ("person", "org", "state", "group")  # Mention.actor_type

# Words that make up a title ("Deputy Foreign Minister", "secretary general", "senior member").
TITLE_WORDS = frozenset("""
minister prime foreign deputy president vice secretary secretary-general general spokesman spokeswoman
spokesperson leader official member senior chief head director director-general ambassador envoy negotiator
commander king emir crown prince adviser advisor security national executive committee political bureau
politburo chairman chairwoman chair speaker defense defence interior intelligence civilian civil affairs
for of state mediator representative delegate counterpart top former acting special coordinator
sheikh mufti sultan premier government cabinet justice finance relations international strategic
ministry office department council presidential co-ordinator coordinator cooperation expatriates
diplomat aide lawmaker legislator mayor governor commissioner rapporteur queen
lt col gen maj capt brig sgt lieutenant colonel major captain brigadier admiral rear
""".split())
# Titles that can stand alone before a name without a faction ("senior member Mussa Abu Marzouk").
HEAD_TITLES = frozenset("""minister president secretary secretary-general spokesman spokeswoman spokesperson
leader official member chief head director ambassador envoy negotiator commander king emir prince adviser
advisor chairman chairwoman speaker premier mediator representative coordinator co-ordinator counterpart
diplomat aide lawmaker legislator mayor governor commissioner rapporteur queen amir""".split())
# ('amir' is a head title only: as a name token it is a common first name, "Amir Ohana")
# Nouns for a definite description that can stand for a person already named ("the Egyptian official").
PERSON_NOUNS = ("official", "minister", "diplomat", "spokesman", "spokeswoman", "president", "leader",
                "envoy", "premier", "negotiator", "chief", "ambassador", "mediator")
# Nouns that make "<country's>|<adjective> X" an institution ("Egypt's foreign ministry").
ORG_NOUNS = ("foreign ministry", "ministry", "government", "presidency", "leadership", "delegation", "army",
             "military", "embassy", "cabinet", "intelligence", "authorities", "officials", "sources",
             "security forces", "mission")
# Roles that name one office holder ("Egypt's foreign minister"), looked up in the dictionary by date.
ROLE_TITLES = ("deputy foreign minister", "foreign minister", "prime minister", "president", "king", "emir",
               "intelligence chief", "secretary of state", "secretary-general", "national security adviser",
               "foreign policy chief")
# Nouns for an unnamed speaker of a faction ("a senior Hamas official said").
UNNAMED_NOUNS = ("official", "spokesman", "spokeswoman", "spokesperson", "source", "diplomat", "negotiator",
                 "leader", "commander", "envoy", "minister", "lawmaker", "delegate", "mediator")
# "<Person>'s office": institutions (group) and people (person) attached to a named person.
POSSESSED = {"office": "org", "bureau": "org", "government": "org", "cabinet": "org", "party": "org",
             "movement": "org", "administration": "org", "spokesman": "person", "spokeswoman": "person",
             "spokesperson": "person", "aide": "person", "adviser": "person", "advisor": "person"}
# Institution nouns in a title that point back to an institution named earlier ("an army spokesman",
# "the ministry's spokesman"): the noun and the words that name the same kind of body.
ANAPHORIC_BODIES = {"army": ("army", "military", "forces", "idf"), "military": ("army", "military", "forces", "idf"),
                    "ministry": ("ministry",), "movement": ("movement", "group"), "group": ("group", "movement"),
                    "government": ("government", "cabinet"), "presidency": ("presidency",),
                    "presidential": ("presidency",)}
# Titles of someone posted somewhere: "<title> for <place>" names where, not whose
POSTED = "envoy|coordinator|co-ordinator|ambassador|representative|rapporteur|commissioner|special"
# Titles that stand alone for their last holder ("the Secretary said")
BARE_TITLES = ("secretary", "secretary-general", "secretary general", "foreign minister", "prime minister",
               "president", "premier", "emir", "king", "crown prince", "chancellor", "envoy", "ambassador",
               "special envoy", "foreign secretary", "defence minister", "defense minister", "minister")
# Plural nouns after a list of nationalities ("Jordanian, Egyptian and US officials"): one joint actor.
GROUP_NOUNS = ("officials", "leaders", "ministers", "delegations", "delegates", "negotiators", "mediators",
               "representatives", "envoys", "diplomats", "governments", "sides")
NAME_STOP = frozenset("""The A An On In At For Of And But After Before When While As By From To With His Her Its Their
This That These Those Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Earlier Later Meanwhile However
Excellency Excellencies Highness Majesty Eminence Holiness Royal""".split())

_TOKEN = r"(?:(?:al|el|Al|El|bin|bint|ibn|abu|Abu|de|van|von)[- ])?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*"
NAME = rf"{_TOKEN}(?: [A-Z]\.)?(?: {_TOKEN}){{1,3}}"
# Honorifics that may stand between a title and a name ("Minister of Foreign Affairs Dr. X") or before a
# bare family name ("Mr Ban", "Sheikh Abdullah")
HONORIFIC = r"(?:Dr|Mr|Mrs|Ms|Prof|Sheikh|Sheikha|Sheik|Rabbi|Imam|Gen|Col|Sir|Dame|Lord)\.?"
# Abbreviated military ranks before a name ("IDF spokesman Lt. Col. Jonathan Conricus", "Brig. Gen. X")
RANKS = r"(?:(?:Lt|Lieut|Col|Gen|Maj|Capt|Brig|Sgt|Adm|Cmdr|Cdr)\.(?: (?:Lt|Col|Gen|Maj|Brig|Adm|Cmdr)\.){0,2})"
# Forms of address of the formal (state agency) register, before a title or a name: "His Royal Highness Prince
# X", "His Excellency Mr. Y"; standing alone they refer to a person already named ("His Royal Highness affirmed")
ADDRESS = r"(?:(?:His|Her|Their|Your)\s+(?:Royal\s+)?(?:Highness|Excellency|Excellencies|Majesty|Eminence|Holiness))"
# Portfolio words of "Minister of <portfolio>" ("Minister of Energy", "Minister of Water and Irrigation")
PORTFOLIOS = frozenset("""
energy water irrigation climate change environment health education tourism trade industry economy agriculture
transport transportation culture information labour labor housing infrastructure planning communications
religious endowments awqaf youth sport sports social development petroleum oil mineral resources investment
commerce public works higher science technology diaspora immigration absorption regional local women family
solidarity prisoners heritage antiquities electricity renewable supply media digital economic military
""".split())
_APOS = "['’]"


@dataclass(frozen=True)
class Entry:
    """One row of the actor dictionary."""

    name: str
    aliases: tuple[str, ...]
    type: str  # person | org | state | adjective
    faction: str
    role: str = ""
    valid_from: str = ""
    valid_to: str = ""

    def valid_on(self, day: str) -> bool:
        """Is this role valid on ``day`` (a TimeML value; '' means unknown, always valid)?

        >>> Entry("X", (), "person", "Hamas", "head", "2017-05-06", "2024-07-31").valid_on("2023-02")
        True
        >>> Entry("X", (), "person", "Hamas", "head", "2017-05-06", "2024-07-31").valid_on("2006-11-16")
        False
        """
        if not day:
            return True
        lo, hi = day, day
        if len(day) == 4:
            lo, hi = day + "-01-01", day + "-12-31"
        elif len(day) == 7:
            lo, hi = day + "-01", day + "-31"
        return (not self.valid_from or hi >= self.valid_from) and (not self.valid_to or lo <= self.valid_to)


@lru_cache(maxsize=1)
def load_entries(path: str | None = None) -> tuple[Entry, ...]:
    """The actor dictionary rows."""
    with open(path or DATA, newline="", encoding="utf-8") as fh:
        return tuple(Entry(name=r["name"].strip(), aliases=tuple(a.strip() for a in r["aliases"].split("|") if a.strip()),
                           type=r["type"].strip(), faction=r["faction"].strip(), role=r["role"].strip(),
                           valid_from=r["valid_from"].strip(), valid_to=r["valid_to"].strip())
                     for r in csv.DictReader(fh))


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[Entry, ...]]:
    """Normalised name or alias -> the non-adjective entries it names, in dictionary order (built once)."""
    index: dict[str, list[Entry]] = {}
    for e in load_entries():
        if e.type == "adjective":
            continue
        for key in dict.fromkeys(_norm(n) for n in (e.name, *e.aliases)):
            index.setdefault(key, []).append(e)
    return {k: tuple(v) for k, v in index.items()}


def resolve(name: str, day: str = "") -> Entry | None:
    """The dictionary entry for ``name`` (or an alias) valid on ``day``; roles are date-bounded.

    >>> resolve("Hussein al-Sheikh", "2023-03-19").faction, resolve("al-Sheikh", "2021-06-01").faction
    ('PLO', 'Palestinian Authority')
    >>> resolve("Haniyeh", "2006-11-16").role
    'Palestinian prime minister'
    >>> resolve("Nobody Known") is None
    True
    """
    rows = _by_name().get(_norm(name), ())
    if not rows:
        return None
    valid = [e for e in rows if e.valid_on(day)]
    if valid:
        return max(valid, key=lambda e: e.valid_from)
    # out of every range: keep the faction of the nearest role, without a role title
    near = min(rows, key=lambda e: abs(_year(e.valid_from or e.valid_to) - _year(day)))
    return Entry(near.name, near.aliases, near.type, near.faction, "", "", "")


def holder_of(faction: str, title: str, day: str) -> Entry | None:
    """The one person of ``faction`` whose role (valid on ``day``) ends with ``title``, or None.

    >>> holder_of("Russia", "foreign minister", "2006-11-16").name
    'Sergei Lavrov'
    >>> holder_of("Russia", "foreign minister", "1990") is None
    True
    """
    if not faction or not day:
        return None
    t = title.lower().replace("-", " ")
    rows = [e for e in load_entries() if e.type == "person" and e.faction == faction and e.valid_on(day)
            and e.role.lower().replace("-", " ").endswith(t)
            and not (t == "foreign minister" and "deputy" in e.role.lower())]
    names = {e.name for e in rows}
    return rows[0] if len(names) == 1 else None


def _year(v: str) -> int:
    return int(v[:4]) if v[:4].isdigit() else 0


def _norm(s: str) -> str:
    """A dictionary key: case, apostrophes, and a hyphen or space between name parts do not matter.

    >>> _norm("Itamar  Ben-Gvir") == _norm("itamar ben gvir")
    True
    """
    return re.sub(r"[\s-]+", " ", s.replace("’", "'")).strip().lower()


@lru_cache(maxsize=1)
def _tables():
    entries = load_entries()
    alias_to: dict[str, Entry] = {}
    adjectives: dict[str, str] = {}
    people: dict[str, set[str]] = {}
    for e in entries:
        for a in (e.name, *e.aliases):
            if e.type == "adjective":
                adjectives.setdefault(a, e.faction)
            else:
                # a state wins for a bare name; first row of a person is enough here (roles come from resolve)
                alias_to.setdefault(a, e)
                if e.type == "person":
                    people.setdefault(a, set()).add(e.name)
    # an alias shared by two people ("Qassem") is left to the article: the surname of whoever it named in full
    for a, names in people.items():
        if len(names) > 1:
            alias_to.pop(a, None)
    return alias_to, adjectives


def _alt(words) -> str:
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace("'", _APOS).replace("\\ ", r"\s+") for w in parts)


@lru_cache(maxsize=1)
def _patterns():
    alias_to, adjectives = _tables()
    groups = [a for a, e in alias_to.items() if e.type in ("org", "state")] + list(adjectives)
    fac = _alt(groups)
    adjectives = list(adjectives)
    titles = "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
    heads = "|".join(sorted(HEAD_TITLES, key=len, reverse=True))
    # "Minister of Foreign Affairs and International Cooperation": a head title may take an "of ..." phrase
    words = "|".join(sorted(TITLE_WORDS | PORTFOLIOS, key=len, reverse=True))
    of = rf"(?:\s+(?i:of)\s+(?:(?i:the)\s+)?(?i:{words})(?:\s+(?:(?i:and)\s+)?(?i:{words})){{0,5}})?"
    # "Special Envoy for Syria Geir Pedersen": a posted title names where, before the name
    posted = rf"(?:\s+for\s+(?:the\s+)?(?:{fac}))?"
    title = rf"(?:(?i:{titles})[ -]){{0,6}}(?:(?:(?i:{heads}){of}{posted})|(?i:secretary\s+of\s+state))"
    hon = rf"(?:{ADDRESS} )?(?:{RANKS} )?(?:{HONORIFIC} )?"
    portfolio = "|".join(w.capitalize() for w in sorted(PORTFOLIOS | {"foreign", "affairs", "defense", "defence",
                                                                      "interior", "finance", "justice"}, key=len, reverse=True))
    return {
        "dict": re.compile(rf"(?<![\w-])(?:{_alt(alias_to)})(?![\w-])"),
        # "<faction|adjective> <title> <Name>"
        "fac_title_name": re.compile(
            rf"(?<![\w-])(?P<fac>{fac})(?:{_APOS}s?)?(?: \((?:[A-Z.]+)\))? (?P<title>{title}) {hon}(?P<name>{NAME})"),
        # "<title> <Name>" with no faction ("senior member Mussa Abu Marzouk")
        "title_name": re.compile(rf"(?<![\w-])(?P<title>{title}) {hon}(?P<name>{NAME})"),
        # "<Name>, <title words with an org> ," ("Hussein al-Sheikh, PLO secretary general,")
        "name_appos": re.compile(rf"(?P<name>{NAME}), (?P<title>[^,;:“”\"]{{3,90}}?)(?=[,;.])"),
        # "<title>, <Name>," ("his Israeli counterpart, Gabi Ashkenazi,")
        "appos_name": re.compile(rf"(?P<title>[^,;:“”\"]{{3,90}}), (?:{ADDRESS} )?(?:(?i:ambassador|dr\.?|mr\.?|ms\.?|"
                                 rf"mrs\.?|sheikh|general) )?(?P<name>{NAME})(?=[,.;]| who\b)"),
        # "<country's>|<adjective> foreign ministry" and the like
        # "a senior Hamas official", "Egyptian sources" style unnamed speakers (no name follows)
        "unnamed": re.compile(rf"(?<![\w-])(?:(?i:a|an|the|one|another)\s+)?(?:(?i:senior|top|high-ranking|former|"
                              rf"leading|prominent)\s+)?(?P<fac>{fac})(?:{_APOS}s)?\s+"
                              rf"(?P<noun>{'|'.join(UNNAMED_NOUNS)})(?![\w-])(?!\s+{_TOKEN})"),
        # ... with a portfolio between: "the Palestinian Health Ministry", "Egypt's Foreign Affairs Ministry"
        "org_phrase": re.compile(rf"(?<![\w-])(?P<fac>{fac})(?:{_APOS}s)? (?:(?:{portfolio})(?: (?:and )?(?:{portfolio}))? )?"
                                 rf"(?P<noun>(?i:{_alt(ORG_NOUNS)}))(?![\w-])"
                                 r"(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})?"),
        # "the Egyptian official"
        "description": re.compile(rf"(?<![\w-])(?i:the) (?P<fac>{_alt(adjectives)}) (?P<noun>{'|'.join(PERSON_NOUNS)})(?![\w-])"),
        # "Russia's foreign minister" (no name): the person holding that role on the article date
        "role_desc": re.compile(rf"(?<![\w-])(?P<fac>{fac})(?:{_APOS}s)? (?P<title>(?i:{_alt(ROLE_TITLES)}))(?![\w-])(?! {_TOKEN})"),
        # "Saudi King Abdullah", "Qatar's Emir Sheikh Tamim bin Hamad": royal titles take one-word names
        "royal": re.compile(rf"(?<![\w-])(?P<fac>{fac})(?:{_APOS}s)?\s+(?P<title>King|Queen|Emir|Crown\s+Prince|Prince|"
                            rf"Princess|Sultan)\s+(?P<name>(?:Sheikh\s+)?[A-Z][a-z]+(?:\s+(?:bin|ibn|Al|al|II|III|[A-Z][a-z]+)){{0,4}})"),
        # "a Saudi delegation led by Nayef al-Sudairi"
        "led_by": re.compile(rf"(?<![\w-])(?:(?P<fac>{fac})(?:{_APOS}s)?\s+(?:[a-z-]+\s+){{0,2}}?(?i:delegation|team|"
                             rf"negotiators|mission)|(?i:delegation|team|mission)\s+(?:of|from)\s+(?:the\s+)?(?P<fac2>{fac}))"
                             rf"\s*,?\s+(?:led|headed|chaired)\s+by\s+{hon}(?P<name>{NAME})"),
        # "Jordanian, Egyptian, Palestinian, Israeli and US officials"
        "joint": re.compile(rf"(?<![\w-])(?P<list>(?:{_alt(adjectives)})(?:,\s+(?:{_alt(adjectives)}))*,?\s+and\s+"
                            rf"(?:{_alt(adjectives)}))\s+(?P<noun>{'|'.join(GROUP_NOUNS)})(?![\w-])"),
        "adj": re.compile(rf"(?<![\w-])(?:{_alt(adjectives)})(?![\w-])"),
        "fac": re.compile(rf"(?<![\w-])(?:{fac})(?![\w-])"),
    }


def faction_of(phrase: str) -> str:
    """The faction named in a phrase (first organisation, state or nationality adjective), or ''.

    >>> faction_of("Palestine Liberation Organisation (PLO) secretary general")
    'PLO'
    >>> faction_of("Egypt’s foreign ministry"), faction_of("the weather")
    ('Egypt', '')
    """
    m = _patterns()["fac"].search(phrase)
    return _group_faction(m.group(0)) if m else ""


def _group_faction(text: str) -> str:
    alias_to, adjectives = _tables()
    t = re.sub(r"\s+", " ", text.replace("’", "'"))
    if t in alias_to:
        return alias_to[t].faction
    return adjectives.get(t, "")


def title_faction(title: str) -> str:
    """The faction a title names for its holder; a body after 'to' is where they are posted, not theirs.

    An envoy, coordinator or ambassador "for" a country is posted there too: the organisation before the title
    is theirs ("The U.N. special coordinator for Lebanon" -> United Nations); a spokesman "for" a body speaks for it.

    >>> title_faction("the kingdom's first ambassador to the Palestinians"), title_faction("Israel’s envoy to the UN")
    ('', 'Israel')
    >>> title_faction("The U.N. special coordinator for Lebanon"), title_faction("a spokesman for Hamas")
    ('United Nations', 'Hamas')
    >>> title_faction("senior assistant to the Iranian foreign minister")
    'Iran'
    """
    parts = re.split(r"\bto\b", title, maxsplit=1)
    head = parts[0]
    if len(parts) == 2 and re.search(r"(?i)\b(?:assistant|adviser|advisor|aide|counsell?or)\s*$", head):
        # "senior assistant to the Iranian foreign minister": an aide serves the office after 'to'
        return faction_of(parts[1]) or faction_of(head)
    posted = re.search(rf"\b(?i:{POSTED})\s+for\b", head)
    return faction_of(head[:posted.start()] if posted else head)


def _trim_name(start: int, name: str) -> tuple[int, str] | None:
    """Drop leading ranks and titles from a matched name ("Lt Col Peter Lerner" -> "Peter Lerner").

    >>> _trim_name(10, "Lt Col Peter Lerner"), _trim_name(0, "Sheikh Naim")
    ((17, 'Peter Lerner'), None)
    """
    toks = name.split(" ")
    while toks and (toks[0] in NAME_STOP or toks[0].lower().rstrip(".") in TITLE_WORDS):
        start += len(toks[0]) + 1
        toks = toks[1:]
    if len(toks) < 2 or any(t in NAME_STOP or t.lower() in TITLE_WORDS for t in toks):
        return None
    return start, " ".join(toks)


# "a spokeswoman for Ehud Olmert", "an adviser to Abbas": an aide whose principal is a person
AIDE_OF = re.compile(r"(?i)^\s*(?:(?:a|an|the)\s+)?(?:(?:senior|chief|top|personal|close|political|media)\s+)?"
                     r"(?:spokes(?:man|woman|person)|aide|adviser|advisor|assistant|counsell?or)\s+(?:for|to)\s+"
                     r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s*$")


# "<Person>'s spokesman" (before an appositive name: "Ariel Sharon's spokesman, Raanan Gissin,")
AIDE_OWNED = re.compile(r"^\s*(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})['’]s?\s+"
                        r"(?:(?:senior|chief|top|personal|close|political|media)\s+)?"
                        r"(?:spokes(?:man|woman|person)|aide|adviser|advisor|assistant|counsell?or)\s*$")


def _principal_faction(title: str, day: str) -> str:
    """The faction of the person an aide serves, when the dictionary knows them ("a spokesman for Abbas",
    "Sharon's spokesman").

    >>> _principal_faction("a spokesman for Abbas", "2014-01-05"), _principal_faction("a spokesman for Ahmad", "")
    ('Palestinian Authority', '')
    >>> _principal_faction("Ariel Sharon's spokesman", "2002-03-28"), _principal_faction("Ahmad's aide", "")
    ('Israel', '')
    """
    m = AIDE_OF.match(title) or AIDE_OWNED.match(title)
    e = resolve(m["who"], day) if m else None
    return e.faction if e is not None and e.type == "person" else ""


def _has_title(phrase: str) -> bool:
    return any(w.lower() in HEAD_TITLES for w in re.findall(r"[A-Za-z-]+", phrase))


def _clean_title(t: str) -> str:
    t = re.sub(r"^(?:(?i:his|her|their|the|a|an)\s+)", "", t.strip())
    t = re.sub(rf"(?:\s+{HONORIFIC})+$", "", t)  # "... Cooperation Sheikh" (Abdullah): the honorific is no title
    return re.sub(r"\s+", " ", t)


def _name_ok(name: str) -> bool:
    toks = name.split()
    return not any(t in NAME_STOP or t.lower() in TITLE_WORDS for t in toks)


# A dateline: "RIYADH, <date> (SPA) --", "Jeddah (Saudi Arabia) (AFP) -", "BEIRUT (AP) —"
DATELINE = re.compile(r"\s*(?P<city>[A-Z][A-Za-z'’.-]+(?:[ -][A-Z][A-Za-z'’.-]+){0,2})(?:\s*\([^)\n]{2,30}\))?"
                      r"(?:,[^\n]{0,100}?)?\s*\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\)\s*(?:--|—|–|-)\s")
# Bodies named without their country ("The Ministry of Foreign Affairs said", "The army said"); not followed by
# "of <the country>"
UNOWNED_BODY = re.compile(
    r"(?<![\w-])[Tt]he\s+(?P<body>(?P<army>army|military|armed\s+forces|Army|Armed\s+Forces)|Ministry\s+of\s+"
    r"(?:Foreign\s+Affairs|[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})|(?:Foreign|Interior|Defen[cs]e)\s+Ministry|"
    r"[Ff]oreign\s+[Mm]inistry)(?![\w-])")
# A named armed group the dictionary does not know is its own faction: "the paramilitary Rapid Support Forces
# (RSF)", "the rebel group Ahrar al-Sham", "a militia called Liwa Abu al-Fadl"
ARMED_GROUP = re.compile(
    r"(?<![\w-])(?:paramilitary|militia|rebel\s+group|armed\s+group|insurgent\s+group|militant\s+group|rebel\s+force|"
    r"rebel\s+movement)\s+(?:(?:group|force|movement)\s+)?(?:(?:known\s+as|called|named)\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:of|for|al|el|the)[\s-]+)?[A-Z][\w'’-]+){0,5})(?:\s+\((?P<abbr>[A-Z][A-Za-z-]{1,8})\))?")
# Outlets that speak for their country (news agencies, ministries, information services)
OFFICIAL_OUTLET = re.compile(r"(?i)\b(?:agency|ministry|information|press|service|office|government|presidency|"
                             r"spokes(?:person|man|woman)|embassy|mission)\b")
# Government titles that, with no country named, belong to the article's own country (when it is unambiguous)
HOME_TITLES = ("minister", "prince", "king", "emir", "amir", "sultan", "crown prince")


def dateline_country(doc: Document) -> str:
    """The faction of the country of the dateline city ("RIYADH, ... (SPA) --" -> Saudi Arabia), or ''.

    >>> from lib.extract.document import document_from_text
    >>> dateline_country(document_from_text("a", "Jeddah (Saudi Arabia) (AFP) - Talks began."))
    'Saudi Arabia'
    >>> dateline_country(document_from_text("a", "Talks began in Jeddah (AFP) on Monday."))
    ''
    """
    from lib.extract import gazetteer  # local: the gazetteer index is large and only needed here

    body = next((s for s in doc.sentences if s.region in ("body", "dateline")), None)
    if body is None:
        return ""
    para = min((s.start for s in doc.sentences if s.paragraph == body.paragraph), default=body.start)
    m = DATELINE.match(doc.text, para)
    if m is None:
        return ""
    place = gazetteer.lookup(m["city"])
    if place is None or not place.country_code:
        return ""
    name = _country_names().get(place.country_code, "")
    return faction_of(name) if name else ""


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    with open(DATA.parent / "places_countries.csv", newline="", encoding="utf-8") as fh:
        return {r["iso"]: r["name"] for r in csv.DictReader(fh)}


def headline_factions(doc: Document) -> list[str]:
    """Factions the headline (title or headline region) names, in order."""
    chunks = [doc.title] + [doc.text[r.start:r.end] for r in doc.regions if r.kind == "headline"]
    out: list[str] = []
    for chunk in chunks:
        for m in _patterns()["fac"].finditer(chunk or ""):
            f = _group_faction(m.group(0))
            if f and f not in out:
                out.append(f)
    return out


def home_country(doc: Document) -> str:
    """The article's own country, when unambiguous: the outlet's country ("Saudi Press Agency"), else the
    dateline city's country when the headline names no other faction; '' otherwise.

    >>> from lib.extract.document import document_from_text
    >>> home_country(document_from_text("a", "Talks began.", outlet="Saudi Press Agency"))
    'Saudi Arabia'
    >>> home_country(document_from_text("a", "BEIRUT (AP) — Israel struck.", title="Israel strikes Lebanon"))
    ''
    >>> home_country(document_from_text("a", "Talks began.", outlet="UK daily newspaper", title="Gaza talks"))
    ''
    >>> home_country(document_from_text("a", "DAMASCUS, May 2 (SANA) -- Talks began.", title="Syria: plan ignores Palestinian rights"))
    'Syria'
    """
    outlet = faction_of(doc.outlet) if doc.outlet else ""
    heads = headline_factions(doc)
    if outlet and (OFFICIAL_OUTLET.search(doc.outlet) or (heads and all(f == outlet for f in heads))):
        return outlet  # a national agency or ministry; a paper only when its headline is about its own country
    dl = dateline_country(doc)
    if dl and all(f == dl for f in heads):
        return dl
    # "DAMASCUS (SANA) --" under "Syria: …" / "Syria rejects …": a headline that opens with the dateline's country
    opener = next(iter(_patterns()["fac"].finditer(doc.title or "")), None)
    if dl and heads and heads[0] == dl and opener is not None and opener.start() == 0 \
            and _group_faction(opener.group(0)) == dl:
        return dl
    return ""


def _armed_groups(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """Named armed groups outside the dictionary, as their own faction, with every later mention of the name or
    its abbreviation.

    >>> t = "the militia group Liwa Fatemiyoun (LF) said. LF fired."
    >>> [(t[c.start:c.end], c.faction) for c in _armed_groups(t, [])]
    [('Liwa Fatemiyoun', 'Liwa Fatemiyoun'), ('LF', 'Liwa Fatemiyoun'), ('LF', 'Liwa Fatemiyoun')]
    """
    out: list[_Cand] = []
    for m in ARMED_GROUP.finditer(text):
        name = re.sub(r"\s+", " ", m["name"])
        if any(c.start < m.end("name") and m.start("name") < c.end for c in chosen) or name.split()[0] in NAME_STOP:
            continue
        forms = [re.escape(m["name"])] + ([re.escape(m["abbr"])] if m["abbr"] else [])
        for r in re.finditer(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])", text[m.start("name"):]):
            a, b = m.start("name") + r.start(), m.start("name") + r.end()
            if not any(c.start < b and a < c.end for c in chosen + out):
                out.append(_Cand(a, b, name, "org", name, "", f"armed group: {m.group(0)}", 1))
    return out


def _unowned_bodies(doc: Document, chosen: list[_Cand]) -> list[_Cand]:
    """Bodies named without a country ("The Ministry of Foreign Affairs", "the army") that are not anaphors of a
    body named earlier with its country: a ministry belongs to the article's own country (``home_country``), an
    army to the one faction the headline names (the country at war), else to the home country."""
    home = home_country(doc)
    heads = headline_factions(doc)
    army_of = heads[0] if len(heads) == 1 else home
    out = []
    for m in UNOWNED_BODY.finditer(doc.text):
        if any(c.start < m.end() and m.start() < c.end for c in chosen):
            continue
        of = re.match(r"\s+of\s+(?:the\s+)?", doc.text[m.end():m.end() + 12])
        owner = [c for c in chosen if of and c.start == m.end() + of.end() and c.faction and c.type in ("state", "org")]
        if owner:  # "the Ministry of Foreign Affairs of the Sultanate of Oman": that country's ministry
            out.append(_Cand(m.start(), owner[0].end, re.sub(r"\s+", " ", doc.text[m.start():owner[0].end]), "org",
                             owner[0].faction, "", f"pattern: {doc.text[m.start():owner[0].end]}", 2))
            continue
        if re.match(r"\s+(?:of|in|for)\s", doc.text[m.end():m.end() + 6]):
            continue  # a body of something else
        kind = "army" if m["army"] else "ministry"
        words = ("army", "military", "armed forces", "defense forces", "defence forces") if kind == "army" else ("ministry",)
        if any(c.end <= m.start() and c.faction and any(w in doc.text[c.start:c.end].lower() for w in words)
               for c in chosen):
            continue  # "the army" after "Israel's army": an anaphor, left to the statements stage
        fac = army_of if kind == "army" else home
        if fac:
            out.append(_Cand(m.start(), m.end(), re.sub(r"\s+", " ", m.group(0)), "org", fac, "",
                             f"{kind} of the article's country: {m.group(0)}", 1.5))
    return out


@dataclass
class _Cand:
    start: int
    end: int
    value: str
    type: str
    faction: str
    role: str
    evidence: str
    prio: float


def find(doc: Document) -> list[Mention]:
    """Actor mentions with resolved name, faction and role (valid on the article date).

    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Russian Deputy Foreign Minister Ivan Petrovsky spoke.", published="2006-11-16")
    >>> [(m.value, m.faction, m.role) for m in find(doc) if m.role]
    [('Ivan Petrovsky', 'Russia', 'Deputy Foreign Minister')]
    """
    text = doc.text
    day = doc.published
    P = _patterns()
    alias_to, _ = _tables()
    cands: list[_Cand] = []

    def person(start, end, name, faction, role, evidence, prio, generic=False):
        e = resolve(name, day)
        if e is None and re.search(r" [A-Z]\. ", name):  # "Antony J. Blinken" is the dictionary's Antony Blinken
            e = resolve(re.sub(r" [A-Z]\. ", " ", name), day)
        if e is not None and e.type == "person":
            # the text's own "<nationality|organisation> <title>" wins over the dictionary ("Saudi King
            # Abdullah" is not Jordan's), except the bare nationality "Palestinian", which names no organisation
            faction = faction if (faction and prio >= 4 and not generic) else (e.faction or faction)
            role = role or e.role
            name = e.name
            evidence = f"{evidence}; dictionary role {e.role or 'n/a'} ({e.valid_from or '..'} to {e.valid_to or '..'})"
        cands.append(_Cand(start, end, name, "person", faction, role, evidence, prio))

    def named(m, faction, title, evidence, prio, generic=False):
        t = _trim_name(m.start("name"), m["name"])
        if t is not None:
            person(t[0], t[0] + len(t[1]), t[1], faction, _clean_title(title), evidence, prio, generic)

    def generic(m) -> bool:
        return re.sub(r"\s+", " ", m["fac"]).startswith("Palestinian")

    for m in P["fac_title_name"].finditer(text):
        named(m, _group_faction(m["fac"]), m["title"], f"pattern: {m.group(0)}", 5, generic(m))
    for m in P["royal"].finditer(text):  # "Saudi King Abdullah", "Qatar's Emir Sheikh Tamim"
        person(m.start("name"), m.end("name"), m["name"], _group_faction(m["fac"]), m["title"],
               f"pattern: {m.group(0)}", 5, generic(m))
    for m in P["title_name"].finditer(text):
        named(m, "", m["title"], f"pattern: {m.group(0)}", 3)
    for m in P["led_by"].finditer(text):  # "a Saudi delegation led by X", "the delegation of Hamas headed by Mr. X"
        fac = m["fac"] or m["fac2"]
        named(m, _group_faction(fac), "", f"pattern: {m.group(0)}", 4, re.sub(r"\s+", " ", fac).startswith("Palestinian"))
    for m in P["name_appos"].finditer(text):
        fac = title_faction(m["title"]) or _principal_faction(m["title"], day)
        first = (m["title"].split() or [""])[0]  # a title of only spaces and line breaks names nothing
        if first and ((fac or _anaphoric_body(m["title"])) and _has_title(m["title"])
                and (first[0].isupper() or first.lower() in TITLE_WORDS or first.lower() in ("the", "a", "an"))):
            named(m, fac, m["title"], f"pattern: {m.group(0)}", 4)
    for m in P["appos_name"].finditer(text):
        tail = re.split(r"[.;:!?]|\band\b(?!(?:\s+[A-Z][a-z]+)+\s*$)|\b(?:with|by|from|met|received|told)\b|"
                        r"(?<!envoy )(?<!ambassador )(?<!adviser )(?<!advisor )(?<!representative )\bto\b",
                        m["title"])[-1]
        if _has_title(tail):
            named(m, title_faction(tail) or _principal_faction(tail, day), tail, f"pattern: {tail.strip()}, {m['name']}", 4)
    for m in P["joint"].finditer(text):
        facs = [_group_faction(a) for a in P["adj"].findall(m["list"])]
        facs = list(dict.fromkeys(f for f in facs if f))
        if len(facs) > 1:
            cands.append(_Cand(m.start(), m.end(), re.sub(r"\s+", " ", m.group(0)), "group", "; ".join(facs), "",
                               f"joint: {m.group(0)}", 3))
    for m in P["dict"].finditer(text):
        e = alias_to[re.sub(r"\s+", " ", m.group(0).replace("’", "'"))]
        if e.type == "person":
            person(m.start(), m.end(), m.group(0), e.faction, "", f"dictionary: {m.group(0)}", 2)
        else:
            cands.append(_Cand(m.start(), m.end(), e.name, e.type, e.faction, "", f"dictionary: {m.group(0)}", 1))
    for m in P["org_phrase"].finditer(text):
        fac = _group_faction(m["fac"])
        cands.append(_Cand(m.start(), m.end(), re.sub(r"\s+", " ", m.group(0)), "org", fac, "",
                           f"pattern: {m.group(0)}", 2))

    adjectives = _tables()[1]
    for m in P["unnamed"].finditer(text):
        if m.group(0)[:4].lower() == "the " and re.sub(r"\s+", " ", m["fac"]) in adjectives:
            continue  # "the Egyptian official" is a definite description: resolved below
        value = re.sub(r"^(?i:a|an|the|one|another)\s+", "", re.sub(r"\s+", " ", m.group(0)))
        cands.append(_Cand(m.start(), m.end(), value, "person", _group_faction(m["fac"]), m["noun"],
                           f"unnamed: {m.group(0)}", 2))
    for m in P["role_desc"].finditer(text):
        holder = holder_of(_group_faction(m["fac"]), m["title"], day)
        if holder is not None:
            cands.append(_Cand(m.start(), m.end(), holder.name, "person", holder.faction, holder.role,
                               f"office holder on {day or 'unknown date'}: {m.group(0)}", 6))

    chosen = _non_overlapping(cands)
    cands.extend(_armed_groups(text, chosen))
    cands.extend(_unowned_bodies(doc, chosen))
    chosen = _non_overlapping(cands)
    home = home_country(doc)
    inferred = {id(c): _infer_faction(doc, c, chosen, P, home) for c in chosen if c.type == "person" and not c.faction}
    cands = [inferred.get(id(c), c) for c in cands]
    chosen = [inferred.get(id(c), c) for c in chosen]
    # later references to people named earlier in the article: the surname anywhere, any other token of the
    # full name (family name first: "Wang" for Wang Yi, "Mr Ban" for Ban Ki-moon) after an honorific or
    # before a verb, and a leading part of the name ("Sheikh Abdullah bin Zayed")
    cands.extend(_name_references(text, chosen))
    chosen = _non_overlapping(cands)
    # "<Person>'s office" / "<Person>'s spokesman": the institution or aide of a named person
    poss = re.compile(rf"{_APOS}s\s+({'|'.join(POSSESSED)})(?![\w-])")
    for i, c in enumerate(chosen):
        m = poss.match(text, c.end)
        named = m is not None and any(o.type == "person" and re.fullmatch(r"\s+", text[m.end():o.start] or "x")
                                      for o in chosen)
        if c.type == "person" and m and not named and all(o.end <= c.start or o.start >= m.end()
                                                          for o in chosen if o is not c):
            chosen[i] = _Cand(c.start, m.end(), re.sub(r"\s+", " ", text[c.start:m.end()]), POSSESSED[m[1]],
                              c.faction, "", f"{m[1]} of {c.value}", c.prio)
    # definite descriptions: "the Egyptian official" -> the last person of that faction
    for m in P["description"].finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in chosen):
            continue
        fac = _group_faction(m["fac"])
        before = [c for c in chosen if c.type == "person" and c.faction == fac and c.end <= m.start()]
        if before:
            ref = max(before, key=lambda c: c.start)
            chosen.append(_Cand(m.start(), m.end(), ref.value, "person", fac, ref.role,
                                f"description '{m.group(0)}' -> {ref.value}", 0))
        else:
            chosen.append(_Cand(m.start(), m.end(), f"{m['fac']} {m['noun']}", "person", fac, m["noun"],
                                f"description '{m.group(0)}'", 0))
    # a bare title ("the Secretary said", "the prime minister added"): the last person holding that title
    for m in re.finditer(rf"(?<![\w-])(?P<det>[Tt]he)\s+(?P<title>(?i:{_alt(BARE_TITLES)}))(?![\w-])"
                         rf"(?!\s+(?:(?:of|for|to)\b|[A-Z]|{HONORIFIC}))", text):
        if any(c.start < m.end() and m.start() < c.end for c in chosen):
            continue
        t = re.sub(r"\s+", " ", m["title"].lower())
        before = [c for c in chosen if c.type == "person" and c.end <= m.start()
                  and re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", (c.role or "").lower().replace("-", " ")
                                if "-" not in t else (c.role or "").lower())
                  and not re.search(r"\b(?:vice|deputy|assistant|under)\b", (c.role or "").lower())]
        if before:
            ref = max(before, key=lambda c: c.start)
            chosen.append(_Cand(m.start(), m.end(), ref.value, "person", ref.faction, ref.role,
                                f"title '{m.group(0)}' -> {ref.value}", 0))
    chosen.sort(key=lambda c: c.start)
    out = []
    for c in chosen:
        s = doc.sentence_at(c.start)
        out.append(Mention.make(doc.article_id, kind="actor", text=text[c.start:c.end], start=c.start, end=c.end,
                                value=c.value, faction=c.faction, role=c.role, actor_type=c.type,
                                evidence=c.evidence[:300], sentence=s.text if s else "",
                                sentence_start=s.start if s else 0, sentence_end=s.end if s else 0,
                                region=s.region if s else "body"))
    return out


NAME_PARTICLES = frozenset("al el Al El bin ibn bint abu Abu de van von".split())
# Words after a bare name token that make it a person's name ("Wang said", "Wang's visit"), besides reporting verbs
NAME_VERBS = ("was", "is", "has", "had", "will", "would", "also", "then", "later", "again", "met", "visited",
              "arrived", "thanked", "spoke", "left", "held", "hosted", "travelled", "traveled", "signed")


@lru_cache(maxsize=1)
def _reporting_forms() -> tuple[str, ...]:
    with open(DATA.parent / "reporting_verbs.csv", newline="", encoding="utf-8") as fh:
        return tuple(f.strip() for r in csv.DictReader(fh) for f in r["forms"].split("|") if f.strip())


def _name_references(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """Later references to people named in full earlier in the text.

    The surname (last token) anywhere; any other token of the name after an honorific or title ("Mr Ban",
    "Foreign Minister Wang") or before a verb ("Wang said"); a leading part of the name ("Sheikh Abdullah bin
    Zayed" for Abdullah bin Zayed Al Nahyan). A token two people share goes to the one mentioned last.

    >>> c = [_Cand(0, 6, "Wang Yi", "person", "China", "", "dictionary", 2)]
    >>> [(text[r.start:r.end], r.value) for text in ["Wang Yi came. Wang said so."] for r in _name_references(text, c)]
    [('Wang', 'Wang Yi')]
    >>> _name_references("Wang Yi came. Wang Fang is a painter.", c)
    []
    """
    known: dict[str, _Cand] = {}  # the first full mention of each person
    for c in chosen:
        if c.type == "person" and not any(k in c.evidence for k in ("unnamed", "description", "office holder")):
            known.setdefault(c.value, c)
    stop = {w.lower() for w in NAME_STOP}
    after = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted({*_reporting_forms(), *NAME_VERBS},
                                                                         key=len, reverse=True))
    after_re = re.compile(rf"(?:{_APOS}s\b|,?\s+(?:{after})(?![\w-]))")
    before_re = re.compile(rf"(?:\b{HONORIFIC}|\b(?:FM|PM)|\b[A-Za-z-]+)\s+$")
    found: dict[tuple[int, int], list[tuple[int, _Cand]]] = {}  # span -> (rank, cand); rank 0 = surname

    def add(a: int, b: int, rank: int, value: str, c: _Cand, how: str) -> None:
        # part of a longer name of someone else ("Dr. Mahmoud al-Saadi", "Ahmed Abbas"): no reference
        if re.match(r"\s+(?:(?:al|el|bin|ibn|abu|Abu|Al|El)[- ])?[A-Z][a-z]", text[b:b + 12]):
            return
        prev = re.search(r"(?<![\w.-])([A-Z][A-Za-z-]*)\s+$", text[max(0, a - 30):a])  # "Tremblay. Mansour": ok
        if prev and not (prev.group(1) in NAME_STOP or re.fullmatch(rf"{HONORIFIC}|FM|PM", prev.group(1))
                         or prev.group(1).lower().rstrip(".") in TITLE_WORDS):
            return
        found.setdefault((a, b), []).append((rank, _Cand(a, b, value, "person", c.faction, c.role,
                                                         f"{how} of {value}", 2.5)))

    alias_to, adjectives = _tables()
    groups = {a for a, e in alias_to.items() if e.type != "person"} | set(adjectives)  # "Israel" (Katz) says nothing
    for value, c in known.items():
        toks = value.split()
        if len(toks) > 1 and re.fullmatch(r"[IVX]+", toks[-1]):  # "Abdullah II": the regnal number is no surname
            toks = toks[:-1]
        last = toks[-1]
        bare = re.sub(r"^(?:al|el|Al|El)-", "", last)  # "al-Sudairi" is also "Sudairi"
        if len(bare) >= 3 and last not in groups and bare not in groups:
            for m in re.finditer(rf"(?<![\w-])(?:{re.escape(last)}|{re.escape(bare)})(?![\w-])", text):
                if m.start() >= c.end:
                    add(m.start(), m.end(), 0, value, c, "surname")
        for k in range(2, len(toks)):  # leading parts of a long name
            if toks[k - 1] in NAME_PARTICLES:
                continue
            part = r"\s+".join(map(re.escape, toks[:k]))
            for m in re.finditer(rf"(?<![\w-]){part}(?![\w-])", text):
                if m.start() >= c.end:
                    add(m.start(), m.end(), 0, value, c, "part of name")
        for t in toks[:-1]:
            if (t in NAME_PARTICLES or len(t) < 3 or t.lower() in stop or not t[0].isupper() or "." in t
                    or t in groups):
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(t)}(?![\w-])", text):
                if m.start() < c.end:
                    continue
                pre = before_re.search(text, max(0, m.start() - 30), m.start())
                titled = pre is not None and (re.fullmatch(rf"{HONORIFIC}|FM|PM", pre.group(0).strip())
                                              or pre.group(0).strip().lower() in HEAD_TITLES)
                if titled or after_re.match(text, m.end()):
                    add(m.start(), m.end(), 1, value, c, "name token")
    # the person mentioned last before each reference wins a shared token; a surname beats another token
    seen = sorted((c.start, c.value) for c in chosen if c.type == "person")
    out: list[_Cand] = []
    taken = [(c.start, c.end) for c in chosen if c.prio > 2.5]
    for (a, b), opts in sorted(found.items()):
        if any(x < b and a < y for x, y in taken):
            continue  # inside a stronger mention ("Abdullah" of "King Abdullah II")
        best_rank = min(r for r, _ in opts)
        pool = [o for r, o in opts if r == best_rank]
        lastpos = {o.value: max([p for p, v in seen if v == o.value and p < a], default=-1) for o in pool}
        pick = max(pool, key=lambda o: lastpos[o.value])
        out.append(pick)
        seen.append((a, pick.value))
    return out


def _anaphoric_body(title: str) -> str:
    """The institution noun a title points back to ("an army spokesman" -> 'army'), or ''."""
    words = re.findall(r"[a-z]+", title.lower())
    return next((w for w in words if w in ANAPHORIC_BODIES), "")


def _infer_faction(doc: Document, c: _Cand, chosen: list[_Cand], P, home: str = "") -> _Cand:
    """A faction for a titled person the text names without one:

    - an institution noun in the title refers to the last such institution named ("Lt Col Peter Lerner, an army
      spokesman" after "the Israeli military said" -> Israel);
    - the same title with a nationality in the person's sentence or the headline ("Tourism Minister Haim Katz
      ... became the first Israeli cabinet minister") when only one nationality is found.
    """
    sent = doc.sentence_at(c.start)
    if sent is not None:
        # "Guterres welcomed it, his spokesman Stephane Dujarric said": the faction of whom "his" points to
        owner = [o for o in chosen if o is not c and sent.start <= o.end <= c.start
                 and re.fullmatch(rf"{_APOS}s?\s+(?:[A-Za-z.-]+\s+){{0,5}}", doc.text[o.end:c.start])
                 and all(w.lower().strip(".") in TITLE_WORDS for w in doc.text[o.end:c.start].split()[1:])]
        if owner and owner[-1].faction:  # "Erdogan's spokesman Ibrahim Kalin"
            return _Cand(c.start, c.end, c.value, c.type, owner[-1].faction, c.role,
                         f"{c.evidence}; faction of {owner[-1].value}", c.prio)
        poss = re.search(r"\b(?P<p>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[A-Za-z.-]+\s+){0,5}$", doc.text[sent.start:c.start])
        if poss and all(w.lower().strip(".") in TITLE_WORDS or w in ("U.N.", "UN", "U.S.", "US")
                        for w in doc.text[sent.start + poss.end("p"):c.start].split()):
            kinds = ("person",) if poss["p"].lower() in ("his", "her") else ("org", "state", "group")
            prior = [o for o in chosen if o.type in kinds and o.faction and o.end <= sent.start + poss.start()
                     and o is not c]
            prior = [o for o in prior if o.start >= sent.start] or prior[-1:]
            if prior:
                return _Cand(c.start, c.end, c.value, c.type, prior[-1].faction, c.role,
                             f"{c.evidence}; faction of '{poss['p']}' = {prior[-1].value}", c.prio)
    body = _anaphoric_body(c.role)
    if body:
        words = ANAPHORIC_BODIES[body]
        prior = [o for o in chosen if o.type in ("org", "state") and o.faction and o.end <= c.start
                 and any(w in o.value.lower() or w in doc.text[o.start:o.end].lower() for w in words)]
        if prior:
            return _Cand(c.start, c.end, c.value, c.type, prior[-1].faction, c.role,
                         f"{c.evidence}; faction of '{prior[-1].value}'", c.prio)
    heads = [w for w in re.findall(r"[A-Za-z-]+", c.role.lower()) if w in HEAD_TITLES]
    if not heads:
        return c
    places = [(doc.title, -1)] + [(doc.text[r.start:r.end], r.start) for r in doc.regions if r.kind == "headline"]
    if sent is not None:
        places.append((sent.text, sent.start))
    head = "|".join(map(re.escape, heads))
    facs = set()
    others = [o for o in chosen if o.type == "person" and o is not c]
    for chunk, off in places:
        for m in re.finditer(rf"(?<![\w-])(?P<fac>{P['adj'].pattern})(?:{_APOS}s)?\s+(?:[a-z-]+\s+){{0,2}}(?:{head})\b",
                             chunk or ""):
            if off >= 0:
                a, b = off + m.start(), off + m.end()
                # another person's title ("Mahmoud Abbas, the Palestinian president, ... President Morsi")
                if any(o.start < b and a < o.end for o in others) or any(
                        re.fullmatch(r",\s+(?:the\s+|a\s+|an\s+)?", doc.text[o.end:a]) for o in others if o.end <= a):
                    continue
            f = _group_faction(m["fac"])
            if f:
                facs.add(f)
    if len(facs) == 1:
        f = facs.pop()
        return _Cand(c.start, c.end, c.value, c.type, f, c.role, f"{c.evidence}; faction from title '{c.role}'", c.prio)
    if not facs and home and any(re.search(rf"\b{t}\b", c.role.lower()) for t in HOME_TITLES):
        # "Minister of Energy Karine Elharrar" in a ministry's own release: the article's country
        return _Cand(c.start, c.end, c.value, c.type, home, c.role, f"{c.evidence}; article's country {home}", c.prio)
    return c


def _non_overlapping(cands: list[_Cand]) -> list[_Cand]:
    """The best candidates that do not overlap, best first (priority, then length). The chosen spans are kept
    sorted, so each candidate is checked against one neighbour (a binary search), not all: linear in the text."""
    from bisect import bisect_left, insort

    best: list[_Cand] = []
    spans: list[tuple[int, int]] = []  # chosen (start, end), disjoint and sorted: ends are sorted too
    for c in sorted(cands, key=lambda c: (-c.prio, -(c.end - c.start), c.start)):
        i = bisect_left(spans, (c.end, -1)) - 1  # the last chosen span that starts before c ends
        if i >= 0 and spans[i][1] > c.start:
            continue
        insort(spans, (c.start, c.end))
        best.append(c)
    return sorted(best, key=lambda c: c.start)


def actor_type(m: Mention) -> str:
    """person | org | state | group for an actor mention (its ``actor_type``; older rows: the evidence prefix).

    >>> actor_type(Mention.make("a", kind="actor", text="Hamas", start=0, end=5, actor_type="org"))
    'org'
    >>> actor_type(Mention.make("a", kind="actor", text="Hamas", start=0, end=5, evidence="org: dictionary: Hamas"))
    'org'
    """
    return m.actor_type or m.evidence.split(":", 1)[0]
