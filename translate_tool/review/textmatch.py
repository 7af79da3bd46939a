"""Which new source sentences an old bead's text is, seeing through sentence segmentation.

`bead_merge.merge_beads` recognises a reviewer's pair in a rerun by its source as the document
had it (`match_keys`: the text a source edit replaced). The same document text may be cut
into sentences differently by the rerun (a new tool version fixes the segmenter, an
abbreviation rule changes: "Dijo el Sr. Pérez que sí." or "Dijo el Sr." + "Pérez que sí.");
compared sentence by sentence nothing matches there, and reviewed pairs would go back to
unreviewed although the text they hold is all still in the document. So old and new sentences
are matched in two steps: as sequences (difflib: the unchanged sentences, exactly as before),
then, inside each stretch difflib leaves unmatched, from either end, the shortest stretches of
old and new sentences that read the same once joined (their characters, whitespace aside); when the
whole text reads the same joined, the shortest such stretches of the whole document. A bead is
then the new sentences its stretches cover, if it starts and ends where both segmentations
have a boundary; a bead boundary strictly inside a new sentence cannot be kept (a sentence
belongs to one pair), and its work is reset. Matching from the two ends only keeps this
linear in the text: words changed in the middle of a stretch are changed text, reset as always.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Sequence

from .operations import _was
from .store import _norm

CHANGED, REGROUPED = "its source changed in the document", "the new pairs group its sentences differently"


def match_keys(old: Sequence[dict], new_sources: set[str]) -> dict[int, tuple[list[list], bool]]:
    """id(bead) -> (the source sentences a rerun matches it by, as [text, id], and whether they
    are the text a source edit replaced). An edited source is matched by the document's text it
    replaced, unless the new document no longer has that text but has the edited one."""
    out = {}
    for bead in old:
        cur = [[s["text"], s["orig"]] for s in bead["src"]]
        if bead.get("src_was") is None:
            out[id(bead)] = (cur, False)
            continue
        was = _was(bead)
        # the document now has the edited text (edited by its author the same way)
        edited_in_doc = bool(cur) and all(_norm(t) in new_sources for t, _ in cur) \
            and any(_norm(t) not in {_norm(w) for w, _ in was} for t, _ in cur)
        if edited_in_doc and not (was and all(_norm(t) in new_sources for t, _ in was)):
            out[id(bead)] = (cur, False)
        else:
            out[id(bead)] = (was, True)
    return out


def bead_spans(a: Sequence[str], b: Sequence[str], sizes: Sequence[int]) -> list[range | str]:
    """`a`, `b`: the old and new source sentences (normalised); `sizes`: how many of `a` each
    source-bearing old bead holds, in order. Per bead: the new sentence indices it stands for,
    or why it has none: CHANGED (a sentence of it is gone, or new text came in between) or
    REGROUPED (its text is there, but a boundary of it falls inside a new sentence)."""
    unit_at: list[tuple[int, int, int, int] | None] = [None] * len(a)
    for unit in stretches(a, b):
        unit_at[unit[0] : unit[1]] = [unit] * (unit[1] - unit[0])
    out: list[range | str] = []
    pos = 0
    for n in sizes:
        units = unit_at[pos : pos + n]
        pos += n
        if None in units or any(u[3] != v[2] for u, v in zip(units, units[1:]) if u != v):
            out.append(CHANGED)
        elif units[0][0] != pos - n or units[-1][1] != pos:
            out.append(REGROUPED)
        else:
            out.append(range(units[0][2], units[-1][3]))
    return out


def stretches(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int, int, int]]:
    """(i1, i2, j1, j2) for each stretch a[i1:i2] that is b[j1:j2], in order: one sentence to
    one where the texts are equal, else the same words once joined."""
    if list(a) == list(b):
        return [(i, i + 1, i, i + 1) for i in range(len(a))]
    if "".join(_chars(s) for s in a) == "".join(_chars(s) for s in b):
        # the same text cut anew (the usual case: a new segmenter): matched by word position,
        # which difflib's sentence matches could get wrong where a document repeats a sentence
        return _joined(a, b, 0, len(a), 0, len(b))
    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out += [(i1 + d, i1 + d + 1, j1 + d, j1 + d + 1) for d in range(i2 - i1)]
        elif tag == "replace":
            out += _joined(a, b, i1, i2, j1, j2)
    return out


def _joined(a: Sequence[str], b: Sequence[str], i1: int, i2: int, j1: int, j2: int) -> list[tuple[int, int, int, int]]:
    """The stretches of a[i1:i2] / b[j1:j2] that read the same joined: from the start while the
    words agree, then from the end in what is left (what lies between is changed text)."""
    wa, wb = [list(_chars(s)) for s in a[i1:i2]], [list(_chars(s)) for s in b[j1:j2]]
    out, x0, y0 = [], 0, 0
    for x, y in _cuts(wa, wb):
        out.append((i1 + x0, i1 + x, j1 + y0, j1 + y))
        x0, y0 = x, y
    back, xe, ye = [], len(wa), len(wb)
    for x, y in _cuts([w[::-1] for w in reversed(wa[x0:])], [w[::-1] for w in reversed(wb[y0:])]):
        back.append((i1 + len(wa) - x, i1 + xe, j1 + len(wb) - y, j1 + ye))
        xe, ye = len(wa) - x, len(wb) - y
    return out + back[::-1]


def _chars(sentence: str) -> str:
    """A sentence's text without its whitespace: what "reads the same" compares, so that a cut
    where the text has no space ("Sr.Pérez" -> "Sr." + "Pérez") is the same text too."""
    return "".join(sentence.split())


def _cuts(wa: list[list[str]], wb: list[list[str]]) -> list[tuple[int, int]]:
    """(i, j) after each shortest stretch wa[..i] / wb[..j] from the start whose characters are the
    same, up to the first difference (or the end of either side)."""
    cuts: list[tuple[int, int]] = []
    i = j = 0
    while i < len(wa) and j < len(wb):
        pa, pb = list(wa[i]), list(wb[j])
        i, j, same = i + 1, j + 1, 0  # pa[:same] == pb[:same]
        while len(pa) != len(pb):
            n = min(len(pa), len(pb))
            if pa[same:n] != pb[same:n]:
                return cuts
            same = n
            if len(pa) < len(pb):
                if i == len(wa):
                    return cuts
                pa += wa[i]
                i += 1
            else:
                if j == len(wb):
                    return cuts
                pb += wb[j]
                j += 1
        if pa[same:] != pb[same:]:
            return cuts
        cuts.append((i, j))
    return cuts
