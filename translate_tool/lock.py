"""One writer per output folder: an advisory lock on `OUT_DIR/.translate-tool.lock`.

`run` holds it from the moment it is about to write until its manifest is written; any
other command that writes into an output folder (the review store, align) should hold it
too, so two processes never interleave writes:

    from translate_tool.lock import output_lock
    with output_lock(out_dir, wait=False):   # OutputLocked (exit code 5) if someone holds it
        ...write...

The lock is `fcntl.flock` on the lock file: the kernel releases it when its holder exits,
even on SIGKILL, so a crashed run never leaves the folder locked. The holder writes its PID
into the file (for the refusal message) and removes the file when it is done; a process
that was waiting on a removed file notices (the inode changed) and locks the new one.
While holding the lock we also remove temporary files that a killed writer left behind
(`fileio.atomic_write_*` writes `.<name>.<random>.tmp` and renames it).

Readers (`show`, `export`, `report`) take no lock and create nothing: `writer_of` tells them
whether a writer holds the folder (a shared flock for an instant on the existing lock file,
opened read-only, so it works on a read-only copy of a folder too), and `wait_for_writer` waits
for it to finish (review/reading.py decides when a reader must). A writer whose non-blocking
attempt meets such a look retries for a moment instead of refusing.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import TranslateToolError

LOCK_NAME = ".translate-tool.lock"
EXIT_LOCKED = 5
# tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp") as used by fileio.atomic_write_bytes.
_STALE_TMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


_HELD: set[int] = set()  # descriptors of the locks this process holds (a forked child inherits them)


def release_in_child() -> None:
    """In a process forked while holding an output lock (align-corpus's workers): close the inherited
    descriptors. flock belongs to the open file, so a child outliving a killed parent would
    otherwise hold the folder locked (every later command: exit 5) until someone kills it."""
    for fd in list(_HELD):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD.clear()


class OutputLocked(TranslateToolError):
    """Another process holds the output folder's lock."""

    exit_code = EXIT_LOCKED


def _holder_lines(fd: int) -> list[str]:
    try:
        return os.pread(fd, 128, 0).decode("ascii", "replace").strip().splitlines()
    except OSError:
        return []


def _holder(fd: int) -> "Writer":
    lines = _holder_lines(fd)
    pid = lines[0].strip() if lines else ""
    return Writer(int(pid) if pid.isdigit() else None, lines[1].strip() if len(lines) > 1 else "")


_BUSY = (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)
# A reader's look (`writer_of`) holds a shared flock for microseconds; a writer that meets one
# (only shared holders) tries again for up to this long before it refuses.
READER_GRACE = 2.0


def _lock_exclusive(fd: int, wait: bool) -> None:
    if wait:
        fcntl.flock(fd, fcntl.LOCK_EX)
        return
    deadline = time.monotonic() + READER_GRACE
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as exc:
            if exc.errno not in _BUSY:
                raise
            try:  # held shared (readers looking) or exclusively (a writer)?
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except OSError:
                raise exc from None
            fcntl.flock(fd, fcntl.LOCK_UN)
            if time.monotonic() > deadline:
                raise exc
            time.sleep(0.002)


@dataclass(frozen=True)
class Writer:
    """The process holding an output folder's lock, as a reader sees it."""

    pid: int | None
    command: str  # "run", "align-corpus", "review", ... ("" if it did not say)

    def describe(self, out_dir=None) -> str:
        """"the run writing OUT (pid 123)"; without `out_dir`: "the run (pid 123)"."""
        what = ({"review": "the review session"}.get(self.command, f"the {self.command}") if self.command
                else "another translate-tool process")
        where = f" writing {out_dir}" if out_dir is not None else ""
        return f"{what}{where} (pid {self.pid if self.pid is not None else 'unknown'})"


def writer_of(out_dir: str | Path) -> Writer | None:
    """The writer holding the output folder's lock now, or None. Creates nothing and needs no
    write permission (the lock file, if there is one, is opened read-only); this process's own
    lock does not count."""
    path = Path(out_dir) / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None  # no lock file: no writer (a writer creates it before it writes anything)
    try:
        st = os.fstat(fd)
        for held in list(_HELD):
            try:
                if os.path.samestat(os.fstat(held), st):
                    return None  # our own
            except OSError:
                pass
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in _BUSY:
                return None
            return _holder(fd)
        fcntl.flock(fd, fcntl.LOCK_UN)  # a lock file left by a killed writer: nobody holds it
        return None
    finally:
        os.close(fd)


def wait_for_writer(out_dir: str | Path, timeout: float | None = None, poll: float = 0.2) -> bool:
    """Wait until no writer holds the output folder's lock; False if `timeout` seconds passed first."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while writer_of(out_dir) is not None:
        if deadline is not None and time.monotonic() >= deadline:
            return False
        time.sleep(poll)
    return True


@contextmanager
def output_lock(out_dir: str | Path, wait: bool = False, *, clean_temp: bool = True,
                command: str = "") -> Iterator[Path]:
    """Hold the output folder's lock for the duration of the block (the folder must exist).

    wait=False: raise `OutputLocked` at once, naming the folder and the holder's PID, if another
    process holds it; wait=True: block until it is free. Yields the lock file's path.
    clean_temp: remove stale `.*.tmp` files of atomic writes once the lock is held.
    command: what holds it ("run", "review", ...), written after the PID for readers' messages.
    """
    out_dir = Path(out_dir)
    path = out_dir / LOCK_NAME
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise TranslateToolError(f"cannot create the lock file {LOCK_NAME} ({exc.strerror or exc})", out_dir) from None
        try:
            _lock_exclusive(fd, wait)
        except OSError as exc:
            holder = _holder(fd)
            os.close(fd)
            if exc.errno in _BUSY:
                # name what holds it: a reviewer told "another process" looks for a stray job
                advice = "close it" if holder.command == "review" else "wait for it to finish"
                raise OutputLocked(
                    f"in use by {holder.describe()}; {advice} or choose another output folder", out_dir
                ) from None
            raise TranslateToolError(f"cannot lock this folder ({exc.strerror or exc})", out_dir) from None
        try:  # the previous holder may have removed the file while we waited on it
            current = os.stat(path)
        except FileNotFoundError:
            current = None
        if current is not None and os.path.samestat(os.fstat(fd), current):
            break
        os.close(fd)
    _HELD.add(fd)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n{command}\n".encode("ascii", "replace"), 0)
        if clean_temp:
            remove_stale_temp_files(out_dir)
        yield path
    finally:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        _HELD.discard(fd)
        os.close(fd)  # releases the lock


def remove_stale_temp_files(out_dir: str | Path) -> list[str]:
    """Delete leftovers of interrupted atomic writes in `out_dir`; returns their names.

    Only call this while holding `output_lock`: a live writer's temporary file looks the same.
    """
    removed = []
    try:
        entries = list(os.scandir(out_dir))
    except FileNotFoundError:
        return removed
    for entry in entries:
        if _STALE_TMP.match(entry.name) and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
                removed.append(entry.name)
            except FileNotFoundError:
                pass
    return sorted(removed)
