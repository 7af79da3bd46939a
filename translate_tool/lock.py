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
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
from contextlib import contextmanager
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


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
    except OSError:
        text = ""
    return f"PID {text}" if text.isdigit() else "PID unknown"


@contextmanager
def output_lock(out_dir: str | Path, wait: bool = False, *, clean_temp: bool = True) -> Iterator[Path]:
    """Hold the output folder's lock for the duration of the block (the folder must exist).

    wait=False: raise `OutputLocked` at once, naming the folder and the holder's PID, if another
    process holds it; wait=True: block until it is free. Yields the lock file's path.
    clean_temp: remove stale `.*.tmp` files of atomic writes once the lock is held.
    """
    out_dir = Path(out_dir)
    path = out_dir / LOCK_NAME
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise TranslateToolError(f"cannot create the lock file {LOCK_NAME} ({exc.strerror or exc})", out_dir) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except OSError as exc:
            holder = _holder(fd)
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise OutputLocked(
                    f"in use by another translate-tool process ({holder}); "
                    "wait for it to finish or choose another output folder", out_dir
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
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
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
