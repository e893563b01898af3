"""Held-out set 161 (#19): a Maven reactor of Spring Boot services beside library modules with
tests of their own. One service holds its tests (`src/test/java`), another none: its pom
declares JUnit and the test starter, but the JUnit found for it is only the library's tests of
itself, folded in with the library. That service has no test framework. Where it holds a test
of its own, or where no service holds any (the tests kept in the libraries for all), the
JUnit stays.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.jvm_untested_services import _in_test_set
from designer.model.stack import FindingKind as K

_PARENT = """  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>1.4.1.RELEASE</version>
  </parent>"""


def _dep(group: str, artifact: str, scope: str = "") -> str:
    tail = f"<scope>{scope}</scope>" if scope else ""
    return (
        f"    <dependency><groupId>{group}</groupId>"
        f"<artifactId>{artifact}</artifactId>{tail}</dependency>"
    )


def _pom(artifact: str, *dependencies: str) -> str:
    joined = "\n".join(dependencies)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
{_PARENT}
  <groupId>org.example.catalog</groupId>
  <artifactId>{artifact}</artifactId>
  <dependencies>
{joined}
  </dependencies>
</project>
"""


_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example.catalog</groupId>
  <artifactId>catalog</artifactId>
  <packaging>pom</packaging>
  <modules>
    <module>core/catalog-lang</module>
    <module>web/curation</module>
    <module>web/diagram</module>
  </modules>
</project>
"""


def _app(package: str, name: str) -> str:
    return (
        f"package {package};\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        f"@SpringBootApplication\npublic class {name} {{\n"
        "    public static void main(String[] args) {\n"
        f"        SpringApplication.run({name}.class, args);\n    }}\n"
        "}\n"
    )


def _controller(package: str) -> str:
    return (
        f"package {package};\n\n"
        "import org.springframework.web.bind.annotation.GetMapping;\n"
        "import org.springframework.web.bind.annotation.RestController;\n\n"
        "@RestController\npublic class HomeController {\n"
        '    @GetMapping("/") public String home() { return "ok"; }\n}\n'
    )


def _test(package: str, name: str) -> str:
    return (
        f"package {package};\n\nimport org.junit.Test;\n\n"
        f"public class {name} {{\n    @Test public void works() {{ }}\n}}\n"
    )


def _tree(root: Path, *, curation_tests: bool = True, diagram_tests: bool = False) -> Path:
    boot = "org.springframework.boot"
    web = _dep(boot, "spring-boot-starter-web")
    junit = _dep("junit", "junit", "test")
    starter_test = _dep(boot, "spring-boot-starter-test", "test")
    lang = _dep("org.example.catalog", "catalog-lang")
    files = {
        "pom.xml": _ROOT,
        "core/catalog-lang/pom.xml": _pom("catalog-lang", junit),
        "core/catalog-lang/src/main/java/org/example/lang/Filter.java": (
            "package org.example.lang;\n\npublic class Filter { }\n"
        ),
        "core/catalog-lang/src/test/java/org/example/lang/FilterTest.java": _test(
            "org.example.lang", "FilterTest"
        ),
        "web/curation/pom.xml": _pom("curation", web, lang, starter_test, junit),
        "web/curation/src/main/java/org/example/curation/CurationApplication.java": _app(
            "org.example.curation", "CurationApplication"
        ),
        "web/curation/src/main/java/org/example/curation/HomeController.java": _controller(
            "org.example.curation"
        ),
        "web/diagram/pom.xml": _pom("diagram", web, lang, starter_test, junit),
        "web/diagram/src/main/java/org/example/diagram/DiagramApplication.java": _app(
            "org.example.diagram", "DiagramApplication"
        ),
        "web/diagram/src/main/java/org/example/diagram/HomeController.java": _controller(
            "org.example.diagram"
        ),
        "web/diagram/src/test/resources/logback-test.xml": "<configuration/>\n",
    }
    if curation_tests:
        files["web/curation/src/test/java/org/example/curation/HomeControllerTest.java"] = _test(
            "org.example.curation", "HomeControllerTest"
        )
    if diagram_tests:
        files["web/diagram/src/test/java/org/example/diagram/HomeControllerTest.java"] = _test(
            "org.example.diagram", "HomeControllerTest"
        )
    return write(root, files)


def test_a_service_without_tests_of_its_own_has_none(tmp_path: Path) -> None:
    found = by_folder(_tree(tmp_path))
    assert first(found["web/curation"], K.TEST)[0] == "JUnit"
    assert first(found["web/diagram"], K.TEST) == ("", "")


def test_a_service_with_a_test_of_its_own_keeps_junit(tmp_path: Path) -> None:
    found = by_folder(_tree(tmp_path, diagram_tests=True))
    assert first(found["web/diagram"], K.TEST)[0] == "JUnit"


def test_where_no_service_holds_tests_the_libraries_tests_stay(tmp_path: Path) -> None:
    # Counter-case: no service holds a test; the library's suite is the one the build runs.
    found = by_folder(_tree(tmp_path, curation_tests=False))
    assert first(found["web/diagram"], K.TEST)[0] == "JUnit"


def test_test_sets_are_every_source_set_but_main() -> None:
    assert _in_test_set("core/lang/src/test/java/a/ATest.java")
    assert _in_test_set("app/src/integrationTest/kotlin/a/AIT.kt")
    assert not _in_test_set("core/lang/src/main/java/a/A.java")
    assert not _in_test_set("core/lang/pom.xml")
