"""How to run CTranslate2 on this machine: threads, token batch size, compute type, GEMM backend.

    python benchmarks/ct2_tuning.py                  # 300 sentences, every setting, two rounds
    python benchmarks/ct2_tuning.py --sentences 100 --rounds 1

Raw `ctranslate2.Translator.translate_batch` on pre-tokenized newstest2013 es sentences with the
benchmark package (benchmarks/build_bench_model.py), beam 4. Each setting runs in a fresh
process (CT2_USE_MKL is read once per process); the settings take turns round after round, in
reverse order every other round, so load changes hit them alike. Prints sentences/s and CPU
milliseconds per sentence for each round, and whether the outputs equal the default setting's.
ArgosEngine's defaults (translate_tool/engines/argos.py: default_threads, 1,024-token batches,
compute type "auto") come from this table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (label, inter_threads, intra_threads, max_batch_tokens, compute_type, extra environment)
SETTINGS = [
    ("2x1, 1024 tokens, int8 (engine default)", 2, 1, 1024, "auto", {}),
    ("2x1, 512 tokens, int8", 2, 1, 512, "auto", {}),
    ("2x1, 2048 tokens, int8", 2, 1, 2048, "auto", {}),
    ("2x1, 4096 tokens, int8", 2, 1, 4096, "auto", {}),
    ("1x2, 1024 tokens, int8", 1, 2, 1024, "auto", {}),
    ("1x2, 4096 tokens, int8", 1, 2, 4096, "auto", {}),
    ("2x1, 1024 tokens, float32", 2, 1, 1024, "float32", {}),
    ("2x1, 1024 tokens, int8, Intel MKL (CT2_USE_MKL=1)", 2, 1, 1024, "auto", {"CT2_USE_MKL": "1"}),
]


def worker(package: Path, n: int, inter: int, intra: int, tokens: int, compute: str) -> None:
    import ctranslate2
    import sentencepiece

    sp = sentencepiece.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
    lines = (ROOT / "data/newstest2013/newstest2013.es").read_text(encoding="utf-8").splitlines()[:n]
    batch = sp.encode(lines, out_type=str)
    tr = ctranslate2.Translator(str(package / "model"), device="cpu", compute_type=compute,
                                inter_threads=inter, intra_threads=intra)
    tr.translate_batch(batch[:8], beam_size=4)  # warm-up
    t, c = time.perf_counter(), time.process_time()
    res = tr.translate_batch(batch, beam_size=4, max_batch_size=tokens, batch_type="tokens")
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    digest = hashlib.sha256(json.dumps([r.hypotheses[0] for r in res]).encode()).hexdigest()[:12]
    print(json.dumps({"rate": n / wall, "cpu_ms": 1000 * cpu / n, "digest": digest}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--worker", nargs=6, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        p, n, inter, intra, tokens, compute = args.worker
        worker(Path(p), int(n), int(inter), int(intra), int(tokens), compute)
        return

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import build_bench_model

    build_bench_model.build()
    package = build_bench_model.installed_dir()
    runs: dict[str, list[dict]] = {s[0]: [] for s in SETTINGS}
    for r in range(args.rounds):
        order = SETTINGS if r % 2 == 0 else SETTINGS[::-1]
        for label, inter, intra, tokens, compute, extra in order:
            proc = subprocess.run(
                [sys.executable, __file__, "--worker", str(package), str(args.sentences), str(inter), str(intra),
                 str(tokens), compute],
                env={**os.environ, **extra}, capture_output=True, text=True,
            )
            if proc.returncode:
                raise SystemExit(f"{label}: {proc.stderr.strip().splitlines()[-1]}")
            runs[label].append(json.loads(proc.stdout.strip().splitlines()[-1]))
            print(f"  round {r + 1}: {label}: {runs[label][-1]['rate']:.1f} sentences/s", file=sys.stderr)

    reference = runs[SETTINGS[0][0]][0]["digest"]
    print(f"{args.sentences} sentences (newstest2013 es), beam 4, raw CTranslate2, {args.rounds} rounds\n")
    print("| setting | sentences/s (each round) | CPU ms/sentence (each round) | outputs = default's |")
    print("|---|---:|---:|---|")
    for label, *_ in SETTINGS:
        rs = runs[label]
        rates = " / ".join(f"{x['rate']:.1f}" for x in rs)
        cpu = " / ".join(f"{x['cpu_ms']:.0f}" for x in rs)
        same = "yes" if all(x["digest"] == reference for x in rs) else "no"
        print(f"| {label} | {rates} | {cpu} | {same} |")


if __name__ == "__main__":
    main()
