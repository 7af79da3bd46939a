"""The review UI driven by real key presses through Textual's headless pilot.

After each key the database is read through a separate connection: what the test sees
is what was committed.
"""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("textual")

from translate_tool.data import PairRecord  # noqa: E402
from translate_tool.formats import format_jsonl  # noqa: E402
from translate_tool.review import ReviewStore  # noqa: E402
from translate_tool.review.schema import DB_NAME  # noqa: E402
from translate_tool.review.tui import EditScreen, ReviewApp  # noqa: E402
from translate_tool.review.widgets import PairRow, ParagraphScreen  # noqa: E402


def write(out, stem, n, shapes=None, scores=None):
    recs, si, ti = [], 0, 0
    for i in range(n):
        ns, nt = (shapes or {}).get(i, (1, 1))
        src = tuple(f"Hola {i}{'ab'[k] if ns > 1 else ''}." for k in range(ns))
        tgt = tuple(f"Hello {i}{'ab'[k] if nt > 1 else ''}." for k in range(nt))
        recs.append(PairRecord(stem, i, src, tgt, tuple(range(si, si + ns)), tuple(range(ti, ti + nt)), i // 2,
                               (scores or {}).get(i, 0.9)))
        si, ti = si + ns, ti + nt
    (out / f"{stem}.pairs.jsonl").write_text(format_jsonl(recs), encoding="utf-8")


@pytest.fixture
def out(tmp_path):
    write(tmp_path, "art", 6, shapes={4: (2, 1)}, scores={3: 0.1})
    write(tmp_path, "zeta", 2)
    return tmp_path


def db(out, doc="art"):
    """The committed state, read through a fresh connection."""
    with ReviewStore(out / DB_NAME) as s:
        return s.pairs(doc=doc)


def sides(out, doc="art"):
    return [(p.src, p.tgt) for p in db(out, doc)]


def drive(out, script, scorer=None, **kw):
    async def go():
        store = ReviewStore.open(out, scorer=scorer)
        app = ReviewApp(store, out, cursor_blink=False, warm_up=False, **kw)
        try:
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                await script(pilot, app)
        finally:
            store.close()
        return app

    return asyncio.run(go())


def test_approve_reject_clear(out):
    async def script(pilot, app):
        await pilot.press("a")
        assert [p.status for p in db(out)][:2] == ["approved", "unreviewed"]
        assert app.current == 1  # approving moves on
        await pilot.press("r")
        assert [p.status for p in db(out)][:3] == ["approved", "rejected", "unreviewed"]
        await pilot.press("k", "c")
        assert db(out)[1].status == "unreviewed"
        assert "reviewed 1/6" in str(app.query_one("#status").render())

    drive(out, script)


def test_edit_english_and_spanish(out):
    (out / "art.en.txt").write_text("as the run wrote it\n", encoding="utf-8")  # a run's folder has one

    async def script(pilot, app):
        await pilot.press("j", "e")
        assert isinstance(app.screen, EditScreen)
        await pilot.press("f7", *"Hi.", "enter", *"Yo.", "ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, EditScreen)
        assert db(out)[1].tgt == ("Hi.", "Yo.") and db(out)[1].edited
        await pilot.press("E", "end", *" ok", "ctrl+s")
        await pilot.pause()
        assert db(out)[1].src == ("Hola 1. ok",)
        await pilot.press("e", "f7", *"no", "escape")
        await pilot.pause()
        assert db(out)[1].tgt == ("Hi.", "Yo.")  # cancelled

    app = drive(out, script)
    assert sorted(p.name for p in app.written) == ["art.en.txt", "art.pairs.jsonl", "art.tmx", "art.tsv"]
    assert (out / "art.en.txt").read_text(encoding="utf-8").startswith("Hello 0. Hi. Yo.\n\n")


def test_merge_split_and_shifts(out):
    async def script(pilot, app):
        await pilot.press("m")
        assert sides(out)[0] == (("Hola 0.", "Hola 1."), ("Hello 0.", "Hello 1."))
        assert len(db(out)) == 5
        await pilot.press("s")
        assert sides(out)[:2] == [(("Hola 0.",), ("Hello 0.",)), (("Hola 1.",), ("Hello 1.",))]
        await pilot.press("j", "right_curly_bracket")  # last English sentence of #1 -> #2
        assert sides(out)[1:3] == [(("Hola 1.",), ()), (("Hola 2.",), ("Hello 1.", "Hello 2."))]
        await pilot.press("j", "left_curly_bracket")  # and back
        assert sides(out)[1:3] == [(("Hola 1.",), ("Hello 1.",)), (("Hola 2.",), ("Hello 2.",))]
        await pilot.press("left_square_bracket")  # first Spanish sentence of #2 -> #1
        assert sides(out)[1:3] == [(("Hola 1.", "Hola 2."), ("Hello 1.",)), ((), ("Hello 2.",))]
        await pilot.press("k", "right_square_bracket")
        assert sides(out)[1:3] == [(("Hola 1.",), ("Hello 1.",)), (("Hola 2.",), ("Hello 2.",))]

    drive(out, script)


def test_insert_empty_side(out):
    async def script(pilot, app):
        await pilot.press("G", "i")  # last pair: its English moves into a new pair
        assert sides(out)[-2:] == [(("Hola 5.",), ()), ((), ("Hello 5.",))]
        await pilot.press("j", "I")  # the Spanish side of the new last pair is already empty
        assert "already empty" in str(app.query_one("#status").render())
        assert len(db(out)) == 7

    drive(out, script)


def test_undo_redo(out):
    async def script(pilot, app):
        await pilot.press("a", "m")
        assert db(out)[0].status == "approved" and len(db(out)) == 5
        await pilot.press("u")
        assert len(db(out)) == 6
        await pilot.press("u")
        assert db(out)[0].status == "unreviewed"
        await pilot.press("U")
        assert db(out)[0].status == "approved" and len(db(out)) == 6
        await pilot.press("ctrl+y")
        assert len(db(out)) == 5
        await pilot.press("U")
        assert "nothing to redo" in str(app.query_one("#status").render())

    drive(out, script)

    # Undo history is persistent: a new session can undo the previous session's merge.
    async def later(pilot, app):
        await pilot.press("u")
        assert len(db(out)) == 6

    drive(out, later)


def test_undoing_a_decision_goes_back_to_its_pair(out):
    """QA5 F07: `r` on a pair by mistake moves on to the next; `u` undid the decision but left the
    cursor there, so the `a` meant for the first pair approved the next one. Undo and redo go to
    the pair they change, as they did for merges and splits."""
    async def script(pilot, app):
        await pilot.press("r")
        assert app.current == 1
        await pilot.press("u")
        assert app.current == 0 and db(out)[0].status == "unreviewed"
        await pilot.press("a")
        assert [p.status for p in db(out)][:2] == ["approved", "unreviewed"]
        await pilot.press("j", "j", "u")  # undo the approval from two pairs further on
        assert app.current == 0 and db(out)[0].status == "unreviewed"
        await pilot.press("j", "j", "U")  # redo: back to the pair again
        assert app.current == 0 and db(out)[0].status == "approved"

    drive(out, script)


def test_jumps_search_documents_and_help(out):
    async def script(pilot, app):
        await pilot.press("l")
        assert app.pair.index == 3  # low confidence
        await pilot.press("o")
        assert app.pair.index == 4  # the 2-1 pair
        await pilot.press("g", "a", "a", "k", "k", "n")
        assert app.pair.index == 2  # next unreviewed
        await pilot.press("slash", *"5.", "enter")
        assert app.pair.index == 5
        await pilot.press("backspace", "backspace", *"1.", "enter")  # continues into the next document
        assert (app.doc, app.pair.index) == ("zeta", 1)
        await pilot.press("enter")  # Enter again: the next match, round to the first document
        assert (app.doc, app.pair.index) == ("art", 1)
        await pilot.press("escape", "d")
        assert app.doc == "zeta"
        await pilot.press("question_mark")
        assert app.query_one("#help").display
        await pilot.press("question_mark")
        assert not app.query_one("#help").display
        await pilot.press("q")

    drive(out, script)


def test_only_filter_and_start_document(out):
    async def script(pilot, app):
        assert [r.pair.index for r in app.rows] == [3]  # --only low-confidence
        await pilot.press("a")
        assert db(out)[3].status == "approved"

    drive(out, script, only="low-confidence")

    async def doc(pilot, app):
        assert app.doc == "zeta"
        await pilot.press("r")
        assert db(out, "zeta")[0].status == "rejected"

    drive(out, doc, doc="zeta")


def test_long_document_keeps_a_window_of_rows(tmp_path):
    write(tmp_path, "long", 150)

    async def script(pilot, app):
        assert len(app.rows) == app.WINDOW and len(app.ids) == 150
        for _ in range(30):  # the window slides: rows leaving the top move to the bottom
            await pilot.press("j")
        shown = [r.pair.index for r in app.query_one("#rows").children]
        assert shown == list(range(shown[0], shown[0] + app.WINDOW)) and app.pair.index == 30
        assert [r for r in app.rows if r.has_class("-current")][0].pair.index == 30
        for _ in range(12):
            await pilot.press("k")
        shown = [r.pair.index for r in app.query_one("#rows").children]
        assert shown == list(range(shown[0], shown[0] + app.WINDOW)) and app.pair.index == 18
        await pilot.press("G", "a")  # approving the last pair stays on it
        assert db(tmp_path, "long")[149].status == "approved"
        current = [r for r in app.rows if r.has_class("-current")]
        assert len(current) == 1 and current[0].pair.index == 149
        await pilot.press("slash", *"70.", "enter", "escape", "m")
        assert app.pair.index == 70 and db(tmp_path, "long")[70].tgt == ("Hello 70.", "Hello 71.")
        assert [r for r in app.rows if r.has_class("-current")][0].pair.tgt == ("Hello 70.", "Hello 71.")

    drive(tmp_path, script)


def test_review_command_needs_a_terminal(out):
    from click.testing import CliRunner

    from translate_tool.cli import main

    result = CliRunner().invoke(main, ["review", str(out)])
    assert result.exit_code == 1 and "needs an interactive terminal" in result.stderr


class _Scorer:
    """Records what the store asks to score; one-sided beads get the aligner's flag."""

    def __init__(self):
        self.asked = []

    def score_beads(self, beads, ctx_src, ctx_tgt, src_lang, tgt_lang, aligned=False):
        self.asked += list(beads)
        return [(0.42, ()) if s and t else (0.3, ("unaligned",)) for s, t in beads]


def test_resume_where_the_review_stopped_and_first_unreviewed_document(out):
    async def first(pilot, app):
        assert app.doc == "art" and app.pair.index == 0
        await pilot.press("a", "a", "a")  # three approved: stopped at pair 4 (index 3)
        assert app.pair.index == 3
        await pilot.press("q")

    drive(out, first)

    async def again(pilot, app):
        assert (app.doc, app.pair.index) == ("art", 3)
        assert "pair 4" in str(app.query_one("#status").render())

    drive(out, again)

    with ReviewStore.open(out) as s:  # every pair of `art` decided: the review opens `zeta`
        for p in s.pairs(doc="art"):
            s.approve(p.id)

    async def next_doc(pilot, app):
        assert app.doc == "zeta"

    drive(out, next_doc)


def test_filters_switch_inside_the_ui(out):
    async def script(pilot, app):
        assert app.only is None and len(app.ids) == 6
        await pilot.press("f")
        assert app.only == "unreviewed" and len(app.ids) == 6
        await pilot.press("f")  # aligned pairs (no review priority): needs review = low confidence
        assert app.only == "needs-review" and [app.pair_at(i).index for i in range(len(app.ids))] == [3]
        await pilot.press("f")
        assert app.only == "low-confidence" and [app.pair_at(i).index for i in range(len(app.ids))] == [3]
        await pilot.press("f")
        assert app.only == "non-1-1" and app.pair.index == 4
        await pilot.press("f", "f")
        assert app.only is None and len(app.ids) == 6

    drive(out, script)


def test_go_to_pair_number_and_paragraph_view(out):
    async def script(pilot, app):
        await pilot.press("colon", "5", "enter")
        assert app.pair.index == 4
        await pilot.press("colon", *"99", "enter")
        assert "no pair 99" in str(app.query_one("#status").render()) and app.pair.index == 4
        await pilot.press("p")
        assert isinstance(app.screen, ParagraphScreen)
        text = " ".join(str(w.render()) for w in app.screen.query(".para-side"))
        assert "Hola 4a. Hola 4b." in text and "Hola 5." in text and "Hello 5." in text  # pairs 4 and 5: paragraph 2
        await pilot.press("escape")
        assert not isinstance(app.screen, ParagraphScreen)

    drive(out, script)


def test_search_highlights_and_enter_finds_the_next(out):
    async def script(pilot, app):
        await pilot.press("slash", *"hello", "enter")
        assert app.pair.index == 1 and app.query_one("#prompt").has_class("-open")
        await pilot.press("enter")
        assert app.pair.index == 2
        row = next(r for r in app.rows if r.has_class("-current"))
        spans = row._tgt.render().spans  # the match is highlighted
        assert any("yellow" in str(s.style) for s in spans)
        await pilot.press("escape")
        assert not app.query_one("#prompt").has_class("-open")

    drive(out, script)


def test_save_and_approve_in_one_key_and_the_machine_text_stays_visible(out):
    scorer = _Scorer()

    async def script(pilot, app):
        await pilot.press("j", "e", "f7", *"Hi, one.", "f2")
        await pilot.pause()
        p = db(out)[1]
        assert p.tgt == ("Hi, one.",) and p.status == "approved" and p.mt == ("Hello 1.",)
        assert p.score == 0.42 and scorer.asked == [(("Hola 1.",), ("Hi, one.",))]  # rescored
        assert app.pair.index == 2  # saved, approved, moved on
        row = next(r for r in app.rows if r.pair.id == p.id)
        assert "was: Hello 1." in str(row._tgt.render())
        await pilot.press("k", "e")
        assert "Machine translation: Hello 1." in str(app.screen.query_one("#mt").render())
        await pilot.press("escape")

    drive(out, script, scorer=scorer)


def test_split_and_emptied_sides_are_scored_again(out):
    with ReviewStore.open(out) as s:  # the real encoder: the pipeline's confidence mapping
        first = s.pairs(doc="art")[0]
        s.approve(first.id)
        a, b = s.split(first.id)
        src_only, tgt_only = s.get(a), s.get(b)
        assert src_only.shape == "1-0" and tgt_only.shape == "0-1"
        # "Hola 0." has its counterpart right there: the tool is NOT sure it has none
        assert src_only.flags == ("unaligned",) and src_only.score < 0.5
        assert tgt_only.flags == ("unaligned",) and tgt_only.score < 0.5
        assert src_only.status == tgt_only.status == "unreviewed"
        p = s.pairs(doc="art")[3]
        s.approve(p.id)
        s.edit(p.id, "tgt", "")  # emptied: no longer an approved translation
        q = s.get(p.id)
        assert q.status == "unreviewed" and q.tgt == () and q.flags == ("unaligned",) and q.score < 1.0


def test_one_sided_bead_without_anything_to_compare_is_not_certain(tmp_path):
    from translate_tool.review.rescore import BeadScorer

    class Encoder:  # never called: nothing to compare with
        def embed(self, *a, **k):
            raise AssertionError

    score, flags = BeadScorer(Encoder()).score_beads([(("Hola.",), ())], [], [], "es", "en")[0]
    assert (score, flags) == (0.5, ("unaligned",))


def test_the_editor_offers_the_review_a_changed_sentence_had(tmp_path):
    """A pair reviewed, then its sentence changed a little in the document: the rerun resets it
    (kept as earlier review work); editing the new pair shows that review, F3 takes its text."""
    es = ["El gobierno anunció ayer nuevas medidas económicas.", "La oposición criticó el plan con dureza.",
          "Los mercados reaccionaron con calma."]
    en = ["The government announced new economic measures yesterday.", "The opposition criticised the plan.",
          "Markets reacted calmly."]

    def write_doc(src):
        recs = [PairRecord("art", i, (s,), (t,), (i,), (i,), 0, 0.9, (), "engine:test") for i, (s, t) in enumerate(zip(src, en))]
        (tmp_path / "art.pairs.jsonl").write_text(format_jsonl(recs), encoding="utf-8")

    write_doc(es)
    with ReviewStore.open(tmp_path) as store:
        first = store.pairs(doc="art")[1]
        store.approve(store.edit(first.id, "tgt", "The opposition harshly criticised the plan."))
    write_doc([es[0], "La oposición criticó ayer el plan con mucha dureza.", es[2]])  # what a rerun writes

    async def script(pilot, app):
        assert db(tmp_path)[1].status == "unreviewed" and db(tmp_path)[1].tgt == (en[1],)
        assert "1 earlier review(s)" in str(app.query_one("#status").render())
        assert app.earlier_at == {1}  # the pair list marks the pair it belongs to
        gutters = [str(row._gutter.render()) for row in app.query(PairRow) if row.pair is not None]
        assert ["↺ earlier" in g for g in gutters[:3]] == [False, True, False]
        await pilot.press("j", "e")
        assert isinstance(app.screen, EditScreen) and app.screen.earlier is not None
        assert "harshly criticised" in str(app.screen.query_one("#earlier").render())
        await pilot.press("f3", "f2")
        await pilot.pause()
        assert db(tmp_path)[1].tgt == ("The opposition harshly criticised the plan.",)
        assert db(tmp_path)[1].status == "approved"
        await pilot.press("e")  # the next pair: nothing like the earlier review, nothing offered
        assert isinstance(app.screen, EditScreen) and app.screen.earlier is None
        await pilot.press("escape")

    drive(tmp_path, script)
