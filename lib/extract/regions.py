"""Non-body regions: site chrome, captions and credits, related links, datelines, other-language lines.

Idea: only the body of an article carries claims; everything around it (a site header, a photo caption, a
"Related:" list, the dateline, a line in another script) is marked as a region so that later stages can skip or
weigh it. Regions are offsets into the decoded text; the text itself is never rewritten.

Approach: each line is tested against the rules of ``lib/data/boilerplate.csv`` (kind, scope line|inline,
regex), then for a foreign script, the manifest title and a dateline (``lib.extract.dateline``); lines repeating a
caption, leading lines before the headline, titles after a related-links header and short unpunctuated lines
follow from those. ``region_of`` gives the kind covering most of a span. The cases are tabled in
``tests/extract/test_regions.py``.

Example:
    >>> rs = find_regions("Subscribe\\nHamas said it rejects the talks.\\n")
    >>> [(r.kind, r.start, r.end) for r in rs]
    [('boilerplate', 0, 9)]
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lib.extract import dateline
from lib.extract.lastcall import last_call
from lib.extract.markup import TITLE, reader_text
from lib.models import Region

DATA = Path(__file__).resolve().parent.parent / "data"

@dataclass(frozen=True)
class Rule:
    kind: str
    scope: str
    regex: re.Pattern
    note: str


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Boilerplate rules from ``lib/data/boilerplate.csv``."""
    out = []
    with open(DATA / "boilerplate.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.append(Rule(row["kind"], row["scope"], re.compile(row["pattern"], re.IGNORECASE), row["note"]))
    return tuple(out)


def text_key(s: str) -> str:
    """A key to recognise the same text written again (a title, a caption, a repeated lede): case, punctuation and
    spacing folded.

    >>> text_key("Israel’s  cabinet - met.") == text_key("israel's cabinet met")
    True
    """
    return re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", s).lower()).strip()


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """The span [a, b) of ``text`` without surrounding white space (a byte-order mark counts at the start).

    >>> trim("\\ufeff  Talks. \\r", 0, 11)
    (3, 9)
    """
    seg = text[a:b]
    return a + len(seg) - len(seg.lstrip(" \t\ufeff\u00a0\r")), b - (len(seg) - len(seg.rstrip(" \t\u00a0\r")))


def _lines(text: str):
    """(start, end) of each non-blank line, stripped of surrounding white space."""
    pos = 0
    for raw in text.split("\n"):
        a, b = trim(text, pos, pos + len(raw))
        pos += len(raw) + 1
        if b > a:
            yield a, b


def _is_latin(c: str) -> bool:
    o = ord(c)
    return o < 0x250 or 0x1E00 <= o < 0x1F00 or 0xFF21 <= o < 0xFF5B  # Latin blocks, Latin Extended Additional, fullwidth


# A character outside the Latin blocks of ``_is_latin``: only these can be foreign letters.
_NOT_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\uff21-\uff5a]")


def _foreign_share(s: str) -> float:
    """Share of letters that are not Latin (0.0 when there are no letters). A text with no letter outside the Latin
    blocks (most articles: their only such characters are curly quotes and dashes) is 0.0 without reading every
    character in Python.

    >>> _foreign_share("Talks"), _foreign_share("Заголовок"), _foreign_share("ok Жж"), _foreign_share("“Ok” — ½")
    (0.0, 1.0, 0.5, 0.0)
    """
    if not any(c.isalpha() for c in _NOT_LATIN.findall(s)):
        return 0.0
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if not _is_latin(c)) / len(letters)


def _is_headline_like(s: str) -> bool:
    """Short, capitalised, without closing punctuation, and no sentence ended inside it (a caption with its credit
    after: "Fidan and al-Sharaa held talks in Damascus on Sunday. Photo: AA").

    >>> _is_headline_like("Talks resume in Cairo"), _is_headline_like("Leaders met on Sunday. Photo: AFP")
    (True, False)
    >>> _is_headline_like("U.S. envoy arrives in Cairo")
    True
    """
    words = s.split()
    return 0 < len(words) <= 16 and not re.search(r"[.!?:;,\"”’»)\]]$", s) and s[:1].isupper() and \
        not re.search(r"[a-z]{2}[.!?][\"'”’]?\s+[A-Z]", s)


_FINAL_STOP = re.compile(r"[.!?:;][\"'”’»)\]]*$")
_BLANK = " \t\r\ufeff\u00a0"
# a PDF column's lines are at least this long when at least MIN_CUT_WORDS of them end in a word cut by a hyphen
NARROW_COLUMN = 25
MIN_CUT_WORDS = 2


def hard_wrapped(lines: list[str]) -> bool:
    """Is the text hard-wrapped: at least five lines and most of the lines followed by another line breaking
    mid-sentence (no closing punctuation), at a similar width (a line of 50 to 90 characters; of 25 to 90 in a PDF
    column, where at least two lines end in a word cut by a hyphen)? The sentence splitter's test (``sentences`` and
    ``reading`` use it) and the one that keeps a wrapped body's lines from being headlines.

    >>> hard_wrapped(["Leaders from about 75 countries and organisations gathered on", "Tuesday at the resort of",
    ...               ""] * 3)
    False
    >>> hard_wrapped(["Leaders and officials from about seventy-five countries met on", "Tuesday at the resort of X,",
    ...               "in a conference convened by Jordan, Egypt and the United Nations", "to raise aid for Gaza."] * 2)
    True
    >>> hard_wrapped(["The two ministers met in the capi-", "tal on Sunday to discuss the re-", "lease of the detainees held in",
    ...               "and the exchange of prisoners", "on Sunday, officials said."])
    True
    """
    body = [(a.rstrip(_BLANK), b) for a, b in zip(lines, lines[1:] + [""], strict=True) if a.strip(_BLANK)]
    followed = [a for a, b in body if b.strip(_BLANK)]
    # a narrow column pasted from a PDF (lines of NARROW_COLUMN characters and more) shows words cut by a hyphen at
    # its lines' ends ("capi-\ntal"): then shorter lines count
    cut = sum(1 for a, b in body if re.search(r"[a-z]{2}-$", a) and re.match(r"[a-z]{2}", b.lstrip(_BLANK)))
    least = NARROW_COLUMN if cut >= MIN_CUT_WORDS else 50
    wrapped = [a for a in followed if least <= len(a) <= 90 and not re.search(r"[.!?:;\"”’)\]]$", a)]
    return len(body) >= 5 and len(wrapped) >= 4 and len(wrapped) * 2 >= len(followed)


# a hard-wrapped text with this many blank lines between its lines marks its paragraphs with them
MIN_BLANK_BREAKS = 3


def paragraph_ends(lines: list[str]) -> set[int]:
    r"""In a hard-wrapped text without blank lines between its paragraphs (fewer than ``MIN_BLANK_BREAKS``), the lines
    that end a paragraph although a line follows: the next line is indented ("   The talks ..."), or this one ends a
    sentence and the next line's first word would have fit on it (a wrapper would have put it there: a short last
    line; the width is the 90th percentile of the lines' lengths).

    >>> sorted(paragraph_ends(["Talks on a truce made progress and would resume in the capital", "next week.",
    ...                        "The envoys from Qatar and the United States were expected to", "attend."]))
    [1]
    >>> sorted(paragraph_ends(["Talks on a truce made progress and would resume in the capital", "next week",
    ...                        "   The envoys from Qatar and the United States were expected to", "attend."]))
    [1]
    """
    blanks = sum(1 for a, b, c in zip(lines, lines[1:], lines[2:], strict=False)
                 if a.strip(_BLANK) and not b.strip(_BLANK) and c.strip(_BLANK))
    if blanks >= MIN_BLANK_BREAKS:  # the text marks its paragraphs with blank lines: no other paragraph ends
        return set()
    sizes = sorted(len(x.rstrip(_BLANK)) for x in lines if 0 < len(x.rstrip(_BLANK)) <= 90)
    width = sizes[int(0.9 * (len(sizes) - 1))] if sizes else 0  # (a long header line is no measure of the width)
    out = set()
    for i, (a, b) in enumerate(zip(lines, lines[1:], strict=False)):
        a, bs = a.rstrip(_BLANK), b.strip(_BLANK)
        if not a.strip(_BLANK) or not bs:
            continue
        if re.match(r"(?: {2,}|	)\S", b) and not re.match(r"(?: {2,}|	)\S", lines[i]):
            out.add(i)
        elif re.search(r"[.!?:\"”’)]$", a) and len(a) + 1 + len(bs.split()[0]) <= width:
            out.add(i)
    return out


@last_call  # (regions, the sentence splitter and the reading view ask it of the same text: decided once)
def wrapped(text: str) -> bool:
    """``hard_wrapped`` of the lines of ``text``, decided once per text object (``lastcall.last_call``).

    >>> wrapped("Talks ended.\\nAid flowed."), wrapped(("x" * 60 + "\\n") * 6)
    (False, True)
    """
    return hard_wrapped(text.split("\n"))


def runs_on(text: str, lines: list[tuple[int, int]], marked: frozenset[int] = frozenset(),
            dated: frozenset[int] = frozenset()) -> set[int]:
    """In a hard-wrapped text (``hard_wrapped``), the indices of the lines whose sentence runs on into the
    next line of their paragraph, and of the lines it runs into: lines of the body, never headlines, however short
    and unpunctuated they look. A line runs on when it has no final stop, it and the next line read as one line
    would be no headline (they end a sentence, or they are long: more than 16 words), and the next line starts
    lower-case, or the line leaves a quote open, or (once the body has begun: a line of ``marked``, already a
    region, never begins it; a line of ``dated``, opening with a dateline, or the first line of a paragraph of three
    lines or more that ends a sentence, in a text that separates its paragraphs by blank lines, does; without blank
    lines, where ``paragraph_ends`` ends the paragraphs, so does such a paragraph's line of 50 characters or more
    after a headline) the line fills the width (50 characters or more). A headline wrapped onto two lines
    ("... takes hold in" / "Lebanon") or a byline above the body stays a headline.

    >>> para = ("Hochstein met the speaker of Lebanon's parliament in Beirut\\non Monday.\\n\\n"
    ...         "Hochstein met Lebanon's parliament speaker in Beirut on\\nMonday.\\n\\n")
    >>> t = "Talks resume in\\nBeirut\\n\\n" + para * 3
    >>> sorted(runs_on(t, list(_lines(t))))
    [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]
    """
    if len(lines) < 5 or not wrapped(text):
        return set()
    # a line ends its paragraph when a blank line (or the end of the text) follows it
    ends = [j + 1 == len(lines) or text.count("\n", lines[j][1], lines[j + 1][0]) >= 2 for j in range(len(lines))]
    # a paragraph of three lines or more ending a sentence, in a text that marks its paragraphs with blank lines,
    # is prose: its first line begins the body
    paragraphs = sum(ends) >= 4
    if not paragraphs:  # no blank lines between paragraphs: an indented line or a short last line ends one
        raw = text.split("\n")
        row = {text.count("\n", 0, a): j for j, (a, _) in enumerate(lines)}
        for k in paragraph_ends(raw):
            if k in row:
                ends[row[k]] = True
    out: set[int] = set()
    begun = False
    for i, (a, b) in enumerate(lines):
        s = text[a:b]
        last = next(j for j in range(i, len(lines)) if ends[j])
        ends_sentence = bool(_FINAL_STOP.search(text[slice(*lines[last])]))  # (the paragraph's last line)
        prose = paragraphs and (i == 0 or ends[i - 1]) and last - i >= 2 and ends_sentence
        # without blank lines: the first line filling the width after the headline, of a paragraph of three lines or
        # more ending a sentence, is the lede's (not a subhead: "Turkish President ... and Russian President Vladimir")
        prose = prose or (not paragraphs and not begun and i >= 1 and i - 1 not in out and len(s) >= 50
                          and _is_headline_like(text[slice(*lines[i - 1])]) and last - i >= 2 and ends_sentence)
        begun = begun or i in dated or bool(prose)
        if not ends[i] and not _FINAL_STOP.search(s):
            nxt = text[lines[i + 1][0]:lines[i + 1][1]]
            open_quote = s.count('"') % 2 == 1 or s.count("“") > s.count("”")
            # (above the body, a paragraph that ends no sentence is a headline wrapped onto its lines, however long)
            if (begun or ends_sentence) and not _is_headline_like(f"{s} {nxt}") and (nxt[:1].islower() or open_quote
                                                                      or (begun and len(s) >= 50)):
                out.update((i, i + 1))
        if i not in marked and (not _is_headline_like(s) or i in out) and (ends_sentence or i in out):
            begun = True  # (not by the last word of a wrapped headline: "... that will not" / "pass")
    return out


# emphasis markers around a whole line ("*Also Read: [...](...)*", "_Related_"): not part of what the line says
_EMPHASIS = re.compile(r"^[*_]+\s*|\s*[*_]+$")


def find_regions(text: str, title: str = "") -> tuple[Region, ...]:
    """Non-body regions of ``text`` sorted by start. ``title`` (from the manifest) marks headlines. The lines are
    those a reader sees (``markup.reader_text``, same offsets): an HTML paragraph of related links
    ("<p><strong>Read more: <a ...>...</a></strong></p>") is tested as the line "Read more: ...".

    >>> t = 'Egypt hosted talks in Cairo.\\n<p><strong>Read more: <a href="/x">Qatar talks</a></strong></p>\\n<br>'
    >>> [(r.kind, t[r.start:r.end]) for r in find_regions(t)]
    [('related', 'Read more: <a href="/x">Qatar talks')]
    """
    regions: list[Region] = []
    raw = text
    text = reader_text(text)  # (one character for one: offsets into it are offsets into the raw text)
    lines = list(_lines(text))
    latin_doc = _foreign_share(text[:20000]) < 0.5
    ntitle = text_key(title) if title else ""
    marked: dict[int, str] = {}  # line index -> kind when the whole line is a region
    captions: set[str] = set()

    for i, (a, b) in enumerate(lines):
        s = text[a:b]
        plain = _EMPHASIS.sub("", s)
        for r in rules():
            if r.scope == "line" and r.regex.search(plain):
                marked[i] = r.kind
                regions.append(Region(a, b, r.kind, r.note))
                break
        else:
            if latin_doc and _foreign_share(s) > 0.5:
                marked[i] = "foreign"
                regions.append(Region(a, b, "foreign", "line in another script"))
                continue
            for r in rules():
                if r.scope != "inline":
                    continue
                for m in r.regex.finditer(s):
                    regions.append(Region(a + m.start(), a + m.end(), r.kind, r.note))
                    if r.kind == "credit":
                        before = s[: m.start()].strip()
                        if before:
                            regions.append(Region(a, a + len(s[: m.start()].rstrip()), "caption",
                                                  "text before a photo credit"))
                            captions.add(text_key(before))
                        marked[i] = "caption"
            if ntitle and text_key(s) == ntitle:
                marked[i] = "headline"
                regions.append(Region(a, b, "headline", "matches the title"))
            dl = dateline.parse(text, a, b)
            if dl is not None and i not in marked:
                regions.append(Region(dl.start, dl.end, "dateline", "dateline"))

    # lines that repeat a caption's text without its credit are captions too
    for i, (a, b) in enumerate(lines):
        if i not in marked and captions and text_key(text[a:b]) in captions:
            marked[i] = "caption"
            regions.append(Region(a, b, "caption", "repeats a photo caption"))

    # headlines: the title line, the leading short line, and short unpunctuated subheads (not a wrapped body's
    # lines whose sentence runs on)
    datelines = [r.start for r in regions if r.kind == "dateline"]
    cont = runs_on(text, lines, frozenset(marked), frozenset(i for i, (a, b) in enumerate(lines)
                                                             if any(a <= d < b for d in datelines)))
    first_body = next((i for i, (a, b) in enumerate(lines) if i not in marked
                       and (i in cont or not _is_headline_like(text[a:b]))), len(lines))
    title_idx = [i for i, k in marked.items() if k == "headline"]
    if title_idx:
        # everything before the first title line in the leading block is site chrome
        for i in range(0, min(title_idx)):
            if i not in marked and i < first_body:
                a, b = lines[i]
                marked[i] = "boilerplate"
                regions.append(Region(a, b, "boilerplate", "site header before the headline"))
    # link lists: short unpunctuated lines right after a "Related:"/"Read more" header are other stories' titles
    for i, (a, b) in enumerate(lines):
        if marked.get(i) == "related" and len(text[a:b].split()) <= 4:
            j = i + 1
            while j < len(lines) and j not in marked and _is_headline_like(text[lines[j][0]:lines[j][1]]):
                marked[j] = "related"
                regions.append(Region(lines[j][0], lines[j][1], "related", "link after a related-stories header"))
                j += 1
    for i, (a, b) in enumerate(lines):
        if i not in marked and i not in cont and _is_headline_like(text[a:b]):
            marked[i] = "headline"
            regions.append(Region(a, b, "headline", "short line without closing punctuation"))
    # a saved page's <title> element is its headline (with the site's name after it: "... | India News - The Indian
    # Express"), never body: its venue and its day are the story's, told again in the body
    for m in TITLE.finditer(raw):
        if m.group(1).strip() and not any(marked.get(i) for i, (a, b) in enumerate(lines) if a <= m.start(1) < b):
            regions.append(Region(m.start(1), m.end(1), "headline", "the page's title element"))

    regions.sort(key=lambda r: (r.start, -r.end))
    return tuple(regions)


def region_of(start: int, end: int, regions: tuple[Region, ...]) -> str:
    """The kind of region that covers most of [start, end) (the regions of one kind together: two "Read more:"
    lines read as one sentence are related links; but a sentence running over several short lines taken for
    headlines is wrapped prose, so headlines count one at a time), or 'body'. Datelines never win.

    >>> rs = (Region(0, 10, "related"), Region(11, 21, "related"), Region(22, 25, "headline"))
    >>> region_of(0, 21, rs), region_of(0, 50, rs), region_of(20, 25, rs)
    ('related', 'body', 'headline')
    >>> region_of(0, 21, (Region(0, 10, "headline"), Region(11, 21, "headline")))
    'body'
    """
    cover: dict[str, int] = {}
    length = max(1, end - start)
    for r in regions:
        if r.kind == "dateline" or r.end <= start or r.start >= end:
            continue
        part = min(end, r.end) - max(start, r.start)
        cover[r.kind] = max(cover.get(r.kind, 0), part) if r.kind == "headline" else cover.get(r.kind, 0) + part
    best = max(cover, key=lambda k: cover[k], default="body")
    return best if cover.get(best, 0) * 2 >= length else "body"
