"""JVM: a reactor parent's declared tests for a service whose build's tests all test other
modules (set 426, #19).

A Maven reactor's root POM lists `spring-boot-starter-test` among its own `<dependencies>`,
so every module inherits it; the services hold no `src/test`, and the build's only JVM tests
are a data library's and another service's. Beside the build lie a Go CLI with its own
`go test` suites, a testing guide under `docs/development/testing/` and Helm chart unit tests
(`tests/*_test.yaml`): none is a test of the services' code. A service using neither the
tested library nor anything depending on it has no test framework (`unused_module_tests`), as
one declaring the starter in its own POM already had none; a service using the tested library
keeps JUnit (the library's tests test code it runs)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DEP = (
    "    <dependency>\n      <groupId>{group}</groupId>\n"
    "      <artifactId>{artifact}</artifactId>\n{extra}    </dependency>\n"
)


def _dep(artifact: str, group: str = "org.acme", extra: str = "") -> str:
    return _DEP.format(group=group, artifact=artifact, extra=extra)


_ROOT = (
    '<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.acme</groupId>\n'
    "  <artifactId>acme-parent</artifactId>\n  <version>1.0</version>\n"
    "  <packaging>pom</packaging>\n  <parent>\n"
    "    <groupId>org.springframework.boot</groupId>\n"
    "    <artifactId>spring-boot-starter-parent</artifactId>\n"
    "    <version>3.3.0</version>\n  </parent>\n  <modules>\n"
    "    <module>platform/libs/core</module>\n    <module>platform/libs/data</module>\n"
    "    <module>platform/services/config</module>\n"
    "    <module>platform/services/auth</module>\n"
    "    <module>platform/services/management</module>\n"
    "    <module>platform/services/client</module>\n  </modules>\n  <dependencies>\n"
    + _dep("spring-boot-starter-actuator", "org.springframework.boot")
    + _dep("spring-boot-starter-test", "org.springframework.boot", "      <scope>test</scope>\n")
    + "  </dependencies>\n</project>\n"
)


def _module(name: str, deps: str = "") -> str:
    return (
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
        "    <groupId>org.acme</groupId>\n    <artifactId>acme-parent</artifactId>\n"
        "    <version>1.0</version>\n    <relativePath>../../../pom.xml</relativePath>\n"
        f"  </parent>\n  <artifactId>{name}</artifactId>\n  <dependencies>\n{deps}"
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


def _controller(package: str) -> str:
    return (
        f"package org.acme.{package};\n\n"
        "import org.springframework.web.bind.annotation.GetMapping;\n"
        "import org.springframework.web.bind.annotation.RestController;\n\n"
        "@RestController\npublic class PingController {\n"
        '    @GetMapping("/ping")\n    public String ping() {\n        return "ok";\n    }\n}\n'
    )


def _test(package: str, name: str) -> str:
    return (
        f"package org.acme.{package};\n\nimport org.junit.jupiter.api.Test;\n\n"
        f"class {name} {{\n    @Test\n    void works() {{}}\n}}\n"
    )


_WEB = _dep("spring-boot-starter-web", "org.springframework.boot")
_MONGO = _dep("spring-boot-starter-data-mongodb", "org.springframework.boot")


def _service(files: dict[str, str], folder: str, name: str, deps: str) -> None:
    package = name.replace("-", "")
    base = f"platform/services/{folder}"
    files[f"{base}/pom.xml"] = _module(name, _WEB + deps)
    files[f"{base}/src/main/java/org/acme/{package}/App.java"] = _app(package, "App")
    files[f"{base}/src/main/java/org/acme/{package}/PingController.java"] = _controller(package)


def _reactor() -> dict[str, str]:
    files = {
        "pom.xml": _ROOT,
        "platform/libs/core/pom.xml": _module("acme-core"),
        "platform/libs/core/src/main/java/org/acme/core/Ids.java": (
            "package org.acme.core;\n\npublic class Ids {}\n"
        ),
        "platform/libs/data/pom.xml": _module("acme-data", _MONGO + _dep("acme-core")),
        "platform/libs/data/src/main/java/org/acme/data/Store.java": (
            "package org.acme.data;\n\npublic class Store {}\n"
        ),
        "platform/libs/data/src/test/java/org/acme/data/StoreTest.java": _test("data", "StoreTest"),
        # The product's CLI in Go, its tests run by `go test`.
        "cli/go.mod": "module example.org/acme/cli\n\ngo 1.22\n",
        "cli/main.go": 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("acme") }\n',
        "cli/main_test.go": 'package main\n\nimport "testing"\n\nfunc TestMain(t *testing.T) {}\n',
        "cli/tests/integration/install_test.go": (
            'package integration\n\nimport "testing"\n\nfunc TestInstall(t *testing.T) {}\n'
        ),
        "docs/development/testing/overview.md": "# Testing\n\nRun `mvn test`.\n",
        "deploy/charts/gateway/tests/ingress_test.yaml": (
            "suite: ingress\ntemplates:\n  - ingress.yaml\ntests:\n  - it: renders\n"
            "    asserts:\n      - isKind:\n          of: Ingress\n"
        ),
    }
    _service(files, "config", "acme-config", "")
    _service(files, "auth", "acme-auth", _MONGO + _dep("acme-core"))
    _service(files, "management", "acme-management", _dep("acme-data"))
    _service(files, "client", "acme-client", _MONGO)
    files["platform/services/client/src/test/java/org/acme/acmeclient/AppTest.java"] = _test(
        "acmeclient", "AppTest"
    )
    return files


def test_services_untouched_by_the_build_tests_have_none(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _reactor()))
    assert first(found["platform/services/config"], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["platform/services/config"], K.TEST) == ("", "")
    assert first(found["platform/services/auth"], K.TEST) == ("", "")


def test_a_service_using_the_tested_library_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: the data library's tests test code the service runs.
    found = by_folder(write(tmp_path, _reactor()))
    assert first(found["platform/services/management"], K.TEST)[0] == "JUnit"
    assert first(found["platform/services/client"], K.TEST)[0] == "JUnit"


def test_a_jvm_test_outside_the_modules_keeps_junit(tmp_path: Path) -> None:
    # Counter-case: a JVM test outside every module may test any of them.
    files = _reactor()
    files["e2e/tests/org/acme/ApiTest.java"] = _test("e2e", "ApiTest")
    found = by_folder(write(tmp_path, files))
    assert first(found["platform/services/config"], K.TEST)[0] == "JUnit"
    assert first(found["platform/services/auth"], K.TEST)[0] == "JUnit"
