"""One set of command-line conventions: an exit code per meaning (tested one by one), the same
option names in every command, files and folders wherever documents are taken, --quiet."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.errors import EXIT_CODES

README = Path(__file__).resolve().parents[1] / "README.md"


def invoke(*args, **kw):
    return CliRunner().invoke(main, [str(a) for a in args], **kw)


def test_exit_0_done_and_1_bad_input(tmp_path):
    (tmp_path / "a.txt").write_text("Hello, this is an English sentence about the weather.\n", encoding="utf-8")
    assert invoke("detect", tmp_path / "a.txt").exit_code == 0
    missing = invoke("models", "install", tmp_path / "nonexistent.argosmodel")
    assert missing.exit_code == 1 and missing.stderr.strip().endswith("nonexistent.argosmodel: no such file")
    assert invoke("detect", tmp_path / "nope.txt").exit_code == 1


@pytest.mark.parametrize("args", [
    ["run", "seeds"],  # no -o
    ["show", ".", "--status", "bogus"],
    ["no-such-command"],
    ["export", ".", "--format", "tmx", "--min-score", "2"],
    ["-q", "-v", "models", "list"],
])
def test_exit_2_is_a_usage_error(args):
    assert invoke(*args).exit_code == 2


def test_exit_3_no_engine_for_the_pair(tmp_path, monkeypatch):
    monkeypatch.setattr("translate_tool.langpairs.apertium_modes", lambda: [])
    (tmp_path / "a.txt").write_text("El gobierno anunció el martes nuevas medidas para los agricultores.\n", "utf-8")
    result = invoke("run", tmp_path / "a.txt", "-o", tmp_path / "out")
    assert result.exit_code == 3 and "no translation engine for es->en" in result.stderr
    assert not (tmp_path / "out").exists()


def test_exit_4_invalid_package(tmp_path):
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(b"not a zip")
    assert invoke("models", "install", bad).exit_code == 4


def test_exit_5_output_folder_in_use(tmp_path):
    from translate_tool.lock import output_lock

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("El gobierno anunció el martes nuevas medidas.\n", "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    with output_lock(out):
        result = invoke("run", tmp_path / "in", "-o", out, "--engine", "apertium")
    assert result.exit_code == 5


def test_exit_6_some_documents_failed(tmp_path, toy_argosmodel):
    assert invoke("models", "install", toy_argosmodel).exit_code == 0
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("El presidente de Chile.\n", "utf-8")
    (tmp_path / "in" / "b.docx").write_bytes(b"PK\x03\x04 a damaged Word file")
    result = invoke("run", tmp_path / "in", "-o", tmp_path / "out", "--force")
    assert result.exit_code == 6 and "b.docx: " in result.stderr
    assert (tmp_path / "out" / "a.en.txt").exists()


def test_empty_and_binary_files_in_a_folder_are_skipped_not_failed(tmp_path, toy_argosmodel):
    assert invoke("models", "install", toy_argosmodel).exit_code == 0
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text("El presidente de Chile.\n", "utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"\x00\x01 binary")
    (tmp_path / "in" / "sub" / "c.html").write_bytes(b"")
    (tmp_path / "in" / "sub" / "d.docx").write_bytes(b"")
    (tmp_path / "in" / "e.md").write_text("\n  \n", "utf-8")
    (tmp_path / "in" / "f.pdf").write_bytes(b"%PDF")
    result = invoke("run", tmp_path / "in", "-o", tmp_path / "out", "--force")
    assert result.exit_code == 0, result.output
    expected = [
        ("b.txt", "binary file (contains NUL bytes), not a text document"),
        ("e.md", "empty document (no text)"),
        ("f.pdf", "unsupported file type (.pdf)"),
        ("sub/c.html", "empty document (no text)"),
        ("sub/d.docx", "empty document (no text)"),
    ]
    lines = result.stdout.splitlines()
    at = lines.index("5 file(s) not taken:")
    assert lines[at + 1 : at + 6] == [f"  {p}: {why}" for p, why in expected]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))
    assert manifest["skipped_files"] == [{"path": p, "reason": why} for p, why in expected]
    assert [d["path"] for d in manifest["documents"]] == ["a.txt"]
    assert (tmp_path / "out" / "a.en.txt").exists()


@pytest.mark.parametrize("content", [b"", b"  \n", b"\x00\x01 binary"])
def test_an_empty_or_binary_file_given_alone_fails(tmp_path, toy_argosmodel, content):
    assert invoke("models", "install", toy_argosmodel).exit_code == 0
    (tmp_path / "b.txt").write_bytes(content)
    result = invoke("run", tmp_path / "b.txt", "-o", tmp_path / "out")
    assert result.exit_code == 6, result.output  # the one document of the job failed
    assert f"{tmp_path / 'b.txt'}: " in result.stderr
    assert "not taken" not in result.stdout


def test_exit_7_network(monkeypatch):
    import argostranslate.settings as s

    monkeypatch.setattr(s, "remote_package_index", "http://127.0.0.1:9/index.json")
    assert invoke("models", "download", "es", "en").exit_code == 7


def test_readme_and_help_list_the_same_exit_codes():
    help_text = invoke("--help").stdout
    table = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", README.read_text(encoding="utf-8"), re.M))
    assert {int(k) for k in table} == set(EXIT_CODES)
    for code, meaning in EXIT_CODES.items():
        assert f"{code:<4}{meaning}" in help_text
        assert table[str(code)] == meaning


def test_the_same_option_names_in_every_command():
    import click

    commands = [(n, c) for n, c in main.commands.items() if not isinstance(c, click.Group)]
    commands += [(f"models {n}", c) for n, c in main.commands["models"].commands.items()]
    for name, command in commands:
        opts = {o for p in command.params for o in getattr(p, "opts", [])}
        assert not opts & {"--src-lang", "--tgt-lang", "--from", "--to"} or {"--source-lang"} <= opts, name
        if "--source-lang" in opts:
            assert {"-s", "--target-lang", "-t"} <= opts, name


def test_detect_takes_folders_and_lists_failures_in_json(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("El gobierno anunció el martes nuevas medidas para el campo.\n", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00binary")
    result = invoke("detect", tmp_path, "--json")
    assert result.exit_code == 1
    entries = {Path(e["path"]).name: e for e in json.loads(result.stdout)}
    assert entries["a.txt"]["language"] == "es" and "binary" in entries["b.txt"]["error"]


def test_translate_warns_on_input_in_another_language_and_quiet_silences(monkeypatch):
    from translate_tool.engines import base

    class Echo:
        info = base.EngineInfo("echo", "echo", "1", "es", "en")

        def translate_sentences(self, sentences, progress=None):
            return list(sentences)

        def close(self):
            pass

    monkeypatch.setattr("translate_tool.engines.select_engine", lambda *a, **k: Echo())
    text = "How are you, my friend? I hope everything is going well at home.\n"
    result = invoke("translate", "-", input=text)
    assert result.exit_code == 0 and "reads as 'en'" in result.stderr and "--force" in result.stderr
    assert "reads as" not in invoke("translate", "-", "--force", input=text).stderr
    assert invoke("-q", "translate", "-", input=text).stderr == ""


def test_the_apertium_warning_only_where_something_is_translated(tmp_path):
    from translate_tool.langpairs import apertium_modes

    if "spa-eng" not in apertium_modes():
        pytest.skip("Apertium spa-eng not installed")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("El gobierno anunció el martes nuevas medidas para el campo.\n", "utf-8")
    out = tmp_path / "out"
    ran = invoke("run", tmp_path / "in", "-o", out)
    assert ran.exit_code == 0 and ran.stderr.count("using Apertium") == 1  # once per command that translates
    for command in (["show", out], ["export", out, "--format", "tsv"], ["models", "list"], ["detect", tmp_path / "in"]):
        assert "Apertium" not in invoke(*command).stderr, command
