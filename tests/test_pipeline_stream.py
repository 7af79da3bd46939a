"""The pipeline streams documents in chunks: same outputs, bounded memory, honest progress."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

import translate_tool.pipeline as pipeline
from translate_tool.engines import EngineInfo
from translate_tool.pipeline import RunOptions, run_pipeline

ROOT = Path(__file__).resolve().parents[1]


class UpperEngine:
    """A deterministic engine that records what each call received."""

    info = EngineInfo("upper", "upper-test", "1", "es", "en")

    def __init__(self, on_call=None):
        self.calls: list[list[str]] = []
        self.on_call = on_call

    def translate_sentences(self, sentences, progress=None):
        self.calls.append(list(sentences))
        if self.on_call:
            self.on_call()
        if progress:
            progress(len(sentences))
        return [s.upper() for s in sentences]

    def close(self):
        pass


@pytest.fixture
def corpus(tmp_path) -> Path:
    """12 Spanish documents of 4 sentences (newstest2013) and 2 English ones quoting Spanish."""
    lines = (ROOT / "data/newstest2013/newstest2013.es").read_text(encoding="utf-8").splitlines()
    folder = tmp_path / "in"
    folder.mkdir()
    for d in range(12):
        sents = lines[4 * d : 4 * d + 4]
        (folder / f"es{d:02d}.txt").write_text(" ".join(sents[:2]) + "\n\n" + " ".join(sents[2:]) + "\n", encoding="utf-8")
    english = (
        "The minister spoke to reporters on Monday about the new budget. "
        'She said, quoting the slogan of the campaign, "el pueblo unido jamás será vencido, '
        'dijeron miles de personas en la plaza". Then she left the building without further comment.\n'
    )
    for d in range(2):
        (folder / f"en{d:02d}.txt").write_text(english, encoding="utf-8")
    return folder


def _outputs(folder: Path) -> dict[str, bytes]:
    """The output files (the review store holds state with timestamps, not outputs)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if not p.name.startswith(".") and not p.name.startswith("review.sqlite3")}


def test_chunked_run_writes_the_same_files_as_one_chunk(corpus, tmp_path):
    options = RunOptions(gloss=True, use_cache=False)
    whole, small = UpperEngine(), UpperEngine()
    run_pipeline(corpus, tmp_path / "whole", options, engine=whole)
    run_pipeline(corpus, tmp_path / "small", options, engine=small, chunk_sentences=9)
    assert len(whole.calls) == 1 and len(small.calls) > 4
    assert sorted(s for c in small.calls for s in c) == sorted(whole.calls[0])
    assert _outputs(tmp_path / "small") == _outputs(tmp_path / "whole")
    assert any(name.endswith(".glosses.tsv") for name in _outputs(tmp_path / "small"))


def test_documents_of_finished_chunks_are_released(corpus, tmp_path, monkeypatch):
    alive = weakref.WeakSet()
    read = pipeline.read_document

    def tracked(path):
        doc = read(path)
        alive.add(doc)
        return doc

    seen: list[int] = []

    def count_alive():
        gc.collect()
        seen.append(len(alive))

    monkeypatch.setattr(pipeline, "read_document", tracked)
    run_pipeline(corpus, tmp_path / "out", RunOptions(use_cache=False), engine=UpperEngine(count_alive), chunk_sentences=8)
    # ~8 sentences = 2-3 documents a chunk: only the chunk being translated is held, not the run
    assert len(seen) >= 4 and max(seen) <= 3


def test_progress_estimate_becomes_exact(corpus, tmp_path):
    totals: list[int] = []
    done: list[int] = []
    report = run_pipeline(
        corpus, tmp_path / "out", RunOptions(use_cache=False), engine=UpperEngine(),
        on_total=totals.append, progress=done.append, chunk_sentences=8,
    )
    exact = sum(
        len(pipeline.segment_document(pipeline.read_document(p), "es")) for p in sorted(corpus.glob("es*.txt"))
    )
    assert report.sentences_translated == exact == sum(done)
    assert len(totals) >= 4 and totals[-1] == exact


def test_no_engine_means_nothing_written_even_after_english_chunks(corpus, tmp_path, monkeypatch):
    from translate_tool.errors import TranslateToolError

    for p in corpus.glob("es0[1-9].txt"):
        p.unlink()
    (corpus / "es00.txt").rename(corpus / "zz.txt")  # the Spanish document comes last, in a later chunk
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "none"))
    monkeypatch.setattr("translate_tool.langpairs.apertium_modes", lambda: [])
    with pytest.raises(TranslateToolError):
        run_pipeline(corpus, tmp_path / "out", RunOptions(use_cache=False), chunk_sentences=1)
    assert not (tmp_path / "out").exists()
