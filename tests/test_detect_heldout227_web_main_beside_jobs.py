"""A Spring Boot module whose web main class sits beside job main classes that turn the web
server off is still the server (held-out set 227, #19).

A payment portal's back end keeps, in one Gradle module, its `WebApplication` (a plain
`SpringApplication.run`, the default servlet application) and scheduled `*TaskApplication`
mains that each call `setWebApplicationType(WebApplicationType.NONE)`. The module serves
HTTP: it is the backend, and the batch modules of the repository (Maven jars with a DAO, a
service module and no entry point) are no services beside it. Counter-case:
with the web main class moved to a module of its own, every main class left turns the server
off and the module is no backend (`spring_noweb`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, pom, write

from designer.model.stack import FindingKind as K

_GRADLE = """plugins {
    java
    id("org.springframework.boot") version "2.6.6"
}

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web")
    implementation("org.springframework.boot:spring-boot-starter-jdbc")
    implementation("org.postgresql:postgresql:42.3.3")
}
"""

_WEB = """package app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WebApplication {
  public static void main(String[] args) {
    SpringApplication.run(WebApplication.class, args);
  }
}
"""

_TASK = """package app.scheduled.%(low)s;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class %(name)sTaskApplication {
  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(%(name)sTaskApplication.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.run(args);
  }
}
"""


def _files(web: bool) -> dict[str, str]:
    base = "app/be/src/main/java/app"
    files = {
        "app/be/build.gradle.kts": _GRADLE,
        "app/be/src/main/resources/application.properties": (
            "spring.datasource.url=jdbc:postgresql://db:5432/pay\n"
        ),
        f"{base}/scheduled/expiry/ExpiryTaskApplication.java": _TASK
        % {"low": "expiry", "name": "Expiry"},
        f"{base}/scheduled/notify/NotifyTaskApplication.java": _TASK
        % {"low": "notify", "name": "Notify"},
        # A batch module: a jar of a Maven build with its DAO, no entry point.
        "batch/dao/pom.xml": pom(
            dep("org.hibernate", "hibernate-core", version="4.3.11.Final")
            + "\n"
            + dep("junit", "junit", version="4.12")
        ),
        "batch/dao/src/main/java/batch/dao/FlowDao.java": "package batch.dao;\n\n"
        "public interface FlowDao {}\n",
    }
    if web:
        files[f"{base}/WebApplication.java"] = _WEB
    return files


def test_a_web_main_beside_job_mains_keeps_the_server(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files(web=True)))
    assert sorted(found) == ["app/be"]
    assert first(found["app/be"], K.FRAMEWORK)[0] == "Spring Boot"


def test_job_mains_alone_serve_nothing(tmp_path: Path) -> None:
    # Counter-case: every main class of the module turns the web server off, beside a server
    # of the repository: the module is a set of jobs, no backend.
    files = _files(web=False)
    files["server/build.gradle.kts"] = _GRADLE
    files["server/src/main/java/app/WebApplication.java"] = _WEB
    assert sorted(by_folder(write(tmp_path, files))) == ["server"]
