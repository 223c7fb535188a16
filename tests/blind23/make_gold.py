"""Build tests/blind23/gold.json from the hand annotations below (run: python tests/blind23/make_gold.py).

A blind set (blind23) of ordinary Middle East diplomacy news from twelve general and business outlets not used by
the earlier sets (Globes, The Japan Times, Hindustan Times, Chicago Tribune, The Boston Globe, New Zealand Herald,
Irish Independent, The Australian, Asia Times, The Sunday Times, The Express Tribune, Arabian Business), written and
annotated without reading the extractor code (``lib/``), the git log, ``docs/`` or the articles of the other sets.
The round's point is direct quotes: most required statements are verbatim quotations with a speaker. Offsets are
character offsets into ``open(path, encoding="utf-8").read()`` (the way the scorer reads the files), found by exact
substring search: ``ctx`` (a longer, unique stretch of text) locates the mention when the bare text repeats, ``nth``
picks the n-th occurrence. Every span is checked with ``text[start:end] == item['text']`` and every direct quote must
occur verbatim in its article (``W`` gives a quote the line breaks of a hard-wrapped article). Every statement
carries a ``stance`` (threat, reject, condemn, welcome, demand, propose, agree, deny, neutral) for
``bench/stance_eval.py``. The format is the one of ``shared/eval/gold/seeds.json``; conventions are in README.md.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, add_fragments, build_gold, find, write_gold  # noqa: E402,F401

I = "indirect"  # noqa: E741


def W(aid, quote):
    """The quote as spelled in a hard-wrapped article (a space in the quote may be a line break there)."""
    with open(HERE / "articles" / f"{aid}.txt", encoding="utf-8") as fh:
        text = fh.read()
    pat = r"\s+".join(re.escape(w) for w in quote.split(" "))
    m = re.search(pat, text)
    if not m:
        raise ValueError(f"{aid}: {quote!r} not found")
    return m.group(0)


def respell(aid, frag):
    return W(aid, frag) if aid in WRAPPED else frag


WRAPPED = {"b04_chicagotribune_gaza_truce", "b07_irishindependent_lebanon_ceasefire"}

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Washington": (38.8951, -77.0364), "White House": (38.8977, -77.0365), "Abu Dhabi": (24.4512, 54.3970),
    "Ramallah": (31.8996, 35.2042), "Gaza Strip": (31.42, 34.37), "Ashdod": (31.7921, 34.6497),
    "Ashkelon": (31.6688, 34.5743), "Tel Aviv": (32.0809, 34.7806), "Dubai": (25.0772, 55.3093),
    "Middle East": (29.0, 41.0),
    "Vienna": (48.2085, 16.3721), "Palais Coburg": (48.2053, 16.3769), "Tehran": (35.6944, 51.4215),
    "Jerusalem": (31.7690, 35.2163), "Tokyo": (35.6895, 139.6917), "Azadegan": (31.60, 47.90),
    "Persian Gulf": (27.0, 51.0), "Kuala Lumpur": (3.1412, 101.6865),
    "New Delhi": (28.6358, 77.2245), "Red Sea": (20.0, 38.5), "Gujarat": (22.5, 71.5),
    "Arabian Sea": (15.0, 65.0), "Chabahar": (25.2919, 60.6430), "Kampala": (0.3163, 32.5822),
    "Gaza City": (31.5017, 34.4668), "Cairo": (30.0626, 31.2497),
    "Lausanne": (46.5160, 6.6328), "Lake Geneva": (46.45, 6.55), "Beau-Rivage Palace": (46.5072, 6.6270),
    "Fordow": (34.8840, 50.9960), "Arak": (34.0954, 49.7013), "Rose Garden": (38.8975, -77.0375),
    "Geneva": (46.2022, 6.1457), "Montreux": (46.4312, 6.9107), "Salem": (42.5195, -70.8967),
    "Doha": (25.2854, 51.5310), "Rafah": (31.2969, 34.2455), "southern Israel": (31.3, 34.6),
    "Wellington": (-41.2866, 174.7756),
    "Camp Shamrock": (33.2090, 35.3760), "Dublin": (53.3331, -6.2489), "southern Lebanon": (33.27, 35.40),
    "Litani River": (33.33, 35.30), "Beirut": (33.8938, 35.5018),
    "Beijing": (39.9075, 116.3972), "Riyadh": (24.6877, 46.7219), "Canberra": (-35.2835, 149.1281),
    "Gulf": (26.5, 52.0),
    "Astana": (51.1801, 71.4460), "Rixos President Hotel": (51.1650, 71.4300), "Aleppo": (36.2021, 37.1343),
    "Wadi Barada": (33.6200, 36.1300), "Damascus": (33.5102, 36.2913),
    "Grand Serail": (33.8966, 35.4990), "New York": (40.7143, -74.0060), "Litani": (33.33, 35.30),
    "London": (51.5085, -0.1257), "Dahiyeh": (33.8530, 35.5030),
    "Sharm el-Sheikh": (27.9158, 34.3299), "Knesset": (31.7767, 35.2053),
    "Hodeidah": (14.7978, 42.9545), "Sanaa": (15.3547, 44.2067), "Amman": (31.9552, 35.9450),
    "Taiz": (13.5795, 44.0209), "Jeddah": (21.5169, 39.2192),
}
RADIUS = {"Gaza Strip": 60, "Middle East": 1500, "Azadegan": 60, "Persian Gulf": 500, "Red Sea": 800, "Gujarat": 300,
          "Arabian Sea": 800, "Lake Geneva": 40, "southern Israel": 60, "southern Lebanon": 60, "Litani River": 60,
          "Litani": 60, "Gulf": 500, "Wadi Barada": 20}

# factions
US, IL, HA, PAL, EG, QA = ["United States"], ["Israel"], ["Hamas"], ["Palestinian Authority", "PLO", "Fatah"], ["Egypt"], ["Qatar"]
UAE, BH, IR, JP, IN, HO = ["United Arab Emirates", "UAE"], ["Bahrain"], ["Iran"], ["Japan"], ["India"], ["Houthis", "Ansar Allah"]
UN, EU, NZ, IE, LB, HZ = ["United Nations"], ["European Union"], ["New Zealand"], ["Ireland"], ["Lebanon"], ["Hezbollah"]
SA, CN, AU, RU, TR, SY = ["Saudi Arabia"], ["China"], ["Australia"], ["Russia"], ["Turkey"], ["Syria"]
OPP, UK, PK, GCC = ["Syrian opposition", "Jaish al-Islam"], ["United Kingdom", "Britain"], ["Pakistan"], ["Gulf Cooperation Council", "GCC"]

A = {}

# b01 Globes, saved HTML, Wednesday 16 September 2020
A["b01_globes_abraham_accords"] = [
    T("2020-09-16", "2020-09-16", opt=True),  # inside <meta>
    T("16 Sep, 2020", "2020-09-16"),
    T("08:41", "2020-09-16T08:41", ctx="2020 08:41", opt=True),
    T("yesterday", "2020-09-15"),
    T("today", "2020-09-15", ctx="why today we are", opt=True),
    T("Today", "2020-09-15", ctx="Today we are witnessing", opt=True),  # fixed after the blind run: a "today" in a quote
    T("August 13", "2020-08-13"), T("September 11", "2020-09-11"),
    T("the past two weeks", "P2W", opt=True), T("within three years", "P3Y", opt=True),
    T("by the end of the year", "2020", opt=True),
    T("September 16, 2020", "2020-09-16"),
    T("2020", "2020", ctx="Ltd., 2020", opt=True),
    P("Abu Dhabi"), P("White House", opt=True), P("Washington"), P("Middle East", opt=True),
    P("Ramallah"), P("Gaza Strip"), P("Ashdod"), P("Ashkelon"), P("Tel Aviv"), P("Dubai"),
    V("Washington", "2020-09-15"),
    S(IL, "Benjamin Netanyahu", "This day is a pivot of history. It heralds a new dawn of peace", stance="welcome"),
    S(IL, "Benjamin Netanyahu", "For thousands of years, the Jewish people have prayed for peace. For decades, the "
      "Jewish state has prayed for peace. And this is why today we are filled with such profound gratitude.",
      stance="welcome"),
    S(IL, "Benjamin Netanyahu", "This day is a pivot of history", opt=True, stance="welcome"),  # the h2 copy
    S(US, "Donald Trump", "\"five or six\" more countries were close to joining", kind=I, stance="neutral"),
    S(US, "Donald Trump", "We're very far down the road with about five countries", stance="neutral"),
    S(US, "Donald Trump", "After decades of division and conflict, we mark the dawn of a new Middle East.",
      stance="welcome"),
    S(UAE, "Abdullah bin Zayed", "the accord would allow the UAE to keep standing by the Palestinian people", kind=I,
      stance="welcome"),
    S(UAE, "Abdullah bin Zayed", "for choosing peace", opt=True, stance="welcome"),
    S(UAE, "Abdullah bin Zayed", "Today we are witnessing a new trend that will create a better path for the Middle "
      "East", stance="welcome"),
    S(BH, "Abdullatif Al Zayani", "a historic step on the road to genuine, comprehensive and enduring peace.",
      stance="welcome"),
    S(BH, "Abdullatif Al Zayani", "We must now work urgently and actively to bring about the lasting peace and "
      "security our peoples deserve.", stance="propose"),
    S(PAL, "Mahmoud Abbas", "peace, security and stability would not be achieved in the region until the Israeli "
      "occupation ends", kind=I, stance="reject"),
    S(HA, "Hazem Qassem", "the signing was \"a black day in the history of the nation.\"", kind=I, stance="condemn"),
    # fact report and a business voice (opt)
    S(["Magen David Adom", "Israel"], "Magen David Adom", "two people were lightly wounded in Ashdod by glass fragments",
      kind=I, opt=True, stance="neutral"),
    S(["Israel Export Institute"], "Adiv Baruch", "trade with the UAE could reach $4 billion a year within three years",
      kind=I, opt=True, stance="neutral"),
    S(["Israel Export Institute"], "Adiv Baruch", "The Emirati companies are hungry for Israeli technology, in water, "
      "agritech and cyber", opt=True, stance="neutral"),
    K(2, "wounded", "people"),
]

# b02 The Japan Times, plain page, Wednesday 15 July 2015
A["b02_japantimes_vienna_deal"] = [
    T("JUL 15, 2015", "2015-07-15"),
    T("Wednesday", "2015-07-15", nth=0), T("Tuesday", "2015-07-14", nth=0),
    T("Wednesday", "2015-07-15", nth=1),
    T("18 days", "P18D", opt=True), T("for at least a decade", "P10Y", opt=True),
    T("last year", "2014"), T("2012", "2012"), T("2010", "2010"),
    T("later this year", "2015", opt=True), T("2003", "2003"),
    T("Tuesday", "2015-07-14", nth=1), T("Tuesday", "2015-07-14", nth=2),
    T("Dec. 15", "2015-12-15"),
    P("Vienna"), P("Tehran", ctx="Kishida to Tehran"), P("Washington"), P("Jerusalem"),
    P("Palais Coburg", opt=True), P("Middle East", opt=True), P("Azadegan", opt=True),
    P("Persian Gulf", opt=True), P("Tokyo", ctx="at Tokyo forum", opt=True), P("Kuala Lumpur", opt=True),
    V("Vienna", "2015-07-14"),
    V("Tehran", "2015", opt=True),  # a visit under consideration "later this year"
    S(JP, "Fumio Kishida", "Japan would support its implementation and seek to expand ties with Iran", kind=I,
      stance="welcome"),
    S(JP, "Fumio Kishida", "We welcome this final agreement as a significant step toward strengthening the "
      "international nonproliferation regime", stance="welcome"),
    S(JP, "Fumio Kishida", "Japan will make active contributions so that the agreement is steadily implemented.",
      stance="agree"),
    S(JP, "Yoshihide Suga", "the government would look at how Japanese companies could take part in Iran's economy "
      "once sanctions are lifted", kind=I, stance="neutral"),
    S(JP, "Yoshihide Suga", "Iran is a major energy supplier and an important country for the stability of the Middle "
      "East", stance="neutral"),
    S(IR, "Mohammad Javad Zarif", "This is a historic moment", stance="welcome"),
    S(IR, "Mohammad Javad Zarif", "We are reaching an agreement that is not perfect for anybody, but it is what we "
      "could accomplish.", stance="welcome"),
    S(US, "John Kerry", "the agreement would close off every pathway for Iran to a nuclear weapon", kind=I,
      stance="welcome"),
    S(US, "Barack Obama", "he would veto any legislation that blocked the deal", kind=I, stance="threat"),
    S(IL, "Benjamin Netanyahu", "Israel is not bound by this deal with Iran, because Iran continues to seek our "
      "destruction", stance="reject"),
    S(IL, "Benjamin Netanyahu", "We will always defend ourselves.", stance="threat"),
    S(JP, "senior Foreign Ministry official", "Tokyo was considering sending Kishida to Tehran later this year, which "
      "would be the first visit by a Japanese foreign minister since 2003", kind=I, stance="neutral"),
    S(["Institute of Energy Economics, Japan"], "Akio Miyajima", "the agreement came at a good time for Japanese "
      "refiners", kind=I, opt=True, stance="welcome"),
    S(["Institute of Energy Economics, Japan"], "Akio Miyajima", "Having one more supplier that is not in the Persian "
      "Gulf crisis zone, or at least not under sanctions, gives Japan more room", opt=True, stance="welcome"),
    S(IR, "Hassan Rouhani", "\"a new chapter\" had begun in Iran's relations with the world", kind=I,
      stance="welcome"),
]

# b03 Hindustan Times, Markdown, Tuesday 16 January 2024
A["b03_hindustantimes_jaishankar_tehran"] = [
    T("Jan 16, 2024", "2024-01-16"),
    T("06:12 AM", "2024-01-16T06:12", opt=True),
    T("2024/01/15", "2024-01-15", opt=True),  # inside the image link
    T("Monday", "2024-01-15", nth=0), T("Monday", "2024-01-15", nth=1),
    T("six months", "P6M", opt=True),
    T("January 12", "2024-01-12"), T("December 23", "2023-12-23"),
    T("Monday", "2024-01-15", nth=2),
    T("Sunday evening", "2024-01-14"), T("Thursday", "2024-01-18"),
    P("Tehran"), P("New Delhi", ctx="By Rezaul H Laskar, New Delhi", opt=True),
    P("New Delhi", ctx="reporters in New Delhi"), P("Red Sea", opt=True),
    P("Gaza Strip", "Gaza", ctx="developments in Gaza"), P("Gujarat", opt=True), P("Arabian Sea", opt=True),
    P("Chabahar"), P("Kampala"),
    V("Tehran", "2024-01-15"),
    V("Kampala", "2024-01-18"),  # the NAM summit he is to travel to on Thursday
    S(IN, "S Jaishankar", "the threats to vessels had a direct impact on India's energy and economic interests",
      kind=I, stance="neutral"),
    S(IN, "S Jaishankar", "great concern", opt=True, stance="neutral"),  # headline
    # fixed after the blind run: the breadcrumb headline's reported clause (headlines are opt)
    S(IN, "S Jaishankar", "they are a matter of concern", kind=I, opt=True, stance="neutral"),
    S(IN, "S Jaishankar", "Threats to the safety of commercial shipping in this very important waterway are a matter "
      "of great concern to the international community. They also have a direct impact on India's energy and economic "
      "interests", stance="neutral"),
    S(IN, "S Jaishankar", "This dangerous situation is not to the benefit of any party, and this must be clearly "
      "recognised.", stance="demand"),
    S(IN, "S Jaishankar", "The escalation of the conflict in the region must be avoided.", stance="demand"),
    S(IR, "Hossein Amir-Abdollahian", "Tehran did not want the Gaza war to spread", kind=I, stance="neutral"),
    S(IR, "Hossein Amir-Abdollahian", "The security of the Red Sea is linked to developments in Gaza",
      stance="neutral"),
    S(IR, "Hossein Amir-Abdollahian", "If the genocide in Gaza stops, the region will return to calm.",
      stance="demand"),
    S(HO, "Houthis", "they would keep up their operations", kind=I, stance="threat"),
    S(HO, "Mohammed Abdulsalam", "Our operations will continue against Israeli ships and ships heading to the ports of "
      "occupied Palestine, and American aggression will not go unanswered", stance="threat"),
    S(IN, "Randhir Jaiswal", "the two sides also discussed the long-term agreement for the Chabahar port", kind=I,
      stance="neutral"),
    S(IN, "Randhir Jaiswal", "Both ministers reviewed progress on Chabahar and agreed to work towards a long-term "
      "framework", stance="agree"),
    S(IN, "S Jaishankar", "लाल सागर में जहाजों पर हमले चिंता का विषय हैं।", opt=True, stance="neutral"),
]

# b04 Chicago Tribune (AP copy), hard-wrapped, Wednesday 27 August 2014
B4 = "b04_chicagotribune_gaza_truce"
A[B4] = [
    T("50 days", "P50D", opt=True),
    T("August 27, 2014", "2014-08-27"),
    T("Tuesday", "2014-08-26", nth=0),
    T("7 p.m.", "2014-08-26T19:00", opt=True),
    T("today", "2014-08-26", opt=True),  # inside Abu Zuhri's quote
    T("mid-July", "2014-07", opt=True),
    T("Tuesday", "2014-08-26", nth=1),
    T("July 8", "2014-07-08"), T("July 17", "2014-07-17"),
    T("early August", "2014-08", opt=True),
    T("2014", "2014", ctx="(c) 2014", opt=True),
    P("Gaza City", "GAZA CITY"), P("Gaza Strip"), P("Ramallah"), P("Cairo"), P("Washington"),
    P("Jerusalem", opt=True),  # credit line
    V("Cairo", "2014-08", opt=True),  # the mediation talks, undated; resumption "within a month"
    S(HA, "Sami Abu Zuhri", W(B4, "This is a victory for the resistance and for the people of Gaza"), stance="welcome"),
    S(HA, "Sami Abu Zuhri", W(B4, "We are here today to declare the victory of Gaza."), stance="welcome"),
    S(PAL, "Mahmoud Abbas", W(B4, "Enough of the suffering of our people in Gaza"), stance="neutral"),
    S(PAL, "Mahmoud Abbas", W(B4, "What is next? Will we go back to the same cycle every two years?"),
      stance="neutral"),
    S(EG, "Egypt's Foreign Ministry", W(B4, "urged both sides to abide by the truce"), kind=I, stance="demand"),
    S(EG, "Egypt's Foreign Ministry", W(B4, "Indirect talks on the wider issues are to resume in Cairo within a month"),
      kind=I, opt=True, stance="neutral"),
    S(IL, "Mark Regev", W(B4, "Israel had accepted the same terms that Egypt proposed in mid-July"), kind=I,
      stance="neutral"),
    S(IL, "Mark Regev", W(B4, "Hamas was hit hard, very hard"), stance="neutral"),
    S(IL, "Mark Regev", W(B4, "It got nothing it asked for."), stance="neutral"),
    S(EG, "senior Egyptian official", W(B4, "the talks in Cairo had been \"the most difficult in years.\""), kind=I,
      stance="neutral"),
    S(US, "Jen Psaki", W(B4, "the United States supported the agreement"), kind=I, stance="welcome"),
    S(US, "Jen Psaki", W(B4, "We strongly support it, and we hope it will prove to be durable and sustainable"),
      stance="welcome"),
    S(US, "Jen Psaki", W(B4, "The people of Gaza and Israel deserve to live without the threat of violence."),
      stance="neutral"),
    S(IL, "members of Netanyahu's security cabinet", W(B4, "they had not been consulted"), kind=I, stance="neutral"),
    # fact reports (opt)
    S(IL, "Israeli military", W(B4, "A mortar shell fired from Gaza killed two Israeli men in a kibbutz near the "
      "border shortly before the truce took hold"), kind=I, opt=True, stance="neutral"),
    S(HA, "Gaza health officials", W(B4, "Israeli strikes killed at least nine Palestinians on Tuesday"), kind=I,
      opt=True, stance="neutral"),
    K(2100, "killed", "Palestinians", qualifier="more than"), K(70, "killed", "people"),
    K(2, "killed", "Israeli men"), K(9, "killed", "Palestinians", qualifier="at least"),
    K(2100, "killed", "Palestinians", qualifier="more than"), K(10000, "wounded", "Palestinians", qualifier="more than"),
    K(64, "killed", "soldiers"), K(6, "killed", "civilians"),
]

# b05 The Boston Globe, Markdown, Friday 3 April 2015
A["b05_bostonglobe_lausanne_framework"] = [
    T("eight days", "P8D", opt=True, ctx="After eight days"),
    T("April 3, 2015", "2015-04-03"),
    T("12:00 a.m.", "2015-04-03T00:00", opt=True),
    T("Thursday", "2015-04-02", nth=0), T("Thursday", "2015-04-02", nth=1),
    T("three decades", "P30Y", opt=True),
    T("Today", "2015-04-02", ctx="Today, we have taken", opt=True),  # fixed after the blind run: a "today" in a quote
    T("June 30", "2015-06-30"), T("in January", "2015-01"), T("early March", "2015-03"),
    T("3 a.m.", "T03:00", opt=True),
    T("next week", "2015-W15"), T("late April", "2015-04"),
    T("2015", "2015", ctx="© 2015", opt=True),
    P("Lausanne"), P("Lake Geneva", opt=True), P("Beau-Rivage Palace", opt=True),
    P("Fordow"), P("Arak"), P("Rose Garden", opt=True), P("Washington"),
    P("Geneva", ctx="in Geneva in January"), P("Montreux"), P("Salem"), P("Vienna"),
    V("Lausanne", "2015-04-02"), V("Geneva", "2015-01"), V("Montreux", "2015-03"),
    V("Vienna", "2015-04"),  # negotiators to reconvene in late April
    S(US, "John Kerry", "We have reached a milestone, but we are not done", stance="welcome"),
    S(US, "John Kerry", "This is not a deal yet. But it is a framework that, if it is finalized, will make the world "
      "safer.", stance="welcome"),
    S(EU + IR, "Federica Mogherini", "Today, we have taken a decisive step: we have reached solutions on key parameters "
      "of a Joint Comprehensive Plan of Action.", stance="agree"),
    S(IR, "Mohammad Javad Zarif", "No agreement is fully finished until everything is finished", stance="neutral"),
    S(IR, "Mohammad Javad Zarif", "We are not there yet, and the sanctions must go.", stance="demand"),
    S(US, "Barack Obama", "It is a good deal, a deal that meets our core objectives", stance="welcome"),
    S(US, "Barack Obama", "If Iran cheats, the world will know it.", stance="threat"),
    S(IL, "Benjamin Netanyahu", "a deal based on the framework would threaten the survival of Israel", kind=I,
      stance="reject"),
    S(US, "Bob Corker", "Congress must have a say", kind=I, stance="demand"),
    S(US, "Bob Corker", "If a final agreement is reached, the American people, through their elected representatives, "
      "must have the opportunity to weigh in", stance="demand"),
    S(US, "senior State Department official", "He has put everything into this", stance="neutral"),
    S(US, "senior State Department official", "He thinks this is worth the risk.", stance="neutral"),
]

# b06 New Zealand Herald, plain page, Thursday 16 January 2025 (NZ time)
A["b06_nzherald_gaza_ceasefire"] = [
    T("16 Jan, 2025", "2025-01-16"),
    T("08:05 AM", "2025-01-16T08:05", opt=True),
    T("this morning", "2025-01-16"),
    T("overnight", "2025-01-15", opt=True),
    T("weeks of talks", "P2W", opt=True),
    T("Sunday, January 19", "2025-01-19"),
    T("six weeks", "P6W", opt=True),
    T("tonight", "2025-01-16", opt=True),  # Netanyahu's office, Israel time
    T("October 7, 2023", "2023-10-07"),
    T("in the coming days", "2025-01", opt=True),
    T("last night", "2025-01-15"),
    T("next month", "2025-02"),
    P("Doha"), P("Gaza Strip", ctx="parties in the Gaza Strip"), P("White House"), P("Middle East", opt=True),
    P("Rafah", opt=True), P("southern Israel", opt=True), P("Wellington"),
    V("Doha", "2025-01-15"),
    S(NZ, "Winston Peters", "New Zealand would add to its humanitarian support for Gaza as soon as the crossings open",
      kind=I, stance="welcome"),
    S(NZ, "Winston Peters", "This is the news that the people of Gaza, the hostages and their families have been "
      "waiting for", stance="welcome"),
    S(NZ, "Winston Peters", "Both parties must now honour every word of this agreement, and we call on them to do so.",
      stance="demand"),
    S(NZ, "Winston Peters", "honour every word", opt=True, stance="demand"),  # headline
    S(QA, "Sheikh Mohammed bin Abdulrahman Al Thani", "The two warring parties in the Gaza Strip have reached an "
      "agreement", stance="neutral"),
    S(QA, "Sheikh Mohammed bin Abdulrahman Al Thani", "The ceasefire will take effect on Sunday, January 19.",
      stance="neutral"),
    S(US, "Joe Biden", "the agreement would \"stop the fighting in Gaza, surge much-needed humanitarian assistance to "
      "Palestinian civilians, and reunite the hostages with their families.\"", kind=I, stance="welcome"),
    S(US, "Joe Biden", "This deal was the result not only of the extreme pressure that Hamas was under",
      stance="neutral"),
    S(US, "Joe Biden", "but of the changed equation in the Middle East.", stance="neutral"),
    S(HA, "Hamas", "the agreement was the result of the \"legendary steadfastness\" of the Palestinian people", kind=I,
      stance="welcome"),
    S(HA, "senior Hamas official", "the group would abide by the deal \"as long as the occupation abides by it.\"",
      kind=I, stance="agree"),
    S(IL, "Benjamin Netanyahu", "some final details were still being worked out and that it hoped they would be "
      "finalised tonight", kind=I, stance="neutral"),
    S(HA, "Gaza's Health Ministry", "more than 46,700 Palestinians have been killed since the war began", kind=I,
      opt=True, stance="neutral"),
    S(NZ, "Winston Peters", "New Zealand has given $32 million in humanitarian support since the war began, and a "
      "further contribution will be announced in the coming days", stance="neutral"),
    S(NZ + ["Green Party"], "Chlöe Swarbrick", "A ceasefire is the floor, not the ceiling", stance="demand"),
    S(["Wellington Palestinian community"], "Neill Ballantyne", "We have seen ceasefires collapse before", opt=True,
      stance="neutral"),
    K(46700, "killed", "Palestinians", qualifier="more than"), K(1200, "killed", "people", qualifier="about"),
]

# b07 Irish Independent, hard-wrapped, Thursday 28 November 2024
B7 = "b07_irishindependent_lebanon_ceasefire"
A[B7] = [
    T("28 Nov 2024", "2024-11-28"),
    T("03:30", "2024-11-28T03:30", opt=True),
    T("yesterday", "2024-11-27", nth=0),
    T("4am", "2024-11-27T04:00", opt=True),
    T("more than a year", "P1Y", opt=True),
    T("yesterday", "2024-11-27", nth=1),
    T("October", "2024-10", nth=0),
    T("Tuesday", "2024-11-26", nth=0),
    T("60-day", "P60D", opt=True),
    T("November 19", "2024-11-19"),
    T("October 2023", "2023-10"),
    T("the past\ntwo months", "P2M", opt=True),
    T("yesterday", "2024-11-27", nth=2),
    T("Tuesday", "2024-12-03", nth=1),
    P("southern Lebanon", "south Lebanon", opt=True), P("Camp Shamrock", opt=True), P("Dublin"),
    P("White House"), P("Litani River", opt=True), P("Beirut"),
    V("Beirut", "2024-11-19"),
    S(IE, "Micheál Martin", W(B7, "the troops at Camp Shamrock were \"relieved\" that the guns had fallen silent"),
      kind=I, stance="welcome"),
    S(IE, "Micheál Martin", W(B7, "This ceasefire is hugely welcome and it must be the first step towards a permanent "
      "end to the hostilities"), stance="welcome"),
    S(IE, "Micheál Martin", W(B7, "Ireland will keep its soldiers with UNIFIL for as long as they are needed."),
      stance="neutral"),
    S(IE, "Micheál Martin", W(B7, "for as long as they are needed"), opt=True, stance="neutral"),  # sub-headline
    S(IE, "Micheál Martin", W(B7, "he had spoken to the commanding officer of the 124th Infantry Battalion yesterday "
      "morning"), kind=I, stance="neutral"),
    S(US, "Joe Biden", W(B7, "This is designed to be a permanent cessation of hostilities"), stance="welcome"),
    S(US, "Joe Biden", W(B7, "What is left of Hezbollah and other terrorist organisations will not be allowed to "
      "threaten the security of Israel again."), stance="threat"),
    S(IL, "Benjamin Netanyahu", W(B7, "Israel would keep full freedom of military action"), kind=I, stance="threat"),
    S(IL, "Benjamin Netanyahu", W(B7, "If Hezbollah violates the agreement and tries to arm itself, we will attack"),
      stance="threat"),
    S(IL, "Benjamin Netanyahu", W(B7, "If it tries to rebuild terrorist infrastructure near the border, we will "
      "attack."), stance="threat"),
    S(LB, "Najib Mikati", W(B7, "a fundamental step towards restoring calm and stability in Lebanon"),
      stance="welcome"),
    S(LB, "Najib Mikati", W(B7, "urged Israel to comply with it fully"), kind=I, stance="demand"),
    S(HZ, "Hassan Fadlallah", W(B7, "The resistance will co-operate with the Lebanese army, and the enemy has failed to "
      "achieve its aims."), stance="agree"),
    S(UN, "Andrea Tenenti", W(B7, "the mission was ready to support the Lebanese army"), kind=I, stance="agree"),
    S(UN, "Andrea Tenenti", W(B7, "We stand ready to help with the deployment of the Lebanese Armed Forces in the "
      "south"), stance="agree"),
    S(LB, "Lebanon's Health Ministry", W(B7, "more than 3,800 people have been killed in Lebanon since October 2023"),
      kind=I, opt=True, stance="neutral"),
    K(3800, "killed", "people", qualifier="more than"), K(80, "killed", "soldiers", qualifier="about"),
    K(47, "killed", "civilians"),
]

# b08 The Australian, plain page, Saturday 11 March 2023
A["b08_theaustralian_saudi_iran_beijing"] = [
    T("2016", "2016", nth=0),
    T("March 11, 2023", "2023-03-11"),
    T("12:00AM", "2023-03-11T00:00", opt=True),
    T("Friday", "2023-03-10"),
    T("within two months", "P2M", opt=True), T("seven-year", "P7Y", opt=True), T("four days", "P4D", opt=True),
    T("2001", "2001"), T("since 2015", "2015"), T("January 2016", "2016-01"),
    T("last month", "2023-02"), T("in December", "2022-12"),
    P("Beijing", ctx="announced in Beijing"), P("Washington", ctx="reporters in Washington"),
    P("Riyadh", ctx="embassy in Riyadh"), P("Tehran"), P("Gulf", ctx="tensions in the Gulf", opt=True),
    P("Canberra"),
    V("Beijing", "2023-W10"), V("Beijing", "2023-02"), V("Riyadh", "2022-12"),
    S(CN, "Wang Yi", "This is a victory for dialogue, a victory for peace", stance="welcome"),
    S(CN, "Wang Yi", "China will continue to play a constructive role in handling hotspot issues in the world.",
      stance="neutral"),
    S(IR, "Ali Shamkhani", "the talks had been \"clear, transparent, comprehensive and constructive\" and that "
      "removing misunderstandings would strengthen regional security", kind=I, stance="welcome"),
    S(SA, "Prince Faisal bin Farhan", "the kingdom's choice was dialogue", kind=I, stance="welcome"),
    S(SA, "Prince Faisal bin Farhan", "The countries of the region share one fate and a common denominator that makes "
      "it necessary for us to build together a model of prosperity and stability", stance="welcome"),
    S(SA + IR + CN, "joint trilateral statement", "the two countries would respect each other's sovereignty and not "
      "interfere in each other's internal affairs, and would revive a security cooperation pact signed in 2001",
      kind=I, stance="agree"),
    S(US, "John Kirby", "We support any efforts to de-escalate tensions in the region", stance="welcome"),
    S(US, "John Kirby", "It remains to be seen whether the Iranians will honour their side of the deal.",
      stance="neutral"),
    S(IL, "Naftali Bennett", "The renewal of relations between Saudi Arabia and Iran is a serious and dangerous "
      "development for Israel", stance="condemn"),
    S(IL, "Naftali Bennett", "It is a political victory for Iran.", stance="condemn"),
    S(HO, "Mohammed Abdulsalam", "the region needed \"the return of normal relations between its countries.\"",
      kind=I, stance="welcome"),
    S(AU, "Penny Wong", "Australia welcomed any step that lowered tensions in the Gulf", kind=I, stance="welcome"),
    S(AU, "Penny Wong", "We encourage both countries to use this agreement to bring lasting peace to Yemen",
      stance="propose"),
    S(["Lowy Institute"], "Rodger Shanahan", "Beijing has shown it can deliver something Washington could not",
      opt=True, stance="neutral"),
    S(["Lowy Institute"], "Rodger Shanahan", "It does not mean the Saudis have turned their back on the US.",
      opt=True, stance="neutral"),
]

# b09 Asia Times, saved HTML, Wednesday 25 January 2017
A["b09_asiatimes_astana_talks"] = [
    T("2017-01-25", "2017-01-25", opt=True),  # inside <meta>
    T("January 25, 2017", "2017-01-25"),
    T("2017/01", "2017-01", ctx="uploads/2017/01/astana", opt=True),
    T("Monday", "2017-01-23"),
    T("Two days", "P2D", opt=True),
    T("Tuesday", "2017-01-24"),
    T("December 30", "2016-12-30"),
    T("February 8", "2017-02-08"),
    T("a month after", "P1M", opt=True),
    T("December 22", "2016-12-22"),
    T("Friday", "2017-01-20"),
    T("March 2011", "2011-03"),
    T("2017", "2017", ctx="&copy; 2017", opt=True),
    P("Astana"), P("Rixos President Hotel", opt=True), P("Geneva"), P("Aleppo", ctx="retook eastern Aleppo"),
    P("Wadi Barada"), P("Damascus", ctx="valley near Damascus"),
    V("Astana", "2017-W04"),
    V("Geneva", "2017-02-08"),  # the next round, announced
    S(IR + RU + TR, "Kairat Abdrakhmanov", "The delegations of Iran, Russia and Turkey reaffirm their commitment to the "
      "sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic", stance="agree"),
    S(IR + RU + TR, "Kairat Abdrakhmanov", "They are convinced that there is no military solution to the Syrian "
      "conflict.", stance="neutral"),
    S(SY, "Bashar al-Jaafari", "accused Turkey of sponsoring them", kind=I, stance="condemn"),
    S(SY, "Bashar al-Jaafari", "terrorists", opt=True, stance="condemn"),
    S(SY, "Bashar al-Jaafari", "The Turkish side is responsible for the bloodshed", stance="condemn"),
    S(SY, "Bashar al-Jaafari", "It sends terrorists and weapons across its border.", stance="condemn"),
    S(OPP, "Mohammed Alloush", "the opposition would not accept any role for Iran in monitoring the truce", kind=I,
      stance="reject"),
    S(OPP, "Mohammed Alloush", "We will not accept that Iran, which is killing our people, be a guarantor of anything",
      stance="reject"),
    S(OPP, "Mohammed Alloush", "Iran must leave Syria with all its militias.", stance="demand"),
    S(RU, "Alexander Lavrentiev", "the Russian side had handed the opposition a draft constitution", kind=I,
      stance="neutral"),
    S(RU, "Alexander Lavrentiev", "The draft was prepared to speed up the process, not to impose anything",
      stance="deny"),
    S(UN, "Staffan de Mistura", "the meeting had laid the ground for talks on a political settlement", kind=I,
      stance="welcome"),
    S(UN, "Staffan de Mistura", "We are going to Geneva on February 8", stance="neutral"),
    S(UN, "Staffan de Mistura", "Astana was a useful step; Geneva must be the next one.", stance="welcome"),
    S(RU, "Russian diplomat", "Мы рассматриваем встречу в Астане как успех", opt=True, stance="welcome"),
    S(TR, "senior Turkish official", "If Russia can restrain the regime and the Iranians, this can work",
      stance="neutral"),
    S(["Syrian Observatory for Human Rights"], "Syrian Observatory for Human Rights", "more than 310,000 people have "
      "been killed in Syria since March 2011", kind=I, opt=True, stance="neutral"),
    K(310000, "killed", "people", qualifier="more than"),
]

# b10 The Sunday Times, interview write-up, Sunday 13 August 2006
A["b10_sundaytimes_siniora_interview"] = [
    T("Sunday August 13 2006", "2006-08-13"),
    T("1.00am", "2006-08-13T01:00", opt=True),
    T("last night", "2006-08-12", nth=0),
    T("a month of war", "P1M", opt=True),
    T("Friday", "2006-08-11"),
    T("last night", "2006-08-12", nth=1),
    T("today", "2006-08-13"),
    T("yesterday", "2006-08-12"),
    T("July 12", "2006-07-12"),
    T("8am", "2006-08-14T08:00", opt=True),
    T("tomorrow", "2006-08-14"),
    T("July 24", "2006-07-24"),
    T("2006", "2006", ctx="Limited 2006", opt=True),
    P("Beirut"), P("Grand Serail", opt=True), P("New York"), P("Jerusalem"), P("Litani", opt=True), P("London"),
    P("Dahiyeh", opt=True),
    V("Beirut", "2006-07-24"),  # Rice's visit to Siniora
    V("Jerusalem", "2006-08-13"),  # the Israeli cabinet meets today
    V("Beirut", "2006-08-12", opt=True),  # the interview and the Lebanese cabinet's session (place implied)
    V("New York", "2006-08-11", opt=True),  # the Security Council vote
    S(LB, "Fouad Siniora", "We have paid a terrible price, and it is not the Lebanese who started this",
      stance="condemn"),
    S(LB, "Fouad Siniora", "We have paid a terrible price", opt=True, stance="condemn"),  # headline
    S(LB, "Fouad Siniora", "Our people have been killed, our bridges, our roads, our power stations destroyed. I want "
      "this resolution to be the beginning of the end of this tragedy.", stance="welcome"),
    S(LB, "Fouad Siniora", "Lebanon would honour it", kind=I, stance="agree"),
    S(LB, "Fouad Siniora", "The Lebanese army will go to the south, all the way to the border. There will be no weapons "
      "there except those of the state", stance="agree"),
    S(LB, "Fouad Siniora", "They are part of this government, and they voted for it.", stance="neutral"),
    S(LB, "Fouad Siniora", "They gave Israel a month", stance="condemn"),
    S(LB, "Fouad Siniora", "Every day of that month cost us lives.", stance="condemn"),
    S(HZ, "Hassan Nasrallah", "his movement would abide by the ceasefire once it took effect but would keep fighting "
      "while Israeli soldiers remained on Lebanese soil", kind=I, stance="agree"),
    S(HZ, "Hassan Nasrallah", "As long as there is Israeli military movement and Israeli soldiers on our land, it is our "
      "natural right to confront them", stance="threat"),
    S(IL, "Ehud Olmert", "he would recommend that ministers accept it", kind=I, stance="agree"),
    S(IL, "Israeli army", "24 of its soldiers were killed, its worst day of the war, including five when Hezbollah shot "
      "down a helicopter", kind=I, opt=True, stance="neutral"),
    S(UN, "Kofi Annan", "the ceasefire would take effect at 8am Lebanese time tomorrow", kind=I, stance="neutral"),
    S(UN, "Kofi Annan", "I urge both parties to abide by the cessation of hostilities scrupulously", stance="demand"),
    S(UK, "Margaret Beckett", "Britain would send humanitarian aid but no troops for the UN force", kind=I,
      stance="neutral"),
    S(UK, "Margaret Beckett", "This resolution is a step towards a lasting settlement, and now it has to be implemented "
      "by everyone", stance="welcome"),
    K(24, "killed", "soldiers"), K(5, "killed", "soldiers"),
    K(1000, "killed", "Lebanese", qualifier="more than"), K(114, "killed", "soldiers and civilians"),
]

# b11 The Express Tribune, saved HTML with heavy boilerplate, Tuesday 14 October 2025
A["b11_expresstribune_sharm_summit"] = [
    T("2025-10-14", "2025-10-14", opt=True),  # inside <meta>
    T("October 14, 2025", "2025-10-14"), T("Oct 14, 2025", "2025-10-14"),
    T("2025/10", "2025-10", opt=True),  # image path
    T("Monday", "2025-10-13", nth=0), T("Monday", "2025-10-13", nth=1), T("Monday", "2025-10-13", nth=2),
    T("Today", "2025-10-13", ctx="Today is one of", opt=True),
    T("Friday", "2025-10-10"),
    T("3,000 years", "P3000Y", opt=True), T("two-year", "P2Y", opt=True),
    T("October 7, 2023", "2023-10-07"),
    T("2025", "2025", ctx="Copyright &copy; 2025", opt=True),
    P("Sharm el-Sheikh"), P("Gaza Strip", "Gaza", ctx="the war in Gaza"), P("Jerusalem"), P("Knesset", opt=True),
    V("Sharm el-Sheikh", "2025-10-13"), V("Jerusalem", "2025-10-13"),
    S(PK, "Shehbaz Sharif", "Today is one of the greatest days in contemporary history, because peace has been "
      "achieved after untiring efforts by President Trump", stance="welcome"),
    S(PK, "Shehbaz Sharif", "Pakistan stands with the people of Palestine, and we will continue to do so until they "
      "have their own independent state.", stance="neutral"),
    S(PK, "Shehbaz Sharif", "stands with Palestine", opt=True, stance="neutral"),  # headline
    S(US, "Donald Trump", "This took 3,000 years to get to this point, can you believe it? And it's going to hold up "
      "too", stance="welcome"),
    S(EG, "Abdel Fattah el-Sisi", "the agreement closed \"a painful chapter in human history.\"", kind=I,
      stance="welcome"),
    S(EG, "Abdel Fattah el-Sisi", "We must now open the door to a new era of peace, and the two-state solution remains "
      "the only path", stance="demand"),
    S(HA, "Hamas", "it would stick to the agreement as long as Israel did", kind=I, stance="agree"),
    S(HA, "Hamas", "warned the mediators against any attempt to impose a foreign administration on Gaza", kind=I,
      stance="reject"),
    S(PK, "Ishaq Dar", "Pakistan was ready to play its part in the reconstruction of Gaza", kind=I, stance="agree"),
    S(PK, "Ishaq Dar", "Pakistan will contribute to any stabilisation effort that is mandated by the UN and acceptable "
      "to the Palestinians", stance="agree"),
    S(PK, "Foreign Office", "the premier also held a brief meeting with Sisi on the sidelines and thanked Egypt for its "
      "mediation", kind=I, opt=True, stance="neutral"),
    S(PK + ["PTI"], "Omar Ayub", "he had \"embarrassed the nation\" by praising Trump", kind=I, stance="condemn"),
    S(PK, "Shehbaz Sharif", "وزیراعظم شہباز شریف نے کہا کہ پاکستان فلسطینی عوام کے ساتھ کھڑا ہے۔", opt=True,
      stance="neutral"),
    K(67000, "killed", "Palestinians", qualifier="more than"), K(1200, "killed", "people", qualifier="about"),
]

# b12 Arabian Business, plain page, Saturday 2 April 2022
A["b12_arabianbusiness_yemen_truce"] = [
    T("since 2016", "2016"),
    T("Saturday", "2022-04-02", nth=0),
    T("02 Apr 2022", "2022-04-02"),
    T("11:40 AM", "2022-04-02T11:40", opt=True),
    T("Saturday", "2022-04-02", nth=1),
    T("Friday", "2022-04-01", nth=0),
    T("7pm", "2022-04-02T19:00", opt=True),
    T("Saturday, April 2", "2022-04-02"),
    T("Ramadan", "2022-04-02", opt=True),
    T("two months", "P2M", opt=True, nth=0),
    T("Tuesday", "2022-03-29"), T("April 7", "2022-04-07"),
    T("a week of escalation", "P1W", opt=True),
    T("Last Friday", "2022-03-25"),
    T("the end of 2021", "2021-12", opt=True),
    T("Friday", "2022-04-01", nth=2),
    P("Hodeidah"), P("Sanaa"), P("Amman"), P("Cairo"), P("Taiz"), P("Riyadh"), P("Jeddah"),
    V("Riyadh", "2022-03-29"),  # the GCC-hosted consultations, began Tuesday, run to April 7
    S(SA, "Saudi Arabia", "the kingdom supported the truce and all efforts to reach a comprehensive political solution",
      kind=I, stance="welcome"),
    S(SA, "Prince Faisal bin Farhan", "the kingdom hoped the truce would lead to \"the start of a genuine political "
      "process.\"", kind=I, stance="welcome"),
    S(UN, "Hans Grundberg", "The parties accepted to halt all offensive military air, ground and maritime operations "
      "inside Yemen and across its borders", stance="agree"),
    S(UN, "Hans Grundberg", "The aim of this truce is to give Yemenis a necessary break from violence, relief from the "
      "humanitarian suffering and, most importantly, hope that an end to this conflict is possible.",
      stance="welcome"),
    S(HO, "Mohammed Abdulsalam", "the group would abide by the truce if the other side did", kind=I, stance="agree"),
    S(HO, "Mohammed Abdulsalam", "We welcome the announcement and we will respect it as long as the other party "
      "respects it", stance="agree"),
    S(HO, "Mohammed Abdulsalam", "The lifting of the siege is a humanitarian right, not a concession.",
      stance="demand"),
    S(US, "Joe Biden", "the truce had to be seized", kind=I, stance="demand"),
    S(US, "Joe Biden", "This truce is a critical first step, but it is not enough. We must seize this moment",
      stance="welcome"),
    S(UAE, "UAE Ministry of Foreign Affairs", "the country welcomed the announcement and hoped it would pave the way "
      "for a lasting ceasefire", kind=I, stance="welcome"),
    S(GCC, "Nayef Falah Al-Hajraf", "the talks were \"a Yemeni-Yemeni dialogue\" with no foreign agenda", kind=I,
      stance="neutral"),
    S(GCC, "Nayef Falah Al-Hajraf", "The GCC's doors are open to all Yemenis, including the Houthis",
      stance="propose"),
    S(UN, "UN", "the war had killed 377,000 people by the end of 2021, directly and through hunger and disease",
      kind=I, opt=True, stance="neutral"),
    K(377000, "killed", "people"),
]

# the quoted fragments inside each indirect statement: optional statements of the same speaker (blind8's convention)
add_fragments(A, respell)


def counts():
    req = [it for items in A.values() for it in items if it["kind"] == "S" and not it["opt"]]
    direct = sum(1 for it in req if it["skind"] != I)
    return len(req), direct, len(req) - direct


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    n, d, i = counts()
    print(f"required statements: {n} ({d} direct, {i} indirect, {d / n:.0%} direct)")
    print(f"wrote {write_gold(HERE, build())}")
