"""Build tests/blind14/gold.json from the hand annotations below (run: python tests/blind14/make_gold.py).

A blind set (blind14) of statement-heavy ordinary news from twelve outlets and agencies not used by the earlier sets,
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
    "Abu Dhabi": (24.4667, 54.3667), "Tel Aviv": (32.0809, 34.7806), "Amman": (31.9552, 35.9450),
    "Doha": (25.2854, 51.5310), "Manama": (26.2154, 50.5832), "Gudaibiya Palace": (26.2285, 50.5890),
    "White House": (38.8977, -77.0365), "Muscat": (23.5841, 58.4078), "Tehran": (35.6944, 51.4215),
    "Moscow": (55.7522, 37.6156), "Ankara": (39.9199, 32.8543), "Aleppo": (36.2021, 37.1343),
    "Astana": (51.1801, 71.4460), "Geneva": (46.2022, 6.1457), "Beijing": (39.9075, 116.3972),
    "Jerusalem": (31.7690, 35.2163), "Washington": (38.8951, -77.0364), "Cairo": (30.0626, 31.2497),
    "Algiers": (36.7525, 3.0420), "New York": (40.7143, -74.0060), "Ottawa": (45.4112, -75.6981),
    "Istanbul": (41.0138, 28.9497), "Ashdod": (31.8044, 34.6553), "Rafah": (31.2969, 34.2455),
    "Nantucket": (41.2835, -70.0995), "Sanaa": (15.3547, 44.2067), "Hodeidah": (14.7978, 42.9545),
    "Jeddah": (21.5169, 39.2192), "Khartoum": (15.5518, 32.5324), "Port Sudan": (19.6158, 37.2164),
    "Beirut": (33.8938, 35.5018), "Madrid": (40.4165, -3.7026), "Baghdad": (33.3406, 44.4009),
    "Ahvaz": (31.3190, 48.6842), "Kerman": (30.2832, 57.0788), "London": (51.5085, -0.1257),
    # regions
    "Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25), "Southern Israel": (31.25, 34.70),
    "Southern Lebanon": (33.27, 35.40), "Saada": (16.94, 43.76), "Massachusetts": (42.30, -71.80),
    "Middle East": (29.0, 41.0), "Red Sea": (20.0, 38.5),
}
RADIUS = {"Gaza Strip": 60, "West Bank": 60, "Southern Israel": 80, "Southern Lebanon": 60, "Saada": 80,
          "Massachusetts": 200, "Middle East": 1500, "Red Sea": 800}
# a place is required once per article; landmarks inside a required city, reporters' locations in credit lines,
# "Middle East" and "Red Sea" are opt; capitals used for governments are not places.
I = "indirect"  # noqa: E741
US = ["United States"]
IL = ["Israel"]
HA = ["Hamas"]
FA = ["Fatah"]
UN = ["United Nations"]
EG = ["Egypt"]
JO = ["Jordan"]
QA = ["Qatar"]
IR = ["Iran"]
LB = ["Lebanon"]
HZ = ["Hezbollah"]
TR = ["Turkey"]
SA = ["Saudi Arabia"]
AE = ["United Arab Emirates"]
BH = ["Bahrain"]
OM = ["Oman"]
RU = ["Russia"]
CN = ["China"]
HU = ["Houthis"]
UK = ["United Kingdom"]
SD = ["Sudan"]
RSF = ["Rapid Support Forces"]
IQ = ["Iraq"]
ES = ["Spain"]
AL = ["Arab League"]
FACTIONS14 = ["Hamas", "Fatah", "Palestinian Islamic Jihad", "PFLP", "DFLP"]  # the Beijing Declaration's signatories

A = {}

A["h01_wam_uae_israel_accord"] = [
    T("13-08-2020", "2020-08-13"), T("21:12", "2020-08-13", opt=True),
    T("13th August, 2020", "2020-08-13"), T("today", "2020-08-13"),
    T("in the coming weeks", "FUTURE_REF", opt=True), T("2020", "2020", opt=True, ctx="© 2020 Emirates"),
    P("Abu Dhabi", nth=0), P("Tel Aviv"), P("Amman"), P("Middle East", opt=True),
    S(AE, "Mohamed bin Zayed",
      "an agreement was reached to stop further Israeli annexation of Palestinian territories", kind=I,
      stance="agree"),
    S(AE, "Mohamed bin Zayed",
      "The UAE and Israel also agreed to cooperation and setting a roadmap towards establishing a bilateral "
      "relationship", stance="agree"),
    S(US + AE + IL, "Trump, Mohamed bin Zayed and Netanyahu",
      "this historic diplomatic breakthrough will advance peace in the Middle East region.", stance="welcome"),
    S(US + AE + IL, "Trump, Mohamed bin Zayed and Netanyahu",
      "as a result of the breakthrough, Israel will suspend declaring sovereignty over areas outlined in the US peace "
      "vision and focus its efforts now on expanding ties with other countries in the Arab and Muslim world", kind=I,
      stance="agree"),
    S(US + AE + IL, "Trump, Mohamed bin Zayed and Netanyahu",
      "Delegations from Israel and the UAE will meet in the coming weeks to sign bilateral agreements regarding "
      "investment, tourism, direct flights, security and telecommunications", kind=I, stance="agree"),
    S(AE, "Anwar Gargash",
      "the decision was a \"bold step\" that preserves the prospects of the two-state solution", kind=I,
      stance="neutral"),
    S(AE, "Anwar Gargash",
      "The UAE is using its weight and the promise of its relations to put on the table a realistic initiative that "
      "buys time for negotiations.", stance="neutral"),
    # the reporter's question is not a statement; the answer is
    S(AE, "Anwar Gargash",
      "the matter \"will come in due course\" and would follow the normal diplomatic process", kind=I,
      stance="neutral"),
    S(EG, "Egypt", "welcomed the announcement", kind=I, opt=True, stance="welcome"),
    S(EG, "Abdel Fattah El Sisi",
      "he had followed \"with interest and appreciation\" the joint statement on halting the annexation, describing "
      "it as a step that would bring peace to the Middle East", kind=I, stance="welcome"),
    S(BH, "Bahrain", "expressed its congratulations to the UAE", kind=I, opt=True, stance="welcome"),
    S(BH, "Bahrain", "the agreement \"strengthens the chances of achieving peace in the region.\"", kind=I,
      stance="welcome"),
    S(OM, "Oman's Ministry of Foreign Affairs spokesman", "expressed its support for the decision", kind=I, opt=True,
      stance="welcome"),
    S(OM, "Oman's Ministry of Foreign Affairs spokesman",
      "it would contribute to achieving a comprehensive, just and lasting peace", kind=I, stance="welcome"),
    S(JO, "Ayman Safadi",
      "the agreement could push stalled peace negotiations forward only if Israel ended its occupation, warning that "
      "\"the region will not know security\" otherwise", kind=I, stance="neutral"),
    # "the White House called the "Abraham Accord"": a name, not a statement
]

A["h02_qna_doha_humanitarian_pause"] = [
    T("22/11/2023", "2023-11-22"), T("07:10 AM", "2023-11-22", opt=True), T("November 22", "2023-11-22"),
    T("today", "2023-11-22"), T("within the next 24 hours", "PT24H", opt=True),
    T("four days", "P4D", nth=0, opt=True), T("four days", "P4D", nth=1, opt=True),
    T("October 7", "2023-10-07"), T("2023", "2023", opt=True, ctx="Qatar News Agency 2023"),
    P("Doha", nth=0), P("Gaza Strip"),
    S(QA, "Qatar", "the success of its joint mediation efforts", kind=I, opt=True, stance="neutral"),
    S(QA, "Qatar's Ministry of Foreign Affairs",
      "the starting time of the pause will be announced within the next 24 hours and will last for four days, "
      "subject to extension", kind=I, stance="neutral"),
    S(QA, "Qatar's Ministry of Foreign Affairs",
      "The agreement includes the release of 50 civilian women and children hostages currently held in the Gaza "
      "Strip in exchange for the release of a number of Palestinian women and children detained in Israeli prisons",
      kind=I, stance="neutral"),
    S(QA, "Qatar's Ministry of Foreign Affairs",
      "the number of those released will be increased in later stages of implementing the agreement", kind=I,
      stance="neutral"),
    S(QA, "Qatar's Ministry of Foreign Affairs",
      "the humanitarian pause will also allow the entry of a larger number of humanitarian convoys and relief aid, "
      "including fuel designated for humanitarian needs", kind=I, stance="neutral"),
    S(QA, "Qatar",
      "it will continue its diplomatic efforts towards de-escalation, stopping the bloodshed and protecting "
      "civilians", kind=I, stance="neutral"),
    S(QA, "Qatar",
      "expressed its appreciation to the Arab Republic of Egypt and the United States for their role in reaching "
      "the agreement", kind=I, stance="welcome"),
    S(QA, "Majed Al Ansari",
      "We hope this agreement will be the nucleus of a comprehensive deal that ends the war and the suffering of "
      "our brothers in Gaza.", stance="neutral"),
    S(QA, "Majed Al Ansari", "The details were negotiated line by line,", stance="neutral"),
    S(QA, "Majed Al Ansari", "and every side has made concessions.", stance="neutral"),
    S(QA, "Majed Al Ansari",
      "nobody could offer guarantees in a war, but that the mediators would work \"around the clock\" to extend the "
      "pause", kind=I, stance="neutral"),
    S(US, "Joe Biden",
      "the US President expressed his thanks and appreciation for the efforts of the State of Qatar and His "
      "Highness's leadership in reaching the agreement", kind=I, stance="welcome"),
    S(EG, "Egypt's Ministry of Foreign Affairs", "welcomed the agreement", kind=I, opt=True, stance="welcome"),
    S(EG, "Egypt's Ministry of Foreign Affairs",
      "the need for it to lead to \"a comprehensive and permanent ceasefire\"", kind=I, stance="demand"),
    S(HA, "Hamas", "the agreement had been reached \"after difficult and complex negotiations\"", kind=I,
      stance="neutral"),
    S(HA, "Hamas", "Our hands will remain on the trigger.", stance="threat"),
    S(IL, "Israeli government",
      "it \"is committed to returning all the hostages home\" and that the war would continue after the pause",
      kind=I, stance="threat"),
    K(14000, "killed", "Palestinians", qualifier="more than", by="Ministry of Health in Gaza"),
]

A["h03_bna_manama_communique"] = [
    T("Oct. 18", "2020-10-18", nth=0), T("Sunday, 18 October 2020", "2020-10-18"), T("Oct. 18", "2020-10-18", nth=1),
    T("today", "2020-10-18"), T("at the earliest possible time", "FUTURE_REF", opt=True),
    T("in the coming months", "FUTURE_REF", opt=True), T("this morning", "2020-10-18"),
    T("in the evening", "2020-10-18", opt=True), T("September 15", "2020-09-15"),
    T("2020", "2020", opt=True, ctx="Copyright © 2020 Bahrain"),
    P("Manama", nth=0), P("Gudaibiya Palace", opt=True), P("Tel Aviv"), P("Middle East", opt=True),
    P("White House", opt=True),
    V("Manama", "2020-10-18"),
    V("White House", "2020-09-15", opt=True),
    S(BH + IL, "Abdullatif Al Zayani and Meir Ben-Shabbat",
      "the two countries agreed to \"establish full diplomatic relations\" and to open embassies and exchange "
      "ambassadors at the earliest possible time", kind=I, stance="agree"),
    S(BH + IL, "Abdullatif Al Zayani and Meir Ben-Shabbat",
      "affirmed their commitment to \"promote a vision of peace, security and prosperity in the Middle East\"",
      kind=I, stance="agree"),
    S(BH, "Abdullatif Al Zayani", "the Kingdom of Bahrain believes in peace as a strategic choice", kind=I,
      stance="neutral"),
    S(BH, "Abdullatif Al Zayani", "the Kingdom's firm position on the Palestinian cause remains unchanged",
      stance="neutral"),
    S(BH, "Abdullatif Al Zayani",
      "the best way to end the Palestinian-Israeli conflict \"is a two-state solution that fulfils the legitimate "
      "aspirations of the Palestinian people\"", kind=I, stance="neutral"),
    S(BH, "Abdullatif Al Zayani",
      "the Kingdom will work with its partners \"to build a bright future for the next generations\"", kind=I,
      stance="neutral"),
    S(BH, "Abdullatif Al Zayani", "called on the international community to support the peace process", kind=I,
      stance="demand"),
    S(IL, "Meir Ben-Shabbat", "expressed his country's appreciation for the warm welcome", kind=I, opt=True,
      stance="welcome"),
    S(IL, "Meir Ben-Shabbat",
      "This is a historic day. We came to Manama with a message of peace and friendship from Prime Minister "
      "Benjamin Netanyahu.", stance="neutral"),
    S(IL, "Meir Ben-Shabbat",
      "Israel looked forward to \"the day when an Israeli child and a Bahraini child can visit each other's "
      "countries freely\"", kind=I, stance="neutral"),
    S(US, "Steven Mnuchin",
      "the United States was proud to have supported the agreement, stressing that President Donald Trump's vision "
      "\"has brought the region closer to a new era of peace\"", kind=I, stance="welcome"),
    S(US, "Steven Mnuchin", "he expected more countries to join the agreements \"in the coming months\"", kind=I,
      stance="neutral"),
    S(BH, "Hamad bin Isa Al Khalifa",
      "the Kingdom \"supports all efforts aimed at achieving a just and comprehensive peace\" on the basis of the "
      "Arab Peace Initiative", kind=I, stance="neutral"),
]

A["h04_irna_muscat_indirect_talks"] = [
    T("Apr 12, 2025", "2025-04-12"), T("20:45", "2025-04-12", opt=True),
    T("next Saturday", "2025-04-19", nth=0), T("next Saturday", "2025-04-19", nth=1),
    T("on Saturday", "2025-04-12", ctx="after the talks on Saturday"), T("next week", "2025-W16"),
    T("for a few minutes", "PT5M", opt=True), T("last month", "2025-03"), T("in January", "2025-01"),
    T("In 2018", "2018"), T("2015", "2015"), T("on Saturday evening", "2025-04-12"),
    P("Tehran", ctx="Tehran, IRNA"), P("Muscat", nth=0), P("Middle East", opt=True),
    V("Muscat", "2025-04-12"),
    S(IR, "Abbas Araghchi", "Muscat talks held in constructive atmosphere, next round next Saturday", opt=True,
      stance="neutral"),
    S(IR, "Abbas Araghchi",
      "the indirect talks between Iran and the United States in the Omani capital, Muscat, were held in a "
      "\"constructive and calm atmosphere\", and the two sides agreed to continue the negotiations next Saturday",
      kind=I, stance="neutral"),
    S(IR, "Abbas Araghchi",
      "We are close to a basis for negotiation. If we can finalise this basis next week, we will have taken a big "
      "step forward.", stance="neutral"),
    S(IR, "Abbas Araghchi",
      "Neither we nor the other side want fruitless negotiations, talks for the sake of talks, or a time-wasting "
      "process,", stance="neutral"),
    S(IR, "Abbas Araghchi",
      "The two delegations sat in separate rooms and exchanged messages through Omani Foreign Minister Badr "
      "Albusaidi", kind=I, stance="neutral"),
    S(IR, "Abbas Araghchi",
      "at the end the two heads of delegation spoke directly \"for a few minutes\" in the presence of the Omani "
      "minister", kind=I, stance="neutral"),
    S(IR, "Esmaeil Baghaei",
      "the talks focused solely on the nuclear issue and the lifting of \"oppressive sanctions\", and that Iran had "
      "entered them \"in good faith and with full vigilance\"", kind=I, stance="neutral"),
    S(IR, "Esmaeil Baghaei", "Iran would not negotiate under threat", kind=I, stance="reject"),
    S(IR, "Esmaeil Baghaei", "the talks were \"a test of the other side's seriousness\"", kind=I, stance="neutral"),
    S(OM, "Badr Albusaidi",
      "the meeting took place in \"a friendly atmosphere conducive to bridging points of view\"", kind=I,
      stance="neutral"),
    S(OM, "Badr Albusaidi",
      "Oman would continue working with both countries towards \"a fair and binding agreement\"", kind=I,
      stance="neutral"),
    S(US, "White House", "very positive and constructive", stance="welcome"),
    S(US, "White House",
      "Witkoff had told Araghchi he had been instructed by President Donald Trump to resolve the two nations' "
      "differences \"through dialogue and diplomacy, if that is possible\"", kind=I, stance="neutral"),
    # an earlier threat recalled as background: opt
    S(US, "Donald Trump",
      "threatened Iran with bombing \"the likes of which they have never seen before\" if it did not reach an "
      "agreement", kind=I, opt=True, stance="threat"),
    S(US, "Donald Trump", "the talks were \"going okay\"", kind=I, stance="neutral"),
    S(IR, "Mohammad Bagher Ghalibaf",
      "the people of Iran \"will judge the talks by their results, not by the atmosphere\"", kind=I,
      stance="neutral"),
    # a related-link headline with a speaker: opt
    S(IR, "Leader's advisor", "Iran's missile programme not on the table", opt=True, stance="reject"),
    # "so-called "maximum pressure"" and the analysts' prediction are not statements
]

A["h05_tass_moscow_trilateral_syria"] = [
    T("December 20, 2016", "2016-12-20"), T("19:05 UTC+3", "2016-12-20", opt=True),
    T("December 20", "2016-12-20", ctx="MOSCOW, December 20."), T("on Tuesday", "2016-12-20"),
    T("on Monday evening", "2016-12-19"), T("in the next day or two", "FUTURE_REF", opt=True),
    T("December 27", "2016-12-27"),
    P("Moscow", nth=0), P("Ankara"), P("Aleppo"), P("Geneva", opt=True), P("Astana"),
    V("Moscow", "2016-12-20"), V("Astana", None, opt=True),
    S(RU + IR + TR, "foreign ministers of Russia, Iran and Turkey",
      "Russia, Iran and Turkey are ready to facilitate the drafting of an agreement between the Syrian government "
      "and the opposition and to act as its guarantors", kind=I, stance="propose"),
    S(RU + IR + TR, "foreign ministers of Russia, Iran and Turkey",
      "Iran, Russia and Turkey express their readiness to facilitate and become guarantors of the prospective "
      "agreement, being negotiated, between the Syrian government and the opposition,", stance="propose"),
    S(RU + IR + TR, "foreign ministers of Russia, Iran and Turkey",
      "full respect for the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic "
      "as a multi-ethnic, multi-religious, non-sectarian, democratic and secular state", stance="neutral"),
    S(RU, "Sergey Lavrov", "the declaration was not directed against anyone", kind=I, stance="deny"),
    S(RU, "Sergey Lavrov",
      "We are convinced that this format, the format of the three countries, is the most efficient one,",
      stance="neutral"),
    S(RU, "Sergey Lavrov",
      "Frankly, our Western partners have not been able to exert real influence on the situation on the ground.",
      stance="neutral"),
    S(TR, "Mevlut Cavusoglu", "a nationwide ceasefire should cover all of Syria, but not terrorist groups", kind=I,
      stance="demand"),
    S(TR, "Mevlut Cavusoglu", "We agree that the Islamic State and the Nusra Front must be fought,", stance="agree"),
    S(TR, "Mevlut Cavusoglu",
      "groups it regards as terrorist, including the Lebanese Hezbollah, must leave Syria", kind=I, stance="demand"),
    S(IR, "Mohammad Javad Zarif", "there was no military solution to the Syrian conflict", kind=I, stance="neutral"),
    S(IR, "Mohammad Javad Zarif", "The crisis in Syria can only be resolved through political means.",
      stance="neutral"),
    S(RU, "Sergey Lavrov",
      "the three countries would not allow the killing to derail their cooperation, calling it \"a provocation "
      "aimed at undermining\" the normalization of Russian-Turkish relations", kind=I, stance="condemn"),
    # reported through the Kremlin spokesman: attributed to Putin
    S(RU, "Vladimir Putin", "President Vladimir Putin regarded the murder as a \"terrorist act\"", kind=I,
      stance="condemn"),
    S(RU + TR, "Vladimir Putin and Recep Tayyip Erdogan", "the perpetrators must be found and punished",
      stance="demand"),
    S(RU, "Sergei Shoigu",
      "evacuation of militants and civilians from eastern Aleppo would be completed \"in the next day or two\"",
      kind=I, stance="neutral"),
    # a related-link headline with a speaker: opt
    S(RU, "Sergey Lavrov", "Russia expects US to abandon \"regime change\" rhetoric on Syria", opt=True,
      stance="demand"),
    # "Some Western commentators suggest ..." is not a statement of a party
    K(1, "killed", "ambassador", opt=True),
]

A["h06_cgtn_beijing_declaration"] = [
    T("23-Jul-2024", "2024-07-23"), T("21:36", "2024-07-23", opt=True),
    T("2024-07-23", "2024-07-23", opt=True), T("July 23, 2024", "2024-07-23"),
    T("on Tuesday", "2024-07-23"), T("Sunday", "2024-07-21", ctx="from Sunday to Tuesday"),
    T("Tuesday", "2024-07-23", ctx="from Sunday to Tuesday"), T("17 years", "P17Y", opt=True),
    T("Today", "2024-07-23", ctx="Today we sign"), T("2011", "2011"), T("2017", "2017"), T("2022", "2022"),
    T("in April", "2024-04"), T("October 7 last year", "2023-10-07"),
    T("as soon as possible", "FUTURE_REF", opt=True), T("2024", "2024", opt=True, ctx="Copyright © 2024 CGTN"),
    P("Beijing", ctx="factions in Beijing, July"), P("Gaza Strip", "Gaza", ctx="reconstruction of Gaza"),
    P("Jerusalem"), P("Washington"), P("Cairo"), P("Algiers"),
    V("Beijing", "2024-07-23"), V("Beijing", "2024-04"),
    V("Cairo", "2011", opt=True), V("Cairo", "2017", opt=True), V("Algiers", "2022", opt=True),
    S(CN, "Wang Yi",
      "the factions had agreed to form an interim national reconciliation government focusing on the post-war "
      "reconstruction of Gaza", kind=I, stance="neutral"),
    S(CN, "Wang Yi",
      "Reconciliation is an internal matter for the Palestinian factions, but at the same time it cannot be "
      "achieved without the support of the international community,", stance="neutral"),
    S(CN, "Wang Yi",
      "calling first for a comprehensive, lasting and sustainable ceasefire in Gaza as soon as possible, followed "
      "by the principle of \"Palestinians governing Palestine\" after the conflict", kind=I, stance="propose"),
    S(CN, "Wang Yi", "The most important consensus is to achieve reconciliation and unity among the 14 factions,",
      stance="neutral"),
    S(FACTIONS14, "Palestinian factions",
      "to achieving unity among all Palestinian factions within the framework of the PLO", stance="agree"),
    S(FACTIONS14, "Palestinian factions",
      "reaffirmed the right of the Palestinian people to establish an independent state with Jerusalem as its "
      "capital", kind=I, stance="neutral"),
    S(HA, "Mousa Abu Marzouk",
      "Today we sign an agreement for national unity. We say that the path to completing this journey is national "
      "unity.", stance="agree"),
    S(FA, "Mahmoud al-Aloul", "thanked China for its support of the Palestinian cause", kind=I, opt=True,
      stance="welcome"),
    S(FA, "Mahmoud al-Aloul", "the factions \"have a real opportunity\" to end 17 years of division", kind=I,
      stance="neutral"),
    S(IL, "Israel Katz",
      "Instead of rejecting terrorism, Mahmoud Abbas embraces the murderers and rapists of Hamas,",
      stance="condemn"),
    S(IL, "Israel Katz", "In reality, this will not happen because Hamas' rule will be crushed.", stance="threat"),
    S(US, "Matthew Miller", "the United States had not reviewed the text in full", kind=I, stance="neutral"),
    S(US, "Matthew Miller",
      "when it comes to governance of Gaza at the end of the conflict, we don't want to see a role for a terrorist "
      "organization", stance="reject"),
    # the caption, the "three-step" label and the analysts' remark are not statements
    K(39000, "killed", "Palestinians", qualifier="more than", by="Gaza's health ministry"),
]

A["h07_hurriyet_flotilla_reactions"] = [
    T("Tuesday, June 1, 2010", "2010-06-01"), T("on Tuesday", "2010-06-01"), T("early Monday", "2010-05-31"),
    T("late Monday", "2010-05-31"), T("after nearly 12 hours", "PT12H", opt=True),
    T("for a second day", "P2D", opt=True),
    P("Ankara", nth=0), P("Gaza Strip", "Gaza", ctx="end the siege of Gaza"), P("New York"), P("Tel Aviv"),
    P("Ottawa"), P("Cairo"), P("Istanbul", nth=0), P("Ashdod"),
    V("New York", "2010-05-31"),
    S(TR, "Recep Tayyip Erdoğan", "Israel's raid on the flotilla is state terrorism", opt=True, stance="condemn"),
    S(TR, "Recep Tayyip Erdoğan",
      "described Israel's deadly raid on a Gaza-bound aid flotilla as \"state terrorism\"", kind=I,
      stance="condemn"),
    S(TR, "Recep Tayyip Erdoğan", "Turkey's friendship was as strong as its enmity", kind=I, stance="threat"),
    S(TR, "Recep Tayyip Erdoğan",
      "This action, totally contrary to the principles of international law, is inhumane state terrorism,",
      stance="condemn"),
    S(TR, "Recep Tayyip Erdoğan", "Turkey's hostility is as strong as its friendship,", stance="threat"),
    # a quote continued across paragraphs (no closing mark at the end of the first): one statement per paragraph
    S(TR, "Recep Tayyip Erdoğan",
      "Nobody should test Turkey's patience. We will not remain silent in the face of this aggression.",
      stance="threat"),
    S(TR, "Recep Tayyip Erdoğan",
      "Israel cannot wash its hands of this blood. The international community must now say 'enough',",
      stance="condemn"),
    S(TR, "Ahmet Davutoğlu",
      "called on the Council to strongly condemn the attack and demand an urgent inquiry", kind=I, stance="demand"),
    S(TR, "Ahmet Davutoğlu", "This is tantamount to banditry and piracy,", stance="condemn"),
    S(IL, "Benjamin Netanyahu", "the soldiers had acted in self-defense", kind=I, stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "They were attacked, they were clubbed, beaten, stabbed, there was even a report of gunfire,",
      stance="neutral"),
    S(IL, "Danny Ayalon",
      "called the flotilla \"an armada of hate and violence\" and said its organizers had links to terror groups",
      kind=I, stance="condemn"),
    S(UN, "U.N. Security Council", "deeply regrets the loss of life and injuries", stance="neutral"),
    S(UN, "U.N. Security Council", "a prompt, impartial, credible and transparent investigation", stance="demand"),
    S(AL, "Amr Moussa", "Israel's action showed it \"was not interested in peace\"", kind=I, stance="condemn"),
    S(HA, "Ismail Haniyeh",
      "called the raid a \"war crime\" and urged the international community to \"end the siege of Gaza\"", kind=I,
      stance="condemn"),
    # a civil group: opt; the chanted slogan is not a statement
    S(["IHH"], "Bülent Yıldırım", "it would send new ships", kind=I, opt=True, stance="neutral"),
    S(["IHH"], "Bülent Yıldırım", "We will not give up,", opt=True, stance="neutral"),
    S(US, "Barack Obama",
      "expressed \"deep regret at the loss of life\" and supported \"a credible, impartial and transparent "
      "investigation\"", kind=I, stance="neutral"),
    # the analysts' and diplomats' predictions are not statements
    K(9, "killed", "people"),
    K(7, "wounded", "soldiers", by="Israeli officials"),
]

A["h08_i24news_live_hostage_release"] = [
    T("Friday, November 24, 2023", "2023-11-24"), T("23:58", "2023-11-24", opt=True),
    T("23:40", "2023-11-24", opt=True), T("tomorrow", "2023-11-25"), T("22:15", "2023-11-24", opt=True),
    T("21:30", "2023-11-24", opt=True), T("20:05", "2023-11-24", opt=True),
    T("beyond four days", "P4D", opt=True), T("18:50", "2023-11-24", opt=True), T("17:20", "2023-11-24", opt=True),
    T("15:45", "2023-11-24", opt=True), T("07:00", "2023-11-24", opt=True),
    T("four-day", "P4D", opt=True), T("at 7 a.m. local time", "2023-11-24", opt=True),
    T("after a day's delay", "P1D", opt=True), T("on Thursday evening", "2023-11-23"),
    T("2023", "2023", opt=True, ctx="© i24NEWS 2023"),
    P("Rafah"), P("Nantucket"), P("Massachusetts", opt=True), P("Gaza Strip", "Gaza", nth=0), P("West Bank"),
    P("Southern Israel", "southern Israel"),
    S(IL, "Benjamin Netanyahu's office", "13 Israelis released, Israel received list for tomorrow",
      stance="neutral"),
    S(IL, "Benjamin Netanyahu's office",
      "13 Israeli hostages released by Hamas had been transferred to Israeli territory and were on their way to "
      "hospitals for medical checks", kind=I, stance="neutral"),
    S(IL, "Benjamin Netanyahu's office", "The Government of Israel embraces the returnees,", stance="welcome"),
    S(IL, "Benjamin Netanyahu's office",
      "Israel was \"committed to returning all of our hostages and missing\"", kind=I, stance="neutral"),
    S(IL, "Daniel Hagari", "This is a complex and sensitive process", opt=True, stance="neutral"),
    S(IL, "Daniel Hagari",
      "the freed hostages had crossed the Rafah crossing into Egypt and would be flown to hospitals in Israel",
      kind=I, stance="neutral"),
    S(IL, "Daniel Hagari",
      "This is a complex and sensitive process. We ask the public to be patient and to respect the families' "
      "privacy,", stance="neutral"),
    S(IL, "Daniel Hagari", "The war is not over,", stance="threat"),
    S(IL, "Daniel Hagari", "We will return to fight in Gaza after the pause.", stance="threat"),
    S(QA, "Majed al-Ansari", "24 hostages freed in first exchange", stance="neutral"),
    S(QA, "Majed al-Ansari",
      "24 hostages had been released, including 13 Israeli citizens, some with dual nationality, 10 Thai nationals "
      "and one Filipino national, in exchange for 39 Palestinian women and minors", kind=I, stance="neutral"),
    S(US, "Joe Biden", "It's only a start", stance="neutral"),
    S(US, "Joe Biden",
      "the release was \"only a start\" and that he believed there was \"a real chance\" of extending the pause "
      "beyond four days", kind=I, stance="neutral"),
    # the reporter's question is not a statement; Biden's answer is
    S(US, "Joe Biden", "We'll see. I'm not taking anything for granted.", stance="neutral"),
    S(HA, "Hamas", "truce is a 'pause, not the end of the battle'", stance="threat"),
    S(HA, "Hamas", "the truce \"is a temporary pause\" and that its fighters \"will remain on alert\"", kind=I,
      stance="threat"),
    S(HA, "Hamas",
      "called on Palestinians to \"escalate the confrontation with the occupation\" in the West Bank", kind=I,
      stance="demand"),
    # a civil group: opt
    S(["Hostages and Missing Families Forum"], "Hostages and Missing Families Forum", "We will not rest", opt=True,
      stance="neutral"),
    S(["Hostages and Missing Families Forum"], "Hostages and Missing Families Forum",
      "We will not rest until the last of the hostages is home.", opt=True, stance="neutral"),
    S(IL, "Yoav Gallant",
      "It will be a short pause, and at the end of it we will continue with full force.", stance="threat"),
    # "Gaza ministry: 14,800 killed" is a casualty report, not a statement
    K(14800, "killed", "Palestinians", by="Hamas-run health ministry"),
    K(6000, "killed", "children", by="Hamas-run health ministry"),
]

A["h09_thehill_houthi_strikes"] = [
    T("2024-01-12T06:41:00-05:00", "2024-01-12", nth=0, opt=True),
    T("2024-01-12T06:41:00-05:00", "2024-01-12", nth=1, opt=True),
    T("01/12/24", "2024-01-12"), T("6:41 AM ET", "2024-01-12", opt=True), T("2024/01", "2024-01", opt=True),
    T("Jan. 12, 2024", "2024-01-12"), T("early Friday", "2024-01-12"), T("weeks", "PXW", opt=True,
                                                                          ctx="for weeks of rebel"),
    T("Thursday night", "2024-01-11"), T("Nov. 19", "2023-11-19"), T("in the coming days", "FUTURE_REF", opt=True),
    T("2024", "2024", opt=True, ctx="Copyright 2024"), T("2024", "2024", opt=True, ctx="analytics.2024.js"),
    P("Red Sea", nth=0, opt=True), P("Washington", ctx="lawmakers in Washington"), P("Middle East", opt=True),
    P("Sanaa"), P("Hodeidah"), P("Saada"),
    S(US, "Joe Biden", "strikes on Houthis a 'clear message'", opt=True, stance="threat"),
    S(US, "Joe Biden",
      "These targeted strikes are a clear message that the United States and our partners will not tolerate "
      "attacks on our personnel or allow hostile actors to imperil freedom of navigation,", stance="threat"),
    S(US, "Joe Biden",
      "the strikes were a \"defensive action\" supported by Australia, Bahrain, Canada and the Netherlands", kind=I,
      stance="neutral"),
    S(US, "Joe Biden",
      "I will not hesitate to direct further measures to protect our people and the free flow of international "
      "commerce as necessary.", stance="threat"),
    S(US, "Lloyd Austin",
      "the strikes targeted radar systems, drone and missile storage sites and launch sites used by the Houthis, "
      "who are backed by Iran", kind=I, stance="neutral"),
    S(UK, "Rishi Sunak",
      "the Royal Air Force had carried out \"limited, necessary and proportionate action in self-defence\"", kind=I,
      stance="neutral"),
    S(HU, "Houthis", "vowed to respond", kind=I, opt=True, stance="threat"),
    S(HU, "Hussein al-Ezzi",
      "America and Britain will have to prepare to pay a heavy price and bear all the dire consequences of this "
      "blatant aggression,", stance="threat"),
    S(HU, "Hussein al-Ezzi", "أمريكا وبريطانيا ستدفعان ثمناً باهظاً", opt=True, stance="threat"),
    # the toll Saree gave is a casualty claim; his warning is the statement
    S(HU, "Yahya Saree", "the attack \"will not go unanswered or unpunished.\"", kind=I, stance="threat"),
    S(IR, "Nasser Kanaani",
      "the strikes as \"a clear violation of Yemen's sovereignty and territorial integrity\" and a breach of "
      "international law", kind=I, stance="condemn"),
    S(SA, "Saudi Arabia",
      "it was following the situation \"with great concern\" and called for \"self-restraint and avoiding "
      "escalation.\"", kind=I, stance="demand"),
    # members of Congress are not the government's voice: opt
    S(US, "Ro Khanna",
      "The President needs to come to Congress before launching a strike against the Houthis in Yemen and "
      "involving us in another Middle East conflict,", opt=True, stance="demand"),
    S(US, "Mitch McConnell",
      "the strikes were \"overdue\" and hoped they marked \"an enduring shift\" in the administration's approach to "
      "Iran and its proxies", kind=I, opt=True, stance="welcome"),
    # CENTCOM's count of attacks and the analysts' expectation are not statements
    K(5, "killed", "fighters", by="Yahya Saree"),
    K(6, "wounded", "fighters", by="Yahya Saree"),
]

A["h10_euronews_jeddah_sudan"] = [
    T("12/05/2023", "2023-05-12"), T("10:18 GMT+2", "2023-05-12", opt=True),
    T("nearly a week", "P1W", opt=True), T("late on Thursday", "2023-05-11"),
    T("about ten days", "P10D", opt=True), T("on Friday morning", "2023-05-12"), T("April 15", "2023-04-15"),
    T("fourth week", "P4W", opt=True),
    P("Jeddah"), P("Khartoum"), P("Port Sudan"), P("Red Sea", opt=True),
    V("Jeddah", "2023-W19"),
    S(SD + RSF, "Sudanese army and Rapid Support Forces",
      "The parties affirm their commitment to ensuring the protection of civilians at all times,", stance="agree"),
    S(SD + RSF, "Sudanese army and Rapid Support Forces",
      "including by allowing safe passage for civilians to leave areas of active hostilities.", stance="agree"),
    S(SA + US, "Saudi Arabia and the United States",
      "negotiations would now focus on \"an effective short-term ceasefire\" of about ten days", kind=I,
      stance="propose"),
    S(SA + US, "Saudi Arabia and the United States",
      "We urge both parties to keep in mind the interests of the Sudanese people,", stance="demand"),
    S(US, "senior US State Department official",
      "the two sides were \"quite far apart\" and said Washington was \"not naive\" about the difficulties ahead",
      kind=I, stance="neutral"),
    S(US, "Antony Blinken",
      "the declaration was \"an important first step\" and that the United States would work with Saudi Arabia to "
      "build on it", kind=I, stance="welcome"),
    S(RSF, "Rapid Support Forces", "it looked forward to \"a permanent end to the conflict\"", kind=I,
      stance="welcome"),
    S(SD, "Sudanese army", "it had signed the declaration to open humanitarian corridors", kind=I,
      stance="neutral"),
    S(SD, "Sudanese army",
      "it would not accept any role for what it calls the \"rebel militia\" in Sudan's future", kind=I,
      stance="reject"),
    S(UN, "Antonio Guterres",
      "he hoped it would \"ensure humanitarian operations can scale up safely\"", kind=I, stance="welcome"),
    # residents, the WHO toll and the observers' view are not statements of a party
    K(600, "killed", "people", qualifier="more than", by="World Health Organization"),
    K(5000, "wounded", "people", qualifier="over", by="World Health Organization"),
]

A["h11_efe_lebanon_truce_1701"] = [
    T("Aug 14", "2006-08-14"), T("0500 GMT", "2006-08-14", opt=True), T("on Monday", "2006-08-14"),
    T("by nightfall", "2006-08-14", opt=True), T("last Friday", "2006-08-11"),
    T("in the coming days", "FUTURE_REF", opt=True), T("July 12", "2006-07-12"), T("on Sunday", "2006-08-13"),
    T("over several weeks", "PXW", opt=True), T("2006", "2006", opt=True, ctx="© EFE 2006"),
    P("Beirut"), P("Jerusalem", nth=0), P("Southern Lebanon", "southern Lebanon", nth=0), P("New York"),
    P("Madrid"),
    S(HZ, "Hassan Nasrallah", "claimed a \"strategic, historic victory\" for Lebanon", kind=I, stance="neutral"),
    S(HZ, "Hassan Nasrallah", "We are facing a strategic, historic victory, and I am not exaggerating,",
      stance="neutral"),
    S(HZ, "Hassan Nasrallah", "it was \"too early\" to discuss disarming the militia", kind=I, stance="reject"),
    S(HZ, "Hassan Nasrallah", "This is not the right time,", stance="reject"),
    S(HZ, "Hassan Nasrallah", "the issue should be discussed \"in a calm atmosphere\" among the Lebanese", kind=I,
      stance="neutral"),
    S(IL, "Ehud Olmert", "the war had changed the balance of power in the north", kind=I, stance="neutral"),
    S(IL, "Ehud Olmert",
      "We will continue to pursue them everywhere and at all times, and we do not need permission from anyone,",
      stance="threat"),
    S(IL, "Ehud Olmert",
      "Israel would respect Resolution 1701, approved unanimously by the UN Security Council last Friday, which "
      "calls for a \"full cessation of hostilities\"", kind=I, stance="agree"),
    S(LB, "Fuad Siniora",
      "the Lebanese army would deploy in the south \"as soon as the Israeli withdrawal begins\"", kind=I,
      stance="neutral"),
    S(LB, "Fuad Siniora", "called on the international community to help rebuild the country", kind=I,
      stance="demand"),
    S(UN, "Kofi Annan",
      "urged all parties to \"fully respect\" the truce and said he would soon begin consultations on the "
      "deployment of the expanded force", kind=I, stance="demand"),
    S(ES, "Miguel Ángel Moratinos",
      "Spain was willing to contribute troops to the UN force in Lebanon \"if the conditions are met\", and that the "
      "government would take a decision in the coming days", kind=I, stance="agree"),
    S(IR, "Hamid Reza Asefi",
      "the outcome of the war as \"a great victory for Lebanon and the resistance\"", kind=I, stance="welcome"),
    S(IR, "Hamid Reza Asefi", "rejected accusations that Tehran had armed the militia", kind=I, stance="deny"),
    S(IL, "Amir Peretz",
      "Israeli Defense Minister Amir Peretz instructed the army to prepare to remain in southern Lebanon until the "
      "international force arrives", kind=I, stance="neutral"),
    # the so-called "Day After" plan and what Israeli media say are not statements
    K(5, "killed", "Hezbollah fighters", qualifier="at least", by="Israeli army"),
    K(1100, "killed", "Lebanese", qualifier="more than"),
    K(157, "killed", "Israelis"),
    K(39, "killed", "civilians"),
]

A["h12_nbc_iraq_parliament_vote"] = [
    T("Jan. 5, 2020", "2020-01-05", nth=0), T("1:12 PM EST", "2020-01-05", opt=True),
    T("Jan. 5, 2020", "2020-01-05", nth=1), T("7:40 PM EST", "2020-01-05", opt=True),
    T("on Saturday", "2020-01-04", nth=0), T("Sunday", "2020-01-05", ctx="voted Sunday"),
    T("two days after", "2020-01-03", opt=True), T("on Friday", "2020-01-03"),
    T("on Sunday", "2020-01-05", ctx="on Sunday, Secretary"), T("last night", "2020-01-04"),
    T("on Saturday", "2020-01-04", nth=1), T("2015", "2015"), T("on Monday", "2020-01-06"),
    T("2020", "2020", opt=True, ctx="© 2020 NBCUniversal"),
    P("Baghdad", nth=0), P("Beirut"), P("Ahvaz"), P("Tehran", ctx="taken to Tehran"), P("Kerman"),
    P("London", opt=True), P("Washington", opt=True, ctx="from Washington"),
    S(IQ, "Iraqi parliament",
      "calling on the government to end the presence of all foreign troops in the country", kind=I, opt=True,
      stance="demand"),
    S(IQ, "Iraqi parliament",
      "work towards ending the presence of all foreign troops on Iraqi soil and prohibit them from using its land, "
      "airspace or water for any reason.", stance="demand"),
    S(IQ, "Adel Abdul-Mahdi",
      "Iraq faced two choices: to end the foreign presence, or to review the mission of the coalition", kind=I,
      stance="neutral"),
    S(IQ, "Adel Abdul-Mahdi", "We face two options,", stance="neutral"),
    S(US, "Mike Pompeo", "the U.S. would \"take whatever action is necessary\" to protect Americans", kind=I,
      stance="threat"),
    # Chuck Todd's question is not a statement
    S(US, "Mike Pompeo",
      "We'll behave inside the system. We always have, and we always will. The American people should know that "
      "every target we strike will be a lawful target.", stance="neutral"),
    S(US, "Mike Pompeo",
      "confident that the Iraqi people want the United States to continue to be there to fight the counterterror "
      "campaign.", stance="neutral"),
    S(US, "Morgan Ortagus", "the U.S. was \"disappointed\" by the vote", kind=I, stance="neutral"),
    S(US, "Morgan Ortagus",
      "urged Iraqi leaders \"to reconsider the importance of the ongoing economic and security relationship "
      "between the two countries.\"", kind=I, stance="demand"),
    S(US, "Donald Trump",
      "the U.S. had targeted 52 Iranian sites that would be \"HIT VERY FAST AND VERY HARD\" if Iran attacked "
      "Americans or American assets", kind=I, stance="threat"),
    S(IR, "Mohammad Javad Zarif", "targeting cultural sites \"is a WAR CRIME\"", kind=I, stance="condemn"),
    S(IR, "Iranian government",
      "it would no longer observe the limits on uranium enrichment set by the 2015 nuclear deal", kind=I,
      stance="reject"),
    S(HZ, "Hassan Nasrallah",
      "U.S. military bases, warships and soldiers in the region were a \"fair target\"", kind=I, stance="threat"),
    # the chant "Death to America", the caption and the experts' expectation are not statements
    K(9, "killed", "people", opt=True),
]

# the quoted fragments inside each indirect statement: optional statements of the same speaker (blind8's convention)
add_fragments(A)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
