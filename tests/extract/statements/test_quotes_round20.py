"""Who said a quote, round 20, on sentences of our own (lib/extract/statements/{direct,nearby,verbless}.py):

- a sentence that is only a quote inside a paragraph, right after a sentence whose reporting verb names one speaker
  ("X said the border would stay shut. “…”") or whose subject is 'he' or 'she' ("Asked whether ..., he smiled. “…”"):
  that speaker goes on (``nearby._said_before``);
- a label of a round-up with where it was said set off by commas, then a colon: "Hezbollah, in a Telegram statement:
  “…”", "X, in a post he later deleted: “…”" (``verbless.aside_label``);
- a pull quote signed with a hyphen at the end of its line: '> "…" - X' (``nearby._signed``).
Each with negative cases: scare quotes, titles, headlines, slogans with no speaker, a sentence between that names
nobody, a clause before the colon.
"""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def quoted(text: str, published: str = "2024-07-31"):
    doc = document_from_text("t", "Talks go on\n\n" + text, published=published)
    return [(r.speaker, r.faction, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
            if r.kind in ("direct", "partial")]


def who(text: str, words: str, published: str = "2024-07-31"):
    return [g[1] for g in quoted(text, published) if words in g[2]]


# ---------------------------------------------------------------- a quote-only sentence after its speaker's sentence

@pytest.mark.parametrize("text, words, faction", [
    ("Jordanian Foreign Minister Ayman Safadi said the kingdom would not open its border. \"Jordan has reached its "
     "capacity, and we will protect our interests.\"", "Jordan has reached", "Jordan"),
    ("Hamas said on Sunday it had received the new proposal. “We are studying it with a positive spirit and will "
     "respond soon.”", "We are studying", "Hamas"),
    # a speech act with its object
    ("Egypt's foreign ministry urged both sides to show restraint. “Escalation serves no one and endangers the whole "
     "region.”", "Escalation serves", "Egypt"),
    # the speaker of the sentence before is 'he': who 'he' points back to
    ("Lebanese Prime Minister Fouad Siniora insisted that Lebanon would honour the resolution. Asked whether "
     "Hezbollah would agree, he smiled thinly. \"They are part of this government, and they voted for it.\"",
     "They are part", "Lebanon"),
    # two speakers in the sentence before: the one whose verb is of saying
    ("After Israel rejected the plan, Qatar's prime minister said the talks would go on. “We will not give up on a "
     "deal that can end this war.”", "We will not give up", "Qatar"),
    # a scare quote in the sentence before does not stop its speaker
    ("Hamas said the offer was \"a trap\" and that it would not sign. \"We will not accept any deal that leaves the "
     "occupation in Gaza.\"", "We will not accept", "Hamas"),
])
def test_a_quote_after_its_speakers_sentence(text, words, faction):
    assert who(text, words) == [faction]


@pytest.mark.parametrize("text, words", [
    # a sentence between that names nobody: the quote is not the last speaker's
    ("Jordan's foreign minister said the kingdom was ready to help. Crowds gathered at the crossing. “We have "
     "nowhere to go and nothing to eat.”", "We have nowhere"),
    # the sentence before speaks of another in no reporting verb
    ("Israeli jets struck Rafah overnight, killing 20 people. \"The building collapsed on top of my children.\"",
     "The building collapsed"),
    # a quote with an attribution of its own after it, to someone of no faction
    ("Egypt's foreign ministry said the crossing was open. \"We have waited here for three days,\" said Umm Ahmed, a "
     "mother of five.", "We have waited"),
    # a person of another side named after the verb: the quote after may be either's (test_statements)
    ("Jordan's foreign minister said the talks were over after meeting Israeli Prime Minister Benjamin Netanyahu. "
     "“We will not accept any deal that ignores the prisoners.”", "We will not accept any deal"),
    # two speakers of saying in the sentence before: no one
    ("Hamas said the talks had failed, while Israel said they would go on. “Nothing has been agreed and nothing will "
     "be agreed today.”", "Nothing has been agreed"),
    # a quote that opens its paragraph is no sentence after a speaker's sentence (the last-speaker rule applies there)
    # and a title in quotes is no speech
    ("Jordan's foreign minister said the kingdom would publish a book. \"The Hashemite Custodianship of Jerusalem\"",
     "Hashemite"),
    # 'he' in a long sentence of its own story is no beat before a quote
    ("He travelled to Cairo on Monday and then to Doha, where he met the emir, the prime minister and the heads of "
     "the intelligence services of three countries. \"This is the last chance for a deal.\"", "last chance"),
])
def test_a_quote_after_a_sentence_naming_no_one_speaker(text, words):
    assert not any(who(text, words))  # (no row, or one of no faction: the resident's)


# ---------------------------------------------------------------- a label with where it was said, then a colon

@pytest.mark.parametrize("text, words, faction", [
    ("Hezbollah, in a Telegram statement: \"The blood of the martyr will increase the determination of the "
     "resistance fighters.\"", "The blood of the martyr", "Hezbollah"),
    ("Israel's Heritage Minister Amichai Eliyahu, in a post he later deleted: \"This is the right way to rid the "
     "world of this filth.\"", "This is the right way", "Israel"),
    ("Egypt's foreign ministry, in a statement on Wednesday: “Egypt warns of the dangerous consequences of this "
     "escalation.”", "Egypt warns", "Egypt"),
    ("Qatar's prime minister, speaking in Doha: “The killing of negotiators makes mediation much harder.”",
     "The killing of negotiators", "Qatar"),
])
def test_a_label_with_an_aside_before_a_colon(text, words, faction):
    assert who(text, words) == [faction]


@pytest.mark.parametrize("text, words", [
    # a clause before the colon, not a label
    ("Israel struck Gaza, in the early hours: \"The building collapsed on top of us and we ran.\"",
     "The building collapsed"),
    # a place and a time, no speaker
    ("In Gaza City, on Wednesday morning: \"We heard the news on the radio and did not believe it.\"",
     "We heard the news"),
    # a headline-like label of a slogan with no actor
    ("Protesters outside the embassy, in chants: \"Free, free Palestine, from the river to the sea.\"",
     "Free, free"),
])
def test_an_aside_label_that_names_no_speaker(text, words):
    assert who(text, words) == []


# ---------------------------------------------------------------- a pull quote signed with a hyphen

@pytest.mark.parametrize("text, words, faction", [
    ("UN chief Antonio Guterres welcomed the vote.\n\n> \"Every hour of delay is measured in lives.\" - Antonio "
     "Guterres\n\nMore follows.", "Every hour of delay", "United Nations"),
    ("Talks resumed.\n\n\"We will not disarm while the occupation continues.\" -- Hamas official Osama Hamdan\n\nEnd.",
     "We will not disarm", "Hamas"),
])
def test_a_pull_quote_signed_with_a_hyphen(text, words, faction):
    assert who(text, words) == [faction]


@pytest.mark.parametrize("text, words", [
    # a hyphen inside the sentence is no signature
    ("The phrase \"every hour counts for the people of Gaza\" - used by Antonio Guterres - is everywhere.",
     "every hour counts"),
    # a signature that names no actor
    ("\"Peace is not a slogan, it is a daily practice.\" - a banner outside the hall\n\nMore.", "Peace is not"),
])
def test_a_hyphen_signature_that_names_no_speaker(text, words):
    assert who(text, words) == []


# ---------------------------------------------------------------- a remark over two paragraphs is one row

def test_a_remark_over_two_paragraphs_is_one_row():
    text = ("Lebanese President Michel Aoun signed the letter on Thursday. \"The agreement is technical,\" Aoun said. "
            "\"It does not constitute a normalization with Israel, and it does not contradict our foreign policy.\n\n"
            "\"Lebanon has recovered its rights in its waters, and the coming generations will reap the benefits.\"")
    got = [q for _sp, f, q in quoted(text, "2022-10-27") if f == "Lebanon" and "normalization" in q]
    assert len(got) == 1 and "Lebanon has recovered" in got[0] and "\n\n" in got[0]


@pytest.mark.parametrize("text, rows", [
    # a speech printed over three paragraphs: one row per paragraph
    ("Jordan's King Abdullah II said in a speech: \"There can be no peace without a Palestinian state on the 1967 "
     "lines.\n\n\"We will not accept the displacement of the people of Gaza into Jordan or Egypt.\n\n\"The world must "
     "act now to stop this war before it spreads across the region.\"", 3),
    # a short opening paragraph before a long one: each its own row
    ("Jordan's King Abdullah II said in a speech: \"Thank you all.\n\n\"There can be no peace without a Palestinian "
     "state on the 1967 lines, and we will not accept the displacement of the people of Gaza into Jordan or Egypt, "
     "whatever pressure is put on us, and whatever the price, today or tomorrow, now or in the years ahead.\"", 2),
])
def test_a_longer_text_over_paragraphs_keeps_a_row_per_paragraph(text, rows):
    got = [q for _sp, f, q in quoted(text, "2024-01-12") if f == "Jordan"]
    assert len(got) == rows and not any("\n\n" in q for q in got), got


# ---------------------------------------------------------------- an interview ends where the story is told again

INTERVIEW = ("China Daily spoke with Zhai Jun, the Special Envoy of the Chinese Government on the Middle East Issue, "
             "about what Beijing can do.\n\nQ: What did the visit achieve?\n\nZhai: It achieved a great deal for "
             "both sides.\n\nQ: What comes next?\n\nZhai: China supports holding a larger international peace "
             "conference. We are ready to talk to all parties.\n\n{after}")


def unmarked_rows(text: str):
    doc = document_from_text("t", "Talks go on\n\n" + text, published="2023-06-16")
    return [(r.speaker, r.kind, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
            if r.kind in ("label", "unmarked")]


@pytest.mark.parametrize("after", [
    # a paragraph in the third person after the last answer: the reporter's, not the envoy's
    "Hamas, which controls Gaza, issued a short statement welcoming the Xi-Abbas talks.",
    # a paragraph that reports another speaker, then one in the third person
    "In Washington, State Department spokesman Matthew Miller told a briefing: \"We welcome any steps that help.\"\n\n"
    "Hamas, which controls Gaza, issued a short statement welcoming the Xi-Abbas talks.",
])
def test_the_story_after_an_interview_is_no_answer(after):
    assert not any("Hamas" in q for _sp, _k, q in unmarked_rows(INTERVIEW.format(after=after)))


@pytest.mark.parametrize("after, words", [
    # an answer that goes on over a paragraph in the first person
    ("And we will keep our door open to Israeli leaders, as we always have.", "keep our door open"),
    # the paragraph right after a question answers it, whatever its words
    ("Q: And the settlements?\n\nSettlement expansion and unilateral actions must stop at once.", "Settlement expansion"),
])
def test_an_answer_goes_on(after, words):
    assert any(words in q and sp == "Zhai Jun" for sp, _k, q in unmarked_rows(INTERVIEW.format(after=after)))


# ---------------------------------------------------------------- a label paragraph, then the words without marks

@pytest.mark.parametrize("text, words, faction", [
    ("19:20\n\n— Qatar's spokesman, Dr Majed Al Ansari, adviser to the Prime Minister:\n\nThe negotiating teams have "
     "been meeting around the clock since last Thursday. We expect an announcement within hours.", "negotiating teams",
     "Qatar"),
    ("Jordanian Foreign Minister Ayman Safadi:\n\nThere can be no security in the region while the war on Gaza "
     "goes on.", "There can be no security", "Jordan"),
])
def test_words_after_a_label_paragraph(text, words, faction):
    assert any(words in q and f == faction for _sp, f, q in labelled_rows(text))


@pytest.mark.parametrize("text, words", [
    # a heading about a side, not its label
    ("Reaction from Egypt:\n\nThe crossing will open as soon as the truce begins, according to officials.",
     "The crossing will open"),
    # a sentence that ends with a colon is no label
    ("The Egyptian foreign ministry said on Monday:\n\nThe crossing will open as soon as the truce begins.",
     "ZZZ"),
    # a heading naming nobody
    ("Key points:\n\nEgypt will open the crossing as soon as the truce begins.", "Egypt will open"),
    # quoted words after the label are left to the quote rules (no second row)
    ("Jordanian Foreign Minister Ayman Safadi:\n\nThe talks, he said, were \"far from over\" on Monday evening.",
     "The talks"),
])
def test_no_words_after_a_heading(text, words):
    assert not any(words in q for _sp, f, q in labelled_rows(text))


def labelled_rows(text: str):
    doc = document_from_text("t", "Talks go on\n\n" + text, published="2025-01-15")
    return [(r.speaker, r.faction, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
            if r.kind in ("label", "unmarked")]
