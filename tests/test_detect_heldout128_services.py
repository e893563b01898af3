"""FastAPI building blocks of held-out set 128 (benchmarks/detect_heldout128.yaml), as small
fixtures of the real files' shape (#19): a repository whose root is a Python library (Poetry,
its `poetry.lock` resolving FastAPI for the library) and whose services live under
`containers/`, each with its own `requirements.txt` (ranges, no lock), Dockerfile, `app/main.py`
and pytest suite.

- A service whose manifests are pip lists takes no version from the root's lock: pip never
  reads it, the declared range is the version.
- A stateless service under `containers/` with a test suite of its own is a service, not a
  helper of the images there.
- An env example's database URL whose only driver is in the development list (the integration
  tests reach the database another service keeps) is no engine of a program reaching no data.
- A library whose only app is built on `self` in a base class, with no image of its own, is
  no service beside the services built on it.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = {
    "pyproject.toml": (
        '[tool.poetry]\nname = "blocks"\nversion = "v1.7.6"\n\n'
        '[tool.poetry.dependencies]\npython = "^3.13"\nfastapi = ">=0.109.1,<0.110"\n'
        'sqlalchemy = "^2.0.0"\npsycopg2-binary = "^2.9.5"\n'
    ),
    "poetry.lock": (
        '[[package]]\nname = "fastapi"\nversion = "0.109.2"\n\n'
        '[[package]]\nname = "sqlalchemy"\nversion = "2.0.29"\n'
    ),
    "blocks/__init__.py": "",
    "blocks/linkage/mpi.py": (
        "from sqlalchemy import create_engine\n\n"
        "engine = create_engine('postgresql+psycopg2://db/mpi')\n"
    ),
}
_BASE_SERVICE = (
    "from fastapi import FastAPI\n\n\nclass BaseService:\n"
    "    def __init__(self, service_name: str):\n"
    "        self.app = FastAPI(\n            title=service_name,\n        )\n\n"
    "    def start(self) -> FastAPI:\n        return self.app\n"
)
_MAIN = (
    "from fastapi import FastAPI\n\napp = FastAPI(title='converter')\n\n\n"
    "@app.post('/convert-to-fhir')\nasync def convert(body: dict) -> dict:\n    return body\n"
)
_TEST = (
    "import pytest\nfrom fastapi.testclient import TestClient\n\nfrom app.main import app\n\n"
    "client = TestClient(app)\n\n\ndef test_convert():\n"
    "    assert client.post('/convert-to-fhir', json={}).status_code == 200\n"
)


_DAL = (
    "import psycopg2\n\n\ndef connect(url: str):\n    return psycopg2.connect(url)\n"
)


def _linkage() -> dict[str, str]:
    """A service keeping data of its own (the patient index over PostgreSQL)."""
    return {
        **_service("containers/linkage", requirements="fastapi>=0.109.1\npsycopg2-binary\n"),
        "containers/linkage/app/dal.py": _DAL,
    }


def _service(folder: str, tests: bool = True, requirements: str = "") -> dict[str, str]:
    files = {
        f"{folder}/Dockerfile": (
            "FROM python:3.13-slim\nCOPY . .\nRUN pip install -r requirements.txt\n"
            'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8080"]\n'
        ),
        f"{folder}/requirements.txt": requirements or "fastapi>=0.109.1\nlxml\nuvicorn\n",
        f"{folder}/app/__init__.py": "",
        f"{folder}/app/main.py": _MAIN,
    }
    if tests:
        files[f"{folder}/dev-requirements.txt"] = "pytest>=8.3.4\nhttpx\n"
        files[f"{folder}/tests/test_main.py"] = _TEST
        files[f"{folder}/tests/integration/conftest.py"] = "import pytest\n"
    return files


def test_pip_listed_service_takes_no_version_from_the_roots_lock(tmp_path: Path) -> None:
    files = {
        **_ROOT,
        "blocks/containers/base_service.py": _BASE_SERVICE,
        **_service("containers/converter"),
    }
    backends = by_folder(write(tmp_path, files))
    assert first(backends["containers/converter"], K.FRAMEWORK) == ("FastAPI", ">=0.109.1")


def test_a_project_member_of_the_roots_uv_workspace_takes_its_lock(tmp_path: Path) -> None:
    """Counter-case: a member declared by a pyproject.toml in a uv workspace is installed
    from the root's `uv.lock`, which resolves its range."""
    files = {
        "pyproject.toml": (
            '[project]\nname = "root"\nversion = "0.1"\n\n'
            '[tool.uv.workspace]\nmembers = ["services/*"]\n'
        ),
        "uv.lock": (
            'version = 1\n\n[[package]]\nname = "fastapi"\nversion = "0.115.8"\n'
            'source = { registry = "https://pypi.org/simple" }\n'
        ),
        "services/api/pyproject.toml": (
            '[project]\nname = "api"\nversion = "0.1"\ndependencies = ["fastapi>=0.109.1"]\n'
        ),
        "services/api/api/main.py": _MAIN,
    }
    backends = by_folder(write(tmp_path, files))
    assert first(backends["services/api"], K.FRAMEWORK) == ("FastAPI", "0.115.8")


def test_a_tested_stateless_service_among_container_images_is_a_backend(tmp_path: Path) -> None:
    files = {
        **_service("containers/converter"),
        **_linkage(),
    }
    assert set(by_folder(write(tmp_path, files))) == {"containers/converter", "containers/linkage"}


def test_an_untested_server_among_container_images_stays_a_helper(tmp_path: Path) -> None:
    """Counter-case: without tests of its own, a data-less server there is an image's
    helper (a stand-in, a health check) beside the service."""
    files = {
        **_service("containers/converter", tests=False),
        **_linkage(),
    }
    assert set(by_folder(write(tmp_path, files))) == {"containers/linkage"}


_ENV = (
    "VALIDATION_URL=http://validation-service:8080\n\n"
    "DATABASE_URL=postgresql://postgres:pw@db:5432/viewer_db\n"
)


def test_an_env_url_for_the_integration_tests_is_no_engine(tmp_path: Path) -> None:
    files = {
        **_service("containers/orchestration"),
        "containers/orchestration/dev-requirements.txt": "pytest>=8.3.4\npsycopg2-binary>=2.9.10\n",
        "containers/orchestration/.env.sample": _ENV,
    }
    backend = by_folder(write(tmp_path, files))["containers/orchestration"]
    assert first(backend, K.DATABASE) == ("", "")


def test_an_env_url_beside_a_runtime_driver_stays_the_engine(tmp_path: Path) -> None:
    """Counter-case: the program installs the driver itself: the URL is its database."""
    files = {
        **_service(
            "containers/orchestration", requirements="fastapi>=0.109.1\npsycopg2-binary\n"
        ),
        "containers/orchestration/.env.sample": _ENV,
    }
    backend = by_folder(write(tmp_path, files))["containers/orchestration"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_library_building_apps_on_self_is_no_backend(tmp_path: Path) -> None:
    files = {
        **_ROOT,
        "blocks/containers/base_service.py": _BASE_SERVICE,
        **_service("containers/converter"),
    }
    assert list(by_folder(write(tmp_path, files))) == ["containers/converter"]


def test_a_project_building_its_app_on_self_alone_stays_a_backend(tmp_path: Path) -> None:
    """Counter-case: with no other project of the tree starting FastAPI itself, nothing is
    built on the class: the project is what it looks like."""
    files = {**_ROOT, "blocks/containers/base_service.py": _BASE_SERVICE}
    assert list(by_folder(write(tmp_path, files))) == ["."]
