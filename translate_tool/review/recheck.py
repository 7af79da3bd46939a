"""The quality checks on every pair's current text, with the glossary of the latest run.

A rerun keeps the pairs a reviewer worked on (bead_merge.merge_beads): their decision and their
text stand, and so did the findings computed when that text was made, by a run that may have
had no glossary, or another one. So a rerun with `--glossary` (or a changed glossary) would not
point at an approved pair that now contradicts the glossary. `recheck_document` runs the checks
a pair's text alone gives (`pairscore.text_checks`: names, numbers, untranslated words,
punctuation, length, glossary, a copied or repeating output) on each such pair's current text
(the reviewer's edit, if any) with the run's glossary, and replaces its findings and flags; the
decision is kept, and the review's `needs-review` filter, `show` and the run's summary then
point at it. `low-similarity` needs the encoder and comes from when the text was scored; the
review priority likewise (a glossary is no input of the priority model).

Provenance stays truthful: such a pair keeps the signature of the run that made its text
(`beads.signature`, schema v8), and the glossary the checks used is recorded per document
(`documents.glossary`), so a pair whose signature names another glossary (or none) says which
one its checks used (`PairRecord.checked`). A reviewer's later edit is checked with it too
(`ReviewStore._rescore`).
"""

from __future__ import annotations

import json

from ..quality import CHECKS, REVIEW_CHECKS, check_names_of
from .model import named_glossary

# flags that name findings (others, such as `kept-target-language`, say what a pair is)
CHECK_FLAGS = frozenset(CHECKS) | {"repeated-output", "low-similarity"}


def glossary_record(glossary) -> str:
    """What `documents.glossary` holds for a run with this glossary (None: without one)."""
    if glossary is None or not glossary.terms:
        return json.dumps({"signature": "", "terms": []})
    return json.dumps({"signature": glossary.signature(), "terms": [list(t) for t in glossary.terms]},
                      ensure_ascii=False)


def stored_glossary(conn, doc_id: int):
    """The glossary the document's checks use (None: none, or not recorded)."""
    row = conn.execute("SELECT glossary FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None or not row[0]:
        return None
    terms = json.loads(row[0]).get("terms") or []
    if not terms:
        return None
    from ..glossary import Glossary

    return Glossary(tuple((str(s), str(t)) for s, t in terms))


def recheck_document(store, stem: str, glossary) -> int:
    """Record the run's glossary for the document, and run the text checks on the current text
    of every pair with review work (the pairs the rerun kept rather than made). Returns how many
    of them now carry a finding that needs a reviewer (quality.REVIEW_CHECKS) they did not."""
    from ..data import Check
    from ..pairscore import text_checks

    doc_id = store.doc_id(stem)
    doc = store.conn.execute("SELECT signature, glossary FROM documents WHERE id = ?", (doc_id,)).fetchone()
    now = glossary.signature() if glossary is not None and glossary.terms else ""
    newly = 0
    updates = []
    rows = store.conn.execute(
        "SELECT id, flags, checks, edited, signature FROM beads WHERE doc_id = ? AND n_src > 0 AND n_tgt > 0"
        " AND (status != 'unreviewed' OR edited = 1 OR orig_key IS NULL) ORDER BY position", (doc_id,)).fetchall()
    for row in rows:
        # the glossary its findings were made with: the document's, recorded by the last run;
        # before that was recorded, the one of the run that made the pair's text
        was = json.loads(doc["glossary"]).get("signature", "") if doc["glossary"] else \
            named_glossary(row["signature"] or doc["signature"])
        if was == now:  # (a rerun with the same glossary changes nothing: the same bytes)
            continue
        side = {"src": [], "tgt": []}
        for s in store.conn.execute("SELECT side, text FROM sentences WHERE bead_id = ? ORDER BY side, position",
                                    (row["id"],)):
            side[s[0]].append(s[1])
        src, tgt = " ".join(side["src"]), " ".join(side["tgt"])
        old = [Check.from_json_dict(c) for c in json.loads(row["checks"] or "[]")]
        # words the engine said it did not know: still the engine's report on an unedited text
        unknown = () if row["edited"] else tuple(w for c in old if c.check == "untranslated" for w in c.words)
        checks = text_checks(src, tgt, unknown, glossary) + [c for c in old if c.check == "low-similarity"]
        flags = list(check_names_of(checks)) + [f for f in json.loads(row["flags"]) if f not in CHECK_FLAGS]
        before = set(json.loads(row["flags"])) & REVIEW_CHECKS
        newly += bool((set(flags) & REVIEW_CHECKS) - before)
        updates.append((json.dumps(flags), json.dumps([c.to_json_dict() for c in checks], ensure_ascii=False),
                        row["id"]))
    with store.transaction():
        store.conn.execute("UPDATE documents SET glossary = ? WHERE id = ?", (glossary_record(glossary), doc_id))
        store.conn.executemany("UPDATE beads SET flags = ?, checks = ? WHERE id = ?", updates)
    return newly
