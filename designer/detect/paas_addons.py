"""A local SQLite fallback the program leaves for a database a PaaS add-on provisions.

A Django settings module may configure its database from an environment variable when set and
fall back to SQLite otherwise (`if os.environ.get("DATABASE_URL"): DATABASES = {"default":
dj_database_url.parse(…)} else: … "django.db.backends.sqlite3"`). As shipped that is the
program's own default (`defaults.unset_env_rules`). A platform manifest beside it (Heroku's
`app.json`, Scalingo's `scalingo.json`) may provision a database add-on, though, and the
platform sets that add-on's variables on the app (heroku-postgresql sets `DATABASE_URL`): where
the variable the add-on sets is the very one the program's branch tests, the deployed program
takes the other branch, so the add-on's engine is the deployment's and SQLite a developer's
stand-in, as `assemble._deployed_tests` does for a Compose file setting the variable.

An add-on alone says nothing of the engine: a review-app manifest may ask for PostgreSQL while
the program's own configuration (a framework's `DB_CONNECTION`, the documented image) chooses
another, and the add-on's variable is read, if at all, only by a connection not chosen.
"""

from __future__ import annotations

import json
import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

MANIFESTS = ("app.json", "scalingo.json")
"""Platform manifests listing the add-ons an app is deployed with (Heroku, Scalingo)."""

ADDONS: dict[str, tuple[str, frozenset[str]]] = {
    "heroku-postgresql": ("PostgreSQL", frozenset({"DATABASE_URL"})),
    "postgresql": ("PostgreSQL", frozenset({"DATABASE_URL", "SCALINGO_POSTGRESQL_URL"})),
    "mysql": ("MySQL", frozenset({"SCALINGO_MYSQL_URL"})),
    "cleardb": ("MySQL", frozenset({"CLEARDB_DATABASE_URL"})),
    "jawsdb": ("MySQL", frozenset({"JAWSDB_URL"})),
    "jawsdb-maria": ("MariaDB", frozenset({"JAWSDB_MARIA_URL"})),
    "mongodb": ("MongoDB", frozenset({"SCALINGO_MONGO_URL"})),
}
"""Add-on service (the plan's part before `:`) → the engine it provisions and the variables the
platform sets on the app for it."""

_TEST = re.compile(
    r"^[ \t]*if[ \t]+(?:[\"'](\w+)[\"'][ \t]+in[ \t]+os\.environ\b"
    r"|os\.(?:environ\.get|getenv)[ \t]*\([ \t]*[\"'](\w+)[\"'][ \t]*\)[ \t]*:)"
)
"""The `if` of a Python default's branch, testing whether a variable is set (`if
os.environ.get("DATABASE_URL"):`, `if "DATABASE_URL" in os.environ:`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Make each unset-variable default whose variable a platform add-on of another engine
    sets a fallback, and the add-on's engine a deployed one."""
    read: dict[str, list[tuple[str, frozenset[str], Evidence]]] = {}
    for unit in units.values():
        for signals in unit.signals.values():
            for index, signal in enumerate(list(signals)):
                if signal.kind is not FindingKind.DATABASE or signal.scope is not Scope.CHOSEN:
                    continue
                test = _TEST.match(signal.evidence.text)
                if test is None:
                    continue
                variable = test.group(1) or test.group(2)
                provided: list[tuple[str, Evidence]] = []
                for path in manifests(top, unit.folder):
                    if path not in read:
                        read[path] = _addons(top, path)
                    provided += [
                        (engine, evidence)
                        for engine, variables, evidence in read[path]
                        if variable in variables and engine != signal.name
                    ]
                if not provided:
                    continue
                signals[index] = signal.replace(scope=Scope.FALLBACK)
                for engine, evidence in provided:
                    signals.append(
                        Signal(
                            FindingKind.DATABASE,
                            engine,
                            Strength.ENTRY,
                            evidence,
                            scope=Scope.DEPLOYED,
                        )
                    )


def manifests(top: str, folder: str) -> list[str]:
    """Platform manifests in `folder` or a folder above it: an app deployed from a
    repository's root or from its own folder."""
    found: list[str] = []
    current = "" if folder == "." else folder
    while True:
        for name in MANIFESTS:
            path = posixpath.join(current, name) if current else name
            if os.path.isfile(os.path.join(top, path)):
                found.append(path)
        if not current:
            return found
        current = posixpath.dirname(current)


def _addons(top: str, path: str) -> list[tuple[str, frozenset[str], Evidence]]:
    """The database add-ons a manifest provisions: engine, the variables set, where."""
    text = read_text(top, path)[0] or ""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    addons = data.get("addons") if isinstance(data, dict) else None
    if not isinstance(addons, list):
        return []
    found: list[tuple[str, frozenset[str], Evidence]] = []
    for addon in addons:
        plan = addon.get("plan") if isinstance(addon, dict) else addon
        if not isinstance(plan, str):
            continue
        known = ADDONS.get(plan.partition(":")[0].strip().lower())
        if known is None:
            continue
        engine, variables = known
        attached = addon.get("as") if isinstance(addon, dict) else None
        if isinstance(attached, str) and attached:
            # Attached under another name (`"as": "ANALYTICS"`): the platform sets that
            # name's URL instead of the default one.
            variables = frozenset({f"{attached.upper()}_URL"})
        found.append((engine, variables, _evidence(path, text, plan)))
    return found


def _evidence(path: str, text: str, plan: str) -> Evidence:
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        if plan in line:
            return Evidence(path=path, line=number, text=line.strip()[:200])
    return Evidence(path=path, text=plan)
