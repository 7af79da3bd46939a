"""A bilingual dictionary as a sentence-alignment signal (hunalign's idea): how many of a run of
source sentences' words have a translation in a run of target sentences, and the reverse.

Dictionaries are FreeDict's dictd files (Debian `dict-freedict-deu-fra`, `-fra-deu`, ...:
`/usr/share/dictd/freedict-XXX-YYY.index` + `.dict.dz`); both directions of a pair are merged.
Words are lowercased and accent-folded; a document word matches a dictionary word when they are
equal, when one is a prefix of the other with >= PREFIX characters and at most SLACK more (an
inflection: "Gipfels" / "gipfel"), or when the dictionary word is the first or last >= PREFIX
characters of it (a German compound: "Gipfelgrat", "Nordwand"). Numbers, and identical tokens
that are capitalised or long, match themselves (as in hunalign).

`Lexicon.document(src, tgt)` -> `DocLexicon`: per sentence the word types that could match
something on the other side of this document (`known`), and for each source word the target
vocabulary ids it matches. `DocLexicon.counts(...)` gives, for runs of sentences, how many of
each sentence's known words find a match in the other side's run (the aligner's bead cost,
`aligner.AlignSettings.lex_weight`, gathers these per band cell); `coverage(...)` is the same for
one bead, in plain Python (confidence features).
"""

from __future__ import annotations

import gzip
import os
import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

__all__ = ["DocLexicon", "Lexicon", "load_lexicon", "read_dictd"]

DICT_DIR = Path(os.environ.get("TRANSLATE_TOOL_DICT_DIR", "/usr/share/dictd"))
ISO3 = {"de": "deu", "fr": "fra", "es": "spa", "en": "eng", "it": "ita", "pt": "por", "nl": "nld"}
PREFIX, SLACK = 5, 3
MAX_SHARE = 0.1  # a word in more than this share of a side's sentences is a function word here
STOP = frozenset("""
der die das den dem des ein eine einen einem einer eines und oder aber auch als wie mit von vom
zum zur bei aus auf für fur über uber unter nach vor bis durch nicht noch nur schon sich sie ihr
ihre wir uns ich man war waren ist sind wird wurde wurden hat hatte hatten haben sein seine
seiner dass daß wenn dann denn doch dort hier sehr mehr alle diese dieser dieses jedoch einige
les des une dans sur pour par avec que qui est sont était etait ont avait avaient mais aussi plus
nous vous ils elle elles leur leurs son ses sans sous entre vers cette ces tout tous toute comme
pas été ete fait faire peu bien deja très tres
los las del una unos unas con por para que como pero más mas sus sin sobre entre este esta
estos estas ese esa fue son era han hay muy ser sido
the and for with that this these those from was were are has have had not but its their they
them which who whom will would been into than then there also more very some such
""".split())

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_NUM_PREFIX = re.compile(r"^\d+\.\s+")
_NUM_SUFFIX = re.compile(r"\s+\d+\.\s*$")


@lru_cache(maxsize=1 << 17)
def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _b64(s: str) -> int:
    n = 0
    for c in s:
        n = n * 64 + _B64.index(c)
    return n


def read_dictd(index: Path, data: Path) -> dict[str, set[str]]:
    """headword (folded, one word) -> folded translation words, from a dictd pair of files. The
    translations are the entry's first line after the headword line and its numbered lines
    ("2. Gipfel, Berggipfel"); other lines are glosses in the source language."""
    text = gzip.open(data).read() if str(data).endswith(".dz") else Path(data).read_bytes()
    out: dict[str, set[str]] = defaultdict(set)
    for line in Path(index).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or parts[0].startswith("00database") or parts[0].startswith("00-database"):
            continue
        head = _words(parts[0])
        if len(head) != 1:
            continue
        off, size = _b64(parts[1]), _b64(parts[2])
        lines = text[off : off + size].decode("utf-8", "replace").splitlines()[1:]
        for k, tl in enumerate(lines):
            if k and not _NUM_PREFIX.match(tl):
                continue
            tl = _NUM_SUFFIX.sub("", _NUM_PREFIX.sub("", tl))
            for phrase in re.split(r"[,;]", tl):
                ws = [w for w in _words(phrase) if w not in STOP and not w.isdigit()]
                if 0 < len(ws) <= 3:
                    out[head[0]].update(ws)
    return out


def _words(text: str) -> list[str]:
    return [w for w in (fold(t) for t in _WORD.findall(text)) if len(w) >= 3 or w.isdigit()]


class Lexicon:
    """Word pairs of a language pair (both directions merged): `pairs[src word]` = target words."""

    def __init__(self, pairs: dict[str, set[str]]):
        self.pairs = {k: frozenset(v) for k, v in pairs.items() if v}

    def _heads(self, w: str) -> set[str]:
        """Dictionary headwords that `w` matches: itself, or its first or last >= PREFIX characters
        (an inflected form, a compound's first or last part)."""
        out = {w} if w in self.pairs else set()
        for k in range(PREFIX, len(w)):
            out.update(h for h in (w[:k], w[-k:]) if h in self.pairs)
        return out

    def document(self, src: Sequence[str], tgt: Sequence[str]) -> "DocLexicon":
        return DocLexicon(self, src, tgt)


def _types(sentences: Sequence[str]) -> list[dict[str, bool]]:
    """Per sentence: folded word type -> appeared capitalised."""
    out = []
    for s in sentences:
        d: dict[str, bool] = {}
        for t in _WORD.findall(s):
            w = fold(t)
            if (len(w) >= 3 or w.isdigit()) and w not in STOP:
                d[w] = d.get(w, False) or t[:1].isupper()
        out.append(d)
    return out


def _frequent(types: list[dict[str, bool]]) -> set[str]:
    df = Counter(w for d in types for w in d)
    cap = max(5.0, MAX_SHARE * len(types))
    return {w for w, c in df.items() if c > cap}


class DocLexicon:
    """The dictionary relation between one document's two vocabularies."""

    def __init__(self, lex: Lexicon, src: Sequence[str], tgt: Sequence[str]):
        ts, tt = _types(src), _types(tgt)
        drop = _frequent(ts) | _frequent(tt)
        vt: dict[str, int] = {}
        for d in tt:
            for w in d:
                if w not in drop:
                    vt.setdefault(w, len(vt))
        caps_t = {w for d in tt for w, c in d.items() if c}
        # target words by the keys a dictionary word can reach them through
        by_key: dict[str, set[int]] = defaultdict(set)
        for w, v in vt.items():
            by_key[w].add(v)
            for k in range(PREFIX, len(w)):  # an inflected form or a compound of the dictionary word
                by_key[w[:k]].add(v)
                by_key[w[-k:]].add(v)
        match: dict[str, frozenset[int]] = {}
        for d in ts:
            for w, cap in d.items():
                if w in match or w in drop:
                    continue
                hit: set[int] = set()
                for h in lex._heads(w):
                    for t in lex.pairs[h]:
                        hit |= by_key.get(t, set())
                        for k in range(max(PREFIX, len(t) - SLACK), len(t)):  # target word = a shorter form
                            if t[:k] in vt:
                                hit.add(vt[t[:k]])
                if w in vt and (w.isdigit() or cap or w in caps_t or len(w) >= PREFIX):
                    hit.add(vt[w])  # numbers, names, long identical tokens
                match[w] = frozenset(hit)
        self.match = {w: h for w, h in match.items() if h}
        hit_t = set().union(*self.match.values()) if self.match else set()
        # per sentence: the words that can match anything in the other side of this document
        self.src = [sorted(w for w in d if w in self.match) for d in ts]
        self.tgt = [sorted(vt[w] for w in d if w in vt and vt[w] in hit_t) for d in tt]
        self.tgt_sets = [set(x) for x in self.tgt]
        self.back: dict[int, set[str]] = defaultdict(set)  # target id -> source words that match it
        for w, h in self.match.items():
            for v in h:
                self.back[v].add(w)
        self.known_src = np.array([len(x) for x in self.src], dtype=np.float64)
        self.known_tgt = np.array([len(x) for x in self.tgt], dtype=np.float64)

    def _rows(self, side: int):
        """Token rows of one side: (sentence of each row, (row, other-side id) pairs, postings
        key other id * (sentences of the other side + 1) + other sentence, sorted)."""
        sid = {w: k for k, w in enumerate(sorted(self.match))}
        if side == 0:
            words, other = [[sid[w] for w in x] for x in self.src], self.tgt
            cand = [sorted(self.match[w]) for w in sorted(self.match)]
            cand_of = lambda i: cand[i]  # noqa: E731
        else:
            words, other = self.tgt, [[sid[w] for w in x] for x in self.src]
            cand_of = lambda v: sorted(sid[w] for w in self.back[v])  # noqa: E731
        row_sent = np.repeat(np.arange(len(words)), [len(x) for x in words])
        pairs = [(r, c) for r, w in enumerate(w for x in words for w in x) for c in cand_of(w)]
        rv = np.array(pairs, dtype=np.int64).reshape(-1, 2)
        no = len(other) + 1
        post = np.array(sorted({c * no + q for q, x in enumerate(other) for c in x}), dtype=np.int64)
        return row_sent, rv, post, no

    def window_counts(self, side: int, off: np.ndarray, width: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """For every sentence p of `side` (0 source, 1 target) and every run of the other side's
        sentences starting at off[p] + x (0 <= x < width[p]) of k' = 1..k sentences: how many of
        p's known words have a match in the run. Returns (flat counts, base): the count is at
        base[p] + x * k + k' - 1."""
        row_sent, rv, post, no = self._rows(side)
        span = width + k
        base = np.concatenate([[0], np.cumsum(width * k)]).astype(np.int64)
        out = np.zeros(int(base[-1]))
        if not len(rv) or not len(post):
            return out, base
        s = row_sent[rv[:, 0]]
        a = np.searchsorted(post, rv[:, 1] * no + off[s])
        e = np.searchsorted(post, rv[:, 1] * no + np.minimum(off[s] + span[s], no - 1))
        cnt = e - a
        idx = np.repeat(a - np.cumsum(cnt) + cnt, cnt) + np.arange(int(cnt.sum()))
        r = np.repeat(rv[:, 0], cnt)
        x = post[idx] % no - off[row_sent[r]]
        rspan = span[row_sent]
        rbase = np.concatenate([[0], np.cumsum(rspan)])
        H = np.zeros(int(rbase[-1]), dtype=np.int32)
        H[rbase[r] + x] = 1
        cum = np.concatenate([[0], np.cumsum(H)])
        step = max(1, 2_000_000 // max(1, int(width.max()) * k))  # rows per chunk
        for r0 in range(0, len(row_sent), step):
            rows = np.arange(r0, min(r0 + step, len(row_sent)))
            w = width[row_sent[rows]]
            rr = np.repeat(rows, w)
            xx = np.arange(int(w.sum())) - np.repeat(np.cumsum(w) - w, w)
            for kk in range(1, k + 1):
                val = (cum[rbase[rr] + xx + kk] - cum[rbase[rr] + xx]) > 0
                out += np.bincount(base[row_sent[rr]] + xx * k + kk - 1, weights=val, minlength=len(out))
        return out, base

    def band(self, lo: np.ndarray, hi: np.ndarray, K: int, kb: int):
        """Dictionary matches of every sentence against every run of the other side that a bead
        of the aligner's band (lo/hi: each source unit's target range; or its merge-gain
        variants) can pair it with (`window_counts`), for align_search._lex."""
        n, m = len(lo) - 1, int(hi[-1])
        p = np.arange(n)
        off_s = np.maximum(lo[p + 1] - kb - 1, 0)
        width_s = np.minimum(hi[np.minimum(p + K, n)] + 1, m) - off_s + 1
        q = np.arange(m)
        i_min = np.searchsorted(hi, q + 1, "left")
        i_max = np.searchsorted(lo, np.minimum(q + kb, m), "right") - 1
        off_t = np.maximum(i_min - K - 1, 0)
        width_t = np.maximum(np.minimum(i_max + 1, n) - off_t + 1, 1)
        fs, bs = self.window_counts(0, off_s, width_s, kb)
        ft, bt = self.window_counts(1, off_t, width_t, K)
        return (fs, bs, off_s, width_s, self.known_src), (ft, bt, off_t, width_t, self.known_tgt)

    def chance(self, offset: int = 3) -> float:
        """The share of a sentence's known words that find a match in one sentence of the other
        side that is not its counterpart: `offset` sentences past the document's diagonal (the
        rate at which a bead's extra sentence brings matches by chance)."""
        n, m = len(self.src), len(self.tgt)
        shares = []
        for p in range(n):
            q = (round(p * m / n) + offset) % m
            if self.known_src[p]:
                shares.append(self.coverage(p, 1, q, 1)[0] / self.known_src[p])
        for q in range(m):
            p = (round(q * n / m) + offset) % n
            if self.known_tgt[q]:
                shares.append(self.coverage(p, 1, q, 1)[2] / self.known_tgt[q])
        return float(np.mean(shares)) if shares else 0.0

    def coverage(self, s0: int, a: int, t0: int, b: int) -> tuple[int, int, int, int]:
        """(matched, known) source words, (matched, known) target words of one bead."""
        tv = set().union(*self.tgt_sets[t0 : t0 + b]) if b else set()
        sw = set().union(*(set(x) for x in self.src[s0 : s0 + a])) if a else set()
        ms = sum(1 for p in range(s0, s0 + a) for w in self.src[p] if self.match[w] & tv)
        mt = sum(1 for q in range(t0, t0 + b) for v in self.tgt[q] if self.back[v] & sw)
        return ms, int(self.known_src[s0 : s0 + a].sum()), mt, int(self.known_tgt[t0 : t0 + b].sum())


@lru_cache(maxsize=8)
def load_lexicon(src_lang: str, tgt_lang: str, folder: str | None = None) -> Lexicon | None:
    """The pair's FreeDict dictionaries (both directions) merged, or None if neither is installed."""
    d = Path(folder) if folder else DICT_DIR
    a, b = ISO3.get(src_lang, src_lang), ISO3.get(tgt_lang, tgt_lang)
    pairs: dict[str, set[str]] = defaultdict(set)
    found = False
    for x, y, flip in ((a, b, False), (b, a, True)):
        index, data = d / f"freedict-{x}-{y}.index", d / f"freedict-{x}-{y}.dict.dz"
        if not data.exists():
            data = d / f"freedict-{x}-{y}.dict"
        if not (index.exists() and data.exists()):
            continue
        found = True
        for head, trans in read_dictd(index, data).items():
            if flip:
                for t in trans:
                    pairs[t].add(head)
            else:
                pairs[head] |= trans
    return Lexicon(pairs) if found else None
