"""Peak memory of `run` over one huge document (the issue's target: a 20 MB Spanish .txt <= 1.0 GB).

    python benchmarks/huge_document.py                 # 20 MB, chunks of 2,000 sentences
    python benchmarks/huge_document.py --mb 5 --chunk 2000

The document is Spanish news (data/: newstest2013 and NTREX-128 lines, in order, repeated until
the size is reached; paragraphs of 3 sentences). Each measurement is a fresh process calling
`run_pipeline` as `translate-tool run` does (no translation cache), with two stand-ins so that
the run takes minutes, not the ~4 hours 150,000 sentences take on 2 cores: the engine
upper-cases (instant) and the pair scorer returns a constant. Everything else is the real
pipeline: reading, language identification, segmentation, target-language detection, chunking,
rendering and writing. The engine's and scorer's own memory per chunk of 2,000 sentences is
measured with the real ones in docs/performance.md (~820 MB peak for a whole run); what this
benchmark shows is whether the pipeline around them stays bounded when one document is huge.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


def write_document(path: Path, megabytes: float) -> int:
    lines: list[str] = []
    for name in ("newstest2013/newstest2013.es", "ntrex128/newstest2019.es"):
        with open(DATA / name, encoding="utf-8") as fh:
            lines += [line.strip() for line in fh if line.strip()]
    target = int(megabytes * 1024 * 1024)
    size, k, sentences = 0, 0, 0
    with open(path, "w", encoding="utf-8") as fh:
        while size < target:
            paragraph = " ".join(lines[(k + i) % len(lines)] for i in range(3)) + "\n\n"
            k += 3
            sentences += 3
            fh.write(paragraph)
            size += len(paragraph.encode("utf-8"))
    return sentences


def child(input_path: Path, out_dir: Path, chunk: int) -> None:
    sys.path.insert(0, str(ROOT))
    import translate_tool.pairscore as pairscore
    from translate_tool.engines import EngineInfo
    from translate_tool.pipeline import RunOptions, run_pipeline

    class Upper:
        info = EngineInfo("upper", "benchmark-stand-in", "1", "es", "en")

        def translate_sentences(self, sentences, progress=None):
            if progress:
                progress(len(sentences))
            return [s.upper() for s in sentences]

        def close(self):
            pass

    pairscore.score_translation_pairs = lambda src, tgt, **kw: [(1.0, ())] * len(src)
    timings: dict[str, float] = {}
    start = time.perf_counter()
    report = run_pipeline(input_path, out_dir, RunOptions(use_cache=False), engine=Upper(),
                          timings=timings, chunk_sentences=chunk)
    print(json.dumps({
        "wall": round(time.perf_counter() - start, 1),
        "sentences": report.sentences_translated,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "timings": {k: round(v, 1) for k, v in timings.items()},
    }))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--chunk", type=int, default=2000)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), args.chunk)
        return
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "enorme.txt"
        n = write_document(doc, args.mb)
        size = doc.stat().st_size / 1024 / 1024
        out = subprocess.run(
            [sys.executable, __file__, "--chunk", str(args.chunk), "--child", str(doc), str(Path(tmp) / "out")],
            check=True, capture_output=True, text=True,
        ).stdout
        result = json.loads(out.strip().splitlines()[-1])
        print(f"document: {size:.1f} MB, {n:,} sentences written; chunk {args.chunk}")
        print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
