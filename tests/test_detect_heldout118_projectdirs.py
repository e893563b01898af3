"""Gradle project references resolved through the names a build's settings give its projects,
as the hundred-and-eighteenth held-out set showed (benchmarks/detect_heldout118.yaml, #19): a
settings file includes each project under a name of its own and moves it to a folder of
another name, by `project(":x").projectDir = file("dir")` (Kotlin or Groovy, `new
File(rootDir, …)` too), by a rename (`project(":x").name = "y"`), or from a table of
`name=folder` lines in a `.properties` file it names (`loadProjects("gradle/projects.properties")`).
An application's `implementation(project(":acme-store"))` then reaches the module in
`storage/jdbc`, whose data layer is the application's. A properties file whose values are
not all folders holding a build file is no such table."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems.gradle_project_dirs import project_dirs, tables
from designer.model.stack import FindingKind as K

_BOOT = 'id("org.springframework.boot") version "3.3.5"\n'


def _app(*projects: str) -> str:
    uses = "".join(f'  implementation(project(":{p}"))\n' for p in projects)
    return (
        f"plugins {{\n  java\n  {_BOOT}}}\n\ndependencies {{\n"
        '  implementation("org.springframework.boot:spring-boot-starter-web")\n'
        f"{uses}}}\n"
    )


def _main(package: str) -> str:
    return (
        f"package {package};\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class App {\n"
        "  public static void main(String[] args) {\n"
        "    SpringApplication.run(App.class, args);\n  }\n}\n"
    )


_STORE = (
    "plugins {\n  `java-library`\n}\n\ndependencies {\n"
    '  implementation("org.jooq:jooq:3.19.1")\n'
    '  runtimeOnly("org.postgresql:postgresql:42.7.3")\n}\n'
)

_SETTINGS = (
    'rootProject.name = "acme"\n\n'
    "fun loadProjects(file: String) =\n"
    "  java.util.Properties().apply { file(file).reader().use { load(it) } }\n"
    "    .forEach { name, dir -> include(name as String); "
    'project(":$name").projectDir = file(dir as String) }\n\n'
    'loadProjects("gradle/projects.properties")\n'
)

_TREE = {
    "settings.gradle.kts": _SETTINGS,
    "gradle/projects.properties": (
        "# the projects\nacme-api=apps/api\nacme-admin=apps/admin\nacme-store=libs/jdbc\n"
    ),
    "apps/api/build.gradle.kts": _app("acme-store"),
    "apps/api/src/main/java/org/acme/api/App.java": _main("org.acme.api"),
    "apps/admin/build.gradle.kts": _app(),
    "apps/admin/src/main/java/org/acme/admin/App.java": _main("org.acme.admin"),
    "libs/jdbc/build.gradle.kts": _STORE,
}


def test_a_project_named_by_a_properties_table_lends_its_data_to_its_user(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _TREE))
    assert first(found["apps/api"], K.ORM)[0] == "jOOQ" or first(found["apps/api"], K.QUERY)[
        0
    ] == "jOOQ"
    assert first(found["apps/api"], K.DATABASE)[0] == "PostgreSQL"
    # Counter-case: the application not referencing the store keeps no data.
    assert first(found["apps/admin"], K.DATABASE) == ("", "")


def test_a_properties_file_of_other_values_is_no_table_of_projects(tmp_path: Path) -> None:
    """Counter-case: one value is no folder holding a build file (a version, a flag): the
    file is not a table of projects, and `:acme-store` reaches nothing."""
    tree = dict(_TREE)
    tree["gradle/projects.properties"] += "sparkVersions=3.5\n"
    found = by_folder(write(tmp_path, tree))
    assert first(found["apps/api"], K.DATABASE) == ("", "")


def test_a_table_the_settings_do_not_name_names_no_project(tmp_path: Path) -> None:
    """Counter-case: a properties file lying beside the build, never named by its settings."""
    tree = dict(_TREE)
    tree["settings.gradle.kts"] = 'rootProject.name = "acme"\n'
    found = by_folder(write(tmp_path, tree))
    assert first(found["apps/api"], K.DATABASE) == ("", "")


def test_settings_move_and_rename_projects() -> None:
    kotlin = (
        'include(":acme-store", ":web")\n'
        'project(":acme-store").projectDir = file("libs/jdbc")\n'
        "project(':legacy').projectDir = new File(rootDir, 'old/legacy')\n"
        'project(":tools").projectDir = file("$rootDir/build-tools/tools")\n'
        'project(":web").name = "acme-web"\n'
        'project(":gen").projectDir = file(someDir)\n'
    )
    dirs = project_dirs(kotlin, [":acme-store", ":web"])
    assert dirs[":acme-store"] == "libs/jdbc"
    assert dirs[":legacy"] == "old/legacy"
    assert dirs[":tools"] == "build-tools/tools"
    assert dirs[":acme-web"] == "web" and ":web" not in dirs
    # Counter-case: a folder built from a variable is not guessed.
    assert ":gen" not in dirs
    assert tables('loadProjects("gradle/projects.properties")\n') == ["gradle/projects.properties"]


def test_an_included_project_keeps_its_folder_path() -> None:
    """Counter-case: with no assignment, `include("a:b")` is folder `a/b`, path `:a:b`."""
    assert project_dirs('include("a:b")\n', ["a:b"]) == {":a:b": "a/b"}
