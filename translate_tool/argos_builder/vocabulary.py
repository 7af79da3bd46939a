"""The toy model's dictionary, model sizes and the corpus its SentencePiece model is trained on."""

from __future__ import annotations

import re
import unicodedata
from typing import Mapping

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


def _check_word(word: str) -> None:
    if not word or any(ch.isspace() for ch in word) or "_" in word or WORD_MARK in word:
        raise ValueError(f"dictionary entries must be single words without '_': {word!r}")
    if unicodedata.normalize("NFKC", word) != word:
        raise ValueError(f"dictionary entries must be NFKC-normalised: {word!r}")


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
