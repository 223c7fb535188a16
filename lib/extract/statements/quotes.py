"""Quoted spans: where quotes open and close (any quote style, across paragraphs), and which quoted words are
speech rather than titles or scare quotes.

Approach: doubles first, then singles outside them; a quote left open at a paragraph's end continues into a
next paragraph that opens with a quote mark. Example: in 'He said “yes, we will”' the quote is "yes, we will".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lib.extract.markup import ENTITY, readable_text, readable_view
from lib.extract.regions import find_regions
from lib.extract.sentences import hard_wrapped, paragraph_ends, split
from lib.extract.statements.verbs import reporting_verbs
from lib.models import Document, Sentence

OPEN_DOUBLE = "“«„"
CLOSE_DOUBLE = "”»"
MIN_QUOTE_WORDS = 3
# A shorter quote is speech only as the quoted predicate of reported speech: "X said that Y was “nearly complete.”"
MIN_PREDICATE_WORDS = 2
COPULA_BEFORE = re.compile(r"(?i)\b(?:is|was|are|were|remains?|remained|be|been|being|seemed|appeared)"
                           r"(?:\s+(?:still|now|not|already|very|\w+ly))?\s*$")
TITLE_CUES = re.compile(r"(?i)\b(?:book|novel|film|movie|song|album|titled|entitled|headlined|so-called|"
                        r"known as|slogan|hashtag)\s*$")
# Verbs of naming: a quoted name after them opens with a capital ("an operation called “Iron Swords”"); lower-case
# words are what someone called it ("what Netanyahu's office called “a mutual ceasefire”": speech)
NAMED_CUES = re.compile(r"(?i)\b(?:called|named|dubbed)\s*$")
# Nouns a quoted name follows ("operation “Protective Edge”"), but which may also be the object of speech
# ("condemned the operation “in the strongest terms”"): a title only when the quote opens with a capital
NAME_CUES = re.compile(r"(?i)\b(?:operation|campaign|program|programme|plan|initiative)\s*$")


def find_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of the quote marks in text[start:end], doubles first, then singles outside them.

    >>> t = 'He said “yes, we will” and ‘no more’ then "fine by us".'
    >>> [t[a + 1:b] for a, b in find_quotes(t, 0, len(t))]
    ['yes, we will', 'fine by us', 'no more']
    """
    out: list[tuple[int, int]] = []
    opened = None
    for i in range(start, end):
        c = text[i]
        if c in OPEN_DOUBLE and opened is None:
            opened = i
        elif c in CLOSE_DOUBLE and opened is not None:
            out.append((opened, i))
            opened = None
        elif c == '"':
            before = text[i - 1] if i > start else " "
            if opened is None and (before.isspace() or before in "([—–-:") and i + 1 < end and not text[i + 1].isspace():
                opened = i
            elif opened is not None:
                out.append((opened, i))
                opened = None
    if opened is not None:
        out.append((opened, -1))  # still open at the end of the paragraph
    doubles = [(a, b) for a, b in out]
    inside = lambda p: any(a <= p and (b == -1 or p <= b) for a, b in doubles)  # noqa: E731
    opened = None
    for i in range(start, end):
        c = text[i]
        if c not in "‘’'" or inside(i):
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if opened is None and c in "‘'" and (before.isspace() or before in "([—–") and after.isalnum():
            opened = i
        elif opened is not None and c in "’'" and not after.isalnum() and not before.isspace():
            out.append((opened, i))
            opened = None
    return out


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s)


def _is_title(q: str, before: str) -> bool:
    """A quoted title or name rather than speech ("the book “The Case for Israel”")."""
    if TITLE_CUES.search(before) or ((NAME_CUES.search(before) or NAMED_CUES.search(before))
                                     and re.match(r"\W*[A-Z]", q)):
        return True
    ws = _words(q)
    caps = sum(1 for w in ws if w[0].isupper())
    return len(ws) <= 10 and caps >= max(2, len(ws) - 2) and not re.search(r"[.!?,]\s*$", q) and \
        not any(w.lower() in ("we", "i", "our", "is", "are", "will") for w in ws)


@dataclass
class _Quote:
    q_start: int  # first character inside the marks
    q_end: int
    close: int  # offset of the closing mark (or q_end)
    para_start: int
    para_end: int


def _paragraphs(doc: Document) -> list[list[Sentence]]:
    paras: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        paras.setdefault(s.paragraph, []).append(s)
    return [paras[k] for k in sorted(paras)]


# Paragraphs a quote left open may run through without a mark of their own before its closing mark (a speech or an
# opening statement printed in full: “Good evening ... ¶ Hamas will pay ... ¶ ... the Corridor.”)
MAX_UNMARKED_PARAGRAPHS = 8


def unbalanced_close(text: str, start: int, end: int) -> int:
    """Offset of a closing double mark in text[start:end] before any opening one (the end of a quote opened in an
    earlier paragraph), else -1. A straight mark closes when a word or punctuation stands right before it.

    >>> t = 'We will not leave." Then he left.'
    >>> unbalanced_close(t, 0, len(t)) == t.index('"')
    True
    >>> unbalanced_close('He said "no more" today.', 0, 24), unbalanced_close("No marks here.", 0, 14)
    (-1, -1)
    """
    for i in range(start, end):
        c = text[i]
        if c in OPEN_DOUBLE:
            return -1
        if c in CLOSE_DOUBLE:
            return i
        if c == '"':
            before = text[i - 1] if i > start else " "
            return i if not before.isspace() and before not in "([—–-:" else -1
    return -1


def _quotes(doc: Document) -> list[_Quote]:
    """Quotes in body paragraphs; a quote left open at a paragraph end continues into the next paragraph
    when that one opens with a quote mark (the usual multi-paragraph convention), or through paragraphs without
    any double mark up to one whose first mark closes it (a speech printed in full, its middle paragraphs
    unmarked). A quote left open with neither is dropped, as before."""
    text = doc.text
    out: list[_Quote] = []
    carry: _Quote | None = None
    paragraphs = _paragraphs(doc)
    k = 0
    while k < len(paragraphs):
        para = paragraphs[k]
        ps, pe = para[0].start, para[-1].end
        marks = find_quotes(text, ps, pe)
        if carry is not None:
            continues = bool(marks) and marks[0][0] == ps and text[ps] in OPEN_DOUBLE + '"'
            closed = None if continues else _closed_later(text, paragraphs, k)
            if continues:
                a, b = marks.pop(0)
                if b == -1:
                    carry.para_end = pe
                    k += 1
                    continue
                out.append(_Quote(carry.q_start, b, b, carry.para_start, pe))
            elif closed is not None:  # the rest of the closing paragraph is read as usual
                close, k = closed
                ps, pe = paragraphs[k][0].start, paragraphs[k][-1].end
                out.append(_Quote(carry.q_start, close, close, carry.para_start, pe))
                marks = find_quotes(text, close + 1, pe)
            carry = None
        for a, b in marks:
            if b == -1:
                carry = _Quote(a + 1, pe, pe, ps, pe)
            else:
                out.append(_Quote(a + 1, b, b, ps, pe))
        k += 1
    return out


def _closed_later(text: str, paragraphs: list[list[Sentence]], k: int) -> tuple[int, int] | None:
    """(closing mark, paragraph index) of a quote left open before paragraph k that runs through unmarked
    paragraphs to a mark that closes it, within ``MAX_UNMARKED_PARAGRAPHS``; None when a paragraph on the way has
    a double mark of its own, or is no body text, or none closes."""
    for j in range(k, min(len(paragraphs), k + MAX_UNMARKED_PARAGRAPHS)):
        para = paragraphs[j]
        ps, pe = para[0].start, para[-1].end
        if not _is_body(para[0]):
            return None
        close = unbalanced_close(text, ps, pe)
        if close != -1:
            return close, j
        if re.search(r"[“”\"«»]", text[ps:pe]):
            return None
    return None



def _sentence(doc: Document, pos: int) -> Sentence | None:
    s = doc.sentence_at(pos)
    if s is None:  # between sentences: the next one
        s = next((x for x in doc.sentences if x.start >= pos), None)
    return s


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while b > a and text[b - 1] in " ,;:\n":
        b -= 1
    while a < b and text[a] in " \n“”\"«»":
        a += 1
    return a, b


def _is_body(s: Sentence | None) -> bool:
    return s is not None and s.region == "body" and s.duplicate_of is None



def _reported_predicate(text: str, floor: int, open_mark: int, inner: str, vre) -> bool:
    """Is a short quote (two words) the quoted predicate of reported speech: right after a copula, in a sentence
    whose reporting verb of saying comes before it ("said … that Washington was “intensely focused”")? A short
    quote in narrative ("the so-called “buffer zone”") or after a noun is a scare quote.

    >>> from lib.extract.statements.verbs import _verb_re
    >>> t = 'Rivera said that the talks were "highly productive" on Monday.'
    >>> _reported_predicate(t, 0, t.index('"'), "highly productive", _verb_re())
    True
    >>> t = 'The army entered the so-called "buffer zone" on Monday.'
    >>> _reported_predicate(t, 0, t.index('"'), "buffer zone", _verb_re())
    False
    """
    if len(_words(inner)) < MIN_PREDICATE_WORDS or not COPULA_BEFORE.search(text[floor:open_mark]):
        return False
    for v in vre.finditer(text, floor, open_mark):
        vk = reporting_verbs().get(re.sub(r"\s+", " ", v.group(0)).lower())
        if vk is not None and vk.kind == "say" and not re.search(r"[“”\"«»]", text[v.end():open_mark]):
            return True
    return False


def _wrapped_breaks(text: str) -> list[int]:
    r"""Offsets of the line breaks of a hard-wrapped text (lines cut at a fixed width, paragraphs separated by blank
    lines) that fall inside a paragraph; [] for a text whose lines are its paragraphs.

    A text is hard-wrapped as the sentence splitter decides (``sentences.hard_wrapped``); a break between two
    non-blank lines of it is a space, not a paragraph end.

    >>> t = ("x" * 60 + "\n") * 6 + "end.\n\nNext paragraph."
    >>> len(_wrapped_breaks(t))
    6
    >>> _wrapped_breaks("A paragraph of a normal article that ends here.\nAnother one.\nA third.")
    []
    """
    lines = text.split("\n")
    if not hard_wrapped(lines):  # (the sentence splitter's test: its paragraphs are these lines' blocks)
        return []
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
    clean = readable_text(doc.text)
    if clean != doc.text:  # HTML or entities: regions and sentences of the text a reader sees
        regions = find_regions(clean, title=doc.title)
        doc = replace(doc, text=clean, regions=regions, sentences=tuple(split(clean, regions)))
    flat_text, _ = reading_view(doc.text)
    if flat_text == doc.text:
        return doc
    # a short wrapped line after the body has begun ("Gaza be abandoned.\"") is no headline of its own
    first = split(flat_text, doc.regions)
    body = next((x.start for x in first if x.region == "body" and x.end - x.start >= 100), len(doc.text))
    regions = tuple(r for r in doc.regions if not (r.kind == "headline" and r.start > body))
    sentences = tuple(split(flat_text, regions))
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


def moved_words(doc: Document) -> tuple[tuple[int, int, int], ...]:
    """The stretches of ``unwrapped(doc)``'s text moved from the raw text (``reading_view``)."""
    clean, entities = readable_view(doc.text)
    return reading_view(clean)[1] + entities  # (a word both cut and with an entity: the cut first)
