"""Python: SQL Server, whose ODBC driver the project's own image installs for pyodbc.

A Python service may reach its database through SQLAlchemy and a connection string read from
its secrets, with no driver in its pip list: pyodbc is installed by the Dockerfile alone
(`pip install -r requirements.txt pyodbc==5.2.*`, built from source on some machines), beside
Microsoft's ODBC driver for SQL Server (`ACCEPT_EULA=Y apt-get install -y msodbcsql18`). Its
code may still open SQLite for demonstrations and tests (`"sqlite:///" + cfg["file"]`), the
only engine a scan otherwise sees. The image the project ships is built for SQL Server: that
is the server it runs on.

So where a Python project with a framework names no engine in a stronger scope than a driver
(`Scope.RUNTIME`: no production setting, own default nor Compose database), and a Dockerfile
among its command files (`project_commands`: its folder's top, then the repository's) installs
both Microsoft's ODBC driver for SQL Server and pyodbc, SQL Server gets a driver's signal, with
the driver's install as its evidence. An image installing the ODBC driver with no pyodbc (a
`sqlcmd` for scripts) adds nothing.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.built_databases import driver_level_servers
from designer.detect.project_commands import command_texts
from designer.detect.signals import Scope, Signal, Strength
from designer.model.stack import Evidence, FindingKind

ENGINE = "SQL Server"

_ODBC_DRIVER = re.compile(r"\bmsodbcsql\d*\b")
"""Microsoft's ODBC Driver for SQL Server as a system package (`msodbcsql17`, `msodbcsql18`)."""

_PYODBC = re.compile(r"\bpip3?[ \t]+install\b[^\n]*\bpyodbc\b")
"""A pip install of pyodbc in the image."""


def choose(top: str, units: dict[str, Unit]) -> None:
    """Give SQL Server a driver's signal in each Python project whose image installs its ODBC
    driver and pyodbc, where nothing stronger than a driver names an engine."""
    for unit, signals, engines in driver_level_servers(units):
        if any(s.name == ENGINE for s in engines):
            continue  # named already (a pyodbc the manifest declares)
        own = "" if unit.folder == "." else unit.folder
        evidence = _installed(top, tuple(dict.fromkeys((own, ""))))
        if evidence is not None:
            signals.append(
                Signal(FindingKind.DATABASE, ENGINE, Strength.DEPENDENCY, evidence,
                       scope=Scope.RUNTIME)
            )


def _installed(top: str, folders: tuple[str, ...]) -> Evidence | None:
    """The line of the first Dockerfile of `folders` installing the ODBC driver for SQL
    Server, when that image also installs pyodbc."""
    for path, text in command_texts(top, folders):
        if not posixpath.basename(path).startswith("Dockerfile"):
            continue
        match = _ODBC_DRIVER.search(text)
        if match is None or _PYODBC.search(text) is None:
            continue
        number = text.count("\n", 0, match.start()) + 1
        return Evidence(path=path, line=number, text=text.splitlines()[number - 1].strip())
    return None
