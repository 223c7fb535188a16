"""Shared tooling for the hand-annotated evaluation sets (``tests/<set>/make_gold.py``).

A set's ``make_gold.py`` holds its annotations as data (``A``: article id -> items made with ``T``, ``P``,
``V``, ``S``, ``K``; ``C``: place coordinates; ``RADIUS``: regions' match radius) and calls
``build_gold`` to write ``gold.json`` in the scorer's format (``shared/eval/gold/seeds.json``). Offsets are
found by exact substring search and every span and direct quote is checked against the article text, read
the way the scorer reads it (UTF-8, universal newlines).

>>> find("on Monday and on Monday", "on Monday", nth=1)
14
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path


def T(text, value, nth=0, opt=False, ctx=None):
    """A date expression and its TimeML value."""
    return dict(kind="T", text=text, value=value, nth=nth, opt=opt, ctx=ctx)


def P(name, text=None, nth=0, opt=False, ctx=None):
    """A place mention; ``name`` keys the coordinates table."""
    return dict(kind="P", name=name, text=text or name, nth=nth, opt=opt, ctx=ctx)


def V(place, date, opt=False, r=None, name=None):
    """A meeting or visit venue with its date (a TimeML value or None)."""
    return dict(kind="V", place=name or place, key=place, date=date, opt=opt, r=r)


def S(factions, speaker, quote, opt=False, kind=None, stance=None):
    """A statement: factions, speaker and the quote (verbatim unless kind='indirect')."""
    return dict(kind="S", factions=factions, speaker=speaker, quote=quote, opt=opt, skind=kind, stance=stance)


# a quoted fragment inside a statement's words
FRAGMENT = re.compile(r'"([^"]+)"')


def add_fragments(annotations: dict, respell=None) -> None:
    """Add the quoted fragments inside each indirect statement as optional statements of the same speaker and
    stance (the convention of the statement-rich sets); ``respell(article_id, fragment)`` gives a fragment the
    article's own spelling (line breaks of a hard-wrapped text).

    >>> a = {"x": [S("Egypt", "Egypt", 'Cairo called the plan "a non-starter"', kind="indirect", stance="reject")]}
    >>> add_fragments(a); [(it["quote"], it["opt"]) for it in a["x"]][1]
    ('a non-starter', True)
    """
    for aid, items in annotations.items():
        have = {it["quote"] for it in items if it["kind"] == "S"}
        for it in list(items):
            if it["kind"] != "S" or it["skind"] != "indirect":
                continue
            for frag in FRAGMENT.findall(it["quote"]):
                frag = respell(aid, frag) if respell else frag
                if frag not in have:
                    have.add(frag)
                    items.append(S(it["factions"], it["speaker"], frag, opt=True, stance=it["stance"]))


def K(count, outcome, group, opt=False, qualifier=None, by=None):
    """A casualty claim."""
    return dict(kind="K", count=count, outcome=outcome, group=group, opt=opt, qualifier=qualifier, by=by)


def find(text, sub, nth=0, ctx=None):
    """Offset of the nth occurrence of ``sub`` (or of ``sub`` inside the unique context ``ctx``)."""
    if ctx is not None:
        assert text.count(ctx) == 1, f"context {ctx!r} occurs {text.count(ctx)} times"
        j = ctx.find(sub)
        assert j >= 0, f"{sub!r} not inside context {ctx!r}"
        return text.find(ctx) + j
    i = -1
    for _ in range(nth + 1):
        i = text.find(sub, i + 1)
        if i < 0:
            raise ValueError(f"{sub!r} occurrence {nth} not found")
    return i


def _item(aid, text, it, coords, radius, place_nth=True):
    k = it["kind"]
    if k in ("T", "P"):
        s = find(text, it["text"], it["nth"], it["ctx"])
        if k == "T":
            d = dict(text=it["text"], value=it["value"])
        else:
            lat, lon = coords[it["name"]]
            d = dict(name=it["name"], text=it["text"], lat=lat, lon=lon)
            if it["name"] in radius:
                d["radius_km"] = radius[it["name"]]
        if it["opt"]:
            d["opt"] = True
        if text.count(it["text"]) > 1 and (k == "T" or place_nth):
            d["nth"] = text[:s].count(it["text"])
        d.update(start=s, end=s + len(it["text"]))
        return ("timex" if k == "T" else "places"), d
    if k == "V":
        lat, lon = coords[it["key"]]
        d = dict(place=it["place"], lat=lat, lon=lon, date=it["date"])
        r = it["r"] or radius.get(it["key"])
        if r:
            d["radius_km"] = r
    elif k == "S":
        if it["skind"] != "indirect" and it["quote"] not in text:
            raise ValueError(f"{aid}: quote not verbatim: {it['quote']!r}")
        d = dict(factions=it["factions"], speaker=it["speaker"], quote=it["quote"])
        if it.get("stance"):
            d["stance"] = it["stance"]
        if it["skind"]:
            d["kind"] = it["skind"]
    else:
        d = dict(count=it["count"], outcome=it["outcome"], group=it["group"])
        if it["qualifier"]:
            d["qualifier"] = it["qualifier"]
        if it["by"]:
            d["reported_by"] = it["by"]
    if it["opt"]:
        d["opt"] = True
    return {"V": "venues", "S": "statements", "K": "casualties"}[k], d


def build_gold(here: Path, annotations: dict, coords: dict, radius: dict, place_nth: bool = True) -> dict:
    """The gold dict for the set in folder ``here`` (articles/, manifest.csv). ``place_nth=False`` leaves the
    informational ``nth`` off places (the first set's convention)."""
    with open(here / "manifest.csv", encoding="utf-8", newline="") as fh:
        manifest = {r["article_id"]: r for r in csv.DictReader(fh)}
    gold = {}
    for aid, items in annotations.items():
        with open(here / "articles" / f"{aid}.txt", encoding="utf-8") as fh:  # as score.py reads it
            text = fh.read()
        m = manifest[aid]
        g = dict(published=m["published"] or None, outlet=m["outlet"], timex=[], places=[], venues=[],
                 statements=[], casualties=[])
        for it in items:
            table, d = _item(aid, text, it, coords, radius, place_nth)
            g[table].append(d)
        for d in g["timex"] + g["places"]:
            assert text[d["start"]:d["end"]] == d["text"], (aid, d)
        spans = [(d["start"], d["end"]) for d in g["timex"]]
        assert len(spans) == len(set(spans)), f"{aid}: a timex span is annotated twice"
        gold[aid] = g
    return gold


def write_gold(here: Path, gold: dict) -> Path:
    out = here / "gold.json"
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def respell_wrapped(here: Path, annotations: dict, wrapped) -> callable:
    """Give the spans and direct quotes of hard-wrapped articles (``wrapped``: article ids) the article's own line
    breaks (annotations are written with single spaces), in place; return ``respell(article_id, s)`` for
    ``add_fragments``.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "articles").mkdir()
    >>> _ = (d / "articles" / "w.txt").write_text("He said the truce\\nwould hold.", encoding="utf-8")
    >>> a = {"w": [S("X", "X", "the truce would hold")]}
    >>> respell_wrapped(d, a, ("w",))("w", "truce would"), a["w"][0]["quote"]
    ('truce\\nwould', 'the truce\\nwould hold')
    """
    def respell(aid, s):
        """``s`` as the article spells it (single spaces in the annotation may be line breaks in the text)."""
        if aid not in wrapped or s is None:
            return s
        with open(here / "articles" / f"{aid}.txt", encoding="utf-8") as fh:
            text = fh.read()
        if s in text:
            return s
        m = re.search(r"\s+".join(re.escape(w) for w in s.split(" ")), text)
        return m.group(0) if m else s

    for aid in wrapped:
        for it in annotations[aid]:
            if it["kind"] in ("T", "P"):
                it["text"], it["ctx"] = respell(aid, it["text"]), respell(aid, it["ctx"])
            elif it["kind"] == "S" and it["skind"] != "indirect":
                it["quote"] = respell(aid, it["quote"])
    return respell


def statement_counts(annotations: dict) -> tuple[int, int, int]:
    """(required statements, direct, indirect) of a set's annotations (the writers' brief asks most be direct)."""
    req = [it for items in annotations.values() for it in items if it["kind"] == "S" and not it["opt"]]
    ind = sum(1 for it in req if it["skind"] == "indirect")
    return len(req), len(req) - ind, ind


def main(here: Path, annotations: dict, gold: dict) -> None:
    """A set's ``make_gold.py`` run as a script: print the statement counts, write ``gold.json``."""
    n, d, i = statement_counts(annotations)
    print(f"required statements {n}: direct {d} ({d / n:.0%}), indirect {i}")
    print(f"wrote {write_gold(here, gold)}")
