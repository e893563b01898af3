"""Held-out set 102 (#19): a Django service whose uv.lock resolves Django twice, 5.2.x and 6.0.x,
for two dependency groups declared in conflict (`[tool.uv] conflicts`) and for Python versions
(Django 6 needs Python 3.12).

Each resolution lists the forks it serves under `resolution-markers`; the default install (`uv
sync --no-dev`, what the image runs) activates no conflicting group, on the newest Python the
project admits. The version is the resolution serving that fork, wherever it stands in the
lock. Where the newer resolution serves only a conflicting group, the older one is the default;
where the lock records no markers, the first resolution stays the answer.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect import uv_forks
from designer.model.stack import FindingKind as K

_PYPROJECT = """[project]
name = "registry"
requires-python = ">=3.10"
dependencies = ["Django>=5.2", "psycopg[binary]>=3.3"]

[dependency-groups]
django52 = ["Django>=5.2,<5.3"]
django60 = ["Django>=6.0,<6.1; python_version >= '3.12'"]

[tool.uv]
conflicts = [[{ group = "django52" }, { group = "django60" }]]
"""

_MANAGE = """import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")
from django.core.management import execute_from_command_line

execute_from_command_line(sys.argv)
"""

_SETTINGS = 'DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql"}}\n'

_G52 = "extra == 'group-8-registry-django52'"
_G60 = "extra == 'group-8-registry-django60'"
_NOT52 = "extra != 'group-8-registry-django52'"
_NOT60 = "extra != 'group-8-registry-django60'"


def _package(version: str, markers: list[str] | None) -> str:
    listed = ""
    if markers is not None:
        listed = "resolution-markers = [\n" + "".join(f'    "{m}",\n' for m in markers) + "]\n"
    return (
        f'[[package]]\nname = "django"\nversion = "{version}"\n'
        f'source = {{ registry = "https://pypi.org/simple" }}\n{listed}'
        'dependencies = [\n    { name = "asgiref" },\n]\n'
    )


def _lock(*packages: str) -> str:
    header = (
        'version = 1\nrevision = 3\nrequires-python = ">=3.10"\n'
        "conflicts = [[\n"
        '    { package = "registry", group = "django52" },\n'
        '    { package = "registry", group = "django60" },\n]]\n\n'
    )
    return header + "\n".join(packages)


def _django(tmp_path: Path, lock: str) -> tuple[str, str]:
    files = {
        "pyproject.toml": _PYPROJECT,
        "manage.py": _MANAGE,
        "site/settings.py": _SETTINGS,
        "uv.lock": lock,
    }
    return first(by_folder(write(tmp_path, files))["."], K.FRAMEWORK)


def test_the_default_fork_on_the_newest_python_gives_the_version(tmp_path: Path) -> None:
    # The shape uv writes: the older release first, serving Python < 3.12 without a group and
    # the django52 group; the newer one serving Python >= 3.12 without a group.
    older = _package(
        "5.2.15",
        [
            f"python_full_version < '3.12' and {_NOT52} and {_G60}",
            f"{_G52} and {_NOT60}",
            f"python_full_version < '3.12' and {_NOT52} and {_NOT60}",
        ],
    )
    newer = _package("6.0.6", ["python_full_version >= '3.12'"])
    assert _django(tmp_path, _lock(older, newer)) == ("Django", "6.0.6")


def test_a_resolution_serving_only_a_conflicting_group_is_not_the_default(
    tmp_path: Path,
) -> None:
    # Django 6 only for the django60 group: a plain install gets 5.2, listed second here.
    newer = _package("6.0.6", [f"{_NOT52} and {_G60}"])
    older = _package("5.2.15", [f"{_G52} and {_NOT60}", f"{_NOT52} and {_NOT60}"])
    assert _django(tmp_path, _lock(newer, older)) == ("Django", "5.2.15")


def test_a_lock_without_markers_keeps_its_first_resolution(tmp_path: Path) -> None:
    lock = _lock(_package("5.2.15", None), _package("6.0.6", None))
    assert _django(tmp_path, lock) == ("Django", "5.2.15")


def test_no_single_default_resolution_decides_nothing() -> None:
    both = [_package("5.2.15", [f"{_NOT52} and {_NOT60}"]), _package("6.0.6", [_NOT52])]
    assert uv_forks.default_resolution(both) is None
    assert uv_forks.default_resolution([_package("5.2.15", None), _package("6.0.6", None)]) is None
