"""`export` (and `report`) of an align-corpus folder: they never overwrite the folder's own
files, and they leave out the documents align-corpus kept out of its corpus, as the corpus does."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ntrex_documents

from translate_tool.cli import main


@pytest.fixture(scope="module")
def aligned(tmp_path_factory) -> Path:
    """Three NTREX document pairs aligned by align-corpus; d2's 'Spanish' side is the English
    text, so d2 is kept out of the corpus (wrong language)."""
    root = tmp_path_factory.mktemp("corpus")
    src = root / "in"
    src.mkdir()
    for k, (_doc_id, es, en) in enumerate(ntrex_documents(3)):
        if k == 2:
            es = en
        (src / f"d{k}.es.txt").write_text("\n\n".join(es) + "\n", encoding="utf-8")
        (src / f"d{k}.en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
    out = root / "out"
    res = CliRunner().invoke(main, ["align-corpus", str(src), "-o", str(out), "-j", "1"])
    assert res.exit_code == 0, res.output
    report = (out / "report.tsv").read_text(encoding="utf-8")
    assert "\td2.en.txt\t" in report and "wrong language" in report
    return out


@pytest.fixture
def out(aligned, tmp_path) -> Path:
    copy = tmp_path / "aligned"
    shutil.copytree(aligned, copy)
    return copy


def _files(folder: Path) -> dict[str, bytes]:
    return {f.name: f.read_bytes() for f in sorted(folder.iterdir())}


def test_moses_export_without_o_does_not_overwrite_the_corpus(out, tmp_path):
    before = _files(out)
    res = CliRunner().invoke(main, ["export", str(out), "--format", "moses"])
    assert res.exit_code == 2, res.output
    line = res.stderr.strip()
    assert "\n" not in line and line.startswith(f"error: {out / 'corpus.es'}: ") and "-o" in line
    assert _files(out) == before  # nothing written
    # the next command finds nothing changed by hand
    res = CliRunner().invoke(main, ["show", str(out), "--doc", "d0"])
    assert res.exit_code == 0 and "changed by hand" not in res.stderr and "hand-edited" not in res.stderr
    # -o pointing at the folder itself is refused the same way; elsewhere it works as before
    res = CliRunner().invoke(main, ["export", str(out), "--format", "moses", "-o", str(out)])
    assert res.exit_code == 2 and "corpus.es" in res.stderr
    res = CliRunner().invoke(main, ["export", str(out), "--format", "moses", "-o", str(tmp_path / "clean")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "clean" / "corpus.es").is_file() and (tmp_path / "clean" / "corpus.en").is_file()
    assert _files(out) == before


def test_export_and_report_refuse_a_tracked_file_named_by_o(out, tmp_path):
    before = _files(out)
    res = CliRunner().invoke(main, ["export", str(out), "--format", "tsv", "-o", str(out / "d0.tsv")])
    assert res.exit_code == 2 and f"error: {out / 'd0.tsv'}: " in res.stderr
    res = CliRunner().invoke(main, ["report", str(out), "-o", str(out / "report.tsv")])
    assert res.exit_code == 2 and f"error: {out / 'report.tsv'}: " in res.stderr
    assert _files(out) == before
    # report's own default file is not one the tool tracks
    res = CliRunner().invoke(main, ["report", str(out)])
    assert res.exit_code == 0, res.output
    assert (out / "report.html").is_file()


def test_export_leaves_out_the_documents_kept_out_of_the_corpus(out, tmp_path):
    """A reviewer approves pairs of d2 (kept out: wrong language); the corpus the folder rebuilds
    still leaves d2 out, and so does `export`, saying so; --with-kept-out exports it too."""
    from translate_tool.formats import parse_jsonl
    from translate_tool.review import ReviewStore
    from translate_tool.review.outputs import write_reviewed_document

    with ReviewStore.open(out) as store:
        d2 = store.pairs(doc="d2")
        for p in d2[:3]:
            store.approve(p.id)
        write_reviewed_document(store, "d2", out)  # as `review` does on leaving it: the corpus rebuilt
    corpus = parse_jsonl((out / "corpus.jsonl").read_text(encoding="utf-8"), "corpus.jsonl")
    assert {r.doc for r in corpus} == {"d0", "d1"}

    res = CliRunner().invoke(main, ["export", str(out), "--format", "jsonl", "--status", "approved"])
    assert res.exit_code == 0, res.output
    assert res.stdout == ""  # d2's approved pairs are not exported
    left = [line for line in res.stderr.splitlines() if line.startswith("left out:")]
    assert left == ["left out: 1 document(s) align-corpus kept out of the corpus (wrong language: 1; d2; "
                    "see report.tsv); --with-kept-out exports them too"]
    # by default the export is the corpus, pair for pair
    res = CliRunner().invoke(main, ["export", str(out), "--format", "moses", "-o", str(tmp_path / "m")])
    assert res.exit_code == 0, res.output
    for name in ("corpus.es", "corpus.en"):
        assert (tmp_path / "m" / name).read_bytes() == (out / name).read_bytes()
    res = CliRunner().invoke(main, ["export", str(out), "--format", "jsonl"])
    assert {json.loads(x)["doc"] for x in res.stdout.splitlines()} == {"d0", "d1"}

    res = CliRunner().invoke(main, ["export", str(out), "--format", "jsonl", "--status", "approved", "--with-kept-out"])
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["pair"] for x in res.stdout.splitlines()] == [p.index for p in d2[:3]]
    assert "left out:" not in res.stderr
    res = CliRunner().invoke(main, ["export", str(out), "--format", "jsonl", "--with-kept-out"])
    assert {json.loads(x)["doc"] for x in res.stdout.splitlines()} == {"d0", "d1", "d2"}
    # the manifest lost: report.tsv still tells
    (out / "manifest.json").unlink()
    res = CliRunner().invoke(main, ["export", str(out), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    assert {json.loads(x)["doc"] for x in res.stdout.splitlines()} == {"d0", "d1"} and "left out: 1" in res.stderr


def test_a_folder_without_report_exports_every_document(tmp_path):
    """No align-corpus manifest or report.tsv (a `run` folder, pair files alone): nothing is left out."""
    from translate_tool.data import PairRecord
    from translate_tool.formats import format_jsonl

    for doc in ("a", "b"):
        rec = PairRecord(doc, 0, ("Hola.",), ("Hello.",), (0,), (0,), 0, 0.9, (), "argos:es-en@1.9")
        (tmp_path / f"{doc}.pairs.jsonl").write_text(format_jsonl([rec]), encoding="utf-8")
    res = CliRunner().invoke(main, ["export", str(tmp_path), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["doc"] for x in res.stdout.splitlines()] == ["a", "b"]
    assert "left out" not in res.stderr
