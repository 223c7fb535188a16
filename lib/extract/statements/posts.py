r"""Social posts pasted into an article: an embedded post (its words, then "— Name (@handle) date"), a post copied
from X's own page (its header -- name, "@handle", "·", date or age -- then its words), a post over its platform's
footer of counts (Truth Social: name and handle, the words, "6.22k ReTruths 28.1k Likes"; a Telegram channel: its
name, the words, "👁 12.4K edited 14:05"), and the owner of a handle.

Idea: a post is the statement of the account's owner; the signature or header names the owner, the paragraph after a
header (before a signature) holds the words. Picture and short links at the end of the words ("pic.twitter.com/…",
"https://t.co/…") are no words of the post.

Approach: ``SIGNATURE`` matches a signature paragraph (the dash may be missing when a date follows); ``post_headers``
finds headers among the paragraphs: the "@handle" line (perhaps with "· 2h") after a short name line, a separator
"·" and a date or age in the lines after it, or all of it on one line ("Israel Foreign Ministry @IsraelMFA · Apr 14");
the owner is the name when it names an actor of known faction, else the person the handle spells (``handle_owner``).
A byline with the outlet's handle has no separator and is no header.

Example:
    >>> bool(SIGNATURE.fullmatch("— Benjamin Netanyahu (@netanyahu) 7:30 AM · Apr 14, 2024"))
    True
    >>> link_tail("We will win. pic.twitter.com/Xy12 https://t.co/Ab1")
    12
"""
from __future__ import annotations

import re

from lib.extract.actors import faction_of
from lib.extract.statements.quotes import _trim, _words
from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import Speaker, _person_name, _type
from lib.models import Document

# the date of a signature: "October 7, 2023", "Apr 14, 2024", "14 April 2024", X's "7:30 AM · Apr 14, 2024"
SIG_DATE = (r"(?:\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·•]\s*)?"
            r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})"
            r"(?:\s+at\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)?")
# The signature line of an embedded post (a tweet embedded in a page): "— Benjamin Netanyahu (@netanyahu) October 7,
# 2023"; the paragraph before it holds the post's words. Without its dash it needs its date ("Benjamin Netanyahu
# (@netanyahu) April 14, 2024"): ``signature``
SIGNATURE = re.compile(rf"\s*(?P<dash>[—–-]{{1,2}}\s*)?(?P<who>[^()\n@—–]{{2,80}}?)\s*\(@(?P<handle>[A-Za-z0-9_]{{2,30}})\)"
                       rf"\s*(?P<date>{SIG_DATE})?\s*")
# links at the end of a post's words
LINK_TAIL = re.compile(r"(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
# the age or date of a post in its header: "7h", "2m", "14h", "Apr 14", "Apr 14, 2024", "14 Apr"
AGE = r"(?:\d{1,2}\s*[smhd]|\d{1,2}\s*(?:min|mins|hr|hrs)|[A-Z][a-z]{2}\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2}(?:\s+\d{4})?)"
HANDLE_LINE = re.compile(rf"\s*@(?P<handle>[A-Za-z0-9_]{{2,30}})\s*(?:(?P<sep>[·•])\s*(?P<age>{AGE})?)?\s*")
SEPARATOR_LINE = re.compile(rf"\s*[·•]\s*(?P<age>{AGE})?\s*")
AGE_LINE = re.compile(rf"\s*{AGE}\s*")
HEADER_LINE = re.compile(rf"\s*(?P<who>[^@\n·•:]{{2,60}}?)\s+@(?P<handle>[A-Za-z0-9_]{{2,30}})\s*[·•]\s*{AGE}\s*")
# a name line above a handle: a few words, no sentence
MAX_NAME_WORDS = 6
# the footer of a post pasted from its platform's page: counts of its engagement ("6.22k ReTruths  28.1k Likes",
# "1.2K Reposts · 52K Views"), Telegram's views ("👁 12.4K  edited  14:05", "12.4K views"), with its time or date;
# some count is there (a date alone under a paragraph is a dateline or a byline's)
COUNT = r"\d[\d.,]*\s*[KkMm]?"
ENGAGEMENT = r"(?:Re)?Truths?|Likes?|Reposts?|Retweets?|Replies|Reply|Quotes?|Views?|views|Comments?|Shares?|Bookmarks?"
FOOTER_LINE = re.compile(rf"\s*(?:(?:{COUNT}\s+(?:{ENGAGEMENT})\b|👁\s*{COUNT}|edited|\d{{1,2}}:\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?|"
                         rf"{SIG_DATE}|[A-Z][a-z]{{2}}\s+\d{{1,2}},?\s+\d{{4}})[\s,·•|]*)+")
COUNTED = re.compile(rf"{COUNT}\s+(?:{ENGAGEMENT})\b|👁")
# a post runs over at most this many paragraphs between its header and its footer
MAX_POST_PARAGRAPHS = 4


def signature(text: str, a: int, b: int) -> re.Match | None:
    """The signature of an embedded post in text[a:b] (a dash, or a date after the handle), else None."""
    m = SIGNATURE.fullmatch(text, a, b)
    if m is None or not (m["dash"] or m["date"]) or (not m["dash"] and len(m["who"].split()) > MAX_NAME_WORDS):
        return None
    return m


def link_tail(words: str) -> int:
    """Where the links at the end of a post's words begin (``len(words)`` when there are none)."""
    m = LINK_TAIL.search(words)
    return m.start() if m else len(words)


def handle_faction(handle: str) -> str:
    """The faction a social-media handle names, from its words ("IsraelMFA" -> Israel, "Iran_UN" -> Iran).

    >>> handle_faction("IsraelMFA"), handle_faction("Iran_UN"), handle_faction("jsmith99")
    ('Israel', 'Iran', '')
    """
    words = re.sub(r"(?<=[a-z])(?=[A-Z])|_", " ", handle)
    return faction_of(words)


def _key(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def handle_owner(R: _Resolver, handle: str, pos: int) -> Speaker | None:
    r"""The person a handle names when its letters are the name of a person of known faction mentioned before it
    ("@majedalansari" after "spokesman Majed al-Ansari said on X"), the latest such mention; else None.

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.actors import find
    >>> t = "Egypt's foreign minister Sameh Shoukry wrote on X.\n\n@SamehShoukry: We will keep the crossing open."
    >>> d = document_from_text("a", t, published="2023-11-01")
    >>> R = _Resolver(d, tuple(find(d)))
    >>> handle_owner(R, "SamehShoukry", t.index("@")).name, handle_owner(R, "jsmith", t.index("@"))
    ('Sameh Shoukry', None)
    """
    hk = _key(handle)
    for m in sorted((m for m in R.actors if m.end <= pos and m.faction and _type(m) == "person"),
                    key=lambda m: -m.start):
        if hk in (_key(m.value), _key(m.text)) and len(hk) >= 6:
            return Speaker(_person_name(m), m.role, m.faction, "person", pos, "@" + handle)
    return None


def _owner(R: _Resolver, wa: int, wb: int, handle: str) -> Speaker | None:
    """The owner of a post whose header names ``text[wa:wb]`` and ``@handle``: the name's actor, else the person
    the handle spells."""
    sp = R.noun_phrase(wa, wb) if R.in_span(wa, wb) else None
    if sp is None or not sp.faction:
        sp = handle_owner(R, handle, wb)
    return sp if sp is not None and sp.faction else None


def post_headers(R: _Resolver, doc: Document, paras: dict[int, list], emit) -> set[int]:
    """Posts copied with X's header: the words paragraph after a header is the owner's (kind post). Returns the
    paragraphs read (header and words), which no other rule reads again."""
    text = doc.text
    keys = list(paras)
    out: set[int] = set()

    def span(k: int) -> tuple[int, int]:
        return paras[keys[k]][0].start, paras[keys[k]][-1].end

    def words_after(k: int, who: tuple[int, int], handle: str, used: list[int]) -> None:
        if k >= len(keys):
            return
        sp = _owner(R, who[0], who[1], handle)
        a, b = span(k)
        qa, qb = _trim(text, a, a + link_tail(text[a:b]))
        if sp is None or len(_words(text[qa:qb])) < 3 or paras[keys[k]][0].region not in ("body", "headline"):
            return
        emit(qa, qb, sp, "post", "", who[0])
        out.update(keys[i] for i in [*used, k])

    def name_line(k: int) -> tuple[int, int] | None:
        na, nb = _trim(text, *span(k))
        ok = 1 <= len(text[na:nb].split()) <= MAX_NAME_WORDS and not re.search(r"[.!?:;,]$", text[na:nb])
        return (na, nb) if ok and paras[keys[k]][0].region in ("body", "headline") else None

    def footed(k: int) -> None:
        """The post above a footer (``FOOTER_LINE``): under a name line and a handle line without X's separator
        (Truth Social), or under a name line alone (a Telegram channel's name), the paragraphs up to the footer."""
        for h in range(k - 2, max(-1, k - 2 - MAX_POST_PARAGRAPHS), -1):
            if keys[h] in out:
                return
            handle = HANDLE_LINE.fullmatch(text, *span(h))
            who = name_line(h - 1) if handle is not None and h > 0 else name_line(h)
            if who is None or (handle is None and HANDLE_LINE.fullmatch(text, *span(h + 1))):
                continue
            sp = _owner(R, who[0], who[1], handle["handle"] if handle else "")
            if sp is None:
                continue
            for w in range(h + 1, k):
                a, b = span(w)
                qa, qb = _trim(text, a, a + link_tail(text[a:b]))
                if len(_words(text[qa:qb])) >= 3:
                    emit(qa, qb, sp, "post", "", who[0])
            out.update(keys[i] for i in range(h - (handle is not None), k + 1))
            return

    for k in range(len(keys)):
        a, b = span(k)
        one = HEADER_LINE.fullmatch(text, a, b)
        if one is not None:  # "Israel Foreign Ministry @IsraelMFA · Apr 14, 2024"
            words_after(k + 1, (one.start("who"), one.end("who")), one["handle"], [k])
            continue
        h = HANDLE_LINE.fullmatch(text, a, b)
        if h is None or k == 0:
            continue
        na, nb = _trim(text, *span(k - 1))
        if not 1 <= len(text[na:nb].split()) <= MAX_NAME_WORDS or re.search(r"[.!?:;,]$", text[na:nb]):
            continue
        sep, age, j = bool(h["sep"]), bool(h["age"]), k + 1
        while j < len(keys) and not (sep and age):  # "·" and the age on lines of their own
            s = SEPARATOR_LINE.fullmatch(text, *span(j))
            if s is not None and not sep:
                sep, age = True, age or bool(s["age"])
            elif AGE_LINE.fullmatch(text, *span(j)) and sep and not age:
                age = True
            else:
                break
            j += 1
        if sep and age:
            words_after(j, (na, nb), h["handle"], list(range(k - 1, j)))
    for k in range(2, len(keys)):  # a footer of counts: the paragraphs above it are a post under a name line
        if keys[k] in out or not FOOTER_LINE.fullmatch(text, *span(k)) or \
                not COUNTED.search(text, *span(k)):
            continue
        footed(k)
    return out
