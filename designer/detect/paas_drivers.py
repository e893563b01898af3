"""The engine a deploy-button manifest both provisions and configures the program for.

A program supporting several engines may leave its driver a required setting with no default
(`Driver string `required:"true"``, read from `APP_DB_DRIVER`): every driver is compiled in,
a Compose file for developers runs one database, an example env another. A platform manifest
(Heroku's `app.json` behind a README's deploy button, Scalingo's `scalingo.json`) is then the
one configuration that deploys it: where it provisions a database add-on and its `env` sets a
database variable of the program to that same engine (`"addons": ["heroku-postgresql"]` with
`"APP_DB_DRIVER": {"value": "postgres"}`), both halves agree on the production engine, which
outranks a Compose file's database (`Scope.PRODUCTION`).

A program keeping its data in a file (SQLite) needs no add-on: the manifest setting the
program's database variable to it (`"APP_DB_DRIVER": {"value": "sqlite3"}`, no `addons`) is
the deployment's choice by itself.

An add-on alone proves nothing (`paas_addons`), nor does a review-app manifest whose variable
the project's own image sets otherwise: where a Dockerfile of the project sets the same
variable (`ENV DB_CONNECTION=sqlite`, the documented image), the image is how the product is
shipped and the manifest a side deployment, so nothing is added. The program must also carry
a driver for the engine (a signal of it already found): a manifest naming an engine the code
cannot open is no configuration of it.
"""

from __future__ import annotations

import json
import re

from designer.detect.assemble import Unit
from designer.detect.paas_addons import ADDONS, manifests
from designer.detect.project_commands import command_texts
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

ENGINE_WORDS = {
    "postgres": "PostgreSQL",
    "postgresql": "PostgreSQL",
    "pgsql": "PostgreSQL",
    "mysql": "MySQL",
    "mariadb": "MariaDB",
    "sqlite": "SQLite",
    "sqlite3": "SQLite",
}
"""Values a driver setting names an engine by (Go's `postgres`, Laravel's `pgsql`)."""

EMBEDDED = frozenset({"SQLite"})
"""Engines kept in a file of the program's own: no add-on provisions them, so the manifest's
setting alone is the deployment's choice (`"APP_DB_DRIVER": {"value": "sqlite3"}`)."""

_DATABASE_VARIABLE = re.compile(r"(?:^|_)(?:DB|DATABASE)(?:_|$)", re.IGNORECASE)
"""A variable of the database's settings (`APP_DB_DRIVER`, `DB_CONNECTION`,
`DATABASE_ENGINE`)."""

def mark(top: str, units: dict[str, Unit]) -> None:
    """Give each unit whose platform manifest provisions an engine and sets a database
    variable of the program to it, unset by the project's own image, that engine as its
    production one."""
    for unit in units.values():
        configured = [
            found for path in manifests(top, unit.folder) for found in _configured(top, path)
        ]
        for signals in unit.signals.values():
            drivers = {s.name for s in signals if s.kind is FindingKind.DATABASE}
            chosen = next(
                (
                    (engine, evidence)
                    for engine, variable, evidence in configured
                    if engine in drivers and not _image_sets(top, unit.folder, variable)
                ),
                None,
            )
            if chosen is not None:
                signals.append(
                    Signal(FindingKind.DATABASE, chosen[0], Strength.ENTRY, chosen[1],
                           scope=Scope.PRODUCTION)
                )
                break


def _configured(top: str, path: str) -> list[tuple[str, str, Evidence]]:
    """(engine, variable, evidence) for each database variable the manifest at `path` sets to
    the engine of an add-on it provisions."""
    text = read_text(top, path)[0] or ""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    if not isinstance(data, dict):
        return []
    addons = data.get("addons")
    env = data.get("env")
    if not isinstance(env, dict):
        return []
    if not isinstance(addons, list):
        addons = []
    provisioned = set()
    for addon in addons:
        plan = addon.get("plan") if isinstance(addon, dict) else addon
        if isinstance(plan, str) and (known := ADDONS.get(plan.partition(":")[0].lower())):
            provisioned.add(known[0])
    found: list[tuple[str, str, Evidence]] = []
    for variable, setting in env.items():
        value = setting.get("value") if isinstance(setting, dict) else setting
        if not isinstance(value, str) or not _DATABASE_VARIABLE.search(variable):
            continue
        engine = ENGINE_WORDS.get(value.strip().lower())
        if engine is None or (engine not in provisioned and engine not in EMBEDDED):
            continue
        found.append((engine, variable, _evidence(path, text, variable)))
    return found


def _image_sets(top: str, folder: str, variable: str) -> bool:
    """Whether a Dockerfile of the project (its folder or the repository's top) sets
    `variable` itself."""
    own = "" if folder == "." else folder
    setting = re.compile(rf"(?m)^[^#\n]*\b{re.escape(variable)}[ \t]*[= ]")
    return any(
        path.rpartition("/")[2].startswith("Dockerfile") and setting.search(text)
        for path, text in command_texts(top, tuple(dict.fromkeys((own, ""))))
    )


def _evidence(path: str, text: str, variable: str) -> Evidence:
    for number, line in enumerate(text.splitlines(), 1):
        if f'"{variable}"' in line:
            return Evidence(path=path, line=number, text=line.strip()[:200])
    return Evidence(path=path, text=variable)
