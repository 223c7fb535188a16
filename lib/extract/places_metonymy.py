"""Metonymy: a capital (or a seat of government) that stands for its government is no place mention.

Idea: "Washington saw a promising basis", "Cairo's policy", "ties with Tehran", "said Moscow had handed ..." name
governments, not cities; "officials in Washington said", "Cairo's streets", "Riyadh is a city of ..." name places.

Approach: only a seat (``gazetteer.is_seat``) can be a metonym. Its neighbours decide, each check a class of
phrasing with its word lists as typed constants: the subject of a verb of saying, wanting or acting on its own
(``METONYM_VERBS``, ``_OWN_AFTER``), of a modal and a verb (``_MODAL_AFTER``), of a copula before a stance adjective;
the subject of a clause reported by a verb of saying ("said Washington would ..."; ``_REPORTED_BEFORE``); the
possessor of a policy noun ("Riyadh's role"; ``GOVERNMENT_POSSESSIONS``); the partner of a relation ("ties with
Tehran"; ``_RELATION_BEFORE``); the object of pressing or blaming ("urged Cairo to"), of a policy ("sanctions on
Damascus") or the agent of an infinitive ("the need for Washington to use its influence"). A preposition or a
movement verb just before it keeps the city ("officials in Washington said"). Cases: tests/extract/test_places_metonymy.py.

Example:
    >>> from lib.extract import gazetteer as gz
    >>> text = "Powell said Washington would act. Officials in Washington said no."
    >>> [is_metonym(text, s, s + 10, 0, len(text), gz.lookup("Washington")) for s in (12, 49)]
    [True, False]
"""
from __future__ import annotations

import re

from lib.extract import gazetteer as gz

LOWER_WORD = re.compile(r"\b[a-z]+\b")
FUNCTION_WORDS = frozenset("""
a an the in at on of to from for by with into onto near outside inside across throughout between and or
but both while since after before as if when where like via towards toward around beyond during until
than then also including especially unlike within without about against among amid amidst over under
""".split())
# A capital as the subject of a verb of saying, perceiving or wanting stands for its government ("Washington saw
# 'a promising basis'", "Tehran has warned", "saying Ankara would not accept"): that mention is no place.
METONYM_VERBS = frozenset("""
said says say saw sees see welcomed welcomes welcome believes believed believe wants wanted want warned warns warn
insists insisted insist hopes hoped hope fears feared fear rejected rejects reject denied denies deny accused accuses
condemned condemns condemn views viewed regards regarded considers considered argues argued urged urges demanded
demands responded respond expects maintains maintained accepts accepted accept refuses refused refuse
opposes opposed oppose blamed blames thinks thought knows knew allow allows allowed permit permits permitted
supports supported backs backed seeks sought pushed pushes pressed presses signalled signaled
signals announced announces decided decides intends intended stressed stresses reiterated reiterates
funds funded finances financed arms armed sponsors sponsored pledged pledges vowed vows promised promises
threatened threatens press push stop stops stopped halt halts halted
cut cuts severed severs restored restores resumed resumes normalised normalized recalled recalls expelled expels
summoned summons
agreed agrees agree signed signs clashed clash clashes mediated mediates mediate brokered brokers negotiated
negotiates
dismissed dismisses dismiss criticised criticized criticises criticizes criticise criticize praised praises praise
vetoed vetoes veto endorsed endorses endorse proposed proposes propose offered offers objected objects object
protested protests complained complains acknowledged acknowledges admitted admits claimed claims declared declares
approved approves recognised recognized recognises recognizes imposed imposes froze freezes suspended suspends
paused pauses retaliated retaliates ordered orders
""".split())
# A capital acting on something of its own ("Washington held to its position", "Doha was continuing its mediation")
# is its government; hosting verbs and copulas keep the city ("Doha hosted its annual forum", "Amman is its hub").
_OWN_AFTER = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were|will|would|does|did|also|still|now|not|never)\s+){0,3}"
                        r"([a-z]+)\s+(?:[a-z]+\s+){0,2}(?:its|their)\b")
HOST_VERBS = frozenset("hosts hosted hosting welcomed welcomes welcoming is are was were be been remains".split())
# A capital as the object of a verb of pressing or blaming, before "to/of/for/that" ("accused Washington of",
# "urged Cairo to", "called on Doha to") stands for its government too.
_AGENT_BEFORE = re.compile(r"\b(?:accus|urg|order|press|pressur|lobb|blam|criticis|criticiz|warn|ask|tell|told|call(?:ed|s|ing)?"
                           r"\s+on|call(?:ed|s|ing)?\s+upon)[a-z]*\s+$")
_AGENT_AFTER = re.compile(r"\s+(?:of|to|for|that|not|against)\b")
_METONYM_AFTER = re.compile(r"\s+(?:(?:has|have|had|does|did|do|will|would|may|might|could|should|also|still|already|"
                            r"now|not|never|long|too|later|earlier|then|again|first|initially|previously|"
                            r"[a-z]+ly)\s+)"
                            r"{0,3}([a-z]+)\b")
# A capital as the subject of a copula before a stance adjective stands for its government too ("Washington was
# 'intensely focused' on aid", "Ankara is determined to", "Tehran remains opposed"); a description of the city
# ("Cairo was quiet", "Amman is a city of hills") is no stance.
STANCE_ADJECTIVES = frozenset("""
focused focussed committed determined ready willing unwilling keen eager reluctant concerned worried opposed
prepared unhappy angry furious satisfied pleased disappointed confident convinced adamant interested skeptical
sceptical wary cautious alarmed optimistic pessimistic frustrated troubled intent resolved supportive critical
dismissive hesitant insistent open-minded receptive averse unimpressed uneasy aware unaware involved
responsible naive serious sincere flexible inflexible united divided hostile sympathetic lukewarm
encouraged heartened quick swift slow
""".split())
# "likely"/"unlikely" before an infinitive is a stance unless the verb describes the city ("was likely to see rain")
PROSPECT_ADJECTIVES = frozenset("likely unlikely poised".split())
_TO_VERB = re.compile(r"\s+to\s+([a-z]+)")
_COPULA_AFTER = re.compile(r"\s+(?:(?:has|have|had|will|would|may|might|could|should|also|still|now|not|never|"
                           r"clearly|reportedly)\s+){0,3}(?:is|are|was|were|be|been|remains|remained|remain|seems|"
                           r"seemed|appears|appeared)\s+(?:not\s+)?[\"“‘']?(?:(?:very|deeply|intensely|fully|firmly|"
                           r"increasingly|equally|particularly|extremely|highly|more|less|so|too|now|still|also|"
                           r"[a-z]+ly)\s+)?"
                           r"[\"“‘']?([a-z-]+)\b")
# A preposition or a movement verb before the capital makes it a location ("officials in Washington said").
_METONYM_BLOCK = frozenset("""
in at to from of for near outside inside via into across around between by on toward towards within over throughout
visited visit visits visiting reached reach left leave leaving arrived
""".split())
# a capital after a policy noun is the government it targets ("sanctions on Damascus", "pressure on Tehran")
_POLICY_BEFORE = re.compile(r"\b(?:pressure|sanctions|policy|policies|stance|embargo|ultimatum)\s+(?:on|against|"
                            r"toward|towards)\s+$", re.I)
# A list of seats ("Moscow, Tehran and Ankara agreed", "officials in Amman and Cairo said") decides as one: the verb
# after its last item, the word before its first. One more item after or before a mention:
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
_ITEM_AFTER = re.compile(rf"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)({_NAME})")
_ITEM_BEFORE = re.compile(rf"(?<![\w’'-])({_NAME})\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")
# The subject of a clause reported by a verb of saying ("said Washington would work with", "stressed that Moscow
# had handed", 'said Washington "strongly supports"'), unless the clause describes the city ("said Jerusalem would
# remain the capital", "said Beirut was calm": a copula before anything but a stance adjective; "said Damascus fell").
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|saying|say|added|adding|stressed|stressing|noted|noting|insisted|"
                              r"stated|confirmed|announced|explained|argued|warned|asserted|affirmed|emphasi[sz]ed|"
                              r"reiterated|declared|indicated|believes?|believed|thinks?|thought|told\s+(?!(?:in|at|on|from|by)\b)[a-z]+)\s+"
                              r"(?:(?:on\s+[A-Z][a-z]+|yesterday|today|earlier|later|last\s+week)\s+)?(?:that\s+)?$")
# ... also with words between the verb and "that" ("told JNS on condition of anonymity that Jerusalem 'welcomes'")
_REPORTED_THAT_BEFORE = re.compile(r"\b(?:said|says|told|tells|added|stressed|noted|insisted|stated|confirmed|"
                                   r"announced|explained|argued|warned|believes?|believed|thinks?|thought)\b"
                                   r"[^.;:!?\"“”]{0,60}\bthat\s+$")
_OPEN_QUOTE = r"[\"“]|&ldquo;|&quot;|&#34;"
_CLAUSE_AFTER = re.compile(rf"\s*({_OPEN_QUOTE}|[a-z]+)(?:\s+(?:{_OPEN_QUOTE}|[‘'])?(?:not\s+)?"
                           r"(?:(?!(?:un)?likely\b)[a-z]+ly\s+)?([a-z]+))?(?:\s+([a-z]+))?")
MODALS = frozenset("would will could should can may might must had has have does did do not also still".split())
COPULAS = frozenset("is was are were be been being remain remains remained become becomes became stay stays "
                    "seem seems seemed".split())
# Verbs whose subject is the city itself ("said Damascus fell", "said Beirut lies on the coast").
CITY_VERBS = frozenset("fell falls fall lies lay lie shook shakes burned burns woke wakes sits sat suffered suffers "
                       "suffer hosted hosts host face faces faced witness witnessed witnesses experience experienced "
                       "come came see saw".split())
# A capital's possession that is its government's ("Riyadh's role", "Cairo's policy", "Washington's position");
# its streets, suburbs and airport stay the city's.
GOVERNMENT_POSSESSIONS = frozenset("""
role policy policies position positions stance decision decisions response reaction support backing mediation
efforts effort initiative proposal proposals plan plans demand demands approach strategy offer ally allies envoy
envoys ambassador officials government leadership view views concerns objections refusal rejection message
warning warnings call calls involvement influence intervention commitment pledge ties relations diplomacy
insistence opposition answer conditions red partnership relationship cooperation alliance
foreign defence defense cabinet minister ministry spokesman spokeswoman spokesperson delegation delegate
negotiator negotiators representative representatives diplomat diplomats president
""".split())
_POSSESSIVE_AFTER = re.compile(r"(?:['’]|&#39;|&#x27;|&rsquo;|&apos;)s?\s+([a-z]+)(?:\s+([a-z]+))?", re.I)
# The partner of a diplomatic relation ("cut ties with Tehran", "talks with Damascus", "the deal with Ankara",
# "relations between Riyadh and Tehran"); "talks in Tehran" is a place.
_RELATION_BEFORE = re.compile(r"\b(?:ties|relations|relationship|partnership|alliance|cooperation|co-operation|"
                              r"coordination|engagement|rapprochement|talks|contacts?|dialogue|deal|agreement|channel|"
                              r"negotiations|normali[sz]ation|reconciliation|d[ée]tente|rift|dispute|row|spat|"
                              r"(?:work|cooperat|co-operat|coordinat|engag|negotiat|sid)(?:e|es|ed|ing|s)?|all(?:y|ied|ies|ying))\s+"
                              r"with\s+$")
# A government's message, stance or pressure comes from or goes to its capital ("warnings from Ankara", "a message
# to Baghdad", "pressure from Riyadh"); a flight, convoy or correspondent from a capital stays a place.
_MESSAGE_BEFORE = re.compile(r"\b(?:warnings?|messages?|criticism|pressure|invitation|response|reply|letters?|"
                             r"requests?|demands?|offers?|proposals?|signals?|assurances?|guarantees?|objections?|"
                             r"opposition|support|backing|approval|condemnation|protests?|threats?|ultimatum|"
                             r"overtures?|appeals?)\s+(?:from|to)\s+$")
# The agent of a diplomatic act in the passive ("the ceasefire brokered by Ankara and Moscow", "vetoed by Moscow");
# "hosted by Doha" keeps the city.
_AGENT_BY_BEFORE = re.compile(r"\b(?:brokered|mediated|sponsored|backed|proposed|drafted|vetoed|rejected|endorsed|"
                              r"imposed|offered|pushed|led|supported|opposed|critici[sz]ed|condemned|recognised|"
                              r"recognized|guaranteed|told|asked|urged|pressed|pressured|ordered|instructed|warned|accused|blamed|"
                              r"invited|advised|encouraged|threatened)\s+by\s+$")
# The agent of an infinitive after "for" ("the need for Washington to use its influence").
_FOR_BEFORE = re.compile(r"\bfor\s+$")
_TO_VERB_AFTER = re.compile(r"\s+to\s+[a-z]+")
# A capital as the subject of a progressive verb of acting ("Washington was working with", "Ankara is pushing
# for"); what a city undergoes ("Beirut was burning", "Doha is hosting") keeps the place.
AGENT_ING = frozenset("""
working pushing pressing seeking trying insisting urging considering weighing planning negotiating demanding
calling looking mediating lobbying monitoring studying reviewing pursuing offering proposing backing supporting
opposing refusing threatening signalling signaling counting reaching engaging coordinating
""".split())
_ING_AFTER = re.compile(r"\s+(?:(?:has|have|had)\s+been|is|are|was|were|will\s+be)\s+(?:(?:also|still|now|not|"
                        r"actively|already)\s+)?([a-z]+ing)\b")
# A capital as the subject of a passive verb of asking or pressing ("Bern had been asked to", "Cairo was urged").
_PASSIVE_AFTER = re.compile(r"\s+(?:(?:has|have|had|will|would|may|might|could|should|also|still|not)\s+){0,3}"
                            r"(?:is|are|was|were|be|been|being)\s+(?:(?:also|not|reportedly|formally)\s+)?"
                            r"(?:asked|urged|told|pressed|pressured|invited|warned|accused|blamed|critici[sz]ed|called|"
                            r"advised|encouraged|informed|notified|briefed|consulted|requested)\b")
# A capital at odds with, on board with or in favour of something: a stance phrase after a copula ("Washington and
# Tehran are at odds over sanctions"); "Beirut was in darkness" stays a place.
_STANCE_PHRASE_AFTER = re.compile(r"\s+(?:(?:has|have|had|will|would|also|still|now|not|long)\s+){0,2}(?:is|are|was|were|"
                                  r"be|been|remains|remained|remain)\s+(?:not\s+|still\s+|now\s+|firmly\s+)?"
                                  r"(?:at\s+odds|on\s+board|in\s+favou?r\s+of|on\s+the\s+same\s+page)\b")
# A capital that has yet to answer ("Tehran has yet to respond", "Cairo is yet to comment"): a government's silence;
# "Gaza has yet to recover" stays a place.
_YET_TO_AFTER = re.compile(r"\s+(?:has|have|is|are|was|were)\s+yet\s+to\s+(?:respond|comment|react|reply|decide|"
                           r"announce|confirm|accept|agree|sign|approve|endorse|say|answer|acknowledge|ratify)\b")
# A capital as the object of a verb of judging at the end of its clause ("an HNC spokesman blamed Moscow.").
_JUDGE_BEFORE = re.compile(r"\b(?:blam|critici[sz]|condemn|accus|prais|thank|fault|denounc|rebuk|sanction|punish|"
                           r"pressur)[a-z]*\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[.;:!?,)]|$)")
# A modal and a verb after the capital ("London would continue", "Moscow will respond"): the government acts,
# unless the verb hosts or describes ("Doha will host", "Beirut could become").
_MODAL_AFTER = re.compile(r"\s+(?:would|will|could|should|can|might|must)\s+(?:not\s+|also\s+|still\s+)?([a-z]+)\b")


def _reported(text: str, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """Is the capital at ``start:end`` the subject of a reported clause that does not describe the city?"""
    if not (_REPORTED_BEFORE.search(text, max(sent_start, start - 40), start)
            or _REPORTED_THAT_BEFORE.search(text, max(sent_start, start - 90), start)):
        return False
    m = _CLAUSE_AFTER.match(text, end, sent_end)
    if m is None:
        return False
    words = [w for w in m.groups() if w]
    if re.fullmatch(_OPEN_QUOTE, words[0]):
        return True
    while words and words[0] in MODALS:
        words.pop(0)
    if not words or words[0] in FUNCTION_WORDS | CITY_VERBS:
        return False
    if words[0] in COPULAS:  # "said Washington was not aware", not "said Beirut was calm" or "... the capital"
        if len(words) > 1 and words[1] in PROSPECT_ADJECTIVES and m.group(2) == words[1]:
            to = _TO_VERB.match(text, m.end(2), sent_end)  # "say Moscow is likely to push", not "... to see rain"
            return to is not None and to.group(1) not in CITY_VERBS | COPULAS
        return len(words) > 1 and words[1] in STANCE_ADJECTIVES
    return True


def _seat_name(name: str) -> bool:
    return gz.is_seat(gz.lookup(name))


def _list_bounds(text: str, start: int, end: int, sent_start: int, sent_end: int) -> tuple[int, int]:
    """The start of the first and the end of the last seat of the list the mention at ``start:end`` is part of
    ("Moscow, Tehran and Ankara"), or its own bounds."""
    joined = False  # a list has one "and" ("Baghdad and Beirut, and Tehran warned" is two phrases)
    for _ in range(6):
        m = _ITEM_BEFORE.search(text, max(sent_start, start - 40), start)
        conj = m is not None and bool(re.search(r"\b(?:and|or)\b", text[m.end(1):m.end()]))
        if m is None or not _seat_name(m.group(1)) or conj and joined:
            break
        start, joined = m.start(1), joined or conj
    for _ in range(6):
        m = _ITEM_AFTER.match(text, end, sent_end)
        conj = m is not None and bool(re.search(r"\b(?:and|or)\b", text[end:m.start(1)]))
        if m is None or not _seat_name(m.group(1)) or conj and joined:
            break
        end, joined = m.end(1), joined or conj
    return start, end


def is_metonym(text: str, start: int, end: int, sent_start: int, sent_end: int, place: gz.Place) -> bool:
    """Is the mention ``text[start:end]`` of ``place`` (in the sentence ``sent_start:sent_end``) its government?

    >>> text = "Riyadh's role grew. Cairo's streets were calm."
    >>> is_metonym(text, 0, 6, 0, 19, gz.lookup("Riyadh")), is_metonym(text, 20, 25, 20, 46, gz.lookup("Cairo"))
    (True, False)
    """
    if not gz.is_seat(place):
        return False
    start, end = _list_bounds(text, start, end, sent_start, sent_end)  # "Moscow, Tehran and Ankara agreed"
    window = max(sent_start, start - 40)
    if _AGENT_AFTER.match(text, end, sent_end) and _AGENT_BEFORE.search(text, max(sent_start, start - 30), start):
        return True
    if _POLICY_BEFORE.search(text, max(sent_start, start - 30), start):
        return True  # "his maximum pressure policy on Tehran"
    if _RELATION_BEFORE.search(text, window, start):
        return True  # "cut ties with Tehran"
    if _MESSAGE_BEFORE.search(text, window, start) or _AGENT_BY_BEFORE.search(text, window, start):
        return True  # "the warnings from Ankara and Tehran", "the ceasefire brokered by Ankara and Moscow"
    if _JUDGE_BEFORE.search(text, max(sent_start, start - 30), start) and _CLAUSE_END.match(text, end, sent_end):
        return True  # "an HNC spokesman blamed Moscow."
    ing = _ING_AFTER.match(text, end, sent_end)
    if ing is not None and ing.group(1) in AGENT_ING or _PASSIVE_AFTER.match(text, end, sent_end) \
            or _YET_TO_AFTER.match(text, end, sent_end) or _STANCE_PHRASE_AFTER.match(text, end, sent_end):
        return True  # "Washington was working with", "Bern had been asked to"
    if _FOR_BEFORE.search(text, window, start) and _TO_VERB_AFTER.match(text, end, sent_end):
        return True  # "the need for Washington to use its influence"
    poss = _POSSESSIVE_AFTER.match(text, end, sent_end)
    if poss is not None and any((w or "").lower() in GOVERNMENT_POSSESSIONS for w in poss.groups()):
        return True  # "Riyadh's role", "Washington's diplomatic efforts"
    if _reported(text, start, end, sent_start, sent_end):
        return True  # "said Moscow had handed the opposition a draft"
    m = _METONYM_AFTER.match(text, end, sent_end)
    cop = _COPULA_AFTER.match(text, end, sent_end)
    own = _OWN_AFTER.match(text, end, sent_end)
    modal = _MODAL_AFTER.match(text, end, sent_end)
    if ((m is None or m.group(1) not in METONYM_VERBS) and (cop is None or cop.group(1) not in STANCE_ADJECTIVES)
            and (own is None or own.group(1) in HOST_VERBS or own.group(1) in FUNCTION_WORDS)
            and (modal is None or modal.group(1) in HOST_VERBS | COPULAS | CITY_VERBS | {"hold"})):
        return False
    before = LOWER_WORD.findall(text[max(sent_start, start - 20):start].lower())
    return not (before and before[-1] in _METONYM_BLOCK)
