"""The `translate-tool` command line: a thin click layer over the library modules.

Each sub-module registers its commands on `main`; they parse options, call the library
and print. Errors from the library (`TranslateToolError`) become one line on stderr and
the error's exit code.
"""

from __future__ import annotations

import click


def _print_versions(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from ..environment import version_lines

    for line in version_lines():
        click.echo(line)
    ctx.exit()


def _options(group: click.Group) -> dict[str, dict[str, str]]:
    """Per command, each long option as written (`source-lang`) -> its parameter's name.
    Nested groups (`models`) are left out: nothing there to configure."""
    out = {}
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            continue
        out[name] = {opt[2:]: p.name for p in command.params if isinstance(p, click.Option)
                     for opt in p.opts if opt.startswith("--")}
    return out


def _repeatable(group: click.Group) -> dict[str, set[str]]:
    """Per command, its options declared `multiple=True` (`status` of `export`), as written."""
    return {name: {opt[2:] for p in command.params if isinstance(p, click.Option) and p.multiple
                   for opt in p.opts if opt.startswith("--")}
            for name, command in group.commands.items() if not isinstance(command, click.Group)}


def _load_config(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    """Read translate-tool.toml (or --config FILE) into click's default_map: command-line
    options still win. A bad file is a usage error (exit 2)."""
    if ctx.resilient_parsing:
        return
    from ..config import ConfigError, config_path, default_map, load_config

    try:
        path = config_path(value)
        if path is not None:
            ctx.default_map = default_map(load_config(path), _options(ctx.command), path, _repeatable(ctx.command))
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(exc.exit_code)


def _epilog() -> str:
    from ..errors import EXIT_CODES

    lines = ["Exit codes:"] + [f"  {code:<4}{meaning}" for code, meaning in EXIT_CODES.items()]
    lines += ["", "Shell completion (bash): eval \"$(_TRANSLATE_TOOL_COMPLETE=bash_source translate-tool)\"",
              "  (zsh: zsh_source, fish: fish_source)."]
    return "\n".join(lines)


class _Group(click.Group):
    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_paragraph()
        for line in _epilog().splitlines():  # kept as written: a table
            formatter.write(line + "\n")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_versions,
    help="Show the version, and those of CTranslate2, the encoder and the engines found, then exit.",
)
@click.option(
    "--config", metavar="FILE", expose_value=False, is_eager=True, callback=_load_config,
    help="Options to use by default (default: ./translate-tool.toml, else ~/.config/translate-tool/config.toml).",
)
@click.option("-q", "--quiet", is_flag=True, help="No warnings or progress bars (errors are still printed).")
@click.option("-v", "--verbose", is_flag=True, help="More detail on stderr (the route and engine chosen, ...).")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """Detect Spanish articles, translate them offline, align and review parallel text."""
    if quiet and verbose:
        raise click.UsageError("--quiet and --verbose cannot be used together")
    ctx.obj = {"verbosity": -1 if quiet else (1 if verbose else 0)}


# Command modules register themselves on `main` when imported.
from . import models_cmd  # noqa: E402,F401
from . import pipeline_cmd  # noqa: E402,F401
from . import review_cmd  # noqa: E402,F401
from . import align  # noqa: E402,F401
