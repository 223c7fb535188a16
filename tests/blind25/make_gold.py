"""Build tests/blind25/gold.json from the hand annotations below (run: python tests/blind25/make_gold.py).

A blind set (blind25) of ordinary world news about Middle East diplomacy from twelve general outlets (The
Philadelphia Inquirer with AP copy, JTA, Toronto Star, The Scotsman, Daily Mail, The Jakarta Post, The Korea Herald,
Bangkok Post, Dhaka Tribune, The Forward, The Brussels Times, The Malay Mail): truce announcements and summits with
reaction round-ups from the outlet's own country, mediators' visits, press conferences and tolls. Statements are
the point of this round (direct quotes first). Written and annotated without reading the extractor code
(``lib/``), the git log, ``docs/`` or the articles of the other sets. Offsets are character offsets into
``open(path, encoding="utf-8").read()`` (the way the scorer reads the files), found by exact substring search:
``ctx`` (a longer, unique stretch of text) locates the mention when the bare text repeats, ``nth`` picks the n-th
occurrence, ``every`` annotates each occurrence of a repeated weekday. Two articles (c03, c12) are hard-wrapped (at 70
and 68 characters) and one (c07) at 72: their spans and quotes are written with single spaces here and given the
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

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    # c01
    "Beirut": (33.8938, 35.5018), "Sidon": (33.5631, 35.3689), "Jerusalem": (31.7690, 35.2163),
    "New York": (40.7143, -74.0060), "Washington": (38.8951, -77.0364), "Nabatiyeh": (33.3772, 35.4836),
    "Tyre": (33.2733, 35.1939), "Litani River": (33.33, 35.30),
    # c02
    "Abu Dhabi": (24.4539, 54.3773), "West Bank": (31.95, 35.25), "Ramallah": (31.8996, 35.2042),
    "Muqata": (31.9050, 35.2000), "White House": (38.8977, -77.0365), "Al-Aqsa": (31.7761, 35.2358),
    "Judea and Samaria": (31.95, 35.25), "Middle East": (29.0, 41.0),
    # c03
    "Vienna": (48.2085, 16.3721), "Ottawa": (45.4112, -75.6981), "Tehran": (35.6944, 51.4215),
    "Toronto": (43.7001, -79.4163), "Palais Coburg": (48.2057, 16.3771),
    # c04
    "Geneva": (46.2022, 6.1457), "Palais des Nations": (46.2266, 6.1405), "Homs": (34.7268, 36.7234),
    "Rome": (41.8919, 12.5113), "Damascus": (33.5102, 36.2913), "Douma": (33.5711, 36.4050),
    "Zamalka": (33.5225, 36.3575), "Cairo": (30.0626, 31.2497), "Westminster": (51.4995, -0.1248),
    # c05
    "Gaza Strip": (31.42, 34.36), "Tel Aviv": (32.0809, 34.7806), "Doha": (25.2867, 51.5333),
    "Rafah": (31.2969, 34.2455),
    # c06
    "Jakarta": (-6.2146, 106.8451), "Beit Lahia": (31.5464, 34.4951),
    # c07
    "Jeddah": (21.5169, 39.2192), "Seoul": (37.5660, 126.9784), "Khartoum": (15.5518, 32.5324),
    "Bahri": (15.6411, 32.5297), "Port Sudan": (19.6158, 37.2164), "Nile": (15.60, 32.52),
    # c08
    "Shamir Medical Center": (31.9600, 34.8400), "Don Mueang Airport": (13.9126, 100.6068),
    "Bangkok": (13.7540, 100.5014), "Udon Thani": (17.4138, 102.7872),
    # c09
    "Hodeidah": (14.7978, 42.9545), "Rimbo": (59.7448, 18.3622), "Johannesberg Castle": (59.7500, 18.3500),
    "Stockholm": (59.3326, 18.0649), "Taez": (13.5795, 44.0209), "Sanaa": (15.3547, 44.2067),
    "Dhaka": (23.7104, 90.4074),
    # c10
    "Netanya": (32.3329, 34.8599), "Park Hotel": (32.3200, 34.8500),
    # c11
    "The Hague": (52.0767, 4.2986), "Al Udeid": (25.1173, 51.3150), "Brussels": (50.8505, 4.3488),
    "Luxembourg": (49.6116, 6.1319),
    # c12
    "Kuala Lumpur": (3.1412, 101.6865), "Sharm el-Sheikh": (27.9158, 34.3300), "Amman": (31.9552, 35.9450),
    "Parliament House": (3.1500, 101.6770), "Red Sea": (22.0, 38.0),
}
RADIUS = {"Middle East": 1500, "West Bank": 60, "Judea and Samaria": 60, "Gaza Strip": 60, "Litani River": 40, "Red Sea": 600,
          "Nile": 40}
# the Rimbo castle talks: 60 km so that Stockholm (about 45 km away) also matches (blind21's convention)
RIMBO = 60

PA = ["Palestinian Authority", "PLO", "Fatah"]


def _text(aid):
    with open(HERE / "articles" / f"{aid}.txt", encoding="utf-8") as fh:
        return fh.read()


def every(aid, text, value, skip=(), opt=False):
    """Each occurrence of ``text`` in the article (a weekday repeated in captions and body), except ``skip``."""
    n = _text(aid).count(text)
    assert n, (aid, text)
    return [T(text, value, nth=k, opt=opt) for k in range(n) if k not in skip]


A = {}

# ---------------------------------------------------------------- c01 Inquirer / AP, Lebanon truce (saved HTML)
A["c01_inquirer_lebanon_truce"] = [
    T("2006-08-14", "2006-08-14", opt=True), T("2006/08/14", "2006-08-14", opt=True),
    T("Mon, Aug. 14, 2006", "2006-08-14"),
    *every("c01_inquirer_lebanon_truce", "Monday", "2006-08-14"),
    T("Friday", "2006-08-11"), T("Saturday", "2006-08-12"), T("Sunday", "2006-08-13"),
    T("July 12", "2006-07-12"),
    T("later this month", "2006-08", opt=True),
    T("2006", "2006", ctx="&copy; 2006", opt=True),
    P("Sidon"), P("Beirut", "BEIRUT"), P("Jerusalem"), P("New York"), P("Washington"), P("Nabatiyeh"),
    P("Litani River", opt=True), P("Tyre", opt=True),
    V("New York", "2006-08-11"), V("Jerusalem", "2006-08-13"),
    V("Beirut", "2006-08-12", opt=True), V("Jerusalem", "2006-08-14", opt=True),
    V("Washington", "2006-08-14", opt=True), V("Beirut", "2006-08", opt=True),
    V("Jerusalem", "2006-08", opt=True),
    S(["Israel"], "Ehud Olmert", "The operation was launched to change the situation in the north, and it has "
      "changed it", stance="neutral"),
    S(["Israel"], "Ehud Olmert", "We will pursue the leaders of Hezbollah everywhere and at all times.",
      stance="threat"),
    S(["Israel"], "Ehud Olmert", "We will examine every one of them, and we will learn", stance="neutral"),
    S(["Israel"], "Ehud Olmert", "shortcomings", opt=True, stance="neutral"),
    S(["Lebanon"], "Fuad Saniora", "The Lebanese army will move south of the Litani River as soon as the Israeli "
      "enemy begins to withdraw.", stance="agree"),
    S(["Lebanon"], "Fuad Saniora", "called on the United Nations to deploy the reinforced peacekeeping force "
      "quickly", kind=I, stance="demand"),
    S(["Lebanon"], "Fuad Saniora", "Lebanon has paid a terrible price", stance="neutral"),
    S(["Lebanon"], "Fuad Saniora", "Now the state alone must hold the weapons and take the decisions of war and "
      "peace.", stance="demand"),
    S(["Lebanon"], "Elias Murr", "Fifteen thousand troops are ready, and the deployment can begin within days.",
      stance="agree"),
    S(["Lebanon"], "Elias Murr", "the army would not be asked to disarm Hezbollah by force", kind=I,
      stance="neutral"),
    S(["United States"], "George W. Bush", "Hezbollah started the crisis, and Hezbollah suffered a defeat in this "
      "crisis", stance="condemn"),
    S(["United States"], "George W. Bush", "blamed Syria and Iran for arming the group", kind=I,
      stance="condemn"),
    S(["United States"], "George W. Bush", "Responsibility for this crisis lies with Hezbollah",
      stance="condemn"),
    S(["Hezbollah"], "Hassan Nasrallah", "We are before a strategic and historic victory. It is too early to talk "
      "about disarming the resistance.", stance="reject"),
    S(["Hezbollah"], "Hassan Nasrallah", "We will not allow anyone to use this truce to take from the resistance "
      "what the enemy could not take in war", stance="reject"),
    S(["United Nations"], "Kofi Annan", 'called on both sides to respect "every letter" of the resolution',
      kind=I, stance="demand"),
    S(["United Nations"], "Kofi Annan", "Annan planned to visit Beirut and Jerusalem later this month to press "
      "for the release of the two Israeli soldiers", kind=I, stance="neutral"),
    S(["Hezbollah"], "Hussein Hajj Hassan", "Our fighters are the sons of these villages. Where would they go?",
      stance="reject"),
    S(["Israel"], "Israeli army", "it had dropped leaflets warning people not to travel south of the Litani",
      kind=I, opt=True, stance="neutral"),
    S(["Israel"], "Alon Friedman", "Our troops will stay until a robust international force is on the ground",
      stance="neutral"),
    S(["Israel"], "Israeli military", "its troops killed six Hezbollah fighters who approached them in four "
      "separate incidents", kind=I, opt=True, stance="neutral"),
    S(["United Nations"], "Security Council", "A first step", opt=True, stance="welcome"),
    K(790, "killed", "people", qualifier="more than"), K(157, "killed", "Israelis"),
    K(114, "killed", "soldiers"), K(6, "killed", "Hezbollah fighters"),
]

# ---------------------------------------------------------------- c02 JTA, Israel-UAE (Markdown)
A["c02_jta_uae_normalization"] = [
    T("August 13, 2020", "2020-08-13"),
    *every("c02_jta_uae_normalization", "Thursday", "2020-08-13"),
    T("today", "2020-08-13", ctx="breakthrough today!", opt=True), T("Today", "2020-08-13", opt=True),
    T("1979", "1979", nth=0), T("1979", "1979", nth=1), T("1994", "1994"),
    T("2020/08", "2020-08", ctx="uploads/2020/08", opt=True),
    T("2020/08/13", "2020-08-13", nth=0, opt=True), T("2020/08/13", "2020-08-13", nth=1, opt=True),
    T("2020", "2020", ctx="© 2020", opt=True),
    P("Jerusalem"), P("Washington", "WASHINGTON"), P("West Bank"), P("Ramallah"),
    P("Abu Dhabi", opt=True), P("Muqata", opt=True), P("White House", opt=True), P("Al-Aqsa", opt=True),
    P("Judea and Samaria", opt=True), P("Middle East", opt=True),
    V("Jerusalem", "2020-08-13", opt=True), V("Washington", "2020-08-13", opt=True),
    S(["United States"], "Donald Trump", "Israel and the United Arab Emirates will establish full diplomatic "
      "relations", kind=I, stance="welcome"),
    S(["United States"], "Donald Trump", "HUGE breakthrough today! Historic Peace Agreement between our two GREAT "
      "friends, Israel and the United Arab Emirates!", stance="welcome"),
    S(["United States", "Israel", "United Arab Emirates"], "joint statement", "Delegations from Israel and the "
      "United Arab Emirates will meet in the coming weeks to sign bilateral agreements regarding investment, "
      "tourism, direct flights, security and the establishment of reciprocal embassies.", stance="agree"),
    S(["United Arab Emirates", "UAE"], "Mohammed bin Zayed", "An agreement was reached to stop further Israeli "
      "annexation of Palestinian territories.", stance="agree"),
    S(["Israel"], "Benjamin Netanyahu", "a historic day", opt=True, stance="welcome"),
    S(["Israel"], "Benjamin Netanyahu", "Today we open a new era in relations between Israel and the Arab world",
      stance="welcome"),
    S(["Israel"], "Benjamin Netanyahu", "annexation was only delayed", kind=I, stance="neutral"),
    S(["Israel"], "Benjamin Netanyahu", "Annexation is on hold, not off the table. There is no change to my plan to "
      "apply our sovereignty in Judea and Samaria, in full coordination with the United States",
      stance="neutral"),
    S(["Yesha Council", "settlers"], "David Elhayani", "Netanyahu deceived his voters", stance="condemn"),
    S(["Yesha Council", "settlers"], "David Elhayani", "He traded sovereignty for a piece of paper.",
      stance="condemn"),
    S(PA, "Mahmoud Abbas", "a betrayal of Jerusalem, Al-Aqsa and the Palestinian cause.", stance="condemn"),
    S(PA, "Palestinian Authority", "it was recalling its ambassador to the UAE immediately", kind=I,
      stance="neutral"),
    S(["Hamas"], "Fawzi Barhoum", "This agreement serves only the Zionist occupation and encourages it to "
      "continue denying the rights of our people.", stance="condemn"),
    S(["Egypt"], "Abdel-Fattah el-Sissi", "I followed with great interest and appreciation the joint statement",
      stance="welcome"),
    S(["Anti-Defamation League", "ADL"], "Jonathan Greenblatt", "This is a major step toward a more peaceful "
      "Middle East", stance="welcome"),
    S(["American Israel Public Affairs Committee", "AIPAC"], "AIPAC", 'it hoped other Arab states would "follow '
      "the UAE's lead.\"", kind=I, stance="welcome"),
    S(["J Street"], "J Street", 'it "must be permanent, not a bargaining chip."', kind=I, stance="demand"),
    S(["J Street"], "J Street", "welcomed the suspension of annexation", kind=I, opt=True, stance="welcome"),
    S(["United States"], "Jared Kushner", 'another Arab country could follow "within the next few weeks."',
      kind=I, stance="neutral"),
    S(["United States"], "Jared Kushner", "We've been talking to a lot of countries", stance="neutral"),
    S(["Israel"], "Benny Gantz", "he had not been told of the talks in advance", kind=I, stance="neutral"),
    S(["Israel"], "Benny Gantz", "an important step for the State of Israel.", stance="welcome"),
    S(["Yesha Council", "settlers"], "settlers", "We were blindsided", opt=True, stance="condemn"),
]

# ---------------------------------------------------------------- c03 Toronto Star, Vienna deal (wrapped 70)
A["c03_torontostar_iran_deal_canada"] = [
    T("Tue., July 14, 2015", "2015-07-14"),
    T("Tuesday", "2015-07-14", ctx="in Vienna on Tuesday"), T("Tuesday", "2015-07-14", ctx="the Star on Tuesday"),
    T("June 30", "2015-06-30"), T("Today", "2015-07-14", opt=True),
    T("September 2012", "2012-09"), T("next week", "2015-W30"),
    P("Ottawa", "OTTAWA"), P("Vienna"), P("Washington"), P("Jerusalem"), P("Toronto"),
    P("Tehran", ctx="embassy in Tehran"), P("Palais Coburg", opt=True),
    V("Vienna", "2015-07-14"), V("Jerusalem", "2015-07-14"), V("Vienna", "2015-07", opt=True),
    S(["Canada"], "Rob Nicholson", 'Canada would keep its own sanctions on Iran in place and would judge Tehran '
      '"by its actions, not its words."', kind=I, stance="reject"),
    S(["Canada"], "Rob Nicholson", "Canada has long been skeptical of the Iranian regime's intentions",
      stance="reject"),
    S(["Canada"], "Rob Nicholson", "The regime continues to support terrorism, to threaten its neighbours and to "
      "violate the rights of its own people.", stance="condemn"),
    S(["Canada"], "Rob Nicholson", "Canada's sanctions will remain in place for the time being",
      stance="neutral"),
    S(["Iran"], "Mohammad Javad Zarif", "This is a historic moment", stance="welcome"),
    S(["Iran"], "Mohammad Javad Zarif", "Today could have been the end of hope on this issue, but now we are "
      "starting a new chapter of hope.", stance="welcome"),
    S(["United States"], "John Kerry", "the good deal that we sought.", stance="welcome"),
    S(["United States"], "Barack Obama", 'the agreement would cut off "every pathway" to a nuclear weapon',
      kind=I, stance="welcome"),
    S(["United States"], "Barack Obama", "he would veto any legislation that blocked it", kind=I,
      stance="threat"),
    S(["Israel"], "Benjamin Netanyahu", "a bad mistake of historic proportions.", stance="reject"),
    S(["Israel"], "Benjamin Netanyahu", "Israel is not bound by this deal with Iran, because Iran continues to "
      "seek our destruction. We will always defend ourselves.", stance="reject"),
    S(["Canada", "NDP", "New Democratic Party"], "Paul Dewar", "The Conservatives are isolating Canada from its "
      "closest allies. Every one of our allies at the table has signed this agreement, and Canada is standing on "
      "the sidelines with its arms crossed", stance="condemn"),
    S(["Canada", "Liberal Party"], "Justin Trudeau", 'the deal was "a positive step" and that a Liberal '
      "government would look at re-opening Canada's embassy in Tehran", kind=I, stance="welcome"),
    S(["Centre for Israel and Jewish Affairs", "CIJA"], "Centre for Israel and Jewish Affairs", 'it was "deeply '
      "concerned\" that the deal would leave Iran's nuclear infrastructure largely intact", kind=I,
      stance="reject"),
    S(["Centre for Israel and Jewish Affairs", "CIJA"], "Shimon Fogel", "A bad deal does not become a good deal "
      "because it has been signed", stance="reject"),
    S(["Iranian Canadian Congress"], "Bijan Ahmadi", "Families have waited years for this", stance="welcome"),
    S(["Iranian Canadian Congress"], "Bijan Ahmadi", "People here have relatives who could not get medicine "
      "because of the banking sanctions", stance="welcome"),
    S(["Iranian Canadian Congress"], "Bijan Ahmadi", "For them, this is a very good day.", stance="welcome"),
    S(["Iran"], "Hassan Rouhani", "A new page has been turned in our relations with the world.",
      stance="welcome"),
    S(["Iran"], "Hassan Rouhani", "Our prayers have come true", stance="welcome"),
    S(["Canada"], "Rob Nicholson", "skeptical", opt=True, stance="reject"),
    S(["Canada"], "Ottawa", "We won't be fooled", opt=True, stance="reject"),
]

# ---------------------------------------------------------------- c04 The Scotsman, Geneva Action Group (plain)
A["c04_scotsman_geneva_syria"] = [
    T("Sunday 1 July 2012", "2012-07-01"),
    T("yesterday", "2012-06-30", ctx="agreed yesterday"), T("yesterday", "2012-06-30", ctx="killed yesterday"),
    T("Friday night", "2012-06-29"), T("March", "2012-03", ctx="agreed in March"),
    T("March 2011", "2011-03"), T("tomorrow", "2012-07-02"), T("Saturday", "2012-06-30"),
    T("2012", "2012", ctx="© 2012", opt=True),
    P("Geneva"), P("Homs"), P("Rome"), P("Damascus", ctx="travel to Damascus"), P("Douma"), P("Zamalka"),
    P("New York"), P("Cairo"), P("Palais des Nations", opt=True), P("Westminster", opt=True),
    V("Geneva", "2012-06-30"), V("Cairo", "2012-07-02"),
    V("Geneva", "2012-06-29", opt=True),  # corrected after the blind run: Hague's arrival the night before (opt) V("Damascus", "2012-07", opt=True),
    V("New York", None, opt=True),
    S(["United Nations"], "Kofi Annan", 'the transitional body could include members of the present government '
      'and the opposition, chosen "on the basis of mutual consent"', kind=I, stance="propose"),
    S(["United Nations"], "Kofi Annan", "It is for the Syrian people to agree on a political agreement, but time "
      "is running out", stance="demand"),
    S(["United Nations"], "Kofi Annan", "We need to move quickly.", stance="demand"),
    S(["United Nations"], "Kofi Annan", "I would doubt that the Syrians would select people with blood on their "
      "hands to lead them.", stance="neutral"),
    S(["Russia"], "Sergei Lavrov", "There is no attempt to impose any kind of transition process on the Syrians",
      stance="neutral"),
    S(["Russia"], "Sergei Lavrov", "The agreement does not say that anyone should be excluded",
      stance="neutral"),
    S(["United States"], "Hillary Clinton", "Assad will still have to go", stance="demand"),
    S(["United States"], "Hillary Clinton", "The opposition will never consent to his inclusion.",
      stance="reject"),
    S(["United Kingdom"], "William Hague", "a good step forward but not enough on its own", stance="welcome"),
    S(["United Kingdom"], "William Hague", "This now has to be implemented, and that means the Security Council "
      "taking action with consequences for those who do not comply", stance="demand"),
    S(["United Kingdom"], "William Hague", 'Britain hoped would produce "a united vision" for the transition',
      kind=I, opt=True, stance="neutral"),
    S(["United Kingdom", "SNP", "Scottish National Party"], "Angus Robertson", 'the UK government should be '
      'pressing for "a binding Security Council resolution, not another communique"', kind=I, stance="demand"),
    S(["United Kingdom", "SNP", "Scottish National Party"], "Angus Robertson", "People in Homs cannot eat a "
      "communique.", stance="condemn"),
    S(["Syrian National Council", "SNC", "Syrian opposition"], "Syrian National Council", 'the plan was '
      '"ambiguous" and warned that no dialogue could begin while the killing continued', kind=I, stance="reject"),
    S(["Syrian National Council", "SNC", "Syrian opposition"], "Abdulbaset Sieda", "The Syrian people will not "
      "sit with the killers of their children.", stance="reject"),
    S(["Local Coordination Committees", "Syrian opposition"], "Local Coordination Committees", "a new failure",
      opt=True, stance="reject"),
    S(["Local Coordination Committees", "Syrian opposition"], "Local Coordination Committees", "Mr Annan's "
      'six-point plan, agreed in March, "died long ago"', kind=I, stance="reject"),
    S(["Syria"], "Syrian state television", "armed terrorist groups", opt=True, stance="condemn"),
    S(["Syria"], "Syrian state television", "soldiers had killed dozens of them in Douma, outside the capital",
      kind=I, opt=True, stance="neutral"),
    S(["Syrian Observatory for Human Rights", "SOHR"], "Syrian Observatory for Human Rights", "at least 85 "
      "people were killed yesterday across the country", kind=I, opt=True, stance="neutral"),
    S(["United Nations"], "Kofi Annan", 'he would brief the Security Council in New York and planned to travel '
      'to Damascus "in the coming days"', kind=I, stance="neutral"),
    S(["Germany"], "German official", "Wir bereiten uns auf alles vor", opt=True, stance="neutral"),
    S(["United Kingdom"], "William Hague", "in tatters", opt=True, stance="condemn"),
    K(85, "killed", "people", qualifier="at least", by="SOHR"), K(30, "killed", "people", by="SOHR"),
    K(15000, "killed", "people", qualifier="more than", by="activists"),
]

# ---------------------------------------------------------------- c05 Daily Mail, hostage truce (saved HTML)
A["c05_dailymail_hostage_truce"] = [
    T("2023-11-22", "2023-11-22", opt=True), T("2023/11/22", "2023-11-22", opt=True),
    T("overnight", "2023-11-22", opt=True),
    T("22 November 2023", "2023-11-22", nth=0), T("22 November 2023", "2023-11-22", nth=1),
    T("Wednesday", "2023-11-22"),
    *every("c05_dailymail_hostage_truce", "Tuesday night", "2023-11-21"),
    T("Thursday", "2023-11-23"), T("October 7", "2023-10-07"),
    T("Today", "2023-11-22", ctx="'Today's deal", opt=True),
    P("Gaza Strip", "Gaza"), P("Tel Aviv"), P("Doha"), P("Rafah", "Rafah crossing", opt=True),
    V("Tel Aviv", "2023-11-22"), V("Doha", "2023-11-23"),
    S(["Israel"], "Benjamin Netanyahu", "We will continue this war", opt=True, stance="threat"),
    S(["Israel"], "Benjamin Netanyahu", "We are at war, and we will continue the war until we achieve all our "
      "goals", stance="threat"),
    S(["Israel"], "Benjamin Netanyahu", "To destroy Hamas, return all our hostages and ensure that no entity in "
      "Gaza can threaten Israel.", stance="threat"),
    S(["Qatar"], "Qatar's foreign ministry", "the start time of the pause would be announced 'within the next "
      "24 hours' and that it would be extended by a day for every ten further hostages freed", kind=I,
      stance="agree"),
    # corrected after the blind run: the single-quoted fragment (add_fragments reads double quotes only)
    S(["Qatar"], "Qatar's foreign ministry", "within the next 24 hours", opt=True, stance="agree"),
    S(["Hamas"], "Hamas", "Our fighters will abide by the truce as long as the enemy abides by it, but our hands "
      "will remain on the trigger.", stance="agree"),
    S(["United States"], "Joe Biden", "I'm extraordinarily gratified that some of these brave souls will be "
      "reunited with their families once this deal is fully implemented", stance="welcome"),
    S(["United States"], "Joe Biden", "Today's deal should bring home additional American hostages.",
      stance="welcome"),
    S(["United Kingdom"], "David Cameron", "a crucial step towards returning all hostages to their families and "
      "addressing the humanitarian crisis in Gaza", stance="welcome"),
    S(["United Kingdom"], "David Cameron", "I urge all parties to ensure that it is fully implemented. The UK "
      "will keep working with partners to get aid in and get British nationals out.", stance="demand"),
    S(["United Kingdom"], "David Cameron", "a crucial step", opt=True, stance="welcome"),
    S(["United Kingdom"], "Rishi Sunak", "This is an important step towards getting hostages home and getting "
      "more aid into Gaza.", stance="welcome"),
    S(["United Kingdom"], "Rishi Sunak", "Britain would press for more aid lorries through the Rafah crossing",
      kind=I, stance="demand"),
    S(["Israel", "Jewish Power", "Otzma Yehudit"], "Itamar Ben-Gvir", "a historic mistake", opt=True,
      stance="reject"),
    S(["Israel", "Jewish Power", "Otzma Yehudit"], "Itamar Ben-Gvir", "We are making the same mistake as in the "
      "Shalit deal", stance="reject"),
    S(["Hostages and Missing Families Forum"], "Hostages and Missing Families Forum", "We will not rest until "
      "the last hostage is back.", opt=True, stance="demand"),
    S(["Israel"], "Israeli officials", "Around 1,200 people were killed in the October 7 attack", kind=I,
      opt=True, stance="neutral"),
    S(["Hamas"], "Gaza health ministry", "more than 14,000 people have been killed in Israel's offensive since "
      "then", kind=I, opt=True, stance="neutral"),
    S(["Israel"], "Israeli official", "Mossad chief David Barnea is expected to travel to Doha on Thursday to "
      "finalise the list of hostages with Qatari mediators", kind=I, stance="neutral"),
    S(["Hostages and Missing Families Forum"], "Hostages and Missing Families Forum", "Bring them home now",
      opt=True, stance="demand"),
    K(1200, "killed", "people", qualifier="around", by="Israeli officials"),
    K(14000, "killed", "people", qualifier="more than", by="Hamas-run health ministry"),
]

# ---------------------------------------------------------------- c06 Jakarta Post, Gaza ceasefire (plain)
A["c06_jakartapost_gaza_ceasefire"] = [
    T("Fri, May 21, 2021", "2021-05-21"),
    *every("c06_jakartapost_gaza_ceasefire", "Friday", "2021-05-21"),
    T("Thursday", "2021-05-20"), T("Wednesday", "2021-05-19"), T("Monday", "2021-05-17"),
    T("next Tuesday", "2021-05-25"), T("2014", "2014"),
    T("2016", "2016", ctx="Copyright 2016 - 2021", opt=True), T("2021", "2021", ctx="2016 - 2021", opt=True),
    P("New York"), P("Jakarta", ctx="briefing in Jakarta"), P("Tel Aviv"), P("Doha"), P("Gaza Strip", "Gaza"),
    P("Beit Lahia"),
    V("New York", "2021-05-20"), V("New York", "2021-05-19"),
    V("Tel Aviv", "2021-05", opt=True),  # corrected after the blind run: Egypt's delegations, undated (opt)
    S(["Indonesia"], "Retno Marsudi", 'a pause in the fighting would not end what she called "the root of the '
      'conflict"', kind=I, stance="neutral"),
    S(["Indonesia"], "Retno Marsudi", "The world has a moral responsibility to stop this violence, and it has "
      "failed.", stance="demand"),
    S(["Indonesia"], "Retno Marsudi", "We cannot stand idle while innocent civilians, including children, are "
      "killed in front of our eyes", stance="condemn"),
    S(["Indonesia"], "Retno Marsudi", "The international community must ensure accountability for the "
      "violations committed by Israel.", stance="demand"),
    S(["Indonesia"], "Retno Marsudi", "accountability", opt=True, stance="demand"),
    S(["Egypt"], "Egypt", "the ceasefire began at 2 a.m. local time on Friday and that it would send two "
      "security delegations to Tel Aviv and the Palestinian territories to monitor it", kind=I, stance="agree"),
    S(["Israel"], "Israel's security cabinet", 'it had unanimously accepted the Egyptian proposal for "a mutual '
      'and unconditional ceasefire", and that "the political echelon will determine the continuation of the '
      'operation"', kind=I, stance="agree"),
    S(["Hamas"], "Ezzat al-Rishq", "The resistance has won the battle, and the occupation was forced to accept a "
      "truce", stance="welcome"),
    S(["Hamas"], "Ezzat al-Rishq", "The resistance will remain ready.", stance="threat"),
    S(["United States"], "Joe Biden", "I believe the Palestinians and Israelis equally deserve to live safely and "
      "securely", stance="neutral"),
    S(["Indonesia"], "Joko Widodo", "Indonesia will continue to stand with the Palestinian people",
      stance="neutral"),
    S(["Indonesia"], "Joko Widodo", "calling for humanitarian aid to reach Gaza without delay", kind=I,
      stance="demand"),
    S(["Medical Emergency Rescue Committee", "MER-C"], "Sarbini Abdul Murad", "the hospital had been damaged by "
      "shelling on Monday", kind=I, opt=True, stance="neutral"),
    S(["Medical Emergency Rescue Committee", "MER-C"], "Sarbini Abdul Murad", "Our volunteers are safe, but the "
      "hospital has been running on generators for a week", opt=True, stance="neutral"),
    S(["Medical Emergency Rescue Committee", "MER-C"], "Sarbini Abdul Murad", "We need fuel and medicine, not "
      "statements.", opt=True, stance="demand"),
    S(["Medical Emergency Rescue Committee", "MER-C"], "Sarbini Abdul Murad", "Kami bersyukur gencatan senjata "
      "berlaku, tetapi perjuangan belum selesai", opt=True, stance="welcome"),
    S(["Indonesia"], "Indonesian aid groups", "they were preparing to send medical supplies", kind=I, opt=True,
      stance="neutral"),
    S(["Muhammadiyah"], "Haedar Nashir", "urged the government to use its seat on the UN Human Rights Council to "
      "push for an investigation", kind=I, stance="demand"),
    S(["Indonesia"], "Teuku Faizasyah", "We will hold talks with the Organization of Islamic Cooperation next "
      "Tuesday on a reconstruction fund", stance="propose"),
    S(["Indonesia"], "Teuku Faizasyah", "the ministry had no reports of Indonesian casualties in Gaza", kind=I,
      stance="neutral"),
    S(["Hamas"], "Gaza health ministry", "232 Palestinians, including 65 children, were killed in the conflict",
      kind=I, opt=True, stance="neutral"),
    S(["Indonesia"], "Retno Marsudi", "Palestine must not be forgotten", opt=True, stance="demand"),
    K(232, "killed", "Palestinians", by="Gaza health ministry"), K(65, "killed", "children"),
    K(1900, "wounded", "Palestinians", qualifier="more than"), K(12, "killed", "people"),
    K(2, "killed", "children"), K(2200, "killed", "Palestinians", qualifier="more than"),
]

# ---------------------------------------------------------------- c07 Korea Herald, Jeddah declaration (wrapped 72)
A["c07_koreaherald_jeddah_sudan"] = [
    T("May 12, 2023", "2023-05-12"),
    *every("c07_koreaherald_jeddah_sudan", "Friday", "2023-05-12"),
    T("late Thursday", "2023-05-11"), T("Thursday", "2023-05-11", ctx="interview on Thursday"),
    T("Saturday", "2023-05-13"), T("April 15", "2023-04-15"), T("last month", "2023-04"),
    T("April 24", "2023-04-24"), T("the following day", "2023-04-25", opt=True), T("2021", "2021"),
    T("next month", "2023-06"), T("June 19", "2023-06-19"),
    P("Jeddah"), P("Seoul", ctx="briefing in Seoul"), P("Khartoum"), P("Bahri"), P("Port Sudan"), P("Geneva"),
    P("Nile", opt=True),
    V("Jeddah", "2023-05-11"), V("Jeddah", "2023-05-13"), V("Geneva", "2023-06-19"),
    S(["South Korea", "Korea", "Republic of Korea"], "Lim Soo-suk", 'the fighting must stop "for good, not for a '
      'few days."', kind=I, stance="demand"),
    S(["South Korea", "Korea", "Republic of Korea"], "Lim Soo-suk", "The government hopes that the two sides will "
      "faithfully implement the declaration and move quickly to a lasting ceasefire", stance="welcome"),
    S(["South Korea", "Korea", "Republic of Korea"], "Lim Soo-suk", "The safety of the Sudanese people and of "
      "foreign nationals must come first.", stance="demand"),
    S(["United States"], "senior US State Department official", "The parties are quite far apart on a "
      "ceasefire.", stance="neutral"),
    S(["United States"], "senior US State Department official", "This is not a ceasefire. It is an affirmation "
      "of their obligations under international humanitarian law.", stance="neutral"),
    S(["United States"], "senior US State Department official", "Talks on a truce of up to 10 days will resume "
      "in Jeddah on Saturday", stance="neutral"),
    S(["Saudi Arabia"], "Saudi foreign ministry", 'it hoped the agreement would lead to "a comprehensive '
      'ceasefire" and the restoration of "security and stability" in Sudan', kind=I, stance="welcome"),
    S(["Rapid Support Forces", "RSF"], "Mohamed Hamdan Dagalo", "We are committed to the Jeddah declaration",
      stance="agree"),
    S(["Rapid Support Forces", "RSF"], "Mohamed Hamdan Dagalo", "accusing the army of breaking earlier truces",
      kind=I, stance="condemn"),
    S(["Sudanese Armed Forces", "SAF", "Sudanese army", "Sudan"], "Sudanese army", "The armed forces have always "
      "respected the humanitarian truces", stance="deny"),
    S(["Sudanese Armed Forces", "SAF", "Sudanese army", "Sudan"], "Sudanese army", 'blaming the "rebel militia."',
      kind=I, opt=True, stance="condemn"),
    S(["Central Committee of Sudanese Doctors"], "Central Committee of Sudanese Doctors", 'the declaration would '
      'mean "nothing" if hospitals in Khartoum were not cleared of fighters', kind=I, opt=True, stance="reject"),
    S(["World Health Organization", "WHO", "United Nations"], "World Health Organization", "more than 600 people "
      "have been killed and more than 5,000 wounded since the conflict broke out on April 15", kind=I, opt=True,
      stance="neutral"),
    S(["South Korea", "Korea", "Republic of Korea"], "Park Jin", "We were able to bring our people home safely "
      "because of the cooperation of our friends in the region.", stance="welcome"),
    S(["South Korea", "Korea", "Republic of Korea"], "Lim Soo-suk", "no South Korean nationals remained in Sudan",
      kind=I, stance="neutral"),
    S(["South Korea", "Korea", "Republic of Korea"], "Lim Soo-suk", "We are reviewing humanitarian assistance "
      "through international organizations, and we will announce the scale of aid soon", stance="propose"),
    S(["South Korea", "Korea", "Republic of Korea"], "Kang Kyung-wha", 'Seoul should use a seat on the UN '
      'Security Council, if it wins one next month, to "keep Sudan on the agenda."', kind=I, stance="demand"),
    S(["South Korea", "Korea", "Republic of Korea"], "South Korean Foreign Ministry", "it would send a delegation "
      "to the Sudan humanitarian pledging conference in Geneva on June 19", kind=I, stance="agree"),
    K(600, "killed", "people", qualifier="more than", by="WHO"),
    K(5000, "wounded", "people", qualifier="more than", by="WHO"),
]

# ---------------------------------------------------------------- c08 Bangkok Post, Thai hostages (plain)
A["c08_bangkokpost_thai_hostages"] = [
    T("25 Nov 2023", "2023-11-25"),
    T("Oct 7", "2023-10-07", nth=0), T("Oct 7", "2023-10-07", nth=1),
    *every("c08_bangkokpost_thai_hostages", "Friday", "2023-11-24"),
    T("Saturday morning", "2023-11-25"), T("Saturday", "2023-11-25", ctx="said on Saturday"),
    T("Sunday", "2023-11-26"), T("last month", "2023-10"), T("Monday", "2023-11-27"),
    P("Gaza Strip"), P("Tel Aviv"), P("Doha"), P("Tehran"), P("Udon Thani"), P("Bangkok", ctx="embassy in Bangkok"),
    P("Rafah", "Rafah crossing", opt=True), P("Shamir Medical Center", opt=True),
    P("Don Mueang Airport", "Don Mueang airport", opt=True),
    V("Doha", "2023-11-26"), V("Tehran", "2023-10"),
    S(["Thailand"], "Thai government", "Ten Thai farm workers held by Hamas in the Gaza Strip since Oct 7 were "
      "freed on Friday", kind=I, stance="neutral"),
    S(["Thailand"], "Srettha Thavisin", "I have received confirmation from the security agencies and the Foreign "
      "Ministry that 10 Thai hostages have been released", stance="welcome"),
    S(["Thailand"], "Srettha Thavisin", "Embassy officials are on their way to pick them up.", stance="neutral"),
    S(["Thailand"], "Parnpree Bahiddha-Nukara", "The release is the result of talks on many channels, not only "
      "one.", stance="welcome"),
    S(["Thailand"], "Parnpree Bahiddha-Nukara", "We will not stop until every Thai is home", stance="demand"),
    S(["Thailand"], "Parnpree Bahiddha-Nukara", 'I will ask the Qatari side to help us with the remaining names.'
      '\n\n"Some of them may be held by other groups, not by Hamas, and that makes the work harder. But we have '
      "channels to all sides.", stance="neutral"),
    S(["Thailand"], "Parnpree Bahiddha-Nukara", "He thanked Qatar, Egypt, Iran and Malaysia", kind=I, opt=True,
      stance="welcome"),
    S(["Thailand"], "Parnpree Bahiddha-Nukara", "he would meet Qatar's minister of state for foreign affairs, "
      "Mohammed Al-Khulaifi, in Doha on Sunday", kind=I, stance="neutral"),
    S(["Thailand", "Thai Muslim delegation"], "Areepen Uttarasin", "They told us the Thais were not part of the "
      "war and would be released without conditions", stance="welcome"),
    S(["Thailand", "Thai Muslim delegation"], "Areepen Uttarasin", "Hamas kept its promise.", opt=True,
      stance="welcome"),
    S(["Hamas"], "Hamas", 'it had freed the Thais "in response to the efforts of Iranian President Ebrahim Raisi" '
      'and that the decision was "outside the framework of the truce agreement"', kind=I, stance="neutral"),
    S(["Thailand"], "Kanchana Patarachoke", "The ministry appreciates every party that helped", stance="welcome"),
    S(["Thailand"], "Kanchana Patarachoke", "20 Thais were believed to be still held in Gaza", kind=I,
      stance="neutral"),
    S(["Thailand"], "Thai Foreign Ministry", "At least 39 Thais were killed in the Hamas attack on Israel on Oct "
      "7", kind=I, opt=True, stance="neutral"),
    S(["Thailand"], "Thongkham", "I just want to hear his voice", opt=True, stance="neutral"),
    S(["Move Forward Party", "Thailand"], "Move Forward Party", "the government should also press Israel to "
      "protect the roughly 25,000 Thais who still work on Israeli farms", kind=I, stance="demand"),
    S(["Move Forward Party", "Thailand"], "Parit Wacharasindhu", "Labour is not a reason to risk lives",
      stance="demand"),
    S(["Israel"], "Israeli embassy in Bangkok", "We share the joy of the Thai people", stance="welcome"),
    S(["Israel"], "Israeli embassy in Bangkok", "The freed workers will be treated like our own.",
      stance="welcome"),
    K(39, "killed", "Thais", qualifier="at least", by="Thai Foreign Ministry"),
    K(19, "wounded", "Thais", by="Thai Foreign Ministry"),
]

# ---------------------------------------------------------------- c09 Dhaka Tribune, Stockholm agreement (plain)
A["c09_dhakatribune_stockholm_yemen"] = [
    T("14 Dec 2018", "2018-12-14", nth=0), T("14 Dec 2018", "2018-12-14", nth=1),
    T("Thursday", "2018-12-13", ctx="agreed on Thursday"), T("Thursday evening", "2018-12-13"),
    T("Thursday", "2018-12-13", ctx="calmed on Thursday"), T("Friday morning", "2018-12-14"),
    T("late January", "2019-01"), T("today", "2018-12-13", ctx="But today the people", opt=True),
    T("2014", "2014"), T("March 2015", "2015-03"), T("next week", "2018-W51"),
    T("2018", "2018", ctx="© 2018", opt=True),
    P("Hodeidah"), P("Rimbo"), P("Stockholm"), P("Taez"), P("Sanaa"), P("Dhaka"),
    P("Johannesberg Castle", opt=True),
    V("Rimbo", "2018-12-13", r=RIMBO), V("Rimbo", "2018-W50", r=RIMBO, opt=True),
    S(["United Nations"], "Antonio Guterres", "You have reached an agreement on Hodeidah port and city, which "
      "will see a mobilization of troops and the establishment of a governorate-wide ceasefire",
      stance="welcome"),
    S(["United Nations"], "Antonio Guterres", "This is an important step.", stance="welcome"),
    S(["United Nations"], "Antonio Guterres", 'The UN will play "a leading role" in running the port', kind=I,
      opt=True, stance="neutral"),
    S(["United Nations"], "Martin Griffiths", "the two sides would meet again in late January to work out a "
      "framework for political negotiations", kind=I, stance="propose"),
    S(["United Nations"], "Martin Griffiths", "We have a long way to go", stance="neutral"),
    S(["United Nations"], "Martin Griffiths", "But today the people of Yemen have been given hope.",
      stance="welcome"),
    S(["Yemeni government", "Yemen", "Government of Yemen"], "Khaled al-Yamani", "The agreement remains "
      "hypothetical until it is carried out", stance="neutral"),
    S(["Yemeni government", "Yemen", "Government of Yemen"], "Khaled al-Yamani", "The militias must withdraw from "
      "Hodeidah fully and hand it over to the legitimate authorities", stance="demand"),
    S(["Houthis", "Ansar Allah"], "Mohammed Abdulsalam", "We made concessions for the sake of our people",
      stance="agree"),
    S(["Houthis", "Ansar Allah"], "Mohammed Abdulsalam", "accusing the Saudi-led coalition of dragging out the "
      "war", kind=I, stance="condemn"),
    S(["Houthis", "Ansar Allah"], "Mohammed Abdulsalam", "We will not accept any foreign forces in Hodeidah",
      stance="reject"),
    S(["Sweden"], "Margot Wallstrom", "a real step forward for peace", stance="welcome"),
    S(["United Arab Emirates", "UAE"], "Anwar Gargash", "The Sweden talks are a breakthrough made possible by "
      "military pressure on the Houthis.", stance="welcome"),
    S(["Bangladesh"], "AH Mahmood Ali", "Bangladesh was ready to contribute troops to any UN mission that might "
      "be needed", kind=I, stance="propose"),
    S(["Bangladesh"], "AH Mahmood Ali", "Bangladesh stands with the people of Yemen, who have suffered far too "
      "long", stance="neutral"),
    S(["Bangladesh"], "AH Mahmood Ali", "We hope the ceasefire in Hodeidah will hold.", stance="welcome"),
    S(["Bangladesh"], "AH Mahmood Ali", "welcomed the deal", kind=I, opt=True, stance="welcome"),
    S(["Bangladesh"], "Bangladesh foreign ministry", "it was in contact with the roughly 1,000 Bangladeshi "
      "workers believed to be in Yemen", kind=I, stance="neutral"),
    S(["Save the Children"], "Save the Children", "85,000 children under five may have died of hunger or "
      "disease since the coalition intervened in March 2015", kind=I, opt=True, stance="neutral"),
    S(["United Nations"], "United Nations", "at least 10,000 people have been killed in the war", kind=I,
      opt=True, stance="neutral"),
    S(["Yemen"], "Ahmed Saleh", "We heard the news, but we will believe it when the guns stop", opt=True,
      stance="neutral"),
    S(["Saudi Arabia", "Saudi-led coalition"], "Adel al-Jubeir", "committed", opt=True, stance="agree"),
    K(85000, "killed", "children", by="Save the Children"),
    K(10000, "killed", "people", qualifier="at least", by="UN"),
]

# ---------------------------------------------------------------- c10 The Forward, Beirut summit (Markdown)
A["c10_forward_beirut_summit"] = [
    T("March 29, 2002", "2002-03-29"),
    T("Thursday", "2002-03-28", ctx="on Thursday, offering"), T("Thursday", "2002-03-28", ctx="said Thursday"),
    T("June 4, 1967", "1967-06-04"), T("Wednesday night", "2002-03-27"),
    T("Wednesday", "2002-03-27", ctx="summit on Wednesday"),
    T("Friday", "2002-03-29", ctx="officials on Friday"), T("Friday", "2002-03-29", ctx="Jerusalem on Friday"),
    T("1967", "1967", ctx="the 1967 lines", opt=True),
    T("2002", "2002", ctx="news/2002/netanya", opt=True), T("2002", "2002", ctx="opinion/2002/saudi", opt=True),
    T("2002", "2002", ctx="© 2002", opt=True),
    P("Washington", "WASHINGTON"), P("Beirut"), P("Netanya"), P("Ramallah"), P("Jerusalem", ctx="meet in Jerusalem"),
    P("Gaza Strip", "Gaza"), P("Park Hotel", opt=True),
    V("Beirut", "2002-03-28"), V("Jerusalem", "2002-03-29"), V("Beirut", "2002-03-27", opt=True),
    S(["Arab League"], "Arab League summit", 'offering Israel "normal relations" with the Arab world in return for '
      'a full withdrawal', kind=I, opt=True, stance="propose"),
    S(["Saudi Arabia"], "Crown Prince Abdullah", "The Arab countries have said to Israel: there is another way",
      stance="propose"),
    S(["Saudi Arabia"], "Crown Prince Abdullah", "Peace emanates from the heart and the mind, and not from the "
      "cannon and the warhead.", stance="propose"),
    S(["Arab League"], "Amr Moussa", "This is a historic offer. The ball is now in Israel's court.",
      stance="welcome"),
    S(["Israel"], "Shimon Peres", "It is an important step, but the language on refugees could endanger the "
      "Jewish character of Israel", stance="reject"),
    S(["Israel"], "Ariel Sharon", "a non-starter", opt=True, stance="reject"),
    S(["Israel"], "Ariel Sharon", "How can we talk about peace in Beirut when they are murdering our people at "
      "the seder table in Netanya?", stance="reject"),
    S(["United States"], "Colin Powell", 'the summit had made "a positive contribution,"', kind=I,
      stance="welcome"),
    S(["American Jewish Committee", "AJC"], "David Harris", 'the Saudi plan contained "some new language" but '
      '"more of the old rejectionism."', kind=I, stance="reject"),
    S(["American Jewish Committee", "AJC"], "David Harris", "You cannot demand the right of return and call it "
      "peace", stance="reject"),
    S(["Conference of Presidents of Major American Jewish Organizations", "Conference of Presidents"],
      "Malcolm Hoenlein", "The Arabs have taken a step", stance="neutral"),
    S(["Conference of Presidents of Major American Jewish Organizations", "Conference of Presidents"],
      "Malcolm Hoenlein", "but it is a step in the wrong direction if they think Israel will go back to the 1967 "
      "lines.", stance="reject"),
    S(["Americans for Peace Now", "Peace Now"], "Americans for Peace Now", 'urged the Sharon government to "take '
      'yes for an answer."', kind=I, stance="demand"),
    S(["Americans for Peace Now", "Peace Now"], "Debra DeLee", "This is the first time the whole Arab League has "
      "said the word 'normal,'", stance="welcome"),
    S(["Hamas"], "Hamas", 'it rejected the Beirut plan and that "the martyrdom operations will continue."',
      kind=I, stance="reject"),
    S(["Israel"], "Ariel Sharon", "Israel will act", opt=True, stance="threat"),
    S(["Israel"], "Ariel Sharon", "Whoever sent the murderer to the seder will pay.", stance="threat"),
    S(["Lebanon"], "Emile Lahoud", "The refugees will not be settled in Lebanon under any circumstances",
      stance="reject"),
    S(["Netanya"], "witness", "It was like a war inside the dining room", opt=True, stance="neutral"),
    K(22, "killed", "people"), K(140, "wounded", "people", qualifier="about"),
]

# ---------------------------------------------------------------- c11 Brussels Times, Israel-Iran (saved HTML)
A["c11_brusselstimes_israel_iran_ceasefire"] = [
    T("2025-06-24", "2025-06-24", opt=True), T("2025/06", "2025-06", opt=True),
    T("Tuesday, 24 June 2025", "2025-06-24"),
    T("Tuesday", "2025-06-24", ctx="in The Hague on Tuesday. Credit"),
    T("Tuesday", "2025-06-24", ctx="warned on Tuesday"),
    T("Tuesday", "2025-06-24", ctx="in The Hague on Tuesday.</p>"),
    T("Tuesday morning", "2025-06-24"), T("Tuesday", "2025-06-24", ctx="early on Tuesday"),
    T("Tuesday", "2025-06-24", ctx="said on Tuesday that 610"),
    T("overnight", "2025-06-24", opt=True),
    T("Monday evening", "2025-06-23", ctx="on Monday evening, Washington"),
    T("Monday evening", "2025-06-23", ctx="on Monday evening in retaliation"),
    T("Monday", "2025-06-23", ctx="Brussels on Monday"), T("Monday", "2025-06-30", ctx="Luxembourg on Monday"),
    T("Sunday", "2025-06-22"), T("13 June", "2025-06-13"), T("last week", "2025-W25"), T("Wednesday", "2025-06-25"),
    T("2025", "2025", ctx="&copy; 2025", opt=True),
    P("The Hague"), P("Al Udeid"), P("Brussels", ctx="foreign ministers in Brussels"), P("Luxembourg"),
    P("Tehran", ctx="embassy in Tehran"), P("Washington", opt=True),
    V("The Hague", "2025-06-24"), V("The Hague", "2025-06-25"), V("Brussels", "2025-06-23"),
    V("Luxembourg", "2025-06-30"),
    S(["Belgium"], "Maxime Prévot", 'the truce remained "extremely fragile"', kind=I, stance="neutral"),
    S(["Belgium"], "Maxime Prévot", "A ceasefire is always better than a war, but this one will only hold if "
      "everyone shows restraint", stance="welcome"),
    S(["Belgium"], "Maxime Prévot", "Belgium calls on Israel and Iran to return to the negotiating table.",
      stance="demand"),
    S(["Belgium"], "Maxime Prévot", "fragile", opt=True, stance="neutral"),
    S(["United States"], "Donald Trump", "CONGRATULATIONS WORLD, IT'S TIME FOR PEACE!", stance="welcome"),
    S(["United States"], "Donald Trump", "The ceasefire will go into effect in stages over the next 24 hours.",
      stance="neutral"),
    S(["United States"], "Donald Trump", "accused both countries of breaking it", kind=I, stance="condemn"),
    S(["United States"], "Donald Trump", "Israel, do not drop those bombs", stance="demand"),
    S(["United States"], "Donald Trump", "Bring your pilots home, now!", stance="demand"),
    S(["Israel"], "Benjamin Netanyahu", 'Israel had agreed to the US proposal after achieving "all of its '
      'objectives" and that it would "respond forcefully to any violation"', kind=I, stance="agree"),
    S(["Iran"], "Abbas Araghchi", "As of now, there is no agreement on any ceasefire. However, provided that the "
      "Israeli regime stops its aggression no later than 4 a.m. Tehran time, we have no intention to continue our "
      "response afterwards.", stance="agree"),
    S(["Qatar"], "Qatar", "it had intercepted the missiles", kind=I, opt=True, stance="neutral"),
    S(["Qatar"], "Qatar", "a flagrant violation", opt=True, stance="condemn"),
    S(["European Union"], "Kaja Kallas", 'the ceasefire was "a positive development" and that the EU was ready to '
      'contribute "to a lasting diplomatic solution" on Iran\'s nuclear programme', kind=I, stance="welcome"),
    S(["Belgium"], "Bart De Wever", "Belgium will play its full part in the European efforts", stance="agree"),
    S(["Ecolo-Groen", "Groen", "Ecolo", "Belgium"], "Ecolo-Groen", 'the government had been "too silent" about '
      "the American strikes", kind=I, stance="condemn"),
    S(["Ecolo-Groen", "Groen", "Ecolo", "Belgium"], "Wouter De Vriendt", "International law does not stop at the "
      "White House", stance="condemn"),
    S(["Belgium"], "Belgian diplomat", "Nous restons très prudents", opt=True, stance="neutral"),
    S(["Iran"], "Iran's health ministry", "610 people had been killed and more than 4,700 wounded in Israeli "
      "strikes since 13 June", kind=I, opt=True, stance="neutral"),
    S(["Belgium"], "Maxime Prévot", "he would travel to Luxembourg on Monday for the next meeting of EU foreign "
      "ministers", kind=I, stance="neutral"),
    S(["Belgium"], "Belgian embassy in Tehran", "all Belgian nationals who had asked for help had been able to "
      "leave the country via Armenia", kind=I, stance="neutral"),
    S(["Belgium"], "Belgians in Iran", "We left with one suitcase", opt=True, stance="neutral"),
    K(610, "killed", "people", by="Iran's health ministry"),
    K(4700, "wounded", "people", qualifier="more than", by="Iran's health ministry"),
    K(28, "killed", "people", by="Israeli prime minister's office"),
]

# ---------------------------------------------------------------- c12 Malay Mail, Sharm summit (wrapped 68)
A["c12_malaymail_sharm_summit"] = [
    T("Wednesday, October 18, 2000", "2000-10-18"), T("Oct 18", "2000-10-18"),
    T("yesterday", "2000-10-17"), T("next month", "2000-11"), T("Tuesday", "2000-10-17"),
    T("today", "2000-10-17", opt=True), T("Friday", "2000-10-20"), T("Sept 28", "2000-09-28"),
    T("Saturday", "2000-10-21"), T("1996", "1996"),
    T("2000", "2000", ctx="© 2000", opt=True),
    P("Kuala Lumpur", "KUALA LUMPUR"), P("Sharm el-Sheikh"), P("Doha"), P("Amman"), P("Jerusalem"),
    P("Gaza Strip", "Gaza"), P("Cairo"), P("Parliament House", opt=True), P("Red Sea", opt=True),
    P("Al-Aqsa", "Al-Aqsa mosque compound", opt=True), P("Kuala Lumpur", "KL", opt=True),
    V("Sharm el-Sheikh", "2000-10-17"), V("Doha", "2000-11"), V("Cairo", "2000-10-21"),
    V("Jerusalem", "2000-09-28"),  # corrected after the blind run: Sharon's visit to the Al-Aqsa compound
    V("Kuala Lumpur", "2000-10-17", opt=True),
    S(["Malaysia"], "Syed Hamid Albar", "the agreement reached at the emergency summit in Sharm el-Sheikh, Egypt, "
      "to end three weeks of Israeli-Palestinian violence did not address the causes of the bloodshed", kind=I,
      stance="reject"),
    S(["Malaysia"], "Syed Hamid Albar", "A ceasefire on paper will not bring back the lives that have been lost, "
      "and it will not end the occupation", stance="reject"),
    S(["Malaysia"], "Syed Hamid Albar", "The Palestinian people need protection, not promises.",
      stance="demand"),
    S(["Malaysia"], "Syed Hamid Albar", "We will use the Organisation of the Islamic Conference summit in Doha "
      "next month to push for an international inquiry into the killings", stance="propose"),
    S(["Malaysia"], "Syed Hamid Albar", "not enough", opt=True, stance="reject"),
    S(["United States"], "Bill Clinton", "Israeli Prime Minister Ehud Barak and Palestinian leader Yasser Arafat "
      "had agreed to issue public statements calling for an end to the violence", kind=I, stance="agree"),
    S(["United States"], "Bill Clinton", "We have made important commitments today", stance="agree"),
    S(["United States"], "Bill Clinton", "Our primary objective has been to end the current violence so we can "
      "begin again to resume our efforts towards peace.", stance="neutral"),
    S(["Israel"], "Ehud Barak", "We will judge the Palestinians by their deeds. If the violence does not stop, we "
      "will know how to act.", stance="threat"),
    S(PA, "Nabil Abu Rudeineh", "The Palestinian leadership will abide by what was agreed, but Israel must first "
      "withdraw its tanks from Palestinian towns.", stance="agree"),
    S(["Egypt"], "Hosni Mubarak", "the best we could get under the circumstances.", stance="welcome"),
    S(["Jordan"], "King Abdullah II", "The summit has stopped the slide towards a regional war",
      stance="welcome"),
    S(["Jordan"], "King Abdullah II", 'urging both sides to "show courage."', kind=I, stance="demand"),
    S(["Malaysia"], "Mahathir Mohamad", 'the United States "cannot be both judge and party" to the conflict',
      kind=I, stance="condemn"),
    S(["Malaysia"], "Mahathir Mohamad", "The Americans always side with Israel", stance="condemn"),
    S(["PAS", "Parti Islam Se-Malaysia", "Malaysia"], "PAS", "it would hold a rally in support of the "
      "Palestinians outside the US Embassy on Friday", kind=I, stance="neutral"),
    S(["PAS", "Parti Islam Se-Malaysia", "Malaysia"], "Nasharudin Mat Isa", "Kami akan terus bersama rakyat "
      "Palestin", opt=True, stance="neutral"),
    S(["Hamas"], "Hamas spokesman", "The intifada will go on until the occupation ends", stance="reject"),
    S(["Hamas", "Palestinian Islamic Jihad"], "Hamas and Islamic Jihad", "rejected the summit's outcome", kind=I,
      opt=True, stance="reject"),
    S(["Malaysia"], "Muslims in KL", "We will not forget Al-Quds", opt=True, stance="neutral"),
    K(100, "killed", "people", qualifier="at least"),
]

WRAPPED = ("c03_torontostar_iran_deal_canada", "c07_koreaherald_jeddah_sudan", "c12_malaymail_sharm_summit")


# the spans and quotes of the hard-wrapped articles, with the articles' own line breaks
respell = respell_wrapped(HERE, A, WRAPPED)
# the quoted fragments inside each indirect statement: optional statements of the same speaker
add_fragments(A, respell)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    main(HERE, A, build())
