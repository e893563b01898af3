"""A Maven reactor of Quarkus services beside a shared module of framework defaults, as the
hundred-and-eighteenth held-out set showed (benchmarks/detect_heldout118.yaml, #19): the shared
security module ships an `application.properties` of Quarkus keys (its REST client's URL,
feature toggles) for every service depending on it, while its build only compiles against
Quarkus (`provided`) and tests with it. That module is the services' library, not a backend;
and the services depending on it, which need no main class of their own, are backends (not
distributions packaging it again)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_Q = "io.quarkus"


def _dep(group: str, artifact: str, scope: str = "") -> str:
    return (
        f"<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        + (f"<scope>{scope}</scope>" if scope else "")
        + "</dependency>"
    )


def _pom(artifact: str, dependencies: str = "", packaging: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project><modelVersion>4.0.0</modelVersion>'
        "<parent><groupId>org.example</groupId><artifactId>quarkus-parent</artifactId>"
        "<version>1.0</version><relativePath>../quarkus-parent/pom.xml</relativePath></parent>"
        f"<artifactId>{artifact}</artifactId>"
        + (f"<packaging>{packaging}</packaging>" if packaging else "")
        + "<properties><java.version>21</java.version></properties>"
        f"<dependencies>{dependencies}</dependencies></project>\n"
    )


_ROOT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project><modelVersion>4.0.0</modelVersion>'
    "<groupId>org.example</groupId><artifactId>root</artifactId><version>1.0</version>"
    "<packaging>pom</packaging><properties><quarkus.platform.version>3.38.2"
    "</quarkus.platform.version></properties><modules><module>quarkus-parent</module>"
    "<module>common-security</module><module>usage</module></modules></project>\n"
)

_PARENT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project><modelVersion>4.0.0</modelVersion>'
    "<parent><groupId>org.example</groupId><artifactId>root</artifactId><version>1.0</version>"
    "</parent><artifactId>quarkus-parent</artifactId><packaging>pom</packaging>"
    "<dependencyManagement><dependencies><dependency><groupId>io.quarkus.platform</groupId>"
    "<artifactId>quarkus-bom</artifactId><version>${quarkus.platform.version}</version>"
    "<type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>"
    "<build><plugins><plugin><groupId>io.quarkus.platform</groupId>"
    "<artifactId>quarkus-maven-plugin</artifactId><version>${quarkus.platform.version}"
    "</version><extensions>true</extensions></plugin></plugins></build></project>\n"
)

_TREE = {
    "pom.xml": _ROOT,
    "quarkus-parent/pom.xml": _PARENT,
    "common-security/pom.xml": _pom(
        "common-security",
        _dep(_Q, "quarkus-security", "provided")
        + _dep("jakarta.ws.rs", "jakarta.ws.rs-api", "provided")
        + _dep(_Q, "quarkus-junit", "test")
        + _dep("org.junit.jupiter", "junit-jupiter", "test"),
    ),
    "common-security/src/main/resources/application.properties": (
        "RBAC_ENDPOINT=http://localhost:8006\n"
        'quarkus.rest-client."org.example.rbac.AccessApi".url=${RBAC_ENDPOINT}/api/rbac/v1\n'
    ),
    "common-security/src/main/java/org/example/security/PskIdentityProvider.java": (
        "package org.example.security;\n\nimport jakarta.enterprise.context.ApplicationScoped;\n\n"
        "@ApplicationScoped\npublic class PskIdentityProvider {\n}\n"
    ),
    "usage/pom.xml": _pom(
        "usage",
        _dep("org.example", "common-security")
        + _dep(_Q, "quarkus-resteasy")
        + _dep(_Q, "quarkus-hibernate-orm-panache")
        + _dep(_Q, "quarkus-jdbc-postgresql")
        + _dep(_Q, "quarkus-liquibase")
        + _dep(_Q, "quarkus-junit", "test"),
        packaging="quarkus",
    ),
    "usage/src/main/resources/application.properties": (
        "quarkus.datasource.db-kind=postgresql\nquarkus.liquibase.change-log=db/changelog.xml\n"
    ),
    # The resource implements an interface generated from the module's OpenAPI document.
    "usage/src/main/java/org/example/usage/PreferencesResource.java": (
        "package org.example.usage;\n\nimport org.example.usage.api.PreferencesApi;\n\n"
        "public class PreferencesResource implements PreferencesApi {\n}\n"
    ),
}


def test_a_module_only_configuring_quarkus_is_its_users_library(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _TREE))
    assert "common-security" not in found
    assert first(found["usage"], K.FRAMEWORK) == ("Quarkus", "3.38.2")
    assert first(found["usage"], K.ORM)[0] == "JPA / Hibernate"
    assert first(found["usage"], K.DATABASE)[0] == "PostgreSQL"


def test_a_module_declaring_quarkus_at_run_time_stays_an_application(tmp_path: Path) -> None:
    """Counter-case: the same module with Quarkus's REST extension at run time is an
    application of its own, whatever depends on it."""
    tree = dict(_TREE)
    tree["common-security/pom.xml"] = (
        tree["common-security/pom.xml"]
        .replace("<scope>provided</scope>", "")
        .replace("quarkus-security", "quarkus-resteasy")
    )
    found = by_folder(write(tmp_path, tree))
    assert "common-security" in found


def test_a_settings_only_module_no_application_uses_stays_one(tmp_path: Path) -> None:
    """Counter-case: with no application of the build depending on it, the module is left as
    it looks."""
    tree = dict(_TREE)
    tree["usage/pom.xml"] = tree["usage/pom.xml"].replace(
        _dep("org.example", "common-security"), ""
    )
    found = by_folder(write(tmp_path, tree))
    assert "common-security" in found
    assert "usage" in found
