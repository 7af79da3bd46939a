import re

import pytest

from translate_tool.cache import KeyValueCache
from translate_tool.engines import EngineInfo, select_engine, translate_cached
from translate_tool.engines import apertium as apertium_mod
from translate_tool.engines.apertium import ApertiumEngine, apertium_available
from translate_tool.errors import EngineUnavailable

needs_apertium = pytest.mark.skipif(
    not apertium_available("es", "en"),
    reason="Apertium spa-eng not installed (scripts/setup --apertium installs it with apt)",
)


class CountingEngine:
    def __init__(self, version="1"):
        self.info = EngineInfo("fake", "upper", version, "es", "en")
        self.calls: list[list[str]] = []

    def translate_sentences(self, sentences, progress=None):
        self.calls.append(list(sentences))
        if progress:
            progress(len(sentences))
        return [s.upper() for s in sentences]

    def close(self):
        pass


def test_cache_serves_repeats_and_is_keyed_by_engine_version(tmp_path):
    cache = KeyValueCache("t", tmp_path)
    engine = CountingEngine()
    seen = []
    out, hits = translate_cached(engine, ["a", "b", "a"], cache, seen.append)
    assert out == ["A", "B", "A"] and hits == 0 and engine.calls == [["a", "b"]] and sum(seen) == 3
    out, hits = translate_cached(engine, ["b", "a", "c"], cache)
    assert out == ["B", "A", "C"] and hits == 2 and engine.calls[-1] == ["c"]
    newer = CountingEngine(version="2")
    translate_cached(newer, ["a"], cache)
    assert newer.calls == [["a"]]  # another model version never reuses old translations


def test_auto_without_any_engine_says_how_to_install(monkeypatch):
    monkeypatch.setattr("translate_tool.langpairs.apertium_modes", lambda: [])
    with pytest.raises(EngineUnavailable) as err:
        select_engine("auto", "es", "en")
    msg = str(err.value)
    assert "models install" in msg and "apt-get install apertium" in msg and err.value.exit_code == 3


def test_explicit_argos_without_package_fails_clearly():
    with pytest.raises(EngineUnavailable, match="no Argos package for es->en: install an Argos package"):
        select_engine("argos", "es", "en")


@needs_apertium
def test_auto_falls_back_to_apertium_with_a_warning():
    warnings = []
    engine = select_engine("auto", "es", "en", warnings.append)
    assert engine.info.name == "apertium" and engine.info.model == "apertium-eng-spa"
    assert warnings and "lower quality" in warnings[0] and "models install" in warnings[0]


@needs_apertium
def test_apertium_translates_in_a_few_processes_keeping_order(monkeypatch):
    runs = []
    real_run = apertium_mod.subprocess.run

    def spy(cmd, *a, **kw):
        if cmd == ["apertium", "spa-eng"]:
            runs.append(cmd)
        return real_run(cmd, *a, **kw)

    monkeypatch.setattr(apertium_mod.subprocess, "run", spy)
    engine = ApertiumEngine("es", "en", processes=2)
    sentences = ["El presidente habló.", "Hola\nmundo", "[Nota] sin punto", "¿Dónde está la casa?"] * 10
    out = engine.translate_sentences(sentences)
    assert len(out) == 40 and len(runs) == 2
    assert out[0] == "The president spoke." and out[3].startswith("Where") and out[3].endswith("house?")
    assert out[1] == out[5] and "\n" not in out[1]


def test_cache_is_keyed_by_postprocessing_version(tmp_path, monkeypatch):
    import translate_tool.engines.base as base

    cache = KeyValueCache("t", tmp_path)
    engine = CountingEngine()
    translate_cached(engine, ["a"], cache)
    monkeypatch.setattr(base, "POSTPROCESS_VERSION", base.POSTPROCESS_VERSION + 1)
    translate_cached(engine, ["a"], cache)
    assert engine.calls == [["a"], ["a"]]


@needs_apertium
def test_apertium_reports_unknown_words_without_their_marks():
    engine = ApertiumEngine("es", "en")
    (t,) = engine.translate_detailed(["El yugo opresor de la exministra y una *nota."])
    assert "opresor" in t.unknown and "exministra" in t.unknown
    assert "*opresor" not in t.text and "opresor" in t.text
    assert "*note" in t.text  # the source's own asterisk is kept


def test_strip_unknown_marks_keeps_literal_asterisks():
    from translate_tool.engines.apertium import strip_unknown_marks

    t = strip_unknown_marks("Hola @*pepe y *nota de quines", "Hello @*pepe and *note of *quines")
    assert t.text == "Hello @*pepe and *note of quines" and t.unknown == ("quines",)


def test_strip_unknown_marks_takes_off_dictionary_and_inflection_marks():
    """`@word`: missing from Apertium's bilingual dictionary (left in Spanish, so reported);
    `#word`: a word it could not inflect. Both marks reached the English text before."""
    from translate_tool.engines.apertium import strip_unknown_marks

    t = strip_unknown_marks("Eso depende de la carne, secado o salazón: de 37$ a 1-3$,8.",
                            'This #depend of the #flesh, dried or @salazón: of #$37 to 1-#$3,8 ("#turn").')
    assert t.text == 'This depend of the flesh, dried or salazón: of $37 to 1-$3,8 ("turn").'
    assert t.unknown == ("salazón",)


def test_strip_unknown_marks_keeps_handles_hashtags_and_addresses_of_the_source():
    from translate_tool.engines.apertium import strip_unknown_marks

    source = "Felicito a @kast por #Chile2025; escribe a info@ejemplo.es, usa C#."
    t = strip_unknown_marks(source, "I congratulate @*kast by #*Chile2025; write to info@ejemplo.es, use C#.")
    assert t.text == "I congratulate @kast by #Chile2025; write to info@ejemplo.es, use C#."
    assert t.unknown == ("kast", "Chile2025")


@needs_apertium
def test_apertium_output_has_no_marks_left():
    engine = ApertiumEngine("es", "en")
    sources = ["Eso depende de la capacidad de la persona.", "Costará de 37$ a 188$ al día.",
               "La conservación de la carne para su ahumado, secado o salazón puede provocar cáncer."]
    found = engine.translate_detailed(sources)
    assert all(not re.search(r"(?<!\S)[*@#]\w|[@#]\$", t.text) for t in found), found
    assert "salazón" in found[2].unknown


def test_cache_keeps_the_engine_findings(tmp_path):
    from translate_tool.engines.base import Translation, translate_cached_detailed

    class Detailed(CountingEngine):
        def translate_detailed(self, sentences, progress=None):
            return [Translation(s.upper(), ("x",), -0.25) for s in sentences]

    engine = Detailed()
    with KeyValueCache("t", tmp_path) as cache:
        first, _ = translate_cached_detailed(engine, ["a"], cache)
        again, hits = translate_cached_detailed(engine, ["a"], cache)
    assert first == again == [Translation("A", ("x",), -0.25)] and hits == 1


def test_cache_opens_while_another_process_creates_it(tmp_path):
    """Two runs starting together create the same cache file: the one that finds it locked while
    it switches the journal to WAL waits and retries (SQLite answers that switch with 'database is
    locked' at once, busy timeout or not, while another connection holds a write lock; two
    concurrent `run`s failed that way)."""
    import sqlite3
    import threading
    import time

    from translate_tool.cache import KeyValueCache

    path = tmp_path / "translations.sqlite3"
    other = sqlite3.connect(path, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another process in the middle of creating it (a write lock)
    threading.Thread(target=lambda: (time.sleep(0.3), other.rollback()), daemon=True).start()
    cache = KeyValueCache("translations", tmp_path)
    cache.put_many({"k": b"v"})
    assert cache.get_many(["k"]) == {"k": b"v"}
    cache.close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


class _FakeHopEngine:
    def __init__(self, name, source, target):
        self.info = EngineInfo(name, f"{name}-{source}-{target}", "1", source, target)


def test_the_fallback_warning_calls_rule_based_only_the_apertium_hops(monkeypatch):
    """A pivot through an Argos model is not 'rule-based': the warning says which hop is."""
    import translate_tool.engines as engines
    from translate_tool.langpairs import Hop

    hops = [Hop("argos", "es", "en", "translate-es_en"), Hop("apertium", "en", "ca", "eng-cat"),
            Hop("apertium", "ca", "en", "cat-eng"), Hop("apertium", "en", "es", "eng-spa")]
    monkeypatch.setattr("translate_tool.langpairs.installed_hops", lambda: hops)
    monkeypatch.setattr(engines.ArgosEngine, "from_installed", classmethod(lambda cls, s, t: _FakeHopEngine("argos", s, t)))
    monkeypatch.setattr(engines, "ApertiumEngine", lambda s, t, mode: _FakeHopEngine("apertium", s, t))

    warnings = []
    engine = select_engine("auto", "es", "ca", warnings.append)
    assert [h.name for h in engine.info.hops] == ["argos", "apertium"]
    assert warnings == ["no Argos es->ca model installed; using argos (es->en) + apertium (en->ca) (neural Argos "
                        "for es->en, rule-based Apertium for en->ca: lower quality). For neural translation: "
                        "translate-tool models install FILE.argosmodel"]
    # every hop Apertium: rule-based, as before
    warnings.clear()
    select_engine("auto", "ca", "es", warnings.append)
    assert warnings == ["no Argos ca->es model installed; using apertium (ca->en) + apertium (en->es) (rule-based, "
                        "lower quality). For neural translation: translate-tool models install FILE.argosmodel"]
    warnings.clear()
    select_engine("auto", "en", "ca", warnings.append)
    assert "using Apertium (rule-based, lower quality)" in warnings[0]
    warnings.clear()
    select_engine("auto", "es", "en", warnings.append)  # Argos alone: nothing to warn about
    assert warnings == []
