"""Sentence splitting with exact spans, region labels and links to repeated sentences.

Idea: every record quotes a sentence by its span, so sentences are spans of the original text, never rewritten;
a sentence written twice (a lede repeated under a photo) is read once by the later stages.

Approach: each non-blank line is a paragraph (in hard-wrapped text, where most lines break mid-sentence at a
similar width, each block of lines between blank lines is); inside it, sentences end at ``.``, ``!``, ``?`` (with closing quotes
or brackets) before white space and a capital, digit or opening quote, except after abbreviations (``U.S.``,
``Feb.``, ``Mr.``) and initials. Each sentence takes the region covering most of it (``regions.region_of``) and,
when its text without datelines and credits repeats an earlier sentence's, ``duplicate_of`` that sentence.

A run-on "sentence" longer than ``MAX_SENTENCE`` characters (a page with no punctuation) is cut into pieces of
at most that length, at a clause boundary (``;``, ``,``, a dash) or else a space in the last half of the window:
the clause rules look at words pairwise within a sentence, so bounding its length keeps every stage linear in
the length of the article.

Example:
    >>> [s.text for s in split("Talks began on Feb. 12 in Cairo. The U.S. agreed.\\nSubscribe")]
    ['Talks began on Feb. 12 in Cairo.', 'The U.S. agreed.', 'Subscribe']
"""
from __future__ import annotations

import re

from lib.extract.markup import ENTITY, readable_view, reader_text
from lib.extract.regions import _BLANK, paragraph_ends, region_of, text_key, trim, wrapped
from lib.models import Region, Sentence

ABBREVIATIONS = frozenset(
    """mr mrs ms dr st gen lt col sgt cpl pvt spc cpt lieut gov sen rep prof capt cmdr adm maj brig pres amb rev hon
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vs etc jr sr inc co corp ltd int'l intl dept est approx fig al p pp ed eds vol
    u.s u.n u.k e.u u.s.a u.a.e d.c a.m p.m""".split()
)

MAX_SENTENCE = 1000  # characters; the longest sentence in the evaluation sets is 431
_SOFT_BREAK = re.compile(r"[;,:]\s|\s[-–—]+\s")

BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9\u0600-\u06FF\u0400-\u04FF])")


def _is_abbreviation(line: str, dot: int) -> bool:
    """Is the '.' at ``dot`` the end of an abbreviation or initial?"""
    if line[dot] != ".":
        return False
    m = re.search(r"([A-Za-z][A-Za-z.'’]*)$", line[:dot])
    if not m:
        return False
    word = m.group(1).lower().replace("’", "'")
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha() and line[m.start(1)].isupper()


def _spans_in_line(line: str):
    start = 0
    for m in BOUNDARY.finditer(line):
        if _is_abbreviation(line, m.start()):
            continue
        yield from _capped(line, start, m.end())
        start = m.end()
    yield from _capped(line, start, len(line))


def _capped(line: str, a: int, b: int, limit: int = MAX_SENTENCE):
    """(a, b) cut into pieces of at most ``limit`` characters at clause ends or spaces.

    >>> [len(line[x:y]) for line in ["word " * 500] for x, y in _capped(line, 0, len(line))]
    [1000, 1000, 500]
    """
    while b - a > limit:
        lo, hi = a + limit // 2, a + limit
        cut = None
        for m in _SOFT_BREAK.finditer(line, lo, hi):
            cut = m.start() + 1
        if cut is None:
            sp = line.rfind(" ", lo, hi)
            cut = sp + 1 if sp > lo else hi
        yield a, cut
        a = cut
    yield a, b


def _without(text: str, s: int, e: int, skip: list[Region]) -> str:
    """text[s:e] without datelines and credits, to compare repeated ledes and captions."""
    parts, pos = [], s
    for r in skip:
        if r.start < e and r.end > pos and r.start >= s:
            parts.append(text[pos:r.start])
            pos = max(pos, r.end)
    parts.append(text[pos:e])
    return "".join(parts)


# regions that can cover whole lines (a headline, a related link, a byline): such a line is never part of a body paragraph
LINE_KINDS = frozenset({"headline", "boilerplate", "related", "foreign", "credit", "caption"})


def _paragraphs(text: str, own: frozenset[tuple[int, int]] = frozenset()):
    """(offset, paragraph text) per paragraph: each line, or in hard-wrapped text each block of lines between
    blank lines (its line breaks kept, so offsets stay exact); a line whose stripped span is in ``own`` (a headline
    or other line region) is a paragraph of its own there too."""
    lines = text.split("\n")
    join = wrapped(text)
    ends = paragraph_ends(lines) if join else set()
    pos, block, start = 0, [], 0
    for i, raw in enumerate(lines):
        if join and raw.strip(_BLANK) and trim(text, pos, pos + len(raw)) not in own:
            if not block:
                start = pos
            block.append(raw)
            if i in ends:  # a paragraph ends on this line although the next is not blank
                yield start, "\n".join(block)
                block = []
        else:
            if block:
                yield start, "\n".join(block)
                block = []
            yield pos, raw
        pos += len(raw) + 1
    if block:
        yield start, "\n".join(block)


def _raw_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """The span [s, e) of the reader's view (``markup.reader_text``) widened to whole entities and words of the raw
    text: a sentence opening with a quote mark written "&ldquo;" starts at the "&", one opening with a word whose
    entity moved its first part ("Israel&rsquo;s") starts at the word, one ending in an entity ends after it.

    >>> t = "Talks ended. &ldquo;We left,&rdquo; he said."
    >>> [t[a:b] for a, b in (_raw_bounds(t, t.index(";We"), len(t)), _raw_bounds(t, 0, t.index("quo; he") + 3))]
    ['&ldquo;We left,&rdquo; he said.', 'Talks ended. &ldquo;We left,&rdquo;']
    """
    for a, b, pad in readable_view(text)[1]:  # (the view's text[a:b] is the raw text[a - pad:b - pad])
        if a <= s < b:
            s -= pad
    amp = text.rfind("&", max(0, s - 40), s + 1)
    m = ENTITY.match(text, amp) if amp >= 0 else None
    if m and m.start() <= s < m.end():
        s = m.start()
    amp = text.rfind("&", max(0, e - 40), e)
    m = ENTITY.match(text, amp) if amp >= 0 else None
    if m and m.start() < e < m.end():
        e = m.end()
    return s, e


def split(text: str, regions: tuple[Region, ...] = ()) -> tuple[Sentence, ...]:
    """Sentences of ``text`` with spans, region labels and links to earlier duplicates. In a text with HTML, the
    sentences are those a reader sees (``markup.reader_text``: a tag is no text and a block tag ends a paragraph),
    each recorded as its span of ``text``.

    >>> [s.text for s in split('<aside class="related">\\n<p>Talks ended.</p><p>Aid flowed.</p>\\n</aside>')]
    ['Talks ended.', 'Aid flowed.']
    """
    out: list[Sentence] = []
    seen: dict[str, int] = {}
    para = 0
    skip = [r for r in regions if r.kind in ("dateline", "credit")]
    view = reader_text(text)  # (one character for one: the view's spans are the text's)
    # whole lines that are no body (a headline, a related link) end a hard-wrapped text's paragraph around them
    own = frozenset((r.start, r.end) for r in regions if r.kind in LINE_KINDS)
    for base, raw in _paragraphs(view, own):
        if not raw.strip(_BLANK):
            continue
        for a, b in _spans_in_line(raw):
            a += len(raw[a:b]) - len(raw[a:b].lstrip("\n" + _BLANK))  # (a sentence after a stop at a line's end)
            s, e = trim(view, base + a, base + b)
            if e <= s:
                continue
            if view is not text:
                s, e = _raw_bounds(text, s, e)
            stext = text[s:e]
            key = text_key(_without(view, s, e, skip))
            dup = seen.get(key) if len(key) > 20 else None
            if dup is None and len(key) > 20:
                seen[key] = len(out)
            out.append(Sentence(index=len(out), start=s, end=e, text=stext,
                                region=region_of(s, e, regions), paragraph=para, duplicate_of=dup))
        para += 1
    return tuple(out)
