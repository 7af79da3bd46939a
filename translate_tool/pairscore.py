"""Review signals of machine-translated sentence pairs: adequacy, quality checks, priority.

`review_translation_pairs` (what the pipeline calls) gives each (source, translation) pair:
  adequacy  the cosine of the pair's multilingual sentence embeddings, as the share of human
            es-en translation pairs (newstest2013) whose cosine is lower: 0.5 = as close as a
            typical human translation. It says "same meaning, roughly"; it cannot see fluency
            or a mistranslated name.
  checks    concrete findings naming the words concerned (translate_tool.quality), plus
            "untranslated" (the whole sentence copied), "repeated-output", "low-similarity"
  priority  0..1, higher = review first: a linear model over these signals fitted on
            newstest2013 (Apertium output) to rank pairs by sentence chrF against the human
            reference, expressed as a percentile of that set; with an engine score (Argos)
            at least 1 - the model's mean per-token probability.
The fitted numbers live in review_calibration.json (benchmarks/review_signals.py --fit writes it;
docs/review-signals.md gives the figures on newstest2013 and on held-out NTREX-128).

`score_translation_pairs` is the older interface (a logistic of the cosine and flags).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=np.float64)))


def similarity_confidence(cos) -> np.ndarray:
    """Map a cosine similarity to a confidence in [0, 1] (0.45 -> 0.5; true es-en pairs ~0.76)."""
    return _sigmoid((np.asarray(cos, dtype=np.float64) - 0.45) / 0.07)


LOW_SIMILARITY = 0.30  # below ~0.5 % of true es-en pairs (newstest2013, NTREX-128)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _is_copy(src: str, tgt: str) -> bool:
    """The target is (nearly) the source, unchanged: the engine did not translate it."""
    sw, tw = _words(src), _words(tgt)
    if len(tw) < 3 or len(sw) < 3:
        return False
    shared = sum(1 for w in tw if w in set(sw)) / len(tw)
    if shared < 0.7:
        return False
    return SequenceMatcher(None, src.lower(), tgt.lower(), autojunk=False).ratio() >= 0.7


def _max_repeat(tokens: Sequence[str]) -> tuple[int, int]:
    """Longest run of an n-gram repeated back to back: (repetitions, n) maximising repetitions*n."""
    best = (1, 1)
    n_tok = len(tokens)
    for n in range(1, 9):
        if 2 * n > n_tok:
            break
        for start in range(n):
            reps = 1
            for k in range(start + n, n_tok - n + 1, n):
                if tokens[k : k + n] == tokens[k - n : k]:
                    reps += 1
                    if reps * n > best[0] * best[1] and reps >= 2:
                        best = (reps, n)
                else:
                    reps = 1
    return best


def _is_repetitive(src: str, tgt: str) -> bool:
    tt, st = tgt.lower().split(), src.lower().split()
    reps, n = _max_repeat(tt)
    s_reps, _ = _max_repeat(st)
    if (reps >= 4 or (n >= 2 and reps >= 3)) and reps > s_reps + 1:
        return True
    # degenerate long output: few distinct words, much longer than the source
    if len(tt) >= 12 and len(set(tt)) / len(tt) < 0.35 and len(tt) > 1.5 * max(len(st), 1):
        return True
    return False


def pair_cosines(src: Sequence[str], tgt: Sequence[str], src_lang: str, tgt_lang: str, encoder=None,
                 threads: int | None = None, caller: str = "pair_cosines") -> np.ndarray:
    """Cosine of each (src[i], tgt[i]) in the multilingual encoder's space (one batch a side)."""
    if len(src) != len(tgt):
        raise ValueError(f"{caller}: {len(src)} sources but {len(tgt)} targets")
    if not src:
        return np.zeros(0)
    if encoder is None:
        from translate_tool.embeddings import default_encoder

        encoder = default_encoder()
    es = encoder.embed(list(src), src_lang, threads=threads)
    et = encoder.embed(list(tgt), tgt_lang, threads=threads)
    return np.sum(es * et, axis=1)


def score_translation_pairs(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_lang: str = "es",
    tgt_lang: str = "en",
    encoder=None,
    threads: int | None = None,
) -> list[tuple[float, tuple[str, ...]]]:
    """Confidence and review flags for 1-1 machine-translated pairs (src[i] -> tgt[i]).

    `threads`: BLAS threads for the embeddings (default: the encoder's own setting).

    Flags: "low-similarity" (cosine < 0.30), "untranslated" (target is a copy of the source),
    "repeated-output" (degenerate repetition not present in the source). Flagged pairs get a
    confidence of at most 0.05 (untranslated) or 0.2 (repeated output).
    """
    cos = pair_cosines(src, tgt, src_lang, tgt_lang, encoder, threads, "score_translation_pairs")
    if not len(cos):
        return []
    conf = similarity_confidence(cos)
    out: list[tuple[float, tuple[str, ...]]] = []
    for s, t, c, p in zip(src, tgt, cos, conf):
        flags: list[str] = []
        p = float(p)
        if not _words(s) and not _words(t):  # numbers, punctuation: nothing to judge
            out.append((1.0 if s.strip() == t.strip() else round(p, 4), ()))
            continue
        if c < LOW_SIMILARITY:
            flags.append("low-similarity")
        if _is_copy(s, t):
            flags.append("untranslated")
            p = min(p, 0.05)
        if _is_repetitive(s, t):
            flags.append("repeated-output")
            p = min(p, 0.2)
        out.append((round(p, 4), tuple(flags)))
    return out


# ---------------------------------------------------------------- review signals

from .quality import NEEDS_REVIEW_PRIORITY  # noqa: E402,F401  (re-exported)
_CALIBRATION = "review_calibration.json"
_CLITICS = {"se", "que", "lo", "le", "les", "su", "sus", "me", "nos", "te"}
FEATURES = (
    "cosine", "log_words", "untranslated_rate", "abs_log_ratio", "log_ratio", "word_ratio",
    "capitalised", "copied", "clitics", "word_length", "name", "number", "punctuation", "length",
)


@dataclass(frozen=True)
class PairReview:
    adequacy: float  # 0..1, percentile of the cosine among human translation pairs
    priority: float  # 0..1, higher = review first
    checks: tuple  # of quality.Check
    cosine: float

    @property
    def flags(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.check for c in self.checks))


@lru_cache(maxsize=1)
def calibration() -> dict:
    """The fitted numbers (benchmarks/review_signals.py --fit writes them)."""
    cal = json.loads(resources.files("translate_tool").joinpath(_CALIBRATION).read_text(encoding="utf-8"))
    for key in ("weights", "prediction_quantiles", "human_cosine_quantiles"):
        cal[key] = np.asarray(cal[key], dtype=np.float64)
    return cal


def _percentile(x: float, quantiles: Sequence[float]) -> float:
    """Share of the calibration set below x (quantiles: 101 values, 0th..100th percentile)."""
    return float(np.interp(x, quantiles, _LEVELS[: len(quantiles)] if len(quantiles) == 101 else np.linspace(0, 1, len(quantiles))))


_LEVELS = np.linspace(0.0, 1.0, 101)


def adequacy_of(cos: float) -> float:
    return round(_percentile(cos, calibration()["human_cosine_quantiles"]), 4)


def pair_features(src: str, tgt: str, cos: float, checks: Sequence) -> list[float]:
    """The signals the priority model weighs, in the order of FEATURES."""
    sw, tw = _WORD.findall(src), _WORD.findall(tgt)
    n = max(1, len(sw))
    sset = {w.lower() for w in sw}
    kinds = [c.check for c in checks]
    untranslated = sum(len(c.words) for c in checks if c.check == "untranslated")
    ratio = math.log(max(1, len(tgt)) / max(1, len(src)))
    return [
        float(cos),
        math.log(n),
        untranslated / n,
        abs(ratio),
        ratio,
        len(tw) / n,
        sum(1 for w in sw[1:] if w[:1].isupper()) / n,
        sum(1 for w in tw if w.lower() in sset) / max(1, len(tw)),
        sum(1 for w in sw if w.lower() in _CLITICS) / n,
        sum(len(w) for w in sw) / n,
        float(kinds.count("name")),
        float(kinds.count("number")),
        float(kinds.count("punctuation")),
        float(kinds.count("length")),
    ]


def predicted_quality(features: Sequence[float]) -> float:
    cal = calibration()
    return float(np.dot(cal["weights"], features) + cal["bias"])


def priority_of(features: Sequence[float], engine_score: float | None = None) -> float:
    """1 - the percentile of the predicted quality among the fitting set's pairs; with an engine
    score (mean log-probability per token) at least the engine's own doubt, 1 - exp(score): a
    model unsure of its output raises the priority, a sure one does not lower it (how much the
    score says has not been measured on a real Argos model here; see docs/review-signals.md)."""
    p = 1.0 - _percentile(predicted_quality(features), calibration()["prediction_quantiles"])
    if engine_score is not None:
        p = max(p, 1.0 - math.exp(min(0.0, engine_score)))
    return round(p, 4)


def _without_glossary_terms(src: str, tgt: str, glossary) -> tuple[str, str]:
    """Both sides without the glossary's terms: a name kept as the glossary says is no copy."""
    if glossary is None or not glossary.terms:
        return src, tgt
    for start, end, _, target in sorted(glossary.find(src), reverse=True):
        src = src[:start] + " " + src[end:]
        tgt = tgt.replace(target, " ", 1)
    return src, tgt


def text_checks(s: str, t: str, unknown: Sequence[str] = (), glossary=None) -> list:
    """The findings of a 1-1 pair that its text alone gives (every check but `low-similarity`,
    which needs the encoder): what review_translation_pairs finds, and review/recheck.py runs on
    a reviewed pair's current text when a rerun brings another glossary."""
    from .quality import Check, run_checks

    if not _words(s) and not _words(t):  # numbers, punctuation
        return run_checks(s, t, (), glossary)
    checks = run_checks(s, t, unknown, glossary)
    if _is_copy(*_without_glossary_terms(s, t, glossary)):
        checks.append(Check("untranslated", (), "the whole sentence is the source, untranslated"))
    if _is_repetitive(s, t):
        checks.append(Check("repeated-output", (), "the translation repeats itself"))
    return checks


def review_translation_pairs(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    unknown: Sequence[Sequence[str]] | None = None,
    engine_scores: Sequence[float | None] | None = None,
    glossary=None,
    src_lang: str = "es",
    tgt_lang: str = "en",
    encoder=None,
    threads: int | None = None,
    cosines: Sequence[float] | None = None,
) -> list[PairReview]:
    """Adequacy, checks and priority of 1-1 machine-translated pairs (src[i] -> tgt[i]).

    `unknown[i]`: words the engine reported as unknown; `engine_scores[i]`: its mean log-prob;
    `cosines[i]`: the pair's cosine when already computed (translate_tool.docscore)."""
    from .quality import Check

    if cosines is None:
        cosines = pair_cosines(src, tgt, src_lang, tgt_lang, encoder, threads, "review_translation_pairs")
    elif len(cosines) != len(src) or len(src) != len(tgt):
        raise ValueError(f"review_translation_pairs: {len(src)} sources, {len(tgt)} targets, {len(cosines)} cosines")
    if not len(cosines):
        return []
    out: list[PairReview] = []
    for i, (s, t, c) in enumerate(zip(src, tgt, cosines)):
        c = float(c)
        escore = engine_scores[i] if engine_scores is not None else None
        checks = text_checks(s, t, unknown[i] if unknown is not None else (), glossary)
        if not _words(s) and not _words(t):  # numbers, punctuation: only the checks apply
            out.append(PairReview(1.0 if s.strip() == t.strip() else adequacy_of(c), 0.0, tuple(checks), c))
            continue
        if c < LOW_SIMILARITY:
            checks.append(Check("low-similarity", (), "the translation seems to say something else"))
        priority = priority_of(pair_features(s, t, c, checks), escore)
        if any(k.check in ("untranslated", "repeated-output", "low-similarity") and not k.words for k in checks):
            priority = max(priority, 0.99)  # a broken pair: first in line whatever the model says
        out.append(PairReview(adequacy_of(c), priority, tuple(checks), c))
    return out
