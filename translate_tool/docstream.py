"""A huge document's outputs, written a chunk at a time.

A document of more sentences than a chunk (`pipeline.CHUNK_SENTENCES`) is translated and scored
in chunks like a folder of small documents; its pair records go to its .pairs.jsonl, .tsv and
.tmx as each chunk is done (temporary files, renamed when the document is complete), so no
stage holds more than a chunk's records, scores or formatted text. A format that can write its
translation as it comes (.txt: `TextDocument.renderer`) has its translated document appended the
same way, when the document has no review work (that is written again from the review store);
for the others, the sentences and their translations are kept to the end, for the translated
document. Documents that fit in a chunk never come here: they are written whole, as before.
Output bytes are the same either way.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Sequence

from .data import PairRecord, Sentence
from .formats import format_jsonl, format_tmx, format_tsv

_TMX_FOOTER = "  </body>\n</tmx>\n"


class _Part:
    """One output file being appended to: a temporary file beside it, and its hash so far."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.fchmod(fd, 0o666 & ~_umask())
        self.fh = os.fdopen(fd, "wb")
        self.sha = hashlib.sha256()

    def write(self, text: str) -> None:
        data = text.encode("utf-8")
        self.fh.write(data)
        self.sha.update(data)

    def finish(self) -> str:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.path)
        return self.sha.hexdigest()

    def abort(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        try:
            os.unlink(self.tmp)
        except FileNotFoundError:
            pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class DocumentStream:
    """Everything a document split over chunks accumulates until its last chunk."""

    def __init__(self, n_sentences: int):
        self.n_sentences = n_sentences
        self.done = 0  # sentences added so far
        self.sentences: list[Sentence] = []  # kept only when the translated document is written at the end
        self.targets: list[str] = []
        self.pairs = 0
        self._parts: dict[str, _Part] = {}
        self._names: dict[str, str] = {}  # as the manifest lists outputs: relative to the output folder
        self._renderer = None

    @property
    def complete(self) -> bool:
        return self.done >= self.n_sentences

    @property
    def writes_document(self) -> bool:
        return self._renderer is not None

    def write_document(self, out_dir: Path, name: str, renderer) -> None:
        """Append the translated document `name` as parts come (before the first `add`);
        `renderer`: add(sentences, targets) -> text, finish() -> text (TextRenderer)."""
        self._parts["document"] = _Part(out_dir / name)
        self._names["document"] = name
        self._renderer = renderer

    def add(self, out_dir: Path, base: str, records: Sequence[PairRecord], sentences: Sequence[Sentence],
            targets: Sequence[str], src_lang: str, tgt_lang: str, signature: str) -> None:
        """Append one chunk: its records (numbered from 0; renumbered to follow the previous chunks)."""
        records = [dataclasses.replace(r, pair=self.pairs + i, tgt_ids=(self.pairs + i,)) for i, r in enumerate(records)]
        first = "tmx" not in self._parts
        if first:
            for ext in ("pairs.jsonl", "tsv", "tmx"):
                self._parts[ext] = _Part(out_dir / f"{base}.{ext}")
                self._names[ext] = f"{base}.{ext}"
        self._parts["pairs.jsonl"].write(format_jsonl(records))
        tsv = format_tsv(records, src_lang, tgt_lang)
        self._parts["tsv"].write(tsv if first else tsv.split("\n", 1)[1])
        tmx = format_tmx(records, src_lang, tgt_lang, signature)
        head, body = tmx.split("  <body>\n", 1)
        self._parts["tmx"].write((head + "  <body>\n" if first else "") + body[: -len(_TMX_FOOTER)])
        self.pairs += len(records)
        self.done += len(sentences)
        if self._renderer is not None:
            self._parts["document"].write(self._renderer.add(sentences, targets))
        else:
            self.sentences.extend(sentences)
            self.targets.extend(targets)

    def finish(self) -> dict[str, str]:
        """Close and rename the parallel files; returns {output name: sha256}."""
        self._parts["tmx"].write(_TMX_FOOTER)
        if self._renderer is not None:
            self._parts["document"].write(self._renderer.finish())
        return {self._names[ext]: part.finish() for ext, part in self._parts.items()}

    def abort(self) -> None:
        for part in self._parts.values():
            part.abort()
