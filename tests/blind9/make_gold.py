"""Build tests/blind9/gold.json from the hand annotations below (run: python tests/blind9/make_gold.py).

A blind set (blind9) of statements in genres and layouts the earlier sets lack (a joint press conference, a Q&A
interview, a "world reacts" round-up, a state-agency readout, resistance-outlet style, a liveblog, a statement page
with numbered paragraphs, a long feature with pronoun speakers, a hard-wrapped wire, a raw HTML page with entities,
an Axios-style page with reported speech without "that"): twelve articles written and annotated without reading the
extractor code (``lib/``), the git log or the articles of the other sets. Offsets are character offsets into
``open(path, encoding="utf-8").read()`` (the way the scorer reads the files), found by exact substring search:
``ctx`` (a longer, unique stretch of text) locates the mention when the bare text repeats, ``nth`` picks the n-th
occurrence. Every span is checked with ``text[start:end] == item['text']`` and every direct quote must occur
verbatim in its article (quotes that cross a hard line break keep the ``\\n``; quotes inside raw HTML keep their
entities). Every statement carries a ``stance`` (threat, reject, condemn, welcome, demand, propose, agree, deny,
neutral) for ``bench/stance_eval.py``. Conventions are in README.md.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, add_fragments, build_gold, find, write_gold  # noqa: E402,F401

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Washington": (38.8951, -77.0364), "White House": (38.8977, -77.0365), "Capitol Hill": (38.8899, -77.0091),
    "Amman": (31.9552, 35.9450), "Jerusalem": (31.7690, 35.2163), "Dubai": (25.0772, 55.3093),
    "Cairo": (30.0626, 31.2497), "London": (51.5085, -0.1257),
}
RADIUS = {"Gaza Strip": 60, "West Bank": 60}
C.update({"Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25)})
PA = ["Palestinian Authority", "PLO", "Fatah"]  # Abbas and his officials speak for all three
US = ["United States"]
IL = ["Israel"]
HA = ["Hamas"]
PIJ = ["Palestinian Islamic Jihad"]
UN = ["United Nations"]
EU = ["European Union"]
EG = ["Egypt"]
JO = ["Jordan"]
QA = ["Qatar"]
IR = ["Iran"]
LB = ["Lebanon"]
HZ = ["Hezbollah"]
TR = ["Turkey"]
SA = ["Saudi Arabia"]
RU = ["Russia"]
CN = ["China"]
HO = ["Houthis"]
I = "indirect"  # noqa: E741

A: dict[str, list] = {}

A["h01_ap_white_house_presser"] = [
    T("February 4, 2025", "2025-02-04"),
    T("Tuesday", "2025-02-04", ctx="said Tuesday that"),
    T("Jan. 20", "2025-01-20"),
    T("Tuesday, Feb. 4, 2025", "2025-02-04"),
    T("this week", "2025-W06"),
    T("on Wednesday", "2025-02-05"),
    T("later in the week", "2025-W06", opt=True),
    P("Washington", "WASHINGTON"),
    P("Gaza Strip", "Gaza Strip"),
    P("White House", "White House", opt=True),
    P("Amman"),
    P("Capitol Hill", opt=True),
    P("Jerusalem", opt=True), P("Dubai", opt=True), P("Cairo", ctx="Samy Magdy in Cairo", opt=True),
    P("London", opt=True),
    V("White House", "2025-02-04"),
    V("Capitol Hill", "2025-02-05"),
    S(US, "Donald Trump", "US will 'take over' Gaza", kind=I, opt=True, stance="propose"),
    S(IL, "Benjamin Netanyahu", "calls it an idea 'worth paying attention to'", kind=I, opt=True, stance="welcome"),
    S(US, "Donald Trump", "the United States should take control of the Gaza Strip and resettle its Palestinian "
      "residents elsewhere", kind=I, stance="propose"),
    S(US, "Donald Trump", "The U.S. will take over the Gaza Strip, and we will do a job with it too",
      stance="propose"),
    S(US, "Donald Trump", "We'll own it and be responsible for dismantling all of the dangerous unexploded bombs.",
      stance="propose"),
    S(IL, "Benjamin Netanyahu", "thinking outside the box", opt=True, stance="welcome"),
    S(IL, "Benjamin Netanyahu", "the idea was \"worth paying attention to.\"", kind=I, stance="welcome"),
    S(IL, "Benjamin Netanyahu", "I think it's something that could change history", stance="welcome"),
    S(IL, "Benjamin Netanyahu", "Israel will end this war by winning this war.", stance="threat"),
    S(US + IL, "the two leaders", "they had discussed the second phase of the ceasefire deal, due to begin "
      "negotiations this week, and the release of the remaining hostages held by Hamas", kind=I, stance="neutral"),
    S(US, "Donald Trump", "As far as Gaza is concerned, we'll do what is necessary", stance="neutral"),
    S(US, "Donald Trump", "If it's necessary, we'll do that.", stance="neutral"),
    S(IL, "Benjamin Netanyahu", "Israel had three goals in Gaza: destroying Hamas's military and governing "
      "capabilities, securing the release of all the hostages and ensuring that Gaza no longer poses a threat to "
      "Israel", kind=I, stance="threat"),
    S(IL, "Benjamin Netanyahu", "Those goals have not changed", stance="neutral"),
    S(US, "Donald Trump", "Egypt and Jordan would eventually take in Palestinians from Gaza", kind=I,
      stance="demand"),
    S(US, "Donald Trump", "They say they're not going to accept. I say they will", stance="demand"),
    S(IL, "Benjamin Netanyahu", "Iran will never get a nuclear weapon", stance="threat"),
    S(IL, "Benjamin Netanyahu", "he and Trump \"see eye to eye\" on the threat", kind=I, stance="neutral"),
    S(US, "Donald Trump", "he was restoring his \"maximum pressure\" policy on Tehran but was open to a deal",
      kind=I, stance="threat"),
    S(US, "Donald Trump", "I would love to be able to make a great deal, a deal where you can get on with your lives",
      stance="propose"),
    S(SA, "Saudi Foreign Ministry", "the kingdom would not establish ties with Israel without the creation of a "
      "Palestinian state, a position it called \"firm and unwavering.\"", kind=I, stance="reject"),
    S(HA, "Sami Abu Zuhri", "ridiculous and absurd", opt=True, stance="condemn"),
    S(HA, "Sami Abu Zuhri", "any such ideas \"are capable of igniting the region.\"", kind=I, stance="threat"),
    S(EG, "Egyptian Foreign Ministry", "Cairo would not take part in any plan to displace Palestinians from their "
      "land", kind=I, stance="reject"),
    S(JO, "King Abdullah II", "any attempts to annex land and displace the Palestinians", stance="reject"),
]

C.update({"Munich": (48.1374, 11.5755), "Brussels": (50.8505, 4.3488), "Rafah": (31.2969, 34.2455),
          "East Jerusalem": (31.7833, 35.2333)})
A["h02_thenational_safadi_interview"] = [
    T("Feb 20, 2024", "2024-02-20"),
    T("on Monday", "2024-02-19"),
    T("on Saturday", "2024-02-17"),
    T("June 4, 1967", "1967-06-04"),
    T("last week", "2024-W07"),
    T("February 20, 2024", "2024-02-20"),
    P("Amman", ctx="**Nadia Khalil** | Amman"),
    P("Washington", ctx="Arab capitals, Washington", opt=True),
    P("Brussels", opt=True),
    P("Munich", ctx="Blinken in Munich"),
    P("Rafah", ctx="ground offensive in Rafah"),
    P("Gaza Strip", "Gaza", ctx="a ceasefire in Gaza must"),
    P("West Bank"),
    P("East Jerusalem"),
    V("Munich", "2024-02-17"),
    S(JO, "Ayman Safadi", "Amman will not accept any displacement of Palestinians and that a ceasefire in Gaza must "
      "come first", kind=I, stance="reject"),
    S(IL, "Israel", "it will launch a ground offensive in Rafah", kind=I, stance="threat"),
    S(IL, "Israel's government", "the war will continue until Hamas is destroyed", kind=I, stance="threat"),
    S(IL, "Israeli ministers", "Some Israeli ministers have called for settlements in Gaza", kind=I, opt=True,
      stance="propose"),
    S(JO, "Ayman Safadi", "We heard the right words about the need to protect civilians, but words do not stop bombs.",
      stance="neutral"),
    S(JO, "Ayman Safadi", "What we need is an immediate and permanent ceasefire, and we need the Security Council to "
      "demand it without hesitation.", stance="demand"),
    S(JO, "Ayman Safadi", "It would be a catastrophe.", stance="condemn"),
    S(JO, "Ayman Safadi", "Any attack on Rafah will lead to a massacre, and the international community will bear "
      "responsibility if it does not stop it.", stance="condemn"),
    S(JO, "Ayman Safadi", "Jordan and Egypt reject any attempt to displace Palestinians from their land.",
      stance="reject"),
    S(JO, "Ayman Safadi", "That is a red line for us.", stance="reject"),
    S(JO, "Ayman Safadi", "Any attempt to push Palestinians out of Gaza or the West Bank would be a declaration of "
      "war on Jordan.", stance="threat"),
    S(JO, "Ayman Safadi", "Israel cannot bomb its way to security.", stance="reject"),
    S(JO, "Ayman Safadi", "Hamas is an idea, and you cannot kill an idea with bombs.", stance="neutral"),
    S(JO, "Ayman Safadi", "The only path to security for Israelis and Palestinians alike is a Palestinian state on "
      "the June 4, 1967 lines, with East Jerusalem as its capital.", stance="propose"),
    S(JO, "Ayman Safadi", "We are working with our Arab partners on a comprehensive plan that begins with a ceasefire "
      "and ends with a Palestinian state within a defined timeline.", stance="propose"),
    S(JO, "Ayman Safadi", "We are ready to play our role, but we will not send troops to Gaza, and we will not clean "
      "up after Israel.", stance="reject"),
    S(JO, "Ayman Safadi", "The Palestinian Authority must be empowered, not weakened.", stance="demand"),
    S(JO, "Ayman Safadi", "It needs reform, and President Abbas has committed to reform, but Israel is withholding its "
      "tax revenues and that is strangling it.", stance="condemn"),
    S(JO, "Ayman Safadi", "We will continue the airdrops and the convoys through the land crossings as long as our "
      "people in Gaza need them.", stance="neutral"),
    S(JO, "Ayman Safadi", "But airdrops are no substitute for opening the crossings.", stance="demand"),
    S(JO, "Ayman Safadi", "Israel must allow aid in, at scale, now.", stance="demand"),
    S(JO, "Ayman Safadi", "These are racist, extremist statements, and we condemn them.", stance="condemn"),
    S(JO, "Ayman Safadi", "They reflect the thinking of a government that has no interest in peace.",
      stance="condemn"),
    S(JO, "Ayman Safadi", "Nobody wants this war to expand", stance="neutral"),
    S(JO, "Ayman Safadi", "But if the aggression on Gaza continues, nobody can guarantee that it will not.",
      stance="neutral"),
    S(JO, "Ayman Safadi", "أيمن الصفدي: لا أمن لإسرائيل بالقصف", opt=True, stance="reject"),
    K(29000, "killed", "Gaza", opt=True),
]

C.update({"Tehran": (35.6944, 51.4215), "Doha": (25.2854, 51.5310), "Beijing": (39.9075, 116.3972),
          "New York": (40.7143, -74.0060), "Singapore": (1.2897, 103.8501)})
A["h03_afp_world_reacts_haniyeh"] = [
    T("31/07/2024", "2024-07-31"),
    T("on Wednesday", "2024-07-31"),
    T("since October", "2023-10"),
    P("Tehran", ctx="Haniyeh in Tehran\n"),
    P("Gaza Strip", "Gaza", ctx="whether Gaza truce"),
    P("Doha", ctx="ministry in Doha", opt=True),
    P("Beijing", ctx="reporters in Beijing"),
    P("New York"),
    P("Singapore", opt=True),
    V("Singapore", None, opt=True),
    V("Tehran", None, opt=True),
    K(1, "killed", "bodyguards", opt=True),
    S(IR, "Iran", "Iran vowed revenge", opt=True, stance="threat"),
    S(QA, "Qatar", "whether Gaza truce talks could survive", kind=I, stance="neutral"),
    S(HA + IR, "Hamas and Iran's Revolutionary Guards", "Haniyeh and one of his bodyguards died when their residence "
      "in the Iranian capital was hit before dawn", kind=I, stance="neutral"),
    S(IR, "Ali Khamenei", "Israel had \"prepared a harsh punishment for itself\" and that it was Tehran's duty to "
      "avenge the killing of a \"dear guest\" on Iranian soil", kind=I, stance="threat"),
    S(IR, "Nasser Kanani", "the \"martyrdom\" of Haniyeh would deepen the bond between Tehran, Palestine and the "
      "resistance", kind=I, stance="neutral"),
    S(IR, "Nasser Kanani", "Israel would pay for the \"heinous crime\"", kind=I, stance="threat"),
    S(HA, "Mussa Abu Marzouk", "a cowardly act that will not go unpunished", stance="threat"),
    S(HA, "Sami Abu Zuhri", "the assassination was \"a serious escalation\" that would not break the will of the "
      "Palestinian people", kind=I, stance="condemn"),
    S(QA, "Mohammed bin Abdulrahman Al-Thani", "Political assassinations and continued targeting of civilians in Gaza "
      "while talks continue leads us to ask, how can mediation succeed when one party assassinates the negotiator "
      "on the other side?", stance="condemn"),
    S(QA, "Qatari foreign ministry", "heinous crime", opt=True, stance="condemn"),
    S(QA, "Qatari foreign ministry", "flagrant violation of international law", stance="condemn"),
    S(PA, "Mahmud Abbas", "strongly condemned", opt=True, stance="condemn"),
    S(PA, "Mahmud Abbas", "a cowardly act and a dangerous development", stance="condemn"),
    S(PA, "Mahmud Abbas", "Palestinians to unite", kind=I, opt=True, stance="demand"),
    S(TR, "Turkish foreign ministry", "the killing aimed to spread the Gaza war to the region, and that the world "
      "would face \"a much bigger conflict\" if the international community did not act to stop Israel", kind=I,
      stance="condemn"),
    S(RU, "Mikhail Bogdanov", "an absolutely unacceptable political murder", stance="condemn"),
    S(CN, "Lin Jian", "China firmly opposes and condemns the assassination", kind=I, stance="condemn"),
    S(CN, "Lin Jian", "Beijing was \"deeply concerned\" that the incident could cause further turmoil", kind=I,
      stance="neutral"),
    S(EG, "Egyptian foreign ministry", "the killing reflected a \"dangerous\" Israeli escalation policy", kind=I,
      stance="condemn"),
    S(EG, "Egyptian foreign ministry", "it showed no political will to calm the situation", kind=I,
      stance="condemn"),
    S(JO, "Ayman Safadi", "the killing was \"a heinous crime\" and a violation of international law", kind=I,
      stance="condemn"),
    S(JO, "Ayman Safadi", "it would push the region into chaos", kind=I, stance="neutral"),
    S(EU, "Josep Borrell", "the bloc rejects all extrajudicial killings", kind=I, stance="reject"),
    S(EU, "Josep Borrell", "all parties \"to exercise maximum restraint and avoid any further escalation\"", kind=I,
      stance="demand"),
    S(EU, "Josep Borrell", "No country and no nation would gain from a further escalation in the Middle East",
      stance="neutral"),
    S(UN, "Antonio Guterres", "sees the attack as \"a grave escalation\"", kind=I, stance="condemn"),
    S(UN, "Antonio Guterres", "it is vital that all parties work towards a ceasefire in Gaza and the release of all "
      "hostages", kind=I, stance="demand"),
    S(US, "Antony Blinken", "the United States was \"not aware of or involved in\" the killing", kind=I,
      stance="deny"),
    S(US, "Antony Blinken", "A ceasefire remained \"the key\" to lowering tensions", kind=I, stance="propose"),
    S(["Western diplomats"], "Western diplomats", "they feared the strike would freeze the hostage talks for weeks",
      kind=I, opt=True, stance="neutral"),
    S(["Arab diplomat"], "Arab diplomat", "Cairo and Doha would press on", kind=I, opt=True, stance="neutral"),
    S(HZ, "Hezbollah", "Haniyeh's blood would \"increase the determination\" of resistance fighters", kind=I,
      stance="threat"),
]

C.update({"Aqaba": (29.5267, 35.0078)})
EJP = EG + JO + PA
A["h04_sis_aqaba_trilateral_readout"] = [
    T("Wednesday, 10 January 2024", "2024-01-10"),
    T("today", "2024-01-10"),
    T("yesterday", "2024-01-09"),
    T("on Monday", "2024-01-08"),
    T("on Wednesday", "2024-01-10"),
    T("October 7", "2023-10-07"),
    P("Aqaba", ctx="summit in Aqaba"),
    P("Gaza Strip", ctx="developments in the Gaza Strip"),
    P("West Bank", ctx="occupied West Bank"),
    P("Rafah"),
    P("Cairo", ctx="El-Sisi in Cairo"),
    V("Aqaba", "2024-01-10"),
    V("Cairo", "2024-01-09"),
    V("Cairo", None, opt=True, name="Cairo (next tripartite summit)"),
    K(23357, "killed", "Palestinians", by="Palestinian health ministry"),
    K(59410, "wounded", "Palestinians", by="Palestinian health ministry"),
    S(EG, "Ahmed Fahmy", "the summit discussed the dangerous developments in the Gaza Strip and their repercussions "
      "on the region, as well as the situation in the occupied West Bank", kind=I, stance="neutral"),
    S(EG, "Abdel Fattah El-Sisi", "Egypt's firm and unwavering position rejecting the liquidation of the Palestinian "
      "cause at the expense of neighbouring countries", kind=I, stance="reject"),
    S(EG, "Abdel Fattah El-Sisi", "the need to reach an immediate and sustainable ceasefire in the Gaza Strip",
      kind=I, stance="demand"),
    S(EG, "Abdel Fattah El-Sisi", "Egypt's total rejection of any attempts to displace the Palestinians from their "
      "land, whether inside or outside the Gaza Strip", kind=I, stance="reject"),
    S(EG, "Abdel Fattah El-Sisi", "this is a red line for Egypt's national security", kind=I, stance="reject"),
    S(EG, "Abdel Fattah El-Sisi", "the continuation of the war threatens to expand the conflict in the region",
      kind=I, stance="neutral"),
    S(EJP, "the three leaders", "their rejection of any Israeli plans to reoccupy parts of Gaza or to establish "
      "security zones inside it", kind=I, stance="reject"),
    S(EJP, "the three leaders", "the necessity of enabling the Palestinian Authority to assume its responsibilities "
      "in all the occupied Palestinian territories", kind=I, stance="demand"),
    S(EJP, "the three leaders", "the international community to assume its responsibilities and compel Israel to stop "
      "its aggression, and to ensure the access of sufficient humanitarian aid to the people of Gaza", kind=I,
      stance="demand"),
    S(JO, "King Abdullah II", "his appreciation for Egypt's role", kind=I, opt=True, stance="welcome"),
    S(JO, "King Abdullah II", "the repercussions of the escalation by extremist settlers against the Palestinians in "
      "the West Bank", kind=I, stance="condemn"),
    S(PA, "Mahmoud Abbas", "his thanks to Egypt and Jordan for their supportive positions", kind=I, opt=True,
      stance="welcome"),
    S(PA, "Mahmoud Abbas", "the Palestinian people will not leave their land", kind=I, stance="reject"),
    S(EJP, "the three leaders", "to continue coordination and consultation, and to hold the next round of the "
      "tripartite summit in Cairo", kind=I, stance="agree"),
    S(EG + QA, "Abdel Fattah El-Sisi; Tamim bin Hamad Al Thani", "continuing joint efforts to reach a ceasefire",
      kind=I, stance="agree"),
    S(EG, "Abdel Fattah El-Sisi", "أكد الرئيس عبد الفتاح السيسي رفض مصر القاطع لأي محاولات لتهجير الفلسطينيين من "
      "أرضهم", opt=True, stance="reject"),
]

C.update({"Tel Aviv": (32.0809, 34.7806), "Sanaa": (15.3547, 44.2067)})
HOY = HO + ["Yemen"]  # Ansarullah and the Sanaa-based "Yemeni Armed Forces": Houthis (Yemen accepted)
A["h05_presstv_yemen_jaffa_drone"] = [
    T("Friday, 19 July 2024", "2024-07-19", nth=0),
    T("Friday, 19 July 2024", "2024-07-19", nth=1),
    T("on Friday", "2024-07-19"),
    T("Friday", "2024-07-19", ctx="early hours of Friday"),
    T("July 12, 2024", "2024-07-12"),
    T("October 7 last year", "2023-10-07"),
    P("Tel Aviv", "Tel Aviv", ctx="known by Israelis as Tel Aviv"),
    P("Gaza Strip", "Gaza", ctx="resistance in Gaza"),
    P("Sanaa", "Sana'a", ctx="rally in Sana'a"),
    K(1, "killed", "Israeli settler", by="Israeli media"),
    K(8, "wounded", "others", qualifier="at least", by="Israeli media"),
    K(38848, "killed", "Palestinians", qualifier="at least"),
    S(HOY, "Yemeni Armed Forces", "vows more operations against Zionist entity", opt=True, kind=I, stance="threat"),
    S(HOY, "Yemeni Armed Forces", "they have targeted the Israeli-occupied city of Yafa, known by Israelis as Tel "
      "Aviv, with a new domestically made drone", kind=I, stance="threat"),
    S(HOY, "Yemeni Armed Forces", "a qualitative operation", opt=True, kind=I, stance="threat"),
    S(HOY, "Yahya Saree", "the drone, named \"Yafa\", was capable of bypassing the enemy's interception systems and "
      "could not be detected by radars", kind=I, stance="threat"),
    S(HOY, "Yahya Saree", "The Yemeni Armed Forces announce that the occupied area of Yafa is now an unsafe area and "
      "will be a primary target within the range of our weapons", stance="threat"),
    S(HOY, "Yahya Saree", "We will focus on targeting the enemy's home front in the depths of occupied Palestine, and "
      "the operations will continue until the aggression on our people in Gaza stops and the siege is lifted",
      stance="threat"),
    S(HOY, "Yahya Saree", "the Yemeni people would not abandon their religious, moral and humanitarian duty toward "
      "Palestine, whatever the sacrifices", kind=I, stance="neutral"),
    S(IL, "Israeli military", "it had detected the aircraft but that it was not intercepted \"due to human error\"",
      kind=I, stance="neutral"),
    S(HOY, "Mohammed Abdulsalam", "the strike showed that the regime was \"weaker than a spider's web\"", kind=I,
      stance="threat"),
    S(HOY, "Mohammed Abdulsalam", "the front would remain open \"as long as the genocide continues\"", kind=I,
      stance="threat"),
    S(IL, "Yoav Gallant", "threatened to respond", opt=True, kind=I, stance="threat"),
    S(IL, "Yoav Gallant", "The blood of Israeli citizens has a price", stance="threat"),
    S(IL, "Yoav Gallant", "Israel would settle its account with \"anyone who harms us\"", kind=I, stance="threat"),
    S(["Analysts"], "analysts in Sana'a", "the Israeli regime was already stretched on several fronts", kind=I,
      opt=True, stance="neutral"),
    S(HA, "Hamas", "a natural response to the crimes of the occupation", stance="welcome"),
    S(HA, "Hamas", "the Arab and Islamic nations to escalate all forms of support for the resistance", kind=I,
      stance="demand"),
    S(IR, "Nasser Kan'ani", "the regional resistance front acts independently and takes its decisions based on its "
      "own assessment", kind=I, stance="deny"),
    S(IR, "Nasser Kan'ani", "claims that Tehran directs its operations", kind=I, opt=True, stance="deny"),
    S(HZ, "Hezbollah", "the heroic Yemeni strike proves that no place in the Zionist entity is safe anymore",
      stance="welcome"),
    S(HOY, "Yemeni Armed Forces", "قوات صنعاء: يافا منطقة غير آمنة وستكون هدفاً أساسياً لأسلحتنا", opt=True,
      stance="threat"),
]

C.update({"Kirya": (32.0740, 34.7890), "Arad": (31.2589, 35.2128), "Nevatim Airbase": (31.2083, 35.0122),
          "Damascus": (33.5102, 36.2913)})
A["h06_toi_liveblog_iran_attack"] = [
    T("April 14, 2024", "2024-04-14"),
    T("this afternoon", "2024-04-14", opt=True),
    T("today", "2024-04-14", ctx="local time today"),
    T("later today", "2024-04-14"),
    T("October 7", "2023-10-07"),
    T("earlier this month", "2024-04"),
] + [T(clock, "2024-04-14", opt=True) for clock in (
    "11:58 am", "11:41 am", "10:55 am", "9:30 am", "8:12 am", "7:20 am", "6:45 am", "6:02 am", "5:10 am", "4 p.m.")] + [
    P("Tel Aviv"),
    P("Kirya", opt=True),
    P("New York"),
    P("Arad"),
    P("Nevatim Airbase"),
    P("Damascus"),
    V("Tel Aviv", "2024-04-14"),
    V("New York", "2024-04-14"),
    K(1, "wounded", "girl"),
    S(IL, "Israel", "99% of Iranian drones and missiles intercepted", kind=I, opt=True, stance="neutral"),
    S(IR, "Iran", "operation 'concluded'", kind=I, opt=True, stance="neutral"),
    S(IL, "Benjamin Netanyahu", "WE INTERCEPTED, WE BLOCKED. TOGETHER WE WILL WIN", opt=True, stance="threat"),
    S(IL, "Benjamin Netanyahu", "We intercepted, we blocked, together we will win.", stance="threat"),
    S(IL, "Netanyahu's office", "He convenes the war cabinet at the Kirya military headquarters in Tel Aviv this "
      "afternoon to discuss a response", kind=I, stance="neutral"),
    S(JO, "Jordan's cabinet", "IT INTERCEPTED OBJECTS THAT ENTERED ITS AIRSPACE", kind=I, opt=True, stance="neutral"),
    S(JO, "Jordan's cabinet", "the kingdom's air defenses intercepted \"some flying objects\" that entered its "
      "airspace overnight \"to ensure the safety of our citizens.\"", kind=I, stance="neutral"),
    S(JO, "Jordan's cabinet", "Jordan will not become a battlefield for any party", kind=I, stance="reject"),
    S(UN, "Antonio Guterres", "GUTERRES 'DEEPLY ALARMED,' URGES MAXIMUM RESTRAINT", kind=I, opt=True,
      stance="demand"),
    S(UN, "Antonio Guterres", "he strongly condemns the serious escalation represented by the large-scale attack "
      "launched on Israel by Iran", kind=I, stance="condemn"),
    S(UN, "Antonio Guterres", "I call on all parties to avoid any action that could lead to major military "
      "confrontations on multiple fronts in the Middle East", stance="demand"),
    S(US, "Joe Biden", "HE CONDEMNS ATTACK 'IN THE STRONGEST POSSIBLE TERMS'", kind=I, stance="condemn"),
    S(US, "Joe Biden", "he will convene G7 leaders later today \"to coordinate a united diplomatic response to Iran's "
      "brazen attack.\"", kind=I, stance="neutral"),
    S(US, "Joe Biden", "Our commitment to Israel's security against threats from Iran and its proxies is ironclad",
      stance="neutral"),
    S(US, "Joe Biden", "Israel \"demonstrated a remarkable capacity to defend against and defeat even unprecedented "
      "attacks.\"", kind=I, stance="welcome"),
    S(US, "Joe Biden", "the US would not take part in any Israeli counteroffensive against Iran", kind=I,
      stance="reject"),
    S(IR, "Iran's mission to the United Nations", "IRAN WARNS US TO 'STAY AWAY'", kind=I, opt=True, stance="threat"),
    S(IR, "Iran's mission to the United Nations", "the matter \"can be deemed concluded.\"", kind=I, stance="neutral"),
    S(IR, "Iran's mission to the United Nations", "However, should the Israeli regime make another mistake, Iran's "
      "response will be considerably more severe. It is a conflict between Iran and the rogue Israeli regime, from "
      "which the US MUST STAY AWAY!", stance="threat"),
    S(IL, "Daniel Hagari", "IDF: 99% OF THREATS INTERCEPTED", opt=True, stance="neutral"),
    S(IL, "Daniel Hagari", "some 170 drones, over 30 cruise missiles and over 120 ballistic missiles were launched at "
      "Israel overnight, and 99 percent of them were intercepted", kind=I, stance="neutral"),
    S(IL, "Daniel Hagari", "A 7-year-old girl was seriously wounded by shrapnel in the Arad area", kind=I,
      stance="neutral"),
    S(IL, "Daniel Hagari", "A small number of missiles hit the Nevatim Airbase, causing light damage.", opt=True,
      stance="neutral"),
    S(IL, "Daniel Hagari", "The Iranian threat was met with superior technological capability", stance="neutral"),
    S(IL, "Daniel Hagari", "We are on high alert and we are assessing the situation.", stance="neutral"),
    S(EG, "Egypt's Foreign Ministry", "EGYPT EXPRESSES 'DEEP CONCERN,' CALLS FOR RESTRAINT", kind=I, opt=True,
      stance="demand"),
    S(EG, "Egypt's Foreign Ministry", "voices deep concern over the escalation", kind=I, opt=True, stance="neutral"),
    S(EG, "Egypt's Foreign Ministry", "all parties to exercise utmost restraint to spare the region further "
      "instability", kind=I, stance="demand"),
    S(IL, "Itamar Ben Gvir", "BEN GVIR: 'RESPONSE MUST BE CRUSHING'", opt=True, stance="demand"),
    S(IL, "Itamar Ben Gvir", "the concept of containment \"disappeared from the world\" on October 7", kind=I,
      stance="reject"),
    S(IL, "Itamar Ben Gvir", "Israel's response must be \"crushing.\"", kind=I, stance="demand"),
    S(IL, "Itamar Ben Gvir", "בן גביר: \"התגובה חייבת להיות מוחצת\"", opt=True, stance="demand"),
    S(HZ, "Hezbollah", "HEZBOLLAH CALLS IRANIAN ATTACK A 'BRAVE DECISION'", kind=I, opt=True, stance="welcome"),
    S(HZ, "Hezbollah", "Iran's strike was \"a brave and wise decision\" and a response to the strike on its consulate "
      "in Damascus earlier this month", kind=I, stance="welcome"),
]

C.update({"Al-Aqsa Mosque": (31.7761, 35.2358), "Sheikh Jarrah": (31.7925, 35.2325)})
JMFA = "Jordanian Foreign Ministry"
A["h07_jordan_mofa_statement_aqsa"] = [
    T("08/05/2021", "2021-05-08", nth=0),
    T("08/05/2021", "2021-05-08", nth=1),
    T("today", "2021-05-08", ctx="statement today"),
    T("Saturday", "2021-05-08", ctx="today, Saturday"),
    T("last night", "2021-05-07"),
    T("4 June 1967", "1967-06-04"),
    T("on Monday", "2021-05-10"),
    P("Amman", ctx="Amman, 08/05/2021"),
    P("Al-Aqsa Mosque", ctx="storming of Al-Aqsa Mosque", opt=True),
    P("Sheikh Jarrah", ctx="in the Sheikh Jarrah neighbourhood", opt=True),
    P("East Jerusalem", ctx="occupied East Jerusalem"),
    P("Jerusalem", ctx="holy sites in Jerusalem"),
    P("Cairo"),
    V("Cairo", "2021-05-10", opt=True),
    K(200, "wounded", "worshippers", qualifier="more than"),
    S(JO, JMFA, "The Hashemite Kingdom of Jordan condemns in the strongest terms the Israeli police's storming of the "
      "blessed Al-Aqsa Mosque / Al-Haram Al-Sharif and its assault on worshippers, and considers it a flagrant "
      "violation of international law and a barbaric act.", stance="condemn"),
    S(JO, JMFA, "The Kingdom holds Israel, as the occupying power, fully responsible for the safety of the Mosque and "
      "of the worshippers, and for the consequences of this dangerous escalation.", stance="condemn"),
    S(JO, JMFA, "Jordan demands that Israel immediately stop its violations against the Mosque and respect the "
      "sanctity of the holy month of Ramadan and the freedom of worship.", stance="demand"),
    S(JO, JMFA, "The Kingdom affirms that the entire area of Al-Aqsa Mosque / Al-Haram Al-Sharif, with its 144 "
      "dunums, is a place of worship exclusively for Muslims, and that the Jerusalem Awqaf and Al-Aqsa Mosque Affairs "
      "Department is the sole authority over all its affairs.", stance="neutral"),
    S(JO, JMFA, "Jordan rejects the attempts to forcibly evict Palestinian families from their homes in the Sheikh "
      "Jarrah neighbourhood of occupied East Jerusalem, and considers them a war crime under international law.",
      stance="reject"),
    S(JO, JMFA, "the Ministry affirms that the documents it handed over to the Palestinian side, including lease "
      "contracts and the lists of names, prove the families' right to their homes.", stance="neutral"),
    S(JO, JMFA, "The Kingdom calls on the international community, and in particular the members of the Security "
      "Council, to act immediately to stop these provocations and to provide protection for the Palestinian people.",
      stance="demand"),
    S(JO, JMFA, "Jordan warns that the continuation of these violations will lead to more violence that threatens "
      "the security and stability of the entire region.", stance="neutral"),
    S(JO, JMFA, "The Kingdom reaffirms that there can be no security or stability in the region without a just and "
      "comprehensive peace based on the two-state solution, which guarantees the establishment of an independent "
      "Palestinian state on the lines of 4 June 1967, with East Jerusalem as its capital.", stance="propose"),
    S(JO, "Daifallah Al-Fayez", "Jordan would continue to use all its diplomatic and legal means to defend Al-Aqsa "
      "and the Christian and Islamic holy sites in Jerusalem, in accordance with the Hashemite custodianship",
      kind=I, stance="neutral"),
    S(JO, "Daifallah Al-Fayez", "Foreign Minister Ayman Safadi had contacted his counterparts in several countries "
      "over the past hours and was coordinating with the Palestinian Authority on the next steps, including a call "
      "for an emergency meeting of the Arab League in Cairo on Monday", kind=I, stance="neutral"),
    S(JO, "Ayman Safadi", "the international community \"must not stand idly by\" in the face of the Israeli "
      "measures", kind=I, stance="demand"),
    S(IL, "Israel's Foreign Ministry", "Jordan's statement was \"one-sided\"", kind=I, stance="reject"),
    S(IL, "Israel's Foreign Ministry", "police had acted to restore order after \"violent rioters\" threw stones and "
      "fireworks at officers", kind=I, stance="deny"),
]

C.update({"Beirut": (33.8938, 35.5018)})
A["h08_guardian_feature_qatar_mediators"] = [
    T("Tue 28 Nov 2023", "2023-11-28"),
    T("Monday evening", "2023-11-27"),
    T("On Sunday", "2023-11-26"),
    T("7 October", "2023-10-07", nth=0),
    T("7 October", "2023-10-07", nth=1),
    T("on Tuesday", "2023-11-28"),
    P("Doha", ctx="windowless room in Doha"),
    P("Gaza Strip", ctx="enter the Gaza Strip"),
    P("Rafah"),
    P("Beirut"),
    P("Washington", ctx="In Washington, the White House"),
    V("Gaza Strip", "2023-11-26"),
    V("Doha", "2023-11-28"),
    V("Doha", "2023-11-27", opt=True, name="Doha (interview)"),
    K(14800, "killed", "people", qualifier="more than", by="Gaza health ministry"),
    K(6000, "killed", "children", by="Gaza health ministry"),
    K(1200, "killed", "people", qualifier="about", by="Israeli officials"),
    S(QA, "Majed al-Ansari", "Every hour counts", opt=True, stance="neutral"),
    S(QA, "Qatari officials", "the hardest part is still to come", kind=I, stance="neutral"),
    S(QA, "Lolwah al-Khater", "People ask me whether we trust Hamas, or whether we trust the Israelis",
      stance="neutral"),
    S(QA, "Lolwah al-Khater", "That is the wrong question. We don't need to trust anyone. We need a text that both "
      "sides can sign, and guarantors who make sure they respect it.", stance="propose"),
    S(QA, "Lolwah al-Khater", "beyond anything words can carry", stance="condemn"),
    S(QA, "Lolwah al-Khater", "I saw children sleeping in the street, in the rain", stance="neutral"),
    S(QA, "Lolwah al-Khater", "Whoever says this war is about Hamas alone should go and see it.", stance="reject"),
    S(QA, "Lolwah al-Khater", "Hamas, she said, had at times been slow to locate hostages held by other groups, and "
      "Israel had at times held up aid trucks at the crossings", kind=I, stance="neutral"),
    S(QA, "Lolwah al-Khater", "Both, she added, had in the end kept their word", kind=I, stance="neutral"),
    S(QA, "Majed al-Ansari", "We are working around the clock to extend the pause further", stance="propose"),
    S(QA, "Majed al-Ansari", "The aim is a sustainable ceasefire, not a few days of calm before the bombing resumes.",
      stance="propose"),
    S(QA, "Majed al-Ansari", "Qatar had never been asked by Washington to expel the Hamas leaders living in Doha, and "
      "would not do so while talks were under way", kind=I, stance="deny"),
    S(QA, "Majed al-Ansari", "Our channel with Hamas exists because the Americans asked us to keep it open, years ago",
      stance="neutral"),
    S(QA, "Majed al-Ansari", "If that channel closes, nobody should imagine that another one will open in its place.",
      stance="neutral"),
    S(QA, "Majed al-Ansari", "And let me be clear about one more thing: nobody in Doha is doing this for praise. We "
      "are doing it because every hour counts for the people in Gaza, and for the families of the hostages who call "
      "us at three in the morning.", stance="neutral"),
    S(IL, "Israeli official", "Israel would resume its military operation \"with full force\" once the pause ended",
      kind=I, stance="threat"),
    S(IL, "Israeli official", "The truce is a tactical pause, not the end of the war", stance="threat"),
    S(IL, "Israeli official", "Israel would not agree to a permanent ceasefire while Hamas held a single hostage",
      kind=I, stance="reject"),
    S(HA, "Osama Hamdan", "the movement was ready to extend the truce \"if the occupation commits to its "
      "obligations\"", kind=I, stance="agree"),
    S(HA, "Osama Hamdan", "accused Israel of violating the terms in the north of the Strip", kind=I, opt=True,
      stance="condemn"),
    S(HA, "Osama Hamdan", "Hamas was holding back the names of women and children among the hostages", kind=I,
      stance="deny"),
    S(US, "John Kirby", "the United States would like to see the pause extended \"as long as possible\"", kind=I,
      stance="propose"),
    S(US, "John Kirby", "credited Qatar and Egypt with keeping the talks alive", kind=I, opt=True, stance="welcome"),
    S(QA, "Lolwah al-Khater", "We are not naive", opt=True, stance="neutral"),
    S(QA, "Lolwah al-Khater", "This can collapse at any moment.", stance="neutral"),
]


def W(aid: str, quote: str) -> str:
    """The verbatim text of ``quote`` in a hard-wrapped article: a space in ``quote`` matches a line break too."""
    with open(HERE / "articles" / f"{aid}.txt", encoding="utf-8") as fh:
        text = fh.read()
    pat = r"\s".join(re.escape(w) for w in quote.split(" "))
    found = re.findall(pat, text)
    assert len(found) == 1, (aid, quote, len(found))
    return found[0]


C.update({"Sharm el-Sheikh": (27.9158, 34.3300), "Negev": (30.85, 34.78), "Jericho": (31.8667, 35.4500)})
RADIUS.update({"Negev": 80})
H9 = "h09_reuters_sharm_summit_wrapped"
A[H9] = [
    T("Tue Feb 8, 2005", "2005-02-08"),
    T("Feb 8", "2005-02-08", ctx="Egypt, Feb 8 (Reuters)"),
    T("on Tuesday", "2005-02-08"),
    T("Today", "2005-02-08", ctx="\"Today, in my meeting"),
    T("September 2000", "2000-09"),
    T("on Monday", "2005-02-07"),
    T("2005", "2005", ctx="(c) Reuters 2005", opt=True),
    P("Sharm el-Sheikh", "SHARM EL-SHEIKH"),
    P("Cairo"),
    P("Gaza Strip", "Gaza", ctx="al-Masri said in Gaza"),
    P("Washington"),
    P("Negev", opt=True),
    P("West Bank"),
    P("Jericho"),
    P("Jerusalem", opt=True),
    V("Sharm el-Sheikh", "2005-02-08"),
    V("Cairo", None, opt=True),
    V("Negev", None, opt=True),
    K(3350, "killed", "Palestinians", qualifier="about"),
    K(970, "killed", "Israelis", qualifier="about"),
    S(IL + PA, "Ariel Sharon; Mahmoud Abbas", W(H9, "pledging at a summit in this Red Sea resort to halt all violence "
      "against each other"), kind=I, opt=True, stance="agree"),
    S(PA, "Mahmoud Abbas", W(H9, "We have agreed with Prime Minister Sharon to stop all acts of violence against "
      "Israelis and Palestinians wherever they are"), stance="agree"),
    S(IL, "Ariel Sharon", W(H9, "Israel would cease all its military activity against Palestinians everywhere"),
      kind=I, stance="agree"),
    S(IL, "Ariel Sharon", W(H9, "a rare opportunity had opened for both peoples"), kind=I, stance="welcome"),
    S(IL, "Ariel Sharon", W(H9, "Today, in my meeting with Chairman Abbas, we agreed that all Palestinians will stop "
      "all acts of violence against all Israelis everywhere and, parallel to that, Israel will cease all its military "
      "activity against all Palestinians everywhere"), stance="agree"),
    S(IL, "Ariel Sharon", W(H9, "There is a new opportunity for peace"), stance="welcome"),
    S(IL, "Ariel Sharon", W(H9, "It is very fragile, and extremists will try to destroy it. We must not let them."),
      stance="neutral"),
    S(EG, "Hosni Mubarak", W(H9, "Egypt and Jordan would return their ambassadors to Israel, withdrawn after the "
      "uprising began in September 2000"), kind=I, stance="neutral"),
    S(EG, "Hosni Mubarak", "a first step", opt=True, stance="welcome"),
    S(EG, "Hosni Mubarak", W(H9, "he had invited Sharon and Abbas to hold their next meeting in Cairo"), kind=I,
      stance="propose"),
    S(JO, "King Abdullah", W(H9, "the two sides had a chance to reach a final settlement and should not waste it"),
      kind=I, stance="demand"),
    S(HA, "Hamas", W(H9, "it was not bound by the ceasefire declared at the summit"), kind=I, stance="reject"),
    S(HA, "Mushir al-Masri", W(H9, "What was said in Sharm el-Sheikh does not commit us"), stance="reject"),
    S(HA, "Mushir al-Masri", W(H9, "The calm depends on what the occupation does on the ground, and we have not "
      "agreed to anything yet."), stance="reject"),
    S(PIJ, "Mohammed al-Hindi", W(H9, "the group would study the declarations but would respond to any Israeli "
      "attack"), kind=I, stance="threat"),
    S(PIJ, "Mohammed al-Hindi", W(H9, "If they attack us, we will respond"), stance="threat"),
    S(US, "Condoleezza Rice", W(H9, "welcomed the agreements"), kind=I, opt=True, stance="welcome"),
    S(US, "Condoleezza Rice", W(H9, "the United States would send a security coordinator to the region"), kind=I,
      stance="propose"),
    S(US, "Condoleezza Rice", W(H9, "This is the best chance for peace that we have seen in years"),
      stance="welcome"),
    S(IL, "Israeli official", W(H9, "Sharon would invite Abbas to his ranch in the Negev desert in the coming weeks, "
      "and that Israel would release 900 Palestinian prisoners as a goodwill gesture"), kind=I, stance="propose"),
    S(PA, "Saeb Erekat", W(H9, "the prisoner release was not enough and that Israel must also hand over West Bank "
      "cities, starting with Jericho, in the coming weeks"), kind=I, stance="demand"),
    S(PA, "Saeb Erekat", W(H9, "We need actions, not only words"), stance="demand"),
]

C.update({"Ramallah": (31.8996, 35.2042), "Ashdod": (31.7921, 34.6497)})
AE = ["United Arab Emirates", "UAE"]  # one party, two names (the scorer has no alias for it)
BH = ["Bahrain"]
A["h10_gulfnews_abraham_accords_html"] = [
    T("2020-09-16", "2020-09-16", opt=True),
    T("September 16, 2020", "2020-09-16"),
    T("on Tuesday", "2020-09-15", nth=0),
    T("on Tuesday", "2020-09-15", nth=1),
    T("today", "2020-09-15", nth=0, opt=True),
    T("today", "2020-09-15", nth=1, opt=True),
    T("2020", "2020", ctx="LLC 2020.", opt=True),
    P("Washington"),
    P("White House", opt=True),
    P("Dubai"),
    P("Ramallah"),
    P("Gaza Strip", "Gaza", ctx="fired from Gaza"),
    P("Ashdod"),
    V("White House", "2020-09-15"),
    K(2, "wounded", "people", by="Israeli military"),
    S(US, "Donald Trump", "A new dawn for the Middle East", opt=True, stance="welcome"),
    S(AE, "Abdullah bin Zayed", "We are witnessing today a change in the heart of the Middle East", opt=True,
      stance="welcome"),
    S(AE, "Abdullah bin Zayed", "We are witnessing today a change in the heart of the Middle East, a change that "
      "will send hope around the world,", stance="welcome"),
    S(AE, "Abdullah bin Zayed", "for choosing peace", opt=True, stance="welcome"),
    S(AE, "Abdullah bin Zayed", "for halting the annexation of Palestinian territories, which he said would "
      "strengthen the chances of a two-state solution", kind=I, stance="welcome"),
    S(US, "Donald Trump", "the accords marked \"the dawn of a new Middle East\"", kind=I, opt=True,
      stance="welcome"),
    S(US, "Donald Trump", "After decades of division and conflict, we mark the dawn of a new Middle East,",
      stance="welcome"),
    S(US, "Donald Trump", "five or six other countries would soon follow", kind=I, stance="neutral"),
    S(IL, "Benjamin Netanyahu", "the day was \"a pivot of history\"", kind=I, opt=True, stance="welcome"),
    S(IL, "Benjamin Netanyahu", "This day is a pivot of history. It heralds a new dawn of peace,", stance="welcome"),
    S(IL, "Benjamin Netanyahu", "the agreements could end the Arab-Israeli conflict \"once and for all\"", kind=I,
      stance="welcome"),
    S(BH, "Abdullatif Al Zayani", "the accord was \"an important first step\" and that it was now incumbent on all to "
      "work for \"a just, comprehensive and enduring two-state solution\"", kind=I, stance="welcome"),
    S(PA, "Palestinians", "Palestinians reject deal", opt=True, stance="reject"),
    S(PA, "Mahmoud Abbas", "peace and stability would not be achieved in the region until Israel ended its "
      "occupation", kind=I, stance="reject"),
    S(PA, "Mahmoud Abbas", "The agreements signed at the White House will not bring peace to the region,",
      stance="reject"),
    S(HA, "Hazem Qassem", "a stab in the back of the Palestinian people", stance="condemn"),
    S(HA, "Hazem Qassem", "the movement would not recognise them", kind=I, stance="reject"),
    S(IL, "Israeli military", "rockets were fired from Gaza at the Israeli city of Ashdod, wounding two people",
      kind=I, stance="neutral"),
    S(IL, "Israeli military", "it had struck Hamas targets in response", kind=I, stance="neutral"),
    S(IR, "Hassan Rouhani", "they would be \"responsible for the consequences\" if Israel's presence in the region "
      "caused insecurity", kind=I, stance="threat"),
    S(EG, "Abdel Fattah Al Sisi", "welcomed the signing", kind=I, opt=True, stance="welcome"),
    S(EG, "Abdel Fattah Al Sisi", "it was \"a historic step\" that would contribute to stability and prosperity in the "
      "region", kind=I, stance="welcome"),
]

A["h11_axios_weapons_pause_rafah"] = [
    T("May 9, 2024", "2024-05-09"),
    T("last month", "2024-04"),
    T("Wednesday", "2024-05-08", nth=0),
    T("Wednesday", "2024-05-08", nth=1),
    T("last week", "2024-W18"),
    T("Thursday", "2024-05-09", ctx="video statement Thursday"),
    T("on Thursday", "2024-05-09"),
    T("next week", "2024-W20"),
    P("Rafah", ctx="halt offensive weapons over Rafah"),
    P("Gaza Strip", "Gaza", ctx="conduct in Gaza"),
    P("Cairo"),
    V("Cairo", "2024-05-09", opt=True),
    S(US, "Joe Biden", "Biden warned Netanyahu he would halt offensive weapons over Rafah", kind=I, opt=True,
      stance="threat"),
    S(US, "Joe Biden", "the U.S. would stop supplying some offensive weapons if Israel launched a major operation in "
      "Rafah", kind=I, stance="threat"),
    S(IL, "Israeli officials", "the move caught Netanyahu off guard", kind=I, stance="neutral"),
    S(US, "Joe Biden", "he would not supply the artillery shells and bombs Israel could use in Rafah", kind=I,
      stance="threat"),
    S(US, "Joe Biden", "I made it clear that if they go into Rafah, I'm not supplying the weapons that have been used "
      "historically to deal with Rafah", stance="threat"),
    S(US, "Joe Biden", "We're not walking away from Israel's security. We're walking away from Israel's ability to "
      "wage war in those areas", stance="neutral"),
    S(US, "U.S. official", "the administration held up a shipment of 1,800 2,000-pound bombs and 1,700 500-pound "
      "bombs last week after Israel refused to present a credible plan to protect civilians in Rafah", kind=I,
      stance="neutral"),
    S(US, "Lloyd Austin", "no final decision had been made on the shipment", kind=I, stance="neutral"),
    S(US, "John Kirby", "the U.S. still believed Israel had a right to defend itself", kind=I, stance="neutral"),
    S(US, "John Kirby", "Washington was abandoning its ally", kind=I, stance="deny"),
    S(IL, "Benjamin Netanyahu", "If we need to stand alone, we will stand alone", stance="reject"),
    S(IL, "Benjamin Netanyahu", "If need be, we will fight with our fingernails.", stance="threat"),
    S(IL, "Gilad Erdan", "the decision was \"very disappointing\" and would embolden Hamas", kind=I,
      stance="condemn"),
    S(IL, "Itamar Ben Gvir", "Hamas ❤️ Biden.", opt=True, stance="condemn"),
    S(IL, "Israeli official", "the IDF has enough munitions for the operations it has planned in Rafah", kind=I,
      stance="neutral"),
    S(HA, "Osama Hamdan", "Biden's remarks showed Washington could stop the war if it wanted to", kind=I,
      stance="demand"),
    S(HA, "Osama Hamdan", "called them insufficient", kind=I, opt=True, stance="reject"),
    S(EG, "Egypt's foreign ministry", "a Rafah operation would threaten the peace treaty with Israel", kind=I,
      stance="threat"),
    S(US, "Mike Johnson", "Biden was \"abandoning\" Israel and his party would push a bill to force the deliveries",
      kind=I, stance="condemn"),
    S(EG, "Egyptian official", "Israeli and Hamas negotiators left Cairo on Thursday without an agreement", kind=I,
      stance="neutral"),
]

C.update({"Dahiyeh": (33.8500, 35.5100)})
NAS = "Hasan Nasrallah"
A["h12_almanar_nasrallah_speech"] = [
    T("Friday, 03 November 2023", "2023-11-03"),
    T("on Friday", "2023-11-03", nth=0),
    T("on Friday", "2023-11-03", nth=1),
    T("October 7", "2023-10-07"),
    T("October 8", "2023-10-08"),
    T("Friday, November 3, 2023", "2023-11-03"),
    P("Gaza Strip", "Gaza", ctx="massacres in Gaza"),
    P("Beirut"),
    P("Dahiyeh", opt=True),
    P("Rafah"),
    P("Washington", ctx="In Washington, a Pentagon"),
    P("Jerusalem", "Al-Quds", opt=True),
    K(2, "killed", "resistance fighters", by="Islamic Resistance"),
    S(HZ, NAS, "Sayyed Nasrallah: All Options Open, US Fleets Do Not Scare Us", opt=True, stance="threat"),
    S(HZ, NAS, "all options on the Lebanese front are open, and that the Islamic Resistance is ready for all "
      "possibilities", kind=I, stance="threat"),
    S(HZ, NAS, "the heroic operation was \"100 percent Palestinian\" in its decision and execution, and that the axis "
      "of resistance had not known about it in advance", kind=I, stance="deny"),
    S(HZ, NAS, "This blessed operation was a purely Palestinian decision, and the secrecy of it is what made it so "
      "successful", stance="welcome"),
    S(HZ, NAS, "It has shaken the Zionist entity to its foundations and exposed its weakness before the whole world.",
      stance="welcome"),
    S(HZ, NAS, "the Lebanese front had been active since October 8, and that the Resistance had forced the enemy to "
      "keep a third of its army on the northern border", kind=I, stance="neutral"),
    S(HZ, NAS, "What is happening on our front may seem modest to some, but it is very important", stance="neutral"),
    S(HZ, NAS, "Your fleets in the Mediterranean do not scare us. We have prepared for the fleets you threaten us "
      "with.", stance="threat"),
    S(HZ, NAS, "Washington bears full responsibility for the massacres in Gaza", kind=I, stance="condemn"),
    S(HZ, NAS, "describing the Zionist entity as a mere tool in American hands", kind=I, opt=True, stance="condemn"),
    S(HZ, NAS, "Whoever wants to prevent a regional war must hurry to stop the aggression on Gaza", stance="demand"),
    S(HZ, NAS, "He set two goals for the current stage: stopping the aggression on Gaza, and ensuring the victory of "
      "the resistance in Gaza.", opt=True, stance="demand"),
    S(HZ, NAS, "Arab and Islamic states to cut oil and gas supplies to the entity and to open the Rafah crossing to "
      "aid", kind=I, stance="demand"),
    S(HZ, NAS, "saluted the Iraqi and Yemeni resistance", kind=I, opt=True, stance="welcome"),
    S(HZ, NAS, "their operations against American bases and toward the occupied territories were part of a single "
      "battle", kind=I, stance="welcome"),
    S(IL, "Yoav Gallant", "Hezbollah was \"making mistakes\" and that the price would be paid by Lebanon", kind=I,
      stance="threat"),
    S(IL, "Daniel Hagari", "the occupation forces were \"in a very high state of readiness\" on the northern front",
      kind=I, stance="threat"),
    S(US, "Pentagon spokesperson", "the United States did not want to see the conflict widen", kind=I,
      stance="neutral"),
    S(US, "Pentagon spokesperson", "Hezbollah against exploiting the situation", kind=I, stance="threat"),
    S(HZ, "Islamic Resistance", "its fighters had targeted 19 positions of the Zionist enemy along the border with "
      "drones and guided missiles, achieving direct hits", kind=I, stance="threat"),
    S(HZ, "Islamic Resistance", "Two resistance fighters ascended to martyrdom on Friday", kind=I, stance="neutral"),
    S(HZ, NAS, "السيد نصر الله: كل الاحتمالات في جبهتنا اللبنانية مفتوحة", opt=True, stance="threat"),
]

# durations, vague spans and copyright years (opt, as in blind8)
EXTRA_OPT = {
    "h01_ap_white_house_presser": [("2025", "2025", "Copyright 2025")],
    "h02_thenational_safadi_interview": [("the past four months", "2024-02", None)],
    "h05_presstv_yemen_jaffa_drone": [("the early hours of Friday", "2024-07-19", None)],
    "h06_toi_liveblog_iran_attack": [("overnight", "2024-04-14", "its airspace overnight"),
                                     ("overnight", "2024-04-14", "at Israel overnight")],
    "h07_jordan_mofa_statement_aqsa": [("the holy month of Ramadan", "2021-05", None),
                                       ("2021", "2021", "\u00a9 2021")],
    "h08_guardian_feature_qatar_mediators": [("For seven weeks", "2023-11", None),
                                             ("the past seven weeks", "2023-11", None),
                                             ("2023", "2023", "\u00a9 2023")],
    "h09_reuters_sharm_summit_wrapped": [("in the coming weeks", "2005-02", "Negev desert in the coming weeks"),
                                         ("in the coming weeks", "2005-02", "Jericho, in the coming weeks")],
}
for _aid, _items in EXTRA_OPT.items():
    A[_aid] += [T(text, value, ctx=ctx, opt=True) for text, value, ctx in _items]

# After the blind run (genuine inconsistencies with this set's own conventions, found by re-reading the gold, not
# by what the system found; none of these was in the error list, which lists only required items): a direct quote
# of four words or more is required, and indirect speech whose complement carries a proposition ("urged X to Y",
# "pledging to Y", "accused X of Y", "credited X with Y", "describing X as Y", "rejecting claims that Y", "called X
# Y", "called for Y") is required like "called on X to Y"; these had been left optional.
REQUIRED_AFTER_BLIND_RUN = {
    "h01_ap_white_house_presser": ["thinking outside the box"],
    "h02_thenational_safadi_interview": ["Some Israeli ministers have called for settlements in Gaza"],
    "h03_afp_world_reacts_haniyeh": ["Palestinians to unite"],
    "h05_presstv_yemen_jaffa_drone": ["claims that Tehran directs its operations"],
    "h08_guardian_feature_qatar_mediators": ["accused Israel of violating the terms in the north of the Strip",
                                             "credited Qatar and Egypt with keeping the talks alive",
                                             "We are not naive"],
    "h09_reuters_sharm_summit_wrapped": [W(H9, "pledging at a summit in this Red Sea resort to halt all violence "
                                              "against each other")],
    "h11_axios_weapons_pause_rafah": ["called them insufficient"],
    "h12_almanar_nasrallah_speech": ["describing the Zionist entity as a mere tool in American hands"],
}
for _aid, _quotes in REQUIRED_AFTER_BLIND_RUN.items():
    for _q in _quotes:
        _hit = [it for it in A[_aid] if it["kind"] == "S" and it["quote"] == _q]
        assert len(_hit) == 1 and _hit[0]["opt"], (_aid, _q)
        _hit[0]["opt"] = False

# The conventions make the quoted fragments inside a mixed indirect statement optional statements of the same
# speaker (as in blind8): every such fragment is added as optional, with the statement's stance.
add_fragments(A)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
