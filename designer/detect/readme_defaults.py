"""The engine a project's README documents as its default, among the several it supports.

A program supporting several engines may leave the choice to a setting with no default in code
(`DB_CONNECTION` must be set, or the program stops), reference every engine's provider, and
run one of them in its development Compose file. Nothing in the code then says which engine a
deployment runs on: the drivers are all alike, and a development setup is the last thing to
rank. Its README does, in the sentence a user reads before choosing: "By default, the app uses
`MySQL`, however `PostgreSQL` and `SQLite` are also supported." That documented default is
the engine the program is meant to run on when its operator does not choose otherwise
(`Scope.CHOSEN`, with the README's line as evidence).

Only a default named among engines the project's own files already show (a driver, a
provider, a setting) is taken, and only where they show more than one: a README cannot add an
engine, only choose between those present. Where the files already hold production
configuration, the program's own default or a deployment's Compose database
(`Scope.PRODUCTION`, `Scope.CHOSEN`, `Scope.DEPLOYED`), the files decide and the README is not
read: it only settles what drivers and development setups leave open.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from designer.detect.assemble import Unit, signal_scope
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

_ENGINES = {
    "mysql": "MySQL",
    "mariadb": "MariaDB",
    "postgresql": "PostgreSQL",
    "postgres": "PostgreSQL",
    "sqlite": "SQLite",
    "mongodb": "MongoDB",
    "sql server": "SQL Server",
}
_ENGINE = r"[`*_\"']*(?P<engine>MySQL|MariaDB|PostgreSQL|Postgres|SQLite|MongoDB|SQL Server)\b"

_DEFAULTS = (
    # "By default, Lingo uses `MySQL`", "By default the server uses SQLite"
    re.compile(rf"(?i)\bby default\b,?[ \t]+(?:[\w.-]+[ \t]+){{0,3}}?uses?[ \t]+{_ENGINE}"),
    # "The app uses MySQL by default"
    re.compile(rf"(?i)\buses?[ \t]+{_ENGINE}[`*_\"']*[ \t]+by default\b"),
    # "The default database is MySQL", "default database engine: PostgreSQL"
    re.compile(rf"(?i)\bdefault database(?:[ \t]+engine)?(?:[ \t]+is|:)[ \t]+{_ENGINE}"),
)
"""A README sentence naming the engine the program uses by default."""

_ASIDE = re.compile(r"(?i)\b(?:dev|development|local|test|tests|testing|demo|example)\b")
"""Words that make the sentence about a development or test setup, not the program's default
("By default, the dev version uses postgres", "By default, the server will use SQLite, which
allows you to test the app")."""

_NAMES = frozenset({"readme.md", "readme", "readme.rst", "readme.txt"})


def mark(top: str, units: dict[str, Unit]) -> None:
    """Add the README's documented default engine, as the program's default, to the units
    whose files show several engines and none at a deployment's scope or above."""
    for unit in units.values():
        signals = [s for found in unit.signals.values() for s in found
                   if s.kind is FindingKind.DATABASE]
        shown = {s.name for s in signals}
        if len(shown) < 2 or any(
            signal_scope(s) <= Scope.DEPLOYED for s in signals
        ):
            continue
        found = _documented(top, unit.folder)
        if found is None or found[0] not in shown:
            continue
        engine, evidence = found
        unit.signals.setdefault("config", []).append(
            Signal(FindingKind.DATABASE, engine, Strength.ENTRY, evidence, scope=Scope.CHOSEN)
        )


def readme_lines(top: str, folder: str) -> Iterator[tuple[str, int, str]]:
    """(path, line number, line) of each line of the READMEs of `folder` and of the
    repository, the project's own first. Shared with `readme_ports`."""
    for place in dict.fromkeys((folder, ".")):
        base = top if place == "." else os.path.join(top, *place.split("/"))
        try:
            names = sorted(n for n in os.listdir(base) if n.lower() in _NAMES)
        except OSError:
            continue
        for name in names:
            path = name if place == "." else f"{place}/{name}"
            text = read_text(top, path)[0] or ""
            for number, line in enumerate(text.splitlines(), 1):
                yield path, number, line


def _documented(top: str, folder: str) -> tuple[str, Evidence] | None:
    """The engine and line of the first default a README of `folder` or of the repository
    documents, the project's own first."""
    for path, number, line in readme_lines(top, folder):
        for pattern in _DEFAULTS:
            match = pattern.search(line)
            if match and not _ASIDE.search(_sentence(line, match.start())):
                engine = _ENGINES[match.group("engine").lower()]
                return engine, Evidence(path=path, line=number, text=line.strip()[:200])
    return None


def _sentence(line: str, start: int) -> str:
    """The sentence of `line` that holds the match starting at `start`."""
    begin = max(line.rfind(". ", 0, start) + 1, 0)
    end = line.find(". ", start)
    return line[begin:] if end < 0 else line[begin:end]
