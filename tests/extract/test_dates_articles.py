"""The tagger on whole articles written for these tests (not the seeds): every date, nothing else.

The expected values were annotated by hand from the text and the publication date (TimeML, as the
scorer reads them), seasons ("last summer" -> 2023-SU), decades, weekends and parts of day ("Monday night" ->
2024-02-05TNI) included.
"""
from __future__ import annotations

import pytest

from lib.extract.dates import infer_published, tag
from lib.extract.document import document_from_text

WIRE = """DOHA, Qatar (AP) — Qatari mediators said Tuesday that talks on a new hostage deal would resume in Doha on Thursday, two days after Israeli negotiators left Cairo without an agreement.
The proposal, first floated in late January, calls for a six-week pause in fighting. A senior Hamas official told The Associated Press on condition of anonymity that the group had delivered its response Monday night.
Israel's war cabinet met late Monday and will convene again Wednesday, an Israeli official said. Prime Minister Benjamin Netanyahu has vowed to press on with the offensive until "total victory," and on Sunday said troops would enter Rafah "with or without a deal."
The war began on Oct. 7, when Hamas-led militants stormed into southern Israel, killing about 1,200 people and taking roughly 250 hostages. More than 27,000 Palestinians have been killed since then, according to the Health Ministry in Gaza.
A previous truce in late November lasted a week and saw the release of 105 hostages. U.S. Secretary of State Antony Blinken is expected to visit the region for the fifth time since the war began, arriving in Saudi Arabia on Monday.
The International Court of Justice ruled on Jan. 26 that Israel must take measures to prevent genocide. The court will hold hearings in February 2024 and issue its opinion in the spring."""

WIRE_GOLD = [("Tuesday", "2024-02-06"), ("Thursday", "2024-02-08"), ("late January", "2024-01"),
             ("Monday night", "2024-02-05TNI"), ("late Monday", "2024-02-05"), ("Wednesday", "2024-02-07"),
             ("Sunday", "2024-02-04"), ("Oct. 7", "2023-10-07"), ("late November", "2023-11"),
             ("Monday", "2024-02-12"), ("Jan. 26", "2024-01-26"), ("February 2024", "2024-02"),
             ("the spring", "2024-SP")]

RAMALLAH = """Palestinian President Mahmoud Abbas arrives for a meeting in Ramallah, in the Israeli-occupied West Bank, January 17, 2024. REUTERS/Mohamad Torokman
RAMALLAH, West Bank, Feb 1 (Reuters) - Palestinian factions will meet in Moscow later this month, Russia's deputy foreign minister said on Thursday, as Moscow seeks a role in post-war diplomacy.
The meeting, scheduled to start on Feb. 26, will bring together Fatah and Hamas for the first time since their 2007 split. Previous rounds of reconciliation talks, in Algiers in October 2022 and in Cairo last summer, produced little.
Fatah official Jibril Rajoub said the factions had agreed in principle on Tuesday. "We hope that this time the meeting will be different," he said. The meeting may be postponed if fighting intensifies.
Reporting by Ali Sawafta; Editing by Sharon Singleton"""

RAMALLAH_GOLD = [("January 17, 2024", "2024-01-17"), ("Feb 1", "2024-02-01"), ("later this month", "2024-02"),
                 ("Thursday", "2024-02-01"), ("Feb. 26", "2024-02-26"), ("2007", "2007"),
                 ("October 2022", "2022-10"), ("last summer", "2023-SU"), ("Tuesday", "2024-01-30")]

AMMAN = """Jordan recalls ambassador to Israel over Gaza war
Jordan on Wednesday recalled its ambassador to Israel, a day after an Israeli strike on the Jabalia refugee camp, and told Israel's envoy, who left Amman shortly after October 7, not to return.
Safadi said the envoy would return only when Israel "stops its war on Gaza." Jordan, which signed a peace treaty with Israel in 1994, has seen near-daily protests since mid-October.
On 25 October, King Abdullah warned of a "catastrophe" during a visit to Cairo. The summit of October 21 ended without a joint statement. Between 2008 and 2009, Jordan hosted talks.
Last Saturday's strike killed 50 people, according to the ministry. The following day, 9,000 people marched in Amman. The 1990s saw relative calm; this decade has not.
Israel and Jordan signed the Wadi Araba treaty on Oct 26 1994. Arab foreign ministers will meet on Saturday in Amman, and an Arab League summit is due on November 11.
The 75th anniversary of the Nakba falls in May. The 2023 Gaza war is the deadliest since 1948.
The army said 24 hours earlier that it had struck 450 targets over the weekend and in the past day."""

AMMAN_GOLD = [("Wednesday", "2023-11-01"), ("October 7", "2023-10-07"), ("1994", "1994"),
              ("mid-October", "2023-10"), ("25 October", "2023-10-25"), ("October 21", "2023-10-21"),
              ("2008", "2008"), ("2009", "2009"), ("Last Saturday", "2023-10-28"),
              ("The following day", "2023-10-29"),  # counted from the day named before it
              ("The 1990s", "199"), ("Oct 26 1994", "1994-10-26"),
              ("Saturday", "2023-11-04"), ("November 11", "2023-11-11"), ("May", "2023-05"), ("2023", "2023"),
              ("1948", "1948"), ("the weekend", "2023-W43-WE")]

# publication known only to the month: weekdays and weeks cannot be placed on a day
CAIRO_MONTH = """Egypt's foreign minister received his Israeli counterpart on Sunday, the first such visit in 13 years.
The two discussed the ceasefire that took effect on May 21 after 11 days of fighting.
Shoukry will travel to Amman next week, and a donors' conference may be held in July.
"We will not accept a return to the situation before May," he said."""

CAIRO_MONTH_GOLD = [("Sunday", "2021-06"), ("May 21", "2021-05-21"), ("next week", "2021-06"), ("July", "2021-07"),
                    ("May", "2021-05")]

NEW_YEAR = """The envoy arrived in Cairo on Friday and will leave on Wednesday.
Talks held on December 28 made progress, officials said, and another round is planned for January 8.
Israel said last year was the deadliest for Palestinians in the West Bank since 2005. Next year's budget may March on.
Hamas said on Sunday it would send a delegation on Tuesday."""

NEW_YEAR_GOLD = [("Friday", "2023-12-29"), ("Wednesday", "2024-01-03"), ("December 28", "2023-12-28"),
                 ("January 8", "2024-01-08"), ("last year", "2023"), ("2005", "2005"), ("Next year", "2025"),
                 ("Sunday", "2023-12-31"), ("Tuesday", "2024-01-02")]


@pytest.mark.parametrize("text, published, gold", [
    (WIRE, "2024-02-06", WIRE_GOLD),
    (RAMALLAH, "2024-02-01", RAMALLAH_GOLD),
    (AMMAN, "2023-11-01", AMMAN_GOLD),
    (CAIRO_MONTH, "2021-06", CAIRO_MONTH_GOLD),
    (NEW_YEAR, "2024-01-01", NEW_YEAR_GOLD),
], ids=["wire", "ramallah", "amman", "month-anchor", "new-year"])
def test_article_dates(text, published, gold):
    doc = document_from_text("t", text, published=published)
    got = [(m.text, m.value) for m in tag(doc) if m.kind == "date"]
    assert got == gold


@pytest.mark.parametrize("text, expected", [
    (RAMALLAH, ("2024-02-01", "day")),  # dateline Feb 1; year from the caption (weak evidence)
    (WIRE, None),  # no dated dateline, no full date: no guess
    (AMMAN, ("1994-10-26", "day")),  # the latest explicit full date in body text is only a lower bound
])
def test_article_inference(text, expected):
    assert infer_published(document_from_text("t", text)) == expected


# undated (no manifest date): the pipeline infers a lower bound from the text, then tags with it; the
# year-less "June 20" and "December 17" follow an explicit date in their paragraph (narrative)
EXPLAINER = """Q&A: Why the Kerem Shalom crossing keeps closing

Kerem Shalom, where the borders of Gaza, Israel and Egypt meet, handles most of the goods that enter the Strip.

How did it become the main crossing?

Israel closed the Karni crossing in June 2007, after Hamas seized Gaza, and shifted commercial traffic south. On June 20, the first trucks were rerouted through Kerem Shalom.

What changed after the war began?

Hamas fighters attacked the crossing on October 7, 2023, and it stayed shut for weeks. Aid trucks returned on December 17, after a deal brokered by Washington.

Israeli protesters blocked the entrance several times in January 2024. The UN said in February that deliveries had fallen by half.

What happens next?

Egypt has proposed a joint monitoring mechanism, which its officials discuss with Israeli counterparts in Cairo on Sunday."""
EXPLAINER_GOLD = [("June 2007", "2007-06"), ("June 20", "2007-06-20"), ("October 7, 2023", "2023-10-07"),
                  ("December 17", "2023-12-17"), ("January 2024", "2024-01"), ("February", "2024-02"),
                  ("Sunday", "2024-02")]

# publication known only to the month: weekdays are placed from the explicit day of the lede
MONTHLY = """Mitchell ends Gulf tour, says Arab support "essential"

RIYADH (AFP) — US envoy George Mitchell held talks with King Abdullah in Riyadh on Tuesday, April 28, at the end of a regional tour that took him to Cairo, Amman and Ramallah.

Mitchell, who met Egyptian President Hosni Mubarak, Jordan's King Abdullah II and Palestinian President Mahmoud Abbas over the weekend, said on Wednesday that Arab support was "essential" for any settlement.

He arrived in the kingdom from Amman on Monday. Saudi Foreign Minister Prince Saud al-Faisal told reporters that the Arab Peace Initiative, first proposed in March 2002, remained on the table.

Mitchell returns to Washington on Thursday and is expected back in the region in June. Israel's new government, sworn in on March 31, has not endorsed a Palestinian state."""
MONTHLY_GOLD = [("Tuesday, April 28", "2009-04-28"), ("Wednesday", "2009-04-29"), ("Monday", "2009-04-27"),
                ("March 2002", "2002-03"), ("Thursday", "2009-04-30"), ("June", "2009-06"), ("March 31", "2009-03-31")]


def test_undated_explainer_as_the_pipeline_reads_it():
    doc = document_from_text("t", EXPLAINER)
    assert infer_published(doc) == ("2024-02", "month")
    doc = document_from_text("t", EXPLAINER, published="2024-02")
    assert [(m.text, m.value) for m in tag(doc) if m.kind == "date"] == EXPLAINER_GOLD


def test_month_anchored_article_places_weekdays_from_the_lede_day():
    doc = document_from_text("t", MONTHLY, published="2009-04")
    assert [(m.text, m.value) for m in tag(doc) if m.kind == "date"] == MONTHLY_GOLD


# a page paste known only to the month: the photo caption's full date places the body's weekdays; a relative
# clause in the present is a scheduled event; a passive announcement is past; a year before 'killed' is a year
PASTE = """Home > News > Region

Sisi and Abdullah host Abbas in Cairo ahead of Arab summit

Egyptian President Abdel Fattah al-Sisi, Jordan's King Abdullah II and Palestinian President Mahmoud Abbas meet at the presidential palace in Cairo, Egypt, Sunday, Jan. 17, 2021. (Photo: Presidency)

CAIRO — The leaders of Egypt, Jordan and the Palestinians met on Sunday to coordinate positions before the new US administration takes office.

The meeting was announced at a news briefing in Amman on Thursday evening by Jordan's foreign minister. Abbas, who addresses the Palestinian Central Council on Wednesday, said he was ready to resume talks.

The last round of negotiations collapsed in 2014. The war in Gaza that summer, in 2014, killed more than 2,200 Palestinians.

Arab foreign ministers will meet in Cairo on Monday."""
PASTE_GOLD = [("Sunday, Jan. 17, 2021", "2021-01-17"), ("Sunday", "2021-01-17"), ("Thursday evening", "2021-01-14TEV"),
              ("Wednesday", "2021-01-20"), ("2014", "2014"), ("that summer", "2014-SU"), ("2014", "2014"),
              ("Monday", "2021-01-18")]


def test_month_anchored_paste_places_weekdays_from_the_caption():
    doc = document_from_text("t", PASTE, published="2021-01")
    assert [(m.text, m.value) for m in tag(doc) if m.kind == "date"] == PASTE_GOLD


# undated: the pipeline infers the lede's day (Oct 21) as a lower bound; a month-day and a weekday just after it are
# read as the story's own days, and the narrative reaches across the paragraph
UNDATED = b"""Gaza aid convoy crosses Rafah after weeks of talks

The first convoy of aid trucks entered Gaza through Rafah on Saturday, October 21, 2023, after days of negotiations between Egypt, Israel and the United States.

UN officials said on Monday that 20 trucks were far from enough. A second convoy crossed on October 22.

The crossing had been closed since Hamas seized the Strip in June 2007. On June 25, Egypt reopened it briefly."""
UNDATED_GOLD = [("Saturday, October 21, 2023", "2023-10-21"), ("Monday", "2023-10-23"), ("October 22", "2023-10-22"),
                ("June 2007", "2007-06"), ("June 25", "2007-06-25")]


def test_undated_article_reads_the_inferred_date_as_a_lower_bound():
    from lib.store.loader import load_bytes
    from lib.store.pipeline import extract_loaded
    ex = extract_loaded(load_bytes("t", UNDATED))
    assert (ex.article.published, ex.article.published_basis) == ("2023-10-21", "inferred")
    assert [(m.text, m.value) for m in ex.mentions if m.kind == "date"] == UNDATED_GOLD


# undated analysis: the inferred date is the text's latest (January 2020), but the month-days of the later
# paragraphs continue the story of March 2019 (the narrative crosses paragraphs under an inferred anchor)
ANALYSIS = b"""Analysis: Why the Baghdad channel ran out of road

When the Iraqi prime minister flew to Tehran on March 3, 2019, officials in both capitals spoke of a new era.

The rocket attack of February 24 had wounded two guards at the embassy. Talks resumed on April 16 in Baghdad, and a second round opened on May 20 with Saudi observers present.

By the following winter the process had stalled. The envoy who had led it resigned in January 2020, and the channel moved to Muscat."""
ANALYSIS_GOLD = [("March 3, 2019", "2019-03-03"), ("February 24", "2019-02-24"), ("April 16", "2019-04-16"),
                 ("May 20", "2019-05-20"), ("January 2020", "2020-01")]


def test_undated_analysis_keeps_the_story_year_across_paragraphs():
    from lib.store.loader import load_bytes
    from lib.store.pipeline import extract_loaded
    ex = extract_loaded(load_bytes("t", ANALYSIS))
    assert (ex.article.published, ex.article.published_basis) == ("2020-01", "inferred")
    assert [(m.text, m.value) for m in ex.mentions if m.kind == "date"] == ANALYSIS_GOLD
