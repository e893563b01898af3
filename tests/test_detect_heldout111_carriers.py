"""Starlette through the package that requires it, as set 111 showed it
(benchmarks/detect_heldout111.yaml, #19): a GraphQL service declares ariadne (whose ASGI app is
a Starlette app) and builds `applications.Starlette(...)` mounting it; starlette is declared
nowhere. The framework is Starlette, at no release (ariadne's is not Starlette's)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SERVER = (
    "from ariadne.asgi import GraphQL\nfrom starlette import applications\n"
    "from starlette.routing import Mount\n\nfrom .schema import SCHEMA\n\n"
    "APP = applications.Starlette(\n    routes=[Mount('/', GraphQL(SCHEMA))],\n)\n"
)


def _service(requirements: str) -> dict[str, str]:
    return {
        "requirements.txt": requirements,
        "graphql_service/__init__.py": "",
        "graphql_service/schema.py": "SCHEMA = None\n",
        "graphql_service/server.py": _SERVER,
        "Dockerfile": "FROM python:3.12\nCOPY . /app\n"
        'CMD ["uvicorn", "graphql_service.server:APP"]\n',
    }


def test_ariadne_carries_the_starlette_its_code_builds(tmp_path: Path) -> None:
    requirements = "ariadne==0.24.0\npymongo==4.16.0\nuvicorn==0.18.1\n"
    backend = by_folder(write(tmp_path, _service(requirements)))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Starlette", "")


def test_starlette_without_a_carrier_stays_a_choice(tmp_path: Path) -> None:
    # Counter-case: nothing declared brings Starlette: the code may be vendored or a sample.
    backend = by_folder(write(tmp_path, _service("pymongo==4.16.0\nuvicorn==0.18.1\n")))["."]
    assert backend.ambiguous
