"""Python: a server whose one route runs the schema migrations is no backend (set 204, #19).

Beside a product's API, a folder holds a small FastAPI service (its own requirements.txt,
Dockerfile and `main.py`) whose one POST takes the changelog and runs Liquibase on the
product's database through `subprocess.run`; a CI workflow calls it. It keeps no data of its
own: a job trigger for operators (`migration_hooks`). Counter-cases: a service with a data
layer, one with more routes, one including a router from elsewhere, and one whose process is
no migration tool stay backends."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_HOOK = (
    "import subprocess\n\nfrom fastapi import FastAPI, Request\n\napp = FastAPI()\n\n\n"
    "@app.post('/execute-liquibase')\nasync def execute(request: Request):\n"
    "    body = await request.body()\n"
    "    command = [\n        '/opt/liquibase/liquibase',\n"
    "        '--changeLogFile=changelog.xml',\n        'update',\n    ]\n"
    "    result = subprocess.run(command, check=True, capture_output=True, text=True)\n"
    "    return {'output': result.stdout}\n\n\n"
    "@app.get('/health')\nasync def health():\n    return {'ok': True}\n"
)


def _product(hook: str = _HOOK, requirements: str = "fastapi\nuvicorn\n") -> dict[str, str]:
    return {
        "pyproject.toml": '[project]\nname = "registry"\nversion = "1.0.0"\n'
        'dependencies = [\n    "fastapi~=0.120.1",\n    "sqlalchemy~=2.0",\n'
        '    "asyncpg~=0.30",\n]\n',
        "api/server.py": "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
        "@app.get('/samples')\nasync def samples():\n    return []\n",
        "db/deploy/requirements.txt": requirements,
        "db/deploy/Dockerfile": "FROM python:3.11-slim\nCOPY . ./\n"
        'CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8080"]\n',
        "db/deploy/main.py": hook,
    }


def test_a_migration_hook_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _product()))
    assert first(found["."], K.FRAMEWORK)[0] == "FastAPI"
    assert "db/deploy" not in found


def test_a_hook_with_a_data_layer_stays(tmp_path: Path) -> None:
    # Counter-case: a service that keeps data of its own.
    files = _product(requirements="fastapi\nuvicorn\nsqlalchemy\npsycopg2-binary\n")
    found = by_folder(write(tmp_path, files))
    assert first(found["db/deploy"], K.FRAMEWORK)[0] == "FastAPI"


def test_a_service_with_more_routes_stays(tmp_path: Path) -> None:
    # Counter-case: three routes for clients besides the one running the tool.
    hook = _HOOK + "".join(
        f"\n\n@app.get('/{name}')\nasync def {name}():\n    return []\n"
        for name in ("jobs", "runs", "logs")
    )
    found = by_folder(write(tmp_path, _product(hook)))
    assert first(found["db/deploy"], K.FRAMEWORK)[0] == "FastAPI"


def test_a_service_including_routers_stays(tmp_path: Path) -> None:
    # Counter-case: routes added from elsewhere the reading cannot count.
    hook = _HOOK + "\nfrom routes import router\n\napp.include_router(router)\n"
    found = by_folder(write(tmp_path, _product(hook)))
    assert first(found["db/deploy"], K.FRAMEWORK)[0] == "FastAPI"


def test_a_process_that_is_no_migration_tool_stays(tmp_path: Path) -> None:
    # Counter-case: a converter starting another program is a computation service.
    hook = _HOOK.replace("'/opt/liquibase/liquibase'", "'/usr/bin/pandoc'").replace(
        "'update'", "'--to=pdf'"
    )
    found = by_folder(write(tmp_path, _product(hook)))
    assert first(found["db/deploy"], K.FRAMEWORK)[0] == "FastAPI"
