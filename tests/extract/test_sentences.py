"""Sentence splitting with exact spans."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract.sentences import split


@pytest.mark.parametrize("text, expected", [
    ("Talks began. They ended.", ["Talks began.", "They ended."]),
    ("On Feb. 12, the cabinet met. The U.S. objected.", ["On Feb. 12, the cabinet met.", "The U.S. objected."]),
    ("He called on the U.N. to act. Egypt agreed.", ["He called on the U.N. to act.", "Egypt agreed."]),
    ("“We will escalate.” Hamas said so.", ["“We will escalate.”", "Hamas said so."]),
    ("“Our choice… is to escalate”, he added.", ["“Our choice… is to escalate”, he added."]),
    ("Mr. Abbas met Dr. Kamel. Fine.", ["Mr. Abbas met Dr. Kamel.", "Fine."]),
    ("Line one\nLine two.", ["Line one", "Line two."]),
    ("Is it over? Yes! 18 were killed.", ["Is it over?", "Yes!", "18 were killed."]),
    ("J. Smith arrived.", ["J. Smith arrived."]),
    ("Sgt. David Cohen and Cpl. Avi Levy were killed. Lt. Col. Peter Lerner said so.",
     ["Sgt. David Cohen and Cpl. Avi Levy were killed.", "Lt. Col. Peter Lerner said so."]),
])
def test_split(text, expected):
    assert [s.text for s in split(text)] == expected


def test_paragraph_index_and_duplicates():
    text = "The ministers met in Cairo on Sunday to discuss calm.\n\nOther news.\nThe ministers met in Cairo on Sunday to discuss calm."
    ss = split(text)
    assert [s.paragraph for s in ss] == [0, 1, 2]
    assert ss[2].duplicate_of == 0 and ss[0].duplicate_of is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .?!\n\r“”\"'’()AZ19…\u00a0\ufeffЖ")), max_size=200))
def test_spans_round_trip(text):
    for s in split(text):
        assert text[s.start:s.end] == s.text
        assert s.text.strip() and s.start < s.end
