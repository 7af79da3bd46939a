"""An aligned human translation keeps every one of its target sentences once after a rerun.

`bead_merge.merge_beads` keeps a reviewer's beads where their *source* lines up with the new
records. In a machine-translated document the target is made from the source, so that is
all. In an aligned document the target sentences are the translation's own text, and a new
alignment (another aligner version, other settings) may group them differently around a kept
bead: a target sentence the new records put with a kept bead's source but the reviewer's bead
does not hold would be lost, and one the reviewer's bead holds but the new records put with a
neighbour would be there twice. This pass restores "each target sentence of the document
exactly once": a sentence held twice is taken out of the new (unreviewed) bead nearest to the
kept one that holds it; a sentence nobody holds comes back as an unaligned target-only pair
right after the kept beads that replaced its record, flagged for the reviewer. Kept beads are
never changed. Such a pair is derived, not state: a later merge drops it (unless a reviewer
worked on it) and this pass makes it again where it is still needed, so merging twice changes
nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Callable, Sequence

from ..data import PairRecord
from .model import _norm
from .operations import _mt
from .rescore import NO_EVIDENCE, UNALIGNED

REALIGNED = "realigned"  # orig_key of a pair this pass made


def balance_targets(out: list[dict], records: Sequence[PairRecord], fresh: list[dict],
                    runs: list[tuple[int, int, int]], bead_of: Callable[[PairRecord], dict]) -> list[dict]:
    """`out`: the merged beads; `fresh`: the new records' beads (those in `out` are unreviewed);
    `runs`: (first record, last record, end index in `out`) of each kept run, in order;
    `bead_of`: a record as a new bead (bead_merge._record_bead)."""
    new_ids = {id(b) for b in fresh}
    held = Counter()  # target sentences the merged document holds (kept beads: their text before edits)
    for b in out:
        held += Counter(_norm(t["text"]) for t in b["tgt"]) if id(b) in new_ids else Counter(map(_norm, _mt(b)))
    wanted = Counter(_norm(t) for r in records for t in r.tgt)
    surplus, missing = held - wanted, wanted - held
    if not surplus and not missing:
        return out
    out = list(out)
    kept_at = [k for k, b in enumerate(out) if id(b) not in new_ids]
    for text, n in surplus.items():
        holders = [k for k in kept_at if text in map(_norm, _mt(out[k]))]
        spare = [k for k, b in enumerate(out) if id(b) in new_ids for t in b["tgt"] if _norm(t["text"]) == text]
        # take it out of the new beads nearest to a kept bead holding it
        for k in sorted(spare, key=lambda k: min((abs(k - h) for h in holders), default=0))[:n]:
            b = out[k]
            drop = next(i for i, t in enumerate(b["tgt"]) if _norm(t["text"]) == text)
            out[k] = dict(b, tgt=b["tgt"][:drop] + b["tgt"][drop + 1:])
            new_ids.add(id(out[k]))
    inserts: list[tuple[int, dict]] = []
    for first, last, end in runs:
        for r in records[first : last + 1]:
            for i, t in enumerate(r.tgt):
                if missing[_norm(t)] > 0:
                    missing[_norm(t)] -= 1
                    inserts.append((end, _target_only(r, i, bead_of)))
    for end, bead in reversed(inserts):  # from the back: earlier indices stay valid
        out.insert(end, bead)
    return [b for b in out if b["src"] or b["tgt"]]


def _target_only(r: PairRecord, i: int, bead_of: Callable[[PairRecord], dict]) -> dict:
    """A 0-1 bead for target sentence `i` of record `r`, flagged unaligned with no score of its
    own (the new alignment and the review disagree on it)."""
    ids = (r.tgt_ids[i],) if len(r.tgt_ids) == len(r.tgt) else ()
    one = replace(r, src=(), src_ids=(), tgt=(r.tgt[i],), tgt_ids=ids, score=NO_EVIDENCE, flags=(UNALIGNED,),
                  status="unreviewed", edited=False, mt=(), src_was=None, adequacy=None, priority=None, checks=())
    return dict(bead_of(one), orig_key=REALIGNED)
