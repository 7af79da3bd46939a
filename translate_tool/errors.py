"""Errors that reach the user as one line: which file, what is wrong."""

from __future__ import annotations

from pathlib import Path


class TranslateToolError(Exception):
    """A failure the user can act on. `str()` is the one-line message the CLI prints."""

    exit_code = 1

    def __init__(self, message: str, path: str | Path | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {message}" if self.path else message)


class DocumentError(TranslateToolError):
    """An input document cannot be read (binary, undecodable, missing, ...)."""


class EngineUnavailable(TranslateToolError):
    """No usable translation engine, or the requested one is not installed."""

    exit_code = 3


class ModelPackageError(TranslateToolError):
    """An Argos package file is invalid, unsafe, or for the wrong language pair."""

    exit_code = 4


class ExecutorUnavailable(TranslateToolError):
    """`run --executor ray` cannot run: Ray is not installed, or the cluster does not answer."""

    exit_code = 6
