"""Reporting verbs: which words report speech, of what kind, with which CAMEO code (data in
``lib/data/reporting_verbs.csv``).

Example: ``reporting_verbs()["condemned"]`` is a speech act of kind ``act`` with stance ``condemn``, CAMEO 111.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "data"

@dataclass(frozen=True)
class Verb:
    """A reporting verb form with its kind (say | act | attitude | read | according), stance and CAMEO code.

    ``act`` verbs are speech acts that make an indirect statement on their own ("demanded ..."); ``attitude``
    verbs ("opposed") attribute a quote but are too often actions to stand alone."""

    form: str
    verb: str
    kind: str
    stance: str
    cameo: str


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, Verb]:
    """Reporting verb forms -> Verb, from ``lib/data/reporting_verbs.csv``.

    >>> reporting_verbs()["condemned"].cameo, reporting_verbs()["said"].kind
    ('111', 'say')
    """
    out: dict[str, Verb] = {}
    with open(DATA / "reporting_verbs.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            for f in r["forms"].split("|"):
                out.setdefault(f.strip(), Verb(f.strip(), r["verb"], r["kind"], r["stance"], r["cameo"]))
    return out



@lru_cache(maxsize=1)
def _verb_re() -> re.Pattern:
    forms = sorted(reporting_verbs(), key=len, reverse=True)
    alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(r"(?<![\w-])(?:" + alts + r"|According\s+to)(?![\w-])")



def cameo_code(verb: str, stance: str = "neutral") -> str:
    """CAMEO code of a reporting act: 010 statement, 020 appeal, 100 demand, 111 criticize, 120 reject...

    >>> cameo_code("demanded"), cameo_code("said", "reject"), cameo_code("said")
    ('100', '120', '010')
    """
    v = reporting_verbs().get(re.sub(r"\s+", " ", verb))
    if v is not None and v.cameo != "010":
        return v.cameo
    return {"reject": "120", "condemn": "111", "demand": "100", "welcome": "051", "threat": "130",
            "agree": "030", "propose": "036"}.get(stance, "010")

