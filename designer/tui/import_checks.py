"""A second look at a source before the app previews its import: the SQL dialect and the kind.

A schema read in the wrong dialect does not always fail. sqlglot keeps a statement it cannot
parse as an opaque command, so a MySQL file read as PostgreSQL gives a design without its
tables. Left to guess, the importer reads the other dialect itself when its guess fails (and
refuses a reading that leaves a column nameless, as PostgreSQL's `"quoted"` names read as
MySQL do); but a dialect the user chose, or the file's `-- dialect:` line names, is read as
it is. So when such a reading lost something, the other dialect is read too, and when it
holds more the dialog says so before any preview; when the chosen one cannot read the file
at all but the other can, the error says which to choose. A file that is plainly another kind
(an OpenAPI description given as a SPEC) is named the same way.

The user keeps the last word: reading again with the same choice goes ahead. Nothing here
imports Textual; it runs in the dialog's reading thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from designer.errors import DesignerError
from designer.importers.kinds import load
from designer.importers.report import counted

if TYPE_CHECKING:
    from designer.importers.report import Report
    from designer.model import Design

NAMED = {"openapi": "an OpenAPI description", "sql": "a SQL schema", "spec": "a SPEC"}
"""Kind → what a file of it is, in a sentence."""
DIALECTS = {"postgres": "PostgreSQL", "mysql": "MySQL"}
"""SQL dialect (as `designer import sql --dialect` spells it) → its name in the dialog."""

_OPENAPI = re.compile(r"""^(?:openapi|swagger)\s*:|^\s*\{?\s*["'](?:openapi|swagger)["']\s*:""",
                      re.M)
_DDL = re.compile(r"^\s*CREATE\s+(?:TABLE|TYPE|(?:UNIQUE\s+)?INDEX)\b", re.I | re.M)
_HEADING = re.compile(r"^#{1,6}\s+\S", re.M)
_YAML_KEY = re.compile(r"[A-Za-z_][\w.-]*\s*:(?:\s|$)")
_FENCE = re.compile(r"^\s*(?:```|~~~)", re.M)
_SNIFFED = 64 * 1024
"""Characters looked at to tell the kind: a description or schema says what it is early."""


def sniff(text: str) -> str | None:
    """The kind `text` plainly is (`openapi`, `sql`, `spec`), or None when it is not plain."""
    head = text[:_SNIFFED]
    if _OPENAPI.search(head):
        return "openapi"
    # A SPEC may quote DDL in a fenced block; DDL outside markdown has no fences.
    if _DDL.search(head) and not _FENCE.search(head):
        return "sql"
    if _HEADING.search(head) and not _yaml(head):
        return "spec"
    return None


def _yaml(text: str) -> bool:
    """A YAML document (a design file, an AsyncAPI description): `#` lines are its comments,
    not headings. A SPEC's front matter (`---` first) is YAML inside markdown."""
    if text.startswith("---"):
        return False
    first = next((line for line in text.splitlines()
                  if line.strip() and not line.startswith("#")), "")
    return bool(_YAML_KEY.match(first))


def held(design: Design) -> int:
    """How much of a schema a reading kept: tables, columns, indexes, relations, enums."""
    data = design.data
    return (len(data.entities) + len(data.relationships) + len(data.enums)
            + sum(len(e.fields) + len(e.indexes) for e in data.entities))


@dataclass
class Reading:
    """A source read for the app, with what the user should know before the preview."""

    design: Design
    """What the importer made of it."""
    report: Report
    """What it could not represent."""
    dialect: str | None = None
    """For SQL: the dialect read (the chosen one, or the importer's guess)."""
    advice: str = ""
    """One line saying another choice reads the file better; empty when none does."""


def _text(source: Path) -> str:
    from designer.importers.source import read_text

    try:
        return read_text(source, "a source")
    except DesignerError:
        return ""


def _other_kind(kind: str, source: Path) -> str | None:
    """The kind `source` plainly is when that is not `kind`."""
    other = sniff(_text(source))
    return None if other == kind else other


def _kind_hint(kind: str, source: Path) -> str:
    """'; it looks like X, not Y' when the file is plainly another kind, else ''."""
    other = _other_kind(kind, source)
    return f"; it looks like {NAMED[other]}, not {NAMED[kind]}" if other else ""


def read(kind: str, source: Path, name: str | None, dialect: str | None = None,
         advise: bool = True) -> Reading:
    """Import `source` as `kind` (SQL in `dialect`, guessed when None); raise DesignerError
    with one line, naming the better choice when there is one. `advise=False`: the user
    has seen the advice and reads with their choice anyway."""
    try:
        design, report = load(kind, source, name, dialect)
    except DesignerError as error:
        raise DesignerError(f"{error}{_better_on_failure(kind, source, name, dialect)}") \
            from None
    reading = Reading(design, report, (report.read_as or None) if kind == "sql" else None)
    if not advise:
        return reading
    other = _other_kind(kind, source)
    if other:
        reading.advice = (f"{source.name} looks like {NAMED[other]}, not {NAMED[kind]}: "
                          f"Read again to import it as {NAMED[kind]} anyway")
    elif kind == "sql" and report.notes:
        reading.advice = _better_dialect(source, name, report.read_as, design)
    return reading


def _chosen(source: Path, dialect: str | None) -> str:
    """The dialect a reading used: the given one, or the importer's guess."""
    if dialect:
        return dialect
    from designer.importers.sql import guess_dialect

    return guess_dialect(_text(source))


def _better_on_failure(kind: str, source: Path, name: str | None, dialect: str | None) -> str:
    """What to choose instead when `source` could not be read as `kind` ('' when unknown)."""
    hint = _kind_hint(kind, source)
    if hint or kind != "sql":
        return hint
    used = _chosen(source, dialect)
    other = "mysql" if used == "postgres" else "postgres"
    try:
        alternative, _ = load("sql", source, name, other)
    except Exception:  # only advice: whatever the other dialect does, the first error stands
        return ""
    # MySQL takes `#` lines for comments: text that is no DDL at all "reads" as nothing.
    if not held(alternative):
        return ""
    return f"; as {DIALECTS[other]} it reads: choose {DIALECTS[other]}"


def _better_dialect(source: Path, name: str | None, used: str, design: Design) -> str:
    """Advice when the other dialect keeps more of the schema than the one `used`."""
    other = "mysql" if used == "postgres" else "postgres"
    try:
        alternative, _ = load("sql", source, name, other)
    except Exception:  # only advice: the reading the user chose stands
        return ""
    lost = held(alternative) - held(design)
    if lost <= 0:
        return ""
    things = counted(lost, "table, column or key", "tables, columns and keys")
    return (f"{source.name} read as {DIALECTS[used]} loses {things} that {DIALECTS[other]} "
            f"keeps: choose {DIALECTS[other]}, or Read again to import it as {DIALECTS[used]}")
