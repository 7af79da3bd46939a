"""Align many document pairs at once (`translate-tool align-corpus`).

Pairs are found by name (`find_pairs`): in one folder `x.es.txt` <-> `x.en.txt`; in two
parallel sub-folders `es/x.txt` <-> `en/x.txt`; or listed in a TSV file (`source<TAB>target`
per line, paths relative to the TSV's folder). `align_corpus` then

* reads and segments every document, and checks each side's language (in `jobs` processes);
* encodes every distinct sentence once, per side, in batches of up to `CHUNK` sentences (the
  encoder is loaded once; BLAS uses `jobs` threads), so per-document alignment reads ready
  features and memory stays bounded on large corpora;
* aligns the documents in `jobs` forked worker processes (the DP is Python-bound, so threads
  would share one core), which inherit the loaded encoder instead of loading it again, and
  write per-document outputs (`<name>.pairs.jsonl`, `.ladder`, `.tsv`, `.tmx`) for every
  aligned document, so the folder can be reviewed and exported like a `run` folder;
* keeps out of the corpus documents whose alignment looks unreliable, with the reason: a side in
  another language, very uneven sentence counts, too few confident beads;
* writes the corpus of the kept documents (`corpus.<src>` / `corpus.<tgt>` Moses files with
  `corpus.scores` line by line, `corpus.tmx`, `corpus.jsonl`), `manifest.json` and `report.tsv`.

Every file is written atomically and carries no timestamp: a rerun is byte-identical.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from . import __version__
from .data import Bead, Document, PairRecord
from .errors import TranslateToolError
from .fileio import atomic_write_text

__all__ = ["CorpusOptions", "CorpusReport", "DocPair", "DocResult", "align_corpus", "find_pairs"]


@dataclass(frozen=True)
class DocPair:
    name: str  # output stem
    src: Path
    tgt: Path


@dataclass(frozen=True)
class CorpusOptions:
    src_lang: str = "es"
    tgt_lang: str = "en"
    presegmented: bool = False
    max_bead: int = 5
    jobs: int = 0  # 0: every core
    min_confident: float = 0.6  # share of beads that pair sentences with confidence >= 0.5
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
    confident: float = 0.0  # share of confident pairing beads
    corpus_pairs: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class CorpusReport:
    documents: list[DocResult]
    corpus_pairs: int
    signature: str
    out_dir: Path


# ---------------------------------------------------------------- finding pairs


def find_pairs(path: str | Path, src_lang: str = "es", tgt_lang: str = "en") -> list[DocPair]:
    """Document pairs of a folder (by name or in `<src>/` + `<tgt>/` sub-folders) or a TSV list."""
    path = Path(path)
    if path.is_file():
        return _pairs_from_tsv(path)
    if not path.is_dir():
        raise TranslateToolError("no such file or folder", path)
    sd, td = path / src_lang, path / tgt_lang
    if sd.is_dir() and td.is_dir():
        src = {p.name: p for p in sd.iterdir() if p.is_file() and not p.name.startswith(".")}
        tgt = {p.name: p for p in td.iterdir() if p.is_file() and not p.name.startswith(".")}
        pairs = [DocPair(Path(n).stem, src[n], tgt[n]) for n in sorted(src.keys() & tgt.keys())]
    else:
        pairs = []
        for p in sorted(path.iterdir()):
            # x.es.txt <-> x.en.txt (any extension, the language code just before it)
            parts = p.name.split(".")
            if len(parts) >= 3 and parts[-2] == src_lang and p.is_file():
                other = p.with_name(".".join(parts[:-2] + [tgt_lang, parts[-1]]))
                if other.is_file():
                    pairs.append(DocPair(".".join(parts[:-2]), p, other))
    if not pairs:
        raise TranslateToolError(
            f"no document pairs found (expected x.{src_lang}.txt + x.{tgt_lang}.txt, "
            f"{src_lang}/x.txt + {tgt_lang}/x.txt, or a TSV list)", path)
    return pairs


def _pairs_from_tsv(path: Path) -> list[DocPair]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise TranslateToolError(f"cannot read the pair list ({exc.__class__.__name__})", path) from None
    pairs, names = [], set()
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise TranslateToolError(f"line {no}: expected 'source<TAB>target[<TAB>name]'", path)
        src, tgt = (path.parent / cols[0].strip()), (path.parent / cols[1].strip())
        name = cols[2].strip() if len(cols) > 2 and cols[2].strip() else src.name.split(".")[0]
        if not name or "/" in name or "\\" in name or name.startswith("."):
            raise TranslateToolError(f"line {no}: {name!r} cannot name output files", path)
        if name in names:
            raise TranslateToolError(f"line {no}: output name {name!r} used twice (give a third column)", path)
        names.add(name)
        pairs.append(DocPair(name, src, tgt))
    if not pairs:
        raise TranslateToolError("the pair list is empty", path)
    return pairs


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


# ---------------------------------------------------------------- aligning


class _Ready:
    """An encoder stand-in that serves features computed beforehand (rows of one big batch)."""

    def __init__(self, name: str, feats_by_lang: dict):
        self.name = name
        self._feats = feats_by_lang  # lang -> (SentenceFeatures, {text: row})

    def features(self, sentences, lang=None):
        from .embeddings import SentenceFeatures

        f, rows = self._feats[lang]
        idx = np.array([rows[s] for s in sentences], dtype=np.int64)
        return SentenceFeatures(f.core[idx], f.bos[idx], f.eos[idx], f.lens[idx], f.encoder)


CHUNK = 40_000  # sentences (both sides) encoded and aligned together; 6 KB of features each
_WORKER: dict = {}  # set in the parent before forking: the workers inherit it


def _map(fn, items: list, n_jobs: int, progress=None) -> list:
    """`fn` over `items` in `n_jobs` forked processes (in order); they inherit `_WORKER`."""
    out: list = []
    if n_jobs == 1 or len(items) < 4 or not hasattr(os, "fork"):
        for it in items:
            out.append(fn(it))
            if progress:
                progress(len(out))
        return out
    import multiprocessing

    with ProcessPoolExecutor(n_jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        for r in pool.map(fn, items, chunksize=max(1, min(16, len(items) // (4 * n_jobs)))):
            out.append(r)
            if progress:
                progress(len(out))
    return out


def _prepare(job):
    """Worker: read and segment both documents, check their languages."""
    from .documents import read_document

    pair, options = job
    res = DocResult(pair)
    try:
        sdoc, tdoc = read_document(pair.src), read_document(pair.tgt)
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


def _finish(job):
    """Worker: align one document, write its outputs, judge it; returns it and its corpus records."""
    from dataclasses import replace

    from .aligner import AlignSettings, align

    res, (s, sp, t, tp), options, out_dir = job
    st = replace(AlignSettings(), max_bead=options.max_bead)
    r = align(s, t, src_lang=options.src_lang, tgt_lang=options.tgt_lang, settings=st, encoder=_WORKER["enc"])
    signature = f"{r.signature}|pair:{options.src_lang}-{options.tgt_lang}|tool:translate-tool-{__version__}"
    res.warnings += r.warnings
    records = _records(res.pair.name, r.beads, s, sp, t, tp, signature)
    _write_document(out_dir, res.pair.name, records, r.beads, options, signature)
    res.beads = len(r.beads)
    res.confident = sum(1 for b in r.beads if b.src and b.tgt and b.score >= 0.5) / max(len(r.beads), 1)
    res.reason = res.reason or _unreliable(res, options)
    kept: list[PairRecord] = []
    if res.reason:
        res.status = "excluded"
    else:
        kept = [x for x in records if x.src and x.tgt]
        res.corpus_pairs = len(kept)
    return res, kept, signature


def _align_chunk(ready: list, options: CorpusOptions, out_dir: Path, encoder, n_jobs: int, progress) -> list:
    from .embeddings import blas_threads

    # encode every distinct sentence once, per side, using every core for the matrix products
    feats: dict = {}
    for k, lang in ((0, options.src_lang), (1, options.tgt_lang)):
        texts = list(dict.fromkeys(x for _res, sents in ready for x in sents[2 * k]))
        if lang in feats:  # same language on both sides: one table
            texts = list(dict.fromkeys(list(feats[lang][1]) + texts))
        feats[lang] = (encoder.features(texts, lang, threads=n_jobs), {x: i for i, x in enumerate(texts)})
    _WORKER["enc"] = _Ready(encoder.name, feats)
    try:
        with blas_threads(1):
            return _map(_finish, [(res, sents, options, out_dir) for res, sents in ready], n_jobs, progress)
    finally:
        _WORKER.clear()


def align_corpus(
    pairs: Sequence[DocPair],
    out_dir: str | Path,
    options: CorpusOptions | None = None,
    *,
    encoder=None,
    progress: Callable[[int, int], None] | None = None,
) -> CorpusReport:
    """Align every pair, write per-document outputs, the corpus, `manifest.json`, `report.tsv`."""
    options = options or CorpusOptions()
    out_dir = Path(out_dir)
    n_jobs = options.jobs or os.cpu_count() or 1
    progress = progress or (lambda done, total: None)
    prepared = _map(_prepare, [(p, options) for p in pairs], n_jobs)
    results: dict[int, DocResult] = {}
    ready = []
    for k, (res, sents) in enumerate(prepared):
        results[k] = res
        if sents is not None:
            ready.append((k, res, sents))
    if encoder is None:
        from .embeddings import default_encoder

        encoder = default_encoder()
    out_dir.mkdir(parents=True, exist_ok=True)
    corpus: list[PairRecord] = []
    signature = ""
    start = 0
    while start < len(ready):  # chunks of ~CHUNK sentences: feature tables stay ~250 MB at most
        end, size = start, 0
        while end < len(ready) and (end == start or size + sum(map(len, ready[end][2][::2])) <= CHUNK):
            size += sum(map(len, ready[end][2][::2]))
            end += 1
        chunk = ready[start:end]
        finished = _align_chunk([(res, sents) for _k, res, sents in chunk], options, out_dir, encoder, n_jobs,
                                lambda done, s0=start: progress(s0 + done, len(ready)))
        for (k, _res, _sents), (res, kept, sig) in zip(chunk, finished):
            results[k] = res  # the worker's copy, filled in
            corpus += kept
            signature = sig
        start = end
    docs = [results[k] for k in range(len(prepared))]
    _write_corpus(out_dir, corpus, options, signature)
    atomic_write_text(out_dir / "manifest.json", _manifest(docs, options, signature))
    atomic_write_text(out_dir / "report.tsv", _report_tsv(docs))
    return CorpusReport(docs, len(corpus), signature, out_dir)


def _unreliable(res: DocResult, options: CorpusOptions) -> str:
    n, m = res.src_sentences, res.tgt_sentences
    if not n or not m:
        return "empty side: no sentences to pair"
    if max(n, m) > options.max_count_ratio * min(n, m):
        return f"very uneven lengths: {n} source vs {m} target sentences"
    if res.confident < options.min_confident:
        return f"few confident beads: {res.confident:.0%} of beads pair sentences with confidence >= 0.5"
    return ""


def _records(name, beads: list[Bead], s, sp, t, tp, signature) -> list[PairRecord]:
    out = []
    for k, b in enumerate(beads):
        para = sp[b.src[0]] if b.src else tp[b.tgt[0]]
        out.append(PairRecord(name, k, tuple(s[i] for i in b.src), tuple(t[j] for j in b.tgt),
                              b.src, b.tgt, para, b.score, b.flags, signature))
    return out


# ---------------------------------------------------------------- writing


def _write_document(out_dir: Path, name: str, records, beads, options: CorpusOptions, signature: str) -> None:
    from .align_eval import format_ladder
    from .formats import format_jsonl, format_tmx, format_tsv

    sl, tl = options.src_lang, options.tgt_lang
    atomic_write_text(out_dir / f"{name}.pairs.jsonl", format_jsonl(records))
    atomic_write_text(out_dir / f"{name}.ladder", format_ladder(beads))
    atomic_write_text(out_dir / f"{name}.tsv", format_tsv(records, sl, tl))
    atomic_write_text(out_dir / f"{name}.tmx", format_tmx(records, sl, tl, signature))


def _write_corpus(out_dir: Path, corpus: list[PairRecord], options: CorpusOptions, signature: str) -> None:
    from .formats import format_jsonl, format_moses, format_tmx

    sl, tl = options.src_lang, options.tgt_lang
    src_text, tgt_text = format_moses(corpus)
    atomic_write_text(out_dir / f"corpus.{sl}", src_text)
    atomic_write_text(out_dir / f"corpus.{tl}", tgt_text)
    # format_moses keeps exactly the two-sided records, in order: one score per Moses line
    atomic_write_text(out_dir / "corpus.scores", "".join(f"{r.score:.4f}\n" for r in corpus))
    atomic_write_text(out_dir / "corpus.tmx", format_tmx(corpus, sl, tl, signature))
    atomic_write_text(out_dir / "corpus.jsonl", format_jsonl(corpus))


def _manifest(results: list[DocResult], options: CorpusOptions, signature: str) -> str:
    docs = [{
        "stem": r.pair.name,
        "path": r.pair.src.name,
        "target_path": r.pair.tgt.name,
        "language": options.src_lang,
        "action": r.status,
        "reason": r.reason,
        "sentences": [r.src_sentences, r.tgt_sentences],
        "beads": r.beads,
        "confident_share": round(r.confident, 4),
        "corpus_pairs": r.corpus_pairs,
        "warnings": r.warnings,
    } for r in results]
    manifest = {
        "tool": {"name": "translate-tool", "version": __version__},
        "command": "align-corpus",
        "source_lang": options.src_lang,
        "target_lang": options.tgt_lang,
        "signature": signature,
        "filters": {"min_confident": options.min_confident, "max_count_ratio": options.max_count_ratio,
                    "check_language": options.check_language},
        "summary": {s: sum(r.status == s for r in results) for s in ("kept", "excluded", "failed")},
        "corpus_pairs": sum(r.corpus_pairs for r in results),
        "documents": docs,
    }
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"


def _report_tsv(results: list[DocResult]) -> str:
    rows = ["name\tsource\ttarget\tsentences_src\tsentences_tgt\tbeads\tconfident\tcorpus_pairs\tstatus\treason"]
    for r in results:
        rows.append("\t".join([
            r.pair.name, r.pair.src.name, r.pair.tgt.name, str(r.src_sentences), str(r.tgt_sentences),
            str(r.beads), f"{r.confident:.3f}", str(r.corpus_pairs), r.status, r.reason.replace("\t", " "),
        ]))
    return "\n".join(rows) + "\n"
