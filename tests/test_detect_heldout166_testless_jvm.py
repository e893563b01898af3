"""JVM: a test framework declared in a repository with no test is no test (sets 164, 166, #19).

A Spring Boot service keeps Initializr's `spring-boot-starter-test` in its `pom.xml`, but the
repository has no `src/test` and no test class anywhere: the build's test task runs nothing and
the project has no test framework (`testless_jvm`, the JVM reading of `testless_pytest`). A test
class anywhere, a test folder with anything in it, or a JavaScript test keeps the framework; a
CI step running `mvn verify` does not (every JVM build runs one)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.2.2</version>
  </parent>
  <groupId>org.example</groupId>
  <artifactId>clinic</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-test</artifactId>
      <scope>test</scope>
    </dependency>
  </dependencies>
</project>
"""

_APP = """package org.example.clinic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
"""

_MAIN = "src/main/java/org/example/clinic"


def _clinic() -> dict[str, str]:
    return {
        "pom.xml": _POM,
        f"{_MAIN}/Application.java": _APP,
        # A domain class whose name holds "Test" is no test class.
        f"{_MAIN}/LabTestMaster.java": "package org.example.clinic;\n\nclass LabTestMaster {}\n",
        ".github/workflows/build.yml": "jobs:\n  build:\n    steps:\n      - run: mvn -B verify\n",
    }


def test_a_declared_junit_with_no_test_is_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _clinic()))
    assert first(found["."], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["."], K.TEST) == ("", "")


def test_a_test_class_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: one test class, wherever it is kept.
    files = _clinic()
    files["it/ApplicationIT.java"] = "class ApplicationIT {}\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "JUnit"


def test_a_test_source_set_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: `src/test` holding a helper (no `*Test.java` yet) is a suite's folder.
    files = _clinic()
    files["src/test/java/org/example/clinic/Fixtures.java"] = "class Fixtures {}\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "JUnit"


def test_a_javascript_test_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: a repository with tests in any of its languages is not testless.
    files = _clinic()
    files["web/src/app.test.js"] = "test('renders', () => {});\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "JUnit"
