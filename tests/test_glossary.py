"""The glossary: parsed, applied around both engines, fingerprinted in the cache key and the signature."""

import pytest
from click.testing import CliRunner

from translate_tool.cache import KeyValueCache
from translate_tool.cli import main
from translate_tool.engines import EngineInfo
from translate_tool.engines.apertium import ApertiumEngine, apertium_available
from translate_tool.engines.base import translate_cached, translate_cached_detailed
from translate_tool.errors import TranslateToolError
from translate_tool.glossary import Glossary

TEXT = "# names\nCasa Rosada\nLetra P\nLa Libertad Avanza\nMinisterio de Economía\tMinistry of Economy\n"


class ScramblingEngine:
    """Translates word by word into lowercase 'x'-words but copies unknown capitalised tokens,
    as Apertium does (with a '*' mark) - and loses any token that starts with 'Drop'."""

    def __init__(self):
        self.info = EngineInfo("fake", "scramble", "1", "es", "en")
        self.calls = []

    def translate_sentences(self, sentences, progress=None):
        self.calls.append(list(sentences))
        out = []
        for s in sentences:
            words = []
            for w in s.split():
                if w.startswith("Zxq"):
                    words.append("*" + w.lower() + "s")  # marked, lowercased, inflected: still found
                elif not w.startswith("Drop"):
                    words.append("x" + w.lower())
            out.append(" ".join(words))
        return out

    def close(self):
        pass


def test_parse_terms_targets_and_errors():
    g = Glossary.parse(TEXT)
    assert dict(g.terms)["Casa Rosada"] == "Casa Rosada"
    assert dict(g.terms)["Ministerio de Economía"] == "Ministry of Economy"
    assert g.terms[0][0] == "Ministerio de Economía"  # longest first
    assert g.signature().startswith("glossary:") and g.signature() == Glossary.parse(TEXT + "\n# x\n").signature()
    assert g.signature() != Glossary.parse(TEXT + "Salón Blanco\n").signature()
    with pytest.raises(TranslateToolError, match="line 1"):
        Glossary.parse("a\tb\tc\n", "g.tsv")


def test_terms_are_protected_restored_and_checked():
    g = Glossary.parse(TEXT)
    engine = ScramblingEngine()
    (t,) = g.translate(engine, ["en CASA ROSADA y el Ministerio  de Economía hoy"])
    assert t.text == "xen Casa Rosada xy xel Ministry of Economy xhoy"
    assert g.check("en Casa Rosada hoy", "in Casa Rosada today") == []
    found = g.check("en Casa Rosada hoy", "in home Pink today")
    assert [(c.check, c.words) for c in found] == [("glossary", ("Casa Rosada",))]


def test_a_lost_placeholder_falls_back_to_the_plain_translation(monkeypatch):
    g = Glossary.parse("Casa Rosada\n")
    engine = ScramblingEngine()
    monkeypatch.setattr("translate_tool.glossary._placeholder", lambda i: "DropMe")
    (t,) = g.translate(engine, ["en Casa Rosada"])
    assert t.text == "xen xcasa xrosada" and engine.calls[-1] == ["en Casa Rosada"]


def test_glossary_is_part_of_the_cache_key(tmp_path):
    engine = ScramblingEngine()
    with KeyValueCache("t", tmp_path) as cache:
        plain, _ = translate_cached(engine, ["en Casa Rosada"], cache)
        glossed, hits = translate_cached(engine, ["en Casa Rosada"], cache, glossary=Glossary.parse("Casa Rosada\n"))
        again, hits2 = translate_cached_detailed(engine, ["en Casa Rosada"], cache, glossary=Glossary.parse("Casa Rosada\n"))
    assert plain == ["xen xcasa xrosada"] and glossed == ["xen Casa Rosada"] and hits == 0
    assert again[0].text == "xen Casa Rosada" and hits2 == 1


@pytest.mark.skipif(not apertium_available("es", "en"), reason="Apertium spa-eng not installed")
def test_apertium_obeys_the_glossary():
    g = Glossary.parse(TEXT)
    src = ["El presidente recibirá este martes en Casa Rosada a José Antonio Kast.", "LA LIBERTAD AVANZA",
           "Según pudo saber Letra P, la reunión será al mediodía."]
    out = g.translate(ApertiumEngine("es", "en"), src)
    assert "in Casa Rosada" in out[0].text and out[1].text == "La Libertad Avanza" and "Letra P" in out[2].text
    assert not any(w.lower().startswith("zxq") for t in out for w in t.unknown)


def test_argos_obeys_the_glossary(toy_argosmodel):
    result = CliRunner().invoke(main, ["models", "install", str(toy_argosmodel)])
    assert result.exit_code == 0, result.output
    from translate_tool.engines import ArgosEngine

    engine = ArgosEngine.from_installed("es", "en")
    g = Glossary.parse("Casa Rosada\tPink House\nLa Libertad Avanza\n")
    out = g.translate(engine, ["El presidente de Chile en Casa Rosada .", "La Libertad Avanza en la región ."])
    assert "Pink House" in out[0].text and out[1].text.startswith("La Libertad Avanza")
    assert out[0].score is not None and out[0].score <= 0


def test_translate_command_takes_a_glossary(tmp_path, monkeypatch, toy_argosmodel):
    CliRunner().invoke(main, ["models", "install", str(toy_argosmodel)])
    glossary = tmp_path / "g.tsv"
    glossary.write_text("Casa Rosada\tPink House\n", encoding="utf-8")
    src = tmp_path / "a.txt"
    src.write_text("El presidente de Chile en Casa Rosada.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["translate", str(src), "--engine", "argos", "--glossary", str(glossary)])
    assert result.exit_code == 0, result.output
    assert "Pink House" in result.output
    result = CliRunner().invoke(main, ["translate", str(src), "--glossary", str(tmp_path / "missing.tsv")])
    assert result.exit_code == 1 and "missing.tsv" in result.output


def test_sentences_without_a_term_share_the_plain_cache(tmp_path):
    engine = ScramblingEngine()
    with KeyValueCache("t", tmp_path) as cache:
        translate_cached(engine, ["hola mundo", "en Casa Rosada"], cache)
        out, hits = translate_cached(engine, ["hola mundo", "en Casa Rosada"], cache, glossary=Glossary.parse("Casa Rosada\n"))
    assert out == ["xhola xmundo", "xen Casa Rosada"] and hits == 1 and engine.calls[-1] == ["en Zxqb"]
