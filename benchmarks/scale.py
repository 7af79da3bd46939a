"""`run --executor ray` (or `align-corpus --executor ray`) against the local executor, and one
simulated node against two.

    python benchmarks/scale.py                        # 500 documents, Apertium
    python benchmarks/scale.py --engine argos         # the benchmark Argos package (build_bench_model.py)
    python benchmarks/scale.py --docs 1000 --rounds 3
    python benchmarks/scale.py --command align-corpus --docs 200   # align-corpus on document pairs

Needs the ray extra (scripts/setup --ray). The corpus of `run` is benchmarks/pipeline.py's:
documents of 5 newstest2013 / NTREX-128 Spanish sentences; that of `align-corpus` is
benchmarks/align_corpus.py's: es/en pairs of 25-35 newstest2013 / NTREX-128 lines with its
`mixed` perturbations. Each measurement is a fresh process with
empty translation and embedding caches, timing `run_pipeline` (or `align_corpus`; engine,
encoder and actor start-up included; starting Ray or the simulated cluster is not) as
`translate-tool run` (`align-corpus`) calls it:
  local     --executor local: the engine and scorer use every core of this machine
            (align-corpus: a forked worker per core)
  ray       --executor ray on a local Ray instance with this machine's cores (an actor per core)
  nodes-1   a `ray.cluster_utils.Cluster` of one node with 1 CPU (one actor), its processes
            pinned to one core (sched_setaffinity: Ray's num_cpus alone does not stop a node's
            processes from using every core)
  nodes-2   the same with two such nodes on this machine, each pinned to its own core (two
            actors, one per node); the driver is not pinned
The modes run one after the other within each round (rounds interleaved), so a noisy,
shared machine slows them alike; figures are medians over rounds. Peak RSS is the driver's.
Every mode's outputs are compared with the local run's (review.sqlite3 aside). For
align-corpus, "sentences" are the sentence pairs written to the corpus.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import logging
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
MODES = ("local", "ray", "nodes-1", "nodes-2")


def child(mode: str, engine: str, input_dir: Path, out_dir: Path) -> None:
    """One measurement; `engine` is the engine of `run`, or "align-corpus" for that command."""
    from translate_tool.executors import ExecutorOptions, make_corpus_executor, make_executor
    from translate_tool.pipeline import RunOptions, run_pipeline

    cluster = None
    if mode != "local":
        import ray

        quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
        if mode == "ray":
            from translate_tool.engines.argos import available_cores

            ray.init(address="local", num_cpus=available_cores(), **quiet)  # not a cluster that runs here
        else:
            from ray.cluster_utils import Cluster

            # One CPU per node for real: Ray's num_cpus only counts, so each node's processes
            # (raylet, and the workers it starts, which inherit it) are pinned to a core of
            # their own; otherwise a 1-CPU node's Apertium pipeline of processes spreads over
            # every core. The driver may use any core.
            cores = sorted(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {cores[0]})
            cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1, "include_dashboard": False})
            for i in range(1, int(mode.split("-")[1])):
                os.sched_setaffinity(0, {cores[i % len(cores)]})
                cluster.add_node(num_cpus=1)
            os.sched_setaffinity(0, set(cores))
            ray.init(address=cluster.address, **{k: v for k, v in quiet.items() if k != "include_dashboard"})
    where = ExecutorOptions("local" if mode == "local" else "ray")
    corpus = engine == "align-corpus"
    executor = make_corpus_executor(where) if corpus else make_executor(where)
    cpu0 = _cpu(resource.RUSAGE_SELF)  # the driver's own CPU time (not Apertium's processes, not the actors')
    t = time.perf_counter()
    timeline: dict[str, list[float]] = {}  # step -> [first event, last event], seconds from the start

    def event(name: str, *_) -> None:
        now = round(time.perf_counter() - t, 2)
        timeline.setdefault(name, [now, now])[1] = now

    with executor:
        if corpus:
            from translate_tool.corpus_align import align_corpus, find_pairs

            report = align_corpus(find_pairs(input_dir), out_dir, executor=executor)
            done, units = report.corpus_pairs, sum(d.status == "kept" for d in report.documents)
        else:
            report = run_pipeline(input_dir, out_dir, RunOptions(engine=engine), executor=executor,
                                  on_phase=event, on_step=event)
            done = report.sentences_translated
            units = sum(d.action == "translated" for d in report.documents)
        wall = time.perf_counter() - t
        pinned = ([sorted(os.sched_getaffinity(pid)) for pid in executor.worker_pids()]
                  if mode != "local" else [])
    if cluster is not None:
        import ray

        ray.shutdown()
        cluster.shutdown()
    print(json.dumps({
        "wall": wall, "sentences": done, "translated": units,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "driver_cpu": _cpu(resource.RUSAGE_SELF) - cpu0,
        "actor_cpus": pinned,
        "timeline": timeline,
    }))


def _cpu(who) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_once(mode: str, engine: str, inp: Path, out: Path, env: dict) -> dict:
    with tempfile.TemporaryDirectory() as cache:
        proc = subprocess.run(
            [sys.executable, __file__, "--child", mode, engine, str(inp), str(out)],
            env=dict(env, TRANSLATE_TOOL_CACHE_DIR=cache), capture_output=True, text=True,
        )
    if proc.returncode:
        raise SystemExit(f"{mode}: {proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def same_outputs(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir() if p.name != "review.sqlite3" and not p.name.startswith("."))
    other = sorted(p.name for p in b.iterdir() if p.name != "review.sqlite3" and not p.name.startswith("."))
    _, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    return names == other and not mismatch and not errors


def main() -> None:
    ap = argparse.ArgumentParser(description="throughput of run (or align-corpus) --executor ray vs local, and 1 vs 2 nodes")
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--per-doc", type=int, default=5)
    ap.add_argument("--engine", choices=("apertium", "argos"), default="apertium")
    ap.add_argument("--command", choices=("run", "align-corpus"), default="run")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        mode, engine, inp, out = args.child
        child(mode, engine, Path(inp), Path(out))
        return

    import pipeline as pipeline_bench

    env = dict(os.environ)
    corpus = args.command == "align-corpus"
    if args.engine == "argos" and not corpus:
        import build_bench_model

        env["ARGOS_PACKAGES_DIR"] = str(build_bench_model.build())
    modes = [m for m in args.modes.split(",") if m]
    load_before = os.getloadavg()
    results: dict[str, list[dict]] = {m: [] for m in modes}
    identical: dict[str, bool] = {}
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "in"
        inp.mkdir()
        if corpus:
            import align_corpus as corpus_bench

            corpus_bench.build(inp, args.docs)
        else:
            pipeline_bench.write_documents(inp, args.docs, args.per_doc)
        for r in range(args.rounds):
            for mode in modes:
                out = Path(tmp) / f"out-{mode}-{r}"
                res = run_once(mode, "align-corpus" if corpus else args.engine, inp, out, env)
                results[mode].append(res)
                print(f"  round {r + 1} {mode}: {res['wall']:.1f} s, {res['sentences'] / res['wall']:.1f} sentences/s, "
                      f"driver peak RSS {res['peak_rss_mb']:.0f} MB, driver CPU {res['driver_cpu']:.1f} s, "
                      f"load {os.getloadavg()[0]:.1f}, actors' CPUs {res['actor_cpus']}", file=sys.stderr)
                print("    timeline (s from the start, first and last event): "
                      + ", ".join(f"{k} {a:.1f}-{b:.1f}" for k, (a, b) in res["timeline"].items()), file=sys.stderr)
                if "local" in modes and mode != "local":
                    same = same_outputs(Path(tmp) / f"out-local-{r}", out)
                    identical[mode] = identical.get(mode, True) and same
    cores = len(os.sched_getaffinity(0))
    first = results[modes[0]][0]
    what = "align-corpus: document pairs, corpus sentence pairs" if corpus else f"engine {args.engine}"
    print(f"{args.docs} documents, {first['sentences']} sentences, {what}, {cores} cores, "
          f"{args.rounds} round(s), medians; load average (1, 5, 15 min) before "
          f"{', '.join(f'{x:.1f}' for x in load_before)}, after {', '.join(f'{x:.1f}' for x in os.getloadavg())}\n")
    print("| mode | wall s | sentences/s | driver CPU s | driver peak RSS MB | outputs = local |")
    print("|---|---:|---:|---:|---:|---|")
    rate = {}
    for mode in modes:
        wall = statistics.median(r["wall"] for r in results[mode])
        rate[mode] = first["sentences"] / wall
        rss = statistics.median(r["peak_rss_mb"] for r in results[mode])
        cpu = statistics.median(r["driver_cpu"] for r in results[mode])
        same = "-" if mode not in identical else ("yes" if identical[mode] else "NO")
        print(f"| {mode} | {wall:.1f} | {rate[mode]:.1f} | {cpu:.1f} | {rss:.0f} | {same} |")
    print()
    if "local" in rate and "ray" in rate:
        print(f"ray / local on this machine: {rate['ray'] / rate['local']:.2f}x (target >= 0.85x)")
    if "nodes-1" in rate and "nodes-2" in rate:
        print(f"two 1-CPU nodes / one: {rate['nodes-2'] / rate['nodes-1']:.2f}x (target >= 1.7x)")


if __name__ == "__main__":
    main()
