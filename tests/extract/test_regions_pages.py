"""Related links and captions on real outlets' page layouts (invented pages): an HTML paragraph or aside of
related stories, a Markdown copy with emphasis, a plain list under a header; what stays body."""
from __future__ import annotations

import pytest

from lib.extract.document import document_from_text
from lib.extract.regions import region_of
from lib.models import Region

LEDE = "<p>Egypt hosted talks between the two sides in Cairo on Sunday, officials said.</p>\n"
END = "<p>The talks ended without a deal on Monday, a diplomat said.</p>\n"


def regions_of_line(text: str, needle: str) -> set[str]:
    doc = document_from_text("t", text)
    return {s.region for s in doc.sentences if needle in s.text}


@pytest.mark.parametrize("block, needle", [
    # a wire site's "Read more" paragraph with a bold label and a link
    ('<p><strong>Read more: <a href="/en/article-flights">First direct El Al flight lands in Abu Dhabi</a></strong>'
     '</p>\n', "El Al flight"),
    # a class-marked paragraph, the label alone in bold
    ('<p class="read-more"><strong>READ MORE:</strong> <a href="/syria-new-era">&#39;A new era&#39;: What Damascus '
     'wants</a></p>\n', "new era"),
    # the link itself carries the label
    ('<p><a href="/world/shalit-fifth-year">Read more: Shalit&#39;s fifth year in captivity</a></p>\n', "fifth year"),
    # an aside with a header and a list of titles on one source line
    ('<aside class="related"><h3>Related Articles</h3><ul><li>Iran talks: deadline extended again</li><li>Netanyahu '
     'vows to fight the deal</li></ul></aside>\n', "deadline extended"),
    ('<div class="related"><b>Related:</b> <a href="/news/cabinet">Cabinet backs U.N. truce</a></div>\n',
     "Cabinet backs"),
])
def test_html_related_links_are_related_in_the_raw_document(block, needle):
    text = "<html><body>\n" + LEDE + block + END + "</body></html>"
    assert regions_of_line(text, needle) == {"related"}
    doc = document_from_text("t", text)
    assert [s.region for s in doc.sentences if "Egypt hosted" in s.text or "talks ended" in s.text] == ["body", "body"]
    assert all(s.text == text[s.start:s.end] for s in doc.sentences)
    assert not [s for s in doc.sentences if not s.text.strip("<>/ ") or s.text.startswith("<aside")]


@pytest.mark.parametrize("line, needle", [
    ("*Also Read: [Houthi missile hits US-owned ship off Yemen coast](https://example.com/houthi)*", "Houthi"),
    ("**Read more:** [Oman, Iran discuss regional developments](https://example.com/oman)", "Oman, Iran"),
    ("_Related: Timeline of the Iran talks_", "Timeline"),
])
def test_markdown_related_lines_with_emphasis_are_related(line, needle):
    text = f"Egypt hosted talks in Cairo on Sunday, officials said.\n\n{line}\n\nThe talks ended on Monday."
    assert regions_of_line(text, needle) == {"related"}


def test_two_read_more_lines_of_a_wrapped_text_are_related():
    wrapped = ("Zarif is expected to present the agreement to parliament on July 21,\naccording to Iranian media "
               "reports carried by several news agencies.\n\n") * 3
    text = (wrapped + "Read more: Timeline: Iran's nuclear talks from Tehran to Vienna\n"
            "Read more: What the sanctions relief means for Iranian families\n\nShare: Facebook | Twitter\n")
    assert regions_of_line(text, "Timeline") == {"related"}
    assert regions_of_line(text, "Zarif") == {"body"}


@pytest.mark.parametrize("text, needle", [
    # body sentences that mention related things or reading stay body
    ("<p>In a related development, the ministry issued a statement on Sunday.</p>\n<p>Talks went on.</p>\n<br>",
     "related development"),
    ('<p>"Transactions related to Israel have been stopped," the ministry said.</p>\n<p>Talks.</p>\n<br>',
     "Transactions"),
    ("<p>Read the full text of the agreement, officials told reporters in Cairo on Sunday.</p><p>Talks.</p><br>",
     "full text"),
])
def test_body_lines_mentioning_related_things_stay_body(text, needle):
    assert regions_of_line(text, needle) == {"body"}


@pytest.mark.parametrize("text, needle", [
    # a figure's caption with its credit after it is read as a sentence, not a headline
    ('<figure><img src="/a.jpg" alt=""><figcaption>Fidan and al-Sharaa held talks in Damascus on Sunday. Photo: AA'
     '</figcaption></figure>\n<p>Talks went on, officials said.</p>\n<br>', "held talks in Damascus"),
    ("Leaders met in Sharm el-Sheikh on Monday. Photo: AFP\n\nThe summit ended, officials said.", "Leaders met"),
])
def test_a_caption_line_ending_in_a_credit_is_no_headline(text, needle):
    assert regions_of_line(text, needle) == {"body"}


def test_html_sentences_keep_whole_entities():
    text = ("<p>Talks ended on Sunday, officials said.</p>\n<p>&ldquo;We will stand by Syria,&rdquo; Fidan said. "
            "Israel&rsquo;s army withdrew.</p>\n<br>")
    doc = document_from_text("t", text)
    texts = [s.text for s in doc.sentences]
    assert "&ldquo;We will stand by Syria,&rdquo; Fidan said." in texts
    assert "Israel&rsquo;s army withdrew." in texts


@pytest.mark.parametrize("regions, span, kind", [
    # the regions of one kind add up; headlines count one at a time (several short lines: wrapped prose)
    ((Region(0, 10, "related"), Region(11, 21, "related")), (0, 21), "related"),
    ((Region(0, 10, "headline"), Region(11, 21, "headline")), (0, 21), "body"),
    ((Region(0, 10, "boilerplate"),), (0, 30), "body"),
    ((Region(0, 20, "headline"),), (0, 21), "headline"),
])
def test_region_of(regions, span, kind):
    assert region_of(*span, regions) == kind


_HEAD = "<html><head><meta charset=\"utf-8\"><title>{title}</title><script>var x = 1;</script></head><body>\n"


@pytest.mark.parametrize("title, needle", [
    # the title with the site's name after it, on a page whose <h1> has no site name
    ("At Sharm el-Sheikh summit, India backs Gaza peace plan | India News - The Indian Express", "India backs"),
    ("PM lauds Trump at Sharm el-Sheikh peace summit, says Pakistan 'stands with Palestine' | The Express Tribune",
     "PM lauds"),
    # a title with no site name
    ("Statement by the Ministry of Foreign Affairs on the operation in Rafah", "Statement by the Ministry"),
])
def test_a_pages_title_element_is_a_headline(title, needle):
    page = _HEAD.format(title=title) + LEDE + END + "</body></html>\n"
    assert regions_of_line(page, needle) == {"headline"}
    assert regions_of_line(page, "Egypt hosted talks") == {"body"}


def test_a_title_written_in_the_body_is_body():
    # no <title> element: a body sentence that reads like a title stays what the other rules make it
    page = "<html><head><meta charset=\"utf-8\"></head><body>\n" + LEDE + \
           "<p>At the summit in Sharm el-Sheikh, India backed the plan, the minister said.</p>\n" + END
    assert regions_of_line(page, "India backed") == {"body"}
