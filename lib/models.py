"""Typed records: one frozen dataclass per table, each column list declared once.

Every extracted row carries provenance: ``article_id`` plus ``sentence``/``start``/``end``,
where ``text[start:end] == sentence`` on the article's decoded text, and a stable id
(a hash of article id, span and kind) so that re-runs give the same ids.

Example:
    >>> m = Mention.make("a1", kind="date", text="Sunday", start=3, end=9,
    ...                  sentence="On Sunday.", sentence_start=0, sentence_end=10, value="2023-03-19")
    >>> m.mention_id == Mention.make("a1", kind="date", text="Sunday", start=3, end=9,
    ...     sentence="On Sunday.", sentence_start=0, sentence_end=10).mention_id
    True
    >>> "value" in MENTION_COLUMNS
    True
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field, fields
from typing import Any

EXTRACTOR_RELEASE = "0.2.0"


def _code_fingerprint() -> str:
    """A hash of the extraction code and its data files, so any change to them re-extracts stored articles."""
    from pathlib import Path

    root = Path(__file__).resolve().parent
    h = hashlib.sha1()
    files = sorted([*root.glob("extract/**/*.py"), *root.glob("data/*.csv"),
                    root / "store" / "loader.py", root / "models.py", root / "store" / "linking.py"])
    for f in files:
        if f.is_file():
            h.update(f.relative_to(root).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:8]


# release + fingerprint of the extraction code and data, e.g. '0.2.0+1a2b3c4d'
EXTRACTOR_VERSION = f"{EXTRACTOR_RELEASE}+{_code_fingerprint()}"

# Region kinds: spans of an article that are not running body text. Body is everything else.
REGION_KINDS = ("headline", "caption", "credit", "boilerplate", "foreign", "dateline", "related")


def stable_id(*parts: Any) -> str:
    """A short deterministic id from its parts.

    >>> stable_id("a", 1, 2, "date") == stable_id("a", 1, 2, "date")
    True
    """
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return h[:16]


@dataclass(frozen=True)
class Region:
    """A non-body span of an article (offsets into the decoded text)."""

    start: int
    end: int
    kind: str  # one of REGION_KINDS
    reason: str = ""


@dataclass(frozen=True)
class Sentence:
    """A sentence with its span; ``region`` is 'body' or a REGION_KINDS value."""

    index: int
    start: int
    end: int
    text: str
    region: str = "body"
    paragraph: int = 0
    duplicate_of: int | None = None  # index of an earlier sentence with the same text


@dataclass(frozen=True)
class Document:
    """What extractors see: the decoded text, its sentences and the publication anchor."""

    article_id: str
    text: str
    sentences: tuple[Sentence, ...] = ()
    regions: tuple[Region, ...] = ()
    published: str = ""  # TimeML value: YYYY-MM-DD | YYYY-MM | YYYY | ''
    published_precision: str = ""  # day | month | year | ''
    published_basis: str = "unknown"  # manifest | inferred | unknown
    title: str = ""
    outlet: str = ""

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence containing character offset ``pos`` (a binary search: sentences are in text order)."""
        from bisect import bisect_right

        starts = self.__dict__.get("_starts")
        if starts is None or len(starts) != len(self.sentences):
            starts = [s.start for s in self.sentences]
            object.__setattr__(self, "_starts", starts)  # a cache, not a field: equality and ids ignore it
        i = bisect_right(starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        return None


def _columns(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


class Row:
    """Mixin for table rows: ``as_dict`` in column order."""

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]

    def replace(self, **changes):
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]


@dataclass(frozen=True)
class Article(Row):
    """One input file: metadata, decoding and status. One row per input file, always."""

    article_id: str
    path: str = ""
    source_format: str = ""  # txt | md | html
    outlet: str = ""
    title: str = ""
    url: str = ""
    published: str = ""  # TimeML value
    published_precision: str = ""  # day | month | year
    published_basis: str = "unknown"  # manifest | inferred | unknown
    language: str = ""
    encoding: str = ""
    n_chars: int = 0
    n_sentences: int = 0
    n_body_sentences: int = 0
    content_hash: str = ""
    status: str = "ok"  # ok | warning | error
    error: str = ""
    extractor_version: str = EXTRACTOR_VERSION


@dataclass(frozen=True)
class Mention(Row):
    """A date, place, actor or number mentioned in a sentence.

    kind=date: value (TimeML), precision (day|week|month|year|duration), date_start/date_end.
    kind=place: value (canonical name), lat, lon, place_type, country_code, geo_precision.
    kind=actor: value (resolved name), faction, role.
    """

    mention_id: str
    article_id: str
    kind: str
    text: str
    start: int
    end: int
    value: str = ""
    precision: str = ""
    date_start: str = ""
    date_end: str = ""
    lat: float | None = None
    lon: float | None = None
    place_type: str = ""
    country_code: str = ""
    geo_precision: int | None = None
    faction: str = ""
    role: str = ""
    actor_type: str = ""  # kind=actor: person | org | state | group
    evidence: str = ""
    sentence: str = ""
    sentence_start: int = 0
    sentence_end: int = 0
    region: str = "body"

    @classmethod
    def make(cls, article_id: str, *, kind: str, text: str, start: int, end: int, **kw) -> Mention:
        return cls(mention_id=stable_id(article_id, start, end, kind), article_id=article_id,
                   kind=kind, text=text, start=start, end=end, **kw)


@dataclass(frozen=True)
class Event(Row):
    """A dated happening (meeting, visit, statement, agreement, attack...) in one clause."""

    event_id: str
    article_id: str
    event_type: str
    cameo: str = ""
    quad_class: int | None = None
    trigger: str = ""
    date: str = ""  # TimeML value
    date_start: str = ""
    date_end: str = ""
    date_precision: str = ""
    date_basis: str = "none"  # explicit | relative | article | none
    location: str = ""
    lat: float | None = None
    lon: float | None = None
    country_code: str = ""
    location_basis: str = ""  # attached | dateline | sentence | article | previous sentence | ''
    actor1: str = ""
    actor2: str = ""
    actors: str = ""  # '; '-joined
    factions: str = ""  # '; '-joined
    host: str = ""
    status: str = "happened"  # happened | planned | reported-claim | negated
    event_cluster_id: str = ""
    sentence: str = ""
    start: int = 0
    end: int = 0
    region: str = "body"

    @classmethod
    def make(cls, article_id: str, *, event_type: str, start: int, end: int, trigger: str = "", **kw) -> Event:
        return cls(event_id=stable_id(article_id, start, end, "event", event_type, trigger),
                   article_id=article_id, event_type=event_type, start=start, end=end, trigger=trigger, **kw)


@dataclass(frozen=True)
class Statement(Row):
    """Who said what, for which faction, with stance."""

    statement_id: str
    article_id: str
    speaker: str = ""
    speaker_title: str = ""
    faction: str = ""  # '; '-joined for joint statements
    quote: str = ""
    quote_start: int = 0
    quote_end: int = 0
    kind: str = "direct"  # direct | partial | indirect | label | post | unmarked (how it was recognised)
    reporting_verb: str = ""
    stance: str = "neutral"  # threat | reject | condemn | welcome | demand | propose | agree | deny | neutral
    stance_evidence: str = ""
    date: str = ""
    date_basis: str = "none"
    sentence: str = ""
    start: int = 0
    end: int = 0
    region: str = "body"
    speaker_text: str = ""  # the speaker as the text names them ("Mussa Abu Marzouk", "The U.S. and Israel")
    relayed_by: str = ""  # who reported the speech ("Ambassador Ahmed Hafez said Shoukry stressed ...": Ahmed Hafez)
    statement_group: str = ""  # shared by the rows of one joint statement (one row per faction)
    stance_start: int = 0  # the stance evidence: text[stance_start:stance_end] (0, 0 when none)
    stance_end: int = 0

    @classmethod
    def make(cls, article_id: str, *, start: int, end: int, quote_start: int = 0, quote_end: int = 0,
             **kw) -> Statement:
        """A row with a stable id; the rows of a joint statement differ by faction (and share statement_group)."""
        extra = (kw.get("faction", ""),) if kw.get("statement_group") else ()
        return cls(statement_id=stable_id(article_id, start, end, "statement", quote_start, quote_end, *extra),
                   article_id=article_id, start=start, end=end, quote_start=quote_start,
                   quote_end=quote_end, **kw)


@dataclass(frozen=True)
class CasualtyClaim(Row):
    """A casualty figure as a claim: count, outcome, group, period and who reported it."""

    claim_id: str
    article_id: str
    count: int | None = None
    count_min: int | None = None
    count_max: int | None = None
    qualifier: str = ""  # at least | more than | nearly | about | up to | ''
    outcome: str = ""  # killed | wounded | missing | detained
    group: str = ""  # as the text names it
    group_norm: str = ""
    parent_id: str = ""  # sub-counts ("including 111 children") point to their parent claim
    kind: str = "incident"  # incident | cumulative
    period: str = ""  # as written
    period_start: str = ""
    period_end: str = ""
    reported_by: str = ""
    location: str = ""
    date: str = ""
    date_basis: str = "none"
    text: str = ""  # the figure's words in the text
    text_start: int = 0
    text_end: int = 0
    sentence: str = ""
    start: int = 0
    end: int = 0
    region: str = "body"

    @classmethod
    def make(cls, article_id: str, *, start: int, end: int, text_start: int, text_end: int,
             outcome: str, **kw) -> CasualtyClaim:
        return cls(claim_id=stable_id(article_id, text_start, text_end, "casualty", outcome),
                   article_id=article_id, start=start, end=end, text_start=text_start,
                   text_end=text_end, outcome=outcome, **kw)


ARTICLE_COLUMNS = _columns(Article)
MENTION_COLUMNS = _columns(Mention)
EVENT_COLUMNS = _columns(Event)
STATEMENT_COLUMNS = _columns(Statement)
CASUALTY_COLUMNS = _columns(CasualtyClaim)

# table name -> (record class, columns). The one place CSV exports, store and dashboard read.
TABLES: dict[str, tuple[type, tuple[str, ...]]] = {
    "articles": (Article, ARTICLE_COLUMNS),
    "mentions": (Mention, MENTION_COLUMNS),
    "events": (Event, EVENT_COLUMNS),
    "statements": (Statement, STATEMENT_COLUMNS),
    "casualties": (CasualtyClaim, CASUALTY_COLUMNS),
}


@dataclass(frozen=True)
class Extraction:
    """All rows extracted from one article."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    casualties: tuple[CasualtyClaim, ...] = ()
    regions: tuple[Region, ...] = field(default=())

    def rows(self, table: str) -> tuple:
        return {"articles": (self.article,), "mentions": self.mentions, "events": self.events,
                "statements": self.statements, "casualties": self.casualties}[table]
