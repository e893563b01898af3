"""A gap the 464th held-out set showed (#19), as a small fixture of the real files' shape: a
Spring Boot service whose repositories are Ektorp's (`org.ektorp:org.ektorp`, CouchDB's Java
client) keeps its data in CouchDB, with no data layer named; the same service without Ektorp
names no engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_SETTINGS = 'rootProject.name = "server"\n'


def _build(*extra: str) -> str:
    lines = "\n".join(f'  implementation("{d}")' for d in extra)
    return (
        'plugins {\n  java\n  id("org.springframework.boot") version "3.3.0"\n'
        '  id("io.spring.dependency-management") version "1.1.5"\n}\n\n'
        "dependencies {\n"
        '  implementation("org.springframework.boot:spring-boot-starter-web")\n'
        f"{lines}\n}}\n"
    )


_REPOSITORY = (
    "package org.acme.persistence.couchdb;\n\n"
    "import org.ektorp.CouchDbConnector;\n"
    "import org.ektorp.support.CouchDbRepositorySupport;\n\n"
    "public class CouchDbRoomRepository extends CouchDbRepositorySupport<Room> {\n"
    "  public CouchDbRoomRepository(CouchDbConnector db) { super(Room.class, db); }\n}\n"
)


def _tree(build: str) -> dict[str, str]:
    return {
        "settings.gradle.kts": _SETTINGS,
        "build.gradle.kts": build,
        "src/main/java/org/acme/Application.java": (
            "package org.acme;\n\n@SpringBootApplication\npublic class Application {\n"
            "  public static void main(String[] a) {\n"
            "    SpringApplication.run(Application.class, a);\n  }\n}\n"
        ),
        "src/main/java/org/acme/persistence/couchdb/CouchDbRoomRepository.java": _REPOSITORY,
    }


def test_ektorp_names_couchdb_as_the_engine_and_no_data_layer(tmp_path: Path) -> None:
    build = _build("org.ektorp:org.ektorp:1.5.0", "org.ektorp:org.ektorp.spring:1.5.0")
    backend = by_folder(write(tmp_path, _tree(build)))["."]
    assert first(backend, FindingKind.DATABASE)[0] == "CouchDB"
    assert first(backend, FindingKind.ORM) == ("", "")
    assert first(backend, FindingKind.QUERY) == ("", "")


def test_without_ektorp_no_engine_is_named(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_build())))["."]
    assert first(backend, FindingKind.DATABASE) == ("", "")
