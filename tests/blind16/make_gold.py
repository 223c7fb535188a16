"""Build tests/blind16/gold.json from the hand annotations below (run: python tests/blind16/make_gold.py).

A blind set (blind16) of statement-heavy pages in the layouts analysts paste (live blog, briefing transcript,
interview, joint communique, e-paper PDF paste, hard-wrapped text, Markdown, saved HTML, embedded posts, wire story
with many reactions), from twelve outlets not used by the earlier sets, written and annotated without reading the
extractor code (``lib/``), the git log, ``docs/`` or the articles of the other sets. Offsets are character offsets
into ``open(path, encoding="utf-8").read()`` (the way the scorer reads the files), found by exact substring search:
``ctx`` (a longer, unique stretch of text) locates the mention when the bare text repeats, ``nth`` picks the n-th
occurrence. Every span is checked with ``text[start:end] == item['text']`` and every direct quote must occur verbatim
in its article; ``w()`` gives a quote the article's own spelling where it crosses a hard line break or a
hyphenated line end (b05, b06). Every statement carries a ``stance`` (threat, reject, condemn, welcome, demand,
propose, agree, deny, neutral) for ``bench/stance_eval.py``. The format is the one of
``shared/eval/gold/seeds.json``; conventions are in README.md.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, add_fragments, build_gold, find, write_gold  # noqa: E402,F401


def _text(aid):
    with open(HERE / "articles" / f"{aid}.txt", encoding="utf-8") as fh:  # as score.py reads it
        return fh.read()


def w(aid, quote):
    """The article's own spelling of ``quote``: spaces may be line breaks, a word may break at ``-\\n``."""
    parts = []
    for i, ch in enumerate(quote):
        if ch == " ":
            parts.append(r"\s+")
        elif ch == "-":
            parts.append(r"-\n?")
        else:
            parts.append(re.escape(ch) + (r"(?:-\n)?" if i < len(quote) - 1 else ""))
    hits = [m.group(0) for m in re.finditer("".join(parts), _text(aid))]
    assert len(hits) == 1, f"{aid}: {quote!r} found {len(hits)} times"
    return hits[0]


# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Arad": (31.2589, 35.2128), "Tel Aviv": (32.0809, 34.7806), "Damascus": (33.5102, 36.2913),
    "New York": (40.7143, -74.0060), "Panjgur": (26.9644, 64.0946), "Tehran": (35.6944, 51.4215),
    "Kampala": (0.3163, 32.5822), "Islamabad": (33.7215, 73.0433), "Davos": (46.8027, 9.8360),
    "Taftan": (28.9667, 61.5667), "Erbil": (36.1901, 44.0091), "Kirkuk": (35.4681, 44.3922),
    "Sulaimani": (35.5613, 45.4375), "Duhok": (36.8669, 42.9503), "El Alamein": (30.8167, 28.9500),
    "Jerusalem": (31.7690, 35.2163), "East Jerusalem": (31.7833, 35.2333), "Cairo": (30.0626, 31.2497),
    "Amman": (31.9552, 35.9450), "New Delhi": (28.6358, 77.2245), "Dublin": (53.3331, -6.2489),
    "Ramallah": (31.8996, 35.2042), "Gaza City": (31.5017, 34.4668), "Doha": (25.2854, 51.5310),
    "Beirut": (33.8938, 35.5018), "Sheraton Doha": (25.3186, 51.5306), "Kobani": (36.8910, 38.3533),
    "Washington": (38.8951, -77.0364), "The Hague": (52.0767, 4.2986), "Ramat David": (32.6651, 35.1795),
    "Budapest": (47.4980, 19.0399), "Naqoura": (33.1181, 35.1394), "Berlin": (52.5244, 13.4105),
    "Beijing": (39.9075, 116.3972), "Vienna": (48.2085, 16.3721), "Geneva": (46.2022, 6.1457),
    # regions and other places
    "Negev": (30.85, 34.78), "Dead Sea": (31.50, 35.50), "Middle East": (29.0, 41.0),
    "Sistan and Baluchestan": (27.8, 60.5), "Gaza Strip": (31.42, 34.37), "Red Sea": (20.0, 38.5),
    "Kurdistan Region": (36.3, 44.3), "West Bank": (31.95, 35.25), "Golan Heights": (33.00, 35.75),
    "Mount Hermon": (33.4167, 35.8575), "Northeast Syria": (36.5, 40.5), "Karish field": (33.05, 34.45),
    "Qana prospect": (33.25, 34.85),
}
RADIUS = {"Negev": 80, "Dead Sea": 40, "Middle East": 1500, "Sistan and Baluchestan": 300, "Gaza Strip": 60,
          "Red Sea": 800, "Kurdistan Region": 150, "West Bank": 60, "Golan Heights": 40, "Mount Hermon": 20,
          "Northeast Syria": 200, "Karish field": 40, "Qana prospect": 40}
# a place is required once per article; landmarks inside a required city, reporters' locations in credit lines,
# "Middle East", "Red Sea" and offshore fields are opt; capitals used for governments are not places.
I = "indirect"  # noqa: E741
US = ["United States"]
IL = ["Israel"]
HA = ["Hamas"]
PA = ["Palestinian Authority", "PLO", "Fatah"]  # Abbas and his officials speak for all three
UN = ["United Nations"]
EG = ["Egypt"]
JO = ["Jordan"]
QA = ["Qatar"]
IR = ["Iran"]
LB = ["Lebanon"]
HZ = ["Hezbollah"]
TR = ["Turkey"]
SA = ["Saudi Arabia"]
PK = ["Pakistan"]
IQ = ["Iraq"]
KRG = ["Kurdistan Regional Government"]
IN = ["India"]
IE = ["Ireland"]
UK = ["United Kingdom"]
SY = ["Syria"]
SDF = ["Syrian Democratic Forces"]
ZA = ["South Africa"]
DE = ["Germany"]
RU = ["Russia"]
CN = ["China"]
G7 = ["United States", "United Kingdom", "France", "Germany", "Italy", "Japan", "Canada", "European Union"]
E3 = ["France", "Germany", "United Kingdom"]
IAEA = ["International Atomic Energy Agency", "United Nations"]

A = {}

# ---------------------------------------------------------------- b01 CBS News live blog, 2024-04-14 (Sunday)
a = "b01_cbs_live_iran_attack"
A[a] = [
    T("April 14, 2024", "2024-04-14"),
    T("April 14, 2024", "2024-04-14", nth=1),  # photo caption
    T("11:48 AM EDT", "2024-04-14", opt=True),
    T("late Saturday", "2024-04-13"),
    T("in the coming days", "2024-W16", opt=True),
    T("11:40 AM EDT", "2024-04-14", opt=True),
    T("on Sunday", "2024-04-14", ctx="video call on Sunday"),
    T("10:55 AM EDT", "2024-04-14", opt=True),
    T("Sunday afternoon", "2024-04-14"),
    T("10:20 AM EDT", "2024-04-14", opt=True),
    T("overnight", "2024-04-14", opt=True),
    T("April 1", "2024-04-01", ctx="The April 1 strike"),
    T("9:35 AM EDT", "2024-04-14", opt=True),
    T("Saturday night", "2024-04-13"),
    T("8:50 AM EDT", "2024-04-14", opt=True),
    T("last night", "2024-04-13"),
    T("8:05 AM EDT", "2024-04-14", opt=True),
    T("7:30 AM EDT", "2024-04-14", opt=True),
    T("7:00 AM EDT", "2024-04-14", opt=True),
    T("4 p.m.", "2024-04-14", opt=True),
    T("on Sunday", "2024-04-14", ctx="Eastern on Sunday"),
    T("2024", "2024", opt=True, ctx="© 2024 CBS"),
    P("Arad"), P("Negev", opt=True), P("Tel Aviv"), P("Damascus"), P("Dead Sea", opt=True),
    P("Middle East", opt=True),
    V("Tel Aviv", "2024-04-14"),  # war cabinet meeting
    V("New York", "2024-04-14", opt=True),  # Security Council emergency meeting, place implied
    S(G7, "G7 leaders", "unequivocally condemn", opt=True, stance="condemn"),  # entry headline
    S(G7, "G7 leaders",
      "unequivocally condemn in the strongest terms Iran's direct and unprecedented attack against Israel.",
      stance="condemn"),
    S(G7, "G7 leaders",
      "With its actions, Iran has further stepped toward the destabilization of the region and risks provoking an "
      "uncontrollable regional escalation. This must be avoided,", stance="condemn"),
    S(IL, "Benny Gantz", "Gantz: Israel will \"exact the price\" at a time of its choosing", opt=True, kind=I,
      stance="threat"),  # entry headline
    S(IL, "Benny Gantz", "Israel would respond \"in the manner and at the time that suits us.\"", kind=I,
      stance="threat"),
    S(IL, "Benny Gantz", "Iran is a global problem, a regional challenge and also a danger to Israel,",
      stance="neutral"),
    S(IL, "Benny Gantz", "We will build a regional coalition and exact the price from Iran.", stance="threat"),
    # after the blind run: "an Israeli official said" names a side, so the clause is a statement (conventions)
    S(IL, "Israeli official",
      "The war cabinet was meeting in Tel Aviv on Sunday afternoon to discuss a response", kind=I,
      stance="neutral"),
    S(IR, "Iran's UN mission", "the matter can be deemed concluded", opt=True, stance="threat"),  # entry headline
    S(IR, "Iran's UN mission",
      "Conducted on the strength of Article 51 of the UN Charter pertaining to legitimate defense, Iran's military "
      "action was in response to the Zionist regime's aggression against our diplomatic premises in Damascus. The "
      "matter can be deemed concluded. However, should the Israeli regime make another mistake, Iran's response "
      "will be considerably more severe.", stance="threat"),
    S(IR, "Iran's UN mission", "the U.S. must \"STAY AWAY\" from the conflict between Iran and Israel", kind=I,
      stance="demand"),
    # reported through the senior administration official: Biden's
    S(US, "Joe Biden", "Biden tells Netanyahu the U.S. will not join a counterattack", opt=True, kind=I,
      stance="reject"),  # entry headline
    S(US, "Joe Biden", "the U.S. would not participate in any offensive operations against Iran", kind=I,
      stance="reject"),
    S(US, "Joe Biden", "I condemn these attacks in the strongest possible terms.", stance="condemn"),
    S(US, "Joe Biden",
      "he would convene G7 leaders \"to coordinate a united diplomatic response to Iran's brazen attack.\"",
      kind=I, stance="neutral"),
    S(IL, "Benjamin Netanyahu", "יירטנו. בלמנו. ביחד ננצח.", opt=True, stance="neutral"),
    S(IL, "Benjamin Netanyahu", "We intercepted. We blocked. Together we will win,", stance="neutral"),
    S(JO, "Jordanian cabinet", "Jordan says it shot down objects that entered its airspace", opt=True, kind=I,
      stance="neutral"),  # entry headline
    S(JO, "Jordanian cabinet",
      "the kingdom's air defenses had \"dealt with some flying objects that entered our airspace last night to "
      "ensure the safety of our citizens.\"", kind=I, stance="neutral"),
    S(JO, "Jordanian cabinet", "Jordan \"will not allow anyone to turn the kingdom into a battlefield.\"", kind=I,
      stance="reject"),
    S(IL, "Israeli military",
      "99% of the projectiles were intercepted with help from the U.S., Britain and Jordan", kind=I,
      stance="neutral"),  # summary bullet ("Israel's military says ...")
    S(IL, "Daniel Hagari", "IDF: 99% of projectiles intercepted", opt=True, stance="neutral"),  # entry headline
    S(IL, "Daniel Hagari", "99% of the roughly 350 projectiles launched at Israel had been intercepted", kind=I,
      stance="neutral"),
    S(IL, "Daniel Hagari",
      "The Iranian threat met the air and technological superiority of the IDF, together with a strong coalition "
      "of countries,", stance="neutral"),
    S(IL, "Daniel Hagari", "This is a very significant strategic achievement.", stance="neutral"),
    S(HA, "Hamas", "Hamas calls the attack a \"natural right\"", opt=True, kind=I, stance="welcome"),  # headline
    S(HA, "Hamas",
      "the Iranian operation was \"a natural right and a deserved response to the crime of targeting the Iranian "
      "consulate in Damascus.\"", kind=I, stance="welcome"),
    S(UN, "Antonio Guterres", "Neither the region nor the world can afford more war", opt=True,
      stance="demand"),  # entry headline, the end of the body quote
    S(UN, "Antonio Guterres",
      "he was \"deeply alarmed about the very real danger of a devastating region-wide escalation.\"", kind=I,
      stance="neutral"),
    S(UN, "Antonio Guterres",
      "I urge all parties to exercise maximum restraint to avoid any action that could lead to major military "
      "confrontations on multiple fronts in the Middle East. Neither the region nor the world can afford more war,",
      stance="demand"),
    # "Operation True Promise" (a name), the analysts' expectation and the summary bullets' facts are not statements
    K(2, "killed", "Iranian generals"),
    K(1, "wounded", "girl", opt=True),
]

# ---------------------------------------------------------------- b02 Pakistan MOFA briefing transcript, 2024-01-18
a = "b02_pakmofa_briefing_transcript"
PKS = "Mumtaz Zahra Baloch"
A[a] = [
    T("Thursday, 18 January 2024", "2024-01-18"),
    T("This morning", "2024-01-18"),
    T("today's", "2024-01-18"),
    T("Yesterday", "2024-01-17"),
    T("last week", "2024-W02"),
    T("this afternoon", "2024-01-18"),
    T("today", "2024-01-18", ctx="action today"),
    T("1555 hrs", "2024-01-18", opt=True),
    T("2024", "2024", opt=True, ctx="Copyright 2024"),
    P("Sistan and Baluchestan", "Siestan-o-Balochistan"), P("Panjgur"), P("Tehran"), P("Gaza Strip", "Gaza"),
    P("Kampala"), P("Islamabad"), P("Davos"), P("Taftan"), P("Red Sea", opt=True),
    V("Kampala", "2024-01-18", opt=True),  # the minister's visit, cut short
    V("Davos", "2024-01-18", opt=True),
    S(PK, PKS,
      "This morning, Pakistan undertook a series of highly coordinated and specifically targeted precision military "
      "strikes against terrorist hideouts in Siestan-o-Balochistan province of Iran.", stance="neutral"),
    S(PK, PKS,
      "Pakistan fully respects the sovereignty and territorial integrity of the Islamic Republic of Iran. The sole "
      "objective of today's act was in pursuit of Pakistan's own security and national interest, which is "
      "paramount and cannot be compromised.", stance="neutral"),
    S(PK, PKS,
      "Yesterday, we strongly condemned the unprovoked violation of Pakistan's airspace by Iran, which resulted in "
      "the death of two innocent children near Panjgur, while three girls were injured.", stance="condemn"),
    S(PK, PKS,
      "As we said in our statement, this illegal act is completely unacceptable and can have serious consequences.",
      stance="threat"),
    S(PK, PKS,
      "We have recalled our Ambassador from Tehran and informed the Iranian side that its Ambassador, who is "
      "currently visiting Iran, may not return for the time being.", stance="neutral"),
    S(PK, PKS,
      "On Gaza, Pakistan reiterates its call for an immediate and unconditional ceasefire and for unhindered "
      "humanitarian access.", stance="demand"),
    S(PK, PKS,
      "We welcome the public hearings held by the International Court of Justice on South Africa's application last "
      "week.", stance="welcome"),
    # the questions are not statements; what they relay is opt
    S(IR, "Iranian foreign ministry",
      "Pakistan's strikes killed nine foreign nationals, including women and children", kind=I, opt=True,
      stance="condemn"),
    S(PK, PKS,
      "Iran is a brotherly country and the people of Pakistan have great respect and affection for the Iranian "
      "people.", stance="neutral"),
    S(PK, PKS,
      "We have always emphasized dialogue and cooperation in confronting common challenges, including the menace "
      "of terrorism, and will continue to endeavour to find joint solutions.", stance="neutral"),
    S(PK, PKS,
      "Foreign Minister Jalil Abbas Jilani has cut short his visit to Uganda and is returning to Islamabad.",
      opt=True, stance="neutral"),
    S(PK, "Jalil Abbas Jilani", "conveyed Pakistan's strong protest", kind=I, opt=True, stance="condemn"),
    S(US, "United States", "it is monitoring the situation closely", kind=I, opt=True, stance="neutral"),
    S(PK, PKS, "Pakistan does not seek any escalation.", stance="neutral"),
    S(PK, PKS, "Our action today was directed only at terrorists and it has been completed.", stance="neutral"),
    S(PK, PKS, "I would not like to comment on speculation.", opt=True, stance="neutral"),
    S(PK, PKS, "As of now, the border crossings are functioning normally.", opt=True, stance="neutral"),
    S(PK, PKS, "Pakistan is concerned about the situation in the Red Sea.", stance="neutral"),
    S(PK, PKS,
      "We call on all sides to exercise restraint and to address the root cause, which is the war in Gaza.",
      stance="demand"),
    # "Marg Bar Sarmachar" (an operation's name) and the analysts' prediction in a question are not statements
    K(2, "killed", "children"),
    K(3, "wounded", "girls"),
    K(9, "killed", "foreign nationals", opt=True, by="Iranian foreign ministry (relayed in a question)"),
]

# ---------------------------------------------------------------- b03 Rudaw interview, 2017-09-22 (Friday)
a = "b03_rudaw_interview_referendum"
FM = "Falah Mustafa"
A[a] = [
    T("September 25", "2017-09-25"),
    T("22/09/2017", "2017-09-22"),
    T("on Thursday", "2017-09-21"),
    T("for two to three years", "P3Y", opt=True),
    T("September 25", "2017-09-25", nth=1),
    T("on Monday", "2017-09-18"),
    T("on Friday", "2017-09-22"),
    T("on Tuesday", "2017-09-19"),
    T("last Friday", "2017-09-15"),
    T("On Wednesday", "2017-09-20"),
    T("2017", "2017", opt=True, ctx="Network 2017"),
    P("Erbil", "ERBIL"), P("Kurdistan Region"), P("Kirkuk"), P("Sulaimani"), P("Duhok"),
    S(KRG, FM, "There is no going back on September 25", stance="reject"),  # headline, not repeated in the body
    S(UN, "UN Security Council", "concern over the \"potentially destabilizing impact\" of the vote", kind=I,
      opt=True, stance="neutral"),
    # the envoys' proposal as Falah Mustafa reports it
    S(US + UK + UN, "US, UK and UN envoys",
      "we postpone the referendum and enter into serious negotiations with Baghdad for two to three years, with "
      "international support", kind=I, stance="propose"),
    S(KRG, FM,
      "We thank our friends for their efforts, but the proposal came too late and it does not offer a guarantee.",
      stance="reject"),
    S(KRG, FM, "What we need is an alternative that guarantees our right, not one that delays it again.",
      stance="demand"),
    S(KRG, FM,
      "Our answer is that the referendum will go ahead on September 25 unless we receive a better alternative "
      "before then.", stance="reject"),
    S(KRG, FM,
      "The decision does not belong to one party; it was taken by the people and the political parties of "
      "Kurdistan together.", stance="neutral"),
    # relayed in the questions (opt)
    S(TR, "Recep Tayyip Erdogan",
      "Ankara will announce its position after a national security council meeting on Friday", kind=I, opt=True,
      stance="neutral"),
    S(TR, "Turkish officials", "serious consequences", opt=True, stance="threat"),
    S(KRG, FM, "We are not a threat to Turkey or to any of our neighbours.", stance="deny"),
    S(KRG, FM,
      "Turkey has been our gateway to the world and we want this relationship to continue. We hope that our "
      "neighbours will respect the will of the people of Kurdistan, as we respect theirs.", stance="neutral"),
    S(IQ, "Haider al-Abadi",
      "the referendum is unconstitutional and that he will not negotiate on its results", kind=I, opt=True,
      stance="reject"),
    S(KRG, FM,
      "Baghdad says it does not accept the referendum, but it has never offered us a real partnership.",
      stance="neutral"),
    # after the blind run: speech reported through Falah Mustafa goes to its original speaker, as "The Americans have
    # told us ..." does (conventions)
    S(IQ, "Iraqi government", "it does not accept the referendum", kind=I, stance="reject"),
    S(KRG, FM,
      "After the vote we are ready for dialogue with Baghdad, serious and open dialogue, to reach an understanding "
      "on the future of our relationship.", stance="propose"),
    S(US, "White House", "the referendum is \"provocative and destabilizing\"", kind=I, opt=True,
      stance="condemn"),
    S(KRG, FM,
      "We have a strategic relationship with the United States and we fought ISIS together as partners. We "
      "disagree on the timing, not on the values.", stance="neutral"),
    S(US, "US officials",
      "they do not oppose the right of the people of Kurdistan, only the timing of the vote", kind=I,
      stance="neutral"),
    S(KRG, FM, "Kirkuk is a city for all its communities, Kurds, Arabs and Turkmen.", stance="neutral"),
    S(KRG, FM,
      "Nobody should use the referendum as an excuse for violence, and the Peshmerga will protect all the people of "
      "Kirkuk.", stance="demand"),
    S(IR, "Ali Shamkhani",
      "Iran would close its border crossings with the Kurdistan Region if the vote went ahead", kind=I,
      stance="threat"),
    S(IR, "Iranian officials", "the vote as a \"Zionist plot\"", kind=I, opt=True, stance="condemn"),
    S(KRG, "Masoud Barzani", "Barzani to voters: \"Independence is our right\"", opt=True,
      stance="neutral"),  # related link
    # the analysts' expectation and the "Yes" vote are not statements
]

# ---------------------------------------------------------------- b04 Petra joint communique, 2023-08-14 (Monday)
a = "b04_petra_alamein_communique"
J3 = JO + EG + PA
A[a] = [
    T("14/08/2023", "2023-08-14"),
    T("Aug. 14", "2023-08-14"),
    T("on Monday", "2023-08-14"),
    T("August 14, 2023", "2023-08-14"),
    T("4 June 1967", "1967-06-04", opt=True),
    T("in September", "2023-09"),
    T("in January", "2023-01"),
    T("2021", "2021"),
    T("14/08/2023", "2023-08-14", nth=1, opt=True),  # desk line
    P("El Alamein"), P("Jerusalem"), P("East Jerusalem", opt=True), P("West Bank"), P("Cairo"), P("Amman"),
    V("El Alamein", "2023-08-14"),
    V("Cairo", "2023-01", opt=True),  # earlier summits, recalled
    V("Amman", "2021", opt=True),
    S(J3, "joint communique",
      "At the invitation of His Excellency President Abdel Fattah al-Sisi, a tripartite summit was held in El "
      "Alamein on August 14, 2023", opt=True, stance="neutral"),
    S(J3, "joint communique",
      "The three leaders affirmed that achieving a just and comprehensive peace on the basis of the two-state "
      "solution is the only path to security and stability in the region.", stance="neutral"),
    S(J3, "joint communique",
      "The leaders stressed the need to stop all unilateral Israeli measures that undermine the two-state "
      "solution, foremost among them settlement building and expansion, land confiscation, home demolitions and "
      "the displacement of Palestinians from their homes in Jerusalem.", stance="demand"),
    S(J3, "joint communique",
      "The leaders warned against the continued violations of the historical and legal status quo in Jerusalem and "
      "its Islamic and Christian holy sites, stressing the importance of the Hashemite Custodianship of the holy "
      "sites in Jerusalem.", stance="condemn"),
    S(J3, "joint communique",
      "The three leaders called on the international community to assume its responsibilities and to provide "
      "protection for the Palestinian people.", stance="demand"),
    S(J3, "joint communique",
      "The leaders affirmed their support for the efforts of the Palestinian National Authority and for "
      "Palestinian national reconciliation, and agreed to continue coordination and to hold regular meetings at "
      "all levels.", stance="agree"),
    S(JO, "King Abdullah II",
      "there can be no security or stability in the region without a just and comprehensive solution to the "
      "Palestinian issue,", stance="neutral"),
    S(JO, "King Abdullah II",
      "Jordan will continue to use all its capabilities to support the Palestinian brothers", kind=I,
      stance="neutral"),
    S(JO, "King Abdullah II",
      "the absence of a political horizon \"fuels violence and pushes the region towards more escalation.\"",
      kind=I, stance="neutral"),
    S(EG, "Abdel Fattah al-Sisi",
      "Egypt's firm position in support of the right of the Palestinian people to establish their independent "
      "state on the 4 June 1967 lines with East Jerusalem as its capital", kind=I, opt=True, stance="neutral"),
    S(PA, "Mahmoud Abbas",
      "We will not accept any alternative to our independent state, and we will not leave our land no matter how "
      "great the sacrifices.", stance="reject"),
    S(PA, "Mahmoud Abbas",
      "the Palestinian leadership holds the Israeli government fully responsible for the \"dangerous escalation\" "
      "in the occupied West Bank, including the attacks by settlers on Palestinian villages", kind=I,
      stance="condemn"),
    S(JO, "Ayman Safadi",
      "the meeting sent \"a clear message that there is no alternative to a just peace\"", kind=I,
      stance="neutral"),
    S(JO, "Ayman Safadi",
      "Jordan, Egypt and Palestine would take a unified position to the UN General Assembly in September", kind=I,
      stance="neutral"),
    # the observers' "diplomatic front" is not a statement
]

# ---------------------------------------------------------------- b05 The Hindu e-paper PDF paste, 2023-10-29
a = "b05_hindu_epaper_unga_abstention"
A[a] = [
    T("SUNDAY, OCTOBER 29, 2023", "2023-10-29", opt=True),  # page header
    T("SUNDAY, OCTOBER 29, 2023", "2023-10-29", nth=1, opt=True),  # page header
    T("on Saturday", "2023-10-28"),
    T("Octo-\nber 7", "2023-10-07"),
    T("on Friday", "2023-10-27"),
    T("Today", "2023-10-27", opt=True, ctx="\"Today is a day"),
    T("October 7", "2023-10-07"),
    P("New Delhi", "NEW DELHI"), P("New York"), P("Gaza Strip", "Gaza"),
    V("New York", "2023-10-27"),  # the General Assembly's resumed session
    # after the blind run: a resolution's quoted text is the body's statement (blind8's convention: the Council
    # through its resolution), here the General Assembly's; the headline's two words are opt
    S(UN, "UN General Assembly", "immediate, durable and sustained humanitarian truce", stance="demand"),
    S(UN, "UN General Assembly", "humanitarian truce", opt=True, stance="demand"),
    S(IN, "Indian government sources",
      "the text did not contain an \"explicit condemnation\" of the October 7 terror attacks in Israel", kind=I,
      stance="neutral"),
    S(IN, "Yojna Patel",
      w(a, "Terrorism is a malignancy and knows no borders, nationality or race. The world should not buy into any "
           "justification of terror acts."), stance="condemn"),
    S(IN, "Yojna Patel",
      "India was also \"deeply concerned\" about the deteriorating humanitarian situation and the loss of civilian "
      "lives", kind=I, stance="neutral"),
    S(IN, "S. Jaishankar", "India's position had been consistent", kind=I, stance="neutral"),
    S(IN, "S. Jaishankar",
      w(a, "We condemn terrorism, we call for the observance of international humanitarian law, and we support a "
           "negotiated two-state solution,"), stance="neutral"),
    S(JO, "Ayman Safadi", "members to vote for it", kind=I, stance="demand"),
    S(JO, "Ayman Safadi", w(a, "Vote against this war, vote against this killing. Vote for humanity,"),
      stance="demand"),
    S(IL, "Gilad Erdan", w(a, "Today is a day that will go down in infamy,"), stance="condemn"),
    S(IL, "Gilad Erdan",
      "the United Nations " + w(a, "\"no longer holds even one ounce of legitimacy or relevance.\""), kind=I,
      stance="condemn"),
    S(PA, "Adnan Abu Alhaija",
      "the Palestinian side was " + w(a, "\"surprised and disappointed\"") + " by India's abstention", kind=I,
      stance="neutral"),
    S(PA, "Adnan Abu Alhaija",
      "he did not expect any change in India's support for a Palestinian state", kind=I, stance="neutral"),
    S(IL, "Naor Gilon",
      w(a, "We appreciate India's firm stand against terrorism. India knows what it means to be a victim of terror,"),
      stance="welcome"),
    # an opposition politician: not the government's voice (opt)
    S(["Indian National Congress"], "Priyanka Gandhi Vadra",
      w(a, "I am shocked and ashamed that our country has abstained from voting for a ceasefire in Gaza,"),
      opt=True, stance="condemn"),
    S(["Indian National Congress"], "Congress", "abstention 'shocking'", opt=True, stance="condemn"),  # headline
    # the analysts' reading is not a statement; the vote count is not a casualty
    K(7300, "killed", "Palestinians", qualifier="more than", by="Health Ministry in Gaza"),
    K(1400, "killed", "people", qualifier="about"),
]

# ---------------------------------------------------------------- b06 Irish Times, hard-wrapped, 2012-11-30
a = "b06_irishtimes_un_observer_wrapped"
A[a] = [
    T("Friday, November 30, 2012", "2012-11-30"),
    T(w(a, "last night"), "2012-11-29"),
    T(w(a, "November 29th"), "2012-11-29"),
    T("1947", "1947"),
    T("Today's", "2012-11-29", opt=True, ctx="\"Today's vote"),
    T("today", "2012-11-29", opt=True, ctx="upon today"),
    T("Today's", "2012-11-29", opt=True, ctx="\"Today's grand"),
    T("tomorrow", "2012-11-30", opt=True),
    T(w(a, "earlier this week"), "2012-W48"),
    T(w(a, "on Wednesday"), "2012-11-28"),
    T("2012", "2012", opt=True, ctx="(c) 2012"),
    P("New York", opt=True), P("New York", nth=1), P("Jerusalem", opt=True), P("Jerusalem", nth=1),
    P("Dublin"), P("Ramallah"), P("Gaza City"), P("Gaza Strip", "Gaza", ctx="controls Gaza"),
    V("New York", "2012-11-29"),  # the General Assembly's vote
    S(IE, "Eamon Gilmore", w(a, "a significant step towards the two-state solution"), stance="welcome"),
    S(IE, "Eamon Gilmore",
      w(a, "This is a historic day for the Palestinian people, and Ireland is proud to have stood with them,"),
      stance="welcome"),
    S(IE, "Eamon Gilmore",
      w(a, "Today's vote is not a substitute for negotiations, but it can help to restore the credibility of a "
           "process that has been stalled for far too long."), stance="neutral"),
    S(PA, "Mahmoud Abbas",
      w(a, "The General Assembly is called upon today to issue a birth certificate of the reality of the State of "
           "Palestine."), stance="demand"),
    S(PA, "Mahmoud Abbas",
      "the Palestinians did not seek to delegitimise \"a state established years ago, and that is Israel\", but to "
      "affirm the legitimacy of a state that must now achieve its independence", kind=I, stance="neutral"),
    S(IL, "Ron Prosor", "the resolution would not advance peace", kind=I, stance="reject"),
    S(IL, "Ron Prosor",
      w(a, "This resolution will not confer statehood on the Palestinian Authority, which clearly fails to meet the "
           "criteria for statehood. It pushes peace backwards,"), stance="reject"),
    S(IL, "Binyamin Netanyahu's office",
      "the decision was \"meaningless\" and would not change anything on the ground", kind=I, stance="reject"),
    S(IL, "Binyamin Netanyahu",
      w(a, "there will be no Palestinian state without a settlement that ensures the security of Israel's citizens"),
      stance="reject"),
    S(US, "Susan Rice",
      w(a, "Today's grand pronouncements will soon fade, and the Palestinian people will wake up tomorrow and find "
           "that little about their lives has changed."), stance="reject"),
    S(US, "Hillary Clinton", w(a, "unfortunate and counterproductive"), opt=True, stance="condemn"),
    S(HA, "Khaled Meshaal",
      "the move should be part of a wider strategy \"based on resistance and the right of return\"", kind=I,
      stance="neutral"),
    S(UK, "William Hague",
      "Britain would vote yes only if the Palestinians gave assurances that they would return to talks without "
      "preconditions and would not seek to join the International Criminal Court", kind=I, stance="agree"),
    S(UN, "Ban Ki-moon", "both sides to \"renew their commitment to a negotiated peace\"", kind=I,
      stance="demand"),
    # Hamas's "cautious backing" and the TDs' welcome have no reported clause; the diplomats' prediction is not a
    # statement; the vote count is not a casualty
]

# ---------------------------------------------------------------- b07 Naharnet, Markdown, 2008-05-21 (Wednesday)
a = "b07_naharnet_doha_accord_md"
PARTIES = ["Lebanon", "Hezbollah"]  # the Lebanese leaders who signed (government, majority and opposition)
A[a] = [
    T("on Sunday", "2008-05-25", ctx="Suleiman on Sunday"),
    T("on Wednesday", "2008-05-21"),
    T("Wednesday, 21 May 2008", "2008-05-21"),
    T("2008/05/21", "2008-05-21", opt=True),  # image URL
    T("on Friday", "2008-05-16"),
    T("on Sunday", "2008-05-25", ctx="convene on Sunday"),
    T("today", "2008-05-21", ctx="will end today"),
    T("December 2006", "2006-12"),
    T("today", "2008-05-21", ctx="new page today"),
    T("May 7", "2008-05-07"),
    T("2009", "2009"),
    T("Sunday", "2008-05-25", opt=True, ctx="session Sunday"),  # related link
    T("2008", "2008", opt=True, ctx="© 2008"),
    P("Doha"), P("Beirut"), P("Sheraton Doha", "Sheraton hotel", opt=True),
    V("Doha", "2008-05-21"),  # the signing
    V("Doha", "2008-05", opt=True),  # the talks from 16 May
    V("Beirut", "2008-05-25", opt=True),  # parliament's session, place implied
    S(PARTIES, "Doha agreement",
      "the parties agreed \"to elect the consensus candidate, General Michel Suleiman, as president of the republic "
      "within 24 hours\" and to form a national unity government of 30 ministers in which the opposition will hold "
      "11 seats, giving it veto power", kind=I, stance="agree"),
    S(PARTIES, "Doha agreement",
      "The parties pledge to ban resorting to weapons or violence, under any circumstances, to settle political "
      "differences.", stance="agree"),
    S(PARTIES, "Doha agreement",
      "launch a dialogue on promoting the authority of the state over all Lebanese territory", stance="agree"),
    S(LB + ["Amal"], "Nabih Berri", "parliament would convene on Sunday to elect Suleiman", kind=I,
      stance="neutral"),
    S(LB + ["Amal"], "Nabih Berri", "The sit-in in downtown Beirut will end today,", stance="neutral"),
    S(LB, "Fouad Siniora", "the accord was \"a victory for all the Lebanese\"", kind=I, stance="welcome"),
    S(QA, "Hamad bin Khalifa Al Thani", "We did not come here to make a winner and a loser. Lebanon is the winner.",
      stance="welcome"),
    S(HZ, "Mohammed Raad", "the opposition \"did not come to Doha to take revenge\"", kind=I, stance="neutral"),
    S(HZ, "Mohammed Raad", "the resistance's weapons \"will never be turned inside\" the country again", kind=I,
      stance="agree"),
    S(HZ, "Mohammed Raad", "What happened in Beirut was a painful exception,", stance="neutral"),
    S(["Future Movement", "Lebanon"], "Saad Hariri",
      "We open a new page today, and we hold out our hand to all Lebanese.", stance="propose"),
    S(["Arab League"], "Amr Moussa", "a Lebanese and Arab success.", stance="welcome"),
    S(US, "State Department", "a positive step", opt=True, stance="welcome"),
    S(US, "State Department", "all parties \"to implement it fully and in good faith\"", kind=I, stance="demand"),
    S(IR, "Manouchehr Mottaki",
      "it proved that \"the Lebanese are able to solve their problems through dialogue.\"", kind=I,
      stance="welcome"),
    S(SA, "Saudi Arabia", "expressed its satisfaction with the agreement", kind=I, opt=True, stance="welcome"),
    S(LB + ["Amal"], "Nabih Berri", "Berri: Election session Sunday at 5 pm", opt=True,
      stance="neutral"),  # related link
    # the analysts' caution is not a statement
    K(65, "killed", "people", qualifier="at least"),
]

# ---------------------------------------------------------------- b08 TRT World, saved HTML, 2024-12-22 (Sunday)
a = "b08_trtworld_fidan_damascus"
A[a] = [
    T("2024-12-22T14:35:00+03:00", "2024-12-22", opt=True),
    T("2024-12-22T14:35:00+03:00", "2024-12-22", nth=1, opt=True),
    T("2024", "2024", opt=True, ctx="TRTW2024"),
    T("2024-12-22", "2024-12-22", opt=True, ctx="datetime=\"2024-12-22\""),
    T("22 DEC 2024", "2024-12-22"),
    T("2024/12/22", "2024-12-22", opt=True),
    T("on Sunday", "2024-12-22", ctx="Damascus on Sunday. Photo"),
    T("on Sunday", "2024-12-22", ctx="Damascus on Sunday, two weeks"),
    T("December 8", "2024-12-08"),
    T("On Wednesday", "2024-12-18"),
    T("on Friday", "2024-12-20"),
    T("December 14", "2024-12-14"),
    T("2012", "2012"),
    T("2024", "2024", opt=True, ctx="TRT World 2024."),
    T("20241222", "2024-12-22", opt=True),
    P("Damascus"), P("Kobani"), P("Washington"), P("Golan Heights"), P("Mount Hermon"),
    P("Northeast Syria", "northeast Syria", opt=True),
    V("Damascus", "2024-12-22"),  # Fidan's visit
    V("Damascus", "2024-12-20"),  # Leaf's meeting
    S(TR, "Hakan Fidan", "Türkiye will stand by Syria, no place for YPG terrorists", opt=True,
      stance="reject"),  # headline (title, og:title, h1)
    S(TR, "Hakan Fidan",
      "We will stand by Syria in its reconstruction and in building a Syria where all groups live together in "
      "peace,", stance="neutral"),
    S(TR, "Hakan Fidan", "The Syrian people have suffered for 13 years. Now they deserve stability.",
      stance="neutral"),
    S(TR, "Hakan Fidan", "the \"YPG\" and its leaders had no place in Syria's future", kind=I, stance="reject"),
    S(TR, "Hakan Fidan",
      "The PKK/YPG cadres who came from Türkiye, Iran and Iraq must leave Syria as soon as possible,",
      stance="demand"),
    S(SY, "Ahmed al-Sharaa", "all weapons in the country would come under the control of the state", kind=I,
      stance="neutral"),
    S(SY, "Ahmed al-Sharaa",
      "We will not allow the existence of weapons in Syria outside the control of the state, whether they come "
      "from the revolutionary factions or from the factions in the SDF area,", stance="reject"),
    S(SY, "Ahmed al-Sharaa", "the new Syria would \"not be a source of concern for any of its neighbours\"",
      kind=I, stance="neutral"),
    S(SY, "Ahmed al-Sharaa", "سوريا لن تكون مصدر قلق لأي من جيرانها", opt=True, stance="neutral"),
    S(TR, "Recep Tayyip Erdogan",
      "the groups in northeast Syria would either lay down their arms or \"be buried in Syrian lands with their "
      "weapons.\"", kind=I, stance="threat"),
    S(SDF, "Mazloum Abdi",
      "the group was ready to propose \"a demilitarised zone in Kobani, with the redeployment of security forces "
      "under US supervision.\"", kind=I, stance="propose"),
    S(US, "Barbara Leaf", "he came across as \"pragmatic\"", kind=I, stance="neutral"),
    S(US, "Barbara Leaf", "We will judge by actions, not only by words,", stance="neutral"),
    S(IL, "Israel", "it would stay there", kind=I, opt=True, stance="neutral"),
    S(IL, "Israel Katz", "the army \"will remain on the summit of Hermon for as long as necessary\"", kind=I,
      stance="neutral"),
    S(IR, "Esmaeil Baghaei", "Tehran had \"no direct contact\" with the new administration", kind=I,
      stance="neutral"),
    S(IR, "Esmaeil Baghaei",
      "the future of Syria \"must be decided by the Syrian people without destructive foreign interference.\"",
      kind=I, stance="demand"),
    # "Ankara has dismissed the offer" has no reported clause; the observers and the READ MORE title are not
    # statements
]

# ---------------------------------------------------------------- b09 The New Arab, embedded posts, 2024-01-26
a = "b09_newarab_icj_ruling_posts"
A[a] = [
    T("26 January, 2024", "2024-01-26"),
    T("on Friday", "2024-01-26"),
    T("December 29", "2023-12-29"),
    T("Today", "2024-01-26", ctx="Today marks"),
    T("January 26, 2024", "2024-01-26"),
    T("January 26, 2024", "2024-01-26", nth=1),
    T("January 26, 2024", "2024-01-26", nth=2),
    T("October 7", "2023-10-07"),
    T("January 11", "2024-01-11"),
    T("12", "2024-01-12", opt=True, ctx="January 11 and 12"),
    T("October 7", "2023-10-07", nth=1),
    T("that day", "2023-10-07", opt=True),
    T("2024", "2024", opt=True, ctx="© 2024 The New Arab"),
    P("Gaza Strip", "Gaza"), P("The Hague"), P("Washington"),
    S(ZA, "DIRCO", "Victory for international law", opt=True, stance="welcome"),  # headline
    S(IL, "Israel", "outrageous", opt=True, stance="deny"),
    S(ZA, "DIRCO",
      "Today marks a decisive victory for the international rule of law and a significant milestone in the search "
      "for justice for the Palestinian people.", stance="welcome"),
    S(IL, "Benjamin Netanyahu",
      "Israel's commitment to international law is unwavering. Equally unwavering is our sacred commitment to "
      "continue to defend our country and defend our people.", stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "The charge of genocide levelled against Israel is not only false, it's outrageous, and decent people "
      "everywhere should reject it,", stance="deny"),
    S(IL, "Itamar Ben-Gvir", "האג שמאג", opt=True, stance="reject"),
    S(IL, "Itamar Ben-Gvir", "Hague Schmague", opt=True, stance="reject"),
    S(PA, "Riyad al-Maliki", "the ruling was \"an important reminder that no state is above the law.\"", kind=I,
      stance="welcome"),
    S(PA, "Riyad al-Maliki",
      "all states \"to ensure that Israel implements the provisional measures ordered by the court.\"", kind=I,
      stance="demand"),
    S(HA, "Hamas",
      "the decision was \"an important development that contributes to isolating the occupation and exposing its "
      "crimes in Gaza,\"", kind=I, stance="welcome"),
    S(HA, "Hamas", "the international community to compel Israel to implement it", kind=I, stance="demand"),
    S(JO, "Ayman Safadi",
      "Jordan welcomes the ICJ decision. Israel must abide by it. Israel is not above the law. Israel must end its "
      "aggression on Gaza now.", stance="welcome"),
    S(EG, "Egyptian foreign ministry",
      "Cairo had hoped the court would order an immediate ceasefire, \"as other courts have done in similar "
      "cases.\"", kind=I, stance="neutral"),
    S(US, "State Department spokesperson",
      "the ruling was \"consistent with our view that Israel has the right to take action to ensure that the "
      "terrorist attacks of October 7 cannot be repeated.\"", kind=I, stance="neutral"),
    S(US, "State Department spokesperson",
      "the United States continued to believe that \"allegations of genocide are unfounded.\"", kind=I,
      stance="deny"),
    # "plausible" (a word discussed) and the legal experts' prediction are not statements
    K(26000, "killed", "Palestinians", qualifier="more than", by="health ministry in the enclave"),
    K(1140, "killed", "people", qualifier="about"),
]

# ---------------------------------------------------------------- b10 The Telegraph, reactions, 2024-09-18
a = "b10_telegraph_pager_blasts"
A[a] = [
    T("18 September 2024", "2024-09-18"),
    T("7:12pm", "2024-09-18", opt=True),
    T("on Wednesday", "2024-09-18", ctx="country on Wednesday"),
    T("Tuesday afternoon", "2024-09-17"),
    T("on Wednesday", "2024-09-18", ctx="explosions on Wednesday"),
    T("on Wednesday", "2024-09-18", ctx="air base on Wednesday"),
    T("on Tuesday", "2024-09-17", ctx="said on Tuesday:"),
    T("on Wednesday", "2024-09-18", ctx="Cairo on Wednesday"),
    T("October 8 last year", "2023-10-08"),
    T("on Friday", "2024-09-20"),
    T("2024", "2024", opt=True, ctx="Limited 2024"),
    P("Jerusalem", opt=True), P("Beirut", opt=True),  # credit line only
    P("Ramat David"), P("Cairo"), P("Budapest"),
    V("Cairo", "2024-09-18"),  # Blinken's meetings
    V("Ramat David", "2024-09-18", opt=True),  # Gallant's visit to the troops
    V("New York", "2024-09-20", opt=True),  # the Security Council, place implied
    S(HZ, "Hezbollah", "Criminal aggression", opt=True, stance="condemn"),  # headline
    S(US, "Matthew Miller", "US denies any role in pager attack", opt=True, stance="deny"),  # standfirst
    S(US, "Antony Blinken", "Blinken urges all sides to avoid escalation", kind=I, opt=True,
      stance="demand"),  # standfirst
    S(HZ, "Hezbollah", "Israel will receive its \"just punishment\"", kind=I, opt=True, stance="threat"),  # lead
    S(HZ, "Hezbollah", "We hold the Israeli enemy fully responsible for this criminal aggression,",
      stance="condemn"),
    S(HZ, "Hezbollah",
      "This treacherous and criminal enemy will certainly receive its just punishment for this sinful aggression, "
      "from where it expects and from where it does not expect.", stance="threat"),
    S(LB, "Najib Mikati", "a serious violation of Lebanese sovereignty and a crime by all standards",
      stance="condemn"),
    S(IL, "Yoav Gallant", "We are at the start of a new phase in the war. The centre of gravity is moving north.",
      stance="threat"),
    S(IR, "Iran", "the Zionist regime's act of mass murder", stance="condemn"),
    S(IR, "Abbas Araghchi", "Iran reserved the right \"to take the necessary measures\" in response", kind=I,
      stance="threat"),
    S(US, "Matthew Miller",
      "The US was not involved in it. The US was not aware of this incident in advance.", stance="deny"),
    S(US, "Antony Blinken",
      "It's very important that all parties refrain from taking any steps that could further escalate the "
      "conflict.", stance="demand"),
    S(UN, "Volker Türk",
      "the \"simultaneous targeting of thousands of individuals, whether civilians or members of armed groups, "
      "without knowledge as to who was in possession of the targeted devices\" violated international law",
      kind=I, stance="condemn"),
    # a company (opt)
    S(["Gold Apollo"], "Gold Apollo", "they had been made by a licensee in Budapest", kind=I, opt=True,
      stance="deny"),
    S(["Gold Apollo"], "Gold Apollo founder", "The product was not ours,", opt=True, stance="deny"),
    # "Israel's military declined to comment", the analysts and "unprecedented" are not statements
    K(12, "killed", "people", qualifier="at least", by="Lebanon's health minister"),
    K(2, "killed", "children"),
    K(2800, "wounded", "people", qualifier="nearly", by="Lebanon's health minister"),
    K(9, "killed", "people", qualifier="at least", by="Lebanon's health ministry"),
    K(300, "wounded", "people", qualifier="more than", by="Lebanon's health ministry"),
]

# ---------------------------------------------------------------- b11 Israel Hayom, 2022-10-11 (Tuesday)
a = "b11_israelhayom_maritime_deal"
A[a] = [
    T("on Wednesday", "2022-10-12", ctx="vote on Wednesday"),
    T("10-11-2022", "2022-10-11"),
    T("on Tuesday", "2022-10-11", ctx="announced on Tuesday"),
    T("in July", "2022-07"),
    T("on Wednesday", "2022-10-12", ctx="Jerusalem on Wednesday"),
    T("later this month", "2022-10"),
    T("on Tuesday", "2022-10-11", ctx="said on Tuesday"),
    T("November 1", "2022-11-01"),
    T("2022", "2022", opt=True, ctx="© 2022 Israel"),
    P("Jerusalem"), P("Naqoura"), P("Washington"), P("Karish field", "Karish", opt=True),
    P("Qana prospect", "Qana", opt=True), P("Middle East", opt=True),
    V("Jerusalem", "2022-10-12"),  # the security cabinet
    V("Naqoura", "2022-10"),  # the signing, expected later this month
    S(IL, "Yair Lapid", "historic achievement", opt=True, stance="welcome"),  # headline
    S(IL + ["Likud"], "Benjamin Netanyahu", "A historic surrender", opt=True, stance="condemn"),  # headline
    S(IL, "Yair Lapid",
      "This is a historic achievement that will strengthen Israel's security, inject billions into Israel's "
      "economy, and ensure the stability of our northern border,", stance="welcome"),
    S(IL, "Yair Lapid's office", "all of Israel's security and economic demands were met", stance="neutral"),
    S(IL, "Yair Lapid's office",
      "the deal preserves the buoy line, known as 'Line 1', close to the coast", kind=I, stance="neutral"),
    S(LB, "Michel Aoun",
      "the final version \"satisfies Lebanon, meets its demands and preserves its rights to its natural "
      "resources.\"", kind=I, stance="welcome"),
    S(IL, "Yair Lapid", "ראש הממשלה לפיד: \"זהו הישג היסטורי שיחזק את ביטחון ישראל\"", opt=True,
      stance="welcome"),
    # the opposition leader: not the government's voice (opt)
    S(IL + ["Likud"], "Benjamin Netanyahu", "This is not a historic agreement, it is a historic surrender,",
      opt=True, stance="condemn"),
    S(IL + ["Likud"], "Benjamin Netanyahu",
      "Lapid capitulated to Nasrallah's threats. We will not be bound by this illegal agreement.", opt=True,
      stance="reject"),
    S(IL, "Benny Gantz", "the deal would reduce the chances of war", kind=I, stance="neutral"),
    S(IL, "Benny Gantz",
      "If Hezbollah tries to attack our gas rigs, it will pay a very heavy price, and so will Lebanon.",
      stance="threat"),
    S(HZ, "Hassan Nasrallah",
      "to strike the Karish field if Lebanon's rights were not secured", kind=I, opt=True,
      stance="threat"),  # recalled from July
    S(HZ, "Hassan Fadlallah",
      "the group would \"stand behind the Lebanese state\" and would not obstruct a deal that gives Lebanon its "
      "rights", kind=I, stance="agree"),
    S(US, "Joe Biden",
      "he had spoken with both leaders and that the agreement was \"a historic breakthrough in the Middle East\"",
      kind=I, stance="welcome"),
    S(US, "Joe Biden",
      "It is more important than ever that the region's energy resources are developed to benefit all its people.",
      stance="neutral"),
    S(IL, "Gali Baharav-Miara",
      "the deal could be approved by the government without a Knesset vote, but that it must be brought before the "
      "Knesset for review for two weeks", kind=I, stance="neutral"),
    S(IL, "Karine Elharrar", "gas production at Karish would begin \"as soon as possible\"", kind=I,
      stance="neutral"),
    S(IL, "Karine Elharrar", "We did not give up a single millimeter of our security.", stance="deny"),
    S(US, "Amos Hochstein", "Hochstein: 'Deal is good for both sides'", opt=True, stance="welcome"),  # related link
    # "Line 1", the commentators' prediction and "did not immediately comment" are not statements
]

# ---------------------------------------------------------------- b12 dpa, 2025-08-28 (Thursday)
a = "b12_dpa_e3_snapback"
A[a] = [
    T("Thursday, 28 August 2025", "2025-08-28"),
    T("on Thursday", "2025-08-28"),
    T("2015", "2015"),
    T("on Tuesday", "2025-08-26"),
    T("in September", "2025-09"),
    T("in June", "2025-06"),
    T("October 18", "2025-10-18"),
    T("281642 Aug 25", "2025-08-28", opt=True),  # desk slug: day 28, 16:42, Aug 2025
    P("Berlin"), P("Tehran", ctx="Berlin/Tehran"), P("New York"), P("Beijing"), P("Vienna"), P("Geneva"),
    V("Geneva", "2025-08-26"),
    S(E3, "E3", "Tehran had failed to meet its obligations under the 2015 nuclear deal", kind=I,
      stance="condemn"),
    S(E3, "E3",
      "Iran's non-performance of its JCPoA commitments is clear and deliberate, and the locations of concern remain "
      "outside of IAEA monitoring.", stance="condemn"),
    S(E3, "E3",
      "they remained committed to a diplomatic solution and would use the 30-day period before the sanctions take "
      "effect to continue talks with Tehran", kind=I, stance="propose"),
    S(DE, "Johann Wadephul",
      "We have waited long enough. Iran must now finally cooperate fully with the International Atomic Energy "
      "Agency,", stance="demand"),
    S(IR, "Abbas Araghchi", "unjustified, illegal and lacking any legal basis.", stance="reject"),
    S(IR, "Iranian Foreign Ministry", "Iran \"will respond appropriately\" to the European decision", kind=I,
      stance="threat"),
    S(DE, "Auswärtiges Amt", "Der Iran hat uns keine andere Wahl gelassen", opt=True, stance="neutral"),
    S(US, "Marco Rubio",
      "The United States welcomes the notification by France, Germany and the United Kingdom,", stance="welcome"),
    S(US, "Marco Rubio",
      "At the same time, the United States remains available for direct engagement with Iran.", stance="propose"),
    S(RU, "Vassily Nebenzya",
      "the European notification was \"legally null and void\", since the Europeans had themselves violated the "
      "agreement", kind=I, stance="reject"),
    S(CN, "China", "all sides to show restraint", kind=I, stance="demand"),
    S(CN, "Guo Jiakun", "Sanctions and pressure will not solve the problem,", stance="reject"),
    S(IL, "Gideon Saar", "an important step", opt=True, stance="welcome"),
    S(IL, "Gideon Saar", "the international community to \"put an end to Iran's nuclear ambitions.\"", kind=I,
      stance="demand"),
    S(IAEA, "Rafael Grossi", "talks with Iran on the return of inspectors were continuing", kind=I,
      stance="neutral"),
    S(IAEA, "Rafael Grossi", "We are still talking. There is no alternative to the agency's access,",
      stance="neutral"),
    # "snapback" (a mechanism's name) and the diplomats' expectation are not statements
]

# the quoted fragments inside each indirect statement: optional statements of the same speaker (blind8's convention)
add_fragments(A, respell=lambda aid, frag: frag if frag in _text(aid) else w(aid, frag))


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
