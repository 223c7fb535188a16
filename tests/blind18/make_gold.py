"""Build tests/blind18/gold.json from the hand annotations below (run: python tests/blind18/make_gold.py).

A blind set (blind18) of statement-heavy pages from regional and state media writing in English, twelve outlets not
used by the earlier sets, written and annotated without reading the extractor code (``lib/``), the git log,
``docs/`` or the articles of the other sets. Offsets are character offsets into
``open(path, encoding="utf-8").read()`` (the way the scorer reads the files), found by exact substring search:
``ctx`` (a longer, unique stretch of text) locates the mention when the bare text repeats, ``nth`` picks the n-th
occurrence. Every span is checked with ``text[start:end] == item['text']`` and every direct quote must occur
verbatim in its article. Every statement carries a ``stance`` (threat, reject, condemn, welcome, demand, propose,
agree, deny, neutral) for ``bench/stance_eval.py``. The format is the one of ``shared/eval/gold/seeds.json``;
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
    "Tehran": (35.6944, 51.4215), "Muscat": (23.5841, 58.4078), "Beirut": (33.8938, 35.5018),
    "Jeddah": (21.5169, 39.2192), "White House": (38.8977, -77.0365), "Ankara": (39.9199, 32.8543),
    "Istanbul": (41.0138, 28.9497), "Cairo": (30.0626, 31.2497), "Doha": (25.2854, 51.5310),
    "Rafah": (31.2969, 34.2455), "Washington": (38.8951, -77.0364), "Al-Aqsa Mosque": (31.7761, 35.2358),
    "Riyadh": (24.6877, 46.7219), "King Abdulaziz International Conference Center": (24.6643, 46.6240),
    "Jerusalem": (31.7690, 35.2163), "Amman": (31.9552, 35.9450), "Gaza City": (31.5017, 34.4668),
    "Tel Aviv": (32.0809, 34.7806), "Ramallah": (31.8996, 35.2042), "Rabia": (31.9800, 35.8800),
    "Majdal Shams": (33.2694, 35.7708), "Bethlehem": (31.7049, 35.2038), "Sanaa": (15.3547, 44.2067),
    "Bab al-Mandab": (12.5833, 43.3333), "Sidon": (33.5631, 35.3689), "Tyre": (33.2733, 35.1939),
    "Bint Jbeil": (33.1194, 35.4336), "Marjayoun": (33.3606, 35.5908), "New York": (40.7143, -74.0060),
    "Islamabad": (33.7215, 73.0433), "Panjgur": (26.9644, 64.0903), "Davos": (46.8027, 9.8360),
    "Saravan": (27.3709, 62.3342), "Erbil": (36.1912, 44.0092), "Baghdad": (33.3406, 44.4009),
    "Damascus": (33.5102, 36.2913), "US consulate Erbil": (36.2250, 43.9500),
    # regions
    "Khuzestan": (31.40, 48.90), "Ilam": (33.30, 46.80), "Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25),
    "Southern Lebanon": (33.27, 35.40), "Middle East": (29.0, 41.0), "Red Sea": (20.0, 38.5),
    "Litani River": (33.33, 35.35), "Sistan-Baluchestan": (28.00, 60.50), "Balochistan": (28.50, 65.50),
    "Kurdistan Region": (36.20, 44.00),
}
RADIUS = {"Khuzestan": 150, "Ilam": 100, "Gaza Strip": 60, "West Bank": 60, "Southern Lebanon": 60,
          "Middle East": 1500, "Red Sea": 800, "Litani River": 60, "Sistan-Baluchestan": 300, "Balochistan": 300,
          "Kurdistan Region": 200}
# a place is required once per article; landmarks inside a required city, reporters' locations in credit lines,
# agency home datelines, "Middle East" and "Red Sea" are opt; capitals used for governments are not places.
I = "indirect"  # noqa: E741
US = ["United States"]
IL = ["Israel"]
HA = ["Hamas"]
PIJ = ["Palestinian Islamic Jihad"]
PA = ["Palestinian Authority", "PLO", "Fatah"]
UN = ["United Nations"]
EG = ["Egypt"]
JO = ["Jordan"]
QA = ["Qatar"]
IR = ["Iran"]
LB = ["Lebanon"]
HZ = ["Hezbollah"]
TR = ["Turkey"]
SA = ["Saudi Arabia"]
OM = ["Oman"]
PK = ["Pakistan"]
CN = ["China"]
IQ = ["Iraq"]
HT = ["Houthis"]
KR = ["Kurdistan Region"]

A = {}

A["h01_mehr_araghchi_albusaidi_call"] = [
    T("Oct. 27", "2024-10-27"),
    T("on Sunday", "2024-10-27", nth=0), T("on Sunday", "2024-10-27", nth=1), T("on Sunday", "2024-10-27", nth=2),
    T("Saturday", "2024-10-26", nth=0), T("Saturday", "2024-10-26", nth=1),
    T("on Tuesday", "2024-10-29"), T("October 1", "2024-10-01"),
    P("Tehran"), P("Khuzestan"), P("Ilam"), P("Muscat"), P("Beirut"),
    V("Muscat", "2024-10-29"),
    V("Tehran", "2024-10-27", opt=True),  # a domestic cabinet meeting
    S(IR, "Abbas Araghchi",
      "the Islamic Republic of Iran \"reserves its inherent and legal right to respond to this aggression at the "
      "appropriate time.\"", kind=I, stance="threat"),
    S(IR, "Abbas Araghchi",
      "The Zionist regime has once again shown that it respects no red line, and the silence of certain Western "
      "countries has emboldened it,", stance="condemn"),
    S(IR, "Abbas Araghchi",
      "called on the countries of the region to take a unified position against the regime's \"warmongering.\"",
      kind=I, stance="demand"),
    S(OM, "Badr bin Hamad Albusaidi",
      "the attack was a clear violation of Iran's sovereignty and of international law", kind=I, stance="condemn"),
    S(OM, "Badr bin Hamad Albusaidi", "underlined the need to prevent the expansion of the war in the region",
      kind=I, opt=True, stance="demand"),
    S(OM, "Oman's Foreign Ministry",
      "The Sultanate strongly condemns the Israeli military aggression against the Islamic Republic of Iran, which "
      "is a flagrant violation of its sovereignty.", stance="condemn"),
    S(IL, "Israeli military",
      "its strikes had been \"precise and targeted\" and that Israel \"now has wider freedom of action in Iran\"",
      kind=I, stance="neutral"),
    S(IR, "Iranian officials", "the attack caused only \"limited damage\"", kind=I, stance="deny"),
    # a fact report through the army's statement (opt)
    S(IR, "Iranian army", "four military personnel were martyred while confronting the attack", kind=I, opt=True,
      stance="neutral"),
    S(IR, "Masoud Pezeshkian", "We do not seek war, but we will defend the rights of our nation and our country.",
      stance="threat"),
    S(IR, "Masoud Pezeshkian", "the government would give \"an appropriate answer\" to the Zionist regime", kind=I,
      stance="threat"),
    S(IR, "Ali Khamenei", "the evil committed by the Zionist regime should neither be exaggerated nor downplayed.",
      stance="neutral"),
    S(IR, "Abbas Araghchi", "thanked Oman for its principled position", kind=I, opt=True, stance="welcome"),
    S(IR + OM, "Araghchi and Albusaidi", "both sides agreed to continue consultations", kind=I, opt=True,
      stance="agree"),
    # related-news headlines (opt)
    S(IR, "Masoud Pezeshkian", "Iran does not seek war", opt=True, stance="neutral"),
    S(IR, "Esmaeil Baghaei", "Zionist regime's claims are lies", opt=True, stance="deny"),
    K(4, "killed", "military personnel"),
]

A["h02_tasnim_baghaei_weekly_presser"] = [
    T("Monday, February 10, 2025", "2025-02-10"), T("on Monday", "2025-02-10"),
    T("last week", "2025-W06"), T("February 4", "2025-02-04"), T("this week", "2025-W07"),
    T("on Friday", "2025-02-14"), T("last Tuesday", "2025-02-04"), T("2015", "2015"),
    P("Tehran"), P("Gaza Strip"), P("Jeddah"), P("White House"),
    P("Southern Lebanon", "southern Lebanon"), P("Middle East", opt=True),
    V("Jeddah", "2025-02-14"), V("White House", "2025-02-04"),
    S(IR, "Esmaeil Baghaei",
      "describing it as a continuation of the Zionist regime's project to \"completely wipe out Palestine\"", kind=I,
      opt=True, stance="condemn"),
    S(IR, "Esmaeil Baghaei",
      "the idea of forcibly displacing the people of Gaza to neighbouring countries is \"a crime against humanity\" "
      "and a flagrant violation of international law", kind=I, stance="condemn"),
    S(IR, "Esmaeil Baghaei",
      "The people of Gaza have stood for fifteen months under genocide and bombardment and did not leave their "
      "land. They will certainly not leave it now because of a real estate plan,", stance="reject"),
    # relayed in a reporter's question
    S(US, "Donald Trump", "he would prefer \"a deal\" with Iran to military action", kind=I, stance="propose"),
    S(IR, "Esmaeil Baghaei",
      "One cannot talk about negotiation and at the same time sign a memorandum of maximum pressure. Their actions "
      "contradict their words.", stance="reject"),
    S(["European Union"], "Some European officials",
      "Iran is enriching uranium at levels with no civilian justification", kind=I, opt=True, stance="condemn"),
    S(IR, "Esmaeil Baghaei",
      "These allegations are not new. Iran's nuclear programme is entirely peaceful and under the supervision of "
      "the International Atomic Energy Agency. We have never sought nuclear weapons and we will never seek them.",
      stance="deny"),
    S(IR, "Esmaeil Baghaei",
      "the three European countries that are party to the JCPOA \"have no moral standing\" to lecture Iran after "
      "failing to fulfil their own commitments under the 2015 deal", kind=I, stance="reject"),
    S(IR, "Esmaeil Baghaei",
      "consultations with regional countries were continuing and that Araghchi would attend a meeting of the "
      "Organisation of Islamic Cooperation in Jeddah on Friday", kind=I, stance="neutral"),
    S(IR, "Esmaeil Baghaei",
      "We have called for an emergency OIC meeting so that Islamic countries take a firm and practical stance "
      "against this dangerous plan,", stance="demand"),
    S(IR, "Esmaeil Baghaei", "the regional consensus against it was \"valuable and must be preserved\"", kind=I,
      stance="welcome"),
    S(IR, "Esmaeil Baghaei",
      "the guarantors of the truce \"bear responsibility\" for the continued Israeli presence in southern Lebanon",
      kind=I, stance="condemn"),
    S(US, "Donald Trump",
      "the United States \"will take over the Gaza Strip\" and turn it into \"the Riviera of the Middle East\"",
      kind=I, stance="propose"),
    S(IL, "Benjamin Netanyahu", "the first good idea I've heard", stance="welcome"),
    S(IR, "Esmaeil Baghaei", "proof that Washington and Tel Aviv \"speak with one voice\"", kind=I, opt=True,
      stance="condemn"),
    # headline, Persian line and a "Most Visited" headline (opt)
    S(IR, "Esmaeil Baghaei", "Iran Rejects Any Plan for Forced Displacement of Gazans", opt=True, stance="reject"),
    S(IR, "Esmaeil Baghaei", "سخنگوی وزارت امور خارجه: طرح آواره‌سازی مردم غزه محکوم است", opt=True,
      stance="condemn"),
    S(IR, "Ali Khamenei", "Negotiation with America is not wise", opt=True, stance="reject"),
]

A["h03_yenisafak_erdogan_hamas_group_meeting"] = [
    T("25/10/2023", "2023-10-25"), T("Wednesday", "2023-10-25", nth=0, opt=True),
    T("on Wednesday", "2023-10-25"), T("Oct. 25, 2023", "2023-10-25"), T("Oct. 7", "2023-10-07"),
    T("on Saturday", "2023-10-28"), T("2023", "2023", opt=True, ctx="Şafak © 2023"),  # copyright year
    P("Ankara"), P("Gaza Strip", "Gaza"), P("Istanbul"),
    V("Ankara", "2023-10-25", opt=True),  # a party group meeting
    S(TR, "Recep Tayyip Erdoğan", "Hamas is not a terrorist organization, it is a liberation group", opt=True,
      stance="reject"),  # headline
    S(TR, "Recep Tayyip Erdoğan",
      "Hamas is \"not a terrorist organization\" but \"a liberation group, mujahideen waging a battle to protect "
      "their lands and people,\"", kind=I, opt=True, stance="reject"),  # the lead, repeated in the body quote
    S(TR, "Recep Tayyip Erdoğan",
      "Türkiye had no problem with the state of Israel, but \"we have never approved of the atrocities Israel has "
      "committed.\"", kind=I, stance="condemn"),
    S(TR, "Recep Tayyip Erdoğan",
      "Hamas is not a terrorist organization, it is a liberation group, mujahideen waging a battle to protect "
      "their lands and people,", stance="reject"),
    S(TR, "Recep Tayyip Erdoğan", "\"Hamas bir terör örgütü değil, bir kurtuluş hareketidir\"", opt=True,
      stance="reject"),
    S(TR, "Recep Tayyip Erdoğan", "We had a plan to go to Israel, but it was cancelled, we will not go,",
      stance="neutral"),
    S(TR, "Recep Tayyip Erdoğan", "called for an immediate ceasefire", kind=I, opt=True, stance="demand"),
    S(TR, "Recep Tayyip Erdoğan",
      "Türkiye was ready to act as a guarantor, together with other countries in the region, for any lasting "
      "solution", kind=I, stance="propose"),
    S(TR, "Recep Tayyip Erdoğan", "We propose that Türkiye be one of the guarantor countries for the Palestinian "
      "side,", stance="propose"),
    S(TR, "Recep Tayyip Erdoğan", "criticised Western countries that \"cry for Israel\"", kind=I, opt=True,
      stance="condemn"),
    S(TR, "Recep Tayyip Erdoğan", "The West owes a debt to Israel, but Türkiye owes nothing to Israel,",
      stance="neutral"),
    S(IL, "Lior Haiat", "Hamas was \"a despicable terrorist organization worse than ISIS\"", kind=I,
      stance="condemn"),
    S(IL, "Lior Haiat", "Israel \"strongly rejects\" the Turkish president's remarks", kind=I, stance="reject"),
    S(IL, "Lior Haiat", "Erdoğan's words would not change \"the horrors that the whole world has seen.\"", kind=I,
      stance="reject"),
    S(IL, "Eli Cohen", "he had decided to cancel a planned visit to Türkiye", kind=I, stance="neutral"),
    S(HA, "Hamas", "the president's words \"reflect the conscience of the Turkish people\"", kind=I,
      stance="welcome"),
    S(HA, "Hamas", "thanked Erdoğan for what it described as his \"honest position\"", kind=I, opt=True,
      stance="welcome"),
    S(TR, "Recep Tayyip Erdoğan", "he will attend a large rally in Istanbul on Saturday in support of the "
      "Palestinian people", kind=I, stance="neutral"),
    K(1400, "killed", "people", qualifier="about"),
    K(6500, "killed", "Palestinians", qualifier="more than"),
    K(2700, "killed", "children", qualifier="over"),
]

A["h04_gulftimes_ansari_hamas_acceptance"] = [
    T("on Tuesday", "2024-05-07", nth=0, opt=True),  # in the meta description
    T("on Tuesday", "2024-05-07", nth=1), T("May 07 2024", "2024-05-07"), T("on Monday", "2024-05-06"),
    T("October 7", "2023-10-07"), T("2024", "2024", opt=True, ctx="© 2024 Gulf"),
    P("Cairo", ctx="head to Cairo on Tuesday to resume the indirect"), P("Doha", opt=True),
    P("Gaza Strip"), P("Rafah"), P("Washington"), P("Al-Aqsa Mosque", opt=True),
    V("Cairo", "2024-05-07"),
    S(QA, "Majed al-Ansari",
      "A Qatari delegation will head to Cairo on Tuesday to resume the indirect negotiations between the Zionist "
      "occupation and Hamas", kind=I, stance="neutral"),
    S(QA, "Majed al-Ansari",
      "The State of Qatar hopes that the talks will culminate in an agreement for an immediate and permanent "
      "ceasefire in the Gaza Strip, the exchange of prisoners and detainees, and the flow of humanitarian aid to "
      "all parts of the Strip.", stance="neutral"),
    S(HA, "Hamas", "it had accepted the proposal of the Egyptian and Qatari mediators", kind=I, stance="agree"),
    S(HA, "Hamas",
      "the head of its political bureau, Ismail Haniyeh, \"held a phone call with His Excellency the Qatari Prime "
      "Minister, Sheikh Mohammed bin Abdulrahman Al-Thani, and with Egyptian Intelligence Minister Abbas Kamel, "
      "and informed them of the movement's approval of their proposal regarding the ceasefire agreement.\"",
      kind=I, stance="agree"),
    S(EG, "A senior Egyptian official", "Egypt \"welcomes the positive response\" of Hamas", kind=I,
      stance="welcome"),
    S(EG, "A senior Egyptian official",
      "called on the Israeli side to show the same flexibility \"in order to save the lives of civilians\"",
      kind=I, stance="demand"),
    S(IL, "Netanyahu's office",
      "the proposal accepted by Hamas was \"far from meeting Israel's essential requirements\"", kind=I,
      stance="reject"),
    S(IL, "Netanyahu's office", "Israel would nonetheless send a working-level delegation to Cairo", kind=I,
      stance="neutral"),
    S(IL, "Netanyahu's office",
      "the war cabinet had decided that Israel would continue its operation in Rafah \"in order to apply military "
      "pressure on Hamas\"", kind=I, stance="threat"),
    S(QA, "Qatar's Ministry of Foreign Affairs",
      "Qatar \"warns of the catastrophic humanitarian consequences of a military assault on Rafah, which shelters "
      "more than 1.4 million displaced people\"", kind=I, stance="condemn"),
    S(QA, "Qatar's Ministry of Foreign Affairs",
      "renewed its call for the international community to act urgently to prevent the city from being invaded",
      kind=I, stance="demand"),
    S(QA, "Qatar's Ministry of Foreign Affairs",
      "Qatar will continue, together with its Egyptian and American partners, to exert all efforts to reach a deal",
      kind=I, stance="neutral"),
    S(US, "Matthew Miller", "the United States was reviewing the Hamas response", kind=I, stance="neutral"),
    S(US, "Matthew Miller", "We believe an agreement is absolutely achievable,", stance="neutral"),
    S(QA, "Qatar", "a move condemned by the State of Qatar", kind=I, opt=True, stance="condemn"),
    S(QA, "Qatar", "Qatar condemns storming of Al-Aqsa Mosque", opt=True, stance="condemn"),  # related link
    K(34735, "killed", "martyrs"), K(78108, "wounded", "people"),
]

A["h05_saudigazette_riyadh_joint_summit"] = [
    T("Saturday, 11 November 2023", "2023-11-11"), T("on Saturday", "2023-11-11", nth=0),
    T("on Saturday", "2023-11-11", nth=1), T("in March", "2023-03"),
    T("October 7", "2023-10-07", nth=0), T("October 7", "2023-10-07", nth=1),
    T("1967", "1967", opt=True), T("a day after", "2023-11-10", opt=True),
    T("2023", "2023", opt=True, ctx="Copyright 2023"),
    P("Riyadh"), P("King Abdulaziz International Conference Center", opt=True), P("Gaza Strip", "Gaza"),
    P("Jerusalem", "East Jerusalem"), P("West Bank"),
    V("Riyadh", "2023-11-11"), V("Riyadh", "2023-11-10", opt=True),
    S(SA, "Mohammed bin Salman", "Kingdom categorically rejects continuation of war on Gaza", opt=True,
      stance="reject"),  # headline
    S(SA, "Mohammed bin Salman",
      "the Kingdom \"categorically rejects the continuation of this brutal war against our brothers in "
      "Palestine,\"", kind=I, stance="reject"),
    S(SA, "Mohammed bin Salman",
      "We are facing a humanitarian catastrophe that proves the failure of the Security Council and the "
      "international community to put an end to the flagrant Israeli violations of international law,",
      stance="condemn"),
    S(SA, "Mohammed bin Salman",
      "demanded an immediate halt to military operations and the release of hostages and detainees", kind=I,
      opt=True, stance="demand"),
    S(SA, "Mohammed bin Salman",
      "the only way to guarantee security and stability in the region is \"to end the occupation and establish an "
      "independent Palestinian state on the pre-1967 borders with East Jerusalem as its capital.\"", kind=I,
      stance="demand"),
    S(SA, "Mohammed bin Salman", "وليّ العهد: المملكة تؤكد رفضها القاطع لهذه الحرب الشعواء", opt=True,
      stance="reject"),
    S(PA, "Mahmoud Abbas", "the Palestinian people were facing \"a war of genocide\"", kind=I, stance="condemn"),
    S(PA, "Mahmoud Abbas", "called on the United States to \"stop this aggression immediately\"", kind=I,
      stance="demand"),
    S(PA, "Mahmoud Abbas",
      "the State of Palestine would not accept any solution that \"separates Gaza from the West Bank and "
      "Jerusalem\"", kind=I, stance="reject"),
    S(IR, "Ebrahim Raisi", "Islamic countries should arm the Palestinians if the war continued", kind=I,
      stance="threat"),
    S(IR, "Ebrahim Raisi", "We kiss the hands of Hamas for its resistance against Israel,", stance="welcome"),
    S(TR, "Recep Tayyip Erdoğan", "called for an international peace conference", kind=I, opt=True,
      stance="propose"),
    S(TR, "Recep Tayyip Erdoğan",
      "What we need in Gaza is not pauses of a few hours, but a permanent ceasefire.", stance="demand"),
    # the summit's final communique: a joint statement of the Arab League and OIC states
    S(["Arab League", "Organisation of Islamic Cooperation"], "the summit's final communique",
      "the summit rejected describing the war as self-defense", kind=I, opt=True, stance="reject"),
    S(["Arab League", "Organisation of Islamic Cooperation"], "the summit's final communique",
      "affirmed their rejection of \"characterizing this retaliatory war as self-defense or justifying it under "
      "any pretext\"", kind=I, stance="reject"),
    S(["Arab League", "Organisation of Islamic Cooperation"], "the summit's final communique",
      "demanded that the UN Security Council \"take a decisive and binding resolution\" to stop the aggression",
      kind=I, stance="demand"),
    S(["Organisation of Islamic Cooperation"], "OIC chief", "Occupying power must be held accountable", opt=True,
      stance="demand"),  # related link
    S(["Arab League", "Organisation of Islamic Cooperation"], "the summit's final communique",
      "called for breaking the siege on Gaza and for the immediate entry of Arab, Islamic and international "
      "humanitarian aid convoys", kind=I, opt=True, stance="demand"),
    S(IL, "Lior Haiat", "the leaders had \"once again ignored the massacre of October 7\"", kind=I,
      stance="condemn"),
    K(11000, "killed", "Palestinians", qualifier="more than"),
    K(4500, "killed", "children", qualifier="more than"),
]

A["h06_roya_safadi_summit_cancelled"] = [
    T("18 Oct 2023", "2023-10-18"),
    T("Tuesday", "2023-10-17", nth=0), T("Tuesday", "2023-10-17", nth=1), T("Tuesday", "2023-10-17", nth=2),
    T("on Wednesday", "2023-10-18", nth=0), T("on Wednesday", "2023-10-18", nth=1),
    T("October 7", "2023-10-07"),
    P("Amman"), P("Gaza City"), P("Gaza Strip", "Gaza", ctx="Ministry of Health in Gaza."), P("Tel Aviv"),
    P("Ramallah"), P("Rabia", opt=True),
    V("Tel Aviv", "2023-10-18"),
    V("Amman", "2023-10-18", opt=True),  # the summit that was cancelled
    S(JO, "Ayman Safadi", "'no point' in talks now", opt=True, stance="reject"),  # headline
    S(JO, "Ayman Safadi", "the cancellation of the four-way summit", kind=I, opt=True, stance="neutral"),
    S(JO, "Ayman Safadi",
      "There is no point in holding the summit now. Jordan will host it when everyone agrees that the goal is to "
      "stop the war and respect the humanity of the Palestinians.", stance="reject"),
    S(JO, "Ayman Safadi", "the summit could only be held \"when its decision is to stop this war, these "
      "massacres.\"", kind=I, stance="demand"),
    S(JO, "Ayman Safadi", "الصفدي: لا جدوى من عقد القمة الآن", opt=True, stance="reject"),
    S(JO, "Ayman Safadi", "held the Israeli government responsible for the massacre", kind=I, opt=True,
      stance="condemn"),
    S(JO, "Ayman Safadi", "Israel is dragging the region into the abyss,", stance="condemn"),
    S(JO, "King Abdullah II",
      "condemned in the strongest terms the \"horrible massacre\", describing it as \"a war crime that cannot be "
      "tolerated\" and \"a flagrant violation of international humanitarian law\"", kind=I, stance="condemn"),
    S(JO, "Jordan's Ministry of Foreign Affairs", "Jordan \"holds Israel fully responsible for this heinous "
      "crime.\"", kind=I, stance="condemn"),
    S(IL, "Israeli army", "the Israeli occupation army denied responsibility", kind=I, opt=True, stance="deny"),
    S(IL, "Daniel Hagari",
      "\"an analysis of the operational systems indicates that a barrage of rockets was fired by terrorists in "
      "Gaza\" and that the hospital was hit by a failed rocket launch by the Islamic Jihad movement", kind=I,
      stance="deny"),
    S(PIJ, "Islamic Jihad",
      "calling it \"a lie and fabrication\" aimed at evading responsibility for \"the brutal massacre\"", kind=I,
      stance="deny"),
    S(US, "Joe Biden", "he was \"outraged and deeply saddened\" by the explosion", kind=I, stance="condemn"),
    S(US, "Joe Biden",
      "he had directed his national security team \"to continue gathering information about what exactly "
      "happened.\"", kind=I, stance="neutral"),
    S(PA, "Mahmoud Abbas", "the occupation \"has crossed all red lines\"", kind=I, stance="condemn"),
    # the protesters' chant is a slogan, not a statement
    K(471, "killed", "Palestinians", qualifier="at least"),
    K(3300, "killed", "Palestinians"),
]

A["h07_memo_haniyeh_assassination"] = [
    T("July 31, 2024", "2024-07-31"), T("this morning", "2024-07-31"), T("24 October 2023", "2023-10-24"),
    T("on Tuesday", "2024-07-30", nth=0), T("on Tuesday", "2024-07-30", nth=1), T("since October", "2023-10"),
    P("Tehran"), P("Doha"), P("Ramallah"), P("West Bank"), P("Beirut"), P("Majdal Shams"),
    P("Gaza Strip", "Gaza", ctx="for a ceasefire in Gaza"), P("Middle East", opt=True),
    V("Tehran", "2024-07-30", opt=True),  # Haniyeh's visit for the swearing-in, implied
    S(HA, "Moussa Abu Marzouk", "will not go unpunished", opt=True, stance="threat"),  # headline
    S(HA, "Hamas", "Haniyeh was martyred \"in a treacherous Zionist raid on his residence in Tehran\"", kind=I,
      stance="condemn"),
    S(HA, "Moussa Abu Marzouk",
      "The assassination of leader Ismail Haniyeh is a cowardly act and will not go unpunished.",
      stance="threat"),
    S(HA, "Sami Abu Zuhri",
      "the killing \"will not achieve its goals\" and that Hamas \"is an idea and an institution, not persons\"",
      kind=I, stance="neutral"),
    S(IR, "IRGC", "Haniyeh and one of his bodyguards had been killed", kind=I, opt=True, stance="neutral"),
    S(IR, "Ali Khamenei",
      "Israel \"prepared a harsh punishment for itself\" and that it was Iran's \"duty to avenge\" the blood of "
      "Haniyeh, \"who was martyred on the territory of the Islamic Republic\"", kind=I, stance="threat"),
    S(QA, "Mohammed bin Abdulrahman Al Thani",
      "How can mediation succeed when one party assassinates the negotiator on the other side?",
      stance="condemn"),
    S(PA, "Mahmoud Abbas",
      "strongly condemned the assassination, describing it as \"a cowardly act and a dangerous development\"",
      kind=I, stance="condemn"),
    S(PA, "Mahmoud Abbas", "called for a general strike across the occupied West Bank", kind=I, opt=True,
      stance="demand"),
    S(TR, "Recep Tayyip Erdogan",
      "it aimed to sabotage the Palestinian cause and \"intimidate the Palestinians\"", kind=I, stance="condemn"),
    S(TR, "Recep Tayyip Erdogan", "this despicable assassination", opt=True, stance="condemn"),
    S(HA, "Hamas", "اغتيال هنية لن يمر دون عقاب", opt=True, stance="threat"),
    S(IL, "David Mencer",
      "Israel had struck Beirut on Tuesday evening in response to the Majdal Shams rocket attack", kind=I,
      stance="neutral"),
    S(HZ, "Hezbollah", "senior commander Fuad Shukr had been in the building targeted in Beirut's southern suburbs",
      kind=I, stance="neutral"),
    S(IL, "Amichai Eliyahu", "This is the right way to cleanse the world of this filth.", stance="welcome"),
    K(12, "killed", "children"), K(1, "killed", "bodyguards", opt=True),
    K(39400, "killed", "Palestinians", qualifier="more than"),
]

A["h08_maan_cairo_truce_2012"] = [
    T("Wednesday", "2012-11-21", nth=0, opt=True), T("21/11/2012", "2012-11-21"),
    T("22/11/2012", "2012-11-22", opt=True),
    T("on Wednesday", "2012-11-21", nth=0), T("on Wednesday", "2012-11-21", nth=1),
    T("on Wednesday", "2012-11-21", nth=2), T("today", "2012-11-21", opt=True),
    T("on Tuesday night", "2012-11-20"), T("2005", "2005", opt=True, ctx="2005-2012"),
    T("2012", "2012", opt=True, ctx="2005-2012 Ma"),
    P("Bethlehem", "BETHLEHEM", opt=True), P("Cairo"), P("Gaza Strip"), P("Jerusalem"), P("Ramallah"),
    P("Gaza City"), P("Tel Aviv"),
    V("Cairo", "2012-11-21"), V("Jerusalem", "2012-11-20"), V("Ramallah", "2012-11-21"),
    S(EG, "Mohammed Kamel Amr", "the truce would end eight days of Israeli bombardment", kind=I,
      stance="neutral"),
    S(EG, "Mohammed Kamel Amr", "This is a critical moment for the region,", stance="neutral"),
    S(EG, "Mohammed Kamel Amr",
      "Egypt \"will continue to monitor the implementation of what has been agreed\"", kind=I, stance="neutral"),
    S(US, "Hillary Clinton", "thanked President Mohammed Morsi for his \"personal leadership\"", kind=I, opt=True,
      stance="welcome"),
    S(US, "Hillary Clinton",
      "The people of this region deserve a chance to live free from fear and violence, and today's agreement is "
      "a step in the right direction.", stance="welcome"),
    # the text of the agreement (announced by Egypt; the parties' undertakings)
    S(IL + HA + PIJ + EG, "the ceasefire agreement",
      "shall stop all hostilities on the Gaza Strip land, sea and air including incursions and targeting of "
      "individuals", opt=True, stance="agree"),
    S(IL + HA + PIJ + EG, "the ceasefire agreement",
      "shall stop all hostilities from the Gaza Strip against Israel including rocket attacks and all attacks "
      "along the border.", opt=True, stance="agree"),
    S(HA, "Khaled Meshaal", "Israel \"has failed in all its objectives\"", kind=I, stance="neutral"),
    S(HA, "Khaled Meshaal",
      "If they abide, we will abide. If they do not abide, our fingers are on the trigger,", stance="threat"),
    S(PIJ, "Ramadan Shallah", "the resistance had imposed \"new equations\" on the occupation", kind=I,
      stance="neutral"),
    S(IL, "Benjamin Netanyahu", "Israel had agreed to give the Egyptian ceasefire proposal \"a chance\"", kind=I,
      stance="agree"),
    S(IL, "Benjamin Netanyahu",
      "I know there are citizens who expected an even harsher military response, and we may yet have to do that,",
      stance="threat"),
    S(IL, "Benjamin Netanyahu",
      "But at this time the right thing for the State of Israel is to exhaust this opportunity.", stance="agree"),
    S(PA, "Mahmoud Abbas",
      "welcomed the agreement and congratulated \"our people in Gaza on their steadfastness\"", kind=I, opt=True,
      stance="welcome"),
    # the crowd's "God is great" is a chant; "Hamas praised the attack" has no reported clause
    K(162, "killed", "Palestinians"), K(37, "killed", "children", qualifier="at least"),
    K(5, "killed", "Israelis"), K(1, "killed", "soldier", opt=True), K(28, "wounded", "people"),
]

A["h09_almasirah_galaxy_leader_seized"] = [
    T("Nov. 19", "2023-11-19"), T("on Sunday", "2023-11-19"), T("on Tuesday", "2023-11-14"),
    T("March 2015", "2015-03"), T("2023", "2023", opt=True, ctx="© 2023 Al-Masirah"),
    P("Sanaa", "Sana'a", ctx="Crowds gathered in Sana'a"), P("Red Sea", opt=True),
    P("Gaza Strip", "Gaza"), P("Bab al-Mandab"),
    S(HT, "Yemeni Armed Forces",
      "Seizure of Israeli ship is first step, all Zionist ships are legitimate targets", opt=True,
      stance="threat"),  # headline
    S(HT, "Yemeni Armed Forces",
      "the naval forces had seized an Israeli ship in the Red Sea and taken it to the Yemeni coast", kind=I,
      stance="neutral"),
    S(HT, "Yahya Saree",
      "The naval forces of the Yemeni Armed Forces carried out a military operation in the Red Sea, the outcome "
      "of which was the seizure of an Israeli ship and its taking to the Yemeni coast.", stance="neutral"),
    S(HT, "Yahya Saree",
      "the Armed Forces \"will continue to carry out military operations against the Israeli enemy until the "
      "aggression on the Gaza Strip stops and the heinous crimes against our brothers in Palestine end.\"",
      kind=I, stance="threat"),
    S(HT, "Yahya Saree",
      "We warn all countries of the world against dealing with Zionist ships or ships belonging to Israelis. All "
      "ships owned by Israeli companies or flying the Israeli flag are legitimate targets,", stance="threat"),
    S(HT, "Yemeni Armed Forces",
      "the crew of the ship were being treated \"in accordance with the teachings and values of our Islamic "
      "religion\"", kind=I, stance="neutral"),
    S(HT, "Yemeni Armed Forces", "القوات المسلحة اليمنية: السفن الإسرائيلية هدف مشروع", opt=True,
      stance="threat"),
    S(HT, "Mohammed Abdulsalam",
      "the seizure \"is a practical step that proves the seriousness of the Yemeni naval forces in waging the "
      "battle of the sea, whatever its cost.\"", kind=I, stance="threat"),
    S(HT, "Mohammed Abdulsalam", "This is only the beginning,", stance="threat"),
    S(IL, "Israeli prime minister's office",
      "the ship, Galaxy Leader, was not Israeli and described the operation as \"another act of Iranian "
      "terrorism\"", kind=I, stance="condemn"),
    S(HT, "Mohammed Abdulsalam",
      "the ship \"belongs to an Israeli businessman\" and that the enemy \"lies as usual\"", kind=I, stance="deny"),
    S(IR, "Nasser Kanaani", "Tehran also rejected the accusation", kind=I, opt=True, stance="deny"),
    S(IR, "Nasser Kanaani",
      "the resistance groups in the region \"decide and act independently\" on the basis of their own interests",
      kind=I, stance="deny"),
    S(HT, "Abdulmalik al-Houthi",
      "our eyes are open to constantly monitor and search for any Israeli ship in the Red Sea, especially in Bab "
      "al-Mandab.", stance="threat"),
    # the slogan chanted in Sana'a is not a statement
]

A["h10_dailystar_ceasefire_nasrallah_2006"] = [
    T("Tuesday, August 15, 2006", "2006-08-15", nth=0), T("Tuesday, August 15, 2006", "2006-08-15", nth=1),
    T("on Monday night", "2006-08-14"), T("Earlier on Monday", "2006-08-14"), T("on Wednesday", "2006-08-16"),
    T("today", "2006-08-14", opt=True, ctx="We are today before"), T("2006", "2006", opt=True, ctx="(c) 2006, The"),
    P("Beirut"), P("Southern Lebanon", "South Lebanon"), P("Jerusalem"), P("Sidon"), P("Tyre"), P("Bint Jbeil"),
    P("Marjayoun"), P("New York"), P("Litani River", opt=True),
    V("Beirut", "2006-08-16", opt=True),  # a cabinet session
    S(HZ, "Hassan Nasrallah", "Nasrallah hails 'strategic victory'", opt=True, stance="neutral"),  # headline
    S(HZ, "Hassan Nasrallah", "declared a \"strategic and historic victory\" over Israel", kind=I, opt=True,
      stance="neutral"),
    S(HZ, "Hassan Nasrallah",
      "We are today before a strategic and historic victory, and this is not an exaggeration,", stance="neutral"),
    S(HZ, "Hassan Nasrallah", "the time was not right to discuss disarming the resistance", kind=I,
      stance="reject"),
    S(HZ, "Hassan Nasrallah",
      "the debate over Hizbullah's weapons \"should be held inside the Cabinet, not on television screens.\"",
      kind=I, stance="neutral"),
    S(HZ, "Hassan Nasrallah",
      "Hizbullah would help rebuild homes destroyed by Israeli bombing and would pay a year's rent and furniture "
      "costs to families who had lost their houses", kind=I, stance="neutral"),
    S(LB, "Fouad Siniora", "the Lebanese state would extend its authority over all its territory", kind=I,
      stance="neutral"),
    S(LB, "Fouad Siniora",
      "There will be no authority other than that of the state, no weapon other than that of the state and no law "
      "other than that of the state,", stance="neutral"),
    S(LB, "Fouad Siniora",
      "urged the international community to press Israel to lift its air and sea blockade, which he called \"a "
      "continuation of the aggression by other means.\"", kind=I, stance="demand"),
    S(HZ, "Hezbollah", "حزب الله يعلن \"النصر الاستراتيجي\"", opt=True, stance="neutral"),
    S(IL, "Ehud Olmert", "Resolution 1701 had changed the situation in the South", kind=I, stance="neutral"),
    S(IL, "Ehud Olmert", "The state of Lebanon has taken responsibility for what happens on its territory,",
      stance="neutral"),
    S(IL, "Ehud Olmert", "Israel would continue to pursue Hizbullah's leaders \"everywhere and at any time.\"",
      kind=I, stance="threat"),
    S(IL, "Amir Peretz",
      "Israeli troops would remain in South Lebanon until the Lebanese Army and the expanded UNIFIL force deploy "
      "there", kind=I, stance="threat"),
    S(LB, "Nabih Berri", "called on all displaced people to \"return to your villages\"", kind=I, stance="demand"),
    # correction after the blind run: a whole sentence quoted after "that" is a direct quote (as Khamenei in h01)
    S(LB, "Nabih Berri", "the resistance and the army are one hand.", stance="neutral"),
    S(UN, "Kofi Annan", "the truce was \"fragile\" and called on both sides to respect it", kind=I,
      stance="demand"),
    K(1100, "killed", "Lebanese", qualifier="more than"), K(157, "killed", "Israelis"),
    K(117, "killed", "soldiers"),
]

A["h11_dawn_pakistan_strikes_iran"] = [
    T("January 18, 2024", "2024-01-18"), T("on Thursday", "2024-01-18"), T("Thursday", "2024-01-18", nth=1),
    T("This morning", "2024-01-18"), T("today", "2024-01-18", opt=True),
    T("On Tuesday", "2024-01-16"), T("Tuesday", "2024-01-16", ctx="defended Tuesday's attack"),
    T("January 19th, 2024", "2024-01-19"),
    P("Islamabad", "ISLAMABAD"), P("Sistan-Baluchestan"), P("Panjgur"), P("Balochistan", ctx="Panjgur district of "
      "Balochistan"), P("Tehran", ctx="charge d'affaires in Tehran"), P("Davos"), P("Saravan"),
    P("Sistan-Baluchestan", "Siestan-o-Baluchistan", opt=True),
    V("Davos", None, opt=True),
    S(PK, "Foreign Office", "\"terrorist hideouts\"", kind=I, opt=True, stance="neutral"),
    S(PK, "Foreign Office",
      "This morning Pakistan undertook a series of highly coordinated and specifically targeted precision military "
      "strikes against terrorist hideouts in Siestan-o-Baluchistan province of Iran.", stance="neutral"),
    S(PK, "Foreign Office",
      "Pakistan fully respects the sovereignty and territorial integrity of the Islamic Republic of Iran. The sole "
      "objective of today's act was in pursuit of Pakistan's own security and national interest, which is "
      "paramount and cannot be compromised,", stance="neutral"),
    S(PK, "Mumtaz Zahra Baloch",
      "the action was taken \"in light of credible intelligence of impending large-scale terrorist activities\"",
      kind=I, stance="neutral"),
    # the reporter's question is not a statement
    S(PK, "Mumtaz Zahra Baloch",
      "Pakistan had \"over the last several years consistently shared its serious concerns with Iran\" about safe "
      "havens used by militants of the Balochistan Liberation Army and the Balochistan Liberation Front", kind=I,
      stance="neutral"),
    S(IR, "Iran's Foreign Ministry",
      "it had summoned Pakistan's charge d'affaires in Tehran to demand an explanation", kind=I,
      stance="condemn"),
    S(IR, "Hossein Amir-Abdollahian", "Iran \"does not allow any country to violate its sovereignty\"", kind=I,
      stance="threat"),
    S(IR, "Hossein Amir-Abdollahian", "Tehran considered Pakistan \"a friendly and brotherly country\"", kind=I,
      stance="neutral"),
    S(IR, "Alireza Marhamati",
      "nine foreign nationals, including three women and four children, were killed in the strikes on a village "
      "near the town of Saravan", kind=I, stance="neutral"),
    S(IR, "Iran", "Iran had struck what it said were bases of the Jaish al-Adl militant group", kind=I, opt=True,
      stance="neutral"),
    S(PK, "Pakistan", "two children were killed in that attack", kind=I, stance="neutral"),
    S(PK, "Pakistan",
      "the Iranian envoy, who was visiting Iran at the time, \"may not return for the time being\"", kind=I,
      stance="neutral"),
    S(IR, "Hossein Amir-Abdollahian",
      "None of the nationals of the friendly and brotherly country of Pakistan were targeted by Iranian missiles "
      "and drones.", stance="deny"),
    S(CN, "Mao Ning",
      "called on both sides \"to exercise restraint and avoid actions that would lead to an escalation of "
      "tension\"", kind=I, stance="demand"),
    S(PK, "Pakistan", "unprovoked violation", opt=True, stance="condemn"),  # the "Read more" link
    S(PK, "Kakar's office",
      "Caretaker Prime Minister Anwaarul Haq Kakar cut short his visit to the World Economic Forum in Davos and "
      "returned home", kind=I, opt=True, stance="neutral"),
    K(9, "killed", "foreign nationals"), K(3, "killed", "women"), K(4, "killed", "children"),
    K(2, "killed", "children"),
]

A["h12_kurdistan24_erbil_missile_attack"] = [
    T("13/03/2022", "2022-03-13"), T("on Sunday", "2022-03-13"), T("on Monday", "2022-03-14"),
    P("Erbil"), P("Baghdad"), P("Damascus"), P("Kurdistan Region"), P("US consulate Erbil", "US consulate",
                                                                       opt=True),
    V("Erbil", "2022-03-14"),
    V("Baghdad", None, opt=True),  # the ambassador summoned
    S(KR, "Masrour Barzani",
      "condemned a missile attack that targeted Erbil early in the morning, calling it \"an attack on the people "
      "of Kurdistan\" and urging the federal government in Baghdad to take a firm stance", kind=I,
      stance="condemn"),
    S(KR, "Kurdistan Region's Ministry of Interior",
      "Twelve ballistic missiles struck near the new US consulate building and a residential area in the city "
      "shortly after 1 a.m.", kind=I, opt=True, stance="neutral"),
    S(KR, "Masrour Barzani",
      "This cowardly attack on Erbil must be met with a unified response. We call on the Iraqi federal government "
      "to stop these repeated violations,", stance="condemn"),
    S(IR, "IRGC", "it had targeted \"the strategic center of conspiracy and evil of the Zionists\" in Erbil",
      kind=I, stance="neutral"),
    S(IR, "IRGC",
      "any repetition of Israeli \"evil\" would be met with \"a harsh, decisive and destructive response\"",
      kind=I, stance="threat"),
    S(KR, "Nechirvan Barzani", "described the IRGC's claim as \"baseless\"", kind=I, opt=True, stance="deny"),
    S(KR, "Nechirvan Barzani",
      "There are no Israeli sites in the Kurdistan Region. This is an excuse to attack Erbil,", stance="deny"),
    S(IQ, "Iraq's Ministry of Foreign Affairs",
      "to hand him a formal protest note over what it called \"a flagrant violation\" of Iraqi sovereignty",
      kind=I, opt=True, stance="condemn"),
    S(IQ, "Mustafa al-Kadhimi",
      "The aggression that targeted the beloved city of Erbil and spread fear among its residents is an attack on "
      "the security of our people.", stance="condemn"),
    S(["Sadrist Movement"], "Muqtada al-Sadr",
      "Erbil \"will not be a pawn in the hands of foreign politics\"", kind=I, opt=True, stance="condemn"),
    S(US, "Ned Price", "We condemn this outrageous attack and the display of violence,", stance="condemn"),
    S(US, "Ned Price",
      "there was no damage to any US government facility and no casualties among Americans", kind=I,
      stance="neutral"),
    S(KR, "Jotiar Adil",
      "a joint committee of the Kurdistan Region and Baghdad would visit Erbil on Monday to investigate", kind=I,
      stance="neutral"),
    S(US, "Ned Price", "U.S. condemns attack", opt=True, stance="condemn"),  # related link
    K(1, "wounded", "civilian"), K(2, "killed", "IRGC officers"),
]

# the quoted fragments inside each indirect statement: optional statements of the same speaker (blind8's convention)
add_fragments(A)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
