"""Actors and factions: who is named in an article, resolved to a name, a faction and a date-bounded role.

Approach: candidates from three sources, in order of trust -- the dated actor dictionary (``dictionary``), titled
names in the text ("Hamas spokesman Hazem Qassem", ``titles``) and within-article coreference (a later surname,
"the Egyptian official", ``references``) -- the best non-overlapping ones become mentions. Bodies with no country
named take the article's own country (outlet, dateline). The rules are catalogued in docs/extraction-actors.md.

Example:
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Hamas spokesman Hazem Qassem said talks failed. Qassem added more.",
    ...                          published="2023-02-04")
    >>> [(m.text, m.value, m.faction) for m in find(doc) if m.value == "Hazem Qassem"]
    [('Hazem Qassem', 'Hazem Qassem', 'Hamas'), ('Qassem', 'Hazem Qassem', 'Hamas')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from lib.extract.actors.delegates import delegates
from lib.extract.actors.dictionary import (
    DATA,
    Entry,
    _Cand,
    _tables,
    canonical_faction,
    capitals,
    holder_of,
    load_entries,
    people_named,
    resolve,
)
from lib.extract.actors.forms import initialled, variant_entry
from lib.extract.actors.outlets import SPEAKING_KINDS, city_faction, dateline_city, outlet_home, outlet_state
from lib.extract.actors.references import (
    _anaphoric_body,
    _counterparts,
    _dictionary_surnames,
    _infer_faction,
    _members_of,
    _name_references,
    _non_overlapping,
    _reporting_forms,
    context_faction,
    lead_state,
)
from lib.extract.actors.scan import comma_title_matches
from lib.extract.actors.titles import (
    _APOS,
    APPOS_STOPS,
    APPOS_TITLE,
    HEAD_TITLES,
    HOME_TITLES,
    HONORIFIC,
    MEMBER_NOUNS,
    NAME,
    NAME_STOP,
    PERSON_NOUNS,
    POSSESSED,
    POSTING_BODIES,
    TITLE_SPELLINGS,
    TITLE_WORDS,
    UNIQUE_OFFICES,
    _bare_title_rx,
    _clean_title,
    _group_faction,
    _has_title,
    _patterns,
    _principal_faction,
    _title_phrase,
    _trim_name,
    dictionary_scan,
    faction_of,
    faction_scans,
    title_faction,
)
from lib.extract.spanindex import Enclosing
from lib.models import Document, Mention

__all__ = ["ACTOR_TYPES", "DATA", "HEAD_TITLES", "HOME_TITLES", "MENTION_TYPES", "NAME", "NAME_STOP", "TITLE_WORDS",
           "Entry", "_principal_faction", "actor_type", "dateline_country", "faction_of", "find", "holder_of",
           "home_country", "load_entries", "resolve", "title_faction"]

ACTOR_TYPES = ("person", "org", "state", "adjective")  # dictionary types
# Body nouns that end many dictionary names ("... Security Council", "... Intelligence Directorate"): the dictionary's
NAMED_BODIES = frozenset(("directorate", "parliament", "council", "court", "security cabinet"))
MENTION_TYPES = ("person", "org", "state", "group")  # Mention.actor_type

# Bodies named without their country ("The Ministry of Foreign Affairs said", "The army said"); not followed by
# "of <the country>"
UNOWNED_BODY = re.compile(
    r"(?<![\w-])[Tt]he\s+(?P<body>(?P<army>army|military|armed\s+forces|Army|Armed\s+Forces)|Ministry\s+of\s+"
    r"(?:Foreign\s+Affairs|[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})|(?:Foreign|Interior|Defen[cs]e)\s+Ministry|"
    r"(?:[Ff]oreign|[Ii]nterior|[Dd]efen[cs]e)\s+[Mm]inistry)(?![\w-])")
# A named armed group the dictionary does not know is its own faction: "the paramilitary Rapid Support Forces
# (RSF)", "the rebel group Ahrar al-Sham", "a militia called Liwa Abu al-Fadl"
ARMED_GROUP = re.compile(
    r"(?<![\w-])(?:paramilitary|militia|rebel\s+group|armed\s+group|insurgent\s+group|militant\s+group|rebel\s+force|"
    r"rebel\s+movement)\s+(?:(?:group|force|movement)\s+)?(?:(?:known\s+as|called|named)\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:of|for|al|el|the)[\s-]+)?[A-Z][\w'’-]+){0,5})(?:\s+\((?P<abbr>[A-Z][A-Za-z-]{1,8})\))?")
# An unnamed source or official placed in a body ("An official source at the Ministry of Foreign Affairs", "a source
# in the Egyptian presidency"): the body's faction
SOURCE_AT = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne)\s+(?:(?:official|senior|informed|responsible|high-ranking|"
                       r"diplomatic|security)\s+)?(?P<noun>source|official|spokes(?:man|woman|person))\s+(?:at|in|from|"
                       r"close\s+to)\s+")
# States that are kingdoms: "The Kingdom" of a text is one of them
KINGDOMS = frozenset({"Jordan", "Saudi Arabia", "Morocco", "Bahrain", "United Kingdom", "Spain", "Norway"})
# Bare titles that, with no holder named before, are the office of the article's own country (``home_country``)
HOME_OFFICES = frozenset({"crown prince", "king", "emir", "sultan", "president", "prime minister", "foreign minister"})
# An aide's title before the office it serves ("Advisor to the Prime Minister", "spokesman for the President")
AIDE_TO = re.compile(r"(?i)(?<![\w-])(?:advis[eo]r|aide|spokes(?:man|woman|person)|assistant|counsell?or|envoy)\s+"
                     r"(?:to|for|of)\s+$")
# Words that make the name after them an object ("met with his Egyptian counterpart X", "received Foreign Minister X")
OBJECT_BEFORE = re.compile(r"(?<![\w-])(?:with|met|meets|meeting|received|receives|receiving|hosted|hosts|hosting|"
                           r"phoned|called|told|thanked|invited|visited|urged)\s+(?:(?:his|her|their|the|its)\s+)?"
                           r"(?:[A-Za-z'’.-]+\s+){0,4}$")
# Outlets that speak for their country (news agencies, ministries, information services)
OFFICIAL_OUTLET = re.compile(r"(?i)\b(?:agency|ministry|information|press|service|office|government|presidency|"
                             r"spokes(?:person|man|woman)|embassy|mission)\b")


@lru_cache(maxsize=1024)
def _title_rx(title: str) -> re.Pattern:
    """A bare title as a whole word (compiled once per title)."""
    return re.compile(rf"(?<![\w-]){re.escape(title)}(?![\w-])")


def dateline_country(doc: Document) -> str:
    """The faction of the country of the dateline city ("RIYADH, ... (SPA) --" -> Saudi Arabia), or ''.

    >>> from lib.extract.document import document_from_text
    >>> dateline_country(document_from_text("a", "Jeddah (Saudi Arabia) (AFP) - Talks began."))
    'Saudi Arabia'
    >>> dateline_country(document_from_text("a", "Talks began in Jeddah (AFP) on Monday."))
    ''
    """
    return city_faction(dateline_city(doc, credited=True))


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
    >>> home_country(document_from_text("a", "Talks began.", outlet="Jordan Times", title="Jordan summons Israeli envoy"))
    'Jordan'
    """
    listed, kind = outlet_state(doc.outlet or "")  # a listed outlet: its state (none if international) and kind
    outlet = listed if kind else faction_of(doc.outlet) if doc.outlet else ""
    official = kind in SPEAKING_KINDS if kind else bool(OFFICIAL_OUTLET.search(doc.outlet or ""))
    heads = headline_factions(doc)
    if outlet and (official or (heads and all(f == outlet for f in heads))):
        return outlet  # a national agency or ministry; a paper only when its headline is about its own country
    dl = dateline_country(doc)
    if dl and all(f == dl for f in heads):
        return dl
    # "DAMASCUS (SANA) --" under "Syria: …" / "Syria rejects …": a headline that opens with the dateline's country
    # (or with the outlet's own: "Jordan summons Israeli envoy" in a Jordanian paper)
    opener = next(iter(_patterns()["fac"].finditer(doc.title or "")), None)
    for own in (dl, outlet):
        if own and heads and heads[0] == own and opener is not None and opener.start() == 0 \
                and _group_faction(opener.group(0)) == own:
            return own
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


@lru_cache(maxsize=1)
def _capital_subject() -> re.Pattern:
    """A capital as the subject of a reporting verb, with auxiliaries and adverbs between ("Washington has said")."""
    caps = "|".join(sorted(map(re.escape, capitals()), key=len, reverse=True))
    verbs = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_reporting_forms(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?<!\bin\s)(?<!\bto\s)(?<!\bfrom\s)(?P<cap>{caps})\s+(?:(?:also|has|have|had|again|"
                      rf"later|repeatedly|previously|officially|publicly|on\s+[A-Z][a-z]+day|[a-z]+ly)\s+)*"
                      rf"(?:{verbs})(?![\w-])")


@lru_cache(maxsize=1)
def _reported_clause_opening() -> re.Pattern:
    """The end of a reporting verb or a 'that' opening a reported clause, right before a position."""
    verbs = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_reporting_forms(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:that|{verbs})\s+$")


# Before a capital that is a place ("in Cairo", "talks between Cairo and Doha", "the Saudi capital Riyadh")
PLACE_BEFORE = re.compile(r"(?<![\w-])(?:in|to|from|between|capital|city)\s+$")


def _capital_subjects(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """Capitals that speak for their government ("Washington has said it will not ...", "Cairo warned"): the
    capital's faction (``lib/data/seats_of_government.csv``), only as the subject of a reporting verb.

    >>> [(c.value, c.faction) for c in _capital_subjects("Cairo warned that talks would fail.", [])]
    [('Cairo', 'Egypt')]
    >>> _capital_subjects("Talks in Cairo said nothing new.", []), _capital_subjects("Egypt said Cairo warned X.", [])
    ([], [])
    >>> [c.faction for c in _capital_subjects("Riyadh and Tehran said they had agreed.", [])]
    ['Saudi Arabia', 'Iran']
    >>> _capital_subjects("Leaders meeting in the Saudi capital Riyadh have rejected the plan.", [])
    []
    >>> [c.value for c in _capital_subjects("In a statement issued in Beijing, Riyadh and Tehran said so.", [])]
    ['Riyadh', 'Tehran']
    """
    out = []
    caps = "|".join(sorted(map(re.escape, capitals()), key=len, reverse=True))
    for m in _capital_subject().finditer(text):
        spans = [m.span("cap")]
        # capitals listed before it share the verb ("Riyadh and Tehran said", "Cairo, Doha and Washington said"); a
        # comma joins only a list that ends in 'and' ("issued in Beijing, Riyadh and Tehran said": not Beijing)
        while (before := re.search(rf"(?<![\w-])(?P<cap>{caps})(?P<join>\s*,\s*(?:and\s+)?|\s+and\s+)$",
                                   text[max(0, spans[0][0] - 40):spans[0][0]])) is not None:
            off = max(0, spans[0][0] - 40)
            x = off + before.start("cap")
            if "and" not in before["join"] and (len(spans) == 1 or PLACE_BEFORE.search(text, max(0, x - 10), x)):
                break
            spans.insert(0, (x, off + before.end("cap")))
        a = spans[0][0]
        if _reported_clause_opening().search(text, max(0, a - 40), a) or PLACE_BEFORE.search(text, max(0, a - 10), a):
            continue  # "the ministry said that Cairo warned ...": the ministry speaks, the capital is its content
        for x, y in spans:
            if not any(c.start < y and x < c.end for c in chosen):
                out.append(_Cand(x, y, text[x:y], "state", capitals()[text[x:y]], "", f"capital as speaker: {m.group(0)}", 1))
    return out


def _the_kingdom(doc: Document, chosen: list[_Cand], home: str) -> list[_Cand]:
    """"The Kingdom" (a capital K, no "of" after it) as the kingdom the text is about: the article's own country
    when it is one (a ministry's or an agency's release), else the kingdom named most before it (states, bodies and
    people of it; the last named of a tie).

    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Morocco condemned the raid. The Kingdom calls for calm.")
    >>> [(doc_text, c.faction) for c in _the_kingdom(d, [_Cand(0, 7, "Morocco", "state", "Morocco", "", "", 1)], "")
    ...  for doc_text in [d.text[c.start:c.end]]]
    [('The Kingdom', 'Morocco')]
    >>> t = "Leaders of Saudi Arabia, Bahrain and Qatar met. The Saudi crown prince hosted them. The Kingdom said."
    >>> d = document_from_text("a", t)
    >>> cs = [_Cand(t.index(w), t.index(w) + len(w), w, k, f, "", "", 1) for w, k, f in (("Saudi Arabia", "state",
    ...       "Saudi Arabia"), ("Bahrain", "state", "Bahrain"), ("Saudi crown prince", "person", "Saudi Arabia"))]
    >>> [c.faction for c in _the_kingdom(d, cs, "")]
    ['Saudi Arabia']
    """
    out = []
    for m in re.finditer(r"(?<![\w-])[Tt]he\s+Kingdom(?![\w-])(?!\s+of\b)", doc.text):
        if any(c.start < m.end() and m.start() < c.end for c in chosen) or \
                re.search(r"(?<![\w-])that\s+$", doc.text[max(0, m.start() - 10):m.start()]):
            continue  # (after 'that', "Safadi said in a statement that the Kingdom rejected ...", it is the content)
        # (the kingdom named most before it, its people and royals counted, the last of a tie: in a story about
        # the Saudi-hosted summit a passing "Bahrain" in a list is not "the Kingdom" the Amir visits)
        named = [c.faction for c in chosen if c.end <= m.start() and c.faction in KINGDOMS]
        fac = home if home in KINGDOMS else max(reversed(named), key=named.count) if named else ""
        if fac:
            out.append(_Cand(m.start(), m.end(), fac, "state", fac, "", f"the kingdom: {fac}", 1))
    return out


def _unowned_bodies(doc: Document, chosen: list[_Cand], home: str) -> list[_Cand]:
    """Bodies named without a country ("The Ministry of Foreign Affairs", "the army") that are not anaphors of a
    body named earlier with its country: a ministry belongs to the article's own country (``home``, the
    ``home_country``), an army to the one faction the headline names (the country at war), else to the home country."""
    heads = headline_factions(doc)
    army_of = heads[0] if len(heads) == 1 else home
    out = []
    for m in UNOWNED_BODY.finditer(doc.text):
        if any(c.start < m.end() and m.start() < c.end for c in chosen):
            continue
        # (its abbreviation may stand between: "The Ministry of Foreign Affairs (MoFA) of Ethiopia")
        of = re.match(r"(?:\s*\([A-Za-z]{2,8}\))?\s+of\s+(?:the\s+)?", doc.text[m.end():m.end() + 24])
        owner = [c for c in chosen if of and c.start == m.end() + of.end() and c.faction and c.type in ("state", "org")]
        if owner:  # "the Ministry of Foreign Affairs of the Sultanate of Oman": that country's ministry
            out.append(_Cand(m.start(), owner[0].end, re.sub(r"\s+", " ", doc.text[m.start():owner[0].end]), "org",
                             owner[0].faction, "", f"pattern: {doc.text[m.start():owner[0].end]}", 2))
            continue
        seat = re.match(rf"\s+in\s+({'|'.join(map(re.escape, capitals()))})(?![\w-])", doc.text[m.end():m.end() + 30])
        if seat:  # "The foreign ministry in Doha": the ministry of the capital's country
            end = m.end() + seat.end()
            out.append(_Cand(m.start(), end, re.sub(r"\s+", " ", doc.text[m.start():end]), "org",
                             capitals()[seat[1]], "", f"pattern: {doc.text[m.start():end]}", 2))
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
    scans = faction_scans()  # (= P[name].finditer for the patterns that start with a faction name)
    alias_to, _ = _tables()
    cands: list[_Cand] = []

    def person(start, end, name, faction, role, evidence, prio, generic=False):
        e = resolve(name, day)
        if e is None and (h := re.match(rf"(?:{HONORIFIC})\s+(?=\S+\s+\S)", name)) is not None:
            # "Sayyed Abdulmalik Badreddin al-Houthi": a form of address the name pattern kept is no part of the name
            e = resolve(name[h.end():], day)
        both = people_named(name, day) if not (faction and prio >= 4) else ()
        if len(both) > 1:  # "King Abdullah" in 2010: Jordan's or Saudi Arabia's, as the article's words say
            pick = context_faction(text, start, end, [x.faction for x in both])
            e = next((x for x in both if x.faction == pick), None)
            if e is None:
                cands.append(_Cand(start, end, re.sub(r"\s+", " ", name), "person", "", "",
                                   f"{evidence}; ambiguous on the date", prio))
                return
        e = e or variant_entry(name, day)  # "Antony J. Blinken", "Lord Cameron": the dictionary's (``forms``)
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

    def posted(m) -> bool:
        # "Its UN ambassador Vassily Nebenzya": a body a diplomat serves at, before the title, yields to the side the
        # dictionary gives the person ("UN envoy X" whom it does not know stays the body's)
        return re.fullmatch(POSTING_BODIES, m["fac"]) is not None and re.search(
            r"(?i)\b(?:ambassador|envoy|representative|delegate|emissary)\b", m["title"]) is not None

    titled_spans = []  # "Israeli minister of military affairs Yoav Gallant": no unnamed "Israeli minister" inside
    for m in scans["fac_title_name"].finditer(text):
        named(m, _group_faction(m["fac"]), m["title"], f"pattern: {m.group(0)}", 5, generic(m) or posted(m))
        titled_spans.append(m.span())
    for m in scans["royal"].finditer(text):  # "Saudi King Abdullah", "Qatar's Emir Sheikh Tamim"
        person(m.start("name"), m.end("name"), m["name"], _group_faction(m["fac"]), m["title"],
               f"pattern: {m.group(0)}", 5, generic(m))
    for m in scans["title_name"].finditer(text):
        # "Secretary-General of the PLO Executive Committee X": the body of an 'of' phrase is the faction
        of_body = re.search(r"(?i)\bof\b.*", m["title"])
        # ... and a title only one state's office holders bear is that state ("Taoiseach X", "Tanaiste X")
        named(m, title_faction(of_body.group(0)) if of_body else _group_faction(m["title"].strip()), m["title"],
              f"pattern: {m.group(0)}", 3)
    for m in scans["led_by"].finditer(text):  # "a Saudi delegation led by X", "the delegation of Hamas headed by Mr. X"
        fac = m["fac"] or m["fac2"]
        named(m, _group_faction(fac), "", f"pattern: {m.group(0)}", 4, re.sub(r"\s+", " ", fac).startswith("Palestinian"))
    for m in P["name_appos"].finditer(text):
        own = P["fac_title_name"].match(m["title"]) or P["title_name"].match(m["title"])
        if own and _trim_name(own.start("name"), own["name"]) is not None:
            continue  # "Speaking to the Daily Courier, Jordanian Foreign Minister X said": a title and a name of its own
        fac = title_faction(m["title"]) or _principal_faction(m["title"], day)
        first = (m["title"].split() or [""])[0]  # a title of only spaces and line breaks names nothing
        if first and ((fac or _anaphoric_body(m["title"])) and _has_title(m["title"])
                and (first[0].isupper() or first.lower() in TITLE_WORDS or first.lower() in ("the", "a", "an"))):
            named(m, fac, m["title"], f"pattern: {m.group(0)}", 4)
    for m in comma_title_matches(P["appos_name"], P["appos_comma"], text, APPOS_STOPS, *APPOS_TITLE):
        tail = re.split(r"[.;:!?]|\band\b(?!(?:\s+[A-Z][a-z]+)+\s*$)|\b(?:with|by|from|met|received|told)\b|"
                        r"(?<!envoy )(?<!ambassador )(?<!adviser )(?<!advisor )(?<!representative )\bto\b",
                        m["title"])[-1]
        tail = _title_phrase(tail)  # ("... in Port Sudan today the Personal Envoy of the UN Secretary-General, X")
        if _has_title(tail):
            named(m, title_faction(tail) or _principal_faction(tail, day), tail, f"pattern: {tail.strip()}, {m['name']}", 4)
    for m in P["joint"].finditer(text):
        facs = [_group_faction(a) for a in P["adj"].findall(m["list"])]
        facs = list(dict.fromkeys(f for f in facs if f))
        if len(facs) > 1:
            cands.append(_Cand(m.start(), m.end(), re.sub(r"\s+", " ", m.group(0)), "group", "; ".join(facs), "",
                               f"joint: {m.group(0)}", 3))
    for m in dictionary_scan().finditer(text):  # (= P["dict"].finditer(text))
        e = alias_to[re.sub(r"\s+", " ", m.group(0).replace("’", "'"))]
        if e.type == "person":
            person(m.start(), m.end(), m.group(0), e.faction, "", f"dictionary: {m.group(0)}", 2)
        else:
            cands.append(_Cand(m.start(), m.end(), e.name, e.type, e.faction, "", f"dictionary: {m.group(0)}", 1))
    in_dictionary = Enclosing((c.start, c.end) for c in cands if c.evidence.startswith("dictionary")).any
    for m in scans["org_phrase"].finditer(text):
        if m["noun"].lower() in NAMED_BODIES and re.sub(r"\s+", " ", m.group(0)) in _tables()[0]:
            continue  # a dictionary name ("United Nations Security Council"): the dictionary's entry
        if in_dictionary(m.start(), m.end()):
            continue  # inside a longer dictionary name ("Free Syrian Army" is not the Syrian army)
        if m["noun"].lower().split()[-1] in MEMBER_NOUNS and re.sub(r"\s+", " ", m["fac"]) not in alias_to:
            continue  # "Israeli ministers": members of a group after its name only ("Hamas leaders", "G7 ministers")
        fac = _group_faction(m["fac"])
        cands.append(_Cand(m.start(), m.end(), re.sub(r"\s+", " ", m.group(0)), "org", fac, "",
                           f"pattern: {m.group(0)}", 2))

    cands.extend(delegates(text, day))  # "FU CONG (China) said": the speaker lines of meeting coverage
    cands.extend(initialled(text, day))  # "Retno LP Marsudi said": a dictionary name with middle initials
    adjectives = _tables()[1]
    for m in scans["unnamed"].finditer(text):
        if any(a <= m.start() and m.end() <= b for a, b in titled_spans):
            continue
        if m.group(0)[:4].lower() == "the " and re.sub(r"\s+", " ", m["fac"]) in adjectives:
            continue  # "the Egyptian official" is a definite description: resolved below
        if re.fullmatch(rf"(?i:the)\s+{re.escape(m['fac'])}\s+(?:{'|'.join(PERSON_NOUNS)})", m.group(0)):
            # "the Hezbollah leader" after "Hezbollah Secretary-General Hassan Nasrallah": the same person
            fac = _group_faction(m["fac"])
            before = [c for c in cands if c.type == "person" and c.faction == fac and c.end <= m.start()
                      and not c.evidence.startswith(("unnamed", "description", "office holder"))]
            if fac and before:
                ref = max(before, key=lambda c: c.start)
                cands.append(_Cand(m.start(), m.end(), ref.value, "person", fac, ref.role,
                                   f"description '{m.group(0)}' -> {ref.value}", 3))
                continue
        value = re.sub(r"^(?i:a|an|the|one|another)\s+", "", re.sub(r"\s+", " ", m.group(0)))
        fac = _group_faction(m["fac"])
        if re.fullmatch(rf"(?:(?i:the)\s+)?{re.escape(m['fac'])}\S*\s+{m['noun']}", m.group(0)) and not \
                re.match(r",\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]+", text[m.end():m.end() + 60]):
            # (a name in apposition is the person: "Egypt's spokesman, Ambassador Ahmed Hafez,")
            # a bare or definite office ("IDF spokesman: …", "Qatar's spokesman said") is its one holder on the
            # article's date, if the dated roles know a single one; "a (senior) Hamas spokesman" stays unnamed
            fac_word = re.sub(r"\s+", " ", m["fac"])
            holder = holder_of(fac, f"{fac_word} {m['noun']}", day) or holder_of(fac, m["noun"], day)
            if holder is not None:
                cands.append(_Cand(m.start(), m.end(), holder.name, "person", holder.faction, holder.role,
                                   f"office holder on {day}: {m.group(0)}", 2))
                continue
        cands.append(_Cand(m.start(), m.end(), value, "person", fac, m["noun"], f"unnamed: {m.group(0)}", 2))
    for m in P["body_spokes"].finditer(text):  # "an army spokesman": faction from the army named before (below)
        if re.search(r"[A-Z][\w'’.-]*,\s*$", text[max(0, m.start() - 40):m.start()]):
            continue  # "Lt Col Peter Lerner, an army spokesman": the appositive of a name, not another speaker
        noun = re.sub(r"\s+", " ", m.group(0).split(None, 1)[1])
        cands.append(_Cand(m.start(), m.end(), noun, "person", "", f"{m['body']} {m['noun']}",
                           f"unnamed: {m.group(0)}", 2))
    for m in scans["role_desc"].finditer(text):
        holder = holder_of(_group_faction(m["fac"]), m["title"], day)
        if holder is not None:
            cands.append(_Cand(m.start(), m.end(), holder.name, "person", holder.faction, holder.role,
                               f"office holder on {day or 'unknown date'}: {m.group(0)}", 6))

    chosen = _non_overlapping(cands)
    cands.extend(_armed_groups(text, chosen))
    cands.extend(_members_of(text, chosen, day))  # "X of the Y group": a member of a named group
    speaking = home_country(doc)  # (an outlet that speaks for its state, or a story about the outlet's own country)
    cands.extend(_unowned_bodies(doc, chosen, speaking))
    cands.extend(_capital_subjects(text, chosen))
    cands.extend(_the_kingdom(doc, chosen, speaking))
    chosen = _non_overlapping(cands)
    home = speaking or lead_state(doc) or outlet_home(doc)
    own = bool(home) and home == outlet_home(doc)  # (a national paper at home: "Foreign Ministry spokesperson X")
    inferred = {id(c): _infer_faction(doc, c, chosen, P, home, bool(speaking), own)
                for c in chosen if c.type == "person" and not c.faction}
    cands = [inferred.get(id(c), c) for c in cands]
    chosen = [inferred.get(id(c), c) for c in chosen]
    # later references to people named earlier in the article: the surname anywhere, any other token of the
    # full name (family name first: "Wang" for Wang Yi, "Mr Ban" for Ban Ki-moon) after an honorific or
    # before a verb, and a leading part of the name ("Sheikh Abdullah bin Zayed")
    cands.extend(_name_references(text, chosen))
    chosen = _non_overlapping(cands)
    cands.extend(_dictionary_surnames(text, chosen, day))  # "President Bush said": never named in full
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
    # "an official source at the Ministry of Foreign Affairs": an unnamed person of the body after it
    for m in SOURCE_AT.finditer(text):
        body = next((i for i, c in enumerate(chosen) if c.type in ("org", "state") and c.faction
                     and m.end() <= c.start <= m.end() + 4 and re.fullmatch(r"(?:the\s+)?", text[m.end():c.start])), None)
        if body is not None and not any(c.start < m.end() and m.start() < c.end for c in chosen):
            c = chosen[body]
            words = re.sub(r"\s+", " ", text[m.start():c.end])
            chosen[body] = _Cand(m.start(), c.end, re.sub(r"^(?i:an?|the)\s+", "", words), "person", c.faction,
                                 m["noun"], f"unnamed: {words}", c.prio)
    # definite descriptions: "the Egyptian official" -> the last person of that faction
    for m in P["description"].finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in chosen):
            continue
        fac = _group_faction(m["fac"])
        office = re.sub(r"\s+", " ", f"{m['portfolio'] or ''}{m['noun']}")  # "foreign minister": that office's holder
        before = [c for c in chosen if c.type == "person" and c.faction == fac and c.end <= m.start()
                  and (not m["portfolio"] or office in (c.role or "").lower())]
        if before:
            ref = max(before, key=lambda c: c.start)
            chosen.append(_Cand(m.start(), m.end(), ref.value, "person", fac, ref.role,
                                f"description '{m.group(0)}' -> {ref.value}", 0))
        else:
            chosen.append(_Cand(m.start(), m.end(), f"{m['fac']} {office}", "person", fac, office,
                                f"description '{m.group(0)}'", 0))
    # a bare title ("the Secretary said", "the prime minister added"): the last person holding that title
    for m in _bare_title_rx().finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in chosen) or \
                AIDE_TO.search(text, max(0, m.start() - 40), m.start()):
            continue  # (the office an aide serves, "Advisor to the Prime Minister and Spokesperson X", is no speaker)
        t = re.sub(r"\s+", " ", m["title"].lower())
        t = TITLE_SPELLINGS.get(t, t)

        def holds(role: str, t: str = UNIQUE_OFFICES.get(t, ("", t))[1]) -> bool:
            role = role.lower()
            return bool(_title_rx(t).search(role.replace("-", " ") if "-" not in t else role)) and \
                not re.search(r"\b(?:vice|deputy|assistant|under)\b", role)

        # the text's title, else the dictionary's role on the date ("Prince Mohammed bin Salman": crown prince)
        # (the latest such person, the first listed of a tie: tried latest first, stopping at the first who holds it)
        people = sorted((c for c in chosen if c.type == "person" and c.end <= m.start()), key=lambda c: -c.start)
        holders = (c for c in people if holds(c.role or "") or holds(getattr(resolve(c.value, day), "role", "")))
        first = next(holders, None)
        # a holder named as the object of a meeting ("Bourita told a press conference with his Slovenian counterpart
        # X. The Minister stressed ...") gives way to the holder named before, who is the one speaking
        ref = first if first is None or not OBJECT_BEFORE.search(text, max(0, first.start - 60), first.start) \
            else next(holders, first)
        if ref is not None:
            surface = re.sub(r"\s+", " ", text[ref.start:ref.end])  # (the text's spelling, for the speaker's name)
            spelled = "" if surface.split()[-1].lower() in ref.value.lower() else f" (as {surface})"
            chosen.append(_Cand(m.start(), m.end(), ref.value, "person", ref.faction, ref.role,
                                f"title '{m.group(0)}' -> {ref.value}{spelled}", 0))
        elif t in UNIQUE_OFFICES and (holder := holder_of(*UNIQUE_OFFICES[t], day)) is not None:
            chosen.append(_Cand(m.start(), m.end(), holder.name, "person", holder.faction, holder.role,
                                f"title '{m.group(0)}' of its one holder on the date -> {holder.name}", 0))
        elif home and t in HOME_OFFICES and (holder := holder_of(home, t, day)) is not None:
            # no holder named before: the office of the article's own country ("the Crown Prince" in a Saudi
            # agency's report), when the dated roles know its one holder
            chosen.append(_Cand(m.start(), m.end(), holder.name, "person", holder.faction, holder.role,
                                f"title '{m.group(0)}' of the article's country -> {holder.name}", 0))
    chosen.extend(_counterparts(text, chosen, day))
    chosen.sort(key=lambda c: c.start)
    out = []
    for c in chosen:
        s = doc.sentence_at(c.start)
        out.append(Mention.make(doc.article_id, kind="actor", text=text[c.start:c.end], start=c.start, end=c.end,
                                value=c.value, faction=canonical_faction(c.faction), role=c.role, actor_type=c.type,
                                evidence=c.evidence[:300], sentence=s.text if s else "",
                                sentence_start=s.start if s else 0, sentence_end=s.end if s else 0,
                                region=s.region if s else "body"))
    return out



def actor_type(m: Mention) -> str:
    """person | org | state | group for an actor mention (its ``actor_type``; older rows: the evidence prefix).

    >>> actor_type(Mention.make("a", kind="actor", text="Hamas", start=0, end=5, actor_type="org"))
    'org'
    >>> actor_type(Mention.make("a", kind="actor", text="Hamas", start=0, end=5, evidence="org: dictionary: Hamas"))
    'org'
    """
    return m.actor_type or m.evidence.split(":", 1)[0]
