"""Held-out set 219 (#19): a Spring Boot 2.1 configuration choosing its engine by a profile
document written in the pre-2.4 form.

`application.yml`'s base document sets `spring.profiles.active: "postgres"`; the documents
after it are selected by their own `spring.profiles: postgres` and `spring.profiles: mysql`
(Spring Boot before 2.4 had no `spring.config.activate.on-profile`), each with its JDBC URL, and
the build declares both drivers. The active profile's URL is the engine the application runs on,
as the `on-profile` form's is. Counter-case: with `mysql` active (the PostgreSQL driver
declared first), MySQL is the engine.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, junit4_test, write

from designer.model.stack import FindingKind as K

_DRIVERS = (
    dep("mysql", "mysql-connector-java"),
    dep("org.postgresql", "postgresql", scope="runtime"),
)

_POM = f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
{SPRING_PARENT.replace("3.3.0", "2.1.0.RELEASE")}
  <groupId>org.example</groupId>
  <artifactId>jobs</artifactId>
  <version>1.0</version>
  <dependencies>
{dep("org.springframework.boot", "spring-boot-starter-web")}
{dep("org.springframework.boot", "spring-boot-starter-data-jpa")}
{dep("org.springframework.boot", "spring-boot-starter-test", scope="test")}
{{drivers}}
  </dependencies>
</project>
"""

_CONFIG = """spring:
  application:
    name: jobs
  profiles:
    active: "{profile}"
  jpa:
    open-in-view: false

---

spring:
  profiles: mysql
  datasource:
    url: jdbc:mysql://localhost:3306/jobs?useSSL=false
  jpa:
    database-platform: org.hibernate.dialect.MySQL57Dialect

---

spring:
  profiles: postgres
  datasource:
    url: jdbc:postgresql://localhost:5432/jobs
  jpa:
    database-platform: org.hibernate.dialect.PostgreSQL94Dialect
"""

_MAIN = """package org.example.jobs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JobsApplication {
    public static void main(String[] args) {
        SpringApplication.run(JobsApplication.class, args);
    }
}
"""

_REPOSITORY = """package org.example.jobs;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JobRepository extends JpaRepository<Job, Long> {
}
"""


def _service(profile: str, drivers: tuple[str, ...] = _DRIVERS) -> dict[str, str]:
    return {
        "pom.xml": _POM.format(drivers="\n".join(drivers)),
        "src/main/resources/application.yml": _CONFIG.format(profile=profile),
        "src/main/java/org/example/jobs/JobsApplication.java": _MAIN,
        "src/main/java/org/example/jobs/JobRepository.java": _REPOSITORY,
        "src/test/java/org/example/jobs/JobsTest.java": junit4_test("org.example.jobs", "JobsTest"),
    }


def test_the_active_legacy_profile_document_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service("postgres")))["."]
    assert first(found, K.DATABASE)[0] == "PostgreSQL"


def test_the_other_profile_active_names_its_engine(tmp_path: Path) -> None:
    # Counter-case: the same file with the MySQL profile active, the drivers in either order.
    found = by_folder(write(tmp_path, _service("mysql", _DRIVERS[::-1])))["."]
    assert first(found, K.DATABASE)[0] == "MySQL"
