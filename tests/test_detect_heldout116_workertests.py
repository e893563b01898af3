"""A worker module declaring no test of its own among services that do (held-out set 116,
benchmarks/detect_heldout116.yaml, #19): a Gradle build of Javalin modules, each listing its own
test dependencies, whose worker's build lists only run-time ones and which holds no test
source. The library modules' tests fold into the services declaring tests, not into the
worker: its test is none. Where the tests are declared once for every module (a root
`subprojects {}` block), or no service declares its own, every service keeps them."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_JUNIT = "  testImplementation 'org.junit.jupiter:junit-jupiter:5.10.0'\n"


def _service(name: str, tests: bool) -> dict[str, str]:
    build = (
        "plugins {\n  id 'java'\n  id 'application'\n}\n\n"
        f"application {{\n  mainClass = 'org.example.{name}.Main'\n}}\n\n"
        "dependencies {\n  implementation project(':lib')\n"
        "  implementation 'io.javalin:javalin:5.6.3'\n"
        "  implementation 'org.postgresql:postgresql:42.6.1'\n"
        "  implementation 'com.zaxxer:HikariCP:5.0.1'\n" + (_JUNIT if tests else "") + "}\n"
    )
    main = (
        f"package org.example.{name};\n\nimport io.javalin.Javalin;\n\n"
        "public final class Main {\n  public static void main(String[] args) {\n"
        '    Javalin.create().get("/health", ctx -> ctx.result("ok")).start(8080);\n  }\n}\n'
    )
    return {
        f"{name}/build.gradle": build,
        f"{name}/src/main/java/org/example/{name}/Main.java": main,
    }


_LIB = {
    "lib/build.gradle": "plugins {\n  id 'java-library'\n}\n\ndependencies {\n" + _JUNIT + "}\n",
    "lib/src/main/java/org/example/lib/Plan.java": (
        "package org.example.lib;\n\npublic final class Plan {}\n"
    ),
    "lib/src/test/java/org/example/lib/PlanTest.java": (
        "package org.example.lib;\n\nimport org.junit.jupiter.api.Test;\n\n"
        "class PlanTest {\n  @Test\n  void plans() {}\n}\n"
    ),
}
_SETTINGS = {"settings.gradle": "include 'lib'\ninclude 'server'\ninclude 'worker'\n"}


def _tests(tmp_path: Path, tree: dict[str, str]) -> dict[str, str]:
    return {f: first(b, K.TEST)[0] for f, b in by_folder(write(tmp_path, tree)).items()}


def test_a_worker_declaring_no_test_among_services_that_do_has_none(tmp_path: Path) -> None:
    tree = {**_SETTINGS, **_LIB, **_service("server", True), **_service("worker", False)}
    tests = _tests(tmp_path, tree)
    assert tests["server"] == "JUnit"
    assert tests["worker"] == ""


def test_tests_declared_once_for_every_module_reach_the_worker(tmp_path: Path) -> None:
    # Counter-case: the root gives every module JUnit; no service declares its own.
    root = {"build.gradle": "subprojects {\n  apply plugin: 'java'\n  dependencies {\n"
            + _JUNIT + "  }\n}\n"}
    tree = {**_SETTINGS, **root, **_LIB, **_service("server", False),
            **_service("worker", False)}
    tests = _tests(tmp_path, tree)
    assert tests["server"] == "JUnit"
    assert tests["worker"] == "JUnit"


def test_library_tests_reach_every_service_when_none_declares_its_own(tmp_path: Path) -> None:
    # Counter-case: the tests live in the library only; nothing says which service is tested.
    tree = {**_SETTINGS, **_LIB, **_service("server", False), **_service("worker", False)}
    tests = _tests(tmp_path, tree)
    assert tests["server"] == "JUnit"
    assert tests["worker"] == "JUnit"
