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
     [("the three countries (joint statement)", "Egypt; Qatar; United States")]),
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
