"""Errors that reach the user as one line: which file, what is wrong."""

from __future__ import annotations

from pathlib import Path


# One exit code per meaning, the same for every command (README, `translate-tool --help`).
EXIT_CODES = {
    0: "done",
    1: "bad input: a file that cannot be read or used, a bad pair file or review database",
    2: ("usage error: unknown option or command, a bad option value, a bad config file (click's convention), "
        "an output folder that holds another command's or another language pair's output"),
    3: "no engine for the language pair, or a missing optional piece (the message says what to install)",
    4: "an invalid or unsafe Argos model package",
    5: "another run or review is writing to the output folder",
    6: "the run (or align-corpus) finished, but some documents (document pairs) failed (listed with their reason)",
    7: "the network is needed and not reachable (models download, a Ray cluster address)",
    130: "interrupted (Ctrl+C)",
}
EXIT_SOME_FAILED = 6


class TranslateToolError(Exception):
    """A failure the user can act on. `str()` is the one-line message the CLI prints."""

    exit_code = 1

    def __init__(self, message: str, path: str | Path | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {message}" if self.path else message)


class DocumentError(TranslateToolError):
    """An input document cannot be read (binary, undecodable, missing, ...)."""


class NotADocument(DocumentError):
    """A file of a document's type that holds no text to translate: empty, or binary data.

    A folder run lists such a file as skipped (not failed); given alone as INPUT it fails."""


class UsageError(TranslateToolError):
    """The command line asks for something that cannot be done as given (exit 2, as click's usage
    errors): `run` or `align-corpus` pointed at an output folder of the other command or of
    another language pair (folder_documents.check_output_folder)."""

    exit_code = 2


class EngineUnavailable(TranslateToolError):
    """No usable translation engine, or the requested one is not installed."""

    exit_code = 3


class NetworkError(TranslateToolError):
    """Something had to be fetched (the Argos package index, a package) and could not be."""

    exit_code = 7


class ModelPackageError(TranslateToolError):
    """An Argos package file is invalid, unsafe, or for the wrong language pair."""

    exit_code = 4


class ExecutorUnavailable(TranslateToolError):
    """`run --executor ray` cannot run: Ray is not installed (a missing optional piece, exit 3)."""

    exit_code = 3


class ClusterUnreachable(NetworkError):
    """No Ray cluster answers at the address given (exit 7, as for any network that is not there)."""
