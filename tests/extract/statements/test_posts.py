"""Posts (lib/extract/statements/posts.py): posts copied from X's page with their header, embedded posts'
signatures without a dash or with X's time format, links at the end of a post; and their negatives. Sentences are our
own."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def rows(text: str, published: str = "2024-04-14"):
    doc = document_from_text("t", text, published=published)
    got = S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
    for r in got:
        assert doc.text[r.quote_start:r.quote_end] == r.quote and doc.text[r.start:r.end] == r.sentence
    return [(r.speaker, r.faction, r.kind, r.quote) for r in got]



# ---------------------------------------------------------------- posts pasted from X's own page, other signatures

POST_PAGE = ("Reactions to the night of the attack\n\n"
             "JERUSALEM - Leaders posted their reactions on Sunday morning as the last drones were shot down.\n\n"
             "{post}\n\n"
             "The army said it had completed its assessment of the damage at the base in the south.\n")
POST_WORDS = "Israel will answer this attack at a time and place of its choosing and the enemy will pay."


@pytest.mark.parametrize("post, expected", [
    # the header of a post as X's page shows it: name, handle, separator, date or age; then the words
    ("Benjamin Netanyahu\n@netanyahu\n·\nApr 14\n" + POST_WORDS, ("Benjamin Netanyahu", "Israel")),
    ("Israel Defense Forces\n@IDF\n·\n7h\n" + POST_WORDS, ("Israel Defense Forces", "Israel")),
    ("Israel Foreign Ministry @IsraelMFA · Apr 14, 2024\n" + POST_WORDS, ("Israel Foreign Ministry", "Israel")),
    ("Benjamin Netanyahu\n@netanyahu · 2h\n" + POST_WORDS, ("Benjamin Netanyahu", "Israel")),
    # a signature without its dash but with its date, a signature with X's time format, a picture link in the words
    (POST_WORDS + "\n\nBenjamin Netanyahu (@netanyahu) April 14, 2024", ("Benjamin Netanyahu", "Israel")),
    (POST_WORDS + "\n\n— Benjamin Netanyahu (@netanyahu) 7:30 AM · Apr 14, 2024", ("Benjamin Netanyahu", "Israel")),
    (POST_WORDS + " pic.twitter.com/Xy12AbC\n\n— Benjamin Netanyahu (@netanyahu) April 14, 2024",
     ("Benjamin Netanyahu", "Israel")),
    (POST_WORDS + " https://t.co/Ab12Cd\n\n— Benjamin Netanyahu (@netanyahu) Apr 14, 2024",
     ("Benjamin Netanyahu", "Israel")),
])
def test_a_post_pasted_with_its_header_or_signature_is_its_author_s(post, expected):
    got = [(sp, f, q) for sp, f, k, q in rows(POST_PAGE.format(post=post), "2024-04-14") if k == "post"]
    assert [(sp, f) for sp, f, _ in got] == [expected]
    assert got[0][2].rstrip(".") == POST_WORDS.rstrip(".")


@pytest.mark.parametrize("post", [
    # negatives: an author of no faction; a byline with the outlet's handle and no separator; a follow line; a name
    # and handle with no date after them
    "Some Reporter\n@reporter123\n·\n3h\n" + POST_WORDS,
    "Israel Hayom\n@IsraelHayomEng\nApril 14, 2024\n" + POST_WORDS,
    "Follow the Israeli foreign ministry on X @IsraelMFA\n" + POST_WORDS,
    POST_WORDS + "\n\nBenjamin Netanyahu (@netanyahu)",
])
def test_no_post_header(post):
    assert [r for r in rows(POST_PAGE.format(post=post), "2024-04-14") if r[2] == "post"] == []


# ---------------------------------------------------------------- round 15: posts pasted with their platform's footer
# (``posts.FOOTER_LINE``): Truth Social's header has no separator and Telegram's channel no handle; the footer of
# counts under the words ("6.22k ReTruths 28.1k Likes", "👁 12.4K edited 14:05", "1.2K Reposts 52K Views") tells the
# paragraphs above it are a post of the name line (and handle) over them. Pastes written for these tests.
@pytest.mark.parametrize("post, expected", [
    # Truth Social: name, handle, the words, the counts and the time
    ("Donald J. Trump\n@realDonaldTrump\n\n" + POST_WORDS + "\n\n6.22k ReTruths  28.1k Likes\n\nJun 21, 2025, 7:50 PM",
     ("Donald Trump", "United States")),
    # the same with the time first and the counts on one line with a separator
    ("Donald J. Trump\n@realDonaldTrump\n\n" + POST_WORDS + "\n\nJun 21, 2025, 7:50 PM · 12.1k ReTruths · 40k Likes",
     ("Donald Trump", "United States")),
    # a Telegram channel: its name line, the words, the views and the time
    ("Hamas Movement\n\n" + POST_WORDS + "\n\n👁 12.4K  edited  14:05", ("Hamas Movement", "Hamas")),
    ("Hezbollah\n\n" + POST_WORDS + "\n\n45.2K views 18:30", ("Hezbollah", "Hezbollah")),
    # X's page pasted without the separator line, with its counts under the words
    ("Benjamin Netanyahu\n@netanyahu\n\n" + POST_WORDS + "\n\n1.2K Reposts  340 Quotes  9.8K Likes  52K Views",
     ("Benjamin Netanyahu", "Israel")),
])
def test_a_post_over_its_platform_footer_is_its_author_s(post, expected):
    got = [(sp, f, q) for sp, f, k, q in rows(POST_PAGE.format(post=post), "2025-06-22") if k == "post"]
    assert [(sp, f) for sp, f, _ in got] == [expected]
    assert got[0][2].rstrip(".") == POST_WORDS.rstrip(".")


@pytest.mark.parametrize("post", [
    # negatives: a date under a paragraph is no footer (a byline with the outlet's handle); a name line of nobody
    # known; a section heading over a paragraph and a line of figures that are no engagement counts
    "Israel Hayom\n@IsraelHayomEng\n\n" + POST_WORDS + "\n\nApril 14, 2024",
    "Gaza Updates 24\n\n" + POST_WORDS + "\n\n👁 12.4K  edited  14:05",
    "Israel\n\n" + POST_WORDS + "\n\n12,000 troops",
])
def test_no_post_without_a_footer_or_an_owner(post):
    assert [r for r in rows(POST_PAGE.format(post=post), "2025-06-22") if r[2] == "post"] == []
