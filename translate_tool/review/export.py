"""Corpus-level export of reviewed pairs across documents (Moses, TSV, TMX, JSONL, XLIFF 1.2).

Selection applies the filters in a fixed order and counts what each removed:
status, minimum score, one-sided pairs (Moses, TMX and XLIFF carry only pairs with both
sides), exact duplicates (`--dedupe`, whitespace-normalised source and target; of repeats the
one a reviewer worked on is kept: approved > edited > unreviewed, among equals the first, each
kept pair at its own place), then the corpus filters of `translate_tool.corpus_filters` that are enabled.
Documents no longer in the input (retired), and in an align-corpus folder the documents it keeps
out of its corpus (`kept_out`, unless `export --with-kept-out`), are not considered at all.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, Mapping, Sequence

from ..data import PairRecord
from ..formats import format_jsonl, format_moses, format_tmx, format_tsv
from ..written_files import write_output
from .store import Pair, ReviewStore

EXPORT_FORMATS = ("moses", "tsv", "tmx", "jsonl", "xliff")
DEFAULT_STATUSES = ("approved", "unreviewed")  # everything but rejected pairs
BOTH_SIDES_FORMATS = ("moses", "tmx", "xliff")


@dataclass
class ExportResult:
    pairs: int = 0
    src_words: int = 0
    tgt_words: int = 0
    considered: int = 0
    removed: dict[str, int] = field(default_factory=dict)  # filter name -> pairs it removed
    outputs: list[Path] = field(default_factory=list)
    unreviewed: int = 0  # exported pairs nobody has reviewed (the default selection includes them)
    src_lang: str = "es"
    tgt_lang: str = "en"
    text: str | None = None  # the export itself, when no output path was given (single-file formats)
    retired: list[str] = field(default_factory=list)  # documents left out: no longer in the input
    kept_out: dict[str, str] = field(default_factory=dict)  # documents left out: align-corpus kept them
    # out of its corpus ({stem: reason}, report.tsv)
    kept: list[tuple[Path, str]] = field(default_factory=list)  # (output, its copy): changed by hand since
    # the tool wrote it, kept before it was written again (written_files.py)

    def summary_lines(self) -> list[str]:
        lines = [
            f"pairs: {self.pairs} (of {self.considered}), of which unreviewed: {self.unreviewed}",
            f"words: {self.src_words} {self.src_lang}, {self.tgt_words} {self.tgt_lang}",
        ]
        lines += [f"removed by {name}: {n}" for name, n in self.removed.items()]
        if self.retired:
            more = f" and {len(self.retired) - 3} more" if len(self.retired) > 3 else ""
            lines.append(f"left out: {len(self.retired)} document(s) no longer in the input, their review kept "
                         f"({', '.join(self.retired[:3])}{more}; see manifest.json, \"retired\")")
        if self.kept_out:
            stems = sorted(self.kept_out)
            more = f" and {len(stems) - 3} more" if len(stems) > 3 else ""
            why = Counter(reason.split(":")[0] or "no reason given" for reason in self.kept_out.values())
            lines.append(f"left out: {len(stems)} document(s) align-corpus kept out of the corpus ("
                         + ", ".join(f"{k}: {n}" for k, n in sorted(why.items())) + f"; {', '.join(stems[:3])}{more};"
                         " see report.tsv); --with-kept-out exports them too")
        lines += [f"wrote {p}" for p in self.outputs]
        return lines


def select(
    store: ReviewStore,
    statuses: Sequence[str] = DEFAULT_STATUSES,
    min_score: float | None = None,
    both_sides: bool = False,
    dedupe: bool = False,
    doc: str | None = None,
    leave_out: Collection[str] = (),
) -> tuple[list[Pair], dict[str, int], int]:
    """(kept pairs, filter name -> removed count, pairs considered). `leave_out`: documents not
    considered at all (those an align-corpus folder keeps out of its corpus)."""
    pairs = [p for p in store.pairs(doc=doc) if p.doc not in leave_out]
    considered = len(pairs)
    removed: dict[str, int] = {}

    def apply(name: str, keep) -> None:
        nonlocal pairs
        kept = [p for p in pairs if keep(p)]
        removed[name] = len(pairs) - len(kept)
        pairs = kept

    apply(f"--status {','.join(statuses)}", lambda p: p.status in statuses)
    if min_score is not None:
        apply(f"--min-score {min_score:g}", lambda p: p.score >= min_score)
    if both_sides:
        apply("one-sided pairs", lambda p: bool(p.src) and bool(p.tgt))
    if dedupe:
        from ..corpus_filters import keep_best

        new = keep_best(pairs, lambda p: (" ".join(" ".join(p.src).split()), " ".join(" ".join(p.tgt).split())))
        removed["--dedupe"] = len(pairs) - len(new)
        pairs = new
    return pairs, removed, considered


def export(
    store: ReviewStore,
    fmt: str,
    output: str | Path | None,
    statuses: Sequence[str] = DEFAULT_STATUSES,
    min_score: float | None = None,
    dedupe: bool = False,
    default_dir: str | Path | None = None,
    filters=None,
    kept_out: Mapping[str, str] | None = None,
) -> ExportResult:
    """Write the selection. `output`: a folder for Moses (`corpus.<src>`/`corpus.<tgt>`,
    default `default_dir`), a file otherwise (None: the text is returned in `.text`).
    `kept_out`: {stem: reason} of documents left out (corpus_files.kept_out_documents)."""
    src_lang, tgt_lang = export_langs(store)
    retired = set(store.retired())  # (left out already, and said so)
    kept_out = {stem: why for stem, why in (kept_out or {}).items() if store.has_document(stem) and stem not in retired}
    pairs, removed, considered = select(store, statuses, min_score, fmt in BOTH_SIDES_FORMATS, dedupe,
                                        leave_out=kept_out)
    records = [p.to_record() for p in pairs]
    if filters is not None and filters.enabled():  # corpus filters (translate_tool.corpus_filters)
        from ..corpus_filters import apply_filters

        records, more = apply_filters(records, filters, src_lang, tgt_lang)
        removed = {**removed, **more}
    result = ExportResult(
        pairs=len(records), considered=considered, removed=removed, src_lang=src_lang, tgt_lang=tgt_lang,
        unreviewed=sum(r.status == "unreviewed" for r in records),
        src_words=sum(len(" ".join(r.src).split()) for r in records),
        tgt_words=sum(len(" ".join(r.tgt).split()) for r in records), retired=store.retired(), kept_out=kept_out,
    )
    if fmt == "moses":
        src_text, tgt_text = format_moses(records)
        for path, text in zip(destinations(store, fmt, output, default_dir), (src_text, tgt_text)):
            _write(result, path, text)
        return result
    text = _format(fmt, records, src_lang, tgt_lang)
    if output is None:
        result.text = text
    else:
        _write(result, Path(output), text)
    return result


def _write(result: ExportResult, path: Path, text: str) -> None:
    copy = write_output(path, text)
    if copy is not None:
        result.kept.append((path, copy))
    result.outputs.append(path)


def export_langs(store: ReviewStore) -> tuple[str, str]:
    """The export's (source, target) languages: the documents' most common ones."""
    docs = store.documents()
    return _most_common([d.src_lang for d in docs], "es"), _most_common([d.tgt_lang for d in docs], "en")


def destinations(store: ReviewStore, fmt: str, output: str | Path | None,
                 default_dir: str | Path | None = None) -> list[Path]:
    """The files `export` writes: Moses' two files in `output` (default `default_dir`), else
    `output` itself; [] for stdout."""
    if fmt == "moses":
        folder = Path(output if output is not None else default_dir or ".")
        return [folder / f"corpus.{lang}" for lang in export_langs(store)]
    return [] if output is None else [Path(output)]


def _format(fmt: str, records: list[PairRecord], src_lang: str, tgt_lang: str) -> str:
    if fmt == "jsonl":
        return format_jsonl(records)
    if fmt == "tsv":
        return format_tsv(records, src_lang, tgt_lang)
    if fmt in ("tmx", "xliff"):
        signatures = "; ".join(sorted({r.signature for r in records if r.signature}))
        if fmt == "xliff":
            from ..formats import format_xliff

            return format_xliff(records, src_lang, tgt_lang, signatures)
        return format_tmx(records, src_lang, tgt_lang, signatures)
    raise ValueError(f"unknown export format {fmt!r}")


def _most_common(values: list[str], default: str) -> str:
    return Counter(values).most_common(1)[0][0] if values else default
