"""Offices held at another side's post: in "Jordan's ambassador to the UN Mahmoud Hmoud said" the UN is where the
ambassador serves and Jordan whose he is; a speaker found at the post is the owner's office (``_posted_to``), read
by direct.py after a quote's attribution.

Example: '“No,” Jordan's ambassador to the UN Mahmoud Hmoud said.' is Mahmoud Hmoud's, for Jordan (not the UN's).
"""
from __future__ import annotations

import re

from lib.extract.actors import TITLE_WORDS
from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import Speaker

# An office held at a post abroad, up to the post's name: "Jordan's ambassador to the ", "the Algerian envoy to "
OFFICE_TO = re.compile(r"(?P<owner>(?:[A-Z][\w.’'-]*\s+){0,3}?[A-Z][\w.’'-]*?)(?:['’]s)?\s+(?:(?:permanent|deputy|special|"
                       r"chief|top|new|outgoing|former)\s+)*(?P<office>ambassador|envoy|representative|delegate|emissary)"
                       r"\s+to\s+(?:the\s+)?$")
# a name right after the post ("… to the UN Amar Bendjama said"): two to four capitalised words
NAME_AFTER_POST = re.compile(r"\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:al|el|bin|bint|ibn|abu)[-\s])?[A-Z][\w’'-]+){1,3})(?=\s*[,.;]|\s+[a-z])")


def _posted_to(R: _Resolver, text: str, a: int, b: int, sp: Speaker | None) -> Speaker | None:
    r"""The speaker again when the one found is only the post of an office held by another side: in "Jordan's
    ambassador to the UN Mahmoud Hmoud said" the UN is where the ambassador serves, Jordan whose he is (the name
    after the post, when there is one, is the speaker's). Any other speaker is returned as it is.

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> t = "Envoys\n\n“No,” Jordan's ambassador to the UN Mahmoud Hmoud said."
    >>> d = document_from_text("a", t, published="2024-02-14")
    >>> R = _Resolver(d, tuple(find(d)))
    >>> un = Speaker("UN", "", "United Nations", "group", 0, "UN")
    >>> sp = _posted_to(R, t, t.index("“"), len(t), un)
    >>> (sp.name, sp.faction)
    ('Mahmoud Hmoud', 'Jordan')
    >>> t = "Envoys\n\n“No,” the UN envoy to Yemen said."
    >>> d = document_from_text("a", t, published="2024-02-14")
    >>> _posted_to(_Resolver(d, tuple(find(d))), t, t.index("“"), len(t), un) is un
    True
    """
    if sp is None or not sp.faction:
        return sp
    for m in R.in_span(a, b):
        if m.faction != sp.faction or sp.text not in (text[m.start:m.end], m.value) and m.value != sp.name:
            continue
        office = OFFICE_TO.search(text, max(a, m.start - 120), m.start)
        owners = [x for x in R.in_span(office.start("owner"), office.end("owner"))
                  if x.faction and x.faction != sp.faction] if office else []
        if not owners:
            continue
        named = NAME_AFTER_POST.match(text, m.end)
        name = named["name"] if named and not any(w.lower() in TITLE_WORDS for w in named["name"].split()) else ""
        owner = owners[-1]
        title = re.sub(r"\s+", " ", text[office.start("owner"):m.end])
        return Speaker(name or title, title, owner.faction, "person", sp.pos, name or title)
    return sp
