"""Held-out set 157 (#19): a Maven reactor whose root pom only lists its modules (a core
library, a data library, the application), and whose root `.gitignore` names the
application module's own `pom.xml` (`app-module/pom.xml`, left from a local setup) though git
tracks it. The application module holds the `@SpringBootApplication` class and the Boot
parent; the libraries lend it Spring Data MongoDB.

An ignore rule does nothing to a tracked file, and the reactor builds the module from it: the
module is a project of its own, not code of the root aggregator. The counter-case: a folder
whose ignored pom no build lists is not read.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, pom, write

from designer.model.stack import FindingKind as K

_BOOT_PARENT = """  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>2.3.12.RELEASE</version>
    <relativePath />
  </parent>"""

_APP = (
    "package org.example.app;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class Application {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(Application.class, args);\n    }\n}\n"
)


def _module(artifact: str, dependencies: str, parent: str = "") -> str:
    return pom(dependencies, parent=parent).replace(
        "<artifactId>demo</artifactId>", f"<artifactId>{artifact}</artifactId>"
    )


def _files(ignored: str) -> dict[str, str]:
    root = pom("", extra="  <packaging>pom</packaging>\n  <modules><module>core</module>"
               "<module>data</module><module>app-module</module></modules>\n")
    return {
        ".gitignore": f"**/target\n.idea\n{ignored}\n",
        "pom.xml": root.replace("<artifactId>demo</artifactId>", "<artifactId>parent</artifactId>"),
        "core/pom.xml": _module(
            "core",
            dep("org.springframework.boot", "spring-boot-starter-data-mongodb")
            + "\n" + dep("org.springframework.boot", "spring-boot-starter-data-rest"),
        ),
        "core/src/main/java/org/example/core/Item.java": (
            "package org.example.core;\n\npublic class Item {}\n"
        ),
        "data/pom.xml": _module("data", dep("org.example", "core")),
        "data/src/main/java/org/example/data/ItemRepository.java": (
            "package org.example.data;\n\n"
            "import org.springframework.data.mongodb.repository.MongoRepository;\n\n"
            "public interface ItemRepository extends MongoRepository<Object, String> {}\n"
        ),
        "app-module/pom.xml": _module(
            "app-module",
            dep("org.example", "data")
            + "\n" + dep("org.springframework.boot", "spring-boot-starter-test", "test"),
            parent=_BOOT_PARENT,
        ),
        "app-module/src/main/java/org/example/app/Application.java": _APP,
        "app-module/src/main/resources/application.properties": (
            "spring.data.mongodb.host=localhost\nspring.data.mongodb.database=items\n"
        ),
    }


def test_module_whose_own_pom_is_ignored_is_the_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _files("app-module/pom.xml")))
    assert list(backends) == ["app-module"]
    assert first(backends["app-module"], K.FRAMEWORK) == ("Spring Boot", "2.3.12.RELEASE")


def test_ignored_pom_of_a_folder_no_build_lists_is_not_read(tmp_path: Path) -> None:
    """Counter-case: the same tree, but the root lists only the libraries: the ignored pom
    of a folder no build names (a local copy) is not read, and no project is keyed there."""
    files = _files("app-module/pom.xml")
    files["pom.xml"] = files["pom.xml"].replace("<module>app-module</module>", "")
    backends = by_folder(write(tmp_path, files))
    assert "app-module" not in backends
