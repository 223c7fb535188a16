"""Gold annotations for the blind30 set (wire and broadcaster copy from twelve agencies, broadcasters and magazines
not used before).

Run from the repository root: ``.venv/bin/python tests/blind30/make_gold.py`` writes ``tests/blind30/gold.json``
and prints the statement counts. Written blind: without reading the extractor (lib/), docs/, app.py, app_pages/,
the git log or the articles and annotations of any other set. Conventions: see README.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from goldkit import K, P, S, T, V, add_fragments, build_gold, main, respell_wrapped  # noqa: E402

I = "indirect"  # noqa: E741
PA = ["Palestinian Authority", "PLO", "Fatah"]
VN = ["Vietnam", "Viet Nam"]
TR = ["Turkey", "Türkiye"]
UAE = ["United Arab Emirates", "UAE"]


def every(aid, text, value, opt=False, n=None):
    """``text`` at each of its ``n`` occurrences in the article (checked against the article's own count)."""
    with open(HERE / "articles" / f"{aid}.txt", encoding="utf-8") as fh:
        have = fh.read().count(text)
    assert n is None or have == n, f"{aid}: {text!r} occurs {have} times, not {n}"
    return [T(text, value, nth=i, opt=opt) for i in range(have)]


A = {}

# ---------------------------------------------------------------- c01 APA, plain text wrapped at 70
a = "c01_apa_wye_memorandum"
A[a] = [
    T("24.Oct 1998", "1998-10-24"),
    T("Saturday", "1998-10-24"),
    T("Friday", "1998-10-23"),
    T("November", "1998-11", nth=0),
    T("November 9", "1998-11-09"),
    T("earlier this month", "1998-10"),
    T("yesterday", "1998-10-22", opt=True),
    T("next year", "1999"),
    T("In March", "1998-03"),
    T("1998", "1998", ctx="Presse Agentur 1998", opt=True),
    P("Vienna"),
    P("Washington"),
    P("Jerusalem"),
    P("Gaza Strip", "Gaza", ctx="Jerusalem and Gaza in"),
    P("Damascus"),
    P("White House", opt=True),
    P("Wye River conference centre"),
    P("Maryland", opt=True),
    P("West Bank"),
    P("Mayo Clinic", opt=True),
    P("Cairo"),
    P("Brussels"),
    V("White House", "1998-10-23", name="Washington"),
    V("Wye River conference centre", "1998-10"),
    V("Jerusalem", "1998-11", opt=True),
    V("Gaza Strip", "1998-11", opt=True),
    V("Damascus", "1998-10", opt=True),
    S(["Austria"], "Austria", "it welcomed the interim land-for-security agreement signed by Israel and the Palestinians "
      "in Washington and pledged that the Union would help pay for its implementation", kind=I, stance="welcome"),
    S(["Austria"], "Wolfgang Schuessel", "a courageous step back from the brink", stance="welcome"),
    S(["Austria"], "Wolfgang Schuessel", "Europe has waited nineteen months for this signature. Now we expect both "
      "sides to keep every line of it", stance="demand"),
    S(["Austria"], "Wolfgang Schuessel", "he would travel to Jerusalem and Gaza in November to meet Prime Minister "
      "Benjamin Netanyahu and Palestinian leader Yasser Arafat", kind=I, stance="neutral"),
    S(["Austria"], "Wolfgang Schuessel", "We are paying because we are playing. Without European money there is no "
      "Palestinian police and no Gaza airport", stance="neutral"),
    S(["Israel"], "Benjamin Netanyahu", "This agreement makes Israel safer than it was yesterday", stance="welcome"),
    S(["Israel"], "Benjamin Netanyahu", "The withdrawals will go ahead only if the Palestinians carry out every single "
      "commitment on security.", stance="demand"),
    S(PA, "Yasser Arafat", "We have chosen the peace of the brave, and we will not go back to the path of violence.",
      stance="agree"),
    S(["United States"], "Bill Clinton", "The enemies of peace will not have the last word", stance="welcome"),
    S(["Jordan"], "King Hussein", "Enough killing, enough destruction, enough waste", stance="demand"),
    S(["Egypt"], "Amr Moussa", "a step, not the end of the road", stance="welcome"),
    S(["Egypt"], "Amr Moussa", "Israel must begin the withdrawals without delay", stance="demand"),
    S(["Syria"], "Syria's official radio", "dismissed the accord as a security arrangement for Israel", kind=I,
      stance="reject"),
    S(["Hamas"], "a senior Hamas official", "The movement will not be bound by any security deal written by the CIA.",
      stance="reject"),
    S(["Austria"], "Viktor Klima", "This accord has saved a peace process that many had already buried. Austria will "
      "raise its aid to the Palestinians next year.", stance="welcome"),
    S(["Austria"], "Wolfgang Schuessel", 'described the process as "frozen solid"', kind=I, stance="neutral",
      opt=True),
    S(["European Union"], "EU diplomats", "foreign ministers would discuss a new aid package at their meeting on "
      "November 9", kind=I, stance="neutral", opt=True),
    S(["Austria", "European Union"], "a source close to the Austrian presidency", "the Commission was preparing about "
      "400 million euros for the coming five years", kind=I, stance="neutral", opt=True),
]

# ---------------------------------------------------------------- c02 Lusa, plain page
a = "c02_lusa_camp_david"
A[a] = [
    T("26 Jul 2000", "2000-07-26"),
    T("July 26", "2000-07-26"),
    *every(a, "Wednesday", "2000-07-26", n=3),
    T("end of June", "2000-06"),
    T("September 13", "2000-09-13"),
    T("September", "2000-09", nth=1, opt=True),
    T("today", "2000-07-26", ctx="not for today", opt=True),
    T("September", "2000-09", nth=2),
    T("Tuesday", "2000-07-25"),
    T("Thursday", "2000-07-27"),
    T("July 11", "2000-07-11"),
    T("in March", "2000-03"),
    T("2000", "2000", ctx="© 2000", opt=True),
    P("Lisbon"),
    P("Camp David"),
    P("East Jerusalem", opt=True),
    P("Maryland", opt=True),
    P("White House", opt=True),
    P("Gaza Strip", "Gaza"),
    P("Jerusalem"),
    P("Temple Mount", opt=True),
    P("Alexandria"),
    P("Brussels"),
    P("Ramallah"),
    V("Camp David", "2000-07"),
    V("Alexandria", "2000-07-27"),
    V("Ramallah", "2000-03", opt=True),
    V("Jerusalem", "2000-03", opt=True),
    V("Lisbon", "2000-09", opt=True),
    S(["Portugal"], "Portugal", "it regretted the failure of the Middle East summit at Camp David but believed the "
      "talks had brought Israelis and Palestinians closer than ever before on the core issues of the conflict",
      kind=I, stance="neutral"),
    S(["Portugal"], "Jaime Gama", "These fifteen days of negotiations were not wasted.", stance="neutral"),
    S(["Portugal"], "Jaime Gama", "The door is not closed. What was put on the table at Camp David cannot simply be "
      "taken off it again", stance="neutral"),
    S(["Portugal"], "Jaime Gama", "Portugal would keep working inside the European Union, whose presidency it held "
      "until the end of June, to support a settlement", kind=I, stance="neutral"),
    S(["Portugal"], "Jaime Gama", 'He urged both sides to avoid "unilateral gestures" before September 13', kind=I,
      stance="demand"),
    S(["Portugal"], "Jaime Gama", "That is a question for September, not for today", stance="neutral"),
    S(["United States"], "Bill Clinton", "They could not get there, not this time", stance="neutral"),
    S(["United States"], "Bill Clinton", "Prime Minister Barak showed particular courage. The main obstacle was "
      "Jerusalem", stance="neutral"),
    S(["Israel"], "Ehud Barak", "Israel was ready to pay a painful price for peace, but it did not find a partner. "
      "Israel will not hand sovereignty over the Temple Mount to anyone.", stance="reject"),
    S(PA, "Saeb Erekat", "We did not sign away Jerusalem, and we never will.", stance="reject"),
    S(PA, "Saeb Erekat", "We remain committed to the peace process", stance="agree"),
    S(PA, "a Palestinian official close to the talks", "What the Americans offered was a kind of administration over "
      "the Arab neighbourhoods of East Jerusalem, not sovereignty.", stance="reject"),
    S(["Egypt"], "Hosni Mubarak", "the Palestinians had been right not to compromise on the holy city", kind=I,
      stance="agree"),
    S(["European Union"], "Javier Solana", "The summit has laid solid foundations for a later agreement",
      stance="welcome"),
    S(["Russia"], "the Russian Foreign Ministry", "called on both sides to show restraint", kind=I, stance="demand"),
    S(["Israel"], "Ehud Barak", 'he was going "to the moment of truth"', kind=I, stance="neutral", opt=True),
    S(["Portugal"], "Jaime Gama", "he would receive Palestinian planning minister Nabil Shaath in Lisbon in "
      "September", kind=I, stance="neutral"),
    S(["Portugal"], "Jaime Gama", "Portugal will speak with both and listen to both", stance="neutral"),
]

# ---------------------------------------------------------------- c03 ANA-MPA, saved HTML
a = "c03_anampa_aqaba_summit"
A[a] = [
    T("2003-06-05", "2003-06-05", opt=True),
    T("05/06/2003", "2003-06-05"),
    *every(a, "Wednesday", "2003-06-04", n=3),
    T("Thursday", "2003-06-05"),
    T("This morning", "2003-06-05"),
    T("yesterday", "2003-06-04"),
    T("next week", "2003-W24"),
    T("June 16", "2003-06-16"),
    T("in March", "2003-03"),
    T("2003", "2003", ctx="&copy; 2003", opt=True),
    P("Aqaba"),
    P("Athens"),
    P("Red Sea", opt=True),
    P("Sharm el-Sheikh"),
    P("Gaza Strip", "Gaza"),
    P("Brussels"),
    P("Luxembourg"),
    P("Cairo"),
    P("Moscow", opt=True),
    P("Washington", opt=True),
    V("Aqaba", "2003-06-04"),
    V("Sharm el-Sheikh", "2003-06-03"),
    V("Luxembourg", "2003-06-16"),
    V("Gaza Strip", "2003-W24", opt=True),
    V("Cairo", "2003-03", opt=True),
    S(["Greece"], "Greece", 'the road map to peace finally had "people ready to walk it"', kind=I,
      stance="welcome"),
    S(["Greece"], "George Papandreou", "a new beginning", stance="welcome"),
    S(["Greece"], "George Papandreou", "We had a road map. Since yesterday we also have drivers. Europe will be in the "
      "car with them, and we will not allow anyone to pull the handbrake", stance="welcome"),
    S(["Greece"], "George Papandreou", "This morning I spoke with Abu Mazen and with Silvan Shalom, and I will be at the "
      "next meeting of the Quartet", stance="neutral"),
    S(["United States"], "George W. Bush", "The Holy Land must be shared between a state of Palestine and a state of "
      "Israel, living in peace with each other", stance="propose"),
    S(["Israel"], "Ariel Sharon", "Israel would begin to remove unauthorised settlement outposts and that it had no "
      "wish to rule over the Palestinians", kind=I, stance="agree"),
    S(["Israel"], "Ariel Sharon", "It is in Israel's interest that the Palestinians govern themselves in their own "
      "state", stance="agree"),
        S(PA, "Mahmoud Abbas", "There is no military solution to this conflict. We will use all our efforts to end the "
      "armed intifada", stance="agree"),
    S(["Hamas"], "Abdel Aziz Rantissi", "We will not lay down our weapons. Abu Mazen spoke in Aqaba with an American "
      "tongue.", stance="reject"),
    S(PA, "a senior Palestinian official", "Abu Mazen will meet the factions in Gaza next week.", stance="neutral"),
    S(["Greece"], "Christos Protopapas", 'Prime Minister Costas Simitis had sent messages to both leaders urging them '
      'to keep "the momentum of Aqaba"', kind=I, stance="demand"),
    S(["European Union"], "diplomats in Brussels", "the EU foreign ministers would discuss the summit at a meeting in "
      "Luxembourg on June 16", kind=I, stance="neutral", opt=True),
    S(["Russia", "United Nations", "European Union", "Quartet"], "the Quartet partners", "welcomed the summit",
      kind=I, stance="welcome", opt=True),
    S(["Russia"], "Igor Ivanov", "The road map now has real chances", stance="welcome"),
    S(["United Nations"], "Kofi Annan", 'urged both sides to implement their pledges "without delay and without '
      'conditions"', kind=I, stance="demand"),
    S(["Greece"], "New Democracy", "On this issue the country speaks with one voice", stance="agree"),
    S(["Greece"], "Communist Party (KKE)", "an American plan in European clothes", stance="reject"),
    S(["Greece"], "George Papandreou", 'Europe would "never accept" a Middle East policy written only in Washington',
      kind=I, stance="reject", opt=True),
]

# ---------------------------------------------------------------- c04 NTB, plain page
a = "c04_ntb_paris_donors"
A[a] = [
    *every(a, "18.12.2007", "2007-12-18", n=2),
    T("Monday", "2007-12-17"),
    T("2008", "2008", ctx="dollars for 2008"),
    T("In January", "2008-01"),
    T("last month", "2007-11"),
    T("spring of 2008", "2008-SP", opt=True),
    T("2007", "2007", ctx="© NTB 2007", opt=True),
    P("Paris"),
    P("Gaza Strip", "Gaza Strip"),
    P("Jerusalem"),
    P("West Bank"),
    P("Annapolis"),
    P("London"),
    V("Paris", "2007-12-17"),
    V("Annapolis", "2007-11", opt=True),
    V("London", "2008", opt=True),
    S(["Norway"], "Norway", "it would give the Palestinians about 140 million dollars a year over the next three "
      "years", kind=I, stance="neutral"),
    S(["Norway"], "Jonas Gahr Støre", "beyond all expectations", stance="welcome"),
    S(["Norway"], "Jonas Gahr Støre", "Never before has the international community given so much, so quickly, to "
      "the Palestinians", stance="welcome"),
    S(["Norway"], "Jonas Gahr Støre", "But this is money for a state, not charity for a crisis. If checkpoints and "
      "closures stay as they are, the money will be wasted.", stance="demand"),
    S(PA, "Mahmoud Abbas", "Our economy will not recover while Israel keeps building settlements. We call on Israel to stop all settlement activity, including in Jerusalem, and to lift "
      "the siege", stance="demand"),
    S(PA, "Mahmoud Abbas", 'He also appealed for help to end what he called the "humanitarian catastrophe" in the '
      'Gaza Strip', kind=I, stance="demand"),
    S(["France"], "Nicolas Sarkozy", "There can be no peace without a viable Palestinian state", stance="demand"),
    S(["France"], "Nicolas Sarkozy", "He urged Israel to freeze settlement growth.", kind=I, stance="demand"),
    S(["United States"], "Condoleezza Rice", "This is a moment of opportunity, and we have to seize it",
      stance="welcome"),
    S(["United States"], "Condoleezza Rice", "This money follows the commitments made at Annapolis last month",
      stance="neutral"),
    S(["Israel"], "Tzipi Livni", "Israel would ease movement in the West Bank but would not compromise on its "
      "security", kind=I, stance="neutral"),
    S(["Israel"], "Tzipi Livni", "Security is not an obstacle to peace, it is a condition for it", stance="neutral"),
    S(["Hamas"], "Sami Abu Zuhri", "This is a conference to declare war on Hamas. The money is meant to buy "
      "Palestinian concessions.", stance="condemn"),
    S(["Hamas"], "a senior Hamas official", "Nobody will starve Gaza into surrender.", stance="reject"),
    S(["Norway"], "Erik Solheim", "Norway's money would go mainly to budget support and to projects in Gaza run by "
      "the United Nations", kind=I, stance="neutral"),
    S(["Quartet"], "Tony Blair", "In January I will present a package of quick-impact projects", stance="neutral"),
    S(["Quartet"], "Tony Blair", "People must feel a change in their daily lives, and quickly", stance="demand"),
    S(["Norway"], "Jonas Gahr Støre", "We talk to those who can deliver peace. That has not changed",
      stance="neutral"),
    S(["Norway"], "Jonas Gahr Støre", "Norway had no plans for new contacts with the movement", kind=I,
      stance="neutral"),
    S(["Norway"], "Jonas Gahr Støre", "The next meeting of the donor group will be held in London in the spring of "
      "2008", stance="neutral"),
]

# ---------------------------------------------------------------- c05 VNA, plain text wrapped at 72
a = "c05_vna_gaza_truce"
A[a] = [
    T("22/11/2012", "2012-11-22"),
    T("Thursday", "2012-11-22"),
    T("November 21", "2012-11-21"),
    T("Wednesday", "2012-11-21"),
    T("Friday", "2012-11-23"),
    T("2012", "2012", ctx="(c) 2012", opt=True),
    P("Hanoi", "Ha Noi"),
    P("Gaza Strip", "Gaza Strip"),
    P("Cairo"),
    P("Jerusalem"),
    P("Ramallah"),
    P("Tel Aviv"),
    V("Cairo", "2012-11-21"),
    V("Jerusalem", "2012-11", opt=True),
    V("Ramallah", "2012-11", opt=True),
    V("Cairo", "2012-11-23", opt=True),
    S(VN, "Viet Nam", "welcomed the ceasefire between Israel and the Hamas movement in the Gaza Strip and called on "
      "the parties to fully respect it", kind=I, stance="welcome"),
    S(VN, "Luong Thanh Nghi", "Viet Nam welcomes the ceasefire agreement reached on November 21 and hopes that the "
      "parties will strictly observe it, contributing to peace and stability in the Middle East.", stance="welcome"),
    S(VN, "Luong Thanh Nghi", "Viet Nam consistently supported the Palestinian people's struggle for their legitimate "
      "rights, including the right to an independent state living side by side in peace with Israel", kind=I,
      stance="agree"),
    S(["Egypt", "United States"], "Mohamed Kamel Amr and Hillary Clinton", "both sides had agreed to stop all "
      "hostilities and that Egypt would follow up on the implementation", kind=I, stance="welcome"),
    S(["Egypt"], "Mohamed Kamel Amr", "Egypt will continue its efforts to ensure that this ceasefire holds",
      stance="agree"),
    S(["United States"], "Hillary Clinton", "This is a critical moment for the region. Egypt's new government is "
      "assuming the responsibility and leadership that has long made this country a cornerstone of regional "
      "stability and peace", stance="welcome"),
    S(["Israel"], "Benjamin Netanyahu", 'he had agreed to give the ceasefire "a chance", but warned that Israel would '
      'take "much harsher" military action if needed', kind=I, stance="threat"),
    S(["Israel"], "Benjamin Netanyahu", "I know there are citizens who expect an even harsher response. Perhaps there "
      "will be a need for it", stance="threat"),
    S(["Hamas"], "Khaled Meshaal", "If they abide, we abide. If they do not, our fingers are on the trigger.",
      stance="threat"),
    S(["Hamas"], "Ismail Haniyeh", "The occupation has failed in all its goals", stance="neutral"),
    S(["Hamas"], "a senior Hamas official", "Talks on opening the crossings into Gaza will begin within 24 hours",
      stance="neutral"),
    S(["United Nations"], "Ban Ki-moon", "Now is the time to address the root causes of the conflict",
      stance="demand"),
    S(["Russia", "China", "Japan"], "Russia, China and Japan", "Russia, China and Japan also welcomed the truce",
      kind=I, stance="welcome", opt=True),
    S(["Indonesia"], "Indonesia's Foreign Ministry", "We hope this ceasefire opens the road to a real peace",
      stance="welcome"),
    S(["Malaysia"], "Malaysia", "called for the Gaza blockade to be lifted", kind=I, stance="demand"),
    S(["Hamas"], "Hamas", "Hamas praised the attack but did not claim it", kind=I, stance="welcome", opt=True),
    S(VN, "Luong Thanh Nghi", "Viet Nam's Ambassador to Egypt is expected to meet Palestinian officials in Cairo to "
      "discuss aid", kind=I, stance="neutral"),
    K(160, "killed", "Palestinians", qualifier="at least", by="Gaza health officials"),
    K(1000, "wounded", "Palestinians", qualifier="about", by="Gaza health officials"),
    K(5, "killed", "Israelis"),
    K(4, "killed", "civilians", opt=True),
    K(1, "killed", "soldier", opt=True),
    K(15, "wounded", "people", qualifier="at least"),
]

# ---------------------------------------------------------------- c06 Radio Prague, Markdown
a = "c06_radioprague_un_vote"
A[a] = [
    T("November 30, 2012", "2012-11-30"),
    T("Friday", "2012-11-30", ctx="Friday, November"),
    T("Thursday", "2012-11-29"),
    T("Friday", "2012-11-30", ctx="on Friday as loyalty"),
    T("Today", "2012-11-29", opt=True),
    T("in 2011", "2011"),
    T("2012", "2012", ctx="© 2012", opt=True),
    P("New York"),
    P("Prague"),
    P("Jerusalem"),
    P("Berlin", opt=True),
    P("Washington", opt=True),
    V("New York", "2012-11-29"),
    S(["Czech Republic"], "Karel Schwarzenberg", "loyalty to a friend and to the peace process", kind=I,
      stance="reject"),
    S(["Czech Republic"], "Karel Schwarzenberg", "We have always said that a Palestinian state must come out of "
      "negotiations, not out of a vote in New York. Unilateral steps do not bring peace any closer", stance="reject"),
    S(["Czech Republic"], "Karel Schwarzenberg", "I respect the decisions of our partners. But we have our own "
      "historical experience with guarantees given by others", stance="neutral"),
    S(["Czech Republic"], "Petr Nečas", "Israel is our closest ally in the Middle East, and we do not leave allies "
      "alone when it is difficult", stance="agree"),
    S(["Czech Republic"], "Lubomír Zaorálek", 'the government had isolated the country in Europe "for no good '
      'reason"', kind=I, stance="condemn"),
    S(["Czech Republic"], "Lubomír Zaorálek", "We have lost credibility in the Arab world and gained nothing in "
      "return", stance="condemn"),
    S(PA, "Mahmoud Abbas", 'it was being asked "to issue the birth certificate" of the state of Palestine', kind=I,
      stance="demand"),
    S(PA, "Mahmoud Abbas", "We did not come here to delegitimise a state established years ago, Israel; rather we came "
      "to affirm the legitimacy of the state that must now achieve its independence", stance="demand"),
    S(["Israel"], "Ron Prosor", "This resolution will not advance peace. It pushes peace backwards", stance="reject"),
    S(["Israel"], "office of Benjamin Netanyahu", 'the decision was "meaningless" and would not change anything on '
      'the ground', kind=I, stance="reject"),
    S(["United States"], "Hillary Clinton", "unfortunate and counterproductive", stance="condemn"),
    S(["France"], "Laurent Fabius", "We voted yes out of coherence with our long-standing position", stance="agree"),
    S(["Germany"], "Guido Westerwelle", "Berlin shared the goal but not the method", kind=I, stance="neutral"),
    S(["Israel"], "Yaakov Levy", "Today we saw who our true friends are", stance="welcome"),
    S(PA, "the head of the Palestinian mission in Prague", "This vote hurt Palestinians who remember Czechoslovakia's "
      "support in the past.", stance="condemn"),
    S(["Czech Republic"], "a senior Czech diplomat", "several EU partners had privately asked Prague to at least "
      "abstain", kind=I, stance="neutral", opt=True),
    S(["Czech Republic"], "Karel Schwarzenberg", 'he had called a similar Palestinian bid at the Security Council "a '
      'road to nowhere"', kind=I, stance="reject", opt=True),
]

# ---------------------------------------------------------------- c07 ANTARA, saved HTML
a = "c07_antara_gaza_ceasefire"
A[a] = [
    T("2021-05-21", "2021-05-21", opt=True),
    T("21st May 2021", "2021-05-21"),
    *every(a, "Thursday", "2021-05-20", n=4),
    *every(a, "May 20, 2021", "2021-05-20", n=2),
    *every(a, "Friday", "2021-05-21", n=3),
    T("last weekend", "2021-W19-WE", opt=True),
    T("last year", "2020"),
    T("2021", "2021", ctx="ANTARA 2021", opt=True),
    T("2021", "2021", ctx="&copy; 2021 ANTARA", opt=True),
    P("Jakarta"),
    P("New York"),
    P("East Jerusalem"),
    P("Gaza Strip", "Gaza Strip"),
    P("Rafah"),
    P("Tel Aviv"),
    P("White House", opt=True),
    V("New York", "2021-05-20"),
    S(["Indonesia"], "Indonesia", "the international community must now deal with the occupation that lay at the "
      "root of the violence", kind=I, stance="demand"),
    S(["Indonesia"], "Retno Marsudi", "Indonesia welcomes the ceasefire. But a ceasefire is not the end. The root "
      "cause, the occupation of Palestine, remains, and it must be ended", stance="welcome"),
    S(["Indonesia"], "Retno Marsudi", "We call for an international presence in East Jerusalem to protect Palestinian "
      "civilians", stance="demand"),
    S(["Indonesia", "Malaysia", "Brunei"], "Indonesia, Malaysia and Brunei Darussalam", "Israel's attacks were \"a "
      "flagrant violation of international law\" and urged the Security Council to act", kind=I, stance="condemn"),
    S(["Indonesia"], "Joko Widodo", "Alhamdulillah, the guns in Gaza have fallen silent. Indonesia will continue to "
      "stand with the Palestinian people.", stance="welcome"),
    S(["Indonesia"], "Teuku Faizasyah", "We are preparing humanitarian aid and will coordinate with Egypt to deliver it "
      "through the Rafah crossing", stance="neutral"),
    S(["Israel"], "office of Benjamin Netanyahu", "Israel's security cabinet approved it unanimously on Thursday "
      "night", kind=I, stance="agree"),
    S(["Israel"], "office of Benjamin Netanyahu", "mutual and unconditional", stance="agree"),
    S(["Hamas"], "a senior Hamas official", "The resistance will abide by the ceasefire as long as the occupation does",
      stance="agree"),
    S(["Hamas"], "Ezzat al-Rishq", "The battle is over, but our hands are on the trigger", stance="threat"),
    S(["United States"], "Joe Biden", 'the ceasefire offered "a genuine opportunity" for progress', kind=I,
      stance="welcome"),
    S(["United States"], "Joe Biden", "I believe the Palestinians and Israelis equally deserve to live safely and "
      "securely", stance="neutral"),
    S(["United States"], "the White House", "had played a critical role", kind=I, stance="neutral", opt=True),
    S(["Egypt"], "Egypt", "it would send two security delegations to Tel Aviv and the Palestinian territories to "
      "monitor the truce", kind=I, stance="neutral"),
    S(["United Nations"], "Antonio Guterres", 'welcomed the truce and urged Israeli and Palestinian leaders to start "a '
      'serious dialogue to address the root causes of the conflict"', kind=I, stance="welcome"),
    S(["Indonesia"], "Meutya Hafid", "Indonesia should use its seat on the UN Human Rights Council to push for "
      "accountability, not only aid", stance="demand"),
    S(["Indonesia"], "Indonesian Ulema Council (MUI)", "called on Muslims to keep donating for Gaza", kind=I,
      stance="demand"),
    S(["Indonesia"], "Teuku Faizasyah", "There is no such plan. Our position on Palestine has not changed and will "
      "not change.", stance="reject"),
    K(232, "killed", "Palestinians", by="Gaza health ministry"),
    K(65, "killed", "children", by="Gaza health ministry"),
    K(12, "killed", "people", by="Israel"),
]

# ---------------------------------------------------------------- c08 ENA, plain text wrapped at 68
a = "c08_ena_ankara_declaration"
A[a] = [
    T("December 12, 2024", "2024-12-12"),
    *every(a, "Thursday", "2024-12-12", n=3),
    T("December 12/2024", "2024-12-12"),
    T("Wednesday", "2024-12-11"),
    T("end of February 2025", "2025-02"),
    T("in January", "2024-01"),
    T("Today", "2024-12-11", opt=True),
    T("August", "2024-08", nth=0),
    T("July", "2024-07"),
    T("August", "2024-08", nth=1),
    T("1993", "1993"),
    T("2024", "2024", ctx="(c) 2024", opt=True),
    P("Ankara"),
    P("Addis Ababa"),
    P("Mogadishu"),
    P("Somaliland"),
    P("Horn of Africa", opt=True),
    P("Cairo", opt=True),
    V("Ankara", "2024-12-11"),
    V("Ankara", "2024-07", opt=True),
    V("Ankara", "2024-08", opt=True),
    S(["Ethiopia"], "Ethiopia", 'the agreement it reached with Somalia in Ankara opened "a new chapter" in relations '
      'between the two neighbours and would secure its long-sought access to the sea through peaceful means',
      kind=I, stance="welcome"),
    S(["Ethiopia"], "Abiy Ahmed", "We have no intention of taking anyone's land. What Ethiopia wants is access to the "
      "sea, in peace and through cooperation", stance="deny"),
    S(["Ethiopia", "Somalia"], "the Ankara Declaration", "reliable, secure and sustainable access to and from the sea",
      stance="agree"),
    S(["Somalia"], "Hassan Sheikh Mohamud", "Somalia is ready to work with Ethiopia.", stance="agree"),
    S(["Somalia"], "Hassan Sheikh Mohamud", "We have closed the chapter of the past year. Ethiopia is a brother, and "
      "Somalia is ready to give access to the sea through its own ports", stance="agree"),
    S(TR, "Recep Tayyip Erdogan", "the first step toward a new beginning", stance="welcome"),
    S(TR, "Recep Tayyip Erdogan", "Today we have laid the foundation of a lasting peace between two brotherly "
      "countries", stance="welcome"),
    S(TR, "Recep Tayyip Erdogan", "Türkiye will host the technical talks.", stance="neutral"),
    S(["Somalia"], "Mogadishu", "null and void", stance="reject", opt=True),
    S(["Ethiopia"], "Nebiat Getachew", "The declaration reflects Ethiopia's principled position that access to the "
      "sea can only be achieved through dialogue.", stance="welcome"),
    S(["African Union"], "Moussa Faki Mahamat", "a commendable step towards regional peace", stance="welcome"),
    S(["United States"], "the United States", "it welcomed the declaration and would support its implementation",
      kind=I, stance="welcome"),
    S(["Qatar", "United Arab Emirates", "Saudi Arabia"], "Qatar, the United Arab Emirates and Saudi Arabia",
      "welcomed the agreement in separate statements", kind=I, stance="welcome", opt=True),
    S(["Qatar"], "the Qatari Foreign Ministry", 'it hoped the accord would "strengthen security in the Horn of '
      'Africa"', kind=I, stance="welcome"),
    S(["IGAD"], "Workneh Gebeyehu", "A great day for the Horn of Africa. Dialogue wins.", stance="welcome"),
    S(["Somalia"], "a senior member of the opposition in Mogadishu", "The deal gives a lot and guarantees little",
      stance="reject"),
    S(TR, "Hakan Fidan", "We prepared the third round patiently, word by word", stance="neutral"),
]

# ---------------------------------------------------------------- c09 MENA, plain page
a = "c09_mena_cairo_summit"
A[a] = [
    T("21 October 2023", "2023-10-21"),
    *every(a, "Saturday", "2023-10-21", n=3),
    T("Oct 21", "2023-10-21"),
    T("Wednesday", "2023-10-18"),
    T("Friday", "2023-10-20"),
    T("October 7", "2023-10-07"),
    T("that day", "2023-10-07", opt=True),  # correction 1: the anaphoric date was missed
    T("2023", "2023", ctx="© 2023", opt=True),
    P("Cairo", ctx="met in Cairo on"),
    P("New Administrative Capital"),
    P("Gaza Strip", "Gaza Strip"),
    P("Sinai"),
    P("Rafah"),
    P("El Arish"),
    P("Tel Aviv"),
    V("New Administrative Capital", "2023-10-21"),
    V("Cairo", "2023-10-18"),
    V("Rafah", "2023-10-20"),
    S(["Egypt"], "Egypt", "it would never accept the displacement of Palestinians from the Gaza Strip into Sinai",
      kind=I, stance="reject"),
    S(["Egypt"], "Abdel Fattah El Sisi", "the solution to the Palestinian cause could not come at the expense of Egypt "
      "or of the Palestinian people", kind=I, stance="reject"),
    S(["Egypt"], "Abdel Fattah El Sisi", "The world should know that the liquidation of the Palestinian cause without "
      "a just solution will not happen, and in any case it will not happen at the expense of Egypt. Never",
      stance="reject"),
    S(["Egypt"], "Abdel Fattah El Sisi", "Egypt has kept the Rafah crossing open from its side throughout this crisis. "
      "We call for an immediate ceasefire and for the safe and sustained delivery of aid", stance="demand"),
    S(["Egypt"], "Abdel Fattah El Sisi", "We are at a crossroads. Either we choose peace, or we watch the region slide "
      "into an abyss", stance="neutral"),
    S(PA, "Mahmoud Abbas", "We will not leave. We will stay on our land, whatever the sacrifices.", stance="reject"),
    S(PA, "Mahmoud Abbas", "Our people will not accept a second Nakba", stance="reject"),
    S(["Jordan"], "King Abdullah II", "The siege and bombing of Gaza are a war crime", stance="condemn"),
    S(["Jordan"], "King Abdullah II", "He warned that the region would not be secure as long as the occupation "
      "continued", kind=I, stance="threat"),
    S(["Egypt", "Jordan"], "Egypt and Jordan", 'any attempt to force Palestinians out of their land was "a red line"',
      kind=I, stance="reject"),
    S(["United Nations"], "Antonio Guterres", "Hamas attacks cannot justify the collective punishment of the "
      "Palestinian people.", stance="condemn"),
    S(["United Nations"], "Antonio Guterres", "He called for a humanitarian ceasefire.", kind=I, stance="demand"),
    S(["Egypt"], "the Egyptian Red Crescent", "hundreds more were waiting in El Arish", kind=I, stance="neutral",
      opt=True),
    S(["European Union"], "several European delegations", "they would not endorse any text that did not condemn "
      "Hamas", kind=I, stance="reject", opt=True),
    S(["Qatar"], "Sheikh Tamim bin Hamad Al Thani", "it is not acceptable that the lives of Palestinians should count "
      "less", stance="condemn"),
    S(["South Africa"], "Cyril Ramaphosa", "South Africa stands ready to help", stance="neutral"),
    S(["Egypt"], "the Egyptian presidency", 'the participants had failed to agree on a joint position because of '
      '"differences over the fundamental issues"', kind=I, stance="neutral"),
    S(["Egypt"], "the Egyptian presidency", "Egypt had hoped the summit would send a clear message against the war. "
      "The world's leaders did not rise to the responsibility", stance="condemn"),
    S(["Egypt"], "the Egyptian presidency", "Some states put conditions on calling for a ceasefire", stance="condemn"),
    S(["Israel"], "Lior Haiat", 'Israel would "do what is necessary" to defend its citizens', kind=I,
      stance="threat"),
    K(4385, "killed", "Palestinians", by="Gaza health ministry"),
    K(1400, "killed", "people", qualifier="about", by="Israeli officials"),
]

# ---------------------------------------------------------------- c10 SABC News, saved HTML
a = "c10_sabc_icj_order"
A[a] = [
    *every(a, "2024-01-26", "2024-01-26", opt=True, n=3),
    *every(a, "26 January 2024", "2024-01-26", n=3),
    T("Friday", "2024-01-26"),
    T("later in the day", "2024-01-26", opt=True),
    T("in November", "2023-11"),
    T("October 7", "2023-10-07"),
    T("that day", "2023-10-07", opt=True),  # correction 1: the anaphoric date was missed
    T("Today", "2024-01-26", ctx="Today's order", opt=True),
    T("2024", "2024", ctx="&copy; 2024", opt=True),
    P("The Hague"),
    P("Peace Palace", opt=True),
    P("Gaza Strip", "Gaza Strip"),
    P("Pretoria"),
    V("The Hague", "2024-01-26"),
    S(["South Africa"], "South Africa", "the International Court of Justice had vindicated its case against Israel",
      kind=I, stance="welcome"),
    S(["South Africa"], "Naledi Pandor", "This is a decisive victory for the international rule of law. The court has "
      "said that Palestinians in Gaza have rights that must be protected.", stance="welcome"),
    S(["South Africa"], "Naledi Pandor", "In exercising the order, there would have to be a ceasefire. Without it, "
      "the order doesn't work.", stance="demand"),
    S(["South Africa"], "The Presidency", "President Cyril Ramaphosa welcomed the ruling and would address the nation "
      "later in the day", kind=I, stance="welcome"),
    S(["South Africa"], "Cyril Ramaphosa", 'South Africa had acted "not out of hostility to the people of Israel" but '
      'to protect lives', kind=I, stance="neutral"),
    S(["Israel"], "Benjamin Netanyahu", "The charge of genocide is not only false, it is outrageous", stance="reject"),
    S(["Israel"], "Benjamin Netanyahu", "Israel's commitment to international law is unwavering. Equally unwavering "
      "is our sacred commitment to continue to defend our country", stance="reject"),
    S(["Hamas"], "Hamas", "The ruling is an important development that contributes to isolating the occupation.",
      stance="welcome"),
    S(PA, "Riyad al-Maliki", "The judges assessed the facts and the law, and they ruled in favour of humanity",
      stance="welcome"),
    S(["European Union"], "the European Union", "We expect full, immediate and effective compliance with the order.",
      stance="demand"),
    S(["Germany"], "Germany", "it respected the court but rejected the accusation of genocide", kind=I,
      stance="reject"),
    S(["United States"], "the United States", "the ruling was consistent with its view that Israel must minimise harm "
      "to civilians", kind=I, stance="neutral"),
    S(["Turkey", "Jordan", "Malaysia"], "Turkey, Jordan and Malaysia", "Turkey, Jordan and Malaysia welcomed the "
      "decision", kind=I, stance="welcome", opt=True),
    S(["South Africa"], "Democratic Alliance", "South Africa should now use its standing to push Hamas to free the "
      "hostages", stance="demand"),
    S(["South Africa"], "South African Jewish Board of Deputies", "the court had not found that Israel committed "
      "genocide", kind=I, stance="deny"),
    S(["South Africa"], "Wendy Kahn", "Today's order is not the verdict the government is claiming", stance="deny"),
    S(["South Africa"], "a senior official in DIRCO", "If Israel ignores the order, we will consider all options",
      stance="threat"),
    K(26000, "killed", "Palestinians", qualifier="more than", by="Gaza health ministry"),
    K(1200, "killed", "people", qualifier="about"),
]

# ---------------------------------------------------------------- c11 Maclean's, Markdown
a = "c11_macleans_abraham_accords"
A[a] = [
    T("September 15, 2020", "2020-09-15"),
    *every(a, "Sept. 15, 2020", "2020-09-15", n=2),
    *every(a, "Tuesday", "2020-09-15", n=2),
    T("this afternoon", "2020-09-15", opt=True),
    T("November", "2020-11"),
    T("Back in August", "2020-08"),
    T("2020", "2020", ctx="© 2020", opt=True),
    P("White House", ctx="At the White House, Israel"),
    P("South Lawn", opt=True),
    P("Truman Balcony", opt=True),
    P("Gaza Strip", "Gaza"),
    P("Ashdod"),
    P("Washington"),
    P("Ottawa", opt=True),
    P("Jerusalem"),
    V("White House", "2020-09-15", name="Washington"),
    S(["Canada"], "Canada", "welcomed the normalization agreements signed at the White House between Israel and two "
      "Gulf states", kind=I, stance="welcome"),
    S(["Canada"], "François-Philippe Champagne", "Canada welcomes the historic agreements to normalize relations "
      "between Israel and the UAE and Bahrain. This is a positive step toward peace and security in the region",
      stance="welcome"),
    S(["Canada"], "François-Philippe Champagne", 'Canada would "continue to support a comprehensive, just and lasting '
      'peace" and urged Israelis and Palestinians to return to direct negotiations', kind=I, stance="demand"),
    S(["United States"], "Donald Trump", "We're here this afternoon to change the course of history. After decades of "
      "division and conflict, we mark the dawn of a new Middle East", stance="welcome"),
    S(["Israel"], "Benjamin Netanyahu", "a pivot of history", stance="welcome"),
    S(["Israel"], "Benjamin Netanyahu", "This peace will eventually expand to include other Arab states, and "
      "ultimately it can end the Arab-Israeli conflict once and for all", stance="welcome"),
    S(UAE, "Sheikh Abdullah bin Zayed Al Nahyan", "Thank you, Prime Minister, for choosing peace and for halting the "
      "annexation of Palestinian territories", stance="welcome"),
    S(["Bahrain"], "Abdullatif Al Zayani", "This is an important first step. Only a just two-state solution will "
      "deliver lasting peace", stance="welcome"),
    S(PA, "office of President Mahmoud Abbas", "Peace, security and stability will not be achieved in the region until "
      "the Israeli occupation ends.", stance="reject"),
    S(["Hamas"], "Hamas", "a black day", stance="condemn"),
    S(["Egypt", "Oman"], "Egypt and Oman", "Egypt and Oman welcomed the deal", kind=I, stance="welcome", opt=True),
    S(["Turkey", "Iran"], "Turkey and Iran", "Turkey and Iran condemned it", kind=I, stance="condemn", opt=True),
    S(["Iran"], "Iran's foreign ministry", "shameful", stance="condemn"),
    S(["United States"], "diplomats in Washington", "more Gulf states could follow before the November election",
      kind=I, stance="neutral", opt=True),
    S(["United States"], "Donald Trump", '"five or six" countries were close', kind=I, stance="neutral"),
    S(["Canada", "Centre for Israel and Jewish Affairs"], "Shimon Koffler Fogel", "This is what courageous leadership "
      "looks like", stance="welcome"),
    S(["Canada", "Canadians for Justice and Peace in the Middle East"], "CJPME", "This deal rewards occupation",
      stance="condemn"),
    S(["Canada", "Canadians for Justice and Peace in the Middle East"], "CJPME", "calling on Ottawa not to treat it as "
      "a substitute for Palestinian rights", kind=I, stance="demand"),
    S(["Canada"], "Erin O'Toole", "The Abraham Accords are a breakthrough for peace.", stance="welcome"),
    S(["Canada"], "Conservative Party", "His party urged the government to move Canada's embassy to Jerusalem",
      kind=I, stance="demand"),
    S(["Canada"], "a spokesperson for Champagne", "Our position has not changed.", stance="neutral"),
    S(["Canada"], "Justin Trudeau", 'Canada hoped it would lead to "more" peace in the region', kind=I,
      stance="welcome", opt=True),
    K(2, "wounded", "people", by="Israeli medics"),
]

# ---------------------------------------------------------------- c12 Agência Brasil, plain page
a = "c12_agenciabrasil_israel_iran"
A[a] = [
    *every(a, "24/06/2025", "2025-06-24", n=2),
    *every(a, "Tuesday", "2025-06-24", n=2),
    T("Monday", "2025-06-23"),
    T("Jun 23, 2025", "2025-06-23"),
    T("this year", "2025"),
    T("July 6", "2025-07-06"),
    T("7", "2025-07-07", ctx="July 6 and 7", opt=True),  # correction 2: the second day of "July 6 and 7" was missed
    T("Sunday", "2025-06-22"),
    T("In 2010", "2010"),
    P("Brasília", ctx="Agência Brasil - Brasília"),
    P("Planalto Palace", opt=True),
    P("Tehran", ctx="travel to Tehran"),
    P("White House", opt=True),
    P("Washington", opt=True),
    P("The Hague"),
        P("Rio de Janeiro"),
    P("Fordow"),
    V("Rio de Janeiro", "2025-07"),
    V("The Hague", "2025-06", opt=True),
    V("Tehran", None, opt=True),
    S(["Brazil"], "Brazil", "it welcomed the ceasefire announced between Israel and Iran and called on both countries "
      "to respect it and to return to negotiations on Iran's nuclear programme", kind=I, stance="welcome"),
    S(["Brazil"], "Ministry of Foreign Affairs (Itamaraty)", "The Brazilian government welcomes the announcement of a "
      "ceasefire between Israel and Iran and hopes that it will be fully respected by both parties",
      stance="welcome"),
    S(["Brazil"], "Ministry of Foreign Affairs (Itamaraty)", "Dialogue is the only path to a lasting solution",
      stance="demand"),
    S(["Brazil"], "Ministry of Foreign Affairs (Itamaraty)", "The ministry also repeated its condemnation of the "
      "attacks on Iranian nuclear facilities.", kind=I, stance="condemn"),
    S(["Brazil"], "Luiz Inácio Lula da Silva", "Twelve days of war have shown that nobody wins with bombs. Brazil has always said that the place to solve this is the negotiating "
      "table, not the sky", stance="neutral"),
    S(["United States"], "Donald Trump", "CONGRATULATIONS TO EVERYONE! Israel and Iran have agreed to a complete and "
      "total CEASEFIRE. The war that could have gone on for years is OVER. God bless Israel, God bless Iran!",
      stance="welcome"),
        S(["Iran"], "Abbas Araghchi", "As of now, there is NO agreement on any ceasefire. However, if Israel stops its "
      "illegal aggression no later than 4 a.m. Tehran time, we have no intention to continue our response",
      stance="deny"),
    S(["Israel"], "Benjamin Netanyahu's office", 'Israel had agreed to the US proposal after achieving "all the goals" '
      'of its operation, and warned that it would respond "forcefully" to any violation', kind=I, stance="agree"),
    S(["United States"], "Donald Trump", "Trump accused both sides of breaching it", kind=I, stance="condemn"),
    S(["United States"], "Donald Trump", "They both violated it. They don't know what the hell they're doing",
      stance="condemn"),
    S(["Qatar"], "Qatar", "the emir, Sheikh Tamim bin Hamad Al Thani, had spoken with the Iranian leadership to "
      "secure its approval", kind=I, stance="neutral"),
    S(["Qatar"], "Sheikh Mohammed bin Abdulrahman Al Thani", "We hope the truce will be permanent", stance="welcome"),
    S(["Russia", "China", "Saudi Arabia"], "Russia, China and Saudi Arabia", "Russia, China and Saudi Arabia welcomed "
      "the ceasefire", kind=I, stance="welcome", opt=True),
    S(["European Union"], "the European Union", 'the European Union called for "restraint and a return to '
      'diplomacy"', kind=I, stance="demand"),
    S(["United Nations"], "António Guterres", "Both countries must fully respect the ceasefire", stance="demand"),
    S(["Brazil"], "a source at Itamaraty", "Brazil, which chairs the BRICS bloc this year, would discuss the crisis "
      "with member states before the summit in Rio de Janeiro on July 6 and 7", kind=I, stance="neutral"),
    S(["Brazil"], "diplomats in Brasília", "Iran's president was not expected to attend", kind=I, stance="neutral",
      opt=True),
    S(["Brazil"], "Celso Amorim", "Brazil has already condemned it. Bombing nuclear installations is a violation of "
      "international law.", stance="condemn"),
    S(["Brazil"], "Luiz Inácio Lula da Silva", "a victory for diplomacy", stance="welcome", opt=True),
    K(610, "killed", "people", by="Iran's health ministry"),
    K(28, "killed", "people", by="Israeli authorities"),
]

C = {
    "Vienna": (48.2082, 16.3738), "Washington": (38.9072, -77.0369), "White House": (38.8977, -77.0365),
    "Jerusalem": (31.7683, 35.2137), "Gaza Strip": (31.4167, 34.3333), "Damascus": (33.5138, 36.2765),
    "Wye River conference centre": (38.8850, -76.1550), "Maryland": (39.0, -76.7), "West Bank": (31.95, 35.25),
    "Mayo Clinic": (44.0225, -92.4665), "Cairo": (30.0444, 31.2357), "Brussels": (50.8503, 4.3517),
    "Lisbon": (38.7223, -9.1393), "Camp David": (39.6483, -77.4650), "Temple Mount": (31.7781, 35.2354),
    "Alexandria": (31.2001, 29.9187), "Ramallah": (31.9038, 35.2034),
    "Aqaba": (29.5321, 35.0063), "Athens": (37.9838, 23.7275), "Red Sea": (20.0, 38.5),
    "Sharm el-Sheikh": (27.9158, 34.3300), "Luxembourg": (49.6116, 6.1319), "Moscow": (55.7558, 37.6173),
    "Paris": (48.8566, 2.3522), "Annapolis": (38.9784, -76.4922), "London": (51.5074, -0.1278),
    "Hanoi": (21.0278, 105.8342), "Tel Aviv": (32.0853, 34.7818),
    "New York": (40.7128, -74.0060), "Prague": (50.0755, 14.4378), "Berlin": (52.5200, 13.4050),
    "Jakarta": (-6.2088, 106.8456), "East Jerusalem": (31.7833, 35.2333), "Rafah": (31.2969, 34.2455),
    "Ankara": (39.9334, 32.8597), "Addis Ababa": (9.0300, 38.7400), "Mogadishu": (2.0469, 45.3182),
    "Somaliland": (9.56, 44.06), "Horn of Africa": (8.0, 45.0),
    "New Administrative Capital": (30.0200, 31.7600), "Sinai": (29.5, 33.8), "El Arish": (31.1316, 33.7984),
    "Pretoria": (-25.7479, 28.2293),
    "The Hague": (52.0705, 4.3007), "Peace Palace": (52.0866, 4.2956),
    "South Lawn": (38.8972, -77.0365), "Truman Balcony": (38.8977, -77.0365), "Ashdod": (31.8044, 34.6553),
    "Ottawa": (45.4215, -75.6972),
    "Brasília": (-15.7939, -47.8828), "Planalto Palace": (-15.7991, -47.8609), "Tehran": (35.6892, 51.3890),
    "Doha": (25.2854, 51.5310), "Rio de Janeiro": (-22.9068, -43.1729), "Fordow": (34.8847, 50.9956),
}
RADIUS = {"Gaza Strip": 60, "West Bank": 60, "Maryland": 150, "Red Sea": 800, "Somaliland": 250,
          "Horn of Africa": 800, "Sinai": 150}

WRAPPED = ("c01_apa_wye_memorandum", "c05_vna_gaza_truce", "c08_ena_ankara_declaration")

# the spans and quotes of the hard-wrapped articles, with the articles' own line breaks
respell = respell_wrapped(HERE, A, WRAPPED)
# the quoted fragments inside each indirect statement: optional statements of the same speaker
add_fragments(A, respell)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    main(HERE, A, build())
