"""Generic gaps the nineteenth held-out set showed (benchmarks/detect_heldout19.yaml), each as a
small fixture of the real files' shape (#19): a module named setup.py and a load test's mock
server, neither a project; a Prisma schema's provider above drivers kept for other stores;
Jest seen in the test files when the runner is configured at the root; a tab-indented
package-lock; Laminas MVC and a required PDO extension; CodeIgniter 3's models; FreeSql;
pytest configured only for a Playwright suite beside Django's test cases; a Maven library
module's tests kept for the applications that use it; a Go program's example configuration."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_heldout18_gaps import _module
from test_detect_projects import dep, go_mod, junit5_test, package_json, write

from designer.model.stack import FindingKind as K

# --- Python: a module named setup.py, a load test's mock server ---------------------------------

_FASTAPI_MAIN = "from fastapi import FastAPI\n\napplication = FastAPI()\n"


def test_a_setup_module_and_a_load_test_mock_are_no_backends(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": '[project]\nname = "app"\ndependencies = ["fastapi==0.133.1"]\n',
        "loadtest/mock_llm/app.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "backend/requirements/default.txt": "fastapi==0.133.1\nsqlalchemy==2.0.50\n",
        "backend/Dockerfile": "FROM python:3.13\n",
        "backend/app/setup.py": "from app.db import Session\n\n\ndef setup_app():\n    pass\n",
        "backend/app/main.py": _FASTAPI_MAIN,
    }
    assert list(by_folder(write(tmp_path, files))) == ["backend"]


def test_a_packaging_setup_py_is_still_a_project(tmp_path: Path) -> None:
    files = {
        "svc/setup.py": "from setuptools import setup\n\nsetup(install_requires=['fastapi'])\n",
        "svc/main.py": _FASTAPI_MAIN,
    }
    assert list(by_folder(write(tmp_path, files))) == ["svc"]


# --- Node: Prisma's provider, Jest from the root, a tab-indented lock ---------------------------

_SCHEMA = (
    "// datasource db {\n//   provider = \"postgresql\"\n// }\n"
    'datasource db {\n  provider = "sqlite"\n  url      = "file:../storage/app.db"\n}\n'
)
_EXPRESS = "const express = require('express');\n\nconst app = express();\napp.listen(3001);\n"


def _anything(extra: dict[str, str]) -> dict[str, str]:
    deps = {"express": "^4.21.2", "@prisma/client": "5.3.1", "mysql2": "^3.9.8", "pg": "^8.11"}
    return {
        "package.json": package_json({}, {"jest": "^29.7.0"}, scripts={"test": "jest"}),
        "jest.config.cjs": "module.exports = { testPathIgnorePatterns: ['/node_modules/'] };\n",
        "server/package.json": package_json(deps),
        "server/index.js": _EXPRESS,
        "server/prisma/schema.prisma": _SCHEMA,
        "worker/package.json": package_json({"express": "^4.21.2"}),
        "worker/index.js": _EXPRESS,
        **extra,
    }


def test_the_prisma_provider_and_jest_in_the_test_files(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _anything({
        "server/__tests__/models/user.test.js": (
            "jest.mock('../../utils/db');\n\ndescribe('User', () => { it('x', () => {}); });\n"
        ),
    })))
    assert first(found["server"], K.DATABASE)[0] == "SQLite"
    assert first(found["server"], K.TEST)[0] == "Jest"
    # No test file of its own: the root's runner is not the worker's.
    assert first(found["worker"], K.TEST) == ("", "")


def test_a_tab_indented_package_lock_resolves_the_range(tmp_path: Path) -> None:
    lock = (
        '{\n\t"name": "server",\n\t"lockfileVersion": 3,\n\t"packages": {\n'
        '\t\t"": {\n\t\t\t"dependencies": {\n\t\t\t\t"express": "^4.19.2"\n\t\t\t}\n\t\t},\n'
        '\t\t"node_modules/express": {\n\t\t\t"version": "4.22.2"\n\t\t}\n\t}\n}\n'
    )
    files = {
        "server/package.json": package_json({"express": "^4.19.2"}),
        "server/package-lock.json": lock,
        "server/index.js": _EXPRESS,
    }
    assert first(by_folder(write(tmp_path, files))["server"], K.FRAMEWORK) == (
        "Express", "4.22.2"
    )


# --- PHP: Laminas MVC on pdo_mysql; CodeIgniter 3's models ----------------------------------------

def test_laminas_mvc_and_its_required_pdo_extension(tmp_path: Path) -> None:
    files = {
        "composer.json": (
            '{"require": {\n"ext-pdo_mysql": "*",\n"doctrine/orm": "^2.11",\n'
            '"laminas/laminas-mvc": "^3.0.1"\n}}\n'
        ),
        "index.php": "<?php\nuse Laminas\\Mvc\\Application;\n\nApplication::init([])->run();\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Laminas MVC"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_codeigniter_3_models_use_its_query_builder(tmp_path: Path) -> None:
    files = {
        "composer.json": '{"require": {"codeigniter/framework": "3.1.13"}}\n',
        "index.php": "<?php\nrequire_once BASEPATH . 'core/CodeIgniter.php';\n",
        "application/core/MY_Model.php": "<?php\n\nclass MY_Model extends CI_Model\n{\n}\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "CodeIgniter Query Builder"


# --- .NET: FreeSql -----------------------------------------------------------------------------

def test_freesql_is_an_orm(tmp_path: Path) -> None:
    files = {
        "src/Web/Web.csproj": csproj(
            "FreeSql.Provider.MySqlConnector", "FreeSql.Provider.Sqlite",
            sdk="Microsoft.NET.Sdk.Web",
        ),
        "src/Web/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n",
    }
    assert first(by_folder(write(tmp_path, files))["src/Web"], K.ORM)[0] == "FreeSql"


# --- Django's runner beside a pytest Playwright suite -------------------------------------------

def test_pytest_for_a_playwright_suite_leaves_the_unit_tests_to_unittest(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": (
            '[project]\nname = "app"\ndependencies = ["django==5.2"]\n\n'
            '[dependency-groups]\ndev = ["pytest-playwright>=0.8", "pytest>=9.0.3"]\n'
        ),
        "manage.py": "from django.core.management import execute_from_command_line\n",
        "app/tests/test_views.py": "from django.test import TestCase\n\n\nclass T(TestCase): ...\n",
        "playwright_tests/pytest.ini": "[pytest]\n",
        "playwright_tests/tests/conftest.py": "import pytest\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.TEST)[0] == "unittest"


# --- Maven: a library module's tests go to the applications that use it ------------------------

_PARENT = """<project>
  <parent><groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId><version>2.4.10</version></parent>
  <groupId>org.example</groupId>
  <artifactId>app-parent</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules><module>framework</module><module>buyer</module><module>admin</module></modules>
</project>
"""


def _boot(name: str) -> str:
    return (
        f"package org.example;\n\n@SpringBootApplication\npublic class {name} {{\n"
        "  public static void main(String[] args) {\n"
        f"    SpringApplication.run({name}.class, args);\n  }}\n}}\n"
    )


def test_a_library_modules_tests_stay_with_its_users(tmp_path: Path) -> None:
    web = dep("org.springframework.boot", "spring-boot-starter-web")
    files = {
        "pom.xml": _PARENT,
        "framework/pom.xml": _module("framework", web + "\n" + dep(
            "org.springframework.boot", "spring-boot-starter-test", "test")),
        # The library's own test: the repository has tests (`testless_jvm`), none in `buyer`.
        "framework/src/test/java/org/example/FrameworkTests.java": junit5_test(
            "org.example", "FrameworkTests"),
        "buyer/pom.xml": _module("buyer", dep("org.example", "framework")),
        "buyer/src/main/java/org/example/BuyerApplication.java": _boot("BuyerApplication"),
        "admin/pom.xml": _module("admin", web),
        "admin/src/main/java/org/example/AdminApplication.java": _boot("AdminApplication"),
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["buyer"], K.TEST)[0] == "JUnit"
    assert first(found["admin"], K.TEST) == ("", "")


# --- Go: the example configuration an install copies --------------------------------------------

def test_a_go_programs_example_configuration_names_its_default_engine(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/gofiber/fiber/v2 v2.52.14", "gorm.io/gorm v1.31.2",
            "gorm.io/driver/mysql v1.6.0", "gorm.io/driver/postgres v1.6.0",
        ),
        "main.go": (
            'package main\n\nimport "github.com/gofiber/fiber/v2"\n\n'
            "func main() {\n\tapp := fiber.New()\n\tapp.Listen(\":23366\")\n}\n"
        ),
        "conf/app.example.yml": "db:\n  # sqlite, mysql\n  type: sqlite\n  file: ./data/app.db\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"
