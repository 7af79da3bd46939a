"""Installing Argos packages: the happy path through argostranslate's format, and refusals."""

import json
import os
import stat
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.errors import ModelPackageError
from translate_tool.models import find_installed, install_package_file, list_installed, packages_dir


def rewrite(src: Path, dest: Path, edit) -> Path:
    """Copy a zip, passing each (ZipInfo, bytes) through `edit`, which returns a list of them."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            for new_info, data in edit(info, zin.read(info)):
                zout.writestr(new_info, data)
    return dest


def with_metadata(src, dest, **changes):
    def edit(info, data):
        if info.filename.endswith("/metadata.json"):
            meta = json.loads(data)
            meta.update(changes)
            data = json.dumps(meta).encode()
        return [(info, data)]

    return rewrite(src, dest, edit)


def test_install_list_find_and_reinstall(toy_argosmodel):
    m = install_package_file(toy_argosmodel, "es", "en")
    assert (m.from_code, m.to_code) == ("es", "en") and m.path.parent == packages_dir()
    assert (m.model_dir / "model.bin").is_file()
    assert type(m.package.tokenizer).__name__ == "SentencePieceTokenizer"
    assert find_installed("es", "en").path == m.path
    again = install_package_file(toy_argosmodel, "es", "en")  # reinstall replaces atomically
    models, problems = list_installed()
    assert [x.name for x in models] == [again.name] and problems == []
    assert not [p for p in packages_dir().iterdir() if p.name.startswith(".")]


def test_cli_install_and_list(toy_argosmodel):
    runner = CliRunner()
    result = runner.invoke(main, ["models", "install", str(toy_argosmodel)])
    assert result.exit_code == 0, result.output
    assert "installed es->en" in result.output
    listing = runner.invoke(main, ["models", "list"])
    assert listing.exit_code == 0 and "es->en\t" in listing.output


def test_wrong_language_pair_is_refused_and_nothing_installed(toy_argosmodel, tmp_path):
    wrong = with_metadata(toy_argosmodel, tmp_path / "fr_en.argosmodel", from_code="fr")
    result = CliRunner().invoke(main, ["models", "install", str(wrong)])
    assert result.exit_code == 4
    assert "fr_en.argosmodel: package translates fr->en, expected es->en" in result.output
    assert list_installed()[0] == [] and not any(packages_dir().iterdir())


def test_corrupt_package_one_line_error(tmp_path):
    bad = tmp_path / "broken.argosmodel"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    result = CliRunner().invoke(main, ["models", "install", str(bad)])
    assert result.exit_code == 4 and "Traceback" not in result.output
    assert result.output.strip().splitlines() == [f"error: {bad}: not an Argos package (not a zip archive)"]


def test_truncated_package(toy_argosmodel, tmp_path):
    cut = tmp_path / "cut.argosmodel"
    data = toy_argosmodel.read_bytes()
    cut.write_bytes(data[: len(data) // 2] + data[-22:])  # keeps an end-of-central-directory record
    with pytest.raises(ModelPackageError) as err:
        install_package_file(cut)
    assert str(err.value).startswith(str(cut))
    assert not [p for p in packages_dir().iterdir()] if packages_dir().exists() else True


@pytest.mark.parametrize(
    "name, problem",
    [("../evil.txt", "unsafe path"), ("/abs/evil.txt", "unsafe path"), ("other/x.txt", "exactly one top-level folder")],
)
def test_unsafe_archives_are_refused_before_writing(toy_argosmodel, tmp_path, name, problem):
    def edit(info, data):
        return [(info, data)] + ([(zipfile.ZipInfo(name), b"x")] if info.filename.endswith("metadata.json") else [])

    bad = rewrite(toy_argosmodel, tmp_path / "bad.argosmodel", edit)
    with pytest.raises(ModelPackageError, match=problem):
        install_package_file(bad)
    assert not (tmp_path / "evil.txt").exists()
    assert not packages_dir().exists() or not any(packages_dir().iterdir())


def test_symlink_entry_is_refused(toy_argosmodel, tmp_path):
    def edit(info, data):
        out = [(info, data)]
        if info.filename.endswith("metadata.json"):
            link = zipfile.ZipInfo(info.filename.rsplit("/", 1)[0] + "/link")
            link.external_attr = (stat.S_IFLNK | 0o777) << 16
            out.append((link, b"/etc/passwd"))
        return out

    bad = rewrite(toy_argosmodel, tmp_path / "link.argosmodel", edit)
    with pytest.raises(ModelPackageError, match="link or device"):
        install_package_file(bad)


def test_missing_or_invalid_metadata(toy_argosmodel, tmp_path):
    gone = rewrite(toy_argosmodel, tmp_path / "nometa.argosmodel",
                   lambda i, d: [] if i.filename.endswith("metadata.json") else [(i, d)])
    with pytest.raises(ModelPackageError, match="no metadata.json"):
        install_package_file(gone)
    garbled = rewrite(toy_argosmodel, tmp_path / "garbled.argosmodel",
                      lambda i, d: [(i, b"{not json" if i.filename.endswith("metadata.json") else d)])
    with pytest.raises(ModelPackageError, match="not valid JSON"):
        install_package_file(garbled)


def test_download_offline_says_so_plainly(monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")  # nothing listens on the discard port
    import argostranslate.settings as s

    monkeypatch.setattr(s, "remote_package_index", "http://127.0.0.1:9/index.json")
    result = CliRunner().invoke(main, ["models", "download", "es", "en"])
    assert result.exit_code == 7 and "Traceback" not in result.output  # the network, not the package
    assert "could not reach the Argos package index" in result.output and "models install" in result.output
    assert len(result.output.strip().splitlines()) == 1


def _dead_pid() -> int:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid  # exited and reaped: no such process now (PIDs are not reused this soon)


def test_next_install_tidies_what_a_killed_install_left(toy_argosmodel):
    m = install_package_file(toy_argosmodel, "es", "en")
    folder = packages_dir()
    dead, live = _dead_pid(), os.getpid()
    stale = folder / f".installing-{dead}-abc123"
    (stale / "x").mkdir(parents=True)
    busy = folder / f".installing-{live}-def456"  # another install still running: left alone
    busy.mkdir()
    # A reinstall killed between its renames: the old package aside, nothing in its place.
    aside = folder / f".replaced-{dead}-ghi789"
    aside.mkdir()
    os.replace(m.path, aside / m.path.name)
    assert find_installed("es", "en") is None

    from translate_tool.models import recover_interrupted_installs

    done = recover_interrupted_installs(folder)
    assert f"restored {m.path.name}" in done
    assert find_installed("es", "en").path == m.path
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == [busy.name]
    install_package_file(toy_argosmodel, "es", "en")  # install calls it too, and keeps the live one
    assert busy.exists()
