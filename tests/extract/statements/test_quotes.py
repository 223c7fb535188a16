"""Quotes (lib/extract/statements/quotes.py): hard-wrapped texts, HTML in a .txt file, and their negatives.

Sentences are our own, written for these cases."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def rows(text: str, published: str = "2023-05-10"):
    doc = document_from_text("t", text, published=published)
    got = S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
    for r in got:  # provenance: every row's words are the raw text's, whole words
        assert doc.text[r.start:r.end] == r.sentence
        assert doc.text[r.quote_start:r.quote_end] == r.quote
        assert r.start == 0 or not doc.text[r.start - 1].isalnum()
        assert r.quote_start == 0 or not doc.text[r.quote_start - 1].isalnum()
    return got


def flat(rs):
    return [(r.speaker, r.faction, " ".join(r.quote.split())) for r in rs]


# ---------------------------------------------------------------- hard-wrapped text (lines cut at ~70 columns)

def _wrap(paragraphs: list[str], width: int = 70) -> str:
    import textwrap
    return "Talks in Cairo\n\n" + "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


BODY = [
    "CAIRO - Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart Ayman Safadi in Cairo "
    "on Tuesday to discuss the crossing and the delivery of aid to the enclave.",
    "Safadi said after the meeting that the talks had been useful. \"We will keep working with our partners "
    "until the aid flows into every part of the Strip without any delay at all,\" he said.",
    "\"There can be no solution that ignores the rights of the Palestinian people and their state,\" said "
    "the Egyptian foreign minister, speaking to reporters in the capital.",
]


@pytest.mark.parametrize("width", [60, 66, 72, 78])
def test_speaker_and_verb_on_the_next_line(width):
    got = flat(rows(_wrap(BODY, width)))
    assert ("Ayman Safadi", "Jordan", "We will keep working with our partners until the aid flows into every part "
            "of the Strip without any delay at all") in got
    assert any(f == "Egypt" and q.startswith("There can be no solution") for _, f, q in got)


def test_wrapped_rows_keep_the_raw_line_breaks():
    got = rows(_wrap(BODY, 60))
    assert any("\n" in r.quote for r in got)  # the recorded words are the file's, breaks and all


@pytest.mark.parametrize("text", [
    # negatives: scare quotes and a title stay no statement when wrapped
    _wrap(["CAIRO - The army entered what residents call the \"buffer zone\" near the border fence on "
           "Tuesday morning, and officials declined to comment on the operation or its aims.",
           "The film \"The Road to Rafah\" was shown at the festival in Cairo on Tuesday evening to an audience "
           "of several hundred people, organisers said in a brief note."]),
])
def test_wrapped_negatives(text):
    assert rows(text) == []


# ---------------------------------------------------------------- HTML and entities in a .txt file

def _page(body: str, head_extra: str = "") -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Talks | Site</title>\n"
            + head_extra + "</head>\n<body>\n<nav><ul><li><a href=\"/\">Home</a></li><li>World</li></ul></nav>\n"
            "<article>\n" + body + "\n</article>\n<footer><p>&copy; 2023 Site</p></footer>\n</body>\n</html>\n")


@pytest.mark.parametrize("body, expected", [
    ("<p>AMMAN - Jordan's foreign minister Ayman Safadi said on Tuesday: &ldquo;We will not accept any attempt to "
     "push Palestinians across the border.&rdquo;</p>",
     ("Ayman Safadi", "Jordan", "We will not accept any attempt to push Palestinians across the border.")),
    ("<p>AMMAN - &#8220;We will not accept any attempt to push Palestinians across the border,&#8221; Jordan's "
     "foreign minister Ayman Safadi said.</p>",
     ("Ayman Safadi", "Jordan", "We will not accept any attempt to push Palestinians across the border")),
    ("<p>AMMAN - &quot;We will not accept any attempt to push Palestinians across the border,&quot; Jordan's "
     "foreign minister Ayman Safadi said.</p>",
     ("Ayman Safadi", "Jordan", "We will not accept any attempt to push Palestinians across the border")),
    # inline tags inside the sentence do not cut it
    ("<p>AMMAN - <a href=\"/t/jordan\">Jordan</a>'s foreign minister <strong>Ayman Safadi</strong> said: "
     "<em>&ldquo;We will not accept any attempt to push Palestinians across the border.&rdquo;</em></p>",
     ("Ayman Safadi", "Jordan", "We will not accept any attempt to push Palestinians across the border.")),
])
def test_quotes_in_html(body, expected):
    assert expected in flat(rows(_page(body)))


@pytest.mark.parametrize("head_extra, body", [
    # JSON-LD and scripts quoting speech are no statements
    ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Safadi: we will not accept '
     'displacement","description":"Jordan said it would not accept any attempt to push Palestinians out"}</script>\n'
     '<script>var msg = "Hamas said it would not accept the proposal under any conditions"; go(msg);</script>\n',
     "<p>AMMAN - Talks on aid deliveries resumed in the Jordanian capital on Tuesday.</p>"),
    # a title in quotes and a scare quote written with entities stay no statement
    ("", "<p>The documentary &ldquo;Roads to Rafah&rdquo; was screened in Amman on Tuesday.</p>"
         "<p>Israeli forces entered the so-called &quot;buffer zone&quot; on Tuesday, witnesses said.</p>"),
])
def test_html_negatives(head_extra, body):
    assert rows(_page(body, head_extra)) == []


# ---------------------------------------------------------------- property: never raises, spans hold

@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from([
    "<p>", "</p>", "<div class='x'>", "</div>", "<script>var a = \"Hamas said no\";</script>", "<br>", "<em>",
    "&ldquo;", "&rdquo;", "&quot;", "&#8220;", "&#8217;", "&amp;", "Hamas ", "said ", "he said", "\n", "\n\n",
    "MR MILLER: ", "QUESTION: ", "JANE ROE (Jordan) ", "@SamehShoukry: ", "Good afternoon, everyone. ",
    "we will not accept the plan ", ". ", "“", "”", "\"", "x" * 62 + "\n", "All right. ", "(The briefing ended.)",
    "Safa-\ndi ", "minis-\nter ", "two-\nstate ", "\n\nTHE DAILY • MAY 2, 2024   PAGE 3\n\n", "12\n", "7:30 AM EDT\n",
]), max_size=40).map("".join))
def test_markup_transcripts_and_wrapping_never_raise_and_spans_hold(text):
    doc = document_from_text("t", text, published="2024-05-03")
    got = S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
    assert len({r.statement_id for r in got}) == len(got)
    for r in got:
        assert doc.text[r.start:r.end] == r.sentence
        assert doc.text[r.quote_start:r.quote_end] == r.quote
        assert 0 <= r.start <= r.quote_start <= r.quote_end <= r.end <= len(doc.text)
        assert 0 <= r.stance_start <= r.stance_end <= len(doc.text)


# ---------------------------------------------------------------- Markdown and tight quote marks

@pytest.mark.parametrize("line, expected", [
    ("**Hamas:** We reject the proposal in its current form and will answer the mediators.",
     ("Hamas", "Hamas", "We reject the proposal in its current form and will answer the mediators.")),
    ("> \"We reject the proposal in its current form,\" Hamas said on Monday.",
     ("Hamas", "Hamas", "We reject the proposal in its current form")),
    ("__\"We reject the proposal in its current form,\" Hamas said.__",
     ("Hamas", "Hamas", "We reject the proposal in its current form")),
    # a quote mark right after a colon opens a quote
    ("Egypt's foreign minister Sameh Shoukry said:\"We will not allow the displacement of the Palestinians.\"",
     ("Sameh Shoukry", "Egypt", "We will not allow the displacement of the Palestinians.")),
])
def test_markdown_and_tight_marks(line, expected):
    assert expected in flat(rows("Headline\n\n" + line))


@pytest.mark.parametrize("line", [
    # negatives: Markdown around a title, a heading, and a scare quote stay no statement
    "**\"The Road to Rafah\"** opens in cinemas on Friday.",
    "## Reactions from the region",
    "> The army entered the so-called \"buffer zone\" on Monday.",
    "The score was 3:\"nil\" at half time.",
])
def test_markdown_negatives(line):
    assert rows("Headline\n\n" + line) == []


def test_a_pull_quote_repeating_the_body_counts_once():
    text = ("Headline\n\n> \"We will not accept the displacement of Palestinians,\" Safadi said.\n\n"
            "AMMAN - Jordan's foreign minister Ayman Safadi spoke in Amman on Tuesday.\n\n"
            "\"We will not accept the displacement of Palestinians,\" Safadi said at a news conference.\n")
    got = flat(rows(text))
    assert got.count(("Ayman Safadi", "Jordan", "We will not accept the displacement of Palestinians")) == 1


# ---------------------------------------------------------------- a text in full: middle paragraphs unmarked

SPEECH = ("Headline\n\nJordan's foreign minister Ayman Safadi addressed the press in Amman on Sunday.\n\n"
          "Safadi said: \"Thank you all for coming. The region stands at the edge of a wider war today.\n\n"
          "We have warned for months that the siege of Gaza would explode into the whole region.\n\n"
          "{third}")


@pytest.mark.parametrize("third, expected", [
    # the last paragraph closes the quote: every paragraph is a row of the speaker
    ("Jordan will not accept the displacement of the Palestinians from their land.\"",
     ["Thank you all for coming. The region stands at the edge of a wider war today.",
      "We have warned for months that the siege of Gaza would explode into the whole region.",
      "Jordan will not accept the displacement of the Palestinians from their land."]),
    # curly marks, and the closing paragraph going on after the quote
    ("Jordan will not accept the displacement of the Palestinians from their land.” He then left the hall.",
     ["Thank you all for coming. The region stands at the edge of a wider war today.",
      "We have warned for months that the siege of Gaza would explode into the whole region.",
      "Jordan will not accept the displacement of the Palestinians from their land."]),
])
def test_a_quote_runs_through_unmarked_paragraphs_to_its_close(third, expected):
    got = [q for sp, fac, q in flat(rows(SPEECH.format(third=third))) if sp == "Ayman Safadi" and fac == "Jordan"]
    assert got == expected


@pytest.mark.parametrize("third", [
    # never closed: the open quote is dropped, the paragraphs after it are narration
    "The minister then left for talks with the Egyptian delegation in Cairo.",
    # a paragraph on the way with a quote of its own: no run-through
    "Officials called the visit \"a turning point for the region\" on Monday. The talks ended.\"",
])
def test_unmarked_paragraphs_without_a_close_are_no_quote(third):
    got = [q for _sp, _fac, q in flat(rows(SPEECH.format(third=third)))]
    assert not any(q.startswith("We have warned") for q in got), got


@pytest.mark.parametrize("label, expected", [
    ("Foreign Minister Ayman Safadi:", ("Ayman Safadi", "Jordan")),
    ("Jordan's foreign minister Ayman Safadi (opening statement):", ("Ayman Safadi", "Jordan")),
])
def test_a_label_paragraph_names_the_speaker_of_the_quote_after_it(label, expected):
    text = ("Headline\n\nThe minister held a news conference in Amman on Sunday evening.\n\n" + label +
            "\n\n\"The region stands at the edge of a wider war, and we will not stay silent.\"\n")
    assert [r[:2] for r in flat(rows(text, "2024-03-10"))] == [expected]


@pytest.mark.parametrize("label", [
    "Question (Channel 4):",  # a question label names no speaker of a faction
    "Reactions after the meeting:",  # a heading
    "Safadi said at the press conference on Sunday:",  # an intro with a verb: another rule's
])
def test_label_negatives(label):
    text = ("Headline\n\nThe minister held a news conference in Amman on Sunday evening.\n\n" + label +
            "\n\n\"Are you not worried that the region will slide into a wider war?\"\n")
    got = flat(rows(text, "2024-03-10"))
    assert all(sp != "Ayman Safadi" or label.startswith("Safadi said") for sp, _f, _q in got), got


# ---------------------------------------------------------------- PDF pastes: words hyphenated at line ends

def _pdf(paragraphs: list[str], width: int) -> str:
    """A PDF-to-text paste: lines filled to ``width`` columns, a long word that does not fit hyphenated at the line's
    end ("malig-\\nnancy"), a page header between paragraphs."""
    import re
    out = []
    for p in paragraphs:
        lines, line = [], ""
        for w in p.split():
            if len(line) + 1 + len(w) <= width or not line:
                line = f"{line} {w}".strip()
                continue
            m = re.fullmatch(r"([“\"(]?)([A-Za-z]{7,})(.*)", w)
            room = width - len(line) - 2 - len(m[1]) if m else 0  # a space and the hyphen
            if m and room >= 3 and len(m[2]) - room >= 3:
                lines.append(f"{line} {m[1]}{m[2][:room]}-")
                line = m[2][room:] + m[3]
            else:
                lines.append(line)
                line = w
        lines.append(line)
        out.append("\n".join(lines))
    return "GULF DAILY • THURSDAY, MARCH 14, 2024                 PAGE 7\n\n" + "\n\n".join(out) + "\n"


PDF_BODY = [
    "Jordanian Foreign Minister Ayman Safadi told reporters in Amman on Wednesday that the kingdom "
    "\"categorically rejects any displacement of Palestinians from their homeland, whether inside or outside "
    "the occupied territories.\"",
    "\"The international community must act immediately to stop this catastrophe before it spreads across the "
    "entire region,\" Safadi said, adding that his government had informed its European partners.",
    "Egyptian Foreign Minister Sameh Shoukry underlined during a telephone conversation with his counterpart "
    "that Cairo \"will never accept the liquidation of the Palestinian cause at the expense of neighbouring "
    "countries.\"",
]


def _dehyphenated(q: str) -> str:
    import re
    return " ".join(re.sub(r"(?<=[A-Za-z])-\n(?=[a-z])", "", q).split())


@pytest.mark.parametrize("width", [34, 38, 42, 46, 52, 55, 58, 61, 64, 67, 70])
def test_quotes_speakers_and_verbs_across_hyphenated_line_ends(width):
    text = _pdf(PDF_BODY, width)
    got = {(r.speaker, r.faction, _dehyphenated(r.quote)) for r in rows(text, "2024-03-14")}
    assert ("Ayman Safadi", "Jordan", "categorically rejects any displacement of Palestinians from their homeland, "
            "whether inside or outside the occupied territories.") in got
    assert ("Ayman Safadi", "Jordan", "The international community must act immediately to stop this catastrophe "
            "before it spreads across the entire region") in got
    assert ("Sameh Shoukry", "Egypt", "will never accept the liquidation of the Palestinian cause at the expense of "
            "neighbouring countries.") in got


@pytest.mark.parametrize("width", [52, 58, 64, 70])
def test_hyphenated_rows_keep_the_raw_words(width):
    text = _pdf(PDF_BODY, width)
    assert "-\n" in text
    got = rows(text, "2024-03-14")  # (rows() checks provenance: text[start:end] of the raw file)
    assert any("-\n" in r.quote or "-\n" in r.sentence for r in got)


@pytest.mark.parametrize("words, joined", [
    # a word cut at the line's end is read whole; a compound keeps its hyphen; a capital after the hyphen is a
    # compound's second part ("pro-\nIranian"); a dash after a space is no hyphen
    ("the minis-\nter said", "the minister said"),
    ("Safa-\ndi said", "Safadi said"),
    ("a two-\nstate solution", "a two-state solution"),
    ("the self-\ndefence argument", "the self-defence argument"),
    ("the pro-\nIranian militias", "the pro- Iranian militias"),
    ("he said -\nand left", "he said - and left"),
    ("the 1967-\nborders", "the 1967- borders"),
])
def test_the_reading_view_joins_words_cut_at_a_line_end(words, joined):
    from lib.extract.reading import reading_view
    line = "x" * 58 + "\n"
    text = line * 6 + words + "\n" + line
    view, moved = reading_view(text)
    assert len(view) == len(text)
    assert " ".join(view.split()).endswith(joined + " " + "x" * 58)
    for a, b, pad in moved:  # the first part of a joined word moved right by pad: the raw words are pad before
        assert view[a:b] == text[a - pad:b - pad] and view[a - pad:a].isspace()


def test_no_joins_in_a_text_that_is_not_wrapped():
    from lib.extract.reading import reading_view
    text = "The minis-\nter said so.\nAnother line.\n"
    assert reading_view(text) == (text, ())


WRAPPED_LEAD = ("The ministers met in the capital on Tuesday for a second round of\n"
                "talks on the crossing, the aid convoys and the release of hostages,\n"
                "officials of both countries told reporters after the meeting ended\n"
                "late in the evening, and a further meeting is expected next month\n"
                "in the same city, according to the two foreign ministries' notes.\n\n")


@pytest.mark.parametrize("para, expected", [
    # a name, a title and a speech verb cut at the line's end (Turkish, Saudi, Iranian, UN styles)
    ("\"We will not allow a new war to be imposed on the region,\" Turkish For-\n"
     "eign Minister Hakan Fi-\ndan told the news conference in Ankara on the same day.",
     ("Hakan Fidan", "Turkey", "We will not allow a new war to be imposed on the region")),
    ("Saudi Foreign Minister Prince Faisal bin Far-\nhan de-\nclared that the kingdom \"will not establish\n"
     "relations with Israel without a Palestinian state on the 1967 borders.\"",
     ("Faisal bin Farhan", "Saudi Arabia",
      "will not establish relations with Israel without a Palestinian state on the 1967 borders.")),
    ("\"Any aggression against our territory will receive a decisive and im-\nmediate response,\" "
     "Foreign Minister Abbas Arag-\nhchi wrote on X late on Saturday evening.",
     ("Abbas Araghchi", "Iran", "Any aggression against our territory will receive a decisive and immediate "
      "response")),
    ("U.N. Secretary-General Antonio Gu-\nterres said: \"The people of Gaza cannot wait any longer for the\n"
     "aid they need, and the crossings must open now.\"",
     ("Antonio Guterres", "United Nations", "The people of Gaza cannot wait any longer for the aid they need, and the "
      "crossings must open now.")),
])
def test_names_titles_and_verbs_cut_at_a_line_end(para, expected):
    got = {(r.speaker, r.faction, _dehyphenated(r.quote)) for r in rows("Talks\n\n" + WRAPPED_LEAD + para + "\n",
                                                                            "2024-12-22")}
    assert expected in got


@pytest.mark.parametrize("para", [
    # negatives: scare quotes and a title cut at line ends stay no statement; a speaker of no faction stays none
    "The army entered what resi-\ndents call the \"buffer zone\" near the fence on Tuesday morning.",
    "The documentary \"Roads to Ra-\nfah\" was screened in the capital on Tuesday evening.",
    "\"We lost everything in one night and nobody came to help us,\" said a resi-\ndent of the camp.",
])
def test_no_statements_across_cut_words(para):
    got = rows("Talks\n\n" + WRAPPED_LEAD + para + "\n", "2024-12-22")
    assert [r for r in got if "-\n" in r.quote or r.quote_start > len(WRAPPED_LEAD)] == []


# ---------------------------------------------------------------- PDF pastes: page furniture inside a paragraph

PAGE_BREAK_LEAD = ("The foreign ministers of the Arab contact group met in the Jordanian\n"
                   "capital on Thursday to prepare a common position ahead of the vote in\n"
                   "the General Assembly, according to a statement issued after the talks\n"
                   "by the host ministry, which gave no details of the closed sessions.\n\n")
PAGE_BREAK_PARA = ("Jordanian Foreign Minister Ayman Safadi told reporters that the group\n"
                   "\"will not accept any attempt to displace the Palestinians from their\n"
                   "{furniture}"
                   "land, whether in Gaza or in the West Bank,\" and called on the Security\n"
                   "Council to act without delay.\n")


@pytest.mark.parametrize("furniture", [
    # a page's header and footer between two lines of a paragraph, as PDF-to-text pastes of many outlets leave them
    "\nTHE JORDAN TIMES • FRIDAY, MARCH 15, 2024                     PAGE 3\n\n",
    "\n23-21453                                                           2/4\n\nA/RES/ES-10/21\n\n",
    "\nPage 2 of 5\n\n",
    "\n- 2 -\n\n",
    "\n12\n\n",
    "\nCONTINUED ON PAGE 10\n\nCONTINUED FROM PAGE 1\n\n",
    "\nGE.24-05321\n\n",
    "\nMinistry of Foreign Affairs | Press Release No. 114/2024 | Page 2\n\n",
])
def test_a_quote_runs_across_page_furniture(furniture):
    text = "Talks in Amman\n\n" + PAGE_BREAK_LEAD + PAGE_BREAK_PARA.format(furniture=furniture)
    got = [(r.speaker, r.faction, " ".join(r.quote.split())) for r in rows(text, "2024-03-15")]
    # (the row's words are the raw text's, the furniture with them)
    assert [(sp, f) for sp, f, q in got if q.startswith("will not accept any attempt to displace the Palestinians")
            and q.rstrip(",").endswith("land, whether in Gaza or in the West Bank")] == [("Ayman Safadi", "Jordan")]


@pytest.mark.parametrize("text", [
    # negatives: a subhead between whole paragraphs, a paragraph opening in lower case after a full stop, a caps line
    # after a line cut mid-sentence but before a capital
    PAGE_BREAK_LEAD + "REACTIONS 2024\n\nthe ministers left the capital late on Thursday evening for their own\n"
    "countries after a dinner given by the King in their honour at the palace.\n",
    PAGE_BREAK_LEAD.replace("sessions.", "sessions") + "PAGE 3\n\nThe ministers left the capital late on Thursday "
    "evening for their\nown countries after a dinner given by the King in their honour.\n",
])
def test_no_page_furniture_joins(text):
    from lib.extract.reading import reading_view
    view, _ = reading_view("Talks\n\n" + text)
    assert "REACTIONS 2024" in view or "PAGE 3" in view


# ---------------------------------------------------------------- entities inside words of a saved page

@pytest.mark.parametrize("ent", ["&rsquo;", "&#39;", "&#8217;", "&apos;", "&#x2019;"])
@pytest.mark.parametrize("page, expected", [
    # a possessive speaker, a verb after a possessive, a contraction in the quote (Gulf, Turkish, US styles)
    ("<p>Jordan{e}s foreign ministry said the kingdom &ldquo;rejects any attempt to displace the Palestinians from "
     "their land.&rdquo;</p>", ("Jordan{e}s foreign ministry", "Jordan")),
    ("<p>Egypt{e}s foreign minister Sameh Shoukry told reporters: &ldquo;We won{e}t accept the displacement of "
     "Palestinians into Sinai.&rdquo;</p>", ("Sameh Shoukry", "Egypt")),
    ("<p>&ldquo;Our position has not changed and it will not change,&rdquo; Turkey{e}s foreign minister "
     "Hakan Fidan said.</p>", ("Hakan Fidan", "Turkey")),
])
def test_a_saved_page_s_entity_inside_a_word_keeps_the_word(ent, page, expected):
    html = "<html><head><title>Talks</title></head><body><h1>Talks</h1>" + page.format(e=ent) + "</body></html>"
    got = rows(html, "2023-11-10")
    sp, fac = expected
    assert (sp.format(e=ent).replace(ent, "’") if "{e}" in sp else sp, fac) in \
        [(r.speaker.replace(ent, "’").replace("'", "’"), r.faction) for r in got]


@pytest.mark.parametrize("ent", ["&rsquo;", "&#39;"])
def test_entity_words_map_back_to_the_raw_page(ent):
    from lib.extract.markup import readable_view
    t = f"<html><body><p>Israel{ent}s cabinet met.</p><p>It{ent}s over.</p><div>x</div></body></html>"
    view, moved = readable_view(t)
    assert len(view) == len(t) and "Israel’s cabinet" in view.replace("'", "’") and "It’s over" in view.replace("'", "’")
    for a, b, pad in moved:
        assert view[a:b] == t[a - pad:b - pad] and view[a - pad:a].isspace()


# ---------------------------------------------------------------- wire copy wrapped with no blank lines

WIRE_COPY = ("Jordan urges end to Gaza war\n"
             "{i}AMMAN, Nov 5 (Wire) - Jordan's foreign minister Ayman Safadi said\n"
             "on Sunday that the war in Gaza must stop at once.\n"
             "{i}\"This war will not bring security to anyone. It will only bring\n"
             "more death and more hatred to the whole region,\" Safadi said.\n"
             "{i}\"We will not stand by while a whole people is pushed out of its\n"
             "land,\" he told reporters after talks with his Egyptian counterpart.\n"
             "{i}Egyptian Foreign Minister Sameh Shoukry said Cairo would keep the\n"
             "crossing open. \"Egypt has never closed the crossing from its side\n"
             "and it never will,\" Shoukry said.\n")


@pytest.mark.parametrize("indent", ["", "   ", "\t"])
def test_wire_copy_wrapped_without_blank_lines(indent):
    got = {(sp, f, q) for sp, f, q in flat(rows(WIRE_COPY.format(i=indent), "2023-11-05"))}
    assert ("Ayman Safadi", "Jordan", "We will not stand by while a whole people is pushed out of its land") in got
    assert ("Sameh Shoukry", "Egypt", "Egypt has never closed the crossing from its side and it never will") in got
    assert any(f == "Jordan" and q.startswith("This war will not bring security") for _, f, q in got)
