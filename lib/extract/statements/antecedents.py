"""What pronouns ("he", "it", "they") and definite descriptions ("the army", "the ministry", "the sources")
point back to within one article: a mixin of ``resolver._Resolver`` (it reads the resolver's actor index, paragraphs,
civilians and speaker history).

Example: in "Hamas said X. It added Y." 'It' is Hamas; in "Rachel Levi waited. “…,” she said" 'she' is Rachel Levi.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from lib.extract.actors.references import section_faction
from lib.extract.statements.offices import office_antecedent
from lib.extract.statements.phrases import APPOSITION_GAP
from lib.extract.statements.speakers import (
    ANAPHOR_KINDS,
    PRONOUNS,
    TYPED_ANAPHORS,
    Speaker,
    _is_object,
    _type,
    gender_of,
)
from lib.extract.statements.verbs import _verb_re

# A sentence end before an opening quote, inside one sentence of the splitter ("on X. “", "the summit. \"")
MISSED_END = re.compile(r"[\w)][.!?]\s+[“\"«]")
# A quote running from its opening mark up to a pronoun subject after it ("“…,” he wrote")
QUOTE_TO_PRONOUN = re.compile(r"[“\"«][^“”\"«»]{2,}[”\"»]\s*,?\s*")


class _Antecedents:
    """Pronouns and definite descriptions resolved to earlier speakers and actors (mixed into ``_Resolver``)."""

    def anaphor(self, ana: re.Match, pos: int, verb_start: int) -> Speaker | None:
        """A definite description ("the army", "the ministry", "the group"): the last speaker or actor of the
        same kind. A typed noun with no such antecedent is someone the text names without a faction (an army
        or ministry of no known country): it blocks the fall-back to the previous speaker, never takes it."""
        if ana["person"]:
            return office_antecedent(self, ana, pos, verb_start)
        if not ana["group"]:
            return self.pronoun("he", pos, verb_start)
        noun = re.sub(r"\s+", " ", ana["group"].lower())
        kind = next((k for k, nouns in TYPED_ANAPHORS.items() if noun.split()[-1] in nouns), None)
        if kind is None or re.match(r"(?i)\s*both|\s*the\s+(?:two|three|four|several)\b", ana.group(0)):
            return self.pronoun("it", pos, verb_start)
        words, types = ANAPHOR_KINDS[kind]

        def fits(name: str, typ: str) -> bool:
            return typ in types or any(re.search(rf"(?<![\w-]){w}", name.lower()) for w in words)

        # a section opened by a heading that names a faction ("JORDAN" in a factbox of reactions): its body
        section, opens = section_faction(self.doc, pos)
        sp = self.pronoun("it", pos, verb_start)  # the last group speaker, if it is of that kind
        at = [] if sp is None else self.actors[bisect_left(self._starts, sp.pos):bisect_right(self._starts, sp.pos)]
        if sp is not None and sp.faction and sp.pos > opens and any(
                fits(sp.name + " " + self.text[m.start:m.end], m.actor_type) for m in at):
            return sp
        # else the last actor of that kind named before (in the text, not only as a speaker)
        prior = next((m for m in reversed(self.actors[bisect_right(self._starts, opens):bisect_right(self._starts, pos)])
                      if m.end <= pos and m.faction and _type(m) == "group"
                      and fits(self.text[m.start:m.end] + " " + m.value, m.actor_type)), None)  # (the last one)
        if prior is not None:
            return self.from_mentions([prior], 0, 0)
        if section:
            words = re.sub(r"\s+", " ", ana.group(0).strip())
            return Speaker(f"{section} ({words.lower().removeprefix('the ')})", "", section, "group", pos, words)
        return Speaker("", "", "", "group", pos)

    def sources(self, pos: int) -> Speaker:
        """"The sources said" as a subject: the sources named last, when they are an actor of a faction
        ("Egyptian sources"); none for "two sources briefed on the talks" (no side), whatever spoke in between."""
        prior = [m.start() for m in re.finditer(r"(?i)\bsources\b", self.text[:pos])]
        ms = [m for m in self.actors if prior and m.start <= prior[-1] < m.end and m.faction]
        sp = self.from_mentions(ms[:1], 0, 0) if ms else None
        return sp if sp is not None else Speaker("", "", "", "group", pos)

    def pronoun(self, word: str, pos: int, verb_start: int) -> Speaker | None:
        """What a pronoun points back to; 'he' and 'she' agree in gender with it (``speakers.gender_of``): a
        person of the other gender gives way to the nearest one who fits ('she': a known woman; 'he': anyone not
        known to be one) named in this paragraph or the one before, else to nobody; for 'she', a person of unknown
        gender is kept unless a known woman is named there."""
        sp = self._pronoun(word, pos, verb_start)
        want = {"he": "male", "she": "female"}.get(word)
        have = gender_of(sp)
        if want is None or sp is None or have == want or (have == "" and want == "male"):
            return sp
        sent = self.doc.sentence_at(pos)
        first = None if sent is None else self.paras.first(sent.paragraph - 1, sent.paragraph)
        lo = first.start if first is not None else pos
        cands = [s for s in self.history if lo <= s.pos < pos and s.type == "person"]
        cands += [self.from_mentions([m], 0, 0) for m in self.in_span(lo, pos) if _type(m) == "person" and m.end <= pos]
        fit = [c for c in cands if c is not None and (gender_of(c) == want or want == "male" and not gender_of(c))]
        return max(fit, key=lambda c: c.pos) if fit else (sp if have == "" else None)

    def missed_end(self, a: int, pos: int) -> int | None:
        """Where a sentence ends inside text[a:pos] before a quote opens ("... on X. “Those who ...”, he wrote": the
        splitter took "X." for an initial), if the quote runs up to the pronoun at ``pos``; None otherwise.

        >>> R = type("R", (), {"text": 'Haiat dismissed it on X. “We refuse,” he wrote.'})()
        >>> _Antecedents.missed_end(R, 0, R.text.index("he wrote"))
        24
        >>> R.text = 'Haiat dismissed it, saying “we refuse,” he wrote.'
        >>> _Antecedents.missed_end(R, 0, R.text.index("he wrote")) is None
        True
        """
        ends = [m for m in MISSED_END.finditer(self.text, a, pos)]
        return ends[-1].start() + 2 if ends and QUOTE_TO_PRONOUN.fullmatch(self.text, ends[-1].end() - 1, pos) else None

    def _pronoun(self, word: str, pos: int, verb_start: int) -> Speaker | None:
        kind = PRONOUNS[word]
        sent = self.doc.sentence_at(pos)
        if sent is not None:
            # an earlier reporting verb in the same sentence ("When X announced ..., it said")
            same = [s for s in self.history if sent.start <= s.pos < pos and s.type == kind]
            if same:
                return same[-1]
            if kind == "person":
                # the subject of the closest earlier sentence of the same paragraph that names a person
                for prior in reversed([x for x in self.paras.of(sent.paragraph) if x.start < pos]):
                    if prior.index == sent.index and (cut := self.missed_end(sent.start, pos)) is not None:
                        # "X dismissed the summit on X. “…,” he wrote": a sentence the splitter did not end
                        ms = [m for m in self.in_span(sent.start, cut) if _type(m) == "person"
                              and not _is_object(self.text, sent.start, m)]
                        if ms:
                            return self.from_mentions(ms[:1], 0, 0)
                    # (not a name inside a quote: "“Netanyahu must stop this war. No one accepts it,” he said")
                    ms = [m for m in self.in_span(prior.start, min(prior.end, pos)) if _type(m) == "person"
                          and not self.quoted.covers(m.start)]
                    # its subject, not an object ("After meeting Abbas, Blinken said", "Egypt hosted X")
                    subj = [m for m in ms if not _is_object(self.text, prior.start, m) and not re.search(
                        r"\b(?:with|by|to|from|for|of|meeting|visiting|receiving|hosting)\s+(?:the\s+)?$",
                        self.text[max(prior.start, m.start - 20):m.start])]
                    civ = [sp for p, sp in self.civilians if prior.start <= p < min(prior.end, pos)
                           and (not ms or p < ms[0].start)]
                    if civ and prior.index != sent.index:  # "Rachel Levi does not know …": a private person
                        return civ[0]
                    if ms and prior.index != sent.index:
                        cand = subj or ms
                        # "Russia's envoy, Mikhail Ulyanov,": the description and its name are one person
                        # ("Netanyahu's spokesman Mark Regev": the owner and the aide, of whom from_mentions keeps the aide)
                        two = len(cand) > 1 and re.fullmatch(rf"{APPOSITION_GAP}|['’]s?\s+(?:[A-Za-z-]+\s+){{0,3}}",
                                                             self.text[cand[0].end:cand[1].start])
                        return self.from_mentions(cand[:2] if two else cand[:1], 0, 0)
                # a person introduced in the previous paragraph, after the last speaker, is the likelier 'he'
                # ("Mohammed Abu Shaar, 37, waited ...\n“…,” he said")
                last = self.last(pos, "person")
                if (q := self.paras.body_before(sent.paragraph)) is not None:
                    para = [x for x in self.paras.of(q) if x.region == "body"]
                    a, b = para[0].start, para[-1].end
                    people = sorted([(m.start, self.from_mentions([m], 0, 0)) for m in self.in_span(a, b)
                                     if _type(m) == "person"] + [(p, sp) for p, sp in self.civilians if a <= p < b],
                                    key=lambda x: x[0])
                    if people and (last is None or last.pos < a):
                        return people[0][1]
            if kind == "group":
                for v in _verb_re().finditer(self.text, sent.start, pos):
                    sp = self.subject(v.start(), sent.start)
                    if sp and sp.type == "group":
                        return sp
        found = self.last(pos, kind) or (self.last(pos, issuers=True) if kind == "group" else None)
        if found is None and sent is not None:
            # nobody has spoken yet: the first actor of that kind in this or the previous sentence (its subject)
            for cand in (sent, self.doc.sentences[sent.index - 1] if sent.index else None):
                if cand is None:
                    continue
                ms = [m for m in self.in_span(cand.start, min(cand.end, pos)) if _type(m) == kind]
                if ms:  # a group subject may be joint ("Hamas and Islamic Jihad")
                    return self.from_mentions(ms if kind == "group" else ms[:1], 0, 0)
        return found
