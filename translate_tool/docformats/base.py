"""The interface every document format implements, and the shared inline-markup mapping.

A format reads bytes into a `ParsedDocument`: a list of `TextUnit`s (plain text, no markup,
each with its place in the document and whether it is main text or boilerplate) plus what
the format needs to write the document back. `ParsedDocument.render` takes, per unit, the
unit's source sentences and their translations and returns the translated document's bytes,
with everything that is not a unit's text (tags, syntax, code, timings, styles) unchanged.

Markup inside a unit (a link in a sentence, a bold word, a style run, a cue boundary) is
carried as *positions* in the unit's plain text. `map_positions` moves them into the
translation: inside the sentence that holds them, at the same fraction of the sentence's
words. Word order differs between languages, so a mark may land a word or two off, but it
always lands (markup is never dropped) and positions keep their order (tags stay nested).
A translation edited since (by a reviewer, or by hand in the translated file) keeps the marks
where they were in the machine translation it was made from: `carry_positions` moves them
through a word diff of the two, so a word added before a link leaves the link on its words
(QA4 F01).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Sequence

_NON_SPACE = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)  # one per paragraph of a document: no per-object __dict__
class TextUnit:
    """A piece of text translated as a whole: a paragraph, a heading, a cell, an alt text, cues."""

    text: str  # plain text: no markup, no blank lines
    place: str  # where it is in the document ("/html/body/p[3]", "line 12", "cues 4-5", ...)
    main: bool = True  # False: navigation, footers, ... (translated; not used for language ID or pairs)


# Per unit: (source sentences, their translations), in order; optionally a third sequence, the
# translations those were edited from (the machine's), on which the marks are placed first.
UnitTranslation = tuple[Sequence[str], ...]


def unit_texts(translation: UnitTranslation) -> tuple[Sequence[str], Sequence[str], Sequence[str] | None]:
    """(source sentences, translations, the translations they were edited from or None)."""
    return translation[0], translation[1], (translation[2] if len(translation) > 2 else None)


class ParsedDocument:
    """A document read by a format: its units, and how to write it back translated."""

    def __init__(self, units: Sequence[TextUnit], encoding: str = "utf-8", warnings: Sequence[str] = ()):
        self.units = tuple(units)
        self.encoding = encoding
        self.warnings = tuple(warnings)

    def render(self, translations: dict[int, UnitTranslation], target_lang: str) -> bytes:
        """The translated document; units missing from `translations` are left as they are."""
        raise NotImplementedError


@dataclass(frozen=True)
class DocFormat:
    name: str
    suffixes: tuple[str, ...]  # lower case, with the dot
    parse: Callable[[bytes, str], ParsedDocument]  # (data, path for messages) -> document
    binary: bool = False  # read as bytes (zip containers); text formats are decoded first


def target_text(tgt_sentences: Sequence[str]) -> str:
    return " ".join(t.strip() for t in tgt_sentences if t.strip())


def _word_starts(text: str) -> list[int]:
    return [m.start() for m in _NON_SPACE.finditer(text)]


def map_positions(
    plain: str, positions: Sequence[int], src_sentences: Sequence[str], tgt_sentences: Sequence[str],
    base_sentences: Sequence[str] | None = None,
) -> tuple[str, list[int]]:
    """The unit's translation and, for each position in `plain`, its position in the translation.

    `positions` must be sorted; the result is sorted too. A position inside source sentence k
    that follows w of its n words maps to the start of word round(w/n * m) of translation k
    (m words), or to the end of that translation when it follows all of them. `base_sentences`:
    the translations `tgt_sentences` were edited from; the positions are mapped into those,
    then carried into the edited text (`carry_positions`)."""
    tgt = [t.strip() for t in tgt_sentences]
    if base_sentences is not None and len(base_sentences) == len(tgt):
        base = [b.strip() for b in base_sentences]
        if base != tgt and any(base):
            base_text, mapped = map_positions(plain, positions, src_sentences, base)
            out_text = " ".join(t for t in tgt if t)
            return out_text, carry_positions(base_text, out_text, mapped)
    out_text = " ".join(t for t in tgt if t)
    # Where each source sentence starts in `plain` (sentences are stripped slices of it, in order).
    src_spans: list[tuple[int, int]] = []
    cursor = 0
    for s in src_sentences:
        s = s.strip()
        at = plain.find(s, cursor) if s else -1
        if at < 0:
            at = cursor
        src_spans.append((at, at + len(s)))
        cursor = at + len(s)
    tgt_starts: list[int] = []
    cursor = 0
    for t in tgt:
        tgt_starts.append(cursor)
        cursor += len(t) + (1 if t else 0)
    starts = [a for a, _ in src_spans]
    mapped: list[int] = []
    for pos in positions:
        if not src_spans:
            mapped.append(0 if pos <= 0 else len(out_text))
            continue
        k = max(0, bisect.bisect_right(starts, pos) - 1)
        a, b = src_spans[k]
        t_text, t_start = tgt[k] if k < len(tgt) else "", tgt_starts[k] if k < len(tgt) else len(out_text)
        if pos >= b:  # after the sentence (between sentences): after its translation
            mapped.append(min(len(out_text), t_start + len(t_text)))
            continue
        src_words = _word_starts(plain[a:b])
        before = sum(1 for w in src_words if a + w < pos)
        t_words = [(m.start(), m.end()) for m in _NON_SPACE.finditer(t_text)]
        if not src_words or not t_words:
            mapped.append(t_start)
            continue
        j = round(before / len(src_words) * len(t_words))
        if 0 < j and pos > 0 and not plain[pos - 1].isspace():
            # A mark closing a word closes the mapped word, before the same trailing punctuation
            # ("*región*." -> "*region*.").
            tail = _NON_SPACE.match(plain, pos)
            tail = tail.group() if tail and not any(ch.isalnum() for ch in tail.group()) else ""
            end = t_words[j - 1][1]
            if tail and t_text[t_words[j - 1][0] : end].endswith(tail) and end - len(tail) > t_words[j - 1][0]:
                end -= len(tail)
            mapped.append(t_start + end)
        else:
            mapped.append(t_start + (t_words[j][0] if j < len(t_words) else len(t_text)))
    # Rounding never reorders positions within a sentence, and sentences are in order.
    for i in range(1, len(mapped)):
        mapped[i] = max(mapped[i], mapped[i - 1])
    return out_text, mapped


def _key(token: str) -> str:
    """A word as the diff of `carry_positions` compares it: case and edge punctuation aside."""
    return _EDGES.sub("", token).casefold() or token


_EDGES = re.compile(r"^[^\w]+|[^\w]+$")


def carry_positions(old: str, new: str, positions: Sequence[int]) -> list[int]:
    """Positions (sorted) in `old`, a translation, moved into `new`, an edit of it: through a word
    diff (`worddiff.opcodes`; case and edge punctuation aside). A position before a word (an opening mark)
    stays before that word, one after a word (a closing mark, before the word's trailing
    punctuation) stays after it: words added at a span's edge stay outside it, words added inside
    it stay inside. Where words were replaced, a position inside them goes to the same fraction
    of the new ones. Marks at both ends of `old` (a cue in italics, a paragraph all bold) stay at
    both ends of `new`: words added at its start or end are inside them too."""
    if old == new:
        return list(positions)
    enclosed = bool(positions) and positions[0] <= 0 and positions[-1] >= len(old)
    old_tok = [(m.start(), m.end()) for m in _NON_SPACE.finditer(old)]
    new_tok = [(m.start(), m.end()) for m in _NON_SPACE.finditer(new)]
    if not new_tok or not old_tok:
        return [0 if not new_tok else (len(new) if p > 0 else 0) for p in positions]
    from ..worddiff import opcodes

    block: list[tuple[str, int, int, int, int]] = [("equal", 0, 0, 0, 0)] * len(old_tok)
    for op in opcodes([_key(old[a:b]) for a, b in old_tok], [_key(new[a:b]) for a, b in new_tok]):
        for i in range(op[1], op[2]):
            block[i] = op
    starts = [a for a, _ in old_tok]
    out: list[int] = []
    for pos in positions:
        i = bisect.bisect_left(starts, pos)  # the first word starting at or after pos
        if enclosed and (pos <= 0 or pos >= len(old)):
            out.append(0 if pos <= 0 else len(new))
        elif i > 0 and pos <= old_tok[i - 1][1]:  # inside word i - 1, or at its end
            out.append(_after_in_word(old, new, old_tok, new_tok, block[i - 1], i - 1, pos))
        elif i == len(old_tok):
            out.append(len(new))
        else:  # before word i
            tag, i1, i2, j1, j2 = block[i]
            j = j1 + (i - i1) if tag == "equal" else j1 + round((i - i1) / (i2 - i1) * (j2 - j1))
            out.append(new_tok[j][0] if j < len(new_tok) else len(new))
    for k in range(1, len(out)):
        out[k] = max(out[k], out[k - 1])
    return out


def _after_in_word(old: str, new: str, old_tok, new_tok, op, i: int, pos: int) -> int:
    """`carry_positions` of a position inside old word i or at its end."""
    tag, i1, i2, j1, j2 = op
    if tag == "equal":
        j = j1 + (i - i1)
    elif j1 == j2:  # the word was deleted: after the word before it
        return new_tok[j1 - 1][1] if j1 > 0 else 0
    else:
        j = min(j2 - 1, max(j1, j1 + round((i - i1 + 1) / (i2 - i1) * (j2 - j1)) - 1))
    (a, b), (c, d) = old_tok[i], new_tok[j]
    word, was = new[c:d], old[a:b]
    if pos >= b:
        return d
    if len(word) == len(was):  # the same word (its case changed, perhaps)
        return c + pos - a
    (lead, core), (new_lead, new_core) = _core(was), _core(word)
    if pos - a == len(lead) + len(core) and core:  # after the letters, before trailing punctuation
        return c + len(new_lead) + len(new_core)
    if pos - a == len(lead):  # after opening punctuation, before the letters
        return c + len(new_lead)
    return c + round((pos - a) / len(was) * len(word))


def _core(word: str) -> tuple[str, str]:
    """(opening punctuation, letters) of a word; the rest is trailing punctuation."""
    core = _EDGES.sub("", word)
    return (word[:word.find(core)], core) if core else (word, "")


# ------------------------------------------------------------------ inline runs
# A run of inline content: text pieces (translated), marks (zero-width markup such as <b> or
# "**", re-inserted) and atoms (code, images: kept verbatim, their text stands in the
# sentence so it reads right, and the atom replaces the words its text maps to).
TEXT, MARK, ATOM = "text", "mark", "atom"


@dataclass
class InlineRun:
    pieces: list[tuple[str, str, str]]  # (kind, raw source, plain text)

    def plain(self) -> tuple[str, list[tuple[int, int, int]]]:
        """The run's plain text (whitespace collapsed to single spaces, stripped) and, for
        each mark or atom, (piece index, start, end) in that text."""
        out: list[str] = []
        n = 0
        spans: list[tuple[int, int, int]] = []
        for i, (kind, _raw, text) in enumerate(self.pieces):
            if kind == MARK:
                spans.append((i, n, n))
                continue
            text = re.sub(r"\s+", " ", text)
            if n == 0 or out[-1].endswith(" "):
                text = text.lstrip(" ")
            start = n
            if text:
                out.append(text)
                n += len(text)
            if kind == ATOM:
                spans.append((i, start, n))
        plain = "".join(out).rstrip(" ")
        return plain, [(i, min(a, len(plain)), min(b, len(plain))) for i, a, b in spans]

    def render(self, src_sentences: Sequence[str], tgt_sentences: Sequence[str], escape: Callable[[str], str],
               base_sentences: Sequence[str] | None = None) -> str:
        plain, spans = self.plain()
        flat = sorted({p for _, a, b in spans for p in (a, b)})
        text, mapped = map_positions(plain, flat, src_sentences, tgt_sentences, base_sentences)
        if not text.strip():
            # no words left here (a reviewer merged this unit's sentences into a pair of another
            # unit): no bare "<b></b>" / "****"; separators ("\0") and atoms (an image) stay
            return "".join(raw for kind, raw, _ in self.pieces if kind == ATOM or (kind == MARK and raw == "\0"))
        where = dict(zip(flat, mapped))
        out: list[str] = []
        cursor = 0
        for i, a, b in spans:
            kind, raw, _ = self.pieces[i]
            ta, tb = where[a], where[b]
            ta = max(ta, cursor)
            if kind == ATOM:
                tb = max(tb, ta)
                tb = ta + len(text[ta:tb].rstrip())  # the atom replaces words, not the space after them
                out.append(escape(text[cursor:ta]))
                out.append(raw)
                cursor = tb
            else:
                out.append(escape(text[cursor:ta]))
                out.append(raw)
                cursor = ta
        out.append(escape(text[cursor:]))
        return "".join(out)

    def has_text(self) -> bool:
        return any(k == TEXT and t.strip() for k, _, t in self.pieces)
