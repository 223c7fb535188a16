"""The keyed scans of the actor patterns give exactly the matches of ``finditer`` (own sentences, and fuzzed text)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract.actors.scan import WordKeyed, comma_title_matches
from lib.extract.actors.titles import APPOS_STOPS, APPOS_TITLE, _patterns, dictionary_scan

SENTENCES = [
    "The Omani foreign minister, Sayyid Badr Albusaidi, met his Iranian counterpart, Abbas Araghchi, in Muscat.",
    "His deputy, Dr. Karim Nassar, said: \u201cwe are ready\u201d, and the envoy, Lt. Col. Omar Hadid, who arrived late.",
    "A spokesman, Mr Yusuf Adel; an aide, Rana Saleh, and an adviser, Ms. Leila Haddad.",
    "In Cairo, Egypt; in Doha, Qatar: talks, talks, talks, and more talks, none named.",  # commas, no names
    "\u201cWe reject it, Minister,\u201d she told the committee, Ahmad Hosni, the chairman, said nothing.",
    "anti-Hamas protesters met pro-Fatah groups; Hamas and Fatah officials, Hezbollah and the IDF said.",
    "",
    ", Ahmed Said,",
    "abc, Ahmed Said.",
]


def _same(got, want):
    assert [(m.span(), m.groupdict()) for m in got] == [(m.span(), m.groupdict()) for m in want]


@pytest.mark.parametrize("text", SENTENCES)
def test_keyed_scans_equal_finditer_on_own_sentences(text):
    P = _patterns()
    _same(comma_title_matches(P["appos_name"], P["appos_comma"], text, APPOS_STOPS, *APPOS_TITLE),
          P["appos_name"].finditer(text))
    _same(dictionary_scan().finditer(text), P["dict"].finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES[:6] + [", ", ",", ";", "\u201c", '"', " ", "Hamas", "al-", "X, Y Z."]),
                max_size=12).map("".join))
def test_keyed_scans_equal_finditer_on_fuzzed_text(text):
    P = _patterns()
    _same(comma_title_matches(P["appos_name"], P["appos_comma"], text, APPOS_STOPS, *APPOS_TITLE),
          P["appos_name"].finditer(text))
    _same(dictionary_scan().finditer(text), P["dict"].finditer(text))


def test_an_alternative_that_starts_without_a_word_character_scans_plainly():
    import re

    rx = re.compile(r"(?:'ello|Hamas)")
    scan = WordKeyed(rx, ["'ello", "Hamas"])
    assert scan.firsts is None
    _same(scan.finditer("'ello Hamas"), rx.finditer("'ello Hamas"))
