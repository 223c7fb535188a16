"""Build tests/blind21/gold.json from the hand annotations below (run: python tests/blind21/make_gold.py).

A blind set (blind21) of ordinary Middle East diplomacy news from twelve outlets not used by the earlier sets, written
to resemble the hidden set (the five seeds) and annotated without reading the extractor code (``lib/``), the git log,
``docs/`` or the articles of the other sets. Offsets are character offsets into ``open(path, encoding="utf-8").read()``
(the way the scorer reads the files), found by exact substring search: ``ctx`` (a longer, unique stretch of text)
locates the mention when the bare text repeats, ``nth`` picks the n-th occurrence. Every span is checked with
``text[start:end] == item['text']``; every direct quote, and every indirect quote too (the reported clause as written),
must occur verbatim in its article. Every statement carries a ``stance`` (threat, reject, condemn, welcome, demand,
propose, agree, deny, neutral) for ``bench/stance_eval.py``. The format is the one of ``shared/eval/gold/seeds.json``;
conventions are in README.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, add_fragments, build_gold, find, write_gold  # noqa: E402,F401

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Gaza City": (31.5017, 34.4668), "Jerusalem": (31.7690, 35.2163), "Ramallah": (31.8996, 35.2042),
    "Cairo": (30.0626, 31.2497), "Hebron": (31.5294, 35.0938), "Sderot": (31.5250, 34.5969),
    "Damascus": (33.5102, 36.2913), "Kerem Shalom": (31.2275, 34.2836), "Rafah": (31.2969, 34.2455),
    "Caracas": (10.4880, -66.8792), "Vienna": (48.2085, 16.3721), "White House": (38.8977, -77.0365),
    "Washington": (38.8951, -77.0364), "Tokyo": (35.6895, 139.6917), "Tehran": (35.6944, 51.4215),
    "Hodeidah": (14.7978, 42.9545), "Rimbo": (59.7447, 18.3636), "Stockholm": (59.3326, 18.0649),
    "London": (51.5085, -0.1257), "Istanbul": (41.0138, 28.9497), "Sanaa": (15.3547, 44.2067),
    "Geneva": (46.2022, 6.1457), "Palais des Nations": (46.2266, 6.1406), "Aleppo": (36.2021, 37.1343),
    "Rome": (41.8919, 12.5113), "Athens": (37.9838, 23.7275), "Berlin": (52.5244, 13.4105),
    "Tripoli": (32.8872, 13.1913), "Benghazi": (32.1167, 20.0667), "Moscow": (55.7522, 37.6156),
    "Seoul": (37.5665, 126.9780), "Jubail": (27.0174, 49.6225), "Fujairah": (25.1164, 56.3414),
    "Bandar Abbas": (27.1865, 56.2808), "AlUla": (26.6084, 37.9232), "Maraya": (26.6200, 37.8700),
    "Kuwait City": (29.3697, 47.9783), "Cape of Good Hope": (-34.3568, 18.4740), "Singapore": (1.2897, 103.8501),
    "Beijing": (39.9075, 116.3972), "Riyadh": (24.6877, 46.7219), "Mashhad": (36.2970, 59.6062),
    "Baghdad": (33.3406, 44.4009), "Muscat": (23.5841, 58.4078), "Beirut": (33.8938, 35.5018),
    "Naqoura": (33.1181, 35.1397), "Doha": (25.2854, 51.5310), "Al Wajba Palace": (25.2986, 51.4069),
    # regions and offshore features
    "Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25), "Southern Israel": (31.25, 34.70),
    "Eshkol": (31.25, 34.40), "Middle East": (29.0, 41.0), "Red Sea": (20.0, 38.5), "Saada": (16.94, 43.76),
    "Crete": (35.24, 24.81), "Strait of Hormuz": (26.57, 56.25), "Karish": (32.96, 34.06), "Qana": (33.21, 35.30),
}
RADIUS = {"Gaza Strip": 60, "West Bank": 60, "Southern Israel": 80, "Eshkol": 30, "Middle East": 1500,
          "Red Sea": 800, "Saada": 80, "Crete": 150, "Strait of Hormuz": 80, "Karish": 40, "Qana": 100}
# a place is required once per article; landmarks inside a required city, reporters' locations in credit lines,
# "Middle East" and "Red Sea" are opt; capitals used for governments are not places; countries are not annotated.
I = "indirect"  # noqa: E741
US = ["United States"]
IL = ["Israel"]
HA = ["Hamas"]
PAL = ["Palestinian Authority", "PLO", "Fatah"]
UN = ["United Nations"]
EG = ["Egypt"]
QA = ["Qatar"]
IR = ["Iran"]
LB = ["Lebanon"]
HZ = ["Hezbollah"]
TR = ["Turkey"]
SA = ["Saudi Arabia"]
AE = ["United Arab Emirates"]
KW = ["Kuwait"]
RU = ["Russia"]
CN = ["China"]
JP = ["Japan"]
GR = ["Greece"]
KR = ["South Korea"]
UK = ["United Kingdom"]
EU = ["European Union"]
AU = ["Australia"]
CH = ["Switzerland"]
SY = ["Syria"]
DE = ["Germany"]
SG = ["Singapore"]
YE = ["Yemen"]
HOU = ["Houthis"]
HNC = ["High Negotiations Committee"]
GNA = ["Government of National Accord"]
COAL = ["Saudi-led coalition", "Saudi Arabia"]

A = {}

A["c01_smh_gaza_truce_2014"] = [
    T("August 27, 2014", "2014-08-27"),
    T("50 days", "P50D", nth=0, opt=True), T("50 days", "P50D", nth=1, opt=True),
    T("seven weeks", "P7W", opt=True),
    T("7pm", "2014-08-26T19:00", opt=True),
    T("on Tuesday", "2014-08-26", ctx="local time on Tuesday,"),
    T("Today", "2014-08-26", opt=True),  # inside Abu Zuhri's quote
    T("weeks ago", "PXW", opt=True),
    T("Tuesday night", "2014-08-26"),
    T("within a month", "P1M", opt=True),
    T("August", "2014-08", ctx="The August truce"),
    T("72-hour", "PT72H", opt=True),
    T("August 5", "2014-08-05"),
    T("three days", "P3D", opt=True),
    T("August 1", "2014-08-01"),
    T("within hours", "PXH", opt=True),
    T("In two years", "P2Y", opt=True),
    P("Gaza City"), P("Jerusalem", ctx="Jerusalem: Israel"), P("Gaza Strip"), P("Ramallah"), P("Cairo"),
    P("Eshkol", "Eshkol regional council area", opt=True), P("Southern Israel", "southern Israel"),
    P("West Bank"), P("Hebron"), P("Sderot"),
    # the indirect talks are to begin in Cairo "within a month": no resolvable date
    V("Cairo", None, opt=True),
    S(EG, "Egypt's Foreign Ministry",
      "the two sides had agreed to a \"comprehensive and mutual ceasefire\" and that crossings into the Gaza Strip "
      "would be opened to allow humanitarian aid and reconstruction materials to enter", kind=I, stance="neutral"),
    S(PAL, "Mahmoud Abbas", "the Palestinians had accepted the Egyptian proposal \"to stop the bloodshed\"", kind=I,
      stance="agree"),
    S(PAL, "Mahmoud Abbas", "the next step was \"to put an end to the occupation\" through an international process",
      kind=I, stance="demand"),
    S(HA, "Sami Abu Zuhri", "Today we are celebrating the victory of the resistance,", stance="neutral"),
    S(HA, "Sami Abu Zuhri", "The enemy has failed to break the will of our people.", stance="neutral"),
    S(IL, "Mark Regev", "Israel had accepted the same terms it had been offered weeks ago", kind=I,
      stance="neutral"),
    S(IL, "Mark Regev", "Hamas was hit hard and got nothing,", stance="neutral"),
    # Netanyahu "did not comment", his office "declined to say": not statements
    S(UN, "Ban Ki-moon", "welcomed the announcement", kind=I, opt=True, stance="welcome"),
    S(UN, "Ban Ki-moon", "urged both sides to \"fully comply\" with the ceasefire", kind=I, stance="demand"),
    S(US, "US State Department", "Washington \"strongly supports\" the agreement", kind=I, stance="welcome"),
    S(AU, "Julie Bishop", "the ceasefire was \"a welcome development\"", kind=I, stance="welcome"),
    S(AU, "Julie Bishop", "called on both parties to make it permanent", kind=I, stance="demand"),
    S(IL, "Sderot residents", "they doubted the calm would last", kind=I, opt=True, stance="neutral"),
    S(IL, "Yossi Cohen", "We have heard this before,", opt=True, stance="neutral"),
    S(IL, "Yossi Cohen", "In two years we will be back in the shelters.", opt=True, stance="neutral"),
    # the tolls are fact reports (Gaza's Health Ministry, Israel): casualties, not statements
    K(2100, "killed", "Palestinians", qualifier="more than"),
    K(70, "killed", "people"),
    K(2143, "killed", "Palestinians", by="Gaza's Health Ministry"),
    K(490, "killed", "children", by="Gaza's Health Ministry"),
    K(11000, "wounded", "Palestinians", qualifier="more than", by="Gaza's Health Ministry"),
    K(64, "killed", "soldiers", by="Israel"),
    K(6, "killed", "civilians", by="Israel"),
    K(2, "killed", "men"),
]

A["c02_latimes_shalit_deal_2011"] = [
    T("2011-10-12", "2011-10-12", opt=True),  # inside the <meta> timestamp
    T("October 12, 2011", "2011-10-12"),
    T("early Wednesday", "2011-10-12"),
    T("more than five years", "P5Y", opt=True),
    T("Tuesday evening", "2011-10-11"),
    T("within a week", "P1W", opt=True),
    T("within two months", "P2M", opt=True),
    T("June 25, 2006", "2006-06-25"),
    T("December 2009", "2009-12"),
    T("last year", "2010"),
    T("the past three months", "P3M", opt=True),
    T("last month", "2011-09"),
    T("20110624", "2011-06-24", opt=True),  # inside a link
    T("2011", "2011", ctx="Copyright &copy; 2011", opt=True),
    P("Jerusalem"), P("Gaza Strip"), P("Middle East", opt=True), P("Damascus"), P("Kerem Shalom"),
    P("Rafah"), P("Caracas"), P("Gaza City", opt=True),  # credit line
    V("Jerusalem", "2011-10-12"),  # the Cabinet's late-night session
    V("Caracas", None, opt=True),  # Abbas's visit, implied
    S(IL, "Benjamin Netanyahu", "it was \"a very difficult decision,\"", kind=I, stance="neutral"),
    S(IL, "Benjamin Netanyahu", "he believed the deal was \"the best we could get\" under the circumstances", kind=I,
      stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "I believe we have reached the best deal we could have achieved at this time, when storms are sweeping the "
      "Middle East,", stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "I do not know if in the future we would have had a better deal or any deal at all.", stance="neutral"),
    S(HA, "Khaled Meshaal", "the deal was \"a national achievement\" for the Palestinians", kind=I, stance="welcome"),
    S(HA, "Khaled Meshaal",
      "1,027 prisoners would be released in two stages, the first within a week and the rest within two months",
      kind=I, stance="neutral"),
    S(HA, "Hamas officials in Gaza", "the list included 315 prisoners serving life sentences", kind=I,
      stance="neutral"),
    S(IL, "Israel", "blood on their hands,", opt=True, stance="neutral"),  # Israel's phrase, recalled
    S(HA, "Hamas", "accused Israel of \"evasion and procrastination.\"", kind=I, stance="condemn"),
    S(IL, "Noam Shalit", "We are happy, but we will believe it when we see Gilad walking,", opt=True,
      stance="welcome"),
    # the protest signs' slogan is not a statement
    S(IL, "Almagor", "it would petition the Supreme Court to halt the release", kind=I, opt=True, stance="reject"),
    S(EG, "Egyptian officials",
      "the exchange would be carried out through Egypt's Rafah crossing with the help of Egyptian intelligence",
      kind=I, stance="neutral"),
    S(EG, "An Egyptian security official",
      "Cairo had \"worked around the clock\" for the past three months to close the gap", kind=I, stance="neutral"),
    S(PAL, "Mahmoud Abbas", "welcomed the deal", kind=I, opt=True, stance="welcome"),
    S(PAL, "Mahmoud Abbas", "any release of prisoners \"is a joy for every Palestinian home.\"", kind=I,
      stance="welcome"),
    # the reporters' question to Abbas and "declined to answer" are not statements; analysts are opt
    S(["Analysts"], "Analysts", "the deal could bolster Hamas at the expense of Abbas", kind=I, opt=True,
      stance="neutral"),
    S(["Al-Azhar University"], "Mkhaimar Abusada", "This is a big win for Hamas in the street,", opt=True,
      stance="neutral"),
    K(2, "killed", "soldiers"),
]

A["c03_usatoday_iran_deal_reactions_2015"] = [
    T("12:14 p.m. ET", "2015-07-14T12:14", opt=True),
    T("July 14, 2015", "2015-07-14", nth=0),
    T("6:02 p.m. ET", "2015-07-14T18:02", opt=True),
    T("July 14, 2015", "2015-07-14", nth=1),
    T("on Tuesday", "2015-07-14"),
    T("Tuesday", "2015-07-14", ctx="poured in Tuesday"),
    T("17 days", "P17D", opt=True),
    T("five years", "P5Y", opt=True),
    T("15 years", "P15Y", opt=True),
    T("60 days", "P60D", opt=True),
    T("12 years", "P12Y", opt=True),
    P("Vienna"), P("White House"), P("Jerusalem"), P("Tokyo"), P("Tehran", ctx="In Tehran, crowds"),
    P("Middle East", opt=True), P("Washington", ctx="David Jackson in Washington", opt=True),
    V("Vienna", "2015-07-14"),
    V("Jerusalem", "2015-07-14"),  # Netanyahu with the visiting Dutch foreign minister
    S(US, "Barack Obama", "the deal meant \"every pathway to a nuclear weapon is cut off.\"", kind=I,
      stance="neutral"),
    S(US, "Barack Obama",
      "he would \"veto any legislation that prevents the successful implementation of this deal.\"", kind=I,
      stance="threat"),
    S(IR, "Hassan Rouhani", "\"a new chapter\" had begun in Iran's relations with the world", kind=I,
      stance="welcome"),
    S(IR, "Hassan Rouhani", "Our prayers have come true,", stance="welcome"),
    S(IL, "Benjamin Netanyahu", "called the agreement \"a bad mistake of historic proportions.\"", kind=I,
      stance="reject"),
    S(IL, "Benjamin Netanyahu",
      "Israel is not bound by this deal with Iran, because Iran continues to seek our destruction. We will always "
      "defend ourselves.", stance="reject"),
    S(SA, "A Saudi official",
      "the kingdom had always supported an agreement that prevents Iran from obtaining nuclear weapons", kind=I,
      stance="neutral"),
    S(SA, "A Saudi official", "Iran must stop \"meddling in the affairs of the countries of the region.\"", kind=I,
      stance="demand"),
    S(US, "John Kerry", "the agreement was \"the good deal that we sought.\"", kind=I, stance="neutral"),
    # the reporters' question to Kerry is not a statement
    S(US, "John Kerry", "the embargo would remain for five years", kind=I, stance="neutral"),
    S(IR, "Mohammad Javad Zarif",
      "it was \"not a perfect agreement for anybody,\" but \"it is what we could accomplish.\"", kind=I,
      stance="neutral"),
    S(IR, "Mohammad Javad Zarif", "Iran would \"never\" seek nuclear weapons", kind=I, stance="deny"),
    S(RU, "Vladimir Putin", "the world \"breathed a sigh of relief.\"", kind=I, stance="welcome"),
    S(EU, "Federica Mogherini", "called it \"a sign of hope for the entire world.\"", kind=I, stance="welcome"),
    S(US, "John Boehner", "the agreement was likely to \"embolden Iran\"", kind=I, stance="reject"),
    S(US, "John Boehner", "pledged to fight it in Congress", kind=I, stance="reject"),
    # McConnell "did not say": not a statement
    S(JP, "Yoshihide Suga",
      "Japan \"welcomes the final agreement\" and hoped it would help stabilize the Middle East", kind=I,
      stance="welcome"),
    # the chant "Thank you Rouhani" is a slogan; the student is a civilian
    S(IR, "Reza", "Maybe now I can find a real job,", opt=True, stance="neutral"),
]

A["c04_economist_hodeidah_feature_2018"] = [
    T("Dec 20th 2018", "2018-12-20"),
    T("2014", "2014", ctx="since 2014"),
    T("For months", "PXM", opt=True),
    T("December 13th", "2018-12-13", nth=0),
    T("a week of talks", "P1W", opt=True),
    T("December 14th", "2018-12-14"),
    T("midnight", "2018-12-18T00:00", opt=True),
    T("on Tuesday", "2018-12-18"),
    T("Within hours", "PXH", opt=True),
    T("in October", "2018-10"),
    T("December 13th", "2018-12-13", nth=1),
    T("January 2016", "2016-01"),
    T("for two years", "P2Y", opt=True),
    T("for a day", "P1D", opt=True),
    T("late January", "2019-01"),
    P("Hodeidah"), P("Red Sea", opt=True), P("Rimbo"), P("Stockholm"), P("London"), P("Istanbul"),
    P("Sanaa", ctx="In Sanaa, the capital"),
    # the week of talks at the castle in Rimbo (the "Stockholm" talks), ending on December 13th
    V("Rimbo", "2018-12-13", r=60),
    S(YE, "Abdullah", "Before the war, I sold two tonnes a day. Now I am lucky if I sell a crate,", opt=True,
      stance="neutral"),
    S(UN, "António Guterres", "called it \"a real step forward\"", kind=I, stance="welcome"),
    S(UN, "Martin Griffiths", "the deal was \"a chance to turn the tide\"", kind=I, stance="welcome"),
    S(HOU + COAL, "each side", "each side accused the other of breaking it", kind=I, opt=True, stance="condemn"),
    S(HOU, "Mohammed Abdulsalam", "the coalition had shelled residential areas", kind=I, stance="condemn"),
    S(COAL, "Turki al-Maliki", "the rebels had committed 21 violations", kind=I, stance="condemn"),
    S(YE, "Khalid al-Yamani",
      "his side would \"not accept\" any arrangement that left the Houthis in control", kind=I, stance="reject"),
    S(HOU, "The Houthis", "local forces, that is, their own, will stay", kind=I, stance="neutral"),
    # analysts and civilians: opt
    S(["Chatham House"], "Peter Salisbury", "the ambiguity was deliberate", kind=I, opt=True, stance="neutral"),
    S(["Chatham House"], "Peter Salisbury", "Both sides could sign because both sides could read it their own way,",
      opt=True, stance="neutral"),
    S(["Chatham House"], "Peter Salisbury", "That is the strength of the deal and its weakness.", opt=True,
      stance="neutral"),
    S(["Sanaa Center"], "Farea al-Muslimi", "a pause, not a peace", opt=True, stance="neutral"),
    # the Senate vote is a fact report
    S(SA, "Adel al-Jubeir",
      "the kingdom \"rejects\" the Senate's resolution as interference in its internal affairs", kind=I,
      stance="reject"),
    S(UN, "The UN", "some 20m Yemenis, two-thirds of the population, do not have enough to eat", kind=I, opt=True,
      stance="neutral"),
    S(YE, "Amal", "We have had ceasefires before,", opt=True, stance="neutral"),
    S(YE, "Amal", "The guns stop for a day, then they start again.", opt=True, stance="neutral"),
    K(60000, "killed", "people", qualifier="some", by="Armed Conflict Location and Event Data Project"),
]

A["c05_swissinfo_geneva_syria_2016"] = [
    T("February 4, 2016", "2016-02-04", nth=0),
    T("10:15", "2016-02-04T10:15", nth=0, opt=True),
    T("February 4, 2016", "2016-02-04", nth=1),
    T("10:15", "2016-02-04T10:15", nth=1, opt=True),
    T("on Wednesday", "2016-02-03", nth=0),
    T("on Wednesday", "2016-02-03", nth=1),
    T("February 25", "2016-02-25"),
    T("on Wednesday", "2016-02-03", nth=2),
    T("the first week", "P1W", opt=True),
    T("in two years", "P2Y", opt=True),
    T("on Monday", "2016-02-01"),
    T("June 2012", "2012-06"),
    T("January", "2014-01", ctx="in January and February 2014"),
    T("February 2014", "2014-02"),
    T("March 2011", "2011-03"),
    T("on Thursday", "2016-02-04"),
    T("2016", "2016", ctx="Copyright 2016", opt=True),
    P("Geneva"), P("Palais des Nations", opt=True), P("Aleppo"), P("Rome"), P("London"),
    V("Geneva", "2016-W05"),  # the talks, opened on Monday and paused on Wednesday
    V("Geneva", "2016-02-25", opt=True),  # the talks' resumption, implied
    V("Geneva", "2012-06"), V("Geneva", "2014"),  # the two earlier rounds
    V("London", "2016-02-04"),  # the donors' conference
    S(UN, "Staffan de Mistura", "more work was needed from the world powers backing the warring sides", kind=I,
      stance="neutral"),
    S(UN, "Staffan de Mistura",
      "I have concluded frankly that after the first week of preparatory talks there is more work to be done, not "
      "only by us but by the stakeholders,", stance="neutral"),
    S(UN, "Staffan de Mistura", "This is not the end, and it is not the failure of the talks.", stance="neutral"),
    S(HNC, "High Negotiations Committee",
      "refused to enter the room until the government lifted sieges on rebel-held towns and stopped bombing "
      "civilians", kind=I, opt=True, stance="reject"),
    S(HNC, "Riad Hijab",
      "the opposition would not return to Geneva \"until we see tangible improvement on the ground.\"", kind=I,
      stance="reject"),
    S(HNC, "Salem al-Meslet", "blamed Moscow", kind=I, opt=True, stance="condemn"),
    S(HNC, "Salem al-Meslet", "The Russians are killing our people while we sit in hotels,", stance="condemn"),
    S(SY, "Bashar al-Jaafari", "accused the opposition of sabotaging the process on orders from abroad", kind=I,
      stance="condemn"),
    S(SY, "Bashar al-Jaafari",
      "the opposition delegation \"was not serious\" and had been told by Riyadh and Ankara to walk out", kind=I,
      stance="condemn"),
    S(RU, "Sergei Lavrov", "the bombing campaign would continue \"until we really defeat terrorist organisations.\"",
      kind=I, stance="reject"),
    S(US, "John Kerry", "Russia and the Syrian government had to stop bombing civilians", kind=I, stance="demand"),
    S(US, "John Kerry", "the talks \"will not succeed\" otherwise", kind=I, stance="neutral"),
    S(CH, "Didier Burkhalter",
      "Switzerland remained ready to host the negotiations \"for as long as it takes.\"", kind=I, stance="propose"),
    # "His ministry declined to say": not a statement
    K(250000, "killed", "people", qualifier="more than", by="UN"),
]

A["c06_ekathimerini_haftar_athens_2020"] = [
    T("17.01.2020", "2020-01-17"),
    T("13:42", "2020-01-17T13:42", opt=True),
    T("on Thursday night", "2020-01-16"),
    T("two days", "P2D", opt=True),
    T("on Friday morning", "2020-01-17"),
    T("later in the day", "2020-01-17", opt=True),
    T("in November", "2019-11"),
    T("last April", "2019-04"),
    T("earlier this week", "2020-W03"),
    T("on Wednesday", "2020-01-15"),
    T("on Sunday", "2020-01-19"),
    T("on Thursday", "2020-01-16", ctx="Benghazi on Thursday"),
    T("Sunday", "2020-01-12", ctx="since Sunday"),
    T("on Tuesday", "2020-01-14"),
    T("April", "2019-04", ctx="since April,"),
    T("in December", "2019-12"),
    P("Athens"), P("Berlin"), P("Tripoli"), P("Benghazi"), P("Moscow"), P("Crete"),
    V("Athens", "2020-01-17"),  # Haftar's talks with Dendias and Mitsotakis
    V("Athens", "2020-01-16", opt=True),  # his arrival
    V("Berlin", "2020-01-19"),  # the conference
    V("Benghazi", "2020-01-16"),  # Maas's visit
    V("Moscow", "2020-01-14"),  # Haftar's visit for the truce talks
    S(GR, "Nikos Dendias",
      "Haftar had agreed that the maritime memorandum signed in November between Turkey and the Tripoli-based "
      "Government of National Accord (GNA) was \"null and void\" and that he would support its annulment", kind=I,
      stance="neutral"),
    S(GR, "Nikos Dendias",
      "Greece will not accept any solution in Berlin that does not include the cancellation of the Turkey-Libya "
      "memorandums,", stance="reject"),
    # "A government official" without a side named: opt
    S(GR, "A government official",
      "Athens would veto any European Union decision on Libya if the memorandum was not scrapped", kind=I, opt=True,
      stance="threat"),
    # "Haftar himself did not speak to the media": not a statement
    S(TR, "Hami Aksoy", "Greece was \"trying to sabotage\" the peace process", kind=I, stance="condemn"),
    S(TR, "Hami Aksoy", "Greece's attempts to present itself as a victim will not work,", stance="condemn"),
    S(GNA, "Fayez al-Sarraj", "Turkish military support was sought \"to defend Tripoli\" from Haftar's offensive",
      kind=I, stance="neutral"),
    S(TR, "Recep Tayyip Erdogan", "Turkey would \"teach a lesson\" to Haftar if attacks on the GNA continued",
      kind=I, stance="threat"),
    S(GR, "Kyriakos Mitsotakis",
      "Μητσοτάκης: Η Ελλάδα δεν μπορεί να μένει εκτός της συζήτησης για τη Λιβύη", opt=True, stance="condemn"),
    S(GR, "Kyriakos Mitsotakis", "it was \"inconceivable\" that Greece was not invited to Berlin", kind=I,
      stance="condemn"),
    S(GR, "Kyriakos Mitsotakis", "We will use every means at our disposal to protect our sovereign rights,",
      stance="threat"),
    S(DE, "Heiko Maas", "the aim is to \"stop foreign interference\" in Libya", kind=I, stance="neutral"),
    S(GR, "Athens", "ignores the presence of the island of Crete", kind=I, opt=True, stance="condemn"),
    S(GR, "Nikos Dendias", "Dendias in Benghazi: Greece's interests are being protected", opt=True,
      stance="neutral"),  # a related article's headline
    K(280, "killed", "civilians", qualifier="more than", by="United Nations mission in Libya"),
]

A["c07_yonhap_choi_tehran_tanker_2021"] = [
    T("21:37", "2021-01-11T21:37", opt=True),
    T("January 11, 2021", "2021-01-11"),
    T("Jan. 11", "2021-01-11", ctx="SEOUL, Jan. 11"),
    T("on Monday", "2021-01-11"),
    T("last week", "2021-W01", ctx="by Iran last week"),
    T("Jan. 11, 2021", "2021-01-11"),
    T("on Tuesday last week", "2021-01-05"),
    T("on Sunday", "2021-01-10"),
    T("on Tuesday", "2021-01-12", ctx="on Tuesday before leaving"),
    T("Jan. 4", "2021-01-04"),
    T("last Thursday", "2021-01-07"),
    T("Jan. 7", "2021-01-07"),
    P("Seoul", "SEOUL"), P("Tehran"), P("Strait of Hormuz"), P("Jubail"), P("Fujairah"), P("Bandar Abbas"),
    V("Tehran", "2021-01-11"),  # Choi and Araghchi
    V("Tehran", "2021-01-10", opt=True),  # Choi's arrival
    V("Tehran", "2021-01-12"),  # scheduled: Zarif and Hemmati
    V("Tehran", "2021-01-07", opt=True),  # Koh's delegation, there since Jan. 7
    # the lead's account of the meeting, "the foreign ministry said": a fact report, opt
    S(KR, "South Korean foreign ministry",
      "First Vice Foreign Minister Choi Jong-kun held talks with his Iranian counterpart in Tehran on Monday to seek "
      "the early release of a South Korean-flagged tanker and its crew seized by Iran last week", kind=I, opt=True,
      stance="neutral"),
    S(KR, "Choi Jong-kun",
      "called for the swift release of the MT Hankuk Chemi and its 20 crew members, including five South Koreans",
      kind=I, stance="demand"),
    S(KR, "Choi Jong-kun",
      "Choi expressed hope that the issue will be resolved at an early date through diplomatic efforts,",
      stance="neutral"),
    S(KR, "Choi Jong-kun", "asked Tehran to ensure the safety of the sailors", kind=I, stance="demand"),
    S(IR, "Abbas Araghchi",
      "the seizure was \"a completely technical issue\" related to the pollution of the sea and that it should be "
      "handled by the judiciary", kind=I, stance="neutral"),
    S(IR, "Abbas Araghchi", "There is no political motivation in this matter,", stance="deny"),
    S(IR, "Iranian side", "raised the issue of some US$7 billion in Iranian funds frozen in South Korean banks",
      kind=I, opt=True, stance="demand"),
    S(IR, "Ali Rabiei",
      "if there is a hostage-taker, it is the South Korean government that has taken our funds hostage.",
      stance="condemn"),
    S(KR, "Choi Jong-kun",
      "he would \"explain our efforts\" on the frozen assets but that the tanker and the funds were separate matters",
      kind=I, stance="neutral"),
    # Choi Young-sam "declined to say": not a statement
    S(KR, "Seoul", "denied Iran's claim that the tanker polluted the waters", kind=I, stance="deny"),
    S(KR, "Seoul", "it had found no evidence", kind=I, opt=True, stance="deny"),
    S(KR, "Choi Young-sam", "We have asked Iran to present the evidence,", stance="demand"),
    S(JP, "Katsunobu Kato", "his government hoped for \"an early resolution through dialogue.\"", kind=I,
      stance="neutral"),
]

A["c08_kuwaittimes_alula_summit_2021"] = [
    T("yesterday", "2021-01-05", nth=0),
    T("three-and-a-half-year", "P3Y6M", opt=True),
    T("yesterday", "2021-01-05", nth=1),
    T("June 2017", "2017-06"),
    T("on Monday evening", "2021-01-04"),
    T("2017", "2017", ctx="made in 2017"),
    T("today", "2021-01-05", ctx="and today his efforts", opt=True),  # inside the minister's quote
    P("AlUla", ctx="city of AlUla"), P("Kuwait City"), P("Maraya", "Maraya hall", opt=True),
    V("AlUla", "2021-01-05"),
    S(SA, "Mohammed bin Salman",
      "the declaration affirmed \"our Gulf, Arab and Islamic solidarity and stability.\"", kind=I, stance="neutral"),
    S(SA, "Mohammed bin Salman",
      "the region needed to unite \"to confront the threats posed by the Iranian regime's nuclear and ballistic "
      "missile program.\"", kind=I, stance="demand"),
    S(KW, "Ahmad Nasser Al-Mohammad Al-Sabah",
      "Riyadh and Doha had agreed to reopen their airspace and land and sea borders", kind=I, stance="neutral"),
    S(KW, "Ahmad Nasser Al-Mohammad Al-Sabah", "the summit marked \"a historic day\" for the Gulf", kind=I,
      stance="welcome"),
    S(KW, "Ahmad Nasser Al-Mohammad Al-Sabah",
      "The late Amir Sheikh Sabah Al-Ahmad worked tirelessly for this moment, and today his efforts have borne "
      "fruit,", stance="welcome"),
    S(KW, "Ahmad Nasser Al-Mohammad Al-Sabah",
      "Kuwait would continue its mediation \"to close this page completely\" and restore full relations among all "
      "member states", kind=I, stance="neutral"),
    S(KW, "Kuwait", "Kuwait hails 'historic' summit as Saudi Arabia reopens borders", opt=True, stance="welcome"),
    S(SA, "Faisal bin Farhan",
      "all four boycotting states had agreed to restore full diplomatic ties with Qatar", kind=I, stance="agree"),
    # the reporters' question on the 13 demands is not a statement
    S(SA, "Faisal bin Farhan",
      "the agreement was \"based on good faith\" and that the details would be worked out bilaterally", kind=I,
      stance="neutral"),
    S(US, "Mike Pompeo", "the resolution of the rift was \"very positive\"", kind=I, stance="welcome"),
    S(US, "Mike Pompeo", "urged all Gulf states to \"put this dispute behind them.\"", kind=I, stance="demand"),
    S(EG, "Egypt",
      "it \"welcomes\" all efforts to strengthen Arab unity but that its decision to restore ties \"will be based "
      "on\" Qatar's commitment to non-interference", kind=I, stance="welcome"),
    S(AE, "Anwar Gargash",
      "his country wanted to \"restore Gulf cohesion\" and that the UAE would work to build \"mutual trust\"",
      kind=I, stance="neutral"),
    S(KW, "Kuwait FM", "Kuwait FM: Saudi Arabia and Qatar to reopen borders", opt=True, stance="neutral"),
]

A["c09_straitstimes_houthi_strikes_2024"] = [
    T("Jan 12, 2024", "2024-01-12", nth=0),
    T("07:09 PM", "2024-01-12T19:09", opt=True),
    T("Jan 12, 2024", "2024-01-12", nth=1),
    T("10:31 AM", "2024-01-12T10:31", opt=True),
    T("Jan 12", "2024-01-12", ctx="early on Jan 12"),
    T("weeks of attacks", "PXW", opt=True),
    T("Jan 12", "2024-01-12", ctx="to conduct strikes on Jan 12. PHOTO"),
    T("Jan 12", "2024-01-12", ctx="to conduct strikes on Jan 12.\n\nThe"),
    T("Nov 19", "2023-11-19"),
    T("two weeks", "P2W", opt=True),
    T("Jan 12", "2024-01-12", ctx="said on Jan 12"),
    T("mid-December", "2023-12"),
    T("Jan 10", "2024-01-10"),
    P("Washington", "WASHINGTON", opt=True), P("Sanaa"), P("Red Sea", opt=True), P("Hodeidah"), P("Saada"),
    P("Gaza Strip", "Gaza"), P("Cape of Good Hope"), P("Singapore", ctx="In Singapore,", opt=True),
    S(US, "Joe Biden",
      "a clear message that the United States and our partners will not tolerate attacks on our personnel or allow "
      "hostile actors to imperil freedom of navigation.", stance="threat"),
    S(US, "Joe Biden", "he would \"not hesitate to direct further measures\" if needed", kind=I, stance="threat"),
    S(UK, "Rishi Sunak", "the action was \"limited, necessary and proportionate\" and taken in self-defence", kind=I,
      stance="neutral"),
    # Saree's toll is a fact report: casualties, the statement opt
    S(HOU, "Yahya Saree", "73 strikes had killed five of the group's fighters and wounded six others", kind=I,
      opt=True, stance="neutral"),
    S(HOU, "Hussein al-Ezzi", "America and Britain will pay a heavy price,", stance="threat"),
    S(HOU, "Hussein al-Ezzi", "the attacks would \"not go unpunished.\"", kind=I, stance="threat"),
    S(HOU, "Mohammed Abdulsalam", "the group would keep targeting Israel-linked ships", kind=I, stance="threat"),
    S(IR, "Nasser Kanaani",
      "condemned the strikes as \"a clear violation of Yemen's sovereignty and territorial integrity.\"", kind=I,
      stance="condemn"),
    S(SA, "Saudi Arabia", "called for \"self-restraint and avoiding escalation.\"", kind=I, stance="demand"),
    S(HOU, "The Houthis", "the attacks are in support of Palestinians in Gaza", kind=I, stance="neutral"),
    S(SG, "Ministry of Foreign Affairs spokesman", "Singapore \"supports efforts to uphold freedom of navigation\"",
      kind=I, stance="neutral"),
    S(SG, "Ministry of Foreign Affairs spokesman", "called on all parties to respect international law", kind=I,
      stance="demand"),
    S(["Singapore Shipping Association"], "Singapore Shipping Association", "its members were monitoring developments",
      kind=I, opt=True, stance="neutral"),
    S(["Singapore"], "Lim Hui Ting", "Every week of disruption feeds into what consumers in Asia and Europe pay,",
      opt=True, stance="neutral"),
    S(UN, "UN Security Council", "demanding that the Houthis immediately stop the attacks", kind=I, opt=True,
      stance="demand"),  # a resolution and its vote count: a fact report
    K(5, "killed", "fighters", by="Houthis"),
    K(6, "wounded", "fighters", by="Houthis"),
]

A["c10_scmp_saudi_iran_beijing_explainer_2023"] = [
    T("four days", "P4D", opt=True),
    T("within two months", "P2M", nth=0, opt=True),
    T("8:00pm", "2023-03-11T20:00", opt=True),
    T("11 Mar, 2023", "2023-03-11"),
    T("on Friday", "2023-03-10"),
    T("within two months", "P2M", nth=1, opt=True),
    T("January 2016", "2016-01"),
    T("April 2021", "2021-04"),
    T("January 3, 2016", "2016-01-03"),
    T("April 9, 2021", "2021-04-09"),
    T("December 9, 2022", "2022-12-09"),
    T("February 14, 2023", "2023-02-14"),
    T("March 6-10, 2023", "2023-W10"),
    T("2001", "2001"),
    P("Beijing"), P("Tehran", ctx="embassy in Tehran"), P("Mashhad"), P("Baghdad"), P("Muscat"),
    P("Riyadh", ctx="visits Riyadh"), P("Middle East", ctx="Middle East region", opt=True),
    V("Beijing", "2023-W10"),  # the talks, March 6-10
    V("Baghdad", "2021-04-09"),  # the first round
    V("Muscat", None, opt=True),
    V("Riyadh", "2022-12-09"),  # Xi's visit
    V("Beijing", "2023-02-14"),  # Raisi's visit
    S(CN + SA + IR, "China, Saudi Arabia and Iran",
      "the two sides had agreed to respect \"the sovereignty of states and non-interference in their internal "
      "affairs.\"", kind=I, stance="agree"),
    S(CN, "Wang Yi", "called the agreement \"a victory for dialogue and peace.\"", kind=I, stance="welcome"),
    S(CN, "Wang Yi", "China would \"continue to play a constructive role\" in handling hotspot issues", kind=I,
      stance="neutral"),
    S(IR, "Ali Shamkhani", "the talks had been \"clear, transparent, comprehensive and constructive.\"", kind=I,
      stance="welcome"),
    S(SA, "Faisal bin Farhan", "the region's countries \"share one fate.\"", kind=I, stance="neutral"),
    S(US, "The White House", "it had been kept informed by Riyadh but was not directly involved", kind=I,
      stance="neutral"),
    S(US, "John Kirby",
      "We welcome any efforts to help end the war in Yemen and de-escalate tensions in the Middle East region,",
      stance="welcome"),
    S(IL, "Yair Lapid",
      "called the deal \"a complete and dangerous failure\" of the Israeli government's foreign policy", kind=I,
      stance="condemn"),
    S(["Atlantic Council"], "Jonathan Fulton",
      "China has shown it can convene, but whether it can guarantee is another matter,", opt=True, stance="neutral"),
    S(["Peking University"], "Wu Bingbing", "Beijing's role had been that of \"a trusted host.\"", kind=I, opt=True,
      stance="neutral"),
]

A["c11_kan_elharrar_interview_2022"] = [
    T("12.10.2022", "2022-10-12"),
    T("18:05", "2022-10-12T18:05", opt=True),
    T("on Wednesday", "2022-10-12"),
    T("on Tuesday", "2022-10-11", ctx="finalised on Tuesday"),
    T("months of", "PXM", opt=True),
    T("within days", "PXD", opt=True),
    T("November 1", "2022-11-01"),
    T("2020", "2020"),
    T("on Thursday last week", "2022-10-06"),
    T("in July", "2022-07"),
    T("on Tuesday", "2022-10-11", ctx="the deal on Tuesday"),
    T("next week", "2022-W42"),
    P("Jerusalem", ctx="office in Jerusalem"), P("Karish", opt=True), P("Qana", opt=True), P("Beirut"),
    P("Naqoura"),
    # Hochstein's reported trip and the expected signing: reported, not confirmed
    V("Beirut", "2022-W42", opt=True), V("Jerusalem", "2022-W42", opt=True), V("Naqoura", "2022-W42", opt=True),
    S(IL, "Karine Elharrar", "The maritime deal with Lebanon guarantees our security", opt=True, stance="neutral"),
    S(IL, "Karine Elharrar", "dismissed opposition claims that it amounts to a \"surrender\" to Hezbollah", kind=I,
      opt=True, stance="reject"),
    S(IL, "Karine Elharrar",
      "the maritime border agreement with Lebanon, finalised on Tuesday after months of US mediation, \"guarantees "
      "our security and our economic interests.\"", kind=I, stance="neutral"),
    S(IL, "Karine Elharrar",
      "Karish is ours, it was always ours, and production will begin as soon as possible,", stance="neutral"),
    S(IL, "Karine Elharrar", "We did not give up a single meter of what is important to Israel's security.",
      stance="deny"),
    # the interviewer's question is not a statement; "she rejected the claim" has no clause
    S(IL, "Karine Elharrar",
      "That is simply not true. We negotiated with Lebanon through the Americans, not with Nasrallah,",
      stance="deny"),
    S(IL, "Karine Elharrar", "the deal would reduce the risk of war in the north", kind=I, stance="neutral"),
    S(IL, "Karine Elharrar", "When both sides have something to lose, there is an interest in quiet,",
      stance="neutral"),
    S(IL, "Karine Elharrar", "A Lebanon that produces gas is a Lebanon that has less reason to fight.",
      stance="neutral"),
    S(IL, "Karine Elharrar",
      "the government would bring the agreement to the Knesset for review but not for a vote", kind=I,
      stance="neutral"),
    S(IL, "Karine Elharrar", "The attorney general has made it clear that there is no legal obligation,",
      stance="neutral"),
    S(IL, "Karine Elharrar", "the cabinet was expected to approve the deal \"within days.\"", kind=I,
      stance="neutral"),
    S(IL, "Benjamin Netanyahu", "called the agreement \"a historic surrender\"", kind=I, stance="condemn"),
    S(IL, "Benjamin Netanyahu",
      "he would not be bound by it if he returns to power after the November 1 election", kind=I, stance="reject"),
    S(IL, "Karine Elharrar",
      "An agreement between states binds the next government. Netanyahu knows that better than anyone,",
      stance="neutral"),
    S(IL, "Karine Elharrar", "ההסכם עם לבנון: \"אנחנו לא ויתרנו על שום דבר\"", opt=True, stance="deny"),
    S(LB, "Michel Aoun",
      "the final US draft \"satisfies Lebanon's demands\" and preserves its rights to its resources", kind=I,
      stance="agree"),
    S(HZ, "Hassan Nasrallah",
      "no one would be able to extract gas \"anywhere\" if Lebanon were prevented from doing so", kind=I,
      stance="threat"),
    S(IL, "Yair Lapid",
      "described the deal on Tuesday as \"a historic achievement that will strengthen Israel's security.\"", kind=I,
      stance="neutral"),
    S(US, "Joe Biden", "called Lapid and Aoun to congratulate them", kind=I, opt=True, stance="welcome"),
    # "would not say", "declined to comment": not statements
]

A["c12_qatartribune_emir_shura_speech_2023"] = [
    T("25 Oct 2023", "2023-10-25", nth=0),
    T("12:10 am", "2023-10-25T00:10", opt=True),
    T("25 Oct 2023", "2023-10-25", nth=1),
    T("12:15 am", "2023-10-25T00:15", opt=True),
    T("yesterday", "2023-10-24", nth=0),
    T("yesterday", "2023-10-24", nth=1),
    T("yesterday", "2023-10-24", nth=2),
    T("on Friday", "2023-10-20"),
    T("in 2022", "2022"),
    T("October 7", "2023-10-07", nth=0),
    T("October 7", "2023-10-07", nth=1),
    T("2023", "2023", ctx="© 2023", opt=True),
    P("Doha"), P("Al Wajba Palace", opt=True), P("Gaza Strip", "Gaza", ctx="Israeli aggression on Gaza"),
    V("Al Wajba Palace", "2023-10-24", opt=True),  # the Shura Council's opening session (a speech)
    S(QA, "Tamim bin Hamad Al Thani", "calls for halt to Israeli aggression on Gaza", opt=True, stance="demand"),
    S(QA, "Tamim bin Hamad Al Thani", "called on the international community to stop the war on Gaza", kind=I,
      stance="demand"),
    S(QA, "Tamim bin Hamad Al Thani", "Enough,", opt=True, stance="condemn"),
    S(QA, "Tamim bin Hamad Al Thani",
      "It is not permissible for Israel to be given an unconditional green light and a free licence to kill.",
      stance="condemn"),
    S(QA, "Tamim bin Hamad Al Thani",
      "it was unacceptable that the lives of children in Gaza \"are not taken into account, as if they have no faces "
      "or names.\"", kind=I, stance="condemn"),
    S(QA, "Tamim bin Hamad Al Thani", "the escalation \"threatens the security of the region and the world,\"",
      kind=I, stance="neutral"),
    S(QA, "Tamim bin Hamad Al Thani",
      "called for an immediate ceasefire, the opening of humanitarian corridors and the protection of civilians",
      kind=I, stance="demand"),
    S(QA, "Tamim bin Hamad Al Thani", "We say to the world: stop this war, which has crossed all limits,",
      stance="demand"),
    S(QA, "Tamim bin Hamad Al Thani", "Qatar condemns the targeting of civilians \"whatever their nationality,\"",
      kind=I, stance="condemn"),
    S(QA, "Tamim bin Hamad Al Thani",
      "the State of Qatar would continue its mediation efforts, including on the release of hostages and detainees",
      kind=I, stance="neutral"),
    S(QA, "Tamim bin Hamad Al Thani",
      "Qatar had helped secure the release of two American hostages held in Gaza on Friday", kind=I,
      stance="neutral"),
    S(QA, "Tamim bin Hamad Al Thani", "قطر لن تتخلى عن الشعب الفلسطيني الشقيق", opt=True, stance="neutral"),
    S(QA, "Tamim bin Hamad Al Thani",
      "the State's budget recorded a surplus of QR89bn in 2022 and that the National Development Strategy would "
      "focus on \"diversifying our economy and investing in our people.\"", kind=I, stance="neutral"),
    S(QA, "Hassan bin Abdullah Al Ghanim",
      "the Council \"fully supports\" the positions of Qatar in defence of the Palestinian cause", kind=I,
      stance="agree"),
    S(IL, "Lior Haiat",
      "Qatar \"has the ability to influence Hamas\" and should use it to secure the release of all hostages", kind=I,
      stance="demand"),
    # "He did not respond": not a statement
    S(PAL, "Palestinian Foreign Ministry", "it \"expresses the conscience of the Arab nation.\"", kind=I,
      stance="welcome"),
    S(KW, "Salem Abdullah Al-Jaber Al-Sabah", "HH the Amir had spoken \"on behalf of all Arabs.\"", kind=I,
      stance="welcome"),
    K(5791, "killed", "Palestinians", by="Ministry of Health in Gaza"),
    K(2360, "killed", "children", by="Ministry of Health in Gaza"),
    K(1400, "killed", "people", qualifier="more than"),
]

# the quoted fragments inside each indirect statement: optional statements of the same speaker (blind8's convention)
add_fragments(A)


def check_quotes(annotations: dict) -> None:
    """Every statement's quote, indirect ones included (the reported clause as written), occurs in its article."""
    for aid, items in annotations.items():
        with open(HERE / "articles" / f"{aid}.txt", encoding="utf-8") as fh:
            text = fh.read()
        for it in items:
            if it["kind"] == "S":
                assert it["quote"] in text, f"{aid}: quote not in the text: {it['quote']!r}"


def build():
    check_quotes(A)
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
