"""PostgreSQL, from the server configuration a project ships for its deployment.

An older application often names no engine in its settings: the settings a deployment needs
(`settings_local.py`, the database URL) are written on the server, from the install guide.
Its tree may still ship the PostgreSQL server's own configuration for that deployment
(`pg_hba.conf`, `postgresql.conf`, in a folder of examples a provisioning script copies onto the
host): the engine the team runs it on. That names PostgreSQL at the weakest rank
(`Scope.FALLBACK`: it is no setting of the program), and only for a backend that has a data
layer and names no engine itself. Only the unit's folder and the folders right under it are
looked at: server configuration deeper down belongs to something else (a Docker image's, a
test fixture's). A file is taken only when it reads as the server's (`name = value` settings,
`host all all …` rules): a Mojolicious application's test configuration may be named
`postgresql.conf` too, a Perl hash (`{ dbtype => 'postgresql', … }`) that runs no server.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.engineless import engineless
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import PRUNED
from designer.model.stack import Evidence, FindingKind

SERVER_FILES = frozenset({"pg_hba.conf", "postgresql.conf"})
"""The PostgreSQL server's own configuration files: client authentication and settings."""

_SERVER_LINE = re.compile(r"[A-Za-z_][\w.]*(?:[ \t]*=[ \t]*|[ \t]+)(?![=>])\S")
"""A line of either file: `max_connections = 100`, `include 'x.conf'`, `host all all ::1/128
md5` (a Perl hash's `dbtype => 'pg',` and its braces are none)."""

_READ = 65536


def name_engine(top: str, units: dict[str, Unit]) -> None:
    """Give PostgreSQL, as a fallback, to each unit with a data layer and no engine whose
    folder (or a folder right under it) ships a PostgreSQL server configuration file."""
    for unit, holder in engineless(units.values()):
        found = _server_config(top, unit.folder)
        if found is not None:
            unit.signals[holder].append(
                Signal(FindingKind.DATABASE, "PostgreSQL", Strength.DEPENDENCY, found,
                       scope=Scope.FALLBACK)
            )


def _server_config(top: str, folder: str) -> Evidence | None:
    """A PostgreSQL server configuration file in `folder` or a folder right under it."""
    base = os.path.join(top, folder)
    try:
        names = sorted(os.listdir(base))
    except OSError:
        return None
    for name in names:
        if name in SERVER_FILES and _reads_as_server(os.path.join(base, name)):
            return Evidence(path=posixpath.normpath(posixpath.join(folder, name)))
    for name in names:
        if name in PRUNED or name.startswith("."):
            continue
        try:
            inner = sorted(os.listdir(os.path.join(base, name)))
        except OSError:
            continue
        for file in inner:
            if file in SERVER_FILES and _reads_as_server(os.path.join(base, name, file)):
                return Evidence(path=posixpath.normpath(posixpath.join(folder, name, file)))
    return None


def _reads_as_server(path: str) -> bool:
    """Whether every line of the file that is neither blank nor a comment is a server setting
    or rule (a file of comments alone is the stock sample, every setting left at its default)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read(_READ)
    except OSError:
        return False
    lines = [line.strip() for line in text.splitlines()]
    if len(text) == _READ:
        lines.pop()  # cut off mid-line
    code = [line for line in lines if line and not line.startswith("#")]
    return all(_SERVER_LINE.match(line) for line in code)
