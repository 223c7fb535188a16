"""A person named by an office or an age instead of a name ("the minister", "the top diplomat", "the veteran
negotiator", "the 58-year-old"): the last person named before whom that office fits.

Example: after "Defence Minister Yoav Gallant visited the north. Prime Minister Benjamin Netanyahu said ...",
"“…,” the minister said" is Gallant's (a minister), "“…,” the 74-year-old said" Netanyahu's (the last person).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from lib.extract.statements.speakers import OFFICE_TITLES, Speaker, _type


def office_antecedent(R, ana: re.Match, pos: int, verb_start: int) -> Speaker | None:
    """Who an office or age anaphor (an ``ANAPHORS`` match with its ``person`` group) at ``pos`` points to, for the
    resolver ``R``: the person 'he' would point to when the office fits them (or names none: "the official", "the
    58-year-old"), else the last person named or speaking before whose title holds the office, else the same as 'he'.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.statements.resolver import _Resolver, listen
    >>> from lib.extract.statements.speakers import ANAPHORS
    >>> t = ("T\\n\\nDefence Minister Yoav Gallant visited the north. Prime Minister Benjamin Netanyahu said "
    ...      "the army was ready.\\n\\n“We will restore calm,” the minister said.")
    >>> d = document_from_text("a", t, published="2024-01-10")
    >>> R = _Resolver(d, tuple(find(d)))
    >>> listen(R, d, [])
    >>> p = t.index(" the minister")
    >>> office_antecedent(R, ANAPHORS.fullmatch(" the minister"), p, p + 13).name
    'Yoav Gallant'
    >>> office_antecedent(R, ANAPHORS.fullmatch(" the 74-year-old"), p, p + 16).name
    'Benjamin Netanyahu'
    >>> office_antecedent(R, ANAPHORS.fullmatch(" the monarch"), p, p + 12).name  # (no king named: as 'he')
    'Benjamin Netanyahu'
    """
    sp = R.pronoun("he", pos, verb_start)
    office = re.sub(r"\s+", " ", (ana["office"] or "").lower())
    if not office or office == "official":
        return sp
    mod = re.sub(r"\s+", " ", (ana["mod"] or "").lower())
    words = (f"{mod} {office}",) if mod else OFFICE_TITLES.get(office, (office,))

    def fits(c: Speaker | None) -> bool:
        return c is not None and any(re.search(rf"(?<![\w-]){w}", f"{c.title} {c.name}".lower()) for w in words)

    if sp is None or fits(sp):
        return sp
    people = [c for c in R.history if c.pos < pos and c.type == "person"]
    people += [R.from_mentions([m], 0, 0) for m in R.actors[:bisect_left(R._starts, pos)]
               if _type(m) == "person" and m.end <= pos]
    fit = [c for c in people if fits(c)]
    return max(fit, key=lambda c: c.pos) if fit else sp
