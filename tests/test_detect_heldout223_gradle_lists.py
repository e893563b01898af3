"""JVM: a Gradle configuration given its coordinates one a line is read whole (set 223, #19).

A Spring Boot dashboard's API declares its dependencies as Groovy calls spread over lines:
`implementation (` then `'org.springframework.boot:spring-boot-starter-web',` and
`'org.springframework.boot:spring-boot-starter-data-mongodb',` on the lines below, the test
ones likewise under `testImplementation (`. Each coordinate is declared under its
configuration (`jvm._GRADLE_DEP_LIST`): data Spring Data MongoDB, engine MongoDB, and what the
test list names stays the tests'. A manifest's `attributes (` list names no dependency."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """buildscript {
    ext.springBootVersion = '2.3.3.RELEASE'
    dependencies {
        classpath "org.springframework.boot:spring-boot-gradle-plugin:${springBootVersion}"
    }
}

apply plugin: 'java'
apply plugin: 'org.springframework.boot'
apply plugin: 'io.spring.dependency-management'

jar {
    manifest {
        attributes (
            'Main-Class': 'org.acme.DashboardApplication',
            'Implementation-Title': 'dashboard'
        )
    }
}

dependencies {
    implementation (
        'org.springframework.boot:spring-boot-starter-web',
        'org.springframework.boot:spring-boot-starter-data-mongodb',
        'org.springframework.boot:spring-boot-starter-actuator'
    )

    testImplementation  (
        'org.springframework.boot:spring-boot-starter-test',
        'com.h2database:h2:1.4.200'
    )
}
"""

_MAIN = (
    "package org.acme;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class DashboardApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(DashboardApplication.class, args);\n    }\n}\n"
)


def test_coordinates_one_a_line_are_declared(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {
        "api/build.gradle": _BUILD,
        "api/src/main/java/org/acme/DashboardApplication.java": _MAIN,
    }))
    api = found["api"]
    assert first(api, K.FRAMEWORK) == ("Spring Boot", "2.3.3.RELEASE")
    assert first(api, K.ORM)[0] == "Spring Data MongoDB"
    # The test list's H2 stays the tests': the engine is the application's MongoDB.
    assert first(api, K.DATABASE)[0] == "MongoDB"


def test_a_list_without_a_data_starter_names_no_store(tmp_path: Path) -> None:
    # Counter-case: the same shape naming web starters only, H2 among the tests' coordinates.
    build = _BUILD.replace(
        "        'org.springframework.boot:spring-boot-starter-data-mongodb',\n", ""
    )
    found = by_folder(write(tmp_path, {
        "api/build.gradle": build,
        "api/src/main/java/org/acme/DashboardApplication.java": _MAIN,
    }))
    api = found["api"]
    assert first(api, K.FRAMEWORK)[0] == "Spring Boot"
    assert first(api, K.ORM) == ("", "")
    assert first(api, K.DATABASE) == ("", "")
