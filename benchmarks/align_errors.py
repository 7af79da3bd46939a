"""List the aligner's errors on one set of benchmarks/align_eval.py, grouped by shape.

    python benchmarks/align_errors.py                 # Text+Berg de-fr dev, default settings
    python benchmarks/align_errors.py --set align_dev --set-option max_bead=6
    # the default before the grow term (42 wrong beads on Text+Berg dev; docs/alignment.md):
    python benchmarks/align_errors.py --set-option grow_weight=0 --set-option dist_floor=0
    # the default before 2026-12-02 (57 wrong beads):
    python benchmarks/align_errors.py --set-option max_bead=5 --set-option semi_weight=0 \
        --set-option len_ref=0 --set-option gain_runs=false --set-option grow_weight=0 --set-option dist_floor=0

The gold and the predicted ladders share boundaries (cells (i, j) that both paths go through);
between two consecutive shared boundaries they disagree, and that stretch is one *error region*.
Each region is named by its gold shapes -> predicted shapes (e.g. `2-2 -> 1-1 1-1`: a gold 2-2
cut as two 1-1s), listed with the wrong predicted beads' cosines and gaps (align_gaps) and the
sentences' character lengths, then counted by kind. A diagnostic for choosing what to try next;
it chooses nothing by itself, and should be run on tuning sets only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from align_eval import load_set  # noqa: E402

from translate_tool.aligner import AlignSettings, align  # noqa: E402


def shape(bead) -> str:
    return f"{len(bead[0])}-{len(bead[1])}"


def kind(gold_shapes: list[str], test_shapes: list[str]) -> str:
    g, t = Counter(gold_shapes), Counter(test_shapes)
    if len(gold_shapes) == 1 and len(test_shapes) > 1:
        return "gold bead cut in pieces"
    if len(test_shapes) == 1 and len(gold_shapes) > 1:
        return "gold beads merged into one"
    if len(gold_shapes) == len(test_shapes):
        return "same count, boundary moved"
    if g.get("0-1", 0) + g.get("1-0", 0) > t.get("0-1", 0) + t.get("1-0", 0):
        return "gold deletion absorbed"
    return "other re-cut"


def regions(gold, test):
    """(gold beads, test bead indices) of each stretch where the two ladders disagree: a
    connected group of gold and test beads linked by shared sentences, unless it is one bead
    found as is. (Text+Berg's gold ladder is not a monotone path: it skips a few sentences and
    crosses at one place, so the stretches are found by shared sentences, not by boundaries.)"""
    parent = list(range(len(gold) + len(test)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict = {}
    for k, (s, t) in enumerate(list(gold) + list(test)):
        for key in [("s", i) for i in s] + [("t", j) for j in t]:
            if key in owner:
                parent[find(k)] = find(owner[key])
            else:
                owner[key] = k
    groups: dict[int, list[int]] = {}
    for k in range(len(parent)):
        groups.setdefault(find(k), []).append(k)
    out = []
    for ks in sorted(groups.values()):
        g = [gold[k] for k in ks if k < len(gold)]
        t = [k - len(gold) for k in ks if k >= len(gold)]
        if not (len(g) == 1 and len(t) == 1 and g[0] == test[t[0]]):
            out.append((g, t))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="textberg", help="a folder of align_eval.SETS (default textberg)")
    ap.add_argument("--set-option", action="append", default=[], metavar="NAME=VALUE",
                    help="override an AlignSettings field")
    ap.add_argument("--quiet", action="store_true", help="only the counts")
    args = ap.parse_args()
    st = AlignSettings()
    for opt in args.set_option:
        k, v = opt.split("=", 1)
        old = getattr(st, k)
        st = replace(st, **{k: v.lower() in ("1", "true", "yes") if isinstance(old, bool) else type(old)(v)})
    from translate_tool.embeddings import default_encoder

    enc = default_encoder()
    kinds: Counter = Counter()
    shapes: Counter = Counter()
    n_wrong = 0
    for doc_id, _k, src, tgt, gold, sl, tl in load_set(args.set):
        res = align(src, tgt, src_lang=sl, tgt_lang=tl, settings=st, encoder=enc)
        test = [(b.src, b.tgt) for b in res.beads]
        gold = [(tuple(s), tuple(t)) for s, t in gold]
        gold_set = set(gold)
        n_wrong += sum(1 for b in test if b not in gold_set)
        for gbeads, tidx in regions(gold, test):
            gs, ts = [shape(b) for b in gbeads], [shape(test[k]) for k in tidx]
            name = f"{' '.join(gs)} -> {' '.join(ts)}"
            kinds[kind(gs, ts)] += 1
            shapes[name] += 1
            if args.quiet:
                continue
            print(f"{doc_id} {name}   [{kind(gs, ts)}]")
            for b in gbeads:
                print(f"   gold {list(b[0])}:{list(b[1])}  chars {[len(src[i]) for i in b[0]]}:{[len(tgt[j]) for j in b[1]]}")
            for k in tidx:
                s, t = test[k]
                mark = "ok " if test[k] in gold_set else "BAD"
                print(f"   {mark}  {list(s)}:{list(t)}  cos {res.cosines[k]:.3f} gap {res.gaps[k]:.3f}  "
                      f"chars {[len(src[i]) for i in s]}:{[len(tgt[j]) for j in t]}")
            for k in tidx:
                s, t = test[k]
                print("      de| " + " / ".join(src[i][:70] for i in s))
                print("      fr| " + " / ".join(tgt[j][:70] for j in t))
    print(f"\n{n_wrong} wrong predicted beads, {sum(kinds.values())} error regions")
    for k, v in kinds.most_common():
        print(f"  {v:3d}  {k}")
    print("by shape (gold -> predicted):")
    for k, v in shapes.most_common():
        print(f"  {v:3d}  {k}")


if __name__ == "__main__":
    main()
