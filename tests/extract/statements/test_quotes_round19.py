"""Who said a quote, round 19, on sentences of our own (lib/extract/statements/{attribution,nearby,verbless,offices}.py
and the office anaphors of speakers.py):

- a quote-only sentence whose speaker the NEXT sentence names: "The remarks came from X", "The comments were made by
  X", "The words were those of X" (``nearby.MESSAGE_OF``);
- "X's office quoted him as saying: “…”", "His office quoted him as saying": the person 'him' is
  (``attribution._quoted_pronoun``);
- words owned by a possessive pronoun before a colon: "His message was blunt: “…”" (``verbless.OWNED_WORDS``);
- a person named by an office or an age: "the top diplomat", "the monarch", "the 58-year-old", "the foreign
  minister" -- the last person that office fits, not merely the last one to speak (``offices.office_antecedent``).
Each with negative cases.
"""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def quoted(text: str, published: str = "2024-03-05"):
    doc = document_from_text("t", "Talks go on\n\n" + text, published=published)
    return [(r.speaker, r.faction, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
            if r.kind in ("direct", "partial")]


def who(text: str, words: str, published: str = "2024-03-05"):
    return [(g[0], g[1]) for g in quoted(text, published) if words in g[2]]


# ---------------------------------------------------------------- the speaker named in the sentence after

@pytest.mark.parametrize("text, words, faction", [
    ("Talks stalled on Monday.\n\n“We will not sign any deal that leaves our people under siege.” The remarks came "
     "from Hamas official Osama Hamdan, speaking in Beirut.", "leaves our people", "Hamas"),
    ("Talks stalled on Monday.\n\n“We will not sign any deal that leaves our people under siege.”\n\nThe words were "
     "those of Egyptian Foreign Minister Sameh Shoukry, who spoke in Cairo.", "leaves our people", "Egypt"),
    ("“The crossing must open today, not next week.” The comments were made by Jordan's foreign minister Ayman Safadi "
     "at a news conference.", "crossing must open", "Jordan"),
    ("“Nobody in this region wants a wider war.” That warning came from Qatar's prime minister on Sunday.",
     "wider war", "Qatar"),
])
def test_speaker_named_in_the_next_sentence(text, words, faction):
    assert [f for _, f in who(text, words)] == [faction], quoted(text)


@pytest.mark.parametrize("text, words", [
    # the next sentence names no one ("came from nowhere"), or a place the remarks came from, or a pronoun
    ("“We will not sign any deal that leaves our people under siege.” The remarks came from nowhere.",
     "leaves our people"),
    ("“We will not sign any deal that leaves our people under siege.” The remarks came from him.", "leaves our people"),
    # a quote inside a sentence with words of its own is no quote-only sentence: the rule does not apply
    ("Protesters held signs reading “We will not sign any deal that leaves our people under siege.” The remarks came "
     "from Hamas official Osama Hamdan.", "leaves our people"),
])
def test_next_sentence_negatives(text, words):
    assert who(text, words) == [], quoted(text)


# ---------------------------------------------------------------- "his office quoted him as saying"

@pytest.mark.parametrize("text, words, faction", [
    ("Israeli Prime Minister Benjamin Netanyahu met the families on Tuesday. His office quoted him as saying: “We will "
     "bring every one of them home.”", "bring every one", "Israel"),
    ("Turkish President Recep Tayyip Erdogan's office quoted him as saying that “Turkey will not stay silent in the face "
     "of this massacre.”", "stay silent", "Turkey"),
    ("Jordanian Foreign Minister Ayman Safadi spoke to his Iranian counterpart. State media quoted him as saying: "
     "“Jordan will not be a battlefield for anyone.”", "battlefield", "Jordan"),
])
def test_quoted_him_as_saying(text, words, faction):
    assert [f for _, f in who(text, words)] == [faction], quoted(text)


@pytest.mark.parametrize("text, words, faction", [
    # the one quoted is named: not the owner of the office that quotes
    ("Erdogan's office quoted Foreign Minister Hakan Fidan as saying: “Turkey will not stay silent in the face of "
     "this massacre.”", "stay silent", "Turkey"),
    # no 'him': a witness is of no faction, the agency is not the speaker
    ("Reuters quoted a witness as saying: “The shelling went on all night in the camp.”", "shelling went on", None),
])
def test_quoted_as_negatives(text, words, faction):
    assert [f for _, f in who(text, words)] == ([faction] if faction else []), quoted(text)


# ---------------------------------------------------------------- a possessive pronoun owns the words before a colon

@pytest.mark.parametrize("text, words, faction", [
    ("Saudi Foreign Minister Prince Faisal bin Farhan spoke to reporters in Riyadh. His message was blunt: “There will "
     "be no normalisation without a Palestinian state.”", "no normalisation", "Saudi Arabia"),
    ("Hamas leader Ismail Haniyeh said the group had agreed. Israel's response, however, was dismissive: “This is a "
     "ploy designed to sabotage the operation in Rafah.”", "ploy designed", "Israel"),
])
def test_possessive_before_colon(text, words, faction):
    assert [f for _, f in who(text, words)] == [faction], quoted(text)


@pytest.mark.parametrize("text, words", [
    # a possessive with no words noun after it: "His car was hit:" is no speech
    ("A Gaza resident described the strike. His car was hit: “the windows shattered and the doors flew off.”",
     "windows shattered"),
])
def test_possessive_before_colon_negatives(text, words):
    assert who(text, words) == [], quoted(text)


# ---------------------------------------------------------------- an office or an age for a person named before

@pytest.mark.parametrize("text, words, name", [
    # the last person whose title fits, not the last one to speak
    ("Defence Minister Yoav Gallant visited the north. Prime Minister Benjamin Netanyahu said the army was ready.\n\n"
     "“We will restore calm to the border communities,” the minister said.", "restore calm", "Yoav Gallant"),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Beirut on Friday.\n\n“The resistance will decide how "
     "to respond to the crimes of the occupation,” the top diplomat told reporters.", "resistance will decide",
     "Hossein Amir-Abdollahian"),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Beirut on Friday.\n\n“The resistance will decide how "
     "to respond to the crimes of the occupation,” the 59-year-old told reporters.", "resistance will decide",
     "Hossein Amir-Abdollahian"),
    ("Jordan's King Abdullah II received Blinken in Amman on Sunday. Blinken said Washington wanted calm.\n\n“The war "
     "must end now before it spreads across the region,” the monarch said.", "war must end", "King Abdullah II"),
    ("Saudi Crown Prince Mohammed bin Salman met Blinken in Riyadh.\n\n“The kingdom stands with the Palestinian "
     "people,” the crown prince said.", "kingdom stands", "Mohammed bin Salman"),
])
def test_office_anaphor_points_to_the_person_who_holds_it(text, words, name):
    assert [n for n, _ in who(text, words)] == [name], quoted(text)


@pytest.mark.parametrize("text, words, name", [
    # "the minister" is no prime minister: with no other minister named, the last person speaking (as 'he')
    ("Prime Minister Benjamin Netanyahu spoke in the Knesset on Monday.\n\n“We will restore calm to the border "
     "communities,” the minister said.", "restore calm", "Benjamin Netanyahu"),
    # the office fits the last speaker: no search further back
    ("Egyptian Foreign Minister Sameh Shoukry met Jordanian Foreign Minister Ayman Safadi. Safadi said Jordan backed "
     "Egypt.\n\n“We will keep working together,” the minister said.", "keep working", "Ayman Safadi"),
])
def test_office_anaphor_negatives(text, words, name):
    assert [n for n, _ in who(text, words)] == [name], quoted(text)


# ---------------------------------------------------------------- a group's possessive before a person it lacks

@pytest.mark.parametrize("text, words, faction", [
    ("Islamic Jihad's Khaled al-Batsh said the group considered the conference “a conspiracy against the rights of "
     "our people.”", "a conspiracy against", "Palestinian Islamic Jihad"),
    ("“The conference is a conspiracy against the rights of our people,” Islamic Jihad's Khaled al-Batsh said.",
     "conspiracy against", "Palestinian Islamic Jihad"),
    ("Hezbollah's Mahmoud Qmati said: “The resistance will not be dragged into a war on the enemy's timetable.”",
     "dragged into a war", "Hezbollah"),
])
def test_group_possessive_names_a_member(text, words, faction):
    assert [f for _, f in who(text, words)] == [faction], quoted(text)


@pytest.mark.parametrize("text, words", [
    # what a group owns that is no person: an outlet, a body (no member speaking)
    ("Israel's Channel Twelve said: “The cabinet will meet again on Sunday night to vote on the deal.”", "cabinet will"),
    ("Hamas' Political Bureau said: “The movement will study the proposal and answer the mediators soon.”",
     "will study"),
])
def test_group_possessive_negatives(text, words):
    assert [sp for sp, _ in who(text, words) if sp not in ("Hamas",)] == [], quoted(text)


# ---------------------------------------------------------------- a later reference by honorific and surname

@pytest.mark.parametrize("text, words, name", [
    ("Foreign Minister Penny Wong said Australia welcomed any step. “We encourage both countries to use this agreement "
     "to bring lasting peace to Yemen,” Senator Wong said in Canberra.", "encourage both", "Penny Wong"),
    ("Foreign Minister Penny Wong said Australia welcomed any step. “We encourage both countries to use this agreement "
     "to bring lasting peace to Yemen,” said Senator Wong.", "encourage both", "Penny Wong"),
    ("Defence Minister Yoav Gallant toured the north.\n\nMinister Gallant said: “We will restore calm to the border "
     "communities whatever it takes.”", "restore calm", "Yoav Gallant"),
])
def test_honorific_and_surname_point_to_the_person_named_before(text, words, name):
    assert [n for n, _ in who(text, words)] == [name], quoted(text)


@pytest.mark.parametrize("text, words", [
    # a surname no one before bears: no speaker of known side
    ("Foreign Minister Penny Wong said Australia welcomed any step. “We encourage both countries to use this agreement "
     "to bring lasting peace to Yemen,” Senator Smith said in Canberra.", "encourage both"),
    # capitalised words that are no honorific ("Channel Wong") are no later reference
    ("Foreign Minister Penny Wong said Australia welcomed any step. “We encourage both countries to use this agreement "
     "to bring lasting peace to Yemen,” Channel Wong said in Canberra.", "encourage both"),
])
def test_honorific_and_surname_negatives(text, words):
    assert who(text, words) == [], quoted(text)


# ---------------------------------------------------------------- an office with a nationality, the head of state

@pytest.mark.parametrize("text, words, name", [
    ("Saudi Crown Prince Mohammed bin Salman attended the signing.\n\n“This agreement will open a new era of stability "
     "in Yemen,” the Saudi Crown Prince said.", "new era", "Mohammed bin Salman"),
    ("King Salman bin Abdulaziz Al Saud, King of the Kingdom of Saudi Arabia, spoke first. “The Kingdom supports all "
     "efforts for a political solution in Syria that preserves its unity,” the Saudi monarch added.", "Kingdom supports",
     "King Salman (Salman bin Abdulaziz Al Saud)"),
    ("President of the Republic Beji Caid Essebsi opened the summit on Sunday.\n\n“Our meeting today is held at a "
     "delicate moment in the history of our nation,” the Head of State said.", "delicate moment", "Beji Caid Essebsi"),
])
def test_office_with_nationality_or_head_of_state(text, words, name):
    assert [n for n, _ in who(text, words)] == [name], quoted(text)


@pytest.mark.parametrize("text, words", [
    # a nationality no person named before holds: no one (not the last person speaking)
    ("Egyptian President Abdel Fattah al-Sisi met Blinken.\n\n“Our meeting today is held at a delicate moment in the "
     "history of our nation,” the Jordanian monarch said.", "delicate moment"),
])
def test_office_with_nationality_negatives(text, words):
    assert [f for _, f in who(text, words) if f == "Egypt"] == [], quoted(text)


# ---------------------------------------------------------------- someone named by a relation to a person before

@pytest.mark.parametrize("text, words, faction", [
    ("Palestinian President Mahmoud Abbas arrived in Sharm El-Sheikh. A member of his delegation told reporters: “The "
     "Palestinian Authority is ready to assume its full responsibilities in Gaza.”", "ready to assume",
     "Palestinian Authority"),
    ("Palestinian President Mahmoud Abbas arrived in Cairo. “We will not accept any deal that leaves Gaza under "
     "occupation,” an aide to the president told reporters.", "leaves Gaza", "Palestinian Authority"),
    ("Palestinian President Mahmoud Abbas arrived in Cairo. “We will not accept any deal that leaves Gaza under "
     "occupation,” said a source close to him.", "leaves Gaza", "Palestinian Authority"),
])
def test_relation_to_a_person_before(text, words, faction):
    assert [f for _, f in who(text, words)] == [faction], quoted(text)


@pytest.mark.parametrize("text, words", [
    # a member of a crowd, an aide to no one named: no side
    ("Palestinian President Mahmoud Abbas arrived in Cairo. A member of the crowd told reporters: “We waited here all "
     "day to see him and we will wait again tomorrow.”", "waited here"),
    ("Crowds gathered in Cairo on Monday. “We will not accept any deal that leaves Gaza under occupation,” an aide to "
     "the president told reporters.", "leaves Gaza"),
])
def test_relation_negatives(text, words):
    assert who(text, words) == [], quoted(text)


# ---------------------------------------------------------------- an office anaphor after someone introduced unnamed

@pytest.mark.parametrize("text, words, expected", [
    # "A Gulf diplomat ... the diplomat said": the unnamed diplomat (of no known side here), not the minister before
    ("Foreign Minister Prince Faisal bin Farhan told a panel in Riyadh that talks were close.\n\nA Gulf diplomat in "
     "Riyadh told Al-Monitor that leaders were in no hurry. “Two years ago they would have accepted a vague commitment. "
     "After Gaza, that is impossible,” the diplomat said.", "Two years ago", []),
    ("Foreign Minister Prince Faisal bin Farhan told a panel in Riyadh that talks were close. A senior Israeli "
     "diplomat told Al-Monitor that Israel was in no hurry. “Two years ago they would have accepted a vague commitment. "
     "After Gaza, that is impossible,” the diplomat said.", "Two years ago", ["Israel"]),
    # an apposition describes the one named: still the minister
    ("Foreign Minister Prince Faisal bin Farhan, a veteran diplomat, told a panel in Riyadh that talks were close. “Two "
     "years ago they would have accepted a vague commitment. After Gaza, that is impossible,” the diplomat said.",
     "Two years ago", ["Saudi Arabia"]),
])
def test_office_anaphor_after_an_unnamed_introduction(text, words, expected):
    assert [f for _, f in who(text, words)] == expected, quoted(text)
