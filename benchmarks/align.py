"""Speed and memory of `align` for 1k / 2k / 5k / 10k sentences per side.

    python benchmarks/align.py                                # 1000,2000,5000,10000: print the table
    python benchmarks/align.py --sizes 1000,2000,5000         # a shorter run
    python benchmarks/align.py --write docs/alignment.md      # also rewrite the doc's speed section

Each size runs in a fresh subprocess with an empty embedding cache, so the time includes
encoding every sentence (model loading is reported separately). Documents are built from the
repository's newstest2013 + NTREX-128 lines (repeated, with a marker so repeats are new text,
for sizes above the 4,997 available pairs) with the `mixed` perturbations of the evaluation set
(merges, splits, drops, insertions), so the gold alignment is known and strict F1 is printed too.
Memory is the subprocess's maximum resident set size (ru_maxrss): "model MB" is its growth while
loading the encoder, "peak MB" the whole process, "align MB" the growth during encoding and
alignment. Growth ratios compare each size with the previous one.

`--write` replaces only the part of the markdown file between the markers
`<!-- BEGIN benchmarks/align.py -->` and `<!-- END benchmarks/align.py -->` (appended if absent);
`benchmarks/align_eval.py` owns its own marked section.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SIZES = [1000, 2000, 5000, 10000]
SECTION = "benchmarks/align.py"
TARGET_N, TARGET_S = 5000, 40.0  # issue 14: 5,000 x 5,000 in <= 40 s on 2 cores, embeddings included
# the first aligner: fixed deletion cost, no merge gain, none of the terms added on 2026-12-02
V1 = {"del_factor": 0.0, "gain_weight": 0.0, "max_bead": 5, "semi_weight": 0.0, "len_ref": 0.0, "gain_runs": False,
      "grow_weight": 0.0, "dist_floor": 0.0}


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


def cpu() -> float:
    """CPU seconds of this process so far (all threads): unlike wall time, hardly changed by
    other jobs on the machine."""
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def child(n: int) -> None:
    import resource

    sys.path.insert(0, str(ROOT))
    src, tgt, gold = build(n)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    from translate_tool.embeddings import SentenceEncoder
    from translate_tool.engines.argos import available_cores

    enc = SentenceEncoder()
    t1 = time.perf_counter()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cores = available_cores()
    c1 = cpu()
    enc.features(src, threads=cores)  # as `translate-tool align` does: a batch per core at a time
    enc.features(tgt, threads=cores)
    t2, c2 = time.perf_counter(), cpu()
    from translate_tool.align_eval import score_alignments
    from translate_tool.aligner import align

    result = align(src, tgt, encoder=enc)  # features come from the cache filled above
    t3, c3 = time.perf_counter(), cpu()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    f1 = score_alignments([gold], [result.beads])["f1_strict"]
    # the previous aligner on the same cached features, in the same process: a ratio that
    # stays meaningful on a shared machine, where the seconds themselves vary from run to run
    from dataclasses import replace

    from translate_tool.aligner import AlignSettings

    t4 = time.perf_counter()
    align(src, tgt, encoder=enc, settings=replace(AlignSettings(), **V1))
    v1 = time.perf_counter() - t4
    # the same sentences encoded again on one thread (no cache), right after: the speed-up of
    # running a batch per core, under the same load
    one = SentenceEncoder(use_cache=False)
    t5 = time.perf_counter()
    one.features(src, threads=1)
    one.features(tgt, threads=1)
    embed1 = time.perf_counter() - t5
    print(json.dumps({
        "n_src": len(src), "n_tgt": len(tgt), "load": t1 - t0, "embed": t2 - t1, "align": t3 - t2,
        "model_mb": (base - rss0) / 1024, "peak_mb": peak / 1024, "delta_mb": (peak - base) / 1024,
        "f1": f1, "encoded": enc.misses, "align_v1": v1, "embed_1thread": embed1, "cores": cores,
        "embed_cpu": c2 - c1, "align_cpu": c3 - c2,
    }))


def parse_sizes(values: list[str]) -> list[int]:
    sizes = [int(v) for item in values for v in item.split(",") if v.strip()]
    if not sizes or min(sizes) < 1:
        raise SystemExit("--sizes: give positive sentence counts, e.g. --sizes 1000,2000,5000")
    return sizes


def run_size(n: int) -> dict:
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, TRANSLATE_TOOL_CACHE_DIR=cache)
        out = subprocess.run([sys.executable, __file__, "--child", str(n)], env=env, capture_output=True, text=True)
    if out.returncode:
        print(out.stderr, file=sys.stderr)
        sys.exit(out.returncode)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    r["n"], r["total"] = n, r["embed"] + r["align"]
    return r


HEADER = [
    "| sentences/side | src x tgt | load s | model MB | embed s | sent/s | align s | total s "
    "| peak MB | align MB | size ratio | time ratio | align-time ratio | MB ratio | strict F1 "
    "| v1 align s | align / v1 | embed 1 thread s | embed speed-up | embed CPU s | align CPU s | idle estimate s |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
]


def idle_estimate(r: dict) -> float:
    """Seconds on an idle machine, from CPU time: the encoder's batches run on every core, the
    DP on one (an estimate, labelled as one; the wall-clock columns are the measurement)."""
    return r["embed_cpu"] / max(r.get("cores", 1), 1) + r["align_cpu"]


def format_row(r: dict, prev: dict | None) -> str:
    def ratio(key: str, floor: float = 1e-9) -> str:
        return f"{max(r[key], floor) / max(prev[key], floor):.2f}" if prev else "-"

    rate = (r["n_src"] + r["n_tgt"]) / max(r["embed"], 1e-9)
    size_ratio = f"{r['n'] / prev['n']:g}" if prev else "-"
    return (
        f"| {r['n']:,} | {r['n_src']:,} x {r['n_tgt']:,} | {r['load']:.1f} | {r['model_mb']:.0f} "
        f"| {r['embed']:.1f} | {rate:.0f} | {r['align']:.1f} | {r['total']:.1f} | {r['peak_mb']:.0f} "
        f"| {r['delta_mb']:.0f} | {size_ratio} | {ratio('total')} "
        f"| {ratio('align')} | {ratio('delta_mb', 1.0)} | {r['f1']:.3f} "
        f"| {r['align_v1']:.1f} | {r['align'] / max(r['align_v1'], 1e-9):.2f} "
        f"| {r['embed_1thread']:.1f} | {r['embed_1thread'] / max(r['embed'], 1e-9):.2f} "
        f"| {r['embed_cpu']:.1f} | {r['align_cpu']:.1f} | {idle_estimate(r):.1f} |"
    )


def machine(load_before, load_after) -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, no GPU; "
        f"1-minute load average {load_before:.2f} before the run and {load_after:.2f} after it"
    )


def section(rows: list[dict], command: str, machine_note: str, when: str, loaded: bool) -> str:
    lines = [
        "## Speed",
        "",
        "Generated by",
        "",
        f"    {command}",
        "",
        f"on {when}: {machine_note}. "
        + (
            "A load average near or above the core count means other jobs shared the machine, so "
            "the seconds are pessimistic and vary from run to run."
            if loaded else ""
        ),
        "",
        "Each size runs in a fresh process with an empty embedding cache (`mixed` perturbations of",
        "newstest2013 + NTREX-128 lines, see the script's docstring); total = embed + align, load =",
        "reading the model once; ratios are against the previous row. *v1 align s*: the previous",
        "aligner (fixed deletion cost 0.5, no merge gain) on the same features in the same process,",
        "right after; *align / v1* compares the two under the same load. *embed s* encodes as",
        "`translate-tool align` does, a batch per core side by side (each batch on one BLAS thread, so",
        "the vectors are the same bytes as on one thread); *embed 1 thread s*: the same sentences",
        "encoded again on one thread right after, without the cache. *CPU s*: CPU time of the",
        "process in that step (all threads), which other jobs on the machine hardly change; *idle",
        "estimate* = embed CPU / cores + align CPU, what the wall-clock total would be on an idle",
        "machine if the encoder's batches kept every core busy (an estimate, not a measurement).",
        "",
        *HEADER,
    ]
    prev = None
    for r in rows:
        lines.append(format_row(r, prev))
        prev = r
    target = next((r for r in rows if r["n"] == TARGET_N), None)
    lines.append("")
    if target:
        verdict = "meets" if target["total"] <= TARGET_S else "misses"
        lines.append(
            f"{TARGET_N:,} x {TARGET_N:,} sentences: {target['total']:.1f} s embeddings included, which "
            f"{verdict} the {TARGET_S:.0f} s target (on this machine, under this load); the idle estimate "
            f"from CPU time is {idle_estimate(target):.1f} s."
        )
    else:
        lines.append(f"This run did not include {TARGET_N:,} sentences per side, so the speed target is not measured here.")
    return "\n".join(lines).rstrip() + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs="+", default=[",".join(map(str, DEFAULT_SIZES))],
                    help="sentences per side, comma-separated (default 1000,2000,5000,10000)")
    ap.add_argument("--write", metavar="MD", help="rewrite the speed section of this markdown file")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    sizes = parse_sizes(args.sizes)
    command = "python benchmarks/align.py"
    if sizes != DEFAULT_SIZES:
        command += " --sizes " + ",".join(map(str, sizes))
    if args.write:
        command += f" --write {args.write}"
    when = time.strftime("%Y-%m-%d")
    load_before = os.getloadavg()[0]
    rows: list[dict] = []
    print("\n".join(HEADER), flush=True)
    for n in sizes:
        r = run_size(n)
        print(format_row(r, rows[-1] if rows else None), flush=True)
        rows.append(r)
    load_after = os.getloadavg()[0]
    note = machine(load_before, load_after)
    loaded = max(load_before, load_after) >= 0.75 * (os.cpu_count() or 1)
    print(f"\ntotal = embed + align (cold embedding cache); load = reading the model once.\n{note}")
    if args.write:
        from align_eval import replace_section

        replace_section(ROOT / args.write, SECTION, section(rows, command, note, when, loaded))
        print(f"wrote the speed section of {args.write}")


if __name__ == "__main__":
    main()
