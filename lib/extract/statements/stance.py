"""Stance: what a statement does (threat, reject, condemn, welcome, demand, propose, agree, deny, neutral), from
its speech-act verb, else from cue words in what was said (``lib/data/stance_cues.csv``).

Idea: the stance of a statement is a cue plus its target. The strongest cue is the speech verb of its frame
("condemned", "denied", "welcomed"); a neutral verb ("said") leaves it to the words, whose cues carry a stance and a
form (column ``form`` of the CSV):

- ``act``: a verb of the act itself ("we reject", "accepted", "called for"); also read in the sentence before a
  participle ("Abbas rejected the plan, saying ..." -- the stance of "saying ...");
- ``judge``: a fixed expression of the speaker's judgement ("baseless", "unacceptable", "an important role"), read
  as a ``phrase`` but the speaker's even about another party ("Egypt is playing an important role");
- ``phrase``: a fixed expression ("pay the price", "will not allow", "baseless", "step in the right direction");
  a ``*`` in it stands for up to three words ("holds * responsible");
- ``future``: a harm verb that is a threat only after a marker of the speaker's intent (``INTENT``: "will",
  "would", "'ll", "going to", "vowed to", "ready to", "our choice is to", "we"): "we will respond", "Israel will
  pay", "our choice is to escalate" -- not "they responded", not "have paid a heavy price";
- ``conditional``: a sanction under the same marker of intent ("would veto", "will close its border", "would cut
  off"), a threat only when the words set a condition ("if", "unless", "as long as"): "would close its crossings if
  the vote went ahead" -- not "would close the crossings for the holiday";
- ``weak``: an evaluative word or a modal ("crime", "violations", "positive", "must", "demands") that counts only
  when nothing stronger is said, the first one in the text winning;
- ``target``: a noun of claims ("reports", "allegations", stance deny) that turns a rejection of it into a denial
  ("rejected the reports that ..."; "dismissed claims"), or of an act of violence ("killing", "murder", stance
  condemn) that turns a rejecting judgement of it into a condemnation ("the killing ... is unacceptable");
- a word in angle brackets is a word class of ``lib/data/stance_classes.csv`` ("<posadj> <goodnoun>": "a good
  step", "a historic achievement");
- ``block``: a phrase that holds a cue word but is no act ("strike a deal", "pay tribute", "respond to the
  proposal"): its words are blanked first.

A refusal of the speaker's side ("will not", "there will be no") is a weak rejection, unless the verb it negates is
a cue ("will not respond") or a ``block`` marks restraint ("would not seek"). A statement that opens with its act
("We welcome ..., even though it falls short") keeps it over a later cue of the other polarity; an act verb in
the frame governs the quote over a distant speech verb, and after "welcomed X and said: “…”" the quote's own cues
decide.
Negation (``NEGATORS`` up to three words before a cue, in the same clause) cancels a cue -- "did not condemn", "we will not respond"
-- except that a negated acceptance is a rejection ("will not agree to"); a cue that itself holds its negation
("will not hesitate", "not stand idly by") is read whole. Words in scare quotes after "so-called" are a topic,
not a cue, nor is an act word after a determiner ("the offer", "any support"); an act under a modal of obligation
is a demand ("Hamas must accept"). Precedence: the verb; then strong
cues (``act``, ``phrase``, ``future``) of the quote, then of its frame (the words between the verb and the quote),
in ``STANCE_ORDER`` (a denial or a threat over a condemnation, a rejection over an acceptance); then the act that
governs a participle -- an act verb, a fixed phrase or a reporting verb of stance ("Jordan ruled out ..., saying",
"Iran threatened ..., saying": the frame's act is the statement's, over a weak word in it); then weak cues of the
quote; then weak cues of the frame. Among weak cues the first wins, except that a condemning noun that is the
subject of an obligation right after it yields to that demand ("the aggression must end": ``_first_weak``).

An act verb that introduces a quote attributed after it ("Biden thanked Sisi and “…”, according to ...") frames
it, when the quote's own words carry no strong cue; a participle stating a position ("stressing the need for")
keeps its own demand over the act before it; a party expected to do what is asked of it ("Cairo expects Israel to
reopen ...", class ``askverb``) is a weak demand.
An act asked of a party ("urged both sides to comply") is a demand; a warning addressed to a named party ("warned
Hezbollah that") or set on a condition ("warned Iran faced military action if it refused") a threat; a capitalised imperative opening a sentence ("Stop the war") a weak demand; a condemning
judgement of a text or decision ("this ridiculous resolution") a rejection.

A quoted fragment takes the stance of its whole clause: after the quote's and the frame's strong cues, the frame,
the quote and the words after it to the clause's end (``tail``, ``clause_tail``) are read as one ("said Baghdad would
“take every step” to implement the agreement": agree). A refused act is no act ("refused to condemn"), a refused
acceptance a rejection.

Example: ``stance_of("said", "We will respond to any attack")`` is ``('threat', 'cue: We will respond')``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lib.extract.statements.cues import (  # noqa: F401 (FORMS, SLOT, STANCES, stance_cues: the cues' API, re-exported)
    CONDITION,
    FORMS,
    REFUSALS,
    SLOT,
    STANCE_ORDER,
    STANCES,
    _judges_violence,
    _negated,
    _negates_a_cue,
    _normalise,
    _targets_claims,
    cues_in,
    judgement,
    stance_cues,
    word_classes,
)
from lib.extract.statements.verbs import reporting_verbs

# a reporting verb of intent lends its intent to the words it reports ("vowed" + "to retaliate")
INTENT_VERBS = ("vowed", "vows", "vowing", "pledged", "pledges", "pledging", "promised", "promises", "threatened",
                "threatens", "warned", "warns")
# a warning addressed to a named party is a threat ("warned Hezbollah not to", "warns Washington that"); a warning
# of consequences ("warned that the war would spread", "warned on Monday") is not
WARNINGS = ("warned", "warns", "warning")
WARNED_PARTY = re.compile(r"\s*(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                          r"March|April|May|June|July|August|September|October|November|December|That|On|In|Of)\b)"
                          r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?:\s+(?:that|not|to|against|of)\b|\s*$)")
# a reporting verb that is a participle or a description hands the stance to the act verb before it
# ("adding", "noting": a verb that adds a statement of its own, governed by nothing before it)
GOVERNED = re.compile(r"(?:(?<!^add)(?<!^not)ing|^called|^calls|^described|^describes|^termed)$")
# a participle that states a position of its own keeps its own demand over the act before it ("Qatar welcomed the
# truce, stressing the need for ...": a demand)
POSITION_PARTICIPLE = re.compile(r"^(?:stressing|emphasi[sz]ing|underlining|underscoring|reiterating|affirming|"
                                 r"reaffirming|insisting)$")


def _conditional_warning(words: str) -> bool:
    """Whether a warning sets a condition ("if", "unless", "as long as") and names no impersonal doom (class
    ``doom``: "catastrophe", "abyss", "chaos" ...): "warned that Iran faced military action if it refused to
    negotiate" is a threat; "warned that the region would slide into chaos if the war went on" foresees a harm.

    >>> _conditional_warning("sites would be hit very hard if Iran attacked")
    True
    >>> _conditional_warning("the region would slide into chaos if the war went on")
    False
    """
    q = _normalise(words)
    doom = set(word_classes().get("doom", ()))
    return bool(CONDITION.search(q)) and not any(w in doom for w in q.split())


POSITIVE = ("welcome", "agree", "propose")
# the words before a speech act that opens the statement ("We welcome", "The Kingdom strongly condemns")
OPENING_ACT = re.compile(r"^\W*(?:(?:we|i|the\s+\w+|\w+)\s+)?(?:\w+ly\s+)?$", re.I)


def _judges_a_text(words: str, a: int, b: int) -> bool:
    """Whether a condemning word at ``words[a:b]`` judges a text or a decision (class ``textnoun``) named within
    four words before or after it: "this ridiculous resolution", "a very disappointing decision" -- criticism of a
    text the speaker opposes is a rejection; criticism of an act stays a condemnation."""
    nouns = set(word_classes().get("textnoun", ()))
    near = re.findall(r"\w+", words[:a].lower())[-4:] + re.findall(r"\w+", words[b:].lower())[:4]
    return any(w in nouns for w in near) and not _judges_violence(words, a, b)


def _retarget(words: str, a: int, st: str, form: str, w: str) -> str:
    """The stance of a judgement by its target: a rejecting one of violence condemns, a condemning one of a text
    rejects."""
    if st == "reject" and form == "judge" and _judges_violence(words, a, a + len(w)):
        return "condemn"
    if st == "condemn" and form in ("judge", "weak", "phrase") and _judges_a_text(words, a, a + len(w)):
        return "reject"
    return st


def _strong(words: str) -> tuple[str, str] | None:
    found = [(_retarget(words, a, st, form, w), w, a) for a, st, form, w in cues_in(words)
             if form in ("act", "phrase", "judge", "future")]
    got, at = None, 0
    for st in STANCE_ORDER:
        for s, w, a in found:
            if s == st and got is None:
                got, at = (("deny", w) if s == "reject" and _targets_claims(words, a + len(w)) else (s, w)), a
    acts = [(st, w, a) for a, st, form, w in cues_in(words) if form == "act"]
    if got and acts and OPENING_ACT.match(words[:acts[0][2]]) and acts[0][0] != got[0] and (
            (acts[0][0] in POSITIVE) != (got[0] in POSITIVE) or at < acts[0][2]
            or not re.search(r"[,;:]|\s(?:and|but|while)\s", words[acts[0][2]:at])):
        # the statement opens with its act ("We welcome the resolution, even though it falls short"): that act,
        # not the criticism after it, nor a cue in its own object ("Egypt welcomes the positive response of Hamas")
        # or before it ("categorically rejects"); a second act joined to it ("opposes and condemns") is its own
        st, w, a = acts[0]
        return ("deny", w) if st == "reject" and _targets_claims(words, a + len(w)) else (st, w)
    return got


def _governing(lead: str) -> tuple[str, str] | None:
    """The last speech act with a stance in the words before a participle: an act or a fixed phrase ("Egypt
    welcomed the deal, ", "Jordan ruled out taking in refugees, ") or a reporting verb of stance ("Iran
    threatened to close the strait, ")."""
    best = None
    for a, st, form, w in cues_in(lead):
        if form in ("act", "phrase") and (best is None or a >= best[0]):
            best = (a, st, w)
    verbs = reporting_verbs()
    for m in re.finditer(r"\w+", lead):
        v = verbs.get(m.group(0))
        if v is not None and v.stance != "neutral" and (best is None or m.start() > best[0]) \
                and not _negated(_normalise(lead), m.start(), m.group(0), lead) \
                and not (m.group(0).lower() in REFUSALS and _negates_a_cue(_normalise(lead[m.end():]))):
            best = (m.start(), v.stance, m.group(0))
    if best is None:
        return None
    a, st, w = best
    if st == "reject" and _targets_claims(lead, a + len(w)):
        st = "deny"
    return st, w


# a new subject after the act: the act is another clause's ("Hamas accepted the terms and Israel said")
NEW_SUBJECT = re.compile(r"\b(?:and|but|while|as|after|before|when|where|which|who)\s+[A-Z]|[,;:.!?]")


def _framing_act(lead: str) -> tuple[str, str] | None:
    """The act verb that introduces a quote right after it, in the last clause of the words before the quote
    ("Biden thanked Sisi and “…”", "Iran condemned the strike as “…”, the ministry said"): up to eight words
    before the quote, no new subject or punctuation between; ``None`` if there is none."""
    acts = [(a, st, w) for a, st, form, w in cues_in(lead) if form == "act"]
    if not acts:
        return None
    a, st, w = acts[-1]
    after = lead[a + len(w):]
    if len(after.split()) > 8 or NEW_SUBJECT.search(after) or st == "demand":
        return None
    return ("deny" if st == "reject" and _targets_claims(lead, a + len(w)) else st), w


def _said_again(frame: str) -> bool:
    """Whether the frame holds a second, neutral verb of saying after 'and' ("welcomed the deal and said: "): the
    quote is that verb's, not the speech act's."""
    verbs = reporting_verbs()
    for m in re.finditer(r"(?i)\band\s+((?:\w+\s+){0,2}\w+)", frame):
        for w in m.group(1).split():
            v = verbs.get(w.lower())
            if v is not None and v.kind == "say" and v.stance == "neutral":
                return True
    return False


# where the clause of a fragment ends after its closing quote mark: punctuation, another quote, a new clause
TAIL_END = re.compile(r"[,;:.!?“”\"«»()\[\]]|\s(?:and|but|while|whereas|as|after|before|because|although|though|when|"
                      r"which|who|where|if|unless|until)\s|\s[-–—]\s")


def clause_tail(text: str, at: int, end: int) -> str:
    """The words after a fragment's closing mark at ``at`` that are still its clause (up to ``end``, the sentence's
    end): "said Baghdad would “take every step” | to implement the agreement|, and ..." -- cut at punctuation,
    another quote, a conjunction or a relative pronoun, at most twelve words.

    >>> clause_tail("said it would “act” to implement the deal, the minister said", 18, 61)
    '  to implement the deal'
    """
    rest = text[at:end]
    close = re.match(r"[”\"’»']*", rest).end()  # the fragment's own closing mark
    rest = " " * close + rest[close:]
    m = TAIL_END.search(rest)
    rest = rest[:m.start()] if m else rest
    words = list(re.finditer(r"\S+", rest))
    return rest[:words[11].end()] if len(words) > 12 else rest


def _own_frame(frame: str) -> str:
    """The words of a frame after an earlier quote in it, when they hold an act verb of their own: a later fragment
    introduced by its own act ("said the truce was “a welcome development” and urged both sides “…”": ' and urged
    both sides ') is governed by that act, not by the earlier fragment's words; a chain of fragments with no act
    between ("was “a historic achievement”, “a model …”", "“a first step” and that it was incumbent on all to
    work for “…”") keeps the whole frame."""
    body = re.sub(r"\s*[“\"«‘']\s*$", "", frame)
    last = max(body.rfind(c) for c in "”\"»")
    if last < 0:
        return frame
    rest = frame[last + 1:]
    return rest if any(form == "act" for _a, _s, form, _w in cues_in(rest)) else frame


def _first_weak(found: list[tuple[int, str, str]], words: str) -> tuple[int, str, str]:
    """The weak cue that decides: the first in the text, unless it is a condemning noun that is the subject of an
    obligation right after it ("the aggression must end", "the occupation's aggression on Gaza should stop"): the
    wrong names what is to end, the statement demands it.

    >>> _first_weak([(4, "condemn", "aggression"), (15, "demand", "must")], "the aggression must end")[1]
    'demand'
    """
    first = min(found)
    if first[1] == "condemn":
        for b, st, c in sorted(found):
            if st == "demand" and b > first[0] and re.fullmatch(r"\s+(?:(?!(?:and|but|or|while|that|which|who)\s)[\w'’]+\s+){0,2}", words[first[0] + len(first[2]):b]):
                return b, st, c
    return first


def stance_of(verb: str, quote: str, frame: str = "", lead: str = "", before: str = "",
              tail: str = "") -> tuple[str, str]:
    """(stance, evidence) of a statement: from its reporting ``verb``; else from strong cues in the ``quote``, then
    in its ``frame`` (the words between the verb and a quote), then in the clause as a whole (frame, quote and
    ``tail``, the words after a fragment to its clause's end); else from the act in the ``lead`` (the sentence
    before the verb) when the verb is a participle; else from weak cues in the quote; else from weak cues in the
    frame; else from weak cues in the tail. Evidence is ``verb: <verb>``, ``cue: <words>`` or ``lead: <verb>``.

    >>> stance_of("said", "the utmost restraint", "Israel must exercise")
    ('demand', 'cue: must')
    >>> stance_of("said", "We strongly oppose these unilateral actions")
    ('reject', 'cue: oppose')
    >>> stance_of("condemned", "the decision")
    ('condemn', 'verb: condemned')
    >>> stance_of("rejected", "reports that talks had collapsed")
    ('deny', 'verb: rejected')
    >>> stance_of("saying", "not for sale", "Jerusalem was", "Abbas rejected the plan, ")
    ('reject', 'lead: rejected')
    >>> stance_of("said", "talks went well")
    ('welcome', 'cue: went well')
    >>> stance_of("said", "talks would resume next week")
    ('neutral', '')
    >>> stance_of("lauded", "long overdue")
    ('welcome', 'verb: lauded')
    """
    verb = re.sub(r"\s+", " ", verb)
    frame = _own_frame(frame)
    v = reporting_verbs().get(verb)
    if v is not None and v.stance != "neutral":
        near = [(a, st, w) for a, st, form, w in cues_in(frame) if form == "act"]
        if near and near[-1][1] != v.stance:  # a nearer act verb governs the quote ("condemned X and rejected “…”")
            return near[-1][1], f"cue: {near[-1][2]}"
        if _said_again(frame):  # "welcomed the resolution and said: “…”": the words say what they do, if anything
            got = stance_of("said", quote, frame)
            if got[0] != "neutral":
                return got
        if v.stance == "reject" and _targets_claims(frame + " " + quote, 0):
            return "deny", f"verb: {verb}"
        return v.stance, f"verb: {verb}"
    if verb in WARNINGS and (WARNED_PARTY.match(frame) or _conditional_warning(f"{frame} {quote}")):
        # "warned Hezbollah that “…”": a warning to a party; "warned Iran would face military action if it refused":
        # a warning on a condition
        return "threat", f"verb: {verb}"
    own = [(st, w) for _a, st, form, w in cues_in(verb) if form == "act"] if v is None and verb else []
    if own:  # a verb of an act that is no reporting verb frames the words ("lauded X as “...”", "blamed X for")
        st = "deny" if own[0][0] == "reject" and _targets_claims(frame + " " + quote, 0) else own[0][0]
        return st, f"verb: {verb}"
    if verb in INTENT_VERBS:  # "vowed to retaliate": the verb's intent, the harm in the words after it
        if frame.strip():
            frame = f"{verb} {frame}"
        else:
            quote = f"{verb} {quote}"
    for words in (quote, frame):
        got = _strong(words)
        if got:
            return got[0], f"cue: {got[1]}"
    if tail.strip() or frame.strip():  # the clause as a whole: "would “take every step” to implement the deal"
        got = _strong(frame + quote + tail)
        if got:
            return got[0], f"cue: {got[1]}"
    framing = _framing_act(before) if before.strip() else None
    if framing:  # "Biden thanked Sisi and “…”, according to ...": the act that introduces the quote
        return framing[0], f"lead: {framing[1]}"
    weak_quote, weak_frame = ([(a, _retarget(w, a, st, form, c), c) for a, st, form, c in cues_in(w) if form == "weak"]
                              for w in (quote, frame))
    if lead and GOVERNED.search(verb or "x") and not (weak_quote and min(weak_quote)[1] == "demand"
                                                      and POSITION_PARTICIPLE.match(verb)):
        # the act that frames the statement over a weak word of it
        got = _governing(lead)
        if got:
            return got[0], f"lead: {got[1]}"
    if weak_quote:
        got = _first_weak(weak_quote, quote)
        return got[1], f"cue: {got[2]}"
    if weak_frame:
        got = _first_weak(weak_frame, frame)
        return got[1], f"cue: {got[2]}"
    weak_tail = [(a, _retarget(tail, a, st, form, c), c) for a, st, form, c in cues_in(tail) if form == "weak"] \
        if tail.strip() else []
    if weak_tail:  # "said the “targeting of civilians” violated international law"
        got = _first_weak(weak_tail, tail)
        return got[1], f"cue: {got[2]}"
    return "neutral", ""


@lru_cache(maxsize=1024)
def _cue_rx(words: str) -> re.Pattern:
    """A cue's words as a whole-word, case-insensitive pattern, compiled once per cue (re's own cache is too small
    for every pattern of the extractors, so these were compiled again and again)."""
    return re.compile(rf"(?i)(?<!\w){words}(?!\w)")


def stance_span(text: str, q_start: int, q_end: int, verb: str, vpos: int, evidence: str,
                lead_start: int | None = None, tail_end: int | None = None) -> tuple[int, int]:
    """Where the stance evidence stands in the text: the reporting verb, the cue inside the quote or its frame, or
    the governing verb in the lead (from ``lead_start``); (0, 0) if none.

    >>> t = "Hamas said: we reject the plan"
    >>> a, b = stance_span(t, 12, len(t), "said", 6, "cue: reject"); t[a:b]
    'reject'
    >>> stance_span(t, 12, len(t), "said", 6, "")
    (0, 0)
    """
    kind, _, cue = evidence.partition(": ")
    if kind == "verb" and text[vpos:vpos + len(verb)] == verb:
        return vpos, vpos + len(verb)
    if cue:
        words = r"\W+".join(re.escape(w) for w in re.findall(r"\w+", cue))
        areas = [(q_start, q_end), (min(vpos, q_start), q_start), (min(vpos, q_start), q_end)]  # quote, frame, both
        if tail_end is not None and tail_end > q_end:  # and the rest of the fragment's clause
            areas += [(min(vpos, q_start), tail_end)]
        if kind == "lead" and lead_start is not None:
            areas = [(lead_start, min(vpos, q_start))]
        for a, b in areas:
            ms = list(_cue_rx(words).finditer(text[a:b])) if words else []
            if ms:
                m = ms[-1] if kind == "lead" else ms[0]
                return a + m.start(), a + m.end()
    return 0, 0
