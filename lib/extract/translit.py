"""One fold for the romanisations of Arabic and Hebrew names, shared by places and people.

Idea: "Beit Hanoun" and "Bayt Hanun", "Mousa Abu Marzouk" and "Mussa Abu Marzook" are one name each, written by
different conventions. One table of rewrite rules (``lib/data/transliteration.csv``) folds them to one key. Place
names take the coarse rules too (short vowels, diphthongs: "Jenin"/"Janin"); people's names do not (Hamed and
Hamad are two people), so each rule has a scope: ``both``, ``places`` or ``names``.

Approach: the rules are applied in the file's order, each a regular expression; ``gazetteer.translit_key`` applies
the ``places`` scope to a folded name, ``actors.dictionary.loose_key`` the ``names`` scope to each name part.

Example:
    >>> fold_variants("bayt hanun", "places") == fold_variants("beit hanoun", "places")
    True
    >>> fold_variants("marzouk", "names"), fold_variants("hamed", "names") == fold_variants("hamad", "names")
    ('marzuk', False)
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

TRANSLITERATION = Path(__file__).resolve().parent.parent / "data" / "transliteration.csv"
SCOPES = ("both", "places", "names")


@lru_cache(maxsize=4)
def variant_rules(scope: str) -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, replacement) of the rules for ``scope`` ("places" or "names"; "both" rules serve each), in order."""
    with open(TRANSLITERATION, newline="", encoding="utf-8") as fh:
        return tuple((re.compile(r["pattern"]), r["replacement"]) for r in csv.DictReader(fh)
                     if r["scope"] in ("both", scope))


@lru_cache(maxsize=16384)
def fold_variants(text: str, scope: str) -> str:
    """``text`` (lower case, no diacritics) with the romanisation rules of ``scope`` applied in order (remembered:
    the same few thousand names and place words come back ~9 times each over a corpus)."""
    for rx, rep in variant_rules(scope):
        text = rx.sub(rep, text)
    return text
