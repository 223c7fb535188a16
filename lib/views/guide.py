"""What each page of the dashboard is for, in a newcomer's words: the Overview's "Where to start".

Example:
    >>> print(start_markdown(["Overview", "Timeline"]))
    **Where to start** (pages on the left)
    - **Timeline**: events by faction and date
    <BLANKLINE>
    The filters below the pages apply to every page and stay in the address bar: copy it to share a view.
"""
from __future__ import annotations

PURPOSES = {"Timeline": "events by faction and date",
            "Mediator map": "where meetings and visits took place",
            "Casualties": "each figure with who reported it; tallies are never added up",
            "Statements": "what each faction said, side by side",
            "Articles": "read any source with what was extracted highlighted",
            "Add articles": "your own .txt, .md or .html files, or a .zip of them"}


def start_markdown(titles) -> str:
    """One line per page title that has a purpose (in the given order), then where the filters are."""
    lines = [f"- **{t}**: {PURPOSES[t]}" for t in titles if t in PURPOSES]
    return ("**Where to start** (pages on the left)\n" + "\n".join(lines) + "\n\nThe filters below the pages apply "
            "to every page and stay in the address bar: copy it to share a view.")
