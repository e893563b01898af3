"""A JVM application serving pages over a sibling backend's API (#19): the queue-triage shape of
held-out set 80. A Gradle build holds core/core-server (Spring Boot over the MongoDB driver)
and web/web-server, a Spring Boot application with no data of its own that calls the core
through core/client and renders Mustache pages from src/main/resources/mustache beside the
scripts and style sheets in src/main/resources/static. The web server is a UI's server, not a
backend. Counter-cases: without the browser assets (templates alone may be mails), without
the templates, or with a data layer of its own, it stays a backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import write

_SETTINGS = (
    "rootProject.name = 'triage'\ninclude 'core:client',\n        'core:core-server',\n"
    "        'web:web-server'\n"
)
_CORE = """apply plugin: 'application'

dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-web:1.5.3.RELEASE'
    implementation 'org.mongodb:mongodb-driver:3.4.2'
}
"""
_CLIENT = """dependencies {
    implementation 'org.apache.cxf:cxf-rt-rs-client:3.1.11'
}
"""
_WEB = """apply plugin: 'application'

dependencies {
    implementation project(':core:client')
    implementation 'org.springframework.boot:spring-boot-starter-web:1.5.3.RELEASE'
    implementation 'com.github.spullara.mustache.java:compiler:0.9.4'
    implementation 'org.apache.cxf:cxf-rt-rs-client:3.1.11'
%s}
"""
_APP = (
    "package org.example.{pkg};\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class {cls} {{\n"
    "    public static void main(String[] args) {{\n"
    "        SpringApplication.run({cls}.class, args);\n    }}\n}}\n"
)
_DAO = (
    "package org.example.core;\n\nimport com.mongodb.client.MongoCollection;\n"
    "import com.mongodb.client.MongoDatabase;\n\npublic class FailedMessageDao {\n"
    "    private MongoCollection<?> collection;\n}\n"
)
_RESOURCES = "web/web-server/src/main/resources"


def _build(templates: bool = True, assets: bool = True, data: bool = False) -> dict[str, str]:
    files = {
        "settings.gradle": _SETTINGS,
        "core/client/build.gradle": _CLIENT,
        "core/client/src/main/java/org/example/client/CoreClient.java":
            "package org.example.client;\n\npublic interface CoreClient {\n}\n",
        "core/core-server/build.gradle": _CORE,
        "core/core-server/src/main/java/org/example/core/CoreApplication.java":
            _APP.format(pkg="core", cls="CoreApplication"),
        "core/core-server/src/main/java/org/example/core/FailedMessageDao.java": _DAO,
        "web/web-server/build.gradle": _WEB % (
            "    implementation 'org.mongodb:mongodb-driver:3.4.2'\n" if data else ""
        ),
        "web/web-server/src/main/java/org/example/web/WebApplication.java":
            _APP.format(pkg="web", cls="WebApplication"),
    }
    if data:
        files["web/web-server/src/main/java/org/example/web/Store.java"] = (
            _DAO.replace("org.example.core", "org.example.web")
        )
    if templates:
        files[f"{_RESOURCES}/mustache/home.mustache"] = "<h1>{{title}}</h1>\n"
        files[f"{_RESOURCES}/mustache/list.mustache"] = "<ul>{{#items}}<li/>{{/items}}</ul>\n"
    if assets:
        files[f"{_RESOURCES}/static/js/app.js"] = "console.log('triage');\n"
        files[f"{_RESOURCES}/static/css/app.css"] = "body { margin: 0; }\n"
    return files


def test_page_server_without_data_is_a_ui(tmp_path: Path) -> None:
    write(tmp_path, _build())
    found = by_folder(tmp_path)
    assert "core/core-server" in found
    assert "web/web-server" not in found


@pytest.mark.parametrize("change", ["no assets", "no templates", "own data"])
def test_page_server_stays_a_backend(tmp_path: Path, change: str) -> None:
    write(tmp_path, _build(
        templates=change != "no templates",
        assets=change != "no assets",
        data=change == "own data",
    ))
    assert "web/web-server" in by_folder(tmp_path)
