"""Gradle: a project the settings file includes only in a commented-out line is no backend
(set 273, #19).

A Micronaut service's repository keeps, beside the application's project (`app/`), a second
project (`acme-core/`) with a full application build file (the Micronaut application plugin,
Micronaut Data, the PostgreSQL driver) and a placeholder class, which the root settings file
includes only in a comment (`// include 'acme-core'`). Gradle builds a project only through
the settings of its build, so nothing builds it: it is no backend, as a Maven module listed
only inside an XML comment is not (`nonservices.is_unbuilt`). A live include keeps it, and a
comment naming another project changes nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = (
    "plugins {\n"
    '    id("io.micronaut.application") version "4.4.0"\n'
    "}\n\n"
    "micronaut {\n    runtime(\"netty\")\n    testRuntime(\"junit5\")\n}\n\n"
    "dependencies {\n"
    '    annotationProcessor("io.micronaut.data:micronaut-data-processor")\n'
    '    implementation("io.micronaut.data:micronaut-data-r2dbc")\n'
    '    runtimeOnly("org.postgresql:r2dbc-postgresql")\n'
    '    testImplementation("io.micronaut.test:micronaut-test-junit5")\n'
    "}\n"
)

_MAIN = (
    "package org.acme;\n\nimport io.micronaut.runtime.Micronaut;\n\n"
    "public class Application {\n"
    "    public static void main(String[] args) {\n"
    "        Micronaut.run(Application.class, args);\n    }\n}\n"
)


def _repo(settings: str) -> dict[str, str]:
    return {
        "settings.gradle": settings,
        "gradle.properties": "micronautVersion=4.4.0\n",
        "build.gradle": "tasks.register('docs') {\n    dependsOn ':app:generateDocs'\n}\n",
        "app/build.gradle": _BUILD + "\napplication {\n    mainClass = 'org.acme.Application'\n}\n",
        "app/src/main/java/org/acme/Application.java": _MAIN,
        "acme-core/build.gradle": _BUILD,
        "acme-core/src/main/java/org/acme/utils/Placeholder.java": (
            "package org.acme.utils;\n\npublic class Placeholder {\n}\n"
        ),
    }


def test_a_commented_out_include_builds_no_backend(tmp_path: Path) -> None:
    settings = "rootProject.name = 'acme'\ninclude 'app'\n// include 'acme-core'\n"
    found = by_folder(write(tmp_path, _repo(settings)))
    assert sorted(found) == ["app"]
    assert first(found["app"], K.FRAMEWORK)[0] == "Micronaut"


def test_a_live_include_keeps_the_project(tmp_path: Path) -> None:
    # Counter-case: the same project, included.
    settings = "rootProject.name = 'acme'\ninclude 'app'\ninclude 'acme-core'\n"
    found = by_folder(write(tmp_path, _repo(settings)))
    assert "acme-core" in found


def test_a_comment_naming_another_project_changes_nothing(tmp_path: Path) -> None:
    # Counter-case: the commented line is about a project that is not this one.
    settings = (
        "rootProject.name = 'acme'\ninclude 'app', 'acme-core'\n// include 'acme-legacy'\n"
    )
    found = by_folder(write(tmp_path, _repo(settings)))
    assert "acme-core" in found
