"""Direct and partial quotes: who said each quote (after it, before it in its sentence, after a colon, or the
last speaker for a paragraph that is only a quote) and which faction speaks.

Example: in '“We reject the plan outright,” Hamas said.' the quote is Hamas's, stance reject.
"""
from __future__ import annotations

import re
from dataclasses import replace

from lib.extract.actors import TITLE_WORDS
from lib.extract.statements.appositions import member_subject
from lib.extract.statements.documents import (
    DOCUMENT_SUBJECT,
    IN_THE_DOCUMENT,
    ISSUED_DOCUMENT,
    READ_DOCUMENT,
    UNDER_THE_DOCUMENT,
    _document_speaker,
    _intro_before,
    _introduced_by,
)
from lib.extract.statements.indirect import SPOKESMAN_OF, _relayed
from lib.extract.statements.nearby import (
    _antecedent_outside_turn,
    _label_before,
    _named_after,
    _office_in_apposition,
    _poster,
)
from lib.extract.statements.quotes import (
    MIN_QUOTE_WORDS,
    _is_body,
    _is_title,
    _nickname,
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
from lib.extract.statements.verbless import around, manner_before, owner_before_colon
from lib.extract.statements.verbs import _verb_re, reporting_verbs
from lib.models import Document, Sentence

COORDINATED = re.compile(r"(?i)[\s,]*(?:and|but|then|and\s+then|and\s+later|and\s+also|but\s+also)\s+")
# A prepositional phrase after a quote: a reporting verb's form inside it is a noun ("…,” in public remarks.)
PREP_PHRASE = re.compile(r"(?i)[\s,]*(?:in|during|at|on|after|before|with|for|of|from|amid|despite)\s+[^\s,]")
# A verb that is denied or left undone says nothing ("It did not say where", "declined to say")
# A new clause with its own subject after a quote ("… declared “…,” while X said …"): X's verb is not the quote's
NEW_CLAUSE = re.compile(r"[\s,]*(?:;|(?i:while|whereas|although|though|but|and)\s+(?!(?:also\s+|then\s+|later\s+)?[a-z]+\b))")
# A verb coordinated right after a quote, with no subject of its own, before the next quote ("“…” and called for “…”")
COORDINATED_QUOTE = re.compile(r"[”\"»’']?[\s,]*(?:and|but)\s+(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?"
                               r"(?P<verb>[a-z]+(?:\s+(?:for|on|upon))?)\s*")
# Only a coordinator between a quote and the verb after it ("“…” and said", "“…” but then added")
AND_AFTER_QUOTE = re.compile(r"[\s,]*(?:and|but)\s+(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?")
# The dot of a middle initial inside a name ("George W. Bush"): a capital alone after a name word, a name word after
INITIAL_DOT = r"(?<=[a-z] [A-Z])\.(?= [A-Z][a-z])"
# A modifier after the head of an inverted subject: "said a senior official traveling with Kerry", "said an
# official familiar with the talks", "said a diplomat who asked not to be named"
HEAD_MODIFIER = re.compile(r"\s+(?:traveling|travelling|accompanying|familiar\s+with|briefed\s+on|speaking\s+on|who)\b")
NEGATED = re.compile(r"(?i)\b(?:not|n't|never|declined\s+to|refused\s+to|would\s+not|did\s+not)\s+$")


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
        for pa, pb in paras.values():  # a multi-paragraph quote: one row per paragraph
            pa, pb = _trim(text, pa, pb)
            if len(_words(text[pa:pb])) >= MIN_QUOTE_WORDS:
                emit(pa, pb, sp, "direct", verb, vpos, relay)


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


# The parties of a text as the subject of a commitment, before its quoted words: "The leaders also committed to",
# "Both sides further pledged that"
PARTIES_COMMITTED = re.compile(r"\s*(?:The|Both)\s+(?:(?:two|three|four|five)\s+)?(?:parties|sides|leaders|signatories|"
                               r"participants|factions)\s+(?:also\s+|further\s+)?(?:committed|pledged|agreed|undertook|"
                               r"vowed)\s+(?:to|that)\s*")


def _document_before(doc: Document, prev, s1: Sentence) -> Speaker | None:
    """The issuers of the document (a speaker named with it: "Egypt and Qatar (joint statement)") whose words the
    previous quote gave, when that quote ends in the paragraph right before ``s1``'s; else None."""
    if prev is None or not prev[1].name.endswith(")"):
        return None
    at = doc.sentence_at(prev[0])
    return prev[1] if at is not None and at.paragraph == s1.paragraph - 1 else None


# A preposition before an actor: what follows it is no subject ("with Netanyahu at his side", "next to the king")
PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:with|beside|alongside|next\s+to|to|at|in|from|for|of|by|on\s+behalf\s+of|"
                                r"about|against|toward|towards|after|before|near)\s+(?:the\s+|his\s+|her\s+)?$")


# A place in apposition to the place named after a locative preposition: "told reporters in Davos, Switzerland,"
PLACE_APPOSITION = re.compile(r"(?<![\w-])(?:in|at|from|near|outside)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}?"
                              r"[A-Z][\w'’.-]*(?:[\s-]+(?:el|al|ash|es|ad)-?[A-Z]?[\w'’-]*)*,\s+$")


def _no_subject(text: str, floor: int, m) -> bool:
    """Is the actor mention after a preposition or the object of a verb, hence no speaker of a new quote?

    >>> from lib.models import Mention
    >>> t = '“A,” Trump said, with Netanyahu at his side. “B.”'
    >>> _no_subject(t, 4, Mention.make("a", kind="actor", text="Netanyahu", start=t.index("Net"), end=t.index(" at")))
    True
    >>> t = '“A,” Trump said. Netanyahu nodded. “B.”'
    >>> _no_subject(t, 4, Mention.make("a", kind="actor", text="Netanyahu", start=t.index("Net"), end=t.index(" nod")))
    False
    """
    return PREPOSITION_BEFORE.search(text[max(floor, m.start - 30):m.start]) is not None or _is_object(text, floor, m) \
        or PLACE_APPOSITION.search(text, max(floor, m.start - 60), m.start) is not None


def _new_speaker(R: _Resolver, text: str, prev, open_mark: int) -> bool:
    """Does an actor of another side stand as a subject between the last quote and this one ("Hamas called the offer
    “a trap” and Egypt's Foreign Minister X said: “…”")? Then the words after the colon are not the last speaker's,
    as they are in "“We will not accept,” said X, “any deal …”".

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = 'Hamas called it “a trap” and Egypt said: “Talks go on.”'
    >>> d = document_from_text("a", t, published="2024-05-02")
    >>> _new_speaker(_Resolver(d, tuple(find(d))), t, (t.index("” and"), Speaker("Hamas", "", "Hamas", "group", 0)),
    ...              t.index(": “") + 2)
    True
    """
    sp = prev[1]
    return any(m.faction and m.value != sp.name and m.faction not in sp.faction.split("; ")
               and not _no_subject(text, prev[0] + 1, m) for m in R.in_span(prev[0] + 1, open_mark))


# A sentence that opens with a participle of speech and its object before the quote: "Calling the raid “…”"
LEADING_PARTICIPLE = re.compile(r"[\s“\"]*(?P<verb>[A-Z][a-z]+ing)\b[^,;:.!?“”\"«»]{0,60}")
# A sentence that is only an attribution: a subject, a verb of saying and where or when ("Foreign Minister X said at
# a news conference.", "the ministry added on Monday.", "X told reporters in Amman.")
BARE_ATTRIBUTION = re.compile(
    r"(?:(?!(?:said|says|added|adds|told)\b)[\w'’.-]+,?\s+){1,10}?(?:said|says|added|adds|told\s+(?:reporters|journalists|the\s+press|[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3}))(?:\s+(?:on|at|in|during|after|before|to|from|while|late|early|earlier|later)"
    r"\b[^.;:“”\"«»]{0,60})?\.")
# What may stand between a speech act and the short quote it governs: an object, then 'as' / 'a' / 'for' ...
GOVERNED_GAP = re.compile(r"(?:\s+(?:it|them|this|that|the\s+\w+|Israel|[A-Z][\w'’-]+|his|her|its|their\s+\w+))?"
                          r"\s+(?:as|a|an|for|it|them|of|what\s+it\s+called|what\s+he\s+called)?\s*$")


def _governed(text: str, floor: int, open_mark: int, vre) -> bool:
    """Is a short quote (one or two words) the object of a speech act just before it ("called the plan
    “aggressive”", "described it as “a betrayal”", "rejected what it called “pure aggression”")? Then its words
    are speech; a short quote after any other word is a scare quote ("respect the “status quo”").

    >>> from lib.extract.statements.verbs import _verb_re
    >>> t = 'Hamas described the plan as "aggressive" on Tuesday.'
    >>> _governed(t, 0, t.index('"'), _verb_re())
    True
    >>> t = 'Jordan urged Israel to respect the "status quo" there.'
    >>> _governed(t, 0, t.index('"'), _verb_re())
    False
    >>> t = "Biden welcomes 'extraordinary' agreement"
    >>> _governed(t, 0, t.index("'"), _verb_re())
    False
    """
    close = min((i for i in (text.find(c, open_mark + 1) for c in "”\"»’'") if i != -1), default=-1)
    if close != -1 and re.match(r"[’'”\"»]?\s+(?!(?:on|in|at|to|for|and|but|by|with|after|before|during|from|as|"
                                r"of|when|while|if|over|against)\b)[a-z]", text[close:close + 30]):
        return False  # a qualifier of the noun after it ("welcomes 'extraordinary' agreement")
    for v in vre.finditer(text, floor, open_mark):
        vk = reporting_verbs().get(re.sub(r"\s+", " ", v.group(0)).lower())
        if vk is not None and vk.kind in ("act", "attitude") and GOVERNED_GAP.fullmatch(text, v.end(), open_mark):
            return True
    lead = LEADING_PARTICIPLE.fullmatch(text, floor, open_mark)  # "Calling the raid “a crime”, ..."
    vk = _participle(lead["verb"]) if lead else None
    return vk is not None and vk.kind in ("act", "attitude") and \
        GOVERNED_GAP.fullmatch(text, floor + lead.end("verb") - lead.start(), open_mark) is not None


def _participle(word: str):
    """The reporting verb of a participle opening a sentence ("Calling", "Terming" -> termed), or None.

    >>> _participle("Calling").kind, _participle("Denouncing").kind, _participle("Ignoring")
    ('attitude', 'act', None)
    """
    w, verbs = word.lower(), reporting_verbs()
    for form in (w, w[:-3] + "ed", w[:-3] + "d" if w[:-3].endswith("e") else "", w[:-4] + "ed"):
        if form and form in verbs:
            return verbs[form]
    return None


def _said_through(R: _Resolver, text: str, a: int, b: int):
    """A verb of saying before a quote whose complement opens with a named actor and a verb of saying ("X said
    Sisi had stressed ... “…”"): (that actor, the inner verb, its offset, ...), or None. A speech act of the inner
    actor ("said Israel had rejected “…”") leaves the quoted words to the outer speaker. The inner verb may open the
    quote ("A statement from his office said al-Sudani “affirmed that …”"): the words are still the inner actor's.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = 'A statement from the office said Abbas "affirmed that the authority is ready to govern Gaza".'
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> sp, verb, *_ = _said_through(_Resolver(d, tuple(find(d))), t, 0, t.index('"'))
    >>> sp.name, sp.faction, verb
    ('Mahmoud Abbas', 'Palestinian Authority', 'affirmed')
    >>> t = 'Hamas said Israel "rejected every proposal the mediators put on the table".'
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> _said_through(_Resolver(d, tuple(find(d))), t, 0, t.index('"')) is None
    True
    """
    verbs = reporting_verbs()
    opened = text[:b] + " " + text[b + 1:] if 0 <= b < len(text) and text[b] in "“\"«" else None
    for v in _verb_re().finditer(text, a, b):
        vk = verbs.get(re.sub(r"\s+", " ", v.group(0)).lower())
        if vk is None or vk.kind != "say":
            continue
        through = _relayed(R, text, v.end() + 1, b, verbs)
        if through is not None and verbs[through[1]].kind == "say" and through[2] < b:
            return through
        # (the quote opens with the inner verb: read past its opening mark, the verb right after it)
        through = _relayed(R, opened, v.end() + 1, min(len(text), b + 40), verbs) if opened else None
        if through is not None and verbs[through[1]].kind == "say" and b < through[2] <= b + 3:
            return through
    return None


# A phrase set off by commas between a subject and the quote that opens with its verb: where, when or in what it
# spoke ("The Security Council, in a statement agreed after talks, “deeply regrets …”")
INSERTED_PHRASE = re.compile(r",\s*(?:in|during|at|after|on|following|meanwhile)\b[^,;:“”\"«»]{1,120},\s*$")


# "what X called “…”", "what the ministry described as “…”": the quoted words are X's
WHAT_CALLED = re.compile(r"\bwhat\s+(?P<who>[^,;:“”\"«»]{2,80}?)\s+(?:has\s+|had\s+)?(?:called|calls|termed|terms|"
                         r"described\s+as|describes\s+as|dubbed)\s*$")


# "quoted X as saying", "quotes X as having said": X, the object of 'quoted', is who speaks (right before the verb)
# (an apposition perhaps: "quoted Mahdi al-Mashat, head of the Supreme Political Council, as saying")
QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>[^;:“”\"«»]{2,160}?),?\s+as\s+(?:having\s+)?$")


def _next_mark(text: str, i: int, limit: int) -> int:
    """The next opening quote mark in text[i:limit] that is no nickname inside a name (Joko "Jokowi" Widodo), or -1."""
    while (js := [j for j in (text.find(m, i, limit) for m in '“"«') if j != -1]):
        j = min(js)
        close = text.find({"“": "”", "«": "»"}.get(text[j], '"'), j + 1, limit)
        if close == -1 or not _nickname(text, j, close):
            return j
        i = close + 1
    return -1


def _attribute(R: _Resolver, doc: Document, q: _Quote, s1: Sentence, s2: Sentence, vre, document: Speaker | None = None):
    """(speaker, verb, verb offset) for a quote, or (None, '', 0); ``document``: the issuers of a document quoted in
    the paragraph before, whose text a quote paragraph with no speaker of its own continues."""
    text = doc.text
    after_start = q.close + 1
    limit = max(s2.end, after_start)
    if text[after_start:s2.end].strip() == "" and s2.index + 1 < len(doc.sentences) \
            and re.search(r"[?!]\W*$", text[q.q_start:q.q_end]):
        # “Who will rebuild Gaza?” Hamas official Basem Naim asked. — the splitter ends the sentence at ?”
        # (after “… meetings.” a new sentence begins: "It did not say where." is no attribution)
        follow = doc.sentences[s2.index + 1]
        if follow.paragraph == s2.paragraph and not re.match(r"[“\"«‘]", follow.text) and (
                len(follow.text.split()) <= 12 or re.match(r"(?:\S+\s+){1,5}?(?:said|says|asked|added)\b", follow.text)):
            limit = follow.end
    elif text[after_start:s2.end].strip() == "" and s2.index + 1 < len(doc.sentences) \
            and re.search(r"[.…]\W*$", text[q.q_start:q.q_end]):
        # “… This is a red line for us.” Foreign Minister X said at a news conference. — a sentence that is only an
        # attribution (no clause of its own: "It did not say where.", "He said the talks ..." are none)
        follow = doc.sentences[s2.index + 1]
        if follow.paragraph == s2.paragraph and BARE_ATTRIBUTION.fullmatch(follow.text.strip()):
            limit = follow.end
    nxt = _next_mark(text, after_start, limit)
    stop = nxt if nxt != -1 else limit
    # 0. a leading participle of speech governs the quote, its subject comes after it: Calling the raid “a crime”,
    # the ministry said it would ... (the quote is the participle's, whatever follows the main verb)
    lead = LEADING_PARTICIPLE.fullmatch(text, s1.start, q.q_start - 1)
    lv = _participle(lead["verb"]) if lead else None
    led = lv is not None and lv.kind in ("say", "act", "attitude") and (re.match(r"\s*,", text[q.close + 1:stop]) is not None
                                                                   or text[q.q_start:q.q_end].rstrip().endswith(","))
    # 1. right after the quote: “…,” he added / “…,” said Hamas / “…,” according to the statement
    tail = text[after_start:stop]
    # (or around it with no verb of saying: "as X put it, “…”", "“…” was how X described it")
    found = around(R, text, s1, q.q_start - 1, after_start, stop)
    if found is not None:
        return found
    acc = re.match(r"[\s,.]*according\s+to\s+([^,.;]+)", tail)
    if acc:
        sp = R.noun_phrase(after_start + acc.start(1), after_start + acc.end(1))
        if sp:
            return sp, "according to", after_start + acc.start()
    dash = re.match(r"[\s,.]*[—–]\s*([^,.;:“”\"«»]{2,100})", tail)
    if dash:  # “…” — Hamas official Osama Hamdan, speaking in Beirut
        sp = R.noun_phrase(after_start + dash.start(1), after_start + dash.end(1))
        if sp:
            return sp, "", after_start + dash.start(1)
    for v in vre.finditer(text, after_start, stop):
        vk = reporting_verbs().get(re.sub(r"\s+", " ", v.group(0)).lower())
        if vk is None or vk.kind not in ("say", "read"):
            continue  # “…”, a statement Egypt described as a threat: not the quote's attribution
        between = text[after_start:v.start()]
        words = between.split()
        if len(words) > 12 and "," not in between:
            break
        if COORDINATED.fullmatch(between) or NEW_CLAUSE.match(between):
            break  # “…,” and said …: a second verb of the subject before the quote (step 2)
        co = re.match(r"[\s,]*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b", between)
        if co and (co.group(1).endswith("ed") or co.group(1) in reporting_verbs()):
            break  # “…” and called on Arab states to ...: a verb later in that clause is no attribution
        if PREP_PHRASE.match(between) and "," not in between.strip(" ,"):
            continue  # “…,” in rare public remarks / during his remarks: the verb's form is a noun here
        sp, after = None, None
        np_start = after_start + (between.rfind(",") + 1 if "," in between.strip(" ,") else 0)
        if between.strip(" ,"):
            sp = R.subject(v.start(), after_start) if R.in_span(after_start, v.start()) else None
            if sp is None and text[np_start:v.start()].strip(" ,"):
                sp = R.noun_phrase(np_start, v.start())
            if sp is None:  # “…,” X, the head of the Settlers Council, said: the organisation's (``appositions``)
                sp = member_subject(R, after_start, v.start())
        else:
            # (where and when before an inverted subject, as agencies write: "said in a press conference in Rabat on
            # Thursday Foreign Minister X")
            # (a middle initial's dot is no sentence end: "said George W. Bush")
            after = re.match(rf"\s+((?:{ABBREV}\s+)?(?:[^,.;“”\"]|{INITIAL_DOT}){{2,80}})", text[v.end():stop])
            wider = re.match(rf"\s+((?:{ABBREV}\s+)?(?:(?:in|on|at|during|after|before|following)\s+[^,.;“”\"]{{2,80}}?\s+)"
                             rf"{{1,3}}(?:[^,.;“”\"]|{INITIAL_DOT}){{2,120}})", text[v.end():stop])
            if after and wider and len(wider.group(1)) > len(after.group(1)) and not R.in_span(v.end(), v.end() + after.end()):
                after = wider
            if after:
                end = v.end() + after.end()
                # “…,” said Japan's chief cabinet secretary, Hirokazu Matsuno. -- the name in apposition to the
                # description is the speaker (not the owner of the description)
                named = next((m for m in R.in_span(end, stop) if _type(m) == "person"
                              and re.fullmatch(r"\s*,\s*", text[end:m.start])
                              and re.match(r"\s*(?:[,.;]|$)", text[m.end:m.end + 2])), None)
                if named is not None and any(w.lower().strip(".") in TITLE_WORDS for w in after.group(1).split()):
                    end = named.end
                # (a participle after the head is no part of who: "said a senior official traveling with Kerry")
                cut = HEAD_MODIFIER.search(text, v.end(), end)
                sp = R.noun_phrase(v.end(), cut.start() if cut else end)
        if sp is None and SPOKESMAN_OF.fullmatch(text[np_start:v.start()].strip(" ,")):
            # "X “strongly condemned” it, calling it “…”, his office said": the words of the person the office serves,
            # the subject opening the sentence
            boss = [m for m in R.in_span(s1.start, q.q_start) if m.faction and _type(m) == "person"
                    and m.start <= s1.start + 40 and not _no_subject(text, s1.start, m)]
            sp = R.from_mentions(boss[:1], boss[0].start, boss[0].end) if boss else None
        if sp is None and vk.kind == "say" and between.strip(" ,") and (dm := READ_DOCUMENT.match(text, np_start, v.start())) \
                and not text[dm.end():v.start()].strip():
            sp = _document_speaker(R, text, np_start, v.start())  # “…,” the statement said: who issued it
        if vk.kind == "read":  # “…,” the text reads / “…,” reads the declaration: the document's issuers
            doc_np = (np_start, v.start()) if between.strip(" ,") else (v.end(), v.end() + after.end()) if after else None
            sp = _document_speaker(R, text, *doc_np) if doc_np else None
        if vk.kind in ("say", "read"):  # “…,” the post read: who posted it, when that was the last one to speak
            post_np = (np_start, v.start()) if between.strip(" ,") else (v.end(), v.end() + after.end()) if after else None
            sp = (_poster(R, text, *post_np) if post_np else None) or sp
        # the verb must end the clause: no new clause ("said that ...") after it
        rest = text[v.end():stop]
        if sp is not None and led and vk.kind == "say" and "," not in between.strip(" ,"):
            return sp, lead["verb"], s1.start + lead.start("verb")
        if sp is not None and not re.match(r"\s+(?:that|it|he|she|they)\b", rest):
            return sp, v.group(0), v.start()
        if sp is not None:
            break
        if vk and vk.kind == "say" and len(words) <= 8 and not re.search(r"[.!?]\s", between) \
                and not re.match(r"\s+(?:that|it|he|she|they)\b", rest) and not NEGATED.search(between):
            return None, "?", 0  # “…,” said Umm Mohammed, a resident: said by someone of no known faction
    # 2. before the quote in its sentence: Hamas said it “rejects …”
    floor = s1.start
    what = WHAT_CALLED.search(text, floor, q.q_start - 1)
    if what is not None:  # "accepted what Netanyahu's office called “…”": the words are the office's
        sp = R.noun_phrase(what.start("who"), what.end("who"))
        return (sp, "called", what.end("who") + 1) if sp is not None else (None, "", 0)
    before = list(vre.finditer(text, floor, q.q_start - 1))
    kinds = [reporting_verbs().get(re.sub(r"\s+", " ", v.group(0)).lower()) for v in before]
    first_say = next((v.start() for v, k in zip(before, kinds, strict=True) if k and k.kind == "say"), None)
    for v, vk in reversed(list(zip(before, kinds, strict=True))):
        if vk is None or vk.kind in ("read",):
            continue
        if (vk.kind in ("act", "attitude") and first_say is not None and v.start() > first_say
                and not re.search(r",\s+(?:while|but|whereas|as)\b|;", text[first_say:v.start()])):
            continue  # "Lavrov said Russia supported … and would host … “…”": the quote is Lavrov's
        if vk.kind == "according":  # According to Hamas, “…”
            np = re.match(r"\s*([^,;:“”\"«»]{2,100})", text[v.end():q.q_start - 1])
            sp = R.noun_phrase(v.end(), v.end() + np.end()) if np else None
            if sp is not None:
                return sp, "according to", v.start()
            continue
        relayed = QUOTED_AS.search(text, floor, v.start())
        if relayed is not None and R.in_span(relayed.start("who"), relayed.end("who")):
            # "WAM quoted President X as saying: “…”": the words of the one quoted, not of the agency
            sp = R.noun_phrase(relayed.start("who"), relayed.end("who"))
            if sp is not None:
                return sp, v.group(0), v.start()
        prev_close = max([floor] + [m.end() for m in re.finditer(r"[”»]", text[floor:v.start()])])
        sp = R.subject(v.start(), prev_close if prev_close == floor else floor + prev_close)
        closed = list(re.finditer(r"[”\"»]", text[floor:v.start()]))
        if sp is None and closed and AND_AFTER_QUOTE.fullmatch(text, floor + closed[-1].end(), v.start()) and not any(
                k is not None and x.start() < floor + closed[-1].start() for x, k in zip(before, kinds, strict=True)):
            # "X thanked Qatar for its “tireless mediation” and said: “…”": a verb coordinated after a quote, with no
            # subject of its own, has the subject of the clause the quote is in (a reporting verb before the quote
            # has its own subject, read next: "His Royal Highness affirmed ... “…,” and stressed that ...")
            sp = R.clause_subject(floor, floor + closed[-1].start())
        if sp is None and v.group(0).endswith("ing") and (issue := ISSUED_DOCUMENT.match(text, floor, v.start())) \
                and not vre.search(text, floor, issue.end("subj")):  # (not "X said Israel issued ...")
            # "X read a statement outside the headquarters describing the deal as “…”": the issuer's words
            sp = R.subject(issue.end("subj"), floor) or R.clause_subject(floor, issue.end("subj"))
        if sp is None and (dm := DOCUMENT_SUBJECT.fullmatch(text, floor, v.start())) is not None:
            # "The resolution, backed by Shiite lawmakers, asks the government to “…”": who made the document
            sp = _document_speaker(R, text, floor, floor + dm.end("doc") - dm.start())
        if sp is not None:
            return sp, v.group(0), v.start()
    # 2b. a colon before the quote: Abbas was clear: “…”
    colon = re.search(r":\s*$", text[s1.start:q.q_start - 1])
    if colon and s1.start < q.q_start - 1:
        cpos = s1.start + colon.start()
        sp = R.subject(cpos, s1.start) if R.in_span(s1.start, cpos) else None
        if sp is None:  # "Qatar's message was clear: “…”": the owner of the words
            sp = owner_before_colon(R, text, s1.start, cpos)
        if sp is not None:
            return sp, "", cpos
    # 2c. a quote that opens with the reporting verb: the six ministers “condemned in the strongest terms …”
    first = re.match(r"\s*(?:[a-z]+ly\s+)?([a-z]+(?:\s+(?:for|on|upon|out))?)\b", text[q.q_start:q.q_end])
    fv = reporting_verbs().get(re.sub(r"\s+", " ", first.group(1))) if first else None
    if fv is not None and fv.kind not in ("read", "according") and s1.start < q.q_start - 1:
        aside = INSERTED_PHRASE.search(text, s1.start, q.q_start - 1)  # "The Council, in a statement ..., “regrets”"
        sp = R.subject(q.q_start - 1 if aside is None else aside.start(), s1.start)
        if sp is not None:
            return sp, first.group(1), q.q_start
    # 2d. a sentence opening with the document its words are in: "In the declaration, the factions committed “to
    # …”" -- who made the document, or issued it (no parties named nearby: the subject is no known speaker)
    opening = IN_THE_DOCUMENT.match(text, s1.start, q.q_start - 1) or UNDER_THE_DOCUMENT.match(text, s1.start, q.q_start - 1)
    if opening is not None:
        head = re.sub(r"\s+", " ", opening["doc"]).lower().split()[-1]
        sp = _introduced_by(R, text, head, s1.start) or R.last(s1.start, issuers=True)
        if sp is not None:
            return sp, "", s1.start
    # 2e. the parties of a document quoted in the paragraph before, as a subject ("The leaders also committed to “…”"):
    # the document's text goes on
    if document is not None and PARTIES_COMMITTED.fullmatch(text, s1.start, q.q_start - 1):
        return document, "", s1.start
    # 2f. a sentence that is only the quote after one giving its speaker's manner: "X was blunt. “…”"
    manner = manner_before(R, doc, s1, q.q_start - 1, q.close)
    if manner is not None:
        return manner
    # 3. a quote that is a sentence of its own: the speaker the sentence after it names ("X was speaking at ...",
    # "That was the message of X, who ..."); else, when it opens a paragraph (a blockquote's mark before it perhaps),
    # the label or intro before it, the document the paragraph before quotes (its text goes on), the last speaker
    if text[s1.start:q.q_start - 1].strip() in ("", ">") and (named := _named_after(R, doc, q, s2)) is not None:
        return named
    if q.q_start - 1 == q.para_start or text[q.para_start:q.q_start - 1].strip() in ("", ">"):
        label = _label_before(R, doc, s1) or _intro_before(R, doc, s1)
        if label is not None:  # "Prime Minister X:" as a paragraph of its own, then the words (a text in full);
            return label, "", q.q_start  # "issued a joint statement, the text of which follows:", then the text
        if document is not None:  # "Under the text, the parties agreed “…”" ¶ "> “The parties pledge …”"
            return document, "", q.q_start
        sp = R.last(q.para_start)
        if sp is not None:
            v = vre.match(text, sp.pos)
            return sp, v.group(0) if v else "", q.q_start
    return None, "", 0

