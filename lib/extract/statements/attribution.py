"""Who said one quote: the attribution after it (“…,” said X / according to X / — X), the reporting clause before
it in its sentence, a colon, a quote that opens with its verb, the document a paragraph quotes, the sentence after
it, the label or last speaker before its paragraph (``direct_quotes`` calls ``_attribute`` for each quote).

Example: in '“We reject the plan outright,” Hamas said.' the speaker found after the quote is Hamas.
"""
from __future__ import annotations

import re

from lib.extract.actors import TITLE_WORDS
from lib.extract.statements.appositions import member_subject
from lib.extract.statements.documents import (
    DOCUMENT_SUBJECT,
    IN_THE_DOCUMENT,
    ISSUED_DOCUMENT,
    READ_DOCUMENT,
    UNDER_THE_DOCUMENT,
    _document_speaker,
    _intro_before,
    _introduced_by,
)
from lib.extract.statements.framing import LEADING_PARTICIPLE, _no_subject, _participle
from lib.extract.statements.indirect import SPOKESMAN_OF
from lib.extract.statements.nearby import _label_before, _named_after, _poster
from lib.extract.statements.quotes import _nickname, _Quote
from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import ABBREV, Speaker, _type
from lib.extract.statements.verbless import around, manner_before, owner_before_colon
from lib.extract.statements.verbs import reporting_verbs
from lib.models import Document, Sentence

COORDINATED = re.compile(r"(?i)[\s,]*(?:and|but|then|and\s+then|and\s+later|and\s+also|but\s+also)\s+")
# A prepositional phrase after a quote: a reporting verb's form inside it is a noun ("…,” in public remarks.)
PREP_PHRASE = re.compile(r"(?i)[\s,]*(?:in|during|at|on|after|before|with|for|of|from|amid|despite)\s+[^\s,]")
# A verb that is denied or left undone says nothing ("It did not say where", "declined to say")
# A new clause with its own subject after a quote ("… declared “…,” while X said …"): X's verb is not the quote's
NEW_CLAUSE = re.compile(r"[\s,]*(?:;|(?i:while|whereas|although|though|but|and)\s+(?!(?:also\s+|then\s+|later\s+)?[a-z]+\b))")
# Only a coordinator between a quote and the verb after it ("“…” and said", "“…” but then added")
AND_AFTER_QUOTE = re.compile(r"[\s,]*(?:and|but)\s+(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?")
# The dot of a middle initial inside a name ("George W. Bush"): a capital alone after a name word, a name word after
INITIAL_DOT = r"(?<=[a-z] [A-Z])\.(?= [A-Z][a-z])"
# A modifier after the head of an inverted subject: "said a senior official traveling with Kerry", "said an
# official familiar with the talks", "said a diplomat who asked not to be named"
HEAD_MODIFIER = re.compile(r"\s+(?:traveling|travelling|accompanying|familiar\s+with|briefed\s+on|speaking\s+on|who)\b")
NEGATED = re.compile(r"(?i)\b(?:not|n't|never|declined\s+to|refused\s+to|would\s+not|did\s+not)\s+$")
# The parties of a text as the subject of a commitment, before its quoted words: "The leaders also committed to",
# "Both sides further pledged that"
PARTIES_COMMITTED = re.compile(r"\s*(?:The|Both)\s+(?:(?:two|three|four|five)\s+)?(?:parties|sides|leaders|signatories|"
                               r"participants|factions)\s+(?:also\s+|further\s+)?(?:committed|pledged|agreed|undertook|"
                               r"vowed)\s+(?:to|that)\s*")
# A sentence that is only an attribution: a subject, a verb of saying and where or when ("Foreign Minister X said at
# a news conference.", "the ministry added on Monday.", "X told reporters in Amman.")
BARE_ATTRIBUTION = re.compile(
    r"(?:(?!(?:said|says|added|adds|told)\b)[\w'’.-]+,?\s+){1,10}?(?:said|says|added|adds|told\s+(?:reporters|journalists|the\s+press|[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3}))(?:\s+(?:on|at|in|during|after|before|to|from|while|late|early|earlier|later)"
    r"\b[^.;:“”\"«»]{0,60})?\.")
# A phrase set off by commas between a subject and the quote that opens with its verb: where, when or in what it
# spoke ("The Security Council, in a statement agreed after talks, “deeply regrets …”")
INSERTED_PHRASE = re.compile(r",\s*(?:in|during|at|after|on|following|meanwhile)\b[^,;:“”\"«»]{1,120},\s*$")
# "what X called “…”", "what the ministry described as “…”": the quoted words are X's
WHAT_CALLED = re.compile(r"\bwhat\s+(?P<who>[^,;:“”\"«»]{2,80}?)\s+(?:has\s+|had\s+)?(?:called|calls|termed|terms|"
                         r"described\s+as|describes\s+as|dubbed)\s*$")
# "quoted X as saying", "quotes X as having said": X, the object of 'quoted', is who speaks (right before the verb)
# (an apposition perhaps: "quoted Mahdi al-Mashat, head of the Supreme Political Council, as saying")
QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>[^;:“”\"«»]{2,160}?),?\s+as\s+(?:having\s+)?$")


# A person's office or aides as one actor mention ("Erdogan's office", "Netanyahu's media adviser")
OWNED_OFFICE = re.compile(r"(?P<who>(?:(?:[A-Z][\w.-]*|al|el|bin|ibn)\s+){0,3}[A-Z][\w-]+)['’]s?\s+(?:press\s+|media\s+)?"
                          r"(?:office|aides?|spokes(?:man|woman|person)|advis[eo]rs?|bureau)")


def _quoted_pronoun(R: _Resolver, text: str, floor: int, relayed: re.Match) -> Speaker | None:
    """The person a pronoun object of "quoted ... as saying" is: the owner of the subject ("Erdogan's office quoted
    him as saying"), else who 'he'/'she' points back to ("His office quoted him as saying", "State media quoted her
    as saying"); None when the object is no 'him' or 'her'.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = "Erdogan's office quoted him as saying: “Turkey will not stay silent.”"
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> _quoted_pronoun(_Resolver(d, tuple(find(d))), t, 0, QUOTED_AS.search(t, 0, t.index("saying"))).faction
    'Turkey'
    >>> t = "Reuters quoted a witness as saying: “The shelling went on all night.”"
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> _quoted_pronoun(_Resolver(d, tuple(find(d))), t, 0, QUOTED_AS.search(t, 0, t.index("saying"))) is None
    True
    """
    word = relayed["who"].strip().lower()
    if word not in ("him", "her"):
        return None
    owner = [m for m in R.in_span(floor, relayed.start()) if _type(m) == "person"
             and re.match(r"['’]s?\s", text[m.end:m.end + 3])]
    if owner:
        return R.from_mentions(owner[-1:], owner[-1].start, owner[-1].end)
    for m in reversed(R.in_span(floor, relayed.start())):  # (the office as one mention: "Erdogan's office")
        own = OWNED_OFFICE.fullmatch(text, m.start, m.end)
        if own is not None and m.faction:
            return Speaker(own["who"], "", m.faction, "person", m.start, own["who"])
    return R.pronoun("he" if word == "him" else "she", relayed.start("who"), relayed.end("who"))


def _next_mark(text: str, i: int, limit: int) -> int:
    """The next opening quote mark in text[i:limit] that is no nickname inside a name (Joko "Jokowi" Widodo), or -1."""
    while (js := [j for j in (text.find(m, i, limit) for m in '“"«') if j != -1]):
        j = min(js)
        close = text.find({"“": "”", "«": "»"}.get(text[j], '"'), j + 1, limit)
        if close == -1 or not _nickname(text, j, close):
            return j
        i = close + 1
    return -1


def _attribute(R: _Resolver, doc: Document, q: _Quote, s1: Sentence, s2: Sentence, vre, document: Speaker | None = None):
    """(speaker, verb, verb offset) for a quote, or (None, '', 0); ``document``: the issuers of a document quoted in
    the paragraph before, whose text a quote paragraph with no speaker of its own continues."""
    text = doc.text
    after_start = q.close + 1
    limit = max(s2.end, after_start)
    if text[after_start:s2.end].strip() == "" and s2.index + 1 < len(doc.sentences) \
            and re.search(r"[?!]\W*$", text[q.q_start:q.q_end]):
        # “Who will rebuild Gaza?” Hamas official Basem Naim asked. — the splitter ends the sentence at ?”
        # (after “… meetings.” a new sentence begins: "It did not say where." is no attribution)
        follow = doc.sentences[s2.index + 1]
        if follow.paragraph == s2.paragraph and not re.match(r"[“\"«‘]", follow.text) and (
                len(follow.text.split()) <= 12 or re.match(r"(?:\S+\s+){1,5}?(?:said|says|asked|added)\b", follow.text)):
            limit = follow.end
    elif text[after_start:s2.end].strip() == "" and s2.index + 1 < len(doc.sentences) \
            and re.search(r"[.…]\W*$", text[q.q_start:q.q_end]):
        # “… This is a red line for us.” Foreign Minister X said at a news conference. — a sentence that is only an
        # attribution (no clause of its own: "It did not say where.", "He said the talks ..." are none)
        follow = doc.sentences[s2.index + 1]
        if follow.paragraph == s2.paragraph and BARE_ATTRIBUTION.fullmatch(follow.text.strip()):
            limit = follow.end
    nxt = _next_mark(text, after_start, limit)
    stop = nxt if nxt != -1 else limit
    # 0. a leading participle of speech governs the quote, its subject comes after it: Calling the raid “a crime”,
    # the ministry said it would ... (the quote is the participle's, whatever follows the main verb)
    lead = LEADING_PARTICIPLE.fullmatch(text, s1.start, q.q_start - 1)
    lv = _participle(lead["verb"]) if lead else None
    led = lv is not None and lv.kind in ("say", "act", "attitude") and (re.match(r"\s*,", text[q.close + 1:stop]) is not None
                                                                   or text[q.q_start:q.q_end].rstrip().endswith(","))
    # 1. right after the quote: “…,” he added / “…,” said Hamas / “…,” according to the statement
    tail = text[after_start:stop]
    # (or around it with no verb of saying: "as X put it, “…”", "“…” was how X described it")
    found = around(R, text, s1, q.q_start - 1, after_start, stop)
    if found is not None:
        return found
    acc = re.match(r"[\s,.]*according\s+to\s+([^,.;]+)", tail)
    if acc:
        sp = R.noun_phrase(after_start + acc.start(1), after_start + acc.end(1))
        if sp:
            return sp, "according to", after_start + acc.start()
    dash = re.match(r"[\s,.]*[—–]\s*([^,.;:“”\"«»]{2,100})", tail)
    if dash:  # “…” — Hamas official Osama Hamdan, speaking in Beirut
        sp = R.noun_phrase(after_start + dash.start(1), after_start + dash.end(1))
        if sp:
            return sp, "", after_start + dash.start(1)
    for v in vre.finditer(text, after_start, stop):
        vk = reporting_verbs().get(re.sub(r"\s+", " ", v.group(0)).lower())
        if vk is None or vk.kind not in ("say", "read"):
            continue  # “…”, a statement Egypt described as a threat: not the quote's attribution
        between = text[after_start:v.start()]
        words = between.split()
        if len(words) > 12 and "," not in between:
            break
        if COORDINATED.fullmatch(between) or NEW_CLAUSE.match(between):
            break  # “…,” and said …: a second verb of the subject before the quote (step 2)
        co = re.match(r"[\s,]*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b", between)
        if co and (co.group(1).endswith("ed") or co.group(1) in reporting_verbs()):
            break  # “…” and called on Arab states to ...: a verb later in that clause is no attribution
        if PREP_PHRASE.match(between) and "," not in between.strip(" ,"):
            continue  # “…,” in rare public remarks / during his remarks: the verb's form is a noun here
        sp, after = None, None
        np_start = after_start + (between.rfind(",") + 1 if "," in between.strip(" ,") else 0)
        if between.strip(" ,"):
            sp = R.subject(v.start(), after_start) if R.in_span(after_start, v.start()) else None
            if sp is None and text[np_start:v.start()].strip(" ,"):
                sp = R.noun_phrase(np_start, v.start())
            if sp is None:  # “…,” X, the head of the Settlers Council, said: the organisation's (``appositions``)
                sp = member_subject(R, after_start, v.start())
        else:
            # (where and when before an inverted subject, as agencies write: "said in a press conference in Rabat on
            # Thursday Foreign Minister X")
            # (a middle initial's dot is no sentence end: "said George W. Bush")
            after = re.match(rf"\s+((?:{ABBREV}\s+)?(?:[^,.;“”\"]|{INITIAL_DOT}){{2,80}})", text[v.end():stop])
            wider = re.match(rf"\s+((?:{ABBREV}\s+)?(?:(?:in|on|at|during|after|before|following)\s+[^,.;“”\"]{{2,80}}?\s+)"
                             rf"{{1,3}}(?:[^,.;“”\"]|{INITIAL_DOT}){{2,120}})", text[v.end():stop])
            if after and wider and len(wider.group(1)) > len(after.group(1)) and not R.in_span(v.end(), v.end() + after.end()):
                after = wider
            if after:
                end = v.end() + after.end()
                # “…,” said Japan's chief cabinet secretary, Hirokazu Matsuno. -- the name in apposition to the
                # description is the speaker (not the owner of the description)
                named = next((m for m in R.in_span(end, stop) if _type(m) == "person"
                              and re.fullmatch(r"\s*,\s*", text[end:m.start])
                              and re.match(r"\s*(?:[,.;]|$)", text[m.end:m.end + 2])), None)
                if named is not None and any(w.lower().strip(".") in TITLE_WORDS for w in after.group(1).split()):
                    end = named.end
                # (a participle after the head is no part of who: "said a senior official traveling with Kerry")
                cut = HEAD_MODIFIER.search(text, v.end(), end)
                sp = R.noun_phrase(v.end(), cut.start() if cut else end)
        if sp is None and SPOKESMAN_OF.fullmatch(text[np_start:v.start()].strip(" ,")):
            # "X “strongly condemned” it, calling it “…”, his office said": the words of the person the office serves,
            # the subject opening the sentence
            boss = [m for m in R.in_span(s1.start, q.q_start) if m.faction and _type(m) == "person"
                    and m.start <= s1.start + 40 and not _no_subject(text, s1.start, m)]
            sp = R.from_mentions(boss[:1], boss[0].start, boss[0].end) if boss else None
        if sp is None and vk.kind == "say" and between.strip(" ,") and (dm := READ_DOCUMENT.match(text, np_start, v.start())) \
                and not text[dm.end():v.start()].strip():
            sp = _document_speaker(R, text, np_start, v.start())  # “…,” the statement said: who issued it
        if vk.kind == "read":  # “…,” the text reads / “…,” reads the declaration: the document's issuers
            doc_np = (np_start, v.start()) if between.strip(" ,") else (v.end(), v.end() + after.end()) if after else None
            sp = _document_speaker(R, text, *doc_np) if doc_np else None
        if vk.kind in ("say", "read"):  # “…,” the post read: who posted it, when that was the last one to speak
            post_np = (np_start, v.start()) if between.strip(" ,") else (v.end(), v.end() + after.end()) if after else None
            sp = (_poster(R, text, *post_np) if post_np else None) or sp
        # the verb must end the clause: no new clause ("said that ...") after it
        rest = text[v.end():stop]
        if sp is not None and led and vk.kind == "say" and "," not in between.strip(" ,"):
            return sp, lead["verb"], s1.start + lead.start("verb")
        if sp is not None and not re.match(r"\s+(?:that|it|he|she|they)\b", rest):
            return sp, v.group(0), v.start()
        if sp is not None:
            break
        if vk and vk.kind == "say" and len(words) <= 8 and not re.search(r"[.!?]\s", between) \
                and not re.match(r"\s+(?:that|it|he|she|they)\b", rest) and not NEGATED.search(between):
            return None, "?", 0  # “…,” said Umm Mohammed, a resident: said by someone of no known faction
    # 2. before the quote in its sentence: Hamas said it “rejects …”
    floor = s1.start
    what = WHAT_CALLED.search(text, floor, q.q_start - 1)
    if what is not None:  # "accepted what Netanyahu's office called “…”": the words are the office's
        sp = R.noun_phrase(what.start("who"), what.end("who"))
        return (sp, "called", what.end("who") + 1) if sp is not None else (None, "", 0)
    before = list(vre.finditer(text, floor, q.q_start - 1))
    kinds = [reporting_verbs().get(re.sub(r"\s+", " ", v.group(0)).lower()) for v in before]
    first_say = next((v.start() for v, k in zip(before, kinds, strict=True) if k and k.kind == "say"), None)
    for v, vk in reversed(list(zip(before, kinds, strict=True))):
        if vk is None or vk.kind in ("read",):
            continue
        if (vk.kind in ("act", "attitude") and first_say is not None and v.start() > first_say
                and not re.search(r",\s+(?:while|but|whereas|as)\b|;", text[first_say:v.start()])):
            continue  # "Lavrov said Russia supported … and would host … “…”": the quote is Lavrov's
        if vk.kind == "according":  # According to Hamas, “…”
            np = re.match(r"\s*([^,;:“”\"«»]{2,100})", text[v.end():q.q_start - 1])
            sp = R.noun_phrase(v.end(), v.end() + np.end()) if np else None
            if sp is not None:
                return sp, "according to", v.start()
            continue
        relayed = QUOTED_AS.search(text, floor, v.start())
        if relayed is not None and R.in_span(relayed.start("who"), relayed.end("who")):
            # "WAM quoted President X as saying: “…”": the words of the one quoted, not of the agency
            sp = R.noun_phrase(relayed.start("who"), relayed.end("who"))
            if sp is not None:
                return sp, v.group(0), v.start()
        sp = _quoted_pronoun(R, text, floor, relayed) if relayed is not None else None
        if sp is not None:  # "His office quoted him as saying: “…”": the person 'him' is
            return sp, v.group(0), v.start()
        prev_close = max([floor] + [m.end() for m in re.finditer(r"[”»]", text[floor:v.start()])])
        sp = R.subject(v.start(), prev_close if prev_close == floor else floor + prev_close)
        closed = list(re.finditer(r"[”\"»]", text[floor:v.start()]))
        if sp is None and closed and AND_AFTER_QUOTE.fullmatch(text, floor + closed[-1].end(), v.start()) and not any(
                k is not None and x.start() < floor + closed[-1].start() for x, k in zip(before, kinds, strict=True)):
            # "X thanked Qatar for its “tireless mediation” and said: “…”": a verb coordinated after a quote, with no
            # subject of its own, has the subject of the clause the quote is in (a reporting verb before the quote
            # has its own subject, read next: "His Royal Highness affirmed ... “…,” and stressed that ...")
            sp = R.clause_subject(floor, floor + closed[-1].start())
        if sp is None and v.group(0).endswith("ing") and (issue := ISSUED_DOCUMENT.match(text, floor, v.start())) \
                and not vre.search(text, floor, issue.end("subj")):  # (not "X said Israel issued ...")
            # "X read a statement outside the headquarters describing the deal as “…”": the issuer's words
            sp = R.subject(issue.end("subj"), floor) or R.clause_subject(floor, issue.end("subj"))
        if sp is None and (dm := DOCUMENT_SUBJECT.fullmatch(text, floor, v.start())) is not None:
            # "The resolution, backed by Shiite lawmakers, asks the government to “…”": who made the document
            sp = _document_speaker(R, text, floor, floor + dm.end("doc") - dm.start())
        if sp is not None:
            return sp, v.group(0), v.start()
    # 2b. a colon before the quote: Abbas was clear: “…”
    colon = re.search(r":\s*$", text[s1.start:q.q_start - 1])
    if colon and s1.start < q.q_start - 1:
        cpos = s1.start + colon.start()
        sp = R.subject(cpos, s1.start) if R.in_span(s1.start, cpos) else None
        if sp is None:  # "Qatar's message was clear: “…”": the owner of the words
            sp = owner_before_colon(R, text, s1.start, cpos)
        if sp is not None:
            return sp, "", cpos
    # 2c. a quote that opens with the reporting verb: the six ministers “condemned in the strongest terms …”
    first = re.match(r"\s*(?:[a-z]+ly\s+)?([a-z]+(?:\s+(?:for|on|upon|out))?)\b", text[q.q_start:q.q_end])
    fv = reporting_verbs().get(re.sub(r"\s+", " ", first.group(1))) if first else None
    if fv is not None and fv.kind not in ("read", "according") and s1.start < q.q_start - 1:
        aside = INSERTED_PHRASE.search(text, s1.start, q.q_start - 1)  # "The Council, in a statement ..., “regrets”"
        sp = R.subject(q.q_start - 1 if aside is None else aside.start(), s1.start)
        if sp is not None:
            return sp, first.group(1), q.q_start
    # 2d. a sentence opening with the document its words are in: "In the declaration, the factions committed “to
    # …”" -- who made the document, or issued it (no parties named nearby: the subject is no known speaker)
    opening = IN_THE_DOCUMENT.match(text, s1.start, q.q_start - 1) or UNDER_THE_DOCUMENT.match(text, s1.start, q.q_start - 1)
    if opening is not None:
        head = re.sub(r"\s+", " ", opening["doc"]).lower().split()[-1]
        sp = _introduced_by(R, text, head, s1.start) or R.last(s1.start, issuers=True)
        if sp is not None:
            return sp, "", s1.start
    # 2e. the parties of a document quoted in the paragraph before, as a subject ("The leaders also committed to “…”"):
    # the document's text goes on
    if document is not None and PARTIES_COMMITTED.fullmatch(text, s1.start, q.q_start - 1):
        return document, "", s1.start
    # 2f. a sentence that is only the quote after one giving its speaker's manner: "X was blunt. “…”"
    manner = manner_before(R, doc, s1, q.q_start - 1, q.close)
    if manner is not None:
        return manner
    # 3. a quote that is a sentence of its own: the speaker the sentence after it names ("X was speaking at ...",
    # "That was the message of X, who ..."); else, when it opens a paragraph (a blockquote's mark before it perhaps),
    # the label or intro before it, the document the paragraph before quotes (its text goes on), the last speaker
    if text[s1.start:q.q_start - 1].strip() in ("", ">") and (named := _named_after(R, doc, q, s2)) is not None:
        return named
    if q.q_start - 1 == q.para_start or text[q.para_start:q.q_start - 1].strip() in ("", ">"):
        label = _label_before(R, doc, s1) or _intro_before(R, doc, s1)
        if label is not None:  # "Prime Minister X:" as a paragraph of its own, then the words (a text in full);
            return label, "", q.q_start  # "issued a joint statement, the text of which follows:", then the text
        if document is not None:  # "Under the text, the parties agreed “…”" ¶ "> “The parties pledge …”"
            return document, "", q.q_start
        sp = R.last(q.para_start)
        if sp is not None:
            v = vre.match(text, sp.pos)
            return sp, v.group(0) if v else "", q.q_start
    return None, "", 0
