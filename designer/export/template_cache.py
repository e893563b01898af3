"""Compiled Jinja2 templates kept between runs, so that no run compiles them twice.

Compiling the document's templates costs more than rendering them (about 180 ms against 7 ms);
their bytecode is kept in designer's cache folder, one file per template, named after the
template, designer's and Jinja2's versions and the environment's options (code compiled by one
Jinja2 release calls its runtime, which another may have changed). Jinja2 checks each entry
against the template's current source and its own bytecode format, so a stale entry is
compiled again.
The cache is an optimisation only: a folder that cannot be read or written costs a compile.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

import jinja2

from designer import __version__


class TemplateCache(jinja2.BytecodeCache):
    """Bytecode of compiled templates in `folder`."""

    def __init__(self, folder: Path, salt: str) -> None:
        self.folder = folder
        self.salt = salt
        """Whatever else changes the compiled code (designer's version, environment options)."""

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        key = f"{__version__}|{jinja2.__version__}|{self.salt}|{name}|{filename or ''}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def _file(self, bucket: jinja2.bccache.Bucket) -> Path:
        return self.folder / f"{bucket.key}.jinja"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with (contextlib.suppress(OSError, ValueError, EOFError, TypeError),
              self._file(bucket).open("rb") as handle):
            bucket.load_bytecode(handle)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        # A temporary file renamed into place: a reader never sees half an entry, and two
        # designers writing the same entry at once each write a whole one.
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            descriptor, name = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(descriptor, "wb") as handle:
                    bucket.write_bytecode(handle)
                os.replace(name, self._file(bucket))
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(name)
                raise
