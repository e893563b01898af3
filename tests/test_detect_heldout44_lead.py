"""Held-out set 44's misses the lead closed (benchmarks/detect_heldout44.yaml), as small
fixtures of the real files' shape (#19): a setup.py requirement with extras (`'psycopg[c]'`),
a Rails app that cherry-picks Rails' frameworks instead of the `rails` gem, the DynamoDB client
of a JVM build, a Spring Boot database utility run as a job beside the service, and the
MongoDB driver's legacy callback API."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MANAGE = (
    "import os\nimport sys\n\n\ndef main():\n"
    '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "myuw.settings")\n'
    "    from django.core.management import execute_from_command_line\n\n"
    "    execute_from_command_line(sys.argv)\n"
)


def _setup_py(requirements: str) -> str:
    return (
        "import os\nfrom setuptools import setup\n\n"
        "setup(\n    name='myuw',\n    packages=['myuw'],\n"
        f"    install_requires=[\n{requirements}    ],\n    license='Apache License',\n)\n"
    )


def test_a_requirement_with_extras_does_not_end_setup_pys_list(tmp_path: Path) -> None:
    # The `]` of `psycopg[c]` is inside quotes: the list goes on to `redis` after it.
    requirements = "        'django~=5.2',\n        'psycopg[c]',\n        'redis>=4',\n"
    files = {"setup.py": _setup_py(requirements), "manage.py": _MANAGE}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Django", "~=5.2")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.CACHE)[0] == "Redis"


def test_double_quoted_markers_with_single_quotes_stay_one_requirement(tmp_path: Path) -> None:
    requirements = (
        "        \"django~=5.2\",\n"
        "        \"mysqlclient>=2; python_version >= '3.8'\",\n"
    )
    files = {"setup.py": _setup_py(requirements), "manage.py": _MANAGE}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_an_unclosed_list_reads_nothing_after_it(tmp_path: Path) -> None:
    text = "from setuptools import setup\nsetup(install_requires=['django~=5.2', 'psycopg'\n"
    files = {"setup.py": text, "manage.py": _MANAGE}
    found = by_folder(write(tmp_path, files))
    assert all(first(b, K.DATABASE)[0] == "" for b in found.values())


_RAILS_GEMFILE = (
    "source 'https://rubygems.org'\n\nruby '3.2.1'\n\n"
    "# Rather than loading the entire Rails framework, we cherry pick the parts we use\n"
    "gem 'actionpack', '~> 7.0.4.3'\ngem 'activerecord', '~> 7.0.4.3'\n"
    "gem 'railties', '~> 7.0.4.3'\ngem 'pg'\n"
)
_RAILS_LOCK = (
    "GEM\n  remote: https://rubygems.org/\n  specs:\n"
    "    actionpack (7.0.4.3)\n    activerecord (7.0.4.3)\n    pg (1.4.6)\n"
    "    railties (7.0.4.3)\n      actionpack (= 7.0.4.3)\n\n"
    "PLATFORMS\n  ruby\n\nDEPENDENCIES\n  actionpack (~> 7.0.4.3)\n"
    "  activerecord (~> 7.0.4.3)\n  pg\n  railties (~> 7.0.4.3)\n\n"
    "BUNDLED WITH\n   2.4.10\n"
)


def test_a_rails_app_without_the_rails_gem_is_versioned_by_railties(tmp_path: Path) -> None:
    files = {
        "Gemfile": _RAILS_GEMFILE,
        "Gemfile.lock": _RAILS_LOCK,
        "config/application.rb": "require_relative 'boot'\nrequire 'rails'\n\n"
        "module WebsiteOne\n  class Application < Rails::Application\n  end\nend\n",
        "config/routes.rb": "Rails.application.routes.draw do\n  root 'visitors#index'\nend\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Rails", "7.0.4.3")
    assert not backend.ambiguous
    assert first(backend, K.ORM)[0] == "ActiveRecord"


_PLAY_CONTROLLER = (
    "package controllers\n\nimport play.api.mvc._\n\n"
    "class App(val controllerComponents: ControllerComponents) extends BaseController {\n"
    "  def index = Action { Ok(\"ok\") }\n}\n"
)


@pytest.mark.parametrize(
    "dependency",
    [
        '  "software.amazon.awssdk" % "dynamodb" % awsSdk2Version,\n',
        '  "software.amazon.awssdk" % "dynamodb-enhanced" % awsSdk2Version,\n',
        '  "com.amazonaws" % "aws-java-sdk-dynamodb" % "1.12.500",\n',
    ],
)
def test_a_play_app_on_the_aws_sdks_dynamodb_client_names_dynamodb(
    tmp_path: Path, dependency: str
) -> None:
    files = {
        "project/plugins.sbt": 'addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.10")\n',
        "build.sbt": 'val awsSdk2Version = "2.42.5"\n\n'
        "lazy val root = (project in file(\".\")).enablePlugins(PlayScala)\n\n"
        f"libraryDependencies ++= Seq(\n{dependency}"
        '  "org.scalatest" %% "scalatest" % "3.2.19" % Test\n)\n',
        "app/controllers/App.scala": _PLAY_CONTROLLER,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Play"
    assert first(backend, K.DATABASE)[0] == "DynamoDB"


def _pom(artifact: str, dependencies: list[str]) -> str:
    deps = "".join(
        f"    <dependency>\n      <groupId>{d.split(':')[0]}</groupId>\n"
        f"      <artifactId>{d.split(':')[1]}</artifactId>\n    </dependency>\n"
        for d in dependencies
    )
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        "  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
        "    <artifactId>spring-boot-starter-parent</artifactId>\n"
        "    <version>3.5.3</version>\n  </parent>\n"
        f"  <groupId>bio.terra</groupId>\n  <artifactId>{artifact}</artifactId>\n"
        f"  <dependencies>\n{deps}  </dependencies>\n</project>\n"
    )


def test_a_spring_boot_app_on_the_dynamodb_client_beside_postgresql_keeps_postgresql(
    tmp_path: Path,
) -> None:
    files = {
        "pom.xml": _pom(
            "service",
            [
                "org.springframework.boot:spring-boot-starter-web",
                "org.springframework.boot:spring-boot-starter-data-jpa",
                "org.postgresql:postgresql",
                "software.amazon.awssdk:dynamodb",
            ],
        ),
        "src/main/java/bio/terra/App.java": _spring_app("bio.terra", "App"),
        "src/main/resources/application.properties": "spring.datasource.url="
        "jdbc:postgresql://localhost:5432/workspace\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def _spring_app(package: str, name: str) -> str:
    return (
        f"package {package};\n\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n"
        "import org.springframework.boot.builder.SpringApplicationBuilder;\n\n"
        f"@SpringBootApplication\npublic class {name} {{\n"
        "  public static void main(String[] args) {\n"
        f"    new SpringApplicationBuilder({name}.class).run(args);\n  }}\n}}\n"
    )


_RUNNER = (
    "package bio.terra.dbutils.runners;\n\n"
    "import org.springframework.boot.ApplicationArguments;\n"
    "import org.springframework.boot.ApplicationRunner;\n"
    "import org.springframework.stereotype.Component;\n\n"
    "@Component\npublic class PgDumpDatabaseRunner implements ApplicationRunner {\n"
    "  @Override\n  public void run(ApplicationArguments args) {}\n}\n"
)
_CONTROLLER = (
    "package bio.terra.workspace;\n\n"
    "import org.springframework.web.bind.annotation.GetMapping;\n"
    "import org.springframework.web.bind.annotation.RestController;\n\n"
    "@RestController\npublic class WorkspaceController {\n"
    '  @GetMapping("/api/workspaces")\n  public String list() { return "[]"; }\n}\n'
)


def _utility_and_service(utility_deps: list[str], utility_extra: dict[str, str]) -> dict[str, str]:
    return {
        "dbutils/pom.xml": _pom(
            "dbutils", ["org.springframework.boot:spring-boot-starter-data-jdbc", *utility_deps]
        ),
        "dbutils/Dockerfile": "FROM eclipse-temurin:17\nCOPY target/app.jar /app.jar\n",
        "dbutils/src/main/java/bio/terra/dbutils/DbUtilsApplication.java": _spring_app(
            "bio.terra.dbutils", "DbUtilsApplication"
        ),
        "dbutils/src/main/java/bio/terra/dbutils/runners/PgDumpDatabaseRunner.java": _RUNNER,
        **utility_extra,
        "service/pom.xml": _pom(
            "service",
            [
                "org.springframework.boot:spring-boot-starter-web",
                "org.springframework.boot:spring-boot-starter-data-jdbc",
                "org.postgresql:postgresql",
            ],
        ),
        "service/src/main/java/bio/terra/workspace/App.java": _spring_app(
            "bio.terra.workspace", "App"
        ),
        "service/src/main/java/bio/terra/workspace/WorkspaceController.java": _CONTROLLER,
    }


def test_a_spring_boot_job_with_no_web_server_is_no_backend(tmp_path: Path) -> None:
    files = _utility_and_service(["org.postgresql:postgresql"], {})
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"service"}


def test_a_runner_beside_a_web_starter_is_still_a_backend(tmp_path: Path) -> None:
    # A web application seeding its data at start-up serves HTTP all the same.
    files = _utility_and_service(
        ["org.springframework.boot:spring-boot-starter-web", "org.postgresql:postgresql"], {}
    )
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"dbutils", "service"}


def test_a_runner_beside_a_controller_is_still_a_backend(tmp_path: Path) -> None:
    # Its server may come from elsewhere (a parent, a shared module): a controller serves.
    controller = _CONTROLLER.replace("bio.terra.workspace", "bio.terra.dbutils")
    files = _utility_and_service(
        ["org.postgresql:postgresql"],
        {"dbutils/src/main/java/bio/terra/dbutils/StatusController.java": controller},
    )
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"dbutils", "service"}


def test_the_mongodb_drivers_legacy_api_is_the_mongodb_driver(tmp_path: Path) -> None:
    files = {
        "package.json": '{\n  "name": "positron",\n  "main": "index.js",\n'
        '  "dependencies": {\n    "express": "4.15.2",\n    "mongodb-legacy": "6.1.3"\n  }\n}\n',
        "index.js": "const express = require('express')\n"
        "const { MongoClient } = require('mongodb-legacy')\n"
        "const app = express()\napp.listen(process.env.PORT || 3005)\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "mongodb"
    assert first(backend, K.DATABASE)[0] == "MongoDB"
