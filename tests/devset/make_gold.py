"""Build tests/devset/gold.json from the hand annotations below (run: python tests/devset/make_gold.py).

Offsets are computed by finding the exact substring (``nth`` picks the n-th occurrence) and every item is
checked with ``text[start:end] == item['text']``; direct quotes must occur verbatim in the article.
The format is the one of ``shared/eval/gold/seeds.json``. Conventions: see README.md in this folder.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# coordinates (GeoNames-style, populated place centres; regions get radius_km 60)
C = {
    "Cairo": (30.0626, 31.2497), "Doha": (25.2854, 51.5310), "Amman": (31.9552, 35.9450),
    "Aqaba": (29.5267, 35.0078), "Beirut": (33.8938, 35.5018), "Damascus": (33.5102, 36.2913),
    "Riyadh": (24.6877, 46.7219), "Khan Younis": (31.3402, 34.3063), "Rafah": (31.2969, 34.2455),
    "Nablus": (32.2211, 35.2544), "Hebron": (31.5294, 35.0938), "Tulkarm": (32.3104, 35.0286),
    "Sharm el-Sheikh": (27.9158, 34.3300), "Istanbul": (41.0138, 28.9497), "Gaza": (31.5016, 34.4667),
    "Jerusalem": (31.7690, 35.2163), "Ramallah": (31.8996, 35.2042), "Tel Aviv": (32.0809, 34.7806),
    "Jenin": (32.4597, 35.3009), "Jericho": (31.8667, 35.4500), "Huwara": (32.1524, 35.2567),
    "Za'tara": (32.1310, 35.2480), "Washington": (38.8951, -77.0364), "Moscow": (55.7522, 37.6156),
    "Paris": (48.8534, 2.3488), "New York": (40.7143, -74.0060), "Ankara": (39.9199, 32.8543),
    "Kfar Kila": (33.2857, 35.5561), "Kiryat Shmona": (33.2073, 35.5697), "Metula": (33.2770, 35.5786),
    "Kerem Shalom": (31.2283, 34.2847), "Beit Hanoun": (31.5353, 34.5358), "Shejaiya": (31.5089, 34.4870),
    "West Bank": (31.95, 35.25), "Gaza Strip": (31.42, 34.37), "southern Israel": (31.25, 34.79),
    "southern Lebanon": (33.27, 35.40), "Sinai Peninsula": (29.50, 33.90), "Red Sea": (20.0, 38.5),
    "Mediterranean Sea": (34.0, 25.0), "Israel": (31.5, 34.9), "Saudi Arabia": (24.0, 45.0),
    "Qatar": (25.3, 51.2),
}
REGIONS = {"West Bank", "Gaza Strip", "southern Israel", "southern Lebanon", "Sinai Peninsula", "Red Sea",
           "Mediterranean Sea"}
BIG_REGIONS = {"Red Sea": 1000, "Mediterranean Sea": 1500, "Sinai Peninsula": 150}
PA = ["Palestinian Authority", "PLO", "Fatah"]
AQABA5 = ["Jordan", "Egypt", "United States", "Israel", "Palestinian Authority"]


def T(text, value, nth=0, opt=False):
    return dict(kind="T", text=text, value=value, nth=nth, opt=opt)


def P(name, text=None, nth=0, opt=False):
    return dict(kind="P", name=name, text=text or name, nth=nth, opt=opt)


def V(place, date, opt=False, r=None, name=None):
    return dict(kind="V", place=name or place, key=place, date=date, opt=opt, r=r)


def S(factions, speaker, quote, opt=False, kind=None, stance=None):
    return dict(kind="S", factions=factions, speaker=speaker, quote=quote, opt=opt, skind=kind, stance=stance)


def K(count, outcome, group, opt=False, qualifier=None, by=None):
    return dict(kind="K", count=count, outcome=outcome, group=group, opt=opt, qualifier=qualifier, by=by)


A = {}

A["d01_reuters_cairo"] = [
    T("March 5", "2024-03-05"),
    T("on Tuesday", "2024-03-05", 0),
    T("Ramadan", "2024-03", 0, opt=True),
    T("on Sunday", "2024-03-03"),
    T("on Monday", "2024-03-04"),
    T("six weeks", "P6W", opt=True),
    T("Ramadan", "2024-03", 1, opt=True),
    T("Ramadan", "2024-03", 2, opt=True),
    T("March 10", "2024-03-10", opt=True),
    T("on Wednesday", "2024-03-06"),
    T("Oct. 7", "2023-10-07"),
    T("on Tuesday", "2024-03-05", 1),
    T("in the past 24 hours", "PT24H", opt=True),
    T("overnight", "2024-03-05", opt=True),
    T("in December", "2023-12"),
    T("next week", "2024-W11", opt=True),  # habitual ("every day they say...")
    T("last month", "2024-02"),
    T("on Tuesday", "2024-03-05", 2),
    T("last week", "2024-W09"),
    T("since then", "2023-10-07", opt=True),
    T("Every day", "P1D", opt=True),
    P("Cairo", "CAIRO"), P("Gaza Strip", "Gaza"), P("Washington"), P("Rafah"), P("Khan Younis"),
    P("Paris"), P("southern Israel", opt=True), P("Jerusalem", nth=0, opt=True),
    V("Cairo", "2024-03-05"), V("Cairo", "2024-03-03", opt=True), V("Paris", "2024-03-05"),
    V("Washington", "2024-02"),
    S(["Hamas"], "Basem Naim", "We have shown flexibility, but the occupation is still evading the obligations of any agreement"),
    S(["Hamas"], "Basem Naim", "The ball is now in the Americans' court."),
    S(["Israel"], "An Israeli official", "through the media", opt=True),
    S(["Israel"], "Israel", "demanded a full list of hostages who are still alive", opt=True, kind="indirect"),
    S(["United States"], "Antony Blinken", "The immediate ceasefire that we want to see is within reach"),
    S(["United States"], "Antony Blinken", "Hamas has to make decisions about whether it's prepared to engage in that ceasefire."),
    S(["United States"], "Antony Blinken", "the onus was on Hamas", opt=True, kind="indirect"),
    S(["Palestinians"], "Umm Mohammad", "We slept in fear, woke up in fear", opt=True),
    S(["Palestinians"], "Umm Mohammad", "Every day they say there will be a truce next week.", opt=True),
    S(["Egypt"], "Al Qahera News TV", "the talks would resume on Wednesday", opt=True, kind="indirect"),
    S(["Jordan"], "King Abdullah", "called on Tuesday for an immediate ceasefire", opt=True, kind="indirect"),
    S(["United Nations"], "The United Nations", "at least one in six children under two in northern Gaza were acutely malnourished", opt=True, kind="indirect"),
    K(1200, "killed", "people", qualifier="about", by="Israeli tallies"),
    K(30631, "killed", "Palestinians", qualifier="at least", by="Gaza health ministry"),
    K(97, "killed", "Palestinians", by="Gaza health ministry"),
    K(11, "killed", "people", by="residents"),
    K(5, "killed", "children", by="residents"),
]

A["d02_ap_beirut"] = [
    T("on Thursday", "2024-01-11"),
    T("2022", "2022"),
    T("on Wednesday", "2024-01-10"),
    T("34-day", "P34D", opt=True),
    T("2006", "2006"),
    T("on Monday", "2024-01-08"),
    T("Oct. 8", "2023-10-08"),
    T("a day after", "2023-10-07", opt=True),
    T("almost daily", "P1D", opt=True),
    T("Thursday", "2024-01-11", 1),  # "The drone strike Thursday"
    T("Wednesday", "2024-01-10", 1),  # "in a speech Wednesday"
    T("a week after", "2024-W01", opt=True),
    T("since then", "2023-10-08", opt=True),
    T("later this month", "2024-01"),
    P("Beirut", "BEIRUT"), P("Kfar Kila"), P("southern Lebanon", "southern Lebanon"), P("Gaza Strip", "Gaza"),
    P("southern Israel", opt=True), P("Kiryat Shmona"), P("Metula"), P("Tel Aviv"),
    V("Beirut", "2024-01-11"), V("Israel", "2024-01-08", r=150), V("Tel Aviv", "2024-01", opt=True),
    S(["Lebanon"], "Abdallah Bou Habib", "We do not want a war, but we are ready for any possibility"),
    S(["Lebanon"], "Abdallah Bou Habib", "The solution starts in Gaza, and a ceasefire there will calm the south"),
    S(["Lebanon"], "Najib Mikati", "to stop its daily aggression on Lebanese sovereignty."),
    S(["Lebanon"], "Najib Mikati", "Lebanon was committed to U.N. Security Council Resolution 1701", opt=True, kind="indirect"),
    S(["Israel"], "Yoav Gallant", "the window of time is short"),
    S(["Israel"], "Yoav Gallant", "Israel prefers a diplomatic solution", opt=True, kind="indirect"),
    S(["Hezbollah"], "Naim Kassem", "Our patience is not unlimited"),
    S(["Hezbollah"], "Naim Kassem", "If Israel expands the war, we will respond without limits and without restraint."),
    S(["Hezbollah"], "Hezbollah", "it has fired more than 1,000 rockets and anti-tank missiles at Israeli positions", opt=True, kind="indirect"),
    K(3, "killed", "Hezbollah fighters", by="AP"),
    K(3, "killed", "Hezbollah members", opt=True, by="Hezbollah"),  # same strike, repeated
    K(2, "wounded", "civilians", by="National News Agency"),
    K(190, "killed", "people", qualifier="more than", by="AP tally"),
    K(20, "killed", "civilians", qualifier="more than", by="AP tally"),
    K(3, "killed", "journalists", by="AP tally"),
    K(9, "killed", "soldiers", by="AP tally"),
    K(6, "killed", "civilians", by="AP tally"),
    K(6, "killed", "militants", opt=True),
    K(7, "killed", "militants", opt=True),
]

A["d03_aljazeera_rafah_explainer"] = [
    T("2005", "2005", 0),
    T("June 2007", "2007-06", 0),
    T("May 2011", "2011-05"),
    T("Two years later", "2013", opt=True),
    T("July 2013", "2013-07"),
    T("October 7", "2023-10-07", 0, opt=True),  # heading; year only known from the next line
    T("October 7, 2023", "2023-10-07"),
    T("October 21", "2023-10-21"),
    T("in October", "2023-10"),
    T("February 2024", "2024-02"),
    T("1979", "1979"),
    T("2005", "2005", 1),
    T("in December", "2023-12"),
    T("three weeks", "P3W", opt=True),
    T("once a month", "P1M", opt=True),
    T("a few days a month", "P1M", opt=True),
    P("Rafah", nth=1), P("Gaza Strip"), P("Cairo", nth=2), P("Kerem Shalom"),
    P("Sinai Peninsula", opt=True), P("Mediterranean Sea", opt=True), P("southern Israel", opt=True),
    V("Israel", None, opt=True, r=150),  # Biden visited Israel (Oct 2023, date not given)
    S(["Israel"], "Yoav Gallant", "complete siege", opt=True),
    S(["Egypt"], "Sameh Shoukry", "The Rafah crossing is open from the Egyptian side and has not been closed at any point"),
    S(["Israel"], "Benjamin Netanyahu", "must be in our hands"),
    S(["Egypt"], "Diaa Rashwan", "a serious threat", opt=True),
    S(["Egypt"], "Diaa Rashwan", "any Israeli move to occupy the area would lead to", opt=True, kind="indirect"),
    S(["Palestinians"], "Mohammed Abu Shaar", "They call it a crossing, but for us it is a door that opens once a month", opt=True),
    S(["Palestinians"], "Mohammed Abu Shaar", "Every family here has a name on a list.", opt=True),
    S(["Hamas"], "Ghazi Hamad", "that is imposed by the occupation"),
    S(["Hamas"], "Ghazi Hamad", "the movement would not accept any arrangement for the crossing", opt=True, kind="indirect"),
]

A["d04_toi_riyadh"] = [
    T("Today", "2023-09-26", 0, opt=True),  # page timestamp
    T("3:14 pm", "2023-09-26T15:14", opt=True),
    T("days after", "P1W", opt=True),
    T("every day", "P1D", opt=True),
    T("September 26, 2023", "2023-09-26", 0),
    T("on Tuesday", "2023-09-26"),
    T("two days", "P2D", opt=True),
    T("World Tourism Day", "2023-09-27", opt=True),
    T("on Wednesday", "2023-09-27"),
    T("on Friday", "2023-09-22"),
    T("last week", "2023-W38"),
    T("September 26, 2023", "2023-09-26", 1, opt=True),  # repeated caption
    T("On the same day", "2023-09-26", opt=True),
    T("2002", "2002"),
    T("last month", "2023-08"),
    T("next month", "2023-10"),
    T("next week", "2023-W40"),
    T("early next year", "2024", opt=True),
    T("2024", "2024"),
    T("on Monday", "2023-09-25"),
    T("In 2020", "2020"),
    T("September 26, 2023", "2023-09-26", 2, opt=True),  # repeated caption
    P("Riyadh"), P("Ramallah"), P("New York"), P("Jerusalem", "East Jerusalem"),
    V("Riyadh", "2023-09-26"), V("Ramallah", "2023-09-26"), V("New York", "2023-09-22", opt=True),
    V("Saudi Arabia", "2023-W40", opt=True, r=700),
    S(["Israel"], "Haim Katz", "Tourism is a bridge between nations"),
    S(["Israel"], "Haim Katz", "Cooperation in the field of tourism has the potential to bring hearts together and economic prosperity."),
    S(["Israel"], "Haim Katz", "build bridges", opt=True),
    S(["Israel"], "Benjamin Netanyahu", "at the cusp", opt=True),
    S(["Saudi Arabia"], "Mohammed bin Salman", "every day we get closer."),
    S(["Saudi Arabia"], "Nayef al-Sudairi", "The Arab Peace Initiative of 2002 is the cornerstone of any agreement"),
    S(["Saudi Arabia"], "Nayef al-Sudairi", "an independent Palestinian state with East Jerusalem as its capital."),
    S(["Palestinian Authority"], "Riyad al-Maliki", "a fig leaf", opt=True),
    S(["Palestinian Authority"], "The Palestinian Authority", "any deal must include a path to statehood", opt=True, kind="indirect"),
    S(["United States"], "John Kirby", "a basic framework", opt=True),
    S(["United States"], "John Kirby", "all sides have some work to do."),
    S(["United States"], "US officials", "a deal could be reached by early next year", opt=True, kind="indirect"),
]

A["d05_wafa_nablus"] = [
    T("February 22, 2023", "2023-02-22"),
    T("today", "2023-02-22", 0),
    T("around 10 a.m.", "2023-02-22T10:00", opt=True),
    T("today", "2023-02-22", 1),
    T("every day", "P1D", opt=True),
    T("this evening", "2023-02-22"),
    T("on Thursday", "2023-02-23"),
    T("on Monday", "2023-02-27"),
    T("Since the beginning of the year", "2023", opt=True),
    T("three days after", "2023-02-19", opt=True),
    T("February 12", "2023-02-12"),
    P("Ramallah", "RAMALLAH"), P("Nablus"), P("Jenin"), P("Jericho"), P("Hebron"), P("Tulkarm", "Tulkarem"),
    P("West Bank"), P("Gaza Strip", "Gaza"), P("New York"),
    V("Ramallah", "2023-02-22"), V("New York", "2023-02-27", opt=True),
    S(PA, "Nabil Abu Rudeineh", "the continued aggression against our people, and the storming of our cities and camps, will only lead to more tension and instability in the region."),
    S(PA, "Nabil Abu Rudeineh", "The Israeli government's policy of escalation is a blow to all efforts being made to restore calm, and the international community, particularly the American administration, must intervene immediately to stop these crimes."),
    S(["Palestinian Authority", "Fatah"], "Mohammad Shtayyeh", "What happened in Nablus today is a new massacre added to the record of the occupation, which is killing our people every day in Jenin, Nablus, Jericho and Hebron."),
    S(PA, "Hussein al-Sheikh", "consideration of halting all forms of security coordination."),
    S(["Fatah"], "Fatah Movement", "our masses to escalate popular resistance against the occupation and its settlers."),
    S(["Hamas"], "The Hamas movement", "the resistance in Gaza is watching the enemy's escalating crimes, and its patience is running out."),
    S(["United Nations"], "UN Security Council", "deep concern and dismay", opt=True),
    S(PA, "The Presidency of the State of Palestine", "strongly condemned today the Israeli occupation forces' massacre in the city of Nablus", opt=True, kind="indirect"),
    S(["Fatah", "Hamas"], "national and Islamic factions", "declared a general strike and a day of mourning", opt=True, kind="indirect"),
    S(["Palestinian Authority"], "Ministry of Foreign Affairs and Expatriates", "called on the UN Security Council", opt=True, kind="indirect"),
    K(10, "killed", "citizens", by="Presidency"),
    K(100, "wounded", "citizens", qualifier="more than", by="Presidency"),
    K(102, "wounded", "people", opt=True, by="medical sources"),  # "hit by live ammunition"
    K(6, "wounded", "critical condition", opt=True, by="Ministry of Health"),
    K(61, "killed", "Palestinians", by="Ministry of Health"),
    K(13, "killed", "children", by="Ministry of Health"),
]

A["d06_sis_cairo_blinken"] = [
    T("30 January 2023", "2023-01-30"),
    T("on Monday", "2023-01-30"),
    T("more than four decades", "P40Y", opt=True),
    T("4 June 1967", "1967-06-04"),
    T("last August", "2022-08"),
    T("on Sunday", "2023-01-29"),
    T("next week", "2023-W06"),
    T("February 12", "2023-02-12"),
    T("on Thursday", "2023-01-26"),
    T("the following day", "2023-01-27", opt=True),
    T("days after", "P1W", opt=True),
    T("on Tuesday", "2023-01-31"),
    P("Cairo"), P("Gaza Strip", "Gaza"), P("Amman"), P("Jenin"), P("Jerusalem", "East Jerusalem"), P("Ramallah"),
    P("Washington", opt=True),  # metonym
    V("Cairo", "2023-01-30"), V("Cairo", "2023-01-29"), V("Amman", "2023-W06"), V("Cairo", "2023-02-12"),
    V("Jerusalem", "2023-01-31"), V("Ramallah", "2023-01-31"),
    S(["Egypt"], "Abdel Fattah El-Sisi", "halting all unilateral measures and working to restore calm, so as to prevent a spiral of violence that would threaten regional security and stability."),
    S(["Egypt"], "Sameh Shoukry", "We agreed on the need for all parties to exercise restraint and to avoid any steps that would inflame the situation"),
    S(["Egypt"], "Sameh Shoukry", "Egypt will spare no effort, in coordination with our Jordanian brothers and our American partners, to revive the peace process."),
    S(["United States"], "Antony Blinken", "The United States and Egypt share a deep commitment to de-escalation. Egypt has been a vital partner in that effort, and we count on its continued leadership."),
    S(["Egypt"], "Ahmed Fahmy", "affirming Egypt's keenness on continuing to strengthen the strategic partnership between the two countries", opt=True, kind="indirect"),
    S(["Egypt"], "Abdel Fattah El-Sisi", "affirmed Egypt's support for the two-state solution on the basis of the 4 June 1967 borders", opt=True, kind="indirect"),
    S(["United States"], "Antony Blinken", "praised Egypt's pivotal role in preserving regional stability", opt=True, kind="indirect"),
    S(["Egypt"], "Ahmed Abu Zeid", "Minister Shoukry would travel to Amman next week", opt=True, kind="indirect"),
    K(9, "killed", "Palestinians"),
    K(1, "killed", "elderly woman", opt=True),
    K(7, "killed", "people"),
]

A["d07_gaza2014_truce"] = [
    T("on Tuesday", "2014-08-05", 0),
    T("72-hour", "PT72H", 0, opt=True),
    T("four weeks", "P4W", opt=True),
    T("8am local time", "2014-08-05T08:00", opt=True),
    T("0500 GMT", "2014-08-05T05:00", opt=True),
    T("on Tuesday", "2014-08-05", 1),  # "later on Tuesday"
    T("Sunday", "2014-08-03", 0),  # "since Sunday"
    T("July 8", "2014-07-08", 0),
    T("July 8", "2014-07-08", 1),
    T("last month", "2014-07"),
    T("on Monday", "2014-08-04"),
    T("on Sunday", "2014-08-03"),
    T("on Friday", "2014-08-01"),
    T("72-hour", "PT72H", 1, opt=True),
    T("on that day", "2014-08-01", opt=True),
    T("20 years", "P20Y", opt=True),
    T("Within minutes", "PT1M", opt=True),
    T("within hours", "PT1H", opt=True),
    P("Gaza Strip", "Gaza"), P("Cairo"), P("Khan Younis", "Khan Yunis"), P("Beit Hanoun"), P("Shejaiya"),
    P("Gaza", "Gaza City"), P("Jerusalem"), P("Ramallah"), P("Rafah"), P("Washington", opt=True),
    V("Cairo", "2014-08-05"), V("Cairo", "2014-08-03", opt=True),
    V("Cairo", "2014-07"), V("Jerusalem", "2014-07"), V("Ramallah", "2014-07"),
    S(["Israel"], "Peter Lerner", "Operation Protective Edge is not over"),
    S(["Israel"], "Peter Lerner", "We will remain deployed around the Gaza Strip and respond to any attack."),
    S(["Israel"], "Israeli military", "defensive positions", opt=True),
    S(["Hamas"], "Sami Abu Zuhri", "The Palestinian delegation has one set of demands: an end to the aggression, the withdrawal of the occupation army, the lifting of the siege and the opening of the crossings"),
    S(["Hamas"], "Sami Abu Zuhri", "We will not accept a return to the situation before July 8. Our people have paid in blood for this."),
    S(["Palestinians"], "Ahmed Ziad", "There is nothing left. Nothing", opt=True),
    S(["United Nations"], "Robert Serry", "to a durable ceasefire that addresses the underlying causes of the conflict"),
    S(["United Nations"], "Ban Ki-moon", "appalled", opt=True),
    S(["United States"], "John Kerry", "This is an opportunity, and it must be seized"),
    S(["Egypt"], "Sameh Shoukry", "until a permanent ceasefire is reached"),
    S(["Egypt"], "Sameh Shoukry", "the negotiations would focus on Gaza’s reconstruction", opt=True, kind="indirect"),
    K(1867, "killed", "Palestinians", by="Gaza Health Ministry"),
    K(9500, "wounded", "Palestinians", qualifier="more than", by="Gaza Health Ministry"),
    K(1354, "killed", "civilians", qualifier="at least", by="OCHA"),
    K(415, "killed", "children", by="OCHA"),
    K(64, "killed", "soldiers"),
    K(3, "killed", "civilians"),
    K(1, "killed", "Thai agricultural worker", opt=True),
    K(10, "killed", "people", qualifier="at least"),
    K(150, "killed", "people", qualifier="at least", by="local medics"),
]

A["d08_jordan_aqaba"] = [
    T("on Sunday", "2023-02-26"),
    T("in years", "PXY", opt=True),
    T("3-6 months", "P3M", opt=True),
    T("4 months", "P4M", opt=True),
    T("6 months", "P6M", 1, opt=True),
    T("in March", "2023-03"),
    T("Hours after", "2023-02-26", opt=True),
    T("That night", "2023-02-26", opt=True),
    T("A few hours later", "2023-02-26", opt=True),
    T("last Tuesday", "2023-02-21"),
    T("two decades", "P20Y", opt=True),
    T("January 1", "2023-01-01"),
    T("the same period", "2023", opt=True),
    T("March", "2023-03", 1),  # "the second half of March"
    T("Ramadan", "2023-03", opt=True),
    P("Amman", "AMMAN"), P("Aqaba"), P("Red Sea", opt=True), P("Sharm el-Sheikh", "Sharm El Sheikh"), P("Huwara"),
    P("Nablus"), P("Za'tara"), P("West Bank"),
    V("Aqaba", "2023-02-26"), V("Sharm el-Sheikh", "2023-03"),
    S(AQABA5, "joint communiqué", "The Government of Israel and the Palestinian National Authority confirmed their joint readiness and commitment to immediately work to end unilateral measures for a period of 3-6 months."),
    S(AQABA5, "joint communiqué", "This includes an Israeli commitment to stop discussion of any new settlement units for 4 months and to stop authorisation of any outposts for 6 months"),
    S(["Jordan", "Egypt", "United States"], "Jordan, Egypt and the United States", "as major progress towards re-establishing and deepening relations between the two sides."),
    S(["Jordan"], "Ayman Safadi", "an important step", opt=True),
    S(["Jordan"], "Ayman Safadi", "the real test is implementation on the ground."),
    S(["Israel"], "Benjamin Netanyahu", "not to take the law into their own hands"),
    S(["Israel"], "Benjamin Netanyahu", "no freeze", opt=True),
    S(PA, "Nabil Abu Rudeineh", "the terrorist acts carried out by settlers under the protection of the occupation army"),
    S(["Hamas"], "Hamas", "a natural response", opt=True),
    S(["Jordan"], "King Abdullah II", "the King warned against the consequences of continued escalation", opt=True, kind="indirect"),
    K(2, "killed", "Israeli brothers"),
    K(1, "killed", "man", opt=True, by="Palestinian Health Ministry"),
    K(100, "wounded", "people", qualifier="about", by="Palestinian Red Crescent"),
    K(4, "wounded", "gunshot wounds", opt=True, by="Palestinian Red Crescent"),
    K(60, "killed", "Palestinians", qualifier="more than"),
    K(11, "killed", "Israelis"),
    K(1, "killed", "Ukrainian woman"),
]

A["d09_doha_truce"] = [
    T("Wednesday", "2023-11-22", 0),  # "early Wednesday"
    T("four-day", "P4D", 0, opt=True),
    T("four-day", "P4D", 1, opt=True),
    T("one day", "P1D", opt=True),
    T("Oct. 7", "2023-10-07", 0),
    T("within the next 24 hours", "PT24H", opt=True),
    T("four days", "P4D", opt=True),
    T("for weeks", "PXW", opt=True),
    T("3 a.m.", "2023-11-22T03:00", opt=True),
    T("Wednesday", "2023-11-22", 1),  # "past 3 a.m. Wednesday"
    T("six hours a day", "PT6H", opt=True),
    T("on Tuesday", "2023-11-21"),
    T("Today", "2023-11-22", opt=True),  # "Today's deal" in a quote
    T("Thursday", "2023-11-23"),
    T("Wednesday", "2023-11-22", 2),  # "late Wednesday"
    T("Oct. 7", "2023-10-07", 1),
    T("Oct. 7", "2023-10-07", 2),
    T("Oct. 7", "2023-10-07", 3),
    T("earlier this month", "2023-11"),
    T("over the weekend", "2023-W46", opt=True),
    T("last month", "2023-10"),
    T("Oct. 20", "2023-10-20"),
    P("Doha", "DOHA"), P("Gaza Strip", "Gaza"), P("southern Israel", opt=True), P("West Bank"), P("Ramallah"),
    V("Doha", "2023-11"), V("Doha", "2023-11-22", opt=True), V("Qatar", "2023-W46", opt=True, r=150),
    S(["Qatar"], "Qatar's Ministry of Foreign Affairs", "The start time of the pause will be announced within the next 24 hours and will last for four days, subject to extension"),
    S(["Qatar"], "Majed al-Ansari", "a larger number of humanitarian convoys and relief aid, including fuel."),
    S(["Qatar"], "Majed al-Ansari", "We have been working on this for weeks, day and night"),
    S(["Qatar"], "Majed al-Ansari", "We hope that this agreement will be the first step towards a comprehensive ceasefire. But nobody should think that the road ahead is easy."),
    S(["Qatar"], "Majed al-Ansari", "There is a lot of mistrust between the parties, and every detail has been negotiated line by line."),
    S(["Israel"], "Benjamin Netanyahu", "the war will continue"),
    S(["Israel"], "Benjamin Netanyahu", "the pause could be extended by one day for every additional 10 hostages freed", opt=True, kind="indirect"),
    S(["Hamas"], "Hamas", "Our hands will remain on the trigger"),
    S(["Israel"], "an Israeli official", "The release is not expected to begin before Thursday", opt=True, kind="indirect"),
    S(["Hamas"], "Hamas", "the agreement would also halt Israeli air traffic over southern Gaza", opt=True, kind="indirect"),
    S(["United States"], "Joe Biden", "Today's deal should bring home additional American hostages, and I will not stop until they are all released"),
    K(13300, "killed", "Palestinians", qualifier="more than", by="Health Ministry in Hamas-run Gaza"),
    K(5600, "killed", "children", qualifier="at least", by="Health Ministry in Hamas-run Gaza"),
    K(1200, "killed", "people", qualifier="about"),
    K(210, "killed", "Palestinians", qualifier="at least", by="Palestinian Health Ministry"),
    K(2, "killed", "parents", opt=True),
]

A["d10_afp_damascus_solana"] = [
    T("Sunday March 15", "2009-03-15"),
    T("more than five years", "P5Y", opt=True),
    T("in December", "2008-12"),
    T("May 2008", "2008-05"),
    T("on Saturday", "2009-03-14"),
    T("later this week", "2009-W12", opt=True),
    T("2004", "2004"),
    T("February 2005", "2005-02"),
    T("a long time", "PXY", opt=True),
    T("March 2", "2009-03-02"),
    T("22-day", "P22D", opt=True),
    T("the spring", "2009", opt=True),
    T("in 2006", "2006"),
    T("June 2007", "2007-06"),
    T("a year", "P1Y", opt=True),
    P("Damascus", "DAMASCUS"), P("Gaza Strip"), P("Istanbul"), P("Ankara", opt=True), P("Beirut"), P("Riyadh"),
    P("Jerusalem"), P("Ramallah"), P("Sharm el-Sheikh"), P("Moscow"),
    V("Damascus", "2009-03-15"), V("Beirut", "2009-03-14"), V("Istanbul", "2008-05"), V("Sharm el-Sheikh", "2009-03-02"),
    V("Riyadh", None, opt=True), V("Jerusalem", None, opt=True), V("Ramallah", None, opt=True), V("Moscow", None, opt=True),
    S(["European Union"], "Javier Solana", "Syria is a very important country in the region and can play a key role in solving its problems"),
    S(["European Union"], "Javier Solana", "I hope that we will be able to open a new page."),
    S(["European Union"], "Javier Solana", "can play a key role", opt=True),  # headline
    S(["European Union"], "Javier Solana", "engage", opt=True),
    S(["Syria"], "Walid Muallem", "frank and constructive", opt=True),
    S(["Syria"], "Walid Muallem", "We have waited for this agreement for a long time, and now the ball is in Europe's court"),
    S(["Syria"], "Walid Muallem", "Syria was ready to resume indirect peace negotiations with Israel mediated by Turkey", opt=True, kind="indirect"),
    S(["Turkey"], "Recep Tayyip Erdogan", "Ankara is willing to resume its role", opt=True, kind="indirect"),
    S(["Russia"], "Sergei Lavrov", "as soon as possible, perhaps in the spring."),
    S(["Russia"], "Sergei Lavrov", "Russia supported the European contacts with Syria", opt=True, kind="indirect"),
    K(1300, "killed", "Palestinians", qualifier="more than", by="Palestinian medical sources"),
    K(13, "killed", "Israelis"),
    K(10, "killed", "soldiers"),
]


def find(text, sub, nth):
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
            if k == "T":
                s = find(text, it["text"], it["nth"])
                d = dict(text=it["text"], value=it["value"])
                if it["opt"]:
                    d["opt"] = True
                if text.count(it["text"]) > 1:
                    d["nth"] = it["nth"]
                d.update(start=s, end=s + len(it["text"]))
                g["timex"].append(d)
            elif k == "P":
                s = find(text, it["text"], it["nth"])
                lat, lon = C[it["name"]]
                d = dict(name=it["name"], text=it["text"], lat=lat, lon=lon)
                if it["name"] in REGIONS:
                    d["radius_km"] = BIG_REGIONS.get(it["name"], 60)
                if it["opt"]:
                    d["opt"] = True
                d.update(start=s, end=s + len(it["text"]))
                g["places"].append(d)
            elif k == "V":
                lat, lon = C[it["key"]]
                d = dict(place=it["place"], lat=lat, lon=lon, date=it["date"])
                if it["r"]:
                    d["radius_km"] = it["r"]
                if it["opt"]:
                    d["opt"] = True
                g["venues"].append(d)
            elif k == "S":
                if it["skind"] != "indirect" and it["quote"] not in text:
                    raise ValueError(f"{aid}: quote not verbatim: {it['quote']!r}")
                d = dict(factions=it["factions"], speaker=it["speaker"], quote=it["quote"])
                if it["stance"]:
                    d["stance"] = it["stance"]
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
        gold[aid] = g
    return gold


if __name__ == "__main__":
    out = HERE / "gold.json"
    out.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")
