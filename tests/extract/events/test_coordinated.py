"""Coordinated years: "talks in Baghdad in 2021 and 2022" are two rounds (own sentences, whole pipeline)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("The statement thanked Iraq for hosting rounds of talks in Baghdad in 2021 and 2022.",
     {("Baghdad", "2021"), ("Baghdad", "2022")}),
    ("Previous unity deals signed in Cairo in 2011 and 2017 were never implemented.",
     {("Cairo", "2011"), ("Cairo", "2017")}),
    ("The two leaders met in Sochi in 2018, 2019 and 2021, officials recalled.",
     {("Sochi", "2018"), ("Sochi", "2019"), ("Sochi", "2021")}),
    ("Negotiators held talks in Geneva in 2015 and in 2016 without result.", {("Geneva", "2015"), ("Geneva", "2016")}),
])
def test_each_year_is_a_round(venues_of, text, want):
    assert {(loc, date) for _, loc, date, _ in venues_of(text) if loc} == want


@pytest.mark.parametrize("text, want", [
    # negatives: a span of years is one period, a year of something else is no second round, and days stay one
    ("The envoys met in Doha between 2021 and 2022.", {("Doha", "2021")}),
    ("The ministers met in Amman in 2021 and signed a deal in 2022.", {("Amman", "2021")}),
    ("The delegates met in Cairo on Monday and Tuesday.", {("Cairo", "2024-03-04")}),
    ("The talks held in Vienna in 2015 and the deal that followed were praised.", {("Vienna", "2015")}),
])
def test_no_second_round(venues_of, text, want):
    assert {(loc, date) for _, loc, date, _ in venues_of(text) if loc} == want


@pytest.mark.parametrize("text, want", [
    # months of other written years are one round each
    ("He noted that previous agreements signed in Cairo in May 2011 and in October 2017 had not been implemented.",
     {("Cairo", "2011-05"), ("Cairo", "2017-10")}),
    ("Talks were held in Doha in May 2013, June 2014 and July 2015.",
     {("Doha", "2013-05"), ("Doha", "2014-06"), ("Doha", "2015-07")}),
    # "January" with no year of its own belongs to the period of the month after it: one more round, not two
    ("Geneva has hosted two rounds of talks, in June 2012 and in January and February 2014.",
     {("Geneva", "2012-06"), ("Geneva", "2014-02")}),
])
def test_each_month_of_another_year_is_a_round(venues_of, text, want):
    assert {(loc, date) for _, loc, date, _ in venues_of(text) if loc} == want


@pytest.mark.parametrize("text, want", [
    # negatives: months of one year, and a first month with no written year, are one period
    ("The envoys met in Doha in May 2013 and June 2013.", {("Doha", "2013-05")}),
    ("The ministers met in Amman in March 2019 and signed a deal in May 2020.", {("Amman", "2019-03")}),
    ("Negotiators met in Cairo between May 2011 and October 2017.", {("Cairo", "2011-05")}),
])
def test_months_of_one_period(venues_of, text, want):
    assert {(loc, date) for _, loc, date, _ in venues_of(text) if loc} == want
