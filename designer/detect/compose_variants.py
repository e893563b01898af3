"""Compose files offered as alternatives: one per sibling folder (`distribution/app-mysql/`,
`distribution/app-postgresql/`), each starting a database of another engine.

The project supports each of those engines and lets the user pick one; none is the database
it runs on, so none outranks what its own settings choose (a database a Compose profile
starts is an alternative in the same way). Folders named for environments (`dev/`,
`producao/`) hold one deployment's stages, not alternatives: `compose_envs` ranks them.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict

from designer.detect.compose_envs import environment
from designer.detect.engines import engine_of_image
from designer.detect.signals import LazyPattern

_COMPOSE = ("docker-compose", "compose.")
"""How a Compose file's name starts."""

_IMAGE = LazyPattern(r"^[ \t]+image:[ \t]*[\"']?([^\"'\s#]+)", re.MULTILINE)
"""A service's image (`    image: mariadb:11.4`)."""


def variants(files: list[tuple[str, str, str]]) -> frozenset[str]:
    """The paths of the Compose files among `files` (path, owner, text) that are
    alternatives: two or more, each alone in a folder of one parent, each running database
    engines none of the others runs."""
    by_parent: dict[str, dict[str, list[tuple[str, frozenset[str]]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for path, _, text in files:
        name = posixpath.basename(path)
        if not name.startswith(_COMPOSE) or not name.endswith((".yml", ".yaml")):
            continue
        if environment(path):
            continue  # a stage of the one deployment (`compose_envs`)
        engines = frozenset(
            engine for image in _IMAGE.findall(text) if (engine := engine_of_image(image)[0])
        )
        folder = posixpath.dirname(path)
        if engines and folder:
            by_parent[posixpath.dirname(folder)][folder].append((path, engines))
    found: set[str] = set()
    for folders in by_parent.values():
        if len(folders) < 2 or any(len(listed) > 1 for listed in folders.values()):
            continue
        offered = [engines for listed in folders.values() for _, engines in listed]
        if all(a.isdisjoint(b) for i, a in enumerate(offered) for b in offered[i + 1 :]):
            found.update(path for listed in folders.values() for path, _ in listed)
    return frozenset(found)
