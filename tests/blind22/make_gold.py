"""Build tests/blind22/gold.json from the hand annotations below (run: python tests/blind22/make_gold.py).

A blind set (blind22) of ordinary regional news from twelve outlets and agencies not used by the earlier sets
(mediators' visits, truces with reactions, agency statement reports, strikes with casualty figures from several
sources, summits, follow-ups recalling earlier rounds), written and annotated without reading the extractor code
(``lib/``), the git log, ``docs/`` or the articles of the other sets. Offsets are character offsets into
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
    "Beirut": (33.8938, 35.5018), "Ain al-Tineh": (33.8790, 35.4930), "Grand Serail": (33.8966, 35.4990),
    "Yarzeh": (33.8450, 35.5520), "Nabatieh": (33.3789, 35.4839), "Sidon": (33.5631, 35.3689),
    "Southern Lebanon": (33.27, 35.40),
    "Maarat al-Numan": (35.6477, 36.6712), "Idlib": (35.80, 36.60), "Ariha": (35.8136, 36.6103),
    "Geneva": (46.2022, 6.1457), "Sochi": (43.6028, 39.7342), "Khan Shaykhun": (35.4386, 36.6506),
    "Muscat": (23.5841, 58.4078), "Natanz": (33.5133, 51.9160), "Fordow": (34.8840, 50.9960),
    "Isfahan": (32.6525, 51.6746), "Rome": (41.8919, 12.5113), "Riyadh": (24.6877, 46.7219),
    "Tehran": (35.6944, 51.4215),
    "Sanaa": (15.3547, 44.2067), "Red Sea": (20.0, 38.5), "Bab al-Mandab": (12.58, 43.33),
    "White House": (38.8977, -77.0365), "Gaza Strip": (31.42, 34.37), "Hodeidah": (14.7978, 42.9545),
    "Saada": (16.9402, 43.7639),
    "Jeddah": (21.5169, 39.2192), "Khartoum": (15.5518, 32.5324), "Khartoum North": (15.6333, 32.5500),
    "Omdurman": (15.6445, 32.4777), "El Geneina": (13.4526, 22.4472), "West Darfur": (13.0, 22.8),
    "Darfur": (13.5, 24.5), "Amsterdam": (52.3740, 4.8897), "Adre": (13.4667, 22.2000),
    "Kordofan": (13.0, 30.0), "Blue Nile": (11.5, 34.0),
    "Port Sudan": (19.6158, 37.2164), "Al-Jazira": (14.40, 33.30), "El-Obeid": (13.1843, 30.2167),
    "Al-Fashir": (13.6279, 25.3494),
    "Doha": (25.2854, 51.5310), "Rabat": (34.0133, -6.8326), "Kerem Shalom": (31.2289, 34.2831),
    "East Jerusalem": (31.7833, 35.2333), "Western Sahara": (24.5, -13.0),
    "Algiers": (36.7525, 3.0420), "Club des Pins": (36.7667, 2.8667), "International Conference Centre": (36.7560, 2.8720),
    "El Mouradia": (36.7497, 3.0453), "Cairo": (30.0626, 31.2497),
    "Addis Abeba": (9.0250, 38.7469), "Blue Nile River": (11.2150, 35.0930), "Guba": (11.2667, 35.2833),
    "Benishangul Gumuz": (10.78, 35.57), "Nile": (15.6, 32.5), "Washington": (38.8951, -77.0364),
    "Kinshasa": (-4.3276, 15.3136), "Tigray": (14.0, 39.0), "Amhara": (11.5, 38.5), "Oromia": (8.0, 39.0),
    "Baghdad": (33.3406, 44.4009), "Al-Qaim": (34.3686, 41.0936), "Akashat": (33.7833, 40.6167),
    "Anbar": (33.0, 42.0), "Middle East": (29.0, 41.0), "Tower 22": (33.32, 38.70),
    "Deir ez-Zor": (35.0, 40.5), "Mayadeen": (35.0196, 40.4514), "Albu Kamal": (34.4526, 40.9189),
    "Qamishli": (37.0522, 41.2317), "Amuda": (37.1042, 40.9300), "al-Malikiyah": (37.1750, 42.1350),
    "Istanbul": (41.0138, 28.9497), "Swaydiyah": (36.98, 42.05), "Jazira region": (36.6, 40.8),
    "northeast Syria": (36.5, 40.5), "northern Iraq": (36.5, 44.0), "northern Syria": (36.4, 38.5),
    "Jerusalem": (31.7690, 35.2163), "Khan Younis": (31.3402, 34.3063), "Rafah": (31.2969, 34.2455),
    "London": (51.5085, -0.1257),
}
RADIUS = {"Southern Lebanon": 60, "Idlib": 60, "Red Sea": 800, "Bab al-Mandab": 60, "Gaza Strip": 60, "West Darfur": 150,
          "Darfur": 400, "Kordofan": 300, "Blue Nile": 150, "Al-Jazira": 120, "Western Sahara": 400, "Blue Nile River": 400,
          "Benishangul Gumuz": 200, "Nile": 1500, "Tigray": 200, "Amhara": 300, "Oromia": 400, "Anbar": 250,
          "Middle East": 1500, "Deir ez-Zor": 120, "Jazira region": 150,
          "northeast Syria": 200, "northern Iraq": 250, "northern Syria": 250}
I = "indirect"  # noqa: E741
US = ["United States"]
IL = ["Israel"]
HA = ["Hamas"]
LB = ["Lebanon"]
RU = ["Russia"]
SY = ["Syria"]
UN = ["United Nations"]
TR = ["Turkey"]
IR = ["Iran"]
OM = ["Oman"]
HO = ["Houthis"]
SA = ["Saudi Arabia"]
# the army is the state's army (Sudan); the RSF is not
SAF = ["Sudanese Armed Forces", "SAF", "Sudan"]
RSF = ["Rapid Support Forces", "RSF"]
FFC = ["Forces for Freedom and Change", "FFC"]
SD = ["Sudan"]
MA = ["Morocco"]
SI = ["Slovenia"]
DZ = ["Algeria"]
FA = ["Fatah"]
PF = ["PFLP"]
PIJ = ["Palestinian Islamic Jihad"]
PAL = HA + FA + PIJ + PF
ET = ["Ethiopia"]
EG = ["Egypt"]
IQ = ["Iraq"]
PMF = ["Popular Mobilisation Forces"]
KH = ["Kataib Hezbollah"]
SDF = ["Syrian Democratic Forces", "SDF"]
QA = ["Qatar"]
JO = ["Jordan"]
AANES = ["AANES", "Autonomous Administration of North and East Syria"]

A = {}

# n01 NNA, saved HTML, Monday 21 October 2024
A["n01_nna_hochstein_ain_tineh"] = [
    T("2024-10-21T13:40:00+03:00", "2024-10-21", opt=True),
    T("Mon 21 Oct 2024", "2024-10-21"),
    T("this morning", "2024-10-21", opt=True),
    T("Sunday", "2024-10-20"),
    T("October 8, 2023", "2023-10-08"),
    T("In the evening", "2024-10-21", opt=True),
    T("on Wednesday", "2024-10-23"),
    T("August 14", "2024-08-14"),
    T("2024", "2024", ctx="© 2024 National", opt=True),
    P("Ain al-Tineh", opt=True), P("Beirut", ctx="departing Beirut"), P("Nabatieh"), P("Sidon"),
    P("Grand Serail", opt=True), P("Yarzeh", opt=True), P("Southern Lebanon", "the South", opt=True),
    V("Beirut", "2024-10-21"), V("Yarzeh", "2024-10-21", opt=True), V("Beirut", "2024-08-14"),
    S(US, "Amos Hochstein",
      "Tying the future of Lebanon to other conflicts in the region was not and is not in the interest of the "
      "Lebanese people.", stance="neutral"),
    S(US, "Amos Hochstein",
      "Washington was working with the Lebanese government and with Israel \"to find a formula that brings this "
      "conflict to an end once and for all.\"", kind=I, stance="neutral"),
    S(US, "Amos Hochstein",
      "Resolution 1701 alone is not enough. We need a formula to make sure it is implemented fairly, accurately "
      "and transparently", stance="propose"),
    S(US, "Amos Hochstein", "he had not come with any document", kind=I, stance="deny"),
    S(US, "Amos Hochstein", "all ideas are on the table.", stance="neutral"),
    S(LB, "Nabih Berri", "Lebanon is committed to Resolution 1701 \"with all its terms, and no more,\"", kind=I,
      stance="agree"),
    S(LB, "Nabih Berri",
      "no amendment to the resolution is acceptable and no one can impose on Lebanon what it did not accept in the "
      "past.", stance="reject"),
    S(LB, "Najib Mikati", "remains the priority", opt=True, stance="demand"),
    S(LB, "Najib Mikati", "the priority remains an immediate ceasefire and the deployment of the army in the South,",
      stance="demand"),
    S(LB, "Najib Mikati", "reiterated the government's readiness to recruit additional soldiers", kind=I,
      opt=True, stance="agree"),
    S(LB, "Najib Mikati",
      "called on the international community to \"put an end to the Israeli enemy's daily massacres against "
      "civilians.\"", kind=I, stance="demand"),
    # the health ministry's toll is a fact report (opt); "US officials quoted by the press" is not a statement
    S(LB, "Ministry of Public Health",
      "Israeli strikes on Lebanon since the morning of Sunday had killed 21 people and wounded 53 others", kind=I,
      opt=True, stance="neutral"),
    K(21, "killed", "people"), K(53, "wounded", "others"),
    K(2483, "killed", "people"), K(11628, "wounded", "people"),
]

# n02 SOHR, Markdown page, Monday 22 July 2019
A["n02_sohr_maarat_market"] = [
    T("22/07/2019", "2019-07-22"),
    T("this morning", "2019-07-22", ctx="strikes this morning"),
    T("09:00", "2019-07-22", opt=True),
    T("by noon", "2019-07-22", opt=True),
    T("in the early evening", "2019-07-22", opt=True),
    T("today", "2019-07-22"),
    T("September 2018", "2018-09"),
    T("April 30", "2019-04-30"),
    T("this morning", "2019-07-22", ctx="this morning's massacre"),
    T("2006", "2006"),
    P("Maarat al-Numan", ctx="popular market of Maarat al-Numan city"), P("Idlib", ctx="southern countryside of Idlib has"),
    P("Ariha"), P("Geneva"), P("Sochi", opt=True), P("Khan Shaykhun", opt=True),
    # the Syrian Civil Defence, the local official and SOHR itself are civil voices (opt)
    S(["Syrian Civil Defence"], "Syrian Civil Defence", "its volunteers had retrieved 31 bodies from the market by noon",
      kind=I, opt=True, stance="neutral"),
    S(["Syrian Civil Defence"], "Syrian Civil Defence", "most of the victims are workers and vendors who were starting "
      "their day.", opt=True, stance="neutral"),
    S(["Syria"], "local official", "has no military headquarters at all.", opt=True, stance="deny"),
    S(RU, "Russian Ministry of Defence", "denied that its aircraft had carried out any strikes in the area today",
      kind=I, stance="deny"),
    S(RU, "Russian Ministry of Defence",
      "Russian aviation did not carry out any combat missions in the area of Maarat al-Numan,", stance="deny"),
    S(RU, "Russian Ministry of Defence", "describing reports of Russian strikes as \"fake news.\"", kind=I, opt=True,
      stance="deny"),
    S(SY, "Syrian state media",
      "army units had \"targeted the positions of terrorist organisations\" in the southern countryside of Idlib",
      kind=I, stance="neutral"),
    S(UN, "Mark Cutts", "Attacks on markets, hospitals and schools are unacceptable. Civilians must be protected.",
      stance="condemn"),
    S(UN, "Mark Cutts",
      "called on all parties \"to respect their obligations under international humanitarian law.\"", kind=I,
      stance="demand"),
    S(TR, "Turkey's Foreign Ministry", "condemned \"in the strongest terms\" the attack", kind=I, opt=True,
      stance="condemn"),
    S(TR, "Turkey's Foreign Ministry",
      "the strikes \"violate the spirit of the Sochi memorandum\" signed with Russia in September 2018", kind=I,
      stance="condemn"),
    S(["Syrian Observatory for Human Rights"], "SOHR",
      "SOHR calls on the international community to act immediately to stop the bloodshed and protect civilians in "
      "the Idlib \"de-escalation zone\"", kind=I, opt=True, stance="demand"),
    K(39, "killed", "civilians"), K(8, "killed", "children"), K(5, "killed", "women"),
    K(60, "wounded", "others", qualifier="more than"), K(31, "killed", "bodies", opt=True),
    K(2, "killed", "civilians"), K(9, "wounded", "others"),
    K(2720, "killed", "people"), K(781, "killed", "civilians"), K(198, "killed", "children"),
]

# n03 Iran International, Markdown page, Sunday 11 May 2025
A["n03_iranintl_fourth_round_muscat"] = [
    T("May 11, 2025", "2025-05-11"),
    T("۲۱ اردیبهشت ۱۴۰۴", "2025-05-11", opt=True),
    T("on Sunday", "2025-05-11"),
    T("on Friday", "2025-05-09"),
    T("on Saturday", "2025-05-10"),
    T("April 12", "2025-04-12"), T("April 19", "2025-04-19"), T("April 26", "2025-04-26"),
    T("May 3", "2025-05-03"),
    T("on Tuesday", "2025-05-13"),
    T("last week", "2025-W18", opt=True),  # ISO or Sunday-first week: ambiguous
    T("Sunday", "2025-05-11", ctx="during Sunday's session"),
    T("2025", "2025", ctx="© 2025", opt=True),
    P("Muscat"), P("Natanz"), P("Fordow"), P("Isfahan"), P("Rome"), P("Riyadh"),
    P("Tehran", ctx="Hardliners in Tehran", opt=True),
    V("Muscat", "2025-05-11"), V("Muscat", "2025-04-12"), V("Rome", "2025-04-19"), V("Muscat", "2025-04-26"),
    V("Riyadh", "2025-05-13"),
    # the round planned for May 3 in Rome did not take place: not a venue
    S(OM, "Badr Albusaidi", "the two sides had exchanged \"useful and original ideas\"", kind=I, stance="neutral"),
    S(IR, "Iranian officials", "uranium enrichment on Iranian soil was not up for negotiation", kind=I,
      stance="reject"),
    S(IR, "Abbas Araghchi", "The talks were difficult but useful,", stance="neutral"),
    S(IR, "Abbas Araghchi",
      "We moved forward, but enrichment is a right that cannot be negotiated away, and we have conveyed this "
      "clearly.", stance="reject"),
    S(OM, "Badr Albusaidi",
      "included useful and original ideas reflecting a shared desire to reach an honourable agreement.",
      stance="neutral"),
    S(OM, "Badr Albusaidi", "the next round would be announced \"once agreed by both sides.\"", kind=I,
      stance="neutral"),
    S(US, "senior US administration official",
      "Washington was \"encouraged\" by the outcome and that the two sides had \"agreed to keep working on "
      "technical elements.\"", kind=I, stance="welcome"),
    S(US, "Steve Witkoff",
      "any deal must include the dismantling of Iran's enrichment facilities at Natanz, Fordow and Isfahan", kind=I,
      stance="demand"),
    S(US, "Steve Witkoff",
      "An enrichment program can never exist in the state of Iran ever again. That's our red line,",
      stance="demand"),
    S(IR, "Esmaeil Baghaei",
      "contradictory positions by US officials \"do not help the negotiations\" and that Tehran would \"not retreat "
      "from its legitimate rights.\"", kind=I, stance="reject"),
    S(US, "Donald Trump", "Trump says Iran must choose between a deal and 'something very bad'", opt=True,
      stance="threat"),
    S(OM, "Oman", "logistical reasons.", opt=True, stance="neutral"),
    S(US, "Donald Trump",
      "he would prefer a deal but warned that if there is no agreement, \"there will be bombing.\"", kind=I,
      stance="threat"),
    S(IR, "Kayhan", "negotiating with Washington was \"a waste of time.\"", kind=I, opt=True, stance="reject"),
    # "two informed sources" have no side; "Iranian officials have not commented" is negated speech
]

# n04 Times of Oman (ONA copy), plain page with an Arabic line, Tuesday 6 May 2025
A["n04_timesofoman_us_houthi_truce"] = [
    T("06 May 2025", "2025-05-06"),
    T("06 May 2025", "2025-05-06", nth=1, opt=True),
    T("on Tuesday", "2025-05-06", ctx="announced on Tuesday that"),
    T("Tuesday", "2025-05-06", ctx="Earlier on Tuesday"),
    T("a day after", "2025-05-05", opt=True),
    T("March 15", "2025-03-15"),
    T("28/04/2025", "2025-04-28"),
    T("April 12, 2025", "2025-04-12"),
    T("2025", "2025", ctx="© 2025", opt=True),
    P("Muscat", ctx="Muscat: The"), P("Sanaa", "Sana'a", ctx="authorities in Sana'a, with"),
    P("Red Sea", opt=True), P("Bab al-Mandab", opt=True), P("White House", opt=True),
    P("Gaza Strip", "Gaza", ctx="support of Gaza", opt=True), P("Hodeidah"), P("Saada"),
    V("Muscat", None, opt=True),
    S(OM, "Sultanate of Oman",
      "its efforts had resulted in a ceasefire agreement between the United States of America and the Sana'a "
      "authorities in the Republic of Yemen", kind=I, stance="agree"),
    S(OM, "Badr bin Hamad Albusaidi",
      "Following recent discussions and contacts conducted by the Sultanate of Oman with the United States and the "
      "relevant authorities in Sana'a, with the aim of de-escalation, efforts have resulted in a ceasefire agreement "
      "between the two sides.", stance="agree"),
    S(OM, "Badr bin Hamad Albusaidi",
      "under the agreement, neither side will target the other in the future, including American ships in the Red "
      "Sea and Bab al-Mandab, \"ensuring freedom of navigation and the smooth flow of international commercial "
      "shipping.\"", kind=I, stance="agree"),
    S(OM, "Badr bin Hamad Albusaidi",
      "expressed the Sultanate of Oman's appreciation to both sides for the constructive approach that led to this "
      "positive result", kind=I, opt=True, stance="welcome"),
    S(OM, "Badr bin Hamad Albusaidi",
      "voiced hope that it would lead to \"further progress on many regional issues towards justice, peace and "
      "prosperity for all.\"", kind=I, stance="welcome"),
    S(OM, "Badr bin Hamad Albusaidi", "وزير الخارجية: الاتفاق يضمن حرية الملاحة في البحر الأحمر", opt=True,
      stance="agree"),
    S(US, "Donald Trump",
      "the Houthis had told Washington \"they don't want to fight anymore\" and that Washington would \"honour "
      "that\" and stop the bombing", kind=I, stance="agree"),
    S(US, "Donald Trump", "They have capitulated,", opt=True, stance="neutral"),
    S(US, "Donald Trump", "the US would take the Houthis' word", kind=I, stance="agree"),
    S(HO, "Mohammed Abdulsalam", "the understanding \"does not include Israel in any way, shape or form.\"", kind=I,
      stance="neutral"),
    S(HO, "Mohammed Abdulsalam",
      "operations in support of Gaza would continue \"as long as the aggression and the siege continue.\"", kind=I,
      stance="threat"),
    S(HO, "Mahdi al-Mashat", "Our position on Gaza has not changed and will not change.", stance="neutral"),
    S(IL, "Benjamin Netanyahu", "Israel \"will defend itself by itself,\"", kind=I, stance="threat"),
    S(SA, "Saudi Ministry of Foreign Affairs", "welcomed the Omani announcement", kind=I, opt=True,
      stance="welcome"),
    S(SA, "Saudi Ministry of Foreign Affairs",
      "the Kingdom's support for \"all efforts aimed at achieving security and stability in the region.\"", kind=I,
      stance="welcome"),
    # the health ministries' tolls and "according to US officials" are fact reports (opt)
    S(HO, "Houthi-run health ministry", "The Israeli strikes killed three people and wounded 38", kind=I, opt=True,
      stance="neutral"),
    S(HO, "Houthi health authorities",
      "a strike on a migrant detention centre in Saada had killed 68 Africans and wounded 47", kind=I, opt=True,
      stance="neutral"),
    S(US, "US officials", "US forces had carried out more than 1,000 strikes on Houthi targets in Yemen since March 15",
      kind=I, opt=True, stance="neutral"),
    K(3, "killed", "people"), K(38, "wounded", "people"),
    K(68, "killed", "Africans"), K(47, "wounded", "Africans"),
]

# n05 Radio Dabanga, plain page, Friday 12 May 2023
A["n05_dabanga_jeddah_declaration"] = [
    T("May 12 - 2023", "2023-05-12"),
    T("Thursday", "2023-05-11", ctx="late on Thursday"),
    T("on Thursday night", "2023-05-11"),
    T("on Sunday", "2023-05-07"),
    T("on Friday", "2023-05-12", ctx="clashes on Friday"),
    T("on Friday", "2023-05-12", ctx="capital on Friday"),
    T("in the morning", "2023-05-12", opt=True),
    T("April 15", "2023-04-15"), T("on Tuesday", "2023-05-09"), T("April 24", "2023-04-24"),
    P("Jeddah", ctx="city of Jeddah"), P("Khartoum", "KHARTOUM"),
    P("Khartoum North", ctx="in Khartoum North.", opt=True), P("Omdurman", opt=True), P("El Geneina"),
    P("West Darfur", opt=True), P("Darfur", ctx="Home | News | Darfur", opt=True), P("Amsterdam", opt=True),
    P("Adre", "Adré", opt=True), P("Kordofan", opt=True), P("Blue Nile", opt=True),
    V("Jeddah", "2023-05-11"),
    S(SAF + RSF, "Declaration of Commitment to Protect the Civilians of Sudan",
      "the warring parties commit to \"allow safe passage for civilians to leave areas of active hostilities\" and "
      "to refrain from any attack \"expected to cause incidental loss of civilian life.\"", kind=I, stance="agree"),
    S(SAF + RSF, "Declaration of Commitment to Protect the Civilians of Sudan",
      "also commits them to evacuate hospitals and to allow the \"quick and unimpeded\" passage of humanitarian aid",
      kind=I, opt=True, stance="agree"),
    S(US, "senior US State Department official", "the declaration \"is not a ceasefire.\"", kind=I,
      stance="neutral"),
    S(US, "senior US State Department official",
      "the negotiators would now turn to a truce of up to ten days, \"to facilitate the delivery of emergency "
      "assistance,\"", kind=I, stance="propose"),
    S(US, "senior US State Department official", "the parties remain quite far apart.", stance="neutral"),
    S(SA, "Saudi Ministry of Foreign Affairs",
      "the signing would lead to \"a comprehensive ceasefire and an end to the suffering of the brotherly Sudanese "
      "people.\"", kind=I, stance="welcome"),
    S(RSF, "RSF", "welcomed the declaration", kind=I, opt=True, stance="welcome"),
    S(RSF, "RSF", "affirms our full commitment to the protection of civilians.", stance="agree"),
    S(RSF, "Mohamed Hamdan Dagalo", "his forces would accept only \"a real humanitarian truce\"", kind=I,
      stance="agree"),
    S(SAF, "Nabil Abdallah", "the army \"is committed to what was signed in Jeddah,\"", kind=I, stance="agree"),
    S(SAF, "Nabil Abdallah",
      "the RSF \"must leave the houses of citizens and the hospitals it has turned into barracks.\"", kind=I,
      stance="demand"),
    S(SAF, "Nabil Abdallah", "denied that army warplanes had targeted residential areas in Khartoum North", kind=I,
      stance="deny"),
    S(UN, "World Health Organization", "the real figures are likely much higher", kind=I, stance="neutral"),
    S(["Darfur Bar Association"], "member of the Darfur Bar Association",
      "at least 280 people have been killed since April 24", kind=I, opt=True, stance="neutral"),
    S(["Darfur Bar Association"], "member of the Darfur Bar Association",
      "The bodies are still lying in the streets. Nobody can bury them,", opt=True, stance="neutral"),
    S(FFC, "Forces for Freedom and Change",
      "the Jeddah declaration as \"a first step that must be followed by a permanent ceasefire,\"", kind=I,
      stance="welcome"),
    S(FFC, "Forces for Freedom and Change",
      "called on the two parties \"not to use the declaration as a cover to regroup.\"", kind=I, stance="demand"),
    # the doctors' union and ministry tolls are fact reports (opt)
    S(["Sudan Doctors' Trade Union"], "Preliminary Committee of Sudan Doctors' Trade Union",
      "at least 481 civilians have been killed and 2,560 wounded since the outbreak of the fighting on April 15",
      kind=I, opt=True, stance="neutral"),
    K(481, "killed", "civilians", qualifier="at least"), K(2560, "wounded", "civilians"),
    K(604, "killed", "people"), K(5127, "wounded", "people"), K(280, "killed", "people", qualifier="at least"),
]


# n06 SUNA, plain agency page, Hijri date beside the Gregorian, Monday 11 March 2024 (1 Ramadan 1445)
A["n06_suna_burhan_lamamra"] = [
    T("Ramadan Truce", "2024-03", opt=True),
    T("Monday", "2024-03-11", ctx="Port Sudan, Monday", opt=True),
    T("1 Ramadan 1445 AH", "2024-03-11", opt=True),
    T("11-3-2024", "2024-03-11"),
    T("today", "2024-03-11"),
    T("15 April 2023", "2023-04-15"),
    T("on Friday", "2024-03-08"),
    T("(2024)", "2024", opt=True),
    T("Saturday", "2024-03-09"), T("Sunday", "2024-03-10"),
    T("26 February 2024", "2024-02-26"),
    T("Ramadan", "2024-03", ctx="month of Ramadan", opt=True),
    T("Ramadan Kareem", "2024-03", opt=True),
    P("Port Sudan", ctx="office in Port Sudan"), P("Jeddah", ctx="Jeddah Declaration", opt=True),
    P("Al-Jazira"), P("Darfur", ctx="Al-Jazira, Darfur"), P("Khartoum", ctx="Darfur and Khartoum"),
    P("El-Obeid"), P("Al-Fashir"),
    V("Port Sudan", "2024-03-11"), V("Port Sudan", "2024-02-26"),
    # Al-Sadiq reports Al-Burhan: attributed to Al-Burhan (Sudan, the Armed Forces)
    S(SD + SAF, "Abdel Fattah Al-Burhan",
      "the Government of Sudan's welcome of any sincere initiative to stop the war", kind=I, opt=True,
      stance="welcome"),
    S(SD + SAF, "Abdel Fattah Al-Burhan",
      "there will be no truce unless the rebel militia withdraws from the citizens' homes, the civilian objects and "
      "the cities it occupies, in accordance with what was agreed in the Jeddah Declaration.", stance="reject"),
    S(SD + SAF, "Abdel Fattah Al-Burhan",
      "the Armed Forces are \"fully committed to facilitating the delivery of humanitarian aid to all those in need "
      "through the routes agreed with the Government.\"", kind=I, stance="agree"),
    S(SD + SAF, "Abdel Fattah Al-Burhan", "السيادي: لا هدنة إلا بخروج المليشيا من منازل المواطنين", opt=True,
      stance="reject"),
    S(UN, "Ramtane Lamamra", "expressed his happiness at the visit", kind=I, opt=True, stance="neutral"),
    S(UN, "Ramtane Lamamra",
      "the United Nations \"is keen to help the Sudanese people realise their aspirations for peace and "
      "stability.\"", kind=I, stance="neutral"),
    S(UN, "Ramtane Lamamra", "he would continue his consultations with the parties and with regional actors",
      kind=I, stance="neutral"),
    S(UN, "Ramtane Lamamra",
      "the Security Council resolution adopted on Friday \"reflects the will of the international community to "
      "silence the guns during the holy month.\"", kind=I, stance="neutral"),
    S(SD, "Ministry of Foreign Affairs",
      "the Government of Sudan \"takes note\" of UN Security Council Resolution 2724 (2024)", kind=I,
      stance="neutral"),
    S(SD, "Ministry of Foreign Affairs",
      "called on the Council to \"condemn the crimes of the Rapid Support Militia in Al-Jazira, Darfur and Khartoum "
      "in clear terms.\"", kind=I, stance="demand"),
    S(SD, "Ministry of Foreign Affairs",
      "the Government's rejection of any attempt \"to equate the legitimate national army with a rebel militia,\"",
      kind=I, stance="reject"),
    S(SD, "Ministry of Foreign Affairs",
      "its readiness to engage with \"all initiatives that respect the sovereignty of Sudan and its national "
      "institutions.\"", kind=I, stance="agree"),
    S(SD, "Ministry of Foreign Affairs",
      "accused the militia of killing 17 civilians and wounding 42 others in shelling on residential neighbourhoods "
      "of El-Obeid and Al-Fashir on Saturday and Sunday", kind=I, stance="condemn"),
    S(SD, "Ministry of Foreign Affairs",
      "welcomed the decision of the Arab Republic of Egypt to host a conference of Sudanese civilian political "
      "forces", kind=I, opt=True, stance="welcome"),
    S(SD + SAF, "Abdel Fattah Al-Burhan", "wishing that it would bring \"security, stability and peace\" to the country",
      kind=I, opt=True, stance="neutral"),
    K(17, "killed", "civilians"), K(42, "wounded", "others"),
]


# n07 MAP, plain page, Thursday 16 January 2025
A["n07_map_morocco_gaza_ceasefire"] = [
    T("Thursday, 16 January, 2025", "2025-01-16"),
    T("on Wednesday", "2025-01-15"), T("on Thursday", "2025-01-16"),
    T("June 4, 1967", "1967-06-04"), T("4 June 2024", "2024-06-04"), T("2007", "2007"),
    T("Sunday, January 19", "2025-01-19"), T("October 7, 2023", "2023-10-07"),
    T("2025", "2025", ctx="Presse 2025", opt=True),
    P("Gaza Strip", ctx="ceasefire agreement in the Gaza Strip"), P("Doha"), P("Rabat", ctx="Thursday in Rabat"),
    P("Kerem Shalom"), P("East Jerusalem", "East Al-Quds"),
    P("Western Sahara", "Moroccan Sahara", opt=True),
    V("Rabat", "2025-01-16"),
    S(MA, "Nasser Bourita", "Morocco Welcomes Gaza Ceasefire Agreement, Calls for Its Full Implementation",
      opt=True, stance="welcome"),
    S(MA, "Nasser Bourita",
      "The Kingdom of Morocco welcomes the ceasefire agreement in the Gaza Strip announced on Wednesday in Doha",
      kind=I, stance="welcome"),
    S(MA, "Nasser Bourita",
      "The Kingdom of Morocco, under the leadership of HM King Mohammed VI, Chairman of the Al-Quds Committee, "
      "welcomes this agreement and hopes that it will be implemented fully and in good faith by the parties,",
      stance="welcome"),
    S(MA, "Nasser Bourita",
      "the agreement must open the way for \"the unimpeded entry of humanitarian aid to the whole of the Gaza Strip\" "
      "and for the return of the displaced to their homes", kind=I, stance="demand"),
    S(MA, "Nasser Bourita",
      "expressed the Kingdom's appreciation of the mediation efforts deployed by the State of Qatar, the Arab "
      "Republic of Egypt and the United States of America", kind=I, opt=True, stance="welcome"),
    S(MA, "Nasser Bourita",
      "the Kingdom has continued, since the first days of the war, to send humanitarian aid to the population of "
      "Gaza on the Royal instructions, including via a land route through Kerem Shalom crossing, an initiative "
      "\"unprecedented in its nature and scale.\"", kind=I, stance="neutral"),
    S(MA, "Nasser Bourita", "Morocco's position remains unchanged", kind=I, stance="neutral"),
    S(MA, "Nasser Bourita",
      "there can be no lasting peace without the establishment of an independent Palestinian State within the "
      "borders of June 4, 1967, with East Al-Quds as its capital.", stance="demand"),
    S(SI, "Tanja Fajon",
      "Slovenia \"welcomes this long-awaited agreement\" and considers it \"a first step that has to lead to a "
      "political solution,\"", kind=I, stance="welcome"),
    S(SI, "Tanja Fajon",
      "her country, which recognized the State of Palestine on 4 June 2024, \"will continue to support the two-state "
      "solution.\"", kind=I, stance="neutral"),
    S(SI, "Tanja Fajon",
      "Slovenia considers the Autonomy Plan presented by Morocco in 2007 \"a good basis\" for a solution to the "
      "regional dispute over the Moroccan Sahara", kind=I, stance="agree"),
    S(MA, "Bayt Mal Al-Quds Asharif Agency",
      "the launch of a new humanitarian operation in favor of the Maqdisi population and the Gaza Strip", kind=I,
      opt=True, stance="neutral"),
    # "According to the text of the agreement" is a document; the health ministry's toll is a fact report
    K(46700, "killed", "Palestinians", qualifier="more than"),
]


# n08 APS, saved HTML, Thursday 13 October 2022
A["n08_aps_algiers_declaration"] = [
    T("Thursday, 13 October 2022", "2022-10-13"),
    T("Thursday", "2022-10-13", ctx="signed Thursday in Algiers"),
    T("Tuesday", "2022-10-11", ctx="held Tuesday and Wednesday"),
    T("Wednesday", "2022-10-12", ctx="Tuesday and Wednesday at"),
    T("tomorrow", "2022-10-14", opt=True),  # figurative, inside a quote
    T("May 2011", "2011-05"), T("October 2017", "2017-10"),
    T("on Tuesday", "2022-10-11", ctx="Earlier, on Tuesday"),
    T("2 November", "2022-11-02"),
    T("on Wednesday", "2022-10-12", ctx="Lamamra said on Wednesday"),
    T("2022", "2022", ctx="Service 2022", opt=True),
    P("Algiers", ctx="signed Thursday in Algiers"), P("Club des Pins", opt=True),
    P("International Conference Centre", opt=True),
    P("El Mouradia", opt=True), P("Cairo"),
    V("Algiers", "2022-10-13"), V("Algiers", "2022-10-11"), V("Algiers", "2022-10-12", opt=True),
    V("Cairo", "2011-05"), V("Cairo", "2017-10"), V("Algiers", "2022-11-01"),
    # the declaration's provisions are a document's content (opt)
    S(PAL, "Algiers Declaration",
      "provides for holding presidential and legislative elections \"within a period not exceeding one year\" from "
      "its date, and for the election of the Palestinian National Council inside and outside Palestine, \"wherever "
      "possible.\"", kind=I, opt=True, stance="agree"),
    S(PAL, "Algiers Declaration",
      "the factions also agreed to \"adopt the language of dialogue and consultation to resolve differences,\"",
      kind=I, opt=True, stance="agree"),
    S(DZ, "Abdelmadjid Tebboune",
      "Algeria will spare no effort to accompany our Palestinian brothers until the unity of their ranks is "
      "achieved,", stance="neutral"),
    S(DZ, "Abdelmadjid Tebboune",
      "the Palestinian cause \"remains a sacred cause for the Algerian people.\"", kind=I, stance="neutral"),
    S(HA, "Ismail Haniyeh",
      "This is a historic day. We came to Algiers with the will to end the division, and we will leave it with a "
      "national consensus that we will protect.", stance="welcome"),
    S(HA, "Ismail Haniyeh", "Hamas \"is ready to go to elections tomorrow.\"", kind=I, stance="agree"),
    S(FA, "Azzam al-Ahmad",
      "the declaration \"is a good basis,\" but that \"the important thing now is implementation,\"", kind=I,
      stance="welcome"),
    S(FA, "Azzam al-Ahmad",
      "previous agreements signed in Cairo in May 2011 and in October 2017 had not been implemented", kind=I,
      stance="neutral"),
    S(PF, "PFLP", "welcomed the declaration", kind=I, opt=True, stance="welcome"),
    S(PF, "Maher al-Taher", "regretted that it did not include the formation of a national unity government",
      kind=I, stance="neutral"),
    S(PF, "Maher al-Taher", "was removed at the last moment.", stance="neutral"),
    S(PIJ, "Palestinian Islamic Jihad",
      "expressing reservations on the clause relating to the recognition of \"international legitimacy,\"", kind=I,
      stance="reject"),
    S(DZ, "Algerian diplomacy", "wants to be \"a summit of unity\" for the Palestinian cause", kind=I, opt=True,
      stance="propose"),
    S(DZ, "Ramtane Lamamra",
      "Algeria \"hopes that the summit will adopt the Algiers Declaration as a basis for joint Arab action.\"",
      kind=I, stance="propose"),
    # the Arabic line reports the signing (a fact, not a statement)
]


# n09 Addis Standard, plain page, Ethiopian calendar beside the Gregorian, Wednesday 20 December 2023
A["n09_addisstandard_gerd_talks_end"] = [
    T("December 20/2023", "2023-12-20"),
    T("Tahsas 10, 2016 E.C.", "2023-12-20", opt=True),
    T("this morning", "2023-12-20"),
    T("on Tuesday evening", "2023-12-19"),
    T("17-19 December", "2023-12-17", opt=True),  # day ranges: opt (value of the first day)
    T("13 July 2023", "2023-07-13"),
    T("27-28 August", "2023-08-27", opt=True), T("23-24 September", "2023-09-23", opt=True),
    T("23-24 October", "2023-10-23", opt=True),
    T("In September", "2023-09"), T("March 2015", "2015-03"), T("April", "2023-04", ctx="since April"),
    T("February 2020", "2020-02"), T("April 2021", "2021-04"),
    P("Addis Abeba", ctx="Addis Abeba, December"), P("Cairo", ctx="met in Cairo"),
    P("Blue Nile River", "Blue Nile", opt=True), P("Guba", opt=True), P("Benishangul Gumuz", opt=True),
    P("Nile", ctx="on the Nile", opt=True), P("Khartoum"), P("Washington"), P("Kinshasa"),
    P("Tigray", opt=True), P("Amhara", opt=True), P("Oromia", opt=True),
    V("Addis Abeba", "2023-12"), V("Cairo", "2023-07-13"), V("Cairo", "2023-08"), V("Addis Abeba", "2023-09"),
    V("Cairo", "2023-10"), V("Khartoum", "2015-03"), V("Washington", "2020-02"), V("Kinshasa", "2021-04"),
    S(ET, "Ethiopia", "Ethiopia says Egypt's statement on end of GERD talks \"distorts\" its positions, vows to "
      "continue filling", opt=True, stance="reject"),
    S(ET, "Ministry of Foreign Affairs of Ethiopia", "Cairo's statement \"distorts Ethiopia's positions\" in the talks",
      kind=I, stance="reject"),
    S(ET, "Ministry of Foreign Affairs of Ethiopia",
      "Ethiopia \"remains committed to reaching an amicable and negotiated solution that addresses the interests of "
      "the three countries,\"", kind=I, stance="agree"),
    S(ET, "Ministry of Foreign Affairs of Ethiopia",
      "accused Egypt of maintaining \"a colonial-era mentality\" and of \"erecting roadblocks\" against efforts towards "
      "convergence", kind=I, stance="condemn"),
    S(ET, "Ministry of Foreign Affairs of Ethiopia",
      "Ethiopia will continue to exercise its right to utilize its water resources for the benefit of its people, "
      "and will not be bound by any agreement to which it is not a party,", stance="reject"),
    S(EG, "Egypt's Ministry of Water Resources and Irrigation",
      "the fourth and final round of talks, which was held in Addis Abeba on 17-19 December, had \"failed to produce "
      "any result\" owing to what it called Ethiopia's \"continued rejection of any technical or legal compromise "
      "solutions.\"", kind=I, stance="condemn"),
    S(EG, "Egypt's Ministry of Water Resources and Irrigation",
      "Egypt \"will closely monitor the process of filling and operating\" the dam and \"reserves its right, "
      "guaranteed under international charters and conventions, to defend its water and national security in the "
      "event of harm.\"", kind=I, stance="threat"),
    S(ET + EG, "Abiy Ahmed and Abdel Fattah al-Sisi",
      "agreed to finalize an agreement on the filling and operation of the dam within four months", kind=I, opt=True,
      stance="agree"),
    S(ET, "senior Ethiopian negotiator",
      "the Egyptian delegation had \"come with a ready-made text and wanted us to sign it.\"", kind=I,
      stance="condemn"),
    S(ET, "senior Ethiopian negotiator",
      "Ethiopia had proposed guidelines for a \"fair and equitable\" sharing during drought years", kind=I,
      stance="propose"),
    S(EG, "Egypt", "described the move at the time as \"a violation of the Declaration of Principles\" signed by the "
      "three countries in Khartoum in March 2015", kind=I, stance="condemn"),
    S(EG, "Egypt", "Gov't says fourth GERD filling complete; Egypt calls it \"illegal\"", opt=True, stance="condemn"),
    # the Amharic line is a headline of fact; Ethiopia's announcement of the filling is a fact report (opt)
    S(ET, "Ethiopia", "the completion of the fourth and final filling of the dam's reservoir", kind=I, opt=True,
      stance="neutral"),
]


# n10 Alsumaria News, plain page, Hijri date beside the Gregorian, Saturday 3 February 2024
A["n10_alsumaria_us_strikes_qaim"] = [
    T("03/02/2024", "2024-02-03"),
    T("22 Rajab 1445 AH", "2024-02-03", opt=True),
    T("on Saturday", "2024-02-03", ctx="said on Saturday"),
    T("overnight", "2024-02-03", opt=True),
    T("Friday", "2024-02-02", ctx="late on Friday"),
    T("today", "2024-02-02", opt=True),  # Biden's statement of Friday (US time)
    T("January 28", "2024-01-28"),
    T("on Tuesday", "2024-01-30"),
    T("shortly after midnight", "2024-02-03", opt=True),
    T("Saturday", "2024-02-03", ctx="on Saturday afternoon"),
    T("2024", "2024", ctx="Alsumaria 2024", opt=True),
    P("Baghdad", ctx="Alsumaria News - Baghdad"), P("Al-Qaim", ctx="in the Al-Qaim and"), P("Akashat", ctx="and Akashat areas"),
    P("Anbar", ctx="western Anbar"), P("Middle East", opt=True), P("Tower 22", opt=True),
    P("Deir ez-Zor"), P("Mayadeen"), P("Albu Kamal"),
    V("Baghdad", "2024-02-03"),
    S(IQ, "Iraqi government", "16 killed, including civilians, in US strikes on Al-Qaim and Akashat", opt=True,
      stance="neutral"),
    S(IQ, "Yehia Rasool",
      "the US airstrikes that targeted positions in the Al-Qaim and Akashat areas in western Anbar overnight "
      "constitute \"a violation of Iraqi sovereignty\" and \"a threat that will drag Iraq and the region into "
      "unforeseen consequences.\"", kind=I, stance="condemn"),
    S(IQ, "Yehia Rasool",
      "These strikes come at a time when Iraq is striving to ensure that the region does not slide into a wider "
      "conflict,", stance="condemn"),
    S(IQ, "Yehia Rasool",
      "the Iraqi government \"rejects the use of Iraqi territory as an arena for settling scores.\"", kind=I,
      stance="reject"),
    S(IQ, "Basim al-Awadi",
      "the strikes killed 16 people, including civilians, and wounded 25 others, in addition to damage to "
      "residential buildings and private property", kind=I, opt=True, stance="neutral"),
    S(IQ, "Basim al-Awadi", "described the attack as \"a new aggression against Iraq's sovereignty\"", kind=I,
      stance="condemn"),
    S(IQ, "Basim al-Awadi", "Baghdad would summon the US charge d'affaires to deliver a formal protest", kind=I,
      stance="neutral"),
    S(PMF, "Popular Mobilisation Authority",
      "16 of its members, among them a medic, were killed in the strikes on its headquarters in Al-Qaim", kind=I,
      opt=True, stance="neutral"),
    S(US, "US Central Command",
      "its forces struck more than 85 targets in Iraq and Syria late on Friday with more than 125 precision "
      "munitions", kind=I, opt=True, stance="neutral"),
    S(US, "Joe Biden", "our response began today. It will continue at times and places of our choosing.",
      stance="threat"),
    S(US, "Joe Biden",
      "does not seek conflict in the Middle East or anywhere else in the world. But let all those who might seek to "
      "do us harm know this: If you harm an American, we will respond.", stance="threat"),
    S(US, "Washington", "blamed the attack on the Islamic Resistance in Iraq", kind=I, opt=True, stance="condemn"),
    S(["Syrian Observatory for Human Rights"], "Syrian Observatory for Human Rights",
      "at least 23 fighters from pro-Iranian groups were killed in the strikes on sites in Deir ez-Zor province",
      kind=I, opt=True, stance="neutral"),
    S(IR, "Nasser Kanaani",
      "calling them \"another adventurous and strategic mistake by the United States\" that would only lead to "
      "\"increased tension and instability in the region.\"", kind=I, stance="condemn"),
    S(KH, "Kataib Hezbollah",
      "the suspension of its military operations against US forces \"to prevent embarrassment to the Iraqi "
      "government,\"", kind=I, stance="neutral"),
    S(IQ, "security source in Anbar",
      "the strikes took place shortly after midnight, adding that ambulances were transferring the wounded to "
      "Al-Qaim hospital", kind=I, opt=True, stance="neutral"),
    K(16, "killed", "people"), K(25, "wounded", "others"), K(16, "killed", "members"),
    K(3, "killed", "US soldiers"), K(40, "wounded", "soldiers", opt=True, qualifier="more than"),
    K(23, "killed", "fighters", qualifier="at least"),
]


# n11 North Press Agency, plain page, a Turkish and a Kurdish line, Sunday 14 January 2024
A["n11_northpress_turkish_strikes_qamishli"] = [
    T("Friday", "2024-01-12", ctx="on Friday and Saturday"),
    T("Saturday", "2024-01-13", ctx="Friday and Saturday has"),
    T("on Sunday", "2024-01-14", ctx="said on Sunday"),
    T("14/1/2024", "2024-01-14"),
    T("in the past two days", "P2D", opt=True),
    T("on Saturday", "2024-01-13", ctx="on X on Saturday"),
    T("Sunday", "2024-01-14", ctx="on Sunday afternoon"),
    T("13/1/2024", "2024-01-13"),
    T("on Saturday", "2024-01-13", ctx="Defence said on Saturday"),
    T("on Friday", "2024-01-12", ctx="northern Iraq on Friday"),
    T("Friday", "2024-01-12", ctx="late on Friday"),
    T("Friday", "2024-01-12", ctx="since Friday"),
    T("in October", "2023-10"),
    P("Qamishli", ctx="printing house in Qamishli"), P("Amuda", ctx="Qamishli, Amuda"), P("al-Malikiyah"), P("Istanbul"),
    P("Swaydiyah", ctx="The Swaydiyah gas plant", opt=True), P("Jazira region", opt=True),
    P("northeast Syria", ctx="Turkish airstrikes on northeast Syria", opt=True),
    P("northern Iraq", ctx="operations in northern Iraq", opt=True), P("northern Syria", opt=True),
    V("Istanbul", "2024-01-12"),
    # tolls and a party's report of its own operation are fact reports (opt)
    S(SDF, "SDF", "Turkish drone strikes kill eight in northeast Syria, SDF says", opt=True, stance="neutral"),
    S(SDF, "SDF", "The death toll from Turkish airstrikes on northeast Syria on Friday and Saturday has risen to eight "
      "people, including two civilians", kind=I, opt=True, stance="neutral"),
    S(SDF, "SDF Media Center",
      "Turkish warplanes and drones carried out more than 40 strikes in the past two days, targeting "
      "\"infrastructure that serves millions of people.\"", kind=I, stance="condemn"),
    S(SDF, "SDF Media Center", "six of its members and two civilians were killed and 11 others were wounded, among "
      "them a woman and a child", kind=I, opt=True, stance="neutral"),
    S(SDF, "Mazloum Abdi",
      "These attacks are a war crime against our people, and we will not stand by with our arms folded,",
      stance="threat"),
    S(SDF, "Mazloum Abdi", "The Turkish state is trying to export its internal crisis to our regions.",
      stance="condemn"),
    S(AANES, "Health Board of the AANES", "put the number of wounded at 14", kind=I, opt=True, stance="neutral"),
    S(AANES, "Ahmed Mustafa", "The Swaydiyah gas plant and the Amuda power station were put out of service",
      kind=I, opt=True, stance="neutral"),
    S(AANES, "Ahmed Mustafa",
      "Qamishli and most of the towns of Jazira region are now without electricity. We do not know when we will be "
      "able to repair it,", stance="neutral"),
    S(TR, "Turkish Ministry of National Defence",
      "its forces had \"neutralised\" 25 militants of the PKK and the People's Protection Units (YPG) in air "
      "operations in northern Iraq and northern Syria, hitting 29 targets", kind=I, opt=True, stance="neutral"),
    S(TR, "Turkish Ministry of National Defence", "Our operations will continue until the last terrorist is "
      "neutralised,", stance="threat"),
    S(TR, "Turkish Ministry of National Defence",
      "Saldırılarımız son terörist etkisiz hale getirilinceye kadar devam edecek.", opt=True, stance="threat"),
    S(TR, "Ankara", "nine Turkish soldiers were killed in clashes with PKK militants at a base in northern Iraq on "
      "Friday", kind=I, opt=True, stance="neutral"),
    S(TR, "Recep Tayyip Erdoğan", "vowed a tough response", kind=I, opt=True, stance="threat"),
    S(["Syrian Observatory for Human Rights"], "Syrian Observatory for Human Rights",
      "the Turkish strikes since Friday had killed nine people, among them four members of the SDF's internal "
      "security forces (Asayish)", kind=I, opt=True, stance="neutral"),
    S(US, "US official",
      "Washington was \"concerned about the escalation\" and had urged \"restraint.\"", kind=I, stance="demand"),
    # the coalition's silence is negated speech; the Kurdish line is a credit
    K(8, "killed", "people"), K(2, "killed", "civilians"), K(6, "killed", "members"), K(11, "wounded", "others"),
    K(14, "wounded", "people", opt=True), K(25, "killed", "militants", opt=True),
    K(9, "killed", "Turkish soldiers"), K(9, "killed", "people"), K(4, "killed", "members"),
]


# n12 The Arab Weekly, plain page, a Hebrew line, Wednesday 22 November 2023
A["n12_arabweekly_gaza_truce_deal"] = [
    T("Wednesday 22/11/2023", "2023-11-22"),
    T("on Wednesday", "2023-11-22", ctx="agreed on Wednesday"),
    T("within the next 24 hours", "PT24H", opt=True),
    T("Wednesday", "2023-11-22", ctx="early hours of Wednesday"),
    T("2011", "2011"),
    T("on Tuesday", "2023-11-21"),
    T("on Wednesday", "2023-11-22", ctx="Strikes continued on Wednesday"),
    T("October 7", "2023-10-07"), T("October 20", "2023-10-20"), T("October 23", "2023-10-23"),
    T("2023", "2023", ctx="Weekly, 2023", opt=True),
    P("Doha", "DOHA"), P("Jerusalem", "JERUSALEM"), P("Gaza Strip", "Gaza", ctx="truce in Gaza"),
    P("Khan Younis"), P("Rafah"), P("London", opt=True),
    S(QA, "Majed al-Ansari",
      "the start time of the pause would be announced \"within the next 24 hours\" and that it would allow \"the entry "
      "of a larger number of humanitarian convoys and relief aid, including fuel.\"", kind=I, stance="neutral"),
    S(QA, "Qatari statement",
      "The truce could be extended by one day for every additional ten hostages released", kind=I,
      stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "We are at war, and we will continue the war until we achieve all of our goals: to destroy Hamas, return all of "
      "our hostages and ensure that no entity in Gaza can threaten Israel,", stance="threat"),
    S(IL, "Benjamin Netanyahu", "אנחנו במלחמה ונמשיך במלחמה עד שנשיג את כל מטרותינו", opt=True, stance="threat"),
    S(IL, "Itamar Ben-Gvir",
      "called the deal \"a historic mistake\" and warned that it would \"repeat the disaster of the Shalit deal,\"",
      kind=I, stance="reject"),
    S(HA, "Hamas",
      "its fingers \"remain on the trigger\" and that its fighters would \"remain on alert to defeat the aggression.\"",
      kind=I, stance="threat"),
    S(HA, "Ismail Haniyeh", "the movement was \"close to reaching a truce agreement.\"", kind=I, stance="neutral"),
    S(PIJ, "Ziyad al-Nakhalah", "it would abide by the truce \"as long as the enemy abides by it,\"", kind=I,
      stance="agree"),
    S(PIJ, "Ziyad al-Nakhalah", "the battle is not over.", stance="threat"),
    S(US, "Joe Biden",
      "welcomed the agreement, thanking Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Egyptian President Abdel "
      "Fattah al-Sisi for their \"critical leadership and partnership.\"", kind=I, stance="welcome"),
    S(JO, "King Abdullah II", "the truce must be \"a step towards a complete end to the war,\"", kind=I,
      stance="demand"),
    S(HA, "health ministry in Hamas-run Gaza",
      "more than 14,100 people have been killed since October 7, including 5,840 children", kind=I, opt=True,
      stance="neutral"),
    S(IL, "Israeli army", "68 of its soldiers had been killed in the ground offensive", kind=I, opt=True,
      stance="neutral"),
    # "the official Petra news agency" is an agency, not the place
    K(14100, "killed", "people", qualifier="more than"), K(5840, "killed", "children"), K(68, "killed", "soldiers"),
]

# the quoted fragments inside each indirect statement: optional statements of the same speaker (blind8's convention)
add_fragments(A)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
