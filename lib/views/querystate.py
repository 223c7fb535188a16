"""Filters <-> URL query parameters, as pure functions.

The sidebar widgets are bound to the URL (``bind="query-params"``) under the keys of ``PARAMS``; this module
speaks the same format (repeated keys for lists, ``true``/``false``, ISO dates) so links can be built and
bookmarks validated without streamlit. Defaults are left out so URLs stay short.

Example:
    >>> f = Filters(date_from="2023-01-01", date_to="2023-03-31", factions=("Hamas", "Israel"), text="truce")
    >>> p = to_params(f)
    >>> p["faction"], p["dates"], p["q"]
    (['Hamas', 'Israel'], ['2023-01-01', '2023-03-31'], ['truce'])
    >>> from_params(p)[0] == f
    True
    >>> from_params({"dates": ["2023-02-30"], "body_only": ["maybe"]})[1]
    ["ignored dates='2023-02-30': not a date (YYYY-MM-DD)", "ignored body_only='maybe': expected true or false"]
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from urllib.parse import urlencode

from lib.views.filters import Filters

# URL key -> Filters field, for the list-valued filters.
LIST_PARAMS = {"faction": "factions", "actor": "actors", "event_type": "event_types", "place": "places",
               "outlet": "outlets", "article": "articles"}
DATES = "dates"
TEXT = "q"
BODY_ONLY = "body_only"
EXACT_ONLY = "exact_dates"
PARAMS = (DATES, *LIST_PARAMS, TEXT, BODY_ONLY, EXACT_ONLY)
# Keys of the article viewer (app_pages/5_Articles.py): which article, which sentence (start offset).
DOC = "doc"
AT = "at"
MAX_TEXT = 200


def _as_list(v) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return [str(x) for x in v]


def parse_day(value: str) -> dt.date | None:
    """A YYYY-MM-DD string as a date, else None.

    >>> parse_day("2023-03-19"), parse_day("2023-3-19"), parse_day("yesterday")
    (datetime.date(2023, 3, 19), None, None)
    """
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def to_params(f: Filters) -> dict[str, list[str]]:
    """Query parameters for ``f`` (defaults omitted)."""
    out: dict[str, list[str]] = {}
    if f.date_from or f.date_to:
        out[DATES] = [d for d in (f.date_from, f.date_to) if d]
    for key, field in LIST_PARAMS.items():
        vals = getattr(f, field)
        if vals:
            out[key] = list(vals)
    if f.text:
        out[TEXT] = [f.text]
    if not f.hide_non_body:
        out[BODY_ONLY] = ["false"]
    if f.hide_coarse_dates:
        out[EXACT_ONLY] = ["true"]
    return out


def from_params(params: Mapping, options: Mapping[str, list[str]] | None = None) -> tuple[Filters, list[str]]:
    """Filters from query parameters plus a notice per ignored (invalid) value; never raises.

    ``options`` ({Filters field: allowed values}) rejects unknown factions, places... Keys this module does not
    know are left alone (other pages own them).

    >>> from_params({"faction": ["Hamas", "Atlantis"]}, {"factions": ["Hamas"]})
    (Filters(date_from='', date_to='', factions=('Hamas',), actors=(), event_types=(), places=(), articles=(), \
outlets=(), text='', hide_non_body=True, hide_coarse_dates=False), ["ignored faction='Atlantis': not in the data"])
    """
    notices: list[str] = []
    kw: dict = {}
    days = []
    for v in _as_list(params.get(DATES)):
        d = parse_day(v)
        if d is None:
            notices.append(f"ignored {DATES}={v[:40]!r}: not a date (YYYY-MM-DD)")
        else:
            days.append(d)
    if len(days) > 2:
        notices.append(f"ignored {DATES}: more than two dates")
        days = []
    if len(days) == 2 and days[0] > days[1]:
        notices.append(f"ignored {DATES}: {days[0]} is after {days[1]}")
        days = []
    if days:
        kw["date_from"] = days[0].isoformat()
        kw["date_to"] = days[1].isoformat() if len(days) == 2 else ""
    for key, field in LIST_PARAMS.items():
        allowed = None if options is None or field not in options else set(options[field])
        keep = []
        for v in _as_list(params.get(key)):
            if allowed is not None and v not in allowed:
                notices.append(f"ignored {key}={v[:40]!r}: not in the data")
            elif v not in keep:
                keep.append(v)
        if keep:
            kw[field] = tuple(keep)
    text = _as_list(params.get(TEXT))
    if text:
        if len(text[-1]) > MAX_TEXT:
            notices.append(f"ignored {TEXT}: longer than {MAX_TEXT} characters")
        else:
            kw["text"] = text[-1]
    for key, field, default in ((BODY_ONLY, "hide_non_body", True), (EXACT_ONLY, "hide_coarse_dates", False)):
        vals = _as_list(params.get(key))
        if not vals:
            continue
        v = vals[-1].strip().lower()
        if v in ("true", "false"):
            kw[field] = v == "true"
        else:
            notices.append(f"ignored {key}={vals[-1][:40]!r}: expected true or false")
            kw[field] = default
    return Filters(**kw), notices


def query_string(params: Mapping[str, list[str] | str]) -> str:
    """URL-encoded query string with repeated keys for lists.

    >>> query_string({"faction": ["Hamas", "Israel"], "q": "a&b"})
    'faction=Hamas&faction=Israel&q=a%26b'
    """
    pairs = [(k, v) for k, vals in params.items() for v in _as_list(vals)]
    return urlencode(pairs)


def viewer_link(article_id: str, start: int | None = None, f: Filters | None = None, page: str = "Articles") -> str:
    """Relative link to the article viewer at a sentence, keeping the filters.

    >>> viewer_link("a1", 120, Filters(factions=("Hamas",)))
    'Articles?doc=a1&at=120&faction=Hamas'
    """
    params: dict[str, list[str]] = {DOC: [article_id]}
    if start is not None:
        params[AT] = [str(int(start))]
    if f is not None:
        params.update(to_params(f))
    return f"{page}?{query_string(params)}"


def viewer_links(article_ids, starts, f: Filters | None = None, page: str = "Articles") -> list[str]:
    """``[viewer_link(a, s, f, page) for a, s in zip(article_ids, starts)]``, encoding the filters once.

    >>> viewer_links(["a1", "a 2"], [120, 0], Filters(factions=("Hamas",)))
    ['Articles?doc=a1&at=120&faction=Hamas', 'Articles?doc=a+2&at=0&faction=Hamas']
    """
    from urllib.parse import quote_plus

    extra = to_params(f) if f is not None else {}
    if DOC in extra or AT in extra:  # never the case today; the general definition then
        return [viewer_link(a, s, f, page) for a, s in zip(article_ids, starts, strict=True)]
    tail = query_string(extra)
    tail = "&" + tail if tail else ""
    head = f"{page}?{quote_plus(DOC)}="
    at = f"&{quote_plus(AT)}="
    docs: dict = {}
    out = []
    for a, s in zip(article_ids, starts, strict=True):
        d = docs.get(a) if isinstance(a, str) else None
        if d is None:
            d = quote_plus(a if isinstance(a, bytes) else str(a))
            if isinstance(a, str):
                docs[a] = d
        out.append(f"{head}{d}{tail}" if s is None else f"{head}{d}{at}{int(s)}{tail}")
    return out
