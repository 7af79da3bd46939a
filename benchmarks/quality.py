"""Translation quality on newstest2013 es->en: BLEU and chrF (sacrebleu) of every available engine.

    python benchmarks/quality.py                        # every engine found, all 3,000 sentences
    python benchmarks/quality.py --limit 500            # quicker
    python benchmarks/quality.py --argos-packages DIR   # Argos packages from another folder

Engines: Apertium (`apertium -u spa-eng`, if installed), the Argos es->en package installed in
$ARGOS_PACKAGES_DIR / argostranslate's packages folder (if any), and, with --bench, the
synthetic benchmark package of benchmarks/build_bench_model.py (a word-for-word copy model:
a floor, not a real system).  "source copied" is the untranslated baseline.  Each engine
translates the sentences directly (no cache).  Scores are corpus-level sacrebleu with its
default 13a tokenization, printed with sacrebleu's signatures.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "data" / "newstest2013"


def main() -> None:
    ap = argparse.ArgumentParser(description="BLEU/chrF of the available engines on newstest2013 es->en")
    ap.add_argument("--limit", type=int, default=0, help="first N sentences only (0: all 3,000)")
    ap.add_argument("--argos-packages", type=Path, help="ARGOS_PACKAGES_DIR to look for an es->en package in")
    ap.add_argument("--bench", action="store_true", help="also score the synthetic benchmark package")
    args = ap.parse_args()

    import sacrebleu

    from translate_tool.engines import ApertiumEngine, ArgosEngine
    from translate_tool.engines.apertium import apertium_available
    from translate_tool.models import find_installed

    src = DATA.joinpath("newstest2013.es").read_text(encoding="utf-8").splitlines()
    ref = DATA.joinpath("newstest2013.en").read_text(encoding="utf-8").splitlines()
    if args.limit:
        src, ref = src[: args.limit], ref[: args.limit]

    engines: list[tuple[str, object]] = []
    if apertium_available("es", "en"):
        engines.append(("apertium", lambda: ApertiumEngine("es", "en")))
    else:
        print("Apertium spa-eng not installed: skipped", file=sys.stderr)
    folder = args.argos_packages or (Path(os.environ["ARGOS_PACKAGES_DIR"]) if os.environ.get("ARGOS_PACKAGES_DIR") else None)
    model = find_installed("es", "en", folder)
    if model is not None:
        engines.append((f"argos ({model.name})", lambda: ArgosEngine(model)))
    else:
        print("no Argos es->en package installed: skipped", file=sys.stderr)
    if args.bench:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import build_bench_model

        bench = find_installed("es", "en", build_bench_model.build())
        engines.append(("argos synthetic benchmark package (copy model, not a real system)", lambda: ArgosEngine(bench)))

    rows = []
    bleu, chrf = sacrebleu.metrics.BLEU(), sacrebleu.metrics.CHRF()
    systems = [("source copied (no translation)", None)] + engines
    for name, make in systems:
        t = time.perf_counter()
        if make is None:
            hyp, info = list(src), "-"
        else:
            engine = make()
            hyp = engine.translate_sentences(src)
            info = engine.info.signature()
            engine.close()
        seconds = time.perf_counter() - t
        b, c = bleu.corpus_score(hyp, [ref]), chrf.corpus_score(hyp, [ref])
        rows.append((name, b.score, c.score, seconds, info))
        print(f"  {name}: BLEU {b.score:.1f} chrF {c.score:.1f} ({seconds:.0f} s)", file=sys.stderr)

    print(f"newstest2013 es->en, {len(src)} sentences\n")
    print("| engine | BLEU | chrF | time | engine signature |")
    print("|---|---:|---:|---:|---|")
    for name, b, c, s, info in rows:
        cell = info.replace("|", "\\|")  # a pipe would end the markdown cell
        print(f"| {name} | {b:.1f} | {c:.1f} | {s:.0f} s | {cell} |")
    print(f"\nBLEU signature: `{bleu.get_signature()}`")
    print(f"chrF signature: `{chrf.get_signature()}`")


if __name__ == "__main__":
    main()
