"""JVM: a module's Spring configuration that only tunes Hibernate, mapping nothing.

A Spring Boot service written to JdbcTemplate may keep `spring-boot-starter-data-jpa` on its
classpath and, in its `application.yml`, a `spring.jpa.properties.hibernate` block that only
tunes how SQL is logged and how times cross JDBC (`format_sql`, `show_sql`, `jdbc.time_zone`,
`timezone.default_storage`, a dialect). Those settings hold for any SQL Hibernate would run and
say nothing of entities: unlike schema generation (`ddl-auto`, `generate-ddl`, `hbm2ddl`) or an
entity scan (`packages-to-scan`), which only make sense over mapped classes (perhaps a library's
outside the tree). `jpa_unused.drop_unmapped` weighs such a module as it weighs one whose build
alone names JPA.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

MAX_FILES = 400
"""Files read under a module's main tree: a larger one is taken to map what it configures."""

_SETTINGS = (".yml", ".yaml", ".properties")

_JPA = re.compile(r"^[ \t]*spring\.jpa\.|^[ \t]+jpa:[ \t]*$", re.MULTILINE)
"""A JPA property of a Spring configuration (as `sidefiles` marks `configures_jpa`)."""

_MAPPING = re.compile(
    r"(?i)ddl[-_]?auto|generate[-_]?ddl|hbm2ddl|packages[-_]?to[-_]?scan|entity[-_]?scan"
    r"|\bmapping[-_]?resources\b"
)
"""Settings that only make sense over mapped entities: schema generation, an entity scan, XML
mappings."""


def _settings_files(top: str, unit: Unit) -> list[str] | None:
    """The Spring configuration files (`application*.yml|yaml|properties`) of `unit`'s main
    tree, or None when the tree is too large to list."""
    paths = all_code_files(top, main_tree(unit), _SETTINGS, MAX_FILES)
    if paths is None:
        return None
    return [p for p in paths if posixpath.basename(p).startswith("application")]


def tuning_only(top: str, unit: Unit, signals: list[Signal]) -> bool:
    """Whether JPA is named only by the module's build (a starter) and by its own Spring
    configuration, every file of which that sets JPA's properties sets none of `_MAPPING`."""
    jpa = [s for s in signals if s.kind is FindingKind.ORM and s.name.startswith("JPA")]
    if not any(s.strength is Strength.DEPENDENCY for s in jpa) or not all(
        s.strength is Strength.DEPENDENCY
        or (not s.package and s.strength is Strength.ENTRY
            and posixpath.basename(s.evidence.path).startswith("application"))
        for s in jpa
    ):
        return False
    paths = _settings_files(top, unit)
    if not paths:
        return False
    texts = [read_text(top, p)[0] for p in paths]
    if any(text is None for text in texts):
        return False
    configured = [t for t in texts if t and _JPA.search(t)]
    return bool(configured) and not any(_MAPPING.search(t) for t in configured)
