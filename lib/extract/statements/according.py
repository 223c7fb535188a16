"""Reported speech whose attribution is not a verb right after its subject: "According to X, <clause>", "<clause>,
X said." (a trailing attribution, with a pronoun for a speaker who spoke just before) and "<words>, X said, <words>"
(an attribution inside the words).

Example: "Israel would not agree to a permanent truce, the official said." is the official's.
"""
from __future__ import annotations

import re

from lib.extract import dateline
from lib.extract.statements.clauses import (
    AUDIENCE,
    BARE_CLAUSE,
    CARRIED_BY,
    PLACE_TIME_GAP,
    SPOKESMAN_OF,
    SUBORDINATE,
    _clause,
    _fact_report,
)
from lib.extract.statements.quotes import _trim, _words
from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import JOINT_DOCS, Speaker, relayer
from lib.extract.statements.subjects import _relayed
from lib.extract.statements.unmarked import FIRST_PERSON
from lib.extract.statements.verbs import reporting_verbs
from lib.models import Document, Sentence

# "According to <source>, <clause>" and "<clause>, according to <source>.": sources that report no position of
# their own (the media, tallies, witnesses) are no speakers, and the terms of an agreement or a communiqué are what
# was agreed, not said
ACCORDING_OPENING = re.compile(r"\W*According\s+to\s+(?P<np>[^,;:“”\"«»]{2,100}),")
ACCORDING_CLOSING = re.compile(r",\s+according\s+to\s+(?P<np>[^,;:“”\"«»]{2,100}?)\.?\s*$")
NO_SOURCE_OF_POSITION = re.compile(r"(?i)\b(?:media|reports?|press|newspapers?|daily|tall(?:y|ies)|figures|data|counts?|"
                                   r"estimates?|witnesses|residents|footage|images|records?|Channel|TV|television|"
                                   r"radio|broadcaster|agency|website|outlets?|analysts?|experts?|polls?|surveys?|"
                                   r"health|medics|hospitals?|paramedics|rescuers|"
                                   r"Times|Post|News|Journal|Reuters|AP|AFP|Axios|CNN|BBC)\b")


def _according(R: _Resolver, doc: Document, s: Sentence, emit) -> bool:
    """Reported speech framed by 'according to': the clause is the source's when it states a position (a subject
    with a modal or a verb of state, as in a bare complement clause) and the source names a speaker of a side.

    Example: "According to the statement, Egypt will keep the crossing open." is the statement's issuer's.
    """
    text = doc.text
    for rx in (ACCORDING_OPENING, ACCORDING_CLOSING):
        m = rx.match(text, s.start, s.end) if rx is ACCORDING_OPENING else rx.search(text, s.start, s.end)
        if m is None or NO_SOURCE_OF_POSITION.search(m["np"]) or re.search(rf"(?i)\b{JOINT_DOCS}\b", m["np"]):
            continue
        sp = R.noun_phrase(m.start("np"), m.end("np"))
        if sp is None or not sp.faction:
            continue
        ca, cb = (m.end(), s.end) if rx is ACCORDING_OPENING else (s.start, m.start())
        ca, cb = _trim(text, ca, cb)
        relayed = _relayed(R, text, ca, cb, reporting_verbs()) if rx is ACCORDING_OPENING else None
        if relayed is not None and relayed[0].faction and relayed[0].name != sp.name:
            # "According to the spokesman, Sisi also underlined the need ...": Sisi's words, relayed
            inner, iverb, ivpos, qa = relayed
            qa, qb = _clause(text, qa, cb)
            if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], iverb):
                emit(qa, qb, inner, "indirect", iverb, ivpos, relay=relayer(sp))
                return True
        bare = BARE_CLAUSE.match(" " + text[ca:cb])
        if bare is None or bare.start("clause") != 1 or len(_words(text[ca:cb])) < 5 or \
                _fact_report(text[ca:cb], "according to"):
            continue
        cb = cb - 1 if text[cb - 1:cb] == "." else cb
        emit(ca, cb, sp, "indirect", "according to", text.rfind("ccording", s.start, m.start("np")) - 1)
        return True
    return False


def _recent_speaker(R: _Resolver, doc: Document, s: Sentence, a: int, b: int) -> Speaker | None:
    """The speaker a trailing pronoun (", he said.", ", it added.") points back to, when that speaker has spoken
    (a reporting verb of theirs) in this paragraph or the one before; None otherwise (no guess across the article).

    Example: "Qatar said it was ready to host talks. The pause must hold, it added." -- 'it' is Qatar."""
    sp = R.noun_phrase(a, b)
    if sp is None or not sp.faction:
        return None
    lo = next((x.start for x in doc.sentences if x.paragraph >= s.paragraph - 1), s.start)
    said = any(lo <= h.pos < s.start and (h.name, h.faction) == (sp.name, sp.faction) for h in R.history)
    return sp if said else None


# An attribution inside the reported words, between commas: "Hamas, she said, had at times been slow to ...", "From
# there, Egyptian officials said, the hostages would be taken to ..."
MEDIAL = re.compile(r"\W*(?P<a>[^,;:“”\"«»]{2,80}),\s+(?P<np>[^,;:“”\"«»]{2,60}?)\s+(?P<verb>said|says|added|adds|"
                    r"told\s+(?:reporters|[A-Z][\w-]*))\s*,\s+(?P<b>[^;:“”\"«»]+?)\.?\s*$")


def _medial(R: _Resolver, doc: Document, s: Sentence, verbs, vre, emit) -> bool:
    """Reported words with their attribution between commas inside them: the whole sentence is the speaker's row
    when the words around the attribution make a clause (a subject and a modal or a verb of state, as a bare
    complement clause) and the speaker is named, or a pronoun for one who spoke just before.

    Example: "Israel, the official said, would not agree to a permanent truce." is the official's."""
    text = doc.text
    m = MEDIAL.match(text, s.start, s.end)
    if m is None or vre.search(text, m.start("a"), m.end("a")) or vre.search(text, m.start("b"), m.end("b")) \
            or SUBORDINATE.match(m["b"]):  # (", X has said, after ...": what went on, no clause)
        return False  # (a reporting verb of its own in the words: read as usual)
    a, b = m.start("np"), m.end("np")
    if re.fullmatch(r"(?i)he|she|it|they", m["np"]):
        sp = _recent_speaker(R, doc, s, a, b)
    else:
        ms = R.in_span(a, b)
        sp = R.from_mentions(ms, a, b) if ms else R.noun_phrase(a, b)
    if sp is None or not sp.faction:
        return False
    words = f" {m['a']} {m['b']}"  # the subject before the attribution, its verb after ("Hamas, she said, had ...")
    clause = BARE_CLAUSE.match(words) or BARE_CLAUSE.match(" " + m["b"])
    qa, qb = _trim(text, m.start("a"), m.end("b"))
    if clause is None or len(_words(text[qa:qb])) < 6 or _fact_report(text[qa:qb], m["verb"]):
        return False
    emit(qa, qb, sp, "indirect", m["verb"], m.start("verb"))
    return True


def _quote_opens_sentence(words: str) -> bool:
    """Does the quote that closes ``words`` open them, or open a sentence inside them (“…,” X said)?

    >>> _quote_opens_sentence('"We will not stop,"'), _quote_opens_sentence('He called it "a crime,"')
    (True, False)
    """
    body = words.rstrip().rstrip(",.;:!?”\"»’ ")
    opening = max(body.rfind("“"), body.rfind("«"), body.rfind("‘"), body.rfind('"'))
    return opening < 0 or not words[:opening].strip() or words[:opening].rstrip()[-1:] in ".!?:"


# A word of a position (a state, a modal, an intent) in the words before an attribution inside the sentence
POSITION_WORD = re.compile(r"\b(?:is|are|will|would|must|should|can|cannot|could|may|might|shall|remains?|wants?|"
                           r"needs?|seeks?|depends?|won't|can't)\b")



def _trailing(R: _Resolver, doc: Document, s: Sentence, vre, verbs, emit) -> bool:
    """Reported words with their attribution after them, "<content>, <named speaker> said [Thursday].": True when
    the sentence was read (its rows emitted), False to read it otherwise.

    Example: "Qatar said it was ready to host talks. The pause must hold, it added." -- the second is Qatar's."""
    text = doc.text
    # "<content>, <named speaker> said [Thursday]."
    # (a clause of what went on meanwhile may follow: ", two officials said, as Israel pressed on with ..."; not one
    # of what came before, which makes the words a report of events: ", X said, after 15 days of talks")
    # (where and when, the outlet or audience told, the outlet that carried it may follow: ", X said in a statement
    # carried by SPA.", ", a source told Ahram Online."; ", and Washington told ...": a clause of its own, no speaker)
    m = re.search(r",\s+(?!(?:and|but|or|so|yet)\s)([^,]{2,80}?)\s+(said|says|added|adds|(?:told|tells)\s+" + AUDIENCE + r"|"
                  r"told(?=\s+(?:the\s+)?[A-Z]))"
                  r"(?:(?:\s+[\w-]+){0,4}|" + PLACE_TIME_GAP.pattern + r")" + CARRIED_BY +
                  r"(?:,\s+(?:as|while)\s+[^“”\"«»]*|"
                  r",\s+(?P<adding>adding|saying)\s+that\s+[^;]+?|,\s+(?:and|but)(?P<cont>\s+[^;“”\"«»]+?))?\.?\s*$",
                  s.text)
    if m and m["cont"] and (vre.search(text, s.start + m.start("cont"), s.end) or not POSITION_WORD.search(s.text, 0, m.start())):
        # "..., the ministry said, and the army vowed ...": a clause of its own speaker (below); "Militants fired 3,300
        # rockets, the military said, and 580 were intercepted": narration, no position
        m = None
    if m:
        a = s.start + m.start(1)
        b = s.start + m.end(1)
        ms = R.in_span(a, b)
        pronoun = re.fullmatch(r"(?i)\s*(?:he|she|it|they)\s*", m.group(1)) is not None
        # (a pronoun is a speaker who spoke in this paragraph or the one before: "... . Israel would not agree to a
        # permanent truce, he added."; not when the clause has a reporting verb of its own: "His counterpart stressed
        # the need ..., it added" is the counterpart's, read below)
        own_verb = pronoun and any((vk := verbs.get(re.sub(r"\s+", " ", x.group(0)))) is not None and
                                   vk.kind in ("say", "act") for x in vre.finditer(text, s.start, a))
        if not pronoun or not own_verb and _recent_speaker(R, doc, s, a, b) is not None:
            # (a description names a speaker too: ", the ministry said.")
            sp = _recent_speaker(R, doc, s, a, b) if pronoun else R.from_mentions(ms, a, b) if ms else R.noun_phrase(a, b)
            # a dateline opening the first sentence ("SDEROT, Israel -- ", "GAZA CITY (AP) — ") is not said
            dl = dateline.parse(text, s.start, s.end)
            ca, cb = _trim(text, dl.end if dl else s.start, s.start + m.start())
            # (“…,” X said: the verb attributes the quote before it, not a reported clause; words before the quote
            # make a clause: 'X believed the raids were “a dangerous escalation,” his spokesman said')
            quoted = re.search(r"[”\"»’]\W*$", text[ca:cb]) is not None and _quote_opens_sentence(text[ca:cb])
            if sp and not quoted and len(_words(text[ca:cb])) >= 5 and not _fact_report(text[ca:cb], m[2], True):
                # a first-person clause is the speaker's own words without quotation marks
                kind = "unmarked" if FIRST_PERSON.match(text[ca:cb]) else "indirect"
                relay = ""
                boss = [x for x in R.in_span(ca, cb) if x.start <= ca + 40 and x.faction and x.actor_type == "person"]
                if SPOKESMAN_OF.match(m.group(1)) and boss and \
                        re.fullmatch(r"[\w\s.'’-]*", text[ca:boss[0].start]):
                    # "Guterres welcomed the plan, his spokesman said": the words of whom the spokesman serves
                    inner = R.from_mentions(boss[:1], boss[0].start, boss[0].end)
                    if inner is not None and inner.name != sp.name:
                        sp, relay = inner, relayer(sp)
                emit(ca, cb, sp, kind, m.group(2), s.start + m.start(2), relay=relay)
                more = BARE_CLAUSE.match(text, s.start + m.start("cont"), s.end) if m["cont"] else None
                if m["adding"] or more:  # ", his spokesman said, adding that ...": a second clause of the same
                    # speaker; so is one after the attribution ("All options are open, X said, and events depend on")
                    qa, qb = _clause(text, s.start + m.end("adding") + len(" that ") if m["adding"] else
                                     more.start("clause"), s.end)
                    if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], m["adding"] or m[2]):
                        emit(qa, qb, sp, "indirect", m["adding"] or m[2], s.start + m.start("adding" if m["adding"] else 2),
                             relay=relay)
                return True
    return False
