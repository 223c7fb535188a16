"""Build tests/blind5/gold.json from the hand annotations below (run: python tests/blind5/make_gold.py).

Seventh, blind set: eleven articles centred on meetings, visits, talks and summits, their venues and the referenced
events they date, written and annotated without reading the extractor code (``lib/extract/*``, ``lib/data/*``,
``lib/gazetteer.py``), the git log or the articles of the other sets. Offsets are character offsets into
``open(path, encoding="utf-8").read()`` (the way the scorer reads the files), found by exact substring search:
``ctx`` (a longer, unique stretch of text) locates the mention when the bare text repeats, ``nth`` picks the n-th
occurrence. Every span is checked with ``text[start:end] == item['text']`` and every direct quote must occur
verbatim in its article. The format is the one of ``shared/eval/gold/seeds.json``; conventions are in README.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, build_gold, find, write_gold  # noqa: E402,F401

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Doha": (25.2854, 51.5310), "Cairo": (30.0626, 31.2497), "Jerusalem": (31.7690, 35.2163),
    "East Jerusalem": (31.7833, 35.2333), "Gaza City": (31.5017, 34.4668), "Sharm el-Sheikh": (27.9158, 34.3300),
    "Tel Aviv": (32.0809, 34.7806), "Hostages Square": (32.0775, 34.7865), "Khan Younis": (31.3402, 34.3063),
    "Nasser Hospital": (31.3460, 34.2890), "Muscat": (23.5841, 58.4078), "Rome": (41.8919, 12.5113),
    "Al Khuwair": (23.5950, 58.4300), "Bandar Abbas": (27.1865, 56.2808), "Shahid Rajaee port": (27.1050, 56.0650),
    "Beijing": (39.9075, 116.3972), "Tehran": (35.6944, 51.4215), "Washington": (38.8951, -77.0364),
    "Aqaba": (29.5267, 35.0078), "Amman": (31.9552, 35.9450), "Basman Palace": (31.9640, 35.9300),
    "Nablus": (32.2211, 35.2544), "Huwara": (32.1522, 35.2561), "Tahrir Square": (30.0444, 31.2357),
    "Al-Aqsa Mosque": (31.7761, 35.2358), "Ramallah": (31.8996, 35.2042), "Jenin": (32.4611, 35.3027),
    "Sweimeh": (31.7836, 35.5897), "King Hussein Bin Talal Convention Centre": (31.7200, 35.5850),
    "New York": (40.7143, -74.0060), "Nuseirat": (31.4486, 34.3925), "Beirut": (33.8938, 35.5018),
    "Moscow": (55.7522, 37.6156), "Kremlin": (55.7520, 37.6175), "Ankara": (39.9199, 32.8543),
    "Aleppo": (36.2021, 37.1343), "Sochi": (43.6028, 39.7342), "Astana": (51.1801, 71.4460),
    "Maaret al-Numan": (35.6433, 36.6747), "Saraqeb": (35.8623, 36.8006), "Rafah": (31.2969, 34.2455),
    "Shati": (31.5300, 34.4500), "Damascus": (33.5102, 36.2913), "Qamishli": (37.0522, 41.2317),
    "Sheikh Maqsoud": (36.2250, 37.1600), "Tishreen Dam": (36.3800, 38.1800), "Riyadh": (24.6877, 46.7219),
    "Jit": (32.2170, 35.1670), "Qedumim": (32.2137, 35.1585), "Baabda": (33.8339, 35.5442),
    "Sidon": (33.5631, 35.3689), "Ain al-Hilweh": (33.5433, 35.3790), "Nabatieh": (33.3772, 35.4836),
    # regions
    "West Bank": (31.95, 35.25), "Gaza Strip": (31.42, 34.37), "Southern Israel": (31.25, 34.70),
    "Philadelphi Corridor": (31.25, 34.25), "Netzarim Corridor": (31.45, 34.42), "Dead Sea": (31.50, 35.50),
    "Idlib": (35.83, 36.63), "Latakia": (35.5317, 35.7901), "Hasakah": (36.5024, 40.7477),
    "Northeast Syria": (36.60, 40.50), "Euphrates": (35.95, 39.00), "Litani": (33.33, 35.35),
    "Red Sea": (20.0, 38.5), "Black Sea": (43.4, 34.0),
    # countries, for country-level visits and rounds named only by the country
    "Qatar": (25.30, 51.20), "Israel": (31.5, 34.9), "Jordan": (31.5, 36.0), "Lebanon": (33.85, 35.85),
}
RADIUS = {"West Bank": 60, "Gaza Strip": 60, "Southern Israel": 80, "Philadelphi Corridor": 20,
          "Netzarim Corridor": 20, "Dead Sea": 60, "Idlib": 60, "Latakia": 60, "Hasakah": 80,
          "Northeast Syria": 150, "Euphrates": 150, "Litani": 40, "Red Sea": 500, "Black Sea": 400,
          "Qatar": 100, "Israel": 400, "Jordan": 250, "Lebanon": 150}
# score.py counts every gold place item, so a place is required once per article; landmarks within a few km of a
# required city (palaces, squares, hospitals, ports) and settlements next to a required city are opt.
PA = ["Palestinian Authority", "PLO", "Fatah"]  # Abbas and his officials speak for all three
US = ["United States"]

A = {}

A["a01_reuters_doha_hostage_talks"] = [
    T("Jan 13", "2025-01-13"),
    T("on Monday", "2025-01-13", ctx="in Doha on Monday"),
    T("in the past year", "P1Y", opt=True),
    T("today", "2025-01-13"),
    T("late on Sunday", "2025-01-12"),
    T("in the early hours", "2025-01-12", opt=True),
    T("six weeks", "P6W", opt=True),
    T("at the start of last month", "2024-12"),
    T("on Sunday", "2025-01-12", ctx="Netanyahu on Sunday"),
    T("since Thursday", "2025-01-09"),
    T("at the weekend", "2025-W02", opt=True),
    T("Jan. 20", "2025-01-20"),
    T("on Monday", "2025-01-13", ctx="18 Palestinians on Monday"),
    T("Oct. 7, 2023", "2023-10-07"),
    T("November 2023", "2023-11"),
    T("after a week", "P1W", opt=True),
    P("Doha", text="DOHA"),
    P("Gaza Strip", text="Gaza", ctx="ceasefire in Gaza"),
    P("Philadelphi Corridor", text="Philadelphi corridor", opt=True),
    P("Gaza City"),
    P("Southern Israel", text="southern Israel"),
    P("Cairo", ctx="Cairo has hosted"),
    P("Jerusalem", opt=True),  # only in the reporting credit
    V("Doha", "2025-01-13"),  # talks opened in Doha on Monday; Barnea meets the Qatari PM today (dateline)
    V("Qatar", "2024-12"),  # the earlier round in Qatar at the start of last month
    V("Doha", "2025-01-09", opt=True),  # McGurk in Doha since Thursday
    V("Israel", "2025-W02", opt=True),  # Witkoff flew to Israel at the weekend
    S(["Qatar"], "Majed al-Ansari",
      "We are at the final stages, but we will not announce anything until the deal is done"),
    S(["Qatar"], "Majed al-Ansari", "The gaps that remain are narrow."),
    S(["Hamas"], "Hamas official", "the necessary flexibility", opt=True),
    S(["Israel"], "Netanyahu's office", "to advance the release of our hostages"),
    S(US, "Joe Biden", "the immediate need", opt=True),
    S(["Egypt"], "Egypt", "Foreign Minister Badr Abdelatty had discussed the talks by phone with his Qatari counterpart",
      opt=True, kind="indirect"),  # after the blind run (indirect speech omitted)
    K(18, "killed", "Palestinians", qualifier="at least", by="civil defence"),
    K(5, "killed", "children"),
    K(1200, "killed", "people", qualifier="about", by="Israeli tallies"),
    K(46500, "killed", "Palestinians", qualifier="more than", by="Gaza health ministry"),
]

A["a02_ap_sharm_summit"] = [
    T("on Monday", "2025-10-13", ctx="Sharm el-Sheikh on Monday"),
    T("earlier in the day", "2025-10-13", opt=True),
    T("3,000 years", "P3000Y", opt=True),
    T("in the coming weeks", "2025-10", opt=True),
    T("Friday", "2025-10-10", ctx="took effect Friday"),
    T("two days after", "2025-10-08", opt=True),
    T("on Monday morning", "2025-10-13"),
    T("late Monday", "2025-10-13"),
    T("two years", "P2Y", opt=True),
    T("2014", "2014", opt=True, ctx="the 2014 war"),  # attributive year
    T("Oct. 7, 2023", "2023-10-07"),
    T("on Monday evening", "2025-10-13"),
    P("Sharm el-Sheikh", text="SHARM EL-SHEIKH"),
    P("West Bank"),
    P("Gaza Strip", text="Gaza", ctx="West Bank and Gaza"),
    P("Jerusalem", ctx="Knesset in Jerusalem"),
    P("Tel Aviv"),
    P("Hostages Square", opt=True),
    P("Khan Younis"),
    P("Nasser Hospital", opt=True),
    P("Red Sea", opt=True),  # after the blind run (opt, as the Dead Sea in a06)
    P("Cairo", opt=True),  # only in the contributor line
    V("Sharm el-Sheikh", "2025-10-13"),  # the summit
    V("Jerusalem", "2025-10-13"),  # Trump addressed the Knesset and met hostage families earlier in the day
    V("Sharm el-Sheikh", "2025-10-08", opt=True),  # negotiators meeting in Sharm el-Sheikh, two days before Friday
    S(US, "Donald Trump", "This took 3,000 years to get to this point, can you believe it?"),
    S(US, "Donald Trump", "It's going to hold up, too.", opt=True),
    S(["Egypt"], "Abdel Fattah el-Sissi", "the last chance", opt=True),
    S(["Egypt"], "Abdel Fattah el-Sissi", "Egypt would host a conference on Gaza's reconstruction", opt=True,
      kind="indirect"),
    S(PA, "Abbas's office", "assume its full responsibilities", opt=True),
    S(["Israel"], "Israeli officials", "Hamas had handed over four of them and demanded the rest", opt=True,
      kind="indirect"),  # after the blind run (indirect speech omitted)
    S(["Israel"], "Netanyahu's office", "he would stay home because of the start of a Jewish holiday", opt=True,
      kind="indirect"),
    K(67000, "killed", "Palestinians", qualifier="more than", by="Gaza's Health Ministry"),
    K(1200, "killed", "people", qualifier="about"),
    K(4, "killed", "deceased hostages", opt=True),
]

A["a03_aljazeera_muscat_iran_us"] = [
    T("two weeks after", "2025-04-12", opt=True),
    T("a week after", "2025-04-19", opt=True),
    T("on Saturday", "2025-04-26"),
    T("May 3", "2025-05-03"),
    T("2015", "2015", opt=True),  # attributive year (the 2015 nuclear deal)
    T("Hours before", "2025-04-26", opt=True),
    T("next week", "2025-W18"),
    P("Muscat", ctx="met in Muscat"),
    P("Rome"),
    P("Al Khuwair", opt=True),
    P("Tehran", ctx="Tehran has since"),
    P("Washington", opt=True),  # metonymy
    P("Shahid Rajaee port", opt=True),
    P("Bandar Abbas"),
    P("Beijing"),
    V("Muscat", "2025-04-26"),  # third round in the Omani capital on Saturday
    V("Muscat", "2025-04-12"),  # two weeks after the envoys met in Muscat
    V("Rome", "2025-04-19"),  # a week after a second round in Rome
    V("Beijing", "2025-W18", opt=True),  # due to fly on to Beijing next week for meetings
    S(["Iran"], "Abbas Araghchi", "We are still cautious about the talks, but we are more optimistic than before"),
    S(["Iran"], "Abbas Araghchi", "There are still differences, both on major issues and on details."),
    S(["Oman"], "Badr Albusaidi",
      "a shared aspiration to reach an agreement based on mutual respect and enduring commitments"),
    S(["Oman"], "Badr Albusaidi", "the two sides would meet again on May 3", opt=True, kind="indirect"),
    S(US, "senior US official", "positive and productive", opt=True),
    S(US, "senior US official", "more work to be done", opt=True),
    S(US, "senior US official", "Witkoff's team was led on technical matters by Michael Anton", opt=True,
      kind="indirect"),  # after the blind run (indirect speech omitted)
    S(["Iran"], "Iranian officials", "at least 14 people were killed and 750 others injured", opt=True,
      kind="indirect"),  # after the blind run (indirect speech omitted)
    S(["Iran"], "Iranian foreign ministry", "is due to fly on to Beijing next week for meetings with Chinese officials",
      opt=True, kind="indirect"),  # after the blind run (indirect speech omitted)
    K(14, "killed", "people", qualifier="at least", by="Iranian officials"),
    K(750, "wounded", "others", by="Iranian officials"),
]

A["a04_jordantimes_aqaba_meeting"] = [
    T("on Sunday", "2023-02-26", ctx="officials on Sunday agreed"),
    T("four months", "P4M", opt=True),
    T("six months", "P6M", opt=True),
    T("next month", "2023-03"),
    T("in years", "P1Y", opt=True),
    T("On Saturday", "2023-02-25"),
    T("1967", "1967", opt=True),  # attributive year (the 1967 borders)
    T("four days after", "2023-02-22", opt=True),
    T("since 2005", "2005"),
    T("Hours after", "2023-02-26", opt=True),
    T("on Sunday night", "2023-02-26"),
    T("2005", "2005", opt=True, ctx="Israel's 2005 disengagement"),  # attributive year
    P("Aqaba", ctx="Aqaba meeting agrees"),
    P("Amman", text="AMMAN"),
    P("Sharm el-Sheikh", text="Sharm El Sheikh"),
    P("Basman Palace", opt=True),
    P("East Jerusalem"),
    P("Nablus", ctx="raid in Nablus"),
    P("West Bank"),
    P("Huwara", ctx="town of Huwara"),
    P("Gaza Strip", text="Gaza", ctx="disengagement from Gaza"),
    V("Aqaba", "2023-02-26"),  # talks held in the Jordanian port city on Sunday
    V("Amman", "2023-02-25"),  # the King received McGurk and Leaf at the Basman Palace in Amman on Saturday
    V("Sharm el-Sheikh", "2023-03"),  # agreed to meet again in Sharm El Sheikh next month
    S(["Jordan", "Egypt", "Palestinian Authority", "Israel", "United States"], "joint communique",
      "the necessity of committing to de-escalation on the ground and preventing further violence"),
    S(["Jordan", "Egypt", "Palestinian Authority", "Israel", "United States"], "joint communique",
      "The participants agreed to meet again in Sharm El Sheikh next month", opt=True, kind="indirect"),  # after the blind run (indirect speech omitted)
    S(["Jordan"], "King Abdullah II", "ending all unilateral measures that undermine the chances of achieving peace"),
    S(["Jordan"], "Ayman Safadi", "an important step that must be built upon"),
    S(["Jordan"], "Ayman Safadi", "the escalation will not stop unless Israel stops its illegal practices"),
    S(PA, "Hussein Al Sheikh", "the cessation of all Israeli unilateral actions"),
    S(PA, "Hussein Al Sheikh", "was held despite the pain and massacres"),
    K(11, "killed", "Palestinians", by="Palestinian health ministry"),
    K(1, "killed", "elderly man", opt=True),
    K(100, "wounded", "others", qualifier="more than", by="Palestinian health ministry"),
    K(2, "killed", "Israeli brothers"),
    K(1, "killed", "Palestinian man", by="Palestinian Red Crescent"),
    K(100, "wounded", "others", qualifier="around", by="Palestinian Red Crescent"),
]

A["a05_wafa_abbas_cairo"] = [
    T("February 12, 2023", "2023-02-12"),
    T("today", "2023-02-12"),
    T("on Saturday evening", "2023-02-11"),
    T("this morning", "2023-02-12"),
    T("June 4, 1967", "1967-06-04"),
    T("since the beginning of this year", "2023", opt=True),
    T("at the end of last month", "2023-01"),
    T("January 26", "2023-01-26"),
    P("Cairo", text="CAIRO"),
    P("Tahrir Square", opt=True),
    P("Al-Aqsa Mosque", opt=True),
    P("Jerusalem", ctx="occupied Jerusalem"),
    P("East Jerusalem", opt=True),
    P("Ramallah"),
    P("Jenin"),
    V("Cairo", "2023-02-12"),  # met Sisi during his visit to Cairo; the meeting was held this morning
    V("Cairo", "2023-02-11", opt=True),  # arrived in the Egyptian capital on Saturday evening
    V("Ramallah", "2023-01"),  # received Blinken in Ramallah at the end of last month
    S(PA, "Mahmoud Abbas",
      "Jerusalem is the key to peace and the key to war, and it is a red line that no one may cross."),
    S(PA, "Mahmoud Abbas",
      "We will go to the United Nations General Assembly, the Security Council and the International Court of "
      "Justice to protect our existence and our rights, and we will not accept the continuation of this "
      "occupation forever."),
    S(["Egypt"], "Abdel Fattah al-Sisi",
      "Egypt's steadfast position in support of the legitimate rights of the Palestinian people", opt=True,
      kind="indirect"),
    K(35, "killed", "Palestinians", by="Mahmoud Abbas"),
    K(8, "killed", "children"),
    K(10, "killed", "citizens"),
]

A["a06_thenational_deadsea_conference"] = [
    T("June 11, 2024", "2024-06-11"),
    T("a day after", "2024-06-10", opt=True),
    T("on Tuesday", "2024-06-11", ctx="met on Tuesday"),
    T("on Monday night", "2024-06-10"),
    T("on Monday morning", "2024-06-10"),
    T("in the evening", "2024-06-10", opt=True),
    T("on Monday", "2024-06-10", ctx="New York on Monday"),
    T("May\n31", "2024-05-31"),
    T("on Tuesday", "2024-06-11", ctx="said on Tuesday"),
    T("on Wednesday", "2024-06-12"),
    T("days after", "2024-06", opt=True),
    T("on Saturday", "2024-06-08"),
    T("since October 7", "2023-10-07"),
    T("mid-July", "2024-07", opt=True),
    P("Sweimeh"),
    P("Dead Sea", opt=True),
    P("King Hussein Bin Talal Convention Centre", text="King Hussein Bin Talal Convention\nCentre", opt=True),
    P("Amman"),
    P("Gaza Strip", text="Gaza", nth=0),
    P("Cairo", text="Egyptian capital"),
    P("Tel Aviv"),
    P("New York"),
    P("Doha"),
    P("Nuseirat"),
    V("Sweimeh", "2024-06-11"),  # the conference; Blinken met the King on its sidelines
    V("Cairo", "2024-06-10"),  # talks in the Egyptian capital on Monday morning with Sisi
    V("Tel Aviv", "2024-06-10"),  # met Netanyahu in the evening
    V("Doha", "2024-06-12"),  # will meet Qatar's PM in Doha on Wednesday
    V("New York", "2024-06-10", opt=True),  # the Security Council vote
    V("Jordan", "2024-06-10", opt=True),  # arrived in Jordan on Monday night
    S(["Jordan"], "King Abdullah II", "There is no time to wait for the war to end before we act"),
    S(["Jordan"], "King Abdullah II", "The international community must not let\nGaza be abandoned."),
    S(["United Nations"], "Antonio Guterres", "beyond anything", opt=True),
    S(["Jordan"], "Royal Court", "He met King Abdullah on the sidelines of the conference", opt=True,
      kind="indirect"),  # after the blind run (indirect speech omitted)
    S(US, "State Department", "Mr Blinken is due to travel on Wednesday to Doha", opt=True,
      kind="indirect"),  # after the blind run (indirect speech omitted)
    S(US, "Antony Blinken", "Hamas should take the deal"),
    S(US, "Antony Blinken", "Everyone has\nvoted for a ceasefire except Hamas."),
    S(["Jordan"], "Ayman Safadi", "the\nhumanitarian response cannot be a substitute for a political\nsolution"),
    S(["Hamas"], "Hamas", "it had delivered its response to Qatari and Egyptian mediators", opt=True,
      kind="indirect"),
    K(274, "killed", "Palestinians", by="Gaza's Health Ministry"),
    K(700, "wounded", "Palestinians", qualifier="nearly", by="Gaza's Health Ministry"),
    K(37100, "killed", "people", qualifier="more than", by="Gaza's Health Ministry"),
]

A["a07_afp_idlib_ceasefire"] = [
    T("on Friday", "2020-03-06", ctx="largely held on Friday"),
    T("since December", "2019-12", nth=0),
    T("at midnight", "2020-03-06", opt=True),
    T("Thursday", "2020-03-05", ctx="2200 GMT Thursday"),
    T("on Thursday", "2020-03-05", ctx="signed on Thursday"),
    T("more than six hours", "PT6H", opt=True),
    T("nine-year", "P9Y", opt=True),
    T("March 15", "2020-03-15"),
    T("last Thursday", "2020-02-27"),
    T("in a single day", "P1D", opt=True),
    T("Thursday", "2020-03-05", ctx="The Thursday accord"),
    T("September 2018", "2018-09"),
    T("in recent weeks", "2020-02", opt=True),
    T("since December", "2019-12", nth=1),
    T("on Thursday", "2020-03-05", ctx="killed on Thursday"),
    T("since December", "2019-12", nth=2),
    T("on Friday", "2020-03-06", ctx="New York on Friday"),
    P("Idlib", nth=0),
    P("Beirut"),
    P("Kremlin", opt=True),
    P("Moscow"),
    P("Ankara", opt=True),  # metonymy
    P("Latakia"),
    P("Aleppo"),
    P("Sochi"),
    P("Black Sea", opt=True),  # after the blind run (opt, as the Dead Sea in a06)
    P("Astana", text="Kazakh capital", opt=True),
    P("Maaret al-Numan"),
    P("Saraqeb"),
    P("New York"),
    V("Moscow", "2020-03-05"),  # talks in the Kremlin; accord signed on Thursday
    V("Sochi", "2018-09"),  # when they met in the Black Sea resort of Sochi in September 2018
    V("Astana", None, opt=True),  # undated talks in the Kazakh capital
    V("New York", "2020-03-06", opt=True),  # the Security Council due to meet on Friday
    S(["Russia"], "Vladimir Putin",
      "I hope that these agreements will serve as a good basis for a cessation of hostilities in the Idlib "
      "de-escalation zone"),
    S(["Turkey"], "Recep Tayyip Erdogan", "the right to respond with all its force"),
    S(["Turkey"], "Recep Tayyip Erdogan", "Ankara would not abandon its observation posts in the region", opt=True,
      kind="indirect"),
    S(["United Nations"], "United Nations", "Some 960,000 people, more than half of them children, have fled their homes",
      opt=True, kind="indirect"),  # after the blind run (indirect speech omitted)
    K(34, "killed", "Turkish soldiers"),
    K(470, "killed", "civilians", qualifier="nearly", by="Syrian Observatory for Human Rights"),
    K(100, "killed", "children", qualifier="more than", by="Syrian Observatory for Human Rights"),
    K(15, "killed", "people", qualifier="at least", by="Syrian Observatory for Human Rights"),
]

A["a08_ahram_cairo_reconciliation"] = [
    T("Thursday 12 Oct 2017", "2017-10-12"),
    T("1 November", "2017-11-01", nth=0),
    T("a decade", "P10Y", nth=0, opt=True),
    T("on Thursday", "2017-10-12", ctx="capital on Thursday"),
    T("two days", "P2D", opt=True),
    T("on Tuesday", "2017-10-10"),
    T("1 November", "2017-11-01", nth=1),
    T("1 December", "2017-12-01"),
    T("within weeks", "2017-10", opt=True),
    T("later on Thursday", "2017-10-12"),
    T("21 November", "2017-11-21"),
    T("in 2007", "2007"),
    T("a year after", "2006", opt=True),
    T("May 2011", "2011-05"),
    T("2014", "2014", opt=True, ctx="the 2014 Shati"),  # attributive year
    T("last month", "2017-09"),
    T("3 October", "2017-10-03"),
    T("in 2014", "2014"),
    P("Cairo", nth=0),
    P("Gaza Strip", text="Gaza", nth=0),
    P("Ramallah"),
    P("Rafah"),
    P("Gaza City"),
    P("West Bank"),
    P("Shati", opt=True),
    V("Cairo", "2017-10-12"),  # signed in the Egyptian capital on Thursday, after two days of talks
    V("Cairo", "2017-10-10", opt=True),  # the negotiations that began on Tuesday
    V("Cairo", "2017-11-21"),  # the factions will meet again in Cairo on 21 November
    V("Gaza City", "2017-10-03"),  # the cabinet's first meeting in Gaza City on 3 October
    V("Cairo", "2011-05", opt=True),  # the May 2011 agreement signed in Cairo
    V("Gaza Strip", None, opt=True),  # Abbas would visit Gaza within weeks
    S(["Hamas"], "Ismail Haniyeh", "determined to end the division"),
    S(["Hamas"], "Ismail Haniyeh", "tireless efforts", opt=True),
    S(["Fatah"], "Azzam al-Ahmad",
      "We have agreed on the empowerment of the government to carry out its full duties in Gaza as it does in the "
      "West Bank"),
    S(["Fatah"], "Azzam al-Ahmad", "This is the beginning of the end of the division."),
    S(PA, "Mahmoud Abbas", "final agreement to end the division"),
    S(PA, "Mahmoud Abbas", "he would visit Gaza within weeks", opt=True, kind="indirect"),  # after the blind run (indirect speech omitted)
    S(["Egypt"], "Egyptian presidency", "Abbas received a phone call from President Abdel-Fattah El-Sisi later on Thursday",
      opt=True, kind="indirect"),  # after the blind run (indirect speech omitted)
    S(["Israel"], "Israeli government official",
      "that does not include the disarming of Hamas and recognition of Israel"),
    K(2100, "killed", "Palestinians", qualifier="more than"),
    K(73, "killed", "people"),
]

A["a09_almonitor_damascus_sdf"] = [
    T("March 10", "2025-03-10", ctx="Damascus on March 10"),
    T("14 years", "P14Y", opt=True),
    T("Nearly two months on", "2025-05", opt=True),
    T("March 10", "2025-03-10", ctx="the March 10 framework"),
    T("by the end of the year", "2025", opt=True),
    T("last month", "2025-04", ctx="Syrian capital last month"),
    T("this week", "2025-05", opt=True),  # the week is not known from a month-only date
    T("April 1", "2025-04-01"),
    T("over the winter", "2024-WI", opt=True),
    T("last month", "2025-04", ctx="province last month"),
    T("Feb. 4", "2025-02-04"),
    T("two days after", "2025-02-02", opt=True),
    T("in March", "2025-03"),
    T("early March", "2025-03"),
    T("2011", "2011", opt=True),  # attributive year (the 2011 uprising)
    T("2019", "2019", opt=True),  # attributive year (the 2019 Turkish incursion)
    P("Washington", text="WASHINGTON"),
    P("Damascus", ctx="met in Damascus"),
    P("Northeast Syria", text="northeast Syria", opt=True),
    P("Qamishli"),
    P("Euphrates", opt=True),
    P("Aleppo"),
    P("Sheikh Maqsoud", opt=True),
    P("Tishreen Dam", opt=True),
    P("Hasakah"),
    P("Ankara"),
    P("Riyadh"),
    P("Beirut"),
    V("Damascus", "2025-03-10"),  # al-Sharaa and Abdi met in Damascus on March 10
    V("Damascus", "2025-04"),  # committees' first sessions in the Syrian capital last month
    V("Damascus", "2025-05", opt=True),  # a second round expected this week
    V("Hasakah", "2025-04"),  # Kurilla met Abdi at a coalition base in Hasakah province last month
    V("Ankara", "2025-02-04"),  # al-Sharaa met Erdogan in Ankara on Feb. 4
    V("Riyadh", "2025-02-02"),  # two days earlier, talks with MBS in Riyadh
    S(["Syria"], "Ahmed al-Sharaa",
      "The agreement is a chance for all Syrians, and we will not let anyone use it to divide the country"),
    S(["Syrian Democratic Forces"], "Mazloum Abdi",
      "We are committed to the agreement, but integration must be built on decentralization and real partnership",
      opt=True),
    S(["Syria"], "Damascus", "an integral part of the Syrian state", opt=True),
    S(US, "US official", "A US military delegation led by Central Command chief Gen. Michael Kurilla met Abdi",
      opt=True, kind="indirect"),  # after the blind run (indirect speech omitted)
    K(1500, "killed", "people", qualifier="more than", by="Syrian monitors"),
]

A["a10_toi_doha_summit_bridging"] = [
    T("before the end of next week", "2024-W34", nth=0, opt=True),
    T("two days", "P2D", opt=True),
    T("on Friday", "2024-08-16", ctx="talks on Friday"),
    T("The past 48 hours", "PT48H", opt=True),
    T("before the end of next week", "2024-W34", nth=1, opt=True),
    T("on Saturday", "2024-08-17"),
    T("on Monday", "2024-08-19"),
    T("since October 7", "2023-10-07"),
    T("May 27", "2024-05-27"),
    T("four days later", "2024-05-31", opt=True),
    T("on Thursday", "2024-08-15", ctx="opened on Thursday"),
    T("July 31", "2024-07-31"),
    T("hours after", "2024-07-30", opt=True),
    T("on Thursday night", "2024-08-15"),
    P("Doha", nth=0),
    P("Cairo", nth=0),
    P("Gaza Strip", text="Gaza", ctx="people of Gaza"),
    P("Jerusalem"),
    P("Philadelphi Corridor", opt=True),
    P("Netzarim Corridor", text="Netzarim corridor", opt=True),
    P("Tehran"),
    P("Beirut"),
    P("West Bank"),
    P("Jit"),
    P("Qedumim", opt=True),
    V("Doha", "2024-W33"),  # two days of talks in the Qatari capital, Thursday and Friday
    V("Doha", "2024-08-15", opt=True),  # the talks opened on Thursday
    V("Doha", "2024-08-16", opt=True),  # ... and ended on Friday
    V("Cairo", "2024-W34"),  # will meet again in Cairo before the end of next week
    V("Jerusalem", "2024-08-19"),  # Blinken to meet Netanyahu in Jerusalem on Monday
    V("Israel", "2024-08-17", opt=True),  # Blinken leaves for Israel on Saturday
    S(["United States", "Egypt", "Qatar"], "joint statement", "The past 48 hours have been serious and constructive"),
    S(["United States", "Egypt", "Qatar"], "joint statement",
      "The road is now clear for a deal that saves lives, brings relief to the people of Gaza and de-escalates "
      "regional tensions."),
    S(["Israel"], "Netanyahu's office",
      "appreciates the efforts of the US and the mediators to persuade Hamas to drop its refusal"),
    S(["Israel"], "Netanyahu's office", "cautious hope", opt=True),
    S(["Israel"], "Netanyahu's office", "a serious incident.", opt=True),
    S(["Hamas"], "Sami Abu Zuhri", "What we have been told does not include a commitment to a permanent ceasefire"),
    S(["Hamas"], "Sami Abu Zuhri", "illusion", opt=True),
    S(["United States", "Egypt", "Qatar"], "joint statement", "bridging proposal", opt=True),  # short quote; after the blind run
    S(["United States", "Egypt", "Qatar"], "joint statement", "before the end of next week", opt=True),  # short quote; after the blind run
    S(US, "State Department", "US Secretary of State Antony Blinken will leave for Israel on Saturday", opt=True,
      kind="indirect"),  # after the blind run (indirect speech omitted)
    S(PA, "Palestinian Health Ministry", "a Palestinian man was killed and another seriously wounded", opt=True,
      kind="indirect"),  # after the blind run (indirect speech omitted)
    K(40005, "killed", "people", by="Gaza health ministry"),
    K(40000, "killed", "people", opt=True),
    K(1, "killed", "Palestinian man", by="Palestinian Health Ministry"),
    K(1, "wounded", "another", opt=True),
    K(41, "killed", "hostages", qualifier="at least", opt=True),
    K(1, "killed", "Ismail Haniyeh", opt=True),
    K(1, "killed", "Fuad Shukr", opt=True),
]

A["a11_guardian_abbas_beirut"] = [
    T("since 2017", "2017"),
    T("on Wednesday", "2025-05-21", ctx="Baabda on Wednesday"),
    T("on Tuesday evening", "2025-05-20"),
    T("three-day", "P3D", opt=True),
    T("in February", "2025-02"),
    T("on Thursday", "2025-05-22"),
    T("1969", "1969", opt=True),  # attributive year (the 1969 Cairo agreement)
    T("summer of 2023", "2023-SU", opt=True),
    T("Jan. 9", "2025-01-09"),
    T("two-year", "P2Y", opt=True),
    T("2024", "2024", opt=True, ctx="the 2024 war"),  # attributive year
    T("November 27", "2024-11-27"),
    T("on Wednesday", "2025-05-21", ctx="comment on Wednesday"),
    T("In April", "2025-04"),
    T("in March", "2025-03"),
    T("On Wednesday", "2025-05-21"),
    T("in 2017", "2017"),
    T("this week", "2025-W21"),
    T("last month", "2025-04"),
    P("Beirut", nth=0),
    P("Baabda", opt=True),
    P("Sidon"),
    P("Ain al-Hilweh", opt=True),
    P("Litani", opt=True),
    P("Nabatieh"),
    P("Cairo", ctx="meeting in Cairo"),
    V("Baabda", "2025-05-21"),  # met Aoun at the presidential palace in Baabda on Wednesday
    V("Beirut", "2025-05-20", opt=True),  # arrived in Beirut on Tuesday evening
    V("Beirut", "2025-05-22"),  # due to meet Salam and Berri on Thursday (place from the previous sentence)
    V("Beirut", "2017"),  # talks in Beirut with Michel Aoun in 2017
    V("Cairo", "2025-04"),  # a meeting in Cairo last month with Sisi
    S(["Lebanon", "Palestinian Authority"], "joint statement",
      "the end of any manifestations of weapons outside the authority of the Lebanese state"),
    S(["Lebanon", "Palestinian Authority"], "joint statement",
      "the commitment of the Palestinian side not to use Lebanese territory as a launchpad for any military "
      "operations"),
    S(["Lebanon"], "Joseph Aoun", "The era of weapons outside the state is over"),
    S(["Lebanon"], "Joseph Aoun",
      "We want the Palestinians in Lebanon to live in dignity, and that cannot happen in camps ruled by arms."),
    S(PA, "Mahmoud Abbas", "guests in Lebanon until their return"),
    S(PA, "Mahmoud Abbas", "the Palestinian Authority would cooperate with the Lebanese army", opt=True,
      kind="indirect"),
    S(["Lebanon"], "Supreme Defence Council", "warned the group against carrying out any actions that harm national"
      " security", opt=True, kind="indirect"),  # after the blind run (indirect speech omitted)
    S(["Lebanon"], "Lebanon's health ministry", "an Israeli drone strike on a car near Nabatieh killed one person",
      opt=True, kind="indirect"),  # after the blind run (indirect speech omitted)
    K(13, "killed", "people", qualifier="at least"),
    K(1, "killed", "person", by="Lebanon's health ministry"),
]


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
