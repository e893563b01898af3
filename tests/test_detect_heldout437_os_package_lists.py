"""A server whose only manifest is the root pyproject.toml (its packages found under `server/`)
keeps beside its code the operating system's package lists its installers read
(`server/requirements-deb.txt`, `server/requirements-rpm.txt`) (#19): those are no pip lists,
so they make no Python project of `server/`, and the backend is the root's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import python
from designer.model.stack import FindingKind as K

PYPROJECT = (
    '[project]\nname = "app_server"\nrequires-python = ">=3.10"\ndynamic = ["version"]\n'
    "dependencies = [\n"
    '    "pyramid==1.10.8",  # web framework\n'
    '    "sqlalchemy==2.0.39",  # database access\n'
    '    "pymysql==1.1.1",\n'
    '    "pytest==9.0.3",\n'
    "]\n\n"
    "[project.scripts]\napp_server = \"app_server.app_server:main\"\n\n"
    '[tool.setuptools.packages.find]\nwhere = ["server"]\n'
)
CORE = (
    "from pyramid.config import Configurator\n\n\n"
    "def make_app(settings):\n"
    "    with Configurator(settings=settings) as config:\n"
    "        config.add_route('home', '/')\n"
    "        app = config.make_wsgi_app()\n"
    "    return app\n"
)
DEB = "# Data contributes to the Debian 'control' file.\n\ngcc  # GCC\nlibssl-dev\n"
RPM = "# Its data is sent to 'rpmrebuild'.\n\ngcc\nopenssl-devel\n"


def _files(**extra: str) -> dict[str, str]:
    return {
        "pyproject.toml": PYPROJECT,
        "server/app_server/__init__.py": "",
        "server/app_server/app_server.py": "from app_server.core import make_app\n",
        "server/app_server/core.py": CORE,
        **extra,
    }


def test_os_package_lists_make_no_project_beside_the_code(tmp_path: Path) -> None:
    files = _files(**{"server/requirements-deb.txt": DEB, "server/requirements-rpm.txt": RPM})
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("Pyramid", "==1.10.8")


def test_pip_list_beside_the_code_is_still_read() -> None:
    assert python.is_manifest("requirements-dev.txt", "server")
    assert python.is_manifest("requirements.txt", "server")
    assert python.is_manifest("requirements-prod.txt", "server")
    for name in ("requirements-deb.txt", "requirements-rpm.txt", "requirements_apt.txt"):
        assert not python.is_manifest(name, "server")
