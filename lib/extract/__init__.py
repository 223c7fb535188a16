"""The extraction layer: pure text -> records (article -> sentences -> mentions -> events/statements/casualties).

Idea: one module (or package) per stage, each a pure function of its inputs returning typed records
(``lib.models``); rules and dictionaries are data in ``lib/data``.

Approach: ``document`` builds a ``Document`` (``regions`` marks non-body text, ``sentences`` splits it, the
``dateline`` parser is shared); ``extract_document`` then runs dates -> places -> actors -> statements ->
casualties -> events, each later stage reading the earlier stages' mentions through a ``Context``.
``docs/extraction.md`` describes how each stage decides.

May import only ``lib.models`` and other ``lib.extract`` modules: never ``lib.store``, ``lib.views``, ``lib.ui``,
``lib.cli`` or streamlit (``tests/test_layers.py`` enforces it).

Example:
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a1", "Hamas said on Sunday it rejects the talks.", published="2023-03-20")
    >>> result = extract_document(doc)
    >>> sorted({m.kind for m in result.mentions}) >= []
    True
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from lib.models import CasualtyClaim, Document, Event, Mention, Sentence, Statement, stable_id


@dataclass(frozen=True)
class Context:
    """What the later stages see: the document and the mentions found in it."""

    doc: Document
    dates: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()
    actors: tuple[Mention, ...] = ()

    def in_sentence(self, mentions: tuple[Mention, ...], sentence: Sentence) -> list[Mention]:
        """Mentions whose span lies inside ``sentence``."""
        return [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]


@dataclass(frozen=True)
class Result:
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]
    statements: tuple[Statement, ...]
    casualties: tuple[CasualtyClaim, ...]


def extract_document(doc: Document) -> Result:
    """Run every stage on one document."""
    from lib.extract import actors, casualties, events, places, statements
    from lib.extract.document import page_view, seen

    date_mentions = _dates(doc)
    place_mentions = tuple(places.find(doc))
    actor_mentions = tuple(actors.find(doc))
    view = page_view(doc.text)
    if view is not None:  # a page saved as text: nothing a reader does not see (a script, a style, a tag's attribute)
        date_mentions, place_mentions, actor_mentions = (tuple(m for m in ms if seen(view, m.start, m.end)) for ms in
                                                         (date_mentions, place_mentions, actor_mentions))
    ctx = Context(doc=doc, dates=date_mentions, places=place_mentions, actors=actor_mentions)
    said = tuple(statements.extract(ctx))
    # the statements table compares factions: a quote by someone of no faction (a resident, an analyst) stays
    # in the record as a kind='quote' mention (highlighted in the article viewer), not as a statement
    stmts = tuple(s for s in said if s.faction)
    quotes = tuple(quote_mention(s) for s in said if not s.faction)
    cas = tuple(casualties.extract(ctx))
    evs = tuple(events.extract(ctx, stmts, cas))
    mentions = tuple(sorted(date_mentions + place_mentions + actor_mentions + quotes, key=lambda m: (m.start, m.kind)))
    return Result(mentions=mentions, events=evs, statements=stmts, casualties=cas)


def _dates(doc: Document) -> tuple[Mention, ...]:
    """The date mentions of ``doc``, tagged on its reading view when words are cut by a hyphen at its lines' ends (a
    PDF paste: "Octo-\nber 7" is read "October 7"; ``reading.joined_words``), each mapped back to the raw
    text's offsets and words."""
    from lib.extract import dates
    from lib.extract.reading import joined_words, to_raw

    view, moved = joined_words(doc)
    found = tuple(dates.tag(view))
    if not moved:
        return found
    out = []
    for m in found:
        a, b, sa, sb = (to_raw(moved, x) for x in (m.start, m.end, m.sentence_start, m.sentence_end))
        out.append(replace(m, mention_id=stable_id(doc.article_id, a, b, m.kind), start=a, end=b, text=doc.text[a:b],
                           sentence_start=sa, sentence_end=sb, sentence=doc.text[sa:sb]))
    return tuple(out)


def quote_mention(s: Statement) -> Mention:
    """A quote of no faction as a mention: the quote's span, the speaker as value.

    >>> from lib.models import Statement
    >>> st = Statement.make("a", start=0, end=30, quote_start=1, quote_end=10, quote="Nowhere s", speaker="Umm Ali",
    ...                     sentence="“Nowhere s…” said Umm Ali here.")
    >>> m = quote_mention(st)
    >>> (m.kind, m.text, m.value, m.start, m.end)
    ('quote', 'Nowhere s', 'Umm Ali', 1, 10)
    """
    return Mention.make(s.article_id, kind="quote", text=s.quote, start=s.quote_start, end=s.quote_end,
                        value=s.speaker, role=s.speaker_title, evidence=f"{s.kind} quote, {s.reporting_verb}; no faction",
                        sentence=s.sentence, sentence_start=s.start, sentence_end=s.end, region=s.region)
