"""Build tests/blind/gold.json from the hand annotations below (run: python tests/blind/make_gold.py).

Third, blind set: articles written and annotated without reading the extractor code (``lib/extract/*``,
``lib/data/*``, ``lib/gazetteer.py``) or the articles of ``tests/devset`` and ``tests/holdout``.
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
    "Vienna": (48.2085, 16.3721), "Tehran": (35.6944, 51.4215), "Washington": (38.8951, -77.0364),
    "Fordow": (34.8850, 50.9950), "Palais Coburg": (48.2048, 16.3768), "Paris": (48.8534, 2.3488),
    "London": (51.5085, -0.1257), "Dubai": (25.0772, 55.3093), "Nur-Sultan": (51.1801, 71.4460),
    "Idlib": (35.9306, 36.6339), "Geneva": (46.2022, 6.1457), "Sochi": (43.6028, 39.7342),
    "Damascus": (33.5102, 36.2913), "Ankara": (39.9199, 32.8543), "Riyadh": (24.6877, 46.7219),
    "Sana'a": (15.3547, 44.2066), "Muscat": (23.5841, 58.4078), "Jeddah": (21.4858, 39.1925),
    "Khartoum": (15.5518, 32.5324), "Kalakla": (15.4700, 32.5200), "El Geneina": (13.4525, 22.4472),
    "Expo 2020 Dubai": (24.9632, 55.1478), "Amman": (31.9552, 35.9450), "Abu Dhabi": (24.4667, 54.3667),
    "Algiers": (36.7525, 3.0420), "Palace of Nations": (36.7920, 2.9950), "Ramallah": (31.8996, 35.2042),
    "Cairo": (30.0626, 31.2497), "Istanbul": (41.0138, 28.9497), "East Jerusalem": (31.7833, 35.2333),
    "Nablus": (32.2211, 35.2544), "Beirut": (33.8938, 35.5018), "Gemmayzeh": (33.8958, 35.5133),
    "Port of Beirut": (33.9010, 35.5190), "Pine Residence": (33.8790, 35.5060),
    "Beirut southern suburbs": (33.8500, 35.5100), "Safed": (32.9646, 35.4960), "Jouaiya": (33.2436, 35.3261),
    "Nabatieh": (33.3772, 35.4836), "Habbariyeh": (33.3994, 35.7231), "Naqoura": (33.1181, 35.1397),
    "Jerusalem": (31.7690, 35.2163), "Israel": (31.5, 34.9), "Lebanon": (33.9, 35.9),
    # regions
    "northwest Syria": (36.0, 36.8), "Black Sea": (43.0, 35.0), "Taiz province": (13.58, 44.02),
    "Red Sea": (20.0, 38.5), "Darfur": (13.5, 24.0), "Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25),
    "northern Israel": (32.95, 35.30), "southern Lebanon": (33.27, 35.40), "Galilee": (32.85, 35.40),
    "Golan Heights": (33.00, 35.75), "southern Israel": (31.30, 34.60),
}
RADIUS = {"northwest Syria": 150, "Black Sea": 600, "Taiz province": 60, "Red Sea": 1500, "Darfur": 400,
          "Gaza Strip": 60, "West Bank": 60, "northern Israel": 60, "southern Lebanon": 60, "Galilee": 60,
          "Golan Heights": 60, "southern Israel": 60, "Israel": 400, "Lebanon": 400}
PALESTINIAN_FACTIONS = ["Fatah", "Hamas", "PFLP", "Palestinian Islamic Jihad"]


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

A["b01_reuters_vienna_jcpoa"] = [
    T("Dec 27", "2021-12-27"),
    T("2015", "2015", ctx="the 2015 Iran"),
    T("on Monday", "2021-12-27", ctx="in Vienna on Monday"),
    T("10-day", "P10D", opt=True),
    T("weeks", "P1W", opt=True, ctx="only weeks remained"),
    T("about two hours", "PT2H", opt=True),
    T("late on Monday", "2021-12-27"),
    T("2015", "2015", ctx="Under the 2015 accord"),
    T("May 2018", "2018-05"),
    T("about a year later", "2019", opt=True),
    T("last week", "2021-W51"),
    T("Dec. 14", "2021-12-14"),
    T("Dec. 17", "2021-12-17"),
    T("earlier this month", "2021-12"),
    T("in June", "2021-06"),
    T("next week", "2022-W01"),
    T("on Sunday", "2021-12-26"),
    T("next month", "2022-01"),
    T("on Tuesday", "2021-12-28"),
    T("New Year's Day", "2022-01-01", opt=True),
    T("on Saturday", "2022-01-01"),
    T("the end of January", "2022-01", opt=True),
    P("Vienna", "VIENNA"), P("Tehran", ctx="lawmakers in Tehran"), P("Washington", opt=True),
    P("Fordow", opt=True), P("Palais Coburg", opt=True), P("Paris"), P("London"),
    P("Dubai", opt=True),  # reporter credit line
    V("Vienna", "2021-12-27"), V("Vienna", "2021-12-28", opt=True), V("Vienna", "2021-12-17", opt=True),
    V("Paris", "2022-01"), V("London", "2022-01"), V("Tehran", "2022-W01", opt=True),
    S(["European Union"], "Enrique Mora", "We have to speed up,"),
    S(["European Union"], "Enrique Mora", "Everybody knows that we are talking about weeks, not months."),
    S(["Iran"], "Ali Bagheri Kani", "If the other side continues the talks with good faith, we can reach a good agreement in a short time,"),
    S(["Iran"], "Ali Bagheri Kani", "the removal of sanctions remained Tehran's top priority", opt=True, kind="indirect"),
    S(["Russia"], "Mikhail Ulyanov", "quite productive", opt=True),
    S(["Russia"], "Mikhail Ulyanov", "The participants agreed on the need to intensify the process,"),
    S(["United States"], "State Department spokesman", "the pace of Iran's nuclear advances"),
    S(["United States"], "State Department spokesman", "Washington was ready to return to Vienna", opt=True, kind="indirect"),
    S(["United States"], "Antony Blinken", "is closing", opt=True),
    S(["Iran"], "Ebrahim Raisi", "Washington must guarantee it will not again abandon the deal", opt=True, kind="indirect"),
    S(["Israel"], "Naftali Bennett", "maintain its freedom of action"),
]

A["b02_xinhua_astana_syria"] = [
    T("Dec. 22", "2021-12-22"),
    T("on Wednesday", "2021-12-22", ctx="on Wednesday wrapped up"),
    T("two days", "P2D", opt=True),
    T("Tuesday", "2021-12-21", ctx="on Tuesday and Wednesday"),
    T("Wednesday", "2021-12-22", ctx="Tuesday and Wednesday,"),
    T("early next year", "2022", opt=True),
    T("On Sunday", "2021-12-19"),
    T("last week", "2021-W50"),
    T("March 2011", "2011-03"),
    T("in September", "2021-09"),
    T("January 2017", "2017-01"),
    T("2019", "2019"),
    T("in July", "2021-07"),
    T("in February", "2021-02"),
    T("the first half of 2022", "2022", opt=True),
    P("Nur-Sultan", "NUR-SULTAN"), P("Idlib"), P("Geneva"), P("Sochi"), P("Damascus", opt=True),
    P("northwest Syria", opt=True), P("Black Sea", opt=True), P("Ankara", opt=True), P("Washington", opt=True),
    P("Tehran", opt=True),  # metonym: 'said Tehran opposed'
    V("Nur-Sultan", "2021-W51"), V("Geneva", "2022"), V("Nur-Sultan", "2021-07"), V("Sochi", "2021-02"),
    V("Nur-Sultan", None, opt=True),  # 'has held most of its sessions in the Kazakh capital'
    S(["Russia", "Turkey", "Iran"], "joint statement", "continue to work together to combat terrorism in all its forms and manifestations."),
    S(["Russia", "Turkey", "Iran"], "joint statement", "their strong commitment to the sovereignty, independence, unity and territorial integrity"),
    S(["Russia", "Turkey", "Iran"], "joint statement", "all attempts to create new realities on the ground."),
    S(["Russia"], "Alexander Lavrentiev", "the most difficult.", opt=True),
    S(["Russia"], "Alexander Lavrentiev", "There are still more than 10,000 fighters of terrorist groups in the Idlib de-escalation zone,"),
    S(["Iran"], "Ali Asghar Khaji", "without the consent of the Syrian government."),
    S(["Iran"], "Ali Asghar Khaji", "Tehran opposed the presence of foreign forces in Syria", opt=True, kind="indirect"),
    S(["Turkey"], "Turkish delegation", "terrorist corridors", opt=True),
    S(["Syria"], "Ayman Sousan", "looting", opt=True),
    S(["Syrian opposition"], "Ahmad Tohme", "the talks had again failed to secure the release of detainees", opt=True, kind="indirect"),
    S(["United Nations"], "Geir Pedersen", "We need a more substantive process,"),
    S(["United Nations"], "Geir Pedersen", "step-for-step", opt=True),
    S(["United Nations"], "UN count", "certainly an undercount.", opt=True),
    S(["Kazakhstan"], "Kanat Tumysh", "the exact date would be set later through diplomatic channels", opt=True, kind="indirect"),
    S(["Kazakhstan"], "Kanat Tumysh", "Kazakhstan remains ready to provide a platform for the dialogue,"),
    K(5, "killed", "civilians", by="White Helmets"),
    K(3, "killed", "children", by="White Helmets"),
    K(11, "wounded", "others", by="White Helmets"),
    K(13, "killed", "people", qualifier="at least", by="Syrian Observatory for Human Rights"),
    K(8, "killed", "children", by="Syrian Observatory for Human Rights"),
    K(350000, "killed", "people", qualifier="more than", by="United Nations"),
]

A["b03_spa_riyadh_houthi"] = [
    T("5 Rabi al-Awwal 1445 AH", "2023-09-20", opt=True),
    T("20 September 2023", "2023-09-20"),
    T("yesterday", "2023-09-19"),
    T("2015", "2015", ctx="war in 2015"),
    T("on Thursday", "2023-09-14"),
    T("five days", "P5D", opt=True),
    T("in April", "2023-04", ctx="Sana'a in April"),
    T("on Tuesday evening", "2023-09-19"),
    T("next week", "2023-W39"),
    T("April 2, 2022", "2022-04-02"),
    T("October of the same year", "2022-10"),
    T("last month", "2023-08"),
    T("September 2014", "2014-09"),
    T("the end of 2021", "2021", opt=True),
    T("this year", "2023"),
    T("2015", "2015", ctx="since 2015"),
    T("in April", "2023-04", ctx="carried out in April"),
    P("Riyadh"), P("Sana'a"), P("Muscat"), P("Taiz province"), P("Washington", opt=True),
    V("Riyadh", "2023-09-19"), V("Riyadh", "2023-09-14", opt=True), V("Sana'a", "2023-04"),
    V("Riyadh", "2023-W39"), V("Muscat", "2023-W39"),
    S(["Saudi Arabia"], "Prince Khalid bin Salman", "a comprehensive and lasting political solution in Yemen under the supervision of the United Nations,"),
    S(["Saudi Arabia"], "Prince Khalid bin Salman", "stands, as it always has, with Yemen and its brotherly people."),
    S(["Houthis"], "Mohammed Abdulsalam", "We held serious and positive discussions on the humanitarian file, the payment of salaries, the opening of ports and airports, and the release of all prisoners."),
    S(["Saudi Arabia"], "Ministry of Foreign Affairs", "the positive results of the serious discussions,"),
    S(["Saudi Arabia"], "Ministry of Foreign Affairs", "to reach a comprehensive and sustainable political solution acceptable to all Yemeni parties."),
    S(["Oman"], "Omani Ministry of Foreign Affairs", "looks forward to the parties building on what has been achieved,"),
    S(["Oman"], "Omani Ministry of Foreign Affairs", "it would continue its mediation", opt=True, kind="indirect"),
    S(["United Nations"], "Hans Grundberg", "These discussions are an important opportunity to advance an inclusive peace process under United Nations auspices."),
    S(["United States"], "John Kirby", "encouraged", opt=True),
    K(3, "killed", "government soldiers", by="military source"),
    K(7, "wounded", "others", by="military source"),
    K(377000, "killed", "people", by="United Nations"),
]

A["b04_afp_jeddah_sudan"] = [
    T("week-long", "P1W", opt=True),
    T("Monday evening", "2023-05-22"),
    T("more than five weeks", "P5W", opt=True),
    T("late Saturday", "2023-05-20"),
    T("9:45 pm", "2023-05-22T21:45", opt=True),
    T("1945 GMT", "2023-05-22T19:45", opt=True),
    T("May 22", "2023-05-22"),
    T("seven days", "P7D", opt=True),
    T("April 15", "2023-04-15"),
    T("October 2021", "2021-10"),
    T("within hours", "PT1H", opt=True),
    T("on Sunday", "2023-05-21"),
    T("Sunday morning", "2023-05-21"),
    T("since dawn", "2023-05-21", opt=True),
    T("this week", "2023-W20"),
    T("earlier this month", "2023-05"),
    T("May 11", "2023-05-11"),
    T("on Friday", "2023-05-19"),
    T("next week", "2023-W21"),
    P("Jeddah", ctx="city of Jeddah"), P("Khartoum"), P("Darfur"), P("El Geneina"), P("Red Sea", opt=True),
    P("Kalakla", opt=True),
    V("Jeddah", "2023-05-20"), V("Jeddah", "2023-05-19"), V("Jeddah", "2023-W21"), V("Jeddah", "2023-05-11", opt=True),
    S(["Saudi Arabia", "United States"], "joint statement", "The ceasefire will be supported by a US-Saudi and internationally supported monitoring mechanism,"),
    S(["United States"], "Antony Blinken", "a step forward", opt=True),
    S(["United States"], "Antony Blinken", "If the ceasefire is violated, we will know, and we will hold violators accountable through our sanctions and other tools at our disposal."),
    S(["Sudan"], "the army", "hopes that the rebel militia will abide by the agreement"),
    S(["Rapid Support Forces"], "the RSF", "to open humanitarian corridors"),
    S(["Sudan"], "a resident of the Kalakla district", "We have heard heavy shelling since dawn in the south of the city,", opt=True),
    S(["Saudi Arabia"], "Prince Faisal bin Farhan", "the end of this conflict"),
    S(["United Nations"], "Antonio Guterres", "a catastrophe", opt=True),
    S(["Saudi Arabia"], "a Saudi official", "Talks on a permanent cessation of hostilities are expected to resume in Jeddah next week", opt=True, kind="indirect"),
    K(1000, "killed", "people", qualifier="more than", by="ACLED"),
    K(705, "killed", "people", by="World Health Organization"),
    K(5287, "wounded", "people", qualifier="at least", by="World Health Organization"),
    K(1000, "wounded", "civilians", by="Sudan Doctors' Union"),
    K(450, "killed", "people", qualifier="at least", by="United Nations"),
]

A["b05_mfa_dubai_water_energy"] = [
    T("22 November 2021", "2021-11-22"),
    T("today", "2021-11-22"),
    T("Monday", "2021-11-22", opt=True, ctx="(Monday)"),
    T("2022", "2022"),
    T("2026", "2026"),
    T("in October", "2021-10"),
    T("this year", "2021"),
    T("in July", "2021-07"),
    T("more than three years", "P3Y", opt=True),
    T("a little over a year", "P1Y", opt=True),
    T("15 September 2020", "2020-09-15"),
    T("On Tuesday", "2021-11-23"),
    T("next month", "2021-12"),
    T("on Friday", "2021-11-19"),
    T("1994", "1994"),
    P("Dubai", ctx="signed in Dubai"), P("Expo 2020 Dubai", opt=True), P("Amman"), P("Abu Dhabi"),
    P("Washington", "White House", opt=True),
    V("Dubai", "2021-11-22"), V("Amman", "2021-07"), V("Washington", "2020-09-15"), V("Abu Dhabi", "2021-11-23"),
    V("Amman", "2021-12"),
    S(["Israel"], "Karine Elharrar", "This agreement is good for Israel and good for Jordan, and it will bring the two countries closer together. Climate change is an opportunity to build bridges and to deepen regional cooperation."),
    S(["Israel"], "Karine Elharrar", "The region is facing a water crisis,"),
    S(["Israel"], "Karine Elharrar", "and this project shows that we can face it together."),
    S(["United Arab Emirates"], "Mariam bint Mohammed Almheiri", "Water and energy security go hand in hand,"),
    S(["Jordan"], "Mohammad al-Najjar", "does not constitute a binding agreement"),
    S(["Jordan"], "Mohammad al-Najjar", "are not subject to bargaining."),
    S(["Jordan"], "Mohammad al-Najjar", "Jordan is one of the most water-scarce countries in the world", opt=True, kind="indirect"),
    S(["United States"], "John Kerry", "This is a model of what climate diplomacy can achieve in this region."),
    S(["Jordan"], "The Jordanian government", "the project served the kingdom's national interest", opt=True, kind="indirect"),
]

A["b06_daily_algiers_reconciliation"] = [
    T("within a year", "P1Y", 0, opt=True),
    T("Thursday, October 13, 2022", "2022-10-13"),
    T("on Thursday", "2022-10-13"),
    T("within a year", "P1Y", 1, opt=True),
    T("15-year", "P15Y", opt=True),
    T("two days", "P2D", opt=True),
    T("on Tuesday", "2022-10-11", ctx="leaders on Tuesday"),
    T("Today", "2022-10-13", opt=True),  # inside Haniyeh's quote
    T("tomorrow", "2022-10-14", opt=True),
    T("November 1", "2022-11-01", opt=True),  # 'Read more:' link
    T("2007", "2007"),
    T("2011", "2011"),
    T("2017", "2017"),
    T("2020", "2020"),
    T("May last year", "2021-05"),
    T("this year", "2022"),
    T("2005", "2005"),
    T("On Tuesday", "2022-10-11"),
    T("next month", "2022-11"),
    T("2019", "2019"),
    T("within a year", "P1Y", 2, opt=True),
    T("for first time in years", "P1Y", opt=True),
    P("Algiers", ctx="ceremony in Algiers"), P("Palace of Nations", opt=True), P("Gaza Strip"),
    P("Ramallah"), P("Cairo"), P("Istanbul"), P("East Jerusalem"), P("West Bank", ctx="the West Bank in years"),
    P("Nablus"),
    V("Algiers", "2022-10-13"), V("Algiers", "2022-10-11", opt=True), V("Algiers", "2022-11"),
    V("Cairo", None), V("Istanbul", "2020"), V("Algiers", None, opt=True),
    S(["Algeria"], "Abdelmadjid Tebboune", "the last chance", opt=True),
    S(["Hamas"], "Ismail Haniyeh", "Today is a day of joy for Palestine and for Algeria,"),
    S(["Hamas"], "Ismail Haniyeh", "We are ready to go to elections tomorrow."),
    S(["Fatah"], "Azzam al-Ahmad", "We came to Algiers to end the division,"),
    S(["Fatah"], "Azzam al-Ahmad", "but agreements are measured by their implementation, not by their signatures."),
    S(PALESTINIAN_FACTIONS, "Algiers Declaration", "the sole legitimate representative of the Palestinian people", opt=True),
    S(["PFLP"], "Maher Mezher", "The declaration is a step, but the real test is what happens on the ground in Gaza and Ramallah,"),
    S(["Palestinian Islamic Jihad"], "Islamic Jihad", "it would take part in the PNC elections but not in any vote held under the Oslo Accords", opt=True, kind="indirect"),
    K(100, "killed", "people", qualifier="more than"),
    K(105, "killed", "Palestinians", qualifier="at least", by="United Nations"),
    K(26, "killed", "children", by="United Nations"),
    K(1, "killed", "Israeli soldier", opt=True),
]

A["b07_feature_macron_beirut"] = [
    T("August 6, 2020", "2020-08-06"),
    T("two days after", "2020-08-06", opt=True),
    T("August 4", "2020-08-04"),
    T("six years", "P6Y", opt=True),
    T("Three days later", "2020-08-09", opt=True),
    T("August 10", "2020-08-10"),
    T("September 1", "2020-09-01"),
    T("1920", "1920"),
    T("the day before", "2020-08-31", opt=True),
    T("15 days", "P15D", opt=True),
    T("that evening", "2020-09-01", opt=True),
    T("September 26", "2020-09-26"),
    T("The next day", "2020-09-27", opt=True),
    T("weeks earlier", "2020-09", opt=True),
    T("the previous October", "2019-10", opt=True),
    T("October 22", "2020-10-22"),
    T("nine months", "P9M", opt=True),
    T("August 2021", "2021-08"),
    P("Beirut", ctx="port of Beirut"), P("Gemmayzeh", opt=True), P("Port of Beirut", "port of Beirut", opt=True),
    P("Pine Residence", opt=True), P("Paris", "Elysee", opt=True), P("Paris", opt=True),
    V("Beirut", "2020-08-06"), V("Beirut", "2020-09-01"), V("Paris", "2020-09-27", opt=True),
    S(["France"], "Emmanuel Macron", "new political pact", opt=True),
    S(["France"], "Emmanuel Macron", "Lebanon is not alone"),
    S(["France"], "Emmanuel Macron", "mission government", opt=True),
    S(["France"], "Emmanuel Macron", "I have heard everyone, and everyone has committed,"),
    S(["France"], "Emmanuel Macron", "If they do not keep their word, there will be consequences."),
    S(["Hezbollah"], "Hassan Nasrallah", "We will not accept that anyone names our ministers for us,"),
    S(["Hezbollah"], "Hassan Nasrallah", "a guardianship", opt=True),
    S(["France"], "Emmanuel Macron", "I am ashamed of Lebanon's political leaders,"),
    S(["France"], "Emmanuel Macron", "collective betrayal", opt=True),
    S(["Lebanon"], "Michel Aoun", "the President remained committed to the French initiative", opt=True, kind="indirect"),
    S(["Lebanon"], "Michel Aoun", "to hell", opt=True),
    S(["France"], "Emmanuel Macron", "bet on rotting", opt=True),
    S(["France"], "Karim Bitar", "Macron thought he could shame them into reform,", opt=True),
    S(["France"], "Karim Bitar", "But shame is not a currency in Lebanese politics.", opt=True),
    K(200, "killed", "people", qualifier="more than"),
    K(40, "killed", "Syrians", qualifier="at least"),
    K(6500, "wounded", "others", qualifier="about"),
]

A["b08_ap_hezbollah_unifil"] = [
    T("Wednesday", "2024-06-12", ctx="on Wednesday and Thursday"),
    T("Thursday", "2024-06-13", ctx="Wednesday and Thursday in"),
    T("months", "P1M", opt=True, ctx="months of cross-border"),
    T("Thursday", "2024-06-13", ctx="said Thursday."),
    T("Thursday", "2024-06-13", ctx="launched Thursday alone"),
    T("late Tuesday", "2024-06-11"),
    T("on Wednesday", "2024-06-12", ctx="southern suburbs on Wednesday"),
    T("on Thursday", "2024-06-13", ctx="border on Thursday"),
    T("Oct. 8", "2023-10-08"),
    T("a day after", "2023-10-07", opt=True),
    T("2022", "2022"),
    T("next week", "2024-W25"),
    T("last month", "2024-05"),
    T("34-day", "P34D", opt=True),
    T("2006", "2006"),
    T("Wednesday", "2024-06-12", ctx="he said Wednesday"),
    T("Earlier this year", "2024"),
    T("in March", "2024-03"),
    T("on Wednesday", "2024-06-12", ctx="shrapnel on Wednesday"),
    P("Beirut", "BEIRUT"), P("northern Israel"), P("southern Lebanon", ctx="targets across southern Lebanon"),
    P("Galilee"), P("Golan Heights"), P("Safed"), P("Jouaiya"), P("Beirut southern suburbs", "Beirut's southern suburbs", opt=True),
    P("southern Israel"), P("Nabatieh"), P("Habbariyeh"), P("Naqoura"), P("Jerusalem", opt=True),
    V("Beirut", "2024-05"), V("Israel", "2024-W25"), V("Lebanon", "2024-W25"),
    S(["United Nations"], "UNIFIL", "deeply concerned", opt=True),
    S(["United Nations"], "Andrea Tenenti", "Any miscalculation could lead to a wider conflict that would be devastating for people on both sides of the Blue Line,"),
    S(["Hezbollah"], "Hezbollah", "the barrage was a response to the killing late Tuesday of Taleb Abdallah", opt=True, kind="indirect"),
    S(["Hezbollah"], "Hashem Safieddine", "Our response will be more severe and more intense,"),
    S(["Israel"], "Yoav Gallant", "to take any action necessary"),
    S(["Israel"], "Yoav Gallant", "We will restore security to the residents of the north, either through an agreement or through force,"),
    S(["Lebanon"], "Najib Mikati", "committed to calm", opt=True),
    S(["Lebanon"], "Najib Mikati", "Lebanon does not want war, but Israel's attacks are pushing the region to the brink,"),
    K(2, "wounded", "people", by="Israel's rescue service"),
    K(3, "killed", "Hezbollah fighters", by="Lebanese security official"),
    K(450, "killed", "people", qualifier="more than", by="AP"),
    K(80, "killed", "civilians", qualifier="more than", by="AP"),
    K(15, "killed", "soldiers", by="Israeli authorities"),
    K(10, "killed", "civilians", by="Israeli authorities"),
    K(7, "killed", "members of one family"),
    K(7, "killed", "paramedics"),
]


def find(text, sub, nth=0, ctx=None):
    """Offset of the nth occurrence of ``sub`` (or of ``sub`` inside the unique context ``ctx``).

    >>> find("on Monday and on Monday", "on Monday", nth=1)
    14
    """
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
