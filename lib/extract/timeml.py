"""TimeML out: an article's text with its temporal expressions as TIMEX3 tags, for the standard scorers and
for other tools.

Each kind='date' / kind='duration' mention of the tagger becomes a TIMEX3 with a tid, its TimeML type
(DATE, TIME, DURATION, SET; a PRESENT_REF is a DATE) and value. The publication date is the document
creation time ``t0`` (functionInDocument="CREATION_TIME"); an expression resolved against it carries
temporalFunction="true" and anchorTimeID="t0", one counted from the time in focus ("a year earlier") the tid
of the expression that named that time, where there is one.

Example:
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.dates import tag
    >>> doc = document_from_text("a", "Talks resumed on Sunday & now go on.", published="2023-03-19")
    >>> print(to_timeml(doc, tag(doc)).splitlines()[4])
    <TEXT>Talks resumed on <TIMEX3 tid="t1" type="DATE" value="2023-03-19" temporalFunction="true" anchorTimeID="t0">Sunday</TIMEX3> &amp; <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF" temporalFunction="true" anchorTimeID="t0">now</TIMEX3> go on.</TEXT>
"""
from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lib.models import Document, Mention

# where the evidence names the value an expression was counted from
_FOCUS = re.compile(r"\((\d[\dWQHSUFAPIX-]*)\)|from (\S+), the time in focus|of (\S+), the (?:day|year) in focus")


def timex_type(m: Mention) -> str:
    """The TIMEX3 type of a date or duration mention.

    >>> timex_type(Mention.make("a", kind="date", text="Sunday night", start=0, end=12, value="2023-03-19TNI"))
    'TIME'
    """
    if m.kind == "duration":
        return {"set": "SET", "ref": "DATE"}.get(m.precision, "DURATION")
    return "TIME" if re.match(r"^(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)T", m.value) else "DATE"


def _attrs(m: Mention, tid: str, seen: dict[str, str]) -> str:
    out = [f'tid="{tid}"', f'type="{timex_type(m)}"', f"value={quoteattr(m.value)}"]
    if m.evidence.startswith(("relative", "reference")) or m.value.endswith("_REF"):
        focus = _FOCUS.search(m.evidence)
        anchor = seen.get(next((g for g in focus.groups() if g), "")) if focus else None
        out += ['temporalFunction="true"', f'anchorTimeID="{anchor or "t0"}"']
    return " ".join(out)


def to_timeml(doc: Document, mentions: list[Mention] | tuple[Mention, ...]) -> str:
    """The TimeML document of ``doc`` with ``mentions``' temporal expressions tagged (overlaps: the first wins)."""
    timexes = sorted((m for m in mentions if m.kind in ("date", "duration")), key=lambda m: (m.start, -m.end))
    parts, pos, seen, n = [], 0, {}, 0
    for m in timexes:
        if m.start < pos or m.end > len(doc.text):
            continue
        n += 1
        tid = f"t{n}"
        parts += [escape(doc.text[pos:m.start]), f"<TIMEX3 {_attrs(m, tid, seen)}>",
                  escape(doc.text[m.start:m.end]), "</TIMEX3>"]
        seen[m.value] = tid
        pos = m.end
    parts.append(escape(doc.text[pos:]))
    dct = ""
    if doc.published:
        dct = (f'<TIMEX3 tid="t0" type="DATE" value={quoteattr(doc.published)} temporalFunction="false" '
               f'functionInDocument="CREATION_TIME">{escape(doc.published)}</TIMEX3>')
    return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>", f"<DOCID>{escape(doc.article_id)}</DOCID>",
                      f"<DCT>{dct}</DCT>", f"<TEXT>{''.join(parts)}</TEXT>", "</TimeML>", ""])


def write_timeml(out: Path, doc: Document | None, mentions, published: str = "") -> Path | None:
    """Write ``<out>/timeml/<article_id>.tml``; ``published`` (a date the pipeline inferred) overrides the
    document's own when given. None when there is no document (an article that could not be read)."""
    if doc is None:
        return None
    if published and published != doc.published:
        import dataclasses

        doc = dataclasses.replace(doc, published=published)
    folder = Path(out) / "timeml"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{doc.article_id}.tml"
    path.write_text(to_timeml(doc, mentions), encoding="utf-8")
    return path
