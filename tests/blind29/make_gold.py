"""Gold annotations of the blind29 set (twelve ordinary news stories on Middle East diplomacy; see README.md).

Written blind: without reading lib/, docs/, app.py, app_pages/, the git log or the articles and annotations of any
other set. Run as a script: prints the statement counts and writes gold.json. Conventions: see README.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from goldkit import K, P, S, T, V, add_fragments, build_gold, main, respell_wrapped  # noqa: E402

I = "indirect"  # noqa: E741
A = {}

# ---------------------------------------------------------------- c01 Graphic Online (Ghana), saved HTML
A["c01_graphic_lebanon_truce"] = [
    T("28 - 11 - 2024", "2024-11-28", opt=True),
    T("yesterday", "2024-11-27", nth=0),
    T("yesterday", "2024-11-27", nth=1),
    T("October", "2024-10", ctx="since October,\" she said"),
    T("Tuesday", "2024-11-26"),
    T("October 2023", "2023-10"),
    T("in October", "2024-10"),
    T("next week", "2024-W49"),
    P("Naqoura"),
    P("Accra"),
    P("southern Lebanon", opt=True),
    P("Litani River"),
    P("White House", "White House Rose Garden"),
    P("Ramyeh"),
    P("North Tongu", opt=True),
    V("White House", "2024-11-26", opt=True),
    V("Accra", "2024-W49", opt=True),
    S(["Ghana"], "Ministry of Foreign Affairs and Regional Integration", "welcomes the cessation of hostilities and "
      "urges all parties to respect it fully and in good faith.", stance="welcome"),
    S(["Ghana"], "Shirley Ayorkor Botchwey", "the truce was long overdue", kind=I, stance="welcome"),
    S(["Ghana"], "Shirley Ayorkor Botchwey", "Our gallant men and women in GHANBATT have stood their ground under "
      "very difficult conditions. Their safety has been our first concern since October,", stance="neutral"),
    S(["Ghana"], "Shirley Ayorkor Botchwey", "Ghana will continue to support the peacekeeping mission for as long as "
      "the people of Lebanon need us,", stance="agree"),
    S(["United States"], "Joe Biden", "This is designed to be a permanent cessation of hostilities,",
      stance="welcome"),
    S(["United States"], "Joe Biden", "Over the next 60 days, the Lebanese army will deploy and Israel will "
      "gradually withdraw its remaining forces,", stance="neutral"),
    S(["Israel"], "Benjamin Netanyahu", 'Israel would keep "full military freedom of action" in Lebanon', kind=I,
      stance="threat"),
    S(["Israel"], "Benjamin Netanyahu", "If Hezbollah violates the agreement and tries to arm itself, we will "
      "attack,", stance="threat"),
    S(["Lebanon"], "Najib Mikati", "a fundamental step towards restoring calm", stance="welcome"),
    S(["Lebanon"], "Najib Mikati", "We call on the international community to make Israel honour its commitments,",
      stance="demand"),
    S(["Hezbollah"], "Hassan Fadlallah", "We will co-operate with the deployment of the army south of the Litani "
      "River,", stance="agree"),
    S(["Hezbollah"], "Hassan Fadlallah", "the resistance was not defeated.", stance="deny"),
    S(["Israel"], "Israel", "some 80 soldiers and more than 40 civilians were killed on its side", kind=I,
      opt=True, stance="neutral"),
    S(["United Nations", "UNIFIL"], "Andrea Tenenti", "the mission stood ready to support the Lebanese Armed "
      "Forces", kind=I, stance="agree"),
    S(["United Nations", "UNIFIL"], "Andrea Tenenti", "Peacekeepers stayed in their positions throughout the "
      "conflict, and we will now help the parties implement Resolution 1701,", stance="agree"),
    S(["Ghana"], "Eric Aggrey-Quashie", "None of our troops was hurt.", stance="neutral"),
    S(["Ghana"], "Eric Aggrey-Quashie", "Morale is high. The troops are disciplined and they will remain at their "
      "posts,", stance="neutral"),
    S(["NDC", "Ghana"], "Minority in Parliament", "also welcomed the ceasefire", kind=I, stance="welcome"),
    S(["NDC", "Ghana"], "Samuel Okudzeto Ablakwa", "the government should have evacuated Ghanaian civilians "
      "earlier and asked the Ministry to brief the House next week on the rotation of the battalion", kind=I,
      stance="demand"),
    S(["NDC", "Ghana"], "Samuel Okudzeto Ablakwa", "We thank God our soldiers are safe, but we cannot rely on "
      "luck,", stance="neutral"),
    S(["Ghana"], "Ghana battalion commander", "We will not abandon our posts,", opt=True, stance="agree"),
    K(3800, "killed", "people", qualifier="more than", by="Lebanon's Ministry of Public Health"),
    K(80, "killed", "soldiers", qualifier="some", by="Israel"),
    K(40, "killed", "civilians", qualifier="more than", by="Israel"),
]

# ---------------------------------------------------------------- c02 Daily Monitor (Uganda), wrapped at 70
A["c02_monitor_igad_sudan"] = [
    T("Friday, January 19, 2024", "2024-01-19"),
    T("Thursday", "2024-01-18", nth=0),
    T("Thursday", "2024-01-18", nth=1),
    T("Thursday", "2024-01-18", nth=2),
    T("Tuesday", "2024-01-16"),
    T("last month", "2023-12", nth=0),
    T("last\nmonth", "2023-12"),
    T("today", "2024-01-18", opt=True),
    T("April 15 last year", "2023-04-15"),
    P("Entebbe", "State House Entebbe"),
    P("Port Sudan"),
    P("Darfur"),
    P("Khartoum"),
    V("Entebbe", "2024-01-18"),
    V("Entebbe", "2023-12"),
    S(["IGAD"], "IGAD", "called for an immediate and unconditional ceasefire in Sudan", kind=I, stance="demand"),
    S(["Uganda"], "Yoweri Museveni", "There is no military solution to this war.", stance="neutral"),
    S(["Uganda"], "Yoweri Museveni", "Sudan is bleeding and Africa is watching. The two generals must sit down and "
      "talk, because there is no winner in this fight,", stance="demand"),
    S(["Uganda"], "Yoweri Museveni", "Uganda will host direct talks between Gen Abdel Fattah al-Burhan and Gen "
      "Dagalo at any time and in any place they choose,", stance="propose"),
    S(["Sudan"], "Sudan's Ministry of Foreign Affairs", "the government would not take part", kind=I,
      stance="reject"),
    S(["Sudan"], "Sudan's Ministry of Foreign Affairs", "Inviting the leader of a rebel militia to a summit of "
      "heads of state is a violation of the sovereignty of Sudan and an insult to its people,", stance="condemn"),
    S(["Sudan"], "Sudan's Ministry of Foreign Affairs", "accused IGAD of legitimising the RSF", kind=I,
      stance="condemn"),
    S(["RSF"], "Mohamed Hamdan Dagalo", "The RSF is ready for an immediate ceasefire,", stance="agree"),
    S(["RSF"], "Mohamed Hamdan Dagalo", "We did not choose this war. We are ready to stop the fighting today if the "
      "other side is serious,", stance="agree"),
    S(["IGAD"], "IGAD", "urged the two commanders to meet face-to-face within 14 days and demanded unhindered "
      "humanitarian access across the country", kind=I, stance="demand"),
    S(["IGAD"], "Workneh Gebeyehu", "We will not give up on Sudan,", stance="neutral"),
    S(["IGAD"], "Workneh Gebeyehu", "The door of IGAD remains open to all Sudanese parties,", stance="neutral"),
    S(["United Nations"], "Ramtane Lamamra", "welcomed the call for a truce", kind=I, stance="welcome"),
    S(["United Nations"], "Ramtane Lamamra", "The United Nations will work hand in hand with IGAD and the African "
      "Union to silence the guns in Sudan,", stance="agree"),
    S(["Uganda"], "John Mulimba", 'Uganda was "neutral" in the conflict', kind=I, stance="neutral"),
    S(["Uganda"], "John Mulimba", "We host the RSF and we would host the army. Our only interest is peace for our "
      "Sudanese brothers and sisters,", stance="neutral"),
    S(["National Unity Platform", "Uganda"], "Joel Ssenyonyi", "the government had not explained why it received "
      "Gen Dagalo last month with full honours", kind=I, stance="condemn"),
    S(["National Unity Platform", "Uganda"], "Joel Ssenyonyi", "You cannot roll out the red carpet for a man whose "
      "forces are accused of atrocities in Darfur and then claim to be a neutral mediator,", stance="condemn"),
    S(["RSF"], "Hemedti", "We are ready for talks,", opt=True, stance="agree"),
    K(12000, "killed", "people", qualifier="more than", by="UN"),
]

# ---------------------------------------------------------------- c03 The Herald (Zimbabwe), plain page
A["c03_herald_raisi_harare"] = [
    T("Friday 14 July 2023", "2023-07-14", opt=True),
    T("14 Jul, 2023", "2023-07-14"),
    *[T("yesterday", "2023-07-13", nth=i) for i in range(4)],
    T("Wednesday", "2023-07-12"),
    T("today", "2023-07-13", nth=0, opt=True),
    T("March", "2023-03"),
    T("before the end of the year", "2023", opt=True),
    T("last night", "2023-07-13"),
    T("this year", "2023", opt=True),
    T("today", "2023-07-14", nth=1),
    P("Harare", "HARARE"),
    P("Robert Gabriel Mugabe International Airport"),
    P("Kampala"),
    P("Nairobi"),
    P("Tehran"),
    P("Beijing"),
    P("Washington", opt=True),
    V("Harare", "2023-07-13"),
    V("Nairobi", "2023-07-12"),
    V("Kampala", "2023-07-12", opt=True),
    V("Beijing", "2023-03", opt=True),
    V("Tehran", "2023", opt=True),
    S(["Zimbabwe"], "Emmerson Mnangagwa", "the two countries were bound by a common experience of illegal "
      "sanctions", kind=I, stance="neutral"),
    S(["Zimbabwe"], "Emmerson Mnangagwa", "Zimbabwe and Iran are both victims of unilateral and illegal sanctions "
      "imposed by the West. We have refused to be isolated, and today we are showing that we can work together,",
      stance="neutral"),
    S(["Zimbabwe"], "Emmerson Mnangagwa", "Harare will never take dictation from anyone on who our friends should "
      "be,", stance="reject"),
    S(["Iran"], "Ebrahim Raisi", "all-weather friendship", stance="welcome"),
    S(["Iran"], "Ebrahim Raisi", "The Islamic Republic is ready to share its technology with Zimbabwe,",
      stance="propose"),
    S(["Iran"], "Ebrahim Raisi", "Sanctions have not stopped the Iranian nation. We turned sanctions into "
      "opportunities, and we are ready to share this experience with our brothers in Zimbabwe,", stance="neutral"),
    S(["Iran"], "Ebrahim Raisi", "the countries of the region can solve their problems without foreign "
      "interference.", stance="neutral"),
    S(["Iran"], "Ebrahim Raisi", "The Zionist regime is committing crimes against the Palestinian people, and "
      "those who support it have no right to lecture Iran on human rights,", stance="condemn"),
    S(["Zimbabwe"], "Frederick Shava", "the agreements would be followed up by a joint commission meeting in "
      "Tehran before the end of the year", kind=I, stance="neutral"),
    S(["Zimbabwe"], "Frederick Shava", "These are not paper agreements. Each ministry has been given a timeline, "
      "and we will monitor implementation,", stance="neutral"),
    S(["Iran"], "Hossein Amir-Abdollahian", "We see Africa as a continent of opportunity. Iran will open a trade "
      "centre in Harare this year.", stance="propose"),
    S(["Citizens Coalition for Change", "Zimbabwe"], "Citizens Coalition for Change", "questioned the visit",
      kind=I, stance="reject"),
    S(["Citizens Coalition for Change", "Zimbabwe"], "Fadzayi Mahere", 'Zimbabweans needed jobs and electricity, '
      'not "photo opportunities with fellow pariah states."', kind=I, stance="condemn"),
    S(["Zanu PF", "Zimbabwe"], "Chris Mutsvangwa", "dismissed the criticism", kind=I, stance="reject"),
    S(["Zanu PF", "Zimbabwe"], "Chris Mutsvangwa", "The opposition is reading from a script written in Washington. "
      "Zimbabwe is a sovereign country and will welcome any friend who comes in peace,", stance="reject"),
    S(["Iran"], "Ebrahim Raisi", "Africa is not a playground for the West", opt=True, stance="reject"),
]

# ---------------------------------------------------------------- c04 The Star (Malaysia), Markdown
A["c04_thestar_anwar_haniyeh"] = [
    T("Wednesday, 15 May 2024", "2024-05-15"),
    *[T("Tuesday", "2024-05-14", nth=i) for i in range(4)],
    T("May 14", "2024-05-14"),
    T("October 7", "2023-10-07"),
    T("Oct 7 last year", "2023-10-07"),
    T("Thursday", "2024-05-16"),
    P("Doha"),
    P("Gaza Strip", "Gaza"),
    P("Rafah"),
    P("Putrajaya"),
    P("Wisma Putra", opt=True),
    P("Kuala Lumpur"),
    P("Washington", opt=True),
    P("Riyadh", opt=True),
    V("Doha", "2024-05-14"),
    S(["Malaysia"], "Anwar Ibrahim", "Malaysia will continue to engage with all Palestinian factions, including "
      "Hamas", kind=I, stance="agree"),
    S(["Malaysia"], "Anwar Ibrahim", "I urged him to keep negotiating for a ceasefire in Gaza and the release of "
      "hostages.", stance="demand"),
    S(["Malaysia"], "Anwar Ibrahim", "We are not here to take sides in a war of words. We are here because our "
      "people want this killing to stop, and Hamas is part of any solution,", stance="neutral"),
    S(["Malaysia"], "Anwar Ibrahim", "Malaysia will not bow to pressure from any quarter. Our relationship with the "
      "Palestinian people is not negotiable,", stance="reject"),
    S(["Hamas"], "Hamas", 'Haniyeh had briefed Anwar on the talks mediated by Qatar and Egypt and thanked Malaysia '
      'for its "principled and honourable positions."', kind=I, stance="welcome"),
    S(["Qatar"], "Sheikh Mohammed bin Abdulrahman Al Thani", 'the negotiations were "almost at a standstill"',
      kind=I, stance="neutral"),
    S(["Qatar"], "Sheikh Mohammed bin Abdulrahman Al Thani", "What happened in Rafah has set us back. We will not "
      "give up, but both sides must show that they want a deal,", stance="demand"),
    S(["Israel"], "Oren Marmorstein", "a disgrace", stance="condemn"),
    S(["Israel"], "Oren Marmorstein", 'anyone who embraced Hamas was "embracing the murderers of October 7."',
      kind=I, stance="condemn"),
    S(["Malaysia"], "Mohamad Hasan", "Wisma Putra has not received any formal protest.", stance="neutral"),
    S(["Malaysia"], "Mohamad Hasan", "Our position has been clear since day one. We recognise Hamas as a political "
      "movement elected by the Palestinian people,", stance="neutral"),
    S(["United States"], "US Embassy in Kuala Lumpur", 'Washington "continues to urge all partners to press Hamas '
      'to accept the deal on the table."', kind=I, stance="demand"),
    S(["PAS", "Malaysia"], "Takiyuddin Hassan", "the party supported the meeting", kind=I, stance="agree"),
    S(["PAS", "Malaysia"], "Takiyuddin Hassan", "Meetings alone will not feed the children of Gaza. The government "
      "must do more to deliver aid,", stance="demand"),
    S(["MAPIM", "Malaysia"], "Mohd Azmi Abdul Hamid", 'the visit sent "a strong message to the Muslim world"',
      kind=I, stance="welcome"),
    S(["Hamas", "Gaza Health Ministry"], "Gaza Health Ministry", "more than 35,000 Palestinians have been killed "
      "since Oct 7 last year", kind=I, opt=True, stance="neutral"),
    S(["Israel"], "Israel", "about 1,200 people were killed in the Hamas-led attack that began the war", kind=I,
      opt=True, stance="neutral"),
    S(["Malaysia"], "Anwar Ibrahim", "Stop the genocide now,", opt=True, stance="demand"),
    K(35000, "killed", "Palestinians", qualifier="more than", by="Gaza Health Ministry"),
    K(1200, "killed", "people", qualifier="about", by="Israel"),
]

# ---------------------------------------------------------------- c05 Daily Mirror (Sri Lanka), saved HTML
A["c05_dailymirror_redsea_navy"] = [
    T("4 January 2024", "2024-01-04"),
    *[T("yesterday", "2024-01-03", nth=i) for i in range(3)],
    T("Sunday", "2023-12-31"),
    T("Tuesday", "2024-01-02"),
    T("next week", "2024-W02"),
    T("December", "2023-12"),
    T("October 7", "2023-10-07"),
    P("Red Sea"),
    P("Colombo"),
    P("Presidential Secretariat", opt=True),
    P("Gaza Strip", "Gaza"),
    P("Washington", opt=True),
    P("Cape of Good Hope", "Cape", opt=True),
    V("Colombo", "2024-W02", opt=True),
    S(["Sri Lanka"], "Ranil Wickremesinghe", "Sri Lanka will deploy a Sri Lanka Navy vessel to the Red Sea to help "
      "protect merchant shipping from attacks by Yemen's Houthi rebels", kind=I, stance="neutral"),
    S(["Sri Lanka"], "Ranil Wickremesinghe", "These attacks are hurting our economy through higher freight charges "
      "and insurance costs.", stance="neutral"),
    S(["Sri Lanka"], "Ranil Wickremesinghe", "We cannot stand aside when ships carrying our tea and our garments are "
      "being targeted. If the Red Sea is closed, it is Sri Lanka that pays the price,", stance="neutral"),
    S(["Sri Lanka"], "Ranil Wickremesinghe", "Sri Lanka will take part in the effort to keep the sea lanes open. We "
      "are not joining any war; we are protecting freedom of navigation,", stance="agree"),
    S(["Sri Lanka"], "Gayan Wickramasooriya", "A ship will be ready within weeks.", stance="neutral"),
    S(["Sri Lanka"], "Gayan Wickramasooriya", "The Navy has the capability and the crew. We are waiting for the "
      "final instructions from the Ministry of Defence,", stance="neutral"),
    S(["United States"], "Pentagon", "ten Houthi fighters were killed", kind=I, stance="neutral"),
    S(["Houthis", "Yemen"], "Yahya Sarea", 'confirmed that ten of the group\'s naval personnel had been "martyred" '
      'and vowed that the US "will bear the consequences."', kind=I, stance="threat"),
    S(["Houthis", "Yemen"], "Mohammed Abdulsalam", "Our operations will continue until the aggression and siege on "
      "Gaza stop.", stance="threat"),
    S(["Houthis", "Yemen"], "Mohammed Abdulsalam", "warned countries joining the US-led Operation Prosperity "
      'Guardian that they would be "partners in the crime."', kind=I, stance="threat"),
    S(["United States"], "Pat Ryder", "More than 20 countries have agreed to take part,", stance="neutral"),
    S(["United States"], "Pat Ryder", "This is an international problem that requires an international solution,",
      stance="neutral"),
    S(["Iran"], "Nasser Kanaani", "an attempt to militarise the region", stance="condemn"),
    S(["Iran"], "Nasser Kanaani", "Washington should instead push for a ceasefire in Gaza,", stance="demand"),
    S(["Samagi Jana Balawegaya", "Sri Lanka"], "Opposition", "questioned the cost of the mission", kind=I,
      stance="reject"),
    S(["Samagi Jana Balawegaya", "Sri Lanka"], "Sajith Premadasa", 'the Government "cannot find money for medicines '
      'but can find money for warships."', kind=I, stance="condemn"),
    S(["National People's Power", "Sri Lanka"], "Vijitha Herath", 'the deployment would drag Sri Lanka into a '
      'conflict "that is not ours" and demanded that the matter be debated in the House next week', kind=I,
      stance="reject"),
    S(["Sri Lanka"], "Premitha Bandara Tennakoon", "defended the decision", kind=I, opt=True, stance="agree"),
    S(["Sri Lanka"], "Premitha Bandara Tennakoon", "This is not a military adventure. It is about our exports and "
      "our seafarers,", stance="neutral"),
    S(["Sri Lanka"], "Premitha Bandara Tennakoon", "The cost to the Treasury will be minimal,", stance="neutral"),
    S(["Hamas", "Gaza Health Ministry"], "Gaza's Health Ministry", "more than 22,000 Palestinians have been killed "
      "since October 7", kind=I, opt=True, stance="neutral"),
    K(10, "killed", "Houthi fighters", by="Pentagon"),
    K(10, "killed", "naval personnel", opt=True, by="Houthis"),
    K(22000, "killed", "Palestinians", qualifier="more than", by="Gaza's Health Ministry"),
]

# ---------------------------------------------------------------- c06 The Kathmandu Post (Nepal), wrapped at 72
A["c06_kathmandupost_bipin_ceasefire"] = [
    T("January 17, 2025", "2025-01-17", nth=0),
    T("January 17, 2025", "2025-01-17", nth=1, opt=True),
    *[T("Thursday", "2025-01-16", nth=i) for i in range(6)],
    T("Wednesday", "2025-01-15", nth=0),
    T("Wednesday", "2025-01-15", nth=1),
    T("October 7, 2023", "2023-10-07"),
    T("November 2023", "2023-11"),
    T("last year", "2024"),
    T("Sunday", "2025-01-19"),
    P("Kanchanpur"),
    P("Doha"),
    P("Gaza Strip", "Gaza"),
    P("Tel Aviv"),
    P("Sudurpaschim Province", opt=True),
    P("Kibbutz Alumim"),
    P("Washington"),
    P("Kathmandu"),
    P("southern Israel", opt=True),
    P("Maitighar", opt=True),
    V("Doha", "2025-01-15"),
    S(["Nepal"], "government of Nepal", "has welcomed the ceasefire agreement between Israel and Hamas announced in "
      "Doha on Wednesday and urged that Bipin Joshi, the only Nepali held in Gaza, be released in its first phase",
      kind=I, stance="welcome"),
    S(["Nepal"], "Ministry of Foreign Affairs", "welcomes the agreement and hopes it will lead to lasting peace in "
      "the region.", stance="welcome"),
    S(["Nepal"], "Ministry of Foreign Affairs", "We are in constant touch with the governments of Israel and Qatar "
      "and with the International Committee of the Red Cross regarding Bipin,", stance="neutral"),
    S(["Nepal"], "Arzu Rana Deuba", "The government will not rest until Bipin returns home,", stance="demand"),
    S(["Nepal"], "Arzu Rana Deuba", "Bipin is a son of Nepal. We have raised his case at every forum, in Doha, in "
      "Tel Aviv and at the United Nations, and we will keep raising it,", stance="demand"),
    S(["Joshi family", "Nepal"], "Joshi family", "it has heard nothing since a video released in November 2023",
      kind=I, stance="neutral"),
    S(["Joshi family", "Nepal"], "Padma Joshi", "We have waited 15 months for one phone call. I only want to hear "
      "my son say 'Aama',", stance="neutral"),
    S(["Joshi family", "Nepal"], "Pushpa Joshi", "We will not celebrate until Bipin walks through this door.",
      stance="neutral"),
    S(["Joshi family", "Nepal"], "Joshi family", 'it has waited 15 months for "one phone call"', kind=I, opt=True,
      stance="neutral"),
    S(["Qatar"], "Sheikh Mohammed bin Abdulrahman Al Thani", "The first phase will last 42 days, during which 33 "
      "Israeli hostages will be released in exchange for Palestinian prisoners,", stance="neutral"),
    S(["United States"], "Joe Biden", 'the deal would "stop the fighting in Gaza, surge much-needed humanitarian '
      'assistance and reunite the hostages with their families."', kind=I, stance="welcome"),
    S(["Israel"], "office of Benjamin Netanyahu", "Hamas had reneged on parts of the agreement, delaying a cabinet "
      "vote", kind=I, stance="condemn"),
    S(["Hamas"], "Izzat al-Risheq", "denied the accusation", kind=I, opt=True, stance="deny"),
    S(["Hamas"], "Izzat al-Risheq", "is committed to the ceasefire agreement announced by the mediators.",
      stance="deny"),
    S(["Nepal"], "Dhan Prasad Pandit", "Israeli officials have not confirmed whether Bipin is on the list,",
      stance="neutral"),
    S(["Nepal"], "Dhan Prasad Pandit", "We are asking every day. So far we have no information on his condition,",
      stance="neutral"),
    S(["CPN (Maoist Centre)", "Nepal"], "Pushpa Kamal Dahal", "called on the government to send a special envoy to "
      "Doha", kind=I, stance="demand"),
    S(["CPN (Maoist Centre)", "Nepal"], "Pushpa Kamal Dahal", "Quiet diplomacy has not brought Bipin home. It is "
      "time to be loud,", stance="demand"),
    S(["Hamas", "Gaza health ministry"], "Gaza health ministry", "more than 46,700 Palestinians have been killed in "
      "the war", kind=I, opt=True, stance="neutral"),
    S(["Nepal"], "students", "Bring Bipin home", opt=True, stance="demand"),
    K(10, "killed", "Nepali students"),
    K(46700, "killed", "Palestinians", qualifier="more than", by="Gaza health ministry"),
    K(1200, "killed", "people", qualifier="about", by="Israeli tallies"),
]

# ---------------------------------------------------------------- c07 Jamaica Gleaner, plain page
A["c07_gleaner_palestine_recognition"] = [
    T("Tuesday", "2024-04-23", opt=True),
    T("April 23, 2024", "2024-04-23"),
    *[T("Monday", "2024-04-22", nth=i) for i in range(3)],
    T("Friday", "2024-04-19"),
    T("October 7", "2023-10-07", nth=0),
    T("October 7", "2023-10-07", nth=1),
    T("yesterday", "2024-04-22"),
    T("next month", "2024-05"),
    P("New Kingston", opt=True),
    P("Kingston", ctx="travel to Kingston next month"),
    P("St Ann", opt=True),
    P("Ramallah"),
    P("Gaza Strip", "Gaza"),
    P("Panama City"),
    P("Half-Way Tree", opt=True),
    V("Kingston", "2024-05"),
    V("New Kingston", "2024-04-22", opt=True),
    S(["Jamaica"], "Kamina Johnson Smith", "Jamaica has formally recognised the State of Palestine", kind=I,
      stance="agree"),
    S(["Jamaica"], "Ministry of Foreign Affairs and Foreign Trade", 'the decision reflected Jamaica\'s "longstanding '
      'support for a two-state solution" and its belief that recognition "will contribute to a just and lasting '
      'peace."', kind=I, stance="agree"),
    S(["Jamaica"], "Kamina Johnson Smith", "The Government has been considering this matter for some time.",
      stance="neutral"),
    S(["Jamaica"], "Kamina Johnson Smith", "Jamaica has always supported the right of the Palestinian people to "
      "self-determination. This decision is consistent with that position and with our obligations under "
      "international law,", stance="agree"),
    S(["Jamaica"], "Kamina Johnson Smith", "Jamaica continues to condemn the October 7 attacks by Hamas and to call "
      "for the release of all hostages,", stance="condemn"),
    S(["Jamaica"], "Kamina Johnson Smith", "Recognition is not a reward for terrorism. It is an investment in "
      "peace,", stance="neutral"),
    S(["Jamaica"], "Kamina Johnson Smith", "Jamaica has consistently voted in favour of resolutions on Palestinian "
      "self-determination in the General Assembly", kind=I, stance="neutral"),
    S(["Jamaica"], "Andrew Holness", 'Jamaica was "not picking sides in a war" but standing up for a principle',
      kind=I, stance="neutral"),
    S(["Jamaica"], "Andrew Holness", "We want peace for Israelis and Palestinians alike,", stance="neutral"),
    S(["Palestinian Authority", "PLO", "Palestine"], "Palestinian Ministry of Foreign Affairs and Expatriates",
      "welcomed the move", kind=I, stance="welcome"),
    S(["Palestinian Authority", "PLO", "Palestine"], "Palestinian Ministry of Foreign Affairs and Expatriates",
      "a courageous step in line with international law.", stance="welcome"),
    S(["Palestinian Authority", "PLO", "Palestine"], "Akram Samhan", "I will travel to Kingston next month,",
      stance="neutral"),
    S(["Palestinian Authority", "PLO", "Palestine"], "Akram Samhan", "We thank the Government and the people of "
      "Jamaica. This gives hope to our people in Gaza,", stance="welcome"),
    S(["Israel"], "Israeli Embassy", 'it was "disappointed" by the decision', kind=I, stance="reject"),
    S(["Israel"], "embassy spokesperson", "Unilateral recognition rewards Hamas and pushes peace further away,",
      stance="reject"),
    S(["People's National Party", "Jamaica"], "Opposition", "supported the move", kind=I, stance="agree"),
    S(["People's National Party", "Jamaica"], "Anthony Hylton", 'the People\'s National Party had called for '
      'recognition "long before it became fashionable."', kind=I, stance="agree"),
    S(["People's National Party", "Jamaica"], "Anthony Hylton", "The Government must use its voice in CARICOM to "
      "press for an immediate ceasefire in Gaza,", stance="demand"),
    S(["United Congregation of Israelites", "Jamaica"], "Ainsley Henriques", 'the local Jewish community was '
      '"deeply saddened" and questioned the timing', kind=I, stance="reject"),
    S(["Jamaica"], "vendor", "Wi likkle but wi tallawah,", opt=True, stance="neutral"),
    S(["Hamas", "Gaza health ministry"], "Gaza's health ministry", "more than 34,000 Palestinians have been killed "
      "since October 7", kind=I, opt=True, stance="neutral"),
    S(["Israel"], "Israel", "1,200 people were killed in the Hamas attack and that around 130 hostages remain in "
      "Gaza", kind=I, opt=True, stance="neutral"),
    S(["Barbados"], "Mia Mottley", "It is the right thing to do,", opt=True, stance="agree"),
    K(34000, "killed", "Palestinians", qualifier="more than", by="Gaza's health ministry"),
    K(1200, "killed", "people", by="Israel"),
]

# ---------------------------------------------------------------- c08 Times of Malta, Markdown
A["c08_timesofmalta_unsc_2712"] = [
    T("Thursday, 16 November 2023", "2023-11-16"),
    *[T("Wednesday", "2023-11-15", nth=i) for i in range(3)],
    *[T("October 7", "2023-10-07", nth=i) for i in range(3)],
    T("mid-October", "2023-10"),
    T("Today", "2023-11-15", opt=True),
    T("today", "2023-11-15", opt=True),
    T("next week", "2023-W47"),
    P("New York"),
    P("Gaza Strip"),
    P("Auberge de Castille", opt=True),
    V("New York", "2023-11-15"),
    S(["United Nations"], "UN Security Council", 'calling for "urgent and extended humanitarian pauses and '
      'corridors" throughout the Gaza Strip', kind=I, stance="demand"),
    S(["Malta"], "Vanessa Frazier", "This text puts children at its centre.", stance="neutral"),
    S(["Malta"], "Vanessa Frazier", "Today the council has finally spoken with one voice. The children of Gaza and "
      "the children held hostage cannot wait any longer,", stance="welcome"),
    S(["Malta"], "Robert Abela", "a historic moment for Malta's diplomacy", stance="welcome"),
    S(["Malta"], "Robert Abela", "Malta may be small but today our voice was heard in the Security Council,",
      stance="welcome"),
    S(["Malta"], "Robert Abela", "historic moment", opt=True, stance="welcome"),
    S(["Malta"], "Ian Borg", 'Malta had consulted all council members "day and night" over the past weeks',
      kind=I, stance="neutral"),
    S(["Malta"], "Ian Borg", "We will continue to push for humanitarian aid to reach Gaza,", stance="demand"),
    S(["Malta"], "Ian Borg", "The Secretary-General is expected to brief the council on implementation next week",
      kind=I, stance="neutral"),
    S(["Nationalist Party", "Malta"], "Bernard Grech", "congratulated Dr Frazier and her team", kind=I,
      stance="welcome"),
    S(["Nationalist Party", "Malta"], "Bernard Grech", "This is a result for the whole country, not for one party,",
      stance="welcome"),
    S(["Nationalist Party", "Malta"], "Bernard Grech", 'the government should now "match words with humanitarian '
      'aid."', kind=I, stance="demand"),
    S(["Israel"], "Israel", "rejected the resolution", kind=I, stance="reject"),
    S(["Israel"], "Israel", "meaningless", opt=True, stance="reject"),
    S(["Israel"], "Gilad Erdan", 'the text was "disconnected from reality" because it did not condemn Hamas',
      kind=I, stance="reject"),
    S(["Israel"], "Gilad Erdan", "No matter what this council decides, Israel will continue to act until Hamas is "
      "destroyed and the hostages are returned,", stance="reject"),
    S(["Palestinian Authority", "PLO", "Palestine"], "Riyad Mansour", "This resolution falls short of a ceasefire,",
      stance="neutral"),
    S(["Palestinian Authority", "PLO", "Palestine"], "Riyad Mansour", "The council should have demanded an end to "
      "this war. Children are being killed every ten minutes,", stance="demand"),
    S(["United States"], "Linda Thomas-Greenfield", "We abstained because this text does not condemn Hamas's "
      "October 7 attack.", stance="neutral"),
    S(["United States"], "Linda Thomas-Greenfield", "I am horrified that some members still cannot bring "
      "themselves to condemn the barbaric terrorist attack,", stance="condemn"),
    S(["Russia"], "Vassily Nebenzia", 'the pauses were "not enough"', kind=I, stance="reject"),
    S(["Malta"], "Vanessa Frazier", "We negotiated for every word", opt=True, stance="neutral"),
    S(["Hamas", "Gaza health ministry"], "Hamas-run health ministry in Gaza", "more than 11,000 people have been "
      "killed, including some 4,600 children", kind=I, opt=True, stance="neutral"),
    S(["Israel"], "Israel", "about 1,200 people were killed in the October 7 attack and some 240 taken hostage",
      kind=I, opt=True, stance="neutral"),
    K(11000, "killed", "people", qualifier="more than", by="Hamas-run health ministry in Gaza"),
    K(4600, "killed", "children", qualifier="some", by="Hamas-run health ministry in Gaza"),
    K(1200, "killed", "people", qualifier="about", by="Israel"),
]

# ---------------------------------------------------------------- c09 WalesOnline, plain page
A["c09_walesonline_assad_fall"] = [
    T("9 DEC 2024", "2024-12-09"),
    *[T("Sunday", "2024-12-08", nth=i) for i in range(3)],
    T("2015", "2015"),
    T("2013", "2013"),
    T("Saturday", "2024-12-07"),
    T("1974", "1974", opt=True),
    T("Monday", "2024-12-09"),
    T("November 27", "2024-11-27"),
    P("Cardiff"),
    P("Swansea", opt=True),
    P("Queen Street", opt=True),
    P("Damascus"),
    P("Homs"),
    P("Grangetown", opt=True),
    P("Moscow"),
    P("Umayyad Mosque", opt=True),
    P("Doha"),
    P("Golan Heights"),
    P("Cardiff Bay", opt=True),
    P("Tehran", opt=True),
    V("Doha", "2024-12-07"),
    S(["Syrian community in Wales", "Syria"], "Ahmad Khalil", "We can finally go home. My children have never seen "
      "Syria, and now they can,", stance="welcome"),
    S(["Syrian community in Wales", "Syria"], "Syrians in Wales", "We can finally go home", opt=True,
      stance="welcome"),
    S(["Russia"], "Russia's foreign ministry", 'Assad had left Syria after talks with parties to the conflict and '
      'had "given instructions to transfer power peacefully."', kind=I, stance="neutral"),
    S(["Russia"], "Russian news agencies", "Assad and his family were in Moscow, where they had been granted "
      "asylum", kind=I, opt=True, stance="neutral"),
    S(["Hayat Tahrir al-Sham", "HTS"], "Ahmed al-Sharaa", "This victory belongs to all Syrians. Syria will be "
      "purified,", stance="neutral"),
    S(["Turkey", "Russia", "Iran"], "foreign ministers of Turkey, Russia and Iran", "called for an end to military "
      "operations and for a political process based on UN Security Council Resolution 2254", kind=I,
      stance="demand"),
    S(["United Nations"], "Geir Pedersen", "Syria has reached a watershed moment.", stance="neutral"),
    S(["United Nations"], "Geir Pedersen", "The Syrian people must now be allowed to write their own future, and "
      "there must be no revenge,", stance="demand"),
    S(["United Kingdom"], "Keir Starmer", 'welcomed the fall of what he called a "barbaric regime."', kind=I,
      stance="welcome"),
    S(["United Kingdom"], "Keir Starmer", "The Syrian people have suffered under Assad's brutal rule for far too "
      "long,", stance="condemn"),
    S(["United Kingdom"], "Keir Starmer", "All sides must now protect civilians and minorities.", stance="demand"),
    S(["Iran"], "Esmaeil Baghaei", "Determining the future of Syria is the sole responsibility of the Syrian people. "
      "Tehran will adopt appropriate approaches.", stance="neutral"),
    S(["Israel"], "Benjamin Netanyahu", "The 1974 disengagement agreement has collapsed. I have ordered our forces "
      "to take over the buffer zone.", stance="neutral"),
    S(["Wales", "United Kingdom"], "Eluned Morgan", "a moment of hope", stance="welcome"),
    S(["Wales", "United Kingdom"], "Eluned Morgan", "Wales has been proud to be a nation of sanctuary, and we will "
      "stand with Syrian families, whatever they decide,", stance="welcome"),
    S(["Plaid Cymru", "Wales"], "Rhun ap Iorwerth", 'welcomed the news but warned the UK Government against '
      '"rushing to send people back."', kind=I, stance="demand"),
    S(["Plaid Cymru", "Wales"], "Rhun ap Iorwerth", "Nobody should be forced to return to a country that is still "
      "not safe,", stance="demand"),
    S(["United Kingdom"], "Home Office spokesperson", "We have paused decisions on Syrian asylum claims while we "
      "assess the current situation,", stance="neutral"),
    S(["Syrian Observatory for Human Rights"], "Syrian Observatory for Human Rights", "more than 900 people, "
      "including at least 130 civilians, had been killed since the offensive began on November 27", kind=I,
      opt=True, stance="neutral"),
    S(["Syria"], "Swansea man", "Assad's prisons are opening", opt=True, stance="neutral"),
    K(900, "killed", "people", qualifier="more than", by="Syrian Observatory for Human Rights"),
    K(130, "killed", "civilians", qualifier="at least", by="Syrian Observatory for Human Rights"),
]

# ---------------------------------------------------------------- c10 Taipei Times, saved HTML
A["c10_taipeitimes_iran_israel_truce"] = [
    T("yesterday", "2025-06-24", nth=0, opt=True),
    T("Wed, Jun 25, 2025", "2025-06-25"),
    *[T("yesterday", "2025-06-24", nth=i) for i in (1, 2, 3)],
    T("June 13", "2025-06-13"),
    T("Monday", "2025-06-23", nth=0),
    T("Monday", "2025-06-23", nth=1),
    T("Tuesday", "2025-06-24"),
    T("Sunday last week", "2025-06-22"),
    T("next week", "2025-W27"),
    P("Taipei", ctx="conference in Taipei yesterday. Photo: CNA</p></div>\n<div"),
    P("Tel Aviv"),
    P("Washington", opt=True),
    P("Al Udeid Air Base"),
    P("Fordow"),
    P("Natanz"),
    P("Isfahan"),
    P("New Taipei City", opt=True),
    P("Gulf region", opt=True),
    V("Taipei", "2025-W27", opt=True),
    S(["Taiwan"], "Ministry of Foreign Affairs", "welcomed the ceasefire between Israel and Iran that took effect "
      "after 12 days of fighting, and said that it would continue to monitor the security of Taiwanese in the "
      "region and the nation's energy supplies", kind=I, stance="welcome"),
    S(["Taiwan"], "Hsiao Kuang-wei", "We welcome the ceasefire and hope that all parties will respect it, so that "
      "peace and stability can return to the Middle East,", stance="welcome"),
    S(["Taiwan"], "Hsiao Kuang-wei", "Our office in Tel Aviv has helped 37 Taiwanese leave Israel overland through "
      "Jordan since June 13, and the few Taiwanese in Iran have left via Armenia. No Taiwanese were hurt,",
      stance="neutral"),
    S(["United States"], "Donald Trump", "THE CEASEFIRE IS NOW IN EFFECT. PLEASE DO NOT VIOLATE IT!",
      stance="demand"),
    S(["Iran"], "Abbas Araqchi", 'there was "no agreement" on a ceasefire but that Iran had "no intention to '
      'continue our response" if Israel stopped its attacks', kind=I, stance="deny"),
    S(["Iran"], "Abbas Araqchi", "The military operations of our powerful armed forces to punish Israel continued "
      "until the very last minute,", stance="neutral"),
    S(["Israel"], "office of Benjamin Netanyahu", 'Israel had "achieved all the goals of the operation" and had '
      "agreed to the US proposal", kind=I, stance="agree"),
    S(["Israel"], "office of Benjamin Netanyahu", 'warned that it "will respond forcefully to any violation."',
      kind=I, stance="threat"),
    S(["Qatar"], "Majed al-Ansari", "a flagrant violation", stance="condemn"),
    S(["Iran"], "Iran's Ministry of Health", "610 people had been killed in Israeli strikes and more than 4,700 "
      "wounded", kind=I, opt=True, stance="neutral"),
    S(["Taiwan"], "Cho Jung-tai", "The government will keep domestic fuel and electricity prices stable,",
      stance="neutral"),
    S(["Taiwan"], "Cho Jung-tai", "Taiwan has enough crude oil and natural gas in reserve. The people do not need "
      "to worry,", stance="neutral"),
    S(["KMT", "Taiwan"], "Ma Wen-chun", "called on the ministry to act", kind=I, opt=True, stance="demand"),
    S(["KMT", "Taiwan"], "Ma Wen-chun", "MOFA should draw up evacuation plans for the whole Gulf region now,",
      stance="demand"),
    S(["KMT", "Taiwan"], "Ma Wen-chun", "Thousands of Taiwanese work in the Middle East. We cannot wait until "
      "missiles are falling,", stance="demand"),
    S(["Israel"], "Israel Economic and Cultural Office in Taipei", "thanked Taiwan for its support", kind=I,
      stance="welcome"),
    S(["Israel"], "Maya Yaron", "Israel is grateful to our friends in Taiwan. We hope this ceasefire brings "
      "security to the people of Israel,", stance="welcome"),
    S(["Taiwan"], "Ministry of Foreign Affairs", "Minister of Foreign Affairs Lin Chia-lung (林佳龍) is to brief the "
      "legislature's Foreign Affairs and National Defense Committee on the situation next week", kind=I,
      stance="neutral"),
    S(["Taiwan"], "Ministry of Foreign Affairs", "all Taiwanese who wanted to leave Israel and Iran had been helped "
      "out", kind=I, opt=True, stance="neutral"),
    S(["Taiwan"], "Lin Chia-lung", "Taiwanese safety comes first", opt=True, stance="neutral"),
    K(610, "killed", "people", by="Iran's Ministry of Health"),
    K(4700, "wounded", "people", qualifier="more than", by="Iran's Ministry of Health"),
    K(28, "killed", "people", by="officials"),
]

# ---------------------------------------------------------------- c11 Helsinki Times, wrapped at 68
A["c11_helsinkitimes_iran_deal"] = [
    T("15 July 2015", "2015-07-15"),
    *[T("Tuesday", "2015-07-14", nth=i) for i in range(3)],
    T("today", "2015-07-14", opt=True),
    T("by the end of the year", "2015", opt=True),
    T("in the autumn", "2015", opt=True),
    P("Vienna"),
    P("United Nations complex", opt=True),
    P("Washington"),
    P("White House"),
    P("Tehran"),
    P("Jerusalem"),
    V("Vienna", "2015-07-14"),
    V("Tehran", "2015", opt=True),
    S(["Finland"], "Timo Soini", "has welcomed the agreement reached in Vienna on Tuesday between Iran and six "
      "world powers on Iran's nuclear programme", kind=I, stance="welcome"),
    S(["Finland"], "Timo Soini", "This is a good day for diplomacy. The agreement shows that even the most "
      "difficult disputes can be solved at the negotiating table,", stance="welcome"),
    S(["European Union", "Iran"], "Federica Mogherini", "a sign of hope for the entire world.", stance="welcome"),
    S(["Iran"], "Mohammad Javad Zarif", 'the agreement was "not perfect" but was "the best possible achievement that '
      'could be made."', kind=I, stance="welcome"),
    S(["United States"], "Barack Obama", "Because of this deal, every pathway to a nuclear weapon is cut off,",
      stance="welcome"),
    S(["United States"], "Barack Obama", "This deal is not built on trust. It is built on verification,",
      stance="agree"),
    S(["Iran"], "Hassan Rouhani", "A new chapter has opened in our relations with the world, and we have not given "
      "up any of our rights.", stance="welcome"),
    S(["Israel"], "Benjamin Netanyahu", "condemned the agreement", kind=I, stance="condemn"),
    S(["Israel"], "Benjamin Netanyahu", "The world is a more dangerous place today. This is a mistake of historic "
      "proportions,", stance="condemn"),
    S(["Israel"], "Benjamin Netanyahu", "Israel is not bound by this deal,", stance="reject"),
    S(["IAEA", "United Nations"], "Yukiya Amano", "We expect to complete our assessment by the end of the year,",
      stance="neutral"),
    S(["Finland"], "Sauli Niinistö", "Finland has followed the negotiations closely,", stance="neutral"),
    S(["Finland"], "Sauli Niinistö", "The agreement must now be implemented in full. Finland is ready to support "
      "the IAEA with its expertise,", stance="demand"),
    S(["Confederation of Finnish Industries", "Finland"], "Jyri Häkämies", "companies in forestry, "
      "telecommunications and cleantech had been waiting for years", kind=I, stance="neutral"),
    S(["Confederation of Finnish Industries", "Finland"], "Jyri Häkämies", "Iran is a market of almost 80 million "
      "people. Finnish companies must be ready when the doors open,", stance="neutral"),
    S(["Finland"], "Timo Soini", "I am ready to lead a trade delegation to Tehran in the autumn, but sanctions will "
      "be lifted only step by step,", stance="propose"),
    S(["Green League", "Finland"], "Ville Niinistö", 'Finland should not rush into business "while human rights '
      'activists are still in Iranian prisons."', kind=I, stance="reject"),
    S(["Social Democratic Party", "Finland"], "Erkki Tuomioja", "the most important arms control agreement in a "
      "decade.", stance="welcome"),
    S(["Republican Party", "United States"], "Republican leaders", "have vowed to oppose it", kind=I,
      stance="reject"),
    S(["Finnair", "Finland"], "Finnair", "if the market opens", opt=True, stance="neutral"),
    S(["Finland"], "Timo Soini", "Finland will not take sides in the Gulf", opt=True, stance="neutral"),
]

# ---------------------------------------------------------------- c12 Mexico News Daily, plain page
A["c12_mexiconewsdaily_hostage_release"] = [
    T("December 1, 2023", "2023-12-01"),
    *[T("Thursday", "2023-11-30", nth=i) for i in range(5)],
    T("October 7", "2023-10-07", nth=0),
    T("October 7", "2023-10-07", nth=1),
    T("Friday", "2023-12-01", nth=0),
    T("Friday", "2023-12-01", nth=1),
    T("last week", "2023-W47"),
    P("Gaza Strip", "Gaza"),
    P("Veracruz"),
    P("Kibbutz Nir Oz"),
    P("Tel Aviv"),
    V("Tel Aviv", "2023-11-30"),
    S(["Mexico"], "Foreign Affairs Ministry (SRE)", "Ilana Gritzewsky, a 30-year-old Mexican citizen held in Gaza "
      "since October 7, was released by Hamas on Thursday night", kind=I, opt=True, stance="neutral"),
    S(["Mexico"], "Alicia Bárcena", "We celebrate with immense joy the release of our compatriot Ilana Gritzewsky. "
      "We will not rest until Orión Hernández Radoux also returns home,", stance="welcome"),
    S(["Mexico"], "Andrés Manuel López Obrador", 'Mexico had worked "discreetly and constantly" with the governments '
      "of Qatar and Israel to secure her release", kind=I, stance="neutral"),
    S(["Mexico"], "Andrés Manuel López Obrador", "We are a country of peace. We do not take sides in this war, but "
      "we defend the lives of Mexicans wherever they are,", stance="neutral"),
    S(["Mexico"], "Andrés Manuel López Obrador", "I asked the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, in a "
      "phone call last week to include Orión in future releases,", stance="demand"),
    S(["Mexico"], "Andrés Manuel López Obrador", "calls for release of Orión Hernández", kind=I, opt=True,
      stance="demand"),
    S(["Israel"], "Israel Defense Forces", 'Hamas had fired rockets at Israel before the pause expired at 7 a.m. and '
      'that it had "resumed combat" in Gaza', kind=I, stance="neutral"),
    S(["Hamas"], "Hamas", "The occupation refused all offers to release other prisoners and to extend the pause,",
      stance="condemn"),
    S(["Qatar"], "Majed al-Ansari", "had announced a one-day extension", kind=I, stance="neutral"),
    S(["Qatar"], "Majed al-Ansari", "We continue to work with our partners to extend the truce and to secure the "
      "release of more hostages,", stance="neutral"),
    S(["United States"], "Antony Blinken", "Israel must put in place humanitarian civilian protection plans before "
      "any renewed offensive,", stance="demand"),
    S(["United States"], "Antony Blinken", "The massive loss of civilian life we saw in the north must not be "
      "repeated in the south,", stance="demand"),
    S(["Central Committee of the Jewish Community of Mexico", "Mexico"], "Mexico's Jewish community",
      "welcomed the news", kind=I, stance="welcome"),
    S(["Central Committee of the Jewish Community of Mexico", "Mexico"], "Central Committee of the Jewish Community "
      'of Mexico', 'it shared "the joy of the Gritzewsky family" and urged the government to keep up pressure for '
      "Hernández Radoux's release", kind=I, stance="welcome"),
    S(["PAN", "Mexico"], "Xóchitl Gálvez", "also welcomed the release but criticized the government's tone", kind=I,
      stance="welcome"),
    S(["PAN", "Mexico"], "Xóchitl Gálvez", "It is good news, but the president still has not condemned Hamas,",
      stance="condemn"),
    S(["Hamas", "Gaza Health Ministry"], "Gaza Health Ministry", "more than 15,000 people have been killed in Gaza "
      "since the war began", kind=I, opt=True, stance="neutral"),
    S(["Israel"], "Israel", "1,200 people were killed in the October 7 attack, and about 136 hostages remain in Gaza",
      kind=I, opt=True, stance="neutral"),
    S(["Hernández Radoux family", "Mexico"], "Patricia Radoux", "We are living one day at a time.",
      stance="neutral"),
    S(["Mexico"], "Mexico", "humanitarian truce", opt=True, stance="demand"),
    K(15000, "killed", "people", qualifier="more than", by="Gaza Health Ministry"),
    K(1200, "killed", "people", by="Israel"),
]

C = {
    "Naqoura": (33.1181, 35.1392), "Accra": (5.6037, -0.1870), "southern Lebanon": (33.27, 35.40),
    "Litani River": (33.34, 35.25), "White House": (38.8977, -77.0365), "Ramyeh": (33.1025, 35.3089),
    "North Tongu": (6.08, 0.42),
    "Entebbe": (0.0512, 32.4637), "Port Sudan": (19.6158, 37.2164), "Darfur": (13.5, 24.0),
    "Khartoum": (15.5007, 32.5599),
    "Harare": (-17.8252, 31.0335), "Robert Gabriel Mugabe International Airport": (-17.9318, 31.0928),
    "Kampala": (0.3476, 32.5825), "Nairobi": (-1.2921, 36.8219), "Tehran": (35.6892, 51.3890),
    "Beijing": (39.9042, 116.4074), "Washington": (38.9072, -77.0369),
    "Doha": (25.2854, 51.5310), "Gaza Strip": (31.4167, 34.3333), "Rafah": (31.2969, 34.2455),
    "Putrajaya": (2.9264, 101.6964), "Wisma Putra": (2.9170, 101.6856), "Kuala Lumpur": (3.1390, 101.6869),
    "Riyadh": (24.7136, 46.6753),
    "Red Sea": (20.0, 38.5), "Colombo": (6.9271, 79.8612), "Presidential Secretariat": (6.9344, 79.8428),
    "Cape of Good Hope": (-34.3568, 18.4740),
    "Kanchanpur": (28.8372, 80.3210), "Tel Aviv": (32.0853, 34.7818), "Sudurpaschim Province": (29.3, 80.9),
    "Kibbutz Alumim": (31.4519, 34.5131), "Kathmandu": (27.7172, 85.3240), "southern Israel": (31.25, 34.6),
    "Maitighar": (27.6947, 85.3226),
    "New Kingston": (18.0089, -76.7864), "Kingston": (17.9714, -76.7931), "St Ann": (18.3167, -77.2167),
    "Ramallah": (31.9038, 35.2034), "Panama City": (8.9824, -79.5199), "Half-Way Tree": (18.0125, -76.7990),
    "New York": (40.7498, -73.9680), "Auberge de Castille": (35.8963, 14.5113),
    "Cardiff": (51.4816, -3.1791), "Swansea": (51.6214, -3.9436), "Queen Street": (51.4820, -3.1750),
    "Damascus": (33.5138, 36.2765), "Homs": (34.7324, 36.7137), "Grangetown": (51.4680, -3.1860),
    "Moscow": (55.7558, 37.6173), "Umayyad Mosque": (33.5116, 36.3067), "Golan Heights": (33.0, 35.75),
    "Cardiff Bay": (51.4630, -3.1650),
    "Taipei": (25.0330, 121.5654), "Al Udeid Air Base": (25.1173, 51.3150), "Fordow": (34.8850, 50.9950),
    "Natanz": (33.7250, 51.7270), "Isfahan": (32.6546, 51.6680), "New Taipei City": (25.0120, 121.4657),
    "Gulf region": (26.5, 52.0),
    "Vienna": (48.2082, 16.3738), "United Nations complex": (48.2346, 16.4167), "Jerusalem": (31.7683, 35.2137),
    "Veracruz": (19.1738, -96.1342), "Kibbutz Nir Oz": (31.3106, 34.4011),
}
RADIUS = {"Gaza Strip": 60, "Red Sea": 800, "Darfur": 400, "southern Lebanon": 60, "Litani River": 60,
          "Golan Heights": 60, "Sudurpaschim Province": 120, "southern Israel": 60, "Gulf region": 600,
          "St Ann": 40, "North Tongu": 30}

WRAPPED = ("c02_monitor_igad_sudan", "c06_kathmandupost_bipin_ceasefire", "c11_helsinkitimes_iran_deal")

# the spans and quotes of the hard-wrapped articles, with the articles' own line breaks
respell = respell_wrapped(HERE, A, WRAPPED)
# the quoted fragments inside each indirect statement: optional statements of the same speaker
add_fragments(A, respell)


def build():
    return build_gold(HERE, A, C, RADIUS)


if __name__ == "__main__":
    main(HERE, A, build())
