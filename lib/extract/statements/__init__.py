"""Statements: who said what, for which faction, with what stance.

Idea: one row per quote or clearly attributed indirect statement, with its speaker, the speaker's faction,
its stance and the exact span of the quote and its sentence.
Approach, in three passes over an article: (1) ``resolver.listen`` records every reporting verb's subject
(the speaker history that pronouns and "the statement" resolve to); (2) ``direct`` attributes each quote
(``quotes`` finds them); (3) ``indirect`` reads reported speech in sentences without quotes; (4) ``unmarked``
reads statements without quotation marks (liveblog label lines, posts). Reporting verbs
and stance cues are data (``lib/data/reporting_verbs.csv``, ``lib/data/stance_cues.csv``); the rules and
their cases are catalogued in docs/extraction-statements.md.

Example:
    >>> from lib.extract import Context
    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "“We reject the plan outright,” Hamas said on Sunday.", published="2023-03-20")
    >>> [(s.speaker, s.faction, s.quote, s.kind, s.stance) for s in extract(Context(doc, actors=tuple(find(doc))))]
    [('Hamas', 'Hamas', 'We reject the plan outright', 'direct', 'reject')]
"""
from __future__ import annotations

import re
from dataclasses import replace

from lib.extract.actors import find as find_actors
from lib.extract.actors.dictionary import members_of
from lib.extract.dates import governing_date
from lib.extract.reading import entity_end, moved_words, to_raw, unwrapped
from lib.extract.spanindex import Covers
from lib.extract.statements.clauses import (
    BARE_CLAUSE,
    DELEGATION_CLAUSE,
    INTERRUPTED_QUOTE,
    NAMED,
    NAMING_VERBS,
    POSITION_OBJECT,
    _fact_report,
)
from lib.extract.statements.direct import direct_quotes
from lib.extract.statements.filters import asked_question, has_words
from lib.extract.statements.indirect import _indirect
from lib.extract.statements.quotes import (
    MIN_PREDICATE_WORDS,
    MIN_QUOTE_WORDS,
    _is_body,
    _quotes,
    _sentence,
    _words,
    find_quotes,
)
from lib.extract.statements.resolver import _Resolver, listen
from lib.extract.statements.speakers import DOC_NOUNS, Speaker, _civilians, _keep_without_faction, in_document
from lib.extract.statements.stance import STANCES, clause_tail, judgement, stance_of, stance_span
from lib.extract.statements.subjects import _relative_clause
from lib.extract.statements.unmarked import labelled, turn_labels
from lib.extract.statements.verbs import DATA, _verb_re, cameo_code, reporting_verbs
from lib.models import Document, Statement, stable_id

# how a statement was recognised: quoted (direct, partial), reported (indirect), or without quotation marks (a
# liveblog or bullet label line, a social post, a first-person sentence attributed after a comma)
KINDS = ("direct", "partial", "indirect", "label", "post", "unmarked")

# stances that are acts of a clause's subject: when that subject is another party, the speaker only reports them
ACTS_OF_A_SUBJECT = ("agree", "reject", "welcome", "propose", "deny")

__all__ = ["KINDS", "DATA", "MIN_PREDICATE_WORDS", "MIN_QUOTE_WORDS", "STANCES", "_civilians", "_fact_report",
           "_relative_clause", "_words", "cameo_code", "extract", "find_quotes", "reporting_verbs", "stance_of"]


# "said in a statement", "said on Sunday in a joint communiqué": the document a speaker speaks in
DOCUMENT_AFTER_VERB = re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+in\s+(?:a|an|its|their)\s+(?P<doc>{DOC_NOUNS})\b")
# "In a joint statement released by the three countries, Riyadh and Tehran said": the document opening the sentence
DOCUMENT_OPENING = in_document("a|an|the|its|their", DOC_NOUNS, modifiers=1, lead=r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*",
                               tail=r"\b[^.!?\n“”\"]*$")
# a reported clause in a sentence with quotes needs this many words of its own (outside the quotes), or this many
# when it frames quoted words (a subject and its verb before a quoted predicate: "said the decision was “a prize
# for terror”"); a speech act with its object counts its verb ("urged Palestinians to unite", one word fewer) and
# needs no fewer words than it quotes
MIN_REPORTED_WORDS = 5
MIN_OWN_WORDS = 3


def _unquoted(text: str, a: int, b: int, quote_spans: list[tuple[int, int]]) -> str:
    """text[a:b] without the quotes in it (each quote with its marks), for counting a clause's own words.

    >>> t = 'He said the plan was "far from our demands" and would fail.'
    >>> _unquoted(t, 8, len(t) - 1, [(t.index('"'), t.rindex('"') + 1)])
    'the plan was  and would fail'
    """
    parts, pos = [], a
    for qa, qb in sorted(quote_spans):
        if qb <= pos or qa >= b:
            continue
        parts.append(text[pos:max(pos, qa)])
        pos = max(pos, qb)
    parts.append(text[pos:b])
    return "".join(parts)


def _in_document(text: str, sp: Speaker, verb: str, vpos: int) -> Speaker:
    """A group or collective that speaks in a document ("Hamas said in a statement that ...") is named with it,
    as the issuers of documents are; people keep their names.

    >>> t = "Hamas later said in a statement that the talks were positive."
    >>> _in_document(t, Speaker("Hamas", "", "Hamas", "group", 0), "said", t.index("said")).name
    'Hamas (statement)'
    >>> t = "In a joint statement issued in Beijing, Riyadh and Tehran said they would reopen embassies."
    >>> _in_document(t, Speaker("Riyadh and Tehran", "", "Saudi Arabia; Iran", "group", 0), "said", t.index("said")).name
    'Riyadh and Tehran (joint statement)'
    """
    if sp.type != "group" or not sp.name or sp.name.endswith(")") or not verb:
        return sp
    m = DOCUMENT_AFTER_VERB.match(text, vpos + len(verb)) or DOCUMENT_OPENING.search(text, max(0, vpos - 240), vpos)
    if m is None:
        return sp
    return replace(sp, name=f"{sp.name} ({re.sub(r'[ ]+', ' ', m['doc'].lower())})", text=sp.text or sp.name)


def extract(ctx) -> list[Statement]:
    """Who said what, for which faction: one row per quote or attributed indirect statement.

    >>> from lib.extract import Context
    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Jordan’s foreign ministry called for an end to the attacks.", published="2023")
    >>> [(s.speaker, s.faction, s.kind, s.stance) for s in extract(Context(doc, actors=tuple(find(doc))))]
    [('Jordan’s foreign ministry', 'Jordan', 'indirect', 'demand')]
    """
    doc: Document = unwrapped(ctx.doc)  # a hard-wrapped text: its line breaks read as spaces (same offsets)
    text = doc.text
    raw = ctx.doc.text  # rows record the words of the raw text
    moved = moved_words(ctx.doc)  # (a word cut at a line's end is read joined, its first part moved: map it back)
    found = tuple(ctx.actors)
    if doc is not ctx.doc and found:  # names cut by a wrapped break ("Egyptian\nforeign minister"): read again
        found = tuple(find_actors(doc))
    found = tuple(sorted(found + turn_labels(doc), key=lambda m: (m.start, -m.end)))  # "MR MILLER: ..."
    R = _Resolver(doc, found, tuple(getattr(ctx, "places", ()) or ()))
    vre = _verb_re()
    verbs = reporting_verbs()
    quotes = _quotes(doc)
    quote_spans = [(q.q_start - 1, q.close + 1) for q in quotes]

    in_quote = Covers(quote_spans).covers  # any(a <= p < b for a, b in quote_spans), bisected

    # pass 1: every reporting verb outside quotes -> speaker history and statement issuers
    listen(R, doc, quote_spans)

    rows: list[Statement] = []
    seen: set[tuple[str, str]] = set()
    quoted_sentences: set[int] = set()

    def emit(q_start, q_end, sp: Speaker, kind: str, verb: str, vpos: int, relay: str = ""):
        s1, s2 = _sentence(doc, q_start), _sentence(doc, max(q_start, q_end - 1))
        if s1 is None or s2 is None or not (sp.faction or _keep_without_faction(sp)):
            return
        quote = raw[to_raw(moved, q_start):to_raw(moved, q_end)]
        if not has_words(quote):
            return  # a time stamp or a figure read as words ("Last updated: 11-06-2024 08:30 PM"): no speech
        if kind == "indirect" and asked_question(quote):
            return  # the reporter's question ("Asked whether she had spoken to him, Wallström said she had not")
        sp = _in_document(text, sp, verb, vpos)
        key = (re.sub(r"\W+", " ", quote.lower()).strip(), sp.faction)
        if key in seen:
            return
        seen.add(key)
        start, end = s1.start, max(s2.end, s1.end)
        frame = text[max(vpos + len(verb), s1.start):q_start] if s1.start <= vpos < q_start else ""
        lead = text[s1.start:min(vpos, q_start)] if s1.start <= vpos else ""  # a participle's governing verb
        before = text[s1.start:q_start] if vpos >= q_end else ""  # the words that introduce a quote attributed after it
        # the words after a fragment in its own clause ("would “take every step” to implement the deal")
        tail = clause_tail(text, q_end, max(s2.end, s1.end)) if s1.start <= vpos < q_start else ""
        stance, evidence = stance_of(verb, text[q_start:q_end], frame, lead, before, tail)
        ev_start, ev_end = stance_span(text, q_start, q_end, verb, vpos, evidence, s1.start, q_end + len(tail))
        read = text
        for _ in range(3):  # the cue's subject is another party ("Israel had agreed to ..." in Egypt's words)
            if not (evidence.startswith("cue:") and stance in ACTS_OF_A_SUBJECT and q_start <= ev_start
                    and not judgement(evidence[5:])):  # a judgement ("an important role") is the speaker's own
                break
            subj = [m for m in R.in_span(max(q_start, ev_start - 60), ev_start)
                    if m.faction and m.faction not in sp.faction.split("; ")
                    and not re.search(r"(?i)\b(?:we|our|i)\b|[,;:]", read[m.end:ev_start])]
            if not subj:
                break
            # read the words again without that cue ("Hamas must accept": a demand; "Israel appreciated ...
            # to lead Hamas to accept": the speaker's welcome)
            read = read[:ev_start] + " " * (ev_end - ev_start) + read[ev_end:]
            stance, evidence = stance_of("", read[q_start:q_end], frame)
            ev_start, ev_end = stance_span(read, q_start, q_end, "", vpos, evidence)
        else:
            stance, evidence, ev_start, ev_end = "neutral", "", 0, 0
        anchor = doc.sentence_at(vpos) or s1
        d = governing_date(doc, ctx.dates, anchor, vpos)
        if moved:  # the view's offsets -> the raw text's (a sentence ending in an entity ends after it)
            start, end, q_start, q_end = (to_raw(moved, x) for x in (start, end, q_start, q_end))
            end = entity_end(raw, end)
            if ev_end > ev_start:
                ev_start, ev_end = to_raw(moved, ev_start), to_raw(moved, ev_end)
        # a joint speaker ("The U.S. and Israel have said") gives one row per faction, linked by a shared id
        # a group of states with no secretariat ("the G7", "the E3") speaks as its member states (``members_of``)
        factions = list(dict.fromkeys(m for f in sp.faction.split("; ")
                                      for m in members_of(f, doc.published))) if sp.faction else [""]
        group = stable_id(doc.article_id, start, end, "joint", q_start, q_end) if len(factions) > 1 else ""
        for fac in factions:
            rows.append(Statement.make(doc.article_id, start=start, end=end, quote_start=q_start, quote_end=q_end,
                                       speaker=sp.name, speaker_title=sp.title, faction=fac, quote=quote,
                                       kind=kind, reporting_verb=re.sub(r"\s+", " ", verb), stance=stance,
                                       stance_evidence=evidence, date=d.value, date_basis=d.basis,
                                       sentence=raw[start:end], region=s1.region,
                                       speaker_text=sp.text or sp.name, relayed_by=relay, statement_group=group,
                                       stance_start=ev_start, stance_end=ev_end))

    # pass 2: direct and partial quotes
    direct_quotes(R, doc, quotes, vre, emit, in_quote, quoted_sentences)

    # pass 3: indirect speech; in a sentence with quotes only a reported clause of its own words (the quoted
    # words are rows of pass 2): "X said the plan was “far from our demands,” but added that it would send ..."
    def emit_reported(q_start, q_end, sp, kind, verb, vpos, relay=""):
        own = len(_words(_unquoted(text, q_start, q_end, quote_spans)))  # (a frame around a quote is no clause)
        quoted = len(_words(text[q_start:q_end])) - own
        act = q_start == vpos  # a speech act with its object ("urged Palestinians to unite"; its verb counts)
        # (a naming act frames its quoted name with its verb and object: 'called the visit “a historic day”')
        named = NAMED.match(text, vpos + len(verb)) if act else None
        lemma = verbs[form].verb if (form := re.sub(r"\s+", " ", verb)) in verbs else ""
        naming = named is not None and named.start("name") < q_end and (lemma in NAMING_VERBS or named["as"] is not None)
        if naming and q_end < named.end() and re.fullmatch(r"[,.;:!?]*", text[q_end:named.end() - 1]):
            q_end = named.end()  # (the name's closing mark after its comma: 'called the raid “a dangerous escalation,”')
        # (a clause with a subject frames a quoted predicate; an act's frame around a longer quote is no clause:
        # "denounced the raid, calling it “…”")
        # (a clause frames quoted words when it opens with a subject of its own and its verb, the verb perhaps
        # quoted: "the meeting “does not represent us”"; a position named by an object does not: "stressed the need
        # to act, “…”", nor an adverbial before the subject: "in a meeting on Friday, Abbas “renewed …”")
        words = " " + text[q_start:q_end]
        framed = BARE_CLAUSE.match(words) or DELEGATION_CLAUSE.match(words)
        framing = quoted and framed is not None and framed.start("clause") <= 2 and not POSITION_OBJECT.match(words)
        # (after an explicit 'that', a subject of its own before a quoted predicate is a clause however short:
        # 'told Radio Dabanga that the army “is committed to what was signed”')
        that = re.search(r"\bthat\s+$", text[max(0, q_start - 6):q_start]) is not None
        # (only when the name is not most of the row: a long name alone is the statement, its partial row says it --
        # 'calling it “a crime against our people that will not pass”'; other quotes in the row are not the name's)
        if naming:  # (and a name of a word is no statement, as a quote of a word is none: 'as “unprecedented”')
            name = len(_words(named["name"]))
            naming = MIN_PREDICATE_WORDS <= name and 2 * name < 3 * (len(_words(text[q_start:q_end])) - name)
        need = 2 if naming else max(MIN_REPORTED_WORDS - 1, quoted) if act else \
            (1 if that else MIN_OWN_WORDS) if framing else max(MIN_REPORTED_WORDS, quoted)
        opening = next((b for a, b in quote_spans if a == q_start - 1), None) if in_quote(q_start) else None
        if opening is not None and q_end > opening and not re.match(r"[\s,;:.]*$", text[opening:q_end]) and \
                re.match(r"\s*[,;]", text[opening - 2:q_end]) is None and \
                len(_words(text[opening:q_end])) >= MIN_OWN_WORDS and own >= MIN_OWN_WORDS:
            # a reported clause that opens with a quote and goes on in the reporter's words ('told the delegations
            # that “the time is right” for a Palestinian state'): the whole clause, its opening mark with it
            q_start = opening_mark = q_start - 1
        else:
            opening_mark = None
        if in_quote(q_start) and opening_mark is None or own < need:
            return
        joined = INTERRUPTED_QUOTE.search(text, q_start, min(len(text), q_end + 200))
        close = next((b for a, b in quote_spans if a == joined.end() - 1), None) \
            if joined and joined.start() <= q_end else None
        if close is not None and (joined["p"] in ("he", "she")) == (sp.type == "person"):
            # "the group accepted the resolution, but Israel, he said, “has not yet said yes.”": one statement, the
            # interrupted quote with it (and no row of its own, below)
            n = len(rows)
            emit(q_start, max(q_end, close), sp, kind, verb, vpos, relay)
            interrupted.extend(rows[n:])
            return
        inside = next((b for a, b in quote_spans if a < q_end - 1 < b - 1), None)
        if inside is not None and re.fullmatch(r"[,.;:!?]*", text[q_end:inside - 1]) is None:
            return  # the clause ends inside a quote, cut at its comma ("the talks were “constructive, but ...”")
        emit(q_start, q_end, sp, kind, verb, vpos, relay)

    interrupted: list[Statement] = []  # reported clauses joined with the quote that interrupts them
    for s in doc.sentences:
        if not _is_body(s):
            continue
        _indirect(R, doc, s, vre, verbs, emit_reported if s.index in quoted_sentences else emit)
    # the quote of a joined row is no row of its own
    rows = [r for r in rows if r.kind not in ("partial", "direct") or not any(
        j.faction == r.faction and j.quote_start <= r.quote_start and r.quote_end <= j.quote_end for j in interrupted)]
    # pass 4: statements without quotation marks (label lines, posts, "I condemn ..., Biden says")
    top = next((x.index for x in doc.sentences if x.region == "headline"), -1)  # the article's own headline
    labelled(R, doc, emit, top, _fact_report)
    # a reported clause inside a sentence that is itself a row of the same side (the text of a statement, an
    # interview's answer: "The Kingdom condemns ...") repeats it
    whole = [(r.quote_start, r.quote_end, r.faction) for r in rows if r.kind == "unmarked"]
    rows = [r for r in rows if r.kind != "indirect" or not any(
        a <= r.quote_start and r.quote_end <= b and f == r.faction for a, b, f in whole)]
    rows.sort(key=lambda r: (r.start, r.quote_start))
    return rows
