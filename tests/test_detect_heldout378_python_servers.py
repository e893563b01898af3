"""Python servers of the notebook and ML set (#19): a root package's API server whose image
recipe keeps its pip list beside it, a Tornado application subclassed, and SQLAlchemy models
of a Python server whose only manifest is a webpack package.json."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

API_DOCKERFILE = """\
FROM python:3.9-slim
WORKDIR /app
COPY ./images/api/requirements.txt ./api-requirements.txt
COPY ./requirements.txt ./
RUN python -m pip install -r requirements.txt -r api-requirements.txt
COPY . .
RUN python -m pip install .[complete-api]
CMD ["bash", "./images/api/start.sh"]
"""
SETUP = "from setuptools import setup\nsetup(name='sdk', install_requires=['requests'])\n"
MAIN = "from fastapi import FastAPI\n\napp = FastAPI()\n"


def test_root_built_images_list_is_the_roots(tmp_path: Path) -> None:
    files = {
        "setup.py": SETUP,
        "requirements.txt": "requests~=2.31\n",
        "sdk/__init__.py": "",
        "server/api/main.py": MAIN,
        "images/api/Dockerfile": API_DOCKERFILE,
        "images/api/requirements.txt": "fastapi~=0.110.0\nsqlalchemy~=1.4\npymysql~=1.1\n",
        "images/api/start.sh": "uvicorn server.api.main:app\n",
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK) == ("FastAPI", "~=0.110.0")
    assert first(found["."], K.ORM)[0] == "SQLAlchemy"


def test_image_copying_no_root_keeps_its_list(tmp_path: Path) -> None:
    dockerfile = API_DOCKERFILE.replace("COPY . .\n", "").replace(
        "RUN python -m pip install .[complete-api]\n", ""
    )
    files = {
        "setup.py": SETUP,
        "sdk/__init__.py": "",
        "images/api/Dockerfile": dockerfile,
        "images/api/requirements.txt": "fastapi~=0.110.0\n",
    }
    found = by_folder(write(tmp_path, files))
    assert "." not in found or first(found["."], K.FRAMEWORK)[0] != "FastAPI"


SERVER = """\
import tornado.ioloop
import tornado.web


class CellServer(tornado.web.Application):
    def __init__(self):
        super().__init__([(r"/", Handler)])


if __name__ == "__main__":
    CellServer().listen(8888)
    tornado.ioloop.IOLoop.current().start()
"""
MODELS = """\
from sqlalchemy import Column, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Permalink(Base):
    __tablename__ = "permalinks"
    ident = Column(String, primary_key=True)
"""


def test_subclassed_tornado_application_and_its_models(tmp_path: Path) -> None:
    files = {
        "package.json": package_json({"jquery": "^3.6.0"}, {"webpack": "^5.0.0"}),
        "webpack.config.js": "module.exports = {};\n",
        "web_server.py": SERVER,
        "db_sqlalchemy.py": MODELS,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Tornado"
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
