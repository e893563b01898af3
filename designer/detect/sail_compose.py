"""The databases of Laravel Sail's Compose file: a developer's, beside what the settings name.

Laravel Sail writes a `docker-compose.yml` whose application service is built from Sail's
own runtime (`context: ./vendor/laravel/sail/runtimes/8.2`, image `sail-8.2/app`,
`LARAVEL_SAIL: 1`) with the project bind-mounted into it: Laravel's documented local
development environment, not a deployment. Where the project's env example or settings name
an engine of their own (`DB_CONNECTION=mysql`, `'default' => env('DB_CONNECTION', 'mysql')`),
the database Sail runs for the developer (`mariadb:10`) ranks as a development one
(`Scope.FALLBACK`): it no longer stands for the server the project runs against, as a
deployment's MariaDB does beside a `mysql` connection (`assemble._mariadb_first`). With
nothing else naming an engine, Sail's database is left as it is.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import CONFIG, Unit, signal_scope
from designer.detect.signals import Scope, Signal
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_SAIL = re.compile(r"vendor/laravel/sail/runtimes/|^[ \t]*-?[ \t]*LARAVEL_SAIL[ \t]*[:=]", re.M)
"""The application service Sail writes: built from Sail's runtime, or flagged as Sail's."""


def _compose(path: str) -> bool:
    name = posixpath.basename(path)
    return name.startswith(("docker-compose", "compose.")) and name.endswith((".yml", ".yaml"))


def _settled(signals: list[Signal]) -> bool:
    """Whether an engine is named by production configuration or the program's default."""
    return any(
        s.kind is FindingKind.DATABASE
        and not _compose(s.evidence.path)
        and signal_scope(s) <= Scope.CHOSEN
        for s in signals
    )


def demote(top: str, units: dict[str, Unit]) -> None:
    """Rank the databases of Sail's Compose file as development ones where the project's own
    settings name an engine."""
    texts: dict[str, bool] = {}
    for unit in units.values():
        config = unit.signals.get(CONFIG)
        if not config:
            continue
        every = [s for signals in unit.signals.values() for s in signals]
        if not _settled(every):
            continue
        for index, signal in enumerate(config):
            path = signal.evidence.path
            if signal.kind is not FindingKind.DATABASE or not _compose(path):
                continue
            if signal_scope(signal) >= Scope.FALLBACK:
                continue
            if path not in texts:
                text, _ = read_text(top, path)
                texts[path] = bool(text and _SAIL.search(text))
            if texts[path]:
                config[index] = signal.replace(scope=Scope.FALLBACK)
