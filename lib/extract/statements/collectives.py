"""Collective and joint speakers: several parties speaking as one subject -- people joined by 'and'
("Blinken and Safadi said"), plural subjects ("the three countries", "the two ministers"), documents named with
their issuers ("a joint statement issued by Egypt and Qatar") -- resolved to the factions they stand for,
'; '-joined (one statement row per faction, sharing a statement group).

Approach: a mixin of ``resolver._Resolver`` (it uses the resolver's actor index, speaker history and pronouns);
the parties of a plural subject are the factions named in its sentence, else its paragraph, the previous
paragraph, the opening paragraphs or the headline, the first that names as many as the number says.
Example: in "Egypt, Qatar and the US met. The three countries said ..." the subject is Egypt; Qatar; United States.
"""
from __future__ import annotations

import re
from dataclasses import replace

from lib.extract.statements.speakers import (
    ANAPHORS,
    COLLECTIVE,
    COLLECTIVE_ROLES,
    DOC_NOUNS,
    JOINT_DOCS,
    NUMBERS,
    SIGNATORY_ROLES,
    Speaker,
    _person_name,
    _type,
)
from lib.models import Mention

# Between two people of one subject: a comma or 'and', and a description of the second ("and his Egyptian
# counterpart", "and Jordan's King"); no verb, no clause
JOINT_GAP = re.compile(r"\s*(?:,\s*|,?\s+and\s+(?:(?:his|her|their|the)\s+)?(?:[A-Z][\w'’-]*\s+|(?:counterpart|"
                       r"foreign|prime|minister|president|secretary|of|state|crown|prince|king)\s+){0,4})")


def _dictionary_role(name: str, day: str) -> str:
    """The office the dictionary gives a person on ``day`` ('' for none)."""
    from lib.extract.actors.dictionary import resolve  # (read only for uncounted signatories)
    e = resolve(name, day) if day else None
    return e.role if e is not None and e.type == "person" else ""


class _Collectives:
    """Joint people, plural subjects and documents named with their issuers (mixed into ``_Resolver``)."""

    def joint_people(self, people: list[Mention]) -> Speaker | None:
        """People joined by 'and' as one subject ("Prince Faisal and his Egyptian counterpart Badr Abdelatty"):
        one joint speaker, their factions '; '-joined (a row per faction)."""
        joint = people[:1]
        for m in people[1:]:
            if not JOINT_GAP.fullmatch(self.text[joint[-1].end:m.start]):
                break
            joint.append(m)
        if len(joint) < 2 or not re.search(r"\band\b", self.text[joint[0].end:joint[-1].start]):
            return None
        facs = list(dict.fromkeys(m.faction for m in joint if m.faction))
        name = " and ".join(_person_name(m) for m in joint)
        text = " and ".join(re.sub(r"\s+", " ", m.text) for m in joint)
        return Speaker(name, "", "; ".join(facs), "group", joint[0].start, text)


    def issued_by(self, m: re.Match, floor: int) -> Speaker | None:
        """The issuers of a document named with its issuers ("a joint statement issued by Egypt and Qatar",
        "a statement released by the three leaders"), the document noun in the name."""
        a, b = floor + m.start("by"), floor + m.end("by")
        noun = re.sub(r"\s+", " ", m["doc"].lower())
        ms = [x for x in self.in_span(a, b)]
        if ms:
            sp = self.from_mentions(ms, a, b)
            if sp is not None and sp.type == "group":  # "the Israeli military", "Egypt, Qatar and the US" (not "on Sunday")
                end = ms[-1].end + (1 if self.text[a:ms[-1].end].count("(") > self.text[a:ms[-1].end].count(")")
                                    and self.text[ms[-1].end:ms[-1].end + 1] == ")" else 0)  # "... (OIC)"
                words = re.sub(r"\s+", " ", self.text[a:end])
                sp = replace(sp, name=words, title="", text=words)
        elif m["via"]:
            return None  # "the joint press release from the foreign ministers": no issuer named (the last one's)
        else:
            coll = COLLECTIVE.fullmatch(self.text[a:b])
            ana = ANAPHORS.fullmatch(self.text[a:b])
            sp = self.collective(coll, a) if coll else self.anaphor(ana, a, b) if ana else None
        if sp is None or not (sp.name or sp.faction):
            return None
        named = re.search(r"\(([^()]*)\)$", sp.name)  # a collective names it already (not "... (OIC)")
        name = sp.name if named and re.search(rf"{DOC_NOUNS}|{JOINT_DOCS}", named.group(1)) else f"{sp.name} ({noun})"
        return replace(sp, name=name, text=sp.text or name)


    def collective(self, m: re.Match, pos: int) -> Speaker | None:
        """A plural subject ("the three countries") as the parties named nearby, '; '-joined; its name lists them
        before any document noun ("the three countries of Egypt, Qatar and United States (joint statement)"; no
        parenthesis of its own, which would read as a document already named)."""
        sp = self._collective(m, pos)
        if sp is None or sp.pos != pos or "; " not in sp.faction:
            return sp  # ("the two parties": the last group speaker)
        words = re.match(r"(?P<base>.*?)(?P<doc>\s\([^()]*\))?$", sp.name)
        facs = sp.faction.split("; ")
        parties = f"{', '.join(facs[:-1])} and {facs[-1]}"
        return replace(sp, name=f"{words['base']} of {parties}{words['doc'] or ''}")

    def _collective(self, m: re.Match, pos: int) -> Speaker | None:
        n = m["n"].lower() if m["n"] else ""
        want = NUMBERS.get(n) or (int(n) if n.isdigit() else None)
        name = re.sub(r"\s+", " ", m.group(0).strip())
        name = re.sub(r"^(?i:\w+ly|afterwards|later|earlier|then|meanwhile|also|together),?\s+", "", name)
        name = re.sub(r"\s+(?:also|again|then|later|jointly)$", "", name)  # "the three ministers also"
        sent = self.doc.sentence_at(pos)
        issued = re.search(rf"\b(?:{JOINT_DOCS}|{DOC_NOUNS})\b", self.text[sent.start:pos]) if sent else None
        if sent and issued is None:  # "the three countries said in a joint statement"
            after = re.match(rf"[^.;“”\"«»]{{0,60}}?\bin\s+(?:a|an|their|the)\s+(?P<doc>{DOC_NOUNS})\b",
                             self.text[pos:sent.end])
            if after:
                doc_noun = re.sub(r"\s+", " ", after["doc"])
                name = f"{name} ({doc_noun})"
        if issued:  # "In a joint statement, the six ministers …"
            noun = re.sub(r"\s+", " ", issued.group(0))
            name = f"{name} ({noun})"
            # "In the joint statement, the three countries …": the parties of the sentence that issued it
            if re.search(rf"\b(?:the|this|that|their)\s+{re.escape(issued.group(0))}", self.text[sent.start:pos], re.I):
                origin = next((x for x in self.doc.sentences if x.end <= sent.start and x.region == "body"
                               and x.duplicate_of is None and re.search(rf"\b{re.escape(noun)}\b", x.text, re.I)), None)
                by = [sp for sp in self.history if origin is not None and origin.start <= sp.pos < origin.end
                      and sp.type == "group" and len(sp.faction.split("; ")) >= (want or 2)]
                if by:
                    return Speaker(name, "", by[0].faction, "group", pos, name)
        if m["noun"].lower() in ("parties", "signatories") and not issued:
            # "the two parties" with no joint document: often the sides a mediator brought together, not the
            # first factions named; left to the last group speaker as before
            return self.pronoun("it", pos, pos)
        roles = COLLECTIVE_ROLES.get(re.sub(r"\s+", " ", m["noun"].lower()))
        if not want and (sp := self.signatories(m, pos)) is not None:
            return sp
        if want and roles:  # "the two ministers": the last two ministers named, of different factions
            facs: list[str] = []
            for x in sorted((x for x in self.actors if x.end <= pos and _type(x) == "person" and x.faction
                             and any(r in x.role.lower() for r in roles)), key=lambda x: -x.start):
                if x.faction not in facs:
                    facs.append(x.faction)
                if len(facs) == want:
                    return Speaker(name, "", "; ".join(reversed(facs)), "group", pos, name)
        return self.parties(name, pos, want)

    # how many paragraphs back the leaders of an uncounted "the leaders" may be named (a communiqué's text follows the
    # paragraph that names them)
    SIGNATORIES_BACK = 8

    def signatories(self, m: re.Match, pos: int) -> Speaker | None:
        """An uncounted plural of office holders ("The leaders stressed ...", "The ministers called on ...") as the
        holders of such offices named before it, of two or more factions: the nearest paragraph (this one or up to
        ``SIGNATORIES_BACK`` before it) naming them. None with fewer than two sides ("Hamas leaders X and Y")."""
        roles = SIGNATORY_ROLES.get(re.sub(r"\s+", " ", m["noun"].lower()))
        sent = self.doc.sentence_at(pos)
        if m["n"] or not roles or sent is None:
            return None
        name = re.sub(r"\s+", " ", m.group(0).strip())
        # (the office as the text names it, or as the dictionary holds it: "his Iranian counterpart X")
        day = self.doc.published or ""
        people = [x for x in self.actors if x.end <= pos and _type(x) == "person" and x.faction
                  and any(r in f"{x.role} {_dictionary_role(x.value, day)}".lower() for r in roles)]
        for p in range(sent.paragraph, max(-1, sent.paragraph - self.SIGNATORIES_BACK - 1), -1):
            facs: list[str] = []
            for x in people:
                if self.doc.sentence_at(x.start) is not None and self.doc.sentence_at(x.start).paragraph == p \
                        and x.faction not in facs:
                    facs.append(x.faction)
            if len(facs) >= 2:
                return Speaker(name, "", "; ".join(facs), "group", pos, name)
        return None

    def parties(self, name: str, pos: int, want: int | None) -> Speaker | None:
        """The factions named in the sentence at ``pos``, else earlier in its paragraph, else the previous
        paragraph, else the article's opening paragraphs or headline: the first of these that names ``want``
        parties (at least two when no number is given)."""
        sent = self.doc.sentence_at(pos)
        if sent is None:
            return None
        body = [x for x in self.doc.sentences if x.region == "body" and x.duplicate_of is None]
        same = [x for x in body if x.paragraph == sent.paragraph and x.index < sent.index]
        earlier = sorted({x.paragraph for x in body if x.paragraph < sent.paragraph})
        spans = [(sent.start, sent.end)]
        if same:
            spans.append((same[0].start, same[-1].end))
        if earlier:
            prev = [x for x in body if x.paragraph == earlier[-1]]
            spans.append((prev[0].start, prev[-1].end))
        for p in earlier[:3]:
            para = [x for x in body if x.paragraph == p]
            spans.append((para[0].start, para[-1].end))
        spans += [(r.start, r.end) for r in self.doc.regions if r.kind == "headline"]
        need = want or 2
        for a, b in spans:
            facs: list[str] = []
            for m in self.in_span(a, b):
                for f in m.faction.split("; "):
                    if f and f not in facs:
                        facs.append(f)
            if len(facs) >= need:
                return Speaker(name, "", "; ".join(facs[:want] if want else facs), "group", pos, name)
        return None
