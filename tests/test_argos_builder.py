"""The synthetic Argos package: valid layout, loads in argostranslate, exact output."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import ctranslate2
import pytest
from argostranslate.package import Package
from argostranslate.tokenizer import SentencePieceTokenizer

from translate_tool.argos_builder import DEFAULT_DICTIONARY, build_argos_package, toy_translate

MILEI_ES = (
    "El presidente Javier Milei recibirá este martes en Casa Rosada a José Antonio Kast , "
    "el primer mandatario electo de Chile , con quien comparte desde hace tiempo la misma "
    "visión de ultra derecha en la región ."
)
MILEI_EN = (
    "The president Javier Milei receives this Tuesday in Casa Rosada to José Antonio Kast , "
    "the first leader elected of Chile , with whom shares since ago time the same "
    "vision of ultra right in the region ."
)

# source -> exact expected output (through argostranslate's tokenizer decode)
EXPECTED = {
    MILEI_ES: MILEI_EN,
    # numbers and attached punctuation; unknown words (subió, según) copied
    "La inflación subió un 2,7% en mayo, según el gobierno.": "The inflation subió a 2,7% in May, según the government.",
    # accents, unknown word, sentence-final number
    "El ministro dijo que no habrá elecciones hasta el año 2026.": "The minister said that not habrá elections until the year 2026.",
    # only whole words are glossed: "delante" and "(con)" stay; "de-" is a whole word; "…" is NFKC'd
    "delante de la casa, de-facto: (con) o sin…": "delante of the casa, of-facto: (con) or without...",
    "Él dijo: «¡No!» 😀 日本": "Él said: «¡No!» 😀 日本",
    "": "",
}


@pytest.fixture(scope="module")
def package_zip(tmp_path_factory) -> Path:
    return build_argos_package(tmp_path_factory.mktemp("builder") / "toy.argosmodel")


@pytest.fixture(scope="module")
def package_dir(package_zip, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(package_zip) as zf:
        zf.extractall(out)
    (top,) = list(out.iterdir())
    return top


def _translate(package_dir: Path, sentences: list[str], *, beam_size: int, compute_type: str) -> list[str]:
    """The engine's path: argostranslate tokenizer -> CTranslate2 -> tokenizer decode.

    Like the engine, max_decoding_length must cover the longest source (CTranslate2's
    default of 256 would cut the output short).
    """
    pkg = Package(package_dir)
    translator = ctranslate2.Translator(
        str(package_dir / "model"), device="cpu", compute_type=compute_type, intra_threads=1
    )
    tokens = [pkg.tokenizer.encode(s) for s in sentences]
    results = translator.translate_batch(
        tokens,
        beam_size=beam_size,
        max_batch_size=2048,
        batch_type="tokens",
        replace_unknowns=True,
        max_decoding_length=max(256, 2 * max(len(t) for t in tokens) + 10),
    )
    return [pkg.tokenizer.decode(r.hypotheses[0]) for r in results]


def test_zip_layout_and_metadata(package_zip):
    with zipfile.ZipFile(package_zip) as zf:
        names = zf.namelist()
        tops = {n.split("/")[0] for n in names}
        assert tops == {"translate-es_en-1_0"}
        files = {n.split("/", 1)[1] for n in names if not n.endswith("/")}
        assert {
            "metadata.json",
            "README.md",
            "sentencepiece.model",
            "model/model.bin",
            "model/config.json",
            "model/shared_vocabulary.json",
        } <= files
        meta = json.loads(zf.read("translate-es_en-1_0/metadata.json"))
        config = json.loads(zf.read("translate-es_en-1_0/model/config.json"))
    assert meta["from_code"] == "es" and meta["to_code"] == "en"
    assert meta["from_name"] == "Spanish" and meta["to_name"] == "English"
    assert meta["type"] == "translate" and meta["code"] == "translate-es_en"
    assert meta["package_version"] == "1.0" and meta["argos_version"]
    assert config["add_source_eos"] is True


def test_argostranslate_loads_it(package_dir):
    pkg = Package(package_dir)
    assert isinstance(pkg.tokenizer, SentencePieceTokenizer)
    assert (pkg.from_code, pkg.to_code, pkg.type, pkg.package_version) == ("es", "en", "translate", "1.0")
    assert "synthetic" in pkg.get_readme().lower()
    assert pkg.tokenizer.encode("El presidente recibirá")[:3] == ["▁El", "▁presidente", "▁recibirá"]


@pytest.mark.parametrize("compute_type", ["float32", "auto"])  # auto is int8 on most CPUs
@pytest.mark.parametrize("beam_size", [1, 4])
def test_exact_translations_mixed_batch(package_dir, beam_size, compute_type):
    sources = list(EXPECTED)
    assert _translate(package_dir, sources, beam_size=beam_size, compute_type=compute_type) == [
        EXPECTED[s] for s in sources
    ]


def test_toy_translate_is_the_reference():
    assert toy_translate(MILEI_ES) == MILEI_EN
    for source, expected in EXPECTED.items():
        assert toy_translate(source) == expected
    assert toy_translate("  la   casa  ") == "the casa"
    assert toy_translate("gato negro", {"gato": "cat"}) == "cat negro"


def test_long_input_is_copied_to_the_end(package_dir):
    source = " ".join(["el presidente de la región dijo que no habrá 12,5% más"] * 25)
    (got,) = _translate(package_dir, [source], beam_size=4, compute_type="auto")
    assert got == toy_translate(source)
    assert len(Package(package_dir).tokenizer.encode(source)) > 255


def test_build_is_deterministic(package_zip, tmp_path):
    again = build_argos_package(tmp_path / "again.argosmodel", verify=False)
    assert again.read_bytes() == package_zip.read_bytes()


def test_custom_dictionary_languages_and_vocab_size(tmp_path):
    out = build_argos_package(
        tmp_path / "fr.argosmodel",
        from_code="fr",
        to_code="en",
        dictionary={"chat": "cat", "noir": "black"},
        corpus=["le chat noir dort sur le canapé", "the black cat sleeps on the sofa"],
        package_version="2.1",
        vocab_size=1500,
    )
    with zipfile.ZipFile(out) as zf:
        zf.extractall(tmp_path / "x")
        vocab = json.loads(zf.read("translate-fr_en-2_1/model/shared_vocabulary.json"))
    assert len(vocab) == 1500 and vocab[:3] == ["<unk>", "<s>", "</s>"]
    top = tmp_path / "x" / "translate-fr_en-2_1"
    assert Package(top).from_name == "French"
    assert _translate(top, ["Le chat noir, chatte noire."], beam_size=4, compute_type="auto") == [
        "Le cat black, chatte noire."
    ]


def test_deeper_noisy_int8_model_still_exact(tmp_path):
    # The TRANSFORMER_BASE recipe in miniature: extra layers with random filler, int8.
    out = build_argos_package(
        tmp_path / "deep.argosmodel", num_layers=(2, 3), quantization="int8", noise=1.0, ffn_dim=384
    )
    with zipfile.ZipFile(out) as zf:
        zf.extractall(tmp_path / "x")
    top = tmp_path / "x" / "translate-es_en-1_0"
    sources = [MILEI_ES, "La inflación subió un 2,7% en mayo, según el gobierno."]
    assert _translate(top, sources, beam_size=4, compute_type="auto") == [EXPECTED[s] for s in sources]


def test_rejects_bad_dictionary_entries(tmp_path):
    with pytest.raises(ValueError):
        build_argos_package(tmp_path / "bad.argosmodel", dictionary={"recibirá": "will receive"})
    with pytest.raises(ValueError):
        build_argos_package(tmp_path / "bad.argosmodel", dictionary={"a_b": "c"})
    assert not (tmp_path / "bad.argosmodel").exists()


def test_default_dictionary_is_single_words():
    assert len(DEFAULT_DICTIONARY) >= 60
    for word in MILEI_ES.split():
        if word.islower() and word not in {"ultra"}:
            assert word in DEFAULT_DICTIONARY, word
    assert all(" " not in v and "_" not in v for v in DEFAULT_DICTIONARY.values())
