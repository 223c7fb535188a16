"""Numeric dates: the article's own order (day first or month first), two-digit-year timestamps, and capitalised
date words inside names ("USA Today") — lib/extract/dates/numeric_order.py and the numeric/relday filters."""
from __future__ import annotations

import pytest

from lib.extract.dates import tag
from lib.extract.dates.numeric_order import article_order
from lib.extract.dates.periods import Anchor
from lib.extract.document import document_from_text


def dates(text: str, published: str) -> list[tuple[str, str]]:
    doc = document_from_text("t", text, published=published)
    return [(m.text, m.value) for m in tag(doc) if m.kind == "date"]


@pytest.mark.parametrize("text, published, expected", [
    # month first: the reading that is the publication day, a US time zone, an unambiguous sibling
    ("Posted 03/04/2023\n\nThe envoy landed.", "2023-03-04", [("03/04/2023", "2023-03-04")]),
    ("Last updated 06/07/2022 9:15 AM EST\n\nTalks resumed.", "2022-06-10",
     [("06/07/2022 9:15 AM EST", "2022-06-07T09:15")]),
    ("The memo of 12/28/2021 and the note of 01/02/2022 differ.", "2022-03-01",
     [("12/28/2021", "2021-12-28"), ("01/02/2022", "2022-01-02")]),
    # day first: the default, and an unambiguous sibling
    ("The memo of 03/04/2023 was leaked.", "2023-06-01", [("03/04/2023", "2023-04-03")]),
    ("Signed on 28/12/2021, ratified on 01/02/2022.", "2022-03-01",
     [("28/12/2021", "2021-12-28"), ("01/02/2022", "2022-02-01")]),
    # conflicting evidence: no article order, day first
    ("Signed 28/12/2021, filed 12/28/2021, read 01/02/2022.", "2022-03-01",
     [("28/12/2021", "2021-12-28"), ("12/28/2021", "2021-12-28"), ("01/02/2022", "2022-02-01")]),
])
def test_numeric_order(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Published: 11.23.09, 08:40\n\nThe cabinet met.", "2009-11-23", [("11.23.09, 08:40", "2009-11-23T08:40")]),
    ("Updated: 07.15.16\n\nThe vote passed.", "2016-07-15", [("07.15.16", "2016-07-15")]),
    # not a timestamp: a version number, an ambiguous pair
    ("Version 10.20.30 of the app shipped.", "2024-06-01", []),
    ("Updated: 03.04.16\n\nThe vote passed.", "2016-03-04", []),
])
def test_two_digit_year_stamps(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    ("The minister told Gulf Today that talks would go on.", []),
    ("He spoke on the Today programme about the truce.", []),
    ("A reporter for Sudan Tonight asked about aid.", []),
    # date words in running text, at a sentence's start, in a title-case headline
    ("Talks resume today in Cairo.", [("today", "2023-03-19")]),
    ("Today, talks resume in Cairo.", [("Today", "2023-03-19")]),
    ("Ceasefire Talks Resume Today In Cairo", [("Today", "2023-03-19")]),
    ('He said: "Today we start again."', [("Today", "2023-03-19")]),
    # a navigation bar is no headline: its items are names ("Iran Today", "Gulf Tonight")
    ("Politics | Economy | Iran Today | Photos | Videos", []),
    ("Home • World • Gulf Tonight • Sport", []),
    ("News | Opinion | Business Today | Culture", []),
    # negative: a title-case headline with a bar before the outlet still dates its "Today"
    ("Ceasefire Talks Resume Today | Gulf News", [("Today", "2023-03-19")]),
])
def test_date_words_inside_names(text, expected):
    assert dates(text, "2023-03-19") == expected


def test_article_order_evidence():
    doc = document_from_text("t", "Filed 09/10/2020 10:00 PM PDT.", published="2020-09-11")
    assert article_order(doc, Anchor.of("2020-09-11")) == ("mdy", "month first: 09/10/2020 is followed by a US time zone")


@pytest.mark.parametrize("text, published, expected", [
    # a weekday written with its month-day picks the year in which they agree
    ("Both sides agreed to meet next Tuesday, June 3.", "2025-05-30", [("next Tuesday, June 3", "2025-06-03")]),
    ("Officials had agreed to reconvene on Monday, January 6.", "2025-01-02", [("Monday, January 6", "2025-01-06")]),
    ("The vote was held on Sunday, March 12.", "2023-03-19", [("Sunday, March 12", "2023-03-12")]),
    # "as planned" is an idiom, not the clause's verb
    ("The minister said the handover would start as planned in September.", "2021-06-10",
     [("September", "2021-09")]),
    ("The handover ended as planned in September.", "2021-06-10", [("September", "2020-09")]),
])
def test_weekday_year_and_idioms(text, published, expected):
    assert dates(text, published) == expected


SECTIONS = """STATEMENT

MAY 7, 2023

The envoy met today with the foreign minister in Amman. On Saturday she flew in.

Press remarks

In Riyadh on Tuesday, the envoy took questions.
"""


@pytest.mark.parametrize("text, expected", [
    # a date line a few days before the publication day dates its section; a heading closes it
    (SECTIONS, [("MAY 7, 2023", "2023-05-07"), ("today", "2023-05-07"), ("Saturday", "2023-05-06"),
                ("Tuesday", "2023-05-09")]),
    # a date line of the publication day, or one long before it, changes nothing
    ("MAY 9, 2023\n\nThe envoy met today with the minister.", [("MAY 9, 2023", "2023-05-09"), ("today", "2023-05-09")]),
    ("JANUARY 2, 2023\n\nThe envoy met today with the minister.",
     [("JANUARY 2, 2023", "2023-01-02"), ("today", "2023-05-09")]),
    # a date inside a sentence is no date line
    ("The pact of May 7, 2023 was signed. The envoy met today with the minister.",
     [("May 7, 2023", "2023-05-07"), ("today", "2023-05-09")]),
])
def test_section_date_lines(text, expected):
    assert dates(text, "2023-05-09") == expected


@pytest.mark.parametrize("text, published, expected", [
    # a slashed two-digit-year timestamp, like the dotted one
    ("Posted 09/15/20 at 10:04 AM\n\nLeaders signed the accords.", "2020-09-15",
     [("09/15/20 at 10:04 AM", "2020-09-15T10:04")]),
    ("Updated: 28/11/23\n\nThe truce held.", "2023-11-28", [("28/11/23", "2023-11-28")]),
    # dashed numeric dates and a dashed day-month-year with the month's abbreviation
    ("ABU DHABI, 13-08-2020 (WAM) -- The council met.", "2020-08-13", [("13-08-2020", "2020-08-13")]),
    ("Updated 23-Jul-2024 10:20 GMT\n\nFactions met.", "2024-07-23", [("23-Jul-2024 10:20 GMT", "2024-07-23T10:20")]),
    ("The decree of 05-Mar-2019 was annulled.", "2019-06-01", [("05-Mar-2019", "2019-03-05")]),
    # negatives: a slashed pair with no stamp frame, a score, a ratio, a phone number
    ("Resolution 2334 passed 14/1/0 in the council.", "2016-12-23", []),
    ("The vote was 12/15/20 on three motions.", "2020-09-15", []),
    ("Call 02-12-34 for details.", "2024-01-01", []),
])
def test_slashed_and_dashed_forms(text, published, expected):
    assert dates(text, published) == expected
