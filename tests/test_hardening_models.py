"""Hostile model files (issue 7): every refusal happens before anything is written into the
packages folder; installs are atomic; `models verify` finds broken packages; a bounded fuzz."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate_tool import models
from translate_tool.cli import main
from translate_tool.errors import ModelPackageError
from translate_tool.models import install_package_file, list_installed, packages_dir

from conftest import load_benchmark

reliability = load_benchmark("reliability")


@pytest.fixture(scope="session")
def hostile(toy_argosmodel, tmp_path_factory):
    cases = reliability.hostile_archives(toy_argosmodel, tmp_path_factory.mktemp("hostile"))
    return {name: (path, reason) for name, path, reason in cases}


CASES = [
    "traversal ../", "traversal inside", "absolute path", "backslash traversal", "drive letter",
    "symlink entry", "character device", "block device", "fifo", "socket", "duplicate entry",
    "two top folders", "top-level file", "no metadata.json", "metadata not JSON", "metadata a list",
    "wrong package type", "wrong language pair", "wrong target", "no from_code", "from_code not a string",
    "bad target_prefix", "no model.bin", "no tokenizer", "zip bomb: one entry", "zip bomb: many small entries",
    "not a zip", "truncated", "encrypted entry", "size header lies",
]


def test_catalogue_is_complete(hostile):
    assert sorted(hostile) == sorted(CASES)


@pytest.mark.parametrize("case", CASES)
def test_hostile_archive_refused_before_writing(hostile, case, tmp_path, monkeypatch):
    archive, reason = hostile[case]
    folder = packages_dir()
    writes = []
    real_mkdtemp = models.tempfile.mkdtemp

    def spy_mkdtemp(*a, **k):  # the staging folder is the first thing written into the packages folder
        writes.append(k.get("dir"))
        return real_mkdtemp(*a, **k)

    monkeypatch.setattr(models.tempfile, "mkdtemp", spy_mkdtemp)
    result = CliRunner().invoke(main, ["models", "install", str(archive)])
    assert result.exit_code == 4, result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"error: {archive}: ") and reason in line
    if case not in ("size header lies",):  # caught while unpacking into staging (which is then removed)
        assert writes == [], f"{case}: staging folder created before the refusal"
    assert list(folder.iterdir()) == []
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_total_size_limit_counts_every_entry(toy_argosmodel, monkeypatch):
    monkeypatch.setattr(models, "MAX_UNPACKED_BYTES", 5 * 1024**2)  # the toy unpacks to ~9 MB
    with pytest.raises(ModelPackageError, match="unpacks to more than"):
        install_package_file(toy_argosmodel, "es", "en")
    assert list(packages_dir().iterdir()) == []


def test_too_many_entries(toy_argosmodel, monkeypatch):
    monkeypatch.setattr(models, "MAX_ENTRIES", 3)
    with pytest.raises(ModelPackageError, match="too many archive entries"):
        install_package_file(toy_argosmodel)


def test_any_pair_still_checks_type(hostile):
    archive, _ = hostile["wrong package type"]
    result = CliRunner().invoke(main, ["models", "install", "--any-pair", str(archive)])
    assert result.exit_code == 4 and "not a translation package" in result.output
    archive, _ = hostile["wrong language pair"]
    result = CliRunner().invoke(main, ["models", "install", "--any-pair", str(archive)])
    assert result.exit_code == 0 and "installed fr->en" in result.output


def test_failed_reinstall_keeps_the_working_package(toy_argosmodel, tmp_path):
    good = install_package_file(toy_argosmodel, "es", "en")
    before = sorted(p.relative_to(good.path) for p in good.path.rglob("*"))
    # Passes the archive checks, fails when argostranslate/sentencepiece loads it after unpacking.
    broken = reliability.rewrite_zip(
        toy_argosmodel, tmp_path / "broken-tokenizer.argosmodel",
        lambda i, d: [(i, b"garbage" if i.filename.endswith("sentencepiece.model") else d)],
    )
    with pytest.raises(ModelPackageError, match="not a valid Argos package"):
        install_package_file(broken, "es", "en")
    assert [p.name for p in packages_dir().iterdir()] == [good.name]  # no staging folder left
    assert sorted(p.relative_to(good.path) for p in good.path.rglob("*")) == before
    assert CliRunner().invoke(main, ["models", "verify"]).exit_code == 0


def test_interrupted_install_leaves_nothing_visible(toy_argosmodel, monkeypatch):
    def boom(path):
        raise KeyboardInterrupt

    monkeypatch.setattr(models, "_load", boom)
    with pytest.raises(KeyboardInterrupt):
        install_package_file(toy_argosmodel, "es", "en")
    assert list(packages_dir().iterdir()) == []


def test_verify_ok(toy_argosmodel):
    assert CliRunner().invoke(main, ["models", "install", str(toy_argosmodel)]).exit_code == 0
    result = CliRunner().invoke(main, ["models", "verify"])
    assert result.exit_code == 0, result.output
    assert "ok\tes->en\ttranslate-es_en-1_0\tEl presidente de Chile visitó la región. -> The president" in result.output


def test_verify_empty_folder():
    result = CliRunner().invoke(main, ["models", "verify"])
    assert result.exit_code == 0 and "no Argos packages installed" in result.output


def test_verify_reports_each_broken_package(toy_argosmodel):
    good = install_package_file(toy_argosmodel, "es", "en")
    damaged = packages_dir() / "translate-es_fr-damaged"
    shutil.copytree(good.path, damaged)
    meta = (damaged / "metadata.json").read_text().replace('"to_code": "en"', '"to_code": "fr"')
    (damaged / "metadata.json").write_text(meta)
    (damaged / "model" / "model.bin").write_bytes(b"\x00" * 100)  # truncated weights
    (packages_dir() / "not-a-package").mkdir()
    result = CliRunner().invoke(main, ["models", "verify"])
    assert result.exit_code == 4, result.output
    lines = result.output.splitlines()
    assert any(line.startswith("ok\tes->en\ttranslate-es_en-1_0") for line in lines)
    assert any(line.startswith("broken\tes->fr\ttranslate-es_fr-damaged\t") for line in lines)
    assert any(line.startswith("broken\t") and "not-a-package" in line for line in lines)
    assert lines[-1] == "error: 2 broken package(s)"
    assert "Traceback" not in result.output


def test_bounded_install_fuzz(toy_argosmodel, tmp_path):
    stats = reliability.fuzz_install(toy_argosmodel, seed=7, iterations=40, workdir=tmp_path)
    assert stats["failures"] == []
    assert stats["archives"] == 40 and stats["refused"] > 20


def test_plain_zip_tool_modes_are_accepted(toy_argosmodel, tmp_path):
    """Entries without Unix file-type bits (zip tools, zipfile.writestr) are ordinary files."""
    plain = reliability.rewrite_zip(toy_argosmodel, tmp_path / "plain.argosmodel",
                                    lambda i, d: [(i.filename, d)] if not i.is_dir() else [])
    with zipfile.ZipFile(plain) as zf:
        assert all((i.external_attr >> 16) == 0o600 for i in zf.infolist())
    assert install_package_file(plain, "es", "en").from_code == "es"
    assert list_installed()[1] == []
