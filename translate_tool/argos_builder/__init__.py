"""Build small, valid, *deterministic* Argos Translate packages without torch.

No real Argos Translate model can be downloaded in tests or benchmarks, so this module
writes a synthetic ``.argosmodel`` package: a zip with one top-level folder holding
``metadata.json``, ``README.md``, ``sentencepiece.model`` and ``model/`` (a CTranslate2
Transformer written through ``ctranslate2.specs``).

The Transformer is wired by hand (no training) to translate *word for word*:

* the SentencePiece model is trained in-process on a small built-in corpus with every
  dictionary word, on both sides and in lower-case and capitalised form, forced to be a
  single piece (``▁presidente``, ``▁president``, ``▁El``, ``▁The``...);
* output piece *t* is f(source piece *t*), where f maps the piece of a dictionary word to
  the piece of its gloss **when the word is whole** (the next source piece starts a new
  word, is punctuation, or is the end of the sentence), and every other piece to itself;
* CTranslate2 appends ``</s>`` to the source (``add_source_eos`` in ``config.json``) and
  f(``</s>``) = ``</s>``, so decoding stops right after the last source piece.

So ``"El presidente de Chile , con la región ."`` decodes to
``"The president of Chile , with the region ."``, with greedy or beam search.

How the weights do it (pre-norm Transformer, LayerNorm everywhere, ReLU FFN):

* residual layout: token code (balanced ±1 random code per vocabulary entry) | position
  code (sinusoids of a few hand-picked frequencies, with negated copies so every vector
  has zero mean and the same norm; LayerNorm is then a known constant scale) | the
  token's own "starts a word" flag | the next token's flag | unused dims;
* encoder layer 0: self-attention looks one position ahead (a rotation of the position
  code) and copies the next token's flag; the FFN has one ReLU unit per dictionary word
  that fires for "token is that word AND next token starts a word" and swaps the word's
  code for its gloss's code; other encoder layers add nothing;
* decoder: token embeddings are zero; the last layer's cross-attention attends (sharply)
  to the source position equal to the decoder step and copies the token code; the output
  projection scores every vocabulary entry by its code.  Other sublayers add nothing.

The margins (attention peak vs. the best other position, code coherence, FFN threshold)
are checked numerically at build time, and the finished model is run through CTranslate2
on sample sentences and compared with :func:`toy_translate`.

Extra capacity (more layers, a bigger vocabulary, ``noise``) makes the same builder
produce a Transformer-base-sized benchmark model whose weights cost real compute.

Modules: ``vocabulary`` (dictionary, corpus, ``toy_translate``: what the model must do),
``sentencepiece_model`` (the tokenizer), ``weights`` (the wiring above), ``packaging``
(CTranslate2 model, package files, zip, verification); this file assembles them.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Iterable, Mapping

from .packaging import _metadata, _readme, _save_ct2_model, _verify_package, _write_zip
from .sentencepiece_model import _pieces, _train_sentencepiece
from .vocabulary import DEFAULT_DICTIONARY, SAMPLE_SENTENCES, TRANSFORMER_BASE, full_dictionary, toy_translate
from .weights import _build_weights

__all__ = [
    "DEFAULT_DICTIONARY",
    "SAMPLE_SENTENCES",
    "TRANSFORMER_BASE",
    "build_argos_package",
    "full_dictionary",
    "toy_translate",
]


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def build_argos_package(
    dest: str | Path,
    *,
    from_code: str = "es",
    to_code: str = "en",
    dictionary: Mapping[str, str] | None = None,
    corpus: Iterable[str] | None = None,
    package_version: str = "1.0",
    vocab_size: int | None = None,
    num_layers: int | tuple[int, int] = 1,
    d_model: int = 256,
    num_heads: int = 4,
    ffn_dim: int = 512,
    quantization: str | None = None,
    max_positions: int = 1024,
    noise: float = 0.0,
    seed: int = 0,
    verify: bool = True,
) -> Path:
    """Write a synthetic word-for-word ``.argosmodel`` package to `dest` and return `dest`.

    Args:
        dest: Path of the ``.argosmodel`` zip to write (parent folders are created).
        from_code: Source language code (metadata only; the model copies unknown words).
        to_code: Target language code.
        dictionary: Source word -> single-word gloss; defaults to
            :data:`DEFAULT_DICTIONARY`.  Capitalised forms are added automatically.
        corpus: Extra sentences for training the SentencePiece model (both languages).
        package_version: ``package_version`` in ``metadata.json``.
        vocab_size: Size of the shared vocabulary.  ``None`` gives a small vocabulary
            (about 700 pieces).  Larger values train a bigger SentencePiece model (as big
            as the corpus allows) and pad it with unused pieces up to exactly this size.
        num_layers: Encoder and decoder layers (or an ``(encoder, decoder)`` pair).
        d_model: Model width.  Must leave room for the codes (>= 128).
        num_heads: Attention heads; ``d_model / num_heads`` must be >= 32.
        ffn_dim: Feed-forward width; must be >= the number of dictionary entries that
            change a word (about 130 with the default dictionary).
        quantization: Weight type passed to ``spec.optimize`` (``None`` keeps float32;
            ``"int8"``, ``"float16"``... as in ``ct2-*-converter --quantization``).
        max_positions: Rows of the position-encoding table: longest source, in pieces
            including ``</s>``, and longest decoding, the model accepts.
        noise: Scale of random filler weights in the parts of the network that carry
            no signal (extra layers, unused heads and units), so a benchmark model has
            distinct, non-zero matrices like a trained one (zeros would be aliased by
            CTranslate2 and shrink the memory footprint).  ``1.0`` reads the residual
            stream with std 1/sqrt(fan_in); weights writing into it are 1e-4 of that,
            so the output is unchanged.  ``0`` (default) for exact zeros.
        seed: Seed for the token codes and noise (the build is deterministic).
        verify: Translate :data:`SAMPLE_SENTENCES` with CTranslate2 (greedy and beam 4)
            and raise ``AssertionError`` if they differ from :func:`toy_translate`.

    Returns:
        `dest` as a :class:`~pathlib.Path`.
    """
    dest = Path(dest)
    table = full_dictionary(dictionary)
    if isinstance(num_layers, (tuple, list)):
        enc_layers, dec_layers = int(num_layers[0]), int(num_layers[1])
    else:
        enc_layers = dec_layers = int(num_layers)
    if enc_layers < 1 or dec_layers < 1:
        raise ValueError("num_layers must be >= 1")
    folder = f"translate-{from_code}_{to_code}-{package_version.replace('.', '_')}"

    sp_bytes = _train_sentencepiece(table, corpus, vocab_size)
    pieces = _pieces(sp_bytes)
    weights = _build_weights(
        pieces,
        table,
        enc_layers=enc_layers,
        dec_layers=dec_layers,
        d_model=d_model,
        num_heads=num_heads,
        ffn_dim=ffn_dim,
        max_positions=max_positions,
        noise=noise,
        seed=seed,
    )

    with tempfile.TemporaryDirectory(prefix="argos-build-") as tmp:
        root = Path(tmp) / folder
        root.mkdir()
        (root / "sentencepiece.model").write_bytes(sp_bytes)
        _save_ct2_model(weights, pieces, root / "model", num_heads, quantization)
        (root / "metadata.json").write_text(
            json.dumps(_metadata(from_code, to_code, package_version), indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
        (root / "README.md").write_text(_readme(from_code, to_code, table, weights), encoding="utf-8")
        if verify:
            _verify_package(root, table)
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp_zip = dest.with_name(f".{dest.name}.tmp")
        try:
            _write_zip(root, tmp_zip)
            tmp_zip.replace(dest)
        finally:
            tmp_zip.unlink(missing_ok=True)
    return dest


