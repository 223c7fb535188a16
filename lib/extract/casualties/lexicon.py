"""The casualty vocabulary and tokens: word lists from ``lib/data/casualty_*.csv``, a tokenizer, phrase lookup.

Idea: every decision in this package is a lookup of words in a table (number words, outcome verbs and nouns,
person nouns, nationalities, sources); the tables are data, read once, and matched on lower-cased tokens.

Approach: ``lexicon()`` reads the CSVs into dicts keyed by word tuples; ``tokenize`` splits a sentence into word,
number and punctuation tokens with offsets; ``match_phrase``/``phrase_ending`` find the longest table phrase
starting at / ending before a token. Shared small word sets used by several stages live here too.

Example:
    >>> toks = tokenize("they were killed by 12 rockets")
    >>> match_phrase(toks, 2, lexicon().after), lexicon().numbers["five"]
    ((('killed',), 3), (5, 'unit'))
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).resolve().parent.parent.parent / "data"
# Auxiliaries and hedges between a subject and its outcome participle ("are believed to have been killed").
AUX = frozenset(
    """have has had were was are is been be being will would may might could reportedly also now all both
    allegedly believed thought said feared confirmed known estimated presumed reported understood to later
    subsequently already since then either apparently possibly likely more seriously critically severely lightly
    moderately slightly badly fatally mortally gravely""".split()
)
RELATIVE = frozenset({"who", "that", "which"})
# Sub-count cues that open a sentence continuing the previous one's tally ("Among them were two children.").
CONTINUATION_OPENERS = frozenset({"and", "but", ",", "“", '"', "‘"})
TREAT_VERBS = frozenset({"treated", "treating", "treats", "treat"})
DETERMINERS = frozenset("the his her their its all".split())
PRONOUN_SOURCES = frozenset("he she it they we i you who which that this".split())
MONTHS = {m: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], start=1) for m in names}
TOKEN = re.compile(r"\d+-year-old|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:[-'’][A-Za-z]+)*|\S")


def _read(name: str) -> list[dict[str, str]]:
    with open(DATA / name, newline="", encoding="utf-8") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in TOKEN.findall(phrase))


class Phrases(dict):
    """A phrase table (word tuple -> value) that also knows every prefix of its phrases, so ``match_phrase`` stops
    at the first token that no phrase continues with (most tokens start no phrase at all)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.prefixes = frozenset(k[:n] for k in self for n in range(1, len(k) + 1))
        self.firsts = frozenset(k[0] for k in self if k)  # ``(w,) in prefixes`` without making the tuple


@dataclass(frozen=True)
class Lexicon:
    """The casualty word lists, read once from ``lib/data/casualty_*.csv``."""

    numbers: dict[str, tuple[int, str]]
    qualifiers: dict[tuple[str, ...], tuple[str, str]]
    before: dict[tuple[str, ...], str]
    after: dict[tuple[str, ...], str]
    nouns: dict[tuple[str, ...], str]
    heads: dict[tuple[str, ...], tuple[str, bool, bool]]  # words -> (norm, generic, singular)
    nationalities: dict[tuple[str, ...], str]  # adjective words -> people plural
    peoples: dict[tuple[str, ...], str]  # "israelis" / "palestinian" as a noun -> people plural
    modifiers: dict[tuple[str, ...], str]
    noncasualty: frozenset[tuple[str, ...]]
    source_cues: frozenset[str]
    plurals: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    medical: dict[tuple[str, ...], str] = field(default_factory=dict)  # words -> carer | injury | not
    noncasualty_table: dict[tuple[str, ...], int] = field(default_factory=dict)  # ``noncasualty`` as a table
    # singular heads whose one member named with an article is a targeted figure, not a toll ("a commander")
    single_targets: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists (cached).

    >>> lexicon().numbers["thirteen"], lexicon().nationalities[("palestinian",)]
    ((13, 'unit'), 'Palestinians')
    """
    numbers = {r["word"].lower(): (int(r["value"]), r["kind"]) for r in _read("casualty_numbers.csv")}
    quals = {_words(r["phrase"]): (r["qualifier"], r["bound"]) for r in _read("casualty_qualifiers.csv")}
    before, after, nouns = {}, {}, {}
    for r in _read("casualty_outcomes.csv"):
        {"before": before, "after": after, "noun": nouns}[r["position"]][_words(r["phrase"])] = r["outcome"]
    heads: dict[tuple[str, ...], tuple[str, bool, bool]] = {}
    plurals: dict[tuple[str, ...], tuple[str, ...]] = {}
    for r in _read("casualty_groups.csv"):
        plurals.setdefault(_words(r["singular"]), tuple(r["plural"].split()))
        generic = r["generic"] == "1"
        heads.setdefault(_words(r["plural"]), (r["norm"], generic, False))
        heads.setdefault(_words(r["singular"]), (r["norm"], generic, True))
    nats, peoples = {}, {}
    for r in _read("casualty_nationalities.csv"):
        nats[_words(r["adjective"])] = r["people"]
        peoples[_words(r["people"])] = r["people"]
        peoples.setdefault(_words(r["adjective"]), r["people"])
    mods = {_words(r["word"]): r["word"] for r in _read("casualty_modifiers.csv")}
    non = frozenset(_words(r["noun"]) for r in _read("casualty_noncasualty.csv"))
    cues = frozenset(r["cue"].lower() for r in _read("casualty_sources.csv"))
    medical = {_words(r["phrase"]): r["kind"] for r in _read("casualty_medical.csv")}
    return Lexicon(numbers, Phrases(quals), Phrases(before), Phrases(after), Phrases(nouns), Phrases(heads),
                   Phrases(nats), Phrases(peoples), Phrases(mods), non, cues, plurals, Phrases(medical),
                   Phrases({k: 1 for k in non}),
                   frozenset(r["noun"].lower() for r in _read("casualty_single_targets.csv")))


class Tok(NamedTuple):
    """A token of a sentence (a named tuple: built for every token of every sentence, so it must be cheap)."""

    text: str
    low: str
    start: int  # offset in the sentence
    end: int


def tokenize(text: str) -> list[Tok]:
    """Word, number and punctuation tokens with offsets.

    >>> [t.text for t in tokenize("killed 1,200 Israelis, a 16-year-old.")]
    ['killed', '1,200', 'Israelis', ',', 'a', '16-year-old', '.']
    """
    new = tuple.__new__  # a named tuple made without its Python-level ``__new__`` (one frame less per token)
    if text.isascii():  # lower-casing is per character: one call for the sentence
        low = text.lower()
        return [new(Tok, (text[a:b], low[a:b], a, b)) for a, b in map(re.Match.span, TOKEN.finditer(text))]
    return [new(Tok, (m.group(), m.group().lower().replace("’", "'"), m.start(), m.end()))
            for m in TOKEN.finditer(text)]


def match_phrase(toks: list[Tok], i: int, table) -> tuple[tuple[str, ...], int] | None:
    """Longest phrase of ``table`` (word tuples) starting at token ``i`` -> (phrase, end index)."""
    best = None
    prefixes = getattr(table, "prefixes", None)
    if prefixes is not None:  # a ``Phrases`` table: stop as soon as no phrase goes on with these words
        if i >= len(toks) or toks[i].low not in table.firsts:
            return None  # (most tokens start no phrase: the loop's first step, cheaper)
        key: tuple[str, ...] = ()
        for n in range(i, min(i + 5, len(toks))):
            key += (toks[n].low,)
            if key not in prefixes:
                break
            if key in table:
                best = (key, n + 1)
        return best
    for n in range(1, 6):
        if i + n > len(toks):
            break
        key = tuple(t.low for t in toks[i:i + n])
        if key in table:
            best = (key, i + n)
    return best


def phrase_ending(toks: list[Tok], i: int, table) -> tuple[tuple[str, ...], int] | None:
    """Longest phrase of ``table`` ending just before token ``i`` -> (phrase, start index)."""
    best = None
    for n in range(1, 6):
        if i - n < 0:
            break
        key = tuple(t.low for t in toks[i - n:i])
        if key in table:
            best = (key, i - n)
    return best


def plural_of(words: str) -> str:
    """'person' -> 'people', 'Israeli woman' -> 'Israeli women'; other words unchanged."""
    parts = words.split()
    if parts:
        for (sing, plur) in lexicon().plurals.items():
            n = len(sing)
            if tuple(p.lower() for p in parts[-n:]) == sing:
                if plur == sing:  # "Peshmerga": singular and plural alike, the text's spelling stays
                    return words
                return " ".join(parts[:-n] + list(plur))
    return words


def adjective_of(people: str) -> str:
    """The adjective of a people plural ('Israelis' -> 'Israeli'), or '' when there is none.

    >>> adjective_of("Israelis"), adjective_of("Lebanese"), adjective_of("militants")
    ('Israeli', 'Lebanese', '')
    """
    for adj, plural in lexicon().nationalities.items():
        if plural == people:
            return " ".join(w.capitalize() for w in adj)
    return ""
