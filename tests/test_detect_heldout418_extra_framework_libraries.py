"""Python: a workspace library offering its web framework as an extra is no backend (set 418,
#19).

A uv workspace keeps a telemetry library and a utilities library beside the product's FastAPI
service. Each library's code calls `FastAPI(...)` (a metrics app, a versioned-API helper), but
its pyproject.toml names FastAPI only in `[project.optional-dependencies]`, declares no script,
and the service requires it (`"acme-utils[fastapi]"`): libraries, not services
(`py_extra_libraries`). The same project that nothing requires, or that declares FastAPI at run
time, or a script, is left a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_SERVICE = (
    '[project]\nname = "acme"\nversion = "1.0"\ndependencies = [\n    "fastapi>=0.95.2",\n'
    '    "psycopg[binary,pool]",\n    "acme-utils[storages,fastapi]",\n    "acme-telemetry",\n]\n'
)

_UTILS = (
    '[project]\nname = "acme_utils"\nversion = "1.0"\ndependencies = [\n'
    '    "pydantic>=2.6",\n    "aiohttp>=3.9.4",\n    "acme-telemetry",\n]\n\n'
    "[project.optional-dependencies]\n"
    'fastapi = [\n    "fastapi>=0.95.2",\n    "starlette>=0.21.0",\n    "uvicorn",\n]\n'
    'storages = [\n    "aiobotocore>=2.9.0",\n]\n'
)

_TELEMETRY = (
    '[project]\nname = "acme_telemetry"\nversion = "1.0"\n'
    'dependencies = [\n    "prometheus-client>=0.12.0",\n]\n\n'
    "[project.optional-dependencies]\n"
    'fastapi = [\n    "fastapi",\n    "opentelemetry-instrumentation-fastapi>=0.42b0",\n]\n'
)


def _tree(utils: str = _UTILS, service: str = _SERVICE) -> dict[str, str]:
    return {
        "pyproject.toml": '[project]\nname = "ws"\nversion = "1.0"\n'
        'dependencies = ["acme"]\n\n[tool.uv.workspace]\nmembers = ["acme", "acme_*"]\n',
        "acme/pyproject.toml": service,
        "acme/src/acme/app.py": 'from fastapi import FastAPI\n\napp = FastAPI(title="API")\n'
        "\n\n@app.get('/items')\nasync def items():\n    return []\n",
        "acme_utils/pyproject.toml": utils,
        "acme_utils/src/acme_utils/versioning.py": "from fastapi import FastAPI\n\n\n"
        "def versioned(app: FastAPI) -> FastAPI:\n    parent = FastAPI(title=app.title)\n"
        "    return parent\n",
        "acme_telemetry/pyproject.toml": _TELEMETRY,
        "acme_telemetry/src/acme_telemetry/fastapi.py": "from fastapi import FastAPI\n\n"
        'metrics = FastAPI(title="Metrics")\n',
    }


def test_required_libraries_offering_the_framework_are_no_backends(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "acme" in found
    assert "acme_utils" not in found
    assert "acme_telemetry" not in found


def test_a_library_nothing_requires_is_left(tmp_path: Path) -> None:
    service = _SERVICE.replace('    "acme-utils[storages,fastapi]",\n', "")
    assert "acme_utils" in by_folder(write(tmp_path, _tree(service=service)))


def test_a_library_declaring_the_framework_at_run_time_is_left(tmp_path: Path) -> None:
    utils = _UTILS.replace('"pydantic>=2.6",', '"pydantic>=2.6",\n    "fastapi>=0.95.2",')
    assert "acme_utils" in by_folder(write(tmp_path, _tree(utils=utils)))


def test_a_library_with_a_script_is_left(tmp_path: Path) -> None:
    utils = _UTILS + '\n[project.scripts]\nacme-utils = "acme_utils.main:run"\n'
    assert "acme_utils" in by_folder(write(tmp_path, _tree(utils=utils)))
