"""Does an Argos run's memory keep growing chunk after chunk, or plateau? (issue 12, target 5)

    python benchmarks/argos_chunks.py --chunk 500 --chunks 6
    MALLOC_ARENA_MAX=2 python benchmarks/argos_chunks.py --chunk 500 --chunks 6
    python benchmarks/argos_chunks.py --chunk 500 --chunks 6 --trim          # malloc_trim(0) after each chunk
    python benchmarks/argos_chunks.py --chunk 500 --chunks 6 --inter 1 --max-batch-tokens 512

Loads the engine as `run` does (ArgosEngine on the realistic-size synthetic package of
build_bench_model.py: ARGOS_PACKAGES_DIR from `build()`) and translates `--chunks` chunks of
`--chunk` different newstest2013 Spanish lines (data/newstest2013) one after the other, as
`run` translates a huge document's chunks. After each chunk it prints the process's RSS and
PSS (/proc/self/smaps_rollup), its peak RSS so far (`ru_maxrss`) and a hash of the outputs so
far: two settings that print the same hash translated byte-identically; and the CPU time per
sentence (all threads: what other jobs on a shared machine change least). The sentence encoder
and language identification are not loaded: this is the engine's part alone.
"""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def memory_mb() -> dict[str, int]:
    out: dict[str, int] = {}
    with open("/proc/self/smaps_rollup") as fh:
        for line in fh:
            key = line.split(":")[0]
            if key in ("Rss", "Pss", "Anonymous"):
                out[key.lower()] = round(int(line.split()[1]) / 1024)
    out["peak_rss"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chunk", type=int, default=500, help="sentences a chunk")
    ap.add_argument("--chunks", type=int, default=6)
    ap.add_argument("--inter", type=int, default=0, help="inter_threads (0: ArgosEngine's default)")
    ap.add_argument("--max-batch-tokens", type=int, default=0, help="0: ArgosEngine's default")
    ap.add_argument("--trim", action="store_true", help="call glibc malloc_trim(0) after each chunk")
    args = ap.parse_args()

    import build_bench_model

    os.environ["ARGOS_PACKAGES_DIR"] = str(build_bench_model.build())
    with open(ROOT / "data" / "newstest2013" / "newstest2013.es", encoding="utf-8") as fh:
        lines = [line.strip() for line in fh if line.strip()]
    print(json.dumps({"stage": "start", "MALLOC_ARENA_MAX": os.environ.get("MALLOC_ARENA_MAX"), **memory_mb()}),
          flush=True)
    from translate_tool.engines import ArgosEngine

    kwargs = {}
    if args.inter:
        kwargs["inter_threads"] = args.inter
    if args.max_batch_tokens:
        kwargs["max_batch_tokens"] = args.max_batch_tokens
    engine = ArgosEngine.from_installed("es", "en", **kwargs)
    print(json.dumps({"stage": "loaded", "inter": engine.inter_threads, "intra": engine.intra_threads,
                      "max_batch_tokens": engine.max_batch_tokens, **memory_mb()}), flush=True)
    libc = ctypes.CDLL("libc.so.6") if args.trim else None
    digest = hashlib.sha256()
    for k in range(args.chunks):
        lo = (k * args.chunk) % len(lines)
        chunk = [lines[(lo + i) % len(lines)] for i in range(args.chunk)]
        start, cpu = time.perf_counter(), time.process_time()
        out = engine.translate_sentences(chunk)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        digest.update("\n".join(out).encode("utf-8") + b"\n")
        if libc is not None:
            libc.malloc_trim(0)
        print(json.dumps({"stage": f"chunk {k + 1}", "sentences_per_s": round(len(chunk) / seconds, 1),
                          "cpu_ms_per_sentence": round(1000 * cpu / len(chunk)),
                          "outputs_sha256": digest.hexdigest()[:16], **memory_mb()}), flush=True)


if __name__ == "__main__":
    main()
