"""A Spring Boot worker whose generated API is internal only and whose data is another's, as
set 118 showed it (benchmarks/detect_heldout118.yaml, #19): the module's pom generates JAX-RS
interfaces (openapi-generator, `jaxrs-spec`) from `src/main/spec/*.yaml`, whose paths all lie
under `/internal/`; its JPA repositories are a shared module's, over tables another
application migrates. It syncs that data on a trigger and serves no client: no backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import write

_ROOT = (
    "<project>\n  <artifactId>reactor</artifactId>\n  <packaging>pom</packaging>\n"
    "  <modules>\n    <module>core</module>\n    <module>conduit</module>\n  </modules>\n"
    "</project>\n"
)
_CORE = (
    "<project>\n  <artifactId>core</artifactId>\n  <dependencies>\n"
    "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
    "      <artifactId>spring-boot-starter-data-jpa</artifactId>\n    </dependency>\n"
    "  </dependencies>\n</project>\n"
)


def _conduit(generator: str = "jaxrs-spec", migrations: bool = False) -> str:
    liquibase = (
        "    <dependency>\n      <groupId>org.liquibase</groupId>\n"
        "      <artifactId>liquibase-core</artifactId>\n    </dependency>\n"
        if migrations
        else ""
    )
    return (
        "<project>\n  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
        "    <artifactId>spring-boot-starter-parent</artifactId>\n"
        "    <version>3.4.1</version>\n  </parent>\n  <artifactId>conduit</artifactId>\n"
        "  <properties>\n    <openapi.spec.folder>src/main/spec</openapi.spec.folder>\n"
        "  </properties>\n  <dependencies>\n"
        "    <dependency>\n      <groupId>org.acme</groupId>\n"
        "      <artifactId>core</artifactId>\n    </dependency>\n"
        "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
        "      <artifactId>spring-boot-starter-webmvc</artifactId>\n    </dependency>\n"
        "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
        "      <artifactId>spring-boot-starter-data-jpa</artifactId>\n    </dependency>\n"
        "    <dependency>\n      <groupId>org.postgresql</groupId>\n"
        "      <artifactId>postgresql</artifactId>\n    </dependency>\n"
        f"{liquibase}  </dependencies>\n  <build>\n    <plugins>\n      <plugin>\n"
        "        <groupId>org.springframework.boot</groupId>\n"
        "        <artifactId>spring-boot-maven-plugin</artifactId>\n      </plugin>\n"
        "      <plugin>\n        <groupId>org.openapitools</groupId>\n"
        "        <artifactId>openapi-generator-maven-plugin</artifactId>\n"
        "        <executions>\n          <execution>\n            <configuration>\n"
        f"              <generatorName>{generator}</generatorName>\n"
        "              <inputSpec>${project.basedir}/${openapi.spec.folder}/sync-api.yaml"
        "</inputSpec>\n            </configuration>\n          </execution>\n"
        "        </executions>\n      </plugin>\n    </plugins>\n  </build>\n</project>\n"
    )


_SPEC = (
    "openapi: 3.0.2\ninfo:\n  title: sync\n  version: 1.0.0\npaths:\n"
    "  /internal/rpc/syncOrg:\n    post:\n      operationId: syncOrg\n"
    "  /internal/organizations/{org_id}/inventory:\n    get:\n      operationId: inventory\n"
    "  /internal-organizations-sync-openapi.json:\n    get:\n      operationId: document\n"
    "components:\n  schemas: {}\n"
)
_APP = (
    "package org.acme.conduit;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class ConduitApplication {\n"
    "  public static void main(String[] args) {\n"
    "    SpringApplication.run(ConduitApplication.class, args);\n  }\n}\n"
)
_RESOURCE = (
    "package org.acme.conduit;\n\nimport org.acme.db.OrgConfigRepository;\n"
    "import org.acme.conduit.resources.InternalOrganizationsApi;\n"
    "import org.springframework.stereotype.Component;\n\n"
    "@Component\npublic class InternalOrganizationSyncResource"
    " implements InternalOrganizationsApi {\n"
    "  private final OrgConfigRepository repository;\n\n"
    "  InternalOrganizationSyncResource(OrgConfigRepository repository) {\n"
    "    this.repository = repository;\n  }\n}\n"
)
_CORE_REPOSITORY = (
    "package org.acme.db;\n\nimport org.springframework.data.jpa.repository.JpaRepository;\n\n"
    "public interface OrgConfigRepository extends JpaRepository<OrgConfig, String> {}\n"
)
_OWN_ENTITY = (
    "package org.acme.conduit;\n\nimport jakarta.persistence.Entity;\n\n"
    "@Entity\npublic class SyncState {\n  private String id;\n}\n"
)


def _tree(**changes: str) -> dict[str, str]:
    files = {
        "pom.xml": _ROOT,
        "core/pom.xml": _CORE,
        "core/src/main/java/org/acme/db/OrgConfigRepository.java": _CORE_REPOSITORY,
        "conduit/pom.xml": _conduit(),
        "conduit/src/main/spec/sync-api.yaml": _SPEC,
        "conduit/src/main/java/org/acme/conduit/ConduitApplication.java": _APP,
        "conduit/src/main/java/org/acme/conduit/InternalOrganizationSyncResource.java": _RESOURCE,
        "conduit/src/main/resources/application.yaml": (
            "spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n"
        ),
    }
    files.update(changes)
    return files


def test_internal_only_api_over_anothers_data_is_no_backend(tmp_path: Path) -> None:
    assert "conduit" not in by_folder(write(tmp_path, _tree()))


@pytest.mark.parametrize(
    "changes",
    [
        # A path clients call: an API of its own.
        {"conduit/src/main/spec/sync-api.yaml": _SPEC.replace("/internal/rpc", "/api/v1")},
        # An entity of its own: data it keeps.
        {"conduit/src/main/java/org/acme/conduit/SyncState.java": _OWN_ENTITY},
        # Migrations in its build: the schema is its own.
        {"conduit/pom.xml": _conduit(migrations=True)},
        # A client generated from the document (openapi-generator's `java`): not its API.
        {"conduit/pom.xml": _conduit(generator="java")},
    ],
)
def test_a_public_path_or_data_of_its_own_keeps_a_backend(
    tmp_path: Path, changes: dict[str, str]
) -> None:
    assert "conduit" in by_folder(write(tmp_path, _tree(**changes)))
