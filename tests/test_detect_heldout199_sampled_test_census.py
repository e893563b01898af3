"""JVM: a suite too large to read whole is counted on a sample (set 199, #19).

A Spring Boot service declares Spock (its Groovy specifications) beside Spring Boot's test
starter, and most of its test classes are JUnit's: 645 files import `org.junit.jupiter` against
202 specifications. The census of `jvm_tests` read at most `MAX_FILES` test files and left a
larger suite alone, so a few specifications' evidence named Spock the main test framework. A
larger suite is now counted on `MAX_FILES` files spread evenly over it: JUnit leads. Past
`MAX_LISTED` files the census is still left alone. (The limits are lowered here to keep the
fixture small.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect import jvm_tests
from designer.model.stack import FindingKind as K

_BUILD = """plugins {
    id("org.springframework.boot") version "3.3.0"
    groovy
}

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web")
    testImplementation("org.springframework.boot:spring-boot-starter-test")
    testImplementation("org.spockframework:spock-core:2.4-M4-groovy-4.0")
}
"""

_MAIN = (
    "package acme;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class App {\n"
    "    public static void main(String[] args) { SpringApplication.run(App.class, args); }\n}\n"
)


def _service() -> dict[str, str]:
    files = {
        "settings.gradle.kts": 'rootProject.name = "acme"\n',
        "build.gradle.kts": _BUILD,
        "src/main/java/acme/App.java": _MAIN,
    }
    # Specifications first in the sorted tree (`groovy/` before `java/`), JUnit classes after.
    for i in range(3):
        files[f"src/test/groovy/acme/a{i}/Case{i}Spec.groovy"] = (
            f"package acme.a{i}\n\nimport spock.lang.Specification\n\n"
            f"class Case{i}Spec extends Specification {{\n}}\n"
        )
    for i in range(15):
        files[f"src/test/java/acme/b{i}/Case{i}Test.java"] = (
            f"package acme.b{i};\n\nimport org.junit.jupiter.api.Test;\n\n"
            f"class Case{i}Test {{\n    @Test\n    void works() {{}}\n}}\n"
        )
    return files


def test_a_large_suite_is_counted_on_a_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jvm_tests, "MAX_FILES", 6)
    backend = by_folder(write(tmp_path, _service()))["."]
    assert first(backend, K.TEST)[0] == "JUnit"


def test_a_suite_past_the_listing_limit_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Counter-case: too many files even to list: no census, the specifications' Spock stays.
    monkeypatch.setattr(jvm_tests, "MAX_FILES", 6)
    monkeypatch.setattr(jvm_tests, "MAX_LISTED", 10)
    backend = by_folder(write(tmp_path, _service()))["."]
    assert first(backend, K.TEST)[0] == "Spock"
