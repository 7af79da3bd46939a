"""A review process killed with SIGKILL loses no decision it committed before the kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from translate_tool.data import PairRecord
from translate_tool.formats import format_jsonl
from translate_tool.review import ReviewStore
from translate_tool.review.schema import DB_NAME

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

N = 12


@pytest.fixture
def out(tmp_path):
    recs = [PairRecord("art", i, (f"Hola {i}.",), (f"Hello {i}.",), (i,), (i,), i // 3, 0.9) for i in range(N)]
    (tmp_path / "art.pairs.jsonl").write_text(format_jsonl(recs), encoding="utf-8")
    return tmp_path


def spawn(code: str, out) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def read_until(proc: subprocess.Popen, marker: str) -> list[str]:
    lines = []
    for line in proc.stdout:
        lines.append(line.strip())
        if line.startswith(marker):
            return lines
    proc.wait(5)
    raise AssertionError(f"child ended before {marker!r}: {lines} {proc.stderr.read()}")


def kill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    proc.stdout.close()
    proc.stderr.close()


def check_database(out) -> ReviewStore:
    store = ReviewStore(out / DB_NAME)
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return store


def test_killed_in_the_middle_of_an_edit(out):
    """The child commits decisions, then is killed inside a merge's transaction."""
    proc = spawn(
        """
        import sys, time
        from translate_tool.review import ReviewStore
        store = ReviewStore.open(sys.argv[1])
        ids = [p.id for p in store.pairs()]
        for k, i in enumerate(ids[:8]):
            if k % 2:
                store.edit(i, "tgt", f"Edited {k}.")
            else:
                store.approve(i)
            print("committed", k, flush=True)
        real = store._replace
        def hang(*args):
            result = real(*args)  # the beads are rewritten, the transaction is still open
            print("mid-edit", flush=True)
            time.sleep(60)
            return result
        store._replace = hang
        store.merge_next(ids[9])
        """,
        out,
    )
    lines = read_until(proc, "mid-edit")
    kill(proc)
    assert lines[:8] == [f"committed {k}" for k in range(8)]
    store = check_database(out)
    pairs = store.pairs()
    assert len(pairs) == N  # the merge never committed
    for k in range(8):
        if k % 2:
            assert pairs[k].tgt == (f"Edited {k}.",) and pairs[k].edited
        else:
            assert pairs[k].status == "approved"
    assert [p.status for p in pairs[8:]] == ["unreviewed"] * (N - 8)
    # The next session resumes, and the undo history is intact.
    assert store.undo().label == "edit English text"
    store.close()


def test_review_ui_killed_while_editing(out):
    """The full-screen UI (headless) approves pairs, opens the editor, types, and is killed."""
    proc = spawn(
        """
        import asyncio, sys, time
        from translate_tool.review import ReviewStore
        from translate_tool.review.tui import ReviewApp
        async def main():
            store = ReviewStore.open(sys.argv[1])
            app = ReviewApp(store, sys.argv[1], cursor_blink=False)
            async with app.run_test(size=(100, 30)) as pilot:
                for k in range(5):
                    await pilot.press("a")
                    print("approved", k, flush=True)
                await pilot.press("e", "f7", *"Half typed")
                print("editing", flush=True)
                time.sleep(60)
        asyncio.run(main())
        """,
        out,
    )
    lines = read_until(proc, "editing")
    kill(proc)
    assert lines[:5] == [f"approved {k}" for k in range(5)]
    store = check_database(out)
    pairs = store.pairs()
    assert [p.status for p in pairs] == ["approved"] * 5 + ["unreviewed"] * (N - 5)
    assert pairs[5].tgt == ("Hello 5.",)  # the unsaved edit is not there, and nothing else broke
    store.close()
    with ReviewStore.open(out) as again:  # a new review session opens it normally
        assert again.progress() == (5, N)
