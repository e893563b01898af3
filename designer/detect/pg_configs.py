"""PostgreSQL, from the server configuration a project ships for its deployment.

An older application often names no engine in its settings: the settings a deployment needs
(`settings_local.py`, the database URL) are written on the server, from the install guide.
Its tree may still ship the PostgreSQL server's own configuration for that deployment
(`pg_hba.conf`, `postgresql.conf`, in a folder of examples a provisioning script copies onto the
host): the engine the team runs it on. That names PostgreSQL at the weakest rank
(`Scope.FALLBACK`: it is no setting of the program), and only for a backend that has a data
layer and names no engine itself. Only the unit's folder and the folders right under it are
looked at: server configuration deeper down belongs to something else (a Docker image's, a
test fixture's).
"""

from __future__ import annotations

import os
import posixpath

from designer.detect.assemble import Unit
from designer.detect.engineless import engineless
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import PRUNED
from designer.model.stack import Evidence, FindingKind

SERVER_FILES = frozenset({"pg_hba.conf", "postgresql.conf"})
"""The PostgreSQL server's own configuration files: client authentication and settings."""


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
        if name in SERVER_FILES:
            return Evidence(path=posixpath.normpath(posixpath.join(folder, name)))
    for name in names:
        if name in PRUNED or name.startswith("."):
            continue
        try:
            inner = sorted(os.listdir(os.path.join(base, name)))
        except OSError:
            continue
        for file in inner:
            if file in SERVER_FILES:
                return Evidence(path=posixpath.normpath(posixpath.join(folder, name, file)))
    return None
