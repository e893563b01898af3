"""Python: SQLAlchemy a FastAPI app's routers import, installed by a package named by URL
(set 148, #19).

The API's requirements.txt declares FastAPI and Uvicorn only; the requirements file its image
installs adds the product's database package by URL (`https://github.com/…/archive/<sha>.zip`
and that package's own requirements, `-r https://…/requirements.txt`), which brings SQLAlchemy.
The routers import SQLAlchemy's ORM themselves (`import sqlalchemy.orm`, queries on
`sqlalchemy.orm.Query`) and open sessions from the package: SQLAlchemy is the data layer,
though no file here declares it (`url_requirements`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MAIN = """from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import NoResultFound

from .routers import rides

app = FastAPI(title='Rides API')
app.include_router(rides.router, prefix='/rides')
"""
_ROUTER = """import sqlalchemy
import sqlalchemy.orm
from fastapi import APIRouter

from product_db.db import get_session
from product_db import model

router = APIRouter()


def _hook(session_query: sqlalchemy.orm.Query):
    return session_query.order_by(sqlalchemy.desc(model.Ride.id))


@router.get('/list')
def list_():
    with get_session() as session:
        return [r.id for r in _hook(session.query(model.Ride)).limit(100)]
"""
_DOCKER_REQUIREMENTS = (
    "-r https://github.com/example/product-db/raw/88f0ca95d1/requirements.txt\n"
    "-r requirements.txt\n"
    "https://github.com/example/product-db/archive/88f0ca95d1.zip\n"
)


def _tree(by_url: bool, router: str = _ROUTER) -> dict[str, str]:
    files = {
        "requirements.txt": "fastapi[all]==0.78.0\nuvicorn==0.17.6\n",
        "setup.py": "from setuptools import setup\nsetup(name='rides-api', packages=['api'])\n",
        "api/__init__.py": "",
        "api/main.py": _MAIN,
        "api/routers/__init__.py": "",
        "api/routers/rides.py": router,
        "Dockerfile": "FROM python:3.8\nCOPY . .\nRUN pip install -r requirements-docker.txt\n"
        'ENTRYPOINT ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "api.main:app"]\n',
    }
    if by_url:
        files["requirements-docker.txt"] = _DOCKER_REQUIREMENTS
    return files


def test_routers_importing_sqlalchemy_orm_beside_a_url_package_are_sqlalchemy(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _tree(by_url=True)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "FastAPI"
    assert first(backend, K.ORM)[0] == "SQLAlchemy"


def test_without_a_requirement_by_url_the_import_is_left_alone(tmp_path: Path) -> None:
    # Counter-case: every requirement is named; an import nothing installs is no choice.
    backend = by_folder(write(tmp_path, _tree(by_url=False)))["."]
    assert first(backend, K.ORM) is None or first(backend, K.ORM)[0] != "SQLAlchemy"


def test_sqlalchemy_s_exceptions_alone_are_no_data_layer(tmp_path: Path) -> None:
    # Counter-case: only `sqlalchemy.exc` imported (an error handler); no ORM is used.
    router = "from fastapi import APIRouter\n\nrouter = APIRouter()\n"
    backend = by_folder(write(tmp_path, _tree(by_url=True, router=router)))["."]
    assert first(backend, K.ORM) is None or first(backend, K.ORM)[0] != "SQLAlchemy"
