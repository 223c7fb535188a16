"""The reading view of a pasted text: what the words say once a hard-wrapped text's line breaks are read as
spaces, a word cut at a line's end is joined, and page furniture of a PDF paste is set aside, with a map back to the
raw text's offsets.

Idea: the dates tagger, the casualty patterns and the statement rules read the same view, so a figure, a date or a
quote cut by a wrapped line is found once; every row they record is mapped back with ``to_raw`` so that
``text[start:end]`` of the original file is what the row says.

Approach: the breaks inside a paragraph of a hard-wrapped text (``regions.wrapped``) become spaces (same
offsets); with ``joins_only=False`` a word cut by a hyphen at a line's end is joined, its first part moved next to
the rest, and the moves are kept as (view start, view end, shift) triples.

Example: "killed 7,300 Palestini-\nans" is read "killed 7,300 Palestinians", and ``to_raw`` maps the view's offsets
of "Palestinians" back to the raw text.
"""
from __future__ import annotations

import re
from dataclasses import replace

from lib.extract.lastcall import last_call
from lib.extract.markup import ENTITY, readable_view, reader_text
from lib.extract.regions import paragraph_ends, region_of, wrapped
from lib.extract.sentences import split
from lib.models import Document


def _wrapped_breaks(text: str) -> list[int]:
    r"""Offsets of the line breaks of a hard-wrapped text (lines cut at a fixed width, paragraphs separated by blank
    lines) that fall inside a paragraph; [] for a text whose lines are its paragraphs.

    A text is hard-wrapped as the sentence splitter decides (``regions.wrapped``); a break between two
    non-blank lines of it is a space, not a paragraph end.

    >>> t = ("x" * 60 + "\n") * 6 + "end.\n\nNext paragraph."
    >>> len(_wrapped_breaks(t))
    6
    >>> _wrapped_breaks("A paragraph of a normal article that ends here.\nAnother one.\nA third.")
    []
    """
    if not wrapped(text):  # (the sentence splitter's test, decided once: its paragraphs are these lines' blocks)
        return []
    lines = text.split("\n")
    ends = paragraph_ends(lines)  # (a paragraph's last line before the next one without a blank line)
    pos, out = 0, []
    for i, line in enumerate(lines[:-1]):
        pos += len(line) + 1
        if line.strip() and lines[i + 1].strip() and i not in ends:
            out.append(pos - 1)
    return out


# Words that open a compound: cut at its hyphen at a line's end ("two-\nstate", "self-\ndefence") the hyphen stays;
# any other word cut by a hyphen at a line's end before a lower-case letter is one word ("malig-\nnancy")
COMPOUND_FIRST = frozenset("self non well so two three half long short cross full".split())


# A line of a PDF page's furniture: a running header or footer in capitals with a number ("THE JORDAN TIMES • FRIDAY,
# MARCH 15, 2024   PAGE 3", "A/RES/ES-10/21", "GE.24-05321"), a page number ("12", "- 2 -", "2/4", "Page 2 of 5"), a
# jump line ("CONTINUED ON PAGE 10"), a line naming its page ("Ministry of Foreign Affairs | Press Release | Page 2")
FURNITURE = re.compile(r"[ \t]*(?:(?=[^a-z\n]*\d)[^a-z\n]{1,100}|[^\n]{0,80}\b(?:[Pp]age|PAGE)\s+\d{1,4}\b[^\n]{0,20}|"
                       r"(?i:continued\s+(?:on|from)\s+page\s+\d{1,4}))[ \t]*")


def _furniture_runs(text: str) -> list[tuple[int, int]]:
    r"""(a, b) stretches of a hard-wrapped text between a paragraph cut mid-sentence and its continuation in lower case
    that hold only blocks of page furniture (``FURNITURE``) and the blank lines around them: read as a space.

    >>> t = "said the\n\nTHE DAILY • MAY 2, 2024   PAGE 3\n\n12\n\nminister left."
    >>> [t[a:b] for a, b in _furniture_runs(t)]
    ['\n\nTHE DAILY • MAY 2, 2024   PAGE 3\n\n12\n\n']
    """
    out = []
    blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]*\S[^\n]*)*", text) if m.group(0).strip()]
    i = 1
    while i < len(blocks) - 1:
        j = i
        while j < len(blocks) - 1 and all(FURNITURE.fullmatch(line) for line in text[blocks[j][0]:blocks[j][1]]
                                           .split("\n")):
            j += 1
        prev_end, nxt = blocks[i - 1][1], blocks[j][0] if j > i else -1
        if j > i and not re.search(r"[.!?:;\"”’)\]]\s*$", text[blocks[i - 1][0]:prev_end]) \
                and text[nxt:nxt + 1].islower():
            out.append((prev_end, nxt))
        i = max(j, i + 1)
    return out


@last_call  # (the statements and casualty stages read the same article's view: built once)
def reading_view(text: str, joins_only: bool = False) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    r"""``text`` as read: in a hard-wrapped text (``_wrapped_breaks``) the breaks inside a paragraph are spaces and a
    word cut by a hyphen at a line's end is joined ("malig-\nnancy" -> "malignancy", "Safa-\ndi said" -> "Safadi
    said"; a compound keeps its hyphen: "two-\nstate"), with the spaces saved put before the word, so the view has
    the raw text's length and every word ends where it ends in the raw text. Returns the view and the stretches
    moved: (a, b, pad) -- the view's text[a:b] is the raw text's text[a - pad:b - pad] (the first part of a joined
    word, from the start of its token); ``to_raw`` maps a view offset back. ``joins_only``: only the words are
    joined, every other character stays the raw text's (the view the other stages read: ``joined_words``).

    >>> t = ("x" * 58 + "\n") * 5 + "said the minis-\nter.\n"
    >>> v, moved = reading_view(t)
    >>> v[-21:], moved, t[moved[0][0] - 2:moved[0][1] - 2]
    ('said the   minister.\n', ((306, 311, 2),), 'minis')
    """
    breaks = _wrapped_breaks(text)
    if not breaks:
        return text, ()
    flat = list(text)
    for p in () if joins_only else breaks:
        flat[p] = " "
    for a, b in () if joins_only else _furniture_runs(text):  # a page's header and footer inside a paragraph
        flat[a:b] = " " * (b - a)
    moved: list[tuple[int, int, int]] = []
    last = 0
    for p in breaks:  # p: the line break; "-" before it, after a letter; a lower-case letter after it
        if not (p >= 2 and text[p - 1] == "-" and text[p - 2].isalpha() and text[p + 1:p + 2].islower()):
            continue
        ts = p - 1
        while ts > last and not text[ts - 1].isspace():
            ts -= 1
        te = p + 1
        while te < len(text) and text[te].isalpha():
            te += 1
        first = text[ts:p - 1]
        keep = first.lower().strip("“\"‘'(") in COMPOUND_FIRST
        word = first + ("-" if keep else "") + text[p + 1:te]
        pad = (te - ts) - len(word)
        flat[ts:te] = list(" " * pad + word)
        moved.append((ts + pad, ts + pad + len(first) + (1 if keep else 0), pad))
        last = te
    return "".join(flat), tuple(moved)


def to_raw(moved: tuple[tuple[int, int, int], ...], v: int) -> int:
    """The raw text's offset for the view's offset ``v`` (``reading_view``).

    >>> to_raw(((10, 15, 2),), 12), to_raw(((10, 15, 2),), 15)
    (10, 15)
    """
    for a, b, pad in moved:
        if a <= v < b:
            return v - pad
    return v


def entity_end(raw: str, end: int) -> int:
    """``end``, or the end of an HTML entity that the character before ``end`` opens (a span of the reading view
    ending at a closing mark written "&rdquo;" ends after the entity in the raw text).

    >>> t = "He said &ldquo;no&rdquo; today."
    >>> entity_end(t, t.index("&rdquo;") + 1), entity_end(t, 5)
    (24, 5)
    """
    m = ENTITY.match(raw, end - 1) if end > 0 and raw[end - 1:end] == "&" else None
    return m.end() if m else end


@last_call  # (the statements and casualty stages read the same article's view: built once)
def unwrapped(doc: Document) -> Document:
    r"""The document read with the line breaks of a hard-wrapped text as spaces and words cut at a line's end joined
    (``reading_view``): sentences run across the breaks (a quote, its speaker or its speech verb on the next line:
    "he
said", "said
the minister", "Safa-
di said") and every rule sees "he said". Only those breaks and words
    change, one character for one, so every offset is the raw text's offset (a joined word's first part moved:
    ``moved_words`` maps it back): rows record their words from the raw text (``extract`` does). HTML and entities
    in the text are read the same way first (``lib.extract.markup``: a quote mark written ``&ldquo;`` is a quote
    mark, a script is blank). Other documents as they are.

    >>> from lib.extract.document import document_from_text
    >>> t = "\n".join(["Abbas said the Palestinians would resist the plan by all peaceful"] * 5)
    >>> raw = document_from_text("a", "Headline\n\n" + t + "\nmeans.\n\nHe left.")
    >>> d = unwrapped(raw)
    >>> [s.text.count("\n") for s in d.sentences], len(d.text) == len(raw.text)
    ([0, 0, 0], True)
    """
    clean = reader_text(doc.text)
    if clean != doc.text:  # HTML or entities: the regions and sentences are already those a reader sees
        doc = replace(doc, text=clean, sentences=tuple(replace(s, text=clean[s.start:s.end]) for s in doc.sentences))
    flat_text, _ = reading_view(doc.text)
    if flat_text == doc.text:
        return doc
    # a short wrapped line after the body has begun ("Gaza be abandoned.\"") is no headline of its own
    first = split(flat_text, doc.regions)
    body = next((x.start for x in first if x.region == "body" and x.end - x.start >= 100), len(doc.text))
    regions = tuple(r for r in doc.regions if not (r.kind == "headline" and r.start > body))
    # (the same sentences: only the regions of the dropped headlines change)
    sentences = tuple(replace(x, region=region_of(x.start, x.end, regions)) for x in first)
    return replace(doc, text=flat_text, sentences=sentences, regions=regions)


def joined_words(doc: Document) -> tuple[Document, tuple[tuple[int, int, int], ...]]:
    r"""The document with only its words cut at a line's end joined (``reading_view(joins_only=True)``: "Octo-\nber 7"
    is read "October 7"), its sentences split again, and the stretches moved; the document itself and () when
    nothing was joined. The dates tagger reads it (``lib.extract.extract_document``).

    >>> from lib.extract.document import document_from_text
    >>> d, moved = joined_words(document_from_text("a", ("x" * 58 + "\n") * 5 + "on Octo-\nber 7.\n"))
    >>> " ".join(d.text.split()[-2:]), moved
    ('October 7.', ((300, 304, 2),))
    """
    text, moved = reading_view(doc.text, joins_only=True)
    if not moved:
        return doc, ()
    return replace(doc, text=text, sentences=tuple(split(text, doc.regions))), moved


@last_call  # (the statements and casualty stages read the same article's view: built once)
def moved_words(doc: Document) -> tuple[tuple[int, int, int], ...]:
    """The stretches of ``unwrapped(doc)``'s text moved from the raw text (``reading_view``)."""
    clean, entities = readable_view(doc.text)
    return reading_view(clean)[1] + entities  # (a word both cut and with an entity: the cut first)
