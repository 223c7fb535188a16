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
