"""Write a detection into a design: keep it as evidence and pre-fill the chosen stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from designer.model.stack import DetectedBackend, Detection, FindingKind

if TYPE_CHECKING:  # the whole design model is built only when a design is read
    from designer.model.design import Design


def chosen_backend(detection: Detection) -> DetectedBackend | None:
    """The backend whose stack pre-fills the design: the surest unambiguous one, if any."""
    clear = [b for b in detection.backends if not b.ambiguous]
    if not clear:
        return None
    return max(clear, key=lambda b: (_framework_confidence(b), -detection.backends.index(b)))


def _framework_confidence(backend: DetectedBackend) -> float:
    return next((f.confidence for f in backend.findings if f.kind is FindingKind.FRAMEWORK), 0.0)


def _first(backend: DetectedBackend, kind: FindingKind) -> tuple[str, str]:
    finding = next((f for f in backend.findings if f.kind is kind), None)
    return (finding.name, finding.version) if finding else ("", "")


def _data_layer(backend: DetectedBackend) -> str:
    """The ORM the design's data stage starts from: the first ORM, or the query library ranked
    before it (Dapper for the default provider, EF Core kept for the others); a query library
    alone (database/sql, sqlx) is no ORM and fills nothing."""
    if not any(f.kind is FindingKind.ORM for f in backend.findings):
        return ""
    kinds = (FindingKind.ORM, FindingKind.QUERY)
    return next(f.name for f in backend.findings if f.kind in kinds)


def apply(design: Design, detection: Detection, overwrite: bool = False) -> list[str]:
    """Store `detection` in `design` and fill the stack fields the user left empty.

    Fields already set are kept unless `overwrite`. When every backend is ambiguous, nothing
    is chosen: the detection is stored and the user picks the framework.

    Returns:
        One message per thing done or deliberately not done, for the user.
    """
    design.stack.detection = detection
    messages = [f"saved the detection of {detection.root or '.'} in the design"]
    backend = chosen_backend(detection)
    if backend is None:
        if not detection.backends:
            messages.append("no backend found; choose the framework in the framework stage")
        else:
            folders = ", ".join(b.folder for b in detection.backends)
            messages.append(
                f"ambiguous ({folders}): no framework chosen; choose one in the framework stage"
            )
        return messages
    if len(detection.backends) > 1:
        messages.append(
            f"stack taken from backend {backend.folder} "
            f"(1 of {len(detection.backends)} found; all are kept in the detection)"
        )
    framework, framework_version = _first(backend, FindingKind.FRAMEWORK)
    values = [
        (design.stack, "stack.language", "language", backend.language),
        (design.stack, "stack.language_version", "language_version", backend.language_version),
        (design.stack, "stack.framework", "framework", framework),
        (design.stack, "stack.framework_version", "framework_version", framework_version),
        (design.stack, "stack.server", "server", _first(backend, FindingKind.SERVER)[0]),
        (design.stack, "stack.cache", "cache", _first(backend, FindingKind.CACHE)[0]),
        (
            design.stack,
            "stack.test_framework",
            "test_framework",
            _first(backend, FindingKind.TEST)[0],
        ),
        (design.data, "data.orm", "orm", _data_layer(backend)),
        (
            design.data,
            "data.migration_tool",
            "migration_tool",
            _first(backend, FindingKind.MIGRATIONS)[0],
        ),
    ]
    messages += fill_database(design, backend, overwrite)
    for target, label, attribute, value in values:
        if not value:
            continue
        current = getattr(target, attribute)
        if current == value:
            continue
        if current and not overwrite:
            messages.append(f"kept {label} = {current} (detected {value}; --overwrite replaces)")
            continue
        setattr(target, attribute, value)
        was = f" (was {current})" if current else ""
        messages.append(f"set {label} = {value}{was}")
    return messages


ENGINES = {
    "PostgreSQL": "postgresql",
    "MySQL": "mysql",
    "MariaDB": "mariadb",
    "SQLite": "sqlite",
    "MongoDB": "mongodb",
}
"""Detected engine name → the value of the design's engine choice (the others have none to
fill); values, not `Engine` members, so that `designer detect` without `--into` never builds
the data model."""


def fill_database(design: Design, backend: DetectedBackend, overwrite: bool) -> list[str]:
    """Fill the engine and version of the design's first database from the detection.

    A design without databases gets one, `main`; an existing one keeps an engine or version
    the user set unless `overwrite`.
    """
    name, version = _first(backend, FindingKind.DATABASE)
    if not name:
        return []
    from designer.model.data import Database, Engine

    engine = Engine(ENGINES[name]) if name in ENGINES else None
    shown = f"{name} {version}".rstrip()
    if engine is None:
        return [f"detected database {name}: not one of the design's engines; add it by hand"]
    databases = design.data.databases
    if not databases:
        databases.append(Database(name="main", engine=engine, version=version))
        return [f"set data.databases[main] = {shown}"]
    database = databases[0]
    label = f"data.databases[{database.name or 0}]"
    if database.engine is not engine:
        if not overwrite:
            return [f"kept {label} engine {database.engine.value} (detected {shown}; "
                    "--overwrite replaces)"]
        was = f"{database.engine.value} {database.version}".rstrip()
        database.engine, database.version = engine, version
        return [f"set {label} = {shown} (was {was})"]
    if not version or database.version == version:
        return []
    if database.version and not overwrite:
        return [f"kept {label} version {database.version} (detected {version}; "
                "--overwrite replaces)"]
    was = f" (was {database.version})" if database.version else ""
    database.version = version
    return [f"set {label} version = {version}{was}"]
