"""Build tests/blind7/gold.json from the hand annotations below (run: python tests/blind7/make_gold.py).

Ninth, blind set: twelve articles centred on meetings, visits, talks and summits, their venues and the referenced
events they date, written and annotated without reading the extractor code (``lib/extract/*``, ``lib/data/*``,
the gazetteer), the git log or the articles of the other sets. Offsets are character offsets into
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
    "Beit Lahiya": (31.5464, 34.4951), "Riyadh": (24.6877, 46.7219), "Diriyah": (24.7341, 46.5750),
    "Washington": (38.8951, -77.0364), "White House": (38.8977, -77.0365), "Moscow": (55.7522, 37.6156),
    "Ankara": (39.9199, 32.8543), "Kyiv": (50.4547, 30.5238), "Paris": (48.8534, 2.3488),
    "Jeddah": (21.5169, 39.2192), "Kharkiv": (49.9808, 36.2527), "Tel Aviv": (32.0809, 34.7806),
    "Ben Gurion Airport": (32.0055, 34.8854), "Kirya": (32.0740, 34.7880), "Amman": (31.9552, 35.9450),
    "Baghdad": (33.3406, 44.4009), "Beirut": (33.8938, 35.5018), "Damascus": (33.5102, 36.2913),
    "Aleppo": (36.2021, 37.1343), "Kfar Saba": (32.1750, 34.9069), "Ashkelon": (31.6688, 34.5743),
    "Sde Boker": (30.8741, 34.7935), "Ramallah": (31.8996, 35.2042), "Hadera": (32.4340, 34.9197),
    "Manama": (26.2154, 50.5832), "Aqaba": (29.5267, 35.0078), "Istanbul": (41.0138, 28.9497),
    "Dolmabahce": (41.0391, 29.0003), "AlUla": (26.6085, 37.9232), "AlUla International Airport": (26.4833, 38.1170),
    "Beijing": (39.9075, 116.3972), "Tehran": (35.6944, 51.4215), "Mashhad": (36.2980, 59.6057),
    "Muscat": (23.5841, 58.4078), "Abu Dhabi": (24.4667, 54.3667), "Dubai": (25.0657, 55.1713),
    "Naqoura": (33.1181, 35.1398), "Baabda": (33.8339, 35.5442), "Rafah": (31.2969, 34.2455),
    "Manila": (14.6042, 120.9822), "Sharm el-Sheikh": (27.9158, 34.3300), "Camp David": (39.6481, -77.4650),
    # regions
    "Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25), "Southern Israel": (31.25, 34.70),
    "Negev": (30.85, 34.78), "Red Sea": (20.0, 38.5), "Eastern Mediterranean": (34.0, 33.0),
    "Karish": (33.05, 34.05),
    "Palestinian territories": (31.90, 35.00),
    # countries, for visits named only by the country
    "Oman": (21.0, 57.0),
}
RADIUS = {"Palestinian territories": 100, "Gaza Strip": 60, "West Bank": 60, "Southern Israel": 80, "Negev": 80, "Red Sea": 500,
          "Eastern Mediterranean": 500, "Karish": 60, "Oman": 400}
# score.py counts every gold place item, so a place is required once per article; landmarks within a few km of a
# required city (palaces, airports, military headquarters) and settlements next to a required city are opt.
PA = ["Palestinian Authority", "PLO", "Fatah"]  # Abbas and his officials speak for all three
US = ["United States"]

A = {}

A["g01_reuters_doha_hamas_mediators"] = [
    T("March 12", "2025-03-12"),
    T("on Wednesday", "2025-03-12"),
    T("a day after", "2025-03-11", opt=True),
    T("March 1", "2025-03-01", ctx="expired on March 1 without"),
    T("on Tuesday", "2025-03-11"),
    T("later this week", "2025-W11"),
    T("on Monday", "2025-03-10"),
    T("at the end of last month", "2025-02"),
    T("March 4", "2025-03-04"),
    T("last week", "2025-W10"),
    T("on Sunday", "2025-03-09"),
    T("Jan. 19", "2025-01-19"),
    T("on Saturday", "2025-03-08"),
    T("Oct. 7, 2023", "2023-10-07"),
    P("Doha", text="DOHA"),
    P("Cairo", ctx="fly on to Cairo"),
    P("Gaza Strip", text="Gaza", ctx="extending the Gaza ceasefire"),
    P("Beit Lahiya"),
    P("Southern Israel", text="southern Israel"),
    P("Jerusalem", opt=True),  # only in the reporting credit
    V("Doha", "2025-03-12"),  # Hamas delegation met the mediators in Doha on Wednesday
    V("Doha", "2025-03-11"),  # Witkoff's talks "in the Gulf state's capital" (a day after; on Tuesday)
    V("Cairo", "2025-W11"),  # due to fly on to Cairo later this week, where he will meet Rashad
    V("Doha", "2025-03-10", opt=True),  # Israel sent a delegation to Doha on Monday
    V("Cairo", "2025-02"),  # Hamas talks in Cairo at the end of last month
    V("Cairo", "2025-03-04"),  # Arab League summit in the Egyptian capital on March 4
    V("Doha", "2025-W10"),  # Boehler's direct talks in Doha last week
    S(["Hamas"], "Abdel Latif al-Qanoua",
      "We came to Doha with an open mind and we are dealing positively with the mediators' ideas",
      stance="welcome"),
    S(["Hamas"], "Abdel Latif al-Qanoua", "the group was ready to begin negotiations on the second phase",
      kind="indirect", stance="agree"),
    S(["Israel"], "Netanyahu's office", "Israel sent a delegation to Doha on Monday", kind="indirect",
      stance="neutral"),
    S(US, "U.S. official", "He was due to fly on to Cairo later this week, where he will meet Egyptian intelligence "
      "chief Hassan Rashad", kind="indirect", stance="neutral"),
    S(["Hamas"], "Gaza health officials", "Israeli strikes killed at least four Palestinians in Beit Lahiya on "
      "Saturday", opt=True, kind="indirect", stance="neutral"),  # a casualty report
    S(["Israel"], "Israeli official", "examine the possibility", opt=True, stance="neutral"),
    S(["Israel"], "Israeli official", "the team would examine the possibility of a short extension but would not "
      "discuss an end to the war", kind="indirect", stance="reject"),
    S(US, "Adam Boehler", "very helpful", opt=True, stance="welcome"),
    S(["Qatar"], "Majed al-Ansari",
      "working around the clock to keep the ceasefire in place and to bring the parties back to the table.",
      stance="neutral"),
    S(["Israel"], "Israel", "its forces had fired at militants planting explosives near its troops", opt=True,
      kind="indirect", stance="neutral"),
    K(4, "killed", "Palestinians", qualifier="at least", by="Gaza health officials"),
    K(48000, "killed", "Palestinians", qualifier="more than", by="health ministry"),
    K(1200, "killed", "people", qualifier="about", by="Israeli tallies"),
]

A["g02_ap_riyadh_us_russia_talks"] = [
    T("Tuesday", "2025-02-18", ctx="agreed Tuesday"),
    T("2022", "2022", opt=True, ctx="Russia's 2022 invasion"),  # attributive year
    T("four and a half hours", "PT4H30M", opt=True),
    T("six days after", "2025-02-12", opt=True),
    T("Feb. 12", "2025-02-12"),
    T("on Monday evening", "2025-02-17"),
    T("on Sunday", "2025-02-16"),
    T("on Tuesday", "2025-02-18", ctx="Ankara on Tuesday"),
    T("on Wednesday", "2025-02-19"),
    T("on Monday", "2025-02-17", ctx="Paris on Monday"),
    T("In 2022", "2022"),
    T("August 2023", "2023-08"),
    T("overnight", "2025-02-18", opt=True),
    P("Riyadh", text="RIYADH"),
    P("Diriyah", opt=True),  # Diriyah Palace, on the edge of the Saudi capital
    P("Washington", ctx="embassies in Washington"),
    P("Moscow", ctx="Washington and Moscow"),
    P("Jerusalem"),
    P("Ankara"),
    P("Kyiv", opt=True),  # metonymic, and in the contributor line
    P("Paris"),
    P("Jeddah"),
    P("Kharkiv"),
    V("Riyadh", "2025-02-18"),  # Rubio-Lavrov talks at Diriyah Palace in the Saudi capital
    V("Jerusalem", "2025-02-16"),  # met Netanyahu in Jerusalem on Sunday
    V("Riyadh", "2025-02-17", opt=True),  # arrived in Riyadh on Monday evening
    V("Ankara", "2025-02-18"),  # Zelenskyy "was holding talks there" (place from the previous sentence)
    V("Riyadh", "2025-02-19"),  # Zelenskyy due in Riyadh on Wednesday
    V("Paris", "2025-02-17"),  # European emergency meeting in Paris on Monday
    V("Jeddah", "2023-08"),  # Jeddah hosted talks in August 2023
    S(US, "Marco Rubio", "This was the first step of a long and difficult journey, but an important one",
      stance="neutral"),
    S(US, "Marco Rubio", "the two sides had agreed to restore staffing at their embassies in Washington and Moscow "
      "and to appoint high-level teams to negotiate a settlement", kind="indirect", stance="agree"),
    S(["Russia"], "Sergey Lavrov", "very useful", opt=True, stance="welcome"),
    S(["Russia"], "Sergey Lavrov", "Moscow had made clear that the deployment of troops from NATO countries to "
      "Ukraine under any flag would be unacceptable", kind="indirect", stance="reject"),
    S(["Ukraine"], "Volodymyr Zelenskyy", "about us without us.", opt=True, stance="reject"),
    S(["Ukraine"], "Volodymyr Zelenskyy", "Kyiv would not recognize any agreement reached about us without us",
      kind="indirect", stance="reject"),
    S(["Ukraine"], "Oleh Syniehubov", "a Russian drone attack on the northeastern city of Kharkiv overnight wounded "
      "at least five people", opt=True, kind="indirect", stance="neutral"),  # a casualty report
    K(5, "wounded", "people", qualifier="at least", by="regional governor"),
]

A["g03_toi_liveblog_blinken_israel"] = [
    T("on Friday", "2023-10-13", ctx="head to Jordan on Friday"),
    T("October 12, 2023", "2023-10-12"),
    T("tomorrow", "2023-10-13"),
    T("on Friday", "2023-10-13", ctx="Jordanian capital on Friday"),
    T("on Wednesday", "2023-10-11"),
    T("Saturday", "2023-10-07", ctx="victims of Saturday's"),
    T("since Saturday", "2023-10-07", ctx="1,417 killed since Saturday"),
    T("since Saturday", "2023-10-07", ctx="Israeli strikes since Saturday"),
    P("Tel Aviv", ctx="Blinken arrives in Tel Aviv"),
    P("Ben Gurion Airport", opt=True),
    P("Kirya", opt=True),
    P("Amman", nth=0),
    P("Baghdad", nth=0),
    P("Beirut"),
    P("Damascus", ctx="Beirut and Damascus"),
    P("Kfar Saba"),
    P("Ashkelon", nth=0),
    P("Gaza Strip", text="Gaza", ctx="health ministry in Gaza says"),
    P("Southern Israel", text="southern Israel"),
    P("Aleppo", opt=True),  # only in a related-link headline
    V("Tel Aviv", "2023-10-12"),  # meets Netanyahu at the Kirya in Tel Aviv
    V("Amman", "2023-10-13"),  # will fly to the Jordanian capital on Friday to meet the king and Abbas
    V("Amman", "2023-10-11"),  # Abbas's talks with the monarch in Amman on Wednesday
    V("Baghdad", "2023-10-12"),  # Amir-Abdollahian meets Fuad Hussein in the Iraqi capital
    V("Beirut", None, opt=True),  # the rest of the tour, undated
    V("Damascus", None, opt=True),
    S(["Israel"], "Benjamin Netanyahu", "Hamas is ISIS, and just as ISIS was crushed, so too will Hamas be crushed.",
      stance="threat"),
    S(["Israel"], "Benjamin Netanyahu", "Hamas is ISIS and will be crushed", opt=True, stance="threat"),  # headline
    S(US, "Antony Blinken", "You may be strong enough on your own to defend yourself, but as long as America "
      "exists, you will never, ever have to.", stance="neutral"),
    S(US, "State Department", "Blinken will fly to the Jordanian capital on Friday, where he will meet King "
      "Abdullah II and Palestinian Authority President Mahmoud Abbas", kind="indirect", stance="neutral"),
    S(["Hamas"], "Gaza health ministry", "1,417 Palestinians have been killed and 6,268 wounded in Israeli strikes "
      "since Saturday", opt=True, kind="indirect", stance="neutral"),
    S(["Israel"], "officials", "The Israeli death toll from the Hamas attack on southern Israel has passed 1,300",
      opt=True, kind="indirect", stance="neutral"),
    S(US, "Antony Blinken", "I come before you not only as secretary of state but also as a Jew", opt=True,
      stance="neutral"),  # related-link headline
    S(PA, "WAFA", "Abbas already held talks with the Jordanian monarch in Amman on Wednesday", opt=True,
      kind="indirect", stance="neutral"),  # the PA's news agency as source
    S(["Iran"], "Iranian state media", "He meets his Iraqi counterpart Fuad Hussein in the Iraqi capital", opt=True,
      kind="indirect", stance="neutral"),
    K(1417, "killed", "Palestinians", by="Gaza health ministry"),
    K(6268, "wounded", "Palestinians", by="Gaza health ministry"),
    K(1300, "killed", "Israelis", qualifier="more than", by="officials"),
    K(3300, "wounded", "people", qualifier="at least"),
]

A["g04_thenational_negev_summit"] = [
    T("2022-03-28", "2022-03-28", nth=0, opt=True),  # JSON-LD datePublished
    T("2022-03-28", "2022-03-28", nth=1, opt=True),  # <time datetime=...>
    T("Mar 28, 2022", "2022-03-28"),
    T("March 28, 2022", "2022-03-28", nth=0),  # photo caption
    T("on Monday", "2022-03-28", ctx="US on Monday ended"),
    T("two-day", "P2D", opt=True),
    T("for decades", "P10Y", opt=True),
    T("on Sunday evening", "2022-03-27"),
    T("Earlier on Sunday", "2022-03-27"),
    T("on Monday", "2022-03-28", ctx="Ramallah on Monday"),
    T("in five years", "P5Y", opt=True),
    T("on Sunday night", "2022-03-27"),
    T("in 1979", "1979"),
    T("September 15, 2020", "2020-09-15"),
    T("1967", "1967", opt=True),  # attributive year (the 1967 borders)
    T("2002", "2002", opt=True, ctx="the 2002 Arab"),  # attributive year
    T("in June", "2022-06"),
    T("March 28, 2022", "2022-03-28", nth=1),  # Updated: line
    T("2022/03/27", "2022-03-27", opt=True),  # in a related link's URL
    T("2022/03/26", "2022-03-26", opt=True),
    T("2022", "2022", opt=True, ctx="&#169; 2022 The National"),
    P("Negev", nth=0),
    P("Jerusalem", nth=0),
    P("Sde Boker", nth=0),
    P("Ramallah", nth=0),
    P("West Bank"),
    P("Hadera"),
    P("White House", opt=True),
    P("Manama", text="Bahraini capital"),
    V("Sde Boker", "2022-03-28"),  # two-day summit at the desert kibbutz ended on Monday
    V("Sde Boker", "2022-03-27", opt=True),  # its first day (arrival Sunday evening, dinner Sunday night)
    V("Jerusalem", "2022-03-27"),  # Blinken met Bennett in Jerusalem before arriving on Sunday evening
    V("Ramallah", "2022-03-27"),  # Blinken met Abbas in Ramallah earlier on Sunday
    V("Ramallah", "2022-03-28"),  # King Abdullah's visit to Ramallah on Monday
    V("White House", "2020-09-15", opt=True),  # Abraham Accords signed at the White House
    V("Manama", "2022-06"),  # working groups to meet in the Bahraini capital in June
    S(["Israel"], "Yair Lapid", "What we are doing here is making history, building a new regional architecture "
      "based on progress, technology, religious tolerance, security and intelligence co-operation",
      stance="neutral"),
    S(["United Arab Emirates"], "Sheikh Abdullah bin Zayed",
      "We are trying to change the narrative of what our region has been through for decades", stance="neutral"),
    S(["United Arab Emirates"], "Sheikh Abdullah bin Zayed", "the Emirates had come to the Negev to build bridges",
      kind="indirect", stance="neutral"),
    S(US, "Antony Blinken", "not a substitute", opt=True, stance="neutral"),
    S(US, "Antony Blinken", "the summit was not a substitute for progress between Israelis and Palestinians",
      kind="indirect", stance="neutral"),
    S(["Egypt"], "Sameh Shoukry", "any regional arrangement must preserve the two-state solution on the basis of "
      "the 1967 borders and the 2002 Arab Peace Initiative", kind="indirect", stance="demand"),
    K(2, "killed", "Israeli police officers"),
]

A["g05_wafa_aqaba_tripartite_summit"] = [
    T("January 10, 2024", "2024-01-10"),
    T("today", "2024-01-10", ctx="took part today"),
    T("Earlier today", "2024-01-10"),
    T("on Sunday", "2024-01-07"),
    T("October 21", "2023-10-21"),
    T("November 11", "2023-11-11"),
    T("October 7", "2023-10-07"),
    P("Aqaba", text="AQABA"),
    P("Gaza Strip", nth=0),
    P("West Bank", nth=0),
    P("Jerusalem"),
    P("Ramallah"),
    P("Amman"),
    P("Cairo", ctx="next meeting in Cairo"),
    P("Riyadh"),
    V("Aqaba", "2024-01-10"),  # the summit "held in the Jordanian port city" (dateline AQABA)
    V("Ramallah", "2024-01-10"),  # Abbas received Blinken in Ramallah earlier today
    V("Amman", "2024-01-07"),  # the king received Blinken in Amman on Sunday
    V("Cairo", "2023-10-21"),  # the Cairo Summit for Peace on October 21
    V("Riyadh", "2023-11-11"),  # the Arab-Islamic summit held in Riyadh on November 11
    V("Cairo", None),  # next meeting in Cairo, date to be set
    S(["Jordan", "Egypt"] + PA, "joint statement", "their absolute rejection of any attempts to forcibly displace "
      "the Palestinian people from their land, or to reoccupy parts of the Gaza Strip or separate it from the West "
      "Bank", stance="reject"),
    S(PA, "Mahmoud Abbas", "our people will not leave their land and will not accept a new Nakba", stance="reject"),
    S(PA, "Mahmoud Abbas", "the need to stop the aggression and prevent the displacement of our people", opt=True,
      kind="indirect", stance="demand"),
    K(23210, "killed", "martyrs", by="Ministry of Health"),
    K(59167, "wounded", "Palestinians", opt=True, by="Ministry of Health"),  # "59,167 injured": no group named
    K(340, "killed", "citizens"),
]

A["g06_anadolu_erdogan_haniyeh_istanbul"] = [
    T("20.04.2024", "2024-04-20", nth=0),
    T("20.04.2024", "2024-04-20", nth=1),
    T("on Saturday", "2024-04-20"),
    T("two and a half hours", "PT2H30M", opt=True),
    T("three days after", "2024-04-17", opt=True),
    T("on Wednesday", "2024-04-17"),
    T("July 26, 2023", "2023-07-26"),
    T("2010", "2010", opt=True),  # attributive year (the 2010 Mavi Marmara raid)
    T("Oct. 7", "2023-10-07"),
    P("Istanbul", nth=0),
    P("Dolmabahce", opt=True),
    P("Gaza Strip", text="Gaza", nth=0),
    P("Doha"),
    P("Ankara"),
    P("Tel Aviv", opt=True),  # metonymic ("Tel Aviv's policies")
    P("Palestinian territories", opt=True),
    V("Istanbul", "2024-04-20"),  # Erdogan received Haniyeh in Istanbul on Saturday
    V("Doha", "2024-04-17"),  # met Fidan in the Qatari capital Doha on Wednesday
    V("Ankara", "2023-07-26"),  # Erdogan brought Haniyeh and Abbas together in Ankara
    S(["Turkey"], "Recep Tayyip Erdogan", "It is vital that Palestinians act with unity in this process. The "
      "strongest response to Israel and the path to victory lie in unity and integrity", stance="demand"),
    S(["Turkey"], "Communications Directorate", "Erdogan and Haniyeh discussed Israel's attacks on Palestinian "
      "territories, particularly Gaza, as well as steps needed to ensure an adequate and uninterrupted flow of "
      "humanitarian aid to Gaza and the path to a fair and lasting peace in the region", kind="indirect",
      stance="neutral"),
    S(["Turkey"], "Communications Directorate", "The closed-door meeting at the Dolmabahce Presidential Office "
      "lasted around two and a half hours", opt=True, kind="indirect", stance="neutral"),
    K(10, "killed", "Turkish activists"),
    K(34050, "killed", "Palestinians", qualifier="nearly", by="local health authorities"),
    K(76900, "wounded", "people", qualifier="over", by="local health authorities"),
]

A["g07_spa_alula_gcc_summit"] = [
    T("21 جمادى الأولى 1442 هـ", "2021-01-05", opt=True),  # Hijri date in the Arabic dateline
    T("05 يناير 2021", "2021-01-05", opt=True),
    T("Jumada Al-Ula 21, 1442", "2021-01-05", opt=True),
    T("January 05, 2021", "2021-01-05"),
    T("today", "2021-01-05", ctx="chaired today"),
    T("earlier in the day", "2021-01-05", opt=True),
    T("today", "2021-01-05", ctx="dire need today", opt=True),  # "today" as "nowadays", inside a quote
    T("last month", "2020-12"),
    T("a day after", "2021-01-04", opt=True),
    T("on Monday", "2021-01-04"),
    T("June 2017", "2017-06"),
    T("December 10, 2019", "2019-12-10"),
    P("AlUla", nth=0),
    P("AlUla International Airport", opt=True),
    P("Doha", text="Qatari capital"),
    P("Riyadh"),
    V("AlUla", "2021-01-05"),  # the 41st session held in the historic governorate of AlUla
    V("Doha", "2020-12"),  # Kushner's talks in the Qatari capital last month
    V("Riyadh", "2019-12-10"),  # the 40th session held in Riyadh
    S(["Saudi Arabia"], "Mohammed bin Salman", "We are in dire need today to unite our efforts to advance our "
      "region and confront the challenges that surround us, especially the threats posed by the Iranian regime's "
      "nuclear and ballistic missile programs", stance="demand"),
    S(["Saudi Arabia"], "Mohammed bin Salman", "led to this achievement.", opt=True, stance="welcome"),
    S(["Kuwait"], "Ahmad Nasser Al-Mohammad Al-Sabah", "the Kingdom would reopen its airspace and land and sea "
      "borders with the State of Qatar", kind="indirect", stance="neutral"),
]

A["g08_arabnews_beijing_saudi_iran"] = [
    T("06 April 2023", "2023-04-06"),
    T("on Thursday", "2023-04-06", nth=0),
    T("more than seven years", "P7Y", opt=True),
    T("on Thursday", "2023-04-06", nth=1),  # photo caption
    T("on Thursday", "2023-04-06", nth=2),  # caption repeated
    T("four weeks after", "P4W", opt=True),
    T("March 10", "2023-03-10"),
    T("four days", "P4D", opt=True),
    T("April 2021", "2021-04"),
    T("January 2016", "2016-01"),
    T("on Saturday", "2023-04-08"),
    T("on Sunday", "2023-04-02"),
    T("today", "2023-04-06", ctx="I met today"),
    P("Beijing", nth=0),
    P("Riyadh", nth=0),
    P("Tehran", nth=0),
    P("Jeddah"),
    P("Mashhad"),
    P("Baghdad", text="Iraqi capital"),
    P("Muscat"),
    V("Beijing", "2023-04-06"),  # the ministers met in the Chinese capital on Thursday
    V("Beijing", "2023-03-10"),  # the accord signed in Beijing on March 10 after talks hosted by China
    V("Baghdad", None),  # five rounds of talks in the Iraqi capital (from April 2021)
    V("Muscat", None),  # discussions in Muscat, undated
    V("Tehran", "2023-04-08"),  # a Saudi delegation due to arrive in Tehran on Saturday
    V("Riyadh", None, opt=True),  # Raisi's invited visit to Riyadh, undated
    S(["Saudi Arabia", "Iran"], "joint statement",
      "emphasized the importance of following up on the implementation of the Beijing agreement", stance="agree"),
    S(["China"], "Qin Gang", "will continue to play a constructive role", stance="neutral"),
    S(["Iran"], "Iranian officials", "President Ebrahim Raisi had welcomed an invitation from King Salman to visit "
      "Riyadh", kind="indirect", stance="welcome"),
    S(["Saudi Arabia"], "Saudi Press Agency", "A Saudi technical delegation is due to arrive in Tehran on Saturday "
      "to begin preparations for reopening the diplomatic missions", opt=True, kind="indirect", stance="neutral"),
    S(["Saudi Arabia"], "Prince Faisal bin Farhan", "I met today with the Iranian foreign minister in Beijing.",
      opt=True, stance="neutral"),  # translation of an Arabic post
]

A["g09_mee_netanyahu_oman_visit"] = [
    T("27 October 2018", "2018-10-27", nth=0),
    T("27 October 2018", "2018-10-27", nth=1),
    T("in 22 years", "P22Y", opt=True),
    T("on Friday", "2018-10-26", ctx="returned to Israel on Friday"),
    T("two-day", "P2D", opt=True),
    T("on Monday", "2018-10-22", ctx="Muscat on Monday"),
    T("on Saturday", "2018-10-27"),
    T("in 1996", "1996"),
    T("December 1994", "1994-12"),
    T("a year after", "1993", opt=True),
    T("on Friday", "2018-10-26", ctx="Abu Dhabi on Friday"),
    T("on Monday", "2018-10-29", ctx="Dubai on Monday"),
    T("on Friday", "2018-10-26", ctx="Gaza fence on Friday"),
    T("30 March", "2018-03-30"),
    P("Muscat", nth=0),
    P("Manama", opt=True),  # only inside the name "Manama Dialogue"
    P("White House", opt=True),
    P("Abu Dhabi"),
    P("Dubai"),
    P("Gaza Strip", text="Gaza", ctx="protesters in Gaza"),
    V("Muscat", "2018-W43"),  # two-day visit, talks with Qaboos in the Omani capital, back on Friday
    V("Muscat", "2018-10-26", opt=True),
    V("Oman", "2018-W43", opt=True),  # after the blind run: "a surprise two-day visit to Oman" (country level)
    V("Muscat", "2018-10-22"),  # Abbas's talks with Qaboos in Muscat on Monday
    V("Manama", "2018-10-27", opt=True),  # bin Alawi at the Manama Dialogue in Bahrain on Saturday
    V("Oman", "1996", opt=True),  # Peres visited the sultanate in 1996
    V("Muscat", "1994-12"),  # Rabin's talks with Qaboos in Muscat
    V("White House", "1993", opt=True),  # Oslo Accords signed on the White House lawn
    V("Abu Dhabi", "2018-10-26"),  # Regev arrived in Abu Dhabi on Friday
    V("Dubai", "2018-10-29"),  # Kara due in Dubai on Monday
    S(["Israel", "Oman"], "joint statement", "discussed ways to advance the peace process in the Middle East as well "
      "as several issues of mutual interest", stance="neutral"),
    S(["Oman"], "Yusuf bin Alawi", "the sultanate was not acting as a mediator but was offering ideas to help "
      "Israel and Palestine come together", kind="indirect", stance="neutral"),
    S(["Oman"], "Yusuf bin Alawi", "offering ideas to help Israel and Palestine come together", opt=True,
      stance="neutral"),
    S(["Oman"], "Yusuf bin Alawi", "Israel is a state present in the region, and we all understand this. The world "
      "is also aware of this fact and maybe it is time for Israel to be treated the same", stance="neutral"),
    S(["Oman"], "Yusuf bin Alawi", "Time for Israel to be treated the same", opt=True, stance="neutral"),  # heading
    S(["Hamas"], "Fawzi Barhoum", "a stab in the back of the Palestinian people", stance="condemn"),
    S(["Israel"], "Netanyahu's office", "Israeli Prime Minister Benjamin Netanyahu returned to Israel on Friday from "
      "a surprise two-day visit to Oman, where he held talks with Sultan Qaboos bin Said in the Omani capital",
      kind="indirect", stance="neutral"),
    S(["Hamas"], "Gaza health ministry", "Israeli forces killed four Palestinians along the Gaza fence on Friday",
      opt=True, kind="indirect", stance="neutral"),  # a casualty report
    K(4, "killed", "Palestinians", by="Gaza health ministry"),
    K(200, "killed", "Palestinians", qualifier="more than"),
]

A["g10_bbc_naqoura_maritime_deal"] = [
    T("27 October 2022", "2022-10-27"),
    T("decades-long", "P10Y", opt=True),
    T("on Thursday", "2022-10-27"),
    T("Earlier in the day", "2022-10-27", opt=True),
    T("earlier this month", "2022-10"),
    T("11 October", "2022-10-11", ctx="announced on\n11 October that"),
    T("Wednesday", "2022-10-26"),
    T("October 2020", "2020-10"),
    T("month-long", "P1M", opt=True),
    T("in 2006", "2006"),
    T("11 October 2022", "2022-10-11"),  # "More on this story" link
    P("Beirut", nth=0),
    P("Naqoura"),
    P("Baabda", opt=True),  # next to Beirut
    P("Jerusalem", nth=0),
    P("Karish", opt=True),
    P("Eastern Mediterranean", text="eastern Mediterranean", opt=True),
    V("Naqoura", "2022-10-27"),  # documents handed over at the UN post in Naqoura on Thursday
    V("Jerusalem", "2022-10-27"),  # Lapid's cabinet meeting in Jerusalem earlier in the day
    V("Baabda", "2022-10-27", opt=True),  # Aoun signed at the presidential palace (a signing, not a meeting)
    V("Beirut", "2022-10"),  # Hochstein's talks in Beirut and Jerusalem earlier this month
    V("Jerusalem", "2022-10"),
    V("Naqoura", "2020-10"),  # indirect talks first opened at the same UN base in October 2020
    S(["Israel"], "Yair Lapid", "It is not every day that an enemy state recognises the State of\nIsrael, in a "
      "written agreement, in front of the entire\ninternational community", stance="neutral"),
    S(["Lebanon"], "Michel Aoun", "the deal was a technical job that has no political implications and did not "
      "amount to normalisation with Israel", kind="indirect", stance="deny"),
    S(["Lebanon"], "Michel Aoun", "a technical job that has no\npolitical implications", opt=True, stance="deny"),
    S(US, "Joe Biden", "a historic\nbreakthrough", opt=True, stance="welcome"),
    K(1200, "killed", "people", qualifier="about"),
    K(160, "killed", "Israelis"),
]

A["g11_statedept_readout_cairo_jeddah"] = [
    T("MARCH 21, 2024", "2024-03-21", nth=0),
    T("today", "2024-03-21", ctx="met today in Cairo"),
    T("on Friday", "2024-03-22"),
    T("MARCH 20, 2024", "2024-03-20"),
    T("today", "2024-03-20", ctx="met today in Jeddah"),
    T("October 7", "2023-10-07"),
    T("MARCH 21, 2024", "2024-03-21", nth=1),
    P("Cairo", nth=0),
    P("Gaza Strip", text="Gaza", nth=0),
    P("Rafah", nth=0),
    P("Tel Aviv"),
    P("Jeddah", nth=0),
    P("Manila"),
    P("Doha"),
    V("Cairo", "2024-03-21"),  # met al-Sisi today in Cairo
    V("Cairo", "2024-03-21"),  # met the Arab ministers in the Egyptian capital
    V("Tel Aviv", "2024-03-22"),  # will travel to Tel Aviv on Friday to meet Netanyahu
    V("Jeddah", "2024-03-20"),  # met the crown prince today in Jeddah (the second readout's date)
    V("Doha", "2024-03-21", opt=True),  # "our teams are working on it ... in Doha"
    S(US, "Antony Blinken", "the United States' opposition to a major ground operation in Rafah", opt=True,
      kind="indirect", stance="reject"),  # readout prose, no reported clause
    S(US, "Antony Blinken", "I believe the gaps are narrowing, and I believe an agreement is very much possible. "
      "Our teams are working on it literally as we speak in Doha.", stance="neutral"),
    S(US, "Antony Blinken", "We've been clear that a major military operation in Rafah would be a mistake, "
      "something we don't support.", stance="reject"),
]

A["g12_haaretz_sharm_summit_2005"] = [
    T("09/02/2005", "2005-02-09"),
    T("yesterday", "2005-02-08"),
    T("in more than four years", "P4Y", opt=True),
    T("Today", "2005-02-08"),  # inside Sharon's quote, said at the summit yesterday
    T("within weeks", "P1W", opt=True, nth=0),
    T("on Sunday", "2005-02-06"),
    T("the following day", "2005-02-07", opt=True),
    T("in the spring", "2005-SP", opt=True),
    T("Yesterday", "2005-02-08"),
    T("June 2003", "2003-06"),
    T("within weeks", "P1W", opt=True, nth=1),
    T("July 2000", "2000-07"),
    T("that September", "2000-09", opt=True),
    T("September 28, 2000", "2000-09-28"),
    T("1967", "1967", opt=True),  # attributive year (the 1967 borders)
    P("Sharm el-Sheikh"),
    P("Red Sea", opt=True),
    P("Negev"),
    P("Jerusalem"),
    P("Ramallah"),
    P("Washington"),
    P("Aqaba"),
    P("Camp David", opt=True),
    P("Gaza Strip", text="Gaza"),
    V("Sharm el-Sheikh", "2005-02-08"),  # the summit in the Red Sea resort yesterday
    V("Negev", None, opt=True),  # invited to visit Sharon's ranch in the Negev, "within weeks"
    V("Jerusalem", "2005-02-06"),  # Rice met Sharon in Jerusalem on Sunday
    V("Ramallah", "2005-02-07"),  # and Abbas in Ramallah the following day
    V("Washington", "2005", opt=True),  # invited to visit Washington in the spring
    V("Aqaba", "2003-06"),  # the Aqaba summit of June 2003, in the Jordanian port city
    V("Camp David", "2000-07"),  # the Camp David summit in July 2000
    S(["Israel"], "Ariel Sharon", "Today, in my meeting with Chairman Abbas, we agreed that all Palestinians will "
      "stop all acts of violence against all Israelis everywhere and, in parallel, Israel will cease all its "
      "military activity against all Palestinians everywhere", stance="agree"),
    S(PA, "Mahmoud Abbas", "We have agreed with Prime Minister Sharon to stop all acts of violence against Israelis "
      "and Palestinians, wherever they are.", stance="agree"),
    S(["Israel"], "sources in the Prime Minister's Office", "Sharon invited Abbas to visit his ranch in the Negev, "
      "and the two are expected to meet again there within weeks", kind="indirect", stance="neutral"),
    S(PA, "Senior Palestinian officials", "Abbas would demand the release of prisoners and an Israeli withdrawal to "
      "the lines of September 28, 2000, as a first step toward negotiations on the 1967 borders", opt=True,
      kind="indirect", stance="demand"),
    S(["Hamas"], "Hamas", "it was not bound by them", kind="indirect", stance="reject"),
    S(["Hamas"], "Sami Abu Zuhri", "the movement would study the declaration", opt=True, kind="indirect",
      stance="neutral"),
    S(["Hamas"], "Sami Abu Zuhri", "the resistance will continue as long as the occupation continues.",
      stance="threat"),
    K(3200, "killed", "Palestinians", qualifier="more than"),
    K(1000, "killed", "Israelis", qualifier="about"),
]


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
