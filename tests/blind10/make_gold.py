"""Build tests/blind10/gold.json from the hand annotations below (run: python tests/blind10/make_gold.py).

A blind set (blind10): a mixed news set of twelve ordinary articles from twelve outlets about mediation and
diplomacy, written and annotated without reading the extractor code (``lib/``), the git log, ``docs/`` or the
articles of the other sets. Offsets are character offsets into ``open(path, encoding="utf-8").read()`` (the way
the scorer reads the files), found by exact substring search: ``ctx`` (a longer, unique stretch of text) locates
the mention when the bare text repeats, ``nth`` picks the n-th occurrence. Every span is checked with
``text[start:end] == item['text']`` and every direct quote must occur verbatim in its article (quotes that cross a
hard line break keep the ``\\n``: ``w()`` finds them). Every statement carries a ``stance`` (threat, reject,
condemn, welcome, demand, propose, agree, deny, neutral) for ``bench/stance_eval.py``. The format is the one of
``shared/eval/gold/seeds.json``; conventions are in README.md.
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
    "Doha": (25.2854, 51.5310), "Cairo": (30.0626, 31.2497), "White House": (38.8977, -77.0365),
    "Washington": (38.8951, -77.0364), "Jerusalem": (31.7690, 35.2163), "Tehran": (35.6944, 51.4215),
    "Rafah crossing": (31.2469, 34.2594), "Zawayda": (31.4400, 34.3640), "Nitzana crossing": (30.8806, 34.4228),
    "Har Harif": (30.42, 34.55), "Tel Aviv": (32.0809, 34.7806), "Gaza City": (31.5017, 34.4668),
    "Al-Aqsa Mosque": (31.7761, 35.2358), "Old City": (31.7767, 35.2345), "Khan Younis": (31.3462, 34.3063),
    "Beit Lahia": (31.5464, 34.4951), "Sheikh Jarrah": (31.7925, 35.2322), "East Jerusalem": (31.7833, 35.2333),
    "Beitunia": (31.8889, 35.1658), "Ramallah": (31.8996, 35.2042), "Ofer prison": (31.8650, 35.1870),
    "Kerem Shalom crossing": (31.2286, 34.2839), "New York": (40.7143, -74.0060), "Nuseirat": (31.4486, 34.3925),
    "Rafah": (31.2969, 34.2455), "Amman": (31.9552, 35.9450), "Ottawa": (45.4112, -75.6981),
    "Paris": (48.8534, 2.3488), "Capitol Hill": (38.8899, -77.0091), "El-Alamein": (30.8167, 28.9500),
    "Jenin": (32.4611, 35.3027), "Nablus": (32.2211, 35.2544), "Turmus Ayya": (32.0330, 35.2864),
    "Istanbul": (41.0138, 28.9497), "Dolmabahce Office": (41.0391, 29.0004), "Beijing": (39.9075, 116.3972),
    "Beirut": (33.8938, 35.5018), "Ain el-Tineh": (33.8900, 35.4870), "Grand Serail": (33.8953, 35.4985),
    "Jnah": (33.8680, 35.4860), "Rafik Hariri University Hospital": (33.8660, 35.4880),
    "Beirut southern suburbs": (33.8500, 35.5000), "Aitaroun": (33.1167, 35.4667), "Blida": (33.1375, 35.5139),
    "Warsaw": (52.2298, 21.0118), "Shejaiya": (31.5030, 34.4800), "Sde Boker": (30.8745, 34.7936),
    "Hadera": (32.4340, 34.9196),
    "Algiers": (36.7525, 3.0420), "Algeria": (28.0339, 1.6596),
    # regions
    "Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25), "Southern Israel": (31.25, 34.70),
    "Sinai": (29.50, 33.80), "Northern Gaza": (31.53, 34.49), "Central Gaza": (31.42, 34.37),
    "Southern Gaza": (31.30, 34.30), "Philadelphi corridor": (31.27, 34.24), "Netzarim corridor": (31.46, 34.42),
    "Palestinian territories": (31.90, 35.20), "Salah al-Din Road": (31.42, 34.37), "Dead Sea": (31.55, 35.50),
    "Litani River": (33.34, 35.40), "Bekaa Valley": (33.85, 35.90), "Negev": (30.80, 34.80),
}
RADIUS = {"Gaza Strip": 60, "West Bank": 60, "Southern Israel": 80, "Sinai": 200, "Northern Gaza": 15,
          "Central Gaza": 15, "Southern Gaza": 15, "Philadelphi corridor": 20, "Netzarim corridor": 15,
          "Palestinian territories": 100, "Salah al-Din Road": 60, "Dead Sea": 50, "Litani River": 40,
          "Bekaa Valley": 60, "Negev": 80, "Algeria": 600}
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
TR = ["Turkey"]
LB = ["Lebanon"]
HZ = ["Hezbollah"]
FA = ["Fatah"]
CN = ["China"]
TH = ["Thailand"]
FR = ["France"]
HEALTH = ["Gaza health ministry"]  # casualty reports of health authorities: opt statements (no scorer faction)
I = "indirect"  # noqa: E741

TEXTS = {p.stem: open(p, encoding="utf-8").read() for p in (HERE / "articles").glob("*.txt")}


def w(aid: str, s: str) -> str:
    """``s`` as it is written in the article, where any run of spaces in ``s`` may be a line break there."""
    pat = r"\s+".join(re.escape(part) for part in s.split())
    m = re.findall(pat, TEXTS[aid])
    assert len(m) >= 1, (aid, s)
    return m[0]


A = {}

# ---------------------------------------------------------------- h01 Reuters, Friday 16 August 2024
A["h01_reuters_doha_talks_bridging"] = [
    T("August 16, 2024", "2024-08-16"),
    T("7:42 PM GMT+3", "2024-08-16", opt=True),
    T("2 hours ago", "2024-08-16", opt=True),
    T("Aug 16", "2024-08-16"),
    T("on Friday", "2024-08-16", nth=0),
    T("two days", "P2D", opt=True),
    T("next week", "2024-W34"),
    T("May 31", "2024-05-31"),
    T("May 27", "2024-05-27"),
    T("on Thursday", "2024-08-15", nth=0),
    T("weeks", "PXW", opt=True, ctx="after weeks of fears"),
    T("last month", "2024-07"),
    T("on Friday", "2024-08-16", nth=1),
    T("on Thursday", "2024-08-15", nth=1),
    T("Oct. 7, 2023", "2023-10-07"),
    P("Gaza Strip", "Gaza"),
    P("Doha", "DOHA"),
    P("Cairo", "CAIRO"),
    P("White House"),
    P("Philadelphi corridor"),
    P("Northern Gaza", "northern Gaza", opt=True),
    P("Netzarim corridor"),
    P("Rafah crossing"),
    P("Tehran"),
    P("Central Gaza", "central Gaza", opt=True),
    P("Zawayda"),
    P("Southern Israel", "southern Israel", opt=True),
    P("Washington", opt=True),  # credit line
    P("Jerusalem", opt=True),  # credit line
    V("Doha", "2024-W33"),
    V("Cairo", "2024-W34"),
    S(US + QA + EG, "the three countries",
      "The United States, with the support of Egypt and Qatar, presented to both parties a bridging proposal that "
      "is consistent with the principles laid out by President Biden on May 31", stance="propose"),
    S(US + QA + EG, "the three countries",
      "The path is now set for that outcome, saving lives, bringing relief to the people of Gaza, and de-escalating "
      "regional tensions", stance="neutral"),
    S(US + QA + EG, "The United States, Qatar and Egypt",
      "senior officials would meet again in Cairo before the end of next week", kind=I, stance="neutral"),
    S(HA, "Sami Abu Zuhri", "the group had not been given anything new", kind=I, stance="reject"),
    S(HA, "Sami Abu Zuhri", "Saying that we are nearing an agreement is an illusion", stance="deny"),
    S(HA, "Sami Abu Zuhri",
      "We are not facing a deal or real negotiations, but rather the imposition of American dictates.",
      stance="reject"),
    S(IL, "Netanyahu's office",
      "Israel appreciated the efforts of the United States and the mediators to dissuade Hamas from its rejection "
      "of a deal, and expressed hope that their pressure would lead Hamas to accept the principles of May 27",
      kind=I, stance="welcome"),
    S(US, "Joe Biden", "We are closer than we have ever been.", stance="neutral"),
    S(EG, "Egyptian security source",
      "Cairo would not accept any Israeli presence at the Rafah crossing or along the border strip, calling it "
      "\"a red line for Egypt's national security.\"", kind=I, stance="reject"),
    S(["Iran"], "Iran", "Iran has vowed to retaliate against Israel", kind=I, opt=True, stance="threat"),
    S(IL, "Israeli military", "it had struck Hamas militants operating in the area", kind=I, stance="neutral"),
    S(HEALTH, "Palestinian health officials", "Israeli strikes killed at least 18 people in the central Gaza town "
      "of Zawayda on Friday", kind=I, opt=True, stance="neutral"),
    S(HEALTH, "Gaza's health ministry", "the death toll in the enclave had surpassed 40,000 since the war began",
      kind=I, opt=True, stance="neutral"),
    S(HEALTH, "Gaza's health ministry", "40,005 Palestinians had been killed and 92,401 wounded, without "
      "distinguishing between combatants and civilians", kind=I, opt=True, stance="neutral"),
    S(HEALTH, "health ministry", "Gaza death toll passes 40,000, health ministry says", opt=True,
      stance="neutral"),  # a Read more link
    K(18, "killed", "people", qualifier="at least", by="Palestinian health officials"),
    K(15, "killed", "family", opt=True, qualifier="at least"),  # part of the 18
    K(40000, "killed", "Palestinians", opt=True, qualifier="more than", by="Gaza health ministry"),
    K(40005, "killed", "Palestinians", by="Gaza health ministry"),
    K(92401, "wounded", "Palestinians", by="Gaza health ministry"),
    K(1200, "killed", "people", qualifier="about", by="Israeli tallies"),
]

# ---------------------------------------------------------------- h02 AP, Saturday 3 June 2023
A["h02_ap_egypt_border_shooting"] = [
    T("9:18 PM GMT+3", "2023-06-03", opt=True),
    T("June 3, 2023", "2023-06-03"),
    T("on Saturday", "2023-06-03"),
    T("more than four decades ago", "1979", opt=True),
    T("early Saturday", "2023-06-03"),
    T("Hours later", "2023-06-03", opt=True),
    T("later Saturday", "2023-06-03"),
    T("1979", "1979"),
    T("more than a decade", "P10Y", opt=True),
    T("last month", "2023-05"),
    T("five days", "P5D", opt=True),
    T("overnight", "2023-06-03", opt=True),
    T("2023", "2023", nth=1, opt=True),  # copyright line
    P("Jerusalem", "JERUSALEM"),
    P("Har Harif"),
    P("Nitzana crossing", "Nitzana"),
    P("Tel Aviv"),
    P("Gaza Strip", "Gaza", ctx="In Gaza, a spokesman"),
    P("Sinai", "Sinai Peninsula"),
    P("Cairo", opt=True),  # credit line
    V("Tel Aviv", "2023-06-03", opt=True),  # a meeting with commanders, its day implied
    S(IL, "Israeli military",
      "the first two soldiers, a man and a woman, were killed early Saturday at a guard post near the Har Harif "
      "area, some 40 kilometers (25 miles) south of the Nitzana border crossing", kind=I, opt=True,
      stance="neutral"),
    S(IL, "Daniel Hagari", "the policeman had apparently used an emergency gate in the fence", kind=I,
      stance="neutral"),
    S(IL, "Daniel Hagari", "This is a serious incident that will be investigated thoroughly", stance="neutral"),
    S(IL, "Daniel Hagari", "We are working with the Egyptian army to understand exactly what happened.",
      stance="neutral"),
    S(EG, "Egypt's military",
      "one of its security personnel had crossed the border while chasing drug smugglers and exchanged fire with "
      "Israeli forces, killing three Israeli troops and wounding two", kind=I, stance="neutral"),
    S(EG, "Egypt's military", "he had been killed and that an investigation was underway", kind=I,
      stance="neutral"),
    S(EG, "Egyptian military source", "مصدر عسكري: فرد أمن مصري طارد مهربي مخدرات على الحدود", opt=True,
      stance="neutral"),
    S(IL, "Yoav Gallant", "Israel expected \"a joint and thorough investigation\"", kind=I, stance="demand"),
    S(IL, "Yoav Gallant", "the two countries would keep cooperating on security along the border", kind=I,
      stance="neutral"),
    S(EG, "Egyptian defense ministry",
      "Zaki had offered his condolences for the deaths and that the two men agreed to cooperate to prevent such "
      "incidents", kind=I, stance="agree"),
    S(IL, "Benjamin Netanyahu", "grave and exceptional", opt=True, stance="condemn"),
    S(IL, "Benjamin Netanyahu", "Israel expected Egypt to carry out a full investigation", kind=I,
      stance="demand"),
    S(IL, "Benjamin Netanyahu", "the peace between the two countries was important to both", kind=I,
      stance="neutral"),
    S(HA, "Hazem Qassem", "a natural response to the crimes of the occupation.", stance="welcome"),
    S(IL, "Israeli military",
      "it had foiled a smuggling attempt in the same area overnight, hours before the shooting, and seized about "
      "1.5 million shekels ($400,000) in drugs", kind=I, stance="neutral"),
    S(IL, "Israeli military", "A fourth soldier was lightly wounded", kind=I, opt=True, stance="neutral"),
    K(3, "killed", "Israeli soldiers"),
    K(3, "killed", "Israeli troops", opt=True, by="Egypt's military"),  # the same three, in Egypt's account
    K(2, "killed", "soldiers", opt=True),  # the first two of the three
    K(2, "wounded", "Israeli troops", by="Egypt's military"),
    K(1, "wounded", "soldier", by="Israeli military"),
    K(1, "killed", "Egyptian policeman"),
]

# ---------------------------------------------------------------- h03 AFP, Friday 21 May 2021
A["h03_afp_gaza_truce_egypt_monitors"] = [
    T("21/05/2021", "2021-05-21", nth=0),
    T("21/05/2021", "2021-05-21", nth=1),
    T("May 21, 2021", "2021-05-21", nth=0),
    T("May 21, 2021", "2021-05-21", nth=1),
    T("on Friday", "2021-05-21"),
    T("11 days", "P11D", opt=True),
    T("17:05", "2021-05-21", opt=True),
    T("18:20", "2021-05-21", opt=True),
    T("in years", "PXY", opt=True),
    T("2300 GMT", "2021-05-20", opt=True),
    T("2:00 am", "2021-05-21", opt=True),
    T("Thursday", "2021-05-20", nth=0),
    T("Thursday evening", "2021-05-20"),
    T("May 10", "2021-05-10", nth=0),
    T("Friday prayers", "2021-05-21"),
    T("in the coming days", "PXD", opt=True),
    T("May 10", "2021-05-10", nth=1),
    T("days", "PXD", opt=True, ctx="after days of clashes"),
    T("2021", "2021", opt=True, ctx="© 2021 AFP"),
    P("Gaza Strip", "Gaza"),
    P("Gaza City"),
    P("Palestinian territories", "Palestinian Territories", opt=True),
    P("Tel Aviv"),
    P("White House"),
    P("Al-Aqsa Mosque", "Al-Aqsa mosque compound", opt=True),
    P("Jerusalem"),
    P("Old City", opt=True),
    P("Khan Younis", "Khan Yunis"),
    P("Beit Lahia"),
    P("Sheikh Jarrah", opt=True),
    P("East Jerusalem", "east Jerusalem", opt=True),
    V("Tel Aviv", "2021-05-21"),
    V("Gaza Strip", "2021-05-21", name="Gaza"),
    S(IL, "Israel's security cabinet", "mutual and unconditional", opt=True, stance="agree"),
    S(EG, "Egyptian diplomatic source",
      "two delegations had been dispatched, one to Tel Aviv and the other to the Palestinian territories, \"to "
      "monitor the implementation and the procedures to maintain stable conditions permanently\"", kind=I,
      stance="neutral"),
    S(HA, "Khalil al-Hayya", "This is the euphoria of victory", stance="neutral"),
    S(HA, "Khalil al-Hayya", "the movement would rebuild what had been destroyed", kind=I, stance="neutral"),
    S(HA, "Khalil al-Hayya", "our hands are on the trigger", stance="threat"),
    S(US, "Joe Biden", "welcomed the truce", kind=I, opt=True, stance="welcome"),
    S(US, "Joe Biden", "I believe the Palestinians and Israelis equally deserve to live safely and securely",
      stance="neutral"),
    S(US, "Joe Biden", "the United States would work with the United Nations to provide \"rapid humanitarian "
      "assistance\" to Gaza", kind=I, stance="neutral"),
    S(IL, "Netanyahu's office", "the security cabinet had accepted the proposal on the unanimous recommendation of "
      "the military and security chiefs", kind=I, stance="agree"),
    S(IL, "Netanyahu's office", "the political echelon emphasises that the reality on the ground will determine "
      "the continuation of the campaign", stance="threat"),
    S(UN, "Antonio Guterres", "welcomed the ceasefire", kind=I, opt=True, stance="welcome"),
    S(UN, "Antonio Guterres", "called on both sides to observe it", kind=I, stance="demand"),
    S(UN, "Antonio Guterres", "Gaza was \"hell on earth\" for its children", kind=I, stance="neutral"),
    S(HEALTH, "Health officials in Gaza", "232 Palestinians, including 65 children, had been killed and more than "
      "1,900 wounded in Israeli strikes since May 10", kind=I, opt=True, stance="neutral"),
    S(IL, "Israel", "it killed at least 160 combatants", kind=I, opt=True, stance="neutral"),
    S(["Israeli police"], "police and medics", "rockets fired from Gaza killed 12 people", kind=I, opt=True,
      stance="neutral"),
    S(IL, "Israeli police", "\"hundreds of rioters\" had thrown stones and firebombs", kind=I, stance="neutral"),
    S(US, "State Department", "US Secretary of State Antony Blinken is due to visit the region in the coming days",
      kind=I, stance="neutral"),
    S(US, "State Department", "He will meet Israeli, Palestinian and regional leaders", opt=True,
      stance="neutral"),
    S(US, "Washington", "it will not deal directly with Hamas", kind=I, stance="reject"),
    K(232, "killed", "Palestinians", by="Gaza health officials"),
    K(65, "killed", "children", by="Gaza health officials"),
    K(1900, "wounded", "Palestinians", qualifier="more than", by="Gaza health officials"),
    K(160, "killed", "combatants", qualifier="at least", by="Israel"),
    K(12, "killed", "people", by="Israeli police and medics"),
    K(1, "killed", "child", opt=True),
    K(1, "killed", "Arab-Israeli teenager", opt=True),
    K(1, "killed", "soldier", opt=True),
    K(300, "wounded", "people", qualifier="around", by="Israeli police and medics"),
]

# ---------------------------------------------------------------- h04 Al Jazeera live, Friday 24 November 2023
A["h04_aljazeera_live_truce_day_one"] = [
    T("24 Nov 2023", "2023-11-24"),
    T("Friday, November 24", "2023-11-24"),
    T("four-day", "P4D", opt=True, ctx="first day of a four-day truce"),
    T("first day", "2023-11-24", nth=0, opt=True),
    T("first day", "2023-11-24", nth=1, opt=True),
    T("October 7", "2023-10-07", nth=0),
    T("19:40 GMT", "2023-11-24", opt=True),
    T("19:05 GMT", "2023-11-24", opt=True),
    T("18:30 GMT", "2023-11-24", opt=True),
    T("17:55 GMT", "2023-11-24", opt=True),
    T("16:10 GMT", "2023-11-24", opt=True),
    T("Saturday", "2023-11-25", nth=0),
    T("on Saturday", "2023-11-25"),
    T("per day", "P1D", opt=True),
    T("14:20 GMT", "2023-11-24", opt=True),
    T("12:45 GMT", "2023-11-24", opt=True),
    T("October 7", "2023-10-07", nth=1),
    T("09:30 GMT", "2023-11-24", opt=True),
    T("05:00 GMT", "2023-11-24", nth=0, opt=True),
    T("four-day", "P4D", nth=1, opt=True),
    T("7am local time", "2023-11-24", opt=True),
    T("05:00 GMT", "2023-11-24", nth=1, opt=True),
    T("Thursday, November 23", "2023-11-23"),
    P("Gaza Strip", "Gaza", ctx="entered Gaza"),
    P("Rafah crossing"),
    P("Beitunia"),
    P("Ramallah"),
    P("Ofer prison", opt=True),
    P("Kerem Shalom crossing", "Kerem Shalom"),
    P("Doha"),
    P("Khan Younis"),
    P("Northern Gaza", "northern Gaza", opt=True),
    P("Salah al-Din Road", opt=True),
    S(TH, "Srettha Thavisin", "Ten Thai nationals and a Filipino were also freed in a separate deal mediated by "
      "Iran and Egypt", kind=I, stance="neutral"),
    S(IL, "Israel Prison Service", "all 39 prisoners had been released", kind=I, stance="neutral"),
    S(IL, "Benjamin Netanyahu", "We are committed to returning all our hostages", opt=True, stance="neutral"),
    S(IL, "Netanyahu's office", "the freed captives had been returned to Israeli territory", kind=I,
      stance="neutral"),
    S(IL, "Netanyahu's office", "We are committed to returning all our hostages. This is one of the goals of the "
      "war, and we are committed to achieving all the goals of the war", stance="neutral"),
    S(["International Committee of the Red Cross"], "International Committee of the Red Cross",
      "it had received 13 Israeli captives from Hamas in Gaza and transported them to the Rafah crossing with "
      "Egypt", kind=I, opt=True, stance="neutral"),
    S(EG, "Egyptian officials", "they were to be taken to the Kerem Shalom crossing and handed over to Israeli "
      "forces", kind=I, stance="neutral"),
    S(TH, "Srettha Thavisin", "security agencies had confirmed that 10 Thai hostages had been released", kind=I,
      stance="neutral"),
    S(TH, "Srettha Thavisin", "embassy officials were on their way to collect them", kind=I, opt=True,
      stance="neutral"),
    S(QA, "Qatar", "Second batch of captives to be released Saturday", stance="neutral"),
    S(QA, "Majed al-Ansari", "the names of the captives to be freed on Saturday had been delivered to Israel",
      kind=I, stance="neutral"),
    S(QA, "Majed al-Ansari", "We hope that this truce will be an opportunity to start a larger effort towards a "
      "permanent end to this war", stance="neutral"),
    S(QA, "Majed al-Ansari", "the truce could be extended if Hamas released at least 10 more captives per day",
      kind=I, stance="neutral"),
    S(HA, "Hamas", "truce 'depends on the enemy's commitment'", stance="agree"),
    S(HA, "Hamas", "the calm would hold \"as long as the occupation is committed\" to it", kind=I,
      stance="agree"),
    S(HA, "Hamas", "the group's fighters would respond to any violation", kind=I, stance="threat"),
    S(HEALTH, "government media office in Gaza", "at least 14,854 people, including 6,150 children and more than "
      "4,000 women, had been killed in Israeli attacks since October 7", kind=I, opt=True, stance="neutral"),
    S(["Al Jazeera"], "Hani Mahmoud", "Israeli troops had opened fire on people trying to return to northern Gaza "
      "along Salah al-Din Road", kind=I, opt=True, stance="neutral"),
    S(["Palestinian Red Crescent"], "Palestinian Red Crescent", "two people were killed and 11 wounded", kind=I,
      opt=True, stance="neutral"),
    S(IL, "Avichay Adraee", "warned Palestinians in leaflets and on social media not to move north, calling the "
      "area \"a dangerous war zone\"", kind=I,
      stance="threat"),
    S(IL, "Israeli military", "Sirens sounded in Israeli communities near Gaza shortly before", kind=I, opt=True,
      stance="neutral"),
    K(14854, "killed", "people", qualifier="at least", by="Gaza government media office"),
    K(6150, "killed", "children", by="Gaza government media office"),
    K(4000, "killed", "women", qualifier="more than", by="Gaza government media office"),
    K(2, "killed", "people", by="Palestinian Red Crescent"),
    K(11, "wounded", "people", by="Palestinian Red Crescent"),
]

# ---------------------------------------------------------------- h05 Times of Israel (saved HTML), Monday 10 June 2024
A["h05_toi_blinken_cairo_jerusalem"] = [
    T("Tuesday", "2024-06-11", nth=0, opt=True),  # meta description
    T("2024-06-10T21:14:32+03:00", "2024-06-10", opt=True),
    T("2024-06-10", "2024-06-10", nth=1, opt=True),  # dataLayer
    T("on Tuesday", "2024-06-11", nth=0),
    T("10 June 2024", "2024-06-10"),
    T("9:14 pm", "2024-06-10", opt=True),
    T("2024/06", "2024-06", opt=True),  # image URL
    T("June 10, 2024", "2024-06-10"),
    T("on Monday evening", "2024-06-10"),
    T("October 7", "2023-10-07"),
    T("Earlier Monday", "2024-06-10"),
    T("on Tuesday", "2024-06-11", nth=1),
    T("on Sunday", "2024-06-09"),
    T("on Wednesday", "2024-06-12"),
    T("two days after", "2024-06-08", opt=True),
    T("2024", "2024", opt=True, ctx="&copy; 2024"),
    T("20240610", "2024-06-10", opt=True),  # script version
    P("Cairo"),
    P("Jerusalem"),
    P("New York"),
    P("Dead Sea"),
    P("Doha"),
    P("Nuseirat"),
    P("Central Gaza", "central Gaza", opt=True),
    P("Gaza Strip", "Gaza", ctx="war in Gaza"),
    V("Cairo", "2024-06-10"),
    V("Jerusalem", "2024-06-10"),
    V("Jerusalem", "2024-06-11", opt=True),  # Lapid and Gantz: the place is implied
    V("Dead Sea", "2024-06-11"),
    V("Doha", "2024-06-12"),
    V("New York", "2024-06-10", opt=True),  # the Security Council's vote
    S(US, "Antony Blinken", "My message to governments throughout the region, to people throughout the region, is: "
      "If you want a ceasefire, press Hamas to say yes", stance="demand"),
    S(US, "Antony Blinken", "if you want a ceasefire, press Hamas to say yes", opt=True, stance="demand"),
    S(HA, "Hamas", "it welcomes UN backing for ceasefire plan", opt=True, stance="welcome"),  # standfirst
    # after the blind run: the headline's own indirect statement (in <title> and <h1>) had been left out, while the
    # standfirst's was annotated opt; headline statements are opt by the conventions
    S(US, "Antony Blinken", "urges region to press Hamas to accept hostage deal", kind=I, opt=True,
      stance="demand"),
    S(IL, "Benjamin Netanyahu", "Netanyahu had \"reaffirmed his commitment\" to the proposal", kind=I,
      stance="agree"),
    S(IL, "senior Israeli official", "Israel would not agree to end the war before Hamas's military and governing "
      "capabilities were destroyed", kind=I, stance="reject"),
    S(HA, "Hamas", "it welcomed the resolution and was \"ready to cooperate with the mediators\" on implementing "
      "its principles", kind=I, stance="welcome"),
    S(HA, "Sami Abu Zuhri", "the group accepted the resolution, but Israel, he said, \"has not yet said yes.\"",
      kind=I, stance="agree"),
    S(IL, "Benny Gantz", "accusing Netanyahu of having no plan for the day after the war", kind=I, opt=True,
      stance="condemn"),
    S(HEALTH, "Hamas-run health authorities", "274 Palestinians were killed and nearly 700 wounded in the raid",
      kind=I, opt=True, stance="neutral"),
    S(IL, "IDF", "it was aware of \"under 100\" Palestinian casualties", kind=I, opt=True, stance="neutral"),
    S(IL, "IDF", "Hamas had hidden the hostages in civilian homes", kind=I, stance="neutral"),
    S(US, "Antony Blinken", "The only one standing in the way of a ceasefire is Hamas", stance="condemn"),
    S(IL, "Benny Gantz", "Gantz quits emergency government, says Netanyahu preventing", opt=True,
      stance="condemn"),  # a Related link
    K(274, "killed", "Palestinians", by="Hamas-run health authorities"),
    K(700, "wounded", "Palestinians", qualifier="nearly", by="Hamas-run health authorities"),
    K(100, "killed", "Palestinian", opt=True, qualifier="under", by="IDF"),  # "casualties", outcome unclear
    K(1, "killed", "Israeli special forces officer"),
]

# ---------------------------------------------------------------- h06 Jordan Times (hard-wrapped), Tuesday 13 Feb 2024
H6 = "h06_jordantimes_king_biden_whitehouse"
A[H6] = [
    T("Feb 13,2024", "2024-02-13", nth=0),
    T("Feb 13,2024", "2024-02-13", nth=1),
    T("on Monday", "2024-02-12"),
    T(w(H6, "for at least six weeks"), "P6W", opt=True),
    T("October 7", "2023-10-07"),
    T("on Wednesday", "2024-02-14"),
    T("later this week", "2024-W07"),
    T("last week", "2024-W06"),
    P("Washington", "WASHINGTON"),
    P("White House", opt=True),
    P("Gaza Strip", "Gaza", ctx="ceasefire in Gaza,"),
    P("Rafah"),
    P("West Bank"),
    P("Amman"),
    P("Ottawa"),
    P("Paris"),
    P("Capitol Hill", opt=True),
    P("Khan Younis"),
    P("Gaza City"),
    V("White House", "2024-02-12"),
    V("Ottawa", "2024-02-14"),
    V("Paris", "2024-W07"),
    V("Capitol Hill", "2024-W06"),
    S(JO, "King Abdullah", "stressed the need to reach an immediate and lasting ceasefire in Gaza", kind=I,
      stance="demand"),
    S(JO, "King Abdullah", "an Israeli military offensive on Rafah would lead to \"another humanitarian "
      "catastrophe\"", kind=I, stance="reject"),
    S(JO, "King Abdullah", "the world \"cannot afford an Israeli attack on Rafah\"", kind=I, stance="reject"),
    S(JO, "King Abdullah", w(H6, "We cannot stand by and let this continue,"), stance="demand"),
    S(JO, "King Abdullah", w(H6, "We need a lasting ceasefire now. This war must end."), stance="demand"),
    S(JO, "King Abdullah", "warned against any attempt to displace Palestinians from Gaza or the West Bank",
      kind=I, opt=True, stance="reject"),
    S(JO, "King Abdullah", "the only path to security and stability in the region is a political horizon leading "
      "to a just and comprehensive peace on the basis of the two-state solution", kind=I, stance="propose"),
    S(US, "Joe Biden", "the United States was working on a hostage deal between Israel and Hamas that would bring "
      "\"an immediate and sustained period of calm into Gaza for at least six weeks\"", kind=I, stance="propose"),
    S(US, "Joe Biden", w(H6, "The key elements of the deal are on the table. There are gaps that remain,"),
      stance="neutral"),
    S(US, "Joe Biden", "Israel should not launch a major military operation in Rafah \"without a credible plan\" "
      "to ensure the safety of the people there", kind=I, stance="demand"),
    S(HEALTH, "Gaza health ministry", "28,340 Palestinians had been killed in Gaza since October 7, with more than "
      "67,900 injured", kind=I, opt=True, stance="neutral"),
    S(JO, "Ayman Safadi", "the Kingdom rejected \"any attempt to justify the crime of forced displacement\"",
      kind=I, stance="reject"),
    S(JO, "Ayman Safadi", "urged the UN Security Council to act to stop the war", kind=I, stance="demand"),
    S(JO, "Jordanian officials", "the King would travel to Ottawa on Wednesday for talks with Canadian Prime "
      "Minister Justin Trudeau, and then to Paris later this week to meet French President Emmanuel Macron, as "
      "part of a tour to rally support for a ceasefire", kind=I, stance="neutral"),
    S(JO, "King Abdullah", "Ceasefire in Gaza must be immediate", opt=True, stance="demand"),  # a Related link
    K(67, "killed", "Palestinians", qualifier="at least", by="Gaza health ministry"),
    K(28340, "killed", "Palestinians", by="Gaza health ministry"),
    K(67900, "wounded", "Palestinians", qualifier="more than", by="Gaza health ministry"),
]

# ---------------------------------------------------------------- h07 Ahram Online, Sunday 30 July 2023
A["h07_ahram_alamein_factions"] = [
    T("Sunday 30 Jul 2023", "2023-07-30"),
    T("Sunday", "2023-07-30", ctx="El-Alamein, Sunday."),
    T("on Sunday", "2023-07-30"),
    T("16-year", "P16Y", opt=True),
    T("on Saturday", "2023-07-29"),
    T("last week", "2023-W29"),
    T("weeks after", "PXW", opt=True),
    T("two-day", "P2D", opt=True),
    T("earlier this month", "2023-07"),
    T("the start of the year", "2023", opt=True),
    T("2007", "2007"),
    T("October 2022", "2022-10"),
    T("next week", "2023-W31"),
    P("El-Alamein"),
    P("West Bank"),
    P("Jenin"),
    P("Ramallah"),
    P("Nablus"),
    P("Turmus Ayya"),
    P("Gaza Strip", "Gaza", ctx="West Bank and Gaza"),
    P("Cairo"),
    P("Algiers", opt=True),  # inside the name "Algiers Declaration"
    V("El-Alamein", "2023-07-30"),
    V("El-Alamein", "2023-07-29"),
    V("Cairo", "2023-W31"),
    V("Algeria", "2022-10", opt=True),  # a country
    S(PA, "Mahmoud Abbas", "the Palestinian people \"cannot afford the continuation of division in the face of the "
      "Israeli occupation's escalating aggression.\"", kind=I, stance="neutral"),
    S(PA, "Mahmoud Abbas", "the Palestine Liberation Organization remains \"the sole legitimate representative of "
      "the Palestinian people,\"", kind=I, stance="neutral"),
    S(PA, "Mahmoud Abbas", "called on all factions to commit to its programme and to \"peaceful popular "
      "resistance.\"", kind=I, stance="demand"),
    S(EG, "Ahmed Fahmy", "the two leaders discussed the latest developments in the Palestinian territories",
      kind=I, opt=True, stance="neutral"),  # "according to": a meeting report
    S(EG, "Abdel-Fattah El-Sisi", "El-Sisi affirmed Egypt's \"firm position in support of the Palestinian people's "
      "legitimate rights,\" and its continued efforts to achieve Palestinian reconciliation and to restore calm",
      kind=I, stance="neutral"),
    S(HA, "Ismail Haniyeh", "the movement was \"open to any national effort\" to end the division", kind=I,
      stance="agree"),
    S(HA, "Ismail Haniyeh", "demanded that the Palestinian Authority end security coordination with Israel and "
      "release political detainees held in the West Bank", kind=I, stance="demand"),
    S(PIJ, "Islamic Jihad", "it would not attend while its members remained in the custody of Palestinian "
      "Authority security forces", kind=I, stance="reject"),
    S(FA, "Azzam al-Ahmad", "Participants agreed to form a committee to follow up on the discussions", kind=I,
      stance="agree"),
    S(HEALTH, "Palestinian health ministry", "more than 200 Palestinians have been killed in the West Bank and Gaza "
      "since the start of the year", kind=I, opt=True, stance="neutral"),
    S(EG, "Egyptian diplomatic source", "Egyptian Foreign Minister Sameh Shoukry is expected to brief Arab League "
      "envoys on the outcome of the meeting in Cairo next week", kind=I, stance="neutral"),
    K(12, "killed", "Palestinians"),
    K(1, "killed", "Israeli soldier"),
    K(200, "killed", "Palestinians", qualifier="more than", by="Palestinian health ministry"),
]

# ---------------------------------------------------------------- h08 Anadolu, Saturday 20 April 2024
A["h08_anadolu_erdogan_haniyeh_istanbul"] = [
    T("20.04.2024", "2024-04-20", nth=0),
    T("20.04.2024", "2024-04-20", nth=1),
    T("on Saturday", "2024-04-20"),
    T("two and a half hours", "PT150M", opt=True),
    T("on Wednesday", "2024-04-17", nth=0),
    T("on Wednesday", "2024-04-17", nth=1),
    T("1967", "1967"),
    T("on Wednesday", "2024-04-17", nth=2),
    T("Oct. 7", "2023-10-07"),
    T("in January", "2024-01"),
    P("Istanbul", "ISTANBUL"),
    P("Dolmabahce Office", opt=True),
    P("Gaza Strip", "Gaza", ctx="ceasefire in Gaza"),
    P("Doha"),
    V("Istanbul", "2024-04-20"),
    V("Doha", "2024-04-17"),
    S(TR, "Recep Tayyip Erdogan", "Palestinians must act with unity during talks at Dolmabahce Office", opt=True,
      stance="demand"),  # standfirst
    S(TR, "Turkish Communications Directorate", "Turkish President Recep Tayyip Erdogan on Saturday received Ismail "
      "Haniyeh, the head of Hamas' political bureau, in Istanbul", kind=I, opt=True,
      stance="neutral"),  # "according to": a meeting report
    S(TR, "Turkish Communications Directorate", "The meeting at the Dolmabahce Office lasted around two and a half "
      "hours and was closed to the press", kind=I, stance="neutral"),
    S(TR, "Recep Tayyip Erdogan", "it was \"vital\" for Palestinians to act with unity in this process", kind=I,
      stance="demand"),
    S(TR, "Recep Tayyip Erdogan", "the strongest response to Israel and the path to victory lies in unity and "
      "integrity", stance="neutral"),
    S(TR, "Recep Tayyip Erdogan", "Türkiye would continue to raise its voice in international forums against "
      "Israeli violations and would keep up efforts to ensure that sufficient and uninterrupted humanitarian aid is "
      "delivered to Gaza", kind=I, stance="neutral"),
    S(TR, "Turkish Communications Directorate", "Discussions focused on steps to ensure an immediate ceasefire in "
      "Gaza, the delivery of aid to the region and the establishment of a just and lasting peace", kind=I,
      stance="neutral"),
    S(TR, "Recep Tayyip Erdogan", "Israel \"must pay a price\" for the atrocities it has committed against "
      "Palestinians", kind=I, stance="condemn"),
    S(HA, "Hamas", "it was ready to dissolve its military wing if an independent Palestinian state were "
      "established along the 1967 borders", kind=I, stance="propose"),  # reported through Fidan
    S(HA, "Hamas", "Haniyeh had briefed Erdogan on the latest developments in the ceasefire talks mediated by Qatar "
      "and Egypt", kind=I, stance="neutral"),
    S(HA, "Hamas", "stresses its commitment to a comprehensive and permanent ceasefire and the complete withdrawal "
      "of the occupation army from the Gaza Strip.", stance="demand"),
    S(IL, "Israel Katz", "Erdogan, shame on you!", stance="condemn"),
    S(IL, "Israel Katz", "accusing the Turkish president of meeting with the leader of \"the Muslim "
      "Brotherhood-ISIS\" organization", kind=I, opt=True, stance="condemn"),
    S(QA, "Qatar", "it is reassessing its role as a mediator in the talks", kind=I, stance="neutral"),
    S(QA, "Mohammed bin Abdulrahman Al Thani", "there had been \"abuse\" of Qatar's mediation for \"narrow "
      "political interests.\"", kind=I, stance="condemn"),
    S(HEALTH, "Palestinian health authorities", "More than 34,000 Palestinians have since been killed, mostly "
      "women and children, and over 76,900 others injured", kind=I, opt=True, stance="neutral"),
    S(UN, "International Court of Justice", "ordered Tel Aviv to take measures to prevent genocidal acts and "
      "ensure that humanitarian assistance was provided to civilians in Gaza", kind=I, opt=True, stance="demand"),
    K(1200, "killed", "people", qualifier="nearly"),
    K(34000, "killed", "Palestinians", qualifier="more than", by="Palestinian health authorities"),
    K(76900, "wounded", "Palestinians", qualifier="over", by="Palestinian health authorities"),  # "others"
]

# ---------------------------------------------------------------- h09 Xinhua, Tuesday 23 July 2024
A["h09_xinhua_beijing_declaration"] = [
    T("2024-07-23", "2024-07-23"),
    T("19:56:11", "2024-07-23", opt=True),
    T("July 23", "2024-07-23"),
    T("on Tuesday", "2024-07-23", nth=0),
    T("Sunday", "2024-07-21"),
    T("Tuesday", "2024-07-23", ctx="from Sunday to Tuesday"),
    T("this year", "2024"),
    T("late April", "2024-04"),
    T("March 2023", "2023-03"),
    T("Oct. 7, 2023", "2023-10-07"),
    T("on Tuesday", "2024-07-23", nth=1),
    T("Today", "2024-07-23"),
    T("on Monday", "2024-07-22"),
    T("over the past day", "P1D", opt=True),
    T("2000-2024", "2024", opt=True),
    P("Beijing", "BEIJING"),
    P("Gaza Strip"),
    P("Khan Younis"),
    P("Southern Gaza", "southern Gaza", opt=True),
    V("Beijing", "2024-07-23"),
    V("Beijing", "2024-07-21", opt=True),  # the dialogue's first day
    V("Beijing", "2024-04"),
    V("Beijing", "2023-03"),
    S(CN, "Wang Yi", "the most important consensus reached was to achieve reconciliation and unity among the 14 "
      "factions, and that the core outcome was to clarify that the Palestine Liberation Organization (PLO) is the "
      "sole legitimate representative of all Palestinian people", kind=I, stance="neutral"),
    S(CN, "Wang Yi", "Reconciliation is an internal matter for the Palestinian factions, but at the same time, it "
      "cannot be achieved without the support of the international community", stance="neutral"),
    S(CN, "Wang Yi", "the factions had agreed on the formation of an interim national reconciliation government "
      "focused on the post-war reconstruction of Gaza, and put forward a three-step initiative, calling first for a "
      "comprehensive, lasting and sustainable ceasefire in the Gaza Strip as soon as possible", kind=I,
      stance="propose"),
    S(CN, "Wang Yi", "China supports the Palestinian people in realizing independent statehood and supports "
      "Palestine in becoming a full member of the United Nations", kind=I, stance="neutral"),
    S(HA, "Mousa Abu Marzouk", "the factions had reached \"an agreement to complete the journey of national "
      "unity,\"", kind=I, stance="agree"),
    S(HA, "Mousa Abu Marzouk", "Today we sign an agreement for national unity, and we say that the path to "
      "completing this journey is national unity", stance="agree"),
    S(FA, "Mahmoud al-Aloul", "the declaration was a positive step", kind=I, stance="welcome"),
    S(FA, "Mahmoud al-Aloul", "it would be implemented on the ground", kind=I, opt=True, stance="welcome"),
    S(HEALTH, "Gaza-based health authorities", "more than 39,000 Palestinians have been killed in the Gaza Strip",
      kind=I, opt=True, stance="neutral"),
    S(HEALTH, "Gaza-based health authorities", "The death toll rose to 39,090 on Tuesday", kind=I, opt=True,
      stance="neutral"),
    S(IL, "Israel Katz", "Abbas was embracing Hamas instead of rejecting terrorism", kind=I, stance="condemn"),
    S(IL, "Israel Katz", "this will not happen because Hamas' rule will be crushed.", stance="threat"),
    S(UN, "United Nations", "more than 150,000 people had fled Khan Younis in southern Gaza over the past day "
      "after new Israeli evacuation orders", kind=I, stance="neutral"),
    K(39000, "killed", "Palestinians", opt=True, qualifier="more than", by="Gaza-based health authorities"),
    K(39090, "killed", "Palestinians", by="Gaza-based health authorities"),
    K(90147, "wounded", "Palestinians", by="Gaza-based health authorities"),
]

# ---------------------------------------------------------------- h10 Asharq Al-Awsat, Monday 21 October 2024
A["h10_asharq_hochstein_beirut"] = [
    T("Monday, 21 October, 2024", "2024-10-21"),
    T("18:15", "2024-10-21", opt=True),
    T("on Monday", "2024-10-21", nth=0),
    T("on Monday", "2024-10-21", nth=1),
    T("2006", "2006"),
    T("last week", "2024-W42"),
    T("overnight", "2024-10-21", opt=True),
    T("Monday evening", "2024-10-21"),
    T("October last year", "2023-10"),
    T("October 1", "2024-10-01"),
    T("on Tuesday", "2024-10-22"),
    T("on Thursday", "2024-10-24"),
    P("Beirut"),
    P("Ain el-Tineh", opt=True),
    P("Grand Serail", opt=True),
    P("Litani River"),
    P("Beirut southern suburbs", "Beirut's southern suburbs", opt=True),
    P("Bekaa Valley"),
    P("Rafik Hariri University Hospital", opt=True),
    P("Jnah", opt=True),
    P("Aitaroun"),
    P("Blida"),
    P("Paris"),
    # after the blind run: "the Gaza war" names a place that had been overlooked; opt (only a modifier in a war's name)
    P("Gaza Strip", "Gaza", opt=True),
    V("Beirut", "2024-10-21"),
    V("Paris", "2024-10-24"),
    S(US, "Amos Hochstein", "1701 'Not Enough'", opt=True, stance="demand"),  # headline
    S(LB, "Lebanon", "Lebanon Says Ready to Implement It in Full", opt=True, stance="agree"),  # headline
    S(US, "Amos Hochstein", "UN Security Council Resolution 1701, which ended the 2006 war, was not enough on its "
      "own and that both sides needed to do more to guarantee its implementation", kind=I, stance="demand"),
    S(US, "Amos Hochstein", "Tying the future of Lebanon to other conflicts in the region was not and is not in the "
      "interest of the Lebanese people", stance="neutral"),
    S(US, "Amos Hochstein", "The United States is committed to working with the government of Lebanon and Israel to "
      "find a formula that brings this conflict to an end once and for all", stance="neutral"),
    S(LB, "source close to Berri", "the meeting was \"positive\"", kind=I, opt=True, stance="neutral"),
    S(LB, "Nabih Berri", "the speaker had reiterated Lebanon's commitment to implementing Resolution 1701 \"in full "
      "and without amendment,\"", kind=I, stance="agree"),
    S(LB, "Nabih Berri", "Berri had rejected any proposal that would give Israel freedom of action in Lebanese "
      "territory or add international forces beyond those of UNIFIL", kind=I, stance="reject"),
    S(LB, "Najib Mikati", "he had stressed the priority of an immediate ceasefire and the deployment of the army "
      "south of the Litani River", kind=I, stance="demand"),
    S(US, "Amos Hochstein", "هوكستين في بيروت: القرار 1701 وحده لا يكفي", opt=True, stance="demand"),
    S(HZ, "Naim Qassem", "the group supported the efforts of Berri, whom it has entrusted with negotiating on its "
      "behalf, to reach a ceasefire", kind=I, stance="agree"),
    S(HZ, "Naim Qassem", "Israel \"will not be able to impose its conditions on us.\"", kind=I, stance="reject"),
    S(["Lebanese health ministry"], "health ministry", "An Israeli strike near Rafik Hariri University Hospital in "
      "the Jnah area of Beirut killed at least 13 people and wounded 57 on Monday evening", kind=I, opt=True,
      stance="neutral"),
    S(["Lebanese health ministry"], "health ministry", "Israeli attacks had killed 2,448 people and wounded 11,471 "
      "since the start of cross-border hostilities in October last year", kind=I, opt=True, stance="neutral"),
    S(IL, "Israeli military", "its troops are fighting Hezbollah in border villages, including Aitaroun and Blida, "
      "and that more than 50 soldiers have been killed on the Lebanese front since the start of the ground "
      "operation on October 1", kind=I, stance="neutral"),
    S(FR, "Jean-Noel Barrot", "his country would host an international conference in support of Lebanon in Paris "
      "on Thursday", kind=I, stance="neutral"),
    S(LB, "Nabih Berri", "Berri Says Ceasefire First, Then Implementation of 1701", opt=True,
      stance="demand"),  # a Related link
    K(13, "killed", "people", qualifier="at least", by="Lebanese health ministry"),
    K(57, "wounded", "people", by="Lebanese health ministry"),
    K(2448, "killed", "people", by="Lebanese health ministry"),
    K(11471, "wounded", "people", by="Lebanese health ministry"),
    K(50, "killed", "soldiers", qualifier="more than", by="Israeli military"),
]

# ---------------------------------------------------------------- h11 Axios, Monday 18 December 2023
A["h11_axios_warsaw_barnea_qatar"] = [
    T("Dec 18, 2023", "2023-12-18"),
    T("on Monday", "2023-12-18", nth=0),
    T("seven-day", "P7D", opt=True),
    T("Dec. 1", "2023-12-01"),
    T("one-week", "P1W", opt=True),
    T("on Monday", "2023-12-18", nth=1),
    T("on Friday", "2023-12-15"),
    T("on Saturday night", "2023-12-16"),
    T("on Saturday", "2023-12-16", nth=1),
    T("on Monday", "2023-12-18", nth=2),
    T("Oct. 7", "2023-10-07"),
    T("that day", "2023-10-07", opt=True),
    T("in the coming weeks", "PXW", opt=True),
    P("Warsaw"),
    P("Gaza Strip", "Gaza", ctx="held by Hamas in Gaza"),
    P("Beirut"),
    P("Washington"),
    P("Shejaiya", opt=True),
    P("Gaza City"),
    P("Tel Aviv"),
    P("Doha"),
    V("Warsaw", "2023-12-18"),
    V("Tel Aviv", "2023-12-18"),
    V("Doha", None, opt=True),  # "in the coming weeks"
    S(IL, "David Barnea", "Israel was willing to agree to a one-week pause in the fighting in return for the "
      "release of about 40 hostages, including the remaining women and elderly men", kind=I, stance="propose"),
    S(IL, "source", "Israel is also ready to consider releasing Palestinian prisoners serving long sentences",
      kind=I, opt=True, stance="propose"),
    S(QA, "Mohammed bin Abdulrahman Al Thani", "Hamas was refusing to negotiate any new deal before Israel stops "
      "the war", kind=I, stance="neutral"),
    S(IL, "Israeli official", "There is an Israeli willingness to make significant gestures to get the hostages "
      "home", stance="propose"),
    S(HA, "Osama Hamdan", "the movement would not discuss any prisoner exchange \"except after a complete end to "
      "the aggression.\"", kind=I, stance="reject"),
    S(US, "U.S. official", "The meeting in Warsaw was arranged after Israeli troops mistakenly shot dead three "
      "hostages waving a white flag in the Shejaiya neighborhood of Gaza City on Friday", kind=I,
      stance="neutral"),
    S(["Hostage families"], "relatives of hostages", "demanded that the government return to negotiations",
      kind=I, opt=True, stance="demand"),
    S(IL, "Benjamin Netanyahu", "military pressure is necessary both for the return of the hostages and for "
      "victory over our enemies.", stance="neutral"),
    S(EG, "Egyptian officials", "Egyptian officials are also pushing a plan for a phased deal", kind=I, opt=True,
      stance="propose"),
    S(HEALTH, "Hamas-run health ministry", "More than 19,400 people have been killed in Gaza since Oct. 7", kind=I,
      opt=True, stance="neutral"),
    S(IL, "Israeli officials", "About 1,200 people were killed in the Hamas attack on Israel that day", kind=I,
      opt=True, stance="neutral"),
    K(3, "killed", "hostages"),
    K(3, "killed", "hostages", opt=True),  # the "Go deeper" link repeats it
    K(19400, "killed", "people", qualifier="more than", by="Hamas-run health ministry"),
    K(1200, "killed", "people", qualifier="about", by="Israeli officials"),
]

# ---------------------------------------------------------------- h12 Middle East Eye (Markdown), Monday 28 March 2022
A["h12_mee_negev_summit"] = [
    T("28 March 2022", "2022-03-28", nth=0),
    T("16:32 UTC", "2022-03-28", opt=True),
    T("1 year 11 months ago", "P1Y11M", opt=True),
    T("28 March 2022", "2022-03-28", nth=1),
    T("on Monday", "2022-03-28", nth=0),
    T("two-day", "P2D", opt=True),
    T("on Sunday", "2022-03-27", nth=0),
    T("1994", "1994"),
    T("1967", "1967"),
    T("on Monday", "2022-03-28", nth=1),
    T("on Sunday night", "2022-03-27"),
    T("days before", "PXD", opt=True),
    T("Ramadan", "2022-04", opt=True),
    T("the start of the year", "2022", opt=True),
    P("Sde Boker"),
    P("Negev"),
    P("Ramallah"),
    P("Hadera"),
    P("East Jerusalem"),
    P("West Bank"),
    V("Sde Boker", "2022-03-28"),
    V("Ramallah", "2022-03-27"),
    V("Ramallah", "2022-03-28"),
    S(PA, "Palestinian officials", "Palestinian officials condemned as a reward for the occupation", kind=I,
      opt=True, stance="condemn"),
    S(HA, "Hazem Qassem", "A reward for the occupation", opt=True, stance="condemn"),  # subheading
    S(IL, "Yair Lapid", "the participants had agreed to make it a \"permanent forum\"", kind=I, stance="agree"),
    S(IL, "Yair Lapid", "What we are doing here is making history, building a new regional architecture based on "
      "progress, technology, religious tolerance, security and intelligence cooperation", stance="neutral"),
    S(IL, "Yair Lapid", "This new architecture, the shared capabilities we are building, intimidates and deters our "
      "common enemies, first and foremost Iran and its proxies.", stance="threat"),
    S(US, "Antony Blinken", "the normalisation agreements were \"not a substitute\" for progress between Israelis "
      "and Palestinians", kind=I, stance="neutral"),
    S(US, "Antony Blinken", "We have to make sure that these regional agreements are not a substitute for progress "
      "between Palestinians and Israelis.", stance="neutral"),
    S(PA, "Mahmoud Abbas", "the Palestinian people would not accept the continuation of the occupation \"forever\"",
      kind=I, stance="reject"),
    S(HA, "Hazem Qassem", "the meeting was \"a stab in the back of the Palestinian people\"", kind=I,
      stance="condemn"),
    S(HA, "Hazem Qassem", "called on Arab states to end all forms of normalisation with Israel", kind=I,
      stance="demand"),
    S(EG, "Sameh Shoukry", "the Palestinian cause remained central", kind=I, stance="neutral"),
    S(EG, "Sameh Shoukry", "called for the revival of negotiations towards a two-state solution based on the 1967 "
      "borders", kind=I, stance="demand"),
    S(JO, "King Abdullah II", "there could be no security or peace in the region without a Palestinian state",
      kind=I, stance="neutral"),
    S(IL + US + ["United Arab Emirates", "Bahrain", "Morocco"] + EG, "The six foreign ministers",
      "condemned the attack in a joint statement", kind=I, opt=True, stance="condemn"),
    S(PA, "Palestinian Authority's foreign ministry", "also condemned it", kind=I, opt=True, stance="condemn"),
    S(HEALTH, "Palestinian health ministry", "Israeli forces have killed at least 15 Palestinians since the start "
      "of the year", kind=I, opt=True, stance="neutral"),
    K(2, "killed", "Israeli border police officers"),
    K(12, "wounded", "people"),
    K(15, "killed", "Palestinians", qualifier="at least", by="Palestinian health ministry"),
]

# The conventions (as in blind8) make the quoted fragments inside a mixed indirect statement optional statements of
# the same speaker; they are added here for every indirect statement of the set.
add_fragments(A, respell=w)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
