"""Quarkus' datasource kind as the program's own choice of engine.

`quarkus.datasource.db-kind` is fixed when the application is built: the jar carries the JDBC
driver and dialect of that kind, whatever URL the deployment passes later. Set in the base
application.properties (no `%profile.` prefix), it is the engine the program picks, as a
settings default is (`Scope.CHOSEN`), above a database some Compose file runs beside it for a
side store; set for the `prod` profile (`%prod.quarkus.datasource.db-kind`), the one the
production build uses. Profile-prefixed kinds of other profiles (`%dev.`, `%test.`) and
named datasources stay with the file's scope (see `jvm.RULES`' db-kind rule)."""

from __future__ import annotations

from designer.detect.signals import Scope, SourceRule, rule
from designer.model.stack import FindingKind as K

KINDS: tuple[tuple[str, str], ...] = (
    ("postgresql|postgres|pgsql|pg", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("mariadb", "MariaDB"),
    ("mssql", "SQL Server"),
    ("oracle", "Oracle"),
    ("h2", "H2"),
)
"""Quarkus' db-kind values (and their aliases) → the engine."""

_BASE = ("application.properties",)


def chosen_kind_rules() -> tuple[SourceRule, ...]:
    """The default datasource's kind in the base properties file (CHOSEN) or for the `prod`
    profile (PRODUCTION)."""
    return tuple(
        rule(
            K.DATABASE,
            engine,
            rf"""^{prefix}quarkus\.datasource\.db-kind[ \t]*[=:][ \t]*["']?(?:{kinds})["']?"""
            r"[ \t]*$",
            names=_BASE,
            scope=found,
        )
        for prefix, found in (("", Scope.CHOSEN), (r"%prod\.", Scope.PRODUCTION))
        for kinds, engine in KINDS
    )
