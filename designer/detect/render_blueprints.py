"""The database a Render Blueprint provisions and hands to a service it deploys.

A Render Blueprint (`render.yaml` at the repository's top) lists the services it deploys and the
managed databases it creates (`databases:` / `- name: app-db`), and a service's `envVars` may
take a variable from one of them (`- key: DATABASE_URL` / `fromDatabase:` / `name: app-db`).
Render's managed databases are PostgreSQL and nothing else, so that service runs on
PostgreSQL in production, whatever the program falls back to when the variable is unset
(`DATABASE_URL` defaulting to `sqlite:///./app.db` in a settings class): production
configuration outranks the program's own default (`Scope.PRODUCTION`).

The service is the folder its `rootDir` names (the repository's top without one). The program
must carry a PostgreSQL driver (a signal of it already found): a variable the code never opens
a PostgreSQL connection with is no configuration of it. A database no service takes a
variable from says nothing of which service uses it.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

BLUEPRINTS = ("render.yaml", "render.yml")
"""A Render Blueprint's names at the repository's top."""

ENGINE = "PostgreSQL"
"""The only engine of Render's `databases:` entries."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Give each unit a Blueprint's service deploys with a variable from a managed database
    PostgreSQL as its production engine, where the program has a PostgreSQL driver."""
    served: dict[str, Evidence] = {}
    for path in BLUEPRINTS:
        text = read_text(top, path)[0]
        if text and "fromDatabase" in text:
            for folder, evidence in _services(path, text):
                served.setdefault(folder, evidence)
    if not served:
        return
    for unit in units.values():
        evidence = served.get(unit.folder)
        if evidence is None:
            continue
        for signals in unit.signals.values():
            if any(s.kind is FindingKind.DATABASE and s.name == ENGINE for s in signals):
                signals.append(
                    Signal(FindingKind.DATABASE, ENGINE, Strength.ENTRY, evidence,
                           scope=Scope.PRODUCTION)
                )
                break


def _services(path: str, text: str) -> list[tuple[str, Evidence]]:
    """(folder, evidence) for each service taking a variable from a database the Blueprint
    provisions."""
    import yaml  # only for a repository with a Blueprint naming a database

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return []
    if not isinstance(data, dict):
        return []
    databases = {
        entry.get("name")
        for entry in data.get("databases") or []
        if isinstance(entry, dict) and isinstance(entry.get("name"), str)
    }
    found: list[tuple[str, Evidence]] = []
    for service in data.get("services") or []:
        if not isinstance(service, dict):
            continue
        for variable in service.get("envVars") or []:
            source = variable.get("fromDatabase") if isinstance(variable, dict) else None
            if isinstance(source, dict) and source.get("name") in databases:
                root = service.get("rootDir")
                folder = posixpath.normpath(root.strip("/")) if isinstance(root, str) else "."
                name, key = str(service.get("name")), str(variable.get("key"))
                found.append((folder or ".", _evidence(path, text, name, key)))
                break
    return found


def _evidence(path: str, text: str, service: str, key: str) -> Evidence:
    """The line setting `key` within the service's entry (the first after its name)."""
    seen = False
    for number, line in enumerate(text.splitlines(), 1):
        seen = seen or (service in line and "name" in line)
        if seen and key in line and "key" in line:
            return Evidence(path=path, line=number, text=line.strip()[:200])
    return Evidence(path=path, text=key)
