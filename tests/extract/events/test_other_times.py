"""Dates that belong to something other than the trigger: a "since" clause or a counted "since" starts a period and
dates no meeting or visit. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    # the date of a "since" clause is that clause's verb's
    ("The emir, on his first visit to Egypt since the two countries restored ties in June, met Sisi in Cairo.",
     ("meeting", "Cairo", "2024-03-04", "attached")),
    ("The envoys met in Doha on Sunday, their first meeting since the war began in October.",
     ("meeting", "Doha", "2024-03-03", "attached")),
    # a counted "since" ("his sixth trip ... since October 7") starts a period, even after a verb trigger
    ("The minister arrived in Amman from Rome, on his fifth trip to the region since October 7.",
     ("visit", "Amman", "2024-03-04", "attached")),
    ("He landed in Beirut, the first visit by a French president since 2018.",
     ("visit", "Beirut", "2024-03-04", "attached")),
])
def test_since_period_dates_no_trigger(venues_of, text, want):
    assert want in venues_of(text)


@pytest.mark.parametrize("text, want", [
    # a verb's own recent "since" still dates its series, and a date of the trigger's own clause stays
    ("They have met in Cairo since last month.", ("meeting", "Cairo", "2024-02", "attached")),
    ("The envoys met in Doha in January, and talks have stalled since.", ("meeting", "Doha", "2024-01", "attached")),
    ("The ministers met in Amman on Saturday, since the crossing was closed.",
     ("meeting", "Amman", "2024-03-02", "attached")),
])
def test_own_dates_stay(venues_of, text, want):
    assert want in venues_of(text)
