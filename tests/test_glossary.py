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


SEED = "003_47791e38b17413ba"


def test_a_reviewed_pair_is_checked_against_a_new_glossary_and_keeps_its_provenance(installed_toy, tmp_path):
    """A pair approved before the run used a glossary keeps its decision and text on a rerun with
    --glossary, and the checks run on that text: it is flagged `glossary` (needs-review, `show`, the
    run's summary), while its signature stays that of the run whose text was approved; the glossary
    the checks used is recorded beside it (`checked`)."""
    import json
    import shutil
    from pathlib import Path

    from translate_tool.formats import parse_jsonl
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(Path(__file__).parents[1] / "seeds" / f"{SEED}.txt", src)
    assert CliRunner().invoke(main, ["run", str(src), "-o", str(out)]).exit_code == 0
    old = parse_jsonl((out / f"{SEED}.pairs.jsonl").read_text(encoding="utf-8"))
    k = next(r.pair for r in old if any("Casa Rosada" in s for s in r.src))
    assert "glossary" not in old[k].flags and "Pink House" not in old[k].tgt[0]
    with ReviewStore.open(out) as store:
        store.approve(store.ids(SEED)[k])
        write_reviewed_document(store, SEED, out)
    glossary = tmp_path / "g.tsv"
    glossary.write_text("Casa Rosada\tPink House\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--glossary", str(glossary)])
    assert res.exit_code == 0, res.output
    assert f"{SEED}.txt: 1 reviewed pair(s) flagged by the checks on their current text" in res.output
    new = parse_jsonl((out / f"{SEED}.pairs.jsonl").read_text(encoding="utf-8"))
    g = Glossary.load(glossary).signature()
    pair = new[k]
    assert pair.status == "approved" and pair.tgt == old[k].tgt  # the decision and its text stand
    assert "glossary" in pair.flags and any(c.check == "glossary" and "Casa Rosada" in c.words for c in pair.checks)
    assert pair.signature == old[k].signature and g not in pair.signature  # made by the run without it
    assert json.loads((out / f"{SEED}.pairs.jsonl").read_text(encoding="utf-8").splitlines()[k])["checked"] == g
    others = [r for r in new if r.pair != k]
    assert all(g in r.signature for r in others) and not any(r.checked for r in others)
    with ReviewStore.open(out, readonly=True) as store:
        assert store.ids(SEED)[k] in store.ids(SEED, only="needs-review")
    shown = CliRunner().invoke(main, ["show", str(out), "--json"])
    row = [json.loads(line) for line in shown.stdout.splitlines()][k]
    assert row["status"] == "approved" and "glossary" in row["flags"]
    # the TMX says which run made that pair's text
    tmx = (out / f"{SEED}.tmx").read_text(encoding="utf-8")
    assert f'<prop type="x-signature">{old[k].signature}</prop>' in tmx.split("<body>")[1]
    # a rerun with the same glossary says nothing new, and writes the same bytes
    files = {f.name: f.read_bytes() for f in out.iterdir() if f.name != "review.sqlite3"}
    again = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--glossary", str(glossary)])
    assert again.exit_code == 0 and "flagged by the checks" not in again.output
    assert {f.name: f.read_bytes() for f in out.iterdir() if f.name != "review.sqlite3"} == files
    # a reviewer's later edit is checked with the glossary of the run too
    with ReviewStore.open(out) as store:
        pid = store.ids(SEED)[k]
        pid = store.edit(pid, "tgt", "The president receives José Antonio Kast in the Pink House on Tuesday.")
        assert "glossary" not in store.get(pid).flags
        pid = store.edit(pid, "tgt", "The president receives José Antonio Kast in the pink palace on Tuesday.")
        assert "glossary" in store.get(pid).flags and store.get(pid).status == "approved"
