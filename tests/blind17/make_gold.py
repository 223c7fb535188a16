"""Build tests/blind17/gold.json from the hand annotations below (run: python tests/blind17/make_gold.py).

A blind set (blind17) of ordinary Middle East diplomacy news from twelve outlets not used by the earlier sets,
written and annotated without reading the extractor code (``lib/``), the git log, ``docs/`` or the articles of the
other sets. Offsets are character offsets into ``open(path, encoding="utf-8").read()`` (the way the scorer reads the
files), found by exact substring search: ``ctx`` (a longer, unique stretch of text) locates the mention when the
bare text repeats, ``nth`` picks the n-th occurrence. Every span is checked with ``text[start:end] == item['text']``
and every direct quote must occur verbatim in its article. Every statement carries a ``stance`` (threat, reject,
condemn, welcome, demand, propose, agree, deny, neutral) for ``bench/stance_eval.py``. The format is the one of
``shared/eval/gold/seeds.json``; conventions are in README.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, add_fragments, build_gold, find, write_gold  # noqa: E402,F401

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Vienna": (48.2085, 16.3721), "Palais Coburg": (48.2050, 16.3770), "Austria Center": (48.2345, 16.4137),
    "White House": (38.8977, -77.0365), "Jerusalem": (31.7690, 35.2163), "London": (51.5085, -0.1257),
    "Zug": (47.1662, 8.5155), "Capitol Hill": (38.8899, -77.0091), "Tehran": (35.6944, 51.4215),
    "Vali-Asr Street": (35.7290, 51.4090), "Geneva": (46.2022, 6.1457), "Lausanne": (46.5160, 6.6328),
    "Larnaca": (34.9229, 33.6233), "Beirut": (33.8938, 35.5018), "Knesset": (31.7767, 35.2054),
    "Southern Lebanon": (33.27, 35.40), "Litani": (33.34, 35.25), "Nicosia": (35.1753, 33.3642),
    "Limassol": (34.6841, 33.0379), "Tyre": (33.2705, 35.2038),
    "Khartoum": (15.5518, 32.5324), "Jeddah": (21.5169, 39.2192), "Omdurman": (15.6445, 32.4777),
    "Kafouri": (15.6560, 32.5600), "Khartoum North": (15.6400, 32.5300), "New York": (40.7143, -74.0060),
    "Tripoli": (32.8872, 13.1913), "Skhirat": (33.8527, -7.0319), "Sirte": (31.2089, 16.5887),
    "Malta": (35.8997, 14.5147), "Rome": (41.8919, 12.5113), "Misrata": (32.3754, 15.0925),
    "Baghdad": (33.3406, 44.4009), "Green Zone": (33.3050, 44.3830), "Erbil": (36.1900, 44.0089),
    "Mosul": (36.3350, 43.1189), "Kurdistan Region": (36.40, 44.30),
    "Washington": (38.8951, -77.0364), "Cairo": (30.0626, 31.2497), "Addis Ababa": (9.0250, 38.7469),
    "Blue Nile": (11.2, 35.1), "Nile": (26.0, 32.0),
    "Gaza Strip": (31.42, 34.37), "Gaza City": (31.5017, 34.4668), "Damascus": (33.5102, 36.2913),
    "Rafah": (31.2969, 34.2455), "Ramallah": (31.8996, 35.2042), "Kerem Shalom": (31.2280, 34.2840),
    "Prime Minister's residence": (31.7735, 35.2160),
    "Amman": (31.9552, 35.9450), "Al Husseiniya Palace": (31.9800, 35.8200), "Al-Aqsa Mosque": (31.7761, 35.2358),
    "Temple Mount": (31.7781, 35.2358), "Tel Aviv": (32.0809, 34.7806), "Old City": (31.7767, 35.2345),
    "Rabat": (34.0133, -6.8326), "Royal Palace": (34.0170, -6.8330), "Rabat-Sale Airport": (34.0515, -6.7515),
    "Western Sahara": (24.5, -13.0), "Mohammed V Mausoleum": (34.0240, -6.8220),
    "Sanaa": (15.3547, 44.2067), "Taiz": (13.5795, 44.0209), "Hodeidah": (14.7978, 42.9545),
    "Riyadh": (24.6877, 46.7219), "Aden": (12.7794, 45.0367),
    "Tokyo": (35.6895, 139.6917), "Suez Canal": (30.60, 32.33), "Bab el-Mandeb": (12.58, 43.33),
    "Red Sea": (20.0, 38.5),
    "Doha": (25.2854, 51.5310), "Southern Israel": (31.25, 34.70),
    "Middle East": (29.0, 41.0),
}
RADIUS = {"Middle East": 1500, "Southern Israel": 80, "Red Sea": 800, "Suez Canal": 80, "Bab el-Mandeb": 60, "Western Sahara": 400, "Gaza Strip": 60, "Blue Nile": 300, "Nile": 1500, "Kurdistan Region": 150, "Southern Lebanon": 60, "Litani": 40}
I = "indirect"  # noqa: E741
US = ["United States"]
IL = ["Israel"]
IR = ["Iran"]
EU = ["European Union"]
RU = ["Russia"]
SA = ["Saudi Arabia"]
HZ = ["Hezbollah"]
LB = ["Lebanon"]
CY = ["Cyprus"]
UN = ["United Nations"]
SD = ["Sudan"]
RSF = ["Rapid Support Forces"]
LY = ["Libya"]
GNC = ["General National Congress"]
IQ = ["Iraq"]
ET = ["Ethiopia"]
HA = ["Hamas"]
PA = ["Palestinian Authority"]
PAL = ["Palestinian Authority", "PLO", "Fatah"]
JO = ["Jordan"]
MA = ["Morocco"]
HU = ["Houthis"]
YE = ["Yemen"]
JP = ["Japan"]
QA = ["Qatar"]
CA = ["Canada"]
FR = ["France"]
EG = ["Egypt"]
BAGHDAD10 = ["Iraq", "France", "Egypt", "Jordan", "Qatar", "Kuwait", "United Arab Emirates", "Saudi Arabia", "Iran",
             "Turkey"]

A = {}

A["k01_bloomberg_iran_vienna_accord"] = [
    T("July 14, 2015", "2015-07-14", nth=0), T("July 14, 2015", "2015-07-14", nth=1),
    T("more than a decade", "P10Y", opt=True), T("18 Days", "P18D", opt=True),
    T("18 days", "P18D", opt=True),
    T("Tuesday", "2015-07-14"), T("within a year", "P1Y", opt=True), T("last month", "2015-06"),
    T("within months", "P1M", opt=True), T("2016", "2016"), T("60 days", "P60D", opt=True),
    T("November 2013", "2013-11"), T("April 2", "2015-04-02"), T("(C)2015", "2015", opt=True),
    P("Vienna", ctx="announced Tuesday in Vienna"), P("Palais Coburg", opt=True), P("Austria Center", opt=True),
    P("White House"), P("Jerusalem"), P("London"), P("Zug"), P("Capitol Hill", opt=True),
    P("Tehran", ctx="In Tehran, drivers"), P("Vali-Asr Street", opt=True), P("Geneva"), P("Lausanne"),
    P("Middle East", opt=True),
    V("Vienna", "2015-07-14"),
    V("Jerusalem", "2015-07-14", opt=True),  # Netanyahu-Koenders meeting, date implied
    V("Geneva", "2013-11", opt=True), V("Lausanne", "2015-04-02", opt=True),  # recalled rounds
    S(IR, "Mohammad Javad Zarif", "This is a historic moment,", stance="welcome"),
    S(IR, "Mohammad Javad Zarif",
      "We are reaching an agreement that is not perfect for anybody, but it is what we could accomplish.",
      stance="neutral"),
    S(EU + IR, "Federica Mogherini",
      "the deal \"opens the way to a new chapter in international relations.\"", kind=I, stance="welcome"),
    S(US, "Barack Obama", "the accord was \"built on verification, not trust,\"", kind=I, stance="welcome"),
    S(US, "Barack Obama", "he would veto any legislation that blocked its implementation", kind=I,
      stance="threat"),
    S(IL, "Benjamin Netanyahu", "called the agreement \"a bad mistake of historic proportions\"", kind=I,
      stance="condemn"),
    S(IL, "Benjamin Netanyahu", "Israel was \"not bound\" by it", kind=I, stance="reject"),
    S(IL, "Benjamin Netanyahu", "Israel will always defend itself,", stance="threat"),
    # an earlier remark recalled with its old date: opt
    S(IR, "Amir Hossein Zamaninia",
      "the country could add 500,000 barrels within months of sanctions being lifted", kind=I, opt=True,
      stance="neutral"),
    # the analyst (Jakob) and the bank's note are not statements; "did not immediately comment" is not one
    S(SA, "A Saudi official",
      "the kingdom wanted a deal that prevented Iran from obtaining a weapon \"under any circumstances.\"",
      kind=I, stance="demand"),
    S(US, "Mitch McConnell", "the deal would be \"a very tough sell\" on Capitol Hill", kind=I, opt=True,
      stance="neutral"),  # a member of Congress
    S(RU, "Vladimir Putin",
      "the world \"breathed a sigh of relief\" and that Moscow would do everything to make the deal work",
      kind=I, stance="welcome"),
    S(IR, "Ali Akbar Velayati", "the final word would rest with the leader", kind=I, stance="neutral"),
    S(IR, "Maryam", "We hope life will be easier now,", opt=True, stance="welcome"),  # a civilian
]

A["k02_cyprusmail_lebanon_truce_2006"] = [
    T("August 15, 2006", "2006-08-15"), T("yesterday", "2006-08-14"), T("on Friday", "2006-08-11"),
    T("8am", "2006-08-14T08:00", opt=True), T("on Monday", "2006-08-14"), T("last night", "2006-08-14"),
    T("on Saturday", "2006-08-12"), T("July 12", "2006-07-12"), T("later this month", "2006-08"),
    T("34-day", "P34D", opt=True), T("2006", "2006", nth=1, opt=True),
    P("Larnaca", ctx="Larnaca prepared"), P("Beirut", opt=True), P("Jerusalem"), P("Knesset", opt=True),
    P("Southern Lebanon", "southern Lebanon"), P("Litani", "Litani river", opt=True), P("Nicosia"),
    P("Limassol"), P("Tyre"),
    V("Nicosia", "2006-08-12"),
    S(["Israel"], "Israeli army",
      "its troops had shot dead six Hezbollah fighters who \"approached in a threatening manner\" in the south",
      kind=I, opt=True, stance="neutral"),  # a casualty claim
    S(HZ, "Hassan Nasrallah", "claimed a \"strategic and historic victory\"", kind=I, opt=True, stance="neutral"),
    S(HZ, "Hassan Nasrallah", "his fighters would not disarm while Israeli troops remained on Lebanese soil",
      kind=I, stance="reject"),
    S(HZ, "Hassan Nasrallah", "The resistance will not hand over its weapons under pressure,", stance="reject"),
    S(IL, "Ehud Olmert", "the resolution had created \"a new reality\" on the northern border", kind=I,
      stance="neutral"),
    S(IL, "Ehud Olmert", "Hezbollah will no longer be a state within a state,", stance="neutral"),
    S(IL, "Ehud Olmert", "Israel would keep its forces in southern Lebanon until an international force arrived",
      kind=I, stance="neutral"),
    S(LB, "Fouad Siniora", "the army was ready to deploy 15,000 soldiers south of the Litani river", kind=I,
      stance="agree"),
    S(LB, "Fouad Siniora", "urged Israel to withdraw \"without delay.\"", kind=I, stance="demand"),
    S(CY, "Tassos Papadopoulos", "welcomed the truce", kind=I, opt=True, stance="welcome"),
    S(CY, "Tassos Papadopoulos",
      "the island would remain \"a bridge for humanitarian aid\" for as long as it was needed", kind=I,
      stance="neutral"),
    S(CY, "George Lillikas", "Cyprus had offered Larnaca and Limassol ports for aid shipments", kind=I,
      stance="propose"),
    # "according to the interior ministry" is a fact report, not a statement
    S(CY, "Andreas Moiseos",
      "the town had coped \"beyond anyone's expectations\" but that hotels and schools used as shelters had to "
      "be cleared before the school year", kind=I, stance="neutral"),
    S(UN, "Kofi Annan", "called on both sides to respect the ceasefire \"in full\"", kind=I, stance="demand"),
    S(UN, "Kofi Annan", "he would travel to the region later this month", kind=I, stance="neutral"),
    # the unnamed diplomats have no side; France "had not yet said" is not a statement; the Arabic line is a title
    S(LB, "Hussein", "We are going home, even if there is no home left.", opt=True, stance="neutral"),  # civilian
    K(6, "killed", "Hezbollah fighters", by="Israeli army"), K(1100, "killed", "people"),
    K(159, "killed", "Israelis"), K(116, "killed", "soldiers", opt=True),
]

A["k03_sudantribune_jeddah_declaration"] = [
    T("May 12, 2023", "2023-05-12"), T("late on Thursday", "2023-05-11"), T("a week", "P1W", opt=True),
    T("May 6", "2023-05-06"), T("about ten days", "P10D", opt=True), T("on Friday morning", "2023-05-12"),
    T("on Friday", "2023-05-12", ctx="said on Friday that"), T("April 15", "2023-04-15"),
    T("next week", "2023-W20"), T("April 2023", "2023-04", opt=True),
    P("Khartoum", "KHARTOUM"), P("Jeddah", ctx="city of Jeddah"), P("Omdurman"), P("Kafouri", opt=True),
    P("Khartoum North", opt=True), P("New York"),
    V("Jeddah", "2023-05-11"), V("Jeddah", "2023-W20"),
    S(SA + US, "Saudi Arabia and the United States",
      "the parties \"affirm their commitment to ensure the protection of civilians at all times\" and that talks "
      "would now focus on \"an effective short-term ceasefire\" of about ten days", kind=I, stance="welcome"),
    S(US, "A senior US State Department official", "the sides remained \"quite far apart\"", kind=I,
      stance="neutral"),
    S(US, "A senior US State Department official", "the declaration \"is not a ceasefire.\"", kind=I,
      stance="neutral"),
    S(SD, "Sudanese army",
      "the Sudanese Armed Forces were committed to the humanitarian truce \"as long as the rebel militia respects "
      "it.\"", kind=I, stance="agree"),
    S(RSF, "Mustafa Mohamed Ibrahim", "the paramilitary force \"welcomes any initiative that stops the bloodshed.\"",
      kind=I, stance="welcome"),
    S(RSF, "Mustafa Mohamed Ibrahim", "denied accusations that RSF fighters had occupied hospitals in Khartoum",
      kind=I, opt=True, stance="deny"),
    S(RSF, "Mustafa Mohamed Ibrahim", "Our forces are not inside any medical facility.", stance="deny"),
    # a civil coalition: opt
    S(["Forces for Freedom and Change"], "Forces for Freedom and Change", "welcomed the signing", kind=I,
      opt=True, stance="welcome"),
    S(["Forces for Freedom and Change"], "Forces for Freedom and Change",
      "called on the two parties to move quickly to a permanent ceasefire", kind=I, opt=True, stance="demand"),
    S(UN, "Stéphane Dujarric", "the world body was ready to support the implementation of the declaration",
      kind=I, stance="agree"),
    S(UN, "Stéphane Dujarric", "We will go back as soon as security allows.", stance="neutral"),
    # related-link headlines: opt; the declaration's title is not a statement; the reporter's question is not one
    S(SD, "Burhan", "No negotiations with rebels", opt=True, stance="reject"),
    S(["Egypt", "Chad"], "Egypt, Chad", "call for immediate truce", kind=I, opt=True, stance="demand"),
    K(822, "killed", "civilians", by="Sudan Doctors' Union"), K(3215, "wounded", "civilians"),
]

A["k04_libyaherald_skhirat_signing"] = [
    T("2015-12-17T19:42:10+00:00", "2015-12-17", opt=True), T("17 December 2015", "2015-12-17"),
    T("today", "2015-12-17", ctx="(GNC) today signed"), T("more than a year", "P1Y", opt=True),
    T("Today", "2015-12-17", ctx="\"Today is a historic", opt=True),
    T("today", "2015-12-17", ctx="not here today", opt=True), T("within weeks", "P1W", opt=True),
    T("on Tuesday", "2015-12-15"), T("September 2014", "2014-09"), T("last month", "2015-11"),
    T("Earlier this week", "2015-W51", opt=True), T("on Sunday", "2015-12-13"),
    T("today", "2015-12-17", ctx="told reporters today"), T("in the coming days", "P1W", opt=True),
    T("2015/12", "2015-12", nth=0, opt=True), T("2015/12/14", "2015-12-14", opt=True),
    T("2015", "2015", ctx="&copy; 2015", opt=True),
    P("Tripoli", ctx="Tripoli, 17"), P("Skhirat", ctx="resort of Skhirat"), P("Sirte"), P("Geneva"), P("Rome"),
    P("Misrata"),
    V("Skhirat", "2015-12-17"), V("Rome", "2015-12-13"),
    V("Malta", "2015-12-15", opt=True),  # a meeting in a country
    V("Geneva", "2014-09", opt=True),  # recalled start of the process
    S(UN, "Martin Kobler", "Today is a historic day for Libya,", stance="welcome"),
    S(UN, "Martin Kobler", "The door remains open to those who are not here today.", stance="neutral"),
    S(UN, "Martin Kobler", "called on all Libyans to support the new government", kind=I, stance="demand"),
    S(UN, "Martin Kobler", "\"the clock is ticking\" as Daesh expands its presence in Sirte", kind=I,
      stance="neutral"),
    S(["Morocco"], "Salaheddine Mezouar",
      "Morocco had \"always stood at an equal distance from all Libyan parties\" and would continue to host the "
      "dialogue if asked", kind=I, stance="propose"),
    S(LY, "Faiez Serraj",
      "the Presidency Council would move to Tripoli \"within weeks\" and that its first priority was security",
      kind=I, stance="neutral"),
    S(LY, "Faiez Serraj", "We extend our hand to everyone,", stance="propose"),
    S(["House of Representatives", "General National Congress"], "Ageela Saleh and Nuri Abu Sahmain",
      "both rejected the deal", kind=I, opt=True, stance="reject"),
    S(GNC, "Omar Humaidan",
      "the Skhirat signatories \"represent only themselves\" and that the GNC would not recognise the government",
      kind=I, stance="reject"),
    S(["United States", "Russia", "Italy", "Egypt"], "foreign ministers from 17 countries",
      "pledged to back the GNA", kind=I, opt=True, stance="agree"),
    S(US, "John Kerry",
      "the international community was \"ready to support a unity government\" and would isolate spoilers",
      kind=I, stance="agree"),
    S(["Italy"], "Paolo Gentiloni",
      "Italy was ready to help train Libyan security forces once the government requested it", kind=I,
      stance="propose"),
    S(LY, "Misrata municipal council", "welcomed the signing", kind=I, opt=True, stance="welcome"),
    S(LY, "Mohamed Eshtewi", "the city would back any government \"that ends the bloodshed.\"", kind=I,
      stance="agree"),
]

A["k05_shafaq_baghdad_conference"] = [
    T("2021-08-28", "2021-08-28"), T("on Saturday", "2021-08-28"), T("one-day", "P1D", opt=True),
    T("on Sunday", "2021-08-29"), T("later that day", "2021-08-29", opt=True), T("two months", "P2M", opt=True),
    T("October 10", "2021-10-10"), T("next year", "2022"), T("2021", "2021", ctx="(c) 2021", opt=True),
    P("Baghdad", ctx="Baghdad summit ends"), P("Green Zone", opt=True), P("Erbil", ctx="visit Erbil"),
    P("Mosul"), P("Kurdistan Region", ctx="In the Kurdistan Region", opt=True),
    V("Baghdad", "2021-08-28"), V("Erbil", "2021-08-29"), V("Mosul", "2021-08-29"),
    S(BAGHDAD10, "final statement", "respect for Iraq's sovereignty", opt=True, stance="demand"),  # headline
    S(BAGHDAD10, "final statement", "rejecting \"all forms of interference\" in Iraq's internal affairs", kind=I,
      opt=True, stance="reject"),
    S(IQ, "Mustafa al-Kadhimi",
      "Iraq \"will not be a platform for attacking any neighbour\" and that the conference \"is a message that "
      "Iraq has returned to its natural role in the region.\"", kind=I, stance="neutral"),
    S(FR, "Emmanuel Macron", "France would keep troops in Iraq \"as long as the Iraqi government asks for it.\"",
      kind=I, stance="neutral"),
    S(FR, "Emmanuel Macron", "We will not leave, whatever the Americans decide,", stance="neutral"),
    S(EG, "Abdel Fattah al-Sisi", "Egypt supported Iraq's efforts \"to restore its Arab and regional role\"",
      kind=I, stance="welcome"),
    S(EG, "Abdel Fattah al-Sisi", "called for the withdrawal of \"all foreign forces\" from the country", kind=I,
      stance="demand"),
    S(IR, "Hossein Amir-Abdollahian", "Tehran wanted \"good relations\" with all of Iraq's neighbours", kind=I,
      stance="neutral"),
    S(IR, "Hossein Amir-Abdollahian", "criticised the absence of Syria from the meeting", kind=I, opt=True,
      stance="condemn"),
    S(IR, "Hossein Amir-Abdollahian", "Syria should have been at this table,", stance="condemn"),
    S(SA, "Prince Faisal bin Farhan",
      "the kingdom stood \"with Iraq in its fight against terrorism and extremism.\"", kind=I, stance="neutral"),
    # "A Saudi diplomat declined to say" is not a statement
    S(["Kurdistan Region"], "Masrour Barzani", "welcomed the conference", kind=I, opt=True, stance="welcome"),
    S(["Kurdistan Region"], "Masrour Barzani",
      "Erbil was ready to play \"a constructive role in easing regional tensions.\"", kind=I, stance="propose"),
    S(["Kataib Hezbollah"], "Abu Ali al-Askari",
      "the conference \"will not change the equation\" and that \"the occupier\" must leave", kind=I,
      stance="reject"),
    # the analyst (al-Shammari) is not a statement; "According to a copy" is a document
    S(BAGHDAD10, "final statement",
      "the participants \"acknowledged the need to unify regional and international efforts\" to support Iraq's "
      "security and stability", kind=I, stance="agree"),
    S(["Kuwait"], "Kuwait", "we support Iraq's security and stability", opt=True, stance="welcome"),  # related link
]

A["k06_egypttoday_gerd_washington"] = [
    T("16 Jan 2020", "2020-01-16"), T("16 January 2020", "2020-01-16"), T("on Wednesday", "2020-01-15"),
    T("January 28", "2020-01-28"), T("29", "2020-01-29", ctx="January 28 and 29", opt=True),
    T("since November", "2019-11"), T("2011", "2011", nth=0), T("two-day", "P2D", opt=True),
    T("by the end of the month", "2020-01", opt=True), T("on Thursday last week", "2020-01-09"),
    T("in July", "2020-07"), T("2011", "2011", nth=1), T("in October", "2019-10"), T("2015", "2015"),
    T("a decade", "P10Y", opt=True),
    P("Washington", ctx="talks in Washington - Egypt Today"), P("Cairo", "CAIRO"),
    P("Addis Ababa", ctx="meetings in Addis Ababa"), P("Khartoum", ctx="Addis Ababa, Cairo, Khartoum"),
    P("White House", opt=True), P("Blue Nile", opt=True), P("Nile", ctx="relies on the Nile", opt=True),
    V("Washington", "2020-01-15"), V("Washington", "2020-01-28"), V("White House", "2020-01-09"),
    V("Addis Ababa", None, opt=True), V("Cairo", None, opt=True), V("Khartoum", None, opt=True),
    V("Khartoum", "2015", opt=True),
    S(EG + ET + SD + US, "foreign and water ministers",
      "the filling of the Grand Ethiopian Renaissance Dam (GERD) will be executed in stages and in a \"cooperative "
      "manner\" that takes into account drought years", kind=I, stance="agree"),  # the ministers' joint statement
    S(EG + ET + SD, "foreign and water ministers",
      "they would meet again in Washington on January 28 and 29 to finalize a comprehensive agreement", kind=I,
      stance="agree"),
    S(EG, "Sameh Shoukry", "We are closer than at any time since 2011 to a fair and balanced agreement,",
      stance="neutral"),
    S(EG, "Sameh Shoukry", "Egypt has shown maximum flexibility, and we expect the same from our partners.",
      stance="demand"),
    S(EG, "Sameh Shoukry", "Egypt would not accept any arrangement that \"harms its historic water rights,\"",
      kind=I, stance="reject"),
    S(EG, "Sameh Shoukry", "a matter of life", opt=True, stance="reject"),
    S(US, "Steven Mnuchin",
      "the parties had made \"significant progress\" and that he was \"optimistic\" a deal would be signed by "
      "the end of the month", kind=I, stance="welcome"),
    S(US, "Donald Trump", "the meeting \"went well.\"", kind=I, stance="welcome"),
    S(ET, "Seleshi Bekele",
      "his country's right to develop its resources \"is not negotiable,\" but that Addis Ababa was \"committed "
      "to a win-win outcome.\"", kind=I, stance="reject"),
    S(ET, "Seleshi Bekele",
      "dismissed reports that Ethiopia planned to start filling the reservoir in July regardless of a deal",
      kind=I, opt=True, stance="deny"),
    S(ET, "Seleshi Bekele", "No decision has been taken outside the negotiations.", stance="deny"),
    S(SD, "Yasir Abbas", "Khartoum would benefit from the regulated flow", kind=I, stance="neutral"),
    S(SD, "Yasir Abbas", "urged the three countries to \"seize this opportunity.\"", kind=I, stance="demand"),
    S(EG, "Egypt", "a rapid filling could cut its share", kind=I, stance="neutral"),
    # recalled with its old date (October): opt
    S(ET, "Abiy Ahmed", "\"no force\" could stop Ethiopia from building the dam", kind=I, opt=True,
      stance="reject"),
    S(EG, "Egypt", "called for international mediation", kind=I, opt=True, stance="demand"),
    S(EG, "Sisi", "Egypt will protect its rights to the Nile waters", opt=True, stance="threat"),  # related link
]

A["k07_arutzsheva_shalit_cabinet_vote"] = [
    T("12/10/2011", "2011-10-12"), T("Wednesday morning", "2011-10-12"), T("June 2006", "2006-06"),
    T("within about a week", "P1W", opt=True), T("two months later", "P2M", opt=True),
    T("on Tuesday evening", "2011-10-11"), T("early next week", "2011-W42"), T("June 25, 2006", "2006-06-25"),
    P("Gaza Strip", "Gaza", ctx="held in Gaza since"), P("Middle East", opt=True), P("Jerusalem"),
    P("Damascus"), P("Gaza City"), P("Prime Minister's residence", opt=True), P("Rafah"), P("Ramallah"),
    P("Kerem Shalom"),
    V("Jerusalem", "2011-10-11"), V("Rafah", "2011-W42", opt=True),  # a handover, not a meeting
    S(IL, "Binyamin Netanyahu",
      "I believe we have reached the best deal we could get at this time, when storms are sweeping the Middle "
      "East,", stance="agree"),
    S(IL, "Binyamin Netanyahu", "I do not know if we would have another chance.", stance="neutral"),
    S(IL, "Binyamin Netanyahu",
      "he had insisted senior terrorist commanders \"remain behind bars\" and that many of those freed would be "
      "deported to Gaza or abroad", kind=I, stance="neutral"),
    S(IL, "Uzi Landau", "the deal was \"a great victory for terrorism\"", kind=I, stance="condemn"),
    S(IL, "Uzi Landau", "freed terrorists \"will return to murder Jews.\"", kind=I, stance="neutral"),
    # Lieberman "did not speak to the press": not a statement; the vote count is a fact report
    S(["Almagor"], "Almagor Terror Victims Association",
      "it would petition the High Court of Justice against the release", kind=I, opt=True, stance="reject"),
    S(["Almagor"], "Meir Indor", "Every one of these murderers has blood on his hands,", opt=True,
      stance="condemn"),
    S(["Almagor"], "Families of victims", "vow to petition High Court", kind=I, opt=True, stance="reject"),
    S(HA, "Khaled Mashaal", "called the agreement \"a national achievement\"", kind=I, stance="welcome"),
    S(HA, "Khaled Mashaal", "the movement would \"continue to work to free all our prisoners.\"", kind=I,
      stance="neutral"),
    S(IL, "Noam Shalit", "thanked the government", kind=I, opt=True, stance="welcome"),  # a civilian
    S(IL, "Noam Shalit", "the family would believe it \"only when Gilad is home.\"", kind=I, opt=True,
      stance="neutral"),
    S(EG, "Egyptian officials",
      "the exchange could take place early next week, and that Egyptian intelligence chief Murad Muwafi would "
      "oversee the handover at the Rafah crossing", kind=I, stance="neutral"),
    S(EG, "A senior Egyptian security official",
      "Cairo had \"guarantees from both sides\" that the deal would be carried out", kind=I, stance="neutral"),
    S(PA, "Palestinian Authority", "welcomed the release of the prisoners", kind=I, opt=True, stance="welcome"),
    K(2, "killed", "IDF soldiers"),
]

A["k08_roya_amman_aqsa_meeting"] = [
    T("13/11/2014", "2014-11-13"), T("2014/11", "2014-11", opt=True), T("on Thursday", "2014-11-13"),
    T("Earlier on Thursday", "2014-11-13"), T("last week", "2014-W45"),
    T("on Wednesday", "2014-11-12", nth=0), T("on Wednesday", "2014-11-12", nth=1), T("on Friday", "2014-11-14"),
    T("2014", "2014", ctx="© 2014", opt=True),
    P("Amman", ctx="meet in Amman"), P("Al Husseiniya Palace", ctx="Al Husseiniya Palace in Amman", opt=True),
    P("Al-Aqsa Mosque", opt=True), P("Jerusalem", ctx="occupied Jerusalem"), P("Temple Mount", opt=True),
    P("Tel Aviv"), P("Old City", opt=True), P("Vienna"),
    V("Amman", "2014-11-13"), V("Amman", "2014-11-12"), V("Vienna", "2014-11-14"),
    S(JO, "King Abdullah II",
      "Jordan \"rejects any Israeli measures that threaten the Islamic and Christian holy sites\"", kind=I,
      stance="reject"),
    S(JO, "King Abdullah II",
      "the Hashemite custodianship of the holy sites in Jerusalem \"is a responsibility the Kingdom will not "
      "abandon.\"", kind=I, stance="neutral"),
    S(JO, "King Abdullah II",
      "called on Israel to \"respect the historic status quo\" at Al-Aqsa and to stop the incursions of extremist "
      "settlers into its compound", kind=I, stance="demand"),
    S(US, "John Kerry", "the parties had agreed on \"concrete steps\" to de-escalate", kind=I, stance="agree"),
    S(US, "John Kerry", "Practical commitments have been made to restore calm,", stance="neutral"),
    # reported through Kerry: Netanyahu's
    S(IL, "Benjamin Netanyahu",
      "Netanyahu had reaffirmed Israel's commitment to uphold the status quo on the Temple Mount", kind=I,
      stance="agree"),
    # "Netanyahu's office did not issue a statement" is not a statement
    S(IL, "an Israeli official", "Israel \"has no intention of changing the status quo.\"", kind=I, stance="deny"),
    S(JO, "Jordan", "repeated Israeli violations", opt=True, stance="condemn"),
    S(JO, "Mohammad Momani",
      "Jordan would return the ambassador \"when there is a real change on the ground, not before.\"", kind=I,
      stance="demand"),
    S(JO, "Mohammad Momani", "Jordan will use all diplomatic and legal means to protect Al-Aqsa.", stance="threat"),
    S(PAL, "Mahmoud Abbas",
      "Abbas had urged Kerry to \"put an end to the Israeli escalation in Jerusalem\" and warned of \"a religious "
      "war.\"", kind=I, stance="demand"),
    S(JO, "Momani", "Jordan will not stand idly by", opt=True, stance="threat"),  # related link
    K(24, "wounded", "people", by="Palestinian Red Crescent"),
]

A["k09_mwn_rabat_joint_declaration"] = [
    T("Dec 22, 2020", "2020-12-22"), T("on Tuesday", "2020-12-22"), T("within two weeks", "P2W", opt=True),
    T("earlier in the day", "2020-12-22", opt=True), T("12 days", "P12D", opt=True),
    T("December 10", "2020-12-10"), T("on Wednesday", "2020-12-23"), T("1994", "1994", opt=True),
    T("2020", "2020", ctx="1994 to 2020", opt=True), T("2020", "2020", ctx="© 2020", opt=True),
    P("Rabat", ctx="Rabat - Morocco"), P("Tel Aviv", ctx="Rabat and Tel Aviv"), P("Royal Palace", opt=True),
    P("Rabat-Sale Airport", opt=True), P("Western Sahara", ctx="sovereignty over Western Sahara", opt=True),
    P("Mohammed V Mausoleum", opt=True),
    V("Rabat", "2020-12-22"),
    S(MA + US + IL, "joint declaration",
      "committing to resume diplomatic contacts between Morocco and Israel and to reopen liaison offices in Rabat "
      "and Tel Aviv \"within two weeks.\"", kind=I, opt=True, stance="agree"),
    S(MA + US + IL, "joint declaration",
      "the three countries agreed to \"promote a dynamic and innovative economic cooperation\" and to work on "
      "direct flights, trade, water, and energy", kind=I, stance="agree"),
    S(MA, "King Mohammed VI",
      "King Mohammed VI reaffirmed to the delegation Morocco's \"constant, continuous and unchanged\" position "
      "on the Palestinian question, based on a two-state solution", kind=I, stance="neutral"),
    S(MA, "King Mohammed VI",
      "The King stressed that negotiations between the Palestinian and Israeli parties remain the only way to "
      "reach a final, lasting and comprehensive solution,", stance="neutral"),
    S(US, "Jared Kushner", "described the visit as \"a historic day.\"", kind=I, stance="welcome"),
    S(US, "Jared Kushner", "The King has shown great courage, and the United States will stand with Morocco,",
      stance="welcome"),
    S(IL, "Meir Ben-Shabbat", "the agreement was \"a new dawn\" for relations between the two peoples", kind=I,
      stance="welcome"),
    S(IL, "Meir Ben-Shabbat", "Shalom, salam,", opt=True, stance="welcome"),
    # recalled with its old date: opt
    S(US, "Donald Trump",
      "Washington recognized Morocco's sovereignty over Western Sahara, and that Morocco would normalize ties with "
      "Israel", kind=I, opt=True, stance="neutral"),
    S(MA, "Saad Eddine El Othmani", "the decision was \"a difficult one\" but that he stood behind the King",
      kind=I, stance="neutral"),
    S(["Polisario Front"], "Polisario Front", "rejected the US proclamation", kind=I, opt=True, stance="reject"),
    S(["Polisario Front"], "Sidi Omar",
      "no decision by any country can change the legal status of Western Sahara.", stance="reject"),
    # "Palestinian officials have not commented publicly" is not a statement; "peace" on the plane is a label
    S(HA, "Hamas", "called it \"a political sin\" that \"does not serve the Palestinian cause.\"", kind=I,
      stance="condemn"),
]

A["k10_csmonitor_yemen_truce_feature"] = [
    T("May 17, 2022", "2022-05-17"), T("six years", "P6Y", nth=0, opt=True), T("on Monday", "2022-05-16"),
    T("six years", "P6Y", nth=1, opt=True), T("August 2016", "2016-08"), T("two-month", "P2M", opt=True),
    T("April 2", "2022-04-02"), T("the first day of Ramadan", "2022-04-02", opt=True),
    T("seven years", "P7Y", opt=True), T("for weeks", "P1W", opt=True), T("in April", "2022-04"),
    T("in June", "2022-06"), T("two days", "P2D", opt=True), T("two hours", "PT2H", opt=True),
    T("2015", "2015"), T("April 7", "2022-04-07"), T("last month", "2022-04"), T("September 2014", "2014-09"),
    T("June 1", "2022-06-01"),
    P("Amman", ctx="bound for Amman"), P("Sanaa", ctx="jet in Sanaa"), P("Taiz", ctx="city of Taiz"),
    P("Hodeidah", ctx="docking at Hodeidah"), P("Riyadh"), P("Aden"), P("Cairo"),
    V("Aden", "2022-04"), V("Riyadh", "2022-04-07", opt=True),
    S(YE, "Abdullah al-Marwani", "I did not believe it until the wheels left the ground,", opt=True,
      stance="neutral"),  # civilians: opt
    S(YE, "Abdullah al-Marwani", "For six years we were prisoners in our own country.", opt=True, stance="neutral"),
    S(UN, "Hans Grundberg", "called the flight \"a long-awaited step\"", kind=I, stance="welcome"),
    S(UN, "Hans Grundberg",
      "urged the parties to \"build on this moment\" by reopening roads around the besieged city of Taiz", kind=I,
      stance="demand"),
    S(UN, "Hans Grundberg", "The truce is a fragile opportunity, and it must not be wasted,", stance="demand"),
    S(HU, "Mohammed Abdulsalam", "the flight was a \"humanitarian right, not a favour,\"", kind=I,
      stance="neutral"),
    S(HU, "Mohammed Abdulsalam",
      "accused the Saudi-led coalition of delaying it for weeks over passport disputes", kind=I, stance="condemn"),
    S(SA, "Mohammed Al Jaber",
      "the kingdom \"supports every effort to ease the suffering of the Yemeni people.\"", kind=I,
      stance="welcome"),
    S(SA, "Turki al-Maliki", "the coalition would \"respect the truce as long as the other side does.\"", kind=I,
      opt=True, stance="agree"),  # recalled from April
    # the analysts (al-Madhaji, Salisbury) and the residents are not statements; "according to the UN" is a fact
    S(YE, "Fuad", "Before the truce I waited two days for petrol; now it is two hours,", opt=True,
      stance="neutral"),
    S(YE, "Samira Ahmed", "They opened the sky for Sanaa, but our roads are still closed,", opt=True,
      stance="neutral"),
    S(YE, "Presidential Leadership Council",
      "it will not accept a permanent deal that leaves the Houthis in control of Sanaa", kind=I, stance="reject"),
    S(YE, "Rashad al-Alimi", "peace will not come at the expense of the state.", opt=True, stance="reject"),
    K(150000, "killed", "people", qualifier="estimated", by="UN"),
]

A["k11_kyodo_galaxy_leader_seizure"] = [
    T("Nov 20, 2023", "2023-11-20"), T("on Monday", "2023-11-20", nth=0), T("a day earlier", "2023-11-19"),
    T("on Monday", "2023-11-20", nth=1), T("on Sunday", "2023-11-19"), T("Nov. 10", "2023-11-10"),
    P("Red Sea", ctx="seized in Red Sea", opt=True), P("Tokyo", ctx="press conference in Tokyo"),
    P("Hodeidah"), P("Gaza Strip", ctx="in the Gaza Strip"), P("Tehran", ctx="said in Tehran"),
    P("Suez Canal", opt=True), P("Bab el-Mandeb", opt=True), P("Middle East", opt=True),
    S(JP, "Japan",
      "called on Yemen's Houthi rebels to release a cargo ship operated by Nippon Yusen K.K. that was seized in "
      "the Red Sea a day earlier", kind=I, stance="demand"),
    S(JP, "Japan",
      "it was talking directly to the Iran-backed group as well as to Israel, Saudi Arabia, Oman and Iran",
      kind=I, stance="neutral"),
    S(JP, "Hirokazu Matsuno",
      "We strongly condemn the seizure and call for the early release of the vessel and its crew,",
      stance="condemn"),
    S(JP, "Hirokazu Matsuno", "船舶と乗組員の早期解放を求める", opt=True, stance="demand"),  # Japanese line
    S(JP, "Hirokazu Matsuno",
      "none of the 25 crew members, who are from countries including the Philippines, Bulgaria, Ukraine and "
      "Mexico, were Japanese", kind=I, stance="neutral"),
    S(JP, "Yoko Kamikawa",
      "she had asked her Israeli counterpart Eli Cohen in a phone call on Monday to handle the matter "
      "\"calmly,\"", kind=I, stance="demand"),
    S(JP, "Yoko Kamikawa", "We are using every channel available.", stance="neutral"),
    # the reporters' question and "declined to go into detail" are not statements
    S(HU, "Yahya Saree",
      "the group would continue to target ships \"owned or operated by Israeli companies\" until Israel stops its "
      "\"aggression\" in the Gaza Strip", kind=I, stance="threat"),
    S(IL, "Benjamin Netanyahu's office",
      "the ship was \"British-owned and Japanese-operated\" and that no Israelis were aboard", kind=I,
      stance="neutral"),
    S(IL, "Benjamin Netanyahu's office", "called the seizure \"another act of Iranian terrorism.\"", kind=I,
      stance="condemn"),
    S(IR, "Tehran", "denied involvement", kind=I, opt=True, stance="deny"),
    S(IR, "Nasser Kanaani",
      "the accusations were \"baseless\" and that \"the resistance groups act independently.\"", kind=I,
      stance="deny"),
    S(["NYK"], "NYK",
      "it was \"gathering information\" and had set up an emergency task force at its Tokyo headquarters", kind=I,
      opt=True, stance="neutral"),  # a company
    S(JP, "Fumio Kishida", "has called for humanitarian pauses in Gaza", kind=I, opt=True, stance="demand"),
    S(HU, "Houthis", "threaten ships linked to Israel", kind=I, opt=True, stance="threat"),  # related link
]

A["k12_cbc_explainer_gaza_ceasefire"] = [
    T("Sunday", "2025-01-19", ctx="take effect Sunday"), T("Jan 16, 2025", "2025-01-16"),
    T("January 16", "2025-01-16"), T("15 months", "P15M", opt=True), T("on Wednesday evening", "2025-01-15"),
    T("on Sunday", "2025-01-19"), T("42 days", "P42D", opt=True), T("the 16th day", "P16D", opt=True),
    T("On Thursday morning", "2025-01-16"), T("Oct. 7, 2023", "2023-10-07"), T("Nov. 24, 2023", "2023-11-24"),
    T("week-long", "P1W", opt=True), T("Dec. 1", "2023-12-01"), T("May 31, 2024", "2024-05-31"),
    T("Nov. 21, 2024", "2024-11-21"), T("Jan. 15, 2025", "2025-01-15"), T("16th-day", "P16D", opt=True),
    T("©2025", "2025", opt=True),
    P("Gaza Strip", "Gaza", ctx="fighting in Gaza"), P("Doha", ctx="evening in Doha"), P("Cairo"),
    P("White House"), P("Southern Israel", "southern Israel"),
    V("Doha", "2025-01-15"),
    S(QA, "Sheikh Mohammed bin Abdulrahman Al Thani", "announced the deal", kind=I, opt=True, stance="neutral"),
    S(QA, "Sheikh Mohammed bin Abdulrahman Al Thani",
      "the ceasefire would take effect on Sunday, and that the mediators would \"follow up on the implementation "
      "through a joint body in Cairo.\"", kind=I, stance="neutral"),
    S(US, "Joe Biden", "the deal was \"the product of extreme pressure\" and \"hard-nosed diplomacy.\"", kind=I,
      stance="welcome"),
    S(IL, "Benjamin Netanyahu's office",
      "accused Hamas of reneging on parts of the agreement \"in an attempt to extort last-minute concessions\"",
      kind=I, stance="condemn"),
    S(IL, "Benjamin Netanyahu's office",
      "the cabinet would not meet to approve it until the mediators confirmed that Hamas had accepted every "
      "element", kind=I, stance="demand"),
    S(HA, "Izzat al-Rishq",
      "the movement \"is committed to the ceasefire agreement that was announced by the mediators.\"", kind=I,
      stance="agree"),
    S(IL, "Itamar Ben-Gvir", "has threatened to quit the government if the deal goes ahead", kind=I,
      stance="threat"),
    S(IL, "Itamar Ben-Gvir", "This is a reckless deal,", stance="reject"),
    S(CA, "Mélanie Joly", "Canada \"welcomes the agreement\"", kind=I, stance="welcome"),
    S(CA, "Mélanie Joly", "called for \"a surge of humanitarian aid into Gaza.\"", kind=I, stance="demand"),
    S(CA, "Justin Trudeau", "the deal was \"long overdue.\"", kind=I, stance="welcome"),
    S(US, "Joe Biden", "was drawn up by Israel", kind=I, opt=True, stance="neutral"),  # inside the timeline
    # the analysts (Zonszein, Baskin) are not statements; the tolls are casualty claims
    S(["Canada"], "Canadians in Gaza", "unbearable", opt=True, stance="neutral"),  # related link
    S(IL, "Israel", "cabinet vote delayed over \"last-minute crisis\"", kind=I, opt=True, stance="neutral"),
    K(1200, "killed", "people", qualifier="about", by="Israeli tallies"),
    K(46000, "killed", "Palestinians", by="Health Ministry"),
]

# the quoted fragments inside each indirect statement: optional statements of the same speaker (blind8's convention)
add_fragments(A)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
