"""Python: a service whose only tests are its sibling service's has none (set 241, #19).

A monorepo's second FastAPI service (`services/enterprise`) was started from the first one's
copy: it pins `pytest==7.4.0` and keeps `[tool.pytest.ini_options]` in its pyproject.toml, but
holds no test; the sibling `services/engine` holds the suite, which the CI job runs in its own
working directory. pytest in the second service collects nothing: it has no test framework
(`sibling_suites`). A test of its own, a root suite beside the services, or a command running
pytest in its folder keeps pytest."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = "fastapi==0.98.0\nuvicorn==0.22.0\npytest== 7.4.0\n"
_PYPROJECT = '[tool.pytest.ini_options]\nenv_files = [".test.env"]\n'
_APP = (
    "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
    "@app.get('/items')\ndef items() -> list:\n    return []\n"
)
_CI = (
    "name: Test\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
    "    defaults:\n      run:\n        working-directory: ./services/engine\n"
    "    steps:\n      - uses: actions/checkout@v3\n      - name: Test with pytest\n"
    "        run: |\n          pytest\n"
)


def _repo() -> dict[str, str]:
    files: dict[str, str] = {".github/workflows/tests.yml": _CI}
    for name in ("engine", "enterprise"):
        files[f"services/{name}/requirements.txt"] = _REQUIREMENTS
        files[f"services/{name}/pyproject.toml"] = _PYPROJECT
        files[f"services/{name}/app.py"] = _APP
    files["services/engine/tests/conftest.py"] = (
        "import pytest\n\n\n@pytest.fixture\ndef app():\n    return 1\n"
    )
    files["services/engine/tests/test_items.py"] = "def test_items(app):\n    assert app == 1\n"
    return files


def test_a_service_with_only_its_siblings_tests_has_none(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert first(found["services/engine"], K.TEST)[0] == "pytest"
    assert first(found["services/enterprise"], K.TEST) == ("", "")


def test_a_test_of_its_own_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: one test module in its folder.
    files = _repo()
    files["services/enterprise/test_app.py"] = "def test_app():\n    assert True\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["services/enterprise"], K.TEST)[0] == "pytest"


def test_a_root_suite_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: a root tests/ folder beside the services may be its suite.
    files = _repo()
    files["tests/test_enterprise.py"] = "def test_enterprise():\n    assert True\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["services/enterprise"], K.TEST)[0] == "pytest"


def test_a_ci_job_in_its_folder_keeps_pytest(tmp_path: Path) -> None:
    # Counter-case: the CI job runs pytest in its folder too.
    files = _repo()
    files[".github/workflows/enterprise.yml"] = _CI.replace("engine", "enterprise")
    found = by_folder(write(tmp_path, files))
    assert first(found["services/enterprise"], K.TEST)[0] == "pytest"
