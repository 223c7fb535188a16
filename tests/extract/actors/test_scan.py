"""The keyed scans of the actor patterns give exactly the matches of ``finditer`` (own sentences, and fuzzed text)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract.actors.scan import WordKeyed, comma_title_matches
from lib.extract.actors.titles import APPOS_STOPS, APPOS_TITLE, _patterns, dictionary_scan, faction_scans

SENTENCES = [
    "The Omani foreign minister, Sayyid Badr Albusaidi, met his Iranian counterpart, Abbas Araghchi, in Muscat.",
    "His deputy, Dr. Karim Nassar, said: \u201cwe are ready\u201d, and the envoy, Lt. Col. Omar Hadid, who arrived late.",
    "A spokesman, Mr Yusuf Adel; an aide, Rana Saleh, and an adviser, Ms. Leila Haddad.",
    "In Cairo, Egypt; in Doha, Qatar: talks, talks, talks, and more talks, none named.",  # commas, no names
    "\u201cWe reject it, Minister,\u201d she told the committee, Ahmad Hosni, the chairman, said nothing.",
    "anti-Hamas protesters met pro-Fatah groups; Hamas and Fatah officials, Hezbollah and the IDF said.",
    # faction- and title-keyed scans (``titles.faction_scans``)
    "Saudi Foreign Minister Prince Faisal bin Farhan met Qatar's Emir Sheikh Tamim bin Hamad in Jeddah.",
    "A senior Hamas official and a TOP Egyptian source said the Egyptian Foreign Ministry would host them.",
    "Jordan's foreign minister spoke after SECRETARY OF STATE Antony Blinken and Deputy Prime Minister Ali Rahimi.",
    "an Iranian delegation led by Ali Bagheri; the delegation of the PLO headed by Dr. Saeb Erekat arrived.",
    "Türkiye's Foreign Ministry, the UN Security Council and Special Envoy for Syria Geir Pedersen (ſecretary).",
    "non-Israeli officials, pro-Iranian militias, Co-ordinator Tor Wennesland and vice-president Kamala Harris.",
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
    for name, scan in faction_scans().items():
        _same(scan.finditer(text), P[name].finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES[:12] + [", ", ",", ";", "\u201c", '"', " ", "Hamas", "al-", "X, Y Z.",
                                                 "the ", "Senior ", "Israeli", "Minister ", "Sheikh", "'s "]),
                max_size=12).map("".join))
def test_keyed_scans_equal_finditer_on_fuzzed_text(text):
    P = _patterns()
    _same(comma_title_matches(P["appos_name"], P["appos_comma"], text, APPOS_STOPS, *APPOS_TITLE),
          P["appos_name"].finditer(text))
    _same(dictionary_scan().finditer(text), P["dict"].finditer(text))
    for name, scan in faction_scans().items():
        _same(scan.finditer(text), P[name].finditer(text))


@pytest.mark.parametrize("text, found", [
    ("THE Minister met them", [(0, 16)]),  # case-insensitive alternatives: a word is looked up lowercased
    ("ſenior minister", [(0, 15)]),  # a non-ASCII word is always tried: re folds 'ſ' to 's', str.lower does not
    ("Minister; a SENIOR MINISTER", [(0, 8), (10, 27)]),
    ("aminister, the, a", []),  # not at a word start; openers alone
    ("", []),
])
def test_folded_keys(text, found):
    import re

    rx = re.compile(r"(?<![\w-])(?:(?i:the|a)\s+)?(?i:senior\s+)?(?i:minister)(?:\s+met)?")
    scan = WordKeyed(rx, ["the", "a", "senior", "minister"], fold=True)
    assert "ſenior".lower() not in scan.firsts
    assert [m.span() for m in rx.finditer(text)] == found
    _same(scan.finditer(text), rx.finditer(text))


def test_an_alternative_that_starts_without_a_word_character_scans_plainly():
    import re

    rx = re.compile(r"(?:'ello|Hamas)")
    scan = WordKeyed(rx, ["'ello", "Hamas"])
    assert scan.firsts is None
    _same(scan.finditer("'ello Hamas"), rx.finditer("'ello Hamas"))
