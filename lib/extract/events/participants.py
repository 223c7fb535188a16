"""Participants: who acts (``actor1``), who is acted on (``actor2``), who hosts, and whether the movers are diplomats.

Idea: the nearest actor before the trigger acts, the first after it is acted on (a passive "by X" swaps them);
a hosting verb or "hosted by X" names the host. Troops, aid trucks and crowds make no visit or meeting. Those who
only tell of an event are no side of it: news agencies, embassies and "sources" (``lib/data/event_nonparticipants.csv``)
are never participants, and a body that comments on an act ("The UN condemned the Israeli shelling", "..., the UN
said") is not its actor: the side named at the act ("Israeli", "by Israeli forces") is.

Example:
    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Israeli troops arrived in Jenin.")
    >>> from lib.extract.events.triggers import find_triggers
    >>> _non_diplomatic(d.text, d.sentences[0], find_triggers(d, d.sentences[0])[0])
    True
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from lib.extract.events.text import DATA, NON_DIPLOMATIC, QUOTE_CHARS, VENUE_TYPES, _mask, _Spans, _words
from lib.extract.events.triggers import _Hit
from lib.models import Document, Mention, Sentence

# the subject of "is expected in X" is a person or a delegation, not a verdict or a storm
_PERSON_SUBJECT = re.compile(r"(?:\b(?:he|she|they|delegation|delegations|envoy|envoys|minister|ministers|president|"
                             r"officials|leaders|mediators|negotiators|team|secretary|chief|king|prince|emir)|"
                             r"\b[A-Z][\w’'-]*|,)\s+(?:also\s+)?(?:is|are|was|were|will\s+be|would\s+be)\s+(?:also\s+)?$")
# ... or the next predicate of a sentence whose subject is a personal pronoun ("He was holding talks with X and is due
# in Riyadh on Wednesday")
_AND_AUX = re.compile(r"\band\s+(?:also\s+)?(?:is|are|was|were|will\s+be|would\s+be)\s+(?:also\s+)?$")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She|They)\s")


def person_subject(text: str, sent: Sentence, start: int) -> bool:
    """Is the subject of the "is expected/due in" trigger at ``start`` a person or a delegation (``_PERSON_SUBJECT``;
    or a pronoun subject of the sentence, before "and is")?

    >>> t = "He met the emir and is due in Riyadh."
    >>> person_subject(t, Sentence(0, 0, len(t), t), t.index("due")), person_subject(
    ...     "The fee is due in May.", Sentence(0, 0, 22, "The fee is due in May."), 11)
    (True, False)
    """
    return bool(_PERSON_SUBJECT.search(text, sent.start, start)) or (
        bool(_AND_AUX.search(text, sent.start, start)) and bool(_PRONOUN_SUBJECT.match(text, sent.start)))


# the subject of "gathered" that makes it a meeting of leaders, not a crowd ("European leaders ... gathered with X")
_LEADER_SUBJECT = re.compile(r"\b(?:leaders|ministers|heads\s+of\s+(?:state|government)|envoys|diplomats|delegations|"
                             r"delegates|mediators|negotiators|presidents|monarchs|kings|premiers)\b", re.I)


def _leaders_subject(text: str, sent: Sentence, hit: _Hit) -> bool:
    """Is the clause before the trigger about leaders, ministers or envoys (not a crowd)?

    >>> t = "The truce came as European leaders, among them X and Y, gathered with Z at W."
    >>> s = Sentence(0, 0, len(t), t)
    >>> _leaders_subject(t, s, _Hit(s, t.index("gathered"), t.index("gathered") + 8, "gathered", None))
    True
    >>> t = "Thousands of protesters gathered at the square."
    >>> s = Sentence(0, 0, len(t), t)
    >>> _leaders_subject(t, s, _Hit(s, t.index("gathered"), t.index("gathered") + 8, "gathered", None))
    False
    """
    clause = re.split(rf"[;:{QUOTE_CHARS}]|\b(?:but|which|who|while|whereas|after|before|when|although|though|said|"
                      r"says)\b", text[sent.start:hit.start])[-1]
    return bool(_LEADER_SUBJECT.search(clause)) and not set(_words(clause)) & NON_DIPLOMATIC


NONPARTICIPANTS_CSV = DATA / "event_nonparticipants.csv"
NONPARTICIPANT_KINDS = ("agency", "embassy", "source")
# event types that are speech acts: their subject is their actor even with a reporting verb before them
SPEECH_ACTS = frozenset({"statement", "appeal", "demand", "rejection", "condemnation", "threat", "invitation"})


@lru_cache(maxsize=1)
def _nonparticipant_re() -> re.Pattern:
    with open(NONPARTICIPANTS_CSV, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return re.compile("|".join(f"(?:{r['pattern']})" for r in rows), re.I)


def non_participant(m: Mention) -> bool:
    """Is the actor mention one who only tells of events (a news agency, an embassy, "sources")?

    >>> non_participant(Mention.make("a", kind="actor", text="AFP", start=0, end=3, value="AFP"))
    True
    >>> non_participant(Mention.make("a", kind="actor", text="Russian Embassy", start=0, end=15, value="Kremlin"))
    True
    >>> non_participant(Mention.make("a", kind="actor", text="Hamas", start=0, end=5, value="Hamas"))
    False
    """
    pat = _nonparticipant_re()
    return bool(pat.fullmatch((m.value or "").strip()) or pat.fullmatch((m.text or "").strip()))


# the reporting and stance verbs (``lib/data/reporting_verbs.csv``, by its verb column) whose subject only tells of or
# judges an act ("The UN condemned the shelling", "medics said"); not those that perform or own it ("announced a
# halt", "declared a strike", "claimed the attack", "denied", "called for", "rejected")
COMMENT_VERBS = frozenset({"say", "add", "tell", "state", "stress", "emphasize", "affirm", "insist", "note", "explain",
                           "reiterate", "argue", "write", "tweet", "post", "comment", "warn", "condemn", "denounce",
                           "criticize", "welcome", "praise", "hail", "slam", "describe", "according to", "recall",
                           "acknowledge", "suggest", "underline", "point out", "remark", "assert", "reveal", "complain",
                           "allege", "recount", "reply", "answer", "quote"})


@lru_cache(maxsize=1)
def _comment_re() -> re.Pattern:
    """The forms of the comment verbs (``COMMENT_VERBS``): a subject of one of them comments on what follows."""
    with open(DATA / "reporting_verbs.csv", newline="", encoding="utf-8") as fh:
        forms = {f.strip() for r in csv.DictReader(fh) if r["verb"] in COMMENT_VERBS for f in r["forms"].split("|")}
    alt = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True) if f)
    return re.compile(rf"\b(?:{alt})\b")  # lower case: "United States" states nothing


# a pronoun or a collective noun in the reported clause refers back to the speaker ("Hamas said Monday it had
# accepted", "told Al Jazeera that the movement had agreed"): the speaker acts
_SPEAKER_AGAIN = re.compile(r"\b(?:it|they|he|she|we|its|their|his|her|the\s+(?:movement|group|government|ministry|"
                            r"organi[sz]ation|country|kingdom|army|military|faction|side|party|authority))\b", re.I)


def _commenter_cut(text: str, sent: Sentence, hit: _Hit) -> tuple[int, int] | None:
    """(where the comment verb before the trigger begins, where its reported clause begins): "The UN condemned |
    the Israeli shelling"; None when no comment verb stands between the clause start and the trigger."""
    last = None
    for m in _comment_re().finditer(text, sent.start, hit.start):
        last = m
    if last is None or re.search(rf"[;{QUOTE_CHARS}]", text[last.end():hit.start]):
        return None
    return last.start(), last.end()


def _side_named_at(text: str, lo: int, hi: int) -> str:
    """The faction of a nationality or body named in the few words of text[lo:hi] ("the Israeli", "Israeli
    forces"), or ''."""
    from lib.extract.actors import faction_of

    # "the Hamas-led attack": the leader's side; a bare "Palestinian" names no faction ("Palestinian attacks")
    words = [w for w in re.findall(r"[\w’'-]+", re.sub(r"-(?:led|run|backed|allied|affiliated)\b", " ", text[lo:hi]))[-3:]
             if not re.fullmatch(r"Palestinians?", w)]
    return faction_of(" ".join(words)) if words else ""


# a purpose or a new clause after the trigger: an actor beyond it is not acted on ("met in X in a bid to resume talks
# with Hamas")
_PURPOSE_OR_CLAUSE = r"\b(?:in\s+a\s+bid|in\s+order|aimed|aiming|while|whereas|because|amid|although)\b"


def _actors_for(doc: Document, sent: Sentence, hit: _Hit, actors: list[Mention]) -> tuple[str, str, str]:
    """(actor1, actor2, host) around a trigger (see the module doc)."""
    text = doc.text
    a1 = a2 = host = ""
    actors = [a for a in actors if not non_participant(a)]
    commented = hit.type not in VENUE_TYPES and hit.type not in SPEECH_ACTS
    verb = _commenter_cut(text, sent, hit) if commented else None
    cut = None
    before = [a for a in actors if a.end <= hit.start and not re.search(rf"[;{QUOTE_CHARS}]", text[a.end:hit.start])]
    if verb is not None and _SPEAKER_AGAIN.search(text, verb[1], hit.start):
        before = [a for a in before if a.end <= verb[0]]  # "Hamas told Qatar that the movement had agreed": Hamas
    elif verb is not None:
        cut = verb[1]
        before = [a for a in before if a.start >= cut]  # "The UN condemned the Israeli shelling": not the UN
    if before:
        a1 = before[-1].value
    speaker_after = re.compile(rf"\s+(?:(?:has|have|had|also)\s+)?(?:{_comment_re().pattern})")
    after = [a for a in actors if a.start >= hit.end and not re.search(
        rf"[;{QUOTE_CHARS}]|\b(?:said|says|told|according)\b|{_PURPOSE_OR_CLAUSE}", text[hit.end:a.start])
        and not (commented and speaker_after.match(text, a.end))]  # "..., the UN said": the teller
    if after:
        a2 = after[0].value
    # "were rejected by Hamas"; for an act: "the shelling of a school by X", "missiles launched by X"
    passive = re.compile(r"\s+(?:of\s+(?:(?!by\b)[\w’'-]+\s+){1,6}?|[a-z]+ed\s+(?:out\s+)?)?by\s+(?:the\s+)?"
                         r"(?:[\w’'-]+\s+){0,3}?")
    if after and passive.fullmatch(_mask(text, hit.end, after[0].start, [])) \
            and "host" not in hit.trig.flags and (commented or re.fullmatch(r"\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?",
                                                                         text[hit.end:after[0].start])):
        a1, a2 = after[0].value, (before[-1].value if before else "")  # passive: "were rejected by Hamas"
    elif commented and not a1:
        by = re.match(r"\s+(?:of\s+(?:(?!by\b)[\w’'-]+\s+){1,6}?)?by\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)", text[hit.end:sent.end])
        a1 = _side_named_at(by.group(1), 0, len(by.group(1))) if by else ""
        if not a1 and not re.search(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+$", text[sent.start:hit.start]):
            # "the Israeli shelling", "Israeli troops raided" (not a passive: "when Israelis are detained")
            a1 = _side_named_at(text, max(cut or sent.start, hit.start - 40, sent.start), hit.start)
    if "host" in hit.trig.flags:
        host = a1
    m = re.match(r"\s*(?:by|at the invitation of)\s+", text[hit.end:sent.end])
    if m and after and after[0].start <= hit.end + m.end() + 4 and re.search(r"host|invit", hit.text + text[hit.end:hit.end + m.end()], re.I):
        host = after[0].value
    hb = re.search(r"(?:hosted|sponsored|mediated|brokered)\s+by\s+$", text[sent.start:after[0].start] if after else "")
    if hb and after:
        host = after[0].value
    return a1, a2, host


def _non_diplomatic(text: str, sent: Sentence, hit: _Hit) -> bool:
    """Is the mover of a visit/meeting word a non-diplomatic noun (troops, aid trucks) just before it or in its
    "of" phrase?"""
    before = _words(text[max(sent.start, hit.start - 50):hit.start])[-4:]
    after = re.match(r"\s+of\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", text[hit.end:sent.end])
    words = set(before) | (set(_words(after.group(1))) if after else set())
    # a vehicle with its load as the subject: "buses carrying the released women and children arrived in X"
    load = re.search(r"\b([\w’'-]+)\s+(?:carrying|bringing|transporting|ferrying)\s+[^,;:]*$",
                     text[max(sent.start, hit.start - 120):hit.start])
    return bool(words & NON_DIPLOMATIC) or bool(load and load.group(1).lower() in NON_DIPLOMATIC)


def _actor_object(text: str, hit: _Hit, actors: list[Mention], spans: _Spans | None = None) -> bool:
    """Is an actor the object right after the trigger ("received Kamel", "welcomed his Israeli counterpart X")?
    A date and a locative phrase may come between, or an aside of them: "received on Monday at the palace
    Secretary X", "had received, in Ramallah at the end of last month, Secretary X". A personal
    pronoun refers back to a person ("Erdogan received him at the palace")."""
    if re.match(r"\s+(?:him|her)\b(?=\s*(?:[,.;]|$|(?:at|in|on|inside|for|with|during|upon|after|and)\b))",
                text[hit.end:hit.sent.end]):
        return True
    ms = spans.mask_spans() if spans is not None else []
    for a in actors:
        gap = _mask(text, hit.end, a.start, [m for m in ms if m[2] != "ACTOR"]) if a.start >= hit.end else ""
        gap = re.sub(r"^\s*,?\s*(?:(?:on|in|at|during)\s+)?DATE\s*,?", " ", gap, flags=re.I)
        gap = re.sub(r"^\s*,?\s*(?:at|in|inside)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|PLACE)\s+){1,4}"
                     r"(?:(?:on|in|at|during)\s+DATE\s*)?,?", " ", gap)
        if a.start >= hit.end and re.fullmatch(r"\s*(?:(?:his|her|their|the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?", gap) \
                and not re.search(r"\b(?:from|with|by|to|of|about|on|call|calls|letter|message|reports?)\b", gap, re.I):
            return True
    return False


# an envoy called home "for consultations": a diplomatic protest, not a meeting or visit at the place he is called to
_RECALL = re.compile(r"\b(?:recall(?:ed|s|ing)?|summon(?:ed|s|ing)?|call(?:ed|s|ing)?\s+(?:back|home)|"
                     r"(?:brought|bring|brings|bringing|ordered|orders)\s+(?:back|home)|withdr(?:ew|aw|awn|awing|aws))\b"
                     r"(?!\s+(?:that|how|when|what|where)\b)[^.;:!?]{0,140}?\bfor\s+(?:(?:urgent|further|immediate)\s+)?"
                     r"consultations?\b", re.I)
_ENVOY = re.compile(r"\b(?:ambassadors?|envoys?|charg[ée]s?\s+d['’]affaires|diplomats?|heads?\s+of\s+mission|"
                    r"consuls?(?:-general)?|high\s+commissioners?)\b", re.I)


def recalled_envoy(text: str, sent: Sentence, hit: _Hit) -> bool:
    """Is the trigger part of an envoy's recall "for consultations" ("the ambassador was summoned to Port Sudan for
    consultations", "was called back to Jerusalem for consultations")? Such a recall is a protest, no venue: the
    place is the envoy's capital, and no meeting is reported.

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.events.triggers import find_triggers
    >>> d = document_from_text("a", "Its ambassador was summoned to Khartoum for consultations.")
    >>> recalled_envoy(d.text, d.sentences[0], find_triggers(d, d.sentences[0])[0])
    True
    >>> d = document_from_text("a", "Egypt summoned the faction leaders to El Alamein for talks.")
    >>> recalled_envoy(d.text, d.sentences[0], find_triggers(d, d.sentences[0])[0])
    False
    """
    if not _ENVOY.search(text, sent.start, sent.end):
        return False
    return any(m.start() <= hit.start and hit.end <= m.end() for m in _RECALL.finditer(text, sent.start, sent.end))
