"""The engine a JVM application's hand-written JDBC SQL is written for, when nothing names one.

A service of a product may run all its SQL through JDBC on a connection the product's own
library opens (`DBAccess.getConnection()` from a company jar resolved from a private
repository): its build declares no driver, its settings hold only a host and credentials
(`DB_HOST`), and nothing in the tree names an engine. Its SQL does. The tables it creates at
start-up are declared in PostgreSQL's own dialect (`id SERIAL PRIMARY KEY`, `BIGSERIAL`: the
pseudo-types PostgreSQL creates a sequence for), and its searches compare with `ILIKE`, an
operator PostgreSQL alone has. Where a JVM application's data layer is JDBC (`jdbc_code`, or
declared), neither it nor the modules it uses name any engine, and at least `MIN_FILES` of
its main sources write such SQL, the application runs on PostgreSQL, seen in that code. One
file is not enough (a migration tool's dialect table, a comment); an application naming an
engine anywhere is left to it.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.nonservices import used_modules
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

ECOSYSTEM = "jvm"

ENGINE = "PostgreSQL"

MIN_FILES = 2
"""Main sources writing PostgreSQL's SQL that make it the code's dialect."""

MAX_FILES = 500
"""Main sources read per application at most: a larger tree is left alone."""

_ENDINGS = (".java", ".kt", ".groovy", ".scala")

_DIALECT = re.compile(
    # A column declared on PostgreSQL's serial pseudo-types (`id BIGSERIAL PRIMARY KEY`).
    r"\b\w+[ \t]+(?:BIG|SMALL)?SERIAL[ \t]+(?:PRIMARY[ \t]+KEY|NOT[ \t]+NULL)\b"
    r"|\b\w+[ \t]+BIGSERIAL\b"
    # `ILIKE` comparing with a bound parameter or a pattern (`name ILIKE ?`, `ILIKE '%%%s%%'`).
    r"""|\bILIKE[ \t]+(?:\?|:\w|'%)""",
    re.IGNORECASE,
)
"""SQL only PostgreSQL runs, as a string literal of the code writes it."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Give PostgreSQL, seen in its SQL, to each JVM application on JDBC whose tree names no
    engine and whose main sources write PostgreSQL's dialect in enough files."""
    for _, unit in sorted(units.items()):
        signals = unit.signals.get(ECOSYSTEM, [])
        if not any(
            s.kind is FindingKind.QUERY and s.name == "JDBC" and s.strength is not Strength.DEV
            for s in signals
        ):
            continue
        modules = used_modules(unit, units, ECOSYSTEM)
        if any(
            s.kind is FindingKind.DATABASE
            for other in (unit, *modules)
            for s in other.signals.get(ECOSYSTEM, [])
        ):
            continue  # an engine is named: the usual ranking decides
        found = _written(top, main_tree(unit))
        if len(found) >= MIN_FILES:
            signals.append(Signal(FindingKind.DATABASE, ENGINE, Strength.ENTRY, found[0]))


def _written(top: str, tree: str) -> list[Evidence]:
    """Where the main sources under `tree` first write PostgreSQL's SQL, one per file; none
    when the tree is too large to read."""
    paths = all_code_files(top, tree, _ENDINGS, MAX_FILES)
    if paths is None:
        return []
    found: list[Evidence] = []
    for path in paths:
        text = read_text(top, path)[0] or ""
        match = _DIALECT.search(text)
        if match is None:
            continue
        line = text.count("\n", 0, match.start()) + 1
        found.append(Evidence(path=path, line=line, text=text.splitlines()[line - 1].strip()))
    return found
