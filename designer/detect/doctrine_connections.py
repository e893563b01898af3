"""PHP: the engine of the default connection among the several a Doctrine configuration keeps.

A Symfony application may keep more than one DBAL connection: its entities on the default one
(`driver: pdo_mysql`, host and credentials from the environment) and a side store on another
(measurement logs in a time-series PostgreSQL whose whole URL an env variable gives, empty
unless the operator turns it on). The committed `.env` and the Compose file then set up both,
and the side store's URL, seen as strongly as the default connection's driver, may outweigh
it. What the entity manager works on unless told otherwise is the connection
`default_connection` names (DoctrineBundle's default: the one called `default`): the driver
written there is the program's own choice of engine (`Scope.CHOSEN`), above the other
connections' settings.

Read only for PHP projects declaring Doctrine whose configuration names several connections.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.doctrine_default import CONFIGS
from designer.detect.engines import engine_of_name
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

_DOCTRINE = frozenset({"Doctrine", "Doctrine DBAL"})

DEFAULT = "default"
"""The connection DoctrineBundle uses when `default_connection` is not set."""


def choose(top: str, units: dict[str, Unit]) -> None:
    """Rank the driver of the default connection, in each PHP project declaring Doctrine
    whose configuration keeps several connections, as the program's own choice."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(
            s.name in _DOCTRINE for s in signals if s.kind is not FindingKind.DATABASE
        ):
            continue
        for relative in CONFIGS:
            path = relative if unit.folder == "." else posixpath.join(unit.folder, relative)
            text = read_text(top, path)[0]
            found = _default_driver(text) if text is not None else None
            if text is None or found is None:
                continue
            engine, line = found
            # The rule for a written driver saw this line already: raise it in place (one
            # piece of evidence), else add it.
            seen = False
            for i, signal in enumerate(signals):
                if (signal.kind is FindingKind.DATABASE and signal.evidence.path == path
                        and signal.evidence.line == line):
                    signals[i] = signal.replace(scope=Scope.CHOSEN)
                    seen = True
            if not seen:
                evidence = Evidence(path=path, line=line,
                                    text=text.splitlines()[line - 1].strip())
                signals.append(Signal(FindingKind.DATABASE, engine, Strength.ENTRY, evidence,
                                      scope=Scope.CHOSEN))
            break


def _default_driver(text: str) -> tuple[str, int] | None:
    """The engine and line of the `driver:` the default connection names, when the top-level
    `doctrine: dbal: connections:` keeps more than one connection; else None."""
    import yaml

    try:
        # A safe loader (C when available): `%env(…)%` placeholders are plain strings.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError:
        return None
    doctrine = data.get("doctrine") if isinstance(data, dict) else None
    dbal = doctrine.get("dbal") if isinstance(doctrine, dict) else None
    connections = dbal.get("connections") if isinstance(dbal, dict) else None
    if not isinstance(connections, dict) or len(connections) < 2:
        return None
    name = dbal.get("default_connection") or DEFAULT
    connection = connections.get(name)
    driver = connection.get("driver") if isinstance(connection, dict) else None
    engine = engine_of_name(driver) if isinstance(driver, str) else ""
    if not engine:
        return None
    return engine, _line_of(text, str(name), driver)


def _line_of(text: str, connection: str, driver: str) -> int:
    """The line of `driver: <driver>` within the connection's block (the first after the
    connection's key), or the connection's own line."""
    lines = text.splitlines()
    start = next(
        (i for i, line in enumerate(lines) if line.strip() == f"{connection}:"), 0
    )
    for i in range(start, len(lines)):
        stripped = lines[i].strip()
        if stripped.startswith("driver:") and driver in stripped:
            return i + 1
    return start + 1
