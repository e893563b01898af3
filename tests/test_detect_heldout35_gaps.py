"""Generic gaps the thirty-fifth held-out set showed (benchmarks/detect_heldout35.yaml), each as a
small fixture of the real files' shape (#19): a root pyproject.toml whose dependencies setuptools
reads from a pip file in the package's folder (where manage.py also lives) is the backend's
manifest, and that folder's code is the root project's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- Python --------------------------------------------------------------------------------------


def _dynamic_django(dynamic: str) -> dict[str, str]:
    """A packaged Django application: the root pyproject.toml, its `manage.py`, settings and
    pip files inside the package folder `writer/`."""
    return {
        "pyproject.toml": (
            '[build-system]\nrequires = ["setuptools>=82.0.1"]\n'
            'build-backend = "setuptools.build_meta"\n\n'
            '[project]\nname = "writer"\nrequires-python = ">=3.13"\n'
            'dynamic = ["dependencies", "version"]\n\n'
            '[project.optional-dependencies]\npostgresql = ["psycopg2"]\n\n'
            '[project.scripts]\nwriter = "writer.manage:entry"\n\n'
            f"[tool.setuptools.dynamic]\nversion = {{file = \"writer/version.txt\"}}\n{dynamic}"
        ),
        "writer/version.txt": "4.1.0\n",
        "writer/requirements.txt": "channels==4.3.2\nDjango==6.0.6\n",
        "writer/test-requirements.txt": "selenium==4.38.0\ncoverage==7.10.7\n",
        "writer/manage.py": (
            "import os\nimport sys\n\n\ndef entry():\n"
            '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "base.settings")\n'
            "    from django.core.management import execute_from_command_line\n\n"
            "    execute_from_command_line(sys.argv)\n"
        ),
        "writer/base/settings.py": (
            "DATABASES = {\n    \"default\": {\n"
            '        "ENGINE": "django.db.backends.sqlite3",\n'
            '        "NAME": "writer.sql",\n    }\n}\n'
        ),
        "writer/base/tests/test_pages.py": (
            "from django.test import TestCase\n\n\nclass PageTest(TestCase):\n"
            "    def test_home(self):\n        self.assertTrue(True)\n"
        ),
    }


def test_dynamic_dependencies_file_belongs_to_the_root_pyproject(tmp_path: Path) -> None:
    files = _dynamic_django('dependencies = {file = "writer/requirements.txt"}\n')
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["."]
    backend = backends["."]
    assert first(backend, K.FRAMEWORK) == ("Django", "==6.0.6")
    assert first(backend, K.ORM)[0] == "Django ORM"
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert first(backend, K.TEST)[0] == "unittest"
    framework = next(f for f in backend.findings if f.kind is K.FRAMEWORK)
    assert "writer/requirements.txt" in {e.path for e in framework.evidence}


def test_dynamic_dependencies_as_a_list_of_files(tmp_path: Path) -> None:
    """setuptools also takes a list of files, and extras read from files the same way."""
    files = _dynamic_django(
        'dependencies = {file = ["writer/requirements.txt"]}\n'
        '[tool.setuptools.dynamic.optional-dependencies]\n'
        'test = {file = ["writer/test-requirements.txt"]}\n'
    )
    assert list(by_folder(write(tmp_path, files))) == ["."]


def test_without_the_dynamic_table_the_package_folder_is_the_backend(tmp_path: Path) -> None:
    """The other side: a pyproject.toml that does not read the pip file leaves the folder
    holding manage.py and requirements.txt its own project."""
    backends = by_folder(write(tmp_path, _dynamic_django("")))
    assert list(backends) == ["writer"]
