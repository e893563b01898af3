"""The engine a NAIS application manifest provisions for the service it deploys.

NAIS (a Kubernetes platform run by several public agencies) deploys a service from an
`Application` manifest (`apiVersion: nais.io/v1alpha1`) kept beside its code in `.nais/` or
`nais/`. Its `gcp: sqlInstances:` list asks the platform for a Cloud SQL instance of one type
(`- type: POSTGRES_15`) and hands its credentials to the service's environment: the engine the
service runs on in production. The service's build often names no driver, its libraries lent by
a version catalogue or a company library published outside the tree. That names the engine only
for a backend that has a data layer and names no engine itself; the walk prunes hidden folders,
so the manifests are read here.

The manifests may be kept one folder per cluster (`nais/prod-gcp/nais.yaml`), and at the
repository's root rather than beside a service kept in a module folder of its build (`app/`, the
Dockerfile at the root copying its jar): the nearest folder above the service that keeps them
is read then.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.engineless import engineless
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

FOLDERS = (".nais", "nais")
"""Folders of a unit holding its NAIS manifests (one per environment, or one templated)."""

MAX_FILES = 20
"""Manifests read per folder at most."""

_MANIFEST = re.compile(r"^apiVersion:[ \t]*[\"']?nais\.io/", re.MULTILINE)

_SQL_TYPE = re.compile(
    r"^[ \t]*sqlInstances:[ \t]*\n"
    r"(?:[ \t]*(?:#[^\n]*)?\n|[ \t]+(?:-[ \t]*)?[\w.-]+:[^\n]*\n){0,12}?"
    r"[ \t]+(?:-[ \t]*)?type:[ \t]*[\"']?(POSTGRES|MYSQL|SQLSERVER)_\w+",
    re.MULTILINE,
)
"""A `sqlInstances:` list whose entry names its Cloud SQL type, a few keys down at most."""

ENGINES = {"POSTGRES": "PostgreSQL", "MYSQL": "MySQL", "SQLSERVER": "SQL Server"}
"""Cloud SQL's type prefixes → engine."""


def name_engine(top: str, units: dict[str, Unit]) -> None:
    """Give the engine a NAIS manifest provisions to each unit with a data layer and no engine
    whose folder keeps the manifest in `.nais/` or `nais/`."""
    for unit, holder in engineless(units.values()):
        found = _provisioned(top, unit.folder)
        if found is not None:
            engine, evidence = found
            unit.signals[holder].append(
                Signal(FindingKind.DATABASE, engine, Strength.DEPENDENCY, evidence,
                       scope=Scope.DEPLOYED)
            )


def _provisioned(top: str, folder: str) -> tuple[str, Evidence] | None:
    """The engine the first NAIS manifest in the manifest folders of the unit's folder, or of
    the nearest folder above it keeping some, provisions, with the line naming it."""
    while True:
        paths = [p for name in FOLDERS for p in _manifests(top, posixpath.join(folder, name))]
        if paths:
            return _first_engine(top, paths)
        if folder == ".":
            return None
        folder = posixpath.dirname(folder) or "."


def _manifests(top: str, relative: str) -> list[str]:
    """The YAML files of a manifest folder, and of its folders one per cluster."""
    relative = posixpath.normpath(relative)
    try:
        entries = sorted(os.listdir(os.path.join(top, relative)))
    except OSError:
        return []
    found = [posixpath.join(relative, e) for e in entries if e.endswith((".yaml", ".yml"))]
    for entry in entries:
        inner = posixpath.join(relative, entry)
        if os.path.isdir(os.path.join(top, inner)):
            try:
                found += [
                    posixpath.join(inner, f)
                    for f in sorted(os.listdir(os.path.join(top, inner)))
                    if f.endswith((".yaml", ".yml"))
                ]
            except OSError:
                continue
    return found[:MAX_FILES]


def _first_engine(top: str, paths: list[str]) -> tuple[str, Evidence] | None:
    """The engine the first of the NAIS manifests `paths` that provisions one names."""
    for path in paths:
        text = read_text(top, path)[0] or ""
        if not _MANIFEST.search(text):
            continue
        match = _SQL_TYPE.search(text)
        if match is None:
            continue
        line = text.count("\n", 0, match.start(1)) + 1
        quoted = text.splitlines()[line - 1].strip()
        return ENGINES[match.group(1)], Evidence(path=path, line=line, text=quoted)
    return None
