"""Python: a suite CI runs with `unittest discover` is unittest's, pytest declared (set 239, #19).

A server's tests are `unittest.TestCase` classes (aiohttp's `AioHTTPTestCase`); its
pyproject.toml lists pytest among the development dependencies for a few integration modules,
which CI runs one by one (`python -m pytest tests/test_simul.py`) after running the suite with
`python -m unittest discover -s tests`. The suite's tool is unittest (`unittest_discover`). A
command running pytest over the folder, or no discover run, keeps pytest."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[project]\nname = "server"\nversion = "1.0"\ndependencies = [\n    "aiohttp==3.9.1",\n'
    '    "pymongo==4.6.0",\n]\n\n[project.optional-dependencies]\ndev = [\n'
    '    "pytest<10.0.0",\n    "pytest-aiohttp==1.1.1",\n]\n'
)

_CI = (
    "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
    "    - uses: actions/checkout@v4\n    - name: Run unit tests\n      run: |\n"
    "        PYTHONPATH=server python -m unittest discover -s tests\n"
    "    - name: Run pytest integration tests\n      run: |\n"
    "        PYTHONPATH=server python -m pytest tests/test_simul.py\n"
)


def _repo() -> dict[str, str]:
    files = {
        "pyproject.toml": _PYPROJECT,
        ".github/workflows/ci.yml": _CI,
        "server/server.py": (
            "from aiohttp import web\nfrom pymongo import AsyncMongoClient\n\n"
            "app = web.Application()\napp['db'] = AsyncMongoClient('mongodb://localhost')\n"
            "web.run_app(app)\n"
        ),
        "tests/test_simul.py": (
            "import pytest\n\n\n@pytest.mark.asyncio\nasync def test_simul():\n    assert True\n"
        ),
    }
    for name in ("game", "lobby", "account"):
        files[f"tests/test_{name}.py"] = (
            "import unittest\n\nfrom aiohttp.test_utils import AioHTTPTestCase\n\n\n"
            f"class {name.title()}TestCase(AioHTTPTestCase):\n"
            "    async def test_ok(self):\n        self.assertTrue(True)\n\n\n"
            "if __name__ == '__main__':\n    unittest.main()\n"
        )
    return files


def test_a_discovered_unittest_suite_is_unittests(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert first(found["."], K.FRAMEWORK)[0] == "aiohttp"
    assert first(found["."], K.TEST)[0] == "unittest"


def test_pytest_over_the_folder_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: CI runs pytest over the whole tests folder as well.
    files = _repo()
    files[".github/workflows/ci.yml"] = _CI.replace("tests/test_simul.py", "tests")
    assert first(by_folder(write(tmp_path, files))["."], K.TEST)[0] == "pytest"


def test_no_discover_run_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: no command runs unittest's discovery.
    files = _repo()
    files[".github/workflows/ci.yml"] = _CI.replace("-m unittest discover -s tests", "-m pytest")
    assert first(by_folder(write(tmp_path, files))["."], K.TEST)[0] == "pytest"
