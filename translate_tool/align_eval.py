"""Alignment ladders (the vecalign / bertalign file format) and strict / lax precision, recall, F1.

Ladder format: one bead per line, ``[src ids]:[tgt ids]`` with 0-based sentence indices,
e.g. ``[0]:[0, 1]``, ``[1, 2]:[2]``, ``[3]:[]`` (source sentence 3 unaligned), ``[]:[3]``.
Blank lines and lines starting with ``#`` are ignored when reading.

Scoring follows vecalign's ``score.py`` (after Sennrich & Volk 2011's strict/lax measures):

* A test bead is a **strict** hit if the gold contains the identical bead, and a **lax** hit if it
  shares at least one source *and* one target sentence with some gold bead.
* **Precision** is over all test beads, deletions (1-0 / 0-1) included: a test deletion is a strict
  hit only if the gold has that same deletion, and never a lax hit.
* **Recall** is over the gold beads that are not deletions, matched against the test beads that are
  not deletions (so a missed deletion costs recall through the bead that wrongly absorbed it).
* Counts are summed over all documents before dividing (micro-average); F1 = 2PR / (P + R).
  Beads empty on both sides are ignored.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from translate_tool.data import Bead

Pair = tuple[tuple[int, ...], tuple[int, ...]]

_LINE = re.compile(r"^\s*\[([\d\s,]*)\]\s*:\s*\[([\d\s,]*)\]\s*(?::\s*(\S+)\s*)?$")


class LadderError(ValueError):
    def __init__(self, message: str, line: int | None = None):
        self.line = line
        super().__init__(f"line {line}: {message}" if line else message)


def _ids(text: str, line: int) -> tuple[int, ...]:
    parts = [p.strip() for p in text.split(",")]
    if parts == [""]:
        return ()
    if any(not p.isdigit() for p in parts):
        raise LadderError(f"bad sentence index list [{text}]", line)
    return tuple(int(p) for p in parts)


def parse_ladder(text: str) -> list[Pair]:
    """Parse ladder text; an optional third field (a score, as vecalign writes) is ignored."""
    out: list[Pair] = []
    for no, raw in enumerate(text.splitlines(), 1):
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        m = _LINE.match(s)
        if not m:
            raise LadderError(f"not a ladder line (expected '[i, j]:[k]'): {s[:60]!r}", no)
        out.append((_ids(m.group(1), no), _ids(m.group(2), no)))
    return out


def read_ladder(path: str | Path) -> list[Pair]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise LadderError(f"{path}: not a UTF-8 text file") from None
    try:
        return parse_ladder(text)
    except LadderError as exc:
        raise LadderError(f"{path}: {exc}") from None


def format_ladder(beads: Iterable[Bead | Pair]) -> str:
    lines = []
    for b in beads:
        src, tgt = (b.src, b.tgt) if isinstance(b, Bead) else b
        lines.append(f"[{', '.join(map(str, src))}]:[{', '.join(map(str, tgt))}]")
    return "".join(line + "\n" for line in lines)


def check_ladder(pairs: Sequence[Pair], n_src: int, n_tgt: int) -> list[str]:
    """Problems that make a ladder not a complete monotone alignment of n_src x n_tgt sentences."""
    problems = []
    for side, n, seq in (("source", n_src, [i for p in pairs for i in p[0]]), ("target", n_tgt, [j for p in pairs for j in p[1]])):
        if seq != list(range(n)):
            problems.append(f"{side} indices are not 0..{n - 1} each exactly once in order")
    return problems


@dataclass(frozen=True)
class Counts:
    tp_strict: int = 0
    fp_strict: int = 0
    tp_lax: int = 0
    fp_lax: int = 0

    def __add__(self, o: "Counts") -> "Counts":
        return Counts(self.tp_strict + o.tp_strict, self.fp_strict + o.fp_strict, self.tp_lax + o.tp_lax, self.fp_lax + o.fp_lax)


def _norm(pairs: Iterable[Bead | Pair]) -> list[Pair]:
    out = []
    for b in pairs:
        src, tgt = (b.src, b.tgt) if isinstance(b, Bead) else b
        if src or tgt:
            out.append((tuple(src), tuple(tgt)))
    return out


def _hits(reference: Sequence[Pair], candidates: Sequence[Pair]) -> Counts:
    """How many `candidates` are strict / lax hits against `reference`."""
    ref = set(reference)
    links: dict[int, set[int]] = defaultdict(set)
    for rs, rt in reference:
        for i in rs:
            links[i].update(rt)
    tps = fps = tpl = fpl = 0
    for cand in set(candidates):
        if cand in ref:
            tps += 1
            tpl += 1
            continue
        fps += 1
        cs, ct = cand
        linked = set().union(*(links.get(i, set()) for i in cs)) if cs else set()
        if linked.intersection(ct):
            tpl += 1
        else:
            fpl += 1
    return Counts(tps, fps, tpl, fpl)


def count(gold: Iterable[Bead | Pair], test: Iterable[Bead | Pair]) -> tuple[Counts, Counts]:
    """(precision counts, recall counts) for one document."""
    g, t = _norm(gold), _norm(test)
    p = _hits(g, t)
    r = _hits([x for x in t if x[0] and x[1]], [x for x in g if x[0] and x[1]])
    return p, r


def _ratio(a: int, b: int) -> float:
    return a / (a + b) if a + b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def scores_from_counts(p: Counts, r: Counts) -> dict[str, float]:
    ps, pl = _ratio(p.tp_strict, p.fp_strict), _ratio(p.tp_lax, p.fp_lax)
    rs, rl = _ratio(r.tp_strict, r.fp_strict), _ratio(r.tp_lax, r.fp_lax)
    return {
        "precision_strict": ps,
        "recall_strict": rs,
        "f1_strict": _f1(ps, rs),
        "precision_lax": pl,
        "recall_lax": rl,
        "f1_lax": _f1(pl, rl),
    }


def score_alignments(gold_list: Sequence[Iterable[Bead | Pair]], test_list: Sequence[Iterable[Bead | Pair]]) -> dict[str, float]:
    """Micro-averaged strict / lax P, R, F1 over documents (vecalign's score_multiple)."""
    if len(gold_list) != len(test_list):
        raise ValueError(f"{len(gold_list)} gold alignments but {len(test_list)} test alignments")
    pc, rc = Counts(), Counts()
    for g, t in zip(gold_list, test_list):
        p, r = count(g, t)
        pc, rc = pc + p, rc + r
    return scores_from_counts(pc, rc)


def format_scores(res: dict[str, float]) -> str:
    return (
        "            strict    lax\n"
        f"precision   {res['precision_strict']:.3f}   {res['precision_lax']:.3f}\n"
        f"recall      {res['recall_strict']:.3f}   {res['recall_lax']:.3f}\n"
        f"F1          {res['f1_strict']:.3f}   {res['f1_lax']:.3f}\n"
    )
