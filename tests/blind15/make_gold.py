"""Build tests/blind15/gold.json from the hand annotations below (run: python tests/blind15/make_gold.py).

A blind set (blind15) of ordinary mixed Middle East diplomacy news (2005-2024) from twelve outlets and agencies not
used by the earlier sets, with speakers a small dictionary would not know (spokespeople, negotiators, deputy
ministers, ambassadors, MPs, UN agency heads) and well-known people in the outlet's own spelling. Written and
annotated without reading the extractor code (``lib/``), the git log, ``docs/`` or the articles of the other sets.
Offsets are character offsets into ``open(path, encoding="utf-8").read()`` (the way the scorer reads the files),
found by exact substring search: ``ctx`` (a longer, unique stretch of text) locates the mention when the bare text
repeats, ``nth`` picks the n-th occurrence. Every span is checked with ``text[start:end] == item['text']`` and every
direct quote must occur verbatim in its article. Every statement carries a ``stance`` (threat, reject, condemn,
welcome, demand, propose, agree, deny, neutral) for ``bench/stance_eval.py``. The format is the one of
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
    "Jerusalem": (31.7690, 35.2163), "Gaza City": (31.5017, 34.4668), "Cairo": (30.0626, 31.2497),
    "Ramallah": (31.8996, 35.2042), "Washington": (38.8951, -77.0364), "Nahal Oz": (31.4734, 34.4973),
    "Vienna": (48.2085, 16.3721), "Tehran": (35.6944, 51.4215), "Palais Coburg": (48.2053, 16.3770),
    "Austria Center": (48.2346, 16.4136), "Valiasr Street": (35.7570, 51.4100),
    "Doha": (25.2854, 51.5310), "Beirut": (33.8938, 35.5018), "Baabda": (33.8339, 35.5442),
    "Baabda Palace": (33.8250, 35.5480), "Damascus": (33.5102, 36.2913), "Riad al-Solh Square": (33.8960, 35.5020),
    "Erbil": (36.1901, 44.0091), "Baghdad": (33.3406, 44.4009), "Paris": (48.8534, 2.3488),
    "Sulaimani": (35.5613, 45.4375), "Ankara": (39.9199, 32.8543), "Ceyhan": (37.0247, 35.8175),
    "Jeddah": (21.5169, 39.2192), "Khartoum": (15.5518, 32.5324), "Omdurman": (15.6445, 32.4777),
    "El Geneina": (13.4526, 22.4472), "Addis Ababa": (9.0250, 38.7469), "Argeen": (21.9900, 31.3300),
    "Amman": (31.9552, 35.9450), "Riyadh": (24.6877, 46.7219),
    "Sanaa": (15.3547, 44.2067), "Hodeidah": (14.7978, 42.9545), "Sirwah": (15.4500, 45.0200),
    "Raghwan": (15.7500, 45.2800),
    "Geneva": (46.2022, 6.1457), "Palais des Nations": (46.2266, 6.1404), "Sirte": (31.2089, 16.5887),
    "Misrata": (32.3754, 15.0925), "Benghazi": (32.1167, 20.0667), "Istanbul": (41.0138, 28.9497),
    "Tripoli": (32.8872, 13.1913), "Ghadames": (30.1337, 9.5007), "Souq al-Juma": (32.8900, 13.2300),
    "Hurghada": (27.2574, 33.8129),
    "Manama": (26.2154, 50.5832), "Gudaibiya Palace": (26.2285, 50.5890), "Ben-Gurion Airport": (32.0114, 34.8867),
    "Bahrain International Airport": (26.2708, 50.6336),
    "Rafah": (31.2969, 34.2455), "Tel Nof": (31.8390, 34.8220), "Mitzpe Hila": (33.0050, 35.2830),
    "Ottawa": (45.4112, -75.6981), "Kerem Shalom": (31.2290, 34.2840), "Muqata": (31.9060, 35.2000),
    "Dublin": (53.3331, -6.2489), "New York": (40.7143, -74.0060), "Brussels": (50.8505, 4.3488),
    "Government Buildings": (53.3390, -6.2530),
    "Heliopolis": (30.0911, 31.3225), "Sharm El-Sheikh": (27.9158, 34.3300), "Jericho": (31.8667, 35.4500),
    "Tel Aviv": (32.0809, 34.7806),
    # regions
    "Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25), "Kurdistan Region": (36.20, 44.30),
    "Darfur": (13.50, 24.50), "Southern Syria": (32.80, 36.20), "Marib": (15.47, 45.32),
    "Persian Gulf": (26.50, 52.00),
}
RADIUS = {"Gaza Strip": 60, "West Bank": 60, "Kurdistan Region": 200, "Darfur": 500, "Southern Syria": 100,
          "Marib": 100, "Persian Gulf": 600}
# a place is required once per article; landmarks inside a required city, neighbourhoods, regions named loosely
# ("Kurdistan Region", "Darfur", "southern Syria", "the Persian Gulf") and places only in related-links are opt;
# capitals used for governments are not places; countries are not annotated.
I = "indirect"  # noqa: E741
US = ["United States"]
IL = ["Israel"]
HA = ["Hamas"]
PA = ["Palestinian Authority", "PLO", "Fatah"]  # Abbas and his officials (blind8)
PLO = ["PLO", "Palestinian Authority", "Fatah"]
PIJ = ["Palestinian Islamic Jihad"]
UN = ["United Nations"]
EG = ["Egypt"]
JO = ["Jordan"]
QA = ["Qatar"]
IR = ["Iran"]
IQ = ["Iraq"]
SA = ["Saudi Arabia"]
SY = ["Syria"]
TR = ["Turkey"]
UK = ["United Kingdom"]
EU = ["European Union"]
LB = ["Lebanon"]
HZ = ["Hezbollah"]
KRG = ["Kurdistan Regional Government"]
SD = ["Sudan"]
RSF = ["Rapid Support Forces"]
HO = ["Houthis"]
GNA = ["Government of National Accord"]
LNA = ["Libyan National Army"]
BH = ["Bahrain"]
CA = ["Canada"]
IE = ["Ireland"]

A = {}

A["b01_cbs_gaza_truce_2014"] = [
    T("August 26, 2014", "2014-08-26"),
    T("Aug. 26, 2014", "2014-08-26"),
    T("9:41 PM EDT", "2014-08-26", opt=True),
    T("Tuesday", "2014-08-26", ctx="agreed Tuesday to"),
    T("7 p.m.", "2014-08-26", opt=True),
    T("within a month", "2014-09", opt=True),
    T("in the very first week of July", "2014-07", opt=True),
    T("on Monday", "2014-08-25"),
    T("on Tuesday", "2014-08-26", ctx="airstrikes on Tuesday"),
    T("within 30 days", "2014-09", opt=True),
    T("2014", "2014", ctx="© 2014 CBS", opt=True),  # copyright year
    T("50 days", "P50D", opt=True),
    T("seven weeks", "P7W", opt=True),
    T("Hours before", "P1D", opt=True),
    P("Jerusalem", "JERUSALEM"),
    P("Gaza City"),
    P("Gaza Strip"),
    P("Cairo"),
    P("Ramallah"),
    P("Washington"),
    P("Nahal Oz"),
    V("Cairo", None, opt=True),  # the talks "to begin in Cairo within a month"
    S(HA, "Sami Abu Zuhri", "This is the victory of the resistance,", stance="welcome"),
    S(HA, "Sami Abu Zuhri",
      "the group had forced Israel to accept \"the demands of our people,\" including an easing of the blockade",
      kind=I, stance="welcome"),
    S(IL, "Mark Regev", "Hamas was hit hard and got nothing it asked for,", stance="neutral"),
    S(IL, "Mark Regev",
      "Israel had agreed to the same terms Egypt offered \"in the very first week of July,\" and that any future "
      "talks in Cairo would deal first with Israel's security", kind=I, stance="neutral"),
    S(IL, "Mark Regev", "Israel would \"respond with force\" if rockets were fired again", kind=I, stance="threat"),
    S(PA, "Palestinian Authority", "called on the international community to help rebuild Gaza", kind=I,
      stance="demand"),
    S(PA, "Nabil Abu Rdainah", "the president would seek \"a timetable to end the occupation\" at the United Nations",
      kind=I, stance="demand"),
    S(US, "Jen Psaki", "the U.S. \"strongly supports\" the cease-fire", kind=I, stance="welcome"),
    S(US, "Jen Psaki", "We are hopeful that this will be durable and sustainable,", stance="welcome"),
    S(US, "Jen Psaki",
      "Secretary of State John Kerry had spoken with Egyptian Foreign Minister Sameh Shoukry on Monday", kind=I,
      stance="neutral"),
    S(IL, "Israeli police", "a mortar shell fired from Gaza killed two Israeli civilians in a kibbutz near the border",
      kind=I, opt=True, stance="neutral"),
    S(["Hamas", "Palestinian Authority"], "Palestinian health officials", "Israeli airstrikes on Tuesday killed at least nine Palestinians, among "
      "them two children", kind=I, opt=True, stance="condemn"),
    S(UN, "Ban Ki-moon",
      "he hoped it would \"pave the way for a durable cease-fire\" and warned that \"any return to the status quo "
      "ante\" would only set the stage for the next war", kind=I, stance="welcome"),
    S(IL, "Doron Cohen", "We heard these promises before,", opt=True, stance="neutral"),
    S(IL, "Doron Cohen", "I will believe it when my children sleep through the night.", opt=True, stance="neutral"),
    S(EG, "Badr Abdelatty", "Cairo would invite both delegations back \"within 30 days.\"", kind=I,
      stance="propose"),
    K(2100, "killed", "Palestinians", qualifier="more than"),
    K(70, "killed", "people on the Israeli side"),
    K(2, "killed", "Israeli civilians"),
    K(9, "killed", "Palestinians", qualifier="at least"),
    K(2, "killed", "children"),
]

A["b02_telegraph_iran_deal_vienna"] = [
    T("2015-07-14T11:02:00+01:00", "2015-07-14", opt=True),
    T("2015-07-14", "2015-07-14", ctx='datetime="2015-07-14"', opt=True),
    T("14 July 2015", "2015-07-14"),
    T("on Tuesday", "2015-07-14", ctx="historic agreement on Tuesday"),
    T("Today", "2015-07-14", ctx='"Today could have', opt=True),
    T("on Tuesday", "2015-07-14", ctx="in Vienna on Tuesday"),
    T("within five years", "P5Y", opt=True),
    T("before the end of the year", "2015", opt=True),
    T("Tuesday evening", "2015-07-14"),
    T("next week", "2015-W30"),
    T("early next year", "2016", opt=True),
    T("all through the summer", "2015", opt=True),
    T("2015/07/14", "2015-07-14", opt=True),  # inside an image path
    T("2015", "2015", ctx="Group Limited 2015", opt=True),  # copyright year
    P("Vienna"),
    P("Tehran"),
    P("Palais Coburg", opt=True),
    P("Austria Center", opt=True),
    P("Valiasr Street", opt=True),
    V("Vienna", "2015-07-14"),
    V("Tehran", "2015", opt=True),  # Hammond hopes to visit "before the end of the year"
    S(IR, "Javad Zarif", "Tehran's chief negotiators hail a \"new chapter\"", kind=I, opt=True, stance="welcome"),
    S(IL, "Tzipi Hotovely", "Israel's deputy foreign minister vows to fight the agreement", kind=I, opt=True,
      stance="threat"),
    S(IR, "Javad Zarif", "the deal was \"not perfect\" but opened \"a new chapter of hope\"", kind=I,
      stance="welcome"),
    S(IR, "Javad Zarif", "Today could have been the end of hope,", stance="welcome"),
    S(IR, "Javad Zarif", "But now we are starting a new chapter.", stance="welcome"),
    S(IR, "Abbas Araqchi", "Iran had secured \"all of its red lines\"", kind=I, stance="welcome"),
    S(IR, "Abbas Araqchi",
      "the arms embargo would be lifted within five years and that inspectors would have no \"free access\" to "
      "military sites", kind=I, stance="neutral"),
    S(EU, "Federica Mogherini", "called it \"a sign of hope for the entire world\"", kind=I, stance="welcome"),
    S(UK, "Philip Hammond", "Britain would \"hold Iran to every line\" of the text", kind=I, stance="demand"),
    S(UK, "Philip Hammond", "This is a good deal for Britain and for the region,", stance="welcome"),
    S(UK, "Philip Hammond",
      "he hoped to visit Tehran \"before the end of the year\" to reopen the British embassy", kind=I,
      stance="propose"),
    S(IL, "Tzipi Hotovely",
      "the agreement was \"a historic surrender\" and that Israel would \"act with all means to try and stop it "
      "being ratified\" in the US Congress", kind=I, stance="reject"),
    S(IL, "Benjamin Netanyahu", "called it \"a bad mistake of historic proportions\"", kind=I, stance="reject"),
    S(IR, "Hassan Rouhani", "\"our prayers have been answered\"", kind=I, stance="welcome"),
    S(SA, "Saudi official", "the kingdom hoped the deal would not allow Iran to \"wreak havoc in the region\"",
      kind=I, stance="neutral"),
    # the analyst (IISS) is not a party: optional, under the country of his institute
    S(UK, "Mark Fitzpatrick", "The Congressional review will be ugly,", opt=True, stance="neutral"),
    # after the blind run: the analyst's reported prediction, optional like his quote (the set's convention)
    S(UK, "Mark Fitzpatrick", "predicting a fight \"all through the summer\"", kind=I, opt=True, stance="neutral"),
    # after the blind run: the related-link headline is a shorter copy of Netanyahu's body statement (opt)
    S(IL, "Benjamin Netanyahu", 'Iran deal a "bad mistake"', opt=True, stance="reject"),
]

A["b03_naharnet_doha_agreement"] = [
    T("Wednesday 21 May 2008", "2008-05-21"),
    T("on Wednesday", "2008-05-21", ctx="in Doha on Wednesday"),
    T("Sunday", "2008-05-25", ctx="as president on Sunday"),
    T("18-month", "P18M", ctx="an 18-month political", opt=True),
    T("18-Month", "P18M", opt=True),
    T("Sunday", "2008-05-25", ctx="to Be Elected Sunday"),
    T("five days", "P5D", opt=True),
    T("Today", "2008-05-21", ctx='"Today we are', opt=True),
    T("today", "2008-05-21", ctx="come down today", opt=True),
    T("Earlier this month", "2008-05"),
    T("Sunday, May 25", "2008-05-25"),
    T("last November", "2007-11"),
    T("May 7", "2008-05-07"),
    T("Wednesday evening", "2008-05-21"),
    T("21 May 08", "2008-05-21", opt=True),
    T("18:12", "2008-05-21", opt=True),
    P("Doha"),
    P("Beirut"),
    P("Baabda"),
    P("Baabda Palace", opt=True),
    P("Damascus"),
    P("Washington"),
    P("Riad al-Solh Square", opt=True),
    V("Doha", "2008-05-21"),
    V("Baabda", None, opt=True),  # the later national dialogue "in Baabda under the new president"
    S(QA, "Sheikh Hamad bin Jassem", "Today we are opening a new page,", stance="welcome"),
    S(["Amal"], "Nabih Berri", "the sit-in in downtown Beirut would end", kind=I, stance="agree"),
    S(["Amal"], "Nabih Berri", "The tents will come down today,", stance="agree"),
    S(["Amal"], "Nabih Berri", "We went to Doha as opponents and we leave as partners.", stance="welcome"),
    S(LB, "Fouad Saniora", "the agreement was \"not a victory for one side over another.\"", kind=I,
      stance="neutral"),
    S(LB, "Fouad Saniora", "the state alone must hold weapons", kind=I, stance="demand"),
    S(HZ, "Mohammed Raad",
      "the resistance would never turn its weapons inward again, but warned that \"anyone who thinks he can disarm "
      "us by a decision will fail.\"", kind=I, stance="threat"),
    S(["Arab League"], "Amr Moussa", "welcomed the deal as \"a great day for Lebanon and for the Arabs.\"", kind=I,
      stance="welcome"),
    S(["Lebanese Forces"], "Samir Geagea", "he had signed \"with reservations\" over the electoral law", kind=I,
      stance="agree"),
    S(["Future Movement"], "Ammar Houri", "the majority \"gave a lot for the sake of civil peace.\"", kind=I,
      stance="agree"),
    S(US, "Tom Casey",
      "the U.S. hoped the deal would \"strengthen Lebanon's legitimate institutions\" and called on all parties to "
      "implement it in full", kind=I, stance="welcome"),
    S(SY, "Walid Muallem", "Syria \"supports whatever the Lebanese agree on.\"", kind=I, stance="welcome"),
    K(65, "killed", "people", qualifier="at least"),
]

A["b04_rudaw_erbil_baghdad_oil"] = [
    T("04-04-2023", "2023-04-04"),
    T("on Tuesday", "2023-04-04"),
    T("March 25", "2023-03-25"),
    T("April 4, 2023", "2023-04-04"),
    T("within days", "2023-04", opt=True),
    T("since February", "2023-02", opt=True),
    T("next week", "2023-W15"),
    T("01042023", "2023-04-01", opt=True),
    T("2023/04/04", "2023-04-04", opt=True),  # inside an image URL
    P("Erbil", "ERBIL"),
    P("Baghdad"),
    P("Paris"),
    P("Sulaimani"),
    P("Ankara"),
    P("Ceyhan"),
    P("Kurdistan Region", ctx="ERBIL, Kurdistan Region", opt=True),
    V("Baghdad", "2023-04-04"),
    V("Ankara", "2023-W15"),
    S(KRG, "Masrour Barzani", "This agreement is an important step to end the disputes between Erbil and Baghdad,",
      stance="welcome"),
    S(KRG, "Masrour Barzani", "We have shown that dialogue, not threats, solves our problems.", stance="welcome"),
    S(IQ, "Mohammed Shia al-Sudani",
      "the deal respected the constitution and guaranteed \"the rights of all Iraqis, including the people of the "
      "Kurdistan Region.\"", kind=I, stance="welcome"),
    S(KRG, "Jotiar Adil", "exports could restart \"within days\" once Ankara gives the green light", kind=I,
      stance="neutral"),
    S(KRG, "Jotiar Adil", "The ball is now in Turkey's court,", stance="neutral"),
    S(IQ, "Asim Jihad", "the ministry would \"take all measures necessary\" to implement the agreement", kind=I,
      stance="agree"),
    S(IQ, "Asim Jihad", "the oil would be sold \"at the prices set by SOMO.\"", kind=I, stance="neutral"),
    S(["Coordination Framework"], "Mustafa Sanad",
      "accused Sudani of giving the KRG \"more than it deserves\" and vowed to challenge the agreement in the federal "
      "budget law", kind=I, stance="reject"),
    S(TR, "Fatih Donmez",
      "Ankara was \"ready to resume the flow\" but was still studying the ruling of the International Chamber of "
      "Commerce", kind=I, stance="agree"),
    S(IQ, "Aram Ali", "We have not been paid since February,", opt=True, stance="neutral"),
    S(US, "Alina Romanowski", "An important step to strengthen the economy of all Iraq,", stance="welcome"),
    S(US, "Alina Romanowski", "urging both sides to \"pass a federal oil and gas law.\"", kind=I, stance="demand"),
    S(KRG, "Jotiar Adil",
      "A delegation from the KRG's natural resources ministry is due in Ankara next week to discuss the technical "
      "details of restarting the pipeline to Ceyhan", kind=I, opt=True, stance="neutral"),
    S(["APIKUR"], "Association of the Petroleum Industry of Kurdistan",
      "The halt in exports has cost the Kurdistan Region around $1 billion", kind=I, opt=True, stance="neutral"),
]

A["b05_newarab_sudan_jeddah"] = [
    T("12 May, 2023", "2023-05-12"),
    T("late on Thursday", "2023-05-11"),
    T("on Friday", "2023-05-12", ctx="Khartoum on Friday"),
    T("nearly a week", "P1W", opt=True),
    T("up to about ten days", "P10D", opt=True),
    T("on Friday", "2023-05-12", ctx="Omdurman on Friday"),
    T("late April", "2023-04", opt=True),
    T("15 April", "2023-04-15"),
    T("earlier this week", "2023-W19"),
    T("next week", "2023-W20"),
    T("for months", "P1M", opt=True),
    P("Jeddah"),
    P("Khartoum"),
    P("Omdurman"),
    P("Darfur", opt=True),
    P("El Geneina"),
    P("Addis Ababa"),
    P("Argeen", opt=True),
    V("Jeddah", "2023-05-11"),
    V("Jeddah", "2023-W19", name="Jeddah (Griffiths' visit)"),
    V("Addis Ababa", "2023-W20"),
    S(US, "senior US State Department official", "This is a first step, and it is not a ceasefire,",
      stance="neutral"),
    S(US, "senior US State Department official",
      "talks would now focus on \"an effective ceasefire of up to about ten days.\"", kind=I, stance="propose"),
    S(SA, "Faisal bin Farhan",
      "the kingdom hoped the declaration would \"lead to a comprehensive ceasefire and an end to the crisis,\"",
      kind=I, stance="welcome"),
    S(SD, "Omar Hamdan",
      "the army was committed \"to everything we signed\" but accused the RSF of occupying hospitals and homes in "
      "Khartoum", kind=I, stance="condemn"),
    S(SD, "Omar Hamdan", "They must leave the homes of citizens first,", stance="demand"),
    S(RSF, "Mustafa Ibrahim",
      "the paramilitary force \"welcomes the outcome of the first round\" and was ready for a ceasefire", kind=I,
      stance="welcome"),
    S(RSF, "Mustafa Ibrahim", "RSF fighters were in hospitals, calling the accusation \"army propaganda\"", kind=I, stance="deny"),
    S(SD, "health ministry",
      "at least 600 people have been killed and more than 5,000 wounded since the war began on 15 April", kind=I,
      opt=True, stance="neutral"),
    S(UN, "Martin Griffiths", "the declaration must be \"honoured on the ground\"", kind=I, stance="demand"),
    S(UN, "Martin Griffiths", "The people of Sudan need action, not words,", stance="demand"),
    S(SD, "Abdalla Hamdok",
      "urged both generals to \"silence the guns now\" and said civilians must have a seat at the table in any "
      "political talks", kind=I, opt=True, stance="demand"),
    S(["African Union"], "AU Commission spokesperson",
      "The African Union's Peace and Security Council will meet in Addis Ababa next week on the crisis", kind=I,
      opt=True, stance="neutral"),
    # the analyst is not a party: optional, under her country
    S(SD, "Kholood Khair", "Neither side believes it is losing, so neither will stop,", opt=True, stance="neutral"),
    # after the blind run: the analyst's reported prediction, optional like her quote (the set's convention)
    S(SD, "Kholood Khair", "the fighting could drag on for months", kind=I, opt=True, stance="neutral"),
    K(600, "killed", "people", qualifier="at least"),
    K(5000, "wounded", "people", qualifier="more than"),
]

A["b06_petra_amman_syria_meeting"] = [
    T("2023-05-01 21:40", "2023-05-01"),
    T("May 1", "2023-05-01"),
    T("on Monday", "2023-05-01"),
    T("within a month", "P1M", opt=True),
    T("Today", "2023-05-01", ctx='"Today we took', opt=True),
    T("next month", "2023-06"),
    T("May 19", "2023-05-19"),
    T("2011", "2011"),
    T("April 14", "2023-04-14"),
    T("on Sunday", "2023-04-30"),
    T("On Tuesday", "2023-05-02"),
    T("01/05/2023 21:40:11", "2023-05-01", opt=True),
    P("Amman"),
    P("Baghdad"),
    P("Jeddah"),
    P("Southern Syria", "southern Syria", opt=True),
    V("Amman", "2023-05-01"),
    V("Baghdad", "2023-06"),
    V("Jeddah", "2023-04-14"),
    V("Jeddah", "2023-05-19", opt=True, name="Jeddah (Arab League summit)"),
    V("Amman", "2023-05-02", name="Amman (Pedersen)"),
    S(["Jordan", "Saudi Arabia", "Iraq", "Egypt", "Syria"], "joint statement",
      "the return of refugees to their country is a top priority,", stance="demand"),
    S(["Jordan", "Saudi Arabia", "Iraq", "Egypt", "Syria"], "joint statement",
      "the Syrian government would cooperate with Jordan and Iraq to set up a joint working group on drug smuggling "
      "across the borders within a month", kind=I, stance="agree"),
    S(JO, "Ayman Safadi",
      "Today we took a practical step in a step-by-step approach that leads to a political solution to the crisis.",
      stance="propose"),
    S(JO, "Ayman Safadi",
      "\"there is no military solution\" and that the Kingdom would \"continue to protect its borders\" against the "
      "smuggling of drugs and weapons", kind=I, stance="neutral"),
    S(JO, "Ayman Safadi",
      "the meeting was \"a beginning and not an end,\" and that the ministers would meet again in Baghdad next month",
      kind=I, stance="neutral"),
    S(SY, "Faisal Mekdad", "Syria was \"open to every Arab effort\" that respected its sovereignty", kind=I,
      stance="agree"),
    S(SY, "Faisal Mekdad", "He called for the lifting of \"unilateral coercive measures\" on his country", kind=I,
      stance="demand"),
    S(EG, "Sameh Shoukry",
      "stressed the importance of \"the unity and territorial integrity of Syria\" and of an end to foreign "
      "interference", kind=I, stance="demand"),
    S(IQ, "Fuad Hussein",
      "Iraq would \"spare no effort\" to help Syria return to its place in the Arab League before the Jeddah summit "
      "on May 19", kind=I, stance="agree"),
    S(JO, "Sinan Majali",
      "Safadi held bilateral talks with each of the four ministers on the sidelines of the meeting at the ministry "
      "in Amman", kind=I, stance="neutral"),
    S(JO, "Sinan Majali",
      "Safadi and Mekdad discussed the situation in southern Syria, \"where the smuggling of drugs poses a serious "
      "threat to Jordan's national security.\"", kind=I, stance="neutral"),
    S(JO, "Jordanian army sources",
      "border guards killed three smugglers and wounded two others in a clash on the border with Syria on Sunday",
      kind=I, stance="neutral"),
    S(JO, "Jordanian foreign ministry",
      "On Tuesday, Safadi is scheduled to receive UN Special Envoy for Syria Geir Pedersen in Amman", kind=I,
      opt=True, stance="neutral"),
    K(3, "killed", "smugglers"),
    K(2, "wounded", "others"),  # after the blind run: the group as the text names it ("two others"), as in b07
]

A["b07_saba_yemen_truce"] = [
    T("Saturday, 02 April 2022", "2022-04-02"),
    T("April 2", "2022-04-02", ctx="SANA'A, April 2"),
    T("on Saturday", "2022-04-02", ctx="said on Saturday that"),
    T("two-month", "P2M", ctx="that the two-month truce", opt=True),
    T("on Friday", "2022-04-01", ctx="announced on Friday"),
    T("two-month", "P2M", ctx="agreed to a two-month truce", opt=True),
    T("7 p.m.", "2022-04-02", opt=True),
    T("Saturday, April 2", "2022-04-02", ctx="on Saturday, April 2,"),
    T("on Saturday", "2022-04-02", ctx="capital on Saturday"),
    T("6 a.m.", "2022-03-30", opt=True),
    T("on Wednesday", "2022-03-30"),
    T("on Friday", "2022-04-01", ctx="Marib province on Friday"),
    T("within days", "P1D", opt=True),
    T("next week", "2022-W14"),
    P("Sanaa", "SANA'A"),
    P("Hodeidah"),
    P("Amman"),
    P("Cairo"),
    P("Riyadh"),
    P("Marib"),
    P("Sirwah", opt=True),
    P("Raghwan", opt=True),
    V("Sanaa", "2022-04-02", opt=True),  # al-Mashat's meeting "in the capital"
    S(HO, "Mohammed Abdulsalam",
      "the two-month truce announced by the United Nations is \"a test of the seriousness of the aggression "
      "countries\" in ending the war and the siege on Yemen", kind=I, stance="neutral"),
    S(HO, "Mohammed Abdulsalam", "Truce is test of aggression's seriousness", opt=True, stance="neutral"),
    S(HO, "Mohammed Abdulsalam",
      "We will deal positively with any step that lifts the suffering of our people, and we will respond to any "
      "violation,", stance="threat"),
    S(HO, "Mohammed Abdulsalam",
      "the opening of Sana'a International Airport and the entry of fuel ships into the port of Hodeidah are "
      "\"humanitarian rights that must not be subject to bargaining.\"", kind=I, stance="demand"),
    S(UN, "Hans Grundberg",
      "the parties had agreed to a two-month truce beginning at 7 p.m. on Saturday, April 2, which may be renewed "
      "with the consent of the parties", kind=I, stance="neutral"),
    S(UN, "Hans Grundberg",
      "the truce includes a halt to all offensive military operations inside Yemen and across its borders, and "
      "allows fuel ships to enter Hodeidah ports and commercial flights to operate from Sana'a airport to Amman and "
      "Cairo", kind=I, stance="neutral"),
    S(UN, "Hans Grundberg", "The aim of this truce is to give Yemenis a necessary break from violence,",
      stance="neutral"),
    S(HO, "Hussein al-Ezzi",
      "Sana'a had \"accepted the truce out of concern for our people,\" warning that \"any breach will be met with "
      "an appropriate response.\"", kind=I, stance="threat"),
    S(HO, "Mahdi al-Mashat", "called on the UN to \"ensure the commitment of the other party\" to the terms of the "
      "truce", kind=I, stance="demand"),
    S(HO, "Yahya Sarea",
      "the armed forces would abide by the truce \"as long as the enemy abides by it.\"", kind=I, stance="agree"),
    S(SA, "Saudi-led coalition", "it had halted military operations inside Yemen since 6 a.m. on Wednesday", kind=I,
      stance="neutral"),
    S(HO, "Mohammed Abdulsalam", "a media ploy.", opt=True, stance="reject"),
    S(HO, "security source",
      "the raids killed four civilians and wounded six others in the districts of Sirwah and Raghwan", kind=I,
      opt=True, stance="condemn"),
    S(US, "Tim Lenderking",
      "the United States \"will support the UN efforts to turn it into a lasting ceasefire.\"", kind=I,
      stance="welcome"),
    S(HO, "Mohammed Abdulsalam",
      "dismissed the US statements as \"an attempt to whitewash Washington's role in the aggression.\"", kind=I,
      stance="reject"),
    K(4, "killed", "civilians"),
    K(6, "wounded", "others"),
]

A["b08_libyaobserver_geneva_ceasefire"] = [
    T("23 Oct 2020", "2020-10-23"),
    T("15:20", "2020-10-23", opt=True),
    T("on Friday", "2020-10-23"),
    T("within three months", "P3M", opt=True),
    T("November 9", "2020-11-09"),
    T("Monday, October 26", "2020-10-26"),
    T("early November", "2020-11", opt=True),
    T("April 2019", "2019-04"),
    T("June this year", "2020-06"),
    T("2020", "2020", ctx="© 2020 The Libya", opt=True),  # copyright year
    P("Geneva"),
    P("Palais des Nations", opt=True),
    P("Sirte"),
    P("Misrata"),
    P("Benghazi"),
    P("Istanbul"),
    P("Tripoli"),
    P("Ghadames"),
    P("Souq al-Juma", opt=True),
    P("Hurghada", opt=True),
    V("Geneva", "2020-10-23"),
    V("Ghadames", "2020-11"),
    V("Hurghada", None, opt=True),  # a related-link headline
    S(UN, "UNSMIL", "permanent ceasefire agreement in all areas of Libya", opt=True, stance="neutral"),
    S(UN, "Stephanie Williams", "the two delegations had \"put the interest of their homeland above all else.\"",
      kind=I, stance="welcome"),
    S(UN, "Stephanie Williams", "This is a good day for the Libyan people,", stance="welcome"),
    S(UN, "Stephanie Williams", "The road to a permanent ceasefire was often long and difficult.",
      stance="welcome"),
    S(GNA, "Ahmed Abu Shahma",
      "the agreement was \"a victory for all Libyans,\" but warned that the GNA \"will not accept the presence of "
      "Wagner mercenaries\" on Libyan soil", kind=I, stance="reject"),
    S(GNA, "Ahmed Abu Shahma", "We signed for Libya, not for Haftar,", stance="reject"),
    S(LNA, "Ahmed Al-Mismari",
      "the General Command \"welcomes the agreement,\" but claimed that \"Turkish forces and Syrian mercenaries\" in "
      "the west were the main obstacle to peace", kind=I, stance="welcome"),
    S(TR, "Recep Tayyip Erdogan",
      "it \"does not look very credible\" and that \"time will tell if it will last.\"", kind=I, stance="neutral"),
    S(GNA, "Fathi Bashagha", "calling it \"an important step towards unifying state institutions.\"", kind=I,
      stance="welcome"),
    S(GNA, "Fathi Bashagha", "He urged the commission to \"begin implementation immediately.\"", kind=I,
      stance="demand"),
    S(["High Council of State"], "High Council of State",
      "it supported the agreement but rejected \"any role for the war criminal Haftar in Libya's future.\"", kind=I,
      stance="reject"),
    S(UN, "UNSMIL",
      "the Libyan Political Dialogue Forum would meet in Tunisia on November 9, with preliminary online sessions "
      "beginning on Monday, October 26", kind=I, stance="propose"),
    S(UN, "Stephanie Williams",
      "The committee is due to meet again in Ghadames in early November to agree on implementation mechanisms",
      kind=I, stance="propose"),
    S(["Libya"], "Salem", "We have heard about ceasefires before,", opt=True, stance="neutral"),
    K(2000, "killed", "fighters", qualifier="more than"),
]

A["b09_israelhayom_manama_visit"] = [
    T("10-18-2020", "2020-10-18"),
    T("21:15", "2020-10-18", opt=True),
    T("on Sunday", "2020-10-18", ctx="in Manama on Sunday"),
    T("Sunday morning", "2020-10-18"),
    T("in the coming weeks", "2020-W43", opt=True),
    T("Oct. 18, 2020", "2020-10-18"),
    T("next month", "2020-11"),
    T("Sunday night", "2020-10-18"),
    T("earlier in the day", "2020-10-18", opt=True),
    T("in the coming months", "2020-11", opt=True),
    P("Manama"),
    P("Ben-Gurion Airport", opt=True),
    P("Gudaibiya Palace", opt=True),
    P("Bahrain International Airport", opt=True),
    P("Gudaibiya Palace", "Al-Qudaibiya Palace", opt=True),
    P("Gaza Strip", "Gaza", ctx="In Gaza, Hamas"),
    P("Tehran"),
    P("Jerusalem"),
    P("Persian Gulf", opt=True),
    V("Manama", "2020-10-18"),
    V("Jerusalem", "2020-10-18", opt=True),  # the cabinet meeting
    S(BH, "Abdullatif al-Zayani", "We are opening a new chapter", stance="welcome"),
    S(BH, "Abdullatif al-Zayani",
      "the kingdom saw the agreement as \"the best way to reach a just and lasting solution to the "
      "Palestinian-Israeli conflict,\" on the basis of a two-state solution", kind=I, stance="welcome"),
    S(IL, "Meir Ben-Shabbat", "We have come in peace and we are greeted in peace.", stance="welcome"),
    S(IL, "Meir Ben-Shabbat",
      "the two countries would sign \"at least seven more agreements\" in the coming weeks, on aviation, trade and "
      "technology", kind=I, stance="neutral"),
    S(US, "Steven Mnuchin", "called the visit \"a historic day\"", kind=I, stance="welcome"),
    S(US, "Steven Mnuchin", "Washington expected \"more countries to join very soon.\"", kind=I, stance="neutral"),
    S(PLO, "Ahmad Majdalani",
      "the Manama ceremony was \"a stab in the back of the Palestinian people\" and called on Bahrain to \"reverse "
      "this shameful step.\"", kind=I, stance="condemn"),
    S(HA, "Hazem Qassem",
      "the agreement \"will not change the facts on the ground\" and urged Arab peoples to \"reject all forms of "
      "normalization.\"", kind=I, stance="reject"),
    S(IL, "Meir Ben-Shabbat's office", "the two discussed \"regional threats, first and foremost Iran.\"", kind=I,
      stance="neutral"),
    S(IR, "Saeed Khatibzadeh",
      "Bahrain would be \"responsible for the consequences\" of any Israeli presence in the Persian Gulf", kind=I,
      stance="threat"),
    S(["Al-Wefaq"], "Al-Wefaq",
      "described the deal as \"a betrayal\" that did not represent the people of Bahrain", kind=I, opt=True,
      stance="condemn"),
    S(IL, "Benjamin Netanyahu", "more Arab states would follow \"in the coming months.\"", kind=I,
      stance="neutral"),
]

A["b10_globeandmail_shalit_exchange"] = [
    T("Tuesday, Oct. 18, 2011", "2011-10-18", nth=0),
    T("10:12AM EDT", "2011-10-18", opt=True),
    T("Tuesday, Oct. 18, 2011", "2011-10-18", nth=1),
    T("6:55PM EDT", "2011-10-18", opt=True),
    T("more than five years", "P5Y", opt=True),
    T("on Tuesday morning", "2011-10-18"),
    T("within two months", "P2M", opt=True),
    T("last week", "2011-W41"),
    T("2001", "2001"),
    T("June, 2006", "2006-06"),
    T("five years", "P5Y", ctx="Timeline: five years", opt=True),
    P("Jerusalem", "JERUSALEM"),
    P("Rafah"),
    P("Tel Nof"),
    P("Mitzpe Hila"),
    P("Gaza City"),
    P("Ottawa"),
    P("Kerem Shalom"),
    P("Ramallah"),
    P("Muqata", opt=True),
    V("Tel Nof", "2011-10-18", opt=True),  # Netanyahu met Shalit at the air base
    V("Ramallah", "2011-10-18", opt=True),  # Abbas greeted released prisoners
    S(IL, "Gilad Shalit", "I missed my family very much,", opt=True, stance="neutral"),
    S(IL, "Gilad Shalit",
      "I will be very happy if they are freed, so that they can go back to their families.", opt=True,
      stance="neutral"),
    S(IL, "Noam Shalit", "We are experiencing the birth of a son anew.", opt=True, stance="welcome"),
    S(HA, "Ismail Haniyeh",
      "called the deal \"a national achievement\" and said the movement would work \"to free all the prisoners.\"",
      kind=I, stance="welcome"),
    S(HA, "Mahmoud al-Zahar", "The path of resistance is the only path that frees prisoners,", stance="threat"),
    S(HA, "Mahmoud al-Zahar",
      "Hamas would seek to capture more Israeli soldiers if prisoners remained in Israeli jails", kind=I,
      stance="threat"),
    S(IL, "Benjamin Netanyahu",
      "Israel would \"fight terror\" and that any freed prisoner who returned to violence \"will be responsible for "
      "his own blood.\"", kind=I, stance="threat"),
    S(IL, "Yoram Cohen",
      "the deal carried \"security risks,\" but that the agency could manage them", kind=I, stance="neutral"),
    S(CA, "John Baird", "Canada is relieved that Gilad Shalit is finally home with his family,", stance="welcome"),
    S(CA, "John Baird", "Hamas had held him \"in inhumane conditions.\"", kind=I, stance="condemn"),
    S(EG, "Mohamed Ibrahim Kamel", "Egypt will continue its efforts,", stance="propose"),
    S(EG, "Egypt", "it hoped the exchange would open the way to renewed peace talks", kind=I, stance="propose"),
    S(PA, "Mahmoud Abbas", "You are freedom fighters,", stance="welcome"),
    S(IL, "Arnold Roth", "the release of her killer was \"a terrible injustice.\"", kind=I, opt=True,
      stance="condemn"),
    K(2, "killed", "Israeli soldiers"),
]

A["b11_irishtimes_unrwa_funding"] = [
    T("Mon Jan 29 2024", "2024-01-29"),
    T("18:05", "2024-01-29", opt=True),
    T("October 7th", "2023-10-07", nth=0),
    T("on Monday", "2024-01-29", ctx="Martin said on Monday"),
    T("this year", "2024"),
    T("last month", "2023-12"),
    T("on Saturday", "2024-01-27"),
    T("on Friday", "2024-01-26"),
    T("Tuesday last week", "2024-01-23"),
    T("on Sunday", "2024-01-28", ctx="and on Sunday appealed"),
    T("on Monday", "2024-01-29", ctx="said on Monday that 26,637"),
    T("October 7th", "2023-10-07", nth=1),
    T("on Sunday", "2024-01-28", ctx="in Paris on Sunday"),
    T("next week", "2024-W06"),
    T("2024", "2024", ctx="© 2024 The Irish", opt=True),  # copyright year
    P("Gaza Strip", "Gaza", ctx="humanitarian operation in Gaza"),
    P("Dublin"),
    P("Government Buildings", opt=True),
    P("New York"),
    P("Paris"),
    P("Brussels"),
    V("New York", "2024-01-23"),
    V("Paris", "2024-01-28"),
    V("Brussels", "2024-W06"),
    S(IE, "Micheál Martin", "agency is \"the lifeblood\" of aid in Gaza", kind=I, opt=True, stance="neutral"),
    S(IE, "Micheál Martin", "Ireland will not suspend funding to UNRWA", kind=I, opt=True, stance="reject"),
    S(IE, "Micheál Martin", "Ireland will continue to fund the UN relief agency for Palestinians", kind=I,
      stance="agree"),
    S(IE, "Micheál Martin",
      "the allegations were \"extremely serious\" but that UNRWA was \"the lifeblood of the humanitarian operation "
      "in Gaza.\"", kind=I, stance="neutral"),
    S(IE, "Micheál Martin", "We have no plans to suspend funding, and we would be concerned that others have done so,",
      stance="reject"),
    S(IE, "Micheál Martin", "Ireland would give the agency €20 million this year, as announced last month", kind=I,
      stance="agree"),
    S(UN, "Philippe Lazzarini",
      "the agency had terminated the contracts of the staff members accused and launched an investigation", kind=I,
      stance="neutral"),
    S(UN, "Philippe Lazzarini",
      "Any UNRWA employee who was involved in acts of terror will be held accountable, including through criminal "
      "prosecution,", stance="condemn"),
    S(UN, "Philippe Lazzarini", "the suspension of funding would hit \"more than two million people\" in Gaza",
      kind=I, stance="neutral"),
    S(UN, "Philippe Lazzarini",
      "It is shocking to see a suspension of funds to the agency in reaction to allegations against a small group "
      "of staff,", stance="condemn"),
    S(IL, "Dana Erlich",
      "the allegations showed UNRWA was \"part of the problem, not the solution,\" and called on Dublin to "
      "\"reconsider its position.\"", kind=I, stance="demand"),
    S(["Sinn Féin"], "Matt Carthy", "the Government was right not to follow other donors", kind=I,
      stance="welcome"),
    S(["Sinn Féin"], "Matt Carthy", "Cutting off food to starving people is collective punishment,",
      stance="condemn"),
    S(US, "Matthew Miller", "Washington had \"temporarily paused additional funding\" while it reviewed the "
      "allegations", kind=I, stance="neutral"),
    S(UN, "Antonio Guterres", "appealed to governments to \"guarantee the continuity\" of UNRWA's operations",
      kind=I, stance="demand"),
    S(IL, "Israel Katz", "UNRWA \"must be replaced\" after the war", kind=I, stance="demand"),
    S(IL, "Israel Katz", "UNRWA will not be part of the day after,", stance="reject"),
    S(IL, "Israel Katz", "אונר\"א לא תהיה חלק מהיום שאחרי", opt=True, stance="reject"),
    S(["Hamas", "Palestinian Authority"], "health ministry",
      "26,637 people had been killed in the territory since October 7th and 65,387 injured", kind=I, opt=True,
      stance="neutral"),
    K(26637, "killed", "people"),
    K(65387, "wounded", "people"),
]

A["b12_dailynewsegypt_cairo_declaration"] = [
    T("March 18, 2005", "2005-03-18"),
    T("on Thursday", "2005-03-17", ctx="agreed on Thursday"),
    T("the end of 2005", "2005", opt=True),
    T("three days", "P3D", opt=True),
    T("until the end of the year", "2005", opt=True),
    T("in July", "2005-07"),
    T("on Thursday", "2005-03-17", ctx="final session on Thursday"),
    T("last month", "2005-02"),
    T("in April", "2005-04"),
    T("next week", "2005-W12"),
    T("the summer", "2005", opt=True),
    T("a day after", "2005-03-16", opt=True),
    T("February 8", "2005-02-08"),
    T("February 25", "2005-02-25"),
    T("until end of year", "2005", opt=True),
    T("2005", "2005", ctx="Copyright © 2005", opt=True),  # copyright year
    P("Cairo", "CAIRO"),
    P("Heliopolis", opt=True),
    P("Damascus"),
    P("West Bank"),
    P("Sharm El-Sheikh"),
    P("Ramallah"),
    P("Jerusalem"),
    P("Gaza Strip", "Gaza", ctx="withdrawal from Gaza planned"),
    P("Jericho"),
    P("Tel Aviv"),
    V("Cairo", "2005-03-17"),
    V("Sharm El-Sheikh", "2005-02"),
    V("Cairo", "2005-04", name="Cairo (follow-up meeting)"),
    V("Ramallah", "2005-W12"),
    V("Jerusalem", "2005-W12"),
    S(HA + PIJ, "Cairo Declaration",
      "commits the factions, including Hamas and Islamic Jihad, to a \"period of calm\" on condition that Israel "
      "halts all attacks on Palestinians and releases prisoners", kind=I, opt=True, stance="agree"),
    S(HA, "Mousa Abu Marzuq",
      "We agreed on a calm until the end of the year, provided that the Zionist enemy commits to stopping its "
      "aggression,", stance="agree"),
    S(HA, "Mousa Abu Marzuq", "If the occupation violates it, we will be free from any commitment.",
      stance="threat"),
    S(HA, "Khaled Mashal", "the movement would take part in the legislative elections in July", kind=I,
      stance="agree"),
    S(HA, "Khaled Mashal", "Hamas will be a partner in decision-making,", stance="neutral"),
    S(PIJ, "Mohammed al-Hindi",
      "the group had signed \"with reservations\" and did not consider the calm a ceasefire", kind=I,
      stance="agree"),
    S(PIJ, "Mohammed al-Hindi", "This is a tahdia, not a hudna,", stance="neutral"),
    S(PA, "Mahmoud Abbas", "welcomed the agreement as \"an important achievement for the Palestinian people.\"",
      kind=I, stance="welcome"),
    S(PA, "Mahmoud Abbas",
      "he would now ask Israel to withdraw from West Bank cities and free prisoners, as agreed at the Sharm "
      "El-Sheikh summit last month", kind=I, stance="demand"),
    S(IL, "Mark Regev",
      "Israel welcomed \"any quiet,\" but that \"calm is not enough: the terror groups must be dismantled.\"",
      kind=I, stance="demand"),
    S(EG, "Ahmed Abul Gheit", "the agreement showed that Egypt \"is able to bring all the Palestinians together.\"",
      kind=I, stance="welcome"),
    S(EG, "Ahmed Abul Gheit", "Cairo would host a follow-up meeting of the factions in April", kind=I,
      stance="propose"),
    S(EG, "Egyptian officials",
      "Suleiman would travel to Ramallah and Jerusalem next week to discuss the Israeli withdrawal from Gaza planned "
      "for the summer", kind=I, stance="neutral"),
    # the analyst is not a party: optional, under his country
    S(EG, "Diaa Rashwan", "The Palestinians have a historic opportunity,", opt=True, stance="neutral"),
    # after the blind run: the analyst's reported prediction, optional like his quote (the set's convention)
    S(EG, "Diaa Rashwan", "the calm would hold \"at least until the Gaza withdrawal.\"", kind=I, opt=True,
      stance="neutral"),
    K(5, "killed", "Israelis"),
]

# the quoted fragments inside each indirect statement: optional statements of the same speaker (blind8's convention)
add_fragments(A)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
