"""Output files no manifest or review store keeps track of, written again without losing what a
person changed in them.

`translate -o x.en.txt`, `align -o x.tsv`, `export -o corpus.tmx` and `report -o page.html` write
single files that are the user's once written: a journalist fixes the English of `x.en.txt`, a
translator the status cells of `x.tsv`. Before such a file is written again, it is compared with
what the tool last wrote to that path (its SHA-256, recorded in `written.json` in the state
folder): a file there that is neither that nor what is about to be written is kept beside it as
`<name>.hand-edited` first (numbered when that name holds other bytes), and the caller says so.
With no record (the first write to that path, a file written by an older version, moved, or
from another machine) an existing file with other content is kept the same way: the safe side.
A record that cannot be read or written never fails the command; it only means a copy more.

The state folder: `$TRANSLATE_TOOL_STATE_DIR`, else `$XDG_STATE_HOME/translate-tool`, else
`~/.local/state/translate-tool`. (A `.pairs.jsonl` that `align -o` writes tells its own hand
edits by its records' `text_hash`: review/lone_file.py.)
"""

from __future__ import annotations

import fcntl
import json
import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .fileio import atomic_write_bytes, keep_copy, output_hash

RECORD_NAME = "written.json"
_PRUNE_OVER = 5000  # paths recorded; beyond it, those whose file is gone are forgotten


def state_dir() -> Path:
    env = os.environ.get("TRANSLATE_TOOL_STATE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_STATE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "state") / "translate-tool"


@contextmanager
def _record() -> Iterator[dict[str, str]]:
    """{absolute path: SHA-256 last written there}, read and written back under a lock (two
    commands at once each keep their entries); {} and nothing written back when it cannot be."""
    folder = state_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / f".{RECORD_NAME}.lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError:
        yield {}
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            record = json.loads((folder / RECORD_NAME).read_text(encoding="utf-8"))
            record = record if isinstance(record, dict) else {}
        except (OSError, ValueError):
            record = {}
        before = dict(record)
        yield record
        if record != before:
            if len(record) > _PRUNE_OVER:
                record = {p: h for p, h in record.items() if os.path.exists(p)}
            try:
                atomic_write_bytes(folder / RECORD_NAME, json.dumps(record, sort_keys=True).encode("utf-8"))
            except OSError:
                pass  # next time: no record for these paths, a copy more
    finally:
        os.close(fd)  # releases the lock


def write_output(path: str | Path, data: str | bytes) -> str | None:
    """Write `data` to `path` (atomically). If a file there holds other bytes than the tool last
    wrote to it, and other than `data`, keep it beside as `<name>.hand-edited` first and return
    the copy's name; None when nothing needed keeping. OSError as `atomic_write_bytes` raises it."""
    path = Path(path)
    new = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = None
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        # a device, FIFO or socket (-o /dev/null, -o /dev/stdout, a named pipe): written into as
        # it is; never read (a FIFO would block), copied or replaced by a rename (as root, a
        # rename would put a regular file where /dev/null was)
        with open(path, "wb") as stream:
            stream.write(new)
        return None
    key = str(path.resolve())
    with _record() as record:
        try:
            old = path.read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            old = None  # (a folder in the way: the write below says so)
        copy = None
        if old is not None and old != new and record.get(key) != output_hash(old):
            copy = keep_copy(path.parent, path.name, old)
        atomic_write_bytes(path, new)
        record[key] = output_hash(new)
    return copy


def kept_message(path: str | Path, copy: str) -> str:
    """The warning the CLI prints for a copy `write_output` kept."""
    return (f"{path}: not what translate-tool last wrote there (changed by hand, or written by something else);"
            f" kept as {copy} before writing it again")
