"""A document larger than a chunk is translated and written in parts: same bytes as in one piece."""

from __future__ import annotations

import shutil
from pathlib import Path

import translate_tool.pipeline as pipeline
from translate_tool.pipeline import RunOptions, run_pipeline

from test_docformats import DATA
from test_pipeline_stream import UpperEngine

ROOT = Path(__file__).resolve().parents[1]


def outputs(folder: Path) -> dict[str, bytes]:
    """The output files (the review store holds state with timestamps, not outputs)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith("review.sqlite3")}


def _constant_reviews(src, tgt, **kw):
    from translate_tool.pairscore import PairReview

    return [PairReview(0.5, 0.5, (), 0.5) for _ in src]


def test_huge_documents_stream_in_parts_with_identical_outputs(tmp_path, monkeypatch):
    src = tmp_path / "in"
    (src / "web").mkdir(parents=True)
    lines = (ROOT / "data/newstest2013/newstest2013.es").read_text(encoding="utf-8").splitlines()[:60]
    (src / "largo.txt").write_text("\n\n".join(" ".join(lines[i : i + 3]) for i in range(0, 60, 3)) + "\n", "utf-8")
    shutil.copy(DATA / "noticia.html", src / "web" / "noticia.html")
    (src / "corto.txt").write_text(" ".join(lines[:2]) + "\n", "utf-8")
    # Constant scores: the real scorer's float rounding may differ between batch sizes.
    monkeypatch.setattr("translate_tool.pairscore.review_translation_pairs", _constant_reviews)

    whole = UpperEngine()
    run_pipeline(src, tmp_path / "whole", RunOptions(use_cache=False), engine=whole, chunk_sentences=10_000)
    parts = UpperEngine()
    report = run_pipeline(src, tmp_path / "parts", RunOptions(use_cache=False), engine=parts, chunk_sentences=7)
    assert len(whole.calls) == 1
    assert max(len(c) for c in parts.calls) <= 7 and len(parts.calls) >= 60 // 7  # bounded engine calls
    assert outputs(tmp_path / "parts") == outputs(tmp_path / "whole")
    assert {d.name: d.sentences for d in report.documents}["largo.txt"] == len(
        pipeline.segment_document(pipeline.read_document(src / "largo.txt"), "es"))
    assert not list((tmp_path / "parts").rglob(".*.tmp"))


def test_phases_are_reported(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    lines = (ROOT / "data/newstest2013/newstest2013.es").read_text(encoding="utf-8").splitlines()[:30]
    (src / "a.txt").write_text(" ".join(lines[:3]) + "\n", "utf-8")
    (src / "b.txt").write_text("\n\n".join(lines) + "\n", "utf-8")
    monkeypatch.setattr("translate_tool.pairscore.review_translation_pairs", _constant_reviews)
    phases, steps = [], []
    report = run_pipeline(src, tmp_path / "out", RunOptions(use_cache=False), engine=UpperEngine(),
                          chunk_sentences=10, on_phase=lambda *a: phases.append(a),
                          on_step=lambda *a: steps.append(a))
    n_a = {d.name: d.sentences for d in report.documents}["a.txt"]
    assert phases == [("reading", 1, 2, "a.txt"), ("reading", 2, 2, "b.txt")] + [
        ("detecting", k, 30, "b.txt") for k in (10, 20, 30)] + [
        ("translating", k, 3, "b.txt") for k in (1, 2, 3)]
    # a.txt is a chunk of its own (b.txt is larger than a chunk), then b.txt's parts.
    assert steps == [step for n in (n_a, 10, 10, 10) for step in (
        ("translating", 0), ("scoring", 0), ("scoring", n), ("writing", 0), ("writing", n))]
