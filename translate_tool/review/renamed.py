"""A document that comes back under another name keeps its review.

The review store knows a document by its stem (its path under the output folder). When an
article is renamed, moved to another folder or copied, the next `run` sees a new stem: without
this its review would stay behind under the old name and the new document would start from
the machine's output. So, before a document new to the store is merged, the store's reviewed
documents are compared with it by source text: the one whose sentences are (nearly) all the
new document's, and the new document's (nearly) all its, gives the new document its review as
a starting point (a copy: the old document keeps its own), and the ordinary merge then keeps
what is unchanged, exactly as for a rerun under the same name.
"""

from __future__ import annotations

from typing import Sequence

from ..data import PairRecord
from .model import _norm

SAME_TEXT = 0.8  # share of the sentences of each document that the other has


def renamed_from(store, records: Sequence[PairRecord]) -> str | None:
    """The stem of the reviewed document of the store whose source text this new document's
    is (SAME_TEXT of each one's sentences in the other), or None."""
    new = {_norm(s) for r in records for s in r.src if s.strip()}
    if not new:
        return None
    rows = store.conn.execute(
        "SELECT d.stem, s.text FROM documents d JOIN beads b ON b.doc_id = d.id JOIN sentences s ON s.bead_id = b.id"
        " WHERE s.side = 'src' AND d.id IN"
        " (SELECT doc_id FROM beads WHERE status != 'unreviewed' OR edited = 1 OR orig_key IS NULL)")
    sources: dict[str, set[str]] = {}
    for stem, text in rows:
        sources.setdefault(stem, set()).add(_norm(text))
    best, best_share = None, SAME_TEXT
    for stem, old in sorted(sources.items()):
        common = len(old & new)
        share = min(common / len(old), common / len(new))
        if share >= best_share and (best is None or share > best_share):
            best, best_share = stem, share
    return best


def adopt_review(store, stem: str, old_stem: str, src_lang: str, tgt_lang: str) -> None:
    """Start the new document `stem` from the review of `old_stem` (a copy of its pairs, with
    their decisions and edits)."""
    from .importer import import_records

    import_records(store, stem, store.records(old_stem), source=f"the review of {old_stem}",
                   src_lang=src_lang, tgt_lang=tgt_lang)
