"""The TimeML types beyond calendar dates (lib.extract.dates.timex): sentence -> expected mentions.

Each row is (text, publication date, [(text, kind, value)]) for the mentions of those kinds the tagger gives;
negatives are rows whose expected list leaves the word out.
"""
from __future__ import annotations

import csv
import re

import pytest

from lib.extract.dates import governing_date, tag
from lib.extract.dates.timex_words import words
from lib.extract.document import document_from_text
from lib.extract.timex_grammar import DATA


def found(text: str, published: str = "1998-08-18") -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.value) for m in tag(document_from_text("t", text, published=published))]


REFS = [
    ("Right now my evidence is scant.", [("now", "duration", "PRESENT_REF")]),
    ("Montedison currently owns 72% of the shares.", [("currently", "duration", "PRESENT_REF")]),
    ("The party recently took 13 percent of the vote.", [("recently", "duration", "PAST_REF")]),
    ("It may join in the future, he said.", [("the future", "duration", "FUTURE_REF")]),
    ("Mistakes were made in the past.", [("the past", "duration", "PAST_REF")]),
    # "recent years", "coming months" stay durations of unknown length (TimeML news is split between PXY and
    # PAST_REF; the durations keep what the seeds' gold says)
    ("As the yen soared in recent years, losses grew.", [("recent years", "duration", "PXY")]),
    # negatives: a count after 'the past' makes a duration; a capitalised 'Now' is still the present
    ("Over the past three years it grew.", [("the past three years", "duration", "P3Y")]),
    ("The nowhere men knew.", []),
    # a time ago without a count is a past time that cannot be placed; with a count it is a date
    ("He left a few years ago; she came months ago.",
     [("a few years ago", "duration", "PAST_REF"), ("months ago", "duration", "PAST_REF")]),
    ("They met two years ago.", [("two years ago", "date", "1996")]),
    ("In the short term, prices rise; the vote comes at a later date.",
     [("the short term", "duration", "FUTURE_REF"), ("a later date", "duration", "FUTURE_REF")]),
    ("The short-term plan and the long-term deal.", []),  # adjectives
]

SETS = [
    # a weekday in the plural recurs; so does a weekday with its part of day in the plural. Negatives: a possessive
    # weekday and a name are dates or nothing
    ("Crowds gather on Fridays after prayers.", [("Fridays", "duration", "XXXX-WXX-5")]),
    ("The shelter opens on Tuesday nights.", [("Tuesday nights", "duration", "XXXX-WXX-2TNI")]),
    ("Saturday's vote was delayed.", [("Saturday", "date", "1998-08-15")]),
    ("The Sunday Times quoted him.", []),
    ("They hold rallies almost daily.", [("daily", "duration", "P1D")]),
    ("The figures are revised annually.", [("annually", "duration", "P1Y")]),
    ("He runs every morning and meets twice a year.",
     [("every morning", "duration", "XXXX-XX-XXTMO"), ("twice a year", "duration", "P1Y")]),
    ("The council meets each Thursday and every July.",
     [("each Thursday", "duration", "XXXX-WXX-4"), ("every July", "duration", "XXXX-07")]),
    ("Envoys report every two weeks.", [("every two weeks", "duration", "P2W")]),
    ("Clinton said in his weekly radio address.", []),  # an adjective, no recurring time of its own
    ("The Communist Party daily Granma wrote.", []),
    # a rate is no length of time: "four flights a week", "$1.76 a year"
    ("It runs four flights a week at $1.76 a year.", []),
]

TIMES = [
    ("The blast came Sunday night.", "2023-03-20", [("Sunday night", "date", "2023-03-19TNI")]),
    ("She left this morning and returns tonight.", "2023-03-20",
     [("this morning", "date", "2023-03-20TMO"), ("tonight", "date", "2023-03-20TNI")]),
    ("They met last night.", "2023-03-20", [("last night", "date", "2023-03-19TNI")]),
    ("It ended yesterday afternoon.", "2023-03-20", [("yesterday afternoon", "date", "2023-03-19TAF")]),
    ("The vote closed at 10 p.m. Wednesday.", "1998-02-12", [("10 p.m. Wednesday", "date", "1998-02-11T22:00")]),
    ("The vote closes at noon Thursday.", "1998-02-12", [("noon Thursday", "date", "1998-02-12T12:00")]),
    ("It struck at 9:45 pm (1945 GMT) on Monday.", "2023-05-22",
     [("9:45 pm", "duration", "2023-05-22T21:45"), ("1945 GMT", "duration", "2023-05-22T19:45"),
      ("Monday", "date", "2023-05-22")]),  # a clock time not joined to a day: a TIME, not a date row
    ("Talks began on Tuesday. They ended at 11:10 GMT.", "2021-05-21",
     [("Tuesday", "date", "2021-05-18"), ("11:10 GMT", "duration", "2021-05-18T11:10")]),
    ("2:30 am\nIran launches drones at Israel, the army says.", "2024-04-14",
     [("2:30 am", "duration", "2024-04-14T02:30")]),  # a liveblog's time stamp names no day: not a date row
    ("The session ran past midnight.", "2014-01-05", []),  # midnight alone: no time of the story
    ("He won 3-1 in the 1990s and scored 2:1.", "2014-01-05", [("the 1990s", "date", "199")]),
    # a part of day in the middle belongs to the day it comes before
    ("The blast came in mid-afternoon yesterday.", "1989-11-02", [("mid-afternoon yesterday", "date", "1989-11-01TAF")]),
    ("Fighting resumed mid-morning on Tuesday and midmorning Wednesday.", "1989-11-02",
     [("mid-morning on Tuesday", "date", "1989-10-31TMO"), ("midmorning Wednesday", "date", "1989-11-01TMO")]),
    # a part of day naming no day is a TIME of the day in focus (no date row, as a clock time alone)
    ("Talks began on Tuesday. In the afternoon, the envoys left.", "2023-03-09",
     [("Tuesday", "date", "2023-03-07"), ("the afternoon", "duration", "2023-03-07TAF")]),
    ("The shelling stopped in mid afternoon; by mid-morning the crowds had gone.", "1998-03-06",
     [("mid afternoon", "duration", "1998-03-06TAF"), ("mid-morning", "duration", "1998-03-06TMO")]),
    ("Fighting went on during the night and overnight, officials said.", "2023-03-09",
     [("the night", "duration", "2023-03-09TNI"), ("overnight", "duration", "2023-03-09TNI")]),
    # negatives: a part of day before its noun, in a greeting, a rate, a set, "the night of <date>", an adjective
    ("He spoke on the morning talk show. Good evening from Havana.", "2023-03-09", []),
    ("Rooms cost $55 a night; an overnight stay; the night of June 4 was cold.", "2023-03-09",
     [("June 4", "date", "2022-06-04")]),
    ("Officials booked overnight loans at midnight.", "2023-03-09", []),
]

UNITS = [
    ("Net income rose in the third quarter.", "1989-11-02", [("the third quarter", "date", "1989-Q3")]),
    ("It cut the dividend after its third-quarter loss.", "1989-11-02", [("third-quarter", "date", "1989-Q3")]),
    ("Sales fell in the fourth quarter.", "1998-02-06", [("the fourth quarter", "date", "1997-Q4")]),
    ("Profit in the third quarter of 1988 and the 1988 second quarter rose.", "1989-11-02",
     [("the third quarter of 1988", "date", "1988-Q3"), ("the 1988 second quarter", "date", "1988-Q2")]),
    ("It had a loss of $5.5 million for the quarter.", "1989-11-02", [("the quarter", "date", "1989-Q3")]),
    ("The strike had levelled the quarter.", "1989-11-02", []),  # a neighbourhood
    # "the quarter" is the one the report is about, not the year-ago one it was compared with
    ("Net rose in the third quarter, up from the year-ago quarter. Sales in the quarter rose.", "1989-11-02",
     [("the third quarter", "date", "1989-Q3"), ("the year-ago quarter", "date", "1988-Q3"),
      ("the quarter", "date", "1989-Q3")]),
    ("It lost $5 million in the latest quarter.", "1989-11-02", [("the latest quarter", "date", "1989-Q3")]),
    ("Profit in next year's first quarter will rise.", "1989-10-31", [("next year's first quarter", "date", "1990-Q1")]),
    ("Pretax profit jumped in the first half.", "1989-11-02", [("the first half", "date", "1989-H1")]),
    ("He visited last summer and will return next spring.", "1998-02-06",
     [("last summer", "date", "1997-SU"), ("next spring", "date", "1998-SP")]),
    ("Hanoi fell in the spring of 1975.", "1998-02-06", [("the spring of 1975", "date", "1975-SP")]),
    # a season of a year named from publication or from the year in focus
    ("The drought ended in the spring of last year; talks resume in the summer of next year.", "1998-02-06",
     [("the spring of last year", "date", "1997-SP"), ("the summer of next year", "date", "1999-SU")]),
    ("Talks began in 1994, stalled in the winter of that year and collapsed in the spring of the following year.",
     "1998-02-06", [("1994", "date", "1994"), ("the winter of that year", "date", "1994-WI"),
                    ("the spring of the following year", "date", "1995-SP")]),
    # negatives: an event's fall; a possessive year is no season's year
    ("The fall of Saigon and the fall of last year's government.", "1998-02-06", [("last year", "date", "1997")]),
    ("After the fall of Saigon, he fled.", "1998-02-06", []),
    ("Prices soared in the 1990s and the early 1980s.", "1998-02-06",
     [("the 1990s", "date", "199"), ("the early 1980s", "date", "198")]),
    ("It was built in the 11th century and renewed this century.", "1998-02-06",
     [("the 11th century", "date", "10"), ("this century", "date", "19")]),
    ("They talked over the weekend.", "2000-04-24", [("the weekend", "date", "2000-W16-WE")]),
    ("Net rose in the third quarter; in the latest period and the year-earlier period it fell.", "1989-11-02",
     [("the third quarter", "date", "1989-Q3"), ("the latest period", "date", "1989-Q3"),
      ("the year-earlier period", "date", "1988-Q3")]),
    ("The rate fell in the period.", "1989-11-02", []),  # no quarter named: the period is unclear
    # "the latest period" of a report is its quarter even in a sentence without the word "quarter"
    ("Net income rose 5% in the latest period.", "1989-11-02", [("the latest period", "date", "1989-Q3")]),
    ("During the period, the army shelled the town.", "1989-11-02", []),
    # a quarter's possessive: "the quarter's profit" (a neighbourhood's houses stay out)
    ("The quarter's profit rose 5%.", "1989-11-02", [("The quarter", "date", "1989-Q3")]),
    ("The strike had levelled the quarter's houses.", "1989-11-02", []),
    # the end of the year in one word: the year (as "the end of the year"); "the" before an adjective is its noun's
    ("Debt will be cut by year-end, by year end or at the year's end.", "1989-11-02",
     [("year-end", "date", "1989"), ("year end", "date", "1989"), ("the year's end", "date", "1989")]),
    ("The year-end bonus was paid.", "1989-11-02", [("year-end", "date", "1989")]),
    # decades in words or with an apostrophe, after "the" only ("in his nineties" is an age)
    ("Prices soared in the nineties and the mid-'80s.", "1998-02-06",
     [("the nineties", "date", "199"), ("the mid-'80s", "date", "198")]),
    ("A man in his nineties and '80s fans.", "1998-02-06", []),
    ("They met on Christmas, met last Thanksgiving and will meet at Easter.", "1998-02-06",
     [("Christmas", "date", "1997-12-25"), ("last Thanksgiving", "date", "1997-11-27"),
      ("Easter", "date", "1998-04-12")]),
    ("Celebrations on New Year’s Day 2022 were muted.", "2023-02-06", [("New Year’s Day 2022", "date", "2022-01-01")]),
    # a range of years is one expression valued by its first year; a score or an age range is none
    ("In 1957-58 they were 45-54.", "1989-10-31", [("1957-58", "date", "1957")]),
    ("The 2023-24 budget passed.", "2023-10-31", []),  # a budget's name, not a time
    # transcripts spell years out; "two thousand" alone is a count
    ("In nineteen ninety-six and January nineteen ninety-seven, by the year two thousand.", "1998-02-06",
     [("nineteen ninety-six", "date", "1996"), ("January nineteen ninety-seven", "date", "1997-01"),
      ("the year two thousand", "date", "2000")]),
    ("Some two thousand people marched.", "1998-02-06", []),
    # the year of a report of accounts; a year of account ending on a date is a span
    ("Sales for the full year were $6.6 billion; net income for the year ended Aug. 31 fell.", "1989-11-02",
     [("the full year", "date", "1989"), ("the year", "duration", "P1Y"), ("Aug. 31", "date", "1989-08-31")]),
    ("The year was hard for the people.", "1989-11-02", []),
]

AT_THE_TIME = [
    ("He met Sisi on July 30. At the time, talks were stalled.", "1989-11-02",
     [("July 30", "date", "1989-07-30"), ("the time", "duration", "1989-07-30")]),
    ("At the time, he was young.", "1989-11-02", [("the time", "duration", "PAST_REF")]),
    ("It was true at the time of writing.", "1989-11-02", []),
]

THAT_UNIT = [
    ("He arrived in June 1998. Later that year he left; the following year he returned.", "2000-01-31",
     [("June 1998", "date", "1998-06"), ("Later that year", "date", "1998"), ("the following year", "date", "1999")]),
    ("Talks began on Aug. 7. Earlier that day, he met. The next morning he left.", "2000-08-20",
     [("Aug. 7", "date", "2000-08-07"), ("Earlier that day", "date", "2000-08-07"),
      ("The next morning", "date", "2000-08-08TMO")]),
    # negatives: nothing in focus; a day needs a day in focus
    ("That year he left.", "2000-01-31", []),
    ("He arrived in 1998. That day he left.", "2000-01-31", [("1998", "date", "1998")]),
    # "later in the day": the day in focus, else the day of publication; a reference (kind='duration'), never an
    # event's date. Negatives: no day in focus but a year; a publication date known only to the month
    ("The envoy flew to Amman later in the day.", "2024-01-06", [("later in the day", "duration", "2024-01-06")]),
    ("Talks began on Aug. 7. Earlier in the day, shells fell.", "2000-08-20",
     [("Aug. 7", "date", "2000-08-07"), ("Earlier in the day", "duration", "2000-08-07")]),
    ("He arrived in 1998. Later in the day he left.", "2000-01-31", [("1998", "date", "1998")]),
    ("The envoy flew to Amman later in the day.", "2024-01", []),
]

VAGUE = [
    ("He was jailed for several months and waited for years.",
     [("several months", "duration", "PXM"), ("years", "duration", "PXY")]),
    ("Talks could end within days.", [("days", "duration", "PXD")]),
    # an approximation belongs to the count it approximates
    ("He waited nearly two years; it began more than four decades ago.",
     [("nearly two years", "duration", "P2Y"), ("more than four decades ago", "date", "1958")]),
    ("Days later he left; years of war followed.", []),  # no length of time is said
    ("It grew for the first time in years; talks could end in days.",
     [("years", "duration", "PXY"), ("days", "duration", "PXD")]),
    ("In the days ahead and the weeks to come, talks go on.",
     [("the days ahead", "duration", "PXD"), ("the weeks to come", "duration", "PXW")]),
]

DEADLINES = [
    # a deadline is placed nearest publication, not by the past tense of its setting
    ("The offer was extended to Nov. 16, the company said.", "1989-10-30", [("Nov. 16", "date", "1989-11-16")]),
    ("The reduced dividend is payable Jan. 2.", "1989-11-02", [("Jan. 2", "date", "1990-01-02")]),
    # negative: an event told in the past stays in the past
    ("Aid trucks crossed on October 21.", "2023-10-07", [("October 21", "date", "2022-10-21")]),
]

ANCHORED = [
    ("Net rose in the third quarter from $3 million a year earlier.", "1989-11-02",
     [("the third quarter", "date", "1989-Q3"), ("a year earlier", "date", "1988-Q3")]),
    ("Third-quarter profit was $5 million, up from $10 million a year ago.", "1989-11-02",
     [("Third-quarter", "date", "1989-Q3"), ("a year ago", "date", "1988-Q3")]),
    ("Wages were 3.8 percent higher than a year earlier.", "1998-02-06", [("a year earlier", "date", "1997")]),
    # in a report about a quarter, "a year earlier" is that quarter a year before, sentences later too
    ("Net income rose in the third quarter. Costs fell. Sales grew. Wages rose from a year earlier.", "1989-11-02",
     [("the third quarter", "date", "1989-Q3"), ("a year earlier", "date", "1988-Q3")]),
    ("The bombing was on Aug. 7, 1998. Two weeks later the US struck.", "1998-09-01",
     [("Aug. 7, 1998", "date", "1998-08-07"), ("Two weeks later", "date", "1998-08-21")]),
    ("Sales fell in 1988, down from the year before.", "1989-11-02",
     [("1988", "date", "1988"), ("the year before", "date", "1987")]),
    # true durations stay durations; before an event it counts from, "two weeks before" is no point
    ("He was jailed for three years.", "1998-02-06", [("three years", "duration", "P3Y")]),
    ("Two weeks before the vote he resigned.", "1998-02-06", [("Two weeks", "duration", "P2W")]),
]


@pytest.mark.parametrize("text, expected", REFS)
def test_references_to_present_past_future(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", SETS)
def test_sets(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, published, expected", TIMES)
def test_times_of_day(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text, published, expected", UNITS)
def test_calendar_and_business_units(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text, published, expected", AT_THE_TIME)
def test_at_the_time_is_the_time_in_focus(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text, published, expected", THAT_UNIT)
def test_the_period_talked_about(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text, expected", VAGUE)
def test_lengths_of_time_without_a_count(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, published, expected", DEADLINES)
def test_deadlines_are_placed_nearest(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text, published, expected", ANCHORED)
def test_points_counted_from_the_time_in_focus(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text, published, trigger, value", [
    ("Gunmen attacked the camp on Sunday night, officials said.", "2023-03-20", "attacked", "2023-03-19"),
    ("Talks are going on now, and they will meet every week.", "2023-03-20", "meet", "2023-03-20"),
    ("The vote closed at 10 p.m. Wednesday.", "1998-02-12", "closed", "1998-02-11"),
])
def test_timeline_gets_days_never_sets_or_references(text, published, trigger, value):
    """A TIME governs with its day; a SET or a PRESENT_REF never governs (the article date does)."""
    doc = document_from_text("t", text, published=published)
    s = doc.sentences[0]
    ref = governing_date(doc, tag(doc), s, doc.text.index(trigger))
    assert ref.value == value
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", ref.date_start)


def test_tense_of_bare_weekdays_and_months():
    """The governing verb decides: "will run through June" in a March article is this June; "Friday" in a
    past-tense report is the last one."""
    assert found("The program will run through June.", "2023-03-15") == [("June", "date", "2023-06")]
    assert found("The talks ended Friday.", "2023-03-15") == [("Friday", "date", "2023-03-10")]
    assert found("The talks will resume Friday.", "2023-03-15") == [("Friday", "date", "2023-03-17")]


# TimeML extents: the words before an expression that belong to it; negatives keep the bare expression
EXTENTS = [
    ("For the nine months, exports grew.", "2023-11-02", [("the nine months", "duration", "P9M")]),
    ("The talks lasted the four days of the summit.", "2023-11-02", [("the four days", "duration", "P4D")]),
    ("It will take a few weeks to rebuild.", "2023-11-02", [("a few weeks", "duration", "PXW")]),
    ("Repairs will take a couple of years.", "2023-11-02", [("a couple of years", "duration", "P2Y")]),
    ("The budget for fiscal 2024 was cut.", "2023-11-02", [("fiscal 2024", "date", "2024")]),
    ("Troops moved in early Tuesday.", "2023-11-02", [("early Tuesday", "date", "2023-10-31")]),
    ("The envoy left late yesterday.", "2023-11-02", [("late yesterday", "date", "2023-11-01")]),
    ("Earlier Sunday the cabinet met.", "2023-11-06", [("Earlier Sunday", "date", "2023-11-05")]),
    ("The convoy crossed around Nov. 1.", "2023-11-02", [("around Nov. 1", "date", "2023-11-01")]),
    ("The ministers met last May in Cairo.", "2023-11-02", [("last May", "date", "2023-05")]),
    ("The vote is due this September.", "2024-02-05", [("this September", "date", "2024-09")]),
    ("Shelling went on for the last twenty four hours.", "2023-11-02",
     [("the last twenty four hours", "duration", "PT24H")]),
    ("The truce held for twenty-four hours.", "2023-11-02", [("twenty-four hours", "duration", "PT24H")]),
    ("Exports beat the year-ago figures.", "2023-11-02", [("year-ago", "date", "2022")]),
    ("Growth slowed this past spring.", "2023-11-02", [("this past spring", "date", "2023-SP")]),
    ("The third-quarter deficit widened.", "2023-11-02", [("third-quarter", "date", "2023-Q3")]),
    # negatives: a hyphenated count is an adjective of its noun ("the three-year truce"); a preposition or a
    # month before a count stays out; "in May" is a date without its preposition; "about" is also a topic
    ("The three-year truce held.", "2023-11-02", [("three-year", "duration", "P3Y")]),
    ("Aid arrived in May.", "2023-11-02", [("May", "date", "2023-05")]),
    ("They talked about Monday and the vote.", "2023-11-02", [("Monday", "date", "2023-10-30")]),
    ("The 1967 borders were discussed.", "2023-11-02", [("1967", "date", "1967")]),
    ("In the third quarter the deficit widened.", "2023-11-02", [("the third quarter", "date", "2023-Q3")]),
    ("The five-year plan was dropped.", "2023-11-02", [("five-year", "duration", "P5Y")]),
    ("It posted a year-earlier loss.", "2023-11-02", [("year-earlier", "date", "2022")]),
    # a word between a count and its unit belongs to the length of time
    ("He may rule for at least 20 more years.", "2023-11-02", [("at least 20 more years", "duration", "P20Y")]),
    ("Shares fell for eight trading days; he got an additional year.", "2023-11-02",
     [("eight trading days", "duration", "P8D"), ("an additional year", "duration", "P1Y")]),
    ("Prices rose for three straight months.", "2023-11-02", [("three straight months", "duration", "P3M")]),
    # quarters counted back or ahead; a city's quarters and the first quarters of a year are no length of time
    ("Profit fell in the past two quarters.", "2023-11-02", [("the past two quarters", "duration", "P2Q")]),
    ("Shells hit the Old City's four quarters.", "2023-11-02", []),
    ("Profit fell in recent quarters.", "2023-11-02", [("recent quarters", "duration", "PXQ")]),
    ("The envoy left a week or so ago.", "2023-11-02", [("a week or so ago", "date", "2023-W43")]),
    ("Sales will fall in the first two quarters of 2024.", "2023-11-02", [("2024", "date", "2024")]),
    # a range of counts is one length of time, its lower end inside the extent (the value is the upper count's)
    ("Repairs take two to three weeks; the rollout, the next 12 to 18 months.", "2023-11-02",
     [("two to three weeks", "duration", "P3W"), ("the next 12 to 18 months", "duration", "P18M")]),
    ("The truce lasted three or four days; the war 2-3 years.", "2023-11-02",
     [("three or four days", "duration", "P4D"), ("2-3 years", "duration", "P3Y")]),
    # negatives: a score, a vote, a list of numbers without a unit after the range
    ("Israel won 3-1; the vote was 12 to 3; resolutions 242 or 338 apply for 10 years.", "2023-11-02",
     [("10 years", "duration", "P10Y")]),
    # counts with a thousands comma and counted centuries are lengths of time (in years, as decades are)
    ("The city has stood for 3,000 years; the siege took 1,000 days.", "2023-11-02",
     [("3,000 years", "duration", "P3000Y"), ("1,000 days", "duration", "P1000D")]),
    ("The feud lasted a century, then two and a half centuries; it raged for centuries.", "2023-11-02",
     [("a century", "duration", "P100Y"), ("two and a half centuries", "duration", "P250Y"),
      ("centuries", "duration", "PXCE")]),
    # negatives: the tail of a comma number is no count ("000 years ago" was read as this year); a century ago
    # is a point; a number of people before a length of time stays out of it
    ("Tools from 250,000 years ago were found; the shrine rose a century ago.", "2023-11-02",
     [("years ago", "duration", "PAST_REF")]),
    ("Some 1,200 people died in two days.", "2023-11-02", [("two days", "duration", "P2D")]),
    # a fiscal year named from the present is the year it is counted from, "fiscal" inside the extent
    ("Aid for the current fiscal year was cut.", "2023-11-02", [("the current fiscal year", "date", "2023")]),
    ("Last fiscal year the deficit grew; next fiscal year's budget is frozen.", "2023-11-02",
     [("Last fiscal year", "date", "2022"), ("next fiscal year", "date", "2024")]),
    # negatives: "fiscal" before another noun; a fiscal adjective before "yearly" is no year
    ("Last fiscal policy failed; this fiscal yearly report is late.", "2023-11-02", []),
]


@pytest.mark.parametrize("text, published, expected", EXTENTS)
def test_timeml_extents(text, published, expected):
    assert [m for m in found(text, published) if m[1] in ("date", "duration")] == expected


# a past tense that is the report's leaves a date just ahead of publication in the coming weeks; the past tense
# of the event itself, "since", or a date far ahead keep the year before
REPORTED_AHEAD = [
    ("Officials said the offer would expire Dec. 7.", "2023-10-30", [("Dec. 7", "date", "2023-12-07")]),
    ("The ministry said the crossing would reopen on Nov. 9.", "2023-11-02", [("Nov. 9", "date", "2023-11-09")]),
    ("On June 14, Abbas dissolved the government.", "2024-05-08", [("June 14", "date", "2023-06-14")]),
    ("More than 40,000 were killed since Oct. 7, officials said.", "2024-09-18", [("Oct. 7", "date", "2023-10-07")]),
    ("Officials said the talks were held on March 3.", "2023-10-30", [("March 3", "date", "2023-03-03")]),
]


@pytest.mark.parametrize("text, published, expected", REPORTED_AHEAD)
def test_date_just_ahead_under_a_reporting_verb(text, published, expected):
    assert [m for m in found(text, published) if m[1] == "date"] == expected


# a deadline ("by Oct. 15", "no later than Nov. 1") that a past clause set is the coming one when it falls in the
# weeks just ahead of publication; a deadline far ahead, or the same clause without "by", keeps the year before
DEADLINE_AHEAD = [
    ("Moscow and Ankara agreed on Monday to set up a demilitarised zone by October 15.", "2018-09-18",
     [("Monday", "date", "2018-09-17"), ("October 15", "date", "2018-10-15")]),
    ("The militias were ordered to pull back their heavy weapons by Oct. 10.", "2018-09-18",
     [("Oct. 10", "date", "2018-10-10")]),
    ("Parliament approved a plan requiring the cabinet to submit its budget no later than Nov. 1.", "2021-10-05",
     [("Nov. 1", "date", "2021-11-01")]),
    ("Both sides pledged to complete the prisoner swap by mid-December.", "2022-11-20",
     [("mid-December", "date", "2022-12")]),
    ("Tehran was given a deadline: inspectors had to be admitted by 3 January.", "2019-12-28",
     [("3 January", "date", "2020-01-03")]),
    ("Under the plan, fighting was to stop by Jan. 20.", "2025-01-08", [("Jan. 20", "date", "2025-01-20")]),
    # negatives: no "by"; "since"; a "by" months ahead of publication is the past one; a date before its noun
    ("Gunmen attacked the convoy on October 2.", "2018-09-18", [("October 2", "date", "2017-10-02")]),
    ("Fighting has raged since Oct. 7, the ministry said.", "2024-09-18", [("Oct. 7", "date", "2023-10-07")]),
    ("The talks had collapsed by March 1.", "2018-09-18", [("March 1", "date", "2018-03-01")]),
    ("By July 20 the town had fallen to the rebels.", "2024-02-10", [("July 20", "date", "2023-07-20")]),
    ("The convoy was hit by Oct. 2 strikes that killed four.", "2018-09-18", [("Oct. 2", "date", "2017-10-02")]),
]


@pytest.mark.parametrize("text, published, expected", DEADLINE_AHEAD)
def test_deadline_just_ahead_in_a_past_clause(text, published, expected):
    assert [m for m in found(text, published) if m[1] == "date"] == expected


# a plan its clause tells in the past perfect ("had been scheduled for Sunday", "had proposed a truce starting
# Thursday") may have come or not by publication: the weekday nearest publication, on either side; a future clause
# beside a past perfect of another clause, a plain future and a plain past keep their side
PLANNED_IN_PAST = [
    ("Egypt had proposed a truce starting Thursday, a security source said.", "2021-05-21",
     [("Thursday", "date", "2021-05-20")]),
    ("The vote, which had been scheduled for Sunday, was postponed indefinitely.", "2024-03-12",
     [("Sunday", "date", "2024-03-10")]),
    ("The ultimatum had been due to expire on Friday.", "2023-10-30", [("Friday", "date", "2023-10-27")]),
    ("The truce, which had been due to expire on Saturday, was extended by two days.", "2023-11-24",
     [("Saturday", "date", "2023-11-25")]),
    ("The bid previously had been set to lapse at midnight Friday.", "1991-02-25",
     [("midnight Friday", "date", "1991-02-22T24:00")]),
    ("Officials said the crossing had originally been scheduled to reopen Tuesday morning.", "2019-06-13",
     [("Tuesday morning", "date", "2019-06-11TMO")]),
    ("The summit, which had been planned for Wednesday in Amman, was called off.", "2016-07-23",
     [("Wednesday", "date", "2016-07-20")]),
    # negatives
    ("Netanyahu, who had vowed revenge, will meet Biden on Friday.", "2024-03-16", [("Friday", "date", "2024-03-22")]),
    ("Israel will resume strikes on Friday.", "2024-03-16", [("Friday", "date", "2024-03-22")]),
    ("The envoy is due to arrive on Thursday.", "2024-03-16", [("Thursday", "date", "2024-03-21")]),
    ("Talks were held on Wednesday.", "2024-03-16", [("Wednesday", "date", "2024-03-13")]),
    ("The cabinet had to approve the deal on Sunday.", "2024-03-14", [("Sunday", "date", "2024-03-10")]),
]


@pytest.mark.parametrize("text, published, expected", PLANNED_IN_PAST)
def test_weekday_of_a_plan_told_in_the_past_perfect_is_the_nearest(text, published, expected):
    assert [m for m in found(text, published) if m[1] == "date"] == expected


# a timeline's entry ("Nov. 24, 2023: A truce begins; ...") tells its days in the historical present: a month(-day)
# without a year there takes the entry's year, not the coming one; the present outside a timeline keeps its future
TIMELINE_ENTRIES = [
    ("March 3, 2019: Talks open in Doha; delegations meet again on March 9.", "2020-02-01",
     [("March 3, 2019", "date", "2019-03-03"), ("March 9", "date", "2019-03-09")]),
    ("2021-05-10: Rockets are fired at Jerusalem; a ceasefire takes effect on May 21.", "2021-12-01",
     [("2021-05-10", "date", "2021-05-10"), ("May 21", "date", "2021-05-21")]),
    ("Aug. 2, 2022 - A truce is announced; fighting resumes on Aug. 15.", "2023-04-01",
     [("Aug. 2, 2022", "date", "2022-08-02"), ("Aug. 15", "date", "2022-08-15")]),
    ("• 14 May 2018: The embassy opens in Jerusalem; envoys return in June.", "2019-03-01",
     [("14 May 2018", "date", "2018-05-14"), ("June", "date", "2018-06")]),
    ("September 2020: The accords are signed at the White House; flights begin on Oct. 20.", "2021-08-01",
     [("September 2020", "date", "2020-09"), ("Oct. 20", "date", "2020-10-20")]),
    # negatives: no entry date before the colon; a plain future; a date inside the sentence is no entry's
    ("Update: delegations meet again on March 9.", "2020-02-01", [("March 9", "date", "2020-03-09")]),
    ("Talks will resume on March 9, officials said.", "2020-02-01", [("March 9", "date", "2020-03-09")]),
    ("The envoys announced on March 3, 2019: delegations meet again on March 9.", "2020-02-01",
     [("March 3, 2019", "date", "2019-03-03"), ("March 9", "date", "2020-03-09")]),
]


@pytest.mark.parametrize("text, published, expected", TIMELINE_ENTRIES)
def test_timeline_entry_tells_its_days_in_the_historical_present(text, published, expected):
    assert [m for m in found(text, published) if m[1] == "date"] == expected


def test_timex_lexicon_integrity():
    with open(DATA / "timex_lexicon.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and set(rows[0]) == {"kind", "word", "value", "note"}
    keys = [(r["kind"], r["word"].lower()) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate lexicon rows"
    w = words()
    assert set(w.refs.values()) == {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
    assert all(re.fullmatch(r"PT?\d[HDWMQY]", v) for v in w.set_adverbs.values())
    assert all(re.fullmatch(r"PT?\d[HDWMQY]|T(MO|AF|EV|NI)", v) for v in w.set_units.values())
    assert set(w.day_parts.values()) == {"MO", "AF", "EV", "NI"} and set(w.seasons.values()) == {"SP", "SU", "FA", "WI"}
    assert {w.ordinals[k] for k in ("first", "second", "third", "fourth")} == {1, 2, 3, 4}
    assert "gmt" in w.zones and {"profit", "sales", "%"} <= w.quarter_context
    assert set(w.extent_before) == {"counted", "vague_count", "year", "day", "point"}
    assert w.decade_words["nineties"] == 199 and all(190 <= v <= 199 for v in w.decade_words.values())
    assert set(w.vague_ago.values()) == {"PAST_REF"} and {"years", "months"} <= set(w.vague_ago)


def test_event_dates_are_days_not_times_sets_or_references():
    """Through the whole extractor: an event on "Sunday night" is dated to the day; "now" and "every week" date
    nothing (the event falls back to the article's date)."""
    from lib.extract import extract_document

    doc = document_from_text("t", "Blinken met Abbas in Ramallah on Sunday night. Talks are going on now and "
                                  "officials will meet every week.", published="2023-03-20")
    dates = {e.date for e in extract_document(doc).events}
    assert dates and all(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates) and "2023-03-19" in dates
