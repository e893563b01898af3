"""Held-out set 124 (#19): a Scala Spring Boot job beside the Scala web service of its build.

A Maven reactor holds a Scala 3 Spring Boot web service and an export job: the job's pom
declares `spring-boot-starter` (no web starter, no servlet container) with Spring Data JDBC and
the PostgreSQL driver, and its main class's file runs its work in a `CommandLineRunner`,
declaring no endpoint. Like a Java job of that shape, it serves no client:
no backend, whatever data it keeps. Counter-case: the same module with the web starter and a
`@RestController` is a backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import SPRING_PARENT, dep, pom, write
from test_detect_unseen import by_folder

_SCALA_BUILD = (
    "  <build>\n    <plugins>\n      <plugin>\n        <groupId>net.alchim31.maven</groupId>\n"
    "        <artifactId>scala-maven-plugin</artifactId>\n      </plugin>\n      <plugin>\n"
    "        <groupId>org.springframework.boot</groupId>\n"
    "        <artifactId>spring-boot-maven-plugin</artifactId>\n      </plugin>\n"
    "    </plugins>\n  </build>"
)

_JOB = """package org.example.exporter

import org.springframework.boot.{CommandLineRunner, SpringApplication}
import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.stereotype.Component

@SpringBootApplication
class ExportApp

@Component
class ExportRunner extends CommandLineRunner {
  override def run(args: String*): Unit = {
    println("exporting")
  }
}

object ExportApp {
  def main(args: Array[String]): Unit = SpringApplication.run(classOf[ExportApp], args*)
}
"""

_CONTROLLER = """package org.example.exporter.resource

import org.springframework.web.bind.annotation.{GetMapping, RestController}

@RestController
class ExportResource {
  @GetMapping(Array("/exports"))
  def exports(): String = "[]"
}
"""

_SERVICE = """package org.example.service

import org.springframework.boot.SpringApplication
import org.springframework.boot.autoconfigure.SpringBootApplication

@SpringBootApplication
class App

object App {
  def main(args: Array[String]): Unit = SpringApplication.run(classOf[App], args*)
}
"""


def _tree(web: bool) -> dict[str, str]:
    job_deps = [
        dep("org.springframework.boot", "spring-boot-starter"),
        dep("org.springframework.boot", "spring-boot-starter-data-jdbc"),
        dep("org.postgresql", "postgresql"),
    ]
    if web:
        job_deps.append(dep("org.springframework.boot", "spring-boot-starter-web"))
    files = {
        "exporter/pom.xml": pom("\n".join(job_deps), parent=SPRING_PARENT, extra=_SCALA_BUILD),
        "exporter/src/main/scala/org/example/exporter/ExportApp.scala": _JOB,
        "service/pom.xml": pom(
            "\n".join(
                [
                    dep("org.springframework.boot", "spring-boot-starter-web"),
                    dep("org.springframework.boot", "spring-boot-starter-data-jdbc"),
                    dep("org.postgresql", "postgresql"),
                ]
            ),
            parent=SPRING_PARENT,
            extra=_SCALA_BUILD,
        ),
        "service/src/main/scala/org/example/service/App.scala": _SERVICE,
        "service/src/main/scala/org/example/service/Resource.scala": _CONTROLLER.replace(
            "org.example.exporter.resource", "org.example.service"
        ),
    }
    if web:
        files["exporter/src/main/scala/org/example/exporter/resource/ExportResource.scala"] = (
            _CONTROLLER
        )
    return files


def test_a_scala_spring_boot_job_without_a_web_server_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(web=False)))
    assert "exporter" not in found
    assert "service" in found


def test_a_scala_module_serving_a_controller_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a web starter and a controller serve HTTP.
    found = by_folder(write(tmp_path, _tree(web=True)))
    assert "exporter" in found
