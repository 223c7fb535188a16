"""Actors and factions: who is named in an article, resolved to a name, a faction and a date-bounded role.

Approach: candidates from three sources, in order of trust -- the dated actor dictionary (``dictionary``), titled
names in the text ("Hamas spokesman Hazem Qassem", ``titles``) and within-article coreference (a later surname,
"the Egyptian official", ``references``) -- the best non-overlapping ones become mentions. Bodies with no country
named take the article's own country (outlet, dateline). The rules are catalogued in docs/extraction-actors.md.

Modules: ``dictionary`` (the dated names), ``titles`` (titled names and faction words), ``references`` (later
mentions), ``home`` (the article's own country), ``bodies`` (unowned bodies, capitals, "the Kingdom"), ``groups``
(named groups outside the dictionary), ``descriptions`` (speakers named by what they are, resolved last); this
module runs them in order (``find``).

Example:
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Hamas spokesman Hazem Qassem said talks failed. Qassem added more.",
    ...                          published="2023-02-04")
    >>> [(m.text, m.value, m.faction) for m in find(doc) if m.value == "Hazem Qassem"]
    [('Hazem Qassem', 'Hazem Qassem', 'Hamas'), ('Qassem', 'Hazem Qassem', 'Hamas')]
"""
from __future__ import annotations

import re

from lib.extract.actors.bodies import _capital_subjects, _the_kingdom, _unowned_bodies
from lib.extract.actors.delegates import delegates
from lib.extract.actors.descriptions import bare_titles, definite_descriptions, possessed_bodies, sources_at
from lib.extract.actors.dictionary import (
    DATA,
    Entry,
    _Cand,
    _tables,
    canonical_faction,
    holder_of,
    load_entries,
    people_named,
    resolve,
)
from lib.extract.actors.forms import initialled, variant_entry
from lib.extract.actors.groups import _armed_groups, apposed_group, group_members, named_groups, party_members
from lib.extract.actors.home import dateline_country, home_country
from lib.extract.actors.officers import officers
from lib.extract.actors.outlets import outlet_home
from lib.extract.actors.references import (
    _anaphoric_body,
    _counterparts,
    _dictionary_surnames,
    _infer_faction,
    _members_of,
    _name_references,
    _non_overlapping,
    context_faction,
    lead_state,
)
from lib.extract.actors.scan import comma_title_matches
from lib.extract.actors.titles import (
    APPOS_STOPS,
    APPOS_TITLE,
    HEAD_TITLES,
    HOME_TITLES,
    HONORIFIC,
    MEMBER_NOUNS,
    NAME,
    NAME_STOP,
    PERSON_NOUNS,
    POSTING_BODIES,
    TITLE_WORDS,
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
        if e is None and (h := re.match(rf"(?:{HONORIFIC}\s+)+(?=\S+\s+\S)", name)) is not None:
            # "Sayyed Abdulmalik Badreddin al-Houthi", "Tan Sri Muhyiddin Yassin": a form of address the name pattern
            # kept is no part of the name (the mention's span keeps it: "X's leader, Sayyed Y" stays one apposition)
            name = name[h.end():]
            e = resolve(name, day)
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
        if re.search(r"\b[JS]r$", name) and text.startswith(".", end):
            name += "."  # "Ferdinand Marcos Jr.": the abbreviation's full stop belongs to the name
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
        if fac and (group := apposed_group(m["title"])):
            # "X, president of the Iranian Canadian Congress,": a member of a group named after a state is the
            # group's, not the state's (a group named after no state is left to statements.appositions, as before)
            fac = group
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
            fac = title_faction(tail) or _principal_faction(tail, day)
            # ("The president of the American Jewish Committee, X,": the group's, not the state's)
            named(m, (fac and apposed_group(tail)) or fac, tail, f"pattern: {tail.strip()}, {m['name']}", 4)
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
    cands.extend(named_groups(text, chosen))  # "the rights group B'Tselem", "the Iranian Canadian Congress"
    cands.extend(_members_of(text, chosen, day))  # "X of the Y group": a member of a named group
    speaking = home_country(doc)  # (an outlet that speaks for its state, or a story about the outlet's own country)
    cands.extend(_unowned_bodies(doc, chosen, speaking))
    cands.extend(_capital_subjects(text, chosen))
    cands.extend(_the_kingdom(doc, chosen, speaking))
    chosen = _non_overlapping(cands)
    cands.extend(group_members(text, chosen, day))  # "Move Forward Party MP X": a member of a named group
    cands.extend(party_members(text, chosen, day))  # "Labour leader X": a member of a party the dictionary lacks
    cands.extend(officers(text, chosen, day))  # "Brig. Gen. X": an officer of the army named before
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
    possessed_bodies(text, chosen)  # "<Person>'s office" / "<Person>'s spokesman"
    sources_at(text, chosen)  # "an official source at the Ministry of Foreign Affairs"
    definite_descriptions(text, chosen, P)  # "the Egyptian official" -> the last person of that faction
    bare_titles(text, chosen, day, home)  # "the Secretary said" -> the last person holding that title
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
