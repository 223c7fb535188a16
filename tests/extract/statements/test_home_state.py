"""The side of a speaker whose side the outlet implies (issue #14): a national outlet's bare domestic title
("Foreign Minister X", "the defence ministry") is its home state (lib/data/outlet_states.csv); a capital's
possessive, a demonym or country in the title, a foreign dateline, an official met or visited, and international
outlets never take it. Sentences and outlets written for these tests (no outlet, name or title of a set); the
table was scored before the rules were written (7/28, see the round's report)."""
from __future__ import annotations

import pytest

from lib.extract import extract_document
from lib.extract.document import document_from_text

# (outlet, headline, text, a word of the speaker's name, the expected faction; '' = no statement of that speaker)
CASES = [
    # ---- a national outlet's own officials, named with a bare title: the home state
    ("Asahi Shimbun", "Japan keeps Tehran embassy open",
     "\"We will keep our embassy in Tehran open,\" Foreign Minister Haruto Sakamoto told reporters on Monday.",
     "Sakamoto", "Japan"),
    ("The Korea Herald", "Navy unit heads to Red Sea as Houthis attack ships",
     "\"Our citizens in the region are safe,\" Defense Minister Park Min-jae said at a briefing on Tuesday.",
     "Park", "South Korea"),
    ("Aftenposten", "Oslo offers to host Sudan talks",
     "\"We stand ready to host the next round,\" Foreign Minister Ingrid Solvik said after the meeting.",
     "Solvik", "Norway"),
    ("Antara", "Jakarta rejects annexation plan",
     "Foreign Minister Dewi Kartikasari said: \"We will never recognise the annexation of the West Bank.\"",
     "Kartikasari", "Indonesia"),
    ("Le Figaro", "Paris to back UN resolution on Gaza",
     "\"We will vote for the resolution,\" Foreign Minister Claire Vautrin said on Wednesday.",
     "Vautrin", "France"),
    ("Jiji Press", "Tokyo urges restraint after drone strike on tanker",
     "\"We will not waver in protecting our ships,\" Chief Cabinet Secretary Kenta Morimura told a news conference.",
     "Morimura", "Japan"),
    ("NRK", "Gas deal with Egypt signed",
     "\"The deal secures our supply for a decade,\" Energy Minister Terje Haugland said on Thursday.",
     "Haugland", "Norway"),
    ("Ukrinform", "Kyiv condemns Houthi attack on grain ship",
     "\"We condemn the strike on the vessel carrying Ukrainian grain,\" the foreign ministry said in a statement.",
     "ministry", "Ukraine"),
    ("Bangkok Post", "Thai workers in Israel to be flown home",
     "\"Every worker who wants to come home will be flown home,\" Labour Minister Somchai Wongsawat said.",
     "Wongsawat", "Thailand"),
    ("Azertac", "Baku welcomes peace talks",
     "\"This is a historic opportunity for the region,\" Deputy Foreign Minister Elnur Mammadli said.",
     "Mammadli", "Azerbaijan"),
    ("Malay Mail", "Putrajaya sends aid to Gaza",
     "\"Malaysia will send 100 tonnes of aid,\" Foreign Minister Zulkifli Hassan Basri said.",
     "Basri", "Malaysia"),
    # ---- guards: a capital's possessive, a demonym or a country in the title wins over the outlet's state
    ("The Korea Herald", "Seoul, Tokyo monitor tanker case",
     "\"We hope for an early resolution through dialogue,\" Tokyo's Chief Cabinet Secretary Kenta Morimura said.",
     "Morimura", "Japan"),
    ("Aftenposten", "Turkey answers Oslo on Syria",
     "Ankara's deputy foreign minister, Emre Yildirimoglu, said: \"Our border operation will continue.\"",
     "Yildirimoglu", "Turkey"),
    ("Antara", "Envoys discuss Gaza aid",
     "\"No one will dictate to us,\" Moscow's ambassador Igor Petrenkov told reporters.",
     "Petrenkov", "Russia"),
    ("Asahi Shimbun", "Iran rejects new sanctions",
     "\"Sanctions will not change our course,\" the Iranian foreign minister, Reza Karimzadeh, said.",
     "Karimzadeh", "Iran"),
    ("The Korea Herald", "Frozen funds talks continue",
     "Iran's central bank governor, Farhad Moradkhani, said: \"The funds must be released in full.\"",
     "Moradkhani", "Iran"),
    ("Aftenposten", "Oslo and Nicosia discuss gas",
     "\"The talks were useful,\" Cypriot Foreign Minister Andreas Kyriakides said.",
     "Kyriakides", "Cyprus"),
    ("Asahi Shimbun", "Gulf states welcome summit",
     "Kuwait's Foreign Minister Sheikh Fahad Nasser Al-Sabah said: \"Kuwait will continue its mediation.\"",
     "Sabah", "Kuwait"),
    ("United Press International", "Swiss ready to host talks",
     "\"Switzerland is ready to host both sides,\" the Swiss foreign minister said.",
     "minister", "Switzerland"),
    # ---- guards: officials of a visited state or a counterpart, a foreign dateline: never the outlet's state
    ("The Korea Herald", "Vice minister holds talks in Tehran",
     "Park met his Iranian counterpart in Tehran on Monday. He also met the central bank governor, Ali Sadeghpour. "
     "\"The funds will be released when the sanctions allow it,\" Sadeghpour said.",
     "Sadeghpour", "Iran|"),
    ("Aftenposten", "Solvik in Beirut",
     "Solvik met Interior Minister Karim Haddadin in Beirut on Monday. \"We need help with the refugees,\" "
     "Haddadin said.",
     "Haddadin", "Lebanon|"),
    ("Asahi Shimbun", "Egypt to keep Rafah open",
     "CAIRO — Foreign Minister Amr Nabilovic said on Sunday: \"We will keep the crossing open for aid.\"",
     "Nabilovic", "Egypt|"),
    # ---- international outlets have no home state
    ("United Press International", "Houthis claim new attack",
     "\"We will respond to any aggression,\" Defence Minister Omar Haddadi said.",
     "Haddadi", ""),
    ("The New Humanitarian", "Talks stall",
     "\"There is no deal yet,\" Foreign Minister Luis Carvalhal told reporters.",
     "Carvalhal", ""),
    # ---- the US and UK press: a bare title in a story about the region is the region's official, not theirs
    ("The Daily Telegraph", "Yemen's warring sides agree truce in Sweden",
     "Foreign Minister Ahmed Saleh Hadrami, who led the government delegation, said: \"We will implement the deal.\"",
     "Hadrami", ""),
    # ---- no title, no side: a citizen quoted by a national outlet stays without one
    ("Aftenposten", "Protest in Oslo",
     "\"This is a shameful surrender,\" said Lars Bergvik, a teacher who joined the march.",
     "Bergvik", ""),
    # ---- opposition negotiators and spokesmen named with their body
    ("United Press International", "Syrian opposition leaves Geneva",
     "Omar Fakhourani, an HNC spokesman, said: \"The regime is bombing our towns while we talk.\"",
     "Fakhourani", "Syrian opposition"),
    ("United Press International", "Syrian opposition leaves Geneva",
     "\"We will not return until the sieges end,\" said Ahmad Jawdatli, a negotiator for the High Negotiations "
     "Committee.",
     "Jawdatli", "Syrian opposition"),
    # ---- a bare body in a national agency
    ("Antara", "Troops in Lebanon safe, ministry says",
     "\"Our peacekeepers in southern Lebanon are safe,\" the defence ministry said on Saturday.",
     "ministry", "Indonesia"),
]


def factions_of(outlet: str, title: str, text: str, word: str) -> set[str]:
    doc = document_from_text("t", text, published="2023-05-10", title=title, outlet=outlet)
    return {s.faction for s in extract_document(doc).statements if word.lower() in s.speaker.lower()}


def passes(outlet: str, title: str, text: str, word: str, want: str) -> bool:
    got = factions_of(outlet, title, text, word)
    allowed = set(want.split("|"))  # 'Iran|': Iran or no row at all
    return got <= {f for f in allowed if f} and (bool(got) or "" in allowed)


@pytest.mark.parametrize("outlet, title, text, word, want", CASES)
def test_home_state_table(outlet, title, text, word, want):
    assert passes(outlet, title, text, word, want), factions_of(outlet, title, text, word)


def test_the_table_is_wide_enough():
    assert len(CASES) >= 20 and sum(1 for c in CASES if c[4] in ("", ) or "|" in c[4]) >= 5
