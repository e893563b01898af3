"""Test-framework gaps the fiftieth held-out set showed (benchmarks/detect_heldout50.yaml), each
as a small fixture of the real files' shape (#19): a Gradle build declaring JUnit and Spock whose
tests are JUnit classes beside a single Spock specification; a Play 2.3 application in Java
(`javaEbean`, JUnit test classes) built by sbt."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GRADLE = """buildscript {
    ext { springBootVersion = '1.5.9.RELEASE' }
}
apply plugin: 'java'
apply plugin: 'groovy'
apply plugin: 'org.springframework.boot'

dependencies {
    compile "org.springframework.boot:spring-boot-starter-web:$springBootVersion"
    testCompile "junit:junit:4.12"
    testCompile group: 'org.spockframework', name: 'spock-core', version: '1.1-groovy-2.4'
    testCompile group: 'org.spockframework', name: 'spock-spring', version: '1.1-groovy-2.4'
    testCompile "org.springframework.boot:spring-boot-starter-test:$springBootVersion"
}
"""

_JUNIT = """package api;

import org.junit.Test;

import static org.assertj.core.api.Assertions.assertThat;

public class {name}Test {{
    @Test
    public void works() {{
        assertThat(1).isEqualTo(1);
    }}
}}
"""

_SPEC = """package api

import spock.lang.Specification

class FinancialServiceSpec extends Specification {
    def "adds"() {
        expect:
        1 + 1 == 2
    }
}
"""


def _tree(junit_classes: int, specs: int) -> dict[str, str]:
    files = {
        "build.gradle": _GRADLE,
        "settings.gradle": "rootProject.name = 'income-api'\n",
        "src/main/java/api/Application.java": (
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class Application {}\n"
        ),
    }
    for i in range(junit_classes):
        files[f"src/test/java/api/Case{i}Test.java"] = _JUNIT.format(name=f"Case{i}")
    for i in range(specs):
        files[f"src/test/groovy/api/Service{i}Spec.groovy"] = _SPEC
    return files


def test_one_spock_spec_among_junit_classes_leaves_junit_main(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(junit_classes=8, specs=1)))["."]
    assert first(backend, K.TEST)[0] == "JUnit"


def test_spock_specifications_keep_spock_main(tmp_path: Path) -> None:
    """Where the specifications are the tests, Spock stays the main tool (JUnit its runner)."""
    backend = by_folder(write(tmp_path, _tree(junit_classes=1, specs=8)))["."]
    assert first(backend, K.TEST)[0] == "Spock"


_PLAY_JAVA_SBT = """name := \"\"\"forge\"\"\"

libraryDependencies ++= Seq(
  // Add your project dependencies here,
  javaCore,
  javaJdbc,
  javaEbean,
  javaWs,
  cache,
  "org.mariadb.jdbc" % "mariadb-java-client" % "1.5.5",
  "org.mockito" % "mockito-all" % "1.10.19" % "test"
)
"""


def test_play_java_keys_bring_ebean_and_junit_tests(tmp_path: Path) -> None:
    """A Play 2.3 application in Java: Play's `javaEbean` key brings Ebean, and its Java test
    classes import JUnit (which Play's plugin adds to the build)."""
    files = {
        "build.sbt": _PLAY_JAVA_SBT,
        "project/plugins.sbt": 'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.3.10")\n',
        "app/controllers/Application.java": (
            "package controllers;\n\nimport play.mvc.*;\n\n"
            "public class Application extends Controller {}\n"
        ),
        "app/models/Project.java": (
            "package models;\n\nimport play.db.ebean.Model;\n\n"
            "public class Project extends Model {}\n"
        ),
        "test/controllers/ApplicationTest.java": (
            "package controllers;\n\nimport org.junit.Test;\n\n"
            "public class ApplicationTest {\n    @Test\n    public void index() {}\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Play", "2.3.10")
    assert first(backend, K.ORM)[0] == "Ebean"
    assert first(backend, K.DATABASE)[0] == "MariaDB"
    assert first(backend, K.TEST)[0] == "JUnit"
