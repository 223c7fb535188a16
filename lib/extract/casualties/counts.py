"""Counts: the number a figure gives, with its bounds and qualifier.

Idea: a figure is digits ("1,200"), number words ("Thirteen", "a hundred", "two dozen"), an article before a
singular person noun ("an Israeli woman" -> 1) or a vague plural ("dozens", "hundreds") that gives no count but a
guaranteed floor. Qualifiers ("at least", "nearly", "more than") become ``count_min``/``count_max``.

Approach: ``quantity`` reads tokens from ``i``: an optional qualifier, then a number (``number_at``: digits,
number words and their chains), then vague multipliers ("hundreds of thousands"); a day after a month name is a
date, not a count.

Example:
    >>> from lib.extract.casualties.lexicon import tokenize
    >>> q = quantity(tokenize("at least 1,200 people"), 0)
    >>> (q.count, q.count_min, q.count_max, q.qualifier)
    (1200, 1200, None, 'at least')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lib.extract.casualties.lexicon import MONTHS, Tok, lexicon, match_phrase


@dataclass(frozen=True)
class Quant:
    """A count at tokens [i, j): value, bounds, qualifier, kind (num | article | vague)."""

    i: int
    j: int
    count: int
    count_min: int | None
    count_max: int | None
    qualifier: str
    kind: str
    year_like: bool = False


def number_at(toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """A number at token ``i`` -> (value, end index, kind), kind num | article | vague."""
    lex = lexicon()
    if i >= len(toks):
        return None
    t = toks[i]
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", t.text) and t.text[0].isdigit():
        value = float(t.text.replace(",", ""))
        j = i + 1
        if j < len(toks) and lex.numbers.get(toks[j].low, (0, ""))[1] == "scale" and toks[j].low != "dozen":
            value *= lex.numbers[toks[j].low][0]
            j += 1
        return int(value), j, "num"
    total = current = 0
    j = i
    seen = False
    while j < len(toks):
        parts = toks[j].low.split("-")
        entries = [lex.numbers.get(p) for p in parts]
        if not all(entries):
            if seen and toks[j].low == "and" and j + 1 < len(toks) and \
                    lex.numbers.get(toks[j + 1].low.split("-")[0], (0, ""))[1] in ("unit", "ten") and current >= 100:
                j += 1
                continue
            break
        kinds = [e[1] for e in entries]
        if kinds[0] == "vague":
            if seen:
                break
            return _vague_chain(toks, j, entries[0][0])
        if kinds[0] == "multiplier" or kinds[0] == "article" and j + 1 < len(toks) and \
                lex.numbers.get(toks[j + 1].low, (0, ""))[1] == "multiplier":
            # "several hundred", "a few thousand": a vague figure with a lower bound, never an exact count
            m = j + (1 if kinds[0] == "article" else 0)
            scale = lex.numbers.get(toks[m + 1].low) if m + 1 < len(toks) else None
            if seen or len(parts) > 1 or scale is None or scale[1] != "scale":
                break
            return lex.numbers[toks[m].low][0] * scale[0], m + 2, "vague"
        if kinds[0] == "article":
            if seen:
                break
            nxt = toks[j + 1].low if j + 1 < len(toks) else ""
            if nxt in ("hundred", "thousand", "dozen", "million"):
                current = 1
                seen = True
                j += 1
                continue
            if len(parts) == 1:
                return 1, j + 1, "article"
            break
        for (v, k) in entries:
            if k in ("unit", "ten"):
                current += v
            elif v == 100:
                current = max(current, 1) * 100
            elif k == "scale":
                if v == 12:
                    current = max(current, 1) * 12
                else:
                    total += max(current, 1) * v
                    current = 0
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j, "num"


def _vague_chain(toks: list[Tok], j: int, value: int) -> tuple[int, int, str]:
    """A vague plural at ``j`` with its lower bound, through "of" chains ("hundreds of thousands" -> 100,000)."""
    lex = lexicon()
    end = j + 1
    while end + 1 < len(toks) and toks[end].low == "of" and lex.numbers.get(toks[end + 1].low, (0, ""))[1] == "vague" \
            and lex.numbers[toks[end + 1].low][0] >= 1000:
        value *= lex.numbers[toks[end + 1].low][0]
        end += 2
    return value, end, "vague"


def _day_of_month(toks: list[Tok], k: int) -> bool:
    """True when the number at token ``k`` is a day after a month name ("Oct. 7", "October 7").

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> _day_of_month(tokenize("since Oct. 7 to 300"), 3), _day_of_month(tokenize("from 7 to 300"), 1)
    (True, False)
    """
    m = k - 1
    if m > 0 and toks[m].low == "." and toks[m - 1].low in MONTHS:
        m -= 1
    return m >= 0 and toks[m].low in MONTHS and toks[m].low != "may" and toks[k].text.isdigit() \
        and 1 <= int(toks[k].text) <= 31


def _year_of_date(toks: list[Tok], k: int) -> bool:
    """True when the number at token ``k`` is the year of a date: after a month ("October 2023") or a day of the
    month and a comma ("October 8, 2023"), or after "since".

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> _year_of_date(tokenize("since October 8, 2023 to 2,483"), 4), _year_of_date(tokenize("from 2023 to 2,483"), 1)
    (True, False)
    """
    if not re.fullmatch(r"(1[89]|20)\d\d", toks[k].text) or k == 0:
        return False
    prev = toks[k - 1].low
    if prev in MONTHS or prev == "since":
        return True
    return prev == "," and k > 1 and _day_of_month(toks, k - 2)


def quantity_starts(toks: list[Tok]) -> set[int]:
    """Indices of the tokens at which ``quantity`` may find a count: a qualifier's first word, "between", digits or
    a number word. Elsewhere ``quantity`` is None, so callers scanning every token skip the rest cheaply.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> sorted(quantity_starts(tokenize("at least 12 were killed in a raid")))
    [0, 2, 5, 6]
    """
    firsts, either = _qualifier_firsts(), _starting_words()
    return {i for i, t in enumerate(toks) if (t.low in either if "-" not in t.low else t.low in firsts or
                                              t.low.split("-", 1)[0] in lexicon().numbers) or t.text[:1].isdigit()}


@lru_cache(maxsize=1)
def _qualifier_firsts() -> frozenset[str]:
    return frozenset(k[0] for k in lexicon().qualifiers if k) | {"between"}


@lru_cache(maxsize=1)
def _starting_words() -> frozenset[str]:
    """The words without a hyphen at which a count may begin: a qualifier's first word or a number word."""
    return _qualifier_firsts() | frozenset(lexicon().numbers)


def quantity(toks: list[Tok], i: int) -> Quant | None:
    """A count with its qualifier or range at token ``i``.

    >>> from lib.extract.casualties.lexicon import tokenize
    >>> q = quantity(tokenize("more than 40 people"), 0)
    >>> (q.count, q.count_min, q.count_max, q.qualifier)
    (40, 41, None, 'more than')
    >>> q = quantity(tokenize("between 10 and 15"), 0)
    >>> (q.count, q.count_min, q.count_max)
    (10, 10, 15)
    """
    lex = lexicon()
    qual, bound, k = "", "exact", i
    m = match_phrase(toks, i, lex.qualifiers)
    if m:
        (qual, bound), k = lex.qualifiers[m[0]], m[1]
    if k < len(toks) and toks[k].low == "between" and not qual:
        a = number_at(toks, k + 1)
        if a and a[2] == "num" and a[1] < len(toks) and toks[a[1]].low == "and":
            b = number_at(toks, a[1] + 1)
            if b and b[2] == "num" and b[0] >= a[0]:
                return Quant(i, b[1], a[0], a[0], b[0], "between", "num")
        return None
    n = number_at(toks, k)
    if n is None:
        return None
    value, j, kind = n
    if kind == "article" and qual:
        return None
    if kind == "num" and j + 1 < len(toks) and toks[j].low in ("to", "-", "–", "or") and bound in ("exact", "approx") and \
            not _day_of_month(toks, k) and not _year_of_date(toks, k):
        # "the toll since Oct. 7 to 28,473", "since October 8, 2023 to 2,483": a date, then the figure
        b = number_at(toks, j + 1)
        if b and b[2] == "num" and b[0] > value:
            return Quant(i, b[1], value, value, b[0], "between", "num")
    text = toks[k].text
    year_like = kind == "num" and bool(re.fullmatch(r"(1[89]|20)\d\d", text)) and not qual
    if kind == "vague":
        return Quant(i, j, value, value, None, "vague", kind)  # "at least dozens": still vague
    cmin = cmax = value
    if bound == "min":
        cmax = None
    elif bound == "above":
        cmin, cmax = value + 1, None
    elif bound == "max":
        cmin = None
    elif bound == "below":
        cmin, cmax = None, value - 1
    elif bound == "approx":
        cmin = cmax = None
    return Quant(i, j, value, cmin, cmax, qual, kind, year_like)
