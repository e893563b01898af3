"""JVM: a client SDK module nothing of the build uses lends the service no tests (set 260, #19).

A Maven reactor holds the product's one Spring Boot application (`server/`, depending on the
build's library modules), those libraries, and a client SDK for the product's callers
(`sdk/`, with JUnit and its own `src/test` tests calling the deployed API). The server has no
test of its own. The SDK folds into the server by nearness, but nothing of the build depends on
it and it depends on nothing of the server's: its tests test the SDK, and the server has no test
framework. A module the server depends on, or a test module depending on the server, still
lends its tests."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _pom(artifact: str, dependencies: str = "", parent: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n'
        "    <modelVersion>4.0.0</modelVersion>\n"
        f"{parent}    <groupId>org.acme.pay</groupId>\n    <artifactId>{artifact}</artifactId>\n"
        f"    <version>1.0.0</version>\n    <dependencies>\n{dependencies}    </dependencies>\n"
        "</project>\n"
    )


def _dependency(artifact: str, group: str = "org.acme.pay", scope: str = "") -> str:
    scoped = f"            <scope>{scope}</scope>\n" if scope else ""
    return (
        f"        <dependency>\n            <groupId>{group}</groupId>\n"
        f"            <artifactId>{artifact}</artifactId>\n{scoped}        </dependency>\n"
    )


_BOOT_PARENT = (
    "    <parent>\n        <groupId>org.springframework.boot</groupId>\n"
    "        <artifactId>spring-boot-starter-parent</artifactId>\n"
    "        <version>3.5.4</version>\n    </parent>\n"
)

_SDK_TEST = (
    "package org.acme.pay.sdk;\n\nimport org.junit.Before;\nimport org.junit.Test;\n\n"
    "public class QueryOrderTest {\n    @Before\n    public void init() {}\n\n"
    "    @Test\n    public void query() {}\n}\n"
)


def _tree(server_uses_sdk: bool = False) -> dict[str, str]:
    server_deps = _dependency("spring-boot-starter-web", "org.springframework.boot") + _dependency(
        "pay-core"
    )
    if server_uses_sdk:
        server_deps += _dependency("pay-sdk")
    return {
        "pom.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n'
            "    <groupId>org.acme.pay</groupId>\n"
            "    <artifactId>pay</artifactId>\n    <version>1.0.0</version>\n"
            "    <packaging>pom</packaging>\n    <modules>\n        <module>core</module>\n"
            "        <module>server</module>\n        <module>sdk</module>\n    </modules>\n"
            "</project>\n"
        ),
        "server/pom.xml": _pom("pay-server", server_deps, _BOOT_PARENT),
        "server/src/main/java/org/acme/pay/PayApplication.java": (
            "package org.acme.pay;\n\n"
            "import org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class PayApplication {\n"
            "    public static void main(String[] args) {\n"
            "        SpringApplication.run(PayApplication.class, args);\n    }\n}\n"
        ),
        "core/pom.xml": _pom("pay-core"),
        "core/src/main/java/org/acme/pay/core/Orders.java": (
            "package org.acme.pay.core;\n\npublic class Orders {}\n"
        ),
        "sdk/pom.xml": _pom("pay-sdk", _dependency("junit", "junit", "test")),
        "sdk/src/main/java/org/acme/pay/sdk/PayClient.java": (
            "package org.acme.pay.sdk;\n\npublic class PayClient {}\n"
        ),
        "sdk/src/test/java/org/acme/pay/sdk/QueryOrderTest.java": _SDK_TEST,
    }


def test_an_unused_sdk_lends_the_server_no_tests(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["server"], K.FRAMEWORK)[0] == "Spring Boot"
    assert "sdk" not in found
    assert first(found["server"], K.TEST) == ("", "")


def test_a_module_the_server_uses_lends_its_tests(tmp_path: Path) -> None:
    # Counter-case: the server depends on the module: its tests test code the server runs.
    found = by_folder(write(tmp_path, _tree(server_uses_sdk=True)))
    assert first(found["server"], K.TEST)[0] == "JUnit"


def test_a_test_module_depending_on_the_server_lends_its_tests(tmp_path: Path) -> None:
    # Counter-case: a module that depends on the server (its integration tests) tests it.
    files = _tree()
    files["sdk/pom.xml"] = _pom(
        "pay-sdk", _dependency("pay-server") + _dependency("junit", "junit", "test")
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["server"], K.TEST)[0] == "JUnit"


def test_a_module_naming_the_server_for_its_tests_lends_them(tmp_path: Path) -> None:
    # Counter-case: an end-to-end module naming the server in its test scope only.
    files = _tree()
    files["sdk/pom.xml"] = _pom(
        "pay-sdk",
        _dependency("pay-server", scope="test") + _dependency("junit", "junit", "test"),
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["server"], K.TEST)[0] == "JUnit"
