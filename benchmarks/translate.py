"""Translation throughput: argostranslate vs translate-tool's ArgosEngine vs raw CTranslate2.

    python benchmarks/translate.py                         # 1,000 sentences, all contenders, cache run
    python benchmarks/translate.py --sentences 10000 --only b --no-cache-run   # memory at 10k

Same package (benchmarks/build_bench_model.py: Transformer-base, int8, 32k vocab), same beam
size (4) and the same 2 cores for every contender:

  (a) argostranslate's public API as argos-translate-files calls it: `translate()` on the whole
      text of each document (paragraphs split on "\\n", sentences by its splitter, one
      `translate_batch` per paragraph).  ARGOS_INTER_THREADS=1, ARGOS_INTRA_THREADS=<cores>
      (its calls are sequential, so a second replica would idle).
  (b) translate-tool's ArgosEngine.translate_sentences on all sentences of the run
      (inter_threads x intra_threads = cores, default_threads()).
  (c) the floor: one `ctranslate2.Translator.translate_batch` on pre-tokenized input
      (tokenization not timed), with (b)'s threads and token batch size.

argostranslate needs its full import (stanza, torch, spaCy), which translate-tool never
installs, so (a) runs in a separate venv, created on first use (or by hand):

    python3.11 -m venv ~/.cache/translate-tool-bench/venv-argos
    ~/.cache/translate-tool-bench/venv-argos/bin/pip install torch==2.13.0   # the CPU wheel
    ~/.cache/translate-tool-bench/venv-argos/bin/pip install argostranslate==1.11.0 ctranslate2==<ours>

Offline sentence splitting for (a): argostranslate 1.11's default splitter (MiniSBD) and its
Stanza splitter both download models at run time.  We use its documented alternative,
ARGOS_CHUNK_TYPE=SPACY with a spaCy pipeline shipped inside the package (`<package>/spacy`:
`spacy.blank("es")`, to which argostranslate adds spaCy's rule-based "sentencizer").  At
import argostranslate also tries to download spaCy's xx_sent_ud_sm into its cache
(`$XDG_CACHE_HOME/argos-translate/spacy`); we pre-create that folder's marker so it does not.
The rule-based sentencizer is cheaper than MiniSBD/Stanza, so (a) is measured at its fastest.

Each contender runs in its own process (peak RSS is that process's ru_maxrss, model loaded
and warmed up).  The machine is shared, so the corpus is cut into chunks and the contenders
take turns chunk by chunk (a, b, c, then b, c, a, ...): load changes hit all of them alike.
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
BENCH_DIR = Path(os.environ.get("TRANSLATE_TOOL_BENCH_DIR", Path.home() / ".cache" / "translate-tool-bench"))
ARGOS_VENV = BENCH_DIR / "venv-argos"
ARGOS_HOME = BENCH_DIR / "argos-home"  # XDG_* for argostranslate's data/config/cache
DATA = ROOT / "data"
SENTENCES_PER_PARAGRAPH = 3
PARAGRAPHS_PER_DOCUMENT = 4


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------------------------------
# Workers: one process per contender, JSON lines on stdin/stdout
# ---------------------------------------------------------------------------------------


def worker(kind: str, package: Path, beam: int, inter: int, intra: int, max_batch_tokens: int) -> None:
    t0 = time.perf_counter()
    if kind == "a":
        import argostranslate.translate as at

        translation = at.get_translation_from_codes("es", "en")

        def run(item: dict) -> list[str]:
            return [translation.translate(doc) for doc in item["documents"]]

        run({"documents": ["Hola."]})  # loads the model and the splitter
    elif kind in ("b", "cache"):
        sys.path.insert(0, str(ROOT))
        from translate_tool.engines import ArgosEngine, translate_cached
        from translate_tool.models import find_installed

        engine = ArgosEngine(
            find_installed("es", "en", package.parent), beam_size=beam, inter_threads=inter,
            intra_threads=intra, max_batch_tokens=max_batch_tokens,
        )
        engine.translate_sentences(["Hola."])
        if kind == "b":
            def run(item: dict) -> list[str]:
                return engine.translate_sentences(item["sentences"])
        else:
            from translate_tool.cache import KeyValueCache

            def run(item: dict) -> list[str]:
                cache = KeyValueCache("translations")
                try:
                    return translate_cached(engine, item["sentences"], cache)[0]
                finally:
                    cache.close()
    elif kind == "c":
        import ctranslate2
        import sentencepiece as spm

        sp = spm.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
        translator = ctranslate2.Translator(
            str(package / "model"), device="cpu", compute_type="auto", inter_threads=inter, intra_threads=intra
        )
        translator.translate_batch([["▁Hola", "."]], beam_size=beam)
        tokenized: dict = {}

        def prepare(item: dict) -> None:
            tokenized["batch"] = sp.encode(item["sentences"], out_type=str)

        def run(item: dict) -> list[str]:
            results = translator.translate_batch(
                tokenized["batch"], beam_size=beam, max_batch_size=max_batch_tokens, batch_type="tokens"
            )
            tokenized["out"] = results
            return []
    else:
        raise SystemExit(f"unknown worker {kind}")
    print(json.dumps({"ready": True, "load_s": time.perf_counter() - t0, "rss_mb": peak_rss_mb()}), flush=True)
    for line in sys.stdin:
        item = json.loads(line)
        if kind == "c":
            prepare(item)  # pre-tokenized input: not timed
        t, c = time.perf_counter(), os.times()
        outputs = run(item)
        seconds, c2 = time.perf_counter() - t, os.times()
        cpu = (c2.user - c.user) + (c2.system - c.system)
        if kind == "c":
            outputs = [sp.decode(r.hypotheses[0]) for r in tokenized["out"]]
        print(json.dumps({"seconds": seconds, "cpu": cpu, "outputs": outputs, "rss_mb": peak_rss_mb()}), flush=True)


class Worker:
    def __init__(self, kind: str, python: str, env: dict, args: argparse.Namespace, package: Path):
        cmd = [
            python, str(Path(__file__).resolve()), "--worker", kind, "--package", str(package),
            "--beam", str(args.beam), "--inter", str(args.inter), "--intra", str(args.intra),
            "--max-batch-tokens", str(args.max_batch_tokens),
        ]
        self.kind = kind
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True)
        self.ready = self._read()
        self.seconds = 0.0
        self.cpu = 0.0
        self.chunk_rates: list[float] = []
        self.outputs: list[str] = []
        self.rss_mb = self.ready["rss_mb"]

    def _read(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit(f"worker {self.kind} died (exit {self.proc.wait()})")
        return json.loads(line)

    def send(self, item: dict, n_sentences: int) -> dict:
        self.proc.stdin.write(json.dumps(item, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()
        reply = self._read()
        self.seconds += reply["seconds"]
        self.cpu += reply["cpu"]
        self.chunk_rates.append(n_sentences / reply["seconds"])  # sentences/s, whatever (a) was sent
        self.outputs += reply["outputs"]
        self.rss_mb = max(self.rss_mb, reply["rss_mb"])
        return reply

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


# ---------------------------------------------------------------------------------------
# Set-up
# ---------------------------------------------------------------------------------------


def load_sentences(n: int) -> list[str]:
    lines: list[str] = []
    for name in ("newstest2013/newstest2013.es", "ntrex128/newstest2019.es"):
        with open(DATA / name, encoding="utf-8") as fh:
            lines += [line.strip() for line in fh if line.strip()]
    return [lines[i % len(lines)] for i in range(n)]


def documents_of(sentences: list[str]) -> list[str]:
    """Plain-text documents as argos-translate-files reads them: paragraphs on lines."""
    per_doc = SENTENCES_PER_PARAGRAPH * PARAGRAPHS_PER_DOCUMENT
    docs = []
    for d in range(0, len(sentences), per_doc):
        chunk = sentences[d : d + per_doc]
        paragraphs = [" ".join(chunk[p : p + SENTENCES_PER_PARAGRAPH]) for p in range(0, len(chunk), SENTENCES_PER_PARAGRAPH)]
        docs.append("\n".join(paragraphs))
    return docs


def ensure_argos_venv() -> str:
    python = ARGOS_VENV / "bin" / "python"
    if not python.exists():
        import ctranslate2

        print(f"creating {ARGOS_VENV} (torch CPU + argostranslate; a few minutes)", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(ARGOS_VENV)], check=True)
        pip = [str(ARGOS_VENV / "bin" / "pip"), "install", "-q"]
        subprocess.run(pip + ["torch==2.13.0"], check=True)  # the CPU build (local wheel)
        subprocess.run(pip + ["argostranslate==1.11.0", f"ctranslate2=={ctranslate2.__version__}"], check=True)
    return str(python)


def argos_env(packages_dir: Path, package: Path, args: argparse.Namespace) -> dict:
    """Environment for (a); makes the sentence splitter work offline (see the module doc)."""
    python = ensure_argos_venv()
    if not (package / "spacy" / "config.cfg").exists():
        code = "import spacy,sys; spacy.blank('es').to_disk(sys.argv[1])"
        subprocess.run([python, "-c", code, str(package / "spacy")], check=True)
    (ARGOS_HOME / "cache" / "argos-translate" / "spacy" / "senter" / "model").mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update({
        "ARGOS_PACKAGES_DIR": str(packages_dir),
        "ARGOS_CHUNK_TYPE": "SPACY",
        "ARGOS_DEVICE_TYPE": "cpu",
        "ARGOS_BEAM_SIZE": str(args.beam),
        "ARGOS_INTER_THREADS": "1",
        "ARGOS_INTRA_THREADS": str(args.inter * args.intra),
        "XDG_DATA_HOME": str(ARGOS_HOME / "data"),
        "XDG_CONFIG_HOME": str(ARGOS_HOME / "config"),
        "XDG_CACHE_HOME": str(ARGOS_HOME / "cache"),
    })
    return env


# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description="Translation throughput: argostranslate vs ArgosEngine vs CTranslate2")
    ap.add_argument("--sentences", type=int, default=1000)
    ap.add_argument("--chunks", type=int, default=4, help="turns per contender (interleaving)")
    ap.add_argument("--only", default="abc", help="contenders to run, e.g. 'bc'")
    ap.add_argument("--no-cache-run", action="store_true")
    ap.add_argument("--beam", type=int, default=4)
    ap.add_argument("--inter", type=int, default=0, help="CTranslate2 inter_threads (0: default_threads())")
    ap.add_argument("--intra", type=int, default=0)
    ap.add_argument("--max-batch-tokens", type=int, default=0, help="0: ArgosEngine's default")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--package", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.package, args.beam, args.inter, args.intra, args.max_batch_tokens)
        return

    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import inspect

    import sentencepiece as spm

    import build_bench_model
    from translate_tool.argos_builder import toy_translate
    from translate_tool.engines.argos import ArgosEngine, available_cores, default_threads

    if not args.inter:
        args.inter, args.intra = default_threads()
    elif not args.intra:
        args.intra = max(1, available_cores() // args.inter)
    if not args.max_batch_tokens:
        args.max_batch_tokens = inspect.signature(ArgosEngine).parameters["max_batch_tokens"].default
    packages_dir = build_bench_model.build()
    package = build_bench_model.installed_dir()
    sp = spm.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
    sentences = load_sentences(args.sentences)
    threads = args.inter * args.intra
    print(f"{len(sentences)} sentences, beam {args.beam}, {threads} threads "
          f"(a: 1x{threads}; b, c: {args.inter}x{args.intra}), {args.max_batch_tokens} tokens/batch, "
          f"{args.chunks} interleaved chunks, {available_cores()} cores", file=sys.stderr)

    env = dict(os.environ, ARGOS_PACKAGES_DIR=str(packages_dir))
    workers: dict[str, Worker] = {}
    for kind in args.only:
        if kind == "a":
            workers[kind] = Worker(kind, ensure_argos_venv(), argos_env(packages_dir, package, args), args, package)
        else:
            workers[kind] = Worker(kind, sys.executable, env, args, package)

    size = -(-len(sentences) // args.chunks)
    size += (-size) % (SENTENCES_PER_PARAGRAPH * PARAGRAPHS_PER_DOCUMENT)  # whole documents per chunk
    kinds = list(workers)
    for c, start in enumerate(range(0, len(sentences), size)):
        chunk = sentences[start : start + size]
        for kind in kinds[c % len(kinds):] + kinds[: c % len(kinds)]:  # rotate who goes first
            item = {"documents": documents_of(chunk)} if kind == "a" else {"sentences": chunk}
            reply = workers[kind].send(item, len(chunk))
            print(f"  chunk {c + 1}: {kind} {len(chunk) / reply['seconds']:.1f} sentences/s", file=sys.stderr)
    for w in workers.values():
        w.close()

    names = {
        "a": "(a) argostranslate translate(), as argos-translate-files",
        "b": "(b) translate-tool ArgosEngine",
        "c": "(c) floor: ctranslate2 translate_batch, pre-tokenized",
    }
    results: dict[str, dict] = {}
    for kind, w in workers.items():
        target_tokens = sum(len(sp.encode(o)) for o in w.outputs)
        results[kind] = {
            "seconds": w.seconds, "sentences_per_s": len(sentences) / w.seconds,
            "target_tokens_per_s": target_tokens / w.seconds, "peak_rss_mb": w.rss_mb,
            "load_s": w.ready["load_s"], "cpu_ms_per_sentence": 1000 * w.cpu / len(sentences),
            "cpu_utilisation": w.cpu / w.seconds, "chunk_rates": w.chunk_rates,
        }
    print()
    print("| contender | time | sentences/s | target tokens/s | CPU ms/sentence | cores busy | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind, r in results.items():
        print(f"| {names[kind]} | {r['seconds']:.1f} s | {r['sentences_per_s']:.1f} | "
              f"{r['target_tokens_per_s']:.0f} | {r['cpu_ms_per_sentence']:.0f} | {r['cpu_utilisation']:.2f} "
              f"| {r['peak_rss_mb']:.0f} MB |")
    print()

    def ratios(x: str, y: str, target: float) -> None:
        if x in results and y in results:
            overall = results[x]["sentences_per_s"] / results[y]["sentences_per_s"]
            # per chunk: x and y ran back to back on the same sentences, under the same load
            paired = sorted(p / q for p, q in zip(workers[x].chunk_rates, workers[y].chunk_rates))
            median = paired[len(paired) // 2] if len(paired) % 2 else (paired[len(paired) // 2 - 1] + paired[len(paired) // 2]) / 2
            cpu = results[y]["cpu_ms_per_sentence"] / results[x]["cpu_ms_per_sentence"]
            print(f"({x})/({y}) = {overall:.2f}x overall, {median:.2f}x median of per-chunk ratios "
                  f"[{', '.join(f'{r:.2f}' for r in paired)}], {cpu:.2f}x in CPU time per sentence   (target >= {target}x)")
            results[f"{x}/{y}"] = {"overall": overall, "per_chunk": paired, "median": median, "cpu": cpu}

    ratios("b", "a", 5)
    ratios("b", "c", 0.9)
    if "b" in workers:
        expected = [toy_translate(s) for s in sentences]
        same = sum(o == e for o, e in zip(workers["b"].outputs, expected))
        print(f"(b) outputs equal to toy_translate: {same}/{len(sentences)}")
    if "b" in workers and "c" in workers:
        same = sum(x == y for x, y in zip(workers["b"].outputs, workers["c"].outputs))
        print(f"(b) outputs equal to (c): {same}/{len(sentences)}")
    if "b" in workers and "a" in workers:
        mine = [o for o in documents_of(workers["b"].outputs)]
        same = sum(x == y for x, y in zip(mine, workers["a"].outputs))
        print(f"(a) documents equal to (b)'s, assembled: {same}/{len(mine)}")

    if not args.no_cache_run:
        with tempfile.TemporaryDirectory() as cache_dir:
            cenv = dict(env, TRANSLATE_TOOL_CACHE_DIR=cache_dir)
            times = []
            for _ in range(2):  # a new process each time: the second is served from the SQLite cache
                w = Worker("cache", sys.executable, cenv, args, package)
                w.send({"sentences": sentences}, len(sentences))
                w.close()
                times.append(w.seconds)
        results["cache"] = {"first_s": times[0], "cached_s": times[1], "speedup": times[0] / times[1]}
        print()
        print("| run (translate_cached, ArgosEngine) | time | sentences/s |")
        print("|---|---:|---:|")
        print(f"| first run (empty cache) | {times[0]:.2f} s | {len(sentences) / times[0]:.1f} |")
        print(f"| second run (served from the cache, new process) | {times[1]:.3f} s | {len(sentences) / times[1]:.0f} |")
        print(f"\ncached rerun speed-up: {times[0] / times[1]:.0f}x   (target >= 50x)")
    if args.json:
        args.json.write_text(json.dumps({"sentences": len(sentences), "beam": args.beam, "threads": threads,
                                         "results": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
