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


def write_file(path, data) -> None:
    """Write an output file the user named (`-o`), keeping what a person changed in it since the
    tool wrote it as `<name>.hand-edited` first, with a warning (written_files.py)."""
    from ..written_files import kept_message, write_output

    copy = write_output(path, data)
    if copy is not None:
        warn(kept_message(path, copy))


def refuse_folder_output(path, command: str) -> None:
    """Exit 2, before any work, when `-o PATH` is a file an output folder records as its own
    (`x.en.txt`, `x.tsv`, ... of a `run` or `align-corpus` folder): that folder writes it from its
    review, and would take this command's output for a person's hand edits (QA5 F09)."""
    if path is None or str(path) == "-":
        return
    from ..review.outputs import tracking_folder

    folder = tracking_folder(path)
    if folder is not None:
        fail(f"-o {path}: {folder} writes this file from its review (its manifest.json records it); "
             f"{command} writing it would be read there as edits made by hand: give -o another file", 2)


def review_kept(name: str, kept: int, reset: int, restored: int = 0) -> str:
    """The line `run`, `align` and `align-corpus` print when they merged new output with a review."""
    back = f" ({restored} of them earlier review work whose text is back)" if restored else ""
    return (f"{name}: review kept on {kept} pair(s){back}"
            + (f"; {reset} pair(s) back to unreviewed (their sentences changed; what was decided"
               " is kept: `translate-tool show OUT_DIR --earlier`)" if reset else ""))


def review_flagged(name: str, flagged: int) -> str:
    """The line `run` prints when the checks on reviewed pairs' current text (another glossary) find something."""
    return (f"{name}: {flagged} reviewed pair(s) flagged by the checks on their current text (their decision"
            " stands; `translate-tool review OUT_DIR --only needs-review`)")


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
        except OSError as exc:  # a full disk, a read-only folder or file: one line naming the file
            fail(f"{exc.filename}: {exc.strerror or exc}" if exc.filename else str(exc))

    return wrapper


def executor_options(func):
    """--executor, --ray-address, --workers and --verbose: the same options for `run` and
    `align-corpus` (executor_from turns them into executors.ExecutorOptions)."""
    options = [
        click.option("--executor", type=click.Choice(("local", "ray")), default="local", show_default=True,
                     help="Where the documents are processed: this machine, or a Ray actor pool "
                          "(pip install 'translate-tool[ray]'; docs/scaling.md)."),
        click.option("--ray-address", metavar="ADDR",
                     help="With --executor ray: join this cluster ('auto' or host:port) instead of starting a "
                          "local one."),
        click.option("--workers", type=click.IntRange(min=0), default=0,
                     help="With --executor ray: actors (default: one per CPU of the instance or cluster)."),
        click.option("--verbose", is_flag=True,
                     help="With --executor ray: show Ray's own logging (the tool's own detail, such as the "
                          "engine route: translate-tool -v COMMAND)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def executor_from(executor: str, ray_address: str | None, workers: int, verbose: bool):
    """executor_options' values -> executors.ExecutorOptions (exit 2, a usage error, when Ray's options come
    without it)."""
    from ..executors import ExecutorOptions

    if executor == "local" and (ray_address or workers):
        fail("--ray-address and --workers go with --executor ray", 2)  # a bad combination: a usage error
    return ExecutorOptions(executor, ray_address, workers, verbose=verbose)


def language_code(ctx, param, value):
    """click callback of -s / -t where the language detector reads the documents: "ES" is "es";
    an unknown code is a usage error (exit 2) naming the option, before anything is read."""
    from ..langid import check_language

    try:
        return check_language(value)
    except TranslateToolError as exc:
        raise click.BadParameter(exc.message, ctx=ctx, param=param) from None
