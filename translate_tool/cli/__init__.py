"""The `translate-tool` command line: a thin click layer over the library modules.

Each sub-module registers its commands on `main`; they parse options, call the library
and print. Errors from the library (`TranslateToolError`) become one line on stderr and
the error's exit code.
"""

from __future__ import annotations

import click

from .. import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="translate-tool")
def main() -> None:
    """Detect Spanish articles, translate them offline, align and review parallel text."""


# Command modules register themselves on `main` when imported.
from . import models_cmd  # noqa: E402,F401
from . import pipeline_cmd  # noqa: E402,F401
from . import review_cmd  # noqa: E402,F401
from . import align  # noqa: E402,F401
