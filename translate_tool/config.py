"""`translate-tool.toml`: the options people repeat, read with the standard library's tomllib.

Looked for in the working folder, then in the user's config folder
(`$XDG_CONFIG_HOME/translate-tool/config.toml`, default `~/.config/...`); `--config FILE`
or `$TRANSLATE_TOOL_CONFIG` names one explicitly. Top-level keys apply to every command that
has that option; a `[run]`, `[translate]`, ... table applies to one command. Keys are option
names as on the command line (`source-lang = "fr"`, `engine = "apertium"`). Options given on
the command line win. An unknown key is an error, not a silent no-op: a typo in a config
file should not change what a command does unnoticed.

    source-lang = "es"
    target-lang = "en"
    engine = "auto"
    glossary = "glossary.tsv"

    [export]
    min-score = 0.5
    near-dedupe = true

One value per key, as on the command line; a repeatable option (`export --status`) takes a
list, or one value as a list of one:

    [export]
    status = ["approved"]

A list for an option that takes one value is an error, as is a top-level list where one of the
commands with that option takes one value (`show --status`): put it in that command's table.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Collection, Mapping

from .errors import TranslateToolError

FILE_NAME = "translate-tool.toml"


class ConfigError(TranslateToolError):
    """A config file that cannot be read or names options that do not exist (a usage error)."""

    exit_code = 2


def config_path(explicit: str | Path | None = None, cwd: Path | None = None) -> Path | None:
    """The config file in force, or None."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError("config file not found", path)
        return path
    env = os.environ.get("TRANSLATE_TOOL_CONFIG")
    if env:
        return config_path(env)
    local = (cwd or Path.cwd()) / FILE_NAME
    if local.is_file():
        return local
    xdg = os.environ.get("XDG_CONFIG_HOME")
    user = (Path(xdg) if xdg else Path.home() / ".config") / "translate-tool" / "config.toml"
    return user if user.is_file() else None


def load_config(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except OSError as exc:
        raise ConfigError(f"cannot read config file ({exc.strerror or exc})", path) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML ({exc})", path) from None


def default_map(config: Mapping[str, Any], options: Mapping[str, Mapping[str, str]], path: Path | str,
                repeatable: Mapping[str, Collection[str]] | None = None) -> dict[str, dict]:
    """click's `default_map` from a config: {command: {parameter name: value}}.

    `options`: per command, each option as on the command line (without the dashes) -> the
    name of its parameter (`json` -> `as_json`); `repeatable`: per command, the options of
    `options` declared `multiple=True`, whose value is a list (a single value: a list of one)."""
    repeatable = repeatable or {}
    every = set().union(*(set(o) for o in options.values())) if options else set()
    out: dict[str, dict] = {name: {} for name in options}
    for key, value in config.items():
        if isinstance(value, dict):
            if key not in options:
                raise ConfigError(f"[{key}]: no such command (commands: {', '.join(sorted(options))})", path)
            for sub, v in value.items():
                if sub not in options[key]:
                    raise ConfigError(f"[{key}] {sub}: `{key}` has no option --{sub}", path)
                out[key][options[key][sub]] = _value(v, sub in repeatable.get(key, ()), f"[{key}] {sub}", path)
            continue
        if key not in every:
            raise ConfigError(f"{key}: no command has an option --{key}", path)
        for name, opts in options.items():
            if key in opts:
                multiple = key in repeatable.get(name, ())
                repeats = [f"[{n}]" for n in options if key in repeatable.get(n, ())]
                if isinstance(value, list) and not multiple and repeats:
                    raise ConfigError(f"{key}: a list, but `{name} --{key}` takes one value (put the list "
                                      f"under {' and '.join(repeats)})", path)
                out[name].setdefault(opts[key], _value(value, multiple, key, path))
    return {name: d for name, d in out.items() if d}


def _value(value: Any, multiple: bool, where: str, path: Path | str) -> Any:
    """A config value for an option (`multiple`: a repeatable one, whose value is a list)."""
    if not multiple:
        return _scalar(value, where, path)
    if not isinstance(value, list):
        return [_scalar(value, where, path)]  # one value: a list of one, as the option given once
    return [_scalar(v, f"{where} (in its list)", path) for v in value]


def _scalar(value: Any, where: str, path: Path | str) -> Any:
    """A config value as the command line would give it: a flag's true/false, else text (a number
    becomes its text, which click reads back as the option's type); a list or table is an error."""
    if isinstance(value, bool) or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    kind = "a list" if isinstance(value, list) else "a table" if isinstance(value, dict) else type(value).__name__
    raise ConfigError(f"{where}: {kind} is not a value of an option (one value, as on the command line)", path)
