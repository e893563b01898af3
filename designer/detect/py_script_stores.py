"""Python: a data layer only the package's scripts use, beside one its server uses.

One Python package may hold a web server and the scripts kept beside it: an ingest script
reading another program's PostgreSQL through asyncpg to fill the search index the API queries, a
dataset export opening SQLAlchemy's engine on the database the server writes through psycopg2.
The manifest declares every layer alike, and ranked by kind the scripts' layer may name the
server's data (an ORM outranks a driver; asyncpg's PostgreSQL sits beside Elasticsearch). What
decides is what the served program reaches: where a Python project's framework is started in its
code (a signal of the start), the start files' imports are followed through the project's own
modules (`py_reach`); a declared data layer that some module of the project uses but none of
those the starts reach is dropped with the engine its package names, when the reached modules
use another declared layer (the server keeps data of its own, or the search store it reads) and
every module using it is reached by the package's scripts (modules run as `__main__`): what the
starts do not import may still be loaded by configuration (Pyramid's `config.scan()`), and only
a script is positive evidence. A driver named in a reached module only for its types (`record:
asyncpg.Record` in a models module) is not used there: the program opening it calls its
functions (`asyncpg.create_pool(…)`). An import held in a function counts only where the served
modules name that function: a helper opening SQLAlchemy's engine in a module the server imports
for a constant, called by the export script alone, is the script's. Django is left alone (its
settings and installed apps load the models, not imports). Alembic's migrations (`env.py` and
the revisions, modules importing `alembic`) count with the scripts: Alembic's command runs them,
not the server, so SQLAlchemy used by a database-sync script and by the migrations alone is
theirs, the API querying through psycopg2 (set 468's rescue-dog-aggregator). A tree too large to
read whole is left as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.bare_drivers import DRIVER_MODULES
from designer.detect.image_layers import DATA_KINDS, module_of
from designer.detect.migration_orms import MIGRATION
from designer.detect.py_reach import reached, read_modules
from designer.detect.py_side_stores import SQL_LAYERS
from designer.detect.pymodules import nested_projects
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

_CONFIGURED = frozenset({"Django", "Django REST framework"})
"""Frameworks that load the program's modules by configuration rather than by import."""

_MAIN = re.compile(r"^if[ \t]+__name__[ \t]*==[ \t]*[\"']__main__[\"']", re.MULTILINE)
"""A module run as a program."""

_DEF = re.compile(r"(?:async[ \t]+)?def[ \t]+(\w+)")
"""A function's definition line."""

_BLOCKS = ("if ", "try:", "else:", "elif ", "except", "finally:", "with ", "for ", "while ")
"""Blocks a function's body may nest an import in."""

_DRIVERS = frozenset(DRIVER_MODULES.values())
"""Modules of raw drivers, which a module may import only for their types."""


def drop(top: str, units: dict[str, Unit]) -> None:
    """Remove each declared data layer (and the engine its package names) of a Python server
    that only modules its starts do not reach use, where the reached modules use another."""
    folders = list(units)
    for folder, unit in units.items():
        signals = unit.signals.get(LANGUAGE, [])
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        if not frameworks or any(s.name in _CONFIGURED for s in frameworks):
            continue
        starts = sorted(
            {
                s.evidence.path
                for s in frameworks
                if s.strength is Strength.ENTRY and s.evidence.path.endswith(".py")
            }
        )
        layers = _layers(signals)
        if not starts or len(layers) < 2:
            continue
        texts = read_modules(top, folder, nested_projects(folder, folders))
        if texts is None:
            continue
        served = {path: texts[path] for path in reached(folder, starts, texts)}
        # Each layer → where modules use it: (path, the function holding the import or None).
        users = {
            package: {
                (path, function)
                for path, text in texts.items()
                for function in _uses(text, modules)
            }
            for package, modules in layers.items()
        }
        used = {
            package
            for package, uses in users.items()
            if any(path in served and _called(function, served) for path, function in uses)
        }
        if not used:
            continue
        # What the starts do not reach may still be loaded by configuration (a Pyramid
        # `config.scan()`, an entry point): only a layer every user of which a script of the
        # package reaches (a module run as `__main__`) is the scripts'.
        scripts = [p for p, text in texts.items() if p not in served and _MAIN.search(text)]
        scripted = reached(folder, scripts, texts)
        # Alembic's command runs the migrations, as a script is run: not the served program.
        # The migration tool itself stays, being what runs them.
        migrated = {p for p, text in texts.items() if p not in served and MIGRATION.search(text)}
        tools = {s.package for s in signals if s.kind is FindingKind.MIGRATIONS}
        aside = {
            package
            for package, uses in users.items()
            if uses
            and package not in used
            and all(
                path in scripted or (path in migrated and package not in tools)
                for path, _ in uses
            )
        }
        if aside:
            unit.signals[LANGUAGE] = _without(signals, aside)


def _layers(signals: list[Signal]) -> dict[str, set[str]]:
    """Each declared data-layer package (not for development) → the modules code using it
    imports."""
    found: dict[str, set[str]] = {}
    for s in signals:
        if s.kind in DATA_KINDS and s.package and s.strength is Strength.DEPENDENCY:
            modules = found.setdefault(s.package, {module_of(s.package)})
            modules.update(SQL_LAYERS.get(s.name, ()))
    return found


def _uses(text: str, modules: set[str]) -> set[str | None]:
    """Where a module's text uses one of `modules` — None at module level, else the name of
    the function holding the import: it imports from it, or imports it and reaches past its
    types (a driver's `asyncpg.create_pool`, not `asyncpg.Record`)."""
    found: set[str | None] = set()
    for module in modules:
        name = re.escape(module)
        for match in re.finditer(
            rf"^([ \t]*)from[ \t]+{name}(\.[\w.]+)?[ \t]+import[ \t]+(\([^)]*\)|[^\n#]*)",
            text,
            re.MULTILINE,
        ):
            names = [n.strip() for n in match.group(3).strip("()").split(",") if n.strip()]
            if module not in _DRIVERS or match.group(2) or any(not n[:1].isupper() for n in names):
                found.add(_function(text, match.start(), match.group(1)))
        for match in re.finditer(
            rf"^([ \t]*)import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*{name}\b", text, re.MULTILINE
        ):
            if module not in _DRIVERS or re.search(
                rf"\b{name}\.[a-z_]|^[ \t]*import[ \t]+{name}[ \t]+as\b", text, re.MULTILINE
            ):
                found.add(_function(text, match.start(), match.group(1)))
    return found


def _function(text: str, at: int, indent: str) -> str | None:
    """The name of the function whose body holds the import at `at` (indented by `indent`);
    None for an import at module level or in a block no function holds."""
    if not indent:
        return None
    for line in reversed(text[:at].splitlines()):
        stripped = line.lstrip()
        if not stripped or stripped.startswith("#"):
            continue
        if len(line) - len(stripped) < len(indent):
            match = _DEF.match(stripped)
            if match:
                return match.group(1)
            if not stripped.startswith(_BLOCKS):
                return None
            indent = line[: len(line) - len(stripped)]
            if not indent:
                return None
    return None


def _called(function: str | None, served: dict[str, str]) -> bool:
    """Whether the served modules reach a use: at module level, or in a function they name
    somewhere besides its definition."""
    if function is None:
        return True
    pattern = re.compile(rf"(?<!def )\b{re.escape(function)}\b")
    return any(pattern.search(text) for text in served.values())


def _without(signals: list[Signal], packages: set[str]) -> list[Signal]:
    """`signals` without the data layers of `packages`, their code signals (named alike) and
    the engines those packages name."""
    names = {
        s.name
        for s in signals
        if s.package in packages and s.kind in (FindingKind.ORM, FindingKind.QUERY)
    }
    return [
        s
        for s in signals
        if not (
            (s.kind in DATA_KINDS and s.package in packages)
            or (s.kind in (FindingKind.ORM, FindingKind.QUERY) and s.name in names)
        )
    ]
