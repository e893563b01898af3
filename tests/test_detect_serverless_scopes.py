"""`nonservices.serverless` reads a framework the container provides (Maven's `provided`,
Gradle's `compileOnly` / `providedCompile` / `providedRuntime`) as a web server the module is
deployed in, never a test harness (`<scope>test</scope>`, `testImplementation`), though both
are of development strength (#19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout18_gaps import _module
from test_detect_projects import dep, write

from designer.detect.ecosystems import jvm
from designer.detect.signals import Lines
from designer.model.stack import FindingKind as K

_MAIN = (
    "package app;\n\n@SpringBootApplication\npublic class {name} {{\n"
    "    public static void main(String[] args) {{\n"
    "        SpringApplication.run({name}.class, args);\n    }}\n}}\n"
)
_ROOT = (
    "<project>\n  <groupId>org.example</groupId>\n  <artifactId>app-parent</artifactId>\n"
    "  <version>1.0</version>\n  <packaging>pom</packaging>\n"
    "  <modules><module>dao</module><module>core</module></modules>\n</project>\n"
)


def _tree(dao_extra: str) -> dict[str, str]:
    """A DAO module keeping a leftover Spring Boot main, the web application depending on it."""
    return {
        "pom.xml": _ROOT,
        "dao/pom.xml": _module(
            "dao",
            dep("org.springframework.boot", "spring-boot-starter-data-jpa")
            + dep("org.postgresql", "postgresql")
            + dao_extra,
        ),
        "dao/src/main/java/app/DaoApplication.java": _MAIN.format(name="DaoApplication"),
        "core/pom.xml": _module(
            "core",
            dep("org.example", "dao") + dep("org.springframework.boot", "spring-boot-starter-web"),
        ),
        "core/src/main/java/app/Application.java": _MAIN.format(name="Application"),
    }


def test_a_test_scoped_framework_harness_leaves_the_module_a_library(tmp_path: Path) -> None:
    """The DAO module tests itself with Quarkus' JUnit harness (a framework artifact) in test
    scope: no container it is deployed in, so the application's library still."""
    extra = dep("io.quarkus", "quarkus-junit5-mockito", scope="test")
    found = by_folder(write(tmp_path, _tree(extra)))
    assert list(found) == ["core"]
    assert first(found["core"], K.ORM)[0] == "JPA / Hibernate"


def test_a_provided_framework_is_the_container_the_module_runs_in(tmp_path: Path) -> None:
    """Counter-case: the same module with Spring Boot's Tomcat starter `provided` (a WAR's
    container) is deployed on its own: not folded into the application."""
    extra = dep("org.springframework.boot", "spring-boot-starter-tomcat", scope="provided")
    found = by_folder(write(tmp_path, _tree(extra)))
    assert "dao" in found


def _gradle(configuration: str) -> list[tuple[str, bool]]:
    text = f"dependencies {{\n    {configuration} 'org.springframework:spring-webmvc:6.1.0'\n}}\n"
    result = jvm.parse(Lines("lib/build.gradle", text))
    return [(s.name, s.provided) for s in result.signals if s.kind is K.FRAMEWORK]


def test_gradle_container_configurations_are_provided_test_ones_not() -> None:
    """`compileOnly` and the war plugin's `providedCompile` / `providedRuntime` are what the
    container gives; `testImplementation` and `testCompileOnly` are tests."""
    for configuration in ("compileOnly", "providedCompile", "providedRuntime"):
        assert _gradle(configuration) == [("Spring MVC", True)], configuration
    for configuration in ("testImplementation", "testCompileOnly", "implementation"):
        assert _gradle(configuration) == [("Spring MVC", False)], configuration


def test_maven_provided_scope_only_is_provided() -> None:
    """Maven: `provided` marks the signal, `test` (also development strength) does not."""
    for scope, provided in (("provided", True), ("test", False), ("", False)):
        pom = _module("web", dep("org.springframework", "spring-webmvc", scope=scope))
        result = jvm.parse(Lines("web/pom.xml", pom))
        found = [(s.name, s.provided) for s in result.signals if s.kind is K.FRAMEWORK]
        assert found == [("Spring MVC", provided)], scope


def test_spring_boot_4s_webmvc_starter_embeds_tomcat() -> None:
    """Spring Boot 4 renamed the web starter `spring-boot-starter-webmvc`: the embedded Tomcat
    is the module's own web server, whatever its test-scoped starters (no longer what kept
    such a module from reading as serverless)."""
    for artifact in ("spring-boot-starter-web", "spring-boot-starter-webmvc"):
        pom = _module("app", dep("org.springframework.boot", artifact))
        result = jvm.parse(Lines("app/pom.xml", pom))
        assert [s.name for s in result.signals if s.kind is K.SERVER] == ["Tomcat"], artifact
    pom = _module("app", dep("org.springframework.boot", "spring-boot-starter-jdbc-test", "test"))
    result = jvm.parse(Lines("app/pom.xml", pom))
    assert not [s for s in result.signals if s.kind is K.SERVER]
