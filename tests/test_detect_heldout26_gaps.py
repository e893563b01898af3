"""Generic gaps the twenty-sixth held-out set showed (benchmarks/detect_heldout26.yaml), each as
a small fixture of the real files' shape (#19): Silex beside the symfony/symfony package, its
database server's image built beside a search engine's, a `/path/to/` placeholder DSN; CodeIgniter
3's `dbdriver`; Macaron over go-xorm; yee; a Cargo workspace whose program is `src/bin/x.rs`
starting its library crates' servers; a Maven DAO module keeping a leftover Spring Boot main."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout18_gaps import _module
from test_detect_projects import dep, write

from designer.model.stack import FindingKind as K

# --- JVM -----------------------------------------------------------------------------------------


def test_a_dao_module_keeping_a_spring_boot_main_is_the_applications_library(
    tmp_path: Path,
) -> None:
    """GreenCity: `dao` (data JPA, PostgreSQL) holds a leftover `@SpringBootApplication` main;
    `core`, the web application, depends on it: one backend, core, with dao's data layer."""
    main = (
        "package app;\n\n@SpringBootApplication\npublic class {name} {{\n"
        "    public static void main(String[] args) {{\n"
        "        SpringApplication.run({name}.class, args);\n    }}\n}}\n"
    )
    files = {
        "pom.xml": (
            "<project>\n  <groupId>org.example</groupId>\n  <artifactId>app-parent</artifactId>\n"
            "  <version>1.0</version>\n  <packaging>pom</packaging>\n"
            "  <modules><module>dao</module><module>core</module></modules>\n</project>\n"
        ),
        "dao/pom.xml": _module(
            "dao",
            dep("org.springframework.boot", "spring-boot-starter-data-jpa")
            + dep("org.postgresql", "postgresql"),
        ),
        "dao/src/main/java/app/DaoApplication.java": main.format(name="DaoApplication"),
        "core/pom.xml": _module(
            "core",
            dep("org.example", "dao") + dep("org.springframework.boot", "spring-boot-starter-web"),
        ),
        "core/src/main/java/app/Application.java": main.format(name="Application"),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["core"]
    assert first(found["core"], K.ORM)[0] == "JPA / Hibernate"
    assert first(found["core"], K.DATABASE)[0] == "PostgreSQL"
