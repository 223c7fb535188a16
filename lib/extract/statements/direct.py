"""Direct and partial quotes: who said each quote (after it, before it in its sentence, after a colon, or the
last speaker for a paragraph that is only a quote) and which faction speaks.

The pass over the quotes is here (a quote that goes on the last one's speaker, the faction of a speaker named
without one, one row for a remark over two paragraphs, one row per paragraph of a longer quote); ``attribution`` finds the speaker of one quote and ``framing``
reads the words around it (short quotes governed by a speech act, subjects after prepositions, speech relayed
through another speaker).

Example: in '“We reject the plan outright,” Hamas said.' the quote is Hamas's, stance reject.
"""
from __future__ import annotations

import re
from dataclasses import replace

from lib.extract.statements.attribution import _attribute
from lib.extract.statements.framing import _governed, _new_speaker, _no_subject, _said_through
from lib.extract.statements.nearby import _antecedent_outside_turn, _office_in_apposition, _said_before, _signed
from lib.extract.statements.quotes import (
    MIN_QUOTE_WORDS,
    _is_body,
    _is_title,
    _Quote,
    _reported_predicate,
    _sentence,
    _trim,
    _words,
)
from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import (
    ABBREV,
    Speaker,
    _is_object,
    _keep_without_faction,
    _locative,
    _type,
    relayer,
    unnamed_without_faction,
)
from lib.extract.statements.verbs import reporting_verbs
from lib.models import Document, Sentence

# A verb coordinated right after a quote, with no subject of its own, before the next quote ("“…” and called for “…”")
COORDINATED_QUOTE = re.compile(r"[”\"»’']?[\s,]*(?:and|but)\s+(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?"
                               r"(?P<verb>[a-z]+(?:\s+(?:for|on|upon))?)\s*")


def direct_quotes(R: _Resolver, doc: Document, quotes: list[_Quote], vre, emit, in_quote, quoted_sentences: set[int]) -> None:
    """Pass 2: direct and partial quotes; marks the sentences they touch in ``quoted_sentences``."""
    text = doc.text
    prev: tuple[int, Speaker, str, int] | None = None  # (closing mark, speaker, verb, verb offset) of the last quote
    for q in quotes:
        s1 = _sentence(doc, q.q_start)
        s2 = _sentence(doc, max(q.q_start, q.q_end - 1))
        if not _is_body(s1) or s2 is None:
            continue
        inner = text[q.q_start:q.q_end]
        qa, qb = _trim(text, q.q_start, q.q_end)
        short = len(_words(inner)) < MIN_QUOTE_WORDS
        if _is_title(inner, text[s1.start:q.q_start - 1]):
            continue
        if short and not _reported_predicate(text, s1.start, q.q_start - 1, inner, vre) \
                and not _governed(text, s1.start, q.q_start - 1, vre):
            # no statement of its own, but a short quote with its attribution after it ("“Enough,” X said.") is
            # the last speaker for the quotes that follow it in its paragraph
            prev = _short_with_attribution(R, doc, q, s1, s2, vre) or prev
            continue
        for s in doc.sentences:
            if s.start < q.close + 1 and q.q_start - 1 < s.end:
                quoted_sentences.add(s.index)
        sp, verb, vpos = None, "", 0
        if prev is not None and prev[0] >= q.para_start and re.fullmatch(rf"[\s,]*(?:{ABBREV}|[^.!?“”\"«»]){{0,100}}[,:]\s*", text[prev[0] + 1:q.q_start - 1]) \
                and vre.search(text, prev[0] + 1, q.q_start - 1) and not _new_speaker(R, text, prev, q.q_start - 1):
            sp, verb, vpos = prev[1], prev[2], prev[3]  # “We will not accept,” said X, “any deal …”
        elif prev is not None and prev[0] >= s1.start and (co := COORDINATED_QUOTE.fullmatch(text, prev[0] + 1, q.q_start - 1)) \
                and (vk := reporting_verbs().get(re.sub(r"\s+", " ", co["verb"]))) is not None and vk.kind != "read":
            # The Council “deeply regrets …” and called for “…”: a verb coordinated after a quote shares its speaker
            sp, verb, vpos = prev[1], co["verb"], co.start("verb")
        relay = ""
        if sp is None and (signed := _signed(R, text, q)) is not None:  # '> "…" - X' (a pull quote's signature)
            sp, verb, vpos = signed, "", signed.pos
        if sp is None:
            sp, verb, vpos = _attribute(R, doc, q, s1, s2, vre, _document_before(doc, prev, s1))
            if sp is not None and _antecedent_outside_turn(text, q.para_start, s1.start, vpos, sp):
                sp, verb = None, "?"  # "Abu X: ... They told us: “…”" -- not a speaker of the story before the turn
            through = _said_through(R, text, s1.start, q.q_start - 1) if sp is not None else None
            if through is not None and through[0].faction and through[0].name != sp.name and not (
                    through[0].type == "group" and sp.type == "person" and through[0].faction == sp.faction):
                # (not the speaker's own side: "X wrote that the Palestinian delegation had insisted on “…”" is X's)
                # "spokesman X said Sisi had stressed Egypt's support for “…”": Sisi's words, relayed by X
                sp, verb, vpos, relay = through[0], through[1], through[2], relayer(sp)
        if short and (sp is None or not sp.faction or not (s1.start <= vpos < q.q_start)):
            continue  # a short predicate is the words of the reporting clause before it in its sentence only
        if sp is None and verb != "?" and prev is not None and prev[0] >= q.para_start:
            # “A,” he said. “B.” — a later quote in the same paragraph with no other speaker in between
            between = text[prev[0] + 1:q.q_start - 1]
            after_verb = max(prev[0] + 1, prev[3] + 1)  # the previous quote's own attribution does not count
            # (a group of the speaker's own faction in their title is no other speaker: "head of Hamas' bureau")
            # another reporting verb with a subject of its own ("Amir Peretz said it “…”") is someone else speaking
            # (an actor before the verb is checked below: it must be the same speaker)
            other = [v for v in vre.finditer(text, after_verb, q.q_start - 1) if v.start() > prev[3]
                     and re.search(r"(?<![\w-])[A-Z][\w'’-]+\s+$", text[max(after_verb, v.start() - 30):v.start()])
                     and not any(m.end <= v.start() <= m.end + 2 for m in R.actors)]
            # (nor is an actor after a preposition or a verb: "…,” X said, with Y at his side. “…”")
            if not other and all(m.value == prev[1].name or (_type(m) == "group" and m.faction
                                                             and m.faction == prev[1].faction)
                                 or _no_subject(text, after_verb, m)
                                 for m in R.in_span(after_verb, q.q_start - 1)):
                if len(between) < 200:
                    sp, verb, vpos = prev[1], prev[2], prev[3]
        if sp is None and verb != "?":
            # “…” as a sentence of its own after one naming its speaker: "X said the border would stay shut. “…”"
            sp, verb, vpos = _said_before(R, doc, q, s1, s2) or (None, verb, vpos)
        if sp is None:
            continue
        if not sp.faction and not _keep_without_faction(sp) and not unnamed_without_faction(sp.text) and (
                sp.name or sp.type == "person"):  # (an unresolved "the movement" is of no faction: no statement)
            # "senior member X": the faction of the group named before the quote (not inside a quote; a resident
            # or an analyst keeps no faction)
            # (a place named after a preposition is where, not whose: "the EU mission in Libya")
            # (an object or a group in a subordinate clause is not whose: "After Israel struck Gaza, official X"; nor
            # in a reporter's question: "Asked whether Tokyo was talking to the Houthis, X said")
            office = _office_in_apposition(R, text, sp)  # "“…” — X, a senior Houthi official": the office's side
            before = [m for m in R.in_span(s1.start, q.q_start) if m.faction and not in_quote(m.start)
                      and not _locative(text, m) and not _is_object(text, s1.start, m)
                      and not re.search(r"(?i)\b(?:after|when|while|as|since|before|because|although|if|whether|"
                                        r"asked|about|regarding)\b[^,;:]*$", text[s1.start:m.start])]
            # (the same person who spoke for a side earlier in the article: "Ethiopia's Water Minister X said ... .
            # “…,” he said." -- the pronoun's copy carries no faction)
            spoke_as = [x.faction for x in R.history if x.name == sp.name and x.faction and x.pos < q.q_start
                        and sp.type == "person" and x.type == "person"]
            fac = office.faction if office is not None else spoke_as[-1] if spoke_as else \
                before[0].faction if before else ""
            if not fac:
                # else the last group that SPOKE in the paragraph before the quote ("UNIFIL said it was … .
                # “…,” spokesman X said"); a group only named there (the subject of an attack) is not his
                spoke = [x for x in R.history if q.para_start <= x.pos < q.q_start and x.type == "group" and x.faction
                         and not in_quote(x.pos)]
                fac = spoke[-1].faction if spoke else ""
            if fac:
                sp = replace(sp, faction=fac)
        prev = (q.close, sp, verb, vpos)
        whole = text[s1.start:q.q_start - 1].strip() == "" and re.fullmatch(
            r"[\s,.!?…]*", text[q.close + 1:s2.end] if q.close < s2.end else "") is not None
        kind = "direct" if (re.match(r"[\s“\"«‘]*[A-Z0-9]", inner) or whole) else "partial"
        paras: dict[int, list[int]] = {}  # paragraph -> [first, last offset] of the quote inside it
        for x in doc.sentences:
            if x.start < qb and qa < x.end:
                span = paras.setdefault(x.paragraph, [max(qa, x.start), min(qb, x.end)])
                span[1] = min(qb, x.end)
        if len(paras) <= 1:  # (a line break of a hard-wrapped text is no paragraph end)
            emit(qa, qb, sp, kind, verb, vpos, relay)
            continue
        if _one_utterance(text, list(paras.values()), q):  # “… ¶ “…”: two paragraphs of one remark are one row
            emit(qa, qb, sp, "direct", verb, vpos, relay)
            continue
        for pa, pb in paras.values():  # a multi-paragraph quote: one row per paragraph
            pa, pb = _trim(text, pa, pb)
            if len(_words(text[pa:pb])) >= MIN_QUOTE_WORDS:
                emit(pa, pb, sp, "direct", verb, vpos, relay)


# a quote over two paragraphs is one remark when its shorter paragraph holds at least a third of its words (less
# this slack); a longer text printed over paragraphs (a speech, a statement in full) gives one row per paragraph
ONE_UTTERANCE_SLACK = 8


def _one_utterance(text: str, paras: list[list[int]], q: _Quote) -> bool:
    r"""Is a quote over these paragraph parts ([first, last offset] of the quote in each) one remark: two paragraphs,
    opened inside a paragraph of the story (after its attribution: "X said. “…"), the second reopened with a quote
    mark (the usual convention) and closed at its end (no attribution of its own after it: "“…,” she added" is a
    quote of its own), neither under a third of the words (``ONE_UTTERANCE_SLACK`` less)? Then it is one row, as a
    reader quotes it. A document's text printed after its intro (its quote opening the paragraph), a text with
    unmarked paragraphs and a speech over more paragraphs keep one row per paragraph.

    >>> t = 'Aoun spoke. "It does not constitute normalization.\n\n"Lebanon has recovered its rights in its waters."'
    >>> q = _Quote(t.index("It"), len(t) - 1, len(t) - 1, 0, len(t))
    >>> _one_utterance(t, [[t.index("It"), t.index("\n")], [t.index("\"Leb"), len(t) - 1]], q)
    True
    >>> t = '"Thank you.\n\n"' + "We will keep working with every party to end this war and bring them home. " * 3 + '"'
    >>> q = _Quote(1, len(t) - 1, len(t) - 1, 0, len(t))
    >>> _one_utterance(t, [[1, t.index("\n")], [t.index("\"We"), len(t) - 1]], q)
    False
    """
    if len(paras) != 2 or text[paras[1][0]:paras[1][0] + 1] not in ("“", '"', "«") or \
            not re.fullmatch(r"[\s.,!?…”\"»’']*", text[q.close + 1:q.para_end]) or \
            not text[q.para_start:max(q.para_start, q.q_start - 1)].strip():
        return False
    n = [len(_words(text[a:b])) for a, b in (_trim(text, pa, pb) for pa, pb in paras)]
    return 3 * min(n) + ONE_UTTERANCE_SLACK >= sum(n)


def _short_with_attribution(R: _Resolver, doc: Document, q: _Quote, s1: Sentence, s2: Sentence, vre):
    """(closing mark, speaker, verb, verb offset) of a short quote that opens its sentence and is attributed right
    after it ("“Enough,” HH the Amir said.", "“Never,” said X."), else None: too short for a statement, it still
    names the speaker of the quotes after it in its paragraph. A short quote inside a sentence (a scare quote, a
    name) gives none.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.statements.quotes import _quotes
    >>> from lib.extract.statements.verbs import _verb_re
    >>> t = 'Talks\\n\\n"Enough," Egypt\\'s foreign minister said. "We will not accept more delays."'
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> q = _quotes(d)[0]
    >>> s = _sentence(d, q.q_start)
    >>> _short_with_attribution(_Resolver(d, tuple(find(d))), d, q, s, s, _verb_re())[1].faction
    'Egypt'
    >>> t = 'Talks\\n\\nThe army entered the "buffer zone," Egypt\\'s foreign minister said.'
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> q = _quotes(d)[0]
    >>> s = _sentence(d, q.q_start)
    >>> _short_with_attribution(_Resolver(d, tuple(find(d))), d, q, s, s, _verb_re()) is None
    True
    """
    text = doc.text
    if text[s1.start:q.q_start - 1].strip() or not re.search(r"[,!?]\W*$", text[q.q_start:q.close + 2]):
        return None
    sp, verb, vpos = _attribute(R, doc, q, s1, s2, vre)
    vk = reporting_verbs().get(re.sub(r"\s+", " ", verb).lower()) if verb else None
    if sp is None or vk is None or vk.kind != "say" or vpos <= q.close:
        return None
    return q.close, sp, verb, vpos


def _document_before(doc: Document, prev, s1: Sentence) -> Speaker | None:
    """The issuers of the document (a speaker named with it: "Egypt and Qatar (joint statement)") whose words the
    previous quote gave, when that quote ends in the paragraph right before ``s1``'s; else None."""
    if prev is None or not prev[1].name.endswith(")"):
        return None
    at = doc.sentence_at(prev[0])
    return prev[1] if at is not None and at.paragraph == s1.paragraph - 1 else None
