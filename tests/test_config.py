"""translate-tool.toml: defaults for repeated options; command-line options win; typos are errors."""

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
