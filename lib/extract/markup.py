r"""HTML in a plain-text article: the text as a reader sees it, with every offset unchanged.

Idea: users load saved web pages and copies with HTML entities as .txt files. Quote marks written as entities
(``&ldquo;``, ``&quot;``, ``&#8220;``) must work as quote marks, tags must not cut sentences into garbage, and
scripts, styles, JSON-LD and the page's navigation are never article text.

Approach: a view of the same length as the raw text, one character for one, so that offsets into the view are
offsets into the raw file (rows keep recording the raw words). An entity becomes its character padded with
spaces on the side away from the word it touches (an opening mark before a word: the spaces first); a tag becomes
spaces, a block tag (``<p>``, ``<div>``, ``<br>``, ``<li>``, ``<h1>``...) a line break and spaces, so that blocks
are paragraphs; the inside of ``<script>``, ``<style>``, ``<head>``, ``<nav>``, ``<footer>``... becomes blank
(line breaks kept). A text with fewer than ``MIN_TAGS`` known tags keeps its angle brackets ("a <b> c" in prose).
Markdown's bold and italic markers and a blockquote or heading marker at a line's start become spaces too.

Example:
    >>> t = '<p>Hamas said: &ldquo;We reject it.&rdquo;</p><p>Talks went on.</p>'
    >>> v = readable_text(t)
    >>> len(v) == len(t), [" ".join(line.split()) for line in v.split("\n") if line.strip()]
    (True, ['Hamas said: “We reject it.”', 'Talks went on.'])
"""
from __future__ import annotations

import html
import re
from html.entities import html5

from lib.extract.lastcall import last_call

# tags that are markup whatever their attributes; fewer than MIN_TAGS of them: the text is no HTML
TAG = re.compile(r"</?(?P<name>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]{0,2000}?/?>|<!--.*?-->|<!DOCTYPE[^>]*>", re.S)
KNOWN = frozenset("html head body title meta link script style noscript p div span a br hr li ul ol h1 h2 h3 h4 h5 "
                  "h6 blockquote em strong b i u sup sub img figure figcaption header footer nav aside main article "
                  "section table tr td th tbody thead time small cite q iframe svg path form input button "
                  "label template source picture video audio".split())
BLOCK = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote figure figcaption header footer article section "
                  "main table tr td th hr aside title".split())
# elements whose whole content is never article text
HIDDEN = ("script", "style", "noscript", "head", "nav", "footer", "template", "svg", "iframe", "form", "button")
MIN_TAGS = 3
ENTITY = re.compile(r"&(?:#(?P<dec>[0-9]{1,7})|#[xX](?P<hex>[0-9a-fA-F]{1,6})|(?P<name>[a-zA-Z][a-zA-Z0-9]{1,31}));")


# Markdown: bold and italic markers around words ("**Hamas:** ...", "__“…”__"), a blockquote or heading marker at
# a line's start ("> “…”", "## Reactions")
MARKDOWN = re.compile(r"(?m)\*\*(?=\S)|(?<=\S)\*\*|(?<![\w_])__(?=\S)|(?<=\S)__(?![\w_])|^[ \t]*>(?=\s)|^[ \t]*#{1,6}(?=\s)")


def _entity(m: re.Match) -> str:
    """The character an entity stands for ('' when it is no entity)."""
    try:
        if m["dec"]:
            return chr(int(m["dec"]))
        if m["hex"]:
            return chr(int(m["hex"], 16))
    except (ValueError, OverflowError):
        return ""
    return html5.get(m["name"] + ";", "")


def _blank(s: str, first: str = " ") -> str:
    """Spaces for ``s`` (its line breaks kept), the first character replaced by ``first``."""
    out = re.sub(r"[^\n]", " ", s)
    return (first + out[1:]) if s and first != " " else out


def readable_text(text: str) -> str:
    """``readable_view(text)``'s text."""
    return readable_view(text)[0]


TITLE = re.compile(r"<title\b[^<>]*>([^<]*)</title\s*>", re.I)


@last_call  # (the regions, the sentence splitter and the reading view read it of one text: built once)
def reader_text(text: str) -> str:
    """``readable_text(text)`` with the page's title kept where it stands (a reader sees it, in the tab; it is the
    page's headline): the text whose lines and sentences the regions and the sentence splitter read. The text
    itself when it holds no markup.

    >>> " ".join(reader_text("<html><head><title>Talks in Cairo</title></head><p>Hi.</p>").split())
    'Talks in Cairo Hi.'
    """
    view = readable_text(text)
    if view is text or not TITLE.search(text):
        return view
    out = list(view)
    for m in TITLE.finditer(text):
        out[m.start(1):m.end(1)] = text[m.start(1):m.end(1)]
    return "".join(out)


@last_call  # (several views of one article start from it: built once per text)
def readable_view(text: str) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    r"""``text`` as a reader sees it, of the same length (see the module's docstring; the text itself when it
    holds no markup and no entity), and the stretches moved: an entity inside a word ("Israel&rsquo;s") is its
    character with the word's first part moved right, so the word reads whole ("Israel’s"); (a, b, pad) says the
    view's text[a:b] is the raw text[a - pad:b - pad] (``lib.extract.reading.to_raw`` maps back).

    >>> v, moved = readable_view("<p>Israel&#39;s cabinet met.</p><br>")
    >>> v.split(), moved
    (["Israel's", 'cabinet', 'met.'], ((7, 13, 4),))

    >>> t = '<script type="application/ld+json">{"headline": "Hamas: no deal"}</script>\n<p>Talks went on.</p>'
    >>> " ".join(readable_text(t).split())
    'Talks went on.'
    >>> readable_text("Scores 3 < 4 and 5 > 2 stay as they are.")
    'Scores 3 < 4 and 5 > 2 stay as they are.'
    >>> readable_text("**Hamas:** We reject it.\n> “We will stay,” he said.")
    '  Hamas:   We reject it.\n  “We will stay,” he said.'
    >>> v = readable_text("He said &quot;we will not leave&quot; and left.")
    >>> " ".join(v.split())
    'He said "we will not leave" and left.'
    """
    if "&" not in text and "<" not in text and not MARKDOWN.search(text):
        return text, ()
    out = list(text)
    moved: list[tuple[int, int, int]] = []  # (a, b, pad): the view's out[a:b] is the raw text[a - pad:b - pad]
    for m in MARKDOWN.finditer(text):
        out[m.start():m.end()] = " " * (m.end() - m.start())
    tags = [m for m in TAG.finditer(text) if m["name"] is None or m["name"].lower() in KNOWN]
    if len(tags) >= MIN_TAGS:
        hidden_until = -1
        for m in tags:
            if m.start() < hidden_until:
                continue
            name = (m["name"] or "").lower()
            out[m.start():m.end()] = _blank(m.group(0), "\n" if name in BLOCK else " ")
            if name in HIDDEN and not m.group(0).startswith("</") and not m.group(0).endswith("/>"):
                close = re.compile(rf"</{name}\s*>", re.I).search(text, m.end())
                stop = close.end() if close else len(text)
                out[m.end():stop] = _blank(text[m.end():stop])
                hidden_until = stop
    for m in ENTITY.finditer(text):
        if out[m.start()] != "&":  # inside a blanked element
            continue
        c = _entity(m)
        if not c:
            continue
        c = html.unescape(c) if c == "&" else c
        pad = " " * (m.end() - m.start() - 1)
        if c.isspace():
            c = " "
        after = text[m.end():m.end() + 1]
        ts = m.start()
        while ts > 0 and out[ts - 1].isalnum():
            ts -= 1
        if ts < m.start() and after[:1].isalnum() and not (moved and ts < moved[-1][1]) and not c.isspace():
            # a character inside a word ("Israel&rsquo;s", "won&#39;t"): the word's first part moves right, the
            # spaces before it ("      Israel’s"); its offsets map back (``moved``)
            out[ts:m.end()] = list(pad) + out[ts:m.start()] + [c]
            moved.append((ts + len(pad), m.start() + len(pad), len(pad)))
            continue
        # an opening mark or a character before a word: the spaces first ("&ldquo;We" -> "      “We"; a span that
        # starts at the mark starts at the entity in the raw text)
        out[m.start():m.end()] = list(pad + c) if after[:1].isalnum() else list(c + pad)
        if after[:1].isalnum() and pad and not (moved and m.start() < moved[-1][1]):
            moved.append((m.end() - 1, m.end(), len(pad)))
    return "".join(out), tuple(moved)
