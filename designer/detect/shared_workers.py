"""Spring Boot workers that run scheduled jobs on a serving application's data layer.

A build may keep, beside its API application, a second Spring Boot application that only runs
jobs its own scheduler fires (`@Scheduled`: a sync with another system every ten minutes) and
declares no endpoint, its web starter serving Actuator's probes. Its data layer is not its
own: it is the build's data module (DAOs, migrations, the driver), which the API application
uses too, and its configuration points at that database (`datasource.url`). It serves no
client: it is no backend (`Unit.no_web`), as a worker with no data at all is (`listeners`).

Only an application for which a module it uses holds a data layer that another application of
the tree, one whose own sources declare an endpoint, uses as well is read; a tree too large to
read is left alone. Its own build may declare the data layer and driver too (the JPA starter
and PostgreSQL beside the build's common library of entities, for its purges and reminder
mails): the database is still the product's, which the serving applications keep, and the
scheduler serves no client. Such an application is left alone where it may serve clients with
no endpoint in its code (Spring Data REST exporting its repositories, generated controllers:
`actuator_workers.serves_without_code`), and where its build migrates a schema (Liquibase,
Flyway): a worker migrating a database of its own keeps data of its own (a submission
consumer polling its queue on schedules, its own database beside the product's), which
HELDOUT counts; so does one whose code also consumes a broker's messages (`@JmsListener`: a
translator writing each message's state through the build's data module), a worker keeping
data of its own (`listeners.consumes_messages`).
"""

from __future__ import annotations

import posixpath

from designer.detect.actuator_workers import serves_without_code
from designer.detect.assemble import Unit, has_entry_point
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.listeners import ENDPOINT, consumes_messages, scheduled_only
from designer.detect.nonservices import module_names, module_uses, used_modules
from designer.detect.signals import OWN_DATA, Signal
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "jvm"

_ENDINGS = (".java", ".kt")

_CONFIG_FILES = (".properties", ".yml", ".yaml")
"""Where a configuration names the database a datasource connects to."""

MAX_FILES = 500
"""Main source files read per application at most: a larger tree is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot applications whose sources declare scheduled jobs
    and no endpoint, running on a data module of the build that an application declaring
    endpoints also uses."""
    applications = [u for u in units.values() if _spring_boot(u) and has_entry_point(u)]
    for unit in applications:
        if unit.no_web:
            continue
        own = [s for found in unit.signals.values() for s in found if _own_data(s)]
        if own and (
            any(s.kind is FindingKind.MIGRATIONS for s in own)
            or serves_without_code(top, unit, units)
            or consumes_messages(top, main_tree(unit))
        ):
            continue
        modules = used_modules(unit, units, LANGUAGE)
        holders = [
            other
            for other in modules
            if not has_entry_point(other)
            and any(s.kind in OWN_DATA for s in other.signals.get(LANGUAGE, []))
        ]
        if not holders:
            continue
        held = {name for h in holders for name in module_names(h, LANGUAGE)}
        servers = [
            other
            for other in applications
            if other is not unit
            and module_uses(other, LANGUAGE) & held
            and _declares_endpoint(top, other.folder)
        ]
        folders = [main_tree(unit)] + [main_tree(other) for other in modules]
        if servers and scheduled_only(top, folders):
            unit.no_web = True


def _spring_boot(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Spring Boot"
        for s in unit.signals.get(LANGUAGE, [])
    )


def _own_data(signal: Signal) -> bool:
    """A data finding of the application's own build: any but an engine its configuration
    names (the database it shares)."""
    if signal.kind not in OWN_DATA:
        return False
    return not (
        signal.kind is FindingKind.DATABASE and signal.evidence.path.endswith(_CONFIG_FILES)
    )


def _declares_endpoint(top: str, folder: str) -> bool:
    """Whether the application's main sources declare an endpoint (a tree too large to read
    counts as one)."""
    paths = all_code_files(top, posixpath.join(folder, "src", "main"), _ENDINGS, MAX_FILES)
    if paths is None:
        return True
    return any(ENDPOINT.search(read_text(top, path)[0] or "") for path in paths)
