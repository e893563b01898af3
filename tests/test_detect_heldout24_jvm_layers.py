"""The JVM data layer a Spring Boot application's main sources are written to, where its
build declares two (benchmarks/detect_heldout57.yaml, #19): the JPA starter and its `jpa:`
settings beside Jdbi, whose handles a hundred DAOs import while no class imports JPA's API.
The scan samples a large tree's sources, so what decides is a count of the imports of every
main source (`designer.detect.jvm_layers`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_heldout24_jvm_dotnet import _BOOT_MAIN, _data_layer
from test_detect_projects import write

_BUILD = (
    "plugins {\n  id 'java'\n  id \"org.springframework.boot\" version \"3.5.0\" apply false\n}\n"
    "apply plugin: 'io.spring.dependency-management'\n"
    "dependencies {\n"
    "  implementation 'org.postgresql:postgresql:42.7.13'\n"
    "  implementation 'org.liquibase:liquibase-core'\n"
    "  implementation \"org.jdbi:jdbi3-spring:${jdbi3Version}\"\n"
    "  implementation \"org.springframework.boot:spring-boot-starter-web\"\n"
    "  implementation \"org.springframework.boot:spring-boot-starter-data-jpa\"\n"
    "  testImplementation \"org.junit.jupiter:junit-jupiter\"\n"
    "}\n"
)

_SETTINGS = (
    "spring:\n  jpa:\n    open-in-view: false\n    hibernate:\n      ddl-auto: none\n"
    "  datasource:\n    url: jdbc:postgresql://localhost:5432/app\n"
)

_PACKAGE = "src/main/java/org/example"


def _dao(name: str) -> str:
    return (
        "package org.example.database;\n\nimport org.jdbi.v3.core.Handle;\n"
        "import org.jdbi.v3.sqlobject.customizer.Bind;\n\n"
        f"public class {name}Dao {{\n  private Handle handle;\n}}\n"
    )


def _tree(daos: int, entities: int) -> dict[str, str]:
    files = {
        "build.gradle": _BUILD,
        "src/main/resources/application.yml": _SETTINGS,
        f"{_PACKAGE}/Application.java": _BOOT_MAIN,
    }
    # Beans and resources far outnumber the DAOs: a sample of the tree may hold one DAO.
    for index in range(40):
        files[f"{_PACKAGE}/beans/Bean{index:02}.java"] = (
            f"package org.example.beans;\n\npublic class Bean{index:02} {{\n}}\n"
        )
    for index in range(daos):
        files[f"{_PACKAGE}/database/Thing{index:02}Dao.java"] = _dao(f"Thing{index:02}")
    for index in range(entities):
        files[f"{_PACKAGE}/entities/Entity{index:02}.java"] = (
            "package org.example.entities;\n\nimport jakarta.persistence.Entity;\n\n"
            f"@Entity\npublic class Entity{index:02} {{\n}}\n"
        )
    return files


def test_the_layer_the_main_sources_import_is_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(daos=12, entities=0)))["."]
    assert _data_layer(backend) == "Jdbi"


def test_entities_as_many_as_the_daos_leave_the_ranking_by_kinds(tmp_path: Path) -> None:
    # No clear leader: the ORM the build and settings name first stays the data layer.
    backend = by_folder(write(tmp_path, _tree(daos=6, entities=6)))["."]
    assert _data_layer(backend) == "JPA / Hibernate"
