"""Compose files offered as alternatives: one per sibling folder (`distribution/app-mysql/`,
`distribution/app-postgresql/`), each starting a database of another engine.

The project supports each of those engines and lets the user pick one; none is the database
it runs on, so none outranks what its own settings choose (a database a Compose profile
starts is an alternative in the same way). So are the databases of one Compose file starting
`MATRIX` relational engines or more side by side (MySQL, MariaDB, PostgreSQL and SQL Server for
a developer to run the test suite against each, `matrices`): no product is deployed on four
relational databases at once. Folders named for environments (`dev/`,
`producao/`) hold one deployment's stages, not alternatives: `compose_envs` ranks them.

So are Compose files side by side in one folder, each named for the engine it starts
(`docker-compose.my.yml` with mysql:8.3, `docker-compose.pg.yml` with postgres:16, beside a
`docker-compose.sqlite.yml` starting the application alone): the user picks one
(`named_variants`).
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


MATRIX = 3
"""Distinct relational engines one Compose file must start to be a matrix of alternatives: a
product may run one relational database beside a second for another tool (Matomo's MySQL
beside its PostgreSQL); three are a test matrix."""

_RELATIONAL = frozenset({"MySQL", "MariaDB", "PostgreSQL", "SQL Server", "Oracle", "Db2"})


def matrices(files: list[tuple[str, str, str]]) -> frozenset[str]:
    """The paths of the Compose files among `files` that start `MATRIX` relational engines
    or more: a test matrix, whose application settings are one alternative among them too."""
    return frozenset(
        path
        for path, _, text in files
        if _compose_file(path) and len(_engines(text) & _RELATIONAL) >= MATRIX
    )


def _compose_file(path: str) -> bool:
    name = posixpath.basename(path)
    return name.startswith(_COMPOSE) and name.endswith((".yml", ".yaml"))


def _engines(text: str) -> frozenset[str]:
    """The database engines a Compose file's images run."""
    return frozenset(
        engine for image in _IMAGE.findall(text) if (engine := engine_of_image(image)[0])
    )


_ENGINE_WORDS = {
    "MySQL": frozenset({"my", "mysql"}),
    "MariaDB": frozenset({"maria", "mariadb"}),
    "PostgreSQL": frozenset({"pg", "postgres", "postgresql", "psql"}),
    "SQL Server": frozenset({"mssql", "sqlserver"}),
    "MongoDB": frozenset({"mongo", "mongodb"}),
    "Oracle": frozenset({"oracle"}),
}
"""The words a Compose file's name gives the engine it starts (`docker-compose.pg.yml`)."""


def _name_words(path: str) -> frozenset[str]:
    """The words of a Compose file's name after its `docker-compose`/`compose` stem
    (`docker-compose.my.yml` → {"my"})."""
    name = posixpath.basename(path).lower().rsplit(".", 1)[0]
    for stem in ("docker-compose", "compose"):
        if name.startswith(stem):
            name = name[len(stem) :]
            break
    return frozenset(word for word in re.split(r"[._-]+", name) if word)


def named_variants(files: list[tuple[str, str, str]]) -> frozenset[str]:
    """The paths of the Compose files among `files` that are alternatives by their names: two
    or more in one folder, each starting engines none of the others starts and named for
    every relational or document engine it starts."""
    by_folder: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for path, _, text in files:
        if not _compose_file(path):
            continue
        engines = _engines(text) & _ENGINE_WORDS.keys()
        words = _name_words(path)
        if engines and all(words & _ENGINE_WORDS[engine] for engine in engines):
            by_folder[posixpath.dirname(path)].append((path, engines))
    found: set[str] = set()
    for listed in by_folder.values():
        offered = [engines for _, engines in listed]
        if len(listed) >= 2 and all(
            a.isdisjoint(b) for i, a in enumerate(offered) for b in offered[i + 1 :]
        ):
            found.update(path for path, _ in listed)
    return frozenset(found)


def variants(
    files: list[tuple[str, str, str]], matrix: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The paths of the Compose files among `files` (path, owner, text) that are
    alternatives: two or more, each alone in a folder of one parent, each running database
    engines none of the others runs; those named for their engines (`named_variants`); and the
    test matrices among them (`matrix`, as `matrices` finds them)."""
    by_parent: dict[str, dict[str, list[tuple[str, frozenset[str]]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for path, _, text in files:
        if not _compose_file(path) or path in matrix:
            continue
        if environment(path):
            continue  # a stage of the one deployment (`compose_envs`)
        engines = _engines(text)
        folder = posixpath.dirname(path)
        if engines and folder:
            by_parent[posixpath.dirname(folder)][folder].append((path, engines))
    found: set[str] = set(matrix)
    for folders in by_parent.values():
        if len(folders) < 2 or any(len(listed) > 1 for listed in folders.values()):
            continue
        offered = [engines for listed in folders.values() for _, engines in listed]
        if all(a.isdisjoint(b) for i, a in enumerate(offered) for b in offered[i + 1 :]):
            found.update(path for listed in folders.values() for path, _ in listed)
    return frozenset(found | named_variants(files))
