"""A Flask API at a project's root beside a Django UI in a folder of its own (#19): one
requirements file lists Flask, SQLAlchemy and Django; `shortener/rest/manage.py` starts the
Flask app, and `ui/` is a Django project (`ui/manage.py`, `ui/ui/settings.py` with its
`DATABASES` block commented out) whose views render templates from what its `requests` client
fetches from the API. The Django project is a UI: the unit is the Flask API on SQLAlchemy, not a
Django project with the Django ORM. A Django project setting a database keeps its signals."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = """Django==4.0.6
Flask==2.1.2
Flask-JWT-Extended==4.4.2
gunicorn==20.1.0
requests==2.28.1
SQLAlchemy==1.4.39
"""
_FLASK = """from flask import Flask

from shortener.rest.urls import register

app = Flask(__name__)
register(app)

if __name__ == "__main__":
    app.run()
"""
_URLS = """from shortener.rest.views import shorten


def register(app):
    app.add_url_rule("/shorten", view_func=shorten, methods=["POST"])
"""
_VIEWS = """from flask import jsonify, request

from shortener.database import session
from shortener.model import Link


def shorten():
    link = Link(url=request.json["url"])
    session.add(link)
    session.commit()
    return jsonify(id=link.id)
"""
_DATABASE = """from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine("sqlite:///data/shortener.db")
session = sessionmaker(bind=engine)()
"""
_MODEL = """from sqlalchemy import Column, Integer, String
from sqlalchemy.ext.declarative import declarative_base

Model = declarative_base()


class Link(Model):
    __tablename__ = "link"
    id = Column(Integer, primary_key=True)
    url = Column(String)
"""
_MANAGE = """import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ui.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
"""
_SETTINGS = """INSTALLED_APPS = ["django.contrib.staticfiles", "links"]
ROOT_URLCONF = "ui.urls"
MIDDLEWARE = [
    "django.middleware.csrf.CsrfViewMiddleware",
]

# DATABASES = {
#     'default': {
#         'ENGINE': 'django.db.backends.sqlite3',
#         'NAME': 'db.sqlite3',
#     }
# }
"""
_WSGI = """import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ui.settings")
application = get_wsgi_application()
"""
_UI_VIEWS = """from django.shortcuts import render

from restclient.client import ShortenerClient


def index(request):
    return render(request, "index.html", {"links": ShortenerClient().links()})
"""
_CLIENT = """import requests


class ShortenerClient:
    def links(self):
        return requests.get("http://127.0.0.1:9119/links").json()
"""


def _tree(settings: str = _SETTINGS) -> dict[str, str]:
    return {
        "requirements.txt": _REQUIREMENTS,
        "shortener/__init__.py": "",
        "shortener/rest/__init__.py": "",
        "shortener/rest/manage.py": _FLASK,
        "shortener/rest/urls.py": _URLS,
        "shortener/rest/views.py": _VIEWS,
        "shortener/database.py": _DATABASE,
        "shortener/model.py": _MODEL,
        "ui/manage.py": _MANAGE,
        "ui/ui/__init__.py": "",
        "ui/ui/settings.py": settings,
        "ui/ui/wsgi.py": _WSGI,
        "ui/links/__init__.py": "",
        "ui/links/views.py": _UI_VIEWS,
        "ui/restclient/__init__.py": "",
        "ui/restclient/client.py": _CLIENT,
    }


def test_the_django_ui_beside_a_flask_api_leaves_flask_the_framework(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.FRAMEWORK) == ("Flask", "==2.1.2")
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
    assert all(f.name not in ("Django", "Django ORM") for f in backend.findings)


def test_a_django_project_setting_a_database_keeps_django(tmp_path: Path) -> None:
    settings = _SETTINGS.replace("# DATABASES", "DATABASES").replace("#     ", "    ")
    settings = settings.replace("# }", "}")
    backend = by_folder(write(tmp_path, _tree(settings)))["."]
    assert any(f.name == "Django" for f in backend.findings)
