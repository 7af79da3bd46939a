"""`show`, `export` and `report` while a writer rewrites the folder (review/reading.py): a run that
commits to the review store and rewrites files between the reader's copy of the store and its
reading of the files must not look like files "changed by hand"; a real hand edit is still
reported; a reader needs no write access to the folder (QA round 3, F06)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import TRANSLATED_SEED
from translate_tool.cli import main
from translate_tool.lock import LOCK_NAME, output_lock, writer_of

SEED = TRANSLATED_SEED
ADDED = "El presidente visitó ayer la ciudad."

# A `run` in another process, stopped just before it writes its manifest (its files and the
# review store are written by then): it says "paused" and holds the folder's lock until its
# stdin gives a line.
PAUSED_RUN = r'''
import sys
from translate_tool import run_writer
from translate_tool.cli import main

real = run_writer.RunWriter.write_manifest
def paused(self, *args, **kwargs):
    print("paused", flush=True)
    sys.stdin.readline()
    return real(self, *args, **kwargs)
run_writer.RunWriter.write_manifest = paused
main(["run", sys.argv[1], "-o", sys.argv[2]], standalone_mode=False)
print("done", flush=True)
'''

# A writer holding the lock until its stdin gives a line (a review session left open).
HOLDER = r'''
import sys
from translate_tool.lock import output_lock
with output_lock(sys.argv[1], clean_temp=False, command=sys.argv[2]):
    print("holding", flush=True)
    sys.stdin.readline()
'''


def _start(script: str, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=dict(os.environ))


def _finish(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    proc.wait(timeout=120)


class _RunMidRead:
    """Starts PAUSED_RUN the first time the reader reads the folder's files for hand edits: after
    it copied the store, before it reads the files (the race of F06, made certain). The run is let
    go when the reader waits for it (reading.wait_for_writer)."""

    def __init__(self, monkeypatch, src, out):
        import translate_tool.review.hand_edits as hand_edits
        import translate_tool.review.reading as reading

        self.proc = None
        self.waited = 0
        real_take, real_wait = hand_edits.take_folder_hand_edits, reading.wait_for_writer

        def take(store, out_dir, **kwargs):
            if self.proc is None:
                self.proc = _start(PAUSED_RUN, src, out)
                assert self.proc.stdout.readline() == "paused\n"
                assert writer_of(out) is not None and writer_of(out).command == "run"
            return real_take(store, out_dir, **kwargs)

        def wait(out_dir, *args, **kwargs):
            self.waited += 1
            _finish(self.proc)  # the run writes its manifest and lets go of the folder
            return real_wait(out_dir, *args, **kwargs)

        monkeypatch.setattr(hand_edits, "take_folder_hand_edits", take)
        monkeypatch.setattr(reading, "wait_for_writer", wait)


def test_an_export_while_a_run_rewrites_the_folder_reports_no_hand_edit(translated, monkeypatch):
    src, out = translated
    path = src / f"{SEED}.txt"
    path.write_text(path.read_text(encoding="utf-8") + f"\n{ADDED}\n", encoding="utf-8")
    race = _RunMidRead(monkeypatch, src, out)
    try:
        result = CliRunner().invoke(main, ["export", str(out), "--format", "jsonl", "--status", "any"])
    finally:
        _finish(race.proc)
    assert result.exit_code == 0, result.output
    assert race.proc.returncode == 0
    assert "by hand" not in result.stderr and "hand-edited" not in result.stderr, result.stderr
    assert f"waiting for the run writing {out} (pid {race.proc.pid}) to finish" in result.stderr
    assert race.waited == 1
    assert ADDED in result.stdout  # the folder as the run left it (its new sentence is in the export)
    assert not list(out.glob("*.hand-edited*"))


def test_with_no_wait_a_reader_that_met_a_run_stops_with_exit_5(translated, monkeypatch):
    src, out = translated
    path = src / f"{SEED}.txt"
    path.write_text(path.read_text(encoding="utf-8") + f"\n{ADDED}\n", encoding="utf-8")
    race = _RunMidRead(monkeypatch, src, out)
    try:
        result = CliRunner().invoke(main, ["show", str(out), "--no-wait"])
        assert result.exit_code == 5, result.output
        assert result.stderr.strip() == (f"error: {out}: the run (pid {race.proc.pid}) changed files while they "
                                         "were read; run this again when it has finished (without --no-wait it waits)")
        assert race.waited == 0
    finally:
        _finish(race.proc)
    assert race.proc.returncode == 0


def _edit_second_pair(out: Path) -> str:
    text = (out / f"{SEED}.en.txt").read_text(encoding="utf-8")
    import json

    second = json.loads((out / f"{SEED}.pairs.jsonl").read_text(encoding="utf-8").splitlines()[1])["tgt"][0]
    fixed = second[:-1] + " (fixed by hand)."
    assert second in text
    (out / f"{SEED}.en.txt").write_text(text.replace(second, fixed, 1), encoding="utf-8")
    return fixed


TAKEN = f"{SEED}: edits made by hand taken into the review: pair #2 (for this command only: the next `review`, `decide` or `run` keeps them)"


def test_a_hand_edit_made_while_nobody_writes_is_reported(translated):
    src, out = translated
    fixed = _edit_second_pair(out)
    (out / LOCK_NAME).write_text("999999\nrun\n")  # a lock file left by a killed writer: held by no one
    result = CliRunner().invoke(main, ["export", str(out), "--format", "jsonl", "--status", "any"])
    assert result.exit_code == 0, result.output
    assert TAKEN in result.stderr and "waiting" not in result.stderr
    assert fixed in result.stdout
    # a change the review cannot take: still the warning, naming the copy the next writer keeps
    text = (out / f"{SEED}.en.txt").read_text(encoding="utf-8")
    (out / f"{SEED}.en.txt").write_text("A line nobody translated.\n" + text, encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(out)])
    assert result.exit_code == 0, result.output
    assert f"warning: {SEED}.en.txt: changed by hand, but" in result.stderr
    assert f"the next run or review will keep it as {SEED}.en.txt.hand-edited" in result.stderr


def test_a_hand_edit_is_reported_while_a_review_session_holds_the_folder(translated):
    """A review session holds the lock for as long as it is open, but writes a document's files
    only from what its store holds: a reading during which nothing changed is consistent, and
    is not kept waiting for the session to end."""
    src, out = translated
    fixed = _edit_second_pair(out)
    holder = _start(HOLDER, out, "review")
    try:
        assert holder.stdout.readline() == "holding\n"
        result = CliRunner().invoke(main, ["export", str(out), "--format", "jsonl", "--no-wait"])
    finally:
        _finish(holder)
    assert result.exit_code == 0, result.output
    assert TAKEN in result.stderr and fixed in result.stdout


def test_a_hand_edit_met_while_a_run_holds_the_folder_waits_for_it(translated):
    """A run holding the folder may be half way through writing it: a reader that finds a hand
    edit then cannot tell it from the run's work; it stops with --no-wait (exit 5)."""
    src, out = translated
    _edit_second_pair(out)
    holder = _start(HOLDER, out, "run")
    try:
        assert holder.stdout.readline() == "holding\n"
        result = CliRunner().invoke(main, ["report", str(out), "-o", "-", "--no-wait"])
        assert result.exit_code == 5, result.output
        assert f"the run (pid {holder.pid}) changed files while they were read" in result.stderr
    finally:
        _finish(holder)
    result = CliRunner().invoke(main, ["report", str(out), "-o", "-", "--no-wait"])  # nobody writes now
    assert result.exit_code == 0, result.output
    assert TAKEN in result.stderr


def test_a_reader_does_not_hold_up_a_writer(translated):
    """A reader's look at the lock (a shared flock for an instant) never makes a writer refuse;
    a writer still refuses while another writer holds the folder."""
    src, out = translated
    import fcntl

    fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_SH)  # as writer_of holds it, here for longer than an instant
    import threading

    threading.Timer(0.3, lambda: (fcntl.flock(fd, fcntl.LOCK_UN), os.close(fd))).start()
    with output_lock(out, command="run"):
        assert writer_of(out) is None  # (our own lock)
    holder = _start(HOLDER, out, "run")
    try:
        assert holder.stdout.readline() == "holding\n"
        result = CliRunner().invoke(main, ["run", str(src), "-o", str(out)])
        assert result.exit_code == 5 and f"in use by the run (pid {holder.pid})" in result.output
    finally:
        _finish(holder)


@contextlib.contextmanager
def _read_only_view(folder: Path):
    """The folder where nothing can be written: a read-only bind mount (as root, whom file modes
    do not stop), else the files' write permission taken away."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
        for p in modes:
            p.chmod(modes[p] & ~0o222)
        try:
            yield folder
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    view = folder.parent / f"{folder.name}-ro"
    view.mkdir()
    ok = subprocess.run(["mount", "--bind", str(folder), str(view)], capture_output=True).returncode == 0
    if ok and subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], capture_output=True).returncode != 0:
        subprocess.run(["umount", str(view)])
        ok = False
    if not ok:
        pytest.skip("cannot make a read-only view of a folder here (no bind mount)")
    try:
        yield view
    finally:
        subprocess.run(["umount", str(view)], check=True)


def test_readers_work_on_a_read_only_folder(translated):
    """A copy on a read-only medium: no lock file can be created there; a lock file copied along
    with the folder (held by nobody) is only looked at."""
    src, out = translated
    fixed = _edit_second_pair(out)
    (out / LOCK_NAME).write_text("999999\nrun\n")
    with _read_only_view(out) as view:
        with pytest.raises(OSError):
            (view / "probe").write_text("x")
        before = {p.name: p.read_bytes() for p in view.iterdir()}
        for args in (["show", str(view), "--json"], ["export", str(view), "--format", "tsv"], ["report", str(view), "-o", "-"]):
            result = CliRunner().invoke(main, args)
            assert result.exit_code == 0, (args, result.output)
            assert f"{SEED}: edits made by hand taken into the review: pair #2" in result.stderr
            assert fixed in result.stdout or fixed.replace("&", "&amp;") in result.stdout
        assert {p.name: p.read_bytes() for p in view.iterdir()} == before


# A review session in another process that, once started, edits and approves pair 1, leaves the
# document (its files and manifest entry written from the store), says "written" and stays open.
SESSION = r'''
import sys
from pathlib import Path
from translate_tool.lock import output_lock
from translate_tool.review.outputs import write_reviewed_document
from translate_tool.review.store import ReviewStore
out, stem = Path(sys.argv[1]), sys.argv[2]
with output_lock(out, clean_temp=False, command="review"):
    store = ReviewStore.open(out)
    pair = store.pairs(doc=stem)[0]
    store.edit(pair.id, "tgt", ["Written by the review session."])
    store.approve(pair.id)
    write_reviewed_document(store, stem, out)
    store.close()
    print("written", flush=True)
    sys.stdin.readline()
'''


def test_a_review_session_leaving_a_document_mid_read_is_not_a_hand_edit(translated, monkeypatch):
    """The reader read the manifest before the session wrote the document and the files after:
    the folder changed under it, so it reads again (the session stays open: no waiting)."""
    import translate_tool.review.hand_edits as hand_edits

    src, out = translated
    session = []
    real = hand_edits.written_hashes

    def hashes(out_dir, store=None):
        found = real(out_dir, store)
        if not session:
            session.append(_start(SESSION, out, SEED))
            assert session[0].stdout.readline() == "written\n"
        return found

    monkeypatch.setattr(hand_edits, "written_hashes", hashes)
    try:
        result = CliRunner().invoke(main, ["export", str(out), "--format", "jsonl", "--no-wait"])
    finally:
        _finish(session[0])
    assert result.exit_code == 0, result.output
    assert "by hand" not in result.stderr and "waiting" not in result.stderr, result.stderr
    assert '"tgt": ["Written by the review session."]' in result.stdout
