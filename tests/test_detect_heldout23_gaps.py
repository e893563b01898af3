"""Generic gaps the twenty-third held-out set showed (benchmarks/detect_heldout23.yaml), each as
a small fixture of the real files' shape (#19): a Python package keeping a copy of its
project's requirements; Node's built-in SQLite behind a server that also hands out its UI's
build; in a Maven build, a library module whose Spring Boot plugin names no main class, a copy
of a pom among a module's resources and a mock server among the tools."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, package_json, pom, write

from designer.model.stack import FindingKind as K

# --- Python --------------------------------------------------------------------------------------


def test_a_package_keeping_a_copy_of_its_projects_requirements(tmp_path: Path) -> None:
    """faraday: the root pyproject.toml packages `faraday/`, whose requirements.txt copies the
    root's list; the application is the root's."""
    requirements = "flask==2.2.5\npsycopg2>=2.9.0\n"
    files = {
        "pyproject.toml": (
            '[project]\nname = "app"\ndependencies = [\n    "flask==2.2.5",\n'
            '    "psycopg2>=2.9.0",\n]\n'
        ),
        "requirements.txt": requirements,
        "app/__init__.py": "",
        "app/requirements.txt": requirements,
        "app/server/app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK)[0] == "Flask"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


# --- Node ----------------------------------------------------------------------------------------


def test_node_builtin_sqlite_behind_a_server_handing_out_its_ui(tmp_path: Path) -> None:
    """The Lounge: one package for the Vue client and the Express server, which serves the
    client's build; messages are stored through `node:sqlite` in a module named for it."""
    files = {
        "package.json": package_json({"express": "4.20.0"}, {"vue": "3.2.35"}),
        "server/server.ts": (
            'import express from "express";\n\nconst app = express();\n'
            'app.use(express.static("public"));\n'
        ),
        "server/plugins/messageStorage/sqlite.ts": (
            'import {DatabaseSync} from "node:sqlite";\n\n'
            "export const open = (path: string) => new DatabaseSync(path);\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("Express", "4.20.0")
    assert first(found["."], K.DATABASE)[0] == "SQLite"
    assert first(found["."], K.ORM) == ("", "")


# --- JVM -----------------------------------------------------------------------------------------


_BOOT_PLUGIN = (
    "<build>\n  <plugins>\n    <plugin>\n      <groupId>org.springframework.boot</groupId>\n"
    "      <artifactId>spring-boot-maven-plugin</artifactId>{}\n    </plugin>\n  </plugins>\n"
    "</build>"
)
_WEB = dep("org.springframework.boot", "spring-boot-starter-web")
_MAIN = (
    "package app;\n\n@SpringBootApplication\npublic class {0} {{\n"
    "    public static void main(String[] args) {{ SpringApplication.run({0}.class, args); }}\n}}\n"
)


def test_library_modules_resources_and_mock_servers_of_a_maven_build(tmp_path: Path) -> None:
    """MallChat, dockstore, nzbhydra2: beside the application module, a library module whose
    Spring Boot plugin is told `<mainClass>none</mainClass>`, a copy of the application's pom
    under its `src/main/resources`, and a Spring Boot mock server under `other/`."""
    boot = _BOOT_PLUGIN.format("")
    files = {
        "server/pom.xml": pom(_WEB, extra=boot),
        "server/src/main/java/app/ServerApplication.java": _MAIN.format("ServerApplication"),
        "server/generated/src/main/resources/pom.xml": pom(_WEB),
        "tools/limiter/pom.xml": pom(
            _WEB,
            extra=_BOOT_PLUGIN.format(
                "\n      <configuration>\n        <mainClass>none</mainClass>\n"
                "      </configuration>"
            ),
        ),
        "other/mockserver/pom.xml": pom(_WEB, extra=boot),
        "other/mockserver/src/main/java/app/MockApplication.java": _MAIN.format(
            "MockApplication"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["server"]
