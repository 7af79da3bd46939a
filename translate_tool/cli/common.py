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


def verbosity() -> int:
    """-1 with --quiet, 1 with --verbose, 0 otherwise (the group's options, for every command)."""
    ctx = click.get_current_context(silent=True)
    obj = ctx.find_root().obj if ctx is not None else None
    return obj.get("verbosity", 0) if isinstance(obj, dict) else 0


def warn(message: str) -> None:
    """A warning on stderr, unless --quiet (errors are always printed)."""
    if verbosity() >= 0:
        click.echo(f"warning: {message}", err=True)


def review_kept(name: str, kept: int, reset: int) -> str:
    """The line `run`, `align` and `align-corpus` print when they merged new output with a review."""
    return (f"{name}: review kept on {kept} pair(s)"
            + (f"; {reset} pair(s) back to unreviewed (their source changed)" if reset else ""))


def info(message: str) -> None:
    """Detail on stderr with --verbose only."""
    if verbosity() > 0:
        click.echo(message, err=True)


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
        except BrokenPipeError:  # `translate-tool ... | head`: the reader has what it wanted
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)

    return wrapper
