"""The article viewer, pure: untrusted article text -> escaped HTML with extracted mentions highlighted.

Every character of the article is HTML-escaped and markdown-significant characters are written as numeric
entities, so ``<script>``, ``<img onerror>`` or ``[link](javascript:...)`` in an article show as text. Mentions
are wrapped in ``<mark class="k-<kind>">`` with their resolved value as a tooltip, non-body regions
(captions, credits, boilerplate...) are greyed, and the selected sentence carries ``id="sel"``; the only
script in the document is ours and scrolls there.

Example:
    >>> html = article_html("Hi <b>there</b> on Sunday.", [{"kind": "date", "start": 15, "end": 21,
    ...                     "value": "2023-03-19"}], selected=(0, 26))
    >>> "&lt;b&gt;there&lt;/b&gt;" in html, 'title="date&#58; 2023-03-19"' in html, 'id="sel"' in html
    (True, True, True)
"""
from __future__ import annotations

from html import escape

KINDS = {  # kind -> (label, background colour)
    "date": ("date", "#fde68a"), "duration": ("duration", "#fef3c7"), "place": ("place", "#bfdbfe"),
    "actor": ("actor/faction", "#fbcfe8"), "quote": ("quote", "#ddd6fe"), "casualty": ("casualty figure", "#fecaca"),
}
# Characters markdown or templating could act on, written as entities (harmless in HTML, inert in markdown).
_MD = {c: f"&#{ord(c)};" for c in "[]()*_`#!|~{}$\\:"}


def esc(text: str) -> str:
    """HTML-escape plus markdown-inert.

    >>> esc('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert&#40;1&#41;&quot;&gt;'
    >>> esc("[click](javascript:alert)")
    '&#91;click&#93;&#40;javascript&#58;alert&#41;'
    """
    return "".join(_MD[c] if c in _MD else escape(c, quote=True) for c in text)


def _spans(mentions, n: int) -> list[tuple[int, int, str, str]]:
    """Non-overlapping (start, end, kind, tooltip) spans, earliest and longest first."""
    items = []
    for m in mentions or ():
        try:
            s, e = int(m["start"]), int(m["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if not 0 <= s < e <= n:
            continue
        kind = str(m.get("kind") or "")
        value = m.get("value") or ""
        extra = m.get("faction") or ""
        tip = f"{KINDS.get(kind, (kind, ''))[0]}: {value}" + (f" ({extra})" if extra and extra != value else "")
        items.append((s, e, kind, tip))
    items.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out, last = [], 0
    for s, e, k, tip in items:
        if s >= last:
            out.append((s, e, k, tip))
            last = e
    return out


def article_html(text: str, mentions=(), regions=(), selected: tuple[int, int] | None = None,
                 height: int = 560) -> str:
    """A self-contained HTML document showing ``text`` with highlights; safe for any ``text``.

    ``mentions``: dicts with start, end, kind, value (faction); ``regions``: dicts with start, end, kind.
    """
    text = text or ""
    n = len(text)
    marks = _spans(mentions, n)
    regs = sorted(((int(r["start"]), int(r["end"]), str(r.get("kind", ""))) for r in regions or ()
                   if 0 <= int(r["start"]) < int(r["end"]) <= n), key=lambda t: t[0])
    sel = selected if selected and 0 <= selected[0] < selected[1] <= n else None
    # Cut points where any tag opens or closes; then walk the text once.
    cuts = {0, n}
    for s, e, *_ in marks + regs:
        cuts.update((s, e))
    if sel:
        cuts.update(sel)
    cuts = sorted(cuts)
    parts = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        chunk = esc(text[a:b])
        mark = next((m for m in marks if m[0] <= a and b <= m[1]), None)
        if mark:
            chunk = f'<mark class="k-{esc(mark[2])}" title="{esc(mark[3])}">{chunk}</mark>'
        reg = next((r for r in regs if r[0] <= a and b <= r[1]), None)
        if reg:
            chunk = f'<span class="nonbody" title="{esc(reg[2])}">{chunk}</span>'
        if sel and sel[0] <= a and b <= sel[1]:
            chunk = f'<span class="sel">{chunk}</span>'
        if sel and a == sel[0]:
            chunk = '<a id="sel"></a>' + chunk
        parts.append(chunk)
    body = "".join(parts)
    legend = " ".join(f'<mark class="k-{k}">{esc(label)}</mark>' for k, (label, _c) in KINDS.items())
    css = "".join(f".k-{k}{{background:{c};}}" for k, (_l, c) in KINDS.items())
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
body{{font-family:"Source Serif Pro",Georgia,serif;margin:0;color:#222;}}
.legend{{font:12px sans-serif;padding:6px 10px;border-bottom:1px solid #ddd;position:sticky;top:0;background:#fff;}}
.text{{white-space:pre-wrap;line-height:1.6;padding:10px 14px;height:{height - 40}px;overflow-y:auto;font-size:15px;}}
mark{{border-radius:3px;padding:0 1px;}} .nonbody{{color:#9a9a9a;}} .nonbody mark{{opacity:.6;}}
.sel{{outline:2px solid #f59e0b;background:#fff7e6;}} {css}
</style></head><body><div class="legend">{legend} <span class="nonbody">caption/boilerplate</span>
<span class="sel">selected sentence</span></div><div class="text" id="text">{body}</div>
<script>var s=document.getElementById("sel");if(s){{s.scrollIntoView({{block:"center"}});}}</script>
</body></html>"""


def sentence_choices(sentences) -> list[tuple[int, str]]:
    """(start, label) for a sentence picker from rows with start and sentence.

    >>> sentence_choices([{"start": 5, "sentence": "Second."}, {"start": 0, "sentence": "First one."}])
    [(0, 'First one.'), (5, 'Second.')]
    """
    seen, out = set(), []
    for r in sorted(sentences, key=lambda r: int(r["start"])):
        s = int(r["start"])
        if s not in seen:
            seen.add(s)
            label = " ".join(str(r["sentence"]).split())
            out.append((s, label if len(label) <= 90 else label[:89] + "…"))
    return out


def _rows(df, article_id):
    if df is None or not len(df) or "article_id" not in df.columns:
        return []
    return df[df["article_id"] == article_id].to_dict("records")


def article_marks(tables: dict, article_id: str) -> list[dict]:
    """Highlights for one article: its mentions, statement quotes and casualty figures, as dicts for
    ``article_html`` (start, end, kind, value, faction)."""
    out = []
    for m in _rows(tables.get("mentions"), article_id):
        value = m.get("value") or ""
        if m.get("kind") in ("date", "duration") and m.get("precision"):
            value = f"{value} ({m['precision']})"
        out.append({"start": m["start"], "end": m["end"], "kind": m.get("kind", ""), "value": value,
                    "faction": m.get("faction") or ""})
    for s in _rows(tables.get("statements"), article_id):
        if int(s.get("quote_end") or 0) > int(s.get("quote_start") or 0):
            out.append({"start": s["quote_start"], "end": s["quote_end"], "kind": "quote",
                        "value": f"{s.get('speaker') or '?'} · {s.get('stance') or ''}", "faction": s.get("faction")})
    for c in _rows(tables.get("casualties"), article_id):
        if int(c.get("text_end") or 0) > int(c.get("text_start") or 0):
            what = " ".join(str(c.get(k) or "") for k in ("count", "outcome", "group")).strip()
            out.append({"start": c["text_start"], "end": c["text_end"], "kind": "casualty",
                        "value": f"{what} (by {c.get('reported_by') or '?'})"})
    return out


def sentence_span(tables: dict, article_id: str, at: int | None) -> tuple[int, int] | None:
    """(start, end) of the extracted sentence starting at offset ``at`` in the article, if any row has it."""
    if at is None:
        return None
    for name in ("events", "statements", "casualties"):
        for r in _rows(tables.get(name), article_id):
            if int(r.get("start", -1)) == at and int(r.get("end", -1)) > at:
                return at, int(r["end"])
    for m in _rows(tables.get("mentions"), article_id):
        if int(m.get("sentence_start", -1)) == at and int(m.get("sentence_end", -1)) > at:
            return at, int(m["sentence_end"])
    return None


def article_sentences(tables: dict, article_id: str) -> list[dict]:
    """Distinct extracted sentences of an article (start, end, sentence), for a sentence picker."""
    seen = {}
    for name in ("events", "statements", "casualties"):
        for r in _rows(tables.get(name), article_id):
            seen.setdefault(int(r["start"]), {"start": int(r["start"]), "end": int(r["end"]),
                                               "sentence": r.get("sentence", "")})
    for m in _rows(tables.get("mentions"), article_id):
        s = int(m.get("sentence_start", 0))
        seen.setdefault(s, {"start": s, "end": int(m.get("sentence_end", 0)), "sentence": m.get("sentence", "")})
    return [seen[k] for k in sorted(seen)]
