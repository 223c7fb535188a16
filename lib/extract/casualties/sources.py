"""Sources: who reported a figure ("the Gaza health ministry said", "according to medics").

Idea: a casualty figure is a claim by someone; the reporter is the noun phrase before a verb of saying or after
"according to", when it names an authority or outlet (a cue word from ``lib/data/casualty_sources.csv``).

Approach: ``sources`` scans a sentence for the two shapes and cleans the noun phrase (articles, possessives).

Example:
    >>> [s.name for s in sources("At least 20 were killed, the Health Ministry said.")]
    ['Health Ministry']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lib.extract.casualties.lexicon import PRONOUN_SOURCES, lexicon

SOURCE_VERBS = ("said", "says", "reported", "reports", "announced", "stated", "confirmed", "added", "told",
                "estimated", "estimates", "counted", "recorded", "put", "puts")
SOURCE_TRAILERS = frozenset({"tally", "count", "figures", "figure", "data", "statistics", "report", "records",
                             "toll", "numbers"})


@dataclass(frozen=True)
class Source:
    name: str
    start: int
    end: int


def _clean_source(np: str) -> str:
    words = np.strip(" ,;:\"“”'").split()
    while words and words[0].lower() in ("the", "a", "an", "an", "and", "but", "while", "as"):
        words = words[1:]
    while len(words) > 1 and words[-1].lower().strip(".") in SOURCE_TRAILERS:
        words = words[:-1]
    return " ".join(words).strip(" ,;:")


@lru_cache(maxsize=1)
def _cue_rx(cues: frozenset[str]) -> re.Pattern:
    """Any source cue as a whole word: one pattern instead of one search per cue."""
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(c) for c in sorted(cues)) + r")(?![\w])")


def _is_source(np: str) -> bool:
    lex = lexicon()
    words = np.split()
    if not words or words[0].lower() in PRONOUN_SOURCES or len(words) > 8:
        return False
    low = np.lower()
    if _cue_rx(lex.source_cues).search(low):
        return True
    return all(w[:1].isupper() for w in words)


def sources(sentence: str) -> list[Source]:
    """Who reports the figures in a sentence ("according to an AFP tally", "the Health Ministry said").

    >>> [s.name for s in sources("At least 505 people have been killed, the Health Ministry said.")]
    ['Health Ministry']
    >>> [s.name for s in sources("One was killed, according to an AFP tally based on official sources.")]
    ['AFP']
    """
    out: list[Source] = []
    for m in re.finditer(r"\baccording to (?P<np>.+?)(?=\s*(?:[,;()]|\.(?:\s|$)|$|\s(?:based on|which|who|that|"
                         r"citing|cited|and the|on|in|as of)\b))", sentence):
        name = _clean_source(m["np"])
        if name and _is_source(name):
            out.append(Source(name, m.start("np"), m.end("np")))
    verbs = "|".join(SOURCE_VERBS)
    for m in re.finditer(rf"\b(?:{verbs})\b", sentence):
        head = sentence[:m.start()].rstrip()
        clause = re.split(r"[,;:“”\"()]|\b(?:and|but|while|as|that)\s", head)[-1].strip()
        words = clause.split()
        if words and len(words) <= 8:
            name = _clean_source(clause)
            if name and _is_source(name):
                s = head.rfind(clause)
                out.append(Source(name, s, s + len(clause)))
                continue
        tail = re.match(r"\s+(?P<np>(?:the |an? )?[^,;.()“”\"]+?)(?=\s*(?:[,;()“”\"]|\.(?:\s|$)|$|\s(?:on|in|that)\b))",
                        sentence[m.end():])
        if tail and sentence[:m.start()].rstrip().endswith((",", "“", "”", "\"")):
            name = _clean_source(tail["np"])
            if name and _is_source(name):
                s = m.end() + tail.start("np")
                out.append(Source(name, s, s + len(tail["np"])))
    return out
