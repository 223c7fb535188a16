"""Statements without quotation marks: liveblog entry lines and bullets that label their speaker with a colon
("IDF spokesman: We will respond ...", "— Qatar's spokesman: The mediation succeeded ..."), social posts
("@IsraelMFA: Iran's attack is a serious escalation."), and a first-person sentence attributed after a comma
("I condemn these attacks in the strongest terms, Biden says."), and the turns of a press-briefing transcript whose
label is a name in capitals ("MR MILLER: We have been clear ...", "SECRETARY BLINKEN: ..."); "QUESTION:" is not.

Approach: one line (a paragraph) at a time, after an optional clock time and bullet; the label must name a speaker
of known faction (an actor phrase, or a handle whose words name a faction) and the words after the colon must be
a clause of at least three words that is not itself quoted (quotes are read by ``direct``). ``kind`` says how the
statement was recognised: ``label``, ``post`` or ``unmarked``.
Example: "@IsraelMFA: Iran's attack is a serious escalation." is Israel's, kind post.
"""
from __future__ import annotations

import re

from lib.extract.actors import faction_of
from lib.extract.actors.dictionary import by_surname, resolve
from lib.extract.statements.quotes import _trim, _words
from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import Speaker
from lib.models import Document

# An optional clock time ("10:05am:", "1:45 am", "14:32 GMT —") and bullet, then a label and a colon
LABEL_LINE = re.compile(
    r"(?P<lead>\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC)?\s*[:—–-]?\s*)?(?:[—–•*-]\s+)?)"
    r"(?:@(?P<handle>[A-Za-z][A-Za-z0-9_]{1,30})|(?P<label>[A-Z][^:“”\"«»\n]{1,70}?))\s*:\s+"
    r"(?P<words>[^\s“”\"«»‘'][^\n]*)$")
# A first-person clause attributed after a comma: "I condemn these attacks ..., Biden says."
FIRST_PERSON = re.compile(r"(?i)^\W*(?:i|we|our|my|us)\b")
TRAILING = re.compile(r",\s+(?P<who>[^,]{2,80}?)\s+(?P<verb>says|said|tells|told|adds|added|writes|wrote)"
                      r"(?:\s+[\w-]+){0,3}\.?\s*$")
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


NOT_LABELS = re.compile(r"(?i)^(?:live|liveblog|update|updates|breaking|watch|read\s+more|analysis|explainer|"
                        r"opinion|video|photos?|key\s+points|summary|these\s+are|here|note|editor)\b")


def handle_faction(handle: str) -> str:
    """The faction a social-media handle names, from its words ("IsraelMFA" -> Israel, "Iran_UN" -> Iran).

    >>> handle_faction("IsraelMFA"), handle_faction("Iran_UN"), handle_faction("jsmith99")
    ('Israel', 'Iran', '')
    """
    words = re.sub(r"(?<=[a-z])(?=[A-Z])|_", " ", handle)
    return faction_of(words)


def labelled(R: _Resolver, doc: Document, emit, first_headline: int) -> None:
    """Statements from label lines, posts and first-person sentences attributed after a comma."""
    text = doc.text
    paras: dict[int, list] = {}
    for s in doc.sentences:
        paras.setdefault(s.paragraph, []).append(s)
    for sents in paras.values():
        first = sents[0]
        if first.duplicate_of is not None or first.index == first_headline or first.region not in ("body",
                                                                                                  "headline"):
            continue
        a, b = first.start, sents[-1].end
        line = text[a:b]
        m = LABEL_LINE.match(line)
        if m is not None:
            sp, kind = None, "label"
            if m["handle"]:
                fac = handle_faction(m["handle"])
                sp = Speaker("@" + m["handle"], "", fac, "group", a + m.start("handle") - 1, "@" + m["handle"]) \
                    if fac else None
                kind = "post"
            elif not NOT_LABELS.match(m["label"]) and len(m["label"].split()) <= 8:
                la, lb = a + m.start("label"), a + m.end("label")
                sp = R.noun_phrase(la, lb) if R.in_span(la, lb) else None
                if sp is None:
                    sp = transcript_speaker(m["label"], doc.published or "", la)
            qa, qb = _trim(text, a + m.start("words"), b)
            if sp is not None and sp.faction and len(_words(text[qa:qb])) >= 3:
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
