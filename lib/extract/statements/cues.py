"""Stance cues: the words of ``lib/data/stance_cues.csv`` and ``stance_classes.csv`` compiled, and where they
stand in a text, each with its stance and form, negated or turned as its context says.

Idea: a cue is a family of phrasings, not one sentence's words -- a word in angle brackets names a word class, ``*``
a gap of up to three words, a negation matches in all its forms; ``stance.py`` decides between the cues found here.
Approach: every cue becomes one regex over a normalised text (lower case, non-word characters as spaces, so
offsets stay the text's), run only when its key word occurs; ``cues_in`` lists the cues found, drops those inside
longer ones, nouns after a determiner and passives, cancels negated ones (a negated acceptance is a rejection)
and turns acts under a modal of obligation into demands.

Example: ``cues_in("We did not condemn it, but we will not agree to that")`` holds one cue, a rejection
(``agree`` negated); the condemnation is cancelled.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from lib.extract.statements.verbs import DATA

STANCES = ("threat", "reject", "condemn", "welcome", "demand", "propose", "agree", "deny", "neutral")
# among strong cues, the first stance found in this order wins
STANCE_ORDER = ("deny", "threat", "condemn", "reject", "agree", "welcome", "propose", "demand")
FORMS = ("act", "phrase", "judge", "future", "conditional", "weak", "target", "block")
# a sanction promised on a condition is a threat ("would close its crossings if the vote went ahead", "if there is no
# deal, we will go into Rafah"): a ``conditional`` cue counts, as a ``future`` one, only with one of these in the words;
# "any legislation that", "anyone who" set the condition of a relative clause ("would veto any bill that blocked it")
CONDITION = re.compile(r"(?:^|\s)(?:if|unless|as long as|in case|in the event|otherwise|or else)\s"
                       r"|(?:^|\s)any(?:one|body)?\s+(?:\w+\s+){0,3}?(?:that|who|which)\s")

# words that cancel a cue up to three words after them ("did not condemn", "won't respond", "no one will accept")
NEGATORS = ("not", "never", "no", "cannot", "without", "nor", "neither", "hardly")
# a negated acceptance or support is a rejection ("will not agree to", "we do not support any plan that ...")
NEGATED_TO_REJECT = ("support", "supports", "supporting", "endorse", "endorses")
# an act under these modals is demanded of someone, not done ("Hamas must accept", "Israel should stop")
DEONTIC = re.compile(r"(?:^|\s)(?:must|should|has to|have to|needs? to|needed to|ought to|is required to)\s+(?:\w+\s+)?$")
# an act asked of a party is demanded, not done ("urged both sides to comply with it", "called on Hamas to accept")
DIRECTIVE = re.compile(r"(?:^|\s)(?:urge|urges|urged|urging|call on|calls on|called on|calling on|call upon|calls upon|"
                       r"called upon|asked|asks|pressed|presses|pressing|appealed to|appeals to)\s+(?:\w+\s+){1,5}?"
                       r"to\s+(?:\w+\s+)?$")
# an act word after these or after a preposition is a noun naming a topic ("the offer", "any support", "Israel's
# demands", "for praise"), not the act;
# a possessive pronoun may be the speaker's own ("repeated his call for"); up to two modifiers of time or of a
# nationality may stand between ("the latest Israeli offer"), not a noun ("the ministry offered")
MODIFIER = r"(?:latest|new|last|recent|final|revised|initial|previous|current|draft|us|arab|french|\w+(?:ian|i|ese|ish|can))"
DETERMINER = re.compile(rf"(?:^|\s)(?:the|a|an|this|that|these|those|any|such|s)\s+(?:{MODIFIER}\s+){{0,2}}$"
                        r"|(?:^|\s)(?:for|of|in|with|without|by|from)\s+$")  # "doing this for praise": a noun
# the speaker's intent before a harm verb (up to two words between: "will certainly respond", "we too will hit")
INTENT = ("will", "would", "shall", "ll", "going to", "vow to", "vows to", "vowed to", "pledged to", "pledges to",
          "promised to", "threatened to", "threatens to", "determined to", "ready to", "prepared to", "intend to",
          "intends to", "choice is to", "option is to", "decided to", "we", "i")
# quoted words after these are a topic, not the speaker's cue ("the so-called 'peace plan'")
SCARE = re.compile(r"(?i)\bso[- ]called\s+([\"“‘'])[^\"”’']{1,80}[\"”’']")
# up to n words, none a negator, between the parts of a cue ("will certainly respond", not "will not respond")
GAP = r"(?:(?!(?:not|never|no|t)\s)\w+\s+){{0,{}}}?"
NEG_FORMS = {"will not": r"(?:will not|won t|will never)", "cannot": r"(?:cannot|can not|can t)",
             "not": r"(?:not|\w*n t|never)",
             **{f"{aux} not": rf"(?:{aux} not|{aux}n t|{aux} never)" for aux in (
                 "would", "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "could", "should")}}


SLOT = re.compile(r"^<(\w+)>$")
# a harm word right after a determiner is a noun, the object of another act ("we condemn this attack")
NOT_AFTER_DETERMINER = "".join(rf"(?<!\b{d}\s)" for d in ("the", "a", "an", "any", "this", "that", "these", "those",
                                                            "such", "every", "each"))


@lru_cache(maxsize=1)
def word_classes() -> dict[str, tuple[str, ...]]:
    """class -> its words, from ``lib/data/stance_classes.csv``: a cue names a class in angle brackets for any of
    them ("<posadj> <goodnoun>" is "a good step", "a historic achievement", "a real opportunity" ...), so a cue is a
    family of phrasings, not one sentence's words."""
    out: dict[str, list[str]] = {}
    with open(DATA / "stance_classes.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(r["class"].strip(), []).append(r["word"].strip().lower())
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def stance_cues() -> tuple[tuple[str, str, str], ...]:
    """(cue, stance, form) rows from ``lib/data/stance_cues.csv``."""
    with open(DATA / "stance_cues.csv", newline="", encoding="utf-8") as fh:
        return tuple((r["cue"].strip().lower(), r["stance"].strip(), r["form"].strip()) for r in csv.DictReader(fh))


def _pattern(cue: str) -> str:
    """The regex of a cue over normalised text (lower case, non-word characters as spaces): words joined by spaces,
    ``*`` a gap of up to three words, a negation in any of its forms ("will not", "won't", "will never")."""
    tokens, out, i = cue.split(), [], 0
    while i < len(tokens):
        pair = " ".join(tokens[i:i + 2])
        if pair in NEG_FORMS:
            out.append(NEG_FORMS[pair] + " ")
            i += 2
            continue
        w = tokens[i]
        slot = SLOT.match(w)
        if slot:  # a word class: any of its words or phrases
            alts = sorted(word_classes()[slot.group(1)], key=len, reverse=True)
            out.append("(?:" + "|".join(re.escape(a).replace(r"\ ", " ") for a in alts) + ") ")
        else:
            out.append(GAP.format(3) if w == "*" else NEG_FORMS.get(w, re.escape(w)) + " ")
        i += 1
    return "".join(out).rstrip(" ").replace(" ", r"\s+")


def _key(cue: str) -> str:
    """A word every match of the cue holds (the longest word outside a negation): the cue's regex runs only on
    texts with that word. ``_key("will not accept")`` is ``'accept'``."""
    tokens = cue.split()
    neg = {i for i, w in enumerate(tokens) if w in NEG_FORMS}
    for i in range(len(tokens) - 1):
        if f"{tokens[i]} {tokens[i + 1]}" in NEG_FORMS:
            neg |= {i, i + 1}
    return max((w for i, w in enumerate(tokens) if i not in neg and w != "*" and not SLOT.match(w)), key=len,
               default="")


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[re.Pattern, str, str, str, str], ...]:
    """(regex, cue, stance, form, key word) of every cue."""
    intent = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(INTENT, key=len, reverse=True))
    # "steps that would escalate": a consequence in a relative clause, not the speaker's intent
    intent = intent.replace("would", r"(?<!that\s)(?<!which\s)would")
    out = []
    for cue, stance, form in stance_cues():
        body = _pattern(cue)
        if form in ("future", "conditional"):  # "will respond", "we too will hit back"; not "we want the fighting"
            # on a condition a possibility is a promise too ("could host talks if both sides agreed")
            marker = intent + r"|(?<!that\s)(?<!which\s)(?:could|can)" if form == "conditional" else intent
            body = rf"(?:{marker})\s+{GAP.format(2)}{NOT_AFTER_DETERMINER}{body}"
        out.append((re.compile(rf"(?<!\w){body}(?!\w)"), cue, stance, form, _key(cue)))
    return tuple(out)


def _candidates(q: str):
    """The compiled cues whose key word occurs in the normalised text ``q`` (in ``_compiled``'s order)."""
    keyless, by_key = _key_index()  # a cue of negators only ("will not") has no key
    found = [i for k in by_key.keys() & q.split() for i in by_key[k]]
    found.extend(keyless)
    found.sort()
    cs = _compiled()
    return [cs[i] for i in found]


@lru_cache(maxsize=1)
def _key_index() -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """(positions in ``_compiled`` of the cues with no key word, {key word: positions of its cues}): the candidates
    of a text by a look-up per key word instead of a test per cue."""
    keyless, by_key = [], {}
    for i, c in enumerate(_compiled()):
        (by_key.setdefault(c[4], []) if c[4] else keyless).append(i)
    return tuple(keyless), {k: tuple(v) for k, v in by_key.items()}


# a cue a few words after "if"/"unless" names the condition, not the promise ("if both sides agreed")
IN_CONDITION = re.compile(r"(?:^|\s)(?:if|unless|as long as)\s+(?:\w+\s+){0,3}$")
# words that open a new clause between a negator and a cue: the negation stays in its own clause
CLAUSE_JOIN = re.compile(r"\s(?:and|but|while|whereas|although|though)\s")
# a refusal of an act negates it ("refused to condemn", "declined to endorse", "stopped short of condemning"): a
# refused act is no act, a refused acceptance a rejection; the refusal verb is then no cue of its own
REFUSALS = ("refused", "refuses", "refusing", "declined", "declines", "declining")
REFUSAL = r"(?:" + "|".join(REFUSALS) + r")\s+to|(?:stopped|stops|stopping)\s+short\s+of"
_NEG = re.compile(r"(?:^|\s)(?:" + "|".join(NEGATORS) + r"|\w+n t)\s+(?:\w+\s+){0,2}$"
                  r"|(?:^|\s)(?:" + REFUSAL + r")\s+(?:\w+\s+)?$")


def _normalise(words: str) -> str:
    """Lower case with every non-word character a space: the same length, so a match's offsets are the text's.
    Words in scare quotes and phrases that only look like cues (``block``: "strike a deal", "respond to the
    proposal") are blanked."""
    words = SCARE.sub(lambda m: " " * len(m.group(0)), words)
    q = re.sub(r"[^\w]", " ", words.lower())
    for rx, _cue, _stance, form, _k in _candidates(q):
        if form == "block":
            q = rx.sub(lambda m: " " * len(m.group(0)), q)
    return q


def _negated(q: str, start: int, cue: str, words: str = "") -> bool:
    """Whether a negator up to three words before ``start`` governs the cue: not across a clause ("the amendments
    were not new and accused Washington" -- the accusation stands; "no aid, but we welcome")."""
    if re.match(r"(?:not|never|no|cannot|will not|would not)\b", cue):
        return False
    m = _NEG.search(q[:start])
    if m is None:
        return False
    between = q[m.start():start]
    return not (CLAUSE_JOIN.search(between) or re.search(r"[,;:.!?]", words[m.start():start]))


@lru_cache(maxsize=4096)
def cues_in(words: str) -> tuple[tuple[int, str, str, str], ...]:
    """(position, stance, form, matched words) of every cue in ``words`` that is not negated (a negated acceptance
    is a rejection), longest match first at one position.

    >>> [(st, w) for _, st, _, w in cues_in("We did not condemn it, but we will not agree to that")]
    [('reject', 'agree')]
    """
    q = _normalise(words)
    found: list[tuple[int, str, str, str]] = []
    taken: list[tuple[int, int]] = []
    cancelled: list[int] = []  # where a negated cue stands
    negated: list[int] = []  # where a negated cue stands, cancelled or turned into a rejection
    hits = []
    for rx, cue, stance, form, _k in _candidates(q):
        for m in rx.finditer(q):
            hits.append((form == "weak", m.start(), -(m.end() - m.start()), m.end(), cue, stance, form))
    # strong cues take their words first: a weak "will not" never hides "not stand idly by"
    for _, a, _, b, cue, stance, form in sorted(hits):
        if form == "conditional":  # a sanction counts only on a condition: "would close the crossings if ..."
            if not CONDITION.search(q):
                continue
            form = "future"
        if any(x <= a < y or x < b <= y for x, y in taken):
            continue  # inside a longer cue ("will not accept" holds "accept")
        if form != "target":  # a target noun only names what a cue judges: it hides no cue around it
            taken.append((a, b))
        if form == "act" and DETERMINER.search(q[:a]):
            continue  # a noun: "accepted the offer", "rejected the demands"
        if form == "act" and re.match(r"\s+by\s", q[b:b + 5]):
            continue  # a passive: the act of the party after "by" ("was endorsed by the Security Council")
        if _negated(q, a, cue, words):
            negated.append(a)
            if (stance != "agree" and cue not in NEGATED_TO_REJECT) or form not in ("act", "phrase") \
                    or re.match(r" by ", q[b:b + 4]) or (re.match(r" (?:on|with) ", q[b:b + 6]) and cue.startswith("agree")):
                # a passive; "will not agree on everything" (not "will not make concessions on Jerusalem")
                cancelled.append(a)
                continue
            stance = "reject"
        elif (form in ("act", "future") or stance == "agree") and stance != "demand" \
                and (DEONTIC.search(q[:a]) or DIRECTIVE.search(q[:a])):
            stance = "demand"
        found.append((a, stance, form, words[a:b]))
    # "refused to condemn": the refusal is of that act, no rejection of its own
    found = [f for f in found if not (f[3].lower() in REFUSALS
                                      and any(0 < c - f[0] - len(f[3]) <= 14 for c in negated))]
    # the act of another party named in a condition ("could host a meeting if both sides agreed") is not the
    # speaker's when the speaker's own promise stands before it
    conds = [a for a, _st, form, _w in found if form != "weak" and IN_CONDITION.search(q[:a])]
    if conds and any(form in ("future", "act", "phrase") and a < min(conds) for a, _s, form, _w in found):
        found = [f for f in found if f[0] not in conds]
    found += _imperatives(words)
    found += _expectations(words)
    # a weak negation ("will not") whose verb is a cue says no more than that cue's own negation: "we will not
    # respond", "we won't retaliate" are no threat and no rejection
    found = [f for f in found if not (f[2] == "weak" and f[1] == "reject" and _negates_a_cue(q[f[0] + len(f[3]):]))]
    return tuple(sorted(found))


def _imperatives(words: str) -> list[tuple[int, str, str, str]]:
    """A sentence of the words that opens, capitalised, with a verb of the class ``imperative`` and an object is a
    weak demand ("Stop the war, stop the killing.", "Open the crossings now"); not a fragment in lower case ("said
    it would “open the crossings”") nor a noun ("End of the talks")."""
    verbs = "|".join(word_classes().get("imperative", ()))
    if not verbs:
        return []
    rx = re.compile(rf"(?:^|[.!?:;]\s+)\W*((?:{verbs}))\s+(?:the|all|this|these|it|them|our|your|their|now|at|\w+ing)\b",
                    re.I)
    return [(m.start(1), "demand", "weak", m.group(1)) for m in rx.finditer(words) if m.group(1)[0].isupper()]


@lru_cache(maxsize=1)
def _expectation() -> re.Pattern:
    """A party expected to do what is asked of it (a verb of the class ``askverb``): "Cairo expects Israel to
    reopen the crossing", "expected Hamas to release the hostages"; not a forecast ("we expect Hamas to fire more
    rockets", "expects Israel to retaliate") nor a thing expected ("we expect the negotiations to take days")."""
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(word_classes().get("askverb", ()), key=len,
                                                                        reverse=True))
    return re.compile(rf"\bexpect(?:s|ed|ing)?\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+to\s+(?:{verbs})\b")


def _expectations(words: str) -> list[tuple[int, str, str, str]]:
    """Weak demands: a party expected to do what is asked of it (see ``_expectation``)."""
    return [(m.start(), "demand", "weak", m.group(0)) for m in _expectation().finditer(words)]


@lru_cache(maxsize=1)
def _bare() -> tuple[re.Pattern, ...]:
    """The cues of an act or a harm without their intent ("respond", "retaliate", "accept"), matched at a start; not
    a participation or an offer promised ("take part in", "fund"), whose refusal ("we will not take part", "would not
    fund") stays a rejection."""
    return tuple(re.compile(_pattern(c) + r"(?!\w)") for c, s, f in stance_cues()
                 if f in ("act", "future", "conditional") and not (f != "act" and s in ("agree", "propose")))


def _negates_a_cue(after: str) -> bool:
    """Whether one of the next two words opens an act or a harm cue ("will not | respond to provocations")."""
    tail = after.split()[:6]
    return any(rx.match(" ".join(tail[i:])) for i in (0, 1) for rx in _bare())


@lru_cache(maxsize=1)
def _judges() -> tuple[re.Pattern, ...]:
    """The compiled cues of form ``judge``, in cue order."""
    return tuple(rx for rx, _c, _s, form, _k in _compiled() if form == "judge")


@lru_cache(maxsize=4096)
def judgement(cue: str) -> bool:
    """Whether the cue words are a judgement (form ``judge``): the speaker's own stance, whoever is named before
    them. ``judgement("baseless")`` is True, ``judgement("accepted")`` False."""
    q = " ".join(re.sub(r"[^\w]", " ", cue.lower()).split())
    return any(rx.fullmatch(q) for rx in _judges())


def _targets_claims(words: str, at: int) -> bool:
    """Whether a noun of claims follows the position ``at`` within four words ("rejected the reports")."""
    nouns = {c for c, st, f in stance_cues() if f == "target" and st == "deny"}
    return any(w in nouns for w in re.findall(r"\w+", words[at:].lower())[:5])


def _judges_violence(words: str, a: int, b: int) -> bool:
    """Whether a rejecting judgement at ``words[a:b]`` judges an act of violence named within five words before
    or after it (a ``target`` noun of stance condemn): "the killing of aid workers is unacceptable", "an
    unacceptable political murder" -- a condemnation, not the rejection of a proposal."""
    nouns = {c for c, st, f in stance_cues() if f == "target" and st == "condemn"}
    near = re.findall(r"\w+", words[:a].lower())[-5:] + re.findall(r"\w+", words[b:].lower())[:5]
    return any(w in nouns for w in near)
