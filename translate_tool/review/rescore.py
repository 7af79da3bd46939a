"""Scores for beads a reviewer creates (edit, split, merge, shift), computed as the pipeline and
the aligner compute them, so a number in the review always means the same thing:

* both sides present, machine translation: `pairscore.review_translation_pairs` on the joined
  sides (the pipeline's encoder, adequacy, quality checks and review priority);
* both sides present, aligned human translation: how alike the two sides are, on the scale the
  aligner flags "low-similarity" with (`similarity_confidence` of the cosine). The aligner's own
  confidence weighs the cuts it could have made instead; a bead the reviewer cut has none to
  weigh, and an MT adequacy percentile would call half of all good human pairs low;
* one side empty (1-0, 0-1, 2-0, ...): how sure the tool is that the sentences really have no
  counterpart: one minus the similarity confidence of each sentence's best match among the
  nearby sentences of the other side (the lowest over the bead's sentences), flagged
  "unaligned". (The aligner's own P(right) for an unaligned sentence, `align_trust`, also
  weighs the document's typical cosine and fragment edges from its DP; a bead the reviewer
  made has no DP behind it, so this keeps the simpler measure on the same 0-1 scale.) Never 1.0 just because a side is empty; with no other-side sentence
  nearby to compare with there is no evidence either way, and the score is 0.5.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

UNALIGNED = "unaligned"
LOW_SIMILARITY = "low-similarity"  # the aligner's flag: the sides do not seem to say the same thing
NO_EVIDENCE = 0.5
CONTEXT_BEADS = 3  # beads on each side of a change whose sentences may be a counterpart


class BeadScorer:
    """Loads the sentence encoder on first use (a few seconds), or takes one."""

    def __init__(self, encoder=None):
        self._encoder = encoder

    @property
    def encoder(self):
        if self._encoder is None:
            from ..embeddings import default_encoder

            self._encoder = default_encoder()
        return self._encoder

    def warm_up(self) -> None:
        """Load the encoder now (the review UI calls this in a background thread)."""
        self.encoder.embed(["."], "en")

    def score_beads(
        self,
        beads: Sequence[tuple[Sequence[str], Sequence[str]]],
        context_src: Sequence[str],
        context_tgt: Sequence[str],
        src_lang: str,
        tgt_lang: str,
        *,
        aligned: bool = False,
    ) -> list[tuple]:
        """(score, flags, signals) per (src sentences, tgt sentences) bead; `signals` holds the
        adequacy, priority and checks of a pair with both sides. `context_*`: the sentences of
        the surrounding beads, where a one-sided bead's sentences could have had a counterpart.
        `aligned`: the document is an aligned human translation, not a machine translation."""
        from ..pairscore import review_translation_pairs, similarity_confidence

        out: list[tuple | None] = [None] * len(beads)
        both = [k for k, (s, t) in enumerate(beads) if s and t]
        if both and aligned:
            a = self.encoder.embed([" ".join(beads[k][0]) for k in both], src_lang)
            b = self.encoder.embed([" ".join(beads[k][1]) for k in both], tgt_lang)
            for k, score in zip(both, similarity_confidence(np.sum(a * b, axis=1))):
                out[k] = (round(float(score), 4), (LOW_SIMILARITY,) if score < 0.5 else ())
        elif both:
            reviews = review_translation_pairs(
                [" ".join(beads[k][0]) for k in both], [" ".join(beads[k][1]) for k in both],
                src_lang=src_lang, tgt_lang=tgt_lang, encoder=self.encoder,
            )
            for k, r in zip(both, reviews):
                out[k] = (r.adequacy, r.flags, {"adequacy": r.adequacy, "priority": r.priority, "checks": r.checks})
        for k, (s, t) in enumerate(beads):
            if out[k] is not None:
                continue
            sentences, lang = (s, src_lang) if s else (t, tgt_lang)
            others, other_lang = (context_tgt, tgt_lang) if s else (context_src, src_lang)
            others = [o for o in others if o.strip()]
            if not others:  # nothing nearby to compare with: no evidence either way
                out[k] = (NO_EVIDENCE, (UNALIGNED,))
                continue
            a = self.encoder.embed(list(sentences), lang)
            b = self.encoder.embed(list(others), other_lang)
            best = (a @ b.T).max(axis=1)
            confidence = 1.0 - float(np.max(similarity_confidence(best)))
            out[k] = (round(confidence, 4), (UNALIGNED,))
        return [o for o in out if o is not None]
