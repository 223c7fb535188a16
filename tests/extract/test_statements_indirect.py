"""Statements, issue #14: states and institutions as speakers of indirect speech, joint speakers (one row per
faction), reported-through speech (a relay column), the speaker as written, and the stance evidence span."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def rows(text: str, published: str = "2021-05-23"):
    doc = document_from_text("t", text, published=published)
    return S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))


def brief(text: str, published: str = "2021-05-23"):
    return [(r.speaker, r.faction, r.quote) for r in rows(text, published) if r.kind == "indirect"]


# ---------------------------------------------------------------- states and institutions: "X said <clause>"

@pytest.mark.parametrize("text, expected", [
    ("Israel said technical failures were to blame for the deaths.",
     [("Israel", "Israel", "technical failures were to blame for the deaths")]),
    ("Israel said it would not seek to start new construction beyond the latest announcement.",
     [("Israel", "Israel", "it would not seek to start new construction beyond the latest announcement")]),
    # a second statement in the same sentence, after the first one's clause ends
    # (speech inside the reporter's 'after' clause stays a statement; only an act there is background)
    ("The PA condemned the decision to expand settlements, but agreed to hold off after Israel said it would not "
     "seek new construction.",
     [("PA", "Palestinian Authority", "condemned the decision to expand settlements"),
      ("Israel", "Israel", "it would not seek new construction")]),
    ("Egypt's foreign ministry said in a statement the Rafah crossing would remain open for the wounded.",
     [("Egypt's foreign ministry (statement)", "Egypt", "the Rafah crossing would remain open for the wounded")]),
    ("Qatar said on Sunday it was ready to host a new round of talks.",
     [("Qatar", "Qatar", "it was ready to host a new round of talks")]),
    # a person's reported clause, about his side or another party
    ("Foreign Minister Sameh Shoukry said Cairo would not allow the crossing to be used to push Gazans out.",
     [("Sameh Shoukry", "Egypt", "Cairo would not allow the crossing to be used to push Gazans out")]),
    ("Hamas spokesman Hazem Qassem said they will not accept any deal without a full withdrawal.",
     [("Hazem Qassem", "Hamas", "they will not accept any deal without a full withdrawal")]),
    # the reported clause begins at the first 'that'
    ("Secretary Blinken met the emir. The Secretary stressed that Hamas must accept the deal that is on the table.",
     [("Antony Blinken", "United States", "Hamas must accept the deal that is on the table")]),
    # a second verb coordinated with the first shares its subject (a second row when the clauses are of unlike
    # length; of like length one row: ``clauses._runs_on``)
    ("Netanyahu's office said the proposal was far from Israel's demands, but added that the country would send a "
     "delegation of senior security officials to Cairo on Monday to discuss the release of the hostages and the "
     "terms of the ceasefire.",
     [("Netanyahu's office", "Israel", "the proposal was far from Israel's demands"),
      ("Netanyahu's office", "Israel", "the country would send a delegation of senior security officials to Cairo on "
       "Monday to discuss the release of the hostages and the terms of the ceasefire")]),
    ("Netanyahu's office said the proposal was far from Israel's demands, but added that the country would send a "
     "delegation to Cairo.",
     [("Netanyahu's office", "Israel", "the proposal was far from Israel's demands, but added that the country would "
       "send a delegation to Cairo")]),
])
def test_state_said_clause_without_that(text, expected):
    assert brief(text) == expected


@pytest.mark.parametrize("text", [
    "Israel's army said it had struck 50 targets across the Strip overnight.",   # a past action: a fact report
    "The Israeli military said rockets were fired from Gaza at Sderot.",         # a passive: a fact report
    "Israel said it carried out the strike on the camp.",                        # a past action
    "Foreign Minister Sameh Shoukry said Britain offered naval help last year.",  # a past action: a fact report
    "Israel said on Sunday.",                                                    # no clause
    "Qatar said the plan contained positive elements and more.",                 # 'plan' is no verb here
])
def test_no_statement_from_a_bare_clause(text):
    assert brief(text) == []


# ---------------------------------------------------------------- joint speakers: one row per faction

def test_joint_speaker_gives_one_row_per_faction_with_a_shared_group():
    got = rows("The U.S. and Israel have said they will only negotiate with Hamas if it renounces violence.",
               "2006-11-16")
    assert [r.faction for r in got] == ["United States", "Israel"]
    assert len({r.statement_id for r in got}) == 2
    assert got[0].statement_group and got[0].statement_group == got[1].statement_group
    assert {r.speaker_text for r in got} == {"U.S. and Israel"}
    assert {r.quote for r in got} == {"they will only negotiate with Hamas if it renounces violence"}


def test_single_speaker_has_no_group():
    (r,) = rows("Israel said technical failures were to blame for the deaths.")
    assert r.statement_group == "" and r.relayed_by == ""


# ---------------------------------------------------------------- reported-through speech

@pytest.mark.parametrize("text, expected", [
    ("Egyptian Foreign Minister Sameh Shoukry met envoys. Egypt's foreign ministry spokesman, Ambassador Ahmed "
     "Hafez, said Shoukry stressed the need to consolidate the ceasefire by stopping all provocations.",
     ("Sameh Shoukry", "Egypt", "Ahmed Hafez", "the need to consolidate the ceasefire by stopping all provocations")),
    ("Egyptian Foreign Minister Sameh Shoukry met envoys. Spokesman Ahmed Hafez said Shoukry called for an "
     "immediate end to the raids on Jenin.",
     ("Sameh Shoukry", "Egypt", "Ahmed Hafez", "called for an immediate end to the raids on Jenin")),
])
def test_relayed_speech_is_the_inner_speakers(text, expected):
    got = [(r.speaker, r.faction, r.relayed_by, r.quote) for r in rows(text) if r.kind == "indirect"]
    assert got == [expected]


def test_no_relay_when_the_inner_subject_does_not_speak():
    text = ("Egyptian Foreign Minister Sameh Shoukry met envoys. Spokesman Ahmed Hafez said that Shoukry was "
            "determined to consolidate the ceasefire in Gaza.")
    got = [(r.speaker, r.relayed_by) for r in rows(text) if r.kind == "indirect"]
    assert got == [("Ahmed Hafez", "")]


# ---------------------------------------------------------------- the speaker as written, the stance evidence

@pytest.mark.parametrize("text, speaker, speaker_text", [
    ("“Our choice is to escalate the resistance,” Mussa Abu Marzouk said.", "Mousa Abu Marzouk",
     "Mussa Abu Marzouk"),
    ("“We reject the plan outright,” Hamas said on Sunday.", "Hamas", "Hamas"),
])
def test_speaker_text_is_the_texts_spelling(text, speaker, speaker_text):
    (r,) = rows(text, "2023-03-19")
    assert (r.speaker, r.speaker_text) == (speaker, speaker_text)


@pytest.mark.parametrize("text, evidence", [
    ("“We reject the plan outright,” Hamas said on Sunday.", "reject"),
    ("Jordan’s foreign ministry condemned the raid on the camp in Jenin.", "condemned"),
    ("“The talks went on until late,” Hamas said on Sunday.", ""),
])
def test_stance_evidence_span(text, evidence):
    doc = document_from_text("t", text, published="2023-03-19")
    (r,) = S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
    assert doc.text[r.stance_start:r.stance_end] == evidence


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["Israel ", "The U.S. and Israel ", "have ", "said ", "it would ", "they will ",
                                 "Shoukry ", "stressed ", "Hafez ", "technical failures were ", "to blame ", "not ",
                                 "reject ", "“", "”", ", but ", ". ", "\n\n", "on Sunday ", "that ", "had struck ",
                                 "@IsraelMFA: ", "IDF spokesman: ", "— ", "10:05am: ", "I condemn ", ", Biden says",
                                 "x" * 50 + "\n"]),
                max_size=40).map("".join))
def test_indirect_rules_never_raise_and_spans_hold(text):
    doc = document_from_text("t", text, published="2021-05-23")
    got = S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
    assert len({r.statement_id for r in got}) == len(got)
    for r in got:
        assert doc.text[r.start:r.end] == r.sentence
        assert doc.text[r.quote_start:r.quote_end] == r.quote
        assert 0 <= r.stance_start <= r.stance_end <= len(doc.text)
        assert "; " not in r.faction and r.kind in S.KINDS
        if r.statement_group:
            assert sum(x.statement_group == r.statement_group for x in got) >= 2


# ---------------------------------------------------------------- hard-wrapped text

WRAPPED = """Abbas rejects plan

The Palestinian president, Mahmoud Abbas, has rejected the US plan,
saying Jerusalem was not for sale, a day after it was unveiled at the
White House on Tuesday by the two leaders in front of reporters.

"After the nonsense that we heard today we say a thousand no's to the
deal of the century," Abbas said.

"We will not kneel and we will not surrender. Our rights are not for
sale," he added in a speech that was broadcast live from Ramallah.

The Israeli prime minister, Benjamin Netanyahu, said he would bring
the plan to the cabinet for approval within days of the announcement.

"There is no time to wait for the war to end before we act," Abbas
told the delegates. "The international community must not let
Gaza be abandoned."
"""


def test_quotes_and_clauses_across_hard_line_breaks():
    got = [(r.speaker, r.quote.replace("\n", " ")) for r in rows(WRAPPED, "2020-01-29")]
    assert ("Mahmoud Abbas", "After the nonsense that we heard today we say a thousand no's to the deal of the "
                             "century") in got
    assert ("Mahmoud Abbas", "We will not kneel and we will not surrender. Our rights are not for sale") in got
    assert ("Benjamin Netanyahu", "he would bring the plan to the cabinet for approval within days of the "
                                  "announcement") in got
    assert ("Mahmoud Abbas", "The international community must not let Gaza be abandoned.") in got


def test_wrapped_line_after_the_body_began_is_no_headline():
    from dataclasses import replace

    from lib.extract.reading import unwrapped
    from lib.models import Region
    doc = document_from_text("t", WRAPPED, published="2020-01-29")
    line = WRAPPED.index('told the delegates. "The international')
    # a line-based region finder may take a wrapped line that ends without punctuation for a headline
    fake = replace(doc, regions=(*doc.regions, Region(line, WRAPPED.index("\n", line), "headline", "short line")))
    quote = WRAPPED.index('"The international') + 1
    assert unwrapped(fake).sentence_at(quote).region == "body"
    assert unwrapped(fake).sentence_at(0).region == "headline"  # the article's own headline stays one


@pytest.mark.parametrize("text", [
    # one line per paragraph (the usual layout): nothing is joined
    "Hamas said it rejects the plan.\nIsrael said it would respond.\nEgypt said talks would go on.\n"
    "Qatar said it was ready to host talks.\nJordan said the crossing would stay open.\nThe UN said aid must flow.",
    # a liveblog: short entry lines followed by long bodies
    "14:32 GMT\nHamas says it has accepted the Egyptian proposal for a truce in Gaza " + "x" * 120 + "\n14:10 GMT\n"
    "Israel says it will study the response " + "y" * 150 + "\n13:50 GMT\nShort.\n13:40 GMT\nShort again.",
])
def test_unwrapped_leaves_paragraph_lines_alone(text):
    from lib.extract.reading import _wrapped_breaks
    assert _wrapped_breaks(text) == []


# ---------------------------------------------------------------- statements without quotation marks

LIVE = """Live: Iran attacks Israel

1:45 am

@IsraelMFA: Iran's attack is a serious escalation of the conflict.

3:10 am

IDF spokesman: We will respond at the time of our choosing

— Qatar's spokesman: The mediation succeeded after weeks of intensive negotiations.

I condemn these attacks in the strongest possible terms, Biden says.

Update: the airspace reopened at 7 am.

Residents: We were woken by the sirens at night.

@jsmith99: what a night for all of us here
"""


def test_unmarked_statements_and_how_they_were_recognised():
    got = [(r.faction, r.kind, r.quote) for r in rows(LIVE, "2024-04-14")]
    assert ("Israel", "post", "Iran's attack is a serious escalation of the conflict.") in got
    assert ("Israel", "label", "We will respond at the time of our choosing") in got
    assert ("Qatar", "label", "The mediation succeeded after weeks of intensive negotiations.") in got
    assert ("United States", "unmarked", "I condemn these attacks in the strongest possible terms") in got
    # a label that is no speaker, a speaker of no faction, a handle that names none, the article's own headline
    assert not any(q.startswith(("the airspace", "We were woken", "what a night", "Iran attacks")) for _, _, q in got)


@pytest.mark.parametrize("handle, faction", [("IsraelMFA", "Israel"), ("Iran_UN", "Iran"), ("QatarMOFA", "Qatar"),
                                             ("jsmith99", ""), ("BreakingNews", "")])
def test_handle_faction(handle, faction):
    from lib.extract.statements.unmarked import handle_faction
    assert handle_faction(handle) == faction


def test_headline_label_is_no_statement():
    assert rows("Hamas: We reject the plan outright\n\nThe talks went on.", "2024-04-14") == []


# ---------------------------------------------------------------- offices and unnamed sources

@pytest.mark.parametrize("text, published, expected", [
    # an office by relation: the holder of the same office for that faction on the article's date
    ("Israeli Foreign Minister Gabi Ashkenazi phoned Cairo. His Egyptian counterpart, for his part, stressed the "
     "need to consolidate the truce in Gaza.", "2021-05-21",
     [("Sameh Shoukry", "Egypt", "His Egyptian counterpart")]),
    # the same words years earlier name whoever held the office then
    ("Israeli Foreign Minister Tzipi Livni phoned Cairo. His Egyptian counterpart stressed the need to reach a "
     "truce in Gaza.", "2008-12-30", [("Ahmed Aboul Gheit", "Egypt", "His Egyptian counterpart")]),
])
def test_counterpart_resolves_through_dated_roles(text, published, expected):
    got = [(r.speaker, r.faction, r.speaker_text) for r in rows(text, published) if r.faction == "Egypt"]
    assert got == expected


def test_named_counterpart_is_the_name():
    text = "Shoukry received his Israeli counterpart, Gabi Ashkenazi, who called for serious negotiations now."
    got = [(r.speaker, r.faction) for r in rows(text, "2021-05-21")]
    assert got == [("Gabi Ashkenazi", "Israel")]


@pytest.mark.parametrize("text, expected", [
    ("Palestinian sources said the talks would resume on Sunday in Cairo.", []),   # no invented faction
    ("Arab diplomats said the talks would resume on Sunday in Cairo.", []),
    ("Diplomats said the talks would resume on Sunday in Cairo.", []),
    ("Israeli sources said the talks would resume on Sunday in Cairo.", ["Israel"]),  # a state's own side
    ("A senior Hamas official said the talks would resume on Sunday in Cairo.", ["Hamas"]),
])
def test_unnamed_sources_keep_no_invented_faction(text, expected):
    assert [r.faction for r in rows(text, "2023-11-22")] == expected


# ---------------------------------------------------------------- short quoted phrases: speech or scare quotes

@pytest.mark.parametrize("text, expected", [
    ("Hamas described the plan as “aggressive” on Tuesday.", [("Hamas", "aggressive")]),
    ("Abbas called the plan “a conspiracy” in Ramallah.", [("Mahmoud Abbas", "a conspiracy")]),
    ("Hamas called for a “full and lasting” truce in Gaza on Monday.", [("Hamas", "full and lasting")]),
    ("The army entered the so-called “buffer zone” on Monday.", []),                       # scare quotes
    ("Jordan urged Israel to respect the “status quo” at the holy sites.", []),          # not the act's object
])
def test_short_quoted_phrases(text, expected):
    got = [(r.speaker, r.quote) for r in rows(text, "2020-01-29") if r.kind in ("direct", "partial")]
    assert got == expected


@pytest.mark.parametrize("text, stance", [
    ("Hamas said it had accepted the Egyptian proposal for a truce in Gaza.", "agree"),
    ("Egypt said Israel had agreed to open the Rafah crossing for the wounded.", "neutral"),   # another party's act
    ("Qatar said Israel and Hamas have agreed to a four-day pause in Gaza.", "neutral"),
    ("Israel said it would respond to the attack at a time of its choosing.", "threat"),
    ("Blinken stressed that Hamas must accept the deal that is on the table.", "demand"),  # the next cue
])
def test_stance_reads_the_cue_with_its_subject(text, stance):
    (r,) = rows(text, "2023-11-22")
    assert r.stance == stance
