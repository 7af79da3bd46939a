"""Reading documents: bytes on disk -> a normalised `Document` split into paragraphs.

UTF-8 (with or without BOM) is expected, UTF-16 and UTF-32 are read when they start with a
byte order mark; files that are not valid UTF-8 are decoded as
Windows-1252 (a superset of Latin-1 for printable text, the usual culprit) with a warning
naming the file. Binary files are refused. Text is normalised to NFC and LF line ends.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path

from .data import Document
from .errors import DocumentError, NotADocument

# Bytes that never occur in text files; a handful of them means "binary".
_CONTROL_BYTES = set(range(0, 9)) | {11, 14, 15} | set(range(16, 27)) | set(range(28, 32))
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n[\s]*")

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
# UTF-32 first: its little-endian BOM begins with UTF-16's.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_text(data: bytes, path: str | Path = "<input>") -> tuple[str, str, tuple[str, ...]]:
    """Return (text, encoding, warnings). Raises NotADocument for binary data, DocumentError for
    text that its byte order mark says is UTF-16/32 and is not (a damaged document)."""
    for bom, encoding in _WIDE_BOMS:  # UTF-16/32 are full of NUL bytes: recognised by their BOM first
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DocumentError(f"not valid {encoding.upper()} (byte {exc.start + len(bom)}) despite its byte order mark", path) from None
            if "\x00" in text:  # a binary file that happens to start like a BOM
                raise NotADocument(f"binary file (NUL characters after a {encoding.upper()} byte order mark), not a text document", path)
            return text, encoding, ()
    if b"\x00" in data:
        raise NotADocument("binary file (contains NUL bytes), not a text document", path)
    sample = data[:65536]
    if sample and sum(b in _CONTROL_BYTES for b in sample) / len(sample) > 0.01:
        raise NotADocument("binary file (control bytes), not a text document", path)
    if data.startswith(codecs.BOM_UTF8):
        encoding, data = "utf-8-sig", data[len(codecs.BOM_UTF8) :]
    else:
        encoding = "utf-8"
    warnings: tuple[str, ...] = ()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
        warnings = (
            f"{path}: not valid UTF-8 (byte {exc.start}); read as {encoding.upper()}",
        )
    return text, encoding, warnings


def normalise_text(text: str) -> str:
    """NFC, LF line ends, no trailing spaces at line ends."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n"))


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs are separated by one or more blank lines; single line breaks stay inside."""
    return tuple(p.strip() for p in _BLANK_LINES.split(text) if p.strip())


def document_from_text(text: str, path: str | Path, encoding: str = "utf-8", warnings=(), sha256: str = "") -> Document:
    text = normalise_text(text)
    return Document(Path(path), text, split_paragraphs(text), encoding, tuple(warnings), sha256)


def _too_large(size: int) -> str:
    return f"too large ({size // (1024 * 1024)} MB; limit {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB)"


def read_document(path: str | Path) -> Document:
    """Read one document. Raises DocumentError (one line: file and problem) when it can't."""
    path = Path(path)
    data = read_bytes(path)
    text, encoding, warnings = decode_text(data, path)
    return document_from_text(text, path, encoding, warnings, hashlib.sha256(data).hexdigest())


def read_bytes(path: str | Path) -> bytes:
    """A document's bytes (bounded, regular files only). Raises DocumentError when it can't."""
    path = Path(path)
    try:
        if path.is_dir():
            raise DocumentError("is a folder, not a document", path)
        # O_NONBLOCK: opening a FIFO must not hang; a FIFO or device is refused below.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                raise DocumentError("is a folder, not a document", path)
            if not stat.S_ISREG(st.st_mode):
                raise DocumentError("not a regular file (a device, FIFO or socket)", path)
            if st.st_size > MAX_DOCUMENT_BYTES:
                raise DocumentError(_too_large(st.st_size), path)
            data = fh.read(MAX_DOCUMENT_BYTES + 1)  # bounded: the file may grow while we read
            if len(data) > MAX_DOCUMENT_BYTES:
                raise DocumentError(_too_large(len(data)), path)
    except FileNotFoundError:
        raise DocumentError("no such file", path) from None
    except PermissionError:
        raise DocumentError("permission denied", path) from None
    except IsADirectoryError:
        raise DocumentError("is a folder, not a document", path) from None
    except OSError as exc:
        raise DocumentError(f"cannot read ({exc.strerror or exc})", path) from None
    return data
