"""JVM: a Spring Boot service handing JPA to EclipseLink in its own configuration (set 156, #19).

The build declares `spring-boot-starter-data-jpa` (which brings Hibernate) beside
`org.eclipse.persistence.jpa`, and a `JpaBaseConfiguration` of the service returns `new
EclipseLinkJpaVendorAdapter()`: the entity manager factory runs on EclipseLink, and the Spring
Data JPA repositories with it. The starter and those repositories read as JPA / Hibernate; the
configuration decides, so the data layer is JPA / EclipseLink (`jpa_providers`). Counter-case:
EclipseLink only declared beside the starter, with no configuration choosing it, leaves
Spring Boot's default provider, Hibernate."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """plugins {
    id 'java'
    id 'org.springframework.boot' version '2.1.9.RELEASE'
}
apply plugin: "io.spring.dependency-management"

dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-web'
    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'
    implementation 'org.eclipse.persistence:org.eclipse.persistence.jpa:2.7.6'
    implementation 'mysql:mysql-connector-java:8.0.20'
    testImplementation 'junit:junit:4.11'
}
"""

_APP = """package org.example.ops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OperationsApplication {
    public static void main(String[] args) {
        SpringApplication.run(OperationsApplication.class, args);
    }
}
"""

_REPOSITORY = """package org.example.ops.data;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TransferRepository extends JpaRepository<Transfer, Long> {
}
"""

_ENTITY = """package org.example.ops.data;

import javax.persistence.Entity;
import javax.persistence.Id;

@Entity
public class Transfer {
    @Id
    private Long id;
}
"""

_CONFIG = """package org.example.ops.config;

import org.springframework.boot.autoconfigure.orm.jpa.JpaBaseConfiguration;
import org.springframework.orm.jpa.vendor.AbstractJpaVendorAdapter;
import org.springframework.orm.jpa.vendor.EclipseLinkJpaVendorAdapter;

public class EclipselinkJpaConfig extends JpaBaseConfiguration {
    @Override
    protected AbstractJpaVendorAdapter createJpaVendorAdapter() {
        return new EclipseLinkJpaVendorAdapter();
    }
}
"""


def _service(configured: bool) -> dict[str, str]:
    tree = {
        "settings.gradle": "rootProject.name = 'operations'\n",
        "build.gradle": _BUILD,
        "src/main/java/org/example/ops/OperationsApplication.java": _APP,
        "src/main/java/org/example/ops/data/TransferRepository.java": _REPOSITORY,
        "src/main/java/org/example/ops/data/Transfer.java": _ENTITY,
        "src/main/resources/application.yml": "spring:\n  datasource:\n"
        "    url: jdbc:mysql://localhost:3306/operations\n"
        "    driver-class-name: com.mysql.cj.jdbc.Driver\n",
        "src/test/java/org/example/ops/SomethingTest.java": "package org.example.ops;\n\n"
        "import org.junit.Test;\n\npublic class SomethingTest {\n    @Test\n"
        "    public void ok() {}\n}\n",
    }
    if configured:
        tree["src/main/java/org/example/ops/config/EclipselinkJpaConfig.java"] = _CONFIG
    return tree


def test_eclipselink_vendor_adapter_decides_the_provider(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(configured=True)))
    assert list(found) == ["."]
    assert first(found["."], K.ORM) == ("JPA / EclipseLink", "2.7.6")
    names = {f.name for f in found["."].findings if f.kind is K.ORM}
    assert "JPA / Hibernate" not in names


def test_eclipselink_only_declared_leaves_hibernate(tmp_path: Path) -> None:
    # Counter-case: no configuration hands JPA to EclipseLink.
    found = by_folder(write(tmp_path, _service(configured=False)))
    assert list(found) == ["."]
    assert first(found["."], K.ORM)[0] == "JPA / Hibernate"
