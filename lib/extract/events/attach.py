"""Attachment: which place mentions of a sentence belong to a trigger (the venue candidates).

Idea: a place is the trigger's when a locative phrase links them with no clause break in between: after the
trigger ("talks in Egypt", "met in the Russian Embassy in Cairo", "visited Ramallah"), or before it ("the Sharm
al-Sheikh conference", "to Cairo for talks", "Ramallah, where he met", a sentence-opening "In Cairo, ...").
Participants, auspices and dates in between are no break; a topic verb, a new clause, a report, a job title
("ambassador to Germany") or another meeting word is.

Example:
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Talks were held in Cairo after clashes in Gaza.")
    >>> cairo = Mention.make("a", kind="place", text="Cairo", start=19, end=24, value="Cairo")
    >>> gaza = Mention.make("a", kind="place", text="Gaza", start=42, end=46, value="Gaza")
    >>> [p.value for p in attached_places(doc, doc.sentences[0], 0, 5, _Spans([], [cairo, gaza], []))]
    ['Cairo']
"""
from __future__ import annotations

import re

from lib.extract import dateline as _dateline
from lib.extract.events.text import (
    _LOC_TAIL,
    BREAK_WORDS,
    FACILITY,
    LOC_PREP,
    PLACE_NOUNS,
    QUOTE_CHARS,
    TOPIC_VERBS,
    _has_break,
    _mask,
    _n_words,
    _Spans,
    _words,
)
from lib.models import Document, Mention, Sentence

# a party to talks: names, optionally with a group noun ("Israeli and Palestinian delegations", "Hamas officials")
_PARTY = r"(?:the\s+)?(?:(?:ACTOR|PLACE|[A-Z][\w’'-]*)\s*){1,3}" \
         r"(?:(?:delegations?|delegates|officials|negotiators|sides?|leaders|representatives|factions?|governments?|" \
         r"envoys|teams?|ministers|mediators|groups?|military|security)\b\s*)?"


_BETWEEN_GROUP = re.compile(r"\bbetween\s+(?:the\s+)?(?:two|three|four|both|them|us)(?:\s+(?:sides|parties|countries|"
                            r"delegations|governments|leaders|rivals|foes|men|states|nations|factions|movements))?\b",
                            re.I)
# a coordinated predicate after a comma ("..., and will return to X", "..., then flew home to X"): its own place
_NEW_PREDICATE = re.compile(r",\s*(?:and|or|but|then)\s+(?:(?:then|also|later|afterwards)\s+)?"
                            r"(?:(?:will|would|shall|can|could|may|might|must|should|is|are|was|were|has|have|had)\b|"
                            r"[a-z]+ed\b)|"
                            # with no comma, an auxiliary right after "and" opens the subject's next predicate: "was
                            # holding talks there with X and is due in Riyadh on Wednesday"
                            r"\s(?:and|but)\s+(?:(?:then|also|later)\s+)?(?:will|would|shall|is|are|was|were|has|have|had)"
                            r"\s+(?!been\s+held\b)|"
                            # a return or departure after "and" is the traveller's next move, not the visit's place:
                            # "cut short his visit to Amman and returned to Ramallah"
                            r"\s(?:and|then)\s+(?:then\s+)?(?:returned|returning|returns|return|flew\s+(?:back|home)|"
                            r"headed\s+(?:back|home)|went\s+(?:back|home)|came\s+back|left\s+for)\b", re.I)
# a new clause with its own subject after a comma ("..., and Barak's government survived a vote in the Knesset"): the
# place after it is that clause's
_NEW_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:ACTOR|PLACE|[\w’'-]+)"
                         r"(?:\s*['’]s?)?(?:\s+[\w’'-]+){0,2}?\s+(?:(?<![\w-])[a-z]{3,}ed|said|says|was|were|is|are|has|"
                         r"have|had|will|would|lost|won|took|made|gave|kept|left|went|came|began|sent|struck|fell|rose|"
                         r"broke|brought|saw|told|ran|stood|held|met|drew|found|got|put|set|cut|hit|shot|led)\b")
_AUSPICES = re.compile(r"\b(?i:under)\s+(?:(?i:the)\s+)?(?:(?:[\w’'.-]+|ACTOR|PLACE)\s+){0,5}?"
                       r"(?i:auspices|aegis|sponsorship|patronage|mediation|chairmanship)"
                       r"(?:\s+(?i:of)\s+(?:(?i:the)\s+)?(?:(?:ACTOR|PLACE|[A-Z][\w’'.-]*)\s*(?:(?i:and)\s+)?){1,4})?")
# A sentence opening with a locative phrase ("At a U.N. post in the border town of X, ...") places the main
# clause's happenings there. Words that end that reach: a time relation, a contrast, a topic or a report.
_FRONTED = re.compile(r"\s*(?:DATE\s*,?\s*)?(?:In|At|Inside|Near|Outside)\s+(?:(?:[\w’'.-]+|ACTOR)\s+){0,11}?$")
# A sentence adverb before the fronted phrase keeps it fronted ("Meanwhile, in Paris on Sunday, X met ...").
_LEAD_ADVERB = re.compile(r"\s*(?:Meanwhile|Separately|Elsewhere|Later|Earlier|Also|Then|Now|Still|Again|Finally|"
                          r"Afterwards|Subsequently|Similarly|Likewise|And|But)\s*,?\s+(?=(?:in|at|inside|near|outside)\s)")
FRONTED_BREAKS = frozenset("""on about over regarding concerning after amid amidst following because since as when where
before until despite although though if whether but while said says say told tells according against for during
than""".split())


# a diplomat's post ("Lebanon's ambassador to Germany", "the former envoy to Cairo", ", ambassador to Rome,"): the place
# after it is part of a job title, never the venue of a meeting or visit
_TITLES = (r"(?:ambassador|ambassadors|envoy|envoys|consul|consul-general|emissary|representative|"
           r"charg[ée]\s+d['’]affaires|attach[ée]|high\s+commissioner)")
_JOB_TITLE = re.compile(rf"(?:['’]s?|\b(?:former|then|ex-|new|newly\s+appointed)|,)\s+(?:[\w-]+\s+){{0,2}}?"
                        rf"{_TITLES}\s+(?:to|in)\s+(?:the\s+)?$", re.I)
# a person or body a country's name qualifies when it stands right before it ("to US mediator X", "to UAE troops",
# "to Iran negotiators' hotel"): the country says whose, not where
_QUALIFIED_PARTY = re.compile(r"(?:-led|-backed)?\s+(?:(?:military|special|chief|senior|top|lead)\s+)?(?:mediators?|envoys?|"
                              r"negotiators?|officials?|diplomats?|delegates?|delegations?|troops|forces|soldiers|"
                              r"commanders?|counterparts?|leaders?|ministers?|president|ambassadors?|team|teams|"
                              r"peacekeepers|personnel|advisers|advisors)\b", re.I)
# the same title after a determiner ("met the ambassador to Egypt", "the UN envoy to Syria"), unless a sending verb
# makes the place the envoy's destination ("sent an envoy to Cairo")
_TITLE_NP = re.compile(rf"\b(?:the|a|an|his|her|their|its)\s+(?:[\w.-]+\s+){{0,2}}?{_TITLES}\s+to\s+(?:the\s+)?$",
                       re.I)
# the title before a name, after a capitalised word (a nationality, a country, "Special"): "French Ambassador to Egypt
# Marc X", "UN Special Envoy to Yemen Hans Y" (a sending verb still makes it a destination)
_TITLE_NAME = re.compile(rf"\b[A-Z][\w.’'-]*\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}(?i:{_TITLES})\s+(?:to|in)\s+(?:the\s+)?$")
_SENDING = re.compile(r"\b(?:sent|send|sends|sending|dispatch(?:ed|es|ing)?)\s*$", re.I)
# a place in the possessive before a noun that is no place or building modifies that noun: "at Israel's request",
# "at Jordan's invitation" (but "in Egypt's capital", "at Egypt's Sharm el-Sheikh resort" stay places)
_POSSESSIVE_OF = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\b(?!\s+(?:in|at|of)\s+[A-Z])")
# inside a visitor's description, a post is part of the noun phrase ("the visit of the king's ambassador to Jordan,
# Mr. X, to Amman"): no clause break
_TITLE_PLACE = re.compile(rf"\b({_TITLES})\s+(?:to|in)\s+(?:the\s+)?PLACE\b", re.I)


# the seat of a government the participants come from: "officers from the Government of National Accord (GNA) in
# Tripoli", "envoys from the authorities in Kabul" (not where they met)
_SEAT_OF_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,6}?(?i:government|authorities|administration|"
                             r"regime)(?:\s+of(?:\s+[A-Z][\w’'-]*){1,4})?(?:\s*\([A-Z][\w.]{1,8}\))?\s+"
                             r"(?:(?i:based)\s+)?(?i:in)\s+(?:(?i:the)\s+)?$")


# an office named with "for" ("minister of state for foreign affairs", "secretary for relations with states"): part of
# a participant's title, no purpose phrase that ends the trigger's reach
_OFFICE_FOR = re.compile(r"\b((?:minister|ministers|secretary|secretaries|undersecretary|under-secretary|ministry|adviser|"
                         r"advisor|envoy|commissioner|coordinator|director|representative)(?:\s+of\s+state)?)\s+for\s+"
                         r"((?:[\w-]+\s+){0,3}?(?:affairs|relations|cooperation|development|defen[cs]e|trade|security|"
                         r"migration|expatriates|planning|finance|states|peace|negotiations)\b)", re.I)


# a relative clause on the happening's own course right before its place: "a tour of the region that began in Tel Aviv",
# "talks, which opened in Geneva"
_OWN_COURSE = re.compile(r",?\s*\b(?:that|which)\s+(?:(?:was|were|had|has|have)\s+)?(?:began|begun|started|opened|"
                         r"ended|concluded|closed|took\s+place|was\s+held|were\s+held|convened)\s+(?=(?:in|at)\s+(?:the\s+)?"
                         r"(?:PLACE|[A-Z]|$))", re.I)


# how often the parties meet: "meet for the first time in X", "met for a second time in Y"
_NTH_TIME = re.compile(r"\bfor\s+(?:the|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                       r"\d+(?:st|nd|rd|th)|last|final|next|latest|umpteenth)\s+time\b", re.I)


# an infinitive of purpose after a travel trigger ending in "to" ("flew on to see the king at ...")
_PURPOSE = re.compile(r"\s*(?:see|meet|visit|attend|join|brief|consult|greet|sign|address)\s+", re.I)


def _forward_ok(text: str, te: int, place: Mention, spans: _Spans, direct: bool, max_head: int = 14,
                blockers: tuple[tuple[int, int], ...] = (), strict: bool = False) -> bool:
    """Is ``place`` (after the trigger ending at ``te``) in a locative phrase attached to the trigger? Not when
    another meeting or visit word (``blockers``) stands in between: the place is that one's ("attended summits
    with Gulf leaders, and X's visit to Beijing")."""
    if any(te <= b0 and b1 <= place.start for b0, b1 in blockers):
        return False
    before = text[max(0, place.start - 60):place.start]
    if _JOB_TITLE.search(before) or (_TITLE_NP.search(before) or _TITLE_NAME.search(before)) and not _SENDING.search(
            text, max(0, te - 12), te):
        return False  # "Lebanon's ambassador to Germany", "met the ambassador to Egypt": a job title, not a destination
    if _owned_by_noun(text, place):
        return False  # "at Israel's request": the place belongs to the noun after it (who asked, not where)
    if _SEAT_OF_ORIGIN.search(text, max(0, place.start - 120), place.start):
        return False  # "signed by officers from the Government of National Accord (GNA) in Tripoli": whose seat
    if place.place_type == "country" and _QUALIFIED_PARTY.match(text, place.end):
        return False  # "handed the letters to US mediator X", "a visit to UAE troops": whose, not where
    gap = _mask(text, te, place.start, spans.mask_spans())
    purpose = _PURPOSE.match(gap)
    if purpose and re.search(r"\s(?:to)$", text[max(0, te - 6):te]):
        gap = gap[purpose.end():]  # "flew on to see X at his retreat outside Y": the visit goes where X is
    elif re.search(r"\s(?:to|into)$", text[max(0, te - 6):te]):
        gap = " to" + gap  # a trigger ending in its preposition ("travel to"): its object is the destination
    gap = re.sub(r"(?:\b(?:on|in|at|during|by|earlier|later)\s+)?DATE", " ", gap, flags=re.I)
    gap = re.sub(r"\bon the (?:sidelines|margins?) of\b", " ", gap, flags=re.I)
    gap = _NTH_TIME.sub(" ", gap)  # "will meet for the first time in Damascus next week": how often, no clause break
    gap = _OFFICE_FOR.sub(r"\1 \2", gap)  # "meet Qatar's minister of state for foreign affairs, X, in Doha": a title
    gap = _OWN_COURSE.sub(" ", gap)  # "a six-country tour of the region that began in Tel Aviv": the trip's first leg
    # a schedule's place: "the next round of talks is set for Cairo on Sunday" (a date after "set for" is masked above)
    gap = re.sub(r"\b((?:set|scheduled|planned|slated|pencill?ed\s+in)\s+)for\s+((?:the\s+)?)$", r"\1in \2", gap,
                 flags=re.I)
    gap = re.sub(r"\bon the (?:outskirts|edge|edges|fringes|shores?|banks?) of(?:\s+the\b)?", " in the outskirts of", gap,
                 flags=re.I)  # "gathered on the shores of the Dead Sea"
    # the grounds of a building: "at a ceremony on the South Lawn of the White House in Washington"
    # (a capitalised "South Lawn" may be masked as a name)
    if _GROUNDS_OF.search(text, te, place.start):
        gap = re.sub(rf"\bon\s+the\s+(?:(?:{_SIDES})\s+)?(?:{_GROUND_NOUNS}|ACTOR)\s+of\b", " at", gap, flags=re.I)
    # a building on a shore: "at the King Hussein Convention Centre on the Dead Sea" (the building is at the place)
    gap = re.sub(rf"\b({FACILITY})\s+on\s+the\s+$", r"\1 in the ", gap, flags=re.I)
    # a description, then the name in apposition: "signed in the South Sudanese capital, Juba," (one place)
    gap = re.sub(r"\b(capital|city|town|port|resort|village)\s*,\s*$", r"\1 ", gap, flags=re.I)
    if re.search(r"\bon\s+the\s+$", gap, re.I) and re.match(_GROUNDS, text[place.end:]):
        gap = re.sub(r"\bon\s+the\s+$", " at the ", gap, flags=re.I)  # "signed on the White House lawn"
    elif re.search(r"\bon\s+$", gap, re.I) and place.text.endswith(" Hill"):
        gap = re.sub(r"\bon\s+$", " at ", gap, flags=re.I)  # "meet lawmakers on Capitol Hill"
    # who convened the meeting is no clause break: "met under U.N. and U.S. auspices in X", "under the aegis of Y"
    gap = _AUSPICES.sub(" ", gap)
    gap = proper_names(gap)
    if direct and re.fullmatch(r"\s*(?:to\s+)?(?:the\s+)?", gap, re.I):
        return True  # "visited Ramallah"
    topic = _TOPIC_PP.match(gap)
    if topic and _topic_then_venue(text, topic, place):
        return True  # "opened talks on a prisoner exchange in Doha on Monday"
    m = _LOC_TAIL.search(gap)
    if not m:
        return False
    head, tail = gap[:m.start("prep")], gap[m.end("prep"):]
    head = re.sub(r"^\s*to\s+(?:the\s+)?PLACE\b", " ", head)  # an earlier leg: "to Amman on Monday and to Doha"
    # participants are no clause break: "talks between Israel and Hamas in Cairo"
    head = re.sub(rf"\bbetween\s+{_PARTY}\s+and\s+{_PARTY}", " ", head)
    head = re.sub(rf"\bbetween\s+{_PARTY}$", " ", head)  # one coordinated actor: "Israeli and Palestinian delegations"
    head = _BETWEEN_GROUP.sub(" ", head)  # "talks between the two sides in Cairo"
    head = _TITLE_PLACE.sub(r"\1", head)  # "the visit of the king's ambassador to Jordan, Mr. X, to Amman"
    if _TOPIC_TRIGGER.search(text, max(0, te - 30), te) and (
            "PLACE" in head or len(re.findall(r"\b(?:the|a|an|its|their|his|her)\b", head, re.I)) > 1):
        return False  # "discussed with the king (in Amman) the situation in Gaza": a second object is the topic
    if _NEW_PREDICATE.search(head):
        return False  # "will meet business leaders, and will return to Jerusalem": a new predicate's place
    if re.search(r"PLACE[^,;]*,\s*with\b", head):
        return False  # "expected in Cairo next month, with mediators in Doha": an absolute phrase's place
    if _NEW_CLAUSE.search(head):
        return False  # "met in Stockholm, and Barak's government survived a vote in the Knesset": another clause
    # "The meeting, which was held in Amman," / "talks, which took place at"
    head = re.sub(r",\s*(?:(?:which|that)\s+)?(?:(?:was|were|is|are|will be|would be|had been|has been)\s+)?"
                  r"(?:held|hosted|convened|organised|organized|took place|takes place|will take place|"
                  r"(?:set|scheduled|planned|slated|due|expected)(?:\s+(?:for|to\s+(?:be\s+held|take\s+place|convene|"
                  r"open|meet)))?)\s*$", " ", head, flags=re.I)
    if strict and "," in _LIST.sub(" LIST ", head):
        return False  # "signed an agreement in June, the ship docked at X": a comma ends a signing's reach
    if _has_break(head, allow=("of",)) or _n_words(head) > max_head or head.count(",") > 4 or \
            TOPIC_VERBS & set(_words(head)) or \
            any(w.endswith("ing") and w not in ("including", "during", "visiting") and len(w) > 5 for w in _words(head)):
        # a gerund starts an object clause: "discussed with X maintaining the ceasefire ... in Gaza"
        return False
    return not (_has_break(tail, allow=("of",)) or re.search(r"[,;]", tail))


# a quoted title in capitals ('signed a "Declaration of Commitment to Protect Civilians" in X'): a name, no quotation
_QUOTED_TITLE = re.compile(r"[\"“«]\s*[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|on|to|the|and|in|a|an))"
                           r"{0,14}\s*[\"”»]")
# a small word inside a proper name, between two capitalised words: "the Council for National Security", "the
# Committee on Foreign Relations" (masked ACTOR/PLACE/DATE tokens are all capitals and do not count)
_NAME_LINK = re.compile(r"\b([A-Z][a-z][\w’'-]*)\s+(?:for|on|to)\s+(?:the\s+)?(?=[A-Z][a-z])")


def proper_names(gap: str) -> str:
    """``gap`` (masked text between a trigger and a place) with the quoted titles and the small words inside proper
    names taken out, so that neither counts as a clause break.

    >>> proper_names('a meeting of the Ministerial Council for National Security ')
    'a meeting of the Ministerial Council National Security '
    >>> proper_names(' a "Declaration of Commitment to Protect Civilians" ')
    ' a  NAME  '
    >>> proper_names(' with ACTOR on DATE, and said "we will meet" ')
    ' with ACTOR on DATE, and said "we will meet" '
    """
    return _NAME_LINK.sub(r"\1 ", _QUOTED_TITLE.sub(" NAME ", gap))


# a meeting word that is a verb of discussing: its second object is a topic ("discussed with X the situation in Y")
_TOPIC_TRIGGER = re.compile(r"\b(?:discuss|discussed|discusses|discussing|reviewed|reviews|review)\s+with\s*$", re.I)
# the topic of talks before their venue: "talks on a prisoner exchange in Doha on Monday", "talks about the new text
# at the Kremlin"; a topic that happens somewhere ("talks on a truce in Gaza") keeps its place (LOCATED_TOPICS)
_TOPIC_PP = re.compile(r"\s*(?:on|about|over|regarding|concerning)\s+(?:(?:a|an|the|its|their|his|her|possible|new)\s+)?"
                       r"(?P<topic>(?:[a-z][\w’'-]*\s+){1,3}?)(?:in|at)\s+(?:the\s+)?"
                       # "in the Kazakh capital Astana": a description of the place before its name
                       rf"(?:(?-i:[A-Z][\w’'-]*)\s+){{0,2}}?(?:(?:{PLACE_NOUNS})\s+)?$", re.I)
LOCATED_TOPICS = frozenset("""ceasefire cease-fire truce war wars fighting violence situation crisis conflict offensive
operation operations attack attacks escalation aid reconstruction hostage hostages prisoner-held detainees settlement
settlements annexation raid raids strike strikes airstrikes blockade siege occupation displacement humanitarian famine
security developments tensions clashes protests election elections governance administration future border borders
withdrawal deployment presence situation crossing crossings ground""".split())


def _topic_then_venue(text: str, topic: re.Match, place: Mention) -> bool:
    """Is the place after a short topic phrase ("talks on a prisoner exchange in") the venue: no topic word that
    happens somewhere, and a date or the end of the clause right after the place?"""
    words = _words(topic.group("topic"))
    if set(words) & LOCATED_TOPICS or set(words) & BREAK_WORDS or any(w.endswith("ing") for w in words):
        return False
    # (or a relative clause about the gathering: "a summit on Libya in Berlin from which Greece has been excluded")
    # (or the talks' own course as the verb of the noun phrase: "talks on Syria in Astana ended on Tuesday")
    return bool(re.match(r"\s*(?:[,.;:]|$|(?:on|in|at|this|last|next|earlier|later|where|which|(?:from|at|in|to)\s+which|"
                         r"(?:ended|began|opened|resumed|closed|concluded|continued|started|stalled|collapsed|broke\s+down|"
                         r"will\s+(?:end|begin|open|resume|continue|start)|are\s+(?:due|expected|set|scheduled)|"
                         r"were\s+(?:held|due|expected|set|scheduled)|"
                         # who convened it: "a conference on Gaza at the Dead Sea co-hosted by Jordan and Egypt"
                         r"(?:co-?)?(?:hosted|organi[sz]ed|sponsored|convened|chaired|brokered|mediated)\s+by))\b)",
                         text[place.end:place.end + 30]))


# a speaker placed right before an "after <meeting>" phrase: "speaking in Tel Aviv after meeting X", "told reporters
# in Amman following talks with Y"
_SPOKE_IN = re.compile(r"\b(?:speaking|spoke|said|says|told\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+"
                       r"conference)|telling\s+reporters|addressing\s+(?:reporters|journalists))\s+(?:in|at)\s+(?:the\s+)?$",
                       re.I)


def _owned_by_noun(text: str, place: Mention) -> bool:
    """Is ``place`` a possessive modifying a noun that is no place or building ("at Israel's request", "at Egypt's
    urgent invitation", "in Egypt's name")? Then the locative phrase is about that noun (a place that owns a request
    is the state that asked), and the place is no venue.

    >>> t = "The council met at Israel's request."
    >>> _owned_by_noun(t, Mention.make("a", kind="place", text="Israel", start=19, end=25, value="Israel"))
    True
    >>> t = "They met in Egypt's capital."
    >>> _owned_by_noun(t, Mention.make("a", kind="place", text="Egypt", start=12, end=17, value="Egypt"))
    False
    """
    m = _POSSESSIVE_OF.match(text, place.end)
    if m is None:
        return False
    return not re.fullmatch(rf"(?:{PLACE_NOUNS}|{FACILITY}|capital|capitals|coast|soil|territory|territories|"
                            r"side|shores?|borders?|sea|seas|waters|airspace|mountains|desert|interior)", m.group("noun"),
                            re.I)


# verbs that judge a meeting from afar: in "In Gaza, Haniyeh rejected the conference" the fronted place is where the
# judging was done, not the conference's place; so with a verb that names what the meeting was ("In Gaza, a Hamas
# spokesman called the signing 'a black day'")
_JUDGING = frozenset("""rejected rejects reject welcomed welcomes welcome condemned condemns condemn criticized
criticised criticizes criticises denounced denounces dismissed dismisses hailed hails praised praises slammed slams
boycotted boycotts called calls described describes termed terms branded brands labelled labeled labels dubbed
dubs""".split())


def _backward_ok(text: str, sent: Sentence, place: Mention, ts: int, spans: _Spans, noun: bool) -> bool:
    """Is ``place`` (before the trigger starting at ``ts``) attached to it?"""
    ms = spans.mask_spans()
    gap = _mask(text, place.end, ts, ms)
    gap_nodate = re.sub(r"(?:\b(?:on|in|at|during|by)\s+)?DATE", " ", gap, flags=re.I)
    before = _mask(text, sent.start, place.start, ms)
    if noun and place.place_type != "country" and \
            re.fullmatch(r"\s*(?:['’]s?)?\s*(?:-\s*(?:hosted|sponsored|brokered)\s+)?", gap):
        return True  # "the Sharm al-Sheikh conference", "Cairo talks"; "Israel talks" names a participant
    if re.fullmatch(r"\s*for\s+(?:[\w-]+\s+){0,2}", gap_nodate, re.I) and re.search(rf"\b(?:{LOC_PREP}|visit|visits|visited|visiting|tour|toured)\s+(?:the\s+)?$", before, re.I):
        return True  # "invited ... to Cairo for talks"
    m = re.fullmatch(r"\s*,?\s*where\s+(.*)", gap_nodate, re.I | re.S)
    if m and not _has_break(m.group(1)) and _n_words(m.group(1)) <= 8:
        return True  # "visited Ramallah, where he met"
    if noun and _JUDGING & set(_words(gap_nodate)):
        return False  # "In Gaza, Haniyeh rejected the conference": not where the conference met
    if re.fullmatch(r"\s*(?:DATE\s*,?\s*)?(?:In|At)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?", before) and \
            re.match(r"\s*,", gap_nodate) and not _has_break(gap_nodate) and _n_words(gap_nodate) <= 14:
        return True  # "In Cairo, Abbas met ..."
    cgap = _mask(text, place.end, ts, [(a, b, "COUNTRY" if lab == "PLACE" and any(
        p.start == a and p.place_type == "country" for p in spans.places) else lab) for a, b, lab in ms])
    if _fronted(before, re.sub(r"(?:\b(?:on|in|at|during|by)\s+)?DATE", " ", cgap, flags=re.I)):
        return True  # "At a U.N. post in the border town of X, each side handed ... in a ceremony"
    if _SPOKE_IN.search(before) and re.fullmatch(r"\s*,?\s*(?:after|following|before|ahead\s+of)\s+"
                                                 r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?",
                                                 gap_nodate, re.I) and \
            "PLACE" not in re.split(r"[,;]", _mask(text, ts, sent.end, ms))[0] and \
            not re.match(r"[\w-]+\s+(?:[a-z]{3,}ed|were|was|had|began|broke|fell|ended|resumed)\b", text[ts:ts + 40]):
        # (not a clause of its own: "speaking in Ankara before the talks collapsed")
        # "Blinken, speaking in Tel Aviv after meeting Netanyahu, said", "Speaking in Jerusalem before a meeting with
        # X, he said": the meeting was there too
        return True
    if noun and re.search(rf"\b{LOC_PREP}\s+(?:the\s+)?$", before, re.I) and \
            not TOPIC_VERBS & set(_words(before)) and re.fullmatch(
            r"\s*,?\s*(?:during|on|in the course of)\s+(?:an?|the|his|her|their|its|ACTOR\s*['’]s?)\s+"
            r"(?:[\w-]+\s+){0,2}?", gap_nodate, re.I):
        return True  # "told reporters in Ankara during a visit by X", "in Cairo on a two-day visit"
    return False


_NOT_LOCATIVE = frozenset("""least all total addition response turn fact particular short contrast return
statement was were is are be been has have had said says""".split())
_DATELINE_LEAD = _dateline.MASKED_LEAD  # a dateline over masked text: "PLACE, DATE (AP) — "


def _fronted(before: str, gap: str) -> bool:
    """Does the sentence open with a locative phrase (``before``: the masked text up to the place) whose reach
    covers the trigger after ``gap`` (no time relation, contrast, topic, report, quotation or other place)?

    >>> _fronted("At a U.N. post in the border town of ", ", each side handed letters to ACTOR in a ")
    True
    >>> _fronted("In ", ", ACTOR approved the text hours before the ")
    False
    >>> _fronted("In ", ", ACTOR, who had ")
    False
    >>> _fronted("Meanwhile, in ", ",  , ACTOR met ")
    True
    """
    lead = _DATELINE_LEAD.sub("", before)
    adverb = _LEAD_ADVERB.match(lead)
    if adverb:  # "Meanwhile, in " -> "In "
        lead = lead[adverb.end():adverb.end() + 1].upper() + lead[adverb.end() + 1:]
    if not _FRONTED.fullmatch(lead) or re.search(r"[,;:“”\"]", lead) or set(_words(lead)) & _NOT_LOCATIVE:
        return False  # "At least 10 people were killed in X, ...", "In response to X, ..." are no locative phrase
    if not re.match(r"\s*,", gap) or re.search(rf"[;:()\[\]{QUOTE_CHARS}]|\s[-–—]\s", gap) or "PLACE" in gap:
        return False
    if re.search(r",\s*(?:who|which)\s+(?:had|'d)\b[^,]*$", gap, re.I):
        return False  # a pluperfect relative clause tells an earlier scene: "In X, ACTOR, who had met them, welcomed"
    words = set(_words(gap))
    return not (words & FRONTED_BREAKS or words & TOPIC_VERBS) and _n_words(gap) <= 28


_LINK = r"\s*,?\s*(?:and|or|as well as)?\s*"


def _list_goes_on(text: str, p: Mention, places: list[Mention]) -> bool:
    """Is a place joined by a bare comma a member of a list: the list goes on after it, or the clause ends there? ("to
    Ramallah, Gaza, and Tel Aviv", "toured Cairo, Amman, Riyadh."; not "in Vienna, Iran and the powers reached a deal",
    where the comma ends a fronted phrase)"""
    return bool(re.match(r"\s*[.;]", text[p.end:p.end + 3])) or any(
        q.start >= p.end and re.fullmatch(_LINK, text[p.end:q.start]) for q in places)


def _list_extension(text: str, attached: list[Mention], places: list[Mention]) -> list[Mention]:
    """Places coordinated with an attached one: "to Ramallah, Gaza, and Tel Aviv"."""
    out = list(attached)
    changed = True
    while changed:
        changed = False
        for p in places:
            if p in out:
                continue
            for a in out:
                link = text[a.end:p.start]
                if a.end <= p.start and re.fullmatch(_LINK, link) and link.strip() and (
                        link.strip() != "," or _list_goes_on(text, p, places)):
                    out.append(p)
                    changed = True
                    break
    return sorted(out, key=lambda m: m.start)


# a fronted subordinate clause holding the trigger ("Hours after the meeting ended, a gunman shot two men near X"):
# the comma that closes it ends the trigger's reach, the place after it is the main clause's
_SUBORDINATOR = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?(?:after|before|when|once|until|while|as\s+soon\s+as)\s+[^,;:]*$",
                           re.I)


def _leaves_subordinate(text: str, sent: Sentence, ts: int, te: int, place: Mention) -> bool:
    """Is the trigger at [ts, te) inside a sentence-opening subordinate clause that a comma closes before ``place``?

    >>> t = "Hours after the meeting ended, a gunman shot two men near Huwara."
    >>> s = Sentence(0, 0, len(t), t)
    >>> p = Mention.make("a", kind="place", text="Huwara", start=t.index("Huwara"), end=len(t) - 1, value="Huwara")
    >>> _leaves_subordinate(t, s, t.index("meeting"), t.index("meeting") + 7, p)
    True
    >>> t = "After the talks in Huwara, a gunman shot two men."
    >>> p = Mention.make("a", kind="place", text="Huwara", start=t.index("Huwara"), end=t.index(","), value="Huwara")
    >>> _leaves_subordinate(t, Sentence(0, 0, len(t), t), t.index("talks"), t.index("talks") + 5, p)
    False
    """
    return bool(_SUBORDINATOR.match(text, sent.start, ts)) and "," in text[te:place.start]


def attached_places(doc: Document, sent: Sentence, ts: int, te: int, spans: _Spans, *,
                    noun: bool = True, direct: bool = False, max_head: int = 14,
                    blockers: tuple[tuple[int, int], ...] = (), strict: bool = False) -> list[Mention]:
    """Place mentions of ``sent`` attached to the trigger at [ts, te) (see the module doc for the rule and an
    example)."""
    text = doc.text
    got = []
    for p in spans.places:
        if p.start >= te:
            if _forward_ok(text, te, p, spans, direct, max_head, blockers, strict) and \
                    not _leaves_subordinate(text, sent, ts, te, p):
                got.append(p)
        elif p.end <= ts:
            if _backward_ok(text, sent, p, ts, spans, noun):
                got.append(p)
    if not got:
        return _where_clause(text, sent, ts, spans)
    got = _list_extension(text, got, [p for p in spans.places if p.start >= min(g.start for g in got)])
    got = [p for p in got if not any(q.end <= p.start and _LANDMARK_OF.fullmatch(text, q.end, p.start) for q in got)]
    return [p for p in got if not _DENIED.search(text, max(sent.start, p.start - 40), p.start)
            and not _home_visit(text, sent, ts, p)]


# a place that only locates the place before it: "at the Dumayr military airport near Damascus", "in Rimbo, north of
# Stockholm" (the venue is the first)
_LANDMARK_OF = re.compile(r"(?:\s+[\w’'-]+){0,3}\s*,?\s+(?:near|outside|close\s+to|(?:just\s+|some\s+\d+\s*(?:km|kilometres|"
                          r"kilometers|miles)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|"
                          r"on\s+the\s+outskirts\s+of)\s+(?:the\s+)?", re.I)


# the relative clause of a visitor: "the Iranian envoy, who was visiting Iran at the time"
_VISITOR_CLAUSE = re.compile(r"\bwho\s+(?:is|was|had\s+been|has\s+been)\s+(?:(?:currently|then|still|also)\s+)?$", re.I)


def _home_visit(text: str, sent: Sentence, ts: int, place: Mention) -> bool:
    """Is ``place`` a country that the visitor of a "who was visiting X" clause belongs to (its demonym names them
    just before: "the Iranian envoy, who was visiting Iran at the time")? A trip home, no diplomatic venue.

    >>> t = "Pakistan said the Iranian envoy, who was visiting Iran at the time, may not return."
    >>> ir = Mention.make("a", kind="place", text="Iran", start=t.index("Iran "), end=t.index("Iran ") + 4,
    ...                   value="Iran", place_type="country", country_code="IR")
    >>> from lib.extract.document import document_from_text
    >>> _home_visit(t, document_from_text("a", t).sentences[0], t.index("visiting"), ir)
    True
    """
    from lib.extract import gazetteer

    if place.place_type != "country" or not place.country_code or \
            not _VISITOR_CLAUSE.search(text, max(sent.start, ts - 40), ts):
        return False
    dems = [d for d, c in gazetteer.demonyms().items() if c == place.country_code]
    before = text[max(sent.start, ts - 120):ts]
    return any(re.search(rf"(?<![\w-]){re.escape(d)}(?![\w-])", before) for d in dems)


# a place denied: "would be negotiated in Jerusalem and not in Annapolis", "in Doha rather than in Cairo"
_DENIED = re.compile(r"\b(?:not|never|rather\s+than|instead\s+of)\s+(?:(?:in|at|to|inside)\s+)?(?:the\s+)?$", re.I)


# the opening of a relative clause on a place: "flew to Egypt from Israel, where earlier in the day he ..."
_WHERE = re.compile(r"PLACE\s*,\s*where\s+(?P<clause>.*)$", re.I | re.S)


def _where_clause(text: str, sent: Sentence, ts: int, spans: _Spans) -> list[Mention]:
    """A trigger inside a relative clause "PLACE, where ..." happens at that place, or at a place inside it named
    in the clause before the trigger ("from Israel, where earlier in the day he addressed the Knesset in Jerusalem
    and met the families": Jerusalem); [] when a clause break, a report or another place outside it comes between.

    >>> from lib.extract.document import document_from_text
    >>> t = "He flew on from Israel, where earlier in the day he spoke in Jerusalem and met the families."
    >>> d = document_from_text("a", t)
    >>> il = Mention.make("a", kind="place", text="Israel", start=16, end=22, value="Israel", country_code="IL", place_type="country")
    >>> jm = Mention.make("a", kind="place", text="Jerusalem", start=t.index("Jer"), end=t.index("Jer") + 9, value="Jerusalem", country_code="IL", place_type="settlement")
    >>> [p.value for p in _where_clause(t, d.sentences[0], t.index("met"), _Spans([], [il, jm], []))]
    ['Israel', 'Jerusalem']
    """
    before = [p for p in spans.places if p.end <= ts]
    for i, ante in enumerate(before):
        m = _WHERE.match(_mask(text, ante.start, ts, spans.mask_spans()).lstrip())
        if m is None:
            continue
        clause = re.sub(r"(?:\b(?:on|in|at|during|by|earlier|later)\s+)?DATE", " ", m.group("clause"), flags=re.I)
        inner = before[i + 1:]
        if _has_break(clause, allow=("of",)) or _n_words(clause) > 16 or re.search(r"[,;]", clause) or \
                any(p.country_code != ante.country_code for p in inner):
            continue
        # a place after a topic verb is what was discussed ("where he discussed the war in Gaza"), no refinement
        return [ante] + [p for p in inner if PLACE_ORDER.get(p.place_type, 1) < PLACE_ORDER.get(ante.place_type, 1)
                         and not TOPIC_VERBS - {"addressed"} & set(_words(text[ante.end:p.start]))]
    return []


PLACE_ORDER = {"settlement": 0, "other": 1, "region": 2, "country": 3}
_LIST = re.compile(r"\b(?:PLACE|ACTOR)(?:\s*,\s*(?:PLACE|ACTOR))*\s*,?\s*(?:and|or)\s+(?:PLACE|ACTOR)\b")


# the grounds of a building before its name: "on the South Lawn of the White House", "on the steps of parliament"
_SIDES = "south|north|east|west|front|back|rose"
_GROUND_NOUNS = "lawn|lawns|grounds|steps|garden|terrace"
_GROUNDS_OF = re.compile(rf"\bon the (?:(?:{_SIDES})\s+)?(?:{_GROUND_NOUNS}) of\b", re.I)
# the grounds of a building after its name: "on the White House lawn", "on the Kremlin steps"
_GROUNDS = r"\s+(?:(?i:south|north|east|west|front|back)\s+)?(?i:lawn|lawns|grounds|steps|balcony|terrace|tarmac)\b"


# a meeting verb coordinated with a predicate placed just before it ("addressed the Knesset in Jerusalem and met the
# families"): the same subject in the same place
_COORD_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?PLACE\s+and\s+(?:then\s+|also\s+|later\s+)?$")


def coordinated_place(doc: Document, sent: Sentence, hit_start: int, spans: _Spans) -> Mention | None:
    """The place of the predicate coordinated right before a verb trigger ("he addressed the Knesset in Jerusalem
    and met the families": Jerusalem), a settlement or site, else None.

    >>> from lib.extract.document import document_from_text
    >>> t = "He addressed the Knesset in Jerusalem and met the families."
    >>> d = document_from_text("a", t)
    >>> j = Mention.make("a", kind="place", text="Jerusalem", start=28, end=37, value="Jerusalem", place_type="settlement")
    >>> coordinated_place(d, d.sentences[0], t.index("met"), _Spans([], [j], [])).value
    'Jerusalem'
    """
    lo = max(sent.start, hit_start - 80)
    masked = _mask(doc.text, lo, hit_start, spans.mask_spans())
    if not _COORD_PLACE.search(masked):
        return None
    place = next((p for p in reversed(spans.places) if p.end <= hit_start and lo <= p.start), None)
    if place is None or place.place_type not in ("settlement", "other") or \
            not re.fullmatch(r"\s+and\s+(?:then\s+|also\s+|later\s+)?", doc.text[place.end:hit_start]):
        return None
    topic = re.findall(r"[a-z-]+", doc.text[max(sent.start, place.start - 40):place.start].lower())[-4:-1]
    if set(topic) & LOCATED_TOPICS:
        return None  # "discussed the war in Gaza and met the press": the place of a topic, not of the predicate
    return place
