"""PHP: PDO and its engine, from the connection class of an application with no data layer seen.

An application on a router or micro-framework (Klein, Slim) often writes its own database layer:
one handler class opens `new PDO(…)` with a data source name it builds from settings
(`return 'mysql:' . implode(';', $dsn);`), and every repository queries through it in SQL. That
class lies deep in the code (`lib/…/Storage/Database/MySQLHandler.php`), past what the walk reads
of a large tree, so for a PHP application with a framework and neither a data layer nor an
engine seen, the files whose path names the database or its connection (`php_platform`'s
candidates) are read for it: the PDO it opens is the data layer, the driver prefix of its data
source name the engine.
"""

from __future__ import annotations

import re

from designer.detect import php_platform
from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

_OPEN = re.compile(r"\bnew[ \t]+\\?PDO[ \t]*\(")
"""A PDO connection opened by the application's code."""

_WORDS = ("database", "connection", "/dao/")
"""Paths that may hold the connection or the data-access classes: `php_platform`'s words and a
folder of data access objects (`src/Dao/Users.php`)."""

_RUNS = re.compile(r"\bcatch[ \t]*\([ \t]*\\?PDOException\b|\\?\bPDO::(?:PARAM|FETCH)_\w+")
"""PDO's own exception caught, or its binding and fetch constants passed: the data-access class
runs its statements on PDO, though the connection is opened by a base class a package lends
it (`class Users extends AbstractDao`, the package's `AbstractDao` holding `new PDO(…)`)."""

_DSN = re.compile(
    r"""['"](?P<driver>mysql|pgsql|sqlite|sqlsrv|oci):(?:['"][ \t]*\.|host=|dbname=)"""
)
"""The driver prefix of a data source name, written whole or followed by the parts the code
joins to it (`'mysql:' . implode(';', $dsn)`)."""

_ENGINES = {"mysql": "MySQL", "pgsql": "PostgreSQL", "sqlite": "SQLite",
            "sqlsrv": "SQL Server", "oci": "Oracle"}

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE})


def find(top: str, units: dict[str, Unit]) -> None:
    """Give each PHP application with a framework and no data layer nor engine seen the PDO
    connection its own database class opens, and the engine of that connection's DSN."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals) or any(
            s.kind in _LAYERS for found in unit.signals.values() for s in found
        ):
            continue
        runs: tuple[str, str, re.Match[str]] | None = None
        for path in php_platform.candidates(top, unit.folder, _WORDS):
            text = read_text(top, path)[0] or ""
            opened = _OPEN.search(text)
            if opened is None:
                used = _RUNS.search(text)
                if used is not None and runs is None:
                    runs = (path, text, used)
                continue
            signals.append(Signal(FindingKind.QUERY, "PDO", Strength.ENTRY,
                                  _evidence(path, text, opened)))
            dsn = _DSN.search(text)
            if dsn is not None:
                signals.append(Signal(FindingKind.DATABASE, _ENGINES[dsn.group("driver")],
                                      Strength.ENTRY, _evidence(path, text, dsn)))
            break
        else:
            if runs is not None:
                # No connection opened in its own code, but its data classes run on PDO.
                signals.append(Signal(FindingKind.QUERY, "PDO", Strength.ENTRY, _evidence(*runs)))


def _evidence(path: str, text: str, match: re.Match[str]) -> Evidence:
    """The line of `match` in `text`, cited whole (to a length)."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    line = text[start:end if end >= 0 else len(text)].strip()
    return Evidence(path=path, line=text.count("\n", 0, match.start()) + 1, text=line[:160])
