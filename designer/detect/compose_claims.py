"""Databases of a Compose file that a program run without a build of its own claims.

A Compose file whose built services all come from one folder gives that folder every database
of the file, when none of its services says which it needs (an API and its worker built from
one Dockerfile, the database beside them). A service that runs the tree's code from a shared
image instead (`extends:` a base service mounting the repository, with a `command` of its own:
`yarn workspace server start`) and lists a database among its `depends_on` is the program that
uses it: the built folder, which never asks for it (a Python service the Node server calls
over HTTP), does not take it.
"""

from __future__ import annotations

import posixpath
from collections.abc import Collection, Mapping


def _runs_tree_code(body: Mapping[object, object]) -> bool:
    """Whether a service with no build runs a program of the tree: a command of its own on a
    service it extends, or on the tree's folders it mounts (`./:/srv`)."""
    if body.get("build") is not None or not body.get("command"):
        return False
    if body.get("extends") is not None:
        return True
    volumes = body.get("volumes")
    return isinstance(volumes, list) and any(
        isinstance(v, str) and v.startswith(("./", "../", ".:")) for v in volumes
    )


def claimed(services: Mapping[object, object], databases: Mapping[str, object]) -> set[str]:
    """The databases that a service running the tree's code without a build depends on."""
    found: set[str] = set()
    for body in services.values():
        if not isinstance(body, dict) or not _runs_tree_code(body):
            continue
        depends = body.get("depends_on")
        if isinstance(depends, list | dict):
            found.update(str(d) for d in depends if str(d) in databases)
    return found


def mounting_project(
    body: object, folder: str, projects: Collection[str]
) -> str | None:
    """The project folder of the tree (one of `projects`, relative to the top) that a
    database service bind-mounts a folder of (`./back-end/api/temp/imports:/var/lib/
    postgresql/imports`, the files an API's imports and exports pass through the server), the
    Compose file lying in `folder`; None when it mounts none. A database exchanging files with
    one project is that project's, not the folder a lone built service comes from (a
    conversion service the API calls, built beside it in a development file)."""
    volumes = body.get("volumes") if isinstance(body, dict) else None
    if not isinstance(volumes, list):
        return None
    for volume in volumes:
        if not isinstance(volume, str) or not volume.startswith(("./", "../")):
            continue
        source = posixpath.normpath(posixpath.join(folder, volume.split(":", 1)[0]))
        owners = [p for p in projects if p != "." and (source == p or source.startswith(p + "/"))]
        if owners:
            return max(owners, key=len)
    return None
