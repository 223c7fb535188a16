"""Which of many word-start patterns can match in a text, from the first letters of its words.

Idea: running fifty patterns of the form ``(?<![\\w-])(?:...)`` (the event triggers) over every sentence costs fifty
scans, most of which find nothing. A match starts at a word and consumes the pattern's first letters there, so a
pattern whose possible first letters ("met", "mee", "tal", ...) start no word of the sentence cannot match in it and
need not be run. Running only the others, in their own order, gives exactly the matches of running all of them.

Approach: ``prefixes`` reads a pattern's parse tree (``re._parser``) and lists the strings of up to ``K`` characters
any match must begin with (zero-width assertions skipped, alternations and optional parts expanded, the listing
stopped at a character class or a repeat); a pattern whose matches may begin with anything is marked ``None`` (always
run). ``PrefixIndex.candidates`` takes the first ``K`` characters of every word start of the text (positions where
the patterns' own ``(?<![\\w-])`` holds), lowercased; case-insensitive matching is safe because the pattern's prefix
letters are ASCII and a window holding a non-ASCII character that Unicode case folding pairs with an ASCII letter
("K" Kelvin sign, "ſ") makes every pattern a candidate.

Example:
    >>> import re
    >>> rx = [re.compile(r"(?<![\\w-])(?:meet|met|talks)(?![\\w-])", re.I),
    ...       re.compile(r"(?<![\\w-])(?:visit(?:ed|s)?)(?![\\w-])", re.I)]
    >>> ix = PrefixIndex([r"meet|met|talks", r"visit(?:ed|s)?"], re.I)
    >>> ix.candidates("Abbas met Sisi in Cairo.", 0, 24)
    (0,)
    >>> ix.candidates("He visited Amman.", 0, 17)
    (1,)
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

K = 3  # characters of a prefix
_MAX_PREFIXES = 400  # more than this: the pattern is always run
# the first K characters at every word start (where the patterns' own "(?<![\w-])" holds), cut at the text's end
_WINDOW = re.compile(rf"(?<![\w-])(?=(\w.{{0,{K - 1}}}))", re.S)
_SMALL_CLASS = 8  # a character class of at most this many ASCII literals is expanded


def prefixes(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The lowercased strings (1 to ``K`` characters, each starting with a word character) that every match of
    ``pattern`` begins with, or None when a match may begin otherwise.

    >>> sorted(prefixes("meet|meets|met|(?<=to )gather"))
    ['gat', 'mee', 'met']
    >>> sorted(prefixes("(?:signing )?ceremony|air ?raids?"))
    ['air', 'cer', 'sig']
    >>> prefixes("(?:[\\\\w-]+ )?together") is None
    True
    """
    out: set[str] = set()

    def stop(prefix: str) -> bool:
        out.add(prefix)
        return len(out) <= _MAX_PREFIXES

    def go(rest: tuple, prefix: str) -> bool:
        if len(prefix) >= K or not rest:
            return stop(prefix)
        (op, av), tail = rest[0], rest[1:]
        if op is _c.LITERAL:
            ch = chr(av)
            return go(tail, prefix + ch.lower()) if ch.isascii() else stop(prefix)
        if op is _c.IN:
            chars = set()
            for o, a in av:
                if o is not _c.LITERAL or not chr(a).isascii():
                    return stop(prefix)
                chars.add(chr(a).lower())
            if len(chars) > _SMALL_CLASS:
                return stop(prefix)
            return all(go(tail, prefix + ch) for ch in sorted(chars))
        if op is _c.BRANCH:
            return all(go(tuple(alt) + tail, prefix) for alt in av[1])
        if op is _c.SUBPATTERN:
            return go(tuple(av[-1]) + tail, prefix)
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):  # zero-width: consumes nothing
            return go(tail, prefix)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, hi, sub = av
            if lo == 0 and not go(tail, prefix):
                return False
            if hi == 0:
                return True
            if hi == 1:  # exactly one pass when taken (lo 0 was the pass skipped, above)
                return go(tuple(sub) + tail, prefix)
            return go(tuple(sub), prefix)  # one pass of the repeated part, then the prefix stops
        return stop(prefix)

    if not go(tuple(_p.parse(pattern, flags)), ""):
        return None
    if any(not p or not re.match(r"\w", p) for p in out):
        return None
    return frozenset(out)


@lru_cache(maxsize=1)
def _folds_to_ascii() -> frozenset[str]:
    """Non-ASCII characters that a case-insensitive ASCII letter matches (or that lowercase to ASCII)."""
    letter = re.compile(r"[a-z]", re.I)
    return frozenset(c for c in map(chr, range(0x80, 0x10000))
                     if letter.fullmatch(c) or any(x.isascii() for x in c.lower()))


class PrefixIndex:
    """Patterns (the sources inside ``(?<![\\w-])(?:...)``) indexed by their prefixes; ``candidates`` lists, in
    order, the indices of those that can match in ``text[start:end]``."""

    def __init__(self, patterns: list[str], flags: int = 0):
        self.n = len(patterns)
        self.always: tuple[int, ...] = ()
        by_key: dict[str, list[int]] = {}
        always = []
        for i, src in enumerate(patterns):
            keys = prefixes(src, flags)
            if keys is None:
                always.append(i)
                continue
            for k in keys:
                by_key.setdefault(k, []).append(i)
        self.always = tuple(always)
        self.by_key = {k: tuple(v) for k, v in by_key.items()}
        self.lengths = tuple(sorted({len(k) for k in by_key}))
        self.folds = _folds_to_ascii()

    def candidates(self, text: str, start: int, end: int) -> tuple[int, ...]:
        """Indices (ascending) of the patterns that may match in ``text[start:end]``."""
        windows = _WINDOW.findall(text, start, end)
        if not "".join(windows).isascii() and any(c in self.folds for w in windows for c in w):
            return tuple(range(self.n))
        found = set(self.always)
        by_key, lengths = self.by_key, self.lengths
        for w in set(windows):
            w = w.lower()
            for n in lengths:
                hit = by_key.get(w[:n])
                if hit:
                    found.update(hit)
        return tuple(sorted(found))


_DIGIT = re.compile(r"\d")


class Gate:
    """What every match of a pattern must contain, read from its parse tree, as a cheap test of a text: a pattern
    whose matches all hold a digit (``\\d``, a digit range or literal) cannot match a text without one, and one whose
    matches all hold one of some literal strings (case as written, outside case-insensitive parts) cannot match a
    text holding none of them. ``may_match(text)`` False means ``pattern.search(text)`` finds nothing; True means
    nothing (the pattern must still be run).

    >>> g = Gate(re.compile(r"\\b(?:[Ll]ast|[Nn]ext)\\s+(?:week|month)\\b"))
    >>> sorted(g.strings), g.digit
    (['month', 'week'], False)
    >>> g.may_match("He left last week."), g.may_match("He left last year.")
    (True, False)
    >>> Gate(re.compile(r"(?P<day>[0-3]?\\d)\\s+(?:May|June)")).may_match("in May")
    False
    """

    def __init__(self, pattern: re.Pattern):
        tree = _p.parse(pattern.pattern, pattern.flags)
        self.digit = _needs_digit(tree)
        self.strings = None if pattern.flags & re.IGNORECASE else _required(tree)

    def may_match(self, text: str) -> bool:
        if self.digit and _DIGIT.search(text) is None:
            return False
        return self.strings is None or any(map(text.__contains__, self.strings))  # (no generator frame per string)


def _digit_item(op, av) -> bool:
    if op is _c.LITERAL:
        return chr(av).isdecimal() and _DIGIT.fullmatch(chr(av)) is not None
    if op is _c.IN:
        return bool(av) and all(o is _c.CATEGORY and a is _c.CATEGORY_DIGIT
                                or o is _c.RANGE and 48 <= a[0] <= a[1] <= 57
                                or o is _c.LITERAL and 48 <= a <= 57 for o, a in av)
    if op is _c.SUBPATTERN:
        return _needs_digit(av[-1])
    if op is _c.BRANCH:
        return all(_needs_digit(alt) for alt in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        return av[0] >= 1 and _needs_digit(av[2])
    return False


def _needs_digit(seq) -> bool:
    """Does every match of the parsed sequence hold a character of ``\\d``?"""
    return any(_digit_item(op, av) for op, av in seq)


def _required(seq) -> frozenset[str] | None:
    """Literal strings one of which every match of the parsed sequence holds (the most selective such set found:
    longest shortest string, then fewest), or None."""
    best: frozenset[str] | None = None

    def consider(r: frozenset[str] | None) -> None:
        nonlocal best
        if r and all(r) and (best is None or (min(map(len, r)), -len(r)) > (min(map(len, best)), -len(best))):
            best = r

    run = ""
    for op, av in seq:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        consider(frozenset([run]) if run else None)
        run = ""
        if op is _c.SUBPATTERN:
            consider(None if av[1] & re.IGNORECASE else _required(av[-1]))
        elif op is _c.BRANCH:
            alts = [_required(alt) for alt in av[1]]
            consider(None if any(a is None for a in alts) else frozenset().union(*alts))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            consider(_required(av[2]))
    consider(frozenset([run]) if run else None)
    if best is None:
        return None
    return frozenset(s for s in best if not any(t != s and t in s for t in best))  # "APR" covers "APRIL"
