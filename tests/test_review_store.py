"""The review store: import, review operations, undo/redo, re-import, article regeneration."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from translate_tool.data import PairRecord
from translate_tool.errors import TranslateToolError
from translate_tool.formats import format_jsonl
from translate_tool.review import ReviewStore
from translate_tool.review.outputs import stale_documents, write_reviewed_document
from translate_tool.review.schema import DB_NAME, SCHEMA_VERSION


def records(stem="art", n=5, scores=None, shapes=None):
    """n 1-1 beads `Hola i.` / `Hello i.`, two per paragraph; `shapes` overrides per index."""
    out, si, ti = [], 0, 0
    for i in range(n):
        ns, nt = (shapes or {}).get(i, (1, 1))
        src = tuple(f"Hola {i}{'abcdef'[k] if ns > 1 else ''}." for k in range(ns))
        tgt = tuple(f"Hello {i}{'abcdef'[k] if nt > 1 else ''}." for k in range(nt))
        out.append(PairRecord(stem, i, src, tgt, tuple(range(si, si + ns)), tuple(range(ti, ti + nt)),
                              i // 2, (scores or {}).get(i, 0.9), (), "engine:argos|model:test"))
        si, ti = si + ns, ti + nt
    return out


def write(out, stem="art", **kw):
    (out / f"{stem}.pairs.jsonl").write_text(format_jsonl(records(stem, **kw)), encoding="utf-8")


@pytest.fixture
def store(tmp_path):
    write(tmp_path)
    s = ReviewStore.open(tmp_path)
    yield s
    s.close()


def texts(store, doc="art"):
    return [(p.src, p.tgt) for p in store.pairs(doc=doc)]


def test_import_and_queries(tmp_path):
    write(tmp_path, scores={2: 0.2}, shapes={3: (2, 1)})
    write(tmp_path, stem="other", n=2)
    with ReviewStore.open(tmp_path) as s:
        assert [d.stem for d in s.documents()] == ["art", "other"]
        assert len(s.pairs()) == 7
        art = s.pairs(doc="art")
        assert [p.index for p in art] == [0, 1, 2, 3, 4]
        assert art[3].src == ("Hola 3a.", "Hola 3b.") and art[3].shape == "2-1"
        assert [p.index for p in s.pairs(doc="art", only="low-confidence")] == [2]
        assert [p.index for p in s.pairs(doc="art", only="non-1-1")] == [3]
        assert len(s.pairs(min_score=0.5)) == 6
        s.approve(art[0].id)
        s.reject(art[1].id)
        assert [p.index for p in s.pairs(doc="art", only="unreviewed")] == [2, 3, 4]
        assert [p.index for p in s.pairs(status="approved")] == [0]
        assert s.progress("art") == (2, 5) and s.progress() == (2, 7)
        with pytest.raises(TranslateToolError, match="no document"):
            s.pairs(doc="missing")
        with pytest.raises(TranslateToolError, match="unknown status"):
            s.pairs(status="maybe")


def test_decisions_persist_across_sessions(tmp_path, store):
    p = store.pairs()
    store.approve(p[0].id)
    store.edit(p[1].id, "tgt", "Hi one.")
    store.close()
    with ReviewStore.open(tmp_path) as again:
        q = again.pairs()
        assert q[0].status == "approved"
        assert q[1].tgt == ("Hi one.",) and q[1].edited
        assert again.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_edit_splits_lines_into_sentences_and_refuses_two_empty_sides(store):
    p = store.pairs()[0]
    store.edit(p.id, "src", "Uno.\n\nDos.\n")
    assert store.get(p.id).src == ("Uno.", "Dos.")
    store.edit(p.id, "tgt", "")
    assert store.get(p.id).tgt == ()
    with pytest.raises(TranslateToolError, match="both sides empty"):
        store.edit(p.id, "src", "  ")
    assert store.get(p.id).src == ("Uno.", "Dos.")  # the failed change rolled back


def test_merge_split_and_undo_redo(store):
    p = store.pairs()
    store.approve(p[1].id)
    merged = store.merge_next(p[1].id)
    assert texts(store)[1] == (("Hola 1.", "Hola 2."), ("Hello 1.", "Hello 2."))
    assert store.get(merged).status == "unreviewed"
    assert len(store.pairs()) == 4
    a, b = store.split(merged)
    assert texts(store)[1:3] == [(("Hola 1.",), ("Hello 1.",)), (("Hola 2.",), ("Hello 2.",))]
    a2, b2 = store.split(a)  # a 1-1 bead splits into 1-0 and 0-1
    assert texts(store)[1:3] == [(("Hola 1.",), ()), ((), ("Hello 1.",))]
    with pytest.raises(TranslateToolError, match="cannot split"):
        store.split(a2)
    for _ in range(3):
        assert store.undo() is not None
    assert texts(store)[1] == (("Hola 1.",), ("Hello 1.",)) and store.pairs()[1].status == "approved"
    assert len(store.pairs()) == 5
    change = store.redo()
    assert change.action == "merge" and change.focus == (merged,)
    assert len(store.pairs()) == 4
    # A new change discards the redo branch.
    store.reject(merged)
    assert store.redo() is None
    assert store.undo().action == "rejected"
    assert store.undo().action == "merge"
    assert store.undo().action == "approved"
    assert store.undo() is None  # the import is a barrier
    assert [p.status for p in store.pairs()] == ["unreviewed"] * 5


def test_move_first_and_last_sentence(store):
    p = store.pairs()
    store.move_last(p[1].id, "tgt")  # "Hello 1." joins pair 2
    assert texts(store)[1:3] == [(("Hola 1.",), ()), (("Hola 2.",), ("Hello 1.", "Hello 2."))]
    store.move_first(p[2].id, "tgt")  # and goes back
    assert texts(store)[1:3] == [(("Hola 1.",), ("Hello 1.",)), (("Hola 2.",), ("Hello 2.",))]
    store.move_first(p[1].id, "src")
    store.move_first(p[1].id, "tgt")  # the bead is now empty on both sides: it disappears
    assert len(store.pairs()) == 4
    assert texts(store)[0] == (("Hola 0.", "Hola 1."), ("Hello 0.", "Hello 1."))
    with pytest.raises(TranslateToolError, match="no previous"):
        store.move_first(p[0].id, "src")
    store.undo()
    store.undo()
    assert texts(store) == [((f"Hola {i}.",), (f"Hello {i}.",)) for i in range(5)]


def test_insert_empty_side_shifts_until_absorbed(store):
    p = store.pairs()
    store.move_last(p[3].id, "src")  # pair 3 has an empty source side now
    store.insert_empty(p[1].id, "src")
    assert texts(store)[:4] == [
        (("Hola 0.",), ("Hello 0.",)),
        ((), ("Hello 1.",)),
        (("Hola 1.",), ("Hello 2.",)),
        (("Hola 2.",), ("Hello 3.",)),
    ]
    assert texts(store)[4] == (("Hola 3.", "Hola 4."), ("Hello 4.",))
    store.undo()
    store.undo()
    store.insert_empty(p[4].id, "tgt")  # nothing absorbs it: a new bead ends the document
    assert texts(store)[-2:] == [(("Hola 4.",), ()), ((), ("Hello 4.",))]


class _KeepScore:
    def score_beads(self, beads, *context, aligned=False):
        return [(0.9, ()) for _ in beads]


def test_moved_target_sentences_take_their_text_before_an_edit_along(tmp_path):
    """`mt` is the target text before any edit, per sentence: a move or a shift carries a
    sentence's machine text with it (a rerun matches the pair by it), and an edited sentence
    makes the pair it joins edited."""
    write(tmp_path, n=3)
    with ReviewStore.open(tmp_path, scorer=_KeepScore()) as s:
        p = s.pairs()
        s.move_last(s.edit(p[0].id, "tgt", "Hello 0, edited."), "tgt")
        joined = s.pairs()[1]
        assert joined.tgt == ("Hello 0, edited.", "Hello 1.") and joined.mt == ("Hello 0.", "Hello 1.")
        assert joined.edited and s.pairs()[0].mt == ()
        s.insert_empty(joined.id, "tgt")  # both sentences shift down a pair, with their machine text
        shifted = s.pairs()[2]
        assert shifted.tgt == ("Hello 0, edited.", "Hello 1.") and shifted.mt == ("Hello 0.", "Hello 1.")
        assert shifted.edited and s.pairs()[3].tgt == s.pairs()[3].mt == ("Hello 2.",)


def test_reimport_keeps_decisions_on_unchanged_sources(tmp_path, store):
    p = store.pairs()
    store.approve(p[0].id)
    store.reject(p[1].id)
    store.edit(p[2].id, "tgt", "Hi two.")
    store.approve(p[2].id)
    store.approve(p[3].id)
    store.approve(p[4].id)
    store.close()
    recs = records()
    recs[3] = PairRecord("art", 3, ("Hola 3.",), ("Hello THREE.",), (3,), (3,), 1, 0.8)  # new machine text
    recs[4] = PairRecord("art", 4, ("Hola CUATRO.",), ("Hello FOUR.",), (4,), (4,), 2, 0.8)  # new source
    (tmp_path / "art.pairs.jsonl").write_text(format_jsonl(recs), encoding="utf-8")
    with ReviewStore.open(tmp_path) as s:
        q = s.pairs()
        assert [x.status for x in q] == ["approved", "rejected", "approved", "approved", "unreviewed"]
        assert q[2].tgt == ("Hi two.",) and q[2].edited and q[2].mt == ("Hello 2.",)  # the edit carried over
        assert q[3].tgt == ("Hello 3.",)  # a reviewed pair's text is never replaced by new machine output
        assert q[4].src == ("Hola CUATRO.",) and q[4].tgt == ("Hello FOUR.",)  # source changed: back to unreviewed
        assert s.undo() is None


def test_unchanged_file_is_not_reimported(tmp_path, store):
    m = store.merge_next(store.pairs()[0].id)
    store.approve(m)
    store.close()
    with ReviewStore.open(tmp_path) as s:
        assert len(s.pairs()) == 4 and s.pairs()[0].status == "approved"
        assert s.undo().action == "approved"


def test_article_regenerated_from_reviewed_pairs(tmp_path, store):
    p = store.pairs()
    store.edit(p[1].id, "tgt", "Hi one.")
    store.merge_next(p[2].id)
    path = tmp_path / "art.en.txt"
    path.write_text("what the run wrote\n", encoding="utf-8")  # a run's folder has the translated article
    write_reviewed_document(store, "art", tmp_path)
    assert path.read_text(encoding="utf-8") == "Hello 0. Hi one.\n\nHello 2. Hello 3.\n\nHello 4.\n"
    assert store.article_text("art", side="src").startswith("Hola 0. Hola 1.\n\n")


def test_newer_schema_is_refused(tmp_path):
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(TranslateToolError, match="upgrade translate-tool"):
        ReviewStore.open(tmp_path)


def test_not_a_database(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 100)
    with pytest.raises(TranslateToolError, match="review database"):
        ReviewStore.open(tmp_path)


def test_bad_pairs_file_is_a_clear_error(tmp_path):
    (tmp_path / "bad.pairs.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(TranslateToolError, match="bad.pairs.jsonl: line 1"):
        ReviewStore.open(tmp_path)


def test_stale_documents_after_a_lost_session(tmp_path, store):
    assert stale_documents(store, tmp_path) == []  # nothing reviewed: the run's files stand
    store.edit(store.pairs()[0].id, "tgt", "Changed.")  # nobody rewrote the files
    assert stale_documents(store, tmp_path) == ["art"]
    write_reviewed_document(store, "art", tmp_path)
    assert stale_documents(store, tmp_path) == []
    (tmp_path / "art.tsv").write_text("damaged\n", encoding="utf-8")
    assert stale_documents(store, tmp_path) == ["art"]


def test_reviewer_made_beads_are_scored_like_their_document(tmp_path):
    """An edit in an aligned human translation is judged on how alike its sides are (the aligner's
    scale and flag), not on the MT adequacy percentile, which calls half of all good pairs low."""
    src = ("El gato duerme en la casa.", "Mañana lloverá en Madrid.")
    tgt = ("The cat sleeps in the house.", "It will rain in Madrid tomorrow.")

    def doc(stem, signature):
        recs = [PairRecord(stem, i, (s,), (t,), (i,), (i,), 0, 0.95, (), signature)
                for i, (s, t) in enumerate(zip(src, tgt))]
        (tmp_path / f"{stem}.pairs.jsonl").write_text(format_jsonl(recs), encoding="utf-8")

    doc("aligned", "align:emb-len-dp/2|encoder:usem3")
    doc("machine", "engine:apertium|model:apertium-eng-spa|pair:es-en")
    with ReviewStore.open(tmp_path) as s:
        first, second = s.pairs(doc="aligned")
        s.edit(first.id, "tgt", "The cat is asleep in the house.")
        s.edit(second.id, "tgt", "Parliament passed the budget on Friday.")
        good, wrong = s.get(first.id), s.get(second.id)
        assert good.score > 0.5 and good.flags == () and good.adequacy is None and good.priority is None
        assert not good.needs_review()
        assert wrong.score < 0.5 and wrong.flags == ("low-similarity",) and wrong.needs_review()
        mt = s.pairs(doc="machine")[0]
        s.edit(mt.id, "tgt", "The cat is asleep in the house.")
        edited = s.get(mt.id)
        assert edited.adequacy is not None and edited.priority is not None  # the MT review signals


def test_a_store_made_by_an_older_version_is_upgraded_with_its_work(tmp_path):
    """A review database at schema v2 (before source edits were kept and reset work stored):
    opening it migrates it to the current version, every decision and edit still there, and a
    rerun then keeps a source edit and stores reset work."""
    from translate_tool.review import schema
    from translate_tool.review.importer import import_records

    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path, isolation_level=None)
    for version, script in enumerate(schema.MIGRATIONS[:2]):
        for statement in schema._statements(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version + 1}")
    conn.execute("INSERT INTO documents (id, stem, signature) VALUES (1, 'art', 'engine:argos|model:test')")
    for i, status in enumerate(("approved", "rejected")):
        conn.execute("INSERT INTO beads (id, doc_id, position, status, orig_key, edited, n_src, n_tgt)"
                     " VALUES (?, 1, ?, ?, 'imported', 0, 1, 1)", (i + 1, i, status))
        conn.executemany("INSERT INTO sentences (bead_id, side, position, text, orig_index) VALUES (?, ?, 0, ?, ?)",
                         [(i + 1, "src", f"Hola {i}.", i), (i + 1, "tgt", f"Hello {i}.", i)])
    conn.close()
    with ReviewStore.open(tmp_path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [(p.src, p.tgt, p.status, p.src_was) for p in s.pairs(doc="art")] == [
            (("Hola 0.",), ("Hello 0.",), "approved", None), (("Hola 1.",), ("Hello 1.",), "rejected", None)]
        s.edit(s.pairs(doc="art")[0].id, "src", "Hola 0, editado.")
        result = import_records(s, "art", [PairRecord("art", i, (f"Hola {i}{'' if i == 0 else ', cambiado'}.",),
                                                      (f"Hello {i}.",), (i,), (i,), 0, 0.9, (), "engine:argos|model:test")
                                           for i in range(2)])
        assert (result.kept, result.dropped) == (1, 1)
        assert s.pairs(doc="art")[0].src == ("Hola 0, editado.",)
        assert [(e.src, e.status) for e in s.earlier_reviews("art")] == [(("Hola 1.",), "rejected")]


def test_an_unaligned_sentence_the_aligner_is_sure_of_does_not_need_review(tmp_path):
    """`unaligned` says what a bead is; its P(right) says whether to look (a doubtful one is
    also `uncertain`). needs-review / low-confidence take warnings only; flagged takes any flag."""
    from translate_tool.review.importer import import_records

    sig = "aligner=emb-len-dp/2 confidence=trust/1"
    recs = [PairRecord("al", 0, ("Uno.",), ("One.",), (0,), (0,), 0, 0.95, (), sig),
            PairRecord("al", 1, ("Nota del editor.",), (), (1,), (), 0, 0.97, ("unaligned",), sig),
            PairRecord("al", 2, (), ("Caption.",), (), (1,), 0, 0.6, ("unaligned", "uncertain"), sig),
            PairRecord("al", 3, ("Dos.",), ("Two, three.",), (2,), (2,), 0, 0.7, ("uncertain",), sig)]
    with ReviewStore(tmp_path / DB_NAME) as s:
        import_records(s, "al", recs)
        for only in ("needs-review", "low-confidence"):
            assert [p.index for p in s.pairs(doc="al", only=only)] == [2, 3]
        assert [p.index for p in s.pairs(doc="al", only="flagged")] == [1, 2, 3]
        assert [p.needs_review() for p in s.pairs(doc="al")] == [False, False, True, True]


def test_earlier_review_work_says_which_pair_it_probably_belongs_to(tmp_path):
    from translate_tool.review.earlier import likely_pair
    from translate_tool.review.importer import import_records

    es = ["El gobierno anunció ayer nuevas medidas económicas.", "La oposición criticó el plan con dureza."]
    en = ["The government announced new measures.", "The opposition criticised the plan."]

    def recs(src):
        return [PairRecord("d", i, (s,), (t,), (i,), (i,), 0, 0.9, (), "engine:test") for i, (s, t) in enumerate(zip(src, en))]

    with ReviewStore(tmp_path / DB_NAME) as s:
        import_records(s, "d", recs(es))
        s.approve(s.pairs(doc="d")[1].id)
        import_records(s, "d", recs([es[0], "La oposición criticó ayer el plan con mucha dureza."]))
        (work,) = s.earlier_reviews("d")
        assert likely_pair(work, s.pairs(doc="d")) == 1
        assert likely_pair(work, s.pairs(doc="d")[:1]) is None  # nothing like it


@pytest.mark.parametrize("op", ["split", "insert"])
def test_a_target_only_pair_moves_with_its_paragraph_when_one_is_added_above(tmp_path, op):
    """A reviewer split a pair into 1-0 + 0-1 (or inserted an empty English side), then the author
    added a paragraph at the top: the rerun renumbers the English-only pair's paragraph with its
    neighbours' (it kept its old number, and x.en.txt showed one paragraph as three)."""
    from translate_tool.review.importer import import_records

    sig = "engine:argos|model:test"
    paras = [[f"Frase {p}.{k}." for k in range(3)] for p in range(3)]

    def recs(paragraphs, first=0):
        out, i = [], 0
        for p, sents in enumerate(paragraphs):
            for s in sents:
                out.append(PairRecord("art", i, (s,), (s.replace("Frase", "Sentence"),), (i,), (i,), p + first, 0.9,
                                      (), sig))
                i += 1
        return out

    with ReviewStore.open(tmp_path, sync=False) as s:
        import_records(s, "art", recs(paras))
        middle = s.pairs(doc="art")[4]  # paragraph 1's second pair
        s.split(middle.id) if op == "split" else s.insert_empty(middle.id, "tgt")
        before = [(p.src, p.tgt, p.paragraph) for p in s.pairs(doc="art")]
        import_records(s, "art", recs([["Un párrafo nuevo."], *paras]))
        after = [(p.src, p.tgt, p.paragraph) for p in s.pairs(doc="art")]
    assert after[0][0] == ("Un párrafo nuevo.",) and after[0][2] == 0
    assert [(src, tgt, para + 1) for src, tgt, para in before] == after[1:]


@pytest.mark.parametrize("move", ["move_last", "move_first"])
def test_a_sentence_moved_across_a_paragraph_break_stays_there_after_a_rerun(tmp_path, move):
    """A reviewer moves the last source sentence of a paragraph into the next pair (or the first
    of a paragraph back into the previous one): a rerun over the same source keeps every pair in
    the paragraph the review put it in (it moved the pair to its first source sentence's
    paragraph, and x.en.txt glued two paragraphs' sentences together)."""
    from translate_tool.review.importer import import_records

    sig = "engine:argos|model:test"
    recs = [PairRecord("art", i, (f"Frase {i}.",), (f"Sentence {i}.",), (i,), (i,), i // 3, 0.9, (), sig)
            for i in range(9)]
    with ReviewStore.open(tmp_path, sync=False) as s:
        import_records(s, "art", recs)
        pairs = s.pairs(doc="art")
        getattr(s, move)(pairs[2].id if move == "move_last" else pairs[3].id, "src")
        before = [(p.src, p.tgt, p.paragraph) for p in s.pairs(doc="art")]
        import_records(s, "art", recs)
        assert [(p.src, p.tgt, p.paragraph) for p in s.pairs(doc="art")] == before
        import_records(s, "art", [PairRecord("art", 0, ("Nuevo.",), ("New.",), (0,), (0,), 0, 0.9, (), sig)]
                       + [dataclasses.replace(r, pair=r.pair + 1, paragraph=r.paragraph + 1,
                                              src_ids=(r.src_ids[0] + 1,), tgt_ids=(r.tgt_ids[0] + 1,)) for r in recs])
        assert [(p.src, p.tgt, p.paragraph) for p in s.pairs(doc="art")][1:] == [(a, b, c + 1) for a, b, c in before]
