"""Map labels that do not overlap: which venues are named on the map, and on which side of their marker.

Idea: names of nearby venues (Jerusalem, Ramallah, Tel Aviv; Doha and Manama) drawn "top center" print over each
other. Approach: the busiest venues first, each label is an estimated box in screen pixels (the map's lon/lat
ranges on a chart of ``WIDTH`` x ``HEIGHT``, equirectangular as drawn; ``CHAR_PX`` per character) tried above,
below, right and left of its marker; the first side that overlaps no label placed so far and no marker of the
venues considered wins; a venue with no free side stays unnamed (its hover names it). The estimate is
conservative (a wide character), so on a narrower chart labels may come closer but still rarely touch.

Example:
    >>> label_sides(["Jerusalem", "Ramallah", "Cairo"], [31.78, 31.90, 30.04], [35.22, 35.20, 31.24],
    ...             [20.0, 20.0, 14.0], lon_range=[20.0, 50.0], lat_range=[22.0, 38.0])
    ['bottom center', 'top center', 'top center']
"""
from __future__ import annotations

WIDTH, HEIGHT = 1000.0, 560.0  # the map as the pages draw it (wide layout; height of ``map_figure``)
CHAR_PX, LINE_PX, GAP_PX = 7.0, 14.0, 2.0  # font size 11: a wide character, one line, space to the marker
SIDES = ("top center", "bottom center", "middle right", "middle left")


def _box(side: str, x: float, y: float, r: float, text: str) -> tuple[float, float, float, float]:
    w, h = CHAR_PX * len(text), LINE_PX
    if side == "top center":
        return x - w / 2, y - r - GAP_PX - h, x + w / 2, y - r - GAP_PX
    if side == "bottom center":
        return x - w / 2, y + r + GAP_PX, x + w / 2, y + r + GAP_PX + h
    if side == "middle right":
        return x + r + GAP_PX, y - h / 2, x + r + GAP_PX + w, y + h / 2
    return x - r - GAP_PX - w, y - h / 2, x - r - GAP_PX, y + h / 2


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def label_sides(names, lats, lons, sizes, lon_range, lat_range, width: float = WIDTH,
                height: float = HEIGHT) -> list[str | None]:
    """The side of each name's label, in the order given (busiest first; placed in that order); None: unnamed.

    ``sizes`` are marker diameters in pixels. A label must stay inside the chart and clear of earlier labels and
    of every marker given (the caller passes the venues it considers naming).

    >>> label_sides(["A", "B"], [10.0, 10.0], [10.0, 10.0], [14.0, 14.0], [0.0, 20.0], [0.0, 20.0])
    ['top center', 'bottom center']
    """
    (lon0, lon1), (lat0, lat1) = lon_range, lat_range
    sx, sy = width / max(lon1 - lon0, 1e-9), height / max(lat1 - lat0, 1e-9)
    pts = [((float(lon) - lon0) * sx, (lat1 - float(lat)) * sy, float(s) / 2) for lat, lon, s in
           zip(lats, lons, sizes, strict=True)]
    markers = [(x - r, y - r, x + r, y + r) for x, y, r in pts]
    placed: list[tuple[float, float, float, float]] = []
    plan: list[str | None] = [None] * len(pts)
    for i, (name, (x, y, r)) in enumerate(zip(names, pts, strict=True)):
        name = str(name)
        for side in SIDES:
            box = _box(side, x, y, r, name)
            if box[0] < 0 or box[1] < 0 or box[2] > width or box[3] > height:
                continue
            if any(_overlaps(box, b) for b in placed) or \
                    any(_overlaps(box, m) for j, m in enumerate(markers) if j != i):
                continue
            placed.append(box)
            plan[i] = side
            break
    return plan
