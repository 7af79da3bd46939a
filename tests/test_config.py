"""translate-tool.toml: defaults for repeated options; command-line options win; typos are errors."""

import re

import pytest
from click.testing import CliRunner

from translate_tool.cli import main
from translate_tool.config import ConfigError, default_map

OPTIONS = {"run": {"source-lang": "source_lang", "target-lang": "target_lang", "engine": "engine", "force": "force"},
           "show": {"min-score": "min_score", "doc": "doc"}}


def test_top_level_keys_apply_to_every_command_that_has_the_option():
    dm = default_map({"source-lang": "fr", "min-score": 0.5, "run": {"force": True}}, OPTIONS, "c.toml")
    assert dm == {"run": {"source_lang": "fr", "force": True}, "show": {"min_score": "0.5"}}  # (numbers as their text: click reads them as the option's type)


@pytest.mark.parametrize("config, message", [
    ({"sorce-lang": "fr"}, "sorce-lang: no command has an option --sorce-lang"),
    ({"rnu": {"force": True}}, "[rnu]: no such command"),
    ({"show": {"force": True}}, "[show] force: `show` has no option --force"),
])
def test_unknown_keys_are_errors_naming_the_key(config, message):
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        default_map(config, OPTIONS, "c.toml")


def test_config_file_sets_defaults_and_the_command_line_wins(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Hello world. This is an English sentence.\n", encoding="utf-8")
    (tmp_path / "translate-tool.toml").write_text('[detect]\njson = true\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["detect", "a.txt"])
    assert result.exit_code == 0 and result.stdout.lstrip().startswith("[")  # --json from the file
    other = tmp_path / "other.toml"
    other.write_text("[detect]\njson = false\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(other), "detect", "a.txt"])
    assert result.exit_code == 0 and result.stdout.startswith("a.txt\ten")


def test_a_broken_config_is_a_one_line_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "translate-tool.toml").write_text("source-lang = \n", encoding="utf-8")
    result = CliRunner().invoke(main, ["detect", "x.txt"])
    assert result.exit_code == 2 and result.stderr.startswith("error: ") and "translate-tool.toml" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = CliRunner().invoke(main, ["--config", str(tmp_path / "missing.toml"), "detect", "x.txt"])
    assert result.exit_code == 2 and "config file not found" in result.stderr


def test_a_list_or_a_table_as_an_option_value_is_a_one_line_error_and_a_number_is_its_text():
    options = {"run": {"glossary": "glossary_file", "source-lang": "source_lang", "force": "force"}}
    for config, where in (({"run": {"glossary": ["a.tsv"]}}, "[run] glossary: a list"),
                          ({"source-lang": ["es"]}, "source-lang: a list"),
                          ({"run": {"glossary": {"file": "a.tsv"}}}, "[run] glossary: a table")):
        with pytest.raises(ConfigError, match=where.replace('[', '\\[').replace(']', '\\]')):
            default_map(config, options, "translate-tool.toml")
    assert default_map({"glossary": 3, "force": True}, options, "t.toml") == {"run": {"glossary_file": "3", "force": True}}


def test_a_repeatable_option_takes_a_list_or_one_value():
    options = {"export": {"status": "statuses", "min-score": "min_score"}, "show": {"status": "status"}}
    repeatable = {"export": {"status"}, "show": set()}
    dm = default_map({"export": {"status": ["approved", "unreviewed"]}}, options, "t.toml", repeatable)
    assert dm == {"export": {"statuses": ["approved", "unreviewed"]}}
    assert default_map({"export": {"status": "approved"}}, options, "t.toml", repeatable) == {
        "export": {"statuses": ["approved"]}}
    # a top-level single value: one value for show, a list of one for export
    assert default_map({"status": "approved"}, options, "t.toml", repeatable) == {
        "export": {"statuses": ["approved"]}, "show": {"status": "approved"}}
    for config, where in (({"export": {"min-score": [0.5]}}, "[export] min-score: a list"),
                          ({"show": {"status": ["approved"]}}, "[show] status: a list"),
                          ({"status": ["approved"]}, "status: a list, but `show --status` takes one value"),
                          ({"export": {"status": [["approved"]]}}, "[export] status (in its list): a list")):
        with pytest.raises(ConfigError, match=re.escape(where)):
            default_map(config, options, "t.toml", repeatable)


@pytest.fixture
def reviewed(tmp_path):
    """A folder of one document's pairs, the first approved, the second unreviewed."""
    from translate_tool.data import PairRecord
    from translate_tool.formats import format_jsonl
    from translate_tool.review import ReviewStore

    out = tmp_path / "out"
    out.mkdir()
    recs = [PairRecord("a", i, (es,), (en,), (0,), (0,), i, 0.9, (), "argos:es-en@1.9")
            for i, (es, en) in enumerate((("Hola.", "Hello."), ("Adiós.", "Goodbye.")))]
    (out / "a.pairs.jsonl").write_text(format_jsonl(recs), encoding="utf-8")
    with ReviewStore.open(out) as store:
        store.approve(store.pairs(doc="a")[0].id)
    return out


@pytest.mark.parametrize("value", ['["approved"]', '"approved"'])
def test_export_status_from_the_config_file(reviewed, tmp_path, monkeypatch, value):
    import json

    monkeypatch.chdir(tmp_path)
    (tmp_path / "translate-tool.toml").write_text(f"[export]\nstatus = {value}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(reviewed), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["tgt"] for x in result.stdout.splitlines()] == [["Hello."]]
    result = CliRunner().invoke(main, ["export", str(reviewed), "--format", "jsonl", "--status", "unreviewed"])
    assert result.exit_code == 0, result.output  # the command line wins
    assert [json.loads(x)["tgt"] for x in result.stdout.splitlines()] == [["Goodbye."]]


def test_the_readme_config_example_runs_as_written(reviewed, tmp_path, monkeypatch):
    import json
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", readme, re.S).group(1)
    assert 'status = ["approved"]' in example
    monkeypatch.chdir(tmp_path)
    (tmp_path / "translate-tool.toml").write_text(example, encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(reviewed), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["tgt"] for x in result.stdout.splitlines()] == [["Hello."]]
