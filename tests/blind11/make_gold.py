"""Build tests/blind11/gold.json from the hand annotations below (run: python tests/blind11/make_gold.py).

A blind set (blind11): statement-rich news from twelve outlets in genres the older sets cover little (a reaction
round-up, a UN General Assembly debate summary, an Arab League-OIC summit communique story, a press-conference
transcript, a broadcaster's speech summary, a ministry statement page with numbered points, a state agency story,
an Israeli paper's coalition story, a US outlet's "officials said" story, an interview feature, a liveblog and a
hard-wrapped wire copy). Written and annotated without reading the extractor code (``lib/``), the git log,
``docs/`` or the articles of the other sets. Offsets are character offsets into ``open(path, encoding="utf-8")
.read()`` (the way the scorer reads the files), found by exact substring search: ``ctx`` (a longer, unique stretch
of text) locates the mention when the bare text repeats, ``nth`` picks the n-th occurrence. Every span is checked
with ``text[start:end] == item['text']`` and every direct quote must occur verbatim in its article (in the
hard-wrapped r12 the quotes keep the article's line breaks: ``wrapped`` respells them). Every statement carries a
``stance`` (threat, reject, condemn, welcome, demand, propose, agree, deny, neutral) for ``bench/stance_eval.py``.
The format is the one of ``shared/eval/gold/seeds.json``; conventions are in README.md.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import K, P, S, T, V, add_fragments, build_gold, find, write_gold  # noqa: E402,F401

# coordinates (GeoNames-style populated-place centres; regions get a radius)
C = {
    "Tehran": (35.6944, 51.4215), "Beirut": (33.8938, 35.5018), "Singapore": (1.2897, 103.8501),
    "Jerusalem": (31.7690, 35.2163), "Dubai": (25.0657, 55.1713), "Wadi Gaza": (31.4550, 34.4000),
    "New York": (40.7143, -74.0060), "Riyadh": (24.6877, 46.7219), "Rafah": (31.2969, 34.2455),
    "Tel Aviv": (32.0809, 34.7806), "Cairo": (30.0626, 31.2497), "Amman": (31.9552, 35.9450),
    "Kuwait City": (29.3697, 47.9783), "Ramallah": (31.8996, 35.2042), "Ma'ale Adumim": (31.7770, 35.2980),
    "Ashkelon": (31.6688, 34.5743), "Washington": (38.8951, -77.0364), "Sharm el-Sheikh": (27.9158, 34.3300),
    "Capitol Hill": (38.8899, -77.0091), "Doha": (25.2854, 51.5310), "Manama": (26.2154, 50.5832),
    "Arad": (31.2588, 35.2128), "Damascus": (33.5102, 36.2913), "Gaza City": (31.5017, 34.4668),
    "Sderot": (31.5250, 34.5969), "Khan Younis": (31.3462, 34.3063), "Eilat": (29.5581, 34.9482),
    # regions
    "Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25), "Golan Heights": (33.00, 35.75),
    "Sinai": (29.50, 33.80), "Philadelphi Corridor": (31.27, 34.24), "Northern Samaria": (32.40, 35.20),
    "Gush Katif": (31.36, 34.28), "Negev": (30.80, 34.80), "Southern Israel": (31.25, 34.70),
}
RADIUS = {"Gaza Strip": 60, "West Bank": 60, "Golan Heights": 60, "Sinai": 200, "Philadelphi Corridor": 20,
          "Northern Samaria": 30, "Gush Katif": 15, "Negev": 80, "Southern Israel": 80, "Wadi Gaza": 15}
# a place is required once per article; landmarks or neighbourhoods inside a required city are opt.
PA = ["Palestinian Authority", "PLO", "Fatah"]  # Abbas and his officials speak for all three
US = ["United States"]
IL = ["Israel"]
HA = ["Hamas"]
PIJ = ["Palestinian Islamic Jihad"]
UN = ["United Nations"]
EG = ["Egypt"]
JO = ["Jordan"]
QA = ["Qatar"]
IR = ["Iran"]
HZ = ["Hezbollah"]
TR = ["Turkey"]
SA = ["Saudi Arabia"]
RU = ["Russia"]
CN = ["China"]
KW = ["Kuwait"]
I = "indirect"  # noqa: E741


def wrapped(aid: str, s: str) -> str:
    """``s`` as the article spells it: in a hard-wrapped text a space may be a line break."""
    text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
    m = re.search(r"\s+".join(re.escape(w) for w in s.split()), text)
    if not m:
        raise ValueError(f"{aid}: {s!r} not found")
    return m.group(0)


A = {}

# ---------------------------------------------------------------- r01 Reuters factbox, reactions (2024-07-31, Wed)
A["r01_reuters_reactions_haniyeh"] = [
    T("July 31, 2024", "2024-07-31"),
    T("4:42 PM GMT+3", "2024-07-31", opt=True),
    T("2 hours ago", "2024-07-31", opt=True),
    T("July 31", "2024-07-31", ctx="July 31 (Reuters)"),
    T("early on Wednesday", "2024-07-31"),
    T("on Wednesday evening", "2024-07-31"),
    T("in recent days", "2024-07", opt=True),
    T("a day after", "2024-07-30", opt=True),
    T("on Saturday", "2024-07-27"),
    P("Tehran"), P("Gaza Strip", "Gaza"), P("Singapore", opt=True), P("Beirut"),
    P("Golan Heights"), P("Jerusalem", opt=True), P("Dubai", opt=True),
    V("Tehran", "2024-07-30", opt=True),  # the swearing-in he attended ("hours after")
    V("Singapore", "2024-07-31", opt=True),  # Blinken "speaking in Singapore" (a visit)
    S(HA + IR, "Hamas and Iran's Revolutionary Guards",
      "Hamas political leader Ismail Haniyeh was killed in an Israeli strike on his residence in Tehran early on "
      "Wednesday", kind=I, stance="neutral"),
    S(HA, "Mousa Abu Marzouk",
      "The assassination of leader Ismail Haniyeh is a cowardly act and will not go unpunished.", stance="threat"),
    S(HA, "Sami Abu Zuhri", "the killing would fail to break the group's resolve", kind=I, stance="neutral"),
    S(HA, "Sami Abu Zuhri", "Hamas is an idea and an institution, not persons,", stance="neutral"),
    S(IR, "Ali Khamenei",
      "Israel had \"prepared a harsh punishment for itself\" and that avenging Haniyeh's blood was Tehran's duty, "
      "because he was killed on Iranian soil", kind=I, stance="threat"),
    S(IR, "Nasser Kanaani",
      "the martyr's blood \"will never be wasted\" and that the killing would strengthen the bond between Tehran and "
      "the Palestinian people", kind=I, stance="threat"),
    S(IL, "Amichai Eliyahu", "This is the right way to cleanse the world of this filth.", stance="welcome"),
    S(IL, "Benjamin Netanyahu", "Israel had dealt \"crushing blows\" to its enemies in recent days", kind=I,
      stance="neutral"),
    S(IL, "Benjamin Netanyahu", "Challenging days lie ahead,", stance="neutral"),
    S(PA, "Mahmoud Abbas", "a cowardly act and a dangerous development", stance="condemn"),
    S(PA, "Mahmoud Abbas", "called on the Palestinian people and its forces to unite and stand firm", kind=I,
      stance="demand"),
    S(QA, "Mohammed bin Abdulrahman Al Thani",
      "Political assassinations and continued targeting of civilians in Gaza while talks continue leads us to ask, "
      "how can mediation succeed when one party assassinates the negotiator on the other side?", stance="condemn"),
    S(EG, "Egypt's foreign ministry", "the killing showed a \"dangerous Israeli escalation policy\"", kind=I,
      stance="condemn"),
    S(EG, "Egypt's foreign ministry", "it could undermine the ceasefire efforts in Gaza", kind=I, stance="neutral"),
    S(TR, "Tayyip Erdogan", "this despicable assassination", opt=True, stance="condemn"),
    S(TR, "Tayyip Erdogan",
      "it aimed to sabotage the Palestinian cause, the Gaza struggle and the just cause of our Palestinian brothers",
      kind=I, stance="condemn"),
    S(RU, "Mikhail Bogdanov",
      "This is an absolutely unacceptable political murder, and it will lead to a further escalation of tensions.",
      stance="condemn"),
    S(CN, "Lin Jian",
      "Beijing firmly opposed and condemned the assassination and was \"deeply concerned that the incident may lead "
      "to further turmoil in the region\"", kind=I, stance="condemn"),
    S(US, "Antony Blinken", "Washington was not aware of or involved in the killing", kind=I, stance="deny"),
    S(US, "Antony Blinken", "It's very hard to speculate,", stance="neutral"),
    S(US, "Antony Blinken", "a ceasefire remained \"imperative\"", kind=I, stance="demand"),
    S(HZ, "Hezbollah",
      "will increase the determination of the resistance fighters in all the arenas of resistance", stance="threat"),
    # reported through the spokesman: attributed to Guterres
    S(UN, "Antonio Guterres", "the attacks in Beirut and Tehran represented \"a dangerous escalation\"", kind=I,
      stance="condemn"),
    S(UN, "Antonio Guterres", "the focus must be on achieving a ceasefire in Gaza", kind=I, stance="demand"),
    K(12, "killed", "children and teenagers"),
]

# ---------------------------------------------------------------- r02 UN GA/12548 (2023-10-27, Fri)
A["r02_un_ga_es10_truce"] = [
    T("27 OCTOBER 2023", "2023-10-27"),
    T("today", "2023-10-27", ctx="session today"),
    T("7 October 2023", "2023-10-07"),
    T("7 October", "2023-10-07", nth=1),
    T("7 October", "2023-10-07", nth=2),
    P("Gaza Strip", "Gaza"), P("Wadi Gaza"),
    V("New York", "2023-10-27", opt=True),  # the Assembly's meeting; the place is implied
    # the Assembly through the resolution's text
    S(UN, "General Assembly",
      "an immediate, durable and sustained humanitarian truce leading to a cessation of hostilities between Israel "
      "and Hamas", kind=I, stance="demand"),
    S(UN, "General Assembly",
      "all parties immediately and fully comply with their obligations under international law", kind=I,
      stance="demand"),
    S(UN, "General Assembly",
      "the immediate and unconditional release of all civilians who are being illegally held captive", kind=I,
      stance="demand"),
    S(UN, "General Assembly",
      "the provision of essential supplies and services to civilians throughout the Gaza Strip", kind=I,
      stance="demand"),
    S(UN, "General Assembly",
      "the rescinding of the order by Israel for civilians and United Nations staff to evacuate all areas north of "
      "Wadi Gaza", kind=I, stance="demand"),
    S(JO, "Ayman Safadi",
      "Voting against this resolution means approving this senseless war, this senseless killing.",
      stance="condemn"),
    S(JO, "Ayman Safadi", "Israel's bombardment would push \"the whole region into the abyss\"", kind=I,
      stance="neutral"),
    S(["Canada"], "Canada", "the terrorist attacks by Hamas that took place in Israel starting on 7 October 2023",
      stance="condemn"),
    S(IL, "Gilad Erdan", "the resolution did not even mention Hamas", kind=I, stance="reject"),
    S(IL, "Gilad Erdan", "This ridiculous resolution has the audacity to call for a truce,", stance="reject"),
    S(IL, "Gilad Erdan", "Israel will use every means it has to rid the world of the evil of Hamas.",
      stance="threat"),
    S(IL, "Gilad Erdan",
      "the 1,400 people murdered on 7 October deserved better than a text that \"puts Israel and Hamas on the same "
      "footing\"", kind=I, stance="reject"),
    S(PA, "Riyad Mansour", "the vote sent a clear message", kind=I, opt=True, stance="neutral"),  # the lead-in
    S(PA, "Riyad Mansour", "Stop the war, stop the killing of our people.", stance="demand"),
    S(PA, "Riyad Mansour", "More than 7,000 Palestinians had been killed in Gaza", kind=I, stance="neutral"),
    S(US, "Linda Thomas-Greenfield", "her delegation voted against the text because it failed to name Hamas",
      kind=I, stance="reject"),
    S(US, "Linda Thomas-Greenfield",
      "It is outrageous that this resolution fails to name the perpetrators of the 7 October terrorist attack,",
      stance="reject"),
    S(US, "Linda Thomas-Greenfield", "Washington supported humanitarian pauses to allow aid to reach civilians",
      kind=I, stance="propose"),
    S(RU, "Vassily Nebenzia", "the Council's failure to act had left the Assembly as the only forum", kind=I,
      stance="neutral"),
    S(RU, "Vassily Nebenzia",
      "called on Israel to stop what he described as \"collective punishment\" of the population of Gaza", kind=I,
      stance="demand"),
    S(CN, "Zhang Jun", "the resolution reflected \"the voice of the overwhelming majority\" of Member States",
      kind=I, stance="welcome"),
    S(CN, "Zhang Jun", "urged an immediate ceasefire", kind=I, opt=True, stance="demand"),
    S(["Canada"], "Robert Rae",
      "it was unconscionable that the Assembly could not bring itself to condemn Hamas by name", kind=I,
      stance="condemn"),
    S(["France"], "Nicolas de Rivière", "nothing could justify the terrorist acts of Hamas", kind=I,
      stance="condemn"),
    S(["France"], "Nicolas de Rivière",
      "Israel's right to defend itself must be exercised in compliance with international humanitarian law",
      kind=I, stance="demand"),
    S(["United Kingdom"], "Barbara Woodward",
      "the text should have \"unequivocally condemned\" Hamas's terrorism and recognized Israel's right to "
      "self-defence", kind=I, stance="neutral"),
    S(PA, "Majed Bamya", "the General Assembly had \"spoken loud and clear\" and that Israel must now abide by it",
      kind=I, stance="welcome"),
    K(1400, "killed", "people", by="Gilad Erdan"),
    K(7000, "killed", "Palestinians", qualifier="more than", by="Riyad Mansour"),
    K(3000, "killed", "children", qualifier="nearly", by="Riyad Mansour"),
]

# ---------------------------------------------------------------- r03 Al Jazeera, Riyadh summit (2023-11-11, Sat)
AL = ["Arab League", "Organisation of Islamic Cooperation", "OIC"]  # the joint summit's communique
A["r03_aljazeera_riyadh_summit"] = [
    T("11 Nov 2023", "2023-11-11"),
    T("11 Nov 2023", "2023-11-11", nth=1),
    T("on Saturday", "2023-11-11"),
    T("in March", "2023-03"),
    T("in 2020", "2020"),
    T("7 October", "2023-10-07"),
    T("October 7", "2023-10-07"),
    P("Riyadh"), P("Gaza Strip", "Gaza"), P("Sinai"), P("Rafah"), P("Tel Aviv"),
    V("Riyadh", "2023-11-11"),
    S(AL, "summit communique",
      "called on the UN Security Council to adopt \"a decisive and binding resolution\" to halt Israel's "
      "\"aggression\"", kind=I, stance="demand"),
    S(AL, "summit communique",
      "the International Criminal Court investigate \"war crimes and crimes against humanity\" committed against "
      "Palestinians", kind=I, stance="demand"),
    S(AL, "summit communique", "rejected any description of the war as \"self-defence\"", kind=I, opt=True,
      stance="reject"),
    S(AL, "summit communique",
      "breaking the siege on Gaza and allowing humanitarian aid into the enclave, including fuel, \"immediately\"",
      kind=I, stance="demand"),
    S(AL, "Arab and Muslim leaders",
      "rejected Israel's justification of its war on Gaza as self-defence and demanded an immediate end to its "
      "military operations", kind=I, opt=True, stance="reject"),
    S(SA, "Mohammed bin Salman",
      "affirms its categorical rejection of this brutal war against our brothers in Palestine", stance="condemn"),
    S(SA, "Mohammed bin Salman",
      "the release of all hostages and detainees and an immediate end to military operations", kind=I,
      stance="demand"),
    S(IR, "Ebrahim Raisi", "urged Islamic countries to arm the Palestinians if the war continued", kind=I,
      stance="demand"),
    S(IR, "Ebrahim Raisi", "There is no other way but to resist Israel,", stance="threat"),
    S(IR, "Ebrahim Raisi", "Muslim states should cut oil and trade ties with Israel", kind=I, stance="demand"),
    S(PA, "Mahmoud Abbas", "Palestinians are facing a war of genocide", stance="condemn"),
    S(PA, "Mahmoud Abbas",
      "called on the United States to end Israel's \"aggression, occupation and contempt for international law\"",
      kind=I, stance="demand"),
    S(QA, "Tamim bin Hamad Al Thani",
      "Until when will the international community treat Israel as if it were above international law?",
      stance="condemn"),
    S(EG, "Abdel Fattah el-Sisi",
      "Cairo's policy was \"to prevent the forced displacement of Palestinians to Sinai or any other place\"",
      kind=I, stance="reject"),
    S(EG, "Abdel Fattah el-Sisi", "the liquidation of the Palestinian cause", stance="reject"),
    S(TR, "Recep Tayyip Erdogan", "called for an international peace conference", kind=I, opt=True,
      stance="propose"),
    S(TR, "Recep Tayyip Erdogan", "those who bombed hospitals and schools \"must be held accountable\"", kind=I,
      stance="demand"),
    # reported by diplomats (no side named): the states' push, opt
    S(["Algeria", "Lebanon"], "Algeria and Lebanon",
      "pushed for a threat to cut oil supplies and sever diplomatic ties with Israel", kind=I, opt=True,
      stance="propose"),
    S(["Arab League"], "Ahmed Aboul Gheit",
      "the leaders had agreed to \"break the siege\" by sending aid convoys through Egypt's Rafah crossing", kind=I,
      stance="agree"),
    S(IL, "Lior Haiat",
      "Those who sit in Riyadh and speak of international law are silent about the massacre of 7 October,",
      stance="reject"),
    S(HA, "Hamas", "it \"appreciated\" the summit's positions", kind=I, stance="welcome"),
    S(HA, "Hamas", "called on Arab and Islamic states to translate them into \"practical steps\"", kind=I,
      stance="demand"),
    K(11000, "killed", "Palestinians", qualifier="more than", by="Gaza's Health Ministry"),
    K(4500, "killed", "children", by="Gaza's Health Ministry"),
    K(1200, "killed", "people", qualifier="about", by="Israeli officials"),
]

# ---------------------------------------------------------------- r04 Times of Israel, press conference (2024-09-02, Mon)
A["r04_toi_netanyahu_press_conference"] = [
    T("on Monday evening", "2024-09-02"),
    T("2 September 2024", "2024-09-02"),
    T("11:58 pm", "2024-09-02", opt=True),
    T("Yesterday", "2024-09-01"),
    T("for years", "2024", opt=True),
    T("Thursday", "2024-08-29", ctx="at Thursday's cabinet"),
    T("on Sunday", "2024-09-01"),
    T("today", "2024-09-02", ctx="said today"),
    T("August 16", "2024-08-16"),
    T("July", "2024-07", ctx="the July proposal"),
    P("Jerusalem"), P("Rafah"), P("Philadelphi Corridor"), P("Gaza Strip", "Gaza", ctx="in power in Gaza"),
    V("Jerusalem", "2024-09-02", opt=True),  # a press conference, not a meeting
    V("Jerusalem", "2024-08-29", opt=True),  # Thursday's cabinet meeting; place implied
    S(IL, "Benjamin Netanyahu",
      "Yesterday we brought home the bodies of six of our hostages, who were executed in cold blood by Hamas "
      "murderers in a tunnel in Rafah.", stance="condemn"),
    S(IL, "Benjamin Netanyahu",
      "I ask for your forgiveness, and the forgiveness of the families, that we did not bring them home alive. We "
      "were close, but we did not succeed.", stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "Hamas will pay a very heavy price for this. Whoever murders hostages does not want a deal.", stance="threat"),
    S(IL, "Benjamin Netanyahu",
      "I want to explain, with this map, why the Philadelphi Corridor is so important. This is the oxygen of Hamas.",
      stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "Through this corridor it rearmed for years. If we leave it, we will not be able to come back.",
      stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "The axis of evil needs the Philadelphi Corridor, and for that reason we must control it.", stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "I will not give in to this pressure. Israel will not leave the Philadelphi Corridor.", stance="reject"),
    S(IL, "Benjamin Netanyahu", "Israel will not leave the Philadelphi Corridor,", opt=True, stance="reject"),
    S(IL, "Benjamin Netanyahu",
      "The defence minister is entitled to his opinion. The cabinet decided, by a majority, that we stay on the "
      "Philadelphi Corridor.", stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "I respect the protesters, but a strike does not bring back a single hostage.", stance="neutral"),
    S(IL, "Benjamin Netanyahu", "Hamas is the one refusing, not Israel.", stance="deny"),
    S(IL, "Benjamin Netanyahu",
      "I don't believe President Biden said that. The United States knows who is blocking a deal.",
      stance="deny"),
    S(IL, "Benjamin Netanyahu",
      "We accepted the American bridging proposal on August 16, and Hamas rejected it.", stance="agree"),
    S(IL, "Benjamin Netanyahu",
      "We respect the peace treaty with Egypt, and we will continue to talk to our Egyptian friends.",
      stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "But I will not compromise on Israel's security. If someone presents a better way to stop the smuggling, show "
      "it to me. Until now, nobody has.", stance="reject"),
    S(IL, "Benjamin Netanyahu",
      "There will be a pause for the first stage of the deal if Hamas agrees to the framework.", stance="agree"),
    S(IL, "Benjamin Netanyahu", "We will not agree to end the war with Hamas in power in Gaza.",
      stance="reject"),
    # statements relayed in reporters' questions
    S(IL, "defence minister", "the hostages' lives should come before the corridor", kind=I, stance="demand"),
    S(US, "Joe Biden", "you are not doing enough to secure a deal", kind=I, stance="condemn"),
    S(EG, "Egypt", "Israeli forces on the border violate the peace treaty", kind=I, stance="condemn"),
    S(IL + ["Yesh Atid"], "Yair Lapid",
      "the press conference was \"a performance meant to save the coalition, not the hostages\"", kind=I,
      stance="condemn"),
    S(["Hostages and Missing Families Forum"], "Hostages and Missing Families Forum",
      "the Prime Minister \"chose the corridor over the hostages\"", kind=I, opt=True, stance="condemn"),
    S(HA, "Izzat al-Rishq",
      "Netanyahu \"is lying\" and that Hamas would not accept \"new conditions\" that were not in the July proposal",
      kind=I, stance="reject"),
    S(EG, "Egypt's foreign ministry", "Netanyahu's remarks were an attempt \"to involve Egypt\"", kind=I,
      stance="condemn"),
    S(EG, "Egypt's foreign ministry", "rejected \"any Israeli presence\" on the Philadelphi corridor", kind=I,
      opt=True, stance="reject"),
    K(6, "killed", "hostages"),
]

# ---------------------------------------------------------------- r05 Al Mayadeen, Nasrallah's speech (2023-11-03, Fri)
A["r05_almayadeen_nasrallah_speech"] = [
    T("3 Nov 2023", "2023-11-03"),
    T("18:40", "2023-11-03", opt=True),
    T("November 3, 2023", "2023-11-03"),
    T("on Friday", "2023-11-03"),
    T("October 7", "2023-10-07"),
    T("October 8", "2023-10-08"),
    T("October 8", "2023-10-08", nth=1),
    T("on that day", "2023-10-08", opt=True),
    P("Gaza Strip", "Gaza"), P("Jerusalem", "al-Quds", opt=True), P("Washington", ctx="In Washington, National"),
    P("Eilat", opt=True),  # in a related-news link
    S(HZ, "Hassan Nasrallah", "All options on the Lebanese front are open", stance="threat"),
    S(HZ, "Hassan Nasrallah", "All options are open on the Lebanese front", opt=True, stance="threat"),
    S(HZ, "Hassan Nasrallah",
      "the course of events depends on two things: the developments in Gaza and the behavior of the Israeli enemy "
      "towards Lebanon", kind=I, stance="neutral"),
    S(HZ, "Hassan Nasrallah", "purely Palestinian", opt=True, stance="neutral"),
    S(HZ, "Hassan Nasrallah",
      "the operation was \"100% Palestinian, in its decision and its execution,\" and that it was kept secret even "
      "from the Resistance's allies", kind=I, stance="neutral"),
    S(HZ, "Hassan Nasrallah", "This secrecy is what made it a great success,", stance="neutral"),
    S(HZ, "Hassan Nasrallah",
      "the Lebanese front had been a front of solidarity since October 8, and that the Resistance \"entered the "
      "battle\" on that day", kind=I, stance="neutral"),
    S(HZ, "Hassan Nasrallah",
      "What is happening on our border may seem modest to some, but it is very important,", stance="neutral"),
    S(HZ, "Hassan Nasrallah", "ما يجري على جبهتنا قد يبدو متواضعاً ولكنه مهم جداً", opt=True, stance="neutral"),
    S(HZ, "Hassan Nasrallah",
      "the operations had forced the Israeli occupation to keep a third of its army in the north", kind=I,
      stance="neutral"),
    S(HZ, "Hassan Nasrallah",
      "Your fleets in the Mediterranean do not scare us. We have prepared for the fleets with which you threaten "
      "us.", stance="threat"),
    S(HZ, "Hassan Nasrallah",
      "Washington \"is fully responsible for the war on Gaza\" and that the Israeli entity was \"only a tool\" in "
      "American hands", kind=I, stance="condemn"),
    S(HZ, "Hassan Nasrallah",
      "Whoever wants to prevent a regional war must quickly stop the aggression on Gaza,", stance="threat"),
    S(HZ, "Hassan Nasrallah",
      "two goals: stopping the aggression on Gaza and a victory for the Palestinian Resistance", kind=I,
      stance="demand"),
    S(HZ, "Hassan Nasrallah",
      "urged Arab and Islamic countries to cut ties with the occupation and to stop oil and food exports to it",
      kind=I, stance="demand"),
    S(HZ, "Hassan Nasrallah", "their operations were \"a brave and honorable participation\"", kind=I,
      stance="welcome"),
    S(IL, "Daniel Hagari",
      "\"the IDF is in a very high state of readiness in the north\" and would respond forcefully to any attack",
      kind=I, stance="threat"),
    S(US, "John Kirby", "the United States did not want the conflict to expand into Lebanon", kind=I,
      stance="neutral"),
    S(US, "John Kirby", "warned Hezbollah and other actors \"not to take advantage\" of the situation", kind=I,
      stance="threat"),
    S(HA, "Hamas", "his speech affirmed \"the unity of the fronts\"", kind=I, stance="welcome"),
    K(57, "killed", "fighters", by="Hezbollah"),
]

# ---------------------------------------------------------------- r06 Egypt MFA statement page, HTML (2024-05-07, Tue)
EMFA = "Egyptian Ministry of Foreign Affairs"
A["r06_egypt_mfa_rafah_statement"] = [
    T("2024-05-07T11:20:00+03:00", "2024-05-07", opt=True),
    T("Tuesday, 07 May 2024", "2024-05-07"),
    T("today", "2024-05-07", ctx="phone call today"),
    T("this week", "2024-W19"),
    T("on Sunday", "2024-05-05"),
    T("2024", "2024", ctx="&copy; 2024", opt=True),
    P("Rafah"), P("Gaza Strip"), P("Cairo"), P("Amman"),
    V("Cairo", "2024-W19"),  # the delegations' meetings "in Cairo this week"
    V("Amman", "2024-05-05"),
    S(EG, EMFA, "Egypt condemns the Israeli military operations in the Palestinian city of Rafah", opt=True,
      stance="condemn"),  # the meta description
    S(EG, EMFA,
      "The Arab Republic of Egypt condemns, in the strongest terms, the Israeli military operations in the "
      "Palestinian city of Rafah, which have led to the Israeli takeover of the Palestinian side of the Rafah "
      "crossing.", stance="condemn"),
    S(EG, EMFA,
      "This dangerous escalation threatens the lives of more than one million Palestinians who depend mainly on "
      "this crossing, as it is the main lifeline of the Gaza Strip and the only safe exit for the wounded and sick "
      "to receive treatment.", stance="condemn"),
    S(EG, EMFA,
      "Egypt calls on the Israeli side to exercise the utmost restraint and to avoid a policy of brinkmanship that "
      "would have long-term repercussions, which would threaten the fate of the efforts exerted to reach a "
      "sustainable truce inside the Gaza Strip.", stance="demand"),
    S(EG, EMFA,
      "Egypt calls on all influential international parties to intervene and exert pressure to defuse the current "
      "crisis and to allow diplomatic efforts to achieve their desired results.", stance="demand"),
    S(EG, EMFA,
      "Egypt holds the Israeli side fully responsible for the humanitarian consequences of the closure of the "
      "crossing and stresses that the entry of aid must not be obstructed.", stance="condemn"),
    S(EG, EMFA,
      "Egypt reaffirms its categorical rejection of any attempt to forcibly displace the Palestinians from their "
      "land, which constitutes a red line for Egyptian national security.", stance="reject"),
    # reported through the spokesman: attributed to the ministers
    S(EG, "Sameh Shoukry", "the ground operation in Rafah \"will lead to a humanitarian catastrophe\"", kind=I,
      stance="neutral"),
    S(EG, "Sameh Shoukry", "the need for Washington to use its influence to stop it", kind=I, stance="demand"),
    S(US, "Antony Blinken", "the United States does not support a major military operation in Rafah", kind=I,
      stance="reject"),
    S(EG + US, "Sameh Shoukry and Antony Blinken",
      "the two ministers agreed to continue coordination ahead of the meetings of the Egyptian, Qatari and "
      "American delegations in Cairo this week", kind=I, stance="agree"),
    S(EG + JO, "Sameh Shoukry and Ayman Safadi", "the Rafah offensive would \"blow up\" the negotiations", kind=I,
      stance="neutral"),
]

# ---------------------------------------------------------------- r07 KUNA, Kuwait welcomes truce (2014-08-27, Wed)
KSRC = "official source at the Ministry of Foreign Affairs"
GCC = ["Gulf Cooperation Council", "GCC"]
A["r07_kuna_kuwait_welcomes_truce"] = [
    T("27/08/2014", "2014-08-27"),
    T("10:35:12 AM", "2014-08-27", opt=True),
    T("Aug 27", "2014-08-27"),
    T("on Wednesday", "2014-08-27"),
    T("7 p.m.", "2014-08-26", opt=True),
    T("1600 GMT", "2014-08-26", opt=True),
    T("on Tuesday", "2014-08-26"),
    T("over the past 51 days", "2014", opt=True),
    T("within a month", "2014-09", opt=True),
    T("51-day", "2014", opt=True),
    T("271035 Aug 14", "2014-08-27", opt=True),  # the agency slug (day, time, month, year)
    P("Kuwait City", "KUWAIT", opt=True),  # the dateline
    P("Gaza Strip"), P("Jerusalem"), P("Cairo"), P("Ramallah"),
    V("Cairo", None, opt=True),  # negotiations to resume "in the Egyptian capital within a month"
    S(KW, "State of Kuwait",
      "the announcement of an open-ended ceasefire agreement in the Gaza Strip between the Palestinian factions and "
      "the Israeli occupation, reached under Egyptian auspices", kind=I, stance="welcome"),
    S(KW, "State of Kuwait", "it would end the suffering of the brotherly Palestinian people", kind=I,
      stance="welcome"),
    S(KW, KSRC, "highly appreciates the sincere efforts exerted by the sisterly Arab Republic of Egypt",
      stance="welcome"),
    S(KW, KSRC,
      "Kuwait's firm and principled position in support of the brotherly Palestinian people and their legitimate "
      "rights, foremost of which is the establishment of their independent state with Jerusalem as its capital",
      kind=I, stance="neutral"),
    S(KW, KSRC,
      "the need for the international community, especially the UN Security Council, to shoulder its "
      "responsibilities to lift the unjust blockade imposed on the Gaza Strip, open all the crossings and hold the "
      "Israeli occupation accountable for the crimes it has committed against the defenseless Palestinian people "
      "over the past 51 days", kind=I, stance="demand"),
    S(KW, KSRC,
      "Kuwait's readiness to take part in the international conference on the reconstruction of Gaza, which Egypt "
      "intends to host", kind=I, stance="agree"),
    S(KW, KSRC,
      "Kuwait would continue to provide humanitarian aid through the Kuwait Red Crescent Society (KRCS)", kind=I,
      stance="neutral"),
    S(KW, "Sabah Al-Ahmad Al-Jaber Al-Sabah", "the great role played by Egypt and its wise leadership",
      stance="welcome"),
    S(EG, "Badr Abdelatty",
      "indirect negotiations between the two sides on the remaining issues, including the seaport and the "
      "airport, would resume in the Egyptian capital within a month", kind=I, stance="neutral"),
    S(HA, "Sami Abu Zuhri", "the victory of the resistance,", stance="welcome"),
    S(PA, "Mahmoud Abbas",
      "the Palestinian leadership had accepted the Egyptian call \"to spare our people more blood and "
      "destruction.\"", kind=I, stance="agree"),
    S(IL, "Benjamin Netanyahu's office",
      "the Israeli side had accepted the Egyptian proposal \"without conditions,\"", kind=I, stance="agree"),
    S(IL, "Israeli official", "Israel \"did not give Hamas anything\" in return", kind=I, stance="deny"),
    S(GCC, "Abdullatif Al-Zayani", "welcomed the agreement", kind=I, opt=True, stance="welcome"),
    S(GCC, "Abdullatif Al-Zayani",
      "called on the international community to \"support the reconstruction of what the Israeli aggression has "
      "destroyed.\"", kind=I, stance="demand"),
    K(2140, "killed", "Palestinians", qualifier="more than", by="Palestinian medical sources"),
    K(11000, "wounded", "others", qualifier="about", by="Palestinian medical sources"),
    K(64, "killed", "Israeli soldiers", by="Israeli figures"),
    K(6, "killed", "civilians", by="Israeli figures"),
]

# ---------------------------------------------------------------- r08 Ynetnews, cabinet vote (2005-02-20, Sun)
A["r08_ynet_cabinet_disengagement"] = [
    T("this summer", "2005", opt=True),
    T("02.20.05", "2005-02-20"),
    T("19:12", "2005-02-20", opt=True),
    T("on Sunday", "2005-02-20"),
    T("six-hour", "2005-02-20", opt=True),
    T("in July", "2005-07"),
    T("last month", "2005-01"),
    T("Today", "2005-02-20", ctx="\"Today the government"),
    T("next month", "2005-03"),
    T("less than two weeks", "2005-02", opt=True),
    T("February 8", "2005-02-08"),
    P("Gaza Strip"), P("Northern Samaria", "northern Samaria"), P("Jerusalem"), P("Ma'ale Adumim"),
    P("Ashkelon"), P("Gush Katif"), P("Ramallah"), P("Washington", ctx="In Washington, State"),
    P("Sharm el-Sheikh"),
    V("Jerusalem", "2005-02-20"),
    V("Sharm el-Sheikh", "2005-02-08"),
    S(IL, "Ariel Sharon", "A tough but necessary decision", opt=True, stance="neutral"),
    S(IL, "Ariel Sharon",
      "This is not an easy day, and it is not a happy day. This is a tough but necessary decision, and I am "
      "convinced it will strengthen Israel.", stance="neutral"),
    S(IL, "Ariel Sharon",
      "the evacuation would begin as planned in July and that \"there will be no delays\"", kind=I,
      stance="neutral"),
    S(IL, "Benjamin Netanyahu", "may bring terror closer", opt=True, stance="neutral"),
    S(IL, "Benjamin Netanyahu",
      "I voted for the plan, but I want to be clear: if it is carried out without a referendum and without "
      "security guarantees, it may bring terror closer to Ashkelon,", stance="neutral"),
    S(IL, "Yisrael Katz", "the decision was \"a prize for terror\"", kind=I, stance="reject"),
    S(IL, "Yisrael Katz", "called on the prime minister to bring the plan to a national referendum", kind=I,
      stance="demand"),
    S(IL, "Shimon Peres", "welcomed the vote", kind=I, opt=True, stance="welcome"),
    S(IL, "Shimon Peres",
      "Today the government has chosen the road of peace over the road of occupation,", stance="welcome"),
    S(IL + ["Shas"], "Eli Yishai",
      "his faction would \"not lend a hand to the expulsion of Jews\" and would vote against the budget", kind=I,
      stance="reject"),
    S(IL + ["Yahad"], "Yossi Beilin",
      "the left would provide Sharon with a \"safety net\" in the Knesset for as long as the pullout went ahead",
      kind=I, stance="agree"),
    # settlers' council: not a state or party speaker, opt like the civil groups of the older sets
    S(["Yesha Council"], "Bentzi Lieberman",
      "This government has no mandate to uproot Jews from their homes. We will fill Gush Katif with tens of "
      "thousands of people.", opt=True, stance="reject"),
    S(PA, "Saeb Erekat",
      "the Palestinians welcomed any Israeli withdrawal but that it must be \"part of the road map, not a "
      "substitute for it.\"", kind=I, stance="welcome"),
    S(PA, "Saeb Erekat", "called on Israel to coordinate the evacuation with the Palestinian Authority", kind=I,
      stance="demand"),
    S(IL, "senior Israeli security official",
      "the army and police were ready to carry out the evacuation, estimated at some 8,500 settlers, and would "
      "start training forces next month", kind=I, stance="neutral"),
    S(US, "Richard Boucher", "a historic step", opt=True, stance="welcome"),
    S(US, "Richard Boucher",
      "the United States would work with both sides to make the withdrawal a success", kind=I, stance="neutral"),
]

# ---------------------------------------------------------------- r09 Politico, bomb shipment (2024-05-08, Wed)
A["r09_politico_bomb_pause"] = [
    T("last week", "2024-W18"),
    T("on Wednesday", "2024-05-08"),
    T("05/08/2024", "2024-05-08"),
    T("01:27 PM EDT", "2024-05-08", opt=True),
    T("05/08/2024", "2024-05-08", nth=1),
    T("04:05 PM EDT", "2024-05-08", opt=True),
    T("last week", "2024-W18", nth=1),
    T("Oct. 7", "2023-10-07"),
    T("on Tuesday", "2024-05-07"),
    T("on Wednesday", "2024-05-08", nth=1),
    T("two weeks ago", "2024-W17"),
    T("since Saturday", "2024-05-04"),
    T("since October", "2023-10"),
    P("Rafah"), P("Gaza Strip", "Gaza"), P("Capitol Hill"), P("Jerusalem", ctx="ceremony in Jerusalem"),
    P("Doha"), P("Cairo"),
    V("Cairo", "2024-05"),  # Burns "has been meeting" the mediators in Cairo since Saturday (4-8 May)
    S(US, "U.S. officials",
      "The Biden administration last week paused a shipment of 1,800 2,000-pound bombs and 1,700 500-pound bombs "
      "to Israel because of concerns over a possible Israeli offensive in Rafah", kind=I, stance="neutral"),
    S(US, "senior administration official",
      "We have been very clear ... from the very beginning that Israel should not launch a major ground operation "
      "in Rafah where more than a million people are sheltering with nowhere to go,", stance="demand"),
    S(US, "senior administration official",
      "the administration was \"especially focused\" on the end use of the 2,000-pound bombs \"and the impact they "
      "could have in dense urban settings,\" and that no final decision had been made on the shipment", kind=I,
      stance="neutral"),
    S(US, "Lloyd Austin", "confirmed the pause", kind=I, opt=True, stance="neutral"),
    S(US, "Lloyd Austin",
      "We are currently reviewing some near-term security assistance shipments in the context of unfolding events "
      "in Rafah,", stance="neutral"),
    S(US, "Lloyd Austin",
      "We've been very clear ... that Israel shouldn't launch a major attack into Rafah without accounting for and "
      "protecting the civilians that are in that battlespace.", stance="demand"),
    S(IL, "Gilad Erdan",
      "the decision was \"a very disappointing decision, even frustrating,\" and suggested it would embolden Hamas",
      kind=I, stance="reject"),
    S(IL, "person familiar with the Israeli government's thinking",
      "Jerusalem had been told about the pause \"through quiet channels\" two weeks ago and had hoped it would not "
      "become public", kind=I, stance="neutral"),
    S(US + ["Republican Party"], "Mike Johnson and Mitch McConnell", "an immediate explanation", opt=True,
      stance="demand"),
    S(US + ["Republican Party"], "Mike Johnson and Mitch McConnell",
      "the administration was \"undermining a close ally at a critical moment.\"", kind=I, stance="condemn"),
    S(US + ["Democratic Party"], "Bernie Sanders",
      "it was \"a first step\" and that the U.S. \"must now use all of its leverage\" to end the war", kind=I,
      stance="welcome"),
    S(HA, "Osama Hamdan",
      "the group was studying Israel's latest response to the proposal discussed in Cairo", kind=I,
      stance="neutral"),
    S(IL, "Benjamin Netanyahu", "If Israel is forced to stand alone, Israel will stand alone,", stance="reject"),
    K(34800, "killed", "people", qualifier="more than", by="Gaza health officials"),
]

# ---------------------------------------------------------------- r10 Der Spiegel interview (2019-06-21, Fri)
A["r10_spiegel_shtayyeh_interview"] = [
    T("next week", "2019-W26"),
    T("21.06.2019", "2019-06-21"),
    T("17.04 Uhr", "2019-06-21", opt=True),
    T("since April", "2019-04"),
    T("for years", "2019", opt=True),
    T("on Tuesday", "2019-06-18"),
    T("a few days before", "2019-06", opt=True),
    T("tomorrow", "2019-06-19", opt=True),  # "ready to negotiate tomorrow": figurative
    T("1967", "1967", opt=True),  # "the 1967 borders": a name
    T("on Sunday", "2019-06-16"),
    P("Ramallah"), P("Manama"), P("Washington", ctx="mission in Washington"), P("Jerusalem"),
    P("Gaza Strip"), P("West Bank"),
    V("Manama", "2019-W26"),  # the workshop "next week in Bahrain" / "in Manama"
    V("Ramallah", "2019-06-18", opt=True),  # the interview ("We met him on Tuesday at his office in Ramallah")
    # the prime minister's answers (transcript turns, no quotation marks)
    S(PA, "Mohammad Shtayyeh",
      "Because this is not a peace plan, it is a plan to liquidate the Palestinian cause. The problem is not "
      "economic, it is political.", stance="reject"),
    S(PA, "Mohammad Shtayyeh",
      "We are under occupation. Money is not the answer. We will not sell our cause for money, and no Palestinian "
      "will attend the workshop in Manama.", stance="reject"),
    S(PA, "Mohammad Shtayyeh", "We Will Not Sell Our Cause for Money", opt=True, stance="reject"),
    S(PA, "Mohammad Shtayyeh", "Money is not the answer", opt=True, stance="reject"),
    S(PA, "Mohammad Shtayyeh",
      "Mr. Kushner has cut all the aid to the Palestinians, closed our mission in Washington and moved the "
      "embassy to Jerusalem. And then he tells us that he wants to help us?", stance="condemn"),
    S(PA, "Mohammad Shtayyeh",
      "The Americans are no longer an honest broker. They are partners of the Israeli occupation.",
      stance="condemn"),
    S(PA, "Mohammad Shtayyeh",
      "We are ready to negotiate tomorrow, on the basis of international law and the 1967 borders, under a "
      "multilateral umbrella. Not under American sponsorship alone.", stance="propose"),
    S(PA, "Mohammad Shtayyeh",
      "I call on Europe to recognise the State of Palestine now. Recognition is not a gift, it is an investment in "
      "the two-state solution.", stance="demand"),
    S(PA, "Mohammad Shtayyeh",
      "If Europe waits until there is nothing left to recognise, it will be too late.", stance="neutral"),
    S(PA, "Mohammad Shtayyeh",
      "Israel deducts the money we pay to the families of prisoners and martyrs. We refuse to accept any partial "
      "transfer.", stance="reject"),
    S(PA, "Mohammad Shtayyeh",
      "This is our money, and they are stealing it. We will not abandon the families of our prisoners.",
      stance="condemn"),
    S(PA, "Mohammad Shtayyeh",
      "Our hand is extended. We are ready for elections in the West Bank, Gaza and Jerusalem, and Hamas must say "
      "yes.", stance="propose"),
    # relayed in a question
    S(US, "Jared Kushner", "the Palestinians are always missing opportunities", kind=I, stance="condemn"),
    S(IL, "Benjamin Netanyahu",
      "Israel would \"listen to the American proposal with fairness and openness,\"", kind=I, stance="welcome"),
    S(IL, "Benjamin Netanyahu",
      "he could not understand how the Palestinians rejected the plan \"before hearing it.\"", kind=I,
      stance="condemn"),
    S(US, "White House official",
      "the administration was \"not surprised\" by the Palestinian position and that the door \"remains open.\"",
      kind=I, stance="neutral"),
    S(["Bahrain"], "Bahrain's foreign ministry", "the workshop \"does not aim to replace\" a political solution",
      kind=I, stance="deny"),
    S(HA, "Hazem Qassem", "the movement rejected the workshop \"completely\"", kind=I, stance="reject"),
    S(HA, "Hazem Qassem", "called on Arab states not to attend it", kind=I, stance="demand"),
]

# ---------------------------------------------------------------- r11 Guardian live page (2024-04-14, Sun)
G7 = ["G7", "United States", "United Kingdom", "France", "Germany", "Italy", "Japan", "Canada", "European Union"]
A["r11_guardian_live_iran_attack"] = [
    T("4pm New York time", "2024-04-14", opt=True),
    T("Sun 14 Apr 2024", "2024-04-14"),
    T("14.52 BST", "2024-04-14", opt=True),
    T("14.52 BST", "2024-04-14", nth=1, opt=True),
    T("13.40 BST", "2024-04-14", opt=True),
    T("this afternoon", "2024-04-14"),
    T("12.58 BST", "2024-04-14", opt=True),
    T("overnight", "2024-04-14", opt=True),
    T("11.21 BST", "2024-04-14", opt=True),
    T("tonight's", "2024-04-13", opt=True),
    T("09.34 BST", "2024-04-14", opt=True),
    T("overnight", "2024-04-14", nth=1, opt=True),
    T("07.15 BST", "2024-04-14", opt=True),
    T("early this morning", "2024-04-14"),
    T("06.02 BST", "2024-04-14", opt=True),
    T("overnight", "2024-04-14", nth=2, opt=True),
    T("1 April", "2024-04-01"),
    P("New York", opt=True),  # "4pm New York time"
    P("Tel Aviv"), P("Negev"), P("Arad"), P("Damascus"),
    V("Tel Aviv", "2024-04-14"),  # the war cabinet at the Kirya
    V("New York", "2024-04-14", opt=True),  # the Security Council "to meet at 4pm New York time"
    S(IL, "Israel", "Israel says 99% of more than 300 drones and missiles intercepted", opt=True, stance="neutral"),
    S(IR, "Iran", "Iran says operation 'concluded'", opt=True, stance="neutral"),
    S(IR, "Mohammad Bagheri", "Iran warns of 'much larger' response if Israel retaliates", opt=True,
      stance="threat"),
    S(US, "Joe Biden", "take the win", opt=True, stance="demand"),
    S(G7, "G7 leaders",
      "unequivocally condemn in the strongest terms Iran's direct and unprecedented attack against Israel",
      stance="condemn"),
    S(G7, "G7 leaders",
      "With its actions, Iran has further stepped toward the destabilisation of the region and risks provoking an "
      "uncontrollable regional escalation. This must be avoided,", stance="condemn"),
    S(IL, "Israeli prime minister's office",
      "Israel's war cabinet met this afternoon at the Kirya military headquarters in Tel Aviv to discuss a response",
      kind=I, stance="neutral"),
    S(IL, "Benny Gantz",
      "Israel would \"build a regional coalition and exact the price from Iran in the way and at the time that suit "
      "us\"", kind=I, stance="threat"),
    S(EG, "Egypt's foreign ministry", "expressed its \"deep concern\" at the escalation", kind=I, opt=True,
      stance="neutral"),
    S(EG, "Egypt's foreign ministry", "called for \"maximum restraint\"", kind=I, opt=True, stance="demand"),
    S(SA, "Saudi Arabia's foreign ministry",
      "urged all parties to spare the region and its peoples \"from the dangers of war\"", kind=I,
      stance="demand"),
    S(JO, "Jordan",
      "its air defences had intercepted flying objects that entered its airspace overnight", kind=I,
      stance="neutral"),
    S(JO, "Muhannad Mubaidin", "Jordan \"will not become a battlefield for any party\"", kind=I, stance="reject"),
    S(IR, "Mohammad Bagheri",
      "The operation has concluded from our point of view and we have no intention of continuing it.",
      stance="neutral"),
    S(IR, "Mohammad Bagheri",
      "if Israel retaliated, \"our response will be much larger than tonight's military action\"", kind=I,
      stance="threat"),
    S(IR, "Iran's mission to the UN",
      "The matter can be deemed concluded. However, should the Israeli regime make another mistake, Iran's "
      "response will be considerably more severe.", stance="threat"),
    S(US, "Joe Biden", "I condemn these attacks in the strongest possible terms.", stance="condemn"),
    # reported through a senior administration official: attributed to Biden
    S(US, "Joe Biden",
      "the US would not take part in any offensive operation against Iran and that Israel should \"take the win\"",
      kind=I, stance="reject"),
    S(IL, "Benjamin Netanyahu", "We intercepted. We blocked. Together we will win.", stance="neutral"),
    S(IL, "Benjamin Netanyahu", "We intercepted, we blocked, together we will win", opt=True, stance="neutral"),
    S(IL, "Benjamin Netanyahu", "יחד ננצח", opt=True, stance="neutral"),
    S(IL, "Daniel Hagari",
      "99% of the roughly 170 drones, 30 cruise missiles and 120 ballistic missiles launched by Iran had been "
      "intercepted, most of them outside Israeli territory", kind=I, stance="neutral"),
    S(IL, "Daniel Hagari",
      "A seven-year-old Bedouin girl was seriously injured by shrapnel in the Negev, near Arad", kind=I,
      stance="neutral"),
    S(UN, "António Guterres", "he \"strongly condemns\" the attack", kind=I, stance="condemn"),
    S(UN, "António Guterres",
      "called on all parties to avoid any action that could lead to military confrontations on multiple fronts",
      kind=I, stance="demand"),
    S(HA, "Hamas", "the attack was \"a natural right and a deserved response\" to the Damascus strike", kind=I,
      stance="welcome"),
    K(1, "wounded", "Bedouin girl", by="Daniel Hagari"),
    K(7, "killed", "members of the Revolutionary Guards"),
    K(2, "killed", "generals", opt=True),  # among the seven
]

# ---------------------------------------------------------------- r12 Xinhua, hard-wrapped (2008-06-19, Thu)
R12 = "r12_xinhua_gaza_truce_wrapped"


def w(s):
    return wrapped(R12, s)


A[R12] = [
    T("June 19", "2008-06-19"),
    T(w("6:00 a.m."), "2008-06-19", opt=True),
    T(w("0300 GMT"), "2008-06-19", opt=True),
    T(w("on Thursday"), "2008-06-19"),
    T("six-month", "2008", opt=True),
    T(w("for a year"), "2008", opt=True),
    T(w("on Wednesday"), "2008-06-18"),
    T("Sunday", "2008-06-22"),  # "entering the strip on Sunday": the coming Sunday
    T(w("on Thursday"), "2008-06-19", nth=1),
    T(w("next week"), "2008-W26"),
    T(w("Over the past year"), "2008", opt=True),
    T("On Wednesday", "2008-06-18"),
    T("080619 1045 GMT", "2008-06-19", opt=True),
    P("Gaza Strip", "GAZA"), P("Gaza City"), P("West Bank"), P("Ramallah"), P("Cairo"), P("Sderot"),
    P("Khan Younis"), P("Southern Israel", w("southern Israel")),
    V("Cairo", "2008-06-19"),  # Mubarak received Suleiman
    V("Cairo", "2008-W26"),  # talks with the envoys next week
    V("Jerusalem", None, opt=True),  # Olmert's cabinet; place implied
    S(HA, "Ismail Haniyeh",
      "his movement \"will abide by the calm as long as the occupation abides by it,\"", kind=I, stance="agree"),
    S(HA, "Ismail Haniyeh", "urged all Palestinian factions to respect the agreement", kind=I, stance="demand"),
    S(HA, "Ismail Haniyeh",
      w("The calm is a national interest, and we will not allow anyone to violate it,"), stance="agree"),
    S(HA, "Ismail Haniyeh",
      "Hamas expected Israel to open the crossings and ease the blockade imposed on the Gaza Strip for a year",
      kind=I, stance="demand"),
    S(IL, "Ehud Barak", "Israel would give the truce a chance", kind=I, stance="agree"),
    S(IL, "Ehud Barak", w("it may be fragile and short-lived."), stance="neutral"),
    S(IL, "Mark Regev",
      "the crossings would be opened gradually \"if the quiet holds,\" starting with an increase in goods entering "
      "the strip on Sunday", kind=I, stance="agree"),
    S(IL, "Ehud Olmert", "Israel had no illusions", kind=I, opt=True, stance="neutral"),
    S(IL, "Ehud Olmert",
      w("We have no illusions that the calm will last long; the army is prepared for any scenario,"),
      stance="neutral"),
    S(PA, "Mahmoud Abbas", "welcomed the truce", kind=I, opt=True, stance="welcome"),
    S(PA, "Mahmoud Abbas", "it would be extended to the West Bank", kind=I, stance="welcome"),
    S(PA, "Mahmoud Abbas",
      "called for \"comprehensive calm\" that would pave the way for a return to national dialogue", kind=I,
      stance="demand"),
    S(EG, "Egypt",
      "it would invite Israeli and Hamas envoys for talks in Cairo next week on the release of captured Israeli "
      "soldier Gilad Shalit", kind=I, stance="propose"),
    S(PIJ, "Islamic Jihad", "it would respect the truce", kind=I, stance="agree"),
    S(PIJ, "Daoud Shehab",
      "the group \"will respond to any Israeli aggression against our people in the West Bank.\"", kind=I,
      stance="threat"),
    S(US, "Sean McCormack",
      "Washington \"hopes the calm will hold\" and that it would lead to an end to rocket attacks on Sderot", kind=I,
      stance="welcome"),
    S(["Palestinian civilians"], "Abu Mohammed", w("We want to sleep without the sound of airplanes,"), opt=True,
      stance="neutral"),
    K(400, "killed", "Palestinians", qualifier="more than", by="Xinhua"),
    K(7, "killed", "Israelis", by="Xinhua"),
    K(6, "killed", "Hamas militants"),
    K(2, "wounded", "people"),
]

# After the blind run (genuine omissions against the conventions above, not changes to fit the system; added to every
# article, whether or not the system found them): (1) r05's standfirst repeats two of Nasrallah's lines and had no
# annotation (duplicates: the shorter copy is opt); (2) reported acts without a reported clause ("dismissed the
# communique", "welcomed the step", "had threatened to resign") and headline or standfirst summaries of a statement
# ("G7 leaders condemn 'unprecedented' assault") are opt by the conventions but were left out.
CORRECTIONS = {
    "r01_reuters_reactions_haniyeh": [
        S(PA, "Mahmoud Abbas", "strongly condemned the assassination", kind=I, opt=True, stance="condemn"),
    ],
    "r02_un_ga_es10_truce": [
        S(UN, "General Assembly",
          "General Assembly Adopts Resolution Calling for Immediate, Durable, Sustained Humanitarian Truce in Gaza",
          opt=True, stance="demand"),
    ],
    "r03_aljazeera_riyadh_summit": [
        S(AL, "Arab and Muslim leaders",
          "Arab and Muslim leaders reject Israel's 'self-defence' claim at Riyadh summit", opt=True, stance="reject"),
        S(AL, "summit communique",
          "The joint Arab League-OIC summit demands an end to the war on Gaza but stops short of punitive economic and "
          "political measures.", opt=True, stance="demand"),
        S(IL, "Lior Haiat", "dismissed the communique", kind=I, opt=True, stance="reject"),
    ],
    "r05_almayadeen_nasrallah_speech": [
        S(HZ, "Hassan Nasrallah",
          "the battle is \"purely Palestinian\" and warns Washington that its fleets \"do not scare us.\"", kind=I,
          opt=True, stance="threat"),
        S(HA, "Hamas", "thanked Sayyed Nasrallah", kind=I, opt=True, stance="welcome"),
    ],
    "r06_egypt_mfa_rafah_statement": [
        S(EG, EMFA, "Egypt warns of grave consequences of Rafah operation", opt=True, stance="neutral"),
    ],
    "r07_kuna_kuwait_welcomes_truce": [
        S(KW, "State of Kuwait",
          "Kuwait welcomes Egyptian-brokered long-term ceasefire in Gaza, lauds Egypt's efforts, calls for lifting of "
          "blockade", opt=True, stance="welcome"),
    ],
    "r08_ynet_cabinet_disengagement": [
        S(IL, "Benjamin Netanyahu", "had threatened to resign", kind=I, opt=True, stance="threat"),
        S(IL + PA, "Ariel Sharon and Mahmoud Abbas", "declared a halt to violence", kind=I, opt=True, stance="agree"),
        S(["Yesha Council"], "settlers", "settlers vow to fight on", opt=True, stance="threat"),
    ],
    "r09_politico_bomb_pause": [
        S(US, "U.S. officials", "US paused bomb shipment to Israel over Rafah concerns, officials say", opt=True,
          stance="neutral"),
        S(US + ["Democratic Party"], "progressive Democrats", "welcomed the step", kind=I, opt=True,
          stance="welcome"),
    ],
    "r10_spiegel_shtayyeh_interview": [
        S(IL, "Israeli government", "The Israeli government has rejected the Palestinian boycott", kind=I, opt=True,
          stance="reject"),
    ],
    "r11_guardian_live_iran_attack": [
        S(G7, "G7 leaders", "G7 leaders condemn 'unprecedented' assault", opt=True, stance="condemn"),
        S(US, "Joe Biden", "Biden urges Netanyahu to 'take the win'", opt=True, stance="demand"),
        S(G7, "G7 leaders", "G7 leaders 'unequivocally condemn' attack", opt=True, stance="condemn"),
        S(IR, "Mohammad Bagheri", "operation has concluded", opt=True, stance="neutral"),
        S(IL, "Benjamin Netanyahu", "together we will win", opt=True, stance="neutral"),
    ],
}
for _aid, _items in CORRECTIONS.items():
    A[_aid].extend(_items)

# the quoted fragments inside each indirect statement are optional statements of the same speaker (as in blind8)
add_fragments(A, respell=lambda aid, frag: wrapped(aid, frag) if aid == R12 else frag)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    print(f"wrote {write_gold(HERE, build())}")
