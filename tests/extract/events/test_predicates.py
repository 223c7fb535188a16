"""A meeting noun's predicate: a schedule ("is scheduled for Thursday in Amman") places and dates it, and a future
or scheduled auxiliary in it makes the meeting planned. Sentences are our own."""
from __future__ import annotations

import pytest

from lib.extract import extract_document
from lib.extract.document import document_from_text


def rows(text: str) -> list[tuple[str, str, str, str]]:
    """(event_type, location, date, status) of each meeting or visit (published on Monday 2024-03-04)."""
    doc = document_from_text("t", text, published="2024-03-04")
    return sorted((e.event_type, e.location, e.date, e.status) for e in extract_document(doc).events
                  if e.event_type in ("meeting", "visit"))


@pytest.mark.parametrize("text, want", [
    # a schedule is the subject noun's predicate: its date and place are the meeting's
    ("A meeting is scheduled for Thursday in Amman.", ("meeting", "Amman", "2024-03-07", "planned")),
    ("Talks are slated for Wednesday in Muscat, officials said.", ("meeting", "Muscat", "2024-03-06", "planned")),
    ("The next session has been set for Friday in Geneva.", ("meeting", "Geneva", "2024-03-08", "planned")),
    # a future or scheduled auxiliary in the predicate: planned, even on the publication day
    ("Talks are due to resume in Doha on Monday.", ("meeting", "Doha", "2024-03-04", "planned")),
    ("Negotiations are expected to open in Cairo today.", ("meeting", "Cairo", "2024-03-04", "planned")),
    # the object of a hosting verb is that meeting, even "a new round": one row
    ("Qatar is to host a new round of talks in Doha on Sunday.", ("meeting", "Doha", "2024-03-10", "planned")),
    ("Oman hosted a fresh round of talks in Muscat on Saturday.", ("meeting", "Muscat", "2024-03-02", "happened")),
])
def test_schedule_and_planned_predicate(text, want):
    assert rows(text) == [want]


@pytest.mark.parametrize("text, want", [
    # an intent word modifying the noun is no planned cue of its predicate
    ("Talks to revive the deal resumed in Vienna on Monday.", ("meeting", "Vienna", "2024-03-04", "happened")),
    ("Talks resumed in Doha on Monday.", ("meeting", "Doha", "2024-03-04", "happened")),
    # a schedule with no place of its own places nothing
    ("A meeting between the two was scheduled for Thursday but was cancelled.", ("meeting", "", "2024-03-07",
                                                                                 "planned")),
    # "set for" with no date is no schedule
    ("The meeting was set for failure from the start, critics said.", ("meeting", "", "2024-03-04", "planned")),
])
def test_predicate_negatives(text, want):
    assert rows(text) == [want]


def test_a_new_round_after_another_meeting_is_its_own():
    """A contrast word keeps a second meeting apart when it is no object of the first's verb."""
    got = rows("Egypt hosted talks in Cairo on Monday. A new round of talks is scheduled for Friday in Doha.")
    assert ("meeting", "Doha", "2024-03-08", "planned") in got and ("meeting", "Cairo", "2024-03-04", "happened") in got
