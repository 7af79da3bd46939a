"""Which files a run translates: a folder tree (or one file) -> documents and skipped files.

Subfolders are walked (symbolic links to folders are not followed: no loops), relative paths
are kept so outputs mirror the input tree, and every file that is not taken is listed with its
reason (unsupported type, hidden, a link to a folder; empty or binary documents are found
when read and listed by the run with these). Two inputs never share outputs: `x.txt` and `x.TXT` (or `x.html` and `x.md`) would
both write `x.pairs.jsonl`, so the later one (in sorted order) is written as `x.2.*` and the
clash is reported.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .docformats import SUFFIXES, format_for
from .errors import TranslateToolError

@dataclass(frozen=True)
class Input:
    path: Path
    relative: str  # POSIX path relative to the input folder ("sub/x.html"); the name for one file
    base: str  # output base name ("sub/x"; "sub/x.2" after a clash): outputs are <base>.<suffix>


@dataclass(frozen=True)
class Discovery:
    root: Path  # the input folder (a single file's folder)
    documents: tuple[Input, ...]
    skipped: tuple[tuple[str, str], ...]  # (relative path, reason)
    clashes: tuple[str, ...]  # one line each
    single: bool = False  # INPUT was one file (not a folder): that file is the whole job


def _skip_reason(path: Path) -> str | None:
    # Empty and binary files of a supported type are found when read (a file's type is not
    # enough to know); the run then lists them as not taken too, with their reason.
    if format_for(path) is None:
        return f"unsupported file type ({path.suffix or 'no extension'})"
    return None


def _walk(root: Path, exclude: Path | None):
    """(relative POSIX path, path, stat or None) for every entry, sorted, folders descended."""
    stack = [PurePosixPath()]
    while stack:
        rel_dir = stack.pop()
        folder = root / rel_dir
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name, reverse=True)
        except OSError as exc:
            yield str(rel_dir), folder, exc
            continue
        subfolders = []
        for entry in reversed(entries):
            rel = rel_dir / entry.name
            path = Path(entry.path)
            if exclude is not None and entry.is_dir(follow_symlinks=False) and path.resolve() == exclude:
                continue  # the output folder inside the input folder
            if entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."):
                subfolders.append(rel)  # hidden folders (.git, ...) are listed, not walked
                continue
            yield str(rel), path, entry
        stack.extend(reversed(subfolders))


def discover(input_path: Path, exclude: Path | None = None, earlier: dict[str, str] | None = None) -> Discovery:
    """The documents under `input_path` (a folder, walked, or a single file).

    `exclude` (the output folder) is not walked. `earlier`: relative path -> the base an earlier
    run gave it in the output folder (kept, so that a document's outputs and review keep their
    name when a file whose name clashed with it comes or goes). Raises TranslateToolError when
    the input does not exist or holds no document."""
    input_path = Path(input_path)
    if input_path.is_file():
        if format_for(input_path) is None:
            raise TranslateToolError(f"unsupported file type ({input_path.suffix or 'no extension'})", input_path)
        return Discovery(input_path.parent, (Input(input_path, input_path.name, input_path.stem),), (), (), single=True)
    if not input_path.is_dir():
        raise TranslateToolError("not a folder", input_path)
    exclude = exclude.resolve() if exclude is not None else None
    found: list[tuple[str, Path]] = []
    skipped: list[tuple[str, str]] = []
    for rel, path, entry in _walk(input_path, exclude):
        if isinstance(entry, OSError):
            skipped.append((rel, f"cannot list this folder ({entry.strerror or entry})"))
            continue
        if entry.name.startswith("."):
            skipped.append((rel, "hidden folder (not walked)" if entry.is_dir(follow_symlinks=False) else "hidden file"))
            continue
        try:
            st = entry.stat(follow_symlinks=True)
        except OSError:
            st = None
        if st is not None and stat.S_ISDIR(st.st_mode) and format_for(path) is None:
            skipped.append((rel, "link to a folder (not followed)"))
            continue
        reason = _skip_reason(path)
        if reason:
            skipped.append((rel, reason))
        else:
            found.append((rel, path))  # a broken link or a folder named *.txt fails when read, with its reason
    if not found:
        raise TranslateToolError(f"no documents ({', '.join('*' + s for s in SUFFIXES)}) in this folder", input_path)
    documents, clashes = _assign_bases(found, earlier or {})
    return Discovery(input_path, tuple(documents), tuple(skipped), tuple(clashes))


def _assign_bases(found: list[tuple[str, Path]], earlier: dict[str, str]) -> tuple[list[Input], list[str]]:
    """Output base names, distinct even on a case-insensitive file system; a document keeps the
    base an earlier run gave it (`earlier`) where that is still free."""
    taken: dict[str, str] = {}  # casefolded base -> relative path of its owner
    kept: dict[str, str] = {}  # relative path -> its earlier base
    for rel, _path in found:
        base = earlier.get(rel)
        if base and base.casefold() not in taken:
            taken[base.casefold()] = rel
            kept[rel] = base
    documents, clashes = [], []
    for rel, path in found:
        if rel in kept:
            documents.append(Input(path, rel, kept[rel]))
            continue
        stem = str(PurePosixPath(rel).with_suffix(""))
        base, k = stem, 1
        while base.casefold() in taken:
            k += 1
            base = f"{stem}.{k}"
        if k > 1:
            clashes.append(
                f"{rel}: its outputs would clash with those of {taken[stem.casefold()]} ({stem}.*); written as {base}.*"
            )
        taken[base.casefold()] = rel
        documents.append(Input(path, rel, base))
    return documents, clashes
