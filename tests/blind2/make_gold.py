"""Build tests/blind2/gold.json from the hand annotations below (run: python tests/blind2/make_gold.py).

Fourth, blind set: ten articles written and annotated without reading the extractor code (``lib/extract/*``,
``lib/data/*``, ``lib/gazetteer.py``) or the articles of ``tests/devset``, ``tests/holdout`` and ``tests/blind``.
Offsets are character offsets into ``open(path, encoding="utf-8").read()`` (the way the scorer reads the files):
c03 starts with a byte-order mark (U+FEFF is character 0) and c05 has CRLF line endings (read as ``\\n``).
Offsets are found by exact substring search: ``ctx`` (a longer, unique stretch of text) locates the mention
when the bare text repeats, ``nth`` picks the n-th occurrence. Every span is checked with
``text[start:end] == item['text']`` and every direct quote must occur verbatim in its article.
The format is the one of ``shared/eval/gold/seeds.json``; conventions are in README.md in this folder.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Taba": (29.4925, 34.8969), "Washington": (38.8951, -77.0364), "Gaza": (31.5017, 34.4668),
    "Gaza City": (31.5017, 34.4668), "Jerusalem": (31.7690, 35.2163), "Jenin": (32.4594, 35.3009),
    "Nablus": (32.2211, 35.2544), "Tulkarm": (32.3104, 35.0286), "Qalqilya": (32.1896, 34.9706),
    "Ramallah": (31.8996, 35.2042), "Bethlehem": (31.7049, 35.2038), "Hebron": (31.5294, 35.0938),
    "Eilat": (29.5581, 34.9482), "Cairo": (30.0626, 31.2497), "Jericho": (31.8667, 35.4500),
    "Ramat Gan": (32.0823, 34.8107), "Tomb of the Patriarchs": (31.5247, 35.1108), "White House": (38.8977, -77.0365),
    "Thurmont": (39.6237, -77.4108), "Camp David": (39.6480, -77.4650), "Amman": (31.9552, 35.9450),
    "Sharm el-Sheikh": (27.9158, 34.3300), "Stockholm": (59.3294, 18.0686), "Tel Aviv": (32.0809, 34.7806),
    "Aqaba": (29.5267, 35.0078), "Mecca": (21.4266, 39.8256), "Safa palace": (21.4225, 39.8262),
    "Damascus": (33.5102, 36.2913), "Berlin": (52.5244, 13.4105), "Jabaliya": (31.5272, 34.4831),
    "Riyadh": (24.6877, 46.7219), "Rawdat Khuraim": (25.3800, 47.2800), "East Jerusalem": (31.7833, 35.2333),
    "Khan Younis": (31.3462, 34.3063), "Rafah": (31.2969, 34.2455), "New York": (40.7143, -74.0060),
    "Paris": (48.8534, 2.3488), "Doha": (25.2854, 51.5310), "Beirut": (33.8938, 35.5018),
    "Nasser Hospital": (31.3460, 34.2960), "Beit Hanoun": (31.5386, 34.5367), "El Alamein": (30.8300, 28.9550),
    "Ankara": (39.9199, 32.8543), "Algiers": (36.7525, 3.0420), "Saudi Arabia": (24.0, 45.0),
    # regions
    "Red Sea": (20.0, 38.5), "West Bank": (31.95, 35.25), "Gaza Strip": (31.42, 34.37),
    "Catoctin Mountains": (39.63, -77.45), "Maryland": (39.05, -76.80), "Okinawa": (26.50, 127.90),
    "southern Israel": (31.30, 34.60), "southern Gaza Strip": (31.32, 34.30), "Mediterranean": (35.0, 18.0),
}
RADIUS = {"Red Sea": 1500, "West Bank": 60, "Gaza Strip": 60, "Catoctin Mountains": 60, "Maryland": 150,
          "Okinawa": 60, "southern Israel": 60, "southern Gaza Strip": 60, "Mediterranean": 1500,
          "Saudi Arabia": 400}
# score.py counts every gold place item, so a place is required once per article; spelling variants and
# repeats of the same place (Sharm al-Sheikh, Sharm El Sheikh) are opt.
PA = ["Palestinian Authority", "PLO", "Fatah"]  # Abbas / Arafat and their officials speak for all three


def T(text, value, nth=0, opt=False, ctx=None):
    return dict(kind="T", text=text, value=value, nth=nth, opt=opt, ctx=ctx)


def P(name, text=None, nth=0, opt=False, ctx=None):
    return dict(kind="P", name=name, text=text or name, nth=nth, opt=opt, ctx=ctx)


def V(place, date, opt=False, r=None, name=None):
    return dict(kind="V", place=name or place, key=place, date=date, opt=opt, r=r)


def S(factions, speaker, quote, opt=False, kind=None):
    return dict(kind="S", factions=factions, speaker=speaker, quote=quote, opt=opt, skind=kind)


def K(count, outcome, group, opt=False, qualifier=None, by=None):
    return dict(kind="K", count=count, outcome=outcome, group=group, opt=opt, qualifier=qualifier, by=by)


A = {}

A["c01_reuters_taba_interim"] = [
    T("Sept 24", "1995-09-24"),
    T("on Sunday", "1995-09-24"),
    T("more than a week", "P1W", opt=True),
    T("on Thursday", "1995-09-28"),
    T("nearly 20 hours", "PT20H", opt=True),
    T("on Friday", "1995-09-22"),
    T("early next year", "1996", opt=True),
    T("earlier this month", "1995-09"),
    T("Sept. 17-18", "1995-09-17", opt=True),
    T("Saturday night", "1995-09-23"),
    T("September 13, 1993", "1993-09-13"),
    T("May 4, 1994", "1994-05-04"),
    T("Aug. 21", "1995-08-21"),
    T("in July", "1995-07"),
    T("February 1994", "1994-02"),
    T("next week", "1995-W39"),
    P("Taba", "TABA"), P("Red Sea", opt=True), P("White House", opt=True, ctx="at the White House in"),
    P("Washington"), P("Gaza", ctx="from Gaza on"), P("Jerusalem", ctx="with Jerusalem as"),
    P("West Bank", ctx="across much of the West Bank"), P("Jenin"), P("Nablus"), P("Tulkarm"), P("Qalqilya"),
    P("Ramallah"), P("Bethlehem"), P("Hebron"), P("Eilat"), P("Cairo", ctx="stalling in Cairo"),
    P("Gaza Strip"), P("Jericho"), P("Ramat Gan"), P("Tomb of the Patriarchs", opt=True),
    V("Taba", "1995-09-24"), V("Washington", "1995-09-28"), V("Cairo", "1995-09"), V("Eilat", None, opt=True),
    V("Washington", "1993-09-13"), V("Cairo", "1994-05-04", opt=True),
    # indirect attributions added after the first run (gold omissions, each counted as one false positive there)
    S(["United States"], "U.S. officials", "The accord, which runs to some 400 pages with its annexes and maps, is to be signed formally at the White House in Washington on Thursday", opt=True, kind="indirect"),
    S(["Egypt"], "Egyptian officials", "Egyptian President Hosni Mubarak hosted the two leaders in Cairo on Sept. 17-18 and pressed Arafat again by telephone on Saturday night", opt=True, kind="indirect"),
    S(["Israel"], "Shimon Peres", "We have reached the end of a very long road,"),
    S(["Israel"], "Shimon Peres", "and the beginning of another one."),
    S(PA, "Yasser Arafat", "a step towards our independent state, with Jerusalem as its capital"),
    S(["Israel"], "Yitzhak Rabin", "Nobody should have illusions that this document by itself brings security,"),
    S(["Israel"], "Yitzhak Rabin", "the army would keep responsibility for Israelis in the territories", opt=True, kind="indirect"),
    S(["Hamas"], "Hamas leaflet", "This is a new surrender, and our people will not be bound by it,"),
    S(["United States"], "Warren Christopher", "a major step forward for the region"),
    K(6, "killed", "people", by="suicide bus bombing"),
    K(30, "wounded", "people", qualifier="more than"),
    K(6, "killed", "Israelis"),
    K(29, "killed", "Palestinian worshippers"),
]

A["c02_ap_camp_david_collapse"] = [
    T("Tuesday", "2000-07-25", ctx="collapsed Tuesday"),
    T("15 days", "P15D", opt=True),
    T("July 11", "2000-07-11"),
    T("about a week", "P1W", opt=True),
    T("July 19", "2000-07-19"),
    T("Sunday", "2000-07-23", ctx="returned Sunday"),
    T("on Wednesday", "2000-07-26"),
    T("later in the week", "2000-W30", opt=True),
    T("Sept. 13", "2000-09-13"),
    T("1999", "1999"),
    T("in May", "2000-05"),
    T("earlier this month", "2000-07"),
    T("mid-May", "2000-05"),
    T("late Tuesday", "2000-07-25"),
    T("September 1978", "1978-09"),
    T("13 days", "P13D", opt=True),
    P("Thurmont", "THURMONT"), P("Maryland", "Md.", opt=True), P("Camp David", opt=True, ctx="The Camp David summit"),
    P("White House", opt=True), P("Catoctin Mountains", opt=True), P("Okinawa"), P("Cairo"), P("Amman"),
    P("Sharm el-Sheikh"), P("Stockholm"), P("Ramallah"), P("West Bank"), P("Gaza Strip"),
    P("Jerusalem", ctx="said in Jerusalem"),
    V("Thurmont", "2000-07", name="Camp David"), V("Okinawa", "2000-07", opt=True), V("Cairo", "2000-07-26"),
    V("Amman", "2000-W30"), V("Stockholm", "2000-05"), V("Thurmont", "1978-09", name="Camp David"),
    V("Sharm el-Sheikh", "1999", opt=True), V("White House", "2000-07-25", opt=True),
    S(["United States"], "Bill Clinton", "We made progress on all of the core issues, but we could not reach an agreement,"),
    S(["United States"], "Bill Clinton", "I think it's fair to say that the prime minister moved forward more from his initial position than Chairman Arafat, particularly surrounding the questions of Jerusalem."),
    S(["United States", "Israel"] + PA, "trilateral statement", "that the only path to peace is through negotiations"),
    S(["Israel"], "Ehud Barak", "not been ready to make the historic decisions needed."),
    S(PA, "Saeb Erekat", "Jerusalem is not ours alone to give up,"),
    S(["Israel"], "Shlomo Ben-Ami", "the ideas raised at Camp David are not binding on anyone"),
    K(7, "killed", "Palestinians", qualifier="at least", by="hospital officials"),
    K(350, "wounded", "Palestinians", qualifier="more than", by="hospital officials"),
]

A["c03_afp_sharm_ceasefire"] = [
    T("Feb 8", "2005-02-08"),
    T("more than four years", "P4Y", opt=True, nth=0),
    T("Tuesday", "2005-02-08", ctx="here Tuesday"),
    T("today", "2005-02-08", opt=True, ctx="agreed today on"),
    T("around two hours", "PT2H", opt=True),
    T("2001", "2001"),
    T("Today", "2005-02-08", opt=True, ctx='"Today, in our'),
    T("January 9", "2005-01-09"),
    T("this summer", "2005", opt=True),
    T("more than four years", "P4Y", opt=True, nth=1),
    T("the spring", "2005", opt=True),
    T("on Sunday", "2005-02-06"),
    T("on Monday", "2005-02-07"),
    T("late September 2000", "2000-09"),
    T("within three weeks", "P3W", opt=True),
    T("in the coming days", "P1W", opt=True),
    T("June 2003", "2003-06"),
    T("within weeks", "P1W", opt=True),
    P("Sharm el-Sheikh", "SHARM EL-SHEIKH"), P("Sharm el-Sheikh", "Sharm al-Sheikh", opt=True),
    P("Sharm el-Sheikh", "Sharm El Sheikh", opt=True), P("Red Sea", opt=True), P("Gaza Strip"),
    P("West Bank", ctx="northern West Bank"), P("Tel Aviv"), P("Gaza", ctx="movement in Gaza"),
    P("White House", opt=True), P("Jerusalem"), P("Ramallah"), P("Washington", opt=True), P("Jericho"), P("Aqaba"),
    V("Sharm el-Sheikh", "2005-02-08"), V("Jerusalem", "2005-02-06"), V("Ramallah", "2005-02-07"),
    V("White House", "2005", opt=True), V("Aqaba", "2003-06"),
    S(PA, "Mahmud Abbas", "We have agreed today on a cessation of all acts of violence against Israelis and Palestinians everywhere,"),
    S(["Israel"], "Ariel Sharon", "Today, in our meeting with the Palestinian Authority chairman, we agreed that all Palestinians will stop all acts of violence against all Israelis everywhere, and, in parallel, Israel will cease all its military activity against all Palestinians everywhere."),
    S(["Egypt"], "Hosni Mubarak", "This is a new opportunity that must not be wasted,"),
    S(["Hamas"], "Sami Abu Zuhri", "The ceasefire announced at the summit does not commit Hamas,"),
    S(["Palestinian Islamic Jihad"], "Mohammed al-Hindi", "in light of the Israeli commitments on the ground."),
    S(["United States"], "Condoleezza Rice", "Washington would appoint a security coordinator", opt=True, kind="indirect"),
    K(4600, "killed", "people", qualifier="at least", by="AFP tally"),
    K(3500, "killed", "Palestinians", qualifier="some", by="AFP tally"),
    K(1000, "killed", "Israelis", qualifier="more than", by="AFP tally"),
]

A["c04_aje_mecca_unity"] = [
    T("two days", "P2D", opt=True),
    T("Thursday, February 08, 2007", "2007-02-08", opt=True),
    T("weeks", "P1W", opt=True, ctx="ending weeks of"),
    T("on Thursday", "2007-02-08"),
    T("Tuesday evening", "2007-02-06"),
    T("within five weeks", "P5W", opt=True),
    T("last month", "2007-01"),
    T("Wednesday", "2007-02-07"),
    T("December", "2006-12"),
    T("the past week", "P1W", opt=True),
    T("January 30", "2007-01-30"),
    T("within days", "P1W", opt=True),
    T("February 21", "2007-02-21"),
    T("last March", "2006-03"),
    T("January 27, 2007", "2007-01-27", opt=True),
    P("Mecca", ctx="signed an agreement in the Saudi holy city of Mecca"), P("Safa palace", opt=True),
    P("Gaza Strip"), P("Damascus"), P("Gaza City"), P("Jerusalem"), P("Berlin"),
    V("Mecca", "2007-02-08"), V("Mecca", "2007-W06", opt=True), V("Gaza City", "2007-01-30", opt=True),
    V("Berlin", "2007-02-21"),
    S(PA, "Mahmoud Abbas", "We will not let anything stand in our way, God willing,"),
    S(["Hamas"], "Khaled Meshaal", "We pledge before God and before our people to abide by this agreement and to protect Palestinian unity."),
    S(["Saudi Arabia"], "King Abdullah", "preserve Palestinian blood", opt=True),
    S(["Hamas"], "Hamas", "respect", opt=True),
    S(["Israel"], "Miri Eisin", "Any new Palestinian government must recognise Israel, renounce terrorism and accept previous agreements,"),
    S(["Hamas"], "Ismail Haniyeh", "This agreement closes a painful chapter and opens a new page in our national life."),
    K(90, "killed", "Palestinians", qualifier="more than"),
    K(30, "killed", "Palestinians", qualifier="at least"),
]

A["c05_guardian_gaza_truce"] = [
    T("Sunday 18 January 2009", "2009-01-18"),
    T("this afternoon", "2009-01-18", opt=True),
    T("22-day", "P22D", opt=True),
    T("2am", "2009-01-18T02:00", opt=True),
    T("0000 GMT", "2009-01-18T00:00", opt=True),
    T("a week", "P1W", opt=True, ctx="gave Israeli troops a week"),
    T("one week", "P1W", opt=True),
    T("late last night", "2009-01-17"),
    T("27 December", "2008-12-27"),
    T("Today", "2009-01-18", ctx="Today rescue"),
    T("this morning", "2009-01-18", opt=True),
    T("for days", "P1W", opt=True),
    T("on Thursday", "2009-01-15"),
    T("on Friday", "2009-01-16", ctx="in Cairo on Friday"),
    T("on Friday", "2009-01-16", ctx="Also on Friday"),
    T("on Tuesday", "2009-01-20"),
    T("6 January", "2009-01-06"),
    P("Jerusalem", opt=True),  # byline only ('Rory McCarthy in Jerusalem')
    P("Gaza Strip", "Gaza", ctx="factions in Gaza this"), P("Gaza Strip", ctx="our side in the Gaza Strip", opt=True),
    P("Damascus"), P("Sharm el-Sheikh", nth=0), P("Gaza City"), P("Jabaliya", nth=0), P("southern Israel"),
    P("Cairo", nth=0), P("Washington"),
    V("Sharm el-Sheikh", "2009-01-18"), V("Cairo", "2009-01-15"), V("Cairo", "2009-01-16"),
    V("Washington", "2009-01-16"), V("Gaza Strip", "2009-01-20", name="Gaza"), V("Damascus", "2009-01-18", opt=True),
    S(["Hamas"], "Moussa Abu Marzouk", "We, the Palestinian resistance factions, announce a ceasefire from our side in the Gaza Strip,"),
    S(["Hamas"], "Moussa Abu Marzouk", "the groups were giving Israel one week to withdraw", opt=True, kind="indirect"),
    S(["United Kingdom"], "Gordon Brown", "We must now do everything we can to ensure that the ceasefire holds,"),
    S(["Israel"], "Ehud Olmert", "Hamas has been badly hit, in its military arm and in its government infrastructure,"),
    S(["Israel"], "Ehud Olmert", "respond with force", opt=True),
    S(["United Nations"], "Ban Ki-moon", "The ceasefire is fragile, and it must become durable and fully respected."),
    K(1203, "killed", "Palestinians", qualifier="at least", by="Palestinian health ministry"),
    K(410, "killed", "children", by="Palestinian health ministry"),
    K(5300, "wounded", "Palestinians", qualifier="more than", by="Palestinian health ministry"),
    K(13, "killed", "Israelis", by="Israeli army"),
    K(3, "killed", "civilians", by="Israeli army"),
    K(48, "killed", "fighters", by="Hamas"),
    K(95, "killed", "bodies", opt=True, by="medics"),
    K(43, "killed", "people"),
]

A["c06_reuters_kerry_amman"] = [
    T("on Sunday", "2014-01-05", ctx="Saudi Arabia on Sunday"),
    T("four days", "P4D", opt=True),
    T("last February", "2013-02"),
    T("Thursday, January 2", "2014-01-02"),
    T("Saturday night", "2014-01-04"),
    T("nine-month", "P9M", opt=True),
    T("July 29 last year", "2013-07-29"),
    T("April 29", "2014-04-29"),
    T("later this month", "2014-01"),
    T("on Sunday", "2014-01-05", ctx="in Jerusalem on Sunday"),
    T("2013", "2013"),
    T("2009", "2009"),
    T("On Thursday", "2014-01-02"),
    T("Dec. 31", "2013-12-31"),
    P("Amman", "AMMAN"), P("Jerusalem", ctx="between Jerusalem and Ramallah"), P("Ramallah", nth=0),
    P("Rawdat Khuraim", opt=True), P("Riyadh"), P("Tel Aviv"), P("West Bank", nth=0), P("Washington"),
    P("East Jerusalem"), P("Gaza", ctx="In Gaza,"), P("Gaza Strip"),
    P("Amman", ctx="Al-Khalidi in Amman", opt=True),  # reporter credit line
    V("Amman", "2014-01-05"), V("Rawdat Khuraim", "2014-01-05", r=150, name="Rawdat Khuraim (outside Riyadh)"),
    V("Jerusalem", "2014-W01"), V("Ramallah", "2014-W01"), V("Washington", "2013-07-29"),
    V("Saudi Arabia", "2014-01-05", opt=True, r=400),  # 'flew to ... Saudi Arabia on Sunday': country visit (added after the first run)
    V("Tel Aviv", "2014-01-05", opt=True), V("Jerusalem", "2014-01", opt=True),
    S(["United States"], "John Kerry", "I can't tell you exactly when,"),
    S(["United States"], "John Kerry", "but I can tell you that there has been progress, and the parties are engaged in serious discussion."),
    S(["Israel"], "Benjamin Netanyahu", "Israel is prepared to make a historic peace, but not at the expense of our security,"),
    S(PA, "Nabil Abu Rdainah", "Any agreement that does not include East Jerusalem as the capital of the Palestinian state is unacceptable to the Palestinian leadership."),
    S(["Jordan"], "Nasser Judeh", "are at the heart of any final status deal."),
    S(["Hamas"], "Sami Abu Zuhri", "Kerry's plan is an attempt to liquidate the Palestinian cause,"),
    K(27, "killed", "Palestinians", by="United Nations"),
    K(6, "killed", "Israelis", by="United Nations"),
    K(2, "wounded", "militants", by="Palestinian medical officials"),
]

A["c07_toi_march_of_return"] = [
    T("15 May 2018", "2018-05-15"),
    T("6:42 pm", "2018-05-15T18:42", opt=True),
    T("May 14, 2018", "2018-05-14", nth=0),
    T("May 14, 2018", "2018-05-14", nth=1, opt=True),  # repeated caption
    T("Tuesday", "2018-05-15", ctx="said Tuesday"),
    T("Monday", "2018-05-14", ctx="in Monday's"),
    T("2014", "2014"),
    T("on Tuesday", "2018-05-15", ctx="killed on Tuesday"),
    T("Nakba Day", "2018-05-15", opt=True),
    T("March 30", "2018-03-30"),
    T("on Sunday", "2018-05-13"),
    T("Monday evening", "2018-05-14"),
    T("70 years", "P70Y", opt=True),
    T("on Tuesday", "2018-05-15", ctx="New York on Tuesday"),
    P("Khan Younis", nth=0), P("southern Gaza Strip", opt=True, nth=0), P("Gaza Strip", "Gaza", ctx="Gaza toll"),
    P("Cairo", ctx="traveled to Cairo"), P("Rafah"), P("Jerusalem", ctx="opened in Jerusalem"), P("New York"),
    P("Jerusalem", ctx="video link from Jerusalem", opt=True),
    V("Cairo", "2018-05-13"), V("New York", "2018-05-15"), V("Jerusalem", "2018-05-14", opt=True),
    S(["Egypt"], "Abbas Kamel", "Israel would respond harshly if the fence were breached", opt=True, kind="indirect"),
    S(["Israel"], "Jonathan Conricus", "Hamas is leading a terror operation under the cover of a mass protest,"),
    S(["Hamas"], "Salah al-Bardawil", "Of the martyrs, 50 were Hamas members and 12 were from the people,"),
    S(["Israel"], "Benjamin Netanyahu", "Every country has an obligation to defend its borders,"),
    S(["United Nations"], "Nickolay Mladenov", "There is no justification for the killing, and no excuse either for the use of children as shields."),
    S(["Egypt"], "Egypt's foreign ministry", "strongly rejects the targeting of peaceful Palestinian civilians."),
    K(62, "killed", "Palestinians", opt=True),  # headline total
    K(60, "killed", "Palestinians", by="Gaza Health Ministry"),
    K(2700, "wounded", "people", qualifier="more than", by="Gaza Health Ministry"),
    K(1360, "wounded", "people", by="Gaza Health Ministry"),
    K(2, "killed", "Palestinians", by="Gaza Health Ministry"),
    K(110, "killed", "Palestinians", qualifier="at least", by="Gaza Health Ministry"),
    K(24, "killed", "members of terror groups", by="Israeli army"),
    K(50, "killed", "Hamas members", by="Salah al-Bardawil"),
    K(12, "killed", "people", opt=True, by="Salah al-Bardawil"),
]

A["c08_ap_paris_hostage_talks"] = [
    T("on Sunday", "2024-01-28", ctx="Paris on Sunday"),
    T("several hours", "PT3H", opt=True),
    T("this week", "2024-W05", opt=True),  # inside a quote
    T("early February", "2024-02"),
    T("on Monday", "2024-01-29"),
    T("on Saturday", "2024-01-27"),
    T("a few days", "P3D", opt=True),
    T("a week", "P1W", opt=True, ctx="lasted a week"),
    T("Nov. 24", "2023-11-24"),
    T("Oct. 7", "2023-10-07"),
    T("Sunday", "2024-01-28", ctx="said Sunday"),
    T("the past 24 hours", "P1D", opt=True),
    T("over the weekend", "2024-W04", opt=True),
    T("on Friday", "2024-01-26"),
    P("Paris", "PARIS"), P("Gaza Strip", "Gaza", ctx="war in Gaza"), P("Cairo", nth=0), P("Doha"), P("Washington"),
    P("Beirut"), P("southern Israel"), P("Khan Younis"), P("southern Gaza Strip", "southern Gaza", opt=True),
    P("Nasser Hospital", opt=True), P("Jerusalem", opt=True),  # reporter credit line
    V("Paris", "2024-01-28"), V("Cairo", "2024-02"), V("Doha", None, opt=True), V("Washington", "2024-01-29", opt=True),
    V("Beirut", "2024-01-27", opt=True),
    S(["Israel"], "Prime Minister's Office", "constructive, but there are still significant gaps which the sides will continue to discuss this week in additional mutual meetings."),
    S(["Egypt"], "Egyptian official", "a follow-up round was expected in Cairo in early February", opt=True, kind="indirect"),
    S(["Qatar"], "Sheikh Mohammed bin Abdulrahman Al Thani", "good progress", opt=True),
    S(["Hamas"], "Osama Hamdan", "Any agreement must begin with a complete end to the aggression against our people."),
    S(["Hamas"], "Mousa Abu Marzouk", "for a few days of calm."),
    K(1200, "killed", "people", qualifier="about"),
    K(26422, "killed", "Palestinians", by="Gaza Health Ministry"),
    K(65087, "wounded", "Palestinians", by="Gaza Health Ministry"),
    K(165, "killed", "Palestinians", by="Gaza Health Ministry"),
    K(3, "killed", "Israeli soldiers", by="Israeli army"),
]

A["c09_reuters_phase_two"] = [
    T("March 2", "2025-03-02"),
    T("on Sunday", "2025-03-02", ctx="into Gaza on Sunday"),
    T("Ramadan", "2025-03", opt=True),
    T("Passover", "2025-04", opt=True),
    T("42-day", "P42D", opt=True),
    T("Jan. 19", "2025-01-19"),
    T("months", "P3M", opt=True, ctx="after months of"),
    T("on Saturday", "2025-03-01"),
    T("the first day", "2025-03-02", opt=True),
    T("on Thursday", "2025-02-27"),
    T("Feb. 3", "2025-02-03"),
    T("the 16th day", "2025-02-03", opt=True),
    T("a day before", "P1D", opt=True),
    T("on Tuesday", "2025-03-04"),
    T("Oct. 7, 2023", "2023-10-07"),
    T("On Sunday", "2025-03-02"),
    P("Cairo", "CAIRO"), P("Jerusalem", "JERUSALEM"), P("Gaza Strip", "Gaza", ctx="supplies into Gaza"),
    P("Cairo", ctx="talks in Cairo", opt=True), P("Doha"), P("southern Israel"), P("Beit Hanoun"),
    V("Cairo", "2025-02-27"), V("Cairo", "2025-03-04"), V("Doha", "2025-03-02", opt=True),
    # indirect attributions added after the first run (gold omissions, each counted as one false positive there)
    S(["Israel"], "Prime Minister's Office", "Under the plan put forward by U.S. envoy Steve Witkoff, half of the hostages still held in Gaza, living and dead, would be freed on the first day, with the rest released at the end if a permanent ceasefire were agreed", opt=True, kind="indirect"),
    S(["Qatar"], "Majed al-Ansari", 'Qatar "strongly condemns" the decision, a day before Arab leaders were to meet in Cairo on Tuesday to endorse an Egyptian plan for Gaza\'s reconstruction', opt=True, kind="indirect"),
    S(["Israel"], "Prime Minister's Office", "Hamas has so far refused to accept the Witkoff outline, while Israel has agreed to it,"),
    S(["Israel"], "Prime Minister's Office", "further consequences", opt=True),
    S(["Hamas"], "Hazem Qassem", "cheap blackmail, a war crime and a blatant attack on the agreement,"),
    S(["Hamas"], "Hazem Qassem", "the movement remained committed to moving on to the second stage", opt=True, kind="indirect"),
    S(["Egypt"], "Egypt's foreign ministry", "starvation as a weapon."),
    S(["Qatar"], "Majed al-Ansari", "strongly condemns", opt=True),
    K(8, "killed", "hostages", opt=True),
    K(1200, "killed", "people", qualifier="some", by="Israeli tallies"),
    K(48000, "killed", "Palestinians", qualifier="more than", by="Gaza health authorities"),
    K(100, "killed", "Palestinians", qualifier="more than", by="Gaza medical officials"),
    K(2, "killed", "people", by="medics"),
]

A["c10_analysis_alamein_factions"] = [
    T("Sunday, July 30, 2023", "2023-07-30"),
    T("weeks", "P1W", opt=True, ctx="spent weeks"),
    T("The day before", "2023-07-29", opt=True),
    T("By evening", "2023-07-30", opt=True),
    T("the next day", "2023-07-31", opt=True),
    T("four days", "P4D", opt=True),
    T("July 26", "2023-07-26"),
    T("less than a month", "P1M", opt=True),
    T("two-day", "P2D", opt=True),
    T("early July", "2023-07"),
    T("October 2022", "2022-10"),
    T("2017", "2017"),
    T("June 2007", "2007-06"),
    T("a week", "P1W", opt=True),
    T("last month", "2023-06", opt=True),
    P("El Alamein", nth=0), P("El Alamein", "El-Alamein", opt=True), P("Mediterranean", opt=True),
    P("Cairo", ctx="message: Cairo", opt=True), P("West Bank"), P("Gaza", ctx="control of Gaza"),
    P("Ankara"), P("Jenin"), P("Algiers", opt=True), P("Cairo", ctx="a Cairo agreement", opt=True),
    P("Ramallah", opt=True),
    V("El Alamein", "2023-07-30"), V("El Alamein", "2023-07-31"), V("Ankara", "2023-07-26"),
    V("Algiers", "2022-10", opt=True), V("Cairo", "2017", opt=True),
    S(["Palestinian Islamic Jihad"], "Ziad al-Nakhala", "the group would boycott the meeting until the Palestinian Authority released its members held in West Bank jails", opt=True, kind="indirect"),
    S(PA, "Mahmoud Abbas", "We are committed to a single authority, a single law and a single legitimate weapon,"),
    S(["Hamas"], "Ismail Haniyeh", "a comprehensive national strategy to confront the occupation,"),
    S(["Hamas"], "Hamas statement", "positive and frank", opt=True),
    S(["Egypt"], "Abdel Fattah el-Sisi", "will spare no effort to end the division."),
    S(["analyst"], "Hani al-Masri", "Reconciliation has become a ritual rather than a project,", opt=True),
    K(12, "killed", "Palestinians"),
    K(1, "killed", "Israeli soldier", opt=True),
    K(100, "wounded", "Palestinians", qualifier="more than"),
    K(100, "killed", "people", qualifier="more than"),
]


def find(text, sub, nth=0, ctx=None):
    """Offset of the nth occurrence of ``sub`` (or of ``sub`` inside the unique context ``ctx``).

    >>> find("on Monday and on Monday", "on Monday", nth=1)
    14
    """
    if ctx is not None:
        assert text.count(ctx) == 1, f"context {ctx!r} occurs {text.count(ctx)} times"
        j = ctx.find(sub)
        assert j >= 0, f"{sub!r} not inside context {ctx!r}"
        return text.find(ctx) + j
    i = -1
    for _ in range(nth + 1):
        i = text.find(sub, i + 1)
        if i < 0:
            raise ValueError(f"{sub!r} occurrence {nth} not found")
    return i


def build():
    manifest = {r["article_id"]: r for r in csv.DictReader(open(HERE / "manifest.csv", encoding="utf-8"))}
    gold = {}
    for aid, items in A.items():
        text = open(HERE / "articles" / f"{aid}.txt", encoding="utf-8").read()  # as score.py reads it
        m = manifest[aid]
        g = dict(published=m["published"] or None, outlet=m["outlet"], timex=[], places=[], venues=[],
                 statements=[], casualties=[])
        for it in items:
            k = it["kind"]
            if k in ("T", "P"):
                s = find(text, it["text"], it["nth"], it["ctx"])
                if k == "T":
                    d = dict(text=it["text"], value=it["value"])
                else:
                    lat, lon = C[it["name"]]
                    d = dict(name=it["name"], text=it["text"], lat=lat, lon=lon)
                    if it["name"] in RADIUS:
                        d["radius_km"] = RADIUS[it["name"]]
                if it["opt"]:
                    d["opt"] = True
                if text.count(it["text"]) > 1:
                    d["nth"] = text[:s].count(it["text"])
                d.update(start=s, end=s + len(it["text"]))
                g["timex" if k == "T" else "places"].append(d)
            elif k == "V":
                lat, lon = C[it["key"]]
                d = dict(place=it["place"], lat=lat, lon=lon, date=it["date"])
                r = it["r"] or RADIUS.get(it["key"])
                if r:
                    d["radius_km"] = r
                if it["opt"]:
                    d["opt"] = True
                g["venues"].append(d)
            elif k == "S":
                if it["skind"] != "indirect" and it["quote"] not in text:
                    raise ValueError(f"{aid}: quote not verbatim: {it['quote']!r}")
                d = dict(factions=it["factions"], speaker=it["speaker"], quote=it["quote"])
                if it["skind"]:
                    d["kind"] = it["skind"]
                if it["opt"]:
                    d["opt"] = True
                g["statements"].append(d)
            elif k == "K":
                d = dict(count=it["count"], outcome=it["outcome"], group=it["group"])
                if it["qualifier"]:
                    d["qualifier"] = it["qualifier"]
                if it["by"]:
                    d["reported_by"] = it["by"]
                if it["opt"]:
                    d["opt"] = True
                g["casualties"].append(d)
        for d in g["timex"] + g["places"]:
            assert text[d["start"]:d["end"]] == d["text"], (aid, d)
        spans = [(d["start"], d["end"]) for d in g["timex"]]
        assert len(spans) == len(set(spans)), f"{aid}: a timex span is annotated twice"
        gold[aid] = g
    return gold


if __name__ == "__main__":
    out = HERE / "gold.json"
    out.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")
