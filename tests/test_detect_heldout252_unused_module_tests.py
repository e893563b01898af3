"""JVM: a Maven module's declared tests when the build's only test is an unrelated library's
(set 252, #19).

A Maven reactor's services each declare `spring-boot-starter-test` and `junit`, none has a
`src/test`, and the build's one test class is a library module's own (`excel-writer`'s
`src/test`, beside the build's shared web module). Surefire runs that test against the
library: a service that neither depends on the library nor is depended on by it has no test
framework (`unused_module_tests`), and the library's test is not lent it by nearness. A
service using the library keeps its declaration, as does one with a test module of the build
depending on it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PARENT = (
    '<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.acme</groupId>\n'
    "  <artifactId>registry</artifactId>\n  <version>1.0</version>\n"
    "  <packaging>pom</packaging>\n  <parent>\n"
    "    <groupId>org.springframework.boot</groupId>\n"
    "    <artifactId>spring-boot-starter-parent</artifactId>\n"
    "    <version>3.2.1</version>\n  </parent>\n  <modules>\n"
    "    <module>common</module>\n    <module>portal/portal-api</module>\n"
    "    <module>records/records-api</module>\n  </modules>\n</project>\n"
)


def _service(name: str, extra: str = "") -> str:
    return (
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
        "    <groupId>org.acme</groupId>\n    <artifactId>registry</artifactId>\n"
        f"    <version>1.0</version>\n  </parent>\n  <artifactId>{name}</artifactId>\n"
        "  <dependencies>\n    <dependency>\n"
        "      <groupId>org.springframework.boot</groupId>\n"
        "      <artifactId>spring-boot-starter-web</artifactId>\n    </dependency>\n"
        "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
        "      <artifactId>spring-boot-starter-data-jpa</artifactId>\n    </dependency>\n"
        "    <dependency>\n      <groupId>org.postgresql</groupId>\n"
        "      <artifactId>postgresql</artifactId>\n    </dependency>\n"
        "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
        "      <artifactId>spring-boot-starter-test</artifactId>\n"
        "      <scope>test</scope>\n    </dependency>\n"
        "    <dependency>\n      <groupId>junit</groupId>\n      <artifactId>junit</artifactId>\n"
        "      <version>4.12</version>\n      <scope>test</scope>\n    </dependency>\n"
        f"{extra}  </dependencies>\n</project>\n"
    )


_USES_WRITER = (
    "    <dependency>\n      <groupId>org.acme</groupId>\n"
    "      <artifactId>excel-writer</artifactId>\n      <version>1.0</version>\n"
    "    </dependency>\n"
)

_WRITER = (
    "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
    "    <groupId>org.acme</groupId>\n    <artifactId>common</artifactId>\n"
    "    <version>1.0</version>\n    <relativePath>../pom.xml</relativePath>\n  </parent>\n"
    "  <artifactId>excel-writer</artifactId>\n  <dependencies>\n"
    "    <dependency>\n      <groupId>org.apache.poi</groupId>\n"
    "      <artifactId>poi-ooxml</artifactId>\n      <version>5.2.5</version>\n"
    "    </dependency>\n    <dependency>\n      <groupId>junit</groupId>\n"
    "      <artifactId>junit</artifactId>\n      <version>4.12</version>\n"
    "      <scope>test</scope>\n    </dependency>\n  </dependencies>\n</project>\n"
)


_COMMON = (
    "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
    "    <groupId>org.acme</groupId>\n    <artifactId>registry</artifactId>\n"
    "    <version>1.0</version>\n  </parent>\n  <artifactId>common</artifactId>\n"
    "  <packaging>pom</packaging>\n  <modules>\n    <module>common-web</module>\n"
    "    <module>excel-writer</module>\n  </modules>\n</project>\n"
)

_COMMON_WEB = (
    "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
    "    <groupId>org.acme</groupId>\n    <artifactId>common</artifactId>\n"
    "    <version>1.0</version>\n    <relativePath>../pom.xml</relativePath>\n  </parent>\n"
    "  <artifactId>common-web</artifactId>\n  <dependencies>\n"
    "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
    "      <artifactId>spring-boot-starter-web</artifactId>\n    </dependency>\n"
    "  </dependencies>\n</project>\n"
)


def _app(package: str, name: str) -> str:
    return (
        f"package org.acme.{package};\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        f"@SpringBootApplication\npublic class {name} {{\n"
        "    public static void main(String[] args) {\n"
        f"        SpringApplication.run({name}.class, args);\n    }}\n}}\n"
    )


def _reactor(records_extra: str = "") -> dict[str, str]:
    return {
        "pom.xml": _PARENT,
        "portal/portal-api/pom.xml": _service("portal-api"),
        "portal/portal-api/src/main/java/org/acme/portal/PortalApplication.java": _app(
            "portal", "PortalApplication"
        ),
        "records/records-api/pom.xml": _service("records-api", records_extra),
        "records/records-api/src/main/java/org/acme/records/RecordsApplication.java": _app(
            "records", "RecordsApplication"
        ),
        # The shared web module beside the library (advice, filters): the library's nearest
        # Spring module, as in the set's reactor.
        "common/pom.xml": _COMMON,
        "common/common-web/pom.xml": _COMMON_WEB,
        "common/common-web/src/main/java/org/acme/web/CorsConfig.java": (
            "package org.acme.web;\n\n"
            "import org.springframework.context.annotation.Configuration;\n\n"
            "@Configuration\npublic class CorsConfig {}\n"
        ),
        "common/excel-writer/pom.xml": _WRITER,
        "common/excel-writer/src/main/java/org/acme/excel/ExcelWriter.java": (
            "package org.acme.excel;\n\npublic class ExcelWriter {}\n"
        ),
        "common/excel-writer/src/test/java/ExcelWriterTest.java": (
            "import org.junit.Assert;\nimport org.junit.Test;\n\npublic class ExcelWriterTest {\n"
            "    @Test\n    public void writes() {\n        Assert.assertTrue(true);\n    }\n}\n"
        ),
    }


def test_a_service_unrelated_to_the_tested_library_has_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _reactor()))
    assert first(found["portal/portal-api"], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["portal/portal-api"], K.TEST) == ("", "")
    assert first(found["records/records-api"], K.TEST) == ("", "")


def test_a_service_using_the_tested_library_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: the library's test tests code the service runs.
    found = by_folder(write(tmp_path, _reactor(_USES_WRITER)))
    assert first(found["records/records-api"], K.TEST)[0] == "JUnit"
    assert first(found["portal/portal-api"], K.TEST) == ("", "")


def test_a_test_module_depending_on_the_service_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: an integration-test module of the build naming the service.
    files = _reactor()
    files["portal/portal-it/pom.xml"] = _service("portal-it", (
        "    <dependency>\n      <groupId>org.acme</groupId>\n"
        "      <artifactId>portal-api</artifactId>\n      <version>1.0</version>\n"
        "    </dependency>\n"
    ))
    files["portal/portal-it/src/test/java/org/acme/it/PortalIT.java"] = (
        "package org.acme.it;\n\nimport org.junit.Test;\n\npublic class PortalIT {\n"
        "    @Test\n    public void starts() {}\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["portal/portal-api"], K.TEST)[0] == "JUnit"


def test_a_service_with_its_own_test_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: a test in the service's own folder.
    files = _reactor()
    files["portal/portal-api/src/test/java/org/acme/portal/PortalApplicationTests.java"] = (
        "package org.acme.portal;\n\nimport org.junit.jupiter.api.Test;\n"
        "import org.springframework.boot.test.context.SpringBootTest;\n\n"
        "@SpringBootTest\nclass PortalApplicationTests {\n    @Test\n    void loads() {}\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["portal/portal-api"], K.TEST)[0] == "JUnit"
