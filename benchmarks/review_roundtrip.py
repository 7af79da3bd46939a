"""Does a round trip (the machine translation translated back to Spanish) help rank bad translations?

    python benchmarks/review_roundtrip.py

Measured 2026-12-02, not kept (docs/review-signals.md, "Tried and not kept"). Apertium es->en output
of newstest2013 (tuning) and NTREX-128 (held out), as in benchmarks/review_signals.py, translated
back en->es by Apertium; the round-trip signal is the sentence chrF of the back-translation against
the source. Printed: its Spearman with the truth (sentence chrF of the output against the human
reference) on each set, and the held-out Spearman / worst-20 % recall of the priority model refitted
on newstest2013 with and without it (the same least-squares fit as `review_signals.py --fit`).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import review_signals as rs  # noqa: E402


def back_translate(hyp: list[str]) -> list[str]:
    from translate_tool.cache import KeyValueCache
    from translate_tool.engines import ApertiumEngine
    from translate_tool.engines.base import translate_cached_detailed

    with KeyValueCache("translations") as cache:
        return [x.text for x in translate_cached_detailed(ApertiumEngine("en", "es"), hyp, cache)[0]]


def fit_predict(x_fit, y_fit, x_new) -> np.ndarray:
    w, *_ = np.linalg.lstsq(np.c_[x_fit, np.ones(len(x_fit))], y_fit, rcond=None)
    return np.c_[x_new, np.ones(len(x_new))] @ w


def main() -> None:
    import sacrebleu

    from translate_tool.embeddings import default_encoder
    from translate_tool.pairscore import pair_features

    encoder = default_encoder()
    sets = {}
    for name in (rs.TUNE, rs.HELD_OUT):
        d = rs.measure_set(name, encoder)
        t = time.perf_counter()
        back = back_translate(d["hyp"])
        seconds = time.perf_counter() - t
        rt = np.array([sacrebleu.sentence_chrf(b, [s]).score for b, s in zip(back, d["src"])]) / 100
        x = np.array([pair_features(s, h, r.cosine, r.checks) for s, h, r in zip(d["src"], d["hyp"], d["reviews"])])
        sets[name] = (x, rt, d["chrf"])
        print(f"{name}: {len(rt)} pairs, back-translation {seconds:.1f} s (cached after the first run); "
              f"Spearman(round-trip chrF, chrF) {rs.spearman(rt, d['chrf']):.3f}")
    (xa, rta, ca), (xb, rtb, cb) = sets[rs.TUNE], sets[rs.HELD_OUT]
    y = rs.ranks(ca) / (len(ca) - 1)
    for label, fit_x, new_x in (("priority model", xa, xb),
                                ("priority model + round trip", np.c_[xa, rta], np.c_[xb, rtb])):
        pred = fit_predict(fit_x, y, new_x)
        print(f"{label}: held-out {rs.HELD_OUT} Spearman {rs.spearman(pred, cb):.3f}, "
              f"worst-20 % recall {rs.worst_recall(-pred, cb):.3f}")


if __name__ == "__main__":
    main()
