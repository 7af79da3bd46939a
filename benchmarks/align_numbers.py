"""Do numbers that differ between the two sides point at wrong beads? (measured, not kept as a flag)

    python benchmarks/align_numbers.py

For every two-sided bead the default aligner finds on the tuning sets (es-en dev, Text+Berg de-fr
dev) and the held-out es-en test set: whether the number check of machine-translated pairs
(quality.check_numbers: a number of one side missing from the other, its language-neutral part)
fires, and how many of those beads are wrong (not a gold bead). docs/alignment.md, "Confidence".
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from align_eval import load_set  # noqa: E402

from translate_tool.aligner import AlignSettings, align  # noqa: E402
from translate_tool.quality import check_numbers  # noqa: E402


def numbers_differ(src: str, tgt: str) -> bool:
    return any(c.note.startswith("number(s)") for c in check_numbers(src, tgt))


def main() -> None:
    print("| set | role | two-sided beads | wrong | beads whose numbers differ | of them wrong |")
    print("|---|---|---:|---:|---:|---:|")
    for folder, role in (("align_dev", "tuning"), ("textberg", "tuning"), ("align_test", "held out")):
        n = wrong = flagged = flagged_wrong = 0
        for _id, _kind, src, tgt, gold, sl, tl in load_set(folder):
            good = {(tuple(a), tuple(b)) for a, b in gold}
            for b in align(src, tgt, src_lang=sl, tgt_lang=tl, settings=AlignSettings()).beads:
                if not (b.src and b.tgt):
                    continue
                bad = (tuple(b.src), tuple(b.tgt)) not in good
                n, wrong = n + 1, wrong + bad
                if numbers_differ(" ".join(src[i] for i in b.src), " ".join(tgt[j] for j in b.tgt)):
                    flagged, flagged_wrong = flagged + 1, flagged_wrong + bad
        print(f"| {folder} | {role} | {n} | {wrong} ({wrong / n:.1%}) | {flagged} | {flagged_wrong} ({flagged_wrong / max(flagged, 1):.0%}) |")


if __name__ == "__main__":
    main()
