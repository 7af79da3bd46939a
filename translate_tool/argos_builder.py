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
"""

from __future__ import annotations

import io
import json
import re
import struct
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np

__all__ = [
    "DEFAULT_DICTIONARY",
    "SAMPLE_SENTENCES",
    "TRANSFORMER_BASE",
    "build_argos_package",
    "full_dictionary",
    "toy_translate",
]

WORD_MARK = "\u2581"  # SentencePiece's "▁"

#: Spanish word -> one-word English gloss.  Capitalised forms are added automatically
#: (``El`` -> ``The``).  Glosses must be single words without ``_`` (argostranslate's
#: decoder turns ``_`` into a space).
DEFAULT_DICTIONARY: dict[str, str] = {
    # articles, prepositions, conjunctions
    "el": "the",
    "la": "the",
    "los": "the",
    "las": "the",
    "un": "a",
    "una": "a",
    "de": "of",
    "del": "of",
    "en": "in",
    "con": "with",
    "por": "by",
    "para": "for",
    "sin": "without",
    "sobre": "about",
    "entre": "between",
    "contra": "against",
    "desde": "since",
    "hasta": "until",
    "a": "to",
    "al": "to",
    "y": "and",
    "o": "or",
    "pero": "but",
    "que": "that",
    "quien": "whom",
    "no": "not",
    "más": "more",
    "muy": "very",
    "también": "also",
    "este": "this",
    "esta": "this",
    "su": "its",
    "sus": "their",
    # verbs
    "es": "is",
    "fue": "was",
    "ha": "has",
    "hace": "ago",
    "dijo": "said",
    "comparte": "shares",
    "recibirá": "receives",
    # nouns and adjectives
    "presidente": "president",
    "gobierno": "government",
    "ministro": "minister",
    "mandatario": "leader",
    "elecciones": "elections",
    "electo": "elected",
    "primer": "first",
    "misma": "same",
    "mismo": "same",
    "visión": "vision",
    "derecha": "right",
    "izquierda": "left",
    "región": "region",
    "país": "country",
    "ciudad": "city",
    "mundo": "world",
    "tiempo": "time",
    "año": "year",
    "años": "years",
    "martes": "Tuesday",
    "semana": "week",
    "hoy": "today",
    "ayer": "yesterday",
    "nuevo": "new",
    "nueva": "new",
    "inflación": "inflation",
    "economía": "economy",
    "precios": "prices",
    "millones": "millions",
    "policía": "police",
    "mayo": "May",
}

#: Keyword arguments for a Transformer-base-sized benchmark model (6+6 layers, d_model
#: 512, 8 heads, FFN 2048, 32k shared vocabulary, int8, distinct filler weights):
#: ``build_argos_package(dest, corpus=lines, **TRANSFORMER_BASE)``.  model.bin is ~96 MB,
#: like a published Argos model; the build takes ~15 s.  Pass a few thousand real
#: sentences as `corpus` so unknown words get realistic subword pieces.
TRANSFORMER_BASE: dict[str, object] = {
    "vocab_size": 32000,
    "num_layers": 6,
    "d_model": 512,
    "num_heads": 8,
    "ffn_dim": 2048,
    "quantization": "int8",
    "noise": 1.0,
}

#: Sentences the builder translates with CTranslate2 to check the finished model.
SAMPLE_SENTENCES: tuple[str, ...] = (
    "El presidente Javier Milei recibirá este martes en Casa Rosada a José Antonio Kast , "
    "el primer mandatario electo de Chile , con quien comparte desde hace tiempo la misma "
    "visión de ultra derecha en la región .",
    "La inflación subió un 2,7% en mayo, según el gobierno.",
    "El ministro dijo que no habrá elecciones hasta el año 2026.",
    "delante de la casa, de-facto: desde, hasta y (con) o sin…",
    "",
)

# A small news-like corpus for the SentencePiece model: gives realistic subword pieces
# for words outside the dictionary.  Dictionary words are forced to be pieces anyway.
_BUILTIN_CORPUS: tuple[str, ...] = (
    "El presidente Javier Milei recibirá este martes en Casa Rosada a José Antonio Kast, "
    "el primer mandatario electo de Chile, con quien comparte desde hace tiempo la misma "
    "visión de ultra derecha en la región.",
    "The president Javier Milei will receive José Antonio Kast, the first elected leader of "
    "Chile, at the Casa Rosada this Tuesday.",
    "La inflación subió un 2,7% en mayo, según datos publicados hoy por el gobierno.",
    "Inflation rose 2.7% in May, according to figures published today by the government.",
    "El ministro de Economía dijo que las elecciones serán en octubre de 2026.",
    "The economy minister said that the elections will be held in October 2026.",
    "Los precios de los alimentos aumentaron más de lo esperado durante la semana pasada.",
    "Food prices increased more than expected during the past week.",
    "La policía detuvo ayer a tres personas en el centro de la ciudad.",
    "Police arrested three people in the city centre yesterday.",
    "Millones de personas en todo el mundo siguieron el debate por televisión.",
    "Millions of people around the world followed the debate on television.",
    "El nuevo gobierno anunció un plan para reducir el déficit fiscal y la deuda pública.",
    "The new government announced a plan to cut the fiscal deficit and public debt.",
    "Según la encuesta, el candidato de izquierda lidera con el 45% de los votos.",
    "According to the poll, the left-wing candidate leads with 45% of the votes.",
    "Más de 1.200 empresas cerraron sus puertas entre enero y junio.",
    "More than 1,200 companies closed their doors between January and June.",
    "¿Qué pasará con las pensiones? Nadie lo sabe todavía, dijo la portavoz.",
    "What will happen to pensions? Nobody knows yet, the spokeswoman said.",
    "El Banco Central mantuvo la tasa de interés en el 5,25% por tercera vez consecutiva.",
    "The central bank held the interest rate at 5.25% for the third time in a row.",
    "Las lluvias torrenciales dejaron al menos 12 muertos y miles de evacuados en el norte.",
    "Torrential rains left at least 12 dead and thousands evacuated in the north.",
    "El acuerdo comercial entre la Unión Europea y el Mercosur sigue sin firmarse.",
    "The trade agreement between the European Union and Mercosur remains unsigned.",
    "Hace diez años que la ciudad espera una nueva línea de metro, afirmó el alcalde.",
    "The city has been waiting for a new metro line for ten years, the mayor said.",
    "La selección nacional ganó 3-1 el sábado y se clasificó para el Mundial.",
    "The national team won 3-1 on Saturday and qualified for the World Cup.",
    "Los científicos advierten que el cambio climático acelera el deshielo de los glaciares.",
    "Scientists warn that climate change is speeding up the melting of glaciers.",
    "El juez ordenó la liberación del periodista tras 48 horas de detención.",
    "The judge ordered the release of the journalist after 48 hours in custody.",
    "Ñandú, pingüino, acción, corazón, árbol, útil, también, quizás, jamás, müsli.",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 ÁÉÍÓÚÜÑ áéíóúüñ",
    "Signos: . , ; : ! ? ¡ ¿ ( ) [ ] { } « » \" ' - – — / \\ % & + = * # @ € $ £ … _",
)

# SentencePiece ModelProto piece types (sentencepiece_model.proto).
_PIECE_NORMAL, _PIECE_UNKNOWN, _PIECE_CONTROL, _PIECE_USER, _PIECE_UNUSED, _PIECE_BYTE = 1, 2, 3, 4, 5, 6

_LANGUAGE_NAMES = {
    "es": "Spanish",
    "en": "English",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "ca": "Catalan",
}

_POSITION_FREQUENCIES = 16  # sinusoid frequencies in the position code
_CODE_DIM_MIN = 48  # minimum token-code dimension
_ATTENTION_GAP = 40.0  # logit gap (nats) between the wanted position and any other
_OUTPUT_GAP = 40.0  # logit gap between the wanted output piece and any other


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def full_dictionary(dictionary: Mapping[str, str] | None = None) -> dict[str, str]:
    """The dictionary with capitalised forms added (``el``->``the`` gives ``El``->``The``)."""
    base = DEFAULT_DICTIONARY if dictionary is None else dictionary
    out: dict[str, str] = {}
    for src, tgt in base.items():
        _check_word(src)
        _check_word(tgt)
        out[src] = tgt
    for src, tgt in list(out.items()):
        cap = src[:1].upper() + src[1:]
        if cap != src and cap not in out:
            out[cap] = tgt[:1].upper() + tgt[1:]
    return out


def toy_translate(sentence: str, dictionary: Mapping[str, str] | None = None) -> str:
    """Word-level reference of what the synthetic model outputs for `sentence`.

    Whitespace is collapsed; in each whitespace-separated chunk, a leading run of
    letters/digits that is a dictionary word (as given, or capitalised) and is followed
    by nothing or a non-alphanumeric character is replaced by its gloss.  Everything else
    is copied.  (The model works on SentencePiece pieces and applies SentencePiece's
    NFKC normalisation; for text made of ordinary characters the two agree.)
    """
    table = full_dictionary(dictionary)
    out = []
    for chunk in unicodedata.normalize("NFKC", sentence).split():
        m = re.match(r"[^\W_]+", chunk)
        if m and m.group(0) in table:
            chunk = table[m.group(0)] + chunk[m.end() :]
        out.append(chunk)
    return " ".join(out)


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


def _write_zip(root: Path, zip_path: Path) -> None:
    """Zip `root` as the archive's single top-level folder, byte-for-byte reproducibly."""
    with zipfile.ZipFile(zip_path, "w") as zf:
        for path in [root, *sorted(root.rglob("*"))]:
            arc = path.relative_to(root.parent).as_posix()
            info = zipfile.ZipInfo(arc + "/" if path.is_dir() else arc, date_time=(2020, 1, 1, 0, 0, 0))
            if path.is_dir():
                info.external_attr = 0o40755 << 16
                zf.writestr(info, b"")
            else:
                info.external_attr = 0o644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, path.read_bytes())


# ---------------------------------------------------------------------------
# SentencePiece
# ---------------------------------------------------------------------------


def _check_word(word: str) -> None:
    if not word or any(ch.isspace() for ch in word) or "_" in word or WORD_MARK in word:
        raise ValueError(f"dictionary entries must be single words without '_': {word!r}")
    if unicodedata.normalize("NFKC", word) != word:
        raise ValueError(f"dictionary entries must be NFKC-normalised: {word!r}")


def _train_sentencepiece(
    table: Mapping[str, str], corpus: Iterable[str] | None, vocab_size: int | None
) -> bytes:
    import sentencepiece as spm

    symbols = []
    for word in list(table) + list(table.values()):
        piece = WORD_MARK + word
        if piece not in symbols:
            symbols.append(piece)
    sentences = list(_BUILTIN_CORPUS)
    # Each dictionary word in context, so the training data has them as whole words.
    sentences += [" ".join(table), " ".join(table.values())]
    if corpus is not None:
        sentences += [s for s in corpus if s and s.strip()]
    target = vocab_size if vocab_size is not None else 700
    writer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences),
        model_writer=writer,
        model_type="unigram",
        vocab_size=target,
        hard_vocab_limit=False,
        user_defined_symbols=symbols,
        byte_fallback=True,
        character_coverage=1.0,
        num_threads=1,
        minloglevel=2,
    )
    model = writer.getvalue()
    size = spm.SentencePieceProcessor(model_proto=model).get_piece_size()
    if vocab_size is not None and size < vocab_size:
        # The corpus cannot fill the requested vocabulary: pad it with UNUSED pieces,
        # appended as extra `pieces` entries (protobuf repeated fields concatenate).
        model += b"".join(_proto_piece(f"<unused{i}>", 0.0, _PIECE_UNUSED) for i in range(vocab_size - size))
    return model


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _proto_piece(piece: str, score: float, kind: int) -> bytes:
    raw = piece.encode("utf-8")
    body = b"\x0a" + _varint(len(raw)) + raw + b"\x15" + struct.pack("<f", score) + b"\x18" + _varint(kind)
    return b"\x0a" + _varint(len(body)) + body


@dataclass(frozen=True)
class _Piece:
    text: str
    starts_word: bool  # the piece begins a new word for the purpose of "whole word"


def _pieces(sp_bytes: bytes) -> list[_Piece]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=sp_bytes)
    out = []
    for i in range(sp.get_piece_size()):
        text = sp.id_to_piece(i)
        if sp.is_byte(i):
            value = int(text[3:-1], 16)
            # An ASCII byte is a known character; a byte of a multi-byte character is
            # treated as part of a word (the word is then copied unchanged).
            starts = value < 0x80 and not chr(value).isalnum()
        elif text == "</s>" or text.startswith(WORD_MARK):
            starts = True
        elif sp.is_control(i) or sp.is_unknown(i) or sp.is_unused(i):
            starts = False
        else:
            starts = not text[0].isalnum()
        out.append(_Piece(text, starts))
    return out


# ---------------------------------------------------------------------------
# Weights
# ---------------------------------------------------------------------------


@dataclass
class _Weights:
    """Everything the CTranslate2 spec needs, as float32 numpy arrays."""

    d_model: int
    ffn_dim: int
    code_dim: int
    position: np.ndarray  # [max_positions, d_model]
    src_embeddings: np.ndarray  # [V, d_model]
    tgt_embeddings: np.ndarray  # [V, d_model]
    projection: np.ndarray  # [V, d_model]
    encoder_layers: list[dict[str, np.ndarray]]
    decoder_layers: list[dict[str, np.ndarray]]
    encoder_norm: tuple[np.ndarray, np.ndarray]
    decoder_norm: tuple[np.ndarray, np.ndarray]
    margins: dict[str, float]


def _balanced_codes(n: int, m: int, rng: np.random.Generator) -> np.ndarray:
    """`n` random ±1 codes of length `m` (even), each with as many +1 as -1."""
    base = np.ones(m, dtype=np.float32)
    base[m // 2 :] = -1.0
    return rng.permuted(np.tile(base, (n, 1)), axis=1)


def _max_coherence(codes: np.ndarray, rows: np.ndarray) -> float:
    """Largest code_i . code_j / m over i in `rows`, j != i."""
    m = codes.shape[1]
    best = -1.0
    for start in range(0, len(rows), 1024):
        ids = rows[start : start + 1024]
        gram = codes[ids] @ codes.T / m
        gram[np.arange(len(ids)), ids] = -np.inf
        best = max(best, float(gram.max()))
    return best


def _anchor_rows(weight: np.ndarray, column: int) -> None:
    """Put 2x the row's largest |weight| in `column`, an input that is always zero.

    CTranslate2 quantizes int8 weights per row (largest |w| -> 127).  Our rows are often
    many equal-magnitude entries, which would all become +-127; with activations shifted to
    uint8 (x86 backends), adjacent +-127 products overflow the int16 intermediate of
    u8*s8 dot-product instructions.  The anchor caps every real weight at 64 levels.
    """
    peak = np.abs(weight).max(axis=1)
    rows = peak > 0
    weight[rows, column] = 2.0 * peak[rows]


def _position_frequencies(k: int, max_positions: int) -> tuple[np.ndarray, float]:
    """Frequencies whose cosine kernel sum_k cos(w_k d) is lowest for 0 < |d| < max_positions.

    Returns (frequencies, worst off-peak kernel value / k).
    """
    d = np.arange(1, max_positions, dtype=np.float64)
    best: tuple[float, np.ndarray] | None = None
    for s in range(48):
        w = np.random.default_rng(1000 + s).uniform(0.1, np.pi, k)
        worst = float(np.cos(np.outer(d, w)).sum(axis=1).max()) / k
        if best is None or worst < best[0]:
            best = (worst, w)
    assert best is not None
    return best[1], best[0]


def _build_weights(
    pieces: Sequence[_Piece],
    table: Mapping[str, str],
    *,
    enc_layers: int,
    dec_layers: int,
    d_model: int,
    num_heads: int,
    ffn_dim: int,
    max_positions: int,
    noise: float,
    seed: int,
) -> _Weights:
    V, D, H = len(pieces), d_model, num_heads
    if D % H:
        raise ValueError("d_model must be a multiple of num_heads")
    dh = D // H
    K = _POSITION_FREQUENCIES
    if dh < 2 * K:
        raise ValueError(f"d_model / num_heads must be >= {2 * K}")
    # Residual layout.
    # The next-token flag is spread over r = m/8 dims so that, in the FFN rows that
    # combine it with a token code, its weights are exactly 4x the code's (int8 rows).
    # The last dim Z is always zero after LayerNorm (gamma 0): it holds the int8 "anchor"
    # weights (see _anchor_rows).
    m = min(int((D - 4 * K - 3) / (1 + 1 / 8)), H * dh)  # token code dims
    m -= m % 16
    r = m // 8
    Z = D - 1
    if m < _CODE_DIM_MIN:
        raise ValueError(f"d_model={D} is too small for the codes")
    T = slice(0, m)
    P0 = m  # position: cos | sin | -cos | -sin
    P = slice(P0, P0 + 4 * K)
    F0 = P0 + 4 * K  # own flag (+f, -f)
    N0 = F0 + 2  # next token's flag (+n, -n, +n, -n, ... over r dims)
    n_signs = np.where(np.arange(r) % 2 == 0, 1.0, -1.0).astype(np.float32)
    N = slice(N0, N0 + r)

    rng = np.random.default_rng(seed)
    codes = _balanced_codes(V, m, rng)
    index = {p.text: i for i, p in enumerate(pieces)}
    flags = np.array([1.0 if p.starts_word else -1.0 for p in pieces], dtype=np.float32)

    # Dictionary pieces that change: source piece id -> gloss piece id.
    swaps: dict[int, int] = {}
    for src, tgt in table.items():
        s, t = index.get(WORD_MARK + src), index.get(WORD_MARK + tgt)
        if s is None or t is None:
            raise RuntimeError(f"SentencePiece did not keep {src!r}/{tgt!r} as pieces")
        if s != t:
            swaps[s] = t
    if len(swaps) + 1 > ffn_dim:
        raise ValueError(f"ffn_dim={ffn_dim} < {len(swaps) + 1} (dictionary entries + 1)")

    # Code coherence: how close a wrong code gets to the right one (1.0 = identical).
    swap_ids = np.array(sorted(swaps), dtype=np.int64)
    swap_coherence = _max_coherence(codes, swap_ids)
    if V <= 4096:
        coherence = _max_coherence(codes, np.arange(V))
    else:
        # Exact check is V^2*m work; use Hoeffding's bound instead (fails w.p. < 1e-9).
        coherence = float(np.sqrt(2.0 * np.log(2.0 * V * V / 1e-9) / m))
    coherence = max(coherence, swap_coherence)
    if coherence > 0.75:
        raise RuntimeError(f"token codes too similar (coherence {coherence:.2f}); raise d_model")

    freqs, pos_worst = _position_frequencies(K, max_positions)
    t = np.arange(max_positions, dtype=np.float64)[:, None] * freqs[None, :]
    position = np.zeros((max_positions, D), dtype=np.float32)
    position[:, P] = np.concatenate([np.cos(t), np.sin(t), -np.cos(t), -np.sin(t)], axis=1)

    # Norms (every residual vector at a given point has the same norm and zero mean, so
    # LayerNorm is a known scalar: sigma = sqrt(|x|^2 / D)).
    g = 1.0  # amplitude of the next-token flag
    sig_e1 = np.sqrt((m + 2 * K + 2) / D)  # encoder before self-attention
    sig_e2 = np.sqrt((m + 2 * K + 2 + r * g * g) / D)  # encoder after it
    sig_d0 = np.sqrt((2 * K) / D)  # decoder input (position only)
    sig_d1 = np.sqrt((m + 2 * K) / D)  # decoder after cross-attention

    def small(rows: int, cols: int, writes: bool = False) -> np.ndarray:
        """Filler weights: zeros, or N(0, noise^2/cols); 1e-4 of that if they write to
        the residual stream (so the filler costs compute but never changes the output)."""
        if noise <= 0:
            return np.zeros((rows, cols), dtype=np.float32)
        std = noise / np.sqrt(cols) * (1e-4 if writes else 1.0)
        return rng.standard_normal((rows, cols), dtype=np.float32) * np.float32(std)

    def norm() -> tuple[np.ndarray, np.ndarray]:
        gamma = np.ones(D, dtype=np.float32)
        gamma[Z] = 0.0
        return gamma, np.zeros(D, dtype=np.float32)

    # Attention logits: CTranslate2 scales queries by 1/sqrt(dh); we undo it.
    qk_gap = K * (1.0 - pos_worst)  # peak minus worst other position, per unit scale
    beta = _ATTENTION_GAP / qk_gap * np.sqrt(dh)

    # ---- encoder -------------------------------------------------------------------
    src_emb = np.zeros((V, D), dtype=np.float32)
    src_emb[:, T] = codes
    src_emb[:, F0] = flags
    src_emb[:, F0 + 1] = -flags
    encoder_layers = []
    for layer in range(enc_layers):
        w: dict[str, np.ndarray] = {}
        w["sa_norm_gamma"], w["sa_norm_beta"] = norm()
        qkv = small(3 * D, D)
        out = small(D, D, writes=True)
        if layer == 0:
            # Head 0: query = position t shifted by one (rotation), key = position s.
            qkv[:D] = 0.0
            qkv[D : 2 * D] = 0.0
            qkv[2 * D : 3 * D] = 0.0
            cw, sw = np.cos(freqs), np.sin(freqs)
            scale = beta * sig_e1 * sig_e1  # undo LayerNorm on both sides
            for k in range(K):
                # [cos(w(t+1)), sin(w(t+1))] = R(w) [cos(wt), sin(wt)]
                qkv[k, P0 + k] = scale * cw[k]
                qkv[k, P0 + K + k] = -scale * sw[k]
                qkv[K + k, P0 + k] = scale * sw[k]
                qkv[K + k, P0 + K + k] = scale * cw[k]
                qkv[D + k, P0 + k] = 1.0
                qkv[D + K + k, P0 + K + k] = 1.0
            qkv[2 * D, F0] = sig_e1  # value: the attended token's flag
            out[:, :] = 0.0
            out[N, 0] = g * n_signs
        if layer == 0:
            _anchor_rows(qkv, Z)
        w["sa_qkv"], w["sa_out"] = qkv, out
        w["ffn_norm_gamma"], w["ffn_norm_beta"] = norm()
        w0 = small(ffn_dim, D)
        b0 = np.zeros(ffn_dim, dtype=np.float32)
        w1 = small(D, ffn_dim, writes=True)
        if layer == 0:
            w0[:, :] = 0.0
            w1[:, :] = 0.0
            # unit j fires (=1) iff token == d_j and next token starts a word:
            #   pre = code_d.x_T/m + (mean(sign*x_N)/g + 1)/2 - theta,  hit: 2 - theta,
            #   miss: <= max(1, 1 + swap_coherence) - theta < 0.
            theta = (2.0 + 1.0 + max(swap_coherence, 0.0)) / 2.0
            unit_scale = 1.0 / (2.0 - theta)
            for j, (s_id, t_id) in enumerate(sorted(swaps.items())):
                w0[j, T] = unit_scale * sig_e2 * codes[s_id] / m
                w0[j, N] = unit_scale * sig_e2 * n_signs / (2 * g * r)
                b0[j] = unit_scale * (0.5 - theta)
                w1[T, j] = codes[t_id] - codes[s_id]
            # hidden unit ffn_dim-1 stays 0 (zero row, zero bias): anchor for w1
            _anchor_rows(w0, Z)
            _anchor_rows(w1, ffn_dim - 1)
        w["ffn_w0"], w["ffn_b0"], w["ffn_w1"] = w0, b0, w1
        encoder_layers.append(w)

    # ---- decoder -------------------------------------------------------------------
    tgt_emb = np.zeros((V, D), dtype=np.float32)
    decoder_layers = []
    for layer in range(dec_layers):
        last = layer == dec_layers - 1
        w = {}
        w["sa_norm_gamma"], w["sa_norm_beta"] = norm()
        w["sa_qkv"], w["sa_out"] = small(3 * D, D), small(D, D, writes=True)
        w["ca_norm_gamma"], w["ca_norm_beta"] = norm()
        q, kv, out = small(D, D), small(2 * D, D), small(D, D, writes=True)
        if last:
            q[:, :] = 0.0
            kv[:, :] = 0.0
            out[:, :] = 0.0
            slice_len = -(-m // H)
            for h in range(H):
                base = h * dh
                # every head: query = decoder position t, key = source position s
                for k in range(K):
                    q[base + k, P0 + k] = beta * sig_d0 * sig_e2
                    q[base + K + k, P0 + K + k] = beta * sig_d0 * sig_e2
                    kv[base + k, P0 + k] = 1.0
                    kv[base + K + k, P0 + K + k] = 1.0
                # head h copies its slice of the source token code
                lo, hi = h * slice_len, min(m, (h + 1) * slice_len)
                for i in range(lo, hi):
                    kv[D + base + (i - lo), i] = sig_e2
                    out[i, base + (i - lo)] = 1.0
        w["ca_q"], w["ca_kv"], w["ca_out"] = q, kv, out
        w["ffn_norm_gamma"], w["ffn_norm_beta"] = norm()
        w["ffn_w0"] = small(ffn_dim, D)
        w["ffn_b0"] = np.zeros(ffn_dim, dtype=np.float32)
        w["ffn_w1"] = np.zeros((D, ffn_dim), dtype=np.float32) if last else small(D, ffn_dim, writes=True)
        decoder_layers.append(w)

    # Output: logit(y) = lam * code_y . x_T / m (x_T = code of the wanted piece).
    lam = _OUTPUT_GAP / (1.0 - coherence)
    projection = np.zeros((V, D), dtype=np.float32)
    projection[:, T] = lam * sig_d1 * codes / m
    _anchor_rows(projection, Z)

    margins = {
        "code_coherence": coherence,
        "swap_coherence": swap_coherence,
        "position_worst": pos_worst,
        "attention_gap_nats": _ATTENTION_GAP,
        "output_gap_nats": _OUTPUT_GAP,
    }
    return _Weights(
        d_model=D,
        ffn_dim=ffn_dim,
        code_dim=m,
        position=position,
        src_embeddings=src_emb,
        tgt_embeddings=tgt_emb,
        projection=projection,
        encoder_layers=encoder_layers,
        decoder_layers=decoder_layers,
        encoder_norm=norm(),
        decoder_norm=norm(),
        margins=margins,
    )


# ---------------------------------------------------------------------------
# CTranslate2 model
# ---------------------------------------------------------------------------


def _save_ct2_model(
    weights: _Weights, pieces: Sequence[_Piece], out_dir: Path, num_heads: int, quantization: str | None
) -> None:
    from ctranslate2.specs import transformer_spec

    spec = transformer_spec.TransformerSpec.from_config(
        (len(weights.encoder_layers), len(weights.decoder_layers)), num_heads
    )
    enc, dec = spec.encoder, spec.decoder
    enc.scale_embeddings = False
    dec.scale_embeddings = False
    enc.embeddings[0].weight = weights.src_embeddings
    dec.embeddings.weight = weights.tgt_embeddings
    enc.position_encodings.encodings = weights.position
    dec.position_encodings.encodings = weights.position
    enc.layer_norm.gamma, enc.layer_norm.beta = weights.encoder_norm
    dec.layer_norm.gamma, dec.layer_norm.beta = weights.decoder_norm
    dec.projection.weight = weights.projection

    def set_ffn(ffn, w):
        ffn.layer_norm.gamma, ffn.layer_norm.beta = w["ffn_norm_gamma"], w["ffn_norm_beta"]
        ffn.linear_0.weight, ffn.linear_0.bias = w["ffn_w0"], w["ffn_b0"]
        ffn.linear_1.weight = w["ffn_w1"]

    for layer, w in zip(enc.layer, weights.encoder_layers):
        sa = layer.self_attention
        sa.layer_norm.gamma, sa.layer_norm.beta = w["sa_norm_gamma"], w["sa_norm_beta"]
        sa.linear[0].weight, sa.linear[1].weight = w["sa_qkv"], w["sa_out"]
        set_ffn(layer.ffn, w)
    for layer, w in zip(dec.layer, weights.decoder_layers):
        sa = layer.self_attention
        sa.layer_norm.gamma, sa.layer_norm.beta = w["sa_norm_gamma"], w["sa_norm_beta"]
        sa.linear[0].weight, sa.linear[1].weight = w["sa_qkv"], w["sa_out"]
        ca = layer.attention
        ca.layer_norm.gamma, ca.layer_norm.beta = w["ca_norm_gamma"], w["ca_norm_beta"]
        ca.linear[0].weight, ca.linear[1].weight, ca.linear[2].weight = w["ca_q"], w["ca_kv"], w["ca_out"]
        set_ffn(layer.ffn, w)

    vocab = [p.text for p in pieces]
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.config.add_source_eos = True
    spec.validate()
    spec.optimize(quantization=quantization)
    out_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(out_dir))


# ---------------------------------------------------------------------------
# Package files and verification
# ---------------------------------------------------------------------------


def _metadata(from_code: str, to_code: str, package_version: str) -> dict:
    import importlib.metadata

    try:
        argos_version = importlib.metadata.version("argostranslate")
    except importlib.metadata.PackageNotFoundError:
        argos_version = "1.9.0"
    return {
        "package_version": package_version,
        "argos_version": argos_version,
        "from_code": from_code,
        "from_name": _LANGUAGE_NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": _LANGUAGE_NAMES.get(to_code, to_code),
        "type": "translate",
        "code": f"translate-{from_code}_{to_code}",
        "links": [],
    }


def _readme(from_code: str, to_code: str, table: Mapping[str, str], weights: _Weights) -> str:
    sample = SAMPLE_SENTENCES[0]
    return (
        f"# Synthetic {from_code}->{to_code} test model (NOT a real translation model)\n\n"
        "Built by `translate_tool.argos_builder` for tests and benchmarks. The CTranslate2\n"
        "Transformer is wired by hand, not trained: it translates word for word with a\n"
        f"{len(table)}-entry dictionary and copies every other word unchanged.\n\n"
        f"    {sample}\n    -> {toy_translate(sample, table)}\n\n"
        f"d_model {weights.d_model}, FFN {weights.ffn_dim}, "
        f"{len(weights.encoder_layers)}+{len(weights.decoder_layers)} layers, "
        f"vocabulary {weights.src_embeddings.shape[0]}, "
        f"max {weights.position.shape[0]} positions.\n"
    )


def _verify_package(root: Path, table: Mapping[str, str]) -> None:
    """Translate SAMPLE_SENTENCES as the engine does; compare with toy_translate."""
    import ctranslate2
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(root / "sentencepiece.model"))
    batch = [sp.encode(s, out_type=str) for s in SAMPLE_SENTENCES]
    wanted = [toy_translate(s, table) for s in SAMPLE_SENTENCES]
    supported = ctranslate2.get_supported_compute_types("cpu")
    # "auto" picks int8 on most CPUs, so check the int8 path as well as float32.
    for compute_type in [c for c in ("float32", "int8_float32") if c in supported]:
        translator = ctranslate2.Translator(
            str(root / "model"), device="cpu", compute_type=compute_type, intra_threads=1
        )
        for beam in (1, 4):
            results = translator.translate_batch(
                batch, beam_size=beam, max_decoding_length=max(len(b) for b in batch) + 2
            )
            for sentence, want, result in zip(SAMPLE_SENTENCES, wanted, results):
                got = sp.decode_pieces(result.hypotheses[0])
                if got != want:
                    raise AssertionError(
                        f"synthetic model check failed ({compute_type}, beam {beam}):\n"
                        f"  {sentence!r}\n-> {got!r}\n!= {want!r}"
                    )
        del translator
