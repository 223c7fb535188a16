"""Within-article coreference: later references to people named in full earlier (a surname, "Mr Ban", a
definite description, a bare title), and the faction inferred for a titled person of no named faction.

Example: after "Hamas spokesman Hazem Qassem", a later "Qassem" is Hazem Qassem of Hamas.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from lib.extract.actors.dictionary import DATA, _Cand, _tables, by_surname, capitals, holder_of, resolve
from lib.extract.actors.implied import capital_owner, guest, home_fits
from lib.extract.actors.scan import WordKeyed
from lib.extract.actors.titles import (
    _APOS,
    ANAPHORIC_BODIES,
    HEAD_TITLES,
    HOME_TITLES,
    HONORIFIC,
    NAME,
    NAME_STOP,
    ROLE_TITLES,
    SPEAKING_HOME_TITLES,
    TITLE_WORDS,
    _group_faction,
    _patterns,
    faction_of,
)
from lib.extract.spanindex import Overlaps
from lib.models import Document

# Forms of address that stand before a given name ("Sheikh Hamad", "Prince Faisal", "Sayyed Hassan")
GIVEN_NAME_ADDRESS = re.compile(r"Sh(?:ei|ai|ay)kha?|Sheik|Prince|Princess|Emir|Amir|King|Queen|Sultan|Sayyed|Sayed|Sayyid")
NAME_PARTICLES = frozenset("al el Al El bin ibn bint abu Abu de van von".split())
# Words after a bare name token that make it a person's name ("Wang said", "Wang's visit"), besides reporting verbs
NAME_VERBS = ("was", "is", "has", "had", "will", "would", "also", "then", "later", "again", "met", "visited",
              "arrived", "thanked", "spoke", "left", "held", "hosted", "travelled", "traveled", "signed")


@lru_cache(maxsize=1)
def _reporting_forms() -> tuple[str, ...]:
    with open(DATA.parent / "reporting_verbs.csv", newline="", encoding="utf-8") as fh:
        return tuple(f.strip() for r in csv.DictReader(fh) for f in r["forms"].split("|") if f.strip())


_rx = lru_cache(maxsize=4096)(re.compile)  # per-name patterns, compiled once (re's own cache holds only 512)


@lru_cache(maxsize=1)
def _reference_context() -> tuple[re.Pattern, re.Pattern]:
    """(what may follow a name's token: a possessive or a reporting verb, what may precede it: an honorific or a
    title word), compiled once: the verb alternation is large and was rebuilt for every article."""
    after = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted({*_reporting_forms(), *NAME_VERBS},
                                                                         key=len, reverse=True))
    return (re.compile(rf"(?:{_APOS}s\b|,?\s+(?:{after})(?![\w-]))"),
            re.compile(rf"(?:\b{HONORIFIC}|\b(?:FM|PM)|\b[A-Za-z-]+)\s+$"))


@lru_cache(maxsize=1)
def _lead_reporting() -> re.Pattern:
    """A reporting verb right after a sentence's subject, adverbs between ("China firmly opposes")."""
    verbs = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_reporting_forms(), key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:also|has|have|had|\w+ly)\s+)*(?:{verbs})(?![\w-])")


def _keyed(pattern: str, words: tuple[str, ...], text: str):
    """The matches of ``_rx(pattern).finditer(text)`` for a ``pattern`` of the form ``(?<![\\w-])(?:<words>)...``: tried
    only where one of ``words``' leading word runs starts (``scan.WordKeyed`` on the text's word index, shared with the
    actor scans), so finding a name's later references costs its occurrences, not a scan of the whole text per name
    (quadratic on long articles)."""
    return WordKeyed(_rx(pattern), words).finditer(text)


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
    after_re, before_re = _reference_context()
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
        if len(toks) > 1:  # the full name again ("Choi Young-sam told ...": family name first, so no surname)
            whole = r"\s+".join(map(re.escape, toks))
            for m in _keyed(rf"(?<![\w-]){whole}(?![\w-])", (toks[0],), text):
                if m.start() >= c.end:
                    add(m.start(), m.end(), -2, value, c, "full name")
        last = toks[-1]
        bare = re.sub(r"^(?:al|el|Al|El)-", "", last)  # "al-Sudairi" is also "Sudairi"
        # (the text's own spelling too, when the dictionary's differs: "Walid al-Moallem" is Walid Muallem)
        surface = (text[c.start:c.end].split() or [last])[-1]
        spelled = [w for w in (surface, re.sub(r"^(?:al|el|Al|El)-", "", surface))
                   if w[:1].isupper() and len(w) >= 3 and w not in groups]
        if len(bare) >= 3 and last not in groups and bare not in groups:
            forms = tuple(dict.fromkeys((last, bare, *spelled)))
            for m in _keyed(rf"(?<![\w-])(?:{'|'.join(map(re.escape, forms))})(?![\w-])", forms, text):
                if m.start() >= c.end:
                    add(m.start(), m.end(), 0, value, c, "surname")
        for k in range(2, len(toks)):  # trailing parts: a family name of several words ("Ould Cheikh Ahmed said")
            if not toks[-k][0].isupper() or toks[-k] in ("Al", "El"):
                continue  # ("bin Zayed", "Al Thani": a lineage or a house, shared by a family)
            part = r"\s+".join(map(re.escape, toks[-k:]))
            for m in _keyed(rf"(?<![\w-]){part}(?![\w-])", (toks[-k],), text):
                if m.start() >= c.end:
                    add(m.start(), m.end(), 0, value, c, "family name")
        for k in range(2, len(toks)):  # leading parts of a long name
            if toks[k - 1] in NAME_PARTICLES:
                continue
            part = r"\s+".join(map(re.escape, toks[:k]))
            for m in _keyed(rf"(?<![\w-]){part}(?![\w-])", (toks[0],), text):
                if m.start() >= c.end:
                    add(m.start(), m.end(), 0, value, c, "part of name")
        for t in toks[:-1]:
            if (t in NAME_PARTICLES or len(t) < 3 or t.lower() in stop or not t[0].isupper() or "." in t
                    or t in groups):
                continue
            for m in _keyed(rf"(?<![\w-]){re.escape(t)}(?![\w-])", (t,), text):
                if m.start() < c.end:
                    continue
                pre = before_re.search(text, max(0, m.start() - 30), m.start())
                titled = pre is not None and (re.fullmatch(rf"{HONORIFIC}|FM|PM", pre.group(0).strip())
                                              or pre.group(0).strip().lower() in HEAD_TITLES)
                if titled or after_re.match(text, m.end()):
                    # a given name after a form of address ("Sheikh Hamad", "Prince Faisal") is the person whose
                    # first name it is, before one whose lineage or family name holds it ("Tamim bin Hamad")
                    given = t == toks[0] and pre is not None and GIVEN_NAME_ADDRESS.fullmatch(pre.group(0).strip())
                    add(m.start(), m.end(), -1 if given else 1, value, c, "name token")
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


# A family name standing alone, with an article or particle it may carry ("Bush", "Al Ansari", "al-Zayani",
# "Ben-Shabbat", "Abu Marzouk"), in the text's spelling
SURNAME = re.compile(r"(?<![\w.'’-])(?:(?:[Aa]l|[Ee]l|Abu|Ben)[- ])?[A-Z][a-zà-ÿğışçöü]+(?:['’][a-z]{2,})?(?:-[A-Z]?[a-z]+)*"
                     r"(?![\w-])(?!['’][a-z]{2})")

# the word after a family name that makes it the first part of a longer name ("Abu Marzouk", "Bush al-...")
NAME_GOES_ON = re.compile(r"\s+(?:(?:al|el|bin|ibn|abu|Abu|Al|El)[- ])?[A-Z][a-z]")
# the word before it, an honorific, and a verb of speech before it ("said Lavrov")
WORD_BEFORE = re.compile(r"(?<![\w.-])([A-Za-z-]+\.?)\s+$")
HONORIFIC_WORD = re.compile(rf"{HONORIFIC}|H\.E\.?")
SAID_BEFORE = re.compile(r"(?<![\w-])(?:said|says|told|added|wrote)\s+$")


def _dictionary_surnames(text: str, chosen: list[_Cand], day: str) -> list[_Cand]:
    """Dictionary people the text calls by their family name only, never naming them in full ("President Bush
    said", "Mr. Meshal said", "Dr. Al Ansari told reporters", "said Lavrov"): the one person of the dictionary
    valid on the article's date whose name ends so (``dictionary.by_surname``: spellings compared loosely). Only
    where the word stands as a person: after an honorific or a title word, or before a reporting verb or a
    possessive; never as part of a longer capitalised name ("Ahmed Bush"), an organisation's or a state's name.

    >>> [(c.value, c.faction) for c in _dictionary_surnames("President Bush said it was over.", [], "2006-08-15")]
    [('George W. Bush', 'United States')]
    >>> _dictionary_surnames("President Bush said it was over.", [], "1950-01-01")
    []
    >>> _dictionary_surnames("Bush fires spread.", [], "2006-08-15"), _dictionary_surnames("Jeb Bush said.", [], "2006-08-15")
    ([], [])
    """
    if not day:
        return []
    alias_to, adjectives = _tables()
    after_re, _ = _reference_context()
    taken = Overlaps((c.start, c.end) for c in chosen)
    out = []
    for m in SURNAME.finditer(text):
        a, b = m.span()
        word = m.group(0)
        if word in NAME_STOP or word.lower() in TITLE_WORDS or word in adjectives or \
                (word in alias_to and alias_to[word].type != "person") or taken.any(a, b):
            continue
        if NAME_GOES_ON.match(text, b, b + 12):
            continue  # the first part of a longer name
        prev = WORD_BEFORE.search(text, max(0, a - 30), a)
        p = prev.group(1) if prev else ""
        titled = bool(p) and (bool(HONORIFIC_WORD.fullmatch(p)) or p.lower() in HEAD_TITLES)
        if p and p[0].isupper() and not titled and p not in NAME_STOP:
            continue  # the last part of a longer name ("Jeb Bush") or a name after an unknown capitalised word
        said = SAID_BEFORE.search(text, max(0, a - 10), a) is not None
        if not (titled or said or after_re.match(text, b)):
            continue
        e = by_surname(word, day)
        if e is not None:
            out.append(_Cand(a, b, e.name, "person", e.faction, e.role, f"surname of {e.name} (dictionary, {day})", 2.5))
    return out


# "<Name> of the <group> (group|movement|...)": a member of that group ("Mohammad Khaled of the Free Syrian Army")
MEMBER_NAME = re.compile(rf"(?<![\w'’-])(?P<name>{NAME})\s+of\s+(?:the\s+)?$")
# Words that make a capitalised phrase an institution or a place, never a person's name
INSTITUTION_WORDS = frozenset("""Republic Kingdom State States Emirate Emirates Sultanate Ministry Council Army Forces
Front Party Movement Group Brigades Union League Nations Office Authority Committee Commission Court University
Institute Center Centre Agency Bank Fund Organisation Organization Assembly Coalition Government Treaty Declaration
Charter Accord Agreement Conference Summit Gate Strip Bank City Province Governorate Sea Gulf Palace Hotel""".split())


def _members_of(text: str, chosen: list[_Cand], day: str) -> list[_Cand]:
    """People the text places in a group by an 'of' phrase right after their name ("Mohammad Khaled of the Free
    Syrian Army", "Amal Saad of the Islamic Jihad movement"), when the group is a named organisation with a faction
    and the person is no one the dictionary knows otherwise (the dictionary's faction wins when it does).

    >>> org = "Jaish al-Islam"; t = f"The delegation, led by Omar Haddad of the {org} group, left."
    >>> a = t.index(org); [(c.value, c.faction) for c in _members_of(t, [_Cand(a, a + len(org), org, "org", "Syrian opposition", "", "", 1)], "")]
    [('Omar Haddad', 'Syrian opposition')]
    >>> a = t.index(org); _members_of(t.replace("Omar Haddad", "Treaty Council"), [_Cand(a, a + len(org), org, "org", "X", "", "", 1)], "")
    []
    """
    out = []
    for o in chosen:
        if o.type != "org" or not o.faction or "group" in o.evidence.split(":")[0]:
            continue
        m = MEMBER_NAME.search(text, max(0, o.start - 80), o.start)
        if m is None:
            continue
        toks = m["name"].split()
        if any(t in NAME_STOP or t.lower() in TITLE_WORDS or t in INSTITUTION_WORDS for t in toks) or \
                any(c.start < m.end("name") and m.start("name") < c.end for c in chosen):
            continue
        e = resolve(m["name"], day)
        if e is not None and e.type != "person":
            continue
        fac = e.faction if e is not None and e.faction else o.faction
        value = e.name if e is not None else m["name"]
        out.append(_Cand(m.start("name"), m.end("name"), value, "person", fac, "",
                         f"member of {o.value}: {text[m.start():o.end]}", 3))
    return out


def _anaphoric_body(title: str) -> str:
    """The institution noun a title points back to ("an army spokesman" -> 'army'), or ''."""
    words = re.findall(r"[a-z]+", title.lower())
    return next((w for w in words if w in ANAPHORIC_BODIES), "")


SECTION_REACH = 6  # paragraphs a section heading covers at most (a factbox's section is short)


def lead_state(doc: Document) -> str:
    """The state an article is about when nothing else gives its own country: the headline opens with it as its
    subject and so does the first sentence of the body ("Japan urges ..." / "Japan on Monday called on ..."); ''
    otherwise. An office holder the text names with no country is most likely of that state.

    >>> from lib.extract.document import document_from_text
    >>> lead_state(document_from_text("a", "Japan on Monday called on the group to free the ship.",
    ...                               title="Japan urges Houthis to free ship"))
    'Japan'
    >>> lead_state(document_from_text("a", "The Houthis seized the ship on Sunday.", title="Japan urges Houthis"))
    ''
    """
    first = next((s for s in doc.sentences if s.region == "body" and s.text.strip()), None)
    if first is None or not doc.title:
        return ""
    opener = []
    for chunk in (doc.title, first.text):
        m = next(iter(_patterns()["fac"].finditer(chunk)), None)
        ok = m is not None and not chunk[:m.start()].strip(" \"'“‘") and not re.match(r"['’]s?\s", chunk[m.end():])
        opener.append(_group_faction(m.group(0)) if ok else "")
    f = opener[0]
    return f if f and f == opener[1] and getattr(resolve(f), "type", "") == "state" else ""


def section_faction(doc: Document, pos: int) -> tuple[str, int]:
    r"""(faction, offset) of the section heading that opens the part of the text at ``pos``: a heading line inside the
    body that is nothing but a faction's name ("CHINA", "Palestinian Authority" in a factbox of reactions), when it is
    the last heading before ``pos`` and at most ``SECTION_REACH`` paragraphs above it; a person's name ("NETANYAHU")
    heads no party's section; ('', -1) otherwise.

    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Reactions poured in.\n\nCHINA\n\nThe spokesman said it was wrong.")
    >>> section_faction(d, d.text.index("The spokesman"))
    ('China', 22)
    """
    first_body = next((s.start for s in doc.sentences if s.region == "body"), None)
    heads = [r for r in doc.regions if r.kind == "headline" and r.end <= pos and first_body is not None
             and r.start > first_body]
    if not heads:
        return "", -1
    h = heads[-1]
    here = doc.sentence_at(pos)
    head = doc.sentence_at(h.start)
    if here is not None and head is not None and here.paragraph - head.paragraph > SECTION_REACH:
        return "", -1  # too far below: a new part of the article without its own heading
    words = re.sub(r"\s+", " ", doc.text[h.start:h.end]).strip(" :-–—")
    for form in (words, words.title(), re.sub(r"\bOf\b|\bThe\b|\bFor\b", lambda m: m.group(0).lower(), words.title())):
        f = _group_faction(form)
        entry = resolve(form) if f else None
        if f and (entry is None or entry.type in ("state", "org")):  # a person's name heads no party's section
            return f, h.start
    return "", -1


# A state after a titled name ("Foreign Minister Sameh Shoukry of Egypt"), the name's side
STATE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<fac>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?![\w-])")
# "the head of the <group>" before an appositive titled name
HEAD_OF = re.compile(r"(?<![\w-])(?:head|leader|chief|member|representative|envoy|spokes(?:man|woman|person))\s+of\s+"
                     r"(?:the\s+)?$", re.I)


def _infer_faction(doc: Document, c: _Cand, chosen: list[_Cand], P, home: str = "", speaks: bool = False,
                   own: bool = False) -> _Cand:
    """A faction for a titled person the text names without one:

    - an institution noun in the title refers to the last such institution named ("Lt Col Peter Lerner, an army
      spokesman" after "the Israeli military said" -> Israel);
    - the same title with a nationality in the person's sentence or the headline ("Tourism Minister Haim Katz
      ... became the first Israeli cabinet minister") when only one nationality is found.
    """
    sent = doc.sentence_at(c.start)
    if sent is not None and (cap := capital_owner(doc.text, sent.start, c.start)):  # "Tokyo's Chief Cabinet Secretary X"
        return _Cand(c.start, c.end, c.value, c.type, cap, c.role, f"{c.evidence}; faction of the capital {cap}", c.prio)
    of = STATE_AFTER.match(doc.text, c.end)
    if of and (f := _group_faction(re.sub(r"\s+", " ", of["fac"]))):  # "Foreign Minister X of Egypt"
        return _Cand(c.start, c.end, c.value, c.type, f, c.role, f"{c.evidence}; faction of '{of.group(0).strip()}'",
                     c.prio)
    same = [o for o in chosen if o.type == "person" and o.value == c.value and o.faction and o is not c]
    if same:  # the same full name given a side elsewhere ("Egypt's Foreign Minister X ... Foreign Minister X said")
        return _Cand(c.start, c.end, c.value, c.type, same[0].faction, c.role,
                     f"{c.evidence}; faction of the same name at {same[0].start}", c.prio)
    if sent is not None:
        # "with the head of the Israeli delegation, National Security Adviser X": the group of the office that the
        # titled name stands in apposition to
        head = [o for o in chosen if o is not c and o.faction and o.type in ("org", "state", "group")
                and sent.start <= o.start and o.end <= c.start
                and HEAD_OF.search(doc.text, max(sent.start, o.start - 40), o.start)
                and re.fullmatch(r"\s*,\s+(?:[A-Za-z.-]+\s+){0,5}", doc.text[o.end:c.start])
                and all(w.lower().strip(".") in TITLE_WORDS or w.lower() in HEAD_TITLES
                        for w in doc.text[o.end:c.start].strip(" ,").split())]
        if head:
            return _Cand(c.start, c.end, c.value, c.type, head[-1].faction, c.role,
                         f"{c.evidence}; faction of the office in apposition, {head[-1].value}", c.prio)
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
    if body and sent is not None:
        # "China firmly opposes and condemns X, foreign ministry spokesman Lin Jian told reporters": the spokesman
        # of a body voices the position of the state or group that opens the sentence with a reporting verb
        lead = [o for o in chosen if o.type in ("org", "state") and o.faction and sent.start <= o.start
                and o.end <= c.start and not doc.text[sent.start:o.start].strip(" \"“‘'")]
        if lead and _lead_reporting().match(doc.text, lead[0].end) and \
                re.search(r",\s+(?:[A-Za-z.-]+\s+){0,5}$", doc.text[lead[0].end:c.start]):
            return _Cand(c.start, c.end, c.value, c.type, lead[0].faction, c.role,
                         f"{c.evidence}; faction of the sentence's subject '{lead[0].value}'", c.prio)
    section, opens = section_faction(doc, c.start)
    if body:
        prior = []
        for w in ANAPHORIC_BODIES[body]:  # the title's own noun first: "the army's delegation" after "the Sudanese
            # army and the Rapid Support Forces" is the army's, not the paramilitary's "forces"
            prior = [o for o in chosen if o.type in ("org", "state") and o.faction and opens < o.end <= c.start
                     and re.search(rf"\b{w}\b", f"{o.value} {doc.text[o.start:o.end]}".lower())]
            if prior:
                break
        if prior:
            return _Cand(c.start, c.end, c.value, c.type, prior[-1].faction, c.role,
                         f"{c.evidence}; faction of '{prior[-1].value}'", c.prio)
    if section:  # "CHINA\n\nForeign Ministry spokesperson Lin Jian said": the section's faction
        return _Cand(c.start, c.end, c.value, c.type, section, c.role, f"{c.evidence}; faction of the section heading",
                     c.prio)
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
        for m in _rx(rf"(?<![\w-])(?P<fac>{P['adj'].pattern})(?:{_APOS}s)?\s+(?:[a-z-]+\s+){{0,2}}(?:{head})\b"
                     ).finditer(chunk or ""):
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
    met = sent is not None and guest(doc.text, sent.start, c.start, home, [(o.start, o.end, o.faction) for o in chosen])
    # (a national paper at home, ``own``: a body's aide whose body comes first, "Defence Ministry spokesman X"; its
    # "spokeswoman for the foreign ministry" may be the story's country's)
    bare_body = own and not re.search(r"(?i)\b(?:for|of|at|to)\b", c.role)
    titles = HOME_TITLES + SPEAKING_HOME_TITLES if speaks or bare_body else HOME_TITLES
    if not facs and home and any(_rx(rf"\b{t}\b").search(c.role.lower()) for t in titles) \
            and home_fits(c.role, home) and not met:  # (a host or a guest of the home's official is not its own)
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


COUNTERPART = re.compile(r"(?<![\w-])(?:[Hh]is|[Hh]er)\s+(?P<adj>[A-Z][\w'’-]+)\s+counterpart(?![\w-])")


def _counterparts(text: str, chosen: list[_Cand], day: str) -> list[_Cand]:
    """An office named by its relation ("his Egyptian counterpart" after Israel's foreign minister): the holder of
    the same office for that faction on the article's date, from the dated roles of the actor dictionary; with
    no single holder, an unnamed office holder of that faction. A counterpart named in the text is left to it.

    >>> t = "Israeli Foreign Minister Gabi Ashkenazi called Cairo. His Egyptian counterpart stressed calm."
    >>> c = _Cand(25, 39, "Gabi Ashkenazi", "person", "Israel", "Israeli foreign minister", "dictionary", 4)
    >>> [(x.value, x.faction) for x in _counterparts(t, [c], "2021-05-21")]
    [('Sameh Shoukry', 'Egypt')]
    >>> _counterparts("His Egyptian counterpart Sameh Shoukry said.", [], "2021-05-21")
    []
    """
    out: list[_Cand] = []
    for m in COUNTERPART.finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in chosen) or \
                re.match(r",?\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]+", text[m.end():m.end() + 60]) and any(
                    m.end() <= c.start <= m.end() + 3 and c.type == "person" for c in chosen):
            continue
        if re.match(r",?\s+(?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+", text[m.end():m.end() + 60]) and not re.match(
                r",?\s+(?:for|of)\b", text[m.end():m.end() + 8]):
            continue  # "his Egyptian counterpart Sameh Shoukry": the name is the person
        fac = faction_of(m["adj"])
        ref = [c for c in chosen if c.type == "person" and c.role and c.end <= m.start() and c.faction != fac]
        if not fac or not ref:
            continue
        role = max(ref, key=lambda c: c.start).role.lower().replace("-", " ")
        title = next((t for t in ROLE_TITLES if t.replace("-", " ") in role), "")
        if not title:
            continue
        e = holder_of(fac, title, day)
        value = e.name if e is not None else f"{m['adj']} {title}"
        out.append(_Cand(m.start(), m.end(), value, "person", fac, e.role if e is not None else title,
                         f"office: '{m.group(0)}' -> {title} of {fac} on {day or '?'}", 1))
    return out


def context_faction(text: str, start: int, end: int, factions: list[str]) -> str:
    """Which of ``factions`` the article's words around a name hold (a name two people bear on the date: "King
    Abdullah" in 2010 is Jordan's or Saudi Arabia's): each naming of a faction -- its state or organisation name,
    its nationality adjective, its capital -- counts, more when it is close ("King Abdullah of Saudi Arabia", "the
    Saudi monarch, King Abdullah": within 40 characters, 6), in the name's paragraph (2) or in the dateline (3)
    than elsewhere (1). The faction with the most; '' on a tie or when none is named.

    >>> context_faction("RIYADH - King Abdullah spoke.", 9, 22, ["Jordan", "Saudi Arabia"])
    'Saudi Arabia'
    >>> context_faction("King Abdullah spoke.", 0, 13, ["Jordan", "Saudi Arabia"])
    ''
    """
    alias_to, adjectives = _tables()
    words: dict[str, str] = {}
    for a, e in alias_to.items():
        if e.type in ("state", "org") and e.faction in factions:
            words[a] = e.faction
    words.update({a: f for a, f in adjectives.items() if f in factions})
    words.update({c: f for c, f in capitals().items() if f in factions})
    if not words:
        return ""
    words = {k.lower(): f for k, f in words.items()}  # (a dateline in capitals: "RIYADH (Reuters) -")
    pat = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                     + r")(?![\w-])")
    para_lo = text.rfind("\n\n", 0, start) + 1
    para_hi = text.find("\n\n", end)
    para_hi = len(text) if para_hi < 0 else para_hi
    first_line = text.find("\n")
    dateline = re.match(r"[^\n]{0,60}?\s(?:-|--|—|–)\s", text[:first_line if first_line >= 0 else len(text)])
    score = dict.fromkeys(factions, 0)
    for m in pat.finditer(text):
        if start <= m.start() < end:
            continue
        near = m.end() > start - 40 and m.start() < end + 40
        w = 6 if near else 3 if dateline and m.end() <= dateline.end() else 2 if para_lo <= m.start() < para_hi else 1
        score[words[m.group(0).lower()]] += w
    best = sorted(score.items(), key=lambda kv: -kv[1])
    return best[0][0] if best[0][1] > 0 and (len(best) < 2 or best[0][1] > best[1][1]) else ""
