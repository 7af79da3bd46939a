"""Language identification for news text: documents, sentences and quoted passages.

Backend: py3langid (naive Bayes over byte n-grams, model shipped in the wheel, ~5 MB,
no network, loads in well under a second). It is restricted to the candidate languages,
so a probability is always a distribution over ``candidates``. See docs/language-id.md
for the measurements behind this choice (``python benchmarks/langid.py``).

Public API:

* :func:`identify_text` -- one snippet (a sentence, a line, a quote).
* :func:`identify_document` -- a document's language from its paragraphs; headlines,
  captions, bylines, all-caps lines and boilerplate are discounted so they cannot swing it.
* :func:`foreign_passages` -- sentences (or quoted passages inside them) whose language
  differs from the document's, e.g. a Spanish slogan quoted in an English article.
* :func:`foreign_spans` -- the same, with the offending text, for glossing.
"""

from __future__ import annotations

from .errors import TranslateToolError

import copy
import re
import threading
from collections.abc import Sequence

from translate_tool.data import LanguageGuess

__all__ = [
    "DEFAULT_CANDIDATES",
    "DEFAULT_THRESHOLD",
    "identify_text",
    "identify_document",
    "foreign_passages",
    "foreign_spans",
    "release",
]

DEFAULT_CANDIDATES: tuple[str, ...] = ("es", "en", "pt", "ca", "gl", "it", "fr")


def candidates_with(*langs: str, base: tuple[str, ...] = DEFAULT_CANDIDATES) -> tuple[str, ...]:
    """The candidate languages plus the ones a command works with (a `-s de` run must be able to
    recognise German), in order, without repeats."""
    return tuple(dict.fromkeys((*base, *langs)))
#: A document whose (weighted) confidence is below this is reported ``uncertain``.
DEFAULT_THRESHOLD: float = 0.70
#: A sentence or quote is reported foreign only when its top language has at least this
#: probability and is ``PASSAGE_RATIO`` times more probable than the document's language.
PASSAGE_THRESHOLD: float = 0.50
PASSAGE_RATIO: float = 5.0
#: Between two close languages (es, pt, ca, gl, it) a passage must be this sure.
CLOSE_PASSAGE_THRESHOLD: float = 0.95
_CLOSE_GROUP = frozenset({"es", "pt", "ca", "gl", "it"})
UNDETERMINED = "und"
MAX_DOCUMENT_UNITS = 2000  # lines identified per document at most (evenly sampled beyond)
MAX_UNIT_CHARS = 5000  # characters of one line given to the detector (its weight uses all)


def _detector_name() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"py3langid-{version('py3langid')}"
    except PackageNotFoundError:
        return "py3langid"


# Recorded in every run's manifest: which detector made the language decisions.
DETECTOR_NAME = _detector_name()

# --------------------------------------------------------------------------- backend

_lock = threading.Lock()
_base_model = None  # py3langid LanguageIdentifier over all its languages
_restricted: dict[tuple[str, ...], object] = {}


def check_language(code: str) -> str:
    """A language code as the detector knows it ("ES" -> "es"); TranslateToolError for one it
    does not know (a typo on the command line is a one-line error, not a traceback)."""
    global _base_model
    norm = code.strip().lower()
    with _lock:
        if _base_model is None:
            _base_model = _load_base_model()
        labels = set(_base_model.labels)
    if norm not in labels:
        raise TranslateToolError(f"{code!r} is not a language the detector knows "
                                 f"(ISO 639-1 codes such as es, en, de, fr; {len(labels)} are known)")
    return norm


def _model(candidates: tuple[str, ...]):
    """The py3langid identifier restricted to ``candidates`` (loaded once, cached)."""
    global _base_model
    ident = _restricted.get(candidates)
    if ident is not None:
        return ident
    with _lock:
        if _base_model is None:
            _base_model = _load_base_model()
        unknown = set(candidates) - set(_base_model.labels)
        if unknown:
            raise ValueError(f"language(s) not supported by the detector: {sorted(unknown)}")
        ident = copy.copy(_base_model)
        ident.set_languages(list(candidates))
        _restricted[candidates] = ident
    return ident


def release() -> None:
    """Drop the loaded model (~70 MB; loaded again from the cache folder in ~0.1 s when next
    needed): a run releases it once its last document is identified, so that it is not held
    while a huge document is translated."""
    global _base_model
    with _lock:
        _base_model = None
        _restricted.clear()


def _load_base_model():
    """py3langid's identifier over all its languages. Its model ships LZMA-compressed (68 MB
    unpacked): unpacking took 1.5-4.5 s in every process that identifies a language (each run,
    each Ray actor), so the unpacked arrays are kept in the user's cache folder and read from
    there (~0.1 s) -- as py3langid's own loader builds them, which it does where this fails."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    try:
        return _from_unpacked(MODEL_DIR / MODEL_FILE, LanguageIdentifier)
    except Exception:  # another py3langid layout, an unwritable cache: the library's own way
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _from_unpacked(packed, LanguageIdentifier):
    import lzma

    import numpy as np
    from py3langid.modelio import _to_array

    from .cache import cache_dir
    from .fileio import atomic_write_bytes

    stat = packed.stat()
    unpacked = cache_dir() / "langid" / f"{DETECTOR_NAME}-{stat.st_size}-{stat.st_mtime_ns}.npz"
    if not unpacked.exists():
        with lzma.open(packed) as fh:
            atomic_write_bytes(unpacked, fh.read())
    with np.load(unpacked, allow_pickle=False) as data:
        return LanguageIdentifier(
            np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(), _to_array(data["nextmove"]),
            data["out_feat"].tolist(), norm_probs=True, tk_row=_to_array(data["nextmove_row"]),
        )


# --------------------------------------------------------------------------- text helpers

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_HANDLE = re.compile(r"[@#]\w+")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _clean(text: str) -> str:
    """Drop URLs, e-mail addresses, @handles and #tags; lower-case shouted text."""
    text = _HANDLE.sub(" ", _URL.sub(" ", text))
    letters = _LETTER.findall(text)
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        text = text.lower()
    return " ".join(text.split())


def _n_letters(text: str) -> int:
    return len(_LETTER.findall(text))


def _guess_from_scores(scores: dict[str, float], threshold: float = 0.0) -> LanguageGuess:
    if not scores:
        return LanguageGuess(UNDETERMINED, 0.0, True, {})
    lang, conf = max(scores.items(), key=lambda kv: kv[1])
    return LanguageGuess(lang, conf, conf < threshold, scores)


def identify_text(text: str, candidates: Sequence[str] = DEFAULT_CANDIDATES) -> LanguageGuess:
    """Identify the language of one snippet among ``candidates``.

    Returns ``LanguageGuess(lang, confidence, uncertain, scores)`` where ``scores`` maps each
    candidate to its probability (summing to 1). Text without letters gives ``"und"``.
    ``uncertain`` is set when the winner is below :data:`PASSAGE_THRESHOLD`.
    """
    cands = tuple(candidates)
    cleaned = _clean(text)
    if _n_letters(cleaned) == 0:
        return LanguageGuess(UNDETERMINED, 0.0, True, {})
    ranked = _model(cands).rank(cleaned)
    scores = {lang: float(p) for lang, p in ranked}
    return _guess_from_scores(scores, PASSAGE_THRESHOLD)


# --------------------------------------------------------------------------- documents

_BOILERPLATE = re.compile(
    r"all rights? reserved|derechos reservados|©|\(c\)\s*\d{4}|copyright|click here|"
    r"haga clic|hacé clic|haz clic|subscribe|suscr[ií]b|sign up|newsletter|follow us|"
    r"s[ií]guenos|read more|leer m[aá]s|^\s*(?:by|por)\s+[A-Z]|getty images|reuters/|/afp|"
    r"\bap photo\b|have an opinion about this article|share this|compartir",
    re.IGNORECASE,
)
_END_PUNCT = re.compile(r"[.!?…:;»”\"')\]]\s*$")


def _line_weight(line: str) -> float:
    """Weight of one line in the document vote: letters, discounted for non-body lines."""
    letters = _LETTER.findall(line)
    n = len(letters)
    if n == 0:
        return 0.0
    if _BOILERPLATE.search(line):
        return 0.0
    if sum(c.isupper() for c in letters) > 0.6 * n:  # ALL-CAPS headline / kicker
        return 0.05 * n
    if not _END_PUNCT.search(line) and len(_WORD.findall(line)) < 15:  # headline, caption
        return 0.1 * n
    return float(n)


_WRAP_WIDTH = 60  # a line at least this long without final punctuation is taken as hard-wrapped


def _units(paragraph: str) -> list[str]:
    """Lines of a paragraph, with hard-wrapped lines joined back into one unit."""
    units: list[str] = []
    for line in paragraph.splitlines():
        line = line.strip()
        if not line:
            continue
        if units and not _END_PUNCT.search(units[-1]) and (len(units[-1]) >= _WRAP_WIDTH or line[0].islower()):
            units[-1] += " " + line
        else:
            units.append(line)
    return units


def identify_document(
    paragraphs: Sequence[str],
    candidates: Sequence[str] = DEFAULT_CANDIDATES,
    threshold: float = DEFAULT_THRESHOLD,
) -> LanguageGuess:
    """Decide a document's language from its paragraphs.

    Each line (hard-wrapped lines joined) is identified on its own and votes with its
    probability vector, weighted by
    its number of letters. Boilerplate (copyright, "click here", photo credits) gets no
    weight; all-caps lines and unpunctuated short lines (headlines, captions, bylines) get
    a small one, so they can decide only a document made of nothing else. ``confidence``
    is the weighted mean probability of the winner, i.e. roughly the share of body text in
    that language; below ``threshold`` the guess is ``uncertain``.
    """
    cands = tuple(candidates)
    totals = dict.fromkeys(cands, 0.0)
    fallback = dict.fromkeys(cands, 0.0)
    weight_sum = fallback_sum = 0.0
    units = [line for para in paragraphs for line in _units(para)]
    if len(units) > MAX_DOCUMENT_UNITS:  # a huge file: an even sample decides as well, in bounded time
        step = len(units) / MAX_DOCUMENT_UNITS
        units = [units[int(i * step)] for i in range(MAX_DOCUMENT_UNITS)]
    for line in units:
        n = _n_letters(line)
        if n == 0:
            continue
        guess = identify_text(line[:MAX_UNIT_CHARS], cands)
        if not guess.scores:
            continue
        w = _line_weight(line)
        for lang, p in guess.scores.items():
            totals[lang] += w * p
            fallback[lang] += n * p
        weight_sum += w
        fallback_sum += n
    if weight_sum <= 0.0:  # only headlines / boilerplate: use them after all
        totals, weight_sum = fallback, fallback_sum
    if weight_sum <= 0.0:
        return LanguageGuess(UNDETERMINED, 0.0, True, {})
    scores = {lang: v / weight_sum for lang, v in totals.items()}
    return _guess_from_scores(scores, threshold)


# --------------------------------------------------------------------------- passages

_INVERTED_LANGS = {"es", "gl"}
_QUOTE_PAIRS = {"“": "”", "«": "»", '"': '"', "‘": "’", "„": "“"}
_QUOTED = [re.compile(f"{re.escape(o)}([^{re.escape(c)}]+){re.escape(c)}") for o, c in _QUOTE_PAIRS.items()]
_NAMEISH = re.compile(r"(?<!^)(?<![.!?¡¿:\"“«‘(]\s)\b[A-ZÁÉÍÓÚÑÜ][\w’'-]*")


def _is_foreign(
    text: str, doc_lang: str, cands: tuple[str, ...], min_words: int, quoted: bool = False
) -> LanguageGuess | None:
    """The guess for ``text`` if it is confidently in a language other than ``doc_lang``."""
    words = _WORD.findall(text)
    if len(words) < min_words:
        # Too short to trust the detector, except a quote written with ¡ or ¿ ("¡Libertad!").
        if not (quoted and ("¡" in text or "¿" in text) and _INVERTED_LANGS & set(cands)):
            return None
        if doc_lang in _INVERTED_LANGS:
            return None
        guess = identify_text(text, cands)
        # ¡ and ¿ are written only in Spanish (and Galician) among the candidates.
        sub = {k: v for k, v in guess.scores.items() if k in _INVERTED_LANGS}
        total = sum(sub.values()) or 1.0
        lang = max(sub, key=sub.__getitem__)
        return LanguageGuess(lang, sub[lang] / total, False, {k: v / total for k, v in sub.items()})
    guess = identify_text(text, cands)
    p_doc = guess.scores.get(doc_lang, 0.0)
    if guess.lang in (doc_lang, UNDETERMINED) or guess.confidence < PASSAGE_THRESHOLD:
        return None
    if guess.confidence < PASSAGE_RATIO * p_doc:
        return None
    if {guess.lang, doc_lang} <= _CLOSE_GROUP and guess.confidence < CLOSE_PASSAGE_THRESHOLD:
        return None  # e.g. Peninsular Spanish "os vais" looks Galician
    return guess


def foreign_spans(
    sentences: Sequence[str], doc_lang: str, candidates: Sequence[str] = DEFAULT_CANDIDATES
) -> list[tuple[int, str, LanguageGuess]]:
    """Like :func:`foreign_passages` but also returns the foreign text itself.

    A sentence is foreign when, with its quoted passages removed and its capitalised
    non-initial words (names such as "Casa Rosada", "Juntos por el Cambio") masked out, at
    least four words remain and they are identified as another language; the span is then
    the whole sentence. Otherwise each quoted passage (“...”, «...», "...", ‘...’, nested
    ones included, each judged without the quotes nested in it) of at least three words --
    or a shorter one written with ¡ or ¿ -- is checked on its own, so a Spanish slogan quoted
    inside an English sentence is found. Single quoted words and unquoted names are never
    flagged.
    """
    cands = tuple(candidates)
    found: list[tuple[int, str, LanguageGuess]] = []
    for i, sentence in enumerate(sentences):
        unquoted = _without_quotes(sentence)
        whole = _is_foreign(_NAMEISH.sub(" ", unquoted), doc_lang, cands, min_words=4)
        if whole is not None and _is_foreign(unquoted, doc_lang, cands, min_words=4) is not None:
            found.append((i, sentence, whole))
            continue
        spans = sorted((m.start(1), m.group(1)) for pat in _QUOTED for m in pat.finditer(sentence))
        for _start, span in spans:
            guess = _is_foreign(_without_quotes(span), doc_lang, cands, min_words=3, quoted=True)
            if guess is not None:
                found.append((i, span.strip(), guess))
    return found


def _without_quotes(text: str) -> str:
    """``text`` with its quoted passages removed (they are judged on their own)."""
    for pat in _QUOTED:
        text = pat.sub(" … ", text)
    return text


def foreign_passages(
    sentences: Sequence[str], doc_lang: str, candidates: Sequence[str] = DEFAULT_CANDIDATES
) -> list[tuple[int, LanguageGuess]]:
    """Indices of sentences whose language (or that of a quoted passage in them) differs
    from ``doc_lang``, each with the guess for the foreign text. One entry per sentence."""
    seen: dict[int, LanguageGuess] = {}
    for i, _span, guess in foreign_spans(sentences, doc_lang, candidates):
        seen.setdefault(i, guess)
    return sorted(seen.items())
