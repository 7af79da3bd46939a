"""`run` and `align-corpus` (and `align -o` for its file's folder) refuse an output folder of the
other command or of another language pair (folder_documents.check_output_folder): exit 2, one line naming the folder and the problem,
and not one byte of the folder changed. The same command and pair into the folder reruns as
before, and an empty folder (or one whose manifest lists no output) is anyone's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS, ntrex_documents

from translate_tool.cli import main
from translate_tool.folder_documents import FolderContents, check_output_folder, folder_contents
from translate_tool.errors import UsageError
from translate_tool.review import ReviewStore
from translate_tool.review.outputs import write_reviewed_document

SEED = "003_47791e38b17413ba"


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too: a lock file would show), by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def approve_two(out: Path, stem: str) -> None:
    """What a reviewer does: two pairs approved, the document's files written from the review."""
    with ReviewStore.open(out) as store:
        pairs = store.pairs(doc=stem)
        store.approve(pairs[0].id)
        store.approve(pairs[1].id)
        write_reviewed_document(store, stem, out)


def refused(result, out: Path, *words: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith(f"error: {out}: holds "), result.stderr
    assert "another folder (-o)" in lines[-1]
    for w in words:
        assert w in lines[-1], lines[-1]


@pytest.fixture
def run_folder(installed_toy, tmp_path) -> tuple[Path, Path]:
    """Two Spanish seed documents translated es->en into out/, two pairs of one approved."""
    src = tmp_path / "in"
    src.mkdir()
    for name in (SEED, "000_cb0f9fc3340e0d5e"):
        shutil.copy(SEEDS / f"{name}.txt", src / f"{name}.txt")
    out = tmp_path / "out"
    result = invoke("run", src, "-o", out)
    assert result.exit_code == 0, result.output
    approve_two(out, SEED)
    return src, out


@pytest.fixture
def pairs_dir(tmp_path) -> Path:
    """Two NTREX document pairs as d0/d1.es.txt + .en.txt."""
    src = tmp_path / "pairs"
    src.mkdir()
    for k, (_doc_id, es, en) in enumerate(ntrex_documents(2)):
        (src / f"d{k}.es.txt").write_text("\n\n".join(es) + "\n", encoding="utf-8")
        (src / f"d{k}.en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
    return src


def test_run_refuses_a_folder_of_another_language_pair(run_folder, pairs_dir):
    src, out = run_folder
    before = snapshot(out)
    # the target language: the approved English would be exported as French
    refused(invoke("run", src, "-o", out, "-t", "fr"), out, "es->en output", "2 pair(s) reviewed",
            "this run is es->fr", "-s es -t en")
    assert snapshot(out) == before
    # the source language: every document "skipped", the manifest losing their output hashes
    refused(invoke("run", src, "-o", out, "-s", "ca"), out, "es->en output", "this run is ca->en")
    assert snapshot(out) == before
    # align-corpus into a run folder (same languages): its review of same-named documents reset
    refused(invoke("align-corpus", pairs_dir, "-o", out), out, "holds run output (es->en, 2 pair(s) reviewed)",
            "align-corpus cannot write into it")
    assert snapshot(out) == before
    # the right options: the rerun merges as always
    again = invoke("run", src, "-o", out)
    assert again.exit_code == 0, again.output
    assert f"{SEED}.txt: review kept on 2 pair(s)" in again.stdout


def test_without_a_manifest_the_review_store_tells(run_folder, pairs_dir):
    src, out = run_folder
    (out / "manifest.json").unlink()
    before = snapshot(out)
    refused(invoke("run", src, "-o", out, "-t", "fr"), out, "es->en output", "this run is es->fr")
    refused(invoke("align-corpus", pairs_dir, "-o", out), out, "holds run output")  # signatures with engine:
    assert snapshot(out) == before
    (out / "manifest.json").write_text("{not json", encoding="utf-8")  # a damaged one: the store too
    before = snapshot(out)
    refused(invoke("run", src, "-o", out, "-t", "fr"), out, "es->en output")
    assert snapshot(out) == before
    again = invoke("run", src, "-o", out)
    assert again.exit_code == 0, again.output
    assert f"{SEED}.txt: review kept on 2 pair(s)" in again.stdout


def test_align_corpus_refuses_swapped_sides_and_run_refuses_its_folder(installed_toy, pairs_dir, tmp_path):
    out = tmp_path / "aligned"
    first = invoke("align-corpus", pairs_dir, "-o", out)
    assert first.exit_code == 0, first.output
    approve_two(out, "d0")
    before = snapshot(out)
    # the sides swapped: every pair's review would be reset, for good
    refused(invoke("align-corpus", pairs_dir, "-o", out, "-s", "en", "-t", "es"), out,
            "es->en output (2 pair(s) reviewed)", "this align-corpus is en->es", "-s es -t en")
    assert snapshot(out) == before
    # run into an align-corpus folder, with the folder's own languages
    runs_input = tmp_path / "in"
    runs_input.mkdir()
    shutil.copy(pairs_dir / "d0.es.txt", runs_input / "d0.txt")
    refused(invoke("run", runs_input, "-o", out), out, "holds align-corpus output (es->en", "run cannot write into it")
    assert snapshot(out) == before
    # the right options: the review stays
    again = invoke("align-corpus", pairs_dir, "-o", out)
    assert again.exit_code == 0, again.output
    assert "d0: review kept on 2 pair(s)" in again.stderr
    # an align-corpus folder that lost its manifest and its store: its ladders still say what it is
    (out / "manifest.json").unlink()
    (out / "review.sqlite3").unlink()
    before = snapshot(out)
    refused(invoke("run", runs_input, "-o", out), out, "holds align-corpus output;")
    assert snapshot(out) == before


def test_folders_holding_no_output_are_anyones(installed_toy, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / f"{SEED}.txt", src / f"{SEED}.txt")
    # an empty folder, and one with someone else's files
    empty, other = tmp_path / "empty", tmp_path / "other"
    empty.mkdir()
    other.mkdir()
    (other / "notes.txt").write_text("mine\n", encoding="utf-8")
    for out in (empty, other):
        result = invoke("run", src, "-o", out, "-t", "en")
        assert result.exit_code == 0, result.output
    assert (other / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    # a run with the wrong -s writes a manifest listing no output (every document skipped):
    # the folder holds nothing, so the run with the right -s may use it
    wrong = tmp_path / "wrong"
    result = invoke("run", src, "-o", wrong, "-s", "ca")
    assert result.exit_code == 0 and "skipped" in result.stdout, result.output
    assert folder_contents(wrong) == FolderContents(None, (), 0)
    result = invoke("run", src, "-o", wrong)
    assert result.exit_code == 0, result.output
    assert folder_contents(wrong) == FolderContents("run", (("es", "en"),), 0)


def test_check_output_folder_is_a_library_function(run_folder, tmp_path):
    _src, out = run_folder
    assert folder_contents(out) == FolderContents("run", (("es", "en"),), 2)
    check_output_folder(out, "run", "es", "en")  # the same: allowed
    check_output_folder(tmp_path / "missing", "align-corpus", "en", "es")  # nothing there: allowed
    with pytest.raises(UsageError) as exc:
        check_output_folder(out, "run", "es", "fr")
    assert exc.value.exit_code == 2
    assert str(exc.value) == (f"{out}: holds es->en output (2 pair(s) reviewed); this run is es->fr: "
                              "write it to another folder (-o), or use -s es -t en to update it")


def test_a_store_of_unknown_origin_is_still_checked_for_its_languages(run_folder):
    """A store without a manifest whose documents carry no signature (a run killed while it imported
    a huge document's pairs): whose output it is cannot be told, its languages can."""
    import sqlite3

    _src, out = run_folder
    (out / "manifest.json").unlink()
    with sqlite3.connect(out / "review.sqlite3") as conn:
        conn.execute("UPDATE documents SET signature = ''")
    conn.close()
    assert folder_contents(out) == FolderContents(None, (("es", "en"),), 2)
    check_output_folder(out, "run", "es", "en")
    check_output_folder(out, "align-corpus", "es", "en")
    with pytest.raises(UsageError, match="holds es->en output"):
        check_output_folder(out, "align-corpus", "en", "es")


def test_align_refuses_to_write_into_a_folder_of_run_or_of_another_pair(run_folder, pairs_dir, tmp_path):
    """`align -o FILE` writes into FILE's folder: the same guard as run and align-corpus, before
    any work, whatever the format (a .tsv of a run document would be read back as a hand edit)."""
    _src, out = run_folder
    es, en = pairs_dir / "d0.es.txt", pairs_dir / "d0.en.txt"
    before = snapshot(out)
    for fmt, name in (("jsonl", "d0.pairs.jsonl"), ("tsv", f"{SEED}.tsv")):
        refused(invoke("align", es, en, "--format", fmt, "-o", out / name), out,
                "holds run output (es->en, 2 pair(s) reviewed)", "align cannot write into it")
    assert snapshot(out) == before
    aligned = tmp_path / "aligned"
    first = invoke("align-corpus", pairs_dir, "-o", aligned)
    assert first.exit_code == 0, first.output
    before = snapshot(aligned)
    refused(invoke("align", en, es, "-s", "en", "-t", "es", "-o", aligned / "x.pairs.jsonl"), aligned,
            "holds es->en output", "this align is en->es", "-s es -t en")
    assert snapshot(aligned) == before
    # the same kind and pair (an aligned translation into a folder of aligned translations), or a folder of no output: allowed
    for target in (aligned / "d9.pairs.jsonl", tmp_path / "x.pairs.jsonl"):
        ok = invoke("align", es, en, "-o", target)
        assert ok.exit_code == 0 and target.exists(), ok.output
