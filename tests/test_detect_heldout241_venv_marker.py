"""Python: a virtualenv's marker committed without its body is no virtualenv (set 241, #19).

A Django service made its virtualenv in its own folder (`python -m venv .`) and committed the
`pyvenv.cfg` while `.gitignore` kept `bin/` and `lib/` out: beside the marker lie `manage.py`,
the settings package and the pip list. The walk skips a folder holding `pyvenv.cfg` when the
environment's body (`bin/`, `lib/`, `Scripts/`, `Lib/`) lies beside it, or when no project
start (`manage.py`, `pyproject.toml`, `setup.py`) does; a real virtualenv (`runtime/` with
its `lib/python3.9/site-packages`) is still skipped."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CFG = "home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.9.6\n"


def _service() -> dict[str, str]:
    return {
        "web/index.html": "<!doctype html>\n<title>console</title>\n",
        "svc/pyvenv.cfg": _CFG,
        "svc/requirements.txt": "Django==4.2.3\nPyMySQL==1.1.0\n",
        "svc/manage.py": "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', "
        "'svc.settings')\n",
        "svc/svc/__init__.py": "",
        "svc/svc/settings.py": "DATABASES = {'default': {'ENGINE': "
        "'django.db.backends.mysql', 'NAME': 'chat'}}\n",
        "svc/svc/urls.py": "from django.urls import path\n\nurlpatterns = []\n",
    }


def test_a_committed_venv_marker_keeps_its_project(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    assert first(found["svc"], K.FRAMEWORK)[0] == "Django"


def test_a_real_virtualenv_is_still_skipped(tmp_path: Path) -> None:
    # Counter-case: the environment's body beside the marker.
    files = _service()
    files["runtime/pyvenv.cfg"] = _CFG
    files["runtime/lib/python3.9/site-packages/flask/app.py"] = (
        "class Flask:\n    pass\n\napp = Flask(__name__)\n"
    )
    files["runtime/lib/python3.9/site-packages/flask/requirements.txt"] = "Flask==3.0.0\n"
    files["runtime/bin/activate"] = "# activate\n"
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"svc"}  # nothing of runtime/
    assert first(found["svc"], K.FRAMEWORK)[0] == "Django"
