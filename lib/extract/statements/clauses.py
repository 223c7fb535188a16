"""Reported clauses: what a complement clause without 'that' looks like (a subject and a modal or a verb of state
or intent), the objects that name a position ("stressed the need for"), feelings expressed, infinitives of pledges
and directives, and the speech that only reports facts (a toll, a journey, a meeting as an event).

Approach: typed regular expressions over the words after a reporting verb, used by ``indirect.py``; no resolution
of speakers here. Example: ``BARE_CLAUSE.match(" it would not seek new construction")`` finds the clause
"it would not seek"; ``_fact_report("A raid killed seven people", "said")`` is True.
"""
from __future__ import annotations

import re

from lib.extract.statements.quotes import _trim, _words
from lib.extract.statements.speakers import DOC_NOUNS
from lib.extract.statements.stance import stance_of
from lib.extract.statements.turns import BALANCE, BALANCE_SLACK
from lib.extract.statements.verbs import Verb, reporting_verbs

# Indirect speech that only reports facts (a toll, a journey or a schedule) is a source, not a statement of position
COUNT = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)"
FACT_REPORT = re.compile(
    rf"(?i)\b(?:{COUNT}|no(?=\s)|none\s+of)\b[^.;]{{0,80}}\b(?:killed|wounded|injured|hurt|dead|died|martyred)\b|"
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
    # a meeting or a call described as an event ("The meeting was the first such gathering since", "informed the
    # emir of the decision in phone calls")
    r"^\W*(?:The|the|This|this)\s+(?:meeting|talks|visit|summit|call|session|gathering)\s+(?:was|were|lasted|took\s+place|"
    r"came|marked|began|ended)\b|\bin\s+(?:an?\s+)?(?:phone|telephone)\s+(?:calls?|conversations?)\b|"
    # a meeting held or attended, reported as done ("The coalition held its first meeting", "officials were attending")
    r"\b(?:held|holds)\s+(?:its|their|his|her|an?|the)\s+(?:\w+\s+){0,2}(?:meeting|session|summit|round)\b|"
    r"\b(?:were|was|are|is)\s+(?:attending|taking\s+part\s+in|participating\s+in)\s+(?:the|an?)\s+(?:\w+\s+){0,2}"
    r"(?:meeting|talks|summit|conference|session)\b|"
    r"\bmet\s+(?:with\s+)?(?:the\s+)?[A-Z]")


# The outcome of a meeting reported as agreed by its parties, opening a sentence attributed after it ("The parties
# agreed to hold the next round in ..., the minister told a press conference"): what the meeting decided, not words
# said (the seed gold omits them); after "said" ("said the parties had agreed “to resume talks”") it is read
MEETING_OUTCOME = re.compile(r"^\W*(?:[Tt]he|[Bb]oth|[Aa]ll)\s+(?:(?:two|three|four|five|six)\s+)?(?:parties|sides|"
                             r"participants|delegations)\s+(?:also\s+|have\s+|had\s+)?agreed\b")


def _fact_report(content: str, verb: str, opening: bool = False) -> bool:
    """Does indirect speech only report facts (casualty figures, arrivals, travel plans), with no stance cue? (With
    ``opening``, words that open a sentence attributed after them: a meeting's outcome is a fact too.)

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
    >>> _fact_report("The parties agreed to meet again in Astana", "told", True)
    True
    """
    if opening and MEETING_OUTCOME.match(content):
        return True
    return FACT_REPORT.search(content) is not None and stance_of(verb, content)[0] == "neutral"


# Whom a speaker told the words ("told reporters", "told lawmakers", "told a rally", "tells state television"), in a
# trailing attribution: ", Erdogan told lawmakers from his party on Wednesday."
AUDIENCE = (r"(?:reporters|journalists|the\s+press|lawmakers|legislators|parliament|MPs|supporters|students|"
            r"(?:a|an|the)\s+(?:\w+\s+){0,2}(?:rally|crowd|audience|gathering|conference|briefing|summit|forum|"
            r"session|meeting|ceremony)|(?:state|local|national|public|Israeli|Iranian|Turkish|Egyptian|Saudi|"
            r"Qatari|Lebanese|Jordanian|US|U\.S\.|American|British|Russian|Chinese)\s+(?:television|TV|radio|media|"
            r"broadcaster|news\s+agency))")
# Who carried the statement a trailing attribution names (", the ministry said in a statement carried by SPA."):
# the outlet, not a speaker
CARRIED_BY = (r"(?:\s+(?:carried|published|released|issued|posted|broadcast|reported|run|aired|quoted)\s+(?:by|on|in)"
              r"\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4})?")


# Words that open a clause of their own after an attribution (", X has said, after several donors suspended ..."):
# what went on, not the rest of the reported clause
SUBORDINATE = re.compile(r"\s*(?:after|before|following|as|when|while|since|because|despite|amid|until|once)\b")


# Participles that describe a state of mind, not a passive act ("he is deeply alarmed", "it was committed to")
STATE_ADJECTIVES = (r"(?:alarmed|concerned|committed|determined|prepared|pleased|disappointed|convinced|interested|"
                    r"worried|troubled|saddened|shocked|encouraged|satisfied|dismayed|appalled|outraged|opposed)")
# A complement clause without 'that' after a verb of saying: optional adverbials, then a pronoun or a short noun
# phrase (no comma, no quote) and a modal or a verb of state or intent ("said it would not seek", "said technical
# failures were to blame"). Past actions and passives ("said it had struck 50 targets", "said rockets were fired")
# report facts, not positions.
FINITE = (r"(?:(?:would|will|could|should|must|might|may|can|cannot|is|are|was|were)(?!\s+(?:\w+ly\s+)?(?:been\s+)?"
          rf"(?!{STATE_ADJECTIVES}\b)[a-z]+ed\b)|remains?|remained|(?:wants?|wanted|plans?|planned|intends?|intended|hopes?|hoped|needs?|"
          r"needed)\s+to|(?:expects?|expected)\s+(?:[\w'’-]+\s+){0,3}?to(?=\s+[a-z])|has\s+no|had\s+no|"
          # a decision or an act of speech reported as done ("said it had accepted the proposal")
          r"(?:has|have|had)\s+(?:\w+ly\s+)?(?:accepted|agreed|rejected|refused|decided|approved|welcomed|"
          r"condemned|denied|opposed|endorsed|signed|asked|requested|demanded|offered|proposed|instructed|ordered|"
          r"directed|urged|pledged|vowed|insisted|stressed|emphasi[sz]ed|affirmed|reiterated|warned|called)|"
          # a state or a position in the negative ("said the measures do not target", "said its goals had not
          # changed", "said the text did not mention"), not a past act in the affirmative
          r"(?:do|does|did)\s+not|(?:has|have|had)\s+(?:not|never)\b|"
          # a perfect whose predicate is quoted: the speaker's judgement, not a fact ("said the Government had “rewarded
          # terror”", "said the talks had been “clear and constructive”")
          # (not a quoted act of speech: "said Netanyahu had “reaffirmed his commitment”" is Netanyahu's, relayed)
          r"(?:has|have|had)\s+(?:been\s+)?[“\"](?!(?:re)?(?:affirmed|assured|agreed|accepted|pledged|promised|vowed|"
          r"stressed|confirmed|told|said|warned|insisted|committed|expressed|declared|announced)\b)\w+|"
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


# A feeling or a position expressed, as the object of 'expressed'/'voiced': "expressed hope that the talks would
# resume", "voiced deep concern over the escalation", "expressed Kuwait's readiness to take part" (an offer) (not support or solidarity: background more than the day's words)
# ('expressed' is read here only: as a verb of the quote finder it would take quotes from their speakers)
EXPRESS_VERB = re.compile(r"(?<![\w-])(?:expressed|expresses|voiced|voices)(?![\w-])")
EXPRESS = Verb("expressed", "express", "say", "neutral", "010")
EXPRESSED_OBJECT = re.compile(r"\s+(?:(?:its|his|her|their|the|our|[A-Z][\w-]*['’]s)\s+)?(?:[a-z]+\s+){0,2}?(?:hope|concern|alarm|regret|dismay|"
                              r"outrage|anger|appreciation|gratitude|rejection|condemnation|refusal|fear|readiness|willingness)s?\s+"
                              r"(?:that|over|about|at|for|with|of|to|regarding)\b")
# Speech acts with an infinitive: a pledge or a threat ("vowed to retaliate", "threatened to cut ties", "promised not to
# invade"); a directive to someone named ("warned Palestinians not to move north", "asked Egypt to mediate")
INFINITIVE_ACT = re.compile(r"\s+(?:not\s+|never\s+)?to\s+[a-z]")
# (the listener is a noun phrase: a subordinate clause after it is no directive, "told Ban when asked to end his
# remarks", "told the Council as members prepared to vote")
LISTENER_WORD = r"(?!(?:when|while|as|after|before|if|since|until|because|once|being|upon)\b)[\w'’-]+"
DIRECTIVE = re.compile(rf"\s+(?!reporters\b|journalists\b|the\s+press\b)(?:the\s+)?{LISTENER_WORD}(?:\s+{LISTENER_WORD}){{0,3}}?"
                       r"\s+(?:not\s+)?to\s+(?!be\b)[a-z]")
INFINITIVE_VERBS = ("pledge", "promise", "threaten")
DIRECTIVE_VERBS = ("warn", "ask", "tell")


# A verb of an act inside the reporter's 'after' or 'since' clause, after a main clause ("Relations deteriorated after
# Riyadh blamed Iran for the attack"): what was done before, the cause of what is told, not a statement of the day
# (an opening "After meeting Blinken, Safadi said" has its comma). A verb of saying there stays a statement ("agreed to
# hold off after Israel said it would not build": Israel's words; issue 14's seed example)
BACKGROUND_SPEECH = re.compile(r"\S[^.!?]*?\b(?:after|since)\s+[^,;:“”\"«»()]{1,60}$")


# A naming act: a speaker calls something by a quoted name ("called the deal “a national achievement”", "described
# the raid as “state terrorism”", "calling it “a sign of hope”"): the verb, its object and the quoted name are the
# statement (the name alone is a partial row besides it). Not a group named so ("a movement called the “Lions' Den”":
# no object but an article), nor a call to act ("called the envoy to discuss ...": no quoted name after the object).
NAMING_VERBS = ("call a name", "describe")
# verbs of attitude that name their object only with 'as' ("welcomed the deal as “a great day for Lebanon”")
NAMING_AS_VERBS = ("welcome", "praise", "hail", "endorse")
NAMING_OBJECT_STOP = r"(?:to|that|which|who|and|but|or|after|before|when|while|because|if|for|said|says|saying)"
NAMED = re.compile(r"\s+(?:(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+day\s+|also\s+|again\s+|publicly\s+)?"
                   r"(?!(?:the|a|an)\s+[“\"«])"
                   rf"(?:(?!{NAMING_OBJECT_STOP}\b)[^\s“”\"«»,;:.!?]+\s+){{1,10}}?"
                   r"(?P<as>as\s+)?(?:(?:a|an|the)\s+)?[“\"«](?P<name>[^“”\"«»]{2,})[”\"»]")

# A verb coordinated after a naming act's quoted name ("called the move “a grave mistake” and said ..."), read on its own
NAMED_THEN = re.compile(r"(?<=[”\"»])\s+(?:and|but)\s+(?:also\s+|then\s+)?(?P<verb>[a-z]+(?:\s+(?:for|on))?)\b")
# A naming participle after a comma (", calling it “a crime”"): a statement of its own besides the clause it ends
NAMING_PARTICIPLE = re.compile(r",\s+(?P<verb>calling|describing|terming|labell?ing|branding)(?=\s+[^,;:“”\"«»]{1,80}?\s+"
                               r"(?:as\s+)?(?:(?:a|an|the)\s+)?[“\"«])")


# Who was told, before a complement clause without 'that' ("told reporters the group was studying the offer", "told
# Reuters the movement would respond"): listeners of the press, a pronoun or a capitalised name; the body or the
# gathering a speaker addresses ("told the council the vote was ...", "told lawmakers the deal would ...")
LISTENING_BODY = (r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:council|assembly|house|chamber|committee|cabinet|parliament|"
                  r"conference|summit|meeting|session|briefing|rally|crowd|audience|gathering|forum|ceremony|delegates|"
                  r"delegations)|lawmakers|legislators|parliament|MPs|senators|deputies|supporters|delegates|diplomats)")
LISTENER = re.compile(r"\s+(?:reporters|journalists|the\s+press|state\s+(?:TV|television|media|radio)|him|her|them|us|"
                      rf"{LISTENING_BODY}|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})(?=\s)")


# A speaker who speaks for the subject of the words: ", his spokesman Stephane Dujarric said."
# (a readout's "the Spokesman added" after "President X affirmed that ..." relays X's words too)
SPOKESMAN_OF = re.compile(r"(?i)(?:(?:his|her)\s+(?:\w+\s+)?(?:spokes(?:man|woman|person)|office|aide|adviser|advisor)|"
                          r"the\s+spokes(?:man|woman|person))\b")

# Verbs of saying whose complement clause may come without 'that' ("said Israel would ..."); the others need it
BARE_FORMS = ("said", "says", "saying", "told", "tells", "stated", "added", "adds", "stressed", "stresses", "emphasized",
              "emphasised", "affirmed", "noted",
              # verbs of a position held against doubt ("insisted it was not blindsided", "argued the deal would fail");
              # not the present ("Tehran insists it does not direct the group": a standing position, background)
              "insisted", "argued")

# Verbs (lemmas of lib/data/reporting_verbs.csv) that report a position with a 'that' clause; announcing, confirming,
# revealing or recalling report decisions and facts ("the cabinet announced that the government would build")
THAT_VERBS = ("say", "add", "tell", "state", "stress", "emphasize", "affirm", "note", "insist", "explain", "reiterate",
              "argue", "claim", "warn", "deny", "pledge", "promise", "threaten", "caution", "acknowledge", "suggest",
              "predict", "assert", "underline", "point out", "declare", "make clear", "propose", "write", "tweet", "post",
              # an answer ("replied that he had not come with any document", "responded that the offer was late")
              "reply", "answer")
# Where and when it was said, between the verb and its 'that' ("said at a press conference in Beirut on Monday
# that", "wrote on X on Sunday that"): prepositional phrases only, no verb of their own
PLACE_TIME_GAP = re.compile(r"(?:\s+(?:in|at|on|of|during|after|before|from|via|through|to|with|late|early|last|this)"
                            r"(?:\s+(?!(?:is|are|was|were|would|will|had|has|have|could|can|must)\b)[\w'’.-]+(?<!ed)){1,5}){1,4}")
# A document of the speaker as the clause's subject, with a verb of its own: "said the message demanded a halt"
DOC_CLAUSE = re.compile(rf"\s+(?P<clause>(?:the|its|his|her|their|this)\s+(?:[a-z]+\s+)?(?:{DOC_NOUNS}|message|note|decision)\s+"
                        r"(?:also\s+)?(?P<verb>[a-z]+(?:\s+(?:for|on))?))\b")
# A second complement clause of the same verb, when the first is no statement: "said X had happened and that ...";
# with 'but' or a participle ("said the talks had moved on, but that ...", ", adding that ...") only while the row
# stays balanced (``_runs_on``)
AND_THAT = re.compile(r",?[”\"’»]?\s+(?:and|(?P<but>but))\s+that\s+|,\s+(?P<adding>adding)\s+that\s+")


# ", and warned that", " but stressed": a second reporting verb coordinated after a reported clause
COORDINATED_SPEECH = re.compile(r",?[”\"’»]?\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+)?(?P<verb>[a-z]+(?:\s+(?:for|on))?)\b")


# where reported words end: a clause that is not theirs (", but", ";", "while", ", adding"); a quote after a full stop
# opens a sentence the splitter missed ("condemned the raid. « … »"); ", it added" repeats the attribution; a quote's
# own attribution after it ("“…,” senior member X said"); the reporter's circumstance after a comma (", after the
# United States declined to use its veto", ", amid fears of ...", ", a day after talks in Cairo")
CLAUSE_CUT = re.compile(r",[”\"’»]?\s+but\b|;|,[”\"’»]?\s+while\s|,\s+whereas\b|,\s+adding\b|(?<![A-Z])[.!?]\s+[«“\"]|"
                        r",[”\"’»]?\s+(?:(?:a|one|two|three|several|hours|days|weeks|shortly|soon|just|moments)\s+"
                        r"(?:(?:hour|day|week|month)s?\s+)?)?"
                        r"(?:after|amid|following)\b(?!\s+which\b)|"

                        r",\s+(?:it|he|she|they|(?:his|her|its|the)(?:\s+[\w'’-]+){1,3}?)\s+(?:said|says|added|adds)\W*$|"
                        r"(?:,[”\"]|[”\"],)(?=\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|added|adds|told)\b)")
# the same speaker's words going on after a cut: ", but that ...", ", but warned that ...", ", but “…”", ", adding
# that ..." (and, without the comma, " and warned that", " but added “…”")
RUNS_ON = re.compile(r",?[”\"’»]?\s+(?:(?:but|and)\s+(?:also\s+|then\s+|later\s+)?(?:(?P<verb>[a-z]+)\s+)?|"
                     r"(?P<adding>adding)\s+)(?=that\b|[“\"«])")


# a complement that opens with a preposition is where or when it was said, no clause ("said in a televised speech,
# adding that ...")
ADVERBIAL_FIRST = re.compile(r"\s*(?:in|at|on|during|after|before|to|from|with|via|through|late|early|last|this)\b")
QUOTED = re.compile(r"[“\"«]([^“”\"«»]*)[”\"»]")


def _runs_on(text: str, qa: int, cut: int, end: int) -> int | None:
    """Where the words after a cut at ``cut`` start when they are the same speaker's and the row stays balanced
    (``turns.BALANCE``: the words before the cut and those after it, up to the next cut, of like length), else None.

    >>> t = "the talks had moved forward, but warned that several points were still open"
    >>> t[_runs_on(t, 0, t.index(","), len(t)):]
    'that several points were still open'
    >>> t = "Moscow was ready, but added that any deal must rest on the resolutions of the council and the 1967 lines"
    >>> _runs_on(t, 0, t.index(","), len(t)) is None
    True
    """
    m = RUNS_ON.match(text, cut, end)
    if m is None or not (m["adding"] or m["verb"] is None or (
            (vk := reporting_verbs().get(m["verb"])) is not None and vk.kind in ("say", "act"))):
        return None
    stop = nxt.start() if (nxt := CLAUSE_CUT.search(text, m.end(), end)) else end
    before, after = len(_words(text[qa:cut])), len(_words(text[m.end():stop]))
    if min(before, after) < 3 or before + after > BALANCE * min(before, after) + BALANCE_SLACK:
        return None  # (a clause of its own has three words at least)
    # (a row of mostly quoted words is the quotes' rows, not a reported clause: 'called on them to “return home” and
    # affirmed that “the army and the resistance are one”' stays cut)
    quoted = sum(len(_words(q)) for q in QUOTED.findall(text, qa, stop))
    return m.end() if 2 * quoted <= len(_words(text[qa:stop])) else None


def _clause(text: str, a: int, b: int) -> tuple[int, int]:
    """The reported words from ``a``: up to a clause that is not theirs (", but", ";", "while", ", adding"),
    without the final full stop; the same speaker's words after ", but that", ", but warned that", ", adding that"
    go on while the row stays balanced (``_runs_on``)."""
    qa, qb = _trim(text, a, b)
    pos = qa
    while (cut := CLAUSE_CUT.search(text, pos, qb)) is not None:
        go_on = _runs_on(text, qa, cut.start(), qb)
        if go_on is None:
            qa, qb = _trim(text, qa, cut.start())
            break
        pos = go_on
    # "said the deal was “a first step,” and warned that ...": a coordinated reporting verb with a clause or a
    # quote of its own opens another statement ("warned against X and called for Y" is one), unless the row stays
    # balanced with it
    for c in COORDINATED_SPEECH.finditer(text, qa, qb):
        vk = reporting_verbs().get(re.sub(r"\s+", " ", c["verb"]))
        if vk is not None and vk.kind in ("say", "act") and re.match(r"\s+(?:that\b|[“\"«:])", text[c.end():qb]) \
                and _runs_on(text, qa, c.start(), qb) is None:
            qa, qb = _trim(text, qa, c.start())
            break
    qb = qb - 1 if text[qb - 1:qb] == "." else qb
    return qa, qb


# A reported clause whose second part is a quote interrupted by its own attribution: "... the group accepted the
# resolution, but Israel, he said, “has not yet said yes.”" -- one statement of one speaker, the quote included
INTERRUPTED_QUOTE = re.compile(r",\s+(?:but|and|while|whereas|yet)\s+(?P<np>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+),\s+"
                               r"(?P<p>he|she|it|they)\s+(?:said|says|added|adds|insisted|stressed|noted)\s*,\s*[“\"«]")

