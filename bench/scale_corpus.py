"""(Copied from ../shared/bench/scale_corpus.py so `make bench` needs nothing outside the repository.)

Write N distinct, realistic articles for scale and throughput runs, with a manifest.

Each article is a real text from the source folders (for example the project's seeds and evaluation sets) with
its small numbers, weekdays, years, mediator cities and paragraph order perturbed, so content hashes differ and
copies of one text do not all report the same event on the same day in the same city.

Usage: python scale_corpus.py N OUT_DIR SRC_DIR [SRC_DIR...]
"""
import csv
import datetime as dt
import glob
import os
import random
import re
import sys

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CITIES = ["Cairo", "Doha", "Amman", "Ramallah", "Riyadh", "Muscat", "Istanbul", "Beirut", "Paris", "Moscow",
          "Algiers", "Abu Dhabi", "Geneva", "Vienna", "Aqaba", "Jeddah"]
OUTLETS = ["AFP", "Reuters", "AP", "Al Jazeera", "Times of Israel", "Ahram Online", "Anadolu", "TASS", "Xinhua"]


def perturb(text: str, rng: random.Random) -> str:
    shift = rng.randint(-12, 2)
    swap = dict(zip(CITIES, rng.sample(CITIES, len(CITIES)), strict=True))
    text = re.sub(r"\b\d{1,3}\b", lambda m: str(rng.randint(1, 120)), text)
    text = re.sub(r"\b(19[6-9]\d|20[0-2]\d)\b", lambda m: str(int(m.group()) + shift), text)
    text = re.sub(r"\b(" + "|".join(DAYS) + r")\b", lambda m: rng.choice(DAYS), text)
    text = re.sub(r"\b(" + "|".join(map(re.escape, CITIES)) + r")\b", lambda m: swap[m.group()], text)
    paras = text.split("\n\n")
    if len(paras) > 3:
        head, rest = paras[:2], paras[2:]
        rng.shuffle(rest)
        paras = head + rest
    return "\n\n".join(paras)


def main(n: int, out: str, srcs: list[str]) -> None:
    texts = [open(f, encoding="utf-8").read() for d in srcs for f in sorted(glob.glob(os.path.join(d, "*.txt")))]
    if not texts:
        sys.exit("no .txt files in " + ", ".join(srcs))
    rng = random.Random(7)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "manifest.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["article_id", "outlet", "title", "url", "published"])
        for i in range(n):
            aid = f"gen{i:06d}"
            with open(os.path.join(out, aid + ".txt"), "w", encoding="utf-8") as f:
                f.write(perturb(texts[i % len(texts)], rng))
            pub = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randint(0, 7300))
            w.writerow([aid, rng.choice(OUTLETS), "", "", pub.isoformat()])


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3:])
