"""Regenerate snippets.tsv, the labelled language-identification set.

    python tests/data/langid/build.py

Deterministic: the same inputs give the same file. Columns of snippets.tsv:
id, lang (gold ISO 639-1), words (letter tokens), source (provenance), text.

Sources (see README.md beside this file):
  newstest2013.<es|en>:<line>   data/newstest2013 (WMT13 news test set), 1-based line number
  ntrex128.<es|en>:<line>       data/ntrex128/newstest2019.* (NTREX-128, Microsoft, CC-BY-SA-4.0)
  seed:<file stem>:<n>          seeds/*.txt, n-th sentence/line (0-based) of the simple splitter below
  own:<n>                       written for this set (own.tsv, data row n, 1-based)
"""

from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Deliberately naive sentence splitter (the project's segmenter is tested elsewhere).
SPLIT = re.compile(r"(?<=[.!?…])[”\"’]?\s+(?=[“\"¡¿A-ZÁÉÍÓÚÑ])")


def n_words(text: str) -> int:
    return len(WORD.findall(text))


def corpus(rows: list, name: str, path: Path, lang: str, n_long: int, n_short: int, seed: int, avoid: set[int]) -> set[int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    rng = random.Random(seed)
    order = list(range(len(lines)))
    rng.shuffle(order)
    taken: set[int] = set()
    long_, short = [], []
    for i in order:
        if i in avoid:  # don't take both sides of a parallel line
            continue
        t = lines[i].strip()
        w = n_words(t)
        if 8 <= w <= 60 and len(long_) < n_long:
            long_.append(i)
        elif 3 <= w < 8 and len(short) < n_short:
            short.append(i)
    for i in sorted(long_ + short):
        rows.append((lang, f"{name}.{lang}:{i + 1}", lines[i].strip()))
        taken.add(i)
    return taken


def seed_units(path: Path) -> list[str]:
    units = []
    for para in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        for line in para.strip().splitlines():
            units += [s.strip() for s in SPLIT.split(line.strip()) if s.strip()]
    return units


# seed stem -> (gold language, indices of units to take); chosen to include headlines,
# captions, all-caps kickers and sentences full of Spanish names.
SEEDS = {
    "000_cb0f9fc3340e0d5e": ("en", [0, 1, 3, 4, 6, 8, 10, 13, 16, 20, 24, 27]),
    "001_2201a22913c5efba": ("en", [0, 1, 2, 3, 5, 7, 10, 13]),
    "002_0f267a4a9a1e3df1": ("en", [0, 2, 4, 8, 12, 19, 25, 31, 35, 40, 44, 47]),
    "003_47791e38b17413ba": ("es", "all"),
    "004_9957809fc3724ba0": ("en", [0, 4, 6, 8, 9, 10, 14, 16, 17, 18, 20, 21, 24, 25, 26, 33, 34, 40, 44, 50]),
}
# Quoted passages taken from the seeds as snippets of their own.
SEED_QUOTES = [
    ("es", "seed:000_cb0f9fc3340e0d5e:quote", "Viva La Libertad, Carajo!"),
    ("en", "seed:000_cb0f9fc3340e0d5e:quote", "Long Live Liberty, Damn It!"),
    ("en", "seed:000_cb0f9fc3340e0d5e:quote", "Make America Great Again"),
]


def main() -> None:
    rows: list[tuple[str, str, str]] = []
    nt = ROOT / "data" / "newstest2013"
    used = corpus(rows, "newstest2013", nt / "newstest2013.es", "es", 50, 20, 1, set())
    corpus(rows, "newstest2013", nt / "newstest2013.en", "en", 50, 20, 2, used)
    nx = ROOT / "data" / "ntrex128"
    used = corpus(rows, "ntrex128", nx / "newstest2019.es", "es", 35, 10, 3, set())
    corpus(rows, "ntrex128", nx / "newstest2019.en", "en", 35, 10, 4, used)
    for stem, (lang, picks) in SEEDS.items():
        units = seed_units(ROOT / "seeds" / f"{stem}.txt")
        idx = range(len(units)) if picks == "all" else [i for i in picks if i < len(units)]
        for i in idx:
            if n_words(units[i]) >= 3:
                rows.append((lang, f"seed:{stem}:{i}", units[i]))
    rows += SEED_QUOTES
    own = (HERE / "own.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for n, line in enumerate(own, 1):
        lang, text = line.split("\t", 1)
        rows.append((lang, f"own:{n}", text))
    out = ["id\tlang\twords\tsource\ttext"]
    for k, (lang, src, text) in enumerate(rows):
        text = " ".join(text.split())
        out.append(f"{k:04d}\t{lang}\t{n_words(text)}\t{src}\t{text}")
    (HERE / "snippets.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} snippets to {HERE / 'snippets.tsv'}")


if __name__ == "__main__":
    main()
