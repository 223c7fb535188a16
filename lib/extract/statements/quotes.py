"""Quoted spans: where quotes open and close (any quote style, across paragraphs), and which quoted words are
speech rather than titles or scare quotes.

Approach: doubles first, then singles outside them; a quote left open at a paragraph's end continues into a
next paragraph that opens with a quote mark. Example: in 'He said “yes, we will”' the quote is "yes, we will".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

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
    return [(a, b) for a, b in out if not _nickname(text, a, b)]


# a nickname in quotation marks inside a name (Joko “Jokowi” Widodo, Benjamin "Bibi" Netanyahu): part of the name
NICKNAME = re.compile(r"[A-Z][\w'’.-]{1,24}")
NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]* $")
NAME_AFTER = re.compile(r" [A-Z][\w'’-]")


def _nickname(text: str, a: int, b: int) -> bool:
    """Is the quote at (a, b) one capitalised word between two capitalised words, a nickname inside a name?

    >>> t = 'President Joko "Jokowi" Widodo wrote. He called it "Jokowi" then.'
    >>> _nickname(t, t.index('"'), t.index('"', t.index('"') + 1)), _nickname(t, t.rindex('"J'), t.rindex('"'))
    (True, False)
    """
    return b > a and bool(NICKNAME.fullmatch(text, a + 1, b)) and bool(NAME_BEFORE.search(text, max(0, a - 30), a)) \
        and bool(NAME_AFTER.match(text, b + 1))


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
