"""Word diffs: difflib's opcodes over two sequences of words, placed exactly where one edit was
made. The hand-edit reading (review/hand_reading.py) and inline markup carried through an edited
translation (docformats/base.carry_positions) both use them."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Sequence


def opcodes(old: Sequence[str], new: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes, after the common beginning and end are set aside: difflib matches the
    longest block first, which in repetitive text ("* * *", a repeated caption) can pair words
    far from where the edit was; a single edit is then always placed exactly."""
    n, m = len(old), len(new)
    p = 0
    while p < min(n, m) and old[p] == new[p]:
        p += 1
    q = 0
    while q < min(n, m) - p and old[n - 1 - q] == new[m - 1 - q]:
        q += 1
    ops = [("equal", 0, p, 0, p)] if p else []
    middle = SequenceMatcher(None, old[p:n - q], new[p:m - q], autojunk=False).get_opcodes()
    ops += [(tag, i1 + p, i2 + p, j1 + p, j2 + p) for tag, i1, i2, j1, j2 in middle if (i1, i2, j1, j2) != (0, 0, 0, 0)]
    if q:
        ops.append(("equal", n - q, n, m - q, m))
    return ops
