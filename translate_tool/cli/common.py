"""Shared CLI plumbing: turning library errors into one-line messages and exit codes."""

from __future__ import annotations

import functools
import sys
from typing import NoReturn

import click

from ..errors import TranslateToolError


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def handle_errors(func):
    """Library errors -> `error: <file>: <problem>` on stderr, non-zero exit, no traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except TranslateToolError as exc:
            fail(str(exc), exc.exit_code)
        except ModuleNotFoundError as exc:  # a dependency removed after install: say which, and how to get it
            from ..environment import missing_module_message

            fail(missing_module_message(exc.name))
        except KeyboardInterrupt:
            fail("interrupted", 130)

    return wrapper
