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

from collections.abc import Mapping


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
