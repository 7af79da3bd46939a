"""Error paths of `run` (and of the commands reading its folder): one line naming the file and the
problem, a distinct exit code, nothing half-written."""

import os

import pytest

from click.testing import CliRunner

from translate_tool.cli import main


def no_apertium(monkeypatch):
    monkeypatch.setattr("translate_tool.langpairs.apertium_modes", lambda: [])


def test_no_engine_available_writes_nothing(seeds_copy, tmp_path, monkeypatch):
    no_apertium(monkeypatch)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(seeds_copy), "-o", str(out)])
    assert result.exit_code == 3
    assert result.output.strip().splitlines() == [
        "error: no translation engine for es->en: install an Argos package (translate-tool models install "
        "FILE.argosmodel, or translate-tool models download es en when online) or Debian's Apertium "
        "(apt-get install apertium apertium-eng-spa)"
    ]
    assert not out.exists()


def test_english_only_folder_needs_no_engine(seeds_copy, tmp_path, monkeypatch):
    no_apertium(monkeypatch)
    (seeds_copy / "003_47791e38b17413ba.txt").unlink()
    result = CliRunner().invoke(main, ["run", str(seeds_copy), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "0 sentences translated" in result.output


def test_empty_input_folder(tmp_path):
    (tmp_path / "in").mkdir()
    result = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    from translate_tool.docformats import SUFFIXES

    listed = ", ".join("*" + s for s in SUFFIXES)
    assert result.output.strip() == f"error: {tmp_path / 'in'}: no documents ({listed}) in this folder"


def test_missing_input_folder(tmp_path):
    result = CliRunner().invoke(main, ["run", str(tmp_path / "nope"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and result.output.strip() == f"error: {tmp_path / 'nope'}: not a folder"


def test_unreadable_files_are_listed_and_the_run_goes_on(seeds_copy, tmp_path, monkeypatch):
    no_apertium(monkeypatch)
    (seeds_copy / "003_47791e38b17413ba.txt").unlink()
    (seeds_copy / "binary.txt").write_bytes(b"\x00\x01\x02 PNG junk \x00")
    os.symlink(seeds_copy / "gone", seeds_copy / "dangling.txt")
    (seeds_copy / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["run", str(seeds_copy), "-o", str(tmp_path / "out")])
    assert result.exit_code == 6  # some documents failed (2 is click's usage error)
    lines = result.output.splitlines()
    failed = lines[lines.index("failed:") + 1 :]
    assert failed == [f"  {seeds_copy / 'dangling.txt'}: no such file"]
    # Empty and binary files hold nothing to translate: not taken, with their reason, not failed.
    taken = lines.index("3 file(s) not taken:")
    assert lines[taken + 1 : taken + 4] == [
        "  binary.txt: binary file (contains NUL bytes), not a text document",
        "  empty.txt: empty document (no text)",
        "  glossary.tsv: unsupported file type (.tsv)",
    ]
    assert (tmp_path / "out" / "manifest.json").exists()


def test_a_review_store_damaged_inside_its_pages_is_one_line_for_every_command(installed_toy, tmp_path):
    """A damaged header is refused when the store opens; damage further in surfaces at the first
    query that reads the page, anywhere: the same one line, naming the file, with the remedy."""
    from conftest import add_news_documents

    from translate_tool.review.schema import REBUILD

    src = tmp_path / "in"
    src.mkdir()
    add_news_documents(src, 12)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    db = out / "review.sqlite3"
    assert db.stat().st_size >= 8192 + 4096
    with open(db, "r+b") as f:  # pages 3 and on (4096-byte pages), the header left as it was
        f.seek(8192)
        f.write(b"\xff" * 4096)
    expected = f"error: {db}: not a usable review database (database disk image is malformed); {REBUILD}"
    for args in (["run", src, "-o", out], ["show", out], ["show", out, "--earlier"],
                 ["export", out, "--format", "tsv"], ["report", out, "-o", tmp_path / "report.html"],
                 ["decide", out, "--approve"], ["decide", out, "--reject", "--dry-run"]):
        result = CliRunner().invoke(main, [str(a) for a in args])
        assert result.exit_code == 1, (args, result.output, result.exception)
        assert result.stderr.strip().splitlines()[-1] == expected, args
        assert "Traceback" not in result.output
    assert not (tmp_path / "report.html").exists()
    with open(db, "r+b") as f:  # now the header too: the readers said only "file is not a database"
        f.write(b"garbage garbage garbage garbage")
    header = f"error: {db}: not a usable review database (file is not a database); {REBUILD}"
    for args in (["run", src, "-o", out], ["show", out], ["export", out, "--format", "tsv"],
                 ["report", out, "-o", tmp_path / "report.html"], ["decide", out, "--approve"],
                 ["decide", out, "--reject", "--dry-run"]):
        result = CliRunner().invoke(main, [str(a) for a in args])
        assert result.exit_code == 1, (args, result.output, result.exception)
        assert result.stderr.strip().splitlines()[-1] == header, args


@pytest.mark.parametrize("args", [["run", "IN", "-o", "OUT", "-s", "xx"], ["translate", "IN/a.txt", "-t", "qq"],
                                  ["detect", "IN", "-s", "xx"], ["align-corpus", "IN", "-o", "OUT", "-t", "zz"]])
def test_an_unknown_language_code_is_a_usage_error_not_a_traceback(tmp_path, args):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Hola mundo. Adiós a todos los amigos.\n", encoding="utf-8")
    args = [a.replace("IN", str(tmp_path / "in")).replace("OUT", str(tmp_path / "out")) for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "is not a language the detector knows" in result.output
    assert not (tmp_path / "out").exists()


def test_a_language_code_in_capitals_is_read_in_lower_case():
    from translate_tool.langid import check_language

    assert check_language("ES") == "es" and check_language(" en ") == "en"


@pytest.mark.parametrize("command, args, message", [
    ("run", ["--workers", "2"], "error: --ray-address and --workers go with --executor ray"),
    ("run", ["--ray-address", "auto"], "error: --ray-address and --workers go with --executor ray"),
    ("align-corpus", ["--workers", "2"], "error: --ray-address and --workers go with --executor ray"),
    ("align-corpus", ["--executor", "ray", "-j", "2"], "error: --jobs goes with --executor local (with ray: --workers)"),
])
def test_executor_options_without_their_executor_are_a_usage_error(seeds_copy, tmp_path, command, args, message):
    """A bad combination of options is a usage error (exit 2, README "Exit codes"), one line, nothing written."""
    if command == "align-corpus":
        (tmp_path / "in").mkdir()
        (tmp_path / "in" / "a.es.txt").write_text("Hola.\n", encoding="utf-8")
        (tmp_path / "in" / "a.en.txt").write_text("Hello.\n", encoding="utf-8")
        source = tmp_path / "in"
    else:
        source = seeds_copy
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [command, str(source), "-o", str(out), *args])
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == [message]
    assert not out.exists()


def test_a_full_disk_is_one_line_and_the_review_survives(installed_toy, tmp_path, monkeypatch):
    """SQLite rolls a transaction back by itself on SQLITE_FULL: the store's ROLLBACK must not
    raise over it (`cannot rollback - no transaction is active`, a traceback), and the error is
    the one line naming the store; with room again, the rerun keeps the review."""
    import sqlite3

    from translate_tool.review import schema
    from translate_tool.review.store import ReviewStore

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("El presidente visitó la ciudad. La reunión duró dos horas.\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["run", str(src), "-o", str(out)]).exit_code == 0
    with ReviewStore.open(out) as store:
        store.approve(store.pairs()[0].id)
    (src / "a.txt").write_text("El presidente visitó la ciudad. La reunión duró dos horas.\n\n" + "".join(
        f"El ministro {i} habló ayer con la prensa sobre el plan número {i}.\n\n" for i in range(300)), encoding="utf-8")
    connect = schema.connect

    def full(path):  # the disk is full: the store cannot grow by a page
        conn = connect(path)
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        return conn

    monkeypatch.setattr(schema, "connect", full)
    result = CliRunner().invoke(main, ["run", str(src), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, sqlite3.Error)
    assert result.stderr.strip().splitlines()[-1].startswith(
        f"error: {out / 'review.sqlite3'}: cannot write the review database (database or disk is full)")
    monkeypatch.setattr(schema, "connect", connect)
    result = CliRunner().invoke(main, ["run", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with ReviewStore.open(out, readonly=True) as store:
        pairs = store.pairs()
    assert pairs[0].status == "approved" and len(pairs) == 302


def test_an_output_file_that_cannot_be_written_is_one_line(installed_toy, tmp_path, monkeypatch):
    """export/report/run writing onto a full disk or under a file: `error: <the file>: <why>`,
    exit 1, naming the file and not its temporary twin, and no temporary file left."""
    import errno

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("El presidente visitó la ciudad. La reunión duró dos horas.\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["run", str(src), "-o", str(out)]).exit_code == 0
    (tmp_path / "afile").write_text("x")
    result = CliRunner().invoke(main, ["export", str(out), "--format", "tsv", "-o", str(tmp_path / "afile" / "x.tsv")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip().splitlines()[-1].startswith(f"error: {tmp_path / 'afile'}: ")

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    for args, name in ((["export", out, "--format", "tmx", "-o", tmp_path / "all.tmx"], tmp_path / "all.tmx"),
                       (["export", out, "--format", "moses", "-o", tmp_path / "moses"], tmp_path / "moses" / "corpus.es"),
                       (["report", out, "-o", tmp_path / "r.html"], tmp_path / "r.html")):
        result = CliRunner().invoke(main, [str(a) for a in args])
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr.strip().splitlines() [-1] == f"error: {name}: No space left on device", args
        assert not name.exists() and not list(name.parent.glob(".*.tmp"))
    (src / "a.txt").write_text("El presidente visitó la ciudad.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(src), "-o", str(out)])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert result.stderr.strip().splitlines()[-1].endswith(": No space left on device")


def test_a_cache_folder_that_cannot_be_used_is_one_line(installed_toy, tmp_path, monkeypatch):
    """TRANSLATE_TOOL_CACHE_DIR read-only, full or not a folder (here: a file): the run stops with one
    line naming the cache file and the remedy, not a traceback from sqlite3 (also with --no-cache:
    the encoder's caches are still used)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("El presidente visitó la ciudad. La reunión duró dos horas.\n", encoding="utf-8")
    (tmp_path / "cache").write_text("not a folder")
    monkeypatch.setenv("TRANSLATE_TOOL_CACHE_DIR", str(tmp_path / "cache"))
    for extra in ([], ["--no-cache"]):
        result = CliRunner().invoke(main, ["run", str(src), "-o", str(tmp_path / "out"), *extra])
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output and result.exception.__class__ is SystemExit
        last = result.stderr.strip().splitlines()[-1]
        assert last.startswith(f"error: {tmp_path / 'cache'}/") and "cannot use the cache" in last, last
        assert "TRANSLATE_TOOL_CACHE_DIR" in last
