"""List matched statements whose speaker is wrong, the way ../shared/eval/score.py counts speaker accuracy.

    .venv/bin/python bench/speaker_misses.py blind13 blind14

The scorer counts a matched statement's speaker right when the last word of the gold speaker appears in our
`speaker`; this tool prints every matched required statement where it does not (gold speaker, ours, our
`speaker_text`, the quote's opening), so speaker errors can be grouped into classes. Reported statements
(kind "indirect") are skipped, as under `eval_sets.py --indirect-optional`. A measuring tool: always exits 0.
"""
from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile

from eval_sets import ROOT, SCORER, SETS


def main(names: list[str]) -> None:
    sys.path.insert(0, str(SCORER.parent))
    import score as S  # noqa: PLC0415 - the shared scorer, found beside the repository

    for name in names:
        articles, manifest, gold_path = SETS[name]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        out = tempfile.mkdtemp(prefix=f"spk_{name}_")
        subprocess.run([sys.executable, "-m", "lib", "extract", str(articles), "--manifest", str(manifest),
                        "--out", out, "--quiet"], cwd=ROOT, check=True)
        by: dict[str, list[dict]] = {}
        with open(f"{out}/statements.csv", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                by.setdefault(r["article_id"], []).append(r)
        for aid, g in gold.items():
            rows = by.get(aid, [])
            toks = [S.tokens(r["quote"]) for r in rows]
            for item in g["statements"]:
                if item.get("opt") or item.get("kind") == "indirect":
                    continue
                gt = S.tokens(item["quote"])
                want = {S.FACTION_ALIASES.get(f.lower(), f.lower()) for f in item["factions"]}
                cands = [i for i, st in enumerate(toks)
                         if st and gt and len(st) <= 3 * len(gt) + 8 and len(gt & st) / len(gt) >= 0.6]
                ok = [i for i in cands if S.faction_keys(rows[i]["faction"]) & want]
                if ok and item["speaker"].split()[-1].lower() not in rows[ok[0]]["speaker"].lower():
                    r = rows[ok[0]]
                    print(f"{name} {aid}: gold {item['speaker']!r} got {r['speaker']!r} "
                          f"(text {r.get('speaker_text')!r}) quote {item['quote'][:50]!r}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["blind13", "blind14"])
