"""A gap the 470th held-out set showed (benchmarks/detect_heldout470.yaml), as a small fixture of
the real files' shape (#19): a worker image's folder holding only a Dockerfile and a copy of the
API's pip list (Flask among it), built by Compose, whose command is a `flask` CLI command of the
API's code: no backend (`base_images`). The same folder with code of its own stays, and
so does one with no Dockerfile (a list beside a Procfile: no image says whose code it runs)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_LIST = "flask\nflask-sqlalchemy\nflask-migrate\npsycopg2\ngunicorn\n"

_MAIN = (
    "from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\n\n\n"
    "class MyFlask(Flask):\n    pass\n\n\napp = MyFlask(__name__)\n"
    "app.config['SQLALCHEMY_DATABASE_URI'] = 'postgresql://pm:pm@db:5432/market'\n"
    "db = SQLAlchemy(app)\n\n\n@app.route('/api/status')\ndef status():\n"
    "    return {'ok': True}\n\n\n@app.cli.command('settle-lightning-payments')\n"
    "def settle_lightning_payments():\n    pass\n"
)


def _dockerfile(folder: str) -> str:
    return (
        "FROM python:3.12-slim-bullseye\n\n"
        f"COPY ./{folder}/requirements.txt /\n\nRUN pip3 install -r /requirements.txt\n\n"
        f"COPY ./{folder} /app\n\nWORKDIR /app\n"
    )


_COMPOSE = (
    "services:\n  api:\n    build:\n      context: ./\n      dockerfile: ./api/Dockerfile\n"
    "    command: gunicorn main:app\n"
    "  settle-lightning-payments:\n    build:\n      context: ./\n"
    "      dockerfile: ./ln_payments_processor/Dockerfile\n    depends_on: [db]\n"
    "  db:\n    image: postgres:14\n"
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "docker-compose.yml": _COMPOSE,
        "api/requirements.txt": _LIST,
        "api/Dockerfile": _dockerfile("api"),
        "api/main.py": _MAIN,
        "ln_payments_processor/requirements.txt": _LIST,
        "ln_payments_processor/Dockerfile": _dockerfile("ln_payments_processor"),
        **extra,
    }


def test_an_image_folder_of_a_list_and_no_code_is_no_backend(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _tree()))) == ["api"]


def test_the_same_folder_with_code_of_its_own_stays(tmp_path: Path) -> None:
    worker = {"ln_payments_processor/main.py": _MAIN.replace("/api/status", "/status")}
    assert sorted(by_folder(write(tmp_path, _tree(**worker)))) == ["api", "ln_payments_processor"]


def test_a_list_folder_with_no_image_stays(tmp_path: Path) -> None:
    tree = _tree()
    del tree["ln_payments_processor/Dockerfile"]
    tree["ln_payments_processor/Procfile"] = "web: gunicorn main:app\n"
    tree["docker-compose.yml"] = _COMPOSE.split("  settle-lightning-payments:")[0] + (
        "  db:\n    image: postgres:14\n"
    )
    assert sorted(by_folder(write(tmp_path, tree))) == ["api", "ln_payments_processor"]
