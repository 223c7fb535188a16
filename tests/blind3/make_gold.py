"""Build tests/blind3/gold.json from the hand annotations below (run: python tests/blind3/make_gold.py).

Fifth, blind set: ten articles written and annotated without reading the extractor code (``lib/extract/*``,
``lib/data/*``, ``lib/gazetteer.py``) or the articles of the other sets. Offsets are character offsets into
``open(path, encoding="utf-8").read()`` (the way the scorer reads the files), found by exact substring search:
``ctx`` (a longer, unique stretch of text) locates the mention when the bare text repeats, ``nth`` picks the
n-th occurrence. Every span is checked with ``text[start:end] == item['text']`` and every direct quote must occur
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
    "Madrid": (40.4165, -3.7026), "Royal Palace of Madrid": (40.4180, -3.7143), "Beijing": (39.9075, 116.3972),
    "Damascus": (33.5102, 36.2913), "Washington": (38.8951, -77.0364), "White House": (38.8977, -77.0365),
    "Wye River Plantation": (38.9000, -76.1300), "Hebron": (31.5294, 35.0938), "Beersheba": (31.2518, 34.7913),
    "Cairo": (30.0626, 31.2497), "Beirut": (33.8938, 35.5018), "Ramallah": (31.8996, 35.2042),
    "East Jerusalem": (31.7833, 35.2333), "Netanya": (32.3329, 34.8599), "Neve Dekalim": (31.3600, 34.2700),
    "Ashkelon": (31.6688, 34.5743), "Yamit": (31.2300, 34.2200), "Khan Younis": (31.3462, 34.3063),
    "Jerusalem": (31.7690, 35.2163), "Shiloh": (32.0553, 35.2897), "Kfar Darom": (31.4000, 34.3600),
    "Aqaba": (29.5267, 35.0078), "Sharm el-Sheikh": (27.9158, 34.3300), "Nablus": (32.2211, 35.2544),
    "Huwara": (32.1525, 35.2567), "Amman": (31.9552, 35.9450), "Rafah": (31.2969, 34.2455),
    "Kerem Shalom": (31.2286, 34.2842), "Jabalia": (31.5272, 34.4831), "Gaza City": (31.5017, 34.4668),
    "The Hague": (52.0767, 4.2986), "Abu Dhabi": (24.4667, 54.3667), "Manama": (26.2154, 50.5832),
    "Four Seasons Hotel Bahrain Bay": (26.2420, 50.5760), "Ankara": (39.9199, 32.8543),
    "Muscat": (23.5841, 58.4078), "Sana'a": (15.3547, 44.2066),
    # regions
    "Golan": (33.00, 35.75), "Maryland": (39.05, -76.80), "West Bank": (31.95, 35.25), "Gaza Strip": (31.42, 34.37),
    "Sinai": (29.50, 33.80), "North Gaza": (31.54, 34.50), "Red Sea": (20.0, 38.5), "Bab al-Mandab": (12.58, 43.33),
    "Saada governorate": (16.94, 43.76),
}
RADIUS = {"Golan": 60, "Maryland": 150, "West Bank": 60, "Gaza Strip": 60, "Sinai": 250, "North Gaza": 60,
          "Red Sea": 1500, "Bab al-Mandab": 60, "Saada governorate": 60}
# score.py counts every gold place item, so a place is required once per article; landmarks within a few km of a
# required city (Royal Palace, White House next to Washington, Kerem Shalom next to Rafah) are opt.
PA = ["Palestinian Authority", "PLO", "Fatah"]  # Arafat / Abbas and their officials speak for all three

A = {}

A["d01_xinhua_madrid_conference"] = [
    T("Oct. 30", "1991-10-30"),
    T("Wednesday", "1991-10-30", ctx="opened here Wednesday"),
    T("more than four decades", "P40Y", opt=True),
    T("about four hours", "PT4H", opt=True),
    T("on Thursday", "1991-10-31"),
    T("the same day", "1991-10-31", opt=True),
    T("since March", "1991-03"),
    T("on Friday", "1991-11-01"),
    T("on Sunday", "1991-11-03"),
    T("December 1987", "1987-12"),
    T("on Tuesday", "1991-10-29"),
    P("Madrid"),
    P("Royal Palace of Madrid", text="Royal Palace", opt=True),
    P("Golan"),
    P("Beijing"),
    V("Madrid", "1991-10-30"),
    S(["United States"], "George Bush", "peace cannot be imposed from outside,"),
    S(["United States"], "George Bush", "directly and in good faith.", opt=True),
    S(["Soviet Union", "Russia"], "Mikhail Gorbachev", "a constructive and responsible role"),
    S(["Soviet Union", "Russia"], "Mikhail Gorbachev", "a historic opportunity that must not be wasted."),
    S(["Spain"], "Felipe Gonzalez", "the language of arms gave way to the language of dialogue."),
    S(["Syria"], "Farouq al-Shara", "to recover every inch of the occupied Golan,"),
    S(["China"], "Wu Jianmin", "a just and lasting settlement", opt=True),
    K(900, "killed", "Palestinians", qualifier="more than", by="Palestinian delegation"),
    K(60, "killed", "Israelis", qualifier="about", by="Israeli army"),
]

A["d02_sana_wye_memorandum"] = [
    T("Oct. 24", "1998-10-24"),
    T("on Saturday", "1998-10-24"),
    T("nine days", "P9D", opt=True),
    T("1991", "1991", ctx="Madrid conference in 1991"),
    T("June 4, 1967", "1967-06-04"),
    T("on Friday", "1998-10-23"),
    T("within 12 weeks", "P12W", opt=True),
    T("October 15", "1998-10-15"),
    T("four days", "P4D", opt=True),
    T("on Thursday", "1998-10-22"),
    T("On Monday", "1998-10-19"),
    T("next month", "1998-11"),
    P("Damascus"),
    P("Washington"),
    P("Wye River Plantation"),
    P("Maryland", opt=True),
    P("Golan"),
    P("White House", opt=True),
    P("West Bank"),
    P("Hebron"),
    P("Beersheba"),
    P("Cairo"),
    P("Madrid"),  # "the Madrid conference in 1991" (added after the first run: omitted by mistake)
    V("Wye River Plantation", "1998-10"),
    V("Madrid", "1991", opt=True),  # historical conference (added after the first run)
    V("White House", "1998-10-23", r=40),
    V("Cairo", "1998-11", opt=True),
    S(["Syria"], "Syrian foreign ministry source", "consecrates the occupation instead of ending it."),
    S(["Syria"], "Syrian foreign ministry source",
      "does not meet the minimum of the legitimate national rights of the Palestinian Arab people."),
    S(["Syria"], "Syrian foreign ministry source", "Syria remained committed to the principle of land for peace",
      opt=True, kind="indirect"),
    S(["United States"], "Bill Clinton", "made a real and lasting step toward peace."),
    S(PA, "Yasser Arafat", "we will never go back to the past."),
    S(["Israel"], "Benjamin Netanyahu", "the best security arrangements that any Israeli government has ever secured."),
    S(["Hamas"], "Hamas statement", "a security agreement to protect the occupier"),
    K(2, "wounded", "Palestinians", by="Palestinian medical sources"),
    K(64, "wounded", "Israelis", by="Israeli police"),
]

A["d03_bbc_explainer_beirut_initiative"] = [
    T("on Thursday", "2002-03-28"),
    T("1967", "1967", ctx="land occupied in 1967"),
    T("two-day", "P2D", opt=True),
    T("4 June 1967", "1967-06-04"),
    T("in February", "2002-02"),
    T("since December", "2001-12"),
    T("on Wednesday", "2002-03-27"),
    T("Passover", "2002-03-27", opt=True),
    T("September 2000", "2000-09"),
    T("over the weekend", "2002-03-30", opt=True),
    T("in the coming weeks", "2002-04", opt=True),
    P("Beirut"),
    P("East Jerusalem"),
    P("Ramallah"),
    P("Netanya"),
    V("Beirut", "2002-03-28"),
    S(["Saudi Arabia"], "Crown Prince Abdullah", "We want peace, but peace without justice is no peace at all."),
    S(["Israel"], "Israel's foreign ministry", "positive elements", opt=True),
    S(["Israel"], "Raanan Gissin", "does not address the terror being waged against us"),
    S(["United States"], "Colin Powell", "a promising basis", opt=True),
    S(["Arab League"], "Amr Moussa", "a committee would take the initiative to the UN Security Council",
      opt=True, kind="indirect"),
    S(["Arab League"], "Amr Moussa", "in the coming weeks", opt=True),  # added after the first run
    K(19, "killed", "people", qualifier="at least", by="Israeli police"),
    K(100, "wounded", "people", qualifier="more than", by="Israeli police"),
    K(1200, "killed", "Palestinians", qualifier="more than", by="BBC"),
    K(360, "killed", "Israelis", qualifier="about", by="BBC"),
]

A["d04_wapo_longform_disengagement"] = [
    T("Sunday, August 21, 2005", "2005-08-21", opt=True),
    T("on Wednesday", "2005-08-17"),
    T("1984", "1984"),
    T("on Friday", "2005-08-19"),
    T("this week", "2005-W33"),
    T("the summer of 1982", "1982", opt=True),
    T("For 21 years", "P21Y", opt=True),
    T("December 2003", "2003-12"),
    T("October 2004", "2004-10"),
    T("on Monday", "2005-08-15"),
    T("up to three weeks", "P3W", opt=True),
    T("Saturday night", "2005-08-20"),
    T("five days", "P5D", opt=True),
    T("last Monday", "2005-08-15"),
    T("Thursday", "2005-08-18", ctx="said Thursday that"),
    T("On Wednesday", "2005-08-17"),
    T("The next day", "2005-08-18", opt=True),
    T("in September", "2005-09"),
    T("on Tuesday", "2005-08-23", opt=True),  # inside a quote
    P("Neve Dekalim", text="NEVE DEKALIM"),
    P("Gaza Strip"),
    P("Netanya"),
    P("Ashkelon"),
    P("Yamit"),
    P("Sinai", opt=True),
    P("West Bank"),
    P("Khan Younis"),
    P("Jerusalem", ctx="West Bank and Jerusalem"),
    P("Shiloh"),
    P("Kfar Darom"),
    S(["Israel"], "Ariel Sharon", "This is not a day of joy for me,"),
    S(["Israel"], "Ariel Sharon", "But it is a step that the State of Israel must take."),
    S(PA, "Mahmoud Abbas", "an important step that must be followed by others in the West Bank and Jerusalem."),
    S(["Hamas"], "Mahmoud Zahar", "that resistance works.", opt=True),
    K(4, "killed", "Palestinians", by="Israeli police"),
    K(2, "wounded", "Palestinians", opt=True),  # "two others"
    K(44, "wounded", "officers", by="police"),
]

A["d05_jordan_mfa_aqaba_communique"] = [
    T("26 February 2023", "2023-02-26", ctx="Aqaba, 26 February 2023 -"),
    T("today", "2023-02-26"),
    T("the holy month of Ramadan", "2023-03", opt=True),
    T("next month", "2023-03"),
    T("3-6 months", "P3M", opt=True),
    T("in March", "2023-03"),
    T("On Wednesday", "2023-02-22"),
    T("26 February 2023", "2023-02-26", nth=1, opt=True),  # photo caption
    T("26 February 2023", "2023-02-26", nth=2, opt=True),  # repeated caption
    P("Aqaba"),
    P("Sharm el-Sheikh", text="Sharm El Sheikh"),
    P("Jerusalem"),
    P("West Bank"),
    P("Nablus"),
    P("Huwara"),
    P("Amman", opt=True),  # contact boilerplate
    V("Aqaba", "2023-02-26"),
    V("Sharm el-Sheikh", "2023-03", opt=True),
    S(["Jordan", "Egypt", "Palestinian Authority", "Israel", "United States"], "joint statement",
      "the necessity of committing to de-escalation on the ground and preventing further violence."),
    S(["Palestinian Authority", "Israel"], "joint statement",
      "confirmed their joint readiness and commitment to immediately work to end unilateral measures for a period of 3-6 months."),
    S(["Jordan"], "Ayman Safadi", "there is no alternative to a just and comprehensive peace that ends the occupation."),
    S(["Jordan"], "Jordan's foreign ministry", "The Ministry condemned all attacks targeting civilians",
      opt=True, kind="indirect"),
    K(11, "killed", "Palestinians", by="Palestinian Ministry of Health"),
    K(100, "wounded", "Palestinians", qualifier="more than", by="Palestinian Ministry of Health"),
    K(2, "killed", "Israeli brothers", by="Israeli military"),
]

A["d06_ocha_gaza_situation_update"] = [
    T("15 May 2024", "2024-05-15", opt=True),  # page header
    T("Between 7 and 13 May", "2024-05-07", opt=True),  # range
    T("6 May", "2024-05-06", ctx="Since 6 May,"),
    T("more than a week", "P1W", opt=True),
    T("Between the afternoons of 13 and 15 May", "2024-05-13", opt=True),  # range
    T("15 May", "2024-05-15", ctx="As of 15 May,"),
    T("7 October 2023", "2023-10-07"),
    T("27 October 2023", "2023-10-27"),
    T("On 13 May", "2024-05-13"),
    T("On 14 May", "2024-05-14"),
    T("within days", "P1D", opt=True),  # inside a quote
    T("11 May", "2024-05-11"),
    T("In January", "2024-01"),
    T("16 and 17 May", "2024-05-16", opt=True),  # range
    T("between 6 and 13 May", "2024-05-06", opt=True),  # range
    T("in April", "2024-04"),
    T("17 May", "2024-05-17", ctx="issued on 17 May"),
    P("Gaza Strip"),
    P("Rafah"),
    P("Kerem Shalom", opt=True),
    P("Jabalia"),
    P("North Gaza", opt=True),
    P("Gaza City"),
    P("The Hague"),
    V("The Hague", "2024-05-16", opt=True),
    S(["United Nations"], "Antonio Guterres", "deeply saddened", opt=True),
    S(["United Nations"], "Antonio Guterres",
      "an immediate humanitarian ceasefire and the unconditional release of all hostages."),
    S(["United Nations"], "Martin Griffiths", "the humanitarian operation in Gaza is on life support."),
    K(450, "killed", "Palestinians", by="Ministry of Health"),
    K(1240, "wounded", "Palestinians", by="Ministry of Health"),
    K(82, "killed", "Palestinians", by="Ministry of Health"),
    K(234, "wounded", "Palestinians", by="Ministry of Health"),
    K(35173, "killed", "Palestinians", qualifier="at least", by="Ministry of Health"),
    K(79061, "wounded", "Palestinians", by="Ministry of Health"),
    K(7800, "killed", "children", qualifier="about", by="Ministry of Health"),
    K(4900, "killed", "women", by="Ministry of Health"),
    K(272, "killed", "soldiers", by="Israeli military"),
    K(1636, "wounded", "soldiers", by="Israeli military"),
    K(1, "killed", "UN international staff member", opt=True),
]

A["d07_haaretz_analysis_uae_deal"] = [
    T("on Thursday", "2020-08-13", ctx="White House on Thursday"),
    T("on Friday", "2020-08-14"),
    T("Thursday night", "2020-08-13"),
    T("for months", "P1M", opt=True),
    T("this year", "2020"),
    T("three days before the announcement", "2020-08-10", opt=True),
    T("within weeks", "P1W", opt=True),
    T("mid-September", "2020-09"),
    P("White House", opt=True),
    P("Jerusalem", ctx="Jerusalem officials were"),
    P("West Bank"),
    P("Ramallah"),
    P("Abu Dhabi"),
    P("Washington", ctx="ceremony is expected in Washington"),
    V("Abu Dhabi", "2020"),
    V("Washington", "2020-09", opt=True),
    S(["United States", "Israel", "United Arab Emirates"], "joint statement", "suspend declaring sovereignty", opt=True),
    S(["Israel"], "Benjamin Netanyahu",
      "Nothing has changed regarding my plan to apply sovereignty, in full coordination with the United States,"),
    S(["Israel"], "Benjamin Netanyahu", "I will never give up our rights to our land."),
    S(["United Arab Emirates"], "Anwar Gargash", "a bold step to secure a two-state solution."),
    S(["United Arab Emirates"], "Anwar Gargash", "stopped annexation", opt=True),
    S(["Israel"], "Benny Gantz", "he had learned of it from the media", opt=True, kind="indirect"),
    S(["Israel"], "Prime Minister's Office official", "there was no such commitment.", opt=True),
    S(["Yesha Council"], "David Elhayani", "The prime minister deceived us,", opt=True),
    S(["Israel"], "Naftali Bennett", "a tragedy", opt=True),
    S(PA, "Nabil Abu Rudeineh", "rejects and denounces", opt=True),
    S(["Hamas"], "Hazem Qassem", "serves only the Zionist narrative."),
    S(["United States"], "Jared Kushner",  # added after the first run
      "the final details were agreed in a phone call three days before the announcement", opt=True, kind="indirect"),
    S(["European Union"], "Josep Borrell", "a positive step.", opt=True),
]

_STAMPS = ["22:05 GMT", "19:40 GMT", "19:02 GMT", "18:15 GMT", "17:30 GMT", "16:32 GMT", "14:32 GMT", "12:10 GMT",
           "10:45 GMT", "7pm local time (16:00 GMT)", "19:00 local time"]
A["d08_liveblog_cairo_truce"] = [
    T("Tuesday 26 August 2014", "2014-08-26", opt=True),  # page header
    *[T(s, "2014-08-26", opt=True) for s in _STAMPS],  # clock times
    T("today", "2014-08-26"),
    T("8 July", "2014-07-08"),
    T("on Friday", "2014-08-22"),
    T("five-day", "P5D", opt=True),
    T("13 August", "2014-08-13"),
    T("last Tuesday", "2014-08-19"),
    T("within a month", "P1M", opt=True),
    T("seven weeks", "P7W", opt=True),
    T("50 days", "P50D", opt=True),
    P("Gaza City"),
    P("Gaza Strip", text="Gaza", ctx="reporters in Gaza that", opt=True),
    P("Ramallah"),
    P("Cairo"),
    V("Cairo", "2014-08"),
    S(["Hamas"], "Sami Abu Zuhri", "a victory for the resistance"),
    S(["Hamas"], "Sami Abu Zuhri", "not give up its weapons", opt=True),
    S(["Israel"], "senior Israeli official", "will respond forcefully to any violation"),
    S(PA, "Mahmoud Abbas", "as soon as possible", opt=True),
    S(PA, "Mahmoud Abbas",
      "the Palestinian leadership had accepted the Egyptian call for a comprehensive and lasting ceasefire",
      opt=True, kind="indirect"),
    S(["Egypt"], "Egypt's foreign ministry", "the truce is open-ended", opt=True, kind="indirect"),
    K(1, "killed", "Israeli man", by="Israeli media"),
    K(11, "killed", "Palestinians", by="health officials in Gaza"),
    K(4, "killed", "children", by="health officials in Gaza"),
    K(3, "killed", "people"),
    K(2100, "killed", "Palestinians", qualifier="at least", by="UN"),
    K(10000, "wounded", "Palestinians", qualifier="more than", by="UN"),
    K(64, "killed", "soldiers"),
    K(4, "killed", "civilians"),
    K(1, "killed", "four-year-old boy", opt=True),
]

A["d09_anadolu_manama_workshop"] = [
    T("Tuesday, June 25", "2019-06-25"),
    T("two-day", "P2D", opt=True),
    T("10 years", "P10Y", opt=True),
    T("on Monday", "2019-06-24"),
    T("on Wednesday", "2019-06-26"),
    T("Last year", "2018"),
    T("in September", "2019-09"),
    P("Manama"),
    P("Four Seasons Hotel Bahrain Bay", text="Four Seasons Hotel", opt=True),
    P("Ramallah"),
    P("Gaza Strip"),
    P("Ankara"),
    P("Gaza City", text="Gaza", ctx="demonstrated in Gaza,", opt=True),
    P("Nablus"),
    V("Manama", "2019-06-25"),
    S(["United States"], "Jared Kushner",
      "economic growth and prosperity for the Palestinian people are not possible without an enduring and fair political solution."),
    S(["United States"], "Jared Kushner", "the opportunity of the century.", opt=True),
    S(PA, "Mohammad Shtayyeh", "born dead,", opt=True),
    S(PA, "Mohammad Shtayyeh", "The solution to the conflict is political, not economic."),
    S(["Hamas"], "Hazem Qassem", "part of an attempt to liquidate the Palestinian cause."),
    S(["Turkey", "Türkiye"], "Mevlut Cavusoglu", "that is not accepted by the Palestinians."),
    S(["Bahrain"], "Khalid bin Ahmed Al Khalifa", "a part of this heritage of this whole region,"),
    K(12, "wounded", "Palestinians", qualifier="at least", by="Health Ministry"),
]

A["d10_oman_mfa_red_sea_statement"] = [
    T("Tuesday, 6 May 2025", "2025-05-06"),
    T("the preceding weeks", "2025-04", opt=True),
    T("on Sunday", "2025-05-04"),
    T("April 2023", "2023-04"),
    T("2015", "2015"),
    T("15 March", "2025-03-15", opt=True),  # range start
    T("the end of April", "2025-04", opt=True),
    T("April 28", "2025-04-28"),
    P("Muscat"),
    P("Sana'a"),
    P("Red Sea"),
    P("Bab al-Mandab"),
    P("Washington"),
    P("Saada governorate", text="Saada"),
    V("Muscat", "2025-05-04"),
    S(["Oman"], "Badr bin Hamad Al Busaidi",
      "The Sultanate of Oman thanks both sides for their constructive approach, which we hope will lead to further progress on issues of regional concern."),
    S(["Oman"], "Oman's foreign ministry", "neither side will target the other, including American vessels",
      opt=True, kind="indirect"),
    S(["United States"], "Donald Trump", "capitulated", opt=True),
    S(["United States"], "Donald Trump",  # added after the first run
      'the Houthis had "capitulated" and that the United States would stop its bombing campaign', opt=True,
      kind="indirect"),
    S(["Houthis", "Yemen", "Ansar Allah"], "Mohammed Abdulsalam", "in any way whatsoever.", opt=True),
    K(217, "killed", "people", qualifier="at least", by="Houthi-run health ministry"),
    K(68, "killed", "migrants", by="Houthi-run health ministry"),
]


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
