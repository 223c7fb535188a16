"""Build tests/blind26/gold.json from the hand annotations below (run: python tests/blind26/make_gold.py).

A blind set (blind26) of statement-dense regional layouts from twelve outlets and agencies (Al Bawaba, Emirates
24/7, TAP, Gulf Today, Doha News, Egyptian Streets, Ammon News, MTV Lebanon, Zawya, Sudans Post, Azernews, Yemen
Monitor): two liveblogs (timestamped entries, speaker-line and @handle posts), a joint communiqué story, a press
briefing with a Q&A passage, a wire round-up of reactions in reported speech, state-agency copy with long titles,
hard-wrapped agency text. Written and annotated without reading the extractor code (``lib/``), the git log,
``docs/`` or the articles of the other sets. Offsets are character offsets into ``open(path,
encoding="utf-8").read()`` (the way the scorer reads the files), found by exact substring search: ``ctx`` (a
longer, unique stretch of text) locates the mention when the bare text repeats, ``nth`` picks the n-th occurrence.
Two articles (a03, a10) are hard-wrapped: their spans and quotes are written with single spaces here and given the
article's own line breaks by ``respell`` before the build (so a quote that crosses a line keeps its ``\\n``). Every
span is checked with ``text[start:end] == item['text']`` and every direct quote must occur verbatim in its article.
Every statement carries a ``stance`` for ``bench/stance_eval.py``. Conventions are in README.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, add_fragments, build_gold, find, main, respell_wrapped  # noqa: E402,F401

I = "indirect"  # noqa: E741
WRAPPED = ("a03_tap_tunis_arab_summit", "a10_sudanspost_juba_peace_deal")


def _text(aid):
    with open(HERE / "articles" / f"{aid}.txt", encoding="utf-8") as fh:
        return fh.read()


def every(aid, s, value):
    """Every occurrence of ``s`` (clock times, markup dates) as an optional date."""
    return [T(s, value, nth=k, opt=True) for k in range(_text(aid).count(s))]


# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Sharm El-Sheikh": (27.9158, 34.3299), "Sharm El-Sheikh International Convention Center": (27.9490, 34.3640),
    "Jerusalem": (31.7690, 35.2163), "Knesset": (31.7767, 35.2055), "Ramallah": (31.8996, 35.2042),
    "Khan Younis": (31.3402, 34.3063), "Gaza Strip": (31.4167, 34.3333), "Northern Gaza": (31.5300, 34.4900),
    "Middle East": (29.0, 41.0),
    "Washington": (38.8951, -77.0364), "White House": (38.8977, -77.0365), "Tel Aviv": (32.0809, 34.7806),
    "Ashdod": (31.7921, 34.6497), "Tehran": (35.6944, 51.4215), "Abu Dhabi": (24.4512, 54.3970),
    "Tunis": (36.8190, 10.1658), "Golan Heights": (33.0000, 35.7500),
    "Al Ula": (26.6084, 37.9232), "Maraya": (26.6305, 37.9060), "Al Ula airport": (26.4833, 38.1167),
    "Riyadh": (24.6877, 46.7219),
    "Doha": (25.2854, 51.5310), "Jabalia": (31.5272, 34.4833), "Gaza City": (31.5017, 34.4668),
    "Rafah": (31.2968, 34.2435),
    "Cairo": (30.0626, 31.2497), "Al-Ittihadiya Palace": (30.0890, 31.3280), "Sinai": (29.5, 33.8),
    "El Arish": (31.1316, 33.7984), "North Sinai": (30.6, 33.6), "Southern Israel": (31.25, 34.6),
    "Amman": (31.9552, 35.9450), "Kalouti Mosque": (31.9700, 35.8700), "Istanbul": (41.0138, 28.9497),
    "Bethlehem": (31.7049, 35.2038), "Hebron": (31.5326, 35.0998), "Brussels": (50.8503, 4.3517),
    "Wadi Araba": (30.5, 35.2),
    "Naqoura": (33.1181, 35.1397), "Baabda": (33.8339, 35.5442), "Baabda Palace": (33.8400, 35.5400),
    "Qana field": (33.20, 34.95), "South Lebanon": (33.27, 35.40), "Mediterranean": (35.0, 18.0),
    "Sheraton Doha": (25.3180, 51.5290), "Beirut": (33.8938, 35.5018), "Damascus": (33.5102, 36.2913),
    "Juba": (4.8517, 31.5825), "Freedom Hall": (4.8600, 31.6000), "Darfur": (13.5, 24.0),
    "South Kordofan": (11.2, 29.9), "Blue Nile": (11.0, 34.0), "Addis Ababa": (9.0250, 38.7469),
    "Paris": (48.8534, 2.3488), "J1": (4.8450, 31.6000),
    "Baku": (40.3777, 49.8920), "Ankara": (39.9199, 32.8543), "T4": (34.5222, 37.6283),
    "Hama": (35.1318, 36.7578), "Nawa": (32.8900, 36.0430), "Daraa": (32.6189, 36.1021),
    "Daraa province": (32.75, 36.2), "Caspian": (40.0, 51.0), "Tbilisi": (41.6941, 44.8337),
    "Ceyhan": (37.0247, 35.8175), "Antalya": (36.9081, 30.6956),
    "Aden": (12.7794, 45.0367), "Al-Yamamah Palace": (24.6600, 46.6300), "Shabwa": (14.5, 46.8),
    "Abyan": (13.2, 45.4), "Jeddah": (21.5424, 39.1982),
}
RADIUS = {"Gaza Strip": 60, "Northern Gaza": 30, "Middle East": 1500, "Golan Heights": 60, "Sinai": 200,
          "North Sinai": 120, "Southern Israel": 60, "Wadi Araba": 80, "Qana field": 40, "South Lebanon": 60,
          "Mediterranean": 800, "Darfur": 400, "South Kordofan": 200, "Blue Nile": 150, "Daraa province": 50,
          "Caspian": 400, "Shabwa": 150, "Abyan": 100}

PAL = ["Palestinian Authority", "PLO", "Fatah"]

A = {}

A["a01_albawaba_sharm_summit_liveblog"] = [
    T("Monday, 13 October 2025", "2025-10-13", opt=True),
    T("2025-10-13T08:05:00+03:00", "2025-10-13", opt=True),
    T("October 13th, 2025", "2025-10-13"),
    T("2025-10", "2025-10", ctx="/2025-10/sharm", opt=True),
    T("Monday", "2025-10-13", ctx="Convention Center on Monday. (AFP)"),
    T("Monday", "2025-10-13", ctx="Convention Center on Monday.</p>"),
    T("June 4, 1967", "1967-06-04"),
    T("in the coming weeks", "2025-W43", opt=True),
    T("3,000 years", "P3000Y", opt=True),
    T("Monday", "2025-10-13", ctx="early on Monday that"),
    T("on Sunday", "2025-10-12"),
    T("October 7, 2023", "2023-10-07"),
    T("in November", "2025-11", opt=True),
    T("2000", "2000", ctx="© 2000 - 2025", opt=True),
    T("2025", "2025", ctx="2000 - 2025 Al", opt=True),
    *every("a01_albawaba_sharm_summit_liveblog", "08:05", "2025-10-13"),
    *[T(x, "2025-10-13", opt=True) for x in ("19:32", "18:10", "17:45", "16:20", "15:05", "14:30", "12:50",
                                                "11:15", "09:40", "19:40")],
    P("Sharm El-Sheikh", ctx="arrived in Sharm El-Sheikh and"),
    P("Sharm El-Sheikh International Convention Center", opt=True),
    P("Jerusalem", ctx="Knesset in Jerusalem"),
    P("Jerusalem", text="East Jerusalem", opt=True),
    P("Knesset", opt=True),
    P("Ramallah"), P("Khan Younis"),
    P("Gaza Strip", text="Gaza", ctx="reconstruction of Gaza in"),
    P("Northern Gaza", text="northern Gaza", opt=True),
    P("Middle East", opt=True),
    V("Sharm El-Sheikh", "2025-10-13"),
    V("Jerusalem", "2025-10-13", opt=True),
    S(["United States"], "Donald Trump", "This is the day that people across this region have been waiting for,",
      stance="welcome"),
    S(["United States"], "Donald Trump", "It took 3,000 years to get to this point, can you believe it?",
      stance="welcome"),
    S(["Egypt"], "Abdel Fattah al-Sisi", "the agreement must lead to the establishment of an independent Palestinian "
      "state on the June 4, 1967 lines with East Jerusalem as its capital", kind=I, stance="demand"),
    S(["Egypt"], "Abdel Fattah al-Sisi", 'thanking Trump for his "decisive role in stopping the war."', kind=I,
      stance="welcome"),
    S(["Egypt"], "Abdel Fattah al-Sisi", "Egypt will host a conference on the reconstruction of Gaza in the coming "
      "weeks, and we invite all our partners to take part,", stance="propose"),
    S(["Egypt"], "Abdel Fattah al-Sisi", "Peace in the Middle East cannot be the peace of the strong over the weak,",
      stance="demand"),
    S(["Egypt"], "Abdel Fattah al-Sisi", "It must be a just peace that gives the Palestinian people their rights.",
      stance="demand"),
    S(PAL, "a member of Abbas's delegation",
      "The Palestinian Authority is ready to assume its full responsibilities in Gaza.", stance="agree"),
    S(["Israel"], "Israeli Foreign Ministry", "All 20 living hostages are now back in Israel. We will not rest until "
      "the bodies of the fallen hostages are returned home.", stance="welcome"),
    S(["Turkey"], "Recep Tayyip Erdogan", "Turkey will be a guarantor of this agreement and we will follow every "
      "step on the ground,", stance="agree"),
    S(["United States"], "Donald Trump", "The long and painful nightmare is finally over.", stance="welcome"),
    S(["United States"], "Donald Trump", "the historic dawn of a new Middle East.", stance="welcome"),
    S(["Israel"], "Yair Lapid", "Israel now needs a government that will bring all of us back together.",
      stance="demand"),
    S(["Hamas"], "Hamas", 'it was committed to the agreement "as long as the occupation commits to it,"', kind=I,
      stance="agree"),
    S(["Hamas"], "Hamas", 'called on the mediators to prevent Israel from "resuming its aggression."', kind=I,
      stance="demand"),
    S(["Palestinian Prisoners' Media Office"], "Palestinian Prisoners' Media Office",
      "buses carrying released detainees had reached Ramallah and Khan Younis", opt=True, kind=I, stance="neutral"),
    S(["Palestinian Prisoners' Media Office"], "Palestinian Prisoners' Media Office",
      "1,968 prisoners and detainees would be freed under the deal", opt=True, kind=I, stance="neutral"),
    S(["International Committee of the Red Cross"], "Red Cross",
      "it had received the first group of seven hostages in northern Gaza", opt=True, kind=I, stance="neutral"),
    S(["Israel"], "Benjamin Netanyahu", "Israeli Prime Minister Benjamin Netanyahu will not attend the summit",
      kind=I, stance="neutral"),
    S(["Hamas"], "Gaza health ministry", "at least 67,806 Palestinians have been killed since October 7, 2023",
      opt=True, kind=I, stance="neutral"),
    S(["Qatar"], "Majed al-Ansari", "The next phase will be harder", opt=True, stance="neutral"),
    K(67806, "killed", "Palestinians"),
]

A["a02_emirates247_abraham_accords_signing"] = [
    T("Wednesday, September 16, 2020", "2020-09-16"),
    T("Tuesday", "2020-09-15", ctx="signed on Tuesday in"),
    T("Today", "2020-09-15", ctx='"Today, we are', opt=True),
    T("August 13", "2020-08-13"),
    T("a month after", "P1M", opt=True),
    T("on Wednesday", "2020-09-16"),
    T("last week", "2020-W37"),
    T("on Thursday", "2020-09-17"),
    T("2020", "2020", ctx="Copyright © 2020", opt=True),
    P("Washington", ctx="in Washington, D.C."),
    P("White House", opt=True, ctx="Lawn of the White House"),
    P("Tel Aviv"), P("Ramallah"), P("Ashdod"), P("Tehran"),
    P("Gaza Strip", ctx="from the Gaza Strip"),
    P("Abu Dhabi", ctx="Crown Prince of Abu Dhabi", opt=True),
    P("Middle East", opt=True, ctx="peace in the Middle East"),
    V("White House", "2020-09-15", name="Washington"),
    V("Washington", "2020-09-17"),
    S(["United Arab Emirates"], "Abdullah bin Zayed", "This agreement will enable us to continue to stand by the "
      "Palestinian people and realise their hopes for an independent state within a stable and prosperous region.",
      stance="welcome"),
    S(["United Arab Emirates"], "Abdullah bin Zayed", "Today, we are already witnessing a change in the heart of the "
      "Middle East, a change that will send hope around the world,", stance="welcome"),
    S(["United Arab Emirates"], "Abdullah bin Zayed", "This accord will open new horizons for a comprehensive peace "
      "in the region. The choice of peace is the choice of the future, and we have made it with open eyes.",
      stance="welcome"),
    S(["United Arab Emirates"], "Abdullah bin Zayed", "We are witnessing a change in the heart of the Middle East",
      opt=True, stance="welcome"),
    S(["Bahrain"], "Abdullatif Al Zayani", "Peace is the best path to secure the future of the people of the region,",
      stance="welcome"),
    S(["Bahrain"], "Abdullatif Al Zayani", "A just and lasting solution to the Palestinian-Israeli conflict will be "
      "the foundation of this peace,", stance="demand"),
    S(["Israel"], "Benjamin Netanyahu", "This day is a pivot of history. It heralds a new dawn of peace.",
      stance="welcome"),
    S(["Israel"], "Benjamin Netanyahu", "Other Arab and Muslim states will soon follow,", stance="welcome"),
    S(["United States"], "Donald Trump", 'the three countries would "work together, they are friends,"', kind=I,
      stance="welcome"),
    S(["United States"], "Donald Trump", '"five or six" other countries were close to joining', kind=I,
      stance="neutral"),
    S(["United Arab Emirates"], "Ministry of Foreign Affairs and International Cooperation",
      'the accord "reflects the UAE\'s commitment to peace and its sovereign decision."', kind=I, stance="welcome"),
    S(["United Arab Emirates"], "Ministry of Foreign Affairs and International Cooperation",
      'the UAE would open an embassy in Tel Aviv "in accordance with the agreed timetable."', kind=I, stance="agree"),
    S(PAL, "Palestinian Authority", "the Palestinian Authority rejected the agreements", opt=True, kind=I,
      stance="reject"),
    S(PAL, "Mahmoud Abbas", "peace, security and stability will not be achieved in the region until the Israeli "
      "occupation ends.", stance="reject"),
    S(["Hamas"], "Hazem Qassem", "a black day in the history of the Arab nation.", stance="condemn"),
    S(["Israel"], "Israeli military", "Two rockets were fired from the Gaza Strip towards Ashdod during the ceremony",
      opt=True, kind=I, stance="neutral"),
    S(["Iran"], "Saeed Khatibzadeh", 'it would be "responsible for all the consequences."', kind=I, stance="threat"),
    S(["Egypt"], "Abdel Fattah El Sisi", "an important step towards establishing stability and peace in the Middle "
      "East.", stance="welcome"),
    S(["Oman"], "Oman", "it hoped the accords would help achieve a comprehensive peace", kind=I, stance="welcome"),
    K(2, "wounded", "people"),
]

A["a03_tap_tunis_arab_summit"] = [
    T("31/03/2019", "2019-03-31"),
    T("March 31", "2019-03-31"),
    T("on Sunday", "2019-03-31"),
    T("today", "2019-03-31", ctx="Our meeting today", opt=True),
    T("March 25", "2019-03-25"),
    T("March 2020", "2020-03"),
    T("On Saturday", "2019-03-30"),
    T("on Friday", "2019-03-29"),
    T("19:46", "2019-03-31", opt=True),
    T("2019", "2019", ctx="Presse 2019", opt=True),
    P("Tunis", ctx="foreign ministers in Tunis"),
    P("Golan Heights", text="Golan", ctx="occupied Syrian Golan"),
    V("Tunis", "2019-03-31"),
    V("Tunis", "2019-03-29"),
    S(["Tunisia"], "Beji Caid Essebsi", 'the Arab world "cannot continue to live with divisions that have opened the '
      'door to foreign interference in our affairs."', kind=I, stance="demand"),
    S(["Tunisia"], "Beji Caid Essebsi", "Our meeting today is held at a delicate moment in the history of our "
      "nation,", stance="neutral"),
    S(["Tunisia"], "Beji Caid Essebsi", "The Palestinian cause remains the central cause of all Arabs, and there will "
      "be no stability in the region without a just and comprehensive solution that guarantees the Palestinian "
      "people their legitimate rights.", stance="demand"),
    S(["Tunisia"], "Beji Caid Essebsi", 'Tunisia\'s "categorical rejection" of the decision of the President of the '
      "United States of America to recognise Israeli sovereignty over the occupied Syrian Golan", kind=I,
      stance="reject"),
    S(["Saudi Arabia"], "King Salman", "We reiterate our absolute rejection of any measures that affect the Syrian "
      "sovereignty over the Golan.", stance="reject"),
    S(["Saudi Arabia"], "King Salman", "The Kingdom supports all efforts for a political solution in Syria that "
      "preserves its unity,", stance="welcome"),
    S(["Arab League"], "Ahmed Aboul Gheit", "This summit is a message of Arab solidarity at a time of great "
      "challenges,", stance="neutral"),
    S(["Arab League"], "Ahmed Aboul Gheit", "The recognition of the annexation of the Golan is a null decision,",
      stance="reject"),
    S(["Arab League"], "Ahmed Aboul Gheit", "and it will not change the legal status of the occupied territory.",
      stance="reject"),
    S(["United Nations"], "Antonio Guterres", "Arab unity is more important than ever. Divisions only serve to open "
      "the door to foreign interference.", stance="neutral"),
    S(["Arab League"], "Arab leaders", 'the Golan "is an occupied Syrian Arab land according to international law"',
      kind=I, stance="reject"),
    S(["Arab League"], "Arab leaders", 'called on the international community to "assume its responsibilities" '
      "towards the Palestinian cause", kind=I, stance="demand"),
    S(["Tunisia"], "Khemaies Jhinaoui", "the next summit would be held in Algeria in March 2020", kind=I,
      stance="neutral"),
    S(["Tunisia"], "Khemaies Jhinaoui", "The question of the return of Syria to the League was not on the agenda of "
      "the Tunis summit.", stance="neutral"),
    S(["Popular Front", "Tunisia"], "Popular Front", 'the summit "should have been an occasion to defend the peoples '
      'and not the regimes,"', kind=I, stance="condemn"),
    S(["Popular Front", "Tunisia"], "Popular Front", "called on the Government to demand the return of Syria to the "
      "League", kind=I, stance="demand"),
]

A["a04_gulftoday_alula_gcc_communique"] = [
    T("Wednesday, January 06, 2021", "2021-01-06"),
    T("12:31 AM", "2021-01-06", opt=True),
    T("on Tuesday", "2021-01-05", ctx="Al Ula on Tuesday, restoring"),
    T("three-and-a-half-year", "P3Y6M", opt=True),
    T("June 5, 2017", "2017-06-05"),
    T("today", "2021-01-05", ctx="dire need today", opt=True),
    T("Tuesday", "2021-01-05", ctx="airport on Tuesday morning"),
    T("today", "2021-01-05", ctx="a step today", opt=True),
    T("today", "2021-01-05", ctx="What happened today", opt=True),
    T("on Wednesday", "2021-01-06"),
    T("on Monday", "2021-01-04"),
    T("Monday", "2021-01-04", ctx="from Monday evening"),
    T("next month", "2021-02"),
    T("on Tuesday", "2021-01-05", ctx="Al Ula on Tuesday. WAM"),
    T("2021", "2021", ctx="Gulf Today 2021", opt=True),
    P("Al Ula", ctx="city of Al Ula on"),
    P("Maraya", opt=True),
    P("Al Ula airport", opt=True),
    P("Abu Dhabi"), P("Riyadh"),
    V("Al Ula", "2021-01-05"),
    V("Riyadh", "2021-02"),
]
GCC = ["Gulf Cooperation Council", "GCC", "Saudi Arabia", "United Arab Emirates", "Bahrain", "Kuwait", "Oman",
       "Qatar"]
A["a04_gulftoday_alula_gcc_communique"] += [
    S(GCC, "Nayef Al Hajraf", 'the member states affirmed "their solidarity and stability" and pledged "not to harm '
      'the interests of any member state or threaten its security."', kind=I, stance="agree"),
    S(GCC, "Nayef Al Hajraf", "any attack on any member state is an attack on all of them,", stance="agree"),
    S(["Egypt"], "Egyptian Foreign Ministry", 'Cairo valued "all sincere efforts" to restore Arab solidarity', kind=I,
      stance="welcome"),
    S(["Saudi Arabia"], "Mohammed Bin Salman", "We are in dire need today to unite our efforts to advance our region "
      "and confront the challenges that surround us, especially the threats posed by the Iranian regime's nuclear "
      "and ballistic missile programme.", stance="demand"),
    S(["Saudi Arabia"], "Mohammed Bin Salman", "These efforts led to the achievement of the Al Ula Declaration, which "
      "stresses Gulf, Arab and Islamic solidarity,", stance="welcome"),
    S(["Saudi Arabia"], "Mohammed Bin Salman", 'thanking the Emir of Kuwait and "the late Sheikh Sabah Al Ahmad" for '
      "their mediation", opt=True, kind=I, stance="welcome"),
    S(["Qatar"], "Tamim Bin Hamad Al Thani", "We have taken a step today towards a united Gulf, and we look forward "
      "to a future that serves our peoples.", stance="welcome"),
    S(["Saudi Arabia"], "Faisal Bin Farhan", "All four countries will restore full diplomatic ties with Qatar,",
      stance="agree"),
    S(["Saudi Arabia"], "Faisal Bin Farhan", "What happened today is a full turning of the page on all points of "
      "difference and a full return of diplomatic relations,", stance="welcome"),
    S(["Saudi Arabia"], "Faisal Bin Farhan", "There is a great deal of goodwill and trust. The resolution of the "
      "other issues is a matter for the bilateral discussions.", stance="neutral"),
    S(["United Arab Emirates"], "Anwar Gargash", "The UAE is keen to restore Gulf unity, but rebuilding trust takes "
      "time.", stance="welcome"),
    S(["United Arab Emirates"], "Anwar Gargash", "We have a lot of work ahead to rebuild confidence,",
      stance="neutral"),
    S(["Kuwait"], "Ahmad Nasser Al Mohammad Al Sabah", "Saudi Arabia would reopen its airspace and land and sea "
      "borders with Qatar from Monday evening", kind=I, stance="agree"),
    S(["Iran"], "Mohammad Javad Zarif", 'Qatar on Twitter for its "brave resistance to pressure and extortion"',
      kind=I, stance="welcome"),
    S(["Iran"], "Mohammad Javad Zarif", 'Iran\'s neighbours should not be "a playground" for foreign powers', kind=I,
      stance="demand"),
    S(["Oman"], "Fahd Bin Mahmoud Al Said", "The Sultanate welcomes this blessed step and hopes it will strengthen "
      "the march of the Council,", stance="welcome"),
    S(["Gulf Cooperation Council", "GCC"], "Nayef Al Hajraf", "The foreign ministers will meet in Riyadh next month "
      "to follow up on the implementation of the declaration,", stance="neutral"),
    S(["Kuwait"], "Ahmad Nasser Al Mohammad Al Sabah", "Saudi Arabia to open airspace, borders with Qatar", opt=True,
      stance="agree"),
]

A["a05_dohanews_gaza_ceasefire_liveblog"] = [
    T("2025-01-15T21:02:00+03:00", "2025-01-15", opt=True),
    T("15 January, 2025", "2025-01-15"),
    T("in November", "2024-11", ctx="Victory in November"),
    T("2025/01", "2025-01", opt=True),
    T("Wednesday", "2025-01-15", ctx="Doha on Wednesday. Photo"),
    T("Wednesday", "2025-01-15", ctx="Doha on Wednesday.</p>"),
    T("Sunday, January 19", "2025-01-19"),
    T("42 days", "P42D", opt=True),
    T("last Thursday", "2025-01-09"),
    T("within hours", "2025-01-15", opt=True),
    T("since dawn", "2025-01-15", opt=True),
    T("October 7, 2023", "2023-10-07"),
    T("November 2023", "2023-11", opt=True),
    T("2025", "2025", ctx="© 2025 Doha", opt=True),
    *[t for x in ("23:40", "22:55", "22:30", "21:45", "21:05", "19:20", "17:10", "15:30", "12:00")
      for t in every("a05_dohanews_gaza_ceasefire_liveblog", x, "2025-01-15")],
    P("Doha", ctx="from Doha. Negotiators"),
    P("Gaza Strip", ctx="parties in the Gaza Strip"),
    P("Jabalia"), P("Gaza City"),
    P("Rafah", ctx="the Rafah crossing"),
    P("White House", opt=True),
    V("Doha", "2025-01-15"),
    S(["Israel"], "Benjamin Netanyahu", "Several clauses of the framework remain unresolved, and the Prime Minister "
      "will only issue an official response once the final details are completed.", stance="neutral"),
    S(["Israel"], "Benjamin Netanyahu", '"Final details" still being worked out', opt=True, stance="neutral"),
    S(["United States"], "Donald Trump", "This EPIC ceasefire agreement could have only happened as a result of our "
      "Historic Victory in November.", stance="welcome"),
    S(["United States"], "Joe Biden", "The guns in Gaza will go silent.", stance="welcome"),
    S(["United States"], "Joe Biden", 'the deal would "halt the fighting in Gaza, surge much-needed humanitarian '
      'assistance to Palestinian civilians, and reunite the hostages with their families."', kind=I,
      stance="welcome"),
    S(["United States"], "Joe Biden", 'Qatar and Egypt for their "extraordinary diplomacy."', kind=I,
      stance="welcome"),
    S(["Hamas"], "Khalil al-Hayya", "This agreement is the fruit of the legendary steadfastness of our great "
      "Palestinian people,", stance="welcome"),
    S(["Hamas"], "Khalil al-Hayya", "We will not forget, and we will not forgive,", stance="threat"),
    S(["Qatar"], "Mohammed bin Abdulrahman Al Thani", "The two warring parties in the Gaza Strip have reached an "
      "agreement on the exchange of prisoners and hostages, and the mediators announce the return to calm, with the "
      "aim of reaching a permanent ceasefire,", stance="agree"),
    S(["Qatar"], "Mohammed bin Abdulrahman Al Thani", "the ceasefire would take effect on Sunday, January 19, and "
      "that the first phase would last 42 days, during which 33 Israeli hostages would be released", kind=I,
      stance="neutral"),
    S(["Qatar"], "Mohammed bin Abdulrahman Al Thani", "We hope this is the last page of the war,", stance="neutral"),
    S(["Qatar"], "Mohammed bin Abdulrahman Al Thani", "and that all parties will commit to implementing all stages "
      "of this agreement.", stance="demand"),
    S(["Qatar"], "Majed Al Ansari", "The negotiating teams have been meeting around the clock since last Thursday. We "
      "expect an announcement within hours.", stance="neutral"),
    S(["Egypt"], "Badr Abdelatty", 'the Rafah crossing must be reopened "immediately" to allow the entry of aid once '
      "the truce begins", kind=I, stance="demand"),
    S(["Gaza civil defence"], "Gaza civil defence", "Israeli air strikes killed at least 21 people across the Strip "
      "since dawn", opt=True, kind=I, stance="neutral"),
    S(["Hamas"], "Gaza health ministry", "the death toll has risen to 46,707 since October 7, 2023", opt=True,
      kind=I, stance="neutral"),
    K(21, "killed", "people"),
    K(46707, "killed", "people"),
]

A["a06_egyptianstreets_cairo_briefing_qa"] = [
    T("16 October 2023", "2023-10-16"),
    T("2023/10", "2023-10", opt=True),
    T("Sunday", "2023-10-15", ctx="in Cairo on Sunday. Photo"),
    T("Sunday", "2023-10-15", ctx="Blinken on Sunday that"),
    T("on Thursday", "2023-10-12"),
    T("Sunday", "2023-10-15", ctx="in Cairo on Sunday.\n\n\"We"),
    T("Sunday", "2023-10-15", ctx="Later on Sunday"),
    T("since Tuesday", "2023-10-10"),
    T("this week", "2023-W42", opt=True),
    T("next Saturday", "2023-10-21"),
    T("Sunday", "2023-10-15", ctx="said on Sunday that at least"),
    T("October 7", "2023-10-07", ctx="injured since October 7"),
    T("October 7", "2023-10-07", ctx="southern Israel on October 7"),
    T("on Monday", "2023-10-16"),
    T("2023", "2023", ctx="© 2023 Egyptian", opt=True),
    P("Cairo", ctx="Palace in Cairo on Sunday. Photo"),
    P("Al-Ittihadiya Palace", ctx="at Al-Ittihadiya Palace in Cairo on Sunday. Photo", opt=True),
    P("Tel Aviv"),
    P("Gaza Strip", text="Gaza", ctx="response in Gaza"),
    P("Rafah", ctx="The Rafah crossing is open"),
    P("Sinai", ctx="temporarily into Sinai", opt=True),
    P("El Arish"),
    P("North Sinai", ctx="North Sinai Governor", opt=True),
    P("Southern Israel", text="southern Israel", opt=True),
    V("Cairo", "2023-10-15"),
    V("Tel Aviv", "2023-10-12"),
    V("Cairo", "2023-10-21"),
    S(["Egypt"], "Abdel Fattah El-Sisi", 'Israel\'s military response in Gaza "has gone beyond the right of '
      'self-defence and turned into collective punishment of 2.3 million people."', kind=I, stance="condemn"),
    S(["Egypt"], "Abdel Fattah El-Sisi", "We condemned the targeting of civilians on both sides,", stance="condemn"),
    S(["Egypt"], "Abdel Fattah El-Sisi", "But the Palestinian cause must not be liquidated at the expense of Egypt.",
      stance="reject"),
    S(["Egypt"], "Sameh Shoukry", "The Rafah crossing is open from the Egyptian side. It has never been closed. The "
      "problem is the Israeli bombardment of the Palestinian side, which has been hit four times since Tuesday.",
      stance="deny"),
    S(["United States"], "Antony Blinken", "Rafah will be reopened. We're putting in place with the UN, with Egypt, "
      "with Israel, with others the mechanism by which to get the assistance in and to get it to the people who "
      "need it.", stance="propose"),
    S(["Egypt"], "Sameh Shoukry", "Egypt firmly rejects any attempt to displace the Palestinians from their land. Any "
      "such displacement would be a liquidation of the Palestinian cause, and it will not happen.", stance="reject"),
    S(["Egypt"], "Sameh Shoukry", 'talks were ongoing with "all the parties" and that Egypt would host an '
      "international summit on the crisis in Cairo next Saturday", kind=I, stance="propose"),
    S(["United States"], "Antony Blinken", "We are working intensely with Egypt to get American citizens out of "
      "Gaza,", stance="neutral"),
    S(["Egypt"], "Mohamed Abdel Fadil Shousha", "We have prepared the city's airport to receive aid flights. "
      "Everything is ready; the trucks are waiting and our hospitals are ready to receive the wounded,",
      stance="neutral"),
    S(["Egyptian Red Crescent"], "Egyptian Red Crescent", "more than 100 trucks loaded with food and medicine were "
      "waiting near the crossing", opt=True, kind=I, stance="neutral"),
    S(["Hamas"], "Gaza health ministry", "at least 2,670 Palestinians had been killed and 9,600 injured since "
      "October 7", opt=True, kind=I, stance="neutral"),
    S(["Hamas"], "Hamas", 'it had received "no proposal" on a humanitarian ceasefire', kind=I, stance="deny"),
    S(["Hamas"], "Hamas", 'any attempt to displace Gazans to Egypt was "a red line."', kind=I, stance="threat"),
    K(2670, "killed", "Palestinians"),
    K(9600, "wounded", "Palestinians"),
    K(1300, "killed", "people"),
]

A["a07_ammonnews_jerusalem_reactions"] = [
    T("Thursday, 07-12-2017", "2017-12-07"),  # corrected after the blind run (was "07-12-2017")
    T("14:22", "2017-12-07", opt=True),
    T("on Thursday", "2017-12-07", ctx="Jordan on Thursday"),
    T("a day after", "2017-12-06", opt=True),
    T("on Tuesday", "2017-12-05"),
    T("Friday", "2017-12-08", ctx="after Friday prayers"),
    T("Wednesday", "2017-12-06", ctx="late on Wednesday"),
    T("on Thursday", "2017-12-07", ctx="Gaza City on Thursday"),
    T("Friday", "2017-12-08", ctx='declaring Friday "a day'),
    T("next Wednesday", "2017-12-13"),
    T("on Saturday", "2017-12-09"),
    T("nearly 70 years", "P70Y", opt=True),
    T("on Wednesday", "2017-12-06", ctx="said on Wednesday that he"),
    T("on Thursday", "2017-12-07", ctx="Hebron on Thursday"),
    T("on Friday", "2017-12-08"),
    T("2017", "2017", ctx="Ammon News © 2017", opt=True),
    P("Washington"), P("Amman"), P("Kalouti Mosque", opt=True),
    P("Ramallah", ctx="In Ramallah"), P("Gaza City"), P("Istanbul"), P("Cairo"),
    P("Jerusalem", ctx="In Jerusalem"), P("Bethlehem"), P("Hebron"), P("Brussels"),
    P("Wadi Araba", opt=True),
    V("Istanbul", "2017-12-13"),
    V("Cairo", "2017-12-09"),
    V("Ramallah", None, opt=True),
    S(["Jordan"], "Jordan", "Jordan on Thursday rejected US President Donald Trump's recognition of Jerusalem as the "
      "capital of Israel", opt=True, kind=I, stance="reject"),
    S(["Jordan"], "Mohammad Momani", 'the decision "constitutes a violation of international law and the UN Charter" '
      "and that Jordan considered it legally null", kind=I, stance="reject"),
    S(["Jordan"], "Mohammad Momani", "We will coordinate with the Palestinian leadership and the Arab states to "
      "confront its consequences,", stance="propose"),
    S(["Jordan"], "Ayman Safadi", "Jerusalem is the key to peace. The decision of the American administration has no "
      "legal effect and fuels anger.", stance="reject"),
    S(["Jordan"], "King Abdullah II", 'the move would have "dangerous repercussions on the stability and security of '
      'the region,"', kind=I, stance="reject"),
    S(["Islamic Action Front", "Jordan"], "Islamic Action Front", "called on the government to expel the US "
      "ambassador and review the Wadi Araba peace treaty", kind=I, stance="demand"),
    S(["Islamic Action Front", "Jordan"], "Islamic Action Front", "urged Jordanians to join a march from the Kalouti "
      "Mosque in Amman after Friday prayers", kind=I, stance="demand"),
    S(PAL, "Mahmoud Abbas", 'the United States had, with this decision, "chosen to abandon its role as a sponsor of '
      'the peace process."', kind=I, stance="condemn"),
    S(PAL, "Mahmoud Abbas", "Jerusalem is the eternal capital of the State of Palestine,", stance="reject"),
    S(["Hamas"], "Ismail Haniyeh", "called for a new intifada", opt=True, kind=I, stance="demand"),
    S(["Hamas"], "Ismail Haniyeh", 'the decision "killed the peace process"', kind=I, stance="condemn"),
    S(["Hamas"], "Ismail Haniyeh", 'declaring Friday "a day of rage."', kind=I, stance="demand"),
    S(["Saudi Arabia"], "Saudi Royal Court", 'the Kingdom had warned of the "serious consequences" of such an '
      "unjustified and irresponsible step", kind=I, stance="condemn"),
    S(["Egypt"], "Egyptian Foreign Ministry", "Cairo rejected the decision and any effects resulting from it", kind=I,
      stance="reject"),
    S(["Turkey"], "Recep Tayyip Erdogan", 'the US decision threw the region into "a ring of fire,"', kind=I,
      stance="condemn"),
    S(["Turkey"], "Recep Tayyip Erdogan", "Turkey would host an extraordinary summit of the Organisation of Islamic "
      "Cooperation in Istanbul next Wednesday", kind=I, stance="propose"),
    S(["Arab League"], "Ahmed Aboul Gheit", "a dangerous measure", opt=True, stance="condemn"),
    S(["Arab League"], "Ahmed Aboul Gheit", "the foreign ministers of member states would hold an emergency meeting "
      "in Cairo on Saturday", kind=I, stance="neutral"),
    S(["European Union"], "Federica Mogherini", "The European Union expresses its serious concern,",
      stance="neutral"),
    S(["European Union"], "Federica Mogherini", "The aspirations of both parties must be fulfilled through "
      "negotiations.", stance="demand"),
    S(["Israel"], "Benjamin Netanyahu", "This is a historic day. Jerusalem has been the capital of Israel for nearly "
      "70 years,", stance="welcome"),
    S(["Israel"], "Benjamin Netanyahu", "President Trump has immortalized himself in the history of our capital.",
      stance="welcome"),
    S(["Holy See", "Vatican"], "Pope Francis", 'he could not keep silent about his "deep concern" and appealed for '
      "respect of the city's status quo", kind=I, stance="demand"),
    S(["Palestinian Red Crescent"], "Palestinian Red Crescent", "49 Palestinians were wounded in clashes with Israeli "
      "forces in Ramallah, Bethlehem and Hebron on Thursday", opt=True, kind=I, stance="neutral"),
    S(["Jordan"], "Atef Tarawneh", "Jerusalem is a red line for Jordanians", opt=True, stance="reject"),
    K(49, "wounded", "Palestinians"),
]

A["a08_mtvlebanon_maritime_deal"] = [
    T("27 Oct 2022", "2022-10-27"),
    T("19:58", "2022-10-27", opt=True),
    T("on Thursday", "2022-10-27", ctx="sealed on Thursday"),
    T("Today", "2022-10-27", ctx='"Today is a historic', opt=True),
    T("Thursday", "2022-10-27", ctx="on Thursday evening"),
    T("October 11", "2022-10-11"),
    T("October 2020", "2020-10"),
    T("in the summer", "2022", opt=True),
    T("next year", "2023"),
    T("on Wednesday", "2022-10-26"),
    T("on Sunday", "2022-10-30", opt=True),
    T("2022", "2022", ctx="MTV Lebanon © 2022", opt=True),
    P("Naqoura", ctx="headquarters in Naqoura"),
    P("South Lebanon", text="south Lebanon", opt=True),
    P("Baabda", ctx="Baabda Palace in the presence"),
    P("Baabda Palace", opt=True, ctx="Baabda Palace in the presence"),
    P("Jerusalem"),
    P("Qana field", text="Qana field", ctx="start very soon in the Qana field", opt=True),
    P("Mediterranean", opt=True), P("Middle East", opt=True),
    V("Naqoura", "2022-10-27"),
    V("Baabda", "2022-10-27"),
    V("Jerusalem", "2022-10-27", opt=True),
    V("Naqoura", "2020-10"),
    S(["Lebanon"], "Michel Aoun", "The agreement is a technical one and has no political dimensions,",
      stance="neutral"),
    S(["Lebanon"], "Michel Aoun", "It does not constitute a normalization with Israel, and it does not contradict "
      "Lebanon's foreign policy.\n\n\"Lebanon has recovered its rights in its waters, and the coming generations "
      "will reap the benefits of this achievement.", stance="deny"),
    S(["Lebanon"], "Najib Mikati", "This agreement opens a new economic horizon for Lebanon,", stance="welcome"),
    S(["Lebanon"], "Najib Mikati", "Lebanon got what it wanted in these negotiations.", stance="welcome"),
    S(["Lebanon"], "Elias Bou Saab", "We did not give up a single meter of our rights. Qana field is entirely "
      "Lebanese, and Block 9 is ours.", stance="deny"),
    S(["United States"], "Amos Hochstein", "Today is a historic day. These agreements can endure, and they can bring "
      "stability and prosperity to both countries.", stance="welcome"),
    S(["United States"], "Amos Hochstein", "We expect work to start very soon in the Qana field,", stance="neutral"),
    S(["Israel"], "Yair Lapid", "It is not every day that an enemy state recognizes the State of Israel in a written "
      "agreement, in front of the entire international community,", stance="welcome"),
    S(["Israel"], "Benjamin Netanyahu", "an illegal agreement", opt=True, stance="reject"),
    S(["Israel"], "Benjamin Netanyahu", "he would not be bound by it if he returned to power", kind=I,
      stance="reject"),
    S(["Hezbollah"], "Hassan Nasrallah", 'the resistance\'s "mission" in this file had ended, and that the group would '
      'lift the "exceptional measures" it had taken', kind=I, stance="neutral"),
    S(["Hezbollah"], "Hassan Nasrallah", "What happened is a very big victory for Lebanon, for the state and for the "
      "people,", stance="welcome"),
    S(["Lebanese Forces", "Lebanon"], "Lebanese Forces", 'the negotiating process had "lacked transparency"', kind=I,
      stance="condemn"),
    S(["Lebanese Forces", "Lebanon"], "Lebanese Forces", "demanded that the text be presented to Parliament", kind=I,
      stance="demand"),
    S(["Lebanese Forces", "Lebanon"], "Ghayath Yazbeck", "Hezbollah cannot sell the Lebanese a victory that was "
      "achieved by the American mediator.", stance="condemn"),
    S(["United Nations"], "Joanna Wronecka", "This agreement is an important step for Lebanon's stability and its "
      "economic recovery,", stance="welcome"),
    S(["United Nations"], "Joanna Wronecka", "called on the Lebanese authorities to move quickly on reforms", kind=I,
      stance="demand"),
    S(["United States"], "Joe Biden", "historic breakthrough in the Middle East.", stance="welcome"),
    S(["United States"], "Joe Biden", 'the agreement "establishes a permanent maritime boundary" between the two '
      "countries", kind=I, stance="welcome"),
    S(["Lebanon"], "Walid Fayad", "TotalEnergies is expected to begin exploration in Block 9 next year,",
      stance="neutral"),
    S(["Lebanon"], "Michel Aoun", "I will hand over a country, not a vacuum", opt=True, stance="neutral"),
]

A["a09_zawya_doha_agreement_lebanon"] = [
    T("2008-05-22", "2008-05-22", opt=True),
    T("Thursday, May 22, 2008", "2008-05-22"),
    T("on Wednesday", "2008-05-21", ctx="Qatari capital on Wednesday"),
    T("18-month", "P18M", opt=True),
    T("on Sunday", "2008-05-25", ctx="as president on Sunday"),
    T("2008/05", "2008-05", opt=True),
    T("Wednesday", "2008-05-21", ctx="Sheraton Doha on Wednesday. (Reuters)"),
    T("Today", "2008-05-21", ctx='"Today we have turned', opt=True),
    T("five days", "P5D", opt=True),
    T("on Friday", "2008-05-16"),
    T("Sunday, May 25", "2008-05-25"),
    T("today", "2008-05-21", ctx="lifted today", opt=True),
    T("Hours later", "2008-05-21", opt=True),
    T("December 2006", "2006-12"),
    T("earlier this month", "2008-05"),
    T("on Wednesday", "2008-05-21", ctx="8 percent on Wednesday"),
    T("Wednesday", "2008-05-21", ctx="Sheraton Doha on Wednesday.</p>"),
    T("on Sunday", "2008-05-25", ctx="in Beirut on Sunday"),
    T("2008", "2008", ctx="© Zawya 2008", opt=True),
    P("Doha", text="DOHA", ctx="DOHA - "),
    P("Sheraton Doha", ctx="ceremony at the Sheraton Doha by", opt=True),
    P("Beirut", ctx="in downtown Beirut"),
    P("Washington"), P("Damascus"),
    V("Sheraton Doha", "2008-05-21", name="Doha"),
    V("Sheraton Doha", "2008-05-16", name="Doha", opt=True),
    V("Beirut", "2008-05-25"),
    S(["Lebanon", "Hezbollah"], "Lebanese leaders", 'the parties committed "to refrain from resorting to arms or '
      'violence to achieve political gains."', kind=I, stance="agree"),
    S(["Qatar"], "Hamad bin Jassim bin Jabr Al-Thani", "Today we have turned a page in the history of Lebanon,",
      stance="welcome"),
    S(["Qatar"], "Hamad bin Jassim bin Jabr Al-Thani", "What was achieved here is the work of the Lebanese "
      "themselves.", stance="neutral"),
    S(["Qatar"], "Hamad bin Khalifa Al-Thani", "Qatar offered nothing but its good offices.", stance="neutral"),
    S(["Qatar"], "Hamad bin Khalifa Al-Thani", "The Lebanese proved that dialogue is the only way,",
      stance="welcome"),
    S(["Lebanon", "Amal"], "Nabih Berri", "he would convene parliament on Sunday, May 25, to elect Sleiman", kind=I,
      stance="agree"),
    S(["Lebanon", "Amal"], "Nabih Berri", "Lebanon is back, the Lebanese are back,", stance="welcome"),
    S(["Lebanon", "Amal"], "Nabih Berri", "The sit-in in downtown Beirut will be lifted today.", stance="agree"),
    S(["Lebanon", "Future Movement"], "Saad Hariri", "This agreement does not mean that there are winners and "
      "losers,", stance="neutral"),
    S(["Lebanon", "Future Movement"], "Saad Hariri", "We are opening a new page, but we will not forget the painful "
      "wounds,", stance="neutral"),
    S(["Hezbollah"], "Mohammad Raad", 'the deal "preserves the weapons of the resistance,"', kind=I,
      stance="welcome"),
    S(["Hezbollah"], "Mohammad Raad", "The issue will be discussed within a national dialogue under the auspices of "
      "the new president.", stance="agree"),
    S(["Arab League"], "Amr Moussa", "a very good deal for all the Lebanese.", stance="welcome"),
    S(["United States"], "United States", "The United States welcomed the agreement", opt=True, kind=I,
      stance="welcome"),
    S(["United States"], "Sean McCormack", "This is a positive step towards resolving the political crisis,",
      stance="welcome"),
    S(["United States"], "Sean McCormack", 'Hezbollah must not be allowed to use its weapons "against the Lebanese '
      'people."', kind=I, stance="demand"),
    S(["Syria"], "Syria", "Syria, which backs the opposition, also welcomed the accord", opt=True, kind=I,
      stance="welcome"),
    S(["Syria"], "Walid al-Muallem", "Syria supports everything the Lebanese agree on.", stance="welcome"),
    S(["Qatar"], "a Qatari official", "The Emir is expected to attend the election session in Beirut on Sunday",
      kind=I, stance="neutral"),
    K(65, "killed", "people"),
    K(65, "killed", "people", opt=True),
]

A["a10_sudanspost_juba_peace_deal"] = [
    T("Sunday, October 4, 2020", "2020-10-04"),
    T("on Saturday", "2020-10-03"),
    T("nearly a year", "P1Y", opt=True),
    T("Today", "2020-10-03", ctx='"Today we are', opt=True),
    T("August 31", "2020-08-31"),
    T("September 3", "2020-09-03"),
    T("2003", "2003"),
    T("next month", "2020-11"),
    T("2020", "2020", ctx="(c) 2020", opt=True),
    P("Juba", ctx="capital, Juba"),
    P("Freedom Hall", opt=True),
    P("Darfur", ctx="from Darfur", opt=True),
    P("South Kordofan", ctx="from Darfur, South Kordofan", opt=True),
    P("Blue Nile", opt=True),
    P("Addis Ababa", opt=True),
    P("Paris"),
    P("J1", opt=True),
    V("Juba", "2020-10-03"),
    V("Juba", "2020-08-31"),
    V("Addis Ababa", "2020-09-03", opt=True),
    V("Juba", "2020-11"),
    V("J1", None, opt=True),
    S(["South Sudan"], "Salva Kiir Mayardit", "Today we are witnessing the end of the war in Sudan,",
      stance="welcome"),
    S(["South Sudan"], "Salva Kiir Mayardit", "The people of Sudan have suffered enough, and we in South Sudan know "
      "the cost of war better than anyone.", stance="neutral"),
    S(["Sudan"], "Abdalla Hamdok", "This agreement is the first step in building the new Sudan,", stance="welcome"),
    S(["Sudan"], "Abdalla Hamdok", "his government would work to bring the remaining movements to the table",
      kind=I, stance="propose"),
    S(["Sudan"], "Abdalla Hamdok", "This peace is not complete until Abdel Aziz al-Hilu and Abdel Wahid al-Nur join "
      "it,", stance="demand"),
    S(["Sudan", "Rapid Support Forces", "RSF"], "Mohamed Hamdan Dagalo", "We have signed this agreement with full "
      "conviction, and we will implement it to the letter.", stance="agree"),
    S(["Sudan", "Sudanese Armed Forces"], "Abdel Fattah al-Burhan", "The armed forces will protect this peace and "
      "guarantee its implementation.", stance="agree"),
    S(["Sudan Liberation Movement", "Sudan Revolutionary Front", "SRF"], "Minni Arko Minnawi", "This deal addresses "
      "the root causes of the conflict,", stance="welcome"),
    S(["Justice and Equality Movement", "JEM", "Sudan Revolutionary Front", "SRF"], "Jibril Ibrahim", "The displaced "
      "will now return to their villages. But the real test is implementation.", stance="welcome"),
    S(["SPLM-North", "SPLM-N"], "Jatoo Lodi", 'the movement would continue talks with the government "on the basis '
      'of the Addis Ababa declaration" of September 3', kind=I, stance="neutral"),
    S(["Sudan Liberation Movement-Abdel Wahid", "SLM-AW", "Sudan Liberation Movement"], "Sudan Liberation Movement",
      'it "will not bring peace to Darfur."', kind=I, stance="reject"),
    S(["United States", "United Kingdom", "Norway"], "Troika", "an important milestone,", opt=True,
      stance="welcome"),
    S(["United States", "United Kingdom", "Norway"], "Troika", "urged the parties to build on it", kind=I,
      stance="demand"),
    S(["Egypt"], "Mostafa Madbouly", "Egypt will stand by Sudan in implementing this agreement,", stance="agree"),
    S(["United Nations"], "United Nations", "More than 300,000 people were killed in the Darfur conflict after 2003",
      opt=True, kind=I, stance="neutral"),
    S(["South Sudan"], "Tut Gatluak", "A new round of talks with al-Hilu's movement will start in Juba next month,",
      stance="propose"),
    K(300000, "killed", "people"),
]

A["a11_azernews_baku_turkey_israel_talks"] = [
    T("10 April 2025", "2025-04-10"),
    T("09:15", "2025-04-10", opt=True),
    T("2025/04/10", "2025-04-10", opt=True),
    T("on Wednesday", "2025-04-09", ctx="in Baku on Wednesday"),
    T("Wednesday", "2025-04-09", ctx="on Wednesday evening"),
    T("on Thursday", "2025-04-10"),
    T("a week", "P1W", ctx="follow a week of", opt=True),
    T("April 2", "2025-04-02", ctx="Damascus on April 2"),
    T("the same night", "2025-04-02", opt=True),
    T("last Friday", "2025-04-04"),
    T("on Monday", "2025-04-07"),
    T("2025", "2025", ctx="© 2025 AZERNEWS", opt=True),
    P("Baku", ctx="on Syria in Baku on Wednesday"),
    P("Ankara", ctx="journalists in Ankara"),
    P("Damascus", ctx="near Damascus"),
    P("T4", opt=True), P("Hama"), P("Nawa"),
    P("Daraa province", opt=True),
    P("Daraa", ctx="to the Daraa governorate", opt=True),
    P("Brussels", ctx="Reuters in Brussels"),
    P("White House", opt=True, ctx="at the White House on Monday"),
    P("Caspian", opt=True), P("Tbilisi", opt=True), P("Ceyhan", opt=True),
    P("Antalya", opt=True),  # a related-link headline; added after the blind run
    V("Baku", "2025-04-09"),
    V("White House", "2025-04-07"),
    # a party's report about its own delegation: a fact report (opt); added after the blind run
    S(["Israel"], "Benjamin Netanyahu", "The Israeli delegation was led by National Security Adviser Tzachi Hanegbi "
      "and included senior defence officials", opt=True, kind=I, stance="neutral"),
    S(["Israel"], "Benjamin Netanyahu", "It was agreed to continue the dialogue in order to maintain regional "
      "stability,", stance="agree"),
    S(["Israel"], "Benjamin Netanyahu", 'Israel "will not allow any change in the deployment of foreign forces in '
      'Syria that could pose a threat to it."', kind=I, stance="threat"),
    S(["Turkey"], "Turkish Ministry of National Defence", 'the talks were aimed at "establishing a deconfliction '
      'mechanism to prevent undesired incidents" in Syria', kind=I, stance="neutral"),
    S(["Turkey"], "Turkish Ministry of National Defence", "Work on this mechanism will continue,", stance="agree"),
    S(["Turkey"], "Turkish Ministry of National Defence", 'Türkiye had no intention of entering into a conflict "with '
      'any country" in Syria', kind=I, stance="neutral"),
    S(["Azerbaijan"], "Hikmet Hajiyev", "Azerbaijan is a bridge, not a side. We enjoy friendly and brotherly "
      "relations with both countries, and we are ready to contribute to stability in our broader region.",
      stance="propose"),
    S(["Azerbaijan"], "Hikmet Hajiyev", "President Ilham Aliyev has always said that dialogue is the only way,",
      stance="neutral"),
    S(["Azerbaijan"], "Hikmet Hajiyev", "If the parties want to continue in Baku, our doors are open.",
      stance="propose"),
    S(["Azerbaijan"], "Hikmet Hajiyev", "Azerbaijan is a bridge, not a side", opt=True, stance="propose"),
    S(["Syria"], "Syrian foreign ministry", 'the strikes were "a blatant violation of Syrian sovereignty."', kind=I,
      stance="condemn"),
    S(["Syria"], "Daraa governorate", "Nine people were killed in an Israeli incursion near Nawa in Daraa province "
      "the same night", opt=True, kind=I, stance="neutral"),
    S(["Turkey"], "Hakan Fidan", "We do not want to see any confrontation with Israel in Syria, because Syria belongs "
      "to the Syrians.", stance="neutral"),
    S(["Turkey"], "Hakan Fidan", "If the new administration in Damascus wants to reach certain understandings with "
      "Israel, that is their own business,", stance="neutral"),
    S(["Israel"], "Benjamin Netanyahu", 'he had "very good relations" with President Recep Tayyip Erdoğan and that '
      'any problem with Türkiye in Syria should be solved "reasonably."', kind=I, stance="neutral"),
    S(["United States"], "Donald Trump", "Any problem that you have with Turkey, I think I can solve. I have a very "
      "good relationship with Turkey and with their leader.", stance="propose"),
    S(["Center of Analysis of International Relations"], "Farid Shafiyev", "the format could become \"a permanent "
      'channel" between Ankara and Tel Aviv', opt=True, kind=I, stance="neutral"),
    S(["Azerbaijan"], "Hikmet Hajiyev", "Azerbaijan can be a platform", opt=True, stance="propose"),
    K(9, "killed", "people"),
]

A["a12_yemenmonitor_riyadh_agreement"] = [
    T("Wednesday, 6 November 2019", "2019-11-06"),
    T("on Tuesday", "2019-11-05"),
    T("in August", "2019-08"),
    T("5 November 2019", "2019-11-05"),
    T("within 30 days", "P30D", opt=True),
    T("within seven days", "P7D", opt=True),
    T("next week", "2019-W46"),
    T("August", "2019-08", ctx="The August clashes"),
    T("on Wednesday", "2019-11-06"),
    T("2019", "2019", ctx="© 2019 Yemen", opt=True),
    P("Riyadh", ctx="capital, Riyadh"),
    P("Aden", ctx="interim capital Aden"),
    P("Al-Yamamah Palace", opt=True),
    P("Shabwa", opt=True), P("Abyan", opt=True), P("Jeddah", opt=True),
    V("Al-Yamamah Palace", "2019-11-05", name="Riyadh", r=40),
    S(["Saudi Arabia"], "Mohammed bin Salman", "This agreement will open a new era of stability in Yemen,",
      stance="welcome"),
    S(["Saudi Arabia"], "Mohammed bin Salman", "We hope it will be a step towards a political solution that ends the "
      "war.", stance="welcome"),
    S(["Yemen", "Yemeni government"], "Abd Rabbuh Mansour Hadi", "We have chosen peace for Aden and for all the "
      "south.", stance="agree"),
    S(["Yemen", "Yemeni government"], "Abd Rabbuh Mansour Hadi", "We accepted this agreement out of our "
      "responsibility to stop the bloodshed, and we will not allow anyone to drag the south into new wars.",
      stance="agree"),
    S(["Yemen", "Yemeni government"], "Abd Rabbuh Mansour Hadi", "We chose peace for Aden", opt=True,
      stance="agree"),
    S(["Southern Transitional Council", "STC"], "Aidarous al-Zubaidi", "This agreement is a victory for the southern "
      "cause,", stance="welcome"),
    S(["Southern Transitional Council", "STC"], "Aidarous al-Zubaidi", "Our partnership with the coalition is "
      "strategic and our goal is to defeat the Houthi project,", stance="threat"),
    S(["Southern Transitional Council", "STC"], "Aidarous al-Zubaidi", 'the council would "abide by every clause."',
      kind=I, stance="agree"),
    S(["Saudi Arabia"], "Saudi Press Agency", "a new government of no more than 24 ministers will be formed within "
      "30 days", opt=True, kind=I, stance="neutral"),
    S(["United Nations"], "Martin Griffiths", "an important step for our collective efforts to reach a peaceful "
      "settlement of the conflict in Yemen.", stance="welcome"),
    S(["United Nations"], "Martin Griffiths", "Listening to the concerns of southern stakeholders is important to the "
      "political efforts to achieve peace in the country.", stance="neutral"),
    S(["Houthis"], "Houthis", "The Houthis rejected the deal", opt=True, kind=I, stance="reject"),
    S(["Houthis"], "Mohammed Abdulsalam", 'the agreement "legitimises the occupation" and proved that the Saudi-led '
      'coalition "seeks to control the south."', kind=I, stance="condemn"),
    S(["Yemen", "Yemeni government"], "Mohammed Saleh bin Adyo", 'his forces would "support any agreement that '
      'preserves the state,"', kind=I, stance="agree"),
    S(["Yemen", "Yemeni government"], "Mohammed Saleh bin Adyo", 'the STC\'s Shabwani Elite must be "under the '
      'authority of the ministry of interior."', kind=I, stance="demand"),
    S(["Islah", "Yemen"], "Islah party", "The Islah party welcomed the agreement", opt=True, kind=I,
      stance="welcome"),
    S(["Islah", "Yemen"], "Islah party", 'called on the coalition to ensure "full and honest implementation."',
      kind=I, stance="demand"),
    S(["Yemen", "Yemeni government"], "a government official", "The cabinet will return to the city next week.",
      stance="agree"),
    S(["United Nations"], "United Nations", "killed up to 40 people and wounded 260 others in Aden", opt=True,
      kind=I, stance="neutral"),
    S(["United States"], "Mike Pompeo", "This agreement is an important step toward resolving the conflict in "
      "Yemen.", stance="welcome"),
    K(40, "killed", "people", qualifier="up to"),
    K(260, "wounded", "others"),
]


# the spans and quotes of the hard-wrapped articles, with the articles' own line breaks
respell = respell_wrapped(HERE, A, WRAPPED)
# the quoted fragments inside each indirect statement: optional statements of the same speaker
add_fragments(A, respell)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    main(HERE, A, build())
