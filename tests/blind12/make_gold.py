"""Build tests/blind12/gold.json from the hand annotations below (run: python tests/blind12/make_gold.py).

A blind set (blind12): a mixed news set of twelve ordinary articles from twelve outlets not used by the last mixed
set, about mediation and diplomacy from 2006 to 2025, written and annotated without reading the extractor code
(``lib/``), the git log, ``docs/`` or the articles of the other sets.
Offsets are character offsets into ``open(path, encoding="utf-8").read()`` (the way the scorer reads the files),
found by exact substring search: ``ctx`` (a longer, unique stretch of text) locates the mention when the bare text
repeats, ``nth`` picks the n-th occurrence. Every span is checked with ``text[start:end] == item['text']`` and
every direct quote must occur verbatim in its article (quotes that cross a hard line break keep the ``\\n``).
Every statement carries a ``stance`` (threat, reject, condemn, welcome, demand, propose, agree, deny, neutral)
for ``bench/stance_eval.py``. The format is the one of ``shared/eval/gold/seeds.json``; conventions are in
README.md.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, add_fragments, build_gold, find, write_gold  # noqa: E402,F401


def wrapped(aid: str, words: str) -> str:
    """``words`` as spelled in the hard-wrapped article ``aid`` (a space may be a line break there)."""
    with open(HERE / "articles" / f"{aid}.txt", encoding="utf-8") as fh:
        text = fh.read()
    m = re.search(r"\s+".join(re.escape(w) for w in words.split(" ")), text)
    assert m, (aid, words)
    return m.group(0)


# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Beirut": (33.8938, 35.5018), "Sidon": (33.5631, 35.3689), "Bint Jbeil": (33.1194, 35.4331),
    "Kiryat Shmona": (33.2073, 35.5721), "New York": (40.7143, -74.0060), "Jerusalem": (31.7690, 35.2163),
    "Tehran": (35.6944, 51.4215), "Tyre": (33.2733, 35.1939),
    "Mecca": (21.4266, 39.8256), "Grand Mosque": (21.4225, 39.8262), "Gaza City": (31.5017, 34.4668),
    "Washington": (38.8951, -77.0364), "Ramallah": (31.8996, 35.2042), "Jabaliya": (31.5272, 34.4833),
    "Islamic University": (31.5130, 34.4400),
    "Damascus": (33.5102, 36.2913), "Sderot": (31.5250, 34.5969), "Sharm el-Sheikh": (27.9158, 34.3300),
    "Cairo": (30.0626, 31.2497), "Beit Lahiya": (31.5464, 34.4951), "Rafah": (31.2969, 34.2455),
    "Kerem Shalom": (31.2286, 34.2842), "Tel Nof": (31.8394, 34.8217), "Mitzpe Hila": (33.0086, 35.2119),
    "Tel Aviv": (32.0809, 34.7806), "Khan Younis": (31.3402, 34.3063),
    "Kibbutz Nirim": (31.3353, 34.3950), "Ashkelon": (31.6688, 34.5743),
    "El-Arish": (31.1316, 33.7984), "Al-Aqsa Mosque": (31.7761, 35.2358),
    "Dubai": (25.0772, 55.3093), "White House": (38.8977, -77.0365), "South Lawn": (38.8969, -77.0366),
    "Ashdod": (31.7921, 34.6497), "Abu Dhabi": (24.4539, 54.3773),
    "Beijing": (39.9075, 116.3972), "Baghdad": (33.3406, 44.4009), "Muscat": (23.5880, 58.3829),
    "Riyadh": (24.6877, 46.7219),
    "Astana": (51.1801, 71.4460), "Geneva": (46.2022, 6.1457), "Rixos President Hotel": (51.1280, 71.4300),
    "Ankara": (39.9199, 32.8543), "al-Bab": (36.3705, 37.5157),
    "Ain al-Tineh": (33.8870, 35.4870), "Dahiyeh": (33.8530, 35.5050), "Haret Hreik": (33.8530, 35.5080),
    "Grand Serail": (33.8953, 35.4985), "Haifa": (32.8156, 34.9892), "Nahariya": (33.0059, 35.0941),
    "Rafic Hariri International Airport": (33.8209, 35.4884),
    # regions
    "Wadi Barada": (33.64, 36.12), "Idlib province": (35.80, 36.60),
    "Eshkol Regional Council": (31.25, 34.40),
    "West Bank": (31.95, 35.25),
    "Southern Israel": (31.25, 34.70),
    "Gaza Strip": (31.42, 34.37), "Palestinian territories": (31.90, 35.20),
    "Southern Lebanon": (33.27, 35.40), "Northern Israel": (32.95, 35.40), "Litani River": (33.34, 35.40),
}
RADIUS = {"Wadi Barada": 20, "Idlib province": 60, "Eshkol Regional Council": 25, "West Bank": 60, "Southern Israel": 80, "Gaza Strip": 60, "Palestinian territories": 100, "Southern Lebanon": 60, "Northern Israel": 60, "Litani River": 40}
# a place is required once per article; landmarks or neighbourhoods inside a required city are opt.
PA = ["Palestinian Authority", "PLO", "Fatah"]  # Abbas and his officials speak for all three
US = ["United States"]
IL = ["Israel"]
HA = ["Hamas"]
PIJ = ["Palestinian Islamic Jihad"]
UN = ["United Nations"]
EG = ["Egypt"]
QA = ["Qatar"]
IR = ["Iran"]
LB = ["Lebanon"]
HZ = ["Hezbollah"]
TR = ["Turkey"]
SA = ["Saudi Arabia"]
FR = ["France"]
DE = ["Germany"]
AE = ["United Arab Emirates"]
BH = ["Bahrain"]
CN = ["China"]
HO = ["Houthis"]
RU = ["Russia"]
SY = ["Syria"]
SO = ["Syrian opposition"]
OM = ["Oman"]
I = "indirect"  # noqa: E741

A = {}

A["h01_bbc_lebanon_ceasefire_2006"] = [
    T("Monday, 14 August 2006", "2006-08-14"),
    T("on Monday", "2006-08-14", nth=0),
    T("on Monday", "2006-08-14", nth=1),
    T("late on Sunday", "2006-08-13"),
    T("On Sunday", "2006-08-13"),
    T("on Wednesday", "2006-08-16"),
    T("on Friday", "2006-08-11"),
    T("later this month", "2006-08", opt=True),
    T("Today", "2006-08-14", opt=True, ctx="Today we begin rebuilding"),
    T("last week", "2006-W32"),
    T("on Monday", "2006-08-14", nth=2),  # caption
    T("on Monday", "2006-08-14", nth=3),  # caption repeated in the body
    T("34 days", "P34D", opt=True),
    T("0500 GMT", "2006-08-14", opt=True),
    T("12 Aug 06", "2006-08-12", opt=True),  # related links
    T("14 Aug 06", "2006-08-14", opt=True),
    P("Southern Lebanon", "southern Lebanon", opt=True),
    P("Beirut"), P("Sidon"), P("Bint Jbeil"), P("Northern Israel", "northern Israel", opt=True),
    P("Kiryat Shmona"), P("Litani River", "Litani river", opt=True), P("New York"), P("Jerusalem"),
    P("Tehran"), P("Tyre"),
    V("Beirut", "2006-W32"),  # Douste-Blazy's visit last week
    V("Beirut", "2006-08"),  # Annan's trip later this month
    V("Jerusalem", "2006-08"),
    V("Beirut", "2006-08-16", opt=True),  # the cabinet meeting; place implied
    V("New York", "2006-08-11", opt=True),  # the Council's vote
    S(IL, "Israel",
      "its troops would stay in southern Lebanon until an expanded UN force and the Lebanese army deploy there",
      kind=I, stance="neutral"),
    S(IL, "Ehud Olmert", "We will respect the ceasefire, but the army will respond to any attack,", stance="agree"),
    S(HZ, "Hassan Nasrallah",
      "his fighters would abide by the truce, but warned that they would resist as long as Israeli soldiers "
      "remained on Lebanese soil", kind=I, stance="agree"),
    S(HZ, "Hassan Nasrallah", "Our fighters will not be the ones to break the calm,", stance="agree"),
    S(IL, "Israeli military",
      "its forces had killed six Hezbollah fighters in clashes near the village of Bint Jbeil shortly after the "
      "ceasefire came into effect", kind=I, stance="neutral"),
    S(IL, "Israeli officials",
      "Hezbollah fired about 250 rockets into northern Israel, killing one man in the town of Kiryat Shmona",
      kind=I, stance="neutral"),
    S(LB, "Fouad Siniora", "welcomed the end of hostilities", kind=I, opt=True, stance="welcome"),
    S(LB, "Fouad Siniora",
      "Today we begin rebuilding what was destroyed, and Lebanon will come back stronger,", stance="welcome"),
    S(UN, "Kofi Annan", "both sides to \"respect the ceasefire fully\"", kind=I, stance="demand"),
    S(US, "Condoleezza Rice",
      "the resolution was \"a good first step\" but that the hard work of disarming Hezbollah lay ahead",
      kind=I, stance="welcome"),
    S(IR, "Iran", "the war had been \"a victory for the resistance\"", kind=I, stance="neutral"),
    S(IR, "Hamid Reza Asefi", "Israel had failed to achieve any of its aims", kind=I, stance="neutral"),
    S(FR, "Philippe Douste-Blazy",
      "France was ready to lead the new UN force but wanted clear rules of engagement first", kind=I,
      stance="agree"),
    S(LB, "woman", "We are going home, even if our home is rubble,", opt=True, stance="neutral"),  # a civilian
    S(LB, "Lebanese TV", "لبنان يبدأ مرحلة ما بعد الحرب", opt=True, stance="neutral"),
    K(1000, "killed", "Lebanese", qualifier="more than"),
    K(157, "killed", "Israelis"),
    K(6, "killed", "Hezbollah fighters", by="Israeli military"),
    K(1, "killed", "man", by="Israeli officials"),
    K(15, "killed", "people", qualifier="at least"),
]

A["h02_guardian_mecca_agreement_2007"] = [
    T("Fri 9 Feb 2007", "2007-02-09"),
    T("last night", "2007-02-08"),
    T("since December", "2006-12"),
    T("two days", "P2D", opt=True, nth=0),
    T("two days", "P2D", opt=True, nth=1),
    T("January last year", "2006-01"),
    T("late last month", "2007-01"),
    T("within days", "P1D", opt=True),
    T("next week", "2007-W07"),
    T("February 19", "2007-02-19"),
    P("Gaza City", opt=True, nth=0),  # the byline
    P("Gaza City", nth=1),
    P("Mecca"), P("Gaza Strip", "Gaza", ctx="killed more than 90 people in Gaza since"),
    P("Grand Mosque", opt=True), P("Jerusalem"), P("Washington", opt=True), P("Ramallah"),
    P("Jabaliya", "Jabaliya refugee camp"), P("Islamic University", opt=True),
    P("Palestinian territories", opt=True),
    V("Mecca", "2007-02-08"),
    V("Gaza Strip", "2007-W07"),  # the two leaders meet again in Gaza next week
    V("Jerusalem", "2007-02-19"),
    S(PA, "Mahmoud Abbas", "We have agreed to stop the bloodshed and to respect the agreements signed by the PLO,",
      stance="agree"),
    S(HA, "Khaled Meshaal",
      "Hamas was \"committed to this agreement in letter and spirit\" and urged Palestinians to turn the page on "
      "the clashes", kind=I, stance="agree"),
    S(IL, "Israeli officials",
      "they would not deal with a government that did not explicitly recognise Israel's right to exist", kind=I,
      stance="reject"),
    S(IL, "Miri Eisin",
      "A government that includes Hamas and does not accept the Quartet principles will not be a partner,",
      stance="reject"),
    S(US, "State Department",
      "it would study the text before deciding whether to lift the aid boycott imposed after Hamas won elections "
      "in January last year", kind=I, stance="neutral"),
    S(SA, "Saud al-Faisal",
      "the international community to \"give this agreement a chance\" and to end the financial siege of the "
      "Palestinian territories", kind=I, stance="demand"),
    S(PA + HA, "Officials on both sides",
      "the two leaders would meet again in Gaza next week to agree the remaining posts", kind=I, opt=True,
      stance="neutral"),
    S(PA + HA, "Mecca agreement", "respect", opt=True, stance="agree"),  # one word of the accord's text
    S(PA, "Umm Khaled", "Finally we can leave our homes without fear,", opt=True, stance="welcome"),  # a civilian
    K(90, "killed", "people", qualifier="more than"),
    K(30, "killed", "people", qualifier="at least"),
]

A["h03_france24_gaza_ceasefire_2009"] = [
    T("2009-01-18", "2009-01-18"),
    T("on Sunday", "2009-01-18", ctx="one-week ceasefire on Sunday"),
    T("a day after", "2009-01-17", opt=True),
    T("three-week", "P3W", opt=True),
    T("one-week", "P1W", opt=True),
    T("one week", "P1W", opt=True),
    T("late on Saturday", "2009-01-17"),
    T("for now", "PRESENT_REF", opt=True),
    T("Before dawn", "2009-01-18", opt=True),
    T("on Sunday", "2009-01-18", ctx="gathered on Sunday"),
    T("later on Sunday", "2009-01-18"),
    T("on Tuesday", "2009-01-13"),
    T("in late February", "2009-02"),
    T("on Sunday", "2009-01-18", ctx="Beit Lahiya on Sunday"),
    T("2009", "2009", opt=True, ctx="FRANCE 24 - 2009"),
    P("Gaza Strip"), P("Damascus"), P("Southern Israel", "southern Israel", opt=True), P("Sderot"),
    P("Sharm el-Sheikh"), P("Cairo"), P("Jerusalem"), P("Gaza City"), P("Beit Lahiya"), P("Jabaliya"),
    P("Rafah"),
    V("Sharm el-Sheikh", "2009-01-18"),
    V("Jerusalem", "2009-01-18"),  # the working dinner with Olmert
    V("Gaza City", "2009-01-13"),  # Ban's visit
    V("Cairo", "2009-02"),  # the donors' meeting
    V("Damascus", "2009-01-18", opt=True),  # a news conference
    S(HA, "Hamas", "Israeli troops leave the Gaza Strip within that time", kind=I, stance="demand"),
    S(HA, "Moussa Abu Marzouk",
      "We, the resistance factions, announce a ceasefire from the Gaza Strip and give the enemy one week to "
      "withdraw its forces,", stance="agree"),
    S(IL, "Ehud Olmert", "The conditions have been created for our goals to be fully achieved,", stance="neutral"),
    S(IL, "Ehud Olmert", "troops would stay in Gaza for now and would respond if fired upon", kind=I,
      stance="threat"),
    S(IL, "Israeli police", "militants fired at least 16 rockets at southern Israel, slightly wounding one person "
      "in Sderot", kind=I, stance="neutral"),
    S(IL, "Israeli army", "it had shot back at the launch teams", kind=I, stance="neutral"),
    S(FR, "Nicolas Sarkozy", "Europe was ready to help stop weapons smuggling into Gaza", kind=I, stance="propose"),
    S(FR, "Nicolas Sarkozy", "The ceasefire must hold and the crossings must be opened,", stance="demand"),
    S(EG, "Hosni Mubarak", "Israel to withdraw its troops \"immediately\"", kind=I, stance="demand"),
    S(EG, "Hosni Mubarak", "Egypt would host an international conference on reconstruction", kind=I,
      stance="propose"),
    S(EG, "Egyptian officials", "the donors' meeting would take place in Cairo in late February", kind=I,
      stance="neutral"),
    S(UN, "Ban Ki-moon", "the destruction he saw was \"shocking and alarming\"", kind=I, stance="condemn"),
    S(UN, "Ban Ki-moon", "demanded an independent investigation into the shelling of a UN compound", kind=I,
      opt=True, stance="demand"),
    S(PA, "Mahmoud Abbas", "Israel bore full responsibility for \"the massacres committed against our people\"",
      kind=I, stance="condemn"),
    S(HA, "Fawzi Barhoum",
      "the movement had \"won the battle\" and would not accept any arrangement that kept the crossings closed",
      kind=I, stance="reject"),
    K(1, "wounded", "person", by="Israeli police"),
    K(95, "killed", "bodies", opt=True, by="medics"),
    K(1200, "killed", "Palestinians", qualifier="more than"),
    K(13, "killed", "Israelis"),
    K(3, "killed", "civilians"),
]

A["h04_cnn_shalit_swap_2011"] = [
    T("Tue October 18, 2011", "2011-10-18"),
    T("4:12 PM EDT", "2011-10-18", opt=True),
    T("five years", "P5Y", opt=True, nth=0),
    T("five years", "P5Y", opt=True, nth=1),
    T("five years", "P5Y", opt=True, nth=2),
    T("within two months", "P2M", opt=True, nth=0),
    T("within two months", "P2M", opt=True, nth=1),
    T("Tuesday", "2011-10-18", ctx="returned home Tuesday"),
    T("early Tuesday", "2011-10-18"),
    T("Today", "2011-10-18", opt=True, ctx="Today we are all united"),
    T("on Tuesday", "2011-10-18"),
    T("months of", "P1M", opt=True),
    T("last week", "2011-W41"),
    T("October 11", "2011-10-11"),
    T("on Monday", "2011-10-17"),
    T("June 2006", "2006-06"),
    P("Gaza Strip", "Gaza", ctx="captive of Hamas in Gaza"), P("Rafah", "Rafah crossing"),
    P("Kerem Shalom", "Kerem Shalom crossing"), P("Tel Nof", "Tel Nof air base"),
    P("Jerusalem", ctx="Jerusalem (CNN)"), P("Cairo"), P("West Bank"), P("Ramallah", ctx="headquarters in Ramallah"),
    P("Mitzpe Hila"), P("Northern Israel", "northern Israel", opt=True),
    V("Tel Nof", "2011-10-18", opt=True),  # greeted by Netanyahu
    V("Cairo", None, opt=True),  # months of indirect talks
    V("Ramallah", "2011-10-18", opt=True),  # Abbas greets the prisoners
    S(IL, "Benjamin Netanyahu", "Today we are all united in joy and in pain,", stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "the decision to free the prisoners had been \"a very difficult one,\" but that bringing Shalit home was a "
      "duty", kind=I, stance="neutral"),
    S(HA, "Ismail Haniyeh",
      "the exchange was \"a national achievement\" and that the movement would work to free the thousands still "
      "held", kind=I, stance="welcome"),
    S(HA, "Ismail Haniyeh", "This is a national achievement,", stance="welcome"),
    S(IL, "Gilad Shalit", "the deal would \"help bring peace between the two sides.\"", kind=I, opt=True,
      stance="welcome"),
    S(US, "White House", "welcomed Shalit's release and thanked Egypt for its role", kind=I, opt=True,
      stance="welcome"),
    S(US, "United States", "expressed concern in the past about the release of prisoners convicted of killing "
      "Americans", kind=I, opt=True, stance="neutral"),
    S(PA, "Mahmoud Abbas", "You are freedom fighters,", stance="welcome"),
    K(2, "killed", "soldiers"),
]

A["h05_dw_gaza_truce_2012"] = [
    T("eight days", "P8D", opt=True),
    T("21.11.2012", "2012-11-21"),
    T("9 p.m. local time", "2012-11-21", opt=True),
    T("1900 UTC", "2012-11-21", opt=True),
    T("on Wednesday", "2012-11-21", ctx="(1900 UTC) on Wednesday"),
    T("late on Tuesday", "2012-11-20"),
    T("Wednesday morning", "2012-11-21"),
    T("Hours before", "2012-11-21", opt=True),
    T("this week", "2012-W47"),
    T("November 14", "2012-11-14"),
    T("On Wednesday", "2012-11-21", ctx="On Wednesday alone"),
    T("on Tuesday", "2012-11-20", ctx="Jerusalem on Tuesday"),
    T("in the coming days", "P1D", opt=True),
    P("Cairo"), P("Gaza Strip"), P("Jerusalem"), P("Ramallah"), P("Tel Aviv"), P("Gaza City"), P("Khan Younis"),
    V("Cairo", "2012-11-21"),
    V("Jerusalem", "2012-11-20"),  # Clinton and Westerwelle with Netanyahu
    V("Ramallah", "2012-11-21"),  # Clinton with Abbas
    V("Jerusalem", "2012-W47"),  # Ban's visit this week
    V("Ramallah", "2012-W47"),
    V("Cairo", None, opt=True),  # follow-up talks in the coming days
    S(US, "Hillary Clinton", "This is a critical moment for the region,", stance="neutral"),
    S(US, "Hillary Clinton",
      "Egypt's new government is assuming the responsibility and leadership that has long made this country a "
      "cornerstone of regional stability and peace.", stance="welcome"),
    S(EG, "Mohammed Kamel Amr",
      "Egypt would \"continue its efforts\" to monitor the implementation of the agreement", kind=I,
      stance="neutral"),
    S(IL, "Benjamin Netanyahu", "We will not hesitate to act", stance="threat"),
    S(IL, "Benjamin Netanyahu", "Israel had agreed to \"give the truce a chance\"", kind=I, stance="agree"),
    S(IL, "Benjamin Netanyahu",
      "Israel could launch a \"more severe military operation\" if the ceasefire did not hold", kind=I,
      stance="threat"),
    S(HA, "Khaled Meshaal", "thanked Egypt for its mediation", kind=I, opt=True, stance="welcome"),
    S(HA, "Khaled Meshaal", "If Israel complies, we will comply,", stance="agree"),
    S(HA, "Khaled Meshaal", "Israel had \"failed in all its goals.\"", kind=I, stance="neutral"),
    S(HA, "Hamas", "praised the attack but did not claim it", kind=I, opt=True, stance="welcome"),
    S(IL, "Israel's police", "called it a \"terrorist attack.\"", kind=I, opt=True, stance="condemn"),
    S(UN, "Ban Ki-moon", "condemned the bombing", kind=I, opt=True, stance="condemn"),
    S(UN, "Ban Ki-moon", "both sides to show \"maximum restraint\"", kind=I, stance="demand"),
    S(DE, "Guido Westerwelle", "welcomed the agreement", kind=I, opt=True, stance="welcome"),
    S(DE, "Guido Westerwelle", "Now it is important that the ceasefire is respected by everyone,",
      stance="demand"),
    K(28, "wounded", "people", by="Israeli medics"),
    # after the blind run: a casualty figure "according to" a faction is an optional statement of it
    S(IL + HA, "officials on both sides",
      "Since the start of the offensive on November 14, at least 140 Palestinians and five Israelis have been killed",
      kind=I, opt=True, stance="neutral"),
    K(140, "killed", "Palestinians", qualifier="at least"),
    K(5, "killed", "Israelis"),
]

Y = "h06_ynet_open_ended_truce_2014"
W = lambda words: wrapped(Y, words)  # noqa: E731
A[Y] = [
    T("50 days", "P50D", opt=True),
    T("7 pm", "2014-08-26", opt=True, nth=0),
    T("within a month", "P1M", opt=True, nth=0),
    T("08.26.14", "2014-08-26"),
    T("18:47", "2014-08-26", opt=True),
    T("on Tuesday", "2014-08-26"),
    T(W("seven weeks"), "P7W", opt=True),
    T("7 pm", "2014-08-26", opt=True, nth=1),
    T("within a month", "P1M", opt=True, nth=1),
    T("Within minutes", "PT1M", opt=True),
    T("Hours before", "2014-08-26", opt=True),
    T(W("Earlier in the day"), "2014-08-26", opt=True),
    T("on Wednesday", "2014-08-27"),
    T("50-day", "P50D", opt=True),
    P("Cairo", nth=0), P("Gaza Strip", W("Gaza Strip")), P("Ramallah"), P("Gaza City"),
    P("Eshkol Regional Council", W("Eshkol Regional Council")), P("Kibbutz Nirim", W("Kibbutz Nirim")),
    P("Ashkelon"),
    V("Cairo", None, opt=True),  # talks to resume within a month
    S(IL, "Netanyahu's office", W("Israel accepted Egyptian proposal without conditions"), stance="agree"),
    S(EG, "Egyptian Foreign Ministry",
      "both sides had accepted a \"comprehensive and lasting ceasefire\" that would take effect at 7 pm", kind=I,
      stance="neutral"),
    # after the blind run: "According to the statement, ..." is the ministry's statement reported (missed at first)
    S(EG, "Egyptian Foreign Ministry",
      "Israel will open the crossings into Gaza to allow in humanitarian aid and reconstruction materials, and "
      "extend the fishing zone off the coast to six nautical miles", kind=I, stance="neutral"),
    S(EG, "Egyptian officials",
      "Talks on the remaining issues, including Hamas's demand for a seaport and airport and Israel's demand for "
      "the demilitarization of the Strip, are to resume in Cairo within a month", kind=I, stance="neutral"),
    S(PA, "Mahmoud Abbas", W("We have accepted the Egyptian call for a comprehensive and permanent ceasefire,"),
      stance="agree"),
    S(IL, "senior official in the Prime Minister's Office",
      "Israel had accepted the Egyptian proposal \"without conditions\" and that Hamas had received none of its "
      "demands", kind=I, stance="agree"),
    S(IL, "senior official in the Prime Minister's Office", W("Hamas was hit harder than ever and got nothing,"),
      stance="neutral"),
    S(HA, "Sami Abu Zuhri",
      "the agreement was \"a victory for the resistance\" and called on residents to celebrate in the streets",
      kind=I, stance="welcome"),
    S(IL, "Haim Yelin",
      "residents would not return to their homes on the border \"until we see quiet with our own eyes.\"",
      kind=I, opt=True, stance="neutral"),
    S(IL, "Naftali Bennett and Avigdor Lieberman",
      "a ceasefire without disarming Hamas would only delay the next round", kind=I, stance="reject"),
    S(IL, "Avigdor Lieberman", W("A ceasefire with Hamas is a grave mistake,"), stance="reject"),
    S(US, "United States", "welcomed the ceasefire", kind=I, opt=True, stance="welcome"),
    S(US, "Jen Psaki",
      "Washington \"strongly supports\" the agreement and urged both sides to comply with it fully", kind=I,
      stance="welcome"),
    S(IL, "Ynet", "הפסקת אש ללא הגבלת זמן", opt=True, stance="neutral"),
    K(2100, "killed", "Palestinians", qualifier="more than"),
    K(70, "killed", "Israelis"),
    K(2, "killed", "men"),
    K(1, "wounded", "woman"),
]

A["h07_egyptindependent_gaza_truce_2021"] = [
    T("May 21, 2021", "2021-05-21"),
    T("on Friday", "2021-05-21", ctx="territories on Friday"),
    T("2 am", "2021-05-21", opt=True),
    T("over the coming days", "P1D", opt=True),
    T("late on Thursday", "2021-05-20", ctx="agreement late on Thursday"),
    T("on Thursday", "2021-05-20", ctx="phone call on Thursday"),
    T("in January", "2021-01"),
    T("on Friday", "2021-05-21", ctx="issued on Friday"),
    T("on Sunday", "2021-05-23"),
    T("on Tuesday", "2021-05-18"),
    T("on Friday", "2021-05-21", ctx="Gaza City on Friday"),
    T("late on Thursday", "2021-05-20", ctx="unanimously late on Thursday"),
    T("11 days", "P11D", opt=True),
    T("Friday", "2021-05-21", opt=True, ctx="performed Friday prayers"),
    P("Tel Aviv"), P("Palestinian territories", opt=True), P("Gaza Strip"), P("Gaza City"), P("Cairo"),
    P("Jerusalem"), P("Rafah", "Rafah crossing"), P("El-Arish"), P("Al-Aqsa Mosque", opt=True),
    V("Tel Aviv", "2021-05-21"),  # the Egyptian delegation
    V("Gaza City", None, opt=True),  # talks with Hamas over the coming days
    V("Cairo", "2021-05-23"),  # Shoukry and Safadi
    # "a security source" does not name its side (Egyptian only by the outlet's context): opt
    S(EG, "security source",
      "Egypt dispatched two security delegations to Tel Aviv and the Palestinian territories on Friday to monitor "
      "the implementation of the ceasefire", kind=I, opt=True, stance="neutral"),
    S(EG, "security source",
      "the delegations would hold talks with Israeli officials and with Hamas leaders in Gaza City over the coming "
      "days on \"consolidating the truce and arranging the next steps,\"", kind=I, opt=True, stance="neutral"),
    S(EG, "Abdel Fattah al-Sisi", "Egypt \"will spare no effort\" to turn the truce into a lasting calm", kind=I,
      stance="welcome"),
    S(EG, "Bassam Rady", "Sisi received a phone call on Thursday from US President Joe Biden", kind=I,
      stance="neutral"),
    S(US, "Joe Biden", "thanked Egypt for its \"successful diplomacy.\"", kind=I, opt=True, stance="welcome"),
    S(US, "White House",
      "the two presidents had agreed to \"remain in close contact\" and that Washington would work with Cairo to "
      "deliver humanitarian aid to Gaza \"in a way that does not benefit Hamas.\"", kind=I,
      stance="agree"),  # after the blind run: was neutral; a party's "had agreed to" is agree (as in h09, h12)
    S(EG, "Egyptian foreign ministry",
      "Foreign Minister Sameh Shoukry is scheduled to meet his Jordanian counterpart Ayman Safadi in Cairo on "
      "Sunday to discuss the situation in Gaza and Jerusalem", kind=I, stance="neutral"),
    S(EG, "Abdel Fattah al-Sisi",
      "Egypt would allocate US$500 million for the reconstruction of Gaza, with Egyptian companies taking part in "
      "the work", kind=I, stance="propose"),
    S(EG, "Egyptian Health Ministry",
      "The Rafah crossing will remain open for the wounded to receive treatment in Egyptian hospitals", kind=I,
      stance="neutral"),
    S(EG, "Egyptian Health Ministry",
      "more than 250 injured Palestinians had been transferred to hospitals in El-Arish and Cairo since the start "
      "of the escalation", kind=I, stance="neutral"),
    S(HA, "Khalil al-Hayya", "the movement would honour the agreement as long as Israel did", kind=I,
      stance="agree"),
    S(HA, "Khalil al-Hayya",
      "We thank Egypt for its great efforts, and we tell the occupation: our hands remain on the trigger,",
      stance="threat"),
    S(PIJ, "Daoud Shehab",
      "the group had committed to the Egyptian initiative \"based on mutual and simultaneous\" steps", kind=I,
      stance="agree"),
    S(IL, "Benjamin Netanyahu's office",
      "Israel's Security Cabinet voted unanimously late on Thursday to accept the Egyptian proposal for a "
      "\"mutual and unconditional\" ceasefire", kind=I, stance="agree"),
    # the Gaza ministry's toll and the Israeli medics' figure: casualty sources, not statements of a faction (opt)
    S(HA, "Gaza Health Ministry",
      "232 Palestinians, including 65 children, were killed in 11 days of Israeli bombardment, and more than 1,900 "
      "were wounded", kind=I, opt=True, stance="neutral"),
    S(IL, "Israeli medics", "In Israel, 12 people were killed by rockets fired from Gaza", kind=I, opt=True,
      stance="neutral"),
    S(["Palestinian Red Crescent"], "Palestinian Red Crescent",
      "Israeli police fired stun grenades at worshippers after prayers", kind=I, opt=True, stance="neutral"),
    S(EG, "Egypt Independent", "وفد أمني مصري يتوجه إلى تل أبيب وغزة", opt=True, stance="neutral"),
    K(232, "killed", "Palestinians", by="Gaza Health Ministry"),
    K(65, "killed", "children", by="Gaza Health Ministry"),
    K(1900, "wounded", "Palestinians", qualifier="more than", by="Gaza Health Ministry"),
    K(12, "killed", "people", by="Israeli medics"),
    K(250, "wounded", "Palestinians", opt=True, qualifier="more than", by="Egyptian Health Ministry"),
]

A["h08_gulfnews_abraham_accords_2020"] = [
    T("2020-09-16T00:41:22+04:00", "2020-09-16", opt=True, nth=0),
    T("2020-09-16T00:41:22+04:00", "2020-09-16", opt=True, nth=1),
    T("20200915", "2020-09-15", opt=True),  # a script's version tag
    T("2020-09-16", "2020-09-16", opt=True, ctx='datetime="2020-09-16"'),
    T("September 16, 2020", "2020-09-16"),
    T("on Tuesday", "2020-09-15", nth=0),  # caption
    T("on Tuesday", "2020-09-15", nth=1),
    T("today", "2020-09-15", opt=True, ctx="witnessing today a change"),
    T("in the coming months", "P1M", opt=True),
    T("next month", "2020-10"),
    T("October 20", "2020-10-20"),
    T("Last month", "2020-08"),
    T("2020", "2020", opt=True, ctx="Publishing LLC 2020"),
    P("White House", opt=True), P("Dubai"), P("Washington"), P("South Lawn", opt=True),
    P("Palestinian territories", opt=True), P("Ramallah"), P("Gaza Strip"),
    P("Southern Israel", "southern Israel", opt=True), P("Ashdod"), P("Abu Dhabi", ctx="Abu Dhabi and Tel Aviv"),
    P("Tel Aviv"),
    V("Washington", "2020-09-15"),  # the White House ceremony
    V("Abu Dhabi", "2020-10-20"),  # the Israeli delegation's visit
    V("Abu Dhabi", "2020-08"),  # Kushner's flight last month
    S(AE, "Abdullah bin Zayed", "We are witnessing a change in the heart of the Middle East", opt=True,
      stance="welcome"),  # headline and meta copy of the body quote
    S(AE, "Abdullah bin Zayed",
      "We are witnessing today a change in the heart of the Middle East, a change that will send hope around the "
      "world,", stance="welcome"),
    S(AE, "Abdullah bin Zayed",
      "thanked Prime Minister Netanyahu for \"halting the annexation of Palestinian territories,\"", kind=I,
      opt=True, stance="welcome"),
    S(AE, "Abdullah bin Zayed", "a step he said would allow a two-state solution to remain possible", kind=I,
      opt=True, stance="neutral"),
    S(BH, "Abdullatif Al Zayani", "Bahrain would continue to stand by the Palestinian people", kind=I,
      stance="neutral"),
    S(BH, "Abdullatif Al Zayani", "Peace is the best way to secure the legitimate rights of the Palestinian people,",
      stance="neutral"),
    S(US, "Donald Trump", "the agreements marked \"the dawn of a new Middle East\"", kind=I, stance="welcome"),
    S(US, "Donald Trump", "\"five or six\" other countries were close to making peace with Israel", kind=I,
      stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "the accords would \"end the Arab-Israeli conflict once and for all\", adding that Israel and the UAE would "
      "open embassies in the coming months", kind=I, stance="welcome"),
    S(AE, "Mohamed bin Zayed",
      "the treaty \"is a historic achievement that will open new horizons for the region\"", kind=I,
      stance="welcome"),
    S(PA, "Palestinian leadership", "condemned the signing", kind=I, opt=True, stance="condemn"),
    S(PA, "Mahmoud Abbas's office",
      "\"peace will not be achieved in the region without an end to the occupation\"", kind=I, stance="reject"),
    S(IL, "Israeli army",
      "two rockets were fired from the Gaza Strip at southern Israel, lightly wounding two people in Ashdod",
      kind=I, stance="neutral"),
    S(HA, "Hazem Qassem", "called the accords \"a stab in the back of the Palestinian cause\"", kind=I,
      stance="condemn"),
    S(AE, "UAE officials",
      "the first direct commercial flight between Abu Dhabi and Tel Aviv is expected next month, and an Israeli "
      "delegation is due to visit Abu Dhabi on October 20 to sign agreements on investment and visas", kind=I,
      stance="neutral"),
    K(2, "wounded", "people", by="Israeli army"),
]

A["h09_khaleejtimes_saudi_iran_beijing_2023"] = [
    T("within two months", "P2M", opt=True, nth=0),
    T("Fri 10 Mar 2023", "2023-03-10", nth=0),
    T("6:18 PM", "2023-03-10", opt=True),
    T("Fri 10 Mar 2023", "2023-03-10", nth=1),
    T("9:02 PM", "2023-03-10", opt=True),
    T("on Friday", "2023-03-10"),
    T("within two months", "P2M", opt=True, nth=1),
    T("seven years", "P7Y", opt=True),
    T("2001", "2001"),
    T("four days", "P4D", opt=True),
    T("on Monday", "2023-03-06"),
    T("2021", "2021"),
    T("2022", "2022"),
    T("2015", "2015"),
    T("January 2016", "2016-01"),
    P("Beijing", ctx="issued in Beijing"), P("Baghdad"), P("Muscat"), P("Washington", opt=True),
    P("Abu Dhabi", opt=True), P("Riyadh", opt=True, ctx="meet in Riyadh"),  # related links
    V("Beijing", "2023-W10"),  # four days of talks from Monday
    V("Baghdad", "2021"), V("Baghdad", "2022"), V("Muscat", None),
    V("Abu Dhabi", None, opt=True), V("Riyadh", None, opt=True),  # related links
    S(SA + IR + CN, "joint statement",
      "they had agreed \"to respect the sovereignty of states and non-interference in their internal affairs,\" "
      "and to activate a security cooperation agreement signed in 2001", kind=I, stance="agree"),
    S(SA + IR + CN, "joint statement",
      "The foreign ministers of the two countries are to meet to implement the decision and arrange the exchange "
      "of ambassadors", kind=I, stance="neutral"),
    # after the blind run: required, as "According to the statement" in h06 (was opt)
    S(SA + IR + CN, "joint statement", "The two countries will reopen embassies within two months", kind=I,
      stance="agree"),
    S(IR, "Ali Shamkhani", "the talks as \"clear, transparent, comprehensive and constructive,\"", kind=I,
      stance="welcome"),
    S(IR, "Ali Shamkhani",
      "Removing misunderstandings and looking to the future will certainly lead to regional stability and "
      "security,", stance="welcome"),
    S(SA, "Faisal bin Farhan",
      "the agreement stemmed from the Kingdom's vision \"based on preferring political solutions and dialogue.\"",
      kind=I, stance="welcome"),
    S(SA, "Faisal bin Farhan", "The countries of the region share one fate.", stance="neutral"),
    S(CN, "Wang Yi", "the outcome as \"a victory for dialogue and a victory for peace,\"", kind=I,
      stance="welcome"),
    S(CN, "Wang Yi", "Beijing would continue to play a constructive role in handling hotspot issues", kind=I,
      stance="neutral"),
    S(SA + IR + CN, "joint statement", "thanked Iraq and Oman for hosting earlier rounds of talks", kind=I,
      opt=True, stance="welcome"),
    S(AE, "UAE", "welcomed the agreement", kind=I, opt=True, stance="welcome"),
    S(AE, "Anwar Gargash",
      "the UAE \"believes in the importance of positive communication and dialogue among the countries of the "
      "region.\"", kind=I, stance="welcome"),
    S(US, "John Kirby", "the United States supported any efforts to de-escalate tensions in the region", kind=I,
      stance="welcome"),
    S(US, "John Kirby", "it remained to be seen whether Iran would \"honour its side of the deal.\"", kind=I,
      stance="neutral"),
    S(IL, "Yair Lapid",
      "the agreement \"a complete and dangerous failure of the Israeli government's foreign policy.\"", kind=I,
      stance="condemn"),
    S(HO, "Mohammed Abdulsalam",
      "the region \"needs the return of normal relations between its countries\" for the Islamic nation to regain "
      "its security", kind=I, stance="welcome"),
    # after the blind run: a casualty figure "according to" a faction is an optional statement of it
    S(UN, "United Nations", "The conflict has killed more than 150,000 people", kind=I, opt=True, stance="neutral"),
    K(150000, "killed", "people", qualifier="more than", by="United Nations"),
]

A["h10_dailysabah_astana_talks_2017"] = [
    T("24.01.2017", "2017-01-24", nth=0),
    T("18:11", "2017-01-24", opt=True),
    T("24.01.2017", "2017-01-24", nth=1),
    T("19:40", "2017-01-24", opt=True),
    T("Tuesday", "2017-01-24", ctx="agreed Tuesday"),
    T("two days", "P2D", opt=True),
    T("Dec. 30", "2016-12-30"),
    T("on Monday", "2017-01-23", ctx="Ankara on Monday"),
    T("Feb. 8", "2017-02-08"),
    T("on Monday", "2017-01-23", ctx="province on Monday"),
    T("on Sunday", "2017-01-22"),
    T("sixth year", "P6Y", opt=True),
    P("Astana", ctx="capital Astana"), P("Geneva"), P("Rixos President Hotel", opt=True),
    P("Wadi Barada"), P("Damascus"), P("Ankara"), P("Idlib province"), P("al-Bab"),
    V("Astana", "2017-W04"),  # two days of talks, Monday and Tuesday
    V("Geneva", "2017-02-08"),
    S(TR + RU + IR, "Turkey, Russia and Iran",
      "they supported the participation of the armed opposition in the next round of talks in Geneva, and "
      "reaffirmed \"that there is no military solution to the Syrian conflict.\"", kind=I, stance="neutral"),
    S(SO, "Syrian opposition delegation",
      "refused to sign the statement and objected to Iran's role as a guarantor", kind=I, opt=True,
      stance="reject"),
    S(SO, "Mohammed Alloush",
      "We cannot accept that a party that is killing Syrians becomes a guarantor of a cease-fire,",
      stance="reject"),
    S(SY, "Bashar al-Jaafari", "called the meeting a success", kind=I, opt=True, stance="welcome"),
    S(SY, "Bashar al-Jaafari", "the opposition had shown \"arrogance.\"", kind=I, stance="condemn"),
    S(SY, "Bashar al-Jaafari",
      "regime forces would continue operations in Wadi Barada, the valley near Damascus that supplies most of the "
      "capital's water, as long as \"terrorist groups\" remained there", kind=I, stance="threat"),
    S(TR, "Sedat Önal",
      "Turkey would continue to work with Russia to strengthen the truce that came into effect on Dec. 30", kind=I,
      stance="neutral"),
    S(TR, "Sedat Önal", "The cease-fire is largely holding, and that is the most important result of Astana,",
      stance="welcome"),
    S(RU, "Alexander Lavrentiev", "Moscow had handed the opposition a draft constitution for Syria to study",
      kind=I, stance="propose"),
    S(TR, "İbrahim Kalın",
      "Turkey expected the Astana talks to pave the way for a political solution, adding that Turkey would not "
      "accept the presence of the PKK's Syrian affiliate, the PYD, at the negotiating table", kind=I,
      stance="reject"),
    S(UN, "Staffan de Mistura",
      "the U.N. would convene the next round of intra-Syrian negotiations in Geneva on Feb. 8", kind=I,
      stance="neutral"),
    S(UN, "Staffan de Mistura", "We are very close to starting a political process,", stance="neutral"),
    S(US, "Mark Toner", "Washington \"welcomes any steps that de-escalate the violence.\"", kind=I,
      stance="welcome"),
    S(TR, "Turkish General Staff", "three Turkish soldiers were wounded on Sunday", kind=I, stance="neutral"),
    S(["Syrian Observatory for Human Rights"], "Syrian Observatory for Human Rights",
      "At least 12 civilians were killed in regime airstrikes on Idlib province on Monday", kind=I, opt=True,
      stance="neutral"),  # a monitoring group (civil): opt
    K(12, "killed", "civilians", qualifier="at least", by="Syrian Observatory for Human Rights"),
    K(3, "wounded", "Turkish soldiers", by="Turkish General Staff"),
    K(310000, "killed", "people", qualifier="more than"),
]

A["h11_lorienttoday_hochstein_live_2024"] = [
    T("Tuesday, Nov. 19, 2024", "2024-11-19"),
    T("throughout the day", "2024-11-19", opt=True),
    T("19 November 2024", "2024-11-19"),
    T("19:52", "2024-11-19", opt=True),
    T("two hours", "PT2H", opt=True),
    T("on Tuesday", "2024-11-19"),
    T("on Wednesday", "2024-11-20"),
    T("later this week", "2024-W47"),
    T("October 2023", "2023-10", nth=0),
    T("7:45 p.m.", "2024-11-19", opt=True),
    T("Minutes later", "2024-11-19", opt=True),
    T("6:30 p.m.", "2024-11-19", opt=True),
    T("in the afternoon", "2024-11-19", opt=True),
    T("the coming days", "P1D", opt=True),
    T("5:10 p.m.", "2024-11-19", opt=True),
    T("3:20 p.m.", "2024-11-19", opt=True),
    T("1:05 p.m.", "2024-11-19", opt=True),
    T("October 2023", "2023-10", nth=1),
    T("In the previous 24 hours", "P1D", opt=True),
    T("11:40 a.m.", "2024-11-19", opt=True),
    T("9:15 a.m.", "2024-11-19", opt=True),
    T("shortly after 9 a.m.", "2024-11-19", opt=True),
    T("a week after", "2024-W46", opt=True),
    T("2024", "2024", opt=True, ctx="© 2024"),
    P("Beirut", ctx="Hochstein in Beirut:"), P("Ain al-Tineh", opt=True, nth=0), P("Dahiyeh", opt=True),
    P("Haret Hreik", opt=True), P("Grand Serail", opt=True), P("Haifa", nth=0),
    P("Northern Israel", "northern Israel", opt=True), P("Nahariya"), P("Tyre"),
    P("Rafic Hariri International Airport", opt=True),
    V("Beirut", "2024-11-19"),  # Hochstein with Berri and with Mikati
    V("Beirut", "2024-11-20", opt=True),  # to see Berri again; place implied
    S(US, "Amos Hochstein", "within our grasp,", opt=True, stance="welcome"),  # headline fragment
    S(LB, "Health Ministry", "Israeli attacks have killed 3,544 people in Lebanon since October 2023.", opt=True,
      stance="neutral"),  # summary copy of the 1:05 p.m. entry
    S(IL, "Avichay Adraee", "ordering residents of two buildings in Haret Hreik to leave", kind=I, opt=True,
      stance="demand"),
    S(LB, "Najib Mikati", "We are in a decisive phase", opt=True, stance="neutral"),  # entry headline, shorter copy
    S(LB, "Najib Mikati", "Lebanon had given \"a positive answer\" to the US proposal", kind=I, stance="agree"),
    S(LB, "Najib Mikati",
      "We are in a decisive phase, and the coming days will show whether Israel really wants a ceasefire,",
      stance="neutral"),
    S(US, "Amos Hochstein", "A real opportunity", opt=True, stance="welcome"),
    S(US, "Amos Hochstein", "the talks had been \"very constructive.\"", kind=I, stance="welcome"),
    S(US, "Amos Hochstein",
      "We have a real opportunity to bring this conflict to an end. It is now within our grasp,", stance="welcome"),
    S(LB, "Ali Hassan Khalil", "there are still some details, but the essential points have been agreed.",
      stance="agree"),
    S(HZ, "Hezbollah", "rockets fired at Haifa area", stance="neutral"),  # entry headline
    S(HZ, "Hezbollah",
      "it had fired a salvo of rockets at a naval base near Haifa \"in response to the enemy's massacres.\"",
      kind=I, stance="neutral"),
    S(IL, "Israeli army",
      "about 20 projectiles crossed into northern Israel, lightly wounding two people in Nahariya", kind=I,
      stance="neutral"),
    S(LB, "Health Ministry",
      "Israeli attacks on Lebanon have killed 3,544 people and wounded 15,036 since October 2023", kind=I,
      stance="neutral"),
    S(IL, "Israel Katz", "Our strikes will go on", stance="threat"),  # entry headline
    S(IL, "Israel Katz",
      "Israel would \"continue to strike Hezbollah with full force\" until residents of the north could return "
      "safely", kind=I, stance="threat"),
    S(IL, "Israel Katz", "There will be no ceasefire without full freedom of action for the IDF,",
      stance="demand"),
    S(LB, "L'Orient Today", "يصل هوكشتاين إلى بيروت اليوم", opt=True, stance="neutral"),
    K(3544, "killed", "people", by="Health Ministry"),
    K(15036, "wounded", "people", by="Health Ministry"),
    K(2, "wounded", "people", by="Israeli army"),
    K(33, "killed", "people", by="Health Ministry"),
    K(5, "killed", "people", by="Health Ministry"),
]

A["h12_almonitor_oman_iran_us_talks_2025"] = [
    T("next week", "2025-W16", nth=0),  # headline
    T("April 12, 2025", "2025-04-12"),
    T("on Saturday", "2025-04-12", nth=0),
    T("next Saturday, April 19", "2025-04-19"),
    T("next week", "2025-W16", opt=True, nth=1),  # inside Araghchi's quote
    T("a few minutes", "PT1M", opt=True),
    T("on Saturday", "2025-04-12", nth=1),
    T("Earlier in the week", "2025-W15", opt=True),
    T("on Monday", "2025-04-07"),
    T("2015", "2015"),
    T("2018", "2018"),
    T("In October", "2024-10"),
    T("on Thursday", "2025-04-10"),
    P("Muscat", nth=0), P("White House", ctx="at the White House on Monday"), P("Tehran", ctx="near Tehran"),
    P("Washington", opt=True, ctx="Washington-based"),
    V("Muscat", "2025-04-12"),
    V("White House", "2025-04-07"),  # Netanyahu with Trump
    S(US + IR, "Both sides", "described the meeting as constructive", kind=I, opt=True, stance="welcome"),
    S(US, "White House",
      "the discussions were \"very positive and constructive\" and that Witkoff had stressed to Araghchi that he "
      "had been instructed by President Donald Trump \"to resolve our two nations' differences through dialogue "
      "and diplomacy, if that is possible.\"", kind=I, stance="welcome"),
    S(IR, "Abbas Araghchi", "the two sides had agreed to hold the next round of talks next Saturday, April 19",
      kind=I, stance="agree"),
    S(IR, "Abbas Araghchi",
      "We are close to a basis for negotiations. If we can finalize this basis next week, we will have taken a big "
      "step,", stance="welcome"),
    S(IR, "Abbas Araghchi",
      "the two delegations spoke directly for a few minutes at the end of the session, in the presence of the "
      "Omani minister", kind=I, stance="neutral"),
    S(IR, "Iran", "the talks are indirect", kind=I, stance="neutral"),
    S(IR, "Esmaeil Baghaei",
      "Tehran was giving diplomacy \"a genuine chance in good faith\" but would not negotiate \"under pressure or "
      "threats.\"", kind=I, stance="agree"),
    S(OM, "Badr Albusaidi",
      "the talks took place in \"a friendly atmosphere conducive to bridging viewpoints,\" adding that Oman would "
      "continue to work with both sides to reach \"a fair and binding agreement.\"", kind=I, stance="welcome"),
    S(US, "Donald Trump", "he thought the talks were \"going okay,\"", kind=I, stance="neutral"),
    S(US, "Donald Trump", "Nothing matters until you get it done.", stance="neutral"),
    S(US, "Donald Trump",
      "Iran would be in \"great danger\" if the talks failed, and that Israel would be \"the leader\" of any "
      "military action", kind=I, stance="threat"),
    S(IL, "Benjamin Netanyahu",
      "any deal must be a \"Libya-style\" agreement that dismantles Iran's nuclear facilities \"under American "
      "supervision.\"", kind=I, stance="demand"),
    S(IR, "Ali Shamkhani",
      "Araghchi was travelling to Oman \"with full authority for indirect negotiations.\"", kind=I,
      stance="neutral"),
    S(SA + QA, "Saudi Arabia and Qatar", "welcomed the meeting", kind=I, opt=True, stance="welcome"),
    S(SA, "Saudi Foreign Ministry",
      "it hoped the talks would \"enhance security and peace in the region and the world.\"", kind=I,
      stance="welcome"),
    S(IR, "Abbas Araghchi", "عراقجي: المحادثات جرت في أجواء بناءة", opt=True, stance="welcome"),
    # after the blind run: a casualty figure "according to" a faction is an optional statement of it
    S(IR, "Iranian army", "In October, Israeli airstrikes on military sites near Tehran killed four Iranian soldiers",
      kind=I, opt=True, stance="neutral"),
    K(4, "killed", "Iranian soldiers", by="Iranian army"),
]

# the quoted fragments inside each indirect statement are optional statements of the same speaker (as in blind8;
# the hard-wrapped article's fragments take its line breaks)
add_fragments(A, respell=lambda aid, frag: wrapped(aid, frag) if aid == Y else frag)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
