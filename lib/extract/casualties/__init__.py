"""Casualty claims: every figure with its outcome, group, period and who reported it.

Idea: a claim is a count linked to an outcome word in the same clause ("killed 18 Palestinians", "13 Israelis
have been killed", "the death toll rose to 1,200"). Numbers that no outcome word governs, or that count strikes,
rockets or years (``lib/data/casualty_noncasualty.csv``), give no claim. A vague plural ("hundreds") gives a
claim with no count and an open lower bound, never an invented number.

Approach, one module per decision:

- ``lexicon``: the word lists (``lib/data/casualty_*.csv``) and the tokenizer;
- ``counts``: the number a figure gives, its bounds and qualifier;
- ``groups``: the people it counts, normalised to a people ("86 Palestinian adults" -> Palestinians);
- ``outcomes``: the outcome word that governs it (before, after, as its head noun, in a toll phrase);
- ``subcounts``: parts of a figure ("including 5 children"), breakdowns and lists, and their parent;
- ``figures``: all of the above for one sentence, giving ``Draft`` figures;
- ``periods`` and ``sources``: the time span a figure covers and who reported it;
- ``claims``: the article's records: drafts become claims, repeats and restated headline figures are dropped.

The catalogue of cases each module decides is in the parametrized tables of ``tests/extract/test_casualties.py``;
``docs/extraction.md`` describes the stage.

Example:
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract import Context
    >>> doc = document_from_text("a1", "The shelling killed 18 Palestinians and wounded over 40.",
    ...                          published="2006-11-16")
    >>> [(c.count, c.outcome, c.group, c.qualifier) for c in extract(Context(doc=doc))]
    [(18, 'killed', 'Palestinians', ''), (40, 'wounded', 'Palestinians', 'more than')]
"""
from __future__ import annotations

from lib.extract.casualties.claims import SKIP_REGIONS, extract
from lib.extract.casualties.counts import Quant, quantity
from lib.extract.casualties.groups import Group, appositive_end, group_at
from lib.extract.casualties.lexicon import DATA, Lexicon, Tok, lexicon, tokenize
from lib.extract.casualties.periods import Period, periods
from lib.extract.casualties.sources import Source, sources

__all__ = ["DATA", "SKIP_REGIONS", "Group", "Lexicon", "Period", "Quant", "Source", "Tok", "appositive_end",
           "extract", "group_at", "lexicon", "periods", "quantity", "sources", "tokenize"]
