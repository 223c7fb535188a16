"""Speaker names: a joint document a collective speaks in, the document a quote is read from, and offices named
without a name ("IDF spokesman: …") resolved to their one holder on the article's date."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def speakers(text: str, published: str):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))]


@pytest.mark.parametrize("text, published, expected", [
    # a collective speaking in a joint statement is named with it
    ("Egypt, Qatar and the United States met in Doha.\n\n\"The talks were constructive and will go on next "
     "week,\" the three countries said in a joint statement.", "2024-08-16",
     [("the three countries of Egypt, Qatar and United States (joint statement)", "Egypt; Qatar; United States")]),
    # "the statement said" with no issuer: the last speaker, named with the document
    ("Jordan and Egypt said on Monday that the crossings must reopen.\n\n\"Aid must reach Gaza without delay,\" the "
     "statement said.", "2024-08-16",
     [("Jordan and Egypt", "Jordan; Egypt"), ("Jordan and Egypt (statement)", "Jordan; Egypt")]),
])
def test_document_in_the_speaker_name(text, published, expected):
    # (a joint speaker gives one row per faction)
    assert speakers(text, published) == [(sp, f) for sp, fs in expected for f in fs.split("; ")]


@pytest.mark.parametrize("text, published, speaker, faction", [
    ("IDF spokesman: We will respond at the time and place of our choosing.", "2024-04-14", "Daniel Hagari", "Israel"),
    ("Qatar's spokesman said the mediation would continue until a full ceasefire is reached.", "2023-11-22",
     "Majed al-Ansari", "Qatar"),
])
def test_office_without_a_name_is_its_one_holder_on_the_date(text, published, speaker, faction):
    assert (speaker, faction) in speakers(text, published)


@pytest.mark.parametrize("text, published", [
    # an indefinite or modified office is somebody unnamed
    ("A Qatari spokesman said the mediation would continue until a full ceasefire is reached.", "2023-11-22"),
    ("A senior IDF spokesman said the army would respond at a time of its choosing.", "2024-04-14"),
    # before the holder's term the office names nobody
    ("Qatar's spokesman said the mediation would continue until a full ceasefire is reached.", "2019-11-22"),
    # a name in apposition is the person
    ("Qatar's spokesman, Ali Hassan, said the mediation would continue until a full ceasefire is reached.",
     "2023-11-22"),
])
def test_office_holder_not_guessed(text, published):
    assert not any(sp in ("Majed al-Ansari", "Daniel Hagari") for sp, _ in speakers(text, published))


@pytest.mark.parametrize("text, expected", [
    ("Hamas said in a statement that the talks in Cairo had been frank and useful.", "Hamas (statement)"),
    ("The Arab League said on Sunday in a joint communiqué that the summit would meet again in May.",
     "Arab League (joint communiqué)"),
    # people keep their names
    ("Egyptian Foreign Minister Sameh Shoukry said in a statement that the crossing would stay open.", "Sameh Shoukry"),
])
def test_group_speaking_in_a_document_is_named_with_it(text, expected):
    assert [sp for sp, _ in speakers(text, "2023-05-02")] == [expected]


def test_spokesman_after_the_words_speaks_for_their_subject():
    doc = document_from_text("t", "UN Secretary-General Antonio Guterres welcomed every step that could bring calm "
                                  "to the region, his spokesman Stephane Dujarric said.", published="2021-05-02")
    (r,) = S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
    assert (r.speaker, r.faction, r.relayed_by) == ("Antonio Guterres", "United Nations", "Stephane Dujarric")


@pytest.mark.parametrize("text, expected", [
    # a description after the words names the speaker it refers to
    ("Egypt's foreign ministry condemned the raid on the camp.\n\nThe crossing would stay open for the wounded "
     "and for aid, the ministry said.", [("Egypt's foreign ministry", "Egypt")] * 2),
    # a spokesman of a group (not of a person) is the spokesman's own
    ("Hamas called for an end to the raids on the camp. The group would study the details with the mediators, "
     "its spokesman Hazem Qassem said.",
     [("Hamas", "Hamas"), ("Hazem Qassem", "Hamas")]),
])
def test_speaker_after_the_words(text, expected):
    assert speakers(text, "2023-05-02") == expected


def test_joint_document_named_with_when_it_was_issued_speaks_for_the_parties_nearby():
    text = ("Jordan's King Abdullah received Iraqi Prime Minister Mohammed Shia al-Sudani in Amman.\n\n"
            "A joint statement issued after the talks said the two sides \"reject any attempt to displace the "
            "Palestinians from their land.\"")
    assert sorted(f for _, f in speakers(text, "2023-05-02")) == ["Iraq", "Jordan"]


@pytest.mark.parametrize("text, expected", [
    # a question ends the quote's sentence; a longer attribution sentence after it is still its attribution
    ("\"Who will rebuild the city after all this destruction?\" Egyptian Foreign Minister Sameh Shoukry asked as "
     "he opened the conference with the donors in Cairo.", [("Sameh Shoukry", "Egypt")]),
    # a new sentence after the question that does not report it is no attribution
    ("\"Who will rebuild the city after all this destruction?\" The conference in Cairo opened with donors from "
     "Egypt, Qatar and the United States on Monday morning.", []),
])
def test_attribution_after_a_question(text, expected):
    assert speakers(text, "2023-05-02") == expected


@pytest.mark.parametrize("text, published, faction", [
    # seats of power named for their government ("Downing Street said", "the Elysee said") and titles only one
    # state's office holders bear ("Taoiseach X", "Tanaiste X") speak for that state
    ("\"We condemn this attack in the strongest terms,\" Downing Street said in a statement.", "2024-04-14",
     "United Kingdom"),
    ("The Elysee said France \"will not accept\" any annexation of the occupied West Bank.", "2020-06-30", "France"),
    ("\"Israel has the right to defend itself within international law,\" Taoiseach Leo Varadkar told the Dail.",
     "2023-11-01", "Ireland"),
    ("Tanaiste Micheal Martin arrived in Amman on Monday. \"A ceasefire is needed now,\" Mr Martin said.",
     "2024-01-15", "Ireland"),
    ("The Duma said in a statement that the strikes \"violate every norm of international law\".", "2018-04-14",
     "Russia"),
    ("Baabda Palace said the president \"rejects any attack on Lebanese sovereignty\" from any side.",
     "2019-08-26", "Lebanon"),
])
def test_seats_of_power_and_national_titles(text, published, faction):
    out = speakers(text, published)
    assert out and {f for _, f in out} == {faction}
