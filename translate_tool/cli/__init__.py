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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_versions,
    help="Show the version, and those of CTranslate2, the encoder and the engines found, then exit.",
)
def main() -> None:
    """Detect Spanish articles, translate them offline, align and review parallel text."""


# Command modules register themselves on `main` when imported.
from . import models_cmd  # noqa: E402,F401
from . import pipeline_cmd  # noqa: E402,F401
from . import review_cmd  # noqa: E402,F401
from . import align  # noqa: E402,F401
