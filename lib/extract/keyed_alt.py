"""A long alternation of names written as a two-level tree keyed by each name's leading word, with the same matches.

Idea: ``re`` tries the alternatives of ``(?:Abu Mazen|Hamas|Hezbollah|...)`` one by one at every position it is asked
about; with ~700 names that is ~700 failed tries per position (~7 us), even when only one or two names can start
there. When whatever follows the alternation in the pattern cannot start with a word character (a space, an
apostrophe, ``(?![\\w-])``), an alternative can only take part in a match at a position whose leading run of word
characters (``\\w+``) is exactly the alternative's own leading run: alternatives with another leading run fail there
whatever comes after. So grouping the alternatives by first character, then by leading run, keeping their order
within each run, gives the same first match (same alternative, same backtracking) while ``re`` rejects all other
groups on their first character.

Approach: ``keyed_alternation(alternatives, piece)`` keeps the alternatives' order (callers sort them longest first)
and writes each first character once, each run once under it, then the rests (``piece`` applied, e.g. escaping) in
order; ``piece`` must work character by character (``piece(run + rest) == run + piece(rest)`` for a word run), as
``re.escape`` and the replacements of ``'`` and ``\\ `` do. Only for alternations NOT inside a case-insensitive group.

Example:
    >>> import re
    >>> keyed_alternation(["Abu Mazen", "Abu", "Hamas", "al-Sisi"], re.escape)
    'A(?:bu(?:\\\\ Mazen|))|H(?:amas(?:))|a(?:l(?:\\\\-Sisi))'
    >>> rx = re.compile(rf"(?<![\\w-])(?:{keyed_alternation(['Abu Mazen', 'Abu', 'Hamas'], re.escape)})(?![\\w-])")
    >>> [m.group(0) for m in rx.finditer("Abu Mazen, Abu Ali and Hamas; Hamasx")]
    ['Abu Mazen', 'Abu', 'Hamas']
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_RUN = re.compile(r"\w+")


def keyed_alternation(alternatives: Iterable[str], piece: Callable[[str], str]) -> str:
    """The regex text of ``(?:piece(a1)|piece(a2)|...)``'s alternatives as a tree on first character and leading word
    run (no outer group); same matches wherever the alternation is followed by a non-word character or the end.

    >>> keyed_alternation(["US", "USA", "UK"], re.escape)
    'U(?:S(?:)|SA(?:)|K(?:))'
    >>> keyed_alternation(["'Abbas", "Abbas"], re.escape)
    "(?:(?:'Abbas))|A(?:bbas(?:))"
    """
    tree: dict[str, dict[str, list[str]]] = {}
    for a in alternatives:
        m = _RUN.match(a)
        run = m.group(0) if m else ""
        tree.setdefault(run[:1], {}).setdefault(run, []).append(a[len(run):])
    out = []
    for first, runs in tree.items():
        inner = "|".join(f"{re.escape(run[1:])}(?:{'|'.join(piece(r) for r in rests)})" for run, rests in runs.items())
        out.append(f"{re.escape(first)}(?:{inner})")
    return "|".join(out)
