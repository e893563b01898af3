"""User-facing errors: each carries one line a person can act on and an exit code.

The CLI turns a `DesignerError` into that line on stderr and the exit code; nothing below the CLI
prints or exits on its own.
"""

from __future__ import annotations


class DesignerError(Exception):
    """An error whose message is meant for the user, not a traceback."""

    exit_code: int = 2
    """Exit code the CLI returns when this error reaches it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DesignFileError(DesignerError):
    """A design file cannot be read: missing, not YAML, wrong shape, unsafe, too new."""


class SchemaVersionError(DesignFileError):
    """The file's schema version is newer than this designer or unknown."""


class SaveError(DesignerError):
    """A design could not be written; the previous file is untouched."""


class ConflictError(SaveError):
    """The file changed on disk (or went away) since designer read or wrote it; it was not
    overwritten."""


class QuestionnaireError(DesignerError):
    """A questionnaire file is malformed; the message lists `file:question: problem` lines."""


class UsageError(DesignerError):
    """The command line asks for something that cannot be done (bad path, bad option value)."""
