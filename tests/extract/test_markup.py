"""HTML in a plain-text article (lib/extract/markup.py): same length, quote marks from entities, blank scripts."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract.markup import readable_text


def words(t: str) -> str:
    return " ".join(t.split())


@pytest.mark.parametrize("raw, seen", [
    ("He said &ldquo;we will stay&rdquo; and left.", "He said “we will stay” and left."),
    ("He said &#8220;we will stay&#8221; and left.", "He said “we will stay” and left."),
    ("He said &#x201C;we will stay&#x201D; and left.", "He said “we will stay” and left."),
    ("He said &quot;we will stay&quot; and left.", 'He said "we will stay" and left.'),
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("a&nbsp;b", "a b"),
    # no markup, or too little of it: the text as it is
    ("Scores 3 < 4 and 5 > 2.", "Scores 3 < 4 and 5 > 2."),
    ("The <b> tag alone.", "The <b> tag alone."),
    ("&notanentity; stays", "&notanentity; stays"),
])
def test_entities_and_prose(raw, seen):
    v = readable_text(raw)
    assert len(v) == len(raw)
    assert words(v) == seen


PAGE = """<!DOCTYPE html>
<html><head><title>Page title | Site</title>
<script type="application/ld+json">{"headline": "Minister: we will respond", "quote": "We reject it"}</script>
<style>p { color: red; }</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li>World</li></ul></nav>
<p>The minister said on Monday that talks would resume.</p><p>&ldquo;We will not accept it,&rdquo; he said.</p>
<script>var said = "we will respond"; track();</script>
<footer><p>All rights reserved.</p></footer></body></html>
"""


def test_a_saved_page():
    v = readable_text(PAGE)
    assert len(v) == len(PAGE)
    lines = [words(x) for x in v.split("\n") if x.strip()]
    assert lines == ["The minister said on Monday that talks would resume.", "“We will not accept it,” he said."]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("ab <>/p&;#x12\"“\n") + [
    "<p>", "</p>", "<script>", "</script>", "&ldquo;", "&#8220;", "&quot;", "<div class='x'>", "&#99999999;"]),
    max_size=40).map("".join))
def test_never_raises_and_keeps_the_length(t):
    assert len(readable_text(t)) == len(t)
