"""DDL text or a file → a design and its report: the dialect chosen, named or guessed (and
the other one tried when the guess does not read), sqlglot's parse, the reader over it."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlglot
from sqlglot.errors import ParseError, TokenError

from designer.importers.report import Report
from designer.importers.source import ImportSourceError, guarded, read_text
from designer.importers.sql.dialects import (
    SHOWN,
    Misread,
    guess_dialect,
    header_dialect,
    other_dialect,
)
from designer.importers.sql.reader import Reader
from designer.model import Design
from designer.model.data import Database, Engine

_HEADER = re.compile(r"^-- Database (.+) \((postgresql|mysql|mariadb|sqlite)(?: ([^)]*))?\)"
                     r"(?:: (.*))?$", re.M)


class DialectError(ImportSourceError):
    """The DDL does not read in the dialect it was read in (chosen, or named by its header)."""


def import_file(path: Path, name: str | None = None, dialect: str | None = None
                ) -> tuple[Design, Report]:
    """The design the DDL at `path` describes, and what could not be represented."""
    text = read_text(path, "a SQL file")
    try:
        with _quiet():
            return guarded(path, "the DDL",
                           lambda: import_text(text, name or path.name.split(".")[0], dialect))
    except (ParseError, TokenError) as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else "syntax error"
        why = _why(text, dialect)
        used = f" as {SHOWN[dialect or guess_dialect(text)]} ({why})" if why else ""
        raise DialectError(f"{path}: is not DDL sqlglot can read{used} ({first[:160]})") \
            from None
    except Misread as error:
        why = _why(text, dialect)
        raise DialectError(f"{path}: read as {SHOWN[error.dialect]}{f' ({why})' if why else ''}"
                           f", {error}; nothing was imported") from None
    except RecursionError:
        raise ImportSourceError(f"{path}: is nested too deeply") from None


def _why(text: str, dialect: str | None) -> str:
    """Why the file was read in one dialect only: chosen, or named by its header; '' when the
    guess and the other dialect were both tried."""
    if dialect:
        return "chosen"
    return "the file's `-- dialect:` line" if header_dialect(text) else ""


@contextmanager
def _quiet() -> Iterator[None]:
    """sqlglot warns through logging when it keeps a statement as an opaque command; the
    report says so already, and the CLI's error stays one line."""
    logger = logging.getLogger("sqlglot")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def import_text(text: str, name: str, dialect: str | None = None) -> tuple[Design, Report]:
    """The design of DDL `text` in `dialect` (postgres or mysql). When None: the dialect the
    file's header names, else a guess; a guess that cannot read the file (a parse error, a
    nameless column, CREATE TABLE kept as an opaque command) is followed by the other dialect
    when that reads more, and the report says so. Raises ParseError, TokenError or `Misread`."""
    if dialect is not None or header_dialect(text):
        design, report, _ = _import(text, name, dialect or guess_dialect(text))
        return design, report
    guess = guess_dialect(text)
    failed: Exception | None = None
    try:
        design, report, opaque = _import(text, name, guess)
        if not opaque:
            return design, report
    except (ParseError, TokenError, Misread) as error:
        failed = error
    try:
        other, other_report, _ = _import(text, name, other_dialect(guess))
    except (ParseError, TokenError, Misread):
        if failed is not None:
            raise failed from None
        return design, report
    # MySQL takes `#` lines for comments, so text that is no DDL at all "reads" as nothing:
    # the other dialect counts only when it finds more tables.
    if len(other.data.entities) <= (0 if failed else len(design.data.entities)):
        if failed is not None:
            raise failed
        return design, report
    other_report.notes.insert(0, f"the file: read as {SHOWN[other_report.read_as]}, since as "
                              f"{SHOWN[guess]} (the guess) it does not read")
    return other, other_report


def _import(text: str, name: str, dialect: str) -> tuple[Design, Report, int]:
    """The design, the report, and how many CREATE statements were kept as opaque commands."""
    report = Report(read_as=dialect)
    design = Design.new(name)
    header = _HEADER.search(text)
    engine = Engine.MYSQL if dialect == "mysql" else Engine.POSTGRESQL
    database = Database(name="main", engine=engine)
    if header:
        database = Database(name=header[1], engine=Engine(header[2]), version=header[3] or "",
                            purpose=header[4] or "")
    design.data.databases.append(database)
    statements = [s for s in sqlglot.parse(text, read=dialect) if s is not None]
    reader = Reader(design, report, dialect)
    reader.read(statements)
    return design, report, reader.opaque

