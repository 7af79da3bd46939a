"""Quality checks: each names the words concerned; cases from real Apertium output."""

from translate_tool.data import Check, PairRecord
from translate_tool.quality import (
    check_length, check_names, check_numbers, check_punctuation, check_untranslated, needs_review,
    run_checks, source_names,
)


def words(checks, name):
    return [w for c in checks if c.check == name for w in c.words]


def test_literally_translated_names_are_found():
    src = "El presidente Javier Milei recibirá este martes en Casa Rosada a José Antonio Kast."
    tgt = "The president Javier Milei will receive this home Pink Tuesday to José Antonio Kast."
    assert words(check_names(src, tgt), "name") == ["Casa Rosada"]
    src = "Según pudo saber Letra P , la reunión entre Milei y Kast será al mediodía."
    assert words(check_names(src, "As it could know Letter P , the meeting among Milei and Kast will be to the midday."), "name") == ["Letra P"]
    src = "los proyectos de La Libertad Avanza como la italiana Giorgia Meloni ."
    assert words(check_names(src, "the projects of The Liberty Advances like the Italian Giorgia Meloni ."), "name") == ["La Libertad Avanza"]


def test_names_kept_or_regularly_translated_are_not_flagged():
    assert check_names("Lo dijo Enrique Peña Nieto en Estados Unidos.", "Enrique Peña Nieto said it in the United States.") == []
    # cognates and institutions translated word by word into their English names
    assert check_names("la Comisión Europea y la Academia de Ciencias de Rusia", "the European Commission and the Academy of Sciences of Russia") == []
    assert check_names("el Instituto de Psicología Médica de Heidelberg", "the Institute of Medical Psychology of Heidelberg") == []
    assert check_names("la política del siglo XXI en el Siglo XXI", "the politics of the 21st century in the 21st Century") == []


def test_name_runs_stop_at_punctuation_and_skip_the_sentence_initial_capital():
    assert source_names("Praga, Brno y Ostrava. Muchos Tories llegaron") == []
    assert source_names("Claves En Jalisco") == []
    assert source_names("Lo vio en la Casa Rosada, con Letra P.") == ["Casa Rosada", "Letra P"]


def test_handles_and_urls_must_survive():
    src = "Felicito a mi amigo @joseantoniokast (ver https://example.org/a)."
    assert words(check_names(src, "I congratulate my friend @joseantoniokast (see https://example.org/a)."), "name") == []
    assert words(check_names(src, "I congratulate my friend @ joseantoniokast (see https://example.org/a)."), "name") == ["@joseantoniokast"]


def test_numbers_missing_changed_or_in_spanish_format():
    assert words(check_numbers("Pagó 3.500 euros en 2011.", "He paid 3,500 euros in 2011."), "number") == []
    assert words(check_numbers("Pagó 3.500 euros en 2011.", "He paid 3.500 euros in 2011."), "number") == ["3.500"]
    assert words(check_numbers("Subió un 25,5 %.", "It went up 25,5 %."), "number") == ["25,5"]
    assert words(check_numbers("Subió un 25 % en 2011.", "It went up 25 % in 2012."), "number") == ["2011"]
    assert check_numbers("En el siglo XXI hay 1,5 millones.", "In the 21st century there are 1.5 million.") == []
    assert check_numbers("Llegaron 3 personas.", "Three people arrived.") == []


def test_untranslated_words_from_the_engine_or_copied_through():
    src = "El yugo opresor de la exministra y los sobornos del particular."
    unknown = ("opresor", "exministra", "sobornos", "particular", "Milei")
    tgt = "The yoke opresor of the exministra and the sobornos of the particular."
    assert words(check_untranslated(src, tgt, unknown), "untranslated") == ["sobornos"]
    # no report from the engine: clearly Spanish words copied through
    assert words(check_untranslated("Lo hizo rápidamente con sus sobornos.", "He did it rápidamente with his sobornos."), "untranslated") == ["rápidamente"]
    assert check_untranslated("una idea de área", "an idea of area") == []


def test_punctuation_and_length():
    assert words(check_punctuation('Dijo: "vamos".', "He said: let's go."), "punctuation") == ['"']
    assert words(check_punctuation("¿Vienes?", "You come."), "punctuation") == ["?"]
    assert check_punctuation("¿Vienes (hoy)?", "Are you coming (today)?") == []
    long_src = "Una frase bastante larga que dice muchas cosas sobre la política de la región."
    assert [c.check for c in check_length(long_src, "A phrase.")] == ["length"]
    assert check_length(long_src, "A rather long sentence that says many things about the politics of the region.") == []


def test_run_checks_and_needs_review_on_records():
    checks = run_checks("en Casa Rosada", "in home Pink")
    assert [c.check for c in checks] == ["name"]
    base = dict(doc="d", pair=0, src=("a",), tgt=("b",), src_ids=(0,), tgt_ids=(0,), paragraph=0, score=0.9)
    assert needs_review(PairRecord(**base, flags=("name",), adequacy=0.9, priority=0.1, checks=tuple(checks)))
    assert needs_review(PairRecord(**base, adequacy=0.9, priority=0.85))
    assert not needs_review(PairRecord(**base, adequacy=0.9, priority=0.2))
    assert not needs_review(PairRecord(**base, flags=("punctuation",), adequacy=0.9, priority=0.2))  # a hint only
    assert not needs_review(PairRecord(**base))  # an old record without signals and no flags


def test_records_round_trip_and_old_records_load():
    c = Check("name", ("Casa Rosada",), "name missing")
    r = PairRecord("d", 0, ("a",), ("b",), (0,), (0,), 0, 0.5, ("name",), "sig", adequacy=0.5, priority=0.7, checks=(c,))
    d = r.to_json_dict()
    assert d["checks"] == [{"check": "name", "words": ["Casa Rosada"], "note": "name missing"}]
    assert PairRecord.from_json_dict(d) == r
    old = {k: v for k, v in d.items() if k not in ("adequacy", "priority", "checks")}
    loaded = PairRecord.from_json_dict(old)
    assert loaded.adequacy is None and loaded.priority is None and loaded.checks == ()
    assert "adequacy" not in loaded.to_json_dict()


def test_review_translation_pairs_gives_adequacy_priority_and_checks(tmp_path):
    from translate_tool.cache import KeyValueCache
    from translate_tool.embeddings import SentenceEncoder
    from translate_tool.glossary import Glossary
    from translate_tool.pairscore import review_translation_pairs

    encoder = SentenceEncoder(cache=KeyValueCache("embeddings", tmp_path))
    src = [
        "El presidente recibió a los ministros en la Casa Rosada el martes.",
        "El presidente recibió a los ministros en la Casa Rosada el martes.",
        "El gobierno aprobó ayer una nueva ley sobre la educación pública.",
        "LA LIBERTAD AVANZA",
    ]
    tgt = [
        "The president received the ministers at the Casa Rosada on Tuesday.",
        "The president received the ministers in the home Pink the Tuesday.",
        "El gobierno aprobó ayer una nueva ley sobre la educación pública.",
        "La Libertad Avanza",
    ]
    good, literal, copy, glossed = review_translation_pairs(
        src, tgt, encoder=encoder, glossary=Glossary.parse("La Libertad Avanza\n"))
    assert good.checks == () and 0.5 < good.adequacy <= 1 and 0 <= good.priority < 0.8
    assert literal.flags == ("name",) and literal.checks[0].words == ("Casa Rosada",)
    assert "untranslated" in copy.flags and copy.priority >= 0.99
    assert "untranslated" not in glossed.flags  # a name kept as the glossary says is no copy
    assert all(0 <= r.adequacy <= 1 and 0 <= r.priority <= 1 for r in (good, literal, copy, glossed))
