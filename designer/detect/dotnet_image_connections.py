""".NET: the SQLite database file the deployed image's environment names as a connection string.

An ASP.NET Core program supporting several engines may ship no connection of its own: its
`appsettings.json` keeps every connection string commented out, and its start-up registers the
provider of whichever one is configured (`if (!IsNullOrWhiteSpace(GetConnectionString(
"SqlServer"))) UseSqlServer(…) else if (…"SQLite"…) UseSqlite(…)`). The code then names every
engine alike. The image the repository builds for the program configures it the way the host
reads environment variables, a double underscore for each section:

    ENV ASPNETCORE_ENVIRONMENT="Production" \\
        ConnectionStrings__SQLite="Filename=/db/App.sqlite;"

That is the program's production configuration (`Scope.PRODUCTION`): the engine of a
connection string naming a database file (`Filename=`/`Data Source=` ending `.db`, `.db3`,
`.sqlite`, `.sqlite3`) is SQLite, whatever the key is called. A server's connection string
(`Server=…;Database=…`) may be SQL Server's, MySQL's or PostgreSQL's alike, so it proves
nothing here. The image is the project's when its Dockerfile lies in the project's folder, or
at the repository's top and names the project's folder (`COPY ["App.Web/App.Web.csproj", …]`,
`dotnet publish "./App.Web/App.Web.csproj"`): a root Dockerfile building another project of the
solution says nothing of this one.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.project_commands import command_texts
from designer.detect.signals import Scope, Signal, Strength
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "dotnet"

ENGINE = "SQLite"

_CONNECTION = re.compile(
    r"(?im)^(?:[ \t]*ENV\b|[ \t]+)[^\n#]*?\bConnectionStrings__\w+[ \t]*[= ][ \t]*[\"']?"
    r"(?:[^\"'\n;]*;)*?[ \t]*(?:Data[ \t]?Source|Filename)[ \t]*=[^;\"'\n]*?"
    r"\.(?:db|db3|sqlite3?)\b"
)
"""An `ENV` line (or a continued line of one) setting a connection string to a database file.
Continuation lines start with blanks; a commented line (`#`) is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Give SQLite a production signal in each ASP.NET Core project whose image's environment
    sets a connection string naming a SQLite database file."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        evidence = _set(top, unit.folder)
        if evidence is not None:
            signals.append(
                Signal(FindingKind.DATABASE, ENGINE, Strength.DEPENDENCY, evidence,
                       scope=Scope.PRODUCTION)
            )


def _set(top: str, folder: str) -> Evidence | None:
    """Where a Dockerfile building the project in `folder` sets a SQLite connection string."""
    own = "" if folder == "." else folder
    name = posixpath.basename(own)
    for path, text in command_texts(top, tuple(dict.fromkeys((own, "")))):
        if not posixpath.basename(path).startswith("Dockerfile"):
            continue
        if own and not path.startswith(own + "/") and not re.search(
            rf"(?<![\w.-]){re.escape(name)}/", text
        ):
            continue  # a root image building another project of the solution
        match = _CONNECTION.search(text)
        if match is None or not _in_env(text, match.start()):
            continue
        number = text.count("\n", 0, match.start()) + 1
        return Evidence(path=path, line=number, text=text.splitlines()[number - 1].strip())
    return None


def _in_env(text: str, offset: int) -> bool:
    """Whether the line at `offset` is an `ENV` instruction or continues one (the lines above
    it end in `\\` back to an `ENV` line)."""
    lines = text[:offset].split("\n")
    end = text.find("\n", offset)
    current = lines[-1] + text[offset : end if end >= 0 else len(text)]
    if current.lstrip().upper().startswith("ENV"):
        return True
    for line in reversed(lines[:-1]):
        if not line.rstrip().endswith("\\"):
            return False
        if line.lstrip().upper().startswith("ENV"):
            return True
    return False
