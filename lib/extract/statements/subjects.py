"""The subject of a reporting verb in reported speech: a named actor right before it (with what may stand between,
``SUBJECT_GAP``), the subject of its clause or of the sentence's opening (a participle, a verb after a quote or a
meeting, 'He'/'It' for the one named just before, a form of address, a document, a spokesman relaying another),
and speech reported through another ("said Shoukry stressed ...": ``_relayed``).

Example: in "Abbas announced the deal, saying it would hold", 'saying' is Abbas's (``_subject_of_clause``).
"""
from __future__ import annotations

import re

from lib.extract.actors import TITLE_WORDS
from lib.extract.statements.clauses import DIRECTIVE, LISTENER, POSITION_VERBS
from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import ADVERBIAL, COLLECTIVE, Speaker
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


# Who was told, in speech reported through another: a few words before 'that' ("had told the Egyptian mediators
# that", "told EU foreign policy chief Josep Borrell that"), or one word before the clause ("had told mediators it
# would ...")
TOLD_THAT = re.compile(r"\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,7}?(?=\s+that\s)")
# (a capitalised listener is followed by the clause's subject, not by more of a title: "told EU foreign policy chief")
CLAUSE_START = re.compile(r"\s+(?:it|they|he|she|we|the|its|their|[A-Z])")
TOLD_ONE = re.compile(r"\s+(?!(?:that|it|they|he|she|the|a|an)\b)[a-z][\w'’-]*s(?=\s+(?:it|they|he|she|the|its|their)\s)")


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
    if vk.verb == "tell" and not DIRECTIVE.match(text, rest, end):
        # "said Hezbollah had told mediators it would study the proposal": who was told is not the words
        told = TOLD_THAT.match(text, rest, end) or TOLD_ONE.match(text, rest, end)
        heard = LISTENER.match(text, rest, end) if told is None else None
        if heard is not None and CLAUSE_START.match(text, heard.end(), end):  # ("told Reuters the talks ...")
            told = heard
        rest = told.end() if told else rest
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

# A document or a description of an institution as the sentence's subject ("The joint statement added",
# "The ministry noted", "The statement said", "The sources said": the last sourced group)
DESCRIBED_OPENING = re.compile(r"\s*(?:The|This)\s+(?:(?:joint|final|written|brief)\s+)?(?:statement|communiqu[ée]|"
                               r"declaration|press\s+release|[Mm]inistry|[Ff]oreign\s+[Mm]inistry|sources|movement|group|"
                               r"army|military|government|militia|faction|organi[sz]ation|presidency|embassy|mission)\s+"
                               r"(?:also\s+|later\s+|then\s+)?")


# A verb of saying right before a participle's comma ("“…,” he said, adding that"): the participle is its subject's
PRIOR_SAY = re.compile(r"(?<![\w-])(?P<verb>[a-z]+)\s*,\s*$")


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

