"""The actor dictionary (``lib/data/actors.csv``): people with aliases and roles valid between two dates,
organisations, states and nationality adjectives, PETRARCH-style (a role is the one valid on the article date).

Example: ``resolve("Haniyeh", "2006-11-16").role`` is 'Palestinian prime minister'.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lib.extract.translit import fold_variants

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "actors.csv"


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
    rows = _by_name().get(_norm(name), ()) or _by_loose_key(name)
    if not rows:
        shorter = [resolve(short, day) for short in (_lineage_trimmed(name), _nasab_dropped(name)) if short]
        return next((e for e in shorter if e is not None), None)
    valid = [e for e in rows if e.valid_on(day)]
    if valid:
        return max(valid, key=lambda e: e.valid_from)
    # out of every range: keep the faction of the nearest role, without a role title
    near = min(rows, key=lambda e: abs(_year(e.valid_from or e.valid_to) - _year(day)))
    return Entry(near.name, near.aliases, near.type, near.faction, "", "", "")


SEATS = DATA.parent / "seats_of_government.csv"


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """City -> the faction it stands for as a speaker ("Washington has said", "the foreign ministry in Doha"),
    from ``lib/data/seats_of_government.csv`` (the one list of cities that stand for a government; the gazetteer
    reads the same file for places, ``gazetteer.seats``).

    >>> capitals()["Doha"]
    'Qatar'
    """
    with open(SEATS, newline="", encoding="utf-8") as fh:
        return {r["city"].strip(): r["faction"].strip() for r in csv.DictReader(fh)}


FACTION_NAMES = DATA.parent / "faction_names.csv"


@lru_cache(maxsize=1)
def _faction_names() -> dict[str, str]:
    with open(FACTION_NAMES, newline="", encoding="utf-8") as fh:
        return {r["variant"].strip(): r["canonical"].strip() for r in csv.DictReader(fh)}


def canonical_faction(name: str) -> str:
    """The one name a faction is given in every table (``lib/data/faction_names.csv``: the name most independent
    annotators use -- states by their short name, bodies by their name, a sub-state authority by its region).

    Approach: the dictionary's rows already carry the canonical names (an integrity test holds them to it); this
    maps a faction read from the text itself (a group the dictionary lacks, written "Ansar Allah") the same way.

    >>> canonical_faction("Kurdistan Regional Government"), canonical_faction("Ansar Allah"), canonical_faction("Qatar")
    ('Kurdistan Region', 'Houthis', 'Qatar')
    """
    return _faction_names().get(name, name)


STATE_GROUPS = DATA.parent / "state_groups.csv"


@lru_cache(maxsize=1)
def _state_groups() -> dict[str, tuple[Entry, ...]]:
    groups: dict[str, list[Entry]] = {}
    with open(STATE_GROUPS, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            groups.setdefault(r["group"].strip(), []).append(
                Entry(r["member"].strip(), (), "state", r["member"].strip(), r["group"].strip(),
                      r["valid_from"].strip(), r["valid_to"].strip()))
    return {k: tuple(v) for k, v in groups.items()}


def members_of(faction: str, day: str = "") -> tuple[str, ...]:
    """The member states a group of states speaks for on ``day`` (``lib/data/state_groups.csv``), else the
    faction itself. A group with no secretariat of its own (the G7, the E3, the BRICS) speaks as its members --
    the annotators list the member states as a G7 or E3 statement's factions --, while an organisation (the Arab
    League, the GCC, the EU, the Quartet) stays a faction of its own and is not listed.

    >>> members_of("E3", "2025-08-28"), members_of("Arab League", "2025-08-28")
    (('France', 'Germany', 'United Kingdom'), ('Arab League',))
    >>> "Russia" in members_of("G8", "2008-05-01"), members_of("G8", "2020-01-01")
    (True, ('G8',))
    """
    valid = tuple(e.faction for e in _state_groups().get(faction, ()) if e.valid_on(day))
    return valid or (faction,)


# A trailing link of an Arabic name's lineage: "bin Abdulaziz", "Al Saud", "Al-Thani"
LINEAGE_TAIL = re.compile(r"\s+(?:(?:bin|ibn|bint)\s+[A-Z][\w'’-]+|[Aa]l[\s-][A-Z][\w'’-]+)$")


def _lineage_trimmed(name: str) -> str:
    """``name`` without its last lineage link when at least "X bin Y" is left ('' otherwise): the dictionary
    names "Mohammed bin Salman", the text "Mohammed bin Salman bin Abdulaziz" or "Salman bin Abdulaziz Al Saud".

    >>> _lineage_trimmed("Mohammed bin Salman bin Abdulaziz"), _lineage_trimmed("Mohammed bin Salman")
    ('Mohammed bin Salman', '')
    """
    m = LINEAGE_TAIL.search(name)
    short = name[:m.start()] if m else ""
    return short if re.search(r"\s(?:bin|ibn|bint)\s\S", short) else ""


# Links of a lineage inside a full name ("Majed bin Mohammed Al Ansari": the father's name between given name and
# family name), dropped when the name without them is the dictionary's
NASAB = re.compile(r"\s+(?:bin|ibn|bint)\s+[A-Z][\w'’-]+(?=\s+(?:[Aa]l[\s-])?[A-Z])")


def people_named(name: str, day: str) -> tuple[Entry, ...]:
    """The people a name or alias of several words names on ``day``, one role each (the latest valid): two when
    the name is ambiguous on that date ("King Abdullah" in 2010: Jordan's and Saudi Arabia's), else one or none.

    >>> [e.faction for e in people_named("King Abdullah", "2010-09-01")]
    ['Jordan', 'Saudi Arabia']
    >>> [e.faction for e in people_named("King Abdullah", "2020-05-01")]
    ['Jordan']
    """
    by: dict[str, Entry] = {}
    for e in _by_name().get(_norm(name), ()):
        if e.type == "person" and e.valid_on(day) and (e.name not in by or e.valid_from > by[e.name].valid_from):
            by[e.name] = e
    return tuple(by.values())


def _nasab_dropped(name: str) -> str:
    """``name`` without the "bin X" links between its given name and its family name ('' when there are none, or
    when the name is only "X bin Y ..." links): the dictionary names "Majed al-Ansari", the text "Majed bin
    Mohammed Al Ansari".

    >>> _nasab_dropped("Majed bin Mohammed Al Ansari"), _nasab_dropped("Mohammed bin Salman")
    ('Majed Al Ansari', '')
    """
    short = NASAB.sub("", name)
    return short if short != name and len(short.split()) >= 2 else ""


def _surname_key(name: str) -> str:
    """The loose key of a name's last part ("al-Ansari", "Al Ansari", "Ansari" -> 'ansari'); '' for a regnal number."""
    last = _norm(name).split()[-1:] or [""]
    return "" if re.fullmatch(r"[ivx]+", last[0]) else loose_key(last[0])


@lru_cache(maxsize=1)
def _surname_index() -> dict[str, tuple[Entry, ...]]:
    """Loose key of the last part of a person's name or alias -> the person rows (built once)."""
    index: dict[str, list[Entry]] = {}
    people = [e for e in load_entries() if e.type == "person"]
    # a given name ends no one's name for this purpose: "Sheikh Abdullah" is not King Abdullah's "surname"
    given = {loose_key(n.split()[0]) for e in people for n in (e.name, *e.aliases) if len(n.split()) > 1}
    for e in people:
        for key in dict.fromkeys(_surname_key(n) for n in (e.name, *e.aliases) if len(n.split()) > 1):
            if key and key not in given:
                index.setdefault(key, []).append(e)
    return {k: tuple(v) for k, v in index.items()}


def by_surname(surname: str, day: str) -> Entry | None:
    """The one person valid on ``day`` whose name or an alias ends with ``surname`` (a transcript's "MR MILLER",
    "President Bush", "Dr. Al Ansari"), else None (unknown, or several people share it). Spellings are compared
    loosely (``loose_key``: "Meshal" is Meshaal, "Araqchi" Araghchi) and an article before the surname does not
    count ("Al Ansari" is al-Ansari).

    >>> by_surname("Lavrov", "2010-01-01").name, by_surname("Bush", "2006-08-15").name
    ('Sergei Lavrov', 'George W. Bush')
    >>> by_surname("Bush", "1991-03-01").name
    'George H. W. Bush'
    >>> by_surname("Nobody", "2010-01-01") is None
    True
    """
    key = _surname_key(surname)
    if not key or not day:
        return None
    rows = [e for e in _surname_index().get(key, ()) if e.valid_on(day)]
    return rows[0] if len({e.name for e in rows}) == 1 else None


def holder_of(faction: str, title: str, day: str) -> Entry | None:
    """The one person of ``faction`` whose role (valid on ``day``) ends with ``title``, or None.

    >>> holder_of("Russia", "foreign minister", "2006-11-16").name
    'Sergei Lavrov'
    >>> holder_of("Russia", "foreign minister", "1990") is None
    True
    >>> holder_of("Qatar", "prime minister", "2024-06-10").name
    'Mohammed bin Abdulrahman Al Thani'

    """
    if not faction or not day:
        return None
    t = title.lower().replace("-", " ")
    # (a double office is two roles: "Qatari prime minister and foreign minister" holds either)
    rows = [e for e in load_entries() if e.type == "person" and e.faction == faction and e.valid_on(day)
            and any(r.strip().endswith(t) for r in e.role.lower().replace("-", " ").split(" and "))
            and not (t == "foreign minister" and "deputy" in e.role.lower())]
    names = {e.name for e in rows}
    return rows[0] if len(names) == 1 else None


TRANSLITERATION = DATA.parent / "transliteration.csv"  # read by ``lib.extract.translit`` (scope "names")


def loose_key(name: str) -> str:
    """A key under which the romanisations of one name agree: case, diacritics, and the variants of
    ``lib/data/transliteration.csv`` do not matter.

    >>> loose_key("Nabil Abu Rudeina") == loose_key("Nabil Abu Rudeineh")
    True
    >>> loose_key("Mussa Abu Marzouk") == loose_key("Mousa Abu Marzook"), loose_key("Erdoğan") == loose_key("Erdogan")
    (True, True)
    >>> loose_key("Ismail Haniyeh") == loose_key("Ismail Hamdan")
    False
    """
    s = unicodedata.normalize("NFKD", _norm(name).replace("ı", "i"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    parts = []
    for part in re.split(r"[\s']+", s):
        parts.append(fold_variants(part, "names"))
    return " ".join(p for p in parts if p)


@lru_cache(maxsize=1)
def _loose_index() -> dict[str, tuple[Entry, ...]]:
    """Loose key -> the person entries it names (built once)."""
    index: dict[str, list[Entry]] = {}
    for e in load_entries():
        if e.type == "person":
            for key in dict.fromkeys(loose_key(n) for n in (e.name, *e.aliases)):
                index.setdefault(key, []).append(e)
    return {k: tuple(v) for k, v in index.items()}


def _by_loose_key(name: str) -> tuple[Entry, ...]:
    """The rows of the one person whose name a variant spelling writes ("Nabil Abu Rudeina" for Nabil Abu
    Rudeineh); nothing for a single word or when two people share the key."""
    if len(name.split()) < 2:
        return ()
    key = loose_key(name)
    rows = _loose_index().get(key, ()) or _one_vowel_apart(key)
    return rows if len({e.name for e in rows}) == 1 else ()


VOWELS = frozenset("aeiou")


def _vowel_masks(key: str):
    """``key`` with one vowel of one long part (six letters or more) masked, once per such vowel: two keys share a
    mask when they differ in that vowel only ("fouad s*niora" for both "fouad saniora" and "fouad siniora")."""
    parts = key.split()
    if len(parts) < 2:
        return
    for i, part in enumerate(parts):
        if len(part) >= 6:
            for j, c in enumerate(part):
                if c in VOWELS:
                    yield " ".join((*parts[:i], part[:j] + "*" + part[j + 1:], *parts[i + 1:]))


@lru_cache(maxsize=1)
def _vowel_mask_index() -> dict[str, tuple[tuple[int, str], ...]]:
    """Vowel mask -> (position in ``_loose_index``, loose key) of the keys that have it (built once)."""
    index: dict[str, list[tuple[int, str]]] = {}
    for n, key in enumerate(_loose_index()):
        for mask in _vowel_masks(key):
            index.setdefault(mask, []).append((n, key))
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=4096)
def _one_vowel_apart(key: str) -> tuple[Entry, ...]:
    """The person rows whose loose key differs from ``key`` (two parts or more) in one vowel of one long part, the
    other parts the same ("Fouad Saniora" for Fouad Siniora); a short vowel is written by ear, the consonants are
    not ("Ahmed Hamed" is not Ahmed Hamad, "Ali Hassan" not Ali Hussein). Looked up by vowel mask, not by a scan of
    the dictionary: most names in an article are no one's variant.

    >>> [e.name for e in _one_vowel_apart(loose_key("Fouad Saniora"))][:1]
    ['Fouad Siniora']
    >>> _one_vowel_apart(loose_key("Fouad Sanioro")), _one_vowel_apart(loose_key("Saniora"))
    ((), ())
    """
    index, rows = _vowel_mask_index(), _loose_index()
    found = sorted({hit for mask in _vowel_masks(key) for hit in index.get(mask, ()) if hit[1] != key})
    return tuple(e for _, other in found for e in rows[other])


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
    # an alias shared by two people ("Qassem") is left to the article: the surname of whoever it named in full; a
    # name of several words ("King Abdullah": Jordan's, and Saudi Arabia's in 2005-2015) is resolved by the date,
    # then by the article's context (``people_named``, ``references.context_faction``)
    for a, names in people.items():
        if len(names) > 1 and len(a.split()) < 2:
            alias_to.pop(a, None)
    return alias_to, adjectives



@dataclass
class _Cand:
    """A candidate actor mention (the best non-overlapping ones become Mentions)."""

    start: int
    end: int
    value: str
    type: str
    faction: str
    role: str
    evidence: str
    prio: float
