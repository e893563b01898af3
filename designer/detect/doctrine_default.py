"""PHP: the engine of a Symfony application whose Doctrine connections name no driver.

DoctrineBundle gives a DBAL connection the driver `pdo_mysql` when its configuration names
neither a `driver`, a `driver_class` nor a `url` (whose scheme would name one): the bundle's
reference configuration (`config:dump-reference doctrine`) lists `driver: pdo_mysql` as the
default. An application whose `doctrine.yaml` sets only hosts, ports, users and database names
(`connections: replicas: host: '%env(REPLICAS_HOST)%'`) therefore runs on MySQL (or MariaDB,
which speaks its protocol), though nothing in the repository spells the engine.

Read only for PHP projects that declare Doctrine and where no engine was seen at all: any
written driver, URL, Compose database or other setting says more than a default.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

ENGINE = "MySQL"
"""The engine of DoctrineBundle's default driver, `pdo_mysql`."""

CONFIGS = (
    "config/packages/doctrine.yaml",
    "config/packages/doctrine.yml",
    "app/config/config.yml",
    "app/config/config.yaml",
)
"""Where a Symfony application configures Doctrine (the bundle's own file from Symfony 4,
the whole application's file in Symfony 2 and 3)."""

_DOCTRINE = frozenset({"Doctrine", "Doctrine DBAL"})

_DBAL = re.compile(r"^doctrine:[ \t]*(?:#.*)?\n(?:[ \t]*(?:#.*)?\n)*?([ \t]+)dbal:[ \t]*$",
                   re.MULTILINE)
"""The `dbal:` section of the top-level `doctrine:` key (not one under `when@test:`)."""

_KEY = re.compile(r"^([ \t]*)([\w-]+):", re.MULTILINE)

NAMING = frozenset({"driver", "driver_class", "url"})
"""Keys that choose the driver: any of them in the section and the default does not apply."""

CONNECTING = frozenset({"host", "dbname", "unix_socket", "port", "user"})
"""Keys of a connection's parameters: a section with none of them opens no connection of its
own (it only sets types or options)."""


def find(top: str, units: dict[str, Unit]) -> None:
    """Give each PHP project declaring Doctrine with no engine seen the default driver's
    engine, when its Doctrine configuration connects without naming a driver."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if (
            not signals
            or not any(s.name in _DOCTRINE for s in signals if s.kind is not FindingKind.DATABASE)
            or any(s.kind is FindingKind.DATABASE for found in unit.signals.values() for s in found)
        ):
            continue
        for relative in CONFIGS:
            path = relative if unit.folder == "." else posixpath.join(unit.folder, relative)
            text = read_text(top, path)[0]
            evidence = _defaulted(path, text) if text is not None else None
            if evidence is not None:
                signals.append(Signal(FindingKind.DATABASE, ENGINE, Strength.ENTRY, evidence,
                                      scope=Scope.CHOSEN))
                break


def _defaulted(path: str, text: str) -> Evidence | None:
    """The `dbal:` line of a section that connects without naming a driver, or None."""
    match = _DBAL.search(text)
    if match is None:
        return None
    indent = len(match.group(1).expandtabs())
    keys: set[str] = set()
    for key in _KEY.finditer(text, match.end()):
        if len(key.group(1).expandtabs()) <= indent:
            break
        keys.add(key.group(2))
    if keys & NAMING or not keys & CONNECTING:
        return None
    line = text.count("\n", 0, match.start(1)) + 1
    return Evidence(path=path, line=line, text="dbal: (no driver: pdo_mysql by default)")
