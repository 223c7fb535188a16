"""Generate N realistic diplomacy news articles with the rows an extractor should find in them.

Articles are recombined from sentence patterns (datelined ledes, meetings, visits, direct and reported
statements, casualty figures, background with dates, filler, a related-link line) with varied actors, places,
dates and numbers. Each article comes with its expected rows in the scorer's gold format
(``/work/shared/eval/gold/*.json``: timex, places, venues, statements, casualties), with character offsets
into the text, so a scale run also measures correctness. The same ``seed`` gives the same corpus.

    python bench/corpus_gen.py 1000 --out /tmp/gen      # 1000 .txt files, manifest.csv and gold.json

Example:
    >>> a = next(generate(1, seed=7))
    >>> all(a.text[t["start"]:t["end"]] == t["text"] for t in a.gold["timex"] + a.gold["places"])
    True
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# faction -> speakers (as written). Public roles; the generator only recombines them.
SPEAKERS: dict[str, list[str]] = {
    "Egypt": ["Egyptian Foreign Minister Sameh Shoukry", "Egypt's foreign ministry", "an Egyptian official"],
    "Qatar": ["Qatar's foreign ministry spokesman Majed al-Ansari", "Qatar's foreign ministry", "a Qatari diplomat"],
    "Jordan": ["Jordanian Foreign Minister Ayman Safadi", "Jordan's foreign ministry"],
    "Hamas": ["Hamas spokesman Hazem Qassem", "a senior Hamas official", "Hamas"],
    "Palestinian Islamic Jihad": ["Islamic Jihad spokesman Daoud Shehab", "Islamic Jihad"],
    "Palestinian Authority": ["Palestinian presidency spokesman Nabil Abu Rudeineh", "the Palestinian Authority"],
    "Israel": ["an Israeli official", "Israel's foreign ministry", "the Israeli prime minister's office"],
    "United States": ["State Department spokesman Matthew Miller", "a US official", "the White House"],
    "United Nations": ["UN Middle East envoy Tor Wennesland", "the UN Secretary-General's spokesman"],
    "European Union": ["EU foreign policy chief Josep Borrell", "the European Union"],
    "Russia": ["Russian Foreign Minister Sergei Lavrov", "Russia's foreign ministry"],
}
DELEGATIONS = {"Egypt": "Egyptian", "Qatar": "Qatari", "Jordan": "Jordanian", "Hamas": "Hamas",
               "Palestinian Islamic Jihad": "Islamic Jihad", "Palestinian Authority": "Palestinian Authority",
               "Israel": "Israeli", "United States": "US", "United Nations": "UN", "European Union": "EU",
               "Russia": "Russian"}
# place -> (lat, lon); settlements only (countries are not scored as places)
PLACES: dict[str, tuple[float, float]] = {
    "Cairo": (30.0626, 31.2497), "Doha": (25.2854, 51.5310), "Amman": (31.9552, 35.9450),
    "Ramallah": (31.8996, 35.2042), "Jerusalem": (31.769, 35.2163), "Gaza City": (31.5017, 34.4668),
    "Beirut": (33.8938, 35.5018), "Riyadh": (24.6877, 46.7219), "Muscat": (23.5880, 58.3829),
    "Sharm el-Sheikh": (27.9158, 34.3300), "Aqaba": (29.5267, 35.0078), "Istanbul": (41.0082, 28.9784),
    "Moscow": (55.7558, 37.6173), "Paris": (48.8566, 2.3522), "Brussels": (50.8503, 4.3517),
}
STRIKE_PLACES = {"Khan Younis": (31.3402, 34.3063), "Rafah": (31.2969, 34.2455), "Jenin": (32.4594, 35.3009),
                 "Nablus": (32.2211, 35.2544), "Hebron": (31.5326, 35.0998), "Gaza City": (31.5017, 34.4668)}
OUTLETS = ["AFP", "Reuters", "Associated Press", "Al-Monitor", "The National", "Middle East Eye", "Arab News"]
GROUPS = ["Palestinians", "Israelis", "civilians", "children", "militants", "soldiers"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# topics: (words before the place, place or '', words after)
TOPICS = [("a ceasefire in ", "Gaza", ""), ("the exchange of prisoners", "", ""),
          ("humanitarian aid deliveries to ", "Gaza", ""), ("reconstruction in the ", "Gaza Strip", ""),
          ("calm in the ", "West Bank", ""), ("the reopening of the ", "Rafah crossing", ""),
          ("Palestinian reconciliation", "", ""), ("security coordination", "", "")]
AREAS = {"Gaza": (31.5, 34.47), "Gaza Strip": (31.42, 34.37), "West Bank": (31.95, 35.25),
         "Rafah crossing": (31.25, 34.26)}
QUOTES = ["We will not accept any agreement that ignores the rights of our people",
          "The talks were serious and we hope they lead to a lasting truce",
          "There can be no military solution to this conflict",
          "We call on all parties to show restraint and return to negotiations",
          "Our mediation efforts will continue until the fighting stops",
          "This escalation endangers the whole region",
          "We are ready to discuss any proposal that ends the suffering of civilians"]
CLAUSES = ["the negotiations had made progress on the main issues", "a new round of talks would be held soon",
           "the proposal did not meet the group's demands", "aid convoys should be allowed in without delay",
           "the ceasefire must be respected by both sides", "the delegations had agreed to keep talking"]
FILLER = ["The talks come amid rising tensions across the region.", "Neither side commented on the reports.",
          "Mediators have been shuttling between the two sides for weeks, officials familiar with the matter say.",
          "The proposal would begin with a pause in the fighting and the release of some of the hostages.",
          "Aid agencies have warned that conditions for civilians continue to deteriorate.",
          "Analysts say the outcome will depend largely on pressure from regional and Western governments.",
          "Diplomats described the atmosphere as constructive but cautious.",
          "Previous rounds of mediation ended without an agreement.",
          "The details of the proposal were not made public.",
          "Regional powers have stepped up their diplomatic efforts in recent weeks."]


@dataclass
class Article:
    article_id: str
    text: str
    meta: dict
    gold: dict = field(default_factory=dict)  # the scorer's gold format for this article
    sentences: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each sentence
    # each expected row with the index of its sentence: (kind, row, sentence index)
    rows: list[tuple[str, dict, int]] = field(default_factory=list)


class _Builder:
    """Appends text and records annotated spans with their offsets."""

    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.sentences: list[tuple[int, int]] = []
        self.rows: list[tuple[str, dict, int]] = []
        self._sent_start = 0

    def put(self, s: str, kind: str | None = None, **row) -> None:
        if kind:
            self.rows.append((kind, {"text": s, "start": self.n, "end": self.n + len(s), **row},
                              len(self.sentences)))
        self.parts.append(s)
        self.n += len(s)

    def row(self, table: str, **row) -> None:  # a row with no span (venue, statement, casualty)
        self.rows.append((table, row, len(self.sentences)))

    def end_sentence(self, sep: str = " ") -> None:
        self.sentences.append((self._sent_start, self.n))
        self.put(sep)
        self._sent_start = self.n

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _topic(rnd: random.Random, b: _Builder) -> str:
    before, place, after = rnd.choice(TOPICS)
    b.put(before)
    if place:
        lat, lon = AREAS[place]
        b.put(place, "place", name=place, lat=lat, lon=lon)
    b.put(after)
    return before + place + after


def _timex(b: _Builder, phrase: str, value: str, pub: dt.date) -> None:
    # On a Sunday, 'this/last/next week' depends on whether weeks start on Sunday or Monday: optional.
    ambiguous = "-W" in value and pub.weekday() == 6
    b.put(phrase, "timex", value=value, **({"opt": True} if ambiguous else {}))


def _past_weekday(pub: dt.date, name: str) -> dt.date:
    return pub - dt.timedelta(days=(pub.weekday() - WEEKDAYS.index(name)) % 7)


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _date_phrase(rnd: random.Random, pub: dt.date) -> tuple[str, str]:
    """A past date as written and its TimeML value (relative to ``pub``). Week values are ISO weeks."""
    k = rnd.random()
    if k < 0.45:
        name = rnd.choice(WEEKDAYS)
        return f"on {name}", _past_weekday(pub, name).isoformat()
    if k < 0.8:
        d = pub - dt.timedelta(days=rnd.randint(1, 60))
        return f"on {MONTHS[d.month - 1]} {d.day}", d.isoformat()
    if k < 0.9:
        return "last week", _week(pub - dt.timedelta(days=7))
    return "earlier this week", _week(pub)


def generate(n: int, seed: int = 1, start: int = 0) -> Iterator[Article]:
    """``n`` articles (ids ``gen_<seed>_<i>``), deterministic for a seed."""
    for i in range(start, start + n):
        yield _article(random.Random(seed * 1_000_003 + i), f"gen_{seed}_{i:07d}")


def _article(rnd: random.Random, aid: str) -> Article:
    pub = dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randint(0, 3650))
    outlet = rnd.choice(OUTLETS)
    host = rnd.choice(["Egypt", "Qatar", "Jordan", "United States", "United Nations"])
    a, b = rnd.sample(["Hamas", "Israel", "Palestinian Authority", "Palestinian Islamic Jihad"], 2)
    b_ = _Builder()
    city = rnd.choice(list(PLACES))
    title = f"{DELEGATIONS[a]} and {DELEGATIONS[b]} delegations hold talks in {city}"
    # headline (a region, not body: no expected rows), then the datelined lede
    b_.put(title)
    b_.end_sentence("\n")
    b_.put(city.upper() + ", ")
    b_.put(f"{MONTHS[pub.month - 1]} {pub.day}", "timex", value=pub.isoformat(), opt=True)  # dateline
    b_.put(f" ({outlet}) - {DELEGATIONS[a]} and {DELEGATIONS[b]} officials held talks in ")
    lat, lon = PLACES[city]
    b_.put(city, "place", name=city, lat=lat, lon=lon)
    if rnd.random() < 0.5:
        b_.put(" ")
        b_.put(f"on {WEEKDAYS[pub.weekday()]}", "timex", value=pub.isoformat())
    b_.put(" on ")
    _topic(rnd, b_)
    clause_start = b_.text.index(f"{DELEGATIONS[a]} and", len(title))
    clause = b_.text[clause_start:]
    b_.put(f", {SPEAKERS[host][-1]} said.")
    b_.row("statement", factions=[host], speaker=SPEAKERS[host][-1], quote=clause, kind="indirect", opt=True)
    b_.row("venue", place=city, lat=lat, lon=lon, date=pub.isoformat())
    b_.end_sentence("\n\n")
    n = rnd.randint(14, 24)
    for k in range(n):
        rnd.choice(_PATTERNS)(rnd, b_, pub)
        b_.end_sentence("\n\n" if rnd.random() < 0.4 or k == n - 1 else " ")
    b_.put(f"Read more: {rnd.choice(OUTLETS)} coverage of the talks")
    b_.end_sentence("\n")
    text = b_.text.rstrip()
    gold: dict = {"published": pub.isoformat(), "outlet": outlet, "timex": [], "places": [], "venues": [],
                  "statements": [], "casualties": []}
    seen_places: set[str] = set()
    for kind, row, _si in b_.rows:
        if kind == "timex":
            gold["timex"].append({k: row[k] for k in ("text", "value", "start", "end", "opt") if k in row})
        elif kind == "place" and row["name"] not in seen_places:
            seen_places.add(row["name"])
            gold["places"].append({k: row[k] for k in ("name", "text", "lat", "lon", "start", "end")})
        elif kind in ("venue", "statement", "casualty"):
            gold[{"venue": "venues", "statement": "statements", "casualty": "casualties"}[kind]].append(row)
    meta = {"article_id": aid, "outlet": outlet, "title": title, "url": f"https://news.example/{aid}",
            "published": pub.isoformat()}
    return Article(aid, text, meta, gold, b_.sentences, b_.rows)


# ---------------------------------------------------------------------------------------------- patterns

def _meeting(rnd, b, pub):
    x, y = rnd.sample(list(SPEAKERS), 2)
    city = rnd.choice(list(PLACES))
    phrase, value = _date_phrase(rnd, pub)
    b.put(f"{SPEAKERS[x][0][0].upper()}{SPEAKERS[x][0][1:]} met {DELEGATIONS[y]} officials in ")
    lat, lon = PLACES[city]
    b.put(city, "place", name=city, lat=lat, lon=lon)
    b.put(" ")
    _timex(b, phrase, value, pub)
    b.put(" to discuss ")
    _topic(rnd, b)
    b.put(".")
    b.row("venue", place=city, lat=lat, lon=lon, date=value)


def _visit(rnd, b, pub):
    x = rnd.choice(list(SPEAKERS))
    city = rnd.choice(list(PLACES))
    phrase, value = _date_phrase(rnd, pub)
    lat, lon = PLACES[city]
    b.put(f"{SPEAKERS[x][0][0].upper()}{SPEAKERS[x][0][1:]} arrived in ")
    b.put(city, "place", name=city, lat=lat, lon=lon)
    b.put(" ")
    _timex(b, phrase, value, pub)
    b.put(" for talks on ")
    _topic(rnd, b)
    b.put(".")
    b.row("venue", place=city, lat=lat, lon=lon, date=value)


def _direct(rnd, b, pub):
    f = rnd.choice(list(SPEAKERS))
    q = rnd.choice(QUOTES)
    sp = rnd.choice(SPEAKERS[f])
    b.put(f"\u201c{q},\u201d {sp} said in a statement.")
    b.row("statement", factions=[f], speaker=sp, quote=q)


def _indirect(rnd, b, pub):
    f = rnd.choice(list(SPEAKERS))
    sp = rnd.choice(SPEAKERS[f])
    c = rnd.choice(CLAUSES)
    b.put(f"{sp[0].upper()}{sp[1:]} said {c}.")
    b.row("statement", factions=[f], speaker=sp, quote=c, kind="indirect", opt=True)


def _casualty(rnd, b, pub):
    count = rnd.choice([rnd.randint(2, 40), rnd.randint(41, 300)])
    group = rnd.choice(GROUPS)
    place = rnd.choice(list(STRIKE_PLACES))
    lat, lon = STRIKE_PLACES[place]
    if rnd.random() < 0.5:
        b.put(f"At least {count} {group} were killed in ")
        outcome = "killed"
    else:
        b.put(f"{count} {group} were wounded in ")
        outcome = "wounded"
    b.put(place, "place", name=place, lat=lat, lon=lon)
    b.put(" ")
    phrase, value = _date_phrase(rnd, pub)
    _timex(b, phrase, value, pub)
    b.put(", according to local health officials.")
    b.row("casualty", count=count, outcome=outcome, group=group)


def _background(rnd, b, pub):
    year = pub.year - rnd.randint(1, 8)
    if rnd.random() < 0.5:
        m = rnd.randint(1, 12)
        b.put("The two sides last held direct talks in ")
        b.put(f"{MONTHS[m - 1]} {year}", "timex", value=f"{year}-{m:02d}")
        b.put(".")
    else:
        city = rnd.choice(["Cairo", "Doha"])
        lat, lon = PLACES[city]
        b.put("A similar truce brokered in ")
        b.put(city, "place", name=city, lat=lat, lon=lon)
        b.put(" collapsed in ")
        b.put(str(year), "timex", value=str(year))
        b.put(".")


def _next_round(rnd, b, pub):
    b.put("The delegations are expected to meet again ")
    _timex(b, "next week", _week(pub + dt.timedelta(days=7)), pub)
    b.put(", a diplomat familiar with the talks said.")


def _filler(rnd, b, pub):
    b.put(rnd.choice(FILLER))


_PATTERNS = [_meeting, _visit, _direct, _direct, _indirect, _casualty, _casualty, _background, _next_round,
             _filler, _filler, _filler]


# ---------------------------------------------------------------------------------------------- output

def write(articles: list[Article], out: str | Path) -> Path:
    """Write ``<id>.txt`` files, ``manifest.csv`` and ``gold.json`` (the scorer's format) to ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    gold = {}
    with open(out / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["article_id", "outlet", "title", "url", "published"])
        w.writeheader()
        for a in articles:
            (out / f"{a.article_id}.txt").write_text(a.text, encoding="utf-8")
            w.writerow(a.meta)
            gold[a.article_id] = a.gold
    (out / "gold.json").write_text(json.dumps(gold, indent=1), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    path = write(list(generate(args.n, args.seed)), args.out)
    print(f"wrote {args.n} articles, manifest.csv and gold.json to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


# ---------------------------------------------------------------------------------------------- checking

def check(articles: list[Article], tables: dict) -> dict[str, tuple[float, float, float]]:
    """(precision, recall, F1) per dimension of extracted ``tables`` (DataFrames) against the expected rows.

    A compact version of the project's scorer: dates by overlapping span and value; places by name within
    40 km; venues (meeting/visit events) by place within 40 km and date; statements by faction and 60% of
    the quote's words; casualties by (count, outcome, group). Optional expected rows are not counted.
    """
    import math

    def km(a, b):
        p1, p2 = math.radians(a[0]), math.radians(b[0])
        h = (math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2)
        return 6371 * 2 * math.asin(min(1, math.sqrt(h)))

    def words(s):
        return {w for w in "".join(c.lower() if c.isalnum() else " " for c in s).split() if len(w) > 2}

    by = {name: {aid: g for aid, g in (df.groupby("article_id") if len(df) else [])}
          for name, df in tables.items() if name in ("mentions", "events", "statements", "casualties")}
    tot = {k: [0, 0, 0] for k in ("dates", "places", "venues", "statements", "casualties")}  # tp, fp, fn

    def score(dim, gold, got, match):
        used = set()
        for g in gold:
            hits = [i for i, r in enumerate(got) if match(g, r)]
            used.update(hits)  # every extracted row that matches an expected one (optional or not) is fine
            if not g.get("opt"):
                tot[dim][0 if hits else 2] += 1
        tot[dim][1] += len(got) - len(used)

    for a in articles:
        g = a.gold
        men = by["mentions"].get(a.article_id)
        dates = [] if men is None else [r for r in men.itertuples() if r.kind == "date"]
        places = [] if men is None else list({(round(r.lat, 2), round(r.lon, 2)): r for r in men.itertuples()
                                              if r.kind == "place" and r.place_type != "country"
                                              and r.lat == r.lat and r.lat is not None}.values())
        ev = by["events"].get(a.article_id)
        venues = [] if ev is None else list({(round(r.lat, 2), round(r.lon, 2), r.date): r for r in ev.itertuples()
                                             if r.event_type in ("meeting", "visit") and r.lat == r.lat
                                             and r.lat is not None}.values())
        st = by["statements"].get(a.article_id)
        stmts = [] if st is None else list(st.itertuples())
        ca = by["casualties"].get(a.article_id)
        cas = [] if ca is None else list(ca.itertuples())
        score("dates", g["timex"], dates, lambda x, r: r.start < x["end"] and x["start"] < r.end
              and (r.value == x["value"] or x.get("opt")))
        score("places", g["places"], places, lambda x, r: km((x["lat"], x["lon"]), (r.lat, r.lon)) <= 40)
        score("venues", g["venues"], venues, lambda x, r: km((x["lat"], x["lon"]), (r.lat, r.lon)) <= 40
              and str(r.date)[:7] == x["date"][:7] if "-W" not in x["date"] else str(r.date) == x["date"])
        score("statements", g["statements"], stmts, lambda x, r: set(x["factions"]) & {
            f.strip() for f in str(r.faction).split(";")} and len(words(x["quote"]) & words(str(r.quote)))
            >= 0.6 * len(words(x["quote"])))
        score("casualties", g["casualties"], cas, lambda x, r: r.count == x["count"] and r.outcome == x["outcome"]
              and str(r.group).lower() == x["group"].lower())
    out = {}
    for dim, (tp, fp, fn) in tot.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        out[dim] = (round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0)
    return out


def expected_extraction(a: Article):
    """The expected rows of ``a`` as a ``lib.models.Extraction`` (what a perfect extractor would store):
    date and place mentions, meeting/visit/statement/attack events, statements and casualty claims, each
    with its sentence span. Used to build large stores quickly without running the extractors."""
    from lib.models import Article as ArticleRow
    from lib.models import CasualtyClaim, Event, Extraction, Mention, Statement

    aid, text = a.article_id, a.text
    pub = a.gold["published"]
    mentions, events, statements, casualties = [], [], [], []

    def sent(i):
        s, e = a.sentences[min(i, len(a.sentences) - 1)]
        return text[s:e], s, e

    last_date = {}
    for kind, row, si in a.rows:
        if kind == "timex":
            sentence, s, e = sent(si)
            last_date[si] = row["value"]
            mentions.append(Mention.make(aid, kind="date", text=row["text"], start=row["start"], end=row["end"],
                                         value=row["value"], precision="week" if "-W" in row["value"] else
                                         {10: "day", 7: "month", 4: "year"}.get(len(row["value"]), ""),
                                         sentence=sentence, sentence_start=s, sentence_end=e))
        elif kind == "place":
            sentence, s, e = sent(si)
            mentions.append(Mention.make(aid, kind="place", text=row["text"], start=row["start"], end=row["end"],
                                         value=row["name"], lat=row["lat"], lon=row["lon"], place_type="settlement",
                                         sentence=sentence, sentence_start=s, sentence_end=e))
    for kind, row, si in a.rows:
        sentence, s, e = sent(si)
        date = last_date.get(si, pub)
        if kind == "venue":
            events.append(Event.make(aid, event_type="meeting", start=s, end=e, trigger="met", date=date,
                                     date_start=date, date_end=date, date_precision="day" if len(date) == 10 else "",
                                     date_basis="explicit", location=row["place"], lat=row["lat"], lon=row["lon"],
                                     sentence=sentence))
        elif kind == "statement":
            q0 = text.find(row["quote"], s)
            statements.append(Statement.make(aid, start=s, end=e, quote_start=max(q0, s),
                                             quote_end=max(q0, s) + len(row["quote"]), speaker=row["speaker"],
                                             faction="; ".join(row["factions"]), quote=row["quote"],
                                             kind=row.get("kind", "direct"), reporting_verb="said", date=pub,
                                             date_basis="article", sentence=sentence))
            events.append(Event.make(aid, event_type="statement", start=s, end=e, trigger="said", date=pub,
                                     date_start=pub, date_end=pub, date_precision="day", date_basis="article",
                                     actors=row["speaker"], factions="; ".join(row["factions"]), sentence=sentence))
        elif kind == "casualty":
            t0 = text.find(str(row["count"]), s)
            casualties.append(CasualtyClaim.make(aid, start=s, end=e, text_start=t0,
                                                 text_end=t0 + len(str(row["count"])), outcome=row["outcome"],
                                                 count=row["count"], group=row["group"], group_norm=row["group"],
                                                 date=date, date_basis="explicit", sentence=sentence))
            events.append(Event.make(aid, event_type="attack", start=s, end=e, trigger=row["outcome"], date=date,
                                     date_start=date, date_end=date, date_precision="day" if len(date) == 10 else "",
                                     date_basis="explicit", sentence=sentence))
    art = ArticleRow(article_id=aid, source_format="txt", outlet=a.meta["outlet"], title=a.meta["title"],
                     url=a.meta["url"], published=pub, published_precision="day", published_basis="manifest",
                     encoding="utf-8", n_chars=len(text), n_sentences=len(a.sentences),
                     n_body_sentences=len(a.sentences) - 2)
    return Extraction(article=art, mentions=tuple(mentions), events=tuple(events), statements=tuple(statements),
                      casualties=tuple(casualties))
