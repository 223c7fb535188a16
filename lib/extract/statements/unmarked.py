"""Statements without quotation marks: liveblog entry lines and bullets that label their speaker with a colon
("IDF spokesman: We will respond ...", "— Qatar's spokesman: The mediation succeeded ..."), social posts
("@IsraelMFA: Iran's attack is a serious escalation."), and a first-person sentence attributed after a comma
("I condemn these attacks in the strongest terms, Biden says."), embedded posts ("... — Name (@handle) date"), and the
turns of a press-briefing transcript whose label is a name in capitals ("MR MILLER: We have been clear ...",
"SECRETARY BLINKEN: ..."), in balanced rows of sentences and over paragraphs, without housekeeping; "QUESTION:" is not.
``turn_labels`` names the speakers of transcript turns as person mentions for the resolver (the delegates of meetings
coverage, "NAME (Country) said", are actors found by ``lib.extract.actors.delegates``).

Approach: one line (a paragraph) at a time, after an optional clock time and bullet; the label must name a speaker
of known faction (an actor phrase, or a handle whose words name a faction) and the words after the colon must be
a clause of at least three words that is not itself quoted (quotes are read by ``direct``). ``kind`` says how the
statement was recognised: ``label``, ``post`` or ``unmarked``.
Example: "@IsraelMFA: Iran's attack is a serious escalation." is Israel's, kind post.
"""
from __future__ import annotations

import re

from lib.extract.actors.dictionary import by_surname, resolve
from lib.extract.statements.nearby import label_paragraph
from lib.extract.statements.posts import handle_faction, handle_owner, link_tail, post_headers, signature
from lib.extract.statements.quotes import _trim, _words
from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import DOCUMENT_NOUNS, Speaker, _person_name, _type
from lib.extract.statements.turns import answer_rows, transcript
from lib.extract.statements.verbs import _verb_re, reporting_verbs
from lib.models import Document, Mention

# A clock time: "10:05am", "1:45 am", "14:32", "7:30 AM"
CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?"
# A time zone after a clock time, as liveblogs of many outlets write it: an abbreviation ("EDT", "ET", "BST", "CEST",
# "IDT", "MSK"), GMT/UTC with an offset ("GMT+3", "(GMT+3)"), local or a city's time ("Mecca time", "(local time)")
ZONE = (r"\(?(?:(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[A-Z]{1,3}[SD]?T|BST|IST|MSK|AST|PKT|TRT|IRST|"
        r"(?:local|[A-Z][a-z]+)\s+time)\)?")
# A date before or after the clock in a stamp: "Sun 14 Apr 2024", "April 14, 2024,", "Oct 7, 2023", "14/04/2024 -"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
STAMP_DATE = (rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?|"
              rf"{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}})")
# An optional clock time ("10:05am:", "1:45 am", "14:32 GMT —") and bullet, then a label and a colon
LABEL_LINE = re.compile(
    rf"(?P<lead>\s*(?:{CLOCK}\s*(?:{ZONE})?\s*[:—–-]?\s*)?(?:[—–•*-]\s+)?)"
    r"(?:@(?P<handle>[A-Za-z][A-Za-z0-9_]{1,30})|(?P<label>[A-Z][^:“”\"«»\n]{1,70}?))\s*:\s+"
    r"(?P<words>[^\s“”\"«»‘'][^\n]*)$")
# A line that is only a time stamp: the stamp of a liveblog entry ("6:45 am", "14:32 GMT", "7:30 AM EDT", "Sun 14 Apr
# 2024 07.30 EDT", "Updated 3 min ago", "Posted at 14:05", "Just now"); never a statement, and it ends a turn
CLOCK_LINE = re.compile(
    rf"\s*(?:(?:Last\s+)?(?:[Uu]pdated|[Pp]osted|[Pp]ublished)(?:\s+at)?:?\s+)?"
    rf"(?:(?:{STAMP_DATE}\s*[,·|—–-]?\s*)?{CLOCK}\s*(?:{ZONE})?(?:\s*[,·|—–-]?\s*{STAMP_DATE})?|"
    rf"\d{{1,3}}\s*(?:min|mins|minutes?|hours?|hrs?|h|m|seconds?|secs?)\s+ago|[Jj]ust\s+now)\s*")
# a liveblog entry's headline under its stamp has at most this many words
MAX_HEADLINE_WORDS = 16
# A line that asks: its last sentence ends with a question mark (bold or quote marks may close it)
ASKS = re.compile(r"\?[*_”\"’)\]\s]*$")
# A first-person clause attributed after a comma: "I condemn these attacks ..., Biden says."
FIRST_PERSON = re.compile(r"(?i)^\W*(?:i|we|our|my|us)\b")
# (the verb may be followed by a short adverbial or where it was said: "Biden says in a statement released by the
# White House")
TRAILING = re.compile(r",\s+(?P<who>[^,]{2,80}?)\s+(?P<verb>says|said|tells|told|adds|added|writes|wrote)"
                      r"(?:(?:\s+[\w-]+){0,3}|\s+(?:in|on|at|during|after|before|via|through)\s+(?:a|an|the|his|her|"
                      r"its|their)\b(?:\s+[\w'’-]+){1,8})\.?\s*$")
# Words of a transcript label that are titles, not the name ("SPOKESPERSON MILLER", "MR. KIRBY")
TRANSCRIPT_TITLES = frozenset("""
mr mrs ms miss dr secretary spokesperson spokesman spokeswoman president vice prime minister foreign ambassador
senator general gen admiral adm deputy under assistant press secretary-general sheikh king emir crown prince
chairman chair rep representative governor mayor
""".split())


def transcript_speaker(label: str, day: str, pos: int = 0) -> Speaker | None:
    """The speaker of a transcript turn labelled in capitals: the title words dropped, the rest a dictionary person
    (a full name or alias, else a surname only one person valid on ``day`` has), named at ``pos``.

    >>> transcript_speaker("SECRETARY LAVROV", "2010-05-01").name
    'Sergei Lavrov'
    >>> transcript_speaker("QUESTION", "2010-05-01") is None
    True
    """
    if not re.fullmatch(r"[A-Z][A-Z .'’-]{1,60}", label) or not day:
        return None
    names = [w for w in (w.strip(".") for w in label.split()) if w and w.lower() not in TRANSCRIPT_TITLES]
    if not names or len(names) > 3:
        return None
    e = resolve(" ".join(names), day) or (by_surname(names[-1], day) if len(names) == 1 else None)
    if e is None or e.type != "person":
        return None
    return Speaker(e.name, e.role, e.faction, "person", pos, label)


# a transcript turn's label at a paragraph's start: "MR MILLER: ...", "SECRETARY BLINKEN: “…”"
TURN_LABEL = re.compile(r"(?P<label>[A-Z][A-Z .'’-]{1,60}?)\s*:\s")


def turn_labels(doc: Document) -> tuple[Mention, ...]:
    r"""Person mentions for the labels of transcript turns that ``transcript_speaker`` resolves (a name in capitals
    at a paragraph's start), so that a turn made of a quote ("SECRETARY BLINKEN: “…”") has its speaker.

    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Briefing\n\nSECRETARY BLINKEN: We want a deal now.", "2024-06-10")
    >>> [(m.value, m.faction, m.text) for m in turn_labels(d)]
    [('Antony Blinken', 'United States', 'SECRETARY BLINKEN')]
    """
    text, out, seen = doc.text, [], set()
    for s in doc.sentences:
        if s.region != "body" or s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        t = TURN_LABEL.match(text, s.start)
        sp = transcript_speaker(t["label"], doc.published or "", s.start) if t else None
        if sp is not None:  # "SECRETARY BLINKEN: “…”": the turn's speaker is a person named there
            out.append(Mention.make(doc.article_id, kind="actor", text=t["label"], start=t.start("label"),
                                    end=t.end("label"), value=sp.name, faction=sp.faction, role=sp.title,
                                    actor_type="person", evidence="person: transcript label"))
    return tuple(out)


NOT_LABELS = re.compile(r"(?i)^(?:live|liveblog|update|updates|breaking|watch|read\s+more|analysis|explainer|"
                        r"opinion|video|photos?|key\s+points|summary|these\s+are|here|note|editor)\b")
# A topic before a colon (a page's or an entry's subject, "Iran attack on Israel: ...", "Israel-Hamas war: ..."): its
# head is an event or a page, not a speaker
TOPIC_LABEL = re.compile(r"(?i)\b(?:attacks?|war|wars|strikes?|talks|deal|crisis|ceasefire|truce|conflict|live|"
                         r"updates|blasts?|explosions?|offensive|invasion|raids?|timeline|latest|protests?|elections?|"
                         r"escalation|tensions|standoff|siege)\b")


# Housekeeping in a briefing: greetings, thanks, fillers and the agenda are no statements ("Good afternoon,
# everyone.", "All right.", "Thanks, everybody.", "Let me start with ...", "With that, I'm happy to take questions.")
HOUSEKEEPING = (
    re.compile(r"(?i)(?:good\s+(?:morning|afternoon|evening|day)|hello|hi|hey|welcome(?:\s+back)?)"
               r"(?:,?\s+(?:again|and\s+welcome|everyone|everybody|all|folks|guys|ladies\s+and\s+gentlemen))*\W*"),
    re.compile(r"(?i)(?:thank\s+you|thanks|many\s+thanks)(?:,?\s+(?:so|very)\s+much)?(?:,?\s+(?:all|everyone|everybody|"
               r"again|guys|folks|sir|ma'am|[A-Z][a-z]+))?(?:\s+for\s+(?:coming|joining(?:\s+us)?|having\s+me|"
               r"your\s+(?:time|questions?|patience)))?\W*"),
    re.compile(r"(?i)(?:all\s+right|alright|okay|ok|sure|yes|yeah|no|go\s+ahead|next\s+question|sorry|great|so|well|"
               r"right|please)(?:,?\s+(?:then|go\s+ahead|thanks|please))?\W*"),
    re.compile(r"(?i)(?:let\s+me|I(?:'ll|\s+will|\s+want\s+to|\s+would\s+like\s+to)|I'd\s+like\s+to)\s+"
               r"(?:start|begin|open|kick\s+(?:it\s+)?off)\s+(?:with|by|today)\b[^.!?]*\W*"),
    re.compile(r"(?i)(?:with\s+that,?\s+|and\s+with\s+that,?\s+)?(?:I(?:'m|\s+am)\s+(?:happy|glad|pleased)\s+to|I'll|"
               r"I\s+will|let\s+me|I\s+can)\s+(?:take|turn\s+to|open\s+(?:it\s+)?up\s+(?:to|for))\s+(?:your\s+|some\s+|a\s+few\s+)?"
               r"questions?\W*"),
    re.compile(r"(?i)(?:this|the)\s+interview\s+(?:has\s+been|was)\s+(?:lightly\s+)?(?:edited|condensed|translated)"
               r"[^.!?]*\W*"),
    re.compile(r"(?i)(?:that's\s+all|that\s+is\s+all|that's\s+it)\s+(?:I\s+have|for\s+(?:today|now))\W*"),
)
# a verb of saying after a modal or 'to' is no report of another speaker's words ("Hamas must say yes", "we want
# Israel to tell us")
NOT_REPORTED = re.compile(r"(?i)\b(?:must|should|will|would|can|could|may|might|shall|cannot|to|not|n[’']t)\s+$")
# a contrast in the first person after another party's reported words: ", but we have seen nothing of it"
REBUTTAL = re.compile(r",\s+(?:but|yet|whereas)\s+[^.;!?]*?\b(?:we|us|our|I|my|me)\b")
# a stage note in a transcript: "(The briefing was concluded at 2:41 p.m.)"
STAGE_NOTE = re.compile(r"\s*\([^()]{3,200}\)\s*")


def housekeeping(sentence: str) -> bool:
    """Is a sentence of a briefing turn only a greeting, thanks, a filler or the agenda?

    >>> [housekeeping(x) for x in ("Good afternoon, everyone.", "All right.", "Thanks, everybody.",
    ...                            "With that, I'm happy to take your questions.", "We will not negotiate in public.")]
    [True, True, True, True, False]
    """
    t = sentence.strip()
    return any(p.fullmatch(t) for p in HOUSEKEEPING)


def _caps_label(label: str) -> bool:
    return re.fullmatch(r"[A-Z][A-Z .'’-]{1,60}", label.strip()) is not None


def _turn(R: _Resolver, doc: Document, sp: Speaker, sentences: list, words_start: int, vre, emit,
          fact_report, kind: str = "label", own_side: bool = False) -> None:
    """Rows of a transcript turn (which may run over several paragraphs): its sentences, as balanced rows
    (``turns.answer_rows``: sentences of like length in one paragraph are one row), without
    housekeeping, questions, fact reports ("the Secretary met X for three hours") or sentences that report another
    speaker's words ("President Sisi underscored that ...": those are read as reported speech). With ``own_side``
    (the text of a statement) a state or body of the speaker's faction as a subject is the speaker itself ("The
    Kingdom affirms that ...")."""
    text = doc.text
    kept: list[tuple[int, int]] = []
    for s in sentences:
        a = max(s.start, words_start)
        qa, qb = _trim(text, a, s.end)
        words = text[qa:qb]
        if not _words(words) or housekeeping(words) or words.rstrip().endswith("?") or fact_report(words, ""):
            continue
        other = False
        for v in vre.finditer(text, qa, qb):
            vk = reporting_verbs().get(re.sub(r"\s+", " ", v.group(0)).lower())
            if vk is None or vk.kind != "say" or NOT_REPORTED.search(text, max(qa, v.start() - 12), v.start()):
                continue
            who = R.subject(v.start(), qa)
            other = who is not None and who.name != sp.name and not (
                # (in a statement, a group of the speaker's side, or a description naming nobody in the sentence:
                # "The Kingdom affirms")
                own_side and who.type == "group" and (who.faction in ("", sp.faction) or not any(
                    m.faction == who.faction for m in R.in_span(qa, v.start()))))
            # (a rebuttal of the speaker's own after the reported words is the speaker's statement: "Baghdad says it
            # does not accept the referendum, but it has never offered us a real partnership")
            other = other and not REBUTTAL.search(text, v.end(), qb)
            break
        if not other:
            kept.append((qa, qb))
    for qa, qb in answer_rows(text, kept):  # the sentences of a paragraph: one row (a long one cut evenly)
        if len(_words(text[qa:qb])) >= 3:
            emit(qa, qb, sp, kind, "", qa)


def labelled(R: _Resolver, doc: Document, emit, first_headline: int, fact_report=lambda words, verb: False) -> None:
    """Statements from label lines, posts and first-person sentences attributed after a comma; ``fact_report``
    tells a sentence of a transcript turn that only reports facts (``indirect._fact_report``, passed in because
    ``indirect`` reads this module)."""
    text = doc.text
    vre = _verb_re()
    paras: dict[int, list] = {}
    for s in doc.sentences:
        paras.setdefault(s.paragraph, []).append(s)
    # a briefing's transcript under a header naming the briefer (``turns``), else a Q&A interview: their answers
    answered = transcript(R, doc, paras, vre, emit, fact_report, _turn, transcript_speaker) or \
        interview(R, doc, paras, vre, emit, fact_report)
    answered |= statement_body(R, doc, paras, vre, emit, fact_report)  # "issued the following statement:" ...
    answered |= post_headers(R, doc, paras, emit)  # a post copied with X's header: name, @handle, ·, age; its words
    turn: Speaker | None = None  # the speaker of a transcript turn that runs on into unlabelled paragraphs
    before: list = []  # the paragraph before
    for para, sents in paras.items():
        prior, before = before, sents
        # the headline of a liveblog entry, right under its stamp ("7:30 AM EDT" / "IDF: 99% of drones stopped"), is
        # no transcript turn: the entry's body paragraphs are not its label's words (a headline: a short line without
        # a full stop; a transcript's first turn under the briefing's time, "MR MILLER: Good afternoon. ...", is one)
        entry_headline = bool(prior) and CLOCK_LINE.fullmatch(text, prior[0].start, prior[-1].end) is not None \
            and len(sents) == 1 and len(sents[0].text.split()) <= MAX_HEADLINE_WORDS \
            and not re.search(r"[.!?][\"”’)]*\s*$", sents[0].text)
        if para in answered:
            turn = None
            continue
        first = sents[0]
        sig = signature(text, first.start, sents[-1].end)
        if sig is not None and prior and prior[0].region == "body" and prior[0].duplicate_of is None:
            # an embedded post: its words, then "— Name (@handle) date"
            wa, wb = sig.start("who"), sig.end("who")
            sp = R.noun_phrase(wa, wb) if R.in_span(wa, wb) else None
            if sp is None or not sp.faction:
                fac = handle_faction(sig["handle"])
                sp = Speaker(sig["who"].strip(), "", fac, "group", wa, "@" + sig["handle"]) if fac else \
                    handle_owner(R, sig["handle"], wa)
            qa, qb = _trim(text, prior[0].start, prior[0].start + link_tail(text[prior[0].start:prior[-1].end]))
            if sp is not None and sp.faction and len(_words(text[qa:qb])) >= 3 and \
                    not LABEL_LINE.match(text, qa, qb):
                emit(qa, qb, sp, "post", "", wa)
            turn = None
            continue
        if first.duplicate_of is not None or first.index == first_headline or first.region not in ("body",
                                                                                                  "headline"):
            turn = None
            continue
        a, b = first.start, sents[-1].end
        line = text[a:b]
        m = LABEL_LINE.match(line)
        if m is None and turn is not None and first.region == "body" and not STAGE_NOTE.fullmatch(line) \
                and not CLOCK_LINE.fullmatch(line):  # (a liveblog entry's time opens the next entry: the turn ends)
            _turn(R, doc, turn, sents, a, vre, emit, fact_report)  # the turn goes on: a paragraph without a label
            continue
        turn = None
        if m is None and prior and first.region == "body" and not QUOTE_MARK.search(line) and not \
                CLOCK_LINE.fullmatch(line) and (sp := label_paragraph(R, text, prior[0].start, prior[-1].end)):
            _turn(R, doc, sp, sents, a, vre, emit, fact_report)  # "— X, adviser to the PM:" ¶ then X's words
            continue
        if m is not None:
            sp, kind = None, "label"
            if m["handle"]:
                fac = handle_faction(m["handle"])
                sp = Speaker("@" + m["handle"], "", fac, "group", a + m.start("handle") - 1, "@" + m["handle"]) \
                    if fac else handle_owner(R, m["handle"], a)
                kind = "post"
            elif not NOT_LABELS.match(m["label"]) and len(m["label"].split()) <= 8 and \
                    not TOPIC_LABEL.search(m["label"]):
                la, lb = a + m.start("label"), a + m.end("label")
                sp = R.noun_phrase(la, lb) if R.in_span(la, lb) else None
                if sp is None:
                    sp = transcript_speaker(m["label"], doc.published or "", la)
            qa, qb = _trim(text, a + m.start("words"), b)
            if sp is not None and sp.faction and m["label"] and _caps_label(m["label"]) and not entry_headline:
                turn = sp  # a transcript turn: sentence by sentence, and on into the paragraphs after it
                _turn(R, doc, sp, sents, a + m.start("words"), vre, emit, fact_report)
            elif sp is not None and sp.faction and len(_words(text[qa:qb])) >= 3 and \
                    not ASKS.search(text, qa, b):  # ("**Outlet: What happened on Friday?**": an interviewer's question)
                emit(qa, qb, sp, kind, "", a + m.start("words"))
            continue
        for s in sents:  # "I condemn these attacks ..., Biden says."
            if s.duplicate_of is not None or s.index == first_headline or not FIRST_PERSON.match(s.text):
                continue
            t = TRAILING.search(s.text)
            if t is None or re.search(r"[“”\"«»]", s.text):
                continue
            wa, wb = s.start + t.start("who"), s.start + t.end("who")
            sp = R.noun_phrase(wa, wb) if R.in_span(wa, wb) else None
            qa, qb = _trim(text, s.start, s.start + t.start())
            if sp is not None and sp.faction and len(_words(text[qa:qb])) >= 3:
                emit(qa, qb, sp, "unmarked", t["verb"], s.start + t.start("verb"))


# An interview in Q&A form (``interview``): the outlet's question, labelled "Q:"/"Question:" or only a paragraph that
# asks (a bold "**...?**" is read as a plain paragraph), and the interviewee's answer, labelled "A:" or unlabelled
QUESTION_LABEL = re.compile(r"\s*(?:Q|Question|QUESTION)\s*[:.—–-]\s+")
ANSWER_LABEL = re.compile(r"\s*(?:A|Answer|ANSWER)\s*[:.—–-]\s+")
# the intro that names the interviewee: "In an interview with the Courier, Foreign Minister X said ..."
INTERVIEW_CUE = re.compile(r"(?i)\binterview(?:ed|s)?\b|\bsat\s+down\s+with\b|\bin\s+conversation\s+with\b|"
                           r"\b(?:spoke|speaks|speaking|talked|talks|talking)\s+(?:exclusively\s+)?(?:to|with)\b")
# an interviewee answers in the first person somewhere
FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s|I'm|I've|[Ww]e're|[Ww]e've)\b")
# a paragraph of quoted words is read by ``direct``
QUOTE_MARK = re.compile(r"[“”\"«»]")


# words that open a clause, not a speaker's label: "We have said it clearly: ...", "The answer is simple: ..."
CLAUSE_OPENERS = frozenset("i we you he she it they this that these those there what our my the let".split())


def _names_speaker(lab: re.Match) -> bool:
    """Can the label of a "Label: words" line name a speaker ("Courier:", "Ms Roe:", "@handle:")? A clause before
    the colon can not: it opens with a pronoun, a determiner or "Let", or runs over six words ("We have said it very
    clearly from the first day: ...").

    >>> [_names_speaker(LABEL_LINE.match(x)) for x in ("The Courier: Do you agree?", "Jane Roe: We agree.",
    ...                                                 "We have said it very clearly: we refuse.", "The answer is simple: no.")]
    [True, True, False, False]
    """
    if lab["handle"]:
        return True
    words = lab["label"].split()
    return len(words) <= 6 and words[0].lower() not in CLAUSE_OPENERS - {"the"} and not (
        words[0].lower() == "the" and len(words) > 3) and not re.search(
        r"(?:is|are|was|were|has|have|had|will|would|can|said|says)", lab["label"])


def _asks(text: str, a: int, b: int) -> bool:
    """Does a paragraph end with a question mark (a question of the interviewer)?"""
    return text[a:b].rstrip(" *_\t\n").endswith("?")


def interview(R: _Resolver, doc: Document, paras: dict[int, list], vre, emit, fact_report) -> set[int]:
    r"""Rows of an interview in Q&A form; returns the paragraphs it read (answers and questions).

    The interviewee is the first person of known faction named in an intro sentence that mentions the interview,
    before the first question (a question before it is an explainer's heading: no interview). The article is an
    interview when it has a question labelled "Q:"/"Question:" or two paragraphs that only ask, after that intro,
    and an answer in the first person somewhere. Questions are no statements; the answers -- the unlabelled
    paragraphs after a question, or paragraphs labelled "A:" or with the interviewee's name -- are read sentence by
    sentence like a transcript turn (no housekeeping, no questions, no fact reports, no words of another speaker),
    kind ``label`` when labelled and ``unmarked`` otherwise. Paragraphs with quotation marks are left to ``direct``.

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.actors import find
    >>> t = ("Safadi interview\n\nIn an interview with the Courier, Jordanian Foreign Minister Ayman Safadi spoke "
    ...      "about the war.\n\nQ: What do you expect?\n\nA: We expect the war to end now and aid to flow freely.")
    >>> d = document_from_text("a", t, published="2024-03-01")
    >>> out = []
    >>> _ = interview(_Resolver(d, tuple(find(d))), d, {s.paragraph: [s] for s in d.sentences}, _verb_re(),
    ...               lambda a, b, sp, kind, *r: out.append((sp.name, kind, t[a:b])), lambda w, v: False)
    >>> out
    [('Ayman Safadi', 'label', 'We expect the war to end now and aid to flow freely.')]
    """
    text = doc.text
    body = [(p, ss) for p, ss in paras.items() if ss[0].region == "body" and ss[0].duplicate_of is None]
    who: Speaker | None = None
    first_q, labelled_q, asking = None, False, 0
    for i, (_p, ss) in enumerate(body):
        a, b = ss[0].start, ss[-1].end
        if who is None:
            if QUESTION_LABEL.match(text, a) or _asks(text, a, b):
                return set()  # a question before any intro: an explainer's headings, no interview
            for s in ss:
                if INTERVIEW_CUE.search(s.text) and not _asks(text, a, b):
                    ms = [m for m in R.in_span(s.start, s.end) if m.faction and _type(m) == "person"]
                    # (a person of the dictionary first: "with the Courier, Minister X said" is no person "Courier")
                    ms.sort(key=lambda m: resolve(m.value, doc.published or "") is None)
                    if ms:
                        who = Speaker(_person_name(ms[0]), ms[0].role, ms[0].faction, "person", ms[0].start,
                                      ms[0].text)
                        break
            continue
        if QUESTION_LABEL.match(text, a):
            labelled_q = True
        if QUESTION_LABEL.match(text, a) or (_asks(text, a, b) and len(ss) <= 3 and not QUOTE_MARK.search(text, a, b)):
            asking += 1
            first_q = i if first_q is None else first_q
    if who is None or first_q is None or not (labelled_q or asking >= 2):
        return set()
    if not any(FIRST_PERSON_WORD.search(text, ss[0].start, ss[-1].end) for _p, ss in body[first_q:]
               if not _asks(text, ss[0].start, ss[-1].end) and not QUOTE_MARK.search(text, ss[0].start, ss[-1].end)):
        return set()  # answers in the third person are the outlet's explanations, not an interviewee's words
    names = {w.lower() for w in re.findall(r"[\w'’-]+", who.name.split(" (")[0] + " " + (who.text or ""))}
    read: set[int] = set()
    answering = asked = False  # (asked: the paragraph before was a question)
    for p, ss in body[first_q:]:
        a, b = ss[0].start, ss[-1].end
        lab = LABEL_LINE.match(text, a, b)
        own = lab is not None and lab["label"] and set(re.findall(r"[\w'’-]+", lab["label"].lower())) <= names
        ans = ANSWER_LABEL.match(text, a)
        if QUESTION_LABEL.match(text, a) or (_asks(text, a, b) and not ans and not own):
            answering = asked = True  # a question: the paragraphs after it answer
            read.add(p)
            continue
        if ans or own:
            start = ans.end() if ans else lab.start("words")
            _turn(R, doc, who, ss, start, vre, emit, fact_report, "label")
            answering, read = True, read | {p}
        elif (lab is not None and _names_speaker(lab)) or STAGE_NOTE.fullmatch(text, a, b) or \
                (answering and _narrates(text, a, b, asked)):
            answering = False  # another speaker's label ("Courier: ..."), the story told again: the interview ends
        elif answering and not QUOTE_MARK.search(text, a, b):
            _turn(R, doc, who, ss, a, vre, emit, fact_report, "unmarked")
            read.add(p)
        asked = False
    return read


# quoted words in a paragraph (left out when telling the reporter's narration from an answer)
QUOTED_WORDS = re.compile(r"[“\"«][^“”\"«»]*[”\"»]")


def _narrates(text: str, a: int, b: int, asked: bool) -> bool:
    """Does an unlabelled paragraph after an interview's answer tell the story again rather than go on with the
    answer: no word in the first person outside its quotes ("Hamas issued a short statement welcoming the talks.",
    "In Washington, X told a briefing: “We welcome any steps.”")? A paragraph right after a question is its answer,
    whatever its words.

    >>> t = "In Washington, spokesman X told a briefing: “We welcome any steps.”"
    >>> _narrates(t, 0, len(t), False), _narrates(t, 0, len(t), True)
    (True, False)
    >>> t = "And we told them our door stays open to all parties, as it always has."
    >>> _narrates(t, 0, len(t), False)
    False
    """
    return not asked and not FIRST_PERSON_WORD.search(QUOTED_WORDS.sub(" ", text[a:b]))


# A paragraph that introduces the text of a statement after a colon: "The Ministry issued the following statement
# today:", "Hamas said in a statement on Sunday:", "The communiqué reads:"
# the document nouns speakers.DOC_NOUNS reads (lib/data/document_nouns.csv), plus a resolution, whose text is
# introduced here ("the resolution reads:") though a resolution does not name a speaker elsewhere
DOCS = rf"(?:{DOCUMENT_NOUNS}|resolution)"
# a speaker's own points announced after a colon: "In this regard, Egypt affirms the following:", "The ministers
# stressed the following points:", "The Kingdom declares as follows:"
POINT_VERBS = (r"(?:affirm|stress|emphasi[sz]e|underline|underscore|declare|state|reiterate|reaffirm|note|demand|"
               r"call\s+for|agree\s+on|decide)(?:s|es|d|ed)?")
# words said aloud or written by a person: "said in his speech:", "the text of the opening remarks by X:"
SPEECH = r"(?:speech|address|remarks|briefing|message|letter|opening\s+statement)"
STATEMENT_INTRO = re.compile(
    rf"(?i)(?P<verb>\b(?:issued|released|published|put\s+out)\s+(?:the\s+following|an?|its|the)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{DOCS}\b|\bsaid\s+in\s+(?:an?|its|his|her|their|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{DOCS}|{SPEECH})\b|"
    rf"(?<=\s){DOCS}\s+(?:reads?|says)\b|"
    rf"\b{POINT_VERBS}\s+(?:the\s+following|as\s+follows)\b|"
    # a news conference: "told a news conference in Cairo:", "said at a joint press conference:", "told reporters:"
    r"\b(?:said|told|stated|declared)\s+(?:(?:at|during|to|in)\s+)?(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:news|press)\s+(?:conference|briefing)\b|\btold\s+(?:reporters|journalists|the\s+press)\b|"
    r"\b(?:said|stated|declared|read(?:\s+out)?|opened\s+with|made|delivered|gave)\s+the\s+following\b|"
    # the text printed in full, with its author: "Following is the text of the opening remarks by X at ...:"
    rf"\b(?:full\s+)?(?:text|transcript)\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}?(?:{DOCS}|{SPEECH})\s+"
    r"(?:by|of)\s+(?P<by>[^:“”\"«»]{2,120}?)(?=\s+(?:at|in|on|during|before|to)\b|\s*:\s*$))"
    r"[^:“”\"«»]{0,160}:\s*$")
# a paragraph that only names the body whose text follows ("The Security Council,", "The Heads of State:")
# (with its article, as documents address their issuers: a bare "Jerusalem:" is a dateline or a heading)
ADDRESS_LINE = re.compile(r"\s*(?P<who>The\s+[^,:;.!?“”\"«»\n]{1,66}?)\s*[,:]\s*")
# a preambular paragraph of a resolution or a declaration: a participle opens it ("Recalling ...", "Reaffirming ...",
# "Deeply concerned ..."); the operative paragraphs after it are the statements
PREAMBLE = re.compile(r"(?:[A-Z][a-z]+ly\s+)?[A-Z][a-z]+(?:ing|ed)\b(?!\s+(?:that|to)\b)")
# a list marker opening a paragraph of the statement: "1.", "(a)", "-"
LIST_MARKER = re.compile(r"\s*(?:\d{1,2}[.)]|\([a-z0-9]\)|[-•*–—])\s+")
# narration after the statement: a past-tense verb of saying ("Spokesman X said ...", "The statement added that")
NARRATION = re.compile(r"\b(?:said|added|told|stated|noted|explained|continued|concluded|quoted)\b")
# words of a body that issues statements, for an issuer named without its country ("The Ministry of Foreign
# Affairs issued ...": the article's own country's)
BODY_NOUNS = re.compile(r"(?i)\b(?:ministry|government|presidency|cabinet|council|office|royal\s+court|embassy|"
                        r"mission|army|armed\s+forces|command|movement|party|bureau)\b")


def _issuer(R: _Resolver, doc: Document, s, m: re.Match) -> Speaker | None:
    """Who issues the statement an intro sentence announces: the subject of its verb; "The statement reads:" is
    the last issuer of a document; a body named without a country ("The Ministry of Foreign Affairs and Expatriates")
    is the article's own country's (``home_country``), named as the text names it."""
    from lib.extract.actors import home_country  # (the statements stage reads the actors stage)
    vpos = s.start + m.start("verb")
    if m["by"]:  # the text of a speech by its author
        sp = R.noun_phrase(s.start + m.start("by"), s.start + m.end("by"))
        return sp if sp is not None and sp.faction else None
    if re.match(rf"(?i){DOCS}", m["verb"]):
        return R.last(vpos, issuers=True)
    sp = R.subject(vpos, s.start)
    if sp is not None:
        return sp if sp.faction else None
    phrase = doc.text[s.start:vpos].strip()
    phrase = re.sub(r"^(?:The|the)\s+", "", phrase)
    home = home_country(doc)
    if home and BODY_NOUNS.search(phrase) and len(phrase.split()) <= 8 and re.match(r"[A-Z]", phrase):
        return Speaker(phrase, "", home, "group", s.start, phrase)
    return None


def statement_body(R: _Resolver, doc: Document, paras: dict[int, list], vre, emit, fact_report) -> set[int]:
    r"""Rows of a statement whose text follows the paragraph that introduces it ("The Ministry issued the following
    statement:"), one per sentence of the paragraphs after it (list markers dropped; no housekeeping, questions or
    fact reports), kind ``unmarked``, for the issuer; returns the paragraphs it read. The statement ends at a
    paragraph with quotation marks (read by ``direct``), one of narration ("Spokesman X said ...", "The statement
    added that ..."), another intro, or the end of the body.

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.actors import find
    >>> t = ("Statement\n\nJordan's foreign ministry issued the following statement on Sunday:\n\n"
    ...      "1. The Kingdom condemns the storming of the mosque by the police.\n\n"
    ...      "Spokesman Sinan Majali said the ministry had summoned the ambassador.")
    >>> d = document_from_text("a", t, published="2023-04-06")
    >>> out = []
    >>> _ = statement_body(_Resolver(d, tuple(find(d))), d, _paragraphs(d), _verb_re(),
    ...                    lambda a, b, sp, kind, *r: out.append((sp.faction, kind, t[a:b])), lambda w, v: False)
    >>> out
    [('Jordan', 'unmarked', 'The Kingdom condemns the storming of the mosque by the police.')]
    """
    text = doc.text
    body = [(p, ss) for p, ss in paras.items() if ss[0].region == "body" and ss[0].duplicate_of is None]
    read: set[int] = set()
    issuer: Speaker | None = None
    document = False  # the paragraph before introduced or named a document: an address line may follow
    for p, ss in body:
        a, b = ss[0].start, ss[-1].end
        last = ss[-1].text
        # every intro ends with a colon (":\s*$"): the regex, slow on long paragraphs, runs only on those
        intro = STATEMENT_INTRO.search(last) if last.rstrip().endswith(":") else None
        if intro is not None:
            issuer, document = _issuer(R, doc, ss[-1], intro), True
            continue
        address = ADDRESS_LINE.fullmatch(text, a, b) if len(ss) == 1 else None
        if address is not None and (document or issuer is not None) and not vre.search(address["who"]):
            # "The Security Council," / "The leaders:" opening the text of a document: its issuer
            sp = R.noun_phrase(address.start("who"), address.end("who"))  # (offsets into text: matched at a)
            if sp is not None and sp.faction:
                issuer, document = sp, True
                continue
        document = re.search(rf"(?i)\b{DOCS}\b", text[a:b]) is not None
        if issuer is None:
            continue
        words = text[a:b]
        lab = LABEL_LINE.match(text, a, b)
        if QUOTE_MARK.search(words) or NARRATION.search(words) or words.rstrip().endswith(":") or \
                QUESTION_LABEL.match(text, a) or (lab is not None and _names_speaker(lab)):
            issuer = None  # (the questions and answers after an opening statement are read as label lines)
            continue
        marker = LIST_MARKER.match(text, a)
        if PREAMBLE.match(text, marker.end() if marker else a):
            continue  # "Recalling its resolutions ...": the document's preamble, no statement of the day
        _turn(R, doc, issuer, ss, marker.end() if marker else a, vre, emit, fact_report, "unmarked", own_side=True)
        read.add(p)
    return read


def _paragraphs(doc: Document) -> dict[int, list]:
    """Sentences by paragraph."""
    paras: dict[int, list] = {}
    for s in doc.sentences:
        paras.setdefault(s.paragraph, []).append(s)
    return paras
