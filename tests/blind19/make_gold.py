"""Build tests/blind19/gold.json from the hand annotations below (run: python tests/blind19/make_gold.py).

A blind set (blind19) of ordinary Middle East diplomacy news like the hidden set: twelve articles from twelve
outlets not used by earlier sets, written and annotated without reading the extractor code (``lib/``), the git
log or the articles of the other sets. Offsets are character offsets into ``open(path, encoding="utf-8").read()``
(the way the scorer reads the files), found by exact substring search: ``ctx`` (a longer, unique stretch of text)
locates the mention when the bare text repeats, ``nth`` picks the n-th occurrence. Every span is checked with
``text[start:end] == item['text']`` and every direct quote must occur verbatim in its article. Every statement
carries a ``stance`` (threat, reject, condemn, welcome, demand, propose, agree, deny, neutral) for
``bench/stance_eval.py``. The format is the one of ``shared/eval/gold/seeds.json``; conventions are in README.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, add_fragments, build_gold, find, write_gold  # noqa: E402,F401

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Vienna": (48.2085, 16.3721), "Tehran": (35.6944, 51.4215), "Washington": (38.8951, -77.0364),
    "White House": (38.8977, -77.0365), "Jerusalem": (31.7690, 35.2163), "Geneva": (46.2022, 6.1457),
    "Rafah": (31.2969, 34.2455), "Tel Nof": (31.8390, 34.8180), "Gaza City": (31.5017, 34.4668),
    "Kerem Shalom": (31.2286, 34.2842), "Ramallah": (31.8996, 35.2042), "Cairo": (30.0626, 31.2497),
    "Beirut": (33.8938, 35.5018), "Tyre": (33.2733, 35.1939), "Ashdod": (31.7921, 34.6497),
    "Oval Office": (38.8973, -77.0374), "Baghdad": (33.3406, 44.4009), "Davos": (46.8027, 9.8360),
    "Jeddah": (21.5169, 39.2192), "Khartoum": (15.5518, 32.5324), "Bahri": (15.6410, 32.5300),
    "Paris": (48.8534, 2.3488), "Sanaa": (15.3547, 44.2067), "Hodeidah": (14.7978, 42.9545),
    "Saada": (16.9402, 43.7639), "Dhamar": (14.5427, 44.4051), "Beijing": (39.9075, 116.3972),
    "Tokyo": (35.6895, 139.6917), "Doha": (25.2854, 51.5310), "New York": (40.7143, -74.0060),
    "Kinshasa": (-4.3276, 15.3136), "Roseires": (11.8000, 34.3900), "Maarat al-Numan": (35.6433, 36.6717),
    "Sochi": (43.5855, 39.7231), "Istanbul": (41.0138, 28.9497), "Saraqib": (35.8647, 36.8006),
    "Hama": (35.1318, 36.7578), "Naqoura": (33.1181, 35.1397), "Baabda": (33.8339, 35.5442),
    # regions
    "Gaza Strip": (31.42, 34.37), "Southern Lebanon": (33.27, 35.40), "Southern Israel": (31.25, 34.70),
    "Idlib": (35.80, 36.60), "Blue Nile": (11.21, 35.09), "Qana field": (33.25, 34.90),
    "Karish field": (33.05, 34.50), "Southern Idlib": (35.60, 36.65),
    "Horn of Africa": (8.00, 45.00),
}
RADIUS = {"Gaza Strip": 60, "Southern Lebanon": 50, "Southern Israel": 80, "Idlib": 60, "Blue Nile": 150,
          "Qana field": 40, "Karish field": 40, "Southern Idlib": 40, "Horn of Africa": 800}
IND = "indirect"
PA = ["Palestinian Authority", "PLO", "Fatah"]  # Abbas and his office speak for all three
US = ["United States"]
IL = ["Israel"]
HA = ["Hamas"]
UN = ["United Nations"]
EG = ["Egypt"]
QA = ["Qatar"]
IR = ["Iran"]
LB = ["Lebanon"]
HZ = ["Hezbollah"]
TR = ["Turkey"]
SA = ["Saudi Arabia"]
RU = ["Russia"]
CN = ["China"]
UK = ["United Kingdom"]
HO = ["Houthis"]

A = {}

A["h01_wsj_iran_deal_vienna"] = [
    T("July 14, 2015", "2015-07-14"),
    T("8:41 p.m.", "2015-07-14", opt=True),
    T("on Tuesday", "2015-07-14"),
    T("nearly two years", "P2Y", opt=True),
    T("18 straight days", "P18D", opt=True),
    T("15 years", "P15Y", opt=True),
    T("five years", "P5Y", opt=True),
    T("60-day", "P60D", opt=True),
    T("late Tuesday", "2015-07-14"),
    T("November 2013", "2013-11"),
    T("2015", "2015", opt=True, ctx="©2015"),
    P("Vienna", "VIENNA", ctx="VIENNA—"),
    P("Washington"),
    P("White House", opt=True),
    P("Jerusalem"),
    P("Tehran", ctx="streets of Tehran"),
    P("Geneva"),
    V("Vienna", "2015-07-14"),
    V("Geneva", "2013-11", opt=True),
    S(["European Union"], "Federica Mogherini", "This is the sign of hope we all need", stance="welcome"),
    S(IR, "Mohammad Javad Zarif", "a historic moment", opt=True, stance="welcome"),
    S(IR, "Mohammad Javad Zarif", "not perfect for anybody.", stance="neutral"),
    S(IR, "Mohammad Javad Zarif", "We are starting a new chapter of hope.", stance="welcome"),
    S(US, "Barack Obama", 'the deal would cut off "every pathway" to a nuclear weapon', kind=IND, stance="welcome"),
    S(US, "Barack Obama", "This deal is not built on trust; it is built on verification,", stance="neutral"),
    S(US, "Barack Obama", "he would veto any legislation that blocked its implementation", kind=IND, stance="threat"),
    S(IL, "Benjamin Netanyahu", "a bad mistake of historic proportions.", stance="condemn"),
    S(IL, "Benjamin Netanyahu", "not bound by this deal,", stance="reject"),
    S(IL, "Benjamin Netanyahu", 'Iran would receive "hundreds of billions of dollars" to fuel its "terror machine."',
      kind=IND, stance="condemn"),
    S(SA, "Saudi official", "the kingdom would judge the agreement by whether it stopped Iran's \"meddling\" in the "
      "region", kind=IND, stance="neutral"),
    S(RU, "Sergei Lavrov", "diplomacy can solve the most complex problems.", stance="welcome"),
    # an opposition leader of the same state: an annotator could leave him out
    S(US, "John Boehner", 'the administration had "abandoned its own goals."', kind=IND, opt=True, stance="condemn"),
    S(["Iran"], "Reza", "We hope life gets easier now", opt=True, stance="neutral"),  # a civilian
    S(IR, "Hassan Rouhani", '"a new chapter" had opened with the world, and that Iran had never sought a nuclear '
      "weapon", kind=IND, stance="welcome"),
    S(US, "John Kerry", 'the negotiations had been "long and difficult."', kind=IND, stance="neutral"),
]

A["h02_times_shalit_exchange"] = [
    T("Wednesday October 19 2011", "2011-10-19"),
    T("more than five years", "P5Y", opt=True),
    T("five years", "P5Y", opt=True, ctx="after five years as"),
    # after the blind run: "today" inside a quote is opt by the conventions (as in h04) but was left out here; the
    # address was given on the day of the exchange, the 18th
    T("Today", "2011-10-18", opt=True, ctx="Today we are all"),
    T("last night", "2011-10-18"),
    T("yesterday morning", "2011-10-18"),
    T("June 2006", "2006-06"),
    T("2009", "2009"),
    T("last week", "2011-W41", nth=0),
    T("last week", "2011-W41", nth=1),
    T("December", "2011-12"),
    T("2011", "2011", opt=True, ctx="Limited 2011"),
    P("Jerusalem", opt=True),  # credit line, then "Officials in Jerusalem" (the government)
    P("Rafah"),
    P("Tel Nof", opt=True),
    P("Gaza City"),
    P("Gaza Strip", "Gaza", ctx="the Hamas leader in Gaza"),
    P("Kerem Shalom"),
    P("Ramallah"),
    P("Cairo"),
    V("Ramallah", "2011-10-18", opt=True),
    V("Tel Nof", "2011-10-18", opt=True),
    V("Cairo", None, opt=True),
    S(IL, "Benjamin Netanyahu", "Today we are all united in joy and in pain,", stance="welcome"),
    S(IL, "Benjamin Netanyahu", "I promised to bring Gilad home, and I did.", stance="neutral"),
    S(IL, "Benjamin Netanyahu", 'Israel would "continue to fight terrorism" and that any freed prisoner who returned '
      'to violence would be "responsible for his own life"', kind=IND, stance="threat"),
    S(HA, "Ismail Haniyeh", 'the exchange was "a national achievement"', kind=IND, stance="welcome"),
    S(HA, "Ismail Haniyeh", "called on the movement's armed wing to capture more soldiers until all prisoners were "
      "free", kind=IND, stance="threat"),
    S(HA, "Ismail Haniyeh", "هنية: لن يهدأ لنا بال حتى تحرير جميع الأسرى", opt=True, stance="threat"),
    S(PA, "Mahmoud Abbas", 'the release was "a great day"', kind=IND, stance="welcome"),
    S(PA, "Mahmoud Abbas", 'negotiations, not kidnappings, were "the only road" to a state', kind=IND,
      stance="neutral"),
    S(EG, "Egypt's intelligence service", 'the deal showed Egypt "remains the guarantor" of calm', kind=IND,
      stance="neutral"),
    # reported speech known through a leaked protocol: still Cohen's words to ministers
    S(IL, "Yoram Cohen", 'some of the released men would "return to terror"', kind=IND, stance="neutral"),
    K(2, "killed", "Israeli soldiers"),
]

A["h03_abc_lebanon_ceasefire_1701"] = [
    T("Mon 14 Aug 2006", "2006-08-14"),
    T("9:12pm", "2006-08-14", opt=True),
    T("8:00am", "2006-08-14", opt=True),
    T("34 days", "P34D", opt=True),
    T("tonight", "2006-08-14"),
    T("on Friday", "2006-08-11"),
    T("on Sunday", "2006-08-13"),
    T("July 12", "2006-07-12"),
    P("Beirut"),
    P("Jerusalem"),
    P("Southern Lebanon", "southern Lebanon", opt=True),
    P("Tyre"),
    S(HZ, "Hassan Nasrallah", "strategic, historic victory", opt=True, stance="welcome"),
    S(HZ, "Hassan Nasrallah", 'his fighters would not disarm "under pressure"', kind=IND, stance="reject"),
    S(HZ, "Hassan Nasrallah", "The resistance will respect the ceasefire as long as the enemy does,",
      stance="agree"),
    S(IL, "Ehud Olmert", "the war had changed the balance in southern Lebanon", kind=IND, stance="neutral"),
    S(IL, "Ehud Olmert", "Hezbollah will no longer be a state within a state,", stance="neutral"),
    S(UN, "Kofi Annan", 'urged both sides "to respect the ceasefire fully"', kind=IND, stance="demand"),
    S(UN, "Kofi Annan", "the first of 15,000 international peacekeepers could arrive within weeks", kind=IND,
      stance="neutral"),
    S(["Australia"], "Alexander Downer", "Australia had no plans to send troops", kind=IND, stance="neutral"),
    S(["Australia"], "Alexander Downer",
      "We'll contribute humanitarian aid, but we're not in a position to commit soldiers,", stance="neutral"),
    S(LB, "Fouad Siniora", "the Lebanese army would deploy to the south for the first time in decades", kind=IND,
      stance="neutral"),
    S(LB, "Fouad Siniora", "a matter for Lebanese dialogue", stance="neutral"),
    S(["Australia"], "Alexander Downer", "welcomed the truce", kind=IND, opt=True, stance="welcome"),
    S(LB, "one woman", "We have nothing left, but we came home,", opt=True, stance="neutral"),  # a civilian
    # a fact report attributed to the army
    S(IL, "Israeli army", "Israeli troops shot dead three Hezbollah fighters in separate clashes after the truce "
      "began", kind=IND, opt=True, stance="neutral"),
    K(1100, "killed", "Lebanese", qualifier="more than"),
    K(157, "killed", "Israelis"),
    K(3, "killed", "Hezbollah fighters", by="Israeli army"),
]

A["h04_fox_abraham_accords"] = [
    T("September 15, 2020", "2020-09-15", nth=0),
    T("September 15, 2020", "2020-09-15", nth=1),
    T("5:02pm", "2020-09-15", opt=True),
    T("on Tuesday", "2020-09-15"),
    T("on Sunday", "2020-09-13"),
    T("today", "2020-09-15", opt=True, ctx="witnessing today"),
    T("Aug. 13", "2020-08-13"),
    T("Sept. 11", "2020-09-11"),
    P("White House"),
    P("Washington"),
    P("Ramallah"),
    P("Gaza Strip", "Gaza", ctx="from Gaza"),
    P("Southern Israel", "southern Israel", opt=True),
    P("Ashdod"),
    P("Oval Office", opt=True),
    V("White House", "2020-09-15"),
    V("Washington", "2020-09-13", opt=True),
    S(US, "Donald Trump", "dawn of a new Middle East", opt=True, stance="welcome"),  # headline
    S(US, "Donald Trump", 'the agreements marked "the dawn of a new Middle East."', kind=IND, stance="welcome"),
    S(US, "Donald Trump", "After decades of division and conflict, we mark the dawn of a new Middle East,",
      stance="welcome"),
    S(US, "Donald Trump", "We're very far down the road with about five or six countries.", stance="neutral"),
    S(US, "Donald Trump", "I think they will come in at the right time.", stance="neutral"),
    S(IL, "Benjamin Netanyahu", "decisive leadership.", opt=True, stance="welcome"),
    S(IL, "Benjamin Netanyahu", "This day is a pivot of history,", stance="welcome"),
    S(IL, "Benjamin Netanyahu", "It heralds a new dawn of peace.", stance="welcome"),
    S(["United Arab Emirates"], "Abdullah bin Zayed Al Nahyan", "for choosing peace", opt=True, stance="welcome"),
    S(["United Arab Emirates"], "Abdullah bin Zayed Al Nahyan",
      "We are witnessing today a change in the heart of the Middle East,", stance="welcome"),
    S(["United Arab Emirates"], "Abdullah bin Zayed Al Nahyan", "شكراً لكم على اختيار السلام", opt=True,
      stance="welcome"),
    S(["Bahrain"], "Abdullatif Al Zayani", "an important first step", stance="welcome"),
    S(["Bahrain"], "Abdullatif Al Zayani", "a just and lasting two-state solution to the Israeli-Palestinian "
      'conflict would be "the foundation" of peace', kind=IND, stance="neutral"),
    S(PA, "Mahmoud Abbas's office", 'peace would not be achieved "until the Israeli occupation ends."', kind=IND,
      stance="reject"),
    S(HA, "Hazem Qassem", "a stab in the back", stance="condemn"),
    S(IL, "Israel Defense Forces", "two rockets were fired from Gaza at southern Israel", kind=IND, opt=True,
      stance="neutral"),
    K(2, "wounded", "people", by="Magen David Adom"),
]

A["h05_newsweek_sudani_interview"] = [
    T("Jan 18, 2024", "2024-01-18"),
    T("6:30 AM", "2024-01-18", opt=True),
    T("on Wednesday", "2024-01-17"),
    T("January 4", "2024-01-04"),
    T("late Wednesday", "2024-01-17"),
    P("Baghdad", ctx="drone strike in Baghdad"),
    P("Davos"),
    P("Gaza Strip", "Gaza", ctx="On Gaza"),
    P("Tehran", opt=True),  # "not in Tehran or in Washington": the governments
    P("Washington", opt=True, ctx="or in Washington"),
    V("Davos", "2024-01-17", opt=True),
    S(["Iraq"], "Mohammed Shia al-Sudani", "the time has come for the U.S.-led coalition against the Islamic State "
      "militant group (ISIS) to wrap up its mission in his country", kind=IND, stance="demand"),
    S(["Iraq"], "Mohammed Shia al-Sudani", 'Baghdad wants to keep "a strong relationship" with Washington', kind=IND,
      stance="neutral"),
    S(["Iraq"], "Mohammed Shia al-Sudani", "The justifications for the coalition's existence have ended,",
      stance="demand"),
    S(["Iraq"], "Mohammed Shia al-Sudani", "ISIS is no longer a threat to the state.", stance="neutral"),
    S(["Iraq"], "Iraqi government", "a blatant attack", opt=True, stance="condemn"),
    S(["Iraq"], "Mohammed Shia al-Sudani", "We condemn any attack on Iraqi territory, whoever carries it out,",
      stance="condemn"),
    S(["Iraq"], "Mohammed Shia al-Sudani",
      "We have also told the armed factions that attacks on diplomatic missions are unacceptable.", stance="condemn"),
    S(["Iraq"], "Mohammed Shia al-Sudani", 'Iraq would not let its territory "become a launch pad" for attacks on its '
      "neighbors", kind=IND, stance="reject"),
    S(["Iraq"], "Mohammed Shia al-Sudani", "a bilateral committee would set a timetable for the drawdown, and that "
      'talks with Washington could begin "within weeks."', kind=IND, stance="propose"),
    S(["Iraq"], "Mohammed Shia al-Sudani", "Iraq's decisions are made in Baghdad, not in Tehran or in Washington,",
      stance="reject"),
    S(["Iraq"], "Mohammed Shia al-Sudani",
      "What is happening in Gaza is genocide, and the world is watching in silence,", stance="condemn"),
    S(["Iraq"], "Mohammed Shia al-Sudani", "called on the U.S. to press Israel for an immediate ceasefire", kind=IND,
      stance="demand"),
    S(US, "Pentagon", 'it had "no plans" to withdraw troops', kind=IND, stance="deny"),
    S(US, "Pat Ryder", 'U.S. forces were in Iraq "at the invitation of the Iraqi government."', kind=IND,
      stance="neutral"),
    S(["Kataib Hezbollah"], "Kataib Hezbollah", 'it would continue "operations against the occupation" until the '
      "last American soldier left", kind=IND, stance="threat"),
]

A["h06_lemonde_sudan_jeddah"] = [
    T("on Saturday", "2023-05-20"),
    T("on Monday", "2023-05-22", nth=0),
    T("May 21, 2023", "2023-05-21"),
    T("10:14 am", "2023-05-21", opt=True),
    T("Saturday, May 20", "2023-05-20"),
    T("five weeks", "P5W", opt=True),
    T("on Monday", "2023-05-22", nth=1),
    T("9:45 pm", "2023-05-22", opt=True),
    T("May 6", "2023-05-06"),
    T("April 15", "2023-04-15"),
    T("Sunday morning", "2023-05-21"),
    T("on Friday", "2023-05-19"),
    P("Jeddah", ctx="city of Jeddah"),
    P("Khartoum", ctx="In Khartoum"),
    P("Bahri", opt=True),
    P("Paris", opt=True),
    V("Jeddah", "2023-05-20"),
    V("Jeddah", "2023-05", opt=True),  # the talks hosted since May 6
    S(SA + US, "Saudi Arabia and the United States", 'the ceasefire "may be extended with the agreement of both '
      'parties" and would be monitored by a mechanism including Saudi, American and Sudanese representatives',
      kind=IND, stance="agree"),
    S(US, "Antony Blinken", 'the agreement was "a step forward"', kind=IND, stance="welcome"),
    S(US, "Antony Blinken", "If the ceasefire is violated, we will know, and we will hold violators accountable "
      "through our sanctions and other tools.", stance="threat"),
    S(["Rapid Support Forces"], "Rapid Support Forces", "they were committed to the truce and hoped it would "
      '"relieve the suffering of our people"', kind=IND, stance="agree"),
    S(["Rapid Support Forces"], "Rapid Support Forces", "الدعم السريع: ملتزمون بالهدنة", opt=True, stance="agree"),
    S(["Sudan"], "Adil", "We don't believe any of their promises any more,", opt=True, stance="neutral"),
    S(UN, "Volker Perthes", 'the two sides were "continuing to fight with no clear victor."', kind=IND,
      stance="neutral"),
    S(EG, "Egypt's foreign ministry", 'urged both sides to "give priority to the higher interests of the Sudanese '
      'people."', kind=IND, stance="demand"),
    K(705, "killed", "people", qualifier="at least", by="Sudan Doctors' Union"),
    K(190, "killed", "children", by="Sudan Doctors' Union"),
    K(5000, "wounded", "people", qualifier="more than", by="Sudan Doctors' Union"),
]

A["h07_jns_houthi_strikes_reactions"] = [
    T("January 12, 2024", "2024-01-12"),
    T("Thursday", "2024-01-11", ctx="overnight Thursday"),
    T("November", "2023-11", ctx="since November"),
    T("April 2022", "2022-04"),
    T("Nov. 19", "2023-11-19"),
    P("Sanaa"),
    P("Hodeidah"),
    P("Saada"),
    P("Dhamar"),
    S(US, "Joe Biden", "These targeted strikes are a clear message,", opt=True, stance="threat"),  # standfirst
    S(US, "Joe Biden", "These targeted strikes are a clear message that the United States and our partners will not "
      "tolerate attacks on our personnel or allow hostile actors to imperil freedom of navigation",
      stance="threat"),
    S(UK, "Rishi Sunak", "limited, necessary and proportionate", stance="neutral"),
    S(HO, "Mohammed Abdulsalam", 'there was "absolutely no justification" for the "aggression" and that the group '
      "would continue targeting Israeli-linked ships", kind=IND, stance="threat"),
    S(HO, "Hussein al-Ezzi", 'America and Britain "will have to prepare to pay a heavy price."', kind=IND,
      stance="threat"),
    S(HO, "Yahya Saree", "five fighters were killed and six wounded", kind=IND, stance="neutral"),
    S(IR, "Nasser Kanaani", "a clear violation of Yemen's sovereignty.", stance="condemn"),
    S(SA, "Saudi Foreign Ministry", "self-restraint and avoiding escalation,", stance="demand"),
    S(SA, "Saudi Foreign Ministry", 'it was following the situation "with great concern."', kind=IND,
      stance="neutral"),
    S(IL, "Israeli official", 'Jerusalem "welcomes any action that restores deterrence against Iran\'s proxies."',
      kind=IND, stance="welcome"),
    S(UN, "Stéphane Dujarric", 'urged all parties "not to escalate the situation."', kind=IND, stance="demand"),
    K(5, "killed", "fighters", by="Yahya Saree"),
    K(6, "wounded", "fighters", by="Yahya Saree"),
]

A["h08_globaltimes_saudi_iran_beijing"] = [
    T("Mar 11, 2023", "2023-03-11"),
    T("12:12 AM", "2023-03-11", opt=True),
    T("on Friday", "2023-03-10"),
    T("within two months", "P2M", opt=True),
    T("four days", "P4D", opt=True),
    T("2001", "2001"),
    T("January 2016", "2016-01"),
    T("April 2021", "2021-04"),
    P("Beijing", ctx="issued in Beijing"),
    P("Tehran", ctx="embassy in Tehran"),
    V("Beijing", "2023-03-10"),
    S(SA + IR + CN, "joint statement", "the two countries would reactivate a security cooperation agreement signed "
      'in 2001 and affirmed "respect for the sovereignty of states and non-interference in their internal '
      'affairs."', kind=IND, stance="agree"),
    S(CN, "Wang Yi", 'the agreement was "a victory for dialogue and a victory for peace."', kind=IND,
      stance="welcome"),
    S(CN, "Wang Yi", "China will continue to play a constructive role in handling hotspot issues,",
      stance="neutral"),
    S(IR, "Ali Shamkhani", "clear, transparent, comprehensive and constructive,", stance="welcome"),
    S(SA, "Musaed bin Mohammed Al-Aiban", "Riyadh appreciated the efforts of Chinese President Xi Jinping and hoped "
      'to "continue the constructive dialogue."', kind=IND, stance="welcome"),
    S(IR, "Hossein Amir-Abdollahian", 'Tehran\'s neighbourhood policy was "moving firmly in the right direction."',
      kind=IND, stance="welcome"),
    S(CN, "Li Shaoxian", "The US has been unable to do this for years,", opt=True, stance="neutral"),  # analyst
    S(US, "John Kirby", "Washington welcomed any effort to de-escalate tensions", kind=IND, stance="welcome"),
    S(US, "John Kirby", 'it was "not clear" Iran would honor its commitments', kind=IND, stance="neutral"),
    S(US, "John Kirby", "We're not stepping back from the Middle East.", stance="deny"),
    S(UN, "António Guterres", "welcomed the announcement", kind=IND, opt=True, stance="welcome"),
]

A["h09_nhk_kamikawa_gaza_truce"] = [
    T("Nov. 24, 2023", "2023-11-24"),
    T("19:05", "2023-11-24", opt=True),
    T("four-day", "P4D", opt=True),
    T("Friday morning", "2023-11-24"),
    T("on Thursday", "2023-11-23"),
    T("Friday afternoon", "2023-11-24"),
    T("October 7", "2023-10-07"),
    T("next week", "2023-W48"),
    P("Gaza Strip"),
    P("Tokyo", ctx="reporters in Tokyo"),
    P("Doha"),
    P("Rafah"),
    S(["Japan"], "Kamikawa Yoko", "has welcomed the start of a four-day pause in fighting", kind=IND, opt=True,
      stance="welcome"),
    S(["Japan"], "Kamikawa Yoko", 'Japan "highly appreciates" the efforts of Qatar, Egypt and the United States that '
      "led to the agreement", kind=IND, stance="welcome"),
    S(["Japan"], "Kamikawa Yoko", 'Japan hopes the pause will lead to the release of all hostages and to "a calming '
      'of the situation."', kind=IND, stance="neutral"),
    S(["Japan"], "Kamikawa Yoko", "Japan will provide an additional 65 million dollars in humanitarian aid for Gaza",
      kind=IND, stance="neutral"),
    S(["Japan"], "Kamikawa Yoko", "urged all parties to act in accordance with international law", kind=IND,
      stance="demand"),
    S(["Japan"], "Kamikawa Yoko", 'Japan "will continue to work closely with the G7 and the countries of the '
      'region."', kind=IND, stance="neutral"),
    S(["Japan"], "Matsuno Hirokazu", "Japan would send Self-Defense Force aircraft to Jordan to help evacuate "
      "Japanese nationals if needed", kind=IND, stance="neutral"),
    S(QA, "Majed al-Ansari", "13 Israeli hostages would be freed on Friday afternoon in exchange for 39 Palestinian "
      "women and minors held in Israeli prisons", kind=IND, stance="neutral"),
    S(QA, "Majed al-Ansari", "We hope this truce will be the beginning of a longer pause,", stance="welcome"),
    S(IL, "Benjamin Netanyahu", "the war would resume after the pause", kind=IND, stance="threat"),
    S(IL, "Benjamin Netanyahu", "We will continue until we achieve all our goals,", stance="threat"),
    S(HA, "Hamas", 'it would abide by the truce "as long as the occupation abides by it."', kind=IND, stance="agree"),
    S(HA, "Hamas", "حماس: ملتزمون بالتهدئة ما التزم بها الاحتلال", opt=True, stance="agree"),
    S(UN, "United Nations", "about 200 trucks are expected to enter each day during the pause", kind=IND, opt=True,
      stance="neutral"),
    K(14800, "killed", "people", qualifier="more than", by="Health authorities in Gaza"),
]

A["h10_toi_gerd_explainer"] = [
    T("Jul 9, 2021", "2021-07-09"),
    T("14:32", "2021-07-09", opt=True),
    T("on Thursday", "2021-07-08"),
    T("within six months", "P6M", opt=True),
    T("April 2011", "2011-04"),
    T("March 2015", "2015-03"),
    T("February 2020", "2020-02"),
    T("July 2020", "2020-07"),
    T("April 2021", "2021-04"),
    T("July 5, 2021", "2021-07-05"),
    T("in August", "2021-08", opt=True),  # a recurring season, not one month
    P("Blue Nile", opt=True),
    P("Roseires", opt=True),
    P("New York"),
    P("Khartoum"),
    P("Washington"),
    P("Kinshasa"),
    P("Horn of Africa", opt=True),
    V("New York", "2021-07-08"),
    V("Khartoum", "2015-03", opt=True),
    V("Washington", "2020-02", opt=True),
    V("Kinshasa", "2021-04", opt=True),
    S(EG, "Egypt", "calls the dam an existential threat", kind=IND, opt=True, stance="condemn"),
    S(EG, "Sameh Shoukry", 'the dam was "an existential threat" and that Egypt would "defend its right to life" if '
      "talks failed", kind=IND, stance="threat"),
    S(EG, "Sameh Shoukry", "We have exhausted all diplomatic options,", stance="neutral"),
    S(["Ethiopia"], "Seleshi Bekele", 'the filling was "a normal, routine part of construction"', kind=IND,
      stance="neutral"),
    S(["Ethiopia"], "Seleshi Bekele", 'rejected what he called attempts to "internationalise" a technical issue',
      kind=IND, opt=True, stance="reject"),
    S(["Ethiopia"], "Seleshi Bekele", "Ethiopia will not sign an agreement that takes away our right to use our own "
      "water,", stance="reject"),
    S(["Sudan"], "Mariam al-Sadiq al-Mahdi", "urged the Council to call on Ethiopia to stop the filling until a "
      "binding deal was reached", kind=IND, stance="demand"),
    S(["Kenya"], "Rashid Abdi", "Neither side wants a war, but neither can be seen to back down,", opt=True,
      stance="neutral"),  # an analyst
    S(EG, "Abdel Fattah al-Sisi", "all options open", opt=True, stance="threat"),  # a related link's headline
]

A["h11_enab_idlib_sochi_feature"] = [
    T("18/09/2018", "2018-09-18"),
    T("Monday night", "2018-09-17"),
    T("on Monday", "2018-09-17", ctx="Sochi on Monday"),
    T("October 15", "2018-10-15", nth=0),
    T("October 15", "2018-10-15", nth=1),
    T("on Tuesday", "2018-09-18"),
    T("early September", "2018-09"),
    P("Idlib", ctx="Enab Baladi – Idlib"),
    P("Maarat al-Numan"),
    P("Sochi", ctx="resort of Sochi"),
    P("Istanbul"),
    P("Saraqib"),
    P("Hama"),
    P("Southern Idlib", "southern Idlib", opt=True),
    V("Sochi", "2018-09-17"),
    S(["Syria"], "Abu Khaled", "We have heard of many agreements before, and the planes always came back,", opt=True,
      stance="neutral"),  # a civilian
    S(RU + TR, "Vladimir Putin and Recep Tayyip Erdogan", "to create a demilitarised zone 15 to 20 kilometres deep "
      "along the front line in Idlib by October 15", kind=IND, opt=True, stance="agree"),  # an act, not speech
    S(RU, "Vladimir Putin", "We agreed that by October 15 all radical fighters will leave the zone,",
      stance="agree"),
    S(TR, "Recep Tayyip Erdogan", 'the deal would prevent "a humanitarian disaster" and that Turkey would reinforce '
      "its observation posts", kind=IND, stance="welcome"),
    S(TR, "Hulusi Akar", "Turkey would send additional troops to its 12 observation posts in the province", kind=IND,
      stance="neutral"),
    S(RU, "Sergei Shoigu", "there would be no military operation against Idlib", kind=IND, stance="neutral"),
    S(["Syria"], "Damascus", "welcomed the agreement", kind=IND, opt=True, stance="welcome"),
    S(["Syria"], "Syrian Foreign Ministry source", 'the government would continue its war "against terrorism" until '
      '"every inch" of Syria was liberated', kind=IND, stance="threat"),
    S(["Syria"], "Nawar Oliver", "The problem is Hayat Tahrir al-Sham. Turkey has promised to separate the radicals, "
      "but it has never managed it,", opt=True, stance="neutral"),  # an analyst
    S(["Syria"], "Umm Mohammed", "she would not go home yet", kind=IND, opt=True, stance="neutral"),
    S(["Syria"], "Umm Mohammed", "We will wait and see if the bombing stops,", opt=True, stance="neutral"),
    S(["National Front for Liberation"], "National Front for Liberation", 'it welcomed Turkey\'s efforts but would '
      '"not hand over its weapons"', kind=IND, stance="reject"),
    K(30, "killed", "civilians", qualifier="at least", by="Syrian Response Coordinators"),
]

A["h12_lbci_maritime_naqoura"] = [
    T("2022-10-27", "2022-10-27"),
    T("17:40", "2022-10-27", opt=True),
    T("on Thursday", "2022-10-27"),
    T("on Tuesday", "2022-10-25"),
    T("October 2020", "2020-10", nth=0),
    T("October 2020", "2020-10", nth=1),
    T("more than a year", "P1Y", opt=True),
    T("in June", "2022-06"),
    T("in July", "2022-07"),
    P("Naqoura", ctx="base in Naqoura"),
    P("Baabda"),
    P("Jerusalem"),
    P("Qana field", "Qana", opt=True),
    P("Karish field", "Karish", opt=True),
    V("Naqoura", "2022-10-27"),
    V("Baabda", "2022-10-27", opt=True),
    S(LB, "Michel Aoun", "no normalisation", opt=True, stance="deny"),  # headline
    S(LB, "Michel Aoun", "This is a technical agreement that has no political dimensions and does not constitute "
      "normalisation with the enemy,", stance="deny"),
    S(LB, "Michel Aoun", "عون: الاتفاق تقني ولا يحمل أي أبعاد سياسية", opt=True, stance="deny"),
    S(IL, "Yair Lapid", 'the deal was "a political achievement" and that Lebanon had in effect "recognised the State '
      'of Israel"', kind=IND, stance="welcome"),
    S(IL, "Yair Lapid", "It is not every day that an enemy state recognises Israel,", stance="welcome"),
    S(US, "Amos Hochstein", 'the agreement would "provide stability" for both sides', kind=IND, stance="welcome"),
    S(US, "Amos Hochstein", "Both countries now have the ability to develop their resources,", stance="welcome"),
    S(HZ, "Hassan Nasrallah", 'the group\'s "mission is accomplished" and that its fighters would end the '
      '"exceptional measures" they had taken', kind=IND, stance="agree"),
    S(LB, "Nabih Berri", 'the deal proved that "indirect negotiation" could secure Lebanon\'s rights without any form '
      "of recognition", kind=IND, stance="welcome"),
    S(LB, "Beirut", "a claim Beirut rejected", kind=IND, opt=True, stance="reject"),
    # a threat recalled from July (old date): an annotator could leave it out
    S(HZ, "Hezbollah", "threatened in July to strike the rig if Lebanon's rights were not secured", kind=IND, opt=True,
      stance="threat"),
    S(LB, "Elias Bou Saab", 'the first exploratory drilling in the Qana field could begin "within months."', kind=IND,
      stance="neutral"),
    S(UN, "Andrea Tenenti", 'the mission was "honoured" to host the talks', kind=IND, stance="welcome"),
]

# the quoted fragments inside each indirect statement are optional statements of the same speaker (blind8's rule)
add_fragments(A)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
