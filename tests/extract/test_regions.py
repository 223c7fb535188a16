"""Boilerplate, captions, related links, datelines and other-language lines as non-body regions."""
from __future__ import annotations

import pytest

from lib.extract import reading, regions, sentences
from lib.extract.document import document_from_text
from lib.extract.regions import find_regions, hard_wrapped, rules, wrapped


def regions_of(doc, kind):
    return [doc.text[r.start:r.end] for r in doc.regions if r.kind == kind]


def body(doc):
    return [s.text for s in doc.sentences if s.region == "body"]


def test_rules_file_integrity():
    rs = rules()
    assert rs and all(r.kind and r.scope in ("line", "inline") for r in rs)
    assert len({(r.scope, r.regex.pattern) for r in rs}) == len(rs)


@pytest.mark.parametrize("line, kind", [
    ("Subscribe", "boilerplate"),
    ("Newsfeed", "boilerplate"),
    ("12", "boilerplate"),
    ("To participate in the discussion", "boilerplate"),
    ("log in or register", "boilerplate"),
    ("Also read: Egypt hosts Hamas delegation", "related"),
    ("Read more: Jordan talks resume", "related"),
    ("Tags: referendum, KRG, Baghdad, Falah Mustafa", "related"),
    ("Topics: Lebanon, Syria", "related"),
    ("Заголовок открываемого материала", "foreign"),
    ("للمزيد من الأخبار", "foreign"),
    ("Photo: Reuters", "credit"),
    ("Photo: Mahmoud Zayyat/AFP via Getty Images", "credit"),
    ("PHOTO: Supporters of Hezbollah follow the speech in Beirut's southern suburb (Dahiyeh), Friday, November 3, 2023.",
     "caption"),
    ("By Jane Holloway and Ahmed al-Masri", "credit"),
    ("By Tom Ridley, Sara Khoury and Dan Beck", "credit"),
])
def test_line_kinds(line, kind):
    text = f"Egypt hosted talks in Cairo on Sunday, officials said.\n{line}\nThe talks ended without a deal."
    doc = document_from_text("t", text)
    assert [s.region for s in doc.sentences if s.text == line] == [kind]
    assert body(doc)[0].startswith("Egypt hosted") and body(doc)[-1].startswith("The talks")


@pytest.mark.parametrize("line", [
    "Egypt hosted talks in Cairo on Sunday, officials said.",
    "Subscribers to the deal include Jordan and Qatar, diplomats said.",
    "Russia's foreign minister said the talks were helpful.",
    "Photographs of the meeting were released by the ministry.",
    "By Sunday the talks had stalled.",
    "By then, Egypt and Qatar had left.",
    "Tags on the trucks showed they came from Amman.",
])
def test_body_lines_stay_body(line):
    doc = document_from_text("t", line)
    assert [s.region for s in doc.sentences] == ["body"]


def test_inline_related_link_is_its_own_region():
    text = "Talks ended, according to Axios. (RELATED: US ‘Deeply Troubled’ By Israel’s Decision) Then more."
    doc = document_from_text("t", text)
    assert regions_of(doc, "related") == ["(RELATED: US ‘Deeply Troubled’ By Israel’s Decision)"]


def test_a_dateline_line_is_a_dateline_region():
    # the grammar itself is tested in tests/extract/test_dateline.py
    doc = document_from_text("t", "Headline here\nCAIRO (Reuters) — Egypt hosted talks.\n")
    assert regions_of(doc, "dateline") == ["CAIRO (Reuters) —"]
    assert regions_of(document_from_text("t", "Hamas - which rules Gaza - said no.\n"), "dateline") == []


def test_seed_003_site_chrome_is_non_body(seed_loaded):
    doc = seed_loaded["003_256842945a981619"].doc
    nonbody = {s.text for s in doc.sentences if s.region != "body"}
    for t in ["- Sputnik International", "Subscribe", "To participate in the discussion", "log in or register",
              "Заголовок открываемого материала", "Newsfeed", "Mideast Quartet talks should be expanded - Russia"]:
        assert t in nonbody, t
    bodies = body(doc)
    assert any(b.startswith("Delegations from the Quartet") for b in bodies)
    assert any("Russian Deputy Foreign Minister Alexander Saltanov" in b for b in bodies)
    assert any(b.startswith("ISLAMABAD, November 16") for b in bodies)
    assert sum(1 for b in bodies if "the rocket killed an Israeli woman" in b) == 1


def test_seed_001_duplicated_captions_flagged_once_as_caption(seed_loaded):
    doc = seed_loaded["001_eef54388a8cce2a5"].doc
    caption_like = [s for s in doc.sentences if "stands guard at the border" in s.text or "besiege the homes" in s.text]
    assert len(caption_like) == 4
    assert all(s.region == "caption" for s in caption_like)
    # each repeated caption points to its first copy
    firsts = [s for s in caption_like if s.duplicate_of is None]
    assert len(firsts) == 2
    assert [s.region for s in doc.sentences if s.text.startswith("(photo credit")] == ["credit"]
    assert any(s.text.startswith("Egypt has invited leaders of Hamas") and s.region == "body" for s in doc.sentences)


def test_seed_002_syndication_notice_and_related_link(seed_loaded):
    doc = seed_loaded["002_b00420d5211d1e04"].doc
    assert any(s.region == "related" and s.text.startswith("(RELATED") for s in doc.sentences)
    assert all(s.region == "boilerplate" for s in doc.sentences if "Daily Caller News Foundation, an" in s.text)


def test_title_marks_site_header_before_it():
    text = "Wire Service\nWorld\nEgypt hosts talks\nEgypt hosted talks in Cairo on Sunday, officials said."
    doc = document_from_text("t", text, title="Egypt hosts talks")
    kinds = [s.region for s in doc.sentences]
    assert kinds == ["boilerplate", "boilerplate", "headline", "body"]


def test_find_regions_never_rewrites_text():
    text = "Subscribe\nBody text here, officials said.\n"
    for r in find_regions(text):
        assert 0 <= r.start < r.end <= len(text)


# a hard-wrapped body (lines cut near 70 characters, paragraphs between blank lines): a paragraph's first line is
# short and unpunctuated, yet its sentence runs on into the next line
WRAPPED = ("Israel and Lebanon formally approved a US-brokered deal on Thursday\n"
           "that sets their maritime border, officials in both capitals said.\n\n"
           "Delegations from the two countries, which remain technically at war,\n"
           "met at the UN base in Naqoura and handed their letters to the envoy.\n\n"
           "The final text was agreed after the US envoy held talks in Beirut\n"
           "with the speaker of parliament and the caretaker prime minister.\n")


def headlines(text, title=""):
    return [text[r.start:r.end] for r in find_regions(text, title=title) if r.kind == "headline"]


@pytest.mark.parametrize("paragraph, first", [
    # the next line starts lower-case: the sentence runs on
    ("Egypt's foreign minister met his Qatari counterpart in Cairo on Monday\nto discuss the hostage talks.",
     "Egypt's foreign minister met his Qatari counterpart in Cairo on Monday"),
    # the line leaves a quote open: the quote runs on although the next line starts upper-case
    ('Safadi told reporters in Amman that "the siege of Gaza must end now\nNot next week," he added.',
     'Safadi told reporters in Amman that "the siege of Gaza must end now'),
    # once the body has begun, a line filling the width runs on into a capitalised name
    ("The deal was brokered by the US envoy, who held talks in Beirut with\nParliament Speaker Nabih Berri.",
     "The deal was brokered by the US envoy, who held talks in Beirut with"),
])
def test_a_wrapped_paragraphs_first_line_is_body(paragraph, first):
    text = "Talks in Cairo\n\n" + WRAPPED + "\n" + paragraph + "\n\n" + WRAPPED
    assert first not in headlines(text)
    doc = document_from_text("t", text)
    assert all(s.region == "body" for s in doc.sentences if first.split()[1] in s.text and s.start > 20)
    assert headlines(text) == ["Talks in Cairo"]



LEDE = ("Turkish President Recep Tayyip Erdogan and Russian President Vladimir\n"
        "Putin agreed on Thursday on a ceasefire in Syria's northwestern Idlib\n"
        "province, after more than six hours of talks in the Kremlin.\n")


def test_the_first_line_of_a_prose_paragraph_begins_the_body():
    # no dateline and an upper-case next line, but the paragraph (three lines ending a sentence, in a text whose
    # paragraphs are separated by blank lines) is prose: its first line runs on
    text = "Erdogan, Putin agree on Idlib ceasefire\n\n" + LEDE + "\n" + WRAPPED
    assert headlines(text) == ["Erdogan, Putin agree on Idlib ceasefire"]


HEAD = "Erdogan and Putin agree on a ceasefire in Idlib after Kremlin talks\n"


@pytest.mark.parametrize("top, kept", [
    # the headline, then the lede's wrapped lines with no blank line between: the lede's first line is body
    (HEAD, [HEAD.strip()]),
    # a headline and a short standfirst above the lede: both stay headlines
    (HEAD + "Kremlin meeting ends in a deal\n", [HEAD.strip(), "Kremlin meeting ends in a deal"]),
    # a byline under the headline
    (HEAD + "By Olga Petrova\n", [HEAD.strip()]),
])
def test_without_blank_lines_between_paragraphs_the_ledes_first_line_is_body(top, kept):
    text = top + LEDE + WRAPPED.replace("\n\n", "\n")
    assert headlines(text) == kept
    doc = document_from_text("t", text)
    lede = next(s for s in doc.sentences if s.text.startswith("Turkish President"))
    assert lede.region == "body" and lede.text.endswith("in the Kremlin.")
    assert [s.text for s in doc.sentences if s.region == "headline"] == kept


@pytest.mark.parametrize("top, kept", [
    # a headline wrapped onto two lines: the two lines read as one are still a headline
    ("Irish troops relieved as ceasefire takes hold in\nLebanon\n\n", ["Irish troops relieved as ceasefire takes hold in",
                                                                      "Lebanon"]),
    # a standfirst wrapped onto a lower-case line, short and unpunctuated as one line
    ("Ceasefire holds\n\nMinister says Ireland will keep its soldiers with UNIFIL 'for as long\nas needed'\n\n",
     ["Ceasefire holds", "Minister says Ireland will keep its soldiers with UNIFIL 'for as long"]),
    # a byline and a date line above the body: no lower-case continuation, the body has not begun
    ("Cormac McQuinn and Reuters\nThu 28 Nov 2024 at 03:30\n\n", ["Cormac McQuinn and Reuters",
                                                                "Thu 28 Nov 2024 at 03:30"]),
    # a long headline wrapped onto a lower-case line, too long to read as one headline: above the body, a paragraph
    # that ends no sentence stays a headline
    ("Palestinian leader says 'a thousand no's' to plan that gives Israel\ncontrol over Jerusalem and allows "
     "annexation of settlements\n\n", ["Palestinian leader says 'a thousand no's' to plan that gives Israel"]),
])
def test_headlines_above_a_wrapped_body_stay_headlines(top, kept):
    assert all(k in headlines(top + WRAPPED) for k in kept)


@pytest.mark.parametrize("text, line", [
    # a one-line paragraph (a subhead) inside the wrapped body: nothing runs on from it
    (WRAPPED + "\nOngoing violence\n\n" + WRAPPED, "Ongoing violence"),
    # a short line followed by a line that is not its continuation (upper-case, the body not begun)
    ("Talks in Cairo\n" + WRAPPED + "\n" + WRAPPED, "Talks in Cairo"),
    # not a wrapped text (one paragraph per line): a short unpunctuated line stays a headline
    ("Egypt hosted talks in Cairo, officials said.\nOngoing violence\nmore talks followed on Monday.", "Ongoing violence"),
])
def test_short_lines_that_do_not_run_on_stay_headlines(text, line):
    assert line in headlines(text)


@pytest.mark.parametrize("lines, expected", [
    (["The two ministers met in the capi-", "tal on Sunday to discuss the re-", "lease of the detainees held in",
      "and the exchange of prisoners", "on Sunday, officials said."], True),
    (["Leaders from about 75 countries and organisations gathered on", "Tuesday at the resort of", ""] * 3, False),
    ([("Leaders and officials from about seventy-five countries met on" + " x" * n)[:88] for n in range(8)]
     + ["to raise aid for Gaza."], True),
    (["Egypt hosted talks in Cairo on Sunday, officials said.", "Ongoing violence", "More talks followed."] * 3, False),
    (("Headline\n\n" + WRAPPED * 2).split("\n"), True),
], ids=lambda x: x[0][:30] if isinstance(x, list) else str(x))
def test_one_hard_wrapped_decision_for_regions_sentences_and_reading(lines, expected):
    # the regions, the sentence splitter (its paragraphs are blocks of lines) and the reading view (its breaks are
    # spaces) read a text as hard-wrapped or not alike
    text = "\n".join(lines)
    assert wrapped(text) is expected and hard_wrapped(lines) is expected
    assert any("\n" in s.text for s in sentences.split(text)) is expected
    assert bool(reading._wrapped_breaks(text)) is expected


def test_hard_wrapped_is_decided_once_per_document(monkeypatch):
    calls = []
    real = regions.hard_wrapped
    monkeypatch.setattr(regions, "hard_wrapped", lambda lines: calls.append(len(lines)) or real(lines))
    doc = document_from_text("t", "Talks resume in Beirut\n\n" + WRAPPED + "\n" + WRAPPED)
    assert len(calls) == 1
    assert any("\n" in s.text for s in doc.sentences)  # (read as hard-wrapped)


@pytest.mark.parametrize("line", [
    "« Nous refusons cette conférence », a dit Hamas.",
    "The talks will resume «soon»",
    "He said talks would resume (in Cairo)",
])
def test_short_lines_closing_with_quotes_or_brackets_are_not_headlines(line):
    doc = document_from_text("t", f"Egypt hosted talks in Cairo on Sunday, officials said.\n{line}")
    assert doc.sentences[-1].region == "body"


def test_links_after_a_related_header_are_related():
    text = ("Egypt hosted talks in Cairo on Sunday, officials said.\nRelated:\nHamas leader visits Doha on Monday\n"
            "Jordan summit ends without a deal\nThe talks ended without a deal on Monday.")
    doc = document_from_text("t", text)
    assert [s.region for s in doc.sentences] == ["body", "related", "related", "related", "body"]


def test_a_subhead_without_related_header_stays_a_headline():
    doc = document_from_text("t", "Egypt hosted talks in Cairo, officials said.\nOngoing violence\nMore talks followed.")
    assert [s.region for s in doc.sentences] == ["body", "headline", "body"]


def _foreign_share_by_char(s: str) -> float:
    """The share read character by character (the definition ``_foreign_share``'s fast path must agree with)."""
    from lib.extract.regions import _is_latin

    letters = [c for c in s if c.isalpha()]
    return sum(1 for c in letters if not _is_latin(c)) / len(letters) if letters else 0.0


@pytest.mark.parametrize("text", [
    "", "12 -- 34", "Talks resumed.", "“Talks” resumed — in Doha…", "½ ² ³ №", "Ok \u024f", "Ok \u0250",
    "\u1e00\u1eff", "\u1f00 ok", "\uff21\uff5a", "\uff5b\uff41", "Заголовок", "ok Жж", "قال الوزير ok",
    "שלום and “peace”", "ok\u0301 café Ağrı", "中文 text",
])
def test_foreign_share_agrees_with_reading_every_character(text):
    from lib.extract.regions import _foreign_share

    assert _foreign_share(text) == _foreign_share_by_char(text)
