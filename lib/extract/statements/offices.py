"""A person named by an office or an age instead of a name ("the minister", "the top diplomat", "the veteran
negotiator", "the 58-year-old"): the last person named before whom that office fits.

A person named again by an honorific or an office and a surname ("Senator Wong", "Mr. Lavrentiev"): the person
of that surname named before (``titled_surname``).

Example: after "Defence Minister Yoav Gallant visited the north. Prime Minister Benjamin Netanyahu said ...",
"“…,” the minister said" is Gallant's (a minister), "“…,” the 74-year-old said" Netanyahu's (the last person).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from lib.extract.actors import TITLE_WORDS
from lib.extract.statements.speakers import ANAPHORS, OFFICE_TITLES, Speaker, _type

# Honorifics and offices before a surname on a later reference ("Senator Wong", "Mr. Lavrentiev", "Minister Gallant")
HONORIFICS = frozenset("""mr mrs ms miss dr prof senator sen rep congressman congresswoman mp judge justice rabbi imam
father sayyed sayyid""".split()) | TITLE_WORDS
# A later reference by honorific or office and surname only: one to four capitalised words
TITLED_SURNAME = re.compile(r"\s*(?P<titles>(?:[A-Z][\w.-]*\s+){1,3})(?P<sur>[A-Z][\w'’-]+)\s*,?\s*")


def office_antecedent(R, ana: re.Match, pos: int, verb_start: int) -> Speaker | None:
    """Who an office or age anaphor (an ``ANAPHORS`` match with its ``person`` group) at ``pos`` points to, for the
    resolver ``R``: the person 'he' would point to when the office fits them (or names none: "the official", "the
    58-year-old"), else the last person named or speaking before whose title holds the office, else the same as 'he'.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.statements.resolver import _Resolver, listen
    >>> from lib.extract.statements.speakers import ANAPHORS
    >>> t = ("T\\n\\nDefence Minister Yoav Gallant visited the north. Prime Minister Benjamin Netanyahu said "
    ...      "the army was ready.\\n\\n“We will restore calm,” the minister said.")
    >>> d = document_from_text("a", t, published="2024-01-10")
    >>> R = _Resolver(d, tuple(find(d)))
    >>> listen(R, d, [])
    >>> p = t.index(" the minister")
    >>> office_antecedent(R, ANAPHORS.fullmatch(" the minister"), p, p + 13).name
    'Yoav Gallant'
    >>> office_antecedent(R, ANAPHORS.fullmatch(" the 74-year-old"), p, p + 16).name
    'Benjamin Netanyahu'
    >>> office_antecedent(R, ANAPHORS.fullmatch(" the monarch"), p, p + 12).name  # (no king named: as 'he')
    'Benjamin Netanyahu'
    >>> office_antecedent(R, ANAPHORS.fullmatch(" the Israeli defence minister"), p, p + 28).name
    'Yoav Gallant'
    >>> office_antecedent(R, ANAPHORS.fullmatch(" the Saudi monarch"), p, p + 17) is None  # (no Saudi king named)
    True
    """
    sp = R.pronoun("he", pos, verb_start)
    office = re.sub(r"\s+", " ", (ana["office"] or "").lower())
    if not office or office == "official":
        return sp
    mod = re.sub(r"\s+", " ", (ana["mod"] or "").lower())
    words = (f"{mod} {office}",) if mod else OFFICE_TITLES.get(office, (office,))

    def fits(c: Speaker | None) -> bool:
        return c is not None and any(re.search(rf"(?<![\w-]){w}", f"{c.title} {c.name}".lower()) for w in words)

    demonym = (ana["demonym"] or "").lower()
    if demonym:  # "the Saudi monarch": of that nationality too (its faction or title), or no one
        fits_office = fits

        def fits(c: Speaker | None) -> bool:
            return fits_office(c) and (c.faction.lower()[:4] == demonym[:4] or demonym in c.title.lower())

    people = [c for c in R.history if c.pos < pos and c.type == "person"]
    people += [R.from_mentions([m], 0, 0) for m in R.actors[:bisect_left(R._starts, pos)]
               if _type(m) == "person" and m.end <= pos]
    fit = [c for c in people if fits(c)]
    best = sp if sp is not None and fits(sp) else max(fit, key=lambda c: c.pos) if fit else None
    # someone introduced unnamed since ("A Gulf diplomat told Al-Monitor ... “…,” the diplomat said"): that one,
    # of the side the description gives, else of none (not the last minister named before); an apposition
    # ("X, a veteran diplomat,") describes the one named
    lo = max(0, pos - 800)
    intro = list(re.finditer(rf"(?i)(?<!,)(?<!, )\b(?:an?)\s+((?:[\w'’-]+\s+){{0,3}}?{office})\b", R.text[lo:pos]))
    if intro and (best is None or best.pos < lo + intro[-1].start(1)):
        ia, ib = lo + intro[-1].start(1), lo + intro[-1].end(1)
        # (that one as a speaker: "A ... diplomat told"; not another person named since: "said the ambassador, X,")
        since = [c for c in people if ia <= c.pos and c.faction and fits(c)]
        return max(since, key=lambda c: c.pos) if since else R.noun_phrase(ia, ib) or serving(R, ia, ib, office) \
            or Speaker("", "", "", "person", ia)
    if not demonym and (sp is None or fits(sp)):
        return sp
    return best if best is not None else None if demonym else sp


# What an unnamed office holder serves, right after the office ("a spokesperson for the Palestinian mission in Dublin",
# "an official of the ministry", "a diplomat from Egypt"); not where they are ("diplomats at the UN")
SERVES = re.compile(r"\s+(?:for|of|from|with)\s+(?:the\s+)?")


def serving(R, ia: int, ib: int, office: str) -> Speaker | None:
    """An unnamed office holder introduced with the side they serve ("A spokesperson for the Palestinian mission
    in Dublin said ..."): that description, of that side, for a later "the spokesperson said"; None when no side
    with a faction follows the office at text[ia:ib].

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.statements.resolver import _Resolver
    >>> t = "A spokesperson for the Palestinian mission in Dublin said it was a historic day."
    >>> d = document_from_text("a", t, published="2024-05-28")
    >>> sp = serving(_Resolver(d, tuple(find(d))), 2, 14, "spokesperson")
    >>> sp.name, sp.faction
    ('spokesperson for the Palestinian mission', 'Palestinian Authority')
    >>> t = "Diplomats at the UN said the vote was close."
    >>> d = document_from_text("a", t, published="2024-05-28")
    >>> serving(_Resolver(d, tuple(find(d))), 0, 9, "diplomat") is None
    True
    """
    gap = SERVES.match(R.text, ib)
    ms = R.in_span(gap.end(), gap.end() + 80) if gap else []
    if not ms or ms[0].start != gap.end() or not ms[0].faction or _type(ms[0]) != "group":
        return None
    desc = re.sub(r"\s+", " ", R.text[ia:ms[0].end])
    return Speaker(desc, office, ms[0].faction, "person", ia, desc)


def titled_surname(R, a: int, b: int) -> Speaker | None:
    """The person text[a:b] names again by honorific or office and surname alone ("Senator Wong said" after
    "Foreign Minister Penny Wong"): the last person named before ``a`` whose name ends in that surname; None when
    text[a:b] is anything else or no one of that surname was named.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.statements.resolver import _Resolver
    >>> t = "Foreign Minister Penny Wong flew in. Senator Wong said it was time. Senator Smith said no."
    >>> d = document_from_text("a", t, published="2023-03-11")
    >>> R = _Resolver(d, tuple(find(d)))
    >>> titled_surname(R, t.index("Senator W"), t.index(" said")).faction
    'Australia'
    >>> titled_surname(R, t.index("Senator S"), t.rindex(" said")) is None
    True
    """
    m = TITLED_SURNAME.fullmatch(R.text, a, b)
    if m is None or any(w.lower().strip(".") not in HONORIFICS for w in m["titles"].split()):
        return None
    sur = m["sur"].lower()
    named = [x for x in R.actors[:bisect_left(R._starts, a)] if _type(x) == "person" and x.end <= a and x.faction
             and sur in (R.text[x.start:x.end].split()[-1].lower(), x.value.split()[-1].lower())]
    return R.from_mentions(named[-1:], a, b) if named else None


# Someone named by a relation to a person or side the text points back to: "a member of his delegation", "an aide
# to the president", "a source close to him", "a spokesman for the prime minister"
ASSOCIATE = re.compile(
    r"\s*(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:(?:senior|close|top|former|longtime|veteran)\s+)?(?P<rel>member|aide|adviser|"
    r"advisor|spokes(?:man|woman|person)|official|source|confidant|assistant)\s+(?:of|to|for|from|close\s+to|in)\s+"
    r"(?:(?P<poss>his|her|its|their)\s+(?:[a-z-]+\s+)?(?:delegation|office|team|entourage|government|camp|party|staff|"
    r"movement|ministry|cabinet)|(?P<ana>the\s+(?:[a-z-]+\s+)?(?:president|prime\s+minister|minister|king|emir|leader|"
    r"premier|crown\s+prince|monarch|sultan))|(?P<pron>him|her))\s*,?\s*")


def associate(R, a: int, b: int) -> Speaker | None:
    """Someone text[a:b] names only by a relation to a person the text points back to ("a member of his
    delegation", "an aide to the president", "a source close to him"): that description, of the side of the one
    pointed to; None for anything else or when that one has no known side.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.statements.resolver import _Resolver
    >>> t = "Palestinian President Mahmoud Abbas arrived. A member of his delegation said it was ready."
    >>> d = document_from_text("a", t, published="2024-03-11")
    >>> sp = associate(_Resolver(d, tuple(find(d))), t.index("A member"), t.rindex(" said"))
    >>> sp.name, sp.faction
    ('member of his delegation', 'Palestinian Authority')
    >>> t = "Palestinian President Mahmoud Abbas arrived. A member of the crowd said it was ready."
    >>> d = document_from_text("a", t, published="2024-03-11")
    >>> associate(_Resolver(d, tuple(find(d))), t.index("A member"), t.rindex(" said")) is None
    True
    """
    m = ASSOCIATE.fullmatch(R.text, a, b)
    if m is None:
        return None
    if m["ana"]:
        ana = ANAPHORS.fullmatch(" " + m["ana"])
        to = office_antecedent(R, ana, m.start("ana"), m.end("ana")) if ana else None
    else:
        word = (m["poss"] or m["pron"]).lower()
        to = R.pronoun({"his": "he", "him": "he", "her": "she", "its": "it", "their": "they"}[word], m.start(), b)
    if to is None or not to.faction:
        return None
    desc = re.sub(r"\s+", " ", R.text[a:b]).strip(" ,")
    return Speaker(re.sub(r"^(?:[Aa]n?|[Oo]ne|[Tt]he)\s+", "", desc), "", to.faction, "person", a + m.start(), desc)


# An office after an actor that names its side, as a definite description ("the Wiper Party leader", "the US envoy",
# "the Hamas spokesman"; an acronym may follow the actor: "the Radical Civic Union (UCR) leader")
SIDE_OFFICE = re.compile(r"(?:\s*\([A-Z]{2,8}\))?\s+(?:(?:top|senior|chief|deputy|veteran|special)\s+)?(?P<office>"
                         r"leader|chief|head|chairman|chairwoman|president|spokes(?:man|woman|person)|envoy|"
                         r"ambassador|minister|foreign\s+minister|prime\s+minister|premier|secretary-general|"
                         r"negotiator|commander|diplomat)\s*,?\s*")


def side_office(R, ms: list, a: int, b: int) -> Speaker | None:
    """The person a definite description of an office of a named side points back to ("“…,” the Wiper Party leader
    said" after "Opposition leader Kalonzo Musyoka criticised ..."; "the US envoy said" after "Hochstein told
    reporters"), for the actor mention ``ms[0]`` in text[a:b]: the last person named or speaking before, in this
    paragraph or the two before, whose title holds the office and whose side is that one (or unknown: it is then
    that one); None when the phrase is anything else, names its own person, or no one fits -- or when someone was
    introduced by an indefinite description of that office since ("A Hamas spokesman told AFP ...").

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.statements.resolver import _Resolver, listen
    >>> t = ("T\\n\\nOpposition leader Kalonzo Musyoka criticised the government. “This is reckless,” the Wiper "
    ...      "Party leader said.")
    >>> d = document_from_text("a", t, published="2025-02-20")
    >>> R = _Resolver(d, tuple(find(d)))
    >>> listen(R, d, [])
    >>> p = t.index(" the Wiper")
    >>> sp = side_office(R, R.in_span(p, t.rindex(" said")), p, t.rindex(" said"))
    >>> sp.name, sp.faction
    ('Kalonzo Musyoka', 'Wiper Party')
    >>> side_office(R, R.in_span(p, t.rindex(" Party")), p, t.rindex(" Party")) is None  # (no office named)
    True
    """
    if len(ms) != 1 or _type(ms[0]) != "group" or not ms[0].faction \
            or not re.fullmatch(r"[\s,”\"»]*(?:the|The)\s+", R.text[a:ms[0].start]):
        return None
    m = SIDE_OFFICE.fullmatch(R.text, ms[0].end, b)
    if m is None:
        return None
    side, office = ms[0].faction, re.sub(r"\s+", " ", m["office"].lower())
    words = OFFICE_TITLES.get(office, (office,))
    sent = R.doc.sentence_at(a)
    first = None if sent is None else R.paras.first(max(0, sent.paragraph - 2), sent.paragraph)
    lo = first.start if first is not None else max(0, a - 1500)
    people = [c for c in R.history if lo <= c.pos < a and c.type == "person" and c.name]
    people += [R.from_mentions([x], 0, 0) for x in R.actors[bisect_left(R._starts, lo):bisect_left(R._starts, a)]
               if _type(x) == "person" and x.end <= a]
    fit = [c for c in people if c is not None and c.faction in (side, "")
           and any(re.search(rf"(?<![\w-]){w}", f"{c.title} {c.name}".lower()) for w in words)]
    if not fit:
        return None
    best = max(fit, key=lambda c: c.pos)
    intro = list(re.finditer(rf"(?i)\b(?:an?)\s+(?:[\w'’-]+\s+){{0,3}}?{office}\b", R.text[best.pos:a]))
    if intro:
        return None
    return Speaker(best.name, best.title or office, best.faction or side, "person", best.pos, best.text)
