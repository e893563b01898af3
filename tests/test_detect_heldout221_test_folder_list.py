"""Python: a pip list of the service's own tests folder gives it its test tool (set 221, #19).

A Flask service's list names no test tool; its only tests are `test/test_sanity.py` with a
`conftest.py`, installed by `test/requirements.txt` (`pytest==9.0.3`). That folder is a project
of the service's own language inside its tests folder: its suite is the service's, as a suite of
another language there already was (`harnesses.hand_over`). A service with tests of its own keeps
them, and a project outside a tests folder lends nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SANITY = (
    "import pytest\n\n\n@pytest.fixture\ndef client():\n    return object()\n\n\n"
    "def test_web_ui_reachable(client):\n    assert client is not None\n"
)


def _sandbox() -> dict[str, str]:
    return {
        "requirements.txt": "Flask==3.0.3\nboto3==1.35.81\n",
        "setup.py": "from setuptools import setup\n\nsetup(name='sandbox', "
        "install_requires=open('requirements.txt').read().splitlines())\n",
        "sandbox/__init__.py": "",
        "sandbox/web/app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "test/requirements.txt": "pytest==9.0.3\n",
        "test/conftest.py": "import pytest\n",
        "test/test_sanity.py": _SANITY,
    }


def test_the_tests_folder_list_gives_the_service_pytest(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _sandbox()))
    assert set(found) == {"."}
    assert first(found["."], K.TEST)[0] == "pytest"


def test_a_service_with_tests_of_its_own_keeps_them(tmp_path: Path) -> None:
    # Counter-case: the service's own unittest suite stays its test framework.
    files = _sandbox()
    files["sandbox/tests/test_api.py"] = (
        "import unittest\n\n\nclass TestApi(unittest.TestCase):\n"
        "    def test_ok(self):\n        self.assertTrue(True)\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "unittest"


def test_a_project_outside_a_tests_folder_lends_nothing(tmp_path: Path) -> None:
    # Counter-case: a tools project with pytest is not the service's suite.
    files = _sandbox()
    for name in ("requirements.txt", "conftest.py", "test_sanity.py"):
        files[f"tools/{name}"] = files.pop(f"test/{name}")
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST) == ("", "")
