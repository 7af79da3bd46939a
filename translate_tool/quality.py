"""Quality checks on machine-translated pairs: concrete findings a reviewer can act on.

Each check returns `Check(check, words, note)` findings that name the words concerned. They are
cheap (regular expressions over one pair; no model), so scoring stays a small share of a run.
Precision of each check on a hand-labelled sample: tests/data/review_sample.tsv,
docs/review-signals.md (benchmarks/review_signals.py measures it).

  name          a proper name or title of the source (capitalised words, @handle, #hashtag, URL)
                is missing from the translation: translated literally or mangled
  number        a number of one side is missing on the other, or kept in Spanish format
                ("3.500", "25,5") where English reads it differently
  untranslated  Spanish words the engine left as they were (Apertium's unknown words; for other
                engines source words copied through that are clearly Spanish)
  punctuation   quotes, brackets or the question/exclamation at the end do not correspond
  length        the translation is far shorter or longer than translations usually are
  glossary      a glossary term of the source did not reach the translation as given
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from typing import Iterable, Sequence

from .data import Check  # noqa: F401  (the finding record; re-exported)


CHECKS = ("name", "number", "untranslated", "punctuation", "length", "glossary")

_TOKEN = re.compile(r"[@#]?[^\W_][\w'’.-]*[\w]|[@#]?[^\W_]", re.UNICODE)
_URL = re.compile(r"\b(?:https?://|www\.)\S+[\w/]", re.IGNORECASE)
_TAG = re.compile(r"(?<![\w@#])[@#][A-Za-z0-9_]{2,}")


def fold(text: str) -> str:
    """Lowercase without accents (Perú ~ Peru)."""
    return _COMBINING.sub("", unicodedata.normalize("NFD", text.lower()))


_COMBINING = re.compile(r"[\u0300-\u036f]")


# ---------------------------------------------------------------- names
# Words that may sit inside a name between capitalised words ("Banco de España").
_CONNECT = {"de", "del", "la", "las", "los", "el"}
# Capitalised words that news Spanish uses for institutions, places and titles and that have
# a regular English translation: a name is flagged only if some *other* word of it is missing.
_GENERIC = set("""
ministerio ministro ministra gobierno presidente presidenta presidencia congreso senado camara
tribunal tribunales corte suprema supremo juzgado banco central universidad instituto consejo
comision comite departamento secretaria secretario partido policia nacional nacionales federal
general estado estados unidos unida unido reino republica democratico democratica popular
socialista socialistas fuerzas fuerza armadas ejercito guardia civil asamblea parlamento europeo
europea europeos union organizacion mundial internacional agencia oficina fondo monetario
sindicato asociacion federacion confederacion fundacion liga copa campeonato premio premios
festival museo hospital iglesia catolica sur norte este oeste oriental occidental ciudad
provincia region municipal ayuntamiento junta sala audiencia fiscalia defensa interior exterior
exteriores economia hacienda justicia educacion salud sanidad trabajo seguridad social desarrollo
medio ambiente ciencia cultura deportes agricultura energia transporte relaciones asuntos dia
ano siglo guerra san santa santo rio mar oceano golfo isla islas lago monte sierra calle avenida
plaza paseo puerto aeropuerto estacion nuevo nueva gran primer primera segundo segunda tercera
nuevas mundo juegos olimpicos olimpico estadio policial militar armada marina naval aerea
servicio servicios nacion naciones comunidad autonoma autonomas generalidad oficial direccion
registro ley leyes constitucion codigo plan programa proyecto reforma tratado acuerdo cumbre
conferencia foro consejero consejera alcalde alcaldesa gobernador gobernadora rey reina principe
princesa papa senor senora don dona doctor profesor jefe primero vice vicepresidente
vicepresidenta fiscal juez jueza oriente medio proximo lejano america latina latinoamerica
superior alto alta derechos humanos humano inmigracion equipo declaracion pacto grupo accion
gracias sr sra dr dra magno mayor menor acuerdo estrategia sistema red centro escuela colegio
estatal comercio vieja viejo ruso rusa rusos frances francesa aleman alemana britanico britanica
padre madre fray sor hermano hermana tio tia juego juegos asiatico asiatica asiaticos asiaticas
africano africana africanos ingles inglesa escoces escocesa arabe arabes japones japonesa coreano
coreana sirio siria turco turca griego griega holandes holandesa alemanes alemanas chinos chinas
chino china italiano italiana espanol espanola americano americana mexicano mexicana europeos
""".split())
# Spanish names whose English form shares no word with them (checked for in the target).
_EXONYMS = {
    "estados unidos": "united states", "reino unido": "united kingdom", "naciones unidas": "united nations",
    "union europea": "european union", "casa blanca": "white house", "nueva york": "new york",
    "nueva zelanda": "new zealand", "corea del norte": "north korea", "corea del sur": "south korea",
    "paises bajos": "netherlands", "arabia saudi": "saudi arabia", "arabia saudita": "saudi arabia",
    "gran bretana": "britain", "irlanda del norte": "northern ireland", "costa de marfil": "ivory coast",
    "santa sede": "holy see", "semana santa": "easter", "ano nuevo": "new year", "guerra fria": "cold war",
    "tierra santa": "holy land", "oriente medio": "middle east", "oriente proximo": "middle east",
    "emiratos arabes unidos": "united arab emirates", "america latina": "latin america",
    "reina isabel": "queen elizabeth", "papa francisco": "pope francis", "juegos olimpicos": "olympic",
    "copa del mundo": "world cup", "mar negro": "black sea", "mar rojo": "red sea",
    "republica checa": "czech republic", "alejandro magno": "alexander the great", "cruz roja": "red cross",
}


# Single words of names whose English form is not a cognate (checked for in the target).
_WORD_EXONYMS = {
    "inglaterra": "england", "escocia": "scotland", "gales": "wales", "alemania": "germany",
    "londres": "london", "grecia": "greece", "holanda": "holland", "suiza": "switzerland",
    "suecia": "sweden", "noruega": "norway", "dinamarca": "denmark", "marruecos": "morocco",
    "turquia": "turkey", "ucrania": "ukraine", "hungria": "hungary", "polonia": "poland",
    "egipto": "egypt", "belgica": "belgium", "rumania": "romania", "croacia": "croatia",
    "pekin": "beijing", "moscu": "moscow", "varsovia": "warsaw", "praga": "prague", "viena": "vienna",
    "florencia": "florence", "venecia": "venice", "ginebra": "geneva", "edimburgo": "edinburgh",
}


def _is_acronym(tok: str) -> bool:
    """ONU, UE, EEUU, ADN: acronyms are translated to the English ones (UN, EU, US, DNA)."""
    return tok.isupper() and tok.isalpha() and len(tok) <= 5


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() and any(c.isalpha() for c in tok)


_SPELLING = (("ph", "f"), ("th", "t"), ("ch", "c"), ("qu", "c"), ("k", "c"), ("y", "i"), ("z", "s"), ("j", "i"))


def _spelling(word: str) -> str:
    """A rough common spelling of Spanish and English words (Psicología ~ Psychology)."""
    for a, b in _SPELLING:
        word = word.replace(a, b)
    return word


def _kept(word: str, target_words: set[str], spelled: list[str]) -> bool:
    """The name word is in the target as it is, or as a cognate (Política ~ Political, Rusia ~ Russia).
    `spelled`: the target words through `_spelling`."""
    w = fold(word)
    if w in target_words:
        return True
    if len(w) < 4:
        return False
    w = _spelling(w)
    for t in spelled:
        if len(w) >= 5 and t.startswith(w[:5]):
            return True
        if abs(len(t) - len(w)) <= 3 and SequenceMatcher(None, w, t).ratio() >= 0.75:
            return True
    return False


_LEADING = {"en", "a", "al", "con", "por", "para", "sin", "sobre", "de", "del", "desde", "hasta", "según", "tras", "y"}
_INITIAL = re.compile(r"(?:^|[.:;!?¿¡\"«“(\[—–-])\s*$")


def source_names(source: str) -> list[str]:
    """Capitalised multi-word names of the source: runs of capitalised words (with de/la/y...
    between them) separated by spaces only. A run's first word is dropped where any word would be
    capitalised (sentence start, after a colon or an opening quote)."""
    toks = list(_TOKEN.finditer(source))
    names: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i].group(0)
        if not _is_cap(t) or t[0] in "@#":
            i += 1
            continue
        j, last = i, i
        while j + 1 < len(toks) and not source[toks[j].end() : toks[j + 1].start()].strip():
            nxt = toks[j + 1].group(0)
            if not (_is_cap(nxt) or nxt in _CONNECT) or nxt[0] in "@#":
                break
            j += 1
            if _is_cap(nxt):
                last = j
        span = [m.group(0) for m in toks[i : last + 1]]
        if _INITIAL.search(source[: toks[i].start()]):
            span = span[1:]
        while span and span[0].lower() in _LEADING:
            span = span[1:]
        caps = [w for w in span if _is_cap(w)]
        # all-caps headlines are not names
        if len(caps) >= 2 and len(span) <= 6 and not (len(span) > 3 and all(w.isupper() for w in caps)):
            names.append(" ".join(span))
        i = last + 1
    return names


def check_names(source: str, target: str) -> list[Check]:
    out: list[Check] = []
    names = source_names(source)
    if names:
        ftarget = fold(target)
        target_words = {m.group(0) for m in _TOKEN.finditer(ftarget)}
        spelled = [_spelling(t) for t in target_words]
    for name in names:
        key = fold(name)
        english = next((en for es, en in _EXONYMS.items() if es in key), None)
        if english and english in ftarget:
            continue
        missing = [
            w for w in name.split()
            if _is_cap(w) and not _kept(w, target_words, spelled)
            and not _ROMAN.fullmatch(w)  # XXI -> 21st
            and not (len(w) > 1 and _is_acronym(w))
            and _WORD_EXONYMS.get(fold(w)) not in target_words
        ]
        if english is None and all(fold(w) in _GENERIC for w in missing):
            continue
        if missing:
            out.append(Check("name", (name,), f"name '{name}' not in the translation (translated literally?)"))
    for tag in _TAG.findall(source) + _URL.findall(source):
        if tag.lower() not in target.lower():
            out.append(Check("name", (tag,), f"'{tag}' changed in the translation"))
    return out


# ---------------------------------------------------------------- numbers
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_SPANISH_FORMAT = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+,\d{1,2})(?![\d\w]|[.,]\d)")
_ROMAN = re.compile(r"\b[IVXLC]{1,7}\b")
_EN_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}


def _digits(num: str) -> str:
    """Digits without separators, leading and trailing zeros: 3.500 ~ 3,500; 1,5 millones ~ 1.5 million."""
    return re.sub(r"[.,]", "", num).lstrip("0").rstrip("0") or "0"


def _roman(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -vals[a] if b != " " and vals[a] < vals[b] else vals[a]
    return total


def check_numbers(source: str, target: str) -> list[Check]:
    out: list[Check] = []
    src = Counter(_digits(n) for n in _NUMBER.findall(source))
    tgt = Counter(_digits(n) for n in _NUMBER.findall(target))
    romans = {_digits(str(_roman(r))) for r in _ROMAN.findall(source)}
    words = Counter(_EN_NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", target.lower()) if w in _EN_NUMBER_WORDS)
    missing = [d for d, k in (src - tgt - words).items() for _ in range(k)]
    extra = [d for d, k in (tgt - src).items() if d not in romans for _ in range(k)]
    if missing:
        shown = [n for n in _NUMBER.findall(source) if _digits(n) in missing]
        out.append(Check("number", tuple(dict.fromkeys(shown)), "number(s) of the source missing from the translation"))
    elif extra:
        shown = [n for n in _NUMBER.findall(target) if _digits(n) in extra]
        out.append(Check("number", tuple(dict.fromkeys(shown)), "number(s) in the translation not in the source"))
    spanish = [m for m in _SPANISH_FORMAT.findall(target)]
    if spanish:
        out.append(Check("number", tuple(dict.fromkeys(spanish)),
                         "Spanish number format in the translation (English: 3,500 and 2.5)"))
    return out


# ---------------------------------------------------------------- untranslated words
_ACCENTED = re.compile(r"[áéíóúñü]")
_SPANISH_SUFFIX = re.compile(
    r"(?:ción|ciones|sión|siones|mente|ado|ada|ados|adas|ido|ida|idos|idas|ando|iendo|arse|erse|irse"
    r"|aron|ieron|aba|aban|ían|dad|dades|oso|osa|osos|osas|dor|dora|dores|doras|ero|era|eros|eras"
    r"|ente|entes|ante|antes|ivo|iva|ivos|ivas|ico|ica|icos|icas|ismo|ista|istas|ar|ir)$"
)
_SPANISH_PLURAL = re.compile(r"[^aeiou](?:os|as)$")


def spanish_looking(word: str, *, known_unknown: bool) -> bool:
    """A lowercase word that is clearly Spanish, not English. Words the engine itself reported as
    unknown (`known_unknown`) may also be plain plurals in -os/-as (cientos, sobornos)."""
    w = word.lower()
    if len(w) < 4 or not word[:1].islower() or not w.isalpha():
        return False
    if w.endswith(("ular", "iar")):  # particular, funicular, familiar: English too
        return False
    if _ACCENTED.search(w) or _SPANISH_SUFFIX.search(w):
        return True
    return known_unknown and bool(_SPANISH_PLURAL.search(w))


def check_untranslated(source: str, target: str, unknown: Sequence[str] = ()) -> list[Check]:
    src_words = set(re.findall(r"\w+", source))
    words = [w for w in unknown if spanish_looking(w, known_unknown=True)]
    if not unknown:  # engines that report nothing: Spanish source words copied through
        words = [w for w in re.findall(r"\w+", target) if w in src_words and spanish_looking(w, known_unknown=False)]
    words = list(dict.fromkeys(words))
    if not words:
        return []
    return [Check("untranslated", tuple(words), "left in Spanish by the engine")]


# ---------------------------------------------------------------- punctuation, length
_QUOTES = re.compile(r"[\"«»“”]")
_PAIRS = (("(", ")"), ("[", "]"))


def check_punctuation(source: str, target: str) -> list[Check]:
    out: list[Check] = []
    sq, tq = len(_QUOTES.findall(source)), len(_QUOTES.findall(target))
    if sq != tq:
        out.append(Check("punctuation", ('"',), f"{sq} quote mark(s) in the source, {tq} in the translation"))
    for a, b in _PAIRS:
        if source.count(a) != target.count(a) or source.count(b) != target.count(b):
            out.append(Check("punctuation", (a + b,), f"brackets {a}{b} differ between the sides"))
    s_end, t_end = source.rstrip()[-1:], target.rstrip()[-1:]
    for mark in "?!":
        if (s_end == mark) != (t_end == mark):
            out.append(Check("punctuation", (mark,), f"the source ends with {s_end!r}, the translation with {t_end!r}"))
    return out


# log(len(translation)/len(source)) of human es->en pairs lies within these bounds for all but
# ~1 % of sentences of 30+ characters (newstest2013); Apertium's own output rarely leaves them.
LENGTH_LOG_RATIO = (-0.75, 0.45)
_MIN_LENGTH_CHARS = 30


def check_length(source: str, target: str) -> list[Check]:
    import math

    s, t = len(source.strip()), len(target.strip())
    if s < _MIN_LENGTH_CHARS or not t:
        return [Check("length", (), "empty translation")] if s and not t else []
    r = math.log(t / s)
    if r < LENGTH_LOG_RATIO[0]:
        return [Check("length", (), f"translation much shorter than the source ({t} vs {s} characters)")]
    if r > LENGTH_LOG_RATIO[1]:
        return [Check("length", (), f"translation much longer than the source ({t} vs {s} characters)")]
    return []


def run_checks(source: str, target: str, unknown: Sequence[str] = (), glossary=None) -> list[Check]:
    """Every check on one pair, in the order of CHECKS."""
    found = (
        check_names(source, target)
        + check_numbers(source, target)
        + check_untranslated(source, target, unknown)
        + check_punctuation(source, target)
        + check_length(source, target)
    )
    if glossary is not None:
        found += glossary.check(source, target)
    return found


def check_names_of(checks: Iterable[Check]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c.check for c in checks))


# ---------------------------------------------------------------- what needs a reviewer
# Pairs whose priority is at least this (the fifth the model ranks worst on newstest2013) or
# that carry a finding of one of REVIEW_CHECKS need a human look. "punctuation" and "length"
# are hints shown with the pair but do not on their own send it to review: they never fired on
# Apertium output, so their precision is unmeasured (docs/review-signals.md), and human
# translators change brackets and quotes freely (they fire on ~6 % of human pairs).
NEEDS_REVIEW_PRIORITY = 0.8
REVIEW_CHECKS = frozenset({"name", "number", "untranslated", "glossary", "repeated-output", "low-similarity"})


def needs_review_signals(priority: float | None, flags: Sequence[str]) -> bool:
    return any(f in REVIEW_CHECKS for f in flags) or (priority is not None and priority >= NEEDS_REVIEW_PRIORITY)


def needs_review(record) -> bool:
    """Should a reviewer look at this `PairRecord`? (a finding of REVIEW_CHECKS, or a high
    review priority). Records written before the review signals (no `priority`) fall back on
    their flags."""
    return needs_review_signals(getattr(record, "priority", None), getattr(record, "flags", ()))
