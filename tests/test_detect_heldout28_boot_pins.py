"""Held-out set 97 (#19): a Spring Boot service whose pom.xml inherits spring-boot-starter-parent
at one release (3.5.0) but pins every Spring Boot dependency it ships — the core, the web, JPA,
cache and actuator starters, and the test starter too — to a later one through a
`spring-boot.version` property (3.5.3). Maven lets a dependency's explicit `<version>` win over
the parent's dependencyManagement, so the application runs on the pinned release. Without the
pins, or with one starter pinned among unpinned ones, the parent's release stays.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP = """package cc.acme.agreements;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
"""


def _dep(artifact: str, version: str = "", scope: str = "") -> str:
    version = f"<version>{version}</version>" if version else ""
    scope = f"<scope>{scope}</scope>" if scope else ""
    return (
        "    <dependency><groupId>org.springframework.boot</groupId>"
        f"<artifactId>{artifact}</artifactId>{version}{scope}</dependency>\n"
    )


def _pom(*pinned: str, unpinned: tuple[str, ...] = ()) -> str:
    dependencies = "".join(_dep(a, "${spring-boot.version}") for a in pinned)
    dependencies += "".join(_dep(a) for a in unpinned)
    dependencies += _dep("spring-boot-starter-test", "${spring-boot.version}", "test")
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
        "    <groupId>org.springframework.boot</groupId>\n"
        "    <artifactId>spring-boot-starter-parent</artifactId>\n"
        "    <version>3.5.0</version>\n    <relativePath/>\n  </parent>\n"
        "  <groupId>cc.acme</groupId>\n  <artifactId>agreements</artifactId>\n"
        "  <properties>\n    <java.version>23</java.version>\n"
        "    <spring-boot.version>3.5.3</spring-boot.version>\n  </properties>\n"
        f"  <dependencies>\n{dependencies}"
        "    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId>"
        "<version>42.7.7</version></dependency>\n  </dependencies>\n</project>\n"
    )


def _version(tmp_path: Path, pom: str) -> str:
    files = {"pom.xml": pom, "src/main/java/cc/acme/agreements/Application.java": _APP}
    return first(by_folder(write(tmp_path, files))["."], K.FRAMEWORK)[1]


_STARTERS = ("spring-boot", "spring-boot-starter-web", "spring-boot-starter-data-jpa")


def test_every_boot_dependency_pinned_past_the_parent_gives_the_pinned_release(
    tmp_path: Path,
) -> None:
    assert _version(tmp_path, _pom(*_STARTERS, "spring-boot-starter-actuator")) == "3.5.3"


def test_one_pinned_starter_among_unpinned_ones_keeps_the_parents_release(
    tmp_path: Path,
) -> None:
    pom = _pom("spring-boot-starter-actuator", unpinned=_STARTERS)
    assert _version(tmp_path, pom) == "3.5.0"


def test_without_pins_the_parents_release_stays(tmp_path: Path) -> None:
    assert _version(tmp_path, _pom(unpinned=_STARTERS)) == "3.5.0"
