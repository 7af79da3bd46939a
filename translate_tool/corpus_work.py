"""What align-corpus does to one document pair, wherever it runs (a forked worker or a Ray actor).

`prepare_pair` reads and segments both sides and checks their languages; `align_pair` aligns
them with features computed beforehand (`Ready`: rows of the chunk's encoder batches), judges
the document and, when asked, writes its files. Both take everything they need as arguments and
return plain data, so the driver (corpus_align) gets the same results from either executor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path

import numpy as np

from . import __version__
from .corpus_files import document_files
from .corpus_pairs import DocPair
from .data import Bead, Document, PairRecord
from .errors import TranslateToolError
from .fileio import atomic_write_text


@dataclass(frozen=True)
class CorpusOptions:
    src_lang: str = "es"
    tgt_lang: str = "en"
    presegmented: bool = False
    max_bead: int = 6  # AlignSettings' default
    jobs: int = 0  # 0: every core
    min_confident: float = 0.6  # share of beads that pair sentences which read as translations
    max_count_ratio: float = 2.0  # sentences of the longer side / of the shorter side
    check_language: bool = True


@dataclass
class DocResult:
    pair: DocPair
    status: str = "kept"  # kept | excluded | failed
    reason: str = ""
    src_sentences: int = 0
    tgt_sentences: int = 0
    beads: int = 0
    confident: float = 0.0  # share of beads pairing sentences that read as translations (no low-similarity)
    corpus_pairs: int = 0
    warnings: list[str] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)  # file name -> sha256, as written
    review: dict[str, int] = field(default_factory=dict)  # review_counts of the pairs written
    review_kept: int = 0  # pairs whose review decision or edit survived realignment
    review_reset: int = 0  # reviewed pairs whose source changed: back to unreviewed
    review_restored: int = 0  # of review_kept: earlier review work whose text is back (review/returned.py)
    renamed_from: str = ""  # the pair whose review this one, new to the folder, started from
    hand_edits: object = None  # review.hand_edits.HandEdits: its files edited by hand, taken in first


# ---------------------------------------------------------------- reading


def document_sentences(doc: Document, lang: str, presegmented: bool) -> tuple[list[str], list[int]]:
    """(sentences, paragraph index of each): one per non-blank line when presegmented."""
    from .segment import segment_sentences

    texts: list[str] = []
    paras: list[int] = []
    if presegmented:  # blank lines separate paragraphs and are not sentences
        para, blank = 0, False
        for line in doc.text.split("\n"):
            if not line.strip():
                blank = bool(texts)
                continue
            if blank:
                para, blank = para + 1, False
            texts.append(line.strip())
            paras.append(para)
    else:
        for p, paragraph in enumerate(doc.paragraphs):
            for s in segment_sentences(paragraph, lang):
                texts.append(s)
                paras.append(p)
    return texts, paras


def _language_problem(doc: Document, lang: str, side: str, options: CorpusOptions) -> str:
    from .langid import candidates_with, identify_document

    cands = candidates_with("de", options.src_lang, options.tgt_lang)
    # the first ~1,000 characters decide as well as the whole text and keep language id a small
    # share of the work on long documents
    paras, size = [], 0
    for p in doc.paragraphs:
        paras.append(p)
        size += len(p)
        if size >= 1000:
            break
    guess = identify_document(paras, cands)
    if not guess.uncertain and guess.lang not in (lang, "und"):
        return f"wrong language: {side} reads as '{guess.lang}' ({guess.confidence:.2f}), expected '{lang}'"
    return ""


def read_side(path: Path) -> bytes | str:
    """A document's bytes, or the one-line error reading them raised (the driver's half of
    prepare_pair when the pair is prepared elsewhere: the input need not be shared with nodes)."""
    from .documents import read_bytes

    try:
        return read_bytes(path)
    except TranslateToolError as exc:
        return str(exc)


def _document(path: Path, data: bytes | str | None) -> Document:
    import hashlib

    from .documents import decode_text, document_from_text, read_document

    if data is None:
        return read_document(path)
    if isinstance(data, str):  # read_side's error
        raise TranslateToolError(data)
    text, encoding, warnings = decode_text(data, path)  # as read_document does, on the driver's bytes
    return document_from_text(text, path, encoding, warnings, hashlib.sha256(data).hexdigest())


def prepare_pair(pair: DocPair, options: CorpusOptions, data: tuple | None = None):
    """(DocResult, (src sentences, their paragraphs, tgt sentences, theirs) or None when a side
    cannot be read). `data`: both sides' read_side, or None to read them here."""
    res = DocResult(pair)
    src, tgt = data or (None, None)
    try:  # the source side first, read then decoded, as read_document does it
        sdoc = _document(pair.src, src)
        tdoc = _document(pair.tgt, tgt)
    except TranslateToolError as exc:
        res.status, res.reason = "failed", str(exc)
        return res, None
    res.warnings += list(sdoc.warnings) + list(tdoc.warnings)
    s, sp = document_sentences(sdoc, options.src_lang, options.presegmented)
    t, tp = document_sentences(tdoc, options.tgt_lang, options.presegmented)
    res.src_sentences, res.tgt_sentences = len(s), len(t)
    if options.check_language:
        res.reason = _language_problem(sdoc, options.src_lang, "source", options) or _language_problem(
            tdoc, options.tgt_lang, "target", options)
    return res, (s, sp, t, tp)


# ---------------------------------------------------------------- aligning


class Ready:
    """An encoder stand-in that serves features computed beforehand (rows of one big batch)."""

    def __init__(self, name: str, feats_by_lang: dict):
        self.name = name
        self._feats = feats_by_lang  # lang -> (SentenceFeatures, {text: row})

    def features(self, sentences, lang=None):
        from .embeddings import SentenceFeatures

        f, rows = self._feats[lang]
        idx = np.array([rows[s] for s in sentences], dtype=np.int64)
        return SentenceFeatures(f.core[idx], f.bos[idx], f.eos[idx], f.lens[idx], f.encoder)


def align_pair(job, encoder):
    """Align one document with `encoder` (a Ready), judge it, write its files if job says so
    (not a document with review work: the driver merges those with the review store); returns
    it, its records and the signature. Call it with one BLAS thread (the bytes depend on it)."""
    from dataclasses import replace

    from .aligner import AlignSettings, align

    res, (s, sp, t, tp), options, out_dir, write = job
    st = replace(AlignSettings(), max_bead=options.max_bead)
    r = align(s, t, src_lang=options.src_lang, tgt_lang=options.tgt_lang, settings=st, encoder=encoder)
    signature = f"{r.signature}|pair:{options.src_lang}-{options.tgt_lang}|tool:translate-tool-{__version__}"
    res.warnings += r.warnings
    records = _records(res.pair.name, r.beads, s, sp, t, tp, signature)
    if write:
        write_document(out_dir, res, records, options)
    res.beads = len(r.beads)
    # whether the two texts translate each other is a matter of content (the cosine: no
    # `low-similarity` flag), not of how sure the aligner is of each cut (the score)
    res.confident = sum(1 for b in r.beads if b.src and b.tgt and "low-similarity" not in b.flags) / max(len(r.beads), 1)
    res.reason = res.reason or _unreliable(res, options)
    if res.reason:
        res.status = "excluded"
    return res, records, signature


def write_document(out_dir: Path, res: DocResult, records: list[PairRecord], options: CorpusOptions) -> None:
    write_files(out_dir, res, document_files(res.pair.name, records, options.src_lang, options.tgt_lang), records)


def write_files(out_dir: Path, res: DocResult, files: dict[str, str], records: list[PairRecord]) -> None:
    from .review.outputs import review_counts

    for name, text in files.items():
        atomic_write_text(out_dir / name, text)
    res.outputs = {name: sha256(text.encode("utf-8")).hexdigest() for name, text in sorted(files.items())}
    res.review = review_counts(records)


def _unreliable(res: DocResult, options: CorpusOptions) -> str:
    n, m = res.src_sentences, res.tgt_sentences
    if not n or not m:
        return "empty side: no sentences to pair"
    if max(n, m) > options.max_count_ratio * min(n, m):
        return f"very uneven lengths: {n} source vs {m} target sentences"
    if res.confident < options.min_confident:
        return f"few confident beads: {res.confident:.0%} of beads pair sentences that read as translations of each other"
    return ""


def _records(name, beads: list[Bead], s, sp, t, tp, signature) -> list[PairRecord]:
    out = []
    for k, b in enumerate(beads):
        para = sp[b.src[0]] if b.src else tp[b.tgt[0]]
        out.append(PairRecord(name, k, tuple(s[i] for i in b.src), tuple(t[j] for j in b.tgt),
                              b.src, b.tgt, para, b.score, b.flags, signature))
    return out
