"""Databases of a Compose file that builds nothing, kept by a service nested in its project.

A Compose file none of whose services is built from the tree (the production file running the
project's published images) gives its databases to the project it lies in, as development
help. A repository may hold two services, though: a root server beside a second one in a
folder of its own (an admin site in `admin/`), the file starting the database the second one
needs (`admin: depends_on: [db]`). When the root project is a service itself whose own code
and manifests name no data at all (no data layer, no engine: the store it keeps is a
cache-like client, or none) while the nested service's own manifests or settings name that
very engine, the database is the nested service's: the root, which never asks for it, does
not take it. A root that is no service (a tree holding one API) passes its databases on.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping

from designer.detect.assemble import CONFIG, Unit
from designer.detect.signals import OWN_DATA
from designer.model.stack import FindingKind


def _depended_on(services: Mapping[object, object], name: str) -> bool:
    """Whether a service of the file lists the database service `name` among its
    `depends_on` (an application of the stack uses it, not a lone `docker compose up db`)."""
    for body in services.values():
        if isinstance(body, dict):
            depends = body.get("depends_on")
            if isinstance(depends, list | dict) and name in {str(d) for d in depends}:
                return True
    return False


def _serves(unit: Unit) -> bool:
    """Whether a unit's own manifests or code start a web framework."""
    return any(
        s.kind is FindingKind.FRAMEWORK
        for eco, found in unit.signals.items()
        if eco != CONFIG
        for s in found
    )


def _names_data(unit: Unit) -> bool:
    """Whether a unit's own manifests and code (not Compose or env files) name any data."""
    return any(
        s.kind in OWN_DATA for eco, found in unit.signals.items() if eco != CONFIG for s in found
    )


def _nested_user(units: dict[str, Unit], owner: str, engine: str) -> bool:
    """Whether a service below `owner` (a unit with a framework) names `engine` in its own
    manifests, code or settings."""
    for unit in units.values():
        folder = unit.folder
        if folder == owner or not (owner == "." or folder.startswith(owner + "/")):
            continue
        own = [s for eco, found in unit.signals.items() if eco != CONFIG for s in found]
        if any(s.kind is FindingKind.FRAMEWORK for s in own) and any(
            s.kind is FindingKind.DATABASE and s.name == engine for s in own
        ):
            return True
    return False


def owners_share(
    units: dict[str, Unit],
    owner: str,
    services: Mapping[object, object],
    databases: Mapping[str, tuple[str, str, object]],
) -> list[str]:
    """The database services of a file that builds nothing which its project `owner` takes:
    all, but those a service of the file depends on whose engine only a nested service names
    while the owner names no data of its own."""
    unit = units.get(posixpath.normpath(owner) if owner not in ("", ".") else ".")
    if unit is None or not _serves(unit) or _names_data(unit):
        # A project that is no service itself (a tree's root holding the one API) passes
        # the databases on to the service it holds.
        return list(databases)
    return [
        name
        for name, (engine, _, _) in databases.items()
        if not (_depended_on(services, name) and _nested_user(units, unit.folder, engine))
    ]
