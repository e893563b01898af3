"""Held-out set 102 (#19): a Java/Kotlin compute service on Takes (`org.takes:takes`, declared
through a Gradle version catalogue), whose command serves its routes through `FtBasic` over a
`TkFork` of `FkRegex` routes, with no database.

Takes is a web framework like Javalin or Spark: a build requiring it for the application is a
backend on Takes at the version the build declares. A build that needs it only for its tests (a
stub server) is not, nor is an artifact named `takes` of another group.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SERVER = """package org.example.compute.cli;

import org.takes.Take;
import org.takes.facets.fork.FkRegex;
import org.takes.facets.fork.TkFork;
import org.takes.http.Exit;
import org.takes.http.FtBasic;

public final class ApiServerCommand {
    public static void main(String[] args) throws Exception {
        Take routes = new TkFork(new FkRegex("/pathfinding", new PathfindingEndpoint()));
        new FtBasic(routes, 8080).start(Exit.NEVER);
    }
}
"""

_CATALOG = """[versions]
kotlin = '2.0.20'

[libraries]
takes = { module = 'org.takes:takes', version = '1.24.4' } # MIT
junit-jupiter-api = { module = 'org.junit.jupiter:junit-jupiter-api', version = '5.11.+' }
other-takes = { module = 'org.example:takes', version = '2.0.0' }
"""


def _build(configuration: str, library: str = "libs.takes") -> str:
    return (
        "plugins {\n    id 'java'\n    id 'application'\n}\n\n"
        "dependencies {\n"
        f"    {configuration} {library}\n"
        "    testImplementation libs.junit.jupiter.api\n"
        "}\n"
    )


def _backends(tmp_path: Path, build: str) -> dict:
    files = {
        "build.gradle": build,
        "settings.gradle": "rootProject.name = 'compute'\n",
        "gradle/libs.versions.toml": _CATALOG,
        "src/main/java/org/example/compute/cli/ApiServerCommand.java": _SERVER,
    }
    return by_folder(write(tmp_path, files))


def test_takes_is_the_framework_at_the_catalogue_version(tmp_path: Path) -> None:
    backend = _backends(tmp_path, _build("implementation"))["."]
    assert first(backend, K.FRAMEWORK) == ("Takes", "1.24.4")
    assert first(backend, K.DATABASE) == ("", "")


def test_takes_for_the_tests_only_is_no_framework(tmp_path: Path) -> None:
    backend = _backends(tmp_path, _build("testImplementation")).get(".")
    assert backend is None or first(backend, K.FRAMEWORK)[0] != "Takes"


def test_an_artifact_named_takes_of_another_group_is_not_takes(tmp_path: Path) -> None:
    backend = _backends(tmp_path, _build("implementation", "libs.other.takes")).get(".")
    assert backend is None or first(backend, K.FRAMEWORK)[0] != "Takes"
