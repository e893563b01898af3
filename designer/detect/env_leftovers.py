"""A document store's URL an env example keeps for a client the project does not install.

Project templates ship an env example naming their store (a NestJS starter's
`MONGODB_URI=mongodb://mongodb:27017/nestjs_template`); a project built from one that moved to
another engine (TypeORM over mysql2, a `type: 'mysql'` data source) often leaves the line.
MongoDB is reached only through a client of its own (the driver, or an ODM installing it,
each a declared package; Prisma's provider is read from its schema): a URL that no such client
in the package would ever open, beside another engine its manifest or code names, configures
nothing. Its signals are dropped then; a package with no other engine keeps them (an env
example may be all that names a store a lent library opens).

Nor does an env example's URL configure the program when the engine's only driver is in a
development list (`dev-requirements.txt`'s psycopg2, for integration tests that reach the
database another service of the stack keeps) and nothing the program installs reaches any
data (`drop_test_urls`).
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import CONFIG, Unit
from designer.detect.nonservices import DATA_KINDS
from designer.detect.sidefiles import ENV_FILES
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

CLIENT_ONLY = frozenset({"MongoDB"})
"""Engines no program reaches without a client package of their own, which names them."""


def _from_env(signal: Signal) -> bool:
    return posixpath.basename(signal.evidence.path) in ENV_FILES


def drop_unopened(top: str, units: dict[str, Unit]) -> None:
    """Drop, per unit, the env-example signals of a client-only engine nothing else names
    while the unit's own manifests or code name another engine."""
    for unit in units.values():
        config = unit.signals.get(CONFIG, [])
        named = {s.name for s in config if s.kind is FindingKind.DATABASE and s.name in CLIENT_ONLY}
        if not named or not unit.manifests:
            continue
        own = [
            s
            for eco, signals in unit.signals.items()
            if eco != CONFIG
            for s in signals
            if s.kind is FindingKind.DATABASE
        ]
        others = {s.name for s in own} - CLIENT_ONLY
        if not others:
            continue
        for engine in named - {s.name for s in own}:
            configured = [s for s in config if s.kind is FindingKind.DATABASE and s.name == engine]
            if all(_from_env(s) for s in configured):
                unit.signals[CONFIG] = [
                    s for s in unit.signals[CONFIG] if not (s.name == engine and _from_env(s))
                ]


def drop_test_urls(top: str, units: dict[str, Unit]) -> None:
    """Drop, per Python unit, the env-example URL of an engine whose only driver is in a
    development list (`dev-requirements.txt`: psycopg2 for the integration tests, which
    connect to the database another service of the Compose stack keeps) while nothing the
    program installs reaches any data (no data layer, driver or store outside development
    lists): the URL is the tests' setting, the program opens no database."""
    del top
    for unit in units.values():
        config = unit.signals.get(CONFIG, [])
        urls = {s.name for s in config if s.kind is FindingKind.DATABASE and _from_env(s)}
        python = unit.signals.get("python", [])
        if not urls or not python:
            continue
        data = [s for s in python if s.kind in DATA_KINDS]
        if any(s.strength is not Strength.DEV for s in data):
            continue
        dev_engines = {s.name for s in data if s.kind is FindingKind.DATABASE}
        for engine in urls & dev_engines:
            configured = [s for s in config if s.kind is FindingKind.DATABASE and s.name == engine]
            if all(_from_env(s) for s in configured):
                unit.signals[CONFIG] = [
                    s for s in unit.signals[CONFIG] if not (s.name == engine and _from_env(s))
                ]
