"""Write the CTranslate2 model and the package files; zip them reproducibly; verify the result."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Mapping, Sequence

from .sentencepiece_model import _Piece
from .vocabulary import SAMPLE_SENTENCES, toy_translate
from .weights import _Weights

_LANGUAGE_NAMES = {
    "es": "Spanish",
    "en": "English",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "ca": "Catalan",
}


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

    argos_version = "1.9.0"
    for dist in ("argostranslate", "argos-translate-lt"):  # either provides the argostranslate modules
        try:
            argos_version = importlib.metadata.version(dist)
            break
        except importlib.metadata.PackageNotFoundError:
            continue
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


