"""A pixi workspace (benchmarks/detect_heldout106.yaml, #19): the FastAPI package's version is
the one pixi.lock's default environment installs; SQLAlchemy's driver extras name the engines
it supports, and a SQLite database in memory or a temporary directory is a stand-in; a package
taking only FastAPI's dependency injection is a worker, not a second backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect import pixi_lock
from designer.model.stack import FindingKind as K

_PIXI = """version: 6
environments:
  default:
    channels:
    - url: https://conda.anaconda.org/conda-forge/
    packages:
      linux-64:
      - conda: https://conda.anaconda.org/conda-forge/linux-64/python-3.11.15-hd63d673_0_cpython.conda
      - pypi: https://files.pythonhosted.org/packages/e0/82/fastapi-0.136.3-py3-none-any.whl
      - pypi: ./api
  docs:
    channels:
    - url: https://conda.anaconda.org/conda-forge/
    packages:
      linux-64:
      - pypi: https://files.pythonhosted.org/packages/aa/bb/fastapi-0.110.0-py3-none-any.whl
packages:
- conda: https://conda.anaconda.org/conda-forge/linux-64/python-3.11.15-hd63d673_0_cpython.conda
  sha256: bf6a32c69889d38482436a786bea32276756cedf0e9805cc856ffd088e8d00f0
  depends:
  - bzip2 >=1.0.8,<2.0a0
- pypi: https://files.pythonhosted.org/packages/aa/bb/fastapi-0.110.0-py3-none-any.whl
  name: fastapi
  version: 0.110.0
  requires_dist:
  - starlette>=0.36.0
- pypi: https://files.pythonhosted.org/packages/e0/82/fastapi-0.136.3-py3-none-any.whl
  name: fastapi
  version: 0.136.3
  requires_dist:
  - starlette>=0.46.0
- pypi: ./api
  name: api
  version: 0.1.0
"""

_APP = (
    "from fastapi import APIRouter, FastAPI\n\n"
    "router = APIRouter()\n\n\n"
    "@router.get('/items')\n"
    "def items() -> list[str]:\n"
    "    return []\n\n\n"
    "app = FastAPI()\n"
    "app.include_router(router)\n"
)


def _pyproject(name: str, *deps: str) -> str:
    listed = "".join(f'    "{d}",\n' for d in deps)
    return f'[project]\nname = "{name}"\nrequires-python = ">=3.11"\ndependencies = [\n{listed}]\n'


def test_the_default_environments_release_is_read() -> None:
    text = "\n" + _PIXI.removesuffix("\n")
    [(member, key, (_, version, line), start)] = list(pixi_lock.search(text, {"fastapi"}))
    assert (member, key, version) == (".", "fastapi", "0.136.3")
    assert text[start:].startswith("  version: 0.136.3")
    assert _PIXI.splitlines()[line - 1] == "  version: 0.136.3"


def test_conda_packages_are_named_by_their_file() -> None:
    text = "\n" + _PIXI.removesuffix("\n")
    [found] = list(pixi_lock.search(text, {"python"}))
    assert found[2][1] == "3.11.15"


def test_without_a_default_environment_the_first_entry_counts() -> None:
    text = "\n" + _PIXI.replace("  default:", "  web:").removesuffix("\n")
    [found] = list(pixi_lock.search(text, {"fastapi"}))
    assert found[2][1] == "0.110.0"


def test_a_member_takes_the_workspace_pixi_lock(tmp_path: Path) -> None:
    files = {
        "pixi.lock": _PIXI,
        "pixi.toml": '[workspace]\nname = "ws"\n',
        "api/pyproject.toml": _pyproject("api", "fastapi>=0.121.0", "uvicorn"),
        "api/src/api/main.py": _APP,
    }
    assert first(by_folder(write(tmp_path, files))["api"], K.FRAMEWORK) == ("FastAPI", "0.136.3")


def test_without_the_lock_the_range_stays(tmp_path: Path) -> None:
    files = {
        "api/pyproject.toml": _pyproject("api", "fastapi>=0.121.0", "uvicorn"),
        "api/src/api/main.py": _APP,
    }
    assert first(by_folder(write(tmp_path, files))["api"], K.FRAMEWORK) == ("FastAPI", ">=0.121.0")


_SCRATCH_URL = (
    "def local_urls(tmp_dir: str) -> None:\n"
    '    url = f"sqlite+aiosqlite:///{tmp_dir}/jobs.db"\n'
    '    print(f"export APP_DB_URL={url}")\n'
)
_SAVED_URL = 'DB_URL = "sqlite+aiosqlite:///var/lib/app/jobs.db"\n'


def _engine(tmp_path: Path, module: str) -> str:
    files = {
        "pyproject.toml": _pyproject(
            "api", "fastapi", "uvicorn", "sqlalchemy[aiomysql,aiosqlite] >= 2"
        ),
        "api/main.py": _APP,
        "api/db.py": module,
    }
    return first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0]


def test_driver_extras_and_a_scratch_sqlite_leave_the_server_engine(tmp_path: Path) -> None:
    assert _engine(tmp_path, _SCRATCH_URL) == "MySQL"


def test_a_sqlite_file_that_lasts_is_still_the_engine(tmp_path: Path) -> None:
    assert _engine(tmp_path, _SAVED_URL) == "SQLite"


def test_extras_that_are_no_driver_name_no_engine(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": _pyproject(
            "api", "fastapi", "uvicorn", "sqlalchemy[asyncio] >= 2", "celery[redis]"
        ),
        "api/main.py": _APP,
        "api/db.py": "import os\n\nfrom sqlalchemy import create_engine\n\n"
        'engine = create_engine(os.environ["DB_URL"])\n',
    }
    found = by_folder(write(tmp_path, files))["."]
    assert {f.name for f in found.findings if f.kind is K.DATABASE} == set()


_WORKER = (
    "from fastapi import Depends\n"
    "from fastapi.dependencies.models import Dependant\n"
    "from fastapi.dependencies.utils import get_dependant\n\n\n"
    "def resolve(call) -> Dependant:\n"
    "    return get_dependant(path='', call=call)\n"
)


def _folders(tmp_path: Path, worker: str) -> set[str]:
    # Two packages of a workspace, neither starting its app where the scan sees it (the
    # service's app is built by a factory of its own class).
    service = _APP.replace("app = FastAPI()\n", "").replace("APIRouter, FastAPI", "APIRouter")
    files = {
        "api/pyproject.toml": _pyproject("api", "fastapi", "sqlalchemy"),
        "api/src/api/routes.py": service,
        "tasks/pyproject.toml": _pyproject("tasks", "fastapi>=0.121.0", "redis"),
        "tasks/src/tasks/worker.py": worker,
    }
    return set(by_folder(write(tmp_path, files)))


def test_a_package_taking_only_dependency_injection_is_no_backend(tmp_path: Path) -> None:
    assert _folders(tmp_path, _WORKER) == {"api"}


def test_a_package_importing_fastapis_web_surface_stays(tmp_path: Path) -> None:
    worker = _WORKER + "\nfrom fastapi import (\n    APIRouter,\n    Depends,\n)\n"
    assert _folders(tmp_path, worker) == {"api", "tasks"}
