"""Titles and factions in phrases: title words, names, the regular expressions built from the dictionary, and
the faction a phrase or a title names ("Hamas spokesman" -> Hamas, "Russian Deputy Foreign Minister" -> Russia).

Example: ``faction_of("Egypt's foreign ministry")`` is 'Egypt'.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lib.extract.actors.dictionary import _tables, resolve
from lib.extract.keyed_alt import keyed_alternation

# Words that make up a title ("Deputy Foreign Minister", "secretary general", "senior member").
TITLE_WORDS = frozenset("""
minister prime foreign deputy president vice secretary secretary-general general spokesman spokeswoman
spokesperson leader official member senior chief head director director-general ambassador envoy negotiator
commander king emir crown prince adviser advisor security national executive committee political bureau
politburo chairman chairwoman chair speaker defense defence interior intelligence civilian civil affairs
for of state mediator representative delegate counterpart top former acting special coordinator
sheikh shaikh shaykh mufti sultan premier government cabinet justice finance relations international strategic
ministry office department council presidential co-ordinator coordinator cooperation expatriates
diplomat aide lawmaker legislator mayor governor commissioner rapporteur queen
lt col gen maj capt brig sgt lieutenant colonel major captain brigadier admiral rear
taoiseach tánaiste tanaiste
""".split())
# Titles that can stand alone before a name without a faction ("senior member Mussa Abu Marzouk").
HEAD_TITLES = frozenset("""minister president secretary secretary-general spokesman spokeswoman spokesperson
leader official member chief head director ambassador envoy negotiator commander king emir prince adviser
advisor chairman chairwoman speaker premier mediator representative coordinator co-ordinator counterpart
diplomat aide lawmaker legislator mayor governor commissioner rapporteur queen amir taoiseach tánaiste
tanaiste""".split())
# ('amir' is a head title only: as a name token it is a common first name, "Amir Ohana")
# Adjectives of rank a definite description may carry before or after its nationality ("the Russian top diplomat",
# "the top Iranian official")
RANK_ADJ = r"(?:top|senior|chief|leading)"
# Nouns for a definite description that can stand for a person already named ("the Egyptian official").
PERSON_NOUNS = ("official", "minister", "diplomat", "spokesman", "spokeswoman", "president", "leader",
                "envoy", "premier", "negotiator", "chief", "ambassador", "mediator")
# Nouns that make "<country's>|<adjective> X" an institution ("Egypt's foreign ministry").
ORG_NOUNS = ("foreign ministry", "foreign office", "ministry", "government", "presidency", "leadership", "delegation", "army",
             "military", "embassy", "cabinet", "intelligence", "authorities", "officials", "sources",
             "security forces", "armed forces", "mission", "directorate", "parliament", "council", "court",
             "security cabinet",
             # unnamed sources of a domain ("two Egyptian security sources said"): the nationality's faction
             "security sources", "security officials", "diplomatic sources", "government sources",
             "government officials", "intelligence sources", "military sources", "political sources",
             # the members of a group speaking together ("G7 foreign ministers", "EU leaders", "Hamas negotiators";
             # a portfolio may stand between: "GCC foreign ministers"); after an organisation's or a state's name
             # only, not after a nationality adjective ("Some Israeli ministers have called for ...": no body)
             "leaders", "ministers", "negotiators", "envoys")
MEMBER_NOUNS = frozenset(("leaders", "ministers", "negotiators", "envoys"))
# Portfolios of a state's body that may be written in lower case ("Egypt's interior ministry", "Turkey's
# communications directorate"); others only capitalised (a lower-case "health ministry" is often Gaza's own)
LOWER_PORTFOLIOS = frozenset(("foreign", "affairs", "defense", "defence", "interior", "finance", "justice",
                              "communications", "information", "national", "security", "supreme", "higher", "royal"))
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
               "special envoy", "foreign secretary", "defence minister", "defense minister", "minister", "pope",
               "pontiff", "spokesman", "spokeswoman", "spokesperson", "amir", "sultan")
# Spellings of one title ("HH the Amir" in a Qatari paper is the dictionary's "Emir of Qatar")
TITLE_SPELLINGS = {"amir": "emir"}
# Offices one person in the world holds on a given day: a bare title names its holder on the article's date even
# when no one was named before ("the Pope said") -- title -> (faction, the dictionary role it ends with)
UNIQUE_OFFICES = {"pope": ("Holy See", "pope"), "pontiff": ("Holy See", "pope")}
# Plural nouns after a list of nationalities ("Jordanian, Egyptian and US officials"): one joint actor.
GROUP_NOUNS = ("officials", "leaders", "ministers", "delegations", "delegates", "negotiators", "mediators",
               "representatives", "envoys", "diplomats", "governments", "sides")
NAME_STOP = frozenset("""The A An On In At For Of And But After Before When While As By From To With His Her Its Their
This That These Those Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Earlier Later Meanwhile However
Excellency Excellencies Highness Majesty Eminence Holiness Royal""".split())
# head words of a building, a road or an institution named after a person ("the King Hussein Bin Talal Convention
# Centre", "Queen Alia International Airport", "the Sheikh Zayed Mosque"): the phrase names a place, not the person
# (not words that are also surnames: Park, Hall, Street, Bridge, Tower ... "Defense Minister Park Min-jae")
FACILITY_WORDS = frozenset("""Convention Centre Center Palace Hospital Airport Airbase University Mosque Stadium Hotel
Highway Foundation Institute Library Museum Complex Academy College""".split())

# Letters of Latin names with diacritics count as letters ("Recep Tayyip Erdoğan", "Mevlüt Çavuşoğlu", "Ümit")
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LOW = "a-zß-öø-ÿā-ſ"
# (an apostrophe inside a name is a letter: "Nasser Kan'ani", "Moshe Ya'alon"; not "Iran's", "We're")
# (a Scottish or Irish patronymic keeps its inner capital: "McCormack", "MacDonald")
_TOKEN = (rf"(?!(?:Jr|Sr)\b)(?:(?:al|el|Al|El|bin|bint|ibn|Bin|Bint|Ibn|abu|Abu|de|van|von)[- ])?(?:Ma?c(?=[{_UP}][{_LOW}]))?[{_UP}][{_LOW}]+"
          rf"(?:['’](?!(?:s|re|ve|ll|d|t|m)\b)[{_LOW}]{{2,}})?(?:-[{_UP}]?[{_LOW}]+)*")
# Leading initials of a name, as South Asian and Malaysian papers print them ("A.K. Abdul Momen", "AK Abdul Momen",
# "S. Jaishankar"); not a dotted country ("U.S. President X") nor an acronym of a body ("UN", "EU", "PA")
_INITIALS = (r"(?<![\w.])(?:(?!(?:U\.S|U\.K|U\.N|E\.U)\.)[A-Z]\.(?: ?[A-Z]\.){0,2} ?"
             r"|(?!(?:UN|US|EU|UK|PA|PM|MP|AU|IS|TV|OK)\b)[A-Z]{2} (?=[A-Z][a-z]+ [A-Z]))")
# A generational suffix is part of the name ("Ferdinand Marcos Jr", "Pedro Laylo Jr"; its full stop is added to the
# resolved name, not to the span, which a sentence's full stop may share)
_SUFFIX = r"(?:,? (?:Jr|Sr)(?![\w'’-])| (?:II|III|IV)(?![\w'’-]))"
NAME = (rf"(?:(?:{_INITIALS}{_TOKEN}(?: {_TOKEN}){{0,2}}"
        rf"|{_TOKEN}(?: [A-Z]\.(?: ?[A-Z]\.)?| [A-Z]{{2}})?(?: {_TOKEN}){{1,3}}){_SUFFIX}?)")  # (middle initials: "Retno LP Marsudi")
# Words between an institution and its spokesperson ("the army's Arabic-language spokesman", "chief spokesman")
SPOKES_MODIFIER = r"(?:[A-Z][a-z]+-language|chief|deputy|main|official|international|foreign\s+media)"
# The domain of an unnamed official ("a senior Israeli security official", "an Egyptian foreign ministry source")
DOMAIN = (r"(?:security|defen[cs]e|military|army|intelligence|government|diplomatic|political|police|presidential|"
          r"cabinet|negotiating|(?:foreign\s+|defen[cs]e\s+|interior\s+)?ministry)")
# Honorifics that may stand between a title and a name ("Minister of Foreign Affairs Dr. X") or before a
# bare family name ("Mr Ban", "Sheikh Abdullah")
# ... and the honorifics of Malaysian, Iranian and Nigerian papers ("Datuk Seri Syed Hamid Albar", "Tan Sri X",
# "Seyed Abbas Araghchi", "Alhaji X", "Hon. X"), never part of the name
HONORIFIC = (r"(?:Dr|Mr|Mrs|Ms|Prof|Sheikh|Sheikha|Sheik|Shaikh|Shaikha|Shaykh|Shaykha|Sayyed|Sayed|Seyed|Seyyed|Rabbi|Imam|Gen|"
             r"Col|Sir|Dame|Lord|Baroness|Alhaji|Hon|Honourable|Honorable|Tun|(?:Tan|Puan)\s+Sri|"
             r"(?:Datuk|Dato['’]?|Datin)(?:\s+(?:Seri|Sri|Paduka))?)\.?")
# Abbreviated military ranks before a name ("IDF spokesman Lt. Col. Jonathan Conricus", "Brig. Gen. X")
RANKS = (r"(?:(?:Lt|Lieut|Col|Gen|Maj|Capt|Brig|Sgt|Adm|Cmdr|Cdr)\.(?: (?:Lt|Col|Gen|Maj|Brig|Adm|Cmdr)\.){0,2}"
         # ... and written out ("Brigadier General Yahya Saree", "Rear Admiral X", "Lieutenant Colonel Y")
         r"|(?:(?:Brigadier|Major|Lieutenant|Rear|Vice)[ -])?(?:General|Colonel|Admiral))")
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
parliament assembly shura
""".split())
_APOS = "['’]"
# the title of "<title>, <Name>" (``appos_name``): no stop character, 3 to 90 characters
APPOS_STOPS = ",;:“”\""
APPOS_TITLE = (3, 90)



def _word_rx(w: str) -> str:
    """A listed name as a pattern: any apostrophe for "'", any run of spaces for a space."""
    return re.escape(w).replace("'", _APOS).replace("\\ ", r"\s+")


def _alt(words) -> str:
    return "|".join(_word_rx(w) for w in sorted(set(words), key=len, reverse=True))


def _keyed(words) -> str:
    """``_alt(words)`` as a tree on leading words (``keyed_alt``): same matches where a non-word character follows."""
    return keyed_alternation(sorted(set(words), key=len, reverse=True), _word_rx)


@lru_cache(maxsize=1)
def _bare_title_rx() -> re.Pattern:
    """A bare title ("the Secretary said", "the prime minister added"), compiled once (was built and looked up in re's
    cache for every article)."""
    return re.compile(rf"(?<![\w-])(?P<det>[Tt]he)\s+(?P<title>(?i:{_alt(BARE_TITLES)}))(?![\w-])"
                      rf"(?!\s+(?:(?:of|for|to)\b|[A-Z]|{HONORIFIC}))")


# Regions and countries a title is posted to, written before it ("US Middle East envoy", "Russia's Syria envoy",
# "the State Department's top Middle East diplomat"): where, not whose
POSTING_REGIONS = (r"(?:Middle\s+East|Mideast|Gulf|Gaza|Syria|Iran|Yemen|Lebanon|Sudan|Libya|Iraq|Israel|Afghanistan|"
                   r"Red\s+Sea|Horn\s+of\s+Africa|Africa|Asia|Europe|Levant|Sahel|West\s+Bank|Jerusalem|Ukraine)")
# International bodies a diplomat is posted to, written between the owner and the title ("Russia's UN envoy", "Iran's
# IAEA envoy", "Turkey's EU envoy", "US NATO ambassador"): where, not whose. With no owner before them they are the
# diplomat's own ("UN envoy X"): the owner's pattern must match first.
POSTING_BODIES = (r"(?:UN|U\.N\.|United\s+Nations|IAEA|EU|European\s+Union|NATO|Arab\s+League|African\s+Union|AU|OIC|"
                  r"OPEC|WTO|Security\s+Council)")
# Diplomatic titles held at a post named after them ("ambassador to the UN", "envoy to Israel")
POSTED_TO = r"(?:ambassador|envoy|representative|delegate|emissary)"
# the words before the faction of an "unnamed" speaker: a determiner, then a modifier ("a senior Hamas official")
UNNAMED_OPENERS = ("a", "an", "the", "one", "another", "senior", "top", "high-ranking", "former", "leading", "prominent")


@lru_cache(maxsize=1)
def _patterns():
    alias_to, adjectives = _tables()
    groups = [a for a, e in alias_to.items() if e.type in ("org", "state")] + list(adjectives)
    fac = _keyed(groups)
    adjectives = list(adjectives)
    titles = keyed_alternation(sorted(TITLE_WORDS, key=len, reverse=True), str)  # (as trees: ``keyed_alt``)
    heads = keyed_alternation(sorted(HEAD_TITLES, key=len, reverse=True), str)
    # "Minister of Foreign Affairs and International Cooperation": a head title may take an "of ..." phrase
    words = keyed_alternation(sorted(TITLE_WORDS | PORTFOLIOS, key=len, reverse=True), str)
    # ... and name its body's faction: "Secretary-General of the PLO Executive Committee", "Speaker of the Iranian
    # parliament", "Minister of State for Foreign Affairs of Qatar"
    # ("Minister for Foreign Affairs", "state minister for foreign affairs": 'for' and a portfolio)
    of = rf"(?:\s+(?i:of|for)\s+(?:(?i:the)\s+)?(?:(?:{fac})\s+)?(?i:{words})(?:\s+(?:(?i:and)\s+)?(?i:{words})){{0,5}}" \
         rf"(?:(?<=\sof)\s+(?:(?i:the)\s+)?(?:{fac}))?)?"
    # "Special Envoy for Syria Geir Pedersen": a posted title names where, before the name
    posted = rf"(?:\s+for\s+(?:the\s+)?(?:{fac}))?"
    # (a region or country a title is posted to may qualify it: "US Middle East envoy", "Russia's Syria envoy")
    # (and a portfolio may stand before the head: "Ethiopia's Water Minister", "Qatari Commerce and Industry Minister")
    port = keyed_alternation(sorted(PORTFOLIOS, key=len, reverse=True), str)
    # ... and a diplomat's post after the title: "Jordan's ambassador to the UN Mahmoud Hmoud", "Egypt's envoy to Israel
    # X" (the post is where, the owner before the title whose; only diplomatic titles take it: "adviser to the
    # Palestinian President Mahmoud Abbas" is no title of Abbas)
    post = rf"(?i:{POSTED_TO})\s+to\s+(?:the\s+)?(?:{POSTING_BODIES}|{fac})"
    title = (rf"(?:(?:(?i:{titles})|{POSTING_REGIONS}|{POSTING_BODIES}|(?i:{port})(?:\s+(?i:and)\s+(?i:{port}))?)[ -]){{0,6}}"
             rf"(?:{post}|(?:(?i:{heads}){of}{posted})|(?i:secretary\s+of\s+state))")
    hon = rf"(?:{ADDRESS} )?(?:{RANKS} )?(?:{ADDRESS} )?(?:{HONORIFIC} ){{0,2}}"  # ("Secretary General His Eminence Sayyed X")
    portfolio = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" if w in LOWER_PORTFOLIOS else w.capitalize()
                         for w in sorted(PORTFOLIOS | LOWER_PORTFOLIOS, key=len, reverse=True))
    appos = (rf"(?:{ADDRESS} )?(?:(?i:ambassador|dr\.?|mr\.?|ms\.?|mrs\.?|sh(?:ei|ai|ay)kh|general) )?(?:{RANKS} )?"
             rf"(?P<name>{NAME})(?=[,.;]| who\b)")
    return {
        "dict": re.compile(rf"(?<![\w-])(?:{_keyed(alias_to)})(?![\w-])"),
        # "<faction|adjective> <title> <Name>"
        "fac_title_name": re.compile(
            rf"(?<![\w-])(?P<fac>{fac})(?:{_APOS}s?)?(?: \((?:[A-Z.]+)\))? (?P<title>{title}) {hon}(?P<name>{NAME})"),
        # "<title> <Name>" with no faction ("senior member Mussa Abu Marzouk")
        "title_name": re.compile(rf"(?<![\w-])(?P<title>{title}) {hon}(?P<name>{NAME})"),
        # "<Name>, <title words with an org> ," ("Hussein al-Sheikh, PLO secretary general,")
        "name_appos": re.compile(rf"(?P<name>{NAME}), (?P<title>[^,;:“”\"]{{3,90}}?)(?=[,;.])"),
        # "<title>, <Name>," ("his Israeli counterpart, Gabi Ashkenazi,")
        "appos_name": re.compile(rf"(?P<title>[^{APPOS_STOPS}]{{{APPOS_TITLE[0]},{APPOS_TITLE[1]}}}), {appos}"),
        # (where it may match: ", " before what may follow the comma; ``scan.comma_title_matches``)
        "appos_comma": re.compile(rf", (?={appos})"),
        # "<country's>|<adjective> foreign ministry" and the like
        # "a senior Hamas official", "Egyptian sources" style unnamed speakers (no name follows)
        "unnamed": re.compile(rf"(?<![\w-])(?:(?i:{'|'.join(UNNAMED_OPENERS[:5])})\s+)?"
                              rf"(?:(?i:{'|'.join(UNNAMED_OPENERS[5:])})\s+)?(?P<fac>{fac})(?:{_APOS}s)?\s+"
                              rf"(?:(?:{SPOKES_MODIFIER}|{DOMAIN})\s+)?"
                              rf"(?P<noun>{'|'.join(UNNAMED_NOUNS)})(?![\w-])(?!\s+{_TOKEN})"),
        # "an army spokesman", "the ministry's Arabic-language spokeswoman" (no name follows): the spokesperson of an
        # institution named before (its faction is inferred from it, ``references._infer_faction``)
        "body_spokes": re.compile(rf"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?P<body>{'|'.join(ANAPHORIC_BODIES)})(?:{_APOS}s)?\s+"
                                  rf"(?:{SPOKES_MODIFIER}\s+)?(?P<noun>spokes(?:man|woman|person))(?![\w-])"
                                  rf"(?!,?\s+(?:{HONORIFIC}\s+|{RANKS}\s+)?{_TOKEN})"),
        # ... with a portfolio between: "the Palestinian Health Ministry", "Egypt's Foreign Affairs Ministry"
        "org_phrase": re.compile(rf"(?<![\w-])(?P<fac>{fac})(?:{_APOS}s)? (?:(?:{portfolio})(?: (?:and )?(?:{portfolio})){{0,2}} )?"
                                 rf"(?P<noun>(?i:{_alt(ORG_NOUNS)}))(?![\w-])"
                                 r"(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}"
                                 # "Iran's mission to the United Nations": where the mission is posted
                                 r"|(?<=[Mm]ission)\s+to\s+the\s+(?:UN|U\.N\.|United\s+Nations)(?![\w-]))?"),
        # "the Egyptian official"
        # ... with a portfolio before the noun: "the Swiss foreign minister", "the Iranian defence minister"
        "description": re.compile(rf"(?<![\w-])(?i:the) (?:{RANK_ADJ} )?(?P<fac>{_keyed(adjectives)}) (?:{RANK_ADJ} )?"
                                  rf"(?P<portfolio>(?:(?:{_alt(LOWER_PORTFOLIOS)}) ){{1,2}}(?=minister))?"
                                  rf"(?P<noun>{'|'.join(PERSON_NOUNS)})(?![\w-])"),
        # "Russia's foreign minister" (no name): the person holding that role on the article date
        "role_desc": re.compile(rf"(?<![\w-])(?P<fac>{fac})(?:{_APOS}s)? (?P<title>(?i:{_alt(ROLE_TITLES)}))(?![\w-])(?! {_TOKEN})"),
        # "Saudi King Abdullah", "Qatar's Emir Sheikh Tamim bin Hamad": royal titles take one-word names
        "royal": re.compile(rf"(?<![\w-])(?P<fac>{fac})(?:{_APOS}s)?\s+(?P<title>King|Queen|Emir|Crown\s+Prince|Prince|"
                            rf"Princess|Sultan)\s+(?P<name>(?:Sh(?:ei|ai|ay)kh\s+)?[A-Z][a-z]+(?:\s+(?:(?:Al|al|El|el)-[A-Z][a-z]+|bin|ibn|Bin|Ibn|Al|al|II|III|[A-Z][a-z]+)){{0,4}})"),
        # "a Saudi delegation led by Nayef al-Sudairi"
        "led_by": re.compile(rf"(?<![\w-])(?:(?P<fac>{fac})(?:{_APOS}s)?\s+(?:[a-z-]+\s+){{0,2}}?(?i:delegation|team|"
                             rf"negotiators|mission)|(?i:delegation|team|mission)\s+(?:of|from)\s+(?:the\s+)?(?P<fac2>{fac}))"
                             rf"\s*,?\s+(?:led|headed|chaired)\s+by\s+{hon}(?P<name>{NAME})"),
        # "Jordanian, Egyptian, Palestinian, Israeli and US officials"
        "joint": re.compile(rf"(?<![\w-])(?P<list>(?:{_keyed(adjectives)})(?:,\s+(?:{_keyed(adjectives)}))*,?\s+and\s+"
                            rf"(?:{_keyed(adjectives)}))\s+(?P<noun>{'|'.join(GROUP_NOUNS)})(?![\w-])"),
        "adj": re.compile(rf"(?<![\w-])(?:{_keyed(adjectives)})(?![\w-])"),
        "fac": re.compile(rf"(?<![\w-])(?:{fac})(?![\w-])"),
    }


@lru_cache(maxsize=1)
def dictionary_scan():
    """``_patterns()['dict']`` tried only at words that start a dictionary name (``scan.WordKeyed``)."""
    from lib.extract.actors.scan import WordKeyed

    return WordKeyed(_patterns()["dict"], _tables()[0])


# the patterns whose every match starts with the faction alternation (``(?<![\w-])(?P<fac>...)`` followed by an
# apostrophe or a space, never by a word character): a match can only start at a word that starts a faction name
# (``title_name`` is keyed by its title words the same way: each is followed by a space, a hyphen or " of")
FACTION_FIRST = ("fac_title_name", "royal", "org_phrase", "role_desc")


@lru_cache(maxsize=1)
def faction_scans() -> dict:
    """{name: ``scan.WordKeyed``} for the ``FACTION_FIRST`` patterns: tried only at words that start one of the
    organisations, states or nationality adjectives of ``_patterns``' faction alternation (same matches as
    ``finditer``, ~3x faster), and for ``title_name``, at words that start a title."""
    from lib.extract.actors.scan import WordKeyed

    alias_to, adjectives = _tables()
    groups = [a for a, e in alias_to.items() if e.type in ("org", "state")] + list(adjectives)
    P = _patterns()
    out = {k: WordKeyed(P[k], groups) for k in FACTION_FIRST}
    # "<title> <Name>": a title starts with a title word or a head title (case-insensitive), or "secretary of state"
    out["title_name"] = WordKeyed(P["title_name"], [*TITLE_WORDS, *HEAD_TITLES, "secretary"], fold=True)
    # ... and those that may open with a case-insensitive word before the faction (lowercased: a superset)
    out["unnamed"] = WordKeyed(P["unnamed"], [*groups, *UNNAMED_OPENERS], fold=True)
    out["led_by"] = WordKeyed(P["led_by"], [*groups, "delegation", "team", "mission"], fold=True)
    return out


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
    >>> title_faction("Its representative at the UN"), title_faction("a spokesman at the Egyptian foreign ministry")
    ('', 'Egypt')
    """
    parts = re.split(r"\bto\b", title, maxsplit=1)
    head = parts[0]
    # "Its representative at the UN", "Morocco's ambassador at the United Nations": a posted title's 'at' is where
    # it serves too (a spokesman "at the foreign ministry" stays the ministry's)
    at = re.search(rf"(?i)\b(?:{POSTED}|delegate|observer)\s+at\b", head)
    head = head[:at.end() - 2] if at else head
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
    if len(toks) < 2 or any(t in NAME_STOP or t in FACILITY_WORDS or t.lower() in TITLE_WORDS for t in toks):
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


# a determiner opening a noun phrase inside the words before an appositive name ("... received at his office in
# Port Sudan today the Personal Envoy of the United Nations Secretary-General for Sudan, Mr. X")
_DETERMINER = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+")
_PREPOSITION_BEFORE = re.compile(r"(?i)(?<![\w-])(?:of|for|to|at|in|with|by|from|on|and|under|over)\s+$")


def _title_phrase(words: str) -> str:
    """The description before an appositive name, without the clause it ends: from the last determiner that opens a
    noun phrase (not one inside an 'of'/'to' phrase) and is followed by a head title; the words unchanged when there is
    none. The phrase's faction and role are then the title's, not those of a place or party named before it.

    >>> _title_phrase("at his office in Port Sudan today the Personal Envoy of the United Nations Secretary-General for Sudan")
    'the Personal Envoy of the United Nations Secretary-General for Sudan'
    >>> _title_phrase("an adviser to the Palestinian president"), _title_phrase("his Israeli counterpart")
    ('an adviser to the Palestinian president', 'his Israeli counterpart')
    >>> _title_phrase("Hamas's spokesman in the Gaza Strip"), _title_phrase("Egypt's foreign minister")
    ("Hamas's spokesman in the Gaza Strip", "Egypt's foreign minister")
    """
    for m in reversed(list(_DETERMINER.finditer(words))):
        if not words[:m.start()].strip():
            break
        if _PREPOSITION_BEFORE.search(words, 0, m.start()):
            continue  # ("the Personal Envoy of the United Nations ...": 'the' inside the title's 'of' phrase)
        if _has_title(words[m.start():]):
            return words[m.start():]
    return words


def _has_title(phrase: str) -> bool:
    return any(w.lower() in HEAD_TITLES for w in re.findall(r"[A-Za-z-]+", phrase))


def _clean_title(t: str) -> str:
    t = re.sub(r"^(?:(?i:his|her|their|the|a|an|of|for)\s+)", "", t.strip())  # ("on behalf of King X": 'King')
    t = re.sub(rf"(?:\s+{HONORIFIC})+$", "", t)  # "... Cooperation Sheikh" (Abdullah): the honorific is no title
    return re.sub(r"\s+", " ", t)


def _name_ok(name: str) -> bool:
    toks = name.split()
    return not any(t in NAME_STOP or t.lower() in TITLE_WORDS for t in toks)



# Government titles that, with no country named, belong to the article's own country (when it is unambiguous)
HOME_TITLES = ("minister", "prince", "king", "emir", "amir", "sultan", "crown prince", "cabinet secretary")
# ... and, in an outlet that speaks for its state (an agency, a ministry's site), a spokesperson or official of a body
# of no named country ("A foreign ministry spokesperson, X"); in a national paper at home only with the body first
# ("Presidential spokesman X" in a Korean paper): its "spokeswoman for the foreign ministry" may be the story's
SPEAKING_HOME_TITLES = ("ministry", "foreign office", "presidential", "presidency")  # ("Foreign Office Spokesperson X")
