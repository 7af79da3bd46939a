"""Does a bead's stability under small changes of the settings point at wrong beads, beyond the
confidence `score`? Measured on the tuning sets only (Text+Berg dev, es-en dev).

    python benchmarks/align_stability.py

Each document is aligned with the default and with six perturbed settings (deletion cost x0.7
and x1.4, length weight x2, no grow term, half the gain weight, no ';' cost); a bead's
`agree` is the share of the perturbed alignments that have it too. Prints ROC AUC for wrong
beads of the score, of agree, and of score x (0.5 + 0.5 agree), and wrong beads by agree.
Result (2026-12-02, docs/alignment.md "Confidence"): on Text+Berg 24 of 34 wrong beads are in
every perturbed alignment (confidently wrong), so agreement adds nothing there (AUC 0.788 ->
0.789); on es-en it helps (0.950 -> 0.974) where the score is already good. Not kept.
"""

from __future__ import annotations

import glob
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate_tool.align_eval import read_ladder  # noqa: E402
from translate_tool.aligner import AlignSettings, align  # noqa: E402
from translate_tool.embeddings import default_encoder  # noqa: E402

BASE = AlignSettings()
VARIANTS = [replace(BASE, del_factor=BASE.del_factor * 0.7), replace(BASE, del_factor=BASE.del_factor * 1.4),
            replace(BASE, len_weight=BASE.len_weight * 2), replace(BASE, grow_weight=0.0),
            replace(BASE, gain_weight=BASE.gain_weight * 0.5), replace(BASE, semi_weight=0.0)]


def docs():
    tb = ROOT / "benchmarks" / "textberg"
    yield "Text+Berg dev", tb / "dev.de", tb / "dev.fr", tb / "dev.defr", "de", "fr"
    for g in sorted(glob.glob(str(ROOT / "benchmarks" / "align_dev" / "*.gold"))):
        yield "es-en dev", g[:-5] + ".es", g[:-5] + ".en", g, "es", "en"


def auc(wrong: np.ndarray, suspicion: np.ndarray) -> float:
    """ROC AUC of `suspicion` for wrong beads (ties count half)."""
    pos, neg = suspicion[wrong], suspicion[~wrong]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))


def main() -> None:
    enc = default_encoder()
    rows: dict[str, list[tuple[bool, float, float]]] = {}
    for name, s, t, g, sl, tl in docs():
        src = Path(s).read_text(encoding="utf-8").splitlines()
        tgt = Path(t).read_text(encoding="utf-8").splitlines()
        gold = {(tuple(a), tuple(b)) for a, b in read_ladder(g)}
        res = align(src, tgt, src_lang=sl, tgt_lang=tl, encoder=enc)
        others = [{(b.src, b.tgt) for b in align(src, tgt, src_lang=sl, tgt_lang=tl, encoder=enc, settings=v).beads}
                  for v in VARIANTS]
        for b in res.beads:
            agree = sum((b.src, b.tgt) in o for o in others) / len(others)
            rows.setdefault(name, []).append(((tuple(b.src), tuple(b.tgt)) not in gold, b.score, agree))
    for name, r in rows.items():
        arr = np.array(r, dtype=float)
        wrong, score, agree = arr[:, 0].astype(bool), arr[:, 1], arr[:, 2]
        print(f"{name}: {len(arr)} beads, {int(wrong.sum())} wrong; ROC AUC for wrong beads: score {auc(wrong, -score):.3f},"
              f" agree {auc(wrong, -agree):.3f}, score x (0.5 + 0.5 agree) {auc(wrong, -(score * (0.5 + 0.5 * agree))):.3f}")
        for a in sorted(set(agree)):
            m = agree == a
            print(f"  agree {a:.2f}: {int(m.sum())} beads, {int(wrong[m].sum())} wrong")


if __name__ == "__main__":
    main()
