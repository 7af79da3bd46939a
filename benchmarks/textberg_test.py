"""Score the default aligner on Bleualign's Text+Berg de-fr **test** sets, which are not in
this repository on purpose (a figure on them is a held-out result only while nobody tunes on
them; the settings are chosen on `benchmarks/textberg/` dev and the es-en dev set).

    python benchmarks/textberg_test.py DIR

DIR holds test0..test6 .de / .fr / .defr as published with vecalign
(https://github.com/thompsonb/vecalign, folder bleualign_data/). Prints strict and lax F1 per
set and micro-averaged over all seven (vecalign's score_multiple), with the settings' signature.
Use it to *report* the held-out figure of a default chosen on dev, never to choose one.

It also reports whether the per-pair confidence points at the wrong beads on these held-out
sets (the confidence model is fitted on the tuning sets only, benchmarks/align_confidence.py):
ROC AUC of the score (a right bead scores above a wrong one), and how many wrong beads the
review's *needs-review* filter (`uncertain` or `low-similarity`) and its *flagged* filter (any
flag, `unaligned` too) catch. *Wrong*: the gold ladder has no identical bead.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate_tool.align_eval import read_ladder, score_alignments  # noqa: E402
from translate_tool.aligner import align  # noqa: E402
from translate_tool.embeddings import default_encoder  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path, help="folder with test0..test6 .de/.fr/.defr")
    args = ap.parse_args()
    names = [f"test{k}" for k in range(7)]
    missing = [f"{n}.{ext}" for n in names for ext in ("de", "fr", "defr") if not (args.dir / f"{n}.{ext}").is_file()]
    if missing:
        more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        sys.exit(f"error: {args.dir}: missing {', '.join(missing[:3])}{more} "
                 "(the Text+Berg test sets are not in this repository)")
    encoder = default_encoder()
    gold, test, signature = [], [], ""
    right, two, score, needs, flagged = [], [], [], [], []
    print("| set | de | fr | strict F1 | lax F1 |\n|---|---:|---:|---:|---:|")
    for name in names:
        de = (args.dir / f"{name}.de").read_text(encoding="utf-8").splitlines()
        fr = (args.dir / f"{name}.fr").read_text(encoding="utf-8").splitlines()
        gold.append(read_ladder(args.dir / f"{name}.defr"))
        result = align(de, fr, src_lang="de", tgt_lang="fr", encoder=encoder)
        test.append(result.beads)
        signature = result.signature
        gold_set = {(tuple(a), tuple(b)) for a, b in gold[-1]}
        for bead in result.beads:
            right.append((tuple(bead.src), tuple(bead.tgt)) in gold_set)
            two.append(bool(bead.src and bead.tgt))
            score.append(bead.score)
            needs.append("uncertain" in bead.flags or "low-similarity" in bead.flags)
            flagged.append(bool(bead.flags))
        one = score_alignments(gold[-1:], test[-1:])
        print(f"| {name} | {len(de)} | {len(fr)} | {one['f1_strict']:.3f} | {one['f1_lax']:.3f} |", flush=True)
    res = score_alignments(gold, test)
    print(f"| **all (micro)** | | | **{res['f1_strict']:.3f}** | {res['f1_lax']:.3f} |")
    print(f"\nsettings: {signature}")
    right, two, score = np.array(right), np.array(two), np.array(score)
    needs, flagged = np.array(needs), np.array(flagged)
    print("\n| beads | wrong | two-sided wrong | AUC confidence (two-sided) | AUC confidence (all beads) "
          "| needs-review: beads / wrong caught | flagged: beads / wrong caught |\n|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| {len(right)} | {(~right).sum()} | {(~right & two).sum()} | {auc(score[two], right[two]):.3f} "
          f"| {auc(score, right):.3f} | {needs.sum()} / {(needs & ~right).sum()} "
          f"| {flagged.sum()} / {(flagged & ~right).sum()} |")


def auc(score, right) -> float:
    pos, neg = score[right], score[~right]
    if not len(pos) or not len(neg):
        return float("nan")
    return float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())


if __name__ == "__main__":
    main()
