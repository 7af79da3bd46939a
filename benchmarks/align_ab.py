"""Time the aligner's DP with two settings side by side, in one process, on the same features.

    python benchmarks/align_ab.py --size 5000 --other grow_weight=0 --other dist_floor=0

The document is benchmarks/align.py's (`mixed` perturbations of newstest2013 + NTREX-128 lines);
it is encoded once (the embedding cache is used), then aligned `--runs` times with the default
settings and with the default changed by the `--other` options, alternately, so both see the same
load. Prints wall-clock and CPU seconds of each run and the ratio of the CPU medians: on a shared
machine, compare that ratio, not the absolute times (docs/alignment.md, notes on speed).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from align import build  # noqa: E402

from translate_tool.aligner import AlignSettings, align  # noqa: E402


def settings_with(options: list[str]) -> AlignSettings:
    st = AlignSettings()
    for opt in options:
        k, v = opt.split("=", 1)
        old = getattr(st, k)
        st = replace(st, **{k: v.lower() in ("1", "true", "yes") if isinstance(old, bool) else type(old)(v)})
    return st


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=5000, help="sentences per side before perturbation")
    ap.add_argument("--other", action="append", default=[], metavar="NAME=VALUE", help="an AlignSettings change")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from translate_tool.embeddings import default_encoder

    src, tgt, _gold = build(args.size)
    enc = default_encoder()
    enc.features(src, "es")
    enc.features(tgt, "en")
    runs = {"default": (AlignSettings(), []), "other": (settings_with(args.other), [])}
    for r in range(args.runs):
        for name, (st, cpu) in runs.items():
            t, c = time.perf_counter(), time.process_time()
            align(src, tgt, src_lang="es", tgt_lang="en", encoder=enc, settings=st)
            cpu.append(time.process_time() - c)
            print(f"run {r + 1} {name:8s} wall {time.perf_counter() - t:5.2f} s  CPU {cpu[-1]:5.2f} s", flush=True)
    med = {name: statistics.median(cpu) for name, (_st, cpu) in runs.items()}
    print(f"{len(src):,} x {len(tgt):,}: CPU median default {med['default']:.2f} s, other "
          f"({' '.join(args.other) or 'no change'}) {med['other']:.2f} s, default / other {med['default'] / med['other']:.2f}")


if __name__ == "__main__":
    main()
