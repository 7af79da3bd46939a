"""Atomic file writes: a reader never sees a half-written output file."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, then rename over `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # name the file, not its temporary twin
        raise type(exc)(exc.errno, exc.strerror, str(path)) from exc
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs get the usual permissions
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError) and exc.errno is not None:  # name the file, not its temporary twin
            raise type(exc)(exc.errno, exc.strerror, str(path)) from exc
        raise


def atomic_write_text(path: str | Path, text: str) -> None:
    """UTF-8, LF line ends, no BOM."""
    atomic_write_bytes(path, text.encode("utf-8"))


def output_hash(data: str | bytes) -> str:
    """The SHA-256 of an output file's content (text as UTF-8): what `manifest.json` records and
    what tells a file edited by hand from the one the tool wrote."""
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


KEPT_SUFFIX = ".hand-edited"


def copy_for(folder: Path, name: str, data: bytes) -> tuple[str, bool]:
    """(the copy `keep_copy` keeps these bytes as, whether that copy holds them already), writing
    nothing: what a read-only command (show, export) says of a file it cannot take. The names
    are `<name>.hand-edited`, `<name>.hand-edited.2`, ...: the first free one, or the one that
    holds these very bytes."""
    base, k = f"{name}{KEPT_SUFFIX}", 1
    while True:
        copy = base if k == 1 else f"{base}.{k}"
        path = Path(folder) / copy
        if not path.exists():
            return copy, False
        if path.read_bytes() == data:
            return copy, True
        k += 1


def kept_already(folder: Path, name: str, data: bytes) -> bool:
    """Whether these bytes of a file changed by hand are kept beside it already."""
    return copy_for(folder, name, data)[1]


def keep_copy(folder: Path, name: str, data: bytes) -> str:
    """Keep a file's bytes beside it before it is written again; returns the copy's name (an
    existing copy of the same bytes: a second run over the same file)."""
    copy, held = copy_for(folder, name, data)
    if not held:
        atomic_write_bytes(Path(folder) / copy, data)
    return copy
