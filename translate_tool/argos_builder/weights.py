"""The hand-wired Transformer weights: copy each source piece, swap dictionary words for glosses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from .sentencepiece_model import _Piece
from .vocabulary import WORD_MARK

_POSITION_FREQUENCIES = 16  # sinusoid frequencies in the position code
_CODE_DIM_MIN = 48  # minimum token-code dimension
_ATTENTION_GAP = 40.0  # logit gap (nats) between the wanted position and any other
_OUTPUT_GAP = 40.0  # logit gap between the wanted output piece and any other


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


