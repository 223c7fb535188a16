"""Indirect speech: "X said that ...", "X called for ...", "<content>, X said." with a named subject right
before the verb; speech that only reports facts (a toll, a journey) is a source attribution, not a statement.
The subject of the verb is found by ``subjects``, attributions after or inside the words ("according to X", "..., X said") by ``according``.

Example: "Jordan’s foreign ministry called for an end to the attacks." is Jordan's, stance demand.
"""
from __future__ import annotations

import re
from dataclasses import replace

from lib.extract.statements.according import _according, _medial, _trailing
from lib.extract.statements.clauses import (
    ADVERBIAL_FIRST,
    AND_THAT,
    BACKGROUND_SPEECH,
    BARE_CLAUSE,
    BARE_FORMS,
    DELEGATION_CLAUSE,
    DIRECTIVE,
    DIRECTIVE_VERBS,
    DOC_CLAUSE,
    EXPRESS,
    EXPRESS_VERB,
    EXPRESSED_OBJECT,
    INFINITIVE_ACT,
    INFINITIVE_VERBS,
    LISTENER,
    NAMED,
    NAMED_THEN,
    NAMING_AS_VERBS,
    NAMING_PARTICIPLE,
    NAMING_VERBS,
    PLACE_TIME_GAP,
    POSITION_OBJECT,
    POSITION_VERBS,
    SPOKESMAN_OF,
    THAT_VERBS,
    _clause,
    _fact_report,
    _runs_on,
)
from lib.extract.statements.filters import courtesy_call
from lib.extract.statements.quotes import MIN_PREDICATE_WORDS, _words
from lib.extract.statements.resolver import _Resolver, member_subject
from lib.extract.statements.speakers import Speaker, relayer
from lib.extract.statements.subjects import (
    COORDINATED_VERB,
    READOUT_ACT,
    SUBJECT_GAP,
    UN_RECORD_NAME,
    _after_attitude,
    _opening_subject_and,
    _other_clause,
    _relative_clause,
    _relayed,
    _subject_of_clause,
)
from lib.models import Document, Sentence

# (``direct`` imports ``SPOKESMAN_OF`` and ``_relayed`` from here; they live in ``clauses`` and ``subjects``)
__all__ = ["SPOKESMAN_OF", "_indirect", "_relayed"]


# The object of a rejection that is a bare noun phrase, with no words of the speaker's ("rejected the Palestinian
# boycott", "rejecting suggestions of a deal"; not "rejected claims that ...", "rejected it as “…”", "rejected calls to")
BARE_OBJECT = re.compile(r"(?:\s+(?!(?:that|as|to|because|saying|calling|and)\b)[\w'’-]+){1,8}\s*")

# 'that' after a noun, followed right away by a finite verb, is a relative pronoun ("a meeting that lasted two hours",
# "the plan that was adopted"), not the complementiser of a reported clause
RELATIVE_THAT = re.compile(r"(?:is|was|are|were|has|had|have|will|would|could|can|[a-z]+ed)\b")


def _indirect(R: _Resolver, doc: Document, s: Sentence, vre, verbs, emit) -> None:
    """Clearly attributed indirect speech in one sentence: a named subject right before the verb."""
    text = doc.text
    if _according(R, doc, s, emit):
        return
    if _trailing(R, doc, s, vre, verbs, emit):
        return
    if _medial(R, doc, s, verbs, vre, emit):
        return
    done = s.start  # a sentence may hold several statements: "The PA condemned X, but agreed ... after Israel said Y"
    last: Speaker | None = None  # the speaker of the statement that ended at ``done``
    last_relay = ""  # who relayed it ("The spokesman said Sisi affirmed ... and stressed ...": both Sisi's, relayed)
    for v in sorted([*vre.finditer(text, s.start, s.end), *EXPRESS_VERB.finditer(text, s.start, s.end)],
                    key=lambda x: x.start()):
        if v.start() < done:
            continue
        form = re.sub(r"\s+", " ", v.group(0))
        vk = verbs.get(form) or (EXPRESS if v.re is EXPRESS_VERB else None)
        # (a verb of attitude speaks when it names its object with quoted words: "called the deal “a disaster”")
        # (a name of a word is none: 'described the suffering as “unprecedented”', as a quote of a word is no row)
        naming = vk is not None and vk.verb in (*NAMING_VERBS, *NAMING_AS_VERBS) and \
            (nm := NAMED.match(text, v.end(), s.end)) is not None and len(_words(nm["name"])) >= MIN_PREDICATE_WORDS \
            and (vk.verb in NAMING_VERBS or nm["as"] is not None)
        if vk is None or vk.kind not in ("say", "act") and not naming:
            continue
        if vk.kind != "say" and BACKGROUND_SPEECH.search(text[max(s.start, done):v.start()]):
            continue  # "Relations deteriorated after Riyadh blamed Iran ...": an act before, background (what a
            # state SAID in that clause stays its statement: "agreed to hold off after Israel said it would not ...")
        relay = ""
        if last is not None and (COORDINATED_VERB.fullmatch(text, done, v.start()) or naming and NAMING_PARTICIPLE.match(
                text, done) is not None and NAMING_PARTICIPLE.match(text, done).end() == v.end()):
            sp, relay = last, last_relay  # "X said ..., but added that ...": the second verb shares the first one's subject
        elif (sp := _subject_of_clause(R, doc, s, v.start(), form, done)) is not None:
            pass  # a participle, a verb after a quote, or 'He said' (below)
        elif (sp := _opening_subject_and(R, text, max(s.start, done), v.start(), verbs)
              or member_subject(R, max(s.start, done), v.start())) is not None:  # ("X, chairman of the Y Union,")
            pass  # "X met Y in Ramallah and stressed ...": the sentence's opening subject
        else:
            sp = R.subject(v.start(), s.start)
            if sp is None or not sp.faction:
                continue
            # the subject must be named right before the verb (not a pronoun, not far away)
            ms = [x for x in R.in_span(s.start, v.start())]
            if not ms or ms[-1].start < done:
                continue
            if _relative_clause(text, s.start, ms[-1].start, ms):
                continue  # "a key demand of Hamas that Fatah rejected": the verb's object is the noun before 'that'
            # (or the subject's head, with what may follow it: "The King, who is recovering in Germany, stressed")
            head = next((x for x in ms if x.start == sp.pos and x.start >= done), None)
            if not any(SUBJECT_GAP.fullmatch(text[x.end:v.start()]) or _after_attitude(text[x.end:v.start()], verbs)
                       for x in (ms[-1], head) if x is not None):
                continue
            if head is not None and head is not ms[-1] and SUBJECT_GAP.fullmatch(text[ms[-1].end:v.start()]) and \
                    _other_clause(text[head.end:ms[-1].start]):
                # "Egypt hosted the talks and Hamas said ...": the subject right before the verb, not the first one
                sp = R.from_mentions(ms[-1:], ms[-1].start, ms[-1].end)
                if sp is None or not sp.faction:
                    continue
            if text[ms[-1].end:ms[-1].end + 1] == ")":
                rec = UN_RECORD_NAME.search(text, s.start, ms[-1].start)
                if rec is None:
                    continue  # "OCHA (the UN office) said": only a meeting record's "NAME (Country) said" is read
                # the delegate in capitals speaks for the country in parentheses (a person mention of
                # ``actors.delegates`` when the dictionary knows the delegation)
                person = next((x for x in R.in_span(rec.start(), rec.end()) if x.actor_type == "person"), None)
                name = person.value if person is not None else re.sub(r"\s+", " ", rec.group(0).rstrip(" (")).title()
                sp = replace(sp, name=name, type="person", text=name)
        if vk.kind == "say":
            tell = form in ("told", "tells")
            that = re.match(r"((?:\s+[^.;“”\"]{0,80}?)??)\s+that\s+", text[v.end():s.end])  # the first 'that'
            gap_words = len(that.group(1).split()) if that else 0
            if that and gap_words > 6 and PLACE_TIME_GAP.fullmatch(that.group(1)):
                gap_words = 6  # "said at a press conference in Beirut on Monday that": where and when, not a clause
            if that and re.search(r"\band\s*$", that.group(1)):
                that = None  # "said X had happened and that ...": a second complement clause (AND_THAT below)
            if that and gap_words and (first := BARE_CLAUSE.match(text, v.end(), s.end)) is not None and \
                    first.end() <= v.end() + that.end(1):
                that = None  # "said Israel had accepted the terms that Egypt proposed": a clause before 'that'
                # (its subject and verb in the gap), the 'that' a relative pronoun inside it
            if that and gap_words and RELATIVE_THAT.match(text, v.end() + that.end()):
                continue  # "told reporters after a meeting that lasted two hours": 'that' opens a relative clause
            position = POSITION_OBJECT.match(text, v.end(), s.end) if vk.verb in POSITION_VERBS else None
            if position is not None and not (that and gap_words == 0):
                # "stressed the need for calm": the position named by the verb's object
                qa, qb = _clause(text, v.end() + 1, s.end)
                if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], form):
                    emit(qa, qb, sp, "indirect", form, v.start(), relay=relay)
                    done, last, last_relay = qb, sp, relay
                continue
            if vk.verb == "express":
                expressed = EXPRESSED_OBJECT.match(text, v.end(), s.end)
                if expressed is None:
                    continue
                qa, qb = _clause(text, v.end() + 1, s.end)  # "expressed hope that ...": the feeling and its object
                if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], form):
                    emit(qa, qb, sp, "indirect", form, v.start(), relay=relay)
                    done, last, last_relay = qb, sp, relay
                continue
            pledge = vk.verb in INFINITIVE_VERBS and not form.endswith("ing") and \
                re.search(r"\bhad\s+(?:also\s+)?$", text[s.start:v.start()]) is None  # (not a threat made before)
            if pledge and INFINITIVE_ACT.match(text, v.end(), s.end) or \
                    vk.verb in DIRECTIVE_VERBS and DIRECTIVE.match(text, v.end(), s.end) and not \
                    (that and gap_words <= 6):
                # "vowed to retaliate", "warned residents not to return": the act with its infinitive
                qa, qb = _clause(text, v.start(), s.end)
                if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], form):
                    emit(qa, qb, sp, "indirect", form, v.start(), relay=relay)
                    done, last, last_relay = qb, sp, relay
                continue
            if form not in BARE_FORMS and not (vk.verb in THAT_VERBS and that and gap_words <= 6
                                               and "," not in that.group(1)):
                continue  # "claimed that ...", "warned that ...": other verbs of a position need their 'that'
            if not tell and _relayed(R, text, v.end() + 1, s.end, verbs) is not None:
                qa = v.end() + 1  # "said President X stressed that ...": reported through (below)
            elif that and gap_words <= (12 if tell else 6) and ("," not in that.group(1) or tell):
                qa = v.end() + that.end()
            else:  # "Israel said technical failures were to blame": a complement clause without 'that'
                if tell:  # "told reporters the group was ...": the listener, then the clause
                    lis = LISTENER.match(text, v.end(), s.end)
                    bare = BARE_CLAUSE.match(text, lis.end(), s.end) if lis else None
                else:
                    bare = (BARE_CLAUSE.match(text, v.end(), s.end) or DELEGATION_CLAUSE.match(text, v.end(), s.end)
                            or DOC_CLAUSE.match(text, v.end(), s.end))
                if bare is not None and (bare.re is not DOC_CLAUSE or verbs.get(bare["verb"]) is not None):
                    qa = bare.start("clause")
                else:  # "said the operation had achieved its aims and that Israel would respond ...": the second
                    more = AND_THAT.search(text, v.end(), s.end)
                    if more is None or vre.search(text, v.end(), more.start()) or \
                            BARE_CLAUSE.match(text, more.end() - 1, s.end) is None or \
                            (more["but"] or more["adding"]) and (_runs_on(text, v.end(), more.start(), s.end) is None
                                                                 or ADVERBIAL_FIRST.match(text, v.end(), more.start())):
                        continue
                    # the statement is the whole complement, the fact with the position ("the meeting had failed
                    # and that the Palestinians would not accept it"), as annotators quote it
                    qa = v.end() + len(text[v.end():more.start()]) - len(text[v.end():more.start()].lstrip())
            relayed = _relayed(R, text, qa, s.end, verbs)
            if relayed is not None:  # "the spokesman said Shoukry stressed ...": Shoukry's words, relayed
                inner, iverb, ivpos, qa = relayed
                if inner.faction and inner.name != sp.name:
                    qa, qb = _clause(text, qa, s.end)
                    if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], iverb):
                        emit(qa, qb, inner, "indirect", iverb, ivpos, relay=relayer(sp))
                        # a readout's next act ("... and stressed the need to ...") is the inner speaker's too
                        done, last, last_relay = qb, (inner if READOUT_ACT.fullmatch(iverb) else None), relayer(sp)
                        continue
            qa, qb = _clause(text, qa, s.end)
        else:
            qa, qb = _clause(text, v.start(), s.end)
            if vk.stance == "reject" and BARE_OBJECT.fullmatch(text, v.end(), qb):
                continue  # "rejected the Jordanian criticism": an act toward another's words, no words of its own
            if courtesy_call(form, text[v.end():qb]):
                continue  # "the prime minister called on the Supreme Leader": a visit, nothing asked
        if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], form):
            emit(qa, qb, sp, "indirect", form, v.start(), relay=relay)
            done, last, last_relay = qb, sp, relay
            # (a naming participle inside it is read on its own too: "condemned the strikes, calling them “…”"; so is
            # a verb of speech after a finite naming act's quoted name: "called the move “a mistake” and said Jordan
            # would"; a participle's is its row's: "condemned the attack, calling it “…” and urging Baghdad to act")
            if (named := NAMING_PARTICIPLE.search(text, qa, qb)) is not None:
                done = named.start()
            elif naming and not form.endswith("ing") and (then := NAMED_THEN.search(text, qa, qb)) is not None and \
                    (tk := verbs.get(re.sub(r"\s+", " ", then["verb"]))) is not None and tk.kind in ("say", "act"):
                done = then.start()
