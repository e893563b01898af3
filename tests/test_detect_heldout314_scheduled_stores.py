"""Held-out set 314 (#19): a module of a Maven reactor that is a Spring Boot application with
the web starter, the JPA starter and the PostgreSQL driver of its own, whose code only declares
`@Scheduled` jobs (purges, reminder mails) and no controller, on the reactor's common library of
entities that the API module uses too: it serves no client, it is no backend, though it writes
to the product's database. The API module stays one, as does a scheduler that declares a
controller, or one exporting its repositories through Spring Data REST (no endpoint in its
code), or one migrating a schema of its own (Liquibase: a database of its own, which HELDOUT
counts even with no route)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.5.16</version>
  </parent>
  <groupId>org.acme</groupId>
  <artifactId>rentals</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>rentals-common</module>
    <module>rentals-api</module>
    <module>rentals-scheduler</module>
  </modules>
</project>
"""


def _pom(artifact: str, starters: list[str]) -> str:
    items = "".join(
        "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
        f"      <artifactId>{starter}</artifactId>\n    </dependency>\n"
        for starter in starters
    )
    if artifact != "rentals-common":
        items += (
            "    <dependency>\n      <groupId>org.acme</groupId>\n"
            "      <artifactId>rentals-common</artifactId>\n    </dependency>\n"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
        "  <parent>\n    <groupId>org.acme</groupId>\n    <artifactId>rentals</artifactId>\n"
        "    <version>1.0</version>\n  </parent>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <dependencies>\n{items}"
        "    <dependency>\n      <groupId>org.postgresql</groupId>\n"
        "      <artifactId>postgresql</artifactId>\n    </dependency>\n"
        "  </dependencies>\n  <build>\n    <plugins>\n      <plugin>\n"
        "        <groupId>org.springframework.boot</groupId>\n"
        "        <artifactId>spring-boot-maven-plugin</artifactId>\n"
        "      </plugin>\n    </plugins>\n  </build>\n</project>\n"
    )


_MAIN = """package org.acme.{package};

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class Application {{
    public static void main(String[] args) {{
        SpringApplication.run(Application.class, args);
    }}
}}
"""

_REPOSITORY = """package org.acme.{package};

import org.springframework.data.jpa.repository.JpaRepository;

public interface TenantRepository extends JpaRepository<Tenant, Long> {{
}}
"""

_TASK = """package org.acme.scheduler;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class TenantDeletionTask {
    private final TenantRepository tenants;

    TenantDeletionTask(TenantRepository tenants) { this.tenants = tenants; }

    @Scheduled(cron = "0 0 3 * * *")
    public void deleteExpired() { tenants.deleteAll(); }
}
"""

_CONTROLLER = """package org.acme.{package};

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TenantController {{
    @GetMapping("/tenants")
    public String list() {{ return "[]"; }}
}}
"""

_ENTITY = """package org.acme.common;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tenant {
    @Id
    private Long id;
}
"""

_STARTERS = ["spring-boot-starter-web", "spring-boot-starter-data-jpa"]


def _tree(
    extra_starter: str = "", controller: bool = False, migrations: bool = False
) -> dict[str, str]:
    api = "rentals-api/src/main/java/org/acme/api/"
    scheduler = "rentals-scheduler/src/main/java/org/acme/scheduler/"
    starters = _STARTERS + ([extra_starter] if extra_starter else [])
    files = {
        "pom.xml": _ROOT,
        "rentals-common/pom.xml": _pom("rentals-common", ["spring-boot-starter-data-jpa"]),
        "rentals-common/src/main/java/org/acme/common/Tenant.java": _ENTITY,
        "rentals-api/pom.xml": _pom("rentals-api", _STARTERS),
        api + "Application.java": _MAIN.format(package="api"),
        api + "TenantRepository.java": _REPOSITORY.format(package="api"),
        api + "TenantController.java": _CONTROLLER.format(package="api"),
        "rentals-scheduler/pom.xml": _pom("rentals-scheduler", starters),
        scheduler + "Application.java": _MAIN.format(package="scheduler"),
        scheduler + "TenantRepository.java": _REPOSITORY.format(package="scheduler"),
        scheduler + "TenantDeletionTask.java": _TASK,
        "rentals-scheduler/src/main/resources/application.properties": (
            "spring.datasource.driver-class-name=org.postgresql.Driver\nserver.port=8089\n"
        ),
    }
    if migrations:
        files["rentals-scheduler/pom.xml"] = files["rentals-scheduler/pom.xml"].replace(
            "  </dependencies>",
            "    <dependency>\n      <groupId>org.liquibase</groupId>\n"
            "      <artifactId>liquibase-core</artifactId>\n    </dependency>\n  </dependencies>",
        )
    if controller:
        files[scheduler + "TenantController.java"] = _CONTROLLER.format(package="scheduler")
    return files


def test_scheduler_keeping_data_with_no_endpoint_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "rentals-api" in found
    assert "rentals-scheduler" not in found


def test_scheduler_declaring_a_controller_stays_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(controller=True)))
    assert {"rentals-api", "rentals-scheduler"} <= set(found)


def test_scheduler_exporting_repositories_through_data_rest_stays_a_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree(extra_starter="spring-boot-starter-data-rest")))
    assert {"rentals-api", "rentals-scheduler"} <= set(found)


def test_scheduler_migrating_its_own_schema_stays_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(migrations=True)))
    assert {"rentals-api", "rentals-scheduler"} <= set(found)
