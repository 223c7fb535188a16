"""Pure helpers the pages share for what they show: untrusted text made inert for markdown, the points picked in a
chart, the query parameters of a link to the article viewer, one article's regions. ``lib.ui`` re-exports them
(pages call ``ui.md``...), so they are tested without streamlit.

Example:
    >>> viewer_params("a1", 120)
    {'doc': 'a1', 'at': '120'}
"""
from __future__ import annotations

import re

from lib.views import querystate
from lib.views.filters import Filters

_MD_SPECIAL = re.compile(r"[!-/:-@\[-`{-~]")


def md(text) -> str:
    """Untrusted text made inert for Streamlit's markdown: every ASCII punctuation mark becomes a numeric character
    reference (``&#42;`` for ``*``), so no emphasis, heading, link, HTML tag or KaTeX ``$...$`` can form, and a
    word joiner (U+2060, invisible) after ``://`` and ``www`` keeps bare URLs from being made links (Streamlit links
    them even when escaped). It reads exactly the same.

    >>> md("**x** http://e.com")
    '&#42;&#42;x&#42;&#42; http&#58;\u2060&#47;&#47;e&#46;com'
    """
    text = "" if text is None else str(text)
    text = re.sub(r"(?i)(:)(//)", "\\1\u2060\\2", text)
    text = re.sub(r"(?i)\b(www)(\.)", "\\1\u2060\\2", text)
    return _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", text).replace("\n", "  \n")


def selected_points(event) -> list[tuple[str, str, int]]:
    """(event_id, article_id, start) of the points selected/clicked in a plotly chart with customdata."""
    try:
        points = event.selection.points  # type: ignore[union-attr]
    except AttributeError:
        try:
            points = event["selection"]["points"]
        except (KeyError, TypeError):
            return []
    out = []
    for p in points or []:
        cd = p.get("customdata") if isinstance(p, dict) else None
        if cd and len(cd) >= 3 and cd[1]:
            try:
                out.append((str(cd[0]), str(cd[1]), int(cd[2])))
            except (TypeError, ValueError):
                continue
    return out


def viewer_params(article_id: str, start: int | None, f: Filters | None = None) -> dict:
    """Query params for a link to the article viewer at a sentence, keeping the filters."""
    params = {querystate.DOC: article_id, **querystate.to_params(f or Filters())}
    if start is not None:
        params[querystate.AT] = str(int(start))
    return params


def article_regions(tables: dict, article_id: str) -> list[dict]:
    regs = tables.get("regions")
    if regs is None or not len(regs):
        return []
    return regs[regs["article_id"] == article_id].to_dict("records")
