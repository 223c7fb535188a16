"""Speakers named outside a quote's own sentence (lib/extract/statements/nearby.py): a sentence after a quote-only
one that names its speaker, and the one who posted a post read out; with negatives.

Sentences are our own, written for these cases."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def quoted(text: str, published: str = "2024-06-10"):
    doc = document_from_text("t", text, published=published)
    got = S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
    for r in got:  # provenance
        assert doc.text[r.quote_start:r.quote_end] == r.quote
    return [(r.speaker, r.faction, r.quote) for r in got if r.kind in ("direct", "partial")]


# ---------------------------------------------------------------- a speaker named in the sentence after a quote

QUOTE_FIRST = "Headline\n\nThe talks resumed in Cairo on Monday.\n\n“We will not accept any more delays in the " \
              "delivery of aid to Gaza.” {follow}"


@pytest.mark.parametrize("follow, expected", [
    ("Egyptian Foreign Minister Sameh Shoukry was speaking at a news conference in Cairo.", ("Sameh Shoukry", "Egypt")),
    ("Jordan's Foreign Minister Ayman Safadi, who met his Egyptian counterpart, spoke to reporters after the talks.",
     ("Ayman Safadi", "Jordan")),
    ("So said Jordan's Foreign Minister Ayman Safadi on Monday.", ("Ayman Safadi", "Jordan")),
    ("Jordan's Foreign Minister Ayman Safadi made the remarks after meeting Blinken.", ("Ayman Safadi", "Jordan")),
    ("That was the message of Jordan's Foreign Minister Ayman Safadi.", ("Ayman Safadi", "Jordan")),
])
def test_a_speaker_named_in_the_next_sentence(follow, expected):
    assert [(sp, f) for sp, f, _q in quoted(QUOTE_FIRST.format(follow=follow))] == [expected]


def test_a_quote_sentence_inside_a_paragraph_named_after():
    text = ("Headline\n\nThe talks resumed in Cairo on Monday. “We will not accept any more delays in the delivery of "
            "aid to Gaza.” Jordan's Foreign Minister Ayman Safadi was speaking after the talks.")
    assert [(sp, f) for sp, f, _q in quoted(text)] == [("Ayman Safadi", "Jordan")]


@pytest.mark.parametrize("follow", [
    # negatives: a call or meeting is no attribution; a pronoun names no one; the next paragraph is another matter
    "Israeli Prime Minister Benjamin Netanyahu spoke with Biden on Monday.",
    "He was speaking at a news conference in Cairo.",
    "\n\nJordan's Foreign Minister Ayman Safadi was speaking in Amman on another matter.",
])
def test_a_speaker_named_in_the_next_sentence_negatives(follow):
    assert quoted(QUOTE_FIRST.format(follow=follow)) == []


# ---------------------------------------------------------------- a post read out: who posted it

POSTED_FIRST = "Headline\n\nBiden said in a statement: \"We condemn these attacks in the strongest terms.\"\n\n" \
               "{poster}\n\n\"We intercepted. We blocked. Together we will win,\" {noun}."


@pytest.mark.parametrize("poster, noun, expected", [
    ("Israeli Prime Minister Benjamin Netanyahu posted a short message on X after the attack.", "the post read",
     ("Benjamin Netanyahu", "Israel")),
    ("Israeli Prime Minister Benjamin Netanyahu wrote on X after the attack.", "his post said",
     ("Benjamin Netanyahu", "Israel")),
    ("Israeli Prime Minister Benjamin Netanyahu tweeted after the attack.", "the tweet read",
     ("Benjamin Netanyahu", "Israel")),
    # negatives: the last speaker did not post; a statement is no post (neither is Netanyahu's)
    ("Israeli Prime Minister Benjamin Netanyahu met his cabinet after the attack.", "the post read", None),
    ("Israeli Prime Minister Benjamin Netanyahu posted a short message on X after the attack.", "the statement said",
     None),
])
def test_a_post_read_out_is_its_posters(poster, noun, expected):
    got = [(sp, f) for sp, f, q in quoted(POSTED_FIRST.format(poster=poster, noun=noun), "2024-04-14")
           if q.startswith("We intercepted")]
    assert got == [expected] if expected else got and ("Benjamin Netanyahu", "Israel") not in got


# ---------------------------------------------------------------- a pronoun inside an interview's answer

STORY = "Headline\n\nThe UN refugee agency said more than 300,000 people had fled the offensive.\n\n{para}"


@pytest.mark.parametrize("para, expected", [
    # an answer's pronoun points into the answer: not to the story's last speaker (no speaker then)
    ("Abu Omar: We sat with a Russian general for five hours. They told us: “Either you sign today, or the planes "
     "finish what they started.”", []),
    ("**Abu Omar:** We sat with the officers all night. They told us: “Either you sign today, or the planes finish "
     "what they started.”", []),
    # negative: a pronoun in the story's own paragraph is still its last speaker
    ("It told reporters: “Either you sign today, or the planes finish what they started.”",
     [("UN refugee agency", "United Nations")]),
])
def test_a_pronoun_inside_an_answer(para, expected):
    got = [(sp, f) for sp, f, q in quoted(STORY.format(para=para), "2018-07-08") if q.startswith("Either you sign")]
    assert got == expected
