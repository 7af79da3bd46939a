"""One huge document against the same sentences spread over many documents (issue 12's target:
a 20 MB Spanish document peaks at <= 1.0 GB, with throughput within 10 % of many documents).

    python benchmarks/huge_document.py --engine apertium --scorer real --mb 20   # the real thing
    python benchmarks/huge_document.py --mb 20                                   # stand-ins: minutes
    python benchmarks/huge_document.py --mb 5 --only huge                        # one side only

The text is Spanish news (data/: newstest2013 and NTREX-128 lines, in order, repeated until the
size is reached; paragraphs of 3 sentences). (a) is one `.txt` of that text; (b) the same
paragraphs cut into documents of `--doc-paragraphs` paragraphs each, in one folder. Each is a
fresh process calling `run_pipeline` as `translate-tool run` does (chunks of `--chunk`
sentences), one after the other, with no translation cache and a fresh cache folder.

`--engine apertium` is Debian's Apertium (`apertium spa-eng`, the engine `run --engine apertium`
picks); `--engine argos` the realistic-size synthetic Argos package of build_bench_model.py (no
real es->en package can be installed here; ~7 sentences/s on 2 cores: for memory at small
sizes); `--engine upper` a stand-in that upper-cases (instant). `--scorer real` is the pair
scorer `run` uses (USE multilingual sentence encoder + checks), with its embedding cache off:
the text repeats its ~5,000 lines, and a cache would make the repeats free where a real 20 MB
document has none; `--scorer constant` a stand-in. Reading, language identification,
segmentation, target-language detection, chunking, rendering and writing are always real.

Memory: the run's own peak (`ru_maxrss`, exact), and the peak of the whole process tree (the
run and its Apertium pipelines, 10 processes each, two at a time), sampled from /proc every
0.2 s (a spike shorter than that can be missed): the sum of PSS (shared pages divided among
the processes sharing them: what the tree costs) and the sum of RSS (shared pages counted once
per process: an upper bound). Throughput: source sentences per second of wall time, and CPU
time per sentence (the run and the Apertium processes it waited for: `RUSAGE_CHILDREN`), which
other jobs on the machine change much less -- (a) and (b) run one after the other, so their
wall times may see different loads.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def spanish_paragraphs(megabytes: float) -> list[str]:
    lines: list[str] = []
    for name in ("newstest2013/newstest2013.es", "ntrex128/newstest2019.es"):
        with open(DATA / name, encoding="utf-8") as fh:
            lines += [line.strip() for line in fh if line.strip()]
    target = int(megabytes * 1024 * 1024)
    paragraphs: list[str] = []
    size, k = 0, 0
    while size < target:
        paragraph = " ".join(lines[(k + i) % len(lines)] for i in range(3))
        k += 3
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    return paragraphs


def write_inputs(folder: Path, paragraphs: list[str], per_doc: int) -> tuple[Path, Path, int]:
    """(a) one document, (b) a folder of documents of `per_doc` paragraphs; the number of (b)'s."""
    huge = folder / "huge" / "enorme.txt"
    huge.parent.mkdir(parents=True)
    huge.write_text("".join(p + "\n\n" for p in paragraphs), encoding="utf-8")
    many = folder / "many"
    many.mkdir()
    n = 0
    for lo in range(0, len(paragraphs), per_doc):
        (many / f"art{n:05d}.txt").write_text("".join(p + "\n\n" for p in paragraphs[lo : lo + per_doc]),
                                              encoding="utf-8")
        n += 1
    return huge, many, n


def child(input_path: Path, out_dir: Path, chunk: int, engine_name: str, scorer: str) -> None:
    sys.path.insert(0, str(ROOT))
    from translate_tool.pipeline import RunOptions, run_pipeline

    engine = None
    if engine_name == "upper":
        from translate_tool.engines import EngineInfo

        class Upper:
            info = EngineInfo("upper", "benchmark-stand-in", "1", "es", "en")

            def translate_sentences(self, sentences, progress=None):
                if progress:
                    progress(len(sentences))
                return [s.upper() for s in sentences]

            def close(self):
                pass

        engine = Upper()
    if scorer == "constant":
        import translate_tool.pairscore as pairscore

        pairscore.score_translation_pairs = lambda src, tgt, **kw: [(1.0, ())] * len(src)
        pairscore.review_translation_pairs = lambda src, tgt, **kw: [
            pairscore.PairReview(1.0, 0.0, (), 1.0) for _ in src]
    else:
        import translate_tool.embeddings as embeddings

        embeddings._DEFAULT = embeddings.SentenceEncoder(use_cache=False)  # every sentence encoded
    timings: dict[str, float] = {}
    start = time.perf_counter()
    report = run_pipeline(input_path, out_dir, RunOptions(engine=engine_name, use_cache=False), engine=engine,
                          timings=timings, chunk_sentences=chunk)
    failed = [d.reason for d in report.documents if d.action != "translated"]
    print(json.dumps({
        "wall": round(time.perf_counter() - start, 1),
        "documents": len(report.documents),
        "not_translated": failed[:3],
        "sentences": sum(d.sentences for d in report.documents),
        "engine": report.engine.signature() if report.engine else None,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "timings": {k: round(v, 1) for k, v in timings.items()},
    }))


def _tree_memory_kb(root: int) -> tuple[int, int]:
    """(RSS, PSS) in KB of `root` and all its descendants, summed, from /proc.

    RSS counts a page shared by several processes (libraries, a forked child's pages before it
    execs) once per process; PSS divides it among them, so the PSS sum is what the tree costs."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    stat = fh.read()
                parents[int(entry)] = int(stat[stat.rindex(")") + 2 :].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        p = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == p and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    rss = pss = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            continue  # gone meanwhile
    return rss, pss


def measure(input_path: Path, out_dir: Path, args, cache_dir: Path) -> dict:
    env = dict(os.environ, TRANSLATE_TOOL_CACHE_DIR=str(cache_dir))
    if args.engine == "argos":
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import build_bench_model

        env["ARGOS_PACKAGES_DIR"] = str(build_bench_model.build())
    load = os.getloadavg()[0]
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(
        [sys.executable, __file__, "--chunk", str(args.chunk), "--engine", args.engine, "--scorer", args.scorer,
         "--child", str(input_path), str(out_dir)],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    peak = [0, 0]  # RSS, PSS
    timeline: list[tuple[int, int]] = []  # (seconds, tree PSS MB) every `args.every` s: does it grow?
    done = threading.Event()
    start = time.monotonic()

    def sample() -> None:
        while not done.wait(0.2):
            now = _tree_memory_kb(proc.pid)
            peak[:] = map(max, peak, now)
            t = time.monotonic() - start
            if not timeline or t - timeline[-1][0] >= args.every:
                timeline.append((round(t), round(now[1] / 1024)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"{input_path}: the run failed (exit {proc.returncode})")
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)  # the run and every process it waited for (Apertium)
    result = json.loads(out.strip().splitlines()[-1])
    result["cpu_s"] = round(cpu.ru_utime + cpu.ru_stime - cpu_before.ru_utime - cpu_before.ru_stime, 1)
    result["cpu_ms_per_sentence"] = round(1000 * result["cpu_s"] / result["sentences"], 2)
    result["tree_peak_rss_mb"] = round(peak[0] / 1024)
    result["tree_peak_pss_mb"] = round(peak[1] / 1024)
    result["pss_timeline"] = timeline
    result["load_before"] = round(load, 2)
    result["load_after"] = round(os.getloadavg()[0], 2)
    result["sentences_per_s"] = round(result["sentences"] / result["wall"], 1)
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--chunk", type=int, default=2000)
    ap.add_argument("--engine", choices=("upper", "apertium", "argos"), default="upper")
    ap.add_argument("--scorer", choices=("constant", "real"), default="constant")
    ap.add_argument("--doc-paragraphs", type=int, default=10, help="(b): paragraphs (3 sentences) a document")
    ap.add_argument("--only", choices=("huge", "many"), help="measure one side only")
    ap.add_argument("--every", type=float, default=60.0, help="seconds between the memory timeline's points")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), args.chunk, args.engine, args.scorer)
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paragraphs = spanish_paragraphs(args.mb)
        huge, many, n_docs = write_inputs(tmp, paragraphs, args.doc_paragraphs)
        size = huge.stat().st_size / 1024 / 1024
        print(f"(a) one document of {size:.1f} MB, (b) the same {len(paragraphs):,} paragraphs in {n_docs:,} "
              f"documents; engine {args.engine}, scorer {args.scorer}, chunk {args.chunk}; {os.cpu_count()} cores",
              flush=True)
        results: dict[str, dict] = {}
        for side, path in (("huge", huge), ("many", many)):
            if args.only and side != args.only:
                continue
            results[side] = measure(path, tmp / f"out-{side}", args, tmp / f"cache-{side}")
            print(side, json.dumps(results[side]), flush=True)
        print()
        print("| run | documents | sentences | wall | sentences/s | CPU ms/sentence | peak RSS (run) "
              "| process tree: peak PSS | peak RSS sum | load before/after |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for side, r in results.items():
            label = f"(a) one {size:.1f} MB document" if side == "huge" else f"(b) {n_docs:,} documents"
            print(f"| {label} | {r['documents']:,} | {r['sentences']:,} | {r['wall']:.0f} s | {r['sentences_per_s']} "
                  f"| {r['cpu_ms_per_sentence']} | {r['peak_rss_mb']} MB | {r['tree_peak_pss_mb']} MB | {r['tree_peak_rss_mb']} MB | {r['load_before']} / {r['load_after']} |")
        if len(results) == 2:
            ratio = results["huge"]["sentences_per_s"] / results["many"]["sentences_per_s"]
            cpu_ratio = results["many"]["cpu_ms_per_sentence"] / results["huge"]["cpu_ms_per_sentence"]
            print(f"\nthroughput (a)/(b): {ratio:.3f} in wall time, {cpu_ratio:.3f} in CPU time (target >= 0.90); "
                  f"peak (a): {results['huge']['tree_peak_pss_mb']} MB PSS (target <= 1024 MB)")
        if args.json:
            args.json.write_text(json.dumps({"mb": round(size, 2), "documents_b": n_docs, **results}, indent=1) + "\n")


if __name__ == "__main__":
    main()
