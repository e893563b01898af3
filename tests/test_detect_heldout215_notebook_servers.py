"""Python: a FastAPI wrapper kept among a folder's notebooks is an experiment (set 215, #19).

A product's repository keeps, beside its deployed API, a research folder of Jupyter notebooks
trying out a text-matching method, and in a sub-folder of it the method wrapped in one FastAPI
route with a Dockerfile running uvicorn. Nothing outside that folder (no CI job, Compose file,
script or configuration) builds or names it: an experiment, not a backend (`notebook_servers`).
A CI job building it, a parent folder holding no notebook, or a store of its own keeps it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_EXPERIMENT = "research/fastapi matcher"


def _repo() -> dict[str, str]:
    return {
        # The product's deployed API.
        "api/package.json": '{\n  "name": "api",\n  "scripts": {"start": "node index.js"},\n'
        '  "dependencies": {"express": "4.18.2", "pg": "^8.12.0"}\n}\n',
        "api/index.js": "const express = require('express');\nconst app = express();\n"
        "app.get('/items', (req, res) => res.json([]));\napp.listen(3000);\n",
        "api/Dockerfile": 'FROM node:20\nCOPY . .\nCMD ["node", "index.js"]\n',
        # The research folder: notebooks, and the method wrapped in a FastAPI route.
        "research/README.md": "### Matching methodology\n\nExact and approximate matching.\n",
        "research/Matching - Experiments.ipynb": '{"cells": [], "nbformat": 4}\n',
        f"{_EXPERIMENT}/requirements.txt": "fuzzywuzzy==0.18.0\nfastapi\nuvicorn\npydantic\n",
        f"{_EXPERIMENT}/main.py": "from fastapi import FastAPI\nfrom pydantic import BaseModel\n\n"
        "from matcher import replace\n\n\nclass Request(BaseModel):\n    text: str\n\n\n"
        "app = FastAPI()\n\n\n@app.post('/replace')\ndef run(request: Request):\n"
        "    return {'text': replace(request.text)}\n",
        f"{_EXPERIMENT}/matcher.py": "def replace(text):\n    return text\n",
        f"{_EXPERIMENT}/Dockerfile": "FROM python:3.8\nCOPY ./ /app\n"
        "RUN pip install -r /app/requirements.txt\n"
        'CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8080"]\n',
        ".github/workflows/deploy.yml": "on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: docker build -t api ./api\n",
    }


def test_a_fastapi_wrapper_among_notebooks_is_an_experiment(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert "api" in found
    assert _EXPERIMENT not in found


def test_a_ci_job_building_it_keeps_it(tmp_path: Path) -> None:
    # Counter-case: the deploy workflow builds the experiment's image too: it ships.
    files = _repo()
    workflow = ".github/workflows/deploy.yml"
    files[workflow] += f'      - run: docker build -t matcher "{_EXPERIMENT}"\n'
    found = by_folder(write(tmp_path, files))
    assert _EXPERIMENT in found


def test_a_parent_without_notebooks_keeps_it(tmp_path: Path) -> None:
    # Counter-case: no notebook beside it: a service folder, left to the other rules.
    files = _repo()
    del files["research/Matching - Experiments.ipynb"]
    found = by_folder(write(tmp_path, files))
    assert _EXPERIMENT in found


def test_a_store_of_its_own_keeps_it(tmp_path: Path) -> None:
    # Counter-case: it keeps data (SQLAlchemy over PostgreSQL): a service someone adopted.
    files = _repo()
    files[f"{_EXPERIMENT}/requirements.txt"] += "SQLAlchemy==2.0.30\npsycopg2-binary==2.9.9\n"
    files[f"{_EXPERIMENT}/db.py"] = (
        "from sqlalchemy import create_engine\n\n"
        "engine = create_engine('postgresql://app@db/matches')\n"
    )
    found = by_folder(write(tmp_path, files))
    assert _EXPERIMENT in found
