"""Gaps the 461st held-out set showed (#19), as small fixtures of the real files' shape: a
Spring Boot service whose only test file is the initializer's context test with its `@Test`
deleted has no test framework, nor has one whose only JUnit import is in a main source (a
controller importing `org.junit.runner.RunWith`). The same test with its `@Test`, or a real test
beside the controller, keeps JUnit."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>2.1.5.RELEASE</version>
  </parent>
  <groupId>com.acme</groupId>
  <artifactId>orders-ws</artifactId>
  <version>1.0</version>
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
    <dependency>
      <groupId>junit</groupId>
      <artifactId>junit</artifactId>
      <version>4.12</version>
    </dependency>
  </dependencies>
</project>
"""

_APP = (
    "package com.acme.ws;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class OrdersWsApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(OrdersWsApplication.class, args);\n    }\n}\n"
)

_CONTROLLER = (
    "package com.acme.ws.mns;\n\n"
    "import org.junit.runner.RunWith;\n"
    "import org.springframework.test.context.junit4.SpringRunner;\n"
    "import org.springframework.web.bind.annotation.RestController;\n\n"
    "@RunWith(SpringRunner.class)\n@RestController\npublic class MnsController {\n}\n"
)


def _stub(marked: bool) -> str:
    mark = "    @Test\n" if marked else ""
    imports = "import org.junit.jupiter.api.Test;\n" if marked else ""
    return (
        f"package com.acme.ws;\n\n{imports}"
        "import org.springframework.boot.test.context.SpringBootTest;\n\n"
        f"@SpringBootTest\nclass OrdersWsApplicationTests {{\n\n{mark}"
        "    void contextLoads() {\n    }\n\n}\n"
    )


_MAIN = "src/main/java/com/acme/ws"
_TEST = "src/test/java/com/acme/ws"


def _test(root: Path, files: dict[str, str]) -> tuple[str, str]:
    tree = {"pom.xml": _POM, f"{_MAIN}/OrdersWsApplication.java": _APP, **files}
    return first(by_folder(write(root, tree))["."], FindingKind.TEST)


def test_a_context_test_without_its_test_mark_is_no_suite(tmp_path: Path) -> None:
    assert _test(tmp_path, {f"{_TEST}/OrdersWsApplicationTests.java": _stub(False)}) == ("", "")


def test_the_context_test_with_its_mark_keeps_junit(tmp_path: Path) -> None:
    name = _test(tmp_path, {f"{_TEST}/OrdersWsApplicationTests.java": _stub(True)})[0]
    assert name == "JUnit"


def test_a_junit_import_in_a_main_source_is_no_suite(tmp_path: Path) -> None:
    assert _test(tmp_path, {f"{_MAIN}/mns/MnsController.java": _CONTROLLER}) == ("", "")


def test_a_main_source_import_beside_a_real_test_keeps_junit(tmp_path: Path) -> None:
    files = {
        f"{_MAIN}/mns/MnsController.java": _CONTROLLER,
        f"{_TEST}/OrdersWsApplicationTests.java": _stub(True),
    }
    assert _test(tmp_path, files)[0] == "JUnit"
