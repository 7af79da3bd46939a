"""Which documents an output folder holds, across runs.

`manifest.json` is the folder's table of contents. A run lists the documents it processed, and
also:

* documents an earlier run wrote that this run did not touch (`run a.txt -o out`, then
  `run b.txt -o out`): still listed, with their output hashes (without those, an edit made by
  hand in their files could not be told from the tool's text and would be overwritten) and the
  signature of the run that made them (`run_signature`);
* documents whose source is no longer in the input folder (deleted, or renamed: the new name
  carries the review over, see review/renamed.py) are *retired*: listed under `retired`, left
  out of export, show, review and report (otherwise a renamed article is exported twice), while
  their files and their review stay where they are. A document that comes back (same path)
  leaves the list and its review merges as on any rerun.

Only a run over a folder retires documents, and only those whose source path is missing from
that folder: a run over one file says nothing about the rest of the folder.
"""

from __future__ import annotations

import glob
from pathlib import Path
from typing import Sequence

from .review.importer import PAIRS_SUFFIX

__all__ = ["carry_over", "entry_stem", "retired_stems"]


def entry_stem(entry: dict) -> str | None:
    """The stem of a manifest entry's documents in the review store (from its pair file), or None
    (a document with no pair file: skipped, failed)."""
    for name in entry.get("outputs") or {}:
        if isinstance(name, str) and name.endswith(PAIRS_SUFFIX):
            return name[: -len(PAIRS_SUFFIX)]
    return None


def retired_stems(manifest: dict | None) -> set[str]:
    """Stems of the documents the manifest lists as retired (no longer in the input)."""
    if not isinstance(manifest, dict):
        return set()
    entries = manifest.get("retired") or []
    return {s for s in (entry_stem(e) for e in entries if isinstance(e, dict)) if s}


def carry_over(previous: dict | None, current: Sequence[dict], root: Path | None, single: bool,
               out_dir: Path | None = None) -> tuple[list[dict], list[dict], list[str]]:
    """(earlier entries still in the folder, retired entries, paths retired by this run).

    `previous`: the manifest before this run (None: none); `current`: this run's entries;
    `root`: the input folder (None: this run's input was the whole job, as for align-corpus, so
    every document it did not have is retired); `single`: the input was one file; `out_dir`: the output folder,
    whose pair files no manifest lists (a folder made by a version that listed only the last
    run's documents) are retired too when no file of the input has their stem."""
    if not isinstance(previous, dict) or not isinstance(previous.get("documents"), list):
        previous = {"documents": []}
    now = {e["path"] for e in current}
    now_stems = {s for s in (entry_stem(e) for e in current) if s}
    signature = previous.get("signature", "")
    kept: list[dict] = []
    retired: list[dict] = []
    newly: list[str] = []
    for entry in previous["documents"]:
        path = entry.get("path") if isinstance(entry, dict) else None
        if not isinstance(path, str) or path in now or entry_stem(entry) in now_stems:
            continue
        entry = {**entry, "run_signature": entry.get("run_signature") or signature}
        if single or (root is not None and (root / path).exists()):
            kept.append(entry)  # not part of this run's input: still the folder's
        elif entry_stem(entry) is not None:  # its source is gone; its files and review stay
            retired.append(entry)
            newly.append(path)
    for entry in previous.get("retired") or []:
        if isinstance(entry, dict) and entry.get("path") not in now and entry_stem(entry) not in now_stems:
            retired.append(entry)
    if out_dir is not None and not single:
        listed = now_stems | {entry_stem(e) for e in [*previous["documents"], *(previous.get("retired") or [])]
                              if isinstance(e, dict)}
        for stem in sorted(_pair_file_stems(out_dir) - listed):
            if root is None or not any((root / stem).parent.glob(glob.escape((root / stem).name) + ".*")):
                # no hashes known: what is in its files now cannot be told from the tool's text
                retired.append({"path": stem, "outputs": {stem + PAIRS_SUFFIX: None}})
                newly.append(stem)
    by_path = lambda e: str(e.get("path", ""))  # noqa: E731
    return sorted(kept, key=by_path), sorted(retired, key=by_path), newly


def _pair_file_stems(out_dir: Path) -> set[str]:
    stems = set()
    for path in out_dir.rglob(f"*{PAIRS_SUFFIX}"):
        rel = path.relative_to(out_dir)
        if not any(part.startswith(".") for part in rel.parts):
            stems.add(rel.as_posix()[: -len(PAIRS_SUFFIX)])
    return stems
