"""A JVM service declaring a test framework with no test, beside a browser UI that has specs
(held-out set 209, benchmarks/detect_heldout209.yaml, #19): a Maven build's Spring Boot module
declares `spring-boot-starter-test` and has no `src/test` anywhere, while the Angular UI in its
own folder (its `package.json`, a Maven wrapper pom beside it) keeps `*.spec.ts` files and a
`src/app/test` feature. Those are the UI's own runner's (Karma), never the JVM build's: the
service has no test framework (`testless_jvm`). A JVM test class anywhere, or a UI whose
`package.json` sits at the service's own folder, keeps the declaration."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_POM = (
    '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
    "  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.example</groupId>\n"
    "  <artifactId>acts-rest</artifactId>\n  <version>1.0</version>\n"
    "  <dependencies>\n"
    "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
    "      <artifactId>spring-boot-starter-web</artifactId>\n"
    "      <version>2.7.18</version>\n    </dependency>\n"
    "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
    "      <artifactId>spring-boot-starter-test</artifactId>\n"
    "      <version>2.7.18</version>\n      <scope>test</scope>\n    </dependency>\n"
    "  </dependencies>\n</project>\n"
)

_PACKAGE = (
    '{\n  "name": "acts-ui",\n  "scripts": {"start": "ng serve", "test": "ng test"},\n'
    '  "dependencies": {"@angular/core": "^15.0.0"},\n'
    '  "devDependencies": {"karma": "~6.4.0", "jasmine-core": "~4.5.0"}\n}\n'
)


def _files(ui: str = "frontend") -> dict[str, str]:
    prefix = f"{ui}/" if ui else ""
    return {
        "backend/acts-rest/pom.xml": _POM,
        "backend/acts-rest/src/main/java/org/example/Application.java": (
            "package org.example;\n\n"
            "import org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class Application {\n"
            "    public static void main(String[] args) {\n"
            "        SpringApplication.run(Application.class, args);\n    }\n}\n"
        ),
        "backend/acts-rest/src/main/java/org/example/ActController.java": (
            "package org.example;\n\n"
            "import org.springframework.web.bind.annotation.RestController;\n\n"
            "@RestController\npublic class ActController {}\n"
        ),
        f"{prefix}package.json": _PACKAGE,
        f"{prefix}src/main.ts": "import { platformBrowserDynamic } from '@angular/core';\n",
        f"{prefix}src/test.ts": "import 'zone.js/testing';\n",
        f"{prefix}src/app/home/home.component.spec.ts": "describe('Home', () => {});\n",
        f"{prefix}src/app/test/test.component.ts": "export class TestComponent {}\n",
    }


def test_a_uis_specs_give_the_service_beside_it_no_suite(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files()))
    assert first(found["backend/acts-rest"], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["backend/acts-rest"], K.TEST) == ("", "")


def test_a_jvm_test_class_keeps_the_declaration(tmp_path: Path) -> None:
    # Counter-case: one JVM test of the service, even with the UI's specs set apart.
    files = _files()
    files["backend/acts-rest/src/test/java/org/example/ActControllerTest.java"] = (
        "package org.example;\n\nimport org.junit.jupiter.api.Test;\n\n"
        "class ActControllerTest {\n    @Test\n    void saves() {}\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["backend/acts-rest"], K.TEST)[0] == "JUnit"


def test_a_package_json_above_the_service_keeps_its_specs_in(tmp_path: Path) -> None:
    # Counter-case: the UI's package.json at the repository's root, above the service's
    # folder, is no project kept beside it: its specs still count as the repository's tests.
    found = by_folder(write(tmp_path, _files(ui="")))
    assert first(found["backend/acts-rest"], K.TEST)[0] == "JUnit"
