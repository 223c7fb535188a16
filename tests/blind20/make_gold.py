"""Build tests/blind20/gold.json from the hand annotations below (run: python tests/blind20/make_gold.py).

A blind set (blind20: many speakers and eras) of statement-dense pages from 2006-2016 and 2023-2025, saved the way
analysts save them (old table-layout HTML, a print view, an AMP page, a Markdown export, text copied from a PDF),
from twelve outlets not used by the earlier sets. Written and annotated without reading the extractor code
(``lib/``), the git log, ``docs/`` or the articles of the other sets. Offsets are character offsets into
``open(path, encoding="utf-8").read()`` (the way the scorer reads the files), found by exact substring search:
``ctx`` (a longer, unique stretch of text) locates the mention when the bare text repeats, ``nth`` picks the n-th
occurrence. Every span is checked with ``text[start:end] == item['text']`` and every direct quote must occur
verbatim in its article. Every statement carries a ``stance`` (threat, reject, condemn, welcome, demand, propose,
agree, deny, neutral) for ``bench/stance_eval.py``. Conventions are in README.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, add_fragments, build_gold, find, write_gold  # noqa: E402,F401


def seg(aid: str, a: str, b: str) -> str:
    """The article's text from ``a`` through the first ``b`` after it (quotes across hard line breaks)."""
    text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
    i = find(text, a)
    j = text.index(b, i) + len(b)
    return text[i:j]


# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Kuwait City": (29.3697, 47.9783), "Bayan Palace": (29.3000, 48.0300), "Taiz": (13.5795, 44.0209),
    "Riyadh": (24.6877, 46.7219), "Sanaa": (15.3547, 44.2067), "Lausanne": (46.5160, 6.6328),
    "Tehran": (35.6944, 51.4215), "Natanz": (33.5133, 51.9163), "Washington": (38.8951, -77.0364),
    "Cairo": (30.0626, 31.2497), "Damascus": (33.5102, 36.2913), "Latakia": (35.5317, 35.7901),
    "Doha": (25.2854, 51.5310), "Rafah": (31.2969, 34.2455), "Beirut": (33.8938, 35.5018),
    "Muscat": (23.5841, 58.4078), "Hodeidah": (14.7978, 42.9545), "New York": (40.7143, -74.0060),
    "Annapolis": (38.9784, -76.4922), "US Naval Academy": (38.9822, -76.4842), "Gaza City": (31.5017, 34.4668),
    "Hebron": (31.5294, 35.0938), "Jerusalem": (31.7690, 35.2163), "Baghdad": (33.3406, 44.4009),
    "Erbil": (36.1901, 44.0091), "Karrada": (33.3039, 44.4231), "Montreux": (46.4312, 6.9107),
    "Geneva": (46.2022, 6.1457), "Jeddah": (21.5169, 39.2192), "Khartoum": (15.5518, 32.5324),
    "Prague": (50.0880, 14.4208), "Moscow": (55.7522, 37.6156), "Rome": (41.8919, 12.5113),
    "Brussels": (50.8505, 4.3488), "Aqaba": (29.5267, 35.0078),
    # regions
    "Gaza Strip": (31.42, 34.37), "Saada": (16.94, 43.76), "Southern Lebanon": (33.27, 35.40),
    "Maryland": (39.0, -76.7), "Middle East": (29.0, 41.0), "Kurdistan Region": (36.4, 44.3),
}
RADIUS = {"Gaza Strip": 60, "Saada": 80, "Southern Lebanon": 60, "Maryland": 150, "Middle East": 1500,
          "Kurdistan Region": 150}
# a place is required once per article; landmarks inside a required city, neighbourhoods, "Middle East" and states
# of a federation are opt; capitals used for governments ("Damascus had reservations", "Doha's support") are not
# places.
I = "indirect"  # noqa: E741
US = ["United States"]
IL = ["Israel"]
HA = ["Hamas"]
PIJ = ["Palestinian Islamic Jihad"]
PAL = ["Palestinian Authority", "PLO", "Fatah"]
UN = ["United Nations"]
EG = ["Egypt"]
QA = ["Qatar"]
IR = ["Iran"]
LB = ["Lebanon"]
HZ = ["Hezbollah"]
TR = ["Turkey"]
SA = ["Saudi Arabia"]
RU = ["Russia"]
FR = ["France"]
UK = ["United Kingdom"]
SY = ["Syria"]
YE = ["Yemen"]
HO = ["Houthis"]
KW = ["Kuwait"]
OM = ["Oman"]
BH = ["Bahrain"]
IT = ["Italy"]
DE = ["Germany"]
EU = ["European Union"]
AL = ["Arab League"]

A = {}

A["h01_arabtimes_kuwait_yemen_talks"] = [
    T("Friday, April 22, 2016", "2016-04-22"),
    T("April 21", "2016-04-21"),
    T("Thursday", "2016-04-21", nth=0),
    T("April 10", "2016-04-10"),
    T("Saturday", "2016-04-23"),
    T("Friday last week", "2016-04-15"),
    T("Thursday", "2016-04-21", nth=1),
    T("March 2015", "2015-03"),
    T("2016", "2016", ctx="Copyright 2016", opt=True),
    P("Kuwait City", "KUWAIT CITY"),
    P("Bayan Palace", nth=0, opt=True),
    P("Taiz"),
    P("Riyadh"),
    P("Sanaa"),
    V("Kuwait City", "2016-04-21"),
    V("Kuwait City", "2016-04-23", opt=True),  # the committee "would meet on Saturday" (place implied)
    S(UN, "Ismail Ould Cheikh Ahmed", "the warring parties were \"closer to peace than ever before\"", kind=I,
      stance="neutral"),
    S(UN, "Ismail Ould Cheikh Ahmed",
      "Yemen cannot afford to lose more lives. The path to peace is not easy, but it is possible,", stance="neutral"),
    S(UN, "Ismail Ould Cheikh Ahmed", "urging the delegations to make \"the difficult concessions that peace demands\"",
      kind=I, stance="demand"),
    S(YE, "Abdulmalik Al-Mekhlafi",
      "his team had come to Kuwait to implement UN Security Council Resolution 2216 \"and not to negotiate over it\"",
      kind=I, stance="reject"),
    S(YE, "Abdulmalik Al-Mekhlafi",
      "the government would not accept any agenda that did not begin with the withdrawal of the militias from the "
      "cities and the handover of heavy weapons", kind=I, stance="reject"),
    S(HO, "Mohammed Abdulsalam", "denied that the group had violated the ceasefire that took effect on April 10",
      kind=I, stance="deny"),
    S(HO, "Mohammed Abdulsalam", "Those who speak of our violations are the ones bombing Taiz every night,",
      stance="deny"),
    S(HO, "Mohammed Abdulsalam", "rejected what he called \"preconditions dressed up as an agenda\"", kind=I,
      opt=True, stance="reject"),
    S(KW, "Sheikh Sabah Khalid Al-Hamad Al-Sabah",
      "affirmed Kuwait's readiness to host the talks \"for as long as it takes\"", kind=I, opt=True,
      stance="neutral"),
    S(KW, "Sheikh Sabah Khalid Al-Hamad Al-Sabah",
      "calling on both sides to seize what he described as a historic opportunity", kind=I, stance="demand"),
    S(SA, "Ahmed Asiri", "the coalition \"will respond firmly to any breach\" of the truce", kind=I, stance="threat"),
    S(SA, "Ahmed Asiri", "it remained committed to the cessation of hostilities", kind=I, stance="agree"),
    S(UN, "Ismail Ould Cheikh Ahmed", "I will not speculate.", opt=True, stance="neutral"),
    # recalled old word of the Houthi leader (one word); the chant and the unnamed Western diplomat are not annotated
    S(HO, "Abdul-Malik al-Houthi", "trap", opt=True, stance="reject"),
    K(6200, "killed", "people"),
]

A["h02_fars_lausanne_statement"] = [
    T("Thursday, April 02, 2015", "2015-04-02"),
    T("Thursday", "2015-04-02", ctx="world powers on Thursday"),
    T("June 30", "2015-06-30"),
    T("in March", "2015-03"),
    T("Thursday", "2015-04-02", ctx="phone call on Thursday"),
    T("Thursday", "2015-04-02", ctx="late on Thursday"),
    T("Tuesday", "2015-03-31"),
    T("Wednesday", "2015-04-01"),
    T("Thursday night", "2015-04-02"),
    T("2015", "2015", ctx="News Agency 2015", opt=True),
    P("Lausanne", nth=0),
    P("Tehran", "TEHRAN"),
    P("Natanz"),
    P("Washington"),
    V("Lausanne", "2015-04-02"),
    S(IR, "Mohammad Javad Zarif", "Lausanne Solutions Do Not Need Any Trust in Each Other", opt=True,
      stance="neutral"),
    S(IR, "Mohammad Javad Zarif",
      "the solutions reached with the world powers on Thursday do not require any party to trust the other", kind=I,
      stance="neutral"),
    S(IR, "Mohammad Javad Zarif",
      "We have reached solutions on key parameters of a joint comprehensive plan of action. The drafting will start "
      "immediately with the aim of finishing by June 30,", stance="agree"),
    S(IR, "Mohammad Javad Zarif", "none of these measures include closing our facilities", stance="neutral"),
    S(IR, "Mohammad Javad Zarif", "enrichment would continue at Natanz", kind=I, stance="neutral"),
    S(IR + EU + US + RU + ["China"] + FR + UK + DE, "Federica Mogherini",
      "the parties had \"taken a decisive step\" and that the European Union would terminate the implementation of "
      "all nuclear-related economic and financial sanctions", kind=I, stance="agree"),
    S(US, "Barack Obama", "a good deal", opt=True, stance="welcome"),
    S(IR, "Iranian officials", "dismissed a fact sheet released by the White House", kind=I, opt=True,
      stance="reject"),
    S(IR, "Abbas Araqchi", "The US fact sheet is not what was agreed in Lausanne,", stance="deny"),
    S(IR, "Marziyeh Afkham", "there is no solution other than the removal of all sanctions", stance="demand"),
    S(IL, "Benjamin Netanyahu", "paves Iran's path to the bomb", opt=True, stance="reject"),  # recalled (March)
    S(IL, "Benjamin Netanyahu", "a deal based on the framework \"would threaten the survival of Israel\"", kind=I,
      stance="reject"),
    S(IR, "Ali Larijani",
      "the lawmakers would examine the text \"with care\" but would not accept any obligation beyond the "
      "Non-Proliferation Treaty", kind=I, stance="reject"),
    S(IR, "Mohammad Javad Zarif", "Military sites are not part of this.", stance="reject"),
    S(RU, "Sergei Lavrov", "the arrangements were \"agreed at the level of the ministers\"", kind=I,
      stance="neutral"),
    S(RU, "Sergei Lavrov", "welcomed the result", kind=I, opt=True, stance="welcome"),
    # the reporter's question and the crowds' slogans are not statements
]

A["h03_gdn_arab_league_syria"] = [
    T("Sunday, November 13, 2011", "2011-11-13"),
    T("yesterday", "2011-11-12", nth=0),
    T("Wednesday", "2011-11-16"),
    T("yesterday", "2011-11-12", nth=1),
    T("in March", "2011-03"),
    T("2011", "2011", ctx="Copyright 2011", opt=True),
    P("Cairo", "CAIRO"),
    P("Damascus", nth=0),
    P("Washington"),
    P("Latakia"),
    V("Cairo", "2011-11-12"),
    S(AL, "Arab League", "called on Arab states to withdraw their ambassadors from Damascus", kind=I, opt=True,
      stance="demand"),
    S(QA, "Hamad bin Jassim Al Thani",
      "18 of the 22 members had backed the decision, with Lebanon and Yemen voting against and Iraq abstaining",
      kind=I, stance="neutral"),
    S(QA, "Hamad bin Jassim Al Thani",
      "We were criticised for taking a long time, but this was out of our concern for Syria,", stance="neutral"),
    S(QA, "Hamad bin Jassim Al Thani",
      "the suspension would take effect from Wednesday unless Damascus implemented the Arab plan", kind=I,
      stance="threat"),
    S(QA, "Hamad bin Jassim Al Thani",
      "the league would call on \"the Syrian army not to be involved in violence and killing of civilians\"",
      kind=I, stance="demand"),
    S(SY, "Yousef Ahmad", "the decision was \"illegal\" and violated the league's charter", kind=I,
      stance="reject"),
    S(SY, "Yousef Ahmad", "accused the organisation of serving \"a Western and American agenda\"", kind=I, opt=True,
      stance="condemn"),
    S(AL, "Nabil Elaraby", "the league would consider \"mechanisms to protect civilians\"", kind=I,
      stance="propose"),
    S(US, "Barack Obama",
      "the league had shown \"significant leadership\" and that Al Assad's government must be held accountable",
      kind=I, stance="welcome"),
    S(BH, "Khalid bin Ahmed Al Khalifa", "the kingdom supported the league's steps to end the bloodshed", kind=I,
      stance="welcome"),
    S(TR, "Ahmet Davutoglu", "the vote showed the region \"would not remain silent\"", kind=I, stance="welcome"),
    S(RU, "Sergei Lavrov",
      "the decision was \"incorrect\" and that \"someone is making considerable efforts\" to prevent dialogue",
      kind=I, stance="reject"),
    K(19, "killed", "people"),
    K(3500, "killed", "people"),
]

A["h04_peninsula_hostage_talks_amp"] = [
    T("2024-05-07", "2024-05-07", opt=True),  # JSON-LD
    T("07/05/2024", "2024-05-07", opt=True),  # canonical URL
    T("07 May 2024", "2024-05-07"),
    T("today", "2024-05-07"),
    T("yesterday", "2024-05-06"),
    T("this morning", "2024-05-07"),
    T("October 7", "2023-10-07"),
    T("06/05/2024", "2024-05-06", opt=True),  # "Read more" URL
    T("2024", "2024", ctx="Copyright © 2024", opt=True),
    P("Middle East", "Middle-East", opt=True),
    P("Doha", nth=0),
    P("Gaza Strip", "Gaza", ctx="ceasefire in Gaza and"),
    P("Cairo", ctx="delegations in Cairo, the"),
    P("Rafah", ctx="operation in Rafah \"complicates"),
    P("Washington"),
    P("Beirut"),
    V("Cairo", "2024-05-07", opt=True),
    S(QA, "Majed Al Ansari",
      "Qatar's mediation on a ceasefire in Gaza and the release of hostages is continuing with delegations in Cairo",
      kind=I, stance="neutral"),
    S(QA, "Majed Al Ansari", "the State of Qatar was \"hopeful\" that the talks would lead to an agreement", kind=I,
      stance="neutral"),
    S(QA, "Majed Al Ansari",
      "the Israeli military operation in Rafah \"complicates the efforts of the mediators\"", kind=I,
      stance="condemn"),
    S(QA, "Majed Al Ansari",
      "called on the international community to act urgently to prevent \"an invasion of Rafah and a crime of "
      "genocide\"", kind=I, stance="demand"),
    S(QA, "Majed Al Ansari", "Qatar's mediation would continue \"as long as there is a chance\"", kind=I,
      stance="neutral"),
    S(HA, "Hamas",
      "it had informed the Qatari and Egyptian mediators of its approval of their proposal for a ceasefire "
      "agreement", kind=I, stance="agree"),
    S(IL, "Benjamin Netanyahu's office",
      "the proposal was \"far from Israel's necessary requirements\", but that Israel would send a working-level "
      "delegation to Cairo", kind=I, stance="reject"),
    S(IL, "Israeli army", "tanks were operating in eastern Rafah", kind=I, stance="neutral"),
    S(EG, "Egypt's Foreign Ministry",
      "it was \"a dangerous escalation that threatens the lives of more than a million Palestinians\"", kind=I,
      stance="condemn"),
    S(US, "Matthew Miller", "the Hamas response was being reviewed and that \"we believe a deal is achievable\"",
      kind=I, stance="neutral"),
    S(US, "Matthew Miller", "he would not \"get into private diplomatic conversations\"", kind=I, opt=True,
      stance="neutral"),
    S(HA, "Osama Hamdan", "the movement's approval \"puts the ball in the occupation's court\"", kind=I,
      stance="neutral"),
    S(HA, "Osama Hamdan", "the operation in Rafah \"will not bring the prisoners back\"", kind=I,
      stance="condemn"),
    S(QA, "Majed Al Ansari", "We are not going to comment on leaks. What matters is what is on the table.",
      stance="neutral"),
    K(34789, "killed", "people"),
    K(78204, "wounded", "people"),
]

A["h05_omanobserver_red_sea_md"] = [
    T("12 Jan 2024", "2024-01-12", nth=0),
    T("12 Jan 2024", "2024-01-12", nth=1),
    T("Jan 12", "2024-01-12", ctx="MUSCAT, Jan 12"),
    T("today", "2024-01-12", nth=0),
    T("today", "2024-01-12", nth=1),
    P("Sanaa", nth=0),
    P("Muscat", "MUSCAT"),
    P("Gaza Strip", "Gaza"),
    P("Hodeidah"),
    P("Saada"),
    P("New York"),
    V("New York", "2024-01-12"),
    S(OM, "Oman", "expressed its condemnation of the military strikes carried out by the United States and the "
      "United Kingdom on Yemen", kind=I, opt=True, stance="condemn"),
    S(OM, "Omani foreign ministry source",
      "Oman \"cannot but condemn\" the use of military action by friendly countries while Israel \"continues its "
      "brutal war and siege on Gaza without accountability\"", kind=I, stance="condemn"),
    S(OM, "Omani foreign ministry source", "the strikes \"threaten to expand the circle of conflict in the region\"",
      kind=I, stance="condemn"),
    S(US, "Joe Biden",
      "a clear message that the United States and our partners will not tolerate attacks on our personnel or allow "
      "hostile actors to imperil freedom of navigation", stance="threat"),
    S(US, "Joe Biden", "I will not hesitate to direct further measures to protect our people.", stance="threat"),
    S(UK, "Rishi Sunak", "the action was \"limited, necessary and proportionate\"", kind=I, stance="neutral"),
    S(HO, "Mohammed Abdulsalam",
      "there was \"absolutely no justification\" for the attack and that the group would continue targeting "
      "Israeli-linked ships", kind=I, stance="threat"),
    S(HO, "Hussein Al-Ezzi", "America and Britain will have to pay a heavy price,", stance="threat"),
    S(HO, "Yahya Saree", "the attack \"will not go unanswered or unpunished\"", kind=I, stance="threat"),
    S(SA, "Saudi Arabia",
      "it was following \"with great concern\" the military operations, and called for \"self-restraint and "
      "avoiding escalation\"", kind=I, stance="demand"),
    S(US + UK + ["Australia", "Bahrain", "Canada", "Netherlands"], "joint statement",
      "the strikes aimed \"to disrupt and degrade the capabilities the Houthis use to threaten global trade\"",
      kind=I, stance="neutral"),
    S(RU, "Vassily Nebenzia", "Moscow had requested an urgent meeting of the Security Council", kind=I,
      stance="neutral"),
    S(HO, "Houthis", "five fighters were killed in 73 strikes on Sanaa, Hodeidah, Saada and other areas", kind=I,
      opt=True, stance="neutral"),
    # "a diplomat in the capital" names no side: not annotated
    K(5, "killed", "fighters"),
]

H06 = "h06_palchronicle_annapolis_pdf"
A[H06] = [
    T("Tuesday, November 27, 2007", "2007-11-27"),
    T("today", "2007-11-27"),
    T("2008", "2008"),
    T("December 12", "2007-12-12"),
    T("Monday", "2007-11-26"),
    T("Tuesday", "2007-11-27", ctx="television on Tuesday"),
    P("Annapolis", nth=0),
    P("Maryland", opt=True),
    P("US Naval Academy", opt=True),
    P("Jerusalem", "East Jerusalem"),
    P("Gaza City"),
    P("Hebron"),
    V("Annapolis", "2007-11-27"),
    S(IL + PAL, "Olmert and Abbas",
      seg(H06, "agreed to launch negotiations", "end of 2008"), kind=I, stance="agree"),
    S(IL + PAL, "Olmert and Abbas", seg(H06, "We agree to immediately", "peace treaty,"), stance="agree"),
    S(IL + PAL, "Olmert and Abbas", "agreed to meet on a\nbi-weekly basis", kind=I, opt=True, stance="agree"),
    S(PAL, "Mahmoud Abbas", seg(H06, "the Palestinians wanted an", "as its capital\""), kind=I, stance="demand"),
    S(PAL, "Mahmoud Abbas", seg(H06, "called on Israel to", "natural growth\""), kind=I, stance="demand"),
    S(IL, "Ehud Olmert", seg(H06, "Israel was ready for", "with risks\""), kind=I, stance="agree"),
    S(IL, "Ehud Olmert", seg(H06, "any agreement would depend", "security obligations"), kind=I,
      stance="demand"),
    S(HA, "Ismail Haniyeh", seg(H06, "Hamas would \"not be bound", "conference\""), kind=I, stance="reject"),
    S(HA, "Ismail Haniyeh", "Any concession on the right of return is\ntreason.", stance="reject"),
    S(HA, "Ismail Haniyeh", "Not Bound", opt=True, stance="reject"),  # headline
    S(PIJ, "Khader Habib", seg(H06, "the group rejected", "outright"), kind=I, stance="reject"),
    S(SA, "Saud al-Faisal", seg(H06, "he had\ncome", "Palestinians\""), kind=I, stance="neutral"),
    S(SA, "Saud al-Faisal", seg(H06, "denied that his presence", "with Israel"), kind=I, stance="deny"),
    S(SA, "Saud al-Faisal", "We will not shake hands for\nthe cameras,", stance="reject"),
    S(IR, "Mahmoud Ahmadinejad", seg(H06, "the meeting\nwas", "failure\""), kind=I, stance="reject"),
    S(UN, "Ban Ki-moon", seg(H06, "the world body stood", "of the way\""), kind=I, stance="neutral"),
    S(PAL, "Saeb Erekat", seg(H06, "there would be \"no", "Jerusalem\""), kind=I, stance="demand"),
    K(2, "killed", "protesters"),
    K(35, "wounded", "protesters"),
]

A["h07_ina_erbil_initiative"] = [
    T("11/11/2010", "2010-11-11"),
    T("Thursday", "2010-11-11", nth=0),
    T("Thursday", "2010-11-11", nth=1),
    T("March 7", "2010-03-07"),
    T("last month", "2010-10"),
    T("June 14", "2010-06-14"),
    T("Thursday", "2010-11-11", nth=2),
    T("Wednesday", "2010-11-10"),
    P("Erbil"),
    P("Baghdad", nth=0),
    P("Tehran"),
    P("Karrada", opt=True),
    P("Kurdistan Region", opt=True),  # inside Barzani's title
    V("Baghdad", "2010-11-10", opt=True),  # the leaders' meeting (date implied)
    V("Baghdad", "2010-11-11", opt=True),  # the parliament's session
    S(["Kurdistan Region", "Iraq"], "Masoud Barzani",
      "the leaders of Iraq's political blocs had agreed on the distribution of the three top posts", kind=I,
      stance="agree"),
    S(["Kurdistan Region", "Iraq"], "Masoud Barzani", "the agreement is a victory for all Iraqis",
      stance="welcome"),
    S(["Kurdistan Region", "Iraq"], "Masoud Barzani", "the parliament speaker would be from the Iraqiya list",
      kind=I, stance="neutral"),
    S(["State of Law", "Iraq"], "Nouri al-Maliki",
      "Prime Minister Nouri al-Maliki had welcomed the agreement and would be nominated for a second term", kind=I,
      stance="welcome"),
    S(["State of Law", "Iraq"], "Nouri al-Maliki", "There is no veto on anyone,", stance="neutral"),
    S(["Iraqiya", "Iraq"], "Ayad Allawi", "his list would take part in the session", kind=I, stance="agree"),
    S(["Iraqiya", "Iraq"], "Ayad Allawi", "the bloc would \"not be a decoration\" in the next government", kind=I,
      stance="demand"),
    S(["Iraqiya", "Iraq"], "Maysoon al-Damluji",
      "the list demanded the lifting of the de-Baathification bans on three of its leaders before the vote",
      kind=I, stance="demand"),
    S(US, "James Jeffrey",
      "the United States \"supports an inclusive government that reflects the results of the elections\"", kind=I,
      stance="neutral"),
    S(IR, "Ramin Mehmanparast", "Iran \"welcomes any agreement that the Iraqis themselves reach\"", kind=I,
      stance="welcome"),
    S(["Sadrist movement", "Iraq"], "Sadrist movement",
      "it rejected \"any American interference\" in the formation of the government", kind=I, stance="reject"),
    S(UN, "Ad Melkert", "he hoped the parliament would \"complete the constitutional steps without delay\"",
      kind=I, stance="neutral"),
    S(["Kurdistan Alliance", "Kurdistan Region", "Iraq"], "source in the Kurdistan Alliance",
      "the vote on the speaker was expected to take place on Thursday and the presidency \"within days\"", kind=I,
      stance="neutral"),
    S(["Kurdistan Region", "Iraq"], "Masoud Barzani", "The details will be announced in parliament.",
      stance="neutral"),
    # the reporter's question is not a statement; "a police source" names no side
    K(3, "killed", "people"),
    K(11, "wounded", "people"),
]

A["h08_alakhbar_geneva2_montreux"] = [
    T("2014-01-23", "2014-01-23", opt=True),  # HTML comment
    T("Thursday, January 23, 2014", "2014-01-23"),
    T("Wednesday", "2014-01-22", nth=0),
    T("Monday", "2014-01-20"),
    T("Wednesday", "2014-01-22", nth=1),
    T("Friday", "2014-01-24"),
    T("March 2011", "2011-03"),
    P("Montreux", nth=0),
    P("New York"),
    P("Tehran", ctx="said in Tehran"),
    P("Geneva", ctx="same room in Geneva"),
    V("Montreux", "2014-01-22"),
    V("Geneva", "2014-01-24"),
    S(SY, "Walid al-Moallem", "You live in New York, I live in Syria,", stance="neutral"),
    S(SY, "Walid al-Moallem",
      "no one in the world had the right to confer or withdraw the legitimacy of a president \"except the Syrians "
      "themselves\"", kind=I, stance="reject"),
    S(US, "John Kerry",
      "there was \"no way, no way possible\" that Bashar al-Assad could be part of a transitional government",
      kind=I, stance="reject"),
    S(US, "John Kerry",
      "The right to lead a country does not come from torture, nor barrel bombs, nor Scud missiles,",
      stance="condemn"),
    S(["Syrian National Coalition"], "Ahmad Jarba",
      "called on the Syrian delegation to sign the Geneva I communique \"immediately\" and hand over power to a "
      "transitional governing body", kind=I, stance="demand"),
    S(RU, "Sergei Lavrov", "warned against attempts to \"predetermine the outcome\" of the talks", kind=I, opt=True,
      stance="reject"),
    S(RU, "Sergei Lavrov", "it was \"a mistake\" that Iran had not been invited", kind=I, stance="condemn"),
    S(["Syrian National Coalition"], "Syrian opposition", "threatened to boycott", kind=I, opt=True,
      stance="threat"),
    S(IR, "Hossein Amir-Abdollahian", "the conference \"will not succeed\" without Iran's participation", kind=I,
      stance="neutral"),
    S(UN, "Lakhdar Brahimi",
      "he hoped to bring the two delegations into the same room in Geneva on Friday", kind=I, stance="propose"),
    S(UN, "Lakhdar Brahimi", "We have no illusions. It is not going to be easy,", stance="neutral"),
    S(UN, "Lakhdar Brahimi", "You should ask them.", opt=True, stance="neutral"),
    S(SA, "Saud al-Faisal", "Hezbollah and other \"foreign forces\" must withdraw from Syria", kind=I,
      stance="demand"),
    # Ban's requests to wrap up and the journalist's question are not statements
    K(130000, "killed", "people"),
]

A["h09_bernama_sudan_jeddah"] = [
    T("21/05/2023", "2023-05-21"),
    T("May 21", "2023-05-21"),
    T("Monday evening", "2023-05-22"),
    T("Saturday", "2023-05-20"),
    T("April 15", "2023-04-15"),
    T("Sunday", "2023-05-21"),
    P("Jeddah", nth=0),
    P("New York"),
    P("Khartoum"),
    V("Jeddah", "2023-05-20"),
    S(SA + US, "Saudi Arabia and the United States",
      "Sudan's army and the paramilitary Rapid Support Forces (RSF) have signed a week-long ceasefire agreement in "
      "the Saudi city of Jeddah, to take effect on Monday evening", kind=I, stance="neutral"),
    S(SA + US, "Saudi Arabia and the United States", "will go into effect 48 hours after signing", stance="neutral"),
    S(SA + US, "Saudi Arabia and the United States",
      "it would be monitored by a mechanism including representatives of both sides, Saudi Arabia and the United "
      "States", kind=I, stance="neutral"),
    S(US, "Antony Blinken", "if the ceasefire is violated, we'll know", stance="threat"),
    S(US, "Antony Blinken", "Washington was prepared to use sanctions against those responsible", kind=I,
      stance="threat"),
    S(["Sudan", "Sudanese Armed Forces"], "Sudanese Armed Forces",
      "it was committed to the truce \"as long as the rebel militia abides by it\"", kind=I, stance="agree"),
    S(["Rapid Support Forces", "RSF"], "Mohamed Hamdan Dagalo",
      "his forces would \"not retreat until we end this coup\"", kind=I, stance="threat"),
    S(SA, "Faisal bin Farhan", "affirmed the Kingdom's \"keenness on the security and stability of Sudan\"",
      kind=I, opt=True, stance="neutral"),
    S(UN, "Stephane Dujarric", "the UN welcomed the agreement and urged the parties \"to fully respect it\"", kind=I,
      stance="welcome"),
    S(AL, "Ahmed Aboul Gheit", "the agreement was \"an important step\"", kind=I, stance="welcome"),
    S(AL, "Ahmed Aboul Gheit", "called on both sides to \"put the interest of the Sudanese people first\"", kind=I,
      stance="demand"),
    S(US, "US official", "That's one of the things we're going to be working on.", stance="neutral"),
    S(["Malaysia"], "Malaysia's Foreign Ministry",
      "it welcomed the agreement and hoped it would be \"fully honoured\" so that humanitarian aid could reach "
      "those in need", kind=I, stance="welcome"),
    # the Sudanese Doctors' Union is a civil group; its figures are casualty claims
    K(863, "killed", "civilians"),
    K(3500, "wounded", "civilians"),
]

A["h10_rferl_unsc_1701"] = [
    T("August 12, 2006", "2006-08-12", nth=0),
    T("August 12, 2006", "2006-08-12", nth=1),
    T("August 11", "2006-08-11"),
    T("August 12", "2006-08-12", ctx="on August 12 that"),
    T("August 13", "2006-08-13"),
    T("July 12", "2006-07-12"),
    T("2006", "2006", ctx="(c) 2006", opt=True),
    P("Middle East", nth=0, opt=True),
    P("Prague", "PRAGUE"),
    P("Southern Lebanon", "southern Lebanon"),
    P("New York"),
    P("Jerusalem"),
    P("Tehran"),
    V("New York", "2006-08-11"),
    V("Jerusalem", "2006-08-13", opt=True),  # the Israeli cabinet (place implied)
    S(UN, "UN Security Council",
      "calls for a \"full cessation of hostilities\" between Israel and Hizballah and for the deployment of 15,000 "
      "Lebanese troops and up to 15,000 UN peacekeepers in southern Lebanon", kind=I, stance="demand"),
    S(US, "Condoleezza Rice",
      "the resolution was \"a first step\" and that the world must now make sure that \"Hizballah's state within a "
      "state\" was dismantled", kind=I, stance="demand"),
    S(FR, "Philippe Douste-Blazy",
      "the resolution would be \"a message of hope\" for the peoples of Lebanon and Israel", kind=I,
      stance="welcome"),
    S(UK, "Margaret Beckett", "called on all parties to \"take up their responsibilities\"", kind=I,
      stance="demand"),
    S(UN, "Kofi Annan", "he was \"profoundly disappointed\" that the council had not acted earlier", kind=I,
      stance="condemn"),
    S(UN, "Kofi Annan", "the fighting must end \"as soon as possible\"", kind=I, stance="demand"),
    S(LB, "Fouad Siniora", "his cabinet had accepted the resolution", kind=I, stance="agree"),
    S(HZ, "Hassan Nasrallah", "the group would \"cooperate\" with the resolution", kind=I, stance="agree"),
    S(HZ, "Hassan Nasrallah",
      "its fighters would continue to resist \"as long as there is an Israeli soldier on Lebanese soil\"", kind=I,
      stance="threat"),
    S(IL, "Ehud Olmert's office", "he would recommend that the cabinet accept the resolution on August 13", kind=I,
      stance="agree"),
    S(IL, "Amir Peretz", "the army's ground operations would continue until then", kind=I, stance="threat"),
    S(IR, "Hamid Reza Asefi",
      "Iran \"did not reject\" the resolution but considered it \"biased in favour of the Zionist regime\"", kind=I,
      stance="neutral"),
    S(SY, "Walid al-Muallim", "Damascus had \"reservations\" about the text", kind=I, stance="neutral"),
    K(1000, "killed", "people"),
    K(114, "killed", "Israelis"),
]

A["h11_interfax_lebanon_truce"] = [
    T("Nov 27", "2024-11-27"),
    T("Wednesday", "2024-11-27", nth=0),
    T("Wednesday", "2024-11-27", nth=1),
    T("Tuesday", "2024-11-26"),
    T("October 2023", "2023-10"),
    T("2024", "2024", ctx="Copyright © 2024", opt=True),
    P("Moscow", "MOSCOW"),
    P("Southern Lebanon", "south of Lebanon"),
    P("Gaza Strip"),
    P("Washington"),
    P("Middle East", opt=True),
    S(RU, "Maria Zakharova", "Moscow welcomes Israel-Lebanon ceasefire", opt=True, stance="welcome"),
    S(RU, "Maria Zakharova",
      "Moscow welcomes the ceasefire between Israel and Lebanon that took effect at 4 a.m. local time on Wednesday",
      kind=I, stance="welcome"),
    S(RU, "Maria Zakharova",
      "We welcome the agreement reached on a cessation of hostilities. We hope that it will be respected by all "
      "parties and will make it possible to stabilize the situation in the south of Lebanon,", stance="welcome"),
    S(RU, "Maria Zakharova",
      "a lasting settlement was impossible without an end to the fighting in the Gaza Strip", kind=I,
      stance="demand"),
    S(RU, "Dmitry Peskov", "Russia \"can only welcome\" any step towards de-escalation", kind=I, stance="welcome"),
    S(US, "Joe Biden", "it was \"designed to be a permanent cessation of hostilities\"", kind=I, stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "if Hezbollah \"violates the agreement and tries to arm itself, we will attack\"", kind=I, stance="threat"),
    S(LB, "Najib Mikati", "the ceasefire was \"a fundamental step towards establishing calm\"", kind=I,
      stance="welcome"),
    S(LB, "Najib Mikati", "called on the international community to ensure Israel's compliance", kind=I,
      stance="demand"),
    S(HZ, "Hassan Fadlallah",
      "the group would cooperate with the deployment of the Lebanese army in the south, but that its fighters "
      "\"will remain\" in their villages", kind=I, stance="agree"),
    S(FR, "Emmanuel Macron", "France would \"contribute fully\" to the monitoring mechanism", kind=I,
      stance="agree"),
    S(IR, "Esmaeil Baghaei", "Tehran welcomed \"the end of the aggression\" against Lebanon", kind=I,
      stance="welcome"),
    S(IL, "Avichay Adraee", "urged residents of southern Lebanon \"not to return to their villages\" until further "
      "notice", kind=I, stance="demand"),
    S(IL, "Israel Katz", "the army would \"act with force against any threat\" from Lebanon", kind=I,
      stance="threat"),
    S(RU, "Maria Zakharova", "the question \"has not been raised\"", kind=I, stance="neutral"),
    S(RU, "Mikhail Bogdanov",
      "Moscow had maintained contacts with \"all the Lebanese parties, including Hezbollah\"", kind=I,
      stance="neutral"),
    K(3800, "killed", "people"),
]

A["h12_ansa_riyadh_syria"] = [
    T("JAN 12", "2025-01-12"),
    T("Sunday", "2025-01-12"),
    T("Friday", "2025-01-10"),
    T("January 27", "2025-01-27"),
    T("December 14", "2024-12-14"),
    P("Rome", "ROME"),
    P("Riyadh", nth=0),
    P("Damascus", nth=0),
    P("Brussels"),
    P("Aqaba"),
    V("Riyadh", "2025-01-12"),
    V("Damascus", "2025-01-10"),
    V("Brussels", "2025-01-27"),
    V("Aqaba", "2024-12-14"),
    S(IT, "Antonio Tajani", "EU should ease Syria sanctions", opt=True, stance="demand"),
    S(IT, "Antonio Tajani", "the European Union should begin easing sanctions on Syria", kind=I,
      stance="propose"),
    S(IT, "Antonio Tajani",
      "We are ready to support a Syria that respects all minorities, and the EU must do its part by easing the "
      "sanctions,", stance="demand"),
    S(SA, "Faisal bin Farhan",
      "the participants had stressed \"the importance of lifting unilateral and international sanctions\" on Syria, "
      "as their continuation would \"hinder the aspirations of the brotherly Syrian people\"", kind=I,
      stance="demand"),
    S(EU, "Kaja Kallas",
      "the EU \"could start lifting sanctions\" if the new authorities took \"tangible steps\" towards an inclusive "
      "transition", kind=I, stance="propose"),
    S(SY, "Asaad al-Shaibani",
      "called for the lifting of sanctions, saying they had become \"an obstacle\" to recovery", kind=I,
      stance="demand"),
    S(DE, "Annalena Baerbock", "Berlin would provide an additional 50 million euros in humanitarian aid", kind=I,
      stance="neutral"),
    S(DE, "Annalena Baerbock", "Germany would not fund \"new Islamist structures\"", kind=I, stance="reject"),
    S(TR, "Hakan Fidan", "Ankara rejected \"any attempt to divide Syria\"", kind=I, stance="reject"),
    S(IT, "Antonio Tajani", "Our embassy never closed.", stance="deny"),
    S(IT, "Antonio Tajani",
      "the Italian government would propose to its European partners a \"gradual and reversible\" suspension of the "
      "measures on energy and banking", kind=I, stance="propose"),
    S(IT, "Antonio Tajani", "Sanctions were aimed at Assad, not at the Syrian people,", stance="neutral"),
    S(FR, "French diplomatic source",
      "Paris would back a suspension \"under conditions\", including the protection of the Kurds and other "
      "minorities, but would oppose any move that let \"terrorist groups\" return", kind=I, stance="agree"),
    S(QA, "Mohammed Al-Khulaifi", "affirmed Doha's support for \"a Syrian-led political process\"", kind=I,
      opt=True, stance="neutral"),
    # "diplomats said" (hypothetical, no side) and the Aqaba meeting's call are not annotated
]

# the quoted fragments inside each indirect statement: optional statements of the same speaker (blind8's convention)
add_fragments(A)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
