"""Held-out set 43's misses (benchmarks/detect_heldout43.yaml), as small fixtures of the real
files' shape (#19): a Django project kept in a folder named `django`, a Spring Boot module
whose datasource is named only by its driver class (the URL a deployment token) while a
library module of the build declares another engine's driver, a JDBC driver in a Maven
profile active by default, and a pyenv virtualenv's name in `.python-version`."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MANAGE = (
    "import os\nimport sys\n\n\ndef main():\n"
    '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oar.settings")\n'
    "    from django.core.management import execute_from_command_line\n\n"
    "    execute_from_command_line(sys.argv)\n"
)
_DJANGO_TEST = (
    "from django.test import TestCase\nfrom rest_framework.test import APITestCase\n\n\n"
    "class FacilityClaimTest(APITestCase):\n    def test_claim(self):\n"
    "        self.assertTrue(True)\n"
)


@pytest.mark.parametrize("folder", ["src/django", "src/app", "django"])
def test_a_django_project_in_a_folder_named_django_keeps_its_tests(
    tmp_path: Path, folder: str
) -> None:
    # Only folders inside the project can be vendored copies of a dependency: the project's
    # own folder being named as one (`src/django` beside `django==5.2`) hides nothing.
    files = {
        f"{folder}/requirements.txt": "django==5.2.16\ndjangorestframework==3.16.1\n"
        "psycopg2==2.9.9\n",
        f"{folder}/manage.py": _MANAGE,
        f"{folder}/oar/settings.py": 'DATABASES = {"default": {"ENGINE": '
        '"django.db.backends.postgresql", "NAME": "openapparel"}}\n',
        f"{folder}/api/tests/__init__.py": "",
        f"{folder}/api/tests/test_facility_claim.py": _DJANGO_TEST,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found[folder], K.TEST)[0] == "unittest"


def test_a_vendored_dependency_inside_the_project_still_hides_its_suite(tmp_path: Path) -> None:
    files = {
        "src/django/requirements.txt": "django==5.2.16\ncherrypy==18.10.0\n",
        "src/django/manage.py": _MANAGE,
        "src/django/lib/cherrypy/test/test_core.py": "import unittest\n\n\n"
        "class CoreTest(unittest.TestCase):\n    pass\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["src/django"], K.TEST)[0] == ""


def _pom(artifact: str, dependencies: str, profiles: str = "") -> str:
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        "  <parent>\n    <groupId>uk.ac.ebi.eva</groupId>\n    <artifactId>eva</artifactId>\n"
        "    <version>1.8.0</version>\n  </parent>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <packaging>war</packaging>\n"
        f"  <dependencies>\n{dependencies}  </dependencies>\n{profiles}</project>\n"
    )


def _dependency(group: str, artifact: str, scope: str = "") -> str:
    scoped = f"      <scope>{scope}</scope>\n" if scope else ""
    return (
        f"    <dependency>\n      <groupId>{group}</groupId>\n"
        f"      <artifactId>{artifact}</artifactId>\n{scoped}    </dependency>\n"
    )


_ROOT_POM = (
    '<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
    "    <artifactId>spring-boot-starter-parent</artifactId>\n"
    "    <version>2.1.0.RELEASE</version>\n  </parent>\n"
    "  <groupId>uk.ac.ebi.eva</groupId>\n  <artifactId>eva</artifactId>\n"
    "  <version>1.8.0</version>\n  <packaging>pom</packaging>\n"
    "  <modules>\n    <module>eva-lib</module>\n    <module>dgva-server</module>\n"
    "  </modules>\n</project>\n"
)
_ORACLE_PROFILE = (
    "  <profiles>\n    <profile>\n      <id>Non-GithubActions</id>\n      <dependencies>\n"
    "        <dependency>\n          <groupId>com.oracle.database.jdbc</groupId>\n"
    "          <artifactId>ojdbc8</artifactId>\n          <version>12.2.0.1</version>\n"
    "        </dependency>\n      </dependencies>\n"
    "      <activation>\n        <activeByDefault>{active}</activeByDefault>\n"
    "      </activation>\n    </profile>\n  </profiles>\n"
)
_APPLICATION = (
    "package uk.ac.ebi.dgva.server;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class Application {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(Application.class, args);\n    }\n}\n"
)


def _eva(properties: str, profile_active: str | None) -> dict[str, str]:
    profiles = (
        _ORACLE_PROFILE.replace("{active}", profile_active) if profile_active is not None else ""
    )
    return {
        "pom.xml": _ROOT_POM,
        "eva-lib/pom.xml": _pom(
            "eva-lib",
            _dependency("org.postgresql", "postgresql")
            + _dependency("org.springframework.boot", "spring-boot-starter-data-jpa"),
        ).replace("<packaging>war</packaging>", "<packaging>jar</packaging>"),
        "eva-lib/src/main/java/uk/ac/ebi/eva/lib/Utils.java": "package uk.ac.ebi.eva.lib;\n\n"
        "public class Utils {}\n",
        "dgva-server/pom.xml": _pom(
            "dgva-server",
            _dependency("org.springframework.boot", "spring-boot-starter-data-jpa")
            + _dependency("org.springframework.boot", "spring-boot-starter-web")
            + _dependency("uk.ac.ebi.eva", "eva-lib"),
            profiles,
        ),
        "dgva-server/src/main/java/uk/ac/ebi/dgva/server/Application.java": _APPLICATION,
        "dgva-server/src/main/resources/application.properties": properties,
    }


_DRIVER_CLASS = (
    "spring.datasource.url=|dgvapro.host|\n"
    "spring.datasource.driver-class-name=oracle.jdbc.OracleDriver\n"
    "spring.jpa.database-platform=org.hibernate.dialect.OracleDialect\n"
)


@pytest.mark.parametrize(
    ("properties", "profile_active", "engine"),
    [
        # The driver class in the module's own settings, the driver in a profile every build
        # without `-P` has: Oracle, over the PostgreSQL driver of the library module.
        (_DRIVER_CLASS, "true", "Oracle"),
        # The driver class alone (no driver declared in the module) is seen as an engine.
        (_DRIVER_CLASS, None, "PostgreSQL"),
        # A profile a build must ask for brings nothing by default.
        ("spring.datasource.url=|dgvapro.host|\n", "false", "PostgreSQL"),
        ("spring.datasource.url=|dgvapro.host|\n", "true", "Oracle"),
    ],
)
def test_the_module_s_own_oracle_over_a_library_s_postgresql_driver(
    tmp_path: Path, properties: str, profile_active: str | None, engine: str
) -> None:
    found = by_folder(write(tmp_path, _eva(properties, profile_active)))
    backend = found["dgva-server"]
    assert first(backend, K.DATABASE)[0] == engine
    engines = [f.name for f in backend.findings if f.kind is K.DATABASE]
    assert ("Oracle" in engines) is (properties == _DRIVER_CLASS or profile_active == "true")


@pytest.mark.parametrize(
    ("pin", "version"),
    [
        ("open-supply-hub\n", ""),  # a pyenv virtualenv's name
        ("open-supply-hub\n3.12.4\n", "3.12.4"),  # pyenv reads the next line
        ("system\n", ""),
        ("3.11.7\n", "3.11.7"),
        ("pypy3.10-7.3.12\n", "pypy3.10-7.3.12"),
    ],
)
def test_a_python_version_file_names_a_release_or_nothing(
    tmp_path: Path, pin: str, version: str
) -> None:
    files = {
        ".python-version": pin,
        "requirements.txt": "flask==3.0.0\n",
        "app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
    }
    found = by_folder(write(tmp_path, files))
    assert found["."].language_version == version


@pytest.mark.parametrize(("pin", "version"), [("lts/*\n", ""), ("v20.11.1\n", "Node 20.11.1")])
def test_an_nvmrc_alias_names_no_release(tmp_path: Path, pin: str, version: str) -> None:
    files = {
        ".nvmrc": pin,
        "package.json": '{"name": "api", "dependencies": {"express": "4.19.2"}, '
        '"scripts": {"start": "node server.js"}}\n',
        "server.js": "const express = require('express');\nconst app = express();\n"
        "app.listen(3000);\n",
    }
    found = by_folder(write(tmp_path, files))
    assert found["."].language_version == version
