"""A Maven reactor whose parent pom is kept under another file name, and whose library modules
each declare H2 beside their server drivers (set 171, #19).

The aggregator `back/pom.xml` names its parent `<relativePath>./pom-parent.xml</relativePath>`,
which holds `<spring-boot.version>` for the `spring-boot-dependencies` the aggregator imports
at `${spring-boot.version}`: the walk reads only `pom.xml` files, so the parent file's
properties are read for it (`maven_parent_files`). The application module depends on library
modules that each keep H2 at run-time scope for their tests beside the server drivers some of
them name: an engine every module declares tells none apart, so they are no choice of stores
(`store_choices`) and lend the application their drivers; its base settings' PostgreSQL URL
then outranks H2."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
    "  <modelVersion>4.0.0</modelVersion>\n"
)


def _parent_file(version: str) -> str:
    return (
        f"{_HEAD}  <groupId>org.acme</groupId>\n  <artifactId>acme-parent</artifactId>\n"
        "  <version>${revision}</version>\n  <packaging>pom</packaging>\n"
        f"  <properties>\n    <revision>1.0</revision>\n"
        f"    <spring-boot.version>{version}</spring-boot.version>\n  </properties>\n"
        "</project>\n"
    )


def _aggregator(relative: str, own: str = "") -> str:
    modules = "".join(f"    <module>{m}</module>\n" for m in ("app", "core", "clinic", "shared"))
    return (
        f"{_HEAD}  <parent>\n    <groupId>org.acme</groupId>\n"
        "    <artifactId>acme-parent</artifactId>\n    <version>${revision}</version>\n"
        f"    <relativePath>{relative}</relativePath>\n  </parent>\n"
        "  <groupId>org.acme</groupId>\n  <artifactId>acme</artifactId>\n"
        "  <version>${revision}</version>\n  <packaging>pom</packaging>\n"
        f"  <modules>\n{modules}  </modules>\n"
        f"  <properties>\n    <java.version>11</java.version>\n{own}  </properties>\n"
        "  <dependencyManagement>\n    <dependencies>\n      <dependency>\n"
        "        <groupId>org.springframework.boot</groupId>\n"
        "        <artifactId>spring-boot-dependencies</artifactId>\n"
        "        <version>${spring-boot.version}</version>\n"
        "        <type>pom</type>\n        <scope>import</scope>\n"
        "      </dependency>\n    </dependencies>\n  </dependencyManagement>\n"
        "</project>\n"
    )


def _dependency(group: str, artifact: str, scope: str = "") -> str:
    scoped = f"      <scope>{scope}</scope>\n" if scope else ""
    return (
        f"    <dependency>\n      <groupId>{group}</groupId>\n"
        f"      <artifactId>{artifact}</artifactId>\n{scoped}    </dependency>\n"
    )


def _module(name: str, *dependencies: str) -> str:
    return (
        f"{_HEAD}  <parent>\n    <groupId>org.acme</groupId>\n    <artifactId>acme</artifactId>\n"
        "    <version>${revision}</version>\n    <relativePath>../pom.xml</relativePath>\n"
        f"  </parent>\n  <artifactId>{name}</artifactId>\n"
        f"  <dependencies>\n{''.join(dependencies)}  </dependencies>\n</project>\n"
    )


_H2 = _dependency("com.h2database", "h2", "runtime")
_JPA = _dependency("org.springframework.boot", "spring-boot-starter-data-jpa")

_APP = _module(
    "app",
    *(_dependency("org.acme", m) for m in ("core", "clinic", "shared")),
    _dependency("org.springframework.boot", "spring-boot-starter-web"),
    _dependency("org.springframework.boot", "spring-boot-starter-test", "test"),
    _H2,
).replace(
    "</project>",
    "  <build>\n    <plugins>\n      <plugin>\n"
    "        <groupId>org.springframework.boot</groupId>\n"
    "        <artifactId>spring-boot-maven-plugin</artifactId>\n"
    "      </plugin>\n    </plugins>\n  </build>\n</project>",
)

_MAIN = (
    "package org.acme.app;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class App {\n"
    "  public static void main(String[] args) {\n"
    "    SpringApplication.run(App.class, args);\n  }\n}\n"
)


def _tree(relative: str = "./pom-parent.xml", own: str = "") -> dict[str, str]:
    return {
        "back/pom-parent.xml": _parent_file("2.7.18"),
        "back/pom.xml": _aggregator(relative, own),
        "back/app/pom.xml": _APP,
        "back/app/src/main/java/org/acme/app/App.java": _MAIN,
        "back/app/src/main/resources/application.properties": (
            "spring.datasource.url=jdbc:postgresql://${DB_HOST}/${DB_NAME}\n"
            "spring.jpa.hibernate.ddl-auto=validate\n"
        ),
        # Library modules, each keeping H2 for its tests at run-time scope beside the server
        # drivers some of them name.
        "back/core/pom.xml": _module(
            "core", _JPA, _H2, _dependency("org.postgresql", "postgresql"),
            _dependency("com.microsoft.sqlserver", "mssql-jdbc"),
        ),
        "back/clinic/pom.xml": _module(
            "clinic", _JPA, _H2, _dependency("org.postgresql", "postgresql")
        ),
        "back/shared/pom.xml": _module("shared", _JPA, _H2),
    }


def test_a_parent_pom_file_resolves_the_imported_boot_version(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["back/app"], K.FRAMEWORK) == ("Spring Boot", "2.7.18")


def test_the_aggregators_own_property_wins_over_its_parent_files(tmp_path: Path) -> None:
    """Counter-case: a property the pom sets itself is not the parent file's."""
    own = "    <spring-boot.version>2.6.3</spring-boot.version>\n"
    found = by_folder(write(tmp_path, _tree(own=own)))
    assert first(found["back/app"], K.FRAMEWORK) == ("Spring Boot", "2.6.3")


def test_a_parent_pom_file_not_named_leaves_the_version_unresolved(tmp_path: Path) -> None:
    """Counter-case: a relativePath naming a folder (its pom.xml) reads no other file."""
    found = by_folder(write(tmp_path, _tree(relative="../")))
    assert first(found["back/app"], K.FRAMEWORK)[1] != "2.7.18"


def test_library_modules_sharing_h2_lend_their_server_driver(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["back/app"], K.DATABASE)[0] == "PostgreSQL"


_STORES = {
    "back/core/pom.xml": _module("core", _H2, _dependency("org.postgresql", "postgresql")),
    "back/clinic/pom.xml": _module(
        "clinic", _H2, _dependency("org.mongodb", "mongodb-driver-sync")
    ),
    "back/shared/pom.xml": _module(
        "shared", _H2, _dependency("com.datastax.oss", "java-driver-core")
    ),
}


def test_storage_modules_sharing_h2_are_still_a_choice(tmp_path: Path) -> None:
    """Counter-case: three modules each naming a store of its own beside the H2 they all
    keep are still stores to choose among: none is the application's."""
    files = {**_tree(), **_STORES}
    files["back/app/src/main/resources/application.properties"] = "server.port=8080\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["back/app"], K.DATABASE)[0] in ("", "H2")
