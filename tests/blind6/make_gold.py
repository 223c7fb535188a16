"""Build tests/blind6/gold.json from the hand annotations below (run: python tests/blind6/make_gold.py).

Eighth, blind set, rich in statements: eleven articles written and annotated without reading the extractor code
(``lib/extract/*``, ``lib/data/*``, ``lib/gazetteer.py``), the git log or the articles of the other sets. Offsets
are character offsets into ``open(path, encoding="utf-8").read()`` (the way the scorer reads the files), found by
exact substring search: ``ctx`` (a longer, unique stretch of text) locates the mention when the bare text
repeats, ``nth`` picks the n-th occurrence. Every span is checked with ``text[start:end] == item['text']`` and
every direct quote must occur verbatim in its article (quotes that cross a hard line break keep the ``\\n``).
Every statement carries a ``stance`` (threat, reject, condemn, welcome, demand, propose, agree, deny, neutral)
for ``bench/stance_eval.py``. The format is the one of ``shared/eval/gold/seeds.json``; conventions are in
README.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, build_gold, find, write_gold  # noqa: E402,F401

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Cairo": (30.0626, 31.2497), "Rafah": (31.2969, 34.2455), "Muwasi": (31.3400, 34.2600),
    "Washington": (38.8951, -77.0364), "White House": (38.8977, -77.0365), "Amman": (31.9552, 35.9450),
    "Tel Aviv": (32.0809, 34.7806), "Jabalia": (31.5300, 34.4950), "Beirut": (33.8938, 35.5018),
    "Jerusalem": (31.7690, 35.2163), "East Jerusalem": (31.7833, 35.2333), "New York": (40.7143, -74.0060),
    "Damascus": (33.5102, 36.2913), "Arad": (31.2588, 35.2128), "Nevatim": (31.2083, 35.0122),
    "Tehran": (35.6944, 51.4215), "Doha": (25.2854, 51.5310), "Nuseirat": (31.4486, 34.3925),
    "Khan Younis": (31.3462, 34.3063), "Gaza City": (31.5017, 34.4668), "Al-Shifa Hospital": (31.5236, 34.4444),
    "Ramallah": (31.8996, 35.2042), "Nablus": (32.2211, 35.2544), "Yasmina": (32.2200, 35.2600),
    "Jenin": (32.4611, 35.3027), "Al-Aqsa Mosque": (31.7761, 35.2358), "Sheikh Jarrah": (31.7950, 35.2300),
    "Al-Arish": (31.1316, 33.7984), "Abu Dhabi": (24.4539, 54.3773),
    # regions
    "Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25), "Southern Israel": (31.25, 34.70),
    "Sinai": (29.50, 33.80), "Northern Gaza": (31.53, 34.49), "Negev": (30.85, 34.78),
    "Golan Heights": (33.00, 35.75), "Jordan Valley": (32.00, 35.50), "Southern Gaza": (31.32, 34.28),
    "Judea and Samaria": (31.95, 35.25),
}
RADIUS = {"Gaza Strip": 60, "West Bank": 60, "Southern Israel": 80, "Sinai": 200, "Northern Gaza": 15,
          "Negev": 80, "Golan Heights": 40, "Jordan Valley": 40, "Southern Gaza": 20, "Judea and Samaria": 60}
# a place is required once per article; landmarks or neighbourhoods inside a required city are opt.
PA = ["Palestinian Authority", "PLO", "Fatah"]  # Abbas and his officials speak for all three
US = ["United States"]
IL = ["Israel"]
HA = ["Hamas"]
PIJ = ["Palestinian Islamic Jihad"]
UN = ["United Nations"]
EG = ["Egypt"]
JO = ["Jordan"]
QA = ["Qatar"]
UAE = ["United Arab Emirates"]
IR = ["Iran"]
I = "indirect"  # noqa: E741

A = {}

A["f01_ap_hamas_accepts_proposal"] = [
    T("Monday", "2024-05-06", ctx="Hamas said Monday"),
    T("last week", "2024-W18", opt=True),
    T("late Monday", "2024-05-06"),
    T("Oct. 7", "2023-10-07"),
    P("Cairo", text="CAIRO", ctx="CAIRO (AP)"),
    P("Rafah", ctx="southern Gaza city of Rafah"),
    P("Gaza Strip", text="Gaza Strip"),
    P("Muwasi"),
    P("Washington"),
    P("Southern Israel", text="southern Israel"),
    V("Cairo", "2024-05-06", opt=True),  # the delegation Israel said it would send
    S(HA, "Hamas", "it had accepted a cease-fire proposal put forward by Egyptian and Qatari mediators",
      kind=I, stance="agree"),
    S(IL, "Israel", "it would keep up military pressure on Hamas while it studied the response", kind=I,
      stance="threat"),
    S(IL, "Benjamin Netanyahu's office", "far from Israel's essential demands", stance="reject"),
    S(IL, "Benjamin Netanyahu's office",
      "the country would send a delegation of working-level negotiators to Cairo to explore whether an agreement "
      "could be reached", kind=I, stance="neutral"),
    S(IL, "Benjamin Netanyahu's office",
      "The war cabinet unanimously decided that Israel will continue its operation in Rafah in order to exert "
      "military pressure on Hamas", stance="threat"),
    S(HA, "Khalil al-Hayya",
      "the movement had agreed to the deal on condition that it led to a permanent end to the fighting and a full "
      "withdrawal of Israeli forces from the Gaza Strip", kind=I, stance="agree"),
    S(HA, "Khalil al-Hayya", "The ball is now in the occupation's court", stance="demand"),
    S(HA, "a Hamas official", "the group would not accept any arrangement that left Israeli troops inside Gaza",
      kind=I, stance="reject"),
    S(US, "State Department", "it was reviewing the Hamas response and discussing it with partners in the region",
      kind=I, stance="neutral"),
    S(US, "Matthew Miller", "in real time", opt=True, stance="neutral"),
    S(US, "Matthew Miller", "We believe that an agreement is absolutely achievable", stance="neutral"),
    S(EG, "Egypt's foreign ministry",
      "Cairo warned against the dangers of an Israeli military operation in Rafah, and called on Israel to exercise "
      "\"the utmost restraint\" and to avoid further escalation at a \"very sensitive\" moment in the negotiations",
      kind=I, stance="demand"),
    S(EG, "Egypt's foreign ministry", "the utmost restraint", opt=True, stance="demand"),
    S(EG, "Egypt's foreign ministry", "very sensitive", opt=True, stance="neutral"),
    S(IL, "Yoav Gallant", "prepared to go further", opt=True, stance="threat"),
    S(IL, "Yoav Gallant",
      "This operation will continue until we eliminate Hamas in the Rafah area, or until the first hostage returns",
      stance="threat"),
    S(IL, "Hostages and Missing Families Forum", "moral failure", opt=True, stance="demand"),
    S(IL, "Hostages and Missing Families Forum", "rejecting the offer would be a \"moral failure.\"", opt=True,
      kind=I, stance="demand"),
    K(22, "killed", "people", qualifier="at least", by="hospital records"),
    K(8, "killed", "children", by="hospital records"),
    K(1200, "killed", "people", qualifier="some"),
    K(34700, "killed", "Palestinians", qualifier="more than", by="Gaza Health Ministry"),
]

A["f02_reuters_amman_ministers"] = [
    T("Nov 4", "2023-11-04"),
    T("on Saturday", "2023-11-04", nth=0),
    T("Oct. 7", "2023-10-07", nth=0),
    T("on Friday", "2023-11-03"),
    T("on Saturday", "2023-11-04", nth=1),
    T("Oct. 7", "2023-10-07", nth=1),
    T("on Saturday", "2023-11-04", nth=2),
    T("on Monday", "2023-11-06"),
    P("Amman", text="AMMAN", ctx="AMMAN, Nov 4"),
    P("Gaza Strip", text="Gaza", ctx="bombardment of Gaza must"),
    P("Rafah", ctx="the Rafah crossing"),
    P("Sinai"),
    P("Tel Aviv"),
    P("Jabalia"),
    P("Northern Gaza", text="northern Gaza", opt=True),
    P("Beirut"),
    V("Amman", "2023-11-04"),
    V("Tel Aviv", "2023-11-03", opt=True),  # Netanyahu-Blinken meeting, place only implied
    S(EG + JO + UAE, "joint communique of Egypt, Jordan and the UAE", "an immediate and comprehensive ceasefire",
      stance="demand"),
    S(EG + JO + UAE, "joint communique of Egypt, Jordan and the UAE", "a red line", opt=True, stance="reject"),
    S(EG + JO + UAE, "joint communique of Egypt, Jordan and the UAE",
      "rejected any attempt to force Palestinians out of Gaza", opt=True, kind=I, stance="reject"),
    S(JO + EG + ["Saudi Arabia"] + QA + UAE, "Arab foreign ministers",
      "Israel's bombardment of Gaza must stop immediately", opt=True, kind=I, stance="demand"),
    S(JO, "Ayman Safadi", "being pushed into an abyss of hatred", stance="condemn"),
    S(JO, "Ayman Safadi", "We do not accept that this is self-defence. It cannot be justified under any pretext",
      stance="reject"),
    S(EG, "Sameh Shoukry", "Cairo would not allow the Rafah crossing to be used to push Gazans into Sinai",
      kind=I, stance="reject"),
    S(EG, "Sameh Shoukry", "without restrictions", opt=True, stance="demand"),
    S(US, "Antony Blinken", "a ceasefire now would only allow Hamas to regroup and repeat what it did on Oct. 7",
      kind=I, stance="reject"),
    S(US, "Antony Blinken",
      "humanitarian pauses could protect civilians and get aid in, and that the United States was discussing their "
      "timing and duration with Israel", kind=I, stance="propose"),
    S(US, "Antony Blinken", "It's our judgment that a ceasefire would simply leave Hamas in place", stance="reject"),
    S(US + IL, "the U.S. and Israel",
      "work to increase the number of aid trucks entering the enclave through Rafah", kind=I, stance="neutral"),
    # reported through a senior State Department official: the speaker is Netanyahu
    S(IL, "Benjamin Netanyahu", "there would be no temporary truce until the hostages held by Hamas were released",
      kind=I, stance="reject"),
    S(QA, "Qatar's foreign ministry", "Doha was continuing its mediation efforts", kind=I, stance="neutral"),
    S(QA, "Qatar's foreign ministry", "catastrophic consequences", opt=True, stance="neutral"),
    S(IL, "Israeli military", "it was looking into the report", opt=True, kind=I, stance="neutral"),
    S(HA, "Osama Hamdan", "giving cover", opt=True, stance="condemn"),
    S(HA, "Osama Hamdan",
      "The American secretary came to the region to protect the occupation, not to stop the massacres",
      stance="condemn"),
    S(US, "State Department", "Blinken was due to travel to Turkey on Monday after a stop in Iraq", opt=True,
      kind=I, stance="neutral"),
    K(9488, "killed", "Palestinians", by="Gaza health ministry"),
    K(3900, "killed", "children", by="Gaza health ministry"),
    K(1400, "killed", "people", qualifier="about", by="Israel"),
    K(15, "killed", "people", qualifier="at least", by="health ministry"),
]

A["f03_toi_liveblog_iran_attack"] = [
    T("Sunday, April 14, 2024", "2024-04-14"),
    T("April 1", "2024-04-01", ctx="April 1 strike"),
    T("later today", "2024-04-14"),
    P("Jerusalem", ctx="sound in Jerusalem"),
    P("Negev"),
    P("Golan Heights"),
    P("New York"),
    P("Damascus", ctx="building in Damascus"),
    P("Arad"),
    P("Nevatim", text="Nevatim air base", opt=True),
    P("Tehran"),
    S(IL, "IDF Home Front Command", "residents must remain near protected spaces until further notice", opt=True,
      kind=I, stance="demand"),
    S(IR, "Iran's mission to the UN", "The matter can be deemed concluded", stance="neutral"),
    S(IR, "Iran's mission to the UN",
      "the attack was carried out in response to the April 1 strike on its consular building in Damascus",
      kind=I, stance="neutral"),
    S(IR, "Iran's mission to the UN",
      "Should the Israeli regime make another mistake, Iran's response will be considerably more severe. It is a "
      "conflict between Iran and the rogue Israeli regime, from which the U.S. MUST STAY AWAY!", stance="threat"),
    S(IL, "Daniel Hagari", "We will respond at the time of our choosing", stance="threat"),
    S(IL, "Daniel Hagari",
      "the vast majority of the more than 300 drones and missiles launched by Iran and its proxies were intercepted "
      "outside Israel's borders", kind=I, stance="neutral"),
    S(IL, "Daniel Hagari",
      "a 10-year-old Bedouin girl, Amina al-Hassouni, was seriously wounded by shrapnel near the town of Arad",
      opt=True, kind=I, stance="neutral"),
    S(IL, "Daniel Hagari", "The Iranian threat met Israeli air and technological superiority", stance="neutral"),
    S(IL, "Israeli Foreign Ministry",
      "Iran's attack is a serious escalation. We call on the international community to designate the IRGC as a "
      "terrorist organization and impose crippling sanctions on the regime in Tehran.", stance="demand"),
    S(IL, "Israel Katz", "he has launched a diplomatic offensive, sending letters to 32 countries", opt=True,
      kind=I, stance="neutral"),
    S(US, "Joe Biden", "ironclad", opt=True, stance="neutral"),
    S(US, "Joe Biden", "I condemn these attacks in the strongest possible terms", stance="condemn"),
    # reported through a senior administration official: the speaker is Biden
    S(US, "Joe Biden", "the US would not participate in any offensive operation against Iran", kind=I,
      stance="reject"),
    S(IL, "Benny Gantz", "This event is not over", stance="threat"),
    S(IL, "Benny Gantz", "exact the price from Iran in the way and at the time that suits us", stance="threat"),
    S(IL, "Benny Gantz", "Israel will build a regional coalition", opt=True, kind=I, stance="propose"),
    S(IL, "Yair Lapid", "the government has lost Israel's deterrence", opt=True, kind=I, stance="condemn"),
    S(IL, "Yair Lapid", "without dragging us into an all-out war", opt=True, stance="demand"),
    S(JO, "Jordan's government",
      "its air defenses intercepted some flying objects that entered Jordanian airspace overnight, to protect the "
      "safety of its citizens", kind=I, stance="neutral"),
    S(JO, "Jordan's government", "debris fell in several places, without causing significant injuries",
      opt=True, kind=I, stance="neutral"),
    S(JO, "Muhannad Mubaidin", "Jordan will not allow anyone to turn it into a battlefield", stance="reject"),
    S(HA, "Hamas", "a natural right and a deserved response", stance="welcome"),
    S(HA, "Hamas", "a natural right", opt=True, stance="welcome"),  # headline; added after the blind run
    S(UN, "Antonio Guterres",
      "he is deeply alarmed by the danger of a devastating region-wide escalation and urges all parties to exercise "
      "maximum restraint", kind=I, stance="demand"),
    K(1, "wounded", "girl", opt=True),
]

A["f04_aljazeera_liveblog_truce"] = [
    T("22 Nov 2023", "2023-11-22"),
    T("Wednesday, November 22", "2023-11-22"),
    T("within the next 24 hours", "PT24H", opt=True),
    T("October 7", "2023-10-07"),
    T("2011", "2011"),
    P("Gaza Strip", text="Gaza", ctx="humanitarian pause in Gaza,"),
    P("Doha"),
    P("Cairo"),
    P("Rafah"),
    P("Nuseirat"),
    P("Jabalia"),
    P("Khan Younis"),
    P("Gaza City"),
    P("Al-Shifa Hospital", text="al-Shifa Hospital", opt=True),
    V("Doha", "2023-11-22", opt=True),  # al-Ansari's briefing
    S(QA, "Qatar",
      "Israel and Hamas have agreed to a four-day humanitarian pause in Gaza, during which 50 captives will be "
      "released in exchange for 150 Palestinian women and children held in Israeli prisons", kind=I,
      stance="neutral"),
    S(QA, "Qatar", "The start time of the truce will be announced within the next 24 hours", opt=True, kind=I,
      stance="neutral"),
    S(IL, "Benjamin Netanyahu", "A pause, not an end to the war", stance="threat"),
    S(IL, "Benjamin Netanyahu", "the war will go on after the truce", opt=True, kind=I, stance="threat"),
    S(IL, "Benjamin Netanyahu",
      "We are at war, and we will continue the war until we achieve all our goals: to destroy Hamas, return all our "
      "hostages and ensure that no entity in Gaza can threaten Israel", stance="threat"),
    S(QA, "Majed al-Ansari",
      "The mediation succeeded after weeks of intensive negotiations in which Egypt and the United States took "
      "part. We hope this agreement will be a first step towards a comprehensive ceasefire.", stance="welcome"),
    S(QA, "Majed al-Ansari",
      "the number of captives released could rise if the pause is extended, with one additional day for every 10 "
      "captives freed", kind=I, stance="neutral"),
    S(HA, "Ismail Haniya", "truce agreement", opt=True, stance="agree"),
    S(HA, "Ismail Haniya", "delivered its response to the brothers in Qatar", stance="agree"),
    S(HA, "Ismail Haniya", "delivered its response", opt=True, stance="agree"),  # headline; added after the blind run
    S(HA, "Hamas", "remain on the trigger", opt=True, stance="threat"),
    S(HA, "Hamas", "If the occupation violates the agreement, we will escalate the resistance on all fronts",
      stance="threat"),
    S(PIJ, "Palestinian Islamic Jihad", "it will abide by the agreement as long as Israel does", kind=I,
      stance="agree"),
    S(PIJ, "Palestinian Islamic Jihad", "it will abide by the truce", opt=True, kind=I, stance="agree"),
    S(HA, "a senior Hamas official",
      "Israel had agreed to allow 200 trucks of aid and fuel into the Strip every day of the pause", kind=I,
      stance="neutral"),
    S(US, "Joe Biden", "extraordinarily gratified", opt=True, stance="welcome"),
    S(US, "Joe Biden", "will be reunited with their families once this deal is fully implemented",
      stance="welcome"),
    S(EG, "Egypt's foreign ministry",
      "it welcomed the agreement and that Cairo would continue its efforts, together with Qatar, to reach a "
      "permanent ceasefire", kind=I, stance="welcome"),
    S(IL, "Itamar Ben-Gvir", "his far-right Jewish Power party would vote against the agreement", kind=I,
      stance="reject"),
    S(IL, "Itamar Ben-Gvir", "a historic mistake", opt=True, stance="reject"),
    K(14128, "killed", "Palestinians", qualifier="at least", by="government media office in Gaza"),
    K(5840, "killed", "children", by="government media office in Gaza"),
    K(30, "killed", "people", qualifier="at least", by="medical sources"),
    K(3, "wounded", "paramedics", by="Palestinian Red Crescent Society"),
]

A["f05_wafa_nablus_massacre"] = [
    T("February 22, 2023", "2023-02-22"),
    T("today", "2023-02-22", nth=0),
    T("today", "2023-02-22", nth=1),
    T("tomorrow", "2023-02-23"),
    T("on Thursday", "2023-02-23"),
    T("January 26", "2023-01-26"),
    T("two days after", "2023-02-20", opt=True),
    P("Ramallah", text="RAMALLAH", ctx="RAMALLAH, February"),
    P("Nablus", ctx="today in the city of Nablus"),
    P("Yasmina", text="Yasmina quarter", opt=True),
    P("West Bank"),
    P("Jenin"),
    V("Ramallah", "2023-02-22", opt=True),  # weekly cabinet session
    V("Ramallah", "2023-02-23", opt=True),  # PLO emergency meeting, place implied
    S(PA, "the Presidency",
      "strongly condemned the massacre committed by the Israeli occupation forces today in the city of Nablus",
      opt=True, kind=I, stance="condemn"),
    # reported through the spokesman: the speaker is Abbas
    S(PA, "Mahmoud Abbas",
      "the continued aggression against our people and the escalation of the occupation's crimes would push the "
      "region towards more tension and instability", kind=I, stance="condemn"),
    S(PA, "Mahmoud Abbas",
      "held the Israeli government fully responsible for this dangerous escalation, and demanded that the U.S. "
      "administration intervene immediately to stop the aggression", kind=I, stance="demand"),
    S(PA, "Nabil Abu Rudeineh",
      "The Israeli government's insistence on violating international law and the signed agreements will not bring "
      "security or peace to anyone", stance="condemn"),
    S(PA, "Mohammad Shtayyeh",
      "called on the international community to provide urgent protection for the Palestinian people", kind=I,
      stance="demand"),
    S(PA, "Mohammad Shtayyeh",
      "the government would go to the International Criminal Court with a file on the raid", opt=True, kind=I,
      stance="threat"),
    S(PA, "Mohammad Shtayyeh", "What happened in Nablus today is a full-fledged massacre", stance="condemn"),
    S(PA, "Mohammad Shtayyeh", "The world's silence encourages the occupation to commit more crimes.",
      stance="condemn"),
    S(PA, "Hussein al-Sheikh",
      "the leadership would hold an emergency meeting tomorrow to discuss the response to the massacre, and that "
      "all options were on the table", kind=I, stance="threat"),
    S(HA, "Hamas",
      "the resistance \"will not stand idly by,\" warning that the occupation would \"pay the price\" for the blood "
      "of the martyrs in Nablus", kind=I, stance="threat"),
    S(HA, "Hamas", "will not stand idly by", opt=True, stance="threat"),
    S(HA, "Hamas", "pay the price", opt=True, stance="threat"),
    S(PIJ, "Islamic Jihad", "the response will come", stance="threat"),
    S(PIJ, "Islamic Jihad",
      "called on young men in the West Bank to confront the occupation's incursions", opt=True, kind=I,
      stance="demand"),
    S(IL, "Israeli army",
      "its forces had entered the city to arrest \"wanted\" men who were planning attacks", kind=I,
      stance="neutral"),
    S(IL, "Israeli army", "three of the dead were members of the Lions' Den group", opt=True, kind=I,
      stance="neutral"),
    S(JO, "Jordanian Ministry of Foreign Affairs",
      "condemned the raid and warned of the consequences of the continued escalation", opt=True, kind=I,
      stance="condemn"),
    S(UN, "Tor Wennesland", "deeply alarmed", opt=True, stance="condemn"),
    S(UN, "UN Security Council", "deep concern and dismay", opt=True, stance="condemn"),
    K(11, "killed", "citizens", by="Ministry of Health"),
    K(100, "wounded", "others", qualifier="more than", opt=True),
    K(102, "wounded", "citizens", by="Ministry of Health"),
    K(6, "wounded", "citizens", opt=True),  # group corrected after the blind run (was "critical condition")
    K(3, "killed", "elderly men", opt=True),
    K(1, "killed", "16-year-old boy", opt=True),
    K(10, "killed", "citizens"),
]

A["f06_ahram_gaza_ceasefire_2021"] = [
    T("Friday 21 May 2021", "2021-05-21"),
    T("on Friday", "2021-05-21", nth=0),
    T("on Thursday evening", "2021-05-20"),
    T("on Friday", "2021-05-21", nth=1),
    T("the 11 days", "P11D", opt=True),
    T("on Friday", "2021-05-21", nth=2),
    T("10 May", "2021-05-10"),
    P("Tel Aviv"),
    P("Gaza Strip", text="Gaza Strip"),
    P("Jerusalem", ctx="measures in Jerusalem"),
    P("Al-Aqsa Mosque", text="Al-Aqsa Mosque", nth=0, opt=True),
    P("Sheikh Jarrah", opt=True),
    P("East Jerusalem", opt=True),
    P("Rafah"),
    P("Al-Arish"),
    P("Cairo"),
    V("Tel Aviv", "2021-05-21"),
    S(EG, "Egypt's foreign ministry", "maintain stable conditions permanently", opt=True, stance="neutral"),
    S(EG, "Egypt's foreign ministry",
      "Cairo would continue its contacts with all parties to consolidate the truce", kind=I, stance="neutral"),
    S(US, "Joe Biden", "thanked Egypt for its role in reaching the ceasefire", opt=True, kind=I,
      stance="welcome"),
    # reported through the presidential spokesman: the speaker is Sisi
    S(EG, "Abdel-Fattah El-Sisi",
      "Egypt would spare no effort to reach a permanent calm, and stressed the need to address the root causes of "
      "the conflict through a just and comprehensive settlement on the basis of the two-state solution", kind=I,
      stance="propose"),
    # "The Israeli minister" is Ashkenazi, named as Shoukry's Israeli counterpart
    S(IL, "Gabi Ashkenazi", "in response to the efforts of our Egyptian partners", stance="agree"),
    S(IL, "Gabi Ashkenazi",
      "his country had accepted the Egyptian initiative \"in response to the efforts of our Egyptian partners,\"",
      opt=True, kind=I, stance="agree"),
    # "His Egyptian counterpart" is Shoukry
    S(EG, "Sameh Shoukry",
      "the importance of refraining from any provocative measures in Jerusalem, particularly at Al-Aqsa Mosque and "
      "in the Sheikh Jarrah neighbourhood", kind=I, stance="demand"),
    S(EG, "Egypt", "it would allocate $500 million for the reconstruction of Gaza", opt=True, kind=I,
      stance="propose"),
    S(HA, "Ezzat Al-Rishq", "the movement had agreed to an unconditional truce", kind=I, stance="deny"),
    S(HA, "Ezzat Al-Rishq", "mutual and simultaneous", opt=True, stance="neutral"),
    S(HA, "Ezzat Al-Rishq", "The resistance remains vigilant, and its hand is on the trigger", stance="threat"),
    S(HA, "Ezzat Al-Rishq", "Any violation of Al-Aqsa will be met with a response.", stance="threat"),
    S(IL, "Benjamin Netanyahu", "exceptional", opt=True, stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "Israel would respond \"with a new level of force\" to any attack on its territory", kind=I,
      stance="threat"),
    S(IL, "Benjamin Netanyahu", "with a new level of force", opt=True, stance="threat"),
    S(UN, "Antonio Guterres", "welcomed the ceasefire and commended Egypt and Qatar for their efforts", opt=True,
      kind=I, stance="welcome"),
    S(UN, "Antonio Guterres",
      "Israeli and Palestinian leaders had a responsibility to begin \"a serious dialogue\" to address the root "
      "causes of the conflict", kind=I, stance="demand"),
    S(UN, "Antonio Guterres", "a serious dialogue", opt=True, stance="demand"),  # added after the blind run
    K(232, "killed", "Palestinians", by="Gaza health ministry"),
    K(65, "killed", "children", by="Gaza health ministry"),
    K(1900, "wounded", "Palestinians", qualifier="more than", by="Gaza health ministry"),
    K(12, "killed", "people", by="Israeli authorities"),
    K(1, "killed", "soldier", opt=True),
    K(2, "killed", "children", opt=True),
]

A["f07_jordantimes_aqsa_condemnation"] = [
    T("Apr 16,2022", "2022-04-16", nth=0),
    T("Apr 16,2022", "2022-04-16", nth=1),
    T("on Saturday", "2022-04-16", nth=0),
    T("on Friday", "2022-04-15", nth=0),
    T("on Friday", "2022-04-15", nth=1),
    T("on Saturday", "2022-04-16", nth=1),
    T("Thursday", "2022-04-21", ctx="set for Thursday"),
    T("1994", "1994"),
    P("Amman", text="AMMAN", ctx="AMMAN —"),
    P("Al-Aqsa Mosque", text="Al Aqsa Mosque", opt=True),
    P("Jerusalem", ctx="status quo in Jerusalem"),
    V("Amman", "2022-04-16", opt=True),  # the chargé d'affaires summoned
    V("Amman", "2022-04-21"),  # Arab League emergency meeting
    S(JO, "Haitham Abu Alfoul",
      "the message demanded an immediate halt to \"Israel's illegal and provocative violations\" at the holy site",
      kind=I, stance="demand"),
    S(JO, "Haitham Abu Alfoul", "Israel's illegal and provocative violations", opt=True, stance="condemn"),
    S(JO, "Haitham Abu Alfoul",
      "Israel, as the occupying power, bears full responsibility for the safety of the mosque and of worshippers",
      kind=I, stance="condemn"),
    S(JO, "Ayman Safadi",
      "the continued Israeli violations threaten to drag the whole region into a cycle of violence",
      stance="condemn"),
    # "His Egyptian counterpart" is Shoukry
    S(EG, "Sameh Shoukry",
      "the need to respect the historical and legal status quo in Jerusalem and its holy sites", kind=I,
      stance="demand"),
    S(JO, "Bisher Al Khasawneh",
      "salutes every Palestinian, and all the employees of the Jordanian Islamic Awqaf, who stand like minarets, "
      "tall, hurling their stones in the face of the Zionist sympathisers who desecrate the mosque.",
      stance="condemn"),
    S(JO, "King Abdullah",
      "Israel's \"unilateral measures\" in Jerusalem were a flagrant violation of international law", kind=I,
      stance="condemn"),
    S(JO, "King Abdullah",
      "the Hashemite Custodianship over Islamic and Christian holy sites in Jerusalem would continue, and that "
      "Jordan would not spare any effort to protect them", kind=I, stance="neutral"),
    S(IL, "Yair Lapid", "freedom of worship", opt=True, stance="neutral"),
    S(IL, "Yair Lapid", "Israel would not allow \"stones and firecrackers\" to be stockpiled inside the mosque",
      opt=True, kind=I, stance="threat"),
    S(IL, "Yair Lapid", "stones and firecrackers", opt=True, stance="neutral"),  # added after the blind run
    S(IL, "Yair Lapid", "The status quo has not changed, and will not change", stance="deny"),
    S(IL, "Yair Lapid", "Those who incite violence bear responsibility.", stance="condemn"),
    S(IL, "Naftali Bennett's office", "Israel was working to calm the situation", kind=I, stance="neutral"),
    S(IL, "Naftali Bennett's office", "a campaign of lies", stance="condemn"),
    S(JO, "Jordan", "Israeli moves to change the \"status quo\" at the site are a red line", opt=True, kind=I,
      stance="reject"),
    S(US, "State Department", "deeply concerned", opt=True, stance="neutral"),
    S(US, "State Department", "exercise restraint, avoid provocative actions and rhetoric", stance="demand"),
    K(150, "wounded", "Palestinians", qualifier="more than", by="Palestine Red Crescent Society"),
]

A["f08_guardian_trump_plan_wrapped"] = [
    T("Wed 29 Jan 2020", "2020-01-29"),
    T("on Tuesday", "2020-01-28", nth=0),
    T("today", "2020-01-28"),  # in Abbas's quote, spoken on Tuesday
    T("as early as Sunday", "2020-02-02"),
    T("on Saturday", "2020-02-01"),
    T("on Tuesday", "2020-01-28", nth=1),
    T("1967", "1967", opt=True),
    T("on Monday", "2020-01-27"),
    T("2 March", "2020-03-02"),
    P("Jerusalem", ctx="Oliver Holmes in Jerusalem"),
    P("Gaza City", ctx="Hazem Balousha in Gaza City"),
    P("Ramallah"),
    P("White House", opt=True, nth=0),
    P("Washington"),
    P("Jordan Valley", nth=0),
    P("West Bank", nth=0),
    P("East Jerusalem", text="east Jerusalem", nth=0, opt=True),
    P("Cairo"),
    P("Gaza Strip", text="Gaza", ctx="which controls Gaza"),
    V("White House", "2020-01-28"),
    V("Cairo", "2020-02-01", opt=True),  # the requested Arab League session
    V("White House", "2020-01-27", opt=True),  # Gantz met Trump, place implied
    S(PA, "Mahmoud Abbas", "not for sale", opt=True, stance="reject"),
    S(PA, "Mahmoud Abbas", "in the dustbin of history", stance="reject"),
    S(PA, "Mahmoud Abbas", "the Palestinians would resist it by all\npeaceful means", kind=I, stance="reject"),
    S(PA, "Mahmoud Abbas",
      "After the nonsense that we heard today we say a thousand no's to the\ndeal of the century", stance="reject"),
    S(PA, "Mahmoud Abbas",
      "We will not kneel and we will not surrender. Our rights are not for\nsale and are not up for bargaining",
      stance="reject"),
    S(US, "White House", "vision for peace", opt=True, stance="propose"),
    S(US, "Donald Trump", "a win-win opportunity", opt=True, stance="propose"),
    S(US, "Donald Trump", "the Palestinians had \"a last chance\" to secure a state", opt=True, kind=I,
      stance="propose"),
    S(IL, "Benjamin Netanyahu", "the deal of the century", opt=True, stance="welcome"),
    S(IL, "Benjamin Netanyahu",
      "his government would move\nto apply Israeli law to the settlements as early as Sunday", opt=True, kind=I,
      stance="neutral"),
    S(PA, "Mohammad Shtayyeh", "a\nnon-starter", opt=True, stance="reject"),
    S(PA, "Mohammad Shtayyeh",
      "the Palestinian Authority would ask the Arab\nLeague to hold an emergency session in Cairo on Saturday",
      kind=I, stance="neutral"),
    S(HA, "Hamas", "the plan was \"aggressive\" and would\n\"not pass\"", kind=I, stance="reject"),
    S(HA, "Sami Abu Zuhri", "open to all options", stance="threat"),
    S(IL, "Israeli military",
      "it\nwas reinforcing troops in the Jordan Valley and around the West Bank", opt=True, kind=I,
      stance="neutral"),
    S(UAE, "Yousef al-Otaiba", "a serious initiative", opt=True, stance="welcome"),
    S(UAE, "Yousef al-Otaiba", "an important starting\npoint for a return to negotiations", stance="welcome"),
    S(EG, "Egypt's foreign ministry", "careful and thorough consideration", stance="demand"),
    S(["Saudi Arabia"], "Saudi Arabia",
      "it\nappreciated Trump's efforts and encouraged direct talks under US\nsponsorship", kind=I,
      stance="welcome"),
    S(JO, "Ayman Safadi", "unilateral\nIsraeli measures", opt=True, stance="condemn"),
    S(JO, "Ayman Safadi",
      "the only path to peace\nwas an independent Palestinian state on the 1967 borders with east\nJerusalem as "
      "its capital", kind=I, stance="demand"),
    S(["European Union"], "Josep Borrell", "study and assess", opt=True, stance="neutral"),
    S(["European Union"], "Josep Borrell", "it remained committed to\na negotiated two-state solution", opt=True,
      kind=I, stance="neutral"),
    S(IL, "Benny Gantz",
      "he would bring the plan to the Knesset for approval\nafter the election on 2 March", kind=I,
      stance="agree"),
]

A["f09_statedept_readouts_doha"] = [
    T("JUNE 12, 2024", "2024-06-12"),
    T("today", "2024-06-12", nth=0),
    T("May 31", "2024-05-31"),
    T("on Monday", "2024-06-10"),
    T("JUNE 10, 2024", "2024-06-10"),
    T("today", "2024-06-10", nth=1),  # the second readout's "today" is its own date
    T("on Wednesday", "2024-06-12", nth=0),
    T("nearly two weeks", "P2W", opt=True),
    T("late on Tuesday", "2024-06-11"),
    T("on Wednesday", "2024-06-12", nth=1),
    T("October 7", "2023-10-07"),
    P("Doha", ctx="met today in Doha"),
    P("Cairo"),
    P("Gaza Strip", text="Gaza", ctx="ceasefire in Gaza that"),
    P("Rafah"),
    P("Southern Gaza", text="southern Gaza", opt=True),
    P("Beirut"),
    V("Doha", "2024-06-12"),
    V("Cairo", "2024-06-10"),
    S(US, "Antony Blinken",
      "the proposal, which President Biden outlined on May 31, was endorsed by the UN Security Council on Monday "
      "and has been accepted by Israel", kind=I, stance="neutral"),
    S(US, "Antony Blinken", "thanked the Prime Minister for Qatar's tireless mediation efforts", opt=True, kind=I,
      stance="welcome"),
    S(US, "Antony Blinken",
      "Hamas must accept the deal that is on the table rather than seek further changes, and that the United "
      "States, together with Qatar and Egypt, would work to close the remaining gaps as quickly as possible",
      kind=I, stance="demand"),
    S(US, "Antony Blinken",
      "the ceasefire proposal on the table would bring immediate relief to the people of Gaza and called on all "
      "countries in the region to press Hamas to agree to it without delay", kind=I, stance="demand"),
    S(US, "Antony Blinken",
      "reaffirmed the United States' opposition to the forced displacement of Palestinians from Gaza", opt=True,
      kind=I, stance="reject"),
    S(US, "Antony Blinken", "some of the changes Hamas had requested were \"workable\" and some were \"not.\"",
      opt=True, kind=I, stance="neutral"),  # added after the blind run
    S(US, "Antony Blinken",
      "Hamas could have answered with a single word: yes. Instead, Hamas waited nearly two weeks and then proposed "
      "more changes, a number of which go beyond positions that it had previously taken and accepted",
      stance="condemn"),
    S(US, "Antony Blinken",
      "At some point in a negotiation, and this has been going on a long time, you get to a point where if one side "
      "continues to change its demands, including asking for things that it had already accepted, you have to ask "
      "whether they're proceeding in good faith or not", stance="condemn"),
    S(QA, "Mohammed bin Abdulrahman Al Thani", "Qatar and Egypt would continue to engage with both sides", kind=I,
      stance="neutral"),
    S(QA, "Mohammed bin Abdulrahman Al Thani",
      "We are committed to continuing our efforts to bridge the gaps, and we hope to reach an agreement as soon as "
      "possible", stance="neutral"),
    S(QA, "Mohammed bin Abdulrahman Al Thani", "Qatar had received Hamas's reply late on Tuesday", opt=True,
      kind=I, stance="neutral"),
    S(HA, "Osama Hamdan", "the group's amendments were not new", kind=I, stance="deny"),
    S(HA, "Osama Hamdan", "accused Washington of adopting Israel's position", opt=True, kind=I,
      stance="condemn"),
    S(HA, "Osama Hamdan",
      "We are not asking for anything new. We are asking for a complete ceasefire and a full withdrawal",
      stance="demand"),
    K(37164, "killed", "people", qualifier="at least", by="Gaza health ministry"),
]

A["f10_afp_open_ended_truce_2014"] = [
    T("Aug 26, 2014", "2014-08-26"),
    T("Tuesday", "2014-08-26", ctx="agreed Tuesday"),
    T("seven weeks", "P7W", opt=True),
    T("50 days", "P50D", opt=True),
    T("within a month", "P1M", opt=True),
    T("July 8", "2014-07-08"),
    P("Gaza City", text="GAZA CITY", ctx="GAZA CITY, Aug"),
    P("Gaza Strip", text="Gaza Strip"),
    P("Ramallah"),
    P("Cairo", ctx="talks in Cairo, said"),
    P("Washington"),
    P("Khan Younis", text="Khan Yunis"),
    P("Southern Israel", text="southern Israel", opt=True),
    V("Cairo", None, opt=True),  # the indirect talks (undated) and their resumption within a month
    S(EG, "Egypt's foreign ministry", "fully and immediately respect", stance="demand"),
    S(EG, "Egypt's foreign ministry", "The truce took effect at 1600 GMT", opt=True, kind=I, stance="neutral"),
    S(EG, "Egypt's foreign ministry",
      "Israel would ease its blockade to allow humanitarian aid and construction materials into the Gaza Strip, "
      "and extend the fishing zone off the coast to six nautical miles", kind=I, stance="neutral"),
    S(PA, "Mahmoud Abbas",
      "the Palestinian leadership had accepted the Egyptian call for a \"full and lasting\" truce", kind=I,
      stance="agree"),
    S(PA, "Mahmoud Abbas", "full and lasting", opt=True, stance="agree"),
    S(PA, "Mahmoud Abbas",
      "Our people in Gaza have paid a heavy price. Now we must move to rebuild what the occupation destroyed",
      stance="neutral"),
    S(HA, "Mussa Abu Marzouk", "a victory for the resistance", stance="welcome"),
    S(HA, "Mussa Abu Marzouk", "We have achieved what Netanyahu could not prevent", stance="welcome"),
    S(HA, "Mussa Abu Marzouk", "The siege will be broken.", stance="welcome"),
    S(PIJ, "Abu Ahmed", "as long as the enemy is committed to it", stance="agree"),
    S(IL, "a senior Israeli official",
      "Israel had accepted the Egyptian proposal but had \"not given anything\" to Hamas", kind=I,
      stance="agree"),
    S(IL, "a senior Israeli official", "not given anything", opt=True, stance="deny"),
    S(IL, "a senior Israeli official", "If there is fire on our communities, we will respond with great force",
      stance="threat"),
    S(IL, "Mark Regev", "the Jewish state would judge the ceasefire by whether the rockets stopped", kind=I,
      stance="neutral"),
    S(IL, "Mark Regev", "Israel had agreed to open a seaport or an airport in Gaza", kind=I, stance="deny"),
    S(US, "State Department",
      "the United States \"strongly supports\" the ceasefire and urged all parties to comply fully", kind=I,
      stance="welcome"),
    S(US, "State Department", "strongly supports", opt=True, stance="welcome"),
    S(UN, "Ban Ki-moon",
      "any peace effort that does not tackle the root causes of the crisis will do little more than set the stage "
      "for the next cycle of violence.", stance="neutral"),
    K(2100, "killed", "Palestinians", qualifier="more than", by="AFP"),
    K(68, "killed", "people on the Israeli side", by="AFP"),
    K(3, "killed", "people", by="medics"),
    K(2, "killed", "men", by="the army"),
    K(2140, "killed", "Palestinians", by="Gaza health ministry"),
    K(11000, "wounded", "Palestinians", qualifier="more than", by="Gaza health ministry"),
    K(64, "killed", "soldiers"),
    K(4, "killed", "civilians"),
]

A["f11_thenational_uae_israel_accord"] = [
    T("August 14, 2020", "2020-08-14"),
    T("on Thursday", "2020-08-13"),
    T("in the coming weeks", "2020-08", opt=True),
    T("1979", "1979"),
    T("1994", "1994"),
    P("Abu Dhabi", text="ABU DHABI", ctx="ABU DHABI //"),
    P("West Bank"),
    P("Jerusalem", ctx="address from Jerusalem"),
    P("East Jerusalem", opt=True),
    P("Ramallah"),
    P("Judea and Samaria", opt=True),
    S(US + UAE + IL, "joint statement of Trump, Mohamed bin Zayed and Netanyahu",
      "This historic diplomatic breakthrough will advance peace in the Middle East region", stance="welcome"),
    S(US + UAE + IL, "joint statement of Trump, Mohamed bin Zayed and Netanyahu",
      "Delegations from Israel and the UAE will meet in the coming weeks to sign bilateral agreements on "
      "investment, tourism, direct flights, security and telecommunications", opt=True, kind=I, stance="neutral"),
    S(UAE, "Mohamed bin Zayed", "a roadmap towards establishing a bilateral relationship.", stance="welcome"),
    S(UAE, "Mohamed bin Zayed",
      "an agreement was reached to stop further Israeli annexation of Palestinian territories.", stance="welcome"),
    S(UAE, "Anwar Gargash", "the decision was \"sovereign\" and was not directed against anyone", opt=True,
      kind=I, stance="deny"),
    S(UAE, "Anwar Gargash",
      "the UAE remained committed to the Palestinian people's right to an independent state with East Jerusalem as "
      "its capital", kind=I, stance="neutral"),
    S(IL, "Benjamin Netanyahu", "annexation had only been delayed", opt=True, kind=I, stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "There is no change in my plan to apply our sovereignty in Judea and Samaria, in full coordination with the "
      "United States", stance="deny"),
    S(IL, "Benjamin Netanyahu", "I will never give up our rights to our land.", stance="reject"),
    S(PA, "Nabil Abu Rudeineh", "a betrayal of Jerusalem, Al Aqsa and the Palestinian cause,", stance="condemn"),
    S(PA, "Nabil Abu Rudeineh", "the Palestinian ambassador to the UAE was being recalled immediately", opt=True,
      kind=I, stance="neutral"),
    S(HA, "Hazem Qassem", "serves only the Zionist narrative", stance="condemn"),
    S(HA, "Hazem Qassem", "rewarded the occupation for its crimes", opt=True, kind=I, stance="condemn"),
    S(EG, "Abdel Fattah El Sisi", "with interest and appreciation", stance="welcome"),
    S(EG, "Abdel Fattah El Sisi", "welcomed the step to halt annexation", opt=True, kind=I, stance="welcome"),
    S(JO, "Ayman Safadi",
      "the agreement could push peace negotiations forward if Israel treated it as an incentive to end the "
      "occupation, but warned that the region would slide into more conflict if it did not", kind=I,
      stance="agree"),
    # reported through his spokesman: the speaker is Guterres
    S(UN, "Antonio Guterres", "welcomed any initiative that could promote peace and security in the Middle East",
      kind=I, stance="welcome"),
]


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
