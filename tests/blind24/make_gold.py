"""Build tests/blind24/gold.json from the hand annotations below (run: python tests/blind24/make_gold.py).

A blind set (blind24) of regional news from twelve outlets and agencies (An-Nahar English, Syria Direct, ANHA,
IranWire, ISNA, Baghdad Today, Muscat Daily, Hespress English, Libya Review, Turkish Minute, APP, Jordan News):
truce and deal announcements with reactions from several capitals, press conferences and an interview with long
direct quotes, strike reports with tolls from two sources, a summit, follow-ups recalling earlier rounds with their
dates. Written and annotated without reading the extractor code (``lib/``), the git log, ``docs/`` or the articles
of the other sets. Offsets are character offsets into ``open(path, encoding="utf-8").read()`` (the way the scorer
reads the files), found by exact substring search: ``ctx`` (a longer, unique stretch of text) locates the mention
when the bare text repeats, ``nth`` picks the n-th occurrence. Two articles (a04, a10) are hard-wrapped: their
spans and quotes are written with single spaces here and given the article's own line breaks by ``respell``
before the build (so a quote that crosses a line keeps its ``\\n``). Every span is checked with
``text[start:end] == item['text']`` and every direct quote must occur verbatim in its article. Every statement
carries a ``stance`` for ``bench/stance_eval.py``. Conventions are in README.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, add_fragments, build_gold, find, main, respell_wrapped  # noqa: E402,F401

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    # a01
    "Beirut": (33.8938, 35.5018), "Sidon": (33.5631, 35.3689), "Tyre": (33.2733, 35.1939),
    "Marjayoun": (33.3603, 35.5911), "Grand Serail": (33.8966, 35.4990), "White House": (38.8977, -77.0365),
    "Southern Lebanon": (33.27, 35.40), "Litani River": (33.33, 35.30), "Ain al-Tineh": (33.8790, 35.4930),
    # a02
    "Daraa": (32.6189, 36.1021), "Busra al-Sham": (32.5167, 36.4833), "Nasib": (32.5572, 36.2142),
    "Amman": (31.9552, 35.9450), "Idlib": (35.9306, 36.6339), "Daraa al-Balad": (32.6130, 36.1050),
    # a03
    "Qamishli": (37.0522, 41.2317), "Damascus": (33.5102, 36.2913), "Kobani": (36.8910, 38.3536),
    "Raqqa": (35.9528, 39.0079), "Deir ez-Zor": (35.3359, 40.1408), "Hasakah": (36.5024, 40.7477),
    "Latakia": (35.5317, 35.7901), "Tartus": (34.8890, 35.8866), "Ankara": (39.9199, 32.8543),
    "Dumayr": (33.6436, 36.6933), "North and East Syria": (36.5, 40.0),
    # a04
    "Vienna": (48.2085, 16.3721), "Tehran": (35.6944, 51.4215), "Valiasr Street": (35.7300, 51.4100),
    "Washington": (38.8951, -77.0364), "Jerusalem": (31.7690, 35.2163), "Lausanne": (46.5160, 6.6328),
    "Geneva": (46.2022, 6.1457),
    # a05
    "Beijing": (39.9075, 116.3972), "Baghdad": (33.3406, 44.4009), "Muscat": (23.5841, 58.4078),
    # a06
    "Palestine Street": (33.3350, 44.4300), "Kerman": (30.2832, 57.0788), "Baghdad airport": (33.2625, 44.2346),
    # a07
    "Sanaa": (15.3547, 44.2067), "Republican Palace": (15.3500, 44.2100), "Aden": (12.7794, 45.0367),
    # a08
    "Bouznika": (33.7894, -7.1597), "Rabat": (34.0133, -6.8326), "Tobruk": (32.0836, 23.9764),
    "Tripoli": (32.8872, 13.1913), "Skhirat": (33.8530, -7.0324), "Tangier": (35.7673, -5.7998),
    # a09
    "Palais des Nations": (46.2266, 6.1405), "Istanbul": (41.0138, 28.9497), "New York": (40.7143, -74.0060),
    "Ghadames": (30.1337, 9.5007),
    # a10
    "Moscow": (55.7522, 37.6156), "Kremlin": (55.7520, 37.6175), "Sochi": (43.6028, 39.7342),
    "Balyun": (35.6800, 36.5500), "Maarat al-Numan": (35.6477, 36.6712),
    # a11
    "Saadabad Palace": (35.8200, 51.4250), "Riyadh": (24.6877, 46.7219), "Mehrabad Airport": (35.6892, 51.3134),
    "Abqaiq": (25.9350, 49.6661), "Khurais": (25.0700, 48.0400), "Jeddah": (21.5169, 39.2192),
    "Red Sea": (20.0, 38.5),
    # a12
    "King Hussein Bin Talal Convention Centre": (31.7167, 35.5833), "Dead Sea": (31.50, 35.50),
    "Gaza Strip": (31.42, 34.37), "Rafah": (31.2969, 34.2455), "Tel Aviv": (32.0809, 34.7806),
    "Cairo": (30.0626, 31.2497), "Doha": (25.2854, 51.5310), "Brussels": (50.8505, 4.3488),
}
RADIUS = {"Southern Lebanon": 60, "Litani River": 60, "Idlib": 60, "North and East Syria": 250, "Latakia": 60,
          "Tartus": 60, "Red Sea": 800, "Dead Sea": 60, "Gaza Strip": 60}

I = "indirect"  # noqa: E741
US, IL, LB, HZ, FR, IR = ["United States"], ["Israel"], ["Lebanon"], ["Hezbollah"], ["France"], ["Iran"]
OPP = ["Syrian opposition", "opposition factions", "joint negotiating committee"]
RU, JO, SY, TR, UN, EU = ["Russia"], ["Jordan"], ["Syria"], ["Turkey"], ["United Nations"], ["European Union"]
SDF = ["Syrian Democratic Forces", "SDF"]
PYD = ["Democratic Union Party", "PYD"]
AANES = ["Autonomous Administration of North and East Syria", "AANES", "Autonomous Administration"]
ENKS = ["Kurdish National Council", "ENKS"]
SA, CN, IQ, OM, EG = ["Saudi Arabia"], ["China"], ["Iraq"], ["Oman"], ["Egypt"]
NUJ = ["Nujaba", "Harakat al-Nujaba", "Nujaba movement"]
SOL = ["State of Law Coalition", "Iraq"]
PMF = ["Popular Mobilization Forces", "PMF"]
HOU = ["Houthis", "Ansar Allah"]
YG = ["Yemen", "Yemeni government"]
ICRC = ["International Committee of the Red Cross", "ICRC"]
MA = ["Morocco"]
HCS = ["High Council of State", "Libya"]
HOR = ["House of Representatives", "Libya"]
GNA = ["Government of National Accord", "GNA", "Libya"]
LNA = ["Libyan National Army", "LNA"]
CHP = ["Turkey", "Republican People's Party", "CHP"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR"]
PK = ["Pakistan"]
HA, PA = ["Hamas"], ["Palestinian Authority"]
CIV = ["Syrian Civil Defence"]

A = {}

# ---------------------------------------------------------------- a01 An-Nahar, saved HTML, Wed 27 Nov 2024
A["a01_annahar_ceasefire_reactions"] = [
    T("2024-11-27", "2024-11-27", opt=True),  # inside <meta>
    T("27-11-2024", "2024-11-27"),
    T("Wednesday", "2024-11-27", nth=0), T("Wednesday", "2024-11-27", nth=1), T("Wednesday", "2024-11-27", nth=2),
    T("Wednesday", "2024-11-27", nth=3), T("Wednesday", "2024-11-27", nth=4),
    T("4 a.m.", "2024-11-27T04:00", opt=True),
    T("September", "2024-09", ctx="full-scale war in September"),
    T("Tuesday", "2024-11-26", nth=0), T("Tuesday", "2024-11-26", nth=1), T("Tuesday", "2024-11-26", nth=2),
    T("Today", "2024-11-27", ctx='"Today we open', opt=True),
    T("October 8, 2023", "2023-10-08"), T("September 23", "2024-09-23"),
    T("next week", "2024-W49"),
    T("2024", "2024", ctx="© 2024 Annahar", opt=True),
    P("Beirut", "BEIRUT"), P("Sidon"), P("Tyre"), P("Marjayoun"),
    P("Grand Serail", opt=True), P("White House", opt=True), P("Southern Lebanon", "southern Lebanon", opt=True),
    P("Litani River", opt=True), P("Ain al-Tineh", opt=True),  # Read-more headline
    V("Beirut", "2024-W49"),  # Hochstein expected back in Beirut next week to meet Aoun
    V("Grand Serail", "2024-11-27", opt=True),  # a cabinet session
    S(US, "Joe Biden", "This is designed to be a permanent cessation of hostilities,", stance="agree"),
    S(US, "Joe Biden", "What is left of Hezbollah and other terrorist organizations will not be allowed to threaten "
      "the security of Israel again.", stance="threat"),
    S(LB, "Najib Mikati", "Today we open a new page in Lebanon's history, and I call on the Lebanese to return to "
      "their villages and help the army carry out its duties in the South,", stance="welcome"),
    S(IL, "Benjamin Netanyahu", "The length of the ceasefire depends on what happens in Lebanon. If Hezbollah "
      "violates the agreement and tries to arm itself, we will attack. If it tries to rebuild terrorist "
      "infrastructure near the border, we will attack,", stance="threat"),
    S(LB, "Nabih Berri", "Lebanon has passed one of the most dangerous phases in its history. I urge the displaced "
      "to go home, even if you pitch a tent on the rubble.", stance="welcome"),
    S(HZ, "Hassan Fadlallah", 'the resistance "will remain vigilant" and that its fighters "still have their hands '
      'on the trigger" until Israeli troops withdraw.', kind=I, stance="threat"),
    S(FR, "Emmanuel Macron", "This agreement is the culmination of efforts undertaken for many months.",
      stance="welcome"),
    S(IR, "Esmaeil Baqaei", "the news of the end of the Zionist regime's aggression against Lebanon.",
      stance="welcome"),
    S(LB, "Lebanese health ministry", "at least 3,823 people had been killed and 15,859 wounded since October 8, "
      "2023, most of them since September 23", kind=I, opt=True, stance="neutral"),
    S(IL, "Israeli military", "82 soldiers and 47 civilians had been killed on the Israeli side", kind=I, opt=True,
      stance="neutral"),
    S(LB, "Lebanese army command", "its units had begun reinforcing positions in Tyre and Marjayoun", kind=I,
      opt=True, stance="neutral"),
    S(LB, "Lebanese army command", 'residents not to approach front-line villages "until the units complete their '
      'deployment."', kind=I, stance="demand"),
    K(3823, "killed", "people", qualifier="at least", by="Lebanese health ministry"),
    K(15859, "wounded", "people", by="Lebanese health ministry"),
    K(82, "killed", "soldiers", by="Israeli military"), K(47, "killed", "civilians", by="Israeli military"),
]

# ---------------------------------------------------------------- a02 Syria Direct, Markdown Q&A, Mon 9 Jul 2018
A["a02_syriadirect_daraa_negotiator"] = [
    T("9 July 2018", "2018-07-09"),
    T("7 July 2018", "2018-07-07", nth=0), T("7 July 2018", "2018-07-07", nth=1),
    T("Friday", "2018-07-06", nth=0), T("Friday", "2018-07-06", nth=1),
    T("June 19", "2018-06-19"), T("July 5", "2018-07-05"),
    T("Sunday", "2018-07-08"),
    T("today", "2018-07-06", ctx="sign today", opt=True),
    T("Wednesday", "2018-07-04"),
    T("Saturday", "2018-07-07", nth=0), T("Saturday", "2018-07-07", nth=1),
    T("June", "2018-06", ctx="in June that"), T("May", "2018-05", ctx="in May that"),
    T("July 2017", "2017-07"), T("June 24", "2018-06-24"), T("this week", "2018-W28"),
    P("Daraa"), P("Busra al-Sham"), P("Nasib"), P("Amman", "AMMAN"), P("Idlib"),
    P("Daraa al-Balad", opt=True),
    V("Busra al-Sham", "2018-07-06"),
    S(OPP, "Abu Shaima", "We negotiated with a gun to our heads", opt=True, stance="condemn"),  # headline
    S(OPP, "Abu Shaima", "We sat in a room with a Russian general and his officers for about five hours. They did "
      "not negotiate, they dictated.", stance="condemn"),
    S(RU, "a Russian general", "Either you sign today, or the planes finish what they started.", stance="threat"),
    S(OPP, "Abu Shaima", "We had 300,000 people in the open near the Jordanian border and nowhere to send them.",
      opt=True, stance="neutral"),
    S(OPP, "Abu Shaima", "The factions hand over heavy and medium weapons in stages, starting with the eastern "
      "countryside. Government institutions return, the Russian military police enter the towns, and anyone who "
      "wants to leave for Idlib can leave. Those who stay must settle their status with the security branches "
      "within six months.", stance="agree"),
    S(OPP, "Abu Shaima", "The Jordanians were in contact with us and with the Russians from the beginning. They "
      "kept the border closed, but they pushed for the talks to resume when they collapsed on Wednesday. Without "
      "Amman there would have been no second round at all.", stance="neutral"),
    S(JO, "Ayman Safadi", 'the kingdom "will not open its border" to the displaced, but that it would keep sending '
      'aid across.', kind=I, stance="reject"),
    S(JO, "Ayman Safadi", "Jordan has reached its capacity, and we will protect our interests and our security,",
      stance="reject"),
    S(OPP, "Abu Shaima", "No. I trust nothing. But I trust even less the promises of the Americans. They wrote to "
      "us in June that we should not expect any military support, and they kept their word on that at least.",
      stance="condemn"),
    S(US, "US State Department", 'it would take "firm and appropriate measures" if the regime violated the '
      'de-escalation zone agreed by Washington, Moscow and Amman in July 2017.', kind=I, stance="threat"),
    S(US, "US State Department", "should not base your decisions on the assumption or expectation of a military "
      "intervention by us.", opt=True, stance="reject"),  # a letter's content
    S(OPP, "Abu Shaima", "Talks on Daraa al-Balad are supposed to start this week. The Russians have already told "
      "us they expect the same terms.", stance="neutral"),
    S(RU, "Russian defence ministry's Centre for Reconciliation", 'it had "ensured the safe return" of more than '
      '25,000 people to their homes and that 44 settlements had joined the truce.', kind=I, opt=True,
      stance="neutral"),
    S(CIV, "Syrian Civil Defence", "at least 150 civilians were killed in the province between June 19 and July 5",
      kind=I, opt=True, stance="neutral"),
    K(150, "killed", "civilians", qualifier="at least", by="Syrian Civil Defence"),
    K(162, "killed", "civilians", by="Syrian Observatory for Human Rights"),
    K(32, "killed", "children", by="Syrian Observatory for Human Rights"),
]

# ---------------------------------------------------------------- a03 ANHA, plain, Tue 11 Mar 2025
A["a03_anha_sdf_damascus_agreement"] = [
    T("11-03-2025", "2025-03-11"),
    T("Monday", "2025-03-10", nth=0), T("Monday", "2025-03-10", nth=1),
    T("the end of the year", "2025", opt=True),
    T("Tuesday", "2025-03-11", nth=0), T("Tuesday", "2025-03-11", nth=1),
    T("March 6", "2025-03-06"), T("Sunday", "2025-03-09"), T("30 December 2024", "2024-12-30"),
    T("next week", "2025-W12"),
    P("Qamishli", "QAMISHLO"), P("Damascus", ctx="Monday evening in Damascus"), P("Kobani"), P("Raqqa"),
    P("Deir ez-Zor"), P("Hasakah"), P("Latakia"), P("Tartus"), P("Ankara"), P("Dumayr"),
    P("North and East Syria", opt=True),
    V("Damascus", "2025-03-10"),  # signing
    V("Dumayr", "2024-12-30"),  # first meeting, near Damascus
    V("Damascus", "2025-W12"),  # committees to meet next week
    S(SDF, "Mazloum Abdi", "We are committed to building a better future that guarantees the rights of all Syrians "
      "and fulfils their aspirations for peace and dignity.", stance="agree"),
    S(PYD, "Asya Abdullah", "This agreement is the fruit of the sacrifices of the martyrs and the resistance of our "
      "people in Kobani, Raqqa and Deir ez-Zor. It is not a surrender; it is a partnership between equals in a "
      "decentralised Syria.", stance="welcome"),
    S(AANES, "Ilham Ahmed", "The Autonomous Administration will be part of the solution, not part of the problem. "
      "We call on the international community to support the implementation of the agreement so that it does not "
      "remain ink on paper.", stance="demand"),
    S(ENKS, "Kurdish National Council", "a step that opens the way to a comprehensive national dialogue.",
      stance="welcome"),
    S(US, "Marco Rubio", "The United States reaffirms its support for a political transition that demonstrates "
      "credible, non-sectarian governance as the best path to avoid further conflict.", stance="welcome"),
    S(TR, "a Turkish official", 'Turkey was following the implementation "closely" and that the agreement must lead '
      'to the dissolution of armed groups and their "full disarmament."', kind=I, stance="demand"),
    S(UN, "Geir Pedersen", "This is an important step. I hope it will help build a Syria that is inclusive for all "
      "Syrians.", stance="welcome"),
    S(FR, "Jean-Noël Barrot", "France welcomes this agreement, which it has always supported. Kurds have their full "
      "place in the Syrian transition.", stance="welcome"),
    S(SOHR, "Syrian Observatory for Human Rights", "had killed more than 1,000 civilians since March 6", kind=I,
      opt=True, stance="neutral"),
    S(PYD, "Aldar Khalil", "Implementation is the real test. We have taken the first step, and now we will see "
      "whether Damascus will take the second.", stance="neutral"),
    S(SDF, "Mazloum Abdi", "We want a Syria for all its peoples", opt=True, stance="neutral"),  # related headline
    K(1000, "killed", "civilians", qualifier="more than", by="Syrian Observatory for Human Rights"),
]

# ---------------------------------------------------------------- a04 IranWire, hard-wrapped, Tue 14 Jul 2015
A["a04_iranwire_vienna_deal_presser"] = [
    T("July 14, 2015", "2015-07-14"),
    T("Tuesday", "2015-07-14", nth=0), T("Tuesday", "2015-07-14", nth=1),
    T("Today", "2015-07-14", nth=0, opt=True), T("Today", "2015-07-14", nth=1, opt=True),
    T("June 27", "2015-06-27"), T("June 30", "2015-06-30"), T("July 7", "2015-07-07"), T("April 2", "2015-04-02"),
    T("November 2013", "2013-11"), T("July 21", "2015-07-21"),
    P("Vienna"), P("Tehran", ctx="In Tehran, President"), P("Washington"), P("Jerusalem"), P("Lausanne"),
    P("Geneva"), P("Valiasr Street", opt=True), P("White House", opt=True),
    V("Vienna", "2015-07-14"),  # the talks' final day and the joint press conference
    V("Vienna", "2015-06-27", opt=True),  # the round's start
    V("Jerusalem", "2015-07-14"),  # Netanyahu meets Koenders
    V("Lausanne", "2015-04-02"), V("Geneva", "2013-11"),
    S(IR, "Mohammad Javad Zarif", "This is a historic moment,", stance="welcome"),
    S(IR, "Mohammad Javad Zarif", "We are reaching an agreement that is not perfect for anybody, but it is what we "
      "could accomplish. Today could have been the end of hope on this issue, but now we are starting a new chapter "
      "of hope.", stance="welcome"),
    S(EU, "Federica Mogherini", "It is a decision that can open the way to a new chapter in international relations "
      "and show that diplomacy, coordination, cooperation can overcome decades of tensions and confrontation.",
      stance="welcome"),
    S(IR, "Hassan Rouhani", "The prayers of the Iranian nation have come true. Today is the end of the cruel "
      "sanctions against our nation, and a constructive engagement with the world is possible.", stance="welcome"),
    S(US, "Barack Obama", "This deal meets every single one of the bottom lines that we established. This deal is "
      "not built on trust; it is built on verification.", stance="welcome"),
    S(US, "Barack Obama", "he would veto any legislation in Congress that blocked it.", kind=I, stance="threat"),
    S(IL, "Benjamin Netanyahu", "This is a bad mistake of historic proportions. Israel is not bound by this deal with "
      "Iran, because Iran continues to seek our destruction,", stance="reject"),
    S(SA, "an official source quoted by the Saudi Press Agency", 'the kingdom supported any deal that prevented Iran '
      'from obtaining nuclear weapons and included "a specific, strict and permanent inspection mechanism."',
      kind=I, stance="demand"),
    S(IR, "Mehdi Kouchakzadeh", "The negotiators have crossed the red lines of the Leader. We will examine every line "
      "of this text in the parliament,", stance="condemn"),
]

# ---------------------------------------------------------------- a05 ISNA, plain, Sat 11 Mar 2023
A["a05_isna_beijing_agreement"] = [
    T("Saturday, March 11, 2023", "2023-03-11"),
    T("Friday", "2023-03-10", nth=0), T("Friday", "2023-03-10", nth=1), T("Friday", "2023-03-10", nth=2),
    T("Saturday", "2023-03-11", nth=1),
    T("April 2021", "2021-04"), T("April 2022", "2022-04"), T("January 2016", "2016-01"),
    P("Tehran", "Tehran (ISNA)"), P("Beijing"), P("Baghdad"), P("Muscat"),
    V("Beijing", "2023-03-10"),  # signing after four days of talks
    V("Baghdad", "2021-04"), V("Baghdad", "2022-04"),  # first and last Baghdad rounds
    V("Muscat", None, opt=True),
    S(IR, "Ali Shamkhani", "Shamkhani: Tehran-Riyadh agreement will strengthen regional security", opt=True,
      stance="welcome"),  # headline
    S(IR, "Ali Shamkhani", "the deal as a step for the security of the whole region", kind=I, opt=True,
      stance="welcome"),  # "hailed the deal as": no reported clause
    S(IR, "Ali Shamkhani", "Removing misunderstandings and looking to the future in relations between Tehran and "
      "Riyadh will certainly lead to the improvement of regional stability and security and to the expansion of "
      "cooperation among the Persian Gulf countries and the world of Islam,", stance="welcome"),
    S(IR + SA + CN, "Iran, Saudi Arabia and China (trilateral statement)", "expressed their keenness to exert all "
      "efforts towards enhancing regional and international peace and security.", stance="agree"),
    S(CN, "Wang Yi", "a victory for dialogue and a victory for peace.", stance="welcome"),
    S(CN, "Wang Yi", "The world is not just about the Ukraine issue. There are still many issues that affect peace "
      "and the livelihood of people. China will continue to play a constructive role in handling hotspot issues,",
      stance="neutral"),
    S(IR, "Hossein Amir-Abdollahian", "The neighbourhood policy of the government is moving firmly in the right "
      "direction, and the foreign ministry is actively pursuing the preparation of more regional steps.",
      stance="welcome"),
    S(IR, "Nasser Kanaani", "The return of normal relations between Iran and Saudi Arabia provides great capacities "
      "for the two countries, the region and the world of Islam. The foreign ministers of the two countries will "
      "meet soon to arrange the exchange of ambassadors.", stance="welcome"),
    S(SA, "Faisal bin Farhan", 'the resumption of relations stemmed from the kingdom\'s vision "based on the '
      'preference for political solutions and dialogue."', kind=I, stance="welcome"),
    S(IQ, "Iraqi foreign ministry", "This agreement will give a qualitative boost to cooperation among the countries "
      "of the region.", stance="welcome"),
    S(UN, "Stéphane Dujarric", "We thank the People's Republic of China for its role in this regard and support the "
      "good offices efforts of the countries of the region.", stance="welcome"),
    S(US, "John Kirby", "Washington welcomed any efforts to help end the war in Yemen and de-escalate tensions",
      kind=I, stance="welcome"),
    S(US, "John Kirby", "It really remains to be seen whether the Iranians are going to honor their side of the "
      "deal.", stance="neutral"),
    S(IR, "Nasser Kanaani", "Kanaani: Foreign ministers of Iran and Saudi Arabia to meet soon", opt=True,
      stance="neutral"),  # related headline
]

# ---------------------------------------------------------------- a06 Baghdad Today, plain, Thu 4 Jan 2024
A["a06_baghdadtoday_palestine_street_strike"] = [
    T("2024-01-04", "2024-01-04"),
    T("Thursday", "2024-01-04", nth=0), T("Thursday", "2024-01-04", nth=1), T("Thursday", "2024-01-04", nth=2),
    T("Thursday", "2024-01-04", nth=3),
    T("11:50 a.m.", "2024-01-04T11:50", opt=True),
    T("a day after", "2024-01-03", opt=True),
    T("January 3, 2020", "2020-01-03"), T("October 17", "2023-10-17"),
    T("Sunday", "2024-01-07"), T("next week", "2024-W02"),
    T("2024", "2024", ctx="Baghdad Today 2024", opt=True),
    P("Baghdad", ctx="in eastern Baghdad"), P("Kerman"), P("Washington"),
    P("Palestine Street", opt=True), P("Baghdad airport", opt=True),
    V("Baghdad", "2024-01-04"),  # Sudani's emergency meeting at the JOC headquarters
    S(PMF, "Popular Mobilization Forces", 'the attack killed "the deputy head of Baghdad belt operations, Hajj Abu '
      'Taqwa al-Saidi," and one of his companions, and said four of its members were wounded.', kind=I, opt=True,
      stance="neutral"),
    S(IQ, "Yehia Rasool", "This is a dangerous escalation and an attack on Iraq, far from the spirit and letter of "
      "the mandate and the work of the international coalition,", stance="condemn"),
    S(IQ, "Mohammed Shia al-Sudani", "affirmed that the government is moving towards ending the presence of the "
      "international coalition forces in Iraq,", stance="demand"),
    S(US, "Pat Ryder", "US forces carried out the strike.", kind=I, opt=True, stance="neutral"),
    S(US, "Pat Ryder", "The strike was taken in self-defense. No civilians were harmed, and no infrastructure or "
      "facilities were struck,", stance="deny"),
    S(US, "Pat Ryder", "Abu Taqwa was actively involved in planning and carrying out attacks against American "
      "personnel.", stance="condemn"),
    S(NUJ, "Hussein al-Mousawi", "The response to this crime is coming, and the Americans will pay a heavy price. We "
      "will not stop until every occupation soldier has left Iraq.", stance="threat"),
    S(SOL, "Nouri al-Maliki", "This strike is a violation of Iraq's sovereignty, and the government must take a "
      "decisive position.", stance="condemn"),
    S(IQ, "Iraqi Foreign Ministry", "it would summon the US chargé d'affaires on Sunday", kind=I, stance="condemn"),
    S(NUJ, "Nujaba", "Our operations will continue", opt=True, stance="threat"),  # related headline
    K(2, "killed", "people", by="a security source"), K(5, "wounded", "others", by="a security source"),
    K(4, "wounded", "members", by="PMF"),
    K(84, "killed", "people", qualifier="at least", by="Iranian officials"),
]

# ---------------------------------------------------------------- a07 Muscat Daily, Markdown, Mon 10 Apr 2023
A["a07_muscatdaily_sanaa_talks"] = [
    T("April 10, 2023", "2023-04-10"),
    T("Sunday", "2023-04-09", nth=0), T("Sunday", "2023-04-09", nth=1), T("Sunday", "2023-04-09", nth=2),
    T("Sunday", "2023-04-09", nth=3),
    T("Thursday", "2023-04-06", nth=0),  # had received Abdulsalam on Thursday
    T("earlier this year", "2023", opt=True),
    T("March 20", "2023-03-20"), T("Friday", "2023-04-14"),
    T("April 2, 2022", "2022-04-02"), T("October", "2022-10", ctx="expired in October"),
    T("Thursday", "2023-04-13", nth=1),  # stay until Thursday
    T("2023", "2023", ctx="© Muscat Daily 2023", opt=True),
    P("Sanaa", "Sana'a"), P("Muscat", ctx="based in Muscat"), P("Aden"),
    P("Republican Palace", opt=True),
    V("Sanaa", "2023-04-09"),
    V("Muscat", "2023-04-06"),  # Al Busaidi received Abdulsalam
    V("Sanaa", "2023-04-13", opt=True),  # further meetings until Thursday
    S(SA, "Mohammed Al Jaber", "I am visiting Sana'a with my brothers of the Omani delegation with the aim of "
      "stabilising the truce and the ceasefire, supporting the prisoners' exchange process, and exploring ways of "
      "dialogue between the Yemeni components to reach a comprehensive and sustainable political solution in "
      "Yemen.", stance="agree"),
    S(HOU, "Mahdi al-Mashat", "We want an honourable peace that meets the aspirations of the Yemeni people. We "
      "demand the full lifting of the siege, the payment of salaries from the oil and gas revenues, and the "
      "departure of foreign forces,", stance="demand"),
    S(HOU, "Mohammed Abdulsalam", "The talks are focused on humanitarian issues first, including the reopening of "
      "airports and ports. We are in favour of any steps that lead to peace, but the aggression must end "
      "completely, not just be paused.", stance="demand"),
    S(OM, "Oman's Foreign Ministry", 'the Sultanate "affirms its keenness to continue its efforts" with all parties '
      'to reach a comprehensive political settlement.', kind=I, stance="agree"),
    S(UN, "Hans Grundberg", "This is the closest Yemen has been to real progress towards lasting peace,",
      stance="welcome"),
    S(UN, "Hans Grundberg", 'he "continues to support" the regional efforts and urged the parties to seize the '
      'opportunity.', kind=I, stance="welcome"),
    S(YG, "a Yemeni government official", "We were briefed on the talks by Riyadh. No deal can be signed without the "
      "legitimate government.", stance="reject"),
    S(ICRC, "International Committee of the Red Cross", "nearly 900 detainees are to be released over three days "
      "starting on Friday", kind=I, opt=True, stance="neutral"),
    S(ICRC, "Fabrizio Carboni", "The logistics are in place, and we are ready,", opt=True, stance="neutral"),
    K(150000, "killed", "people", qualifier="more than", by="UN"),
]

# ---------------------------------------------------------------- a08 Hespress English, saved HTML, Thu 10 Sep 2020
A["a08_hespress_bouznika_libya"] = [
    T("2020-09-10", "2020-09-10", opt=True),  # inside <meta>
    T("Thursday 10 September 2020", "2020-09-10"),
    T("Thursday", "2020-09-10", nth=1), T("Thursday", "2020-09-10", nth=2), T("Thursday", "2020-09-10", nth=3),
    T("Thursday", "2020-09-10", nth=4),
    T("the last week of September", "2020-09", opt=True),
    T("Sunday, September 6", "2020-09-06"), T("August 21", "2020-08-21"), T("December 17, 2015", "2015-12-17"),
    T("July 27", "2020-07-27"),
    T("2020", "2020", ctx="© 2020", opt=True),
    P("Bouznika"), P("Rabat"), P("Tobruk"), P("Tripoli"), P("Skhirat"), P("Tangier"),
    V("Bouznika", "2020-09-10"),  # closing session and press conference
    V("Bouznika", "2020-09-06", opt=True),  # the talks' opening
    V("Bouznika", "2020-09", opt=True),  # the round to resume in the last week of September
    V("Rabat", "2020-07-27"), V("Skhirat", "2015-12-17"),
    S(HCS + HOR, "High Council of State and House of Representatives delegations",
      'they had reached a "comprehensive understanding" on the criteria for appointing the heads of the country\'s '
      'key sovereign institutions.', kind=I, stance="agree"),
    S(HCS + HOR, "High Council of State and House of Representatives delegations",
      "The two delegations agreed on transparent and objective criteria and mechanisms for filling the posts listed "
      "in Article 15 of the Skhirat agreement. We call on the United Nations and the international community to "
      "support the efforts of the Kingdom of Morocco to create the conditions for a comprehensive settlement.",
      stance="agree"),
    S(MA, "Nasser Bourita", "Morocco has no agenda in Libya and does not offer initiatives. The Kingdom's role is to "
      "provide the space and the conditions for the Libyans themselves to find solutions,", stance="neutral"),
    S(MA, "Nasser Bourita", "What was achieved in Bouznika shows that the Libyans are able to overcome their "
      "differences when they are left to talk among themselves, far from interference,", stance="welcome"),
    S(MA, "Nasser Bourita", "The solution in Libya cannot be military. It is political, and it is Libyan.",
      stance="neutral"),
    S(HCS, "Abdessalam Al-Safrani", "We came to Bouznika with goodwill, and we leave with an agreement that builds "
      "trust between the two chambers. We thank His Majesty King Mohammed VI for his constant support.",
      stance="welcome"),
    S(HOR, "Youssef Al-Akouri", "This agreement is a first step. Our delegation rejects any foreign presence on "
      "Libyan soil.", stance="reject"),
    S(HOR, "Youssef Al-Akouri", "We will return to Bouznika to finish what we started,", stance="agree"),
    S(UN, "Stephanie Williams", "We urge the parties to build on this positive momentum, and we hope these "
      "consultations will feed into the UN-facilitated political process,", stance="welcome"),
    S(TR, "Turkish foreign ministry", 'Ankara supported "every effort based on the Berlin process."', kind=I,
      stance="agree"),
    S(MA, "Nasser Bourita", "Bourita: Skhirat agreement remains the reference for Libya", opt=True,
      stance="neutral"),  # related headline
]

# ---------------------------------------------------------------- a09 Libya Review, plain, Sat 24 Oct 2020
A["a09_libyareview_geneva_ceasefire"] = [
    T("October 24, 2020", "2020-10-24"),
    T("Friday", "2020-10-23", nth=0), T("Friday", "2020-10-23", nth=1),
    T("Friday", "2020-10-23", nth=2, opt=True),  # "after Friday prayers"
    T("Monday", "2020-10-19"),
    T("February", "2020-02", ctx="in February"), T("November 2", "2020-11-02"), T("November 9", "2020-11-09"),
    T("April 4, 2019", "2019-04-04"), T("June", "2020-06", ctx="withdrew in June"),
    T("2019", "2019", ctx="in 2019 alone"),
    P("Geneva"), P("Istanbul"), P("New York"), P("Ghadames"), P("Tripoli"),
    P("Palais des Nations", opt=True),
    V("Geneva", "2020-10-23"),  # signing at the Palais des Nations
    V("Geneva", "2020-10-19", opt=True),  # the round's start
    V("Geneva", "2020-02"),  # previous round
    V("Ghadames", "2020-11-02"),  # follow-up session
    S(UN, "Stephanie Williams", "I am pleased to announce that the two Libyan delegations have signed a complete, "
      "nationwide and permanent ceasefire agreement. This accomplishment required a great deal of courage, and it "
      "is a turning point towards peace and stability in Libya.", stance="welcome"),
    S(UN, "Stephanie Williams", "The road to a permanent ceasefire was often long and difficult,", stance="neutral"),
    S(UN, "Stephanie Williams", "We have a lot of hard work ahead in the days and weeks to come.", stance="neutral"),
    S(GNA, "Ahmed Abu Shahma", "We have had enough suffering. Enough bloodshed. We call on all Libyans to support "
      "this agreement and to open a new page.", stance="welcome"),
    S(LNA, "Ambarak Al-Fturi", 'the LNA was "fully committed" to the agreement "as long as the other side commits to '
      'it."', kind=I, stance="agree"),
    S(TR, "Recep Tayyip Erdoğan", "Time will show how long it lasts. It doesn't seem very credible to me. It was not "
      "made at the highest level,", stance="reject"),
    S(UN, "António Guterres", "a fundamental step toward peace and stability in Libya.", stance="welcome"),
    S(UN, "António Guterres", "I call on the international community to support Libyans in implementing the "
      "ceasefire,", stance="demand"),
    S(GNA, "Fayez al-Sarraj", "This agreement reflects the desire of Libyans to end the conflict. We call for the "
      "return of the displaced to their homes.", stance="welcome"),
    S(HOR, "Aguila Saleh", 'the agreement "will open the way for the political track."', kind=I, stance="welcome"),
    S(UN, "UNSMIL", "356 civilians were killed and 329 wounded in 2019 alone.", kind=I, opt=True, stance="neutral"),
    S(UN, "Stephanie Williams", "Libyans have shown that they can solve their problems", opt=True,
      stance="neutral"),  # related headline
    S(LNA, "LNA Spokesman", "We will not accept the presence of mercenaries", opt=True, stance="reject"),
    K(2000, "killed", "fighters", qualifier="more than", by="UN"),
    K(356, "killed", "civilians", by="UNSMIL"), K(329, "wounded", "civilians", by="UNSMIL"),
]

# ---------------------------------------------------------------- a10 Turkish Minute, hard-wrapped, Fri 6 Mar 2020
A["a10_turkishminute_moscow_idlib"] = [
    T("March 6, 2020", "2020-03-06"),
    T("Thursday", "2020-03-05", nth=0), T("Thursday", "2020-03-05", nth=1),
    T("midnight", "2020-03-06T00:00", opt=True),
    T("2018", "2018", ctx="the 2018 Sochi"),
    T("March 15", "2020-03-15"),
    T("last week", "2020-W09", opt=True),
    T("February 27", "2020-02-27"), T("February", "2020-02", ctx="the start of February"),
    T("December", "2019-12", ctx="since December"),
    T("next week", "2020-W11"), T("January 8", "2020-01-08"), T("September 2018", "2018-09"),
    P("Moscow"), P("Idlib"), P("Sochi", ctx="in Sochi in"), P("Balyun"), P("Maarat al-Numan"), P("Ankara"),
    P("Washington"), P("Istanbul"), P("Kremlin", opt=True),
    V("Moscow", "2020-03-05"),  # six-hour talks in the Kremlin
    V("Ankara", "2020-W11"),  # ministers to meet next week
    V("Istanbul", "2020-01-08"), V("Sochi", "2018-09"),
    S(TR, "Recep Tayyip Erdoğan", "We will work together to maintain the cease-fire, but Turkey reserves the right "
      "to retaliate with all its force against any regime attack in the field,", stance="threat"),
    S(RU, "Vladimir Putin", "I express the hope that these agreements will serve as a good basis for the cessation "
      "of military activity in the Idlib de-escalation zone, will put an end to the suffering of the civilian "
      "population and will stop the growing humanitarian crisis.", stance="welcome"),
    S(RU, "Vladimir Putin", "We do not always agree with our Turkish partners in our assessment of what is happening "
      "in Syria, but each time, at critical moments, we have managed to find common ground,", stance="neutral"),
    S(TR, "Turkey's Defense Ministry", "59 soldiers have been killed in Idlib since the start of February.", kind=I,
      opt=True, stance="neutral"),
    S(CHP, "Kemal Kılıçdaroğlu", "The blood of our soldiers has not dried yet, and the government calls this a "
      "success. This agreement means Turkey has accepted the regime's gains,", stance="condemn"),
    S(SY, "Syrian Foreign Ministry", 'Damascus would continue "to fight terrorism in all its forms" in Idlib and '
      'across Syria.', kind=I, stance="threat"),
    S(US, "Morgan Ortagus", "We will watch closely whether the cease-fire is respected. We stand with our NATO ally "
      "Turkey.", stance="agree"),
    S(SOHR, "Syrian Observatory for Human Rights", "15 civilians were killed in Russian and regime air strikes on "
      "Thursday", kind=I, opt=True, stance="neutral"),
    S(TR, "Mevlüt Çavuşoğlu", "The foreign and defense ministers of the two countries are to meet again in Ankara "
      "next week to work out the details of the corridor", kind=I, stance="neutral"),
    S(CHP, "Opposition", "Our soldiers are not Erdoğan's bargaining chip", opt=True, stance="condemn"),
    K(34, "killed", "soldiers"), K(59, "killed", "soldiers", by="Turkey's Defense Ministry"),
    K(15, "killed", "civilians", by="Syrian Observatory for Human Rights"),
    K(9, "killed", "people", by="Syrian Observatory for Human Rights"),
]

# ---------------------------------------------------------------- a11 APP, plain agency page, Sun 13 Oct 2019
A["a11_app_imran_khan_tehran"] = [
    T("Oct 13", "2019-10-13"),
    T("Sunday", "2019-10-13", nth=0), T("Sunday", "2019-10-13", nth=1), T("Sunday", "2019-10-13", nth=2),
    T("Tuesday", "2019-10-15"), T("September 14", "2019-09-14"), T("Friday", "2019-10-11"),
    T("last month", "2019-09", nth=0), T("last month", "2019-09", nth=1),
    T("September 23", "2019-09-23"), T("April this year", "2019-04"),
    P("Tehran", "TEHRAN"), P("Riyadh", ctx="go to Riyadh"), P("Abqaiq"), P("Khurais"), P("Jeddah"), P("New York"),
    P("Saadabad Palace", opt=True), P("Mehrabad Airport", opt=True), P("Red Sea", opt=True),
    V("Tehran", "2019-10-13"),  # Khan-Rouhani talks at Saadabad
    V("Riyadh", "2019-10-15"),  # travel to Riyadh on Tuesday
    V("New York", "2019-09-23"), V("Tehran", "2019-04"),
    S(PK, "Imran Khan", "not as a mediator but as a friend", opt=True, stance="propose"),  # headline
    S(PK, "Imran Khan", "Pakistan was ready to facilitate talks between Iran and Saudi Arabia to defuse tensions in "
      "the Gulf.", kind=I, stance="propose"),
    S(PK, "Imran Khan", "Pakistan does not want a conflict between Iran and Saudi Arabia. Whatever happens, it will "
      "affect the poorest people of the region, and it will push oil prices up.\n\n\"We are here to facilitate, not "
      "as a mediator but as a friend and a brother of both countries.", stance="propose"),  # one quote, two paragraphs
    S(PK, "Imran Khan", "What I am very happy about is that President Rouhani is willing to talk, and I will now go "
      "to Riyadh and convey this,", stance="welcome"),
    S(PK, "Imran Khan", "This is a complex issue, but it can be resolved through dialogue.", stance="propose"),
    S(IR, "Hassan Rouhani", "We have always said that the security of the region must be provided by the countries "
      "of the region. If Saudi Arabia changes its behaviour and ends the war in Yemen, the way will be open for good "
      "relations,", stance="demand"),
    S(IR, "Hassan Rouhani", "Any goodwill gesture will be answered with goodwill and even better,", stance="agree"),
    S(PK, "Mohammad Faisal", "Pakistan's efforts are aimed at peace and stability in the region. We have no agenda "
      "other than peace. The Prime Minister will travel to Riyadh on Tuesday.", stance="neutral"),
    S(IR, "Tehran", "any role in the Aramco attacks", kind=I, opt=True, stance="deny"),  # "denied": no clause
    S(IR, "Ali Rabiei", "Iran welcomes any regional effort to reduce tensions, and we have no objection to the "
      "Pakistani initiative.", stance="welcome"),
    S(PK, "Imran Khan", "US President Donald Trump and Saudi Crown Prince Mohammed bin Salman had asked him to help "
      "defuse the tensions with Iran.", kind=I, stance="neutral"),
    S(SA, "Adel al-Jubeir", 'the kingdom would "not accept" negotiations with Iran "under pressure."', kind=I,
      stance="reject"),
]

# ---------------------------------------------------------------- a12 Jordan News, saved HTML, Tue 11 Jun 2024
A["a12_jordannews_dead_sea_gaza_conference"] = [
    T("2024-06-11", "2024-06-11", opt=True),  # inside <meta>
    T("11-06-2024", "2024-06-11"),
    T("Tuesday", "2024-06-11", nth=0), T("Tuesday", "2024-06-11", nth=1), T("Tuesday", "2024-06-11", nth=2),
    T("Tuesday", "2024-06-11", nth=3), T("Tuesday", "2024-06-11", nth=4),
    T("today", "2024-06-11", ctx="ceasefire today", opt=True),
    T("tomorrow", "2024-06-12", ctx="not tomorrow", opt=True),
    T("October 7", "2023-10-07"), T("October 21, 2023", "2023-10-21"), T("November 11, 2023", "2023-11-11"),
    T("next week", "2024-W25"), T("Wednesday", "2024-06-12"),
    T("2024", "2024", ctx="© Jordan News 2024", opt=True),
    P("Amman", "AMMAN"), P("Gaza Strip"), P("Rafah"), P("Tel Aviv"), P("Cairo", ctx="Tel Aviv and Cairo"),
    P("Riyadh"), P("Brussels"), P("Doha"),
    P("Dead Sea", ctx="conference on humanitarian aid for the besieged enclave at the Dead Sea", opt=True),
    P("King Hussein Bin Talal Convention Centre", opt=True),
    V("King Hussein Bin Talal Convention Centre", "2024-06-11", r=40, name="Dead Sea"),
    V("Cairo", "2023-10-21"),  # Cairo Summit for Peace
    V("Riyadh", "2023-11-11"),
    V("Brussels", "2024-W25"),  # donors due to meet next week
    V("Doha", "2024-06-12"),  # Blinken to travel to Doha
    S(JO, "King Abdullah II", 'called on the international community to act immediately to stop the "catastrophe" in '
      'the Gaza Strip,', kind=I, stance="demand"),
    S(JO, "King Abdullah II", "The world must not look away from Gaza. The humanitarian response cannot wait for a "
      "ceasefire, and aid must not be used as a weapon,", stance="demand"),
    S(JO, "King Abdullah II", "The world must not look away from Gaza", opt=True, stance="demand"),  # headline copy
    S(EG, "Abdel Fattah El Sisi", "Israel bears full responsibility for the humanitarian disaster in Gaza,",
      stance="condemn"),
    S(EG, "Abdel Fattah El Sisi", "The Rafah crossing will not be reopened while its Palestinian side is under "
      "Israeli control, and Egypt rejects any attempt to displace Palestinians from their land.", stance="reject"),
    S(UN, "António Guterres", "The speed and scale of the carnage and killing in Gaza is beyond anything I have seen "
      "in my years as Secretary-General,", stance="condemn"),
    S(UN, "António Guterres", "Everyone must rise to this moment.", stance="demand"),
    S(US, "Antony Blinken", "The fastest way to meet the needs of the people of Gaza is a ceasefire, and the proposal "
      "is on the table,", stance="propose"),
    S(US, "Antony Blinken", "Hamas must accept it.", stance="demand"),
    S(HA, "Hamas", 'it had delivered its response to the proposal to Qatari and Egyptian mediators, and that it '
      'stressed "a complete cessation of the aggression" and "a full withdrawal" of Israeli forces from the Strip.',
      kind=I, stance="demand"),
    S(PA, "Mohammad Mustafa", "We need a ceasefire today, not tomorrow. We need crossings open, all of them, and we "
      "need the international community to hold the occupation accountable.", stance="demand"),
    S(JO, "Ayman Safadi", "Israel is deliberately starving Gaza. Israel continues to restrict aid. We call on the "
      "international community to break this siege.", stance="condemn"),
    S(HA, "Palestinian health ministry in Gaza", "at least 37,164 people had been killed and 84,832 wounded since "
      "October 7", kind=I, opt=True, stance="neutral"),
    K(37164, "killed", "people", qualifier="at least", by="Palestinian health ministry in Gaza"),
    K(84832, "wounded", "people", by="Palestinian health ministry in Gaza"),
]

# ---- gold corrections after the blind run (README "Gold corrections after the blind run"): items the written
# conventions make optional that were left out when the gold was first written (a vague span, a sea, a broad region,
# "according to"/"says" fact reports with a clause, speech verbs without a reported clause)
C.update({"Persian Gulf": (26.5, 52.0), "southern Iran": (28.5, 54.0), "Gulf": (26.5, 52.0)})
RADIUS.update({"Persian Gulf": 400, "southern Iran": 400, "Gulf": 400})
A["a01_annahar_ceasefire_reactions"] += [
    S(LB, "Najib Mikati", "welcomed the truce", kind=I, opt=True, stance="welcome"),
    S(IL, "Benjamin Netanyahu", "warned Hezbollah", kind=I, opt=True, stance="threat"),
]
A["a02_syriadirect_daraa_negotiator"] += [
    S(UN, "UN refugee agency", "displaced more than 320,000 people", kind=I, opt=True, stance="neutral"),
]
A["a03_anha_sdf_damascus_agreement"] += [
    S(US, "United States", "The United States also welcomed the agreement.", kind=I, opt=True, stance="welcome"),
    S(SDF, "a source in the SDF general command", "The committees are expected to meet for the first time in "
      "Damascus next week", kind=I, opt=True, stance="neutral"),
]
A["a04_iranwire_vienna_deal_presser"] += [
    T("more than 12 years ago", "2003", opt=True),
    S(IR, "hardline members of Iran's parliament", "criticized the text", kind=I, opt=True, stance="condemn"),
]
A["a05_isna_beijing_agreement"] += [
    P("Persian Gulf", opt=True),
    S(IQ + OM, "Iraq and Oman", "welcomed the agreement", kind=I, opt=True, stance="welcome"),
]
A["a06_baghdadtoday_palestine_street_strike"] += [
    P("southern Iran", opt=True),
    S(PMF, "security sources and the PMF", "A drone strike targeted on Thursday morning a headquarters of the Popular "
      "Mobilization Forces (PMF) on Palestine Street in eastern Baghdad, killing a senior commander of the Nujaba "
      "movement and his aide", kind=I, opt=True, stance="neutral"),
    S(IQ, "Yehia Rasool", "condemned the attack in a statement", kind=I, opt=True, stance="condemn"),
    S(IR, "Iranian officials", "two explosions in Kerman, in southern Iran, killed at least 84 people", kind=I,
      opt=True, stance="neutral"),
    S(US, "US officials", "Iraqi armed factions have claimed more than 100 attacks on US forces in Iraq and Syria "
      "since October 17", kind=I, opt=True, stance="neutral"),
    S(US, "US officials", "dozens of American personnel have suffered minor injuries", kind=I, opt=True,
      stance="neutral"),
]
A["a07_muscatdaily_sanaa_talks"] += [
    S(UN, "Hans Grundberg", "welcomed the visit", kind=I, opt=True, stance="welcome"),
    S(UN, "UN", "The war has killed more than 150,000 people", kind=I, opt=True, stance="neutral"),
]
A["a08_hespress_bouznika_libya"] += [
    S(HCS + HOR, "High Council of State and House of Representatives delegations", "The two sides are to resume the "
      "dialogue in the last week of September to complete the procedures", kind=I, opt=True, stance="agree"),
    S(MA, "Nasser Bourita", "welcomed the outcome", kind=I, opt=True, stance="welcome"),
    S(UN, "Stephanie Williams", "welcomed the talks in a statement on Thursday", kind=I, opt=True, stance="welcome"),
    S(EG, "Egypt's foreign ministry", "praised the talks", kind=I, opt=True, stance="welcome"),
]
A["a09_libyareview_geneva_ceasefire"] += [
    S(UN, "UNSMIL", "The two military delegations of Libya's Joint Military Commission (5+5) signed on Friday in "
      "Geneva a \"complete and permanent ceasefire agreement\" across the country, taking effect immediately", kind=I,
      opt=True, stance="neutral"),
    S(TR, "Recep Tayyip Erdoğan", "cast doubt on the deal", kind=I, opt=True, stance="reject"),
    S(UN, "UN mission", "A follow-up session is due to be held in Ghadames on November 2", kind=I, opt=True,
      stance="neutral"),
    S(UN, "UN figures", "killed more than 2,000 fighters and hundreds of civilians", kind=I, opt=True,
      stance="neutral"),
]
A["a10_turkishminute_moscow_idlib"] += [
    S(UN, "The UN", "nearly 1 million people have been displaced by the regime's offensive since December.", kind=I,
      opt=True, stance="neutral"),
    S(CHP, "Kemal Kılıçdaroğlu", "criticized the agreement", kind=I, opt=True, stance="condemn"),
]
A["a11_app_imran_khan_tehran"] += [
    P("Gulf", "the Gulf", opt=True),
    S(IR, "Hassan Rouhani", "welcomed the Prime Minister's initiative", kind=I, opt=True, stance="welcome"),
]
A["a12_jordannews_dead_sea_gaza_conference"] += [
    S(US, "Antony Blinken", "announced $404 million in new humanitarian assistance for Palestinians", kind=I,
      opt=True, stance="neutral"),
    S(UN, "The UN", "more than a million people face catastrophic levels of hunger", kind=I, opt=True,
      stance="neutral"),
    S(UN, "UN", "The United Nations and donors are due to meet again in Brussels next week on support to Palestinian "
      "refugees", kind=I, opt=True, stance="neutral"),
]

# ---- hard-wrapped articles: give spans, contexts and direct quotes the article's own line breaks
WRAPPED = ("a04_iranwire_vienna_deal_presser", "a10_turkishminute_moscow_idlib")


# the spans and quotes of the hard-wrapped articles, with the articles' own line breaks
respell = respell_wrapped(HERE, A, WRAPPED)
# the quoted fragments inside each indirect statement: optional statements of the same speaker
add_fragments(A, respell)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    main(HERE, A, build())
