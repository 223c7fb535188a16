"""Attributions without a verb of saying (lib/extract/statements/verbless.py, read by direct.py), round 17, on
sentences of our own: "“…” was how X described it", "For X, the answer is obvious: “…”", and a sentence that is
only a quote after one giving its speaker's manner ("X was blunt. “…”"). ("as X put it" and "X's message was clear:"
are tested in test_direct_relayed.py.) Each with negative cases."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def who(text: str, published: str, words: str):
    doc = document_from_text("t", "Talks go on\n\n" + text, published=published)
    rows = [r for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc)))) if r.kind in ("direct", "partial")]
    return [r.faction for r in rows if words in r.quote]


@pytest.mark.parametrize("text, words, faction", [
    ("“This is a war crime,” was how Jordan's foreign minister Ayman Safadi described the strike.", "war crime",
     "Jordan"),
    ("“A new chapter for the region” is how Saudi Foreign Minister Prince Faisal bin Farhan sums up the deal.",
     "new chapter for the region", "Saudi Arabia"),
    ("For Safadi, the Jordanian foreign minister, the answer is obvious: “Israel must end this war now and the world "
     "must stop making excuses.”", "must end this war", "Jordan"),
    ("The UN Secretary-General Antonio Guterres was blunt. “Nothing justifies the collective punishment of the "
     "Palestinian people.”", "Nothing justifies", "United Nations"),
    ("Egyptian President Abdel Fattah al-Sisi had a message for Israel.\n\n“Sinai is a red line that no one will "
     "cross.”", "Sinai is a red line", "Egypt"),
])
def test_a_speaker_named_with_no_verb_of_saying(text, words, faction):
    assert who(text, "2024-01-20", words) == [faction]


@pytest.mark.parametrize("text, words, factions", [
    # the manner sentence names no one: the quote's own attribution
    ("The message was clear. “Nothing justifies the collective punishment of the Palestinian people,” Guterres "
     "said.", "Nothing justifies", ["United Nations"]),
    # a sentence between the manner and the quote has its own speaker
    ("Hamas was blunt. Israel replied: “We will not stop until victory is achieved.”", "will not stop",
     ["Israel"]),
    # a manner sentence with more than a manner ("was clear that ...") is a reported clause, and a quote with words
    # of its own sentence around it is not only a quote
    ("Hamas was clear that talks were over. Later an aid worker in Rafah wrote “the crossing stays shut for now” on a "
     "sign.", "crossing stays shut", []),
])
def test_no_verb_of_saying_negatives(text, words, factions):
    assert who(text, "2024-01-20", words) == factions
