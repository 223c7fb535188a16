"""Indirect speech: "X said that ...", "X called for ...", "<content>, X said." with a named subject right
before the verb; speech that only reports facts (a toll, a journey) is a source attribution, not a statement.

Example: "Jordan’s foreign ministry called for an end to the attacks." is Jordan's, stance demand.
"""
from __future__ import annotations

import re
from dataclasses import replace

from lib.extract import dateline
from lib.extract.actors import TITLE_WORDS
from lib.extract.statements.clauses import (
    ADVERBIAL_FIRST,
    AND_THAT,
    AUDIENCE,
    BARE_CLAUSE,
    BARE_FORMS,
    CARRIED_BY,
    DELEGATION_CLAUSE,
    DIRECTIVE,
    DIRECTIVE_VERBS,
    DOC_CLAUSE,
    EXPRESS,
    EXPRESS_VERB,
    EXPRESSED_OBJECT,
    INFINITIVE_ACT,
    INFINITIVE_VERBS,
    LISTENER,
    PLACE_TIME_GAP,
    POSITION_OBJECT,
    POSITION_VERBS,
    SPOKESMAN_OF,
    SUBORDINATE,
    THAT_VERBS,
    _clause,
    _fact_report,
    _runs_on,
)
from lib.extract.statements.quotes import _trim, _words
from lib.extract.statements.resolver import _Resolver, member_subject
from lib.extract.statements.speakers import ADVERBIAL, COLLECTIVE, JOINT_DOCS, Speaker, relayer
from lib.extract.statements.unmarked import FIRST_PERSON
from lib.extract.statements.verbs import reporting_verbs
from lib.models import Document, Mention, Sentence


def _relative_clause(text: str, floor: int, pos: int, ms: list[Mention]) -> bool:
    """Is the subject at ``pos`` inside a relative clause ("the demand that Fatah rejected", "a plan which Egypt
    condemned")? 'that' after a reporting verb ("Abbas said that Egypt rejected") is no relative pronoun.

    >>> t = "It ignores a key demand of Hamas that Fatah rejected."
    >>> _relative_clause(t, 0, t.index("Fatah"), [])
    True
    >>> t = "Abbas said that Fatah rejected it."
    >>> _relative_clause(t, 0, t.index("Fatah"), [])
    False
    """
    first = pos
    for m in sorted(ms, key=lambda m: -m.start):  # a list subject ("that Egypt and Qatar rejected")
        if m.end <= first and re.fullmatch(r"\s*(?:,|and|, and)\s+(?:the\s+)?", text[m.end:first]):
            first = m.start
    m = re.search(r"(?:(?<=\s)|^)(?P<w>[\w'’-]+),?\s+(?:that|which|whom)\s+(?:the\s+)?$", text[floor:first])
    if m is None:
        return False
    w = m["w"].lower()
    return w not in reporting_verbs() and w not in ("so", "now", "such", "given", "except", "said", "says")


def _relayed(R: _Resolver, text: str, qa: int, end: int, verbs):
    """Reported-through speech: a complement that opens with a named actor and a verb of saying or a speech act
    ("said Shoukry stressed the need ..."): (the actor as speaker, the verb, its offset, where the words begin),
    or None.

    >>> from lib.extract.statements.resolver import _Resolver, member_subject
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.actors import find
    >>> doc = document_from_text("a", "Egypt's spokesman Ahmed Hafez said Sameh Shoukry stressed the need for calm.",
    ...                          published="2021-05-23")
    >>> sp, verb, vpos, qa = _relayed(_Resolver(doc, tuple(find(doc))), doc.text, 35, len(doc.text), reporting_verbs())
    >>> sp.name, sp.faction, verb, doc.text[qa:]
    ('Sameh Shoukry', 'Egypt', 'stressed', 'the need for calm.')
    """
    ms = [m for m in R.in_span(qa, min(end, qa + 80))]
    # (a title may stand before the name: "said President Mahmoud Abbas stressed")
    lead = text[qa:ms[0].start] if ms else ""
    if not ms or ms[0].start > qa + 40 or not re.fullmatch(r"\s*(?:the\s+)?", lead) and not all(
            w.lower().strip(".") in TITLE_WORDS for w in lead.split()):
        return None
    group = [ms[0]]
    for m in ms[1:]:
        if re.fullmatch(r"\s*(?:,|and|, and)\s+(?:the\s+)?|\s*", text[group[-1].end:m.start]):
            group.append(m)
        else:
            break
    v = re.match(r"(?:\s+(?:also|had|has|have|again|later|\w+ly))*\s+([a-z]+(?:\s+(?:for|on|upon|out))?)\b",
                 text[group[-1].end:end])
    if v is None:
        return None
    form = re.sub(r"\s+", " ", v.group(1))
    vk = verbs.get(form)
    if vk is None or vk.kind not in ("say", "act"):
        return None
    sp = R.from_mentions(group, group[0].start, group[-1].end)
    if sp is None:
        return None
    vpos = group[-1].end + v.start(1)
    if vk.kind == "act":
        if re.search(r"\bhad\b", v.group(0)):
            return None  # "the sources said Egypt had proposed a pause": an act reported as done, the sources' report
        return sp, form, vpos, vpos
    rest = group[-1].end + v.end()
    that = re.match(r"\s+(?:that\s+)?", text[rest:end])
    if re.search(r"\bhad\b", v.group(0)) and vk.verb not in (*POSITION_VERBS, "say", "tell", "add") and \
            not (that and that.group(0).strip()):
        return None  # "said Egypt had proposed a pause": a proposal reported as done, not words said through
    return sp, form, vpos, rest + (that.end() if that else 0)


# What may stand between a named subject and its reporting verb: the parenthesis around it ("NAME (Country) said"),
# adverbials, an appositive or relative clause
# between commas, a generic head noun ("The Islamic Jihad group says"), named places after a preposition ("Iran's
# mission to the United Nations in New York says")
SUBJECT_GAP = re.compile(
    r"\)?(?:\s*,\s*who\s+(?:also\s+)?|\s*,[^,;“”\"]{1,120},\s*(?:(?:also|later|then|\w+ly)\s+)?|"
    r"\s+(?:group|movement|organi[sz]ation|faction|government|authorities|administration|army|military|leadership)"
    r"(?=\s)|(?:\s+(?:in|at|to|of|for|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+)+)?" + ADVERBIAL.pattern[1:])


# A verb of attitude and its object before 'and' ("X welcomed the adoption and said ..."): the second verb is X's
# (its object may hold one phrase between commas, and 'but' may join them: "welcomed the deal, reached in Cairo, and
# expressed hope that ...", "welcomed the truce but told ABC radio that ...")
ATTITUDE_AND = re.compile(r"\s+(?:also\s+|\w+ly\s+)?(?P<verb>[a-z]+)\b[^.;:,“”\"«»]{1,80}?(?:,[^.;:,“”\"«»]{1,60},)?"
                          r",?\s+(?:and|but)\s+(?:also\s+|then\s+)?")


# Verbs of meeting: "X met Y in Ramallah and stressed that ..." -- the speech act is X's (readouts of visits)
MEETING_VERBS = ("met", "meets", "received", "receives", "hosted", "hosts", "visited", "visits", "telephoned",
                 "phoned", "welcomed", "welcomes")


def _after_attitude(gap: str, verbs) -> bool:
    """Is ``gap`` (between a subject and a verb of saying) a verb of attitude or of meeting with its object and
    'and'?

    >>> _after_attitude(" welcomed the adoption of the text and ", reporting_verbs())
    True
    >>> _after_attitude(" met the Palestinian president in Ramallah on Monday and ", reporting_verbs())
    True
    >>> _after_attitude(" struck targets in Gaza and ", reporting_verbs())
    False
    """
    m = ATTITUDE_AND.fullmatch(gap)
    vk = verbs.get(m["verb"]) if m else None
    return vk is not None and vk.kind == "attitude" or m is not None and m["verb"] in MEETING_VERBS


def _other_clause(between: str) -> bool:
    """Does the text between two actors hold a clause of its own (a verb with its object, "hosted the talks and"),
    not a title, a possessive or a list ("'s foreign minister", ", Qatar and")?

    >>> _other_clause(" hosted the talks and "), _other_clause("'s foreign minister "), _other_clause(", Qatar and ")
    (True, False, False)
    """
    words = re.findall(r"(?<![\w'’-])[a-z][\w-]*", between)  # lower-case words, not the tail of "Qatar"
    return any(w not in TITLE_WORDS and w not in ("the", "of", "and", "s", "for", "to", "in", "on", "at")
               for w in words) and re.search(r"\band\s*$", between) is not None


def _opening_subject_and(R: _Resolver, text: str, lo: int, vpos: int, verbs) -> Speaker | None:
    """The subject opening a sentence that met someone or took an attitude before 'and' and a reporting verb ("King
    Abdullah II met Abbas in Ramallah and stressed that ...": the King's, not Abbas's); None otherwise.

    Example: "President Sisi received Abbas in Cairo and affirmed that Egypt rejects any displacement" is Sisi's."""
    for x in R.in_span(lo, vpos):
        lead = text[lo:x.start].split()
        if not all(w[:1].isupper() or w.lower().strip(".,") in TITLE_WORDS or w in ("the", "of", "and") for w in lead):
            return None  # past the sentence's opening noun phrase
        if _after_attitude(text[x.end:vpos], verbs):
            sp = R.from_mentions([x], x.start, x.end)
            return sp if sp is not None and sp.faction else None
    return None


# A speaker in a meeting record: the name in capitals, then the country in parentheses ("FU CONG (China) said")
UN_RECORD_NAME = re.compile(r"\b[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)+\s*\(\s*$")


# What joins a second reporting verb to the statement before it: it shares that statement's subject
COORDINATED_VERB = re.compile(r"[\s,”\"’»]*(?:but|and|while)\s+(?:also\s+|later\s+|then\s+)?")


# What stands before a reporting verb whose subject is the clause's or the sentence's: a participle after a comma
# (", saying"), a verb coordinated after a quote ("called the plan “a non-starter” and said")
AFTER_QUOTE = re.compile(r"[”\"’»](?P<rest>[^.;:“”\"«»]{0,60}?),?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")


# A form of address opening a sentence as the subject of its reporting verb ("His Excellency stressed", "HE the Prime
# Minister said", "His Royal Highness affirmed")
ADDRESS_OPENING = re.compile(r"\s*(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)|HE|H\.E\.)"
                             r"(?:\s+the\s+[A-Z][a-z-]+(?:\s+[A-Z][a-z-]+){0,3})?\s+(?:also\s+|later\s+|then\s+)?")


# The acts of a state agency's readout ("The spokesman said President X affirmed ... and stressed ..."): after one
# of them, a coordinated act is the same person's, relayed by the same spokesman
READOUT_ACT = re.compile(r"(?:affirm|stress|underlin|emphasi[sz]|underscor|reiterat|call)(?:ed|es|s)?(?:\s+for)?")
# "The spokesman said that President X affirmed ...": a spokesman named before, relaying a named actor's words
SPOKES_OPENING = re.compile(r"\s*(?:The|the)\s+(?:[a-z]+\s+)?[Ss]pokes(?:man|woman|person)\s+(?:also\s+|later\s+)?")


# The object of a rejection that is a bare noun phrase, with no words of the speaker's ("rejected the Palestinian
# boycott", "rejecting suggestions of a deal"; not "rejected claims that ...", "rejected it as “…”", "rejected calls to")
BARE_OBJECT = re.compile(r"(?:\s+(?!(?:that|as|to|because|saying|calling|and)\b)[\w'’-]+){1,8}\s*")
# A document or a description of an institution as the sentence's subject ("The joint statement added",
# "The ministry noted", "The statement said", "The sources said": the last sourced group)
DESCRIBED_OPENING = re.compile(r"\s*(?:The|This)\s+(?:(?:joint|final|written|brief)\s+)?(?:statement|communiqu[ée]|"
                               r"declaration|press\s+release|[Mm]inistry|[Ff]oreign\s+[Mm]inistry|sources|movement|group|"
                               r"army|military|government|militia|faction|organi[sz]ation|presidency|embassy|mission)\s+"
                               r"(?:also\s+|later\s+|then\s+)?")


# A verb of saying right before a participle's comma ("“…,” he said, adding that"): the participle is its subject's
PRIOR_SAY = re.compile(r"(?<![\w-])(?P<verb>[a-z]+)\s*,\s*$")


# 'that' after a noun, followed right away by a finite verb, is a relative pronoun ("a meeting that lasted two hours",
# "the plan that was adopted"), not the complementiser of a reported clause
RELATIVE_THAT = re.compile(r"(?:is|was|are|were|has|had|have|will|would|could|can|[a-z]+ed)\b")


def _subject_of_clause(R: _Resolver, doc: Document, s: Sentence, vpos: int, form: str, done: int) -> Speaker | None:
    """The subject of a reporting verb that has none right before it: a participle after a comma shares its
    clause's subject ("Abbas announced the deal, saying ..."); a verb after a quote and 'and' shares the sentence's
    ("Shtayyeh called the plan “a non-starter” and said ..."); 'He'/'She' opening a sentence is the person named
    in the sentence right before, in the same or the previous paragraph ("Blinken met the ministers. He said ...";
    news agencies give each sentence a paragraph); a form of address ("His Excellency") is the dignitary it
    resolves to. None otherwise."""
    text = doc.text
    before = text[s.start:vpos]
    floor = s.start + re.match(r"\s*", before).end()
    sp = None
    if form.endswith("ing") and re.search(r",\s*$", before) and s.start >= done:
        sp = R.subject(vpos, s.start)
        prior = PRIOR_SAY.search(before)
        if sp is None and prior is not None and (vk := reporting_verbs().get(prior["verb"])) is not None and \
                vk.kind == "say":
            # "“…,” he said, adding that ...": the participle shares the subject of the verb of saying before it
            sp = R.subject(s.start + prior.start("verb"), s.start)
    elif (aq := AFTER_QUOTE.search(before)) and s.start >= done and \
            not R.in_span(s.start + aq.start("rest"), vpos):  # ("… “…” such as annexation and said": nobody new)
        sp = R.clause_subject(s.start, vpos)
    elif ADDRESS_OPENING.fullmatch(before):
        # "His Excellency stressed that ...", "HE explained that ...": a form of address names the dignitary
        # the text is about, however far back (the anaphor's resolution)
        sp = R.subject(vpos, floor)
        return sp if sp is not None and sp.faction and sp.type == "person" else None
    elif DESCRIBED_OPENING.fullmatch(before):
        # "The joint statement added that ...", "The ministry noted that ...": a document or a typed description
        # opening the sentence is its issuer or the last actor of its kind (none when there is none)
        sp = R.subject(vpos, floor)
    elif SPOKES_OPENING.fullmatch(before):
        # "The spokesman said that President X affirmed ...": the spokesman named before, only when the words are
        # a named actor's reported through (``_relayed``); what the spokesman says of his own stays unread
        verb = re.match(r"[a-z]+", text[vpos:s.end])
        that = re.match(r"\s+(?:that\s+)?", text[vpos + verb.end():s.end]) if verb else None
        if that is None or _relayed(R, text, vpos + verb.end() + that.end(), s.end, reporting_verbs()) is None:
            return None
        sp = R.subject(vpos, floor)
        return sp if sp is not None and sp.faction and sp.type == "person" and re.search(
            r"(?i)spokes", f"{sp.title} {sp.text}") else None
    elif (coll := COLLECTIVE.fullmatch(before, floor - s.start)) and (coll["n"] or re.match(r"\s*[Bb]oth", coll.group(0))
                                                                       or R.signatories(coll, floor) is not None):
        # "The two ministers stressed ...", "The three mediating countries said ...": a counted plural subject
        # opening the sentence is the parties named before it (``collectives``), one row per faction
        sp = R.subject(vpos, floor)
        return sp if sp is not None and sp.faction and len(sp.faction.split("; ")) > 1 else None
    elif re.fullmatch(r"\s*(?:It|They)\s+(?:also\s+|later\s+|then\s+|further\s+)?", before):
        # "Hamas said it would study the offer. It added that ...": the group that spoke in the sentence before
        sp = R.subject(vpos, floor)
        prev = doc.sentences[s.index - 1] if s.index else None
        if sp is None or prev is None or prev.paragraph < s.paragraph - 1 or sp.type != "group" or not any(
                prev.start <= h.pos < prev.end and h.name == sp.name for h in R.history):
            return None
    elif re.fullmatch(r"\s*(?:He|She)\s+(?:also\s+|later\s+|then\s+)?", before):
        sp = R.subject(vpos, floor)
        prev = doc.sentences[s.index - 1] if s.index else None
        # (named there, or the speaker of a reporting verb there: "“…,” he said. He added that ...")
        if sp is None or prev is None or prev.paragraph < s.paragraph - 1 or not any(
                m.value == sp.name or m.text == sp.name for m in R.in_span(prev.start, prev.end)) and not any(
                prev.start <= h.pos < prev.end and h.name == sp.name and h.type == "person" for h in R.history):
            return None
    return sp if sp is not None and sp.faction and sp.type in ("person", "group") else None


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


def _indirect(R: _Resolver, doc: Document, s: Sentence, vre, verbs, emit) -> None:
    """Clearly attributed indirect speech in one sentence: a named subject right before the verb."""
    text = doc.text
    if _according(R, doc, s, emit):
        return
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
                return
    if _medial(R, doc, s, verbs, vre, emit):
        return
    done = s.start  # a sentence may hold several statements: "The PA condemned X, but agreed ... after Israel said Y"
    last: Speaker | None = None  # the speaker of the statement that ended at ``done``
    last_relay = ""  # who relayed it ("The spokesman said Sisi affirmed ... and stressed ...": both Sisi's, relayed)
    for v in sorted([*vre.finditer(text, s.start, s.end), *EXPRESS_VERB.finditer(text, s.start, s.end)],
                    key=lambda x: x.start()):
        if v.start() < done:
            continue
        form = re.sub(r"\s+", " ", v.group(0))
        vk = verbs.get(form) or (EXPRESS if v.re is EXPRESS_VERB else None)
        if vk is None or vk.kind not in ("say", "act"):
            continue
        relay = ""
        if last is not None and COORDINATED_VERB.fullmatch(text, done, v.start()):
            sp, relay = last, last_relay  # "X said ..., but added that ...": the second verb shares the first one's subject
        elif (sp := _subject_of_clause(R, doc, s, v.start(), form, done)) is not None:
            pass  # a participle, a verb after a quote, or 'He said' (below)
        elif (sp := _opening_subject_and(R, text, max(s.start, done), v.start(), verbs)
              or member_subject(R, max(s.start, done), v.start())) is not None:  # ("X, chairman of the Y Union,")
            pass  # "X met Y in Ramallah and stressed ...": the sentence's opening subject
        else:
            sp = R.subject(v.start(), s.start)
            if sp is None or not sp.faction:
                continue
            # the subject must be named right before the verb (not a pronoun, not far away)
            ms = [x for x in R.in_span(s.start, v.start())]
            if not ms or ms[-1].start < done:
                continue
            if _relative_clause(text, s.start, ms[-1].start, ms):
                continue  # "a key demand of Hamas that Fatah rejected": the verb's object is the noun before 'that'
            # (or the subject's head, with what may follow it: "The King, who is recovering in Germany, stressed")
            head = next((x for x in ms if x.start == sp.pos and x.start >= done), None)
            if not any(SUBJECT_GAP.fullmatch(text[x.end:v.start()]) or _after_attitude(text[x.end:v.start()], verbs)
                       for x in (ms[-1], head) if x is not None):
                continue
            if head is not None and head is not ms[-1] and SUBJECT_GAP.fullmatch(text[ms[-1].end:v.start()]) and \
                    _other_clause(text[head.end:ms[-1].start]):
                # "Egypt hosted the talks and Hamas said ...": the subject right before the verb, not the first one
                sp = R.from_mentions(ms[-1:], ms[-1].start, ms[-1].end)
                if sp is None or not sp.faction:
                    continue
            if text[ms[-1].end:ms[-1].end + 1] == ")":
                rec = UN_RECORD_NAME.search(text, s.start, ms[-1].start)
                if rec is None:
                    continue  # "OCHA (the UN office) said": only a meeting record's "NAME (Country) said" is read
                # the delegate in capitals speaks for the country in parentheses (a person mention of
                # ``actors.delegates`` when the dictionary knows the delegation)
                person = next((x for x in R.in_span(rec.start(), rec.end()) if x.actor_type == "person"), None)
                name = person.value if person is not None else re.sub(r"\s+", " ", rec.group(0).rstrip(" (")).title()
                sp = replace(sp, name=name, type="person", text=name)
        if vk.kind == "say":
            tell = form in ("told", "tells")
            that = re.match(r"((?:\s+[^.;“”\"]{0,80}?)??)\s+that\s+", text[v.end():s.end])  # the first 'that'
            gap_words = len(that.group(1).split()) if that else 0
            if that and gap_words > 6 and PLACE_TIME_GAP.fullmatch(that.group(1)):
                gap_words = 6  # "said at a press conference in Beirut on Monday that": where and when, not a clause
            if that and re.search(r"\band\s*$", that.group(1)):
                that = None  # "said X had happened and that ...": a second complement clause (AND_THAT below)
            if that and gap_words and (first := BARE_CLAUSE.match(text, v.end(), s.end)) is not None and \
                    first.end() <= v.end() + that.end(1):
                that = None  # "said Israel had accepted the terms that Egypt proposed": a clause before 'that'
                # (its subject and verb in the gap), the 'that' a relative pronoun inside it
            if that and gap_words and RELATIVE_THAT.match(text, v.end() + that.end()):
                continue  # "told reporters after a meeting that lasted two hours": 'that' opens a relative clause
            position = POSITION_OBJECT.match(text, v.end(), s.end) if vk.verb in POSITION_VERBS else None
            if position is not None and not (that and gap_words == 0):
                # "stressed the need for calm": the position named by the verb's object
                qa, qb = _clause(text, v.end() + 1, s.end)
                if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], form):
                    emit(qa, qb, sp, "indirect", form, v.start(), relay=relay)
                    done, last, last_relay = qb, sp, relay
                continue
            if vk.verb == "express":
                expressed = EXPRESSED_OBJECT.match(text, v.end(), s.end)
                if expressed is None:
                    continue
                qa, qb = _clause(text, v.end() + 1, s.end)  # "expressed hope that ...": the feeling and its object
                if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], form):
                    emit(qa, qb, sp, "indirect", form, v.start(), relay=relay)
                    done, last, last_relay = qb, sp, relay
                continue
            pledge = vk.verb in INFINITIVE_VERBS and not form.endswith("ing") and \
                re.search(r"\bhad\s+(?:also\s+)?$", text[s.start:v.start()]) is None  # (not a threat made before)
            if pledge and INFINITIVE_ACT.match(text, v.end(), s.end) or \
                    vk.verb in DIRECTIVE_VERBS and DIRECTIVE.match(text, v.end(), s.end) and not \
                    (that and gap_words <= 6):
                # "vowed to retaliate", "warned residents not to return": the act with its infinitive
                qa, qb = _clause(text, v.start(), s.end)
                if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], form):
                    emit(qa, qb, sp, "indirect", form, v.start(), relay=relay)
                    done, last, last_relay = qb, sp, relay
                continue
            if form not in BARE_FORMS and not (vk.verb in THAT_VERBS and that and gap_words <= 6
                                               and "," not in that.group(1)):
                continue  # "claimed that ...", "warned that ...": other verbs of a position need their 'that'
            if not tell and _relayed(R, text, v.end() + 1, s.end, verbs) is not None:
                qa = v.end() + 1  # "said President X stressed that ...": reported through (below)
            elif that and gap_words <= (12 if tell else 6) and ("," not in that.group(1) or tell):
                qa = v.end() + that.end()
            else:  # "Israel said technical failures were to blame": a complement clause without 'that'
                if tell:  # "told reporters the group was ...": the listener, then the clause
                    lis = LISTENER.match(text, v.end(), s.end)
                    bare = BARE_CLAUSE.match(text, lis.end(), s.end) if lis else None
                else:
                    bare = (BARE_CLAUSE.match(text, v.end(), s.end) or DELEGATION_CLAUSE.match(text, v.end(), s.end)
                            or DOC_CLAUSE.match(text, v.end(), s.end))
                if bare is not None and (bare.re is not DOC_CLAUSE or verbs.get(bare["verb"]) is not None):
                    qa = bare.start("clause")
                else:  # "said the operation had achieved its aims and that Israel would respond ...": the second
                    more = AND_THAT.search(text, v.end(), s.end)
                    if more is None or vre.search(text, v.end(), more.start()) or \
                            BARE_CLAUSE.match(text, more.end() - 1, s.end) is None or \
                            (more["but"] or more["adding"]) and (_runs_on(text, v.end(), more.start(), s.end) is None
                                                                 or ADVERBIAL_FIRST.match(text, v.end(), more.start())):
                        continue
                    # the statement is the whole complement, the fact with the position ("the meeting had failed
                    # and that the Palestinians would not accept it"), as annotators quote it
                    qa = v.end() + len(text[v.end():more.start()]) - len(text[v.end():more.start()].lstrip())
            relayed = _relayed(R, text, qa, s.end, verbs)
            if relayed is not None:  # "the spokesman said Shoukry stressed ...": Shoukry's words, relayed
                inner, iverb, ivpos, qa = relayed
                if inner.faction and inner.name != sp.name:
                    qa, qb = _clause(text, qa, s.end)
                    if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], iverb):
                        emit(qa, qb, inner, "indirect", iverb, ivpos, relay=relayer(sp))
                        # a readout's next act ("... and stressed the need to ...") is the inner speaker's too
                        done, last, last_relay = qb, (inner if READOUT_ACT.fullmatch(iverb) else None), relayer(sp)
                        continue
            qa, qb = _clause(text, qa, s.end)
        else:
            qa, qb = _clause(text, v.start(), s.end)
            if vk.stance == "reject" and BARE_OBJECT.fullmatch(text, v.end(), qb):
                continue  # "rejected the Jordanian criticism": an act toward another's words, no words of its own
        if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], form):
            emit(qa, qb, sp, "indirect", form, v.start(), relay=relay)
            done, last, last_relay = qb, sp, relay
