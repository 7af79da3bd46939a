"""Which files a run translates: a folder tree (or one file) -> documents and skipped files.

Subfolders are walked (symbolic links to folders are not followed: no loops), relative paths
are kept so outputs mirror the input tree, and every file that is not taken is listed with its
reason (unsupported type, hidden, a link to a folder; empty or binary documents are found
when read and listed by the run with these). Two inputs never share outputs: `x.txt` and `x.TXT` (or `x.html` and `x.md`) would
both write `x.pairs.jsonl`, so the later one (in sorted order) is written as `x.2.*` and the
clash is reported.

A file is the same document in every run into the same output folder, whichever way it is
given: `earlier` (its input path) and `sources` (its resolved path relative to the output folder, `source_key`) say
which base an earlier run gave it (folder_documents.earlier_inputs), so `run in -o out` then
`run in/2026/d.txt -o out` updates the document `2026/d` (not a second one, `d`), and the other
way round `run in -o out` keeps the base `d` the single-file run gave in/2026/d.txt. A folder
run otherwise goes by path as before (an input folder moved or copied keeps its documents).
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
    source: str = ""  # the file's resolved path relative to the output folder (source_key): the same file in every run


def source_key(path: Path, out_dir: Path | None = None) -> str:
    """A source file's identity across runs: its resolved path, relative to the output folder
    `out_dir` (so that a manifest names no machine's folders and a clone of a project with its
    outputs reads the same: `../seeds/a.txt`), absolute without one; as JSON can hold it
    (bytes of a name that are not UTF-8 as \\xNN)."""
    try:
        resolved = os.path.realpath(path)  # (not Path.resolve: a symlink loop is an input that fails when read)
        if out_dir is not None:
            resolved = os.path.relpath(resolved, os.path.realpath(out_dir))
    except (OSError, ValueError, RuntimeError):
        resolved = os.path.abspath(path)
    return os.fsencode(resolved).decode("utf-8", "backslashreplace")


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


def discover(input_path: Path, exclude: Path | None = None, earlier: dict[str, str] | None = None,
             sources: dict[str, tuple[str, str]] | None = None) -> Discovery:
    """The documents under `input_path` (a folder, walked, or a single file).

    `exclude` (the output folder) is not walked. `earlier`: relative path -> the base an earlier
    run gave it in the output folder (kept, so that a document's outputs and review keep their
    name when a file whose name clashed with it comes or goes); `sources`: source_key -> (the
    input path the manifest lists, the base) of the documents earlier runs made, known by their
    file (a file keeps its document, whether it is run alone or in its folder). Raises
    TranslateToolError when the input does not exist or holds no document."""
    input_path = Path(input_path)
    sources = sources or {}
    if input_path.is_file():
        if format_for(input_path) is None:
            raise TranslateToolError(f"unsupported file type ({input_path.suffix or 'no extension'})", input_path)
        return _one_file(input_path, sources, exclude)
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
    documents, clashes = _assign_bases(found, earlier or {}, sources, exclude)
    return Discovery(input_path, tuple(documents), tuple(skipped), tuple(clashes))


def _one_file(path: Path, sources: dict[str, tuple[str, str]], out_dir: Path | None = None) -> Discovery:
    """INPUT is one file: the document an earlier run made of this very file (in its folder,
    `2026/d.txt` as `2026/d`), else its own name."""
    key = source_key(path, out_dir)
    if key in sources:
        rel, base = sources[key]
        return Discovery(path.parent, (Input(path, rel, base, key),), (), (), single=True)
    return Discovery(path.parent, (Input(path, path.name, path.stem, key),), (), (), single=True)


def _assign_bases(found: list[tuple[str, Path]], earlier: dict[str, str],
                  sources: dict[str, tuple[str, str]] | None = None,
                  out_dir: Path | None = None) -> tuple[list[Input], list[str]]:
    """Output base names, distinct even on a case-insensitive file system; a document keeps the
    base an earlier run gave it where that is still free: the base of its file (`sources`),
    else of its path (`earlier`), unless that base is another file's of this run."""
    sources = sources or {}
    keys = {rel: source_key(path, out_dir) for rel, path in found}
    here = set(keys.values())
    owner = {b.casefold(): src for src, (_r, b) in sources.items()}  # the file each earlier base was made of
    taken: dict[str, str] = {}  # casefolded base -> relative path of its owner
    kept: dict[str, str] = {}  # relative path -> its earlier base

    def keep(rel: str, base: str | None) -> None:
        if base and rel not in kept and base.casefold() not in taken:
            taken[base.casefold()] = rel
            kept[rel] = base

    for rel, _path in found:  # the same file first
        keep(rel, sources.get(keys[rel], (None, None))[1])
    for rel, _path in found:  # then the same path, if its document was not made of another file of this run
        base = earlier.get(rel)
        made_of = owner.get(base.casefold()) if base else None
        if made_of is None or made_of == keys[rel] or made_of not in here:
            keep(rel, base)
    documents, clashes = [], []
    for rel, path in found:
        if rel in kept:
            documents.append(Input(path, rel, kept[rel], keys[rel]))
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
        documents.append(Input(path, rel, base, keys[rel]))
    return documents, clashes
