"""Toponyms: place mentions resolved against the offline gazetteer (``lib.extract.gazetteer``).

Idea: a place mention is a capitalised run of words whose folded form is a gazetteer name ("Sharm al-Sheikh",
"Gaza Strip", "ISLAMABAD"), unless the context shows it is part of something else: a person's or an
organisation's name ("Jerusalem Post", "Mahmoud Abbas", "Cairo University"), a document or event named after a
place ("the Algiers Declaration"), a modifier ("the first Middle East summit", "the Red Sea resort of X"), a
capital standing for its government ("saying Washington saw ...") or a macro-region, no place on a map ("peace in
the Middle East": ``gazetteer.macro_regions``).

Approach: tokens are matched longest-first against the gazetteer index; each candidate then passes a series of
context checks on its neighbours (name particles, capitalised neighbours, building and attributive nouns, verbs
of saying); a person's name suppresses a GeoNames-only word article-wide, other exclusions only that mention. A
short all-caps name opening a dateline (``lib.extract.dateline``) is a place. Ambiguous names are resolved with
``gazetteer.resolve`` (curated, country and primary names first, then the countries the article is about, then
population). Sentences in boilerplate, credit, foreign-language and related-link regions are skipped. The cases
are tabled in ``tests/extract/test_places.py``; ``docs/extraction.md`` describes the stage.

Example:
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a1", "Officials met in the Red Sea resort of Sharm al-Sheikh, "
    ...                          "said PLO official Hussein al-Sheikh.")
    >>> [(m.text, m.value, m.place_type, m.geo_precision) for m in find(doc)]
    [('Sharm al-Sheikh', 'Sharm el-Sheikh', 'settlement', 1)]
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from lib.extract import dateline
from lib.extract import gazetteer as gz
from lib.extract.places_capitals import capital_mentions
from lib.extract.places_landmarks import landmark_mentions
from lib.extract.places_metonymy import FUNCTION_WORDS, LOWER_WORD, is_metonym
from lib.extract.places_stray import country_backing, stray
from lib.models import Document, Mention, Sentence

# A single GeoNames word that is capitalised only by position (sentence start, Title Case headline) must
# be a city of this size (15,000 in the region), or be written capitalised elsewhere in the article.
INITIAL_MIN_POPULATION = 100_000
SKIP_REGIONS = frozenset({"boilerplate", "credit", "foreign", "related"})
# A menu line: three or more short items between bars ("Home | Africa | Middle East | Europe", "Topics: Israel |
# Iran | US foreign policy"); its items are section names, not mentions.
_MENU_SEP = re.compile(r"\s*[|•]\s*")
MENU_ITEM_MAX_WORDS = 6
# A byline line ("By Petra Novak and Amman Ali, Reuters", "Written by Hebron Jones"): names of people, no places.
_BYLINE = re.compile(r"\s*(?:By|Written\s+by|Reported\s+by|Reporting\s+by|Words\s+by|Authors?:?)\s+[A-Z]")
# An honorific right before a word makes it a person's name ("Mr. Aden said", "Dr Safa Ali").
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mme|Dr|Prof|Sen|Rep|Gen|Col|Capt|Lt|Maj|Sgt|Judge|Rabbi|Sayyed|Sayyid)"
                               r"\.?\s+$")
# A person's apposition or relative clause right after a word makes it a person's name ("said Salem, a shopkeeper",
# "Arnold Roth, whose daughter ...", "Hama, 42, a driver"); a place's own ("Sderot, a town", "Gaza, whose residents")
# does not.
PERSON_NOUNS = frozenset("""
shopkeeper resident father mother student teacher farmer driver engineer doctor nurse lawyer journalist activist
refugee survivor widow widower son daughter brother sister cousin relative veteran worker vendor trader merchant
businessman businesswoman spokesman spokeswoman fighter soldier officer analyst researcher professor lecturer
diplomat politician lawmaker legislator cleric imam rabbi priest pensioner grandmother grandfather housewife
mechanic fisherman shepherd baker tailor carpenter labourer laborer pharmacist dentist surgeon medic paramedic
volunteer man woman boy girl teenager youth mother-of-three father-of-three retiree smuggler owner shopper
""".split())
KIN_NOUNS = frozenset("daughter son wife husband father mother brother sister family children parents".split())
_PERSON_AFTER = re.compile(r",\s+(?:who\b|whose\s+(?:" + "|".join(sorted(KIN_NOUNS)) + r")\b|\d{1,3},|an?\s+(?:[\w-]+\s+)"
                           r"{0,2}?(?:" + "|".join(sorted(PERSON_NOUNS)) + r")\b)")
# Generic words that end an outlet's name ("Al Mayadeen English", "Gulf News Online"): the rest names the outlet.
OUTLET_TAILS = frozenset("english arabic french online news tv television channel network agency service".split())
# Before a name: the name is a source that carried or was told something ("carried by Petra", "told Al Arabiya",
# "according to Kuna") or a news agency in apposition ("the state news agency Petra"), not a place.
_SOURCE_BEFORE = re.compile(r"\b(?:carried\s+by|reported\s+by|quoted\s+by|cited\s+by|according\s+to|aired\s+by|"
                            r"broadcast\s+by|published\s+by|(?:remarks|comments|statements?|an\s+interview|"
                            r"speaking)\s+(?:to|with)|told)\s+(?:the\s+)?(?:state-run\s+|official\s+|state\s+)?$"
                            r"|\b(?i:news|press)\s+(?i:agency)\s*[,(]?\s*$")  # "the news agency Saba", "news agency (Petra)"

# A word (letters; an inner apostrophe, straight or curly, before 2+ letters or before a final vowel: Ma'ale,
# Sana'a, Sana’a, not Egypt's or don't) or a dotted abbreviation.
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’‘ʿʾ`](?:[^\W\d_]{2,}|[aeiou](?![^\W\d_])))*")

COMPASS = frozenset("""
north south east west northern southern eastern western central upper lower greater northeast northwest
southeast southwest northeastern northwestern southeastern southwestern occupied coastal
""".split())
DAYS_MONTHS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
# Capitalised words that may follow a place without making it part of an organisation's name.
PLACE_HEADS = frozenset("""
city governorate province district region camp valley heights coast border crossing area municipality
sector hills mountains desert peninsula strip bay port harbour harbor island islands strait straits canal
""".split())
# "<Head> of <Place>" that is still a place ("Gulf of Aqaba", "Kingdom of Jordan"); other capitalised
# heads make an organisation's name ("Liberation of Palestine", "University of Jordan").
OF_HEADS = PLACE_HEADS | frozenset("""
kingdom state republic gulf strait sea isle emirate sultanate outskirts suburbs people capital
""".split())
# Titles before "of <Place>": the place is still a place ("the Governor of Nablus", "Mayor of Hebron").
TITLE_HEADS = frozenset("""
governor governors mayor mayors mufti archbishop bishop patriarch imam emir king queen prince sultan
president premier people residents citizens
""".split())
# Arabic and Hebrew topographic words that open a name ("Wadi X", "Jabal X", "Tel X", "Khirbet X"): alone before
# another capitalised word they are no place of their own, whatever a homonym in GeoNames says.
GENERIC_HEADS = frozenset("""
wadi wady jabal jebel jbel tel tell ein ain bir khirbet khirbat deir dayr kafr kfar beit bayt ras nahr marj
""".split())
# Words after a place that make an organisation's name, not the start of a person's ("Hebron University").
ORG_HEADS = frozenset("""
university college hospital post times airport school institute council committee authority ministry bank
company news radio tv television channel agency club stadium mosque church municipality chamber court medical
center centre clinic
""".split())
# Words after a place that make the name of a document, a process or an event ("the Algiers Declaration", "the
# Oslo Accords", "the Astana format"): that mention is no place, but the word is no person's name either.
DOCUMENT_HEADS = frozenset("""
declaration declarations accord accords agreement agreements treaty treaties protocol protocols charter communique
communiqué memorandum pact convention conventions initiative plan process format formula framework roadmap
dialogue talks conference summit forum group round track channel platform principles understanding document
deal statement
""".split())
# Capitalised meeting nouns after a place that name a meeting held there ("the Cairo Summit for Peace", "the Madrid
# Conference"): the place stays a place, the meeting's venue.
MEETING_NAME_HEADS = frozenset("summit conference talks forum".split())
# Prepositions that make the following name a place object ("envoy to X", "correspondent in X").
LOCATIVE_PREPS = frozenset("to in at from of for".split())
# Arabic articles that are also English words: a name opens with them only when a hyphen joins them to it
# ("as-Sweida", not "at Bireh" or "as Mawasi").
ENGLISH_ARTICLES = frozenset("at as an".split())
NAME_PARTICLES = frozenset("al el abu bin ibn bint ben bar ould".split())
# After a macro-region, sea or site, a noun that makes it a modifier ("Middle East conflict").
ATTRIBUTIVE_NOUNS = frozenset("""
conflict peace policy policies envoy envoys correspondent editor affairs desk expert experts analyst
analysts crisis crises war wars security studies tour trip quartet process issues question problem plan plans
""".split())
# ... and after a macro-region or sea only (no country: "the first Middle East summit", "the Red Sea resort of X"),
# a meeting or diplomacy noun or a settlement noun; after a site it says where ("the Camp David summit").
MACRO_ATTRIBUTIVE_NOUNS = frozenset("""
talks summit summits negotiations negotiator negotiators mediator mediators diplomacy leaders politics initiative
conference conferences resort resorts port ports city town village
""".split())
# Building nouns after a single word matched only as a GeoNames alternate name: a building's name ("the Safa
# palace"), not that town. A curated, country or primary name keeps its place ("the Cairo hotel").
BUILDING_NOUNS = frozenset("""
palace palaces hotel hall centre center square tower towers building stadium mansion villa castle residence compound
guesthouse auditorium arena
""".split())
# After a place, the words of a news agency's name ("the Saba news agency", "Fars News Agency"): an outlet's name
_AGENCY_AFTER = re.compile(r"\s+(?i:news|press)\s+(?i:agency)\b")
# Lower-case nouns after a place that make it the name of a commodity or a market figure ("Brent crude",
# "Dubai crude futures", "the Urals blend"): the word names a product, not a location.
COMMODITY_NOUNS = frozenset("""
crude crudes blend blends futures benchmark benchmarks
""".split())
# Words that are capitalised only because they open a sentence or a headline ("How Ankara became ..."):
# such a word before a place does not make the two a longer name.
SENTENCE_OPENERS = frozenset("""
how why what whatever who whom whose which whichever where wherever when whenever whether why once unless
although though because so yet then there here this that these those now today yesterday tomorrow tonight
meanwhile however still even only just later earlier afterwards separately elsewhere
""".split())


NEAR_WORDS = re.compile(r"\b(near|outside|outskirts of|close to|north of|south of|east of|west of|"
                        r"northeast of|northwest of|southeast of|southwest of|around|vicinity of)\s+(the\s+)?$",
                        re.I)


class _Tok(NamedTuple):
    """A word of a sentence with document offsets (built for every word: a named tuple, with ``low``/``cap``
    computed once)."""

    start: int
    end: int
    text: str
    low: str
    cap: bool  # starts with a capital


@dataclass
class _Cand:
    sentence: Sentence
    start: int
    end: int
    text: str
    key: str
    hits: list
    single: bool
    initial: bool = False  # first word of the sentence, or any word of a Title Case headline


def _tokens(text: str, offset: int) -> list[_Tok]:
    new = tuple.__new__  # a named tuple made without its Python-level ``__new__`` (one frame less per word)
    return [new(_Tok, (m.start() + offset, m.end() + offset, w, w.lower(), w[:1].isupper()))
            for m in TOKEN.finditer(text) for w in (m.group(),)]


def _glued(doc_text: str, a: _Tok, b: _Tok) -> bool:
    """True when b follows a with only a space or a hyphen between them (same line)."""
    return doc_text[a.end:b.start] in _GLUE


_GLUE = frozenset((" ", "-", "\u00a0", "‐", "‑"))  # what may join the words of one name


def _runs(doc_text: str, toks: list[_Tok]) -> tuple[list[int], list[int]]:
    """For each token: how many tokens from it are glued together (``_glued``), and how many from it are plain
    ASCII words joined by a space or a hyphen (whose ``fold`` is their lower-cased words joined by spaces, with
    every article but the last read as "al").

    >>> t = "Sharm el-Sheikh, Ma’ale Adummim"
    >>> toks = _tokens(t, 0)
    >>> [x.text for x in toks], _runs(t, toks)
    (['Sharm', 'el', 'Sheikh', 'Ma’ale', 'Adummim'], ([3, 2, 1, 2, 1], [3, 2, 1, 0, 1]))
    """
    n = len(toks)
    runs, plain = [1] * n, [0] * n
    for j in range(n - 1, -1, -1):
        t = toks[j]
        gap = doc_text[t.end:toks[j + 1].start] if j + 1 < n else None
        if gap in _GLUE:  # as ``_glued``
            runs[j] = runs[j + 1] + 1
        if t.text.isascii() and t.text.isalpha():
            plain[j] = plain[j + 1] + 1 if gap == " " or gap == "-" else 1
    return runs, plain


def _title_case(toks: list[_Tok]) -> bool:
    """A headline in Title Case: every word of four letters or more is capitalised (three such words at least).

    >>> _title_case(_tokens("Talks Resume in Cairo Today", 0)), _title_case(_tokens("Talks resume in Cairo", 0))
    (True, False)
    """
    n = 0
    for t in toks:
        if len(t.text) > 3 and t.low not in FUNCTION_WORDS:
            if not t.cap:
                return False  # (most sentences: at their first long lower-case word)
            n += 1
    return n >= 3


def _upper_ok(surface: str, key: str) -> bool:
    """All-caps abbreviations (US, UAE) match only when written in capitals, and a short all-caps
    word (PA, UN, IDF) only when it is such an abbreviation."""
    letters = surface.replace(".", "").replace(" ", "")
    if key in gz.index().upper_aliases:
        return letters.isupper()
    return not (letters.isupper() and len(letters) <= 4)


def _scan(doc: Document, s: Sentence, names: set[str], translit: dict[str, str] | None = None) -> list[_Cand]:
    """Gazetteer matches in one sentence; words rejected as parts of names go into ``names``; ``translit`` keeps
    the transliteration keys computed so far in the document (the same names recur)."""
    translit = {} if translit is None else translit
    idx = gz.index()
    text = doc.text
    toks = _tokens(s.text, s.start)
    titled = (s.region == "headline" or not s.text.rstrip().endswith((".", "?", "!"))) and _title_case(toks)
    out: list[_Cand] = []
    runs, plain = _runs(text, toks)
    # the city of an agency-first dateline ("(ANSA) - ROME, JAN 12 -") opens the dateline as a first word would
    lead = dateline.parse(text, s.start, s.end) if text.startswith("(", s.start) else None
    i = 0
    while i < len(toks):
        t = toks[i]
        if not t.cap and not ((t.low in gz.ARTICLES or t.low in gz.PART_WORDS) and i + 1 < len(toks)
                              and toks[i + 1].cap and _glued(text, t, toks[i + 1])
                              and (t.low not in ENGLISH_ARTICLES or text[t.end:toks[i + 1].start] == "-")):
            i += 1
            continue
        match = None
        top = min(idx.max_tokens, len(toks) - i, runs[i])  # longer spans are not glued together
        # spans of plain words fold by joining them (no ``fold`` call), and a span can only be a name of three or
        # more words when its first words begin some name (``Index.prefixes``)
        words = [toks[k].low for k in range(i, i + min(top, plain[i]))]
        longest = 1  # the longest span of plain words whose words but the last begin a name
        while longest < len(words) and " ".join(
                "al" if w in gz.ARTICLES else w for w in words[:longest]) in idx.prefixes:
            longest += 1
        for n in range(top, 0, -1):
            span = toks[i:i + n]
            surface = text[span[0].start:span[-1].end]
            if n <= len(words):
                if n >= 3 and n > longest:
                    continue  # no name of n words begins with these words (and n > 2 has no transliteration)
                key = " ".join(["al" if w in gz.ARTICLES else w for w in words[:n - 1]] + [words[n - 1]])
            else:
                key = gz.fold(surface)
            hits = idx.exact.get(key)
            if not hits and n <= 2 and len(key) >= 5 and all(x.cap for x in span):
                tk = translit.get(key)
                if tk is None:
                    tk = translit[key] = gz.translit_key(key)
                hits = idx.translit.get(tk)
            # a short all-caps name opening a dateline is a place, not an abbreviation ("TABA, Egypt, Sept 24 -")
            if hits and (_upper_ok(surface, key) or (i == 0 or lead is not None and lead.city_start == t.start)
                         and surface.isupper() and dateline.follows(text, span[-1].end, s.end)):
                match = (n, surface, key, hits)
                break
        if match is None:
            i += 1
            continue
        n, surface, key, hits = match
        first, last = toks[i], toks[i + n - 1]
        prev = toks[i - 1] if i > 0 and _glued(text, toks[i - 1], first) else None
        nxt = toks[i + n] if i + n < len(toks) and _glued(text, last, toks[i + n]) else None
        reject = ""
        person = True  # the rejection says the word is part of a person's name (suppressed article-wide)
        if prev is not None and prev.low in NAME_PARTICLES:
            reject = "follows a name particle"
        elif _HONORIFIC_BEFORE.search(text, max(s.start, first.start - 12), first.start):
            reject = "follows an honorific"  # "Mr. Aden said", "Dr Hebron Ali"
        elif n == 1 and _PERSON_AFTER.match(text, last.end, s.end) and not (
                i > 0 and toks[i - 1].low in LOCATIVE_PREPS | {"near", "outside", "inside"}):  # not "In X, a spokesman"
            reject = "a person's apposition follows"  # "said Salem, a shopkeeper", "Arnold Roth, whose daughter"
        elif nxt is not None and nxt.low in NAME_PARTICLES and i + n + 1 < len(toks) and toks[i + n + 1].cap:
            reject = "followed by a name particle"
        elif nxt is not None and _AGENCY_AFTER.match(text, last.end, s.end):
            reject = "names a news agency"  # "the Saba news agency", "Petra news agency": an outlet, no place
            person = False
        elif nxt is not None and not nxt.cap and nxt.low in COMMODITY_NOUNS:
            reject = f"names a commodity ({nxt.text!r})"
            person = False
        elif not titled:
            if (prev is not None and prev.cap and prev.low not in FUNCTION_WORDS | COMPASS | DAYS_MONTHS
                    and not _starts_place(toks, i - 1, text) and not _opener(text, toks, i - 1)):
                reject = f"part of a longer name after {prev.text!r}"
            elif (nxt is not None and nxt.cap and nxt.low not in FUNCTION_WORDS | DAYS_MONTHS | PLACE_HEADS
                  | MEETING_NAME_HEADS and not _starts_place(toks, i + n, text)):
                reject = f"part of a longer name before {nxt.text!r}"
                after_prep = i > 0 and toks[i - 1].low in LOCATIVE_PREPS and text[toks[i - 1].end:first.start] == " "
                if after_prep and _name_follows(toks, i + n, text):
                    # "Ambassador to Cairo Jonathan Cohen", "the mayor of Gaza Yahya Sarraj": a place, then a name
                    reject = ""
                elif after_prep or _name_follows(toks, i + n, text):
                    person = False  # "at Cairo University": this mention only, not the name elsewhere
                elif nxt.low in ORG_HEADS | DOCUMENT_HEADS:
                    person = False  # "Cairo University said", "the Algiers Declaration": no person's name
                elif re.fullmatch(r"[IVX]{1,4}", nxt.text):
                    person = False  # "the Geneva II conference", "Astana III": a series of talks, no person's name
        if (not reject and not titled and i >= 3 and toks[i - 1].low in ("of", "for") and prev is not None
                and toks[i - 2].cap and _glued(text, toks[i - 2], prev)
                and toks[i - 2].low not in OF_HEADS | TITLE_HEADS | FUNCTION_WORDS | COMPASS):
            reject = f"inside the name {toks[i - 2].text} {prev.text} ..."
            person = False  # an organisation's name ("University of X") excludes this mention only
        if not reject and n == 1 and first.low in GENERIC_HEADS and nxt is not None and nxt.cap:
            reject = f"a generic word opening the name {first.text} {nxt.text} ..."  # "Wadi Hanun", "Jabal Amel"
            person = False
            n += 1  # the name's next word is no place of its own either ("Wadi Qana" is no Qana)
        if (not reject and titled and n == 1 and nxt is not None and nxt.cap and nxt.low not in PLACE_HEADS
                and min(level for _, level in hits) >= gz.ALTERNATE and not _starts_place(toks, i + n, text)):
            # a title-case line gives no case evidence: an alternate name before another capitalised word is
            # likelier a first name ("Author Andreas Illmer") than a town
            reject = f"an alternate name before {nxt.text!r} in a title-case line"
            person = False
        if not reject and n == 1 and nxt is not None and nxt.low in BUILDING_NOUNS and \
                min(level for _, level in hits) >= gz.ALTERNATE:
            reject = f"names a building ({nxt.text!r})"
            person = False
        if not reject and nxt is not None and not nxt.cap and all(p.place_type == "other" for p, _ in hits) and (
                nxt.low in ATTRIBUTIVE_NOUNS or nxt.low in MACRO_ATTRIBUTIVE_NOUNS and
                not any(p.country_code for p, _ in hits)):
            reject = "used as a modifier"
            person = False
        if not reject and (all(p.key in gz.macro_regions() for p, _ in hits) or any(
                p.key in gz.macro_regions() and level == gz.CURATED for p, level in hits)):
            reject = "a macro-region, no place on a map"  # "peace in the Middle East"
            person = False
        if reject:
            # a rejection spreads article-wide only from running text: a headline's wording and capitals are
            # not evidence about the rest of the article ("How Ankara became ..." in a headline)
            if person and s.region != "headline":
                if n == 1:
                    names.add(key)
                if prev is not None and prev.cap:
                    names.add(gz.fold(prev.text))
            i += n
            continue
        initial = titled or i == 0 or not toks[i - 1].cap and text[toks[i - 1].end:first.start].strip() in (
            "“", '"', "‘", "'", "-", "—", "–", ":")
        if initial and (surface.isupper() or dateline.follows(text, last.end, s.end)):
            initial = False  # a dateline ("RAMALLAH, West Bank (AP) —", "Ramallah, March 3 (WAFA) -")
        out.append(_Cand(s, first.start, last.end, surface, key, list(hits), n == 1, initial))
        i += n
    return out


def _opener(text: str, toks: list[_Tok], j: int) -> bool:
    """Is ``toks[j]`` a common word capitalised only by its position (the sentence's first word, or the first after
    a colon, quote or dash): "How Ankara became ...", "Analysis: Why Cairo matters"?"""
    if toks[j].low not in SENTENCE_OPENERS:
        return False
    return j == 0 or text[toks[j - 1].end:toks[j].start].strip() in ("“", '"', "‘", "'", "-", "—", "–", ":")


def _name_follows(toks: list[_Tok], j: int, text: str) -> bool:
    """Do two or more glued capitalised words start at ``toks[j]`` (a full name: "Jonathan Cohen")?"""
    return (j + 1 < len(toks) and toks[j].cap and toks[j + 1].cap and _glued(text, toks[j], toks[j + 1])
            and toks[j].low not in ORG_HEADS and toks[j + 1].low not in PLACE_HEADS | ORG_HEADS)


def _starts_place(toks: list[_Tok], j: int, text: str) -> bool:
    idx = gz.index()
    t = toks[j]
    return gz.fold(t.text) in idx.exact and t.low not in gz.GEONAMES_STOP


def _new_part(doc: Document, s: Sentence) -> Sentence | None:
    """The part of a repeated sentence that its first occurrence lacks (a dateline), or None."""
    first = doc.sentences[s.duplicate_of].text if s.duplicate_of < len(doc.sentences) else ""
    at = s.text.find(first) if first else -1
    if at <= 0:
        return None if first and first in s.text or s.text == first else s
    return Sentence(index=s.index, start=s.start, end=s.start + at, text=s.text[:at], region=s.region,
                    paragraph=s.paragraph, duplicate_of=None)


LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|(?:town|city|village|camp|port) of)\s+(?:the\s+)?$", re.I)


_OWNED_AFTER = re.compile(r"['’]|\s+[A-Z]")


_ADDRESS = re.compile(r"\S*(?:https?://|www\.)\S*|[\w/.-]+\.(?:jpe?g|png|gif|webp|svg|html?|php|aspx?|pdf)\b",
                      re.I)


def menu_line(text: str) -> bool:
    """Is the sentence a menu of three or more short items between bars, not prose?

    >>> menu_line("Home | Africa | Middle East | Europe"), menu_line("Topics: Israel | Iran | US foreign policy")
    (True, True)
    >>> menu_line("Gaza | Talks resumed in Cairo on Monday, officials said.")
    False
    """
    if "|" not in text and "•" not in text:
        return False  # one item (most sentences: no split)
    items = [x for x in _MENU_SEP.split(text.split(": ", 1)[-1].strip()) if x]
    return len(items) >= 3 and all(len(x.split()) <= MENU_ITEM_MAX_WORDS and not x.endswith((".", "?", "!"))
                                   for x in items)


def _outlet_key(outlet: str) -> str:
    """The folded name of the article's outlet without its generic tail ("Al Mayadeen English" -> "al mayadeen");
    of a masthead with a description after a dash, its name ("Petra - Jordan News Agency" -> "petra")."""
    outlet = re.split(r"\s+[-–—|:]\s+", outlet, maxsplit=1)[0]
    words = ["al" if w in gz.ARTICLES else w for w in gz.fold(re.sub(r"\([^)]*\)", " ", outlet)).split()]
    while words and words[-1] in OUTLET_TAILS:
        words.pop()
    if words and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def _source(doc: Document, c: _Cand, outlet: str) -> bool:
    """Does the candidate name the article's outlet ("Source: Al Mayadeen") or a source that carried or was told
    something ("remarks carried by Petra")? A locative ("in Al Mayadeen") keeps the place, and so do a country
    and a name before a possessive or another name ("according to Gaza's health ministry")."""
    if _locative(doc, c):
        return False
    if outlet and c.key == outlet:
        return True
    if any(p.place_type == "country" for p, _ in c.hits) or _OWNED_AFTER.match(doc.text, c.end):
        return False
    return bool(_SOURCE_BEFORE.search(doc.text, max(c.sentence.start, c.start - 40), c.start))


def _locative(doc: Document, c: _Cand) -> bool:
    """Is the candidate the object of a locative phrase ("in Salt", "the town of Hit")? Such a mention is a
    place even when the article also uses the word in lower case elsewhere."""
    return bool(LOCATIVE_BEFORE.search(doc.text[max(c.sentence.start, c.start - 30):c.start]))


def _focus(cands: list[_Cand]) -> tuple[str, ...]:
    """Country codes the article is about, most mentioned first."""
    count: Counter[str] = Counter()
    for c in cands:
        codes = {p.country_code for p, _ in c.hits if p.country_code}
        best = gz.resolve(c.hits)
        if best and best[1] <= gz.COUNTRY and best[0].country_code:
            count[best[0].country_code] += 2 if best[0].place_type == "country" else 1
        elif len(codes) == 1:
            count[next(iter(codes))] += 1
    return tuple(cc for cc, _ in count.most_common())


def _anchors(cands: list[_Cand]) -> list[tuple[str, gz.Place]]:
    """(folded name, place) of each candidate naming one place only, no country and no sea: the points a homonym
    is compared with (``gazetteer.prefer_near``)."""
    out = []
    for c in cands:
        keys = {p.key for p, _ in c.hits}
        if len(keys) == 1:
            p = c.hits[0][0]
            if p.place_type != "country" and p.country_code and p.key not in gz.macro_regions():
                out.append((c.key, p))
    return out


def _precision(doc: Document, c: _Cand, place: gz.Place) -> int:
    if place.place_type in ("country", "region", "other"):
        return 3
    before = doc.text[max(c.sentence.start, c.start - 40):c.start]
    return 2 if NEAR_WORDS.search(before) else 1



def _lower_words(doc: Document, needed: set[str]) -> set[str]:
    """The words of ``needed`` that the article's text writes in lower case (``LOWER_WORD`` outside web addresses and
    file names, in sentences outside ``SKIP_REGIONS``). Such a word lies within its sentence's text, so only the
    sentences holding one of ``needed`` are read."""
    if not needed:
        return set()
    return {w for s in doc.sentences if s.region not in SKIP_REGIONS and any(map(s.text.__contains__, needed))
            for w in LOWER_WORD.findall(_ADDRESS.sub(" ", s.text)) if w in needed}


def find(doc: Document) -> list[Mention]:
    """Place mentions with canonical name, coordinates, place_type, country code and geo precision."""
    names: set[str] = set()
    cands: list[_Cand] = []
    translit: dict[str, str] = {}
    for s in doc.sentences:
        if s.region in SKIP_REGIONS or menu_line(s.text) or _BYLINE.match(s.text) and len(s.text.split()) <= 12 \
                and not s.text.rstrip().endswith((".", "!", "?")):
            continue
        part = _new_part(doc, s) if s.duplicate_of is not None else s
        if part is None:
            continue
        for c in _scan(doc, part, names, translit):
            c.sentence = s
            cands.append(c)
    # words the article's own text writes in lower case (not a navigation bar, an advert or a related link)
    # (a web address or a file name is no wording: "/img/beijing.jpg")
    lower_words = _lower_words(doc, {c.text.lower() for c in cands})
    mid_caps = {c.key for c in cands if not c.initial}
    kept = []
    for c in cands:
        best = gz.resolve(c.hits)
        if c.single and best and best[1] >= gz.PRIMARY:
            if c.key in names:
                continue  # the same word is part of a person's name elsewhere in the article
            if c.text.lower() in lower_words and not (not c.initial and _locative(doc, c)):
                continue  # an everyday word the article also writes in lower case ("Hit", "Salt")
            pop, regional = best[0].population, best[0].country_code in gz.REGION_COUNTRIES
            if c.initial and c.key not in mid_caps and pop < (15000 if regional else INITIAL_MIN_POPULATION):
                continue  # capitalised only because it opens a sentence or a headline
        kept.append(c)
    outlet = _outlet_key(doc.outlet)
    kept = [c for c in kept if not _source(doc, c, outlet)]
    focus = _focus(kept)
    anchors = _anchors(kept)
    backing = country_backing(kept)
    out = []
    for c in kept:
        ranked = gz.prefer_near(gz.rank(c.hits, focus), [p for key, p in anchors if key != c.key])
        if not _locative(doc, c):  # "talks opened in Montreux" is a place whatever else the article names
            ranked = [(p, lv) for p, lv in ranked if not stray(c, p, backing)]
        if not ranked:
            continue
        p, level = ranked[0]
        if is_metonym(doc.text, c.start, c.end, c.sentence.start, c.sentence.end, p):
            continue  # "Washington saw a promising basis": the government, not the city
        why = f"{gz.LEVEL_NAMES[level]} {c.text!r}"
        if len(ranked) > 1:
            other, olevel = ranked[1]
            why += f"; {len(ranked)} candidates, chosen by " + (
                f"nearness to the article's places over {other.name} ({other.country_code})"
                if gz.rank(c.hits, focus)[0][0] != p else
                f"name over {other.name} ({other.country_code}, {gz.LEVEL_NAMES[olevel]})" if level < olevel else
                f"article countries ({','.join(focus[:3])})"
                if p.country_code in focus and other.country_code not in focus else "population")
        out.append(Mention.make(
            doc.article_id, kind="place", text=c.text, start=c.start, end=c.end, value=p.name,
            lat=round(p.lat, 5), lon=round(p.lon, 5), place_type=p.place_type, country_code=p.country_code,
            geo_precision=_precision(doc, c, p), evidence=why, sentence=c.sentence.text,
            sentence_start=c.sentence.start, sentence_end=c.sentence.end, region=c.sentence.region))
    read = [s for s in doc.sentences if s.region not in SKIP_REGIONS and s.duplicate_of is None]
    caps = [m for m in capital_mentions(doc, read) if not any(o.start < m.end and m.start < o.end for o in out)]
    seats = landmark_mentions(doc, read, out + caps)  # "at the White House", "at Baabda Palace"
    return sorted(out + caps + seats, key=lambda m: m.start)
