"""Python: another language's test folder keeps no pytest declaration (set 207, #19).

A monorepo holds a Gradle service (`java/manager/`, its JUnit suite in `src/test/`) beside a
FastAPI service (`python/insight/`) whose pyproject lists pytest among its development tools
while the repository holds no Python test. pytest runs nothing there: the test folder is the
JVM project's suite (`testless_pytest.foreign_projects`), and the Python service has no test
framework. A Python test module anywhere, even inside the JVM project, keeps pytest."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[project]\nname = "insight"\nversion = "0.1.0"\n'
    'dependencies = [\n    "fastapi==0.111.0",\n    "uvicorn==0.30.6",\n]\n\n'
    '[dependency-groups]\ndev = [\n    "pytest>=8.4.1",\n]\n'
)

_GRADLE = (
    "plugins {\n    id 'java'\n    id 'org.springframework.boot' version '3.2.12'\n}\n\n"
    "dependencies {\n    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
    "    testImplementation 'org.springframework.boot:spring-boot-starter-test'\n}\n"
)


def _monorepo() -> dict[str, str]:
    return {
        "python/insight/pyproject.toml": _PYPROJECT,
        "python/insight/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
        '@app.get("/health")\ndef health() -> dict:\n    return {"ok": True}\n',
        "java/manager/build.gradle": _GRADLE,
        "java/manager/src/main/java/org/acme/ManagerApplication.java": (
            "package org.acme;\n\nimport org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class ManagerApplication {\n"
            "    public static void main(String[] args) {\n"
            "        SpringApplication.run(ManagerApplication.class, args);\n    }\n}\n"
        ),
        "java/manager/src/test/java/org/acme/ManagerApplicationTests.java": (
            "package org.acme;\n\nimport org.junit.jupiter.api.Test;\n\n"
            "class ManagerApplicationTests {\n    @Test\n    void loads() {}\n}\n"
        ),
    }


def test_a_jvm_suite_keeps_no_pytest_of_the_python_service(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _monorepo()))
    assert first(found["python/insight"], K.FRAMEWORK)[0] == "FastAPI"
    assert first(found["python/insight"], K.TEST) == ("", "")
    assert first(found["java/manager"], K.TEST)[0] == "JUnit"


def test_a_python_test_module_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: a Python test module, even in the JVM project's test folder, is one.
    files = _monorepo()
    files["java/manager/src/test/python/test_api.py"] = "def test_api():\n    assert True\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["python/insight"], K.TEST)[0] == "pytest"


def test_a_root_tests_folder_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: a test folder outside any other language's project may hold its suite.
    files = _monorepo()
    files["tests/fixtures/data.json"] = "{}\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["python/insight"], K.TEST)[0] == "pytest"
