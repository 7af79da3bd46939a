"""Sentence segmentation for Spanish and English news text.

Rule-based on purpose (see docs/segmentation.md for the measurements behind the
choice). Two guarantees hold for every input:

* characters are never dropped or changed: every sentence is a stripped slice
  of the paragraph, so ``"".join(sentences)`` equals the paragraph with its
  whitespace removed;
* a single line break inside a paragraph ends a sentence (headline, caption or
  dateline lines), unless the next line starts with a lower-case letter
  (a hard-wrapped sentence continuing).

Public API: :func:`segment_sentences` and :func:`split_for_engine`.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["segment_sentences", "split_for_engine"]

# --- abbreviation lists (lower case, without the final period) ---------------
# PREFIX: titles and the like; always followed by a name, never end a sentence.
_PREFIX_COMMON = {
    "dr", "dra", "dres", "prof", "profa", "lic", "licda", "ing", "arq", "gral",
    "cnel", "tte", "mons", "pbro", "fr", "sgto", "excmo", "excma", "ilmo", "ilma",
    "dña", "dn", "av", "avda", "ud", "uds", "vd", "vds", "almte", "gob", "dip",
    "pdte", "pte", "mr", "mrs", "ms", "messrs", "mmes", "rev", "hon", "gen", "lt",
    "col", "capt", "cmdr", "sgt", "maj", "adm", "gov", "sen", "rep", "supt", "mt",
    "ft", "vs", "cf", "cfr", "approx", "aprox", "viz", "p. ej", "ej", "vid", "sto",
    "sta", "srs", "ee",  # "EE." of "EE. UU."
}
_PREFIX = {
    "es": _PREFIX_COMMON | {"sr", "sra", "srta", "sres", "sras"},
    "en": _PREFIX_COMMON | {"sra", "srta"},
}
# NUMERIC: no boundary when a number follows ("art. 3", "No. 5", "pág. 12").
_NUMERIC = {"art", "no", "nº", "n°", "núm", "num", "nro", "pág", "pag", "p", "pp",
            "vol", "cap", "fig", "tel", "op", "ed", "inc", "párr", "secc", "sec", "ch"}
# WEAK: may end a sentence, but usually modify the next word ("U.S. Department",
# "Apple Inc. CEO", "Oct. 22"); a boundary only before a typical sentence opener.
_WEAK_COMMON = {
    "inc", "ltd", "co", "corp", "llc", "plc", "jr", "st", "dept", "univ", "bros",
    "cía", "hnos", "s.a", "s.l", "e.g", "i.e",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "ene", "abr", "ago", "dic", "est", "aprox", "ee.uu", "ee. uu", "ss", "sr",
}
# STRONG: end a sentence whenever a capitalised word follows: eras and the
# like, which close a clause ("753 a. C.", "44 B.C.", "Washington, D.C.").
_STRONG = {"a. c", "d. c", "a.c", "d.c", "b.c", "etc"}
# Clock times end a sentence before a capital unless a zone or day follows
# ("at 9 a.m. ET", "5 p.m. Sunday").
_CLOCK = {"a.m", "p.m", "a. m", "p. m"}
_ZONES = frozenset("""et est edt ct cst pt pst gmt utc bst cet art hora hs local monday tuesday
wednesday thursday friday saturday sunday lunes martes miércoles jueves viernes sábado
domingo""".split())

_STARTERS = {
    "es": """el la los las lo un una unos unas este esta estos estas ese esa eso esto
    aquel aquella él ella ellos ellas yo tú usted nosotros pero sin y o ni además
    también por para en con de del al a según cuando si mientras luego después antes
    hoy ayer mañana ahora así allí ahí aquí allá no sí ya se su sus mi mis nuestro
    nuestra le les me nos hay fue es era son tras desde hasta entre durante aunque
    porque como cuál qué quién quiénes dónde cómo cuándo todo toda todos todas cada
    otro otra otros otras muchos muchas varios varias algunos algunas ningún ninguna
    nadie nada entonces finalmente incluso sobre ante bajo estos dicho dicha""".split(),
    "en": """the a an he she it they we i you this that these those there but and or
    so in on at for with as if when while after before his her its their our my your
    what who how why where some many most all both each no not yet still also however
    meanwhile then now last next one two three it's he's she's they're we're i'm
    there's that's since during despite although though because from by to of under
    over about according officials""".split(),
}
_STARTERS["xx"] = _STARTERS["es"] + _STARTERS["en"]
_STARTER_SETS = {k: frozenset(v) for k, v in _STARTERS.items()}

_TERMINAL = re.compile(r"(?:\.{2,}|[.!?…‽])+")
_CLOSERS = "\"'”’»)]}›"
_OPENERS = "¿¡«“‘\"'([{‹"
_DASHES = "—–-"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.\s?)+[^\W\d_]{1,3}")
_NUMBER = re.compile(r"\d+$")


def _lists(lang: str) -> tuple[set[str], frozenset[str]]:
    base = lang.lower().split("-")[0].split("_")[0]
    if base in ("es", "en"):
        return _PREFIX[base], _STARTER_SETS[base]
    return _PREFIX["es"] & _PREFIX["en"], _STARTER_SETS["xx"]


def _is_starter(text: str, pos: int, starters: frozenset[str]) -> bool:
    """True if the word at ``pos`` is a typical sentence opener (not an initial)."""
    if text[pos] in _OPENERS:
        return True
    m = _WORD.match(text, pos)
    if not m or (m.end() < len(text) and text[m.end()] == "."
                 and len(m.group()) == 1):
        return False
    return m.group().lower() in starters


def _period_boundary(text: str, start: int, dot: int, nxt: int,
                     prefix: set[str], starters: frozenset[str]) -> bool:
    """Decide a ``.`` at ``dot`` followed (after spaces/closers) by a capital/digit at ``nxt``."""
    before = text[start:dot]
    if not before or before[-1].isspace():
        return True  # stray space before the period ("la región . El")
    low = before.lower()
    for abbr in _STRONG:
        if low.endswith(abbr) and (len(low) == len(abbr) or not low[-len(abbr) - 1].isalnum()):
            return True
    for abbr in _CLOCK:
        if low.endswith(abbr) and (len(low) == len(abbr) or not low[-len(abbr) - 1].isalnum()):
            nxt_word = _WORD.match(text, nxt)
            return not (nxt_word and nxt_word.group().lower() in _ZONES)
    token = before.split()[-1].lstrip(_OPENERS + _DASHES)
    tl = token.lower()
    for abbr in prefix | {"p. ej"}:
        if " " in abbr and low.endswith(abbr) and (len(low) == len(abbr)
                                                    or not low[-len(abbr) - 1].isalnum()):
            return False
    if tl in prefix:
        return False
    if tl in _NUMERIC and text[nxt].isdigit():
        return False
    if _NUMBER.match(token) and not text[start:dot].strip(" \t" + _DASHES).replace(token, "", 1):
        return False  # list marker "1. Introducción"
    weak = (tl in _WEAK_COMMON or (len(token) == 1 and token.isalpha())
            or _DOTTED.fullmatch(token)
            or any(" " in a and low.endswith(a) for a in _WEAK_COMMON))
    if weak:
        return _is_starter(text, nxt, starters)
    return True


def _split_line(text: str, prefix: set[str], starters: frozenset[str]) -> list[int]:
    """Return cut offsets (exclusive ends of sentences) inside one line block."""
    cuts: list[int] = []
    start = 0
    for m in _TERMINAL.finditer(text):
        end = m.end()
        while end < len(text) and text[end] in _CLOSERS:
            end += 1
        if end >= len(text) or not text[end].isspace():
            continue
        nxt = end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt >= len(text):
            continue
        look = nxt
        while look < len(text) and (text[look] in _DASHES or text[look].isspace()):
            look += 1
        if look >= len(text):
            continue
        c = text[look]
        term = m.group()
        if c.islower() or c in ",;:%":
            continue
        if text[nxt] == "(" and not term.endswith("."):
            continue  # '“¡Carajo!” (“Damn it!”).'
        if "…" in term or ".." in term:
            if m.start() > 0 and text[m.start() - 1] in "([":
                continue  # elision "(...)"
            cuts.append(end)
            start = end
            continue
        if term.endswith("."):
            if not _period_boundary(text, start, m.start() + len(term) - 1, look,
                                    prefix, starters):
                continue
        cuts.append(end)
        start = end
    return cuts


_CAPS_RUN = re.compile(r"\s*((?:[^\W\d_a-zß-ÿ]{2,}:?[ \t]+){2,})(?=[^\W\d_])")


def _caps_label(line: str) -> int:
    """Offset after a leading all-caps label glued to running text, else 0.

    "LA LIBERTAD AVANZA Enorme alegría..." -> the label is its own segment.
    """
    m = _CAPS_RUN.match(line)
    if not m:
        return 0
    words = m.group(1).split()
    if not all(w.isupper() and w.rstrip(":").isalpha() for w in words):
        return 0
    nxt = _WORD.match(line, m.end())
    if not nxt or not (nxt.group()[0].isupper() and any(ch.islower() for ch in nxt.group())):
        return 0
    return m.end()


_FUNCTION_WORDS = frozenset("""a al ante con contra de del desde el en entre hacia hasta la las
los para por según sin sobre tras un una y e o u ni que the a an of to in on at by for from
with and or but as into than that""".split())


def _continues(line: str) -> bool:
    """A line ending in a comma or a function word is hard-wrapped mid-sentence."""
    words = line.split()
    return bool(words) and (words[-1][-1] in ",;" or words[-1] in _FUNCTION_WORDS)


def _line_blocks(paragraph: str) -> list[str]:
    """Lines of a paragraph, each a block of sentences.

    A line continues the previous one when it starts in lower case or the
    previous line ends in a comma or a lower-case function word ("on", "de").
    """
    blocks: list[str] = []
    for line in paragraph.split("\n"):
        first = line.lstrip()[:1]
        if blocks and first and (first.islower() or _continues(blocks[-1])):
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
    return blocks


def segment_sentences(paragraph: str, lang: str = "es") -> list[str]:
    """Split one paragraph into sentences.

    Args:
        paragraph: text without blank lines; single line breaks (a headline or
            caption line, then body) are allowed and end a sentence unless the
            next line starts in lower case.
        lang: ISO 639-1 code; "es" and "en" have tuned abbreviation lists, any
            other code uses the generic rules.

    Returns:
        The sentences, each stripped of surrounding whitespace, none empty.
        No character is dropped or altered: joining them gives the paragraph
        back modulo whitespace.
    """
    prefix, starters = _lists(lang)
    out: list[str] = []
    for block in _line_blocks(paragraph):
        label = _caps_label(block)
        if label:
            out.append(block[:label])
            block = block[label:]
        prev = 0
        for cut in _split_line(block, prefix, starters) + [len(block)]:
            out.append(block[prev:cut])
            prev = cut
    return [s.strip() for s in out if s.strip()]


# --- splitting over-long sentences for the translation engine -----------------
_TIERS = (
    re.compile(r"[;:.!?…](?=\s)"),
    re.compile(r",(?=\s)"),
    re.compile(r"[—–]|\s-\s"),
)


def _safe_hard_cut(text: str, limit: int) -> int:
    cut = limit
    while cut > 1 and unicodedata.combining(text[cut]):
        cut -= 1  # never separate a base letter from its accent
    return cut


def split_for_engine(sentence: str, max_chars: int = 400) -> list[str]:
    """Split a sentence too long for a translation model into pieces.

    Cuts go after clause punctuation (``; : , — –``) when one falls in the
    second half of the window, else at the last space; a word is only cut when
    a single token is longer than ``max_chars`` (e.g. a huge URL).

    Returns:
        Stripped pieces, each at most ``max_chars`` characters;
        ``" ".join(pieces)`` equals the sentence modulo whitespace.
    """
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    pieces: list[str] = []
    rest = sentence.strip()
    while len(rest) > max_chars:
        window = rest[: max_chars + 1]
        cut = 0
        for tier in _TIERS:
            ends = [m.end() if m.group().strip() in ";:.!?…,—–" else m.start() + 1
                    for m in tier.finditer(window)]
            ends = [e for e in ends if max_chars // 2 <= e <= max_chars]
            if ends:
                cut = ends[-1]
                break
        if not cut:
            spaces = [i for i in range(1, max_chars + 1) if window[i].isspace()]
            cut = spaces[-1] if spaces else _safe_hard_cut(rest, max_chars)
        piece = rest[:cut].strip()
        if piece:
            pieces.append(piece)
        rest = rest[cut:].strip()
    if rest:
        pieces.append(rest)
    return pieces
