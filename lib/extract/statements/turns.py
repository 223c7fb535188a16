"""Transcripts of press briefings whose header names the briefer: the briefer's opening statement and answers are
statements; the reporters' questions never are.

Idea: a ministry's or an organisation's briefing page opens with a header ("Transcript of the Weekly Press Briefing
by the Spokesperson, Ambassador X", "Foreign Ministry Spokesperson X's Regular Press Conference", "... noon
briefing by X, Spokesman for the Secretary-General") and then alternates turns: a question ("Question:", "Q:",
"QUESTION:", or an outlet's name: "Reuters:") and an answer labelled with the briefer's title or name
("Spokesperson:", "A:", "MR MILLER:", "X:"). The answer labels carry no name, so the speaker is the one the
header names.
Approach: find the header among the paragraphs before the first turn (a briefing noun after "transcript of",
"press briefing by", "regular press conference"); the briefer is the first person named in it or in the paragraph
after it, of the person's own faction, else of a body named there ("Spokesman for the Secretary-General"), else of
the outlet's country (``home_country``). The page is a transcript only when some turn asks and some turn is the
briefer's. Then, paragraph by paragraph: the paragraphs after the header and before the first turn are the
briefer's opening statement; a label of the briefer (title words and the briefer's name words only, or "A") opens
an answer; a label of another person of known faction ("FOREIGN MINISTER X:") that person's answer; any other label
(a question, an outlet) a question; an unlabelled paragraph continues the turn before it; a stage note
("(The briefing ended at 1555 hrs)") ends it. Answers are read as ``unmarked._turn`` reads a
turn (no housekeeping, questions, fact reports or words of another speaker); a sentence with quotation marks is
left to ``direct``.
Example: "Spokesperson: Pakistan does not seek any escalation." under a header "... by the Spokesperson,
Ambassador X" on the Pakistani ministry's page is X's, faction Pakistan, kind ``label``.
"""
from __future__ import annotations

import re

from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import Speaker, _person_name, _type
from lib.models import Document

# the header of a briefing's transcript: "Transcript of the Weekly Press Briefing by the Spokesperson, X",
# "Foreign Ministry Spokesperson X's Regular Press Conference on April 2", "Daily Press Briefing by the Office of the
# Spokesperson", "near-verbatim transcript of today's noon briefing by X"
BRIEFING = (r"(?:(?:press|media|news|noon|daily|weekly|regular)\s+)*(?:briefing|conference|availability|stakeout|"
            r"encounter|remarks)")
HEADER = re.compile(rf"(?i)\b(?:transcript|text|record)\s+of\s+(?:the\s+|an?\s+|today['’]s\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                    rf"{BRIEFING}\b|\b(?:(?:press|media|news|noon)\s+)?(?:briefing|conference|statements)\s+"
                    r"(?:by|with|of|following|after)\b|\bregular\s+press\s+conference\b|\banswers\s+to\s+(?:media\s+)?"
                    r"questions\b")
# an answer's sentences that follow each other in one paragraph are one row while the row stays balanced: at most
# BALANCE times the words of its shortest sentence plus BALANCE_SLACK ("It would be a catastrophe." before a long
# sentence of figures stays a row of its own; two sentences of like length are one row)
BALANCE = 3
BALANCE_SLACK = 8
# (an elliptical sentence that goes on from the one before joins it whatever its length: "Not under American
# sponsorship alone.", "Nor will we.", "That has been our position.")
BACK_REFERENCE = re.compile(r"(?:That|This|It|These|Those)(?:\s+[a-z]+)?\s+(?:is|was|has|have|had|remains?|will|would)\b"
                            r"|(?:Not|Nor|Never|Neither|But\s+not|And\s+not)\b(?![’'])")
# a header is a title line or a short note naming the briefer
HEADER_WORDS = 40
# a turn's label at a paragraph's start: "Spokesperson:", "Question:", "MR. MILLER:", "Mao Ning:", "A:"
LABEL = re.compile(r"\s*(?P<label>[A-Z][\w.'’() -]{0,50}?)\s*:\s+(?=\S)")
# labels of a reporter's question
QUESTION_WORDS = frozenset("q question questions journalist reporter correspondent audience".split())
# words of a label that name the briefer by title, not by name ("Spokesperson", "The Spokesperson", "MR. MILLER",
# "Deputy Spokesperson", "A")
TITLE_WORDS = frozenset("""
a answer the mr mrs ms miss dr his her excellency ambassador spokesperson spokesman spokeswoman deputy official
foreign ministry mfa fm minister secretary press briefer
""".split())
# religious openings and the agenda of a briefing: no statements
OPENINGS = (
    re.compile(r"(?i)(?:bismillah|in\s+the\s+name\s+of\s+(?:god|allah))\b[^.!?]*\W*"),
    re.compile(r"(?i)(?:as-?\s*)?salam+(?:u|o)?\s*(?:o\s+)?(?:alaikum|alaykum|aleikum)\b[^.!?]*\W*"),
    re.compile(r"(?i)(?:I\s+am|I'm|we\s+are|we're)\s+(?:now\s+)?(?:ready|happy|glad|pleased)\s+to\s+(?:take|answer)\s+"
               r"(?:your\s+|any\s+|some\s+)?questions?\W*"),
    re.compile(r"(?i)(?:the\s+floor\s+is\s+(?:now\s+)?open|over\s+to\s+you)\b[^.!?]*\W*"),
    # thanks to the other principal: "Thank you, Mr President."
    re.compile(r"(?i)(?:thank\s+you|thanks)(?:\s+(?:very|so)\s+much)?,?\s+(?:mr\.?|madam|madame|mister|dear|"
               r"your\s+(?:excellency|majesty|highness))(?:\s+(?:president|prime\s+minister|minister|secretary|"
               r"chairman|speaker|foreign\s+minister|secretary-general))?\W*"),
)
STAGE_NOTE = re.compile(r"\s*\([^()]{3,200}\)\s*")
QUOTE_MARK = re.compile(r"[“”\"«»]")


def opening(sentence: str) -> bool:
    """Is a sentence a religious opening or the agenda of a briefing ("Bismillah ir Rahman ir Rahim.",
    "I am now ready to take your questions.")?

    >>> [opening(x) for x in ("Assalam o Alaikum.", "I am now ready to take your questions.", "We condemn it.")]
    [True, True, False]
    """
    t = sentence.strip()
    return any(p.fullmatch(t) for p in OPENINGS)


def _words(label: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’-]+", label.lower()) if w]


# a briefer named in the header but not in the dictionary: "by Stephane Dujarric, Spokesman for the Secretary-General"
NAMED_BY = re.compile(r"\bby\s+(?:(?:Dr|Mr|Ms|Mrs|H\.?E)\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+"
                      r"(?:the\s+)?(?:[A-Z]?[a-z]+\s+)?[Ss]pokes(?:person|man|woman)\b")


def _briefer(R: _Resolver, doc: Document, sents: list) -> Speaker | None:
    """The briefer a header names: the first person in its sentences (or a name before a spokesperson's title),
    of their faction, else of a body named there, else of the outlet's country, else of the outlet itself (the page
    of a ministry or an organisation)."""
    from lib.extract.actors import faction_of, home_country  # (the statements stage reads the actors stage)
    a, b = sents[0].start, sents[-1].end
    found = R.in_span(a, b)
    people = [m for m in found if _type(m) == "person"]
    groups = [m for m in found if _type(m) == "group" and m.faction]
    faction = next((m.faction for m in people if m.faction), "") or (groups[0].faction if groups else "") or \
        home_country(doc) or (faction_of(doc.outlet) if doc.outlet else "")
    if not faction:
        return None
    named = NAMED_BY.search(doc.text, a, b)
    if people and (named is None or people[0].start <= named.start("name")):
        m = people[0]
        return Speaker(_person_name(m), m.role, m.faction or faction, "person", m.start, m.text)
    if named is not None:
        return Speaker(named["name"], "", faction, "person", named.start("name"), named["name"])
    title = re.search(r"(?i)\bspokes(?:person|man|woman)\b", doc.text[a:b])
    return Speaker(title.group(0).capitalize() if title else "Spokesperson", "", faction, "person", a,
                   title.group(0) if title else "")


def transcript(R: _Resolver, doc: Document, paras: dict[int, list], vre, emit, fact_report, turn, names) -> set[int]:
    r"""Rows of a briefing's transcript whose header names the briefer; returns the paragraphs it read. ``turn`` is
    ``unmarked._turn`` and ``names`` ``unmarked.transcript_speaker`` (passed in: ``unmarked`` reads this module).

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.actors import find
    >>> from lib.extract.statements.unmarked import _turn, transcript_speaker
    >>> from lib.extract.statements.verbs import _verb_re
    >>> t = ("Transcript of the press briefing by Spokesperson Mao Ning\n\nQuestion: Will China mediate?\n\n"
    ...      "Spokesperson: China stands ready to play a constructive role in the talks.")
    >>> d = document_from_text("a", t, published="2024-04-02")
    >>> out = []
    >>> _ = transcript(_Resolver(d, tuple(find(d))), d, {s.paragraph: [s] for s in d.sentences}, _verb_re(),
    ...                lambda a, b, sp, kind, *r: out.append((sp.name, sp.faction, kind, t[a:b])),
    ...                lambda w, v: False, _turn, transcript_speaker)
    >>> out
    [('Mao Ning', 'China', 'label', 'China stands ready to play a constructive role in the talks.')]
    """
    text = doc.text
    items = [(p, ss) for p, ss in paras.items() if ss[0].duplicate_of is None]
    header = None
    for i, (_p, ss) in enumerate(items):
        if LABEL.match(text, ss[0].start) and items[i][1][0].region == "body" and header is not None:
            break
        if header is None and any(HEADER.search(s.text) for s in ss) and \
                len(text[ss[0].start:ss[-1].end].split()) <= HEADER_WORDS:
            header = i  # (a title line or a short note; not a report's paragraph "at a news conference with X, Y said")
    if header is None:
        return set()
    after = items[header + 1][1] if header + 1 < len(items) else []
    briefer = _briefer(R, doc, items[header][1])
    if (briefer is None or briefer.name.startswith("Spokes")) and after and not LABEL.match(text, after[0].start):
        # "The following is a near-verbatim transcript of today's noon briefing by X, Spokesman for ..."
        briefer = _briefer(R, doc, after) or briefer
        header += 1  # (that paragraph names the briefer: no opening statement)
    # (no briefer named: only the turns of named speakers count -- "Press statements following talks")
    own = set(_words(briefer.name.split(" (")[0] + " " + (briefer.text or ""))) | TITLE_WORDS if briefer else set()
    day = doc.published or ""

    def speaker_of(m: re.Match) -> Speaker | None:
        """The briefer, a person named in capitals ("FOREIGN MINISTER X"), or an actor of known faction the label
        names ("Blinken" at a joint press conference); None for a question or an unknown label."""
        label = m["label"]
        words = _words(label)
        if not words or words[0] in QUESTION_WORDS or len(words) > 6:
            return None
        if own and set(words) <= own:
            return briefer
        sp = names(label, day, 0)
        if sp is None and R.in_span(m.start("label"), m.end("label")):
            sp = R.noun_phrase(m.start("label"), m.end("label"))
        return sp if sp is not None and sp.faction else None

    def label_of(p: int, ss: list) -> re.Match | None:
        """A turn's label: a question's, the briefer's, a known person's, or any label of a paragraph that asks
        ("Reuters: ...?"); "On Gaza: ..." in an answer is no label."""
        m = LABEL.match(text, ss[0].start)
        if m is None or speaker_of(m) is not None or _words(m["label"])[:1] and \
                _words(m["label"])[0] in QUESTION_WORDS or text[ss[0].start:ss[-1].end].rstrip().endswith("?"):
            return m
        return None

    # the turns after the header: is some turn a question and some the briefer's?
    labels = [(p, ss, label_of(p, ss)) for p, ss in items[header + 1:] if ss[0].region == "body"]
    # (or, with no questions, turns of two speakers of known faction: statements to the press after talks)
    asks = any(m is not None and speaker_of(m) is None for _p, _ss, m in labels)
    known = [sp for _p, _ss, m in labels if m is not None and (sp := speaker_of(m)) is not None]
    if not (asks and any(sp is briefer for sp in known) or len({sp.name for sp in known}) >= 2):
        return set()
    read: set[int] = set()
    current: Speaker | None = briefer  # the opening statement: the briefer's, up to the first turn
    kind = "unmarked"
    for p, ss, m in labels:
        a, b = ss[0].start, ss[-1].end
        start = a
        if m is not None:
            current = speaker_of(m)
            kind, start = "label", m.end()
        elif STAGE_NOTE.fullmatch(text, a, b):
            current = None
            read.add(p)
            continue
        read.add(p)
        if current is None:
            continue  # a question, or its second paragraph
        keep = [s for s in ss if not QUOTE_MARK.search(s.text) and not opening(text[max(s.start, start):s.end])]
        if keep:
            turn(R, doc, current, keep, start, vre, emit, fact_report, kind, own_side=True)
    return read


def answer_rows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The rows of one speaker's sentences (``spans``, in order): a sentence joins the row before it when it follows
    it in the same paragraph (nothing but spaces between) and the row stays balanced (at most ``BALANCE`` times its
    shortest sentence's words plus ``BALANCE_SLACK``).

    Idea: an answer in an interview or a briefing is one statement however many sentences it has, and where a
    reader cuts it is arbitrary; a row of sentences of like length reads as one statement, while a short sentence
    beside a long one ("It would be a catastrophe." before a sentence of figures) is a statement of its own.

    >>> t = "We are ready to talk now. Talks must resume at once. Our hand is extended to all."
    >>> spans = [(0, 25), (26, 52), (53, 81)]
    >>> [t[a:b] for a, b in answer_rows(t, spans)]
    ['We are ready to talk now. Talks must resume at once. Our hand is extended to all.']
    >>> [t[a:b] for a, b in answer_rows(t, spans[::2])]  # (a sentence left out between: two rows)
    ['We are ready to talk now.', 'Our hand is extended to all.']
    >>> t = "No. " + "There are a million people in the city, most of them displaced already, with nowhere to go."
    >>> [t[a:b] for a, b in answer_rows(t, [(0, 3), (4, len(t))])]
    ['No.', 'There are a million people in the city, most of them displaced already, with nowhere to go.']
    """
    rows: list[list[int]] = []  # [start, end, words, shortest sentence's words]
    for qa, qb in spans:
        n = len(_words(text[qa:qb]))
        gap = text[rows[-1][1]:qa] if rows and rows[-1][1] <= qa else "x"
        if not gap.strip() and "\n" not in gap and (BACK_REFERENCE.match(text, qa) or
                                                    rows[-1][2] + n <= BALANCE * min(rows[-1][3], n) + BALANCE_SLACK):
            rows[-1][1:] = [qb, rows[-1][2] + n, min(rows[-1][3], n)]
        else:
            rows.append([qa, qb, n, n])
    return [(a, b) for a, b, _n, _m in rows]
