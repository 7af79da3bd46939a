"""Score the default aligner on Bleualign's Text+Berg de-fr **test** sets, which are not in
this repository on purpose (a figure on them is a held-out result only while nobody tunes on
them; the settings are chosen on `benchmarks/textberg/` dev and the es-en dev set).

    python benchmarks/textberg_test.py DIR

DIR holds test0..test6 .de / .fr / .defr as published with vecalign
(https://github.com/thompsonb/vecalign, folder bleualign_data/). Prints strict and lax F1 per
set and micro-averaged over all seven (vecalign's score_multiple), with the settings' signature.
Use it to *report* the held-out figure of a default chosen on dev, never to choose one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate_tool.align_eval import read_ladder, score_alignments  # noqa: E402
from translate_tool.aligner import align  # noqa: E402
from translate_tool.embeddings import default_encoder  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path, help="folder with test0..test6 .de/.fr/.defr")
    args = ap.parse_args()
    names = [f"test{k}" for k in range(7)]
    missing = [f"{n}.{ext}" for n in names for ext in ("de", "fr", "defr") if not (args.dir / f"{n}.{ext}").is_file()]
    if missing:
        more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        sys.exit(f"error: {args.dir}: missing {', '.join(missing[:3])}{more} "
                 "(the Text+Berg test sets are not in this repository)")
    encoder = default_encoder()
    gold, test, signature = [], [], ""
    print("| set | de | fr | strict F1 | lax F1 |\n|---|---:|---:|---:|---:|")
    for name in names:
        de = (args.dir / f"{name}.de").read_text(encoding="utf-8").splitlines()
        fr = (args.dir / f"{name}.fr").read_text(encoding="utf-8").splitlines()
        gold.append(read_ladder(args.dir / f"{name}.defr"))
        result = align(de, fr, src_lang="de", tgt_lang="fr", encoder=encoder)
        test.append(result.beads)
        signature = result.signature
        one = score_alignments(gold[-1:], test[-1:])
        print(f"| {name} | {len(de)} | {len(fr)} | {one['f1_strict']:.3f} | {one['f1_lax']:.3f} |", flush=True)
    res = score_alignments(gold, test)
    print(f"| **all (micro)** | | | **{res['f1_strict']:.3f}** | {res['f1_lax']:.3f} |")
    print(f"\nsettings: {signature}")


if __name__ == "__main__":
    main()
