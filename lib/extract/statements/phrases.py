"""The shapes of a reporting verb's subject phrase that speaker resolution reads: documents issued or read out,
agents, topics and companions before an actor, appositions, possessors and relative clauses with a pronoun; and how
the last speaker is named as the issuer of a document (``_documented``).

Example: ``TOPIC`` marks "Regarding Hamas, Qatar said" (Hamas is a topic, not the subject); ``APPOSITION_GAP`` joins
"Hamas's spokesman in Beirut, Osama Hamdan" into one person.
"""
from __future__ import annotations

import re
from dataclasses import replace

from lib.extract.statements.speakers import DOC_NOUNS, JOINT_DOCS, Speaker, in_document

# A joint document named with when it was issued, as a subject ("A joint statement issued after the talks said")
ISSUED_WHEN = re.compile(rf"\s*(?:the|a|an|The|A|An)\s+(?P<doc>{JOINT_DOCS})\s+(?:issued|released|published|adopted)"
                         r"\s+(?:after|at|on|following|during|at\s+the\s+end\s+of)\s+[^,;:“”\"]{1,60}?\s*")


# A preposition before an actor in a clause's opening phrase: an agent or a circumstance, not the subject
AGENT = re.compile(r"(?<![\w-])(?:by|with|to|from|for|of|on|in|at)\s+(?:the\s+)?$")
# A clause opened by a pronoun subject and its verb ("He hailed ..."): actors after it are no subject
LEADING_PRONOUN = re.compile(r"\s*(?P<p>he|she|it|they|He|She|It|They)\s+(?:(?:also|then|later|again|has|have|had)\s+)*"
                             r"(?!and\b|or\b|of\b)[a-z]{3,}\b")
# A sentence that opens with the document its subject speaks in ("In a joint statement after the call, the leaders said")
IN_DOCUMENT = in_document("a|an|the|its|their|his|her", DOC_NOUNS, modifiers_named=True, flags="(?i)")
# A document read out by the subject of the clause after it ("Reading from a joint understanding hammered out by the
# two sides, Bush said:"; "Reading aloud the joint statement, the minister said")
READING_FROM = re.compile(rf"\s*(?:Reading|Quoting)\s+(?:aloud\s+|out\s+)?(?:from\s+)?(?:a|an|the)\s+"
                          rf"(?P<doc>(?:\w+\s+)?(?:{JOINT_DOCS}|{DOC_NOUNS}))\b(?P<rest>[^,;:“”\"«»]{{0,160}}),\s*")
# Between a description and the name in apposition to it ("Hamas's spokesman in Beirut, Osama Hamdan")
# (a rank or form of address may stand before the name: "An SAF spokesperson, Brig Nabil Abdallah,")
APPOSITION_GAP = (r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s*,\s*(?:(?:Lt|Lieut|Col|Gen|Maj|Capt|Brig|Sgt|Adm|"
                  r"Cmdr|Cdr|Brigadier|General|Colonel|Major|Lieutenant|Admiral|Dr|Mr|Ms|Mrs)\.?\s+){0,3}")
# a side named after a person as what the person acts on or talks about ("... the deal with Lebanon", "... talks
# over Gaza"), not whose the person is
ABOUT_SIDE = re.compile(r"(?i)(?<![\w-])(?:with|on|over|about|against|towards?|regarding)\s+(?:the\s+)?$")
# Words before a person who accompanies the speaker ("an official traveling with Kerry", "a diplomat accompanying X")
COMPANION = re.compile(r"(?i)(?<![\w-])(?:(?:travell?ing|flying|speaking|standing)\s+)?(?:with|alongside|accompanying)\s+"
                       r"(?:the\s+)?(?:[A-Za-z.-]+\s+){0,3}$")
# A preposition that makes the actor after it a topic, not a subject
TOPIC = re.compile(r"(?i)(?<![\w-])(?:on|about|regarding|concerning|as\s+for|asked\s+about)\s+(?:the\s+)?$")
# Between a state and a group it owns ("Lebanon's Hezbollah", "Yemen's Iran-backed Houthis")
POSSESSOR = re.compile(r"['’]s?\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+-backed)\s+){0,3}")


# a pronoun in a relative clause about a message ("..., in which he praised", "..., during which she said"): the
# subject of the clause before the comma, not the last person named (the message's addressee)
IN_WHICH_PRONOUN = re.compile(r"\s*(?:in|during|through|by|at)\s+which\s+(?:he|she|it|they)\s+"
                              r"(?:(?:also|has|have|had|later|again)\s+)*")



def _documented(sp: Speaker | None, phrase: str) -> Speaker | None:
    """The last speaker as the issuer of the document a quote is read from ("the statement said" after "Egypt
    and Qatar said"): named with the document noun, as issuers are.

    >>> _documented(Speaker("Egypt and Qatar", "", "Egypt; Qatar", "group", 0), "the joint statement").name
    'Egypt and Qatar (joint statement)'
    """
    if sp is None or not sp.name or sp.name.endswith(")"):
        return sp
    noun = re.sub(r"\s+", " ", re.sub(r"^(?i:the|this|that|a|an|its|his|her|their)\s+", "", phrase.strip()))
    return replace(sp, name=f"{sp.name} ({noun.lower()})")
