"""Indirect speech: "X said that ...", "X called for ...", "<content>, X said." with a named subject right
before the verb; speech that only reports facts (a toll, a journey) is a source attribution, not a statement.

Example: "Jordan’s foreign ministry called for an end to the attacks." is Jordan's, stance demand.
"""
from __future__ import annotations

import re
from dataclasses import replace

from lib.extract import dateline
from lib.extract.actors import TITLE_WORDS
from lib.extract.statements.quotes import _trim, _words
from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import ADVERBIAL, COLLECTIVE, DOC_NOUNS, JOINT_DOCS, Speaker
from lib.extract.statements.stance import stance_of
from lib.extract.statements.unmarked import FIRST_PERSON
from lib.extract.statements.verbs import reporting_verbs
from lib.models import Document, Mention, Sentence

# Indirect speech that only reports facts (a toll, a journey or a schedule) is a source, not a statement of position
COUNT = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)"
FACT_REPORT = re.compile(
    rf"(?i)\b{COUNT}\b[^.;]{{0,80}}\b(?:killed|wounded|injured|dead|died|martyred)\b|"
    rf"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?{COUNT}\b|"
    r"\bdeath\s+toll\b|"
    rf"^\W*(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|about\s+|nearly\s+|around\s+|some\s+|over\s+|almost\s+|"
    rf"up\s+to\s+|an\s+estimated\s+)?{COUNT}(?:\s+(?:million|billion|thousand|hundred))?\s+(?:people|persons|civilians|"
    r"residents|Palestinians|Israelis|Lebanese|Syrians|children|women|refugees|families|trucks)\b|"
    r"\b(?:arrived|arrives|landed|departed|flew|travell?ed)\s+(?:in|at|to|from|for|on|back)\b|"
    r"\b(?:is|was|are|were)\s+(?:scheduled|due|set|expected)\s+to\s+(?:travel|visit|arrive|fly|leave|head|return)\b|"
    r"\bwill\s+(?:travel|fly|arrive|head)\s+to\b|"
    # a meeting or a call reported as an event ("X spoke with Y on Sunday", "officials were holding talks in Cairo")
    r"\b(?:spoke|talked)\s+(?:by\s+(?:phone|telephone)\s+)?(?:with|to)\s+[A-Z]|"
    r"\b(?:held|holding)\s+(?:an?\s+(?:\w+\s+)?(?:day|round|session)s?\s+of\s+)?talks\b|"
    r"\b(?:held|holding|made|received|had)\s+an?\s+(?:phone\s+|telephone\s+)?call\b|"
    r"\bmet\s+(?:with\s+)?(?:the\s+)?[A-Z]")


def _fact_report(content: str, verb: str) -> bool:
    """Does indirect speech only report facts (casualty figures, arrivals, travel plans), with no stance cue?

    >>> _fact_report("A raid on the camp killed at least seven people on Monday", "said")
    True
    >>> _fact_report("The envoy arrived in Doha on Sunday and was scheduled to travel to Cairo", "said")
    True
    >>> _fact_report("more than 2.1 million people had fled to the south by March", "said")
    True
    >>> _fact_report("Officials were holding talks in Cairo on Sunday to restore calm", "said")
    True
    >>> _fact_report("The minister held a phone call with his Egyptian counterpart to coordinate efforts", "said")
    True
    >>> _fact_report("Israel must stop the raids that killed seven people", "said")
    False
    >>> _fact_report("The talks would resume next week in Doha", "said")
    False
    """
    return FACT_REPORT.search(content) is not None and stance_of(verb, content)[0] == "neutral"


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


# Participles that describe a state of mind, not a passive act ("he is deeply alarmed", "it was committed to")
STATE_ADJECTIVES = (r"(?:alarmed|concerned|committed|determined|prepared|pleased|disappointed|convinced|interested|"
                    r"worried|troubled|saddened|shocked|encouraged|satisfied|dismayed|appalled|outraged|opposed)")
# A complement clause without 'that' after a verb of saying: optional adverbials, then a pronoun or a short noun
# phrase (no comma, no quote) and a modal or a verb of state or intent ("said it would not seek", "said technical
# failures were to blame"). Past actions and passives ("said it had struck 50 targets", "said rockets were fired")
# report facts, not positions.
FINITE = (r"(?:(?:would|will|could|should|must|might|may|can|cannot|is|are|was|were)(?!\s+(?:\w+ly\s+)?(?:been\s+)?"
          rf"(?!{STATE_ADJECTIVES}\b)[a-z]+ed\b)|remains?|remained|(?:wants?|wanted|plans?|planned|intends?|intended|hopes?|hoped|needs?|"
          r"needed)\s+to|has\s+no|had\s+no|"
          # a decision or an act of speech reported as done ("said it had accepted the proposal")
          r"(?:has|have|had)\s+(?:\w+ly\s+)?(?:accepted|agreed|rejected|refused|decided|approved|welcomed|"
          r"condemned|denied|opposed|endorsed|signed|asked|requested|demanded|offered|proposed|instructed|ordered|"
          r"directed|urged|pledged|vowed|insisted|stressed|emphasi[sz]ed|affirmed|reiterated|warned|called)|"
          # a state or a position in the negative ("said the measures do not target", "said its goals had not
          # changed"), not a past act in the affirmative
          r"(?:do|does)\s+not|(?:has|have|had)\s+(?:not|never)\b|"
          r"(?:accepts|agrees|rejects|refuses|welcomes|condemns|denies|opposes|supports|holds|considers|"
          r"bears|remains|sees|regards|views|appreciates|values|believes|hopes)|"
          # an attitude in the past ("said it appreciated the efforts"), not an act
          r"(?:appreciated|valued|believed|hoped|regretted|supported|opposed|welcomed|rejected|condemned|accepted))")
BARE_CLAUSE = re.compile(
    r"(?:\s+(?:on|late\s+on|early\s+on|in\s+a\s+(?:joint\s+|written\s+)?statement|on\s+(?:Twitter|X|Facebook|Telegram)|"
    r"last|this|earlier|later|again|also|repeatedly|publicly)(?:\s+[A-Z][a-z]+day|\s+week|\s+month|\s+night)?)*"
    r"\s+(?P<clause>(?:(?P<pronoun>it|he|she|they|we)|(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?"
    r"[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)\s+[“\"]?(?:not\s+|also\s+|only\s+|still\s+|now\s+|\w+ly\s+)?" + FINITE +
    r")\b")


# Reported speech in delegation form (records of meetings, explanations of vote): the speaker's delegation, country
# or government as the clause's subject, with any verb ("said his delegation voted in favour because ...", "said her
# country had many questions about the text")
DELEGATION_CLAUSE = re.compile(r"\s+(?:that\s+)?(?P<clause>(?:his|her|its|their|our)\s+(?:delegation|country|government|"
                               r"Government)\s+(?:\w+ly\s+|also\s+|still\s+)?(?P<verb>[a-z]+))\b")
# A verb of saying with a noun phrase that names a position as its object: "stressed the need for a ceasefire",
# "reiterated its rejection of the plan", "insisted on the need to", "underlined the importance of". Other objects
# ("stressed the point", "renewed its strikes", "reaffirmed its support for") are no statement of the day.
POSITION_VERBS = ("stress", "emphasize", "affirm", "reiterate", "underline", "insist", "renew", "declare", "state")
# (a renewed call, a reaffirmed support or commitment is background more often than the day's statement)
POSITION_NOUNS = r"(?:need|necessity|importance|urgency|rejection|refusal|condemnation)"
POSITION_OBJECT = re.compile(
    r"\s+(?:on\s+)?(?:also\s+)?(?:the|its|his|her|their|our|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s?)\s+"
    rf"(?:[a-z]+\s+){{0,2}}?{POSITION_NOUNS}\s+(?:of|for|to|that|with|on|in|against)\b")


# Who was told, before a complement clause without 'that' ("told reporters the group was studying the offer", "told
# Reuters the movement would respond"): listeners of the press, a pronoun or a capitalised name
LISTENER = re.compile(r"\s+(?:reporters|journalists|the\s+press|state\s+(?:TV|television|media|radio)|him|her|them|us|"
                      r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?=\s)")


# A speaker who speaks for the subject of the words: ", his spokesman Stephane Dujarric said."
SPOKESMAN_OF = re.compile(r"(?i)(?:his|her)\s+(?:\w+\s+)?(?:spokes(?:man|woman|person)|office|aide|adviser|advisor)\b")

# Verbs of saying whose complement clause may come without 'that' ("said Israel would ..."); the others need it
BARE_FORMS = ("said", "says", "saying", "told", "tells", "stated", "added", "adds", "stressed", "stresses", "emphasized",
              "emphasised", "affirmed", "noted")
# Verbs (lemmas of lib/data/reporting_verbs.csv) that report a position with a 'that' clause; announcing, confirming,
# revealing or recalling report decisions and facts ("the cabinet announced that the government would build")
THAT_VERBS = ("say", "add", "tell", "state", "stress", "emphasize", "affirm", "note", "insist", "explain", "reiterate",
              "argue", "claim", "warn", "deny", "pledge", "promise", "threaten", "caution", "acknowledge", "suggest",
              "predict", "assert", "underline", "point out", "declare", "make clear", "propose")
# A document of the speaker as the clause's subject, with a verb of its own: "said the message demanded a halt"
DOC_CLAUSE = re.compile(rf"\s+(?P<clause>(?:the|its|his|her|their|this)\s+(?:[a-z]+\s+)?(?:{DOC_NOUNS}|message|note|decision)\s+"
                        r"(?:also\s+)?(?P<verb>[a-z]+(?:\s+(?:for|on))?))\b")
# A second complement clause of the same verb, when the first is no statement: "said X had happened and that ..."
AND_THAT = re.compile(r",?[”\"’»]?\s+and\s+that\s+")


def _relayed(R: _Resolver, text: str, qa: int, end: int, verbs):
    """Reported-through speech: a complement that opens with a named actor and a verb of saying or a speech act
    ("said Shoukry stressed the need ..."): (the actor as speaker, the verb, its offset, where the words begin),
    or None.

    >>> from lib.extract.statements.resolver import _Resolver
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
ATTITUDE_AND = re.compile(r"\s+(?:also\s+|\w+ly\s+)?(?P<verb>[a-z]+)\b[^.;:,“”\"«»]{1,80}?\s+and\s+(?:also\s+|then\s+)?")


def _after_attitude(gap: str, verbs) -> bool:
    """Is ``gap`` (between a subject and a verb of saying) a verb of attitude with its object and 'and'?

    >>> _after_attitude(" welcomed the adoption of the text and ", reporting_verbs())
    True
    >>> _after_attitude(" struck targets in Gaza and ", reporting_verbs())
    False
    """
    m = ATTITUDE_AND.fullmatch(gap)
    vk = verbs.get(m["verb"]) if m else None
    return vk is not None and vk.kind == "attitude"


# A speaker in a meeting record: the name in capitals, then the country in parentheses ("FU CONG (China) said")
UN_RECORD_NAME = re.compile(r"\b[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)+\s*\(\s*$")


# What joins a second reporting verb to the statement before it: it shares that statement's subject
COORDINATED_VERB = re.compile(r"[\s,”\"’»]*(?:but|and|while)\s+(?:also\s+|later\s+|then\s+)?")


# ", and warned that", " but stressed": a second reporting verb coordinated after a reported clause
COORDINATED_SPEECH = re.compile(r",?[”\"’»]?\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+)?(?P<verb>[a-z]+(?:\s+(?:for|on))?)\b")


def _clause(text: str, a: int, b: int) -> tuple[int, int]:
    """The reported words from ``a``: up to a clause that is not theirs (", but", ";", "while", ", adding"),
    without the final full stop."""
    qa, qb = _trim(text, a, b)
    # (a quote after a full stop opens a sentence the splitter missed: "condemned the raid. « … »"; ", it added"
    # repeats the attribution)
    cut = re.search(r",[”\"’»]?\s+but\b|;|\s+while\s|,\s+whereas\b|,\s+adding\b|(?<![A-Z])[.!?]\s+[«“\"]|"
                    r",\s+(?:it|he|she|they|(?:his|her|its|the)(?:\s+[\w'’-]+){1,3}?)\s+(?:said|says|added|adds)\W*$|"
                    # a quote's own attribution after it: “…,” senior member X said
                    r"(?:,[”\"]|[”\"],)(?=\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|added|adds|told)\b)",
                    text[qa:qb])
    if cut:
        qa, qb = _trim(text, qa, qa + cut.start())
    # "said the deal was “a first step,” and warned that ...": a coordinated reporting verb with a clause or a
    # quote of its own opens another statement ("warned against X and called for Y" is one)
    for c in COORDINATED_SPEECH.finditer(text, qa, qb):
        vk = reporting_verbs().get(re.sub(r"\s+", " ", c["verb"]))
        if vk is not None and vk.kind in ("say", "act") and re.match(r"\s+(?:that\b|[“\"«:])", text[c.end():qb]):
            qa, qb = _trim(text, qa, c.start())
            break
    qb = qb - 1 if text[qb - 1:qb] == "." else qb
    return qa, qb


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
                               r"declaration|press\s+release|[Mm]inistry|[Ff]oreign\s+[Mm]inistry|sources)\s+"
                               r"(?:also\s+|later\s+|then\s+)?")


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
    elif (coll := COLLECTIVE.fullmatch(before, floor - s.start)) and (coll["n"] or re.match(r"\s*[Bb]oth", coll.group(0))):
        # "The two ministers stressed ...", "The three mediating countries said ...": a counted plural subject
        # opening the sentence is the parties named before it (``collectives``), one row per faction
        sp = R.subject(vpos, floor)
        return sp if sp is not None and sp.faction and len(sp.faction.split("; ")) > 1 else None
    elif re.fullmatch(r"\s*(?:He|She)\s+(?:also\s+|later\s+|then\s+)?", before):
        sp = R.subject(vpos, floor)
        prev = doc.sentences[s.index - 1] if s.index else None
        if sp is None or prev is None or prev.paragraph < s.paragraph - 1 or not any(
                m.value == sp.name or m.text == sp.name for m in R.in_span(prev.start, prev.end)):
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
                emit(qa, qb, inner, "indirect", iverb, ivpos, relay=sp.text or sp.name)
                return True
        bare = BARE_CLAUSE.match(" " + text[ca:cb])
        if bare is None or bare.start("clause") != 1 or len(_words(text[ca:cb])) < 5 or \
                _fact_report(text[ca:cb], "according to"):
            continue
        cb = cb - 1 if text[cb - 1:cb] == "." else cb
        emit(ca, cb, sp, "indirect", "according to", text.rfind("ccording", s.start, m.start("np")) - 1)
        return True
    return False


def _indirect(R: _Resolver, doc: Document, s: Sentence, vre, verbs, emit) -> None:
    """Clearly attributed indirect speech in one sentence: a named subject right before the verb."""
    text = doc.text
    if _according(R, doc, s, emit):
        return
    # "<content>, <named speaker> said [Thursday]."
    # (a clause of what went on meanwhile may follow: ", two officials said, as Israel pressed on with ..."; not one
    # of what came before, which makes the words a report of events: ", X said, after 15 days of talks")
    m = re.search(r",\s+([^,]{3,80}?)\s+(said|says|added|adds|told\s+reporters|tells\s+(?:reporters|state\s+\w+))"
                  r"(?:\s+[\w-]+){0,3}(?:,\s+(?:as|while)\s+[^“”\"«»]*)?\.?\s*$", s.text)
    if m:
        a = s.start + m.start(1)
        b = s.start + m.end(1)
        ms = R.in_span(a, b)
        if not re.fullmatch(r"(?i)\s*(?:he|she|it|they)\s*", m.group(1)):
            # (a description names a speaker too: ", the ministry said.")
            sp = R.from_mentions(ms, a, b) if ms else R.noun_phrase(a, b)
            # a dateline opening the first sentence ("SDEROT, Israel -- ", "GAZA CITY (AP) — ") is not said
            dl = dateline.parse(text, s.start, s.end)
            ca, cb = _trim(text, dl.end if dl else s.start, s.start + m.start())
            # (“…,” X said: the verb attributes the quote before it, not a reported clause)
            quoted = re.search(r"[”\"»’]\W*$", text[ca:cb]) is not None
            if sp and not quoted and len(_words(text[ca:cb])) >= 5 and not _fact_report(text[ca:cb], m.group(2)):
                # a first-person clause is the speaker's own words without quotation marks
                kind = "unmarked" if FIRST_PERSON.match(text[ca:cb]) else "indirect"
                relay = ""
                boss = [x for x in R.in_span(ca, cb) if x.start <= ca + 40 and x.faction and x.actor_type == "person"]
                if SPOKESMAN_OF.match(m.group(1)) and boss and \
                        re.fullmatch(r"[\w\s.'’-]*", text[ca:boss[0].start]):
                    # "Guterres welcomed the plan, his spokesman said": the words of whom the spokesman serves
                    inner = R.from_mentions(boss[:1], boss[0].start, boss[0].end)
                    if inner is not None and inner.name != sp.name:
                        sp, relay = inner, sp.text or sp.name
                emit(ca, cb, sp, kind, m.group(2), s.start + m.start(2), relay=relay)
                return
    done = s.start  # a sentence may hold several statements: "The PA condemned X, but agreed ... after Israel said Y"
    last: Speaker | None = None  # the speaker of the statement that ended at ``done``
    last_relay = ""  # who relayed it ("The spokesman said Sisi affirmed ... and stressed ...": both Sisi's, relayed)
    for v in vre.finditer(text, s.start, s.end):
        if v.start() < done:
            continue
        form = re.sub(r"\s+", " ", v.group(0))
        vk = verbs.get(form)
        if vk is None or vk.kind not in ("say", "act"):
            continue
        relay = ""
        if last is not None and COORDINATED_VERB.fullmatch(text, done, v.start()):
            sp, relay = last, last_relay  # "X said ..., but added that ...": the second verb shares the first one's subject
        elif (sp := _subject_of_clause(R, doc, s, v.start(), form, done)) is not None:
            pass  # a participle, a verb after a quote, or 'He said' (below)
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
            if that and re.search(r"\band\s*$", that.group(1)):
                that = None  # "said X had happened and that ...": a second complement clause (AND_THAT below)
            position = POSITION_OBJECT.match(text, v.end(), s.end) if vk.verb in POSITION_VERBS else None
            if position is not None and not (that and gap_words == 0):
                # "stressed the need for calm": the position named by the verb's object
                qa, qb = _clause(text, v.end() + 1, s.end)
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
                            BARE_CLAUSE.match(text, more.end() - 1, s.end) is None:
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
                        emit(qa, qb, inner, "indirect", iverb, ivpos, relay=sp.text or sp.name)
                        # a readout's next act ("... and stressed the need to ...") is the inner speaker's too
                        done, last, last_relay = qb, (inner if READOUT_ACT.fullmatch(iverb) else None), sp.text or sp.name
                        continue
            qa, qb = _clause(text, qa, s.end)
        else:
            qa, qb = _clause(text, v.start(), s.end)
        if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], form):
            emit(qa, qb, sp, "indirect", form, v.start(), relay=relay)
            done, last, last_relay = qb, sp, relay
