"""A text in memory as a ``Document``: its regions (headline, captions, boilerplate...), its sentences, and the
publication date that anchors relative dates. Every extractor reads a ``Document``; nothing here touches files.

Example:
    >>> doc = document_from_text("a1", "CAIRO, March 3 (AFP) - Talks began.\\nSubscribe", published="2023-03")
    >>> doc.published, doc.published_precision, [s.region for s in doc.sentences]
    ('2023-03', 'month', ['body', 'boilerplate'])
"""
from __future__ import annotations

import re

from lib.extract.regions import find_regions
from lib.extract.sentences import split
from lib.models import Article, Document


class PublishedDateError(ValueError):
    """A publication date that cannot be read."""


def parse_published(value: str) -> tuple[str, str]:
    """A manifest date -> (TimeML value, precision). Raises PublishedDateError when it cannot be read.

    >>> parse_published("2021-06"), parse_published("2023-03-19"), parse_published("2006")
    (('2021-06', 'month'), ('2023-03-19', 'day'), ('2006', 'year'))
    >>> parse_published("19 March 2023")
    ('2023-03-19', 'day')
    """
    import datetime as dt

    v = (value or "").strip()
    if not v:
        return "", ""
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?", v)
    try:
        if m:
            y = int(m[1])
            if m[3]:
                d = dt.date(y, int(m[2]), int(m[3]))
                return d.isoformat(), "day"
            if m[2]:
                mo = int(m[2])
                if not 1 <= mo <= 12:
                    raise ValueError
                return f"{y:04d}-{mo:02d}", "month"
            return f"{y:04d}", "year"
    except ValueError:
        raise PublishedDateError(f"published date {value!r} is not a valid date") from None
    import dateparser

    d = dateparser.parse(v, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                         "REQUIRE_PARTS": ["year"]})
    if d is None:
        raise PublishedDateError(f"published date {value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return d.date().isoformat(), "day"


# an element whose content no reader sees (a page saved as text: its scripts, styles, frames, head)
HIDDEN_ELEMENT = re.compile(r"<(?:script|style|noscript|iframe|template|svg|head)\b[^<>]*>", re.I)
TITLE = re.compile(r"<title\b[^<>]*>([^<]*)</title\s*>", re.I)


def page_view(text: str) -> str | None:
    """The text as a reader sees it (``lib.extract.markup.readable_text``, same length) when it is a web page saved as
    text (``HIDDEN_ELEMENT``), else None.

    >>> page_view("Egypt hosted talks."), page_view("<head><style>p {}</style></head><p>Egypt</p>").split()
    (None, ['Egypt'])
    """
    if not HIDDEN_ELEMENT.search(text):
        return None
    from lib.extract.markup import readable_view

    view, moved = readable_view(text)
    out = list(view)
    for a, b, pad in moved:  # a word an entity moved ("UAE&#8217;s" read "      UAE’s"): seen where the raw text has it
        out[a - pad:b - pad] = text[a - pad:b - pad]
    for m in TITLE.finditer(text):  # the page's title is its headline: a reader sees it (in the tab), regions need it
        out[m.start(1):m.end(1)] = text[m.start(1):m.end(1)]
    return "".join(out)


def seen(view: str | None, start: int, end: int) -> bool:
    """Whether a reader sees any of text[start:end] (always, for a text that is no page: ``view`` None).

    >>> v = page_view("<script>Zorbak</script><p>Egypt hosted talks.</p>")
    >>> seen(v, 8, 14), seen(v, 27, 32), seen(None, 0, 3)
    (False, True, True)
    """
    return view is None or bool(view[start:end].strip())


def build_document(article: Article, text: str) -> Document:
    """Regions and sentences for ``text``, with the article's publication anchor."""
    regions = find_regions(text, title=article.title)
    sentences = split(text, regions)
    return Document(article_id=article.article_id, text=text, sentences=sentences, regions=regions,
                    published=article.published, published_precision=article.published_precision,
                    published_basis=article.published_basis, title=article.title, outlet=article.outlet)


def document_from_text(article_id: str, text: str, published: str = "", title: str = "",
                       outlet: str = "") -> Document:
    """A ``Document`` for a text in memory (tests, pasted text)."""
    value, precision = parse_published(published) if published else ("", "")
    art = Article(article_id=article_id, title=title, outlet=outlet, published=value,
                  published_precision=precision, published_basis="manifest" if value else "unknown")
    return build_document(art, text)
