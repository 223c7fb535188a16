"""Build tests/holdout/gold.json from the hand annotations below (run: python tests/holdout/make_gold.py).

Second held-out set, annotated blind (without reading the extractor code or the first dev set's articles).
Offsets are found by exact substring search: ``ctx`` (a longer, unique stretch of text) locates the mention
when the bare text repeats, ``nth`` picks the n-th occurrence. Every span is checked with
``text[start:end] == item['text']`` and every direct quote must occur verbatim in its article.
The format is the one of ``shared/eval/gold/seeds.json``; conventions are in README.md in this folder.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Naqoura": (33.1181, 35.1397), "Baabda": (33.8339, 35.5442), "Beirut": (33.8938, 35.5018),
    "Jerusalem": (31.7690, 35.2163), "Washington": (38.8951, -77.0364), "London": (51.5085, -0.1257),
    "Dubai": (25.0772, 55.3093), "Beijing": (39.9075, 116.3972), "Riyadh": (24.6877, 46.7219),
    "Tehran": (35.6944, 51.4215), "Baghdad": (33.3406, 44.4009), "Oman": (21.0, 57.0),
    "Sde Boker": (30.8743, 34.7925), "Ramallah": (31.8996, 35.2042), "Rabat": (34.0133, -6.8326),
    "Algiers": (36.7525, 3.0420), "Hadera": (32.4340, 34.9196), "Beersheba": (31.2518, 34.7913),
    "Tel Aviv": (32.0809, 34.7806), "Gaza": (31.5016, 34.4667), "Cairo": (30.0626, 31.2497),
    "Amman": (31.9552, 35.9450), "Sheikh Jarrah": (31.7925, 35.2305), "Sderot": (31.5250, 34.5966),
    "Annapolis": (38.9784, -76.4922), "Hebron": (31.5294, 35.0938), "Camp David": (39.6483, -77.4650),
    "Istanbul": (41.0138, 28.9497), "Ankara": (39.9199, 32.8543), "Ben Gurion Airport": (32.0094, 34.8828),
    "Ashdod": (31.8044, 34.6553), "Kerem Shalom": (31.2283, 34.2847), "Dolmabahce": (41.0391, 29.0004),
    "Jenin": (32.4597, 35.3009), "Geneva": (46.2022, 6.1457), "New York": (40.7143, -74.0060),
    "Aqaba": (29.5267, 35.0078), "Sharm el-Sheikh": (27.9158, 34.3300), "Turkey": (39.0, 35.0),
    # regions
    "southern Lebanon": (33.27, 35.40), "Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25),
    "Negev": (30.85, 34.78), "Maryland": (39.0, -76.7), "Mediterranean Sea": (34.0, 25.0),
    "Persian Gulf": (26.5, 52.0), "Karish field": (33.0, 34.3), "Qana prospect": (33.2, 34.8),
    "Old City of Jerusalem": (31.7767, 35.2345),
}
RADIUS = {"southern Lebanon": 60, "Gaza Strip": 60, "West Bank": 60, "Negev": 100, "Maryland": 150,
          "Mediterranean Sea": 1500, "Persian Gulf": 600, "Karish field": 80, "Qana prospect": 80,
          "Oman": 400}
PA = ["Palestinian Authority", "PLO", "Fatah"]
NEGEV6 = ["Israel", "United States", "United Arab Emirates", "Bahrain", "Morocco", "Egypt"]


def T(text, value, nth=0, opt=False, ctx=None):
    return dict(kind="T", text=text, value=value, nth=nth, opt=opt, ctx=ctx)


def P(name, text=None, nth=0, opt=False, ctx=None):
    return dict(kind="P", name=name, text=text or name, nth=nth, opt=opt, ctx=ctx)


def V(place, date, opt=False, r=None, name=None):
    return dict(kind="V", place=name or place, key=place, date=date, opt=opt, r=r)


def S(factions, speaker, quote, opt=False, kind=None):
    return dict(kind="S", factions=factions, speaker=speaker, quote=quote, opt=opt, skind=kind)


def K(count, outcome, group, opt=False, qualifier=None, by=None):
    return dict(kind="K", count=count, outcome=outcome, group=group, opt=opt, qualifier=qualifier, by=by)


A = {}

A["h01_ap_naqoura_maritime"] = [
    T("on Thursday", "2022-10-27", ctx="Israel on Thursday formally"),
    T("more than a decade", "P10Y", opt=True),
    T("less than an hour", "PT1H", opt=True),
    T("Thursday morning", "2022-10-27"),
    T("six-year", "P6Y", opt=True),
    T("on Monday", "2022-10-31"),  # "Aoun's six-year term ends on Monday" (future)
    T("hours before", "2022-10-27", opt=True),
    T("Oct. 11", "2022-10-11"),
    T("earlier this month", "2022-10"),
    T("on Wednesday", "2022-10-26"),
    T("next year", "2023"),
    T("October 2019", "2019-10"),
    T("in July", "2022-07"),
    T("Thursday evening", "2022-10-27"),
    T("monthlong", "P1M", opt=True),
    T("2006", "2006"),
    T("2021", "2021"),
    T("October 2020", "2020-10"),
    T("within weeks", "P1W", opt=True),
    T("on Tuesday", "2022-11-01"),  # elections (future)
    P("Naqoura", "NAQOURA"), P("Mediterranean Sea", "Mediterranean", opt=True), P("Baabda"), P("Jerusalem"),
    P("London", opt=True), P("Karish field", "Karish", opt=True), P("Qana prospect", "Qana", opt=True),
    P("Washington"), P("southern Lebanon"), P("Beirut"),
    V("Naqoura", "2022-10-27"), V("Baabda", "2022-10-27"), V("Jerusalem", "2022-10-27", opt=True),
    V("Naqoura", "2020-10"), V("Beirut", None, opt=True), V("Jerusalem", None, opt=True),
    S(["United States"], "Amos Hochstein", "This is a historic breakthrough,"),
    S(["United States"], "Amos Hochstein", "It was not easy, and it took a long time, but both governments chose stability over confrontation."),
    S(["Israel"], "Yair Lapid", "It is not every day that an enemy state recognizes the State of Israel, in a written agreement, in front of the entire international community"),
    S(["Lebanon"], "Michel Aoun", "a technical agreement"),
    S(["Lebanon"], "Michel Aoun", "has no political dimension"),
    S(["Lebanon"], "Michel Aoun", "it did not amount to normalization with Israel", opt=True, kind="indirect"),
    S(["Lebanon"], "Najib Mikati", "Lebanon had obtained all of its rights in the Qana prospect", opt=True, kind="indirect"),
    S(["Hezbollah"], "Hassan Nasrallah", "As far as we are concerned, the mission is accomplished,"),
    S(["Hezbollah"], "Hassan Nasrallah", "Lebanon obtained what it wanted because it was strong."),
    S(["United States"], "Joe Biden", "This agreement will provide for the development of energy fields for the benefit of both countries, and sets the stage for a more stable and prosperous region,"),
    S(["United Nations"], "Joanna Wronecka", "an important step toward greater stability"),
    S(["Israel"], "Benjamin Netanyahu", "has called the deal a surrender and said he would not be bound by it", opt=True, kind="indirect"),
    S(["Lebanon", "Israel"], "Both governments", "they had accepted the final text", opt=True, kind="indirect"),
    K(1200, "killed", "people", qualifier="about", by="AP"),
    K(160, "killed", "Israelis", by="AP"),
]

A["h02_reuters_beijing_saudi_iran"] = [
    T("March 10", "2023-03-10"),
    T("on Friday", "2023-03-10", 0),
    T("within two months", "P2M", opt=True),
    T("four days", "P4D", opt=True),
    T("2001", "2001"),
    T("1998", "1998"),
    T("2016", "2016"),
    T("September 2019", "2019-09"),
    T("April 2021", "2021-04"),
    T("April last year", "2022-04", 0),
    T("in December", "2022-12"),
    T("last month", "2023-02"),
    T("Friday", "2023-03-10", ctx="Friday's deal"),
    T("on Friday", "2023-03-10", 1),
    T("2015", "2015"),
    T("April last year", "2022-04", 1),
    T("in October", "2022-10"),
    T("the end of 2021", "2021", opt=True),
    T("overnight", "P1D", opt=True),
    P("Dubai", "DUBAI"), P("Beijing", "BEIJING"), P("Riyadh", ctx="visit to Riyadh"), P("Tehran", opt=True),
    P("Baghdad"), P("Washington", opt=True), P("Persian Gulf", "Gulf region", opt=True),
    V("Beijing", "2023-03-10"), V("Baghdad", None), V("Oman", None, opt=True, r=400),
    V("Riyadh", "2022-12"), V("Beijing", "2023-02"),
    S(["Saudi Arabia", "Iran", "China"], "trilateral statement", "respect the sovereignty of states and not interfere in their internal affairs"),
    S(["China"], "Wang Yi", "wisdom", opt=True),
    S(["China"], "Wang Yi", "This is a victory for dialogue,"),
    S(["China"], "Wang Yi", "and a victory for peace, offering major good news at a time of much turbulence in the world."),
    S(["China"], "Wang Yi", "China would continue to play a constructive role in handling hotspot issues", opt=True, kind="indirect"),
    S(["Iran"], "Ali Shamkhani", "clear, transparent, comprehensive and constructive"),
    S(["Iran"], "Ali Shamkhani", "removing misunderstandings would contribute to the security of the region", opt=True, kind="indirect"),
    S(["Saudi Arabia"], "Prince Faisal bin Farhan", "stems from the Kingdom's vision based on preferring political solutions and dialogue"),
    S(["United States"], "The White House", "Washington had been kept informed by Riyadh but had not been directly involved", opt=True, kind="indirect"),
    S(["United States"], "John Kirby", "We support any efforts to de-escalate tensions in the region,"),
    S(["United States"], "John Kirby", "It's really up to the Iranians whether they honour their side of the deal."),
    S(["United Nations"], "Stephane Dujarric", "Guterres welcomed the agreement and was grateful to China for hosting the talks", opt=True, kind="indirect"),
    S(["United Nations"], "Stephane Dujarric", "Good neighbourly relations between Iran and Saudi Arabia are essential for the stability of the Gulf region,"),
    S(["Saudi Arabia"], "a Gulf official", "The dangers of the Yemen war will not end overnight,", opt=True),
    S(["Saudi Arabia"], "a Gulf official", "the two foreign ministers would meet to arrange the exchange of ambassadors", opt=True, kind="indirect"),
    S(["Houthis"], "Mohammed Abdulsalam", "the return of normal relations between its countries"),
    K(377000, "killed", "people", by="United Nations"),
]

A["h03_mfa_negev_summit"] = [
    T("28 March 2022", "2022-03-28"),
    T("today", "2022-03-28"),
    T("two-day", "P2D", opt=True),
    T("Sunday evening", "2022-03-27", 0),
    T("on Monday", "2022-03-28"),
    T("next year", "2023"),
    T("Just a few years ago", "PXY", opt=True),
    T("Sunday morning", "2022-03-27"),
    T("on Tuesday", "2022-03-29"),
    T("on Wednesday", "2022-03-30"),
    T("18 months ago", "2020-09", opt=True),
    T("for a long time", "PXY", opt=True),
    T("Ramadan", "2022-04", opt=True),
    T("Sunday evening", "2022-03-27", 1),
    T("five days after", "P5D", opt=True),
    T("last Tuesday", "2022-03-22"),
    T("Monday", "2022-03-28", ctx="Monday's session"),
    T("15 September 2020", "2020-09-15"),
    T("December 2020", "2020-12"),
    T("1979", "1979"),
    T("2021", "2021"),
    P("Sde Boker", ctx="Kibbutz Sde Boker"), P("Negev", ctx="Sde Boker in the Negev"), P("Ramallah"), P("Rabat"),
    P("Algiers"), P("Hadera"), P("Beersheba"), P("Jerusalem", "East Jerusalem"), P("Washington"),
    V("Sde Boker", "2022-03-28"), V("Sde Boker", "2022-03-27", opt=True), V("Ramallah", "2022-03-27"),
    V("Rabat", "2022-03-29"), V("Algiers", "2022-03-30"), V("Washington", "2020-09-15"),
    S(["Israel"], "Yair Lapid", "What we are doing here is making history – building a new regional architecture based on progress, technology, religious tolerance, security and intelligence cooperation."),
    S(["Israel"], "Yair Lapid", "This new architecture, the shared capabilities we are building, intimidates and deters our common enemies – first and foremost Iran and its proxies. They certainly have something to be afraid of."),
    S(["Israel"], "Yair Lapid", "the Negev Summit will become a permanent forum", opt=True, kind="indirect"),
    S(["United States"], "Antony Blinken", "Just a few years ago, this gathering would have been impossible to imagine,"),
    S(["United States"], "Antony Blinken", "are not a substitute for progress between Palestinians and Israelis"),
    S(["United Arab Emirates"], "Sheikh Abdullah bin Zayed", "Israel has been part of this region for a long time, but we have not known each other,"),
    S(["United Arab Emirates"], "Sheikh Abdullah bin Zayed", "It is time to catch up on that lost time."),
    S(["Morocco"], "Nasser Bourita", "the best response", opt=True),
    S(["United Arab Emirates"], "Sheikh Abdullah bin Zayed", "the UAE and Israel had established relations only 18 months ago", opt=True, kind="indirect"),
    S(["Morocco"], "Nasser Bourita", "reaffirmed Morocco's support for a two-state solution with East Jerusalem as the capital of a Palestinian state", opt=True, kind="indirect"),
    S(["Egypt"], "Sameh Shoukry", "stressed the importance of maintaining calm during the holy month of Ramadan", opt=True, kind="indirect"),
    S(NEGEV6, "joint statement", "condemned in the strongest terms the terrorist attacks in Hadera and Beersheba"),
    S(["Israel"], "Yair Lapid", "The timing of this attack is not a coincidence. Its purpose was to intimidate us, and it will not succeed,"),
    K(2, "killed", "Border Police officers"),
    K(4, "killed", "Israelis"),
]

A["h04_liveblog_gaza_truce_2021"] = [
    T("11 days", "P11D", 0, opt=True),
    T("21 May 2021", "2021-05-21"),
    T("14:05 GMT", "2021-05-21T14:05", 0, opt=True),
    T("14:05 GMT", "2021-05-21T14:05", 1, opt=True),
    T("Friday prayers", "2021-05-21", 0, opt=True),
    T("Friday prayers", "2021-05-21", 1, opt=True),
    T("12:30 GMT", "2021-05-21T12:30", opt=True),
    T("Friday morning", "2021-05-21"),
    T("earlier this week", "2021-W20"),
    T("11:10 GMT", "2021-05-21T11:10", opt=True),
    T("11-day", "P11D", opt=True),
    T("May 10", "2021-05-10", 0),
    T("09:40 GMT", "2021-05-21T09:40", opt=True),
    T("11 days", "P11D", 1, opt=True),
    T("08:15 GMT", "2021-05-21T08:15", opt=True),
    T("next week", "2021-W21", 0, opt=True),  # liveblog entry heading
    T("next week", "2021-W21", 1),
    T("overnight", "2021-05-21", opt=True),
    T("06:50 GMT", "2021-05-21T06:50", opt=True),
    T("Thursday evening", "2021-05-20"),
    T("05:20 GMT", "2021-05-21T05:20", opt=True),
    T("today", "2021-05-21", opt=True),  # inside a quote
    T("02:00 local time", "2021-05-21T02:00", opt=True),
    T("23:00 GMT Thursday", "2021-05-20T23:00", opt=True),
    T("2am local time", "2021-05-21T02:00", opt=True),
    T("on Friday", "2021-05-21", ctx="local time on Friday"),
    T("late on Thursday", "2021-05-20"),
    T("on Thursday", "2021-05-20", ctx="Biden on Thursday"),
    T("2014", "2014"),
    T("50-day", "P50D", opt=True),
    T("May 10", "2021-05-10", 1),
    T("weeks of tension", "PXW", opt=True),
    P("Jerusalem"), P("Old City of Jerusalem", "Old City", opt=True), P("Tel Aviv"), P("Gaza Strip", "Gaza", ctx="in Gaza on Friday"),
    P("Gaza", "Gaza City"), P("Ramallah"), P("Cairo"), P("Amman"), P("Sheikh Jarrah", opt=True),
    V("Tel Aviv", "2021-05-21"), V("Gaza Strip", "2021-05-21", r=60),
    V("Jerusalem", "2021-W21"), V("Ramallah", "2021-W21"), V("Cairo", "2021-W21"), V("Amman", "2021-W21"),
    S(["Israel"], "Israeli police", "officers were responding to stone-throwing", opt=True, kind="indirect"),
    S(["Egypt"], "an Egyptian diplomatic source", "to monitor the implementation of the truce and to discuss ways to make it permanent", opt=True, kind="indirect"),
    S(["United Nations"], "Antonio Guterres", "I welcome the ceasefire between Gaza and Israel after 11 days of deadly hostilities,"),
    S(["United Nations"], "Antonio Guterres", "beyond the restoration of calm to start a serious dialogue to address the root causes of the conflict"),
    S(["United States"], "State Department", "Blinken will travel to Jerusalem, Ramallah, Cairo and Amman next week to build on the ceasefire", opt=True, kind="indirect"),
    S(["United States"], "Joe Biden", "genuine opportunity", opt=True),  # entry heading
    S(["United States"], "Joe Biden", "a genuine opportunity to make progress"),
    S(["United States"], "Joe Biden", "I believe the Palestinians and Israelis equally deserve to live safely and securely and to enjoy equal measures of freedom, prosperity and democracy,"),
    S(["Hamas"], "Ezzat al-Rishq", "our hands are on the trigger", opt=True),  # entry heading
    S(["Hamas"], "Ezzat al-Rishq", "the group would respect the truce if Israel did", opt=True, kind="indirect"),
    S(["Hamas"], "Ezzat al-Rishq", "It is true the battle ends today, but Netanyahu and the whole world should know that our hands are on the trigger,"),
    S(["Israel"], "Prime Minister's Office", "unanimously accepted the recommendation of all the security officials"),
    S(["Israel"], "Prime Minister's Office", "for a mutual ceasefire without conditions"),
    S(["Palestinian Islamic Jihad"], "Daoud Shehab", "as long as the occupation abides by it"),
    S(["Egypt"], "Abdel Fattah el-Sisi", "as soon as possible"),
    S(["Palestinians"], "Palestinian Red Crescent", "At least 20 Palestinians were wounded", opt=True, kind="indirect"),
    S(["Palestinians"], "Gaza health ministry", "232 Palestinians were killed during the 11-day conflict, including 65 children and 39 women, and that more than 1,900 people were wounded", opt=True, kind="indirect"),
    S(["Israel"], "Israeli officials", "12 people were killed, including two children, one soldier and three foreign workers", opt=True, kind="indirect"),
    S(["Israel"], "Israeli military", "at least 200 Hamas and Islamic Jihad fighters were among those killed in Gaza", opt=True, kind="indirect"),
    S(["Israel"], "Israeli army", "Palestinian armed groups fired more than 4,300 rockets toward Israel since May 10", opt=True, kind="indirect"),
    S(["Israel"], "Israeli army", "about 90 percent of those heading for populated areas were intercepted", opt=True, kind="indirect"),
    S(["Israel"], "Israel", "it struck more than 1,500 targets in the Gaza Strip", opt=True, kind="indirect"),
    S(["Egypt"], "Abdel Fattah el-Sisi", "he had received a call from Biden on Thursday", opt=True, kind="indirect"),
    K(20, "wounded", "Palestinians", qualifier="at least", by="Palestinian Red Crescent"),
    K(232, "killed", "Palestinians", by="Gaza health ministry"),
    K(65, "killed", "children", by="Gaza health ministry"),
    K(39, "killed", "women", by="Gaza health ministry"),
    K(1900, "wounded", "people", qualifier="more than", by="Gaza health ministry"),
    K(12, "killed", "people", by="Israeli officials"),
    K(2, "killed", "children", by="Israeli officials"),
    K(1, "killed", "soldier", opt=True, by="Israeli officials"),
    K(3, "killed", "foreign workers", by="Israeli officials"),
    K(200, "killed", "Hamas and Islamic Jihad fighters", qualifier="at least", by="Israeli military"),
    K(2200, "killed", "Palestinians", qualifier="more than"),
    K(73, "killed", "people"),
]

A["h05_daily_cairo_truce_2012"] = [
    T("eight days", "P8D", 0, opt=True),
    T("hours earlier", "PXH", opt=True),
    T("through the night", "2012-11-21", opt=True),
    T("Thursday", "2012-11-22", ctx="into Thursday"),
    T("eight days", "P8D", 1, opt=True),
    T("Wednesday evening", "2012-11-21"),
    T("9pm local time", "2012-11-21T21:00", opt=True),
    T("Tuesday night", "2012-11-20"),
    T("past midnight", "2012-11-21", opt=True),
    T("Wednesday morning", "2012-11-21"),
    T("several hours", "PXH", opt=True),
    T("within 24 hours", "PT24H", opt=True),
    T("for decades", "PXDE", opt=True),
    T("next month", "2012-12"),
    T("Just hours before", "PXH", opt=True),
    T("2006", "2006"),
    T("eight-day", "P8D", opt=True),
    T("November 14", "2012-11-14"),
    T("last week", "2012-W46"),
    T("on Tuesday", "2012-11-20", ctx="Cairo on Tuesday"),
    T("after 9pm", "2012-11-21T21:00", opt=True),
    T("in June", "2012-06"),
    T("last Friday", "2012-11-16"),
    T("three-week", "P3W", opt=True),
    T("December 2008", "2008-12"),
    P("Cairo"), P("Tel Aviv"), P("Jerusalem"), P("Ramallah"), P("Gaza Strip"), P("Gaza", "Gaza City"),
    P("Sderot"), P("Washington"),
    V("Jerusalem", "2012-11-20"), V("Ramallah", "2012-11-21"), V("Cairo", "2012-11-21"), V("Cairo", "2012-11-20"),
    V("Jerusalem", None, opt=True), V("Ramallah", None, opt=True),
    V("Gaza Strip", "2012-12", r=60), V("Gaza Strip", "2012-11-16", r=60),
    S(["United States"], "Hillary Clinton", "This is a critical moment for the region"),
    S(["United States"], "Hillary Clinton", "Egypt’s new government is assuming the responsibility and leadership that has long made this country a cornerstone of regional stability and peace."),
    S(["Egypt"], "Mohamed Kamel Amr", "continue its contacts with all sides"),
    S(["Israel"], "Benjamin Netanyahu", "he had agreed to give the truce a chance after consulting Barack Obama", opt=True, kind="indirect"),
    S(["Israel"], "Benjamin Netanyahu", "I know there are citizens who expect a more severe military action, and perhaps we shall need to do so,"),
    S(["Israel"], "Benjamin Netanyahu", "But at this time the right thing for the State of Israel is to exploit this opportunity to reach a long-term ceasefire."),
    S(["Hamas"], "Khaled Meshaal", "Israel failed in all its goals"),
    S(["Hamas"], "Khaled Meshaal", "If they abide, we will abide."),
    S(["Hamas"], "Hamas officials", "Mr Meshaal, who has lived in exile for decades, is expected to make his first visit to Gaza next month", opt=True, kind="indirect"),
    S(["Palestinians"], "Palestinian health officials", "the eight-day Israeli offensive, which began with the killing of Hamas’s military chief Ahmed al-Jabari on November 14, had killed at least 140 Palestinians, including 33 children, and wounded about 1,000", opt=True, kind="indirect"),
    S(["Israel"], "Israeli military", "militants had fired more than 1,500 rockets at Israel since last week, and that the Iron Dome system had intercepted 421 of them", opt=True, kind="indirect"),
    S(["United Nations"], "Ban Ki-moon", "urged both sides to respect the truce", opt=True, kind="indirect"),
    S(["United Nations"], "Ban Ki-moon", "Now it is essential that the parties focus on ensuring that the ceasefire holds,"),
    S(["Palestinians"], "crowds in Gaza City", "resistance", opt=True),
    S(["United States"], "officials in Washington", "personal leadership", opt=True),
    K(28, "wounded", "people"),
    K(3, "wounded", "people", opt=True),  # "three of them seriously"
    K(140, "killed", "Palestinians", qualifier="at least", by="Palestinian health officials"),
    K(33, "killed", "children", by="Palestinian health officials"),
    K(1000, "wounded", "Palestinians", qualifier="about", by="Palestinian health officials"),
    K(6, "killed", "Israelis"),
    K(4, "killed", "civilians"),
    K(2, "killed", "soldiers"),
    K(1400, "killed", "Palestinians", qualifier="about"),
    K(13, "killed", "Israelis"),
]

A["h06_html_annapolis_2007"] = [
    T("end of 2008", "2008", 0, opt=True),  # headline
    T("Tuesday, Nov. 27, 2007", "2007-11-27", 0),
    T("Tuesday, Nov. 27, 2007", "2007-11-27", 1, opt=True),  # repeated caption
    T("on Tuesday", "2007-11-27"),
    T("seven years", "P7Y", opt=True),
    T("the end of 2008", "2008", opt=True),
    T("Dec. 12", "2007-12-12"),
    T("every two weeks", "P2W", opt=True),
    T("this year", "2007"),
    T("on Monday", "2007-11-26"),
    T("the same day", "2007-11-26", opt=True),
    T("on Wednesday", "2007-11-28"),
    T("days of hesitation", "PXD", opt=True),
    T("in June", "2007-06"),
    T("2000", "2000"),
    P("Annapolis", "ANNAPOLIS"), P("Maryland", opt=True), P("Jerusalem"), P("West Bank"), P("Washington"),
    P("Gaza Strip", "Gaza", ctx="In Gaza, which"), P("Hebron"), P("Camp David"),
    V("Annapolis", "2007-11-27"), V("Jerusalem", "2007-12-12"), V("Washington", "2007-11-26"),
    V("Washington", "2007-11-28"), V("Camp David", "2000"),
    S(["Israel", "Palestinian Authority", "PLO", "Fatah", "United States"], "joint understanding",
      "We agree to immediately launch good-faith bilateral negotiations in order to conclude a peace treaty, resolving all outstanding issues, including all core issues without exception"),
    S(["United States"], "George W. Bush", "joint understanding", opt=True),
    S(["United States"], "George W. Bush", "We meet to lay the foundation for the establishment of a new nation, a democratic Palestinian state that will live side by side with Israel in peace and security,"),
    S(["Israel"], "Ehud Olmert", "Israel was ready to make painful concessions", opt=True, kind="indirect"),
    S(["Israel"], "Ehud Olmert", "We want peace. We demand an end to terror, an end to incitement and to hatred,"),
    S(["Israel"], "Ehud Olmert", "We are prepared to make a painful compromise, rife with risks, in order to realize these aspirations."),
    S(PA, "Mahmoud Abbas", "a real partner", opt=True),
    S(PA, "Mahmoud Abbas", "called for a freeze on all settlement activity and the removal of checkpoints in the West Bank", opt=True, kind="indirect"),
    S(PA, "Mahmoud Abbas", "Our people have waited too long,"),
    S(PA, "Mahmoud Abbas", "The time has come for the occupation to end, and for the establishment of the independent Palestinian state with East Jerusalem as its capital."),
    S(["Saudi Arabia"], "Prince Saud al-Faisal", "a hand of peace"),
    S(["Quartet"], "Tony Blair", "Without change on the ground, no political process will succeed,"),
    S(["Quartet"], "Tony Blair", "the test would be improving daily life for Palestinians", opt=True, kind="indirect"),
    S(["Israel", "Palestinian Authority", "PLO", "Fatah", "United States"], "joint understanding", "Olmert and Abbas will meet every two weeks to follow progress", opt=True, kind="indirect"),
    S(["Saudi Arabia"], "Prince Saud al-Faisal", "the Arab world was extending a hand of peace but expected Israel to respond", opt=True, kind="indirect"),
    S(["Palestinians"], "medical officials", "at least 35 people were wounded in clashes", opt=True, kind="indirect"),
    S(["Hamas"], "Ismail Haniyeh", "Any agreement that results from this conference is not binding on our people,"),
    S(["United States"], "Condoleezza Rice", "launch", opt=True),  # related link
    S(["Hamas"], "Hamas", "born dead", opt=True),  # related link
    K(1, "killed", "man", opt=True, by="medical officials"),
    K(35, "wounded", "people", qualifier="at least", by="medical officials"),
    K(4000, "killed", "Palestinians", qualifier="more than"),
    K(1000, "killed", "Israelis", qualifier="about"),
]

A["h07_feature_turkey_broker"] = [
    T("a decade", "P10Y", opt=True),
    T("November 2021", "2021-11"),
    T("November 9", "2021-11-09"),
    T("Eight days later", "2021-11-17", opt=True),
    T("Thursday, November 18", "2021-11-18"),
    T("that morning", "2021-11-18", opt=True),
    T("the following day", "2021-11-19", opt=True),
    T("March 9, 2022", "2022-03-09"),
    T("November 2007", "2007-11"),
    T("June 2016", "2016-06"),
    T("July 3, 2016", "2016-07-03"),
    T("the following week", "2016-W27", opt=True),
    T("May 31, 2010", "2010-05-31"),
    T("2014", "2014"),
    T("four years", "P4Y", opt=True),
    T("2016", "2016", ctx="the 2016 deal"),
    T("October 2011", "2011-10"),
    T("more than five years", "P5Y", opt=True),
    T("August 2020", "2020-08"),
    T("June 2022", "2022-06"),
    P("Istanbul"), P("Ben Gurion Airport"), P("Ankara"), P("Ashdod"), P("Gaza Strip", "Gaza"), P("Kerem Shalom"),
    P("Tel Aviv"), P("Dolmabahce", opt=True),
    V("Ankara", "2022-03-09"), V("Turkey", "2022-03-09", opt=True, r=400), V("Ankara", "2007-11"), V("Istanbul", "2020-08"), V("Ankara", "2022-06"),
    S(["Israel"], "Naftali Bennett", "I would like to thank the President of Turkey and his government for their cooperation and for the open channels of communication in times of need,"),
    S(["Israel"], "Yair Lapid", "We worked quietly, with patience, and we thank our Turkish partners,"),
    S(["Israel"], "Naftali Bennett", "are not spies", opt=True),
    S(["Turkey"], "Ibrahim Kalin", "Turkey is a state of law. The judicial process took its course,"),
    S(["Turkey"], "Recep Tayyip Erdogan", "This historic visit will be a turning point in relations between Turkey and Israel,"),
    S(["Israel"], "Isaac Herzog", "will not agree on everything"),
    S(["Israel"], "Isaac Herzog", "with mutual respect", opt=True),
    S(["Israel"], "Gallia Lindenstrauss", "Turkey talks to everyone, and that is precisely its value,", opt=True),
    S(["Israel"], "Gallia Lindenstrauss", "But the same channels that make it useful also make Israel nervous.", opt=True),
    S(["Turkey"], "Mevlut Cavusoglu", "We do not choose between humanitarian duty and our relations with any state,"),
    S(["Israel"], "Israeli military", "Ten Israeli soldiers were wounded", opt=True, kind="indirect"),
    S(["Turkey"], "Turkish officials", "they will keep both doors open", opt=True, kind="indirect"),
    K(9, "killed", "Turkish activists"),
    K(1, "killed", "activist", opt=True),  # "A tenth died in 2014"
    K(10, "wounded", "Israeli soldiers", by="Israeli military"),
]

A["h08_afp_jenin_raid_2023"] = [
    T("on Tuesday", "2023-07-04", 0),
    T("two decades", "P20Y", opt=True),
    T("Monday", "2023-07-03", ctx="early Monday"),
    T("on Monday", "2023-07-03", ctx="dawn on Monday"),
    T("on Tuesday", "2023-07-04", ctx="Jenin on Tuesday"),
    T("Monday night", "2023-07-03"),
    T("on Tuesday", "2023-07-04", ctx="Tel Aviv on Tuesday"),
    T("Last month", "2023-06"),
    T("June 19", "2023-06-19"),
    T("hours-long", "PXH", opt=True),
    T("In January", "2023-01"),
    T("Earlier this year", "2023"),
    T("since the start of the year", "2023", opt=True),
    T("another 48 hours", "PT48H", opt=True),
    P("Jenin"), P("West Bank"), P("Geneva"), P("Ramallah"), P("Jerusalem"), P("New York"), P("Tel Aviv"),
    P("Hebron"), P("Aqaba"), P("Sharm el-Sheikh"),
    V("Jenin", "2023-07-04"), V("Ramallah", "2023-07-03"), V("Aqaba", "2023"), V("Sharm el-Sheikh", "2023"),
    V("Geneva", "2023-07-04", opt=True), V("New York", "2023-07-04", opt=True),
    S(["United Nations"], "Jens Laerke", "We are alarmed by the scale of the operation, including air strikes on a densely populated refugee camp,"),
    S(["United Nations"], "Jens Laerke", "Humanitarian workers must be able to reach all those in need."),
    S(["United Nations"], "OCHA", "up to 3,000 people had left the camp", opt=True, kind="indirect"),
    S(["Israel"], "Benjamin Netanyahu", "the troops were completing their mission", opt=True, kind="indirect"),
    S(["Israel"], "Benjamin Netanyahu", "Our extensive operation in Jenin is not a one-off,"),
    S(["Israel"], "Benjamin Netanyahu", "We will continue for as long as necessary to root out terrorism."),
    S(PA, "Mahmoud Abbas", "announced a halt to all contacts with Israel", opt=True, kind="indirect"),
    S(PA, "Nabil Abu Rudeineh", "What is happening in Jenin is a new war crime against our defenceless people,"),
    S(["Palestinian Islamic Jihad"], "Islamic Jihad", "confronted the invasion"),
    S(["Palestinian Islamic Jihad"], "Islamic Jihad", "open on all fronts"),
    S(["Jordan"], "Sinan Majali", "The Israeli aggression on Jenin is a flagrant violation of international law"),
    S(["Egypt"], "Egypt's foreign ministry", "in the strongest terms"),
    S(["Egypt"], "Egypt's foreign ministry", "undermine efforts to restore calm"),
    S(["United Nations"], "Antonio Guterres", "deeply concerned", opt=True),
    S(["United Nations"], "Stephane Dujarric", "international humanitarian law had to be respected", opt=True, kind="indirect"),
    S(["Hamas"], "Hamas", "a natural response"),
    S(["United Nations"], "United Nations", "thousands of residents had fled the Jenin refugee camp", opt=True, kind="indirect"),
    S(PA, "Palestinian health ministry", "12 Palestinians had been killed since the operation began early Monday, including four minors, and that more than 100 had been wounded, 20 of them critically", opt=True, kind="indirect"),
    S(["Israel"], "Israeli army", "it had seized weapons and destroyed explosives laboratories and a command centre", opt=True, kind="indirect"),
    S(["Israel"], "Magen David Adom", "a Palestinian from the Hebron area rammed his car into pedestrians and then stabbed passers-by, wounding eight people", opt=True, kind="indirect"),
    S(["Palestinians"], "Mahmoud al-Saadi", "the hospital had run short of blood", opt=True, kind="indirect"),
    S(["Palestinians"], "Residents", "they expected the operation to last another 48 hours", opt=True, kind="indirect"),
    S(["Palestinians"], "Mahmoud al-Saadi", "The wounded keep coming, and we cannot even reach some of them,", opt=True),
    K(12, "killed", "Palestinians", by="Palestinian health ministry"),
    K(4, "killed", "minors", by="Palestinian health ministry"),
    K(100, "wounded", "Palestinians", qualifier="more than", by="Palestinian health ministry"),
    K(20, "wounded", "Palestinians", opt=True, by="Palestinian health ministry"),  # "critically"
    K(8, "wounded", "people", by="Magen David Adom"),
    K(7, "killed", "Palestinians"),
    K(10, "killed", "Palestinians"),
    K(190, "killed", "Palestinians", qualifier="at least", by="AFP tally"),
    K(25, "killed", "people", qualifier="at least", by="AFP tally"),
]


def find(text, sub, nth=0, ctx=None):
    """Offset of the nth occurrence of ``sub`` (or of ``sub`` inside the unique context ``ctx``)."""
    if ctx is not None:
        assert text.count(ctx) == 1, f"context {ctx!r} occurs {text.count(ctx)} times"
        j = ctx.find(sub)
        assert j >= 0, f"{sub!r} not inside context {ctx!r}"
        return text.find(ctx) + j
    i = -1
    for _ in range(nth + 1):
        i = text.find(sub, i + 1)
        if i < 0:
            raise ValueError(f"{sub!r} occurrence {nth} not found")
    return i


def build():
    manifest = {r["article_id"]: r for r in csv.DictReader(open(HERE / "manifest.csv", encoding="utf-8"))}
    gold = {}
    for aid, items in A.items():
        text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        m = manifest[aid]
        g = dict(published=m["published"] or None, outlet=m["outlet"], timex=[], places=[], venues=[],
                 statements=[], casualties=[])
        for it in items:
            k = it["kind"]
            if k in ("T", "P"):
                s = find(text, it["text"], it["nth"], it["ctx"])
                if k == "T":
                    d = dict(text=it["text"], value=it["value"])
                else:
                    lat, lon = C[it["name"]]
                    d = dict(name=it["name"], text=it["text"], lat=lat, lon=lon)
                    if it["name"] in RADIUS:
                        d["radius_km"] = RADIUS[it["name"]]
                if it["opt"]:
                    d["opt"] = True
                if text.count(it["text"]) > 1:
                    d["nth"] = text[:s].count(it["text"])
                d.update(start=s, end=s + len(it["text"]))
                g["timex" if k == "T" else "places"].append(d)
            elif k == "V":
                lat, lon = C[it["key"]]
                d = dict(place=it["place"], lat=lat, lon=lon, date=it["date"])
                r = it["r"] or RADIUS.get(it["key"])
                if r:
                    d["radius_km"] = r
                if it["opt"]:
                    d["opt"] = True
                g["venues"].append(d)
            elif k == "S":
                if it["skind"] != "indirect" and it["quote"] not in text:
                    raise ValueError(f"{aid}: quote not verbatim: {it['quote']!r}")
                d = dict(factions=it["factions"], speaker=it["speaker"], quote=it["quote"])
                if it["skind"]:
                    d["kind"] = it["skind"]
                if it["opt"]:
                    d["opt"] = True
                g["statements"].append(d)
            elif k == "K":
                d = dict(count=it["count"], outcome=it["outcome"], group=it["group"])
                if it["qualifier"]:
                    d["qualifier"] = it["qualifier"]
                if it["by"]:
                    d["reported_by"] = it["by"]
                if it["opt"]:
                    d["opt"] = True
                g["casualties"].append(d)
        for d in g["timex"] + g["places"]:
            assert text[d["start"]:d["end"]] == d["text"], (aid, d)
        spans = [(d["start"], d["end"]) for d in g["timex"]]
        assert len(spans) == len(set(spans)), f"{aid}: a timex span is annotated twice"
        gold[aid] = g
    return gold


if __name__ == "__main__":
    out = HERE / "gold.json"
    out.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")
