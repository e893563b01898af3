"""A folder of container images holding only an image's recipe (a Dockerfile and the
requirements it installs, its command starting the application of the project around it),
beside that application: no backend of its own (#19, benchmarks/detect_heldout60.yaml)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PYPROJECT = (
    '[project]\nname = "api"\nversion = "1.0"\nrequires-python = ">=3.10"\n'
    'dependencies = ["fastapi[all] == 0.136.1", "beanie == 2.1.0", "pymongo == 4.17.0"]\n'
)

_MAIN = "from fastapi import FastAPI\n\napp = FastAPI()\n"

_DOCKERFILE = (
    "FROM python:3.11\nCOPY requirements*.txt /home/app/\n"
    "RUN pip install --requirement requirements.txt\n"
    'CMD ["uvicorn", "api.main:app", "--host", "0.0.0.0"]\n'
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "api/main.py": _MAIN,
        "docker/api/Dockerfile": _DOCKERFILE,
        "docker/api/requirements.txt": "beanie==2.1.0\nfastapi[all]==0.135.3\npymongo==4.16.0\n",
        **extra,
    }


def test_an_image_recipe_beside_the_application_is_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _tree()))) == {"."}


def test_a_service_with_its_code_in_an_image_folder_stays(tmp_path: Path) -> None:
    files = _tree(**{"docker/api/main.py": _MAIN})
    assert "docker/api" in by_folder(write(tmp_path, files))
