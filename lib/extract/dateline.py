"""Datelines: the place, date and agency that open a news story, parsed once for every stage.

Idea: a dateline ("GAZA CITY, Oct. 9 (AFP) - ") is not part of what the story says, but it places the story. The
regions stage marks it as non-body, the places stage keeps its all-caps city as a place, the actors stage reads
the article's home country from its city, the events stage places meetings the text leaves unplaced in it. All
of them ask this module, so they agree on what a dateline is.

Approach: one grammar in two shapes, tried in order at the start of a line:

- an optional "(Agency) -" first ("(ANSA) - ROME, JAN 12 -"), an all-caps city (more after a slash: "DOHA /
  JERUSALEM -"; the first is the dateline's city), then an optional ", Region", an
  optional ", Month day[, year]", an optional "(Agency)" and a dash: "ISLAMABAD, November 16 (RIA Novosti) -", "RAMALLAH, West Bank —";
- a title-case city of one to three words, an optional "(Region)", an optional ", anything", and a required
  "(Agency)" and dash: "Jeddah (Saudi Arabia) (AFP) -", "Riyadh, 5 Rabi al-Awwal 1445 (SPA) --".

A dash must be followed by text, so "Hamas - which rules Gaza - said no." is no dateline (no all-caps city, no
agency), and an agency's masthead ("KUNA - Kuwait News Agency": only the agency's name after the dash) is none.
``follows`` checks the tail alone (region, date, agency, dash) after a place name the places stage has
found; ``MASKED_LEAD`` is the same shape over text whose places and dates are masked as PLACE and DATE.

Example:
    >>> d = parse("GAZA CITY, Oct. 9 (AFP) - Strikes continued.")
    >>> (d.text, d.city, d.date, d.agency, d.end)
    ('GAZA CITY, Oct. 9 (AFP) -', 'GAZA CITY', 'Oct. 9', 'AFP', 25)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# the parts of the all-caps shape
_REGION = r"(?:,\s*(?P<region>[A-Z][A-Za-z'’. -]{1,30}))"
_DATE = (r"(?:,\s*(?P<date>(?:[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}|\d{1,2}\s+[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?)"
         r"(?:,?\s+\d{4})?))")
_AGENCY = r"(?:\((?P<agency>[^()\n]{2,40})\))"
_TAIL = rf"{_REGION}?{_DATE}?\s*{_AGENCY}?\s*[-–—]+"
# more cities after a slash ("DOHA / JERUSALEM -", "WASHINGTON/GAZA (Reuters) -"): the first is the story's city
_MORE = r"(?:\s*/\s*[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2})*"

# the agency first, as some agencies print it: "(ANSA) - ROME, JAN 12 - "
_PRE_AGENCY = r"(?:\((?P<pre>[A-Za-z][\w.]*(?:\s[A-Z][\w.]*){0,2})\)\s*[-–—]+\s*)"
CAPS = re.compile(rf"{_PRE_AGENCY}?(?P<city>[A-Z][A-Z'’. -]{{2,40}}){_MORE}{_TAIL}(?=\s+\S)")
# "Jeddah (Saudi Arabia) (AFP) -", "Riyadh, 5 May (SPA) --": a title-case city needs an agency in brackets
TITLED = re.compile(
    r"(?P<city>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2})(?:\s*\((?P<region>[^()\n]{2,30})\))?"
    r"(?:,\s(?P<rest>[^()\n]{1,100}?))?\s*\((?P<agency>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\)\s*[-–—]+(?=\s+\S)")
_AFTER_PLACE = re.compile(rf"{_MORE}{_TAIL}\s")
# over masked text: "PLACE, DATE (AP) — ", "PLACE / PLACE (Reuters) - "
MASKED_LEAD = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*[—–-]+\s*)?PLACE(?:\s*[,/]\s*PLACE)*(?:\s*,\s*DATE)?\s*(?:\([^()]{1,40}\)\s*)*[—–-]+\s*")


# an agency's masthead line ("KUNA - Kuwait News Agency"): after the dash, only the agency's full name
_MASTHEAD = re.compile(r"\s*(?:(?:[A-Z][\w.’'-]*|&|of|and|the|for)\s+){0,8}?"
                       r"(?:Agency|News|Press|Service|Network|Television|TV|Radio|Channel|Broadcasting|Corporation)\s*$")


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline: offsets are into the text given to ``parse``; ``text[start:end]`` ends at the dash."""

    start: int
    end: int
    text: str
    city: str
    city_start: int
    city_end: int
    region: str = ""
    date: str = ""
    agency: str = ""


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def parse(text: str, pos: int = 0, endpos: int | None = None) -> Dateline | None:
    """The dateline starting exactly at ``pos`` (before ``endpos``, by default the end of that line), or None.

    >>> parse("Jeddah (Saudi Arabia) (AFP) - Talks resumed.").region
    'Saudi Arabia'
    >>> parse("Talks began in Jeddah (AFP) on Monday.") is None
    True
    """
    end = _line_end(text, pos) if endpos is None else endpos
    m = CAPS.match(text, pos, end)
    if m is not None:
        region, date = m["region"] or "", m["date"] or ""
        if not (region or date or m["agency"]) and _MASTHEAD.match(text, m.end(), _line_end(text, m.end())):
            return None  # "KUNA - Kuwait News Agency": a masthead, no story
    else:
        m = TITLED.match(text, pos, end)
        if m is None:
            return None
        rest = (m["rest"] or "").strip()
        dated = any(c.isdigit() for c in rest)
        region, date = (m["region"] or ("" if dated else rest)), (rest if dated else "")
    city = m["city"].rstrip()
    agency = m["agency"] or (m.groupdict().get("pre") or "")
    return Dateline(m.start(), m.end(), m.group(0), city, m.start("city"), m.start("city") + len(city),
                    region.strip(), date.strip(), agency.strip())


def follows(text: str, pos: int, endpos: int | None = None) -> bool:
    """Does the rest of a dateline (", Region", ", date", "(Agency)", a dash) start at ``pos``, just after a place?

    >>> t = "RAMALLAH, West Bank (AP) — Talks began."
    >>> follows(t, len("RAMALLAH")), follows("Ramallah is a city.", len("Ramallah"))
    (True, False)
    """
    return _AFTER_PLACE.match(text, pos, len(text) if endpos is None else endpos) is not None
