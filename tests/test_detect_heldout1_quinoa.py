"""A Quarkus application that builds and hands out a browser UI through Quarkus Quinoa, as the
first held-out set showed once session 34 settled what a backend is
(benchmarks/detect_heldout.yaml, #19): a pom depending on `quarkus-quinoa` beside
`quarkus-rest`, whose only resource serves the settings the page reads (`/env.js`), and the
UI's sources in `src/main/webui`. With no data of its own it is a UI's server, no backend
(`jvm_ui_builds`); the same application keeping data of its own (Hibernate ORM with Panache
over PostgreSQL) stays one, and so does a REST application without Quinoa."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _pom(*artifacts: str) -> str:
    deps = "".join(
        f"    <dependency>\n      <groupId>{group}</groupId>\n"
        f"      <artifactId>{artifact}</artifactId>\n    </dependency>\n"
        for group, artifact in (a.split(":") for a in artifacts)
    )
    return (
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.acme</groupId>\n"
        "  <artifactId>ui-heroes</artifactId>\n  <version>1.0</version>\n"
        "  <dependencyManagement>\n    <dependencies>\n      <dependency>\n"
        "        <groupId>io.quarkus.platform</groupId>\n"
        "        <artifactId>quarkus-bom</artifactId>\n"
        "        <version>3.30.1</version>\n        <type>pom</type>\n"
        "        <scope>import</scope>\n"
        "      </dependency>\n    </dependencies>\n  </dependencyManagement>\n"
        f"  <dependencies>\n{deps}  </dependencies>\n"
        "  <build>\n    <plugins>\n      <plugin>\n        <groupId>io.quarkus.platform</groupId>\n"
        "        <artifactId>quarkus-maven-plugin</artifactId>\n        <version>3.30.1</version>\n"
        "      </plugin>\n    </plugins>\n  </build>\n</project>\n"
    )


_RESOURCE = (
    "package org.acme.ui;\n\nimport jakarta.ws.rs.GET;\nimport jakarta.ws.rs.Path;\n"
    "import jakarta.ws.rs.Produces;\n\n"
    '@Path("/env.js")\npublic class EnvResource {\n  @GET\n  @Produces("text/javascript")\n'
    '  public String env() {\n    return "window.APP_CONFIG = {}";\n  }\n}\n'
)

_ENTITY = (
    "package org.acme.ui;\n\nimport io.quarkus.hibernate.orm.panache.PanacheEntity;\n"
    "import jakarta.persistence.Entity;\n\n@Entity\npublic class Visit extends PanacheEntity {\n"
    "  public String page;\n}\n"
)

_QUINOA = "io.quarkiverse.quinoa:quarkus-quinoa"
_REST = ("io.quarkus:quarkus-rest", "io.quarkus:quarkus-rest-jackson")
_DATA = ("io.quarkus:quarkus-hibernate-orm-panache", "io.quarkus:quarkus-jdbc-postgresql")


def _tree(*artifacts: str, entity: bool = False) -> dict[str, str]:
    files = {
        "ui-heroes/pom.xml": _pom(*artifacts),
        "ui-heroes/src/main/java/org/acme/ui/EnvResource.java": _RESOURCE,
        "ui-heroes/src/main/resources/application.properties": "quarkus.quinoa.build-dir=dist\n",
        "ui-heroes/src/main/webui/package.json": (
            '{\n  "name": "ui-heroes",\n  "dependencies": {\n    "react": "^19.1.0"\n  }\n}\n'
        ),
    }
    if entity:
        files["ui-heroes/src/main/java/org/acme/ui/Visit.java"] = _ENTITY
    return files


def test_a_quinoa_application_with_no_data_is_a_ui(tmp_path: Path) -> None:
    assert "ui-heroes" not in by_folder(write(tmp_path, _tree(_QUINOA, *_REST)))


def test_a_quinoa_application_keeping_data_is_a_backend(tmp_path: Path) -> None:
    files = _tree(_QUINOA, *_REST, *_DATA, entity=True)
    assert "ui-heroes" in by_folder(write(tmp_path, files))


def test_a_rest_application_without_quinoa_is_a_backend(tmp_path: Path) -> None:
    assert "ui-heroes" in by_folder(write(tmp_path, _tree(*_REST)))
