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
