"""Reading an output folder while a writer may be rewriting it (`show`, `export`, `report`).

A reader takes no lock and writes nothing (it must work on a read-only copy of a folder): it
copies the review store into memory, then reads `manifest.json` and the output files to find
edits made by hand (review/hand_edits.py). A `run` (or `align-corpus`, or a review session
leaving a document) that commits to the store and rewrites files in between makes the files
look "changed by hand" to it: the store it copied is older than the files it read.

So a reading that found hand edits is checked (a reading that found none is what the store
said, and is used as it is): the folder is fingerprinted before and after it (`FolderState`:
every file's inode, size and times, which an atomic write changes; the store's change counter;
who holds the folder's lock). It stands when

- the folder did not change while it was read and no writer held it: the hand edits are real;
- or the folder did not change while it was read and the writer is a review session: the
  session writes a document's files only from what its store holds already (committed before
  the copy), so a still folder is a consistent one;
- otherwise (a `run` or `align-corpus` holds the folder: it writes files before its manifest, a
  huge document in parts, glosses the store does not know) the reader waits for the writer to
  finish and reads again (`wait=False`: `OutputLocked`, exit 5). A real hand edit is not hidden:
  the writer takes it in (or keeps the file as `<name>.hand-edited`) and says so, and the
  reading after it shows the folder as the writer left it.

Writers are never held up: the reader's look at the lock is a shared flock of an instant on the
existing lock file, which `lock.output_lock` retries past (docs/reliability.md).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..lock import EXIT_LOCKED, OutputLocked, Writer, wait_for_writer, writer_of
from .schema import DB_NAME

RETRIES = 5  # readings of a folder that changed under them before the reader waits (or gives up looking)


@dataclass(frozen=True)
class FolderState:
    writer: Writer | None
    files: tuple  # (path, inode, size, mtime_ns, ctime_ns) of every file in the folder
    store_counter: bytes  # the SQLite file change counter (header bytes 24..27), b"" without a store


def folder_state(out_dir: str | Path) -> FolderState:
    out_dir = Path(out_dir)
    writer = writer_of(out_dir)
    files = []
    for root, dirs, names in os.walk(out_dir):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(root, name)
            try:
                st = os.lstat(path)
            except OSError:
                continue
            files.append((os.path.relpath(path, out_dir), st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    try:
        with open(out_dir / DB_NAME, "rb") as f:
            counter = f.read(28)[24:28]
    except OSError:
        counter = b""
    return FolderState(writer, tuple(files), counter)


def open_consistently(open_once: Callable, out_dir: str | Path, *, wait: bool = True,
                      on_wait: Callable[[Writer], None] | None = None, timeout: float | None = None):
    """`open_once()` (a read-only ReviewStore.open) until its hand edits are the folder's own and
    not a writer's work in progress (module docstring). `on_wait(writer)`: before waiting."""
    out_dir = Path(out_dir)
    tries = 0
    while True:
        before = folder_state(out_dir)
        store = open_once()
        if not store.hand_edits:
            return store
        after = folder_state(out_dir)
        writer = after.writer or before.writer
        still = before == after
        if still and (writer is None or writer.command == "review"):
            return store
        store.close()
        tries += 1
        if writer is None or (writer.command == "review" and tries < RETRIES):
            if tries >= RETRIES:  # files changing all the time, and no writer: someone editing them now
                return open_once()
            time.sleep(0.05 * tries)
            continue
        if not wait:
            raise OutputLocked(f"{writer.describe()} changed files while they were read; "
                               "run this again when it has finished (without --no-wait it waits)", out_dir)
        if on_wait is not None:
            on_wait(writer)
        if not wait_for_writer(out_dir, timeout):
            raise OutputLocked(f"{writer.describe()} did not finish within {timeout:g} s", out_dir)
        tries = 0


__all__ = ["EXIT_LOCKED", "FolderState", "folder_state", "open_consistently"]
