"""The engine of a JPA service whose build files name a JDBC server beside another kind of store.

A Spring Boot service keeps its entities in JPA (`spring-boot-starter-data-jpa`, Spring Data
repositories) and gets its JDBC driver (`runtime 'org.postgresql:postgresql'`) from the module
binding the database, while an integration module it also uses declares a client of another
kind of store (`aws-java-sdk-dynamodb` for a side table of media records). When no setting
names either (the URL is given where the service is deployed), the two are seen alike and the
first by name wins: DynamoDB before PostgreSQL. JPA reaches only what a JDBC driver reaches;
the store its data layer cannot speak to is a side store, the JDBC server the engine its
entities live in. So where a JVM backend's data layer is JPA / Hibernate and its first engine
is no JDBC engine, named by build files alone, a JDBC server engine seen at least as surely
is put first. A store a setting names (its endpoint in the configuration) is left first, and
so is one beside embedded engines only (H2 is a test's stand-in, not the service's store).
"""

from __future__ import annotations

import posixpath

from designer.detect.engines import EMBEDDED
from designer.detect.jvm_driver_ties import JDBC_ENGINES
from designer.model.stack import DetectedBackend, FindingKind

_LANGUAGES = frozenset({"Java", "Kotlin", "Scala", "Groovy"})

_BUILD_FILES = frozenset({"pom.xml", "build.gradle", "build.gradle.kts"})

JPA = "JPA / Hibernate"
"""The data layer that reaches its engine through a JDBC driver only."""


def prefer_jdbc(found: list[DetectedBackend]) -> None:
    """Put a JDBC server engine first for each JPA backend whose first engine is another kind
    of store named by build files only."""
    for backend in found:
        if backend.language not in _LANGUAGES:
            continue
        layers = [f for f in backend.findings if f.kind is FindingKind.ORM]
        databases = [f for f in backend.findings if f.kind is FindingKind.DATABASE]
        if not layers or layers[0].name != JPA or len(databases) < 2:
            continue
        leader = databases[0]
        if leader.name in JDBC_ENGINES or leader.name in EMBEDDED:
            continue
        if not all(e.path and posixpath.basename(e.path) in _BUILD_FILES for e in leader.evidence):
            continue  # a setting names the store: the configuration's choice stands
        jdbc = next(
            (
                f
                for f in databases[1:]
                if f.name in JDBC_ENGINES and f.confidence >= leader.confidence
            ),
            None,
        )
        if jdbc is None:
            continue
        index = backend.findings.index(leader)
        backend.findings.remove(jdbc)
        backend.findings.insert(index, jdbc)
