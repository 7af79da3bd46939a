"""Edits typed in the review UI that never reached the review store: kept in a rescue file.

A save that fails (a full disk, a read-only folder, an I/O error: the store's transaction is
rolled back) leaves the text in the editor and writes it here at once (so a review killed
before the retry loses nothing); quitting with the editor open and text typed since writes that
text here too, in the state folder (`written_files.state_dir()`), one file per
output folder: `review-rescue/<hash of the folder's path>.json`, readable JSON (a person can copy
the text out of it). The next `review` of that folder opens each one in the editor on its pair
(Ctrl+S saves it, Esc twice drops it) and takes it out of the file once saved or dropped.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

RESCUE_FOLDER = "review-rescue"


@dataclass(frozen=True)
class Unsaved:
    """One side of one pair as the reviewer typed it: `src`/`tgt` are the pair's text when the
    editor opened (to find the pair again), `text` what was typed, `why` why it was not saved."""

    doc: str
    pair: int  # index in the document when it was typed
    bead: int  # the bead's id then
    side: str
    src: tuple[str, ...]
    tgt: tuple[str, ...]
    text: str
    why: str = ""
    approve: bool = False

    def where(self) -> str:
        return f"pair #{self.pair + 1} of {self.doc}, {'Spanish' if self.side == 'src' else 'English'}"

    @classmethod
    def from_json(cls, d: dict) -> "Unsaved":
        return cls(str(d["doc"]), int(d["pair"]), int(d["bead"]), str(d["side"]), tuple(d["src"]), tuple(d["tgt"]),
                   str(d["text"]), str(d.get("why", "")), bool(d.get("approve", False)))


def rescue_file(out_dir: str | Path) -> Path:
    from ..written_files import state_dir

    key = hashlib.sha256(str(Path(out_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return state_dir() / RESCUE_FOLDER / f"{key}.json"


def load(out_dir: str | Path) -> list[Unsaved]:
    """The folder's rescued edits ([] without a readable rescue file)."""
    try:
        data = json.loads(rescue_file(out_dir).read_text(encoding="utf-8"))
        return [Unsaved.from_json(d) for d in data["edits"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def _write(out_dir: str | Path, edits: list[Unsaved]) -> Path:
    from ..fileio import atomic_write_bytes

    path = rescue_file(out_dir)
    if not edits:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"folder": str(Path(out_dir).resolve()), "edits": [asdict(e) for e in edits]}
    atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    return path


def keep(out_dir: str | Path, edit: Unsaved, replacing: Unsaved | None = None) -> Path:
    """Add `edit` to the folder's rescue file (in place of `replacing`, one it held); OSError as
    writing raises it."""
    edits = [e for e in load(out_dir) if e != replacing and e != edit]
    return _write(out_dir, edits + [edit])


def drop(out_dir: str | Path, edit: Unsaved) -> None:
    """Take `edit` out of the rescue file (saved, or dropped by the reviewer). OSError as writing
    raises it."""
    edits = load(out_dir)
    if edit in edits:
        _write(out_dir, [e for e in edits if e != edit])


def place(store, edit: Unsaved) -> int | None:
    """The bead id of the pair `edit` was typed for, in the store now: the same bead if its other
    side is as it was, else a pair of the document with both sides as they were; None: gone
    (a rerun changed it, the document is no longer there)."""
    if not store.has_document(edit.doc):
        return None
    ids = store.ids(edit.doc)
    other = "tgt" if edit.side == "src" else "src"
    if edit.bead in ids and store.get(edit.bead).side(other) == getattr(edit, other):
        return edit.bead
    for p in store.load(ids):
        if p.src == edit.src and p.tgt == edit.tgt:
            return p.id
    return None
