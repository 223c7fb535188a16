"""Dictionary people the text calls by their family name only (lib/extract/actors/references.py
``_dictionary_surnames``, ``dictionary.by_surname``): after an honorific or a title, or next to a reporting verb, a
family name that one dictionary person valid on the article's date carries is that person, in the text's spelling
(loosely compared); a name two people share on the date, a given name, a word inside a longer name, an organisation
and a date when nobody of that name held a role give nobody. A nasab inside a full name ("X bin Y Al Z") is
dropped for the lookup. Sentences are our own, in the styles of several outlets."""
from __future__ import annotations

import pytest

from lib.extract import actors
from lib.extract.actors.dictionary import by_surname, resolve
from lib.extract.document import document_from_text


def person_at(text: str, words: str, published: str) -> tuple[str, str]:
    doc = document_from_text("t", text, published=published)
    at = text.index(words)
    return next(((m.value, m.faction) for m in actors.find(doc) if m.kind == "actor" and m.start <= at < m.end
                 and m.actor_type == "person"), ("", ""))


@pytest.mark.parametrize("text, words, day, name, faction", [
    ("President Bush told troops at Fort Bragg that the mission would go on.", "Bush", "2006-06-01",
     "George W. Bush", "United States"),  # US wire copy, the surname after a title
    ("President Bush warned Baghdad on Thursday.", "Bush", "1990-11-30", "George H. W. Bush", "United States"),
    ("\"We will not go back,\" Mr. Meshal said after the ceremony.", "Meshal", "2007-03-01", "Khaled Meshaal",
     "Hamas"),  # a doubled letter written single
    ("Araqchi told state television the talks had been useful.", "Araqchi", "2025-05-01", "Abbas Araghchi", "Iran"),
    ("\"The text is agreed,\" Dr. Al Ansari told a news conference in Doha.", "Al Ansari", "2024-01-20",
     "Majed al-Ansari", "Qatar"),  # an article before the family name
    ("Speaking in Paris, Lavrov said the West had ignored Moscow.", "Lavrov", "2015-03-01", "Sergei Lavrov",
     "Russia"),
    ("\"Nobody wants a wider war,\" said Hunt, who flew to Riyadh on Monday.", "Hunt", "2019-03-01", "Jeremy Hunt",
     "United Kingdom"),  # a British paper, "said X"
    ("Mr Zarif's remarks were broadcast by IRNA.", "Zarif", "2015-07-14", "Mohammad Javad Zarif", "Iran"),
    ("Sheikh Abdullah bin Zayed told his counterpart the accord would stand.", "Abdullah bin Zayed",
     "2020-09-15", "Abdullah bin Zayed Al Nahyan", "United Arab Emirates"),
    ("Foreign Minister Dr. Abdullatif bin Rashid Al Zayani received the envoy.", "Abdullatif", "2021-05-01",
     "Abdullatif Al Zayani", "Bahrain"),  # Gulf agency copy, a nasab inside the full name
])
def test_a_family_name_alone_is_the_dictionary_person(text, words, day, name, faction):
    assert person_at(text, words, day) == (name, faction)


@pytest.mark.parametrize("text, words, day", [
    ("Bush fires spread across the hills near Haifa on Sunday.", "Bush", "2006-06-01"),  # no title, no verb
    ("Jeb Bush said the party would choose later.", "Bush", "2006-06-01"),  # part of a longer, unknown name
    ("President Bush said the war was over.", "Bush", "1980-01-01"),  # nobody of that name held a role then
    ("Sheikh Abdullah said the talks would resume.", "Abdullah", "2020-09-16"),  # a given name is no family name
    ("Mr. Maliki said the cabinet would meet.", "Maliki", "2008-01-01"),  # two dictionary people of that name
    ("Mr. Hamdan said the movement had accepted.", "Hamdan", "2023-11-01"),  # nobody in the dictionary
])
def test_no_dictionary_person(text, words, day):
    value, _ = person_at(text, words, day)
    assert value in ("", words) or value.split()[-1] == words


@pytest.mark.parametrize("written, day, name", [
    ("Majed bin Mohammed Al Ansari", "2023-11-22", "Majed al-Ansari"),
    ("Abdullatif bin Rashid Al Zayani", "2021-05-01", "Abdullatif Al Zayani"),
    ("Mohammed bin Salman bin Abdulaziz", "2020-01-01", "Mohammed bin Salman"),
])
def test_lineage_links_inside_a_name(written, day, name):
    e = resolve(written, day)
    assert e is not None and e.name == name


def test_by_surname_is_unique_on_the_date():
    assert by_surname("Bush", "2006-08-15").name == "George W. Bush"
    assert by_surname("Araqchi", "2025-04-13").name == "Abbas Araghchi"
    assert by_surname("Abdullah", "2020-01-01") is None  # a given name
    assert by_surname("Maliki", "2008-01-01") is None  # Nouri and Riyad al-Maliki


@pytest.mark.parametrize("text, words, faction", [
    ("The rebel delegation, led by Omar Haddad of the Jaish al-Islam group, walked out.", "Omar Haddad",
     "Syrian opposition"),
    ("Samir Kanaan of the Free Syrian Army told reporters the truce was holding.", "Samir Kanaan",
     "Syrian opposition"),
    ("Khalil Nasser of Hamas said the movement would study the offer.", "Khalil Nasser", "Hamas"),
    ("Yusuf Darwish of the Popular Front for the Liberation of Palestine called it a trap.", "Yusuf Darwish", "PFLP"),
])
def test_a_member_of_a_named_group(text, words, faction):
    assert person_at(text, words, "2017-02-01")[1] == faction


@pytest.mark.parametrize("text, words", [
    ("The Treaty Council of the Arab League met in Cairo.", "Treaty Council"),  # an institution, not a person
    ("Ambassadors of the European Union said they were concerned.", "Ambassadors"),
])
def test_no_member_for_institutions(text, words):
    doc = document_from_text("t", text, published="2017-02-01")
    at = text.index(words)
    assert not [m for m in actors.find(doc) if m.start <= at < m.end and m.actor_type == "person"]


@pytest.mark.parametrize("text, words, faction", [
    ("The minister met the head of the Egyptian delegation, Intelligence Director Karim Fawzi, in Doha.",
     "Karim Fawzi", "Egypt"),
    ("He signed the memorandum with the leader of the Hamas delegation, Political Bureau member Sami Aziz.",
     "Sami Aziz", "Hamas"),
])
def test_a_titled_name_in_apposition_to_the_head_of_a_group(text, words, faction):
    assert person_at(text, words, "2021-05-01")[1] == faction


def test_an_appositive_with_a_verb_between_is_no_title():
    text = "The head of the Egyptian delegation left early, Karim Fawzi said."
    assert person_at(text, "Karim Fawzi", "2021-05-01")[1] != "Egypt"


@pytest.mark.parametrize("text, day, speaker, faction", [
    ("Russian Foreign Minister Sergei Lavrov met his guests. \"This format works,\" the Russian top diplomat said.",
     "2016-12-20", "Sergei Lavrov", "Russia"),
    ("Egyptian Foreign Minister Sameh Shoukry arrived. \"We want calm,\" the top Egyptian diplomat told reporters.",
     "2018-05-01", "Sameh Shoukry", "Egypt"),
])
def test_a_ranked_description_is_the_person_named_before(text, day, speaker, faction):
    from lib.extract import Context
    from lib.extract.statements import extract

    doc = document_from_text("t", text, published=day)
    rows = extract(Context(doc, actors=tuple(actors.find(doc))))
    assert [(s.speaker, s.faction) for s in rows] == [(speaker, faction)]


@pytest.mark.parametrize("text, speaker", [
    ("Adviser to the President and spokesman Ali Karimi said: \"The door is open.\"", "Ali Karimi"),
    ("Speaking in Amman, Advisor to the Prime Minister Dr. Rami Haddad said: \"We want calm.\"", "Rami Haddad"),
])
def test_the_office_an_aide_serves_is_no_speaker(text, speaker):
    from lib.extract import Context
    from lib.extract.statements import extract

    doc = document_from_text("t", text, published="2023-11-22", outlet="Petra News Agency")
    assert {s.speaker for s in extract(Context(doc, actors=tuple(actors.find(doc))))} <= {speaker}


def _person_at(text: str, words: str, published: str = "2016-04-22"):
    doc = document_from_text("t", text, published=published)
    at = text.rindex(words)
    return next(((m.value, m.faction) for m in actors.find(doc) if m.start <= at < m.end and m.actor_type == "person"),
                None)


@pytest.mark.parametrize("text, words, expected", [
    # a family name of several words, written alone later ("Ould Cheikh Ahmed said"): the person named in full before
    ("UN envoy Ismail Ould Salem Ahmed opened the session in Kuwait. \"Peace is possible,\" Ould Salem Ahmed said.",
     "Ould Salem Ahmed", ("Ismail Ould Salem Ahmed", "United Nations")),
    ("Hamas official Mousa Abu Hamdan told reporters in Doha the talks were stuck. Abu Hamdan said the movement "
     "would not yield.", "Abu Hamdan", ("Mousa Abu Hamdan", "Hamas")),
    ("Egyptian foreign ministry spokesman Hassan Abdel Ghani said on Monday that Cairo was in contact with both "
     "sides.\n\nAbdel Ghani told the state news agency MENA that \"all options are open\".", "Abdel Ghani",
     ("Hassan Abdel Ghani", "Egypt")),
    ("Mauritanian Foreign Minister Mohamed Salem Ould Bah arrived in Algiers. Ould Bah said he carried a message.",
     "Ould Bah", ("Mohamed Salem Ould Bah", "Mauritania")),
    ("Jordanian government spokesman Samir Abu Lail told Petra the kingdom would keep its border shut. Mr. Abu Lail "
     "added that aid would pass.", "Abu Lail", ("Samir Abu Lail", "Jordan")),
])
def test_compound_family_names_refer_back(text, words, expected):
    assert _person_at(text, words) == expected


@pytest.mark.parametrize("text, words", [
    # another person of the same family name: a given name before it
    ("Hamas official Mousa Abu Hamdan spoke in Doha. Ahmed Abu Hamdan, a shopkeeper, disagreed.", "Abu Hamdan"),
    # a street or a place named after the family: a capitalised word after it
    ("Hamas official Mousa Abu Hamdan spoke in Doha. Abu Hamdan Street was closed after the strike.", "Abu Hamdan"),
    # before the full name: no reference back
    ("Abu Hamdan is a common name. Hamas official Mousa Abu Hamdan spoke in Doha.", "Abu Hamdan is"),
])
def test_compound_family_names_negatives(text, words):
    got = _person_at(text, words)
    assert got is None or got[0] != "Mousa Abu Hamdan"


@pytest.mark.parametrize("text, published, words, name", [
    # a given name after a form of address is the person whose first name it is ("Sheikh Hamad"), not one whose
    # lineage holds it ("Tamim bin Hamad"), in the register of Gulf agencies and papers
    ("Emir Sheikh Tamim bin Hamad Al Thani received Prime Minister Sheikh Hamad bin Jassim Al Thani. \"We will "
     "continue,\" Sheikh Hamad said.", "2013-07-01", "Sheikh Hamad said", "Hamad bin Jassim Al Thani"),
    ("Qatari Prime Minister and Foreign Minister Shaikh Hamad bin Jassim Al Thani met Emir Shaikh Tamim bin Hamad "
     "Al Thani. Shaikh Hamad told reporters the vote passed.", "2013-06-01", "Shaikh Hamad told", "Hamad bin Jassim"),
    ("Saudi Foreign Minister Prince Faisal bin Farhan met Prince Khalid bin Faisal. \"We want calm,\" Prince Faisal "
     "said.", "2023-12-03", "Prince Faisal", "Faisal bin Farhan"),
    # the romanisation of the honorific does not matter
    ("Qatar's Emir Shaikh Tamim bin Hamad Al Thani received the envoy. \"Qatar will mediate,\" Shaikh Tamim said.",
     "2023-12-03", "Shaikh Tamim said", "Tamim bin Hamad"),
    # negative: a family name after "Mr" stays a family name
    ("Emir Sheikh Tamim bin Hamad Al Thani met Egyptian Trade Minister Ahmed Hamad. Mr Hamad said trade rose.", "2023-12-03",
     "Mr Hamad said", "Ahmed Hamad"),
])
def test_given_names_after_a_form_of_address(text, published, words, name):
    doc = document_from_text("t", text, published=published)
    at = text.rindex(words) + words.index(" ") + 1
    got = next((m.value for m in actors.find(doc) if m.start <= at < m.end and m.actor_type == "person"), None)
    assert got is not None and name in got
