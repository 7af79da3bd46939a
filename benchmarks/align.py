"""Speed and memory of `align` for 1k / 2k / 5k / 10k sentences per side.

    python benchmarks/align.py                 # 1000 2000 5000 10000
    python benchmarks/align.py --sizes 1000 5000

Each size runs in a fresh subprocess with an empty embedding cache, so the time includes
encoding every sentence (model loading is reported separately). Documents are built from the
repository's newstest2013 + NTREX-128 lines (repeated, with a marker so repeats are new text,
for sizes above the 4,997 available pairs) with the `mixed` perturbations of the evaluation set
(merges, splits, drops, insertions), so the gold alignment is known and strict F1 is printed too.
Peak memory is the subprocess's maximum resident set size (ru_maxrss), which includes the
~0.3 GB model; "align MB" is the growth of the peak during encoding and alignment.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(n: int, seed: int = 1):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_align_eval import lines, perturb, to_gold

    data = ROOT / "data"
    es = lines(data / "newstest2013" / "newstest2013.es") + lines(data / "ntrex128" / "newstest2019.es")
    en = lines(data / "newstest2013" / "newstest2013.en") + lines(data / "ntrex128" / "newstest2019.en")
    pairs = []
    rep = 0
    while len(pairs) < n:
        mark = f" ({rep + 1})" if rep else ""
        pairs += [(s + mark, t + mark) for s, t in zip(es, en)][: n - len(pairs)]
        rep += 1
    rng = random.Random(seed)
    beads = perturb([([s], [t]) for s, t in pairs], "mixed", rng, pairs[: min(200, n)])
    return to_gold(beads)


def child(n: int) -> None:
    import resource
    import time

    sys.path.insert(0, str(ROOT))
    src, tgt, gold = build(n)
    t0 = time.perf_counter()
    from translate_tool.embeddings import SentenceEncoder

    enc = SentenceEncoder()
    t1 = time.perf_counter()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    enc.features(src)
    enc.features(tgt)
    t2 = time.perf_counter()
    from translate_tool.align_eval import score_alignments
    from translate_tool.aligner import align

    result = align(src, tgt, encoder=enc)
    t3 = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    f1 = score_alignments([gold], [result.beads])["f1_strict"]
    print(json.dumps({
        "n_src": len(src), "n_tgt": len(tgt), "load": t1 - t0, "embed": t2 - t1, "align": t3 - t2,
        "peak_mb": peak / 1024, "delta_mb": (peak - base) / 1024, "f1": f1,
    }))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000])
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    rows = []
    print("| sentences/side | src x tgt | load s | embed s | align s | total s | peak MB | align MB | time ratio | MB ratio | strict F1 |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as cache:
            env = dict(os.environ, TRANSLATE_TOOL_CACHE_DIR=cache)
            out = subprocess.run([sys.executable, __file__, "--child", str(n)], env=env, capture_output=True, text=True)
        if out.returncode:
            print(out.stderr, file=sys.stderr)
            sys.exit(out.returncode)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        r["n"], r["total"] = n, r["embed"] + r["align"]
        prev = rows[-1] if rows else None
        ratio = f"{r['total'] / prev['total']:.2f} (x{n / prev['n']:g} size)" if prev else "-"
        mratio = f"{max(r['delta_mb'], 1) / max(prev['delta_mb'], 1):.2f}" if prev else "-"
        rows.append(r)
        print(
            f"| {n:,} | {r['n_src']:,} x {r['n_tgt']:,} | {r['load']:.1f} | {r['embed']:.1f} | {r['align']:.1f} "
            f"| {r['total']:.1f} | {r['peak_mb']:.0f} | {r['delta_mb']:.0f} | {ratio} | {mratio} | {r['f1']:.3f} |",
            flush=True,
        )
    print("\ntotal = embed + align (cold embedding cache); load = reading the model once.")


if __name__ == "__main__":
    main()
