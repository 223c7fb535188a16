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


WRAPPED = ("Leaders and aid officials from about seventy countries and groups\n"
           "met on Tuesday at the Dead Sea resort of\n"
           "Sweimeh, in an emergency conference convened by Jordan, Egypt and\n"
           "the United Nations to raise aid for Gaza. The king opened it with\n"
           "the Egyptian president and the UN secretary general before noon.\n"
           "\n"
           "Mr Blinken held talks in the Egyptian capital on Monday morning with\n"
           "Mr El Sisi before flying to Tel Aviv, where he met the prime minister.\n")


@pytest.mark.parametrize("text, expected", [
    # hard-wrapped text: a block of lines between blank lines is one paragraph, line breaks kept inside sentences
    (WRAPPED, [WRAPPED[:WRAPPED.index("Gaza.") + 5], WRAPPED[WRAPPED.index("The king"):WRAPPED.index("\n\n")],
               WRAPPED[WRAPPED.index("Mr Blinken"):].rstrip("\n")]),
    # not hard-wrapped (short lines, headlines, one line per paragraph): every line stays a paragraph
    ("Headline of the story\nBy A Reporter\nJune 11, 2024\nTalks began. They ended.\nRead more:\nOther story",
     ["Headline of the story", "By A Reporter", "June 11, 2024", "Talks began.", "They ended.", "Read more:",
      "Other story"]),
    ("One long paragraph line that ends with a full stop as written by the outlet.\n" * 6,
     ["One long paragraph line that ends with a full stop as written by the outlet."] * 6),
])
def test_hard_wrapped_paragraphs(text, expected):
    ss = split(text)
    assert [s.text for s in ss] == expected
    assert all(text[s.start:s.end] == s.text for s in ss)


# a newspaper column pasted from a PDF: lines of 30 to 45 characters, words hyphenated at the line's end
COLUMN = ("The foreign ministers of the two\n"
          "countries met in the Omani capi-\n"
          "tal on Sunday to discuss the re-\n"
          "lease of detainees and the ex-\n"
          "change of prisoners, officials\n"
          "said after the meeting. A second\n"
          "round is expected next month.\n"
          "\n"
          "The talks were the first since\n"
          "the embassies reopened in the\n"
          "spring, diplomats said.\n")


def test_a_narrow_column_with_hyphenated_line_ends_is_hard_wrapped():
    ss = [s.text for s in split(COLUMN)]
    assert len(ss) == 3 and ss[0].startswith("The foreign ministers") and ss[0].endswith("meeting.")
    assert ss[1] == "A second\nround is expected next month."


@pytest.mark.parametrize("text", [
    # negatives: short lines without words cut at their ends (a liveblog's headlines over their entries, a list of
    # names, a dash after a space) stay one paragraph per line
    "Iran fires drones at Israel\nThe drones were launched late on Saturday, officials said.\n" * 4,
    "Jordan - Foreign Minister\nEgypt - Foreign Minister\nQatar - Prime Minister\nOman - Foreign Minister\n"
    "Turkey - Foreign Minister\n",
    "The talks went on through the night -\nofficials said little\nabout the substance of the\ntalks or the "
    "next round\nexpected in the spring\n",
])
def test_short_lines_without_hyphenated_ends_are_not_wrapped(text):
    assert len(split(text)) == len([x for x in text.split("\n") if x.strip()])


# a wire story hard-wrapped at about 68 columns with no blank lines between paragraphs: a paragraph ends on a short
# line after a full stop, or the next line is indented
WIRE = ("   CAIRO, March 3 (Wire) - Egypt's foreign minister said on Sunday that\n"
        "talks on a truce in Gaza had made progress and would resume in the\n"
        "capital next week with delegations from both sides.\n"
        "   \"We are closer than at any time since the war began,\" the minister\n"
        "told reporters after meeting the envoys on Sunday.\n"
        "   The talks were attended by officials from Qatar and the United\n"
        "States, according to a statement issued by the foreign ministry.\n")


@pytest.mark.parametrize("text", [WIRE, WIRE.replace("   ", ""), WIRE.replace("\n   ", "\n\t")])
def test_paragraphs_of_a_wrapped_text_without_blank_lines(text):
    ss = split(text)
    assert len({s.paragraph for s in ss}) == 3
    assert [s.text.split()[0] for s in ss] == ["CAIRO,", "\"We", "The"]


def test_a_wrapped_paragraph_with_a_full_line_ending_a_sentence_goes_on():
    # negative: a full-width line ending with a full stop inside a paragraph is no paragraph end
    text = ("Egypt's foreign minister said on Sunday that the talks had made some\n"
            "progress and that the delegations would return next week to Cairo.\n"
            "The envoys from Qatar and the United States were expected to attend\n"
            "the meetings, according to a statement issued by the ministry, and\n"
            "officials said a draft text was circulating among the delegations\n"
            "on the main points of the agreement, including the withdrawal of\n"
            "troops from the border areas and the exchange of the prisoners in\n"
            "three stages, the first of which would last for about six weeks.\n")
    assert len({s.paragraph for s in split(text)}) == 1


def test_a_text_with_blank_lines_between_paragraphs_keeps_its_paragraphs_whole():
    # negative: with blank lines marking paragraphs, a short line ending a sentence inside a paragraph ends nothing
    para = ("Israel's ambassador to India welcomed the vote on Saturday and\n"
            "praised the stand. \"We appreciate the firm stand against terror.\n"
            "India knows what it means to be a victim of terror,\" he wrote on X\n"
            "after the session of the assembly in New York had ended late.\n")
    text = "\n".join([para] * 4)
    assert len({s.paragraph for s in split(text)}) == 4
