"""One Quarkus extension pinned past the platform BOM (held-out set 116,
benchmarks/detect_heldout116.yaml, #19): a pom importing `quarkus-bom` at
`${quarkus.platform.version}` 3.13.3, its extensions left to the BOM but one (an extension the
platform no longer ships) pinned at 3.2.7.Final. The application runs on the platform's 3.13.3;
the pin is an exception for one jar. Where every extension states the same release, Maven
builds with it and it stands."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _pom(*dependencies: tuple[str, str]) -> str:
    listed = "".join(
        "    <dependency>\n      <groupId>io.quarkus</groupId>\n"
        f"      <artifactId>{artifact}</artifactId>\n"
        + (f"      <version>{version}</version>\n" if version else "")
        + "    </dependency>\n"
        for artifact, version in dependencies
    )
    return (
        '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.example</groupId>\n"
        "  <artifactId>curation</artifactId>\n  <version>0.0.0</version>\n"
        "  <properties>\n    <maven.compiler.source>17</maven.compiler.source>\n"
        "    <quarkus.platform.artifact-id>quarkus-bom</quarkus.platform.artifact-id>\n"
        "    <quarkus.platform.group-id>io.quarkus.platform</quarkus.platform.group-id>\n"
        "    <quarkus.platform.version>3.13.3</quarkus.platform.version>\n  </properties>\n"
        "  <dependencyManagement>\n    <dependencies>\n      <dependency>\n"
        "        <groupId>${quarkus.platform.group-id}</groupId>\n"
        "        <artifactId>${quarkus.platform.artifact-id}</artifactId>\n"
        "        <version>${quarkus.platform.version}</version>\n"
        "        <type>pom</type>\n        <scope>import</scope>\n"
        "      </dependency>\n    </dependencies>\n  </dependencyManagement>\n"
        f"  <dependencies>\n{listed}  </dependencies>\n</project>\n"
    )


_RESOURCE = (
    "package org.example;\n\nimport jakarta.ws.rs.GET;\nimport jakarta.ws.rs.Path;\n\n"
    '@Path("/genes")\npublic class GeneResource {\n    @GET\n'
    '    public String list() {\n        return "[]";\n    }\n}\n'
)
_SOURCE = "src/main/java/org/example/GeneResource.java"


def test_one_extension_pinned_among_unpinned_ones_leaves_the_bom_release(
    tmp_path: Path,
) -> None:
    pom = _pom(
        ("quarkus-resteasy", ""),
        ("quarkus-hibernate-orm", ""),
        ("quarkus-jdbc-postgresql", ""),
        ("quarkus-elasticsearch-rest-high-level-client", "3.2.7.Final"),
    )
    backend = by_folder(write(tmp_path, {"pom.xml": pom, _SOURCE: _RESOURCE}))["."]
    assert first(backend, K.FRAMEWORK) == ("Quarkus", "3.13.3")


def test_every_extension_pinned_to_one_release_wins(tmp_path: Path) -> None:
    # Counter-case: no extension is left to the BOM; Maven builds with the release they state.
    pom = _pom(("quarkus-resteasy", "3.2.7.Final"), ("quarkus-hibernate-orm", "3.2.7.Final"))
    backend = by_folder(write(tmp_path, {"pom.xml": pom, _SOURCE: _RESOURCE}))["."]
    assert first(backend, K.FRAMEWORK) == ("Quarkus", "3.2.7.Final")
