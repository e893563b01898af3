"""Held-out set 124 (#19): one starter pinned past the BOM an enclosing build imports.

A Maven reactor's root imports `spring-boot-dependencies` at `${spring-boot.version}` 2.7.18;
its web module leaves its starters to it but pins one (`spring-boot-starter-data-solr`, which
Boot 2.7 no longer manages) at 2.4.13 through a property of its own. Maven builds that one jar
at 2.4.13 and every other at 2.7.18: the application runs on Spring Boot 2.7.18, as it would
with the BOM imported by its own pom (`bom_pins`). Counter-case: where every starter of the
module states the same release, Maven builds with it and it stands.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import dep, pom, write
from test_detect_unseen import by_folder, first

from designer.model.stack import FindingKind as K


def boot_bom_root(*modules: str) -> str:
    """A reactor's root pom listing `modules` and importing Spring Boot's BOM at a version
    property, as the Spring Boot repositories of set 124 write it."""
    listed = "\n".join(f"    <module>{module}</module>" for module in modules)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>texts</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
{listed}
  </modules>
  <properties>
    <java.version>17</java.version>
    <spring-boot.version>2.7.18</spring-boot.version>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-dependencies</artifactId>
        <version>${{spring-boot.version}}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
</project>
"""


_ROOT = boot_bom_root("api")

_PARENT = """  <parent>
    <groupId>org.example</groupId>
    <artifactId>texts</artifactId>
    <version>1.0</version>
    <relativePath>../pom.xml</relativePath>
  </parent>"""

_APP = (
    "package org.example.api;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class TextApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(TextApplication.class, args);\n    }\n}\n"
)


def _tree(web_version: str) -> dict[str, str]:
    api = pom(
        "\n".join(
            [
                dep("org.springframework.boot", "spring-boot-starter-web", version=web_version),
                dep(
                    "org.springframework.boot",
                    "spring-boot-starter-data-solr",
                    version="${spring-boot-starter-data-solr.version}",
                ),
            ]
        ),
        parent=_PARENT,
    ).replace("<artifactId>demo</artifactId>", "<artifactId>api</artifactId>").replace(
        "<java.version>21</java.version>",
        "<spring-boot-starter-data-solr.version>2.4.13</spring-boot-starter-data-solr.version>",
    )
    return {
        "pom.xml": _ROOT,
        "api/pom.xml": api,
        "api/src/main/java/org/example/api/TextApplication.java": _APP,
    }


def test_one_starter_pinned_past_the_inherited_bom_leaves_the_bom_release(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _tree("")))["api"]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "2.7.18")


def test_every_starter_pinned_to_one_release_wins(tmp_path: Path) -> None:
    # Counter-case: no starter of the module is left to the BOM.
    backend = by_folder(write(tmp_path, _tree("2.4.13")))["api"]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "2.4.13")
