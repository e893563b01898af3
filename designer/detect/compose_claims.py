"""Databases of a Compose file that a program run without a build of its own claims.

A Compose file whose built services all come from one folder gives that folder every database
of the file, when none of its services says which it needs (an API and its worker built from
one Dockerfile, the database beside them). A service that runs the tree's code from a shared
image instead (`extends:` a base service mounting the repository, with a `command` of its own:
`yarn workspace server start`) and lists a database among its `depends_on` is the program that
uses it: the built folder, which never asks for it (a Python service the Node server calls
over HTTP), does not take it.

Likewise a service pulling another program's image (no build: a simulator, a companion API)
that depends on a database and is handed its address (`Mongo__DatabaseUri:
mongodb://mongodb:27017`) is the program using it: the built service, waiting for that program
and naming the database nowhere, only runs beside it (a gateway in front of the simulator).
"""

from __future__ import annotations

import posixpath
import re
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


def _addressed(body: Mapping[object, object], name: str) -> bool:
    """Whether a service's environment gives it the database service `name` as a host
    (`mongodb://mongodb:27017`, `Host=db;Port=5432`, `DB_HOST: db`)."""
    environment = body.get("environment")
    if isinstance(environment, dict):
        values = [str(v) for v in environment.values() if v is not None]
    elif isinstance(environment, list):
        values = [str(item).partition("=")[2] for item in environment]
    else:
        return False
    host = re.compile(rf"(?:^|[/@=,;]){re.escape(name)}(?=$|[:/;,?])")
    return any(host.search(v) for v in values)


def _pulled_user(body: Mapping[object, object], name: str) -> bool:
    """Whether a service is another program's pulled image (no build of the tree's, no
    command running the tree's code) handed the address of the database `name`."""
    return (
        body.get("build") is None
        and isinstance(body.get("image"), str)
        and not _runs_tree_code(body)
        and _addressed(body, name)
    )


def claimed(services: Mapping[object, object], databases: Mapping[str, object]) -> set[str]:
    """The databases that a service running the tree's code without a build depends on, and
    those another program's pulled image depends on and is given the address of while no
    service built from the tree depends on them."""
    found: set[str] = set()
    # A database a built service depends on itself is that service's too: a pulled program
    # addressing it beside (a database admin UI, `PMA_HOST: mysql`) only browses it.
    built = {
        str(d)
        for body in services.values()
        if isinstance(body, dict) and body.get("build") is not None
        for d in _depends(body)
    }
    for body in services.values():
        if not isinstance(body, dict):
            continue
        needed = [d for d in _depends(body) if d in databases]
        if _runs_tree_code(body):
            found.update(needed)
        else:
            found.update(n for n in needed if n not in built and _pulled_user(body, n))
    return found


def _depends(body: Mapping[object, object]) -> list[str]:
    """The services a Compose service lists under `depends_on` (a list or a mapping)."""
    depends = body.get("depends_on")
    return [str(d) for d in depends] if isinstance(depends, list | dict) else []


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


def other_programs(services: Mapping[object, object]) -> set[str]:
    """The services of a Compose file that also builds from the tree which pull another
    program's image (no build, no command running the tree's code, an image no built service
    is tagged with): a simulator or companion API started beside the project. Their settings
    (the simulator's own `Mongo__DatabaseUri`) configure that program, not the project."""
    bodies = {str(n): b for n, b in services.items() if isinstance(b, dict)}
    built = {n for n, b in bodies.items() if b.get("build") is not None}
    if not built:
        return set()  # a file only running published images: its project's own, maybe
    tags = {str(bodies[n].get("image")).split(":")[0] for n in built if bodies[n].get("image")}
    return {
        n
        for n, b in bodies.items()
        if n not in built
        and isinstance(b.get("image"), str)
        and b["image"].split(":")[0] not in tags
        and not _runs_tree_code(b)
    }
