"""Build tests/blind13/gold.json from the hand annotations below (run: python tests/blind13/make_gold.py).

A blind set (blind13): twelve ordinary articles about Middle East mediation and diplomacy (2006-2025) from twelve
outlets not used by the earlier sets, written and annotated without reading the extractor code (``lib/``), the git
log, ``docs/`` or the articles of the other sets. Offsets are character offsets into
``open(path, encoding="utf-8").read()`` (the way the scorer reads the files), found by exact substring search:
``ctx`` (a longer, unique stretch of text) locates the mention when the bare text repeats, ``nth`` picks the n-th
occurrence. Every span is checked with ``text[start:end] == item['text']`` and every direct quote must occur
verbatim in its article (h03 is hard-wrapped: its strings are respelled with the article's line breaks by ``w``).
Every statement carries a ``stance`` (threat, reject, condemn, welcome, demand, propose, agree, deny, neutral)
for ``bench/stance_eval.py``. The format is the one of ``shared/eval/gold/seeds.json``; conventions are in
README.md.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, add_fragments, build_gold, write_gold  # noqa: E402

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Beirut": (33.8938, 35.5018), "New York": (40.7143, -74.0060), "Jerusalem": (31.7690, 35.2163),
    "Washington": (38.8951, -77.0364), "State Department": (38.8946, -77.0484), "Damour": (33.7300, 35.4500),
    "Tyre": (33.2733, 35.1939), "Bint Jbeil": (33.1194, 35.4331), "Mecca": (21.4266, 39.8256),
    "Grand Mosque": (21.4225, 39.8262), "Damascus": (33.5102, 36.2913), "Gaza City": (31.5017, 34.4668),
    "Berlin": (52.5244, 13.4105), "Lausanne": (46.5160, 6.6328), "Tehran": (35.6944, 51.4215),
    "Fordow": (34.8842, 50.9953), "White House": (38.8977, -77.0365), "Vienna": (48.2085, 16.3721),
    "Beau-Rivage Palace": (46.5060, 6.6270), "Rose Garden": (38.8975, -77.0370), "Beijing": (39.9075, 116.3972),
    "Diaoyutai State Guesthouse": (39.9240, 116.3210), "Cairo": (30.0626, 31.2497), "Algiers": (36.7525, 3.0420),
    "Hodeidah": (14.7978, 42.9545), "Rafah": (31.2969, 34.2455), "Beitunia": (31.8960, 35.1680),
    "Ofer prison": (31.8650, 35.1870), "Ramallah": (31.8996, 35.2042), "East Jerusalem": (31.7833, 35.2333),
    "Nantucket": (41.2835, -70.0995), "Doha": (25.2854, 51.5310), "Jeddah": (21.4858, 39.1925),
    "Khartoum": (15.5518, 32.5324), "El Geneina": (13.4526, 22.4472), "Port Sudan": (19.6158, 37.2164),
    "South Lawn": (38.8966, -77.0365), "Truman Balcony": (38.8977, -77.0365), "Oval Office": (38.8973, -77.0374),
    "Ashdod": (31.7921, 34.6497), "Muscat": (23.5841, 58.4078), "Astana": (51.1801, 71.4460),
    "Geneva": (46.2022, 6.1457), "Aleppo": (36.2021, 37.1343), "Wadi Barada": (33.6200, 36.1000),
    "al-Bab": (36.3706, 37.5157), "Johannesberg Castle": (59.7380, 18.3930), "Rimbo": (59.7464, 18.3628),
    "Stockholm": (59.3326, 18.0649), "Taiz": (13.5795, 44.0209), "London": (51.5085, -0.1257),
    "Riyadh": (24.6877, 46.7219), "Tel Aviv": (32.0809, 34.7806), "Sheikh Jarrah": (31.7906, 35.2294),
    "Al-Aqsa Mosque": (31.7761, 35.2358), "Khan Younis": (31.3462, 34.3063), "Nablus": (32.2211, 35.2544),
    "Hebron": (31.5294, 35.0938), "Beersheba": (31.2518, 34.7913), "Washington DC": (38.8951, -77.0364),
    # regions
    "Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25), "Southern Lebanon": (33.27, 35.40),
    "Southern Israel": (31.25, 34.70), "Massachusetts": (42.30, -71.80), "Darfur": (13.50, 24.00),
    "Northern Syria": (36.30, 37.50),
}
RADIUS = {"Gaza Strip": 60, "West Bank": 60, "Southern Lebanon": 60, "Southern Israel": 80, "Massachusetts": 150,
          "Darfur": 300, "Northern Syria": 150}
PA = ["Palestinian Authority", "PLO", "Fatah"]  # Abbas and his office speak for all three
US = ["United States"]
IL = ["Israel"]
HA = ["Hamas"]
PIJ = ["Palestinian Islamic Jihad"]
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
EU = ["European Union"]
I = "indirect"  # noqa: E741

with open(HERE / "articles" / "h03_ft_lausanne_framework.txt", encoding="utf-8") as _fh:
    H03 = _fh.read()


def w(s: str) -> str:
    """``s`` as the hard-wrapped h03 spells it (a space may be a line break there)."""
    m = re.search(re.escape(s).replace(r"\ ", "[ \n]"), H03)
    assert m, s
    return m.group(0)


A = {}

A["h01_npr_lebanon_truce_2006"] = [
    T("August 14, 2006", "2006-08-14"),
    T("5:00 PM ET", "2006-08-14", opt=True),
    T("8 a.m.", "2006-08-14", opt=True),
    T("on Monday", "2006-08-14", ctx="local time on Monday, and"),
    T("a month ago", "2006-07", opt=True),
    T("Friday night", "2006-08-11"),
    T("on Saturday", "2006-08-12"),
    T("on Sunday", "2006-08-13"),
    T("on Monday", "2006-08-14", ctx="the Knesset on Monday that"),
    T("Monday evening", "2006-08-14"),
    T("this week", "2006-W33"),
    T("later this month", "2006-08"),
    T("34 days", "P34D", opt=True),
    T("on Monday", "2006-08-14", ctx="southern Lebanon on Monday."),
    T("2006", "2006", ctx="Copyright 2006 NPR", opt=True),
    P("Beirut"), P("New York"), P("Jerusalem"), P("Washington"), P("Damour"), P("Tyre"), P("Bint Jbeil"),
    P("Southern Lebanon", "southern Lebanon", opt=True),
    P("State Department", opt=True),
    # the Council's vote and the Israeli cabinet's session: domestic or institutional sessions are opt
    V("New York", "2006-08-11", opt=True),
    V("Jerusalem", "2006-08-13", opt=True),
    # Annan's announced trip
    V("Beirut", "2006-08"), V("Jerusalem", "2006-08"),
    V("State Department", "2006-08-14", opt=True),
    S(UN, "Security Council",
      'for a "full cessation of hostilities," for 15,000 Lebanese troops to deploy in the south alongside an '
      'expanded U.N. force, and for Israel to withdraw as they arrive', kind=I, opt=True, stance="demand"),
    # after the blind run (correction 1): clear indirect speech the first gold had missed
    S(IL, "Ehud Olmert", "the war had changed the balance in the north", kind=I, stance="neutral"),
    S(IL, "Ehud Olmert", "No longer will Hezbollah be a state within a state,", stance="neutral"),
    S(IL, "Ehud Olmert", 'Israel would act "against any attempt to rearm" the group', kind=I, stance="threat"),
    S(HZ, "Hassan Nasrallah", "strategic, historic victory,", opt=True, stance="neutral"),
    S(HZ, "Hassan Nasrallah", "his fighters would respect the cease-fire", kind=I, stance="agree"),
    S(HZ, "Hassan Nasrallah", 'it was "not the right time" to discuss disarming the group', kind=I,
      stance="reject"),
    S(LB, "Fouad Siniora", "his government would extend its authority over all of its territory", kind=I,
      stance="neutral"),
    S(LB, "Fouad Siniora", "There will be no weapons other than the weapons of the state,", stance="neutral"),
    S(UN, "Kofi Annan", 'both sides to "respect the cessation of hostilities fully"', kind=I, stance="demand"),
    S(UN, "Kofi Annan", "he would send envoys to the region this week", kind=I, stance="neutral"),
    S(US, "George W. Bush", "Hezbollah had suffered a defeat", kind=I, stance="neutral"),
    S(US, "George W. Bush", "Hezbollah started the crisis, and Hezbollah suffered a defeat in this crisis,",
      stance="neutral"),
    S(IL, "Israeli army spokesman",
      "soldiers had killed several Hezbollah fighters who approached their positions after the truce began",
      kind=I, stance="neutral"),
    # a civilian: opt
    S(LB, "woman from Bint Jbeil", "We will go back to our house, even if there is nothing left of it,", opt=True,
      stance="neutral"),
    # casualty reports: clear indirect speech by a side is a statement; "according to" is opt
    S(LB, "Lebanese officials",
      "more than 1,100 people in Lebanon were killed in 34 days of fighting, most of them civilians", kind=I,
      stance="neutral"),
    S(IL, "Israeli government", "In Israel, 159 people were killed, including 119 soldiers", kind=I, opt=True,
      stance="neutral"),
    S(UN, "Kofi Annan", "Lebanon Force Could Deploy Within Days", kind=I, opt=True, stance="neutral"),  # related link
    T("Within Days", "P3D", opt=True),
    K(1100, "killed", "people", qualifier="more than", by="Lebanese officials"),
    K(159, "killed", "people", by="Israeli government"),
    K(119, "killed", "soldiers", by="Israeli government"),
]

A["h02_nyt_mecca_accord"] = [
    T("Feb. 9, 2007", "2007-02-09"),
    T("Feb. 8", "2007-02-08"),
    T("Thursday night", "2007-02-08", nth=0),
    T("two days", "P2D", opt=True),
    T("late last month", "2007-01"),
    T("December", "2006-12"),
    T("Thursday night", "2007-02-08", nth=1),
    T("Feb. 21", "2007-02-21"),
    T("Feb. 19", "2007-02-19"),
    T("Feb. 9, 2007", "2007-02-09", nth=1, opt=True),
    # after the blind run (correction 2): the print-edition line's "New York edition" is boilerplate, opt like the
    # footer address in h07
    P("New York", ctx="of the New York edition", opt=True),
    P("Mecca", "MECCA"), P("Grand Mosque", opt=True), P("Gaza Strip", "Gaza", ctx="street fighting in Gaza"),
    P("Damascus"), P("Washington"), P("Gaza City"), P("Berlin"), P("Jerusalem"),
    V("Mecca", "2007-02-08"),
    V("Berlin", "2007-02-21"),
    V("Jerusalem", "2007-02-19"),
    S(PA, "Mahmoud Abbas",
      'Mr. Haniya to form the new cabinet and to "respect" previous agreements signed by the Palestine Liberation '
      'Organization', kind=I, stance="demand"),
    S(HA, "Hamas officials", "that wording fell short of recognizing Israel", kind=I, stance="neutral"),
    S(HA, "Khaled Meshal", "We have agreed to stop the bloodshed, and we will not go back,", stance="agree"),
    S(HA, "Khaled Meshal", "This is a day of joy for our people.", stance="welcome"),
    S(PA, "Mahmoud Abbas", "a great achievement", opt=True, stance="welcome"),
    S(PA, "Mahmoud Abbas",
      "he hoped it would persuade the international community to end its aid boycott of the Hamas-led government",
      kind=I, stance="neutral"),
    S(SA, "King Abdullah", "the two men to honor the deal", kind=I, stance="demand"),
    S(SA, "King Abdullah", "The Palestinian cause cannot be served by Palestinians killing Palestinians,",
      stance="demand"),
    S(IL, "Israeli official",
      "Israel would not deal with a government that did not explicitly recognize it, renounce violence and accept "
      "past agreements", kind=I, stance="reject"),
    S(US, "Sean McCormack",
      'the United States would study the agreement and would judge the new government "by its actions."', kind=I,
      stance="neutral"),
    K(90, "killed", "Palestinians", qualifier="at least", by="Palestinian human rights groups"),
]

A["h03_ft_lausanne_framework"] = [
    T("April 2, 2015", "2015-04-02"),
    T("on Thursday", "2015-04-02"),
    T("eight days", "P8D", opt=True),
    T("two days", "P2D", opt=True),
    T("June 30", "2015-06-30"),
    T(w("later in the day"), "2015-04-02", opt=True),
    # after the blind run (correction 3): "which he convened on Friday" is past tense in a Thursday article (the
    # previous Friday by tense, the next day by sense): ambiguous as written, so opt
    T("on Friday", "2015-04-03", opt=True),
    T(w("later this month"), "2015-04"),
    T(w("next week"), "2015-W15"),
    T(w("18 months ago"), "2013-10", opt=True),
    T("2015", "2015", ctx="Limited 2015.", opt=True),
    P("Lausanne"), P("Tehran"), P("Fordow", opt=True), P("White House"), P("Rose Garden", opt=True), P("Vienna"),
    P("Beau-Rivage Palace", w("Beau-Rivage Palace"), opt=True),
    V("Lausanne", "2015-04-02"),
    V("Vienna", "2015-04"),
    S(EU + IR, "Federica Mogherini",
      w("We have reached solutions on key parameters of a joint comprehensive plan of action,"), stance="agree"),
    S(US, "Barack Obama", 'the framework "a good deal" that would cut off "every pathway" to a bomb', kind=I,
      stance="welcome"),
    S(US, "Barack Obama", "he would speak to Benjamin Netanyahu, Israel's prime minister, later in the day",
      kind=I, stance="neutral"),
    S(IL, "Benjamin Netanyahu", 'a deal based on the framework "would threaten the survival of Israel"', kind=I,
      stance="reject"),
    S(IL, "Benjamin Netanyahu", "the better alternative was to increase pressure on Tehran", kind=I,
      stance="propose"),
    S(IR, "Mohammad Javad Zarif", "no sanctions relief meant no deal", kind=I, stance="demand"),
    S(IR, "Mohammad Javad Zarif",
      w("The measures we have agreed will be taken only when sanctions are terminated,"), stance="demand"),
    S(SA, "Saudi official",
      'the kingdom hoped the final agreement would "strengthen security and stability in the region"', kind=I,
      stance="neutral"),
    S(US, "John Kerry", 'technical teams would meet "as early as next week"', kind=I, stance="neutral"),
    S(UK, "Philip Hammond",
      'the parameters were "well beyond what many of us thought possible even 18 months ago"', kind=I,
      stance="welcome"),
    S(UK, "Philip Hammond", 'there is still a lot of work to do', kind=I, stance="neutral"),
]

A["h04_euronews_beijing_declaration"] = [
    T("23/07/2024", "2024-07-23", nth=0),
    T("11:42 GMT+2", "2024-07-23", opt=True),
    T("23/07/2024", "2024-07-23", nth=1, opt=True),
    T("14:05 GMT+2", "2024-07-23", opt=True),
    T("Tuesday morning", "2024-07-23"),
    T("three days", "P3D", opt=True),
    T("on Sunday", "2024-07-21"),
    T("Today", "2024-07-23"),
    T("on Monday", "2024-07-22"),
    T("in April", "2024-04"),
    T("2011", "2011"), T("2017", "2017"), T("October 2022", "2022-10"),
    T("7 October", "2023-10-07"),
    P("Beijing"), P("Gaza Strip", "Gaza", ctx="government\" for Gaza and"), P("West Bank"),
    P("Diaoyutai State Guesthouse", opt=True), P("Washington"), P("Cairo"), P("Mecca"), P("Algiers"),
    P("Hodeidah", opt=True),  # a related link
    V("Beijing", "2024-07-23"),
    V("Beijing", "2024-04"),
    S(HA + ["Fatah"], "Palestinian factions", "interim national reconciliation government", opt=True,
      stance="agree"),
    S(CN, "Wang Yi", 'the factions had committed to "reconciliation and unity"', kind=I, stance="welcome"),
    S(CN, "Wang Yi", "The most important consensus is to achieve the great unity of all 14 factions,",
      stance="welcome"),
    S(CN, "Wang Yi", "China supported the Palestinians in forming a government to run Gaza after the war", kind=I,
      stance="neutral"),
    S(HA, "Mousa Abu Marzouk",
      "Today we sign an agreement for national unity, and we say the road to completing this journey is national "
      "unity.", stance="agree"),
    S(["Fatah"], "Fatah spokesman", "the movement would judge the agreement by its implementation on the ground",
      kind=I, stance="neutral"),
    # the pull quote is not attributed in the text; it follows the Fatah spokesman's paragraph
    S(["Fatah"], "Fatah spokesman",
      "We have been here before, in Cairo, in Mecca, in Algiers. What matters is what happens next.", opt=True,
      stance="neutral"),
    S(IL, "Israel Katz",
      'Palestinian President Mahmoud Abbas was "embracing the murderers and rapists of Hamas" instead of rejecting '
      'terrorism', kind=I, stance="condemn"),
    S(IL, "Israel Katz", "In reality, this will not happen because Hamas's rule will be crushed,", stance="reject"),
    S(US, "Matthew Miller", "Washington did not want to see Hamas play any role in a future government", kind=I,
      stance="reject"),
    S(US, "United States", "the Palestinian Authority should eventually govern Gaza", kind=I, opt=True,
      stance="propose"),
    K(39000, "killed", "Palestinians", qualifier="more than", by="Gaza health ministry"),
]

A["h05_skynews_live_truce_hostages"] = [
    T("Friday 24 November 2023", "2023-11-24"),
    T("22:15", "2023-11-24", opt=True),
    T("7am", "2023-11-24", opt=True),
    T("tomorrow", "2023-11-25"),
    T("21:40", "2023-11-24", opt=True), T("20:55", "2023-11-24", opt=True), T("19:30", "2023-11-24", opt=True),
    T("on Wednesday", "2023-11-22"),
    T("18:05", "2023-11-24", opt=True), T("16:20", "2023-11-24", opt=True), T("14:10", "2023-11-24", opt=True),
    T("on Saturday", "2023-11-25"),
    T("10:30", "2023-11-24", opt=True),
    T("seven weeks", "P7W", opt=True),
    T("7 October", "2023-10-07"),
    T("2023", "2023", ctx="© 2023 Sky", opt=True),
    P("Gaza Strip", "Gaza", ctx="truce holds in Gaza"), P("Rafah"), P("Beitunia"), P("Ofer prison", opt=True),
    P("Ramallah"), P("East Jerusalem"), P("Nantucket"), P("Massachusetts", opt=True), P("Doha"),
    P("Southern Israel", "southern Israel", opt=True),
    S(QA, "Qatar", "next exchange expected tomorrow", kind=I, stance="neutral"),
    # the entry headline repeats the body quote: one statement
    S(IL, "Benjamin Netanyahu", "We will continue until we achieve all our goals,", stance="threat"),
    S(IL, "Benjamin Netanyahu",
      'the return of the hostages was "one of the goals of the war" and that Israel was "committed to returning all '
      'of them"', kind=I, stance="neutral"),
    S(IL, "Israeli police", "families in East Jerusalem against celebrating", kind=I, opt=True, stance="demand"),
    S(US, "Joe Biden", "This is only a start", opt=True, stance="welcome"),
    S(US, "Joe Biden", 'the release was "only a start" and that he hoped the pause could be extended', kind=I,
      stance="welcome"),
    S(US, "Joe Biden",
      "he had spoken to the emir of Qatar and to Egyptian President Abdel Fattah el-Sisi on Wednesday to help "
      "finalise the deal", kind=I, stance="neutral"),
    S(IL, "Israeli military", "they are now on their way to hospitals in Israel", kind=I, stance="neutral"),
    S(HA, "Hamas", "Calm will hold if occupation abides by terms", stance="agree"),
    S(HA, "Hamas", 'it would abide by the truce "as long as the occupation abides by it"', kind=I, stance="agree"),
    S(HA, "Hamas armed wing", 'its fighters would keep "their fingers on the trigger"', kind=I, stance="threat"),
    S(QA, "Majed al-Ansari", "the list of hostages to be freed on Saturday had been received", kind=I,
      stance="neutral"),
    S(QA, "Majed al-Ansari", "We are hopeful that the truce will lead to a permanent ceasefire,", stance="neutral"),
    K(14800, "killed", "people", by="Gaza health ministry"),
    S(IL, "Israeli officials", "Around 1,200 people were killed in Israel in the Hamas attack that day", kind=I,
      opt=True, stance="neutral"),
    K(1200, "killed", "people", qualifier="around", by="Israeli officials"),
]

A["h06_alarabiya_jeddah_sudan"] = [
    T("12 May ,2023", "2023-05-12", nth=0),
    T("09:14 AM GST", "2023-05-12", opt=True),
    T("12 May ,2023", "2023-05-12", nth=1, opt=True),
    T("11:30 AM GST", "2023-05-12", nth=0, opt=True),
    T("late on Thursday", "2023-05-11"),
    T("nearly a week", "P1W", opt=True),
    T("up to 10 days", "P10D", opt=True),
    T("in the coming days", "2023-05", opt=True),
    T("April 15", "2023-04-15"),
    T("May 6", "2023-05-06"),
    T("next week", "2023-W20"),
    T("late April", "2023-04"),
    T("11:30 AM GST", "2023-05-12", nth=1, opt=True),
    T("Fri 12 May 2023", "2023-05-12", opt=True),
    P("Jeddah"), P("Khartoum"), P("Darfur"), P("El Geneina"), P("Port Sudan"),
    V("Jeddah", "2023-05-11"),
    V("Jeddah", None, opt=True),  # talks to continue "in the coming days"; envoys to remain next week
    S(SA + US, "mediators", "it would pave the way for talks on a truce of up to 10 days", kind=I, opt=True,
      stance="neutral"),
    S(SA, "Faisal bin Farhan",
      'the Kingdom hoped it would lead to "an end to the conflict and the restoration of security and stability to '
      'Sudan and its brotherly people."', kind=I, stance="welcome"),
    S(SA + US, "Saudi Arabia and the United States",
      'both parties to "focus on reaching agreement on an effective short-term ceasefire"', kind=I,
      stance="demand"),
    S(SA + US, "Saudi Arabia and the United States", "talks would continue in Jeddah in the coming days", kind=I,
      stance="neutral"),
    S(US, "senior US State Department official", 'the two sides remained "quite far apart"', kind=I,
      stance="neutral"),
    S(US, "senior US State Department official",
      "the declaration committed the parties to let civilians leave besieged areas and to refrain from attacks on "
      "hospitals", kind=I, stance="neutral"),
    S(["Rapid Support Forces"], "RSF spokesman", "the force was committed to the declaration", kind=I,
      stance="agree"),
    S(["Rapid Support Forces"], "RSF spokesman", "the army of violating previous truces", kind=I, opt=True,
      stance="condemn"),
    S(UN, "Antonio Guterres", "a first step", opt=True, stance="welcome"),
    S(UN, "Antonio Guterres", 'both sides to implement it "without delay"', kind=I, stance="demand"),
    # the Arabic line (a headline: Saudi Arabia welcomes the signing)
    S(SA, "Saudi Arabia", "السعودية ترحب بتوقيع إعلان جدة لحماية المدنيين في السودان", opt=True, stance="welcome"),
    S(UN, "World Health Organization",
      "more than 600 people have been killed and over 5,000 wounded since the fighting began", kind=I, opt=True,
      stance="neutral"),
    K(600, "killed", "people", qualifier="more than", by="World Health Organization"),
    K(5000, "wounded", "people", qualifier="over", by="World Health Organization"),
]

A["h07_thehill_abraham_accords"] = [
    T("2020-09-15T14:32:00-04:00", "2020-09-15", opt=True),
    T("09/15/20", "2020-09-15"),
    T("02:32 PM EDT", "2020-09-15", opt=True),
    T("on Tuesday", "2020-09-15"),
    T("last month", "2020-08", nth=0),
    T("next month", "2020-10"),
    T("last month", "2020-08", nth=1),
    T("seven weeks", "P7W", opt=True),
    T("Nov. 3", "2020-11-03"),
    T("20200915", "2020-09-15", opt=True),
    T("2020", "2020", ctx="&copy;2020 Capitol", opt=True),
    P("White House"), P("South Lawn", opt=True), P("Truman Balcony", opt=True), P("Oval Office", opt=True),
    P("West Bank"), P("Gaza Strip"), P("Ashdod"), P("Washington DC", "WASHINGTON DC", opt=True),
    V("White House", "2020-09-15"),
    # after the blind run (correction 4): the lead's shorter copy of the body quote, opt by the duplicates rule
    S(US, "Donald Trump", "the dawn of a new Middle East.", opt=True, stance="welcome"),
    S(US, "Donald Trump", "After decades of division and conflict, we mark the dawn of a new Middle East,",
      stance="welcome"),
    S(IL, "Benjamin Netanyahu", 'the day was "a pivot of history"', kind=I, stance="welcome"),
    S(IL, "Benjamin Netanyahu", 'the agreements "can end the Arab-Israeli conflict once and for all."', kind=I,
      stance="welcome"),
    S(["United Arab Emirates"], "Abdullah bin Zayed",
      'Netanyahu "for choosing peace" and for halting the annexation of parts of the West Bank', kind=I, opt=True,
      stance="welcome"),
    S(["Bahrain"], "Abdullatif al-Zayani",
      'a "just, comprehensive and enduring two-state solution" to the Palestinian-Israeli conflict would be "the '
      'foundation" of lasting peace', kind=I, stance="neutral"),
    S(PA, "Mahmoud Abbas's office",
      "peace, security and stability will not be achieved in the region until the Israeli occupation ends.",
      stance="reject"),
    S(HA, "Hamas", 'the ceremony "a black day" in the history of the Arab nation', kind=I, stance="condemn"),
    S(IL, "Israeli military",
      "two rockets were fired from the Gaza Strip toward the Israeli coastal city of Ashdod", kind=I,
      stance="neutral"),
    S(IL, "Magen David Adom", "two people were lightly wounded by shrapnel", kind=I, opt=True, stance="neutral"),
    S(US, "Donald Trump", '"five or six" other countries were close to joining, and he did not rule out Saudi Arabia',
      kind=I, stance="neutral"),
    K(2, "wounded", "people", by="Magen David Adom"),
]

A["h08_tehrantimes_muscat_talks"] = [
    T("Sunday, April 13, 2025", "2025-04-13"),
    T("Farvardin 24, 1404", "2025-04-13", opt=True),
    T("April 13, 2025", "2025-04-13", nth=1),
    T("21:10", "2025-04-13", opt=True),
    T("on Saturday", "2025-04-12", ctx="Omani capital on Saturday took"),
    T("next week", "2025-W16"),
    T("two and a half hours", "PT2H30M", opt=True),
    T("on Sunday", "2025-04-13"),
    T("Saturday, April 19", "2025-04-19"),
    T("on Saturday", "2025-04-12", ctx="Revolution, said on Saturday that"),
    T("last month", "2025-03"),
    P("Tehran", "TEHRAN", nth=0), P("Muscat"),
    V("Muscat", "2025-04-12"),
    S(IR, "Abbas Araghchi", 'Muscat talks held in "constructive, calm" atmosphere', opt=True, stance="welcome"),
    S(IR, "Abbas Araghchi",
      'the indirect talks with the United States held in the Omani capital on Saturday took place in a '
      '"constructive and calm atmosphere based on mutual respect", and that the two sides agreed to continue the '
      'negotiations next week', kind=I, stance="welcome"),
    S(IR, "Abbas Araghchi", "We are neither seeking negotiations for the sake of negotiations nor talks that drag on,",
      stance="neutral"),
    S(IR, "Abbas Araghchi",
      "If the other side also comes with an equal footing, there is a chance of reaching an initial understanding.",
      stance="agree"),
    S(IR, "Esmaeil Baghaei", "the next round would take place on Saturday, April 19", kind=I, stance="neutral"),
    S(IR, "Esmaeil Baghaei", "the venue had not yet been decided but that Oman would remain the mediator", kind=I,
      stance="neutral"),
    S(IR, "Esmaeil Baghaei", "any talk of dismantling the country's nuclear program", kind=I, opt=True,
      stance="reject"),
    S(IR, "Esmaeil Baghaei",
      "The Islamic Republic will not negotiate over its defensive capabilities or its right to peaceful enrichment,",
      stance="reject"),
    S(US, "White House", 'the talks as "very positive and constructive"', kind=I, stance="welcome"),
    S(US, "White House",
      'Witkoff had been instructed by President Donald Trump "to resolve our differences through dialogue and '
      'diplomacy, if that is possible."', kind=I, stance="propose"),
    S(["Oman"], "Badr Albusaidi",
      'the meeting had been held in a "friendly atmosphere" and that Muscat would continue its efforts', kind=I,
      stance="welcome"),
    S(IR, "Ali Shamkhani",
      'Iran was "seeking a real and fair agreement" and that Tehran had come to Muscat with "important and '
      'implementable proposals"', kind=I, stance="propose"),
    S(US, "Donald Trump", "Iran faced military action if it refused to negotiate", kind=I, stance="threat"),
    # related headlines and the Persian line: opt
    S(IR, "Iran", 'Iran rejects direct talks, says Oman-mediated format "the only option"', kind=I, opt=True,
      stance="reject"),
    S(IR, "Ali Khamenei", "Talks with US can proceed, but we are neither overly optimistic nor pessimistic",
      opt=True, stance="neutral"),
    S(IR, "Esmaeil Baghaei", 'Iran will not accept "dictation" under the name of negotiation', opt=True,
      stance="reject"),
    S(IR, "Tehran Times", "مذاکرات مسقط در فضایی سازنده برگزار شد", opt=True, stance="neutral"),
]

A["h09_hurriyet_astana_talks"] = [
    T("January 24 2017", "2017-01-24"),
    T("16:45:00", "2017-01-24", opt=True),
    T("Jan. 24", "2017-01-24"),
    T("two days", "P2D", opt=True),
    T("within a week", "P1W", opt=True),
    T("Feb. 8", "2017-02-08"),
    T("Dec. 30, 2016", "2016-12-30"),
    T("Jan. 23", "2017-01-23"),
    P("Astana", "ASTANA"), P("Geneva"), P("Aleppo"), P("Wadi Barada"), P("Damascus"), P("al-Bab"),
    P("Northern Syria", "northern Syria", opt=True),
    V("Astana", "2017-01-24"),
    V("Geneva", "2017-02-08"),
    S(TR + RU + IR, "Turkey, Russia and Iran",
      'there was "no military solution to the Syrian conflict" and that it could only be solved through a political '
      'process', kind=I, stance="neutral"),
    S(TR + RU + IR, "Turkey, Russia and Iran",
      'the three would "seek to fight jointly against ISIL and Jabhat al-Nusra" and to separate them from armed '
      'opposition groups', kind=I, stance="threat"),
    S(TR + RU + IR, "Turkey, Russia and Iran",
      "to set up a trilateral mechanism to observe and ensure full compliance with the Syrian ceasefire", kind=I,
      opt=True, stance="agree"),
    S(["Syrian opposition"], "Mohammad Alloush",
      "the rebels had presented a proposal for a full ceasefire and would wait for Russia's answer within a week",
      kind=I, stance="propose"),
    S(["Syrian opposition"], "Mohammad Alloush", "We will not accept any role for Iran in the future of Syria,",
      stance="reject"),
    S(["Syria"], "Bashar al-Jaafari", "the talks a success", kind=I, opt=True, stance="welcome"),
    S(["Syria"], "Bashar al-Jaafari", "sponsoring terrorism.", opt=True, stance="condemn"),
    S(["Syria"], "Bashar al-Jaafari",
      'the agreement had "consolidated the cessation of hostilities for a fixed period."', kind=I,
      stance="welcome"),
    S(TR, "Sedat Önal", 'Ankara would continue to work with Moscow and Tehran "for the ceasefire to be permanent."',
      kind=I, stance="neutral"),
    S(RU, "Alexander Lavrentiev", "Moscow had handed the opposition a draft of a future Syrian constitution", kind=I,
      stance="neutral"),
    S(RU, "Alexander Lavrentiev", 'the draft was meant "to speed up the process"', kind=I, stance="neutral"),
    S(RU, "Alexander Lavrentiev", "that Russia was trying to impose it", kind=I, stance="deny"),
    S(UN, "Staffan de Mistura", "the U.N. would hold political talks in Geneva on Feb. 8", kind=I,
      stance="neutral"),
    S(TR, "Turkish military", "2 Turkish soldiers were killed and 13 were wounded in clashes with ISIL on Jan. 23",
      kind=I, stance="neutral"),
    S(TR, "Recep Tayyip Erdoğan", "Turkish-backed forces close to al-Bab", kind=I, opt=True, stance="neutral"),
    S(TR, "Turkey", "Astana talks pave way for Geneva", kind=I, opt=True, stance="neutral"),
    K(2, "killed", "Turkish soldiers", by="Turkish military"),
    K(13, "wounded", "Turkish soldiers", by="Turkish military"),
]

A["h10_independent_stockholm_yemen"] = [
    T("Thursday 13 December 2018", "2018-12-13"),
    T("18:02 GMT", "2018-12-13", opt=True),
    T("on Thursday", "2018-12-13"),
    T("6 December", "2018-12-06"),
    T("the end of January", "2019-01"),
    T("next week", "2018-W51"),
    T("a week ago", "2018-12-06", opt=True),
    T("in September", "2018-09"),
    P("Hodeidah"), P("Johannesberg Castle", opt=True), P("Rimbo"), P("Stockholm"), P("Taiz"), P("London"),
    P("Riyadh"), P("Geneva"),
    V("Rimbo", "2018-12-13"),
    V("Geneva", "2018-09", opt=True),  # the round that collapsed before it began
    S(UN, "Antonio Guterres",
      "Yemen's warring parties have agreed to a ceasefire in the contested port city of Hodeidah and to withdraw "
      "their forces", kind=I, stance="neutral"),
    S(UN, "Antonio Guterres",
      "You have reached an agreement on Hodeidah port and city, which will see a mutual redeployment of forces from "
      "the port and the city,", stance="neutral"),
    S(UN, "Antonio Guterres", 'the UN would play "a leading role" in the port', kind=I, stance="neutral"),
    S(["Yemen"], "Khaled al-Yamani", 'the government would "work to implement the agreement"', kind=I,
      stance="agree"),
    S(["Yemen"], "Khaled al-Yamani", 'the Houthis "have a long history of breaking promises"', kind=I,
      stance="condemn"),
    S(["Houthis"], "Mohammed Abdulsalam", 'the deal was "a step towards peace"', kind=I, stance="welcome"),
    S(["Houthis"], "Mohammed Abdulsalam",
      'the Houthis would not hand over Hodeidah to "the forces of aggression"', kind=I, stance="reject"),
    S(UN, "Martin Griffiths", "he hoped the next round of talks would take place at the end of January", kind=I,
      stance="neutral"),
    S(UK, "Jeremy Hunt", "the first real chance of peace in Yemen", stance="welcome"),
    S(SA, "Saudi official source",
      "the kingdom \"welcomes the results of the consultations\" and supports the UN envoy's efforts", kind=I,
      stance="welcome"),
    S(["Yemen"], "Arabic line", "اتفاق ستوكهولم بشأن الحديدة", opt=True, stance="neutral"),
    S(UN, "World Health Organization", "The war has killed at least 10,000 people", kind=I, opt=True,
      stance="neutral"),
    K(10000, "killed", "people", qualifier="at least", by="World Health Organization"),
]

A["h11_madamasr_gaza_ceasefire_2021"] = [
    T("May 21, 2021", "2021-05-21"),
    T("2 am", "2021-05-21", opt=True),
    T("on Friday", "2021-05-21", ctx="2 am on Friday"),
    T("11 days", "P11D", opt=True),
    T("over the past week", "2021-W20", opt=True),
    T("late Thursday", "2021-05-20"),
    T("on Friday", "2021-05-21", ctx="Rafah crossing on Friday"),
    T("next week", "2021-W21"),
    T("Thursday morning", "2021-05-20"),
    T("on Thursday", "2021-05-20", ctx="Biden on Thursday"),
    T("earlier this week", "2021-W20"),
    P("Tel Aviv"), P("Gaza Strip", "Gaza", ctx="Tel Aviv and Gaza\n"), P("Rafah"), P("Ramallah"),
    P("Sheikh Jarrah"), P("Al-Aqsa Mosque", opt=True), P("Gaza City"), P("Khan Younis"), P("West Bank"),
    P("Nablus"), P("Hebron"),
    V("Gaza Strip", "2021-05-21"),  # the delegation enters Gaza through Rafah on Friday
    V("Tel Aviv", None, opt=True),  # the other delegation, no date
    V("Ramallah", "2021-W21"), V("Tel Aviv", "2021-W21"),  # Kamel's expected visits
    S(IL, "Benjamin Netanyahu's office", "the Egyptian initiative for a mutual, unconditional ceasefire.",
      stance="agree"),
    S(IL, "Benjamin Netanyahu's office", "the timing of its implementation would be agreed later", kind=I,
      stance="neutral"),
    S(HA, "Ezzat al-Rishq", "a victory for our people and a defeat for Netanyahu.", stance="welcome"),
    S(PIJ, "Islamic Jihad", "it would abide by the truce as long as Israel did", kind=I, stance="agree"),
    S(EG, "General Intelligence Service",
      "Two Egyptian security delegations will travel to Tel Aviv and the Gaza Strip to monitor the implementation "
      "of the ceasefire", kind=I, stance="neutral"),
    S(EG, "Egyptian intelligence source",
      "the delegation to Gaza would enter through the Rafah crossing on Friday and that Intelligence Chief Abbas "
      "Kamel was expected to visit Ramallah and Tel Aviv next week", kind=I, stance="neutral"),
    S(EG, "Egyptian intelligence source",
      'Egypt had proposed a ceasefire starting Thursday morning but that Israel "asked for more time."', kind=I,
      stance="neutral"),
    S(EG, "Egypt",
      'an assault on the Sheikh Jarrah neighborhood or Al-Aqsa Mosque compound would "blow up" any truce', kind=I,
      stance="threat"),
    S(US, "Joe Biden", "the senior Egyptian officials who played a critical role in this diplomacy,",
      stance="welcome"),
    S(US, "Joe Biden",
      'the United States would work with the Palestinian Authority, "not Hamas," to provide reconstruction aid',
      kind=I, stance="propose"),
    S(EG, "Egypt", "a US$500 million initiative for the reconstruction of Gaza", kind=I, opt=True,
      stance="propose"),
    S(EG, "Mada Masr", "يدخل وقف إطلاق النار حيز التنفيذ في غزة", opt=True, stance="neutral"),
    S(IL, "Israeli authorities", "12 people were killed in Israel", kind=I, stance="neutral"),
    K(232, "killed", "Palestinians", by="Gaza Health Ministry"),
    K(65, "killed", "children", by="Gaza Health Ministry"),
    K(1900, "wounded", "Palestinians", qualifier="more than", by="Gaza Health Ministry"),
    K(12, "killed", "people", by="Israeli authorities"),
]

A["h12_voa_cairo_truce_2012"] = [
    T("November 21, 2012", "2012-11-21"),
    T("7:38 PM", "2012-11-21", opt=True),
    T("eight days", "P8D", opt=True),
    T("Wednesday evening", "2012-11-21"),
    T("9 p.m.", "2012-11-21", nth=0, opt=True),
    T("1900 UTC", "2012-11-21", opt=True),
    T("today", "2012-11-21"),
    T("Tuesday night", "2012-11-20"),
    T("Wednesday morning", "2012-11-21"),
    T("24 hours", "PT24H", opt=True),
    T("earlier this week", "2012-W47"),
    T("9 p.m.", "2012-11-21", nth=1, opt=True),
    P("Gaza Strip"), P("Cairo", "CAIRO"), P("Jerusalem"), P("Ramallah"), P("Tel Aviv"), P("Gaza City"),
    P("Beersheba"),
    V("Cairo", "2012-11-21"),
    V("Jerusalem", "2012-11-20"),
    V("Ramallah", "2012-11-21"),
    V("Cairo", "2012-W47"), V("Jerusalem", "2012-W47"),  # Ban's visits
    S(EG + US, "Mohamed Kamel Amr and Hillary Clinton",
      "Israel and Hamas have agreed to a cease-fire to end eight days of fighting in and around the Gaza Strip",
      kind=I, stance="neutral"),
    S(EG, "Mohamed Kamel Amr", "the truce would take effect at 9 p.m. local time (1900 UTC)", kind=I,
      stance="neutral"),
    S(EG, "Mohamed Kamel Amr", "Egypt would monitor its implementation", kind=I, stance="neutral"),
    S(US, "Hillary Clinton", "This is a critical moment for the region,", stance="neutral"),
    S(US, "Hillary Clinton", "The United States welcomes the agreement today for a cease-fire in Gaza.",
      stance="welcome"),
    S(IL, "Benjamin Netanyahu",
      'he had agreed to "give an opportunity" to the cease-fire at the request of President Barack Obama', kind=I,
      stance="agree"),
    S(IL, "Benjamin Netanyahu",
      'Israel "may be forced to take a harsher military action" if the rockets did not stop', kind=I,
      stance="threat"),
    S(HA, "Khaled Meshaal", 'Israel had "failed in all its goals."', kind=I, stance="neutral"),
    S(HA, "Khaled Meshaal", 'Hamas would abide by the agreement "if Israel does."', kind=I, stance="agree"),
    S(IL, "Israel", "it a terrorist attack", kind=I, opt=True, stance="condemn"),
    S(UN, "Ban Ki-moon", 'both sides to "consolidate" it', kind=I, stance="demand"),
    S(EG, "Mohamed Morsi", "Cease-Fire Efforts Will Produce 'Positive Results'", opt=True, stance="neutral"),
    K(21, "wounded", "people", qualifier="at least"),
    K(140, "killed", "Palestinians", qualifier="more than", by="Gaza health officials"),
    K(5, "killed", "Israelis"),
]

# the quoted fragments inside each indirect statement are optional statements of the same speaker (as in blind8)
add_fragments(A, respell=lambda aid, frag: w(frag) if aid.startswith("h03") else frag)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
