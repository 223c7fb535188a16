"""Statements without quotation marks (lib/extract/statements/unmarked.py): posts whose handle names a person
mentioned before them, liveblog entry labels, and their negatives. Sentences are our own."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def rows(text: str, published: str = "2023-11-01"):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction, r.kind, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))]


LIVE = ("Live: talks on the crossing\n\n"
        "10:05\nEgypt's foreign minister posts on X\n"
        "Egypt's foreign minister Sameh Shoukry has written on X about the crossing.\n\n"
        "{handle}: The Rafah crossing remains open from the Egyptian side and we will keep it open.\n")


@pytest.mark.parametrize("handle, expected", [
    ("@SamehShoukry", [("Sameh Shoukry", "Egypt", "post",
                        "The Rafah crossing remains open from the Egyptian side and we will keep it open.")]),
    ("@sameh_shoukry", [("Sameh Shoukry", "Egypt", "post",
                         "The Rafah crossing remains open from the Egyptian side and we will keep it open.")]),
    # negatives: a handle that names nobody mentioned, a handle too short to be a name
    ("@cairo_watcher", []),
    ("@SS", []),
])
def test_a_post_by_a_person_named_before_it(handle, expected):
    got = [r for r in rows(LIVE.format(handle=handle)) if r[2] == "post"]
    assert got == expected


def test_a_handle_of_someone_named_only_after_the_post_is_nobody():
    text = ("Live: talks\n\n@SamehShoukry: The crossing remains open from our side and will stay open.\n\n"
            "Egypt's foreign minister Sameh Shoukry arrived in Amman later on Monday.\n")
    assert [r for r in rows(text) if r[2] == "post"] == []


@pytest.mark.parametrize("text, expected", [
    ("We will not accept a deal that leaves our people under siege, Haniyeh said in a televised speech on Sunday.",
     [("Ismail Haniyeh", "Hamas", "unmarked", "We will not accept a deal that leaves our people under siege")]),
    ("I condemn the attack on the aid convoy without reservation, Biden says in a statement released by the White "
     "House.",
     [("Joe Biden", "United States", "unmarked", "I condemn the attack on the aid convoy without reservation")]),
    # negatives: a speaker of no faction; a second clause after the verb is no place of saying
    ("I was at home when the shelling started, a resident said in an interview.", []),
    ("We will respond to the attack, Hamas says the army told its fighters in a call.", []),
])
def test_first_person_attributed_after_a_comma(text, expected):
    assert rows("Headline\n\n" + text, "2023-11-01") == expected


# ---------------------------------------------------------------- embedded posts: words, then "— Name (@handle) date"

EMBED = ("Israel vows response\n\nJERUSALEM - The prime minister posted a message on Sunday after the attack.\n\n"
         "{words}\n\n— {who} (@{handle}) October 7, 2023\n\nThe army said it had hit targets across Gaza overnight.\n")
EMBED_HTML = ("<html><head><title>x</title></head><body>\n<h1>Israel vows response</h1>\n"
              "<p>JERUSALEM - The prime minister posted a message on Sunday after the attack.</p>\n"
              "<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">{words} <a href=\"https://t.co/x\">"
              "pic.twitter.com/x</a></p>&mdash; {who} (@{handle}) <a href=\"https://twitter.com/s/1\">October 7, "
              "2023</a></blockquote>\n<p>The army said it had hit targets across Gaza overnight.</p>\n</body></html>\n")
WORDS = "Israel will answer this attack with full force and the enemy will pay a heavy price."


@pytest.mark.parametrize("page", [EMBED, EMBED_HTML])
def test_an_embedded_post_is_its_author_s(page):
    got = [r for r in rows(page.format(words=WORDS, who="Benjamin Netanyahu", handle="netanyahu"), "2023-10-08")
           if r[2] == "post"]
    assert [(sp, f) for sp, f, _, q in got] == [("Benjamin Netanyahu", "Israel")]
    assert got[0][3].startswith("Israel will answer this attack with full force")


@pytest.mark.parametrize("page, who, handle", [
    # negatives: an author of no faction; a handle and name that name nobody known
    (EMBED, "Some Reporter", "reporter123"),
    (EMBED_HTML, "Gaza Watcher", "gazawatch"),
])
def test_an_embedded_post_by_nobody_known_is_no_statement(page, who, handle):
    assert [r for r in rows(page.format(words=WORDS, who=who, handle=handle), "2023-10-08") if r[2] == "post"] == []
