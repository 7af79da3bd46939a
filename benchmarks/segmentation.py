"""Compare sentence segmenters on the gold set and the seeds.

    python benchmarks/segmentation.py                      # print the markdown table
    python benchmarks/segmentation.py --errors rules       # list one segmenter's mistakes
    python benchmarks/segmentation.py --write docs/segmentation.md

Scoring: a boundary is the number of non-whitespace characters before a cut,
so segmenters that move whitespace around are compared fairly; the end of a
paragraph is not counted. Every segmenter gets the same line blocks (a line
break ends a sentence unless the next line starts in lower case; see
``translate_tool.segment``), so the table compares the in-line decisions.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import json
import platform
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate_tool.segment import _line_blocks, segment_sentences  # noqa: E402

DATA = ROOT / "tests" / "data" / "segmentation"
Segmenter = Callable[[str, str], list[str]]


def load(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def boundaries(sentences: list[str]) -> set[int]:
    """Internal cut positions, counted in non-whitespace characters."""
    cuts, pos = set(), 0
    for s in sentences[:-1]:
        pos += len("".join(s.split()))
        cuts.add(pos)
    return cuts


def per_block(fn: Callable[[str, str], list[str]]) -> Segmenter:
    def run(paragraph: str, lang: str) -> list[str]:
        out: list[str] = []
        for block in _line_blocks(paragraph):
            out.extend(s for s in fn(block, lang) if s.strip())
        return out
    return run


def make_segmenters() -> dict[str, Segmenter]:
    segs: dict[str, Segmenter] = {"rules (translate_tool.segment)": segment_sentences}
    try:
        import pysbd

        cache: dict[str, object] = {}

        def _pysbd(text: str, lang: str) -> list[str]:
            if lang not in cache:
                cache[lang] = pysbd.Segmenter(language=lang, clean=False)
            return cache[lang].segment(text)
        segs[f"pysbd {md.version('pysbd')}"] = per_block(_pysbd)
    except ImportError:
        pass
    try:
        from sentencex import segment as _sx

        segs[f"sentencex {md.version('sentencex')}"] = per_block(lambda t, lang: list(_sx(lang, t)))
    except ImportError:
        pass
    try:
        import syntok.segmenter as sseg

        def _syntok(text: str, lang: str) -> list[str]:
            out = []
            for para in sseg.analyze(text):
                for sent in para:
                    out.append("".join(tok.spacing + tok.value for tok in sent))
            return out
        segs[f"syntok {md.version('syntok')}"] = per_block(_syntok)
    except ImportError:
        pass
    return segs


def score(seg: Segmenter, cases: list[dict]) -> dict:
    tp = fp = fn = exact = lost = 0
    errors = []
    for c in cases:
        got = seg(c["text"], c["lang"])
        if "".join("".join(got).split()) != "".join(c["text"].split()):
            lost += 1
        g, p = boundaries(c["sentences"]), boundaries(got)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
        if g == p:
            exact += 1
        else:
            errors.append((c, got))
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"p": prec, "r": rec, "f1": f1, "exact": exact, "n": len(cases),
            "fp": fp, "fn": fn, "lost": lost, "errors": errors}


def speed(seg: Segmenter, cases: list[dict], repeat: int = 3) -> float:
    """Thousands of characters per second over all paragraphs."""
    chars = sum(len(c["text"]) for c in cases)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for c in cases:
            seg(c["text"], c["lang"])
        best = min(best, time.perf_counter() - t0)
    return chars / best / 1000


def report() -> tuple[str, dict]:
    gold, seeds, held = load("gold.jsonl"), load("seeds.jsonl"), load("heldout.jsonl")
    by_lang = {lang: [c for c in gold if c["lang"] == lang] for lang in ("es", "en")}
    n_b = sum(len(boundaries(c["sentences"])) for c in gold)
    lines = [
        f"Gold set: {len(gold)} paragraphs ({len(by_lang['es'])} es, {len(by_lang['en'])} en), "
        f"{n_b} sentence boundaries. Seeds: {len(seeds)} paragraphs of the five files in `seeds/`. "
        f"Held-out: {len(held)} paragraphs written after the gold-set tuning (see below).",
        "",
        "| segmenter | es P / R / F1 | en P / R / F1 | gold P / R / F1 | gold exact | seeds F1 | seeds exact | held-out F1 | chars lost | speed (k chars/s) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    results = {}
    for name, seg in make_segmenters().items():
        r = {k: score(seg, v) for k, v in (("es", by_lang["es"]), ("en", by_lang["en"]),
                                           ("gold", gold), ("seeds", seeds),
                                           ("held", held))}
        results[name] = r
        kc = speed(seg, gold + seeds)

        def prf(x: dict) -> str:
            return f"{x['p']:.3f} / {x['r']:.3f} / **{x['f1']:.3f}**"
        lines.append(
            f"| {name} | {prf(r['es'])} | {prf(r['en'])} | {prf(r['gold'])} | "
            f"{r['gold']['exact']}/{r['gold']['n']} | {r['seeds']['f1']:.3f} | "
            f"{r['seeds']['exact']}/{r['seeds']['n']} | {r['held']['f1']:.3f} | "
            f"{r['gold']['lost'] + r['seeds']['lost']} | {kc:,.0f} |")
    lines.append("")
    lines.append(f"Python {platform.python_version()}, {platform.machine()}; speed is the best of 3 runs "
                 "over gold + seeds, per paragraph, one process.")
    return "\n".join(lines), results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", metavar="PATH", help="regenerate the table inside this markdown file")
    ap.add_argument("--errors", metavar="NAME", help="list the mistakes of segmenters whose name starts so")
    args = ap.parse_args(argv)
    table, results = report()
    print(table)
    if args.errors:
        for name, r in results.items():
            if not name.startswith(args.errors):
                continue
            for part in ("gold", "seeds", "held"):
                for case, got in r[part]["errors"]:
                    print(f"\n[{name}] {case.get('id', case.get('seed'))} {case.get('tag', '')}")
                    print("  gold:", case["sentences"])
                    print("  got: ", got)
    if args.write:
        path = Path(args.write)
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        begin, end = "<!-- table:begin -->", "<!-- table:end -->"
        block = f"{begin}\n{table}\n{end}"
        if begin in text and end in text:
            head, rest = text.split(begin, 1)
            text = head + block + rest.split(end, 1)[1]
        else:
            text = text + ("\n" if text else "") + block + "\n"
        path.write_text(text, encoding="utf-8")
        print(f"\nwrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
