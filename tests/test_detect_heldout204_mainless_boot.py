"""JVM: a Spring Boot module with no main that the build's applications depend on is a library
(set 204, #19).

A Gradle build's shared module applies Spring Boot's plugin like its services and hands them
the web and JDBC starters as `api` dependencies, but keeps only messages and utilities: no
`main`, no `@SpringBootApplication`, no main class named by its build. Spring Boot's packaging
cannot build it into anything that runs; the service depending on it (`project(':common')`) is
the backend and the shared module folds into it (`mainless_boot_modules`). A module with a main
of its own, or one no application depends on, stays what it looks like."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMMON = (
    "plugins {\n    id 'org.springframework.boot' version '3.3.5'\n"
    "    id 'io.spring.dependency-management' version '1.1.6'\n"
    "    id 'java-library'\n}\n\n"
    "dependencies {\n"
    "    api 'org.springframework.boot:spring-boot-starter-jdbc'\n"
    "    api 'org.springframework.boot:spring-boot-starter-web'\n"
    "}\n"
)

_API = (
    "plugins {\n    id 'org.springframework.boot' version '3.3.5'\n"
    "    id 'io.spring.dependency-management' version '1.1.6'\n    id 'java'\n}\n\n"
    "dependencies {\n"
    "    implementation project(':common')\n"
    "    implementation 'org.postgresql:postgresql:42.7.4'\n"
    "}\n"
)


def _build(api_uses_common: bool = True) -> dict[str, str]:
    return {
        "settings.gradle": "rootProject.name = 'relay'\ninclude 'common', 'api'\n",
        "common/build.gradle": _COMMON,
        "common/src/main/java/org/acme/common/QueueMessage.java": (
            "package org.acme.common;\n\npublic class QueueMessage {\n"
            "    private String id;\n}\n"
        ),
        "api/build.gradle": _API if api_uses_common else _API.replace(
            "    implementation project(':common')\n", ""
        ),
        "api/src/main/java/org/acme/api/ApiApplication.java": (
            "package org.acme.api;\n\n"
            "import org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class ApiApplication {\n"
            "    public static void main(String[] args) {\n"
            "        SpringApplication.run(ApiApplication.class, args);\n    }\n}\n"
        ),
        "api/src/main/java/org/acme/api/TransferController.java": (
            "package org.acme.api;\n\n"
            "import org.springframework.web.bind.annotation.RestController;\n"
            "import org.springframework.web.bind.annotation.PostMapping;\n\n"
            "@RestController\npublic class TransferController {\n"
            "    @PostMapping(\"/transfer\")\n    public void transfer() {}\n}\n"
        ),
    }


def test_a_mainless_boot_module_the_service_uses_is_its_library(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _build()))
    assert sorted(found) == ["api"]
    assert first(found["api"], K.FRAMEWORK) == ("Spring Boot", "3.3.5")


def test_a_module_with_a_main_stays(tmp_path: Path) -> None:
    # Counter-case: the shared module starts a program of its own.
    files = _build()
    files["common/src/main/java/org/acme/common/Tool.java"] = (
        "package org.acme.common;\n\npublic class Tool {\n"
        "    public static void main(String[] args) {}\n}\n"
    )
    assert "common" in by_folder(write(tmp_path, files))


def test_a_module_no_application_uses_stays(tmp_path: Path) -> None:
    # Counter-case: nothing of the build depends on it, so nothing says it is a library.
    assert "common" in by_folder(write(tmp_path, _build(api_uses_common=False)))
