"""Gold annotations for the blind27 set (ordinary world news from twelve general outlets not used before).

Run from the repository root: ``.venv/bin/python tests/blind27/make_gold.py`` writes ``tests/blind27/gold.json``
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
GAZA_MOH = ["Hamas", "Gaza health ministry"]


def every(aid, text, value, opt=False, n=None):
    """``text`` at each of its ``n`` occurrences in the article (checked against the article's own count)."""
    with open(HERE / "articles" / f"{aid}.txt", encoding="utf-8") as fh:
        have = fh.read().count(text)
    assert n is None or have == n, f"{aid}: {text!r} occurs {have} times, not {n}"
    return [T(text, value, nth=i, opt=opt) for i in range(have)]


A = {}

# ---------------------------------------------------------------- c01 The Indian Express, saved HTML
A["c01_indianexpress_sharm_summit"] = [
    T("2025-10-14", "2025-10-14", opt=True),
    T("October 14, 2025", "2025-10-14"),
    *every("c01_indianexpress_sharm_summit", "Monday", "2025-10-13", n=5),
    T("Saturday", "2025-10-11"),
    T("Friday", "2025-10-10"),
    T("October 2023", "2023-10"),
    T("October 7, 2023", "2023-10-07"),
    T("2025", "2025", ctx="© 2025", opt=True),
    P("Sharm el-Sheikh"),
    P("New Delhi", ctx="New Delhi | Updated", opt=True),
    P("Red Sea", opt=True),
    P("Gaza Strip", "Gaza"),
    P("Jerusalem"),
    P("Knesset", opt=True),
    V("Sharm el-Sheikh", "2025-10-13"),
    V("Jerusalem", "2025-10-13"),
    S(["India"], "Kirti Vardhan Singh", "New Delhi stood ready to help rebuild the devastated territory", kind=I,
      stance="agree"),
    S(["India"], "Kirti Vardhan Singh", "India has always believed that dialogue and diplomacy are the only way "
      "forward. We will be a partner in the reconstruction of Gaza,", stance="agree"),
    S(["India"], "Narendra Modi", "We welcome the release of all hostages after over two years of captivity. Their "
      "freedom stands as a tribute to the courage of their families, the unwavering peace efforts of President "
      "Trump and the strong resolve of Prime Minister Netanyahu.", stance="welcome"),
    S(["United States"], "Donald Trump", "It took 3,000 years to get to this point. Can you believe it? And it's "
      "going to hold up, too,", stance="welcome"),
    S(["Egypt"], "Abdel Fattah el-Sisi", "the last chance for peace in our region", stance="welcome"),
    S(["Egypt"], "Abdel Fattah el-Sisi", "Egypt will host a conference on the reconstruction of Gaza very soon,",
      stance="propose"),
    S(["Egypt"], "Abdel Fattah el-Sisi", "The Palestinian people deserve a state of their own, and this summit "
      "must be the first step toward it,", stance="demand"),
    S(["Israel"], "Benjamin Netanyahu's office", "he would not attend because of the start of a Jewish holiday",
      kind=I, stance="neutral"),
    S(["Hamas"], "Hamas", 'it had honoured its commitments and warned that Israel must not be allowed to "return '
      'to war under any pretext."', kind=I, stance="demand"),
    S(["Hamas"], "Hossam Badran", "The second phase is full of complications. Nothing about the weapons has been "
      "agreed,", stance="neutral"),
    S(["India", "Congress", "Indian National Congress"], "Jairam Ramesh", 'the Prime Minister had "lost an '
      'opportunity" to speak for the Global South', kind=I, stance="condemn"),
    S(["India", "Congress", "Indian National Congress"], "Jairam Ramesh", "India has been reduced to a spectator at "
      "a summit where it should have been a voice. Mr Modi praises President Trump on X but will not go to the "
      "table,", stance="condemn"),
    S(["India"], "a senior official in the Ministry of External Affairs", "The level of representation was decided "
      "in consultation with the host. India's position has been stated clearly and consistently,",
      stance="reject"),
    S(["India"], "Randhir Jaiswal", "India supports a negotiated two-state solution. We have sent humanitarian aid "
      "to Gaza through Egypt and will continue to do so,", stance="neutral"),
    S(GAZA_MOH, "Gaza health ministry", "Over 67,000 Palestinians have been killed in Gaza since October 2023",
      opt=True, stance="neutral"),
    K(67000, "killed", "Palestinians", qualifier="over", by="Gaza health ministry"),
    K(1200, "killed", "people", qualifier="about"),
]

# ---------------------------------------------------------------- c02 The News International, wrapped at 70
A["c02_thenews_saudi_iran_deal"] = [
    T("Saturday, March 11, 2023", "2023-03-11"),
    T("March 11, 2023", "2023-03-11", nth=1),
    T("Friday", "2023-03-10"),
    T("January 2016", "2016-01"),
    T("2001", "2001"),
    T("2019", "2019", ctx="Tehran in 2019"),
    T("2023", "2023", ctx="Copyright © 2023", opt=True),
    P("Islamabad"),
    P("Beijing"),
    P("Washington"),
    V("Beijing", "2023-03-10"),
    S(["Pakistan"], "Pakistan", 'calling it a "landmark development" that could transform the security of the '
      "Muslim world", kind=I, stance="welcome"),
    S(["Pakistan"], "Mumtaz Zahra Baloch", "Pakistan has always supported dialogue and diplomacy between brotherly "
      "countries. We believe this important diplomatic breakthrough will contribute to peace and stability in the "
      "region and beyond,", stance="welcome"),
    S(["Pakistan"], "Mumtaz Zahra Baloch", 'commended the "visionary leadership" of both countries and said '
      "Pakistan appreciated China's role in bringing the two sides together", kind=I, stance="welcome"),
    S(["Pakistan"], "Bilawal Bhutto Zardari", "I have spoken to both my Saudi and Iranian counterparts,",
      stance="neutral"),
    S(["Pakistan"], "Bilawal Bhutto Zardari", "This is a day of great happiness for the Ummah. Pakistan stands ready "
      "to play its part in building on this momentum,", stance="welcome"),
    S(["Pakistan"], "Bilawal Bhutto Zardari", "Both Riyadh and Tehran are our friends, and we never wanted to "
      "choose between them.", stance="neutral"),
    S(["Saudi Arabia", "Iran", "China"], "joint statement", 'Saudi Arabia and Iran had agreed "to respect the '
      'sovereignty of states and the non-interference in internal affairs of states."', kind=I, stance="agree"),
    S(["Saudi Arabia", "Iran", "China"], "joint statement", "They also agreed to activate a security cooperation "
      "agreement signed in 2001", kind=I, stance="agree"),
    S(["China"], "Wang Yi", "a victory for dialogue and a victory for peace.", stance="welcome"),
    S(["China"], "Wang Yi", "The world is not just about the Ukraine issue,", stance="neutral"),
    S(["China"], "Wang Yi", "China will continue to play a constructive role in handling hotspot issues.",
      stance="neutral"),
    S(["Iran"], "Ali Shamkhani", 'the talks had been "clear, transparent, comprehensive and constructive."', kind=I,
      stance="welcome"),
    S(["Saudi Arabia"], "Prince Faisal bin Farhan", 'the kingdom\'s policy "has been to prefer political solutions '
      'and dialogue."', kind=I, stance="neutral"),
    S(["United States"], "John Kirby", "The Saudis did keep us informed about these talks, but we were not directly "
      "involved.", stance="neutral"),
    S(["United States"], "John Kirby", "We support any efforts to de-escalate tensions there in the region,",
      stance="welcome"),
    S(["United States"], "John Kirby", 'it remained to be seen whether Iran would "honour their side of the deal."',
      kind=I, stance="neutral"),
    S(["Israel"], "Yair Lapid", "a complete and dangerous failure of the Israeli government's foreign policy.",
      stance="condemn"),
    S(["Pakistan", "PTI", "Pakistan Tehreek-e-Insaf"], "PTI", "the deal vindicated former prime minister Imran "
      "Khan's attempts to mediate between Riyadh and Tehran in 2019", kind=I, stance="welcome"),
    S(["Pakistan", "PTI", "Pakistan Tehreek-e-Insaf"], "Fawad Chaudhry", "Imran Khan started this process. The "
      "credit belongs to the people of Pakistan, not to this imported government,", stance="condemn"),
    S(["Pakistan"], "Dr Huma Baqai", "Pakistan no longer has to walk on a tightrope,", opt=True, stance="neutral"),
    S(["Saudi Arabia", "Iran", "China"], "joint statement", "The foreign ministers of Saudi Arabia and Iran are "
      "expected to meet to arrange the exchange of ambassadors", kind=I, stance="neutral"),
    S(["Iran"], "Ali Shamkhani", "We have turned the page", opt=True, stance="welcome"),
]

# ---------------------------------------------------------------- c03 Premium Times, Markdown
A["c03_premiumtimes_libya_ceasefire"] = [
    T("October 24, 2020", "2020-10-24"),
    *every("c03_premiumtimes_libya_ceasefire", "Friday", "2020-10-23", n=4),
    T("Today", "2020-10-23", opt=True),
    T("2017", "2017", ctx="since 2017"),
    T("November 9", "2020-11-09"),
    T("2020", "2020", ctx="© 2020", opt=True),
    P("Geneva"),
    P("Tripoli"),
    P("Benghazi"),
    P("Misrata"),
    P("Abuja"),
    P("Istanbul"),
    V("Geneva", "2020-10-23"),
    S(["Nigeria"], "Federal Government", "saying it offers hope to thousands of Nigerians stranded in the North "
      "African country", kind=I, stance="welcome"),
    S(["Nigeria"], "Geoffrey Onyeama", "Nigeria commends the Libyan parties for choosing the path of peace. We urge "
      "them to implement the agreement in good faith and to allow migrants to leave in safety and dignity,",
      stance="welcome"),
    S(["United Nations"], "Stephanie Williams", 'the deal was "a turning point" and that all foreign fighters and '
      "mercenaries would have to leave Libya within three months", kind=I, stance="welcome"),
    S(["United Nations"], "Stephanie Williams", "Today the Libyan parties have put the interest of their nation "
      "above all else. The road to a permanent ceasefire has often been long and difficult,", stance="welcome"),
    S(["Government of National Accord", "GNA", "Libya"], "Ahmed Abu Shahma", "We have suffered enough. We have come "
      "to an agreement for all of Libya, for the Libyan people.", stance="welcome"),
    S(["Libyan National Army", "LNA"], "Lieutenant General Amraja al-Amami", "We will respect every line of this "
      "agreement. Libya is one country.", stance="agree"),
    S(["Turkey"], "Recep Tayyip Erdogan", "The ceasefire agreement does not seem very credible to me. Time will show "
      "whether it lasts,", stance="reject"),
    S(["United Nations"], "Antonio Guterres", "a fundamental step toward peace and stability in Libya.",
      stance="welcome"),
    S(["Nigeria", "NIDCOM"], "Abike Dabiri-Erewa", "We will work with the International Organization for Migration "
      "(IOM) to resume voluntary return flights from Tripoli and Misrata,", stance="neutral"),
    S(["Nigeria", "NIDCOM"], "Abike Dabiri-Erewa", "Our citizens must come home safely. Many of them were tricked "
      "by traffickers and are trapped in detention centres,", stance="demand"),
    S(["Nigeria", "NIDCOM"], "Abike Dabiri-Erewa", "more than 5,000 Nigerians had been brought home from Libya "
      "since 2017", kind=I, stance="neutral"),
    S(["Nigeria", "PDP", "Peoples Democratic Party"], "Kola Ologbondiyan", 'the Buhari administration "must stop '
      'treating the lives of Nigerians abroad as an afterthought."', kind=I, stance="demand"),
    S(["African Union"], "Moussa Faki Mahamat", "called on the Libyan parties to hold an inclusive reconciliation "
      "conference under the AU", kind=I, stance="demand"),
    S(["United Nations"], "the UN", "Libyan political talks are due to begin in Tunisia on November 9", kind=I,
      stance="neutral"),
]

# ---------------------------------------------------------------- c04 Daily Nation, plain page
A["c04_nation_sudan_rsf_nairobi"] = [
    T("Thursday, February 20, 2025", "2025-02-20"),
    *every("c04_nation_sudan_rsf_nairobi", "Tuesday", "2025-02-18", n=3),
    T("Wednesday", "2025-02-19"),
    T("April 15", "2023-04-15"),
    T("Saturday", "2025-02-15"),
    T("last week", "2025-W07"),
    T("February 14", "2025-02-14"),
    T("Monday", "2025-02-17"),
    P("Nairobi"),
    P("Kenyatta International Convention Centre", opt=True),
    P("Port Sudan"),
    P("Addis Ababa"),
    P("White Nile State", opt=True),
    V("Nairobi", "2025-02-18"),
    V("Addis Ababa", "2025-02-14"),
    S(["Sudan"], "Sudan's army-led government", "accused Kenya of hostility", kind=I, opt=True, stance="condemn"),
    S(["Sudan"], "Sudan's Ministry of Foreign Affairs", 'Kenya had "violated its obligations under the African '
      'Union charter and international law."', kind=I, stance="condemn"),
    S(["Sudan"], "Sudan's Ministry of Foreign Affairs", "By hosting the leadership of the Janjaweed militia and its "
      "agents, Kenya is encouraging the fragmentation of African states and the genocide of the Sudanese people,",
      stance="condemn"),
    S(["Kenya"], "Musalia Mudavadi", "Kenya has no ulterior motives in allowing the RSF and Sudanese civilian groups "
      "to meet here. Our role is to provide a platform for dialogue, as we have done for South Sudan and Somalia,",
      stance="deny"),
    S(["Kenya"], "Musalia Mudavadi", "We hosted these talks in the spirit of Kenya's peacemaking role. We have not "
      "recognised any government.", stance="neutral"),
    S(["Rapid Support Forces", "RSF"], "Ezzeldin al-Safi", "This charter will create a government of peace and unity "
      "in the areas we control,", stance="propose"),
    S(["Rapid Support Forces", "RSF"], "Ezzeldin al-Safi", "We are not dividing Sudan. The army divided Sudan on "
      "April 15 when it started this war,", stance="deny"),
    S(["Sudan", "Sudanese Armed Forces", "SAF"], "General Abdel Fattah al-Burhan", "vowed on Saturday to fight on",
      kind=I, opt=True, stance="threat"),
    S(["Sudan", "Sudanese Armed Forces", "SAF"], "General Abdel Fattah al-Burhan", "There will be no peace and no "
      "settlement with these rebels until they lay down their weapons,", stance="reject"),
    S(["Sudan"], "Sudan's Ministry of Foreign Affairs", "Sudan's ambassador in Nairobi, Kamal Gubara, was summoned "
      "to Port Sudan for consultations", kind=I, stance="neutral"),
    S(["Kenya", "Wiper Party"], "Kalonzo Musyoka", "criticised President William Ruto's administration for "
      '"dragging Kenya into a war that is not ours."', kind=I, stance="condemn"),
    S(["Kenya", "Wiper Party"], "Kalonzo Musyoka", "Kenya cannot be a neutral broker while hosting one side's "
      "parallel government. This is reckless,", stance="condemn"),
    S(["United States"], "State Department spokesperson", 'Washington was "concerned" about efforts to set up a '
      "parallel government and called on both sides to return to negotiations", kind=I, stance="demand"),
    S(["United Nations"], "Antonio Guterres", "Sudan is facing a crisis of staggering proportions,",
      stance="neutral"),
    S(["Emergency Lawyers"], "Emergency Lawyers", "an RSF attack on villages in White Nile State killed more than 200 "
      "people, including women and children", kind=I, opt=True, stance="neutral"),
    S(["Kenya Human Rights Commission", "KHRC"], "Kenya Human Rights Commission", 'urged the government to "stop '
      'being a host to warlords" and to put the lives of Sudanese civilians first', kind=I, stance="demand"),
    S(["Rapid Support Forces", "RSF"], "RSF allies", "We will not be intimidated", opt=True, stance="reject"),
    K(200, "killed", "people", qualifier="more than", by="Emergency Lawyers"),
]

# ---------------------------------------------------------------- c05 The Mail & Guardian, saved HTML
A["c05_mg_gaza_ceasefire_sa"] = [
    T("2025-01-16", "2025-01-16", opt=True),
    T("2025-01-16", "2025-01-16", nth=1, opt=True),
    T("16 Jan 2025", "2025-01-16"),
    *every("c05_mg_gaza_ceasefire_sa", "Wednesday", "2025-01-15", n=3),
    T("Thursday", "2025-01-16"),
    T("Sunday", "2025-01-19"),
    T("next week", "2025-W04"),
    T("October 7, 2023", "2023-10-07"),
    T("2025", "2025", ctx="&copy; 2025", opt=True),
    P("Gaza Strip", "Gaza"),
    P("Doha"),
    P("Deir al-Balah"),
    P("Washington"),
    P("Rafah"),
    P("Johannesburg"),
    V("Doha", "2025-01-15"),
    S(["South Africa"], "Cyril Ramaphosa", "South Africa would not withdraw its genocide case against Israel at the "
      "International Court of Justice", kind=I, stance="reject"),
    S(["South Africa"], "Cyril Ramaphosa", "We welcome the ceasefire and the release of hostages and prisoners. It "
      "is long overdue. The people of Gaza have endured unimaginable suffering for fifteen months,",
      stance="welcome"),
    S(["South Africa"], "Cyril Ramaphosa", 'the agreement must lead to "an end to the occupation" and a viable '
      "Palestinian state", kind=I, stance="demand"),
    S(["South Africa"], "Cyril Ramaphosa", "The case before the ICJ is about accountability, and accountability "
      "does not end with a ceasefire,", stance="demand"),
    S(["Qatar"], "Sheikh Mohammed bin Abdulrahman Al Thani", "The two parties have reached an agreement on the "
      "exchange of prisoners and hostages, and the mediators announce a ceasefire in Gaza,", stance="neutral"),
    S(["Qatar"], "Sheikh Mohammed bin Abdulrahman Al Thani", "the truce would take effect on Sunday", kind=I,
      stance="neutral"),
    S(["United States"], "Joe Biden", "The first phase will last six weeks,", stance="neutral"),
    S(["United States"], "Joe Biden", "This deal will halt the fighting in Gaza, surge much-needed humanitarian "
      "assistance to Palestinian civilians and reunite the hostages with their families,", stance="welcome"),
    S(["Israel"], "Benjamin Netanyahu's office", "several clauses remained unresolved and that a final agreement "
      "had not yet been reached", kind=I, stance="neutral"),
    S(["Hamas"], "Hamas", "an achievement for our people", stance="welcome"),
    S(["Hamas"], "Hamas", 'credited "the legendary steadfastness" of Gazans', kind=I, stance="welcome"),
    S(["International Court of Justice", "ICJ", "United Nations"], "ICJ", "take all measures", opt=True,
      stance="demand"),
    S(["South Africa"], "Ronald Lamola", "South Africa stands ready to send humanitarian assistance,",
      stance="agree"),
    S(["South Africa"], "Ronald Lamola", "We will work with Egypt and the UN agencies to get aid through the Rafah "
      "crossing as soon as it opens,", stance="neutral"),
    S(["South Africa"], "Chrispin Phiri", "the department would brief parliament's portfolio committee next week",
      kind=I, stance="neutral"),
    S(["South Africa", "DA", "Democratic Alliance"], "Emma Louise Powell", "This is a moment for South Africa to be "
      "a bridge-builder, not a partisan. We urge Dirco to engage all parties.", stance="demand"),
    S(["South Africa", "EFF", "Economic Freedom Fighters"], "Julius Malema", "A ceasefire is not justice. Israel must "
      "face the full might of international law for the massacre of Palestinians,", stance="condemn"),
    S(["South African Jewish Board of Deputies", "SAJBD"], "SAJBD", 'it was "praying for the safe return of all the '
      'hostages."', kind=I, stance="neutral"),
    S(["South African Jewish Board of Deputies", "SAJBD"], "Wendy Kahn", "Every family in our community has been "
      "waiting for this news. We hope the ceasefire brings an end to the suffering on both sides.",
      stance="welcome"),
    S(GAZA_MOH, "Gaza health ministry", "more than 46,700 Palestinians have been killed since October 7, 2023",
      kind=I, opt=True, stance="neutral"),
    K(46700, "killed", "Palestinians", qualifier="more than", by="Gaza health ministry"),
    K(1200, "killed", "people", qualifier="about"),
]

# ---------------------------------------------------------------- c06 CNA, plain page
A["c06_cna_lebanon_ceasefire"] = [
    *every("c06_cna_lebanon_ceasefire", "Nov 27, 2024", "2024-11-27", n=2),
    *every("c06_cna_lebanon_ceasefire", "27 Nov 2024", "2024-11-27", n=2),
    *every("c06_cna_lebanon_ceasefire", "Wednesday", "2024-11-27", n=2),
    T("Nov 27", "2024-11-27", ctx="(Nov 27)"),
    *every("c06_cna_lebanon_ceasefire", "Tuesday", "2024-11-26", n=3),
    T("October 2023", "2023-10"),
    T("2023", "2023", ctx="Beirut in 2023"),
    T("in the coming days", "2024-11", opt=True),
    T("2024", "2024", ctx="Mediacorp 2024", opt=True),
    P("Beirut"),
    P("Sidon"),
    P("Litani River", opt=True),
    P("Golan Heights", opt=True),
    P("Gaza Strip", "Gaza"),  # corrected after the blind run: the place was left out (a place is required once)
    P("White House", opt=True),  # corrected after the blind run: a landmark, opt like the others
    V("Beirut", "2023"),
    S(["United States"], "Joe Biden", "This is designed to be a permanent cessation of hostilities. What remains of "
      "Hezbollah and other terrorist organisations will not be allowed to threaten the security of Israel again,",
      stance="welcome"),
    S(["Israel"], "Benjamin Netanyahu", 'Israel would keep "full military freedom of action."', kind=I,
      stance="threat"),
    S(["Israel"], "Benjamin Netanyahu", "If Hezbollah violates the agreement and tries to arm itself, we will "
      "attack,", stance="threat"),
    S(["Lebanon"], "Najib Mikati", "a fundamental step towards restoring calm and stability", stance="welcome"),
    S(["Lebanon"], "Najib Mikati", "urged Israel to comply fully", kind=I, stance="demand"),
    S(["Lebanon"], "Lebanese government", "the Lebanese army would reinforce its deployment in the south", kind=I,
      stance="neutral"),
    S(["Hezbollah"], "Hassan Fadlallah", "We will cooperate with the Lebanese army,", stance="agree"),
    S(["Hezbollah"], "Hassan Fadlallah", "The resistance will remain, and it will support the Lebanese army in the "
      "south. The enemy failed to achieve its goals,", stance="neutral"),
    S(["France"], "Emmanuel Macron", "This agreement is the culmination of efforts undertaken for many months with "
      "our American partners,", stance="welcome"),
    S(["Singapore"], "Ministry of Foreign Affairs", 'it welcomed the ceasefire and hoped it would "pave the way for '
      'a durable peace."', kind=I, stance="welcome"),
    S(["Singapore"], "MFA spokesperson", "Singapore welcomes the ceasefire agreement between Israel and Lebanon. "
      "This is a much-needed step to end the suffering of civilians on both sides of the Blue Line,",
      stance="welcome"),
    S(["Singapore"], "Vivian Balakrishnan", 'the truce should be "the start, not the end, of diplomacy."', kind=I,
      stance="demand"),
    S(["Singapore"], "Vivian Balakrishnan", "We must now see the same urgency for a ceasefire in Gaza and the return "
      "of all hostages,", stance="demand"),
    S(["Singapore"], "Ministry of Foreign Affairs", "All 70 Singaporeans registered with MFA in Lebanon are safe. We "
      "will continue to monitor the situation closely,", stance="neutral"),
    S(["Lebanon"], "Lebanese health ministry", "More than 3,800 people have been killed in Lebanon since October "
      "2023", opt=True, stance="neutral"),
    S(["Israel"], "Israeli authorities", "more than 70 soldiers and civilians have been killed in the north and in "
      "the occupied Golan Heights", kind=I, opt=True, stance="neutral"),
    S(["United States"], "Joe Biden", 'the US, along with Egypt, Qatar, Turkey and Israel, would make "another push" '
      "for a Gaza ceasefire and hostage deal in the coming days", kind=I, stance="propose"),
    K(3800, "killed", "people", qualifier="more than", by="Lebanese health ministry"),
    K(70, "killed", "soldiers and civilians", qualifier="more than", by="Israeli authorities"),
]

# ---------------------------------------------------------------- c07 Philippine Daily Inquirer, wrapped at 72
A["c07_inquirer_filipino_hostages"] = [
    T("November 26, 2023", "2023-11-26"),
    *every("c07_inquirer_filipino_hostages", "Saturday", "2023-11-25", n=2),
    *every("c07_inquirer_filipino_hostages", "Friday", "2023-11-24", n=3),
    *every("c07_inquirer_filipino_hostages", "October 7", "2023-10-07", n=2),
    T("last month", "2023-10"),
    T("1997-2023", "1997", opt=True),
    P("Gaza Strip", "Gaza"),
    P("Pangasinan", opt=True),
    P("Kibbutz Nir Oz"),
    P("Manila"),
    P("Tel Aviv"),
    P("Sheba Medical Center", opt=True),
    P("Tehran"),
    P("Rafah", opt=True),
    V("Tehran", "2023-10"),
    S(["Philippines"], "Ferdinand Marcos Jr.", "Two Filipino caregivers held by Hamas in Gaza for seven weeks are "
      "free", kind=I, stance="welcome"),
    S(["Philippines"], "Ferdinand Marcos Jr.", 'thanking Qatar and Egypt for their "tireless work" in securing their '
      "release", kind=I, stance="welcome"),
    S(["Philippines"], "Ferdinand Marcos Jr.", "Our prayers have been answered. Jimmy and Noralyn are now safe, and "
      "we will bring them home as soon as they are able to travel,", stance="welcome"),
    S(["Philippines"], "Ferdinand Marcos Jr.", "I thank the governments of Qatar and Egypt for their tireless "
      "work.", stance="welcome"),
    S(["Philippines"], "Eduardo de Vega", 'Pacheco was being treated at a hospital near Tel Aviv and was "in stable '
      'condition."', kind=I, stance="neutral"),
    S(["Philippines"], "Eduardo de Vega", "He is tired and thinner, but he is talking and asking about his family. "
      "His first question was whether his mother knew he was alive,", stance="neutral"),
    S(["Philippines"], "Eduardo de Vega", "The Department of Foreign Affairs (DFA) did not negotiate with Hamas "
      "directly,", stance="deny"),
    S(["Philippines"], "Eduardo de Vega", "We worked through our friends in the region. The Philippines does not "
      "deal with terrorist groups, but we spoke to everyone who could help,", stance="neutral"),
    S(["Philippines"], "Pedro Laylo Jr.", "Our embassy team has been with her at the Sheba Medical Center since her "
      "arrival,", stance="neutral"),
    S(["Philippines"], "Pedro Laylo Jr.", "Nanay Noralyn is strong. She kept saying 'salamat' to everyone in the "
      "room,", stance="neutral"),
    S(["Qatar"], "Majed al-Ansari", 'hostages who hold foreign passports were covered by "a separate track" of '
      "talks with Hamas", kind=I, stance="neutral"),
    S(["Israel"], "Ilan Fluss", "We share the joy of the Filipino people. But there are still more than 180 "
      "hostages in Gaza, and we will not rest until every one of them is home,", stance="welcome"),
    S(["Philippines"], "Hans Leo Cacdac", "The government will shoulder the medical and travel expenses of our two "
      "kababayan, and each of them will receive P1 million in financial aid,", stance="neutral"),
    S(["Philippines", "Akbayan"], "Risa Hontiveros", 'urged the DFA to press for "a lasting ceasefire, not just a '
      'pause."', kind=I, stance="demand"),
    S(["Migrante International"], "Migrante International", "called on the government to stop deploying caregivers "
      "to Israel until the war ends", kind=I, stance="demand"),
    S(["Philippines"], "Ferdinand Marcos Jr.", "No Filipino left behind", opt=True, stance="neutral"),
    S(GAZA_MOH, "Gaza health ministry", "More than 14,800 Palestinians have been killed in Gaza since the war "
      "began", opt=True, stance="neutral"),
    K(4, "killed", "Filipinos"),
    K(1200, "killed", "people", qualifier="about"),
    K(14800, "killed", "Palestinians", qualifier="more than", by="Gaza health ministry"),
]

# ---------------------------------------------------------------- c08 Ottawa Citizen, plain page
A["c08_ottawacitizen_annapolis"] = [
    T("Wednesday, November 28, 2007", "2007-11-28"),
    *every("c08_ottawacitizen_annapolis", "yesterday", "2007-11-27", n=2),
    *every("c08_ottawacitizen_annapolis", "end of 2008", "2008", n=2),
    T("early next year", "2008"),
    T("Dec. 12", "2007-12-12"),
    T("1967", "1967"),
    T("2008", "2008", ctx="2008 deadline", opt=True),
    T("2007", "2007", ctx="Citizen 2007", opt=True),
    P("Annapolis"),
    P("U.S. Naval Academy", opt=True),
    P("Ottawa", ctx="in Ottawa early next year"),
    P("Jerusalem"),
    P("Gaza Strip", "Gaza"),
    P("Hebron"),
    P("Sderot"),
    V("Annapolis", "2007-11-27"),
    V("Ottawa", "2008"),
    S(["Canada"], "Maxime Bernier", 'the agreement reached at a U.S.-hosted conference on the Middle East was "a '
      'real opportunity" that Canada would back with money and expertise', kind=I, stance="welcome"),
    S(["Canada"], "Maxime Bernier", "Canada is ready to do its part. We have come here to support both leaders, "
      "and we will stay engaged for as long as it takes,", stance="agree"),
    S(["Canada"], "Maxime Bernier", "We will host a meeting of the donor group on Palestinian refugees in Ottawa "
      "early next year, and our aid will go to Palestinian security reform and the rule of law,",
      stance="propose"),
    S(["Israel", *PA], "George W. Bush (joint understanding)", "We agree to immediately launch good faith bilateral "
      "negotiations in order to conclude a peace treaty, resolving all outstanding issues, including all core "
      "issues without exception,", stance="agree"),
    S(["Israel", *PA], "joint understanding", "The negotiators will hold their first session on Dec. 12", kind=I,
      opt=True, stance="neutral"),
    # corrected after the blind run: the second clause of the same "the document said" sentence (opt, a document)
    S(["Israel", *PA], "joint understanding", "Mr. Olmert and Mr. Abbas will meet every two weeks", kind=I,
      opt=True, stance="neutral"),
    S(["Israel"], "Ehud Olmert", 'Israel was prepared to make "painful concessions."', kind=I, stance="agree"),
    S(["Israel"], "Ehud Olmert", "I am convinced that the reality created in our region in 1967 will change "
      "significantly. This will be extremely difficult for many of us, but it is inevitable,", stance="agree"),
    S(PA, "Mahmoud Abbas", 'the Palestinians wanted "a comprehensive peace."', kind=I, stance="demand"),
    S(PA, "Mahmoud Abbas", "We do not want a state with temporary borders. Our people will not accept less than what "
      "international law has given them,", stance="reject"),
    S(["Saudi Arabia"], "Prince Saud al-Faisal", 'he had come "to support the Palestinians," and would not shake '
      "hands with Israelis", kind=I, stance="neutral"),
    S(["Hamas"], "Ismail Haniyeh", "Whatever comes out of this conference is not binding on us.", stance="reject"),
    S(["Canada"], "Stephen Harper", 'calling the agreement "an important step" and urging Arab states "to reach out '
      'to Israel."', kind=I, stance="welcome"),
    S(["Canada", "Liberal Party", "Liberals"], "Irwin Cotler", 'the Conservatives had been "absent for too long" '
      "from the peace process", kind=I, stance="condemn"),
    S(["Canada", "Liberal Party", "Liberals"], "Irwin Cotler", "Showing up in Annapolis is fine, but Canada's voice "
      "has been silent when it mattered. We should be leading on refugee issues, as we once did,",
      stance="condemn"),
    S(["Canadian Arab Federation"], "Khaled Mouammar", "Another conference, another photo opportunity. Palestinians "
      "in Gaza are under siege while the world shakes hands,", stance="reject"),
    S(["Canadian Jewish Congress"], "Canadian Jewish Congress", "Israel's security must come first", kind=I,
      stance="demand"),
    S(["Canadian Jewish Congress"], "Bernie Farber", "We pray that this time the Palestinian leadership can deliver. "
      "Peace cannot be built while rockets fall on Sderot.", stance="neutral"),
    K(1, "killed", "protester"),
]

# ---------------------------------------------------------------- c09 Irish Examiner, Markdown
A["c09_irishexaminer_palestine_recognition"] = [
    T("Thu, 23 May, 2024", "2024-05-23"),
    *every("c09_irishexaminer_palestine_recognition", "Wednesday", "2024-05-22", n=2),
    T("Tuesday, May 28", "2024-05-28"),
    T("yesterday", "2024-05-22"),
    T("today", "2024-05-22", opt=True),
    T("Today", "2024-05-22", opt=True),
    T("last night", "2024-05-22"),
    T("October 7", "2023-10-07"),
    T("Sunday evening", "2024-05-26"),
    T("2024", "2024", ctx="Ltd 2024", opt=True),
    P("Dublin"),
    P("Government Buildings", opt=True),
    P("Oslo"),
    P("Madrid"),
    P("Ramallah"),
    P("Brussels"),
    P("Gaza Strip", "Gaza"),
    V("Brussels", "2024-05-26"),
    S(["Ireland"], "Simon Harris", 'the decision was "a historic and important day for Ireland and for '
      'Palestine."', kind=I, stance="welcome"),
    S(["Ireland"], "Simon Harris", "We had hoped to recognise Palestine as part of a two-state solution at the end "
      "of a peace process. However, we have made this move alongside Spain and Norway to keep the miracle of peace "
      "alive,", stance="welcome"),
    S(["Ireland"], "Micheál Martin", 'recognition was "not a reward for Hamas."', kind=I, stance="deny"),
    S(["Ireland"], "Micheál Martin", "Hamas does not want a two-state solution. Recognition is a message to those "
      "who believe in peace, and to the Palestinian Authority, that their path is the right one,",
      stance="neutral"),
    S(["Norway"], "Jonas Gahr Støre", "there cannot be peace in the Middle East if there is no recognition.",
      stance="neutral"),
    S(["Spain"], "Pedro Sánchez", "Recognition is a matter of historic justice,", stance="welcome"),
    S(["Israel"], "Israel Katz", "Ireland and Norway intend to send a message today to the Palestinians and the "
      "whole world: terrorism pays,", stance="condemn"),
    S(["Israel"], "Israel Katz", "This could have further severe consequences for the three countries,",
      stance="threat"),
    S(["Israel"], "Dana Erlich", 'the Government had "rewarded terror."', kind=I, stance="condemn"),
    S(["Israel"], "Dana Erlich", "This decision will not bring peace one inch closer. It will only embolden Hamas,",
      stance="condemn"),
    S(["Hamas"], "Hamas", 'welcomed the decisions as "an important step" towards "the establishment of our right to '
      'our land."', kind=I, stance="welcome"),
    S(PA, "Hussein al-Sheikh", 'the day marked "historic moments in which the free world triumphs for truth and '
      'justice."', kind=I, stance="welcome"),
    S(["Ireland", "Sinn Féin"], "Mary Lou McDonald", 'the Government had been "far too slow."', kind=I,
      stance="condemn"),
    S(["Ireland", "Sinn Féin"], "Mary Lou McDonald", "Recognition must be followed by action. The Government should "
      "pass the Occupied Territories Bill and press for sanctions on Israel,", stance="demand"),
    S(["Ireland", "Labour", "Labour Party"], "Ivana Bacik", "Labour has called for recognition for a decade. Today "
      "is a good day, but it is a late one,", stance="neutral"),
    S(["Ireland Palestine Solidarity Campaign", "IPSC"], "IPSC", 'it was "a symbolic step" and urged the Government '
      "to expel the Israeli ambassador", kind=I, stance="demand"),
    S(["Ireland"], "Simon Harris", "Tá súil againn go mbeidh síocháin ann.", opt=True, stance="neutral"),
    S(["Ireland"], "Department of Foreign Affairs", "Mr Martin is due to meet Arab foreign ministers in Brussels on "
      "Sunday evening to discuss the next steps", kind=I, stance="neutral"),
    S(GAZA_MOH, "Gaza health ministry", "More than 35,000 Palestinians have been killed in Gaza", kind=I, opt=True,
      stance="neutral"),
    S(["Ireland", "Sinn Féin", "Labour"], "Opposition", "long overdue", opt=True, stance="condemn"),
    K(35000, "killed", "Palestinians", qualifier="more than", by="Gaza health ministry"),
    K(1200, "killed", "people", qualifier="about"),
]

# ---------------------------------------------------------------- c10 The Local Sweden, wrapped at 68
A["c10_thelocal_sweden_palestine"] = [
    T("30 Oct 2014", "2014-10-30"),
    *every("c10_thelocal_sweden_palestine", "Thursday", "2014-10-30", n=2),
    T("Today", "2014-10-30", opt=True),
    T("today", "2014-10-30", opt=True),
    T("October 3", "2014-10-03"),
    T("September", "2014-09"),
    T("this month", "2014-10"),
    T("early next year", "2015"),
    T("April", "2014-04"),
    T("the summer", "2014-SU", opt=True),  # corrected after the blind run: a vague span left out (opt)
    T("2014", "2014", ctx="AB 2014", opt=True),
    P("Stockholm"),
    P("Jerusalem"),
    P("Ramallah"),
    P("Washington"),
    P("Gaza Strip", "Gaza"),
    V("Stockholm", "2015", opt=True),
    S(["Sweden"], "Margot Wallström", "Today the government takes the decision to recognise the state of "
      "Palestine. It is an important step that confirms the Palestinians' right to self-determination,",
      stance="agree"),
    S(["Sweden"], "Margot Wallström", "We hope this will show the way for others,", stance="neutral"),
    S(["Sweden"], "Margot Wallström", "Some will say that today's decision comes too early. I am rather afraid that "
      "it is too late.", stance="neutral"),
    S(["Israel"], "Avigdor Lieberman", 'Sweden had chosen a "regrettable" path and said the Middle East was "far '
      'more complicated than assembling flat-pack furniture."', kind=I, stance="condemn"),
    S(["Israel"], "Israeli Foreign Ministry", "Israel's ambassador to Sweden, Isaac Bachman, was called back to "
      "Jerusalem for consultations", kind=I, stance="neutral"),
    S(["Israel"], "Emmanuel Nahshon", "The government of Sweden must understand that relations in the Middle East "
      "are a lot more complicated than a political gesture,", stance="condemn"),
    S(["Israel"], "Emmanuel Nahshon", "This decision strengthens the extremists and the policy of refusal.",
      stance="condemn"),
    S(PA, "Mahmoud Abbas", 'welcomed the decision as "brave and historic" and called on other EU member states to '
      "follow Sweden's lead", kind=I, stance="welcome"),
    S(["United States"], "Jeff Rathke", "We believe that international recognition of a Palestinian state is "
      "premature,", stance="reject"),
    S(["Sweden", "Moderate Party", "Moderates"], "Anna Kinberg Batra", "The government is acting hastily,",
      stance="condemn"),
    S(["Sweden", "Moderate Party", "Moderates"], "Anna Kinberg Batra", "This is a gesture that does nothing for "
      "peace and risks isolating Sweden in the EU,", stance="condemn"),
    S(["Sweden", "Moderate Party", "Moderates"], "Carl Bildt", "recognising a state whose borders and government "
      'were unclear was "hardly a step forward."', kind=I, stance="reject"),
    S(["Sweden", "Left Party"], "Jonas Sjöstedt", "This is a day of joy for all who believe in justice for the "
      "Palestinian people,", stance="welcome"),
    S(["Sweden"], "Margot Wallström", "Palestinian diplomats in Stockholm would be upgraded to an embassy and that "
      "Abbas would be invited to visit the Swedish capital early next year", kind=I, stance="propose"),
    S(["Sweden"], "Margot Wallström", "Our aid to the Palestinians, about 700 million kronor a year, will be "
      "maintained,", stance="neutral"),
    S(["Sweden"], "Margot Wallström", "Det är ett viktigt steg.", opt=True, stance="welcome"),
    K(2100, "killed", "Palestinians", qualifier="more than"),
    K(73, "killed", "Israelis"),
]

# ---------------------------------------------------------------- c11 Buenos Aires Herald, saved HTML
A["c11_baherald_amia_iran_memorandum"] = [
    T("2013-01-28", "2013-01-28", opt=True),
    T("Monday, January 28, 2013", "2013-01-28"),
    T("yesterday", "2013-01-27"),
    T("1994", "1994", ctx="the 1994 bombing"),
    T("1994", "1994", ctx="since 1994"),
    T("July 18, 1994", "1994-07-18"),
    *every("c11_baherald_amia_iran_memorandum", "Sunday", "2013-01-27", n=3),
    T("next month", "2013-02"),
    T("2013", "2013", ctx="© 2013", opt=True),
    P("Addis Ababa"),
    P("Buenos Aires", ctx="centre in Buenos Aires"),
    P("Tehran", ctx="suspects in Tehran"),
    P("Jerusalem"),
    P("Bahía Blanca", opt=True),
    V("Addis Ababa", "2013-01-27"),
    S(["Argentina"], "Cristina Fernández de Kirchner", "This is a historic agreement. For the first time, Iran has "
      "agreed to cooperate with the investigation, and it will never be said that Argentina did not do everything "
      "possible to find the truth,", stance="welcome"),
    S(["Argentina"], "Cristina Fernández de Kirchner", "I will send the memorandum to Congress for approval,",
      stance="neutral"),
    S(["Argentina"], "Cristina Fernández de Kirchner", "Let no one doubt that this agreement will be debated openly, "
      "in the light of day,", stance="neutral"),
    S(["Argentina"], "Héctor Timerman", 'the deal "does not replace the Argentine justice system."', kind=I,
      stance="deny"),
    S(["Argentina"], "Héctor Timerman", "We have taken a step that every government since 1994 promised and none "
      "achieved,", stance="welcome"),
    S(["Iran"], "Ali Akbar Salehi", "a model for resolving disputes between states through dialogue,",
      stance="welcome"),
    S(["Israel"], "Yigal Palmor", "We are stunned by this news, and we expect a full explanation from the Argentine "
      "government,", stance="demand"),
    S(["Israel"], "Yigal Palmor", 'Israel had not been consulted about "a matter that concerns Israel directly."',
      kind=I, stance="condemn"),
    S(["AMIA"], "Guillermo Borger", 'the commission would "only delay justice."', kind=I, stance="reject"),
    S(["AMIA"], "Guillermo Borger", "Iran is the accused. You do not sit down to negotiate with the accused,",
      stance="reject"),
    S(["DAIA"], "DAIA", 'it was "deeply concerned" and asked to meet the president', kind=I, stance="neutral"),
    S(["Argentina", "Unión por Todos"], "Patricia Bullrich", "The government is trading justice for oil and grain "
      "exports to Tehran. This memorandum is a blank cheque for Iran,", stance="condemn"),
    S(["Argentina", "UCR", "Radical Civic Union"], "Ricardo Alfonsín", "We will vote against this memorandum in "
      "Congress,", stance="reject"),
    S(["Iran"], "Iran", "denied any involvement", kind=I, opt=True, stance="deny"),
    S(["Argentina"], "Cristina Fernández de Kirchner", "Es un día histórico", opt=True, stance="welcome"),
    K(85, "killed", "people"),
    K(300, "wounded", "people", qualifier="more than"),
]

# ---------------------------------------------------------------- c12 Detroit Free Press, plain page
A["c12_freep_yemen_truce_dearborn"] = [
    T("April 2, 2022", "2022-04-02"),
    T("April 2, 2022", "2022-04-02", nth=1),
    *every("c12_freep_yemen_truce_dearborn", "Saturday, April 2, 2022", "2022-04-02", n=2),
    T("Friday", "2022-04-01"),
    T("Saturday", "2022-04-02", ctx="7 p.m. Saturday"),
    T("Saturday", "2022-04-02", ctx="said Saturday"),
    T("2014", "2014"),
    T("March 2015", "2015-03"),
    T("the end of 2021", "2021"),
    T("January", "2022-01"),
    T("2022", "2022", ctx="Copyright 2022", opt=True),
    P("Dearborn"),
    P("Hamtramck"),
    P("Detroit", ctx="in metro Detroit"),
    P("Hodeidah"),
    P("Sanaa"),
    P("Amman"),
    P("Cairo"),
    P("Taiz"),
    P("Dix Avenue", opt=True),
    P("Saada"),
    S(["United Nations"], "Hans Grundberg", "the Saudi-led coalition and the Houthi rebels had agreed to halt all "
      "offensive military operations inside Yemen and across its borders, starting at 7 p.m. Saturday local time",
      kind=I, stance="neutral"),
    S(["United Nations"], "Hans Grundberg", "The aim of this truce is to give Yemenis a necessary break from "
      "violence, relief from the humanitarian suffering and, most importantly, hope that an end to this war is "
      "possible,", stance="welcome"),
    S(["United States"], "Joe Biden", 'saying it "must be adhered to" and thanking Saudi Arabia and Oman for their '
      "leadership", kind=I, stance="demand"),
    S(["United States"], "Joe Biden", "This truce is an important step, but it is not enough. We must take this "
      "opportunity to end this war,", stance="welcome"),
    S(["Houthis"], "Mohammed Abdulsalam", "We will respect the truce as long as the other side respects it,",
      stance="agree"),
    S(["Saudi-led coalition", "Saudi Arabia"], "Saudi-led coalition", 'it supported the truce and would "create a '
      'positive atmosphere" for talks', kind=I, stance="welcome"),
    S(["Yemeni government", "Yemen"], "Yemen's internationally recognized government", "welcomed the move",
      kind=I, opt=True, stance="welcome"),
    S(["Yemeni Americans"], "Abdulrahman Alshamiri", "We have heard promises before. My mother is in Taiz and she "
      "has not had running water for months. If this truce holds, maybe I can finally visit her,", opt=True,
      stance="neutral"),
    S(["United States"], "Amer Ghalib", "This is the best news our community has had in years. Now the world must "
      "make sure it becomes a real peace.", stance="welcome"),
    S(["United States", "Democrats"], "Rashida Tlaib", "Our country has been complicit in the bombing of Yemeni "
      "families. Congress must end our role in this war for good.", stance="demand"),
    S(["United States", "Democrats"], "Debbie Dingell", 'she had spoken with State Department officials and urged '
      'them to ensure that "humanitarian aid reaches every corner of Yemen."', kind=I, stance="demand"),
    S(["Yemeni American Merchants Association"], "a spokesman for the Yemeni American Merchants Association", "We "
      "will raise money for relief groups operating in Yemen during Ramadan,", stance="neutral"),
    S(["United Nations"], "the UN", "by the end of 2021, the war had killed 377,000 people, directly or through "
      "hunger and disease", kind=I, opt=True, stance="neutral"),
    S(["Doctors Without Borders", "MSF"], "Doctors Without Borders", "A coalition airstrike on a detention center "
      "in Saada in January killed at least 87 people", kind=I, opt=True, stance="neutral"),
    K(377000, "killed", "people", by="UN"),
    K(87, "killed", "people", qualifier="at least", by="Doctors Without Borders"),
]

C = {
    "Sharm el-Sheikh": (27.9158, 34.3299), "New Delhi": (28.6139, 77.2090), "Red Sea": (20.0, 38.0),
    "Gaza Strip": (31.4167, 34.3333), "Jerusalem": (31.7683, 35.2137), "Knesset": (31.7767, 35.2055),
    "Islamabad": (33.6844, 73.0479), "Beijing": (39.9042, 116.4074), "Washington": (38.9072, -77.0369),
    "Geneva": (46.2044, 6.1432), "Tripoli": (32.8872, 13.1913), "Benghazi": (32.1194, 20.0868),
    "Misrata": (32.3754, 15.0925), "Abuja": (9.0765, 7.3986),
    "Nairobi": (-1.2921, 36.8219), "Kenyatta International Convention Centre": (-1.2884, 36.8233),
    "Port Sudan": (19.6158, 37.2164), "Addis Ababa": (9.0300, 38.7400), "White Nile State": (13.5, 32.5),
    "Doha": (25.2854, 51.5310), "Deir al-Balah": (31.4170, 34.3500), "Rafah": (31.2969, 34.2455),
    "Johannesburg": (-26.2041, 28.0473),
    "Beirut": (33.8938, 35.5018), "Sidon": (33.5571, 35.3729), "Litani River": (33.3400, 35.2500),
    "Golan Heights": (33.0, 35.75), "White House": (38.8977, -77.0365),
    "Pangasinan": (15.8949, 120.2863), "Kibbutz Nir Oz": (31.3106, 34.4011), "Manila": (14.5995, 120.9842),
    "Tel Aviv": (32.0853, 34.7818), "Sheba Medical Center": (32.0466, 34.8436), "Tehran": (35.6892, 51.3890),
    "Annapolis": (38.9784, -76.4922), "U.S. Naval Academy": (38.9829, -76.4840), "Ottawa": (45.4215, -75.6972),
    "Hebron": (31.5326, 35.0998), "Sderot": (31.5250, 34.5965),
    "Dublin": (53.3498, -6.2603), "Government Buildings": (53.3389, -6.2536), "Oslo": (59.9139, 10.7522),
    "Madrid": (40.4168, -3.7038), "Ramallah": (31.9038, 35.2034), "Brussels": (50.8503, 4.3517),
    "Stockholm": (59.3293, 18.0686),
    "Buenos Aires": (-34.6037, -58.3816), "Bahía Blanca": (-38.7196, -62.2724),
    "Dearborn": (42.3223, -83.1763), "Hamtramck": (42.3928, -83.0496), "Detroit": (42.3314, -83.0458),
    "Hodeidah": (14.7978, 42.9545), "Sanaa": (15.3694, 44.1910), "Amman": (31.9454, 35.9284),
    "Cairo": (30.0444, 31.2357), "Istanbul": (41.0082, 28.9784), "Taiz": (13.5795, 44.0209), "Dix Avenue": (42.2950, -83.1570),
    "Saada": (16.9402, 43.7639),
}
RADIUS = {"Gaza Strip": 60, "Red Sea": 800, "White Nile State": 200, "Golan Heights": 60, "Pangasinan": 80,
          "Litani River": 60}

WRAPPED = ("c02_thenews_saudi_iran_deal", "c07_inquirer_filipino_hostages", "c10_thelocal_sweden_palestine")

# the spans and quotes of the hard-wrapped articles, with the articles' own line breaks
respell = respell_wrapped(HERE, A, WRAPPED)
# the quoted fragments inside each indirect statement: optional statements of the same speaker
add_fragments(A, respell)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    main(HERE, A, build())
