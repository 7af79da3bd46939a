"""How long reading a hand-edited translated document back takes (review/hand_reading.py).

    python benchmarks/hand_edits.py

A document of N sentences (15 words each, 4 to a paragraph) with three sentences edited by hand
far apart; `map_text_edit` as `run` uses it (lines first, then words inside the lines that
differ) against a word diff of the whole text (what it did first: difflib over all the words is
quadratic). Prints both times and their ratio; the word diff is skipped above 20,000 sentences.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate_tool.review import hand_reading  # noqa: E402


def document(n: int, rng: random.Random) -> tuple[list[str], str, str, list[int]]:
    vocab = [f"w{i}" for i in range(5000)]
    units = [" ".join(rng.choices(vocab, k=15)) + " ." for _ in range(n)]
    edited = [n // 10, n // 2, n - n // 10]
    new_units = list(units)
    for u in edited:
        words = new_units[u].split()
        words[3] = "EDITED"
        new_units[u] = " ".join(words)

    def text(us):
        return "\n\n".join(" ".join(us[k:k + 4]) for k in range(0, n, 4)) + "\n"

    return units, text(units), text(new_units), edited


def main() -> None:
    rng = random.Random(1)
    words_only = hand_reading._line_opcodes
    print("| sentences | lines, then words | words only | ratio |\n|---:|---:|---:|---:|")
    for n in (2_000, 20_000, 100_000):
        units, old, new, edited = document(n, rng)
        t = time.perf_counter()
        found, problem = hand_reading.map_text_edit(units, old, new)
        lines_s = time.perf_counter() - t
        assert sorted(found) == edited and not problem
        if n <= 20_000:
            hand_reading._line_opcodes = lambda o, nw, ow, nwords: hand_reading._opcodes(ow, nwords)
            try:
                t = time.perf_counter()
                assert sorted(hand_reading.map_text_edit(units, old, new)[0]) == edited
                words_s = time.perf_counter() - t
            finally:
                hand_reading._line_opcodes = words_only
            print(f"| {n:,} | {lines_s:.2f} s | {words_s:.2f} s | {words_s / lines_s:.0f}x |", flush=True)
        else:
            print(f"| {n:,} | {lines_s:.2f} s | (not run) | |", flush=True)


if __name__ == "__main__":
    main()
