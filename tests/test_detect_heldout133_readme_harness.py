"""A product's end-to-end test harness with a small FastAPI backend of its own, as set 133
showed it (benchmarks/detect_heldout133.yaml, #19): `monke/` creates test data in the systems
the product connects to, triggers the product's syncs and checks the results; its README's
title calls it the product's "Integration Testing Framework" and its backend/app.py starts and
watches test runs. HELDOUT.md counts test harnesses as no backends. One keeping data of its
own, or whose README does not call it a harness, stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_README = (
    "# Monke - Product Integration Testing Framework\n\n"
    "**End-to-end testing framework for the product's connectors using real API "
    "integrations**\n\n## Quick Start\n\n```bash\n./monke.sh github\n```\n"
)

_API = {
    "backend/requirements.txt": "fastapi==0.115.0\nsqlalchemy==2.0.35\npsycopg2==2.9.9\n",
    "backend/Dockerfile": 'FROM python:3.12\nCMD ["uvicorn", "app.main:app"]\n',
    "backend/app/main.py": (
        "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get('/sources')\n"
        "def sources():\n    return []\n"
    ),
}


def _harness(readme: str, requirements: str = "") -> dict[str, str]:
    return {
        **_API,
        "monke/README.md": readme,
        "monke/requirements.txt": "fastapi>=0.104.0\nuvicorn[standard]>=0.30.0\nhttpx>=0.27\n"
        + requirements,
        "monke/Dockerfile": 'FROM python:3.12\nCMD ["python", "runner.py"]\n',
        "monke/runner.py": "import asyncio\n\n\nasync def main():\n    pass\n",
        "monke/backend/app.py": (
            "from fastapi import FastAPI\n\n"
            'app = FastAPI(title="Monke Backend", version="0.1.0")\n\n\n'
            '@app.post("/api/runs")\nasync def start_run():\n    return {"id": 1}\n'
        ),
    }


def test_a_dataless_project_its_readme_calls_a_test_harness_is_no_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _harness(_README)))
    assert set(found) == {"backend"}


def test_a_readme_not_calling_it_a_harness_leaves_it_a_backend(tmp_path: Path) -> None:
    # Counter-case: a README naming a unit test runner in its lead says nothing of the project.
    readme = "# Monke\n\nA connector catalogue service. Its tests use pytest as the runner.\n"
    found = by_folder(write(tmp_path, _harness(readme)))
    assert set(found) == {"backend", "monke"}


def test_a_harness_keeping_data_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: data of its own makes it a service whatever its README says.
    files = _harness(_README, "sqlalchemy==2.0.35\npsycopg2==2.9.9\n")
    files["monke/backend/db.py"] = (
        "from sqlalchemy import create_engine\n\n"
        'engine = create_engine("postgresql://monke@db/monke")\n'
    )
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"backend", "monke"}
