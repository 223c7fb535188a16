"""Build tests/blind8/gold.json from the hand annotations below (run: python tests/blind8/make_gold.py).

A blind set (blind8), rich in statements and in real-page noise: twelve articles written and annotated without
reading the extractor code (``lib/extract/*``, ``lib/data/*``), the git log or the articles of the other sets.
Offsets are character offsets into ``open(path, encoding="utf-8").read()`` (the way the scorer reads the files),
found by exact substring search: ``ctx`` (a longer, unique stretch of text) locates the mention when the bare text
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
from goldkit import K, P, S, T, V, add_fragments, build_gold, find, write_gold  # noqa: E402,F401

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Cairo": (30.0626, 31.2497), "Rafah": (31.2969, 34.2455), "Jerusalem": (31.7690, 35.2163),
    "East Jerusalem": (31.7833, 35.2333), "Paris": (48.8534, 2.3488), "Washington": (38.8951, -77.0364),
    "White House": (38.8977, -77.0365), "Beirut": (33.8938, 35.5018), "Grand Serail": (33.8953, 35.4985),
    "Khiam": (33.3294, 35.6114), "Tyre": (33.2733, 35.1939), "Nabatieh": (33.3779, 35.4839),
    "Sidon": (33.5631, 35.3689), "Qlayaa": (33.3290, 35.5790), "Aqaba": (29.5267, 35.0078),
    "Huwara": (32.1528, 35.2567), "Sharm el-Sheikh": (27.9158, 34.3300), "Har Bracha": (32.1950, 35.2650),
    "Nablus": (32.2211, 35.2544), "Zaatara": (32.1300, 35.2600), "Ankara": (39.9199, 32.8543),
    "The Hague": (52.0767, 4.2986), "Ramallah": (31.8996, 35.2042), "Jenin": (32.4611, 35.3027),
    "Al-Aqsa Mosque": (31.7761, 35.2358), "Doha": (25.2854, 51.5310), "Annapolis": (38.9784, -76.4922),
    "U.S. Naval Academy": (38.9829, -76.4840), "Gaza City": (31.5017, 34.4668), "Tehran": (35.6944, 51.4215),
    "Hebron": (31.5294, 35.0938), "Istanbul": (41.0138, 28.9497), "Ofer prison": (31.8650, 35.1870),
    "Sheba Medical Center": (32.0460, 34.8430), "Tel Aviv": (32.0809, 34.7806), "New York": (40.7143, -74.0060),
    "El Alamein": (30.8167, 28.9500), "Riyadh": (24.6877, 46.7219),
    # regions
    "Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25), "Southern Israel": (31.25, 34.70),
    "Sinai": (29.50, 33.80), "Litani River": (33.34, 35.40), "Judea and Samaria": (31.95, 35.25),
    "Maryland": (39.00, -76.70), "Northern Gaza": (31.53, 34.49), "Central Gaza": (31.42, 34.37),
    "Philadelphi corridor": (31.27, 34.24), "NEOM": (27.95, 35.30),
}
RADIUS = {"Gaza Strip": 60, "West Bank": 60, "Southern Israel": 80, "Sinai": 200, "Litani River": 40,
          "Judea and Samaria": 60, "Maryland": 150, "Northern Gaza": 15, "Central Gaza": 15,
          "Philadelphi corridor": 20, "NEOM": 60}
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
IR = ["Iran"]
LB = ["Lebanon"]
HZ = ["Hezbollah"]
TR = ["Turkey"]
SA = ["Saudi Arabia"]
I = "indirect"  # noqa: E741

A = {}

A["g01_reuters_cairo_talks_rafah"] = [
    T("February 13, 2024", "2024-02-13"),
    T("2 hours ago", "2024-02-13", opt=True),
    T("Feb 13", "2024-02-13", ctx="CAIRO, Feb 13 (Reuters)"),
    T("on Tuesday", "2024-02-13", ctx="ended on Tuesday without"),
    T("late January", "2024-01", opt=True),
    T("last Wednesday", "2024-02-07"),
    T("on Sunday", "2024-02-11"),
    T("six-week", "P6W", opt=True),
    T("Ramadan", "2024-03", opt=True),
    T("on Monday", "2024-02-12"),
    T("on Tuesday", "2024-02-13", ctx="said on Tuesday at least"),
    T("Oct. 7", "2023-10-07"),
    P("Cairo", text="CAIRO", ctx="CAIRO, Feb 13"),
    P("Gaza Strip", text="Gaza", ctx="ceasefire in Gaza and"),
    P("Rafah", ctx="southern city of Rafah"),
    P("Jerusalem", ctx="news conference in Jerusalem"),
    P("Paris"),
    P("Sinai"),
    P("Washington", ctx="reporters in Washington"),
    P("Southern Israel", text="southern Israel"),
    V("Cairo", "2024-02-13"),
    V("Paris", "2024-01", opt=True),  # the framework drawn up in Paris (late January talks, implied)
    # unnamed sources whose side is named: "two Egyptian security sources" (Egypt)
    S(EG, "Egyptian security sources",
      "Talks in Cairo on a ceasefire in Gaza and the release of hostages held by Hamas ended on Tuesday without a "
      "breakthrough", kind=I, stance="neutral"),
    S(EG, "Egyptian security sources",
      "the atmosphere of the meeting was \"positive\" but that Israel had not yet agreed to a complete halt to the "
      "fighting", kind=I, stance="neutral"),
    S(EG, "Egyptian security sources",
      "Egypt had proposed a six-week pause in the fighting during which about 40 hostages, among them women and "
      "elderly men, would be freed in exchange for Palestinian prisoners", kind=I, stance="propose"),
    S(IL, "Benjamin Netanyahu's office",
      "the Israeli delegation had listened to the mediators but would not return to Cairo until Hamas dropped what "
      "it called \"delusional\" demands", kind=I, stance="reject"),
    S(IL, "Benjamin Netanyahu", "Israel will not surrender to the delusional demands of Hamas,", stance="reject"),
    S(IL, "Benjamin Netanyahu", "We will keep fighting until total victory.", stance="threat"),
    S(HA, "senior Hamas official",
      "the movement would not accept any agreement that did not guarantee \"a complete and permanent ceasefire\" and "
      "the withdrawal of Israeli forces from Gaza", kind=I, stance="reject"),
    S(HA, "senior Hamas official", "a complete and permanent ceasefire", opt=True, stance="demand"),
    S(HA, "senior Hamas official",
      "We have shown flexibility, but we will not hand over our prisoners for a pause that ends with the bombing of "
      "Rafah,", stance="reject"),
    S(HA, "Sami Abu Zuhri", "any attack on Rafah would \"blow up\" the negotiations", kind=I, stance="threat"),
    S(QA, "Majed al-Ansari",
      "Doha remained \"cautiously optimistic\" and that the mediators were working around the clock to close the gaps",
      kind=I, stance="neutral"),
    S(EG, "Egypt",
      "an Israeli ground offensive in Rafah, where more than a million displaced Palestinians are sheltering against "
      "its border, would have \"dire consequences\"", kind=I, stance="threat"),
    S(EG, "Egypt's foreign ministry", "Cairo rejected any forced displacement of Palestinians into Sinai", kind=I,
      stance="reject"),
    S(US, "Matthew Miller",
      "the United States would not support a military operation in Rafah without \"a credible and executable plan\" "
      "to protect civilians", kind=I, stance="reject"),
    S(IL, "Israeli official", "the army would not wait indefinitely", kind=I, stance="threat"),
    S(IL, "Israeli official", "If there is no deal by Ramadan, we will go into Rafah,", stance="threat"),
    K(67, "killed", "Palestinians", qualifier="at least", by="Gaza health officials"),
    K(28473, "killed", "Palestinians", qualifier="at least", by="Gaza health ministry"),
    K(68146, "wounded", "Palestinians", by="Gaza health ministry"),
    K(1200, "killed", "people", by="Israeli tallies"),
]

A["g02_ap_lebanon_ceasefire"] = [
    T("November 27, 2024", "2024-11-27"),
    T("Wednesday, Nov. 27, 2024", "2024-11-27"),
    T("early Wednesday", "2024-11-27"),
    T("on Tuesday", "2024-11-26"),
    T("on Wednesday", "2024-11-27", ctx="Mikati said on Wednesday"),
    T("on Wednesday afternoon", "2024-11-27"),
    T("Oct. 8, 2023", "2023-10-08"),
    T("60-day period", "P60D", opt=True),
    P("Beirut", ctx="Grand Serail in Beirut"),
    P("Grand Serail", opt=True),
    P("White House"),
    P("Khiam"),
    P("Tyre"),
    P("Nabatieh"),
    P("Qlayaa", opt=True),
    P("Sidon"),
    P("Litani River", opt=True),
    P("Jerusalem", ctx="Federman in Jerusalem", opt=True),  # contributors' line
    P("Washington", ctx="Madhani in Washington", opt=True),  # contributors' line ("with Washington" is metonymic)
    S(US, "Joe Biden", "designed to be a permanent cessation of hostilities.", stance="welcome"),
    S(US, "Joe Biden",
      "What's left of Hezbollah and other terrorist organizations will not be allowed to threaten the security of "
      "Israel again.", stance="threat"),
    S(IL, "Benjamin Netanyahu", "we will attack", opt=True, stance="threat"),  # headline
    S(IL, "Benjamin Netanyahu", "the length of the truce would depend on \"what happens in Lebanon.\"", kind=I,
      stance="threat"),
    S(IL, "Benjamin Netanyahu", "If Hezbollah violates the agreement and tries to arm itself, we will attack,",
      stance="threat"),
    S(IL, "Benjamin Netanyahu",
      "Israel was accepting the deal in part to focus on the Iranian threat and to give its exhausted reservists a "
      "rest", kind=I, stance="agree"),
    # in the photo caption and again in the body: one statement
    S(LB, "Najib Mikati", "This is a fundamental step towards restoring calm and stability in Lebanon,",
      stance="welcome"),
    S(LB, "Najib Mikati", "Israel to fully withdraw from the south and to abide by U.N. Security Council Resolution 1701",
      kind=I, stance="demand"),
    S(HZ, "Hassan Fadlallah", "the group would cooperate with the deployment of the Lebanese army in the south",
      kind=I, stance="agree"),
    S(HZ, "Hassan Fadlallah", "the group's fighters would remain \"fully prepared\" to confront any Israeli attack",
      kind=I, stance="threat"),
    S(LB, "senior Lebanese official",
      "Washington had given \"verbal assurances\" that Israel would not carry out strikes while the army deployed",
      kind=I, stance="neutral"),
    # the Arabic line has no Latin-script words the scorer could match: optional
    S(IL, "Avichay Adraee", "ممنوع عليكم في هذه المرحلة الانتقال جنوبًا", opt=True, stance="demand"),
    S(IL, "Avichay Adraee", "You are prohibited at this stage from moving south,", stance="demand"),
    S(IL, "Avichay Adraee", "anyone who approached Israeli forces \"puts himself in danger.\"", kind=I,
      stance="threat"),
    S(["France"], "Emmanuel Macron", "called on all sides to respect it", opt=True, kind=I, stance="demand"),
    S(["France"], "Emmanuel Macron", "This ceasefire must be the occasion to restore the full sovereignty of Lebanon,",
      stance="demand"),
    S(IR, "Esmaeil Baghaei", "the end of the aggression", stance="welcome"),
    # a civilian (no faction): optional
    S(LB, "Hussein Hammoud", "We are going home, even if home is rubble,", opt=True, stance="neutral"),
    K(3800, "killed", "people", qualifier="more than", by="Lebanon's Health Ministry"),
    K(15000, "wounded", "people", qualifier="more than", by="Lebanon's Health Ministry"),
    K(45, "killed", "civilians", qualifier="at least", by="Israeli authorities"),
    K(73, "killed", "soldiers", by="Israeli authorities"),
]

J5 = JO + EG + PA + IL + US  # the Aqaba joint communique

A["g03_afp_aqaba_huwara"] = [
    T("Feb 26, 2023", "2023-02-26"),
    T("Sunday", "2023-02-26", ctx="pledged Sunday at"),
    T("3-6 months", "P6M", opt=True),
    T("four months", "P4M", opt=True),
    T("six months", "P6M", opt=True),
    T("next month", "2023-03"),
    T("in the weeks ahead", "2023-03", opt=True),
    T("That evening", "2023-02-26", opt=True),
    T("On Wednesday", "2023-02-22"),
    T("2005", "2005"),
    P("Aqaba", text="AQABA", ctx="AQABA, Jordan"),
    P("West Bank"),
    P("Huwara"),
    P("Sharm el-Sheikh"),
    P("Judea and Samaria", opt=True),
    P("Gaza Strip"),
    P("Washington"),
    P("Har Bracha", opt=True),
    P("Nablus"),
    P("Zaatara"),
    V("Aqaba", "2023-02-26"),
    V("Sharm el-Sheikh", "2023-03"),  # the next meeting, future
    S(J5, "joint communique of Jordan, Egypt, the Palestinian Authority, Israel and the US",
      "The Jordanian, Egyptian, Palestinian, Israeli and US sides held comprehensive and frank discussions on the "
      "ways to de-escalate the situation on the ground,", stance="neutral"),
    S(J5, "joint communique",
      "confirmed their joint readiness and commitment to immediately work to end unilateral measures for a period of "
      "3-6 months,", stance="agree"),
    S(J5, "joint communique",
      "to stop discussion of any new settlement units for four months and to stop authorisation of any outposts for "
      "six months.", stance="agree"),
    S(IL, "Tzachi Hanegbi", "there is no change in Israeli policy", stance="deny"),
    S(IL, "Tzachi Hanegbi",
      "There is no freeze on construction in Judea and Samaria and no change in the status quo,", stance="deny"),
    S(IL, "Benjamin Netanyahu",
      "Construction and legalisation in Judea and Samaria will continue according to the original planning and "
      "building schedule, without any changes,", stance="reject"),
    S(IL, "Bezalel Smotrich", "no idea", opt=True, stance="neutral"),
    S(IL, "Bezalel Smotrich",
      "There will be no freeze on construction and development in the settlements, not even for one day,",
      stance="reject"),
    S(PA, "Nabil Abu Rudeineh",
      "the Palestinian delegation had gone to Aqaba \"despite the pain and the massacres\" in order \"to end this "
      "bloody cycle\"", kind=I, stance="neutral"),
    S(PA, "Nabil Abu Rudeineh", "despite the pain and the massacres", opt=True, stance="neutral"),
    S(PA, "Nabil Abu Rudeineh", "to end this bloody cycle", opt=True, stance="neutral"),
    S(PA, "Hussein al-Sheikh",
      "the Palestinians had insisted on \"the need to stop all Israeli unilateral measures\" and to hold Israel to its "
      "commitments", kind=I, stance="demand"),
    S(HA, "Hamas", "condemned the participation", opt=True, kind=I, stance="condemn"),
    S(HA, "Hazem Qassem",
      "the meeting \"does not represent our people\" and \"will not change anything on the ground\"", kind=I,
      stance="reject"),
    S(HA, "Hazem Qassem", "does not represent our people", opt=True, stance="reject"),
    S(HA, "Hazem Qassem", "will not change anything on the ground", opt=True, stance="reject"),
    S(PIJ, "Tareq Selmi", "a desperate attempt", opt=True, stance="condemn"),
    S(PIJ, "Tareq Selmi", "the group would \"continue the resistance in all its forms\"", kind=I, stance="threat"),
    S(US, "Jake Sullivan", "a starting point", opt=True, stance="welcome"),
    S(US, "Jake Sullivan", "the United States would work with both sides \"to build on it in the weeks ahead\"",
      kind=I, stance="welcome"),
    S(PA, "Mohammad Shtayyeh", "terrorism carried out by settlers under the protection of the occupation army",
      stance="condemn"),
    S(IL, "Benjamin Netanyahu",
      "I ask that even when the blood is boiling, you do not take the law into your own hands,", stance="demand"),
    K(2, "killed", "Israelis"),
    K(1, "killed", "Palestinian man"),
    K(98, "wounded", "people", by="Palestinian Red Crescent"),
    K(11, "killed", "Palestinians"),
]

A["g04_anadolu_turkiye_trade_halt"] = [
    T("02.05.2024", "2024-05-02"),
    T("02.05.2024", "2024-05-02", nth=1),
    T("on Thursday", "2024-05-02"),
    T("April 9", "2024-04-09"),
    T("on Wednesday", "2024-05-01"),
    T("earlier this week", "2024-W18", opt=True),
    T("Oct. 7", "2023-10-07"),
    P("Ankara", text="ANKARA"),
    P("Gaza Strip", text="Gaza", ctx="aid to Gaza, says"),
    P("The Hague"),
    V("Ankara", "2024-05-01", opt=True),  # Marsudi's visit (a joint news conference), implied
    S(TR, "Trade Ministry",
      "Türkiye has stopped all export and import transactions with Israel, covering all products", opt=True, kind=I,
      stance="neutral"),
    S(TR, "Trade Ministry", "Measures to remain until Israeli government allows 'uninterrupted and sufficient flow' "
                            "of humanitarian aid to Gaza", opt=True, kind=I, stance="demand"),  # standfirst
    S(TR, "Trade Ministry",
      "Export and import transactions related to Israel have been stopped, covering all products,", stance="neutral"),
    S(TR, "Trade Ministry",
      "Türkiye will strictly and decisively implement these new measures until the Israeli Government allows an "
      "uninterrupted and sufficient flow of humanitarian aid to Gaza,", stance="demand"),
    S(TR, "Trade Ministry", "the decision was the second stage of measures that began on April 9", kind=I,
      stance="neutral"),
    S(TR, "Hakan Fidan",
      "Türkiye would formally join South Africa's genocide case against Israel at the International Court of "
      "Justice in The Hague", kind=I, stance="neutral"),
    S(TR, "Hakan Fidan", "We will submit our declaration of intervention once the legal text is finalized,",
      stance="neutral"),
    S(TR, "Hakan Fidan", "must be held accountable for its crimes in Gaza.", stance="demand"),
    S(TR, "Recep Tayyip Erdoğan",
      "Türkiye would not remain silent \"while a massacre is taking place before the eyes of the world.\"", kind=I,
      stance="condemn"),
    S(IL, "Israel Katz", "accusing the Turkish leader of violating trade agreements", opt=True, kind=I,
      stance="condemn"),
    S(IL, "Israel Katz",
      "This is how a dictator behaves, disregarding the interests of the Turkish people and businessmen, and ignoring "
      "international trade agreements,", stance="condemn"),
    S(IL, "Israel Katz",
      "he had instructed the ministry to explore alternatives for trade with Türkiye, with an emphasis on local "
      "production and imports from other countries", kind=I, stance="neutral"),
    S(HA, "Hamas", "a courageous step", opt=True, stance="welcome"),
    S(HA, "Hamas", "Arab and Islamic countries to cut their economic ties with Israel", kind=I, stance="demand"),
    S(TR, "Turkish officials", "the measures do not target the Palestinian territories", kind=I, stance="deny"),
    S(TR, "source in the Trade Ministry",
      "Turkish exporters will be able to ship goods destined for Palestine through other channels", kind=I,
      stance="neutral"),
    K(34500, "killed", "Palestinians", qualifier="more than", by="local health authorities"),
    K(77700, "wounded", "Palestinians", qualifier="over", by="local health authorities"),
]

A["g05_wafa_abbas_blinken_ramallah"] = [
    T("January 31, 2023", "2023-01-31"),
    T("today", "2023-01-31", ctx="received today at"),
    T("today", "2023-01-31", ctx="happening today because", opt=True),  # inside the quote: the present
    T("last Thursday", "2023-01-26"),
    T("yesterday", "2023-01-30"),
    T("since the beginning of the year", "2023", opt=True),
    T("January 26", "2023-01-26"),
    P("Ramallah", text="RAMALLAH", ctx="RAMALLAH, January"),
    P("Ramallah", text="رام الله", opt=True),  # the Arabic title line
    P("East Jerusalem", opt=True),
    P("Al-Aqsa Mosque", opt=True),
    P("Washington", ctx="PLO office in Washington"),
    P("Jenin", ctx="Jenin camp last"),
    P("Jerusalem", ctx="occupied Jerusalem yesterday"),
    V("Ramallah", "2023-01-31"),
    V("Jerusalem", "2023-01-30"),
    S(PA, "Mahmoud Abbas",
      "holding the Israeli government fully responsible for the current escalation because of its practices that "
      "undermine the two-state solution", opt=True, kind=I, stance="condemn"),
    S(PA, "Mahmoud Abbas",
      "the Palestinian people would not accept the continuation of the occupation forever, and that the State of "
      "Palestine would not remain the only party committed to the signed agreements while Israel violates them",
      kind=I, stance="reject"),
    S(PA, "Mahmoud Abbas",
      "the US administration to pressure the Israeli government to stop its unilateral measures, including settlement "
      "activity, home demolitions and storming of Al-Aqsa Mosque, and to reopen the US consulate in East Jerusalem "
      "and the PLO office in Washington", kind=I, stance="demand"),
    S(PA, "Mahmoud Abbas",
      "an international peace conference be convened under the auspices of the Quartet to launch a political "
      "process with a specific timeframe to end the occupation", kind=I, stance="propose"),
    S(PA, "Mahmoud Abbas",
      "The Israeli government is responsible for what is happening today because of its daily crimes against our "
      "people, and the last of them was the massacre in Jenin camp last Thursday.", stance="condemn"),
    S(PA, "Mahmoud Abbas",
      "We are ready to work with the American administration and the Quartet to restore a political horizon based "
      "on international legitimacy,", stance="propose"),
    S(US, "Antony Blinken",
      "the United States remained committed to the two-state solution and opposed \"anything that takes us further "
      "from that goal\"", kind=I, stance="reject"),
    S(US, "Antony Blinken", "What we are seeing now is a shrinking of the horizon of hope, and that needs to change,",
      stance="demand"),
    S(US, "Antony Blinken", "Washington would provide an additional 50 million dollars to UNRWA", kind=I,
      stance="neutral"),
    S(PA, "Nabil Abu Rudeineh",
      "the leadership had informed the American side that its decision to halt security coordination with the "
      "occupation \"stands\", and that \"there will be no going back on it\" unless Israel stops its aggression",
      kind=I, stance="reject"),
    S(PA, "Hussein Al-Sheikh",
      "The meeting with Secretary Blinken was frank and clear. We demanded an end to the Israeli unilateral measures "
      "and the protection of our people.", stance="demand"),
    K(35, "killed", "citizens", by="WAFA"),
    K(8, "killed", "children"),
    K(10, "killed", "martyrs"),
]

QEU = QA + EG + US  # the three mediators

A["g06_qatar_mofa_ceasefire_page"] = [
    T("2025-01-15T21:40:00+03:00", "2025-01-15", opt=True),  # JSON-LD in the page head
    T("15 January 2025", "2025-01-15"),
    T("15 January 2025", "2025-01-15", nth=1),
    T("on Wednesday evening", "2025-01-15"),
    T("Sunday, January 19, 2025", "2025-01-19"),
    T("42 days", "P42D", opt=True),
    T("earlier on Wednesday", "2025-01-15"),
    T("1967", "1967"),
    T("2025", "2025", ctx="&copy; 2025", opt=True),  # the footer's copyright year
    P("Doha", ctx="Doha - Information Office"),
    P("Gaza Strip"),
    P("Cairo", ctx="based in Cairo"),
    P("East Jerusalem"),
    V("Doha", "2025-01-15"),
    S(QA, "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani",
      "The two parties in the Gaza Strip have reached an agreement on the exchange of prisoners and hostages, and the "
      "mediators announce the return of calm in the Gaza Strip, leading to a permanent ceasefire.", stance="neutral"),
    S(QA, "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani",
      "The agreement will enter into force on Sunday, January 19, 2025,", stance="neutral"),
    S(QA, "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani",
      "the first phase of the agreement will last 42 days and will include the release of 33 Israeli hostages in "
      "exchange for a number of Palestinian prisoners, the withdrawal of Israeli forces from populated areas and the "
      "entry of humanitarian aid into all parts of the Strip", kind=I, stance="neutral"),
    S(QA, "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani",
      "the State of Qatar, the Arab Republic of Egypt and the United States will follow up the implementation of the "
      "agreement through a joint mechanism based in Cairo", kind=I, stance="neutral"),
    S(QA, "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani",
      "We call on both parties to abide by the agreement in all its phases, and we hope it will be the last page of "
      "this war,", stance="demand"),
    S(QEU, "joint statement of Qatar, Egypt and the United States",
      "The State of Qatar, the Arab Republic of Egypt and the United States of America will work together to ensure "
      "that the parties fully implement the agreement in its three phases.", stance="neutral"),
    S(QEU, "joint statement of Qatar, Egypt and the United States",
      "the mediators would remain in contact with the parties \"to address any obstacles that may arise.\"", kind=I,
      stance="neutral"),
    S(QA, "Ministry of Foreign Affairs",
      "the State of Qatar stands firmly by the brotherly Palestinian people and will not abandon its efforts until an "
      "independent Palestinian state is established on the 1967 borders with East Jerusalem as its capital", kind=I,
      stance="neutral"),
    S(QA, "Ministry of Foreign Affairs",
      "the agreement does not absolve the occupation of its responsibility for the destruction in the Strip", kind=I,
      stance="condemn"),
    S(QA, "Ministry of Foreign Affairs", "the international community to support reconstruction", kind=I,
      stance="demand"),
]

J2 = IL + PA  # the Olmert-Abbas joint understanding read by Bush

A["g07_haaretz_annapolis_wrapped"] = [
    T("28/11/2007", "2007-11-28"),
    T("2008", "2008", ctx="peace treaty by end of 2008"),
    T("yesterday", "2007-11-27"),
    T("2008", "2008", ctx="by the end of 2008, U.S."),
    T("2008", "2008", ctx="the end of\n2008,\""),
    T("1967", "1967"),
    T("December 12", "2007-12-12"),
    T("today", "2007-11-28"),
    P("Annapolis", text="ANNAPOLIS"),
    P("Maryland", opt=True),
    P("U.S. Naval Academy", opt=True),
    P("Jerusalem", ctx="negotiated in Jerusalem"),
    P("East Jerusalem", opt=True),
    P("White House"),
    P("Gaza Strip"),
    P("Gaza City"),
    P("Tehran"),
    P("Hebron"),
    V("Annapolis", "2007-11-27"),
    V("White House", "2007-11-28"),
    S(US, "George W. Bush",
      "Prime Minister Ehud Olmert and Palestinian\nAuthority Chairman Mahmoud Abbas agreed yesterday to launch "
      "immediate\nnegotiations aimed at reaching a peace treaty by the end of 2008", kind=I, stance="neutral"),
    S(J2, "joint understanding of Olmert and Abbas, read by Bush",
      "We agree to\nimmediately launch good-faith bilateral negotiations in order to\nconclude a peace treaty, "
      "resolving all outstanding issues, including\nall core issues without exception, as specified in previous\n"
      "agreements.", stance="agree"),
    S(J2, "joint understanding of Olmert and Abbas, read by Bush",
      "We agree to engage in vigorous, ongoing and continuous negotiations,\nand shall make every effort to conclude "
      "an agreement before the end of\n2008,", stance="agree"),
    S(US, "George W. Bush", "the time is right", opt=True, stance="neutral"),
    S(US, "George W. Bush", "\"the time is right\" for a\nPalestinian state", kind=I, stance="neutral"),
    S(US, "George W. Bush", "We must not cede victory to the extremists,", stance="neutral"),
    S(IL, "Ehud Olmert", "a painful compromise, rife with\nrisks,", stance="agree"),
    S(IL, "Ehud Olmert",
      "no agreement would be implemented before the\nPalestinians met their commitments under the road map to fight "
      "terror", kind=I, stance="demand"),
    S(IL, "Ehud Olmert", "We will not be able to implement any agreement until the terror\nstops,", stance="demand"),
    S(PA, "Mahmoud Abbas",
      "Israel end the occupation\nthat began in 1967 and said that East Jerusalem must be the capital of\nthe "
      "Palestinian state", kind=I, stance="demand"),
    S(PA, "Mahmoud Abbas", "We do not want to miss this opportunity,\nbecause it may not be repeated,",
      stance="neutral"),
    S(IL, "Tzipi Livni", "the core issues would\nbe negotiated in Jerusalem and not in Annapolis", kind=I,
      stance="neutral"),
    S(HA, "Ismail Haniyeh", "rejected the conference outright", opt=True, kind=I, stance="reject"),
    S(HA, "Ismail Haniyeh",
      "Any decisions taken at Annapolis\nare not binding on the Palestinian people,", stance="reject"),
    # transliteration variant "Haniya" for the same speaker
    S(HA, "Ismail Haniyeh",
      "Hamas would \"not recognize the\noccupation and will not give up one inch of Palestine.\"", kind=I,
      stance="reject"),
    S(HA, "Ismail Haniyeh", "not recognize the\noccupation and will not give up one inch of Palestine.", opt=True,
      stance="reject"),
    S(PIJ, "Khaled al-Batsh", "a conspiracy against the rights of our people.", stance="condemn"),
    S(IR, "Mahmoud Ahmadinejad",
      "the meeting had \"already\nfailed\" and that the Palestinians would not accept it", kind=I, stance="reject"),
    S(SA, "Saud al-Faisal",
      "his country had come to support the\nPalestinian position and would not normalize relations with Israel\n"
      "before a comprehensive settlement", kind=I, stance="reject"),
    S(SA, "Saud al-Faisal", "We are not here for handshakes,", stance="reject"),
    K(1, "killed", "man", by="Palestinian medical sources"),
    K(35, "wounded", "demonstrators", by="Palestinian medical sources"),
]

A["g08_jpost_bennett_sisi_sharm"] = [
    T("SEPTEMBER 13, 2021", "2021-09-13"),
    T("September 13, 2021", "2021-09-13"),
    T("on Monday", "2021-09-13"),
    T("late Monday night", "2021-09-13"),
    T("in more than ten years", "P10Y", opt=True),
    T("May", "2021-05", ctx="11-day war in May"),
    T("August", "2021-08", ctx="Israel in August"),
    P("Sharm el-Sheikh"),
    P("Sinai"),
    P("Gaza Strip", text="Gaza", ctx="stability in Gaza"),
    P("Ramallah"),
    P("Cairo", ctx="invites Bennett to Cairo", opt=True),  # a Read more link; "Cairo has mediated" is metonymic
    V("Sharm el-Sheikh", "2021-09-13"),
    S(IL, "Naftali Bennett", "We created a foundation for a deep connection going forward,", stance="welcome"),
    S(IL, "Naftali Bennett",
      "ways to deepen cooperation between the countries and to strengthen the Israeli economy.", stance="neutral"),
    # pull quote (shorter than the body quote): optional
    S(IL, "Naftali Bennett", "Egypt is playing an increasingly important role in our region", opt=True,
      stance="welcome"),
    S(IL, "Naftali Bennett",
      "Egypt is playing an increasingly important role in our region, and is a central factor in maintaining "
      "security and stability in Gaza,", stance="welcome"),
    # through the presidential spokesman: the speaker is Sisi
    S(EG, "Abdel Fattah al-Sisi",
      "all efforts to achieve comprehensive peace in the Middle East on the basis of the two-state solution.",
      stance="neutral"),
    S(EG, "Abdel Fattah al-Sisi",
      "the importance of the international community's support for the reconstruction of Gaza, and urged Israel to "
      "maintain calm in the Palestinian territories", kind=I, stance="demand"),
    S(IL, "Israeli diplomatic source",
      "the two leaders had discussed the return of the Israeli captives and the remains of the soldiers held by "
      "Hamas, as well as the Iranian nuclear program", kind=I, stance="neutral"),
    # reported through the source: the speaker is Bennett
    S(IL, "Naftali Bennett", "Israel would not hold peace talks with Palestinian Authority President Mahmoud Abbas",
      kind=I, stance="reject"),
    S(HA, "Hamas", "Nothing will change", opt=True, stance="reject"),  # section heading
    S(HA, "Fawzi Barhoum", "the movement was not concerned by the meeting", kind=I, stance="neutral"),
    S(HA, "Fawzi Barhoum", "The occupation will not take through politics what it failed to take through war,",
      stance="reject"),
    S(PA, "Mohammad Shtayyeh", "Israel's talk of economic steps was no substitute for negotiations", kind=I,
      stance="reject"),
    S(PA, "Mohammad Shtayyeh", "There is no economic peace without a political horizon,", stance="reject"),
    S(IL, "Yair Lapid", "a strategic partner", opt=True, stance="welcome"),
    S(IL, "Yair Lapid", "The relationship between Israel and Egypt is an anchor of stability in the region.",
      stance="welcome"),
    S(EG, "senior Egyptian official",
      "Cairo did not expect \"any breakthroughs\" on the Palestinian file soon, but that the meeting \"opens a "
      "door.\"", kind=I, stance="neutral"),
]

A["g09_bbc_live_ceasefire_begins"] = [
    T("Today", "2025-01-19"),
    T("Today", "2025-01-19", nth=1),
    T("on his last full day in office", "2025-01-19", opt=True),
    T("later tonight", "2025-01-19", opt=True),
    T("this morning", "2025-01-19"),
    # clock times on the day (not scored as dates): optional
    T("11:15 local time", "2025-01-19", ctx="effect at 11:15 local time", opt=True),
    T("09:15 GMT", "2025-01-19", opt=True),
    T("08:30", "2025-01-19", ctx="since 08:30", opt=True),
    T("months of diplomacy", "P3M", opt=True),
    P("Gaza Strip", text="Gaza", ctx="LIVE Gaza ceasefire"),
    P("Gaza City"),
    P("Istanbul", opt=True),  # reporters' locations in the credit line
    P("Jerusalem", opt=True),
    P("Ofer prison", opt=True),
    P("West Bank"),
    P("Sheba Medical Center", opt=True),
    P("Tel Aviv"),
    P("Northern Gaza", text="northern", ctx="in northern and central Gaza", opt=True),
    P("Central Gaza", text="central Gaza", opt=True),
    S(IL, "Israel",
      "it would not begin the truce until Hamas handed over the names of the first three hostages to be freed",
      kind=I, stance="demand"),
    S(IL, "Israeli military",
      "Romi Gonen, Emily Damari and Doron Steinbrecher have been handed over to the Red Cross in Gaza City", kind=I,
      stance="neutral"),
    S(IL, "Israeli military",
      "the three women have crossed into Israel and are being taken to Sheba Medical Center near Tel Aviv", kind=I,
      stance="neutral"),
    # a civil group, not a faction: optional
    S(IL, "Hostages and Missing Families Forum", "Our hearts are with them. We will not rest until the last hostage "
                                                  "is home.", opt=True, stance="neutral"),
    S(US, "Joe Biden", "Today, the guns in Gaza have gone silent", stance="welcome"),
    S(US, "Joe Biden",
      "was the product not only of the extreme pressure Hamas was under, but also of months of diplomacy",
      stance="neutral"),
    S(HA, "Hamas", "Commitment of the occupation is the guarantee", stance="agree"),  # entry headline, unquoted
    S(HA, "Hamas",
      "the success of the agreement \"depends on the occupation's commitment\" to its terms, and that the movement "
      "\"is committed to the agreement as long as the occupation is.\"", kind=I, stance="agree"),
    S(HA, "Hamas",
      "it will hand over the names of the hostages to be released in each stage \"on time\"", kind=I, stance="agree"),
    S(IL, "Itamar Ben-Gvir", "a surrender to Hamas", stance="reject"),
    S(IL, "Itamar Ben-Gvir", "his party would return \"if the war is resumed with full force.\"", kind=I,
      stance="demand"),
    S(QA, "Majed al-Ansari", "Ceasefire now in effect", opt=True, stance="neutral"),  # entry headline
    S(QA, "Majed al-Ansari", "the truce began at 11:15", kind=I, stance="neutral"),
    S(QA, "Majed al-Ansari",
      "The ceasefire in Gaza has entered into force at 11:15 local time. We call on all parties to respect their "
      "commitments.", stance="demand"),  # a post on X, no quotation marks
    S(HA, "Gaza's civil defence agency",
      "at least 19 people have been killed and 36 wounded in Israeli strikes since 08:30", opt=True, kind=I,
      stance="neutral"),
    S(IL, "Israeli military", "terror targets", opt=True, stance="neutral"),
    S(HA, "Hamas", "technical reasons", opt=True, stance="neutral"),
    S(HA, "Hamas",
      "the delay in handing over the names was caused by \"technical field reasons\" and that it remains committed to "
      "the deal", kind=I, stance="neutral"),
    S(IL, "Israeli military", "Ceasefire will not begin until list received", stance="demand"),  # entry headline
    S(IL, "Israeli military",
      "the ceasefire \"will not come into effect\" until Israel receives the list of hostages, and that it "
      "\"continues to strike\" in Gaza", kind=I, stance="threat"),
    S(IL, "Daniel Hagari",
      "The IDF is ready, both in defence and in attack, and will respond to any violation.", stance="threat"),
    S(IL, "Benjamin Netanyahu's office",
      "will not move forward with the framework until it receives the list of released hostages that Hamas committed "
      "to providing.", stance="demand"),
    S(IL, "Benjamin Netanyahu's office", "Israel will not tolerate violations of the agreement,", stance="threat"),
    S(PA, "Mahmoud Abbas", "the PA is \"fully ready\" to assume its responsibilities in Gaza", kind=I,
      stance="propose"),
    K(19, "killed", "people", qualifier="at least", by="Gaza's civil defence agency"),
    K(36, "wounded", "people", by="Gaza's civil defence agency"),
]

A["g10_un_press_sc_resolution_2735"] = [
    T("10 June 2024", "2024-06-10"),
    T("2024", "2024", ctx="Resolution 2735 (2024) Welcoming", opt=True),  # part of the resolution's symbol
    T("this afternoon", "2024-06-10"),
    T("31 May", "2024-05-31"),
    T("2024", "2024", ctx="resolution 2735 (2024) by", opt=True),
    T("Today", "2024-06-10", ctx="\"Today, this Council"),
    T("today", "2024-06-10", ctx="could stop today"),
    P("Gaza Strip"),
    V("New York", "2024-06-10", opt=True),  # the Council's meeting; the place is implied
    S(UN, "Security Council",
      "welcoming the three-phase ceasefire proposal announced on 31 May and calling on both Hamas and Israel to fully "
      "implement its terms", opt=True, kind=I, stance="welcome"),
    S(UN, "Security Council", "Without Delay", opt=True, stance="demand"),  # headline
    S(UN, "Security Council", "without delay and without condition", stance="demand"),
    S(UN, "Security Council",
      "the proposal, if accepted by the parties, would lead to \"a permanent end to hostilities\" and \"the "
      "withdrawal of Israeli forces from Gaza\"", kind=I, stance="neutral"),
    S(UN, "Security Council",
      "rejected any attempt at demographic or territorial change in the Gaza Strip, including any actions that reduce "
      "the territory of Gaza", opt=True, kind=I, stance="reject"),
    # the quote runs over two paragraphs (no closing mark at the end of the first)
    S(US, "Linda Thomas-Greenfield",
      "Today, this Council sent a clear message to Hamas: accept the ceasefire deal on the table.", stance="demand"),
    S(US, "Linda Thomas-Greenfield",
      "Israel has already agreed to this deal, and the fighting could stop today if Hamas would do the same.",
      stance="demand"),
    S(US, "Linda Thomas-Greenfield",
      "Hamas says it wants a ceasefire. This deal is an opportunity for them to prove it,", stance="demand"),
    S(["Russia"], "Vassily Nebenzia",
      "his delegation had many questions about the text, starting with whether Israel had in fact agreed to the deal",
      kind=I, stance="neutral"),
    # hedged, negated: not a rejection
    S(["Russia"], "Vassily Nebenzia",
      "We did not want to block this resolution, since, as far as we understand, it is supported by the Arab world,",
      stance="neutral"),
    S(["Russia"], "Vassily Nebenzia",
      "Russia was not convinced, however, that the parties' positions had really converged", opt=True, kind=I,
      stance="neutral"),
    S(["Algeria"], "Amar Bendjama",
      "his delegation voted in favour because it believed the text \"could represent a step forward towards an "
      "immediate and permanent ceasefire\"", kind=I, stance="agree"),
    S(["Algeria"], "Amar Bendjama", "The text is not perfect, he acknowledged, but it offers \"a glimmer of hope\" to "
                                    "Palestinians", opt=True, kind=I, stance="neutral"),
    S(["Algeria"], "Amar Bendjama", "More than 37,000 Palestinians have been killed. Enough is enough,",
      stance="condemn"),
    S(["China"], "Fu Cong",
      "his delegation voted in favour but harboured doubts about whether the proposal would be implemented", kind=I,
      stance="neutral"),
    S(["China"], "Fu Cong", "must ensure that the resolution is not just words on paper", stance="demand"),
    S(["United Kingdom"], "Barbara Woodward", "London would continue to press all parties \"to seize this "
                                              "opportunity\"", kind=I, stance="demand"),
    S(IL, "Reut Shapir Ben-Naftaly", "Israel's goals had not changed", kind=I, stance="neutral"),
    S(IL, "Reut Shapir Ben-Naftaly",
      "We will continue until all hostages are returned and Hamas's military and governing capabilities are "
      "dismantled,", stance="threat"),
    S(IL, "Reut Shapir Ben-Naftaly",
      "Israel would not engage in \"meaningless, endless negotiations\" that Hamas could exploit to buy time", kind=I,
      stance="reject"),
    S(PA, "Riyad Mansour", "The ball is now in Israel's court. We want this bloodshed to stop.", stance="demand"),
    S(PA, "Riyad Mansour", "the Council to ensure that the resolution is implemented, \"unlike all the others\"",
      kind=I, stance="demand"),
    S(HA, "Hamas",
      "it welcomed the resolution and was ready to cooperate with the mediators on implementing the principles \"that "
      "meet the demands of our people and resistance\"", kind=I, stance="agree"),
    # "did not reject": a non-act, not a rejection
    S(IL, "Israel", "Israel did not reject the resolution", opt=True, kind=I, stance="neutral"),
    S(IL, "senior Israeli official", "Israel would not end the war before its goals were achieved", kind=I,
      stance="threat"),
    K(37000, "killed", "Palestinians", qualifier="more than", by="Amar Bendjama"),
]

A["g11_statedept_briefing_transcript"] = [
    T("August 20, 2024", "2024-08-20"),
    T("August 20, 2024", "2024-08-20", nth=1),
    T("yesterday", "2024-08-19"),
    T("Today", "2024-08-20", ctx="Today the Secretary met"),
    T("today", "2024-08-20", ctx="Hamas said today"),
    T("today", "2024-08-20", ctx="hostages today"),
    T("this weekend", "2024-W33", opt=True),
    T("over the weekend", "2024-W33", opt=True),
    T("later this week", "2024-W34"),
    T("today", "2024-08-20", ctx="ministry said today"),
    T("1:14 p.m. EDT", "2024-08-20", opt=True),
    T("2:41 p.m.", "2024-08-20", opt=True),
    P("Washington", text="Washington, D.C."),
    P("Jerusalem"),
    P("El Alamein"),
    P("Doha", ctx="traveling to Doha"),
    P("Philadelphi corridor", opt=True),
    P("Gaza Strip", text="Gaza", ctx="forces from Gaza"),
    P("Tehran"),
    P("Cairo", ctx="be in Cairo"),
    V("Jerusalem", "2024-08-19"),
    V("El Alamein", "2024-08-20"),
    V("Doha", "2024-08-20", opt=True),  # traveling there to meet the Emir
    V("Cairo", "2024-W34"),  # the negotiators' meeting later this week
    # reported through the spokesman: the speakers are Netanyahu and Sisi
    S(IL, "Benjamin Netanyahu",
      "Israel accepts the bridging proposal put forward by the United States, Egypt, and Qatar", kind=I,
      stance="agree"),
    S(US, "Matthew Miller", "Now it is incumbent on Hamas to do the same.", stance="demand"),
    S(EG, "Abdel Fattah al-Sisi", "Egypt would continue to press Hamas to engage seriously", kind=I, stance="demand"),
    # relayed in a reporter's question
    S(HA, "Hamas",
      "the bridging proposal \"responds to Netanyahu's conditions\" and that it is not prepared to negotiate a new "
      "text", kind=I, stance="reject"),
    S(US, "Matthew Miller", "No, I would not say that. We have seen the statement.", opt=True, stance="deny"),
    S(US, "Matthew Miller",
      "Hamas has not formally rejected the proposal, and we are continuing to work through the mediators.",
      stance="deny"),
    S(US, "Matthew Miller", "We don't think this is over.", stance="deny"),
    S(HA, "Hamas", "But Hamas is saying they won't accept it.", opt=True, kind=I, stance="reject"),
    S(US, "Matthew Miller",
      "what matters is the answer it gives to the mediators. That answer has not come yet.", stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "Israel would not withdraw from the Philadelphi corridor \"under any circumstances.\"", kind=I,
      stance="reject"),
    S(US, "Matthew Miller", "I'm not going to negotiate in public.", stance="neutral"),
    S(US, "Matthew Miller",
      "The proposal is very clear about the phased withdrawal of Israeli forces from Gaza, and the United States does "
      "not accept any long-term Israeli occupation of Gaza.", stance="reject"),
    S(IR, "Iranian officials",
      "their response to the killing of Ismail Haniyeh in Tehran is \"certain.\"", kind=I, stance="threat"),
    S(US, "Matthew Miller",
      "We have made clear to Iran, both publicly and through intermediaries, that any attack would bring serious "
      "consequences, and we will continue to defend Israel.", stance="threat"),
    S(US, "Matthew Miller",
      "No one should take steps that would escalate the conflict at this moment, when a deal is within reach.",
      stance="demand"),
    S(QA, "Sheikh Mohammed bin Abdulrahman Al Thani", "Doha would keep hosting talks", kind=I, stance="neutral"),
    S(US, "Matthew Miller", "We expect the negotiators to meet in Cairo later this week", stance="neutral"),
    S(US, "Matthew Miller", "The Qataris and the Egyptians have been indispensable partners in this process.",
      opt=True, stance="welcome"),
    # hedged: does not dispute the figure
    S(US, "Matthew Miller", "We have no reason to believe the numbers are dramatically off.", stance="neutral"),
    S(US, "Matthew Miller",
      "Far too many civilians have been killed, and that's why we want to see this ceasefire done.", stance="demand"),
    K(40139, "killed", "people", by="Gaza health ministry"),
]

A["g12_arabnews_crown_prince_shura"] = [
    T("18 September 2024", "2024-09-18"),
    T("on Wednesday", "2024-09-18", ctx="Riyadh on Wednesday"),
    T("on Wednesday", "2024-09-18", ctx="said on Wednesday that"),
    T("On Tuesday", "2024-09-17"),
    T("later on Tuesday", "2024-09-17"),
    T("Oct. 7", "2023-10-07"),
    P("Riyadh", ctx="Shura Council in Riyadh"),
    P("East Jerusalem"),
    P("Gaza Strip", text="Gaza", ctx="ceasefire in Gaza"),
    P("Washington", ctx="In Washington"),
    P("NEOM", opt=True),  # a Related link
    V("Riyadh", "2024-09-17"),
    S(SA, "Mohammed bin Salman", "No diplomatic relations with Israel without Palestinian state,", opt=True,
      stance="reject"),  # headline
    # the caption quote is the end of the body quote: optional
    S(SA, "Mohammed bin Salman", "The Kingdom will not establish diplomatic relations with Israel without that,",
      opt=True, stance="reject"),
    S(SA, "Mohammed bin Salman",
      "Saudi Arabia would not establish diplomatic relations with Israel without the creation of a Palestinian state",
      kind=I, stance="reject"),
    S(SA, "Mohammed bin Salman",
      "The Kingdom will not cease its tireless work toward the establishment of an independent Palestinian state "
      "with East Jerusalem as its capital, and we affirm that the Kingdom will not establish diplomatic relations "
      "with Israel without that,", stance="reject"),
    S(SA, "Mohammed bin Salman", "the crimes of the Israeli occupation against the Palestinian people",
      stance="condemn"),
    S(SA, "Mohammed bin Salman", "the Kingdom rejected \"its violations of international law.\"", kind=I,
      stance="reject"),
    S(SA, "Mohammed bin Salman",
      "Saudi Arabia would press on with its efforts to mobilize international recognition of Palestine", kind=I,
      stance="neutral"),
    S(SA, "Mohammed bin Salman",
      "We value the position of friendly countries that have recognized the State of Palestine, and we call on other "
      "countries to take this step,", stance="demand"),
    S(PA, "Mohammad Mustafa",
      "the Palestinian government counted on the Kingdom's \"pivotal role\" in stopping the war", kind=I,
      stance="neutral"),
    S(SA + EG, "Faisal bin Farhan and Badr Abdelatty",
      "the need for an immediate ceasefire in Gaza and the entry of humanitarian aid without obstruction", kind=I,
      stance="demand"),
    # "his Egyptian counterpart ... The Egyptian minister": Abdelatty
    S(EG, "Badr Abdelatty", "the escalation risked dragging the region into \"an all-out war.\"", kind=I,
      stance="neutral"),
    S(US, "Matthew Miller",
      "the United States still believed normalization was \"achievable,\" but acknowledged that it would require \"a "
      "credible pathway to a Palestinian state.\"", kind=I, stance="neutral"),
    S(IL, "Israeli official",
      "normalization with Riyadh remained \"a strategic goal\" but that Israel would not accept a Palestinian state "
      "\"imposed from outside.\"", kind=I, stance="reject"),
    S(HA, "Hamas", "a clear response to the occupation's illusions", stance="welcome"),
    S(HA, "Hamas", "Arab states to freeze all forms of normalization", kind=I, stance="demand"),
    S(PA, "Nabil Abu Rudeineh", "the Kingdom's firm and principled position", stance="welcome"),
    S(SA, "Faisal bin Farhan", "Israel's actions in Gaza 'will not go unpunished'", opt=True, stance="threat"),
    K(41200, "killed", "Palestinians", qualifier="more than", by="Gaza health ministry"),
]

# After the blind run (a genuine annotation inconsistency, not a change to fit the system): the conventions make the
# quoted fragments inside a mixed indirect statement optional statements of the same speaker, but the first gold
# had them only in g01 (Hamas), g03 (Abu Rudeineh, Qassem) and g07 (Haniya). Every such fragment is now added as
# optional, for all indirect statements of the set, whether or not the system found it.
add_fragments(A)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
