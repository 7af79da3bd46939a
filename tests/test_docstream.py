"""A document larger than a chunk is translated and written in parts: same bytes as in one piece."""

from __future__ import annotations

import shutil

from hypothesis import given, settings
from hypothesis import strategies as st
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


def test_huge_txt_is_written_as_it_comes_and_with_review_work_from_the_review(tmp_path, monkeypatch):
    """A huge .txt's translation is appended chunk by chunk (no render of the whole document at
    the end); once it has review work, its rerun writes it from the review, as a small one."""
    import translate_tool.run_writer as run_writer
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    src = tmp_path / "in"
    src.mkdir()
    lines = (ROOT / "data/newstest2013/newstest2013.es").read_text(encoding="utf-8").splitlines()[:40]
    (src / "largo.txt").write_text("\n\n".join(" ".join(lines[i : i + 4]) for i in range(0, 40, 4)) + "\n", "utf-8")
    monkeypatch.setattr("translate_tool.pairscore.review_translation_pairs", _constant_reviews)
    rendered = []
    real_render = run_writer.render_document
    monkeypatch.setattr(run_writer, "render_document", lambda source, *a: rendered.append(source) or real_render(source, *a))
    for out in ("whole", "parts"):
        run_pipeline(src, tmp_path / out, RunOptions(use_cache=False), engine=UpperEngine(),
                     chunk_sentences=10_000 if out == "whole" else 7)
    assert len(rendered) == 1  # the whole run's; the parts' translation was written as it came
    assert outputs(tmp_path / "parts") == outputs(tmp_path / "whole")
    for out in ("whole", "parts"):
        with ReviewStore.open(tmp_path / out) as store:
            pairs = store.pairs(doc="largo")
            store.edit(pairs[3].id, "tgt", "A sentence the reviewer wrote.")
            store.approve(pairs[3].id)
            write_reviewed_document(store, "largo", tmp_path / out)  # what `review` does on leaving it
        run_pipeline(src, tmp_path / out, RunOptions(use_cache=False), engine=UpperEngine(),
                     chunk_sentences=10_000 if out == "whole" else 7)
    assert outputs(tmp_path / "parts") == outputs(tmp_path / "whole")
    assert "A sentence the reviewer wrote." in (tmp_path / "parts" / "largo.en.txt").read_text(encoding="utf-8")


def test_a_hand_edit_of_a_huge_document_survives_the_rerun_that_streams_it(tmp_path, monkeypatch):
    """The rerun takes the hand edit into the review before its first part is written; the parts
    it then writes (the machine's text) must not be read back as a second "hand edit" that puts
    the machine's text back (it did: the edit was reported taken and then lost)."""
    from translate_tool.formats import parse_jsonl

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    lines = (ROOT / "data/newstest2013/newstest2013.es").read_text(encoding="utf-8").splitlines()[:40]
    (src / "largo.txt").write_text("\n\n".join(" ".join(lines[i : i + 4]) for i in range(0, 40, 4)) + "\n", "utf-8")
    (src / "corto.txt").write_text("El presidente visitó ayer la ciudad. La reunión duró dos horas.\n", "utf-8")
    monkeypatch.setattr("translate_tool.pairscore.review_translation_pairs", _constant_reviews)
    run_pipeline(src, out, RunOptions(use_cache=False), engine=UpperEngine(), chunk_sentences=7)
    second = parse_jsonl((out / "largo.pairs.jsonl").read_text(encoding="utf-8"))[1].tgt[0]
    text = (out / "largo.en.txt").read_text(encoding="utf-8")
    (out / "largo.en.txt").write_text(text.replace(second, "FIXED BY HAND.", 1), encoding="utf-8")
    report = run_pipeline(src, out, RunOptions(use_cache=False), engine=UpperEngine(), chunk_sentences=7)
    largo = next(d for d in report.documents if d.base == "largo")
    assert largo.hand_edits is not None and largo.hand_edits.edited == (1,)
    assert parse_jsonl((out / "largo.pairs.jsonl").read_text(encoding="utf-8"))[1].tgt == ("FIXED BY HAND.",)
    assert "FIXED BY HAND." in (out / "largo.en.txt").read_text(encoding="utf-8")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 3), min_size=1, max_size=12), st.lists(st.integers(1, 6), max_size=8))
def test_text_renderer_in_any_parts_equals_the_whole_render(per_unit, cuts):
    """Units with 0..3 sentences (0: written as they are), the sentences given in parts of any size."""
    from translate_tool.data import Sentence
    from translate_tool.docformats.txt import TextDocument
    from translate_tool.docformats.base import TextUnit

    doc = TextDocument([TextUnit(f"unit {u}", "") for u in range(len(per_unit))])
    sentences = [Sentence(f"s{u}.{k}", u, 0) for u, n in enumerate(per_unit) for k in range(n)]
    targets = [s.text.upper() if k % 5 else "" for k, s in enumerate(sentences)]  # empty translations too
    units: dict = {}
    for s, t in zip(sentences, targets):
        units.setdefault(s.paragraph, ([], []))[1].append(t)
    renderer, parts, lo = doc.renderer(), [], 0
    for size in cuts + [len(sentences)]:
        parts.append(renderer.add(sentences[lo : lo + size], targets[lo : lo + size]))
        lo += size
    parts.append(renderer.finish())
    assert "".join(parts).encode("utf-8") == doc.render(units, "en")


def test_a_huge_document_in_another_format_is_reviewed_in_its_own_file(tmp_path, monkeypatch):
    """QA5 F01: a huge .md (or .html, .docx, .srt) imported into the review a batch at a time was
    recorded with the translated file `largo.en.txt` and no way to render its format: the review
    (and `decide`) then wrote the reviewer's work into a stray `largo.en.txt` in plain text and left
    `largo.en.md` with the machine translation; a hand edit in `largo.en.md` was not read back.
    Now it is reviewed as a small one: its own file carries the review, the same bytes either way."""
    from translate_tool.formats import parse_jsonl
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    src = tmp_path / "in"
    src.mkdir()
    lines = (ROOT / "data/newstest2013/newstest2013.es").read_text(encoding="utf-8").splitlines()[:40]
    (src / "largo.md").write_text("# " + lines[0] + "\n\n" + "\n\n".join(" ".join(lines[i: i + 4])
                                                                      for i in range(1, 40, 4)) + "\n", "utf-8")
    monkeypatch.setattr("translate_tool.pairscore.review_translation_pairs", _constant_reviews)
    for out in ("whole", "parts"):
        run_pipeline(src, tmp_path / out, RunOptions(use_cache=False), engine=UpperEngine(),
                     chunk_sentences=10_000 if out == "whole" else 7)
        with ReviewStore.open(tmp_path / out) as store:
            pairs = store.pairs(doc="largo")
            store.edit(pairs[3].id, "tgt", "A sentence the reviewer wrote.")
            store.approve(pairs[3].id)
            write_reviewed_document(store, "largo", tmp_path / out)  # what `review` does on leaving it
        assert not (tmp_path / out / "largo.en.txt").exists()
        assert "A sentence the reviewer wrote." in (tmp_path / out / "largo.en.md").read_text(encoding="utf-8")
    assert outputs(tmp_path / "parts") == outputs(tmp_path / "whole")
    # a hand edit of the huge document's own file is read back, as a small one's
    out = tmp_path / "parts"
    second = parse_jsonl((out / "largo.pairs.jsonl").read_text(encoding="utf-8"))[5].tgt[0]
    text = (out / "largo.en.md").read_text(encoding="utf-8")
    (out / "largo.en.md").write_text(text.replace(second, "FIXED BY HAND.", 1), encoding="utf-8")
    with ReviewStore.open(out) as store:
        assert [h.edited for h in store.hand_edits] == [(5,)]
    assert parse_jsonl((out / "largo.pairs.jsonl").read_text(encoding="utf-8"))[5].tgt == ("FIXED BY HAND.",)
    assert not list(out.glob("*.hand-edited*"))
