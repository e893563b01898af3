"""Python: the database server a project's own build sets up, among drivers declared alike.

A Python service may declare drivers for several servers (psycopg2 for its own tables and
cx_Oracle for the registers of another system it reads with raw queries) while nothing it
ships names the engine: its settings read a database URL from the environment, with a SQLite
file as the lookup's default. Ranked by name alone, the foreign server may come first. The
project's own commands still say which server it runs on: its build target installs that
server before `manage.py migrate` (`apt-get install postgresql`), its CI starts it as a
service and creates the project's database there (`services: - postgresql`, `psql -c 'create
database app;'`). That is the server its tables live in.

So where a Python project with a framework declares run-time drivers for two or more database
servers, names no engine in a stronger scope than a driver (`Scope.RUNTIME`: no production
setting, own default nor Compose database), and its command files (`project_commands`: the
Makefile, the CI definitions, scripts) set up exactly one of those servers, that server gets
one more signal, at a driver's rank, with the command as its evidence: of drivers declared
alike, it is the one the project's build runs. A server the commands set up that no driver
names adds nothing (the build may install tools), and with two set up nothing is chosen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from designer.detect.assemble import Unit, signal_scope
from designer.detect.engines import EMBEDDED, KEY_VALUE, SEARCH_ENGINES
from designer.detect.project_commands import command_texts
from designer.detect.signals import Scope, Signal, Strength
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

_SETUPS = {
    "PostgreSQL": re.compile(
        r"\bapt(?:-get)?[ \t]+install\b[^\n]*[ \t]postgresql(?:-\d+)?(?=[ \t]|$)"
        r"|\bcreatedb[ \t]"
        r"|\bpsql\b[^\n]*(?i:create[ \t]+database)"
        r"|^[ \t]*services[ \t]*:[ \t]*\n(?:[ \t]*-[ \t]*\w+[ \t]*\n)*?"
        r"[ \t]*-[ \t]*postgresql[ \t]*$",
        re.MULTILINE,
    ),
    "MySQL": re.compile(
        r"\bapt(?:-get)?[ \t]+install\b[^\n]*[ \t](?:mysql|mariadb)-server(?=[ \t]|$)"
        r"|\bmysql\b[^\n]*(?i:create[ \t]+database)"
        r"|^[ \t]*services[ \t]*:[ \t]*\n(?:[ \t]*-[ \t]*\w+[ \t]*\n)*?"
        r"[ \t]*-[ \t]*mysql[ \t]*$",
        re.MULTILINE,
    ),
}
"""Per server engine, a command that sets it up: a system package install of the server (not
only its client), a database created on it, a CI service list (Travis's `services:`) naming
it. Each pattern is searched in the whole text of one command file."""


def driver_level_servers(
    units: dict[str, Unit],
) -> Iterator[tuple[Unit, list[Signal], list[Signal]]]:
    """Each Python project serving through a framework whose engines (the run-time signals
    given with it) only drivers name — none named in production, as a default or by a Compose
    database — with its Python signals and those engines."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        engines = [
            s
            for found in unit.signals.values()
            for s in found
            if s.kind is FindingKind.DATABASE and s.strength is not Strength.DEV
        ]
        if not any(signal_scope(s) < Scope.RUNTIME for s in engines):
            yield unit, signals, engines


def choose(top: str, units: dict[str, Unit]) -> None:
    """Give the one declared server a Python project's commands set up a driver's signal
    more, where its drivers name several servers and nothing stronger names any engine."""
    for unit, signals, _ in driver_level_servers(units):
        drivers = {
            s.name
            for s in signals
            if s.kind is FindingKind.DATABASE
            and s.strength is Strength.DEPENDENCY
            and s.name not in EMBEDDED | KEY_VALUE | SEARCH_ENGINES
        }
        if len(drivers) < 2:
            continue
        built = built_server(top, unit.folder, drivers)
        if built is None:
            continue
        engine, evidence = built
        signals.append(
            Signal(FindingKind.DATABASE, engine, Strength.DEPENDENCY, evidence,
                   scope=Scope.RUNTIME)
        )


def built_server(top: str, folder: str, drivers: set[str]) -> tuple[str, Evidence] | None:
    """The one server among `drivers` the commands of the project at `folder` (or of the
    repository's root) set up, with the evidence, or None."""
    own = "" if folder == "." else folder
    found = _set_up(top, tuple(dict.fromkeys((own, ""))), drivers)
    return next(iter(found.items())) if len(found) == 1 else None


def _set_up(top: str, folders: tuple[str, ...], drivers: set[str]) -> dict[str, Evidence]:
    """The servers among `drivers` that the command files of `folders` set up, each with the
    first command doing so."""
    found: dict[str, Evidence] = {}
    for path, text in command_texts(top, folders):
        for engine, pattern in _SETUPS.items():
            if engine not in drivers or engine in found:
                continue
            match = pattern.search(text)
            if match is None:
                continue
            end = match.end() - 1 if match.group().endswith("\n") else match.end()
            number = text.count("\n", 0, end) + 1
            line = text.splitlines()[number - 1].strip()
            found[engine] = Evidence(path=path, line=number, text=line)
    return found
