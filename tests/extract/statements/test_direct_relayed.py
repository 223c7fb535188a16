"""Who said a quote (lib/extract/statements/direct.py), round 17, on sentences of our own in the styles of many
outlets:

- an agency or paper that quotes someone "as saying": the one quoted speaks, not the agency (QUOTED_AS); "as X put
  it" (AS_PUT_IT); words owned before a colon ("Qatar's message was clear: “…”", OWNED_WORDS); an inverted subject
  after where and when ("said in Rabat on Thursday Minister X");
- an office held at a post of another side, with no comma before the holder's name ("Jordan's ambassador to the UN
  Mahmoud Hmoud said"): the post (the UN) is where the office is held, the owner (Jordan) is whose it is
  (the actor finder's diplomatic post after a title, ``titles.POSTED_TO``).
Each with negative cases."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def quoted(text: str, published: str):
    doc = document_from_text("t", "Talks go on\n\n" + text, published=published)
    return [(r.speaker, r.faction, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
            if r.kind in ("direct", "partial")]


def who(text: str, published: str, words: str):
    return [(g[0], g[1]) for g in quoted(text, published) if words in g[2]]


# ---------------------------------------------------------------- "WAM quoted X as saying: “…”"

@pytest.mark.parametrize("text, published, words, faction", [
    ("State news agency WAM quoted President Mohamed bin Zayed as saying: “The UAE will keep sending aid by land, sea "
     "and air for as long as it is needed.”", "2023-11-25", "keep sending aid", "United Arab Emirates"),
    ("The official news agency quoted Egyptian Foreign Minister Sameh Shoukry as saying that Cairo “will never accept "
     "the displacement of Palestinians into Sinai.”", "2023-11-25", "never accept the displacement", "Egypt"),
    ("“Egypt will keep the crossing open for as long as the trucks need it,” the state news agency MENA quoted Egyptian "
     "Foreign Minister Sameh Shoukry as saying.", "2023-11-25", "keep the crossing open", "Egypt"),
    # an apposition between the one quoted and 'as saying'
    ("The Saudi Press Agency quoted Prince Faisal bin Farhan, the kingdom's foreign minister, as saying: “The kingdom "
     "will not establish relations without a Palestinian state.”", "2024-02-08", "will not establish relations",
     "Saudi Arabia"),
    ("Al-Manar quoted Hezbollah leader Hassan Nasrallah as having said: “Every option is open on the southern "
     "front.”", "2023-11-03", "Every option is open", "Hezbollah"),
])
def test_the_one_quoted_as_saying_speaks(text, published, words, faction):
    assert [f for _, f in who(text, published, words)] == [faction], quoted(text, published)


@pytest.mark.parametrize("text, published, words, faction", [
    # no 'as saying': the subject speaks
    ("Qatar's foreign ministry said: “The talks with Hamas and Israel will continue in Doha next week.”",
     "2024-02-10", "talks with Hamas", "Qatar"),
    # a quote whose verb is not the quoting one: the subject of 'said' speaks
    ("Egyptian Foreign Minister Sameh Shoukry, who was quoted widely last week, said: “The crossing was never "
     "closed from the Egyptian side.”", "2024-02-10", "never closed", "Egypt"),
])
def test_quoted_as_negatives(text, published, words, faction):
    assert [f for _, f in who(text, published, words)] == [faction], quoted(text, published)


# ---------------------------------------------------------------- "Jordan's ambassador to the UN Mahmoud Hmoud said"

@pytest.mark.parametrize("text, published, words, speaker, faction", [
    ("“The council cannot stay silent while civilians starve,” Jordan's ambassador to the UN Mahmoud Hmoud said on "
     "Wednesday.", "2024-02-14", "cannot stay silent", "Mahmoud Hmoud", "Jordan"),
    ("Algeria's ambassador to the UN Amar Bendjama said: “The council must act before Rafah becomes a graveyard.”",
     "2024-02-14", "must act before Rafah", "Amar Bendjama", "Algeria"),
    ("“We ask the council to vote on Friday,” the Algerian envoy to the United Nations told reporters.",
     "2024-02-14", "vote on Friday", "envoy", "Algeria"),
    ("“The kingdom will not normalise without a Palestinian state,” Saudi Arabia's ambassador to the United States "
     "Reema bint Bandar said.", "2024-02-14", "will not normalise", "Reema bint Bandar", "Saudi Arabia"),
])
def test_an_office_at_a_post_is_its_owners(text, published, words, speaker, faction):
    got = who(text, published, words)
    assert len(got) == 1 and got[0][1] == faction and speaker.split()[-1] in got[0][0], quoted(text, published)


@pytest.mark.parametrize("text, published, words, faction", [
    # the post's own side holds the office: "the UN envoy to Yemen" is the UN's
    ("“All parties must return to the table in Muscat,” the UN envoy to Yemen said.", "2024-02-14",
     "return to the table", "United Nations"),
    # the name before the office is a person of a side: still that side
    ("“The council must act,” Gilad Erdan, Israel's ambassador to the UN, said.", "2024-02-14", "council must act",
     "Israel"),
    # 'to' after a verb, not an office: the subject speaks
    ("“We will respond,” Iran said in a message to the UN on Sunday.", "2024-02-14", "We will respond", "Iran"),
])
def test_an_office_at_a_post_negatives(text, published, words, faction):
    assert [f for _, f in who(text, published, words)] == [faction], quoted(text, published)


# ---------------------------------------------------------------- "“…,” said in Rabat on Thursday Minister X"

@pytest.mark.parametrize("text, published, words, faction", [
    # an agency's inverted subject after where and when (more words than the usual window)
    ("“Egypt supports every effort for a lasting ceasefire and the delivery of aid,” said in a press conference in "
     "Cairo on Thursday Egyptian Foreign Minister Sameh Shoukry.", "2024-03-07", "supports every effort", "Egypt"),
    ("“Jordan will keep its airspace closed to any party in this conflict,” said on Sunday at the end of a meeting of "
     "regional foreign ministers Jordanian Foreign Minister Ayman Safadi.", "2024-04-14",
     "keep its airspace closed", "Jordan"),
])
def test_an_inverted_subject_after_where_and_when(text, published, words, faction):
    assert [f for _, f in who(text, published, words)] == [faction], quoted(text, published)


@pytest.mark.parametrize("text, published, words, faction", [
    # the usual short window keeps the side named in it ("said in Tehran" is no speaker; Iran's ministry is)
    ("“The region cannot afford another war,” said Iran's foreign ministry in a statement on Thursday in Tehran after "
     "talks with the Omani envoy Badr Albusaidi.", "2024-04-14", "cannot afford another war", "Iran"),
    # where and when with no one after them: no speaker
    ("Hamas officials met in Doha. “We have received nothing new from the mediators this week,” said in a "
     "statement on Thursday in the evening.", "2024-04-14", "received nothing new", None),
])
def test_inverted_subject_negatives(text, published, words, faction):
    got = [f for _, f in who(text, published, words)]
    assert got == ([faction] if faction else []) or (faction is None and got == ["Hamas"]), quoted(text, published)


# ---------------------------------------------------------------- "as X put it, “…”" / "“…,” as X put it"

@pytest.mark.parametrize("text, published, words, faction", [
    ("The talks, as Egyptian President Abdel Fattah al-Sisi put it, “have reached a decisive moment for the whole "
     "region.”", "2024-02-15", "decisive moment", "Egypt"),
    ("“We are not there yet,” as Qatar's prime minister Mohammed bin Abdulrahman Al Thani put it on Sunday.",
     "2024-02-15", "not there yet", "Qatar"),
    ("As Jordan's King Abdullah II put it bluntly, “there is no military solution to this conflict.”", "2024-02-15",
     "no military solution", "Jordan"),
])
def test_as_x_put_it(text, published, words, faction):
    assert [f for _, f in who(text, published, words)] == [faction], quoted(text, published)


@pytest.mark.parametrize("text, published, words, faction", [
    # 'put it' as a plain verb of a clause: the quote's own attribution speaks
    ("Egypt put it on the table at the talks, and “the proposal remains open for the coming days,” Hamas said.",
     "2024-02-15", "remains open", "Hamas"),
    # 'as X put it' far before the quote, another clause between: the later speaker
    ("As Israel put it last week, the offer was final; on Monday Qatar's foreign ministry said: “Talks will resume "
     "in Doha on Tuesday with all parties present.”", "2024-02-15", "Talks will resume", "Qatar"),
])
def test_as_x_put_it_negatives(text, published, words, faction):
    assert [f for _, f in who(text, published, words)] == [faction], quoted(text, published)


# ---------------------------------------------------------------- "Qatar's message was clear: “…”"

@pytest.mark.parametrize("text, published, words, faction", [
    ("Qatar's message was clear: “Mediation cannot succeed while the bombing continues.”", "2024-01-20",
     "Mediation cannot succeed", "Qatar"),
    ("Hamas's answer was short: “No deal without a complete withdrawal from Gaza.”", "2024-01-20",
     "No deal without", "Hamas"),
])
def test_words_owned_before_a_colon(text, published, words, faction):
    assert [f for _, f in who(text, published, words)] == [faction], quoted(text, published)


@pytest.mark.parametrize("text, published, words, faction", [
    # the owner is no side: no speaker ('question' is no speaker's word either)
    ("The reporter's question was simple: “Will Israel accept the proposal or not?”", "2024-01-20",
     "Israel accept the proposal", None),
    # an attribution after the quote wins
    ("Egypt's message was clear: “No one will be pushed into Sinai,” Hamas official Osama Hamdan said.",
     "2024-01-20", "pushed into Sinai", "Hamas"),
])
def test_words_owned_negatives(text, published, words, faction):
    assert [f for _, f in who(text, published, words)] == ([faction] if faction else []), quoted(text, published)
