"""Held-out sets 295 and 298 (#19): Werkzeug a pip list names beside another framework.

A Django project's pyproject.toml lists Werkzeug (django-extensions' debugger) beside Django and
Django REST framework: Werkzeug is a library there, so the folder is a Django one, not
ambiguous. A Gradle service keeping Python conformance tooling in a requirements.txt at its root
(pytest, requests, Werkzeug) is a JVM service whose framework its Java code starts. Werkzeug
alone, or routed in code, stays a framework.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_PYPROJECT = """[project]
name = "judge"
version = "1.0.0"
requires-python = ">=3.11"
dependencies = [
    "Django>=5.2,<5.3",
    "djangorestframework>=3.14,<3.15",
    "Werkzeug",
    "psycopg2-binary",
]
"""

_SETTINGS = """INSTALLED_APPS = [
    'django.contrib.auth',
    'rest_framework',
]
"""

_GRADLE = """apply plugin: 'java'
apply plugin: 'application'
mainClassName = 'org.example.register.RegisterApplication'

dependencies {
    compile 'io.dropwizard:dropwizard-core:1.3.11'
    testCompile 'junit:junit:4.12'
}
"""

_APPLICATION = """package org.example.register;

import io.dropwizard.Application;
import io.dropwizard.setup.Environment;

public class RegisterApplication extends Application<RegisterConfiguration> {
    public static void main(String[] args) throws Exception {
        new RegisterApplication().run(args);
    }

    @Override
    public void run(RegisterConfiguration configuration, Environment environment) {
    }
}
"""

def _frameworks(backend: DetectedBackend) -> list[str]:
    return [f.name for f in backend.findings if f.kind is K.FRAMEWORK]


_JUNIT = """package org.example.register;

import org.junit.Test;

public class RecordTest {
    @Test
    public void reads() {
    }
}
"""

_WSGI = """from werkzeug.routing import Map, Rule

URLS = Map([Rule('/', endpoint='index')])
"""

_TOOLING = "pytest==3.10.0\nrequests==2.20.0\nWerkzeug==0.11.5\n"


def test_werkzeug_beside_django_is_a_library(tmp_path: Path) -> None:
    files = {"pyproject.toml": _PYPROJECT, "judge/default_settings.py": _SETTINGS}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Django"
    assert "Werkzeug" not in _frameworks(backend)
    assert not backend.ambiguous


def test_python_tooling_beside_a_jvm_service(tmp_path: Path) -> None:
    files = {
        "build.gradle": _GRADLE,
        "requirements.txt": _TOOLING,
        "src/main/java/org/example/register/RegisterApplication.java": _APPLICATION,
        "src/test/java/org/example/register/RecordTest.java": _JUNIT,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert backend.language == "Java"
    assert _frameworks(backend) == ["Dropwizard"]
    assert first(backend, K.TEST)[0] == "JUnit"


def test_werkzeug_alone_stays_a_framework(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "Werkzeug==3.0.1\n",
        "app.py": _WSGI,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Werkzeug"
