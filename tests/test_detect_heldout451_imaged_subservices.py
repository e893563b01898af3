"""A gap the 451st held-out set showed (benchmarks/detect_heldout451.yaml), as a small fixture
of the real files' shape (#19): a root pyproject.toml listing, unpinned, the packages of two
Litestar services "for local dev", each service a folder with no manifest but its Dockerfiles,
which copy the folder and pip-install the pinned packages by name. Each folder is a backend; the
root is none. A start the root's project serves itself keeps the root whole."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[project]\nname = "tracker"\nversion = "0.0.1"\n\n'
    "# Project is currently being run with docker, but these are useful for local dev/testing\n"
    'dependencies = [\n    "pandas",\n    "litestar[standard]",\n    "sqlalchemy",\n'
    '    "psycopg2-binary",\n]\n'
)

_APP = (
    "from litestar import Litestar\n\nfrom api_app.controllers import Controller\n\n"
    "app = Litestar(route_handlers=[Controller])\n"
)

_CONNECTIONS = (
    "from sqlalchemy import create_engine\n\n\nclass PostgresCon:\n"
    "    def __init__(self, user, password, host, db):\n"
    '        self.db_uri = f"postgresql://{user}:{password}@{host}/{db}"\n'
    "        self.engine = create_engine(self.db_uri)\n"
)


def _dockerfile(port: int, copy: str = "COPY . /app\n") -> str:
    return (
        "FROM python:3.12-slim-bookworm\n\nWORKDIR /app\n\n"
        'RUN pip install --no-cache-dir uvicorn==0.34.0 "litestar[standard]"==2.15.1 '
        "sqlalchemy==2.0.38 psycopg2-binary==2.9.10\n\n"
        f"{copy}\nEXPOSE {port}\n\n"
        f'CMD ["litestar", "run", "--host", "0.0.0.0", "--port", "{port}"]\n'
    )


def _tree(**extra: str) -> dict[str, str]:
    files = {
        "pyproject.toml": _PYPROJECT,
        "package.json": '{"devDependencies": {"prettier": "^3.0.0"}}\n',
        "apps/dash/package.json": '{"devDependencies": {"@sveltejs/kit": "^2.0.0"}}\n',
        "apps/dash/src/routes/+page.svelte": "<h1>Dashboard</h1>\n",
    }
    for name, port in (("dash-backend", 8001), ("postback-api", 8000)):
        files |= {
            f"apps/{name}/app.py": _APP,
            f"apps/{name}/api_app/__init__.py": "",
            f"apps/{name}/api_app/controllers.py": "from litestar import Controller\n",
            f"apps/{name}/dbcon/connections.py": _CONNECTIONS,
            f"apps/{name}/Dockerfile.build": _dockerfile(port),
        }
    return files | extra


def test_each_folder_its_own_image_installs_and_ships_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert sorted(found) == ["apps/dash-backend", "apps/postback-api"]
    for folder in found:
        name, version = first(found[folder], K.FRAMEWORK)
        assert (name, version.lstrip("=")) == ("Litestar", "2.15.1")
        assert first(found[folder], K.ORM)[0] == "SQLAlchemy"
        assert first(found[folder], K.DATABASE)[0] == "PostgreSQL"


def test_a_start_the_root_project_serves_keeps_the_root_whole(tmp_path: Path) -> None:
    """The neighbour: the root's project starts a server of its own too — one program."""
    found = by_folder(write(tmp_path, _tree(**{"main.py": _APP})))
    assert "." in found
    assert "apps/dash-backend" not in found


def test_a_folder_whose_image_does_not_copy_it_stays_the_roots(tmp_path: Path) -> None:
    """The neighbour: the service's image copies nothing of its folder (code mounted in
    development): which code it ships is not said — the root's reading stands."""
    files = _tree()
    files["apps/dash-backend/Dockerfile.build"] = _dockerfile(8001, copy="")
    found = by_folder(write(tmp_path, files))
    assert "." in found
    assert "apps/dash-backend" not in found
