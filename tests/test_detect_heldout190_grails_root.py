"""Groovy: a Grails application at the root beside an old release's build file (set 190, #19).

A Grails 6 application at the root (a single-project build: its settings file includes
nothing) starts in `grails-app/init/…/Application.groovy` through `GrailsApp.run`, and its
build appends every version to the coordinates (`'org.grails.plugins:hibernate5:' +
gormVersion`, the properties in gradle.properties, `grailsVersion` the release the generator
wrote). Below it, `legacy/grails3/` keeps a Grails 3 build file and its configuration scripts,
no code: Gradle builds no such folder (the root's settings do not include it), so the root is
the application, not the root of a build over it. A nested project holding code, or one with a
settings file of its own, is left alone."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT_BUILD = (
    "buildscript {\n    dependencies {\n"
    "        classpath 'org.grails:grails-gradle-plugin:' + grailsGradlePluginVersion\n"
    "    }\n}\n\napply plugin: 'war'\napply plugin: 'org.grails.grails-web'\n\n"
    "dependencies {\n    implementation 'org.grails:grails-core'\n"
    "    implementation 'org.grails:grails-web-boot'\n"
    "    implementation 'org.grails.plugins:hibernate5:' + gormVersion\n"
    "    runtimeOnly 'org.postgresql:postgresql:' + postgresqlVersion\n}\n"
)

_OLD_BUILD = (
    "buildscript {\n    dependencies {\n"
    '        classpath "org.grails:grails-gradle-plugin:$grailsVersion"\n    }\n}\n\n'
    "apply plugin:'war'\napply plugin:'org.grails.grails-web'\n\n"
    "dependencies {\n    compile 'org.grails:grails-core'\n"
    "    compile 'org.grails.plugins:hibernate5'\n}\n"
)


def _app(settings: str = "rootProject.name = 'registry'\n") -> dict[str, str]:
    return {
        "settings.gradle": settings,
        "gradle.properties": (
            "grailsVersion=6.2.3\ngrailsGradlePluginVersion=6.2.4\ngormVersion=8.1.1\n"
            "postgresqlVersion=42.7.7\n"
        ),
        "build.gradle": _ROOT_BUILD,
        "grails-app/init/org/acme/Application.groovy": (
            "package org.acme\n\nimport grails.boot.GrailsApp\n"
            "import grails.boot.config.GrailsAutoConfiguration\n\n"
            "class Application extends GrailsAutoConfiguration {\n"
            "    static void main(String[] args) {\n"
            "        GrailsApp.run(Application, args)\n    }\n}\n"
        ),
        "grails-app/controllers/org/acme/OrgController.groovy": (
            "package org.acme\n\nclass OrgController {\n    def index() {}\n}\n"
        ),
        "grails-app/conf/application.yml": (
            "dataSource:\n    driverClassName: org.postgresql.Driver\n"
            "    url: jdbc:postgresql://localhost:5432/registry\n"
        ),
        "legacy/grails3/build.gradle": _OLD_BUILD,
        "legacy/grails3/grails-app/conf/application.groovy": "grails.gorm.failOnError = true\n",
        "legacy/grails3/grails-app/conf/spring/resources.groovy": "beans = {\n}\n",
    }


def test_the_root_application_and_no_old_build(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app()))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK) == ("Grails", "6.2.3")
    assert first(found["."], K.ORM) == ("GORM", "8.1.1")


def test_a_nested_project_with_code_stays(tmp_path: Path) -> None:
    # Counter-case: code of its own below the old build file: not marked as built by nothing.
    files = _app()
    files["legacy/grails3/grails-app/controllers/org/acme/OldController.groovy"] = (
        "package org.acme\n\nclass OldController {\n    def index() {}\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert "legacy/grails3" in found


def test_a_nested_build_of_its_own_stays(tmp_path: Path) -> None:
    # Counter-case: a settings file of its own makes the folder a build Gradle runs.
    files = _app()
    files["legacy/grails3/settings.gradle"] = "rootProject.name = 'registry-old'\n"
    found = by_folder(write(tmp_path, files))
    assert "legacy/grails3" in found
