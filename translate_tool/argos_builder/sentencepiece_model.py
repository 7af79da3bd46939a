"""Train the package's SentencePiece model in-process and read its pieces back."""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass
from typing import Iterable, Mapping

from .vocabulary import _BUILTIN_CORPUS, WORD_MARK

# SentencePiece ModelProto piece types (sentencepiece_model.proto).
_PIECE_NORMAL, _PIECE_UNKNOWN, _PIECE_CONTROL, _PIECE_USER, _PIECE_UNUSED, _PIECE_BYTE = 1, 2, 3, 4, 5, 6


# ---------------------------------------------------------------------------
# SentencePiece
# ---------------------------------------------------------------------------


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


