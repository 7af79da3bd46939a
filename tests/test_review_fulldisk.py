"""The review UI when the review store cannot be written (a full disk, a read-only folder, an I/O
error): the reviewer's typed text is never lost and a decision that was not saved never shows
as saved. Driven by real key presses through Textual's pilot; the committed state is read
through a separate connection.

Two ways the write fails: SQLite's own SQLITE_FULL (`PRAGMA max_page_count`: the store cannot
grow by a page, what a full disk does to it; the cursor turns it into schema.cannot_write), and
an OSError(ENOSPC) raised where the store's transaction commits (any write on the way)."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import json

import pytest

pytest.importorskip("textual")

from textual.widgets import TextArea  # noqa: E402

from translate_tool.data import PairRecord  # noqa: E402
from translate_tool.formats import format_jsonl  # noqa: E402
from translate_tool.review import ReviewStore  # noqa: E402
from translate_tool.review.schema import DB_NAME  # noqa: E402
from translate_tool.review.tui import EditScreen, ReviewApp  # noqa: E402

LONG = " ".join(f"Sentence {i} of a long careful edit that took the reviewer a while to type." for i in range(600))


class _Scorer:
    def score_beads(self, beads, ctx_src, ctx_tgt, src_lang, tgt_lang, aligned=False):
        return [(0.42, ()) for _ in beads]


@pytest.fixture
def out(tmp_path):
    recs = [PairRecord("art", i, (f"Hola {i}.",), (f"Hello {i}.",), (i,), (i,), i, 0.9) for i in range(4)]
    (tmp_path / "art.pairs.jsonl").write_text(format_jsonl(recs), encoding="utf-8")
    return tmp_path


def db(out):
    with ReviewStore(out / DB_NAME) as s:
        return s.pairs(doc="art")


class Disk:
    """Makes the app's store writes fail like a full disk, and makes room again."""

    def __init__(self, monkeypatch, kind):
        self.kind, self.full, self.app = kind, False, None
        real = ReviewStore.transaction
        disk = self

        @contextlib.contextmanager
        def transaction(store):
            with real(store) as conn:
                yield conn
                if disk.full and disk.kind == "oserror":  # the COMMIT's write: rolled back
                    raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(ReviewStore, "transaction", transaction)

    def fill(self):
        self.full = True
        if self.kind == "sqlite":
            conn = self.app.store.conn
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            assert conn.execute("PRAGMA freelist_count").fetchone()[0] < 4  # LONG needs more pages than that
            conn.execute(f"PRAGMA max_page_count = {pages}")

    def make_room(self):
        self.full = False
        if self.kind == "sqlite":
            self.app.store.conn.execute("PRAGMA max_page_count = 1073741823")

    @property
    def why(self):
        return "No space left on device" if self.kind == "oserror" else "database or disk is full"


def drive(out, script, disk=None):
    async def go():
        store = ReviewStore.open(out, scorer=_Scorer())
        app = ReviewApp(store, out, cursor_blink=False, warm_up=False)
        if disk is not None:
            disk.app = app
        try:
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                await script(pilot, app)
        finally:
            store.close()
        return app

    return asyncio.run(go())


def status(app):
    return str(app.screen_stack[0].query_one("#status").render())


async def type_a_long_edit_and_save_on_a_full_disk(pilot, app, disk):
    """Pair 2's English rewritten as "Hi, one." + LONG, the disk filled, Ctrl+S."""
    await pilot.press("j", "e", "f7", *"Hi, one.", "enter")
    app.screen.query_one(TextArea).insert(LONG)
    disk.fill()
    await pilot.press("ctrl+s")
    await pilot.pause()


@pytest.mark.parametrize("kind", ["sqlite", "oserror"])
def test_a_long_edit_that_cannot_be_saved_stays_in_the_editor_and_saves_once_there_is_room(out, monkeypatch, kind):
    disk = Disk(monkeypatch, kind)
    typed = "Hi, one.\n" + LONG

    async def script(pilot, app):
        await type_a_long_edit_and_save_on_a_full_disk(pilot, app, disk)
        assert isinstance(app.screen, EditScreen)  # still open, the text in it
        assert app.screen.query_one(TextArea).text == typed
        notice = str(app.screen.query_one("#notice").render())
        assert "NOT saved" in notice and disk.why in notice and "Ctrl+S" in notice
        assert "NOT saved" in status(app) and disk.why in status(app)
        assert db(out)[1].tgt == ("Hello 1.",) and not db(out)[1].edited
        await pilot.press("ctrl+s")  # still full: still kept
        await pilot.pause()
        assert isinstance(app.screen, EditScreen) and app.screen.query_one(TextArea).text == typed
        disk.make_room()
        await pilot.press("f2")  # save and approve, once there is room
        await pilot.pause()
        assert not isinstance(app.screen, EditScreen)
        p = db(out)[1]
        assert p.tgt == ("Hi, one.", LONG) and p.edited and p.status == "approved"
        assert "NOT saved" not in status(app)

    drive(out, script, disk)


def test_a_decision_or_undo_that_cannot_be_saved_does_not_show_as_saved(out, monkeypatch):
    disk = Disk(monkeypatch, "oserror")

    async def script(pilot, app):
        await pilot.press("a")  # saved
        assert app.current == 1
        disk.fill()
        await pilot.press("r")
        assert [p.status for p in db(out)] == ["approved", "unreviewed", "unreviewed", "unreviewed"]
        assert app.current == 1  # did not move on as after a decision
        row = next(r for r in app.rows if r.pair.index == 1)
        assert "unreviewed" in str(row._gutter.render()) and not row.has_class("-rejected")
        assert "reject NOT saved" in status(app) and disk.why in status(app)
        await pilot.press("u")  # undo cannot be saved either: no crash, said so
        assert db(out)[0].status == "approved" and "undo NOT saved" in status(app)
        assert "reviewed 1/4" in status(app)
        disk.make_room()
        await pilot.press("r")
        assert db(out)[1].status == "rejected" and app.current == 2

    drive(out, script, disk)


def rescue_files(tmp_path):
    from translate_tool.written_files import state_dir

    return sorted((state_dir() / "review-rescue").glob("*.json"))


def test_quitting_with_an_unsaved_edit_keeps_it_in_a_rescue_file_the_next_review_offers(out, monkeypatch, tmp_path):
    disk = Disk(monkeypatch, "oserror")
    typed = "Hi, one.\n" + LONG

    async def full(pilot, app):
        await type_a_long_edit_and_save_on_a_full_disk(pilot, app, disk)
        assert isinstance(app.screen, EditScreen)
        await pilot.press("ctrl+q")  # quit, the editor open, the text not saved
        await pilot.pause()

    app = drive(out, full, disk)
    assert db(out)[1].tgt == ("Hello 1.",)
    [rescue] = rescue_files(tmp_path)
    kept = json.loads(rescue.read_text(encoding="utf-8"))
    assert kept["folder"] == str(out.resolve())
    assert [(e["doc"], e["pair"], e["side"], e["text"]) for e in kept["edits"]] == [("art", 1, "tgt", typed)]
    assert any(str(rescue) in line and "NOT saved" in line for line in app.unsaved_report)
    disk.make_room()

    async def later(pilot, app):  # the next review: the editor opens on that pair with the text
        await pilot.pause()
        assert isinstance(app.screen, EditScreen) and app.pair.index == 1
        assert app.screen.query_one(TextArea).text == typed
        assert str(rescue) in str(app.screen.query_one("#notice").render())
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, EditScreen)
        assert db(out)[1].tgt == ("Hi, one.", LONG)

    app = drive(out, later, disk)
    assert rescue_files(tmp_path) == [] and app.unsaved_report == []


def test_unsaved_text_is_printed_when_not_even_the_rescue_file_can_be_written(out, monkeypatch, tmp_path):
    disk = Disk(monkeypatch, "oserror")
    (tmp_path / "afile").write_text("x")
    monkeypatch.setenv("TRANSLATE_TOOL_STATE_DIR", str(tmp_path / "afile" / "state"))  # cannot be made

    async def script(pilot, app):
        await pilot.press("j", "e", "f7", *"Hi, one.")
        disk.fill()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()

    app = drive(out, script, disk)
    report = "\n".join(app.unsaved_report)
    assert "NOT saved" in report and "could not be written" in report and "Hi, one." in report
    assert "pair #2 of art" in report


def test_escape_after_a_failed_save_asks_before_throwing_the_text_away(out, monkeypatch):
    disk = Disk(monkeypatch, "oserror")

    async def script(pilot, app):
        await pilot.press("j", "e", "f7", *"Hi, one.")
        disk.fill()
        await pilot.press("ctrl+s", "escape")
        await pilot.pause()
        assert isinstance(app.screen, EditScreen) and app.screen.query_one(TextArea).text == "Hi, one."
        assert "Esc again" in str(app.screen.query_one("#notice").render())
        await pilot.press("escape")  # asked twice: thrown away, and said so
        await pilot.pause()
        assert not isinstance(app.screen, EditScreen) and "NOT saved is thrown away" in status(app)

    app = drive(out, script, disk)
    assert app.unsaved_report == []


def test_the_text_of_a_failed_save_is_in_the_rescue_file_before_the_review_ends(out, monkeypatch, tmp_path):
    """A review killed (or its terminal closed) after a failed save and before the retry: the text
    is already in the rescue file; once the retry saves it, the rescue file is gone."""
    disk = Disk(monkeypatch, "oserror")
    typed = "Hi, one.\n" + LONG

    async def script(pilot, app):
        await type_a_long_edit_and_save_on_a_full_disk(pilot, app, disk)
        [rescue] = rescue_files(tmp_path)  # what a kill -9 now would leave
        assert "already in a rescue file" in str(app.screen.query_one("#notice").render())
        kept = json.loads(rescue.read_text(encoding="utf-8"))
        assert [(e["doc"], e["pair"], e["side"], e["text"]) for e in kept["edits"]] == [("art", 1, "tgt", typed)]
        assert disk.why in kept["edits"][0]["why"]
        disk.make_room()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, EditScreen) and db(out)[1].tgt == ("Hi, one.", LONG)
        assert rescue_files(tmp_path) == []

    app = drive(out, script, disk)
    assert app.unsaved_report == []


def test_quitting_right_after_a_failed_save_names_the_rescue_file(out, monkeypatch, tmp_path):
    disk = Disk(monkeypatch, "oserror")

    async def script(pilot, app):
        await pilot.press("j", "e", "f7", *"Hi, one.")
        disk.fill()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+q")  # nothing typed since the failed save
        await pilot.pause()

    app = drive(out, script, disk)
    [rescue] = rescue_files(tmp_path)
    assert [e["text"] for e in json.loads(rescue.read_text(encoding="utf-8"))["edits"]] == ["Hi, one."]
    assert any(str(rescue) in line and "NOT saved" in line for line in app.unsaved_report)
